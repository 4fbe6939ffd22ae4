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
from cnpii.errors import CnpiiError, InvalidOption, UnknownColumn
from cnpii.masking._columns import ColumnPlan, auto_plans, entity_from_name
from cnpii.masking._common import (PolicyLike, Scanner, default_scan_many, kept_findings,
                                   mask_spans, resolve_policy)
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
def _fullmatch(vals: pd.Series, pattern: str) -> pd.Series:
    """Which strings of ``vals`` match ``pattern`` whole: one vectorised RE2 pass (Arrow);
    ``\\d`` and ``\\s`` are ASCII there, so full-width digits are not "plain" and get scanned.
    Python's ``re`` for values Arrow cannot hold."""
    import pandas as pd

    try:
        import pyarrow as pa
        import pyarrow.compute as pc

        arr = pa.array(vals.to_numpy(dtype=object), type=pa.large_string())
        hit = pc.match_substring_regex(arr, f"^(?:{pattern})$")
        return pd.Series(hit.to_numpy(zero_copy_only=False), index=vals.index, dtype=bool)
    except (UnicodeEncodeError, ValueError, TypeError):
        return vals.str.fullmatch(pattern, na=False).astype(bool)


def _cut_digits(text: str) -> bool:
    """Whether a number in scientific notation shows fewer digits than it has
    (``6.22760781565938E+15``: 15 shown of 16)."""
    t = text.lstrip("+-")
    if "e" not in t.lower():
        return False
    mantissa, _, exp = t.lower().partition("e")
    shown = len(mantissa.replace(".", "").lstrip("0"))
    return shown < int(exp) + 1


#: a text cell that is a number written as a float: scientific notation, or integral with ".0"
_FLOAT_TEXT = r"\s*[+-]?(?:\d+\.0+|\d+(?:\.\d+)?[eE]\+?\d{1,3})\s*"
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
    #: values masked in the index and column labels (``mask_labels=True``), per entity
    label_counts: Counter[str] = field(default_factory=Counter)
    #: things a person should look at (never a value): a CSV read as one column of
    #: delimited text, ...; ``cnpii mask`` prints them on stderr and exits 1
    warnings: list[str] = field(default_factory=list)

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
        self.label_counts.update(other.label_counts)
        self.warnings.extend(w for w in other.warnings if w not in self.warnings)
        for name, col in other.columns.items():
            mine = self.columns.get(name)
            if mine is None:
                self.columns[name] = ColumnSummary(**{**col.__dict__, "counts": Counter(col.counts)})
            else:
                mine.counts.update(col.counts)
                if mine.kind in ("skip", "numeric") and col.kind not in ("skip", mine.kind):
                    # planned again in a later chunk (its values changed): say how
                    mine.kind, mine.entity, mine.operator = col.kind, col.entity, col.operator
                    mine.evidence = f"{col.evidence} (from a later chunk)"
                    mine.dtype_out = col.dtype_out
                if col.note and col.note not in mine.note:
                    mine.note = "; ".join(x for x in (mine.note, col.note) if x)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows, "profile": self.profile, "total_masked": self.total(),
            "malformed_lines": list(self.malformed_lines),
            "label_counts": dict(sorted(self.label_counts.items())),
            "warnings": list(self.warnings),
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
        if self.label_counts:
            what = ", ".join(f"{e} {n}" for e, n in sorted(self.label_counts.items()))
            lines.append(f"  (index and column labels) -> {what}")
        for w in self.warnings:
            lines.append(f"  warning: {w}")
        if self.malformed_lines:
            shown = ", ".join(map(str, self.malformed_lines[:10]))
            more = " ..." if len(self.malformed_lines) > 10 else ""
            lines.append(f"  malformed rows at lines {shown}{more}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return str(self.to_frame().to_html(index=False))


# -- values as strings ------------------------------------------------------------------------
#: a lone surrogate is not a character: no UTF-8 file or Arrow array can hold it
_SURROGATE = re.compile("[\ud800-\udfff]")
#: floats of 16 digits or more may have lost their last digits: Excel keeps 15 significant
#: digits (an ID or card it turned into 4.228e+17 or 6.22760781565938E+15), and a float holds
#: every integer only below 2**53; such floats are masked whether or not they validate
_EXACT_FLOAT = 1e15


def _cell_str(v: Any) -> str:
    """One non-null cell as text: integral floats without ``.0`` (``1.3812345678e10`` is
    ``13812345678``), midnight timestamps as YYYY-MM-DD, anything else ``str``."""
    import datetime as _dt

    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float) or type(v).__module__ == "numpy" and hasattr(v, "is_integer"):
        f = float(v)
        if f == f and abs(f) != float("inf") and f.is_integer():
            return str(int(f))
        return repr(f)
    if isinstance(v, _dt.datetime):
        if (v.hour, v.minute, v.second, v.microsecond) == (0, 0, 0, 0):
            return v.strftime("%Y-%m-%d")
        return str(v)
    return str(v)


def _clean(values: pd.Series, summary: ColumnSummary | None) -> pd.Series:
    """Strings as a ``str`` Series; lone surrogates (which Arrow and UTF-8 refuse) become
    U+FFFD in that cell only, and the summary says in how many cells."""
    try:
        return values.astype(str)
    except (UnicodeEncodeError, UnicodeDecodeError, ValueError):
        pass
    bad = 0

    def fix(v: str) -> str:
        nonlocal bad
        if _SURROGATE.search(v):
            bad += 1
            return _SURROGATE.sub("\ufffd", v)
        return v

    import pandas as pd

    fixed = pd.Series([fix(str(v)) for v in values.to_numpy(dtype=object)], index=values.index,
                      dtype=object)
    if bad and summary is not None:
        note = f"{bad} cell(s) held lone surrogates, read as U+FFFD"
        summary.note = "; ".join(x for x in (summary.note, note) if x)
    return fixed.astype(str)


def _as_strings(s: pd.Series, summary: ColumnSummary | None = None) -> pd.Series:
    """Non-null values of ``s`` as strings (integers without ``.0``, dates as YYYY-MM-DD)."""
    import pandas as pd

    s = _decoded(s)
    dtype = s.dtype
    if pd.api.types.is_string_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype):
        if dtype == object:
            import pandas as pd

            texts = pd.Series([_cell_str(v) for v in s.to_numpy(dtype=object)], index=s.index,
                              dtype=object)
            return _clean(texts, summary)
        return _clean(s, summary)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        if (s.dt.normalize() == s).all():
            return s.dt.strftime("%Y-%m-%d").astype(str)
        return s.astype(str)
    if pd.api.types.is_float_dtype(dtype):
        return s.map(_cell_str).astype(str)
    return _clean(s, summary)


def _decoded(s: pd.Series) -> pd.Series:
    """Categorical and Arrow dictionary columns as their values (object), else ``s``: they are
    planned, scanned and masked like any column of those values."""
    import pandas as pd

    dtype = s.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return s.astype(object)
    if isinstance(dtype, pd.ArrowDtype):
        import pyarrow as pa

        if pa.types.is_dictionary(dtype.pyarrow_dtype):
            return s.astype(object)
    return s


def _is_numeric(s: pd.Series) -> bool:
    """Numbers (not booleans): each integral value is checked on its own."""
    import pandas as pd

    dtype = s.dtype
    return bool(pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)
                and not pd.api.types.is_complex_dtype(dtype))


def _lossy_entity(digits: str) -> Entity:
    """What a number whose last digits were lost is masked as: 11 digits a mobile, 18 a
    resident ID, any other length a card (whose rules mask the most of such lengths)."""
    return {11: Entity.CN_MOBILE_PHONE, 18: Entity.CN_RESIDENT_ID}.get(len(digits),
                                                                     Entity.CN_BANK_CARD)


def _number_entity(v: Any, lossy: bool = False) -> tuple[str, Entity] | None:
    """The digits and entity of one number, if it holds an identifier: an integral value that
    validates as one (a mobile, a resident ID, a card ...), or a float too large to be exact
    (16 digits or more: its last digits may be lost; 18 digits are taken for a resident ID,
    others for a card), or
    any number of 11 digits or more when ``lossy`` says its digits were cut (a float written
    with fewer significant digits than it has)."""
    if isinstance(v, bool) or v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError, OverflowError):
        return None
    if f != f or abs(f) == float("inf") or not f.is_integer() or abs(f) < _MIN_ID:
        return None
    is_float = isinstance(v, float) or (type(v).__module__ == "numpy" and
                                        "float" in type(v).__name__)
    digits = str(abs(int(f))) if is_float else str(abs(int(v)))
    if lossy or is_float and (abs(f) >= _EXACT_FLOAT or type(v).__name__ in _NARROW_FLOATS):
        return digits, _lossy_entity(digits)
    for entity, is_valid in _number_checks():
        if is_valid(digits):
            return digits, entity
    return None


#: float types that hold no 11-digit integer exactly (float32: 24 bits, float16: 11)
_NARROW_FLOATS = frozenset({"float32", "float16"})
#: the smallest number an identifier written as a number can be (a mobile: 11 digits)
_MIN_ID = 1e10


def _number_checks() -> list[tuple[Entity, Callable[[str], bool]]]:
    """The identifier checks a number is tried with (bank accounts and Taiwan permits are too
    weak from a value alone, as for column values)."""
    global _CHECKS
    if _CHECKS is None:
        from cnpii.identifiers import BY_ENTITY

        _CHECKS = [(e, m.is_valid) for e, m in BY_ENTITY.items()
                   if e not in (Entity.CN_BANK_ACCOUNT, Entity.CN_TAIWAN_PERMIT)]
    return _CHECKS


_CHECKS: list[tuple[Entity, Callable[[str], bool]]] | None = None


def _is_textual(s: pd.Series) -> bool:
    import pandas as pd

    s = _decoded(s)
    return bool(pd.api.types.is_string_dtype(s.dtype) or s.dtype == object)


# -- planning ---------------------------------------------------------------------------------
def _key(label: Any) -> tuple[str, str]:
    """A column label as a plan key: ``0`` and ``"0"`` (and NaN labels) get their own plan."""
    return type(label).__name__, repr(label)


def _display_names(labels: Iterable[Any]) -> list[str]:
    """A name per label for summaries: ``str(label)``, or ``repr(label)`` where two labels
    would print alike (``0`` and ``"0"`` show as ``0`` and ``'0'``)."""
    labels = list(labels)
    seen = Counter(str(c) for c in labels)
    return [str(c) if seen[str(c)] == 1 else repr(c) for c in labels]


class _Selection:
    """``columns=`` resolved against frames: an entry names a column by its exact label, or by
    its ``str`` when no other column prints alike. Remembers which entries matched."""

    def __init__(self, columns: ColumnsArg) -> None:
        self.given = columns is not None
        self.mapping = isinstance(columns, Mapping)
        if isinstance(columns, (str, bytes)):
            raise InvalidOption("columns= takes a list of column names or a mapping, not one str")
        entries = list(columns.items()) if isinstance(columns, Mapping) else \
            [(c, True) for c in (columns or ())]
        self.entries = entries
        self.exact = {_key(k): i for i, (k, _) in enumerate(entries)}
        self.by_name: dict[str, int] = {}
        for i, (k, _) in enumerate(entries):
            self.by_name.setdefault(str(k), i)
        self.matched: set[int] = set()

    def find(self, col: Any, ambiguous: bool) -> int | None:
        i = self.exact.get(_key(col))
        if i is None and not ambiguous:
            i = self.by_name.get(str(col))
        if i is not None:
            self.matched.add(i)
        return i

    def check(self) -> None:
        """Raise :class:`~cnpii.errors.UnknownColumn` for entries that named no column."""
        missing = [i + 1 for i in range(len(self.entries)) if i not in self.matched]
        if missing:
            shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
            raise UnknownColumn(f"columns= has {len(missing)} entr{'y' if len(missing) == 1 else 'ies'} "
                                f"naming no column of the frame (entry {shown} of "
                                f"{len(self.entries)}; names not shown)")


def _plan_one(col: Any, name: str, resolved: ResolvedPolicy, selection: _Selection,
              ambiguous: bool) -> ColumnPlan | None:
    """The plan ``columns=`` or a column rule of the policy gives, else None (the column's
    name and values decide: :func:`_infer_plans`)."""
    if selection.given:
        i = selection.find(col, ambiguous)
        if not selection.mapping:
            if i is None:
                return ColumnPlan(name, "skip", None, "not in columns=")
        elif i is not None:
            what = selection.entries[i][1]
            if what is None or what == "skip":
                return ColumnPlan(name, "skip", None, "columns= says skip")
            if what == "text":
                return ColumnPlan(name, "text", None, "columns= says free text")
            try:
                entity = Entity(what)
            except ValueError:
                raise InvalidOption(f"columns= entry {i + 1} names an unknown entity (use an "
                                    "Entity name, 'text' or None)") from None
            return ColumnPlan(name, "identifier", entity, "columns=")
    if resolved.has_column_rule(name):
        entity = resolved.column_entity(name) or entity_from_name(name)
        return ColumnPlan(name, "rule", entity, "column rule")
    entity = resolved.column_entity(name)
    if entity is not None:
        return ColumnPlan(name, "identifier", entity, "column rule names the entity")
    return None


def _infer_plans(df: pd.DataFrame, todo: list[tuple[Any, str]],
                 sample_size: int) -> dict[Any, ColumnPlan]:
    """Plans for the columns ``todo`` (label, display name) from the one column inference of
    cnpii (:func:`~cnpii.masking._columns.auto_plans`, i.e. :mod:`cnpii.classification`:
    identifiers, C2/C3 classes such as balances as ``"class"``, free text), run once over
    those columns together (its table context rule sees them all). Categorical and Arrow
    dictionary columns are inferred as their values; a numeric column in which the
    inference finds nothing is checked value by value (``"numeric"``)."""
    if not todo:
        return {}
    positions = [df.columns.get_loc(col) for col, _ in todo]
    sub = df.iloc[:, positions]
    sub.columns = [name for _, name in todo]  # display names: unique, 0 and "0" apart
    for name in sub.columns:
        decoded = _decoded(sub[name])
        if decoded is not sub[name]:
            sub[name] = decoded
    auto = auto_plans(sub, sample_size)
    out: dict[Any, ColumnPlan] = {}
    for col, name in todo:
        plan = auto[name]
        if plan.kind == "skip" and _is_numeric(sub[name]):
            # amounts, counts, codes: each integral value is checked on its own
            plan = ColumnPlan(name, "numeric", None, f"{df[col].dtype} values, each checked",
                              plan.category)
        out[col] = plan
    return out


def _value_based(plan: ColumnPlan) -> bool:
    """Plans a later chunk may change: made from values that held nothing (or only numbers)."""
    return plan.kind in ("skip", "numeric") and not plan.evidence.startswith(("columns=", "not in"))


def plan_columns(df: pd.DataFrame, resolved: ResolvedPolicy, columns: ColumnsArg = None,
                 sample_size: int = 200) -> dict[Any, ColumnPlan]:
    """Decide, for each column of ``df``, how it is masked (see :class:`ColumnPlan`); the
    result is keyed by column label (``0`` and ``"0"`` are planned apart).

    Order of evidence: ``columns=`` as given; a column rule of the policy; otherwise the
    column's name and a sample of its values through cnpii's one column inference
    (:mod:`cnpii.classification`): identifiers, sensitive classes (``"class"``: balances,
    loan accounts), free text; numeric columns it finds nothing in are checked value by
    value (``"numeric"``), and the rest (dates, booleans) left as they are. A ``columns=``
    entry that names no column raises :class:`~cnpii.errors.UnknownColumn`.
    """
    selection = _Selection(columns)
    names = _display_names(df.columns)
    counts = Counter(str(c) for c in df.columns)
    plans: dict[Any, ColumnPlan | None] = {}
    todo: list[tuple[Any, str]] = []
    for col, name in zip(df.columns, names):
        plans[col] = _plan_one(col, name, resolved, selection, counts[str(col)] > 1)
        if plans[col] is None:
            todo.append((col, name))
    selection.check()
    plans.update(_infer_plans(df, todo, sample_size))
    return plans  # type: ignore[return-value]


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


def _spread(masked: pd.Series, nonnull: pd.Series, original: pd.Series | None = None) -> pd.Series:
    """Masked values of the non-null cells back into a column of the full length, by
    position (the index may repeat labels); null cells keep the original's null (None, NaN,
    ``pd.NA`` or ``pd.NaT``)."""
    import numpy as np
    import pandas as pd

    if original is not None:
        values = original.to_numpy(dtype=object, copy=True)
    else:
        values = np.full(len(nonnull), None, dtype=object)
    values[nonnull.to_numpy(dtype=bool)] = masked.to_numpy(dtype=object)
    return pd.Series(values, index=nonnull.index, dtype=object)


def _add_note(summary: ColumnSummary, note: str) -> None:
    if note and note not in summary.note:
        summary.note = "; ".join(x for x in (summary.note, note) if x)


def _fits(dtype: Any) -> bool:
    """Whether a column of this dtype can hold masked strings as they are."""
    import pandas as pd

    return bool(pd.api.types.is_string_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype))


def _dictionary(dtype: Any) -> bool:
    import pandas as pd

    if not isinstance(dtype, pd.ArrowDtype):
        return False
    import pyarrow as pa

    return bool(pa.types.is_dictionary(dtype.pyarrow_dtype))


def _finish(s: pd.Series, result: pd.Series, summary: ColumnSummary) -> pd.Series:
    """Give the masked column the input's dtype when strings fit it (a categorical column
    stays categorical, an Arrow dictionary column dictionary-encoded), else ``string``."""
    import pandas as pd

    if isinstance(s.dtype, pd.CategoricalDtype):
        out = result.astype(object).astype("category")
    elif _dictionary(s.dtype):
        import pyarrow as pa

        arr = pa.array(result.astype(object).tolist(), type=pa.string(), from_pandas=True)
        enc = arr.dictionary_encode()
        out = pd.Series(pd.arrays.ArrowExtensionArray(enc), index=result.index)
    elif _fits(s.dtype):
        out = result.astype(object) if s.dtype == object else result.astype(s.dtype)
    else:
        out = result.astype("string")
        _add_note(summary, f"{s.dtype} column became string")
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
        _add_note(summary, f"{dtype} column became string (all null)")
    summary.dtype_out = str(out.dtype)
    return out


@dataclass
class FrameMasker:
    """Masks frames with one policy and one column plan: build once, call on every chunk.

    A column's plan is made when it is first seen and kept for every later chunk, so a file
    is masked alike throughout, except a plan made from values that held nothing personal
    (``skip`` or ``numeric``): that column is planned again in each chunk, so a field that is
    numeric in the first chunk and text later is still masked. Columns are told apart by
    label and type (``0`` and ``"0"`` have their own plans).

    ``mask_labels=True`` also masks the index and the column labels as free text (by default
    labels are kept as they are: they are names, not data).
    """

    resolved: ResolvedPolicy
    columns: ColumnsArg = None
    scan_many: ScanMany | None = None
    sample_size: int = 200
    plans: dict[Any, ColumnPlan] | None = None
    mask_labels: bool = False
    #: check columns= against every frame (mask_frame); False: call :meth:`check_columns`
    #: once at the end (a JSON Lines key may first appear in a later chunk)
    check_each: bool = True
    _selection: Any = field(default=None, repr=False)
    _keys: dict[tuple[str, str], ColumnPlan] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._selection = _Selection(self.columns)
        if self.plans is not None:  # given plans (by label) are kept as they are
            self._keys = {_key(k): v for k, v in self.plans.items()}

    def plan(self, df: pd.DataFrame) -> dict[Any, ColumnPlan]:
        """The plans for ``df``'s columns (by label), planning columns not seen before and
        those whose earlier plan came from values that held nothing."""
        names = _display_names(df.columns)
        counts = Counter(str(c) for c in df.columns)
        out: dict[Any, ColumnPlan] = {}
        todo: list[tuple[Any, str]] = []
        for col, name in zip(df.columns, names):
            k = _key(col)
            plan = self._keys.get(k)
            if plan is None or _value_based(plan):
                plan = _plan_one(col, name, self.resolved, self._selection,
                                 counts[str(col)] > 1)
                if plan is None:
                    todo.append((col, name))
                else:
                    self._keys[k] = plan
            elif self._selection.given:
                self._selection.find(col, counts[str(col)] > 1)
            out[col] = plan  # type: ignore[assignment]
        for col, plan in _infer_plans(df, todo, self.sample_size).items():
            self._keys[_key(col)] = out[col] = plan
        if self.plans is None:
            self.plans = {}
        self.plans.update(out)
        return out

    def check_columns(self) -> None:
        """Raise :class:`~cnpii.errors.UnknownColumn` if a ``columns=`` entry named no column
        of any frame masked so far."""
        self._selection.check()

    def mask(self, df: pd.DataFrame) -> tuple[pd.DataFrame, MaskSummary]:
        """A masked copy of ``df`` and its summary. ``df`` itself is not modified."""
        import pandas as pd

        if not isinstance(df, pd.DataFrame):
            raise TypeError("mask_frame() needs a pandas DataFrame")
        if df.columns.has_duplicates:
            raise CnpiiError("the frame has repeated column names; rename them first")
        plans = self.plan(df)
        if self.check_each:
            self.check_columns()
        summary = MaskSummary(rows=len(df), profile=self.resolved.profile)
        new_cols: dict[Any, pd.Series] = {}
        dropped: list[Any] = []
        for col, name in zip(df.columns, _display_names(df.columns)):
            plan = plans[col]
            s_in = df[col]
            s = _decoded(s_in)
            cs = ColumnSummary(name, plan.kind, str(plan.entity) if plan.entity else None, None,
                               plan.evidence, dtype_in=str(s_in.dtype),
                               dtype_out=str(s_in.dtype))
            summary.columns[name] = cs
            if plan.kind == "skip":
                continue
            if plan.kind == "text":
                cs.operator = "per entity"
                done = self._mask_text(s, s_in, cs)
                if done is not None:
                    new_cols[col] = done
                continue
            if plan.kind == "numeric":
                cs.operator = "per value"
                done = self._mask_numbers(s, s_in, cs, name)
                if done is not None:
                    new_cols[col] = done
                continue
            decision = self.resolved.decide(plan.entity, name, klass=plan.category)
            op = decision.operator
            cs.operator = op.name
            nonnull = s.notna()
            n = int(nonnull.sum())
            key = str(plan.entity) if plan.entity else name
            held = 0  # cells of a class column that hold an entity: counted as that entity
            if plan.kind == "class" and n:
                found, held = self._class_entities(s[nonnull], name)
                cs.counts.update(found)
            if isinstance(op, Suppress):
                if n - held:
                    cs.counts[key] += n - held
                if op.drop_column:
                    dropped.append(col)
                    cs.note = "column dropped"
                    cs.dtype_out = ""
                else:
                    new_cols[col] = _null_like(s_in, cs)
                continue
            if not n:
                continue
            vals = _as_strings(s[nonnull], cs)
            ctx = Context(entity=plan.entity, column=name, keyring=self.resolved.keyring)
            if isinstance(op, Keep) and isinstance(op.first, int):
                masked = _keep_vectorised(vals, op, ctx)
            elif isinstance(op, Tokenize):
                masked = op.apply_many(vals, ctx).astype(object)
            else:
                masked = _address_or_per_value(vals, op, ctx)
            result = masked if n == len(s) else _spread(masked, nonnull, s)
            filled = int((vals != "").sum())  # an empty cell had nothing to mask
            if plan.kind != "class" or filled - held:
                cs.counts[key] += filled - held
            new_cols[col] = _finish(s_in, result, cs)
        out = df.copy(deep=False)
        for col, series in new_cols.items():
            out[col] = series
        if dropped:
            out = out.drop(columns=dropped)
        if self.mask_labels:
            out = self._mask_labels(out, summary)
        return out, summary

    def _mask_numbers(self, s: pd.Series, s_in: pd.Series, cs: ColumnSummary,
                      name: str) -> pd.Series | None:
        """A numeric column value by value: integral values that validate as an identifier,
        and floats too large to be exact, are masked; the rest are kept. None if nothing
        was found (the column stays as it is)."""
        import numpy as np
        import pandas as pd

        nonnull = s.notna()
        if not nonnull.any():
            return None
        vals = s[nonnull]
        codes, uniques, hits = _number_hits(vals)
        if not hits:
            return None
        found: dict[int, str | None] = {}
        per_code: dict[int, Entity] = {}
        for i, (digits, entity) in hits.items():
            if str(uniques[i]).startswith("-"):
                digits = "-" + digits
            op = self.resolved.decide(entity, name).operator
            ctx = Context(entity=entity, column=name, keyring=self.resolved.keyring)
            found[i] = None if isinstance(op, Suppress) else op.apply(digits, ctx)
            per_code[i] = entity
        weights = np.bincount(codes[codes >= 0], minlength=len(uniques))
        lossy = 0
        for i, entity in per_code.items():
            cs.counts[str(entity)] += int(weights[i])
            try:
                if abs(float(uniques[i])) >= _EXACT_FLOAT and not isinstance(uniques[i], int):
                    lossy += int(weights[i])
            except (TypeError, ValueError):
                pass
        table = np.array([found[i] if i in found else _cell_str(u)
                          for i, u in enumerate(uniques)] + [None], dtype=object)
        out_vals = table[codes]
        rest = codes < 0  # not candidates: their own digits
        if rest.any():
            out_vals[rest] = [_cell_str(v) for v in vals.to_numpy(dtype=object)[rest]]
        masked = pd.Series(out_vals, index=vals.index, dtype=object)
        result = masked if len(vals) == len(s) else _spread(masked, nonnull, s)
        if lossy:
            _add_note(cs, f"{lossy} float value(s) too large to be exact, masked as numbers")
        return _finish(s_in, result, cs)

    def _label_values(self, values: list[Any], summary: MaskSummary) -> list[Any]:
        """String labels masked as free text (each distinct one scanned once)."""
        scan_many = self.scan_many or default_scan_many
        weights = Counter(v for v in values if isinstance(v, str) and v.strip())
        texts = sorted(weights)
        mapping: dict[str, str] = {}
        for text, findings in zip(texts, scan_many(texts)):
            if findings:
                counter: Counter[Entity] = Counter()
                mapping[text] = mask_spans(text, findings, self.resolved, None, counter)
                for entity, k in counter.items():
                    summary.label_counts[str(entity)] += k * weights[text]
        return [mapping.get(v, v) if isinstance(v, str) else v for v in values]

    def _mask_labels(self, out: pd.DataFrame, summary: MaskSummary) -> pd.DataFrame:
        """Index values, column labels and axis names masked as free text
        (``mask_labels=True``); the summary's column names are the masked labels."""
        import pandas as pd

        out = out.copy(deep=False)
        idx = out.index
        if isinstance(idx, pd.MultiIndex):
            out.index = pd.MultiIndex.from_arrays(
                [self._label_values(list(idx.get_level_values(i)), summary)
                 for i in range(idx.nlevels)],
                names=self._label_values(list(idx.names), summary))
        elif _is_textual(idx.to_series()):
            out.index = pd.Index(self._label_values(list(idx), summary),
                                 name=self._label_values([idx.name], summary)[0], dtype=object)
        if len(out.columns):
            out.columns = pd.Index(self._label_values(list(out.columns), summary),
                                   name=out.columns.name, dtype=object)
        # the summary must not name a column by a label that was masked
        before = list(summary.columns.values())
        shown = _display_names(self._label_values([c.column for c in before], MaskSummary()))
        summary.columns = {}
        for cs, name in zip(before, shown):
            if cs.column != name and cs.column:  # the inference's evidence quotes the name
                cs.evidence = cs.evidence.replace(cs.column, name)
            cs.column = name
            summary.columns[name] = cs
        return out

    def _text_hits(self, s: pd.Series, cs: ColumnSummary) -> _TextHits | None:
        """What detection finds in a column's cells, nothing masked yet: number cells that
        hold an identifier, and each distinct scanned string with its findings. None if the
        column is all null."""
        import numpy as np
        import pandas as pd

        nonnull = s.notna()
        if not nonnull.any():
            return None
        note_before = cs.note
        vals = _as_strings(s[nonnull], cs)
        # dates, times and short plain numbers hold nothing detection could find: skip them
        plain = _fullmatch(vals, _PLAIN)
        # number cells of an object column (Excel mixes numbers and text) are whole values:
        # checked as numbers (validators; a float too large to be exact is masked), as a
        # numeric column's are, not left to text detection
        # and so are numbers written out as floats in text: "4.22801199001011E+17" (an ID
        # Excel exported to CSV) and "13812345678.0" (a float column written by pandas)
        vals_np = vals.to_numpy(dtype=object)
        # the cells as they were (object columns: numbers, lists ...; a str column's cells
        # equal their strings unless a lone surrogate was replaced)
        objs = s[nonnull].to_numpy(dtype=object) if s.dtype == object or \
            cs.note != note_before else vals_np
        if s.dtype == object:
            is_num = np.array([isinstance(v, (int, float, np.integer, np.floating))
                               and not isinstance(v, (bool, np.bool_)) for v in objs],
                              dtype=bool)
        else:
            is_num = np.zeros(len(vals), dtype=bool)
        as_float = _fullmatch(vals, _FLOAT_TEXT).to_numpy(dtype=bool) & ~is_num
        numbers: dict[int, Any] = {}
        cut = np.zeros(len(vals), dtype=bool)
        for pos in np.flatnonzero(as_float):
            text = vals_np[pos].strip()
            numbers[int(pos)] = float(text)
            cut[pos] = _cut_digits(text)
        is_num = is_num | as_float
        number_hits: dict[int, tuple[Any, tuple[str, Entity]]] = {}
        if is_num.any():
            done: dict[Any, tuple[str, Entity] | None] = {}
            for pos in np.flatnonzero(is_num):
                v = numbers.get(int(pos), objs[pos])
                if cut[pos]:
                    v = ("cut", v)
                if v not in done:
                    done[v] = _number_entity(v[1], lossy=True) if cut[pos] else _number_entity(v)
                got = done[v]
                if got is not None:
                    number_hits[int(pos)] = (v, got)
        skip = plain.to_numpy(dtype=bool) | is_num
        uniques = pd.unique(vals[~skip]) if skip.any() else pd.unique(vals)
        scan_many = self.scan_many or default_scan_many
        found = [(text, findings) for text, findings in zip(uniques, scan_many(list(uniques)))
                 if findings]
        weights = vals[~skip].value_counts() if found else None
        return _TextHits(nonnull, vals, vals_np, objs, is_num, number_hits, found, weights)

    def _mask_text(self, s: pd.Series, s_in: pd.Series, cs: ColumnSummary) -> pd.Series | None:
        import numpy as np
        import pandas as pd

        hits = self._text_hits(s, cs)
        if hits is None:
            return None
        lossy: dict[int, str | None] = {}
        done: dict[Any, str | None] = {}
        for pos, (v, (digits, entity)) in hits.numbers.items():
            if v not in done:
                op = self.resolved.decide(entity, cs.column).operator
                ctx = Context(entity=entity, column=cs.column, keyring=self.resolved.keyring)
                done[v] = None if isinstance(op, Suppress) else op.apply(digits, ctx)
            lossy[pos] = done[v]
            cs.counts[str(entity)] += 1
        mapping: dict[str, str] = {}
        for text, findings in hits.found:
            counter: Counter[Entity] = Counter()
            mapping[text] = mask_spans(text, findings, self.resolved, cs.column, counter)
            w = int(hits.weights[text])
            for entity, k in counter.items():
                cs.counts[str(entity)] += k * w
        if not mapping and not lossy:
            return None  # nothing found: the column is kept exactly as it was
        vals_np, objs = hits.vals_np, hits.objs
        values = np.array([mapping.get(v, v) for v in vals_np], dtype=object)
        # cells left unchanged keep their own value (numbers stay numbers, a cell with a lone
        # surrogate is not rewritten when nothing in it is masked)
        same = (values == vals_np) | hits.is_num
        values[same] = objs[same]
        for pos, masked in lossy.items():
            values[pos] = masked
        mapped = pd.Series(values, index=hits.vals.index, dtype=object)
        result = mapped if len(mapped) == len(s) else _spread(mapped, hits.nonnull, s)
        return _finish(s_in, result, cs)

    def _class_entities(self, vals: pd.Series, name: str) -> tuple[Counter[str], int]:
        """The entities the non-null cells ``vals`` of a column masked whole by its class
        hold, counted as the numeric and free-text plans would find them (the same batch
        detection: a vectorised filter for numbers, each distinct string scanned once), and
        how many cells hold one. Nothing is masked here: the class rule masks the column."""
        import numpy as np

        counts: Counter[str] = Counter()
        held = 0
        if _is_numeric(vals):
            codes, uniques, hits = _number_hits(vals)
            if hits:
                weights = np.bincount(codes[codes >= 0], minlength=len(uniques))
                for i, (_, entity) in hits.items():
                    counts[str(entity)] += int(weights[i])
                    held += int(weights[i])
            return counts, held
        # a scratch summary: the column's own notes come from its masking
        found = self._text_hits(vals, ColumnSummary(name, "class", None, None, ""))
        if found is None:
            return counts, held
        for _, (_, (_, entity)) in found.numbers.items():
            counts[str(entity)] += 1
            held += 1
        for text, findings in found.found:
            kept = kept_findings(findings)
            if not kept:
                continue
            w = int(found.weights[text])
            held += w
            for f in kept:
                counts[str(Entity(f.entity))] += w
        return counts, held


@dataclass
class _TextHits:
    """What :meth:`FrameMasker._text_hits` found in one column (positions are among its
    non-null cells)."""

    nonnull: Any
    vals: Any
    vals_np: Any
    objs: Any
    is_num: Any
    #: number cells that hold an identifier: position -> (the value as looked up,
    #: (digits, entity))
    numbers: dict[int, tuple[Any, tuple[str, Entity]]]
    #: distinct scanned strings with findings, and their findings
    found: list[tuple[str, Sequence[Any]]]
    #: how many cells hold each scanned string (None when nothing was found)
    weights: Any


def _number_hits(vals: pd.Series) -> tuple[Any, Any, dict[int, tuple[str, Entity]]]:
    """The non-null values ``vals`` of a numeric column as codes into their distinct
    candidates (integral values of 11 digits or more; -1 for the rest), those distinct
    values, and the candidates that hold an identifier (``{code: (digits, entity)}``).
    Only integral values of at least 11 digits can be identifiers: a vectorised filter
    first, so amounts and counts cost one pass."""
    import numpy as np
    import pandas as pd

    try:
        arr = vals.to_numpy(dtype="float64")
    except (TypeError, ValueError):
        arr = None
    if arr is not None:
        with np.errstate(invalid="ignore"):
            cand = (np.abs(arr) >= _MIN_ID) & (arr == np.floor(arr))
        codes = np.full(len(vals), -1, dtype=np.intp)
        if not cand.any():
            return codes, [], {}
        sub_codes, uniques = pd.factorize(vals[cand])
        codes[cand] = sub_codes
    else:
        codes, uniques = pd.factorize(vals)
    hits: dict[int, tuple[str, Entity]] = {}
    for i, u in enumerate(uniques):
        hit = _number_entity(u)
        if hit is not None:
            hits[i] = hit
    return codes, uniques, hits


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
                            scanner: Scanner | None = None, sample_size: int = 200,
                            mask_labels: bool = False,
                            mode: str = "fast") -> tuple[pd.DataFrame, MaskSummary]:
    """Like :func:`mask_frame`, returning ``(masked_frame, summary)``."""
    scan_many = _scan_many_from(scanner, mode)
    resolved = resolve_policy(policy, role, purpose, keyring)
    masker = FrameMasker(resolved, columns, scan_many, sample_size, mask_labels=mask_labels)
    out, summary = masker.mask(df)
    _audit.emit_masking("mask", resolved, summary, role=role, purpose=purpose)  # no-op when off
    return out, summary


def mask_frame(df: pd.DataFrame, policy: PolicyLike | ResolvedPolicy = None, *,
               columns: ColumnsArg = None, role: str | None = None, purpose: str | None = None,
               keyring: Any = None, scanner: Scanner | None = None,
               sample_size: int = 200, mask_labels: bool = False,
               mode: str = "fast") -> pd.DataFrame:
    """A masked copy of ``df``; the input is never modified.

    Each column's entity comes from ``columns=`` (a list of the columns to mask, or a mapping
    column -> entity name, ``"text"`` or ``None``), else from a column rule of the policy,
    else from its name and a sample of ``sample_size`` values. Identifier columns are masked
    whole-column; free-text columns span by span; numeric columns value by value (an integral
    value that validates as an identifier, or a float too large to be exact, is masked).
    Categorical and Arrow dictionary columns are treated as their values. Row count, index,
    column order and nulls (None, NaN, ``pd.NA``, ``pd.NaT``) are kept; a numeric column that
    receives masked strings becomes ``string``. A ``columns=`` entry that names no column
    raises :class:`~cnpii.errors.UnknownColumn`. Index and column labels are kept as they
    are unless ``mask_labels=True`` (then they are masked as free text). The summary (a
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
                                           sample_size=sample_size, mask_labels=mask_labels,
                                           mode=mode)
    out.attrs[SUMMARY_ATTR] = summary
    return out
