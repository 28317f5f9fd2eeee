"""The per-document work of a build, in parallel and cached.

Each file goes read → extract → graph (→ validate) in a worker process and
comes back as a picklable :class:`DocResult`: the document's triples as
sorted N-Triples blocks (:mod:`policykg.rdf.nquads`) plus its counts.  Results
are cached per file (:mod:`policykg.cache`), so a rebuild redoes only the
files that changed.  Results come back in file order whatever the number of
workers, so outputs and errors do not depend on it.

>>> from policykg.readers import default_path
>>> [r], skipped = run([default_path()], jobs=1, cache=None)
>>> r.title, r.articles, r.triples > 1000
('常州市促进智能制造发展条例', 47, True)
"""

import multiprocessing
import os
import time
from dataclasses import dataclass, field

from .cache import Cache
from .errors import InputError, PolicyKGError
from .progress import progress
from .rdf.iris import DEFAULT_BASE

__all__ = ["DocResult", "process", "run", "network", "default_jobs", "STAGES"]

STAGES = ("read", "extract", "graph", "validate", "network")


@dataclass
class DocResult:
    """What a build keeps of one document: its triples and what the summary counts."""

    path: str
    id: str
    iri: str
    title: str
    articles: int
    provisions: int
    actors: list  # actor IRIs, sorted
    programmes: list  # programme IRIs, sorted
    blocks: list  # [(subject, N-Triples bytes)], see policykg.rdf.nquads
    invalid: str | None = None  # the shapes violation message, if any
    validated: bool = False
    network: object = None  # the networkx view of the document (policykg.analysis.load.to_networkx)
    seconds: dict = field(default_factory=dict)  # stage -> CPU seconds spent on this document
    cached: bool = False

    @property
    def triples(self):
        return sum(c.count(b"\n") for _, c in self.blocks)


def default_jobs():
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _validate(iri, blocks):
    """The one-line message of the shapes the document graph breaks, or None."""
    import pyoxigraph as ox

    from .sparql.validate import ValidationError, validate_graphs

    store = ox.Store()
    store.load(b"".join(c for _, c in blocks), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    try:
        validate_graphs(None, store=store)
    except ValidationError as e:
        return str(e)
    return None


def process(path, base=DEFAULT_BASE, validate=True, network=False):
    """Read, extract and graph one file into a :class:`DocResult` (raises :class:`InputError`)."""
    from .extract import extract
    from .rdf.document_graph import document_graph
    from .rdf.iris import Minter
    from .rdf.namespaces import PKG
    from .rdf.nquads import TripleSink, blocks
    from .rdf.provision_graph import provision_graph
    from .readers import read

    clock = time.process_time  # CPU seconds: what a stage costs, whatever else the machine runs
    t0 = clock()
    doc = read(path)
    t1 = clock()
    extract(doc)
    t2 = clock()
    minter = Minter(base)
    iri = minter.doc(doc.id)
    sink = TripleSink(iri)
    document_graph(doc, minter, sink)
    provision_graph(doc, minter, sink)
    typed = {str(s) for s, p, o in sink.triples if o == PKG.Actor or o == PKG.Programme}
    bl = blocks(sink.triples)
    t3 = clock()
    r = DocResult(path=str(path), id=doc.id, iri=str(iri), title=doc.title, articles=len(doc.articles),
                  provisions=len(doc.layers.get("provisions", [])),
                  actors=sorted(s for s in typed if s.startswith(f"{base}actor/")),
                  programmes=sorted(s for s in typed if s.startswith(f"{base}programme/")),
                  blocks=bl, seconds={"read": t1 - t0, "extract": t2 - t1, "graph": t3 - t2})
    if validate:
        r.invalid, r.validated = _validate(r.iri, bl), True
        r.seconds["validate"] = clock() - t3
    if network:
        from .analysis.load import to_networkx
        from .rdf.index import TripleIndex

        t4 = clock()
        r.network = to_networkx(TripleIndex(sink.triples))  # the same view as from an rdflib Graph, 3× sooner
        r.seconds["network"] = clock() - t4
    return r


def network(results):
    """The networkx view of several documents: their views composed in document IRI order."""
    import networkx as nx

    return nx.compose_all([r.network for r in sorted(results, key=lambda r: r.iri)])


def _work(task):
    """Worker entry point: ``(path, base, validate, network, cache root, key)`` → DocResult or ``(path, problem)``."""
    path, base, validate, net, root, key = task
    try:
        r = process(path, base, validate, net)
    except InputError as e:
        return (e.path, e.problem)
    except Exception as e:
        e.add_note(f"(while building {path})")
        raise
    if root is not None and key is not None:
        Cache(root).put(key, r)
    return r


def _pool(jobs):
    # fork starts workers in milliseconds with everything imported; elsewhere spawn.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn").Pool(jobs)


def run(files, base=DEFAULT_BASE, keep_going=False, validate=True, jobs=None, cache=True, show_progress=None,
        network=False):
    """:class:`DocResult` of each file that could be read, in file order; and the ``(path, problem)`` skipped.

    Without ``keep_going`` the first unreadable file (in file order) raises its
    :class:`InputError`.  ``jobs``: worker processes (default: one per CPU;
    1 works in this process).  ``cache``: True (the default folder), a
    :class:`~policykg.cache.Cache`, a folder, or None/False for none.
    ``validate``, ``network``: also check the shapes, make the networkx view.
    """
    files = [str(f) for f in files]
    if cache is True:
        cache = Cache()
    elif cache and not isinstance(cache, Cache):
        cache = Cache(cache)
    out = [None] * len(files)
    todo = []
    with progress(len(files), "building", enabled=show_progress) as bar:
        for i, f in enumerate(files):
            key = None
            if cache:
                try:
                    key = cache.key(f, base)
                except OSError:  # the reader gives the one-line error
                    key = None
                hit = cache.get(key) if key else None
                if hit is not None and (hit.validated or not validate) and (hit.network is not None or not network):
                    hit.path, hit.cached = f, True
                    out[i] = hit
                    bar.update()
                    continue
            todo.append((i, (f, base, validate, network, str(cache.root) if cache else None, key)))
        jobs = max(1, min(jobs or default_jobs(), len(todo)))
        pool = _pool(jobs) if jobs > 1 else None
        try:
            results = pool.imap(_work, [t for _, t in todo]) if pool else map(_work, [t for _, t in todo])
            for (i, _), r in zip(todo, results):
                if isinstance(r, tuple) and not keep_going:
                    raise InputError(*r)
                out[i] = r
                bar.update()
        finally:
            if pool:
                pool.terminate()
                pool.join()
    if cache:
        cache.prune()
    skipped = [r for r in out if isinstance(r, tuple)]
    return [r for r in out if isinstance(r, DocResult)], skipped
