"""Extraction coverage per document: how much of a regulation the rules read.

For each document: articles, provisions, provisions per article, the share of
sentences with a modal marker that yield no provision, the share of
provisions whose actor is 未指明, how many of those had a fragment where the
actor would stand (在示范区, 为了推动…, 由X…, …未经…: read as no actor, the
fragment kept as the provision's actor text), and the modality mix.  Used to
check that rules written on one regulation hold on the rest of the corpus.
"""

import re
from collections import Counter

from .extract import extract
from .extract.actors import UNSPECIFIED
from . import lexicon
from .extract.modality import find_modal
from .extract.text import split_spans
from .identity.documents import DocumentRecord

__all__ = ["coverage", "format_coverage"]



def _soft():
    markers = lexicon.load("modality")["markers"]
    return re.compile("|".join(m for mod in ("encouragement", "support", "guidance") for m in markers[mod]))


def _modal_sentences(doc):
    """(start, end) of every sentence (or item) that holds a modal marker."""
    out, soft = [], _soft()
    for para in (u for u in doc.walk() if u.kind == "paragraph"):
        for a, b in split_spans(doc.text, "。！？\n", para.start, para.end):
            s = doc.text[a:b]
            if find_modal(s) or soft.search(s):
                out.append((a, b))
    return out


def coverage(doc):
    """A dict of coverage figures for one document (extracting it if needed)."""
    provs = extract(doc)
    arts = len(doc.articles)
    spans = [(p.start, p.end) for p in provs]
    modal = _modal_sentences(doc)
    empty = [(a, b) for a, b in modal if not any(a <= s < b or s <= a < e for s, e in spans)]
    unspecified = sum(1 for p in provs if p.actor == UNSPECIFIED)
    fragments = [p for p in provs if p.actor == UNSPECIFIED and p.actor_text]
    return {
        "doc": doc.id, "title": doc.title, "label": DocumentRecord.of(doc).label, "articles": arts, "provisions": len(provs),
        "per_article": round(len(provs) / arts, 2) if arts else 0.0,
        "modal_sentences": len(modal), "modal_without_provision": len(empty),
        "silent_share": round(len(empty) / len(modal), 3) if modal else 0.0,
        "unspecified_share": round(unspecified / len(provs), 3) if provs else 0.0,
        "fragment_subjects": len(fragments),
        "fragment_examples": sorted({p.actor_text for p in fragments})[:3],
        "modalities": dict(sorted(Counter(p.modality for p in provs).items())),
        "silent_examples": [doc.text[a:b] for a, b in empty[:3]],
    }


def format_coverage(rows):
    lines = ["| document | articles | provisions | per article | modal sentences with no provision | 未指明 share "
             "| fragment subjects read as 未指明 |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['label']} | {r['articles']} | {r['provisions']} | {r['per_article']} | "
                     f"{r['modal_without_provision']}/{r['modal_sentences']} ({r['silent_share']:.0%}) | "
                     f"{r['unspecified_share']:.0%} | {r['fragment_subjects']} |")
    if len(rows) > 1:
        total = sum(r["provisions"] for r in rows)
        frags = sum(r["fragment_subjects"] for r in rows)
        lines.append(f"| **all {len(rows)} documents** | {sum(r['articles'] for r in rows)} | {total} | | | "
                     f"| {frags} ({frags / total if total else 0:.2%}) |")
    return "\n".join(lines) + "\n"
