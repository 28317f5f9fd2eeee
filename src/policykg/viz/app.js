// policykg graph page: filters, search, legend and details over a vis-network.
// Every text from the documents is put on screen with textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("policykg-data").textContent);
  var limit = data.tipLimit || 400;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
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
  data.nodes.forEach(function (n) { n.title = tooltip(n.tip || []); });
  data.edges.forEach(function (e, i) { e.id = "e" + i; if (e.tip) { e.title = tooltip(e.tip); } });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var state = {};
  Object.keys(data.filters).forEach(function (k) {
    state[k] = new Set(data.filters[k].map(function (f) { return f[0]; }));
  });

  function nodeVisible(n) {
    if (!n) { return false; }
    if (n.actorType && !state.actorType.has(n.actorType)) { return false; }
    if (n.modality && !state.modality.has(n.modality)) { return false; }
    if (n.chapter && !state.chapter.has(n.chapter)) { return false; }
    return true;
  }
  function edgeVisible(e) {
    if (e.modality && !state.modality.has(e.modality)) { return false; }
    if (e.chapters && e.chapters.length && !e.chapters.some(function (c) { return state.chapter.has(c); })) { return false; }
    return nodeVisible(nodes.get(e.from)) && nodeVisible(nodes.get(e.to));
  }
  var nodesView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgesView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);
  var stable = false;

  function shown() {
    document.getElementById("shown").textContent =
      "显示 " + nodesView.length + " 个节点、" + edgesView.length + " 条边 · showing " +
      nodesView.length + " nodes, " + edgesView.length + " edges";
  }
  // Lay out once, then stop physics so that large graphs stay responsive and the layout stays put.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    storePositions();
    stable = true;
    document.body.setAttribute("data-stable", "1");
    var p = document.getElementById("progress");
    if (p) { p.remove(); }
  });

  // network.storePositions() fails on a DataView with hidden nodes: store the shown ones ourselves.
  function storePositions() {
    var pos = network.getPositions();
    nodes.update(Object.keys(pos).map(function (id) { return { id: id, x: pos[id].x, y: pos[id].y }; }));
  }
  function refresh() {
    if (stable) { storePositions(); }  // nodes shown again come back where they were
    nodesView.refresh();
    edgesView.refresh();
    shown();
  }

  // Filters: one fieldset per attribute, every value checked at first.
  var filterTitles = { modality: "规范模态 modality", actorType: "主体类型 actor type", chapter: "章 chapter" };
  var filterBox = document.getElementById("filters");
  ["modality", "actorType", "chapter"].forEach(function (key) {
    var values = data.filters[key] || [];
    if (!values.length) { return; }
    var fs = el("fieldset");
    fs.setAttribute("data-filter", key);
    fs.appendChild(el("legend", filterTitles[key]));
    var all = el("button", "全选 all"), none = el("button", "全不选 none");
    all.type = none.type = "button";
    fs.appendChild(all);
    fs.appendChild(none);
    var boxes = values.map(function (v) {
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = v[0];
      box.setAttribute("data-filter", key);
      box.addEventListener("change", function () {
        if (box.checked) { state[key].add(v[0]); } else { state[key].delete(v[0]); }
        refresh();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + v[1]));
      label.title = v[1];
      fs.appendChild(label);
      return box;
    });
    function setAll(on) {
      boxes.forEach(function (b) { b.checked = on; if (on) { state[key].add(b.value); } else { state[key].delete(b.value); } });
      refresh();
    }
    all.addEventListener("click", function () { setAll(true); });
    none.addEventListener("click", function () { setAll(false); });
    filterBox.appendChild(fs);
  });

  // Legend.
  var legend = document.getElementById("legend");
  function section(title, rows, draw) {
    if (!rows.length) { return; }
    legend.appendChild(el("h2", title));
    rows.forEach(function (r) {
      var row = el("div");
      row.appendChild(draw(r));
      row.appendChild(document.createTextNode(r[0]));
      legend.appendChild(row);
    });
  }
  function swatch(r) {
    var s = el("span", null, "swatch " + (r[2] || "dot"));
    s.style.background = r[1];
    s.style.color = r[1];
    return s;
  }
  function line(r) {
    var s = el("span", null, "line");
    s.style.borderTopStyle = r[2] ? (r[2][0] <= 2 ? "dotted" : "dashed") : "solid";
    s.style.borderTopColor = r[1];
    return s;
  }
  section("主体类型 (颜色) · actor type; size: duty load", data.legend.actorTypes, swatch);
  section("节点 · nodes", data.legend.kinds, swatch);
  section("规范模态 (边) · modality", data.legend.modalities, line);
  section("关系 · relations", data.legend.relations, line);

  // Details of a clicked node: every line in full.
  function showDetails(id) {
    var n = nodes.get(id);
    var box = document.getElementById("details");
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
  network.on("click", function (p) { if (p.nodes.length) { showDetails(p.nodes[0]); } });

  // Search: labels and tooltip text; matching nodes are selected and the first one is centred.
  var search = document.getElementById("search");
  function find(q) {
    q = q.trim().toLowerCase();
    var status = document.getElementById("search-status");
    if (!q) { network.unselectAll(); status.textContent = ""; return []; }
    var hits = nodesView.get({ filter: function (n) {
      var text = (n.label || "") + " " + (n.tip || []).map(function (l) { return l[1]; }).join(" ");
      return text.toLowerCase().indexOf(q) >= 0;
    } }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    status.textContent = hits.length + " 个匹配 · " + hits.length + " matches";
    if (hits.length) { network.focus(hits[0], { scale: 1.0, animation: false }); showDetails(hits[0]); }
    return hits;
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { find(search.value); }, 200); });
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") { clearTimeout(timer); find(search.value); } });

  shown();
  window.policykg = { network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
                      showDetails: showDetails, find: find, refresh: refresh, state: state };
})();
