"""Column-at-a-time validity: each distinct value is checked once, by its identifier module.

Customer tables repeat values (id types, genders, bands) and pandas' ``factorize`` finds the
distinct ones in C. Only those reach ``module.is_valid``; the answers are spread back with one
numpy take. Identifier columns whose values are nearly all distinct go through a fast path
(:mod:`cnpii.validation._fast`) that settles the common, well-formed values with numpy and
hands every other value to the module. A value is reported invalid only by the module itself.

>>> import pandas as pd
>>> from cnpii.identifiers import mobile_phone
>>> is_valid_many(pd.Series(["13812345678", "138", None, "13812345678"]), mobile_phone).tolist()
[True, False, False, True]
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Iterable

import numpy as np
import pandas as pd

__all__ = ["as_text", "blank_mask", "is_valid_many", "parse_many"]

_TEXT = pd.StringDtype("pyarrow")


def as_text(values: Any) -> pd.Series:
    """A Series of strings (pyarrow-backed), missing values as ``<NA>``; other types via ``str``.

    >>> as_text([" a", None, 3]).tolist()
    [' a', <NA>, '3']
    """
    s = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    if s.dtype == _TEXT:
        return s
    try:
        return s.astype(_TEXT)
    except (TypeError, ValueError):  # mixed objects: stringify the non-missing ones
        obj = s.astype(object)
        obj = obj.where(obj.isna(), obj.map(str, na_action="ignore"))
        return obj.astype(_TEXT)


def blank_mask(s: pd.Series) -> np.ndarray:
    """``True`` where a value is missing or only whitespace.

    >>> blank_mask(as_text(["x", " ", None, "\\u3000"])).tolist()
    [False, True, True, True]
    """
    t = as_text(s)
    stripped = t.str.replace(r"^[\s\u3000]+|[\s\u3000]+$", "", regex=True)
    return (stripped.isna() | (stripped == "")).fillna(True).to_numpy(dtype=bool)


def _uniques(values: Any) -> tuple[np.ndarray, np.ndarray]:
    s = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    return codes, np.asarray(uniques, dtype=object)


def _spread(codes: np.ndarray, per_unique: np.ndarray, fill: Any) -> np.ndarray:
    out = np.full(len(codes), fill, dtype=per_unique.dtype)
    known = codes >= 0
    out[known] = per_unique[codes[known]]
    return out


def is_valid_many(values: Iterable[Any] | pd.Series, module: ModuleType) -> np.ndarray:
    """``module.is_valid`` over many values, as a boolean array; missing values are ``False``.

    Each distinct value is checked once. For the identifier modules with a fast path, the
    well-formed common case is settled in numpy and the rest is asked of the module.
    """
    from cnpii.validation import _fast

    codes, uniques = _uniques(values)
    if len(uniques) == 0:
        return np.zeros(len(codes), dtype=bool)
    ok = _fast.valid_uniques(uniques, module)
    return _spread(codes, ok, False)


def parse_many(values: Iterable[Any] | pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validity, birth date (``YYYYMMDD`` as int, 0 if invalid) and sex (``"M"``/``"F"``/``""``)
    of resident ID numbers, read by :func:`cnpii.identifiers.resident_id.parse` (or its fast
    path for well-formed 18-digit numbers).

    >>> ok, birth, sex = parse_many(["11010519491231002X", "bad"])
    >>> ok.tolist(), int(birth[0]), sex.tolist()
    ([True, False], 19491231, ['F', ''])
    """
    from cnpii.validation import _fast

    codes, uniques = _uniques(values)
    ok, birth, sex = _fast.parse_uniques(uniques)
    return _spread(codes, ok, False), _spread(codes, birth, 0), _spread(codes, sex, "")
