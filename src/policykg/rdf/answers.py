r"""The answers of the canned queries that combine documents, counted by the build: one graph per query.

Counting obligations per actor over a corpus means joining 30 000 obligations
with 50 000 bearers and mentions; Oxigraph takes 200–400 ms for it however the
query is written (benchmarks/README.md).  The build has every document's
triples in hand, so it counts there: each worker takes a small :class:`Part` of
its document graph (:func:`part`, cached with the document), the main process
combines the parts (:func:`answers`) and writes the rows, each with its place in
the answer (``pkg:rank``), as a named graph per query in ``graph.nq``
(:func:`answer_graphs`)::

    <answer/obligations-per-actor/organisation/1> a pkg:ObligationsPerActorRow ;
        pkg:actorLevel "organisation" ; pkg:rank 1 ;
        pkg:rowActor "常州市工业和信息化部门"@zh ; pkg:rowObligations 50 ; pkg:rowDocuments 1 .

The canned queries (``ontology/queries/*.rq``) read these rows; the same
questions asked of the provisions themselves are in
``ontology/queries/direct/``, and tests check that both give the same rows.
Every store a build is pushed to thus gives the same answers in milliseconds.
The combination reads the documents' graphs as their RDF merge does: an actor's
labels and role are those every document states.

>>> from policykg.readers import default_path
>>> from policykg.pipeline import process
>>> r = process(default_path(), validate=False)
>>> rows = answers([r.answers])
>>> [(row["actor"][0], row["obligations"]) for row in rows["obligations-per-actor"]["organisation"][:2]]
[('常州市人民政府', 57), ('常州市工业和信息化部门', 50)]
"""

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rdflib.namespace import ORG, RDF, RDFS, SKOS

from .namespaces import PKG
from .triples import INTEGER, IRI, PLAIN, ZH

__all__ = ["Part", "part", "part_of_store", "answers", "answer_triples", "answer_graphs", "QUERIES", "PAGED",
           "ANSWERED", "LEVELS", "graph_iri", "missing", "reads", "stale_warning"]

LEVELS = ("organisation", "role", "mention")
# query name -> the class of its rows, and whether it has a row set per actor level
QUERIES = {"obligations-per-actor": (PKG.ObligationsPerActorRow, True),
           "encouraged-not-obliged": (PKG.EncouragedNotObligedRow, True),
           "shared-actors": (PKG.SharedActorsRow, True),
           "provisions-by-domain-and-instrument": (PKG.DomainInstrumentRow, False),
           "programmes": (PKG.ProgrammesRow, False),
           "who-approves-what": (PKG.WhoApprovesWhatRow, False)}
# The query that lists provisions: its graph numbers them (pkg:sequence) so that it pages by integers.
PAGED = "article-provisions"
ANSWERED = (*QUERIES, PAGED)  # every query with an answer graph

_S = {n: str(getattr(PKG, n)) for n in PKG.__annotations__}
_TYPE, _LABEL, _CLASS, _PREF, _ALT = str(RDF.type), str(RDFS.label), str(ORG.classification), str(SKOS.prefLabel), \
    str(SKOS.altLabel)
_MODALITY = "https://w3id.org/policykg/ns/modality/"
_OBLIGATION = _MODALITY + "obligation"
_SOFT = tuple(_MODALITY + m for m in ("encouragement", "support", "guidance"))
_UNSPECIFIED = "https://w3id.org/policykg/ns/actor-type/unspecified"
_LINKS = frozenset(_S[p] for p in ("bearer", "partner", "approver", "ledBy"))
# what the answers read of subjects several documents share (actors, programmes, role concepts)
_FACTS = frozenset([_TYPE, _LABEL, _CLASS, _PREF, _S["actorType"], _S["programmeType"], _S["ledBy"], _S["partner"],
                    _S["inDocument"]])
# what links to those subjects (read of a store, so as to look up their facts; eli:passed_by: the issuer)
_SUB, _PASSED_BY = str(ORG.subOrganizationOf), "http://data.europa.eu/eli/ontology#passed_by"
_POINTERS = frozenset([*_LINKS, _S["programme"], _CLASS, _SUB, _PASSED_BY])
# what part_of_store reads of every subject of a document graph
_SCANNED = frozenset([*_POINTERS, _ALT, _PREF, _S["actorType"], _S["programmeType"],
                      *(_S[p] for p in ("modality", "actorName", "domain", "instrument", "article", "paragraph",
                                        "spanStart", "order", "number"))])
_KINDS = frozenset((_S[k], IRI) for k in ("Actor", "Programme"))
# what they read of a document's own subjects (itself, its provisions, its articles)
_OWN = frozenset([_TYPE, _LABEL, _S["number"], *(_S[p] for p in (
    "modality", "bearer", "actorName", "partner", "approver", "domain", "instrument", "paragraph", "spanStart",
    "actionText", "article", "programme", "inDocument", "order"))])


@dataclass
class Part:
    """What the answers take from one document graph (picklable, cached with the document).

    Literals are ``(value, kind)`` (kind as in :mod:`policykg.rdf.triples`), so that a label keeps its language.
    """

    doc: str  # the document's IRI, which names its graph
    titles: list = field(default_factory=list)  # its rdfs:label literals
    regulation: bool = False  # typed pkg:Regulation in its graph
    modal: dict = field(default_factory=dict)  # (modality IRI, bearer IRI, mention literal) -> provisions
    coded: dict = field(default_factory=dict)  # (domain IRI or "", instrument IRI or "") -> provisions
    links: list = field(default_factory=list)  # actors that bear, share, approve or lead something here
    mentions: dict = field(default_factory=dict)  # actor -> its skos:altLabel literals stated here
    approvals: list = field(default_factory=list)  # see _approvals
    facts: dict = field(default_factory=dict)  # shared subject -> predicate -> sorted objects
    provisions: list = field(default_factory=list)  # its provisions in document order (see _in_order)

    # One string object for an IRI or label however many documents' parts name it: a corpus's parts repeat
    # the same actors, and the build's main process holds them all (from its workers, or from the cache).
    def __setstate__(self, state):
        self.__dict__.update(_interned(state))

    def __post_init__(self):
        self.__dict__.update(_interned(dict(self.__dict__)))


def _interned(x):
    if isinstance(x, str):
        return sys.intern(x)
    if isinstance(x, tuple):
        return tuple(_interned(v) for v in x)
    if isinstance(x, list):
        return [_interned(v) for v in x]
    if isinstance(x, dict):
        return {_interned(k): _interned(v) for k, v in x.items()}
    return x


def _objects(values):
    return sorted(values, key=lambda t: (t[0], t[1] or ""))


def part(quads, doc):
    """The :class:`Part` of the document graph ``doc`` whose triples are ``quads`` (``(s, p, o, kind)``)."""
    own_prefix = doc + "/"
    own, facts = defaultdict(lambda: defaultdict(set)), defaultdict(lambda: defaultdict(set))
    links, mentions = set(), defaultdict(set)
    for s, p, o, kind in quads:
        if p in _LINKS:
            links.add(o)
        if p == _ALT:
            mentions[s].add((o, kind))
        if s == doc or s.startswith(own_prefix):
            if p in _OWN:
                own[s][p].add(o if kind is None else (o, kind))
        elif p in _FACTS:
            facts[s][p].add((o, kind))
    out = Part(doc=doc, links=sorted(links))
    me = own.get(doc, {})
    out.titles = _objects(me.get(_LABEL, ()))
    out.regulation = _S["Regulation"] in me.get(_TYPE, ())
    out.mentions = {a: _objects(mentions[a]) for a in sorted(links) if a in mentions}
    # Only what the answers read: the types that matter, and preferred labels of roles (an actor's is its label).
    roles = {o for ps in facts.values() for o, _ in ps.get(_CLASS, ())}
    for s, ps in facts.items():
        if _TYPE in ps:
            ps[_TYPE] &= _KINDS
        if s not in roles:
            ps.pop(_PREF, None)
    out.facts = {s: {p: _objects(v) for p, v in sorted(ps.items()) if v} for s, ps in sorted(facts.items())}
    modal, coded = Counter(), Counter()
    for s, ps in own.items():
        modalities = ps.get(_S["modality"])
        if not modalities:
            continue
        for m in modalities:
            for a in ps.get(_S["bearer"], ()):
                for mention in ps.get(_S["actorName"], ()):
                    modal[(m, a, mention)] += 1
            for d in ps.get(_S["domain"]) or [""]:
                for i in ps.get(_S["instrument"]) or [""]:
                    coded[(d, i)] += 1
    out.modal = dict(sorted(modal.items(), key=lambda x: (x[0][0], x[0][1], x[0][2][0])))
    out.coded = dict(sorted(coded.items()))
    out.approvals = _approvals(own)
    out.provisions = _in_order(own)
    return out


def _in_order(own):
    """The provisions of a document as article-provisions lists them: by article, paragraph, start, IRI."""
    P = _S

    def first(s, p):
        values = own.get(s, {}).get(P[p], ())
        return min(int(v[0]) for v in values) if values else None

    keys = []
    for s, ps in own.items():
        if not ps.get(P["modality"]):
            continue
        art, para = min(ps.get(P["article"], ()), default=None), min(ps.get(P["paragraph"], ()), default=None)
        key = (first(art, "order"), first(para, "number"), first(s, "spanStart"))
        if None not in key:  # the query joins all three: a provision lacking one is not listed
            keys.append((key, s))
    return [s for _, s in sorted(keys)]


def _approvals(own):
    """Per provision with an approver, what who-approves-what needs, the labels still to look up:
    ``(provision, approvers, bearers, actions, documents, articles, start, programmes, before)``; ``before``
    is ``(actions, programmes)`` of the nearest earlier provisions of the same bearer and paragraph, or None.
    """
    P = _S
    by = defaultdict(list)  # (paragraph, bearer) -> [(start, subject)]
    for s, ps in own.items():
        for para in ps.get(P["paragraph"], ()):
            for b in ps.get(P["bearer"], ()):
                for start in ps.get(P["spanStart"], ()):
                    by[(para, b)].append((int(start[0]), s))
    out = []
    for s, ps in sorted(own.items()):
        if not ps.get(P["approver"]):
            continue
        starts = [int(v[0]) for v in ps.get(P["spanStart"], ())]
        others = [(st, e) for para in ps.get(P["paragraph"], ()) for b in ps.get(P["bearer"], ())
                  for st, e in by[(para, b)]]
        if not starts or not others:
            continue
        earliest = max([st for st, _ in others for mine in starts if st < mine] or [-1])
        before = None
        if earliest >= 0:
            near = {e for st, e in others if st == earliest}
            actions = sorted({a for e in near for a in own[e].get(P["actionText"], ())})
            if actions:  # the earlier provisions without an action are not read
                made = sorted({g for e in near if own[e].get(P["actionText"]) for g in own[e].get(P["programme"], ())})
                before = (actions, made)
        articles = sorted({int(n[0]) for a in ps.get(P["article"], ()) for n in own.get(a, {}).get(P["number"], ())})
        for start in starts:
            out.append((s, sorted(ps[P["approver"]]), sorted(ps.get(P["bearer"], ())),
                        sorted(ps.get(P["actionText"], ())), sorted(ps.get(P["inDocument"], ())), articles, start,
                        sorted(ps.get(P["programme"], ())), before))
    return out


def part_of_store(store, doc):
    """The :class:`Part` of the named graph ``doc`` of a pyoxigraph ``store``."""
    import pyoxigraph as ox

    def kind(t):
        if isinstance(t, ox.NamedNode):
            return IRI
        if t.language:
            return "@" + t.language
        dt = t.datatype.value
        return PLAIN if dt == "http://www.w3.org/2001/XMLSchema#string" else f"^^<{dt}>"

    g, own = ox.NamedNode(doc), doc + "/"
    quads = []

    def read(s=None, p=None):
        for q in store.quads_for_pattern(s, p, None, g):
            if isinstance(q.subject, ox.NamedNode) and not isinstance(q.object, (ox.BlankNode, ox.Triple)):
                quads.append((q.subject.value, q.predicate.value, q.object.value, kind(q.object)))

    # What every provision has that the counts read, and what links to shared subjects; the rest (every unit
    # has a type, a label, a span) is read of the subjects that need it only.
    for p in sorted(_SCANNED):
        read(p=ox.NamedNode(p))
    approving = sorted({s for s, p, _, _ in quads if p == _S["approver"] and s.startswith(own)})
    paragraph = ox.NamedNode(_S["paragraph"])
    paragraphs = {q.object for s in approving for q in store.quads_for_pattern(ox.NamedNode(s), paragraph, None, g)}
    mates = {q.subject.value for para in paragraphs for q in store.quads_for_pattern(None, paragraph, para, g)}
    shared = {doc} | mates | {s for s, _, _, _ in quads if not s.startswith(own)}
    shared |= {o for _, p, o, k in quads if k is IRI and p in _POINTERS}
    for s in sorted(shared):
        read(s=ox.NamedNode(s))
    for a in sorted({o for s, p, o, _ in quads if p == _S["article"] and s in approving}):
        read(s=ox.NamedNode(a), p=ox.NamedNode(_S["number"]))
    return part([q for q in quads if q[1] in _FACTS | _OWN | _LINKS | {_ALT}], doc)


# ---------------------------------------------------------------- the documents combined

class _Merged:
    """The shared subjects' facts of every part, as their RDF merge has them."""

    def __init__(self, parts):
        self.facts = defaultdict(lambda: defaultdict(set))
        self.titles = defaultdict(set)
        for pt in parts:
            for s, ps in pt.facts.items():
                for p, objects in ps.items():
                    self.facts[s][p].update(objects)
            self.titles[pt.doc].update(pt.titles)
        self._rows = {}

    def get(self, s, p):
        return self.facts.get(s, {}).get(p, ())

    def labels(self, s):
        return self.get(s, _LABEL)

    def actor_rows(self, a):
        """(organisation, role) of actor ``a``: its labels, each with its role's labels (None: no role)."""
        rows = self._rows.get(a)
        if rows is None:
            rows = []
            if (_S["Actor"], IRI) in self.get(a, _TYPE):
                roles = [r for c, _ in self.get(a, _CLASS) for r in self.get(c, _PREF)] or [None]
                rows = sorted({(o, r) for o in self.labels(a) for r in roles}, key=str)
            self._rows[a] = rows
        return rows


def _name(level, organisation, role, mention):
    if level == "role":
        return role if role is not None else organisation
    return mention if level == "mention" else organisation


def _concat(terms):
    """GROUP_CONCAT(DISTINCT …; separator="; ") of literals, in value order: None when there are none."""
    terms = sorted(set(terms), key=lambda t: (t[0], t[1]))
    if not terms:
        return None
    kinds = {k for _, k in terms}
    return "; ".join(v for v, _ in terms), (kinds.pop() if len(kinds) == 1 and next(iter(kinds)).startswith("@")
                                            else PLAIN)


def _after(iri, marker):
    return iri.split(marker, 1)[1] if marker in iri else ""


def answers(parts):
    """``{query: rows}`` of every query in :data:`QUERIES` over the documents of ``parts``, each in its answer's
    order; ``rows`` is ``{level: [row]}`` for the queries with actor levels.  Literals are ``(value, kind)``.
    For :data:`PAGED`, the provisions' IRIs in the order it lists them."""
    parts = sorted(parts, key=lambda pt: pt.doc)
    merged = _Merged(parts)
    out = {}
    out["obligations-per-actor"] = {lv: _obligations(parts, merged, lv) for lv in LEVELS}
    out["encouraged-not-obliged"] = {lv: _encouraged(parts, merged, lv) for lv in LEVELS}
    out["shared-actors"] = {lv: _shared(parts, merged, lv) for lv in LEVELS}
    out["provisions-by-domain-and-instrument"] = _coded(parts)
    out["programmes"] = _programmes(merged)
    out["who-approves-what"] = _who_approves(parts, merged)
    out[PAGED] = _sequence(parts)
    return out


def _sequence(parts):
    """Every provision in the order of article-provisions: documents by label (the first, if several), then
    as each document lists them; a document without a label lists none (the query joins its label)."""
    titled = sorted((min(pt.titles)[0], pt.doc, pt) for pt in parts if pt.titles)
    return [p for _, _, pt in titled for p in pt.provisions]


def _by_actor(rows):
    return sorted(rows, key=lambda r: r["actor"][0])


def _obligations(parts, merged, level):
    total, docs = Counter(), defaultdict(set)
    for pt in parts:
        for (m, a, mention), n in pt.modal.items():
            if m != _OBLIGATION:
                continue
            for organisation, role in merged.actor_rows(a):
                actor = _name(level, organisation, role, mention)
                total[actor] += n
                docs[actor].add(pt.doc)
    rows = [{"actor": a, "obligations": total[a], "documents": len(docs[a])} for a in total]
    return sorted(_by_actor(rows), key=lambda r: -r["obligations"])


def _encouraged(parts, merged, level):
    total, how, obliged = Counter(), defaultdict(set), set()
    for pt in parts:
        for (m, a, mention), n in pt.modal.items():
            if m != _OBLIGATION and m not in _SOFT:
                continue
            for organisation, role in merged.actor_rows(a):
                actor = _name(level, organisation, role, mention)
                total[actor] += n
                how[actor].add((_after(m, "/modality/"), PLAIN))
                if m == _OBLIGATION:
                    obliged.add(actor)
    rows = [{"actor": a, "modalities": _concat(how[a]), "provisions": total[a]} for a in total if a not in obliged]
    return sorted(_by_actor(rows), key=lambda r: -r["provisions"])


def _shared(parts, merged, level):
    docs, titles = defaultdict(set), defaultdict(set)
    for pt in parts:
        if not pt.regulation or not pt.titles:
            continue
        for a in pt.links:
            if (_UNSPECIFIED, IRI) in merged.get(a, _S["actorType"]):  # 未指明 is no actor two documents share
                continue
            for organisation, role in merged.actor_rows(a):
                for mention in pt.mentions.get(a) or [None]:
                    actor = _name(level, organisation, role, mention)
                    if actor is not None:
                        docs[actor].add(pt.doc)
                        titles[actor].update(pt.titles)
    rows = [{"actor": a, "documents": len(docs[a]), "titles": _concat(titles[a])} for a in docs if len(docs[a]) >= 2]
    return sorted(_by_actor(rows), key=lambda r: -r["documents"])


def _coded(parts):
    total = Counter()
    for pt in parts:
        total.update(pt.coded)
    rows = [{"domain": (_after(d, "/domain/"), PLAIN), "instrument": (_after(i, "/instrument/"), PLAIN), "provisions": n}
            for (d, i), n in total.items()]
    return sorted(rows, key=lambda r: (r["domain"][0], r["instrument"][0]))


def _programmes(merged):
    groups = defaultdict(lambda: (set(), set(), set()))
    for s in sorted(merged.facts):
        if (_S["Programme"], IRI) not in merged.get(s, _TYPE):
            continue
        types = [(t.rsplit("/", 1)[-1].rsplit("#", 1)[-1], PLAIN) for t, _ in merged.get(s, _S["programmeType"])]
        for label in merged.labels(s):
            for t in types or [None]:
                leads, partners, titles = groups[(label, t)]
                leads.update(x for a, _ in merged.get(s, _S["ledBy"]) for x in merged.labels(a))
                partners.update(x for a, _ in merged.get(s, _S["partner"]) for x in merged.labels(a))
                titles.update(x for d, _ in merged.get(s, _S["inDocument"]) for x in merged.titles.get(d, ()))
    rows = [{"programme": label, "type": t, "leads": _concat(leads), "partners": _concat(partners),
             "titles": _concat(titles)} for (label, t), (leads, partners, titles) in groups.items()]
    return sorted(rows, key=lambda r: (r["programme"][0], r["type"] is not None, r["type"] and r["type"][0]))


def _who_approves(parts, merged):
    rows = []
    for pt in parts:
        for provision, approvers, bearers, actions, documents, articles, start, made, before in pt.approvals:
            own = _concat(x for g in made for x in merged.labels(g))
            if own is not None and own[0] != "":
                approved = own
            elif before is not None:
                earlier = _concat(x for g in before[1] for x in merged.labels(g))
                approved = earlier if earlier is not None and earlier[0] != "" else before[0][0]
            else:
                approved = None
            for ap in (x for a in approvers for x in merged.labels(a)):
                for actor in (x for b in bearers for x in merged.labels(b)):
                    for action in actions:
                        for document in (x for d in documents for x in merged.titles.get(d, ())):
                            for article in articles:
                                rows.append({"approver": ap, "approved": approved, "actor": actor, "action": action,
                                             "document": document, "article": article,
                                             "_order": (ap[0], document[0], start, provision)})
    rows.sort(key=lambda r: (r["_order"], repr(sorted(r.items()))))
    for r in rows:
        del r["_order"]
    return rows


# ---------------------------------------------------------------- as triples

# column -> (predicate, kind of an integer column)
_COLUMNS = {"actor": "rowActor", "obligations": "rowObligations", "documents": "rowDocuments",
            "modalities": "rowModalities", "provisions": "rowProvisions", "titles": "rowTitles",
            "domain": "rowDomain", "instrument": "rowInstrument", "programme": "rowProgramme",
            "type": "rowProgrammeType", "leads": "rowLeads", "partners": "rowPartners", "approver": "rowApprover",
            "approved": "rowApproved", "action": "rowAction", "document": "rowDocument", "article": "rowArticle"}


def graph_iri(base, query):
    """The IRI of the graph of ``query``'s answer rows."""
    return f"{base}answer/{query}"


def answer_triples(rows, base):
    """``{graph IRI: [(s, p, o, kind)]}``: the rows of :func:`answers` as triples, one graph per query.

    Each graph names its query (``rdfs:label``), so that it exists even with no row: pushing a build
    to a store replaces every answer graph there, and no answer of an earlier build stays behind.
    """
    out = {}
    for query, (cls, levelled) in QUERIES.items():
        g = graph_iri(base, query)
        sets = rows[query].items() if levelled else [(None, rows[query])]
        triples = [(g, _LABEL, query, PLAIN)]
        for level, level_rows in sets:
            for rank, row in enumerate(level_rows, 1):
                s = f"{g}/{level}/{rank}" if level else f"{g}/{rank}"
                triples.append((s, _TYPE, str(cls), IRI))
                if level:
                    triples.append((s, _S["actorLevel"], level, PLAIN))
                triples.append((s, _S["rank"], str(rank), INTEGER))
                for col, value in row.items():
                    if value is None:
                        continue
                    value = (str(value), INTEGER) if isinstance(value, int) else value
                    triples.append((s, _S[_COLUMNS[col]], value[0], value[1]))
        out[g] = triples
    g = graph_iri(base, PAGED)
    out[g] = [(g, _LABEL, PAGED, PLAIN), *((p, _S["sequence"], str(n), INTEGER) for n, p in enumerate(rows[PAGED], 1))]
    return out


def answer_graphs(parts, base):
    """``[(graph IRI, [(s, p, o, kind)])]`` of the answers over ``parts``, sorted by IRI."""
    return sorted(answer_triples(answers(parts), base).items())


# ---------------------------------------------------------------- in a store

def missing(store):
    """The queries of :data:`ANSWERED` whose answer graph a pyoxigraph ``store`` lacks: a graph built by an older
    policykg (or loaded from elsewhere), on which the queries that read those rows answer nothing."""
    import pyoxigraph as ox

    label = ox.NamedNode(_LABEL)
    return [q for q in ANSWERED if not any(x.subject.value.endswith(f"/answer/{q}") and x.graph_name == x.subject
                                          for x in store.quads_for_pattern(None, label, ox.Literal(q), None))]


def reads(text):
    """The queries of :data:`ANSWERED` whose rows the SPARQL ``text`` reads (it names their class, or
    pkg:sequence).

    >>> reads("SELECT ?a WHERE { ?r a pkg:ProgrammesRow ; pkg:rowProgramme ?a }")
    ['programmes']
    >>> reads("SELECT ?p WHERE { ?p pkg:sequence ?n }")
    ['article-provisions']
    """
    names = {**{q: cls.rsplit("#", 1)[1] for q, (cls, _) in QUERIES.items()}, PAGED: "pkg:sequence"}
    return [q for q, name in names.items() if re.search(r"\b" + name + r"\b", text)]


def stale_warning(data, queries):
    """The one line that says the build ``data`` lacks the answer rows of ``queries`` (see :func:`missing`)."""
    return (f"{data} has no answer rows for {', '.join(queries)}: it was built by an older policykg, and the "
            f"canned queries that read them answer nothing; rebuild it (policykg build … --out {data})")
