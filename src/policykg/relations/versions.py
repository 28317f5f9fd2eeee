"""Two versions of one work compared: articles aligned, provisions added, removed or changed.

Articles are aligned first by number, where the text under that number is still much the same
(similarity at least :data:`SAME`), then by text alone, the most similar pairs first (at least
:data:`MOVED`: an article renumbered, often also reworded); an old article left over was removed, a
new one added.  Similarity (:func:`similarity`) is difflib's ratio over the article's text without its
第X条 label, or the share of either text found in the other, sentence by sentence, when higher.

In each aligned pair the provisions (:mod:`policykg.extract`) are matched by their action text: a
matched provision whose bearer (the organisation it denotes, :mod:`policykg.identity`) or modality
differs has changed; one left over was added or removed.

>>> from policykg.readers import read_text
>>> old = read_text("甲条例\\n第一条　市人民政府应当编制规划。\\n第二条　企业可以申请补贴。")
>>> new = read_text("甲条例\\n第一条　市人民政府应当编制规划。\\n第二条　鼓励高校开展研究。\\n第三条　企业应当申请补贴。")
>>> d = diff(old, new)
>>> [(a.change, a.old and a.old.key, a.new and a.new.key) for a in d.articles]
[('unchanged', '1', '1'), ('added', None, '2'), ('changed', '2', '3')]
>>> [(p.change, p.old_modality, p.new_modality) for a in d.articles for p in a.provisions]
[('added', None, 'encouragement'), ('modality', 'permission', 'obligation')]
"""

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import PolicyKGError
from ..identity.documents import DocumentRecord, title_key

__all__ = ["diff", "diff_files", "VersionDiff", "ArticleChange", "ProvisionChange", "to_markdown", "to_csv",
           "SAME", "MOVED", "SAME_ACTION", "align", "similarity"]

SAME = 0.5  # an article keeps its number and is the same article when at least this similar
MOVED = 0.55  # an article renumbered: at least this similar to an old article left unaligned
SAME_ACTION = 0.6  # two provisions of aligned articles are one when their actions are at least this similar
RUN = 3  # characters: a shorter run in common (的, 和, 中小) says nothing of two sentences


@dataclass
class ProvisionChange:
    """``change``: added, removed, actor, modality, or actor+modality (a provision kept, its bearer or
    modality changed)."""

    change: str
    old_actor: str | None = None
    new_actor: str | None = None
    old_modality: str | None = None
    new_modality: str | None = None
    old_action: str = ""
    new_action: str = ""


@dataclass
class ArticleChange:
    """``change``: unchanged, changed (same article, other text), added, removed; ``old``/``new``: the
    articles (Units); ``renumbered``: aligned by text, not by number."""

    change: str
    old: object = None
    new: object = None
    similarity: float = 0.0  # difflib's ratio of the two texts
    score: float = 0.0  # what aligned them (:func:`similarity`): a text extended or split scores high
    renumbered: bool = False
    provisions: list = field(default_factory=list)  # ProvisionChange
    related: list = field(default_factory=list)  # added or removed: the other version's articles sharing a sentence


@dataclass
class VersionDiff:
    old: DocumentRecord
    new: DocumentRecord
    old_chapters: list  # chapter headings, in order
    new_chapters: list
    articles: list  # ArticleChange: aligned pairs in the new version's order, then the removed ones

    def count(self, change):
        return sum(a.change == change for a in self.articles)

    @property
    def renumbered(self):
        return sum(a.renumbered for a in self.articles)


def _body(article):
    """The article's text without its 第X条 label."""
    return article.text[len(article.label):].strip() if article.label and article.text.startswith(article.label) \
        else article.text.strip()


def _ratio(a, b, floor=0.0):
    """difflib's ratio of ``a`` and ``b``; 0 when its cheap upper bounds are below ``floor``."""
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return m.ratio() if m.real_quick_ratio() >= floor and m.quick_ratio() >= floor else 0.0


@lru_cache(maxsize=1 << 16)
def _sentences(text):
    return tuple(x for x in re.split(r"(?<=[。；])|\n", text) if x.strip())


@lru_cache(maxsize=1 << 18)
def _share(x, y):
    """The share of the characters of sentence ``x`` found in sentence ``y`` in runs of at least
    :data:`RUN` (0 when a cheap upper bound says it is under 0.5): each pair is asked for many times."""
    m = difflib.SequenceMatcher(None, x, y, autojunk=False)
    if m.quick_ratio() * (len(x) + len(y)) / 2 < 0.5 * len(x):  # characters in common, as a bound
        return 0.0
    return sum(b.size for b in m.get_matching_blocks() if b.size >= RUN) / len(x)


def _covered(xs, ys):
    """The share of the characters of sentences ``xs`` found in sentences ``ys`` (each sentence weighed by
    its length, scored by the sentence of ``ys`` that holds most of it)."""
    total = sum(len(x) for x in xs)
    return sum(len(x) * max((_share(x, y) for y in ys), default=0.0) for x in xs) / total if total else 0.0


def similarity(a, b, floor=0.0):
    """How alike two article texts are: difflib's ratio, or, when higher, the share of either found in the
    other sentence by sentence (a revision extends, splits and merges articles: old 第三条's first paragraph
    is new 第八条's).  ``floor``: a ratio below it need not be exact (it is found from cheap bounds).

    >>> round(similarity("国家设立基金。", "国家设立基金。国家鼓励社会捐赠，支持科学研究和技术开发。"), 2)
    1.0
    """
    xs, ys = _sentences(a), _sentences(b)
    covered = max(_covered(xs, ys), _covered(ys, xs))
    return max(covered, _ratio(a, b, max(floor, covered)))


def align(old_articles, new_articles):
    """``[(old, new, score, renumbered)]`` of the aligned articles (score: :func:`similarity`) in the new
    version's order, then the old articles left unaligned; ``old`` or ``new`` None when unaligned."""
    old_text = {id(a): _body(a) for a in old_articles}
    new_text = {id(a): _body(a) for a in new_articles}
    pairs, used_old, used_new = {}, set(), set()
    by_key = {a.key: a for a in old_articles}
    for n in new_articles:  # by number, where the text is still the same article
        o = by_key.get(n.key)
        if o is not None:
            r = similarity(old_text[id(o)], new_text[id(n)], SAME)
            if r >= SAME:
                pairs[id(n)] = (o, n, r, False)
                used_old.add(id(o))
                used_new.add(id(n))
    candidates = []  # by text, the most similar first (ties: document order)
    for i, n in enumerate(new_articles):
        if id(n) in used_new:
            continue
        for j, o in enumerate(old_articles):
            if id(o) not in used_old:
                r = similarity(old_text[id(o)], new_text[id(n)], MOVED)
                if r >= MOVED:
                    candidates.append((-r, i, j, o, n))
    for negr, _, _, o, n in sorted(candidates, key=lambda c: c[:3]):
        if id(o) not in used_old and id(n) not in used_new:
            pairs[id(n)] = (o, n, -negr, o.key != n.key)
            used_old.add(id(o))
            used_new.add(id(n))
    out = [pairs.get(id(n), (None, n, 0.0, False)) for n in new_articles]
    return out + [(o, None, 0.0, False) for o in old_articles if id(o) not in used_old]


def _provisions(doc):
    """``{id(article): [(organisation, modality, action)]}`` of the document's provisions."""
    from ..extract import extract
    from ..extract.actors import actor_type
    from ..identity.organisations import Context, resolve

    extract(doc)
    ctx, actors, out = Context.of(doc.meta), doc.layers.get("actors", {}), {}
    for p in doc.layers["provisions"]:
        a = actors.get(p.actor)
        org = resolve(p.actor, a.type if a is not None else actor_type(p.actor), ctx).label
        found = out.setdefault(id(p.article), [])
        if (org, p.modality, p.action) not in found:  # 省、自治区、直辖市人民政府: one organisation, said once
            found.append((org, p.modality, p.action))
    return out


def _provision_changes(old, new):
    """What changed between the provisions ``old`` and ``new`` of two aligned articles."""
    changes, left = [], list(new)
    for oa, om, ot in old:
        best = max(((difflib.SequenceMatcher(None, ot, nt, autojunk=False).ratio(), k)
                    for k, (_, _, nt) in enumerate(left)), default=(0.0, None))
        if best[1] is None or best[0] < SAME_ACTION:
            changes.append(ProvisionChange("removed", oa, None, om, None, ot, ""))
            continue
        na, nm, nt = left.pop(best[1])
        what = "+".join(w for w, differs in (("actor", oa != na), ("modality", om != nm)) if differs)
        if what:
            changes.append(ProvisionChange(what, oa, na, om, nm, ot, nt))
    changes += [ProvisionChange("added", None, na, None, nm, "", nt) for na, nm, nt in left]
    return changes


def diff(old, new):
    """The :class:`VersionDiff` of two :class:`~policykg.model.Document` versions of one work (raises
    :class:`~policykg.errors.PolicyKGError` when their titles name two works)."""
    try:
        return _diff(old, new)
    finally:
        _share.cache_clear()
        _sentences.cache_clear()


def _diff(old, new):
    ro, rn = DocumentRecord.of(old), DocumentRecord.of(new)
    if title_key(old.title) != title_key(new.title):
        raise PolicyKGError(f"{new.path or new.title}: not a version of {ro.short_title} ({old.path or old.title}) "
                            f"but of {rn.short_title}: diff compares two versions of one work")
    po, pn = _provisions(old), _provisions(new)
    articles = []
    for o, n, r, moved in align(old.articles, new.articles):
        if o is None:
            a = ArticleChange("added", None, n)
            a.provisions = _provision_changes([], pn.get(id(n), []))
        elif n is None:
            a = ArticleChange("removed", o, None)
            a.provisions = _provision_changes(po.get(id(o), []), [])
        else:
            same = _body(o) == _body(n)
            ratio = 1.0 if same else difflib.SequenceMatcher(None, _body(o), _body(n), autojunk=False).ratio()
            a = ArticleChange("unchanged" if same else "changed", o, n, ratio, r, moved)
            if not same:
                a.provisions = _provision_changes(po.get(id(o), []), pn.get(id(n), []))
        articles.append(a)
    _relate(articles, old.articles, new.articles)
    return VersionDiff(ro, rn, _chapters(old), _chapters(new), articles)


def _relate(changes, old_articles, new_articles):
    """Point each article added or removed to the articles of the other version that hold one of its
    sentences (at least :data:`MOVED` alike; a sentence found in more than two, such as
    对直接负责的主管人员…依法给予处分, says nothing): where the text of a split or merged article went."""
    def related(article, others):
        found = []
        for x in _sentences(_body(article)):
            hits = [o for o in others if any(_share(x, y) >= MOVED for y in _sentences(_body(o)))]
            found += [o for o in hits if o not in found] if len(hits) <= 2 else []
        return sorted(found, key=lambda o: o.order)

    for a in changes:
        if a.change == "added":
            a.related = related(a.new, old_articles)
        elif a.change == "removed":
            a.related = related(a.old, new_articles)


def _chapters(doc):
    return [f"{u.label}　{u.title}".strip() for u in doc.walk() if u.kind == "chapter"]


def diff_files(old_path, new_path):
    """:func:`diff` of the two files (read as a build reads them; raises :class:`~policykg.errors.InputError`)."""
    from ..readers import read

    return diff(read(old_path), read(new_path))


def _where(article):
    if article is None:
        return ""
    chapter = article.ancestor("chapter")
    return f"{article.label}（{chapter.label}）" if chapter is not None else article.label


def _provision_line(p):
    if p.change == "added":
        return f"+ {p.new_actor} [{p.new_modality}] {p.new_action}"
    if p.change == "removed":
        return f"− {p.old_actor} [{p.old_modality}] {p.old_action}"
    return (f"~ {p.old_actor} [{p.old_modality}] → {p.new_actor} [{p.new_modality}] {p.new_action}")


def to_markdown(d, unchanged=False):
    """The diff as Markdown: a summary, the chapters, then every article added, removed or changed (and,
    with ``unchanged``, the others)."""
    out = [f"# {d.old.label} → {d.new.label}", "",
           "| | old | new |", "|---|---|---|",
           f"| chapters | {len(d.old_chapters)} | {len(d.new_chapters)} |",
           f"| articles | {sum(a.old is not None for a in d.articles)} | {sum(a.new is not None for a in d.articles)} |",
           "",
           f"Articles: {d.count('unchanged')} unchanged, {d.count('changed')} changed "
           f"({d.renumbered} of the aligned renumbered), {d.count('added')} added, {d.count('removed')} removed. "
           f"Provisions: {sum(p.change == 'added' for a in d.articles for p in a.provisions)} added, "
           f"{sum(p.change == 'removed' for a in d.articles for p in a.provisions)} removed, "
           f"{sum(p.change not in ('added', 'removed') for a in d.articles for p in a.provisions)} "
           "changed in actor or modality.", "", "## Chapters", "",
           "| old | new |", "|---|---|"]
    for k in range(max(len(d.old_chapters), len(d.new_chapters))):
        cell = lambda cs: cs[k] if k < len(cs) else ""  # noqa: E731
        out.append(f"| {cell(d.old_chapters)} | {cell(d.new_chapters)} |")
    out += ["", "## Articles", ""]
    for a in d.articles:
        if a.change == "unchanged" and not (unchanged or a.renumbered):
            continue
        head = {"added": f"### + {_where(a.new)}", "removed": f"### − {_where(a.old)}"}.get(
            a.change, f"### {_where(a.old)} → {_where(a.new)} ({a.change}, similarity {a.similarity:.2f}, "
               f"aligned at {a.score:.2f})")
        block = [head]
        if a.related:
            block.append(("Text from old " if a.change == "added" else "Text now in ") + "、".join(o.label for o in a.related))
        if a.old is not None and a.change != "unchanged":
            block.append(f"> old: {_body(a.old)}".replace("\n", " "))
        if a.new is not None and a.change != "unchanged":
            block.append(f"> new: {_body(a.new)}".replace("\n", " "))
        if a.provisions:
            block.append("\n".join(f"- {_provision_line(p)}" for p in a.provisions))
        out += ["\n\n".join(block), ""]
    return "\n".join(out).rstrip() + "\n"


COLUMNS = ("change", "old_article", "new_article", "old_chapter", "new_chapter", "similarity", "score", "renumbered",
           "related", "provision_change", "old_actor", "new_actor", "old_modality", "new_modality", "old_text", "new_text")


def rows(d):
    """One row per article (aligned, added or removed), each followed by a row per provision change."""
    def chap(a):
        c = a.ancestor("chapter") if a is not None else None
        return f"{c.label}　{c.title}".strip() if c is not None else ""

    out = []
    for a in d.articles:
        out.append((a.change, a.old.label if a.old else "", a.new.label if a.new else "", chap(a.old), chap(a.new),
                    f"{a.similarity:.3f}" if a.old and a.new else "", f"{a.score:.3f}" if a.old and a.new else "",
                    "yes" if a.renumbered else "no",
                    "、".join(o.label for o in a.related), "", "", "", "",
                    "", _body(a.old) if a.old else "", _body(a.new) if a.new else ""))
        for p in a.provisions:
            out.append((a.change, a.old.label if a.old else "", a.new.label if a.new else "", chap(a.old),
                        chap(a.new), "", "", "", "", p.change, p.old_actor or "", p.new_actor or "", p.old_modality or "",
                        p.new_modality or "", p.old_action, p.new_action))
    return out


def to_csv(d):
    """The diff as CSV (with a BOM and CRLF, as every table policykg writes): :func:`rows` under :data:`COLUMNS`."""
    from ..analysis.tables import Table
    from ..analysis.tables import to_csv as table_csv

    return table_csv(Table("diff", "Versions compared", COLUMNS, rows(d)))
