"""Masking DataFrames: a plan per column, then whole-column (vectorised) masking.

Identifier columns are masked a column at a time: ``keep`` rules with pandas string
operations grouped by value length, every other operator once per distinct value. Free-text
columns are scanned once per distinct value and masked span by span. The input frame is
never modified; row count, index, column order and nulls are kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

from cnpii.audit import _runtime as _audit
from cnpii.entities import Entity
from cnpii.errors import CnpiiError
from cnpii.masking._columns import ColumnPlan, auto_plans, entity_from_name
from cnpii.masking._common import PolicyLike, Scanner, default_scan_many, mask_spans, resolve_policy
from cnpii.operators import Context, Generalize, Keep, Operator, Suppress, Tokenize
from cnpii.operators._text import ADDRESS_PREFIX_RE2
from cnpii.operators._base import SEPARATORS
from cnpii.policy import ResolvedPolicy

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["mask_frame", "mask_frame_with_summary", "plan_columns", "FrameMasker",
           "MaskSummary", "ColumnSummary", "SUMMARY_ATTR"]

#: the key of ``DataFrame.attrs`` under which :func:`mask_frame` leaves its summary
SUMMARY_ATTR = "cnpii_summary"
_SEP_PATTERN = "[" + re.escape("".join(sorted(SEPARATORS))) + "]"
_SEP_RE = re.compile(_SEP_PATTERN)
#: cells of a text column that are only a date, a time, a short integer or a decimal amount
#: of at most 9 integer digits (no identifier looks like that): not scanned
_PLAIN = (r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
          r"|\d{1,2}:\d{2}(?::\d{2})?|-?\d{1,6}|-?\d{1,9}\.\d{1,4}")
ScanMany = Callable[[Iterable[str]], Iterable[Sequence[Any]]]
#: columns=: a list (only these are masked) or a mapping column -> entity / "text" / None
ColumnsArg = Sequence[Any] | Mapping[Any, Any] | None


@dataclass
class ColumnSummary:
    """What happened to one column: how, and how many values of each entity were masked."""

    column: str
    kind: str
    entity: str | None
    operator: str | None
    evidence: str
    counts: Counter[str] = field(default_factory=Counter)
    dtype_in: str = ""
    dtype_out: str = ""
    note: str = ""

    @property
    def masked(self) -> int:
        return sum(self.counts.values())


@dataclass
class MaskSummary:
    """Per column and entity, how many values were masked (never the values themselves).

    ``str(summary)`` is a small table; :meth:`to_frame` gives it as a DataFrame.
    """

    rows: int = 0
    profile: str = "(base)"
    columns: dict[str, ColumnSummary] = field(default_factory=dict)
    malformed_lines: list[int] = field(default_factory=list)

    def counts(self) -> dict[tuple[str, str], int]:
        """``{(column, entity): count}`` for every entity masked in every column."""
        return {(c.column, e): n for c in self.columns.values() for e, n in c.counts.items()}

    def total(self) -> int:
        """How many values were masked in all."""
        return sum(c.masked for c in self.columns.values())

    def merge(self, other: MaskSummary) -> None:
        """Add another chunk's summary to this one (streaming)."""
        self.rows += other.rows
        self.malformed_lines.extend(other.malformed_lines)
        for name, col in other.columns.items():
            mine = self.columns.get(name)
            if mine is None:
                self.columns[name] = ColumnSummary(**{**col.__dict__, "counts": Counter(col.counts)})
            else:
                mine.counts.update(col.counts)
                if col.note and col.note not in mine.note:
                    mine.note = "; ".join(x for x in (mine.note, col.note) if x)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows, "profile": self.profile, "total_masked": self.total(),
            "malformed_lines": list(self.malformed_lines),
            "columns": [{"column": c.column, "kind": c.kind, "entity": c.entity,
                         "operator": c.operator, "evidence": c.evidence,
                         "masked": dict(sorted(c.counts.items())), "dtype_in": c.dtype_in,
                         "dtype_out": c.dtype_out, "note": c.note}
                        for c in self.columns.values()],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per column and entity: kind, operator, count, dtypes, note."""
        import pandas as pd

        rows = []
        for c in self.columns.values():
            for entity, n in (sorted(c.counts.items()) or [(c.entity, 0)]):
                rows.append({"column": c.column, "kind": c.kind, "entity": entity,
                             "operator": c.operator, "masked": n, "dtype_in": c.dtype_in,
                             "dtype_out": c.dtype_out, "note": c.note})
        return pd.DataFrame(rows, columns=["column", "kind", "entity", "operator", "masked",
                                           "dtype_in", "dtype_out", "note"])

    def __str__(self) -> str:
        lines = [f"{self.rows} rows, {self.total()} values masked (profile {self.profile})"]
        for c in self.columns.values():
            if c.kind == "skip":
                lines.append(f"  {c.column}: left as is ({c.evidence})")
                continue
            what = ", ".join(f"{e} {n}" for e, n in sorted(c.counts.items())) or "nothing found"
            extra = f"  [{c.note}]" if c.note else ""
            lines.append(f"  {c.column}: {c.kind} via {c.operator or 'policy'} -> {what}{extra}")
        if self.malformed_lines:
            shown = ", ".join(map(str, self.malformed_lines[:10]))
            more = " ..." if len(self.malformed_lines) > 10 else ""
            lines.append(f"  malformed rows at lines {shown}{more}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return str(self.to_frame().to_html(index=False))


# -- values as strings ------------------------------------------------------------------------
def _as_strings(s: pd.Series) -> pd.Series:
    """Non-null values of ``s`` as strings (integers without ``.0``, dates as YYYY-MM-DD)."""
    import pandas as pd

    dtype = s.dtype
    if pd.api.types.is_string_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype):
        if dtype == object:
            return s.map(lambda v: v if isinstance(v, str) else str(v)).astype(str)
        return s.astype(str)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        if (s.dt.normalize() == s).all():
            return s.dt.strftime("%Y-%m-%d").astype(str)
        return s.astype(str)
    if pd.api.types.is_float_dtype(dtype):
        if (s == s.round()).all() and s.abs().max() < 1e18:
            return s.astype("int64").astype(str)
        return s.astype(str)
    return s.astype(str)


def _fractional(s: pd.Series) -> bool:
    """A float column with fractions (amounts, rates) holds no identifier."""
    import pandas as pd

    if not pd.api.types.is_float_dtype(s.dtype):
        return False
    nonnull = s.dropna()
    return bool(len(nonnull) and (nonnull != nonnull.round()).any())


def _is_textual(s: pd.Series) -> bool:
    import pandas as pd

    return bool(pd.api.types.is_string_dtype(s.dtype) or s.dtype == object)


def _sample(s: pd.Series, n: int) -> list[str]:
    nonnull = s.dropna()
    if len(nonnull) > n:
        step = len(nonnull) / n
        nonnull = nonnull.iloc[[int(i * step) for i in range(n)]]
    return [v for v in _as_strings(nonnull).tolist() if v.strip()]


# -- planning ---------------------------------------------------------------------------------
def plan_columns(df: pd.DataFrame, resolved: ResolvedPolicy, columns: ColumnsArg = None,
                 sample_size: int = 200) -> dict[str, ColumnPlan]:
    """Decide, for each column of ``df``, how it is masked (see :class:`ColumnPlan`).

    Order of evidence: ``columns=`` as given; a column rule of the policy; the column's name
    and a sample of its values (identifier validators); otherwise text columns are scanned
    as free text and other columns left as they are.
    """
    plans: dict[str, ColumnPlan] = {}
    auto: dict[str, ColumnPlan] | None = None
    selected = None
    declared: Mapping[Any, Any] = {}
    if isinstance(columns, Mapping):
        declared = columns
    elif columns is not None:
        selected = {str(c) for c in columns}
    for col in df.columns:
        name = str(col)
        if selected is not None and name not in selected:
            plans[name] = ColumnPlan(name, "skip", None, "not in columns=")
            continue
        if col in declared or name in declared:
            what = declared.get(col, declared.get(name))
            if what is None or what == "skip":
                plans[name] = ColumnPlan(name, "skip", None, "columns= says skip")
            elif what == "text":
                plans[name] = ColumnPlan(name, "text", None, "columns= says free text")
            else:
                plans[name] = ColumnPlan(name, "identifier", Entity(what), "columns=")
            continue
        if resolved.has_column_rule(name):
            entity = resolved.column_entity(name) or entity_from_name(name)
            plans[name] = ColumnPlan(name, "rule", entity, "column rule")
            continue
        entity = resolved.column_entity(name)
        if entity is not None:
            plans[name] = ColumnPlan(name, "identifier", entity, "column rule names the entity")
            continue
        if auto is None:  # the one column inference of cnpii (cnpii.classification)
            auto = auto_plans(df, sample_size)
        plans[name] = auto[name]
    return plans


# -- masking one column -----------------------------------------------------------------------
_RE2_SEPARATORS = "[" + "".join("\\" + c if c in "-]\\^[" else c for c in sorted(SEPARATORS)) + "]"


def _keep_arrow(arr: Any, first: int, last: int, char: str) -> Any:
    """keep first/last over an Arrow string array whose values have no separators:
    one ``utf8_replace_slice`` per distinct length."""
    import pyarrow.compute as pc

    lens = pc.utf8_length(arr)
    out = arr
    for length in pc.unique(lens).to_pylist():
        if length is None:
            continue
        where = pc.equal(lens, length)
        sub = pc.filter(arr, where)
        if first + last >= length:
            repl = pc.utf8_replace_slice(sub, 0, length, char * length)
        else:
            repl = pc.utf8_replace_slice(sub, first, length - last, char * (length - first - last))
        out = pc.replace_with_mask(out, where, repl)
    return out


def _keep_vectorised(vals: pd.Series, op: Keep, ctx: Context) -> pd.Series:
    """``keep`` with integer first/last over a whole column with Arrow string kernels; values
    with separators (and the rare value the kernels would leave unchanged) go through
    :meth:`Keep.apply`, so the result is exactly the operator's."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    first, last, char, after = int(op.first), op.last, op.char, op.keep_after
    arr = pa.array(vals, type=pa.large_string())
    if isinstance(arr, pa.ChunkedArray):  # columns read from Parquet come in chunks
        arr = arr.combine_chunks()
    # rows the kernels handle: those with the keep_after marker (if any)
    fast = pc.match_substring(arr, after) if after else pa.array([True] * len(arr))
    sub = pc.filter(arr, fast)
    if after:
        parts = pc.split_pattern(sub, after, max_splits=1, reverse=True)
        head = pc.list_element(parts, 0)
        masked = pc.binary_join_element_wise(_keep_arrow(head, first, last, char),
                                             pc.list_element(parts, 1),
                                             pa.scalar(after, type=pa.large_string()))
    else:
        head = sub
        masked = _keep_arrow(sub, first, last, char)
    # separators in the masked part need the operator's grouping; "1***5" style values that
    # come out unchanged need its guard: both go value by value
    redo = pc.equal(masked, sub)
    if op.group:
        redo = pc.or_(redo, pc.match_substring_regex(head, _RE2_SEPARATORS))
    for prefix in op.prefixes:  # a kept country code is not counted: the operator handles it
        redo = pc.or_(redo, pc.starts_with(head, prefix))
    if pc.any(redo).as_py():
        fixed = [op.apply(v, ctx) for v in pc.filter(sub, redo).to_pylist()]
        masked = pc.replace_with_mask(masked, redo, pa.array(fixed, type=pa.large_string()))
    out = pc.replace_with_mask(arr, fast, masked)
    slow = pc.invert(fast)
    if pc.any(slow).as_py():
        rest = pc.filter(arr, slow).to_pylist()
        out = pc.replace_with_mask(out, slow, pa.array([op.apply(v, ctx) for v in rest],
                                                       type=pa.large_string()))
    return pd.Series(out, index=vals.index, dtype="str")


def _address_vectorised(vals: pd.Series, op: Operator, ctx: Context) -> pd.Series | None:
    """``keep first: district`` and ``generalize kind: address`` over a whole column with
    Arrow's RE2 (the same prefix pattern :func:`address_prefix` uses); None if ``op`` is
    not one of them."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(op, Keep) and op.first == "district" and not op.last and not op.keep_after:
        level, keep = "district", True
    elif isinstance(op, Generalize) and op.kind_for(ctx) == "address":
        level, keep = op.params.get("level", "district"), False
    else:
        return None
    arr = pa.array(vals, type=pa.large_string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    prefix = pc.extract_regex(arr, "(?P<p>" + ADDRESS_PREFIX_RE2[level] + ")").field("p")
    n, k = pc.utf8_length(arr), pc.utf8_length(prefix)
    char = pa.scalar(op.char, type=pa.large_string())
    whole = pc.binary_repeat(char, n)
    if keep:  # the prefix, then the rest masked; nothing left to mask: all masked
        rest = pc.binary_join_element_wise(prefix, pc.binary_repeat(char, pc.subtract(n, k)),
                                           pa.scalar("", type=pa.large_string()))
        out = pc.if_else(pc.equal(k, n), whole, rest)
    else:  # the prefix alone; none found, or nothing coarser: all masked
        out = pc.if_else(pc.or_(pc.equal(k, 0), pc.equal(k, n)), whole, prefix)
    return pd.Series(out, index=vals.index, dtype="str")


def _address_or_per_value(vals: pd.Series, op: Operator, ctx: Context) -> pd.Series:
    """Address rules with the Arrow pattern (on the distinct values when they repeat a lot),
    any other operator once per distinct value."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(vals)
    if len(uniques) * 2 <= len(vals):  # repeated values: work on the distinct ones only
        distinct = pd.Series(uniques, dtype="str")
        done = _address_vectorised(distinct, op, ctx)
        if done is None:
            masked = [op.apply(u, ctx) for u in uniques]
        else:
            masked = done.astype(object).tolist()
        table = np.array(masked + [None], dtype=object)
        return pd.Series(table[codes], index=vals.index, dtype=object)
    done = _address_vectorised(vals, op, ctx)
    return done if done is not None else _per_value(vals, op, ctx)


def _per_value(vals: pd.Series, op: Operator, ctx: Context) -> pd.Series:
    """Apply ``op`` once per distinct value and spread the results back."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(vals)
    masked = np.array([op.apply(u, ctx) for u in uniques] + [None], dtype=object)
    return pd.Series(masked[codes], index=vals.index, dtype=object)


def _spread(masked: pd.Series, nonnull: pd.Series) -> pd.Series:
    """Masked values of the non-null cells back into a column of the full length, by
    position (the index may repeat labels)."""
    import numpy as np
    import pandas as pd

    values = np.full(len(nonnull), None, dtype=object)
    values[nonnull.to_numpy(dtype=bool)] = masked.to_numpy(dtype=object)
    return pd.Series(values, index=nonnull.index, dtype=object)


def _fits(dtype: Any) -> bool:
    """Whether a column of this dtype can hold masked strings as they are."""
    import pandas as pd

    return bool(pd.api.types.is_string_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype))


def _finish(s: pd.Series, result: pd.Series, summary: ColumnSummary) -> pd.Series:
    """Give the masked column the input's dtype when strings fit it, else ``string``."""

    if _fits(s.dtype):
        out = result.astype(object) if s.dtype == object else result.astype(s.dtype)
    else:
        out = result.astype("string")
        summary.note = f"{s.dtype} column became string"
    summary.dtype_out = str(out.dtype)
    out.name = s.name
    return out


def _null_like(s: pd.Series, summary: ColumnSummary) -> pd.Series:
    import pandas as pd

    dtype = s.dtype
    if _fits(dtype) or dtype == object or pd.api.types.is_float_dtype(dtype) or \
            pd.api.types.is_extension_array_dtype(dtype):
        out = pd.Series(None, index=s.index, dtype=dtype, name=s.name)
    else:
        out = pd.Series(None, index=s.index, dtype="string", name=s.name)
        summary.note = f"{dtype} column became string (all null)"
    summary.dtype_out = str(out.dtype)
    return out


@dataclass
class FrameMasker:
    """Masks frames with one policy and one column plan: build once, call on every chunk.

    The plan is made from the first frame seen (or given), so every chunk of a file is masked
    the same way.
    """

    resolved: ResolvedPolicy
    columns: ColumnsArg = None
    scan_many: ScanMany | None = None
    sample_size: int = 200
    plans: dict[str, ColumnPlan] | None = None

    def plan(self, df: pd.DataFrame) -> dict[str, ColumnPlan]:
        if self.plans is None:
            self.plans = plan_columns(df, self.resolved, self.columns, self.sample_size)
        return self.plans

    def mask(self, df: pd.DataFrame) -> tuple[pd.DataFrame, MaskSummary]:
        """A masked copy of ``df`` and its summary. ``df`` itself is not modified."""
        import pandas as pd

        if not isinstance(df, pd.DataFrame):
            raise TypeError("mask_frame() needs a pandas DataFrame")
        if df.columns.has_duplicates:
            raise CnpiiError("the frame has repeated column names; rename them first")
        plans = self.plan(df)
        summary = MaskSummary(rows=len(df), profile=self.resolved.profile)
        new_cols: dict[Any, pd.Series] = {}
        dropped: list[Any] = []
        for col in df.columns:
            name = str(col)
            plan = plans.get(name) or plan_columns(df[[col]], self.resolved, self.columns,
                                                  self.sample_size)[name]
            s = df[col]
            cs = ColumnSummary(name, plan.kind, str(plan.entity) if plan.entity else None, None,
                               plan.evidence, dtype_in=str(s.dtype), dtype_out=str(s.dtype))
            summary.columns[name] = cs
            if plan.kind == "skip":
                continue
            if plan.kind == "text":
                cs.operator = "per entity"
                new_cols[col] = self._mask_text(s, cs)
                continue
            decision = self.resolved.decide(plan.entity, name, klass=plan.category)
            op = decision.operator
            cs.operator = op.name
            nonnull = s.notna()
            n = int(nonnull.sum())
            key = str(plan.entity) if plan.entity else name
            if isinstance(op, Suppress):
                if n:
                    cs.counts[key] += n
                if op.drop_column:
                    dropped.append(col)
                    cs.note = "column dropped"
                    cs.dtype_out = ""
                else:
                    new_cols[col] = _null_like(s, cs)
                continue
            if not n:
                continue
            vals = _as_strings(s[nonnull])
            ctx = Context(entity=plan.entity, column=name, keyring=self.resolved.keyring)
            if isinstance(op, Keep) and isinstance(op.first, int):
                masked = _keep_vectorised(vals, op, ctx)
            elif isinstance(op, Tokenize):
                masked = op.apply_many(vals, ctx).astype(object)
            else:
                masked = _address_or_per_value(vals, op, ctx)
            result = masked if n == len(s) else _spread(masked, nonnull)
            cs.counts[key] += int((vals != "").sum())  # an empty cell had nothing to mask
            new_cols[col] = _finish(s, result, cs)
        out = df.copy(deep=False)
        for col, series in new_cols.items():
            out[col] = series
        if dropped:
            out = out.drop(columns=dropped)
        return out, summary

    def _mask_text(self, s: pd.Series, cs: ColumnSummary) -> pd.Series:
        import pandas as pd

        nonnull = s.notna()
        if not nonnull.any():
            return s
        vals = _as_strings(s[nonnull])
        # dates, times and short plain numbers hold nothing detection could find: skip them
        plain = vals.str.fullmatch(_PLAIN, na=False)
        uniques = pd.unique(vals[~plain]) if plain.any() else pd.unique(vals)
        scan_many = self.scan_many or default_scan_many
        mapping: dict[str, str] = {}
        per_unique: dict[str, Counter[Entity]] = {}
        for text, findings in zip(uniques, scan_many(list(uniques))):
            if findings:
                counter: Counter[Entity] = Counter()
                mapping[text] = mask_spans(text, findings, self.resolved, cs.column, counter)
                per_unique[text] = counter
            else:
                mapping[text] = text
        if per_unique:
            weights = vals.value_counts()
            for text, counter in per_unique.items():
                w = int(weights[text])
                for entity, k in counter.items():
                    cs.counts[str(entity)] += k * w
        if not per_unique and _fits(s.dtype):
            return s
        mapped = vals.map(mapping).astype(object)
        if plain.any():
            keep = plain.to_numpy(dtype=bool)
            values = mapped.to_numpy(dtype=object, copy=True)
            values[keep] = vals.to_numpy(dtype=object)[keep]
            mapped = pd.Series(values, index=vals.index, dtype=object)
        result = mapped if len(mapped) == len(s) else _spread(mapped, nonnull)
        return _finish(s, result, cs)


def _scan_many_from(scanner: Scanner | None, mode: str = "fast") -> ScanMany | None:
    from cnpii.detection._ner import check_mode

    if check_mode(mode) != "fast":
        if scanner is not None:
            raise ValueError("give either scanner= or mode=, not both")
        return lambda texts: default_scan_many(texts, mode)
    if scanner is None:
        return None
    return lambda texts: (scanner(t) for t in texts)


def mask_frame_with_summary(df: pd.DataFrame, policy: PolicyLike | ResolvedPolicy = None, *,
                            columns: ColumnsArg = None, role: str | None = None,
                            purpose: str | None = None, keyring: Any = None,
                            scanner: Scanner | None = None,
                            sample_size: int = 200,
                            mode: str = "fast") -> tuple[pd.DataFrame, MaskSummary]:
    """Like :func:`mask_frame`, returning ``(masked_frame, summary)``."""
    scan_many = _scan_many_from(scanner, mode)
    resolved = resolve_policy(policy, role, purpose, keyring)
    masker = FrameMasker(resolved, columns, scan_many, sample_size)
    out, summary = masker.mask(df)
    _audit.emit_masking("mask", resolved, summary, role=role, purpose=purpose)  # no-op when off
    return out, summary


def mask_frame(df: pd.DataFrame, policy: PolicyLike | ResolvedPolicy = None, *,
               columns: ColumnsArg = None, role: str | None = None, purpose: str | None = None,
               keyring: Any = None, scanner: Scanner | None = None,
               sample_size: int = 200, mode: str = "fast") -> pd.DataFrame:
    """A masked copy of ``df``; the input is never modified.

    Each column's entity comes from ``columns=`` (a list of the columns to mask, or a mapping
    column -> entity name, ``"text"`` or ``None``), else from a column rule of the policy,
    else from its name and a sample of ``sample_size`` values. Identifier columns are masked
    whole-column; free-text columns span by span. Row count, index, column order and nulls are
    kept; a numeric column that receives masked strings becomes ``string``. The summary (a
    :class:`MaskSummary`) is in ``result.attrs["cnpii_summary"]``. ``mode="accurate"`` finds
    names in free-text columns with the NER model fused with the rules (the ``ner`` extra).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"客户姓名": ["张三", "欧阳娜娜"], "sjh": ["13812345678", None],
    ...                    "备注": ["卡号6222021234567890128", "无"]})
    >>> out = mask_frame(df)
    >>> out.to_dict("list")
    {'客户姓名': ['张*', '欧阳**'], 'sjh': ['138****5678', nan], '备注': ['卡号622202*********0128', '无']}
    >>> print(out.attrs["cnpii_summary"])
    2 rows, 4 values masked (profile (base))
      客户姓名: identifier via keep -> PERSON 2
      sjh: identifier via keep -> CN_MOBILE_PHONE 1
      备注: text via per entity -> CN_BANK_CARD 1
    """
    out, summary = mask_frame_with_summary(df, policy, columns=columns, role=role,
                                           purpose=purpose, keyring=keyring, scanner=scanner,
                                           sample_size=sample_size, mode=mode)
    out.attrs[SUMMARY_ATTR] = summary
    return out
