"""Fast paths that settle well-formed identifier values in numpy; the module decides the rest.

A fast path only ever *accepts*. Every value it does not accept, for whatever reason, is
passed to the identifier module's own ``is_valid`` (or ``parse``), so an issue is reported only
when the module itself rejects the value. The tests check, on generated and damaged values,
that each fast path agrees with its module value for value.

* ``resident_id``: 18-character numbers written compactly (17 ASCII digits + digit or ``X``,
  first digit 1-8). The MOD 11-2 check runs as one matrix product with the GB 11643 weights;
  the region code is asked of :func:`~cnpii.identifiers.resident_id.is_region_code` once per
  distinct code; the birth date is checked as a calendar date between 1850 and today.
* ``mobile_phone``: 11 ASCII digits starting with ``1``. Such a number's validity depends only
  on its segment (its first five digits at most), so the module is asked once per distinct
  five-digit prefix, with the rest of the number zeroed.
* ``bank_card``: 15-19 ASCII digits. The Luhn check runs in numpy; the module is asked once per
  distinct (length, first six digits), with a Luhn-valid stand-in for the rest.
"""

from __future__ import annotations

import datetime
from types import ModuleType
from typing import Callable

import numpy as np
import pandas as pd

__all__ = ["valid_uniques", "parse_uniques", "FAST_PATHS"]

_TEXT = pd.StringDtype("pyarrow")
# GB 11643 / ISO 7064 MOD 11-2: weight of position i (0-based) is 2^(17-i) mod 11
_RID_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)], dtype=np.int64)
_RID_CHECK = np.frombuffer(b"10X98765432", dtype=np.uint8)
_MIN_BIRTH = 18500101


def _str_mask(uniques: np.ndarray) -> np.ndarray:
    # the modules reject anything that is not a str; so must the fast path
    return np.fromiter((type(u) is str for u in uniques), dtype=bool, count=len(uniques))


def _shaped(uniques: np.ndarray, pattern: str) -> np.ndarray:
    is_str = _str_mask(uniques)
    out = np.zeros(len(uniques), dtype=bool)
    if is_str.any():
        s = pd.Series(uniques[is_str], dtype=_TEXT)
        out[is_str] = s.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
    return out


def _digit_matrix(values: np.ndarray, width: int) -> np.ndarray:
    """ASCII codes of equal-length ASCII strings as an (n, width) uint8 matrix."""
    if len(values) == 0:
        return np.zeros((0, width), dtype=np.uint8)
    return np.frombuffer("".join(values).encode("ascii"), dtype=np.uint8).reshape(-1, width)


def _real_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    month_len = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
    ok_m = (m >= 1) & (m <= 12)
    days = month_len[np.where(ok_m, m, 0)] + ((m == 2) & leap)
    return ok_m & (d >= 1) & (d <= days)


def _resident_id_fast(uniques: np.ndarray, module: ModuleType) -> np.ndarray:
    shaped = _shaped(uniques, r"[1-8][0-9]{16}[0-9X]")
    idx = np.flatnonzero(shaped)
    ok = np.zeros(len(uniques), dtype=bool)
    if len(idx) == 0:
        return ok
    mat = _digit_matrix(uniques[idx], 18)
    digits = mat[:, :17].astype(np.int64) - 48
    good = _RID_CHECK[(digits @ _RID_WEIGHTS) % 11] == mat[:, 17]
    # region: the module's own table, asked once per distinct code
    region = (digits[:, :6] * 10 ** np.arange(5, -1, -1)).sum(axis=1)
    codes, distinct = pd.factorize(region)
    known = np.fromiter((module.is_region_code(f"{c:06d}") for c in distinct), dtype=bool,
                        count=len(distinct))
    good &= known[codes]
    y = (digits[:, 6:10] * np.array([1000, 100, 10, 1])).sum(axis=1)
    m = digits[:, 10] * 10 + digits[:, 11]
    d = digits[:, 12] * 10 + digits[:, 13]
    ymd = y * 10000 + m * 100 + d
    today = int(datetime.date.today().strftime("%Y%m%d"))
    good &= _real_dates(y, m, d) & (ymd >= _MIN_BIRTH) & (ymd <= today)
    ok[idx] = good
    return ok


def _by_representative(uniques: np.ndarray, module: ModuleType, pattern: str,
                       key: Callable[[str], str]) -> np.ndarray:
    """Accept a shaped value when the module accepts the stand-in built from its key."""
    shaped = _shaped(uniques, pattern)
    idx = np.flatnonzero(shaped)
    ok = np.zeros(len(uniques), dtype=bool)
    if len(idx) == 0:
        return ok
    keys = pd.Series(uniques[idx], dtype=object).map(key)
    codes, distinct = pd.factorize(keys)
    verdict = np.fromiter((module.is_valid(k) for k in distinct), dtype=bool, count=len(distinct))
    ok[idx] = verdict[codes]
    return ok


def _mobile_fast(uniques: np.ndarray, module: ModuleType) -> np.ndarray:
    return _by_representative(uniques, module, r"1[0-9]{10}", lambda v: v[:5] + "000000")


def _luhn_ok(values: np.ndarray) -> np.ndarray:
    out = np.zeros(len(values), dtype=bool)
    lengths = np.fromiter((len(v) for v in values), dtype=np.int64, count=len(values))
    for n in np.unique(lengths):
        sel = np.flatnonzero(lengths == n)
        digits = _digit_matrix(values[sel], int(n)).astype(np.int64) - 48
        rev = digits[:, ::-1]
        doubled = rev[:, 1::2] * 2
        doubled -= 9 * (doubled > 9)
        out[sel] = (rev[:, 0::2].sum(axis=1) + doubled.sum(axis=1)) % 10 == 0
    return out


def _bank_card_key(v: str) -> str:
    from cnpii.identifiers._util import luhn_check_digit

    body = v[:6] + "0" * (len(v) - 7)
    return body + luhn_check_digit(body)


def _bank_card_fast(uniques: np.ndarray, module: ModuleType) -> np.ndarray:
    ok = _by_representative(uniques, module, r"[0-9]{15,19}", _bank_card_key)
    idx = np.flatnonzero(ok)
    if len(idx):
        ok[idx] = _luhn_ok(uniques[idx])
    return ok


#: identifier module name -> fast path (accept-only)
FAST_PATHS: dict[str, Callable[[np.ndarray, ModuleType], np.ndarray]] = {
    "resident_id": _resident_id_fast,
    "mobile_phone": _mobile_fast,
    "bank_card": _bank_card_fast,
}


def _module_name(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def valid_uniques(uniques: np.ndarray, module: ModuleType, *, fast: bool = True) -> np.ndarray:
    """Validity of distinct values: the fast path where it accepts, the module everywhere else."""
    fast_path = FAST_PATHS.get(_module_name(module)) if fast else None
    ok = fast_path(uniques, module) if fast_path is not None else np.zeros(len(uniques), dtype=bool)
    rest = np.flatnonzero(~ok)
    if len(rest):
        is_valid = module.is_valid
        ok[rest] = np.fromiter((is_valid(u) for u in uniques[rest]), dtype=bool, count=len(rest))
    return ok


def parse_uniques(uniques: np.ndarray, *, fast: bool = True
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validity, birth date as ``YYYYMMDD`` int and sex of distinct resident ID numbers."""
    from cnpii.identifiers import resident_id

    n = len(uniques)
    ok = _resident_id_fast(uniques, resident_id) if fast else np.zeros(n, dtype=bool)
    birth = np.zeros(n, dtype=np.int64)
    sex = np.full(n, "", dtype=object)
    idx = np.flatnonzero(ok)
    if len(idx):
        mat = _digit_matrix(uniques[idx], 18).astype(np.int64) - 48
        birth[idx] = (mat[:, 6:14] * 10 ** np.arange(7, -1, -1)).sum(axis=1)
        sex[idx] = np.where(mat[:, 16] % 2 == 1, "M", "F")
    for i in np.flatnonzero(~ok):
        try:
            info = resident_id.parse(uniques[i])
        except Exception:  # any rejection, whatever the input type
            continue
        ok[i] = True
        birth[i] = info.birth_date.year * 10000 + info.birth_date.month * 100 + info.birth_date.day
        sex[i] = info.sex
    return ok, birth, sex
