"""ontology/shapes.ttl: `policykg validate` (pyshacl) and the fast checks `policykg build` runs."""

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from conftest import run_cli
from policykg.rdf.namespaces import PKG
from policykg.sparql.validate import ValidationError, check, shacl_violations, validate_graphs


def document_graph(built):
    ds = Dataset()
    ds.parse(Path(built) / "graph.nq", format="nquads")
    (g,) = [g for g in ds.graphs() if len(g) and "/doc/" in str(g.identifier)]  # not the graph of its work
    out = Graph(identifier=g.identifier)
    for t in g:
        out.add(t)
    return out


def breakages(g):
    """Break each rule of the shapes once, on distinct provisions; return {(focus, path)} broken."""
    provs = sorted(set(g.subjects(PKG.bearer, None)))
    assert len(provs) >= 9, "the default regulation should give provisions"
    art = sorted(g.subjects(RDF.type, PKG.Article))[0]
    p = provs
    g.remove((p[0], PKG.bearer, None))
    g.add((p[1], RDF.type, PKG.Permission if (p[1], RDF.type, PKG.Obligation) in g else PKG.Obligation))
    g.set((p[2], PKG.actionText, Literal("", lang="zh")))
    g.set((p[3], PKG.spanStart, Literal(10 ** 7)))
    g.remove((p[4], PKG.sentence, None))
    sents = sorted(g.subjects(RDF.type, PKG.Sentence))
    g.remove((sents[0], PKG.text, None))
    g.set((sents[1], PKG.spanStart, Literal(10 ** 7)))
    g.add((p[5], PKG.bearer, URIRef("https://example.org/not-an-actor")))
    g.remove((p[6], PKG.spanEnd, None))
    g.remove((p[7], PKG.modality, None))
    g.add((p[8], PKG.inDocument, URIRef("https://example.org/doc/other")))
    g.remove((art, PKG.inDocument, None))
    return {(str(p[0]), "pkg:bearer"), (str(p[1]), "rdf:type"), (str(p[2]), "pkg:actionText"),
            (str(p[3]), "pkg:spanStart"), (str(p[4]), "pkg:sentence"), (str(p[5]), "pkg:bearer"),
            (str(p[6]), "pkg:spanEnd"), (str(p[7]), "pkg:modality"),
            (str(p[8]), "pkg:inDocument"), (str(art), "pkg:inDocument"),
            (str(sents[0]), "pkg:text"), (str(sents[1]), "pkg:spanStart")}


def test_the_built_default_regulation_conforms(built):
    r = run_cli("validate", "--data", built)
    assert (r.returncode, r.stdout) == (0, "")
    assert r.stderr == "no violations: the graph conforms to ontology/shapes.ttl\n"


def test_validate_prints_each_violation_with_its_focus_node(built, tmp_path):
    g = document_graph(built)
    broken = breakages(g)
    (tmp_path / "graph.nq").write_text("".join(f"{line[:-2]} <{g.identifier}> .\n" for line in
                                               g.serialize(format="nt").splitlines() if line.strip()),
                                       encoding="utf-8")
    r = run_cli("validate", "--data", tmp_path)
    assert r.returncode == 1
    lines = r.stdout.splitlines()  # one per violation: "<focus> <path>: <message>"
    assert {(line.split(" ")[0], line.split(" ")[1].rstrip(":")) for line in lines} == broken
    assert all(line.startswith("https://") and ": a" in line for line in lines)
    assert r.stderr == f"{len(broken)} violations\n"


def test_fast_checks_agree_with_pyshacl(built):
    g = document_graph(built)
    broken = breakages(g)
    fast, reference = check([g]), shacl_violations(g)
    assert fast == reference
    assert {(v.focus, v.path) for v in fast} == broken


def test_build_check_raises_one_line(built):
    g = document_graph(built)
    assert check([g]) == []
    validate_graphs([g])  # conforms: no error
    breakages(g)
    with pytest.raises(ValidationError) as e:
        validate_graphs([g])
    msg = str(e.value)
    assert "\n" not in msg
    assert msg.startswith(f"{g.identifier}: graph breaks ontology/shapes.ttl: https://")
    assert msg.endswith("and 11 more (see `policykg validate`, or build with --no-validate)")


def test_build_validates_and_can_skip_it(tmp_path):
    r = run_cli("build", "--out", tmp_path / "a", "--format", "nq")
    assert r.returncode == 0, r.stderr
    r = run_cli("build", "--out", tmp_path / "b", "--format", "nq", "--no-validate")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "a" / "graph.nq").read_bytes() == (tmp_path / "b" / "graph.nq").read_bytes()


def _first(quads, predicate):
    """Index of the first quad with ``predicate`` whose subject is a provision (or, for pkg:text, a sentence)."""
    kind = "/sent/" if predicate == str(PKG.text) else "/prov/"
    return next(i for i, q in enumerate(quads) if q[1] == predicate and kind in q[0])


def _drop(predicate, kind="/prov/"):
    def mutate(quads):
        if kind == "/art/":
            i = next(i for i, q in enumerate(quads) if q[1] == predicate and q[0].endswith("/art/1"))
        else:
            i = _first(quads, predicate)
        return quads[:i] + quads[i + 1:]
    return mutate


def _replace(predicate, value):
    def mutate(quads):
        i = _first(quads, predicate)
        s, p, _, kind = quads[i]
        return quads[:i] + [(s, p, value, kind)] + quads[i + 1:]
    return mutate


def _second_class(quads):
    i = _first(quads, str(PKG.bearer))
    return quads + [(quads[i][0], str(RDF.type), str(PKG.Prohibition), None),
                    (quads[i][0], str(RDF.type), str(PKG.Permission), None)]


BROKEN = [  # (how the triples of a document are broken, the property the build names)
    (_drop(str(PKG.bearer)), "pkg:bearer"),
    (_drop(str(PKG.modality)), "pkg:modality"),
    (_second_class, "rdf:type"),
    (_replace(str(PKG.actionText), ""), "pkg:actionText"),
    (_replace(str(PKG.spanStart), "99999999"), "pkg:spanStart"),
    (_drop(str(PKG.spanEnd)), "pkg:spanEnd"),
    (_drop(str(PKG.sentence)), "pkg:sentence"),
    (_drop(str(PKG.text)), "pkg:text"),
    (_drop(str(PKG.inDocument), "/art/"), "pkg:inDocument"),
]


@pytest.mark.parametrize("mutate, path", BROKEN, ids=[p for _, p in BROKEN])
def test_build_refuses_a_graph_that_breaks_each_shape(tmp_path, monkeypatch, mutate, path):
    """Every shape is checked by `policykg build` itself: a document graph that breaks it stops the build
    before anything is written (the graph is broken in the one place both outputs and checks read it)."""
    from policykg.build import build
    from policykg.rdf import triples as T

    out = tmp_path / "out"
    build(out=out, formats=("nq",), cache=False, jobs=1)
    before = (out / "graph.nq").read_bytes()
    real = T.triples
    monkeypatch.setattr(T, "triples", lambda doc, base: mutate(list(real(doc, base))))
    with pytest.raises(ValidationError) as e:
        build(out=out, formats=("nq",), cache=False, jobs=1)
    assert f" {path}: " in str(e.value) and "\n" not in str(e.value)
    assert (out / "graph.nq").read_bytes() == before
    build(out=out, formats=("nq",), cache=False, jobs=1, validate=False)  # --no-validate writes it
    assert (out / "graph.nq").read_bytes() != before
