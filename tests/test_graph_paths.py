"""The build's fast graph path (plain strings → N-Triples) and the rdflib path give the same graph."""

from rdflib import Graph

from conftest import DATA
from policykg.errors import InputError
from policykg.extract import extract
from policykg.rdf.document_graph import document_graph
from policykg.rdf.iris import Minter
from policykg.rdf.nquads import blocks as rdflib_blocks
from policykg.rdf.provision_graph import provision_graph
from policykg.rdf.triples import blocks, triples
from policykg.readers import default_path, iter_inputs, read


def both_paths(path, base="https://w3id.org/policykg/id/"):
    doc = read(path)
    extract(doc)
    m = Minter(base)
    g = document_graph(doc, m)
    provision_graph(doc, m, g)
    return g, blocks(triples(doc, base))


def assert_same(g, fast):
    assert len(g) > 0
    # Parsed back by rdflib's own N-Triples parser: the same terms, escapes included.
    parsed = Graph().parse(data=b"".join(c for _, c in fast).decode("utf-8"), format="nt")
    assert set(parsed) == set(g)
    # And byte for byte what the rdflib terms are written as.
    assert fast == rdflib_blocks(g)


def test_default_regulation_fast_path_equals_rdflib_graph():
    g, fast = both_paths(default_path())
    assert len(g) > 5000
    assert_same(g, fast)


def test_escapes_and_other_base(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text('第一条　"引号"\\反斜杠\t制表<符>。\n第二条　县级以上人民政府应当加强监督。\n', encoding="utf-8")
    g, fast = both_paths(f, base="https://example.org/kg#")
    assert_same(g, fast)
    for name in ("script-injection.txt", "shanghai-blockchain.lawrefbook.md", "sme-law.reference.md"):
        assert_same(*both_paths(DATA / name))


def test_corpus_sample_fast_path_equals_rdflib_graph(corpus):
    files = iter_inputs([corpus])
    sample = files[:: max(1, len(files) // 12)]
    checked = 0
    for f in sample:
        try:
            g, fast = both_paths(f)
        except InputError:  # an unreadable corpus file is the readers' business
            continue
        assert_same(g, fast)
        checked += 1
    assert checked >= 10


def test_unsorted_ntriples_hold_the_same_triples_as_the_blocks():
    from policykg.rdf.triples import ntriples

    doc = read(default_path())
    extract(doc)
    quads = list(triples(doc))
    assert sorted(set(ntriples(quads).splitlines())) == sorted(b"".join(c for _, c in blocks(quads)).splitlines())
