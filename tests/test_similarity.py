"""Diffusion: a later regulation's paragraph is matched to the earlier one it adopted, formulas and versions of
one work are not, the threshold keeps its calibrated precision on the hand-labelled pairs, and the tables are
byte-identical from run to run."""

import json
import re

import pytest

from conftest import DATA, ROOT, run_cli
from policykg import lexicon
from policykg.build import read_all
from policykg.identity.documents import DocumentRecord
from policykg.relations.similarity import (CANDIDATE, MIN_CHARS, NUM_PERM, THRESHOLD, Passage, bands, candidate_pairs,
                                           formula, jaccard, matches, normalise, passages, shingles, signatures)

PLATFORM = "应当建立测试服务公共平台，为中小企业提供检验检测、技术咨询和人才培训等服务，所需经费列入本级财政预算。"
LABELLED = [json.loads(line) for line in (DATA / "similar-pairs.jsonl").read_text(encoding="utf-8").splitlines()]


def regulation(folder, title, date, articles):
    text = f"# {title}\n\n<!-- INFO END -->\n\n" + "\n\n".join(
        f"第{'一二三四五六七八九'[i]}条 {a}" for i, a in enumerate(articles)) + "\n"
    path = folder / f"{title}_{date}.md"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def regs(tmp_path):
    regulation(tmp_path, "甲省测试服务条例", "2019-01-01", [
        "为了促进本省测试服务业发展，制定本条例。", "县级以上人民政府" + PLATFORM, "本条例自2019年3月1日起施行。"])
    regulation(tmp_path, "乙市测试服务条例", "2021-05-01", [
        "为了规范本市检验检测市场秩序，制定本条例。", "市人民政府" + PLATFORM,
        "检验检测机构应当对其出具的检验检测报告负责，不得出具虚假报告。", "本条例自2019年3月1日起施行。"])
    regulation(tmp_path, "甲省测试服务条例", "2023-06-01", [  # a later version of the same work
        "为了促进本省测试服务业发展，制定本条例。", "县级以上人民政府" + PLATFORM, "本条例自2023年9月1日起施行。"])
    return tmp_path


def test_a_later_regulation_adopting_a_paragraph_is_matched_to_the_earlier_one(regs):
    r = run_cli("similar", regs, "--document", "乙市测试服务条例")
    assert r.returncode == 0, r.stderr
    assert "乙市测试服务条例（2021-05-01）: 1 of 4 paragraphs match" in r.stdout
    assert re.search(r"art 2 para 1 .*\n  0\.\d{3}  甲省测试服务条例（2019-01-01） art 2 para 1", r.stdout)
    r = run_cli("similar", regs, "--document", "甲省测试服务条例（2019-01-01）")  # the other way
    assert r.returncode == 0, r.stderr
    assert "0 of 3 paragraphs match" in r.stdout
    assert "later documents with paragraphs matching its paragraphs: 乙市测试服务条例（2021-05-01） (1)" in r.stdout


def test_formulas_versions_of_one_work_and_later_documents_are_not_matched(regs):
    docs, _ = read_all([regs])
    found = matches(passages(docs))
    pairs = {(m.passage.record.label, m.passage.article, m.source.record.label, m.source.article) for m in found}
    # the commencement clauses are word for word the same; the 2023 version repeats the 2019 paragraph
    assert pairs == {("乙市测试服务条例（2021-05-01）", "2", "甲省测试服务条例（2019-01-01）", "2"),
                     ("甲省测试服务条例（2023-06-01）", "2", "乙市测试服务条例（2021-05-01）", "2")}


@pytest.mark.parametrize("candidate", [CANDIDATE, 0.2])
def test_candidates_are_those_datasketch_lsh_finds(candidate):
    """The banding done at once with numpy finds the pairs datasketch's MinHashLSH finds (the labelled pairs'
    paragraphs, and a lower threshold than the build's)."""
    from datasketch import MinHash, MinHashLSH

    assert bands(CANDIDATE) == (MinHashLSH(threshold=CANDIDATE, num_perm=NUM_PERM).b,
                                MinHashLSH(threshold=CANDIDATE, num_perm=NUM_PERM).r)
    record = {}
    texts = sorted({p[side]["text"] for p in LABELLED for side in ("earlier", "later")})
    items = [Passage(record.setdefault(i, DocumentRecord(id=str(i), title=f"第{i}条例")), "1", 1, 0, len(t), t, s)
             for i, (t, s) in enumerate(zip(texts, signatures(texts)))]
    lsh = MinHashLSH(threshold=candidate, num_perm=NUM_PERM)
    hashed = MinHash.bulk([[g.encode("utf-8") for g in sorted(shingles(t))] for t in texts], num_perm=NUM_PERM, seed=1)
    for i, m in enumerate(hashed):
        lsh.insert(i, m)
    expected = {(i, j) for i, m in enumerate(hashed) for j in lsh.query(m) if j > i}
    assert {(i, j) for _, i, j in candidate_pairs(items, candidate)} == expected and len(expected) > len(LABELLED) / 2


def test_the_tables_are_byte_identical_from_run_to_run(regs, tmp_path_factory):
    outs = [tmp_path_factory.mktemp(f"similar{i}") for i in range(2)]
    for out in outs:
        r = run_cli("similar", regs, "--out", out)
        assert r.returncode == 0, r.stderr
    files = [{p.name: p.read_bytes() for p in (out / "tables").iterdir()} for out in outs]
    assert set(files[0]) == {"shared-provisions.csv", "similar-provisions.csv"}
    assert files[0] == files[1]
    rows = [r.split(",") for r in files[0]["shared-provisions.csv"].decode("utf-8-sig").splitlines()[1:]]
    # the 2023 version's work was first adopted in 2019, before 乙市's text: which came first is unsure
    assert sorted((r[0], r[2], r[3], r[5], r[6], r[9]) for r in rows) == [
        ("乙市测试服务条例（2021-05-01）", "2021-05-01", "甲省测试服务条例（2019-01-01）", "1", "4", "later"),
        ("甲省测试服务条例（2023-06-01）", "2019-01-01", "乙市测试服务条例（2021-05-01）", "1", "3", "unsure")]


@pytest.mark.parametrize("args, message", [
    (["--document", "丙市"], "no document '丙市' among the 3 read"),
    (["--document", "测试服务条例"], "document '测试服务条例' is ambiguous"),
    (["--document", "乙市测试服务条例", "--article", "9"], "has no article 9"),
    (["--top", "0"], "--top 0 is not a positive number"),
    (["--article", "2"], "--article 2 needs --document"),
    (["--threshold", "1.5"], "similarity threshold 1.5 is not in (0, 1]"),
])
def test_bad_options_are_one_line_errors(regs, args, message):
    r = run_cli("similar", regs, *args)
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_formula_lexicon_examples_match_their_patterns():
    entries = lexicon.load("formulas")["formulas"]
    assert len({e["name"] for e in entries}) == len(entries)
    for e in entries:
        assert re.fullmatch(e["pattern"], e["example"]), e["name"]
        assert formula(e["example"]) == e["name"]


def test_the_labelled_pairs_are_at_least_100_with_their_scores():
    assert len(LABELLED) >= 100 and {True, False} <= {p["adopted"] for p in LABELLED}
    for p in LABELLED:  # the stored score is the score of the stored texts
        assert jaccard(shingles(p["earlier"]["text"]), shingles(p["later"]["text"])) == pytest.approx(p["score"],
                                                                                                     abs=1e-6)
        assert p["earlier"]["date"] < p["later"]["date"]


def reported(pair, threshold=THRESHOLD):
    """Whether `policykg similar` reports the labelled pair at ``threshold``."""
    texts = (pair["earlier"]["text"], pair["later"]["text"])
    return pair["score"] >= threshold and all(not formula(t) and len(normalise(t)) >= MIN_CHARS for t in texts)


def test_the_threshold_has_its_recorded_precision_on_the_labelled_pairs():
    kept = [p["adopted"] for p in LABELLED if reported(p)]
    precision = sum(kept) / len(kept)
    recall = sum(kept) / sum(p["adopted"] for p in LABELLED)
    assert precision >= 0.9
    doc = (ROOT / "docs" / "similarity-labelling.md").read_text(encoding="utf-8")
    assert f"at {THRESHOLD}: precision {precision:.3f}, recall {recall:.3f}" in doc


def test_the_national_business_environment_regulation_is_adopted_by_a_province(corpus):
    r = run_cli("similar", corpus, "--keep-going", "--document", "山东省优化营商环境条例", "--article", "19", "--top", "1")
    assert r.returncode == 0, r.stderr
    assert re.search(r"art 19 para 3 .*\n  1\.000  优化营商环境条例（2019-10-22） art 43 para 3  行政机关在行政审批过程中需要委托中介",
                     r.stdout)
