"""SHACL validation of built graphs against ``ontology/shapes.ttl``.

Two engines check the same shapes, one document graph at a time (and a build first asks
:func:`conforms`, which reads the plain-string triples of a document in Python and says only
whether they surely conform; where it cannot say, or they do not, the SPARQL engine decides):

- :func:`shacl_violations` runs pyshacl: the reference, used by ``policykg validate``;
- :func:`check` compiles the shapes (the SHACL Core subset they use) to SPARQL
  and runs it on pyoxigraph: 2–4× faster than pyshacl on whole document graphs, 7–12× on the
  triples a build loads for it (``benchmarks/run.py``), used by ``policykg build`` through
  :func:`validate_graphs`.  A test keeps the two in agreement.

>>> from rdflib import Graph, URIRef
>>> from rdflib.namespace import RDF
>>> from policykg.rdf.namespaces import PKG
>>> g = Graph(identifier=URIRef("https://example.org/doc/d"))
>>> _ = g.add((URIRef("https://example.org/doc/d/art/1"), RDF.type, PKG.Article))
>>> for v in check([g]): print(v)
https://example.org/doc/d/art/1 pkg:inDocument: an article belongs to exactly one document (pkg:inDocument, typed pkg:Regulation)
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from ..rdf.namespaces import PKG

from ..errors import PolicyKGError
from .query import _SHORT
from .store import from_graphs
from ..resources import ontology_path

__all__ = ["SHAPES", "Violation", "ValidationError", "check", "conforms", "predicates", "shacl_violations",
           "validate_graphs", "validate_data"]

SHAPES = ontology_path("shapes.ttl")


class ValidationError(PolicyKGError):
    """A built graph breaks the shapes of ``ontology/shapes.ttl``."""


@dataclass(frozen=True, order=True)
class Violation:
    focus: str  # the IRI (or blank node id) that breaks the shape
    path: str  # the property, as a prefixed name
    message: str
    graph: str = ""  # the document graph

    def __str__(self):
        return f"{self.focus} {self.path}: {self.message}"


def _name(iri):
    iri = str(iri)
    return next((f"{p}:{iri[len(ns):]}" for ns, p in _SHORT if iri.startswith(ns)), f"<{iri}>")


@lru_cache(maxsize=1)
def _shapes():
    return Graph().parse(SHAPES, format="turtle")


def _term(node):
    return node.n3()


# ---------------------------------------------------------------- SPARQL engine

@lru_cache(maxsize=1)
def _compiled():
    """One SPARQL SELECT ``?f ?path ?message`` per constraint of every property shape."""
    g = _shapes()
    queries = []
    for shape in sorted(set(g.subjects(RDF.type, SH.NodeShape))):
        targets = [f"{{ ?f a {_term(c)} }}" for c in sorted(g.objects(shape, SH.targetClass))]
        targets += [f"{{ ?f {_term(p)} [] }}" for p in sorted(g.objects(shape, SH.targetSubjectsOf))]
        focus = "{ SELECT DISTINCT ?f WHERE { " + " UNION ".join(targets) + " } }"
        for ps in g.objects(shape, SH.property):
            path = g.value(ps, SH.path)
            if not isinstance(path, URIRef):
                raise PolicyKGError(f"{SHAPES}: only IRI paths are supported, not {path!r}")
            p, msg = _term(path), str(g.value(ps, SH.message) or "")
            head = f'SELECT ?f ("{_name(path)}" AS ?path) ({Literal(msg).n3()} AS ?message) WHERE {{ {focus} '

            def count(bound, op, where=""):
                bare = head.replace(focus, "")
                if op == "<" and bound == 1:  # the usual minCount 1: no value at all
                    return head + f"FILTER NOT EXISTS {{ ?f {p} ?v {where} }} }}"
                if op == ">":  # group the property's triples only, then keep the focus nodes
                    return (bare + f"{{ SELECT ?f WHERE {{ ?f {p} ?v {where} }} GROUP BY ?f "
                            f"HAVING (COUNT(DISTINCT ?v) > {bound}) }} FILTER EXISTS {{ {' UNION '.join(targets)} }} }}")
                return (bare + f"{{ SELECT ?f (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus} OPTIONAL {{ ?f {p} ?v {where} }} }} "
                        f"GROUP BY ?f }} FILTER(?n {op} {bound}) }}")

            handled = {SH.path, SH.message}
            for key, value in g.predicate_objects(ps):
                if key == SH.minCount:
                    queries.append(count(int(value), "<"))
                elif key == SH.maxCount:
                    queries.append(count(int(value), ">"))
                elif key == SH["class"]:
                    # per graph: every document graph types the actors it uses
                    queries.append(head + f"GRAPH ?g {{ ?f {p} ?v }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?v a {_term(value)} }} }} }}")
                elif key == SH.datatype:
                    queries.append(head + f"?f {p} ?v FILTER(!isLiteral(?v) || datatype(?v) != {_term(value)}) }}")
                elif key == SH.minLength:
                    queries.append(head + f"?f {p} ?v FILTER(isBlank(?v) || STRLEN(STR(?v)) < {int(value)}) }}")
                elif key == SH.lessThanOrEquals:
                    queries.append(head + f"?f {p} ?v . ?f {_term(value)} ?w FILTER(!COALESCE(?v <= ?w, false)) }}")
                elif key == SH.qualifiedValueShape:
                    members = Collection(g, g.value(value, SH["in"]))
                    if set(g.predicates(value)) != {SH["in"]}:
                        raise PolicyKGError(f"{SHAPES}: qualified value shapes may only use sh:in")
                    where = "FILTER(?v IN (" + ", ".join(_term(m) for m in members) + "))"
                    for k, op in ((SH.qualifiedMinCount, "<"), (SH.qualifiedMaxCount, ">")):
                        if g.value(ps, k) is not None:
                            queries.append(count(int(g.value(ps, k)), op, where))
                    handled |= {SH.qualifiedMinCount, SH.qualifiedMaxCount}
                elif key not in handled:
                    raise PolicyKGError(f"{SHAPES}: {_name(key)} is not supported by the fast checks "
                                        "(policykg.sparql.validate)")
    return queries


@lru_cache(maxsize=1)
def predicates():
    """The predicates :func:`check` reads: a graph cut down to their triples breaks the same shapes.

    (Every check starts from ``?f a C`` or ``?f p []`` and follows the paths of the
    shapes; ``policykg build`` loads only these triples into the store.)
    """
    g = _shapes()
    out = {str(RDF.type)}
    for key in (SH.path, SH.targetSubjectsOf, SH.lessThanOrEquals):
        out |= {str(o) for o in g.objects(None, key)}
    return frozenset(out)


def check(graphs, store=None):
    """Violations of the shapes in rdflib ``graphs`` (each checked on its own), sorted.

    ``store``: a pyoxigraph store already holding the graphs, to skip the conversion.
    """
    store = store if store is not None else from_graphs(graphs)
    found = set()
    # Over the union of the graphs, as one query per constraint is far faster than one per
    # graph; provisions and articles have IRIs of their own document, so the counts are per graph.
    for q in _compiled():
        for sol in store.query(q, use_default_graph_as_union=True):
            found.add((sol["f"], sol["path"].value, sol["message"].value))
    out = []
    for focus, path, message in found:
        graphs = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {focus} ?p ?o }} }} ORDER BY ?g")
        out.append(Violation(focus.value, path, message, next((s["g"].value for s in graphs), "")))
    return sorted(out)


# ---------------------------------------------------------------- plain triples, in Python

_INTEGER_KIND = "^^<http://www.w3.org/2001/XMLSchema#integer>"
_INTEGER_FORM = re.compile(r"[+-]?[0-9]+")
_LANG_STRING = str(RDF.langString)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _plain(term):
    """An rdflib term of the shapes as a plain-string ``(value, kind)`` (see :mod:`policykg.rdf.triples`),
    or None for a term the Python checks do not compare (a typed literal: SPARQL compares values)."""
    if isinstance(term, URIRef):
        return str(term), None
    if isinstance(term, Literal) and term.datatype is None:
        return str(term), f"@{term.language}" if term.language else ""
    return None


@lru_cache(maxsize=1)
def _plain_shapes():
    """``[(target classes, target predicates, [(path, constraint, argument)])]`` read from the shapes as
    :func:`_compiled` reads them, or None where they use what :func:`conforms` does not check in Python."""
    g = _shapes()
    out = []
    for shape in sorted(set(g.subjects(RDF.type, SH.NodeShape))):
        rules = []
        for ps in g.objects(shape, SH.property):
            path = g.value(ps, SH.path)
            if not isinstance(path, URIRef):
                return None
            p = str(path)
            handled = {SH.path, SH.message}
            for key, value in g.predicate_objects(ps):
                if key in (SH.minCount, SH.maxCount, SH.minLength):
                    rules.append((p, key.fragment, int(value)))
                elif key in (SH["class"], SH.datatype, SH.lessThanOrEquals):
                    rules.append((p, key.fragment, str(value)))
                elif key == SH.qualifiedValueShape:
                    members = [_plain(m) for m in Collection(g, g.value(value, SH["in"]))]
                    if set(g.predicates(value)) != {SH["in"]} or None in members:
                        return None
                    bounds = [(k.fragment, g.value(ps, k)) for k in (SH.qualifiedMinCount, SH.qualifiedMaxCount)]
                    rules.append((p, "qualified", (frozenset(members),
                                                   tuple((k, int(v)) for k, v in bounds if v is not None))))
                    handled |= {SH.qualifiedMinCount, SH.qualifiedMaxCount}
                elif key not in handled:
                    return None
        out.append((frozenset(map(str, g.objects(shape, SH.targetClass))),
                    frozenset(map(str, g.objects(shape, SH.targetSubjectsOf))), rules))
    return out


def _datatype(kind):
    if kind.startswith("@"):
        return _LANG_STRING
    return kind[3:-1] if kind.startswith("^^<") else _XSD_STRING


def _at_most(v, w):
    """``v <= w`` for two ``(value, kind)`` where Python compares them as SPARQL does (integers), else None."""
    if v[1] == w[1] == _INTEGER_KIND and _INTEGER_FORM.fullmatch(v[0]) and _INTEGER_FORM.fullmatch(w[0]):
        return int(v[0]) <= int(w[0])
    return None


def _breaks(values, rule, types):
    """Whether the values of one focus node (``{predicate: {(value, kind)}}``) may break ``rule``: False only
    where they surely do not (terms are counted here, values by SPARQL: "1" and "01" are one integer)."""
    p, key, arg = rule
    vs = values.get(p, ())
    if key == "minCount":
        return len(vs) < arg or arg > 1
    if key == "maxCount":
        return len(vs) > arg
    if key == "class":
        return any(kind is not None or arg not in types.get(v, ()) for v, kind in vs)
    if key == "datatype":
        return any(kind is None or _datatype(kind) != arg for _, kind in vs)
    if key == "minLength":
        return any(len(v) < arg for v, _ in vs)
    if key == "lessThanOrEquals":
        return not all(_at_most(v, w) for v in vs for w in values.get(arg, ()))
    members, bounds = arg  # qualified: members are IRIs and strings, whose terms are their values
    n = len(members.intersection(vs))
    return any((k == "qualifiedMinCount" and n < bound) or (k == "qualifiedMaxCount" and n > bound)
               for k, bound in bounds)


def conforms(quads):
    """True if the triples ``quads`` (plain strings ``(s, p, o, kind)``, :mod:`policykg.rdf.triples`) surely
    conform to the shapes, checked in Python; False if they may break one: :func:`check`, the reference,
    then says which (a build runs it on every document graph this does not pass).

    >>> d, a, T = "https://example.org/doc/d", "https://example.org/doc/d/art/1", str(RDF.type)
    >>> ok = [(a, T, str(PKG.Article), None), (a, str(PKG.inDocument), d, None), (d, T, str(PKG.Regulation), None)]
    >>> conforms(ok), conforms(ok[:2]), conforms(ok + [(a, str(PKG.inDocument), d + "x", None)])
    (True, False, False)
    """
    shapes = _plain_shapes()
    if shapes is None:
        return False
    t, read = str(RDF.type), predicates()
    subjects, types = {}, {}
    for s, p, o, kind in quads:
        if p in read:
            subjects.setdefault(s, {}).setdefault(p, set()).add((o, kind))
            if p == t and kind is None:
                types.setdefault(s, set()).add(o)
    for classes, by, rules in shapes:
        focus = {s for s, ts in types.items() if not classes.isdisjoint(ts)}
        focus.update(s for s, values in subjects.items() if not by.isdisjoint(values))
        for f in focus:
            values = subjects[f]
            if any(_breaks(values, rule, types) for rule in rules):
                return False
    return True


# ---------------------------------------------------------------- pyshacl engine

def shacl_violations(graph):
    """Violations of the shapes in one rdflib graph, by pyshacl, sorted."""
    import pyshacl  # slow to import: only when asked for

    conforms, report, _ = pyshacl.validate(graph, shacl_graph=_shapes(), inference="none")
    if conforms:
        return []
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(r, SH.resultPath)
        out.add(Violation(str(report.value(r, SH.focusNode)), _name(path) if path is not None else "",
                          str(report.value(r, SH.resultMessage) or ""), str(graph.identifier)))
    return sorted(out)


def validate_data(data="build"):
    """pyshacl violations of every document graph in ``data/graph.nq``."""
    from rdflib import Dataset

    from .store import nquads_path

    path = nquads_path(data)
    ds = Dataset()
    try:
        ds.parse(path, format="nquads")
    except Exception as e:  # rdflib raises several parser errors
        raise PolicyKGError(f"{path}: not valid N-Quads: {' '.join(str(e).split())}") from None
    out = []
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if len(g):
            out += shacl_violations(g)
    return out


def validate_graphs(graphs, store=None):
    """Raise :class:`ValidationError` (one line) if any graph breaks the shapes."""
    found = check(graphs, store)
    if found:
        v = found[0]
        more = f" and {len(found) - 1} more" if len(found) > 1 else ""
        raise ValidationError(f"{v.graph}: graph breaks ontology/shapes.ttl: {v}{more} "
                              "(see `policykg validate`, or build with --no-validate)")
