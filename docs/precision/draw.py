"""Precision sample (issue 10): 50 provisions drawn at random from corpus regulations outside every gold
and blind set (extraction and instruments), with their article text, for a judge.

    python docs/precision/draw.py [SEED] [OUT] [DOC_ID ...]   # DOC_IDs: documents of sets still being annotated     # seed 2028 (session 3), 2030 (session 4), 2031 (session 5), 2032 (session 6), 2033 (session 7),
                                                   # 2034 (session 9), 2036 (session 10), 2037 (session 11)
"""
import json, random, glob, subprocess, sys
from pathlib import Path
from policykg.readers import read, iter_inputs
from policykg.extract import extract
used = set()
for f in (glob.glob('tests/data/*gold*.jsonl') + glob.glob('tests/data/instruments-*.jsonl')
          + glob.glob('../sealed*/instr/gold.jsonl') + glob.glob('../sealed*/ex/*-gold.jsonl')
          + glob.glob('docs/blind-sets/*.sealed')
          + ['../shared/gold/changzhou-smart-manufacturing.jsonl']):
    for l in open(f, encoding='utf-8'):
        used.add(str(json.loads(l).get('doc')))
used.update(sys.argv[3:])
docs = []
seen = set()
for p in sorted(iter_inputs(['../shared/corpus'])):
    try:
        d = read(p)
    except Exception:
        continue
    if d.id in used or d.title in seen or '决定' in d.title:
        continue
    seen.add(d.title)
    docs.append(d)
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 2028
OUT = sys.argv[2] if len(sys.argv) > 2 else '/work/blind2/precision/sample.jsonl'
rng = random.Random(SEED)
pool = []
for d in docs:
    for i, p in enumerate(extract(d)):
        pool.append((d, p))
sample = rng.sample(range(len(pool)), 50)
out = []
for k, i in enumerate(sorted(sample)):
    d, p = pool[i]
    out.append({"n": k + 1, "doc": d.id, "title": d.title, "article": p.article.number,
                "article_text": p.article.text, "paragraph": p.paragraph.number,
                "actor": p.actor, "modality": p.modality, "action": p.action, "partners": p.partners})
Path(OUT).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
print(len(docs), len(pool), len(out), subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout)
