"""The prefixes every output uses, and rdflib graphs bound to them.

The build's writers stream from N-Triples blocks (:mod:`policykg.rdf.streaming`);
these helpers serve the rdflib API (analysis, viz, tests).
"""

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .namespaces import DCTERMS, ELI, NS, ORG, PROV, SKOS

__all__ = ["PREFIXES", "bind", "union"]

PREFIXES = {"pkg": NS, "eli": str(ELI), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
            "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "dcterms": str(DCTERMS),
            "role": NS.rstrip("#") + "/role/"}  # functional roles (policykg.identity.roles)


def bind(graph, base=None):
    for p, ns in PREFIXES.items():
        graph.bind(p, ns, override=True, replace=True)
    if base:
        for p, path in (("doc", "doc/"), ("actor", "actor/"), ("prog", "programme/"), ("work", "work/")):
            graph.bind(p, base + path, override=True, replace=True)
    return graph


def union(graphs, base=None):
    g = bind(Graph(), base)
    for part in graphs:
        for t in part:
            g.add(t)
    return g
