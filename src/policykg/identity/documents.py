"""Documents, works and versions: which files hold one document, and which documents are versions of one law.

A *document* is one dated text of a law or regulation.  Two files are one
document when they give the same title and the same version date, whatever
their format, file name or id (the reference Markdown of 中小企业促进法 and its
LawRefBook copy); a build keeps one and reports the other as a duplicate
(:func:`deduplicate`).  Two files with one id are one document too.

A *work* is a law over all its versions: the documents of one title
(中华人民共和国 left out, so 中小企业促进法 and 中华人民共和国中小企业促进法 are
one work).  :func:`link_versions` numbers them in the order of their version
dates and marks the *current* one: the latest whose status, where the source
gives one, does not say it is out of force (已修改, 已废止, 已失效) or not yet in
force (尚未生效).  Whether a version is current depends only on the documents
read together, never on today's date, so outputs stay the same from day to day.

The *version date* of a document (:func:`version_date`) is the date its text
took this form: the latest date of adoption (通过), approval (批准), amendment
(修正, 修订) or promulgation (公布) that its history, header or front matter
gives; failing those, the date in its file name (``上海市科学技术进步条例_2010-09-17.md``);
failing that, the date it takes effect (本条例自2002年7月1日起施行).

>>> old = DocumentRecord(id="a", title="中华人民共和国科学技术进步法", status="已修改",
...                      dates={"adopted": "1993-07-02", "amended": ["2007-12-29"]})
>>> new = DocumentRecord(id="b", title="中华人民共和国科学技术进步法",
...                      dates={"adopted": "1993-07-02", "amended": ["2007-12-29", "2021-12-24"]})
>>> [(r.label, r.version, r.versions, r.current) for r in link_versions([new, old])]
[('科学技术进步法（2021-12-24）', 2, 2, True), ('科学技术进步法（2007-12-29）', 1, 2, False)]
"""

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["DocumentRecord", "version_date", "short_title", "title_key", "deduplicate", "link_versions",
           "FORMAT_RANK", "NOT_IN_FORCE", "HISTORY_DATES"]

# Which copy of a document is kept: the official text first.  Reference Markdown is converted from the
# national database's .docx and keeps its front matter (status, addresses); LawRefBook copies come after.
FORMAT_RANK = {"reference-md": 0, "docx": 1, "lawrefbook-md": 2, "text": 3}
NOT_IN_FORCE = frozenset({"已修改", "已废止", "已失效", "尚未生效"})  # statuses a current version cannot have
HISTORY_DATES = ("adopted", "approved", "amended", "promulgated")  # the dates a text takes its form on


def version_date(dates, file_date=None):
    """``(date, basis)``: the document's version date and where it comes from (``history``,
    ``file name`` or ``effective``); ``(None, None)`` when the file gives no date at all.

    >>> version_date({"adopted": "2025-06-30", "approved": "2025-07-31", "promulgated": "2025-08-06",
    ...               "effective": "2025-10-01"})
    ('2025-08-06', 'history')
    >>> version_date({"effective": "2002-07-01"}), version_date({"effective": "2010-11-01"}, "2010-09-17")
    (('2002-07-01', 'effective'), ('2010-09-17', 'file name'))
    """
    found = [d for k in HISTORY_DATES for d in (dates.get(k) or [] if k == "amended" else [dates.get(k)]) if d]
    if found:
        return max(found), "history"
    if file_date:
        return file_date, "file name"
    if dates.get("effective"):
        return dates["effective"], "effective"
    return None, None


def short_title(title):
    """The title as it is cited: 中华人民共和国 left out (a local title keeps its place).

    >>> short_title("中华人民共和国中小企业促进法"), short_title("山东省实施《中华人民共和国产品质量法》办法")
    ('中小企业促进法', '山东省实施《产品质量法》办法')
    >>> short_title("全国人民代表大会常务委员会关于修改《中华人民共和国网络安全法》的决定")
    '全国人大常委会关于修改《网络安全法》的决定'
    >>> short_title("上海市数据条例")
    '上海市数据条例'
    """
    t = re.sub(r"^中华人民共和国(?=.)", "", title.strip())
    t = t.replace("《中华人民共和国", "《")
    return re.sub(r"^全国人民代表大会常务委员会(?=关于)", "全国人大常委会", t)


def title_key(title):
    """What two titles of one work share: the short title, NFKC-folded, without spaces.

    >>> title_key("中华人民共和国中小企业促进法") == title_key("中小企业 促进法")
    True
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", short_title(title)))


@dataclass
class DocumentRecord:
    """What identifies a document and places it among the versions of its work (one row of ``documents.csv``)."""

    id: str
    title: str
    iri: str = ""  # the document's IRI in the graph, where one was minted
    path: str = ""
    format: str = ""
    level: str | None = None
    jurisdiction: str | None = None
    issuer: str | None = None
    status: str | None = None
    dates: dict = field(default_factory=dict)  # adopted, approved, amended (a list), promulgated, effective
    version_date: str | None = None
    version_basis: str | None = None  # history, file name or effective (see version_date)
    # Set by link_versions, from the documents read together:
    version: int = 0  # 1 for the earliest version of its work
    versions: int = 0  # versions of the work among the documents read
    current: bool = False
    previous: str | None = None  # id of the version before
    next: str | None = None

    def __post_init__(self):
        if self.version_date is None:
            self.version_date, self.version_basis = version_date(self.dates)

    @classmethod
    def of(cls, doc):
        """The record of a :class:`~policykg.model.Document` as a reader made it."""
        m = doc.meta
        date, basis = version_date(m.get("dates", {}), m.get("file_date"))
        return cls(id=doc.id, title=doc.title, path=doc.path, format=doc.format, level=m.get("level"),
                   jurisdiction=m.get("jurisdiction"), issuer=m.get("issuer"), status=m.get("status"),
                   dates=dict(m.get("dates", {})), version_date=date, version_basis=basis)

    @property
    def short_title(self):
        return short_title(self.title)

    @property
    def label(self):
        """How tables and pages name the document: short title and version date."""
        return f"{self.short_title}（{self.version_date}）" if self.version_date else self.short_title

    @property
    def key(self):
        """``(title key, version date)``: equal for two copies of one document."""
        return title_key(self.title), self.version_date

    @property
    def year(self):
        return int(self.version_date[:4]) if self.version_date else None


def deduplicate(records):
    """``(kept, duplicates)``: the indexes of the records kept, in input order, and ``(index, problem)`` of
    each second copy of a document (the same id, or the same title and version date as a record kept).

    Of several copies the one kept is the first by :data:`FORMAT_RANK`, then by input order (file order),
    so the choice never depends on the number of workers.

    >>> ref = DocumentRecord(id="2c90", title="中华人民共和国中小企业促进法", format="reference-md", path="a.md",
    ...                      dates={"promulgated": "2017-09-01"})
    >>> lrb = DocumentRecord(id="中华人民共和国中小企业促进法_2017-09-01", title="中华人民共和国中小企业促进法",
    ...                      format="lawrefbook-md", path="b/x.md", dates={"amended": ["2017-09-01"]})
    >>> deduplicate([lrb, ref])
    ([1], [(0, 'duplicate document 中华人民共和国中小企业促进法 of 2017-09-01 (same title and version date): a.md is kept')])
    """
    order = sorted(range(len(records)), key=lambda i: (FORMAT_RANK.get(records[i].format, len(FORMAT_RANK)), i))
    by_id, by_key, kept, duplicates = {}, {}, [], []
    for i in order:
        r = records[i]
        if r.id in by_id:
            duplicates.append((i, f"duplicate document id {r.id}: {records[by_id[r.id]].path} is kept"))
            continue
        if r.version_date and r.key in by_key:
            duplicates.append((i, f"duplicate document {r.title} of {r.version_date} (same title and version date): "
                                  f"{records[by_key[r.key]].path} is kept"))
            continue
        by_id[r.id] = i
        if r.version_date:
            by_key[r.key] = i
        kept.append(i)
    return sorted(kept), sorted(duplicates)


def link_versions(records):
    """Number the versions of each work among ``records`` and mark the current one; return ``records``.

    A work's versions are ordered by version date (undated ones first), then by id.
    """
    works = {}
    for r in records:
        works.setdefault(title_key(r.title), []).append(r)
    for versions in works.values():
        versions.sort(key=lambda r: (r.version_date or "", r.id))
        for n, r in enumerate(versions, 1):
            r.version, r.versions, r.current = n, len(versions), False
            r.previous = versions[n - 2].id if n > 1 else None
            r.next = versions[n].id if n < len(versions) else None
        in_force = [r for r in versions if r.status not in NOT_IN_FORCE]
        if in_force:
            in_force[-1].current = True
    return records
