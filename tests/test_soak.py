"""Soak (issue 14): builds killed at random moments never damage the previous outputs nor leave anything behind.

Twenty builds into one --out, alternating two inputs, each killed by SIGKILL,
SIGTERM or SIGINT at a random moment (a fixed seed): after each, the outputs
are exactly those of one of the two inputs, never a mix nor a part; no process
of the build is left; after SIGTERM and SIGINT no temporary either; and after
the next build, none at all.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DATA, outputs, run_cli

pytestmark = pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds the build's processes in /proc")

KILLS = 20
SIGNALS = [signal.SIGKILL, signal.SIGTERM, signal.SIGINT]


def temporaries(tmp, out, cache):
    return (sorted(p.name for p in tmp.iterdir()) + sorted(p.name for p in out.glob(".*"))
            + sorted(p.name for p in cache.glob("*/*.tmp")))


def processes(marker):
    """Ids of the processes whose command line holds ``marker`` (a build and its forked workers)."""
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit() and int(d.name) != os.getpid():
            try:
                cmd = (d / "cmdline").read_bytes()
                state = (d / "stat").read_bytes().rsplit(b")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if marker.encode() in cmd and state != b"Z":
                found.append(int(d.name))
    return found


def wait_until(predicate, seconds=20):
    end = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


def test_killed_builds_leave_the_previous_outputs_and_no_temporaries(tmp_path):
    from policykg.build import remove_leftovers
    from policykg.cache import Cache
    from policykg.lifetime import locked

    inputs = {"A": [DATA / "structure.txt", DATA / "sme-law.reference.md"],
              "B": [DATA / "shanghai-blockchain.lawrefbook.md", DATA / "sme-law.lawrefbook.md"]}
    tmp, cache, out = tmp_path / "tmp", tmp_path / "cache", tmp_path / "out"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "POLICYKG_CACHE": str(cache)}
    folders, reference, seconds = {}, {}, {}
    for name, files in inputs.items():
        folders[name] = tmp_path / name
        folders[name].mkdir()
        for f in files:
            (folders[name] / f.name).write_bytes(f.read_bytes())
        for cached in (False, True):  # how long each kind of build takes: the kills fall within it
            t0 = time.monotonic()
            r = run_cli("build", folders[name], "--out", tmp_path / f"ref-{name}", "--jobs", "2", env=env)
            seconds[name, cached] = time.monotonic() - t0
            assert r.returncode == 0, r.stderr
        reference[name] = outputs(tmp_path / f"ref-{name}")
    assert reference["A"] != reference["B"]
    assert run_cli("build", folders["A"], "--out", out, "--jobs", "2", env=env).returncode == 0
    assert outputs(out) == reference["A"]

    rng = random.Random(14)
    current, kinds = "A", []
    while sum(k != "finished" for k in kinds) < KILLS:
        assert len(kinds) < 2 * KILLS, kinds  # the kills come while building
        target = "B" if current == "A" else "A"
        cached = rng.random() < 0.5  # the cache's temporaries, or a spill folder's
        cmd = [sys.executable, "-m", "policykg", "build", str(folders[target]), "--out", str(out), "--jobs", "2"]
        p = subprocess.Popen(cmd + ([] if cached else ["--no-cache"]), env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.05, seconds[target, cached]))
        sig = rng.choice(SIGNALS)
        p.send_signal(sig)
        _, err = p.communicate(timeout=120)
        i = len(kinds)
        assert b"Traceback" not in err, err.decode()
        assert wait_until(lambda: not processes(str(out))), f"kill {i}: processes left: {processes(str(out))}"
        if p.returncode == 0:  # it finished before the signal came
            kinds.append("finished")
            current = target
            continue
        kinds.append(signal.Signals(sig).name)
        if sig != signal.SIGKILL:  # it cleaned up after itself
            assert temporaries(tmp, out, cache) == [], f"kill {i} ({kinds[-1]})"
        with locked(out):  # what the next run does
            remove_leftovers(out, tmp)
        Cache(cache).clean()
        assert temporaries(tmp, out, cache) == [], f"kill {i} ({kinds[-1]})"
        now = outputs(out)
        assert now in (reference[current], reference[target]), f"kill {i} ({kinds[-1]}): outputs damaged"
        current = "A" if now == reference["A"] else "B"

    r = run_cli("build", folders["A"], "--out", out, "--jobs", "2", env=env)
    assert r.returncode == 0, r.stderr
    assert outputs(out) == reference["A"]
    assert temporaries(tmp, out, cache) == []


def test_a_signal_during_cleanup_waits_until_the_temporary_is_gone(tmp_path):
    """CI found a .tmp-oxigraph folder left by a SIGTERM that came while the store's temporary was
    being removed: the removal stopped half way.  The signal now waits for the cleanup to end."""
    import shutil

    from policykg.lifetime import deferred_signals, signals_end_run

    tmp = tmp_path / ".tmp-oxigraph-x"
    for i in range(50):
        (tmp / str(i)).mkdir(parents=True)
        (tmp / str(i) / "f").write_bytes(b"x")
    removing = shutil.rmtree
    seen = []

    def rmtree(path):  # the signal lands in the middle of the removal
        os.kill(os.getpid(), signal.SIGTERM)
        for p in sorted(Path(path).iterdir()):
            seen.append(p.name)
            removing(p)
        removing(path)

    with pytest.raises(SystemExit):
        with signals_end_run():
            try:
                pass
            finally:
                with deferred_signals():
                    rmtree(tmp)
    assert not tmp.exists() and len(seen) == 50


def test_a_ctrl_c_after_the_command_ends_prints_no_traceback(tmp_path):
    """CI found a SIGINT that came during the interpreter's teardown, after a finished build, printing
    ``Exception ignored in: …_releaseLock … KeyboardInterrupt``: once the command is over, SIGINT ends
    the process at once, with no traceback."""
    code = ("import os, signal, sys, policykg.__main__ as m\n"
            "sys.argv = ['policykg', '--help']\n"
            "try:\n    m.run()\nfinally:\n    os.kill(os.getpid(), signal.SIGINT)\n"
            "    import time; time.sleep(1)\n    print('not interrupted')\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == -signal.SIGINT
    assert "Traceback" not in r.stderr and "not interrupted" not in r.stdout


def test_a_ctrl_c_while_forking_interrupts_the_run_instead_of_vanishing(tmp_path):
    """CI found a SIGINT landing in the parent during a fork: logging's at-fork hook swallowed it with
    ``Exception ignored in: _releaseLock … KeyboardInterrupt`` and the build went on.  Forks now hold
    the signal until the fork is done, then the run is interrupted as usual."""
    code = ("import os, signal\n"
            "os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGINT))\n"
            "from policykg.pipeline import _pool\n"
            "try:\n    pool = _pool(2)\nexcept KeyboardInterrupt:\n    print('interrupted')\n"
            "else:\n    pool.terminate(); print('went on')\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Traceback" not in r.stderr and r.stdout.strip() == "interrupted", (r.stdout, r.stderr)
