"""`policykg query` over the built default regulation: canned queries checked against the
gold facts and against plain-Python counts over the extraction layers; query forms, result
formats and error messages as a user meets them."""

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, URIRef

from conftest import ROOT, org, run_cli
from policykg.analysis.instruments import code_provision
from policykg.extract import extract
from policykg.identity.documents import DocumentRecord
from policykg.extract.actors import actor_type
from policykg.identity.organisations import Context, resolve
from policykg.readers import default_path, read
from policykg.sparql.canned import QUERY_DIR, canned
from sparql_support import TWO_DOCS, csv_rows

CANNED = ("obligations-per-actor", "encouraged-not-obliged", "programmes", "article-provisions",
          "who-approves-what", "shared-actors", "provisions-by-domain-and-instrument")


@pytest.fixture(scope="module")
def doc():
    d = read(default_path())
    extract(d)
    return d


def query(data, *args):
    r = run_cli("query", "--data", data, "--format", "csv", *args)
    assert r.returncode == 0, r.stderr
    return csv_rows(r.stdout)


def split(cell):
    return set(cell.split("; ")) if cell else set()


def test_every_canned_query_is_listed_with_the_question_it_answers():
    r = run_cli("query", "--list")
    assert r.returncode == 0, r.stderr
    queries = canned()
    assert set(CANNED) <= set(queries)
    for name, q in queries.items():
        assert q.summary, f"{name}.rq has no leading comment"
        assert f"{name}\n    {q.summary}" in r.stdout
    assert "--param article:" in r.stdout


def test_canned_queries_are_installed_with_the_package():
    import policykg

    assert QUERY_DIR.parent.parent == Path(policykg.__file__).resolve().parent  # policykg/ontology/queries
    assert '"ontology/queries/*.rq"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert sorted(p.stem for p in (ROOT / "ontology" / "queries").glob("*.rq")) == sorted(canned())


@pytest.mark.parametrize("level", ["mention", "organisation", "role"])
def test_obligations_per_actor(built, doc, level):
    rows = query(built, "obligations-per-actor", *(["--param", f"actor_level={level}"] if level != "organisation" else []))
    got = {r["actor"]: int(r["obligations"]) for r in rows}
    name = {"mention": lambda n: n, "organisation": lambda n: org(doc, n),
            "role": lambda n: resolve(n, doc.layers["actors"][n].type, Context.of(doc.meta)).role.name}[level]
    expected = Counter(name(p.actor) for p in doc.layers["provisions"] if p.modality == "obligation")
    assert got == dict(expected)
    counts = [int(r["obligations"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    # The city's industry and IT bureau under its four names (20 + 13 + 12 + 5 obligations) is one organisation.
    lead = {"mention": "市工业和信息化主管部门", "organisation": "常州市工业和信息化部门", "role": "工业和信息化"}[level]
    assert got[lead] == (20 if level == "mention" else 50)


def level_name(d, level):
    """The name a mention of document ``d`` has at ``level`` (what the actor-grouping queries group by)."""
    def name(n):
        a = d.layers["actors"].get(n)  # a programme's lead may be no provision's actor
        o = resolve(n, a.type if a is not None else actor_type(n), Context.of(d.meta))
        return {"mention": n, "organisation": o.label, "role": o.role.name}[level]
    return name


@pytest.mark.parametrize("level", ["mention", "organisation", "role"])
def test_actors_only_encouraged_never_obliged(built, doc, level):
    rows = query(built, "encouraged-not-obliged", *(["--param", f"actor_level={level}"] if level != "organisation" else []))
    got = {r["actor"]: (split(r["modalities"]), int(r["provisions"])) for r in rows}
    name = level_name(doc, level)
    provs = doc.layers["provisions"]
    obliged = {name(p.actor) for p in provs if p.modality == "obligation"}
    expected = {}
    for p in provs:
        if p.modality in ("encouragement", "support", "guidance") and name(p.actor) not in obliged:
            how, n = expected.setdefault(name(p.actor), (set(), 0))
            expected[name(p.actor)] = (how | {p.modality}, n + 1)
    assert got == expected
    counts = [n for _, n in got.values()]
    assert counts == sorted(counts, reverse=True)
    if level == "mention":
        # Gold: universities are encouraged and supported, lead enterprises also guided; none is obliged.
        assert {"encouragement", "support"} <= got["高等学校"][0]
        assert got["龙头企业"][0] == {"encouragement", "support", "guidance"}
        assert "市人民政府" not in got
    if level == "role":  # a role is obliged when any organisation of it is: governments are
        assert "人民政府" not in got


def test_programmes_with_leads_and_partners(built, doc):
    rows = query(built, "programmes")
    got = {r["programme"]: r for r in rows}
    progs = doc.layers["programmes"]
    assert set(got) == set(progs)
    for name, prog in progs.items():
        assert split(got[name]["leads"]) == {org(doc, a) for a in prog.leads}, name
        assert split(got[name]["partners"]) == {org(doc, a) for a in prog.partners}, name
        assert got[name]["type"] == prog.type
    # Gold (art. 7): the plan drawn up by the city's industry and IT department.
    assert "常州市工业和信息化部门" in split(got["智能制造发展规划"]["leads"])


def test_provisions_of_article_7_with_their_source_text(built, doc):
    rows = query(built, "article-provisions", "--param", "article=7")
    art7 = [p for p in doc.layers["provisions"] if p.article.number == 7]
    assert sorted((r["actor"], r["modality"], r["action"]) for r in rows) == \
        sorted((org(doc, p.actor), p.modality, p.action) for p in art7)
    assert {r["article"] for r in rows} == {"7"}
    # Gold: 市工业和信息化主管部门 应当会同相关部门组织编制智能制造发展规划，报市人民政府批准后实施.
    duty = [r for r in rows if r["actor"] == "常州市工业和信息化部门" and "组织编制智能制造发展规划" in r["action"]]
    assert len(duty) == 1 and duty[0]["modality"] == "obligation" and duty[0]["paragraph"] == "1"
    assert "常州市有关部门" in split(duty[0]["partners"])
    assert "市工业和信息化主管部门应当会同相关部门组织编制智能制造发展规划" in duty[0]["source"]
    assert any(r["approver"] == "常州市人民政府" for r in rows)


def test_provisions_of_every_article_without_the_parameter(built, doc):
    rows = query(built, "article-provisions")
    assert len(rows) == len(doc.layers["provisions"])
    numbers = [int(r["article"]) for r in rows]
    assert numbers == sorted(numbers)  # document order


def approved(d, p):
    """What provision ``p`` submits for approval, by hand: its programmes, else those of the nearest
    earlier provision of the same actor in the same paragraph, else that provision's action."""
    if p.programmes:
        return set(p.programmes)
    earlier = [q for q in d.layers["provisions"]
               if q.paragraph is p.paragraph and q.actor == p.actor and q.start < p.start]
    if not earlier:
        return set()
    last = max(q.start for q in earlier)
    made = {m for q in earlier if q.start == last for m in q.programmes}
    return made or {q.action for q in earlier if q.start == last}


def test_who_approves_what(built, doc):
    rows = query(built, "who-approves-what")
    assert sorted((r["approver"], r["actor"], r["action"], int(r["article"])) for r in rows) == \
        sorted((org(doc, p.approver), org(doc, p.actor), p.action, p.article.number)
               for p in doc.layers["provisions"] if p.approver)
    assert sorted((r["action"], frozenset(split(r["approved"]))) for r in rows) == \
        sorted((p.action, frozenset(approved(doc, p))) for p in doc.layers["provisions"] if p.approver)
    # Gold: the plan of art. 7 (组织编制智能制造发展规划，报市人民政府批准后实施) goes to the city government
    # for approval; the plan is what is approved, not the submission.
    art7 = [r for r in rows if r["article"] == "7"]
    assert [(r["approver"], r["approved"], r["actor"]) for r in art7] == \
        [("常州市人民政府", "智能制造发展规划", "常州市工业和信息化部门")]


def test_who_approves_what_in_two_documents(two):
    docs = [read(p or default_path()) for p in TWO_DOCS]
    for d in docs:
        extract(d)
    rows = query(two, "who-approves-what")
    assert sorted((r["action"], frozenset(split(r["approved"]))) for r in rows) == \
        sorted((p.action, frozenset(approved(d, p))) for d in docs for p in d.layers["provisions"] if p.approver)
    assert len(rows) > 1


def _actors(d):
    names = set()
    for p in d.layers["provisions"]:
        names |= {p.actor, *p.partners, *([p.approver] if p.approver else [])}
    for prog in d.layers["programmes"].values():
        names |= {*prog.leads, *prog.partners}
    return names


def test_actors_shared_by_two_documents(two, doc):
    rows = query(two, "shared-actors", "--param", "actor_level=mention")
    other = read(TWO_DOCS[1])
    extract(other)
    expected = (_actors(doc) & _actors(other)) - {"未指明"}  # the placeholder is no shared actor
    assert {r["actor"] for r in rows} == expected
    assert "未指明" not in {r["actor"] for r in rows} and len(expected) >= 3
    assert {r["documents"] for r in rows} == {"2"}
    titles = {DocumentRecord.of(doc).label, DocumentRecord.of(other).label}  # short title and version date
    assert all(split(r["titles"]) == titles for r in rows)
    assert "常州市促进智能制造发展条例（2025-08-06）" in titles
    # Gold guidelines: 有关部门 is the canonical name in both texts.
    assert "有关部门" in expected


@pytest.mark.parametrize("level", ["organisation", "role"])
def test_actors_shared_by_two_documents_at_a_level(two, doc, level):
    rows = query(two, "shared-actors", *(["--param", f"actor_level={level}"] if level != "organisation" else []))
    other = read(TWO_DOCS[1])
    extract(other)
    names = [{level_name(d, level)(a) for a in _actors(d) - {"未指明"}} for d in (doc, other)]
    assert {r["actor"] for r in rows} == names[0] & names[1]
    if level == "role":  # the city's government and the State Council's governments align by function
        assert "人民政府" in {r["actor"] for r in rows}
    else:  # a city and the State share no organisation
        assert "常州市人民政府" not in {r["actor"] for r in rows}


def test_no_actor_is_shared_within_one_document(built):
    assert query(built, "shared-actors") == []


def test_provisions_by_domain_and_instrument(built, doc):
    rows = query(built, "provisions-by-domain-and-instrument")
    got = {(r["domain"], r["instrument"]): int(r["provisions"]) for r in rows}
    expected = Counter()
    for p in doc.layers["provisions"]:
        coding = code_provision(p, doc.text)
        for d in sorted(p.domains) or [""]:
            expected[(d, coding.instrument if coding and coding.instrument != "none" else "")] += 1
    assert got == dict(expected)
    assert sum(n for (d, _), n in got.items() if d == "") <= len(doc.layers["provisions"])


def test_param_binds_any_variable_of_a_query_file(built, tmp_path):
    rq = tmp_path / "duties-of.rq"
    rq.write_text("# Duties of one actor\nSELECT ?action WHERE { ?p pkg:bearer/rdfs:label ?who ; "
                  "pkg:modality <https://w3id.org/policykg/ns/modality/obligation> ; pkg:actionText ?action }\n",
                  encoding="utf-8")
    rows = query(built, rq, "--param", 'who="常州市工业和信息化部门"@zh')
    assert "组织编制智能制造发展规划" in {r["action"] for r in rows}


def test_ask_construct_describe(built, doc):
    r = run_cli("query", "--data", built, 'ASK { ?p pkg:approver/rdfs:label "常州市人民政府"@zh }')
    assert (r.returncode, r.stdout.strip()) == (0, "yes")
    r = run_cli("query", "--data", built, 'ASK { ?p pkg:bearer/rdfs:label "不存在的部门"@zh }')
    assert r.stdout.strip() == "no"
    r = run_cli("query", "--data", built, "--format", "ttl",
                "CONSTRUCT { ?a pkg:bearer ?p } WHERE { ?p a pkg:Obligation ; pkg:bearer ?a }")
    assert r.returncode == 0, r.stderr
    g = Graph().parse(data=r.stdout, format="turtle")
    assert len(g) == sum(p.modality == "obligation" for p in doc.layers["provisions"])
    art7 = f"https://w3id.org/policykg/id/doc/{doc.id}/art/7"
    r = run_cli("query", "--data", built, f"DESCRIBE <{art7}>")
    assert r.returncode == 0, r.stderr
    g = Graph().parse(data=r.stdout, format="turtle")
    assert str(g.value(URIRef(art7), RDFS.label)) == "第七条"


def test_result_formats(built):
    q = "SELECT ?n WHERE { ?a pkg:number ?n ; rdfs:label \"第七条\"@zh }"
    out = {f: run_cli("query", "--data", built, "--format", f, q).stdout for f in ("table", "csv", "tsv", "json", "xml")}
    assert out["table"].splitlines()[0].strip() == "n" and out["table"].splitlines()[2].strip() == "7"
    assert out["csv"].split() == ["n", "7"]
    assert out["tsv"].split() == ["?n", "7"]  # SPARQL TSV: an integer in Turtle short form
    assert json.loads(out["json"])["results"]["bindings"][0]["n"]["value"] == "7"
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert ET.fromstring(out["xml"]).find(".//s:literal", ns).text == "7"


def test_the_default_graph_is_the_union_of_the_document_graphs(two):
    rows = query(two, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:Regulation }")
    assert rows == [{"n": "2"}]


def test_malformed_query_gives_one_line_with_line_and_column(built, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?actor\nWHERE {\n  ?p pkg:bearer ?a .\n  ?a rdfs:label ?actor\n} ORDER ?actor\n",
                  encoding="utf-8")
    r = run_cli("query", "--data", built, rq)
    assert r.returncode == 1
    assert r.stderr == f"Error: {rq}: SPARQL syntax error at line 5, column 11 (after \"}} ORDER ?actor\"): expected BY\n"
    r = run_cli("query", "--data", built, "SELECT * WHERE { ?s nope:p ?o }")
    assert r.stderr == ('Error: query: SPARQL syntax error at line 1, column 27 (after "SELECT * WHERE { ?s nope:p"): '
                        "undefined prefix nope:\n")


@pytest.mark.parametrize("args, message", [
    (("no-such-query",), "Error: no-such-query: no such canned query (see `policykg query --list`)\n"),
    (("article-provisions", "--param", "chapter=2"),
     "Error: article-provisions: --param chapter: the query has no variable ?chapter\n"),
    (("article-provisions", "--param", "article"),
     "Error: --param 'article': expected NAME=VALUE (e.g. article=7)\n"),
    (("missing.rq",), "Error: missing.rq: no such query file\n"),
    (("--format", "csv", "CONSTRUCT WHERE { ?s a pkg:Regulation }"),
     "Error: --format csv: a CONSTRUCT or DESCRIBE result is a graph; use one of table, ttl, nt, jsonld\n"),
])
def test_bad_arguments_give_one_line(built, args, message):
    r = run_cli("query", "--data", built, *args)
    assert (r.returncode, r.stderr) == (1, message)


def test_missing_build_names_the_file(tmp_path):
    r = run_cli("query", "--data", tmp_path / "nowhere", "obligations-per-actor")
    assert r.returncode == 1
    assert r.stderr == (f"Error: {tmp_path / 'nowhere' / 'graph.nq'}: no such file "
                        f"(run `policykg build --out {tmp_path / 'nowhere'}` first)\n")


def test_a_misspelt_ontology_term_is_warned_about(built):
    r = run_cli("query", "--data", built, "--format", "csv", "SELECT ?a WHERE { ?p pkg:bearr ?a }")
    assert r.returncode == 0
    assert r.stderr == "warning: query: pkg:bearr is not a term of the policykg ontology\n"
    assert run_cli("query", "--data", built, "obligations-per-actor").stderr == ""


def _documented_queries():
    for md in (ROOT / "README.md", ROOT / "ontology" / "README.md"):
        for block in re.findall(r"```sparql\n(.*?)\n```", md.read_text(encoding="utf-8"), re.S):
            for q in re.split(r"\n\s*\n(?=PREFIX|SELECT|ASK|CONSTRUCT|DESCRIBE)", block):
                yield pytest.param(q, id=f"{md.parent.name}/{md.name}:{q.split(chr(10))[0][:40]}")


@pytest.mark.parametrize("text", list(_documented_queries()))
def test_every_documented_query_runs(built, text):
    from policykg.sparql.query import render, run, unknown_terms
    from policykg.sparql.store import load

    assert unknown_terms(text) == []
    render(run(load(built), text), "table")  # raises QueryError if it does not parse or run


def distinct_triples(data):
    """Triples of graph.nq without their graph, as a set: the RDF merge of the documents."""
    return {line.rsplit(" ", 2)[0] for line in (Path(data) / "graph.nq").read_text(encoding="utf-8").splitlines()
            if line.strip()}


def test_the_default_graph_is_the_merge_not_a_bag(two):
    rows = query(two, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    quads = sum(1 for line in (two / "graph.nq").read_text(encoding="utf-8").splitlines() if line.strip())
    merged = len(distinct_triples(two))
    assert merged < quads  # the two documents share actors, so some triples are in both graphs
    assert rows == [{"n": str(merged)}]
    # A join through a shared actor's label gives each provision once.
    other = read(TWO_DOCS[1])
    extract(other)
    doc = read(default_path())
    extract(doc)
    rows = query(two, "who-approves-what")
    assert len(rows) == sum(1 for d in (doc, other) for p in d.layers["provisions"] if p.approver)
