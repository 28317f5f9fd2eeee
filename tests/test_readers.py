import re

import pytest

from conftest import DATA
from policykg.readers import default_path, iter_inputs, read

SME_ID = "2c909fdd678bf17901678bf85eba0a23"


def spans_ok(doc):
    units = list(doc.walk())
    assert units
    for u in units:
        assert doc.text[u.start:u.end] == u.text, (u.kind, u.key)
    return True


def test_default_regulation():
    doc = read(default_path())
    assert doc.id == "ff80818198a7ecd40198f39a6b8d0d95"
    assert doc.title == "常州市促进智能制造发展条例"
    assert doc.format == "reference-md"
    assert len(doc.articles) == 47
    assert [c.title for c in doc.units] == ["总则", "智能制造供给", "智能制造应用", "智能制造支撑",
                                             "人工智能赋能", "激励保障", "附则"]
    assert doc.meta["issuer"] == "常州市人民代表大会常务委员会"
    assert doc.meta["jurisdiction"] == "江苏省常州市"
    assert doc.meta["level"] == "local-regulation"
    assert doc.meta["status"] == "有效"
    assert doc.meta["dates"] == {"adopted": "2025-06-30", "approved": "2025-07-30",
                                 "promulgated": "2025-08-06", "effective": "2025-10-01"}
    a7 = doc.article(7)
    assert [p.number for p in a7.children] == [1, 2]
    assert a7.children[1].text.startswith("县级市（区）人民政府可以组织相关部门")
    assert a7.parent.label == "第一章"
    assert spans_ok(doc)


@pytest.mark.parametrize("name, fmt", [
    ("sme-law.reference.md", "reference-md"),
    ("sme-law.lawrefbook.md", "lawrefbook-md"),
    (f"sme-law_20170901_{SME_ID}.docx", "docx"),
])
def test_every_reader_on_the_same_law(name, fmt):
    doc = read(DATA / name)
    assert doc.format == fmt
    assert doc.title == "中华人民共和国中小企业促进法"
    assert len(doc.articles) == 61
    assert len(doc.units) == 10  # chapters
    assert doc.meta["level"] == "national-law" and doc.meta["jurisdiction"] == "国家"
    assert doc.meta["issuer"] == "全国人民代表大会常务委员会"
    assert doc.meta["dates"]["adopted"] == "2002-06-29"
    assert doc.meta["dates"]["amended"] == ["2017-09-01"]
    assert spans_ok(doc)


def _signature(doc):
    return [(a.key, [(p.number, p.text, [i.text for i in p.children]) for p in a.children]) for a in doc.articles]


def test_formats_agree_article_by_article():
    ref = read(DATA / "sme-law.reference.md")
    assert _signature(read(DATA / f"sme-law_20170901_{SME_ID}.docx")) == _signature(ref)
    assert _signature(read(DATA / "sme-law.lawrefbook.md")) == _signature(ref)


def test_docx_takes_its_id_from_the_database_file_name():
    assert read(DATA / f"sme-law_20170901_{SME_ID}.docx").id == SME_ID


def test_plain_text_structure_items_and_inserted_articles():
    doc = read(DATA / "structure.txt")
    assert doc.format == "text" and doc.title == "某市促进测试发展条例"
    assert [(u.kind, u.label) for u in doc.units] == [("part", "第一编"), ("part", "第二编")]
    assert [a.key for a in doc.articles] == ["1", "2", "10", "10-1", "102"]
    a2 = doc.article(2)
    p1, p2 = a2.children
    assert [i.label for i in p1.children] == ["（一）", "（二）", "（三）"]
    assert [s.text for s in p1.children[1].children] == ["1.工作机制；", "2.协调机制；"]
    assert p2.text == "前款所列职责，由有关部门协助。"
    assert doc.article("10-1").text == "第十条之一\u3000鼓励企业参与测试。"
    assert doc.article(2).ancestor("section").title == "目的"
    assert doc.meta["dates"]["effective"] == "2024-05-01"
    assert spans_ok(doc)


def test_lawrefbook_without_chapters():
    doc = read(DATA / "shanghai-blockchain.lawrefbook.md")
    assert all(u.kind == "article" for u in doc.units)
    assert doc.meta["jurisdiction"] == "上海市"
    assert doc.meta["issuer"] == "上海市人民代表大会常务委员会"
    assert spans_ok(doc)


def test_gb18030_file_is_read_and_says_so(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes((DATA / "structure.txt").read_text(encoding="utf-8").encode("gb18030"))
    doc = read(f)
    assert doc.encoding == "gb18030"
    assert len(doc.articles) == 5


def independent_count(path):
    """Count article labels with a plain regex over the raw file, no parsing."""
    if path.suffix == ".docx":
        import docx
        lines = [p.text for p in docx.Document(str(path)).paragraphs]
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    n = sum(1 for s in lines if re.match(r"(- \*\*)?第[一二三四五六七八九十百零]+条(之[一二三四五六七八九十]+)?(\*\*)?[\s\u3000]", s))
    return n or sum(1 for s in lines if re.match(r"[一二三四五六七八九十]+、", s))


def test_whole_corpus_reads_with_correct_article_counts(corpus):
    files = iter_inputs([corpus])
    assert len(files) >= 200
    for f in files:
        doc = read(f)
        assert len(doc.articles) == independent_count(f), f.name
        assert doc.meta["level"], f.name
        assert spans_ok(doc)


def test_corpus_docx_agree_with_markdown(corpus):
    docx_files = sorted((corpus / "docx").glob("*.docx"))
    assert len(docx_files) == 5
    for f in docx_files:
        d = read(f)
        md = read(corpus / f"{d.title}_{d.meta['dates']['promulgated']}.md")
        assert d.id == md.id
        assert _signature(d) == _signature(md), f.name
