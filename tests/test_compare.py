"""`policykg compare`: two documents side by side, as a user runs it."""

import csv
import io

import pytest

from conftest import DATA, run_cli
from gold_layers import gold_graph


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """The gold graph of the default regulation against the built graph of the small test regulation."""
    tmp = tmp_path_factory.mktemp("compare")
    gold_graph().serialize(tmp / "gold.ttl", format="turtle")
    r = run_cli("build", DATA / "script-injection.txt", "--out", tmp / "small", "--format", "ttl")
    assert r.returncode == 0, r.stderr
    r = run_cli("compare", tmp / "gold.ttl", tmp / "small" / "graph.ttl", "--out", tmp / "out")
    assert r.returncode == 0, r.stderr
    return r.stdout, tmp / "out"


def rows(out, name):
    return list(csv.DictReader(io.StringIO((out / "tables" / f"{name}.csv").read_text(encoding="utf-8-sig"))))


def test_compare_prints_every_section(compared):
    text, out = compared
    for title in ("Documents", "Shared and distinct actors", "Duty load differences", "Modality mix",
                  "Instrument mix", "Programmes"):
        assert f"## {title}" in text
    assert (out / "compare.md").read_text(encoding="utf-8") + "\n" == text  # echo adds a newline


def test_compare_counts(compared):
    _, out = compared
    docs = {r["title"]: r for r in rows(out, "compare-documents")}
    assert docs["常州市促进智能制造发展条例"]["provisions"] == "440"  # the gold file
    # The test regulation: 市人民政府应当公布…; 鼓励企业使用…: two provisions, both roles also in the gold file.
    assert docs["测试<b>标记</b>条例"]["provisions"] == "2"
    actors = {r["document"]: r for r in rows(out, "compare-actors")}
    assert set(actors["(all)"]["names"].split("、")) == {"人民政府", "企业"}  # aligned by role (the default)
    assert actors["测试<b>标记</b>条例"]["actors"] == "0"
    duty = {r["actor"]: r for r in rows(out, "compare-duty-load")}
    # Gold: 市人民政府 57 obligations + 县级市（区）人民政府 49 (and one permission): the role 人民政府.
    assert duty["人民政府"]["常州市促进智能制造发展条例（2025-08-06） obligations"] == "106"  # short title, date
    assert duty["人民政府"]["测试<b>标记</b>条例 obligations"] == "1"
    assert duty["人民政府"]["spread"] == "106"
    mix = {r["modality"]: r for r in rows(out, "compare-modality")}
    assert mix["obligation"]["常州市促进智能制造发展条例（2025-08-06）"] == "277"
    assert float(mix["encouragement"]["测试<b>标记</b>条例 share"]) == 0.5


def test_compare_needs_two_documents():
    r = run_cli("compare", DATA / "sme-law.lawrefbook.md")
    assert r.returncode == 1
    assert r.stderr.strip() == "Error: compare needs at least two documents, got 1 (中小企业促进法（2017-09-01）)"


def test_compare_at_the_organisation_level_keeps_two_governments_apart(tmp_path):
    """Two documents of different places share no government at the organisation level, only at the role level."""
    gold_graph().serialize(tmp_path / "gold.ttl", format="turtle")
    r = run_cli("build", DATA / "script-injection.txt", "--out", tmp_path / "small", "--format", "ttl")
    assert r.returncode == 0, r.stderr
    r = run_cli("compare", tmp_path / "gold.ttl", tmp_path / "small" / "graph.ttl", "--actor-level", "organisation",
                "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    shared = next(r for r in rows(tmp_path / "out", "compare-actors") if r["document"] == "(all)")
    assert shared["names"] == "企业"  # a category is one node everywhere; 常州市人民政府 is no other city's
