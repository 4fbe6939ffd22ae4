"""Taiwan travel permits: 台湾居民来往大陆通行证 (台胞证) and the mainland 往来台湾通行证 (shape only).

| kind | shape | example |
|---|---|---|
| ``lifelong`` | 8 digits: the lifelong number (一人一号、终身不变) issued since 2008-09-25, kept by the 2015 card and the 2017 permit | ``05616820`` |
| ``legacy`` | before 2008: 10 digits = the 8-digit number + a 2-digit issue count, optionally followed by the issuing office letter in brackets | ``0561682001(D)`` |
| ``mainland_to_taiwan`` | mainland residents' 往来台湾通行证: ``T`` + 8 digits. **UNCONFIRMED**: taken from common usage, not from an official text | ``T12345678`` |

There is no check digit: an 8-digit number is valid by shape alone, so every 8-digit string
passes. Detection must require context (台胞证, 通行证) before trusting a match.

The compact form drops the brackets around the office letter (``0561682001D``); :func:`format`
puts them back.

>>> validate("0561682001(D)")
'0561682001D'
>>> format("0561682001D")
'0561682001(D)'
>>> parse("0561682001(D)")
TaiwanPermit(kind='legacy', number='05616820', issue_count=1, office='D')
>>> parse("05616820").kind
'lifelong'
>>> mask("05616820")
'0*****20'
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple

from cnpii.errors import InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, mask_middle, rng_or_default, random_digits

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate", "parse",
           "TaiwanPermit"]

_LIFELONG = re.compile(r"[0-9]{8}")
_LEGACY = re.compile(r"([0-9]{8})([0-9]{2})([A-Z])?")
_MAINLAND = re.compile(r"T[0-9]{8}")


class TaiwanPermit(NamedTuple):
    """What :func:`parse` found; ``issue_count`` and ``office`` only exist on legacy numbers."""

    kind: str
    number: str
    issue_count: int | None
    office: str | None


def compact(s: str) -> str:
    """Strip separators and brackets, full-width to half-width, upper-case.

    >>> compact("0561682001（Ｄ）")
    '0561682001D'
    """
    return clean(s)


def parse(s: str) -> TaiwanPermit:
    """Which permit a valid number is, and its parts.

    >>> parse("T12345678")
    TaiwanPermit(kind='mainland_to_taiwan', number='T12345678', issue_count=None, office=None)
    """
    return _parse(compact(s))


def _parse(v: str) -> TaiwanPermit:
    """:func:`parse` of a value already in compact form."""
    if len(v) not in (8, 9, 10, 11):
        raise InvalidLength()
    if _LIFELONG.fullmatch(v):
        return TaiwanPermit("lifelong", v, None, None)
    if _MAINLAND.fullmatch(v):
        return TaiwanPermit("mainland_to_taiwan", v, None, None)
    m = _LEGACY.fullmatch(v)
    if m:
        return TaiwanPermit("legacy", m.group(1), int(m.group(2)), m.group(3))
    raise InvalidFormat()


def validate(s: str) -> str:
    """Check the shape and return the compact form, or raise a typed :class:`ValidationError`."""
    v = compact(s)
    _parse(v)
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("taiwan_permit", _is_valid_py)


def format(s: str) -> str:
    """The number as written; a legacy office letter goes back into brackets."""
    v = validate(s)
    return f"{v[:10]}({v[10]})" if len(v) == 11 else v


def mask(s: str) -> str:
    """Keep the first character and the last 2 of the compact form."""
    return mask_middle(compact(s), 1, 2)


def generate(rng: random.Random | None = None) -> str:
    """A random permit number of any kind (synthetic)."""
    r = rng_or_default(rng)
    body = random_digits(r, 8)
    choice = r.randrange(5)
    if choice == 0:
        return "T" + body
    if choice == 1:
        return body + f"{r.randrange(0, 10):02d}"
    if choice == 2:
        return body + f"{r.randrange(0, 10):02d}" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return body

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)
