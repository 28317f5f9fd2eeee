"""SPARQL over a built corpus: the query store, `policykg query` end to end, `serve` start-up, and each
canned query warm at the endpoint (its first 1,000 rows), the old text of each query timed in the same run.

    python benchmarks/sparql.py BUILD [--old REV] [--repeat 20] [--cli-repeat 5] [--endpoint-only]

BUILD is a build folder of the corpus (``policykg build ../shared/corpus --out BUILD --keep-going``).
Medians; the load average before and after is printed with them, since the machine is shared: compare
the ratios, to ``ASK {}`` and to the old text, which come from the same minutes.  article-provisions is
also timed for one article, from the middle of the corpus (``--param after=25000``) and for one document
(``--param document=…``), the largest and a median one.
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policykg.sparql import store as st  # noqa: E402
from policykg.sparql.canned import canned  # noqa: E402
from policykg.sparql.query import conditional  # noqa: E402

HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))
POLICYKG = [sys.executable, "-m", "policykg"]
JSON = "application/sparql-results+json"


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def with_level(text, level):
    """As `policykg query --param actor_level=…` binds it: a VALUES first in the WHERE group."""
    text = conditional(text, {"actor_level": level} if level else {})
    if not level:
        return text
    where = re.search(r"\bWHERE\s*\{", text)
    return f'{text[:where.end()]} VALUES ?actor_level {{ "{level}" }}\n{text[where.end():]}'


def first_rows(url, query, rows=1000, timeout=60, accept="text/tab-separated-values"):
    """Seconds until the first ``rows`` rows (or all, if fewer) of ``query`` are read; None past ``timeout``."""
    t0 = time.perf_counter()
    req = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode("ascii"),
                                 headers={"Accept": accept})
    try:
        with HTTP.open(req, timeout=timeout) as resp:
            n = -1
            for line in resp:
                if b"cancelled" in line:
                    return None
                n += 1
                if n >= rows:
                    break
    except (OSError, TimeoutError):
        return None
    return time.perf_counter() - t0


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ms(v):
    return "timeout" if v is None else f"{v * 1000:.0f}"


def per(t, ask):
    return f"{t / ask:.0f}x" if t and ask else ""


def cases(queries):
    for name, q in sorted(queries.items()):
        for level in (["organisation", "role", "mention"] if "actor_level" in q.params else [None]):
            yield name, level, q


def old_queries(rev):
    out = {}
    if not rev:
        return out
    for name in canned():
        done = subprocess.run(["git", "show", f"{rev}:ontology/queries/{name}.rq"], cwd=ROOT, capture_output=True,
                              text=True)
        if done.returncode == 0:
            out[name] = done.stdout
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--old", default="77e0823",
                    help="revision whose canned queries are timed alongside ('': none; 77e0823: before the answer rows)")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--cli-repeat", type=int, default=5)
    ap.add_argument("--timeout", type=int, default=30)
    ap.add_argument("--endpoint-only", action="store_true", help="only the queries at the endpoint")
    args = ap.parse_args()
    build = Path(args.build)
    nq = st.nquads_path(build)
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, load average {load()}")
    print(f"# {nq}: {nq.stat().st_size / 2**20:.0f} MB")

    if not args.endpoint_only:
        store_and_cli(build, nq, args)
    endpoint(build, args)


def store_and_cli(build, nq, args):
    # The store: written anew from graph.nq (what a build without cache, or a first query, does).
    tmp = Path(tempfile.mkdtemp(prefix="pkg-bench-store-", dir=build))
    try:
        t0 = time.perf_counter()
        st.write(nq, location=tmp / "store")
        write_s = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in (tmp / "store").iterdir()) / 2**20
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    t0 = time.perf_counter()
    subprocess.run([shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or "oxigraph", "load",
                    "--location", str(build / ".bench-oxigraph-load"), "--file", str(nq)], capture_output=True)
    load_s = time.perf_counter() - t0
    shutil.rmtree(build / ".bench-oxigraph-load", ignore_errors=True)
    print(f"store written anew: {write_s:.1f} s, {size:.0f} MB on disk; `oxigraph load` of the same graph.nq "
          f"(named graphs only) {load_s:.1f} s: {write_s / load_s:.2f}x  (load average {load()})")
    with st.reading(build) as location:
        assert location, "no store could be had for " + str(build)

    # `policykg query` end to end, and the old way (graph.nq loaded in memory) once for the ratio.
    print(f"\n## policykg query, end to end (median of {args.cli_repeat}), load average {load()}")
    print("| query | level | s | rows |")
    print("|---|---|---|---|")
    for name, level, q in cases(canned()):
        extra = ["--param", f"actor_level={level}"] if level else []
        times, rows = [], 0
        for _ in range(args.cli_repeat):
            t0 = time.perf_counter()
            done = subprocess.run([*POLICYKG, "query", "--data", str(build), "--format", "tsv", name, *extra],
                                  capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            rows = max(0, done.stdout.count("\n") - 1)
        print(f"| {name} | {level or ''} | {median(times):.2f} | {rows} |")
    memory = Path(tempfile.mkdtemp(prefix="pkg-bench-nq-"))
    try:
        os.symlink(nq.resolve(), memory / "graph.nq")
        os.chmod(memory, 0o555)  # no store can be written there: graph.nq is loaded in memory, as before
        t0 = time.perf_counter()
        subprocess.run([*POLICYKG, "query", "--data", str(memory), "--format", "tsv", "who-approves-what"],
                       capture_output=True)
        print(f"\nthe same from graph.nq loaded in memory (who-approves-what, once): "
              f"{time.perf_counter() - t0:.1f} s  (load average {load()})")
    finally:
        os.chmod(memory, 0o755)
        shutil.rmtree(memory, ignore_errors=True)



def by_document(build):
    """The labels of the document with most provisions and of a median one (tables/documents.csv)."""
    import csv

    with open(Path(build) / "tables" / "documents.csv", encoding="utf-8-sig") as fh:
        docs = sorted(csv.DictReader(fh), key=lambda r: (int(r["provisions"] or 0), r["document"]))
    return [(d["document"], d["provisions"]) for d in (docs[-1], docs[len(docs) // 2])]


def bind(text, name, term):
    text = conditional(text, {name: term})
    where = re.search(r"\bWHERE\s*\{", text)
    return f"{text[:where.end()]} VALUES ?{name} {{ {term} }}\n{text[where.end():]}"


def endpoint(build, args):
    nq = st.nquads_path(build)
    # `policykg serve`: seconds to the ready line.
    port = free_port()
    starts = []
    for _ in range(3):
        t0 = time.perf_counter()
        proc = subprocess.Popen([*POLICYKG, "serve", "--data", str(build), "--port", str(port),
                                 "--timeout", str(args.timeout)], stderr=subprocess.PIPE, text=True)
        while "SPARQL endpoint" not in proc.stderr.readline():
            pass
        starts.append(time.perf_counter() - t0)
        if len(starts) < 3:
            proc.terminate()
            proc.wait()
    print(f"\npolicykg serve ready in {median(starts):.2f} s (median of 3)")

    # What the proxy costs: a trivial ASK through `serve` and straight at an Oxigraph engine on the same store.
    url = f"http://127.0.0.1:{port}/query"
    direct_port = free_port()
    direct = subprocess.Popen([shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or "oxigraph",
                               "serve-read-only", "--location", str(st.store_path(nq)), "--bind",
                               f"127.0.0.1:{direct_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        direct_url = f"http://127.0.0.1:{direct_port}/query"
        for _ in range(600):  # a minute at most
            if first_rows(direct_url, "ASK {}", timeout=1, accept=JSON) is not None:
                break
            time.sleep(0.1)
        asks = {}
        for label, u in (("through serve", url), ("straight at oxigraph", direct_url)):
            [first_rows(u, "ASK {}", accept=JSON) for _ in range(5)]
            asks[label] = median([first_rows(u, "ASK {}", accept=JSON) for _ in range(100)])
        print(f"\n`ASK {{}}` (median of 100): through serve's proxy {asks['through serve'] * 1000:.1f} ms, straight at "
              f"oxigraph {asks['straight at oxigraph'] * 1000:.1f} ms  (load average {load()})")
    finally:
        direct.terminate()
        direct.wait()

    # Each canned query warm at the endpoint: the new text, and the old one in the same run.
    old = old_queries(args.old)
    print(f"\n## at the endpoint, warm, first 1,000 rows (median of {args.repeat}; old text of {args.old} "
          f"median of 3, `timeout` past {args.timeout} s), load average {load()}")
    print("| query | level | new ms | new / ASK | old ms | old / new |")
    print("|---|---|---|---|---|---|")
    ask = asks["through serve"]
    try:
        for name, level, q in cases(canned()):
            new = with_level(q.text, level)
            first_rows(url, new)  # warm
            t_new = median([first_rows(url, new) for _ in range(args.repeat)])
            t_old = None
            if name in old:
                o = with_level(old[name], level)
                t_old = median([first_rows(url, o, timeout=args.timeout + 5) for _ in range(3)])
            ratio = f"{t_old / t_new:.1f}x" if t_old and t_new else ""
            print(f"| {name} | {level or ''} | {ms(t_new)} | {per(t_new, ask)} | {ms(t_old) if name in old else ''} | "
                  f"{ratio} |", flush=True)
        pages = [("article=7", "article", "7"), ("after=25000", "after", "25000")] + [(f"document={label} ({n} provisions)", "document",
                                                      f'"{label}"@zh') for label, n in by_document(build)]
        for what, name, term in pages:
            new = bind(canned()["article-provisions"].text, name, term)
            first_rows(url, new)
            t_new = median([first_rows(url, new) for _ in range(args.repeat)])
            t_old = None
            if "article-provisions" in old:
                t_old = median([first_rows(url, bind(old["article-provisions"], name, term), timeout=args.timeout + 5)
                                for _ in range(3)])
            ratio = f"{t_old / t_new:.1f}x" if t_old and t_new else ""
            print(f"| article-provisions, {what} | | {ms(t_new)} | {per(t_new, ask)} | {ms(t_old) if t_old else ''} | "
                  f"{ratio} |", flush=True)
    finally:
        proc.terminate()
        proc.wait()
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    main()
