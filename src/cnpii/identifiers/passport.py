"""Passport numbers of the PRC and of the Hong Kong and Macau SARs (shape only).

| kind | shape | example |
|---|---|---|
| ``ordinary`` (普通护照, e-passport) | ``E`` + 8 digits (until ~2017), then ``E`` + letter (not I/O) + 7 digits | ``E12345678``, ``EA1234567`` |
| ``ordinary_legacy`` (older ordinary) | ``G`` + 8 digits; older still ``14``/``15`` + 7 digits | ``G12345678``, ``141234567`` |
| ``service_ordinary`` (公务普通护照) | ``P`` + 7 digits or ``PE`` + 7 digits | ``PE1234567`` |
| ``service`` (公务护照) | ``S`` + 7 or 8 digits, or ``SE`` + 7 digits | ``SE1234567`` |
| ``diplomatic`` (外交护照) | ``D`` + 7 digits or ``DE`` + 7 digits | ``DE1234567`` |
| ``hksar`` (香港特区护照) | ``K`` + 8 digits | ``K12345678`` |
| ``msar`` (澳门特区护照) | ``MA`` + 7 digits | ``MA1234567`` |

These numbers carry **no check digit** (the check digits of the machine-readable zone are not part
of the printed number), so validation can only confirm the shape: any 9 characters of the right
pattern pass. Detection should require context (护照, passport) before trusting a match. Foreign
passports are out of scope.

>>> validate("ea 123 4567")
'EA1234567'
>>> parse("G12345678").kind
'ordinary_legacy'
>>> is_valid("EO1234567")
False
>>> mask("EA1234567")
'E******67'
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple

from cnpii.errors import InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, mask_middle, rng_or_default, random_digits

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate", "parse",
           "Passport", "KINDS"]

_LETTER = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O

#: kind -> the shapes it may take
_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "ordinary": (re.compile(r"E[0-9]{8}"), re.compile(rf"E[{_LETTER}][0-9]{{7}}")),
    "ordinary_legacy": (re.compile(r"G[0-9]{8}"), re.compile(r"1[45][0-9]{7}")),
    "service_ordinary": (re.compile(r"PE?[0-9]{7}"),),
    "service": (re.compile(r"SE?[0-9]{7}"), re.compile(r"S[0-9]{8}")),
    "diplomatic": (re.compile(r"DE?[0-9]{7}"),),
    "hksar": (re.compile(r"K[0-9]{8}"),),
    "msar": (re.compile(r"MA[0-9]{7}"),),
}

#: the kinds :func:`parse` can return, with a short description
KINDS: dict[str, str] = {
    "ordinary": "PRC ordinary e-passport (普通护照)",
    "ordinary_legacy": "older PRC ordinary passport",
    "service_ordinary": "PRC service-ordinary passport (公务普通护照)",
    "service": "PRC service passport (公务护照)",
    "diplomatic": "PRC diplomatic passport (外交护照)",
    "hksar": "HKSAR passport (香港特别行政区护照)",
    "msar": "MSAR passport (澳门特别行政区护照)",
}


class Passport(NamedTuple):
    """What :func:`parse` found: the kind (a key of :data:`KINDS`) and its type prefix."""

    kind: str
    prefix: str


def compact(s: str) -> str:
    """Strip separators, full-width to half-width, upper-case."""
    return clean(s)


def _prefix(kind: str, v: str) -> str:
    """The type prefix: the letters (or the 14/15 digits) that say what kind of passport it is."""
    if kind in ("msar",) or kind == "ordinary_legacy" and v[0] == "1":
        return v[:2]
    if kind in ("service_ordinary", "service", "diplomatic") and v[1] == "E":
        return v[:2]
    return v[0]


def parse(s: str) -> Passport:
    """The kind of a valid passport number.

    >>> parse("DE1234567")
    Passport(kind='diplomatic', prefix='DE')
    >>> parse("E12345678")
    Passport(kind='ordinary', prefix='E')
    """
    return _parse(compact(s))


def _parse(v: str) -> Passport:
    """:func:`parse` of a value already in compact form."""
    if len(v) not in (8, 9):
        raise InvalidLength()
    for kind, patterns in _PATTERNS.items():
        if any(p.fullmatch(v) for p in patterns):
            return Passport(kind, _prefix(kind, v))
    raise InvalidFormat()


def validate(s: str) -> str:
    """Check the shape of a passport number and return its compact form (there is no check digit)."""
    v = compact(s)
    _parse(v)
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("passport", _is_valid_py)


def format(s: str) -> str:
    """Passport numbers are written as one block."""
    return validate(s)


def mask(s: str) -> str:
    """Keep the type prefix (1-2 characters) and the last 2; an invalid value keeps only the last 2.

    >>> mask("MA1234567")
    'MA*****67'
    """
    v = compact(s)
    try:
        keep = len(parse(v).prefix)
    except (InvalidFormat, InvalidLength):
        keep = 0
    return mask_middle(v, keep, 2)


def generate(rng: random.Random | None = None) -> str:
    """A random passport number of a random kind, mostly new ordinary ones (synthetic)."""
    r = rng_or_default(rng)

    makers = [
        lambda: "E" + r.choice(_LETTER) + random_digits(r, 7),
        lambda: "E" + r.choice(_LETTER) + random_digits(r, 7),
        lambda: "E" + random_digits(r, 8),
        lambda: "G" + random_digits(r, 8),
        lambda: r.choice(("14", "15")) + random_digits(r, 7),
        lambda: r.choice(("P", "PE", "S", "SE", "D", "DE")) + random_digits(r, 7),
        lambda: "S" + random_digits(r, 8),
        lambda: "K" + random_digits(r, 8),
        lambda: "MA" + random_digits(r, 7),
    ]
    return r.choice(makers)()

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)
