"""The build pipeline: read → extract → graph → write, as one library call.

Documents are processed in parallel and cached (:mod:`policykg.pipeline`);
the outputs are streamed from their N-Triples blocks (:mod:`policykg.rdf.streaming`).

>>> from policykg.build import build
>>> result = build(out=tmp_path)  # doctest: +SKIP
"""

import hashlib
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, PolicyKGError
from .identity.curation import Curation
from .identity.curation import load as load_curation
from .lifetime import deferred_signals, die_with_parent, locked, remove_stale, signals_end_run
from .outputs import recover, write_atomically
from .rdf.document_graph import document_graph
from .rdf.iris import DEFAULT_BASE, Minter
from .rdf.serialise import bind
from .rdf.streaming import BlockGraph, to_jsonld, to_nquads, to_turtle
from .readers import default_path, iter_inputs, read
from .selection import Selection

__all__ = ["build", "read_all", "document_graphs", "remove_leftovers", "BuildResult", "FORMATS"]

FORMATS = {"ttl": "graph.ttl", "nq": "graph.nq", "jsonld": "graph.jsonld"}
# Above this many triples only N-Quads is written unless Turtle/JSON-LD are asked for.
LARGE = 250_000
PARALLEL = 50_000  # above this many triples, the graph outputs are serialised in parallel


@dataclass
class BuildResult:
    documents: list = field(default_factory=list)  # pipeline.DocResult, one per document built
    skipped: list = field(default_factory=list)  # (path, problem)
    written: list = field(default_factory=list)
    triples: int = 0  # distinct triples of the union graph
    seconds: float = 0.0
    stages: dict = field(default_factory=dict)  # stage -> seconds (per-document stages summed over workers)
    selection: str = ""  # the selection options, as typed (empty: every document read was built)
    read: int = 0  # documents read (one per document), before the selection
    warnings: list = field(default_factory=list)

    @property
    def articles(self):
        return sum(d.articles for d in self.documents)

    @property
    def provisions(self):
        return sum(d.provisions for d in self.documents)

    @property
    def actors(self):
        """Distinct actors: one IRI per canonical name, shared across documents."""
        return len({a for d in self.documents for a in d.actors})

    @property
    def programmes(self):
        return len({p for d in self.documents for p in d.programmes})

    @property
    def cached(self):
        return sum(d.cached for d in self.documents)


def read_all(paths=None, keep_going=False):
    """Read every regulation under ``paths`` (default: the bundled one).

    Returns ``(documents, skipped)``; without ``keep_going`` the first bad file raises.
    A second copy of a document (the same id, or the same title and version date) is skipped,
    not merged, as a build skips it (:func:`policykg.identity.documents.deduplicate`).
    """
    from .identity.documents import DocumentRecord, deduplicate

    files = iter_inputs(paths or [default_path()])
    docs, skipped = [], []
    for f in files:
        try:
            docs.append(read(f))
        except InputError as e:
            if not keep_going:
                raise
            skipped.append((e.path, e.problem))
    kept, duplicates = deduplicate([DocumentRecord.of(d) for d in docs])
    skipped += [(docs[i].path, problem) for i, problem in duplicates]
    docs = [docs[i] for i in kept]
    if not docs:
        raise PolicyKGError("no document could be read: " + "; ".join(f"{p}: {m}" for p, m in skipped))
    return docs, skipped


def document_graphs(docs, base=DEFAULT_BASE):
    """One rdflib Graph per document (named by the document IRI), with every layer."""
    from .extract import extract
    from .rdf.provision_graph import provision_graph

    minter = Minter(base)
    graphs = []
    for doc in docs:
        g = bind(document_graph(doc, minter), base)
        extract(doc)
        provision_graph(doc, minter, g)
        graphs.append(g)
    return graphs


def build(paths=None, out="build", base=DEFAULT_BASE, keep_going=False, formats=None, validate=True,
          jobs=None, cache=True, progress=None, select=None, curation=None, scheduler=None):
    """Build the knowledge graph of ``paths`` and write it into ``out``.

    One document per title and version date (a second copy is skipped); the versions of each work are
    linked in a named graph per work (:mod:`policykg.rdf.works`); ``select`` (a
    :class:`~policykg.selection.Selection` or the options' values) keeps only the documents it selects.
    ``tables/documents.csv`` lists the documents built.

    Nothing in ``out`` changes unless every output was produced (and, with
    ``validate``, every document graph conforms to ``ontology/shapes.ttl``).
    ``formats``: default all of :data:`FORMATS`, but only ``nq`` for graphs of
    more than :data:`LARGE` triples; outputs of formats not written are removed.
    ``jobs``: worker processes (default: one per CPU); ``cache``: see
    :func:`policykg.pipeline.run`; ``progress``: show a bar (default: when
    stderr is a terminal); ``curation``: a researcher's decisions
    (:class:`policykg.identity.curation.Curation`, or the path of its YAML file); ``scheduler``: a Dask
    scheduler's address, whose workers do the documents (see :func:`policykg.pipeline.run`).

    The documents' triples wait on disk until they are written (in the cache,
    else in a temporary folder), so memory does not grow with the graph.

    One build at a time writes into ``out`` (another raises :class:`~policykg.lifetime.Busy`);
    SIGTERM ends a build as Ctrl-C does, removing its temporaries, and a build removes
    those that killed builds left (:mod:`policykg.lifetime`).
    """
    if not re.match(r"https?://\S+[/#]$", base or ""):
        raise PolicyKGError(f"--base {base!r} is not an http(s) IRI ending with / or #")

    t0 = time.perf_counter()
    unknown = set(formats or ()) - set(FORMATS)
    if unknown:
        raise PolicyKGError(f"unknown output format {sorted(unknown)[0]!r} (choose from {', '.join(FORMATS)})")
    select = Selection.of(select)
    files = iter_inputs(paths or [default_path()])
    if curation is not None and not isinstance(curation, Curation):
        curation = load_curation(curation)
    with signals_end_run(), locked(out):
        remove_leftovers(out)
        work, children = tempfile.mkdtemp(prefix=f"policykg-build-{os.getpid()}-"), []
        try:
            return _build(files, out, base, keep_going, formats, validate, jobs, cache, progress, work, children,
                          t0, select, curation, scheduler)
        finally:
            with deferred_signals():
                for c in children:
                    c.terminate()
                    c.join()
                shutil.rmtree(work, ignore_errors=True)


def remove_leftovers(out, tmp=None):
    """Remove what killed builds left: finish their moves into ``out`` (see :func:`policykg.outputs.recover`;
    hold the lock on ``out``) and remove their folders in ``tmp`` (default: the system's temporary folder)."""
    recover(out)
    remove_stale(tmp or tempfile.gettempdir(), "policykg-build-*", r"^policykg-build-(\d+)-")


def _forked(produce, graph, path, children):
    """The chunks of ``produce(graph)``, written to ``path`` meanwhile by a forked process of its own."""
    import multiprocessing

    child = multiprocessing.get_context("fork").Process(target=_serialise, args=(produce, graph, path), daemon=True)
    with deferred_signals():  # a Ctrl-C during the fork waits for it (see pipeline._pool)
        child.start()
        children.append(child)

    def chunks():
        child.join()
        if child.exitcode != 0:
            raise PolicyKGError(f"writing {Path(path).name} failed (exit status {child.exitcode})")
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 22):
                yield chunk
    return chunks()


def _serialise(produce, graph, path):
    die_with_parent()
    with open(path, "wb") as fh:
        for chunk in produce(graph):
            fh.write(chunk)


def _build(inputs, out, base, keep_going, formats, validate, jobs, cache, progress, work, children, t0, select,
           curation=None, scheduler=None):
    from .analysis.tables import documents_table, to_csv
    from .pipeline import STAGES, documents, network, process, run, summary, unique
    from .rdf.answers import answer_graphs
    from .rdf.nquads import count, merge
    from .rdf.triples import blocks
    from .rdf.works import work_graphs
    from .relations.links import citations_table, work_graph_triples
    from .relations.network import relations

    # graph.html of one file is the detailed view of its whole networkx view; of many, the
    # actors view, made from a small summary of each document.
    view = "full" if len(inputs) == 1 else "summary"
    results, skipped = run(inputs, base, keep_going, validate, jobs, cache, progress, network=view,
                           spill=None if cache else work, curation=curation, scheduler=scheduler)
    docs, duplicates = unique(results)  # one per document, as in read_all
    skipped += duplicates
    if not docs:
        raise PolicyKGError("no document could be read: " + "; ".join(f"{p}: {m}" for p, m in skipped))
    read_docs = len(docs)
    docs = documents(docs, select)  # versions linked among all the documents read, then the selection
    if not docs:
        raise PolicyKGError(f"no document matches {select.describe()} (of {read_docs} read)")
    t1 = time.perf_counter()
    stages = {k: sum(d.seconds.get(k, 0.0) for d in docs) for k in STAGES}
    stages["documents (wall)"] = t1 - t0
    if validate:
        from .sparql.validate import ValidationError
        bad = next((d.invalid for d in docs if d.invalid), None)  # each graph was checked in its worker
        if bad:
            raise ValidationError(bad)  # one line, before anything is written
    refs = {d.id: d.citations for d in docs if d.citations}  # the 《…》 citations, resolved among the documents
    extra = work_graph_triples([d.record for d in docs], refs, base)
    works = [(w, blocks(t + extra.pop(w, []))) for w, t in work_graphs([d.record for d in docs], base)]
    works += [(w, blocks(t)) for w, t in extra.items()]  # + works cited, not read
    # + the answers of the canned queries that combine documents (policykg.rdf.answers)
    works = sorted(works + [(g, blocks(t)) for g, t in answer_graphs([d.answers for d in docs], base)],
                   key=lambda x: x[0])
    graph = BlockGraph([(d.iri, d.load_blocks) for d in docs] + works, base)
    # Only subjects outside a document's own IRIs (actors, programmes) can be in several documents;
    # a work's graph says of its documents only what their own graphs do not.
    triples = (sum(d.triples - count(d.shared) for d in docs)
               + count(merge([d.shared for d in sorted(docs, key=lambda d: d.iri)]))
               + sum(count(b) for _, b in works))
    formats = formats or (tuple(FORMATS) if triples <= LARGE else ("nq",))
    files = {}
    import multiprocessing
    # A large graph's outputs are serialised side by side, each in a process of its own, while
    # this one makes graph.html; each one written is the same bytes either way.
    forked = triples > PARALLEL and "fork" in multiprocessing.get_all_start_methods()
    for f, produce in (("nq", to_nquads), ("ttl", to_turtle), ("jsonld", to_jsonld)):
        if f in formats:
            name = FORMATS[f]
            files[name] = _forked(produce, graph, Path(work) / name, children) if forked else produce(graph)
    t2 = time.perf_counter()
    from .viz.html import graph_html
    page = None
    if view == "summary":
        s = summary(docs)
        if len(s.docs) > 1:  # the actors view (as `policykg viz` chooses it), and the document network
            page = graph_html(s, records=[d.record for d in docs], relations=relations(docs, refs))
        else:  # at most one document with articles: the detailed view may apply, which needs the whole view
            docs_views = [process(d.path, base, validate=False, network=True) for d in docs]
    else:
        docs_views = docs
    if page is None:
        page = graph_html(network(docs_views),  # as `policykg viz` writes it
                          title=docs[0].record.label if len(docs) == 1 else None, records=[d.record for d in docs])
    files["graph.html"] = page
    records = sorted((d.record for d in docs), key=lambda r: (r.label, r.id))  # as analyze lists them
    files["tables/documents.csv"] = to_csv(documents_table(records, {d.id: d.provisions for d in docs}))
    files["tables/citations.csv"] = to_csv(citations_table(records, refs))
    t3 = time.perf_counter()
    written = write_atomically(out, files)  # the graph outputs are serialised as they are written
    for f in set(FORMATS) - set(formats):  # no stale graph beside the new one
        (Path(out) / FORMATS[f]).unlink(missing_ok=True)
    t4 = time.perf_counter()
    warnings = []
    if "nq" in formats:  # the query store beside graph.nq, patched where documents changed
        from .sparql import store
        nq = Path(out) / FORMATS["nq"]
        # a work's graph changes with the set of its versions read: its version is a digest of its triples
        # (unknown, like every document's, without a cache: the store is then written anew)
        known = all(d.key is not None for d in docs)
        work_graphs_ = [(w, "work:" + hashlib.blake2b(b"".join(c for _, c in b), digest_size=12).hexdigest()
                         if known else None, lambda b=b: b"".join(c for _, c in b)) for w, b in works]
        problem = store.update(nq, [(d.iri, d.key, lambda d=d: b"".join(c for _, c in d.load_blocks()))
                                    for d in docs] + work_graphs_)
        if problem:
            warnings.append(problem)
        elif store.fresh(nq):
            written.append(store.store_path(nq))
    else:
        shutil.rmtree(Path(out) / Path(FORMATS["nq"]).with_suffix(".oxigraph"), ignore_errors=True)
    t5 = time.perf_counter()
    stages.update({"viz": t3 - t2, "serialise+write": t4 - t3, "store": t5 - t4})
    return BuildResult(documents=docs, skipped=skipped, written=written, triples=triples,
                       seconds=time.perf_counter() - t0, stages=stages, selection=select.describe(), read=read_docs,
                       warnings=warnings)
