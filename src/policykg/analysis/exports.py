"""Graph files for the tools researchers already use: GEXF and GraphML (Gephi, Cytoscape),
Pajek ``.net`` (Pajek, Ucinet), edge lists and an adjacency matrix as CSV (Excel, Ucinet's import).

Each function returns the file's text; the output is the same for the same graph.
"""

import csv
import io
import re

import networkx as nx

__all__ = ["to_gexf", "to_graphml", "to_pajek", "to_adjacency_csv", "to_edge_csv", "exportable"]


# What XML 1.0 cannot hold, even escaped: control characters other than tab and newlines, lone surrogates, U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(v):
    return _NOT_XML.sub("", v) if isinstance(v, str) else v


def exportable(G):
    """A copy of ``G`` that every writer accepts: no empty attributes, edge keys unique across the graph,
    and no character XML cannot hold (a control character in a regulation's text is dropped).

    >>> H = exportable(nx.Graph([("甲\x01", "乙", {"note": "a\x08b"})]))
    >>> sorted(H.nodes), H.edges["甲", "乙"]["note"]
    (['乙', '甲'], 'ab')
    """
    H = nx.MultiDiGraph() if G.is_multigraph() else (nx.DiGraph() if G.is_directed() else nx.Graph())
    for n, d in sorted(G.nodes(data=True)):
        H.add_node(_xml(n), **{k: _xml(v) for k, v in d.items() if v is not None})
    edges = sorted(G.edges(data=True), key=lambda e: (e[0], e[1], sorted(e[2].items())))
    for i, (u, v, d) in enumerate(edges):
        d = {k: _xml(x) for k, x in d.items()}
        if H.is_multigraph():
            H.add_edge(_xml(u), _xml(v), key=f"e{i}", **d)
        else:
            H.add_edge(_xml(u), _xml(v), **d)
    return H


def to_gexf(G):
    """GEXF 1.2 (Gephi); the writer's date stamp is left out so the file depends on the graph only."""
    buf = io.BytesIO()
    nx.write_gexf(exportable(G), buf, encoding="utf-8", prettyprint=True)  # characters, not &#…; escapes
    return re.sub(r' lastmodifieddate="[^"]*"', "", buf.getvalue().decode("utf-8"))


def to_graphml(G):
    """GraphML (Cytoscape, Gephi, yEd)."""
    return "\n".join(nx.generate_graphml(exportable(G), prettyprint=True)) + "\n"


def _quote(s):
    return '"' + str(s).replace('"', "'") + '"'


def to_pajek(A, weight="weight"):
    """Pajek ``.net`` of an undirected weighted graph: ``*Vertices``, then ``*Edges i j w``.

    >>> A = nx.Graph([("市人民政府", "有关部门", {"weight": 3})])
    >>> print(to_pajek(A), end="")
    *Vertices 2
    1 "市人民政府"
    2 "有关部门"
    *Edges
    1 2 3
    """
    nodes = list(A.nodes)
    num = {n: i for i, n in enumerate(nodes, 1)}
    lines = [f"*Vertices {len(nodes)}"] + [f"{num[n]} {_quote(n)}" for n in nodes]
    lines.append("*Arcs" if A.is_directed() else "*Edges")
    lines += [f"{num[u]} {num[v]} {d.get(weight, 1)}" for u, v, d in
              sorted(A.edges(data=True), key=lambda e: (num[e[0]], num[e[1]]))]
    return "\n".join(lines) + "\n"


def to_adjacency_csv(A, weight="weight"):
    """Square actor × actor matrix of link weights, UTF-8 with a BOM for Excel."""
    nodes = list(A.nodes)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["", *nodes])
    for u in nodes:
        w.writerow([u, *(A[u][v].get(weight, 1) if A.has_edge(u, v) else 0 for v in nodes)])
    return "\ufeff" + buf.getvalue()


def to_edge_csv(G):
    """One row per edge, sorted: ``source``, ``target`` and each edge attribute (a multigraph's key as
    ``relation``, when no attribute says it), UTF-8 with a BOM for Excel.

    >>> to_edge_csv(nx.Graph([("市人民政府", "有关部门", {"weight": 3})])).splitlines()
    ['\\ufeffsource,target,weight', '市人民政府,有关部门,3']
    """
    if G.is_multigraph():
        edges = [(u, v, {"relation": k, **d}) for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [(u, v, d) for u, v, d in G.edges(data=True)]
    columns = sorted({k for _, _, d in edges for k in d}, key=lambda k: (k not in ("relation", "weight"), k))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["source", "target", *columns])
    w.writerows(sorted([_xml(u), _xml(v), *("" if d.get(c) is None else str(d[c]) for c in columns)]
                       for u, v, d in edges))
    return "\ufeff" + buf.getvalue()
