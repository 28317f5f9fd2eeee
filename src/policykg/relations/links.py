"""Citations resolved among the documents read together: the version cited, stub works, the citations table.

A document's graph says which work each 《title》 names (:mod:`policykg.rdf.citations`).  Which
version of that work was in force when the citing document took its form, and whether any version
of it was read at all, depends on the documents read together, so it is written in the cited
work's graph (:func:`work_graph_triples`), beside its versions:

    <work/{slug}>  a pkg:Work ; rdfs:label "行政许可法"@zh ; pkg:versionCount 0     (a work no version of which was read)
    <…/cite/1>     pkg:citedVersion <doc/{id}>                                    (the version in force)

>>> from policykg.identity.documents import DocumentRecord, link_versions
>>> old = DocumentRecord(id="a", title="中华人民共和国科学技术进步法", dates={"amended": ["2007-12-29"], "effective": "2008-07-01"})
>>> new = DocumentRecord(id="b", title="中华人民共和国科学技术进步法", dates={"amended": ["2021-12-24"], "effective": "2022-01-01"})
>>> [in_force(link_versions([old, new]), day).id for day in ("2010-01-01", "2021-12-31", "2022-06-01")]
['a', 'a', 'b']
>>> in_force([old, new], "2001-01-01") is None
True
"""

from collections import defaultdict

from rdflib.namespace import RDF, RDFS

from ..analysis.tables import Table
from ..identity.documents import short_title, title_key
from ..rdf.iris import DEFAULT_BASE, Minter
from ..rdf.namespaces import PKG

__all__ = ["in_force", "work_graph_triples", "citations_table"]

_INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"


def _from(r):
    """The day a version came into force: its entry into force, or its version date when that is later (the
    effective date an amended text keeps from its first version)."""
    return max(d for d in (r.version_date, r.dates.get("effective")) if d) if r.version_date else None


def in_force(versions, day):
    """The version among ``versions`` (records of one work) in force on ``day`` (ISO date), or None: the
    latest that came into force on or before it."""
    ok = [r for r in versions if _from(r) and _from(r) <= day]
    return max(ok, key=lambda r: (_from(r), r.version_date, r.id)) if ok else None


def _resolve(records, refs):
    """``{citation node: record of the version cited}`` and ``{work key: short title}`` of the works no version
    of which is among ``records``; ``refs``: ``{citing document id: [citation]}`` (see :func:`policykg.rdf.citations.citation_triples`)."""
    works, by_id = defaultdict(list), {r.id: r for r in records}
    for r in records:
        works[title_key(r.title)].append(r)
    cited, stubs = {}, {}
    for doc_id, rs in refs.items():
        day = by_id[doc_id].version_date if doc_id in by_id else None
        for node, _, _, key, title, _ in rs:
            if key not in works:
                stubs[key] = min(stubs.get(key, short_title(title)), short_title(title))
            elif day:
                v = in_force(works[key], day)
                if v is not None:
                    cited[node] = v
    return cited, stubs


def work_graph_triples(records, refs, base=DEFAULT_BASE):
    """``{work IRI: [(s, p, o, kind)]}``: what the citations of ``records`` add to the graphs of the works they
    cite (the version in force) and the graphs of stub works (no version read); ``refs``: ``{document id:
    [citation]}``."""
    m = Minter(base, str)
    cited, stubs = _resolve(records, refs)
    out = defaultdict(list)
    for key, label in sorted(stubs.items()):
        w = m.work(key)
        out[w] += [(w, str(RDF.type), str(PKG.Work), None), (w, str(RDFS.label), label, "@zh"),
                   (w, str(PKG.versionCount), "0", _INTEGER)]
    for node, v in sorted(cited.items()):
        out[m.work(title_key(v.title))].append((node, str(PKG.citedVersion), v.iri or m.doc(v.id), None))
    return dict(out)


def citations_table(records, refs):
    """Most cited works and who cites them: one row per cited work and citing document (``records``: the
    documents built, versions linked; ``refs``: ``{document id: [citation]}``), the works cited by most
    documents first."""
    cited, stubs = _resolve(records, refs)
    by_id = {r.id: r for r in records}
    rows = defaultdict(lambda: {"basis": False, "n": 0, "articles": [], "versions": set()})
    labels, titles = {}, {}  # work key -> short title, full title (the longest cited: 中华人民共和国 kept)
    for doc_id, rs in refs.items():
        for node, _, article, key, title, kind in rs:
            row = rows[(key, doc_id)]
            row["basis"] |= kind == "basis"
            row["n"] += 1
            if article not in row["articles"]:
                row["articles"].append(article)
            if node in cited:
                row["versions"].add(cited[node].label)
            labels[key] = stubs.get(key) or labels.get(key) or short_title(title)
            titles[key] = max(titles.get(key, title), title, key=lambda t: (len(t), t))
    for r in records:  # a work read is named as its versions are
        if title_key(r.title) in labels:
            labels[title_key(r.title)], titles[title_key(r.title)] = r.short_title, r.title
    citing = defaultdict(int)
    for key, _ in rows:
        citing[key] += 1
    out = []
    for (key, doc_id), row in rows.items():
        d = by_id[doc_id]
        out.append((labels[key], titles[key], citing[key], "no" if key in stubs else "yes", d.label, d.level, d.jurisdiction,
                    "yes" if row["basis"] else "no", row["n"], "、".join(row["articles"]),
                    "；".join(sorted(row["versions"]))))
    out.sort(key=lambda t: (-t[2], t[0], t[4]))
    return Table("citations", "Citations: most cited laws and who cites them",
                 ("cited", "cited_title", "citing_documents", "cited_read", "document", "level", "jurisdiction", "legal_basis",
                  "citations", "articles", "version_cited"), out,
                 "One row per cited law or regulation and document citing it (《title》 references; 中华人民共和国 "
                 "optional), the laws cited by most documents first. legal_basis: the document is made under it "
                 "(根据《…》…制定本条例): it implements that law. cited_read: a version of the cited law was read; "
                 "version_cited: the version in force at the citing document's version date.")
