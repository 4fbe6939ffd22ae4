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
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterator

import pandas as pd

from cnpii.errors import CnpiiError, InvalidOption, MalformedRow, UnreadableInput, UnsupportedFormat, WriteFailed

__all__ = ["Chunk", "FORMATS", "detect_format", "detect_encoding", "detect_delimiter",
           "read_chunks", "ChunkWriter", "RAW_COLUMN", "DELIMITERS", "jsonl_keys"]

#: extension -> format name
FORMATS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".parquet": "parquet", ".pq": "parquet", ".xlsx": "excel", ".xlsm": "excel"}
#: the JSON Lines key that carries a malformed line, masked as text
RAW_COLUMN = "_cnpii_malformed_line"
_SAMPLE = 256 * 1024
_GB = {"gbk", "gb2312", "gb18030", "hz", "cp936", "hz_gb_2312", "euc_cn"}
csv.field_size_limit(64 * 1024 * 1024)
#: delimiters a CSV file is sniffed for, most usual first
DELIMITERS = (",", ";", "|", "\t")
#: other separators a one-column file may really be split by (a warning, not sniffed)
_OTHER_SEPARATORS = ("，", "^", "~", "#", "、", "¦", "\x01", "\x1f")


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
    #: the Excel sheet the rows come from (None for other formats)
    sheet: str | None = None
    #: things to look at (never a value), e.g. a CSV that parses as one column
    warnings: list[str] = field(default_factory=list)
    #: the delimiter a CSV/TSV was read with (given or sniffed)
    delimiter: str | None = None


#: the first bytes of binary formats a text file is sometimes mistaken for
_MAGIC = ((b"PK\x03\x04", "an Excel workbook or ZIP archive"), (b"PAR1", "a Parquet file"),
          (b"\x1f\x8b", "a gzip file"), (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) file"),
          (b"BZh", "a bzip2 file"), (b"\xfd7zXZ", "an xz file"), (b"%PDF", "a PDF file"))


def _check_text(head: bytes, encoding: str | None) -> None:
    """Refuse a binary file given as text (mislabelled), naming what it looks like."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnreadableInput(f"the input looks like {what}, not text: give the right "
                                  "extension or --format")
    wide = encoding is not None and encoding.lower().replace("-", "").replace("_", "") \
        .startswith(("utf16", "utf32"))
    if b"\x00" in head and not wide and not head.startswith((codecs.BOM_UTF16_LE,
                                                              codecs.BOM_UTF16_BE)):
        raise UnreadableInput("the input holds NUL bytes: it is binary, not text (or UTF-16 "
                              "without a BOM: give --encoding utf-16)")


def _text_stream(path: Path, encoding: str | None) -> tuple[IO[bytes], io.TextIOWrapper, str]:
    raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
    try:
        head = raw.read(_SAMPLE)
        _check_text(head, encoding)
    except BaseException:
        raw.close()
        raise
    raw.seek(0)
    if encoding is None:
        encoding = detect_encoding(head)
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


def detect_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample: of ``, ; | tab``, the one that splits the first lines
    into the same number (more than one) of fields, the most fields winning; ``,`` if none.

    >>> detect_delimiter("姓名;手机号\\n张三;13812345678\\n"), detect_delimiter("a|b|c\\n1|2|3\\n")
    (';', '|')
    >>> detect_delimiter("just one column\\n")
    ','
    """
    lines = sample.splitlines()[:20]
    if len(sample) >= _SAMPLE // 2 and len(lines) > 1:
        lines = lines[:-1]  # the last line of a cut sample may be partial
    best, best_width = ",", 1
    for delim in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delim) if r]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        agree = sum(1 for w in widths if w == widths[0]) / len(widths)
        if agree >= 0.8 and widths[0] > best_width:
            best, best_width = delim, widths[0]
    return best


def _one_column_warning(header: list[str], rows: list[list[str | None]], delimiter: str) -> str | None:
    """A warning when a file read as one column looks like delimited text (so its columns
    were not recognised by name): most sampled cells contain another delimiter."""
    if len(header) != 1:
        return None
    cells = [header[0]] + [r[0] for r in rows[:200] if r and r[0]]
    others = [d for d in DELIMITERS + _OTHER_SEPARATORS if d != delimiter]
    # delimited: some separator is in most cells, the same number of times in most of those
    hits = 0
    for d in others:
        counts = Counter(c.count(d) for c in cells)
        n, common = max((v, k) for k, v in counts.items())
        if common and (counts[common] >= 0.8 * len(cells) or
                       sum(v for k, v in counts.items() if k) >= 0.5 * len(cells) and d in DELIMITERS):
            hits = max(hits, n)
    if hits:
        shown = "tab" if delimiter == "\t" else repr(delimiter)
        return (f"the file was read as one column with delimiter {shown}, but most lines "
                "contain another delimiter: its columns were not recognised by name; give "
                "--delimiter")
    return None


def _read_delimited(path: Path, delimiter: str | None, encoding: str | None, chunk_rows: int,
                    on_bad_row: str) -> Iterator[Chunk]:
    raw, text, _ = _text_stream(path, encoding)
    with raw, text:
        if delimiter is None:
            delimiter = detect_delimiter(text.read(_SAMPLE // 4))
            text.seek(0)
        line_no = 0
        pending: list[str] = []  # physical lines of the record being parsed
        pushback: list[str] = []  # lines to parse again (after an unclosed quote)

        def lines() -> Iterator[str]:
            nonlocal line_no
            while True:
                if pushback:
                    line = pushback.pop()
                else:
                    line = text.readline()
                    if not line:
                        return
                line_no += 1
                pending.append(line)
                yield line

        def new_reader() -> Iterator[list[str]]:
            return csv.reader(lines(), delimiter=delimiter, strict=True)

        reader = new_reader()
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error:  # an open quote runs to the end: the header's own line is at fault
            raise MalformedRow("line 1: the header cannot be parsed (quoting)", line=1) from None
        pending.clear()
        if len(set(header)) != len(header):
            raise MalformedRow("line 1: the header repeats a column name", line=1)
        width = len(header)
        rows: list[list[str | None]] = []
        bad: dict[int, tuple[int, str]] = {}
        yielded = False
        warned = False
        warnings: list[str] = []
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
            if problem is not None and len(pending) > 1:
                # a quote left open swallowed the lines after it: only the first line is
                # the bad row; the rest are parsed again with a fresh reader
                pushback.extend(reversed(pending[1:]))
                line_no -= len(pending) - 1
                del pending[1:]
                reader = new_reader()
                problem = "an unclosed quote"
            if problem is None:
                pending.clear()
                rows.append(row)
            else:
                raw_text = "".join(pending).rstrip("\r\n")
                pending.clear()
                if not row and not raw_text.strip():
                    continue  # a blank line is not a row
                if on_bad_row == "fail":
                    raise MalformedRow(f"line {start}: malformed row ({problem})", line=start)
                bad[len(rows)] = (start, raw_text)
                rows.append([None] * width)
            if not warned and (len(rows) >= 200 or len(rows) >= chunk_rows):
                warned = True
                w = _one_column_warning(header, rows, delimiter)
                if w:
                    warnings.append(w)
            if len(rows) >= chunk_rows:
                yield Chunk(_frame(header, rows), bad, position=raw.tell(), warnings=warnings,
                            delimiter=delimiter)
                rows, bad, yielded, warnings = [], {}, True, []
        if not warned:
            w = _one_column_warning(header, rows, delimiter)
            if w:
                warnings.append(w)
        if rows or not yielded:  # a header-only file still gives one (empty) chunk
            yield Chunk(_frame(header, rows), bad, position=raw.tell(), warnings=warnings,
                            delimiter=delimiter)


def jsonl_keys(path: str | os.PathLike[str], encoding: str | None = None) -> list[str]:
    """Every key of a JSON Lines file, in order of first appearance (a first pass, so a
    table written from it has one header, even for keys that first appear late). Lines that
    are not JSON objects are left out."""
    raw, text, _ = _text_stream(Path(path), encoding)
    seen: dict[str, None] = {}
    with raw, text:
        for line in text:
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict):
                for k in obj:
                    seen.setdefault(k, None)
    return list(seen)


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
                yield Chunk(_records_frame(records), bad, keys, raw.tell())
                records, keys, bad = [], [], {}
        if records:
            yield Chunk(_records_frame(records), bad, keys, raw.tell())


def _records_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """JSON objects as a frame; a chunk whose strings Arrow refuses (a ``"\\ud800"`` escape
    decodes to a lone surrogate) is kept in ``object`` columns instead of failing."""
    try:
        return pd.DataFrame.from_records(records)
    except (UnicodeEncodeError, UnicodeDecodeError):
        keys: dict[str, None] = {}
        for r in records:
            keys.update(dict.fromkeys(r))
        return pd.DataFrame({k: pd.Series([r.get(k) for r in records], dtype=object)
                             for k in keys}, index=pd.RangeIndex(len(records)))


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
    """Every worksheet, in order, each under its own name (:attr:`Chunk.sheet`); an empty
    sheet gives one empty chunk so it is kept. Date cells come as datetimes."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        done = 0
        for ws in wb.worksheets:
            rows_iter = ws.iter_rows(values_only=True)
            header_row = next(rows_iter, None)
            if header_row is None:
                yield Chunk(pd.DataFrame(), position=done, sheet=ws.title)
                continue
            header = [str(h) if h is not None else f"column_{i + 1}"
                      for i, h in enumerate(header_row)]
            if len(set(header)) != len(header):
                raise MalformedRow("the header of a sheet repeats a column name", line=1)
            rows: list[tuple[Any, ...]] = []
            for row in rows_iter:
                rows.append(tuple(row[:len(header)]) + (None,) * (len(header) - len(row)))
                if len(rows) >= chunk_rows:
                    done += len(rows)
                    yield Chunk(pd.DataFrame.from_records(rows, columns=header), position=done,
                                sheet=ws.title)
                    rows = []
            done += len(rows)
            yield Chunk(pd.DataFrame.from_records(rows, columns=header), position=done,
                        sheet=ws.title)
    finally:
        wb.close()


def excel_sheets(path: str | os.PathLike[str]) -> list[str]:
    """The worksheet names of an Excel file, in order."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()


def _foreign(doing: str, exc: BaseException) -> CnpiiError:
    """A cnpii error (:class:`~cnpii.errors.UnreadableInput` while reading,
    :class:`~cnpii.errors.WriteFailed` while writing) for an exception pandas, pyarrow or openpyxl
    raised while ``doing``: their
    messages quote cells ("Could not convert '13812345678' with type str"), so only the
    library's exception type is kept, and the caller raises it ``from None``."""
    lib = (type(exc).__module__ or "").split(".")[0] or "python"
    cls = UnreadableInput if doing.startswith("reading") else WriteFailed
    return cls(f"{doing} failed ({lib} {type(exc).__name__}; its message is withheld "
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
                on_bad_row: str = "fail", delimiter: str | None = None) -> Iterator[Chunk]:
    """Read ``path`` in chunks of at most ``chunk_rows`` rows.

    ``encoding`` (text formats) is detected when not given. ``on_bad_row`` is ``"fail"``
    (raise :class:`~cnpii.errors.MalformedRow` naming the line) or ``"mask"`` (keep the row's
    raw text in :attr:`Chunk.bad` for masking as free text). ``delimiter`` (CSV) is sniffed
    among ``, ; | tab`` when not given (TSV: tab). Excel files give every sheet in turn.
    """
    if on_bad_row not in ("fail", "mask"):
        raise InvalidOption("on_bad_row must be 'fail' or 'mask'")
    if isinstance(chunk_rows, bool) or not isinstance(chunk_rows, int) or chunk_rows < 1:
        raise InvalidOption("chunk_rows must be a whole number of at least 1")
    if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1
                                  or delimiter in "\"\r\n"):
        raise InvalidOption("the delimiter must be one character (not a quote or a newline)")
    if encoding is not None:
        check_encoding(encoding)
    path = Path(path)
    fmt = detect_format(path, fmt)
    doing = f"reading the {fmt} input"
    if fmt in ("csv", "tsv"):
        if delimiter is None and fmt == "tsv":
            delimiter = "\t"
        return _quiet_chunks(_read_delimited(path, delimiter, encoding, chunk_rows, on_bad_row), doing)
    if fmt == "jsonl":
        return _quiet_chunks(_read_jsonl(path, encoding, chunk_rows, on_bad_row), doing)
    if fmt == "parquet":
        return _quiet_chunks(_read_parquet(path, chunk_rows), doing)
    return _quiet_chunks(_read_excel(path, chunk_rows), doing)


def check_encoding(name: str) -> str:
    """``name`` if Python knows a text encoding by it, else :class:`~cnpii.errors.InvalidOption`."""
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise InvalidOption("unknown text encoding given (see Python's codecs list)") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InvalidOption("the encoding given is not a text encoding")
    return name


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
            return sum(max(0, (ws.max_row or 1) - 1) for ws in wb.worksheets), "rows"
        finally:
            wb.close()
    return path.stat().st_size, "B"


def _py(v: Any) -> Any:
    """A JSON-ready Python value (NaN and NA to None, numpy scalars to Python)."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and v != v:
        return None
    if not isinstance(v, (str, bytes, list, dict, tuple)):
        try:
            if pd.isna(v) is True:  # numpy NaT and NaN, Decimal NaN
                return None
        except (TypeError, ValueError):
            pass
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            return v.item()
        except (ValueError, AttributeError):
            return str(v)
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    return v


def _text(v: Any) -> str:
    """A value as text for a string column: integral floats without ``.0``."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ERRORS = "cnpii.surrogates"


def _no_surrogates(v: Any) -> Any:
    """A string with lone surrogates (which no UTF-8 file, Arrow array or workbook holds)
    written with U+FFFD in their place; anything else as it is."""
    if isinstance(v, str) and _SURROGATE.search(v):
        return _SURROGATE.sub("\ufffd", v)
    return v


def _surrogate_errors(exc: UnicodeError) -> tuple[str | bytes, int]:
    """Text output's error handler: a lone surrogate is written as U+FFFD; any other
    character the encoding cannot hold is still an error."""
    if isinstance(exc, UnicodeEncodeError) and all(
            "\ud800" <= ch <= "\udfff" for ch in exc.object[exc.start:exc.end]):
        try:  # as bytes: the UTF-8 encoder takes only ASCII text replacements
            return ("\ufffd" * (exc.end - exc.start)).encode(exc.encoding), exc.end
        except (UnicodeEncodeError, LookupError):
            raise exc from None
    raise exc


codecs.register_error(_SURROGATE_ERRORS, _surrogate_errors)


def _common_type(types: list[Any]) -> Any:
    """One Arrow type for a column over chunks: the type if they agree (a chunk with no value
    takes the others'), int and float as float64, otherwise string."""
    import pyarrow as pa

    real = [t.value_type if pa.types.is_dictionary(t) else t for t in types
            if not pa.types.is_null(t)]
    if not real:
        return pa.string()
    if all(t == types[0] for t in types):
        t0 = types[0]
        if pa.types.is_dictionary(t0):  # indices wide enough for every chunk's categories
            return pa.dictionary(pa.int32(), t0.value_type, t0.ordered)
        return t0
    if all(t == real[0] for t in real):
        return real[0]
    if all(pa.types.is_integer(t) or pa.types.is_floating(t) for t in real):
        return pa.float64()
    return pa.string()


def _cast_table(table: Any, target: Any) -> Any:
    """``table`` in the ``target`` schema; numbers going to a string column become their
    text (integral floats without ``.0``)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = []
    for f in target:
        col = table.column(f.name)
        if col.type == f.type:
            cols.append(col)
            continue
        if pa.types.is_dictionary(col.type) and not pa.types.is_dictionary(f.type):
            col = pc.cast(col, col.type.value_type)
        if pa.types.is_string(f.type) and not (pa.types.is_string(col.type) or
                                               pa.types.is_large_string(col.type)):
            col = pa.array([None if v is None else _text(v) for v in col.to_pylist()],
                           type=pa.string())
        cols.append(pc.cast(col, f.type))
    return pa.table(cols, schema=target)


def _xl(ws: Any, v: Any) -> Any:
    """An Excel-ready cell: dates and times as Excel dates (``yyyy-mm-dd`` when at midnight),
    nulls as empty cells."""
    import datetime as _dt

    if isinstance(v, str):
        return _no_surrogates(v)
    if isinstance(v, pd.Timestamp):
        v = v.to_pydatetime()
    elif isinstance(v, _dt.datetime) or isinstance(v, _dt.date):
        pass
    else:
        return _py(v)
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=v.replace(tzinfo=None) if isinstance(v, _dt.datetime) else v)
    at_midnight = not isinstance(v, _dt.datetime) or (v.hour, v.minute, v.second,
                                                      v.microsecond) == (0, 0, 0, 0)
    cell.number_format = "yyyy-mm-dd" if at_midnight else "yyyy-mm-dd hh:mm:ss"
    return cell


class ChunkWriter:
    """Writes masked chunks to ``path`` in ``fmt``; call :meth:`write` per chunk and
    :meth:`close` once. Text output is UTF-8 unless ``encoding`` says otherwise."""

    def __init__(self, path: str | os.PathLike[str], fmt: str, *, encoding: str = "utf-8",
                 delimiter: str | None = None) -> None:
        self.path = Path(path)
        self.fmt = fmt
        self.encoding = encoding
        self.delimiter = delimiter
        self._sheet: str | None = None
        self._parts: list[Path] = []
        self._closed = False
        self.rows = 0
        self._fh: IO[str] | None = None
        self._pq: Any = None
        self._schema: Any = None
        self._wb: Any = None
        self._ws: Any = None
        self._header: list[str] | None = None
        if fmt in ("csv", "tsv", "jsonl"):
            self._fh = open(self.path, "w", encoding=encoding, newline="",  # noqa: SIM115
                            errors=_SURROGATE_ERRORS)

    def write(self, frame: pd.DataFrame, keys: list[set[str]] | None = None,
              sheet: str | None = None) -> None:
        """Write a chunk; Excel output starts a new sheet named ``sheet`` when it changes."""
        self.rows += len(frame)
        if self.fmt == "excel":
            self._write_excel(frame, keys, sheet)
            return
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
        # encoded by the file, whose error handler writes lone surrogates as U+FFFD
        frame.to_csv(self._fh, sep=sep, header=header, index=False, na_rep="",
                     lineterminator="\n")

    def _write_csv(self, frame: pd.DataFrame, keys: Any) -> None:
        self._write_delimited(frame, self.delimiter or ",")

    def _write_tsv(self, frame: pd.DataFrame, keys: Any) -> None:
        self._write_delimited(frame, self.delimiter or "\t")

    def _write_jsonl(self, frame: pd.DataFrame, keys: list[set[str]] | None) -> None:
        assert self._fh is not None
        names = [str(c) for c in frame.columns]
        columns = [frame[c].tolist() for c in frame.columns]
        out = []
        for i, values in enumerate(zip(*columns)) if columns else enumerate([()] * len(frame)):
            own = keys[i] if keys is not None else None
            record = {k: _py(v) for k, v in zip(names, values)
                      if own is None or k in own or (k == RAW_COLUMN and _py(v) is not None)}
            line = json.dumps(record, ensure_ascii=False, default=str)
            if _SURROGATE.search(line):  # kept exactly, as a JSON escape (UTF-8 cannot hold it)
                line = json.dumps(record, ensure_ascii=True, default=str)
            out.append(line)
        if out:
            self._fh.write("\n".join(out) + "\n")

    def _write_parquet(self, frame: pd.DataFrame, keys: Any) -> None:
        """Each chunk is staged as an Arrow file beside the output; :meth:`close` writes the
        Parquet file with one schema for all of them (a column that is numeric in one chunk and
        holds masked strings in another becomes a string column; a column with no value in a
        chunk takes the others' type), so a plan made again in a later chunk never fails the
        write."""
        import pyarrow as pa

        try:
            table = pa.Table.from_pandas(frame, preserve_index=False)
        except (UnicodeEncodeError, UnicodeDecodeError):  # lone surrogates: as U+FFFD
            frame = frame.assign(**{str(c): frame[c].map(_no_surrogates).astype(object)
                                    for c in frame.columns if frame[c].dtype == object})
            table = pa.Table.from_pandas(frame, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # an object column mixing numbers and (masked) text: written as text
            mixed = {str(c): pd.Series([None if _py(v) is None else _text(v)
                                        for v in frame[c].tolist()], index=frame.index,
                                       dtype=object)
                     for c in frame.columns if frame[c].dtype == object}
            table = pa.Table.from_pandas(frame.assign(**mixed), preserve_index=False)
        part = self.path.with_name(f"{self.path.name}.part{len(self._parts)}")
        with pa.OSFile(str(part), "wb") as sink, pa.ipc.new_file(sink, table.schema) as w:
            w.write_table(table)
        self._parts.append(part)
        if self._schema is None:
            self._schema = table.schema

    def _finish_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._parts:
            return
        schemas = []
        for part in self._parts:
            with pa.memory_map(str(part)) as src:
                schemas.append(pa.ipc.open_file(src).schema)
        fields = []
        for i, f in enumerate(schemas[0]):
            types = [sc.field(i).type for sc in schemas]
            fields.append(pa.field(f.name, _common_type(types)))
        target = pa.schema(fields, metadata=schemas[0].metadata)
        with pq.ParquetWriter(self.path, target) as out:
            for part in self._parts:
                with pa.memory_map(str(part)) as src:
                    table = pa.ipc.open_file(src).read_all()
                out.write_table(_cast_table(table, target))
                part.unlink()
        self._parts = []

    def _write_excel(self, frame: pd.DataFrame, keys: Any, sheet: str | None = None) -> None:
        if self._wb is None:
            from openpyxl import Workbook

            self._wb = Workbook(write_only=True)
        if self._ws is None or (sheet is not None and sheet != self._sheet):
            self._ws = self._wb.create_sheet(title=sheet)
            self._sheet = sheet
            if len(frame.columns):
                self._ws.append([str(c) for c in frame.columns])
        ws = self._ws
        columns = [frame[c].tolist() for c in frame.columns]
        for values in zip(*columns):
            ws.append([_xl(ws, v) for v in values])

    def close(self) -> None:
        try:
            self._close()
        except (CnpiiError, OSError):
            raise
        except Exception as exc:
            raise _foreign(f"finishing the {self.fmt} output", exc) from None

    def _close(self) -> None:
        if self._fh is not None:
            fh, self._fh = self._fh, None
            fh.close()
        if self._parts:
            try:
                self._finish_parquet()
            finally:
                self.discard()
        elif self.fmt == "parquet" and not self._closed:  # no chunk at all: a valid empty file
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.table({}), self.path)
        if self.fmt == "excel" and self._wb is None and not self._closed:
            from openpyxl import Workbook

            self._wb = Workbook(write_only=True)
            self._wb.create_sheet()
        if self._wb is not None:
            wb, self._wb = self._wb, None
            wb.save(self.path)
        self._closed = True

    def discard(self) -> None:
        """Remove staged parts and write nothing more (after a failure)."""
        for part in self._parts:
            part.unlink(missing_ok=True)
        self._parts = []
        self._wb = None
        self._closed = True
