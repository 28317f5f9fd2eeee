"""Floors only rise: tests/data/floors.yaml, against its version in the previous commit."""

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


def fallen(before, now):
    """The floors of ``before`` that ``now`` lowers or drops.

    >>> fallen({"a": {"f1": 0.9, "p": 0.5}}, {"a": {"f1": 0.91}})
    [(('a', 'p'), 0.5, None)]
    >>> fallen({"a": {"f1": 0.9}}, {"a": {"f1": 0.89}})
    [(('a', 'f1'), 0.9, 0.89)]
    """
    now = dict(_flat(now))
    return [(k, v, now.get(k)) for k, v in _flat(before) if now.get(k) is None or now[k] < v]


def test_no_floor_fell_since_the_previous_commit():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no previous commit to compare the floors with")
    r = subprocess.run(["git", "show", "HEAD~1:tests/data/floors.yaml"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"no floors in the previous commit ({r.stderr.strip()[:80]})")
    assert fallen(yaml.safe_load(r.stdout), FLOORS) == []


def test_fallen_reads_a_lowered_floor():
    lowered = copy.deepcopy(FLOORS)
    lowered["extraction"]["dev"]["lenient"] -= 0.01
    assert [k for k, _, _ in fallen(FLOORS, lowered)] == [("extraction", "dev", "lenient")]
