"""What graph.html needs from each document: its provisions as rows, small enough to keep thousands.

The page (:mod:`policykg.viz.html`) counts, filters and draws from one row per
provision (actor, modality, article, sentence, partners, approver,
programmes) and the text of each article.  :func:`summarise` takes them from
one networkx view (:func:`policykg.analysis.load.to_networkx`); :func:`merge`
joins the summaries of several documents in document IRI order, giving what
``summarise(networkx.compose_all(views))`` gives, without ever holding the
views of all the documents.

>>> from policykg.analysis.load import to_networkx
>>> from policykg.build import document_graphs, read_all
>>> docs, _ = read_all()
>>> s = summarise(to_networkx(document_graphs(docs)[0]))
>>> s.docs, sum(p.actor == "常州市人民政府" and p.modality == "obligation" for p in s.provisions) > 0
({'ff80818198a7ecd40198f39a6b8d0d95'}, True)
"""

from dataclasses import dataclass, field
from typing import NamedTuple

from ..analysis.load import provisions

__all__ = ["Summary", "Row", "summarise", "summary_of", "merge"]


class Row(NamedTuple):
    """One provision as the page shows it."""

    doc: str  # document id
    article: str  # article IRI
    actor: str  # bearer's label (NO_ACTOR when none is named)
    modality: str
    action: str
    sentence: str
    partners: tuple  # partners' labels
    approver: str  # approver's label, or ""
    programmes: tuple  # programme IRIs
    statement: tuple  # (paragraph IRI, start, end): the provisions of one statement name their actors together
    instrument: str


@dataclass
class Summary:
    actors: dict = field(default_factory=dict)  # actor label -> node attributes (actor_type, level, role, jurisdiction)
    programmes: dict = field(default_factory=dict)  # programme IRI -> label
    articles: dict = field(default_factory=dict)  # article IRI -> (doc id, label, chapter, order, text)
    provisions: list = field(default_factory=list)  # Row of each provision, in document order
    docs: set = field(default_factory=set)  # ids of the documents with articles
    titles: dict = field(default_factory=dict)  # doc id -> label (short title and version date) of documents with provisions


ACTOR_KEYS = ("actor_type", "level", "role", "jurisdiction")


def summarise(G):
    """The :class:`Summary` of one networkx view (as made by :func:`~policykg.analysis.load.to_networkx`)."""
    return _summary(G.nodes(data=True), provisions(G), lambda n: ((o, rel) for _, o, rel in G.out_edges(n, keys=True)),
                    G.nodes)


def summary_of(g):
    """``summarise(to_networkx(g))`` without making the networkx view: the nodes the summary reads, with the
    attributes it reads, made as :func:`~policykg.analysis.load.to_networkx` makes them (``g``: an rdflib
    Graph or a :class:`~policykg.rdf.index.StringIndex`, which a build's workers use).

    >>> from policykg.analysis.load import to_networkx
    >>> from policykg.build import document_graphs, read_all
    >>> g = document_graphs(read_all()[0])[0]
    >>> summary_of(g) == summarise(to_networkx(g))
    True
    """
    from rdflib.namespace import RDF

    from ..analysis.load import NO_ACTOR, _chapter, _identity, _int, _label, _sentence_text, notation
    from ..rdf.namespaces import PKG

    nodes, out = {}, {}  # IRI -> attributes (a second add updates them, as networkx does); provision -> edges

    def add(n, **attrs):
        nodes.setdefault(n, {}).update(attrs)

    chapters = {}
    doc_ids = {d: str(g.value(d, PKG.docId) or notation(d)) for d in g.subjects(RDF.type, PKG.Regulation)}
    doc_labels = {d: _label(g, d) for d in doc_ids}
    provs = sorted(set(g.subjects(PKG.modality, None)), key=str)
    for a in sorted(set(g.subjects(RDF.type, PKG.Actor)), key=str):
        add(str(a), kind="actor", label=_label(g, a), actor_type=notation(g.value(a, PKG.actorType)) or "unspecified",
            level=notation(g.value(a, PKG.adminLevel)), **_identity(g, a))
    for art in sorted(set(g.subjects(RDF.type, PKG.Article)), key=str):
        add(str(art), kind="article", label=_label(g, art), doc=doc_ids.get(g.value(art, PKG.inDocument), ""),
            chapter=_chapter(g, art, chapters), order=_int(g.value(art, PKG.order)),
            text=str(g.value(art, PKG.text) or ""))
    for prog in sorted(set(g.subjects(RDF.type, PKG.Programme)), key=str):
        add(str(prog), kind="programme", label=_label(g, prog))
    for p in provs:
        bearer, art, doc = g.value(p, PKG.bearer), g.value(p, PKG.article), g.value(p, PKG.inDocument)
        action = str(g.value(p, PKG.actionText) or "")
        actor = _label(g, bearer) if bearer is not None else NO_ACTOR
        add(str(p), kind="provision", label=f"{actor} {action}", modality=notation(g.value(p, PKG.modality)),
            action=action, actor=actor, source=_sentence_text(g, p), doc=doc_ids.get(doc, ""),
            doc_label=doc_labels.get(doc, ""), article_order=_int(g.value(art, PKG.order)) if art is not None else 0,
            paragraph_iri=str(g.value(p, PKG.paragraph) or ""), start=_int(g.value(p, PKG.spanStart)),
            end=_int(g.value(p, PKG.spanEnd)), instrument=notation(g.value(p, PKG.instrument)))
    for p in provs:
        edges = out[str(p)] = []
        art = g.value(p, PKG.article)
        if art is not None:
            nodes.setdefault(str(art), {})
            edges.append((str(art), "article"))
        for rel, prop in (("partner", PKG.partner), ("approver", PKG.approver), ("programme", PKG.programme),
                          ("domain", PKG.domain), ("embedded_in", PKG.embeddedIn)):
            for o in sorted(g.objects(p, prop), key=str):
                if str(o) not in nodes:  # as to_networkx adds them: the first relation decides the node's kind
                    kind = {"domain": "domain", "programme": "programme"}.get(rel, "actor")
                    extra = {"actor_type": notation(g.value(o, PKG.actorType)) or "unspecified",
                             "level": notation(g.value(o, PKG.adminLevel)), **_identity(g, o)} if kind == "actor" else {}
                    add(str(o), kind=kind, label=_label(g, o) if kind != "domain" else notation(o), **extra)
                edges.append((str(o), rel))
    listed = sorted((dict(d, id=n) for n, d in nodes.items() if d.get("kind") == "provision"),
                    key=lambda d: (d["doc"], d["article_order"], d["start"], d["actor"], d["id"]))
    return _summary(nodes.items(), listed, lambda n: out.get(n, ()), nodes)


def _summary(nodes, provisions, out_edges, node):
    """The summary of ``nodes`` (``(key, attributes)``) and ``provisions`` (their attributes with ``id``, in
    document order); ``out_edges(key)``: a provision's ``(target, relation)``; ``node[key]``: attributes."""
    s = Summary()
    for n, d in sorted(nodes):
        kind = d.get("kind")
        if kind == "actor":
            s.actors[d["label"]] = {k: d.get(k) or "" for k in ACTOR_KEYS}
        elif kind == "programme":
            s.programmes[n] = d["label"]
        elif kind == "article":
            s.docs.add(d["doc"])
            s.articles[n] = (d["doc"], d["label"], d["chapter"], d["order"], d["text"])
    for p in provisions:
        out = {rel: [] for rel in ("partner", "approver", "programme", "article")}
        for o, rel in out_edges(p["id"]):
            if rel in out:
                out[rel].append(node[o]["label"] if rel in ("partner", "approver") else o)
        s.titles[p["doc"]] = p["doc_label"]
        s.provisions.append(Row(p["doc"], (out["article"] or [""])[0], p["actor"], p["modality"], p["action"],
                                p["source"], tuple(sorted(set(out["partner"]))), min(out["approver"], default=""),
                                tuple(sorted(set(out["programme"]))), (p["paragraph_iri"], p["start"], p["end"]),
                                p.get("instrument") or ""))
    return s


def merge(summaries):
    """The summary of several documents, given theirs in document IRI order.

    Node attributes come from the last document that has the node, as in
    :func:`networkx.compose_all`, except that a document that leaves an actor's
    type unstated (an issuer named only as such) does not erase the type another
    document states; rows are kept in document order.
    """
    out = Summary()
    for s in summaries:
        for name, d in s.actors.items():
            old = out.actors.get(name)
            if old is None or d.get("actor_type") not in (None, "", "unspecified"):
                out.actors[name] = d
        out.programmes.update(s.programmes)
        out.articles.update(s.articles)
        out.provisions.extend(s.provisions)
        out.docs |= s.docs
        out.titles.update(s.titles)
    return out
