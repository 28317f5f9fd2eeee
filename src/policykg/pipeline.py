"""The per-document work of a build, in parallel and cached.

Each file goes read → extract → graph (→ validate) in a worker process and
comes back as a picklable :class:`DocResult`: the document's triples as
sorted N-Triples blocks (:mod:`policykg.rdf.nquads`) plus its counts.  Results
are cached per file (:mod:`policykg.cache`), so a rebuild redoes only the
files that changed.  Results come back in file order whatever the number of
workers, so outputs and errors do not depend on it.

With a cache or a ``spill`` folder, the blocks stay on disk (in the cache
entry, or a file in the spill folder) and a result carries only its counts,
the blocks of subjects other documents may share (actors, programmes), and
what graph.html needs: the main process of a build then holds megabytes per
thousand documents, not the graph.

>>> from policykg.readers import default_path
>>> [r], skipped = run([default_path()], jobs=1, cache=None)
>>> r.title, r.articles, r.triples > 1000
('常州市促进智能制造发展条例', 47, True)
"""

import contextlib
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass, field

from . import frozen
from .cache import Cache
from .errors import InputError, PolicyKGError
from .identity.curation import rejected
from .identity.documents import DocumentRecord
from .lifetime import deferred_signals, die_with_parent
from .progress import progress
from .rdf.iris import DEFAULT_BASE

__all__ = ["DocResult", "process", "run", "unique", "documents", "network", "summary", "default_jobs", "STAGES"]

STAGES = ("read", "extract", "graph", "validate", "network")
SCHEDULER_TIMEOUT = "10s"  # to connect to a Dask scheduler


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
    blocks: list | None  # [(subject, N-Triples bytes)], see policykg.rdf.nquads; None when in `spill`
    triples: int = 0  # in the document graph
    shared: list = field(default_factory=list)  # the blocks of subjects outside the document's own IRIs
    spill: str | None = None  # the file holding the blocks (policykg.frozen), when they are not in memory
    invalid: str | None = None  # the shapes violation message, if any
    validated: bool = False
    network: object = None  # the networkx view of the document (policykg.analysis.load.to_networkx)
    summary: object = None  # what graph.html needs of many documents (policykg.viz.summary.Summary)
    stated: dict = field(default_factory=dict)  # actor/programme IRI -> {type or level predicate: first object}
    record: object = None  # what identifies the document (policykg.identity.documents.DocumentRecord)
    citations: list = field(default_factory=list)  # its citations of other laws (policykg.rdf.citations.external)
    paragraphs: list | None = None  # with a summary: its paragraphs, signed (relations.similarity.paragraphs)
    answers: object = None  # what the canned queries' answers take from it (policykg.rdf.answers.Part)
    seconds: dict = field(default_factory=dict)  # stage -> CPU seconds spent on this document
    cached: bool = False
    key: str | None = None  # the cache entry's key (file, base, curation; its folder names the code), if cached

    def load_blocks(self):
        """The blocks, from memory or from the spill file."""
        if self.blocks is not None:
            return self.blocks
        try:
            return frozen.loads_blocks(frozen.read(self.spill))
        except (OSError, frozen.Damaged) as e:  # changed since it was checked: rebuild to mend it
            raise PolicyKGError(f"{self.spill}: {getattr(e, 'strerror', None) or e}; build again") from None

    def spill_to(self, path):
        """Write the blocks to ``path`` (write, then rename) and drop them from memory."""
        frozen.write(path, frozen.dumps_blocks(self.blocks))
        self.blocks, self.spill = None, str(path)


def default_jobs():
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _validate(iri, quads):
    """The one-line message of the shapes the document graph ``quads`` breaks, or None."""
    import pyoxigraph as ox

    from .rdf.namespaces import PKG
    from .rdf.triples import TYPE, ntriples
    from .sparql.validate import ValidationError, conforms, predicates, validate_graphs

    if conforms(quads):  # checked in Python; what may not conform goes to the compiled shapes, the reference
        return None
    checked = predicates()  # only the triples the checks read: the text of every unit need not be indexed
    # pkg:text is checked on sentences only (ontology/shapes.ttl): the text of the document and its units is not read
    text, sentences = str(PKG.text), {s for s, p, o, _ in quads if p == TYPE and o == str(PKG.Sentence)}
    store = ox.Store()
    store.load(ntriples([q for q in quads if q[1] in checked and (q[1] != text or q[0] in sentences)]),
               format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    try:
        validate_graphs(None, store=store)
    except ValidationError as e:
        return str(e)
    return None


def process(path, base=DEFAULT_BASE, validate=True, network=False, curation=None):
    """Read, extract and graph one file into a :class:`DocResult` (raises :class:`InputError`).

    ``network``: also make the networkx view of the document (True or ``"full"``; its summary
    too, so that the result serves both), or only the :class:`~policykg.viz.summary.Summary`
    graph.html needs of many documents (``"summary"``).
    """
    from .extract import extract
    from .identity.documents import DocumentRecord
    from .rdf.answers import part
    from .rdf.iris import Minter
    from .rdf.namespaces import PKG
    from .rdf.citations import external
    from .rdf.triples import TYPE, blocks, triples
    from .relations.similarity import paragraphs
    from .readers import read

    clock = time.process_time  # CPU seconds: what a stage costs, whatever else the machine runs
    t0 = clock()
    doc = read(path)
    t1 = clock()
    extract(doc)
    if curation is not None:  # a researcher's decisions (policykg.identity.curation), applied by the graph stage
        doc.layers["curation"] = curation
    t2 = clock()
    iri = Minter(base, str).doc(doc.id)
    quads = list(triples(doc, base))  # plain strings: no rdflib terms (see policykg.rdf.triples)
    kinds = {str(PKG.Actor), str(PKG.Programme)}
    typed = {s for s, p, o, _ in quads if p == TYPE and o in kinds}
    stated, told = {}, {str(PKG.actorType), str(PKG.adminLevel), str(PKG.programmeType)}
    for s, p, o, _ in quads:  # a union of documents takes these from the first one that states them
        if p in told and s in typed:
            stated.setdefault(s, {}).setdefault(p, o)
    bl = blocks(quads)
    answers = part(quads, iri)
    t3 = clock()
    record = DocumentRecord.of(doc)
    record.iri = iri
    own = iri + "/"  # the document's own subjects; any other (actors, programmes) may be in other documents too
    r = DocResult(path=str(path), id=doc.id, iri=iri, title=doc.title, articles=len(doc.articles),
                  provisions=len(doc.layers.get("provisions", [])) - len(rejected(doc)),
                  actors=sorted(s for s in typed if s.startswith(f"{base}actor/")),
                  programmes=sorted(s for s in typed if s.startswith(f"{base}programme/")),
                  blocks=bl, triples=sum(c.count(b"\n") for _, c in bl),
                  shared=[(s, c) for s, c in bl if s != iri and not s.startswith(own)], stated=stated, record=record,
                  citations=external(doc, base), answers=answers,
                  seconds={"read": t1 - t0, "extract": t2 - t1, "graph": t3 - t2})
    if validate:
        r.invalid, r.validated = _validate(r.iri, quads), True
        r.seconds["validate"] = clock() - t3
    if network:
        from .analysis.load import to_networkx
        from .rdf.index import StringIndex
        from .viz.summary import summarise, summary_of

        t4 = clock()
        index = StringIndex((s, p, o) for s, p, o, _ in quads)  # answers as an rdflib Graph of them would
        if network != "summary":
            r.network = to_networkx(index)
            r.summary = summarise(r.network)
        else:  # the page of many documents needs no view, and draws the paragraphs they share (relations.network)
            r.summary = summary_of(index)
            r.paragraphs = paragraphs(doc)
        r.seconds["network"] = clock() - t4
    return r


def unique(results):
    """``(results, duplicates)``: one result per document, in file order, and ``(path, problem)`` for each
    second copy (the same id, or the same title and version date: a .docx twin, a LawRefBook copy).

    Which copy is kept: see :func:`policykg.identity.documents.deduplicate`.
    """
    from .identity.documents import deduplicate

    kept, duplicates = deduplicate([r.record for r in results])
    return [results[i] for i in kept], [(results[i].path, problem) for i, problem in duplicates]


def documents(results, selection=None):
    """The results of the documents ``selection`` keeps (all by default), their records' versions linked
    among all ``results`` (which :func:`unique` has left one per document)."""
    from .identity.documents import link_versions
    from .selection import Selection

    link_versions([r.record for r in results])
    selection = Selection.of(selection)
    return [r for r in results if selection.matches(r.record)] if selection else list(results)


def network(results):
    """The networkx view of several documents: their views composed in document IRI order."""
    import networkx as nx

    return nx.compose_all([r.network for r in sorted(results, key=lambda r: r.iri)])


def summary(results):
    """The :class:`~policykg.viz.summary.Summary` of several documents (their summaries merged)."""
    from .viz.summary import merge

    return merge(r.summary for r in sorted(results, key=lambda r: r.iri))


def _work(task):
    """Worker entry point: ``(path, base, validate, network, cache root, key, spill file)`` → DocResult or
    ``(path, problem)``.  The blocks go to the cache (beside the entry) or the spill file when there is one."""
    path, base, validate, net, root, key, spill, curation = task
    r = _remote((path, base, validate, net, curation))
    if isinstance(r, DocResult):
        _keep(r, root, key, spill)
    return r


def _remote(task):
    """``(path, base, validate, network, curation)`` → DocResult (blocks in memory) or ``(path, problem)``:
    what a Dask worker computes; the main process keeps it (:func:`_keep`), so workers need no cache."""
    path, base, validate, net, curation = task
    try:
        return process(path, base, validate, net, curation)
    except InputError as e:
        return (e.path, e.problem)
    except Exception as e:
        if hasattr(e, "add_note"):  # Python 3.11+; on 3.10 the traceback still names the worker
            e.add_note(f"(while building {path})")
        raise


def _keep(r, root, key, spill):
    """Put ``r`` in the cache (its blocks beside the entry), or its blocks in the ``spill`` file."""
    if root is not None and key is not None:
        cache = Cache(root)
        cache.dir.mkdir(parents=True, exist_ok=True)
        r.key = f"{cache.dir.name}/{key}"
        r.spill_to(_blocks_file(cache, key))
        cache.put(key, r)
    elif spill is not None:
        r.spill_to(spill)


@contextlib.contextmanager
def _signals_for_the_main_thread():
    """Threads started in the block (the Dask client's, and theirs) never take SIGTERM, SIGHUP or SIGINT:
    only the main thread does, so that :func:`policykg.lifetime.deferred_signals` can hold them."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    old = mask(signal.SIG_BLOCK, {getattr(signal, n) for n in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, n)})
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, old)


def _fingerprint():
    from . import cache

    return cache.fingerprint()


def _on_cluster(address, tasks):
    """The results of :func:`_work` of ``tasks`` computed on the Dask cluster at ``address``, in input order.

    Workers read the input files at the same paths (a shared folder) and send each result back; the
    cache and spill files are written here, as by a local run.
    """
    try:
        from distributed import Client
    except ImportError:
        raise PolicyKGError("--scheduler needs dask.distributed: pip install 'policykg[dask]'") from None
    try:
        with _signals_for_the_main_thread():
            client = Client(address, timeout=SCHEDULER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise PolicyKGError(f"--scheduler {address}: cannot reach a Dask scheduler there "
                            f"({' '.join(str(e).split())})") from None
    with client:
        # Results are cached under this code's fingerprint: a worker running other code would file
        # its results there, and the outputs would depend on which worker did a document.
        try:
            theirs = client.run(_fingerprint)
        except Exception as e:  # a worker without policykg cannot even unpickle the function
            raise PolicyKGError(f"--scheduler {address}: a worker cannot run policykg "
                                f"({' '.join(str(e).split())}); install it there") from None
        ours = _fingerprint()
        other = sorted(w for w, fp in theirs.items() if fp != ours)
        if other:
            raise PolicyKGError(f"--scheduler {address}: worker {other[0]} runs other policykg code than this "
                                f"command (code {theirs[other[0]]}, here {ours}); install the same there")
        futures = client.map(_remote, [(f, b, v, n, c) for f, b, v, n, _, _, _, c in tasks], pure=False)
        try:
            for task, future in zip(tasks, futures):
                r = future.result()
                if isinstance(r, DocResult):
                    _keep(r, *task[4:7])
                yield r
        finally:
            client.cancel(futures)


def _blocks_file(cache, key):
    return cache.dir / f"{key}.blocks"


def _intact(path):
    try:
        frozen.check_blocks(frozen.read(path))
        return True
    except (OSError, frozen.Damaged):
        return False


def _has_view(r, network):
    if network == "summary":
        return r.summary is not None and r.paragraphs is not None
    return r.network is not None or not network


def _pool(jobs):
    # fork starts workers in milliseconds with everything imported; elsewhere spawn.
    # (a Ctrl-C that lands while forking would run in logging's at-fork hook, which swallows it with a
    # traceback: it waits until the workers are started)
    methods = multiprocessing.get_all_start_methods()
    with deferred_signals():
        return multiprocessing.get_context("fork" if "fork" in methods else "spawn").Pool(jobs, initializer=die_with_parent)


def run(files, base=DEFAULT_BASE, keep_going=False, validate=True, jobs=None, cache=True, show_progress=None,
        network=False, spill=None, curation=None, scheduler=None):
    """:class:`DocResult` of each file that could be read, in file order; and the ``(path, problem)`` skipped.

    Without ``keep_going`` the first unreadable file (in file order) raises its
    :class:`InputError`.  ``jobs``: worker processes (default: one per CPU;
    1 works in this process).  ``cache``: True (the default folder), a
    :class:`~policykg.cache.Cache`, a folder, or None/False for none.
    ``validate``, ``network``: also check the shapes, make the networkx view (see :func:`process`).
    ``spill``: a folder for the blocks of documents when there is no cache (default: keep them in memory).
    ``curation``: a :class:`~policykg.identity.curation.Curation` applied to every document.
    ``scheduler``: the address of a Dask scheduler (``tcp://host:8786``) whose workers do the documents
    instead of local processes (``jobs`` is then unused); the outputs are the same.
    """
    from .rdf.answers import Part
    from .viz.summary import Summary

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
                    key = cache.key(f, base, curation.digest if curation is not None else "")
                except OSError:  # the reader gives the one-line error
                    key = None
                hit = cache.get(key, (DocResult, Summary, DocumentRecord, Part)) if key else None
                if (isinstance(hit, DocResult) and (hit.validated or not validate) and _has_view(hit, network)
                        and _intact(_blocks_file(cache, key))):
                    hit.path, hit.cached, hit.spill = f, True, str(_blocks_file(cache, key))
                    hit.record.path = f
                    hit.key = f"{cache.dir.name}/{key}"
                    out[i] = hit
                    bar.update()
                    continue
            todo.append((i, (f, base, validate, network, str(cache.root) if cache else None, key,
                             os.path.join(spill, f"{i}.blocks") if spill else None, curation)))
        jobs = max(1, min(jobs or default_jobs(), len(todo)))
        pool = _pool(jobs) if jobs > 1 and not scheduler else None
        tasks = [t for _, t in todo]
        results = _on_cluster(scheduler, tasks) if scheduler and todo else None
        try:
            if results is None:
                results = pool.imap(_work, tasks) if pool else map(_work, tasks)
            for (i, _), r in zip(todo, results):
                if isinstance(r, tuple) and not keep_going:
                    raise InputError(*r)
                out[i] = r
                bar.update()
        finally:
            if pool:
                pool.terminate()
                pool.join()
            if hasattr(results, "close"):  # the cluster's client: its futures cancelled
                results.close()
            if cache:
                cache.clean()  # the temporaries of workers ended half-way through writing an entry
    if cache:
        cache.prune()
    skipped = [r for r in out if isinstance(r, tuple)]
    return [r for r in out if isinstance(r, DocResult)], skipped
