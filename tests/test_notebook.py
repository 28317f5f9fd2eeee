"""notebooks/explore.ipynb runs from top to bottom, so the walk-through never goes stale."""

import nbformat
from nbclient import NotebookClient

from conftest import ROOT


def test_explore_notebook_runs(tmp_path):
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/markdown", "")) for o in outputs)
    assert "常州市促进智能制造发展条例 - 47 articles" in text
    assert "市人民政府" in text and "| actor | actor_type | total |" in text
    assert any("image/png" in o.get("data", {}) for o in outputs), "the plot is drawn"
    page = next(o["data"]["text/html"] for o in outputs if "<iframe srcdoc=" in o.get("data", {}).get("text/html", ""))
    assert "vis-network" in page and "policykg-data" in page
