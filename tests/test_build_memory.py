"""Large builds keep little in memory and do less work: blocks wait on disk, graph.html of many
documents comes from summaries, the shapes are checked on the triples they read.

Each check compares with what the whole graph gives, so the shortcuts cannot change an output.
"""

import shutil

import networkx as nx

from rdflib import Graph

from conftest import DATA, outputs, run_cli
from policykg import pipeline
from policykg.build import build
from policykg.readers import default_path
from policykg.sparql.validate import check, predicates
from policykg.viz.html import graph_html
from policykg.viz.summary import merge, summarise

FILES = ["sme-law.reference.md", "structure.txt", "shanghai-blockchain.lawrefbook.md", "script-injection.txt"]


def test_graph_html_from_summaries_equals_the_page_of_the_composed_views():
    results, _ = pipeline.run([DATA / f for f in FILES] + [default_path()], jobs=1, cache=None, network=True)
    views = sorted(results, key=lambda r: r.iri)
    G = nx.compose_all([r.network for r in views])
    page = graph_html(merge(summarise(r.network) for r in views))
    assert page == graph_html(G)
    assert "主体网络视图" in page and "市人民政府" in page


def test_spilled_results_hold_no_blocks_and_give_them_back(tmp_path):
    [kept], _ = pipeline.run([DATA / "structure.txt"], jobs=1, cache=None)
    [spilled], _ = pipeline.run([DATA / "structure.txt"], jobs=1, cache=None, spill=str(tmp_path))
    assert spilled.blocks is None and spilled.spill.startswith(str(tmp_path))
    assert spilled.load_blocks() == kept.blocks
    assert spilled.triples == kept.triples > 100


def test_no_cache_build_leaves_no_temporary_files(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in FILES:
        shutil.copy(DATA / name, src / name)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    r = run_cli("build", src, "--out", tmp_path / "out", "--no-cache", env={"TMPDIR": str(tmp)})
    assert r.returncode == 0, r.stderr
    assert list(tmp.iterdir()) == []
    assert (tmp_path / "out" / "graph.nq").stat().st_size > 0


def test_several_files_with_one_document_still_get_the_detailed_page(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(default_path(), src / "a.md")
    shutil.copy(default_path(), src / "b.md")  # the same id: skipped as a duplicate
    many = build([src], out=tmp_path / "many", cache=False, keep_going=True)
    assert len(many.documents) == 1 and len(many.skipped) == 1
    build([default_path()], out=tmp_path / "one", cache=False)
    page = (tmp_path / "many" / "graph.html").read_bytes()
    assert page == (tmp_path / "one" / "graph.html").read_bytes()
    assert "单个法规详细视图".encode() in page


def test_union_triple_count_counts_shared_actors_once(tmp_path):
    r = build([DATA / f for f in FILES], out=tmp_path, cache=False)
    lines = (tmp_path / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert r.triples == len({line.rsplit(" <", 1)[0] for line in lines}) < len(lines)


def test_shape_checks_on_the_predicates_they_read_find_every_violation():
    from test_sparql_validate import breakages

    [r], _ = pipeline.run([default_path()], jobs=1, cache=None, validate=False)
    g = Graph(identifier=r.iri).parse(data=b"".join(c for _, c in r.blocks).decode("utf-8"), format="nt")
    broken = breakages(g)
    cut = Graph(identifier=g.identifier)
    for t in g:
        if str(t[1]) in predicates():
            cut.add(t)
    assert len(cut) < len(g) * 0.7
    assert check([cut]) == check([g])
    assert {(v.focus, v.path) for v in check([cut])} == broken


def test_outputs_serialised_in_parallel_processes_are_the_same_bytes(tmp_path, monkeypatch):
    from policykg import build as build_mod

    paths = [DATA / f for f in FILES]
    for name, limit in (("serial", 10 ** 9), ("forked", 0)):
        monkeypatch.setattr(build_mod, "PARALLEL", limit)
        build_mod.build(paths, out=tmp_path / name, cache=False, formats=("nq", "ttl", "jsonld"))
    serial = outputs(tmp_path / "serial")
    assert set(serial) == {"graph.nq", "graph.ttl", "graph.jsonld", "graph.html", "tables/documents.csv",
                           "tables/citations.csv"}
    assert serial == outputs(tmp_path / "forked")


def test_build_page_of_one_regulation_is_the_page_viz_makes_from_rdflib(tmp_path):
    # The build's networkx view comes from plain strings (StringIndex), viz's from an rdflib graph.
    r = run_cli("build", "--out", tmp_path / "build", "--no-cache")
    assert r.returncode == 0, r.stderr
    r = run_cli("viz", "--out", tmp_path / "viz")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "build" / "graph.html").read_bytes() == (tmp_path / "viz" / "graph.html").read_bytes()


def test_merged_summary_keeps_a_stated_actor_type():
    """An issuer named without a type in a later document keeps the type an earlier one states."""
    from policykg.viz.summary import Summary, merge

    a, b = Summary(), Summary()
    a.actors["全国人民代表大会常务委员会"] = {"kind": "actor", "label": "全国人民代表大会常务委员会",
                                   "actor_type": "legislature", "level": "national"}
    b.actors["全国人民代表大会常务委员会"] = {"kind": "actor", "label": "全国人民代表大会常务委员会",
                                   "actor_type": "unspecified", "level": ""}
    b.actors["国务院"] = {"kind": "actor", "label": "国务院", "actor_type": "government", "level": "national"}
    merged = merge([a, b])
    assert merged.actors["全国人民代表大会常务委员会"]["actor_type"] == "legislature"
    assert merged.actors["国务院"]["actor_type"] == "government"
    assert merge([b, a]).actors["全国人民代表大会常务委员会"]["actor_type"] == "legislature"
