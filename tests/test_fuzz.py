"""Fuzzing the readers and the extractor (issue 14), bounded and derandomised so that CI runs the same cases.

Random and mutated regulations never crash (an :class:`InputError` is the one
failure allowed) and cost at most a fixed multiple of their size in CPU time and
memory: a regulation that goes quadratic somewhere fails here.
"""

import time
import tracemalloc
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA
from policykg.errors import InputError
from policykg.extract import extract
from policykg.rdf.triples import blocks, triples
from policykg.readers import default_path, read, read_text
from policykg.readers.limits import MAX_SENTENCE

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# The bound: per character of input, and a fixed allowance (interpreter noise, lexicons already loaded).
SECONDS_PER_CHAR, SECONDS = 1e-3, 0.5  # the corpus's regulations take 10-70 µs a character
BYTES_PER_CHAR, BYTES = 10_000, 16 * 2**20  # and 0.1-0.6 KB

TOKENS = ["第一条", "第二条", "第三条", "第十条之一", "第一章", "第一节", "总则", "（一）", "（二）", "1.", "一、",
          "市人民政府", "县级以上人民政府", "有关部门", "主管部门", "企业", "个人", "本市", "其", "该",
          "应当", "不得", "可以", "鼓励", "支持", "引导", "负责", "会同", "联合", "报", "批准", "备案", "依法",
          "下列", "以下", "建立", "加强", "推动", "制度", "规划", "平台", "基金", "违反本条例规定的", "给予处分",
          "，", "。", "；", "：", "、", "！", "？", "（", "）", "“", "”", "《", "》", "(", ")", " ", "\u3000",
          "\n", "\n\n", "\t", "\r", "\x00", "\x01", "\x1b", "\u2028", "\ufeff", "#", "# ", "---", "**", "> ", "-",
          "<!-- INFO END -->", "2020年1月1日", "通过", "施行", "修正"]

text_piece = st.one_of(st.sampled_from(TOKENS), st.text(max_size=4))
regulation = st.lists(text_piece, max_size=400).map("".join)


def _bounded(fn, size):
    """Run ``fn``; fail if it crashes (other than InputError) or costs more than the bound for ``size`` characters."""
    tracemalloc.start()
    t0 = time.process_time()
    try:
        fn()
    except InputError as e:
        assert "\n" not in str(e)
    finally:
        seconds = time.process_time() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert seconds <= SECONDS + SECONDS_PER_CHAR * size, f"{seconds:.2f} s for {size} characters"
    assert peak <= BYTES + BYTES_PER_CHAR * size, f"{peak / 2**20:.1f} MB for {size} characters"


def _whole(text):
    """Everything a build does to a regulation's text: read, extract, graph."""
    doc = read_text(text, path="fuzz.txt")
    extract(doc)
    blocks(triples(doc))


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Load the lexicons and grammar once, outside any measured case."""
    _whole(default_path().read_text(encoding="utf-8"))


@FUZZ
@given(regulation)
def test_random_regulations(text):
    _bounded(lambda: _whole(text), len(text))


BASES = [default_path().read_text(encoding="utf-8"), (DATA / "sme-law.reference.md").read_text(encoding="utf-8"),
         (DATA / "shanghai-blockchain.lawrefbook.md").read_text(encoding="utf-8")]


@st.composite
def mutated(draw):
    """A real regulation with random edits: spans deleted, repeated, replaced; line breaks and 。 removed."""
    text = draw(st.sampled_from(BASES))
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 400)))
        op = draw(st.sampled_from(["delete", "repeat", "insert", "join", "unstop"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "repeat":
            text = text[:j] + text[i:j] * draw(st.integers(1, 5)) + text[j:]
        elif op == "insert":
            text = text[:i] + draw(regulation) + text[i:]
        elif op == "join":  # line breaks lost: articles run together
            text = text[:i] + text[i:j].replace("\n", "") + text[j:]
        else:  # no full stops: one long sentence
            text = text[:i] + text[i:j].replace("。", "，") + text[j:]
    return text


@FUZZ
@given(mutated())
def test_mutated_regulations(text):
    _bounded(lambda: _whole(text), len(text))


@st.composite
def long_sentences(draw):
    """The worst a sentence may do within the limit: many actors and actions in one sentence."""
    pieces = st.sampled_from(["市人民政府", "有关部门", "应当", "会同", "、", "，", "加强", "管理", "鼓励",
                              "支持", "（", "）", "报", "批准", "负责", "和", "或者", "不得"])
    body = "".join(draw(st.lists(pieces, min_size=50, max_size=600)))[: MAX_SENTENCE - 1]
    return "测试条例\n第一条　" + body + "。\n" + draw(st.sampled_from(["", "第二条　" + body + "。\n"]))


@settings(FUZZ, max_examples=25)
@given(long_sentences())
def test_long_sentences_within_the_limit(text):
    _bounded(lambda: _whole(text), len(text))


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".docx"]))
def test_random_bytes(tmp_path_factory, data, suffix):
    f = tmp_path_factory.mktemp("fuzz") / f"x{suffix}"
    f.write_bytes(data)
    _bounded(lambda: read(f), len(data))


DOCX = DATA / "sme-law_20170901_2c909fdd678bf17901678bf85eba0a23.docx"


@st.composite
def mutated_docx(draw):
    """The test .docx with bytes changed in its archive ``("bytes", [(offset, value)])``, or its
    document.xml edited ``("xml", (start, end, replacement))``."""
    if draw(st.booleans()):
        size = DOCX.stat().st_size
        return "bytes", draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(0, 255)), min_size=1, max_size=20))
    with zipfile.ZipFile(DOCX) as z:
        n = len(z.read("word/document.xml"))
    i = draw(st.integers(0, n))
    j = min(n, i + draw(st.integers(0, 200)))
    return "xml", (i, j, draw(st.sampled_from([b"", b"<", b"&x;", b"<w:p>", b"</w:p>", b"\x00", b"]]>",
                                              b"<!DOCTYPE x>", None])))


@settings(FUZZ, max_examples=30)
@given(mutated_docx())
def test_mutated_docx(tmp_path_factory, case):
    kind, edit = case
    f = tmp_path_factory.mktemp("fuzz") / "x.docx"
    if kind == "bytes":
        data = bytearray(DOCX.read_bytes())
        for offset, value in edit:
            data[offset] = value
        f.write_bytes(data)
    else:
        with zipfile.ZipFile(DOCX) as src, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == "word/document.xml":
                    i, j, new = edit
                    data = data[:i] + (data[i:j] * 3 if new is None else new) + data[j:]
                dst.writestr(info, data)
    _bounded(lambda: extract(read(f)), DOCX.stat().st_size * 4)
