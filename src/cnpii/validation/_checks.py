"""pandera checks for Chinese identifiers, registered by name so that schemas serialise.

Importing :mod:`cnpii.validation` registers ``Check.cn_<module>()`` for every identifier module
(``cn_resident_id``, ``cn_mobile_phone``, ``cn_landline_phone``, ``cn_bank_card``,
``cn_bank_account``, ``cn_uscc``, ``cn_passport``, ``cn_hk_macau_permit``, ``cn_taiwan_permit``,
``cn_license_plate``), ``Check.cn_person_name()``, ``Check.cn_email()`` and the frame-level
``Check.cn_customer_rules(purpose=..., columns=...)``. All are vectorised: each distinct value is
checked once, by the identifier module. Missing and blank cells pass (completeness is the job
of ``nullable=False`` or of a purpose's required fields).

>>> import pandas as pd
>>> import pandera.pandas as pa
>>> import cnpii.validation
>>> schema = pa.DataFrameSchema({"mobile": pa.Column(str, pa.Check.cn_mobile_phone())})
>>> "cn_mobile_phone" in schema.to_yaml()
True
>>> bool(pa.Check.cn_resident_id()(pd.Series(["11010519491231002X", "110105194912310021"])).check_passed)
False
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from pandera.api.checks import Check
from pandera.api.extensions import register_check_method

from cnpii.validation._rules import EMAIL_PATTERN, NAME_PATTERN, evaluate
from cnpii.validation._vector import as_text, blank_mask, is_valid_many

__all__ = ["register_checks", "CHECK_NAMES"]

#: every check name this module registers on :class:`pandera.Check`
CHECK_NAMES: list[str] = []


def _identifier_check(module_name: str) -> Any:
    def check(series: pd.Series) -> pd.Series:
        from cnpii.identifiers import MODULES

        filled = ~blank_mask(series)
        values = series.astype(object).where(filled, None)
        ok = is_valid_many(values, MODULES[module_name])
        return pd.Series(ok | ~filled, index=series.index)

    check.__name__ = f"cn_{module_name}"
    check.__qualname__ = check.__name__
    check.__doc__ = (f"Each non-blank value is a valid ``{module_name}`` "
                     f"(:func:`cnpii.identifiers.{module_name}.is_valid`).")
    return check


def _pattern_check(name: str, pattern: str, doc: str) -> Any:
    def check(series: pd.Series) -> pd.Series:
        text = as_text(series).str.strip()
        filled = ~blank_mask(text)
        ok = text.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
        return pd.Series(ok | ~filled, index=series.index)

    check.__name__ = check.__qualname__ = name
    check.__doc__ = doc
    return check


def cn_customer_rules(df: pd.DataFrame, *, purpose: str | dict[str, Any] | None = "account_opening",
                      columns: dict[str, str] | None = None) -> pd.Series:
    """Every rule of the customer record, per row (see :func:`cnpii.validation.validate_record`)."""
    result = evaluate(df, purpose, columns=columns)
    return pd.Series(~result.row_mask(), index=df.index)


def register_checks() -> None:
    """Register the checks on :class:`pandera.Check` (idempotent; done on import)."""
    from cnpii.identifiers import MODULES

    checks = [_identifier_check(name) for name in sorted(MODULES)]
    checks.append(_pattern_check("cn_person_name", NAME_PATTERN,
                                 "Each non-blank value is a plausible personal name."))
    checks.append(_pattern_check("cn_email", EMAIL_PATTERN,
                                 "Each non-blank value is an e-mail address."))
    for fn in checks:
        if fn.__name__ not in CHECK_NAMES:
            CHECK_NAMES.append(fn.__name__)
        if not hasattr(Check, fn.__name__):
            register_check_method(fn, supported_types=pd.Series)
    if "cn_customer_rules" not in CHECK_NAMES:
        CHECK_NAMES.append("cn_customer_rules")
    if not hasattr(Check, "cn_customer_rules"):
        register_check_method(cn_customer_rules, statistics=["purpose", "columns"],
                              supported_types=pd.DataFrame)


register_checks()
