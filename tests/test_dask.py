"""Documents done on a Dask cluster (`--scheduler`): the same outputs and cache as a local run.

The cluster is a dask.distributed LocalCluster of separate worker processes, as a real one would be
(no shared memory with the command; workers import policykg themselves)."""

import importlib.util
import shutil
import subprocess
import sys

import pytest

from conftest import DATA, outputs, run_cli

# Not imported here: importing it (numpy's native threads come with it) would let a SIGTERM that
# tests/test_soak.py sends this process reach a thread that does not hold it.
if importlib.util.find_spec("distributed") is None:
    pytest.skip("dask.distributed is not installed (pip install 'policykg[dask]')", allow_module_level=True)

FILES = ["sme-law.reference.md", "structure.txt", "shanghai-blockchain.lawrefbook.md", "script-injection.txt"]


CLUSTER = """
import sys
from distributed import LocalCluster
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, scheduler_port=0) as c:
    print(c.scheduler_address, flush=True)
    sys.stdin.read()  # until the test closes it
"""


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster in a process of its own: its threads must not be the test process's (a thread that
    does not block signals would take the SIGTERMs that tests/test_soak.py sends to this process)."""
    proc = subprocess.Popen([sys.executable, "-c", CLUSTER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        yield proc.stdout.readline().strip()
    finally:
        proc.stdin.close()
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def src(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    for name in FILES:
        shutil.copy(DATA / name, folder / name)
    return folder


def test_build_on_a_cluster_writes_what_a_local_build_writes(tmp_path, src, scheduler):
    local = run_cli("build", src, "--out", tmp_path / "local", "--jobs", "2", "--no-cache")
    assert local.returncode == 0, local.stderr
    cache = tmp_path / "cache"
    remote = run_cli("build", src, "--out", tmp_path / "remote", "--scheduler", scheduler, "--cache", cache)
    assert remote.returncode == 0, remote.stderr
    assert outputs(tmp_path / "remote") == outputs(tmp_path / "local")
    # the results came back and were cached here: a second run takes every document from the cache
    again = run_cli("build", src, "--out", tmp_path / "again", "--scheduler", scheduler, "--cache", cache)
    assert f"{len(FILES)} from cache" in again.stderr, again.stderr
    assert outputs(tmp_path / "again") == outputs(tmp_path / "local")


def test_analyze_on_a_cluster_writes_what_a_local_analysis_writes(tmp_path, src, scheduler):
    local = run_cli("analyze", src, "--out", tmp_path / "local", "--no-cache")
    remote = run_cli("analyze", src, "--out", tmp_path / "remote", "--no-cache", "--scheduler", scheduler)
    assert local.returncode == 0 and remote.returncode == 0, local.stderr + remote.stderr
    assert outputs(tmp_path / "remote") == outputs(tmp_path / "local")


def test_an_unreadable_file_on_a_cluster_is_reported_as_locally(tmp_path, src, scheduler):
    (src / "broken.docx").write_bytes(b"not a zip")
    local = run_cli("build", src, "--out", tmp_path / "local", "--no-cache", "--keep-going")
    remote = run_cli("build", src, "--out", tmp_path / "remote", "--no-cache", "--keep-going", "--scheduler",
                     scheduler)
    assert local.returncode == remote.returncode == 1, remote.stderr
    skipped = [ln for ln in remote.stderr.splitlines() if ln.startswith("skipped")]
    assert skipped == [ln for ln in local.stderr.splitlines() if ln.startswith("skipped")], remote.stderr
    assert "broken.docx" in skipped[0]
    assert outputs(tmp_path / "remote") == outputs(tmp_path / "local")


def test_no_scheduler_at_the_address_is_a_one_line_error(tmp_path, src):
    r = run_cli("build", src, "--out", tmp_path / "out", "--no-cache", "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert "--scheduler tcp://127.0.0.1:9: cannot reach a Dask scheduler there" in r.stderr
    assert not (tmp_path / "out" / "graph.nq").exists()


def test_workers_running_other_code_are_refused(tmp_path, src, scheduler):
    """Their results would be cached as this code's: the build stops, naming the worker, and writes nothing."""
    script = f"""
from policykg import cache, errors
from policykg.pipeline import run
cache.fingerprint = lambda: "0" * 24  # this process only: the workers keep theirs
try:
    run(sorted(__import__("pathlib").Path({str(src)!r}).iterdir()), cache={str(tmp_path / "cache")!r},
        scheduler={scheduler!r})
except errors.PolicyKGError as e:
    print(e)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert f"--scheduler {scheduler}: worker tcp://" in done.stdout, done.stdout + done.stderr
    assert "runs other policykg code than this command" in done.stdout
    assert not list((tmp_path / "cache").rglob("*.entry"))
