"""The query engine: built graphs in an Oxigraph store, kept on disk beside ``graph.nq``.

The rest of policykg builds rdflib graphs or N-Triples blocks; queries run on
Oxigraph, which is much faster than rdflib's own SPARQL engine.  A store keeps
one named graph per document, exactly as ``build/graph.nq`` has them, and their
RDF merge as its default graph: a triple that several documents share (an
actor's label) is there once.  (Oxigraph's own "union default graph" option
keeps one copy per graph, so joins through shared actors would repeat rows.)

``policykg build`` writes the store as ``build/graph.oxigraph/`` and, on a
rebuild, replaces only the graphs of the documents whose cache entry changed
(:func:`update`); ``policykg query`` and ``serve`` open it in milliseconds
(:func:`opened`) instead of loading ``graph.nq``.  A manifest in the store
records the ``graph.nq`` it mirrors (size and modification time) and each
document's version, so a store that does not match its ``graph.nq`` is never
used: it is rewritten, or the N-Quads are loaded in memory as before.  A lock
on the build folder keeps a build from changing a store that a query or a
server is reading.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph(identifier=URIRef("https://example.org/doc/a"))
>>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("市", lang="zh")))
>>> len(from_graphs([g]))
1
"""

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from ..errors import PolicyKGError
from ..lifetime import deferred_signals

__all__ = ["NQUADS", "MERGE", "nquads_path", "build_folder", "store_path", "fresh", "write", "update", "reading", "opened", "load",
           "restrict", "from_graphs", "from_nquads"]

NQUADS = "graph.nq"
MANIFEST = "policykg.json"  # inside the store folder; RocksDB leaves files it does not know alone
CHUNK = 200_000  # lines bulk-loaded at a time
REWRITE = 0.5  # above this share of documents changed, the store is written anew rather than patched

MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"  # named graphs -> their merge as default graph


def nquads_path(data="build"):
    """``data/graph.nq``, or ``data`` itself when it is an N-Quads file; error if absent."""
    p = Path(data)
    path = p if p.is_file() else p / NQUADS
    if not path.is_file():
        raise PolicyKGError(f"{path}: no such file (run `policykg build --out {p}` first)")
    return path


def build_folder(data="build"):
    """The build folder of ``data`` (a build folder, or its ``graph.nq``), as messages name it."""
    return Path(data) if Path(data).is_dir() else Path(data).parent


def store_path(nq):
    """The store folder that mirrors the N-Quads file ``nq``: ``build/graph.nq`` → ``build/graph.oxigraph``."""
    return Path(nq).with_suffix(".oxigraph")


def _stat(nq):
    st = Path(nq).stat()
    return {"file": Path(nq).name, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _manifest(location):
    try:
        return json.loads((Path(location) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def fresh(nq):
    """The store folder of ``nq`` if it holds exactly ``nq``'s graph, else None."""
    location = store_path(nq)
    m = _manifest(location)
    try:
        return location if m is not None and m.get("nquads") == _stat(nq) else None
    except OSError:
        return None


@contextlib.contextmanager
def _locked(folder, exclusive):
    """A lock on the build folder: shared while reading its store, exclusive while changing it.
    Yields False (and does not wait) when another process holds it the other way."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing releases the lock


def _chunks(lines, size=CHUNK):
    buf = []
    for line in lines:
        buf.append(line)
        if len(buf) >= size:
            yield b"".join(buf)
            buf = []
    if buf:
        yield b"".join(buf)


def _merged(nq):
    """N-Triples lines of the RDF merge of ``nq``'s graphs.  A document's own subjects (its IRI and
    the IRIs under it) are in its graph only; the rest (actors, programmes) once however many share them."""
    seen = set()
    with open(nq, "rb") as fh:
        for line in fh:
            head, graph = line.rstrip(b" .\n").rsplit(b" ", 1)
            s = head[:head.index(b" ")]
            if s == graph or s.startswith(graph[:-1] + b"/"):
                yield head + b" .\n"
            elif head not in seen:
                seen.add(head)
                yield head + b" .\n"


def _write_manifest(location, nq, versions):
    with open(Path(location) / MANIFEST, "w", encoding="utf-8") as fh:
        json.dump({"nquads": _stat(nq), "documents": versions}, fh, ensure_ascii=False, sort_keys=True)


def _union(graphs, size=CHUNK):
    """N-Triples chunks of every graph's triples, whole graphs of about ``size`` lines each (a triple several
    graphs hold comes once from each: a store keeps it once)."""
    buf, lines = [], 0
    for _, _, ntriples in graphs:
        data = ntriples()
        buf.append(data)
        lines += data.count(b"\n")
        if lines >= size:
            yield b"".join(buf)
            buf, lines = [], 0
    if buf:
        yield b"".join(buf)


def write(nq, versions=None, location=None, graphs=None):
    """Write the store of ``nq`` anew (in a temporary folder, then moved into place); return its folder.

    ``versions``: ``{document IRI: version}`` for :func:`update` to compare with next time.
    ``location``: where (default: :func:`store_path`; the caller then holds the build folder's
    exclusive lock).  ``graphs``: every graph of ``nq`` as :func:`update` takes them, for the default
    graph (their merge) to be loaded from their N-Triples rather than by reading ``nq`` again.
    """
    nq = Path(nq)
    location = Path(location) if location is not None else store_path(nq)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-oxigraph-", dir=location.parent))
    old = None
    try:
        store = ox.Store(str(tmp / "store"))
        try:
            # In chunks: one bulk load of the whole file holds a million quads per thread (1.4 GB for
            # the corpus); chunks of CHUNK lines hold 350 MB, for about the same time.
            with open(nq, "rb") as fh:
                for chunk in _chunks(fh):
                    store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS)
            for chunk in _chunks(_merged(nq)) if graphs is None else _union(graphs):
                store.bulk_load(chunk, format=ox.RdfFormat.N_TRIPLES)
            store.optimize()
        except (SyntaxError, ValueError) as e:
            raise PolicyKGError(f"{nq}: not valid N-Quads: {' '.join(str(e).split())}") from None
        finally:
            del store  # closes the database
        _write_manifest(tmp / "store", nq, versions or {})
        if location.exists():
            old = tmp / "old"
            os.replace(location, old)
        os.replace(tmp / "store", location)
    finally:
        with deferred_signals():  # a SIGTERM that came during the load ends the run here: remove all first
            shutil.rmtree(tmp, ignore_errors=True)
    return location


def update(nq, documents):
    """Bring the store of ``nq`` (just written by a build) up to date; return a warning or None.

    ``documents``: ``[(document IRI, version or None, function returning its N-Triples bytes)]``.
    Only the graphs of documents whose version changed (None: unknown, always changed), and of
    documents no longer built, are replaced; the default graph (the merge) follows.  When many
    changed, or the store is missing, it is written anew.
    """
    nq = Path(nq)
    location = store_path(nq)
    with _locked(nq.parent, exclusive=True) as ok:
        if not ok:
            return (f"{location} not updated: a `policykg query` or `serve` is reading it "
                    "(it is rewritten on the next build or query)")
        try:
            return _update(nq, location, documents)
        except OSError as e:  # another program (e.g. `oxigraph serve`) holds the database open
            shutil.rmtree(location, ignore_errors=True)  # never leave a store that contradicts graph.nq
            return f"{location} not written: {' '.join(str(e).split())}"


def _update(nq, location, documents):
    versions = {iri: v for iri, v, _ in documents if v is not None}
    old = (_manifest(location) or {}).get("documents") if location.is_dir() else None
    changed = [(iri, ntriples) for iri, v, ntriples in documents if old is None or v is None or old.get(iri) != v]
    removed = sorted(set(old or ()) - {iri for iri, _, _ in documents})
    # The share that decides counts documents: the graphs derived from them (works, answers: versions
    # "work:…") are small, and a new policykg, which changes every document, changes few of them.
    docs = {iri for iri, v, _ in documents if not str(v).startswith("work:")}
    gone = [iri for iri in removed if not str(old.get(iri)).startswith("work:")] if old else []
    if old is None or len(docs & {iri for iri, _ in changed}) + len(gone) > REWRITE * max(len(docs), 1):
        write(nq, versions, graphs=documents)
        return None
    if changed or removed:
        (location / MANIFEST).unlink()  # until the patch is complete the store matches no graph.nq
        store = ox.Store(str(location))
        try:
            for iri in sorted({i for i, _ in changed} | set(removed)):
                g = f"<{iri}>"  # its triples leave the merge unless another document's graph has them too
                store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                             f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }}")
                if store.contains_named_graph(ox.NamedNode(iri)):
                    store.remove_graph(ox.NamedNode(iri))
            for iri, ntriples in changed:
                data = ntriples()
                store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
                store.load(data, format=ox.RdfFormat.N_TRIPLES)
            store.flush()
        finally:
            del store
    _write_manifest(location, nq, versions)
    return None


@contextlib.contextmanager
def reading(data="build", note=None):
    """The folder of a store that holds exactly ``data``'s graph, locked for reading, or None.

    A missing or stale store is written first (``note(message)`` says so), unless the
    folder is not ours to write or a build is changing it.
    """
    nq = nquads_path(data)
    folder = nq.parent
    location = fresh(nq)
    if location is None and os.access(folder, os.W_OK):
        with _locked(folder, exclusive=True) as ok:
            if ok and fresh(nq) is None:
                if note:
                    note(f"writing the query store {store_path(nq)} (once; `policykg build` keeps it up to date)")
                with contextlib.suppress(OSError):
                    write(nq)
        location = fresh(nq)
    if location is None:
        yield None
        return
    with _locked(folder, exclusive=False) as ok:
        yield location if ok and fresh(nq) else None


@contextlib.contextmanager
def opened(data="build", note=None, select=None):
    """``(store, location)`` of ``data`` (a build folder or its ``graph.nq``), read-only, for the ``with`` block.

    The store on disk (see :func:`reading`); where there is none to be had, or a selection of documents
    (``select``, see :mod:`policykg.selection`) asks for part of it, the N-Quads loaded in memory
    (location None).
    """
    from ..selection import Selection

    if Selection.of(select):
        yield load(data, select), None
        return
    with reading(data, note) as location:
        store = None
        if location is not None:
            try:
                store = ox.Store.read_only(str(location))
            except OSError:
                location = None
        if store is None:
            nq = nquads_path(data)
            if note:
                note(f"{store_path(nq)} cannot be used now: loading {nq} in memory")
            store = load(nq)
        yield store, location


def from_nquads(data):
    """A store holding N-Quads ``data`` (str or bytes), with their merge as default graph."""
    store = ox.Store()
    store.load(data.encode("utf-8") if isinstance(data, str) else data, format=ox.RdfFormat.N_QUADS)
    store.update(MERGE)
    return store


def load(data="build", select=None):
    """An in-memory store holding ``data/graph.nq`` (the build output folder, or the file itself).

    ``select`` (see :mod:`policykg.selection`) keeps only the document graphs it selects, and what the
    works graph says of them: the default graph is then their merge.
    """
    from ..selection import Selection

    selection = Selection.of(select)
    path = nquads_path(data)
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError) as e:
        raise PolicyKGError(f"{path}: not valid N-Quads: {' '.join(str(e).split())}") from None
    if selection:
        restrict(store, selection)
    store.update(MERGE)
    return store


def restrict(store, selection):
    """Remove from ``store`` the document graphs ``selection`` leaves out, and what the works' graphs say of
    them (a work left with no version goes altogether, unless a document selected cites it); the answer rows
    (:mod:`policykg.rdf.answers`) are counted again over the documents selected."""
    from rdflib.namespace import RDF, RDFS

    from ..rdf.namespaces import ELI, PKG
    from ..rdf.works import METADATA, records_of
    from ..selection import select

    def triples(s=None, p=None, o=None):
        return [(q.subject.value, q.predicate.value, q.object.value) for q in store.quads_for_pattern(s, p, o)]

    found = [t for p in sorted(METADATA) for t in triples(p=ox.NamedNode(p))]
    found += triples(p=ox.NamedNode(str(RDF.type)), o=ox.NamedNode(str(PKG.Regulation)))
    for issuer in sorted({o for _, p, o in found if p == str(ELI.passed_by)}):
        found += triples(s=ox.NamedNode(issuer), p=ox.NamedNode(str(RDFS.label)))
    docs = records_of(found)
    chosen = select(docs, selection)
    if not chosen:
        raise PolicyKGError(f"no document matches {selection.describe()} (of {len(docs)} in the graph)")
    every = {d.iri for d in docs}
    dropped = every - {d.iri for d in chosen}
    for iri in sorted(dropped):
        store.remove_graph(ox.NamedNode(iri))
    realized_by = ox.NamedNode(str(ELI.is_realized_by))
    cited = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(str(PKG.refersTo)), None)}
    of_dropped = tuple(f"{iri}/" for iri in sorted(dropped))  # a dropped document's citations (pkg:citedVersion)
    for g in [g for g in store.named_graphs() if g.value not in every]:  # the works' graphs
        for q in list(store.quads_for_pattern(None, None, None, g)):
            if q.subject.value in dropped or q.object.value in dropped or q.subject.value.startswith(of_dropped):
                store.remove(q)
        if next(store.quads_for_pattern(None, realized_by, None, g), None) is None and g.value not in cited:
            store.remove_graph(g)  # a work neither selected nor cited by a document selected
    # The answer rows counted the documents dropped too: counted again over those selected.
    from ..rdf.answers import answer_graphs, part_of_store
    from ..rdf.triples import ntriples

    for g in [g for g in store.named_graphs() if "/answer/" in g.value]:  # documents' IRIs are …/doc/…
        store.remove_graph(g)
    kept = sorted(d.iri for d in chosen)
    for g, triples in answer_graphs([part_of_store(store, iri) for iri in kept], kept[0].rsplit("doc/", 1)[0]):
        store.load(ntriples(triples), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(g))


def from_graphs(graphs):
    """A store holding rdflib ``graphs``, each in the named graph of its identifier (no default graph)."""
    store = ox.Store()
    for g in graphs:
        store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(str(g.identifier)))
    return store
