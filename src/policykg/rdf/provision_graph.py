"""RDF for the extraction layers: provisions, actors, programmes, domains."""

from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..analysis.instruments import add_instrument
from .iris import Minter
from .namespaces import ORG, PKG, PROV, concept

__all__ = ["provision_graph", "MODALITY_CLASS"]

MODALITY_CLASS = {"obligation": PKG.Obligation, "prohibition": PKG.Prohibition, "permission": PKG.Permission,
                  "encouragement": PKG.Encouragement, "support": PKG.Support, "guidance": PKG.Guidance,
                  "commitment": PKG.Commitment, "liability": PKG.Liability}


def _zh(s):
    return Literal(s, lang="zh")


@lru_cache(maxsize=None)  # spans and numbers repeat; an rdflib Literal costs microseconds to make
def _int(n):
    return Literal(n, datatype=XSD.integer)


def _actor(g, m, actors, name):
    iri = m.actor(name)
    a = actors.get(name)
    g.add((iri, RDF.type, PKG.Actor))
    g.add((iri, RDFS.label, _zh(name)))
    g.add((iri, SKOS.prefLabel, _zh(name)))
    if a is not None:
        g.add((iri, PKG.actorType, concept("actor-type", a.type)))
        if a.type not in ("unspecified", "jurisdiction", "individual"):
            g.add((iri, RDF.type, ORG.Organization))
        if a.level:
            g.add((iri, PKG.adminLevel, concept("admin-level", a.level)))
        if a.parent:
            g.add((iri, ORG.subOrganizationOf, m.actor(a.parent)))
            _actor(g, m, actors, a.parent)
        for alias in a.aliases:
            g.add((iri, PKG.alias, _zh(alias)))
    return iri


def provision_graph(doc, minter, g):
    """Add the provisions, actors and programmes of ``doc`` (see :mod:`policykg.extract`) to ``g``."""
    m = minter or Minter()
    d = m.doc(doc.id)
    actors = doc.layers.get("actors", {})
    numbering = {}
    iris = {}
    for p in doc.layers.get("provisions", []):
        k = numbering[p.paragraph] = numbering.get(p.paragraph, 0) + 1
        iri = iris[id(p)] = m.provision(doc.id, p.paragraph, k)
        g.add((iri, RDF.type, MODALITY_CLASS[p.modality]))
        g.add((iri, RDFS.label, _zh(f"{p.actor} {p.action}")))
        g.add((iri, PKG.modality, concept("modality", p.modality)))
        g.add((iri, PKG.bearer, _actor(g, m, actors, p.actor)))
        if p.actor_text and p.actor_text != p.actor:
            g.add((iri, PKG.actorText, _zh(p.actor_text)))
        g.add((iri, PKG.actionText, _zh(p.action)))
        add_instrument(g, iri, p.action)  # policy-instrument coding (Rothwell & Zegveld)
        g.add((iri, PKG.inDocument, d))
        g.add((iri, PKG.article, m.unit(doc.id, p.article)))
        g.add((iri, PKG.paragraph, m.unit(doc.id, p.paragraph)))
        g.add((iri, PROV.wasDerivedFrom, m.unit(doc.id, p.item or p.paragraph)))
        g.add((iri, PKG.spanStart, _int(p.start)))
        g.add((iri, PKG.spanEnd, _int(p.end)))
        g.add((iri, PKG.sourceText, _zh(doc.text[p.sentence_start:p.sentence_end])))
        for name in p.partners:
            g.add((iri, PKG.partner, _actor(g, m, actors, name)))
        if p.approver:
            g.add((iri, PKG.approver, _actor(g, m, actors, p.approver)))
        for name in p.programmes:
            g.add((iri, PKG.programme, m.programme(name)))
        for notation, words in sorted(p.domains.items()):
            g.add((iri, PKG.domain, concept("domain", notation)))
            g.add((iri, PKG.domainEvidence, _zh(f"{notation}: {'、'.join(words)}")))
        if p.embedded_in is not None and id(p.embedded_in) in iris:
            g.add((iri, PKG.embeddedIn, iris[id(p.embedded_in)]))
    for name, prog in sorted(doc.layers.get("programmes", {}).items()):
        iri = m.programme(name)
        g.add((iri, RDF.type, PKG.Programme))
        g.add((iri, RDFS.label, _zh(name)))
        g.add((iri, PKG.programmeType, concept("programme-type", prog.type)))
        g.add((iri, PKG.inDocument, d))
        for a in prog.leads:
            g.add((iri, PKG.ledBy, _actor(g, m, actors, a)))
        for a in prog.partners:
            g.add((iri, PKG.partner, _actor(g, m, actors, a)))
        for u in prog.mentions:
            g.add((iri, PKG.mentionedIn, m.unit(doc.id, u)))
    return g
