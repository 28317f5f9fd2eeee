"""``policykg eval`` and ``policykg coverage`` as a user runs them: what they print, and that it is the library's figures."""

import json

from conftest import DATA, run_cli
from policykg.coverage import coverage
from policykg.evaluate import load_records, misses, read_jsonl, score
from policykg.extract import extract
from policykg.readers import default_path, read
from policykg.records import provision_records

GOLD = DATA / "changzhou-smart-manufacturing.gold.jsonl"


def predicted():
    doc = read(default_path())
    extract(doc)
    return load_records(provision_records(doc))


def test_eval_prints_the_figures_of_the_library(tmp_path):
    r = run_cli("eval", GOLD, "--json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    gold = load_records(read_jsonl(GOLD))
    want = score(gold, predicted())
    assert {k: got[k] for k in ("strict", "lenient", "programmes")} == {k: want[k] for k in ("strict", "lenient", "programmes")}
    assert got["errors"] == json.loads(json.dumps(misses(gold, predicted()), ensure_ascii=False))
    text = run_cli("eval", GOLD).stdout.splitlines()
    assert text[0].startswith("provisions strict ") and text[1].startswith("provisions lenient ")
    assert f"F1={want['lenient']['f1']:.3f}" in text[1]


def test_eval_names_the_article_of_a_provision_the_gold_lacks(tmp_path):
    """A gold file without art. 7's provisions of 未指明: recall stays, precision drops, art. 7 lists them."""
    records = read_jsonl(GOLD)
    art = next(r for r in records if r["article"] == 7)
    removed = [p for p in art["provisions"] if p["actor"] == "未指明"]
    art["provisions"] = [p for p in art["provisions"] if p["actor"] != "未指明"]
    assert removed and art["provisions"]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    full = json.loads(run_cli("eval", GOLD, "--json").stdout)
    cut = json.loads(run_cli("eval", gold, "--json").stdout)
    assert cut["strict"]["p"] < full["strict"]["p"]
    assert cut["strict"]["r"] >= full["strict"]["r"]
    report = run_cli("eval", gold).stdout
    line = next(line for line in report.splitlines() if line.startswith("  art. 7:"))
    assert "未指明" in line and "obligation" in line


def test_eval_of_a_broken_gold_file_is_one_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d", "article": "seven", "provisions": []}\n', encoding="utf-8")
    r = run_cli("eval", gold)
    assert (r.returncode, r.stderr) == (1, f"Error: {gold}: record 1: article is not an integer: 'seven'\n")


def test_coverage_prints_the_library_rows(tmp_path):
    files = [default_path(), DATA / "sme-law.reference.md"]
    r = run_cli("coverage", *files, "--json")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    want = []
    for f in files:
        doc = read(f)
        extract(doc)
        want.append(coverage(doc))
    assert rows == json.loads(json.dumps(want, ensure_ascii=False))
    table = run_cli("coverage", *files).stdout.splitlines()
    assert table[0].startswith("| document | articles | provisions |")
    assert [line.split(" | ")[0].lstrip("| ") for line in table[2:]] == [w["label"] for w in want] + \
        ["**all 2 documents**"]  # each named by short title and date, then the total row


def test_coverage_keeps_going_past_a_bad_file(tmp_path):
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    r = run_cli("coverage", default_path(), bad, "--keep-going", "--json")
    assert r.returncode == 0
    assert len(r.stdout.splitlines()) == 1
    assert r.stderr == f"skipped {bad}: empty file\n"
    r = run_cli("coverage", default_path(), bad)
    assert (r.returncode, r.stderr) == (1, f"Error: {bad}: empty file\n")


def test_programme_figure_does_not_depend_on_the_order_names_come_in():
    # held-out 14 scored 0.578 or 0.622 by PYTHONHASHSEED: a predicted name contained in two gold names took
    # whichever came first in a set (score.py still does)
    from itertools import permutations

    from policykg.evaluate import _programme_match
    pred = ["清洁生产推行规划", "国家清洁"]
    gold = ["国家清洁生产推行规划", "清洁生产推行规划的实施"]
    figures = {_programme_match(p, g) for p in permutations(pred) for g in permutations(gold)}
    assert figures == {_programme_match(sorted(pred), sorted(gold))}
