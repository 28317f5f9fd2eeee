import json

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from conftest import DATA, outputs, run_cli
from policykg.build import build
from policykg.rdf.namespaces import ELI, PKG
from policykg.readers import default_path, read

DOC = URIRef("https://w3id.org/policykg/id/doc/ff80818198a7ecd40198f39a6b8d0d95")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    r = run_cli("build", "--out", out)
    assert r.returncode == 0, r.stderr
    return out


def test_default_build_writes_three_parseable_graphs(built):
    ttl = Graph().parse(built / "graph.ttl")
    ds = Dataset()
    ds.parse(built / "graph.nq", format="nquads")
    js = Graph().parse(built / "graph.jsonld", format="json-ld")
    work = ttl.value(DOC, ELI.realizes)  # the graph of the document's work: its versions
    works = ds.graph(work)
    answers = sum(len(g) for g in ds.graphs() if "/answer/" in str(g.identifier))  # rows of the canned queries
    assert len(ttl) == len(js) == len(ds.graph(DOC)) + len(works) + answers > 1000 and answers > 0
    assert set(ttl) == set(js)
    assert (DOC, PKG.current, Literal(True)) in works and (DOC, PKG.current, Literal(True)) in ttl
    assert (DOC, RDF.type, PKG.Regulation) in ttl
    assert str(ttl.value(DOC, ELI.title)) == "常州市促进智能制造发展条例"
    assert ttl.value(DOC, ELI.passed_by) is not None


def test_iris_are_ascii_and_stable(built):
    g = Graph().parse(built / "graph.ttl")
    for s, p, o in g:
        for t in (s, p, o):
            if isinstance(t, URIRef):
                assert str(t).isascii(), t
    art7 = URIRef(f"{DOC}/art/7")
    assert (art7, RDF.type, PKG.Article) in g
    assert (URIRef(f"{art7}/para/2"), ELI.is_part_of, art7) in g


def test_unit_spans_in_graph_point_at_their_text(built):
    g = Graph().parse(built / "graph.ttl")
    text = str(g.value(DOC, PKG.text))
    units = list(g.subjects(PKG.inDocument, DOC))
    assert len(units) > 100
    for u in units:
        start, end = g.value(u, PKG.spanStart), g.value(u, PKG.spanEnd)
        if start is not None and g.value(u, PKG.text) is not None:
            assert text[int(start):int(end)] == str(g.value(u, PKG.text))


def test_outputs_are_byte_identical_across_runs(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        r = run_cli("build", DATA / "sme-law.reference.md", DATA / "structure.txt", "--out", out,
                    env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        outs.append(outputs(out))  # not the query store
    assert outs[0] == outs[1]
    assert len(outs[0]) >= 3


def test_nquads_has_one_named_graph_per_document(tmp_path):
    build([DATA / "sme-law.reference.md", DATA / "structure.txt"], out=tmp_path)
    ds = Dataset()
    ds.parse(tmp_path / "graph.nq", format="nquads")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {n.rsplit("/", 1)[-1] for n in names} >= {"2c909fdd678bf17901678bf85eba0a23"}
    assert len([n for n in names if "/doc/" in n]) == 2


def test_base_iri_is_configurable(tmp_path):
    r = run_cli("build", "--out", tmp_path, "--base", "https://example.org/kg/", "--format", "nq")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "graph.nq").read_text(encoding="utf-8").count("<https://example.org/kg/doc/") > 100
    assert not (tmp_path / "graph.ttl").exists()


def test_duplicate_document_is_skipped_not_merged(tmp_path):
    # the .docx comes first in file order, but the reference Markdown (with its front matter) is kept
    res = build([DATA / "sme-law_20170901_2c909fdd678bf17901678bf85eba0a23.docx", DATA / "sme-law.reference.md"],
                out=tmp_path, keep_going=True)
    assert [d.path for d in res.documents] == [str(DATA / "sme-law.reference.md")]
    assert res.skipped[0][1] == f"duplicate document id 2c909fdd678bf17901678bf85eba0a23: {DATA / 'sme-law.reference.md'} is kept"


def test_jsonld_is_sorted_json(built):
    data = json.loads((built / "graph.jsonld").read_text(encoding="utf-8"))
    context = {k: v for k, v in data["@context"].items() if isinstance(v, str)}

    def expand(i):  # nodes come in the order of their full IRIs (compact prefixes sort otherwise)
        prefix, _, rest = i.partition(":")
        return context[prefix] + rest if prefix in context else i

    ids = [expand(n["@id"]) for n in data["@graph"]]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_default_regulation_is_bundled():
    assert read(default_path()).title == "常州市促进智能制造发展条例"
