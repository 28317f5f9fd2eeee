"""The HTML graph in a real headless browser (Debian's chromium, driven by Playwright).

One browser for the module.  Every page must load with no request but the
file itself, draw the expected nodes and edges, react to its filters and show
document text as text, never as markup.
"""

import csv
from pathlib import Path

import pytest

from conftest import DATA, ROOT, org, run_cli
from gold_layers import actor_type, gold_document, gold_graph
from policykg.analysis.load import PSEUDO_TYPES
from policykg.readers import read

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: run .ci/system-deps (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def doc():
    return gold_document()


@pytest.fixture(scope="module")
def pages(doc, tmp_path_factory):
    """Pages written by the real commands: `viz` over the gold graph (both views), `build` over the test regulation."""
    tmp = tmp_path_factory.mktemp("viz")
    gold_graph(doc).serialize(tmp / "graph.ttl", format="turtle")
    out = {}
    for view in ("detailed", "actors"):
        r = run_cli("viz", tmp / "graph.ttl", "--out", tmp, "--view", view, "--name", f"{view}.html")
        assert r.returncode == 0, r.stderr
        out[view] = tmp / f"{view}.html"
    r = run_cli("build", DATA / "script-injection.txt", "--out", tmp / "xss")
    assert r.returncode == 0, r.stderr
    out["xss"] = tmp / "xss" / "graph.html"
    r = run_cli("build", "--out", tmp / "default")  # the bundled regulation: the README's first command
    assert r.returncode == 0, r.stderr
    out["default"] = tmp / "default" / "graph.html"
    return out


class Page:
    """A page opened in the browser, with every request and error it caused recorded."""

    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-stable='1']", timeout=120_000)

    def js(self, expr):
        return self.page.evaluate(expr)

    def drawn(self):
        """Nodes and edges the vis network is drawing now."""
        return tuple(self.js("[policykg.network.body.nodeIndices.length, policykg.network.body.edgeIndices.length]"))

    def graph(self):
        """Open the network beside its table and wait for it to be drawn."""
        self.page.click("#tabs button[data-view='graphview']")
        self.page.wait_for_selector("body[data-drawn='1']", timeout=60_000)

    def uncheck(self, group, value):
        self.page.uncheck(f"input[data-filter='{group}'][value='{value}']")

    def close(self):
        assert self.requests == [self.url], "the page made network requests"
        assert self.errors == [] and self.dialogs == []
        self.page.close()


def orgs(doc, names):
    return {org(doc, n) for n in names}


def expected_detailed(doc):
    """Nodes and edges of the detailed view, counted from the gold layers with plain Python."""
    P = doc.layers["provisions"]
    progs = doc.layers["programmes"]
    actors = orgs(doc, {p.actor for p in P} | {a for p in P for a in p.partners} | {p.approver for p in P if p.approver})
    actors |= {org(doc, doc.meta["issuer"], "legislature")} if doc.meta.get("issuer") else set()
    nodes = len(actors) + len(P) + len(progs) + len(doc.articles)
    edges = sum(2 + len(p.programmes) + len(orgs(doc, p.partners)) + bool(p.approver) for p in P)
    edges += sum(len(orgs(doc, g.leads)) + len(orgs(doc, g.partners)) for g in progs.values())
    return nodes, edges


def test_detailed_view_draws_the_gold_graph_and_filters(browser, pages, doc):
    page = Page(browser, pages["detailed"])
    page.graph()
    nodes, edges = expected_detailed(doc)
    # hand count: the 71 names of the gold file (未指明 included) are 63 organisations and categories
    # (工信 four names, 发展改革 three, 数据 three, 科学技术 two), plus the issuer; since R16 article 9's
    # 其 is 智能制造相关行业协会 and 智能制造相关产业联盟, two more names
    assert (nodes, edges)[0] == 64 + 440 + 44 + 47
    assert page.drawn() == (nodes, edges)
    # Positions come with the page: nothing moves once it is drawn.
    assert page.js("policykg.network.physics.options.enabled") is False
    # Hide obligations: the 277 obligation provisions of the gold file go, with all their edges.
    obligations = [p for p in doc.layers["provisions"] if p.modality == "obligation"]
    page.uncheck("modality", "obligation")
    lost = sum(2 + len(p.programmes) + len(orgs(doc, p.partners)) + bool(p.approver) for p in obligations)
    assert page.drawn() == (nodes - 277, edges - lost)
    page.page.check("input[data-filter='modality'][value='obligation']")
    assert page.drawn() == (nodes, edges)
    # Chapter 1 (总则) alone: the provisions and articles of the other chapters go (hand count: 70 and 12 in it).
    page.page.select_option("#f-chapter", label="第一章 总则")
    ch1 = [p for p in doc.layers["provisions"] if p.paragraph.parent.ancestor("chapter").title == "总则"]
    arts = [a for a in doc.articles if a.ancestor("chapter").title == "总则"]
    assert (len(ch1), len(arts)) == (70, 12)
    assert page.drawn()[0] == nodes - (440 - 70) - (47 - 12)
    page.page.select_option("#f-chapter", value="-1")
    # An actor clicked in the network opens its ego view.
    node = page.js("policykg.nodes.get().find(n => n.label === '常州市人民政府').id")
    x, y = page.js(f"""(() => {{ const n = policykg.network, p = n.canvasToDOM(n.getPosition({node!r}));
        const r = document.getElementById('graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()""")
    page.page.mouse.click(x, y)
    assert page.page.inner_text("#ego h2") == "常州市人民政府"
    # The legend of the overview names the modalities in Chinese and English.
    page.page.click("#tabs >> text=概览 overview")
    assert "义务 obligation" in page.page.inner_text(".mixlegend")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(SHOTS / "detailed.png"))
    assert (SHOTS / "detailed.png").stat().st_size > 10_000
    page.close()


def test_overview_ego_view_and_article_of_one_document(browser, pages, doc):
    """The page opens on the actors by duty load; an actor opens its provisions by modality; a provision its article."""
    page = Page(browser, pages["detailed"])
    P = doc.layers["provisions"]
    load = {}
    for p in P:
        if p.actor != "未指明":
            load[org(doc, p.actor)] = load.get(org(doc, p.actor), 0) + 1
    first = page.page.inner_text("ol.top li:first-child button")
    assert load[first] == max(load.values())
    # Search by name: the exact name first, Enter opens its ego view.
    page.page.fill("#search", "常州市工业和信息化部门")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#ego h2") == "常州市工业和信息化部门"
    ego = [p for p in P if org(doc, p.actor) == "常州市工业和信息化部门"]
    assert page.js("document.querySelectorAll('#ego li.prov').length") == min(len(ego), 50) + 0
    groups = page.js("[...document.querySelectorAll('#ego section.group')].map(s => s.dataset.modality)")
    assert sorted(groups) == sorted({p.modality for p in ego})
    # A provision's article: its text, with the provision's sentence in it.
    sentence = page.page.inner_text("#ego li.prov >> nth=0 >> blockquote")
    page.page.click("#ego li.prov >> nth=0 >> button.article")
    assert sentence in page.page.inner_text("#article .text")
    page.page.click("#back")
    assert page.page.inner_text("#ego h2") == "常州市工业和信息化部门"
    page.page.click("#back")
    assert page.page.is_visible("#overview") and not page.page.is_visible("#back")
    page.close()


def test_actor_view_is_compact_and_filters_by_actor_type(browser, pages, doc):
    page = Page(browser, pages["actors"])
    page.graph()
    P = doc.layers["provisions"]
    # places binding themselves (本市: 常州市) are no actors of the network, as in the report's
    bearers = orgs(doc, {p.actor for p in P if actor_type(p.actor) not in PSEUDO_TYPES})
    actors = page.js("policykg.nodes.getIds().filter(id => id[0] === 'n').length")
    assert actors == len(bearers) and "常州市" not in page.js("policykg.nodes.get().map(n => n.label)")
    departments = orgs(doc, {p.actor for p in P if actor_type(p.actor) == "government-department"})
    page.uncheck("actorType", "government-department")
    assert page.js("policykg.nodes.getIds().filter(id => id[0] === 'n').length") == actors - len(departments)
    # The table beside the network lists the same actors, sortable; the CSV has a line for each.
    assert page.js("document.querySelectorAll('#table tbody tr').length") == actors - len(departments)
    page.page.click("#table th[data-sort='label']")
    names = page.js("[...document.querySelectorAll('#table tbody tr td:first-child')].map(t => t.textContent)")
    assert names == sorted(names)
    assert len(page.js("policykg.csv()").strip().split("\r\n")) == actors - len(departments) + 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(SHOTS / "actors.png"))
    page.close()


def report_table(folder, name):
    with open(folder / "tables" / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
        return {r["actor"]: int(r["total"]) for r in csv.DictReader(f)}


def test_default_page_ranks_no_place_and_lists_places_apart(browser, pages, tmp_path):
    """常州市 (本市 of the bundled regulation: 29 commitments 本市将…) is a place binding itself, a pseudo-actor:
    the report's duty load leaves it out and lists it apart; so do the explorer's ranking, table and CSV."""
    r = run_cli("analyze", "--out", tmp_path)
    assert r.returncode == 0, r.stderr
    load = report_table(tmp_path, "duty-load")
    places = {a: n for a, n in report_table(tmp_path, "pseudo-actors").items() if a != "未指明"}
    assert places["常州市"] == 29 and "常州市" not in load
    page = Page(browser, pages["default"])
    overview = page.js("[...document.querySelectorAll('ol.top li button')].map(b => b.textContent)")
    assert "常州市" not in overview and overview == page.js("policykg.ranked()")[:40]
    assert set(page.js("policykg.ranked()")) == set(load)
    # Listed apart, with the report's counts, and still a click away from its provisions.
    apart = page.js("[...document.querySelectorAll('p.pseudo button[data-node]')].map(b => b.textContent)")
    assert apart == [f"{a} {n}" for a, n in sorted(places.items(), key=lambda x: (-x[1], x[0]))]
    page.page.click("p.pseudo button[data-node]")
    assert page.page.inner_text("#ego h2") == "常州市"
    assert page.js("document.querySelectorAll('#ego li.prov').length") == 29
    page.page.click("#back")
    page.graph()
    table = page.js("[...document.querySelectorAll('#table tbody tr td:first-child')].map(t => t.textContent)")
    csv_names = [line.split(",")[0] for line in page.js("policykg.csv()").strip().split("\r\n")[1:]]
    assert set(table) == set(csv_names) == set(load)
    # On request it is ranked with the actors, at its place by load.
    page.page.check("#f-pseudo")
    ranked = page.js("policykg.ranked()")
    assert ranked.index("常州市") == sum(n > 29 for n in load.values())
    assert "常州市" in [line.split(",")[0] for line in page.js("policykg.csv()").strip().split("\r\n")]
    page.page.click("#tabs button[data-view='overview']")
    assert page.page.inner_text("ol.top li:nth-child(%d) button" % (ranked.index("常州市") + 1)) == "常州市"
    assert page.js("document.querySelectorAll('p.pseudo').length") == 0
    page.close()


def test_document_text_is_shown_as_text_not_markup(browser, pages):
    doc = read(DATA / "script-injection.txt")
    script = next(a.text for a in doc.articles if "<script>" in a.text).split("\u3000", 1)[1]
    page = Page(browser, pages["xss"])
    # Only the page's own three scripts (data, vis-network, app); no element from the regulation.
    assert page.js("document.scripts.length") == 3
    assert page.js("document.querySelectorAll('img').length") == 0
    assert page.page.inner_text("#title") == "测试<b>标记</b>条例"
    article = page.js("policykg.show('article', 1), 1")
    assert script in page.page.inner_text("#article"), article
    # In the network, the tooltip on hover shows it as text too.
    page.graph()
    node = next(n for n in page.js("policykg.nodes.getIds()") if n.endswith("/art/2"))
    x, y = page.js(f"""(() => {{ const n = policykg.network, p = n.canvasToDOM(n.getPosition({node!r}));
        const r = document.getElementById('graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()""")
    page.page.mouse.move(x, y)
    page.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert script in page.page.inner_text("div.vis-tooltip")
    assert page.js("document.scripts.length") == 3 and page.dialogs == []
    page.close()


def test_corpus_page_filters_by_document_opens_ego_views_and_finds_exact_names(browser, corpus_build):
    """The corpus page as `build` writes it: one document's provisions and chapters, an actor's provisions, a name."""
    _, out, r = corpus_build
    assert r.returncode == 0, r.stderr
    with open(out / "tables" / "documents.csv", encoding="utf-8-sig", newline="") as f:
        docs = list(csv.DictReader(f))
    page = Page(browser, out / "graph.html")
    assert page.js("policykg.selection().rows.length") + page.js("policykg.selection().noActor") == \
        sum(int(d["provisions"]) for d in docs)
    # The document filter, by title: that document's provisions, and its chapters only.
    doc = max(docs, key=lambda d: int(d["provisions"]))
    page.page.select_option("#f-doc", label=doc["document"])
    assert page.js("policykg.selection().rows.length") + page.js("policykg.selection().noActor") == int(doc["provisions"])
    chapters = page.js("[...document.querySelectorAll('#f-chapter option')].map(o => o.textContent)")[1:]
    assert chapters and len(chapters) == len(set(chapters))  # no 第七章 附则 of another document
    top = page.page.inner_text("ol.top li:first-child button")
    # Its ego view: every provision it bears in that document, grouped by modality, each with its sentence.
    page.page.click("ol.top li:first-child button")
    assert page.page.inner_text("#ego h2") == top
    total = page.js(f"policykg.selection().rows.filter(i => policykg.ranked !== null).length")
    for more in page.page.query_selector_all("#ego button.more"):
        more.click()
    listed = page.js("document.querySelectorAll('#ego li.prov').length")
    bar = int(page.js("(() => { const t = document.querySelector('#ego p.hint').textContent; return t.match(/duty load (\\d+)/)[1]; })()"))
    assert listed == bar and listed <= total
    assert page.js("[...document.querySelectorAll('#ego li.prov blockquote')].every(b => b.textContent.length > 0)")
    page.page.click("#back")
    page.page.select_option("#f-doc", value="-1")
    # Exact match first: a name that is part of busier names comes first when typed in full.
    name = page.js("""(() => { const names = policykg.ranked();
        return names.find((n, i) => n.length >= 4 && names.slice(0, i).some(m => m !== n && m.includes(n))); })()""")
    assert name, "no actor name is part of a busier one"
    page.page.fill("#search", name)
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#search-results button.exact") == page.page.inner_text("#search-results button >> nth=0")
    assert page.page.inner_text("#ego h2") == name
    # Jurisdiction: the provisions of that jurisdiction's documents; at the role level, fewer actors, named by role.
    place = max({d["jurisdiction"] for d in docs if d["jurisdiction"]},
                key=lambda j: sum(d["jurisdiction"] == j for d in docs))
    page.page.select_option("#f-jurisdiction", place)
    assert page.js("policykg.selection().rows.length") + page.js("policykg.selection().noActor") == \
        sum(int(d["provisions"]) for d in docs if d["jurisdiction"] == place)
    organisations = page.js("policykg.ranked()")
    # the place itself (本市 of its regulations) is listed apart, not ranked first among its bodies
    assert place in page.js("policykg.apart()") and place not in organisations
    page.page.select_option("#f-level", "role")
    roles = page.js("policykg.ranked()")
    assert 0 < len(roles) < len(organisations) and not set(roles) - set(page.js("JSON.parse(document.getElementById('policykg-data').textContent).roles"))
    page.close()


def open_docnet(page):
    page.page.click("#tabs button[data-view='docview']")
    page.page.wait_for_selector("body[data-docdrawn='1']", timeout=60_000)


def click_document(page, label):
    """Click the node of the document ``label`` in the document network, as a user would (zoomed in on it)."""
    j = page.js(f"""(() => {{ const D = JSON.parse(document.getElementById('policykg-data').textContent).docnet;
        const docs = JSON.parse(document.getElementById('policykg-data').textContent).docs;
        return D.nodes.findIndex(n => (n[0] >= 0 ? docs[n[0]][1] : n[1]) === {label!r}); }})()""")
    assert j >= 0, label
    # The view can still move after we aim (a fit after the first drawing, the pane opened by an earlier click
    # narrowing the canvas): aim again and click again, a few times, as a user would; the pane is polled from
    # here (the page's CSP forbids the eval that wait_for_function needs).
    for _ in range(3):
        page.js(f"policykg.docNetwork.focus('d{j}', {{scale: 2.5, animation: false}})")
        page.page.wait_for_timeout(300)
        page.js(f"policykg.docNetwork.focus('d{j}', {{scale: 2.5, animation: false}})")
        x, y = page.js(f"""(() => {{ const n = policykg.docNetwork, p = n.canvasToDOM(n.getPosition('d{j}'));
            const r = document.getElementById('docgraph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()""")
        page.page.mouse.click(x, y)
        for _ in range(25):
            if page.js("document.querySelector('#docpane h2')?.textContent") == label:
                break
            page.page.wait_for_timeout(200)
        if page.js("document.querySelector('#docpane h2')?.textContent") == label:
            break
    assert page.page.inner_text("#docpane h2") == label


def pane_group(page, title):
    """The documents listed under the pane's heading starting with ``title``."""
    return page.js(f"""[...document.querySelectorAll('#docpane section.group')]
        .filter(s => s.querySelector('h3').textContent.startsWith({title!r}))
        .flatMap(s => [...s.querySelectorAll('li button')].map(b => b.textContent))""")


def test_document_network_links_documents_by_basis_citation_version_and_shared_text(browser, tmp_path):
    """Five regulations and a law: documents made under a law (the version in force, or a law not read), a law
    cited, two versions of one work and paragraphs a later regulation took from earlier ones."""
    inputs = (DATA / "citations", DATA / "sme-law.reference.md", DATA / "versions", DATA / "relations")
    r = run_cli("analyze", *inputs, "--out", tmp_path / "analysis")  # its cache entries keep no paragraphs
    assert r.returncode == 0, r.stderr
    r = run_cli("build", *inputs, "--out", tmp_path)
    assert r.returncode == 0, r.stderr
    r = run_cli("viz", *inputs, "--out", tmp_path / "viz")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "viz" / "graph.html").read_bytes() == (tmp_path / "graph.html").read_bytes()
    page = Page(browser, tmp_path / "graph.html")
    open_docnet(page)
    law, jia, bing = "中小企业促进法（2017-09-01）", "甲省促进中小企业发展条例（2019-03-28）", "丙市中小企业促进条例（2021-09-01）"
    # Read in the texts: each 第一条 says 根据《…》…制定 (丙市 names the law and 甲省's regulation); 甲省 cites the law
    # again in 第三条 and 《行政许可法》 (not read) in 第五条; in 2016 乙市 could only cite the 2002 law (not read);
    # 丙市's 第二条 is 甲省's 第二条 word for word, and its 第三条 第二款 the law's 第九条 第二款 (1 of its 5 paragraphs).
    assert sorted(page.js("policykg.docLinks()")) == sorted([
        [bing, law, "basis", 1], [bing, jia, "basis", 1], [jia, law, "basis", 2], ["乙市中小企业服务办法（2016-06-30）",
         "中小企业促进法", "basis", 1], [jia, "行政许可法", "cites", 1],
        ["甲市科技创新条例（2010-05-20）", "甲市科技创新条例（2020-06-01）", "version", 1],
        [bing, law, "shared", 1], [bing, jia, "shared", 1]])
    legend = page.page.inner_text("#doclegend")
    assert "立法依据 legal basis 4 (5 次 citations)" in legend and "文本相同 shared provisions 2 (2 段 paragraphs)" in legend
    # A relation unticked is no longer drawn.
    page.page.uncheck("#doclegend input[data-relation='shared']")
    assert {e[2] for e in page.js("policykg.docLinks()")} == {"basis", "cites", "version"}
    page.page.check("#doclegend input[data-relation='shared']")
    # A click on the law: who was made under it, whichever version they could cite; who took its text.
    click_document(page, law)
    assert pane_group(page, "以其为立法依据的法规") == [bing, "乙市中小企业服务办法（2016-06-30）", jia]
    assert "所引版本未收录" in page.page.inner_text("#docpane li:has-text('乙市中小企业服务办法')")
    assert pane_group(page, "文本被较晚法规采用") == [bing]
    # … and its actors and articles, as the explorer shows any one document.
    page.page.click("#doc-open")
    assert page.page.is_visible("#overview")
    assert page.page.eval_on_selector("#f-doc", "s => s.options[s.selectedIndex].textContent") == law
    with open(tmp_path / "tables" / "documents.csv", encoding="utf-8-sig", newline="") as f:
        provisions = next(int(d["provisions"]) for d in csv.DictReader(f) if d["document"] == law)
    assert page.js("policykg.selection().rows.length") + page.js("policykg.selection().noActor") == provisions
    page.page.click("#back")
    assert page.page.is_visible("#docview") and page.page.inner_text("#docpane h2") == law
    page.close()


def test_corpus_document_network_shows_who_implements_a_law_and_who_took_its_text(browser, corpus_build, tmp_path):
    corpus, out, r = corpus_build
    assert r.returncode == 0, r.stderr
    with open(out / "tables" / "citations.csv", encoding="utf-8-sig", newline="") as f:
        cites = list(csv.DictReader(f))
    r = run_cli("similar", corpus, "--keep-going", "--out", tmp_path)
    assert r.returncode == 0, r.stderr
    with open(tmp_path / "tables" / "shared-provisions.csv", encoding="utf-8-sig", newline="") as f:
        shared = list(csv.DictReader(f))
    page = Page(browser, out / "graph.html")
    open_docnet(page)
    # The laws cited by most documents, all versions together, as the citations table counts them.
    most = page.js("[...document.querySelectorAll('#docpane section.group')][0].querySelector('li').textContent")
    assert most == f"{cites[0]['cited']} · {cites[0]['citing_documents']} 部法规 documents"
    # The regulations made under the SME law (hand-checked in test_citations: five) and under the national
    # business-environment regulation (twelve: each one's 第一条 says 根据（国务院）《优化营商环境条例》…制定本条例).
    for law, version, n in (("中华人民共和国中小企业促进法", "中小企业促进法（2017-09-01）", 5),
                            ("优化营商环境条例", "优化营商环境条例（2019-10-22）", 12)):
        click_document(page, version)
        made_under = sorted(r["document"] for r in cites if r["cited_title"] == law and r["legal_basis"] == "yes")
        assert sorted(pane_group(page, "以其为立法依据的法规")) == made_under and len(made_under) == n
        # the later documents sharing its paragraphs: those `policykg similar` tables
        assert sorted(pane_group(page, "文本被较晚法规采用")) == sorted(
            r["document"] for r in shared if r["earlier document"] == version)
    assert len(pane_group(page, "文本被较晚法规采用")) >= 10
    page.close()


def test_build_writes_the_page_and_it_is_deterministic(pages, tmp_path):
    r = run_cli("build", DATA / "script-injection.txt", "--out", tmp_path, env={"PYTHONHASHSEED": "7"})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "graph.html").read_bytes() == pages["xss"].read_bytes()
    html = pages["detailed"].read_text(encoding="utf-8")
    # Self-contained: no linked stylesheet, no script from elsewhere, no CDN, no Bootstrap.
    assert "<link" not in html and "<script src" not in html and "<script>" in html
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html and "bootstrap" not in html.lower()
