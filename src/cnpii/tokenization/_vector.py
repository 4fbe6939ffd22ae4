"""Vectorised helpers for the batch path: strings <-> digit matrices, Luhn, MOD 11-2, dates.

The Luhn and MOD 11-2 functions here are numpy mirrors of ``cnpii.identifiers`` checks (one
value at a time there, a million at once here). They exist only for speed; the tests compare
them with ``bank_card.calc_check_digit`` and ``resident_id.calc_check_char`` on random input,
and the identifier modules stay the reference.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from cnpii.identifiers.batch import luhn_checksums, mod11_2_check

__all__ = ["ascii_matrix", "matrix_to_strings", "digits_to_int", "int_to_digits",
           "luhn_checksums", "mod11_2_check", "date_rank", "date_unrank", "fast_rows",
           "digit_rows"]


def fast_rows(values: Sequence[str], n: int, compact: Callable[[str], str],
              row_ok: Callable[[np.ndarray], np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """An (N, n) uint8 character matrix of ``values`` and a mask of the rows that pass
    ``row_ok`` (a vectorised shape test). Values are taken as they are when they already have
    the compact shape; only the others go through the identifier module's ``compact``."""
    vals = list(values)
    count = len(vals)
    m: np.ndarray | None = None
    if set(map(type, vals)) <= {str}:
        lens = np.fromiter(map(len, vals), dtype=np.int64, count=count)
        if (lens == n).all():
            try:
                m = np.frombuffer("".join(vals).encode("ascii"), dtype=np.uint8).reshape(count, n)
            except UnicodeEncodeError:
                m = None
    if m is None:
        bad = np.ones(count, dtype=bool)
        m = np.full((count, n), 48, dtype=np.uint8)
    else:
        bad = ~row_ok(m)
        if not bad.any():
            return m, ~bad
        m = m.copy()
    good = ~bad
    for i in np.nonzero(bad)[0].tolist():
        v = vals[i]
        try:
            c = v if type(v) is str and len(v) == n and v.isascii() else compact(v)
            c = compact(c) if c == v else c
        except Exception:
            continue
        if len(c) == n and c.isascii():
            row = np.frombuffer(c.encode("ascii"), dtype=np.uint8)
            if row_ok(row[None, :])[0]:
                m[i] = row
                good[i] = True
    return m, good


def digit_rows(m: np.ndarray) -> np.ndarray:
    """Rows that are all ASCII digits."""
    return ((m >= 48) & (m <= 57)).all(axis=1)


def ascii_matrix(values: Sequence[str], n: int) -> np.ndarray:
    """An (N, n) uint8 matrix of the characters of equal-length ASCII strings."""
    if not values:
        return np.zeros((0, n), dtype=np.uint8)
    return np.frombuffer("".join(values).encode("ascii"), dtype=np.uint8).reshape(len(values), n)


def matrix_to_strings(chars: np.ndarray) -> list[str]:
    """The rows of an (N, n) uint8 ASCII matrix as strings."""
    count, n = chars.shape
    if count == 0:
        return []
    blob = np.ascontiguousarray(chars, dtype=np.uint8).tobytes().decode("ascii")
    return [blob[k:k + n] for k in range(0, count * n, n)]


def digits_to_int(digits: np.ndarray) -> np.ndarray:
    """Digit columns (most significant first) to uint64 numbers (at most 19 columns)."""
    acc = np.zeros(digits.shape[0], dtype=np.uint64)
    ten = np.uint64(10)
    for col in range(digits.shape[1]):
        acc = acc * ten + digits[:, col].astype(np.uint64)
    return acc


def int_to_digits(x: np.ndarray, n: int) -> np.ndarray:
    """uint64 numbers to an (N, n) uint8 digit matrix, zero-padded on the left."""
    out = np.empty((x.shape[0], n), dtype=np.uint8)
    x = x.astype(np.uint64, copy=True)
    ten = np.uint64(10)
    for col in range(n - 1, -1, -1):
        out[:, col] = x % ten
        x //= ten
    return out


_EPOCH = np.datetime64("1970-01", "M")


def date_rank(yyyymmdd: np.ndarray, start: np.datetime64) -> tuple[np.ndarray, np.ndarray]:
    """Days since ``start`` for an (N, 8) digit matrix of dates, and a mask of real dates."""
    d = yyyymmdd.astype(np.int64)
    year = d[:, 0] * 1000 + d[:, 1] * 100 + d[:, 2] * 10 + d[:, 3]
    month = d[:, 4] * 10 + d[:, 5]
    day = d[:, 6] * 10 + d[:, 7]
    ok = (month >= 1) & (month <= 12) & (day >= 1)
    months = (year - 1970) * 12 + np.clip(month, 1, 12) - 1
    first = (_EPOCH + months.astype("m8[M]")).astype("M8[D]")
    nxt = (_EPOCH + (months + 1).astype("m8[M]")).astype("M8[D]")
    date = first + (np.maximum(day, 1) - 1).astype("m8[D]")
    ok &= date < nxt
    return (date - start).astype(np.int64), ok


def date_unrank(rank: np.ndarray, start: np.datetime64) -> np.ndarray:
    """The inverse of :func:`date_rank`: an (N, 8) digit matrix ``YYYYMMDD``."""
    date = start + rank.astype("m8[D]")
    months = date.astype("M8[M]")
    year = months.astype(np.int64) // 12 + 1970
    month = months.astype(np.int64) % 12 + 1
    day = (date - months.astype("M8[D]")).astype(np.int64) + 1
    number = (year * 10000 + month * 100 + day).astype(np.uint64)
    return int_to_digits(number, 8)
