r"""Graphs as sorted blocks of N-Triples lines: cheap to make, pickle, cache, merge and write.

A document's graph becomes a list of *blocks* ``(subject IRI, bytes)``: every
triple of one subject, one canonical N-Triples line each.  Workers return
blocks instead of rdflib graphs (an rdflib ``Graph.add`` costs more than the
triple itself), and every output is streamed from them.

>>> from rdflib import Literal, URIRef
>>> s, p = URIRef("https://example.org/a"), URIRef("https://example.org/p")
>>> [(subject, lines)] = blocks([(s, p, Literal('第一条\n"内容"', lang="zh")), (s, p, Literal(3))])
>>> print(subject, lines.decode(), sep="\n", end="")
https://example.org/a
<https://example.org/a> <https://example.org/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://example.org/a> <https://example.org/p> "第一条\n\"内容\""@zh .
"""

import heapq
import re
from itertools import groupby
from operator import itemgetter

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

__all__ = ["TripleSink", "term", "escape", "blocks", "merge", "count"]

# Canonical N-Triples escapes; every one is also a JSON escape, so a quoted
# N-Triples string is a JSON string as it stands (the JSON-LD writer relies on it).
_ESC = {0x22: '\\"', 0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x08: "\\b", 0x0C: "\\f"}
_ESC.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _ESC})
_ESCAPED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_ESC)) + "]")
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_XSD_STRING = str(XSD.string)


class TripleSink:
    """Stands in for an rdflib Graph where a builder only calls ``add`` (and ``bind``).

    ``document_graph`` and ``provision_graph`` accept it; collecting tuples is
    several times cheaper than indexing them in rdflib's memory store.
    """

    def __init__(self, identifier=None):
        self.identifier = identifier
        self.triples = []
        self.add = self.triples.append

    def bind(self, *args, **kwargs):
        pass

    def __len__(self):
        return len(self.triples)

    def __iter__(self):
        return iter(self.triples)


def escape(text):
    r"""``text`` with the canonical escapes of an N-Triples string: ``text.translate(_ESC)`` at the cost of
    a regex scan (translate looks up every character, and literals are most of a graph's characters).

    >>> print(escape('第一条\n"内容"\t'))
    第一条\n\"内容\"\t
    """
    return _ESCAPED.sub(_escape_one, text)


def _escape_one(m):
    return _ESC[ord(m.group())]


def _iri(iri):
    if _BAD_IRI.search(iri):
        iri = _BAD_IRI.sub(lambda m: f"\\u{ord(m.group()):04X}", iri)
    return f"<{iri}>"


def term(t):
    """One rdflib term in canonical N-Triples syntax.

    >>> print(term(Literal("a\\tb")), term(Literal("1", datatype=XSD.integer)), term(URIRef("http://x/y z")))
    "a\\tb" "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x/y\\u0020z>
    """
    if type(t) is URIRef:
        return _iri(t)
    if isinstance(t, Literal):
        lex = f'"{escape(str(t))}"'
        if t.language:
            return f"{lex}@{t.language}"
        if t.datatype is not None and str(t.datatype) != _XSD_STRING:
            return f"{lex}^^{_iri(t.datatype)}"
        return lex
    if isinstance(t, BNode):
        return f"_:{t}"
    return _iri(t)


def blocks(triples):
    """Sorted, duplicate-free ``[(subject, N-Triples bytes)]`` of rdflib triples."""
    subjects = {}  # keyed by plain strings: rdflib terms hash and compare in Python
    for s, p, o in triples:
        key = str(s) if type(s) is URIRef else term(s)
        lines = subjects.get(key)
        if lines is None:
            lines = subjects[key] = set()
        lines.add(f"{term(p)} {term(o)}")
    out = []
    for key in sorted(subjects):
        head = key if key.startswith("_:") else _iri(key)
        out.append((key, "".join([f"{head} {po} .\n" for po in sorted(subjects[key])]).encode("utf-8")))
    return out


def merge(documents):
    """The union of several documents' blocks, sorted by subject.

    A subject that several documents describe (an actor, a programme) gets one
    block with the union of their lines.
    """
    for s, group in groupby(heapq.merge(*documents, key=itemgetter(0)), key=itemgetter(0)):
        chunks = [c for _, c in group]
        if len(chunks) == 1:
            yield s, chunks[0]
        else:
            lines = set()
            for c in chunks:
                lines.update(c.splitlines(keepends=True))
            yield s, b"".join(sorted(lines))


def count(block_list):
    """Number of triples in ``[(subject, bytes)]``."""
    return sum(c.count(b"\n") for _, c in block_list)
