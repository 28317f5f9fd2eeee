"""Draw the hand-check sample of corpus actors (README, Extraction; docs/actor-hand-check.md).

    python docs/actor_sample.py ../shared/corpus --seed 7            # weighted by provisions
    python docs/actor_sample.py ../shared/corpus --seed 7 --uniform  # every name alike

Distinct actor names of every provision `policykg extract` reads from PATH (未指明
left out), 100 drawn without replacement: weighted by the number of provisions a
name bears (Efraimidis–Spirakis keys u ** (1 / weight), the largest kept), so the
sample answers "is the actor of a provision a researcher meets well formed?";
with --uniform every distinct name weighs the same.  u is read from a hash of the
seed and the name, so a name keeps its chance when other names change: after a
fix only the names it changed need reading again.  Prints one line per name:
rank, name, provisions, and up to two source sentences with document and article.
"""

import argparse
import hashlib
from collections import Counter, defaultdict

from policykg.build import read_all
from policykg.extract import extract


def _u(seed, name):
    """A uniform number in (0, 1) fixed by the seed and the name."""
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return (int.from_bytes(digest[:8], "big") + 0.5) / 2 ** 64


def draw(paths, seed, uniform=False, size=100):
    docs, _ = read_all(paths, keep_going=True)
    provs = [(d, p) for d in docs for p in extract(d) if p.actor != "未指明"]
    count = Counter(p.actor for _, p in provs)
    keys = {n: _u(seed, n) ** (1 / (1 if uniform else count[n])) for n in count}
    sample = sorted(keys, key=lambda n: -keys[n])[:size]
    sources = defaultdict(list)
    for d, p in provs:
        s = d.text[p.sentence_start:p.sentence_end]
        if p.actor in keys and len(sources[p.actor]) < 2 and s not in [x for _, _, x in sources[p.actor]]:
            sources[p.actor].append((d.title, p.article.number, s))
    return [(n, count[n], sources[n]) for n in sample]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--uniform", action="store_true")
    a = ap.parse_args()
    for i, (name, n, srcs) in enumerate(draw(a.paths, a.seed, a.uniform), 1):
        print(f"{i}\t{name}\t{n}\t" + " ‖ ".join(f"{t} 第{art}条: {s}" for t, art, s in srcs))
