"""A read-only, in-memory stand-in for an rdflib Graph, quick to build from triples.

It answers the look-ups that graph readers such as
:func:`policykg.analysis.load.to_networkx` make (``value``, ``subjects``,
``objects``, ``triples``, ``in``) from two dictionaries; filling rdflib's
memory store costs several times more than the look-ups themselves.  Values
come back in the order the triples were added, so answers are deterministic.

>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import RDF, RDFS
>>> a, b, T = URIRef("http://x/a"), URIRef("http://x/b"), URIRef("http://x/T")
>>> g = TripleIndex([(a, RDF.type, T), (a, RDFS.label, Literal("甲")), (b, RDF.type, T), (a, RDF.type, T)])
>>> len(g), str(g.value(a, RDFS.label)), sorted(map(str, g.subjects(RDF.type, T)))
(3, '甲', ['http://x/a', 'http://x/b'])
>>> (b, RDF.type, T) in g, list(g.objects(b, RDFS.label))
(True, [])
"""

from rdflib.namespace import RDF

__all__ = ["TripleIndex", "StringIndex"]

_EMPTY = {}  # what a look-up of nothing finds (never changed)


class TripleIndex:
    def __init__(self, triples=()):
        self._spo = {}  # s -> p -> {o: None} (an ordered set)
        self._pos = {}  # p -> o -> {s: None}
        self._len = 0
        for s, p, o in triples:
            objs = self._spo.setdefault(s, {}).setdefault(p, {})
            if o not in objs:
                objs[o] = None
                self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
                self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        return self.triples((None, None, None))

    def __contains__(self, triple):
        s, p, o = triple
        return o in self._spo.get(s, {}).get(p, {})

    def triples(self, pattern):
        s, p, o = pattern
        if s is not None:
            for pp, objs in (self._spo.get(s, {}).items() if p is None else [(p, self._spo.get(s, {}).get(p, {}))]):
                for oo in objs if o is None else ([o] if o in objs else []):
                    yield s, pp, oo
        elif p is not None:
            for oo, subs in (self._pos.get(p, {}).items() if o is None else [(o, self._pos.get(p, {}).get(o, {}))]):
                for ss in subs:
                    yield ss, p, oo
        else:
            for ss, props in self._spo.items():
                for pp, objs in props.items():
                    for oo in objs:
                        if o is None or oo == o:
                            yield ss, pp, oo

    def value(self, subject=None, predicate=RDF.value, object=None, default=None, any=True):
        """The first ``object`` of ``subject predicate`` (or ``subject`` of ``predicate object``)."""
        if subject is None:
            return next(iter(self._pos.get(predicate, {}).get(object, {})), default)
        return next(iter(self._spo.get(subject, {}).get(predicate, {})), default)

    def subjects(self, predicate=None, object=None, unique=False):
        seen = set() if unique or object is None else None
        for s, _, _ in self.triples((None, predicate, object)):
            if seen is None:
                yield s
            elif s not in seen:
                seen.add(s)
                yield s

    def objects(self, subject=None, predicate=None, unique=False):
        for _, _, o in self.triples((subject, predicate, None)):
            yield o

    def predicate_objects(self, subject=None, unique=False):
        for _, p, o in self.triples((subject, None, None)):
            yield p, o

    def subject_objects(self, predicate=None, unique=False):
        for s, _, o in self.triples((None, predicate, None)):
            yield s, o


class StringIndex(TripleIndex):
    """A :class:`TripleIndex` of plain-string triples (see :mod:`policykg.rdf.triples`).

    Look-ups take rdflib terms or strings alike; every answer is a plain string
    (an IRI, or a literal's lexical form), which graph readers turn into text
    and numbers just as they do rdflib terms.

    >>> from rdflib import URIRef
    >>> g = StringIndex([("http://x/a", str(RDF.type), "http://x/T"), ("http://x/a", "http://x/n", "7")])
    >>> list(g.subjects(RDF.type, URIRef("http://x/T"))), int(g.value(URIRef("http://x/a"), URIRef("http://x/n")))
    (['http://x/a'], 7)
    """

    def __contains__(self, triple):
        s, p, o = triple
        return super().__contains__((str(s), str(p), str(o)))

    def triples(self, pattern):
        s, p, o = pattern
        return super().triples((None if s is None else str(s), None if p is None else str(p),
                                None if o is None else str(o)))

    def value(self, subject=None, predicate=RDF.value, object=None, default=None, any=True):
        # TripleIndex.value, inlined: graph readers call it for every attribute of every node
        if subject is None:
            return next(iter(self._pos.get(str(predicate), _EMPTY).get(None if object is None else str(object),
                                                                        _EMPTY)), default)
        for o in self._spo.get(str(subject), _EMPTY).get(str(predicate), _EMPTY):
            return o
        return default
