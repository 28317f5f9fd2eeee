"""Provision extraction: each component adds one layer to the Document.

>>> from policykg.readers import read, default_path
>>> doc = read(default_path())
>>> provisions = extract(doc)
>>> p = next(p for p in provisions if p.article.number == 7)
>>> (p.actor, p.modality, p.action, p.partners, p.approver)
('市工业和信息化主管部门', 'obligation', '组织编制智能制造发展规划', ['有关部门'], None)
"""

from .aliases import find_aliases
from .entities import build_actors
from .programmes import find_programmes
from .domains import assign_domains
from .provisions import Context, extract_paragraph

__all__ = ["extract"]


def extract(doc):
    """Fill ``doc.layers`` with provisions, actors and programmes; return the provisions."""
    if "provisions" in doc.layers and doc.layers.get("_extracted"):
        return doc.layers["provisions"]
    ctx = Context(doc=doc, aliases=find_aliases(doc))
    provisions = []
    for article in doc.articles:
        ctx.last_orgs = []
        for para in article.children:
            provisions += extract_paragraph(doc, para, ctx)
    doc.layers["provisions"] = provisions
    doc.layers["programmes"] = find_programmes(doc, provisions)
    assign_domains(provisions, doc)
    doc.layers["actors"] = build_actors(provisions, ctx.aliases, doc.layers["programmes"].values())
    doc.layers["_extracted"] = True
    return provisions
