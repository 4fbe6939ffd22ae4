"""``cnpii scan [PATH...]``: find personal information in a repository or files; print where, never what.

A thin command line over :mod:`cnpii.scanner`. Each finding is printed as
``path:line:col  ENTITY  masked-preview`` (or ``path:Sheet1!B7:col`` for a spreadsheet cell),
or as JSON or SARIF 2.1.0 (``--format``). Inside a git work tree the files git tracks are
scanned; ``--staged`` scans the index, ``--git-history [RANGE]`` the lines commits added.

Exit 0 when nothing (new) was found, 1 when something at or above ``--fail-on`` was found,
2 when a file could not be read or skipped (unless ``--skip-unreadable``) or the arguments,
configuration or baseline are wrong. Quiet (no output) on a clean tree.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["add_parser", "run", "ALLOW_MARKER", "BASELINE_VERSION"]

ALLOW_MARKER = "cnpii: allow"
BASELINE_VERSION = 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "scan",
        help="find personal information in files (shown masked)",
        description="Scan a repository or files for Chinese personal information. Output shows "
        "the location, the entity and a masked preview only. Exit 0 clean, 1 found, 2 on errors "
        "or unreadable files.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (default: the current folder); '-' reads stdin")
    p.add_argument("--entities", "-e", default=None,
                   help="comma-separated entities: names replace the CI default, +NAME adds to it, "
                        "'all' is every entity (default: identifiers and authentication data)")
    p.add_argument("--threshold", type=float, default=None, help="lowest score reported (default 0.5)")
    p.add_argument("--mode", choices=("fast", "accurate"), default="fast",
                   help="rules (fast, default) or rules fused with the NER model (accurate; "
                        "needs pip install \"cnpii[ner]\")")
    p.add_argument("--fail-on", choices=("C1", "C2", "C3"), default=None,
                   help="exit 1 only for findings of this JR/T 0171 category or higher (default C1)")
    p.add_argument("--format", choices=("text", "json", "sarif"), default="text",
                   help="output format (default text; sarif: SARIF 2.1.0 for code scanning)")
    p.add_argument("--output", "-o", metavar="FILE", default=None, help="write the report to FILE")
    p.add_argument("--baseline", metavar="FILE", default=None,
                   help="do not report findings accepted in this baseline")
    p.add_argument("--write-baseline", metavar="FILE", default=None,
                   help="record the current findings in FILE (replacing it) and exit 0")
    p.add_argument("--update-baseline", metavar="FILE", default=None,
                   help="keep FILE's accepted entries, add the current findings, exit 0")
    p.add_argument("--exclude", metavar="GLOB", action="append", default=[],
                   help="skip paths matching this glob (repeatable), e.g. 'tests/fixtures/'")
    p.add_argument("--config", metavar="FILE", default=None,
                   help="settings file (default: .cnpii.toml, or [tool.cnpii] in pyproject.toml)")
    git = p.add_mutually_exclusive_group()
    git.add_argument("--staged", action="store_true", help="scan the staged content (pre-commit)")
    git.add_argument("--git-history", nargs="?", const="HEAD", default=None, metavar="RANGE",
                     help="scan the lines added by each commit in RANGE (default: all of HEAD)")
    git.add_argument("--no-git", action="store_true", help="walk folders even inside a git work tree")
    p.add_argument("--untracked", action="store_true", default=None,
                   help="also scan untracked files that .gitignore does not exclude")
    p.add_argument("--hidden", action="store_true", default=None,
                   help="walk hidden folders (outside git)")
    p.add_argument("--skip-unreadable", action="store_true", default=None,
                   help="list files that cannot be read but do not exit 2 for them")
    p.add_argument("--max-size-mb", type=float, default=None,
                   help="files larger than this are skipped (and reported); default 100")
    p.add_argument("--jobs", "-j", type=int, default=None,
                   help="worker processes (default: every core)")
    p.add_argument("--verbose", "-v", action="store_true", help="print a summary even when clean")
    p.set_defaults(handler=run)


def _err(msg: str) -> None:
    print(f"cnpii: {msg}", file=sys.stderr)


def _config(args: argparse.Namespace) -> Any:
    from cnpii.entities import Category
    from cnpii.scanner import ScanConfig, resolve_entity_spec
    from cnpii.scanner._config import load_config_file

    # the settings of the tree being scanned: found from the first path given (else from here)
    import os

    first = next((p for p in args.paths if p != "-"), ".")
    start = first if os.path.isdir(first) else os.path.dirname(first) or "."
    source, file_cfg = load_config_file(args.config, start)
    for key in file_cfg.pop("_unknown", []):
        _err(f"warning: unknown setting '{key}' in {source} ignored")

    def pick(cli: Any, key: str, default: Any) -> Any:
        return cli if cli is not None else file_cfg.get(key, default)

    return ScanConfig(
        entities=resolve_entity_spec(pick(args.entities, "entities", None)),
        threshold=pick(args.threshold, "threshold", None),
        exclude=[*file_cfg.get("exclude", []), *args.exclude],
        allow=list(file_cfg.get("allow", [])),
        fail_on=Category(pick(args.fail_on, "fail-on", "C1")),
        max_size=int(float(pick(args.max_size_mb, "max-size-mb", 100)) * 1024 * 1024),
        untracked=bool(pick(args.untracked, "untracked", False)),
        skip_unreadable=bool(pick(args.skip_unreadable, "skip-unreadable", False)),
        hidden=bool(pick(args.hidden, "hidden", False)),
        baseline=pick(args.baseline, "baseline", None),
        source=source,
    )


def run(args: argparse.Namespace) -> int:
    from cnpii.scanner import Baseline, ConfigError, baseline_key, scan_paths
    from cnpii.scanner._baseline import KEY_ENV, key_id
    from cnpii.scanner._output import json_document, sarif_document, text_lines
    from cnpii.scanner._run import fails

    try:
        cfg = _config(args)
    except (ConfigError, ValueError) as exc:
        _err(f"error: {getattr(exc, 'message', None) or 'invalid setting'}")
        return 2
    if args.jobs is not None and args.jobs < 1:
        _err("error: --jobs must be at least 1")
        return 2
    if args.mode == "accurate":  # a missing ner extra stops the run before any file is read
        from cnpii.detection._ner import model
        from cnpii.errors import MissingExtra

        try:
            model()
        except MissingExtra as exc:
            _err(f"error: {exc}")
            return 2
    key = baseline_key()
    writing = args.write_baseline or args.update_baseline
    if key is None and (writing or cfg.baseline):
        _err(f"warning: {KEY_ENV} is not set: baseline entries match by file, line and entity, so "
             "a changed value on an accepted line passes and moved lines are reported again; set "
             f"{KEY_ENV} (a secret of 16+ characters, kept out of the repository) to match values")
    baseline = None
    if cfg.baseline and not args.write_baseline:
        baseline = Baseline.load(cfg.baseline, key)
    elif args.update_baseline:
        import os

        baseline = (Baseline.load(args.update_baseline, key) if os.path.exists(args.update_baseline)
                    else Baseline(keyed=key is not None, key_id=key_id(key)))

    report = scan_paths(args.paths, cfg, jobs=args.jobs, mode=args.mode, git=False if args.no_git else None,
                        staged=args.staged, history=args.git_history, key=key)
    problems = report.fatal_skips
    for path, reason, fatal in report.skipped:
        _err(f"{'skipped' if fatal else 'note'}: {path}: {reason}")
    for path in report.partly_decoded:
        _err(f"note: {path}: some bytes decode in no supported encoding; scanned with replacement "
             "characters")

    if writing:
        target = args.write_baseline or args.update_baseline
        if args.write_baseline:
            base = Baseline(keyed=key is not None, key_id=key_id(key))
            kept = 0
        else:
            assert baseline is not None
            base, kept = baseline, len(baseline.entries)
        added = sum(base.add(f) for f in report.findings)
        base.dump(target)
        _err(f"{added} findings added to {target}" + (f" ({kept} kept)" if kept else ""))
        return 2 if problems and not cfg.skip_unreadable else 0

    new = [f for f in report.findings if baseline is None or not baseline.known(f)]
    known = len(report.findings) - len(new)
    failed = fails(report, new, cfg.fail_on)
    if args.format == "sarif":
        body = json.dumps(sarif_document(new, report, failed, cfg.fail_on.rank), ensure_ascii=False,
                          indent=1) + "\n"
    elif args.format == "json":
        body = json.dumps(json_document(new, report, known), ensure_ascii=False, indent=1) + "\n"
    else:
        lines = text_lines(new)
        body = "\n".join(lines) + "\n" if lines else ""
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(body)
    elif body:
        sys.stdout.write(body)
        sys.stdout.flush()
    if new or problems or known or args.verbose:
        parts = [f"{len(new)} findings in {report.files} files ({report.bytes / 1e6:.1f} MB)"]
        if known:
            parts.append(f"{known} findings known from the baseline not shown")
        if report.binary_files:
            parts.append(f"{report.binary_files} binary files skipped")
        if report.skipped:
            parts.append(f"{len(report.skipped)} files not scanned")
        _err("; ".join(parts))
    if problems and not cfg.skip_unreadable:
        return 2
    return 1 if failed else 0
