"""Unified social credit code (统一社会信用代码), GB 32100-2015.

18 characters over the 31-symbol alphabet ``0-9A-Y`` without I, O, S, V and Z:

* 1: registering authority (1 机构编制, 5 民政, 9 市场监管, Y other, ...)
* 2: institution category
* 3-8: administrative division code of the registering authority (digits)
* 9-17: the GB 11714 organisation code, with its own check character at position 17
* 18: GB 32100 check character, weights ``3^(i-1) mod 31``

>>> validate("91350100M000100Y43")
'91350100M000100Y43'
>>> is_valid("91350100M000100Y44")
False
>>> organization_code("91350100M000100Y43")
'M000100Y4'
>>> format("91350100M000100Y43")
'91350100M000100Y43'
>>> mask("91350100M000100Y43")
'91350100********43'
"""

from __future__ import annotations

import random

from cnpii.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, mask_middle, rng_or_default

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate",
           "calc_check_char", "organization_code", "calc_org_check_char", "ALPHABET"]

#: the 31 symbols of GB 32100, value = index
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_AUTHORITIES = "123456789ANY"


def compact(s: str) -> str:
    """Strip separators and spaces, full-width to half-width, upper-case."""
    return clean(s)


def calc_check_char(body: str) -> str:
    """The GB 32100 check character for the first 17 characters.

    >>> calc_check_char("91350100M000100Y4")
    '3'
    """
    total = sum(_VALUE[c] * w for c, w in zip(body, _WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def calc_org_check_char(body: str) -> str:
    """The GB 11714 check character for an 8-character organisation code body.

    >>> calc_org_check_char("D2143569")
    'X'
    """
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def validate(s: str) -> str:
    """Check a USCC and return its compact form, or raise a typed :class:`ValidationError`."""
    v = compact(s)
    if len(v) != 18:
        raise InvalidLength()
    if any(c not in _VALUE for c in v):
        raise InvalidFormat()
    if not v[2:8].isdigit():
        raise InvalidComponent("the division code part is not numeric")
    org = v[8:17]
    if not org[:8].isalnum() or not org[:8].isascii():
        raise InvalidFormat()
    if calc_org_check_char(org[:8]) != org[8]:
        raise InvalidChecksum("the embedded organisation code check does not match")
    if calc_check_char(v[:17]) != v[17]:
        raise InvalidChecksum()
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("uscc", _is_valid_py)


def organization_code(s: str) -> str:
    """The embedded 9-character GB 11714 organisation code."""
    return validate(s)[8:17]


def format(s: str) -> str:
    """USCCs are written as one 18-character block."""
    return validate(s)


def mask(s: str) -> str:
    """Keep the authority, category and division code (first 8) and the last 2."""
    return mask_middle(compact(s), 8, 2)


def generate(rng: random.Random | None = None) -> str:
    """A random valid USCC (synthetic; the division code is a plausible prefecture)."""
    r = rng_or_default(rng)
    head = r.choice(_AUTHORITIES) + r.choice("123")
    division = f"{r.choice([11, 12, 31, 32, 33, 35, 44, 50, 51]):02d}{r.randrange(1, 20):02d}00"
    while True:
        body = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        org = body + calc_org_check_char(body)
        if org[8] in _VALUE:  # 'X' is in the alphabet, so every org check char fits
            break
    first17 = head + division + org
    return first17 + calc_check_char(first17)

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)
