"""Shared fixtures of the scan tests (imported by test_scan_repo and test_cli_scan_ci)."""

import pytest


@pytest.fixture(autouse=True)
def _outside_the_project(tmp_path, monkeypatch):
    """Run from a temporary folder: settings files are found from the current folder, and the
    project's own ([tool.cnpii] in pyproject.toml) are not these tests' subject."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CNPII_BASELINE_KEY", raising=False)
