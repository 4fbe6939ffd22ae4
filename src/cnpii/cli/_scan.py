"""``cnpii scan PATH...``: find personal information in text files; print where, never what.

Each finding is printed as ``path:line:col  ENTITY  masked-preview`` (line and column 1-based,
column in characters). Directories are walked recursively; ``-`` reads standard input.
Exit 0 when nothing was found, 1 when something was found, 2 when a path could not be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Iterator

__all__ = ["add_parser", "run"]

_ENCODINGS = ("utf-8", "gb18030")
_MAX_BYTES = 64 * 1024 * 1024


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "scan",
        help="find personal information in files (shown masked)",
        description="Scan text files for Chinese personal information. Output shows the location, "
        "the entity and a masked preview only. Exit 0 clean, 1 found, 2 on errors.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; '-' reads stdin")
    p.add_argument("--entities", "-e", default=None,
                   help="comma-separated entities to look for (default: all)")
    p.add_argument("--threshold", type=float, default=None, help="lowest score reported (default 0.5)")
    p.set_defaults(handler=run)


def _files(paths: list[str]) -> Iterator[str]:
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    yield os.path.join(root, name)
        else:
            yield path


def _read(path: str) -> str | None:
    if path == "-":
        return sys.stdin.read()
    with open(path, "rb") as fh:
        data = fh.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES or b"\x00" in data[:8192]:
        return None  # binary or too large: skipped
    for enc in _ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def run(args: argparse.Namespace) -> int:
    from cnpii.detection import scan_many
    from cnpii.detection._finding import mask_value
    from cnpii.entities import Entity

    entities = None
    if args.entities:
        names = [e.strip().upper() for e in args.entities.split(",") if e.strip()]
        unknown = [n for n in names if n not in Entity.__members__]
        if unknown:
            print(f"cnpii: error: unknown entity: {', '.join(unknown)}", file=sys.stderr)
            return 2
        entities = names
    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        print("cnpii: error: --threshold must be between 0 and 1", file=sys.stderr)
        return 2

    found = errors = 0
    for path in _files(args.paths):
        try:
            text = _read(path)
        except OSError:
            print(f"cnpii: error: cannot read {path}", file=sys.stderr)
            errors += 1
            continue
        if text is None:
            continue
        lines = text.splitlines()
        for lineno, (line, findings) in enumerate(
                zip(lines, scan_many(lines, entities=entities, threshold=args.threshold, workers=1)), 1):
            for f in findings:
                found += 1
                preview = mask_value(f.entity, line[f.start:f.end])
                print(f"{path}:{lineno}:{f.start + 1}  {f.entity.value}  {preview}")
    if errors:
        return 2
    return 1 if found else 0
