"""Mask a file chunk by chunk, with bounded memory and a progress bar."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Callable, Iterator

import pandas as pd

from cnpii._atomic import staged
from cnpii.audit._runtime import emit_masking
from cnpii.dataframe._io import (
    RAW_COLUMN,
    ChunkWriter,
    check_encoding,
    detect_format,
    excel_sheets,
    jsonl_keys,
    read_chunks,
    total_size,
)
from cnpii.errors import (
    CnpiiError,
    InvalidOption,
    UnreadableInput,
    UnsupportedFormat,
    WriteFailed,
)
from cnpii.masking._common import PolicyLike, resolve_policy
from cnpii.masking._frame import ColumnsArg, FrameMasker, MaskSummary
from cnpii.masking._text import mask_with_counts
from cnpii.policy import ResolvedPolicy

__all__ = ["mask_file"]


def _progress(total: int, unit: str, enabled: bool | None) -> Any:
    from tqdm import tqdm

    disable = not sys.stderr.isatty() if enabled is None else not enabled
    return tqdm(total=total, unit=unit, unit_scale=unit == "B", disable=disable,
                file=sys.stderr, desc="cnpii mask", leave=False)


def _put_bad_rows(out: pd.DataFrame, bad: dict[int, tuple[int, str]], resolved: ResolvedPolicy,
                  summary: MaskSummary, fmt: str, on_bad: Callable[[int, str], None] | None,
                  scanner: Any) -> pd.DataFrame:
    """Put each malformed row's raw line, masked as free text, into the output."""
    if not bad:
        return out
    target = RAW_COLUMN if fmt == "jsonl" else (out.columns[0] if len(out.columns) else None)
    if target is None:
        raise CnpiiError("a malformed row cannot be written: the output has no columns")
    if target not in out.columns:
        out[target] = pd.Series(None, index=out.index, dtype="str")
    elif not pd.api.types.is_string_dtype(out[target].dtype):
        out[target] = out[target].astype("string")
    col = out.columns.get_loc(target)
    for pos, (line, raw) in bad.items():
        masked, counts = mask_with_counts(raw, resolved, scanner=scanner)
        out.iat[pos, col] = masked
        summary.malformed_lines.append(line)
        cs = summary.columns.get(str(target))
        if cs is not None:
            for entity, n in counts.items():
                cs.counts[str(entity)] += n
        if on_bad is not None:
            on_bad(line, "masked as text")
    return out


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _file_mode(mode: int | str | None) -> int:
    """The permission bits of the output: ``file_mode`` (an int or an octal string such as
    ``"600"``), else what the umask leaves of ``0o666``."""
    if mode is None:
        return 0o666 & ~_umask()
    if isinstance(mode, str):
        try:
            mode = int(mode, 8)
        except ValueError:
            raise InvalidOption("--file-mode must be octal permission bits such as 600 or "
                                "640") from None
    if isinstance(mode, bool) or not isinstance(mode, int) or not 0 <= mode <= 0o777:
        raise InvalidOption("--file-mode must be octal permission bits such as 600 or 640")
    return mode


def _reading(chunks: Iterator[Any], fmt: str, encoding: str | None) -> Iterator[Any]:
    """The reader's chunks, with any library error turned into a typed one that quotes
    nothing from the file."""
    while True:
        try:
            chunk = next(chunks)
        except StopIteration:
            return
        except CnpiiError:
            raise
        except UnicodeDecodeError as exc:
            how = f"as {encoding}" if encoding else "in the detected encoding"
            raise UnreadableInput(f"the input cannot be decoded as text {how} (near byte "
                                  f"{exc.start} of a block); is it another format? else give "
                                  "--encoding") from None
        except MemoryError:
            raise
        except Exception as exc:  # corrupt or mislabelled: pyarrow, openpyxl, zipfile, csv
            raise UnreadableInput(f"the input cannot be read as {fmt} ({type(exc).__name__}); "
                                  "is it corrupt, or another format?") from None
        yield chunk


def _writing(fn: Callable[..., Any], *args: Any, fmt: str, encoding: str) -> Any:
    try:
        return fn(*args)
    except CnpiiError:
        raise
    except UnicodeEncodeError:
        raise WriteFailed(f"a value cannot be encoded in {encoding}; use "
                          "--output-encoding utf-8") from None
    except MemoryError:
        raise
    except Exception as exc:  # pyarrow schema mismatch, openpyxl illegal characters, disk full
        raise WriteFailed(f"the output cannot be written as {fmt} ({type(exc).__name__})") \
            from None


def mask_file(src: str | os.PathLike[str], dst: str | os.PathLike[str],
              policy: PolicyLike = None, *, role: str | None = None, purpose: str | None = None,
              keyring: Any = None, columns: ColumnsArg = None, input_format: str | None = None,
              output_format: str | None = None, encoding: str | None = None,
              output_encoding: str = "utf-8", on_bad_row: str = "fail",
              chunk_rows: int = 50_000, progress: bool | None = None,
              on_bad: Callable[[int, str], None] | None = None,
              scanner: Any = None, delimiter: str | None = None,
              output_delimiter: str | None = None, file_mode: int | str | None = None,
              stdout: IO[bytes] | None = None, mode: str = "fast") -> MaskSummary:
    """Mask ``src`` into ``dst`` chunk by chunk and return the summary.

    Formats (CSV, TSV, JSON Lines, Parquet, Excel) come from the extensions unless given;
    the input encoding is detected unless given (UTF-8, UTF-8 with BOM, GBK/GB18030); output
    text is UTF-8. A CSV's delimiter is sniffed (``, ; | tab``) unless ``delimiter`` is given;
    a file that still reads as one column of delimited text gets a warning in
    ``summary.warnings``; output uses ``output_delimiter``, else the input's. Each column's
    plan is made when it is first seen; a plan made from values that held nothing is made
    again in later chunks. Every Excel sheet is masked and written under its own name (an
    Excel file with several sheets can only be written to Excel). JSON Lines written as a
    table gets every key of the file as a column, in order of first appearance (a first
    pass reads the keys). A malformed row is reported through ``on_bad(line, what)`` and
    either fails the run (``on_bad_row="fail"``) or has its raw line masked as free text
    (``"mask"``); the output always has as many rows as the input.

    ``dst`` is written to a temporary file and renamed at the end, so a failed run leaves no
    half-written output; a symbolic link is followed (its target is replaced, the link
    kept), and ``"-"`` writes to standard output (``stdout``, default ``sys.stdout``'s
    bytes) once the whole run succeeded. The output's permissions are ``file_mode`` if given,
    else what the umask leaves of ``0o666``. Unreadable input raises
    :class:`~cnpii.errors.UnreadableInput`, an unwritable output
    :class:`~cnpii.errors.WriteFailed`; neither quotes the data. The progress bar goes to
    stderr, only on a terminal unless ``progress`` says otherwise. ``mode="accurate"`` finds
    names in free text with the NER model fused with the rules (the ``ner`` extra; see
    :func:`cnpii.scan`). With audit on, one ``export`` event is written before the output is
    put in place (or copied to standard output).
    """
    to_stdout = str(dst) == "-"
    src = Path(src)
    in_fmt = detect_format(src, input_format)
    out_fmt = (output_format and detect_format("", output_format)) if to_stdout else None
    if to_stdout and out_fmt is None:
        out_fmt = in_fmt
    if not to_stdout:
        out_fmt = detect_format(dst, output_format)
    if isinstance(chunk_rows, bool) or not isinstance(chunk_rows, int) or chunk_rows < 1:
        raise InvalidOption("chunk_rows must be a whole number of at least 1")
    if encoding is not None:
        check_encoding(encoding)
    check_encoding(output_encoding)
    if output_delimiter is not None and (len(output_delimiter) != 1 or output_delimiter in "\"\r\n"):
        raise InvalidOption("the delimiter must be one character (not a quote or a newline)")
    perms = _file_mode(file_mode)
    if not src.is_file():
        raise UnreadableInput("the input file does not exist or is not a file")
    # a symlink is followed: its target is written (and renamed over), the link is kept
    real = Path(tempfile.gettempdir()) / "stdout" if to_stdout else Path(os.path.realpath(dst))
    if not to_stdout and real == src.resolve():
        raise CnpiiError("the output must not be the input file")
    if not to_stdout and not real.parent.is_dir():
        raise WriteFailed("the output's directory does not exist")
    from cnpii.masking._common import scanner_for
    from cnpii.masking._frame import _scan_many_from

    if mode not in ("fast", "accurate"):
        raise InvalidOption('mode must be "fast" or "accurate"')
    scan_many = _scan_many_from(scanner, mode)
    if mode != "fast":
        scanner = scanner_for(None, mode)
    resolved = resolve_policy(policy, role, purpose, keyring)
    maskers: dict[str | None, FrameMasker] = {}
    summary = MaskSummary(profile=resolved.profile)
    try:
        total, unit = total_size(src, in_fmt)
        if in_fmt == "excel" and out_fmt != "excel" and len(excel_sheets(src)) > 1:  # noqa
            raise UnsupportedFormat("an Excel file with several sheets can only be written to "
                                    "Excel (each sheet under its own name)")
        sheets = len(excel_sheets(src)) if in_fmt == "excel" else 0
        union = jsonl_keys(src, encoding) if in_fmt == "jsonl" and out_fmt != "jsonl" else None
    except CnpiiError:
        raise
    except UnicodeDecodeError:
        raise UnreadableInput("the input cannot be decoded; give --encoding") from None
    except Exception as exc:
        raise UnreadableInput(f"the input cannot be read as {in_fmt} ({type(exc).__name__}); "
                              "is it corrupt, or another format?") from None
    out_delim = output_delimiter
    writer: ChunkWriter | None = None
    read_rows = 0
    # stdout: a scratch file (removed either way) that is copied out; else renamed over ``real``
    with staged(None if to_stdout else real, suffix=real.suffix, mode=perms,
                create_error=WriteFailed("the output's directory cannot be written to"),
                replace_error=WriteFailed("the output cannot be put in place")) as st, \
            contextlib.closing(_progress(total, unit, progress)) as bar:
        tmp = st.path
        st.on_abort(lambda: writer is not None and writer.discard())
        st.on_abort(lambda: writer is not None and writer.close())
        last = 0
        chunks = read_chunks(src, in_fmt, encoding=encoding, chunk_rows=chunk_rows,
                             on_bad_row=on_bad_row, delimiter=delimiter)
        for chunk in _reading(iter(chunks), in_fmt, encoding):
            if writer is None:
                if out_delim is None and in_fmt in ("csv", "tsv") and out_fmt == in_fmt:
                    out_delim = chunk.delimiter
                writer = _writing(lambda: ChunkWriter(tmp, out_fmt, encoding=output_encoding),
                                  fmt=out_fmt, encoding=output_encoding)
                writer.delimiter = out_delim
            frame = chunk.frame
            if union is not None:  # one header for the whole file
                frame = frame.reindex(columns=union)
            masker = maskers.get(chunk.sheet)
            if masker is None:
                masker = maskers[chunk.sheet] = FrameMasker(resolved, columns, scan_many,
                                                            check_each=False)
            read_rows += len(frame)
            try:
                masked, part = masker.mask(frame)
                masked = _put_bad_rows(masked, chunk.bad, resolved, part, out_fmt, on_bad,
                                       scanner)
            except CnpiiError:
                raise
            except MemoryError:
                raise
            except Exception as exc:
                raise CnpiiError(f"masking failed ({type(exc).__name__})") from None
            keys = chunk.keys if out_fmt == "jsonl" else None
            _writing(writer.write, masked, keys, chunk.sheet, fmt=out_fmt,
                     encoding=output_encoding)
            part.warnings.extend(chunk.warnings)
            if sheets > 1 and chunk.sheet is not None:  # one summary: columns as sheet!column
                renamed = {}
                for name, cs in part.columns.items():
                    cs.column = f"{chunk.sheet}!{name}"
                    renamed[cs.column] = cs
                part.columns = renamed
            summary.merge(part)
            bar.update(max(0, chunk.position - last))
            last = chunk.position
        if writer is None:  # an empty input: an empty output
            writer = _writing(lambda: ChunkWriter(tmp, out_fmt, encoding=output_encoding),
                              fmt=out_fmt, encoding=output_encoding)
        _check_columns(maskers, columns)
        _writing(writer.close, fmt=out_fmt, encoding=output_encoding)
        if writer.rows != read_rows:  # pragma: no cover - a bug guard, never expected
            raise CnpiiError("the output row count differs from the input's")
        # audit, if on: the event is written before the output is put in place (or sent)
        emit_masking("export", resolved, summary, role=role, purpose=purpose, source=src,
                     target=dst, input_format=in_fmt, output_format=out_fmt)
        if to_stdout:
            out = stdout if stdout is not None else sys.stdout.buffer
            with open(tmp, "rb") as fh:
                shutil.copyfileobj(fh, out)
            out.flush()
    return summary


def _check_columns(maskers: dict[str | None, FrameMasker], columns: ColumnsArg) -> None:
    """A columns= entry must name a column of some chunk (of some sheet)."""
    if columns is None or not maskers:
        return
    matched: set[int] = set()
    for m in maskers.values():
        matched |= m._selection.matched
    first = next(iter(maskers.values()))
    first._selection.matched = matched
    first.check_columns()
