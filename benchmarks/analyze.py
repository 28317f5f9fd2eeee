"""Time and peak memory per process of ``policykg analyze`` against ``policykg build`` of the same corpus.

    python benchmarks/analyze.py [--corpus ../shared/corpus] [--runs 3] [--jobs 2]

Each run builds the corpus, then analyses it twice: from the regulations
(the build's pipeline, no cache, as ``build`` ran) and from the ``graph.nq``
that build wrote.  Every command runs in a fresh interpreter with no cache and
no progress bar; wall seconds, the largest resident set of any one process of
its tree (psutil, sampled every 20 ms) and the load average before it are
recorded.  The figures to compare are the medians of the runs and the ratios
analyze / build, measured side by side.  Needs psutil.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def measure(cmd):
    """``(wall seconds, peak MB of the largest process, load average before, stderr)``."""
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = {}
    root = psutil.Process(p.pid)
    while p.poll() is None:
        try:
            for q in [root] + root.children(recursive=True):
                try:
                    peaks[q.pid] = max(peaks.get(q.pid, 0), q.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(0.02)
    err = p.stderr.read().decode()
    wall = time.perf_counter() - t0
    if p.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-500:]}")
    return wall, max(peaks.values(), default=0) / 2**20, load, err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("POLICYKG_CORPUS", ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", default="2")
    a = ap.parse_args()
    cli = [sys.executable, "-m", "policykg"]
    common = ["--keep-going", "--no-cache", "--no-progress", "--jobs", a.jobs]
    print(f"# policykg analyze benchmark, {time.strftime('%Y-%m-%d %H:%M')}: {os.cpu_count()} CPUs, "
          f"{platform.machine()}, Python {platform.python_version()}, corpus {a.corpus}\n")
    print("| run | command | s | peak MB (one process) | load average before |\n|---|---|---|---|---|")
    results = {}
    for i in range(1, a.runs + 1):
        tmp = Path(tempfile.mkdtemp(prefix="pkg-bench-analyze-"))
        try:
            commands = {
                "build": [*cli, "build", str(a.corpus), "--out", str(tmp / "build"), *common],
                "analyze (regulations)": [*cli, "analyze", str(a.corpus), "--out", str(tmp / "a1"), *common],
                "analyze graph.nq": [*cli, "analyze", str(tmp / "build" / "graph.nq"), "--out", str(tmp / "a2"),
                                     "--no-progress"],
            }
            for name, cmd in commands.items():
                wall, peak, load, _ = measure(cmd)
                results.setdefault(name, []).append((wall, peak, load))
                print(f"| {i} | {name} | {wall:.1f} | {peak:.0f} | {load:.2f} |", flush=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    med = {k: (statistics.median(w for w, _, _ in v), max(p for _, p, _ in v)) for k, v in results.items()}
    ratios = {k: statistics.median(r[0] / b[0] for r, b in zip(v, results["build"])) for k, v in results.items()}
    print("\n| command | median s | median ratio to build (per run) | largest peak MB (one process) |\n|---|---|---|---|")
    for k, (w, p) in med.items():
        print(f"| {k} | {w:.1f} | {ratios[k]:.2f}× | {p:.0f} |")


if __name__ == "__main__":
    main()
