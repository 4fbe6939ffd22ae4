"""cnpii.identifiers.passport: PRC/HKSAR/MSAR passport shapes, kinds, masking, junk input."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import passport as pp

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


# --- the shapes of standards.md 4.3 ------------------------------------------------------------

@pytest.mark.parametrize(("number", "kind", "prefix"), [
    ("E12345678", "ordinary", "E"),            # e-passport until ~2017-04
    ("EA1234567", "ordinary", "E"),            # then E + letter + 7 digits ...
    ("EF1234567", "ordinary", "E"),            # ... e.g. EA..., EF...
    ("EZ0000001", "ordinary", "E"),
    ("G12345678", "ordinary_legacy", "G"),
    ("141234567", "ordinary_legacy", "14"),
    ("151234567", "ordinary_legacy", "15"),
    ("P1234567", "service_ordinary", "P"),
    ("PE1234567", "service_ordinary", "PE"),
    ("S1234567", "service", "S"),
    ("SE1234567", "service", "SE"),
    ("S12345678", "service", "S"),
    ("D1234567", "diplomatic", "D"),
    ("DE1234567", "diplomatic", "DE"),
    ("K12345678", "hksar", "K"),
    ("MA1234567", "msar", "MA"),
])
def test_published_shapes(number: str, kind: str, prefix: str) -> None:
    assert pp.validate(number) == number
    assert pp.parse(number) == (kind, prefix)
    assert kind in pp.KINDS
    masked = pp.mask(number)
    assert masked == prefix + "*" * (len(number) - len(prefix) - 2) + number[-2:]


@pytest.mark.parametrize(("number", "error"), [
    ("EI1234567", InvalidFormat), ("EO1234567", InvalidFormat),  # no I/O after E
    ("E1234567", InvalidFormat), ("G1234567", InvalidFormat), ("161234567", InvalidFormat),
    ("H12345678", InvalidFormat), ("C12345678", InvalidFormat),   # travel permits, not passports
    ("PA1234567", InvalidFormat), ("MB1234567", InvalidFormat), ("K1234567A", InvalidFormat),
    ("MA12345678", InvalidLength), ("E123456789", InvalidLength), ("E1234", InvalidLength),
])
def test_rejected(number: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        pp.validate(number)


def test_written_forms() -> None:
    assert pp.validate(" ea-123 4567 ") == "EA1234567"
    assert pp.validate("ＥＡ１２３４５６７") == "EA1234567"
    assert pp.format("e 1234 5678") == "E12345678"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_there_is_no_check_digit(digits: str) -> None:
    """Every E + 8 digits is accepted: the printed number carries no check digit."""
    assert pp.is_valid("E" + digits)
    assert pp.is_valid("G" + digits)


# --- properties ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_generated_round_trip(seed: int) -> None:
    v = pp.generate(random.Random(seed))
    ok = pp.is_valid(v) and pp.validate(pp.format(v)) == v and pp.compact(v.lower()) == v
    ok = ok and pp.parse(v).kind in pp.KINDS and v.startswith(pp.parse(v).prefix)
    assert ok, "a generated passport number does not round trip"


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_mask_reveals_only_prefix_and_last_two(seed: int) -> None:
    v = pp.generate(random.Random(seed))
    k = len(pp.parse(v).prefix)
    masked = pp.mask(v)
    ok = (len(masked) == len(v) and masked[:k] == v[:k] and masked[-2:] == v[-2:]
          and set(masked[k:-2]) == {"*"} and k <= 2)
    assert ok, "mask shows more than the type prefix and the last two characters"


# --- junk ----------------------------------------------------------------------------------

JUNK = [None, b"E12345678", 12345678, 1.5, float("nan"), [], object(), "😀" * 9, "E" * 1_000_000,
        "1" * 1_000_000, "Е12345678", "E１２３４５６７８😀", "Eα1234567", "\ud800", "E١٢٣٤٥٦٧٨",
        "E𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "护照E12345678", ""]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_is_invalid_and_raises_typed_errors(junk: object) -> None:
    assert pp.is_valid(junk) is False
    with pytest.raises(ValidationError):
        pp.validate(junk)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=20), st.binary(max_size=12), st.floats(), st.integers(), st.none()))
def test_arbitrary_input_never_raises(value: object) -> None:
    assert pp.is_valid(value) in (True, False)
    try:
        pp.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
