r"""Every triple of a document, made once as plain strings: the one source of both graph paths.

:func:`structure_triples` (metadata and structure, ELI) and
:func:`provision_triples` (provisions, actors, programmes) yield
``(subject, predicate, object, kind)``: three plain strings and the kind of
the object, ``IRI`` (None) or the N-Triples tail of a literal (``"@zh"``,
``""`` for a plain string, ``"^^<…#integer>"``, ``"^^<…#date>"``).

Two consumers read them, so the graph a library user gets and the graph a
build writes cannot drift apart:

- :func:`policykg.rdf.document_graph.document_graph` and
  :func:`~policykg.rdf.provision_graph.provision_graph` turn each into rdflib
  terms (:func:`to_rdflib`);
- :func:`blocks` formats them straight into the sorted N-Triples blocks of
  :mod:`policykg.rdf.nquads` (an rdflib term costs microseconds to make, a
  corpus has millions).

>>> from policykg.model import Document, Unit
>>> doc = Document(id="d", title="条例", text="第一条　内容。", units=[Unit("article", 1, 0, 7, "第一条　内容。", label="第一条")])
>>> [(subject, lines)] = [b for b in blocks(structure_triples(doc, "https://example.org/")) if b[0].endswith("/art/1")]
>>> print(lines.decode().splitlines()[0])
<https://example.org/doc/d/art/1> <http://data.europa.eu/eli/ontology#is_part_of> <https://example.org/doc/d> .
"""

from functools import lru_cache
from itertools import chain
from types import SimpleNamespace

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..extract.actors import actor_type
from ..extract.instruments import code_provision
from ..identity.curation import rejected
from ..identity.documents import DocumentRecord
from ..identity.organisations import Context, government_of, resolve
from ..identity.programmes import programme_key
from ..numerals import int_to_cn
from .iris import DEFAULT_BASE, Minter, slug
from .namespaces import ELI, ORG, PKG, PROV, concept
from .nquads import _iri, escape

__all__ = ["structure_triples", "provision_triples", "triples", "to_rdflib", "blocks", "ntriples", "unit_label",
           "IRI", "ZH", "PLAIN", "INTEGER", "DATE", "TYPE"]

IRI = None
ZH = "@zh"
PLAIN = ""
INTEGER = f"^^<{XSD.integer}>"
DATE = f"^^<{XSD.date}>"

# The vocabulary as plain strings (attribute look-ups still refuse unknown terms).
_P = SimpleNamespace(**{n: str(getattr(PKG, n)) for n in PKG.__annotations__})
TYPE = _TYPE = str(RDF.type)
_LABEL, _SEE_ALSO, _PREF = str(RDFS.label), str(RDFS.seeAlso), str(SKOS.prefLabel)
_E = SimpleNamespace(**{n: str(ELI[n]) for n in ("title", "title_short", "passed_by", "date_document",
                                                  "first_date_entry_in_force", "version_date", "is_part_of",
                                                  "has_part")})
_ORG_ORGANIZATION, _ORG_SUB, _ORG_CLASS = str(ORG.Organization), str(ORG.subOrganizationOf), str(ORG.classification)
_ALT, _SKOS_CONCEPT, _IN_SCHEME = str(SKOS.altLabel), str(SKOS.Concept), str(SKOS.inScheme)
_ROLE_SCHEME = "https://w3id.org/policykg/ns/role"
LEVELS = ("national", "provincial", "municipal", "county", "township")
_DERIVED = str(PROV.wasDerivedFrom)
_GENERATED, _INFLUENCED, _INVALIDATED = str(PROV.wasGeneratedBy), str(PROV.wasInfluencedBy), str(PROV.invalidated)
_ACTIVITY, _AGENT, _ASSOCIATED = str(PROV.Activity), str(PROV.Agent), str(PROV.wasAssociatedWith)
_COMMENT = str(RDFS.comment)
_CLASS = {"part": _P.Part, "chapter": _P.Chapter, "section": _P.Section, "article": _P.Article,
          "paragraph": _P.Paragraph, "item": _P.Item, "subitem": _P.SubItem}
MODALITY_CLASS = {m: getattr(_P, m.capitalize()) for m in
                  ("obligation", "prohibition", "permission", "encouragement", "support", "guidance",
                   "commitment", "liability")}


@lru_cache(maxsize=4096)
def _concept(scheme, name):
    return str(concept(scheme, name))


def unit_label(unit):
    """Human label: 第七条, 第七条第二款, 第七条第二款第（一）项."""
    if unit.kind in ("article", "part", "chapter", "section"):
        return unit.label
    parent = unit_label(unit.parent)
    if unit.kind == "paragraph":
        return f"{parent}第{int_to_cn(unit.number)}款"
    return f"{parent}{unit.label}"


def _units(doc, m):
    """``{id(unit): IRI}`` of every unit of ``doc`` (minting walks up to the article each time)."""
    return {id(u): m.unit(doc.id, u) for u in doc.walk()}


def structure_triples(doc, base=DEFAULT_BASE, _iris=None):
    """The document's metadata and structure (see :func:`policykg.rdf.document_graph.document_graph`)."""
    m = Minter(base, str)
    d = m.doc(doc.id)
    meta = doc.meta
    record = DocumentRecord.of(doc)
    yield d, _TYPE, _P.Regulation, IRI
    yield d, _E.title, doc.title, ZH
    yield d, _E.title_short, record.short_title, ZH
    yield d, _LABEL, record.label, ZH  # short title and version date: how tables and pages name it
    if record.version_date:
        yield d, _E.version_date, record.version_date, DATE
    yield d, _P.docId, doc.id, PLAIN
    yield d, _P.text, doc.text, ZH
    yield d, _P.sourceFormat, doc.format, PLAIN
    if doc.path:
        yield d, _P.sourceFile, doc.path.replace("\\", "/").rsplit("/", 1)[-1], PLAIN
    if meta.get("issuer"):
        who = _Identities(doc, m)
        yield d, _E.passed_by, who.iri(meta["issuer"], "legislature"), IRI
        yield from who.triples(meta["issuer"], "legislature")
    if meta.get("level"):
        yield d, _P.legalLevel, _concept("legal-level", meta["level"]), IRI
    for key, prop in (("jurisdiction", _P.jurisdiction), ("status", _P.status), ("history", _P.history)):
        if meta.get(key):
            yield d, prop, str(meta[key]), ZH
    dates = meta.get("dates", {})
    for key, prop in (("adopted", _P.dateAdopted), ("approved", _P.dateApproved),
                      ("promulgated", _E.date_document), ("effective", _E.first_date_entry_in_force)):
        if dates.get(key):
            yield d, prop, dates[key], DATE
    for day in dates.get("amended", []):
        yield d, _P.dateAmended, day, DATE
    for url in meta.get("urls", []):
        yield d, _SEE_ALSO, url, IRI
    iris = _iris if _iris is not None else _units(doc, m)
    for u in doc.walk():
        iri = iris[id(u)]
        parent = iris[id(u.parent)] if u.parent is not None else d
        yield iri, _TYPE, _CLASS[u.kind], IRI
        yield iri, _E.is_part_of, parent, IRI
        yield parent, _E.has_part, iri, IRI
        yield iri, _P.inDocument, d, IRI
        yield iri, _LABEL, unit_label(u), ZH
        yield iri, _P.number, str(u.number), INTEGER
        yield iri, _P.order, str(u.order), INTEGER
        if u.suffix:
            yield iri, _P.suffix, str(u.suffix), INTEGER
        if u.title:
            yield iri, _P.heading, u.title, ZH
        yield iri, _P.text, u.text, ZH
        yield iri, _P.spanStart, str(u.start), INTEGER
        yield iri, _P.spanEnd, str(u.end), INTEGER


class _Identities:
    """The organisations a document's mentions denote (:mod:`policykg.identity`), as triples."""

    def __init__(self, doc, m):
        self.m, self.actors, self.ctx = m, doc.layers.get("actors", {}), Context.of(doc.meta)
        self.doc_id, self.curation = doc.id, doc.layers.get("curation")
        self.decided = {}  # organisation key -> the curation decision that made it
        self.named, self.seen = set(), set()  # mentions given as altLabel; organisations given their triples

    def _type(self, name):
        a = self.actors.get(name)
        return a.type if a is not None else actor_type(name)

    def org(self, name, kind=None):
        o = resolve(name, kind or self._type(name), self.ctx)
        if self.curation is not None:
            o, d = self.curation.actor(o, name, self.doc_id)
            if d is not None:
                self.decided[o.key] = d
        return o

    def decision(self, name):
        """The curation decision behind the organisation ``name`` denotes, or None (the rules decided)."""
        return self.decided.get(self.org(name).key)

    def iri(self, name, kind=None):
        return self.m.actor(self.org(name, kind).key)

    def triples(self, name, kind=None):
        """The triples of the organisation ``name`` denotes, the first time; the mention as an alternative label."""
        o = self.org(name, kind)
        iri = self.m.actor(o.key)
        if name not in self.named:
            self.named.add(name)
            yield iri, _ALT, name, ZH  # every mention that resolved here, so no name is lost
            a = self.actors.get(name)
            for alias in a.aliases if a is not None else ():
                yield iri, _P.alias, alias, ZH
        yield from self._org(o, kind or self._type(name))

    def _org(self, o, kind, actor=True):
        """The triples of organisation ``o``; ``actor``: it bears, shares, approves or leads something here
        (a government above a department, named by no provision of the document, is no pkg:Actor of it)."""
        if (o.key, actor) in self.seen or (o.key, True) in self.seen:
            return
        self.seen.add((o.key, actor))
        iri = self.m.actor(o.key)
        if actor:
            yield iri, _TYPE, _P.Actor, IRI
            yield iri, _P.actorType, _concept("actor-type", kind), IRI
        if o.key in self.decided:
            yield iri, _GENERATED, activity(self.m, self.curation, self.decided[o.key]), IRI
        yield iri, _LABEL, o.label, ZH
        yield iri, _PREF, o.label, ZH
        if o.kind == "organisation":
            yield iri, _TYPE, _ORG_ORGANIZATION, IRI
            yield iri, _P.jurisdiction, o.scope, ZH
        if o.tier in LEVELS:
            yield iri, _P.adminLevel, _concept("admin-level", o.tier), IRI
        if o.kind != "unspecified":
            role = _concept("role", slug(o.role.name))
            yield iri, _ORG_CLASS, role, IRI
            yield role, _TYPE, _SKOS_CONCEPT, IRI
            yield role, _IN_SCHEME, _ROLE_SCHEME, IRI
            yield role, _PREF, o.role.name, ZH
            yield role, _P.roleGroup, o.role.group, PLAIN
        gov = government_of(o)
        if gov is not None:
            yield iri, _ORG_SUB, self.m.actor(gov.key), IRI
            yield from self._org(gov, "government", actor=False)


def _sentence(para, p, text, seen):
    """The sentence (or item) provision ``p`` was read from, as a node of its own under paragraph ``para``:
    its text is written once, however many provisions share it (returns its IRI)."""
    spans = seen.setdefault(para, {})
    span = (p.sentence_start, p.sentence_end)
    iri = spans.get(span)
    if iri is None:
        iri = spans[span] = f"{para}/sent/{len(spans) + 1}"
        yield iri, _TYPE, _P.Sentence, IRI
        yield iri, _P.text, text[span[0]:span[1]], ZH
        yield iri, _P.spanStart, str(span[0]), INTEGER
        yield iri, _P.spanEnd, str(span[1]), INTEGER
    return iri


def provision_triples(doc, base=DEFAULT_BASE, _iris=None):
    """The provisions, actors and programmes of ``doc`` (see :mod:`policykg.extract`)."""
    m = Minter(base, str)
    d = m.doc(doc.id)
    who = _Identities(doc, m)
    units = _iris if _iris is not None else _units(doc, m)
    cur = doc.layers.get("curation")
    wrong = rejected(doc)
    decisions = {}  # decisions used here, with the activity IRI of each

    def influenced(iri, decision):
        if decision is not None:
            decisions[decision.number] = decision
            yield iri, _INFLUENCED, activity(m, cur, decision), IRI

    def programme(name):
        key, label, decision = cur.programme(name) if cur is not None else (None, name, None)
        return m.programme(key or programme_key(doc, label)), label, decision

    def unit(u):
        iri = units.get(id(u))
        return iri if iri is not None else m.unit(doc.id, u)

    numbering = {}
    iris = {}
    sentences = {}  # paragraph IRI -> {sentence span: IRI}
    for p in doc.layers.get("provisions", []):
        k = numbering[p.paragraph] = numbering.get(p.paragraph, 0) + 1
        iri = f"{unit(p.paragraph)}/prov/{k}"
        if id(p) in wrong:  # marked wrong by the curation: left out, listed as invalidated
            decisions[wrong[id(p)].number] = wrong[id(p)]
            yield activity(m, cur, wrong[id(p)]), _INVALIDATED, iri, IRI
            continue
        iris[id(p)] = iri
        yield iri, _TYPE, MODALITY_CLASS[p.modality], IRI
        yield iri, _LABEL, f"{p.actor} {p.action}", ZH
        yield iri, _P.modality, _concept("modality", p.modality), IRI
        yield from who.triples(p.actor)
        yield iri, _P.bearer, who.iri(p.actor), IRI
        yield from influenced(iri, who.decision(p.actor))
        yield iri, _P.actorName, p.actor, ZH
        if p.actor_text and p.actor_text != p.actor:
            yield iri, _P.actorText, p.actor_text, ZH
        yield iri, _P.actionText, p.action, ZH
        c = code_provision(p, doc.text)  # policy-instrument coding (Rothwell & Zegveld)
        if c is not None:
            if c.instrument != "none":  # a provision that is no instrument keeps only its evidence
                yield iri, _P.instrument, _concept("instrument", c.instrument), IRI
            if c.secondary:
                yield iri, _P.secondaryInstrument, _concept("instrument", c.secondary), IRI
            yield iri, _P.instrumentEvidence, c.evidence, ZH
        yield iri, _P.inDocument, d, IRI
        yield iri, _P.article, unit(p.article), IRI
        yield iri, _P.paragraph, unit(p.paragraph), IRI
        yield iri, _DERIVED, unit(p.item or p.paragraph), IRI
        yield iri, _P.spanStart, str(p.start), INTEGER
        yield iri, _P.spanEnd, str(p.end), INTEGER
        yield iri, _P.sentence, (yield from _sentence(unit(p.paragraph), p, doc.text, sentences)), IRI
        for name in p.partners:
            yield from who.triples(name)
            yield iri, _P.partner, who.iri(name), IRI
            yield from influenced(iri, who.decision(name))
            yield iri, _P.partnerName, name, ZH
        if p.approver:
            yield from who.triples(p.approver)
            yield iri, _P.approver, who.iri(p.approver), IRI
            yield from influenced(iri, who.decision(p.approver))
            yield iri, _P.approverName, p.approver, ZH
        for name in p.programmes:
            yield iri, _P.programme, programme(name)[0], IRI
        for notation, words in sorted(p.domains.items()):
            yield iri, _P.domain, _concept("domain", notation), IRI
            yield iri, _P.domainEvidence, f"{notation}: {'、'.join(words)}", ZH
        if p.embedded_in is not None and id(p.embedded_in) in iris:
            yield iri, _P.embeddedIn, iris[id(p.embedded_in)], IRI
    for name, prog in sorted(doc.layers.get("programmes", {}).items()):
        iri, label, decision = programme(name)
        yield iri, _TYPE, _P.Programme, IRI
        yield iri, _LABEL, label, ZH
        if label != name:
            yield iri, _ALT, name, ZH
        yield from influenced(iri, decision)
        yield iri, _P.programmeType, _concept("programme-type", prog.type), IRI
        yield iri, _P.inDocument, d, IRI
        for a in prog.leads:
            yield from who.triples(a)
            yield iri, _P.ledBy, who.iri(a), IRI
        for a in prog.partners:
            yield from who.triples(a)
            yield iri, _P.partner, who.iri(a), IRI
        for u in prog.mentions:
            yield iri, _P.mentionedIn, unit(u), IRI
    for decision in decisions.values():
        yield from activity_triples(m, cur, decision)
    for decision in set(who.decided.values()) - set(decisions.values()):
        yield from activity_triples(m, cur, decision)


def activity(m, curation, decision):
    """IRI of the curation activity of ``decision``."""
    return f"{m.base}curation/{curation.digest}/{decision.number}"


def activity_triples(m, curation, decision):
    """A decision of a researcher's curation as a prov:Activity associated with the curator."""
    a = activity(m, curation, decision)
    agent = f"{m.base}curator/{slug(curation.curator)}"
    yield a, _TYPE, _ACTIVITY, IRI
    yield a, _LABEL, decision.describe(), ZH
    yield a, _ASSOCIATED, agent, IRI
    if decision.note:
        yield a, _COMMENT, decision.note, ZH
    yield agent, _TYPE, _AGENT, IRI
    yield agent, _LABEL, curation.curator, ZH


def triples(doc, base=DEFAULT_BASE):
    """Every triple of ``doc``: its structure, its extraction layers, then its citations."""
    from .citations import citation_triples

    iris = _units(doc, Minter(base, str))
    return chain(structure_triples(doc, base, iris), provision_triples(doc, base, iris),
                 citation_triples(doc, base, iris))


_INTEGER, _DATE = XSD.integer, XSD.date
_LITERAL = {ZH: lambda v: Literal(v, lang="zh"), PLAIN: Literal,
            INTEGER: lambda v: Literal(v, datatype=_INTEGER), DATE: lambda v: Literal(v, datatype=_DATE)}


def to_rdflib(t):
    """One ``(s, p, o, kind)`` as an rdflib triple."""
    s, p, o, kind = t
    return URIRef(s), URIRef(p), URIRef(o) if kind is None else _LITERAL[kind](o)


def blocks(quads):
    """Sorted, duplicate-free ``[(subject, N-Triples bytes)]``, as :func:`policykg.rdf.nquads.blocks` makes them."""
    subjects = {}
    iri_of = {}  # IRIs repeat (predicates, classes, units): escape each once
    for s, p, o, kind in quads:
        lines = subjects.get(s)
        if lines is None:
            lines = subjects[s] = set()
        pt = iri_of.get(p)
        if pt is None:
            pt = iri_of[p] = _iri(p)
        if kind is None:
            ot = iri_of.get(o)
            if ot is None:
                ot = iri_of[o] = _iri(o)
            lines.add(f"{pt} {ot}")
        else:
            lines.add(f'{pt} "{escape(o)}"{kind}')
    out = []
    for key in sorted(subjects):
        head = iri_of.get(key) or _iri(key)
        out.append((key, "".join([f"{head} {po} .\n" for po in sorted(subjects[key])]).encode("utf-8")))
    return out


def ntriples(quads):
    """N-Triples bytes of ``quads`` in their order, repeats kept: for a store, which needs no sorting."""
    iri_of = {}
    out = []
    for s, p, o, kind in quads:
        st = iri_of.get(s)
        if st is None:
            st = iri_of[s] = _iri(s)
        pt = iri_of.get(p)
        if pt is None:
            pt = iri_of[p] = _iri(p)
        if kind is None:
            ot = iri_of.get(o)
            if ot is None:
                ot = iri_of[o] = _iri(o)
            out.append(f"{st} {pt} {ot} .\n")
        else:
            out.append(f'{st} {pt} "{escape(o)}"{kind} .\n')
    return "".join(out).encode("utf-8")
