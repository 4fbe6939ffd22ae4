"""Turning files into lines of text to scan, whatever their kind and encoding.

Every reader yields :data:`Unit` tuples ``(member, location, line, text)``: ``member`` is the
path inside an archive (or ``None``), ``location`` a cell reference (``Sheet1!B7``) or a
row and column (``row 12, column phone``) for tables (``None`` for text), ``line`` the
1-based line (text) or row (tables) and ``text`` one line without its line break.

Text is decoded line by line: UTF-8 (a BOM is dropped), else GB18030 (which contains GBK and
GB2312), else UTF-8 with replacement characters, so a file that mixes UTF-8 and GBK lines, or
has a few bad bytes, is still scanned in full. A file whose start holds NUL bytes, UTF-16 or
bytes no supported encoding reads is not guessed at: it raises :class:`Skip` with the reason.

>>> list(text_units([b"\\xef\\xbb\\xbfname", "手机".encode("gbk"), b"ok\\r"]))
[(None, None, 1, 'name'), (None, None, 2, '手机'), (None, None, 3, 'ok')]
"""

from __future__ import annotations

import codecs
import io
import os
from typing import IO, Any, Iterable, Iterator

__all__ = ["Skip", "Unit", "kind_of", "sniff", "text_units", "decode_line", "read_units",
           "BINARY_EXTENSIONS", "UNSUPPORTED_EXTENSIONS"]

Unit = tuple  # (member: str | None, location: str | None, line: int, text: str)

#: extensions of files that hold no text to scan (counted, not read)
BINARY_EXTENSIONS = frozenset((
    ".png .jpg .jpeg .gif .bmp .ico .webp .tif .tiff .psd .svgz .mp3 .mp4 .m4a .wav .ogg .flac "
    ".avi .mov .mkv .webm .woff .woff2 .ttf .otf .eot .pyc .pyo .pyd .so .o .a .lib .dll .dylib "
    ".exe .class .wasm .bin .dat.gz .db .sqlite .sqlite3 .npy .npz .pkl .pickle .onnx .pt .h5"
).split())
#: document formats that may hold PII but that the scanner cannot read: listed as skipped
UNSUPPORTED_EXTENSIONS = frozenset(".pdf .doc .docx .xls .ppt .pptx .odt .ods .rtf .7z .rar .tar .tgz "
                                   ".bz2 .xz .zst".split())
_EXCEL = frozenset((".xlsx", ".xlsm"))
_PARQUET = frozenset((".parquet", ".pq"))
_SAMPLE = 64 * 1024
_BLOCK = 1 << 20
#: at most this share of a sample's bytes may be undecodable before the file is refused
_BAD_SHARE = 0.02
#: at most this share of a sample may be control characters (other than tab, CR, LF, FF, ESC)
_CONTROL_SHARE = 0.05
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_MAX_DEPTH = 3


class Skip(Exception):
    """A file (or archive member) that is not scanned, and why. ``fatal`` skips change the exit
    code (2) unless ``--skip-unreadable``; binary files (``binary=True``) are only counted."""

    def __init__(self, reason: str, *, fatal: bool = True, binary: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fatal = fatal and not binary
        self.binary = binary


def kind_of(name: str) -> str:
    """``text``, ``excel``, ``parquet``, ``zip``, ``gzip``, ``binary`` or ``unsupported`` from
    a file name.

    >>> kind_of("a/客户.XLSX"), kind_of("x.parquet"), kind_of("logo.png"), kind_of("app.log")
    ('excel', 'parquet', 'binary', 'text')
    """
    lower = name.lower()
    ext = os.path.splitext(lower)[1]
    if ext in _EXCEL:
        return "excel"
    if ext in _PARQUET:
        return "parquet"
    if ext == ".zip":
        return "zip"
    if ext == ".gz" and not lower.endswith(".tar.gz"):
        return "gzip"
    if ext in BINARY_EXTENSIONS:
        return "binary"
    if ext in UNSUPPORTED_EXTENSIONS or lower.endswith(".tar.gz"):
        return "unsupported"
    return "text"


def decode_line(raw: bytes) -> tuple[str, int]:
    """One line's text and how many bytes in it no supported encoding reads.

    >>> decode_line("卡号".encode("gb18030"))
    ('卡号', 0)
    >>> decode_line(b"ok\\xff")
    ('ok\\ufffd', 1)
    """
    try:
        return raw.decode("utf-8"), 0
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), 0
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", "replace")
    return text, text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")


def sniff(sample: bytes) -> None:
    """Raise :class:`Skip` when the start of a text file cannot be read as text.

    >>> sniff("客户".encode("utf-16"))
    Traceback (most recent call last):
    ...
    cnpii.scanner._read.Skip: UTF-16 text (not supported: convert it to UTF-8)
    """
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise Skip("UTF-16 text (not supported: convert it to UTF-8)")
    if b"\x00" in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if len(sample) >= 4 and max(even, odd) > 0.3 * len(sample) / 2 and min(even, odd) < 0.05 * len(sample) / 2:
            raise Skip("UTF-16 text without a byte-order mark (not supported: convert it to UTF-8)")
        raise Skip("NUL byte: binary file (by guess)")
    if not sample:
        return
    if len(sample.translate(None, _CONTROL)) < len(sample) * (1 - _CONTROL_SHARE):
        raise Skip("control characters: binary file (by guess)")
    lines = sample.split(b"\n")
    if len(sample) == _SAMPLE and len(lines) > 1:
        lines.pop()  # a cut-off last line may end inside a character
    bad = 0
    for line in lines:
        bad += decode_line(line)[1]
    if bad > 8 and bad > _BAD_SHARE * len(sample):
        raise Skip("bytes that decode in no supported encoding (UTF-8, GBK, GB18030)")


def _lines_of_block(block: bytes) -> tuple[list[str], int]:
    """Lines of a block that ends after a line break (or at the end of the input)."""
    try:
        text = block.decode("utf-8")
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        lines = text.split("\n")
        bad = 0
    except UnicodeDecodeError:
        lines, bad = [], 0
        for raw in block.split(b"\n"):
            if raw.endswith(b"\r"):
                raw = raw[:-1]
            t, b = decode_line(raw)
            lines.append(t)
            bad += b
    if lines and lines[-1] == "":
        lines.pop()
    if lines and lines[-1].endswith("\r"):
        lines[-1] = lines[-1][:-1]
    return lines, bad


class Counter:
    """Counts shared by a reader and its caller."""

    __slots__ = ("bad_bytes", "lines", "bytes", "binaries")

    def __init__(self) -> None:
        self.binaries = 0
        self.bad_bytes = 0
        self.lines = 0
        self.bytes = 0


def blocks(fh: IO[bytes], limit: int | None = None) -> Iterator[bytes]:
    """Blocks of about 1 MB, each ending after a line break (or at the end); at most ``limit``
    bytes read."""
    rest = b""
    left = limit
    while True:
        size = _BLOCK if left is None else min(_BLOCK, left)
        data = fh.read(size) if size > 0 else b""
        if left is not None:
            left -= len(data)
        if not data:
            if rest:
                yield rest
            return
        data = rest + data
        cut = data.rfind(b"\n")
        if cut < 0:
            rest = data
            continue
        rest = data[cut + 1:]
        yield data[:cut + 1]


def text_blocks(source: IO[bytes] | Iterable[bytes], counter: Counter | None = None, *,
                member: str | None = None, first_line: int = 1, bom: bool = True,
                limit: int | None = None) -> Iterator[list[Unit]]:
    """Batches of text units from a binary stream (or an iterable of raw lines)."""
    c = counter if counter is not None else Counter()
    n = first_line - 1
    first = bom
    parts = blocks(source, limit) if hasattr(source, "read") else _join(source)
    for block in parts:
        c.bytes += len(block)
        if first:
            first = False
            if block.startswith(codecs.BOM_UTF8):
                block = block[3:]
        lines, bad = _lines_of_block(block)
        c.bad_bytes += bad
        units = [(member, None, n + i, t) for i, t in enumerate(lines, 1)]
        n += len(lines)
        c.lines += len(lines)
        yield units


def _join(lines: Iterable[bytes]) -> Iterator[bytes]:
    batch: list[bytes] = []
    size = 0
    for raw in lines:
        batch.append(raw)
        size += len(raw)
        if size >= _BLOCK:
            yield b"\n".join(batch) + b"\n"
            batch, size = [], 0
    if batch:
        yield b"\n".join(batch) + b"\n"


def text_units(lines: Iterable[bytes]) -> Iterator[Unit]:
    """Units of raw lines (no line breaks), numbered from 1."""
    for batch in text_blocks(iter(lines)):
        yield from batch


def _cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e20:
        return str(int(value))  # 13812345678.0 stored by a spreadsheet
    return str(value)


def _split_cell(member: str | None, loc: str, row: int, text: str) -> Iterator[Unit]:
    if "\n" not in text and "\r" not in text:
        yield (member, loc, row, text)
        return
    for i, part in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        yield (member, f"{loc} line {i}", row, part)


def excel_units(fh: IO[bytes], member: str | None = None) -> Iterator[list[Unit]]:
    """Every cell of every sheet, as ``Sheet!B7`` locations."""
    try:
        from openpyxl import load_workbook
        from openpyxl.utils import get_column_letter
    except ImportError:  # pragma: no cover - openpyxl is a core dependency
        raise Skip("Excel file: openpyxl is not installed") from None
    try:
        wb = load_workbook(fh, read_only=True, data_only=True)
    except Exception:
        raise Skip("Excel file that cannot be opened (damaged or encrypted)") from None
    letters: dict[int, str] = {}
    try:
        for ws in wb.worksheets:
            batch: list[Unit] = []
            for r, row in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True), 1):
                for c, value in enumerate(row, 1):
                    text = _cell_text(value)
                    if not text:
                        continue
                    col = letters.get(c)
                    if col is None:
                        col = letters[c] = get_column_letter(c)
                    batch.extend(_split_cell(member, f"{ws.title}!{col}{r}", r, text))
                if len(batch) >= 20000:
                    yield batch
                    batch = []
            if batch:
                yield batch
    except Skip:
        raise
    except Exception:
        raise Skip("Excel file that cannot be read to the end (damaged)") from None
    finally:
        wb.close()


def parquet_units(fh: IO[bytes], member: str | None = None) -> Iterator[list[Unit]]:
    """Every value of every column, as ``row N, column NAME`` locations (row 1 is the first)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a core dependency
        raise Skip("Parquet file: pyarrow is not installed") from None
    try:
        pf = pq.ParquetFile(fh)
        batches = pf.iter_batches(batch_size=8192)
        done = 0
        for batch in batches:
            units: list[Unit] = []
            names = batch.schema.names
            for name, column in zip(names, batch.columns):
                for i, value in enumerate(column.to_pylist()):
                    text = _cell_text(value)
                    if text:
                        units.extend(_split_cell(member, f"row {done + i + 1}, column {name}",
                                                 done + i + 1, text))
            done += batch.num_rows
            units.sort(key=lambda u: u[2])  # row order, columns in schema order within a row
            yield units
    except Skip:
        raise
    except Exception:
        raise Skip("Parquet file that cannot be read (damaged or unsupported)") from None


def read_units(name: str, fh: IO[bytes], size: int, max_size: int, counter: Counter,
               skipped: list[tuple[str, str, bool]], depth: int = 0,
               member: str | None = None) -> Iterator[list[Unit]]:
    """Units of one file (or archive member) by its kind. Archive members that cannot be read
    are appended to ``skipped`` as ``(member, reason, fatal)`` and the rest of the archive is
    still read; the file itself raises :class:`Skip`."""
    kind = kind_of(name)
    if kind == "binary":
        raise Skip("binary file (by extension)", binary=True)
    if kind == "unsupported":
        raise Skip(f"{os.path.splitext(name)[1] or 'this'} files cannot be read by the scanner")
    if size > max_size:
        raise Skip(f"over the size limit ({size // (1 << 20)} MiB > {max_size // (1 << 20)} MiB)")
    if kind == "text":
        sample = fh.read(_SAMPLE)
        sniff(sample)
        yield from text_blocks(_Prepend(sample, fh), counter, member=member)
    elif kind == "gzip":
        import gzip

        try:
            gz = gzip.GzipFile(fileobj=fh)
            sample = gz.read(_SAMPLE)
        except (OSError, EOFError):
            raise Skip("gzip file that cannot be decompressed") from None
        sniff(sample)
        try:
            yield from text_blocks(_Prepend(sample, gz), counter, member=member, limit=max_size)
        except (OSError, EOFError):
            raise Skip("gzip file that cannot be decompressed to the end") from None
    elif kind == "excel":
        counter.bytes += size
        yield from excel_units(fh, member)
    elif kind == "parquet":
        counter.bytes += size
        yield from parquet_units(_seekable(fh, size, max_size), member)
    elif kind == "zip":
        yield from zip_units(fh, size, max_size, counter, skipped, depth, member)


def zip_units(fh: IO[bytes], size: int, max_size: int, counter: Counter,
              skipped: list[tuple[str, str, bool]], depth: int, member: str | None
              ) -> Iterator[list[Unit]]:
    import zipfile

    if depth >= _MAX_DEPTH:
        raise Skip("archive nested too deeply")
    try:
        zf = zipfile.ZipFile(_seekable(fh, size, max_size))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError):
        raise Skip("zip archive that cannot be opened (damaged)") from None
    with zf:
        for info in infos:
            if info.is_dir():
                continue
            inner = info.filename if member is None else f"{member}!{info.filename}"
            if info.flag_bits & 1:
                skipped.append((inner, "encrypted archive member", True))
                continue
            try:
                with zf.open(info) as mfh:
                    yield from read_units(info.filename, mfh, info.file_size, max_size, counter,
                                          skipped, depth + 1, inner)
            except Skip as s:
                if s.binary:
                    counter.binaries += 1
                else:
                    skipped.append((inner, s.reason, s.fatal))
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
                skipped.append((inner, "archive member that cannot be decompressed", True))


def _seekable(fh: IO[bytes], size: int, max_size: int) -> IO[bytes]:
    if fh.seekable():
        return fh
    if size > max_size:
        raise Skip("over the size limit")
    return io.BytesIO(fh.read())


class _Prepend(io.RawIOBase):
    """A stream that first returns ``head`` then the rest of ``fh``."""

    def __init__(self, head: bytes, fh: IO[bytes]) -> None:
        self._head = head
        self._fh = fh

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:  # type: ignore[override]
        if self._head:
            if n < 0 or n >= len(self._head):
                head, self._head = self._head, b""
                rest = self._fh.read(n - len(head)) if n > len(head) else (self._fh.read() if n < 0 else b"")
                return head + rest
            head, self._head = self._head[:n], self._head[n:]
            return head
        return self._fh.read(n)
