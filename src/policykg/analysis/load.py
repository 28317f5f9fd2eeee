"""The RDF graph as networkx graphs: one multi-digraph and the projections researchers use.

``to_networkx`` reads provisions, actors, programmes, domains and articles from an
rdflib graph (as written by ``build``) into a :class:`networkx.MultiDiGraph` whose
nodes are keyed by IRI and carry ``kind`` and ``label``; the projections are
plain weighted graphs keyed by actor label (the canonical name).

Edges of the multi-digraph (key = relation):

=================  ===========================  ====================================
relation           from → to                    meaning
=================  ===========================  ====================================
``bears``          actor → provision            the actor is bound (``modality``)
``action``         provision → action           the verb phrase (one node per text)
``partner``        provision → actor            co-actor named with 会同…
``approver``       provision → actor            报…批准 / 备案
``programme``      provision → programme        programme named in the paragraph
``domain``         provision → domain           policy domain concept
``article``        provision → article          where the provision comes from
``led_by``         programme → actor            lead of the programme
``embedded_in``    provision → provision        inner 鼓励/支持/引导 of an outer one
=================  ===========================  ====================================
"""

import weakref
from collections import Counter, defaultdict

import networkx as nx
from rdflib.namespace import RDF, RDFS, SKOS

from ..rdf.namespaces import ELI, ORG, PKG

__all__ = ["to_networkx", "actor_network", "add_actor_links", "bipartite", "provisions", "actors", "documents",
           "NO_ACTOR", "MODALITIES", "PSEUDO_TYPES", "notation", "memo"]

NO_ACTOR = "未指明"  # the bearer of a provision with no actor: kept in duty load, left out of networks
# Actor types that name no body: 未指明 (no actor), and places (本市, 本省, 国家, 常州市) binding
# themselves as a whole. Tables list them apart; networks and rankings leave them out.
PSEUDO_TYPES = ("unspecified", "jurisdiction")
MODALITIES = ("obligation", "prohibition", "permission", "encouragement", "support", "guidance",
              "commitment", "liability")


def notation(iri):
    """Last path step of a concept IRI: …/modality/obligation → obligation."""
    return str(iri).rstrip("/").rsplit("/", 1)[-1] if iri is not None else ""


def _label(g, node):
    lab = g.value(node, RDFS.label)
    return str(lab) if lab is not None else notation(node)


def _chapter(g, unit, cache):
    """'第二章 智能制造供给' for the chapter enclosing ``unit``, or '' when there is none."""
    if unit in cache:
        return cache[unit]
    u, out = unit, ""
    while u is not None:
        if (u, RDF.type, PKG.Chapter) in g:
            heading = g.value(u, PKG.heading)
            out = f"{_label(g, u)} {heading}" if heading is not None else _label(g, u)
            break
        u = g.value(u, ELI.is_part_of)
    cache[unit] = out
    return out


def _int(lit, default=0):
    return int(lit) if lit is not None else default


def _identity(g, actor):
    """What an actor node carries of its identity: its role (org:classification) and jurisdiction."""
    role = g.value(actor, ORG.classification)
    return {"role": str(g.value(role, SKOS.prefLabel) or "") if role is not None else "",
            "role_group": str(g.value(role, PKG.roleGroup) or "") if role is not None else "",
            "jurisdiction": str(g.value(actor, PKG.jurisdiction) or "")}


def _mention(g, p, bearer):
    """The bearer as the provision names it (older graphs without pkg:actorName: the actor's label)."""
    name = g.value(p, PKG.actorName)
    return str(name) if name is not None else _label(g, bearer) if bearer is not None else NO_ACTOR


def _sentence_text(g, p):
    s = g.value(p, PKG.sentence)
    return str(g.value(s, PKG.text) or "") if s is not None else ""


def to_networkx(g):
    """The multi-digraph of actors, provisions, actions, programmes, domains and articles of ``g``."""
    G = nx.MultiDiGraph()
    chapters = {}
    doc_ids = {d: str(g.value(d, PKG.docId) or notation(d)) for d in g.subjects(RDF.type, PKG.Regulation)}
    doc_labels = {d: _label(g, d) for d in doc_ids}  # short title and version date
    provs = sorted(set(g.subjects(PKG.modality, None)), key=str)
    actor_iris = set(g.subjects(RDF.type, PKG.Actor))
    for a in sorted(actor_iris, key=str):
        G.add_node(str(a), kind="actor", label=_label(g, a), actor_type=notation(g.value(a, PKG.actorType)) or
                   "unspecified", level=notation(g.value(a, PKG.adminLevel)), **_identity(g, a))
    articles = sorted(set(g.subjects(RDF.type, PKG.Article)), key=str)
    for art in articles:
        doc = g.value(art, PKG.inDocument)
        G.add_node(str(art), kind="article", label=_label(g, art), doc=doc_ids.get(doc, ""),
                   chapter=_chapter(g, art, chapters), order=_int(g.value(art, PKG.order)),
                   text=str(g.value(art, PKG.text) or ""))
    for prog in sorted(set(g.subjects(RDF.type, PKG.Programme)), key=str):
        G.add_node(str(prog), kind="programme", label=_label(g, prog),
                   programme_type=notation(g.value(prog, PKG.programmeType)))
    for p in provs:
        bearer = g.value(p, PKG.bearer)
        art = g.value(p, PKG.article)
        para = g.value(p, PKG.paragraph)
        doc = g.value(p, PKG.inDocument)
        action = str(g.value(p, PKG.actionText) or "")
        inst = g.value(p, PKG.instrument)
        G.add_node(str(p), kind="provision", label=f"{_label(g, bearer) if bearer else NO_ACTOR} {action}",
                   modality=notation(g.value(p, PKG.modality)), action=action,
                   actor=_label(g, bearer) if bearer is not None else NO_ACTOR,
                   source=_sentence_text(g, p), doc=doc_ids.get(doc, ""),
                   doc_label=doc_labels.get(doc, ""), article=_label(g, art) if art is not None else "",
                   article_order=_int(g.value(art, PKG.order)) if art is not None else 0,
                   paragraph=_label(g, para) if para is not None else "",
                   paragraph_iri=str(para or ""), chapter=_chapter(g, art, chapters) if art is not None else "",
                   start=_int(g.value(p, PKG.spanStart)), end=_int(g.value(p, PKG.spanEnd)),
                   instrument=notation(inst), mention=_mention(g, p, bearer),
                   partner_names="、".join(sorted(map(str, g.objects(p, PKG.partnerName)))),
                   approver_name=str(g.value(p, PKG.approverName) or ""),
                   instrument_secondary=notation(g.value(p, PKG.secondaryInstrument)),
                   instrument_evidence=str(g.value(p, PKG.instrumentEvidence) or ""))
    for p in provs:  # edges once every provision is a node (an inner one may point at a later outer one)
        bearer = g.value(p, PKG.bearer)
        art = g.value(p, PKG.article)
        action = G.nodes[str(p)]["action"]
        if bearer is not None:
            G.add_edge(str(bearer), str(p), key="bears", relation="bears", modality=G.nodes[str(p)]["modality"])
        if action:
            G.add_node("action:" + action, kind="action", label=action)
            G.add_edge(str(p), "action:" + action, key="action", relation="action")
        if art is not None:
            G.add_edge(str(p), str(art), key="article", relation="article")
        for rel, prop in (("partner", PKG.partner), ("approver", PKG.approver), ("programme", PKG.programme),
                          ("domain", PKG.domain), ("embedded_in", PKG.embeddedIn)):
            for o in sorted(g.objects(p, prop), key=str):
                if str(o) not in G:  # a domain concept, or a programme/actor typed elsewhere (URIRef != str key)
                    kind = {"domain": "domain", "programme": "programme"}.get(rel, "actor")
                    extra = {"actor_type": notation(g.value(o, PKG.actorType)) or "unspecified",
                             "level": notation(g.value(o, PKG.adminLevel)), **_identity(g, o)} if kind == "actor" else {}
                    G.add_node(str(o), kind=kind, label=_label(g, o) if kind != "domain" else notation(o), **extra)
                G.add_edge(str(p), str(o), key=rel, relation=rel)
    for prog in sorted(set(g.subjects(RDF.type, PKG.Programme)), key=str):
        for rel, prop in (("led_by", PKG.ledBy), ("partner", PKG.partner)):
            for a in sorted(g.objects(prog, prop), key=str):
                G.add_edge(str(prog), str(a), key=rel, relation=rel)
    return G


_MEMO = weakref.WeakKeyDictionary()  # graph -> (nodes, {what: result})


def memo(G, what, make):
    """``make(G)``, made once while ``G`` keeps its nodes: a dozen tables read the same views (counting a
    multigraph's edges would cost more than it saves)."""
    size = G.number_of_nodes()
    held = _MEMO.get(G)
    if held is None or held[0] != size:  # new, or changed since
        held = _MEMO[G] = (size, {})
    if what not in held[1]:
        held[1][what] = make(G)
    return held[1][what]


def provisions(G):
    """Provision nodes' attribute dicts (with ``id``), in document order (one list per graph: read, don't change)."""
    def make(G):
        out = [dict(d, id=n) for n, d in G.nodes(data=True) if d["kind"] == "provision"]
        return sorted(out, key=lambda d: (d["doc"], d["article_order"], d["start"], d["actor"], d["id"]))

    return memo(G, "provisions", make)


def actors(G):
    """``{label: attribute dict}`` of every actor node (one dict per graph: read, don't change)."""
    return memo(G, "actors", lambda G: {d["label"]: dict(d, id=n) for n, d in sorted(G.nodes(data=True))
                                         if d["kind"] == "actor"})


def actor_network(G):
    """Actor–actor graph (undirected, keyed by actor label).

    Two actors are linked when they are co-named in one provision (the same
    action span of the same paragraph, expanded over a list of actors), when
    one is the partner (会同…) of the other's provision, or when one approves
    (报…批准) the other's provision.  Edge attributes count each relation and
    ``weight`` is their sum.  Every actor is a node, even without links;
    :data:`NO_ACTOR` is left out.
    """
    A = nx.Graph()
    for label, d in sorted(actors(G).items()):
        if label != NO_ACTOR:
            A.add_node(label, actor_type=d["actor_type"], level=d["level"], role=d.get("role", ""),
                       jurisdiction=d.get("jurisdiction", ""))
    counts = defaultdict(Counter)

    def link(a, b, rel):
        if a != b and NO_ACTOR not in (a, b):
            counts[tuple(sorted((a, b)))][rel] += 1

    statements = defaultdict(set)
    for p in provisions(G):
        statements[(p["paragraph_iri"], p["start"], p["end"])].add(p["actor"])
        for _, o, rel in G.out_edges(p["id"], keys=True):
            if rel in ("partner", "approver"):
                link(p["actor"], G.nodes[o]["label"], "partner" if rel == "partner" else "approval")
    for names in statements.values():
        names = sorted(names)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                link(a, b, "conamed")
    return add_actor_links(A, counts)


def add_actor_links(A, counts):
    """Add to actor graph ``A`` one edge per pair in ``counts`` ({(a, b): Counter of relations}),
    with ``weight`` their sum; an actor not yet in ``A`` joins untyped."""
    for (a, b), c in sorted(counts.items()):
        for n in (a, b):
            if n not in A:
                A.add_node(n, actor_type="unspecified", level="")
        A.add_edge(a, b, weight=sum(c.values()), conamed=c["conamed"], partner=c["partner"],
                   approval=c["approval"])
    return A


def bipartite(G, kind):
    """Actor–programme (``kind="programme"``) or actor–domain (``kind="domain"``) graph.

    An actor is linked to a programme or domain by each provision it bears that
    names it (``weight`` counts them); programme leads and partners are linked too.
    Nodes carry ``bipartite`` = 0 for actors, 1 for the other side, and are keyed
    by label (``prog:``/``domain:`` prefixed for the other side, so names never clash).
    """
    B = nx.Graph()
    weights = Counter()
    for p in provisions(G):
        if p["actor"] == NO_ACTOR:
            continue
        for _, o, rel in G.out_edges(p["id"], keys=True):
            if rel == kind:
                weights[(p["actor"], G.nodes[o]["label"])] += 1
    if kind == "programme":
        for n, d in G.nodes(data=True):
            if d["kind"] == "programme":
                for _, a, rel in G.out_edges(n, keys=True):
                    if rel in ("led_by", "partner") and G.nodes[a]["label"] != NO_ACTOR:
                        key = (G.nodes[a]["label"], d["label"])
                        weights[key] = max(weights[key], 1)  # a lead or partner is a link even with no provision
    prefix = "prog:" if kind == "programme" else "domain:"
    for (a, o), w in sorted(weights.items()):
        B.add_node(a, bipartite=0, kind="actor", label=a)
        B.add_node(prefix + o, bipartite=1, kind=kind, label=o)
        B.add_edge(a, prefix + o, weight=w)
    return B


def documents(g):
    """The :class:`~policykg.identity.documents.DocumentRecord` of every regulation in ``g``, versions linked,
    sorted by label (see :func:`policykg.rdf.works.records`)."""
    from ..rdf.works import records

    return records(g)
