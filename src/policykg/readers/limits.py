"""How big a regulation may be: limits that keep hostile input from taking the machine.

Each limit is far above any real regulation (the corpus's longest paragraph
has 1,141 characters, its longest sentence 281, its largest ``.docx`` unpacks
to 270 KB) and each breach is an :class:`~policykg.errors.InputError` naming
the file and the problem.

>>> check_units("a.txt", [])  # nothing too long
>>> MAX_SENTENCE < MAX_PARAGRAPH
True
"""

import zipfile

from ..errors import InputError

__all__ = ["MAX_UNPACKED", "MAX_MEMBERS", "MAX_ELEMENTS", "MAX_XML_TEXT", "MAX_PARAGRAPH", "MAX_SENTENCE",
           "check_docx", "check_units", "too_long"]

MAX_UNPACKED = 100 * 2**20  # bytes of all the members of a .docx, unpacked
MAX_MEMBERS = 10_000  # files inside a .docx
MAX_ELEMENTS = 1_000_000  # elements of one XML part of a .docx
MAX_XML_TEXT = 10_000_000  # characters of text in one XML part
MAX_PARAGRAPH = 20_000  # characters of one paragraph (款)
MAX_SENTENCE = 2_000  # characters of one sentence: a provision's sentence is stored once, but is parsed as a whole


def too_long(what, n, limit):
    """The problem of a ``what`` of ``n`` characters (the limit being ``limit``)."""
    return f"{what} has {n:,} characters (the limit is {limit:,}); is the file missing its line breaks or its 。?"


def check_units(path, units):
    """Raise :class:`InputError` for a paragraph (or item) longer than :data:`MAX_PARAGRAPH`."""
    for u in units:
        if u.kind in ("paragraph", "item", "subitem") and u.end - u.start > MAX_PARAGRAPH:
            where = u.ancestor("article")
            raise InputError(path, too_long(f"a {u.kind} of {where.label if where else 'the text'}",
                                            u.end - u.start, MAX_PARAGRAPH))


def check_docx(path):
    """Refuse a .docx that unpacks too big, or whose XML is too large or declares entities (billion laughs).

    A file that is not a zip archive is left to python-docx, which says so.
    """
    from lxml import etree

    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with z:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InputError(path, f"not a regulation: the .docx holds {len(infos):,} files (the limit is {MAX_MEMBERS:,})")
        total = sum(i.file_size for i in infos)  # zipfile never unpacks more than a member's stated size
        if total > MAX_UNPACKED:
            raise InputError(path, f"the .docx unpacks to {total / 2**20:,.0f} MB (the limit is "
                                   f"{MAX_UNPACKED // 2**20} MB): a decompression bomb, or not a regulation")
        for info in infos:
            if not info.filename.lower().endswith((".xml", ".rels")):
                continue
            elements = text = 0
            try:
                with z.open(info) as fh:
                    for event, el in etree.iterparse(fh, events=("start", "end"), resolve_entities=False,
                                                     no_network=True, load_dtd=False, huge_tree=False):
                        if event == "start":
                            if not elements and el.getroottree().docinfo.doctype:
                                raise InputError(path, f"{info.filename} declares a DTD, which Word never writes "
                                                       "(entity expansion, e.g. billion laughs, is refused)")
                            elements += 1
                            if elements > MAX_ELEMENTS:
                                raise InputError(path, f"{info.filename} has over {MAX_ELEMENTS:,} XML elements "
                                                       "(a decompression bomb, or not a regulation)")
                            continue
                        text += len(el.text or "")
                        if text > MAX_XML_TEXT:
                            raise InputError(path, f"{info.filename} has over {MAX_XML_TEXT:,} characters of text")
                        el.clear()  # keep memory flat: only the open elements stay
                        while el.getprevious() is not None:
                            del el.getparent()[0]
            except etree.XMLSyntaxError as e:
                raise InputError(path, f"{info.filename} is not well-formed XML ({' '.join(str(e).split())})") from None
            except InputError:
                raise
            except Exception as e:  # zipfile's and zlib's many ways of saying a member cannot be unpacked
                raise InputError(path, f"{info.filename} cannot be unpacked ({type(e).__name__})") from None
