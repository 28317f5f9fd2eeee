"""Policy-instrument coding (Rothwell & Zegveld) for analysis: the coding itself
(:func:`code`, in :mod:`policykg.extract.instruments`), the graph triples of a
coding, and the SKOS scheme's labels (``ontology/instrument-scheme.ttl``).
"""

from functools import lru_cache

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from ..extract.instruments import Coding, _keywords, code
from ..rdf.namespaces import PKG, concept
from ..resources import ontology_path

__all__ = ["Coding", "code", "add_instrument", "scheme", "SIDES"]

SIDES = ("supply", "environment", "demand")


def add_instrument(graph, provision, action):
    """Add ``pkg:instrument`` and ``pkg:instrumentEvidence`` of ``action`` to ``provision`` in ``graph``."""
    c = code(action)
    if c is not None:
        graph.add((provision, PKG.instrument, concept("instrument", c.instrument)))
        graph.add((provision, PKG.instrumentEvidence, Literal(f"{c.instrument}: {'、'.join(c.words)}", lang="zh")))
    return c


@lru_cache(maxsize=None)
def scheme():
    """``{notation: (zh label, en label, side)}`` for every concept of the instrument scheme, sides first."""
    g = Graph().parse(str(ontology_path("instrument-scheme.ttl")), format="turtle")
    out = {}
    for c in g.subjects(SKOS.notation, None):
        labels = {lit.language: str(lit) for lit in g.objects(c, SKOS.prefLabel)}
        broader = g.value(c, SKOS.broader)
        side = str(g.value(broader, SKOS.notation)) if broader is not None else str(g.value(c, SKOS.notation))
        out[str(g.value(c, SKOS.notation))] = (labels["zh"], labels["en"], side)
    order = list(SIDES) + list(_keywords()[2])
    return {n: out[n] for n in sorted(out, key=order.index)}
