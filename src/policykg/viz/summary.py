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

__all__ = ["Summary", "Row", "summarise", "merge"]


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
    s = Summary()
    for n, d in sorted(G.nodes(data=True)):
        kind = d.get("kind")
        if kind == "actor":
            s.actors[d["label"]] = {k: d.get(k) or "" for k in ACTOR_KEYS}
        elif kind == "programme":
            s.programmes[n] = d["label"]
        elif kind == "article":
            s.docs.add(d["doc"])
            s.articles[n] = (d["doc"], d["label"], d["chapter"], d["order"], d["text"])
    for p in provisions(G):
        out = {rel: [] for rel in ("partner", "approver", "programme", "article")}
        for _, o, rel in G.out_edges(p["id"], keys=True):
            if rel in out:
                out[rel].append(G.nodes[o]["label"] if rel in ("partner", "approver") else o)
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
