"""The document network: documents read together, linked by legal basis, citation, version and shared text.

Nodes are the documents, keyed by id, and the works cited whose cited version was not read (a stub work,
or a work cited at a date none of its versions read was in force), keyed ``work:{title key}``.  Edges:

=========  ==================  ==================================================================
relation   from → to           what it counts (``weight``)
=========  ==================  ==================================================================
basis      citing → cited      《…》 references of a document made under the cited law (根据《…》…制定
                               本条例: ``eli:based_on``); the version in force at the citing date
cites      citing → cited      《…》 references in its articles (``eli:cites``), when none is its basis
version    earlier → later     consecutive versions of one work (1)
shared     later → earlier     paragraphs of the later matching one of the earlier (``policykg similar``,
                               :mod:`policykg.relations.similarity`)
=========  ==================  ==================================================================

>>> from policykg.identity.documents import DocumentRecord, link_versions
>>> law = [DocumentRecord(id=i, title="中华人民共和国中小企业促进法", dates={"amended": [d]})
...        for i, d in (("l1", "2002-06-29"), ("l2", "2017-09-01"))]
>>> city = DocumentRecord(id="c", title="甲市中小企业条例", dates={"adopted": "2019-01-01"})
>>> refs = {"c": [("c/cite/1", "c/art/1", "第一条", "中小企业促进法", "中华人民共和国中小企业促进法", "basis"),
...               ("c/cite/2", "c/art/9", "第九条", "行政许可法", "中华人民共和国行政许可法", "cites")]}
>>> net = document_network(link_versions(law + [city]), refs)
>>> [(e.source, e.target, e.relation, e.weight) for e in net.edges]
[('c', 'l2', 'basis', 1), ('c', 'work:行政许可法', 'cites', 1), ('l1', 'l2', 'version', 1)]
>>> net.nodes["work:行政许可法"]
Node(id='work:行政许可法', label='行政许可法', work='行政许可法', read=False, name='行政许可法')
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ..identity.documents import short_title, title_key

__all__ = ["Node", "Edge", "DocumentNetwork", "document_network", "relations", "RELATIONS"]

RELATIONS = ("basis", "cites", "version", "shared")


class Node(NamedTuple):
    id: str  # a document's id, or work:{title key}
    label: str  # the document's label (short title and version date), or the work's short title
    work: str  # title key of its work: the versions of one work and its stub share it
    read: bool  # a document read (False: a work cited whose cited version was not read)
    name: str  # the work's short title (科学技术进步法)


class Edge(NamedTuple):
    source: str
    target: str
    relation: str  # one of RELATIONS
    weight: int  # citations; 1 for a version; paragraphs shared
    articles: tuple = ()  # basis, cites: the citing articles (第一条…), in document order
    share: float = 0.0  # shared: the share of the later document's paragraphs that match
    score: float = 0.0  # shared: their mean best score
    order: str = ""  # shared: later, or unsure (see policykg.relations.similarity.order)


@dataclass
class DocumentNetwork:
    nodes: dict  # id -> Node, documents first (by label), then works (by label)
    edges: list  # Edge, sorted by (source, target, relation)


def document_network(records, refs, found=(), items=()):
    """The :class:`DocumentNetwork` of ``records`` (the documents read together, versions linked), their
    citations ``refs`` (``{document id: [citation]}``, see :func:`policykg.rdf.citations.external`) and the
    paragraph matches ``found`` among the passages ``items`` (:func:`policykg.relations.similarity.matches`;
    none: no shared-text edges)."""
    from .links import _resolve
    from .similarity import shared_paragraphs

    by_id = {r.id: r for r in records}
    nodes = {r.id: Node(r.id, r.label, title_key(r.title), True, r.short_title)
             for r in sorted(records, key=lambda r: (r.label, r.id))}
    cited, _ = _resolve(records, refs)
    works, links = {}, defaultdict(lambda: [False, 0, []])  # (source, target) -> [basis, citations, articles]
    for doc_id in sorted(refs):
        if doc_id not in by_id:
            continue
        for node, _, article, key, title, kind in refs[doc_id]:
            if node in cited:
                target = cited[node].id
            else:
                target = "work:" + key
                works[target] = min(works.get(target, short_title(title)), short_title(title))
            if target == doc_id or target in nodes and nodes[target].work == nodes[doc_id].work:
                continue  # a text citing its own work (关于修改《…》的决定 of a version read) says nothing here
            link = links[doc_id, target]
            link[0] |= kind == "basis"
            link[1] += 1
            if article not in link[2]:
                link[2].append(article)
    for target, label in sorted(works.items(), key=lambda w: (w[1], w[0])):
        nodes[target] = Node(target, label, target[5:], False, label)
    edges = [Edge(s, t, "basis" if b else "cites", n, tuple(arts)) for (s, t), (b, n, arts) in links.items()]
    edges += [Edge(r.previous, r.id, "version", 1) for r in records if r.previous in by_id]
    for (later, earlier), (_, _, n, size, score, order) in sorted(shared_paragraphs(found, items).items()):
        edges.append(Edge(later, earlier, "shared", n, share=round(n / size, 4), score=round(score, 4), order=order))
    return DocumentNetwork(nodes, sorted(edges, key=lambda e: (e.source, e.target, RELATIONS.index(e.relation))))


def relations(results, refs):
    """The :class:`DocumentNetwork` of a build's documents (:class:`~policykg.pipeline.DocResult`, versions linked):
    their citations ``refs`` and the paragraphs they share (:mod:`~policykg.relations.similarity`, at its
    calibrated threshold)."""
    from .similarity import matches, passages_of

    items = passages_of([(r.record, r.paragraphs or []) for r in results])
    return document_network([r.record for r in results], refs, matches(items) if items else (), items)
