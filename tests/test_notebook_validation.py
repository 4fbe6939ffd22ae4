"""The validation notebook runs top to bottom and shows a report with masked values only."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "validation.ipynb"


def test_validation_notebook_executes(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "cnpii quality report" in html and "failing rows" in html
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    # the seeded problems are reported ...
    for code in ("invalid_id_number", "gender_mismatch", "id_expired", "implausible_name", "missing",
                 "invalid_date"):
        assert code in html + text, f"{code} not shown"
    # ... and the raw values of the edited cells never appear
    assert "1381234567" not in html + text
