"""Draw an instrument blind set (issue 11): 16 provisions at random from each of 7 corpus regulations that no
instrument set has drawn from, with the sentence each was read from, as the coder's input.

    python docs/instruments_sample.py SEED OUT.jsonl      # seed 2033 at 2fe0007 drew the sixth blind set

Run from the project root with ../shared beside it.
"""
import glob
import json
import random
import subprocess
import sys

used = set()
for f in glob.glob("tests/data/instruments-*.jsonl"):
    for line in open(f, encoding="utf-8"):
        used.add(json.loads(line)["doc"])
files = sorted(glob.glob("../shared/corpus/*.md") + glob.glob("../shared/corpus/other-format/*.md"))
out = subprocess.run([sys.executable, "-m", "policykg", "extract", *files], capture_output=True, text=True,
                     check=True).stdout
rows = {}
for line in out.splitlines():
    r = json.loads(line)
    rows.setdefault(r["doc"], []).append(r)
cands = sorted(d for d in rows if d not in used and len(rows[d]) >= 40 and not d.startswith("全国") and "决定" not in d)
rng = random.Random(int(sys.argv[1]))
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    for d in rng.sample(cands, 7):
        for r in sorted(rng.sample(rows[d], 16), key=lambda r: (r["article"], r["paragraph"], r["start"])):
            keep = {k: r[k] for k in ("doc", "article", "paragraph", "actor", "modality", "action", "source")}
            fh.write(json.dumps(keep, ensure_ascii=False) + "\n")
