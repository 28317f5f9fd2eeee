"""The analysis tables, each a :class:`Table` of plain values, written as CSV (UTF-8 with BOM) or Markdown.

Every table is sorted so that the same graph gives the same bytes.

>>> t = Table("demo", "Demo", ("actor", "n"), [("市人民政府", 3), ("a|b", 0.5)])
>>> print(to_markdown(t))
| actor | n |
|---|---|
| 市人民政府 | 3 |
| a\\|b | 0.500000 |
>>> to_csv(t).startswith("\\ufeffactor,n\\r\\n")
True
"""

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass

from .instruments import HOW, SIDES, scheme
from .load import MODALITIES, NO_ACTOR, actor_network, actors, provisions
from .metrics import centrality, communities, duty_load

__all__ = ["Table", "to_csv", "to_markdown", "GOVERNMENT_TYPES", "SOFT_MODALITIES", "all_tables",
           "documents_table", "duty_load_table", "centrality_table", "communities_table", "encouraged_only_table",
           "unpartnered_obligations_table", "programmes_table", "chapter_modality_table",
           "instruments_table", "instrument_shares_table", "instrument_domain_table"]

GOVERNMENT_TYPES = ("government", "government-department")
SOFT_MODALITIES = ("encouragement", "support", "guidance")


@dataclass
class Table:
    name: str  # file stem: duty-load → tables/duty-load.csv
    title: str
    columns: tuple
    rows: list
    note: str = ""  # how to read it, shown under the title in the report


def _cell(v):
    if isinstance(v, float):
        return f"{v:.6f}"
    return "" if v is None else str(v)


def to_csv(table):
    """CSV text with a BOM (so Excel reads the Chinese correctly) and CRLF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(table.columns)
    w.writerows([_cell(v) for v in row] for row in table.rows)
    return "\ufeff" + buf.getvalue()


def to_markdown(table, limit=None):
    """A Markdown table (``|`` escaped), the first ``limit`` rows, with a line saying how many were left out."""
    def esc(v):
        return _cell(v).replace("|", "\\|").replace("\n", " ")

    rows = table.rows if limit is None else table.rows[:limit]
    out = ["| " + " | ".join(table.columns) + " |", "|" + "---|" * len(table.columns)]
    out += ["| " + " | ".join(esc(v) for v in row) + " |" for row in rows]
    if len(rows) < len(table.rows):
        out.append(f"\n… {len(table.rows) - len(rows)} more rows in `tables/{table.name}.csv`.")
    return "\n".join(out)


def documents_table(records, provisions=None):
    """One row per document (:class:`~policykg.identity.documents.DocumentRecord`, versions linked), in
    ``records``' order; ``provisions``: ``{doc id: provisions}``."""
    from pathlib import PurePath

    provisions = provisions or {}
    rows = []
    for r in records:
        d = r.dates
        rows.append((r.label, r.id, r.title, r.short_title, r.level, r.jurisdiction, r.issuer, d.get("adopted"),
                     d.get("approved"), "；".join(sorted(d.get("amended") or ())), d.get("promulgated"),
                     d.get("effective"), r.version_date, r.version, r.versions, "yes" if r.current else "no",
                     r.status, provisions.get(r.id, 0), PurePath(r.path.replace("\\", "/")).name if r.path else ""))
    return Table("documents", "Documents",
                 ("document", "id", "title", "short_title", "level", "jurisdiction", "issuer", "adopted", "approved",
                  "amended", "promulgated", "effective", "version_date", "version", "versions", "current", "status",
                  "provisions", "file"), rows,
                 "One row per document (a second copy of a text, same title and version date, is left out). "
                 "version_date: the latest date of adoption, approval, amendment or promulgation; else the date in "
                 "the file name; else the date in force. version n of versions: its place among the versions of "
                 "the same title read together; current: the latest in force.")


def _by_document(provs):
    """Provisions in document order, documents by label (how tables name them)."""
    return sorted(provs, key=lambda p: p["doc_label"])  # stable: each document's own order stays


def _types(G):
    return {a: d["actor_type"] for a, d in actors(G).items()}


def duty_load_table(G):
    types = _types(G)
    rows = [(a, types.get(a, "unspecified"), sum(c.values()), *(c[m] for m in MODALITIES))
            for a, c in duty_load(G).items()]
    rows.sort(key=lambda r: (-r[2], -r[3], r[0]))
    return Table("duty-load", "Duty load per actor by modality", ("actor", "actor_type", "total", *MODALITIES),
                 rows, "Provisions borne by each actor, by modality: one provision is one actor bound one way to one verb "
                 "phrase, so a sentence binding two actors counts for each (未指明: provisions with no actor).")


def centrality_table(G, A=None):
    A = actor_network(G) if A is None else A
    cent = centrality(A)
    member = {a: i for i, c in enumerate(communities(A), 1) for a in c}
    rows = [(a, d["actor_type"], cent[a]["degree"], cent[a]["strength"], cent[a]["betweenness"],
             cent[a]["eigenvector"], member.get(a, 0)) for a, d in sorted(A.nodes(data=True))]
    rows.sort(key=lambda r: (-r[2], -r[3], r[0]))
    return Table("centrality", "Centrality in the actor network",
                 ("actor", "actor_type", "degree", "strength", "betweenness", "eigenvector", "community"), rows,
                 "Actors linked when co-named in one provision, partners (会同…) or approver (报…批准); "
                 "degree counts neighbours, strength sums link weights; betweenness is normalised; "
                 "eigenvector uses the weights.")


def communities_table(G, A=None):
    A = actor_network(G) if A is None else A
    rows = [(i, len(c), "、".join(c)) for i, c in enumerate(communities(A), 1)]
    return Table("communities", "Communities of actors (Louvain, seeded)", ("community", "size", "members"), rows)


def encouraged_only_table(G):
    types = _types(G)
    arts = defaultdict(set)
    for p in provisions(G):
        arts[p["actor"]].add((p["doc"], p["article_order"], p["article"]))
    rows = []
    for a, c in duty_load(G).items():
        if a != NO_ACTOR and c and set(c) <= set(SOFT_MODALITIES):
            rows.append((a, types.get(a, "unspecified"), *(c[m] for m in SOFT_MODALITIES), sum(c.values()),
                         "、".join(lab for _, _, lab in sorted(arts[a]))))
    rows.sort(key=lambda r: (-r[5], r[0]))
    return Table("encouraged-only", "Actors only encouraged, supported or guided, never obliged",
                 ("actor", "actor_type", *SOFT_MODALITIES, "total", "articles"), rows,
                 "Actors whose every provision is 鼓励, 支持 or 引导: no obligation, prohibition, permission, "
                 "commitment or liability.")


def unpartnered_obligations_table(G):
    types = _types(G)
    rows = []
    for p in _by_document(provisions(G)):
        if p["modality"] != "obligation" or types.get(p["actor"]) not in GOVERNMENT_TYPES:
            continue
        if not any(rel == "partner" for _, _, rel in G.out_edges(p["id"], keys=True)):
            rows.append((p["doc_label"], p["article"], p["paragraph"], p["actor"], types[p["actor"]], p["action"]))
    return Table("unpartnered-obligations", "Obligations of government actors with no partner",
                 ("document", "article", "paragraph", "actor", "actor_type", "action"), rows,
                 "Obligations of governments and their departments that name no partner (会同, 联合, 协同…).")


def programmes_table(G):
    rows = []
    for n, d in G.nodes(data=True):
        if d["kind"] != "programme":
            continue
        out = defaultdict(set)
        for _, a, rel in G.out_edges(n, keys=True):
            out[rel].add(G.nodes[a]["label"])
        provs = [G.nodes[p] for p, _, rel in G.in_edges(n, keys=True) if rel == "programme"]
        arts = sorted({(p["doc"], p["article_order"], p["article"]) for p in provs})
        rows.append((d["label"], d.get("programme_type", ""), "、".join(sorted(out["led_by"])),
                     "、".join(sorted(out["partner"])), len(provs), "、".join(a[2] for a in arts)))
    rows.sort(key=lambda r: (-r[4], r[0]))
    return Table("programmes", "Programmes with their lead actors and partners",
                 ("programme", "type", "leads", "partners", "provisions", "articles"), rows)


def chapter_modality_table(G):
    counts = defaultdict(Counter)
    order = {}
    for p in provisions(G):
        key = (p["doc_label"], p["doc"], p["chapter"] or "(no chapter)")
        counts[key][p["modality"]] += 1
        order.setdefault(key, (p["doc_label"], p["doc"], p["article_order"]))
    rows = [(label, ch, *(counts[(label, doc, ch)][m] for m in MODALITIES), sum(counts[(label, doc, ch)].values()))
            for label, doc, ch in sorted(counts, key=lambda k: order[k])]
    return Table("chapter-modality", "Modality mix per chapter", ("document", "chapter", *MODALITIES, "total"), rows)


def _status(p):
    """coded (an instrument), none (no instrument, by the rules) or uncoded (nothing to go on)."""
    if p["instrument"]:
        return "coded"
    return "none" if p["instrument_evidence"].startswith("none") else "uncoded"


def instruments_table(G):
    labels = scheme()
    rows = [(p["doc_label"], p["article"], p["actor"], p["modality"], labels[p["instrument"]][2] if p["instrument"] else "",
             p["instrument"] or ("none" if _status(p) == "none" else ""),
             labels[p["instrument"]][0] if p["instrument"] else "", p["instrument_secondary"],
             p["instrument_evidence"], p["action"]) for p in _by_document(provisions(G))]
    return Table("instruments", "Policy-instrument coding of each provision",
                 ("document", "article", "actor", "modality", "side", "instrument", "label", "secondary", "evidence",
                  "action"), rows,
                 "Rothwell & Zegveld: supply-side (供给型), environment-side (环境型), demand-side (需求型); "
                 "how the coding works: see Instrument shares. The evidence says why: the patterns that matched, the rule that decided "
                 "(private-duty, penalty, fallback) or the reason for none; blank instrument: uncoded.")


def instrument_shares_table(G):
    labels = scheme()
    per_doc = defaultdict(Counter)
    totals, status = Counter(), defaultdict(Counter)
    for p in provisions(G):
        key = (p["doc_label"], p["doc"])
        totals[key] += 1
        status[key][_status(p)] += 1
        status[key]["fallback"] += "(fallback)" in p["instrument_evidence"]
        if p["instrument"]:
            per_doc[(p["doc_label"], p["doc"])][p["instrument"]] += 1
    rows = []
    for key in sorted(totals):
        doc, c = key[0], per_doc[key]
        coded = sum(c.values())
        rows.append((doc, "", "", "编码覆盖 coverage: coded", coded, coded / totals[key]))
        rows.append((doc, "", "", "其中兜底 of which by fallback", status[key]["fallback"],
                     status[key]["fallback"] / totals[key]))
        for side in SIDES:
            members = [n for n, v in labels.items() if v[2] == side and n != side]
            n_side = sum(c[n] for n in members)
            rows.append((doc, side, "", labels[side][0], n_side, n_side / coded if coded else 0.0))
            rows += [(doc, side, n, labels[n][0], c[n], c[n] / coded if coded else 0.0) for n in members]
        rows.append((doc, "", "none", "非政策工具 no instrument", status[key]["none"],
                     status[key]["none"] / totals[key]))
        rows.append((doc, "", "", "未编码 uncoded", status[key]["uncoded"], status[key]["uncoded"] / totals[key]))
    return Table("instrument-shares", "Instrument shares per document",
                 ("document", "side", "instrument", "label", "provisions", "share"), rows,
                 "Coverage first: the share of all provisions coded with an instrument, and of them those "
                 "coded by fallback (no pattern matched). Side and instrument "
                 "rows: share of the coded provisions (side rows are subtotals). The last two rows: provisions "
                 "that are no instrument (principles, competences, procedures, officials' liability) and "
                 "provisions left uncoded, as shares of all provisions. " + HOW)


def instrument_domain_table(G):
    labels = scheme()
    cells = Counter()
    domains = set()
    for p in provisions(G):
        for _, o, rel in G.out_edges(p["id"], keys=True):
            if rel == "domain":
                domains.add(G.nodes[o]["label"])
                cells[(p["instrument"], G.nodes[o]["label"])] += 1
    domains = sorted(domains)
    rows = [(n, labels[n][0], *(cells[(n, d)] for d in domains)) for n in labels if n not in SIDES]
    if any(cells[("", d)] for d in domains):
        rows.append(("", "未编码 uncoded", *(cells[("", d)] for d in domains)))
    return Table("instrument-domain", "Instrument × domain", ("instrument", "label", *domains), rows,
                 "Provisions per instrument and policy domain (a provision may have several domains).")


def all_tables(G, A=None):
    """Every table, in report order (``A``: the :func:`actor_network` of ``G``, if already made)."""
    A = actor_network(G) if A is None else A
    return [duty_load_table(G), centrality_table(G, A), communities_table(G, A), encouraged_only_table(G),
            unpartnered_obligations_table(G), programmes_table(G), chapter_modality_table(G),
            instrument_shares_table(G), instrument_domain_table(G), instruments_table(G)]
