"""The README's screenshots of graph.html, taken in headless Chromium at 1600×1000.

    python docs/screenshots.py BUILD/graph.html CORPUS_BUILD/graph.html

The first page is the bundled regulation's (``policykg build --out BUILD``), the second the corpus's
(``policykg build ../shared/corpus --out CORPUS_BUILD --jobs 2``).  Writes docs/explorer*.png (the last: the corpus's document
network, 优化营商环境条例 of 2019 chosen) and docs/graph.png.
"""

import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

DOCS = Path(__file__).resolve().parent


def open_page(browser, path):
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(Path(path).resolve().as_uri())
    page.wait_for_selector("body[data-stable='1']")
    return page


def network(page):
    page.click("#tabs button[data-view='graphview']")
    page.wait_for_selector("body[data-drawn='1']")
    page.wait_for_timeout(300)


def main(one, corpus):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = open_page(browser, one)
        page.screenshot(path=str(DOCS / "explorer.png"))
        network(page)
        page.screenshot(path=str(DOCS / "graph.png"))
        page = open_page(browser, corpus)
        page.fill("#search", "上海市市场监管部门")
        page.press("#search", "Enter")
        page.screenshot(path=str(DOCS / "explorer-ego.png"))
        page.click("#back")
        page.select_option("#f-jurisdiction", "上海市")
        network(page)
        page.screenshot(path=str(DOCS / "explorer-corpus.png"))
        page = open_page(browser, corpus)
        page.click("#tabs button[data-view='docview']")
        page.wait_for_selector("body[data-docdrawn='1']")
        page.click("#docpane button:has-text('优化营商环境条例（2019-10-22）')")
        page.wait_for_timeout(300)
        page.screenshot(path=str(DOCS / "explorer-docnet.png"))
        browser.close()
    for png in ("explorer.png", "graph.png", "explorer-ego.png", "explorer-corpus.png", "explorer-docnet.png"):
        # 256 colours: a third the bytes
        Image.open(DOCS / png).convert("RGB").quantize(256).save(DOCS / png, optimize=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
