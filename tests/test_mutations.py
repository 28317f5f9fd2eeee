"""The mutation check (tests/mutations.py), so that CI runs it: every listed mutation fails some test."""

import sys

import pytest

from mutations import MUTATIONS, run

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="some mutated behaviours (the lock, PDEATHSIG) are Linux's")


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_the_tests_notice(mutation):
    killed, last = run(*mutation)
    assert killed, f"no test noticed: {mutation[0]} ({last})"
