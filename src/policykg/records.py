"""Provisions as flat records: the rows of ``policykg extract`` (JSON Lines or CSV)."""

import csv
import io
import json

__all__ = ["provision_records", "to_jsonl", "to_csv", "FIELDS"]

FIELDS = ["doc", "article", "article_key", "paragraph", "item", "actor", "actor_type", "actor_level", "modality",
          "action", "partners", "approver", "programmes", "domains", "start", "end", "source"]


def provision_records(doc):
    """One dict per provision of ``doc`` (extracted), in document order.

    ``programmes`` lists the programmes named in the provision's paragraph (the
    unit ``score.py`` gathers per article), ``source`` the sentence it was read from.

    >>> from policykg.readers import read, default_path
    >>> from policykg.extract import extract
    >>> doc = read(default_path()); _ = extract(doc)
    >>> r = next(r for r in provision_records(doc) if r["article"] == 7)
    >>> r["actor"], r["partners"], r["programmes"], doc.text[r["start"]:r["end"]] == r["action"]
    ('市工业和信息化主管部门', ['有关部门'], ['智能制造发展规划'], True)
    """
    actors = doc.layers.get("actors", {})
    by_para = {}
    for name, prog in doc.layers.get("programmes", {}).items():
        for para in prog.mentions:
            by_para.setdefault(id(para), []).append(name)
    rows = []
    for p in doc.layers.get("provisions", []):
        a = actors.get(p.actor)
        rows.append({
            "doc": doc.id, "article": p.article.number, "article_key": p.article.key,
            "paragraph": p.paragraph.number, "item": p.item.number if p.item else None,
            "actor": p.actor, "actor_type": a.type if a else None, "actor_level": a.level if a else None,
            "modality": p.modality, "action": p.action, "partners": p.partners, "approver": p.approver,
            "programmes": sorted(by_para.get(id(p.paragraph), [])), "domains": sorted(p.domains),
            "start": p.start, "end": p.end, "source": doc.text[p.sentence_start:p.sentence_end],
        })
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
