"""Data-quality reports: completeness, validity, consistency and uniqueness per column.

Failure cases carry row numbers and *masked* values only, so a report can be shown in a
notebook, written to a pipeline's JSON log or attached to a ticket.

>>> import pandas as pd
>>> df = pd.DataFrame({"name": ["张三", "李四", "X1"], "mobile": ["13812345678", "13812345678", "1"]})
>>> r = quality_report(df, purpose="marketing_contact")
>>> r.n_rows, r.n_failed_rows, round(r.column("mobile").validity, 3)
(3, 1, 0.667)
>>> [(c.row, c.field, c.code, c.masked_value) for c in r.failures]
[(2, 'name', 'implausible_name', '**'), (2, 'mobile', 'invalid', '*')]
"""

from __future__ import annotations

import datetime
import html
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping

import numpy as np
import pandas as pd

from cnpii.audit import _runtime as _audit
from cnpii.identifiers._util import mask_middle
from cnpii.validation._messages import messages_for
from cnpii.validation._purposes import FIELDS, Purpose, get_purpose
from cnpii.validation._record import check_schema
from cnpii.validation._rules import FrameResult, evaluate
from cnpii.validation._vector import as_text, blank_mask

__all__ = ["QualityReport", "ColumnQuality", "FailureCase", "quality_report", "mask_cell"]

_VALIDITY_CODES = frozenset({"invalid", "invalid_date", "invalid_id_number", "implausible_name",
                             "unknown_id_type"})
_CONSISTENCY_CODES = frozenset({"birth_date_mismatch", "gender_mismatch", "id_expired",
                                "age_out_of_range"})
_MODULE_OF = {"mobile": "mobile_phone", "landline": "landline_phone", "bank_card": "bank_card"}


def mask_cell(field_: str, value: Any, id_type: str | None = None) -> str:
    """A masked preview of a cell for reports: never the whole value.

    >>> mask_cell("mobile", "13812345678"), mask_cell("name", "张三丰"), mask_cell("email", "zs@a.cn")
    ('138****5678', '张**', 'z*@a.cn')
    >>> mask_cell("id_number", "11010519491231002X", "resident_id"), mask_cell("birth_date", "1949-12-31")
    ('1****************X', '1949-**-**')
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    v = str(value).strip()
    if not v:
        return ""
    if field_ == "id_type":  # the document kind, not personal information
        return v[:40]
    module_name = _MODULE_OF.get(field_)
    if field_ == "id_number":
        module_name = id_type if id_type in ("resident_id", "passport", "hk_macau_permit",
                                             "taiwan_permit") else None
    if module_name:
        from cnpii.identifiers import MODULES

        module = MODULES[module_name]
        try:  # the module's own mask only for values it accepts: its keep-N rules assume them
            masked = module.mask(v) if module.is_valid(v) else ""
            if "*" in masked and masked != v:
                return masked
        except Exception:  # fall back to the generic mask below
            pass
        return mask_middle(v, 1, 1) if len(v) >= 8 else "*" * len(v)
    if field_ == "name":
        return v[0] + "*" * (len(v) - 1) if len(v) > 1 and v[0].isalpha() and not v[0].isascii() \
            else "*" * len(v)
    if field_ == "email" and "@" in v:
        local, _, domain = v.partition("@")
        return (local[:1] + "*" * max(len(local) - 1, 1)) + "@" + domain
    if field_ in ("birth_date", "id_expiry") and len(v) >= 8 and v[:4].isdigit():
        return v[:4] + "".join("*" if c.isalnum() else c for c in v[4:])
    if field_ == "address":
        return v[:6] + "*" * max(len(v) - 6, 1) if len(v) > 6 else "*" * len(v)
    return "*" * min(len(v), 40)


@dataclass(frozen=True, slots=True)
class ColumnQuality:
    """Quality figures of one canonical field (shares between 0 and 1)."""

    field: str
    column: str | None
    present: bool
    #: share of rows with a non-blank value
    completeness: float
    #: share of the non-blank values that are valid (1.0 when all are blank)
    validity: float
    #: share of rows without a cross-field conflict on this field
    consistency: float
    #: distinct non-blank values / non-blank values (1.0 when all are blank)
    uniqueness: float
    n_blank: int
    n_invalid: int
    n_inconsistent: int
    n_duplicates: int


@dataclass(frozen=True, slots=True)
class FailureCase:
    """One rule broken by one row; ``row`` is the 0-based position in the frame, ``field`` the
    canonical field and ``column`` the frame's name for it."""

    row: int
    field: str
    code: str
    masked_value: str
    message_zh: str
    message_en: str
    column: str = ""


@dataclass
class QualityReport:
    """What :func:`quality_report` found. ``to_json()`` for pipelines, rich HTML in notebooks."""

    schema: str
    purpose: str
    n_rows: int
    n_failed_rows: int
    columns: list[ColumnQuality]
    #: "field/code" -> number of failing rows
    issue_counts: dict[str, int]
    failures: list[FailureCase]
    #: failure cases not listed because of ``max_cases`` (the counts are complete)
    n_failures_omitted: int = 0
    undeclared_columns: list[str] = field(default_factory=list)
    generated: str = ""

    @property
    def passed(self) -> bool:
        return self.n_failed_rows == 0 and not self.undeclared_columns

    def column(self, name: str) -> ColumnQuality:
        """The figures of one canonical field."""
        for c in self.columns:
            if c.field == name:
                return c
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["passed"] = self.passed
        return d

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("indent", 2)
        return json.dumps(self.to_dict(), **kwargs)

    def failures_frame(self) -> pd.DataFrame:
        """The failure cases as a DataFrame (masked values only)."""
        return pd.DataFrame([asdict(f) for f in self.failures],
                            columns=["row", "field", "column", "code", "masked_value", "message_zh",
                                     "message_en"])

    def columns_frame(self) -> pd.DataFrame:
        return pd.DataFrame([asdict(c) for c in self.columns]).set_index("field")

    def __repr__(self) -> str:
        return (f"QualityReport(schema={self.schema!r}, purpose={self.purpose!r}, rows={self.n_rows}, "
                f"failed_rows={self.n_failed_rows}, issues={sum(self.issue_counts.values())})")

    def _repr_html_(self) -> str:
        return to_html(self, max_cases=50)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _bar(x: float) -> str:
    color = "#2e7d32" if x >= 0.99 else "#f9a825" if x >= 0.9 else "#c62828"
    return (f'<div style="background:#eee;width:80px;height:8px;display:inline-block">'
            f'<div style="background:{color};width:{80 * x:.0f}px;height:8px"></div></div> {_pct(x)}')


def to_html(report: QualityReport, *, max_cases: int = 200) -> str:
    """A self-contained HTML page fragment (used by notebooks and ``cnpii validate --report``)."""
    e = html.escape
    status = "✔ passed" if report.passed else "✘ failed"
    parts = [
        '<div class="cnpii-quality-report">',
        f"<h3>cnpii quality report · {e(report.schema)} · purpose {e(report.purpose)}</h3>",
        f"<p><b>{status}</b> — {report.n_rows} rows, {report.n_failed_rows} failing rows, "
        f"{sum(report.issue_counts.values())} issues.</p>",
    ]
    if report.undeclared_columns:
        parts.append("<p>Columns the purpose does not declare (minimum necessary): "
                     + ", ".join(e(c) for c in report.undeclared_columns) + "</p>")
    parts.append("<table><thead><tr><th>field</th><th>column</th><th>completeness</th><th>validity</th>"
                 "<th>consistency</th><th>uniqueness</th></tr></thead><tbody>")
    for c in report.columns:
        if not c.present:
            parts.append(f"<tr><td>{e(c.field)}</td><td colspan=5><i>absent</i></td></tr>")
            continue
        parts.append(f"<tr><td>{e(c.field)}</td><td>{e(c.column or '')}</td><td>{_bar(c.completeness)}</td>"
                     f"<td>{_bar(c.validity)}</td><td>{_bar(c.consistency)}</td><td>{_pct(c.uniqueness)}</td></tr>")
    parts.append("</tbody></table>")
    if report.issue_counts:
        parts.append("<table><thead><tr><th>field/code</th><th>rows</th></tr></thead><tbody>")
        for k, v in sorted(report.issue_counts.items(), key=lambda kv: -kv[1]):
            parts.append(f"<tr><td>{e(k)}</td><td>{v}</td></tr>")
        parts.append("</tbody></table>")
    if report.failures:
        shown = report.failures[:max_cases]
        parts.append(f"<p>Failure cases (values masked; {len(shown)} of "
                     f"{len(report.failures) + report.n_failures_omitted} shown):</p>")
        parts.append("<table><thead><tr><th>row</th><th>column</th><th>code</th><th>value</th>"
                     "<th>message</th></tr></thead><tbody>")
        for f in shown:
            parts.append(f"<tr><td>{f.row}</td><td>{e(f.column or f.field)}</td><td>{e(f.code)}</td>"
                         f"<td><code>{e(f.masked_value)}</code></td><td>{e(f.message_zh)}<br>"
                         f"{e(f.message_en)}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("</div>")
    return "\n".join(parts)


def build_report(df: pd.DataFrame, result: FrameResult, *, schema: str = "customer",
                 max_cases: int = 1000) -> QualityReport:
    """Turn a :class:`FrameResult` into a :class:`QualityReport` (masking the failing cells)."""
    n = result.n_rows
    columns: list[ColumnQuality] = []
    for f in FIELDS:
        src = result.source.get(f)
        if src is None:
            columns.append(ColumnQuality(f, None, False, 0.0, 1.0, 1.0, 1.0, n, 0, 0, 0))
            continue
        col = df[src]
        if isinstance(col, pd.DataFrame):
            col = col.iloc[:, 0]
        text = as_text(col).str.strip()
        blank = blank_mask(text)
        filled = int((~blank).sum())
        invalid = np.zeros(n, dtype=bool)
        inconsistent = np.zeros(n, dtype=bool)
        for (ff, code), mask in result.failures.items():
            if ff != f:
                continue
            if code in _VALIDITY_CODES:
                invalid |= mask & ~blank
            elif code in _CONSISTENCY_CODES:
                inconsistent |= mask
        distinct = int(text[~blank].nunique()) if filled else 0
        columns.append(ColumnQuality(
            field=f, column=src, present=True,
            completeness=filled / n if n else 1.0,
            validity=1 - int(invalid.sum()) / filled if filled else 1.0,
            consistency=1 - int(inconsistent.sum()) / n if n else 1.0,
            uniqueness=distinct / filled if filled else 1.0,
            n_blank=int(blank.sum()), n_invalid=int(invalid.sum()),
            n_inconsistent=int(inconsistent.sum()), n_duplicates=filled - distinct))
    cases: list[FailureCase] = []
    total = sum(int(m.sum()) for m in result.failures.values())
    order = {f: i for i, f in enumerate(FIELDS)}
    keys = sorted(result.failures, key=lambda k: (order.get(k[0], 99), k[1]))
    id_type_col = result.source.get("id_type")
    cells: list[tuple[int, str, str]] = []
    for key in keys:
        for row in np.flatnonzero(result.failures[key]):
            cells.append((int(row), key[0], key[1]))
    cells.sort(key=lambda c: (c[0], order.get(c[1], 99)))
    for row, f, code in cells[:max_cases]:
        src = result.source.get(f)
        value = None if src is None else df[src].iloc[row]
        if isinstance(value, pd.Series):
            value = value.iloc[0]
        kind = None
        if f == "id_number":
            kind = str(df[id_type_col].iloc[row]).strip().lower() if id_type_col else "resident_id"
            kind = kind if kind not in ("", "nan", "none", "<na>") else "resident_id"
        zh, en = messages_for(code, src or f)
        cases.append(FailureCase(row, f, code, mask_cell(f, value, kind), zh, en, src or f))
    return QualityReport(
        schema=schema, purpose=result.purpose.name, n_rows=n,
        n_failed_rows=int(result.row_mask().sum()), columns=columns,
        issue_counts={f"{f}/{c}": int(m.sum()) for (f, c), m in
                      sorted(result.failures.items(), key=lambda kv: (order.get(kv[0][0], 99), kv[0][1]))},
        failures=cases, n_failures_omitted=max(total - len(cases), 0),
        undeclared_columns=list(result.undeclared),
        generated=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))


def quality_report(df: pd.DataFrame, schema: Any = "customer", *,
                   purpose: str | Purpose | None = None,
                   columns: Mapping[str, str] | None = None,
                   today: datetime.date | None = None, max_cases: int = 1000) -> QualityReport:
    """Measure ``df`` against a schema: ``"customer"``, :class:`CustomerSchema`, or a schema
    from :func:`customer_schema` (its purpose, column mapping and minimum-necessary binding).

    ``purpose`` selects the required fields and age bounds and, when given, also flags columns
    the purpose does not declare. ``columns`` maps the frame's names onto the canonical ones.
    At most ``max_cases`` failure cases are listed; the counts always cover every row.
    """
    name, purpose, columns, bound = resolve_schema(schema, purpose, columns)
    p = get_purpose(purpose)
    result = evaluate(df, p, columns=columns, bound=bound, today=today)
    report = build_report(df, result, schema=name, max_cases=max_cases)
    _audit.emit("validate", count=report.n_failed_rows, purpose=report.purpose, details={"schema": report.schema, "rows": report.n_rows, "failed_rows": report.n_failed_rows, "issues": report.issue_counts})  # noqa: E501 - audit, a no-op when off
    return report


def resolve_schema(schema: Any, purpose: str | None, columns: Any) -> tuple[str, str | None, Any, bool]:
    """(schema name, purpose, column mapping, bound) for a schema name or a pandera schema from
    :func:`customer_schema` (its purpose, mapping and strictness fill what is not given)."""
    bound = purpose is not None
    rules = _customer_rules_of(schema)
    if rules is not None:
        stats = rules.statistics or {}
        purpose = purpose if purpose is not None else stats.get("purpose")
        columns = columns if columns is not None else stats.get("columns")
        bound = bound or bool(getattr(schema, "strict", False))
        name = "customer"
    else:
        name = getattr(schema, "_cnpii_schema_name", schema)
    check_schema(name)
    return name, purpose, columns, bound


def _customer_rules_of(schema: Any) -> Any:
    for check in getattr(schema, "checks", None) or []:
        if getattr(check, "name", None) == "cn_customer_rules":
            return check
    return None
