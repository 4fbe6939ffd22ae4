"""``inventory``: classify every file (and every Excel sheet) under some paths by sampling, and
report it as JSON, Markdown and a standalone HTML page with charts (inline SVG, no external
asset). No report holds a cell value: only paths, sheet and column names, grades and counts.
"""

from __future__ import annotations

import html
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from cnpii.classification._classify import Classification, classify
from cnpii.errors import CnpiiError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["FileEntry", "Inventory", "inventory", "read_sample", "count_rows"]

_COLORS = {"C3": "#b2182b", "C2": "#ef8a62", "C1": "#67a9cf"}
_CATS = ("C3", "C2", "C1")
_BLOCK = 16 * 1024 * 1024


@dataclass
class FileEntry:
    """One file (or one Excel sheet) of an inventory: its classification, or why it has none."""

    path: str
    format: str
    sheet: str | None = None
    rows: int | None = None
    result: Classification | None = None
    error: str | None = None
    read_seconds: float = 0.0
    classify_seconds: float = 0.0

    @property
    def name(self) -> str:
        """``path`` or ``path#sheet``."""
        return f"{self.path}#{self.sheet}" if self.sheet is not None else self.path

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.path, "sheet": self.sheet, "format": self.format,
                               "rows": self.rows, "error": self.error}
        if self.result is not None:
            r = self.result
            out.update(category=str(r.category), level=r.level, rule=r.rule(),
                       combination=dict(r.combined),
                       columns=[{k: v for k, v in c.to_dict().items() if k != "rows"}
                                for c in r.columns.values()])
        return out


# -- reading samples -------------------------------------------------------------------------
_BLANK = re.compile(rb"\n(?=\r?\n)")


def _blanks(b: bytes) -> int:
    """Empty lines in ``b``: line breaks followed by another (overlapping runs counted)."""
    return len(_BLANK.findall(b))


def _breaks(block: bytes) -> tuple[int, int]:
    """Line breaks in ``block``, and empty lines inside it (``\\n\\n`` or ``\\n\\r\\n``), with
    numpy over the bytes (a substring search is slow when line breaks are frequent)."""
    import numpy as np

    a = np.frombuffer(block, np.uint8)
    pos = np.flatnonzero(a == 10)
    if len(pos) < 2:
        return len(pos), 0
    gaps = np.diff(pos)
    two = pos[:-1][gaps == 2]
    return len(pos), int((gaps == 1).sum()) + int((a[two + 1] == 13).sum())


def _profile(path: Path, fmt: str) -> tuple[int, bool, str]:
    """``(data rows, byte-safe, encoding)`` of a delimited or JSON Lines file. A file is
    byte-safe when its encoding keeps line breaks and quotes as single ASCII bytes (UTF-8,
    GB18030) and it has no quote character (JSON Lines: always): it is counted by line breaks
    in 16 MB blocks, and rows can be sampled at byte offsets. Other files are parsed whole,
    so quoted line breaks do not count."""
    from cnpii.dataframe._io import detect_encoding, read_chunks

    with open(path, "rb") as fh:
        encoding = detect_encoding(fh.read(256 * 1024))
    if encoding in ("utf-8", "utf-8-sig", "gb18030"):
        lines = blank = 0
        quoted, prev, last = False, b"", b"\n"
        with open(path, "rb") as fh:
            while block := fh.read(_BLOCK):
                n, b = _breaks(block)
                lines, blank = lines + n, blank + b
                if prev:  # a blank line across the block boundary
                    blank += _blanks(prev + block[:2]) - _blanks(prev) - _blanks(block[:2])
                quoted = quoted or (fmt != "jsonl" and b'"' in block)
                prev, last = block[-2:], block[-1:]
        if last != b"\n":
            lines += 1
        if not quoted:
            header = 0 if fmt == "jsonl" else 1
            return max(0, lines - blank - header), True, encoding
    rows = sum(len(c.frame) for c in read_chunks(path, fmt, encoding=encoding,
                                                 chunk_rows=200_000, on_bad_row="mask"))
    return rows, False, encoding


def count_rows(path: Path, fmt: str) -> int:
    """Data rows of a delimited or JSON Lines file (see :func:`_profile`)."""
    return _profile(path, fmt)[0]


def _spread(path: Path, fmt: str, encoding: str, header: list[str], k: int,
            seed: int) -> pd.DataFrame:
    """About ``k`` rows read at seeded random byte offsets through a byte-safe file (the line
    after each offset), so a sample is not only the file's first rows."""
    import csv

    import numpy as np
    import pandas as pd

    from cnpii.dataframe._io import _frame

    size = path.stat().st_size
    rng = np.random.default_rng(seed)
    rows: list[list[str | None]] = []
    records: list[dict[str, Any]] = []
    with open(path, "rb") as fh:
        fh.readline()  # the header (or the first record, which the head holds)
        start = fh.tell()
        if size <= start:
            return pd.DataFrame(columns=header)
        for off in np.unique(rng.integers(start, size, k)):
            fh.seek(int(off))
            fh.readline()  # the rest of the line the offset fell in
            raw = fh.readline()
            if not raw.strip():
                continue
            try:
                line = raw.decode(encoding).rstrip("\r\n")
            except UnicodeDecodeError:
                continue
            if fmt == "jsonl":
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict):
                    records.append(obj)
                continue
            parsed = next(csv.reader([line], delimiter="," if fmt == "csv" else "\t"), [])
            if len(parsed) > len(header) and not any(parsed[len(header):]):
                del parsed[len(header):]
            if len(parsed) == len(header):
                rows.append(list(parsed))
    if fmt == "jsonl":
        return pd.DataFrame.from_records(records)
    return _frame(header, rows)


def read_sample(path: Path, fmt: str, head: int,
                seed: int = 0) -> Iterator[tuple[str | None, pd.DataFrame, int]]:
    """``(sheet, sampled rows, total rows)`` of a file: one item, or one per Excel sheet.

    The sampled rows are the first ``head`` rows and, for a longer byte-safe CSV/TSV/JSON
    Lines file, as many again read at random offsets through the whole file."""
    import pandas as pd

    if fmt in ("csv", "tsv", "jsonl"):
        from cnpii.dataframe._io import read_chunks

        first = next(iter(read_chunks(path, fmt, chunk_rows=head, on_bad_row="mask")), None)
        if first is None:
            yield None, pd.DataFrame(), 0
            return
        frame = first.frame
        rows, byte_safe, encoding = _profile(path, fmt)
        if byte_safe and rows > len(frame) and len(frame.columns):
            more = _spread(path, fmt, encoding, [str(c) for c in frame.columns], head, seed)
            if len(more):
                more = more.reindex(columns=frame.columns)
                frame = pd.concat([frame, more.astype(frame.dtypes.to_dict(), errors="ignore")],
                                  ignore_index=True)
        yield None, frame, rows
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        f = pq.ParquetFile(path)
        batch = next(f.iter_batches(batch_size=head), None)
        frame = batch.to_pandas() if batch is not None else f.schema_arrow.empty_table().to_pandas()
        yield None, frame, f.metadata.num_rows
    else:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            for ws in wb.worksheets:
                it = ws.iter_rows(values_only=True)
                header_row = next(it, None)
                if header_row is None:
                    yield ws.title, pd.DataFrame(), 0
                    continue
                header = [str(h) if h is not None else f"column_{i + 1}"
                          for i, h in enumerate(header_row)]
                got: list[tuple[Any, ...]] = []
                for row in it:
                    if len(got) >= head:
                        break
                    got.append(tuple(row[:len(header)]) + (None,) * (len(header) - len(row)))
                total = max(0, (ws.max_row or 1) - 1)
                yield ws.title, pd.DataFrame.from_records(got, columns=header), max(total, len(got))
        finally:
            wb.close()


def _walk(paths: Iterable[Any]) -> Iterator[tuple[str, Any]]:
    """``("file", Path)``, ``("frame", (name, DataFrame))`` or ``("skipped", Path)`` items."""
    import pandas as pd

    from cnpii.dataframe._io import FORMATS

    for i, item in enumerate(paths, 1):
        if isinstance(item, pd.DataFrame):  # named by attrs["name"], else by its position
            yield "frame", (str(item.attrs.get("name") or f"frame {i}"), item)
            continue
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], pd.DataFrame):
            yield "frame", (str(item[0]), item[1])
            continue
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    fp = Path(root) / f
                    yield ("file" if fp.suffix.lower() in FORMATS else "skipped"), fp
        else:
            yield "file", p


@dataclass
class Inventory:
    """Every file and sheet classified: ``entries`` (one :class:`FileEntry` each), and the
    files a directory walk left out for their extension (``skipped``)."""

    entries: list[FileEntry] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    sample: int = 1000

    def __repr__(self) -> str:
        return (f"Inventory(files={len(self.entries)}, errors={len(self.errors)}, "
                f"skipped={len(self.skipped)}, columns={self.counts()})")

    @property
    def errors(self) -> list[FileEntry]:
        """Entries that could not be read (reported, never dropped)."""
        return [e for e in self.entries if e.error is not None]

    def counts(self) -> dict[str, int]:
        """Columns of each category over all entries."""
        out = dict.fromkeys(_CATS, 0)
        for e in self.entries:
            if e.result is not None:
                for k, v in e.result.counts().items():
                    out[k] += v
        return out

    def files_by_category(self) -> dict[str, int]:
        """Entries by their own (highest) category."""
        out = dict.fromkeys(_CATS, 0)
        for e in self.entries:
            if e.result is not None:
                out[str(e.result.category)] += 1
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per file (sheet) and column: ``file, sheet, column, entity, category, level,
        rows, confidence, evidence``."""
        import pandas as pd

        rows = []
        for e in self.entries:
            if e.result is None:
                continue
            for c in e.result.columns.values():
                rows.append({"file": e.path, "sheet": e.sheet, "column": c.column,
                             "entity": str(c.entity) if c.entity else None,
                             "category": str(c.category), "level": c.level, "rows": e.rows,
                             "confidence": c.confidence, "evidence": c.evidence})
        return pd.DataFrame(rows, columns=["file", "sheet", "column", "entity", "category",
                                           "level", "rows", "confidence", "evidence"])

    def to_dict(self) -> dict[str, Any]:
        return {"sample": self.sample, "files": len(self.entries), "errors": len(self.errors),
                "columns_by_category": self.counts(),
                "files_by_category": self.files_by_category(),
                "skipped": list(self.skipped), "entries": [e.to_dict() for e in self.entries]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_markdown(self) -> str:
        """The inventory as Markdown: a summary, then one table per file."""
        def cell(v: Any) -> str:
            return str(v if v is not None else "").replace("|", "\\|").replace("\n", " ")

        counts = self.counts()
        out = ["# Data inventory", "",
               f"{len(self.entries)} files/sheets, {len(self.errors)} unreadable; columns: "
               + ", ".join(f"{k} {v}" for k, v in counts.items()), ""]
        if self.skipped:
            out += [f"Not classified (unknown extension): {len(self.skipped)} files", ""]
        out += ["| file | rows | category | level | rule |", "|---|---|---|---|---|"]
        for e in self.entries:
            if e.result is None:
                out.append(f"| {cell(e.name)} | | error | | {cell(e.error)} |")
            else:
                out.append(f"| {cell(e.name)} | {e.rows} | {e.result.category} | "
                           f"{e.result.level} | {cell(e.result.rule())} |")
        for e in self.entries:
            if e.result is None:
                continue
            out += ["", f"## {cell(e.name)}", "",
                    "| column | entity | category | level | rows | confidence | evidence |",
                    "|---|---|---|---|---|---|---|"]
            for c in e.result.columns.values():
                out.append(f"| {cell(c.column)} | {cell(c.entity or c.label)} | {c.category} | "
                           f"{c.level} | {e.rows} | {c.confidence:.2f} | {cell(c.evidence)} |")
        return "\n".join(out) + "\n"

    # -- charts ------------------------------------------------------------------------------
    def svg_by_file(self) -> str:
        """A horizontal stacked bar per file (sheet): its columns by category."""
        esc = html.escape
        bar_h, gap, label_w, plot_w = 18, 6, 320, 460
        shown = self.entries
        height = 56 + len(shown) * (bar_h + gap)
        widest = max((sum(e.result.counts().values()) for e in shown if e.result), default=1) or 1
        parts = [f"<svg xmlns='http://www.w3.org/2000/svg' class='cnpii-chart' id='chart-files' "
                 f"width='{label_w + plot_w + 60}' height='{height}' role='img' "
                 f"aria-label='columns by sensitivity category, per file'>",
                 "<text x='0' y='14' font-size='13' font-weight='bold'>Columns by category, "
                 "per file (label: the file's category and JR/T 0197 level)</text>"]
        for j, cat in enumerate(_CATS):  # legend
            lx = label_w + j * 60
            parts.append(f"<g class='legend'><rect x='{lx}' y='22' width='12' height='12' "
                         f"fill='{_COLORS[cat]}'/><text x='{lx + 16}' y='32' font-size='11'>{cat}"
                         "</text></g>")
        for i, e in enumerate(shown):
            y = 46 + i * (bar_h + gap)
            name = e.name if len(e.name) <= 48 else "…" + e.name[-47:]
            parts.append(f"<g class='file-bar' data-file='{esc(e.name, quote=True)}'>"
                         f"<title>{esc(e.name)}</title>"
                         f"<text x='{label_w - 6}' y='{y + 13}' font-size='11' "
                         f"text-anchor='end'>{esc(name)}</text>")
            if e.result is None:
                parts.append(f"<rect x='{label_w}' y='{y}' width='{plot_w}' height='{bar_h}' "
                             "fill='#ddd' class='seg seg-error'/>"
                             f"<text x='{label_w + 4}' y='{y + 13}' font-size='11'>unreadable</text>")
            else:
                x = float(label_w)
                counts = e.result.counts()
                for cat in _CATS:
                    w = plot_w * counts[cat] / widest
                    if counts[cat]:
                        parts.append(f"<rect x='{x:.1f}' y='{y}' width='{max(w, 1):.1f}' "
                                     f"height='{bar_h}' fill='{_COLORS[cat]}' class='seg seg-{cat}'>"
                                     f"<title>{cat}: {counts[cat]} columns</title></rect>")
                        x += w
                parts.append(f"<text x='{x + 4:.1f}' y='{y + 13}' font-size='11'>"
                             f"{e.result.category} L{e.result.level}</text>")
            parts.append("</g>")
        parts.append("</svg>")
        return "".join(parts)

    def svg_by_category(self) -> str:
        """Bars of columns and of files per category."""
        counts, files = self.counts(), self.files_by_category()
        top = max([*counts.values(), *files.values(), 1])
        parts = ["<svg xmlns='http://www.w3.org/2000/svg' class='cnpii-chart' id='chart-categories' "
                 "width='520' height='170' role='img' aria-label='columns and files by category'>",
                 "<text x='0' y='14' font-size='13' font-weight='bold'>By category</text>"]
        for j, (title, data) in enumerate((("columns", counts), ("files", files))):
            x0 = 10 + j * 260
            parts.append(f"<text x='{x0}' y='36' font-size='12'>{title}</text>")
            for i, cat in enumerate(_CATS):
                h = 100 * data[cat] / top
                x = x0 + i * 70
                parts.append(f"<g class='cat-bar' data-category='{cat}' data-kind='{title}'>"
                             f"<rect x='{x}' y='{145 - h:.1f}' width='50' height='{max(h, 0.5):.1f}' "
                             f"fill='{_COLORS[cat]}'/><text x='{x + 25}' y='160' font-size='11' "
                             f"text-anchor='middle'>{cat}</text><text x='{x + 25}' "
                             f"y='{140 - h:.1f}' font-size='11' text-anchor='middle'>{data[cat]}"
                             "</text></g>")
        parts.append("</svg>")
        return "".join(parts)

    def _tables_html(self) -> str:
        esc = html.escape
        rows = []
        for e in self.entries:
            if e.result is None:
                rows.append(f"<tr><td>{esc(e.name)}</td><td colspan='7'>unreadable: "
                            f"{esc(e.error or '')}</td></tr>")
                continue
            for c in e.result.columns.values():
                rows.append(f"<tr><td>{esc(e.name)}</td><td>{esc(c.column)}</td>"
                            f"<td>{esc(str(c.entity) if c.entity else c.label)}</td>"
                            f"<td style='background:{_COLORS[str(c.category)]};color:#fff'>"
                            f"{c.category}</td><td>{c.level}</td><td>{e.rows}</td>"
                            f"<td>{c.confidence:.2f}</td><td>{esc(c.evidence)}</td></tr>")
        head = "".join(f"<th>{h}</th>" for h in ("file", "column", "entity", "category", "level",
                                                 "rows", "confidence", "evidence"))
        return (f"<table id='inventory' class='cnpii-inventory'><thead><tr>{head}</tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")

    def _repr_html_(self) -> str:
        return (f"<div class='cnpii-inventory-view'><p>{len(self.entries)} files/sheets, "
                f"{len(self.errors)} unreadable</p>{self.svg_by_file()}{self.svg_by_category()}"
                f"{self._tables_html()}</div>")

    def to_html(self) -> str:
        """A standalone HTML page: charts by file and by category, and the column table. No
        external asset; the one inline script only sorts the table by a clicked header."""
        script = """
document.querySelectorAll('#inventory th').forEach(function (th, i) {
  th.style.cursor = 'pointer';
  th.addEventListener('click', function () {
    var body = document.querySelector('#inventory tbody');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[i] ? a.cells[i].textContent : '', y = b.cells[i] ? b.cells[i].textContent : '';
      return x.localeCompare(y, undefined, {numeric: true});
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
document.body.setAttribute('data-files', String(document.querySelectorAll('g.file-bar').length));
"""
        counts = self.counts()
        return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
                "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
                "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
                "<title>cnpii data inventory</title><style>"
                "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;"
                "font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
                "</style></head><body><h1>Data inventory</h1>"
                f"<p>{len(self.entries)} files/sheets ({len(self.errors)} unreadable, "
                f"{len(self.skipped)} not classified for their extension); columns: "
                + ", ".join(f"{k} {v}" for k, v in counts.items())
                + f"; values sampled per file: up to {self.sample}. No cell value is shown.</p>"
                f"{self.svg_by_file()}<br>{self.svg_by_category()}<h2>Columns</h2>"
                f"{self._tables_html()}<script>{script}</script></body></html>")

    def write(self, directory: str | os.PathLike[str], stem: str = "inventory") -> dict[str, Path]:
        """Write ``<stem>.json``, ``<stem>.md`` and ``<stem>.html`` into ``directory``."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        out = {"json": d / f"{stem}.json", "markdown": d / f"{stem}.md", "html": d / f"{stem}.html"}
        out["json"].write_text(self.to_json(), encoding="utf-8")
        out["markdown"].write_text(self.to_markdown(), encoding="utf-8")
        out["html"].write_text(self.to_html(), encoding="utf-8")
        return out


def _reason(exc: BaseException) -> str:
    """Why a file could not be read, without any of its content."""
    if isinstance(exc, CnpiiError):
        return exc.message
    return f"{type(exc).__name__}: cannot read the file"


def inventory(paths_or_frames: Any, *, sample: int = 1000, seed: int = 0,
              head: int | None = None, output: str | os.PathLike[str] | None = None,
              progress: bool | None = None) -> Inventory:
    """Classify every file under ``paths_or_frames`` (paths, directories walked recursively,
    DataFrames, or ``(name, DataFrame)`` pairs; one or an iterable of them) by sampling.

    CSV/TSV (any encoding the masker reads), JSON Lines, Parquet and Excel (every sheet) are
    read: the first ``head`` rows (default ``4 * sample``), of which ``sample`` are drawn;
    rows are counted. A file that cannot be read is an entry with its ``error``; files of an
    unknown extension met in a directory walk are listed in ``skipped``. With ``output`` (a
    directory) the JSON, Markdown and HTML reports are written there. ``progress``: a bar
    (tqdm, on stderr) per file; ``None`` shows it only on a terminal, ``True`` always.

    >>> import pandas as pd
    >>> inv = inventory([("customers", pd.DataFrame({"sjhm": ["13812345678"]}))], progress=False)
    >>> [(e.name, str(e.result.category)) for e in inv.entries]
    [('customers', 'C2')]
    """
    import pandas as pd
    from tqdm import tqdm

    from cnpii.dataframe._io import detect_format

    if isinstance(paths_or_frames, (str, os.PathLike, pd.DataFrame, tuple)) or \
            isinstance(paths_or_frames, Mapping):
        items: Any = list(paths_or_frames.items()) if isinstance(paths_or_frames, Mapping) \
            else [paths_or_frames]
    else:
        items = list(paths_or_frames)
    head = head or 4 * sample
    inv = Inventory(sample=sample)
    walked = list(_walk(items))
    bar = tqdm(walked, desc="cnpii inventory", unit="file", disable=None if progress is None else not progress)
    for kind, item in bar:
        if kind == "skipped":
            inv.skipped.append(str(item))
            continue
        if kind == "frame":
            name, frame = item
            t0 = time.perf_counter()
            result = classify(frame, sample=sample, seed=seed)
            result.source = name
            inv.entries.append(FileEntry(name, "frame", None, len(frame), result,
                                         classify_seconds=time.perf_counter() - t0))
            continue
        path = Path(item)
        try:
            fmt = detect_format(path)
        except CnpiiError as exc:
            inv.entries.append(FileEntry(str(path), "?", error=_reason(exc)))
            continue
        try:
            t0 = time.perf_counter()
            for sheet, frame, rows in read_sample(path, fmt, head, seed):
                t1 = time.perf_counter()
                entry = FileEntry(str(path), fmt, sheet, rows, read_seconds=t1 - t0)
                try:
                    result = classify(frame, sample=sample, seed=seed)
                    result.rows, result.source = rows, entry.name
                    entry.result = result
                except CnpiiError as exc:
                    entry.error = _reason(exc)
                t0 = time.perf_counter()
                entry.classify_seconds = t0 - t1
                inv.entries.append(entry)
        except Exception as exc:  # noqa: BLE001 - any reader failure is reported per file
            inv.entries.append(FileEntry(str(path), fmt, error=_reason(exc)))
    bar.close()
    if output is not None:
        inv.write(output)
    from cnpii.audit import emit  # audit, if on: counts only, never a value or a file name

    emit("inventory", count=len(inv.entries),
         details={"errors": len(inv.errors), "skipped": len(inv.skipped), "columns": inv.counts()})
    return inv


from cnpii._args import guard_module as _guard_module  # noqa: E402

# read_sample and count_rows stay unwrapped: inventory() (guarded) turns their errors into a
# per-file reason, which a wrapper would replace by a withheld ArgumentError
_guard_module(globals(), ["FileEntry", "Inventory", "inventory"])  # cnpii._args: typed, quiet errors (issue 11)
