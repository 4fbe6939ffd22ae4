"""Scanning work items in worker processes, in order, printing nothing.

A work item (:data:`Task`) is a file, a byte range of a large text file, a blob (staged
content, a file in a commit, standard input) or the added lines of one file in one commit.
Workers return :class:`Result` objects holding masked previews and keyed fingerprints only:
raw values never leave the worker. ``jobs`` processes run the items; results come back in the
order of the items, so the output does not depend on timing.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from cnpii.scanner._read import Counter, Skip, read_units, text_blocks

__all__ = ["ALLOW_MARKER", "ALLOW_NEXT_LINE", "Settings", "Result", "run_tasks", "scan_task"]

#: a line containing this text is never reported (a reviewed, intended value)
ALLOW_MARKER = "cnpii: allow"
#: a line containing this text makes the next line not reported
ALLOW_NEXT_LINE = "cnpii: allow-next-line"

# hit tuple fields
HIT_FIELDS = ("path", "member", "location", "line", "column", "end_column", "entity", "score",
              "masked", "fingerprint", "commit")


@dataclass
class Settings:
    """What a worker needs: entities, threshold, allow patterns, the baseline key, size limit."""

    entities: frozenset
    threshold: float | None
    allow: list[str]
    key: bytes | None = field(repr=False)  # key material is never shown
    max_size: int = 100 * 1024 * 1024
    mode: str = "fast"  # detection mode: "accurate" fuses the NER model (the ner extra)

    def __post_init__(self) -> None:
        self._allow = [re.compile(p) for p in self.allow]


@dataclass
class Result:
    """What one task produced."""

    hits: list[tuple] = field(default_factory=list)
    #: (display path, reason, fatal)
    skipped: list[tuple[str, str, bool]] = field(default_factory=list)
    binaries: int = 0
    files: int = 0
    bytes: int = 0
    lines: int = 0
    bad_bytes: int = 0
    #: for byte ranges: the range's last line holds ALLOW_NEXT_LINE
    last_allows_next: bool = False
    #: for byte ranges: number of the range (0 first) and the path it belongs to
    part: int = 0
    path: str = ""


_S: Settings | None = None


def _init(settings: Settings) -> None:
    global _S
    _S = settings


_SEPARATORS = re.compile(r"[\s\-]")


def _allowed(patterns: list[re.Pattern[str]], value: str) -> bool:
    """Whether an allow pattern matches the whole value, as written or without spaces and dashes."""
    bare = _SEPARATORS.sub("", value)
    return any(p.fullmatch(value) or p.fullmatch(bare) for p in patterns)


def _scan_batches(batches: Iterable[list[tuple]], path: str, commit: str | None, s: Settings,
                  out: Result) -> None:
    from cnpii.detection import mask_value, scan_many
    from cnpii.scanner._baseline import value_fingerprint

    key = s.key
    allow = s._allow
    prev: tuple | None = None
    hits = out.hits
    for batch in batches:
        if not batch:
            continue
        texts = [u[3] for u in batch]
        for i, findings in enumerate(scan_many(texts, entities=s.entities, threshold=s.threshold,
                                               workers=1, mode=s.mode)):
            if not findings:
                continue
            member, location, line, text = batch[i]
            if ALLOW_MARKER in text:
                continue
            before = batch[i - 1] if i else prev
            if (location is None and before is not None and before[0] == member
                    and before[2] == line - 1 and ALLOW_NEXT_LINE in before[3]):
                continue
            for f in findings:
                value = text[f.start:f.end]
                if allow and _allowed(allow, value):
                    continue
                entity = f.entity.value
                hits.append((path, member, location, line, f.start + 1, f.end + 1, entity,
                             f.score, mask_value(f.entity, value),
                             value_fingerprint(key, entity, value) if key is not None else None,
                             commit))
        prev = batch[-1]
    if prev is not None and prev[1] is None and ALLOW_NEXT_LINE in prev[3]:
        out.last_allows_next = True


def scan_task(task: tuple, settings: Settings | None = None) -> Result:
    """Run one task (in a worker, or here when ``settings`` is given)."""
    s = settings or _S
    assert s is not None
    kind = task[0]
    out = Result()
    counter = Counter()
    skipped: list[tuple[str, str, bool]] = []
    try:
        if kind == "file":
            _, fspath, display = task
            out.path = display
            try:
                size = os.path.getsize(fspath)
                with open(fspath, "rb") as fh:
                    _scan_batches(read_units(fspath, fh, size, s.max_size, counter, skipped),
                                  display, None, s, out)
            except PermissionError:
                raise Skip("permission denied") from None
            except IsADirectoryError:
                raise Skip("a directory (a git submodule?)") from None
            except FileNotFoundError:
                raise Skip("cannot be opened (deleted, or a broken link)") from None
        elif kind == "range":
            _, fspath, display, start, end, part = task
            out.path, out.part = display, part
            with open(fspath, "rb") as fh:
                fh.seek(start)
                _scan_batches(text_blocks(fh, counter, bom=part == 0, limit=end - start),
                              display, None, s, out)
        elif kind == "blob":
            _, display, data, commit = task
            out.path = display
            bio = io.BytesIO(data)
            _scan_batches(read_units(display.rsplit("/", 1)[-1], bio, len(data), s.max_size,
                                     counter, skipped), display, commit, s, out)
        elif kind == "lines":
            _, display, commit, numbered = task
            out.path = display
            units = []
            from cnpii.scanner._read import decode_line

            for lineno, raw in numbered:
                text, bad = decode_line(raw)
                counter.bad_bytes += bad
                counter.bytes += len(raw) + 1
                units.append((None, None, lineno, text))
            counter.lines += len(units)
            _scan_batches([units], display, commit, s, out)
        elif kind == "binary":  # a binary file in a commit: counted, not read
            out.path = task[1]
            raise Skip("binary file", binary=True)
        else:  # pragma: no cover
            raise ValueError(kind)
        out.files = 1 if kind != "range" or task[5] == 0 else 0
    except Skip as exc:
        out.hits.clear()
        if exc.binary:
            out.binaries += 1
        else:
            out.skipped.append((out.path, exc.reason, exc.fatal))
    for member, reason, fatal in skipped:
        out.skipped.append((f"{out.path}!{member}", reason, fatal))
    out.binaries += counter.binaries
    out.bytes += counter.bytes
    out.lines += counter.lines
    out.bad_bytes += counter.bad_bytes
    return out


def _worker(task: tuple) -> Result:
    return scan_task(task)


def run_tasks(tasks: Iterable[tuple], settings: Settings, jobs: int) -> Iterator[Result]:
    """Results of ``tasks`` in order, on ``jobs`` processes (1: in this process)."""
    if jobs <= 1:
        for t in tasks:
            yield scan_task(t, settings)
        return
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(jobs, initializer=_init, initargs=(settings,)) as pool:
        yield from pool.imap(_worker, tasks, chunksize=1)


def to_records(results: Iterable[Result]) -> Iterator[tuple[Result, list[dict[str, Any]]]]:
    """Each result with its hits as dicts; byte ranges of one file numbered on from each other."""
    base = 0
    last_allows = False
    for r in results:
        if r.part == 0:
            base, last_allows = 0, False
        recs = []
        for h in r.hits:
            d = dict(zip(HIT_FIELDS, h))
            if r.part:
                if last_allows and d["line"] == 1:
                    continue
                d["line"] += base
            recs.append(d)
        base += r.lines
        last_allows = r.last_allows_next
        yield r, recs
