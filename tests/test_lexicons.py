"""Lexicons are data: each YAML file has the shape the code expects, and the
SKOS schemes in ontology/ list the same concepts as the lexicons."""

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from conftest import ROOT
from policykg import lexicon

MODALITIES = {"obligation", "prohibition", "permission", "encouragement", "support", "guidance",
              "commitment", "liability"}


def concepts(scheme):
    g = Graph()
    for f in (ROOT / "ontology").glob("*.ttl"):
        g.parse(f)
    s = URIRef(f"https://w3id.org/policykg/ns/{scheme}")
    return {str(c).rsplit("/", 1)[1] for c in g.subjects(SKOS.inScheme, s)}


def strings(xs):
    return isinstance(xs, list) and all(isinstance(x, str) and x for x in xs)


def test_modality_lexicon():
    lx = lexicon.load("modality")
    assert set(lx["markers"]) <= MODALITIES and set(lx["markers"]) <= concepts("modality")
    assert all(strings(v) for v in lx["markers"].values())
    for p in lx["obligation_formulae"]:
        re.compile(p)


def test_actor_lexicon():
    lx = lexicon.load("actors")
    assert set(lx["heads"].values()) <= concepts("actor-type")
    assert set(lx["levels"].values()) <= concepts("admin-level")
    assert strings(lx["compounds"]) and strings(lx["drop_prefixes"]) and strings(lx["not_actor_heads"])
    assert all(v.endswith(("有关部门", "有关单位")) or v == "单位" for v in lx["canonical"].values())
    assert set(lx["lexical_heads"]) <= set(lx["heads"]) | {"服务机构", "创新服务机构"}
    assert set(lx["core_heads"]) <= set(lx["heads"])  # heads that are also department cores


def test_programme_lexicon():
    lx = lexicon.load("programmes")
    assert set(lx["heads"].values()) <= concepts("programme-type")
    assert strings(lx["creating_verbs"]) and strings(lx["generic_words"])


def test_grammar_lexicon():
    lx = lexicon.load("grammar")
    for key in ("adverbial_openers", "adverbial_endings", "join_next", "liability_consequences", "verbs"):
        assert strings(lx[key]), key
    for p in lx["no_provision"] + lx["amendment"]:
        re.compile(p)


def test_domain_lexicon_matches_the_skos_scheme():
    lx = lexicon.load("domains")
    assert set(lx) == concepts("domain")
    for key, v in lx.items():
        assert v["zh"] and v["en"] and strings(v["keywords"]), key


@pytest.mark.parametrize("name", ["gazetteer"])
def test_gazetteer(name):
    gaz = lexicon.load(name)
    assert all(isinstance(v, list) for v in gaz.values())
    assert "常州市" in gaz["江苏省"]
