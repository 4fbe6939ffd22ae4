"""Mask a file chunk by chunk, with bounded memory and a progress bar."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from cnpii.audit._runtime import emit_masking
from cnpii.dataframe._io import RAW_COLUMN, ChunkWriter, detect_format, read_chunks, total_size
from cnpii.errors import CnpiiError
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


def mask_file(src: str | os.PathLike[str], dst: str | os.PathLike[str],
              policy: PolicyLike = None, *, role: str | None = None, purpose: str | None = None,
              keyring: Any = None, columns: ColumnsArg = None, input_format: str | None = None,
              output_format: str | None = None, encoding: str | None = None,
              output_encoding: str = "utf-8", on_bad_row: str = "fail",
              chunk_rows: int = 50_000, progress: bool | None = None,
              on_bad: Callable[[int, str], None] | None = None,
              scanner: Any = None, mode: str = "fast") -> MaskSummary:
    """Mask ``src`` into ``dst`` chunk by chunk and return the summary.

    Formats (CSV, TSV, JSON Lines, Parquet, Excel) come from the extensions unless given;
    the input encoding is detected unless given (UTF-8, UTF-8 with BOM, GBK/GB18030); output
    text is UTF-8. Each column's plan is made once, from the first chunk. A malformed row is
    reported through ``on_bad(line, what)`` and either fails the run (``on_bad_row="fail"``)
    or has its raw line masked as free text (``"mask"``); the output always has as many rows
    as the input. ``dst`` is written to a temporary file and renamed at the end, so a failed
    run leaves no half-written output. The progress bar goes to stderr, only on a terminal
    unless ``progress`` says otherwise. ``mode="accurate"`` finds names in free text with the
    NER model fused with the rules (the ``ner`` extra; see :func:`cnpii.scan`).
    """
    src, dst = Path(src), Path(dst)
    in_fmt = detect_format(src, input_format)
    out_fmt = detect_format(dst, output_format)
    if src.resolve() == dst.resolve():
        raise CnpiiError("the output must not be the input file")
    from cnpii.masking._common import scanner_for
    from cnpii.masking._frame import _scan_many_from

    scan_many = _scan_many_from(scanner, mode)
    if mode != "fast":
        scanner = scanner_for(None, mode)
    resolved = resolve_policy(policy, role, purpose, keyring)
    masker = FrameMasker(resolved, columns, scan_many)
    summary = MaskSummary(profile=resolved.profile)
    total, unit = total_size(src, in_fmt)
    fd, tmp_name = tempfile.mkstemp(prefix=".cnpii-", suffix=dst.suffix, dir=dst.parent or ".")
    os.close(fd)
    tmp = Path(tmp_name)
    writer = ChunkWriter(tmp, out_fmt, encoding=output_encoding)
    read_rows = 0
    ok = False
    bar = _progress(total, unit, progress)
    try:
        last = 0
        for chunk in read_chunks(src, in_fmt, encoding=encoding, chunk_rows=chunk_rows,
                                 on_bad_row=on_bad_row):
            read_rows += len(chunk.frame)
            masked, part = masker.mask(chunk.frame)
            masked = _put_bad_rows(masked, chunk.bad, resolved, part, out_fmt, on_bad, scanner)
            writer.write(masked, chunk.keys if out_fmt == "jsonl" else None)
            summary.merge(part)
            bar.update(max(0, chunk.position - last))
            last = chunk.position
        writer.close()
        if writer.rows != read_rows:  # pragma: no cover - a bug guard, never expected
            raise CnpiiError("the output row count differs from the input's")
        emit_masking("export", resolved, summary, role=role, purpose=purpose, source=src,
                     target=dst, input_format=in_fmt, output_format=out_fmt)  # audit, if on
        os.replace(tmp, dst)
        ok = True
    finally:
        bar.close()
        if not ok:
            try:
                writer.close()
            except Exception:  # noqa: S110 - the original error matters more
                pass
            tmp.unlink(missing_ok=True)
    return summary
