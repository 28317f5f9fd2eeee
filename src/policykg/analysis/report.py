"""The report (``report.md``, and ``report.html`` with its figures inline): what the documents oblige whom to do,
at a glance, each count with its unit.

The report is a list of blocks, written once as Markdown (figures linked from ``figures/``) and once as
HTML (figures inline): the same text either way.
"""

import html
import re
from collections import Counter

from .figures import figures
from .load import MODALITIES, PSEUDO_TYPES, provisions
from .tables import to_markdown

__all__ = ["report", "report_files", "LIMITS"]

# Rows shown per table in the report (None: all); the CSV files always have every row.
LIMITS = {"duty-load": 15, "pseudo-actors": 10, "centrality": 15, "communities": 10, "encouraged-only": 15,
          "unpartnered-obligations": 10, "programmes": 15, "document-modality": 30, "chapter-modality": 30,
          "instrument-shares": 30, "instruments": 10}

LONG_LIST = 30  # documents; a longer list goes at the end of the report

# The figure shown in each table's section.
_FIGURE_OF = {"duty-load": "duty-load", "document-modality": "document-modality",
              "chapter-modality": "chapter-modality", "instrument-shares": "instrument-shares"}

_LEVEL = {"organisation": "organisations: a body of one jurisdiction (市人民政府 of a Changzhou regulation is "
                           "常州市人民政府; 工业和信息化部门 and 市工业和信息化主管部门 are one 常州市工业和信息化部门); "
                           "private and social actors (企业, 高等学校) are categories, one row whatever the document",
          "role": "roles: a function whatever the jurisdiction or tier (工业和信息化 gathers every city's bureau)",
          "mention": "mentions: each name as the provisions write it"}


def _blocks(G, tables, documents, figs, outputs, actor_level):
    """The report as ``(kind, …)`` blocks: h1, h2, p, unit, list, table, figure."""
    provs = provisions(G)
    modalities = Counter(p["modality"] for p in provs)
    per_doc = Counter(p["doc"] for p in provs)
    kinds = Counter(d["kind"] for _, d in G.nodes(data=True))
    out = [("h1", "policykg analysis report")]
    pseudo = sum(d["kind"] == "actor" and d.get("actor_type") in PSEUDO_TYPES for _, d in G.nodes(data=True))
    out.append(("p", f"{len(documents)} document{'s' if len(documents) != 1 else ''}, {len(provs)} provisions, "
                     f"{kinds['actor'] - pseudo} actors (and {pseudo} pseudo-actors), {kinds['programme']} programmes, "
                     f"{kinds['domain']} domains."))
    out.append(("p", "What is counted: one provision is one actor bound one way (modality) to one verb phrase, "
                     "read from one sentence; a sentence binding two actors, or one actor to two verb phrases, counts "
                     f"as two. Actors are {_LEVEL[actor_level]} (`--actor-level` chooses). 未指明: the provision "
                     "names no actor; it and the places that bind themselves (本市, 国家) are pseudo-actors, in a "
                     "table of their own and in no ranking. Documents are named by short title and version date"
                     + (" and listed at the end." if len(documents) > LONG_LIST else ".")))
    out.append(("unit", "provisions of each modality, all documents together"))
    out.append(("rows", MODALITIES, [[str(modalities[m]) for m in MODALITIES]]))
    listing = [("h2", "Documents"),
               ("unit", "one line per document, by short title and version date (every field in "
                        "`tables/documents.csv`); provisions as above"),
               ("list", [f"{d.label}: {per_doc[d.id]} provisions"
                         + (f" (version {d.version} of {d.versions}{', current' if d.current else ''})"
                            if d.versions > 1 else "") for d in documents])]
    if len(documents) <= LONG_LIST:
        out += listing
    for t in tables:
        if t.name == "documents":
            continue
        out.append(("h2", t.title))
        if t.note:
            out.append(("p", t.note))
        if _FIGURE_OF.get(t.name) in figs:
            out.append(("figure", _FIGURE_OF[t.name]))
        if t.unit:
            out.append(("unit", t.unit))
        out.append(("table", t, LIMITS.get(t.name)) if t.rows else ("p", "(none)"))
    if len(documents) > LONG_LIST:  # a corpus's list goes last, after what it shows
        out += listing
    if outputs:
        out.append(("h2", "Files"))
        out.append(("list", [f"`{p}`" for p in outputs]))
    return out


def _markdown(blocks, figs):
    out = []
    for kind, *rest in blocks:
        if kind == "h1":
            out += [f"# {rest[0]}", ""]
        elif kind == "h2":
            out += [f"## {rest[0]}", ""]
        elif kind == "p":
            out += [rest[0], ""]
        elif kind == "unit":
            out += [f"*Unit: {rest[0]}.*", ""]
        elif kind == "list":
            out += [f"- {x}" for x in rest[0]] + [""]
        elif kind == "rows":
            cols, rows = rest
            out += ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
            out += ["| " + " | ".join(r) + " |" for r in rows] + [""]
        elif kind == "table":
            out += [to_markdown(rest[0], rest[1]), ""]
        elif kind == "figure":
            out += [f"![{figs[rest[0]][0]}](figures/{rest[0]}.svg)", ""]
    return "\n".join(out)


def _inline(text):
    """Escaped text with Markdown's `code` as <code>."""
    return re.sub(r"`([^`]*)`", r"<code>\1</code>", html.escape(text, quote=False))


def _html_table(cols, rows, more=""):
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>" + (
        f"<p class=more>{_inline(more)}</p>" if more else "")


_CSS = ("body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;"
        "max-width:1200px;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
        "table{border-collapse:collapse;font-size:13px;margin:.5em 0}th,td{border:1px solid #ccc;padding:2px 6px;"
        "text-align:left;vertical-align:top}th{background:#f2f2f2}td{max-width:40em}"
        ".unit{font-style:italic;color:#555}.more{color:#555;font-size:13px}figure{margin:1em 0}"
        "figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:13px}")


def _html(blocks, figs):
    from .tables import _cell

    out = ["<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
           "<title>policykg analysis report</title>", f"<style>{_CSS}</style></head><body>"]
    for kind, *rest in blocks:
        if kind == "h1":
            out.append(f"<h1>{html.escape(rest[0])}</h1>")
        elif kind == "h2":
            out.append(f"<h2>{html.escape(rest[0])}</h2>")
        elif kind == "p":
            out.append(f"<p>{_inline(rest[0])}</p>")
        elif kind == "unit":
            out.append(f"<p class=unit>Unit: {_inline(rest[0])}.</p>")
        elif kind == "list":
            out.append("<ul>" + "".join(f"<li>{_inline(x)}</li>" for x in rest[0]) + "</ul>")
        elif kind == "rows":
            out.append(_html_table(*rest))
        elif kind == "table":
            t, limit = rest
            rows = t.rows if limit is None else t.rows[:limit]
            more = (f"… {len(t.rows) - len(rows)} more rows in `tables/{t.name}.csv`."
                    if len(rows) < len(t.rows) else "")
            out.append(_html_table(t.columns, [[_cell(v) for v in r] for r in rows], more))
        elif kind == "figure":
            caption, svg = figs[rest[0]]
            svg = svg[svg.index("<svg"):]  # inline: no XML declaration or doctype
            out.append(f'<figure aria-label="{html.escape(caption)}">{svg}</figure>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def report_files(G, tables, documents, outputs=(), actor_level="organisation"):
    """``{file name: text}``: ``report.md``, ``report.html`` and each figure as ``figures/NAME.svg``."""
    figs = figures(G, tables)
    names = [f"figures/{n}.svg" for n in sorted(figs)]
    outputs = sorted({*outputs, *names, "report.md", "report.html"}) if outputs else ()
    blocks = _blocks(G, tables, documents, figs, outputs, actor_level)
    return {"report.md": _markdown(blocks, figs), "report.html": _html(blocks, figs),
            **{f"figures/{n}.svg": svg for n, (_, svg) in figs.items()}}


def report(G, tables, documents, outputs=(), actor_level="organisation"):
    """The Markdown text of the report (see :func:`report_files`)."""
    return report_files(G, tables, documents, outputs, actor_level)["report.md"]
