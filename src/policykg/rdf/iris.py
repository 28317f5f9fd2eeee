"""Stable ASCII IRIs under one configurable base.

>>> m = Minter("https://example.org/kg/")
>>> m.doc("ff80818198a7ecd40198f39a6b8d0d95")
rdflib.term.URIRef('https://example.org/kg/doc/ff80818198a7ecd40198f39a6b8d0d95')
>>> m.actor("市人民政府")
rdflib.term.URIRef('https://example.org/kg/actor/shirenminzhengfu-095f4d')
"""

import hashlib
import re
from functools import lru_cache

from rdflib import URIRef

__all__ = ["Minter", "slug", "DEFAULT_BASE"]

DEFAULT_BASE = "https://w3id.org/policykg/id/"


@lru_cache(maxsize=65536)
def slug(name):
    """ASCII slug of a (Chinese) name: pinyin letters plus a short hash, so that
    homophones never share an IRI.  ASCII names that are already safe stay as they are."""
    if re.fullmatch(r"[A-Za-z0-9._-]+", name):
        return name
    from pypinyin import lazy_pinyin  # loaded on first non-ASCII name only

    letters = "".join(lazy_pinyin(name))  # non-Chinese characters pass through
    letters = re.sub(r"[^A-Za-z0-9]+", "-", letters).strip("-").lower()[:60]
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return f"{letters}-{digest}" if letters else digest


class Minter:
    """Mints every IRI policykg writes; ``base`` must end with / or #.

    ``term``: what an IRI is made into, rdflib's URIRef or ``str`` (the fast graph path, see
    :mod:`policykg.rdf.triples`).
    """

    def __init__(self, base=DEFAULT_BASE, term=URIRef):
        if not re.match(r"https?://\S+[/#]$", base):
            raise ValueError(f"IRI base must be an http(s) IRI ending with / or #: {base!r}")
        self.base = base
        self.term = term

    def doc(self, doc_id):
        return self.term(f"{self.base}doc/{slug(doc_id)}")

    def unit(self, doc_id, unit):
        """IRI of any structural unit: …/art/10-1/para/2/item/3."""
        parts = []
        u = unit
        while u is not None:
            step = {"part": "part", "chapter": "chap", "section": "sec", "article": "art",
                    "paragraph": "para", "item": "item", "subitem": "sub"}[u.kind]
            parts.append(f"{step}/{u.key}")
            if u.kind == "article":
                break  # articles are numbered document-wide: their IRI skips the chapters
            u = u.parent
        return self.term(f"{self.doc(doc_id)}/" + "/".join(reversed(parts)))

    def provision(self, doc_id, paragraph, k):
        return self.term(f"{self.unit(doc_id, paragraph)}/prov/{k}")

    def actor(self, name):
        return self.term(f"{self.base}actor/{slug(name)}")

    def programme(self, name):
        return self.term(f"{self.base}programme/{slug(name)}")

    def work(self, key):
        """IRI of a work: a law over all its versions (``key``: see :func:`policykg.identity.documents.title_key`)."""
        return self.term(f"{self.base}work/{slug(key)}")
