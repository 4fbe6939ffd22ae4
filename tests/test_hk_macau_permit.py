"""cnpii.identifiers.hk_macau_permit: 往来港澳通行证 and 港澳居民来往内地通行证."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import hk_macau_permit as hm

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


# --- standards.md 4.3 ----------------------------------------------------------------------

def test_first_number_after_the_100_million_range() -> None:
    # NIA notice 2018-12-10: the letter series starts at CA0000001
    assert hm.parse("CA0000001") == ("mainland_to_hkmo", None, "CA0000001", None)
    assert hm.is_valid("C99999999")


@pytest.mark.parametrize(("number", "region", "renewal"), [
    ("H1234567800", "HK", 0), ("H1234567801", "HK", 1), ("M1234567812", "MO", 12),
])
def test_home_return_permit_renewals(number: str, region: str, renewal: int) -> None:
    p = hm.parse(number)
    assert p == ("hkmo_to_mainland", region, number[:9], renewal)


def test_lifelong_part_is_constant_across_renewals() -> None:
    parts = {hm.parse(f"H12345678{n:02d}").number for n in range(10)}
    assert parts == {"H12345678"}


def test_nine_character_home_return_form_is_accepted_without_renewal() -> None:
    assert hm.parse("H12345678") == ("hkmo_to_mainland", "HK", "H12345678", None)
    assert hm.parse("m12345678").region == "MO"


@pytest.mark.parametrize(("number", "error"), [
    ("CI1234567", InvalidFormat), ("CO1234567", InvalidFormat), ("C1234567A", InvalidFormat),
    ("W12345678", InvalidFormat), ("K12345678", InvalidFormat), ("H123456789", InvalidLength),
    ("C1234567", InvalidLength), ("CA12345678", InvalidLength), ("H12345678012", InvalidLength),
    ("HA234567801", InvalidFormat),
])
def test_rejected(number: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        hm.validate(number)


def test_written_forms_format_and_mask() -> None:
    assert hm.validate("ｈ１２３４５６７８ ０１") == "H1234567801"
    assert hm.validate("c-a12 34567") == "CA1234567"
    assert hm.format("H12345678 01") == "H1234567801"
    assert hm.mask("H1234567801") == "H********01"
    assert hm.mask("C12345678") == "C******78"


# --- properties ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_generated_round_trip(seed: int) -> None:
    v = hm.generate(random.Random(seed))
    p = hm.parse(v)
    ok = (hm.is_valid(v) and hm.validate(hm.format(v)) == v and hm.compact(v.lower()) == v
          and p.number == v[:9]
          and (p.kind == "mainland_to_hkmo") == v.startswith("C")
          and (p.renewal is None) == (len(v) == 9))
    assert ok, "a generated permit number does not round trip"


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_mask_reveals_only_first_and_last_two(seed: int) -> None:
    v = hm.generate(random.Random(seed))
    masked = hm.mask(v)
    ok = (len(masked) == len(v) and masked[0] == v[0] and masked[-2:] == v[-2:]
          and set(masked[1:-2]) == {"*"})
    assert ok, "mask shows more than the first letter and the last two characters"


# --- junk ----------------------------------------------------------------------------------

JUNK = [None, b"C12345678", 12345678, 2.5, float("-inf"), (), object(), "😀" * 9, "C" * 1_000_000,
        "H" + "1" * 1_000_000, "С12345678", "H１２３４５６７８😀", "Hé123456780", "\ud800",
        "C٠١٢٣٤٥٦٧", "C𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "通行证C12345678", ""]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_is_invalid_and_raises_typed_errors(junk: object) -> None:
    assert hm.is_valid(junk) is False
    with pytest.raises(ValidationError):
        hm.validate(junk)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=20), st.binary(max_size=12), st.floats(), st.integers(), st.none()))
def test_arbitrary_input_never_raises(value: object) -> None:
    assert hm.is_valid(value) in (True, False)
    try:
        hm.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
