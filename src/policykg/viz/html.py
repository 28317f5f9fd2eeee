"""graph.html: an explorer of who bears which duties, in one self-contained page.

The page opens on the actors with the highest duty load in the selection (their
modality mix as bars); an actor opens its ego view (its provisions grouped by
modality, with article, partners, programmes, document and source sentence); a
provision's article opens its text.  The network is one click away, beside a
sortable table of the same selection (exported as CSV).  Filters: document,
jurisdiction, legal level, year range, modality, actor type, and chapters inside
one chosen document; actors are counted at the organisation or the role level
(:mod:`policykg.identity`).

Everything the page counts comes from one row per provision
(:class:`~policykg.viz.summary.Summary`), so the page of a corpus is made from the
documents' summaries without their networkx views.  Layouts are computed here
(igraph's Fruchterman–Reingold, seeded) and shipped as positions: the browser
runs no physics, and the same input gives the same bytes.

Two graph views:

* ``detailed`` (one document): actors, provisions, programmes, domains and
  articles, drawn through pyvis; actor→provision edges coloured and dashed by
  modality.
* ``actors`` (several documents): the actors of the selection with the highest
  load, their links (co-named, partner, approval) and programmes, drawn from
  the provision rows at each filter change.

``auto`` picks ``detailed`` for one document of at most :data:`DETAILED_LIMIT`
nodes, else ``actors``.

The page needs no network: vis-network's JavaScript and CSS (shipped inside the
pyvis package) are inlined, and a Content Security Policy forbids every request.
Document text reaches the page only as JSON inside a ``<script
type="application/json">`` block (``<``, ``>`` and ``&`` escaped) and is put on
screen with ``textContent``, so markup in a regulation is shown as text.
"""

import json
import math
import random
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup
from rdflib import Graph
from rdflib.namespace import SKOS

from ..analysis.load import MODALITIES, NO_ACTOR, PSEUDO_TYPES
from ..resources import ontology_path
from .summary import Row, Summary, summarise

__all__ = ["graph_html", "view_data", "viz", "layout", "VIEWS", "DETAILED_LIMIT"]

VIEWS = ("auto", "detailed", "actors")
DETAILED_LIMIT = 2500  # nodes; above this the detailed view is too dense to read

KIND_STYLE = {  # kind -> (colour, shape, 中文)
    "actor": ("#1565c0", "dot", "主体"), "provision": ("#b0bec5", "dot", "条款规定"),
    "programme": ("#8e24aa", "diamond", "政策项目"), "domain": ("#00897b", "triangle", "领域"),
    "article": ("#78909c", "square", "条"),
}
ACTOR_COLOURS = {
    "government": "#c62828", "government-department": "#ef6c00", "legislature": "#6d4c41",
    "enterprise": "#1565c0", "sme": "#42a5f5", "university": "#2e7d32", "research-institute": "#66bb6a",
    "association": "#00838f", "financial-institution": "#f9a825", "media": "#ad1457", "individual": "#7e57c2",
    "other-organisation": "#546e7a", "jurisdiction": "#d81b60", "unspecified": "#9e9e9e",
}
MODALITY_STYLE = {  # modality -> (colour, dashes)
    "obligation": ("#c62828", False), "prohibition": ("#212121", False), "permission": ("#1e88e5", [2, 4]),
    "encouragement": ("#43a047", [8, 6]), "support": ("#7cb342", [8, 6]), "guidance": ("#00acc1", [4, 4]),
    "commitment": ("#8e24aa", False), "liability": ("#6d4c41", [12, 4]),
}
DOC_RELATION_STYLE = {  # the document network's relations -> (colour, dashes, 中文, English)
    "basis": ("#c62828", False, "立法依据", "legal basis"), "cites": ("#1e88e5", False, "引用", "cites"),
    "version": ("#2e7d32", [10, 5], "版本", "version"), "shared": ("#fb8c00", [3, 4], "文本相同", "shared provisions"),
}
LEVEL_COLOURS = ("#6a1b9a", "#1565c0", "#00838f", "#2e7d32", "#ef6c00", "#ad1457", "#5d4037", "#546e7a")
RELATION_STYLE = {  # relation -> (colour, dashes, 中文)
    "conamed": ("#9e9e9e", False, "同列主体"), "partner": ("#1e88e5", [6, 4], "会同协作"),
    "approval": ("#fb8c00", [2, 3], "报批"), "article": ("#cfd8dc", False, "出处"),
    "programme": ("#ce93d8", False, "政策项目"), "domain": ("#80cbc4", False, "领域"),
    "approver": ("#fb8c00", [2, 3], "报批"), "embedded_in": ("#bdbdbd", [1, 3], "嵌套"),
    "led_by": ("#ab47bc", False, "牵头"),
}
TIP_LIMIT = 400  # characters of one tooltip line (the details panel shows all)
SOURCE_SHOWN = 500  # characters of a provision's sentence in its tip: the page stays linear in the input
SCHEMES = ("schemes.ttl", "domain-scheme.ttl", "instrument-scheme.ttl")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # characters JavaScript counts as two (CJK extension B…)


@lru_cache(maxsize=None)
def _labels():
    """``{(scheme, notation): (中文, English)}`` from the ontology's concept schemes."""
    out = {}
    for name in SCHEMES:
        g = Graph().parse(str(ontology_path(name)), format="turtle")
        for c, lit in sorted(g.subject_objects(SKOS.prefLabel)):
            scheme, notation = str(c).rsplit("/", 2)[-2:]
            zh, en = out.get((scheme, notation), (notation, notation))
            out[(scheme, notation)] = (str(lit), en) if lit.language == "zh" else (zh, str(lit))
    return out


def _zh(scheme, notation):
    return _labels().get((scheme, notation), (notation, notation))[0]


def _zh_en(scheme, notation):
    """'义务 obligation': the Chinese label, then the English one."""
    zh, en = _labels().get((scheme, notation), (notation, notation))
    return zh if zh == en else f"{zh} {en}"


def _short(text, n=14):
    return text if len(text) <= n else text[:n] + "…"


def _size(load):
    return 10 + 6 * math.sqrt(load)


def _igraph():
    """igraph, imported without its matplotlib drawing: importing it would load pyplot (half a second of every
    build) for the layouts alone.  In a process that has imported matplotlib already, igraph as it is."""
    import sys

    if "igraph" in sys.modules or "matplotlib" in sys.modules:
        import igraph
        return igraph
    sys.modules["matplotlib"] = None  # what an absent matplotlib looks like to igraph's find_matplotlib
    try:
        import igraph
    finally:
        del sys.modules["matplotlib"]
    return igraph


def layout(nodes, edges, seed=7, scale=1000):
    """``{node: [x, y]}``: Fruchterman–Reingold positions (igraph, seeded) as integers in ``[0, scale]``, the same
    every run.  ``edges``: ``(u, v, weight)``.

    >>> pos = layout(["a", "b", "c"], [("a", "b", 1)])
    >>> pos == layout(["a", "b", "c"], [("a", "b", 1)]), all(0 <= v <= 1000 for xy in pos.values() for v in xy)
    (True, True)
    """
    igraph = _igraph()
    nodes = sorted(nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, _ in edges], directed=False)
    g.es["weight"] = [w for _, _, w in edges]
    g.simplify(combine_edges="sum")
    rng = random.Random(seed)
    igraph.set_random_number_generator(rng)  # the layout's own random steps: seeded, the same every run
    try:
        half = math.sqrt(len(nodes)) / 2  # igraph's own spread: a smaller one makes the grid variant slow
        start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in nodes]
        xy = g.layout_fruchterman_reingold(seed=start, niter=300 if len(nodes) < 1000 else 200,
                                           weights=[math.log2(1 + w) for w in g.es["weight"]],
                                           grid=len(nodes) >= 1000)
    finally:
        igraph.set_random_number_generator(random)  # igraph's default
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    left, top = min(xs), min(ys)
    span = max(max(xs) - left, max(ys) - top, 1e-9)
    return {n: [round((x - left) / span * scale), round((y - top) / span * scale)] for n, x, y in zip(nodes, xs, ys)}


def _spread(pos, scale):
    """``pos`` spread by rank (each axis's order kept, three parts rank to one part place), so that the busy
    middle of a force layout is as legible as its rim; app.js does the same to the actors it draws."""
    out = {n: list(xy) for n, xy in pos.items()}
    for axis in (0, 1):
        order = sorted(pos, key=lambda n: (pos[n][axis], n))
        lo, hi = pos[order[0]][axis], pos[order[-1]][axis]
        for rank, n in enumerate(order):
            out[n][axis] = round(scale * (0.75 * rank / max(len(order) - 1, 1) + 0.25 * (pos[n][axis] - lo) / ((hi - lo) or 1)))
    return out


def _actor_node(net, node_id, d, load):
    c = load.get(d["label"], {})
    total = sum(c.values())
    colour = ACTOR_COLOURS.get(d["actor_type"], ACTOR_COLOURS["unspecified"])
    duty = " · ".join(f"{_zh('modality', m)} {c[m]}" for m in MODALITIES if c.get(m)) or "—"
    net.add_node(node_id, label=d["label"], shape="dot", color=colour, size=_size(total), kind="actor",
                 actorType=d["actor_type"], load=total,
                 tip=[["主体", d["label"]], ["类型", _zh("actor-type", d["actor_type"])], ["职责负荷", duty]])


def _network():
    from pyvis.network import Network

    return Network(directed=True, cdn_resources="in_line")


def _detailed(G):
    """Nodes and edges (vis-network data, through pyvis) of one document's networkx view, with positions."""
    from ..analysis.load import provisions

    net = _network()
    load = {}
    for p in provisions(G):
        load.setdefault(p["actor"], Counter())[p["modality"]] += 1
    for n, d in sorted(G.nodes(data=True)):
        kind = d["kind"]
        if kind == "actor":
            _actor_node(net, n, d, load)
        elif kind == "provision":
            colour = MODALITY_STYLE.get(d["modality"], ("#9e9e9e", False))[0]
            tip = [["条款", d["paragraph"] or d["article"]], ["主体", d["actor"]],
                   ["模态", _zh("modality", d["modality"])], ["行为", d["action"]],
                   ["原文", _short(d["source"], SOURCE_SHOWN)], ["章", d["chapter"]], ["法规", d["doc_label"]]]
            if d.get("instrument"):
                tip.append(["政策工具", _zh_en("instrument", d["instrument"])])
            if d.get("instrument_evidence"):
                tip.append(["工具依据", d["instrument_evidence"]])
            net.add_node(n, label=_short(d["action"]), shape="dot", size=6, kind="provision",
                         color={"background": KIND_STYLE["provision"][0], "border": colour},
                         borderWidth=2, modality=d["modality"], chapter=d["chapter"], tip=tip)
        elif kind == "article":
            net.add_node(n, label=d["label"], shape="square", size=8, color=KIND_STYLE["article"][0],
                         kind="article", chapter=d["chapter"],
                         tip=[["条", d["label"]], ["章", d["chapter"]], ["条文", d["text"]]])
        elif kind == "programme":
            colour, shape, zh = KIND_STYLE[kind]
            tip = [[zh, d["label"]]] + ([["类型", _zh("programme-type", d["programme_type"])]]
                                        if d.get("programme_type") else [])
            net.add_node(n, label=d["label"], shape=shape, size=10, color=colour, kind=kind, tip=tip)
        elif kind == "domain":
            colour, shape, zh = KIND_STYLE[kind]
            net.add_node(n, label=_zh("domain", d["label"]), shape=shape, size=10, color=colour, kind=kind,
                         tip=[[zh, _zh_en("domain", d["label"])]])
    for u, v, rel, d in sorted(G.edges(keys=True, data=True)):
        if u not in net.node_map or v not in net.node_map:
            continue  # action nodes are shown as provision labels
        if rel == "bears":
            colour, dashes = MODALITY_STYLE.get(d["modality"], ("#9e9e9e", False))
            net.add_edge(u, v, color=colour, dashes=dashes, width=2, modality=d["modality"], relation=rel,
                         tip=[["模态", _zh("modality", d["modality"])]])
        else:
            colour, dashes, zh = RELATION_STYLE.get(rel, ("#bdbdbd", False, rel))
            net.add_edge(u, v, color=colour, dashes=dashes, width=1, relation=rel, tip=[["关系", zh]])
    nodes, edges, _, _, _, _ = net.get_network_data()
    for e in edges:
        if e.get("arrows") == "to":
            del e["arrows"]  # the default (options.edges.arrows) draws it
    pos = _spread(layout([n["id"] for n in nodes], [(e["from"], e["to"], 1) for e in edges]),
                  scale=round(70 * math.sqrt(len(nodes))))
    for n in nodes:
        n["x"], n["y"] = pos[n["id"]]
    return nodes, edges


def _graph_options(view):
    return {
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": view == "detailed",
                        "navigationButtons": False, "keyboard": False},
        "nodes": {"font": {"size": 12, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": view == "detailed", "scaleFactor": 0.4}},
                  "selectionWidth": 2},
    }


def _doc_rows(s, records):
    """``[[id, label, jurisdiction, legal level (中文), year]]`` of the documents with provisions, by label."""
    by_id = {r.id: r for r in records or []}
    out = []
    for doc in sorted(set(s.titles) | s.docs):
        r = by_id.get(doc)
        label = r.label if r is not None else s.titles.get(doc, doc)
        out.append([doc, label, (r.jurisdiction or "") if r else "", _zh("legal-level", r.level) if r and r.level else "",
                    r.year if r and r.year else 0])
    return sorted(out, key=lambda d: (d[1], d[0]))


def _layouts(actors, programmes, rows, roles):
    """Positions at the organisation and the role level: ``{level: [[x, y] of each actor or role], programmes}``."""
    out = {}
    for level in ("organisation", "role"):
        key = (lambda a: "a" + str(roles[a])) if level == "role" else (lambda a: "a" + str(a))
        weights = Counter()
        statements = {}
        for r in rows:
            a, partners, approver, progs, st = r["actor"], r["partners"], r["approver"], r["programmes"], r["statement"]
            if a < 0:
                continue
            statements.setdefault(st, set()).add(key(a))
            for b in partners + ([approver] if approver >= 0 else []):
                if key(b) != key(a):
                    weights[tuple(sorted((key(a), key(b))))] += 1
            for p in progs:
                weights[(key(a), "p" + str(p))] += 1
        for names in statements.values():
            names = sorted(names)
            for i, a in enumerate(names):
                for b in names[i + 1:]:
                    weights[(a, b)] += 1
        n = (max(roles) + 1 if roles else 0) if level == "role" else len(actors)
        pos = layout([f"a{i}" for i in range(n)] + [f"p{i}" for i in range(len(programmes))],
                     [(u, v, w) for (u, v), w in sorted(weights.items())], scale=1500)
        out[level] = {"actors": [pos[f"a{i}"] for i in range(n)],
                      "programmes": [pos[f"p{i}"] for i in range(len(programmes))]}
    return out


@lru_cache(maxsize=256)
def _bmp(text):
    return _ASTRAL.search(text) is None


def _utf16_span(text, at, part):
    """``[start, end]`` of ``part`` found at ``at`` in ``text``, in UTF-16 code units (JavaScript's string indexes):
    the page ships each article's text once and points into it."""
    if _bmp(text):  # nearly always: one code unit per character
        return [at, at + len(part)]
    start = len(text[:at].encode("utf-16-le")) // 2
    return [start, start + len(part.encode("utf-16-le")) // 2]


def _explorer(s, records):
    """The page's tables: documents, chapters, articles, actors, roles, programmes and one row per provision."""
    docs = _doc_rows(s, records)
    doc_index = {d[0]: i for i, d in enumerate(docs)}
    art_ids = sorted(s.articles, key=lambda a: (doc_index.get(s.articles[a][0], -1), s.articles[a][3], a))
    chapters, chapter_index, articles = [], {}, []
    for a in art_ids:
        doc, label, chapter, _, text = s.articles[a]
        if chapter and (doc, chapter) not in chapter_index:
            chapter_index[(doc, chapter)] = len(chapters)
            chapters.append([doc_index.get(doc, -1), chapter])
        articles.append([doc_index.get(doc, -1), label, chapter_index.get((doc, chapter), -1), text])
    art_index = {a: i for i, a in enumerate(art_ids)}
    rows = sorted((Row(*r) for r in s.provisions),
                  key=lambda r: (doc_index.get(r.doc, -1), art_index.get(r.article, -1), r.statement[1:], r.actor,
                                 r.modality, r.action, r.statement[0]))
    names = set(s.actors) | {r.actor for r in rows} | {p for r in rows for p in r.partners} | \
        {r.approver for r in rows if r.approver}
    names.discard(NO_ACTOR)
    names = sorted(names)
    actor_index = {a: i for i, a in enumerate(names)}
    types = sorted({(s.actors.get(a) or {}).get("actor_type") or "unspecified" for a in names})
    role_names = sorted({(s.actors.get(a) or {}).get("role") or a for a in names})
    role_index = {r: i for i, r in enumerate(role_names)}
    actors, roles = [], []
    for a in names:
        d = s.actors.get(a) or {}
        role = d.get("role") or a
        actors.append([a, types.index(d.get("actor_type") or "unspecified"), d.get("jurisdiction") or "",
                       role_index[role]])
        roles.append(role_index[role])
    prog_ids = sorted(s.programmes, key=lambda p: (s.programmes[p], p))
    prog_index = {p: i for i, p in enumerate(prog_ids)}
    statements, cols = {}, {k: [] for k in ("actor", "modality", "article", "sentence", "action", "partners",
                                            "approver", "programmes", "statement", "instrument")}
    modalities = [m for m in MODALITIES if any(r.modality == m for r in rows)]
    instruments = sorted({r.instrument for r in rows if r.instrument})
    plain = []
    for r in rows:
        art = art_index.get(r.article, -1)
        text = articles[art][3] if art >= 0 else ""
        at = text.find(r.sentence) if r.sentence else -1
        act = text.find(r.action, max(at, 0)) if r.action else -1
        row = {"actor": actor_index.get(r.actor, -1), "modality": modalities.index(r.modality) if r.modality in modalities else -1,
               "article": art, "sentence": _utf16_span(text, at, r.sentence) if at >= 0 else r.sentence, "action": _utf16_span(text, act, r.action) if act >= 0 else r.action,
               "partners": sorted({actor_index[p] for p in r.partners if p in actor_index}),
               "approver": actor_index.get(r.approver, -1),
               "programmes": sorted(prog_index[p] for p in r.programmes if p in prog_index),
               "statement": statements.setdefault(r.statement, len(statements)),
               "instrument": instruments.index(r.instrument) if r.instrument else -1}
        plain.append(row)
        for k, v in row.items():
            cols[k].append(v)
    return {
        "docs": docs, "chapters": chapters, "articles": articles,
        "actors": actors, "roles": role_names, "programmes": [s.programmes[p] for p in prog_ids],
        # pseudo-actors (places binding themselves): listed apart, ranked only on request, as in the report
        "actorTypes": [[t, _zh("actor-type", t), ACTOR_COLOURS.get(t, "#9e9e9e"), t in PSEUDO_TYPES] for t in types],
        "modalities": [[m, _zh("modality", m), _labels().get(("modality", m), (m, m))[1], MODALITY_STYLE[m][0]]
                       for m in modalities],
        "instruments": [[i, _zh_en("instrument", i)] for i in instruments],
        "rows": cols, "noActor": sum(r.actor == NO_ACTOR for r in rows),
        "positions": _layouts(actors, prog_ids, plain, roles),
    }


def _docnet(net, docs):
    """The document network (:class:`~policykg.relations.network.DocumentNetwork`) as the page draws it: nodes
    (documents by their index in ``docs``, then the works cited but not read), edges and seeded positions."""
    from ..relations.network import RELATIONS

    doc_index = {d[0]: i for i, d in enumerate(docs)}
    ids = [n for n in net.nodes if n in doc_index] + [n for n, v in net.nodes.items() if not v.read]
    index = {n: i for i, n in enumerate(ids)}
    works = sorted({net.nodes[n].work for n in ids})
    names = {net.nodes[n].work: net.nodes[n].name for n in reversed(ids)}  # a document's name before a stub's
    work_index = {w: i for i, w in enumerate(works)}
    edges = [e for e in net.edges if e.source in index and e.target in index]
    linked = sorted({n for e in edges for n in (e.source, e.target)})
    pos = layout(linked, [(e.source, e.target, 1 + math.log2(e.weight)) for e in edges])
    pos = _spread(pos, scale=round(70 * math.sqrt(len(linked)))) if pos else {}
    levels = sorted({d[3] for d in docs if d[3]})
    return {
        # [document index or -1, label (works), work index, x, y]
        "nodes": [[doc_index.get(n, -1), "" if n in doc_index else net.nodes[n].label, work_index[net.nodes[n].work],
                   *pos.get(n, (0, 0))] for n in ids],
        # [from, to, relation index, weight, citing articles, share, mean score, order]
        "edges": [[index[e.source], index[e.target], RELATIONS.index(e.relation), e.weight, "、".join(e.articles),
                   e.share, e.score, e.order] for e in edges],
        "works": [names[w] for w in works],
        "relations": [[r, *DOC_RELATION_STYLE[r]] for r in RELATIONS],
        "levels": [[lv, LEVEL_COLOURS[i % len(LEVEL_COLOURS)]] for i, lv in enumerate(levels)],
    }


def view_data(G, view="auto", title="policykg", records=None, level="organisation", relations=None):
    """The page's data: the explorer's tables, the graph (the detailed view's nodes and edges), options and legend.

    ``G``: a networkx view (:func:`~policykg.analysis.load.to_networkx`) or a
    :class:`~policykg.viz.summary.Summary`; ``records``: the documents'
    :class:`~policykg.identity.documents.DocumentRecord` (jurisdiction, level and year for the filters);
    ``relations``: the documents' :class:`~policykg.relations.network.DocumentNetwork` (the document network view).
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    summary = G if isinstance(G, Summary) else None
    docs = summary.docs if summary else {d["doc"] for _, d in G.nodes(data=True) if d["kind"] == "article"}
    if summary and (view == "detailed" or view == "auto" and len(docs) <= 1):
        raise ValueError("the detailed view needs the networkx view of the document, not a summary")
    if view == "auto":
        view = "detailed" if len(docs) <= 1 and G.number_of_nodes() <= DETAILED_LIMIT else "actors"
    data = _explorer(summary or summarise(G), records)
    if relations is not None and len(data["docs"]) > 1:
        data["docnet"] = _docnet(relations, data["docs"])
    data.update(title=title, view=view, level="role" if level == "role" else "organisation", tipLimit=TIP_LIMIT,
                options=_graph_options(view), relations=[[r, *RELATION_STYLE[r]] for r in ("conamed", "partner", "approval")])
    if view == "detailed":
        nodes, edges = _detailed(G)
        present = sorted({e["relation"] for e in edges} & set(RELATION_STYLE))
        data["graph"] = {
            "nodes": nodes, "edges": edges,
            "kinds": [[KIND_STYLE[k][2], KIND_STYLE[k][0], KIND_STYLE[k][1]] for k in KIND_STYLE
                      if any(n["kind"] == k for n in nodes) and k != "actor"],
            "relations": [[RELATION_STYLE[r][2], RELATION_STYLE[r][0], RELATION_STYLE[r][1]] for r in present],
        }
    return data


def _script_json(obj):
    """JSON that cannot end the ``<script>`` element it sits in."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


@lru_cache(maxsize=None)
def _assets():
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    here = resources.files(__package__)
    app = here.joinpath("app.js").read_text(encoding="utf-8")
    page = here.joinpath("page.html").read_text(encoding="utf-8")
    style = here.joinpath("page.css").read_text(encoding="utf-8")
    for name, text, end in (("vis-network.min.js", js, "</script"), ("app.js", app, "</script"),
                            ("vis-network.css", css, "</style"), ("page.css", style, "</style")):
        if end in text.lower():
            raise RuntimeError(f"{name} contains {end}> and cannot be inlined")
    return js, css, app, page, style


def graph_html(G, view="auto", title=None, records=None, level="organisation", relations=None):
    """The self-contained HTML page of the networkx multi-digraph ``G`` (see :mod:`policykg.analysis.load`).

    ``G`` may also be a :class:`~policykg.viz.summary.Summary` of several documents (actors view only);
    ``records``: the documents' records (for the document filters); ``level``: the actor level the
    page opens at (organisation or role); ``relations``: the documents' network of citations, versions and
    shared provisions (:func:`policykg.relations.network.document_network`), drawn in a view of its own.
    """
    if isinstance(G, Summary):
        titles = sorted(set(G.titles.values()))
    else:
        titles = sorted({d["doc_label"] for _, d in G.nodes(data=True) if d["kind"] == "provision"})
    title = title or (titles[0] if len(titles) == 1 else "policykg")
    data = view_data(G, view, title, records, level, relations)
    js, css, app, page, style = _assets()
    env = Environment(autoescape=True, keep_trailing_newline=True)
    rows = len(data["rows"]["actor"])
    docs = "单个法规详细视图" if data["view"] == "detailed" else f"主体网络视图 · {len(data['docs'])} 部法规 documents"
    subtitle = f"{docs} · {rows} 条规定 provisions · {len(data['actors'])} 个主体 actors"

    return env.from_string(page).render(title=title, subtitle=subtitle, vis_js=Markup(js), vis_css=Markup(css),
                                        page_css=Markup(style), app_js=Markup(app),
                                        data_json=Markup(_script_json(data)))


def viz(paths=None, out="build", view="auto", keep_going=False, name="graph.html", jobs=None, cache=True,
        progress=None, select=None, actor_level="organisation"):
    """Write the page for regulations (or built .ttl/.nq/.jsonld graphs) at ``paths`` into ``out``; return its path.

    Regulations are read, extracted and graphed as ``build`` does them (``jobs``, ``cache``,
    ``progress``: see :func:`policykg.pipeline.run`); the page of several of them is
    made from each document's summary, as ``build`` makes graph.html; ``select`` keeps the documents it
    selects (see :mod:`policykg.selection`); ``actor_level``: the level actors are counted at
    (:mod:`policykg.analysis.levels`; the page switches between organisation and role itself; the
    mention level is made from the whole view).
    """
    from ..analysis.inputs import load
    from ..analysis.levels import at_level, check_level
    from ..outputs import write_atomically

    full = view == "detailed" or check_level(actor_level) == "mention"
    loaded = load(paths, keep_going, view="full" if full else "summary", jobs=jobs, cache=cache, progress=progress,
                  select=select)
    docs = loaded.documents
    G = loaded.network
    if not isinstance(G, Summary) and actor_level == "mention":
        G = at_level(G, actor_level)
    page = graph_html(G, view, docs[0].label if len(docs) == 1 else None, records=docs, level=actor_level,
                      relations=loaded.relations)
    return write_atomically(out, {name: page})[0]
