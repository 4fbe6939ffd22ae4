"""cnpii.identifiers.license_plate: GA 36 shapes, new-energy plates, suffixes, Hutool cross-check."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import license_plate as lp

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_P = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# Hutool RegexPool.PLATE_NUMBER as quoted in standards.md 4.8 (an independent implementation)
HUTOOL = re.compile(
    rf"^(([{_P}使领][A-Z](([0-9]{{5}}[ABCDEFGHJK])|([ABCDEFGHJK]([A-HJ-NP-Z0-9])[0-9]{{4}})))|"
    rf"([{_P}使领]\d{{3}}\d{{1,3}}[领])|"
    rf"([{_P}使领][A-Z][A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳使领]))$", re.ASCII)


# --- published examples --------------------------------------------------------------------

def test_hutool_mask_examples() -> None:
    # Hutool DesensitizedUtilTest CAR_LICENSE (standards.md 5.1)
    assert lp.is_valid("苏D40000") and lp.mask("苏D40000") == "苏D4***0"
    assert lp.is_valid("陕A12345D") and lp.mask("陕A12345D") == "陕A1****D"
    assert lp.parse("陕A12345D") == ("陕", "陕西", "new_energy_large")


@pytest.mark.parametrize(("plate", "kind"), [
    ("京A12345", "ordinary"), ("粤B3X5Y7", "ordinary"), ("京AD12345", "new_energy_small"),
    ("京AFA1234", "new_energy_small"), ("京AA12345", "new_energy_small"),  # A-K per Hutool
    ("京A12345F", "new_energy_large"), ("沪A1234挂", "trailer"), ("川A1234学", "coach"),
    ("京A0001警", "police"), ("粤Z1234港", "hong_kong"), ("粤Z1234澳", "macau"),
    ("京A1234使", "embassy"), ("沪A1234领", "consulate"), ("使014578", "embassy"),
    ("沪1234领", "consulate"), ("沪123456领", "consulate"),
])
def test_kinds(plate: str, kind: str) -> None:
    p = lp.parse(plate)
    assert p.kind == kind
    assert p.province == (None if plate[0] == "使" else plate[0])


def test_every_province_abbreviation() -> None:
    assert len(lp.PROVINCES) == 31
    for abbr, region in lp.PROVINCES.items():
        assert lp.parse(abbr + "A12345") == (abbr, region, "ordinary")


@pytest.mark.parametrize(("plate", "error"), [
    ("京A1234O", InvalidFormat), ("京A1234I", InvalidFormat),   # no I/O in the serial
    ("京AI12345", InvalidFormat), ("京A12345I", InvalidFormat),  # nor as energy letter
    ("京AL12345", InvalidFormat),                                # L is not an energy letter
    ("京A1234", InvalidFormat), ("京A123", InvalidLength), ("京A1234567", InvalidLength),
    ("港A12345", InvalidComponent), ("AA12345", InvalidComponent),
    ("京112345", InvalidFormat), ("京A1234车", InvalidFormat), ("使A12345", InvalidFormat),
])
def test_rejected(plate: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        lp.validate(plate)


@pytest.mark.parametrize("written", ["京A·12345", "京a 12345", "京A-12345", "京Ａ１２３４５", "京A•12345",
                                     " 京A・12345 "])
def test_compact_keeps_chinese_removes_separators(written: str) -> None:
    assert lp.compact(written) == "京A12345"
    assert lp.validate(written) == "京A12345"


def test_format() -> None:
    assert lp.format("京a12345") == "京A·12345"
    assert lp.format("京AD12345") == "京A·D12345"
    assert lp.format("使014578") == "使014578"
    assert lp.format("沪1234领") == "沪1234领"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_P[:6] + "使领" + "ADFIOZ0179挂学警港澳", min_size=6, max_size=8))
def test_differential_against_hutool(candidate: str) -> None:
    """Same answer as Hutool's PLATE_NUMBER, except: Hutool lets 使/领 stand where the province goes
    (we do not), and we accept the 使 + 6 digits embassy form, which Hutool's regex lacks."""
    expected = (bool(HUTOOL.fullmatch(candidate)) and candidate[0] in lp.PROVINCES) or bool(
        re.fullmatch(r"使[0-9]{6}", candidate))
    assert lp.is_valid(candidate) is expected


# --- properties ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_generated_round_trip(seed: int) -> None:
    v = lp.generate(random.Random(seed))
    ok = (lp.is_valid(v) and lp.validate(lp.format(v)) == v and lp.compact(v.lower()) == v
          and (HUTOOL.fullmatch(v) is not None or v[0] == "使"))
    assert ok, "a generated plate does not round trip"


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_mask_reveals_only_first_three_and_last(seed: int) -> None:
    v = lp.generate(random.Random(seed))
    masked = lp.mask(v)
    ok = (len(masked) == len(v) and masked[:3] == v[:3] and masked[-1] == v[-1]
          and set(masked[3:-1]) == {"*"})
    assert ok, "mask shows more than the first three and the last character"


# --- junk ----------------------------------------------------------------------------------

JUNK = [None, "京A12345".encode(), 12345, 1.0, float("nan"), [], object(), "😀" * 7, "京" * 1_000_000,
        "A" * 1_000_000, "京A１２３４５😀", "京Α12345", "京A١٢٣٤٥", "京A𝟏𝟐𝟑𝟒𝟓", "\ud800", "车牌京A12345",
        "京", ""]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_is_invalid_and_raises_typed_errors(junk: object) -> None:
    assert lp.is_valid(junk) is False
    with pytest.raises(ValidationError):
        lp.validate(junk)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=12), st.binary(max_size=12), st.floats(), st.integers(), st.none()))
def test_arbitrary_input_never_raises(value: object) -> None:
    assert lp.is_valid(value) in (True, False)
    try:
        lp.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
