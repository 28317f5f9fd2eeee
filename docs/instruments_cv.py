"""Cross-validate the instrument coder on the four blind sets (issue 11): tune on three, measure on the fourth.

    python docs/instruments_cv.py [--jobs 2]

The coder's rules are data (src/policykg/lexicon/instruments.yaml), so what a set taught it can be taken
out again.  Each entry of the lexicon (a pattern of an instrument, a word of `not_in`, a pattern of a reason
for none, a condition, a target, a marker or word of `abroad`, an object class) is removed in turn and the
four blind sets, the developer sample and the dev gold are scored without it: the sets where the
provisions coded right (side or category) fall are the entry's *support*.  An entry the lexicon held
before any blind set was seen (commit e905b6a, `--since`) was learnt from the dev gold and the developer
sample and stays in every split.  An entry added since whose support is one blind set alone could only
have been learnt from that set: for the split that holds that set out it is removed, so the held-out
figure of a set is its score with the lexicon less the entries added since that only it supports.  Entries
with support in another set stay: tuning on the other sets would have found them.  Code rules and changed
weights cannot be taken out this way and count as learnt from every set, which makes the estimate, if
anything, high.

Prints, per blind set, its figures with the whole lexicon (in-sample) and held out (side accuracy, kappa,
category accuracy), the entries removed for it, and the held-out mean.
"""

import argparse
import copy
import json
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

import policykg.extract.instruments as coder
from policykg import lexicon
from policykg.cli.eval_cmd import provision_rows
from policykg.evaluate_instruments import code_gold, score
from policykg.extract.instruments import side_of

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BLIND = {"blind1": "instruments-blind", "blind2": "instruments-blind2", "blind3": "instruments-blind3",
         "blind4": "instruments-blind4"}
_load = lexicon.load
BASE = _load("instruments")


def _sets():
    out = {}
    for key, name in BLIND.items():
        lines = [json.loads(x) for x in (DATA / f"{name}-gold.jsonl").open(encoding="utf-8")]
        inputs = [json.loads(x) for x in (DATA / f"{name}-input.jsonl").open(encoding="utf-8")]
        out[key] = (lines, {(str(g["doc"]), g["article"], g["paragraph"], g["action"]): g["source"] for g in inputs})
    out["sample"] = ([json.loads(x) for x in (DATA / "instruments-dev-sample.jsonl").open(encoding="utf-8")], {})
    dev = ROOT.parent / "shared" / "gold" / "instruments-changzhou.jsonl"
    if dev.exists():  # the dev gold: its sentences from the extraction of the bundled regulation
        out["dev"] = ([json.loads(x) for x in dev.open(encoding="utf-8")],
                      {(str(r["doc"]), r["article"], r["paragraph"], r["action"]): r["source"]
                       for r in provision_rows(())})
    return out


SETS = _sets()


def _use(lx):
    lexicon.load = lambda name: lx if name == "instruments" else _load(name)
    for f in (coder._lex, getattr(coder, "_orders", None)):
        if f is not None:
            f.cache_clear()


def _right(lx, keys=tuple(SETS)):
    """``{set: (provisions with the right side, with the right category)}`` under lexicon ``lx``."""
    _use(lx)
    out = {}
    for k in keys:
        lines, sources = SETS[k]
        rows = code_gold(lines, sources)
        out[k] = (sum(side_of(g["primary"]) == (c.side if c else "none") for g, c in rows),
                  sum((c.instrument if c else "none") in (g["primary"], g.get("secondary")) for g, c in rows))
    return out


def entries(lx):
    """``[(label, path, value)]``: every entry of the lexicon that can be taken out."""
    out = []
    for name, pats in lx["rules"].items():
        out += [(f"{name}: {p}", ("rules", name), p) for p in pats]
    for key, words in lx["not_in"].items():
        out += [(f"not_in {key}: {w}", ("not_in", key), w) for w in words]
    for reason, rule in lx["none"].items():
        for field in ("patterns", "strict", "before", "bare", "lead", "actors"):
            out += [(f"none {reason} {field}: {p}", ("none", reason, field), p) for p in rule.get(field, [])]
    out += [(f"{field}: {p}", (field,), p) for field in ("conditions", "targets") for p in lx.get(field, [])]
    out += [(f"abroad {field}: {p}", ("abroad", field), p)
            for field in ("markers", "words") for p in lx.get("abroad", {}).get(field, [])]
    out += [(f"objects {cls}: {o}", ("modality", "objects", cls), o)
            for cls, objs in lx["modality"].get("objects", {}).items() for o in objs]
    return out


def without(lx, taken):
    """A copy of ``lx`` less the entries ``taken`` (``(label, path, value)``)."""
    new = copy.deepcopy(lx)
    for _, path, value in taken:
        node = new
        for p in path[:-1]:
            node = node[p]
        last = node[path[-1]]
        node[path[-1]] = ({k: v for k, v in last.items() if k != value} if isinstance(last, dict)
                          else [x for x in last if x != value])
    reasons = new["none"]
    for reason in list(reasons):  # a reason left with no pattern at all is gone
        if not any(reasons[reason].get(k) for k in ("patterns", "strict", "actors")):
            del reasons[reason]
    return new


def _support(item):
    entry, base = item
    label = entry[0]
    got = _right(without(BASE, [entry]))
    return label, sorted(k for k in got if got[k][0] < base[k][0] or got[k][1] < base[k][1])


def figures(lx, key):
    _use(lx)
    lines, sources = SETS[key]
    r = score(code_gold(lines, sources))
    return r["side_accuracy"], r["kappa"], r["category_accuracy"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--since", default="e905b6a",
                    help="the commit whose lexicon no blind set had taught (default: e905b6a, first blind contact)")
    args = ap.parse_args(argv)
    before = yaml.safe_load(subprocess.run(["git", "show", f"{args.since}:src/policykg/lexicon/instruments.yaml"],
                                           cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    old = {e[0] for e in entries(before)}
    base = _right(BASE)
    items = [(e, base) for e in entries(BASE) if e[0] not in old]  # only entries added since can be taken out
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            support = dict(pool.map(_support, items, chunksize=8))
    else:
        support = dict(map(_support, items))
    held = {}
    for key in BLIND:
        only = [e for e in entries(BASE) if support.get(e[0]) == [key]]
        held[key] = figures(without(BASE, only), key)
        inside = figures(BASE, key)
        print(f"{key}: in-sample side {inside[0]:.3f} kappa {inside[1]:.3f} category {inside[2]:.3f}; "
              f"held out side {held[key][0]:.3f} kappa {held[key][1]:.3f} category {held[key][2]:.3f}\n"
              f"    {len(only)} entries only {key} supports: {'; '.join(e[0] for e in only)}")
    mean = [sum(h[i] for h in held.values()) / len(held) for i in range(3)]
    print(f"held-out mean: side {mean[0]:.3f} kappa {mean[1]:.3f} category {mean[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
