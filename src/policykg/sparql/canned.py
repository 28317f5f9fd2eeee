"""Canned queries: the ``*.rq`` files in ``ontology/queries/``, run by name.

Each file opens with ``#`` comment lines: the first says what question the query
answers; lines ``# --param NAME: …`` document its parameters.

>>> q = canned()["obligations-per-actor"]
>>> q.summary.startswith("Obligations per actor")
True
>>> resolve("obligations-per-actor").name
'obligations-per-actor'
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QueryError
from ..resources import ontology_path

__all__ = ["QUERY_DIR", "CannedQuery", "canned", "resolve"]

QUERY_DIR = ontology_path("queries")


@dataclass
class CannedQuery:
    name: str
    text: str
    path: str = ""
    description: list = field(default_factory=list)  # the leading comment lines
    label: str = ""  # what error messages call it: the file as given, or the name
    params: dict = field(default_factory=dict)  # name -> description

    @property
    def summary(self):
        return self.description[0] if self.description else ""


def _parse(name, text, path=""):
    description, params, last = [], {}, None
    for raw in text.splitlines():
        if not raw.startswith("#"):
            break
        line = raw[1:].strip()
        m = re.match(r"--param (\w+)\s*:\s*(.*)", line)
        if m:
            params[last := m[1]] = m[2]
        elif last and raw.startswith("#  ") and line:  # an indented line carries on the parameter
            params[last] += " " + line
        elif line:
            description.append(line)
            last = None
    return CannedQuery(name, text, str(path), description=description, params=params, label=name)


def canned(folder=QUERY_DIR):
    """``{name: CannedQuery}`` for every ``*.rq`` in ``folder``, sorted by name."""
    return {p.stem: _parse(p.stem, p.read_text(encoding="utf-8"), p) for p in sorted(Path(folder).glob("*.rq"))}


def resolve(spec):
    """The query ``spec`` names: a ``.rq`` file, a canned query name, or SPARQL text itself."""
    path = Path(spec)
    if spec.endswith(".rq") or (len(spec) < 256 and "\n" not in spec and path.is_file()):
        if not path.is_file():
            raise QueryError(f"{spec}: no such query file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"{spec}: cannot read the query file ({e.__class__.__name__})") from None
        q = _parse(path.stem, text, path)
        q.label = spec
        return q
    queries = canned()
    if spec in queries:
        return queries[spec]
    if re.fullmatch(r"[\w-]+", spec):  # one word: a name that does not exist, not a query
        raise QueryError(f"{spec}: no such canned query (see `policykg query --list`)")
    return CannedQuery("query", spec, label="query")
