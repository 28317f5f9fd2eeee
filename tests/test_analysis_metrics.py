"""Network metrics: igraph's betweenness against networkx's, which it replaces for speed."""

import networkx as nx
import pytest

from policykg.analysis.metrics import betweenness, centrality


def _graphs():
    two = nx.disjoint_union(nx.karate_club_graph(), nx.path_graph(4))  # two components
    two.add_node("alone")
    star_of_lists = nx.Graph()
    for i in range(3):  # three list sentences (cliques) joined through one actor, as a provision list would be
        clique = [f"部门{i}{j}" for j in range(5)]
        star_of_lists.add_edges_from((a, b) for k, a in enumerate(clique) for b in clique[k + 1:])
        star_of_lists.add_edge("市人民政府", clique[0])
    return {"karate": nx.karate_club_graph(), "two components": two, "lists": star_of_lists,
            "random": nx.gnm_random_graph(60, 150, seed=7), "one edge": nx.path_graph(2), "empty": nx.Graph()}


@pytest.mark.parametrize("name", sorted(_graphs()))
def test_betweenness_equals_networkx(name):
    H = _graphs()[name]
    ours, theirs = betweenness(H), nx.betweenness_centrality(H, normalized=True)
    assert set(ours) == set(theirs)
    assert all(ours[n] == pytest.approx(theirs[n], abs=1e-12) for n in H), name


def test_the_broker_between_lists_ranks_first():
    H = _graphs()["lists"]
    c = centrality(nx.Graph(H))
    assert max(c, key=lambda n: c[n]["betweenness"]) == "市人民政府"
    assert max(c, key=lambda n: c[n]["degree"]) != "市人民政府"  # by degree a list member comes first
