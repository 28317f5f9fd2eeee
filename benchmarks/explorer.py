"""graph.html in headless Chromium: load, first paint, the network opened, and filter changes.

    python benchmarks/explorer.py PAGE [PAGE ...] [--repeat 5]

PAGE: a graph.html (``policykg build`` writes one: the bundled regulation's, or the corpus's with
``policykg build ../shared/corpus --out BUILD --jobs 2``).  Each load is a fresh page at 1600×1000
(the size of issue 12's trial).  Times are the page's own clock (``performance.now()``, from
navigation): interactive = the explorer's data parsed and the overview drawn (``policykg.readyAt``);
first paint = the first contentful paint; network = a click on the network tab until vis-network has
drawn; a filter change = a change event until the next frame is drawn (the network's ``afterDrawing``
in the network view, an animation frame in the overview); on a page with a document network, its tab
click until drawn, and a document selected (its pane and the network redrawn), for the five most
linked documents.  Medians; the load average before and after is printed with them, since the
machine is shared.
"""

import argparse
import os
import platform
import statistics
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

# A change event on a control, timed until the next drawn frame.
CHANGE = """([selector, value, graph]) => new Promise(resolve => {
  const control = document.querySelector(selector), t0 = performance.now();
  const done = () => resolve(performance.now() - t0);
  if (graph) { policykg.network.once("afterDrawing", done); }
  else { requestAnimationFrame(() => setTimeout(done, 0)); }
  if (control.type === "checkbox") { control.checked = !control.checked; } else { control.value = value; }
  control.dispatchEvent(new Event("change"));
})"""
OPEN_NETWORK = """() => new Promise(resolve => {
  const t0 = performance.now();
  const watch = new MutationObserver(() => {
    if (document.body.dataset.drawn) { watch.disconnect(); resolve(performance.now() - t0); }
  });
  watch.observe(document.body, { attributes: true });
  document.querySelector("#tabs button[data-view='graphview']").click();
})"""
OPEN_DOCNET = OPEN_NETWORK.replace("drawn", "docdrawn").replace("graphview", "docview")
SELECT_DOC = """(j) => new Promise(resolve => {
  const t0 = performance.now();
  policykg.docNetwork.once("afterDrawing", () => resolve(performance.now() - t0));
  policykg.selectDoc(j);
})"""
# the five nodes with the most links
BUSIEST = """(() => { const D = JSON.parse(document.getElementById('policykg-data').textContent).docnet, c = {};
  D.edges.forEach(e => { c[e[0]] = (c[e[0]] || 0) + 1; c[e[1]] = (c[e[1]] || 0) + 1; });
  return Object.keys(c).map(Number).sort((x, y) => c[y] - c[x] || x - y).slice(0, 5); })()"""


def load_average():
    return "%.2f %.2f %.2f" % os.getloadavg()


def changes(page):
    """``[(what, selector, value)]``: the filter changes to time on ``page``, each applied then undone."""
    out = []
    docs = page.evaluate("[...document.querySelectorAll('#f-doc option')].map(o => o.value)")
    for v in docs[1:6]:  # five documents by title, then all again
        out += [("document", "#f-doc", v), ("document", "#f-doc", "-1")]
    out += [("modality", "input[data-filter='modality'][value='obligation']", None)] * 2
    out += [("level", "#f-level", "role"), ("level", "#f-level", "organisation")]
    if page.query_selector("#f-year-from"):
        first = page.evaluate("document.querySelector('#f-year-to').options[0].value")
        last = page.evaluate("[...document.querySelector('#f-year-to').options].pop().value")
        out += [("year", "#f-year-to", str((int(first) + int(last)) // 2)), ("year", "#f-year-to", last)]
    return out


def measure(browser, path, repeat):
    url = Path(path).resolve().as_uri()
    rows = {}

    def note(what, ms):
        rows.setdefault(what, []).append(ms)

    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(url)
        page.wait_for_selector("body[data-stable='1']", timeout=120_000)
        note("interactive (data parsed, overview drawn)", page.evaluate("policykg.readyAt"))
        note("first contentful paint", page.evaluate(
            "performance.getEntriesByName('first-contentful-paint')[0].startTime"))
        for what, selector, value in changes(page):
            note(f"filter change, overview: {what}", page.evaluate(CHANGE, [selector, value, False]))
        page.click("#tabs button[data-view='overview']")
        note("network opened (tab click → drawn)", page.evaluate(OPEN_NETWORK))
        for what, selector, value in changes(page):
            note(f"filter change, network and table: {what}", page.evaluate(CHANGE, [selector, value, True]))
        if page.query_selector("#tabs button[data-view='docview']:not([hidden])"):
            note("document network opened (tab click → drawn)", page.evaluate(OPEN_DOCNET))
            for j in page.evaluate(BUSIEST):
                note("document network: a document selected (pane and network redrawn)", page.evaluate(SELECT_DOC, j))
        page.close()
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="+")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"{platform.node()}: {os.cpu_count()} CPUs ({platform.machine()}), Python {platform.python_version()}; "
          f"load average before {load_average()}", file=sys.stderr)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        print(f"Chromium {browser.version}", file=sys.stderr)
        for path in a.pages:
            rows = measure(browser, path, a.repeat)
            size = Path(path).stat().st_size / 1e6
            print(f"\n{path} ({size:.1f} MB), {a.repeat} loads; medians in ms (max)\n")
            print("| what | median ms | max ms | n |\n|---|---|---|---|")
            for what, ms in rows.items():
                print(f"| {what} | {statistics.median(ms):.0f} | {max(ms):.0f} | {len(ms)} |")
        browser.close()
    print(f"\nload average after {load_average()}", file=sys.stderr)


if __name__ == "__main__":
    main()
