"""`policykg analyze` on the default regulation as extracted (not the gold layers).

These figures wait for the extraction: the duty load of the city's industry
and IT bureau is the hand count from ../shared/gold/changzhou-smart-manufacturing.jsonl
(市工业和信息化主管部门 20, 工业和信息化部门 13, 工业和信息化主管部门 12,
市工业和信息化部门 5 obligations: one organisation, 常州市工业和信息化部门, 50),
which the extraction converges on; every other table is cross-checked against
plain-Python counts over ``doc.layers["provisions"]``, each name resolved to its
organisation (:mod:`policykg.identity`).
"""

import csv
import io
from collections import Counter

import pytest

from conftest import run_cli
from policykg.analysis.instruments import code_provision
from policykg.analysis.load import MODALITIES
from policykg.extract import extract
from policykg.identity.organisations import Context, resolve
from policykg.readers import default_path, read


@pytest.fixture(scope="module")
def doc():
    d = read(default_path())
    extract(d)
    return d


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("analyze")
    r = run_cli("analyze", "--out", out)
    assert r.returncode == 0, r.stderr
    return out


def table(out, name):
    return list(csv.DictReader(io.StringIO((out / "tables" / f"{name}.csv").read_text(encoding="utf-8-sig"))))


def test_duty_load_of_the_lead_department_matches_the_gold_count(out, doc):
    rows = {r["actor"]: r for r in table(out, "duty-load")}
    assert rows["常州市工业和信息化部门"]["obligation"] == "50"  # hand count in the gold file, four names
    for name in ("市工业和信息化主管部门", "工业和信息化部门", "工业和信息化主管部门", "市工业和信息化部门"):
        assert name not in rows
    ctx = Context.of(doc.meta)
    plain = Counter((resolve(p.actor, doc.layers["actors"][p.actor].type, ctx).label, p.modality)
                    for p in doc.layers["provisions"])
    assert all(int(r[m]) == plain[(a, m)] for a, r in rows.items() for m in MODALITIES)


def test_chapter_mix_and_instrument_domain_matrix_match_plain_counts(out, doc):
    P = doc.layers["provisions"]
    chapters = Counter((p.paragraph.parent.ancestor("chapter").title, p.modality) for p in P)
    for r in table(out, "chapter-modality"):
        assert all(int(r[m]) == chapters[(r["chapter"].split(" ", 1)[1], m)] for m in MODALITIES)
    cells = Counter()
    for p in P:
        c = code_provision(p, doc.text)
        for d in p.domains:
            cells[(c.instrument if c and c.instrument != "none" else "", d)] += 1
    matrix = table(out, "instrument-domain")
    domains = [k for k in matrix[0] if k not in ("instrument", "label")]
    assert sorted(domains) == sorted({d for p in P for d in p.domains})
    assert all(int(r[d]) == cells[(r["instrument"], d)] for r in matrix for d in domains)
