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

__all__ = ["NQUADS", "MERGE", "nquads_path", "load", "from_graphs", "from_nquads"]

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


def load(data="build"):
    """A store holding ``data/graph.nq`` (the build output folder, or the file itself)."""
    path = nquads_path(data)
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError) as e:
        raise PolicyKGError(f"{path}: not valid N-Quads: {' '.join(str(e).split())}") from None
    store.update(MERGE)
    return store


def from_graphs(graphs):
    """A store holding rdflib ``graphs``, each in the named graph of its identifier (no default graph)."""
    store = ox.Store()
    for g in graphs:
        store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(str(g.identifier)))
    return store
