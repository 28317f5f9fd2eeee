"""Which regulation's text another adopted: paragraphs of later documents matched to those of earlier ones.

The unit compared is the *paragraph* (款, with its items): the smallest unit that holds a whole rule and that
the graph names (``…/art/10/para/2``).  A sentence is often a fragment (a condition, or 但是…) that only
makes sense with the rest of its paragraph, and as short as a formula (依法给予处分); an article mixes
several rules, so one adopted paragraph of four would be diluted.

Similarity is the Jaccard index of the paragraphs' character 3-gram sets, after NFKC folding with
punctuation, spaces and item numbers (（一）) left out.  MinHash signatures (datasketch, fixed seed) and
locality-sensitive hashing find the candidate pairs above :data:`CANDIDATE` (two paragraphs whose signatures
agree on one band of rows, datasketch's MinHashLSH banding done at once over all signatures with numpy);
each candidate's Jaccard index is then computed exactly, so a score never depends on the hashing.  A build
makes each document's signatures in its workers (:func:`paragraphs`) and keeps them in its cache.  Paragraphs that are legislative
formulas (本条例自……起施行, ……从其规定, the generic liability clauses: ``lexicon/formulas.yaml``) and
paragraphs shorter than :data:`MIN_CHARS` are not compared: any two regulations share them.  A pair is kept
at :data:`THRESHOLD`, calibrated on hand-labelled pairs (``tests/data/similar-pairs.jsonl``, rule in
``docs/similarity-labelling.md``).

Only documents of other works are compared (versions of one law are ``policykg diff``'s), and a match points
from a later document to one of a strictly earlier version date: the one that could have been adopted.

>>> normalise("第一款　县级以上人民政府（一）应当， 加强领导。")
'第一款县级以上人民政府应当加强领导'
>>> sorted(shingles("促进科技成果"))
['促进科', '技成果', '科技成', '进科技']
>>> round(jaccard(shingles("县级以上人民政府应当加强领导"), shingles("县级以上人民政府应当加强指导")), 3)
0.714
"""

import re
import unicodedata
from collections import defaultdict
from itertools import combinations
from dataclasses import dataclass
from functools import lru_cache

from ..errors import PolicyKGError
from ..identity.documents import DocumentRecord, title_key

__all__ = ["Passage", "Match", "normalise", "shingles", "jaccard", "formula", "compared", "signatures", "paragraphs",
           "passages", "passages_of", "bands", "candidate_pairs", "matches", "nearest", "first_adopted", "order",
           "shared_paragraphs", "document_pairs", "find_document", "tables", "similar", "NGRAM", "NUM_PERM", "SEED",
           "CANDIDATE", "THRESHOLD", "MIN_CHARS", "BANDS"]

NGRAM = 3  # characters per shingle: 2-grams (人民, 政府) are shared by almost every pair
NUM_PERM = 128  # MinHash permutations
SEED = 1  # of the MinHash permutations: the same candidates on every run
CANDIDATE = 0.3  # LSH threshold, well below THRESHOLD so that few pairs above THRESHOLD are missed
THRESHOLD = 0.5  # calibrated on tests/data/similar-pairs.jsonl (docs/similarity-labelling.md, Results)
MIN_CHARS = 15  # normalised characters; shorter paragraphs are formulas (本条例自公布之日起施行)

_ITEM_NUMBER = re.compile(r"[（(][一二三四五六七八九十百零〇]+[)）]")
_NOT_TEXT = re.compile(r"[\W_]+")


def normalise(text):
    """The characters compared: NFKC-folded, without punctuation, spaces or item numbers (（一）)."""
    return _NOT_TEXT.sub("", _ITEM_NUMBER.sub("", unicodedata.normalize("NFKC", text)))


def formula(text):
    """The name of the legislative formula that ``text`` is (``lexicon/formulas.yaml``), else None.

    >>> formula("本条例自2020年1月1日起施行。"), formula("国家支持中小企业发展。")
    ('commencement', None)
    """
    s = normalise(text)
    return next((name for name, pattern in _formulas() if pattern.fullmatch(s)), None)


@lru_cache(maxsize=1)
def _formulas():
    from ..lexicon import load

    return tuple((f["name"], re.compile(f["pattern"])) for f in load("formulas")["formulas"])


def shingles(text, n=NGRAM):
    """The set of ``n``-character substrings of the normalised ``text`` (the text itself when shorter)."""
    s = normalise(text)
    return frozenset(s[i:i + n] for i in range(max(1, len(s) - n + 1)))


def jaccard(a, b):
    """Shared shingles over all shingles of the two sets (0.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass(frozen=True, eq=False)
class Passage:
    """One paragraph of one document, with its place and its span in the document's text."""

    record: object  # the document's policykg.identity.documents.DocumentRecord
    article: str  # the article's key: 10, or 10-1 for 第十条之一
    paragraph: int
    start: int
    end: int
    text: str
    signature: bytes | None = None  # its MinHash signature (see signatures); None: not compared (see compared)
    first: str | None = None  # when the document's work was first adopted (see first_adopted)

    @property
    def where(self):
        """``art 10 para 2``: the article's key and the paragraph's number, as the graph's IRIs have them."""
        return f"art {self.article} para {self.paragraph}"

    @property
    def path(self):
        """The paragraph's IRI path under its document: ``art/10/para/2`` (see policykg.rdf.iris)."""
        return f"art/{self.article}/para/{self.paragraph}"


@dataclass(frozen=True)
class Match:
    """``passage`` (of a later document) is similar to ``source`` (of an earlier one) with ``score``."""

    passage: Passage
    source: Passage
    score: float


def compared(text):
    """Whether a paragraph is compared at all: no formula (:func:`formula`), at least :data:`MIN_CHARS`
    normalised characters.

    >>> compared("本条例自2020年1月1日起施行。"), compared("县级以上人民政府应当将标准化工作纳入本级预算。")
    (False, True)
    """
    return len(normalise(text)) >= MIN_CHARS and not formula(text)


def signatures(texts):
    """The MinHash signature of each of ``texts`` (of its :func:`shingles`; datasketch, :data:`SEED`) as bytes:
    :data:`NUM_PERM` little-endian 64-bit integers, the same for one text wherever it is made."""
    from datasketch import MinHash

    found = MinHash.bulk([[s.encode("utf-8") for s in sorted(shingles(t))] for t in texts], num_perm=NUM_PERM,
                         seed=SEED)
    return [m.hashvalues.astype("<u8").tobytes() for m in found]


def paragraphs(doc):
    """``[(article key, paragraph number, start, end, text, signature)]`` of the paragraphs of ``doc`` (a
    :class:`~policykg.model.Document`), in document order; the signature is None for one not compared
    (:func:`compared`): what a build keeps of its text."""
    units = [u for u in doc.walk() if u.kind == "paragraph" and u.parent is not None and u.parent.kind == "article"]
    kept = [compared(u.text) for u in units]
    signed = iter(signatures([u.text for u, k in zip(units, kept) if k]))
    return [(u.parent.key, u.number, u.start, u.end, u.text, next(signed) if k else None) for u, k in zip(units, kept)]


def passages(docs):
    """Every paragraph of ``docs`` (:class:`~policykg.model.Document`, read together so that the first version
    of each work is known), in document order; documents in id order."""
    return passages_of([(DocumentRecord.of(d), paragraphs(d)) for d in docs])


def passages_of(documents):
    """:func:`passages` of ``[(record, paragraphs)]`` (a :class:`DocumentRecord` and :func:`paragraphs` of its
    document), as a build keeps them."""
    first = first_adopted([r for r, _ in documents])
    return [Passage(record, *para, first[record.id])
            for record, paras in sorted(documents, key=lambda d: d[0].id) for para in paras]




# (bands, rows per band) datasketch's MinHashLSH chooses at (candidate, NUM_PERM): known, so that a build need
# not import scipy for them (tests check that datasketch still chooses these)
BANDS = {(CANDIDATE, NUM_PERM): (37, 3)}


def bands(candidate):
    """``(bands, rows)``: the banding of datasketch's MinHashLSH at ``candidate`` for :data:`NUM_PERM`."""
    if (candidate, NUM_PERM) not in BANDS:
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=candidate, num_perm=NUM_PERM)
        BANDS[candidate, NUM_PERM] = lsh.b, lsh.r
    return BANDS[candidate, NUM_PERM]


def _banded(sigs, b, r):
    """Pairs ``(x, y)``, ``x < y``, of rows of ``sigs`` (a numpy array) equal on one band of ``r`` columns at
    least: the candidates MinHashLSH's query finds."""
    import numpy as np

    pairs = set()
    for k in range(b):
        _, group = np.unique(sigs[:, k * r:(k + 1) * r], axis=0, return_inverse=True)
        group = group.ravel()
        shared = np.flatnonzero(np.bincount(group)[group] > 1)  # rows with a twin on this band
        order = shared[np.argsort(group[shared], kind="stable")]
        for members in np.split(order, np.flatnonzero(np.diff(group[order])) + 1):
            if len(members) > 1:
                pairs.update(combinations(sorted(members.tolist()), 2))
    return pairs


def candidate_pairs(items, candidate=CANDIDATE):
    """``[(score, i, j)]`` with ``i < j``: the pairs of ``items`` (:class:`Passage`) that LSH finds at
    ``candidate``, in documents of different works, each with its exact Jaccard index; sorted.

    Passages not compared (:func:`compared`: formulas, paragraphs shorter than :data:`MIN_CHARS` normalised
    characters) have no signature and are left out.
    """
    import numpy as np

    keep = [i for i, p in enumerate(items) if p.signature is not None]
    if not keep:
        return []
    sigs = np.frombuffer(b"".join(items[i].signature for i in keep), dtype="<u8").reshape(len(keep), NUM_PERM)
    # versions of one work are a diff (policykg diff), not a diffusion
    works = {}
    work = [works.setdefault(items[i].record.id, title_key(items[i].record.title)) for i in keep]
    sets = {}

    def shingled(i):
        if i not in sets:
            sets[i] = shingles(items[i].text)
        return sets[i]

    pairs = [(jaccard(shingled(keep[x]), shingled(keep[y])), keep[x], keep[y])
             for x, y in _banded(sigs, *bands(candidate)) if work[x] != work[y]]
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def matches(items, threshold=THRESHOLD):
    """Every :class:`Match` at or above ``threshold`` from a passage to one of a document with an earlier
    version date (undated documents have none); by later document, place, then score (highest first)."""
    if not 0 < threshold <= 1:
        raise PolicyKGError(f"similarity threshold {threshold!r} is not in (0, 1]")
    out = []
    for score, i, j in candidate_pairs(items, min(threshold, CANDIDATE)):
        if score < threshold:
            continue
        a, b = items[i], items[j]
        da, db = a.record.version_date, b.record.version_date
        if da and db and da != db:
            later, earlier = (a, b) if da > db else (b, a)
            out.append(Match(later, earlier, score))
    return sorted(out, key=lambda m: (m.passage.record.id, m.passage.start, -m.score, m.source.record.id,
                                      m.source.start))


def nearest(found, top=3):
    """``{passage: [its best ``top`` matches]}`` of the matches ``found``, passages in the order found."""
    best = defaultdict(list)
    for m in found:  # already by passage, then score
        if len(best[m.passage]) < top:
            best[m.passage].append(m)
    return dict(best)


def first_adopted(records):
    """``{id: date}``: when each document's work was first adopted: the earliest of its history's 通过 date and
    the version dates of the work's documents among ``records``.

    >>> law = DocumentRecord(id="a", title="产品质量法", dates={"adopted": "1993-02-22", "amended": ["2018-12-29"]})
    >>> v1, v2 = (DocumentRecord(id=i, title="甲条例", dates={"adopted": d})
    ...           for i, d in (("b", "2019-01-01"), ("c", "2023-06-01")))
    >>> first_adopted([law, v1, v2])
    {'a': '1993-02-22', 'b': '2019-01-01', 'c': '2019-01-01'}
    """
    work = {}
    for r in records:
        for d in (r.dates.get("adopted"), r.version_date):
            if d:
                k = title_key(r.title)
                work[k] = min(work.get(k, d), d)
    return {r.id: work.get(title_key(r.title)) for r in records}


def order(later, earlier):
    """``later`` when the work of the ``later`` :class:`Passage` was first adopted after the ``earlier`` one's
    version date, so its text cannot be the older; ``unsure`` when the work existed before, so the text may
    predate the other's (产品质量法 of 2018, first adopted 1993, and a local 产品质量条例 of 2012)."""
    return "later" if (later.first or "") > (earlier.record.version_date or "") else "unsure"


def shared_paragraphs(found, items):
    """``{(later id, earlier id): (later record, earlier record, shared, paragraphs, mean score, order)}``: for
    each document and each earlier one it has matches in, how many of its paragraphs (of ``paragraphs``
    compared) match one of the earlier document's, their mean best score, and whether the later text is surely
    the later (:func:`order`)."""
    size = defaultdict(int)
    for p in items:
        size[p.record.id] += 1
    best = {}  # (later id, earlier id, passage start) -> best score
    records, orders = {}, {}
    for m in found:
        orders[m.passage.record.id, m.source.record.id] = order(m.passage, m.source)
        key = (m.passage.record.id, m.source.record.id, m.passage.start)
        best[key] = max(best.get(key, 0.0), m.score)
        records[m.passage.record.id], records[m.source.record.id] = m.passage.record, m.source.record
    shared = defaultdict(list)
    for (later, earlier, _), score in best.items():
        shared[later, earlier].append(score)
    return {(later, earlier): (records[later], records[earlier], len(scores), size[later], sum(scores) / len(scores),
                               orders[later, earlier]) for (later, earlier), scores in shared.items()}


def document_pairs(found, items):
    """Rows ``(later, later date, first adopted, earlier, earlier date, shared, paragraphs, share, mean score,
    order)`` of :func:`shared_paragraphs`; most shared first."""
    first = {p.record.id: p.first for p in items}
    rows = [(a.label, a.version_date, first[a.id], b.label, b.version_date, n, size, n / size, score, o)
            for a, b, n, size, score, o in shared_paragraphs(found, items).values()]
    return sorted(rows, key=lambda r: (-r[5], -r[7], r[0], r[3]))


def find_document(items, name):
    """The record of the one document whose id, label or title is ``name`` (or, failing that, whose title
    contains it); a :class:`PolicyKGError` naming the candidates when none or several are."""
    records = {p.record.id: p.record for p in items}
    for exact in (lambda r: name in (r.id, r.label, r.title, r.short_title), lambda r: name in r.title):
        hits = sorted((r for r in records.values() if exact(r)), key=lambda r: r.label)
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise PolicyKGError(f"document {name!r} is ambiguous: " + ", ".join(r.label for r in hits[:8])
                                + (" …" if len(hits) > 8 else ""))
    raise PolicyKGError(f"no document {name!r} among the {len(records)} read")


def tables(found, items):
    """The two tables of the matches ``found`` among ``items``: ``shared-provisions`` (document pairs, see
    :func:`document_pairs`) and ``similar-provisions`` (every match, with its place and text)."""
    from ..analysis.tables import Table

    pairs = Table("shared-provisions", "Documents sharing provisions with an earlier one",
                  ("document", "date", "first adopted", "earlier document", "earlier date", "shared paragraphs",
                   "paragraphs", "share", "mean score", "order"), document_pairs(found, items),
                  "Paragraphs of a document whose text matches one of an earlier document of another work "
                  "(3-gram Jaccard at the threshold, formulas left out); share of the document's paragraphs; "
                  "order: unsure when the document's work was first adopted before the earlier document.")

    def side(p):
        return (p.record.label, p.record.id, p.article, p.paragraph, p.start, p.end)

    rows = [(*side(m.passage), *side(m.source), m.score, order(m.passage, m.source), m.passage.text,
             m.source.text) for m in found]
    matches_ = Table("similar-provisions", "Paragraphs matching a paragraph of an earlier document",
                     ("document", "id", "article", "paragraph", "start", "end", "earlier document", "earlier id",
                      "earlier article", "earlier paragraph", "earlier start", "earlier end", "score", "order", "text",
                      "earlier text"), rows)
    return [pairs, matches_]


def _short(text, n=60):
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


def similar(paths=None, document=None, article=None, top=3, threshold=THRESHOLD, out=None, keep_going=False):
    """``(text, written)``: the nearest earlier matches of each paragraph of ``document`` (of its ``article``
    only, if given) among the regulations at ``paths``, and the later documents matching them, or without ``document`` the document pairs by shared
    paragraphs, as text; with ``out``, ``tables/shared-provisions.csv`` and ``tables/similar-provisions.csv``
    written there (of every document, whatever ``document`` says)."""
    from ..analysis.tables import to_csv, to_markdown
    from ..build import read_all

    if top < 1:
        raise PolicyKGError(f"--top {top} is not a positive number")
    if article is not None and document is None:
        raise PolicyKGError(f"--article {article} needs --document (the document it is an article of)")
    docs, _ = read_all(paths, keep_going=keep_going)
    items = passages(docs)
    target = find_document(items, document) if document is not None else None
    found = matches(items, threshold)
    written, made = [], tables(found, items)
    if out is not None:
        from ..outputs import write_atomically

        written = write_atomically(out, {f"tables/{t.name}.csv": to_csv(t) for t in made})
    if target is None:
        pairs = made[0]
        return (f"{len(found)} paragraph matches at {threshold} between {len(pairs.rows)} document pairs "
                f"({len(items)} paragraphs of {len(docs)} documents)\n\n" + to_markdown(pairs, 30) + "\n"), written
    own = [p for p in items if p.record.id == target.id]
    if article is not None:
        own = [p for p in own if p.article == str(article)]
        if not own:
            raise PolicyKGError(f"{target.label} has no article {article}")
    best = nearest(found, top)
    lines = [f"{target.label}: {sum(p in best for p in own)} of {len(own)} paragraphs match an earlier "
             f"document's at {threshold}"]
    for p in own:
        if p in best:
            lines.append(f"\n{p.where}  {_short(p.text)}")
            lines += [f"  {m.score:.3f}  {m.source.record.label} {m.source.where}"
                      f"{'' if order(p, m.source) == 'later' else ' (order unsure)'}  "
                      f"{_short(m.source.text)}" for m in best[p]]
    later = defaultdict(set)  # the other way: later documents with paragraphs matching this one's
    for m in found:
        if m.source.record.id == target.id and m.source in own:
            later[m.passage.record.label].add(m.passage.start)
    if later:
        lines.append("\nlater documents with paragraphs matching its paragraphs: " + ", ".join(
            f"{label} ({len(n)})" for label, n in sorted(later.items(), key=lambda x: (-len(x[1]), x[0]))))
    return "\n".join(lines) + "\n", written
