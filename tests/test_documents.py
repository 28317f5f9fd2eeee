"""Documents, works and versions: one document per title and version date whatever its file, versions
of one law linked in order with the latest in force current, every document dated and named by title
and date, and documents selected by their metadata."""

import csv
import io
import re

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from conftest import DATA, run_cli
from policykg.build import build, read_all
from policykg.errors import PolicyKGError
from policykg.identity.documents import DocumentRecord, short_title, version_date
from policykg.rdf.namespaces import ELI, PKG
from policykg.readers import read, read_text
from policykg.selection import Selection

WORKS = DATA / "works"
V1, V2, V3 = (WORKS / f"无锡市测试促进条例_{d}.md" for d in ("2019-06-10", "2023-12-05", "2025-11-28"))
UNDATED = WORKS / "上海市测试规定_0123456789abcdef0123456789abcdef.md"
SME_REF, SME_LRB = DATA / "sme-law.reference.md", DATA / "sme-law.lawrefbook.md"
SME_DOCX = DATA / "sme-law_20170901_2c909fdd678bf17901678bf85eba0a23.docx"
HASH = re.compile(r"\b[0-9a-f]{32}\b")


def table(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


# ---------------------------------------------------------------- dates and names


@pytest.mark.parametrize("dates, file_date, expected", [
    # the latest of adoption, approval, amendment and promulgation
    ({"adopted": "2025-06-30", "approved": "2025-07-31", "promulgated": "2025-08-06", "effective": "2025-10-01"},
     None, ("2025-08-06", "history")),
    ({"adopted": "2002-06-29", "amended": ["2017-09-01"], "effective": "2018-01-01"}, None, ("2017-09-01", "history")),
    ({"adopted": "2019-04-25", "approved": "2019-05-31", "effective": "2019-08-01"}, "2019-06-10",
     ("2019-05-31", "history")),  # the history wins over the file name
    ({"effective": "2010-11-01"}, "2010-09-17", ("2010-09-17", "file name")),  # no history: the file name
    ({"effective": "2002-07-01"}, None, ("2002-07-01", "effective")),  # nothing else: the date in force
    ({}, None, (None, None)),
])
def test_version_date(dates, file_date, expected):
    assert version_date(dates, file_date) == expected


@pytest.mark.parametrize("title, short", [
    ("中华人民共和国中小企业促进法", "中小企业促进法"),
    ("中华人民共和国外商投资法实施条例", "外商投资法实施条例"),
    ("山东省实施《中华人民共和国产品质量法》办法", "山东省实施《产品质量法》办法"),  # a local title keeps its place
    ("全国人民代表大会常务委员会关于修改《中华人民共和国网络安全法》的决定", "全国人大常委会关于修改《网络安全法》的决定"),
    ("上海市数据条例", "上海市数据条例"),
    ("中国（上海）自由贸易试验区条例", "中国（上海）自由贸易试验区条例"),
    ("优化营商环境条例", "优化营商环境条例"),
])
def test_short_title(title, short):
    assert short_title(title) == short


def test_lawrefbook_header_dates_are_read():
    d = read(SME_LRB).meta["dates"]
    assert d["adopted"] == "2002-06-29" and d["amended"] == ["2017-09-01"]
    v2 = read(V2).meta["dates"]  # a later 通过 and 批准 are an amending decision's
    assert v2["adopted"] == "2019-04-25" and v2["approved"] == "2019-05-31"
    assert v2["amended"] == ["2023-10-26", "2023-11-30"]


def test_a_text_with_no_history_is_dated_by_its_entry_into_force():
    r = DocumentRecord.of(read(UNDATED))
    assert (r.version_date, r.version_basis, r.label) == ("2002-07-01", "effective", "上海市测试规定（2002-07-01）")


def test_plain_text_with_no_date_has_no_version_date():
    r = DocumentRecord.of(read_text("某条例\n\n第一条 市人民政府应当加强领导。\n"))
    assert r.version_date is None and r.label == "某条例"


# ---------------------------------------------------------------- one document per title and date


@pytest.mark.parametrize("files", [[SME_LRB, SME_REF], [SME_REF, SME_LRB], [SME_DOCX, SME_LRB, SME_REF]])
@pytest.mark.parametrize("jobs", [1, 2])
def test_the_official_copy_is_kept_whatever_the_order_and_workers(tmp_path, files, jobs):
    res = build(files, out=tmp_path, jobs=jobs, cache=False)
    assert [d.path for d in res.documents] == [str(SME_REF)]
    problems = dict(res.skipped)
    assert problems[str(SME_LRB)] == (f"duplicate document 中华人民共和国中小企业促进法 of 2017-09-01 "
                                      f"(same title and version date): {SME_REF} is kept")
    if SME_DOCX in files:
        assert problems[str(SME_DOCX)].startswith("duplicate document id 2c909fdd678bf17901678bf85eba0a23:")
    rows = table(tmp_path / "tables" / "documents.csv")
    assert [(r["document"], r["id"], r["file"]) for r in rows] == [
        ("中小企业促进法（2017-09-01）", "2c909fdd678bf17901678bf85eba0a23", "sme-law.reference.md")]


def test_a_second_copy_is_reported_but_no_failure(tmp_path):
    r = run_cli("build", SME_LRB, SME_REF, "--out", tmp_path, "--no-cache")
    assert r.returncode == 0, r.stderr
    assert f"skipped {SME_LRB}: duplicate document 中华人民共和国中小企业促进法 of 2017-09-01" in r.stderr
    assert re.search(r"^built 1 document .*; 1 skipped:$", r.stderr, re.M), r.stderr


def test_read_all_keeps_one_copy_too():
    docs, skipped = read_all([str(SME_LRB), str(SME_REF)])
    assert [d.path for d in docs] == [str(SME_REF)] and [p for p, _ in skipped] == [str(SME_LRB)]


# ---------------------------------------------------------------- versions of one work


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    out = tmp_path_factory.mktemp("versions")
    r = run_cli("build", WORKS, SME_REF, "--out", out, "--no-cache")
    assert r.returncode == 0, r.stderr
    ds = Dataset()
    ds.parse(out / "graph.nq", format="nquads")
    return out, ds


def test_versions_are_linked_in_order_and_the_latest_in_force_is_current(versions):
    out, ds = versions
    g = Graph()  # the union of the named graphs
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    docs = {str(g.value(d, ELI.version_date)): d for d in g.subjects(RDF.type, PKG.Regulation)
            if str(g.value(d, ELI.title)) == "无锡市测试促进条例"}
    assert sorted(docs) == ["2019-05-31", "2023-11-30", "2025-11-28"]
    v1, v2, v3 = (docs[k] for k in sorted(docs))
    (work,) = set(g.objects(v1, ELI.realizes))
    assert (work, RDF.type, PKG.Work) in g and set(g.objects(work, ELI.is_realized_by)) == {v1, v2, v3}
    assert g.value(work, PKG.versionCount) == Literal(3)
    assert [g.value(v, PKG.versionNumber).toPython() for v in (v1, v2, v3)] == [1, 2, 3]
    assert (v1, PKG.nextVersion, v2) in g and (v2, PKG.nextVersion, v3) in g and (v3, PKG.previousVersion, v2) in g
    assert g.value(v1, PKG.previousVersion) is None and g.value(v3, PKG.nextVersion) is None
    # 2025 is 尚未生效: the 2023 version is the one in force
    assert [g.value(v, PKG.current).toPython() for v in (v1, v2, v3)] == [False, True, False]
    # the links live in the work's own graph; each document graph keeps what its file says
    assert (v2, PKG.current, Literal(True)) in ds.graph(work)
    assert (v2, PKG.current, Literal(True)) not in ds.graph(v2)
    assert (v2, ELI.version_date, Literal("2023-11-30", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))) \
        in ds.graph(v2)


def test_documents_table_names_title_date_and_version(versions):
    out, _ = versions
    rows = {r["document"]: r for r in table(out / "tables" / "documents.csv")}
    assert sorted(rows) == ["上海市测试规定（2002-07-01）", "中小企业促进法（2017-09-01）", "无锡市测试促进条例（2019-05-31）",
                            "无锡市测试促进条例（2023-11-30）", "无锡市测试促进条例（2025-11-28）"]
    v2 = rows["无锡市测试促进条例（2023-11-30）"]
    assert (v2["version"], v2["versions"], v2["current"]) == ("2", "3", "yes")
    assert (v2["level"], v2["jurisdiction"], v2["issuer"]) == ("local-regulation", "江苏省无锡市", "无锡市人民代表大会常务委员会")
    assert (v2["adopted"], v2["approved"], v2["amended"], v2["effective"]) == (
        "2019-04-25", "2019-05-31", "2023-10-26；2023-11-30", "2019-08-01")
    sme = rows["中小企业促进法（2017-09-01）"]
    assert (sme["title"], sme["short_title"], sme["status"]) == ("中华人民共和国中小企业促进法", "中小企业促进法", "有效")
    assert rows["无锡市测试促进条例（2025-11-28）"]["current"] == "no"


def test_canned_documents_query_lists_versions(versions):
    out, _ = versions
    r = run_cli("query", "documents", "--data", out, "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = [row for row in csv.DictReader(io.StringIO(r.stdout)) if row["law"] == "无锡市测试促进条例"]
    assert [(row["version"], row["versions"], row["current"]) for row in rows] == [
        ("1", "3", "no"), ("2", "3", "yes"), ("3", "3", "no")]  # as tables/documents.csv says it


def test_analysis_names_documents_by_title_and_date(versions, tmp_path):
    out, _ = versions
    r = run_cli("analyze", out / "graph.nq", "--out", tmp_path)
    assert r.returncode == 0, r.stderr
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "- 无锡市测试促进条例（2023-11-30）: " in report and "(version 2 of 3, current)" in report
    for f in [tmp_path / "report.md", *(tmp_path / "tables").glob("*.csv")]:
        if f.name != "documents.csv":  # its id column is the one place for the ids
            assert not HASH.search(f.read_text(encoding="utf-8-sig")), f.name
    shares = table(tmp_path / "tables" / "instrument-shares.csv")
    assert "中小企业促进法（2017-09-01）" in {r["document"] for r in shares}
    # build and analyze write the same documents table
    assert (tmp_path / "tables" / "documents.csv").read_bytes() == (out / "tables" / "documents.csv").read_bytes()


# ---------------------------------------------------------------- selection


@pytest.mark.parametrize("options, expected", [
    ({"current": True}, ["上海市测试规定（2002-07-01）", "中小企业促进法（2017-09-01）", "无锡市测试促进条例（2023-11-30）"]),
    ({"level": ["national-law"]}, ["中小企业促进法（2017-09-01）"]),
    ({"level": ["法律,地方性法规"], "year": "2017-2019"}, ["中小企业促进法（2017-09-01）", "无锡市测试促进条例（2019-05-31）"]),
    ({"jurisdiction": ["江苏"], "year": "2020-"}, ["无锡市测试促进条例（2023-11-30）", "无锡市测试促进条例（2025-11-28）"]),
    ({"jurisdiction": ["上海", "国家"]}, ["上海市测试规定（2002-07-01）", "中小企业促进法（2017-09-01）"]),
    ({"title": "^中小企业"}, ["中小企业促进法（2017-09-01）"]),  # the short title matches too
    ({"year": "-2002"}, ["上海市测试规定（2002-07-01）"]),
])
def test_selection(tmp_path, options, expected):
    res = build([WORKS, SME_REF], out=tmp_path, cache=False, select=options)
    assert sorted(d.record.label for d in res.documents) == expected
    assert sorted(r["document"] for r in table(tmp_path / "tables" / "documents.csv")) == expected


def test_current_is_decided_among_all_documents_read(tmp_path):
    res = build([WORKS], out=tmp_path, cache=False, select={"current": True, "year": "2023"})
    (d,) = res.documents
    assert (d.record.version, d.record.versions, d.record.current) == (2, 3, True)
    assert res.read == 4 and res.selection == "--year 2023 --current"


@pytest.mark.parametrize("args, message", [
    (["--level", "city"], "Error: --level 'city' is not a legal level (choose from national-law,"),
    (["--year", "20x1"], "Error: --year '20x1': give a year (2021) or a range FROM-TO (2015-2020, 2015-, -2010)"),
    (["--year", "2021-2019"], "Error: --year '2021-2019': the range ends before it starts"),
    (["--title", "无锡(市"], "Error: --title '无锡(市' is not a regular expression: "),
    (["--jurisdiction", "火星"], "Error: no document matches --jurisdiction 火星 (of 4 read)"),
])
@pytest.mark.parametrize("verb", ["build", "analyze"])
def test_a_bad_selection_is_one_line_naming_the_value(tmp_path, verb, args, message):
    r = run_cli(verb, WORKS, "--out", tmp_path / "out", "--no-cache", *args)
    assert r.returncode == 1
    assert r.stderr.startswith(message) and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not (tmp_path / "out").exists()


def test_selection_of_a_built_graph_is_the_selection_of_its_regulations(versions, tmp_path):
    out, _ = versions
    a = run_cli("analyze", WORKS, SME_REF, "--out", tmp_path / "a", "--no-cache", "--current", "--level", "地方性法规")
    b = run_cli("analyze", out / "graph.nq", "--out", tmp_path / "b", "--current", "--level", "地方性法规")
    assert a.returncode == b.returncode == 0, a.stderr + b.stderr
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(files) >= 18
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    docs = [r["document"] for r in table(tmp_path / "a" / "tables" / "documents.csv")]
    assert docs == ["上海市测试规定（2002-07-01）", "无锡市测试促进条例（2023-11-30）"]


def test_a_selected_build_keeps_the_versions_it_was_built_among(tmp_path):
    r = run_cli("build", WORKS, "--out", tmp_path / "b", "--no-cache", "--current", "--jurisdiction", "江苏")
    assert r.returncode == 0, r.stderr
    assert re.search(r"^built 1 document .*; 3 not selected by --jurisdiction 江苏 --current:$", r.stderr, re.M)
    r = run_cli("analyze", tmp_path / "b" / "graph.nq", "--out", tmp_path / "a")
    assert r.returncode == 0, r.stderr
    (row,) = table(tmp_path / "a" / "tables" / "documents.csv")  # read from the work's graph, not relinked
    assert (row["document"], row["version"], row["versions"], row["current"]) == (
        "无锡市测试促进条例（2023-11-30）", "2", "3", "yes")


def test_compare_two_versions(tmp_path):
    r = run_cli("compare", V1, V2, "--out", tmp_path, "--no-cache")
    assert r.returncode == 0, r.stderr
    docs = table(tmp_path / "tables" / "compare-documents.csv")
    assert [(d["document"], d["version"], d["current"]) for d in docs] == [
        ("无锡市测试促进条例（2019-05-31）", "1 of 2", "no"), ("无锡市测试促进条例（2023-11-30）", "2 of 2", "yes")]
    duty = {d["actor"]: d for d in table(tmp_path / "tables" / "compare-duty-load.csv")}
    # one jurisdiction: aligned by organisation; 市人民政府 of both versions is 无锡市人民政府
    assert duty["无锡市人民政府"]["无锡市测试促进条例（2023-11-30） provisions"] == "2"  # 加强领导, 建立协调机制


def test_selection_of_turtle_is_refused(versions, tmp_path):
    r = run_cli("build", V1, "--out", tmp_path / "b", "--format", "ttl")
    assert r.returncode == 0, r.stderr
    r = run_cli("analyze", tmp_path / "b" / "graph.ttl", "--out", tmp_path / "a", "--current")
    assert r.returncode == 1
    assert r.stderr.strip() == ("Error: selecting documents (--current) needs regulations or N-Quads (graph.nq), "
                                "which keep one graph per document")


def test_query_keeps_the_selected_document_graphs(versions):
    out, _ = versions
    ask = "SELECT ?d WHERE { GRAPH ?g { ?d a pkg:Regulation } } ORDER BY ?d"
    every = run_cli("query", ask, "--data", out, "--format", "csv")
    current = run_cli("query", ask, "--data", out, "--format", "csv", "--current", "--jurisdiction", "江苏")
    assert every.returncode == current.returncode == 0, every.stderr + current.stderr
    assert len(every.stdout.split()) == 1 + 5 and len(current.stdout.split()) == 1 + 1
    r = run_cli("query", "SELECT ?w ?n WHERE { ?w a pkg:Work ; pkg:versionCount ?n }", "--data", out,
                "--format", "csv", "--title", "无锡")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.split()) == 2 and r.stdout.split()[1].endswith(",3")  # one work, of three versions


def test_selection_needs_known_options():
    assert not Selection.of(None) and not Selection.of({"level": (), "current": False})
    with pytest.raises(PolicyKGError):
        Selection.of({"level": "城市"})


# ---------------------------------------------------------------- the corpus


@pytest.fixture
def corpus_documents(corpus_build):
    """The corpus build of conftest (one per session; skipped without the corpus)."""
    _, out, r = corpus_build
    assert r.returncode == 0, r.stderr
    return r, table(out / "tables" / "documents.csv")


def test_no_corpus_document_is_built_twice(corpus_documents):
    r, rows = corpus_documents
    keys = [(re.sub(r"\s", "", r["short_title"]), r["version_date"]) for r in rows]
    assert len(keys) == len(set(keys))
    for title in ("中小企业促进法", "促进科技成果转化法", "优化营商环境条例"):  # reference and LawRefBook copies
        (row,) = [r for r in rows if r["short_title"] == title]
        assert row["file"].endswith(".md") and "_" in row["file"] and row["id"] != row["file"][:-3], row
        assert f"other-format/{row['title']}_" in r.stderr  # the LawRefBook copy: reported, not built
    assert len(rows) == int(re.search(r"^built (\d+) documents", r.stderr, re.M).group(1))


@pytest.mark.parametrize("short, dates", [
    ("科学技术进步法", ["2007-12-29", "2021-12-24"]),
    ("保障中小企业款项支付条例", ["2020-07-05", "2025-03-17"]),
    ("北京市优化营商环境条例", ["2020-03-27", "2024-11-29"]),
    ("上海市优化营商环境条例", ["2020-04-10", "2024-09-27"]),
])
def test_corpus_versions_are_linked_in_order_with_the_latest_current(corpus_documents, short, dates):
    _, rows = corpus_documents
    found = sorted((r["version"], r["versions"], r["version_date"], r["current"]) for r in rows
                   if r["short_title"] == short)
    assert found == [("1", "2", dates[0], "no"), ("2", "2", dates[1], "yes")]


def test_every_corpus_document_is_dated(corpus_documents):
    _, rows = corpus_documents
    assert rows and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["version_date"]) for r in rows)


@pytest.mark.parametrize("document, column, value", [  # read by hand in the corpus files
    ("上海市专利保护条例（2002-07-01）", "effective", "2002-07-01"),  # empty header: 本条例自2002年7月1日起施行
    ("上海市科学技术进步条例（2010-09-17）", "effective", "2010-11-01"),  # empty header, dated file name
    ("北京市优化营商环境条例（2024-11-29）", "amended", "2022-08-29；2024-11-29"),  # 2022 通过 = an amendment
    ("重庆市电信条例（2018-07-26）", "amended", "2002-03-27；2004-06-28；2012-11-29；2018-07-26"),
    ("淄博市专利管理若干规定（2014-11-27）", "approved", "2006-07-28"),
    ("优化营商环境条例（2019-10-22）", "adopted", "2019-10-08"),
    ("常州市促进智能制造发展条例（2025-08-06）", "effective", "2025-10-01"),
    ("河南省促进科技成果转化条例（2019-09-27）", "adopted", "2019-09-27"),  # the file name says 2001
])
def test_corpus_dates_as_the_files_give_them(corpus_documents, document, column, value):
    _, rows = corpus_documents
    (row,) = [r for r in rows if r["document"] == document]
    assert row[column] == value
