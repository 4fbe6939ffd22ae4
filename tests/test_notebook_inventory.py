"""The inventory notebook runs from top to bottom, shows the chart, and shows no raw value."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from cnpii.identifiers import bank_card, mobile_phone, resident_id

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "inventory.ipynb"


def test_inventory_notebook_executes(tmp_path: Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for o in outputs)
    html = "\n".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert "<svg" in html and html.count("class='file-bar'") == 5, "the chart shows every file and sheet"
    assert "raised to level 4" in text, "the combination rule is shown"
    assert "'ok'" in text, "the masking check in the notebook passed"
    blob = text + html
    digits = set(re.findall(r"(?<![0-9])[0-9]{11,19}X?(?![0-9])", blob))
    leaked = [d for d in digits if resident_id.is_valid(d) or mobile_phone.is_valid(d)
              or bank_card.is_valid(d)]
    assert not leaked, f"{len(leaked)} raw identifiers in the notebook's output"
