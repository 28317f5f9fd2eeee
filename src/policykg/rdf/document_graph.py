"""RDF for a Document's metadata and structure (ELI), one named graph per document."""

from itertools import chain

from rdflib import Graph

from .citations import citation_triples
from .iris import Minter
from .triples import structure_triples, to_rdflib, unit_label

__all__ = ["document_graph", "unit_label"]


def document_graph(doc, minter=None, graph=None):
    """Add the triples of ``doc``'s metadata, structure and citations to ``graph`` (a new
    :class:`rdflib.Graph` named by the document IRI when not given) and return it.

    The triples are those of :func:`policykg.rdf.triples.structure_triples` and
    :func:`policykg.rdf.citations.citation_triples`, which a build writes.
    """
    m = minter or Minter()
    g = graph if graph is not None else Graph(identifier=m.doc(doc.id))
    add = g.add
    for t in chain(structure_triples(doc, m.base), citation_triples(doc, m.base)):
        add(to_rdflib(t))
    return g
