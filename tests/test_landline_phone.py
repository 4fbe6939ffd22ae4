"""cnpii.identifiers.landline_phone: area codes, extensions, 400/800 hotlines, masking, junk input."""

from __future__ import annotations

import random
import re
from importlib import resources

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import landline_phone as ll

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
HUTOOL_TEL = re.compile(r"(010|02\d|0[3-9]\d{2})-?\d{6,8}")  # RegexPool.TEL, standards.md 4.6


# --- published examples --------------------------------------------------------------------

def test_hutool_fixed_phone_mask_example() -> None:
    # Hutool DesensitizedUtilTest FIXED_PHONE: 09157518479 -> 0915*****79 (keep first 4, last 2)
    assert ll.is_valid("09157518479")
    assert ll.mask("09157518479").replace("-", "") == "0915*****79"


@pytest.mark.parametrize(("code", "place"), [
    ("010", "北京"), ("021", "上海"), ("020", "广州"), ("022", "天津"), ("023", "重庆"),
    ("025", "南京"), ("0755", "深圳"), ("0571", "杭州"),
])
def test_well_known_area_codes(code: str, place: str) -> None:
    number = code + "-" + "6" * (8 if len(code) == 3 else 8 if code in ("0755", "0571") else 7)
    assert ll.is_valid(number)
    assert place in ll.place(number)
    assert ll.parse(number).area_code == code


def test_area_026_is_not_assigned() -> None:
    # standards.md 4.6 (UNCONFIRMED there); the phonenumbers-derived table agrees
    assert "026" not in ll.area_codes()
    with pytest.raises(InvalidComponent):
        ll.validate("026-62345678")


@pytest.mark.parametrize("hotline", ["400-123-4567", "4001234567", "800 810 8888", "8008208820",
                                     "400-820-8820转1"])
def test_400_800_are_hotlines_not_landlines(hotline: str) -> None:
    with pytest.raises(InvalidComponent):
        ll.validate(hotline)


@pytest.mark.parametrize(("written", "parts"), [
    ("010-62345678", ("010", "62345678", None)),
    ("01062345678", ("010", "62345678", None)),
    ("(010) 6234 5678", ("010", "62345678", None)),
    ("010-6234-5678", ("010", "62345678", None)),
    ("010-62345678-123", ("010", "62345678", "123")),
    ("010-62345678转123", ("010", "62345678", "123")),
    ("010-62345678 分机 8", ("010", "62345678", "8")),
    ("010 62345678 ext. 12", ("010", "62345678", "12")),
    ("010-62345678 EXT 12", ("010", "62345678", "12")),
    ("010-62345678x12", ("010", "62345678", "12")),
    ("010-62345678#12", ("010", "62345678", "12")),
    ("+86 10 6234 5678", ("010", "62345678", None)),
    ("0086-10-62345678", ("010", "62345678", None)),
    ("+86 (0)10 62345678", ("010", "62345678", None)),
    ("０３５１－６２３４５６７", ("0351", "6234567", None)),
    ("0755 88886666", ("0755", "88886666", None)),
])
def test_parse(written: str, parts: tuple[str, str, str | None]) -> None:
    assert tuple(ll.parse(written)) == parts


@pytest.mark.parametrize(("written", "error"), [
    ("010-02345678", InvalidComponent),   # local number starts with 0
    ("010-12345678", InvalidComponent),   # ... or with 1
    ("13812345678", InvalidComponent),    # a mobile number
    ("011-62345678", InvalidComponent),   # no such area code
    ("010-6234567", InvalidLength),       # Beijing numbers have 8 digits
    ("0351-62345678", InvalidLength),     # Taiyuan: 7 digits per the phonenumbers metadata
    ("0755-8888666-12", InvalidLength),   # 7+ext is not 8 digits: no silent re-split
    ("010-62345678-1234567", InvalidLength),  # extension longer than 6
    ("010-6234567a", InvalidFormat),
    ("#010-62345678", InvalidFormat),
    ("", InvalidFormat),
])
def test_rejected(written: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        ll.validate(written)


def test_format_and_mask() -> None:
    assert ll.format("01062345678") == "010-62345678"
    assert ll.format("0755 8888 6666 转 801") == "0755-88886666转801"
    assert ll.mask("0755 8888 6666 转 801") == "0755-******66转***"
    assert ll.mask("not a phone") == "*********"


# --- data file -----------------------------------------------------------------------------

def test_area_code_table() -> None:
    text = resources.files("cnpii.identifiers").joinpath("data/area_codes.tsv").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("phonenumbers" in line for line in header)
    assert any("scripts/build_area_codes.py" in line for line in header)
    codes = ll.area_codes()
    assert len(codes) > 300
    for code in codes:
        assert HUTOOL_TEL.fullmatch(code + "6234567"), "area code outside the 010/02x/0xxx plan"
        assert not any(o != code and o.startswith(code) for o in codes), "codes are not prefix-free"


def test_table_agrees_with_phonenumbers() -> None:
    """Every shipped code is a phonenumbers fixed-line area code (the table's source)."""
    for code in sorted(ll.area_codes()):
        lengths = ll._table()[code][0]
        for n in lengths:
            parsed = phonenumbers.parse("+86" + code[1:] + "23456789"[:n], None)
            assert phonenumbers.is_valid_number(parsed), "a shipped area code is not valid upstream"


_CANDIDATE_CODES = ["10"] + [f"2{d}" for d in range(10)] + [f"{a}{b:02d}" for a in range(3, 10) for b in range(100)]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_CANDIDATE_CODES), st.sampled_from("23456789"),
       st.text(alphabet="0123456789", min_size=6, max_size=7))
def test_differential_against_phonenumbers(code: str, first: str, rest: str) -> None:
    """For local numbers starting 2-9 our verdict is libphonenumber's fixed-line verdict."""
    parsed = phonenumbers.parse("+86" + code + first + rest, None)
    theirs = (phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed)
              in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))
    assert ll.is_valid("0" + code + first + rest) is theirs


# --- properties ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_generated_round_trip(seed: int) -> None:
    v = ll.generate(random.Random(seed))
    assert ll.is_valid(v)
    p = ll.parse(v)
    ok = (ll.validate(ll.format(v)) == v and ll.compact(v) == v
          and ll.validate(p.area_code + " " + p.number + ("" if p.extension is None else " ext " + p.extension)) == v
          and HUTOOL_TEL.fullmatch(p.area_code + "-" + p.number) is not None)
    assert ok, "format / compact / parse do not round trip"


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_mask_reveals_only_area_code_and_last_two(seed: int) -> None:
    v = ll.generate(random.Random(seed))
    p = ll.parse(v)
    masked = ll.mask(v)
    expected = p.area_code + "-" + "*" * (len(p.number) - 2) + p.number[-2:]
    if p.extension is not None:
        expected += "转" + "*" * len(p.extension)
    assert masked == expected, "mask shows more than the area code and the last two digits"


# --- junk ----------------------------------------------------------------------------------

JUNK = [None, b"01062345678", 1062345678, 10.5, float("inf"), [], {}, "😀" * 11, "0" * 1_000_000,
        "转" * 1_000_000, "010-六二三四五六七八", "𝟎𝟏𝟎𝟔𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "٠١٠٦٢٣٤٥٦٧٨", "\ud800", "转", "#",
        "ext", "+86", "010-", "--", "010-62345678转", "010-62345678😀"]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_is_invalid_and_raises_typed_errors(junk: object) -> None:
    assert ll.is_valid(junk) is False
    with pytest.raises(ValidationError):
        ll.validate(junk)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.text(alphabet="0123456789-转#x ()+", max_size=24),
                 st.binary(max_size=20), st.floats(), st.integers(), st.none()))
def test_arbitrary_input_never_raises(value: object) -> None:
    assert ll.is_valid(value) in (True, False)
    try:
        ll.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
    if isinstance(value, str):
        ll.compact(value)
        ll.mask(value)
