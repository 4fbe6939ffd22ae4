"""``CustomerSchema``: the canonical customer record as a pandera ``DataFrameModel``.

Column checks are the registered ``Check.cn_*`` checks; the cross-field rules (document number
valid for its type, birth date and gender against the resident ID, expiry, age, required fields)
run as the registered frame check ``cn_customer_rules``. :meth:`CustomerSchema.validate` raises
:class:`cnpii.errors.RecordsInvalid` carrying a masked :class:`QualityReport` instead of pandera's
error (whose failure cases quote the values).

>>> import pandas as pd
>>> ok = pd.DataFrame({"name": ["张三"], "id_type": ["resident_id"], "id_number": ["11010519491231002X"],
...                    "id_expiry": ["长期"], "mobile": ["13812345678"], "address": ["北京市朝阳区建国路1号"],
...                    "occupation": ["教师"]})
>>> len(CustomerSchema.validate(ok))
1
>>> bad = ok.assign(mobile=["12345"])
>>> try:
...     CustomerSchema.validate(bad)
... except RecordsInvalid as e:
...     print(e.message, "|", e.report.failures[0].masked_value)
1 of 1 rows failed: mobile/invalid=1 | *****
>>> schema = customer_schema("marketing_contact", columns={"xm": "name", "sjhm": "mobile"})
>>> sorted(schema.columns), schema.strict
(['email', 'sjhm', 'xm'], True)
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

import pandas as pd
import pandera.pandas as pa
from pandera.api.checks import Check
from pandera.typing import Series

import cnpii.validation._checks  # noqa: F401  (registers Check.cn_*)
from cnpii.errors import RecordsInvalid
from cnpii.validation._purposes import FIELDS, Purpose, get_purpose
from cnpii.validation._report import build_report
from cnpii.validation._rules import evaluate

__all__ = ["CustomerSchema", "customer_schema", "raise_if_invalid"]

# the column check of each canonical field (fields without one only take the frame rules)
_COLUMN_CHECKS: dict[str, str] = {
    "name": "cn_person_name", "mobile": "cn_mobile_phone", "landline": "cn_landline_phone",
    "email": "cn_email", "bank_card": "cn_bank_card",
}


def _summary(result: Any) -> str:
    counts = ", ".join(f"{f}/{c}={n}" for (f, c), n in sorted(result.counts().items()))
    msg = f"{int(result.row_mask().sum())} of {result.n_rows} rows failed"
    if result.undeclared:
        msg += f"; {len(result.undeclared)} column(s) not declared by the purpose"
    return f"{msg}: {counts}" if counts else msg


def raise_if_invalid(df: pd.DataFrame, purpose: str | Purpose | None = None, *,
                     columns: Mapping[str, str] | None = None, bound: bool = False) -> pd.DataFrame:
    """Return ``df`` unchanged if it passes every rule, else raise :class:`RecordsInvalid`."""
    result = evaluate(df, purpose, columns=columns, bound=bound)
    if not result.ok:
        report = build_report(df, result)
        raise RecordsInvalid(_summary(result), report=report)
    return df


class CustomerSchema(pa.DataFrameModel):
    """The canonical customer record (account opening by default). All columns are text.

    Required for account opening: ``name``, ``id_type``, ``id_number``, ``id_expiry``,
    ``mobile``, ``address``, ``occupation``; the rest are optional. Cells may be blank in the
    pandera sense (the required-field rule reports blanks with a clear code instead).
    """

    _cnpii_schema_name = "customer"

    name: Series[str] = pa.Field(nullable=True, cn_person_name=())
    id_type: Optional[Series[str]] = pa.Field(nullable=True)
    id_number: Series[str] = pa.Field(nullable=True)
    id_expiry: Series[str] = pa.Field(nullable=True)
    birth_date: Optional[Series[str]] = pa.Field(nullable=True)
    gender: Optional[Series[str]] = pa.Field(nullable=True)
    nationality: Optional[Series[str]] = pa.Field(nullable=True)
    mobile: Series[str] = pa.Field(nullable=True, cn_mobile_phone=())
    landline: Optional[Series[str]] = pa.Field(nullable=True, cn_landline_phone=())
    email: Optional[Series[str]] = pa.Field(nullable=True, cn_email=())
    address: Series[str] = pa.Field(nullable=True)
    bank_card: Optional[Series[str]] = pa.Field(nullable=True, cn_bank_card=())
    occupation: Series[str] = pa.Field(nullable=True)
    annual_income_band: Optional[Series[str]] = pa.Field(nullable=True)
    risk_level: Optional[Series[str]] = pa.Field(nullable=True)

    class Config:
        name = "CustomerSchema"
        coerce = False
        strict = False
        cn_customer_rules = {"purpose": "account_opening", "columns": None}

    @classmethod
    def validate(cls, check_obj: pd.DataFrame, *args: Any, **kwargs: Any) -> pd.DataFrame:  # type: ignore[override]
        """pandera validation; failures raise :class:`RecordsInvalid` with a masked report."""
        return _quiet(lambda: super(CustomerSchema, cls).validate(check_obj, *args, **kwargs),
                      check_obj, None, None, False)

    @classmethod
    def to_schema(cls) -> pa.DataFrameSchema:
        """The model's ``DataFrameSchema``, whose ``validate`` masks failures as the model's does:
        pandera's ``check_types`` (``DataFrame[CustomerSchema]`` arguments) validates with it."""
        schema = super().to_schema()
        if not isinstance(schema, _QuietSchema):
            schema.__class__ = _QuietSchema
            schema._cnpii = (None, None, False)  # type: ignore[attr-defined]
        return schema


def _quiet(run: Any, check_obj: Any, purpose: Any, columns: Any, bound: bool) -> Any:
    """``run()`` (a pandera validation), with every pandera failure turned into
    :class:`RecordsInvalid` carrying a masked report: pandera's errors and their failure cases
    quote the values, lazy (``SchemaErrors``) or eager (``SchemaError``)."""
    try:
        return run()
    except pa.errors.SchemaErrors as exc:
        failed = sorted({f"{_name(c)}/{_name(k)}" for c, k in zip(exc.failure_cases["column"],
                                                                  exc.failure_cases["check"])})
    except pa.errors.SchemaError as exc:
        failed = [f"{_name(getattr(exc.schema, 'name', None) or 'frame')}/{_name(exc.reason_code)}"]
    if not isinstance(check_obj, pd.DataFrame):
        raise RecordsInvalid("the customer record is validated on a pandas DataFrame") from None
    try:
        raise_if_invalid(check_obj, purpose, columns=columns, bound=bound)
    except RecordsInvalid as exc:
        raise RecordsInvalid(exc.message, report=exc.report) from None
    # the rules pass but pandera does not: the shape (columns, dtypes), never a value
    raise RecordsInvalid("the frame does not have the shape of the customer record: "
                         + ", ".join(failed[:10])) from None


def _name(x: Any) -> str:
    """A column or check name for a message; text that is not a name is not shown."""
    from cnpii._args import shown

    s = str(getattr(x, "name", x))
    if s in FIELDS:
        return s
    q = shown(s, "?")
    return q.strip("'") if q.startswith("'") else "?"


class _QuietSchema(pa.DataFrameSchema):
    """A ``DataFrameSchema`` whose ``validate`` never lets a value out (see :func:`_quiet`)."""

    _cnpii: tuple[Any, Any, bool] = (None, None, False)

    @classmethod
    def get_backend(cls, check_obj: Any = None, check_type: Any = None) -> Any:
        return pa.DataFrameSchema.get_backend(check_obj, check_type)  # pandera's, by exact class

    def validate(self, check_obj: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        purpose, columns, bound = self._cnpii
        return _quiet(lambda: super(_QuietSchema, self).validate(check_obj, *args, **kwargs),
                      check_obj, purpose, columns, bound)


def customer_schema(purpose: str | Purpose | None = None, *,
                    columns: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    """A pandera ``DataFrameSchema`` of the customer record, for a purpose and column names.

    With a purpose the schema is bound to it: ``strict=True`` over the declared fields, so any
    other column is rejected (minimum necessary); its required fields are required columns.
    ``columns`` maps the frame's names onto canonical ones (``{"zjhm": "id_number"}``). The
    schema serialises (``to_yaml``) because every check is registered by name. Its ``validate``
    (eager or ``lazy=True``) raises :class:`RecordsInvalid` with a masked report, never pandera's
    error, whose failure cases quote the values.
    """
    p = get_purpose(purpose)
    bound = purpose is not None
    to_source = {canon: src for src, canon in (columns or {}).items()}
    cols: dict[str, pa.Column] = {}
    for f in FIELDS:
        if bound and f not in p.declared:
            continue
        checks = [getattr(Check, _COLUMN_CHECKS[f])()] if f in _COLUMN_CHECKS else []
        cols[to_source.get(f, f)] = pa.Column(str, checks=checks, nullable=True,
                                              required=f in p.required)
    schema = _QuietSchema(
        cols,
        checks=[Check.cn_customer_rules(purpose=p.name if p.name in _builtin() else p.to_dict(),
                                        columns=dict(columns) if columns else None)],
        strict=bound, name=f"customer[{p.name}]")
    schema._cnpii = (p if bound else None, dict(columns) if columns else None, bound)
    return schema


def _builtin() -> tuple[str, ...]:
    from cnpii.validation._purposes import PURPOSES

    return tuple(PURPOSES)
