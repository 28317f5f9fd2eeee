"""Bad input: one clear line naming the file and the problem, exit 1, outputs untouched."""

import pytest

from policykg.sparql.store import fresh

from conftest import DATA, outputs, run_cli

GOOD = DATA / "structure.txt"


def make(tmp_path, name, content):
    f = tmp_path / name
    f.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return f


CASES = [  # (file name, content, expected problem): one row for every bug fixed
    ("empty.md", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    ("broken.md", "---\nid: x\ntitle: [unclosed\n---\n第一条　内容。\n", "broken front matter: invalid YAML at line 3"),
    ("unclosed.md", "---\nid: x\ntitle: 测试\n第一条　内容。\n", "broken front matter: no closing '---' line"),
    ("noarticles.txt", "某某条例\n\n这里没有条文。\n", "no articles found (expected lines such as 第一条 …)"),
    ("legacy.doc", b"\xd0\xcf\x11\xe0", "legacy Word .doc is not supported; save it as .docx"),
    ("fake.docx", b"not a zip", "not a readable .docx file (PackageNotFoundError)"),
]


@pytest.mark.parametrize("name, content, problem", CASES)
def test_one_line_error(tmp_path, name, content, problem):
    f = make(tmp_path, name, content)
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert r.returncode == 1
    assert r.stderr == f"Error: {f}: {problem}\n"
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_not_utf8_nor_gb18030(tmp_path):
    f = make(tmp_path, "bad.txt", b"\x81\x30\xff\xff" * 3)
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert r.returncode == 1
    assert r.stderr == f"Error: {f}: not UTF-8 (invalid byte 0x81 at offset 0) and not GB18030 either\n"


def test_huge_file(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.write("第一条　内容。\n".encode("utf-8") * (21 * 1024 * 1024 // 21 + 10))
    r = run_cli("build", f, "--out", tmp_path / "out")
    assert r.returncode == 1
    assert r.stderr.startswith(f"Error: {f}: file too large (")
    assert r.stderr.endswith("MB; the limit is 20 MB)\n")


def test_missing_path_and_empty_folder(tmp_path):
    r = run_cli("build", tmp_path / "nope.md", "--out", tmp_path / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {tmp_path / 'nope.md'}: no such file or folder\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("x")
    r = run_cli("build", tmp_path / "empty", "--out", tmp_path / "out")
    assert (r.returncode, r.stderr) == (1, f"Error: {tmp_path / 'empty'}: folder has no readable files (.md, .txt or .docx)\n")


def test_failed_build_leaves_previous_outputs_untouched(tmp_path):
    out = tmp_path / "out"
    r = run_cli("build", GOOD, "--out", out)
    assert r.returncode == 0, r.stderr
    before = outputs(out)
    assert set(before) == {"graph.ttl", "graph.nq", "graph.jsonld"} | set(before)
    bad = make(tmp_path, "empty.md", b"")
    r = run_cli("build", bad, "--out", out)
    assert r.returncode == 1
    assert outputs(out) == before
    assert fresh(out / "graph.nq")  # and the query store still holds that graph


def test_failure_while_writing_changes_nothing(tmp_path, monkeypatch):
    """A write interrupted half-way (disk full after the first chunk of a file)
    leaves every previous output as it was, and no temporary folder behind."""
    from policykg import build as build_mod
    from policykg import outputs as written

    out = tmp_path / "out"
    build_mod.build([GOOD], out=out)
    before = outputs(out)
    real = written.write_atomically

    def interrupted(out_dir, files):
        name = sorted(files)[-1]
        content = files[name]

        def chunks():
            yield content if isinstance(content, (str, bytes)) else next(iter(content))
            raise OSError(28, "No space left on device")

        return real(out_dir, {**files, name: chunks()})

    monkeypatch.setattr(build_mod, "write_atomically", interrupted)
    with pytest.raises(OSError):
        build_mod.build([DATA / "sme-law.reference.md"], out=out)
    assert outputs(out) == before
    assert fresh(out / "graph.nq")
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp")]


def test_bad_base_iri_bad_urls_and_repeated_articles(tmp_path):
    r = run_cli("build", GOOD, "--out", tmp_path / "o", "--base", "notaniri")
    assert (r.returncode, r.stderr) == (1, "Error: --base 'notaniri' is not an http(s) IRI ending with / or #\n")
    f = make(tmp_path, "urls.md", "---\nid: x\ntitle: 测试\nurls: flk.npc.gov.cn\n---\n第一条　内容。\n")
    r = run_cli("build", f, "--out", tmp_path / "o")
    assert r.stderr == f"Error: {f}: broken front matter: urls holds 'flk.npc.gov.cn', not an http(s) address\n"
    f = make(tmp_path, "twice.txt", "测试条例\n第一条　甲。\n第二条　乙。\n第一章　附则\n第一条　丙。\n")
    r = run_cli("build", f, "--out", tmp_path / "o")
    assert r.stderr == f"Error: {f}: 第一条 appears twice (line 4 of the normalised text)\n"


def test_keep_going_reports_bad_files_and_builds_the_rest(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_bytes(GOOD.read_bytes())
    (src / "empty.md").write_bytes(b"")
    (src / "old.doc").write_bytes(b"\xd0\xcf")
    r = run_cli("build", src, "--out", tmp_path / "out", "--keep-going")
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert f"skipped {src / 'empty.md'}: empty file" in lines
    assert f"skipped {src / 'old.doc'}: legacy Word .doc is not supported; save it as .docx" in lines
    assert any(line.startswith("built 1 document (5 articles") for line in lines)
    assert (tmp_path / "out" / "graph.ttl").exists()
    r = run_cli("build", src, "--out", tmp_path / "out2")
    assert r.returncode == 1 and r.stderr == f"Error: {src / 'empty.md'}: empty file\n"


def test_line_separators_inside_a_regulation(tmp_path):
    """U+2028, U+2029 and U+0085 are text, not line breaks: every output parses back."""
    from rdflib import Graph

    f = make(tmp_path, "ls.txt", "测试条例\n第一条　市人民政府应当加强\u2028领导\u2029和\u0085服务。\n")
    r = run_cli("build", f, "--out", tmp_path / "o", "--no-cache")
    assert r.returncode == 0, r.stderr
    ttl = Graph().parse(tmp_path / "o" / "graph.ttl")
    js = Graph().parse(tmp_path / "o" / "graph.jsonld", format="json-ld")
    assert set(ttl) == set(js) and any("\u2028" in str(o) for o in ttl.objects())
