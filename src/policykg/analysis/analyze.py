"""``analyze``: the graph of some regulations (or built graph files) → tables, report and exports in one folder.

>>> from policykg.analysis.analyze import analyze
>>> result = analyze(out=tmp_path)  # doctest: +SKIP
"""

from collections import Counter
from dataclasses import dataclass, field

from ..lifetime import die_with_parent, locked, signals_end_run
from ..outputs import write_atomically
from .exports import to_adjacency_csv, to_edge_csv, to_gexf, to_graphml, to_pajek
from .inputs import load
from .levels import DEFAULT, at_level, check_level
from .load import bipartite, provisions
from .report import report_files
from .tables import all_tables, documents_table, ranked_network, to_csv

__all__ = ["analyze", "analysis_files", "AnalysisResult"]


@dataclass
class AnalysisResult:
    graph: object = None  # the networkx multi-digraph
    tables: list = field(default_factory=list)
    documents: list = field(default_factory=list)  # policykg.identity.documents.DocumentRecord
    written: list = field(default_factory=list)


PARALLEL = 20_000  # nodes; above this the export files of the whole graph are written by forked processes


def _whole_graph_export(name):
    """``(name, text)`` of one export of the whole graph (run in a forked process that has ``_FORKED``)."""
    return name, {"exports/graph.gexf": to_gexf, "exports/graph.graphml": to_graphml}[name](_FORKED["G"])


_FORKED = {}  # what forked workers inherit


def analysis_files(G, documents, jobs=None, actor_level=DEFAULT, full=False):
    """``({relative file name: text}, tables)`` for the multi-digraph ``G`` of the ``documents`` (their
    :class:`~policykg.identity.documents.DocumentRecord`, see :mod:`policykg.analysis.inputs`), its actors
    at ``actor_level`` (what the report says it counts).

    The whole graph is exported as an edge list; with ``full`` also as GEXF and GraphML, with the dense
    actor × actor matrix (hundreds of MB for a corpus). The GEXF and GraphML files of a large graph are
    written by forked processes (up to ``jobs``, default one per CPU) while this one makes the tables:
    the same text either way.
    """
    import multiprocessing

    from ..pipeline import default_jobs

    big = ("exports/graph.gexf", "exports/graph.graphml") if full else ()
    jobs = min(jobs or default_jobs(), len(big))
    pool = None
    if jobs > 1 and G.number_of_nodes() > PARALLEL and "fork" in multiprocessing.get_all_start_methods():
        _FORKED["G"] = G
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=die_with_parent)
    try:
        pending = pool.map_async(_whole_graph_export, big) if pool else None
        A = ranked_network(G)
        tables = [documents_table(documents, Counter(p["doc"] for p in provisions(G))),
                  *all_tables(G, A, documents)]
        files = {f"tables/{t.name}.csv": to_csv(t) for t in tables}
        files.update(pending.get() if pool else [(n, (to_gexf if n.endswith("gexf") else to_graphml)(G)) for n in big])
        files.update({
            "exports/graph-edges.csv": to_edge_csv(G),
            "exports/actors.gexf": to_gexf(A), "exports/actors.graphml": to_graphml(A),
            "exports/actors.net": to_pajek(A), "exports/actor-edges.csv": to_edge_csv(A),
            "exports/actor-programme.gexf": to_gexf(bipartite(G, "programme")),
            "exports/actor-domain.gexf": to_gexf(bipartite(G, "domain")),
        })
        if full:
            files["exports/actor-adjacency.csv"] = to_adjacency_csv(A)
    finally:
        if pool:
            pool.terminate()
            pool.join()
            _FORKED.clear()
    files.update(report_files(G, tables, documents, outputs=sorted(files), actor_level=actor_level))
    return files, tables


def analyze(paths=None, out="build", keep_going=False, jobs=None, cache=True, progress=None, select=None,
            actor_level=DEFAULT, curation=None, full=False, scheduler=None):
    """Analyse the regulations (or .ttl/.nq/.jsonld graphs) at ``paths`` and write into ``out``.

    Regulations are read, extracted and graphed as ``build`` does them, in
    parallel and cached (``jobs``, ``cache``, ``progress``, ``scheduler``: see :func:`policykg.pipeline.run`);
    ``select`` keeps the documents it selects (:mod:`policykg.selection`); ``actor_level``: the level
    tables and networks count actors at (:mod:`policykg.analysis.levels`); ``curation``: a researcher's
    decisions (:mod:`policykg.identity.curation`, a path or a Curation), applied to regulations as
    ``build`` applies them; ``full``: the whole graph as GEXF and GraphML and the actor matrix too.
    Nothing in ``out`` changes unless every file was produced.
    """
    check_level(actor_level)
    with signals_end_run(), locked(out):  # one run at a time writes into out
        loaded = load(paths, keep_going, jobs=jobs, cache=cache, progress=progress, select=select,
                      curation=curation, scheduler=scheduler)
        G = at_level(loaded.network, actor_level)
        files, tables = analysis_files(G, loaded.documents, jobs, actor_level, full)
        return AnalysisResult(graph=G, tables=tables, documents=loaded.documents,
                              written=write_atomically(out, files))
