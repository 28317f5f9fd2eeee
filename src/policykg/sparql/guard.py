"""What a query may do here: no federated ``SERVICE`` calls, and the project's prefixes at hand.

``SERVICE <http://…>`` makes the engine send a request to any address and hand back
the answer (server-side request forgery); ``policykg query`` and ``policykg serve``
refuse such a query before it runs.  The check reads the query as the SPARQL
grammar does: the word inside a string, an IRI, a comment or a prefixed name is
no keyword.

>>> refuse_service("SELECT * WHERE { ?s ?p ?o }")
>>> refuse_service('SELECT * WHERE { ?s rdfs:comment "SERVICE" . ?s <urn:SERVICE> ?o # SERVICE\\n }')
>>> refuse_service("SELECT * WHERE { service <http://169.254.169.254/> { ?s ?p ?o } }")
Traceback (most recent call last):
policykg.errors.QueryError: query: SERVICE (a federated query) is refused: queries here read the built graph only
>>> print(with_prefixes("SELECT ?a WHERE { ?p pkg:bearer ?a }", {"pkg": "https://w3id.org/policykg/ns#"}))
PREFIX pkg: <https://w3id.org/policykg/ns#> SELECT ?a WHERE { ?p pkg:bearer ?a }
"""

import re

from ..errors import QueryError

__all__ = ["refuse_service", "with_prefixes"]

# What the grammar reads as one token in which no keyword can hide: strings (long ones first),
# IRIs (no spaces inside, unlike a comparison), comments.
_OPAQUE = re.compile(r'''
    """(?:[^"\\]|\\.|"(?!""))*"""
  | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
  | "(?:[^"\\\n\r]|\\.)*"
  | '(?:[^'\\\n\r]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | \#[^\n\r]*
''', re.X | re.S)
_SERVICE = re.compile(r"(?<![\w:?$-])SERVICE(?![\w:-])", re.I)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def _bare(query):
    """The query with strings, IRIs and comments blanked out."""
    return _OPAQUE.sub(lambda m: " " * len(m[0]), query)


def refuse_service(query, name="query"):
    """Raise :class:`QueryError` (one line) if ``query`` calls a SERVICE."""
    if _SERVICE.search(_bare(query)):
        raise QueryError(f"{name}: SERVICE (a federated query) is refused: queries here read the built graph only")


def with_prefixes(query, prefixes):
    """``query`` with a ``PREFIX`` line for each of ``prefixes`` it does not declare itself.

    The declarations go on the first line, before the query's own, so that line
    numbers in error messages stay those of the query as written.
    """
    declared = {m[1] or "" for m in _DECLARED.finditer(_bare(query))}
    head = " ".join(f"PREFIX {p}: <{ns}>" for p, ns in prefixes.items() if p not in declared)
    return f"{head} {query}" if head else query
