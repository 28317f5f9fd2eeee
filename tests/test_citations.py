"""Citations between documents: 《…》 references, legal basis and a document's references to its own articles,
found in the text, written in the graph, resolved among the documents read, tabled and queried."""

import csv
import io

import pytest

from conftest import DATA, run_cli
from policykg.readers import read_text
from policykg.relations.citations import find_citations
from sparql_support import build_into, csv_rows

CITING = DATA / "citations"
SME_LAW = DATA / "sme-law.reference.md"


def found(text):
    """``[(kind, what, as written)]`` of the citations in the articles of ``text``: the cited title, or the
    cited unit of the same document as ``article N`` / ``article N paragraph M``."""
    doc = read_text("测试条例\n" + text)
    out = []
    for c in find_citations(doc):
        if c.title:
            out.append((c.kind, c.title, c.label))
        else:
            t = c.target
            where = f"article {t.key}" if t.kind == "article" else f"article {t.parent.key} paragraph {t.number}"
            out.append((c.kind, where, doc.text[c.start:c.end]))
    return out


@pytest.mark.parametrize("text, expected", [
    # the legal basis: each title of 根据《甲》、《乙》等法律，…制定本条例
    ("第一条　为了促进发展，根据《中华人民共和国网络安全法》、《中华人民共和国数据安全法》等法律，结合本市实际，制定本条例。",
     [("basis", "中华人民共和国网络安全法", ""), ("basis", "中华人民共和国数据安全法", "")]),
    ("第一条　根据《中华人民共和国标准化法》（以下简称《标准化法》）的规定，制定本办法。",
     [("basis", "中华人民共和国标准化法", "")]),  # the short name it defines is no second citation
    # a citation outside the basis clause, with the articles it cites
    ("第一条　违反本条例规定的，依照《中华人民共和国专利法》第六十五条、第六十八条的规定处罚。",
     [("cites", "中华人民共和国专利法", "第六十五条、第六十八条")]),
    ("第一条　依照《关于修改〈中华人民共和国专利法〉的决定》执行。",
     [("cites", "关于修改《中华人民共和国专利法》的决定", "")]),
    # 《…》 that names no legislation: a licence, a plan
    ("第一条　取得《增值电信业务经营许可证》，并按照《总体方案》实施。", []),
    # the document's own articles and paragraphs
    ("第一条　甲。\n第二条　乙。\n第三条　违反本条例第一条、第二条规定的，责令改正。",
     [("internal", "article 1", "本条例第一条、第二条"), ("internal", "article 2", "本条例第一条、第二条")]),
    ("第一条　甲。\n第二条　乙。\n第三条　丙。\n第四条　依照本条例第一条至第三条办理。",
     [("internal", f"article {n}", "本条例第一条至第三条") for n in (1, 2, 3)]),
    ("第一条　甲。\n第二条　乙。\n丙。\n第三条　违反本条例第二条第二款规定的，责令改正。",
     [("internal", "article 2 paragraph 2", "本条例第二条第二款")]),
    ("第一条　甲。\n乙。\n前款规定的事项，依照前条办理。",
     [("internal", "article 1 paragraph 2", "前款")]),  # 前条 of the first article names nothing
    ("第一条　甲。\n第二条　乙。\n丙。\n前两款规定的事项，依照前条办理。",
     [("internal", "article 2 paragraph 1", "前两款"), ("internal", "article 2 paragraph 2", "前两款"),
      ("internal", "article 1", "前条")]),
    ("第一条　甲。\n第二条　违反第一条规定的，责令改正。", [("internal", "article 1", "第一条")]),
    # a bare 第X条 after a law's short name (以下简称) is that law's; an article not in the document is nothing
    ("第一条　甲。\n第二条　有外商投资法第一条规定情形的，依照本条例第九条处理。", []),
])
def test_citations_in_text(text, expected):
    assert found(text) == expected


def test_a_decision_amending_a_law_cites_the_law_not_itself():
    doc = read_text("国务院关于修改《国家科学技术奖励条例》的决定\n"
                    "一、将第二条修改为：“国家设立下列国家科学技术奖。”\n二、将第三条修改为：“奖励。”")
    assert [(c.kind, c.title) for c in find_citations(doc)] == []


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("citations")
    build_into(out, [CITING, SME_LAW])
    return out


def table(out):
    return list(csv.DictReader(io.StringIO((out / "tables" / "citations.csv").read_text(encoding="utf-8-sig"))))


def test_citations_table_names_the_cited_law_its_version_and_who_implements_it(built):
    rows = [(r["cited_title"], r["document"], r["legal_basis"], r["citations"], r["articles"], r["version_cited"],
             r["cited_read"], r["citing_documents"]) for r in table(built)]
    assert rows == [
        # 《中小企业促进法》 and 《中华人民共和国中小企业促进法》 cite one law; in 2016 its 2017 text was not yet made
        ("中华人民共和国中小企业促进法", "乙市中小企业服务办法（2016-06-30）", "yes", "1", "第一条", "", "yes", "2"),
        ("中华人民共和国中小企业促进法", "甲省促进中小企业发展条例（2019-03-28）", "yes", "2", "第一条、第三条",
         "中小企业促进法（2017-09-01）", "yes", "2"),
        # a law no version of which was read: a stub work with its title
        ("中华人民共和国行政许可法", "甲省促进中小企业发展条例（2019-03-28）", "no", "1", "第五条", "", "no", "1"),
    ]


def ask(out, query):
    r = run_cli("query", query, "--data", out, "--format", "csv")
    assert r.returncode == 0, r.stderr
    return [{k: v.replace("https://w3id.org/policykg/id/", "") for k, v in row.items()} for row in csv_rows(r.stdout)]


def test_canned_citations_query_answers_as_the_table(built):
    rows = ask(built, "citations")
    assert [(r["law"], r["read"], r["documents"], r["citations"], r["implemented_by"]) for r in rows] == [
        ("中小企业促进法", "yes", "2", "3", "乙市中小企业服务办法（2016-06-30）; 甲省促进中小企业发展条例（2019-03-28）"),
        ("行政许可法", "no", "1", "1", "")]


def test_the_graph_links_articles_to_works_versions_and_articles(built):
    rows = ask(built, """SELECT ?from ?to WHERE { ?f eli:cites ?t ; rdfs:label ?from ; pkg:inDocument ?d .
                          ?d eli:title "甲省促进中小企业发展条例"@zh .
                          OPTIONAL { ?t rdfs:label ?l } BIND(COALESCE(?l, STR(?t)) AS ?to) } ORDER BY ?from ?to""")
    assert [(r["from"], r["to"]) for r in rows] == [
        ("第一条", "中小企业促进法"), ("第三条", "中小企业促进法"),
        ("第二条第二款", "第二条第一款"),  # 前款
        ("第五条", "第四条"),  # 前条
        ("第五条", "行政许可法"),
        ("第四条", "第二条")]  # 本条例第二条
    basis = ask(built, "SELECT ?doc ?law WHERE { ?d eli:based_on ?w ; rdfs:label ?doc . ?w rdfs:label ?law } ORDER BY ?doc")
    assert [(r["doc"], r["law"]) for r in basis] == [("乙市中小企业服务办法（2016-06-30）", "中小企业促进法"),
                                                   ("甲省促进中小企业发展条例（2019-03-28）", "中小企业促进法")]
    spans = ask(built, """SELECT ?text ?version WHERE { ?c a pkg:Citation ; pkg:citedTitle "中小企业促进法"@zh ;
                          pkg:spanStart ?s ; pkg:spanEnd ?e ; pkg:inDocument ?d . ?d pkg:text ?t
                          OPTIONAL { ?c pkg:citedVersion ?v . ?v rdfs:label ?version }
                          BIND(SUBSTR(?t, ?s + 1, ?e - ?s) AS ?text) }""")
    assert [(r["text"], r["version"]) for r in spans] == [("《中小企业促进法》第二条", "中小企业促进法（2017-09-01）")]


def test_sme_law_and_the_regulations_made_under_it_in_the_corpus(corpus_build):  # noqa: F811
    _, out, r = corpus_build
    assert r.returncode == 0, r.stderr
    rows = [r for r in table(out) if r["cited_title"] == "中华人民共和国中小企业促进法"]
    # Hand-checked against the texts: each one's 第一条 says 根据《中华人民共和国中小企业促进法》…制定本条例 (本办法);
    # no other document of the corpus names the law. Henan's 2008 text cites the 2002 law, which is not in the corpus.
    assert [(r["document"], r["legal_basis"], r["articles"], r["version_cited"]) for r in rows] == [
        ("上海市促进中小企业发展条例（2018-05-24）", "yes", "第一条", "中小企业促进法（2017-09-01）"),
        ("保障中小企业款项支付条例（2020-07-05）", "yes", "第一条", "中小企业促进法（2017-09-01）"),
        ("保障中小企业款项支付条例（2025-03-17）", "yes", "第一条", "中小企业促进法（2017-09-01）"),
        ("北京市促进中小企业发展条例（2020-09-25）", "yes", "第一条", "中小企业促进法（2017-09-01）"),
        ("河南省实施《中小企业促进法》办法（2008-05-31）", "yes", "第一条", "")]
    most = table(out)[0]
    assert (most["cited"], most["citing_documents"]) == ("科学技术进步法", "15")


def test_a_rebuild_from_the_cache_resolves_the_same_citations(built, tmp_path):
    build_into(tmp_path, [CITING, SME_LAW])  # every document from the cache this time
    for name in ("graph.nq", "tables/citations.csv"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_a_selection_keeps_the_laws_its_documents_cite(built):
    # the cited law was read but not selected, the other never read: both stay, as the documents selected cite them
    r = run_cli("query", "citations", "--data", built, "--format", "csv", "--title", "^甲省")
    assert r.returncode == 0, r.stderr
    assert [(row["law"], row["documents"], row["citations"]) for row in csv_rows(r.stdout)] == [
        ("中小企业促进法", "1", "2"), ("行政许可法", "1", "1")]
