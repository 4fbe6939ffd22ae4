"""Mainland China landline numbers (固定电话): area code + local number + optional extension.

* Area code (长途区号) with its trunk ``0``: ``010`` (Beijing), ``02x`` (e.g. ``021`` Shanghai) or
  ``0`` + three digits (``0[3-9]xx``). The codes form a prefix-free set, so a number written without
  separators still splits unambiguously. Only codes in ``data/area_codes.tsv`` are accepted; that
  table is derived from the ``phonenumbers`` metadata by ``scripts/build_area_codes.py``, together
  with the local-number length(s) in use behind each code (7 or 8 digits).
* Local number: 7-8 digits, never starting with ``0`` or ``1`` (those lead to trunk and service
  numbers).
* Extension (分机): after ``转``, ``分机``, ``ext``, ``x``, ``#``, or a third dash-separated group,
  e.g. ``010-62345678-123``. Up to 6 digits.
* A ``+86``, ``0086`` or bare ``86`` country prefix is accepted, as for mobile numbers (the
  trunk ``0`` is then restored): ``86 10 6234 5678`` is ``010-62345678``.

``400``/``800`` numbers are company hotlines, not anyone's landline: they are rejected with
:class:`~cnpii.errors.InvalidComponent` (they are not personal information in this sense). Mobile
numbers are rejected too (see :mod:`cnpii.identifiers.mobile_phone`).

The compact form is area code + local number, plus ``#`` + extension if there is one.

>>> validate("010-62345678")
'01062345678'
>>> validate("(0755) 8888 6666 转 801")
'075588886666#801'
>>> parse("+86 21 2345 6789 ext. 12")
Landline(area_code='021', number='23456789', extension='12')
>>> format("075588886666#801")
'0755-88886666转801'
>>> mask("010-62345678")
'010-******78'
>>> is_valid("400-123-4567")
False
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, rng_or_default, random_digits

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate",
           "parse", "place", "area_codes", "Landline"]

_MAX_EXTENSION = 6
# explicit extension markers; "x" only when followed by digits (e.g. "x123")
_EXT_MARK = re.compile(r"(?:转|分机|EXT\.?|X|#)\s*([0-9]+)\s*$", re.ASCII | re.IGNORECASE)
_GROUP_SPLIT = re.compile(r"[\s\-./_()（）]+")
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
#: country prefixes stripped before the area code; a bare "86" as for mobile numbers (a landline
#: written without one starts with its trunk 0, so "86" cannot begin a number of its own)
_COUNTRY_PREFIXES = ("+86", "0086", "86")


class Landline(NamedTuple):
    """The parts of a landline number. ``extension`` is ``None`` when there is none."""

    area_code: str
    number: str
    extension: str | None


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[frozenset[int], str]]:
    text = resources.files("cnpii.identifiers").joinpath("data/area_codes.tsv").read_text("utf-8")
    table: dict[str, tuple[frozenset[int], str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("area_code\t"):
            continue
        code, lengths, name = line.split("\t")
        table[code] = (frozenset(int(n) for n in lengths.split(",")), name)
    return table


def area_codes() -> frozenset[str]:
    """All accepted area codes, with their trunk ``0``.

    >>> {"010", "021", "0755"} <= area_codes()
    True
    """
    return frozenset(_table())


def _strip_country(s: str) -> str:
    t = s.lstrip()
    for cc in _COUNTRY_PREFIXES:
        if t.startswith(cc):
            rest = t[len(cc):].lstrip(" -()（）")
            return rest if rest.startswith("0") else "0" + rest
    return s


def _split(s: object) -> tuple[str, str | None]:
    """Digits of area code + local number, and the extension (or None)."""
    if not isinstance(s, str):
        raise InvalidFormat("the value is not a string")
    v = clean(s, "", upper=True).strip()
    v = _strip_country(v)
    if "#" in v and not _EXT_MARK.search(v):
        raise InvalidFormat()
    ext = None
    m = _EXT_MARK.search(v)
    if m:
        ext, v = m.group(1), v[:m.start()]
    groups = [g for g in _GROUP_SPLIT.split(v) if g]
    if not groups or not all(_DIGITS.fullmatch(g) for g in groups):
        raise InvalidFormat()
    digits = "".join(groups)
    if ext is None and len(groups) >= 3 and not _fits(digits) and _fits("".join(groups[:-1])):
        ext, digits = groups[-1], "".join(groups[:-1])  # 010-62345678-123
    return digits, ext


def _area_len(digits: str) -> int:
    return 3 if digits[1] in "12" else 4


def _fits(digits: str) -> bool:
    if len(digits) < 2 or digits[0] != "0":
        return False
    n = _area_len(digits)
    entry = _table().get(digits[:n])
    return entry is not None and len(digits) - n in entry[0]


def _parse(s: object) -> Landline:
    digits, ext = _split(s)
    if digits[:3] in ("400", "800"):
        raise InvalidComponent("400/800 numbers are service hotlines, not landlines")
    if digits[0] != "0" or len(digits) < 2:
        raise InvalidComponent("a landline number starts with an area code")
    n = _area_len(digits)
    area, local = digits[:n], digits[n:]
    entry = _table().get(area)
    if entry is None:
        raise InvalidComponent("the area code is not assigned")
    if not 7 <= len(local) <= 8 or len(local) not in entry[0]:
        raise InvalidLength()
    if local[0] in "01":
        raise InvalidComponent("a local number does not start with 0 or 1")
    if ext is not None and not 1 <= len(ext) <= _MAX_EXTENSION:
        raise InvalidLength("the extension has the wrong length")
    return Landline(area, local, ext)


def parse(s: str) -> Landline:
    """Split a valid landline number into area code, local number and extension.

    >>> parse("0755-8888666-12")
    Traceback (most recent call last):
    ...
    cnpii.errors.InvalidLength: the value has the wrong length
    >>> parse("0755 88886666")
    Landline(area_code='0755', number='88886666', extension=None)
    """
    return _parse(s)


def compact(s: str) -> str:
    """Area code + local number, then ``#`` + extension when present (best effort on bad input).

    >>> compact("010 6234 5678 转 9")
    '01062345678#9'
    """
    try:
        digits, ext = _split(s)
    except InvalidFormat:
        if not isinstance(s, str):
            raise
        return clean(s)
    return digits if ext is None else f"{digits}#{ext}"


def validate(s: str) -> str:
    """Check a landline number and return its compact form, or raise a :class:`ValidationError`."""
    p = _parse(s)
    return p.area_code + p.number + ("" if p.extension is None else "#" + p.extension)


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("landline_phone", _is_valid_py)


def place(s: str) -> str:
    """The place name(s) behind the area code (Chinese, from the phonenumbers geocoder).

    >>> place("021-23456789")
    '上海市'
    """
    return _table()[_parse(s).area_code][1]


def format(s: str) -> str:
    """``010-62345678``, with ``转`` + extension when present."""
    p = _parse(s)
    return f"{p.area_code}-{p.number}" + ("" if p.extension is None else f"转{p.extension}")


def mask(s: str) -> str:
    """Keep the area code and the last 2 digits of the local number; an extension is hidden.

    >>> mask("0755-88886666转801")
    '0755-******66转***'

    A value that does not parse is masked whole (same length, separators removed).
    """
    try:
        p = _parse(s)
    except (InvalidComponent, InvalidFormat, InvalidLength):
        return "*" * len(clean(s))
    out = f"{p.area_code}-{'*' * (len(p.number) - 2)}{p.number[-2:]}"
    return out if p.extension is None else out + "转" + "*" * len(p.extension)


def generate(rng: random.Random | None = None) -> str:
    """A random valid landline (synthetic), sometimes with an extension, in compact form."""
    r = rng_or_default(rng)
    area = r.choice(sorted(_table()))
    length = r.choice(sorted(_table()[area][0]))
    local = r.choice("23456789") + random_digits(r, length - 1)
    if r.random() < 0.2:
        return f"{area}{local}#{r.randrange(1, 10 ** r.randint(1, 4))}"
    return area + local

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)
