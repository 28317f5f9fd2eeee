"""What the actors view of graph.html needs from each document: counts small enough to keep thousands.

The actors view (:mod:`policykg.viz.html`) of many documents only counts, per
actor, the provisions it bears, who is named with whom, and which programmes
it is bound to.  :func:`summarise` takes those counts from one networkx view
(:func:`policykg.analysis.load.to_networkx`); :func:`merge` adds up the
summaries of several documents in document IRI order, giving what
``summarise(networkx.compose_all(views))`` gives, without ever holding the
views of all the documents.

>>> from policykg.analysis.load import to_networkx
>>> from policykg.build import document_graphs, read_all
>>> docs, _ = read_all()
>>> s = summarise(to_networkx(document_graphs(docs)[0]))
>>> s.docs, s.duty[("常州市人民政府", "obligation")] > 0
({'ff80818198a7ecd40198f39a6b8d0d95'}, True)
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..analysis.load import NO_ACTOR, provisions

__all__ = ["Summary", "summarise", "merge"]


@dataclass
class Summary:
    actors: dict = field(default_factory=dict)  # actor IRI -> node attributes (label, actor_type, level)
    programmes: dict = field(default_factory=dict)  # programme IRI -> label
    duty: Counter = field(default_factory=Counter)  # (actor label, modality) -> provisions
    pairs: Counter = field(default_factory=Counter)  # ((label, label) sorted, conamed|partner|approval) -> count
    links: dict = field(default_factory=dict)  # (actor label, programme IRI, modality) -> [count, {chapter}]
    chapters: dict = field(default_factory=dict)  # chapter -> (doc id, article order) of its first provision
    docs: set = field(default_factory=set)  # ids of the documents with articles
    titles: set = field(default_factory=set)  # labels (short title and version date) of the documents with provisions


def summarise(G):
    """The :class:`Summary` of one networkx view (as made by :func:`~policykg.analysis.load.to_networkx`)."""
    s = Summary()
    for n, d in G.nodes(data=True):
        kind = d.get("kind")
        if kind == "actor":
            s.actors[n] = {k: d[k] for k in ("kind", "label", "actor_type", "level")}
        elif kind == "programme":
            s.programmes[n] = d["label"]
        elif kind == "article":
            s.docs.add(d["doc"])

    def link(a, b, rel):  # as analysis.load.actor_network counts them
        if a != b and NO_ACTOR not in (a, b):
            s.pairs[(tuple(sorted((a, b))), rel)] += 1

    statements = defaultdict(set)
    for p in provisions(G):
        actor = p["actor"]
        s.duty[(actor, p["modality"])] += 1
        s.chapters.setdefault(p["chapter"], (p["doc"], p["article_order"]))
        s.titles.add(p["doc_label"])
        statements[(p["paragraph_iri"], p["start"], p["end"])].add(actor)
        for _, o, rel in G.out_edges(p["id"], keys=True):
            if rel in ("partner", "approver"):
                link(actor, G.nodes[o]["label"], "partner" if rel == "partner" else "approval")
            elif rel == "programme" and actor != NO_ACTOR:
                entry = s.links.setdefault((actor, o, p["modality"]), [0, set()])
                entry[0] += 1
                entry[1].add(p["chapter"])
    for names in statements.values():
        names = sorted(names)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                link(a, b, "conamed")
    return s


def merge(summaries):
    """The summary of several documents, given theirs in document IRI order.

    Node attributes come from the last document that has the node, as in
    :func:`networkx.compose_all`, except that a document that leaves an actor's
    type unstated (an issuer named only as such) does not erase the type another
    document states; counts add up; a chapter keeps its first place.
    """
    out = Summary()
    for s in summaries:
        for name, d in s.actors.items():
            old = out.actors.get(name)
            if old is None or d.get("actor_type") not in (None, "", "unspecified"):
                out.actors[name] = d
        out.programmes.update(s.programmes)
        out.duty.update(s.duty)
        out.pairs.update(s.pairs)
        for key, (n, chapters) in s.links.items():
            entry = out.links.setdefault(key, [0, set()])
            entry[0] += n
            entry[1] |= chapters
        for c, first in s.chapters.items():
            if c not in out.chapters or first < out.chapters[c]:
                out.chapters[c] = first
        out.docs |= s.docs
        out.titles |= s.titles
    return out
