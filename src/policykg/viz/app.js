// policykg explorer: top actors, ego views, article text, and the network beside a table, over one row per provision.
// Every text from the documents is put on screen with textContent, never as HTML.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("policykg-data").textContent);
  var R = D.rows, N = R.actor.length, M = D.modalities.length;
  var limit = D.tipLimit || 400;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function button(text, cls, onclick) {
    var b = el("button", text, cls);
    b.type = "button";
    b.addEventListener("click", onclick);
    return b;
  }
  function cut(s) { s = String(s); return s.length > limit ? s.slice(0, limit) + "…" : s; }
  function tooltip(lines) {
    var div = el("div", null, "pkg-tip");
    lines.forEach(function (l) {
      if (!l[1]) { return; }
      var row = el("div");
      row.appendChild(el("b", l[0] + "："));
      row.appendChild(document.createTextNode(cut(l[1])));
      div.appendChild(row);
    });
    return div;
  }

  // ---- Derived tables ----------------------------------------------------------------------------------
  var rowDoc = new Int32Array(N), rowChapter = new Int32Array(N);
  for (var i = 0; i < N; i++) {
    var a = R.article[i];
    rowDoc[i] = a >= 0 ? D.articles[a][0] : -1;
    rowChapter[i] = a >= 0 ? D.articles[a][2] : -1;
  }
  var roleType = D.roles.map(function () { return {}; });  // a role's type: the most frequent of its organisations'
  D.actors.forEach(function (a) { roleType[a[3]][a[1]] = (roleType[a[3]][a[1]] || 0) + 1; });
  roleType = roleType.map(function (c) {
    var best = -1;
    Object.keys(c).forEach(function (t) { if (best < 0 || c[t] > c[best]) { best = +t; } });
    return best;
  });
  var years = D.docs.map(function (d) { return d[4]; }).filter(function (y) { return y; });
  var minYear = years.length ? Math.min.apply(null, years) : 0, maxYear = years.length ? Math.max.apply(null, years) : 0;

  var S = {
    level: D.level, doc: -1, jurisdiction: "", legal: "", y0: minYear, y1: maxYear, chapter: -1,
    modality: new Set(D.modalities.map(function (_, k) { return k; })),
    type: new Set(D.actorTypes.map(function (_, k) { return k; })),
    top: D.view === "detailed" ? 0 : 150, sort: { key: "total", desc: true },
    pseudo: false,  // jurisdictions (本市, 国家) ranked as actors: off, as in the report's tables
  };
  function key(a) { return a < 0 ? -1 : S.level === "role" ? D.actors[a][3] : a; }
  function count() { return S.level === "role" ? D.roles.length : D.actors.length; }
  function label(k) { return S.level === "role" ? D.roles[k] : D.actors[k][0]; }
  function typeOf(k) { return S.level === "role" ? roleType[k] : D.actors[k][1]; }
  function place(k) { return S.level === "role" ? "" : D.actors[k][2]; }
  function pseudo(k) { var t = D.actorTypes[typeOf(k)]; return !!(t && t[3]); }  // a place binding itself

  // ---- Selection ---------------------------------------------------------------------------------------
  function docPasses(d, anyDoc) {  // anyDoc: the jurisdiction, level and years only (the document network)
    var doc = D.docs[d];
    if (S.doc >= 0 && d !== S.doc && !anyDoc) { return false; }
    if (S.jurisdiction && doc[2] !== S.jurisdiction) { return false; }
    if (S.legal && doc[3] !== S.legal) { return false; }
    if (doc[4] && (doc[4] < S.y0 || doc[4] > S.y1)) { return false; }
    return true;
  }
  var sel = null;  // {rows: Int32Array, load: Int32Array(count * (M + 1)), noActor}
  function select() {
    var docOK = D.docs.map(function (_, d) { return docPasses(d); });
    var typeOK = D.actorTypes.map(function (_, t) { return S.type.has(t); });
    var modOK = D.modalities.map(function (_, m) { return S.modality.has(m); });
    var rows = new Int32Array(N), n = 0, noActor = 0, C = count(), load = new Int32Array(C * (M + 1));
    for (var i = 0; i < N; i++) {
      var d = rowDoc[i];
      if (d >= 0 && !docOK[d]) { continue; }
      if (S.chapter >= 0 && rowChapter[i] !== S.chapter) { continue; }
      if (!modOK[R.modality[i]]) { continue; }
      var a = R.actor[i];
      if (a < 0) { noActor++; continue; }
      if (!typeOK[D.actors[a][1]]) { continue; }
      rows[n++] = i;
      var k = key(a);
      load[k * (M + 1) + R.modality[i]]++;
      load[k * (M + 1) + M]++;
    }
    sel = { rows: rows.subarray(0, n), load: load, noActor: noActor };
    return sel;
  }
  function total(k) { return sel.load[k * (M + 1) + M]; }
  function mix(k) { return D.modalities.map(function (_, m) { return sel.load[k * (M + 1) + m]; }); }
  function ranked(apart) {  // nodes with load, highest first; pseudo-actors only when asked (apart: only them)
    var out = [];
    for (var k = 0, C = count(); k < C; k++) {
      if (total(k) && (apart ? !S.pseudo && pseudo(k) : S.pseudo || !pseudo(k))) { out.push(k); }
    }
    return out.sort(function (x, y) { return total(y) - total(x) || (label(x) < label(y) ? -1 : 1); });
  }
  function mixText(k) {
    return mix(k).map(function (c, m) { return c ? D.modalities[m][1] + " " + c : ""; }).filter(Boolean).join(" · ");
  }

  // ---- Views and navigation ----------------------------------------------------------------------------
  var views = ["overview", "ego", "article", "graphview", "docview"];
  var stack = [];  // [view, argument] pairs behind the one shown
  var current = ["overview", null];
  function show(view, arg, push) {
    if (push !== false && (current[0] !== view || current[1] !== arg)) { stack.push(current); }
    current = [view, arg];
    views.forEach(function (v) { $(v).hidden = v !== view; });
    $("back").hidden = !stack.length;
    document.querySelectorAll("#tabs button[data-view]").forEach(function (b) {
      b.classList.toggle("on", b.getAttribute("data-view") === (view === "graphview" || view === "docview" ? view : "overview"));
    });
    render();
  }
  function back() {
    if (!stack.length) { return; }
    var to = stack.pop();
    show(to[0], to[1], false);
  }
  function render() {
    if (current[0] === "overview") { renderOverview(); }
    else if (current[0] === "ego") { renderEgo(current[1]); }
    else if (current[0] === "article") { renderArticle(current[1]); }
    else if (current[0] === "docview") { renderDocnet(); }
    else { renderGraph(); renderTable(); }
  }

  function bar(k, max) {
    var b = el("span", null, "bar");
    b.style.width = (100 * total(k) / max).toFixed(2) + "%";
    mix(k).forEach(function (c, m) {
      if (!c) { return; }
      var s = el("span");
      s.style.width = (100 * c / total(k)).toFixed(2) + "%";
      s.style.background = D.modalities[m][3];
      s.title = D.modalities[m][1] + " " + D.modalities[m][2] + ": " + c;
      b.appendChild(s);
    });
    return b;
  }
  function actorLink(k, text) {
    var b = button(text || label(k), "link", function () { show("ego", k); });
    b.setAttribute("data-node", String(k));
    return b;
  }
  function renderOverview() {
    var box = $("overview");
    box.textContent = "";
    var top = ranked();
    box.appendChild(el("h2", "职责负荷最高的主体 · actors with the highest duty load"));
    box.appendChild(el("p", "职责负荷：所选范围内该主体承担的规定条数（一句话列出几个主体时每个主体各计一条），" +
      "按规范模态分色 · duty load: provisions the actor bears in the selection (a sentence naming several actors " +
      "counts for each), coloured by modality." + (sel.noActor ? " 未指明主体的规定 " + sel.noActor +
      " 条不计入 · " + sel.noActor + " provisions name no actor and are left out." : ""), "hint"));
    var legend = el("div", null, "mixlegend");
    D.modalities.forEach(function (m) {
      var s = el("span", null, "swatch");
      s.style.background = m[3];
      legend.appendChild(s);
      legend.appendChild(document.createTextNode(m[1] + " " + m[2] + "  "));
    });
    box.appendChild(legend);
    var apart = pseudoLine();
    if (apart) { box.appendChild(apart); }
    var list = el("ol", null, "top");
    var max = top.length ? total(top[0]) : 1;
    top.slice(0, 40).forEach(function (k) {
      var li = el("li");
      li.appendChild(actorLink(k));
      li.appendChild(el("span", total(k), "num"));
      li.appendChild(bar(k, max));
      li.title = mixText(k);
      list.appendChild(li);
    });
    box.appendChild(list);
    if (!top.length) { box.appendChild(el("p", "所选范围内没有规定 · nothing in the selection", "hint")); }
    else if (top.length > 40) {
      box.appendChild(el("p", "另有 " + (top.length - 40) + " 个主体：见网络图旁的表格 · " + (top.length - 40) +
        " more actors: see the table beside the network.", "hint"));
    }
  }
  function pseudoLine() {  // places binding themselves (本市, 国家): listed apart, in one line, not ranked
    var places = ranked(true), SHOWN_PLACES = 12;
    if (!places.length) { return null; }
    var p = el("p", null, "pseudo");
    p.appendChild(el("span", "行政区域作为主体，单列不排名 · jurisdictions binding themselves (本市, 国家; pseudo-actors, " +
      "not ranked, as in the report): ", "key"));
    function add(k, j) {
      if (j) { p.insertBefore(document.createTextNode("、"), more); }
      var b = actorLink(k, label(k) + " " + total(k));
      b.title = mixText(k);
      p.insertBefore(b, more);
    }
    var more = null;
    if (places.length > SHOWN_PLACES) {
      more = button("… 全部 " + places.length + " 个 all", "link more", function () {
        places.slice(SHOWN_PLACES).forEach(function (k, j) { add(k, SHOWN_PLACES + j); });
        more.remove();
      });
      p.appendChild(more);
    }
    places.slice(0, SHOWN_PLACES).forEach(add);
    return p;
  }

  function text(col, i) {  // a row's sentence or action: itself, or [start, end] in its article's text
    var s = col[i];
    return typeof s === "string" ? s : D.articles[R.article[i]][3].slice(s[0], s[1]);
  }
  function sentence(i) { return text(R.sentence, i); }
  function names(list) { return list.map(function (a) { return key(a); }).filter(function (k, j, all) { return all.indexOf(k) === j; }); }
  function provisionItem(i) {
    var li = el("li", null, "prov");
    li.setAttribute("data-row", String(i));
    var head = el("div");
    head.appendChild(el("b", text(R.action, i) || "—"));
    li.appendChild(head);
    var meta = el("div", null, "meta");
    var a = R.article[i];
    if (a >= 0) {
      var art = D.articles[a];
      var link = button(art[1], "link article", function () { show("article", a); });
      link.setAttribute("data-article", String(a));
      meta.appendChild(link);
      meta.appendChild(document.createTextNode(" · " + D.docs[art[0]][1] + (art[2] >= 0 ? " · " + D.chapters[art[2]][1] : "")));
    }
    li.appendChild(meta);
    function line(title, nodes) {
      if (!nodes.length) { return; }
      var d = el("div", null, "meta");
      d.appendChild(el("span", title + "：", "key"));
      nodes.forEach(function (n, j) { if (j) { d.appendChild(document.createTextNode("、")); } d.appendChild(n); });
      li.appendChild(d);
    }
    line("会同 partners", names(R.partners[i]).map(function (k) { return actorLink(k); }));
    line("报批 approver", R.approver[i] >= 0 ? [actorLink(key(R.approver[i]))] : []);
    line("政策项目 programmes", R.programmes[i].map(function (p) { return el("span", D.programmes[p]); }));
    if (R.instrument[i] >= 0) { line("政策工具 instrument", [el("span", D.instruments[R.instrument[i]][1])]); }
    li.appendChild(el("blockquote", sentence(i)));
    return li;
  }
  var SHOWN = 50;  // provisions listed per modality before "show all"
  function renderEgo(k) {
    var box = $("ego");
    box.textContent = "";
    box.appendChild(el("h2", label(k)));
    var type = D.actorTypes[typeOf(k)];
    box.appendChild(el("p", [type ? type[1] : "", place(k), "职责负荷 duty load " + total(k), mixText(k)]
      .filter(Boolean).join(" · "), "hint"));
    var groups = D.modalities.map(function () { return []; });
    var partnerOf = 0;
    for (var j = 0; j < sel.rows.length; j++) {
      var i = sel.rows[j];
      if (key(R.actor[i]) === k) { groups[R.modality[i]].push(i); }
      else if (R.partners[i].some(function (a) { return key(a) === k; }) || key(R.approver[i]) === k) { partnerOf++; }
    }
    if (partnerOf) { box.appendChild(el("p", "另在 " + partnerOf + " 条规定中作为会同或报批对象 · named as partner or approver in " + partnerOf + " more provisions", "hint")); }
    groups.forEach(function (rows, m) {
      if (!rows.length) { return; }
      var sec = el("section", null, "group");
      sec.setAttribute("data-modality", D.modalities[m][0]);
      var h = el("h3", D.modalities[m][1] + " " + D.modalities[m][2] + " (" + rows.length + ")");
      h.style.borderLeftColor = D.modalities[m][3];
      sec.appendChild(h);
      var ol = el("ol");
      rows.slice(0, SHOWN).forEach(function (i) { ol.appendChild(provisionItem(i)); });
      sec.appendChild(ol);
      if (rows.length > SHOWN) {
        var more = button("显示全部 show all " + rows.length, "more", function () {
          rows.slice(SHOWN).forEach(function (i) { ol.appendChild(provisionItem(i)); });
          more.remove();
        });
        sec.appendChild(more);
      }
      box.appendChild(sec);
    });
    if (!groups.some(function (g) { return g.length; })) { box.appendChild(el("p", "所选范围内没有该主体的规定 · none in the selection", "hint")); }
  }
  function renderArticle(a) {
    var box = $("article");
    box.textContent = "";
    var art = D.articles[a];
    box.appendChild(el("h2", art[1]));
    box.appendChild(el("p", D.docs[art[0]][1] + (art[2] >= 0 ? " · " + D.chapters[art[2]][1] : ""), "hint"));
    box.appendChild(el("div", art[3], "text"));
  }

  // ---- Network -----------------------------------------------------------------------------------------
  var network = null, nodes = null, edges = null, nodesView = null, edgesView = null, fitted = false;
  function detailedVisible(n) {
    if (!n) { return false; }
    if (n.actorType in typeIndex && !S.type.has(typeIndex[n.actorType])) { return false; }
    if (n.modality && !S.modality.has(modIndex[n.modality])) { return false; }
    if (n.chapter && S.chapter >= 0 && D.chapters[S.chapter][1] !== n.chapter) { return false; }
    return true;
  }
  var typeIndex = {}, modIndex = {}, actorIndex = {};
  D.actors.forEach(function (a, k) { actorIndex[a[0]] = k; });
  D.actorTypes.forEach(function (t, k) { typeIndex[t[0]] = k; });
  D.modalities.forEach(function (m, k) { modIndex[m[0]] = k; });
  function makeNetwork() {
    var container = $("graph");
    if (D.graph) {  // the detailed view of one document: every node, filtered in place
      D.graph.nodes.forEach(function (n) { n.title = tooltip(n.tip || []); });
      D.graph.edges.forEach(function (e, j) { e.id = "e" + j; if (e.tip) { e.title = tooltip(e.tip); } });
      nodes = new vis.DataSet(D.graph.nodes);
      edges = new vis.DataSet(D.graph.edges);
      nodesView = new vis.DataView(nodes, { filter: detailedVisible });
      edgesView = new vis.DataView(edges, { filter: function (e) {
        if (e.modality && !S.modality.has(modIndex[e.modality])) { return false; }
        return detailedVisible(nodes.get(e.from)) && detailedVisible(nodes.get(e.to));
      } });
      network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, D.options);
    } else {
      nodes = new vis.DataSet();
      edges = new vis.DataSet();
      network = new vis.Network(container, { nodes: nodes, edges: edges }, D.options);
    }
    network.on("click", function (p) {
      if (!p.nodes.length) { return; }
      var id = String(p.nodes[0]);
      if (id.charAt(0) === "n") { show("ego", +id.slice(1)); return; }
      var n = D.graph && nodes.get(id);
      if (n && n.kind === "actor" && n.label in actorIndex && total(key(actorIndex[n.label]))) {
        show("ego", key(actorIndex[n.label]));  // an actor of the detailed network: its ego view
      } else if (n) { showDetails(id); }
    });
    network.on("afterDrawing", function () { document.body.setAttribute("data-drawn", "1"); });
    legend();
  }
  function legend() {  // what shapes and lines mean; colours of actors: the swatches of the actor-type filter
    var box = $("legend");
    box.appendChild(el("span", "颜色 = 主体类型、大小 = 职责负荷 · colour: actor type, size: duty load", "hint"));
    var kinds = D.graph ? D.graph.kinds : [["政策项目 programme", "#8e24aa", "diamond"]];
    kinds.forEach(function (k) {
      var s = el("span", null, "swatch " + k[2]);
      s.style.background = k[1];
      s.style.color = k[1];
      box.appendChild(s);
      box.appendChild(document.createTextNode(k[0]));
    });
    var lines = D.graph ? D.graph.relations : D.relations.map(function (r) { return [r[3], r[1], r[2]]; });
    if (D.graph) { lines = D.modalities.map(function (m) { return [m[1], m[3], false]; }).concat(lines); }
    lines.forEach(function (r) {
      var s = el("span", null, "line");
      s.style.borderTopStyle = r[2] ? (r[2][0] <= 2 ? "dotted" : "dashed") : "solid";
      s.style.borderTopColor = r[1];
      box.appendChild(s);
      box.appendChild(document.createTextNode(r[0]));
    });
  }
  function showDetails(id) {  // the detailed view: a node's lines in full under the network
    var n = nodes.get(id), box = $("details");
    box.textContent = "";
    if (!n) { return; }
    var dl = el("dl");
    (n.tip || []).forEach(function (l) {
      if (!l[1]) { return; }
      dl.appendChild(el("dt", l[0]));
      dl.appendChild(el("dd", l[1]));
    });
    box.appendChild(dl);
  }
  function actorGraph() {  // the top actors of the selection, their links and programmes
    var top = ranked(), pos = D.positions[S.level];
    if (S.top) { top = top.slice(0, S.top); }
    var shown = new Map(), max = top.length ? total(top[0]) : 1;
    top.forEach(function (k, r) { shown.set(k, r); });
    var pairs = new Map(), progs = new Map(), stmt = new Map();
    function link(x, y, rel) {
      if (x === y || !shown.has(x) || !shown.has(y)) { return; }
      var id = x < y ? x + "-" + y : y + "-" + x, c = pairs.get(id);
      if (!c) { c = { from: Math.min(x, y), to: Math.max(x, y), conamed: 0, partner: 0, approval: 0 }; pairs.set(id, c); }
      c[rel]++;
    }
    for (var j = 0; j < sel.rows.length; j++) {
      var i = sel.rows[j], k = key(R.actor[i]);
      if (!shown.has(k)) { continue; }
      var s = stmt.get(R.statement[i]);
      if (!s) { s = []; stmt.set(R.statement[i], s); }
      if (s.indexOf(k) < 0) { s.push(k); }
      R.partners[i].forEach(function (b) { link(k, key(b), "partner"); });
      if (R.approver[i] >= 0) { link(k, key(R.approver[i]), "approval"); }
      R.programmes[i].forEach(function (p) {
        var id = k + "-p" + p;
        progs.set(id, (progs.get(id) || 0) + 1);
      });
    }
    stmt.forEach(function (s) { for (var x = 0; x < s.length; x++) { for (var y = x + 1; y < s.length; y++) { link(s[x], s[y], "conamed"); } } });
    var progLoad = new Map();
    progs.forEach(function (c, id) { var p = +id.split("-p")[1]; progLoad.set(p, (progLoad.get(p) || 0) + c); });
    var keepProgs = Array.from(progLoad.keys()).sort(function (x, y) { return progLoad.get(y) - progLoad.get(x) || x - y; })
      .slice(0, Math.max(20, Math.round(top.length / 3)));
    var keep = new Set(keepProgs);
    var ns = top.map(function (k, r) {
      var t = D.actorTypes[typeOf(k)];
      return { id: "n" + k, x: pos.actors[k][0], y: pos.actors[k][1], label: r < 40 ? label(k) : undefined,
               size: 6 + 24 * Math.sqrt(total(k) / max), color: t[2], shape: "dot",
               font: { size: r < 10 ? 18 : 14, strokeWidth: 3, strokeColor: "#ffffff" },
               title: tooltip([["主体", label(k)], ["类型", t[1]], ["职责负荷", total(k) + "：" + mixText(k)]]) };
    });
    keepProgs.forEach(function (p) {
      ns.push({ id: "p" + p, x: pos.programmes[p][0], y: pos.programmes[p][1], shape: "diamond", size: 7,
                color: "#8e24aa", title: tooltip([["政策项目", D.programmes[p]], ["条款数", String(progLoad.get(p))]]) });
    });
    var es = [];
    pairs.forEach(function (c, id) {
      var rel = c.approval >= c.partner && c.approval >= c.conamed ? "approval" : c.partner >= c.conamed ? "partner" : "conamed";
      var style = D.relations.filter(function (r) { return r[0] === rel; })[0];
      var w = c.conamed + c.partner + c.approval;
      es.push({ id: "l" + id, from: "n" + c.from, to: "n" + c.to, color: { color: style[1], opacity: 0.5 }, dashes: style[2],
                width: 0.5 + Math.log2(w), title: tooltip([["关系", style[3]], ["同列", String(c.conamed)],
                                                            ["会同", String(c.partner)], ["报批", String(c.approval)]]) });
    });
    progs.forEach(function (c, id) {
      var p = +id.split("-p")[1];
      if (!keep.has(p)) { return; }
      es.push({ id: "g" + id, from: "n" + id.split("-p")[0], to: "p" + p, color: { color: "#ce93d8", opacity: 0.5 },
                width: 0.5 + Math.log2(1 + c) });
    });
    spread(ns);
    return { nodes: ns, edges: es };
  }
  // The drawn nodes are a few of thousands laid out together, the busiest in the middle: spread them by rank
  // (each axis's order kept), mixed with their shipped places, so that labels do not pile up.
  function spread(ns) {
    var n = ns.length, W = Math.max(600, 70 * Math.sqrt(n));
    if (!n) { return; }
    ["x", "y"].forEach(function (ax) {
      var order = ns.map(function (_, j) { return j; }).sort(function (p, q) { return ns[p][ax] - ns[q][ax] || p - q; });
      var lo = ns[order[0]][ax], hi = ns[order[n - 1]][ax], span = hi - lo || 1, rank = new Array(n);
      order.forEach(function (j, r) { rank[j] = r; });
      ns.forEach(function (node, j) { node[ax] = Math.round(W * (0.75 * rank[j] / Math.max(n - 1, 1) + 0.25 * (node[ax] - lo) / span)); });
    });
  }
  function renderGraph() {
    if (!network) { makeNetwork(); }
    if (D.graph) {
      nodesView.refresh();
      edgesView.refresh();
      network.redraw();  // drawn even when nothing was hidden or shown: one frame per change (benchmarks)
    } else {
      var g = actorGraph();
      nodes.clear();
      edges.clear();
      nodes.add(g.nodes);
      edges.add(g.edges);
    }
    if (!fitted) { network.once("afterDrawing", function () { network.fit({ animation: false }); }); fitted = true; }
    $("shown").textContent = "图中 " + (D.graph ? nodesView.length : nodes.length) + " 个节点、" +
      (D.graph ? edgesView.length : edges.length) + " 条边 · drawing " + (D.graph ? nodesView.length : nodes.length) +
      " nodes, " + (D.graph ? edgesView.length : edges.length) + " edges";
  }

  // ---- Document network: legal basis, citations, versions and shared provisions (computed in Python) ---
  var DN = D.docnet || null, docNetwork = null, docNodes = null, docEdges = null, docSel = -1, docOf = -1;
  var relOn = DN ? DN.relations.map(function () { return true; }) : [];
  var nodeOfDoc = {}, levelColour = {};
  if (DN) {
    DN.nodes.forEach(function (n, j) { if (n[0] >= 0) { nodeOfDoc[n[0]] = j; } });
    DN.levels.forEach(function (l) { levelColour[l[0]] = l[1]; });
  }
  function docLabel(j) { var n = DN.nodes[j]; return n[0] >= 0 ? D.docs[n[0]][1] : n[1]; }
  function nodeShown(j) { var n = DN.nodes[j]; return n[0] < 0 || docPasses(n[0], true); }
  function docLinks() {  // the edges drawn: their relation ticked, both ends passing the filters
    return DN.edges.filter(function (e) { return relOn[e[2]] && nodeShown(e[0]) && nodeShown(e[1]); });
  }
  function citedBy(es) {  // node -> documents citing it (basis or cites)
    var out = {};
    es.forEach(function (e) { if (e[2] <= 1) { (out[e[1]] = out[e[1]] || []).push(e[0]); } });
    return out;
  }
  function edgeTip(e) {
    var r = DN.relations[e[2]], lines = [["关系", r[3] + " " + r[4]], ["从", docLabel(e[0])], ["到", docLabel(e[1])]];
    if (e[2] <= 1) { lines.push(["引用次数 citations", String(e[3])], ["引用条文 citing articles", e[4]]); }
    if (e[2] === 3) {
      lines.push(["相同段落 paragraphs", e[3] + "（" + (100 * e[5]).toFixed(1) + "%，平均相似度 " + e[6].toFixed(2) + "）"]);
      if (e[7] === "unsure") { lines.push(["先后", "不确定：较晚法规所属法律早已存在 · order unsure"]); }
    }
    return tooltip(lines);
  }
  function makeDocNetwork() {
    docNodes = new vis.DataSet();
    docEdges = new vis.DataSet();
    var options = JSON.parse(JSON.stringify(D.options));
    options.edges.arrows = { to: { enabled: true, scaleFactor: 0.5 } };
    options.interaction.hideEdgesOnDrag = false;
    docNetwork = new vis.Network($("docgraph"), { nodes: docNodes, edges: docEdges }, options);
    docNetwork.on("click", function (p) {  // a document: its relations; the background: the whole network again
      if (p.nodes.length) { selectDoc(+String(p.nodes[0]).slice(1)); } else if (!p.edges.length) { selectDoc(-1); }
    });
    docNetwork.on("afterDrawing", function () { document.body.setAttribute("data-docdrawn", "1"); });
    var box = $("doclegend");
    box.appendChild(el("span", "点 = 法规（颜色：效力级别，大小：引用它的法规数），方块 = 未收录的被引法律 · dot: a document " +
      "(colour: legal level, size: documents citing it), square: a law cited but not in the corpus.", "hint"));
    DN.levels.forEach(function (l) {
      var s = el("span", null, "swatch dot");
      s.style.background = l[1];
      box.appendChild(s);
      box.appendChild(document.createTextNode(l[0]));
    });
    box.appendChild(el("br"));
    DN.relations.forEach(function (r, k) {
      var lab = el("label"), box2 = el("input");
      box2.type = "checkbox";
      box2.checked = true;
      box2.value = r[0];
      box2.setAttribute("data-relation", r[0]);
      box2.addEventListener("change", function () { relOn[k] = box2.checked; renderDocnet(); });
      var s = el("span", null, "line");
      s.style.borderTopStyle = r[2] ? (r[2][0] <= 3 ? "dotted" : "dashed") : "solid";
      s.style.borderTopColor = r[1];
      lab.appendChild(box2);
      lab.appendChild(s);
      lab.appendChild(el("span", r[3] + " " + r[4]));
      lab.appendChild(el("span", "", "count"));
      box.appendChild(lab);
    });
  }
  function renderDocnet() {
    if (!docNetwork) { makeDocNetwork(); }
    if (S.doc !== docOf) { docOf = S.doc; if (S.doc >= 0 && S.doc in nodeOfDoc) { docSel = nodeOfDoc[S.doc]; } }
    var es = DN.edges.filter(function (e) { return nodeShown(e[0]) && nodeShown(e[1]); });
    document.querySelectorAll("#doclegend label").forEach(function (lab, k) {  // edges and their weight per relation
      var mine = es.filter(function (e) { return e[2] === k; });
      var w = mine.reduce(function (a, e) { return a + e[3]; }, 0);
      lab.querySelector(".count").textContent = " " + mine.length + (k === 2 ? "" : " (" + w + (k === 3 ? " 段 paragraphs)" : " 次 citations)"));
    });
    es = es.filter(function (e) { return relOn[e[2]]; });
    var cited = citedBy(es), near = {}, drawn = {};
    es.forEach(function (e) {
      drawn[e[0]] = drawn[e[1]] = 1;
      if (e[0] === docSel) { near[e[1]] = 1; }
      if (e[1] === docSel) { near[e[0]] = 1; }
    });
    var ns = Object.keys(drawn).map(function (id) {
      var j = +id, n = DN.nodes[j], c = (cited[j] || []).length, doc = n[0] >= 0;
      return { id: "d" + j, x: n[3], y: n[4], shape: doc ? "dot" : "square", size: 6 + 4 * Math.sqrt(c),
               color: doc ? levelColour[D.docs[n[0]][3]] || "#78909c" : "#bdbdbd",
               label: c >= 3 || j === docSel || near[j] ? docLabel(j) : undefined,
               font: { size: j === docSel ? 16 : 12, strokeWidth: 3, strokeColor: "#ffffff" },
               title: tooltip([["法规", docLabel(j)], ["效力级别", doc ? D.docs[n[0]][3] : "未收录 not in the corpus"],
                               ["辖区", doc ? D.docs[n[0]][2] : ""], ["被引用 cited by", c ? c + " 部法规 documents" : ""]]) };
    });
    var ed = es.map(function (e, k) {
      var r = DN.relations[e[2]], on = docSel < 0 || e[0] === docSel || e[1] === docSel;
      return { id: "r" + k, from: "d" + e[0], to: "d" + e[1], color: { color: r[1], opacity: on ? 0.8 : 0.15 },
               dashes: r[2], width: Math.min(6, 0.8 + Math.log2(e[3])), title: edgeTip(e), relation: r[0], weight: e[3],
               smooth: e[2] === 3 ? { enabled: true, type: "curvedCW", roundness: 0.2 } : false };  // beside a citation
    });
    docNodes.clear();
    docEdges.clear();
    docNodes.add(ns);
    docEdges.add(ed);
    if (docSel >= 0 && drawn[docSel]) { docNetwork.selectNodes(["d" + docSel], false); }
    var alone = D.docs.filter(function (_, d) { return docPasses(d, true) && !drawn[nodeOfDoc[d]]; }).length;
    $("docshown").textContent = "图中 " + ns.length + " 个节点、" + ed.length + " 条关系；另有 " + alone +
      " 部法规与其他法规无关系，未画出 · drawing " + ns.length + " nodes, " + ed.length + " links; " + alone +
      " documents with none are not drawn";
    if (!docNetwork.fittedOnce) { docNetwork.once("afterDrawing", function () { docNetwork.fit({ animation: false }); }); docNetwork.fittedOnce = true; }
    docPane(es);
  }
  function selectDoc(j) {
    docSel = j;
    renderDocnet();
  }
  function openDoc(d, then) {  // the explorer's own views of one document: its actors, an actor, an article
    S.doc = d;
    var f = $("f-doc");
    if (f) { f.value = String(d); }
    chapters();
    apply();
    if (then) { then(); } else { show("overview", null); }
  }
  function docItem(j, meta, text) {
    var li = el("li"), b = button(text || docLabel(j), "link", function () { selectDoc(j); });
    b.setAttribute("data-docnode", String(j));
    li.appendChild(b);
    if (meta) { li.appendChild(el("span", " · " + meta, "meta")); }
    return li;
  }
  function docGroup(box, title, items) {  // items: [node, meta]
    if (!items.length) { return; }
    var sec = el("section", null, "group");
    sec.appendChild(el("h3", title + " (" + items.length + ")"));
    var ol = el("ol");
    items.forEach(function (it) { ol.appendChild(docItem(it[0], it[1], it[2])); });
    sec.appendChild(ol);
    box.appendChild(sec);
  }
  function docPane(es) {
    var box = $("docpane");
    box.textContent = "";
    if (docSel < 0) {
      box.appendChild(el("h2", "法规之间的关系 · how the documents relate"));
      box.appendChild(el("p", "点击法规查看其立法依据、引用、版本和文本相同的段落，以及它的主体和条文 · click a document " +
        "for its legal basis, citations, versions and shared provisions, and to open its actors and articles.", "hint"));
      var cited = citedBy(es), byWork = {};  // work -> documents citing any version of it, and its most cited node
      Object.keys(cited).forEach(function (j) {
        var w = DN.nodes[j][2], b = byWork[w] || (byWork[w] = { docs: {}, node: +j });
        cited[j].forEach(function (d) { b.docs[d] = 1; });
        if (cited[j].length > (cited[b.node] || []).length) { b.node = +j; }
      });
      var most = Object.keys(byWork).map(function (w) { return [byWork[w].node, Object.keys(byWork[w].docs).length, DN.works[w]]; })
        .sort(function (x, y) { return y[1] - x[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0); }).slice(0, 15);
      docGroup(box, "被引用最多的法律法规（各版本合计）· laws cited by most documents (all versions)", most.map(function (m) {
        return [m[0], m[1] + " 部法规 documents", m[2]]; }));
      var took = {};
      es.forEach(function (e) { if (e[2] === 3) { (took[e[1]] = took[e[1]] || []).push(e[0]); } });
      var adopted = Object.keys(took).map(Number).sort(function (x, y) { return took[y].length - took[x].length || x - y; }).slice(0, 10);
      docGroup(box, "文本被较晚法规采用最多 · text taken up by most later documents", adopted.map(function (j) {
        return [j, took[j].length + " 部 documents"]; }));
      return;
    }
    var n = DN.nodes[docSel], d = n[0];
    box.appendChild(el("h2", docLabel(docSel)));
    if (d >= 0) {
      box.appendChild(el("p", [D.docs[d][3], D.docs[d][2]].filter(Boolean).join(" · "), "hint"));
      var open = button("打开其主体与条文 · open its actors and articles →", "more", function () { openDoc(d); });
      open.id = "doc-open";
      box.appendChild(open);
      var load = {}, arts = [];
      for (var i = 0; i < N; i++) {
        if (rowDoc[i] !== d || R.actor[i] < 0) { continue; }
        var k = key(R.actor[i]);
        if (!pseudo(k)) { load[k] = (load[k] || 0) + 1; }
      }
      var top = Object.keys(load).map(Number).sort(function (x, y) { return load[y] - load[x] || x - y; }).slice(0, 8);
      if (top.length) {
        var p = el("p", null, "meta");
        p.appendChild(el("span", "主要主体 top actors：", "key"));
        top.forEach(function (k, j) {
          if (j) { p.appendChild(document.createTextNode("、")); }
          p.appendChild(button(label(k) + " " + load[k], "link", function () { openDoc(d, function () { show("ego", k); }); }));
        });
        box.appendChild(p);
      }
      D.articles.forEach(function (a, ai) { if (a[0] === d) { arts.push(ai); } });
      if (arts.length) {
        var q = el("p", null, "meta");
        q.appendChild(el("span", "条文 articles (" + arts.length + ")：", "key"));
        arts.slice(0, 12).forEach(function (ai, j) {
          if (j) { q.appendChild(document.createTextNode(" ")); }
          q.appendChild(button(D.articles[ai][1], "link", function () { show("article", ai); }));
        });
        if (arts.length > 12) { q.appendChild(document.createTextNode(" …")); }
        box.appendChild(q);
      }
    } else {
      box.appendChild(el("p", "被引用的法律，语料中没有所引用的版本 · a law cited, no version of it cited is in the corpus", "hint"));
    }
    var work = n[2], ofWork = function (j) { return DN.nodes[j][2] === work; };
    var out = function (rel) { return es.filter(function (e) { return e[0] === docSel && e[2] === rel; }); };
    var into = function (rel) {  // citations of any version of its work (each to the version in force then)
      return es.filter(function (e) { return e[2] === rel && (rel <= 1 ? ofWork(e[1]) : e[1] === docSel); });
    };
    function via(e) {
      return e[1] === docSel ? "" : DN.nodes[e[1]][0] < 0 ? "所引版本未收录 the version cited is not in the corpus" :
        "所引版本 version cited: " + docLabel(e[1]);
    }
    function cites(e) { return [e[4], e[3] > 1 ? e[3] + " 次" : ""].filter(Boolean).join("，"); }
    function shared(e) { return e[3] + " 段 paragraphs（" + (100 * e[5]).toFixed(1) + "%）" + (e[7] === "unsure" ? "，先后不确定 order unsure" : ""); }
    docGroup(box, "立法依据 · made under", out(0).map(function (e) { return [e[1], cites(e)]; }));
    docGroup(box, "引用 · cites", out(1).map(function (e) { return [e[1], cites(e)]; }));
    docGroup(box, "以其为立法依据的法规 · documents made under it", into(0).map(function (e) {
      return [e[0], [cites(e), via(e)].filter(Boolean).join("；")]; }));
    docGroup(box, "引用它的法规 · cited by", into(1).map(function (e) { return [e[0], [cites(e), via(e)].filter(Boolean).join("；")]; }));
    var versions = DN.nodes.map(function (_, j) { return j; }).filter(function (j) { return j !== docSel && ofWork(j) && DN.nodes[j][0] >= 0; });
    docGroup(box, "其他版本 · other versions", versions.map(function (j) { return [j, ""]; }));
    docGroup(box, "采用了较早法规的文本 · shares provisions with earlier documents", out(3).map(function (e) { return [e[1], shared(e)]; }));
    docGroup(box, "文本被较晚法规采用 · later documents sharing its provisions", into(3).map(function (e) { return [e[0], shared(e)]; }));
  }

  // ---- Table beside the network ------------------------------------------------------------------------
  var TABLE_ROWS = 300;
  function tableRows() {
    var rows = ranked().map(function (k) {
      var t = D.actorTypes[typeOf(k)];
      return [k, label(k), t ? t[1] : "", place(k), total(k)].concat(mix(k));
    });
    var col = S.sort.key === "total" ? 4 : S.sort.key === "label" ? 1 : S.sort.key === "type" ? 2 :
      S.sort.key === "place" ? 3 : 5 + +S.sort.key;
    rows.sort(function (x, y) {
      var c = x[col] < y[col] ? -1 : x[col] > y[col] ? 1 : 0;
      return (S.sort.desc ? -c : c) || (x[1] < y[1] ? -1 : 1);
    });
    return rows;
  }
  function columns() {
    return [["label", "主体 actor"], ["type", "类型 type"], ["place", "辖区 jurisdiction"], ["total", "合计 total"]]
      .concat(D.modalities.map(function (m, j) { return [String(j), m[1]]; }));
  }
  function renderTable() {
    var box = $("table");
    box.textContent = "";
    var rows = tableRows(), table = el("table"), tr = el("tr");
    columns().forEach(function (c) {
      var th = el("th", c[1] + (S.sort.key === c[0] ? (S.sort.desc ? " ▼" : " ▲") : ""));
      th.setAttribute("data-sort", c[0]);
      th.addEventListener("click", function () {
        S.sort = { key: c[0], desc: S.sort.key === c[0] ? !S.sort.desc : c[0] !== "label" && c[0] !== "type" && c[0] !== "place" };
        renderTable();
      });
      tr.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(tr);
    table.appendChild(thead);
    var body = el("tbody");
    rows.slice(0, TABLE_ROWS).forEach(function (r) {
      var row = el("tr");
      var td = el("td");
      td.appendChild(actorLink(r[0], r[1]));
      row.appendChild(td);
      r.slice(2).forEach(function (v, j) { row.appendChild(el("td", v || (j < 2 ? "" : 0), j >= 2 ? "num" : "")); });
      body.appendChild(row);
    });
    table.appendChild(body);
    var apart = ranked(true).length;
    box.appendChild(el("p", "共 " + rows.length + " 个主体" + (rows.length > TABLE_ROWS ? "，表中列出前 " + TABLE_ROWS + " 个（CSV 含全部）" : "") +
      (apart ? "；行政区域 " + apart + " 个不计入（见概览）" : "") +
      " · " + rows.length + " actors" + (rows.length > TABLE_ROWS ? ", the first " + TABLE_ROWS + " listed (the CSV has all)" : "") +
      (apart ? "; " + apart + " jurisdictions binding themselves left out (see the overview)" : ""), "hint"));
    box.appendChild(table);
  }
  function csv() {
    var quote = function (v) { v = String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
    var head = ["actor", "type", "jurisdiction", "total"].concat(D.modalities.map(function (m) { return m[0]; }));
    return [head].concat(tableRows().map(function (r) { return r.slice(1); }))
      .map(function (r) { return r.map(quote).join(","); }).join("\r\n") + "\r\n";
  }

  // ---- Filters -----------------------------------------------------------------------------------------
  function apply() {
    var t0 = performance.now();
    select();
    $("selection").textContent = "选中 " + sel.rows.length + " 条规定 · " + sel.rows.length + " provisions selected";
    render();
    document.body.setAttribute("data-filtered", String((+document.body.getAttribute("data-filtered") || 0) + 1));
    return performance.now() - t0;
  }
  function field(title, control) {
    var f = el("label", null, "field");
    f.appendChild(el("span", title));
    f.appendChild(control);
    $("filters").appendChild(f);
    return f;
  }
  function choice(id, options, onchange) {  // options: [value, text]
    var s = el("select");
    s.id = id;
    options.forEach(function (o) { var op = el("option", o[1]); op.value = String(o[0]); s.appendChild(op); });
    s.addEventListener("change", function () { onchange(s.value); apply(); });
    return s;
  }
  function distinct(col) {
    var seen = {};
    D.docs.forEach(function (d) { if (d[col]) { seen[d[col]] = 1; } });
    return Object.keys(seen).sort();
  }
  var chapterField = null;
  function chapters() {  // chapters only inside one document
    var doc = S.doc >= 0 ? S.doc : D.docs.length === 1 ? 0 : -1;
    var s = chapterField.querySelector("select");
    s.textContent = "";
    S.chapter = -1;
    chapterField.hidden = doc < 0;
    var all = el("option", "全部章 all chapters");
    all.value = "-1";
    s.appendChild(all);
    D.chapters.forEach(function (c, j) {
      if (c[0] !== doc) { return; }
      var o = el("option", c[1]);
      o.value = String(j);
      s.appendChild(o);
    });
  }
  function buildFilters() {
    field("主体层级 actor level", choice("f-level", [["organisation", "机构 organisation"], ["role", "职能 role"]],
      function (v) {
        S.level = v;
        if (current[0] === "ego") { stack = []; current = ["overview", null]; show("overview", null, false); }  // its index was of the other level
      })).querySelector("select").value = S.level;
    if (D.docs.length > 1) {
      field("法规 document", choice("f-doc", [[-1, "全部法规 all documents (" + D.docs.length + ")"]].concat(
        D.docs.map(function (d, j) { return [j, d[1]]; })), function (v) { S.doc = +v; chapters(); }));
      var places = distinct(2), legal = distinct(3);
      if (places.length > 1) {
        field("辖区 jurisdiction", choice("f-jurisdiction", [["", "全部 all"]].concat(places.map(function (p) { return [p, p]; })),
          function (v) { S.jurisdiction = v; }));
      }
      if (legal.length > 1) {
        field("效力级别 legal level", choice("f-legal", [["", "全部 all"]].concat(legal.map(function (p) { return [p, p]; })),
          function (v) { S.legal = v; }));
      }
      if (minYear < maxYear) {
        var ys = [];
        for (var y = minYear; y <= maxYear; y++) { ys.push([y, y]); }
        var range = el("span", null, "range");
        range.appendChild(choice("f-year-from", ys, function (v) { S.y0 = +v; }));
        range.appendChild(document.createTextNode(" – "));
        var to = choice("f-year-to", ys, function (v) { S.y1 = +v; });
        to.value = String(maxYear);
        range.appendChild(to);
        field("年份 year", range);
      }
    }
    chapterField = field("章 chapter", choice("f-chapter", [], function (v) { S.chapter = +v; }));
    chapters();
    function boxes(title, name, values, set) {
      var fs = el("fieldset");
      fs.setAttribute("data-filter", name);
      fs.appendChild(el("legend", title));
      values.forEach(function (v, j) {
        var lab = el("label"), box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.value = v[0];
        box.setAttribute("data-filter", name);
        box.addEventListener("change", function () { if (box.checked) { set.add(j); } else { set.delete(j); } apply(); });
        var sw = el("span", null, "swatch");
        sw.style.background = v[2];
        lab.appendChild(box);
        lab.appendChild(sw);
        lab.appendChild(document.createTextNode(v[1]));
        lab.title = v[1];
        fs.appendChild(lab);
      });
      $("filters").appendChild(fs);
    }
    boxes("规范模态 modality", "modality", D.modalities.map(function (m) { return [m[0], m[1] + " " + m[2], m[3]]; }), S.modality);
    boxes("主体类型 actor type", "actorType", D.actorTypes, S.type);
    if (D.actorTypes.some(function (t) { return t[3]; })) {
      var lab = el("label", null, "field toggle"), box = el("input");
      box.type = "checkbox";
      box.id = "f-pseudo";
      box.addEventListener("change", function () { S.pseudo = box.checked; apply(); });
      lab.appendChild(box);
      lab.appendChild(document.createTextNode("行政区域计为主体 · show jurisdictions as actors"));
      lab.title = "本市、本省、国家等以整个行政区域为主体的规定：默认单列，不参与排名 · places binding themselves: listed apart by default";
      $("filters").appendChild(lab);
    }
    if (!D.graph) {
      field("图中主体数 actors drawn", choice("f-top", [[150, "前 150 top 150"], [50, "前 50 top 50"], [500, "前 500 top 500"],
        [0, "全部 all"]], function (v) { S.top = +v; }));
    }
  }

  // ---- Search: names, exact match first ----------------------------------------------------------------
  function find(q) {
    q = q.trim();
    var box = $("search-results");
    box.textContent = "";
    if (!q) { $("search-status").textContent = ""; return []; }
    var hits = [], lower = q.toLowerCase();
    for (var k = 0, C = count(); k < C; k++) {
      var name = label(k), at = name.toLowerCase().indexOf(lower);
      if (at >= 0) { hits.push([name === q ? 0 : at === 0 ? 1 : 2, -total(k), name, k]); }
    }
    hits.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0); });
    $("search-status").textContent = hits.length + " 个匹配 · " + hits.length + " matches";
    hits.slice(0, 12).forEach(function (h) {
      var b = actorLink(h[3], h[2] + " (" + total(h[3]) + ")");
      if (!h[0]) { b.classList.add("exact"); }
      box.appendChild(b);
    });
    return hits.map(function (h) { return h[3]; });
  }
  var search = $("search"), timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { find(search.value); }, 150); });
  search.addEventListener("keydown", function (e) {
    if (e.key !== "Enter") { return; }
    clearTimeout(timer);
    var hits = find(search.value);
    if (hits.length) { show("ego", hits[0]); }
  });

  // ---- Start -------------------------------------------------------------------------------------------
  $("back").addEventListener("click", back);
  document.querySelectorAll("#tabs button[data-view]").forEach(function (b) {
    b.addEventListener("click", function () { show(b.getAttribute("data-view"), null); });
  });
  $("csv").addEventListener("click", function () {
    var a = el("a");
    a.href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + csv());
    a.download = "policykg-actors.csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  buildFilters();
  if (DN) { document.querySelector("#tabs button[data-view='docview']").hidden = false; }
  apply();
  document.body.setAttribute("data-stable", "1");
  window.policykg = {
    readyAt: performance.now(),  // milliseconds from navigation to an interactive page (benchmarks/explorer.py)
    state: S, apply: apply, show: show, back: back, find: find, csv: csv, selection: function () { return sel; },
    ranked: function () { return ranked().map(label); }, apart: function () { return ranked(true).map(label); },
    showDetails: showDetails,
    get network() { return network; }, get nodes() { return nodes; }, get edges() { return edges; },
    get nodesView() { return nodesView; }, get edgesView() { return edgesView; },
    get docNetwork() { return docNetwork; }, get docNodes() { return docNodes; }, selectDoc: selectDoc,
    docLinks: function () {  // [from, to, relation, weight] of the links drawn, documents by label
      return docEdges ? docEdges.get().map(function (e) {
        return [docLabel(+e.from.slice(1)), docLabel(+e.to.slice(1)), e.relation, e.weight]; }) : [];
    },
  };
})();
