"""Helpers shared by the identifier modules: normalisation, masking and the is_valid shape.

Kept free of heavy imports so that ``import cnpii.identifiers`` stays fast.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any, Callable

from cnpii.errors import InvalidFormat, ValidationError

# Full-width ASCII (U+FF01..U+FF5E) to half-width, the ideographic space to a space, and the
# full-width-ish dashes and dots people type in Chinese forms to their ASCII forms.
_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH.update({0x3000: 0x20, 0x2014: 0x2D, 0x2013: 0x2D, 0x2012: 0x2D, 0x2212: 0x2D,
                   0x2010: 0x2D, 0x2011: 0x2D, 0x30FC: 0x2D, 0x3002: 0x2E, 0x00A0: 0x20,
                   0x200B: None, 0xFEFF: None})

#: separators stripped by :func:`clean` unless a module asks for others
SEPARATORS = " -./:_\t\r\n()（）"

_MAX_LEN = 256  # nothing cnpii validates is longer; refuse early instead of scanning megabytes


def to_halfwidth(s: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms.

    >>> to_halfwidth("１３８－１２３４")
    '138-1234'
    """
    return s.translate(_HALFWIDTH)


def clean(s: object, deletechars: str = SEPARATORS, *, upper: bool = True) -> str:
    """The compact form of ``s``: half-width, separators removed, upper-cased.

    Raises :class:`InvalidFormat` for anything that is not a ``str`` (no value is quoted).

    >>> clean(" 1101 0519-4912 3100 2x ")
    '11010519491231002X'
    """
    if type(s) is str and len(s) <= 64 and s.isascii() and s.isalnum():
        return s.upper() if upper else s  # already compact: the common case, no translation
    if not isinstance(s, str):
        raise InvalidFormat("the value is not a string")
    if len(s) > _MAX_LEN * 4:
        raise InvalidFormat("the value is far too long")
    s = s.translate(_table(deletechars))
    return s.upper() if upper else s


@lru_cache(maxsize=32)
def _table(deletechars: str) -> dict[int, int | None]:
    """One translation table doing half-width conversion and separator removal together."""
    table: dict[int, int | None] = dict(_HALFWIDTH)
    for c in deletechars:
        table[ord(c)] = None
    # a full-width separator (e.g. U+FF0D) turns into a deleted ASCII one in the same pass
    for full, half in _HALFWIDTH.items():
        if half is not None and chr(half) in deletechars:
            table[full] = None
    return table


def is_valid_from(validate: Callable[[str], str]) -> Callable[[Any], bool]:
    """Build an ``is_valid`` that never raises, whatever the input type."""

    def is_valid(s: Any) -> bool:
        try:
            return bool(validate(s))
        except ValidationError:
            return False
        except Exception:  # junk input must never raise from is_valid
            return False

    is_valid.__doc__ = "Whether the value is valid; never raises, for any input."
    return is_valid


def mask_middle(s: str, keep_first: int, keep_last: int, char: str = "*") -> str:
    """Keep the first and last characters, mask the rest; a value too short is masked whole.

    >>> mask_middle("13812345678", 3, 4)
    '138****5678'
    >>> mask_middle("1234", 3, 4)
    '****'
    """
    n = len(s)
    if keep_first + keep_last >= n:
        return char * n
    return s[:keep_first] + char * (n - keep_first - keep_last) + s[n - keep_last:]


def rng_or_default(rng: random.Random | None) -> random.Random:
    """The caller's random generator, or a fresh unseeded one."""
    return rng if rng is not None else random.Random()


def random_digits(r: random.Random, n: int) -> str:
    """``n`` random decimal digits drawn from ``r``.

    >>> random_digits(random.Random(1), 4).isdigit()
    True
    """
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_checksum(digits: str) -> int:
    """Luhn sum mod 10 of a digit string (0 means valid)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i & 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10


def luhn_check_digit(body: str) -> str:
    """The Luhn digit to append to ``body``.

    >>> luhn_check_digit("7992739871")
    '3'
    """
    return str((10 - luhn_checksum(body + "0")) % 10)


#: the identifier functions cnpii._args.guard wraps (the rest fail typed on any input already)
GUARDED_NAMES = frozenset({"generate", "calc_check_digit", "calc_check_char", "calc_org_check_char",
                           "region_codes", "area_codes", "fits_bank"})
