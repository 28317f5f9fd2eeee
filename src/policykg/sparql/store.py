"""The query engine: built graphs loaded into an in-memory Oxigraph store.

The rest of policykg builds rdflib graphs; queries run on pyoxigraph, which is
much faster than rdflib's own SPARQL engine.  A store keeps one named graph per
document, exactly as ``build/graph.nq`` has them, and their RDF merge as its
default graph: a triple that several documents share (an actor's label) is
there once.  (Oxigraph's own "union default graph" option keeps one copy per
graph, so joins through shared actors would repeat rows.)

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph(identifier=URIRef("https://example.org/doc/a"))
>>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("市", lang="zh")))
>>> len(from_graphs([g]))
1
"""

from pathlib import Path

import pyoxigraph as ox

from ..errors import PolicyKGError

__all__ = ["NQUADS", "MERGE", "nquads_path", "load", "restrict", "from_graphs", "from_nquads"]

NQUADS = "graph.nq"


def nquads_path(data="build"):
    """``data/graph.nq``, or ``data`` itself when it is an N-Quads file; error if absent."""
    p = Path(data)
    path = p if p.is_file() else p / NQUADS
    if not path.is_file():
        raise PolicyKGError(f"{path}: no such file (run `policykg build --out {p}` first)")
    return path


MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"  # named graphs -> their merge as default graph


def from_nquads(data):
    """A store holding N-Quads ``data`` (str or bytes), with their merge as default graph."""
    store = ox.Store()
    store.load(data.encode("utf-8") if isinstance(data, str) else data, format=ox.RdfFormat.N_QUADS)
    store.update(MERGE)
    return store


def load(data="build", select=None):
    """A store holding ``data/graph.nq`` (the build output folder, or the file itself).

    ``select`` (see :mod:`policykg.selection`) keeps only the document graphs it selects, and what the
    works graph says of them: the default graph is then their merge.
    """
    from ..selection import Selection

    selection = Selection.of(select)
    path = nquads_path(data)
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError) as e:
        raise PolicyKGError(f"{path}: not valid N-Quads: {' '.join(str(e).split())}") from None
    if selection:
        restrict(store, selection)
    store.update(MERGE)
    return store


def restrict(store, selection):
    """Remove from ``store`` the document graphs ``selection`` leaves out, and what the works' graphs say of
    them (a work left with no version goes altogether)."""
    from rdflib.namespace import RDF, RDFS

    from ..rdf.namespaces import ELI, PKG
    from ..rdf.works import METADATA, records_of
    from ..selection import select

    def triples(s=None, p=None, o=None):
        return [(q.subject.value, q.predicate.value, q.object.value) for q in store.quads_for_pattern(s, p, o)]

    found = [t for p in sorted(METADATA) for t in triples(p=ox.NamedNode(p))]
    found += triples(p=ox.NamedNode(str(RDF.type)), o=ox.NamedNode(str(PKG.Regulation)))
    for issuer in sorted({o for _, p, o in found if p == str(ELI.passed_by)}):
        found += triples(s=ox.NamedNode(issuer), p=ox.NamedNode(str(RDFS.label)))
    docs = records_of(found)
    chosen = select(docs, selection)
    if not chosen:
        raise PolicyKGError(f"no document matches {selection.describe()} (of {len(docs)} in the graph)")
    every = {d.iri for d in docs}
    dropped = every - {d.iri for d in chosen}
    for iri in sorted(dropped):
        store.remove_graph(ox.NamedNode(iri))
    realized_by = ox.NamedNode(str(ELI.is_realized_by))
    for g in [g for g in store.named_graphs() if g.value not in every]:  # the works' graphs
        for q in list(store.quads_for_pattern(None, None, None, g)):
            if q.subject.value in dropped or q.object.value in dropped:
                store.remove(q)
        if next(store.quads_for_pattern(None, realized_by, None, g), None) is None:
            store.remove_graph(g)


def from_graphs(graphs):
    """A store holding rdflib ``graphs``, each in the named graph of its identifier (no default graph)."""
    store = ox.Store()
    for g in graphs:
        store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(str(g.identifier)))
    return store
