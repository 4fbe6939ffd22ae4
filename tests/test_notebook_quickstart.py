"""The quickstart notebook runs from top to bottom and shows masked values only."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "quickstart.ipynb"


def test_quickstart_notebook_executes(tmp_path: Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for o in outputs)
    assert "138 **** 5678" in text, "the masked sentence is shown"
    assert "11010519491231002X" not in text, "no output shows the raw resident ID"
    assert "1234 5678" not in text, "no output shows the raw mobile number"
    assert "values masked" in text, "the summary is shown"
    assert "'ok'" in text, "the survival check in the notebook passed"
    assert "1****************X" in text
    html = "\n".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert "1****************X" in html, "the scan result renders as HTML with masked values"
    assert "11010519491231002X" not in html and "1234 5678" not in html, "no raw value in the HTML"
