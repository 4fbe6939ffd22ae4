"""cnpii.identifiers.mobile_phone: MIIT segments, prefixes, E.164, masking, junk input.

Generated numbers are synthetic, but assertions on them still compare booleans so that a failure
never prints a phone number.
"""

from __future__ import annotations

import random
from importlib import resources

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import mobile_phone as m

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


# --- published examples --------------------------------------------------------------------

def test_hutool_mask_example() -> None:
    # Hutool DesensitizedUtilTest MOBILE_PHONE (standards.md 5.1): keep first 3 and last 4
    assert m.is_valid("18049531999")
    assert m.mask("18049531999") == "180****1999"


def test_phonenumbers_example_number_is_valid() -> None:
    example = phonenumbers.PhoneMetadata.metadata_for_region("CN").mobile.example_number
    assert m.is_valid(example)
    assert m.carrier(example) == "China Unicom"  # 131 is a Unicom block


@pytest.mark.parametrize(("prefix", "operator", "kind"), [
    # one row per cell of the MIIT table (standards.md 4.5)
    ("130", "unicom", "mobile"), ("133", "telecom", "mobile"), ("1348", "mobile", "mobile"),
    ("1349", "telecom", "satellite"),
    ("135", "mobile", "mobile"), ("139", "mobile", "mobile"),
    ("145", "unicom", "data"), ("147", "mobile", "data"),
    ("149", "telecom", "data"), ("150", "mobile", "mobile"), ("153", "telecom", "mobile"),
    ("155", "unicom", "mobile"), ("162", "telecom", "mvno"), ("165", "mobile", "mvno"),
    ("166", "unicom", "mobile"), ("167", "unicom", "mvno"), ("1619", "satnet", "satellite"),
    ("1610", "broadnet", "mobile"),
    ("1700", "telecom", "mvno"), ("1702", "telecom", "mvno"), ("1703", "mobile", "mvno"),
    ("1704", "unicom", "mvno"), ("1706", "mobile", "mvno"), ("1709", "unicom", "mvno"),
    ("171", "unicom", "mvno"), ("172", "mobile", "iot"), ("173", "telecom", "mobile"),
    ("17400", "telecom", "satellite"), ("17405", "telecom", "satellite"),
    ("17406", "other", "satellite"), ("17412", "other", "satellite"), ("1749", "other", "satellite"),
    ("175", "unicom", "mobile"), ("177", "telecom", "mobile"), ("178", "mobile", "mobile"),
    ("180", "telecom", "mobile"), ("184", "mobile", "mobile"), ("186", "unicom", "mobile"),
    ("189", "telecom", "mobile"), ("190", "telecom", "mobile"), ("192", "broadnet", "mobile"),
    ("195", "mobile", "mobile"), ("196", "unicom", "mobile"), ("197", "mobile", "mobile"),
    ("199", "telecom", "mobile"),
])
def test_allocation_table(prefix: str, operator: str, kind: str) -> None:
    number = prefix + "0" * (11 - len(prefix) - 4) + "5678"
    seg = m.segment(number)
    assert (seg.prefix, seg.operator, seg.kind) == (prefix, operator, kind)
    assert m.carrier(number) == m.OPERATORS[operator][0]
    assert m.carrier(number, lang="zh") == m.OPERATORS[operator][1]


@pytest.mark.parametrize("prefix", [
    "140", "141", "142", "143", "144",  # IoT network codes: 13-digit numbers only
    "146", "148",  # IoT blocks (data/mobile_segments.tsv header)
    "154", "160", "1611", "1618", "163", "164", "168", "169", "1742", "1748", "179", "194",
    "120", "110", "100",
])
def test_unallocated_segments_are_rejected(prefix: str) -> None:
    number = prefix + "1" * (11 - len(prefix))
    with pytest.raises(InvalidComponent):
        m.validate(number)


def test_thirteen_digit_iot_numbers_are_not_mobiles() -> None:
    for iot in ("1440123456789", "1410 1234 5678 9", "+86 1064 1234 5678 9"):
        assert not m.is_valid(iot)
    with pytest.raises(InvalidLength):
        m.validate("1440123456789")


def test_differential_against_phonenumbers() -> None:
    """Agree with libphonenumber's CN mobile pattern except where the MIIT 2023-03 table differs.

    The differences are exactly: we accept the data-card block 149, the SatNet block 1619 and the
    "other" satellite blocks 17406-17412 and 1749 (MIIT allocations phonenumbers leaves out);
    phonenumbers accepts nothing we reject (1610 and all of 1349 agree since issue 11).
    """
    ours_only, theirs_only = set(), set()
    for pre in range(13000, 20000):
        number = f"{pre}123456"
        ours = m.is_valid(number)
        parsed = phonenumbers.parse("+86" + number, None)
        theirs = (phonenumbers.is_valid_number(parsed)
                  and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE)
        if ours and not theirs:
            ours_only.add(pre)
        elif theirs and not ours:
            theirs_only.add(pre)
    assert ours_only == (set(range(14900, 15000)) | set(range(16190, 16200))
                         | set(range(17406, 17413)) | set(range(17490, 17500)))
    assert theirs_only == set()


# --- data file -----------------------------------------------------------------------------

def test_data_file_header_and_shape() -> None:
    text = resources.files("cnpii.identifiers").joinpath("data/mobile_segments.tsv").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("MIIT" in line for line in header) and any("2023-03" in line for line in header)
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["prefix", "operator", "kind"]
    prefixes = [r[0] for r in rows[1:]]
    assert len(prefixes) == len(set(prefixes))
    for a in prefixes:
        assert a.isdigit() and 3 <= len(a) <= 5
        assert not any(b != a and b.startswith(a) for b in prefixes), "table is not prefix-free"
    for _, operator, kind in rows[1:]:
        assert operator in m.OPERATORS
        assert kind in {"mobile", "mvno", "satellite", "data", "iot"}


# --- input forms ---------------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678",
    "0086 13812345678", "008613812345678", "86 13812345678", "8613812345678", "(+86)138-1234-5678",
    "１３８１２３４５６７８", "＋８６ １３８　１２３４　５６７８", "138.1234.5678",
])
def test_accepted_forms(written: str) -> None:
    assert m.validate(written) == "13812345678"
    assert m.to_e164(written) == "+8613812345678"


@pytest.mark.parametrize(("written", "error"), [
    ("1381234567", InvalidLength), ("138123456789", InvalidLength), ("23812345678", InvalidComponent),
    ("1381234567a", InvalidFormat), ("+85213812345678", InvalidFormat), ("+8723812345678", InvalidFormat),
    ("𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", InvalidFormat), ("١٣٨١٢٣٤٥٦٧٨", InvalidFormat), ("", InvalidFormat),
])
def test_rejected_forms(written: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        m.validate(written)


def test_format_mask_e164() -> None:
    assert m.format("+86 19212345678") == "192 1234 5678"
    assert m.mask("+86 192-1234-5678") == "192****5678"
    assert m.to_e164("17401234567") == "+8617401234567"


# --- properties ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_generated_numbers_round_trip(seed: int) -> None:
    v = m.generate(random.Random(seed))
    assert m.is_valid(v)
    ok = (m.validate(m.format(v)) == v and m.compact("+86 " + m.format(v)) == v
          and m.to_e164(v) == "+86" + v and m.carrier(v) in {en for en, _ in m.OPERATORS.values()})
    assert ok, "format / compact / to_e164 do not round trip"


@settings(max_examples=300, deadline=None)
@given(SEEDS)
def test_mask_reveals_only_the_kept_parts(seed: int) -> None:
    v = m.generate(random.Random(seed))
    masked = m.mask(v)
    ok = len(masked) == 11 and masked[:3] == v[:3] and masked[-4:] == v[-4:] and masked[3:7] == "****"
    assert ok, "mask shows more than the network code and the last four digits"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_validity_matches_the_table(number: str) -> None:
    expected = number[0] == "1" and any(number.startswith(p) for p in m._segments())
    assert m.is_valid(number) is expected


# --- junk ----------------------------------------------------------------------------------

JUNK = [None, b"13812345678", 13812345678, 1.38e10, float("nan"), [], object(), "😀" * 11,
        "1" * 1_000_000, "x" * 1_000_000, "138一二三四五六七八", "138 1234 567８😀", "\ud800",
        "+86", "0086", "86", "１３８１２３４５６７８９", "Ⅰ3812345678", "13812345678\x00"]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_is_invalid_and_raises_typed_errors(junk: object) -> None:
    assert m.is_valid(junk) is False
    with pytest.raises(ValidationError):
        m.validate(junk)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.binary(max_size=20), st.floats(), st.integers(), st.none()))
def test_arbitrary_input_never_raises_from_is_valid(value: object) -> None:
    assert m.is_valid(value) in (True, False)
    try:
        m.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
