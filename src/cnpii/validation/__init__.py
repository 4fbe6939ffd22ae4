"""Collection-time validation of Chinese customer records, in pandera's idiom.

* pandera checks for every identifier, registered by name: ``Check.cn_resident_id()``,
  ``Check.cn_mobile_phone()``, ``Check.cn_bank_card()``, ... (vectorised);
* :class:`CustomerSchema`, the canonical customer record, and :func:`customer_schema` for a
  purpose (minimum necessary) and other column names;
* :func:`validate_record` and :func:`normalize_record` for one record at entry;
* :func:`quality_report` for a whole table: completeness, validity, consistency, uniqueness.

No result, message or report holds a raw value: failure cases are masked.

>>> import cnpii
>>> issues = cnpii.validate_record({"name": "张三", "id_number": "11010519491231002X",
...     "birth_date": "1950-01-01", "id_expiry": "2020-01-01", "mobile": "13812345678",
...     "address": "北京市朝阳区建国路1号", "occupation": "教师"}, today=__import__("datetime").date(2025, 1, 1))
>>> [(i.field, i.code) for i in issues]
[('id_expiry', 'id_expired'), ('birth_date', 'birth_date_mismatch')]
"""

from __future__ import annotations

from cnpii.validation._checks import CHECK_NAMES, register_checks
from cnpii.validation._purposes import (
    FIELD_ENTITIES, FIELDS, GENDERS, ID_TYPES, INCOME_BANDS, PURPOSES, RISK_LEVELS, Purpose, get_purpose,
)
from cnpii.validation._record import FieldIssue, normalize_record, validate_record
from cnpii.validation._report import ColumnQuality, FailureCase, QualityReport, mask_cell, quality_report
from cnpii.validation._rules import FrameResult, evaluate
from cnpii.validation._schema import CustomerSchema, customer_schema
from cnpii.validation._vector import is_valid_many, parse_many

__all__ = [
    "CustomerSchema", "customer_schema", "validate_record", "normalize_record", "quality_report",
    "FieldIssue", "QualityReport", "ColumnQuality", "FailureCase", "Purpose", "PURPOSES",
    "get_purpose", "FIELDS", "ID_TYPES", "GENDERS", "INCOME_BANDS", "RISK_LEVELS", "evaluate",
    "FrameResult", "is_valid_many", "parse_many", "mask_cell", "register_checks", "CHECK_NAMES",
    "FIELD_ENTITIES",
]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["customer_schema", "validate_record", "normalize_record", "quality_report", "get_purpose",
              "evaluate", "is_valid_many", "parse_many", "mask_cell", "register_checks", "Purpose"])  # cnpii._args: typed, quiet errors (issue 11)
