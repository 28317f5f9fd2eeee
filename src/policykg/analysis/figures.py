"""The report's figures, drawn by matplotlib as SVG from the analysis tables.

Text stays text in the SVG (``svg.fonttype: none``): the browser draws the Chinese labels with its own
fonts, so no CJK font is needed where the report is made, and margins are set from the labels' lengths,
not measured with a font.  Ids are salted and the date left out, so the same tables give the same bytes.

>>> caption, svg = bar_figure([("市人民政府", {"obligation": 3})], "provisions", "Duty load")
>>> caption, svg.startswith("<?xml"), ">市人民政府<" in svg, svg == bar_figure([("市人民政府", {"obligation": 3})],
...                                                                       "provisions", "Duty load")[1]
('Duty load', True, True, True)
"""

import io
import unicodedata
import warnings
from collections import Counter

from .load import MODALITIES

__all__ = ["figures", "bar_figure", "TOP"]

TOP = {"duty-load": 15, "document-modality": 30}  # bars per figure

# One colour per modality: hard duties warm, soft (鼓励, 支持, 引导) green, commitments and liabilities apart.
COLOURS = {"obligation": "#d62728", "prohibition": "#8c1c13", "permission": "#ff9896", "encouragement": "#2ca02c",
           "support": "#98df8a", "guidance": "#17becf", "commitment": "#1f77b4", "liability": "#7f7f7f",
           "supply": "#1f77b4", "environment": "#ff7f0e", "demand": "#2ca02c"}
_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
          "DejaVu Sans", "sans-serif"]
_RC = {"svg.fonttype": "none", "svg.hashsalt": "policykg", "font.family": "sans-serif", "font.sans-serif": _FONTS,
       "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}


def _ems(text):
    """Width of ``text`` in ems: a CJK character is one, any other about half."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in text)


def bar_figure(bars, unit, title="", keys=MODALITIES, labels=None):
    """``(caption, svg)`` of horizontal stacked bars, the first at the top: ``bars`` is a list of
    ``(label, {key: count})``, stacked in the order of ``keys`` (each a colour of :data:`COLOURS`;
    ``labels``: the legend's names of the keys)."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    keys = [k for k in keys if any(c.get(k) for _, c in bars)]
    label_in = max((_ems(b[0]) for b in bars), default=1) * 9 / 72 + 0.3  # 9 pt per em, plus the ticks
    width, height = 9.0, 0.9 + 0.24 * len(bars)
    with rc_context(_RC), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a missing CJK glyph only matters for measuring, which is not done
        fig = Figure(figsize=(width, height))
        left = min(label_in / width, 0.6)
        fig.subplots_adjust(left=left, right=0.78, top=1 - 0.45 / height, bottom=0.45 / height)
        ax = fig.add_subplot()
        y = list(range(len(bars)))[::-1]
        start = [0] * len(bars)
        for k in keys:
            values = [c.get(k, 0) for _, c in bars]
            ax.barh(y, values, left=start, color=COLOURS.get(k, "#999999"), label=(labels or {}).get(k, k),
                    height=0.7)
            start = [s + v for s, v in zip(start, values)]
        for yi, total in zip(y, start):
            ax.text(total, yi, f" {total}", va="center", fontsize=8)
        ax.set_yticks(y, [b[0] for b in bars])
        ax.set_xlabel(unit)
        ax.set_ylim(-0.6, len(bars) - 0.4)
        if title:
            ax.set_title(title, loc="left")
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1), frameon=False)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return title, buf.getvalue()


def _rows(tables, name):
    t = next((t for t in tables if t.name == name), None)
    return [dict(zip(t.columns, r)) for r in t.rows] if t else []


def figures(G, tables):
    """``{name: (caption, svg)}``: duty load of the top actors, modality mix per document (several documents)
    or per chapter (one), and instrument shares of all the documents' provisions."""
    out = {}
    unit = "provisions (one actor bound one way to one verb phrase)"
    load = _rows(tables, "duty-load")[:TOP["duty-load"]]
    if load:
        out["duty-load"] = bar_figure([(r["actor"], r) for r in load], unit,
                                      f"Duty load of the {len(load)} actors with the most provisions, by modality")
    docs = sorted(_rows(tables, "document-modality"), key=lambda r: -r["total"])
    if len(docs) > 1:
        top = docs[:TOP["document-modality"]]
        out["document-modality"] = bar_figure(
            [(r["document"], r) for r in top], unit,
            f"Modality mix per document ({len(top)} of {len(docs)} documents, most provisions first)")
    chapters = _rows(tables, "chapter-modality")
    if len(docs) <= 1 and chapters:
        out["chapter-modality"] = bar_figure([(r["chapter"], r) for r in chapters], unit,
                                             "Modality mix per chapter, in the document's order")
    coded = [r for r in _rows(tables, "instruments") if r["instrument"] not in ("", "none")]
    if coded:
        total = len(_rows(tables, "instruments"))
        counts = Counter((r["side"], r["instrument"], r["label"]) for r in coded)
        bars = [(f"{label} {inst}", {side: n}) for (side, inst, label), n in
                sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        out["instrument-shares"] = bar_figure(
            bars, "provisions coded with the instrument",
            f"Policy instruments: {len(coded)} of {total} provisions coded ({len(coded) / total:.0%} coverage)",
            keys=("supply", "environment", "demand"),
            labels={"supply": "供给型 supply", "environment": "环境型 environment", "demand": "需求型 demand"})
    return out
