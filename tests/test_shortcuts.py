"""Shortcuts a build takes for speed give what the plain path gives (benchmarks/README.md, "Build CPU").

Each shortcut is checked against the path it replaces on real text: the bundled regulation and the
instrument coding's blind-set sentences (tests/data), so a rule or lexicon change cannot slip past it.
"""

import json

from conftest import DATA
from policykg.extract.instruments import _candidates, _hits, _lex
from policykg.readers import default_path, read


def clauses():
    """Clauses and windows of real text: every clause of the bundled regulation, windows across
    clause ends (where gaps must not reach), and the blind sets' actions and sentences."""
    text = read(default_path()).text
    out = [c for c in text.replace("；", "。").replace("，", "。").split("。") if c]
    out += [text[i:i + n] for n in (12, 40, 90) for i in range(0, len(text), 11)]
    for f in sorted(DATA.glob("instruments-blind*-input.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out += [v for v in row.values() if isinstance(v, str)]
    return out


def test_instrument_rules_tried_only_where_their_words_occur_find_the_same_hits():
    every = _lex()[2]
    texts = clauses()
    assert len(texts) > 3000
    found = 0
    for t in texts:
        hits = _hits(t)
        assert hits == _hits(t, every), t
        found += bool(hits)
    assert found > 1000  # the texts do hold instruments: the comparison is not of empty lists


def test_a_rule_with_a_gap_is_a_candidate_when_its_words_occur_in_any_order():
    names = lambda t: [p for _, p, *_ in _candidates(t)]  # noqa: E731
    assert "设立…岗位" in names("设立博士后科研工作岗位")
    assert "设立…岗位" in names("岗位设立")  # a candidate; the regex decides
    assert ("人才", "设立…岗位") not in {(n, p) for n, p, _ in _hits("岗位设立")}
    assert "设立…岗位" not in names("设立工作站")
    assert _candidates("") == []


def test_escaping_a_literal_by_regex_gives_what_translating_every_character_gives():
    from policykg.rdf.nquads import _ESC, escape

    every = "".join(map(chr, range(0x300))) + "第一条\n\"内容\"\\\r\t（一）"
    assert escape(every) == every.translate(_ESC)
    assert escape("") == "" and escape("市人民政府") == "市人民政府"
    text = read(default_path()).text
    assert escape(text) == text.translate(_ESC) != text
