"""``cnpii scan PATH...``: find personal information in text files; print where, never what.

Each finding is printed as ``path:line:col  ENTITY  masked-preview`` (line and column 1-based,
column in characters), or as JSON or SARIF 2.1.0 (``--format``). Directories are walked
recursively (hidden folders skipped); ``-`` reads standard input.

For CI use: ``--baseline FILE`` suppresses the findings recorded in a baseline written earlier
with ``--write-baseline FILE``; ``--exclude GLOB`` skips paths; a line containing
``cnpii: allow`` is never reported. A baseline holds, per finding, the path, line, entity, masked
preview and a fingerprint computed from the masked line only, so it never holds more than the
output shows.

Exit 0 when nothing (new) was found, 1 when something was found, 2 when a path could not be
read or the arguments are wrong.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import sys
from collections import Counter
from typing import Any, Iterator

__all__ = ["add_parser", "run", "ALLOW_MARKER", "BASELINE_VERSION"]

_ENCODINGS = ("utf-8", "gb18030")
_MAX_BYTES = 64 * 1024 * 1024
#: a line containing this text is never reported (a reviewed, intended value)
ALLOW_MARKER = "cnpii: allow"
BASELINE_VERSION = 1


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
    p.add_argument("--mode", choices=("fast", "accurate"), default="fast",
                   help="rules (fast, default) or rules fused with the NER model (accurate; "
                        "needs pip install \"cnpii[ner]\")")
    p.add_argument("--format", choices=("text", "json", "sarif"), default="text",
                   help="output format (default text; sarif: SARIF 2.1.0 for code-scanning tools)")
    p.add_argument("--baseline", metavar="FILE", default=None,
                   help="do not report findings recorded in this baseline")
    p.add_argument("--write-baseline", metavar="FILE", default=None,
                   help="record the current findings in FILE and exit 0")
    p.add_argument("--exclude", metavar="GLOB", action="append", default=[],
                   help="skip paths matching this glob (repeatable), e.g. 'tests/fixtures/*'")
    p.set_defaults(handler=run)


def _files(paths: list[str], exclude: list[str]) -> Iterator[str]:
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if not _excluded(full, exclude, os.path.relpath(full, path)):
                        yield full
        elif not _excluded(path, exclude):
            yield path


def _excluded(path: str, exclude: list[str], rel: str | None = None) -> bool:
    """Whether a glob matches the path as given, its part below the scanned folder, or its name."""
    forms = {path, os.path.basename(path)} | ({rel} if rel else set())
    forms = {f.replace(os.sep, "/").removeprefix("./") for f in forms}
    return any(fnmatch.fnmatch(f, g) for f in forms for g in exclude)


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


def _fingerprint(path: str, entity: str, masked_line: str, occurrence: int) -> str:
    """A stable id for a finding, computed from what the output shows (never the raw value)."""
    key = "\0".join(("cnpii-baseline-v1", path.replace(os.sep, "/"), entity, masked_line.strip(),
                     str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _load_baseline(path: str) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION \
            or not isinstance(data.get("findings"), list):
        raise ValueError("not a cnpii baseline (version 1)")
    return {str(f["fingerprint"]) for f in data["findings"] if isinstance(f, dict) and "fingerprint" in f}


def _scan_file(path: str, text: str, entities: list[str] | None, threshold: float | None,
               mode: str = "fast") -> list[dict[str, Any]]:
    from cnpii.detection import scan_many
    from cnpii.detection._finding import mask_value

    out: list[dict[str, Any]] = []
    seen: Counter[tuple[str, str]] = Counter()
    lines = text.splitlines()
    for lineno, (line, findings) in enumerate(
            zip(lines, scan_many(lines, entities=entities, threshold=threshold, workers=1,
                                    mode=mode)), 1):
        if not findings or ALLOW_MARKER in line:
            continue
        masked_line, pos = [], 0
        previews = []
        for f in findings:
            preview = mask_value(f.entity, line[f.start:f.end])
            previews.append(preview)
            masked_line.append(line[pos:f.start])
            masked_line.append(preview)
            pos = f.end
        masked_line.append(line[pos:])
        masked = "".join(masked_line)
        for f, preview in zip(findings, previews):
            entity = f.entity.value
            seen[(entity, masked)] += 1
            out.append({"path": path, "line": lineno, "column": f.start + 1, "end_column": f.end + 1,
                        "entity": entity, "score": f.score, "masked": preview,
                        "fingerprint": _fingerprint(path, entity, masked, seen[(entity, masked)])})
    return out


def _sarif(results: list[dict[str, Any]]) -> dict[str, Any]:
    from cnpii import __version__
    from cnpii.entities import ENTITY_INFO

    rules, index = [], {}
    for r in results:
        if r["entity"] not in index:
            info = ENTITY_INFO.get(r["entity"])
            index[r["entity"]] = len(rules)
            rules.append({
                "id": r["entity"], "name": r["entity"],
                "shortDescription": {"text": f"{info.name_en if info else r['entity']} in a file"},
                "properties": {"category": str(info.category) if info else "",
                               "level": info.level if info else 0},
            })
    out = []
    for r in results:
        info = ENTITY_INFO.get(r["entity"])
        out.append({
            "ruleId": r["entity"], "ruleIndex": index[r["entity"]],
            # C3 (authentication) and C2 (identifying) information is an error, C1 a warning
            "level": "warning" if info is not None and str(info.category) == "C1" else "error",
            "message": {"text": f"{r['entity']} found (masked: {r['masked']})"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": r["path"].replace(os.sep, "/")},
                "region": {"startLine": r["line"], "startColumn": r["column"], "endColumn": r["end_column"]},
            }}],
            "partialFingerprints": {"cnpii/v1": r["fingerprint"]},
        })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "cnpii", "version": __version__, "rules": rules}},
                  "columnKind": "unicodeCodePoints", "results": out}],
    }


def run(args: argparse.Namespace) -> int:
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
    if args.mode == "accurate":  # a missing ner extra stops the run before any file is read
        from cnpii.detection._ner import model

        model()
    known: set[str] = set()
    if args.baseline:
        try:
            known = _load_baseline(args.baseline)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            reason = "cannot read" if isinstance(exc, OSError) else "not a cnpii baseline:"
            print(f"cnpii: error: {reason} {args.baseline}", file=sys.stderr)
            return 2

    results: list[dict[str, Any]] = []
    errors = 0
    for path in _files(args.paths, args.exclude):
        try:
            text = _read(path)
        except OSError:
            print(f"cnpii: error: cannot read {path}", file=sys.stderr)
            errors += 1
            continue
        if text is not None:
            results.extend(_scan_file(path, text, entities, args.threshold, args.mode))

    if args.write_baseline:
        data = {"version": BASELINE_VERSION, "tool": "cnpii scan",
                "findings": [{k: r[k] for k in ("path", "line", "entity", "masked", "fingerprint")}
                             for r in results]}
        with open(args.write_baseline, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"cnpii: {len(results)} findings recorded in {args.write_baseline}", file=sys.stderr)
        return 2 if errors else 0

    new = [r for r in results if r["fingerprint"] not in known]
    if args.format == "sarif":
        json.dump(_sarif(new), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format == "json":
        json.dump(new, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in new:
            print(f"{r['path']}:{r['line']}:{r['column']}  {r['entity']}  {r['masked']}")
    if known and len(new) < len(results):
        print(f"cnpii: {len(results) - len(new)} findings known from the baseline not shown",
              file=sys.stderr)
    if errors:
        return 2
    return 1 if new else 0
