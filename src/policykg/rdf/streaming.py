r"""Write a built graph as N-Quads, Turtle and JSON-LD, streamed from its blocks.

rdflib's writers need the whole graph in its store and take about a minute
per million triples; these writers go through the sorted blocks of
:mod:`policykg.rdf.nquads` once, in chunks of bytes, so the outputs of a
whole corpus never sit in memory whole.  Their output is canonical: sorted
by subject, the same bytes for the same triples.

>>> from rdflib import Literal, URIRef
>>> from policykg.rdf.nquads import blocks
>>> d = URIRef("https://w3id.org/policykg/id/doc/x")
>>> g = BlockGraph([(str(d), blocks([(d, URIRef("https://w3id.org/policykg/ns#number"), Literal(7))]))])
>>> print(b"".join(to_nquads(g)).decode(), end="")
<https://w3id.org/policykg/id/doc/x> <https://w3id.org/policykg/ns#number> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <https://w3id.org/policykg/id/doc/x> .
>>> print(b"".join(to_turtle(g)).decode().splitlines()[-1])
doc:x pkg:number 7 .
"""

import json
import re
from functools import lru_cache

from .iris import DEFAULT_BASE
from .nquads import merge
from .serialise import PREFIXES

__all__ = ["BlockGraph", "to_nquads", "to_turtle", "to_jsonld"]

_CHUNK = 1 << 22  # bytes written at a time
_MEMO = 1 << 16  # IRIs whose written form is remembered
_LOCAL = re.compile(r"[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?")  # safe in Turtle and JSON-LD alike
_INTEGER = re.compile(r'"(-?[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>')


class BlockGraph:
    """A built dataset: ``[(document IRI, blocks)]``, one named graph per document.

    ``blocks`` may also be a function returning them (read from disk when needed):
    N-Quads then hold one document's blocks in memory at a time.
    """

    def __init__(self, documents, base=DEFAULT_BASE):
        self.documents = sorted(documents, key=lambda d: d[0])
        self.base = base
        self.prefixes = dict(PREFIXES, doc=base + "doc/", actor=base + "actor/", prog=base + "programme/",
                             work=base + "work/")

    def blocks(self):
        """``(document IRI, blocks)`` in IRI order."""
        for iri, bl in self.documents:
            yield iri, bl() if callable(bl) else bl

    def merged(self):
        """``(subject, bytes)`` of the union graph, sorted by subject."""
        return merge([b for _, b in self.blocks()])

    def __len__(self):
        """Triples in the union graph."""
        return sum(c.count(b"\n") for _, c in self.merged())


def _chunks(parts):
    buf, size = [], 0
    for p in parts:
        buf.append(p)
        size += len(p)
        if size >= _CHUNK:
            yield b"".join(buf)
            buf, size = [], 0
    if buf:
        yield b"".join(buf)


def to_nquads(graph):
    """N-Quads: each document's triples in its own named graph (the document IRI)."""
    def parts():
        for iri, bl in graph.blocks():
            name = f" <{iri}> .\n".encode("utf-8")
            yield b"".join(c for _, c in bl).replace(b" .\n", name)  # literals never hold a raw newline
    return _chunks(parts())


class _Compactor:
    """``prefix:local`` for IRIs in a known namespace, else ``None``.

    Turtle only allows plain local names (``doc:x/art/7`` would need ``\\/``);
    JSON-LD takes any suffix, so ids keep their order when compacted.
    """

    def __init__(self, prefixes, plain=True):
        self.ns = {v: k for k, v in prefixes.items()}
        self.long = sorted(self.ns, key=len, reverse=True) if not plain else []
        self.memo = {}

    def __call__(self, iri):
        r = self.memo.get(iri, False)
        if r is False:
            r = None
            cut = max(iri.rfind("#"), iri.rfind("/")) + 1
            prefix, local = self.ns.get(iri[:cut]), iri[cut:]
            if prefix and _LOCAL.fullmatch(local):
                r = f"{prefix}:{local}"
            else:
                ns = next((n for n in self.long if iri.startswith(n) and not iri[len(n):].startswith("//")), None)
                if ns and len(iri) > len(ns):
                    r = f"{self.ns[ns]}:{iri[len(ns):]}"
            if len(self.memo) < 100_000:
                self.memo[iri] = r
        return r


def _split(chunk, head):
    """``[(predicate, object)]`` in N-Triples syntax from one subject's lines."""
    n = len(head)
    # split on "\n" only: U+2028, U+2029 and U+0085 are legal inside N-Triples literals
    return [line[n:-2].split(" ", 1) for line in chunk.decode("utf-8").split("\n") if line]


def to_turtle(graph):
    """Turtle of the union graph: one paragraph per subject, prefixes for plain names."""
    compact = _Compactor(graph.prefixes)

    @lru_cache(maxsize=_MEMO)  # predicates, classes, concepts, parents repeat
    def iri(t):  # an N-Triples IRI or blank node
        return (compact(t[1:-1]) or t) if t[0] == "<" else t

    def pred(p):
        return "a" if p == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" else iri(p)

    def obj(o):
        if o[0] != '"':
            return iri(o)
        m = _INTEGER.fullmatch(o)
        if m:
            return m.group(1)
        if o[-1] == ">":  # typed literal
            lex, dt = o.rsplit("^^", 1)
            return f"{lex}^^{iri(dt)}"
        return o

    def parts():
        yield "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(graph.prefixes.items())).encode("utf-8")
        for s, chunk in graph.merged():
            head = chunk[:chunk.index(b" ") + 1].decode("utf-8")
            out, last = [], None
            for p, o in _split(chunk, head):
                if p == last:
                    out.append(f" ,\n        {obj(o)}")
                else:
                    out.append(f" ;\n    {pred(p)} {obj(o)}" if last else f"{iri(head[:-1])} {pred(p)} {obj(o)}")
                    last = p
            yield ("\n" + "".join(out) + " .\n").encode("utf-8")
    return _chunks(parts())


def to_jsonld(graph):
    """JSON-LD of the union graph with a compact context; nodes sorted by ``@id``, one per line."""
    compact = _Compactor(graph.prefixes, plain=False)

    @lru_cache(maxsize=_MEMO)
    def iri(t):
        return json.dumps(compact(t[1:-1]) or t[1:-1]) if t[0] == "<" else json.dumps(t)

    @lru_cache(maxsize=_MEMO)
    def node(o):
        return f'{{"@id": {iri(o)}}}'

    def value(o):
        if o[0] != '"':
            return node(o)
        if o[-1] == '"':
            return o  # a quoted N-Triples string is a JSON string
        if o[-1] == ">":
            lex, dt = o.rsplit("^^", 1)
            return f'{{"@value": {lex}, "@type": {iri(dt)}}}'
        lex, lang = o.rsplit("@", 1)
        return f'{{"@value": {lex}, "@language": "{lang}"}}'

    def parts():
        context = json.dumps(dict(sorted(graph.prefixes.items())), ensure_ascii=False, indent=1)
        yield f'{{"@context": {context},\n"@graph": [\n'.encode("utf-8")
        sep = ""
        for s, chunk in graph.merged():
            head = chunk[:chunk.index(b" ") + 1].decode("utf-8")
            props = {}
            for p, o in _split(chunk, head):
                props.setdefault(p, []).append(o)
            fields = [f'"@id": {iri(head[:-1])}']
            for p, objs in props.items():
                if p == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>":
                    fields.insert(1, f'"@type": [{", ".join(iri(o) for o in objs)}]')
                else:
                    fields.append(f'{iri(p)}: [{", ".join(value(o) for o in objs)}]')
            yield f"{sep}{{{', '.join(fields)}}}".encode("utf-8")
            sep = ",\n"
        yield b"\n]}\n"
    return _chunks(parts())
