"""Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) on a store and render the result.

Queries see the merge of all document graphs as their default graph (see
:mod:`policykg.sparql.store`; ``GRAPH ?g`` reaches each document), and the
usual prefixes (``pkg:``, ``eli:``, ``org:``, ``prov:``, ``skos:``, ``rdfs:``,
``xsd:``…, plus ``doc:``, ``actor:``, ``prog:``, ``work:`` under the default base) are
predeclared.

>>> from policykg.sparql.store import from_nquads
>>> store = from_nquads('<https://w3id.org/policykg/id/actor/a> <http://www.w3.org/2000/01/rdf-schema#label> "市人民政府"@zh <https://w3id.org/policykg/id/doc/d> .\\n')
>>> print(render(run(store, "SELECT ?who WHERE { ?a rdfs:label ?who }"), "table"))
who
----------
市人民政府
(1 row)
>>> run(store, "SELECT ?who WHERE { ?a rdfs:label ?who } ORDER ?who")
Traceback (most recent call last):
policykg.errors.QueryError: query: SPARQL syntax error at line 1, column 50 (after "rdfs:label ?who } ORDER ?who"): expected BY
"""

import json
import os
import re
import threading
import time
import unicodedata

import pyoxigraph as ox

from ..errors import QueryError
from ..rdf.iris import DEFAULT_BASE
from ..rdf.serialise import PREFIXES as _RDF_PREFIXES
from .guard import refuse_service

__all__ = ["PREFIXES", "FORMATS", "GRAPH_FORMATS", "run", "conditional", "render", "rows", "term_value", "parse_params",
           "unknown_terms", "bounded", "QueryStopped"]

PREFIXES = {**_RDF_PREFIXES, "doc": DEFAULT_BASE + "doc/", "actor": DEFAULT_BASE + "actor/",
            "prog": DEFAULT_BASE + "programme/", "work": DEFAULT_BASE + "work/"}
# Concept schemes print as scheme:notation in tables.
_SCHEMES = ("modality", "actor-type", "admin-level", "programme-type", "legal-level", "domain", "instrument", "role")
_SHORT = sorted([(ns, p) for p, ns in PREFIXES.items()]
                + [(f"https://w3id.org/policykg/ns/{s}/", s) for s in _SCHEMES], key=lambda x: -len(x[0]))

_RESULTS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
_GRAPHS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
FORMATS = ("table", *_RESULTS)  # for SELECT and ASK
GRAPH_FORMATS = ("table", *_GRAPHS)  # for CONSTRUCT and DESCRIBE (table = Turtle)


def _syntax_error(message, query, name):
    """One readable line from Oxigraph's ``error at L:C: expected …`` message."""
    msg = " ".join(str(message).split())
    m = re.match(r"error at (\d+):(\d+): (.*)", msg)
    if not m:
        return QueryError(f"{name}: SPARQL syntax error: {msg}")
    line, col, rest = int(m[1]), int(m[2]), m[3]
    lines = query.splitlines() or [""]
    text = lines[min(line, len(lines)) - 1]
    at = col if line <= len(lines) else len(text) + 1  # past the last line: after it
    word = re.match(r"[^\s{}()]*", text[at - 1:])[0]  # finish the word the column falls in
    before = (text[:at - 1] + word).strip()
    if len(before) > 30:  # the last few words, not a cut one
        before = before[-30:].split(" ", 1)[-1]
    tail = "\n".join(lines[line - 1:])[col - 1:] if line <= len(lines) else ""
    if "Prefix not found" in rest:
        pfx = re.search(r"([A-Za-z][\w.-]*)?:[\w-]*$", before)
        rest = f"undefined prefix {pfx[1] or ''}:" if pfx else "undefined prefix"
    elif rest == "expected IRI parsing failed":
        rest = "invalid IRI"
    elif rest.startswith("expected one of "):
        # Keep the readable alternatives (keywords, punctuation), drop character classes.
        alts = [a.strip() for a in re.findall(r'"(?:\\.|[^"\\])*"|\[[^\]]*\]|[^,]+', rest[16:])]
        alts = [a for a in alts if a and not a.startswith("[")]
        messages = [a for a in alts if " " in a and a[0].isupper()]  # an error message, not grammar
        if messages:
            rest = messages[0][0].lower() + messages[0][1:]
        elif alts and all(a.startswith('"\\') for a in alts):
            rest = "unterminated string"
        else:
            rest = "expected one of " + ", ".join(alts) if alts else "unexpected input"
    if not tail.strip():  # Oxigraph reports the end of the text: say so, with its hint when short
        rest = "unexpected end of the query" + (f" ({rest})" if len(rest) <= 40 else "")
    where = f'line {line}, column {col}' + (f' (after "{before}")' if before else "")
    return QueryError(f"{name}: SPARQL syntax error at {where}: {rest}")


def unknown_terms(query):
    """``pkg:`` terms in ``query`` that the ontology does not declare (typos match nothing).

    >>> unknown_terms("SELECT ?a WHERE { ?p pkg:bearr ?a ; a pkg:Obligation ; <https://w3id.org/policykg/ns#nope> ?x }")
    ['pkg:bearr', 'pkg:nope']
    """
    from ..rdf.namespaces import NS, PKG

    found = re.findall(r"(?<![\w<])pkg:([A-Za-z_]\w*)", query) + re.findall(re.escape(f"<{NS}") + r"(\w+)>", query)
    return sorted({f"pkg:{t}" for t in found if t not in PKG.__annotations__})


def parse_params(pairs):
    """``["article=7", "actor=<https://…>"]`` → substitutions for :func:`run`.

    Integers become ``xsd:integer``, ``<…>`` an IRI, ``"…"@zh`` or ``"…"^^<…>`` that
    literal, anything else a plain string.

    >>> parse_params(["article=7", 'who="市人民政府"@zh'])
    {'article': <Literal value=7 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>, 'who': <Literal value=市人民政府 language=zh>}
    """
    out = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE (e.g. article=7)")
        value = value.strip()
        if re.fullmatch(r"[+-]?\d+", value):
            out[name] = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        elif value.startswith(("<", '"')):
            try:
                out[name] = next(iter(ox.parse(f"<urn:x:s> <urn:x:p> {value} .", format=ox.RdfFormat.N_TRIPLES))).object
            except (SyntaxError, ValueError, StopIteration):
                raise QueryError(f"--param {pair!r}: {value} is not an IRI <…> or a literal \"…\"") from None
        else:
            out[name] = ox.Literal(value)
    return out


_WITH = re.compile(r"^.*#\s*with \?(\w+)[ \t]*$", re.M)


def conditional(query, params):
    r"""``query`` without the lines that end ``# with ?NAME`` for a NAME not in ``params``: a pattern that
    narrows the query where the parameter is bound (and only costs where it is not).

    >>> conditional("?p pkg:article ?a .  # with ?article\n?p pkg:text ?t .", {})
    '\n?p pkg:text ?t .'
    """
    return _WITH.sub(lambda m: m[0] if m[1] in params else "", query)


def run(store, query, params=None, name="query"):
    """Run ``query`` over a store from :mod:`policykg.sparql.store` (default graph: the merge of the documents).

    ``params`` maps variable names to values (strings as in :func:`parse_params`, or
    pyoxigraph terms); each must be a variable of the query.  A federated query
    (``SERVICE``) is refused (:func:`policykg.sparql.guard.refuse_service`).  Returns a pyoxigraph
    ``QuerySolutions``, ``QueryBoolean`` or ``QueryTriples``.
    """
    refuse_service(query, name)
    query = conditional(query, params or {})
    subs = {}
    for var, value in (params or {}).items():
        if not re.search(r"[?$]" + re.escape(var) + r"\b", query):
            raise QueryError(f"{name}: --param {var}: the query has no variable ?{var}")
        if isinstance(value, str):
            value = parse_params([f"{var}={value}"])[var]
        subs[ox.Variable(var)] = value
    where = re.search(r"\bWHERE\s*\{", query, re.I) if subs else None
    if where:  # bound first in the group, so BIND and FILTER see them (Oxigraph's substitutions join last)
        values = " ".join(f"VALUES ?{v.value} {{ {t} }}" for v, t in subs.items())
        query, subs = f"{query[:where.end()]} {values}\n{query[where.end():]}", {}
    try:
        try:
            return store.query(query, prefixes=PREFIXES, substitutions=subs or None)
        except (OSError, ValueError, RuntimeError) as e:
            # Oxigraph substitutes projected variables only; bind the others with a trailing VALUES.
            if not subs or "does not contains variable" not in str(e):
                raise
            values = " ".join(f"VALUES ?{v.value} {{ {t} }}" for v, t in subs.items())
            return store.query(f"{query}\n{values}", prefixes=PREFIXES)
    except SyntaxError as e:
        raise _syntax_error(e, query, name) from None
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"{name}: {' '.join(str(e).split())}") from None


def term_value(term):
    """Plain Python value of a term: IRI or literal text, None when unbound."""
    if term is None:
        return None
    if isinstance(term, ox.Triple):
        return f"<< {term_value(term.subject)} {term_value(term.predicate)} {term_value(term.object)} >>"
    return term.value


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _short(term):
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for ns, p in _SHORT:
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{p}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    # a terminal would obey control characters (ESC sequences): show them escaped
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", " ".join(term_value(term).split()))


def rows(result):
    """SELECT solutions as a list of ``{variable: value}`` dicts (values as :func:`term_value`), for Python code.

    >>> from policykg.sparql.store import from_nquads
    >>> store = from_nquads('<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "市人民政府"@zh <https://example.org/d> .\\n')
    >>> rows(run(store, "SELECT ?a ?label ?none WHERE { ?a rdfs:label ?label }"))
    [{'a': 'https://example.org/a', 'label': '市人民政府', 'none': None}]
    """
    names = [v.value for v in result.variables]
    return [{n: term_value(sol[n]) for n in names} for sol in result]


def _width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s, w):
    return s + " " * (w - _width(s))


def _table(result):
    names = [v.value for v in result.variables]
    body = [[_short(sol[n]) for n in names] for sol in result]
    widths = [max([_width(n)] + [_width(r[i]) for r in body]) for i, n in enumerate(names)]
    lines = ["  ".join(_pad(n, w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(result, fmt="table"):
    """Text of a query result in ``fmt``.

    SELECT: table (aligned, prefixed names), csv, tsv, json, xml (the SPARQL 1.1 result
    formats).  ASK: ``yes``/``no`` for table, else the same formats.  CONSTRUCT and
    DESCRIBE: table (Turtle with our prefixes), ttl, nt, jsonld.
    """
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"--format {fmt}: a CONSTRUCT or DESCRIBE result is a graph; "
                             f"use one of {', '.join(GRAPH_FORMATS)}")
        triples = sorted(result, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        rdf_format = _GRAPHS.get(fmt, ox.RdfFormat.TURTLE)
        prefixes = PREFIXES if rdf_format is ox.RdfFormat.TURTLE else None
        return ox.serialize(triples, format=rdf_format, prefixes=prefixes).decode("utf-8").rstrip("\n")
    if fmt not in FORMATS:
        raise QueryError(f"--format {fmt}: choose one of {', '.join(FORMATS)}")
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return "yes" if bool(result) else "no"
        return result.serialize(format=_RESULTS[fmt]).decode("utf-8").rstrip("\r\n")
    if fmt == "table":
        return _table(result)
    text = result.serialize(format=_RESULTS[fmt]).decode("utf-8")
    if fmt == "xml":  # XML 1.0 cannot hold most control characters, even escaped: drop them
        text = _NOT_XML.sub("", text)
    if fmt == "json":  # one line per solution: readable and still one JSON document
        data = json.loads(text)
        text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.rstrip("\r\n")


def _rss_mb():
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


class QueryStopped(QueryError):
    """A query stopped by :func:`bounded` (it may still be running inside Oxigraph)."""


def bounded(work, timeout=None, memory_mb=None, name="query"):
    """``work()`` (a query and the rendering of its result), stopped with a one-line
    :class:`QueryError` after ``timeout`` seconds or once this process holds more than
    ``memory_mb`` MB (checked every 50 ms; Oxigraph gives up the GIL while it evaluates).

    A stopped query cannot be cancelled inside Oxigraph: the caller exits, which ends it.
    """
    if not timeout and not memory_mb:
        return work()
    out = {}

    def target():
        try:
            out["value"] = work()
        except BaseException as e:  # re-raised in the caller's thread, without the frames that hold
            e.__traceback__ = e.__context__ = None  # Oxigraph's results, which must die in this one
            out["error"] = e

    thread = threading.Thread(target=target, daemon=True)
    start = time.monotonic()
    thread.start()
    while thread.is_alive():
        thread.join(0.05)
        if timeout and time.monotonic() - start > timeout:
            raise QueryStopped(f"{name}: stopped after {timeout} s (--timeout); narrow the query or raise the limit")
        if memory_mb and _rss_mb() > memory_mb:
            raise QueryStopped(f"{name}: stopped at {memory_mb} MB of memory (--max-memory); narrow the query "
                             "(a join without a shared variable, a sort of everything?) or raise the limit")
    if "error" in out:
        raise out["error"]
    return out["value"]
