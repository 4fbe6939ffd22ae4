"""The project scans itself: ``cnpii scan`` over this repository's tracked files, with its
committed baseline (.cnpii-baseline.json, given with --baseline) and settings ([tool.cnpii] in pyproject.toml),
finds nothing new.

The repository's values are synthetic examples, so the baseline here is keyed with a public
key; a real repository keeps CNPII_BASELINE_KEY secret. When this fails after adding examples,
check that the new values are synthetic, then accept them:

    CNPII_BASELINE_KEY=cnpii-public-fixtures-key cnpii scan --update-baseline .cnpii-baseline.json
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_FIXTURES_KEY = "cnpii-public-fixtures-key"


def test_repository_scan_is_clean_against_its_baseline():
    inside = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT,
                            capture_output=True, text=True)
    if inside.returncode != 0:
        pytest.skip("not a git work tree: the self-scan lists files with git")
    env = {**os.environ, "CNPII_BASELINE_KEY": PUBLIC_FIXTURES_KEY}
    proc = subprocess.run([sys.executable, "-m", "cnpii", "scan", "--baseline", ".cnpii-baseline.json"],
                          cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, (
        "cnpii scan of the repository found new values (masked below); if they are synthetic, "
        "accept them with: CNPII_BASELINE_KEY=cnpii-public-fixtures-key cnpii scan "
        f"--update-baseline .cnpii-baseline.json\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}")
    assert proc.stdout == ""
