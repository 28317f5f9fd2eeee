"""What ``analyze``, ``viz`` and ``compare`` read: regulations through the build's pipeline, or built graph files.

Regulations go through :func:`policykg.pipeline.run`, as in ``build``: worker
processes, the per-file cache, and each document's networkx view made in its
worker.  The views are composed in document IRI order
(:func:`policykg.pipeline.network`), which is the view
:func:`~policykg.analysis.load.to_networkx` makes of the documents' union graph
(tests compare the two).  N-Quads and N-Triples files are parsed by pyoxigraph
into a plain-string index (:class:`~policykg.rdf.index.StringIndex`); Turtle and
JSON-LD by rdflib.

>>> loaded = load()
>>> [(d.id, d.label) for d in loaded.documents]
[('ff80818198a7ecd40198f39a6b8d0d95', '常州市促进智能制造发展条例（2025-08-06）')]
>>> sum(d["kind"] == "provision" for _, d in loaded.network.nodes(data=True)) > 400
True
"""

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, PolicyKGError
from ..identity.curation import Curation
from ..identity.curation import load as load_curation
from .load import documents, notation, to_networkx

__all__ = ["Loaded", "load", "graph_triples", "GRAPH_SUFFIXES"]

GRAPH_SUFFIXES = {".ttl": "turtle", ".nq": "nquads", ".jsonld": "json-ld", ".nt": "nt"}


@dataclass
class Loaded:
    network: object  # the multi-digraph; or, when a summary was asked for and will do, a viz Summary
    documents: list  # policykg.identity.documents.DocumentRecord of each document, versions linked, by label
    relations: object = None  # with a summary of regulations: their document network (policykg.relations.network)


def graph_triples(path, graphs=False):
    """The triples of a built N-Quads or N-Triples file (every graph merged) as plain strings, in file order;
    with ``graphs``, quads: each triple with the name of its graph (``None`` for the default graph).

    Indexed in file order (:class:`~policykg.rdf.index.StringIndex`), as rdflib's store keeps
    them, a look-up gives the first value rdflib gives.
    """
    import pyoxigraph as ox

    fmt = ox.RdfFormat.N_QUADS if path.suffix.lower() == ".nq" else ox.RdfFormat.N_TRIPLES
    one = {}.setdefault  # one string object per distinct IRI or literal: a corpus's repeats cost 0.3 GB otherwise
    if graphs:
        return [(one(q.subject.value, q.subject.value), one(q.predicate.value, q.predicate.value),
                 one(q.object.value, q.object.value), getattr(q.graph_name, "value", None))
                for q in ox.parse(path=str(path), format=fmt)]
    return [(one(s := q.subject.value, s), one(p := q.predicate.value, p), one(o := q.object.value, o))
            for q in ox.parse(path=str(path), format=fmt)]


def _selected(quads, selection):
    """``(triples, records)``: the triples of the document graphs ``selection`` keeps (and of the graphs that
    are no document's: the works graph), and the records of those documents, versions linked among all."""
    from ..rdf.works import records_of
    from ..selection import select

    docs = records_of(quads)
    chosen = select(docs, selection)
    keep, regulations = {d.iri for d in chosen}, {d.iri for d in docs}
    return [(s, p, o) for s, p, o, g in quads if g in keep or g not in regulations], chosen


def _graph_files(paths, selection=None):
    from rdflib import Dataset, Graph

    for p in paths:
        if not p.is_file():
            raise InputError(p, "no such file")
    fast = all(GRAPH_SUFFIXES[p.suffix.lower()] in ("nquads", "nt") for p in paths)
    if selection and not all(GRAPH_SUFFIXES[p.suffix.lower()] == "nquads" for p in paths):
        raise PolicyKGError(f"selecting documents ({selection.describe()}) needs regulations or N-Quads "
                            "(graph.nq), which keep one graph per document")
    g = [] if fast else Graph()
    for p in paths:
        kind = GRAPH_SUFFIXES[p.suffix.lower()]
        try:
            if fast:
                g.extend(graph_triples(p, graphs=bool(selection)))
            elif kind == "nquads":
                ds = Dataset()
                ds.parse(p, format="nquads")
                for s, pr, o, _ in ds.quads():
                    g.add((s, pr, o))
            else:
                g.parse(p, format=kind)
        except Exception as e:  # the parsers raise many types
            raise InputError(p, f"not a readable {kind} graph: "
                                f"{str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    chosen = None
    if selection:
        g, chosen = _selected(g, selection)
    if fast:
        from ..rdf.index import StringIndex

        g = StringIndex(g)
    return g, chosen


def load(paths=None, keep_going=False, view="full", jobs=None, cache=True, progress=None, select=None,
         curation=None, scheduler=None):
    """The networkx view and documents of built graph files (.ttl, .nq, .jsonld, .nt) or of regulations.

    Regulations (default: the bundled one) are read, extracted and graphed as
    ``build`` does (``jobs``, ``cache``, ``progress``, ``scheduler``: see :func:`policykg.pipeline.run`);
    without ``keep_going`` the first unreadable file raises its :class:`InputError`;
    a second copy of a document is left out (as by ``build``).  ``view="summary"``: a
    :class:`~policykg.viz.summary.Summary` will do (graph.html's actors view), and
    is what comes back for regulations when two or more have articles.  ``select``
    keeps the documents it selects (:mod:`policykg.selection`; of built graphs, N-Quads only).
    ``curation`` (a path or a :class:`~policykg.identity.curation.Curation`) is applied to
    regulations; a built graph already holds the curation it was built with.
    """
    from ..selection import Selection

    selection = Selection.of(select)
    paths = [Path(p) for p in paths or []]
    graph_files = [p for p in paths if p.suffix.lower() in GRAPH_SUFFIXES]
    if graph_files and len(graph_files) < len(paths):
        raise InputError(paths[0], "give either built graph files (.ttl, .nq, .jsonld) or regulations, not both")
    if graph_files:
        if curation is not None:
            raise PolicyKGError("--curation applies to regulations, not to built graphs: build them with it")
        g, chosen = _graph_files(graph_files, selection)
        if chosen is not None and not chosen:
            raise PolicyKGError(f"no document matches {selection.describe()}")
        return Loaded(to_networkx(g), chosen if chosen is not None else documents(g))

    from ..pipeline import documents as selected
    from ..pipeline import run, summary, unique
    from ..readers import default_path, iter_inputs

    files = iter_inputs(paths or [default_path()])
    if curation is not None and not isinstance(curation, Curation):
        curation = load_curation(curation)
    options = dict(keep_going=keep_going, validate=True, jobs=jobs, cache=cache, show_progress=progress,
                   curation=curation, scheduler=scheduler)
    # validate as build does, so that analyze and build share their cache entries
    results, skipped = run(files, network="summary" if view == "summary" else True, **options)
    docs, _ = unique(results)
    if not docs:  # then nothing was a duplicate either
        raise PolicyKGError("no document could be read: " + "; ".join(f"{p}: {m}" for p, m in skipped))
    read_docs = len(docs)
    docs = selected(docs, selection)
    if not docs:
        raise PolicyKGError(f"no document matches {selection.describe()} (of {read_docs} read)")
    listed = sorted((d.record for d in docs), key=lambda r: (r.label, r.id))
    if view == "summary":
        s = summary(docs)
        if len(s.docs) > 1:
            s.actors = {n: _as_in_union(n, dict(d), docs) for n, d in s.actors.items()}
            from ..relations.network import relations

            return Loaded(s, listed, relations(docs, {d.id: d.citations for d in docs if d.citations}))
        # at most one document with articles: the detailed view may apply, which needs the whole view
        docs, _ = unique(run([d.path for d in docs], network=True, **options)[0])
    G = _composed(docs)
    for n, d in G.nodes(data=True):
        _as_in_union(n, d, docs)
    return Loaded(G, listed)


def _composed(docs):
    """:func:`policykg.pipeline.network` of ``docs`` (the same graph), each document's view let go once it is
    added: the views and their union are never all held at once."""
    import networkx as nx

    def views():
        for r in sorted(docs, key=lambda r: r.iri):
            view, r.network = r.network, None
            yield view

    return nx.compose_all(views())


def _as_in_union(node, attrs, docs):
    """``attrs`` of an actor or programme node with its type and level as :func:`to_networkx` reads them
    from the union graph of ``docs``: from the first document, in file order, that states them (the
    composed views keep the last document's, which may state none)."""
    from ..rdf.namespaces import PKG

    kind = attrs.get("kind")
    if kind not in ("actor", "programme"):
        return attrs

    def first(prop):
        return next((d.stated[node][str(prop)] for d in docs if str(prop) in d.stated.get(node, {})), None)

    if kind == "actor":
        attrs["actor_type"] = notation(first(PKG.actorType)) or "unspecified"
        attrs["level"] = notation(first(PKG.adminLevel))
    elif "programme_type" in attrs:
        attrs["programme_type"] = notation(first(PKG.programmeType))
    return attrs
