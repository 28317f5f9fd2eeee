"""Every term the code and the queries use is defined in ontology/."""

import re

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from conftest import ROOT
from policykg.rdf.namespaces import ELI, NS, PKG

ONTO = ROOT / "ontology"


def ontology():
    g = Graph()
    for f in sorted(ONTO.glob("*.ttl")):
        g.parse(f)
    return g


def test_defined_namespace_matches_ontology():
    g = ontology()
    declared = {str(s)[len(NS):] for s in g.subjects(RDF.type, None) if str(s).startswith(NS)}
    assert set(PKG.__annotations__) == declared


def test_every_term_used_in_code_and_queries_is_defined():
    g = ontology()
    declared = {str(s) for s in g.subjects()}
    used = set()
    for f in list((ROOT / "src" / "policykg").rglob("*.py")):
        used |= {NS + t for t in re.findall(r"\bPKG\.([A-Za-z][A-Za-z_]*)", f.read_text(encoding="utf-8"))}
    for f in ONTO.rglob("*.rq"):
        used |= {NS + t for t in re.findall(r"\bpkg:([A-Za-z_]+)", f.read_text(encoding="utf-8"))}
    used |= {f"https://w3id.org/policykg/ns/{s}/{c}" for f in (ROOT / "src" / "policykg").rglob("*.py")
             for s, c in re.findall(r'concept\("([a-z-]+)", "([a-z-]+)"\)', f.read_text(encoding="utf-8"))}
    assert sorted(u for u in used if u not in declared) == []


def test_unknown_term_is_refused():
    import pytest
    with pytest.raises(AttributeError):
        PKG.NoSuchTerm
    with pytest.raises(AttributeError):
        ELI.is_realised_by  # ELI spells it is_realized_by


def test_every_eli_term_used_is_one_eli_has():
    used = set()
    for f in [*(ROOT / "src" / "policykg").rglob("*.py"), *ONTO.rglob("*.rq"), *ONTO.glob("*.ttl"),
              *ONTO.glob("*.md"), ROOT / "README.md"]:
        text = f.read_text(encoding="utf-8")
        used |= set(re.findall(r"\beli:([A-Za-z_]+)", text)) | set(re.findall(r"\bELI\.([A-Za-z_]+)", text))
    assert used and sorted(used - set(ELI.__annotations__)) == []


def test_every_class_and_property_has_zh_and_en_labels_and_a_comment():
    g = Graph().parse(ONTO / "policykg.ttl")
    for s in g.subjects(RDF.type, None):
        if isinstance(s, URIRef) and str(s).startswith(NS):
            langs = {l.language for l in g.objects(s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
            assert {"zh", "en"} <= langs, s
            assert g.value(s, URIRef("http://www.w3.org/2000/01/rdf-schema#comment")) is not None, s


def test_schemes_are_skos():
    g = ontology()
    schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemes) >= 5
    for c in g.subjects(RDF.type, SKOS.Concept):
        assert g.value(c, SKOS.inScheme) in schemes
    assert (URIRef("https://w3id.org/policykg/ns"), RDF.type, OWL.Ontology) in g
