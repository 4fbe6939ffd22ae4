"""Resident identity number (居民身份证号码), GB 11643-1999, and the documents that share it.

18 characters:

* 1-6: address code, a GB/T 2260 division (any code ever listed: an ID keeps the code of the
  place where it was first issued, even after the division is renamed or abolished)
* 7-14: birth date ``YYYYMMDD`` (a real date, not in the future, not before 1850)
* 15-17: sequence; position 17 is odd for men and even for women
* 18: ISO 7064 MOD 11-2 check character, ``0``-``9`` or ``X`` (``x`` is accepted and upper-cased)

The same structure is used by the residence permits of Hong Kong, Macau and Taiwan residents
(address code 810000, 820000, 830000) and by the 2023 foreigner permanent residence ID (first
digit 9, positions 2-3 the accepting province). Legacy 15-digit numbers (6 address + ``YYMMDD``
in the 1900s + 3 sequence, no check digit) validate too; :func:`to_18` converts them.

>>> validate("11010519491231002X")
'11010519491231002X'
>>> validate("1101 0519 4912 3100 2x")
'11010519491231002X'
>>> is_valid("110101199003077593")
False
>>> to_18("130503670401001")
'130503196704010016'
>>> format("11010519491231002X")
'110105 19491231 002X'
>>> mask("11010519491231002X")
'1****************X'
>>> info = parse("11010519491231002X")
>>> info.document, info.region_name, info.birth_date.year, info.sex
('resident_id', '北京市朝阳区', 1949, 'F')
"""

from __future__ import annotations

import datetime
import os
import random
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from cnpii.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, mask_middle, rng_or_default

__all__ = [
    "compact", "validate", "is_valid", "format", "mask", "generate", "parse", "to_18",
    "calc_check_char", "region_name", "is_region_code", "region_codes", "ResidentIdInfo",
    "DOCUMENTS", "PERMIT_CODES", "CHECK_WEIGHTS", "CHECK_CHARS",
]

#: the values of :attr:`ResidentIdInfo.document`
DOCUMENTS = ("resident_id", "hk_residence_permit", "macau_residence_permit",
             "taiwan_residence_permit", "foreign_permanent_resident", "legacy_15")

#: address codes of the Hong Kong, Macau and Taiwan residents' residence permits
PERMIT_CODES: Mapping[str, str] = MappingProxyType({
    "810000": "hk_residence_permit", "820000": "macau_residence_permit",
    "830000": "taiwan_residence_permit"})

#: ISO 7064 MOD 11-2 weight of position i (0-based): 2^(17-i) mod 11; check = CHECK_CHARS[sum mod 11]
CHECK_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
CHECK_CHARS = "10X98765432"
_MIN_BIRTH = datetime.date(1850, 1, 1)
_LAST_BIRTH = datetime.date(2023, 6, 30)  # generate(): the date of the newest division list
_DATA = os.path.join(os.path.dirname(__file__), "data", "gbt2260.tsv")
# names GB/T 2260 gives to grouping rows; they are not place names
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
# 830000 is used only by Taiwan residents' residence permits; it is not a GB/T 2260 code
_EXTRA_CODES = {"830000": "台湾"}

_table: dict[str, str] | None = None
_codes: tuple[str, ...] | None = None
_county_codes: tuple[str, ...] | None = None


def _digits(s: str) -> bool:
    """ASCII digits only (``str.isdigit`` alone accepts other scripts' digits)."""
    return s.isascii() and s.isdigit()


def _load() -> dict[str, str]:
    """Read the division table on first use (keeps ``import`` fast).

    Maps code -> ``"name<TAB>first_year<TAB>last_year"``; rows are split further only when
    a name or year is asked for (:func:`_row`), which keeps the first load cheap.
    """
    global _table
    if _table is None:
        with open(_DATA, encoding="utf-8") as f:
            lines = f.read().splitlines()
        start = lines.index("code\tname\tfirst_year\tlast_year") + 1
        table = dict(line.split("\t", 1) for line in lines[start:] if line)
        for code, name in _EXTRA_CODES.items():
            table.setdefault(code, f"{name}\t2018\t")
        _table = table
    return _table


def _row(code: str) -> tuple[str, int, int | None] | None:
    """(name, first_year, last_year or None) of a code in the table, else None."""
    raw = _load().get(code)
    if raw is None:
        return None
    name, first, last = raw.split("\t")
    return name, int(first), int(last) if last else None


@dataclass(frozen=True, slots=True)
class ResidentIdInfo:
    """What an identity number says about its holder; holds no copy of the number.

    The repr hides the birth date (it is personal information on its own).
    """

    #: one of :data:`DOCUMENTS`
    document: str
    #: the 6-digit address code (for foreigners: the accepting province, e.g. ``"310000"``)
    region_code: str
    #: province, prefecture and county names, e.g. ``"北京市朝阳区"``; ``None`` if unknown
    region_name: str | None
    birth_date: datetime.date
    #: ``"M"`` or ``"F"``
    sex: str

    def __repr__(self) -> str:
        return (f"ResidentIdInfo(document={self.document!r}, region_code={self.region_code!r}, "
                f"region_name={self.region_name!r}, birth_date=<hidden>, sex={self.sex!r})")


def compact(s: str) -> str:
    """Strip separators and spaces, full-width to half-width, upper-case (``x`` -> ``X``).

    >>> compact("１１０１０５-１９４９１２３１-００２ｘ")
    '11010519491231002X'
    """
    return clean(s)


def calc_check_char(body17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits.

    >>> calc_check_char("11010519491231002")
    'X'
    >>> calc_check_char("51343620000320711")
    'X'
    """
    if not isinstance(body17, str) or len(body17) != 17 or not _digits(body17):
        raise InvalidFormat("the body must be 17 digits")
    # sum(d_i * 2^(17-i)) = 2 * sum(d_i * 2^(16-i)), and 13 = 2 (mod 11), so reading the
    # digits as a base-13 numeral gives the same sum mod 11 in one C-level call (same result
    # as the weight table CHECK_WEIGHTS; the tests check both against the recursive ISO 7064 form)
    return CHECK_CHARS[2 * int(body17, 13) % 11]


def is_region_code(code: str) -> bool:
    """Whether ``code`` is an address code an ID may carry: any GB/T 2260 code ever listed
    (1980-2023), or 830000 (Taiwan residents' residence permits).

    >>> is_region_code("110105"), is_region_code("110103"), is_region_code("110199")
    (True, True, False)
    """
    return isinstance(code, str) and code in _load()


def region_codes() -> tuple[str, ...]:
    """Every code :func:`is_region_code` accepts, sorted (for ranking the ID domain).

    >>> codes = region_codes()
    >>> codes[0], "110105" in codes, list(codes) == sorted(codes)
    ('110000', True, True)
    """
    global _codes
    if _codes is None:
        _codes = tuple(sorted(_load()))
    return _codes


def region_name(code: str) -> str | None:
    """Province, prefecture and county names of an address code (newest names), or ``None``.

    >>> region_name("110105")
    '北京市朝阳区'
    >>> region_name("429004")
    '湖北省仙桃市'
    >>> region_name("110103")  # 崇文区, merged into 东城区 in 2010
    '北京市崇文区'
    >>> region_name("999999") is None
    True
    """
    if not isinstance(code, str) or code not in _load():
        return None
    parts: list[str] = []
    for part in dict.fromkeys((code[:2] + "0000", code[:4] + "00", code)):
        row = _row(part)
        if row is not None and row[0] not in _PLACEHOLDERS and row[0] not in parts:
            parts.append(row[0])
    return "".join(parts) or None


def _birth_date(yyyymmdd: str) -> datetime.date:
    try:
        d = datetime.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        raise InvalidComponent("the birth date is not a real date") from None
    if d < _MIN_BIRTH or d > datetime.date.today():
        raise InvalidComponent("the birth date is out of range")
    return d


def _check_region(v: str) -> None:
    if v[0] == "9":  # 2023 foreigner permanent residence ID: positions 2-3 = province
        if v[1:3] + "0000" not in _load():
            raise InvalidComponent("the accepting province code is not known")
    elif v[:6] not in _load():
        raise InvalidComponent("the region code is not a known GB/T 2260 division")


def validate(s: str) -> str:
    """Check an 18-character ID (or a legacy 15-digit one) and return its compact form.

    Raises :class:`~cnpii.errors.InvalidLength`, :class:`~cnpii.errors.InvalidFormat`,
    :class:`~cnpii.errors.InvalidChecksum` or :class:`~cnpii.errors.InvalidComponent` (region
    code or birth date); no message quotes the value.

    >>> validate("130503670401001")
    '130503670401001'
    >>> validate("11010519491231002A")
    Traceback (most recent call last):
    ...
    cnpii.errors.InvalidFormat: the value contains characters that are not allowed
    """
    v = compact(s)
    if len(v) == 18:
        if not (_digits(v[:17]) and (v[17] == "X" or _digits(v[17]))):
            raise InvalidFormat("the value contains characters that are not allowed")
        if calc_check_char(v[:17]) != v[17]:
            raise InvalidChecksum()
        _check_region(v)
        _birth_date(v[6:14])
        return v
    if len(v) == 15:
        if not _digits(v):
            raise InvalidFormat("the value contains characters that are not allowed")
        if v[:6] not in _load() or v[:6] in PERMIT_CODES:
            raise InvalidComponent("the region code is not a known GB/T 2260 division")
        _birth_date("19" + v[6:12])
        return v
    raise InvalidLength("the value must have 18 characters (or 15 digits for old IDs)")


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("resident_id", _is_valid_py)


def to_18(s: str) -> str:
    """Convert a legacy 15-digit number to 18 characters (an 18-character ID is returned as is).

    >>> to_18("130503670401001")
    '130503196704010016'
    """
    v = validate(s)
    if len(v) == 18:
        return v
    body = v[:6] + "19" + v[6:]
    return body + calc_check_char(body)


def parse(s: str) -> ResidentIdInfo:
    """Validate and read the document type, region, birth date and sex.

    >>> parse("830000194609150010").document
    'taiwan_residence_permit'
    >>> parse("130503670401001").birth_date
    datetime.date(1967, 4, 1)
    """
    v = validate(s)
    if len(v) == 15:
        document, code, birth, seq = "legacy_15", v[:6], "19" + v[6:12], v[12:15]
    else:
        birth, seq = v[6:14], v[14:17]
        if v[0] == "9":
            document, code = "foreign_permanent_resident", v[1:3] + "0000"
        else:
            document, code = PERMIT_CODES.get(v[:6], "resident_id"), v[:6]
    return ResidentIdInfo(document=document, region_code=code, region_name=region_name(code),
                          birth_date=_birth_date(birth), sex="M" if int(seq[2]) % 2 else "F")


def format(s: str) -> str:
    """Group as address, birth date and sequence + check: 6-8-4 (legacy numbers 6-6-3).

    >>> format("130503670401001")
    '130503 670401 001'
    """
    v = validate(s)
    return f"{v[:6]} {v[6:14]} {v[14:]}" if len(v) == 18 else f"{v[:6]} {v[6:12]} {v[12:]}"


def mask(s: str) -> str:
    """Keep the first and the last character only.

    >>> mask("130503670401001")
    '1*************1'
    """
    return mask_middle(compact(s), 1, 1)


def _current_county_codes() -> tuple[str, ...]:
    """County-level codes of the newest revision, without the functional zones (71-79:
    development zones, scenic areas) that the lists number beside the counties."""
    global _county_codes
    if _county_codes is None:
        rows = {c: _row(c) for c in region_codes()
                if c[:2] < "71" and c[4:] != "00" and not "71" <= c[4:] <= "79"}
        _county_codes = tuple(c for c, row in rows.items()
                              if row is not None and row[2] is None and row[0] not in _PLACEHOLDERS)
    return _county_codes


def _random_day(r: random.Random, first_year: int, last: datetime.date) -> datetime.date:
    start = datetime.date(max(1940, first_year), 1, 1)
    return start + datetime.timedelta(days=r.randrange((last - start).days + 1))


def _random_county(r: random.Random, before: int = 9999) -> tuple[str, int]:
    while True:
        code = r.choice(_current_county_codes())
        first = _row(code)[1]  # type: ignore[index]  # every listed code has a row
        if first <= before:
            return code, first


def generate(rng: random.Random | None = None, *, document: str = "resident_id") -> str:
    """A random valid number (synthetic) of the given kind (one of :data:`DOCUMENTS`).

    Citizens' IDs use a county-level code of the newest revision and a birth date from 1940
    (or the year the code first appears) to 2023-06-30, so the code existed at birth and the
    result does not depend on today's date. Legacy numbers are born before 2000.

    >>> is_valid(generate(random.Random(1)))
    True
    >>> parse(generate(random.Random(1), document="legacy_15")).document
    'legacy_15'
    """
    r = rng_or_default(rng)
    if document not in DOCUMENTS:
        raise ValueError("unknown document type")
    if document == "legacy_15":
        code, first = _random_county(r, before=1999)
        day = _random_day(r, first, datetime.date(1999, 12, 31))
        return code + day.strftime("%y%m%d") + f"{r.randrange(1000):03d}"
    if document == "resident_id":
        head, first = _random_county(r)
    elif document == "foreign_permanent_resident":
        head, first = "9" + _random_county(r)[0][:2] + f"{r.randrange(1000):03d}", 1940
    else:
        head, first = next(c for c, d in PERMIT_CODES.items() if d == document), 1940
    body = head + _random_day(r, first, _LAST_BIRTH).strftime("%Y%m%d") + f"{r.randrange(1000):03d}"
    return body + calc_check_char(body)

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)
