"""Mainland China motor-vehicle licence plates (机动车号牌), GA 36 (shape only).

| kind | shape | example |
|---|---|---|
| ``ordinary`` | province + issuing-office letter + 5 serial characters (digits/letters, no I/O) | ``京A12345``, ``粤B3X5Y7`` |
| ``new_energy_small`` | province + letter + energy letter + 1 serial character + 4 digits (8 chars) | ``京AD12345`` |
| ``new_energy_large`` | province + letter + 5 digits + energy letter (8 chars) | ``京A12345D`` |
| ``trailer`` / ``coach`` / ``police`` / ``hong_kong`` / ``macau`` / ``embassy`` / ``consulate`` | province + letter + 4 serial characters + 挂 / 学 / 警 / 港 / 澳 / 使 / 领 | ``沪A1234挂``, ``粤Z1234港`` |
| ``embassy`` | ``使`` + 6 digits (embassy code + serial) | ``使014578`` |
| ``consulate`` | province + 4-6 digits + ``领`` (accepted as Hutool's ``PLATE_NUMBER`` does) | ``沪1234领`` |

Energy letter: GA 36-2018 uses ``D`` (pure electric) and ``F`` (not purely electric); like Hutool's
``RegexPool.PLATE_NUMBER`` cnpii accepts ``A``-``K`` without ``I`` in that slot (``A``-``E`` read as
electric, ``F``-``K`` as hybrid when the D/F ranges run out). The A-K expansion and its semantics
are **UNCONFIRMED** against the GA 36 text. The issuing-office letter may be any of A-Z.

>>> validate("京A·12345")
'京A12345'
>>> parse("粤B-D12345")
Plate(province='粤', region='广东', kind='new_energy_small')
>>> format("京AD12345")
'京A·D12345'
>>> mask("苏D40000")
'苏D4***0'
>>> mask("陕A12345D")
'陕A1****D'
>>> is_valid("京A1234O")
False
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import SEPARATORS, clean, is_valid_from, mask_middle, rng_or_default, random_digits

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate", "parse",
           "Plate", "PROVINCES"]

#: province abbreviations on plates -> province-level region
PROVINCES: dict[str, str] = {
    "京": "北京", "津": "天津", "沪": "上海", "渝": "重庆", "冀": "河北", "豫": "河南",
    "云": "云南", "辽": "辽宁", "黑": "黑龙江", "湘": "湖南", "皖": "安徽", "鲁": "山东",
    "新": "新疆", "苏": "江苏", "浙": "浙江", "赣": "江西", "鄂": "湖北", "桂": "广西",
    "甘": "甘肃", "晋": "山西", "蒙": "内蒙古", "陕": "陕西", "吉": "吉林", "闽": "福建",
    "贵": "贵州", "粤": "广东", "青": "青海", "藏": "西藏", "川": "四川", "宁": "宁夏",
    "琼": "海南",
}

_SUFFIXES = {"挂": "trailer", "学": "coach", "警": "police", "港": "hong_kong", "澳": "macau",
             "使": "embassy", "领": "consulate"}
_SERIAL = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
_ENERGY = "ABCDEFGHJK"
_P = "".join(PROVINCES)
_S = "0-9A-HJ-NP-Z"
_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ordinary", re.compile(rf"[{_P}][A-Z][{_S}]{{5}}")),
    ("new_energy_small", re.compile(rf"[{_P}][A-Z][{_ENERGY}][{_S}][0-9]{{4}}")),
    ("new_energy_large", re.compile(rf"[{_P}][A-Z][0-9]{{5}}[{_ENERGY}]")),
    ("suffix", re.compile(rf"[{_P}][A-Z][{_S}]{{4}}[{''.join(_SUFFIXES)}]")),
    ("embassy", re.compile(r"使[0-9]{6}")),
    ("consulate", re.compile(rf"[{_P}][0-9]{{4,6}}领")),
)
_DOTS = "·•・‧∙"


class Plate(NamedTuple):
    """What :func:`parse` found: province abbreviation and region (``None`` for 使 plates), kind."""

    province: str | None
    region: str | None
    kind: str


def compact(s: str) -> str:
    """Remove separators (middle dots, spaces, dashes), half-width, upper-case; keeps Chinese.

    >>> compact(" 京a · ｄ１２３４５ ")
    '京AD12345'
    """
    return clean(s, SEPARATORS + _DOTS)


def parse(s: str) -> Plate:
    """The province and kind of a valid plate.

    >>> parse("沪A1234挂")
    Plate(province='沪', region='上海', kind='trailer')
    >>> parse("使014578")
    Plate(province=None, region=None, kind='embassy')
    """
    return _parse(compact(s))


def _parse(v: str) -> Plate:
    """:func:`parse` of a value already in compact form."""
    if not 6 <= len(v) <= 8:
        raise InvalidLength()
    if v[0] not in PROVINCES and v[0] != "使":
        raise InvalidComponent("the first character is not a province abbreviation")
    for kind, pattern in _FORMS:
        if pattern.fullmatch(v):
            if kind == "suffix":
                kind = _SUFFIXES[v[-1]]
            if v[0] == "使":
                return Plate(None, None, kind)
            return Plate(v[0], PROVINCES[v[0]], kind)
    raise InvalidFormat()


def validate(s: str) -> str:
    """Check the plate's shape and return its compact form, or raise a :class:`ValidationError`."""
    v = compact(s)
    _parse(v)
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("license_plate", _is_valid_py)


def format(s: str) -> str:
    """Province and office letter, a middle dot, then the rest (``京A·12345``); 使 plates as is."""
    v = validate(s)
    return v if v[0] == "使" or v[1].isdigit() else f"{v[:2]}·{v[2:]}"


def mask(s: str) -> str:
    """Hutool's CAR_LICENSE rule: keep the first 3 characters and the last 1."""
    return mask_middle(compact(s), 3, 1)


def generate(rng: random.Random | None = None) -> str:
    """A random plate: mostly ordinary and new-energy ones, sometimes a suffixed one (synthetic)."""
    r = rng_or_default(rng)
    head = r.choice(_P) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")

    def serial(n: int) -> str:  # mostly digits, at most two letters, as issued in practice
        chars = [r.choice("0123456789") for _ in range(n)]
        for i in r.sample(range(n), r.randrange(3)):
            chars[i] = r.choice(_SERIAL[10:])
        return "".join(chars)

    choice = r.randrange(10)
    if choice < 5:
        return head + serial(5)
    if choice < 7:
        return head + r.choice("DF") + r.choice(_SERIAL) + random_digits(r, 4)
    if choice < 8:
        return head + random_digits(r, 5) + r.choice("DF")
    if choice < 9:
        suffix = r.choice(list(_SUFFIXES))
        if suffix in "港澳":  # cross-border plates are issued under 粤Z
            head = "粤Z"
        return head + serial(4) + suffix
    return "使" + random_digits(r, 6)

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)
