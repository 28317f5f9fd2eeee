"""Draw the pairs to label for the similarity threshold (docs/similarity-labelling.md).

    python docs/similar_sample.py ../shared/corpus --seed 15 > /tmp/pairs.jsonl

Every candidate pair `policykg.relations.similarity.candidate_pairs` finds in PATH (paragraphs of documents
of different works with different version dates), binned by Jaccard index (0.1 wide, 0.2 to 1.0), and
--per-bin pairs drawn from each bin: those with the smallest u, a SHA-256 of the seed and the pair, so a
pair keeps its draw when others change.  Prints one JSON line per pair, earlier document first, with
`"adopted": null` for the reader to fill in.
"""

import argparse
import hashlib
import json
from collections import defaultdict

from policykg.build import read_all
from policykg.relations.similarity import candidate_pairs, passages


def _u(seed, key):
    return hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()


def row(earlier, later, score):
    side = lambda p: {"document": p.record.label, "id": p.record.id, "date": p.record.version_date,  # noqa: E731
                      "article": p.article, "paragraph": p.paragraph, "text": p.text}
    return {"score": round(score, 6), "earlier": side(earlier), "later": side(later), "adopted": None, "note": ""}


def draw(paths, seed, per_bin=15, low=0.2):
    docs, _ = read_all(paths, keep_going=True)
    items = passages(docs)
    bins = defaultdict(list)
    for score, i, j in candidate_pairs(items, candidate=low):
        a, b = items[i], items[j]
        if score < low or not (a.record.version_date and b.record.version_date) \
                or a.record.version_date == b.record.version_date:
            continue
        earlier, later = (a, b) if a.record.version_date < b.record.version_date else (b, a)
        key = f"{earlier.record.id}/{earlier.path}|{later.record.id}/{later.path}"
        bins[min(int(score * 10), 9)].append((_u(seed, key), earlier, later, score))
    out = []
    for b in sorted(bins):
        out += [row(e, l, s) for _, e, l, s in sorted(bins[b], key=lambda x: x[0])[:per_bin]]
    return sorted(out, key=lambda r: r["score"]), {b / 10: len(v) for b, v in sorted(bins.items())}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-bin", type=int, default=15)
    args = ap.parse_args()
    rows, sizes = draw(args.paths, args.seed, args.per_bin)
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))
    print("candidate pairs per bin:", sizes, file=__import__("sys").stderr)
