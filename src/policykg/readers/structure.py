r"""Assemble logical lines into a Document with spans, by drafting convention.

The normalised text is rebuilt line by line (one unit line per text line,
labels separated from their text by one ideographic space), so the same
regulation gives the same text and spans whatever format it came from.

>>> text, units, preamble = assemble(["第一章  总则", "第一条 甲应当乙：", "（一）丙；", "第二条 丁。"])
>>> text
'第一章\u3000总则\n第一条\u3000甲应当乙：\n（一）丙；\n第二条\u3000丁。'
>>> [(u.kind, u.key) for u in units[0].walk()]
[('chapter', '1'), ('article', '1'), ('paragraph', '1'), ('item', '1'), ('article', '2'), ('paragraph', '1')]
"""

import re

from ..model import Unit
from ..numerals import NUMERAL, cn_to_int

__all__ = ["assemble", "HEADING", "ARTICLE", "ITEM", "SUBITEM", "POINT"]

SEP = "\u3000"
HEADING = re.compile(rf"(第({NUMERAL})(编|章|节))(?:[\s\u3000]+(.*)|([^，。；：]{{1,15}})|)$")
ARTICLE = re.compile(rf"(第({NUMERAL})条(?:之({NUMERAL}))?)(?:[\s\u3000]+(.*)|$)")
ITEM = re.compile(r"[（(]([一二三四五六七八九十]+)[）)]")
SUBITEM = re.compile(r"(?:([0-9０-９]{1,2})[.．、](?![0-9０-９])|[（(]([0-9０-９]{1,2})[）)])")
POINT = re.compile(r"([一二三四五六七八九十百]+)、(.+)")
_HEADING_KIND = {"编": "part", "章": "chapter", "节": "section"}
_DEPTH = {"part": 0, "chapter": 1, "section": 2}


def _squash(s):
    return re.sub(r"[\s\u3000]+", "", s)


class _Builder:
    def __init__(self):
        self.lines, self.pos = [], 0
        self.top, self.open = [], []  # open headings, outermost first
        self.article = self.paragraph = self.item = None
        self.counts = {}

    def add_line(self, s):
        start = self.pos
        self.lines.append(s)
        self.pos += len(s) + 1
        return start, start + len(s)

    def unit(self, kind, number, start, end, **kw):
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return Unit(kind=kind, number=number, start=start, end=end, text="", order=self.counts[kind], **kw)

    def attach(self, u, parent):
        u.parent = parent
        (parent.children if parent else self.top).append(u)

    def heading(self, kind, label, number, title):
        while self.open and _DEPTH[self.open[-1].kind] >= _DEPTH[kind]:
            self.open.pop()
        line = f"{label}{SEP}{title}" if title else label
        start, end = self.add_line(line)
        u = self.unit(kind, number, start, end, label=label, title=title)
        self.attach(u, self.open[-1] if self.open else None)
        self.open.append(u)
        self.article = self.paragraph = self.item = None

    def new_article(self, label, number, suffix, body):
        line = f"{label}{SEP}{body}" if body else label
        start, end = self.add_line(line)
        a = self.unit("article", number, start, end, label=label, suffix=suffix)
        self.attach(a, self.open[-1] if self.open else None)
        self.article, self.paragraph, self.item = a, None, None
        if body:
            self.new_paragraph(end - len(body), end)

    def new_paragraph(self, start, end):
        n = len([c for c in self.article.children]) + 1
        p = self.unit("paragraph", n, start, end)
        self.attach(p, self.article)
        self.paragraph, self.item = p, None

    def body(self, s):
        """A line inside an article: an item, a sub-item or a new paragraph."""
        m = ITEM.match(s)
        sm = SUBITEM.match(s)
        start, end = self.add_line(s)
        if m and self.paragraph is not None:
            it = self.unit("item", cn_to_int(m.group(1)), start, end, label=m.group(0))
            self.attach(it, self.paragraph)
            self.item = it
        elif sm and self.item is not None:
            sub = self.unit("subitem", cn_to_int(sm.group(1) or sm.group(2)), start, end, label=sm.group(0))
            self.attach(sub, self.item)
        else:
            self.new_paragraph(start, end)
            return
        # items and sub-items stretch the paragraph (and item) that holds them
        self.paragraph.end = end
        if self.item is not None:
            self.item.end = end

    def finish(self, text):
        def close(u):
            for c in u.children:
                close(c)
            if u.children:
                u.end = max(u.end, u.children[-1].end)
            u.text = text[u.start:u.end]

        for u in self.top:
            close(u)
        return self.top


def assemble(lines, points=False):
    """Build the unit tree from body lines.

    Returns ``(text, units, preamble)`` where ``preamble`` is the list of body
    lines before the first heading or article (history, enacting formula).
    ``points=True`` reads an amending decision's 一、二、 points as articles.
    """
    b = _Builder()
    preamble, toc, toc_first = [], False, None
    for s in lines:
        h = HEADING.match(s)
        a = ARTICLE.match(s) if not points else None
        if toc:  # skip a table of contents until its first heading comes round again
            if h and toc_first is None:
                toc_first = h.group(1)
                continue
            if not a and not (h and h.group(1) == toc_first):
                continue
            toc = False
        if h:
            title = _squash(h.group(4) or h.group(5) or "")
            b.heading(_HEADING_KIND[h.group(3)], h.group(1), cn_to_int(h.group(2)), title)
            continue
        if _squash(s) == "目录":
            toc = True
            continue
        p = POINT.match(s) if points else None
        if a:
            b.new_article(a.group(1), cn_to_int(a.group(2)), cn_to_int(a.group(3)) if a.group(3) else 0,
                          (a.group(4) or "").strip())
        elif p:
            b.new_article(p.group(1) + "、", cn_to_int(p.group(1)), 0, p.group(2).strip())
        elif b.article is not None:
            b.body(s)
        else:
            b.add_line(s)
            if not b.top:
                preamble.append(s)
    text = "\n".join(b.lines)
    return text, b.finish(text), preamble
