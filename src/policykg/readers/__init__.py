"""Read regulations in any supported format into one :class:`~policykg.model.Document`.

>>> from policykg.readers import read, default_path
>>> doc = read(default_path())
>>> doc.title, len(doc.articles), doc.article(7).label
('常州市促进智能制造发展条例', 47, '第七条')
"""

import re
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..model import Document
from . import lines as L
from .decode import decode
from .limits import check_units
from .meta import EVENT_FIELD, classify, effective_from_text, iso, issuer_from_events, parse_history
from .structure import ARTICLE, POINT, assemble

__all__ = ["read", "read_text", "iter_inputs", "default_path", "SUFFIXES"]

SUFFIXES = {".md", ".markdown", ".txt", ".docx"}
UNSUPPORTED = {".doc": "legacy Word .doc is not supported; save it as .docx",
               ".pdf": "PDF is not supported; export the text as .txt or .docx",
               ".wps": "WPS files are not supported; save as .docx"}


def default_path():
    """The bundled default regulation, 常州市促进智能制造发展条例."""
    return Path(str(resources.files("policykg").joinpath("data", "常州市促进智能制造发展条例_2025-08-06.md")))


def iter_inputs(paths):
    """Expand files and folders into the regulation files to read, sorted.

    Folders are searched recursively for .md/.txt/.docx; README files and policykg's own
    reports (:data:`OWN_OUTPUTS`) are skipped.
    Raises :class:`InputError` for a missing path or a folder with no readable files.
    """
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and
                           (f.suffix.lower() in SUFFIXES or f.suffix.lower() in UNSUPPORTED)
                           and not f.name.lower().startswith("readme") and not f.name.startswith("~$")
                           and not _ours(f))
            if not found:
                raise InputError(p, "folder has no readable files (.md, .txt or .docx)")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError(p, "no such file or folder")
    return out


# What `analyze` and `compare` write (report.md, compare.md) begins with one of these lines; their
# tables and graph files have suffixes no regulation has.  Left in an input folder, they are not regulations.
OWN_OUTPUTS = (b"# policykg analysis report\n", b"# policykg comparison\n")


def _ours(f):
    if f.suffix.lower() != ".md":
        return False
    try:
        with open(f, "rb") as fh:
            return fh.read(64).startswith(OWN_OUTPUTS)
    except OSError:
        return False  # the reader gives the one-line error


def read(path):
    """Read one file (format auto-detected) into a Document."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise InputError(path, UNSUPPORTED[suffix])
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None
    if suffix == ".docx" or data[:4] == b"PK\x03\x04":
        if not data:
            raise InputError(path, "empty file")
        return read_text(L.docx_lines(path, path), path=path, fmt="docx")
    text, encoding = decode(path, data)
    return read_text(text, path=path, encoding=encoding)


def _urls(path, value):
    """Front-matter ``urls``: a list (or a single string) of http(s) addresses."""
    urls = [value] if isinstance(value, str) else list(value or [])
    for u in urls:
        if not isinstance(u, str) or not re.match(r"https?://\S+$", u):
            raise InputError(path, f"broken front matter: urls holds {u!r}, not an http(s) address")
    return urls


def _file_date(stem):
    """The date a file's name gives (``上海市数据条例_2021-11-25``, ``…_20170901_<id>``), or None."""
    m = re.fullmatch(r".+_(\d{4})-?(\d{2})-?(\d{2})(_[0-9a-f]{32})?", stem)
    return iso(*m.groups()[:3]) if m else None


_BRACKETS = str.maketrans({"(": "（", ")": "）"})


def _detect(text):
    if text.startswith("---"):
        return "reference-md"
    if "<!-- INFO END -->" in text or re.match(r"#\s", text):
        return "lawrefbook-md"
    return "text"


def read_text(text, path="<text>", fmt=None, encoding="utf-8"):
    """Read a regulation from a string; ``fmt`` is detected when not given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fmt = fmt or _detect(text)
    front = {}
    if fmt == "reference-md":
        front, lines = L.reference_md(path, text)
    elif fmt == "lawrefbook-md":
        front, lines = L.lawrefbook_md(path, text)
    else:
        lines = L.plain_lines(text)
    # Chinese drafting uses full-width brackets; some sources type ASCII ones.
    lines = [(k, s.translate(_BRACKETS)) for k, s in lines]
    titles = [s for k, s in lines if k == "title"]
    history = [s for k, s in lines if k == "history"]
    header = [s for k, s in lines if k == "header"]
    body = [s for k, s in lines if k == "body"]
    if not titles and body and not ARTICLE.match(body[0]) and len(body[0]) <= 60:
        titles, body = [body[0]], body[1:]  # plain text: the first line is the title
    points = not any(ARTICLE.match(s) for s in body)
    norm, units, preamble = assemble(body, points=points and any(POINT.match(s) for s in body))
    doc_title = str(front.get("title") or (titles[0] if titles else Path(str(path)).stem.split("_")[0]))
    stem = Path(str(path)).stem
    flk = re.fullmatch(r".+_(\d{8})_([0-9a-f]{32})", stem)  # national database file names
    doc_id = str(front.get("id") or (flk.group(2) if flk else stem))
    # The official parenthesised history wins over a scraped header (a known
    # LawRefBook defect puts another law's header above the marker).
    pre_hist = " ".join(s for s in preamble if L.is_history(s) or s.startswith("（"))
    if not history and L.is_history(pre_hist):
        history = [pre_hist]
    if not history:
        history = [s for s in header if L.is_history(s)]
    events = parse_history(" ".join(history))
    issuer = front.get("author") or issuer_from_events(events)
    level, jurisdiction = classify(doc_title, issuer)
    if issuer is None and level in ("local-regulation", "sez-regulation", "autonomous-regulation") and jurisdiction:
        city = jurisdiction
        for prov in ("省", "自治区"):
            if prov in city and not city.endswith(prov):
                city = city.split(prov, 1)[1]
        issuer = f"{city}人民代表大会常务委员会"
    dates = {}
    for date, verb, _ in events:
        field = EVENT_FIELD[verb]
        if field in ("adopted", "approved", "promulgated") and field in dates:
            field = "amended"  # a later 通过, 批准 or 公布 is an amending decision's (LawRefBook headers say so)
        if field == "amended":
            dates.setdefault("amended", []).append(date)
        else:
            dates.setdefault(field, date)
    if flk and "promulgated" not in dates:
        d = flk.group(1)
        dates["promulgated"] = f"{d[:4]}-{d[4:6]}-{d[6:]}"
    for key, fm in (("promulgated", "publication_date"), ("effective", "effective_date")):
        if front.get(fm):
            dates[key] = str(front[fm])
    if "effective" not in dates:
        eff = effective_from_text(norm)
        if eff:
            dates["effective"] = eff
    meta = {
        "issuer": issuer,
        "dates": dates,
        "status": front.get("status"),
        "level": level,
        "jurisdiction": jurisdiction,
        "history": " ".join(history) or None,
        "urls": _urls(path, front.get("urls")),
        "file_date": _file_date(stem),
    }
    doc = Document(id=doc_id, title=doc_title, text=norm, path=str(path), format=fmt,
                   encoding=encoding, meta=meta, units=units)
    if not doc.articles:
        raise InputError(path, "no articles found (expected lines such as 第一条 …)")
    check_units(path, doc.walk())
    seen = set()
    for a in doc.articles:
        if a.key in seen:  # one IRI per article: a second 第一条 would merge two texts
            raise InputError(path, f"{a.label} appears twice (line {doc.text.count(chr(10), 0, a.start) + 1} "
                                   "of the normalised text)")
        seen.add(a.key)
    return doc
