"""Provision extraction (work in progress: the parser lands in the extraction issue)."""

__all__ = ["extract"]


def extract(doc):
    doc.layers.setdefault("provisions", [])
    doc.layers.setdefault("actors", {})
    doc.layers.setdefault("programmes", {})
    return doc.layers["provisions"]
