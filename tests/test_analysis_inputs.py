"""`analyze`, `viz` and `compare` read regulations through the build's pipeline (worker pool, cache,
per-document networkx views) and N-Quads through pyoxigraph; each output is the one the rdflib
path gives: the union graph of ``document_graphs``, or rdflib's N-Quads parser."""

import pytest
from rdflib import Dataset, Graph

from conftest import DATA, run_cli
from policykg.analysis.analyze import analysis_files
from policykg.analysis.compare import compare_report, compare_tables
from policykg.analysis.inputs import load
from policykg.analysis.load import documents, to_networkx
from policykg.analysis.tables import documents_table, to_csv
from policykg.build import build, document_graphs, read_all
from policykg.rdf.serialise import union
from policykg.readers import default_path
from policykg.viz.html import graph_html

FILES = [default_path(), DATA / "sme-law.reference.md", DATA / "shanghai-blockchain.lawrefbook.md"]


@pytest.fixture(scope="module")
def rdflib_graph():
    """The old path: every document read, extracted and graphed with rdflib in this process, then merged."""
    docs, _ = read_all([str(f) for f in FILES])
    return union(document_graphs(docs))


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


def test_analysis_of_regulations_is_what_the_rdflib_graph_gives(rdflib_graph, cache):
    expected, _ = analysis_files(to_networkx(rdflib_graph), documents(rdflib_graph))
    assert len(documents(rdflib_graph)) == 3
    for run in ("cold", "cached"):  # two workers, then every document from the cache
        loaded = load(FILES, jobs=2, cache=cache)
        files, _ = analysis_files(loaded.network, loaded.documents)
        assert sorted(files) == sorted(expected)
        for name in expected:
            assert files[name] == expected[name], (run, name)
    assert "市人民政府" in files["tables/duty-load.csv"] and "上海" in files["report.md"]


def test_comparison_and_pages_of_regulations_are_what_the_rdflib_graph_gives(rdflib_graph, cache):
    G, docs = to_networkx(rdflib_graph), documents(rdflib_graph)
    loaded = load(FILES, jobs=2, cache=cache)
    assert to_csv(documents_table(loaded.documents)) == to_csv(documents_table(docs))  # the same rows
    assert compare_report(compare_tables(loaded.network, docs)) == compare_report(compare_tables(G, docs))
    summary = load(FILES, view="summary", jobs=2, cache=cache).network
    assert not hasattr(summary, "nodes")  # a Summary, not the composed views
    assert graph_html(summary) == graph_html(G)
    for view in ("detailed", "actors"):
        assert graph_html(loaded.network, view) == graph_html(G, view)


def test_analysis_of_built_n_quads_is_what_rdflib_parses(tmp_path):
    build(FILES, out=tmp_path, cache=False, formats=("nq",))
    ds = Dataset()
    ds.parse(tmp_path / "graph.nq", format="nquads")
    g = Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    expected, _ = analysis_files(to_networkx(g), documents(g))
    loaded = load([tmp_path / "graph.nq"])
    files, _ = analysis_files(loaded.network, loaded.documents)
    assert files == expected


def test_cli_analyze_of_regulations_equals_analyze_of_their_built_graph(tmp_path):
    r = run_cli("build", *FILES, "--out", tmp_path / "build", "--format", "nq", "--no-cache")
    assert r.returncode == 0, r.stderr
    r = run_cli("analyze", *FILES, "--out", tmp_path / "a", "--jobs", "2", "--no-cache")
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith("analysed 3 documents")
    r = run_cli("analyze", tmp_path / "build" / "graph.nq", "--out", tmp_path / "b")
    assert r.returncode == 0, r.stderr
    a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(a) >= 18
    for f in a:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f


def test_unreadable_n_quads_is_one_line_naming_the_file(tmp_path):
    bad = tmp_path / "graph.nq"
    bad.write_text("<http://x/a> <http://x/b> .\n", encoding="utf-8")
    r = run_cli("analyze", bad, "--out", tmp_path / "out")
    assert r.returncode == 1
    assert r.stderr.startswith(f"Error: {bad}: not a readable nquads graph: ")
    assert len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_an_actor_typed_in_one_document_only_keeps_its_type(tmp_path):
    # The default regulation names its issuer (常州市人民代表大会常务委员会) with no actor type; a.txt, whose
    # IRI sorts first, names it in a provision, typed. The union graph has the type; so must the composed views.
    a = tmp_path / "a.txt"
    a.write_text("监督条例\n\n第一条 常州市人民代表大会常务委员会应当加强对本条例实施情况的监督。\n", encoding="utf-8")
    files = [default_path(), a]
    docs, _ = read_all([str(f) for f in files])
    g = union(document_graphs(docs))
    expected, _ = analysis_files(to_networkx(g), documents(g))
    loaded = load(files, jobs=1, cache=None)
    types = {d["actor_type"] for _, d in loaded.network.nodes(data=True) if d.get("label") == "常州市人民代表大会常务委员会"}
    assert types == {"legislature"}
    files_, _ = analysis_files(loaded.network, loaded.documents)
    assert files_ == expected
    summary = load(files, view="summary", jobs=1, cache=None).network
    assert graph_html(summary) == graph_html(to_networkx(g))
