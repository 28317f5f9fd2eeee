"""The Markdown report (``report.md``): what the documents oblige whom to do, at a glance."""

from collections import Counter

from .load import MODALITIES, provisions
from .tables import to_markdown

__all__ = ["report", "LIMITS"]

# Rows shown per table in the report (None: all); the CSV files always have every row.
LIMITS = {"duty-load": 15, "centrality": 15, "communities": 10, "encouraged-only": 15,
          "unpartnered-obligations": 10, "programmes": 15, "instruments": 10}


_LEVEL = {"organisation": "organisations: a body of one jurisdiction (市人民政府 of a Changzhou regulation is "
                           "常州市人民政府; 工业和信息化部门 and 市工业和信息化主管部门 are one 常州市工业和信息化部门); "
                           "private and social actors (企业, 高等学校) are categories, one row whatever the document",
          "role": "roles: a function whatever the jurisdiction or tier (工业和信息化 gathers every city's bureau)",
          "mention": "mentions: each name as the provisions write it"}


def report(G, tables, documents, outputs=(), actor_level="organisation"):
    """Markdown text: documents, totals, what is counted, then every table (long ones cut to :data:`LIMITS`; the
    documents table, listed at the top, only in its CSV file)."""
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
    out += ["What is counted: one provision is one actor bound one way (modality) to one verb phrase, read from "
            "one sentence; a sentence binding two actors, or one actor to two verb phrases, counts as two. "
            f"Actors are {_LEVEL[actor_level]} (`--actor-level` chooses). 未指明: the provision names no actor.", ""]
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
