"""Per-record checks at entry: :func:`validate_record` and :func:`normalize_record`.

>>> rec = {"name": "张三", "id_type": "resident_id", "id_number": "11010519491231002X",
...        "id_expiry": "长期", "gender": "男", "mobile": "138 1234 5678",
...        "address": "北京市朝阳区建国路1号", "occupation": "教师"}
>>> [(i.field, i.code) for i in validate_record(rec)]
[('gender', 'gender_mismatch')]
>>> print(validate_record(rec)[0].message_en)
the gender does not agree with the resident ID number
>>> normalize_record({"mobile": "+86 138-1234-5678", "gender": "女", "id_number": "11010519491231002x"})
{'mobile': '13812345678', 'gender': 'F', 'id_number': '11010519491231002X'}
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np
import pandas as pd

from cnpii.errors import UnknownSchema
from cnpii.identifiers._util import to_halfwidth
from cnpii.validation._messages import messages_for
from cnpii.validation._purposes import (
    FIELDS, GENDERS, ID_TYPES, INCOME_BANDS, LONG_TERM, RISK_LEVELS, Purpose, get_purpose,
)
from cnpii.validation._rules import evaluate, parse_dates
from cnpii.validation._vector import as_text

__all__ = ["FieldIssue", "validate_record", "normalize_record", "SCHEMAS"]

#: schema names :func:`validate_record` and :func:`quality_report` accept
SCHEMAS = ("customer",)


@dataclass(frozen=True, slots=True)
class FieldIssue:
    """One problem with one field of a record. Never holds the value.

    >>> FieldIssue("mobile", "invalid", "“mobile”格式不正确", "'mobile' is not valid").message
    "“mobile”格式不正确 / 'mobile' is not valid"
    """

    field: str
    code: str
    message_zh: str
    message_en: str

    @property
    def message(self) -> str:
        """Chinese and English, for one-line display."""
        return f"{self.message_zh} / {self.message_en}"

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code,
                "message_zh": self.message_zh, "message_en": self.message_en}


def _cell(v: Any) -> Any:
    """A record value as the text a table cell would hold (dates as ISO, numbers as digits)."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return None
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.strftime("%Y-%m-%d")
    return v if isinstance(v, str) else str(v)


def check_schema(schema: str) -> None:
    if schema not in SCHEMAS:
        raise UnknownSchema()


def _require_mapping(record: Any, fn: str) -> None:
    if not isinstance(record, Mapping):
        raise TypeError(f"{fn}() needs a mapping of field names to values, not {type(record).__name__}")


def validate_record(record: Mapping[str, Any], schema: str = "customer", *,
                    purpose: str | Purpose | None = None,
                    columns: Mapping[str, str] | None = None,
                    today: datetime.date | None = None) -> list[FieldIssue]:
    """Check one record at entry and return its issues (empty when it is clean).

    ``purpose=None`` checks the account-opening required fields; naming a purpose also enforces
    minimum necessary (fields it does not declare are issues). The record is not changed; use
    :func:`normalize_record` to get a cleaned copy for the user to confirm.
    """
    _require_mapping(record, "validate_record")
    check_schema(schema)
    p = get_purpose(purpose)
    frame = pd.DataFrame({str(k): [_cell(v)] for k, v in record.items()}, dtype=object)
    frame = frame.astype(object)
    result = evaluate(frame, p, columns=columns, bound=purpose is not None, today=today)
    issues = [FieldIssue(f, "undeclared_field", *messages_for("undeclared_field", f))
              for f in result.undeclared]
    source = result.source
    order = {f: i for i, f in enumerate(FIELDS)}
    for (f, code), mask in sorted(result.failures.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        if mask[0]:
            name = source.get(f, f)
            issues.append(FieldIssue(name, code, *messages_for(code, name)))
    return issues


def _text(v: str) -> str:
    return " ".join(to_halfwidth(v).split())


def _identifier(module_name: str, v: str, *, formatted: bool = False) -> str:
    from cnpii.identifiers import MODULES

    module = MODULES[module_name]
    if module.is_valid(v):
        return module.format(v) if formatted else module.validate(v)
    return module.compact(v) if not formatted else _text(v)


_ID_TYPE_ALIASES = {
    "身份证": "resident_id", "居民身份证": "resident_id", "id_card": "resident_id",
    "护照": "passport", "往来港澳通行证": "hk_macau_permit", "港澳居民来往内地通行证": "hk_macau_permit",
    "回乡证": "hk_macau_permit", "台湾居民来往大陆通行证": "taiwan_permit", "台胞证": "taiwan_permit",
}


def _date(v: str) -> str:
    if _text(v).upper() in LONG_TERM:
        return "长期"
    ymd = int(parse_dates(as_text([_text(v)]))[0])
    return f"{ymd // 10000:04d}-{ymd // 100 % 100:02d}-{ymd % 100:02d}" if ymd else _text(v)


def _enum(v: str, table: Mapping[str, str]) -> str:
    key = _text(v).upper()
    for code, label in table.items():
        if key in (code.upper(), _text(label).upper()):
            return code
    return _text(v)


def normalize_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A cleaned copy of ``record`` for the caller to accept; ``record`` itself is not changed.

    Text is trimmed and full-width characters become half-width; identifiers take their compact
    form (upper-case ``X``); mobile numbers become 11 digits, landlines ``area-number``; dates
    become ``YYYY-MM-DD`` (``长期`` for long-term documents); gender ``M``/``F``; ``id_type``
    aliases such as ``身份证`` become module names. Values that cannot be read are only trimmed,
    so validation still reports them. Non-text values are returned as they are.

    >>> normalize_record({"name": " 张三 ", "id_expiry": "2030/1/5", "landline": "(010) 6234 5678"})
    {'name': '张三', 'id_expiry': '2030-01-05', 'landline': '010-62345678'}
    """
    _require_mapping(record, "normalize_record")
    out: dict[str, Any] = {}
    for key, value in record.items():
        if not isinstance(value, str):
            out[key] = value
            continue
        v = _text(value)
        if key == "id_type":
            low = v.lower()
            v = low if low in ID_TYPES else _ID_TYPE_ALIASES.get(v, _ID_TYPE_ALIASES.get(low, v))
        elif key == "id_number":
            kind = record.get("id_type")
            kind = kind.strip().lower() if isinstance(kind, str) else ""
            kind = _ID_TYPE_ALIASES.get(kind, kind)
            v = _identifier(kind if kind in ID_TYPES else "resident_id", v)
        elif key == "mobile":
            v = _identifier("mobile_phone", v)
        elif key == "landline":
            v = _identifier("landline_phone", v, formatted=True)
        elif key == "bank_card":
            v = _identifier("bank_card", v)
        elif key in ("birth_date", "id_expiry"):
            v = _date(v)
        elif key == "gender":
            v = GENDERS.get(v.upper(), v)
        elif key == "email":
            v = v.lower()
        elif key == "nationality":
            v = v.upper() if v.isascii() else v
        elif key == "annual_income_band":
            v = _enum(v, INCOME_BANDS)
        elif key == "risk_level":
            v = _enum(v, RISK_LEVELS)
        out[key] = v
    return out
