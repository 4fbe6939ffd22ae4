"""FF1 over a ranked domain of any size, with cycle-walking.

Format-preserving recipes number the valid values of a format 0..size-1 (their *rank*), encrypt
the rank with FF1 over the smallest ``radix ** n >= size`` and, while the result falls outside
the domain, encrypt again (cycle-walking). Both directions are bijections of 0..size-1, so a
token is always a valid value of the same format and decrypts to the original.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from cnpii.errors import TokenizationError
from cnpii.hazmat.fpe import FF1, MIN_DOMAIN

__all__ = ["RankedDomain"]

_MAX_RADIX = 1 << 16


def _iroot_ceil(size: int, n: int) -> int:
    r = max(2, int(round(size ** (1.0 / n))))
    while r**n < size:
        r += 1
    while r > 2 and (r - 1) ** n >= size:
        r -= 1
    return r


class RankedDomain:
    """Encrypt ranks in ``0..size-1`` with FF1 and cycle-walking.

    >>> from cnpii.hazmat.fpe import FF1
    >>> dom = RankedDomain(64_284_000)
    >>> dom.radix, dom.length
    (8018, 2)
    """

    __slots__ = ("size", "radix", "length")

    def __init__(self, size: int) -> None:
        if size < MIN_DOMAIN:
            raise TokenizationError(
                f"the format leaves fewer than {MIN_DOMAIN:,} possible values here, below "
                "FF1's minimum domain; keep fewer parts of the value or use an opaque token")
        n = 2
        while _iroot_ceil(size, n) > _MAX_RADIX:
            n += 1
        self.size, self.length, self.radix = size, n, _iroot_ceil(size, n)

    def crypt(self, get_ff1: Callable[[int], FF1], ranks: np.ndarray | list[int], tweak: bytes,
              decrypt: bool = False) -> np.ndarray | list[int]:
        """Encrypt (or decrypt) every rank; returns the same kind of container."""
        ff1 = get_ff1(self.radix)
        if isinstance(ranks, np.ndarray) and self.size < (1 << 63):
            y = np.asarray(ff1.crypt_ints(ranks.astype(np.uint64), self.length, tweak,
                                          decrypt=decrypt))
            limit = np.uint64(self.size)
            todo = np.nonzero(y >= limit)[0]
            while todo.size:
                y[todo] = ff1.crypt_ints(y[todo], self.length, tweak, decrypt=decrypt)
                todo = todo[y[todo] >= limit]
            return y
        out = []
        for x in (int(v) for v in ranks):
            x = ff1._crypt_int(x, self.length, tweak, decrypt)
            while x >= self.size:
                x = ff1._crypt_int(x, self.length, tweak, decrypt)
            out.append(x)
        return out
