"""The HTML graph in a real headless browser (Debian's chromium, driven by Playwright).

One browser for the module.  Every page must load with no request but the
file itself, draw the expected nodes and edges, react to its filters and show
document text as text, never as markup.
"""

from pathlib import Path

import pytest

from conftest import DATA, ROOT, org, run_cli
from gold_layers import actor_type, gold_document, gold_graph
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
    nodes, edges = expected_detailed(doc)
    # hand count: the 71 names of the gold file (未指明 included) are 63 organisations and categories
    # (工信 four names, 发展改革 three, 数据 three, 科学技术 two), plus the issuer; since R16 article 9's
    # 其 is 智能制造相关行业协会 and 智能制造相关产业联盟, two more names
    assert (nodes, edges)[0] == 64 + 440 + 44 + 47
    assert page.drawn() == (nodes, edges)
    # Hide obligations: the 277 obligation provisions of the gold file go, with all their edges.
    obligations = [p for p in doc.layers["provisions"] if p.modality == "obligation"]
    page.uncheck("modality", "obligation")
    lost = sum(2 + len(p.programmes) + len(orgs(doc, p.partners)) + bool(p.approver) for p in obligations)
    assert page.drawn() == (nodes - 277, edges - lost)
    page.page.check("input[data-filter='modality'][value='obligation']")
    assert page.drawn() == (nodes, edges)
    # Hide chapter 1 (总则): its 12 articles and 70 provisions (hand count in the gold file).
    page.uncheck("chapter", "第一章 总则")
    ch1 = [p for p in doc.layers["provisions"] if p.paragraph.parent.ancestor("chapter").title == "总则"]
    arts = [a for a in doc.articles if a.ancestor("chapter").title == "总则"]
    assert (len(ch1), len(arts)) == (70, 12)
    assert page.drawn()[0] == nodes - 70 - 12
    page.page.click("fieldset[data-filter='chapter'] >> text=全选 all")
    # Search selects the matching nodes and shows the first in the details panel.
    page.page.fill("#search", "常州市工业和信息化部门")
    page.page.press("#search", "Enter")
    assert page.js("policykg.network.getSelectedNodes().length") >= 51  # the bureau and its 50 obligations
    assert "常州市工业和信息化部门" in page.page.inner_text("#details")
    # Legend names the modalities and actor types in Chinese.
    legend = page.page.inner_text("#legend")
    assert "义务" in legend and "政府部门" in legend
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(SHOTS / "detailed.png"))
    assert (SHOTS / "detailed.png").stat().st_size > 10_000
    page.close()


def test_actor_view_is_compact_and_filters_by_actor_type(browser, pages, doc):
    page = Page(browser, pages["actors"])
    P = doc.layers["provisions"]
    names = ({p.actor for p in P} | {a for p in P for a in p.partners} | {p.approver for p in P if p.approver})
    names = orgs(doc, names - {"未指明"}) | {org(doc, doc.meta["issuer"], "legislature")}
    progs = {g for p in P if p.actor != "未指明" for g in p.programmes}
    nodes, _ = page.drawn()
    assert nodes == len(names) + len(progs)
    departments = len(orgs(doc, {a for p in P for a in [p.actor, *p.partners, p.approver]
                                 if a and actor_type(a) == "government-department"}))
    page.uncheck("actorType", "government-department")
    assert page.drawn()[0] == nodes - departments
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(SHOTS / "actors.png"))
    page.close()


def test_document_text_is_shown_as_text_not_markup(browser, pages):
    doc = read(DATA / "script-injection.txt")
    script = next(a.text for a in doc.articles if "<script>" in a.text).split("\u3000", 1)[1]
    page = Page(browser, pages["xss"])
    # Only the page's own three scripts (data, vis-network, app); no element from the regulation.
    assert page.js("document.scripts.length") == 3
    assert page.js("document.querySelectorAll('img').length") == 0
    assert page.page.inner_text("#title") == "测试<b>标记</b>条例"
    article = next(n for n in page.js("policykg.nodes.getIds()") if n.endswith("/art/2"))
    page.js(f"policykg.showDetails({article!r})")
    assert script in page.page.inner_text("#details")
    # The tooltip on hover shows it as text too.
    x, y = page.js(f"""(() => {{ const n = policykg.network, p = n.canvasToDOM(n.getPosition({article!r}));
        const r = document.getElementById('graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()""")
    page.page.mouse.move(x, y)
    page.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert script in page.page.inner_text("div.vis-tooltip")
    assert page.js("document.scripts.length") == 3 and page.dialogs == []
    page.close()


def test_build_writes_the_page_and_it_is_deterministic(pages, tmp_path):
    r = run_cli("build", DATA / "script-injection.txt", "--out", tmp_path, env={"PYTHONHASHSEED": "7"})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "graph.html").read_bytes() == pages["xss"].read_bytes()
    html = pages["detailed"].read_text(encoding="utf-8")
    # Self-contained: no linked stylesheet, no script from elsewhere, no CDN, no Bootstrap.
    assert "<link" not in html and "<script src" not in html and "<script>" in html
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html and "bootstrap" not in html.lower()
