"""Hostile input and hostile circumstances (issue 14): one row or test per case found.

Bombs are made at test time, small on disk; every failure is one line naming the
file and the problem, and never takes the machine.
"""

import os
import pickle
import re
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import DATA, outputs, run_cli
from policykg.readers.limits import MAX_ELEMENTS, MAX_PARAGRAPH, MAX_SENTENCE, MAX_UNPACKED

GOOD = DATA / "structure.txt"
DOCX = DATA / "sme-law_20170901_2c909fdd678bf17901678bf85eba0a23.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with(tmp_path, name, document_xml):
    """A copy of the test .docx whose word/document.xml is ``document_xml`` (bytes, or an iterable of them)."""
    f = tmp_path / name
    with zipfile.ZipFile(DOCX) as src, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w", force_zip64=True) as fh:
            for chunk in [document_xml] if isinstance(document_xml, bytes) else document_xml:
                fh.write(chunk)
    return f


def empty_paragraphs(n):
    yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode()
    block = b"<w:p/>" * 100_000
    for _ in range(n // 100_000):
        yield block
    yield b"</w:body></w:document>"


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
          + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), b"&%s;" % bytes([97 + i]) * 10) for i in range(9))
          + f"]><w:document {W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>".encode())


def test_decompression_bomb_is_refused_by_its_unpacked_size(tmp_path):
    f = docx_with(tmp_path, "bomb.docx", empty_paragraphs(MAX_UNPACKED // 6 + 100_000))
    assert f.stat().st_size < 2_000_000
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert r.returncode == 1
    assert re.fullmatch(rf"Error: {re.escape(str(f))}: the \.docx unpacks to \d+ MB \(the limit is 100 MB\): "
                        r"a decompression bomb, or not a regulation\n", r.stderr)


def test_a_docx_of_too_many_elements_is_refused_before_python_docx_loads_it(tmp_path):
    f = docx_with(tmp_path, "many.docx", empty_paragraphs(MAX_ELEMENTS + 100_000))
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {f}: word/document.xml has over {MAX_ELEMENTS:,} XML elements "
                                           "(a decompression bomb, or not a regulation)\n")


def test_billion_laughs_is_one_line_and_keep_going_goes_on(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    laughs = docx_with(src, "laughs.docx", LAUGHS)
    (src / "good.txt").write_bytes(GOOD.read_bytes())
    problem = ("word/document.xml declares a DTD, which Word never writes "
               "(entity expansion, e.g. billion laughs, is refused)")
    r = run_cli("build", laughs, "--out", tmp_path / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {laughs}: {problem}\n")
    r = run_cli("build", src, "--out", tmp_path / "out", "--keep-going")
    assert r.returncode == 1
    assert f"skipped {laughs}: {problem}" in r.stderr.splitlines()
    assert (tmp_path / "out" / "graph.nq").is_file()


def test_a_docx_python_docx_cannot_read_is_one_line(tmp_path):
    f = docx_with(tmp_path, "broken.docx", b"<w:document")
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert r.returncode == 1
    assert r.stderr.startswith(f"Error: {f}: word/document.xml is not well-formed XML (") and r.stderr.count("\n") == 1


def one_article(body):
    return "测试条例\n第一条　" + body + "\n"


SIZE_CASES = [  # (text, expected problem)
    (one_article("市人民政府应当加强领导，" * (MAX_PARAGRAPH // 12 + 1) + "。"),
     f"a paragraph of 第一条 has {(MAX_PARAGRAPH // 12 + 1) * 12 + 1:,} characters (the limit is {MAX_PARAGRAPH:,}); "
     "is the file missing its line breaks or its 。?"),
    (one_article("市人民政府应当加强领导，" * (MAX_SENTENCE // 12 + 1) + "。"),
     f"a sentence of 第一条第一款 has {(MAX_SENTENCE // 12 + 1) * 12:,} characters (the limit is {MAX_SENTENCE:,}); "
     "is the file missing its line breaks or its 。?"),
]


@pytest.mark.parametrize("text, problem", SIZE_CASES)
def test_size_guards(tmp_path, text, problem):
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {f}: {problem}\n")


def test_a_sentence_is_written_once_however_many_provisions_share_it(tmp_path):
    """Output is linear in the input: 150 provisions of one sentence hold its text once, not 150 times."""
    sentence = "市人民政府应当" + "，".join(f"加强第{i}项工作" for i in range(150))
    f = tmp_path / "shared.txt"
    f.write_text(one_article(sentence + "。"), encoding="utf-8")
    r = run_cli("build", f, "--out", tmp_path / "out", "--no-cache")
    assert r.returncode == 0, r.stderr
    nq = (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")
    links = [line for line in nq.splitlines() if "ns#sentence> " in line]
    assert len(links) == 150 and len({line.split()[2] for line in links}) == 1
    assert nq.count(f'"{sentence}"@zh') == 1  # the sentence node's pkg:text
    assert (tmp_path / "out" / "graph.html").stat().st_size < 3_000_000


# ---------------------------------------------------------------- the cache


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


def entries(cache, suffix):
    return sorted(cache.glob(f"*/*{suffix}"))


def test_a_damaged_cache_is_a_miss_and_is_rebuilt(tmp_path, cache):
    out = tmp_path / "out"
    r = run_cli("build", GOOD, "--out", out, "--cache", cache)
    assert r.returncode == 0, r.stderr
    reference = outputs(out)
    [blocks], [entry] = entries(cache, ".blocks"), entries(cache, ".entry")
    damages = [
        (blocks, lambda b: b[: len(b) // 2]),  # cut short (once: every later build crashed)
        (blocks, lambda b: b.replace(b"Paragraph", b"Paragraphe", 1)),  # garbled (once: a wrong graph, exit 0)
        (entry, lambda b: b[:-10]),
        (entry, lambda b: b.replace(b'"articles":5', b'"articles":6', 1)),
    ]
    for path, damage in damages:
        good = path.read_bytes()
        path.write_bytes(damage(good))
        assert path.read_bytes() != good
        r = run_cli("build", GOOD, "--out", out, "--cache", cache)
        assert r.returncode == 0, r.stderr
        assert "from cache" not in r.stderr  # a miss
        assert outputs(out) == reference
        if path.suffix == ".blocks":
            assert path.read_bytes() == good  # rebuilt (an entry differs in its timings only)
        r = run_cli("build", GOOD, "--out", out, "--cache", cache)
        assert "1 from cache" in r.stderr  # and the rebuilt entry serves


class _Trap:
    def __reduce__(self):
        return (os.mkdir, (str(_Trap.target),))


def test_a_pickle_in_the_cache_folder_is_never_run(tmp_path, cache):
    out = tmp_path / "out"
    assert run_cli("build", GOOD, "--out", out, "--cache", cache).returncode == 0
    reference = (out / "graph.nq").read_bytes()
    _Trap.target = tmp_path / "pwned"
    for path in entries(cache, ".entry") + entries(cache, ".blocks"):
        path.write_bytes(pickle.dumps(_Trap()))
        (path.parent / (path.stem + "-blocks.pickle")).write_bytes(pickle.dumps(_Trap()))  # the old names
        (path.parent / (path.stem + ".pickle")).write_bytes(pickle.dumps(_Trap()))
    r = run_cli("build", GOOD, "--out", out, "--cache", cache)
    assert r.returncode == 0, r.stderr
    assert not _Trap.target.exists()
    assert (out / "graph.nq").read_bytes() == reference


# ---------------------------------------------------------------- leftovers, signals, the lock


def dead_pid():
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_stale_temporaries_of_killed_runs_are_removed_by_the_next(tmp_path, cache):
    out, tmp = tmp_path / "out", tmp_path / "tmp"
    tmp.mkdir()
    pid = dead_pid()
    stale = [out / f".tmp-{pid}-abc", tmp / f"policykg-build-{pid}-xyz"]
    for d in stale:
        d.mkdir(parents=True)
        (d / "graph.nq").write_bytes(b"x" * 1000)
    alive = tmp / f"policykg-build-{os.getpid()}-live"  # a running build's (this process): kept
    alive.mkdir()
    r = run_cli("build", GOOD, "--out", out, "--cache", cache, env={"TMPDIR": str(tmp)})
    assert r.returncode == 0, r.stderr
    assert [p.exists() for p in stale] == [False, False]
    assert alive.exists()
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.jsonld", "graph.nq", "graph.oxigraph", "graph.ttl", "tables"]


def test_moves_cut_short_by_a_kill_are_finished_by_the_next_run(tmp_path):
    """Killed among its moves, a write has replaced some outputs: the next run finishes the others."""
    from policykg.lifetime import locked
    from policykg.outputs import recover

    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.txt", "b.txt"):
        (out / name).write_text("old")
    tmp = out / f".tmp-{dead_pid()}-x"
    tmp.mkdir()
    (tmp / "b.txt").write_text("new")
    (tmp / ".moves").write_text('["a.txt", "b.txt"]')
    (out / "a.txt").write_text("new")  # moved before the kill
    with locked(out):
        recover(out)
    assert {p.name: p.read_text() for p in out.iterdir()} == {"a.txt": "new", "b.txt": "new"}


def wait_for(predicate, seconds=60):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_leave_no_temporaries(tmp_path, sig):
    src = tmp_path / "src"
    src.mkdir()
    for f in (GOOD, DATA / "sme-law.reference.md", DATA / "shanghai-blockchain.lawrefbook.md"):
        (src / f.name).write_bytes(f.read_bytes())
    tmp, out = tmp_path / "tmp", tmp_path / "out"
    tmp.mkdir()
    assert run_cli("build", GOOD, "--out", out, "--no-cache").returncode == 0
    before = outputs(out)
    p = subprocess.Popen([sys.executable, "-m", "policykg", "build", str(src), "--out", str(out), "--no-cache",
                          "--jobs", "2"], env={**os.environ, "TMPDIR": str(tmp)}, stderr=subprocess.PIPE, text=True)
    assert wait_for(lambda: any(tmp.glob("policykg-build-*")))
    p.send_signal(sig)
    _, err = p.communicate(timeout=60)
    assert p.returncode != 0
    assert "Traceback" not in err
    assert list(tmp.iterdir()) == []
    assert outputs(out) == before


def test_a_forked_writer_dies_with_its_parent(tmp_path):
    """The graph files of a large graph are written by forked processes: SIGKILL the build, and they go too."""
    script = f"""
import os, sys, time
from policykg import build as b
b.PARALLEL = 0  # fork the writers even for a small graph
real = b._serialise
def slow(produce, graph, path):
    open(os.path.join({str(tmp_path)!r}, f"child-{{os.getpid()}}"), "w").close()
    real(lambda g: (time.sleep(600), produce(g))[1], graph, path)
b._serialise = slow
b.build([{str(GOOD)!r}], out={str(tmp_path / 'out')!r}, cache=False)
"""
    p = subprocess.Popen([sys.executable, "-c", script])
    assert wait_for(lambda: len(list(tmp_path.glob("child-*"))) == 3)
    children = [int(f.name.split("-")[1]) for f in tmp_path.glob("child-*")]
    p.kill()
    p.wait()
    from policykg.lifetime import alive

    try:
        assert wait_for(lambda: not any(alive(c) for c in children), 10)
    finally:  # never leave them behind, even when the test fails
        for c in children:
            if alive(c):
                os.kill(c, signal.SIGKILL)


def test_a_second_build_into_the_same_out_is_refused(tmp_path):
    from policykg.lifetime import locked

    out = tmp_path / "out"
    with locked(out):
        r = run_cli("build", GOOD, "--out", out)
    assert (r.returncode, r.stderr) == (1, f"Error: {out}: another policykg run (process {os.getpid()}) is writing "
                                           "into this folder; wait for it to finish, or choose another --out\n")
    assert run_cli("build", GOOD, "--out", out).returncode == 0
    assert not (out / ".policykg.lock").exists()


def test_unwritable_out_is_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    r = run_cli("build", GOOD, "--out", tmp_path / "file" / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {tmp_path / 'file' / 'out'}: cannot write the outputs here "
                                           "(Not a directory)\n")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_out_without_write_permission_is_one_line(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    r = run_cli("build", GOOD, "--out", ro / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {ro / 'out'}: cannot write the outputs here (Permission denied)\n")


def test_a_service_that_cannot_be_reached_is_one_line(tmp_path):
    out = tmp_path / "out"
    assert run_cli("build", GOOD, "--out", out).returncode == 0
    with socket.socket() as s:  # bound, not listening: the connection is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        r = run_cli("query", "--data", out, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> "
                                            "{ ?s ?p ?o } } LIMIT 1")
    assert r.returncode == 1
    assert r.stderr.startswith("Error: query: ") and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


# ---------------------------------------------------------------- characters and encodings


def test_control_characters_never_make_malformed_xml(tmp_path):
    import networkx as nx
    from lxml import etree

    f = tmp_path / "ctl.txt"
    f.write_text("测试条例\n第一条　市人民政府应当加强\x01领导\x08和\x1b[31m服务。\n", encoding="utf-8")
    r = run_cli("analyze", f, "--out", tmp_path / "a", "--no-cache", "--full-exports")
    assert r.returncode == 0, r.stderr
    for name in ("graph.gexf", "actors.gexf", "actor-programme.gexf", "actor-domain.gexf"):
        nx.read_gexf(tmp_path / "a" / "exports" / name)
    for name in ("graph.graphml", "actors.graphml"):
        nx.read_graphml(tmp_path / "a" / "exports" / name)
    actions = [d["action"] for _, d in nx.read_gexf(tmp_path / "a" / "exports" / "graph.gexf").nodes(data=True)
               if d.get("kind") == "provision"]
    assert actions == ["加强领导和[31m服务"]
    r = run_cli("build", f, "--out", tmp_path / "b", "--no-cache")
    assert r.returncode == 0, r.stderr
    q = "SELECT ?t WHERE { ?p pkg:actionText ?t }"
    xml = run_cli("query", "--data", tmp_path / "b", "--format", "xml", q)
    assert etree.fromstring(xml.stdout.encode()).findtext(".//{*}literal") == "加强领导和[31m服务"
    table = run_cli("query", "--data", tmp_path / "b", q)
    assert "加强\\x01领导\\x08和\\x1b[31m服务" in table.stdout  # a terminal is shown the codes, not fed them


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    f = tmp_path / "u.txt"
    bom = {"utf-16-be": "\ufeff", "utf-16-le": "\ufeff"}.get(encoding, "")
    f.write_bytes((bom + GOOD.read_text(encoding="utf-8")).encode(encoding))
    r = run_cli("build", f, "--out", tmp_path / "out", "--no-cache")
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith("built 1 document (5 articles")


def test_a_byte_order_mark_over_broken_utf16_is_one_line(tmp_path):
    f = tmp_path / "u.txt"
    f.write_bytes(b"\xff\xfe" + "第一条".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {f}: starts with a UTF-16 byte-order mark but is not UTF-16 "
                                           "(invalid data at offset 8)\n")


def test_the_tools_own_reports_in_an_input_folder_are_not_inputs(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_bytes(GOOD.read_bytes())
    for verb in (["analyze", src, "--out", src], ["compare", src, DATA / "sme-law.reference.md", "--out", src]):
        r = run_cli(*verb, "--no-cache")
        assert r.returncode == 0, r.stderr
    assert {"report.md", "compare.md"} <= {p.name for p in src.iterdir()}
    r = run_cli("build", src, "--out", tmp_path / "out", "--no-cache")
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith("built 1 document (5 articles")


def test_a_worker_told_to_stop_before_it_is_set_up_stops(tmp_path):
    """Once one build in eight hung: Pool.terminate's SIGTERM reached a worker still in threading's after-fork
    hooks, which swallow exceptions, so the SystemExit of the build's handler was lost; the worker then waited
    for work forever, and the build for it.  A child that gets the build's handler must end all the same."""
    mark = tmp_path / "survived"
    script = f"""
import multiprocessing, os, signal
from policykg.lifetime import signals_end_run

def child():
    try:
        os.kill(os.getpid(), signal.SIGTERM)  # as Pool.terminate may, before the child has set itself up
        sum(range(1000))
    except BaseException:
        pass  # as threading's after-fork hooks do
    open({str(mark)!r}, "w").close()

with signals_end_run():
    p = multiprocessing.get_context("fork").Process(target=child)
    p.start()
    p.join(30)
    print(p.exitcode)
"""
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (r.stdout, mark.exists()) == (f"{128 + signal.SIGTERM}\n", False), r.stderr
