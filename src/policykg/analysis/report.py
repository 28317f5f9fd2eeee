"""The Markdown report (``report.md``): what the documents oblige whom to do, at a glance."""

from collections import Counter

from .load import MODALITIES, provisions
from .tables import to_markdown

__all__ = ["report", "LIMITS"]

# Rows shown per table in the report (None: all); the CSV files always have every row.
LIMITS = {"duty-load": 15, "centrality": 15, "communities": 10, "encouraged-only": 15,
          "unpartnered-obligations": 10, "programmes": 15, "instruments": 10}


def report(G, tables, documents, outputs=()):
    """Markdown text: documents, totals, then every table (long ones cut to :data:`LIMITS`; the documents
    table, listed at the top, only in its CSV file)."""
    provs = provisions(G)
    modalities = Counter(p["modality"] for p in provs)
    per_doc = Counter(p["doc"] for p in provs)
    kinds = Counter(d["kind"] for _, d in G.nodes(data=True))
    out = ["# policykg analysis report", ""]
    out += [f"- {d.label}: {per_doc[d.id]} provisions"
            + (f" (version {d.version} of {d.versions}{', current' if d.current else ''})" if d.versions > 1 else "")
            for d in documents]
    out += ["", f"{len(provs)} provisions, {kinds['actor']} actors, {kinds['programme']} programmes, "
                f"{kinds['domain']} domains.", ""]
    out += ["| " + " | ".join(MODALITIES) + " |", "|" + "---|" * len(MODALITIES),
            "| " + " | ".join(str(modalities[m]) for m in MODALITIES) + " |", ""]
    for t in tables:
        if t.name == "documents":
            continue
        out += [f"## {t.title}", ""]
        if t.note:
            out += [t.note, ""]
        out += [to_markdown(t, LIMITS.get(t.name)) if t.rows else "(none)", ""]
    if outputs:
        out += ["## Files", ""] + [f"- `{p}`" for p in outputs] + [""]
    return "\n".join(out)
