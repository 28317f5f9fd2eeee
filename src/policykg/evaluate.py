"""Score extracted provisions against a gold file: the figures of
``../shared/gold/score.py`` (strict and lenient P/R/F1, action character F1,
partner F1, programme F1) plus the misses and false alarms per article."""

import json
import re
from collections import Counter, defaultdict

from .errors import InputError

__all__ = ["load_records", "read_jsonl", "score", "misses", "format_report", "norm", "lenient"]

LEVEL = re.compile(r"^(本市|本省|设区的市|县级市（区）|县（市、区）|县（市）|县级市|省|市(?!场)|区|县|乡镇)")
STRIP = str.maketrans({"“": "", "”": "", "\"": "", "《": "", "》": "", " ": "", "\u3000": ""})


def norm(s):
    """Actor or programme name as ``score.py`` compares it (no quotes, spaces; full-width brackets)."""
    return (s or "").translate(STRIP).replace("(", "（").replace(")", "）").strip()


# GUIDELINES R2: any government's 有关部门 (and its near-synonyms) is 有关部门 when scoring leniently
RELATED = re.compile(r"^.*?(其他)?(有关|相关)(行政)?(主管)?部门$")


def lenient(actor):
    """The name without a leading level prefix (市, 县级市（区）, 本省…), as ``score.py``'s lenient mode;
    every government's 有关部门 is 有关部门 (R2).

    >>> lenient("市工业和信息化主管部门"), lenient("市场监督管理部门"), lenient("县级以上人民政府其他有关部门")
    ('工业和信息化主管部门', '市场监督管理部门', '有关部门')
    """
    a = norm(actor)
    if RELATED.match(a):
        return "有关部门"
    return LEVEL.sub("", a) or a


def load_records(records, path="<records>"):
    """``{(doc, article): {"provisions": [...], "programmes": set}}`` from either record form."""
    arts = defaultdict(lambda: {"provisions": [], "programmes": set()})
    for n, rec in enumerate(records, 1):
        try:
            key = (str(rec.get("doc", "")), int(rec.get("article", 0)))
        except (TypeError, ValueError):
            raise InputError(path, f"record {n}: article is not an integer: {rec.get('article')!r}") from None
        provs = rec["provisions"] if "provisions" in rec else [rec]
        for pv in provs:
            if not isinstance(pv, dict) or not pv.get("actor") or not pv.get("modality"):
                raise InputError(path, f"record {n}: a provision without actor or modality: {pv!r:.80}")
        arts[key]["provisions"].extend(provs)
        arts[key]["programmes"].update(norm(p) for p in rec.get("programmes", []) or [])
    return arts


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise InputError(path, f"line {n}: not JSON ({e.msg})") from None
    return out


def _prf(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": npred, "gold": ngold}


def _char_f1(pred, gold):
    pc, gc = Counter("".join(map(norm, pred))), Counter("".join(map(norm, gold)))
    ov = sum((pc & gc).values())
    if not ov:
        return 0.0
    p, r = ov / sum(pc.values()), ov / sum(gc.values())
    return 2 * p * r / (p + r)


def _programme_match(pred, gold):
    """score.py's greedy one-to-one match, in a fixed order: score.py walks Python sets, so its
    programme figure can change with PYTHONHASHSEED when a name contains two others.

    >>> _programme_match({"清洁生产推行规划", "推行规划"}, {"国家清洁生产推行规划", "清洁生产推行规划"})
    2
    """
    gold, tp = sorted(gold), 0
    for p in sorted(pred, key=lambda n: (-len(n), n)):
        for g in gold:
            if p == g or (len(p) >= 3 and len(g) >= 3 and (p in g or g in p)):
                gold.remove(g)
                tp += 1
                break
    return tp


def score(gold, pred):
    """The same dictionary as ``score.py --json``."""
    res = {}
    for mode, key in (("strict", norm), ("lenient", lenient)):
        g_t, p_t, g_act, p_act, g_par, p_par = set(), set(), defaultdict(list), defaultdict(list), set(), set()
        for k in gold:
            for pv in gold[k]["provisions"]:
                t = (k, key(pv["actor"]), pv["modality"])
                g_t.add(t)
                g_act[t].append(pv.get("action", ""))
                g_par.update((k, key(pv["actor"]), key(x)) for x in pv.get("partners", []))
            for pv in pred.get(k, {"provisions": []})["provisions"]:
                t = (k, key(pv.get("actor", "")), pv.get("modality", ""))
                p_t.add(t)
                p_act[t].append(pv.get("action", ""))
                p_par.update((k, key(pv.get("actor", "")), key(x)) for x in pv.get("partners", []) or [])
        tp = g_t & p_t
        res[mode] = _prf(len(tp), len(p_t), len(g_t))
        res[mode]["action_char_f1"] = round(sum(_char_f1(p_act[t], g_act[t]) for t in tp) / len(tp), 4) if tp else 0.0
        res[mode]["partners"] = _prf(len(g_par & p_par), len(p_par), len(g_par))
    ntp = npred = ngold = 0
    for k in gold:
        g, p = gold[k]["programmes"], pred.get(k, {"programmes": set()})["programmes"]
        ntp += _programme_match(p, g)
        npred += len(p)
        ngold += len(g)
    res["programmes"] = _prf(ntp, npred, ngold)
    res["gold_articles"] = len(gold)
    res["gold_modalities"] = dict(Counter(pv["modality"] for k in gold for pv in gold[k]["provisions"]))
    return res


def misses(gold, pred):
    """Per article: (actor, modality) pairs missed and false alarms (lenient), and programme differences."""
    out = []
    for k in sorted(gold):
        g = {(lenient(p["actor"]), p["modality"]) for p in gold[k]["provisions"]}
        pv = pred.get(k, {"provisions": [], "programmes": set()})
        p = {(lenient(x.get("actor", "")), x.get("modality", "")) for x in pv["provisions"]}
        miss, false = sorted(g - p), sorted(p - g)
        gp, pp = gold[k]["programmes"], pv["programmes"]
        if miss or false or gp != pp:
            out.append({"doc": k[0], "article": k[1], "missed": miss, "false_alarms": false,
                        "programmes_missed": sorted(gp - pp), "programmes_extra": sorted(pp - gp)})
    return out


def format_report(res, errors=None):
    lines = []
    for mode in ("strict", "lenient"):
        r = res[mode]
        lines.append(f"provisions {mode:8s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
                     f"(tp {r['tp']}, pred {r['pred']}, gold {r['gold']}) action_char_f1={r['action_char_f1']:.3f} "
                     f"partners_f1={r['partners']['f1']:.3f}")
    r = res["programmes"]
    lines.append(f"programmes          P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
                 f"(tp {r['tp']}, pred {r['pred']}, gold {r['gold']})")
    lines.append(f"lenient provision F1 {res['lenient']['f1']:.3f}")
    for e in errors or []:
        parts = []
        if e["missed"]:
            parts.append("missed " + ", ".join(f"{a}/{m}" for a, m in e["missed"]))
        if e["false_alarms"]:
            parts.append("false " + ", ".join(f"{a}/{m}" for a, m in e["false_alarms"]))
        if e["programmes_missed"] or e["programmes_extra"]:
            parts.append(f"programmes -{e['programmes_missed']} +{e['programmes_extra']}")
        lines.append(f"  art. {e['article']}: " + "; ".join(parts))
    return "\n".join(lines) + "\n"
