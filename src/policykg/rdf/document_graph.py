"""RDF for a Document's metadata and structure (ELI), one named graph per document."""

from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ..numerals import int_to_cn
from .iris import Minter
from .namespaces import ELI, PKG, concept

__all__ = ["document_graph", "unit_class"]

_CLASS = {"part": PKG.Part, "chapter": PKG.Chapter, "section": PKG.Section, "article": PKG.Article,
          "paragraph": PKG.Paragraph, "item": PKG.Item, "subitem": PKG.SubItem}


def unit_class(kind):
    return _CLASS[kind]


def _zh(s):
    return Literal(s, lang="zh")


@lru_cache(maxsize=None)  # spans and numbers repeat; an rdflib Literal costs microseconds to make
def _int(n):
    return Literal(n, datatype=XSD.integer)


def _date(s):
    return Literal(s, datatype=XSD.date)


def unit_label(unit):
    """Human label: 第七条, 第七条第二款, 第七条第二款第（一）项."""
    if unit.kind in ("article", "part", "chapter", "section"):
        return unit.label
    parent = unit_label(unit.parent)
    if unit.kind == "paragraph":
        return f"{parent}第{int_to_cn(unit.number)}款"
    return f"{parent}{unit.label}"


def document_graph(doc, minter=None, graph=None):
    """Add the triples of ``doc``'s metadata and structure to ``graph`` (a new
    :class:`rdflib.Graph` named by the document IRI when not given) and return it."""
    m = minter or Minter()
    d = m.doc(doc.id)
    g = graph if graph is not None else Graph(identifier=d)
    add = g.add
    meta = doc.meta
    add((d, RDF.type, PKG.Regulation))
    add((d, ELI.title, _zh(doc.title)))
    add((d, RDFS.label, _zh(doc.title)))
    add((d, PKG.docId, Literal(doc.id)))
    add((d, PKG.text, _zh(doc.text)))
    add((d, PKG.sourceFormat, Literal(doc.format)))
    if doc.path:
        add((d, PKG.sourceFile, Literal(doc.path.replace("\\", "/").rsplit("/", 1)[-1])))
    if meta.get("issuer"):
        add((d, ELI.passed_by, m.actor(meta["issuer"])))
        add((m.actor(meta["issuer"]), RDF.type, PKG.Actor))
        add((m.actor(meta["issuer"]), RDFS.label, _zh(meta["issuer"])))
    if meta.get("level"):
        add((d, PKG.legalLevel, concept("legal-level", meta["level"])))
    for key, prop in (("jurisdiction", PKG.jurisdiction), ("status", PKG.status), ("history", PKG.history)):
        if meta.get(key):
            add((d, prop, _zh(str(meta[key]))))
    dates = meta.get("dates", {})
    for key, prop in (("adopted", PKG.dateAdopted), ("approved", PKG.dateApproved),
                      ("promulgated", ELI.date_document), ("effective", ELI.first_date_entry_in_force)):
        if dates.get(key):
            add((d, prop, _date(dates[key])))
    for day in dates.get("amended", []):
        add((d, PKG.dateAmended, _date(day)))
    for url in meta.get("urls", []):
        add((d, RDFS.seeAlso, URIRef(url)))
    for u in doc.walk():
        iri = m.unit(doc.id, u)
        parent = m.unit(doc.id, u.parent) if u.parent is not None else d
        add((iri, RDF.type, _CLASS[u.kind]))
        add((iri, ELI.is_part_of, parent))
        add((parent, ELI.has_part, iri))
        add((iri, PKG.inDocument, d))
        add((iri, RDFS.label, _zh(unit_label(u))))
        add((iri, PKG.number, _int(u.number)))
        add((iri, PKG.order, _int(u.order)))
        if u.suffix:
            add((iri, PKG.suffix, _int(u.suffix)))
        if u.title:
            add((iri, PKG.heading, _zh(u.title)))
        add((iri, PKG.text, _zh(u.text)))
        add((iri, PKG.spanStart, _int(u.start)))
        add((iri, PKG.spanEnd, _int(u.end)))
    return g
