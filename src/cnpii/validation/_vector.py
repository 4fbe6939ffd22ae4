"""Column-at-a-time validity: each distinct value is checked once, by its identifier module.

Identifier columns go through a fast path (:mod:`cnpii.validation._fast`) that settles the
common, well-formed values with numpy and hands every other value to the module, once per
distinct value. A value is reported invalid only by the module itself.

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
    stripped = as_text(s).str.strip()  # pyarrow trims Unicode whitespace, U+3000 included
    return (stripped.isna() | (stripped == "")).fillna(True).to_numpy(dtype=bool)


def is_valid_many(values: Iterable[Any] | pd.Series, module: ModuleType) -> np.ndarray:
    """``module.is_valid`` over many values, as a boolean array; missing values are ``False``.

    For the identifier modules with a fast path, well-formed values are settled in numpy; every
    other value is asked of the module, once per distinct value.
    """
    from cnpii.validation import _fast

    return _fast.valid_text(values, module)


def parse_many(values: Iterable[Any] | pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validity, birth date (``YYYYMMDD`` as int, 0 if invalid) and sex (``"M"``/``"F"``/``""``)
    of resident ID numbers, read by :func:`cnpii.identifiers.resident_id.parse` (or its fast
    path for well-formed 18-digit numbers).

    >>> ok, birth, sex = parse_many(["11010519491231002X", "bad"])
    >>> ok.tolist(), int(birth[0]), sex.tolist()
    ([True, False], 19491231, ['F', ''])
    """
    from cnpii.validation import _fast

    return _fast.parse_text(values)
