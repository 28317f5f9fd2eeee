"""Works and versions in the graph: one named graph per work, and document records read back from a graph.

Which documents are versions of one law is known only once every document is
read, so a build writes it in graphs of their own, beside the document graphs:
one per work, named by the work's IRI (:func:`work_graphs`, made in the main
process from the documents' records after
:func:`policykg.identity.documents.link_versions`).  Pushing a later build to a
store replaces the graphs of the works it holds, and leaves the others alone::

    <work/{slug}>  a pkg:Work ; rdfs:label "科学技术进步法"@zh ; pkg:versionCount 2 ;
                   eli:is_realized_by <doc/{2007 id}>, <doc/{2021 id}>
    <doc/{2021 id}> eli:realizes <work/{slug}> ; pkg:versionNumber 2 ; pkg:current true ;
                    pkg:previousVersion <doc/{2007 id}>

Each document graph keeps what its file alone says (title, short title,
version date, level, jurisdiction, dates), so it is the same in every build;
:func:`records` reads documents back from any graph, with these links where
the graph has them.
"""

from itertools import groupby

from rdflib.namespace import RDF, RDFS

from ..identity.documents import DocumentRecord, link_versions, title_key
from .iris import DEFAULT_BASE, Minter
from .namespaces import ELI, PKG
from .triples import INTEGER, IRI, ZH

__all__ = ["work_triples", "work_graphs", "records", "records_of", "METADATA", "BOOLEAN"]

BOOLEAN = "^^<http://www.w3.org/2001/XMLSchema#boolean>"


def work_triples(records, base=DEFAULT_BASE):
    """``(subject, predicate, object, kind)`` (see :mod:`policykg.rdf.triples`) of the works of ``records``
    (their versions linked), each work's triples together, its type first.

    Links to a version left out of ``records`` (by a selection) are left out too; the version numbers
    still count every version read.
    """
    m = Minter(base, str)
    iri = {r.id: r.iri or m.doc(r.id) for r in records}
    key = lambda r: title_key(r.title)  # noqa: E731
    for k, group in groupby(sorted(records, key=lambda r: (key(r), r.version)), key=key):
        group = list(group)
        w = m.work(k)
        yield w, str(RDF.type), str(PKG.Work), IRI
        yield w, str(RDFS.label), group[-1].short_title, ZH
        yield w, str(PKG.versionCount), str(group[-1].versions), INTEGER
        for r in group:
            d = iri[r.id]
            yield w, str(ELI.is_realized_by), d, IRI
            yield d, str(ELI.realizes), w, IRI
            yield d, str(PKG.versionNumber), str(r.version), INTEGER
            yield d, str(PKG.current), "true" if r.current else "false", BOOLEAN
            if r.previous in iri:
                yield d, str(PKG.previousVersion), iri[r.previous], IRI
            if r.next in iri:
                yield d, str(PKG.nextVersion), iri[r.next], IRI


# What records() reads of a document, besides its type and its issuer's label.
METADATA = frozenset(str(p) for p in (
    PKG.docId, PKG.legalLevel, PKG.jurisdiction, PKG.status, PKG.dateAdopted, PKG.dateApproved, PKG.dateAmended,
    PKG.sourceFile, PKG.sourceFormat, ELI.title, ELI.date_document, ELI.first_date_entry_in_force,
    ELI.version_date, ELI.passed_by, ELI.realizes, PKG.versionNumber, PKG.versionCount, PKG.current,
    PKG.previousVersion, PKG.nextVersion))


def records_of(triples):
    """:func:`records` of the plain-string ``(s, p, o, …)`` ``triples`` (or quads) of a graph (a list: read
    twice), indexing only what it reads, so that a corpus's documents are listed without indexing its million
    triples."""
    from .index import StringIndex

    kind, regulation, label, passed_by = str(RDF.type), str(PKG.Regulation), str(RDFS.label), str(ELI.passed_by)
    issuers = {t[2] for t in triples if t[1] == passed_by}
    return records(StringIndex(t[:3] for t in triples if t[1] in METADATA or (t[1] == kind and t[2] == regulation)
                               or (t[1] == label and t[0] in issuers)))


def work_graphs(records, base=DEFAULT_BASE):
    """``[(work IRI, triples)]``: the triples of :func:`work_triples`, one graph per work, sorted by IRI.

    >>> docs = link_versions([DocumentRecord(id="a", title="甲条例", dates={"adopted": "2001-06-01"}),
    ...                       DocumentRecord(id="b", title="甲条例", dates={"amended": ["2010-05-05"]})])
    >>> [(work, triples)] = work_graphs(docs, "https://example.org/")
    >>> work.startswith("https://example.org/work/"), [(s[-1], o) for s, p, o, _ in triples if p.endswith("#current")]
    (True, [('a', 'false'), ('b', 'true')])
    """
    graphs = {}
    for t in work_triples(records, base):
        if t[1] == str(RDF.type):  # each work's triples start with its type
            current = graphs.setdefault(t[0], [])
        current.append(t)
    return sorted(graphs.items())


def _notation(iri):
    return str(iri).rstrip("/").rsplit("/", 1)[-1] if iri is not None else None


def records(g):
    """A :class:`~policykg.identity.documents.DocumentRecord` for each regulation of graph ``g`` (an rdflib
    Graph or a :class:`~policykg.rdf.index.StringIndex`), sorted by label and id.

    Versions come from the graph's works links when every document has them; otherwise they are linked
    among the documents of ``g``.
    """
    out, by_iri = [], {}
    for d in sorted(set(g.subjects(RDF.type, PKG.Regulation)), key=str):
        def v(p, d=d):
            x = g.value(d, p)
            return str(x) if x is not None else None

        dates = {k: v(p) for k, p in (("adopted", PKG.dateAdopted), ("approved", PKG.dateApproved),
                                      ("promulgated", ELI.date_document), ("effective", ELI.first_date_entry_in_force))
                 if v(p)}
        amended = sorted(str(x) for x in g.objects(d, PKG.dateAmended))
        if amended:
            dates["amended"] = amended
        issuer = g.value(d, ELI.passed_by)
        issuer = str(g.value(issuer, RDFS.label) or "") if issuer is not None else ""
        r = DocumentRecord(id=v(PKG.docId) or _notation(d), title=v(ELI.title) or v(RDFS.label) or "", iri=str(d),
                           path=v(PKG.sourceFile) or "", format=v(PKG.sourceFormat) or "",
                           level=_notation(g.value(d, PKG.legalLevel)), jurisdiction=v(PKG.jurisdiction),
                           issuer=issuer or None,
                           status=v(PKG.status), dates=dates, version_date=v(ELI.version_date))
        number, work = v(PKG.versionNumber), g.value(d, ELI.realizes)
        if number is not None and work is not None:
            r.version, r.versions = int(number), int(g.value(work, PKG.versionCount) or 0)
            r.current = v(PKG.current) == "true"
            r.previous, r.next = v(PKG.previousVersion), v(PKG.nextVersion)  # IRIs for now
        out.append(r)
        by_iri[str(d)] = r
    if out and all(r.version for r in out):
        for r in out:  # the links name documents by IRI in the graph, by id in a record
            r.previous = by_iri[r.previous].id if r.previous in by_iri else None
            r.next = by_iri[r.next].id if r.next in by_iri else None
    else:
        link_versions(out)
    return sorted(out, key=lambda r: (r.label, r.id))
