"""Citations: the 《…》 references of a document, its legal basis, and its references to its own articles.

Three kinds, each read from one paragraph (or item) with its exact span:

- ``cites``: a 《title》 that names a law or regulation (its title ends in 法, 条例, 规定, 办法, 决定…;
  《许可证》 and 《总体方案》 are no legislation), with the articles cited after it (《专利法》第十条);
- ``basis``: the same, inside the legal-basis clause 根据《…》…制定本条例 (every title of 《甲》、《乙》等法律);
- ``internal``: 本条例第X条 (本法, 本办法…; lists 第十条、第十二条 and ranges 第十条至第十二条),
  a bare 第X条, 本条第X款, 前款 (前两款), 前条: the unit of this document cited, when it exists.
  A bare 第X条 after a law's short name (外商投资法第十三条, as 以下简称 allows) is not this document's,
  nor is any in a decision amending another law (将第四条修改为: the amended law's article).

A cited title is compared by its work's key (:func:`policykg.identity.documents.title_key`), so
《中小企业促进法》 and 《中华人民共和国中小企业促进法》 cite one work.

>>> from policykg.readers import read_text
>>> doc = read_text("甲市条例\\n第一条　根据《中华人民共和国中小企业促进法》，制定本条例。\\n"
...                 "第二条　依照《专利法》第十条办理。\\n前款规定不适用本条例第一条。")
>>> [(c.kind, c.title or f"{c.target.kind} {c.target.number}", c.label) for c in find_citations(doc)]
[('basis', '中华人民共和国中小企业促进法', ''), ('cites', '专利法', '第十条'), ('internal', 'paragraph 1', '前款'), ('internal', 'article 1', '本条例第一条')]
"""

import re
from dataclasses import dataclass

from ..identity.documents import title_key
from ..numerals import NUMERAL, cn_to_int

__all__ = ["Citation", "find_citations", "is_legislation", "LEGISLATION"]

# What a cited title ends with when it names legislation (a decision amending a law ends in 决定).
LEGISLATION = re.compile(r"(?:法|法典|条例|规定|办法|决定|细则|规则|规程|章程|通则|决议)$")
_SELF = "(?:条例|法|办法|规定|细则|规则|决定)"  # 本条例, 本法…: this document
_ART = rf"第{NUMERAL}条(?:之{NUMERAL})?(?:第{NUMERAL}款)?(?:第[（(]{NUMERAL}[）)]项)?"
_CHAIN = rf"{_ART}(?:(?:、|，|和|或者|以及|及|至|到){_ART})*"
_REF = re.compile(rf"《(?P<title>[^《》]{{2,80}})》(?P<cited>{_CHAIN})?"
                  rf"|(?P<self>本{_SELF})(?P<own>{_CHAIN})"
                  rf"|本条第(?P<para>{NUMERAL})款"
                  rf"|前(?P<before>[两二三四五]?)款"
                  rf"|前条"
                  rf"|(?P<bare>{_CHAIN})")
_ONE = re.compile(rf"(?P<sep>至|到)?第(?P<a>{NUMERAL})条(?:之(?P<s>{NUMERAL}))?(?:第(?P<p>{NUMERAL})款)?")
_NAMED = set("法例定则》")  # the last character of a law's (short) name: 外商投资法第十三条 is that law's
_BASIS = re.compile(rf"(?:根据|依据|依照)[^。；]*?制定本{_SELF}")


@dataclass(frozen=True, eq=False)
class Citation:
    """One reference: ``kind`` (cites, basis, internal), the span ``start``–``end`` in the document's text
    and the ``unit`` (paragraph or item) it is read from; ``title`` of the cited work (external) or the
    cited ``target`` unit of this document (internal); ``label``: the articles cited, as written."""

    kind: str
    start: int
    end: int
    unit: object
    title: str = ""
    label: str = ""
    target: object = None

    @property
    def work_key(self):
        return title_key(self.title) if self.title else None


def is_legislation(title):
    """Whether a 《title》 names a law or regulation.

    >>> is_legislation("中华人民共和国专利法"), is_legislation("增值电信业务经营许可证")
    (True, False)
    """
    return bool(LEGISLATION.search(title.strip()))


def _clean(title):
    return re.sub(r"\s+", "", title).replace("〈", "《").replace("〉", "》")


def _innermost(unit, start, end):
    for c in unit.children:
        if c.start <= start and end <= c.end:
            return _innermost(c, start, end)
    return unit


def _targets(doc, chain):
    """The units of ``doc`` a chain of article references (第十条第二款、第十二条至第十四条) names."""
    out, last = [], None
    for m in _ONE.finditer(chain):
        n = cn_to_int(m["a"])
        key = f"{n}-{cn_to_int(m['s'])}" if m["s"] else str(n)
        if m["sep"] and last is not None and not m["s"]:
            keys = [str(k) for k in range(last + 1, n + 1)]
        else:
            keys = [key]
        for k in keys:
            a = doc.article(k)
            if a is None:
                continue
            u = a
            if m["p"] and k == key:
                u = next((c for c in a.children if c.kind == "paragraph" and c.number == cn_to_int(m["p"])), a)
            out.append(u)
        last = n
    return out


def find_citations(doc):
    """The :class:`Citation` objects of ``doc``, in document order."""
    out = []
    amending = "关于修改" in doc.title
    for para in (u for u in doc.walk() if u.kind == "paragraph"):
        article = para.parent if para.parent is not None and para.parent.kind == "article" else None
        basis = [(m.start(), m.end()) for m in _BASIS.finditer(para.text)]
        for m in _REF.finditer(para.text):
            s, e = para.start + m.start(), para.start + m.end()
            unit = _innermost(para, s, e)
            if m["title"] is not None:
                title = _clean(m["title"])
                if is_legislation(title) and not para.text[:m.start()].endswith("以下简称"):  # a name defined, no citation
                    kind = "basis" if any(a <= m.start() < b for a, b in basis) else "cites"
                    out.append(Citation(kind, s, e, unit, title=title, label=m["cited"] or ""))
                continue
            if m["bare"] and (amending or para.text[m.start() - 1:m.start()] in _NAMED):
                continue
            if m["own"] or m["bare"]:
                targets = _targets(doc, m["own"] or m["bare"])
            elif m["para"] and article is not None:
                n = cn_to_int(m["para"])
                targets = [c for c in article.children if c.kind == "paragraph" and c.number == n]
            elif m.group(0).endswith("款") and article is not None:  # 前款, 前两款
                k = cn_to_int(m["before"]) if m["before"] else 1
                targets = [c for c in article.children
                           if c.kind == "paragraph" and para.number - k <= c.number < para.number]
            elif m.group(0) == "前条" and article is not None:
                articles = doc.articles
                i = next((i for i, a in enumerate(articles) if a is article), 0)
                targets = [articles[i - 1]] if i > 0 else []
            else:
                targets = []
            for t in targets:
                if t is not article or t.kind != "article":  # an article citing itself says nothing
                    out.append(Citation("internal", s, e, unit, label=m.group(0), target=t))
    return out
