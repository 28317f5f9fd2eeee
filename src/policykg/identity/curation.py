"""A researcher's curation: merge, split or rename actors and programmes; mark a provision wrong.

The rules decide identities; a curation file (YAML) overrides them where a
researcher knows better, the way NVivo users recode.  ``build`` and ``analyze``
apply it (``--curation FILE``); every decision is in the graph as a
``prov:Activity`` associated with the curator, and what it touched points to it
(``prov:wasInfluencedBy``; a provision marked wrong is left out and listed with
``prov:invalidated``).  Anything without such a link was decided by the rules.

.. code-block:: yaml

    curator: 王芳                      # who decided (required)
    actors:
      - merge: [常州市工业和信息化部门, 常州市经济和信息化部门]   # organisation labels or mentions
        into: 常州市工业和信息化部门
        note: the bureau was renamed in 2019
      - rename: 常州市区县人民政府
        to: 常州市县级市（区）人民政府
      - split: 常州市有关部门           # the provisions of these documents (or these mentions) only
        documents: [ff80818198a7ecd40198f39a6b8d0d95]
        into: 常州市有关部门（智能制造）
    programmes:
      - merge: [智能制造发展规划, 智能制造规划]
        into: 智能制造发展规划
    provisions:
      - wrong: {document: ff80818198a7ecd40198f39a6b8d0d95, article: 7, paragraph: 1, action: 组织编制智能制造发展规划}
        note: read twice

>>> c = parse("curator: 王芳\\nactors:\\n  - rename: 常州市区县人民政府\\n    to: 常州市县级市（区）人民政府\\n")
>>> c.curator, c.decisions[0].kind, c.decisions[0].into
('王芳', 'rename', '常州市县级市（区）人民政府')
"""

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from ..errors import InputError

__all__ = ["Curation", "Decision", "load", "parse", "rejected"]

_KINDS = {"actors": ("merge", "rename", "split"), "programmes": ("merge", "rename"), "provisions": ("wrong",)}
_WRONG_KEYS = {"document", "article", "paragraph", "action"}


@dataclass(frozen=True)
class Decision:
    number: int  # 1-based position in the file, names its activity
    section: str  # actors, programmes or provisions
    kind: str  # merge, rename, split, wrong
    names: tuple = ()  # the labels or mentions it applies to
    into: str = ""
    documents: tuple = ()  # split: only in these documents
    mentions: tuple = ()  # split: only these mentions
    wrong: tuple = ()  # (document, article, paragraph, action)
    note: str = ""

    def describe(self):
        if self.kind == "wrong":
            d, a, p, act = self.wrong
            return f"wrong: {d} art. {a} para. {p}: {act}"
        return f"{self.kind}: {'、'.join(self.names)} → {self.into}"


@dataclass(frozen=True)
class Curation:
    curator: str
    decisions: tuple
    digest: str  # of the file's bytes: part of the cache key of every document built with it
    source: str = ""

    def actor(self, org, mention, doc_id):
        """``(organisation, decision)`` after the curation; ``decision`` is None where the rules stand."""
        for d in self.decisions:
            if d.section != "actors" or (org.label not in d.names and mention not in d.names):
                continue
            if d.kind == "split" and not (doc_id in d.documents or mention in d.mentions):
                continue  # a split moves only what its documents or mentions select
            if d.kind == "rename":
                return replace(org, label=d.into), d
            return replace(org, key=f"curated|{d.into}", label=d.into), d
        return org, None

    def programme(self, name):
        """``(key or None, label, decision)``: a merged programme gets one key in every document."""
        for d in self.decisions:
            if d.section == "programmes" and name in d.names:
                return (f"curated|{d.into}" if d.kind == "merge" else None), d.into, d
        return None, name, None

    def wrong(self, doc_id, provision):
        """The decision marking ``provision`` (of document ``doc_id``) wrong, or None."""
        where = (doc_id, provision.article.key, str(provision.paragraph.number), provision.action)
        return next((d for d in self.decisions if d.kind == "wrong" and d.wrong == where), None)


def rejected(doc):
    """``{id(provision): decision}`` of the provisions of ``doc`` its curation marks wrong."""
    cur = doc.layers.get("curation")
    if cur is None:
        return {}
    return {id(p): d for p in doc.layers.get("provisions", []) if (d := cur.wrong(doc.id, p)) is not None}


def _problem(source, message):
    return InputError(source, f"curation: {message}")


def _names(source, value, what):
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        raise _problem(source, f"{what} needs a name or a list of names, got {value!r}")
    return tuple(names)


def parse(text, source="<curation>"):
    """A :class:`Curation` from YAML text (raises :class:`InputError` naming the problem)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise _problem(source, f"not YAML ({' '.join(str(e).split())[:120]})") from None
    if not isinstance(data, dict) or not isinstance(data.get("curator"), str) or not data["curator"].strip():
        raise _problem(source, "needs a 'curator:' line saying who decided")
    unknown = set(data) - {"curator", *_KINDS}
    if unknown:
        raise _problem(source, f"unknown section {sorted(unknown)[0]!r} (expected actors, programmes, provisions)")
    decisions = []
    for section, kinds in _KINDS.items():
        entries = data.get(section) or []
        if not isinstance(entries, list):
            raise _problem(source, f"{section} must be a list")
        for e in entries:
            n = len(decisions) + 1
            kind = next((k for k in kinds if isinstance(e, dict) and k in e), None)
            if kind is None:
                raise _problem(source, f"{section} entry {e!r} has none of {', '.join(kinds)}")
            note = str(e.get("note") or "")
            if kind == "wrong":
                w = e["wrong"]
                if not isinstance(w, dict) or set(w) != _WRONG_KEYS:
                    raise _problem(source, f"wrong needs document, article, paragraph and action, got {w!r}")
                decisions.append(Decision(n, section, kind, wrong=tuple(str(w[k]) for k in
                                                                        ("document", "article", "paragraph", "action")),
                                          note=note))
                continue
            into = e.get("to" if kind == "rename" else "into")
            if not isinstance(into, str) or not into:
                raise _problem(source, f"{kind} {e[kind]!r} needs '{'to' if kind == 'rename' else 'into'}:'")
            decisions.append(Decision(n, section, kind, _names(source, e[kind], kind), into,
                                      tuple(map(str, e.get("documents") or ())), tuple(e.get("mentions") or ()),
                                      note=note))
            if kind == "split" and not decisions[-1].documents and not decisions[-1].mentions:
                raise _problem(source, f"split {e[kind]!r} needs documents: or mentions: (what goes to {into})")
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()
    return Curation(data["curator"].strip(), tuple(decisions), digest, str(source))


def load(path):
    """The :class:`Curation` in the YAML file ``path``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, f"curation: {getattr(e, 'strerror', None) or e}") from None
    return parse(text, path)
