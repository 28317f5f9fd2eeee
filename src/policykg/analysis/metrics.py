"""Network metrics over the views of :mod:`policykg.analysis.load`: duty load, centrality, communities.

Everything is deterministic: nodes are visited in sorted order and Louvain is seeded.
Betweenness is computed by igraph (issue 12 measured 0.16 s against networkx's
26.6 s on the corpus's 3,870-actor network, the same values; a test compares them).

>>> import networkx as nx
>>> A = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1}), ("d", "e", {"weight": 1})])
>>> communities(A)
[['a', 'b', 'c'], ['d', 'e']]
>>> round(centrality(A)["b"]["betweenness"], 3)
0.167
"""

from collections import Counter

import networkx as nx

from .load import MODALITIES, memo, provisions

__all__ = ["duty_load", "centrality", "betweenness", "communities", "annotate", "SEED"]

SEED = 20250806  # Louvain's seed: the default regulation's date of promulgation


def duty_load(G):
    """``{actor label: Counter(modality -> provisions)}`` over every provision of ``G`` (one per graph: read it)."""
    def make(G):
        load = {}
        for p in provisions(G):
            load.setdefault(p["actor"], Counter())[p["modality"]] += 1
        return {a: Counter({m: c[m] for m in MODALITIES if c[m]}) for a, c in sorted(load.items())}

    return memo(G, "duty_load", make)


def centrality(A):
    """Per node of the actor network: ``degree`` (neighbours), ``strength`` (weighted degree),
    ``betweenness`` (normalised, unweighted shortest paths) and ``eigenvector`` (weighted)."""
    H = nx.Graph()
    H.add_nodes_from(sorted(A.nodes))
    H.add_weighted_edges_from(sorted((*sorted((a, b)), d.get("weight", 1)) for a, b, d in A.edges(data=True)))
    between = betweenness(H)
    eigen = _eigenvector(H)
    return {n: {"degree": H.degree(n), "strength": H.degree(n, weight="weight"),
                "betweenness": between[n], "eigenvector": eigen[n]} for n in H.nodes}


def betweenness(H):
    """Normalised betweenness of each node of the undirected graph ``H`` over unweighted shortest paths,
    as :func:`networkx.betweenness_centrality` gives it, computed by igraph.

    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    import igraph

    nodes = list(H.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges() if u != v])
    raw = g.betweenness(directed=False) if nodes else []
    n = len(nodes)
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1.0  # networkx's normalisation of an undirected graph
    return {v: b * scale for v, b in zip(nodes, raw)}


def _eigenvector(H):
    if H.number_of_edges() == 0:
        return {n: 0.0 for n in H.nodes}
    try:
        return nx.eigenvector_centrality(H, weight="weight", max_iter=10000, tol=1e-10)
    except nx.PowerIterationFailedConvergence:  # a bipartite-like component can oscillate
        return nx.eigenvector_centrality_numpy(H, weight="weight")


def communities(A, seed=SEED):
    """Louvain communities of the actor network, each a sorted list, largest first."""
    H = nx.Graph()
    H.add_nodes_from(sorted(A.nodes))
    H.add_weighted_edges_from(sorted((*sorted((a, b)), d.get("weight", 1)) for a, b, d in A.edges(data=True)))
    found = nx.community.louvain_communities(H, weight="weight", seed=seed) if len(H) else []
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def annotate(A, G):
    """The actor network ``A`` of ``G`` with each node's figures as attributes, so that its GEXF and GraphML
    files carry them: duty load by modality (``load_obligation`` … and ``load_total``, in provisions),
    centrality (``degree``, ``strength``, ``betweenness``, ``eigenvector``) and ``community`` (1: the largest).

    >>> A = annotate(nx.Graph([("a", "b", {"weight": 1})]), nx.MultiDiGraph())
    >>> A.nodes["a"]["community"], A.nodes["a"]["degree"], A.nodes["a"]["load_total"]
    (1, 1, 0)
    """
    load = duty_load(G)
    cent = centrality(A)
    member = {a: i for i, c in enumerate(communities(A), 1) for a in c}
    for n, d in A.nodes(data=True):
        c = load.get(n, Counter())
        d.update({f"load_{m}": c[m] for m in MODALITIES}, load_total=sum(c.values()), **cent[n],
                 community=member.get(n, 0))
    return A
