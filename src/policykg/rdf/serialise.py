"""Deterministic serialisation: the same graph always gives the same bytes.

rdflib's writers follow hash order in places, so every output is put in a
canonical order here: N-Quads lines sorted, JSON-LD nodes and value arrays
sorted, Turtle from a graph whose prefixes are fixed.
"""

import json

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .namespaces import DCTERMS, ELI, NS, ORG, PKG, PROV, SKOS

__all__ = ["PREFIXES", "bind", "to_nquads", "to_turtle", "to_jsonld", "union"]

PREFIXES = {"pkg": NS, "eli": str(ELI), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
            "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "dcterms": str(DCTERMS)}


def bind(graph, base=None):
    for p, ns in PREFIXES.items():
        graph.bind(p, ns, override=True, replace=True)
    if base:
        for p, path in (("doc", "doc/"), ("actor", "actor/"), ("prog", "programme/")):
            graph.bind(p, base + path, override=True, replace=True)
    return graph


def union(graphs, base=None):
    g = bind(Graph(), base)
    for part in graphs:
        for t in part:
            g.add(t)
    return g


def to_nquads(graphs):
    """N-Quads with one named graph per document, lines sorted within each graph."""
    out = []
    for g in sorted(graphs, key=lambda g: str(g.identifier)):
        name = f" <{g.identifier}> .\n"
        lines = g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        out.extend(sorted(line[:-2] + name for line in lines if line.strip()))
    return "".join(out)


def to_turtle(graph):
    return graph.serialize(format="turtle")


def _canon(node):
    if isinstance(node, dict):
        return {k: _canon(v) for k, v in sorted(node.items())}
    if isinstance(node, list):
        items = [_canon(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node


def to_jsonld(graph):
    context = {p: ns for p, ns in sorted(PREFIXES.items())}
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = data.get("@graph", [data] if "@id" in data else [])
    nodes = sorted((_canon({k: v for k, v in n.items()}) for n in nodes), key=lambda n: n.get("@id", ""))
    return json.dumps({"@context": context, "@graph": nodes}, ensure_ascii=False, indent=1) + "\n"
