"""Documents side by side: shared and distinct actors, duty load, modality and instrument mix, programmes."""

from collections import Counter, defaultdict

from ..errors import PolicyKGError
from .instruments import SIDES, scheme
from .inputs import load
from .levels import at_level, check_level
from .load import MODALITIES, NO_ACTOR, provisions
from .tables import Table, to_csv, to_markdown

__all__ = ["compare_tables", "compare_report", "compare"]


def compare_tables(G, docs):
    """The comparison tables for the documents ``docs`` (their
    :class:`~policykg.identity.documents.DocumentRecord`) of the multi-digraph ``G``; columns are named
    by the documents' labels (short title and version date)."""
    records = docs
    ids = [d.id for d in records]
    seen = Counter(d.label for d in records)
    cols = [d.label if seen[d.label] == 1 else f"{d.label} ({d.id})" for d in records]  # never twice, but safe
    docs = list(zip(ids, cols))
    provs = provisions(G)
    load = defaultdict(Counter)  # doc -> actor -> provisions
    obl = defaultdict(Counter)
    mods = defaultdict(Counter)
    insts = defaultdict(Counter)
    progs = defaultdict(set)
    for p in provs:
        load[p["doc"]][p["actor"]] += 1
        obl[p["doc"]][p["actor"]] += p["modality"] == "obligation"
        mods[p["doc"]][p["modality"]] += 1
        insts[p["doc"]][p["instrument"]] += 1
        for _, o, rel in G.out_edges(p["id"], keys=True):
            if rel == "programme":
                progs[p["doc"]].add(G.nodes[o]["label"])
    actors = {d: set(load[d]) - {NO_ACTOR} for d in ids}
    shared = set.intersection(*actors.values()) if actors else set()
    summary = Table("compare-documents", "Documents",
                    ("document", "title", "level", "jurisdiction", "version_date", "version", "current", "provisions",
                     "actors", "programmes"),
                    [(t, r.title, r.level, r.jurisdiction, r.version_date, f"{r.version} of {r.versions}",
                      "yes" if r.current else "no", sum(load[d].values()), len(actors[d]), len(progs[d]))
                     for (d, t), r in zip(docs, records)])
    rows = [("(all)", len(shared), "、".join(sorted(shared)))]
    for d, t in docs:
        own = actors[d] - set().union(*(actors[o] for o in ids if o != d))
        rows.append((t, len(own), "、".join(sorted(own))))
    actor_table = Table("compare-actors", "Shared and distinct actors", ("document", "actors", "names"), rows,
                        "(all): actors named in every document; then the actors named only in that document.")
    everyone = sorted(set().union(*actors.values()))
    duty_rows = []
    for a in everyone:
        totals = [load[d][a] for d in ids]
        duty_rows.append((a, *totals, *(obl[d][a] for d in ids), max(totals) - min(totals)))
    duty_rows.sort(key=lambda r: (-r[-1], r[0]))
    duty = Table("compare-duty-load", "Duty load differences",
                 ("actor", *(f"{c} provisions" for c in cols), *(f"{c} obligations" for c in cols), "spread"),
                 duty_rows, "Provisions per actor in each document; spread = largest minus smallest count.")
    mod_rows = []
    for m in MODALITIES:
        counts = [mods[d][m] for d in ids]
        if any(counts):
            mod_rows.append((m, *counts, *(mods[d][m] / max(sum(mods[d].values()), 1) for d in ids)))
    modality = Table("compare-modality", "Modality mix",
                     ("modality", *cols, *(f"{c} share" for c in cols)), mod_rows)
    labels = scheme()
    inst_rows = []
    for n, (zh, _, side) in labels.items():
        if n in SIDES:
            counts = [sum(insts[d][k] for k, v in labels.items() if v[2] == n and k != n) for d in ids]
        else:
            counts = [insts[d][n] for d in ids]
        coded = [sum(c for k, c in insts[d].items() if k) for d in ids]
        inst_rows.append((side, "" if n in SIDES else n, zh, *counts,
                          *(c / t if t else 0.0 for c, t in zip(counts, coded))))
    instrument = Table("compare-instruments", "Instrument mix",
                       ("side", "instrument", "label", *cols, *(f"{c} share" for c in cols)), inst_rows,
                       "Shares of each document's coded provisions; side rows are subtotals.")
    all_progs = set().union(*(progs[d] for d in ids))
    prog_rows = [(p, *("✓" if p in progs[d] else "" for d in ids)) for p in sorted(all_progs,
                 key=lambda p: (-sum(p in progs[d] for d in ids), p))]
    programmes = Table("compare-programmes", "Programmes", ("programme", *cols), prog_rows,
                       "Programmes named in each document's provisions.")
    return [summary, actor_table, duty, modality, instrument, programmes]


def compare_report(tables, limit=20):
    out = ["# policykg comparison", ""]
    for t in tables:
        out += [f"## {t.title}", ""] + ([t.note, ""] if t.note else [])
        out += [to_markdown(t, limit) if t.rows else "(none)", ""]
    return "\n".join(out)


def compare(paths, out=None, keep_going=False, jobs=None, cache=True, progress=None, select=None,
            actor_level=None):
    """Compare the documents at ``paths``; return the Markdown and, with ``out``, write it and the CSVs there.

    ``actor_level``: the level documents' actors are aligned at (:mod:`policykg.analysis.levels`); by default
    the organisation when the documents share one jurisdiction (versions of one law), else the role, so that
    two cities' 工信 bureaus meet.  ``jobs``, ``cache``, ``progress``: as for ``build``
    (see :func:`policykg.pipeline.run`); ``select`` keeps the documents it selects
    (:mod:`policykg.selection`), e.g. the versions of one law.
    """
    if actor_level is not None:
        check_level(actor_level)
    loaded = load(paths, keep_going, jobs=jobs, cache=cache, progress=progress, select=select)
    docs = loaded.documents
    if len(docs) < 2:
        raise PolicyKGError(f"compare needs at least two documents, got {len(docs)}"
                            + (f" ({docs[0].label})" if docs else ""))
    if actor_level is None:
        actor_level = "organisation" if len({d.jurisdiction for d in docs}) == 1 else "role"
    tables = compare_tables(at_level(loaded.network, actor_level), docs)
    text = compare_report(tables)
    written = []
    if out is not None:
        from ..outputs import write_atomically

        files = {f"tables/{t.name}.csv": to_csv(t) for t in tables}
        files["compare.md"] = text
        written = write_atomically(out, files)
    return text, written
