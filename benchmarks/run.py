"""Time and peak memory of ``policykg build``, as ratios against baselines taken in the same run.

    python benchmarks/run.py [--corpus ../shared/corpus] [--scales 1,10] [--skip-stages]

For the bundled regulation, the corpus and synthetic copies of the corpus
(each document repeated with new ids), it runs the real command in a fresh
interpreter (wall seconds; peak memory of the largest process, and of the whole
process tree when psutil is installed), then ``oxigraph load`` of the N-Quads that
build wrote (the baseline), and, for the regulation and the corpus, one in-process
build on one worker to time each stage; then the two SHACL engines on the same
document graphs.  Each row carries the load average when it ended: the machine may
be shared, so compare the ratios, which come from one run.
"""

import argparse
import os
import statistics
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policykg.readers import default_path  # noqa: E402


def load():
    return "%.1f" % os.getloadavg()[0]


def measure(cmd, env=None):
    """``(wall seconds, peak MB of the largest process, peak MB of the process tree or None, completed process)``.

    The largest process comes from the kernel (``wait4``: the maximum resident set of the command and of
    each process it waited for); the tree's peak is the sum over its live processes, sampled every 20 ms
    (psutil; None without it).  Neither is the other: a build forks workers that share pages."""
    try:
        import psutil
    except ImportError:
        psutil = None
    t0 = time.perf_counter()
    out_f, err_f = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    p = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, env={**os.environ, **(env or {})})
    tree = None
    if psutil:
        tree, root = 0, psutil.Process(p.pid)
        while True:
            try:
                if root.status() == psutil.STATUS_ZOMBIE:
                    break
                procs = [root] + root.children(recursive=True)
                tree = max(tree, sum(q.memory_info().rss for q in procs if q.is_running()))
            except psutil.Error:
                break
            time.sleep(0.02)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    out_f.seek(0), err_f.seek(0)
    done = subprocess.CompletedProcess(cmd, p.returncode, out_f.read().decode(), err_f.read().decode())
    return wall, usage.ru_maxrss / 1024, None if tree is None else tree / 2**20, done


def oxigraph_load(nq):
    """Seconds for ``oxigraph load`` of ``nq`` into a fresh store (pyoxigraph when the CLI is absent)."""
    store = Path(tempfile.mkdtemp(prefix="pkg-bench-ox-"))
    try:
        cli = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
        if cli:
            wall, _, _, r = measure([cli, "load", "--location", str(store), "--file", str(nq)])
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


def subset(corpus, fraction, dest):
    """Every ``1 / fraction``-th corpus file (real, distinct documents: a growth check that copies would flatter)."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".docx") and not p.name.startswith("README"))
    step = round(1 / fraction)
    for f in files[::step]:
        target = dest / f.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
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
             "network": "analyse (networkx view)", "viz": "viz (graph.html)", "serialise+write": "serialise + write",
             "store": "query store (graph.oxigraph)"}
    return {names[k]: v for k, v in r.stages.items() if k in names}


def run(label, path, env=None, extra=()):
    out = Path(tempfile.mkdtemp(prefix="pkg-bench-out-"))
    try:
        cmd = [sys.executable, "-m", "policykg", "build", str(path), "--out", str(out), "--keep-going",
               "--no-cache", "--no-progress", *extra]
        wall, peak, tree, r = measure(cmd, env)
        summary = next((line for line in r.stderr.splitlines() if line.startswith("built ")), r.stderr[-300:])
        ox_s = oxigraph_load(out / "graph.nq")
        size = (out / "graph.nq").stat().st_size / 2**20
        print(f"| {label} | {wall:.2f} | {ox_s:.2f} | **{wall / ox_s:.2f}×** | {peak:.0f} | "
              f"{'' if tree is None else f'{tree:.0f}'} | {size:.0f} | {summary} | {load()} |", flush=True)
        return wall, peak
    finally:
        shutil.rmtree(out, ignore_errors=True)


HEAD = ("| input | build s | oxigraph load s | build / load | largest process MB | process tree MB | graph.nq MB "
        "| summary | load average |\n|---|---|---|---|---|---|---|---|---|")


def validators(paths, repeat=5):
    """Median seconds of the two SHACL engines on the same document graphs: pyshacl (``policykg validate``),
    the shapes compiled to SPARQL on pyoxigraph over the whole graph (``check``), and what a build runs
    (``pipeline._validate``: only the triples the checks read)."""
    from policykg.build import document_graphs, read_all
    from policykg.pipeline import _validate
    from policykg.rdf.triples import triples
    from policykg.sparql.validate import check, shacl_violations

    docs, _ = read_all(paths, keep_going=True)
    graphs = document_graphs(docs)
    quads = [(g.identifier, list(triples(d))) for d, g in zip(docs, graphs)]
    import pyshacl  # noqa: F401  (imported once, outside the timing)

    def median(f):
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            f()
            times.append(time.perf_counter() - t0)
        return statistics.median(times)
    out = {"pyshacl": median(lambda: [shacl_violations(g) for g in graphs]),
           "check": median(lambda: [check([g]) for g in graphs]),
           "build": median(lambda: [_validate(str(iri), q) for iri, q in quads])}
    return out, sum(len(g) for g in graphs), len(graphs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("POLICYKG_CORPUS", ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--scales", default="0.5,1,10",
                    help="corpus sizes to build: below 1 a share of the real files, above 1 synthetic copies")
    ap.add_argument("--skip-stages", action="store_true", help="no per-stage timing")
    ap.add_argument("--skip-all-outputs", action="store_true", help="no corpus build with every output format")
    a = ap.parse_args()
    print(f"# policykg build benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {platform.node()}: "
          f"{os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"load average {'%.1f %.1f %.1f' % os.getloadavg()}\n")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - t0
    print(HEAD)
    wall, _ = run("bundled regulation (all outputs)", default_path())
    print(f"\nbundled regulation end to end: {wall:.2f} s = {wall / bare:.1f}× a bare `python -c pass` ({bare:.2f} s)\n")
    growth = []
    if a.corpus.is_dir():
        print(HEAD)
        if not a.skip_all_outputs:
            run("corpus, all outputs (--format nq,ttl,jsonld)", a.corpus, extra=("--format", "nq,ttl,jsonld"))
        tmp = Path(tempfile.mkdtemp(prefix="pkg-bench-corpus-"))
        try:
            for n in map(float, a.scales.split(",")):
                if n == 1:
                    path, label = a.corpus, "corpus"
                elif n < 1:
                    path, label = subset(a.corpus, n, tmp / f"x{n}"), f"1 in {round(1 / n)} corpus files"
                else:
                    path, label = synthetic(a.corpus, int(n), tmp / f"x{n}"), f"corpus ×{int(n)} (synthetic copies)"
                growth.append((n, *run(f"{label} (default outputs)", path)))
                if n != 1:
                    shutil.rmtree(path, ignore_errors=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if len(growth) > 1:
            w0, m0 = next((w, m) for n, w, m in growth if n == 1) if any(n == 1 for n, _, _ in growth) else growth[0][1:]
            print("\n| size | time / time at ×1 | largest process / at ×1 |\n|---|---|---|")
            for n, w, m in growth:
                print(f"| ×{n:g} | {w / w0:.2f} | {m / m0:.2f} |")
    else:
        print(f"\n(corpus {a.corpus} absent: corpus figures skipped)")
    samples = [("bundled regulation", [default_path()])]
    if a.corpus.is_dir():
        files = sorted(p for p in a.corpus.rglob("*.md") if not p.name.startswith("README"))
        samples.append(("every 20th corpus Markdown file", files[::20]))
    print("\nSHACL engines on the same document graphs (median of 5, each graph checked on its own):\n")
    print("| graphs | triples | pyshacl s | check s | build's check s | pyshacl / check | pyshacl / build's | "
          "load average |\n|---|---|---|---|---|---|---|---|")
    for label, paths in samples:
        t, n, k = validators(paths)
        print(f"| {label} ({k}) | {n} | {t['pyshacl']:.2f} | {t['check']:.2f} | {t['build']:.2f} | "
              f"{t['pyshacl'] / t['check']:.1f}× | {t['pyshacl'] / t['build']:.1f}× | {load()} |", flush=True)
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
