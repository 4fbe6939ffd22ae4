"""Retention periods per entity and category, and a sweep that finds (and optionally deletes)
rows kept past them, in DataFrames and files.

A policy's ``retention`` section::

    retention:
      date_column: closed_on          # the date each row's retention runs from
      periods:                        # entity or JR/T 0171 category -> period
        CN_BANK_CARD: 5y
        C3: 5y
        C2: 3y
        default: 10y                  # anything else personal

Periods are ``<n>y``, ``<n>m`` or ``<n>d`` (calendar years, months, days). A column's period is
its entity's, else its category's, else ``default``; a column with no personal information has
none. A row is *past retention* when every personal column it holds is past its period (what
it may still keep is nothing), so deleting it loses nothing that may be kept; the report also
counts, per column, the cells past their own period.

>>> import datetime, pandas as pd
>>> from cnpii import Policy
>>> p = Policy.load({"rules": [], "retention": {"date_column": "closed_on",
...                  "periods": {"CN_MOBILE_PHONE": "1y", "default": "3y"}}})
>>> df = pd.DataFrame({"sjh": ["13812345678", "13912345678"], "客户姓名": ["张三", "李四"],
...                    "closed_on": ["2020-01-01", "2024-06-01"]})
>>> r = sweep_frame(df, p, today=datetime.date(2026, 1, 1))
>>> r.rows_past, r.cells_past
(1, {'sjh': 2, '客户姓名': 1})
>>> len(sweep_frame(df, p, today=datetime.date(2026, 1, 1), delete=True).frame)
1
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from cnpii.audit import _runtime as _audit
from cnpii.entities import ENTITY_INFO, Category, Entity
from cnpii.errors import CnpiiError, PolicyError
from cnpii._args import shown

__all__ = ["Retention", "RetentionReport", "parse_retention", "sweep_frame", "sweep_file"]

_PERIOD = re.compile(r"([1-9][0-9]{0,3})\s*([ymd])")


@dataclass(frozen=True)
class Retention:
    """Retention periods: ``periods`` maps an entity name, a category (``C1``-``C3``) or
    ``default`` to ``(n, unit)``; ``date_column`` is where each row's clock starts."""

    periods: Mapping[str, tuple[int, str]]
    date_column: str | None = None

    def period_for(self, entity: Entity | None) -> tuple[int, str] | None:
        if entity is None:
            return None
        for key in (str(entity), str(ENTITY_INFO[entity].category), "default"):
            if key in self.periods:
                return self.periods[key]
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"periods": {k: f"{n}{u}" for k, (n, u) in self.periods.items()}}
        if self.date_column:
            out["date_column"] = self.date_column
        return out


def parse_retention(data: Any, source: str = "policy") -> Retention | None:
    """The ``retention`` section of a policy, checked; None when there is none."""
    if data is None:
        return None
    src = shown(source, "the policy")  # a source that is no plain name is not quoted
    if not isinstance(data, Mapping) or not set(data) <= {"date_column", "periods"}:
        raise PolicyError(f"{src}: retention is a mapping with 'periods' and optional "
                          "'date_column'")
    raw = data.get("periods") or {}
    if not isinstance(raw, Mapping):
        raise PolicyError(f"{src}: retention.periods maps entities or categories to periods")
    known = {str(e) for e in Entity} | {str(c) for c in Category} | {"default"}
    periods: dict[str, tuple[int, str]] = {}
    for key, value in raw.items():
        if str(key) not in known:
            raise PolicyError(f"{src}: retention.periods: unknown entity or category "
                              f"{shown(key, 'key')}")
        m = _PERIOD.fullmatch(str(value).strip().lower())
        if m is None:
            raise PolicyError(f"{src}: retention.periods, {shown(key, 'a key')}: a period is "
                              "like 5y, 18m or 90d")
        periods[str(key)] = (int(m.group(1)), m.group(2))
    col = data.get("date_column")
    return Retention(periods, str(col) if col is not None else None)


def _offset(period: tuple[int, str]) -> Any:
    import pandas as pd

    n, unit = period
    return pd.DateOffset(years=n) if unit == "y" else (
        pd.DateOffset(months=n) if unit == "m" else pd.DateOffset(days=n))


@dataclass
class RetentionReport:
    """What a sweep found: rows past retention, cells past their column's period (counts
    only, never values), rows whose date could not be read (kept, and reported)."""

    rows: int = 0
    rows_past: int = 0
    rows_deleted: int = 0
    undated_rows: int = 0
    cells_past: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)
    frame: Any = None

    @property
    def clean(self) -> bool:
        return self.rows_past == 0 and self.undated_rows == 0

    def merge(self, other: RetentionReport) -> None:
        self.rows += other.rows
        self.rows_past += other.rows_past
        self.rows_deleted += other.rows_deleted
        self.undated_rows += other.undated_rows
        for k, v in other.cells_past.items():
            self.cells_past[k] = self.cells_past.get(k, 0) + v
        self.periods.update(other.periods)

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "rows_past": self.rows_past, "rows_deleted": self.rows_deleted,
                "undated_rows": self.undated_rows, "cells_past": dict(self.cells_past),
                "periods": dict(self.periods)}


def _retention_of(policy: Any) -> Retention:
    ret = policy if isinstance(policy, Retention) else getattr(policy, "retention", None)
    if ret is None:
        raise PolicyError("the policy has no retention section")
    return ret  # type: ignore[no-any-return]


def _column_entities(df: Any, policy: Any) -> dict[Any, Entity]:
    from cnpii.masking._columns import entity_from_name

    out: dict[Any, Entity] = {}
    resolve = getattr(policy, "resolve", None)
    resolved = resolve() if callable(resolve) else None
    for c in df.columns:
        ent = resolved.column_entity(str(c)) if resolved is not None else None
        ent = ent or entity_from_name(c)
        if ent is not None:
            out[c] = ent
    return out


def sweep_frame(df: Any, policy: Any, *, today: _dt.date | None = None,
                date_column: str | None = None, delete: bool = False) -> RetentionReport:
    """Report rows and cells of ``df`` kept past the policy's retention (``delete=True``: the
    report's ``frame`` is ``df`` without the rows past retention; else ``df`` itself)."""
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise CnpiiError("sweep_frame() needs a pandas DataFrame")
    ret = _retention_of(policy)
    col = date_column or ret.date_column
    if col is None or col not in df.columns:
        raise CnpiiError("the retention date column is not in the frame (date_column=)")
    now = pd.Timestamp(today or _dt.date.today())
    dates = pd.to_datetime(df[col], errors="coerce")
    undated = dates.isna()
    report = RetentionReport(rows=len(df), undated_rows=int(undated.sum()))
    all_past = pd.Series(True, index=df.index)
    any_personal = False
    for c, ent in _column_entities(df, policy).items():
        period = ret.period_for(ent)
        if period is None:
            continue
        any_personal = True
        report.periods[str(c)] = f"{period[0]}{period[1]}"
        past = (dates + _offset(period) <= now) & ~undated
        held = df[c].notna()
        report.cells_past[str(c)] = int((past & held).sum())
        all_past &= past | ~held
    rows_past = all_past & ~undated if any_personal else pd.Series(False, index=df.index)
    report.rows_past = int(rows_past.sum())
    report.frame = df
    if delete and report.rows_past:
        report.frame = df[~rows_past]
        report.rows_deleted = report.rows_past
    return report


def sweep_file(src: str | os.PathLike[str], policy: Any, *, dst: str | os.PathLike[str] | None = None,
               today: _dt.date | None = None, date_column: str | None = None,
               chunk_rows: int = 50_000) -> RetentionReport:
    """Sweep a file chunk by chunk (bounded memory). With ``dst`` (may be ``src``), write the
    rows that may still be kept there (temporary file, then rename); audited."""
    from cnpii._atomic import staged
    from cnpii.dataframe._io import ChunkWriter, detect_format, read_chunks

    src = Path(src)
    total = RetentionReport()
    with contextlib.ExitStack() as stack:
        writer = None
        if dst is not None:
            dst = Path(dst)
            st = stack.enter_context(staged(dst, suffix=dst.suffix))
            writer = ChunkWriter(st.path, detect_format(dst))
            st.on_abort(writer.close)
        for chunk in read_chunks(src, detect_format(src), chunk_rows=chunk_rows):
            part = sweep_frame(chunk.frame, policy, today=today, date_column=date_column,
                               delete=writer is not None)
            if writer is not None:
                writer.write(part.frame)
            part.frame = None
            total.merge(part)
        if writer is not None:
            writer.close()
        src_name, dst_name = _audit.names(src, dst)
        # the event is written before the output is put in place (when the block ends)
        _audit.emit("retention_sweep", count=total.rows_past,
                    details={**total.to_dict(), "input": src_name, "output": dst_name})
    return total

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals())  # cnpii._args: typed, quiet errors (issue 11)
