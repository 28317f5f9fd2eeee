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
    Citation: URIRef
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
    Work: URIRef
    # rows of the canned queries' answers, made by the build (policykg.rdf.answers)
    AnswerRow: URIRef
    DomainInstrumentRow: URIRef
    EncouragedNotObligedRow: URIRef
    ObligationsPerActorRow: URIRef
    ProgrammesRow: URIRef
    SharedActorsRow: URIRef
    WhoApprovesWhatRow: URIRef
    actionText: URIRef
    actorName: URIRef
    actorText: URIRef
    actorType: URIRef
    adminLevel: URIRef
    alias: URIRef
    approver: URIRef
    approverName: URIRef
    article: URIRef
    bearer: URIRef
    citationKind: URIRef
    citedArticles: URIRef
    citedTitle: URIRef
    citedVersion: URIRef
    current: URIRef
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
    nextVersion: URIRef
    modality: URIRef
    number: URIRef
    order: URIRef
    paragraph: URIRef
    previousVersion: URIRef
    partner: URIRef
    partnerName: URIRef
    programme: URIRef
    programmeType: URIRef
    refersTo: URIRef
    roleGroup: URIRef
    secondaryInstrument: URIRef
    sentence: URIRef
    sourceFile: URIRef
    sourceFormat: URIRef
    spanEnd: URIRef
    spanStart: URIRef
    status: URIRef
    suffix: URIRef
    text: URIRef
    versionCount: URIRef
    versionNumber: URIRef
    actorLevel: URIRef
    rank: URIRef
    sequence: URIRef
    rowAction: URIRef
    rowActor: URIRef
    rowApproved: URIRef
    rowApprover: URIRef
    rowArticle: URIRef
    rowDocument: URIRef
    rowDocuments: URIRef
    rowDomain: URIRef
    rowInstrument: URIRef
    rowLeads: URIRef
    rowModalities: URIRef
    rowObligations: URIRef
    rowPartners: URIRef
    rowProgramme: URIRef
    rowProgrammeType: URIRef
    rowProvisions: URIRef
    rowTitles: URIRef


class ELI(DefinedNamespace):
    """The terms of the ELI ontology (http://data.europa.eu/eli/ontology, version 1.5) policykg uses; a term
    not listed here is refused, so a typo cannot mint a term ELI does not have."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalExpression: URIRef
    LegalResource: URIRef
    LegalResourceSubdivision: URIRef
    based_on: URIRef
    cites: URIRef
    date_document: URIRef
    first_date_entry_in_force: URIRef
    has_part: URIRef
    id_local: URIRef
    is_part_of: URIRef
    is_realized_by: URIRef
    passed_by: URIRef
    realizes: URIRef
    title: URIRef
    title_short: URIRef
    version_date: URIRef


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
_materialise(ELI)


def concept(scheme, name):
    """IRI of concept ``name`` in one of our SKOS schemes (modality, actor-type, domain…)."""
    return URIRef(f"https://w3id.org/policykg/ns/{scheme}/{name}")
