"""Identity: one body, one node (policykg.identity), as a researcher meets it.

Behaviour tables, one row per case: (mention, extraction's actor type, the
document's jurisdiction) → the organisation and role it denotes.  Mentions are
names the corpus uses.
"""

import csv
import io

import pytest

from conftest import run_cli
from gold_layers import gold_graph
from policykg.identity.organisations import Context, resolve
from policykg.identity.roles import roles, split
from policykg.lexicon import load

CZ = {"jurisdiction": "江苏省常州市", "level": "local-regulation"}
SZ = {"jurisdiction": "广东省深圳市", "level": "sez-regulation"}
SH = {"jurisdiction": "上海市", "level": "local-regulation"}
GD = {"jurisdiction": "广东省", "level": "local-regulation"}
NAT = {"jurisdiction": "国家", "level": "national-law"}

ORGANISATIONS = [
    # one body under several names (the default regulation's 工信, 发展改革 and 数据 bureaus)
    ("市工业和信息化主管部门", "government-department", CZ, "常州市工业和信息化部门", "工业和信息化"),
    ("工业和信息化主管部门", "government-department", CZ, "常州市工业和信息化部门", "工业和信息化"),
    ("工业和信息化部门", "government-department", CZ, "常州市工业和信息化部门", "工业和信息化"),
    ("市工业和信息化部门", "government-department", CZ, "常州市工业和信息化部门", "工业和信息化"),
    ("市发展改革主管部门", "government-department", CZ, "常州市发展改革部门", "发展改革"),
    ("发展改革部门", "government-department", CZ, "常州市发展改革部门", "发展改革"),
    ("市数据主管部门", "government-department", CZ, "常州市数据部门", "数据"),
    ("数据部门", "government-department", CZ, "常州市数据部门", "数据"),
    # variant names across documents meet at the role
    ("市科学技术主管部门", "government-department", CZ, "常州市科学技术部门", "科学技术"),
    ("市科技创新部门", "government-department", SZ, "深圳市科学技术部门", "科学技术"),
    ("市场监督管理部门", "government-department", CZ, "常州市市场监管部门", "市场监管"),
    ("市市场监管部门", "government-department", SZ, "深圳市市场监管部门", "市场监管"),
    ("市人力资源和社会保障部门", "government-department", SH, "上海市人力资源社会保障部门", "人力资源社会保障"),
    ("市人民政府管理专利工作的部门", "government-department", SH, "上海市知识产权部门", "知识产权"),
    ("负有市场监管职责的部门", "government-department", SH, "上海市市场监管部门", "市场监管"),
    ("市经济信息化部门", "government-department", SH, "上海市工业和信息化部门", "工业和信息化"),
    # different bodies under one name: relative names take the document's jurisdiction
    ("市人民政府", "government", CZ, "常州市人民政府", "人民政府"),
    ("市人民政府", "government", SZ, "深圳市人民政府", "人民政府"),
    ("区人民政府", "government", SH, "上海市区县人民政府", "人民政府"),
    ("县级市（区）人民政府", "government", CZ, "常州市区县人民政府", "人民政府"),
    ("有关部门", "government-department", CZ, "常州市有关部门", "有关部门"),
    ("有关部门", "government-department", SZ, "深圳市有关部门", "有关部门"),
    ("本市", "jurisdiction", CZ, "常州市", "本行政区域"),
    ("省人民政府", "government", GD, "广东省人民政府", "人民政府"),
    ("县级以上人民政府科学技术行政部门", "government-department", GD, "广东省县级以上科学技术部门", "科学技术"),
    # absolute names are one organisation everywhere
    ("国务院", "government", CZ, "国务院", "人民政府"),
    ("国务院", "government", NAT, "国务院", "人民政府"),
    ("国务院科学技术行政部门", "government-department", NAT, "国务院科学技术部门", "科学技术"),
    ("国家", "jurisdiction", CZ, "国家", "国家"),
    ("全国人民代表大会常务委员会", "legislature", NAT, "全国人民代表大会常务委员会", "人民代表大会常务委员会"),
    ("常州市人民代表大会常务委员会", "legislature", CZ, "常州市人民代表大会常务委员会", "人民代表大会常务委员会"),
    ("上海市知识产权局", "government-department", SH, "上海市知识产权部门", "知识产权"),
    # private and social actors are categories
    ("企业", "enterprise", CZ, "企业", "企业"),
    ("高等院校", "university", SZ, "高等学校", "高等学校"),
    ("高校", "university", CZ, "高等学校", "高等学校"),
    ("行业协会", "association", SH, "行业协会", "行业协会"),
    # a park, an incubator or an institute with a tier is no department of that government (宁波市科技创新促进条例
    # art. 17: 国家大学科技园, not 国务院大学科技园部门)
    ("国家大学科技园", "other-organisation", CZ, "国家大学科技园", "大学科技园"),
    ("市孵化器", "other-organisation", SZ, "深圳市孵化器", "孵化器"),
    # courts, procuratorates and 监察委员会 are no government departments
    ("人民法院", "judicial", SH, "上海市人民法院", "人民法院"),
    ("各级监察委员会", "supervisory", GD, "广东省县级以上监察委员会", "监察委员会"),
]


@pytest.mark.parametrize("mention,kind,meta,label,role", ORGANISATIONS)
def test_mention_resolves_to_its_organisation_and_role(mention, kind, meta, label, role):
    o = resolve(mention, kind, Context.of(meta))
    assert (o.label, o.role.name) == (label, role)


def test_one_name_in_two_cities_is_two_organisations_of_one_role():
    cz, sz = (resolve("市发展改革部门", "government-department", Context.of(m)) for m in (CZ, SZ))
    assert cz.key != sz.key and cz.role == sz.role


def test_categories_and_national_bodies_are_one_node_everywhere():
    for name, kind in (("企业", "enterprise"), ("国务院", "government"), ("国务院商务主管部门", "government-department")):
        assert len({resolve(name, kind, Context.of(m)).key for m in (CZ, SZ, SH, NAT)}) == 1, name


TIERS = [  # mention → tier: prefixes that look like tiers but are not stay untiered
    ("市场监督管理部门", None), ("区域管理机构", None), ("县域经济部门", None), ("省人民政府商务主管部门", "provincial"),
    ("设区的市人民政府生态环境主管部门", "municipal"), ("县（市、区）人民政府有关部门", "county"),
    ("乡镇人民政府", "township"), ("县级以上地方各级人民政府", "all"), ("国务院", "national"),
]


@pytest.mark.parametrize("mention,tier", TIERS)
def test_tier_prefix(mention, tier):
    assert split(mention).tier == tier


def test_roles_lexicon_schema():
    lx = load("roles")
    assert set(lx) == {"tiers", "heads", "patterns", "roles", "categories"}
    levels = {"national", "provincial", "municipal", "county", "township", "all"}
    assert set(lx["tiers"].values()) <= levels
    groups = {"government", "legislature", "judicial", "supervisory", "generic", "department"}
    variants = {}
    for name, r in lx["roles"].items():
        assert set(r) == {"group", "en", "variants"} and r["group"] in groups, name
        for v in r["variants"]:
            assert variants.setdefault(v, name) == name, f"{v} is a variant of two roles"
    for name, r in lx["categories"].items():
        assert set(r) == {"en", "variants"}, name
    assert roles()["工业和信息化"] == ("department", "industry and information technology")


def test_role_scheme_file_lists_every_role_of_the_lexicon():
    from policykg.identity.roles import scheme_turtle
    from policykg.resources import ontology_path

    assert ontology_path("role-scheme.ttl").read_text(encoding="utf-8") == scheme_turtle()


# ---------------------------------------------------------------- the default regulation, analysed

def _table(out, name):
    return list(csv.DictReader(io.StringIO((out / "tables" / f"{name}.csv").read_text(encoding="utf-8-sig"))))


@pytest.fixture(scope="module")
def gold_analysis(tmp_path_factory):
    """The gold annotation of the default regulation, analysed at the organisation level (the default)."""
    tmp = tmp_path_factory.mktemp("identity")
    gold_graph().serialize(tmp / "graph.ttl", format="turtle")
    r = run_cli("analyze", tmp / "graph.ttl", "--out", tmp / "out")
    assert r.returncode == 0, r.stderr
    return tmp / "out"


def test_each_bureau_is_one_row_of_the_duty_load_table(gold_analysis):
    rows = {r["actor"]: r for r in _table(gold_analysis, "duty-load")}
    # Hand count in the gold file: 市工业和信息化主管部门 20, 工业和信息化部门 13, 工业和信息化主管部门 12,
    # 市工业和信息化部门 5 obligations.
    assert rows["常州市工业和信息化部门"]["obligation"] == "50"
    # 市发展改革部门 6, 发展改革部门 5, 市发展改革主管部门 3; 市数据主管部门 6, 数据部门 3, 市数据部门 3.
    assert rows["常州市发展改革部门"]["total"] == "14"
    assert rows["常州市数据部门"]["total"] == "12"
    assert not [a for a in rows if a.endswith(("工业和信息化主管部门", "发展改革主管部门", "数据主管部门"))]


def test_report_says_what_it_counts(gold_analysis):
    text = (gold_analysis / "report.md").read_text(encoding="utf-8")
    assert "one provision is one actor bound one way (modality) to one verb phrase" in text
    assert "Actors are organisations" in text


def test_actor_export_carries_the_role_and_jurisdiction(gold_analysis):
    import networkx as nx

    A = nx.read_graphml(gold_analysis / "exports" / "actors.graphml")
    assert A.nodes["常州市工业和信息化部门"]["role"] == "工业和信息化"
    assert A.nodes["常州市工业和信息化部门"]["jurisdiction"] == "江苏省常州市"


# ---------------------------------------------------------------- curation

@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    """The default regulation analysed twice, as the rules resolve it and with tests/data/curation.yaml."""
    from conftest import DATA

    tmp = tmp_path_factory.mktemp("curation")
    outs = {}
    for name, extra in (("rules", []), ("curated", ["--curation", DATA / "curation.yaml"])):
        r = run_cli("analyze", "--out", tmp / name, *extra)
        assert r.returncode == 0, r.stderr
        outs[name] = {row["actor"]: row for row in _table(tmp / name, "duty-load")}
    r = run_cli("build", "--out", tmp / "build", "--curation", DATA / "curation.yaml", "--format", "nq")
    assert r.returncode == 0, r.stderr
    return outs, tmp / "build"


def test_curation_merges_renames_and_splits_actors(curated):
    outs, _ = curated
    rules, cur = outs["rules"], outs["curated"]
    # merge: the two bureaus' provisions add up in one row
    assert int(cur["常州市数据和网信部门"]["total"]) == int(rules["常州市数据部门"]["total"]) + \
        int(rules["常州市网信部门"]["total"])
    assert "常州市数据部门" not in cur and "常州市网信部门" not in cur
    # rename: the same provisions under the researcher's name
    assert cur["常州市县级市（区）人民政府"]["total"] == rules["常州市区县人民政府"]["total"]
    # split by mention: what the text calls 有关部门 leaves 常州市有关部门
    assert cur["常州市其他部门"]["total"] == rules["常州市有关部门"]["total"] and "常州市有关部门" not in cur
    # wrong: one obligation of the industry bureau (art. 7 P1) is left out
    assert int(cur["常州市工业和信息化部门"]["obligation"]) == int(rules["常州市工业和信息化部门"]["obligation"]) - 1


def test_curation_is_provenance_in_the_graph(curated):
    _, built = curated
    r = run_cli("query", "--data", built, "--format", "csv",
                "SELECT ?what ?who (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p prov:wasInfluencedBy ?a . "
                "?a rdfs:label ?what ; prov:wasAssociatedWith/rdfs:label ?who } GROUP BY ?what ?who ORDER BY ?what")
    assert r.returncode == 0, r.stderr
    rows = {line.split(",")[0]: line.split(",")[1:] for line in r.stdout.splitlines()[1:]}
    assert rows["rename: 常州市区县人民政府 → 常州市县级市（区）人民政府"] == ["测试研究员", "50"]
    r = run_cli("query", "--data", built, "ASK { ?a prov:invalidated ?p ; rdfs:comment ?why . "
                "FILTER(CONTAINS(STR(?p), '/art/7/para/1/prov/')) FILTER NOT EXISTS { ?p pkg:bearer ?x } }")
    assert r.stdout.strip() == "yes"


@pytest.mark.parametrize("text,problem", [
    ("actors: []\n", "curation: needs a 'curator:' line saying who decided"),
    ("curator: 甲\nactors:\n  - merge: [甲, 乙]\n", "curation: merge ['甲', '乙'] needs 'into:'"),
    ("curator: 甲\nactors:\n  - split: 甲\n    into: 乙\n",
     "curation: split '甲' needs documents: or mentions: (what goes to 乙)"),
    ("curator: 甲\nbodies: []\n", "curation: unknown section 'bodies' (expected actors, programmes, provisions)"),
    ("curator: [\n", "curation: not YAML"),
])
def test_a_bad_curation_file_is_one_line_naming_it(tmp_path, text, problem):
    f = tmp_path / "c.yaml"
    f.write_text(text, encoding="utf-8")
    r = run_cli("build", "--out", tmp_path / "out", "--curation", f)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert r.stderr.startswith(f"Error: {f}: {problem}")
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- programme leads

LEADS = [  # (sentence of a corpus regulation, programme, its leads)
    ("市工业和信息化主管部门应当会同相关部门组织编制智能制造发展规划，报市人民政府批准后实施。",
     "智能制造发展规划", ["市工业和信息化主管部门"]),
    ("县级市（区）人民政府可以根据市智能制造发展规划，结合本地实际，编制本行政区域智能制造发展规划。",
     "智能制造发展规划", ["县级市（区）人民政府"]),  # relies on the city's plan, makes its own
    ("市、县级市（区）人民政府应当将智能制造发展纳入国民经济和社会发展规划。", "国民经济和社会发展规划", []),
    ("市工业和信息化主管部门应当指导行业组织定期发布人工智能算法模型推荐目录。", "人工智能算法模型推荐目录", ["行业组织"]),
    ("工业和信息化、发展改革、市场监督管理等部门应当实施绿色制造工程，支持企业建设数字化能碳管理中心。",
     "数字化能碳管理中心", ["企业"]),
    ("市、县级市（区）人民政府应当根据实际情况安排专项资金支持智能制造高质量发展。", "专项资金",
     ["市人民政府", "县级市（区）人民政府"]),
]


@pytest.mark.parametrize("sentence,programme,leads", LEADS)
def test_programme_leads_are_who_creates_or_runs_it(sentence, programme, leads):
    from policykg.extract import extract
    from policykg.readers import read_text

    doc = read_text(f"常州市测试条例\n第一条　{sentence}\n", path="常州市测试条例.txt")
    extract(doc)
    progs = doc.layers["programmes"]
    assert programme in progs, sorted(progs)
    assert sorted(progs[programme].leads) == sorted(leads)


def test_the_same_programme_name_in_two_documents_is_two_programmes():
    from policykg.identity.programmes import programme_key
    from policykg.model import Document

    a, b = (Document(id=i, title="", text="", meta={"level": "local-regulation", "jurisdiction": j})
            for i, j in (("cz", "江苏省常州市"), ("sz", "广东省深圳市")))
    assert programme_key(a, "专项资金") != programme_key(b, "专项资金")
    assert programme_key(a, "国家重点研发计划") == programme_key(b, "国家重点研发计划")  # one national programme


# ---------------------------------------------------------------- two cities (corpus)

@pytest.fixture(scope="module")
def two_cities(tmp_path_factory):
    from conftest import CORPUS

    sz = CORPUS / "other-format" / "深圳经济特区人工智能产业促进条例_2022-09-05.md"
    if not sz.is_file():
        pytest.skip(f"corpus not found at {CORPUS} (../shared/corpus)")
    from policykg.readers import default_path

    tmp = tmp_path_factory.mktemp("cities")
    r = run_cli("build", default_path(), sz, "--out", tmp / "build", "--format", "nq")
    assert r.returncode == 0, r.stderr
    return default_path(), sz, tmp


def _query(data, *args):
    r = run_cli("query", "--data", data, "--format", "csv", *args)
    assert r.returncode == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def test_two_cities_share_no_government_body_but_their_roles(two_cities):
    _, _, tmp = two_cities
    by_org = {r["actor"] for r in _query(tmp / "build", "shared-actors")}
    kinds = {r["actor"]: r["kind"] for r in _query(
        tmp / "build", "SELECT DISTINCT ?actor ?kind WHERE { ?a rdfs:label ?actor ; pkg:actorType ?t . "
                       "BIND(STRAFTER(STR(?t), 'actor-type/') AS ?kind) }")}
    public = {"government", "government-department", "legislature", "judicial", "supervisory", "jurisdiction"}
    assert by_org and not {a for a in by_org if kinds.get(a) in public}, by_org
    assert "县级市（区）人民政府" not in by_org and "常州市区县人民政府" not in by_org
    by_role = {r["actor"] for r in _query(tmp / "build", "shared-actors", "--param", "actor_level=role")}
    assert {"工业和信息化", "科学技术", "市场监管", "人民政府", "企业", "高等学校", "科研机构"} <= by_role


def test_compare_two_cities_by_role(two_cities):
    cz, sz, tmp = two_cities
    r = run_cli("compare", cz, sz, "--out", tmp / "compare")
    assert r.returncode == 0, r.stderr
    shared = next(r for r in _table(tmp / "compare", "compare-actors") if r["document"] == "(all)")
    assert {"工业和信息化", "科学技术", "市场监管", "企业", "高等学校"} <= set(shared["names"].split("、"))


def test_the_peoples_republic_is_the_state():
    """A national law's 中华人民共和国… (held-out 28) is one organisation with 国家."""
    from policykg.identity.organisations import Context, resolve
    ctx = Context("国家", "national")
    assert resolve("中华人民共和国", "jurisdiction", ctx) == resolve("国家", "jurisdiction", ctx)
