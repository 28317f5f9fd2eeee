"""Selecting documents by their metadata: legal level, jurisdiction, year, title, current versions only.

``build``, ``analyze``, ``viz``, ``compare`` and ``query`` take the same
options (``--level``, ``--jurisdiction``, ``--year``, ``--title``,
``--current``); :meth:`Selection.of` checks their values and
:meth:`Selection.matches` applies them to a
:class:`~policykg.identity.documents.DocumentRecord`.  Every option given
must hold; a repeated ``--level`` or ``--jurisdiction`` holds when one of its
values does.

>>> from policykg.identity.documents import DocumentRecord, link_versions
>>> docs = link_versions([DocumentRecord(id="a", title="上海市数据条例", level="local-regulation",
...                                      jurisdiction="上海市", dates={"adopted": "2021-11-25"}),
...                       DocumentRecord(id="b", title="中华人民共和国数据安全法", level="national-law",
...                                      jurisdiction="国家", dates={"adopted": "2021-06-10"})])
>>> [d.label for d in select(docs, Selection.of({"level": ["法律"], "year": "2020-2021"}))]
['数据安全法（2021-06-10）']
>>> Selection.of({"year": "2021-2019"})
Traceback (most recent call last):
...
policykg.errors.PolicyKGError: --year '2021-2019': the range ends before it starts
"""

import re
from dataclasses import dataclass

from .errors import PolicyKGError

__all__ = ["Selection", "select", "LEVELS", "parse_years"]

# The legal-level scheme (ontology/schemes.ttl): notation -> Chinese label; either names a level.
LEVELS = {"national-law": "法律", "administrative-regulation": "行政法规", "local-regulation": "地方性法规",
          "sez-regulation": "经济特区法规", "autonomous-regulation": "自治条例和单行条例"}


def _split(values):
    """``("a,b", "c")`` -> ``["a", "b", "c"]``: an option may be repeated or hold a comma-separated list."""
    if isinstance(values, str):
        values = [values]
    return [v.strip() for value in values or () for v in re.split(r"[,，]", value) if v.strip()]


def parse_years(text):
    """``(from, to)`` of ``--year``: ``2021``, ``2015-2020``, ``2015-`` (from 2015) or ``-2010`` (up to 2010).

    >>> parse_years("2015-2020"), parse_years("2021"), parse_years("2015-"), parse_years("-2010")
    ((2015, 2020), (2021, 2021), (2015, None), (None, 2010))
    """
    m = re.fullmatch(r"\s*(\d{4})?\s*(-)?\s*(\d{4})?\s*", text or "")
    if not m or not (m.group(1) or m.group(3)) or (m.group(1) and m.group(3) and not m.group(2)):
        raise PolicyKGError(f"--year {text!r}: give a year (2021) or a range FROM-TO (2015-2020, 2015-, -2010)")
    lo, hi = (int(g) if g else None for g in (m.group(1), m.group(3)))
    if not m.group(2):
        hi = lo
    if lo is not None and hi is not None and hi < lo:
        raise PolicyKGError(f"--year {text!r}: the range ends before it starts")
    return lo, hi


@dataclass(frozen=True)
class Selection:
    """Which documents to keep; an empty selection keeps them all."""

    levels: tuple = ()  # legal-level notations
    jurisdictions: tuple = ()  # substrings of the jurisdiction (上海 matches 上海市; 江苏 every Jiangsu city)
    years: tuple | None = None  # (from, to) of the version date's year, either end open (None)
    title: str | None = None  # a regular expression searched in the title and the short title
    current: bool = False  # only the current version of each work

    @classmethod
    def of(cls, value=None):
        """A Selection from one (returned as it is), None (everything), or the options' values as a dict
        ``{"level", "jurisdiction", "year", "title", "current"}``; a bad value raises :class:`PolicyKGError`."""
        if value is None or isinstance(value, cls):
            return value or cls()
        unknown = set(value) - {"level", "jurisdiction", "year", "title", "current"}
        if unknown:
            raise ValueError(f"unknown selection option {sorted(unknown)[0]!r}")
        by_label = {zh: n for n, zh in LEVELS.items()}
        levels = []
        for v in _split(value.get("level")):
            if v not in LEVELS and v not in by_label:
                raise PolicyKGError(f"--level {v!r} is not a legal level (choose from {', '.join(LEVELS)}, "
                                    f"or {'、'.join(LEVELS.values())})")
            levels.append(by_label.get(v, v))
        title = value.get("title") or None
        if title is not None:
            try:
                re.compile(title)
            except re.error as e:
                raise PolicyKGError(f"--title {title!r} is not a regular expression: {e}") from None
        year = value.get("year")
        return cls(levels=tuple(levels), jurisdictions=tuple(_split(value.get("jurisdiction"))),
                   years=parse_years(year) if year not in (None, "") else None, title=title,
                   current=bool(value.get("current")))

    def __bool__(self):
        return bool(self.levels or self.jurisdictions or self.years or self.title or self.current)

    def matches(self, record):
        """Whether the document of ``record`` (its versions linked, for ``current``) is selected."""
        if self.levels and record.level not in self.levels:
            return False
        if self.jurisdictions and not any(j in (record.jurisdiction or "") for j in self.jurisdictions):
            return False
        if self.years:
            lo, hi = self.years
            year = record.year
            if year is None or (lo is not None and year < lo) or (hi is not None and year > hi):
                return False
        if self.title and not (re.search(self.title, record.title) or re.search(self.title, record.short_title)):
            return False
        return record.current or not self.current

    def describe(self):
        """The options as a user would type them: ``--level national-law --year 2015-2020``."""
        out = [f"--level {v}" for v in self.levels] + [f"--jurisdiction {v}" for v in self.jurisdictions]
        if self.years:
            lo, hi = self.years
            out.append(f"--year {lo}" if lo == hi else f"--year {lo or ''}-{hi or ''}")
        if self.title:
            out.append(f"--title {self.title}")
        return " ".join(out + (["--current"] if self.current else []))


def select(records, selection=None):
    """The records ``selection`` keeps (all of them for an empty or no selection), in their order."""
    selection = Selection.of(selection)
    return [r for r in records if selection.matches(r)] if selection else list(records)
