"""Turn each source format into one stream of logical lines.

Every format ends up as a list of ``(kind, text)`` pairs that
:mod:`policykg.readers.structure` assembles into a Document:

* ``title``: the document title
* ``history``: the adoption and amendment history, e.g. （2025年6月30日…通过）
* ``body``: any other line of the text (headings, articles, paragraphs, items)

Format A (reference Markdown) and Format B (LawRefBook Markdown) differ only in
their decoration; the body lines are recognised by drafting conventions
(第X章, 第X条, （一）) in one place.
"""

import re

import yaml

from ..errors import InputError

__all__ = ["reference_md", "lawrefbook_md", "plain_lines", "docx_lines"]

_DATE = re.compile(r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日")


def _front_matter(path, text):
    m = re.match(r"---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", text, re.S)
    if not m:
        raise InputError(path, "broken front matter: no closing '---' line")
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise InputError(path, f"broken front matter: invalid YAML{where}") from None
    if not isinstance(meta, dict):
        raise InputError(path, "broken front matter: not a mapping of fields")
    return meta, text[m.end():]


def reference_md(path, text):
    """Format A: YAML front matter, ``**title**``, ``> （history）``, list-item articles."""
    meta, body = _front_matter(path, text)
    out, in_toc = [], False
    for raw in body.split("\n"):
        s = raw.strip()
        if not s:
            continue
        if s == "---":
            in_toc = False
            continue
        if re.fullmatch(r"#+\s*目\s*录", s):
            in_toc = True
            continue
        if in_toc:
            continue
        if s.startswith(">"):
            out.append(("history", s.lstrip("> ").strip()))
            continue
        m = re.fullmatch(r"\*\*(.+?)\*\*", s)
        if m and not any(k == "title" for k, _ in out):
            out.append(("title", m.group(1).strip()))
            continue
        s = re.sub(r"^#+\s*", "", s)
        s = re.sub(r"^[-*]\s+", "", s)
        s = re.sub(r"^\*\*(第[^*]{1,12}条(?:之[^*]{1,4})?)\*\*", r"\1", s)
        out.append(("body", s))
    return meta, out


def lawrefbook_md(path, text):
    """Format B: ``# title``, dated header lines up to ``<!-- INFO END -->``."""
    head, sep, body = text.partition("<!-- INFO END -->")
    if not sep:
        head, body = "", text
    out = []
    for raw in head.split("\n"):
        s = raw.strip()
        if s.startswith("# "):
            out.append(("title", s[2:].strip()))
        elif s:
            out.append(("header", s))
    out.extend(plain_lines(body))
    return {}, out


def plain_lines(text):
    """Plain text (and the body of Format B): one logical line per non-empty line."""
    out = []
    for raw in text.split("\n"):
        s = raw.strip().strip("\u3000").strip()
        if not s:
            continue
        if s.startswith("# "):
            out.append(("title", s[2:].strip()))
            continue
        s = re.sub(r"^#+\s*", "", s)
        out.append(("body", s))
    return out


def docx_lines(path, data_path):
    """A ``.docx`` as published by the national database: one paragraph a line."""
    import docx  # python-docx; imported here because only .docx input needs it

    from .limits import check_docx

    check_docx(data_path)  # sizes, element counts and DTDs, before python-docx loads it whole
    try:
        d = docx.Document(str(data_path))
        return "\n".join(p.text for p in d.paragraphs)
    except Exception as e:  # python-docx and lxml raise many types for a malformed package; none is a bug of ours
        raise InputError(path, f"not a readable .docx file ({type(e).__name__})") from None


def is_history(s):
    """A line that records adoption/amendment events: dates and 通过/批准/修正…"""
    return bool(_DATE.search(s)) and bool(re.search(r"通过|批准|修正|修订|公布|施行|发布", s))
