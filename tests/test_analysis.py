"""`policykg analyze` on the default regulation, with the gold annotation as its provisions.

The graph is the one `build` writes, with the layers of the gold file
(tests/gold_layers.py) so that every figure can be checked by hand against
../shared/gold/changzhou-smart-manufacturing.jsonl whatever state the
extraction is in; each table is also cross-checked against plain-Python counts
over ``doc.layers["provisions"]``.
"""

import csv
import io
from collections import Counter, defaultdict

import networkx as nx
import pytest
from rdflib import Graph

from conftest import run_cli
from gold_layers import actor_type, gold_document, gold_graph
from policykg.analysis.instruments import code_provision
from policykg.analysis.load import MODALITIES, NO_ACTOR
from policykg.rdf.namespaces import PKG

GOV = {"government", "government-department"}


@pytest.fixture(scope="module")
def doc():
    return gold_document()


@pytest.fixture(scope="module")
def analysed(doc, tmp_path_factory):
    """The gold graph written as Turtle, then `policykg analyze graph.ttl` run twice under different hash seeds,
    at the mention level, so that every figure is a count of the gold file's names; with every export."""
    tmp = tmp_path_factory.mktemp("analysis")
    gold_graph(doc).serialize(tmp / "graph.ttl", format="turtle")
    outs = []
    for seed in ("1", "2"):
        out = tmp / f"out{seed}"
        r = run_cli("analyze", tmp / "graph.ttl", "--out", out, "--actor-level", "mention", "--full-exports",
                    env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        outs.append(out)
    return outs


def table(out, name):
    raw = (out / "tables" / f"{name}.csv").read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8")), "CSV must start with a BOM for Excel"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_outputs_are_byte_identical_across_hash_seeds(analysed):
    a, b = analysed
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert len(files) >= 18
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_duty_load_matches_the_gold_file(analysed, doc):
    actors = {r["actor"]: r for r in table(analysed[0], "duty-load")}
    pseudo = {r["actor"]: r for r in table(analysed[0], "pseudo-actors")}
    # 未指明 (no actor) and 本市 (the place) are counted apart, not ranked among the actors.
    assert set(pseudo) == {NO_ACTOR, "本市"} and not set(pseudo) & set(actors)
    rows = {**actors, **pseudo}
    # Counted by hand in the gold file: 20 lines with 市工业和信息化主管部门 / obligation.
    assert rows["市工业和信息化主管部门"]["obligation"] == "20"
    assert rows["市人民政府"]["obligation"] == "57"
    plain = Counter((p.actor, p.modality) for p in doc.layers["provisions"])
    for actor, r in rows.items():
        for m in MODALITIES:
            assert int(r[m]) == plain[(actor, m)], (actor, m)
        assert int(r["total"]) == sum(plain[(actor, m)] for m in MODALITIES)
    assert sum(int(r["total"]) for r in rows.values()) == len(doc.layers["provisions"]) == 440


def test_report_shows_documents_totals_and_tables(analysed):
    text = (analysed[0] / "report.md").read_text(encoding="utf-8")
    assert text.startswith("# policykg analysis report\n")
    assert "- 常州市促进智能制造发展条例（2025-08-06）: 440 provisions\n" in text  # title and date, no hash
    assert "ff80818198a7ecd40198f39a6b8d0d95" not in text
    # Modality totals of the gold file: 277 obligations … 6 liabilities.
    assert "| 277 | 0 | 1 | 81 | 36 | 7 | 32 | 6 |" in text
    assert "| 市工业和信息化主管部门 | government-department | 20 | 20 |" in text
    for title in ("Duty load", "Centrality", "Communities", "never obliged", "no partner", "Programmes",
                  "Modality mix per chapter", "Instrument shares", "Instrument × domain"):
        assert f"## {title}" in text or title in text, title


def test_actor_network_links_conamed_partners_and_approvers(analysed, doc):
    A = nx.read_graphml(analysed[0] / "exports" / "actors.graphml")
    # Art. 7: 市工业和信息化主管部门 … 报市人民政府批准 (the only approval in the gold file).
    assert A["市人民政府"]["市工业和信息化主管部门"]["approval"] == 1
    # Art. 5: 市、县级市（区）人民政府 co-named in four phrases; art. 7 P2 组织相关部门 is a partner.
    assert A["县级市（区）人民政府"]["有关部门"]["partner"] == 1
    neighbours = defaultdict(set)  # plain Python: co-named = same paragraph and same action span
    by_span = defaultdict(set)
    for p in doc.layers["provisions"]:
        by_span[(id(p.paragraph), p.start, p.end)].add(p.actor)
        for other in p.partners + ([p.approver] if p.approver else []):
            neighbours[p.actor].add(other)
            neighbours[other].add(p.actor)
    for names in by_span.values():
        for a in names:
            neighbours[a] |= names - {a}
    cent = {r["actor"]: r for r in table(analysed[0], "centrality")}
    for actor, r in cent.items():
        assert int(r["degree"]) == len(neighbours[actor] - {NO_ACTOR, actor}), actor
    assert NO_ACTOR not in cent
    # Betweenness and eigenvector agree with networkx on the exported network.
    between = nx.betweenness_centrality(A)
    assert all(abs(float(cent[a]["betweenness"]) - between[a]) < 1e-6 for a in A)


def test_communities_partition_the_actors(analysed):
    rows = table(analysed[0], "communities")
    members = [m for r in rows for m in r["members"].split("、")]
    cent = table(analysed[0], "centrality")
    assert sorted(members) == sorted(r["actor"] for r in cent)
    assert [int(r["size"]) for r in rows] == sorted((int(r["size"]) for r in rows), reverse=True)
    # The ministries listed together in arts 25, 29, 30 and 41 fall in one community.
    ministries = next(r["members"].split("、") for r in rows if "网信部门" in r["members"])
    assert {"公安部门", "数据部门", "教育部门"} <= set(ministries)


def test_encouraged_only_actors(analysed, doc):
    rows = {r["actor"]: r for r in table(analysed[0], "encouraged-only")}
    modalities = defaultdict(set)
    for p in doc.layers["provisions"]:
        modalities[p.actor].add(p.modality)
    expected = {a for a, ms in modalities.items() if ms <= {"encouragement", "support", "guidance"} and a != NO_ACTOR}
    assert set(rows) == expected
    # 高等学校: 9 encouragements and 3 supports in the gold file; 企业 is obliged once (art. 30), so absent.
    assert (rows["高等学校"]["encouragement"], rows["高等学校"]["support"]) == ("9", "3")
    assert "企业" not in rows


def test_unpartnered_obligations_of_government_actors(analysed, doc):
    rows = table(analysed[0], "unpartnered-obligations")
    plain = [p for p in doc.layers["provisions"]
             if p.modality == "obligation" and actor_type(p.actor) in GOV and not p.partners]
    assert len(rows) == len(plain)
    assert Counter(r["actor"] for r in rows) == Counter(p.actor for p in plain)
    # 市工业和信息化主管部门: 20 obligations in the gold file; three name 有关部门 as partner
    # (组织编制智能制造发展规划, 建立智能制造综合性公共服务平台, 建立智能制造发展评估机制).
    assert sum(r["actor"] == "市工业和信息化主管部门" for r in rows) == 17


def test_programmes_with_leads_and_partners(analysed):
    rows = {r["programme"]: r for r in table(analysed[0], "programmes")}
    plan = rows["智能制造发展规划"]
    assert "市工业和信息化主管部门" in plan["leads"].split("、")
    assert plan["partners"] == "有关部门"
    assert plan["articles"] == "第七条、第十一条"


def test_modality_mix_per_chapter(analysed, doc):
    rows = table(analysed[0], "chapter-modality")
    plain = Counter((p.paragraph.parent.ancestor("chapter").title, p.modality) for p in doc.layers["provisions"])
    assert [r["chapter"].split(" ")[1] for r in rows] == ["总则", "智能制造供给", "智能制造应用", "智能制造支撑",
                                                         "人工智能赋能", "激励保障"]
    for r in rows:
        for m in MODALITIES:
            assert int(r[m]) == plain[(r["chapter"].split(" ")[1], m)]
    # Hand count: 31 encouragements in 第四章 智能制造支撑.
    assert next(r for r in rows if "智能制造支撑" in r["chapter"])["encouragement"] == "31"


def test_instrument_coding_in_graph_and_tables(analysed, doc):
    coded = [code_provision(p, doc.text) for p in doc.layers["provisions"]]
    rows = table(analysed[0], "instruments")
    assert len(rows) == 440
    assert Counter(r["instrument"] for r in rows) == Counter(c.instrument if c else "" for c in coded)
    art7 = next(r for r in rows if r["action"] == "组织编制智能制造发展规划")
    assert (art7["side"], art7["instrument"], art7["evidence"]) == ("environment", "goal-planning", "goal-planning: 规划")
    art4 = next(r for r in rows if r["action"].startswith("遵循市场主导"))
    assert (art4["side"], art4["instrument"], art4["evidence"]) == ("", "none", "none (principle): 遵循…原则")
    shares = {(r["side"], r["instrument"], r["label"]): r for r in table(analysed[0], "instrument-shares")}
    with_instrument = [c for c in coded if c is not None and c.instrument != "none"]
    for side in ("supply", "environment", "demand"):
        n = sum(c.side == side for c in with_instrument)
        row = next(r for k, r in shares.items() if k[:2] == (side, ""))
        assert int(row["provisions"]) == n
        assert abs(float(row["share"]) - n / len(with_instrument)) < 1e-6
    coverage = next(r for k, r in shares.items() if k[2].startswith("编码覆盖"))
    assert int(coverage["provisions"]) == len(with_instrument)
    assert abs(float(coverage["share"]) - len(with_instrument) / len(coded)) < 1e-6
    none = next(r for k, r in shares.items() if k[1] == "none")
    assert int(none["provisions"]) == sum(c is not None and c.instrument == "none" for c in coded) > 0
    g = Graph().parse(analysed[0].parent / "graph.ttl")
    assert len(set(g.subjects(PKG.instrument, None))) == len(with_instrument)
    assert len(set(g.subjects(PKG.instrumentEvidence, None))) == sum(c is not None for c in coded)
    assert len(set(g.subjects(PKG.secondaryInstrument, None))) == sum(c is not None and bool(c.secondary)
                                                                       for c in coded) > 0


def test_instrument_domain_matrix_has_every_instrument(analysed):
    rows = table(analysed[0], "instrument-domain")
    # The gold file has no domains: one row per instrument (18), no domain column yet.
    assert len(rows) == 18 and list(rows[0]) == ["instrument", "label"]


def test_exports_open_in_networkx_with_the_same_graph(analysed):
    ex = analysed[0] / "exports"
    gexf = nx.read_gexf(ex / "graph.gexf")
    graphml = nx.read_graphml(ex / "graph.graphml")
    assert gexf.number_of_nodes() == graphml.number_of_nodes()
    assert gexf.number_of_edges() == graphml.number_of_edges()
    kinds = Counter(d["kind"] for _, d in graphml.nodes(data=True))
    assert kinds["provision"] == 440 and kinds["article"] == 47
    actors = nx.read_graphml(ex / "actors.graphml")
    pajek = nx.Graph(nx.read_pajek(ex / "actors.net"))
    assert sorted(pajek.nodes) == sorted(actors.nodes)
    assert pajek.number_of_edges() == actors.number_of_edges()
    assert float(pajek["市人民政府"]["县级市（区）人民政府"]["weight"]) == actors["市人民政府"]["县级市（区）人民政府"]["weight"]
    adj = list(csv.reader(io.StringIO((ex / "actor-adjacency.csv").read_text(encoding="utf-8-sig"))))
    names = adj[0][1:]
    assert sorted(names) == sorted(actors.nodes)
    row = next(r for r in adj if r[0] == "市人民政府")
    assert int(row[1 + names.index("县级市（区）人民政府")]) == actors["市人民政府"]["县级市（区）人民政府"]["weight"]
    bip = nx.read_gexf(ex / "actor-programme.gexf")
    assert bip.has_edge("市工业和信息化主管部门", "prog:智能制造发展规划")


def test_default_exports_are_edge_lists_and_actor_nodes_carry_their_figures(analysed, tmp_path):
    r = run_cli("analyze", analysed[0].parent / "graph.ttl", "--out", tmp_path, "--actor-level", "mention")
    assert r.returncode == 0, r.stderr
    ex = tmp_path / "exports"
    # Without --full-exports: no whole-graph GEXF/GraphML and no dense matrix, an edge list instead.
    assert not {"graph.gexf", "graph.graphml", "actor-adjacency.csv"} & {p.name for p in ex.iterdir()}
    whole = nx.read_graphml(analysed[0] / "exports" / "graph.graphml")
    edges = list(csv.DictReader(io.StringIO((ex / "graph-edges.csv").read_text(encoding="utf-8-sig"))))
    assert len(edges) == whole.number_of_edges()
    assert Counter(e["relation"] for e in edges)["bears"] == 440
    listed = list(csv.DictReader(io.StringIO((ex / "actor-edges.csv").read_text(encoding="utf-8-sig"))))
    A = nx.read_gexf(ex / "actors.gexf")
    assert len(listed) == A.number_of_edges()
    # Gephi users get duty load, centrality and community on the nodes, as the tables give them.
    node = A.nodes["市工业和信息化主管部门"]
    assert (node["load_obligation"], node["load_total"]) == (20, 20)
    cent = {r["actor"]: r for r in table(tmp_path, "centrality")}["市工业和信息化主管部门"]
    assert (node["degree"], node["community"]) == (int(cent["degree"]), int(cent["community"]))
    assert abs(node["betweenness"] - float(cent["betweenness"])) < 1e-6
    assert node["actor_type"] == "government-department" and node["level"] == "municipal"
    assert "jurisdiction" in node
    assert NO_ACTOR not in A and "本市" not in A  # pseudo-actors are no network's nodes
