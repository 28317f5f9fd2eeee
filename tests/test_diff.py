"""`policykg diff`: two versions of one law, articles aligned by number and by text, provisions compared."""

import csv
import io

import pytest

from conftest import DATA, run_cli
from policykg.relations.versions import diff_files

OLD, NEW = DATA / "versions" / "甲市科技创新条例_2010.txt", DATA / "versions" / "甲市科技创新条例_2020.txt"


def aligned(d):
    return [(a.change, a.old.label if a.old else None, a.new.label if a.new else None, [o.label for o in a.related])
            for a in d.articles]


def test_articles_aligned_by_number_and_by_text():
    d = diff_files(OLD, NEW)
    assert (len(d.old_chapters), len(d.new_chapters)) == (2, 3)
    assert aligned(d) == [
        ("changed", "第一条", "第一条", []),
        ("added", None, "第二条", []),
        ("unchanged", "第二条", "第三条", []),  # renumbered, the same text
        ("changed", "第三条", "第四条", []),
        ("changed", "第四条", "第五条", []),
        ("changed", "第五条", "第六条", []),  # split: its second paragraph is new 第七条
        ("added", None, "第七条", ["第五条"]),
        ("changed", "第七条", "第八条", []),
        ("removed", "第六条", None, [])]


def test_provisions_changed_in_actor_or_modality():
    d = diff_files(OLD, NEW)
    changes = {(a.old.label if a.old else None, a.new.label if a.new else None):
               [(p.change, p.new_modality or p.old_modality, p.new_action or p.old_action) for p in a.provisions]
               for a in d.articles}
    assert changes[("第三条", "第四条")] == [("modality", "obligation", "设立科技创新专项资金"),
                                          ("modality", "obligation", "用于支持企业研究开发")]  # 可以 → 应当
    [(what, _, action)] = changes[("第四条", "第五条")]  # 区人民政府 → 市发展改革部门
    assert (what, action) == ("actor", "建设科技孵化器")
    assert changes[("第五条", "第六条")] == [("removed", "encouragement", "开放实验室"),
                                          ("removed", "encouragement", "共享科研仪器设施")]
    assert changes[(None, "第七条")] == [("added", "encouragement", "开放实验室"), ("added", "encouragement", "共享科研仪器设施")]
    assert changes[("第二条", "第三条")] == []


def test_markdown_and_csv():
    r = run_cli("diff", OLD, NEW)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# 甲市科技创新条例（2010-05-20） → 甲市科技创新条例（2020-06-01）\n")
    assert "| chapters | 2 | 3 |" in r.stdout and "| articles | 7 | 8 |" in r.stdout
    assert "Articles: 1 unchanged, 5 changed (5 of the aligned renumbered), 2 added, 1 removed." in r.stdout
    assert "### 第四条（第二章） → 第五条（第二章） (changed, similarity 0.62, aligned at 0.67)" in r.stdout
    assert "Text from old 第五条" in r.stdout
    r = run_cli("diff", OLD, NEW, "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout.lstrip("\ufeff"))))
    articles = [row for row in rows if not row["provision_change"]]
    assert len(articles) == 9 and {row["change"] for row in articles} == {"changed", "added", "unchanged", "removed"}
    actor = next(row for row in rows if row["provision_change"] == "actor")
    assert (actor["old_article"], actor["new_article"], actor["new_text"]) == ("第四条", "第五条", "建设科技孵化器")


@pytest.mark.parametrize("args, message", [
    (("nope.md", NEW), "Error: nope.md: No such file or directory\n"),
    ((OLD, DATA / "sme-law.reference.md"),
     f"Error: {DATA / 'sme-law.reference.md'}: not a version of 甲市科技创新条例 ({OLD}) but of 中小企业促进法: "
     "diff compares two versions of one work\n"),
])
def test_bad_input_is_one_line(args, message):
    r = run_cli("diff", *args)
    assert (r.returncode, r.stderr, r.stdout) == (1, message, "")


def test_science_and_technology_progress_law_2007_to_2021(corpus):
    d = diff_files(corpus / "中华人民共和国科学技术进步法_2007-12-29.md", corpus / "中华人民共和国科学技术进步法_2021-12-24.md")
    assert (len(d.old_chapters), len(d.new_chapters)) == (8, 12)
    assert d.new_chapters[1:3] == ["第二章　基础研究", "第三章　应用研究与成果转化"]
    assert (sum(a.old is not None for a in d.articles), sum(a.new is not None for a in d.articles)) == (75, 117)
    got = {(a.old.label if a.old else None, a.new.label if a.new else None): (a.change, [o.label for o in a.related])
           for a in d.articles}
    # Hand-checked against the two texts (docs/diff-hand-check.md)
    for pair, expected in [
        (("第一条", "第一条"), ("changed", [])),  # the purpose clause, extended
        (("第四条", "第三条"), ("changed", [])),  # what science and technology work serves
        (("第十九条", "第七条"), ("changed", [])),  # 超前部署…基础研究: its first paragraph, moved up
        (("第五条", "第十二条"), ("changed", [])),  # 科学技术普及
        (("第十四条", "第八十条"), ("changed", [])),  # international cooperation, now a chapter of its own
        (("第五十九条", "第八十六条"), ("unchanged", [])),  # 科学技术经费投入, word for word
        (("第六十二条", "第一百零一条"), ("changed", [])),  # project selection and the expert pool
        (("第七十五条", "第一百一十七条"), ("changed", [])),  # 本法自…起施行
        ((None, "第八条"), ("added", ["第三条", "第十九条"])),  # 研究开发的自由 and 自主选择课题, gathered
        ((None, "第二条"), ("added", [])),  # the Party's leadership
        (("第七十条", None), ("removed", ["第一百一十条", "第一百一十二条"])),  # misconduct, now in two articles
    ]:
        assert got[pair] == expected, pair


def test_sme_payment_regulation_2020_to_2025(corpus):
    d = diff_files(corpus / "保障中小企业款项支付条例_2020-07-05.md", corpus / "保障中小企业款项支付条例_2025-03-17.md")
    assert (len(d.old_chapters), len(d.new_chapters)) == (0, 5)
    assert (sum(a.old is not None for a in d.articles), sum(a.new is not None for a in d.articles)) == (29, 37)
    got = {(a.old.label if a.old else None, a.new.label if a.new else None): a.change for a in d.articles}
    assert got[("第一条", "第一条")] == "unchanged"
    assert got[("第五条", "第六条")] == "changed"  # 行业协会商会: 完善行业自律 → 加强行业自律管理
    assert got[("第二十一条", "第二十三条")] == "changed"  # 督查制度, extended by 约谈
    assert got[(None, "第四条")] == "added"  # the principles of the work
