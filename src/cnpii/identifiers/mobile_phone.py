"""Mainland China mobile numbers (手机号码), checked against the MIIT number-segment allocation.

An 11-digit number: 3-digit network code (网号) + 4-digit HLR code (H0H1H2H3) + 4-digit
subscriber number. A number is valid when its leading 3, 4 or 5 digits are an allocated
segment in ``data/mobile_segments.tsv`` (MIIT table as of 2023-03):

* public mobile, MVNO resale blocks (162, 165, 167, 170, 171), 192 and 1610 (China Broadnet);
* satellite blocks 1349, 17400-17412 and 1749, and 1619 (China SatNet);
* data-card blocks 145, 147, 149 and the 11-digit IoT-only block 172 are accepted too (they are
  allocated subscriber numbers; :func:`segment` tells them apart).

IoT numbers (13-digit 140-144..., and the IoT blocks 146 and 148) are *not* mobile numbers here
and are rejected, as are unallocated segments (154, 160, 1611-1618, 174x outside the table,
194...). The data file's header gives the source of each later decision.

Input may carry a ``+86``, ``0086`` or ``86`` country prefix, spaces, dashes, brackets and
full-width digits.

>>> validate("+86 138-1234-5678")
'13812345678'
>>> is_valid("15412345678")
False
>>> format("13812345678")
'138 1234 5678'
>>> mask("13812345678")
'138****5678'
>>> carrier("19212345678")
'China Broadnet'
>>> to_e164("0086 13812345678")
'+8613812345678'
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from importlib import resources
from typing import Literal, NamedTuple

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, mask_middle, rng_or_default, random_digits

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate",
           "carrier", "segment", "to_e164", "Segment", "OPERATORS"]

#: operator codes used in the data file -> (English name, Chinese name)
OPERATORS: dict[str, tuple[str, str]] = {
    "telecom": ("China Telecom", "中国电信"),
    "mobile": ("China Mobile", "中国移动"),
    "unicom": ("China Unicom", "中国联通"),
    "broadnet": ("China Broadnet", "中国广电"),
    "satnet": ("China SatNet", "中国星网"),
    "other": ("Other", "其他"),
}

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_SEPARATORS = " -./:_\t\r\n()（）"


class Segment(NamedTuple):
    """The allocated segment a number belongs to (from ``data/mobile_segments.tsv``)."""

    prefix: str
    operator: str  # a key of OPERATORS
    kind: str  # mobile, mvno, satellite, data or iot


@lru_cache(maxsize=1)
def _segments() -> dict[str, Segment]:
    text = resources.files("cnpii.identifiers").joinpath("data/mobile_segments.tsv").read_text("utf-8")
    table: dict[str, Segment] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("prefix\t"):
            continue
        prefix, operator, kind = line.split("\t")
        table[prefix] = Segment(prefix, operator, kind)
    return table


def compact(s: str) -> str:
    """Strip separators and the ``+86``/``0086``/``86`` country prefix.

    >>> compact("(+86) 138 1234 5678")
    '13812345678'
    >>> compact("８６１３８１２３４５６７８")
    '13812345678'
    """
    v = clean(s, _SEPARATORS)
    if v.startswith("+86"):
        v = v[3:]
    elif v.startswith("0086"):
        v = v[4:]
    elif v.startswith("86") and len(v) == 13:
        v = v[2:]
    return v


def _lookup(v: str) -> Segment | None:
    table = _segments()
    for n in (3, 4, 5):
        seg = table.get(v[:n])
        if seg is not None:
            return seg
    return None


def validate(s: str) -> str:
    """Check a mobile number and return its 11 digits, or raise a typed :class:`ValidationError`.

    >>> validate("14012345678")
    Traceback (most recent call last):
    ...
    cnpii.errors.InvalidComponent: the number segment is not allocated to mobile networks
    """
    v = compact(s)
    if not _DIGITS.fullmatch(v):
        raise InvalidFormat()
    if len(v) != 11:
        raise InvalidLength()
    if v[0] != "1":
        raise InvalidComponent("a mobile number starts with 1")
    if _lookup(v) is None:
        raise InvalidComponent("the number segment is not allocated to mobile networks")
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("mobile_phone", _is_valid_py)


def segment(s: str) -> Segment:
    """The allocated segment of a valid number: prefix, operator code and kind.

    >>> segment("17001234567")
    Segment(prefix='1700', operator='telecom', kind='mvno')
    >>> segment("14912345678").kind
    'data'
    """
    seg = _lookup(validate(s))
    assert seg is not None  # validate() guarantees it
    return seg


def carrier(s: str, lang: Literal["en", "zh"] = "en") -> str:
    """The operator the number's segment was *allocated* to.

    Mobile number portability (携号转网; trials from 2010, later nationwide) means a subscriber
    may have moved to another operator: this is the allocation, not the current network.

    >>> carrier("13812345678")
    'China Mobile'
    >>> carrier("16612345678", lang="zh")
    '中国联通'
    """
    en, zh = OPERATORS[segment(s).operator]
    return zh if lang == "zh" else en


def to_e164(s: str) -> str:
    """The E.164 form, formatted by the ``phonenumbers`` library (imported only here).

    >>> to_e164("138 1234 5678")
    '+8613812345678'
    """
    v = validate(s)
    import phonenumbers  # lazy: keeps `import cnpii.identifiers` light

    number = phonenumbers.parse("+86" + v, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format(s: str) -> str:
    """The usual 3-4-4 grouping with spaces."""
    v = validate(s)
    return f"{v[:3]} {v[3:7]} {v[7:]}"


def mask(s: str) -> str:
    """Keep the network code (first 3) and the last 4 digits: ``138****5678``."""
    return mask_middle(compact(s), 3, 4)


def generate(rng: random.Random | None = None) -> str:
    """A random number in a random allocated segment (synthetic)."""
    r = rng_or_default(rng)
    prefix = r.choice(sorted(_segments()))
    return prefix + random_digits(r, 11 - len(prefix))

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)
