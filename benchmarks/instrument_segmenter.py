"""Does a word segmenter help the instrument coding?  Scores the coding with the
lexicon's own word boundaries (``not_in``) alone, and with jieba's boundaries on
top (a keyword counts only where it starts, or starts and ends, at a jieba token
boundary), on the developer sample (tests/data) and the dev gold (../shared/gold).

    .venv/bin/pip install jieba==0.42.1 && .venv/bin/python benchmarks/instrument_segmenter.py
"""

import json
import logging
import os
from pathlib import Path

import jieba

from policykg.cli.extract_cmd import provision_rows
from policykg.evaluate_instruments import code_gold, score
from policykg.extract import instruments as coder

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(os.environ.get("POLICYKG_GOLD", ROOT.parent / "shared" / "gold"))
jieba.setLogLevel(logging.ERROR)
plain_hits = coder._hits


def jieba_hits(text, mode):
    hits = plain_hits(text)
    if not text.strip():
        return hits
    bounds, i = {0}, 0
    for w in jieba.cut(text):
        i += len(w)
        bounds.add(i)
    keep = []
    for name, p, w in hits:
        if "…" in p or p.startswith("^") or p.endswith("$"):
            keep.append((name, p, w))
            continue
        starts = [k for k in range(len(text)) if text.startswith(p, k) and k in bounds]
        if any(mode == "start" or k + len(p) in bounds for k in starts):
            keep.append((name, p, w))
    return keep


def main():
    sets = {"developer sample (332)": ([json.loads(x) for x in open(ROOT / "tests/data/instruments-dev-sample.jsonl",
                                                                    encoding="utf-8")], {})}
    if (GOLD / "instruments-changzhou.jsonl").is_file():
        sources = {(str(r["doc"]), r["article"], r["paragraph"], r["action"]): r["source"] for r in provision_rows(())}
        sets["dev gold (60)"] = ([json.loads(x) for x in open(GOLD / "instruments-changzhou.jsonl", encoding="utf-8")],
                                 sources)
    print("| boundaries | set | side | kappa | category |\n|---|---|---|---|---|")
    for mode in ("lexicon only", "jieba: start and end", "jieba: start"):
        coder._hits = plain_hits if mode == "lexicon only" else (
            lambda t, m="start" if mode.endswith("start") else "both": jieba_hits(t, m))
        for label, (lines, sources) in sets.items():
            r = score(code_gold(lines, sources))
            print(f"| {mode} | {label} | {r['side_accuracy']:.3f} | {r['kappa']:.3f} | {r['category_accuracy']:.3f} |")
    coder._hits = plain_hits


if __name__ == "__main__":
    main()
