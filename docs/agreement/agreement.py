"""Agreement between two blind annotations of the same text (issues 10 and 11).

    python docs/agreement/agreement.py

Extraction: held-out 33, 35, 36 and 39 were annotated a second time, blind, by annotators who saw only
GUIDELINES.md, the dev example and the text; the first annotation is tests/data/heldoutN-gold.jsonl.
The figures are those of score.py with the first annotation as gold (F1 is symmetric).
Instruments: the provisions of blind sets 4 and 5 were coded a second time, blind, by INSTRUMENTS.md;
side accuracy, Cohen's kappa of the sides, and category agreement (the second coder's primary is the
first's primary or secondary, as the scorer credits the coder).
"""
import json
from pathlib import Path

from policykg.evaluate import load_records, read_jsonl, score
from policykg.evaluate_instruments import kappa
from policykg.extract.instruments import side_of

ROOT = Path(__file__).resolve().parents[2]
DATA, HERE = ROOT / "tests" / "data", Path(__file__).resolve().parent


def extraction(n):
    r = score(load_records(read_jsonl(DATA / f"heldout{n}-gold.jsonl")),
              load_records(read_jsonl(HERE / f"heldout{n}-second-gold.jsonl")))
    return r["lenient"]["f1"], r["strict"]["f1"], r["programmes"]["f1"]


def instruments(n):
    first = [json.loads(x) for x in (DATA / f"instruments-blind{n}-gold.jsonl").open(encoding="utf-8")]
    second = [json.loads(x) for x in (HERE / f"instruments-blind{n}-second-gold.jsonl").open(encoding="utf-8")]
    assert [(a["doc"], a["article"], a["action"]) for a in first] == [(b["doc"], b["article"], b["action"]) for b in second]
    sides = [(side_of(a["primary"]), side_of(b["primary"])) for a, b in zip(first, second)]
    n_ = len(first)
    return (sum(a == b for a, b in sides) / n_, kappa(sides),
            sum(b["primary"] in (a["primary"], a.get("secondary")) for a, b in zip(first, second)) / n_)


if __name__ == "__main__":
    for n in (33, 35, 36, 39):
        print("held-out %d: lenient F1 %.3f, strict F1 %.3f, programmes F1 %.3f" % ((n,) + extraction(n)))
    for n in (4, 5):
        print("instrument blind set %d: side %.3f, kappa %.3f, category %.3f" % ((n,) + instruments(n)))
