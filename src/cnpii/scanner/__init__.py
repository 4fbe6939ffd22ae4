"""Find Chinese personal information in repositories and files, for CI and pre-commit.

The engine behind ``cnpii scan``: git-aware file selection (tracked, staged, history),
every file kind a bank repository holds (text and code in UTF-8/GBK/GB18030, CSV, JSON,
logs, Excel, Parquet, zip, gzip), keyed baselines, parallel workers, and output that shows
masked previews only. Importing it loads no pandas, spaCy or Presidio.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "log.txt").write_text("开户 身份证11010519491231002X\\n", encoding="utf-8")
>>> report = scan_paths([str(d)], git=False, jobs=1)
>>> [(f["entity"], f["masked"]) for f in report.findings]
[('CN_RESIDENT_ID', '1****************X')]
"""

from __future__ import annotations

from cnpii.scanner._baseline import BASELINE_VERSION, Baseline, BaselineError, baseline_key
from cnpii.scanner._config import CI_DEFAULT_ENTITIES, ConfigError, ScanConfig, resolve_entity_spec
from cnpii.scanner._engine import ALLOW_MARKER, ALLOW_NEXT_LINE
from cnpii.scanner._run import ScanReport, scan_paths
from cnpii.scanner._sources import GitError

__all__ = ["scan_paths", "ScanReport", "ScanConfig", "CI_DEFAULT_ENTITIES", "resolve_entity_spec",
           "Baseline", "BaselineError", "baseline_key", "BASELINE_VERSION", "ConfigError",
           "GitError", "ALLOW_MARKER", "ALLOW_NEXT_LINE"]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals())  # cnpii._args: typed, quiet errors (issue 11)
