"""One scan run: choose the work, run it on ``jobs`` processes, collect a :class:`ScanReport`."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, Iterator

from cnpii.entities import ENTITY_INFO, Category, Entity
from cnpii.scanner import _sources as src
from cnpii.scanner._baseline import place_fingerprint
from cnpii.scanner._config import ScanConfig
from cnpii.scanner._engine import Settings, run_tasks, to_records
from cnpii.scanner._read import _SAMPLE, Skip, kind_of, sniff

__all__ = ["ScanReport", "scan_paths", "SPLIT_BYTES"]

#: text files larger than this are cut into ranges of about this size, scanned in parallel
SPLIT_BYTES = 8 * 1024 * 1024
#: below this many bytes in total, a run stays in one process
_PARALLEL_MIN = 4 * 1024 * 1024


@dataclass
class ScanReport:
    """What a scan found and what it could not read. Holds masked previews only.

    ``findings`` are dicts (path, member, location, line, column, end_column, entity,
    category, score, masked, fingerprint, commit); ``skipped`` are ``(path, reason, fatal)``.
    """

    findings: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[tuple[str, str, bool]] = field(default_factory=list)
    binary_files: int = 0
    files: int = 0
    bytes: int = 0
    lines: int = 0
    bad_bytes: int = 0
    #: files with bytes no encoding reads, scanned with replacement characters
    partly_decoded: list[str] = field(default_factory=list)

    @property
    def fatal_skips(self) -> list[tuple[str, str, bool]]:
        return [s for s in self.skipped if s[2]]


def _category(entity: str) -> str:
    return str(ENTITY_INFO[Entity(entity)].category)


def _file_tasks(names: list[tuple[str, str]], jobs: int, max_size: int, report: ScanReport
                ) -> Iterator[tuple]:
    """Tasks for files given as ``(fs path, display)``: big text files cut into ranges."""
    for fspath, display in names:
        try:
            size = os.path.getsize(fspath)
        except OSError:
            yield ("file", fspath, display)  # the worker reports why
            continue
        if jobs > 1 and size > SPLIT_BYTES and size <= max_size and kind_of(fspath) == "text":
            try:
                with open(fspath, "rb") as fh:
                    sniff(fh.read(_SAMPLE))
                    cuts = _cuts(fh, size)
            except (OSError, Skip):
                yield ("file", fspath, display)
                continue
            for part, (a, b) in enumerate(zip(cuts, cuts[1:])):
                yield ("range", fspath, display, a, b, part)
        else:
            yield ("file", fspath, display)


def _cuts(fh: Any, size: int) -> list[int]:
    """Offsets just after a line break, about SPLIT_BYTES apart (first 0, last ``size``)."""
    cuts = [0]
    pos = SPLIT_BYTES
    while pos < size:
        fh.seek(pos)
        while True:
            piece = fh.read(65536)
            if not piece:
                pos = size
                break
            nl = piece.find(b"\n")
            if nl >= 0:
                pos += nl + 1
                break
            pos += len(piece)
        if pos >= size:
            break
        cuts.append(pos)
        pos += SPLIT_BYTES
    cuts.append(size)
    return cuts


def scan_paths(paths: list[str], config: ScanConfig | None = None, *, jobs: int | None = None,
               git: bool | None = None, staged: bool = False, history: str | None = None,
               key: bytes | None = None, stdin: Any = None, mode: str = "fast") -> ScanReport:
    """Scan ``paths`` (``-`` is standard input) and return a :class:`ScanReport`.

    ``git`` (default: when the current folder is in a git work tree) lists the files git
    tracks; ``staged`` scans the index, ``history`` the lines added by a commit range.
    ``key`` (bytes) makes fingerprints keyed HMACs of the values. ``mode="accurate"`` finds
    names with the NER model fused with the rules (the ``ner`` extra; see :func:`cnpii.scan`).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("客户手机13812345678\\n", encoding="utf-8")
    >>> r = scan_paths([str(d)], git=False, jobs=1)
    >>> [(f["line"], f["entity"], f["masked"]) for f in r.findings]
    [(1, 'CN_MOBILE_PHONE', '138****5678')]
    """
    cfg = config or ScanConfig()
    if jobs is None:
        jobs = os.cpu_count() or 1
    from cnpii.detection._ner import check_mode

    settings = Settings(cfg.entities, cfg.threshold, cfg.allow, key, cfg.max_size, check_mode(mode))
    report = ScanReport()
    paths = paths or ["."]
    tasks: list[tuple] | Iterator[tuple]
    total = 0
    if history is not None:
        tasks = _history(history, [p for p in paths if p != "-"], cfg, report)
        total = _PARALLEL_MIN
    elif staged:
        tasks = []
        for name in src.staged_files([p for p in paths if p != "-"]):
            shown = src.display_name(name)
            if cfg.exclude and src.excluded(shown, cfg.exclude):
                continue
            data = src.read_staged(name, cfg.max_size)
            if data is None:
                report.skipped.append((shown, f"over the size limit ({cfg.max_size // (1 << 20)} MiB)", True))
                continue
            total += len(data)
            tasks.append(("blob", shown, data, None))
    else:
        names: list[tuple[str, str]] = []
        tasks = []
        for p in paths:
            if p == "-":
                data = (stdin or sys.stdin.buffer).read()
                total += len(data)
                tasks.append(("blob", "-", data, None))
                continue
            if not os.path.lexists(p):
                report.skipped.append((src.display_name(p), "cannot read: no such file or folder", True))
                continue
            if os.path.isdir(p) and git is not False and src.git_root(p) is not None:
                for raw in src.tracked_files(p, cfg.untracked):
                    fspath = os.fsdecode(raw)
                    shown = src.display_name(raw)
                    if cfg.exclude and src.excluded(shown, cfg.exclude, os.path.relpath(fspath, p)):
                        continue
                    if os.path.islink(fspath):
                        report.skipped.append((shown, "symbolic link (not followed)", False))
                        continue
                    names.append((fspath, shown))
            elif os.path.isdir(p):
                for fspath, reason in src.walk_files(p, cfg.hidden):
                    shown = src.display_name(fspath).removeprefix("./")
                    if cfg.exclude and src.excluded(shown, cfg.exclude, os.path.relpath(fspath, p)):
                        continue
                    if reason is not None:
                        report.skipped.append((shown, reason, "hidden" in reason))
                    elif os.path.islink(fspath):
                        report.skipped.append((shown, "symbolic link (not followed)", False))
                    else:
                        names.append((fspath, shown))
            elif not (cfg.exclude and src.excluded(src.display_name(p), cfg.exclude)):
                names.append((p, src.display_name(p)))
        for fspath, _ in names:
            try:
                total += os.path.getsize(fspath)
            except OSError:
                pass
        tasks.extend(_file_tasks(names, jobs, cfg.max_size, report))
    run_jobs = jobs if total >= _PARALLEL_MIN else 1
    _collect(run_tasks(tasks, settings, run_jobs), report)
    return report


def _history(rev_range: str, paths: list[str], cfg: ScanConfig, report: ScanReport) -> Iterator[tuple]:
    # binary files are counted by the workers' results ("binary" tasks), not here: this
    # generator runs in the pool's feeder thread
    yield from src.history_tasks(rev_range, paths, cfg.exclude, frozenset({"excel", "parquet", "zip"}))


def _collect(results: Any, report: ScanReport) -> None:
    dropped: str | None = None
    for r, records in to_records(results):
        if r.part and r.path == dropped:
            continue
        dropped = None
        report.files += r.files
        report.binary_files += r.binaries
        report.bytes += r.bytes
        report.lines += r.lines
        report.bad_bytes += r.bad_bytes
        if r.bad_bytes and (not report.partly_decoded or report.partly_decoded[-1] != r.path):
            report.partly_decoded.append(r.path)
        report.skipped.extend(r.skipped)
        for rec in records:
            rec["category"] = _category(rec["entity"])
            rec["keyed"] = rec["fingerprint"] is not None
            if rec["fingerprint"] is None:
                place = rec["path"] + (f"!{rec['member']}" if rec["member"] else "")
                rec["fingerprint"] = place_fingerprint(place, rec["location"] or rec["line"],
                                                       rec["entity"], rec["commit"])
            report.findings.append(rec)


def fails(report: ScanReport, findings: list[dict[str, Any]], fail_on: Category) -> bool:
    """Whether any of ``findings`` is at or above the ``fail_on`` category."""
    return any(Category(f["category"]).rank >= fail_on.rank for f in findings)
