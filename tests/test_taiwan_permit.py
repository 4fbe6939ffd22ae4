"""cnpii.identifiers.taiwan_permit: 台胞证 lifelong and legacy numbers, 往来台湾通行证."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import taiwan_permit as tw

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


# --- standards.md 4.3 ----------------------------------------------------------------------

def test_published_legacy_example() -> None:
    # MPS announcement 2015: old numbers look like 0561682001(D); the card keeps the first 8 digits
    p = tw.parse("0561682001(D)")
    assert p == ("legacy", "05616820", 1, "D")
    assert tw.validate("0561682001(D)") == "0561682001D"
    assert tw.format("0561682001D") == "0561682001(D)"
    assert tw.parse(p.number) == ("lifelong", "05616820", None, None)


@pytest.mark.parametrize(("written", "kind"), [
    ("05616820", "lifelong"), ("0561682001", "legacy"), ("0561682001（Ｄ）", "legacy"),
    ("0561682001 (d)", "legacy"), ("T12345678", "mainland_to_taiwan"), ("t 1234 5678", "mainland_to_taiwan"),
])
def test_kinds(written: str, kind: str) -> None:
    assert tw.parse(written).kind == kind


@pytest.mark.parametrize(("number", "error"), [
    ("0561682", InvalidLength), ("056168200123", InvalidLength), ("056168200", InvalidFormat),
    ("0561682001(DD)", InvalidLength), ("A12345678", InvalidFormat), ("0561682A01", InvalidFormat),
    ("05616820(D)", InvalidFormat), ("T1234567", InvalidFormat), ("T123456789", InvalidFormat),
])
def test_rejected(number: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        tw.validate(number)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_every_eight_digit_string_is_a_valid_lifelong_number(digits: str) -> None:
    """No check digit: shape alone decides (detection must ask for context)."""
    assert tw.parse(digits).kind == "lifelong"


def test_mask() -> None:
    assert tw.mask("05616820") == "0*****20"
    assert tw.mask("0561682001(D)") == "0********1D"
    assert tw.mask("T12345678") == "T******78"


# --- properties ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_generated_round_trip(seed: int) -> None:
    v = tw.generate(random.Random(seed))
    p = tw.parse(v)
    ok = (tw.is_valid(v) and tw.validate(tw.format(v)) == v and tw.compact(tw.format(v).lower()) == v
          and (p.kind == "legacy") == (len(v) in (10, 11))
          and (p.kind == "legacy" and p.number == v[:8] or p.kind != "legacy" and p.number == v))
    assert ok, "a generated permit number does not round trip"


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_mask_reveals_only_first_and_last_two(seed: int) -> None:
    v = tw.generate(random.Random(seed))
    masked = tw.mask(v)
    ok = (len(masked) == len(v) and masked[0] == v[0] and masked[-2:] == v[-2:]
          and set(masked[1:-2]) == {"*"})
    assert ok, "mask shows more than the first and the last two characters"


# --- junk ----------------------------------------------------------------------------------

JUNK = [None, b"05616820", 5616820, 5.6e7, float("nan"), [], object(), "😀" * 8, "0" * 1_000_000,
        "T" * 1_000_000, "０５６１６８２０😀", "05616820\u0661", "٠٥٦١٦٨٢٠", "𝟎𝟓𝟔𝟏𝟔𝟖𝟐𝟎", "\ud800",
        "台胞证05616820", "Т12345678", ""]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_is_invalid_and_raises_typed_errors(junk: object) -> None:
    assert tw.is_valid(junk) is False
    with pytest.raises(ValidationError):
        tw.validate(junk)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=20), st.binary(max_size=12), st.floats(), st.integers(), st.none()))
def test_arbitrary_input_never_raises(value: object) -> None:
    assert tw.is_valid(value) in (True, False)
    try:
        tw.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
