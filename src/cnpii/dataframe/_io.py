"""Chunked readers and writers for CSV, TSV, JSON Lines, Parquet and Excel.

Readers yield :class:`Chunk` objects: a DataFrame of at most ``chunk_rows`` rows plus the rows
that could not be parsed (with their line numbers), so a caller can fail or mask them; a
malformed row is never dropped. Delimited text is read as strings (no type guessing, so
``0123`` and 19-digit numbers stay exact); empty fields become nulls and are written back
empty.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterator

import pandas as pd

from cnpii.errors import CnpiiError, MalformedRow, UnsupportedFormat

__all__ = ["Chunk", "FORMATS", "detect_format", "detect_encoding", "read_chunks", "ChunkWriter",
           "RAW_COLUMN"]

#: extension -> format name
FORMATS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".parquet": "parquet", ".pq": "parquet", ".xlsx": "excel", ".xlsm": "excel"}
#: the JSON Lines key that carries a malformed line, masked as text
RAW_COLUMN = "_cnpii_malformed_line"
_SAMPLE = 256 * 1024
_GB = {"gbk", "gb2312", "gb18030", "hz", "cp936", "hz_gb_2312", "euc_cn"}
csv.field_size_limit(64 * 1024 * 1024)


def detect_format(path: str | os.PathLike[str], given: str | None = None) -> str:
    """The file format: ``given`` if set, else from the extension.

    >>> detect_format("客户.CSV"), detect_format("x.ndjson"), detect_format("x.dat", "tsv")
    ('csv', 'jsonl', 'tsv')
    """
    if given:
        if given not in set(FORMATS.values()):
            from cnpii._args import shown

            raise UnsupportedFormat(f"unknown format {shown(given, 'name')} (csv, tsv, jsonl, parquet, excel)")
        return given
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UnsupportedFormat("cannot tell the format from the file extension; use --format "
                                "(csv, tsv, jsonl, parquet, excel)")
    return fmt


def detect_encoding(data: bytes) -> str:
    """The encoding of the start of a text file: ``utf-8-sig`` (BOM), ``utf-8``, ``gb18030``
    (also for GBK and GB2312, which it contains) or charset-normalizer's best guess.

    >>> detect_encoding("\\ufeff姓名".encode("utf-8"))
    'utf-8-sig'
    >>> detect_encoding("客户姓名,身份证号码\\n张三,x\\n".encode("gbk"))
    'gb18030'
    >>> detect_encoding("name\\n".encode())
    'utf-8'
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # GB18030 decodes every GBK/GB2312 file; try it before guessing
        codecs.getincrementaldecoder("gb18030")().decode(data, final=False)
        return "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "gb18030"
    name = best.encoding.lower().replace("-", "_")
    return "gb18030" if name in _GB else best.encoding


@dataclass
class Chunk:
    """One chunk of rows. ``bad`` maps a row position in ``frame`` to ``(line, raw_text)`` for
    rows that could not be parsed (their cells in ``frame`` are null)."""

    frame: pd.DataFrame
    bad: dict[int, tuple[int, str]] = field(default_factory=dict)
    #: per row, the keys a JSON object had (JSON Lines only), so nulls are not invented
    keys: list[set[str]] | None = None
    #: bytes (or rows) of input consumed so far, for progress
    position: int = 0


def _text_stream(path: Path, encoding: str | None) -> tuple[IO[bytes], io.TextIOWrapper, str]:
    raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
    if encoding is None:
        encoding = detect_encoding(raw.read(_SAMPLE))
        raw.seek(0)
    text = io.TextIOWrapper(raw, encoding=encoding, newline="")
    return raw, text, encoding


def _frame(header: list[str], rows: list[list[str | None]]) -> pd.DataFrame:
    """Rows of strings to a frame of ``str`` columns; empty fields become nulls."""
    cols = list(zip(*rows)) if rows else [()] * len(header)
    data = {}
    for h, c in zip(header, cols):
        col = pd.Series(c, dtype="str")
        empty = col == ""
        data[h] = col.mask(empty) if empty.any() else col
    return pd.DataFrame(data, columns=header, index=pd.RangeIndex(len(rows)))


def _read_delimited(path: Path, delimiter: str, encoding: str | None, chunk_rows: int,
                    on_bad_row: str) -> Iterator[Chunk]:
    raw, text, _ = _text_stream(path, encoding)
    with raw, text:
        line_no = 0
        pending: list[str] = []

        def lines() -> Iterator[str]:
            nonlocal line_no
            for line in text:
                line_no += 1
                pending.append(line)
                yield line

        reader = csv.reader(lines(), delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise MalformedRow(f"line {line_no}: the header cannot be parsed", line=line_no) from None
        pending.clear()
        if len(set(header)) != len(header):
            raise MalformedRow("line 1: the header repeats a column name", line=1)
        width = len(header)
        rows: list[list[str | None]] = []
        bad: dict[int, tuple[int, str]] = {}
        yielded = False
        while True:
            start = line_no + 1
            try:
                row = next(reader)
                if len(row) > width and not any(row[width:]):
                    del row[width:]  # trailing delimiters ("a,b,,") add only empty fields
                problem = None if len(row) == width else \
                    f"{len(row)} fields where the header has {width}"
            except StopIteration:
                break
            except csv.Error:
                row, problem = [], "the row cannot be parsed (quoting)"
            if problem is None:
                pending.clear()
                rows.append(row)
                if len(rows) >= chunk_rows:
                    yield Chunk(_frame(header, rows), bad, position=raw.tell())
                    rows, bad, yielded = [], {}, True
                continue
            raw_text = "".join(pending).rstrip("\r\n")
            pending.clear()
            if not row and not raw_text.strip():
                continue  # a blank line is not a row
            else:
                if on_bad_row == "fail":
                    raise MalformedRow(f"line {start}: malformed row ({problem})", line=start)
                bad[len(rows)] = (start, raw_text)
                rows.append([None] * width)
            if len(rows) >= chunk_rows:
                yield Chunk(_frame(header, rows), bad, position=raw.tell())
                rows, bad, yielded = [], {}, True
        if rows or not yielded:  # a header-only file still gives one (empty) chunk
            yield Chunk(_frame(header, rows), bad, position=raw.tell())


def _read_jsonl(path: Path, encoding: str | None, chunk_rows: int,
                on_bad_row: str) -> Iterator[Chunk]:
    raw, text, _ = _text_stream(path, encoding)
    with raw, text:
        records: list[dict[str, Any]] = []
        keys: list[set[str]] = []
        bad: dict[int, tuple[int, str]] = {}
        for line_no, line in enumerate(text, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                problem = None if isinstance(obj, dict) else "the line is not a JSON object"
            except json.JSONDecodeError:
                obj, problem = None, "the line is not valid JSON"
            if problem is not None:
                if on_bad_row == "fail":
                    raise MalformedRow(f"line {line_no}: malformed row ({problem})", line=line_no)
                bad[len(records)] = (line_no, line.rstrip("\r\n"))
                records.append({})
                keys.append(set())
            else:
                records.append(obj)
                keys.append(set(obj))
            if len(records) >= chunk_rows:
                yield Chunk(pd.DataFrame.from_records(records), bad, keys, raw.tell())
                records, keys, bad = [], [], {}
        if records:
            yield Chunk(pd.DataFrame.from_records(records), bad, keys, raw.tell())


def _read_parquet(path: Path, chunk_rows: int) -> Iterator[Chunk]:
    import pyarrow.parquet as pq

    f = pq.ParquetFile(path)
    done = 0
    for batch in f.iter_batches(batch_size=chunk_rows):
        frame = batch.to_pandas()
        done += len(frame)
        yield Chunk(frame, position=done)
    if done == 0:
        yield Chunk(f.schema_arrow.empty_table().to_pandas(), position=0)


def _read_excel(path: Path, chunk_rows: int) -> Iterator[Chunk]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.active
        rows_iter = ws.iter_rows(values_only=True)
        header_row = next(rows_iter, None)
        if header_row is None:
            return
        header = [str(h) if h is not None else f"column_{i + 1}" for i, h in enumerate(header_row)]
        rows: list[tuple[Any, ...]] = []
        done = 0
        for row in rows_iter:
            rows.append(tuple(row[:len(header)]) + (None,) * (len(header) - len(row)))
            if len(rows) >= chunk_rows:
                done += len(rows)
                yield Chunk(pd.DataFrame.from_records(rows, columns=header), position=done)
                rows = []
        done += len(rows)
        yield Chunk(pd.DataFrame.from_records(rows, columns=header), position=done)
    finally:
        wb.close()


def _foreign(doing: str, exc: BaseException) -> CnpiiError:
    """A cnpii error for an exception pandas, pyarrow or openpyxl raised while ``doing``: their
    messages quote cells ("Could not convert '13812345678' with type str"), so only the
    library's exception type is kept, and the caller raises it ``from None``."""
    lib = (type(exc).__module__ or "").split(".")[0] or "python"
    return UnsupportedFormat(f"{doing} failed ({lib} {type(exc).__name__}; its message is withheld "
                             "because it may quote a value)")


def _quiet_chunks(chunks: Iterator[Chunk], doing: str) -> Iterator[Chunk]:
    """The chunks of a reader, with a library's exception turned into :func:`_foreign`'s error
    (cnpii's own errors and OSError pass through)."""
    try:
        for chunk in chunks:
            yield chunk
    except (CnpiiError, OSError):
        raise
    except Exception as exc:
        raise _foreign(doing, exc) from None


def read_chunks(path: str | os.PathLike[str], fmt: str | None = None, *,
                encoding: str | None = None, chunk_rows: int = 50_000,
                on_bad_row: str = "fail") -> Iterator[Chunk]:
    """Read ``path`` in chunks of at most ``chunk_rows`` rows.

    ``encoding`` (text formats) is detected when not given. ``on_bad_row`` is ``"fail"``
    (raise :class:`~cnpii.errors.MalformedRow` naming the line) or ``"mask"`` (keep the row's
    raw text in :attr:`Chunk.bad` for masking as free text).
    """
    if on_bad_row not in ("fail", "mask"):
        raise ValueError("on_bad_row must be 'fail' or 'mask'")
    if chunk_rows < 1:
        raise ValueError("chunk_rows must be at least 1")
    path = Path(path)
    fmt = detect_format(path, fmt)
    doing = f"reading the {fmt} input"
    if fmt in ("csv", "tsv"):
        return _quiet_chunks(_read_delimited(path, "," if fmt == "csv" else "\t", encoding, chunk_rows,
                                             on_bad_row), doing)
    if fmt == "jsonl":
        return _quiet_chunks(_read_jsonl(path, encoding, chunk_rows, on_bad_row), doing)
    if fmt == "parquet":
        return _quiet_chunks(_read_parquet(path, chunk_rows), doing)
    return _quiet_chunks(_read_excel(path, chunk_rows), doing)


def total_size(path: str | os.PathLike[str], fmt: str) -> tuple[int, str]:
    """What progress is counted in for ``fmt``: (total, unit)."""
    try:
        return _total_size(Path(path), fmt)
    except (CnpiiError, OSError):
        raise
    except Exception as exc:  # a corrupt or mislabelled parquet or Excel file
        raise _foreign(f"reading the {fmt} input", exc) from None


def _total_size(path: Path, fmt: str) -> tuple[int, str]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows, "rows"
    if fmt == "excel":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        try:
            return max(0, (wb.active.max_row or 1) - 1), "rows"
        finally:
            wb.close()
    return path.stat().st_size, "B"


def _py(v: Any) -> Any:
    """A JSON-ready Python value (NaN and NA to None, numpy scalars to Python)."""
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and v != v:
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            return v.item()
        except (ValueError, AttributeError):
            return str(v)
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    return v


class ChunkWriter:
    """Writes masked chunks to ``path`` in ``fmt``; call :meth:`write` per chunk and
    :meth:`close` once. Text output is UTF-8 unless ``encoding`` says otherwise."""

    def __init__(self, path: str | os.PathLike[str], fmt: str, *, encoding: str = "utf-8") -> None:
        self.path = Path(path)
        self.fmt = fmt
        self.encoding = encoding
        self.rows = 0
        self._fh: IO[str] | None = None
        self._pq: Any = None
        self._schema: Any = None
        self._wb: Any = None
        self._ws: Any = None
        self._header: list[str] | None = None
        if fmt in ("csv", "tsv", "jsonl"):
            self._fh = open(self.path, "w", encoding=encoding, newline="")  # noqa: SIM115

    def write(self, frame: pd.DataFrame, keys: list[set[str]] | None = None) -> None:
        self.rows += len(frame)
        writer: Callable[..., None] = getattr(self, f"_write_{self.fmt}")
        try:
            writer(frame, keys)
        except (CnpiiError, OSError):
            raise
        except Exception as exc:  # pyarrow's conversion errors quote the cell
            raise _foreign(f"writing the {self.fmt} output", exc) from None

    def _write_delimited(self, frame: pd.DataFrame, sep: str) -> None:
        assert self._fh is not None
        header = self._header is None
        if header:
            self._header = [str(c) for c in frame.columns]
        frame.to_csv(self._fh, sep=sep, header=header, index=False, na_rep="",
                     lineterminator="\n")

    def _write_csv(self, frame: pd.DataFrame, keys: Any) -> None:
        self._write_delimited(frame, ",")

    def _write_tsv(self, frame: pd.DataFrame, keys: Any) -> None:
        self._write_delimited(frame, "\t")

    def _write_jsonl(self, frame: pd.DataFrame, keys: list[set[str]] | None) -> None:
        assert self._fh is not None
        names = [str(c) for c in frame.columns]
        columns = [frame[c].tolist() for c in frame.columns]
        out = []
        for i, values in enumerate(zip(*columns)) if columns else enumerate([()] * len(frame)):
            own = keys[i] if keys is not None else None
            record = {k: _py(v) for k, v in zip(names, values)
                      if own is None or k in own or (k == RAW_COLUMN and _py(v) is not None)}
            out.append(json.dumps(record, ensure_ascii=False, default=str))
        if out:
            self._fh.write("\n".join(out) + "\n")

    def _write_parquet(self, frame: pd.DataFrame, keys: Any) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._pq is None:
            table = pa.Table.from_pandas(frame, preserve_index=False)
            self._schema = table.schema
            self._pq = pq.ParquetWriter(self.path, self._schema)
        else:
            table = pa.Table.from_pandas(frame, schema=self._schema, preserve_index=False,
                                         safe=False)
        self._pq.write_table(table)

    def _write_excel(self, frame: pd.DataFrame, keys: Any) -> None:
        if self._wb is None:
            from openpyxl import Workbook

            self._wb = Workbook(write_only=True)
            self._ws = self._wb.create_sheet()
            self._ws.append([str(c) for c in frame.columns])
        columns = [frame[c].tolist() for c in frame.columns]
        for values in zip(*columns):
            self._ws.append([_py(v) for v in values])

    def close(self) -> None:
        try:
            self._close()
        except (CnpiiError, OSError):
            raise
        except Exception as exc:
            raise _foreign(f"finishing the {self.fmt} output", exc) from None

    def _close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        if self._pq is not None:
            self._pq.close()
        if self._wb is not None:
            self._wb.save(self.path)
