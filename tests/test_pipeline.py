"""Building many documents: parallel workers, the incremental cache, the progress bar, the summary."""

import os
import pty
import re
import shutil
import subprocess
import sys

from conftest import DATA, outputs, run_cli
from policykg import build as build_mod

FILES = ["sme-law.reference.md", "structure.txt", "shanghai-blockchain.lawrefbook.md", "script-injection.txt"]


def corpus_copy(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in FILES:
        shutil.copy(DATA / name, src / name)
    return src


def summary(stderr):
    return next(line for line in stderr.splitlines() if line.startswith("built "))


def test_outputs_do_not_depend_on_the_number_of_workers(tmp_path):
    src = corpus_copy(tmp_path)
    runs = []
    for jobs, seed in (("1", "1"), ("2", "2"), ("3", "3")):
        r = run_cli("build", src, "--out", tmp_path / jobs, "--jobs", jobs, "--no-cache",
                    env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        runs.append(outputs(tmp_path / jobs))
    assert runs[0] == runs[1] == runs[2]
    assert {"graph.nq", "graph.ttl", "graph.jsonld", "graph.html"} <= set(runs[0])


def test_rebuild_after_editing_one_file_redoes_one_document(tmp_path):
    src, cache = corpus_copy(tmp_path), tmp_path / "cache"
    r = run_cli("build", src, "--out", tmp_path / "a", "--cache", cache)
    assert r.returncode == 0, r.stderr
    assert "from cache" not in summary(r.stderr)
    r = run_cli("build", src, "--out", tmp_path / "a", "--cache", cache)
    assert ", 4 from cache" in summary(r.stderr)
    f = src / "structure.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n第九十九条　县级以上人民政府应当加强监督。\n", encoding="utf-8")
    r = run_cli("build", src, "--out", tmp_path / "a", "--cache", cache)
    assert r.returncode == 0, r.stderr
    assert ", 3 from cache" in summary(r.stderr)
    # The cached build writes exactly what a build from scratch writes.
    r = run_cli("build", src, "--out", tmp_path / "b", "--no-cache")
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b")
    assert "县级以上人民政府应当加强监督" in (tmp_path / "a" / "graph.nq").read_text(encoding="utf-8")


def test_the_cache_tells_apart_bases_and_file_names(tmp_path):
    src, cache = corpus_copy(tmp_path), tmp_path / "cache"
    run_cli("build", src / "structure.txt", "--out", tmp_path / "a", "--cache", cache)
    r = run_cli("build", src / "structure.txt", "--out", tmp_path / "b", "--cache", cache,
                "--base", "https://example.org/kg/")
    assert "from cache" not in summary(r.stderr)
    assert "<https://example.org/kg/doc/" in (tmp_path / "b" / "graph.nq").read_text(encoding="utf-8")
    shutil.copy(src / "structure.txt", src / "renamed.txt")  # no id in the file: the id is the file name
    r = run_cli("build", src / "renamed.txt", "--out", tmp_path / "c", "--cache", cache)
    assert "from cache" not in summary(r.stderr)
    assert "/doc/renamed>" in (tmp_path / "c" / "graph.nq").read_text(encoding="utf-8")


def test_summary_counts_documents_articles_actors_and_skipped_files(tmp_path):
    src = corpus_copy(tmp_path)
    (src / "empty.md").write_bytes(b"")
    r = run_cli("build", src, "--out", tmp_path / "out", "--keep-going", "--no-cache")
    assert r.returncode == 1
    line = summary(r.stderr)
    m = re.fullmatch(r"built 4 documents \((\d+) articles, (\d+) provisions, (\d+) actors, (\d+) programmes, "
                     r"(\d+) triples\) in [\d.]+ s; 1 skipped:", line)
    assert m, line
    articles, provisions, actors, programmes, triples = map(int, m.groups())
    assert articles > 60 and provisions > 20 and actors > 5 and triples > 5000
    assert f"skipped {src / 'empty.md'}: empty file" in r.stderr.splitlines()


def test_progress_bar_on_a_terminal_only(tmp_path):
    src = corpus_copy(tmp_path)
    r = run_cli("build", src, "--out", tmp_path / "pipe", "--no-cache")
    assert r.returncode == 0 and "\r" not in r.stderr and "doc/s" not in r.stderr
    leader, follower = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "policykg", "build", str(src), "--out", str(tmp_path / "tty"),
                          "--no-cache", "--jobs", "1"], stderr=follower, stdout=subprocess.DEVNULL)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert p.wait(timeout=300) == 0
    os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert "\rbuilding: " in text and "/4 [" in text
    assert "built 4 documents" in text


def test_large_graphs_get_n_quads_only_unless_asked(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build_mod.build([DATA / "structure.txt"], out=out, cache=False)
    assert {"graph.ttl", "graph.jsonld", "graph.nq"} <= set(outputs(out))
    monkeypatch.setattr(build_mod, "LARGE", 10)
    result = build_mod.build([DATA / "structure.txt"], out=out, cache=False)
    assert result.triples > 10
    assert "graph.ttl" not in outputs(out) and "graph.jsonld" not in outputs(out)  # no stale graph left behind
    build_mod.build([DATA / "structure.txt"], out=out, cache=False, formats=("nq", "ttl"))
    assert {"graph.ttl", "graph.nq"} <= set(outputs(out))


def test_pruning_the_cache_never_touches_other_folders(tmp_path):
    """--cache pointed at a folder that holds other things: only cache folders go."""
    from policykg.cache import Cache

    for name in ("docs", "photos", "0123456789abcdef01234567"):
        (tmp_path / name).mkdir()
    (tmp_path / "docs" / "thesis.txt").write_text("keep me")
    (tmp_path / "0123456789abcdef01234567" / "notes.txt").write_text("not a cache entry")
    olds = []
    for k in range(6):
        d = tmp_path / f"{k:024x}"
        d.mkdir()
        (d / "x.pickle").write_bytes(b"")
        os.utime(d, (k, k))
        olds.append(d)
    Cache(tmp_path).prune(keep=2)
    assert (tmp_path / "docs" / "thesis.txt").read_text() == "keep me"
    assert (tmp_path / "photos").is_dir() and (tmp_path / "0123456789abcdef01234567" / "notes.txt").exists()
    assert [d.exists() for d in olds] == [False] * 4 + [True] * 2
