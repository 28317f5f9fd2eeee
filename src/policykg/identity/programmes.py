"""Programmes belong to their document: the same name in two regulations is two programmes.

Only a national programme (named in a national law or administrative
regulation, or named 国家…) is one programme wherever it is named.

>>> from policykg.model import Document
>>> cz = Document(id="cz", title="", text="", meta={"level": "local-regulation", "jurisdiction": "江苏省常州市"})
>>> programme_key(cz, "专项资金"), programme_key(cz, "国家科技计划")
('cz|专项资金', '国家|国家科技计划')
"""

from .organisations import NATIONAL, Context

__all__ = ["programme_key"]


def programme_key(doc, name):
    """The identity key of programme ``name`` as named in ``doc`` (its IRI is minted from it)."""
    if name.startswith(("国家", "全国")) or Context.of(doc.meta).scope == NATIONAL:
        return f"{NATIONAL}|{name}"
    return f"{doc.id}|{name}"
