"""Policy-instrument coding (Rothwell & Zegveld) for analysis: the coding itself
(:func:`code`, in :mod:`policykg.extract.instruments`), the graph triples of a
coding, and the SKOS scheme's labels (``ontology/instrument-scheme.ttl``).
"""

from functools import lru_cache

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from ..extract.instruments import Coding, code, code_provision, instruments
from ..rdf.namespaces import PKG, concept
from ..resources import ontology_path

__all__ = ["Coding", "code", "code_provision", "add_instrument", "scheme", "SIDES", "HOW"]

SIDES = ("supply", "environment", "demand")

# How the coding works, for the notes under the report's instrument tables.
HOW = ("How the coding works: each provision is coded by the means it uses (fund, plan, supervise, build, "
       "train…), read with its actor, modality and source clause, by the rules of INSTRUMENTS.md (patterns and "
       "weights: lexicon/instruments.yaml). A principle, a division of competences, a procedural step, oversight "
       "inside the state or officials' liability is no instrument (none); a duty or prohibition on firms or people is regulation; an encouragement "
       "of firms is coded by what it promotes; a provision with no pattern at all takes the fallback of its actor "
       "and modality (a government's general statement: goal-planning). Agreement with hand coding: README, "
       "'Policy-instrument coding'.")


def add_instrument(graph, provision, action, **context):
    """Add ``pkg:instrument`` (+ secondary, evidence) of ``action`` to ``provision`` in ``graph``;
    ``context``: the ``actor``, ``modality`` and ``source`` of :func:`code`."""
    c = code(action, **context)
    if c is not None:
        if c.instrument != "none":
            graph.add((provision, PKG.instrument, concept("instrument", c.instrument)))
        if c.secondary:
            graph.add((provision, PKG.secondaryInstrument, concept("instrument", c.secondary)))
        graph.add((provision, PKG.instrumentEvidence, Literal(c.evidence, lang="zh")))
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
    order = list(SIDES) + [n for n in instruments() if n != "none"]
    return {n: out[n] for n in sorted(out, key=order.index)}
