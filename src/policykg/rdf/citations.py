"""Citations in the graph: what a document's text cites (:mod:`policykg.relations.citations`) as triples.

In the document's own graph (it depends on its text alone)::

    <…/art/1/para/1/cite/1>  a pkg:Citation ; pkg:citationKind "basis" ; pkg:citedTitle "中华人民共和国中小企业促进法"@zh ;
                             pkg:refersTo <work/{slug}> ; prov:wasDerivedFrom <…/art/1/para/1> ;
                             pkg:inDocument <doc> ; pkg:spanStart 12 ; pkg:spanEnd 28
    <…/art/1>  eli:cites <work/{slug}>          (cites and basis: the citing article cites the work)
    <doc>      eli:based_on <work/{slug}>       (basis: 根据《…》…制定本条例)
    <…/art/9>  eli:cites <…/art/7>              (internal: 本条例第七条, 前条; 前款 links paragraphs)

The work a title names is known from the title alone (:func:`policykg.identity.documents.title_key`);
which version of it was in force, and whether the corpus holds it at all, depends on the documents
read together, and is written with the works (:mod:`policykg.relations.links`).
"""

from ..identity.documents import title_key
from ..relations.citations import find_citations
from .iris import DEFAULT_BASE, Minter
from .namespaces import ELI, PKG, PROV

__all__ = ["citations_of", "citation_triples", "external"]

_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_ZH, _PLAIN, _INT = "@zh", "", "^^<http://www.w3.org/2001/XMLSchema#integer>"


def citations_of(doc):
    """The document's citations, found once."""
    if "citations" not in doc.layers:
        doc.layers["citations"] = find_citations(doc)
    return doc.layers["citations"]


def _article(unit):
    while unit is not None and unit.kind != "article":
        unit = unit.parent
    return unit


def _numbered(doc, unit):
    """``(citation, its IRI, the IRI of the unit it is read from, its article)`` of each citation of ``doc``
    (``unit``: a unit's IRI): numbered in each unit, ``…/para/1/cite/2``."""
    numbering = {}
    for c in citations_of(doc):
        source = unit(c.unit)
        k = numbering[source] = numbering.get(source, 0) + 1
        yield c, f"{source}/cite/{k}", source, _article(c.unit)


def citation_triples(doc, base=DEFAULT_BASE, _iris=None):
    """The triples of the citations of ``doc``."""
    m = Minter(base, str)
    d = m.doc(doc.id)

    def unit(u):
        iri = _iris.get(id(u)) if _iris is not None else None
        return iri if iri is not None else m.unit(doc.id, u)

    for c, node, source, article in _numbered(doc, unit):
        yield node, _TYPE, str(PKG.Citation), None
        yield node, str(PKG.citationKind), c.kind, _PLAIN
        yield node, str(PROV.wasDerivedFrom), source, None
        yield node, str(PKG.inDocument), d, None
        yield node, str(PKG.spanStart), str(c.start), _INT
        yield node, str(PKG.spanEnd), str(c.end), _INT
        if c.title:
            work = m.work(title_key(c.title))
            yield node, str(PKG.citedTitle), c.title, _ZH
            if c.label:
                yield node, str(PKG.citedArticles), c.label, _ZH
            yield node, str(PKG.refersTo), work, None
            if article is not None:
                yield unit(article), str(ELI.cites), work, None
            if c.kind == "basis":
                yield d, str(ELI.based_on), work, None
        else:
            target = unit(c.target)
            yield node, str(PKG.refersTo), target, None
            # article to article; within one article (前款), paragraph to paragraph
            same = article is not None and _article(c.target) is article
            yield (source if same else unit(article) if article is not None else source), str(ELI.cites), target, None


def external(doc, base=DEFAULT_BASE):
    """``[(citation IRI, citing article IRI, its label, work key, title, kind)]`` of the citations of another
    law in ``doc``: what a build keeps of them to resolve them among the documents read
    (:mod:`policykg.relations.links`)."""
    m = Minter(base, str)
    unit = lambda u: m.unit(doc.id, u)  # noqa: E731
    return [(node, unit(article), article.label, title_key(c.title), c.title, c.kind)
            for c, node, _, article in _numbered(doc, unit) if c.title and article is not None]
