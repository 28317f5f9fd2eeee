"""Score policy-instrument coding against a hand-coded gold file
(``../shared/gold/instruments-changzhou.jsonl``, coded by ``INSTRUMENTS.md``).

Each gold line is one provision: ``doc``, ``article``, ``paragraph``, ``actor``,
``modality``, ``action``, optionally ``source`` (the sentence), and the hand
coding ``primary``, ``secondary``, ``side``.  The coder reads the same actor,
modality and action; where a line has no ``source``, the sentence is taken from
the extraction of the regulations given (the provision with the same article,
paragraph and action).  Figures:

- side accuracy: the side of the coder's instrument equals the side of the gold
  primary (``none`` is a side; an uncoded provision has side none);
- Cohen's kappa of the sides (supply, environment, demand, none);
- category accuracy: the coder's instrument equals the gold primary or the gold
  secondary (only the coder's primary is credited);
- uncoded share: of the provisions where the gold finds an instrument, the share
  the coder codes none or not at all;
- the confusion table of sides (gold rows, coder columns).

>>> gold = [{"actor": "市人民政府", "modality": "obligation", "action": "组织编制智能制造发展规划",
...          "primary": "goal-planning", "secondary": None},
...         {"actor": "公安部门", "modality": "obligation", "action": "做好相关工作", "primary": "none"}]
>>> r = score(code_gold(gold))
>>> r["side_accuracy"], r["category_accuracy"], r["n"]
(1.0, 1.0, 2)
"""

from collections import Counter

from .errors import InputError
from .extract.instruments import code, instruments, side_of

__all__ = ["SIDES", "check_gold", "code_gold", "score", "kappa", "format_report"]

SIDES = ("supply", "environment", "demand", "none")


def check_gold(lines, path="<gold>"):
    """The gold lines, checked: each has an action and a primary of the scheme (or ``none``)."""
    known = instruments()
    for n, g in enumerate(lines, 1):
        if not isinstance(g, dict) or not g.get("action"):
            raise InputError(path, f"line {n}: no action")
        for key in ("primary", "secondary"):
            v = g.get(key)
            if (key == "primary" or v is not None) and v not in known:
                raise InputError(path, f"line {n}: {key} {v!r} is not an instrument of the scheme "
                                       f"(ontology/instrument-scheme.ttl) nor none")
        side = g.get("side")
        if side is not None and side != side_of(g["primary"]):
            raise InputError(path, f"line {n}: side {side!r} is not the side of {g['primary']!r} "
                                   f"({side_of(g['primary'])})")
    return lines


def code_gold(lines, sources=None):
    """``[(gold line, Coding or None)]``: each gold provision coded from its own fields.

    ``sources`` maps ``(doc, article, paragraph, action)`` to the source
    sentence, for gold lines that carry none.
    """
    out = []
    for g in lines:
        source = g.get("source") or (sources or {}).get(
            (str(g.get("doc", "")), g.get("article"), g.get("paragraph"), g["action"]), "")
        out.append((g, code(g["action"], actor=g.get("actor", ""), modality=g.get("modality", ""),
                            source=source)))
    return out


def kappa(pairs):
    """Cohen's kappa of ``[(a, b)]``: agreement beyond chance.

    >>> kappa([("x", "x"), ("y", "y"), ("x", "y"), ("y", "y")])
    0.5
    """
    n = len(pairs)
    if not n:
        return 0.0
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return round((po - pe) / (1 - pe), 4) if pe < 1 else 1.0


def score(coded):
    """The figures of ``[(gold line, Coding or None)]`` (see the module doc)."""
    rows = []
    for g, c in coded:
        tool = c.instrument if c is not None else None
        rows.append({"gold_side": side_of(g["primary"]), "tool_side": side_of(tool) or "none",
                     "gold": g["primary"], "gold_secondary": g.get("secondary"), "tool": tool,
                     "tool_secondary": c.secondary if c is not None else None,
                     "evidence": c.evidence if c is not None else "", "line": g})
    n = len(rows)
    side_ok = sum(r["gold_side"] == r["tool_side"] for r in rows)
    cat_ok = sum((r["tool"] or "none") in (r["gold"], r["gold_secondary"]) for r in rows)
    instr = [r for r in rows if r["gold"] != "none"]
    uncoded = sum(r["tool_side"] == "none" for r in instr)
    confusion = {a: {b: 0 for b in SIDES} for a in SIDES}
    for r in rows:
        confusion[r["gold_side"]][r["tool_side"]] += 1
    categories = Counter((r["gold"], r["tool"] or "—") for r in rows if (r["tool"] or "none") not in
                         (r["gold"], r["gold_secondary"]))
    return {"n": n,
            "side_accuracy": round(side_ok / n, 4) if n else 0.0,
            "kappa": kappa([(r["gold_side"], r["tool_side"]) for r in rows]),
            "category_accuracy": round(cat_ok / n, 4) if n else 0.0,
            "uncoded_share": round(uncoded / len(instr), 4) if instr else 0.0,
            "gold_instruments": len(instr), "uncoded": uncoded,
            "confusion": confusion,
            "category_errors": [{"gold": a, "tool": b, "n": k} for (a, b), k in sorted(
                categories.items(), key=lambda x: (-x[1], x[0]))],
            "errors": [{"doc": r["line"].get("doc"), "article": r["line"].get("article"),
                        "paragraph": r["line"].get("paragraph"), "actor": r["line"].get("actor"),
                        "modality": r["line"].get("modality"), "action": r["line"]["action"],
                        "gold": r["gold"], "gold_secondary": r["gold_secondary"],
                        "tool": r["tool"], "evidence": r["evidence"]}
                       for r in rows if (r["tool"] or "none") not in (r["gold"], r["gold_secondary"])]}


def format_report(res):
    """The figures, the confusion table of sides and the category errors, as text."""
    lines = [f"provisions          {res['n']}",
             f"side accuracy       {res['side_accuracy']:.3f}",
             f"kappa (sides)       {res['kappa']:.3f}",
             f"category accuracy   {res['category_accuracy']:.3f}",
             f"uncoded             {res['uncoded_share']:.3f} ({res['uncoded']} of {res['gold_instruments']} "
             f"provisions the gold codes as an instrument)",
             "", "sides: gold (rows) × coder (columns)",
             "              " + "".join(f"{s:>12}" for s in SIDES)]
    for a in SIDES:
        lines.append(f"{a:<14}" + "".join(f"{res['confusion'][a][b]:>12}" for b in SIDES))
    if res["errors"]:
        lines += ["", "category errors (gold → coder):"]
        for e in res["errors"]:
            gold = e["gold"] + (f"/{e['gold_secondary']}" if e["gold_secondary"] else "")
            lines.append(f"  art {e['article']}.{e['paragraph']} {e['actor']} {e['modality']}: {e['action']}"
                         f"\n      {gold} → {e['tool'] or 'uncoded'}  [{e['evidence']}]")
    return "\n".join(lines) + "\n"
