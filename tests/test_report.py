"""`policykg analyze` of the bundled regulation as a researcher reads it: report.md and report.html say what
they count, pseudo-actors are apart, centrality is sorted by the measure it names, programme leads are the
actors bound to run them, figures are there, and README's sample is what the command writes now."""

import csv
import io
import re

import pytest

from conftest import ROOT, run_cli

LEVELS = ("organisation", "role", "mention")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """``{level: output folder}`` of `policykg analyze` (the bundled regulation) at each actor level."""
    out = {}
    for level in LEVELS:
        folder = tmp_path_factory.mktemp(level)
        r = run_cli("analyze", "--out", folder, "--actor-level", level)
        assert r.returncode == 0, r.stderr
        out[level] = folder
    return out


def table(folder, name):
    return list(csv.DictReader(io.StringIO((folder / "tables" / f"{name}.csv").read_text(encoding="utf-8-sig"))))


def test_readme_sample_is_what_analyze_writes(reports):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"The top of `report.md` for the default regulation.*?```markdown\n(.*?)\n```", readme,
                       re.S).group(1)
    report = (reports["organisation"] / "report.md").read_text(encoding="utf-8")
    assert report.startswith(sample + "\n"), "README's sample of report.md is stale: copy the top of report.md"
    assert "| 常州市人民政府 | government | 57 |" in sample  # the sample reaches the duty load table


@pytest.mark.parametrize("level", LEVELS)
def test_every_table_has_its_unit_above_it(reports, level):
    for name in ("report.md", "report.html"):
        text = (reports[level] / name).read_text(encoding="utf-8")
        sections = re.split(r"\n## |<h2>", text)[1:]
        assert len(sections) >= 12
        for sec in sections:
            if sec.startswith("Files"):
                continue
            table_at = sec.find("\n| ") if name == "report.md" else sec.find("<table>")
            if table_at >= 0:
                unit_at = sec.find("*Unit: ") if name == "report.md" else sec.find("<p class=unit>Unit: ")
                assert 0 <= unit_at < table_at, (level, name, sec[:60])


@pytest.mark.parametrize("level", LEVELS)
def test_pseudo_actors_are_counted_apart_and_never_ranked(reports, level):
    folder = reports[level]
    pseudo = {r["actor"]: r for r in table(folder, "pseudo-actors")}
    assert "未指明" in pseudo and {r["actor_type"] for r in pseudo.values()} <= {"unspecified", "jurisdiction"}
    # 本市 (常州市 at the organisation level) binds itself 29 times: 本市将… commitments.
    place = {"organisation": "常州市", "role": "本行政区域", "mention": "本市"}[level]
    assert pseudo[place]["commitment"] == "29"
    for name in ("duty-load", "centrality", "encouraged-only"):
        assert not set(pseudo) & {r["actor"] for r in table(folder, name)}, name
    provisions = len(table(folder, "instruments"))
    counted = sum(int(r["total"]) for name in ("duty-load", "pseudo-actors") for r in table(folder, name))
    assert counted == provisions == 446


@pytest.mark.parametrize("level", LEVELS)
def test_centrality_is_sorted_by_the_measure_it_names(reports, level):
    rows = table(reports[level], "centrality")
    values = [float(r["betweenness"]) for r in rows]
    assert values == sorted(values, reverse=True) and values[0] > 0
    report = (reports[level] / "report.md").read_text(encoding="utf-8")
    assert "## Centrality in the actor network, sorted by betweenness" in report


# (programme, leads, encouraged) at the organisation level, read in the regulation's sentences.
PROGRAMMES = [
    # 第三十二条 鼓励企业、行业协会、产业园区、高等学校、科研机构等建设智能制造公共服务平台: encouraged, no lead.
    ("智能制造公共服务平台", "", "产业园区、企业、科研机构、行业协会、高等学校"),
    # 第二十五条 …部门应当实施绿色制造工程，支持企业建设数字化能碳管理中心: the firms are supported, not bound.
    ("数字化能碳管理中心", "", "企业"),
    ("绿色制造工程", "常州市发展改革部门、常州市工业和信息化部门、常州市市场监管部门", ""),
    # 第三十条 公安、国家安全、网信、数据、工业和信息化部门应当建立…协同保护工作机制.
    ("网络和数据安全协同保护工作机制", "常州市公安部门、常州市国家安全部门、常州市工业和信息化部门、常州市数据部门、常州市网信部门", ""),
]


@pytest.mark.parametrize("programme, leads, encouraged", PROGRAMMES)
def test_programme_leads_are_bound_to_run_it(reports, programme, leads, encouraged):
    row = next(r for r in table(reports["organisation"], "programmes") if r["programme"] == programme)
    assert (row["leads"], row["encouraged"]) == (leads, encouraged)
    assert row["documents"] == "常州市促进智能制造发展条例（2025-08-06）"


@pytest.mark.parametrize("level", LEVELS)
def test_programme_leads_are_found_at_every_level(reports, level):
    rows = table(reports[level], "programmes")
    assert sum(bool(r["leads"]) for r in rows) >= 20
    assert not [r for r in rows if "未指明" in r["leads"] or "本市" in r["leads"]]


def test_report_html_inlines_the_figures_the_markdown_links(reports):
    folder = reports["organisation"]
    md = (folder / "report.md").read_text(encoding="utf-8")
    page = (folder / "report.html").read_text(encoding="utf-8")
    linked = re.findall(r"\]\(figures/([\w-]+)\.svg\)", md)
    assert linked == ["duty-load", "chapter-modality", "instrument-shares"]  # one document: chapters, not documents
    for name in linked:
        svg = (folder / "figures" / f"{name}.svg").read_text(encoding="utf-8")
        assert svg[svg.index("<svg"):] in page
    duty = (folder / "figures" / "duty-load.svg").read_text(encoding="utf-8")
    top = [r["actor"] for r in table(folder, "duty-load")[:15]]
    assert all(f">{a}<" in duty for a in top)  # labels stay text, drawn by the browser's fonts
    assert "常州市" not in [r for r in top] and "未指明" not in duty
    chapters = (folder / "figures" / "chapter-modality.svg").read_text(encoding="utf-8")
    assert "第四章 智能制造支撑" in chapters
    assert "ff80818198a7ecd40198f39a6b8d0d95" not in md + page  # documents by title and date


def test_modality_mix_per_document_names_documents_by_title(reports):
    rows = table(reports["organisation"], "document-modality")
    assert [(r["document"], r["total"], r["obligation"]) for r in rows] == [
        ("常州市促进智能制造发展条例（2025-08-06）", "446", "277")]
