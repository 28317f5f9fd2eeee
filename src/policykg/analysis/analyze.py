"""``analyze``: the graph of some regulations (or built graph files) → tables, report and exports in one folder.

>>> from policykg.analysis.analyze import analyze
>>> result = analyze(out=tmp_path)  # doctest: +SKIP
"""

from dataclasses import dataclass, field

from ..outputs import write_atomically
from .exports import to_adjacency_csv, to_gexf, to_graphml, to_pajek
from .load import actor_network, bipartite, documents, load_graph, to_networkx
from .report import report
from .tables import all_tables, to_csv

__all__ = ["analyze", "analysis_files", "AnalysisResult"]


@dataclass
class AnalysisResult:
    graph: object = None  # the networkx multi-digraph
    tables: list = field(default_factory=list)
    documents: list = field(default_factory=list)  # (doc id, title)
    written: list = field(default_factory=list)


def analysis_files(g):
    """``({relative file name: text}, multi-digraph, tables)`` for the rdflib graph ``g``."""
    G = to_networkx(g)
    A = actor_network(G)
    tables = all_tables(G)
    files = {f"tables/{t.name}.csv": to_csv(t) for t in tables}
    files.update({
        "exports/graph.gexf": to_gexf(G), "exports/graph.graphml": to_graphml(G),
        "exports/actors.gexf": to_gexf(A), "exports/actors.graphml": to_graphml(A),
        "exports/actors.net": to_pajek(A), "exports/actor-adjacency.csv": to_adjacency_csv(A),
        "exports/actor-programme.gexf": to_gexf(bipartite(G, "programme")),
        "exports/actor-domain.gexf": to_gexf(bipartite(G, "domain")),
    })
    files["report.md"] = report(G, tables, documents(g), outputs=sorted(files))
    return files, G, tables


def analyze(paths=None, out="build", keep_going=False):
    """Analyse the regulations (or .ttl/.nq/.jsonld graphs) at ``paths`` and write into ``out``.

    Nothing in ``out`` changes unless every file was produced.
    """
    g, _ = load_graph(paths, keep_going)
    files, G, tables = analysis_files(g)
    return AnalysisResult(graph=G, tables=tables, documents=documents(g), written=write_atomically(out, files))
