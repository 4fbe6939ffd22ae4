"""Fast paths that settle well-formed identifier values in numpy; the module decides the rest.

A fast path only ever *accepts*. Every value it does not accept, for whatever reason, is
passed to the identifier module's own ``is_valid`` (or ``parse``), once per distinct value, so
an issue is reported only when the module itself rejects the value. The tests check, on
generated and damaged values, that each fast path agrees with its module value for value.

* ``resident_id``: 18-character numbers written compactly (17 ASCII digits + digit or ``X``,
  first digit 1-8). The MOD 11-2 check runs as one matrix product with the GB 11643 weights;
  the region code is asked of :func:`~cnpii.identifiers.resident_id.is_region_code` once per
  distinct code; the birth date is checked as a calendar date between 1850 and today.
* ``mobile_phone``: 11 ASCII digits starting with ``1``. Such a number's validity depends only
  on its segment (its first five digits at most), so the module is asked once per distinct
  five-digit prefix, with the rest of the number zeroed.
* ``bank_card``: 15-19 ASCII digits. The Luhn check runs in numpy; the module is asked once per
  distinct (length, first six digits), with a Luhn-valid stand-in for the rest.

Values arrive as a pyarrow-backed string Series; the digit matrices are read straight from the
Arrow buffers (no Python string per value on the fast path).
"""

from __future__ import annotations

import datetime
from types import ModuleType
from typing import Any, Callable

import numpy as np
import pandas as pd
import pyarrow as pa

from cnpii.identifiers.batch import luhn_valid, mod11_2_check

__all__ = ["valid_text", "parse_text", "FAST_PATHS"]

_TEXT = pd.StringDtype("pyarrow")
_MIN_BIRTH = 18500101


def _shaped(text: pd.Series, pattern: str) -> np.ndarray:
    return text.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)


def _digit_matrix(text: pd.Series, rows: np.ndarray, width: int) -> np.ndarray:
    """ASCII codes of the given rows (all ``width`` ASCII characters) as an (n, width) matrix."""
    if len(rows) == 0:
        return np.zeros((0, width), dtype=np.uint8)
    arr = pa.array(text.iloc[rows].array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    off_type = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    offsets = np.frombuffer(arr.buffers()[1], dtype=off_type)[arr.offset:arr.offset + len(arr) + 1]
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8)
    return data[offsets[0]:offsets[-1]].reshape(-1, width)


def _to_int(digits: np.ndarray) -> np.ndarray:
    """Rows of digit values (0-9) read as base-10 integers."""
    return digits.astype(np.int64) @ (10 ** np.arange(digits.shape[1] - 1, -1, -1, dtype=np.int64))


def _real_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    month_len = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
    ok_m = (m >= 1) & (m <= 12)
    days = month_len[np.where(ok_m, m, 0)] + ((m == 2) & leap)
    return ok_m & (d >= 1) & (d <= days)


def _resident_id_rows(text: pd.Series, module: ModuleType) -> tuple[np.ndarray, np.ndarray]:
    """Rows the fast path accepts and their (n, 18) digit matrix."""
    idx = np.flatnonzero(_shaped(text, r"[1-8][0-9]{16}[0-9X]"))
    if len(idx) == 0:
        return idx, np.zeros((0, 18), dtype=np.int64)
    mat = _digit_matrix(text, idx, 18)
    digits = mat[:, :17].astype(np.int64) - 48
    good = mod11_2_check(digits) == mat[:, 17]
    # region: the module's own table, asked once per distinct code
    distinct, inverse = np.unique(_to_int(digits[:, :6]), return_inverse=True)
    known = np.fromiter((module.is_region_code(f"{c:06d}") for c in distinct), dtype=bool,
                        count=len(distinct))
    good &= known[inverse.ravel()]
    ymd = _to_int(digits[:, 6:14])
    y, m, d = ymd // 10000, ymd // 100 % 100, ymd % 100
    today = int(datetime.date.today().strftime("%Y%m%d"))
    good &= _real_dates(y, m, d) & (ymd >= _MIN_BIRTH) & (ymd <= today)
    return idx[good], digits[good]


def _resident_id_fast(text: pd.Series, module: ModuleType) -> np.ndarray:
    ok = np.zeros(len(text), dtype=bool)
    ok[_resident_id_rows(text, module)[0]] = True
    return ok


def _by_stand_in(text: pd.Series, module: ModuleType, pattern: str, key_len: int,
                 stand_in: Callable[[str, int], str]) -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """Accept a shaped value when the module accepts the stand-in built from its first
    ``key_len`` digits and its length (asked once per distinct prefix and length).
    Returns the accepted mask and, per length, the accepted rows' digit matrices' row ids."""
    ok = np.zeros(len(text), dtype=bool)
    idx = np.flatnonzero(_shaped(text, pattern))
    if len(idx) == 0:
        return ok, {}
    lengths = text.iloc[idx].str.len().to_numpy(dtype=np.int64)
    groups: dict[int, np.ndarray] = {}
    for n in np.unique(lengths):
        rows = idx[lengths == n]
        digits = _digit_matrix(text, rows, int(n)).astype(np.int64) - 48
        distinct, inverse = np.unique(_to_int(digits[:, :key_len]), return_inverse=True)
        verdict = np.fromiter((module.is_valid(stand_in(f"{k:0{key_len}d}", int(n))) for k in distinct),
                              dtype=bool, count=len(distinct))
        accepted = verdict[inverse.ravel()]
        ok[rows[accepted]] = True
        groups[int(n)] = digits[accepted]
        groups[-int(n)] = rows[accepted]
    return ok, groups


def _mobile_fast(text: pd.Series, module: ModuleType) -> np.ndarray:
    return _by_stand_in(text, module, r"1[0-9]{10}", 5,
                        lambda prefix, n: prefix + "0" * (n - len(prefix)))[0]


def _bank_card_stand_in(prefix: str, n: int) -> str:
    from cnpii.identifiers._util import luhn_check_digit

    body = prefix + "0" * (n - len(prefix) - 1)
    return body + luhn_check_digit(body)


def _bank_card_fast(text: pd.Series, module: ModuleType) -> np.ndarray:
    ok, groups = _by_stand_in(text, module, r"[0-9]{15,19}", 6, _bank_card_stand_in)
    for n in [k for k in groups if k > 0]:
        digits, rows = groups[n], groups[-n]
        ok[rows[~luhn_valid(digits)]] = False
    return ok


#: identifier module name -> fast path (accept-only), over a pyarrow string Series
FAST_PATHS: dict[str, Callable[[pd.Series, ModuleType], np.ndarray]] = {
    "resident_id": _resident_id_fast,
    "mobile_phone": _mobile_fast,
    "bank_card": _bank_card_fast,
}


def _module_name(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def _split(values: Any) -> tuple[pd.Series | None, np.ndarray, np.ndarray | None, int]:
    """(text of the str values, their positions, the raw objects or None, count)."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.StringDtype):
        text = values if values.dtype == _TEXT else values.astype(_TEXT)
        text = text.reset_index(drop=True).fillna("")  # "" is invalid for every module
        return text, np.arange(len(text)), None, len(text)
    objs = np.asarray(values.to_numpy(dtype=object) if isinstance(values, pd.Series)
                      else list(values), dtype=object)
    if objs.ndim != 1:  # a list of lists or similar: no fast path
        objs = np.array(list(values) + [None], dtype=object)[:-1]
    pos = np.flatnonzero(np.fromiter((type(v) is str for v in objs), dtype=bool, count=len(objs)))
    try:
        text = pd.Series(objs[pos], dtype=_TEXT)
    except (TypeError, ValueError, UnicodeError, pa.ArrowException):  # e.g. lone surrogates
        text = None
    return text, pos, objs, len(objs)


def _objects(text: pd.Series | None, objs: np.ndarray | None, rows: np.ndarray) -> np.ndarray:
    if objs is not None:
        return objs[rows]
    assert text is not None
    return np.asarray(text.iloc[rows].tolist(), dtype=object)


def _per_distinct(values: np.ndarray, fn: Callable[[Any], Any]) -> list[Any]:
    """``fn`` once per distinct value (hashable values deduplicated, others called each)."""
    try:
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    except TypeError:  # unhashable junk
        return [fn(v) for v in values]
    answers = [fn(u) for u in uniques]
    return [answers[c] for c in codes]


def valid_text(values: Any, module: ModuleType, *, fast: bool = True) -> np.ndarray:
    """``module.is_valid`` of every value: the fast path where it accepts, the module (once per
    distinct value) everywhere else. Missing values are ``False``."""
    text, pos, objs, n = _split(values)
    ok = np.zeros(n, dtype=bool)
    fast_path = FAST_PATHS.get(_module_name(module)) if fast else None
    if fast_path is not None and text is not None and len(text):
        accepted = fast_path(text, module)
        ok[pos[accepted]] = True
    rest = np.flatnonzero(~ok)
    if len(rest):
        vals = _objects(text, objs, rest)
        ok[rest] = np.array(_per_distinct(vals, module.is_valid), dtype=bool)
    return ok


def parse_text(values: Any, *, fast: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validity, birth date as ``YYYYMMDD`` int and sex of resident ID numbers."""
    from cnpii.identifiers import resident_id

    text, pos, objs, n = _split(values)
    ok = np.zeros(n, dtype=bool)
    birth = np.zeros(n, dtype=np.int64)
    sex = np.full(n, "", dtype=object)
    if fast and text is not None and len(text):
        rows, digits = _resident_id_rows(text, resident_id)
        at = pos[rows]
        ok[at] = True
        birth[at] = _to_int(digits[:, 6:14])
        sex[at] = np.where(digits[:, 16] % 2 == 1, "M", "F")
    rest = np.flatnonzero(~ok)

    def _parse(v: Any) -> tuple[bool, int, str]:
        try:
            info = resident_id.parse(v)
        except Exception:  # any rejection, whatever the input type
            return False, 0, ""
        b = info.birth_date
        return True, b.year * 10000 + b.month * 100 + b.day, info.sex

    if len(rest):
        parsed = _per_distinct(_objects(text, objs, rest), _parse)
        ok[rest] = [p[0] for p in parsed]
        birth[rest] = [p[1] for p in parsed]
        sex[rest] = [p[2] for p in parsed]
    return ok, birth, sex
