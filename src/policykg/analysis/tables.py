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
from .load import MODALITIES, PSEUDO_TYPES, actor_network, actors, provisions
from .metrics import annotate, duty_load

__all__ = ["Table", "to_csv", "to_markdown", "GOVERNMENT_TYPES", "SOFT_MODALITIES", "LEADING_MODALITIES", "PROVISIONS", "all_tables",
           "ranked_network", "documents_table", "duty_load_table", "pseudo_actors_table", "centrality_table",
           "communities_table", "encouraged_only_table", "unpartnered_obligations_table", "programmes_table",
           "chapter_modality_table", "document_modality_table", "instruments_table", "instrument_shares_table",
           "instrument_domain_table"]

GOVERNMENT_TYPES = ("government", "government-department")
SOFT_MODALITIES = ("encouragement", "support", "guidance")

# What the counts of most tables count (said above each table in the report).
PROVISIONS = ("provisions (one provision is one actor bound one way, by one modality, to one verb phrase read from "
              "one sentence: a sentence binding two actors to two verb phrases is four provisions)")


@dataclass
class Table:
    name: str  # file stem: duty-load → tables/duty-load.csv
    title: str
    columns: tuple
    rows: list
    note: str = ""  # how to read it, shown under the title in the report
    unit: str = ""  # what one row, and each count in it, is: shown above the table in the report


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
                 "the same title read together; current: the latest in force.",
                 "one row per document; the provisions column counts " + PROVISIONS)


def _by_document(provs):
    """Provisions in document order, documents by label (how tables name them)."""
    return sorted(provs, key=lambda p: p["doc_label"])  # stable: each document's own order stays


def _types(G):
    return {a: d["actor_type"] for a, d in actors(G).items()}


def _load_rows(G, pseudo):
    types = _types(G)
    rows = [(a, types.get(a, "unspecified"), sum(c.values()), *(c[m] for m in MODALITIES))
            for a, c in duty_load(G).items() if (types.get(a, "unspecified") in PSEUDO_TYPES) == pseudo]
    return sorted(rows, key=lambda r: (-r[2], -r[3], r[0]))


def duty_load_table(G):
    return Table("duty-load", "Duty load per actor by modality", ("actor", "actor_type", "total", *MODALITIES),
                 _load_rows(G, False), "Provisions borne by each actor, by modality, most first; a sentence binding "
                 "two actors counts for each. Pseudo-actors (no actor named, or a place) are in their own table.",
                 "one row per actor; counts are " + PROVISIONS)


def pseudo_actors_table(G):
    return Table("pseudo-actors", "Pseudo-actors: provisions that name no body",
                 ("actor", "actor_type", "total", *MODALITIES), _load_rows(G, True),
                 "未指明 (unspecified): the provision names no actor (a passive or impersonal sentence); "
                 "jurisdiction: a place binds itself as a whole (本市, 本省 and 国家, named here by the place they "
                 "stand for at the organisation level). Not actors: they are not ranked, and networks leave them out.",
                 "one row per pseudo-actor; counts are " + PROVISIONS)


def ranked_network(G):
    """The actor network of ``G`` without pseudo-actors, its figures on the nodes (:func:`~.metrics.annotate`)."""
    A = actor_network(G)
    A.remove_nodes_from([n for n, d in list(A.nodes(data=True)) if d.get("actor_type") in PSEUDO_TYPES])
    return annotate(A, G)


def _figured(G, A):
    """``A`` with its figures on the nodes (an actor network made by hand gets them), or the ranked network."""
    if A is None:
        return ranked_network(G)
    return A if all("betweenness" in d for _, d in A.nodes(data=True)) else annotate(A, G)


def centrality_table(G, A=None):
    A = _figured(G, A)
    rows = [(a, d.get("actor_type", "unspecified"), d["betweenness"], d["degree"], d["strength"], d["eigenvector"],
             d["community"]) for a, d in sorted(A.nodes(data=True))]
    rows.sort(key=lambda r: (-r[2], -r[4], r[0]))
    return Table("centrality", "Centrality in the actor network, sorted by betweenness",
                 ("actor", "actor_type", "betweenness", "degree", "strength", "eigenvector", "community"), rows,
                 "Sorted by betweenness: the share of shortest paths between two other actors that pass through "
                 "this one (normalised, unweighted), which finds the brokers between groups; degree is not the "
                 "sort, since one list sentence (…等部门按照各自职责) links every department it names to every "
                 "other. Actors are linked when co-named in one provision, partners (会同…) or approver (报…批准); "
                 "degree counts neighbours, strength sums link weights (provisions), eigenvector uses the weights. "
                 "Pseudo-actors are left out. Across documents, a category named in many of them (工作人员 in "
                 "…部门及其工作人员 liability clauses, 企业) is one node and so bridges their jurisdictions: "
                 "`--actor-level role` or one document at a time (`--jurisdiction`) reads brokers within a place.",
                 "one row per actor of the actor network (pseudo-actors left out)")


def communities_table(G, A=None):
    A = _figured(G, A)
    found = defaultdict(list)
    for a, d in sorted(A.nodes(data=True)):
        found[d["community"]].append(a)
    rows = [(i, len(found[i]), "、".join(found[i])) for i in sorted(found)]
    return Table("communities", "Communities of actors (Louvain, seeded)", ("community", "size", "members"), rows,
                 "Groups of actors linked more among themselves than to the rest of the actor network.",
                 "one row per community, largest first; size in actors")


def encouraged_only_table(G):
    types = _types(G)
    arts = defaultdict(set)
    for p in provisions(G):
        arts[p["actor"]].add((p["doc"], p["article_order"], p["article"]))
    rows = []
    for a, c in duty_load(G).items():
        if types.get(a, "unspecified") not in PSEUDO_TYPES and c and set(c) <= set(SOFT_MODALITIES):
            rows.append((a, types.get(a, "unspecified"), *(c[m] for m in SOFT_MODALITIES), sum(c.values()),
                         "、".join(lab for _, _, lab in sorted(arts[a]))))
    rows.sort(key=lambda r: (-r[5], r[0]))
    return Table("encouraged-only", "Actors only encouraged, supported or guided, never obliged",
                 ("actor", "actor_type", *SOFT_MODALITIES, "total", "articles"), rows,
                 "Actors whose every provision is 鼓励, 支持 or 引导: no obligation, prohibition, permission, "
                 "commitment or liability.", "one row per actor; counts are " + PROVISIONS)


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
                 "Obligations of governments and their departments that name no partner (会同, 联合, 协同…).",
                 "one row per provision " + PROVISIONS[PROVISIONS.index("("):])


LEADING_MODALITIES = ("obligation", "commitment")  # 应当/负责, 将: bound to create or run; 可以 is mostly leave to use


def programmes_table(G):
    def body(n):  # the organisation of an actor node, whatever the level (a mention's organisation)
        return G.nodes[n].get("organisation", G.nodes[n]["label"])

    def named(nodes):
        return "、".join(sorted(G.nodes[a]["label"] for a in nodes))

    rows = []
    for n, d in G.nodes(data=True):
        if d["kind"] != "programme":
            continue
        out = defaultdict(set)
        for _, a, rel in G.out_edges(n, keys=True):
            if G.nodes[a].get("actor_type") not in PSEUDO_TYPES:
                out[rel].add(a)
        provs = [G.nodes[p] for p, _, rel in G.in_edges(n, keys=True) if rel == "programme"]
        borne = defaultdict(set)  # organisation -> modalities of its provisions naming the programme
        for p, _, rel in G.in_edges(n, keys=True):
            if rel == "programme":
                for a, _, k in G.in_edges(p, keys=True):
                    if k == "bears":
                        borne[body(a)].add(G.nodes[p]["modality"])
        bound = {a for a, ms in borne.items() if ms & set(LEADING_MODALITIES)}
        # encouraged: a soft provision of its own, or none (named inside another's duty: 指导行业组织发布…)
        soft = {a for a, ms in borne.items() if ms & set(SOFT_MODALITIES)} | {body(a) for a in out["led_by"]
                                                                             if body(a) not in borne}
        arts = sorted({(p["doc"], p["article_order"], p["article"]) for p in provs})
        docs = sorted({p["doc_label"] for p in provs})
        rows.append((d["label"], d.get("programme_type", ""), named(a for a in out["led_by"] if body(a) in bound),
                     named(out["partner"]), named(a for a in out["led_by"] if body(a) in soft - bound), len(provs),
                     "、".join(docs), "、".join(a[2] for a in arts)))
    rows.sort(key=lambda r: (-r[5], r[0], r[6]))
    return Table("programmes", "Programmes with their lead actors and partners",
                 ("programme", "type", "leads", "partners", "encouraged", "provisions", "documents", "articles"), rows,
                 "leads: actors a provision binds (应当, 负责, 将) to create or run the programme (编制规划, "
                 "建设中心), not those that rely on it (根据…规划, 纳入…目录) or are only allowed to use it (可以通过…平台); "
                 "encouraged: actors the provisions only encourage, support or guide to run it (支持企业建设…中心: "
                 "企业), who are no leads; partners: named with 会同… in the leading provision. Pseudo-actors "
                 "(未指明, 本市) are neither. A programme belongs to its document (every city's 专项资金 is its own).",
                 "one row per programme; provisions: those naming it " + PROVISIONS[PROVISIONS.index("("):])


def chapter_modality_table(G):
    counts = defaultdict(Counter)
    order = {}
    for p in provisions(G):
        key = (p["doc_label"], p["doc"], p["chapter"] or "(no chapter)")
        counts[key][p["modality"]] += 1
        order.setdefault(key, (p["doc_label"], p["doc"], p["article_order"]))
    rows = [(label, ch, *(counts[(label, doc, ch)][m] for m in MODALITIES), sum(counts[(label, doc, ch)].values()))
            for label, doc, ch in sorted(counts, key=lambda k: order[k])]
    return Table("chapter-modality", "Modality mix per chapter", ("document", "chapter", *MODALITIES, "total"), rows,
                 "", "one row per chapter of each document, in the document's order; counts are " + PROVISIONS)


def document_modality_table(G, documents=()):
    """Modality mix of each document (``documents``: the records, for their titles and order)."""
    counts = defaultdict(Counter)
    for p in provisions(G):
        counts[p["doc"]][p["modality"]] += 1
    named = [(r.label, r.id) for r in documents] or sorted({(p["doc_label"], p["doc"]) for p in provisions(G)})
    rows = [(label, *(counts[doc][m] for m in MODALITIES), sum(counts[doc].values())) for label, doc in named]
    return Table("document-modality", "Modality mix per document", ("document", *MODALITIES, "total"), rows,
                 "Each document by its short title and version date, in the order of the documents table.",
                 "one row per document; counts are " + PROVISIONS)


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
                 "(private-duty, penalty, fallback) or the reason for none; blank instrument: uncoded.",
                 "one row per provision " + PROVISIONS[PROVISIONS.index("("):])


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
                 "that are no instrument (principles, competences, procedures, oversight inside the state, officials' liability) and "
                 "provisions left uncoded, as shares of all provisions. " + HOW,
                 "rows per document; counts are " + PROVISIONS + "; share: a fraction (0.25 = 25 %)")


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
                 "Provisions per instrument and policy domain (a provision may have several domains).",
                 "one row per instrument; counts are " + PROVISIONS)


def all_tables(G, A=None, documents=()):
    """Every table but the documents table, in report order (``A``: the :func:`ranked_network` of ``G``,
    if already made; ``documents``: the records, for the modality mix per document)."""
    A = ranked_network(G) if A is None else A
    return [duty_load_table(G), pseudo_actors_table(G), centrality_table(G, A), communities_table(G, A),
            encouraged_only_table(G), unpartnered_obligations_table(G), programmes_table(G),
            document_modality_table(G, documents), chapter_modality_table(G), instrument_shares_table(G),
            instrument_domain_table(G), instruments_table(G)]
