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
        for whole in (False, True):  # (anchored patterns are read in a duty's whole action only)
            hits = _hits(t, whole)
            assert hits == _hits(t, whole, rules=every), t
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


def _bundled_quads():
    """The bundled regulation's triples the shapes read, cut to a few provisions (with their sentences) and
    articles, so that each breakage is put to both engines in milliseconds."""
    from policykg.extract import extract
    from policykg.rdf.iris import DEFAULT_BASE, Minter
    from policykg.rdf.namespaces import PKG
    from policykg.rdf.triples import triples
    from policykg.sparql.validate import predicates

    doc = read(default_path())
    extract(doc)
    quads = [q for q in triples(doc, DEFAULT_BASE) if q[1] in predicates()]
    provisions = sorted({s for s, p, _, _ in quads if p == str(PKG.bearer)})[:4]
    keep = set(provisions) | {o for s, p, o, _ in quads if s in provisions and p == str(PKG.sentence)}
    keep |= set(sorted({s for s, _, o, _ in quads if o == str(PKG.Article)})[:2])
    units = ("/prov/", "/sent/", "/art/")
    return Minter(DEFAULT_BASE, str).doc(doc.id), [q for q in quads if q[0] in keep or not any(u in q[0] for u in units)]


def _violations(iri, quads):
    import pyoxigraph as ox

    from policykg.rdf.triples import ntriples
    from policykg.sparql.validate import check

    store = ox.Store()
    store.load(ntriples(quads), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    return check(None, store=store)


def _mutations(quads):
    """Each triple the shapes read, for the first subject of each kind: dropped, doubled with another value,
    made an IRI, a string, an empty string, an integer."""
    from policykg.sparql.validate import predicates

    INT = "^^<http://www.w3.org/2001/XMLSchema#integer>"
    seen = set()
    for i, (s, p, o, kind) in enumerate(quads):
        if p not in predicates() or (s.rsplit("/", 2)[-2], p) in seen:
            continue
        seen.add((s.rsplit("/", 2)[-2], p))
        yield f"drop {p} of {s}", quads[:i] + quads[i + 1:]
        for value in [(o + "x", kind), ("https://example.org/x", None), (o, "@zh"), ("", "@zh"), ("7", INT),
                      ("-1", INT), ("99999999", INT), ("07", INT), (o, "")]:
            yield f"{p} of {s} also {value}", quads + [(s, p, *value)]
            yield f"{p} of {s} made {value}", quads[:i] + [(s, p, *value)] + quads[i + 1:]


def test_the_python_check_passes_a_graph_exactly_where_the_compiled_shapes_find_nothing():
    """`conforms` may only pass graphs that conform (a build then skips the compiled shapes); on these
    breakages it is also exact, so that a build does not fall back to them on graphs that conform."""
    from policykg.sparql.validate import conforms

    iri, quads = _bundled_quads()
    assert conforms(quads) and _violations(iri, quads) == []
    answers = []
    for what, broken in _mutations(quads):
        answers.append(conforms(broken))
        assert answers[-1] == (_violations(iri, broken) == []), what
    assert answers.count(True) > 100 and answers.count(False) > 100  # both answers were put to the test


def test_the_summary_made_without_the_networkx_view_is_the_summary_of_the_view():
    from policykg.analysis.load import to_networkx
    from policykg.build import read_all
    from policykg.extract import extract
    from policykg.rdf.index import StringIndex
    from policykg.rdf.triples import triples
    from policykg.viz.summary import summarise, summary_of

    docs, _ = read_all([DATA], keep_going=True)
    assert len(docs) >= 10
    rows = 0
    for doc in docs:
        extract(doc)
        index = StringIndex((s, p, o) for s, p, o, _ in triples(doc))
        made = summary_of(index)
        assert made == summarise(to_networkx(index)), doc.path
        rows += len(made.provisions)
    assert rows > 300  # provisions compared, with their partners, approvers, programmes and articles


def test_the_rules_tried_follow_the_lexicon_when_it_is_loaded_again(monkeypatch):
    from policykg.extract import instruments

    before = _hits("设立博士后科研工作岗位，给予资金支持")
    lx = instruments._lex()
    rules = [r for r in lx[2] if r[1] != "设立…岗位"]
    monkeypatch.setattr(instruments, "_lex", lambda: (*lx[:2], rules, *lx[3:]))
    after = _hits("设立博士后科研工作岗位，给予资金支持")
    assert [h for h in before if h[1] != "设立…岗位"] == after != before
