"""Provisions as flat records: the rows of ``policykg extract`` (JSON Lines or CSV)."""

import csv
import io
import json

__all__ = ["provision_records", "to_jsonl", "to_csv", "FIELDS"]

FIELDS = ["doc", "article", "article_key", "paragraph", "item", "actor", "actor_type", "actor_level", "modality",
          "action", "partners", "approver", "programmes", "domains", "start", "end", "source"]


def provision_records(doc):
    """One dict per provision of ``doc`` (extracted), in document order, plus one
    record per article whose programmes appear in no provision."""
    actors = doc.layers.get("actors", {})
    rows = []
    covered = set()
    for p in doc.layers.get("provisions", []):
        a = actors.get(p.actor)
        rows.append({
            "doc": doc.id, "article": p.article.number, "article_key": p.article.key,
            "paragraph": p.paragraph.number, "item": p.item.number if p.item else None,
            "actor": p.actor, "actor_type": a.type if a else None, "actor_level": a.level if a else None,
            "modality": p.modality, "action": p.action, "partners": p.partners, "approver": p.approver,
            "programmes": p.programmes, "domains": sorted(p.domains),
            "start": p.start, "end": p.end, "source": doc.text[p.sentence_start:p.sentence_end],
        })
        covered.update((p.article.number, n) for n in p.programmes)
    # programmes named in an article but in no provision's action (通过设立…基金等，引导…)
    extra = {}
    for name, prog in doc.layers.get("programmes", {}).items():
        for para in prog.mentions:
            if (para.parent.number, name) not in covered:
                extra.setdefault(para.parent.number, []).append(name)
    for art, names in sorted(extra.items()):
        rows.append({"doc": doc.id, "article": art, "provisions": [], "programmes": sorted(set(names))})
    return rows


def to_jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def to_csv(rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "；".join(v) if isinstance(v, list) else ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()
