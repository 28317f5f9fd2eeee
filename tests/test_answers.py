"""The answer rows a build writes for the canned queries that combine documents (policykg.rdf.answers):
the canned queries read them, and give what the same questions asked of the provisions
(ontology/queries/direct/) give, on the bundled regulation, on two documents, with a curation,
on a selection and on the corpus; and hand counts of the bundled regulation."""

import pytest

from conftest import DATA, run_cli
from policykg.rdf.answers import ANSWERED, LEVELS, QUERIES
from policykg.sparql import store as st
from policykg.sparql.canned import QUERY_DIR, canned, resolve
from policykg.sparql.query import rows, run
from sparql_support import csv_rows

LISTS = {"modalities", "titles", "leads", "partners", "documents", "approved"}  # '; '-separated cells
# the columns each answer is ordered by (the rest may tie)
ORDER = {"who-approves-what": ("approver", "document")}
CASES = [(q, lv) for q, (_, levelled) in QUERIES.items() for lv in (LEVELS if levelled else [None])]


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    from policykg.build import build

    out = tmp_path_factory.mktemp("curated")
    build(out=out, formats=("nq",), curation=DATA / "curation.yaml")
    return out


def cell(name, value):
    if value is not None and name in LISTS and not value.isdigit():  # (documents: a count in shared-actors)
        return frozenset(value.split("; "))
    return value


def answer(store, text, level=None):
    """The rows of ``text`` with ``?actor_level`` bound, a list cell as the set of its parts."""
    result = run(store, text, {"actor_level": level} if level else None)
    return [{k: cell(k, v) for k, v in r.items()} for r in rows(result)]


def direct(name):
    return (QUERY_DIR / "direct" / f"{name}.rq").read_text(encoding="utf-8")


def _canonical(row):
    """A sort key for a row: a set cell's repr follows its insertion history, so sets are sorted first."""
    return sorted((k, sorted(v) if isinstance(v, (set, frozenset)) else "" if v is None else v) for k, v in row.items())


def same_answers(store, name, level):
    """The canned query and its direct form give the same rows, in the same order."""
    got, expected = answer(store, canned()[name].text, level), answer(store, direct(name), level)
    key = ORDER.get(name)
    if key:  # ordered by these columns; rows that tie on them in any order
        assert [tuple(r[k] for k in key) for r in got] == [tuple(r[k] for k in key) for r in expected]
        got, expected = sorted(got, key=_canonical), sorted(expected, key=_canonical)
    assert got == expected, f"{name} at the {level} level"
    return got


def test_every_query_the_build_answers_has_its_direct_form_and_reads_rows():
    queries = canned()
    for name, (cls, levelled) in QUERIES.items():
        assert name in queries and (QUERY_DIR / "direct" / f"{name}.rq").is_file()
        text = queries[name].text
        assert f"pkg:{str(cls).rsplit('#', 1)[1]}" in text and "ORDER BY ?rank" in text
        assert ("actor_level" in queries[name].params) == levelled
        assert resolve(str(QUERY_DIR / "direct" / f"{name}.rq")).summary == queries[name].summary
    assert not (set(queries) - set(QUERIES)) & {"obligations-per-actor", "shared-actors"}


@pytest.mark.parametrize("name, level", CASES)
def test_rows_equal_the_direct_query_on_the_bundled_regulation(built, name, level):
    with st.opened(built) as (store, _):
        got = same_answers(store, name, level)
    assert got or name == "shared-actors"  # one document shares no actor with itself


@pytest.mark.parametrize("name, level", CASES)
def test_rows_equal_the_direct_query_on_two_documents(two, name, level):
    with st.opened(two) as (store, _):
        got = same_answers(store, name, level)
    assert got or (name, level) == ("shared-actors", "organisation")  # a city and the State share no organisation


@pytest.mark.parametrize("name, level", CASES)
def test_rows_follow_a_curation(curated, name, level):
    with st.opened(curated) as (store, _):
        same_answers(store, name, level)


def obligations(data, *extra):
    r = run_cli("query", "--data", data, "--format", "csv", "obligations-per-actor", *extra)
    assert r.returncode == 0, r.stderr
    return {row["actor"]: int(row["obligations"]) for row in csv_rows(r.stdout)}


def test_a_curation_changes_the_counts(built, curated):
    plain, cur = obligations(built), obligations(curated)
    # merge: the data and cyberspace bureaus counted as one
    assert cur["常州市数据和网信部门"] == plain["常州市数据部门"] + plain["常州市网信部门"]
    assert "常州市数据部门" not in cur
    # rename
    assert cur["常州市县级市（区）人民政府"] == plain["常州市区县人民政府"]
    # a provision marked wrong (art. 7, 组织编制智能制造发展规划) is no obligation of the bureau any more
    assert cur["常州市工业和信息化部门"] == plain["常州市工业和信息化部门"] - 1 == 49
    r = run_cli("query", "--data", curated, "--format", "csv", "programmes")
    assert "智能制造规划与评估" in {row["programme"] for row in csv_rows(r.stdout)}


# Read from the regulation's sentences: the articles where the city's industry and IT bureau (under its four
# names, and in lists such as 工业和信息化、发展改革、市场监督管理等部门) is bound by 应当 or 负责, and how many
# actions each sets it.  Art. 7 counts 组织编制…规划 and 报市人民政府批准后实施; art. 36 ends 形成健康的开源开放生态.
BUREAU_OBLIGATIONS = {6: 2, 7: 2, 14: 2, 19: 2, 20: 1, 21: 2, 22: 2, 23: 3, 25: 4, 29: 1, 30: 2, 31: 2, 32: 3, 34: 3,
                      35: 3, 36: 4, 37: 2, 41: 4, 43: 3, 44: 3}


def test_hand_counts_of_the_bundled_regulation(built):
    assert sum(BUREAU_OBLIGATIONS.values()) == 50
    assert obligations(built)["常州市工业和信息化部门"] == 50
    assert obligations(built, "--param", "actor_level=role")["工业和信息化"] == 50
    r = run_cli("query", "--data", built, "--format", "csv", "article-provisions")
    per_article = {}
    for row in csv_rows(r.stdout):
        if row["actor"] == "常州市工业和信息化部门" and row["modality"] == "obligation":
            per_article[int(row["article"])] = per_article.get(int(row["article"]), 0) + 1
    assert per_article == BUREAU_OBLIGATIONS
    # 高等学校 is encouraged in arts. 14 (3 actions), 17 (2), 29 (2), 32 (2) and supported in art. 31 (3)
    r = run_cli("query", "--data", built, "--format", "csv", "encouraged-not-obliged", "--param", "actor_level=mention")
    universities = next(row for row in csv_rows(r.stdout) if row["actor"] == "高等学校")
    assert (universities["modalities"], universities["provisions"]) == ("encouragement; support", "12")


def test_a_selection_counts_again_over_the_documents_selected(built, two):
    assert obligations(two, "--title", "常州") == obligations(built)
    both = obligations(two)
    assert both["常州市工业和信息化部门"] == 50 and len(both) > len(obligations(built))


def test_the_rows_are_in_graphs_of_their_own_that_validate(built):
    from policykg.sparql.push import graphs

    names = [g for g in graphs(built) if "/answer/" in g]
    assert names == sorted(f"https://w3id.org/policykg/id/answer/{q}" for q in ANSWERED)  # shared-actors: no row
    r = run_cli("validate", "--data", built)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("name, level", CASES)
def test_rows_equal_the_direct_query_on_the_corpus(corpus_build, name, level):
    _, out, r = corpus_build
    assert r.returncode in (0, 1), r.stderr
    with st.opened(out) as (store, _):
        got = same_answers(store, name, level)
    assert got


def listed(store, **params):
    """article-provisions' rows (without ?sequence) with ``params`` bound, as `policykg query` runs it."""
    from policykg.sparql.query import conditional

    text = canned()["article-provisions"].text
    got = [{k: cell(k, v) for k, v in r.items()} for r in rows(run(store, text, params or None))]
    assert [int(r["sequence"]) for r in got] == sorted(int(r["sequence"]) for r in got)
    for name in ("article", "document"):  # the pattern that narrows the page only where it is asked for
        assert (f"# with ?{name}" in conditional(text, params)) == (name in params)
    return got


def without_sequence(rows_):
    return sorted(({k: v for k, v in r.items() if k != "sequence"} for r in rows_), key=_canonical)


def same_provisions(store):
    """article-provisions, paged by the build's sequence, lists what the direct query sorts: the same rows in
    the same document order (rows of one provision may come in any order)."""
    got, expected = listed(store), answer(store, direct("article-provisions"))
    assert len(got) == min(len(expected), 1000)
    expected = expected[:len(got)]
    key = ("document", "article", "paragraph")
    assert [tuple(r[k] for k in key) for r in got] == [tuple(r[k] for k in key) for r in expected]
    assert without_sequence(got) == without_sequence(expected)
    return got


@pytest.mark.parametrize("fixture", ["built", "two", "curated"])
def test_article_provisions_lists_what_the_direct_query_does(fixture, request):
    with st.opened(request.getfixturevalue(fixture)) as (store, _):
        got = same_provisions(store)
        assert got and len(got) < 1000  # one page
        # the next pages: after the last row of this one, none; after a row in the middle, the rest
        assert listed(store, after=got[-1]["sequence"]) == []
        middle = got[len(got) // 2]["sequence"]
        assert listed(store, after=middle) == [r for r in got if int(r["sequence"]) > int(middle)]
        # one article, one document: the rows of the whole list that have it
        assert listed(store, article="7") == [r for r in got if r["article"] == "7"]
        label = got[-1]["document"]
        assert listed(store, document=f'"{label}"@zh') == [r for r in got if r["document"] == label]


def test_article_provisions_pages_the_corpus(corpus_build):
    """On the corpus: the first page is the direct query's first 1,000 rows; pages join up."""
    _, out, r = corpus_build
    with st.opened(out) as (store, _):
        first = same_provisions(store)
        assert len(first) == 1000
        second = listed(store, after=first[-1]["sequence"])
        assert len(second) == 1000 and int(second[0]["sequence"]) > int(first[-1]["sequence"])
        seven = listed(store, article="7")
        assert len(seven) == 1000 and {r["article"] for r in seven} == {"7"}


def test_article_provisions_page_by_document(two):
    everything = csv_rows(run_cli("query", "--data", two, "--format", "csv", "article-provisions").stdout)
    pages = {}
    for label in sorted({r["document"] for r in everything}):
        r = run_cli("query", "--data", two, "--format", "csv", "article-provisions", "--param", f'document="{label}"@zh')
        assert r.returncode == 0, r.stderr
        pages[label] = csv_rows(r.stdout)
        assert pages[label] and {p["document"] for p in pages[label]} == {label}
    assert len(pages) == 2 and [row for label in sorted(pages) for row in pages[label]] == everything


def older_build(built, folder):
    """``built``'s graph.nq without its answer graphs, in ``folder``: what a build of an older policykg wrote."""
    folder.mkdir()
    lines = (built / "graph.nq").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if "/answer/" not in line.rsplit(" ", 2)[-2]]
    assert len(kept) < len(lines)
    (folder / "graph.nq").write_text("".join(kept), encoding="utf-8")
    return folder


def test_a_build_without_answer_rows_says_so_in_query_and_serve(built, tmp_path):
    from sparql_support import free_port, policykg_cmd, start, stop

    old = older_build(built, tmp_path / "old")
    line = (f"warning: {old} has no answer rows for {{}}: it was built by an older policykg, and the canned queries "
            f"that read them answer nothing; rebuild it (policykg build … --out {old})")
    r = run_cli("query", "--data", old, "--format", "csv", "obligations-per-actor")
    assert r.returncode == 0 and csv_rows(r.stdout) == []
    assert [w for w in r.stderr.splitlines() if w.startswith("warning")] == [line.format("obligations-per-actor")]
    r = run_cli("query", "--data", old, "--format", "csv", "documents")  # reads no rows: answers, no warning
    assert r.returncode == 0 and csv_rows(r.stdout) and "warning" not in r.stderr
    r = run_cli("query", "--data", built, "--format", "csv", "obligations-per-actor")  # a build of this version
    assert r.returncode == 0 and csv_rows(r.stdout) and "warning" not in r.stderr
    port = free_port()
    proc = start(policykg_cmd("serve", "--data", old, "--port", port), port, ready="SPARQL endpoint")
    try:
        warnings = [w for w in proc.ready.splitlines() if w.startswith("warning")]
    finally:
        stop(proc)
    assert warnings == [line.format(", ".join(ANSWERED))]
