"""Check digits of many values at once, as numpy arrays, for batch paths.

The same facts as :func:`cnpii.identifiers.resident_id.calc_check_char` and the Luhn helpers,
kept here once for every vectorised caller (tokenization, validation). This module imports
numpy; ``import cnpii.identifiers`` does not load it.

>>> import numpy as np
>>> body = np.array([[int(c) for c in "11010519491231002"]])
>>> bytes(mod11_2_check(body)).decode()
'X'
>>> luhn_checksums(np.array([[int(c) for c in "79927398713"]])).tolist()
[0]
"""

from __future__ import annotations

import numpy as np

from cnpii.identifiers.resident_id import CHECK_CHARS, CHECK_WEIGHTS

__all__ = ["mod11_2_check", "luhn_checksums", "luhn_valid"]

_MOD11_WEIGHTS = np.array(CHECK_WEIGHTS, dtype=np.int64)
_MOD11_CHARS = np.frombuffer(CHECK_CHARS.encode("ascii"), dtype=np.uint8)
# Luhn: a doubled digit d counts as 2d, minus 9 when that exceeds 9
_DOUBLE = np.array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9], dtype=np.int64)


def mod11_2_check(body: np.ndarray) -> np.ndarray:
    """The GB 11643 check character (an ASCII byte) of every row of an (N, 17) digit matrix."""
    s = np.asarray(body).astype(np.int64) @ _MOD11_WEIGHTS
    return _MOD11_CHARS[s % 11]


def luhn_checksums(digits: np.ndarray) -> np.ndarray:
    """Luhn sum mod 10 of every row of an (N, L) digit matrix (0 means the row is valid)."""
    digits = np.asarray(digits)
    n = digits.shape[1]
    total = np.zeros(digits.shape[0], dtype=np.int64)
    for col in range(n):
        d = digits[:, col].astype(np.int64)
        total += _DOUBLE[d] if (n - 1 - col) % 2 == 1 else d
    return total % 10


def luhn_valid(digits: np.ndarray) -> np.ndarray:
    """Whether every row of an (N, L) digit matrix passes Luhn.

    >>> luhn_valid(np.array([[7, 9], [1, 8]])).tolist()
    [False, True]
    """
    return luhn_checksums(digits) == 0

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals())  # cnpii._args: typed, quiet errors for wrong arguments (issue 11)
