"""Time and peak memory of ``policykg similar`` on the corpus, against ``policykg build`` in the same run.

    python benchmarks/similar.py [--corpus ../shared/corpus]

Runs, each in a fresh interpreter with a fresh cache folder: the build with ``--jobs 2 --no-cache``, the
build again from its cache, then ``policykg similar --out``; prints wall seconds, CPU seconds of the
command, peak memory, the load average, and the ratios of ``similar`` to the two builds.
"""

import argparse
import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import measure  # noqa: E402


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    args = ap.parse_args()
    exe = [sys.executable, "-m", "policykg"]
    with tempfile.TemporaryDirectory(prefix="pkg-bench-similar-") as tmp:
        env = {"POLICYKG_CACHE": str(Path(tmp) / "cache")}
        rows = []
        for label, cmd in (
                ("build --jobs 2 --no-cache", [*exe, "build", args.corpus, "--out", f"{tmp}/a", "--jobs", "2",
                                               "--no-cache", "--keep-going"]),
                ("build --jobs 2 (to fill the cache)", [*exe, "build", args.corpus, "--out", f"{tmp}/b", "--jobs", "2",
                                                        "--keep-going"]),
                ("build --jobs 2 (cached)", [*exe, "build", args.corpus, "--out", f"{tmp}/c", "--jobs", "2",
                                             "--keep-going"]),
                ("similar --out", [*exe, "similar", args.corpus, "--out", f"{tmp}/c", "--keep-going"])):
            before = cpu()
            wall, peak, p = measure(cmd, env)
            if p.returncode:
                sys.exit(f"{label} failed: {p.stderr.strip()}")
            rows.append((label, wall, cpu() - before, peak))
            print(f"{label}: {wall:.1f} s wall, {cpu() - before:.1f} s CPU, {peak:.0f} MB, "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    sim = rows[-1]
    for r in (rows[0], rows[2]):
        print(f"similar / {r[0]}: wall {sim[1] / r[1]:.2f}x, CPU {sim[2] / r[2]:.2f}x")


if __name__ == "__main__":
    main()
