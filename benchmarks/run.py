"""Time and peak memory of ``policykg build``, as ratios against baselines taken in the same run.

    python benchmarks/run.py [--corpus ../shared/corpus] [--scales 1,10] [--skip-stages]

For the bundled regulation, the corpus and synthetic copies of the corpus
(each document repeated with new ids), it runs the real command in a fresh
interpreter (wall seconds, peak memory of the whole process tree), then
``oxigraph load`` of the N-Quads that build wrote (the baseline), and, for the
regulation and the corpus, one in-process build on one worker to time each
stage.  Machines are noisy: compare the ratios.
"""

import argparse
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policykg.readers import default_path  # noqa: E402


def measure(cmd, env=None):
    """``(wall seconds, peak MB of the process tree, completed process)``."""
    try:
        import psutil
    except ImportError:
        psutil = None
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    peak = 0
    if psutil:
        root = psutil.Process(p.pid)
        while p.poll() is None:
            try:
                procs = [root] + root.children(recursive=True)
                peak = max(peak, sum(q.memory_info().rss for q in procs if q.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.02)
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    if not psutil:  # the largest single process instead of the sum
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return wall, peak / 2**20, subprocess.CompletedProcess(cmd, p.returncode, out.decode(), err.decode())


def oxigraph_load(nq):
    """Seconds for ``oxigraph load`` of ``nq`` into a fresh store (pyoxigraph when the CLI is absent)."""
    store = Path(tempfile.mkdtemp(prefix="pkg-bench-ox-"))
    try:
        cli = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
        if cli:
            wall, _, r = measure([cli, "load", "--location", str(store), "--file", str(nq)])
            if r.returncode:
                raise RuntimeError(r.stderr)
            return wall
        import pyoxigraph as ox
        t0 = time.perf_counter()
        ox.Store(str(store)).bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        return time.perf_counter() - t0
    finally:
        shutil.rmtree(store, ignore_errors=True)


def synthetic(corpus, times, dest):
    """``times`` copies of every corpus file, each with new document ids."""
    for f in sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".docx") and not p.name.startswith("README")):
        rel = f.relative_to(corpus)
        for k in range(times):
            target = dest / rel.parent / f"{f.stem}-r{k}{f.suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            if f.suffix == ".md":
                text = f.read_text(encoding="utf-8")
                text = re.sub(r"^id:\s*(\S+)", lambda m: f"id: {m.group(1)}-r{k}", text, count=1, flags=re.M)
                target.write_text(text, encoding="utf-8")
            else:
                shutil.copy(f, target)
    return dest


def stages(path):
    """Seconds per stage of an in-process build on one worker, no cache."""
    from policykg.build import build

    out = tempfile.mkdtemp(prefix="pkg-bench-stages-")
    try:
        r = build([str(path)], out=out, keep_going=True, jobs=1, cache=False, progress=False)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    names = {"read": "read", "extract": "extract", "graph": "graph", "validate": "validate",
             "network": "analyse (networkx view)", "viz": "viz (graph.html)", "serialise+write": "serialise + write"}
    return {names[k]: v for k, v in r.stages.items() if k in names}


def run(label, path, env=None, extra=()):
    out = Path(tempfile.mkdtemp(prefix="pkg-bench-out-"))
    try:
        cmd = [sys.executable, "-m", "policykg", "build", str(path), "--out", str(out), "--keep-going",
               "--no-cache", "--no-progress", *extra]
        wall, peak, r = measure(cmd, env)
        summary = next((line for line in r.stderr.splitlines() if line.startswith("built ")), r.stderr[-300:])
        ox_s = oxigraph_load(out / "graph.nq")
        size = (out / "graph.nq").stat().st_size / 2**20
        print(f"| {label} | {wall:.2f} | {ox_s:.2f} | **{wall / ox_s:.2f}×** | {peak:.0f} | {size:.0f} | {summary} |",
              flush=True)
        return wall, peak
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("POLICYKG_CORPUS", ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--scales", default="1,10", help="corpus sizes to build, as multiples of the corpus")
    ap.add_argument("--skip-stages", action="store_true", help="no per-stage timing")
    a = ap.parse_args()
    print(f"# policykg build benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {platform.node()}: "
          f"{os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, Python {platform.python_version()}\n")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - t0
    print("| input | build s | oxigraph load s | build / load | peak MB | graph.nq MB | summary |")
    print("|---|---|---|---|---|---|---|")
    wall, _ = run("bundled regulation (all outputs)", default_path())
    print(f"\nbundled regulation end to end: {wall:.2f} s = {wall / bare:.1f}× a bare `python -c pass` ({bare:.2f} s)\n")
    growth = []
    if a.corpus.is_dir():
        print("| input | build s | oxigraph load s | build / load | peak MB | graph.nq MB | summary |")
        print("|---|---|---|---|---|---|---|")
        run("corpus, all outputs (--format nq,ttl,jsonld)", a.corpus, extra=("--format", "nq,ttl,jsonld"))
        tmp = Path(tempfile.mkdtemp(prefix="pkg-bench-corpus-"))
        try:
            for n in map(int, a.scales.split(",")):
                path = a.corpus if n == 1 else synthetic(a.corpus, n, tmp / f"x{n}")
                growth.append((n, *run(f"corpus ×{n} (default outputs)", path)))
                if n != 1:
                    shutil.rmtree(path, ignore_errors=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if len(growth) > 1:
            n0, w0, m0 = growth[0]
            print("\n| size | time / time at ×1 | memory / memory at ×1 |\n|---|---|---|")
            for n, w, m in growth:
                print(f"| ×{n} | {w / w0:.1f} | {m / m0:.1f} |")
    else:
        print(f"\n(corpus {a.corpus} absent: corpus figures skipped)")
    if not a.skip_stages:
        for label, path in (("bundled regulation", default_path()), ("corpus", a.corpus)):
            if not Path(path).exists():
                continue
            st = stages(path)
            total = sum(st.values())
            print(f"\nStages, {label}, one worker (CPU s for the per-document stages; share of their sum):\n")
            print("| stage | s | share |\n|---|---|---|")
            for k, v in st.items():
                print(f"| {k} | {v:.2f} | {v / total:.0%} |")


if __name__ == "__main__":
    main()
