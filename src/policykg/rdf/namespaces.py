"""Our vocabulary as a DefinedNamespace that refuses unknown terms (like rdflib's ``XSD``).

A test checks that these terms are exactly those declared in ``ontology/policykg.ttl``.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["PKG", "ELI", "ORG", "PROV", "SKOS", "DCTERMS", "concept", "NS"]

NS = "https://w3id.org/policykg/ns#"


class PKG(DefinedNamespace):
    _NS = Namespace(NS)
    _fail = True

    Actor: URIRef
    Article: URIRef
    Chapter: URIRef
    Commitment: URIRef
    Encouragement: URIRef
    Guidance: URIRef
    Item: URIRef
    Liability: URIRef
    Obligation: URIRef
    Paragraph: URIRef
    Part: URIRef
    Permission: URIRef
    Programme: URIRef
    Prohibition: URIRef
    Provision: URIRef
    Regulation: URIRef
    Section: URIRef
    Sentence: URIRef
    SubItem: URIRef
    Support: URIRef
    Unit: URIRef
    actionText: URIRef
    actorText: URIRef
    actorType: URIRef
    adminLevel: URIRef
    alias: URIRef
    approver: URIRef
    article: URIRef
    bearer: URIRef
    dateAdopted: URIRef
    dateAmended: URIRef
    dateApproved: URIRef
    docId: URIRef
    domain: URIRef
    domainEvidence: URIRef
    embeddedIn: URIRef
    heading: URIRef
    history: URIRef
    inDocument: URIRef
    instrument: URIRef
    instrumentEvidence: URIRef
    jurisdiction: URIRef
    ledBy: URIRef
    legalLevel: URIRef
    mentionedIn: URIRef
    modality: URIRef
    number: URIRef
    order: URIRef
    paragraph: URIRef
    partner: URIRef
    programme: URIRef
    programmeType: URIRef
    sentence: URIRef
    sourceFile: URIRef
    sourceFormat: URIRef
    spanEnd: URIRef
    spanStart: URIRef
    status: URIRef
    suffix: URIRef
    text: URIRef


ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

# Every term as a plain class attribute: DefinedNamespace looks each use up in
# Python (a microsecond), and a corpus build uses millions.  Unknown terms still fail.
def _materialise(ns):
    for name in ns.__annotations__:
        type.__setattr__(ns, name, ns._NS[name])


_materialise(PKG)


def concept(scheme, name):
    """IRI of concept ``name`` in one of our SKOS schemes (modality, actor-type, domain…)."""
    return URIRef(f"https://w3id.org/policykg/ns/{scheme}/{name}")
