"""Floors only rise: tests/data/floors.yaml, against its version in the previous commit.

The floors of a gold file that the same commit corrected (e.g. re-aligned to the guidelines' rulings)
no longer compare with the old ones, and are replaced: git shows which gold files changed.
"""

import copy
import shutil
import subprocess

import pytest
import yaml

from conftest import FLOORS, ROOT


def _flat(tree, prefix=()):
    for k, v in tree.items():
        if isinstance(v, dict):
            yield from _flat(v, prefix + (k,))
        else:
            yield prefix + (k,), v


def fallen(before, now, regold=()):
    """The floors of ``before`` that ``now`` lowers or drops, except those of the gold files in ``regold``.

    >>> fallen({"a": {"f1": 0.9, "p": 0.5}}, {"a": {"f1": 0.91}})
    [(('a', 'p'), 0.5, None)]
    >>> fallen({"a": {"f1": 0.9}}, {"a": {"f1": 0.89}})
    [(('a', 'f1'), 0.9, 0.89)]
    >>> fallen({"x": {"a.jsonl": {"f1": 0.9}}}, {"x": {"a.jsonl": {"f1": 0.85}}}, regold={"a.jsonl"})
    []
    """
    now = dict(_flat(now))
    return [(k, v, now.get(k)) for k, v in _flat(before)
            if not set(k) & set(regold) and (now.get(k) is None or now[k] < v)]


def corrected_golds(names):
    """The gold files among ``names`` (in tests/data) whose content differs from the previous commit's."""
    out = set()
    for name in names:
        old = subprocess.run(["git", "show", f"HEAD~1:tests/data/{name}"], cwd=ROOT, capture_output=True)
        path = ROOT / "tests" / "data" / name
        if old.returncode == 0 and path.exists() and old.stdout != path.read_bytes():
            out.add(name)
    return out


def test_no_floor_fell_since_the_previous_commit():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no previous commit to compare the floors with")
    r = subprocess.run(["git", "show", "HEAD~1:tests/data/floors.yaml"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"no floors in the previous commit ({r.stderr.strip()[:80]})")
    before = yaml.safe_load(r.stdout)
    assert fallen(before, FLOORS, corrected_golds(before.get("extraction", {}))) == []


def test_fallen_reads_a_lowered_floor():
    lowered = copy.deepcopy(FLOORS)
    lowered["extraction"]["dev"]["lenient"] -= 0.01
    assert [k for k, _, _ in fallen(FLOORS, lowered)] == [("extraction", "dev", "lenient")]
