"""Interactive HTML of the graph: pyvis nodes and edges in one self-contained page.

The page needs no network: vis-network's JavaScript and CSS (shipped inside the
pyvis package) are inlined, there is no CDN or Bootstrap link, and a Content
Security Policy forbids every request.  Document text reaches the page only as
JSON inside a ``<script type="application/json">`` block (``<``, ``>`` and ``&``
escaped) and is put on screen with ``textContent``, so markup in a regulation is
shown as text.

Two views:

* ``detailed`` (one document): actors, provisions, programmes, domains and
  articles; actor→provision edges coloured and dashed by modality; a tooltip on
  each provision with its source sentence, article and paragraph.
* ``actors`` (large inputs): actors and programmes only; actor–actor links
  (co-named, partner, approval) and actor→programme edges per modality.

``auto`` picks ``detailed`` for one document of at most :data:`DETAILED_LIMIT`
nodes, else ``actors``.
"""

import json
import math
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment
from markupsafe import Markup
from rdflib import Graph
from rdflib.namespace import SKOS

from ..analysis.load import MODALITIES, NO_ACTOR, add_actor_links, provisions
from .summary import Summary, summarise
from ..resources import ontology_path

__all__ = ["graph_html", "view_data", "viz", "VIEWS", "DETAILED_LIMIT"]

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
RELATION_STYLE = {  # relation -> (colour, dashes, 中文)
    "conamed": ("#9e9e9e", False, "同列主体"), "partner": ("#1e88e5", [6, 4], "会同协作"),
    "approval": ("#fb8c00", [2, 3], "报批"), "article": ("#cfd8dc", False, "出处"),
    "programme": ("#ce93d8", False, "政策项目"), "domain": ("#80cbc4", False, "领域"),
    "approver": ("#fb8c00", [2, 3], "报批"), "embedded_in": ("#bdbdbd", [1, 3], "嵌套"),
    "led_by": ("#ab47bc", False, "牵头"),
}
TIP_LIMIT = 400  # characters of one tooltip line (the details panel shows all)


@lru_cache(maxsize=None)
def _labels():
    """``{(scheme, notation): 中文 label}`` from ontology/schemes.ttl."""
    g = Graph().parse(str(ontology_path("schemes.ttl")), format="turtle")
    out = {}
    for c, lit in g.subject_objects(SKOS.prefLabel):
        if lit.language == "zh":
            scheme, notation = str(c).rsplit("/", 2)[-2:]
            out[(scheme, notation)] = str(lit)
    return out


def _zh(scheme, notation):
    return _labels().get((scheme, notation), notation)


SOURCE_SHOWN = 500  # characters of a provision's sentence in its tip: the page stays linear in the input


def _short(text, n=14):
    return text if len(text) <= n else text[:n] + "…"


def _size(load):
    return 10 + 6 * math.sqrt(load)


def _duty(G):
    load = {}
    for p in provisions(G):
        load.setdefault(p["actor"], {}).setdefault(p["modality"], 0)
        load[p["actor"]][p["modality"]] += 1
    return load


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


def _detailed(G, net):
    load = _duty(G)
    for n, d in sorted(G.nodes(data=True)):
        kind = d["kind"]
        if kind == "actor":
            _actor_node(net, n, d, load)
        elif kind == "provision":
            colour = MODALITY_STYLE.get(d["modality"], ("#9e9e9e", False))[0]
            tip = [["条款", d["paragraph"] or d["article"]], ["主体", d["actor"]],
                   ["模态", _zh("modality", d["modality"])], ["行为", d["action"]],
                   ["原文", _short(d["source"], SOURCE_SHOWN)], ["章", d["chapter"]], ["法规", d["doc_label"]]]
            if d.get("instrument_evidence"):
                tip.append(["政策工具", d["instrument_evidence"]])
            net.add_node(n, label=_short(d["action"]), shape="dot", size=6, kind="provision",
                         color={"background": KIND_STYLE["provision"][0], "border": colour},
                         borderWidth=2, modality=d["modality"], chapter=d["chapter"], tip=tip)
        elif kind == "article":
            net.add_node(n, label=d["label"], shape="square", size=8, color=KIND_STYLE["article"][0],
                         kind="article", chapter=d["chapter"],
                         tip=[["条", d["label"]], ["章", d["chapter"]], ["条文", d["text"]]])
        elif kind in ("programme", "domain"):
            colour, shape, zh = KIND_STYLE[kind]
            tip = [[zh, d["label"]]] + ([["类型", _zh("programme-type", d["programme_type"])]]
                                        if d.get("programme_type") else [])
            net.add_node(n, label=d["label"], shape=shape, size=10, color=colour, kind=kind, tip=tip)
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


def _actor_graph(s):
    """The actor–actor graph of a :class:`~policykg.viz.summary.Summary`, as :func:`~policykg.analysis.load.actor_network` makes it."""
    A = nx.Graph()
    for label, d in sorted({d["label"]: d for _, d in sorted(s.actors.items())}.items()):
        if label != NO_ACTOR:
            A.add_node(label, actor_type=d["actor_type"], level=d["level"])
    counts = defaultdict(Counter)
    for (pair, rel), n in s.pairs.items():
        counts[pair][rel] += n
    return add_actor_links(A, counts)


def _actors(s, net):
    """The actors view of a :class:`~policykg.viz.summary.Summary`."""
    load = {}
    for (label, modality), n in s.duty.items():
        load.setdefault(label, {})[modality] = n
    A = _actor_graph(s)
    ids = {}
    for n, d in sorted(s.actors.items()):
        if d["label"] in A:
            ids[d["label"]] = n
            _actor_node(net, n, d, load)
    links = {k: v for k, v in s.links.items() if k[0] in ids}  # (actor, programme, modality) -> [count, chapters]
    for o in sorted({o for _, o, _ in links}):
        label = s.programmes[o]
        net.add_node(o, label=label, shape="diamond", size=10, color=KIND_STYLE["programme"][0],
                     kind="programme", tip=[["政策项目", label]])
    for (a, o, m), (count, chapters) in sorted(links.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
        colour, dashes = MODALITY_STYLE.get(m, ("#9e9e9e", False))
        net.add_edge(ids[a], o, color=colour, dashes=dashes, width=1 + math.log2(count), modality=m,
                     chapters=sorted(chapters), relation="programme",
                     tip=[["模态", _zh("modality", m)], ["条款数", str(count)]])
    for a, b, d in sorted(A.edges(data=True)):
        rel = max(("conamed", "partner", "approval"), key=lambda r: (d[r], r))
        colour, dashes, zh = RELATION_STYLE[rel]
        net.add_edge(ids[a], ids[b], color=colour, dashes=dashes, width=1 + math.log2(d["weight"]), arrows="",
                     relation=rel, tip=[["关系", zh], ["同列", str(d["conamed"])], ["会同", str(d["partner"])],
                                        ["报批", str(d["approval"])]])


def _options(n_nodes, view):
    big = n_nodes > 300
    return {
        "layout": {"randomSeed": 7, "improvedLayout": not big},
        "physics": {"enabled": True, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -8000 if view == "detailed" else -12000,
                                  "springLength": 90, "springConstant": 0.04, "damping": 0.5,
                                  "avoidOverlap": 0.1},
                    "stabilization": {"enabled": True, "iterations": 400 if n_nodes <= 1000 else 200 if n_nodes <= 3000 else 100,
                                      "updateInterval": 50, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False},
        "nodes": {"font": {"size": 12, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                  "selectionWidth": 2},
    }


def view_data(G, view="auto", title="policykg"):
    """The page's data: pyvis nodes and edges with their filter attributes, options, legend and filters."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    summary = G if isinstance(G, Summary) else None
    docs = summary.docs if summary else {d["doc"] for _, d in G.nodes(data=True) if d["kind"] == "article"}
    if summary and (view == "detailed" or view == "auto" and len(docs) <= 1):
        raise ValueError("the detailed view needs the networkx view of the document, not a summary")
    if view == "auto":
        view = "detailed" if len(docs) <= 1 and G.number_of_nodes() <= DETAILED_LIMIT else "actors"
    net = _network()
    if view == "detailed":
        _detailed(G, net)
    else:
        summary = summary or summarise(G)
        _actors(summary, net)
    nodes, edges, _, _, _, _ = net.get_network_data()
    for e in edges:
        if e.get("arrows") == "to":
            del e["arrows"]  # the default (options.edges.arrows) draws it
    present = lambda key: sorted({x.get(key) for x in nodes + edges if x.get(key)})  # noqa: E731
    if view == "actors":  # its chapters are those of provisions (programme links)
        chapter_order = summary.chapters
    else:
        chapter_order = {}
        for p in provisions(G):
            chapter_order.setdefault(p["chapter"], (p["doc"], p["article_order"]))
        for _, d in G.nodes(data=True):
            if d["kind"] == "article":
                chapter_order.setdefault(d["chapter"], (d["doc"], d["order"]))
    chapters = sorted({c for x in nodes for c in [x.get("chapter")] if c} |
                      {c for e in edges for c in e.get("chapters", [])}, key=lambda c: (chapter_order.get(c, ("", 0)), c))
    modalities = [m for m in MODALITIES if m in present("modality")]
    types = present("actorType")
    legend = {
        "kinds": [[KIND_STYLE[k][2], KIND_STYLE[k][0], KIND_STYLE[k][1]] for k in KIND_STYLE
                  if any(n["kind"] == k for n in nodes) and k != "actor"],
        "actorTypes": [[_zh("actor-type", t), ACTOR_COLOURS.get(t, "#9e9e9e")] for t in types],
        "modalities": [[_zh("modality", m), *MODALITY_STYLE[m]] for m in modalities],
        "relations": [[RELATION_STYLE[r][2], RELATION_STYLE[r][0], RELATION_STYLE[r][1]]
                      for r in sorted({e["relation"] for e in edges} & set(RELATION_STYLE))],
    }
    filters = {"modality": [[m, _zh("modality", m)] for m in modalities],
               "actorType": [[t, _zh("actor-type", t)] for t in types],
               "chapter": [[c, c] for c in chapters]}
    return {"title": title, "view": view, "nodes": nodes, "edges": edges, "options": _options(len(nodes), view),
            "legend": legend, "filters": filters, "tipLimit": TIP_LIMIT}


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


def graph_html(G, view="auto", title=None):
    """The self-contained HTML page of the networkx multi-digraph ``G`` (see :mod:`policykg.analysis.load`).

    ``G`` may also be a :class:`~policykg.viz.summary.Summary` of several documents (actors view only).
    """
    if isinstance(G, Summary):
        titles = sorted(G.titles)
    else:
        titles = sorted({d["doc_label"] for _, d in G.nodes(data=True) if d["kind"] == "provision"})
    title = title or (titles[0] if len(titles) == 1 else "policykg")
    data = view_data(G, view, title)
    js, css, app, page, style = _assets()
    env = Environment(autoescape=True, keep_trailing_newline=True)
    n_edges = len(data["edges"])
    subtitle = (f"{'单个法规详细视图' if data['view'] == 'detailed' else '主体网络视图'} · "
                f"{len(data['nodes'])} nodes · {n_edges} edges")
    return env.from_string(page).render(title=title, subtitle=subtitle, vis_js=Markup(js), vis_css=Markup(css),
                                        page_css=Markup(style), app_js=Markup(app),
                                        data_json=Markup(_script_json(data)))


def viz(paths=None, out="build", view="auto", keep_going=False, name="graph.html", jobs=None, cache=True,
        progress=None, select=None, actor_level="organisation"):
    """Write the page for regulations (or built .ttl/.nq/.jsonld graphs) at ``paths`` into ``out``; return its path.

    Regulations are read, extracted and graphed as ``build`` does them (``jobs``, ``cache``,
    ``progress``: see :func:`policykg.pipeline.run`); the actors view of several of them is
    made from each document's summary, as ``build`` makes graph.html; ``select`` keeps the documents it
    selects (see :mod:`policykg.selection`); ``actor_level``: the level actors are drawn at
    (:mod:`policykg.analysis.levels`; other than the organisation, the page is made from the whole view).
    """
    from ..analysis.inputs import load
    from ..analysis.levels import at_level, check_level
    from ..outputs import write_atomically

    full = view == "detailed" or check_level(actor_level) != "organisation"
    loaded = load(paths, keep_going, view="full" if full else "summary", jobs=jobs, cache=cache, progress=progress,
                  select=select)
    docs = loaded.documents
    G = loaded.network if isinstance(loaded.network, Summary) else at_level(loaded.network, actor_level)
    page = graph_html(G, view, docs[0].label if len(docs) == 1 else None)
    return write_atomically(out, {name: page})[0]
