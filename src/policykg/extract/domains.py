"""Policy domains (SKOS concepts in ontology/domain-scheme.ttl) by keyword evidence."""

from functools import lru_cache

from .. import lexicon

__all__ = ["assign_domains", "domains_of"]


@lru_cache(maxsize=None)
def _keywords():
    return {k: v["keywords"] for k, v in lexicon.load("domains").items()}


def domains_of(text):
    """``{domain: [matched keywords]}`` for ``text``.

    >>> domains_of("加强智能制造人才队伍建设")
    {'talent': ['人才'], 'manufacturing': ['智能制造']}
    """
    out = {}
    for dom, words in _keywords().items():
        hits = [w for w in words if w in text]
        if hits:
            out[dom] = hits
    return out


def assign_domains(provisions, doc):
    for p in provisions:
        p.domains = domains_of(p.action) or domains_of(doc.text[p.sentence_start:p.sentence_end])
