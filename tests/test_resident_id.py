"""Resident ID (GB 11643-1999): published vectors, rules, data file and property tests.

Values here are published examples (standards.md section 4.1/4.2) or synthetic ones from
``generate``; failure messages still avoid printing them, as the house rule asks.
"""

from __future__ import annotations

import dataclasses
import datetime
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from cnpii.identifiers import resident_id as rid

DATA = Path(rid.__file__).parent / "data" / "gbt2260.tsv"

PUBLISHED_VALID = ["51343620000320711X", "11010519491231002X", "81000019980902013X",
                   "830000194609150010"]
PUBLISHED_INVALID = ["110101199003077593"]  # a widely copied "example" whose check fails


def _with_check(body17: str) -> str:
    return body17 + rid.calc_check_char(body17)


def _iso7064_mod11_2(body: str) -> str:
    """Independent check: the recursive ISO 7064 MOD 11-2 procedure (not the weight table)."""
    p = 0
    for ch in body:
        p = ((p + int(ch)) * 2) % 11
    value = (12 - p) % 11
    return "X" if value == 10 else str(value)


# --- published vectors -------------------------------------------------------------------

@pytest.mark.parametrize("value", PUBLISHED_VALID)
def test_published_valid(value: str) -> None:
    assert rid.is_valid(value), "a published valid number is rejected"
    assert rid.validate(value) == value


@pytest.mark.parametrize("value", PUBLISHED_INVALID)
def test_published_invalid(value: str) -> None:
    assert rid.is_valid(value) is False
    with pytest.raises(InvalidChecksum):
        rid.validate(value)


def test_legacy_15_to_18_published() -> None:
    assert rid.is_valid("130503670401001")
    assert rid.to_18("130503670401001") == "130503196704010016"
    assert rid.is_valid(rid.to_18("130503670401001"))
    assert rid.to_18("11010519491231002X") == "11010519491231002X"


def test_parse_published() -> None:
    info = rid.parse("11010519491231002X")
    assert (info.document, info.region_code, info.region_name) == (
        "resident_id", "110105", "北京市朝阳区")
    assert info.birth_date == datetime.date(1949, 12, 31) and info.sex == "F"
    hk = rid.parse("81000019980902013X")
    assert (hk.document, hk.region_name, hk.sex) == ("hk_residence_permit", "香港特别行政区", "M")
    tw = rid.parse("830000194609150010")
    assert (tw.document, tw.birth_date) == ("taiwan_residence_permit", datetime.date(1946, 9, 15))
    legacy = rid.parse("130503670401001")
    assert (legacy.document, legacy.birth_date, legacy.sex) == (
        "legacy_15", datetime.date(1967, 4, 1), "M")
    assert rid.parse("51343620000320711X").region_name == "四川省凉山彝族自治州美姑县"


def test_check_char_matches_the_recursive_iso7064_definition() -> None:
    rng = random.Random(11643)
    for _ in range(5000):
        body = "".join(rng.choice("0123456789") for _ in range(17))
        assert rid.calc_check_char(body) == _iso7064_mod11_2(body)
        weighted = sum(int(c) * w for c, w in zip(body, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10,
                                                          5, 8, 4, 2]))
        assert rid.calc_check_char(body) == "10X98765432"[weighted % 11]
    for value in PUBLISHED_VALID:
        assert _iso7064_mod11_2(value[:17]) == value[17]


def test_check_char_rejects_bad_bodies() -> None:
    for bad in ("1234", "1101051949123100X", "１１０１０５１９４９１２３１００２", None):
        with pytest.raises(InvalidFormat):
            rid.calc_check_char(bad)  # type: ignore[arg-type]


# --- rules -------------------------------------------------------------------------------

def test_compact_fast_path_matches_the_shared_clean() -> None:
    from cnpii.identifiers._util import clean

    for value in ("11010519491231002x", "abcXYZ123", "130503670401001", "A", "x" * 64):
        assert rid.compact(value) == clean(value)


def test_lowercase_x_and_separators_are_accepted() -> None:
    assert rid.validate("11010519491231002x") == "11010519491231002X"
    assert rid.validate(" 110105 19491231 002x ") == "11010519491231002X"
    assert rid.validate("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"


@pytest.mark.parametrize(("value", "error"), [
    ("11010519491231002A", InvalidFormat),
    ("1101051949123100XX", InvalidFormat),
    ("X1010519491231002X", InvalidFormat),
    ("11010519491231002", InvalidLength),
    ("11010519491231002X1", InvalidLength),
    ("1301036704010", InvalidLength),
    ("13050367040100A", InvalidFormat),
    ("110105194912310021", InvalidChecksum),
])
def test_error_types(value: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        rid.validate(value)


def test_format_error_message_is_fixed() -> None:
    with pytest.raises(InvalidFormat, match="characters that are not allowed"):
        rid.validate("11010519491231002A")


def test_region_codes_ever_listed_are_accepted() -> None:
    assert rid.is_valid(_with_check("11010319800101001"))  # 崇文区, abolished 2010
    assert rid.is_valid(_with_check("33011319800101001"))  # 临平区, created 2021
    with pytest.raises(InvalidComponent):
        rid.validate(_with_check("11019919800101001"))  # never a division
    with pytest.raises(InvalidComponent):
        rid.validate(_with_check("00000019800101001"))


@pytest.mark.parametrize("date", ["19800230", "19801301", "19800000", "18491231", "29991231"])
def test_birth_date_must_be_real_and_in_range(date: str) -> None:
    with pytest.raises(InvalidComponent):
        rid.validate(_with_check("110105" + date + "001"))


def test_birth_date_limits() -> None:
    assert rid.is_valid(_with_check("11010518500101001"))
    today = datetime.date.today()
    assert rid.is_valid(_with_check("110105" + today.strftime("%Y%m%d") + "001"))
    tomorrow = today + datetime.timedelta(days=1)
    assert not rid.is_valid(_with_check("110105" + tomorrow.strftime("%Y%m%d") + "001"))


def test_legacy_15_rules() -> None:
    assert not rid.is_valid("130503670230001"), "30 February accepted"
    assert not rid.is_valid("119999670401001"), "unknown region accepted"
    assert not rid.is_valid("810000670401001"), "a permit code in a 15-digit number accepted"
    assert rid.parse("130503670401002").sex == "F"


def test_foreign_permanent_resident_2023() -> None:
    value = _with_check("93115619800101001")  # accepted in Shanghai (31)
    info = rid.parse(value)
    assert info.document == "foreign_permanent_resident"
    assert (info.region_code, info.region_name) == ("310000", "上海市")
    assert not rid.is_valid(_with_check("90015619800101001")), "province 00 accepted"
    assert not rid.is_valid(_with_check("93115619801301001")), "month 13 accepted"


def test_permits_share_the_structure() -> None:
    rng = random.Random(5)
    for doc, code in (("hk_residence_permit", "810000"), ("macau_residence_permit", "820000"),
                      ("taiwan_residence_permit", "830000")):
        value = rid.generate(rng, document=doc)
        assert value[:6] == code and rid.parse(value).document == doc
        assert rid.calc_check_char(value[:17]) == value[17]


def test_sex_from_position_17() -> None:
    for digit, sex in (("1", "M"), ("2", "F"), ("9", "M"), ("0", "F")):
        assert rid.parse(_with_check("1101051980010100" + digit)).sex == sex


def test_format_and_mask() -> None:
    assert rid.format("11010519491231002x") == "110105 19491231 002X"
    assert rid.format("130503670401001") == "130503 670401 001"
    assert rid.mask("11010519491231002X") == "1****************X"
    assert rid.mask("130503670401001") == "1*************1"
    with pytest.raises(ValidationError):
        rid.format("110101199003077593")


def test_generate_covers_every_document() -> None:
    rng = random.Random(2023)
    for doc in rid.DOCUMENTS:
        for _ in range(200):
            value = rid.generate(rng, document=doc)
            assert rid.parse(value).document == doc
    with pytest.raises(ValueError):
        rid.generate(rng, document="passport")


def test_generated_ids_use_real_current_regions() -> None:
    rng = random.Random(1)
    for _ in range(500):
        info = rid.parse(rid.generate(rng))
        assert rid.is_region_code(info.region_code) and info.region_name
        assert datetime.date(1940, 1, 1) <= info.birth_date <= datetime.date(2023, 6, 30)
        first_year = rid._row(info.region_code)[1]  # type: ignore[index]
        assert info.birth_date.year >= first_year, "the code did not exist at birth"
        assert not "71" <= info.region_code[4:] <= "79", "a development zone code"


# --- info object ---------------------------------------------------------------------------

def test_info_is_frozen_and_its_repr_hides_the_number_and_birth_date() -> None:
    value = "11010519491231002X"
    info = rid.parse(value)
    text = repr(info) + str(info)
    assert value not in text and "1949" not in text and "19491231" not in text
    assert "北京市朝阳区" in text
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.sex = "M"  # type: ignore[misc]
    assert not any(value in str(getattr(info, f.name)) for f in dataclasses.fields(info))


# --- regions and the data file -------------------------------------------------------------

def test_region_helpers() -> None:
    assert rid.region_name("110105") == "北京市朝阳区"
    assert rid.region_name("110000") == "北京市"
    assert rid.region_name("110100") == "北京市"  # 市辖区 is a grouping row, not a place
    assert rid.region_name("429004") == "湖北省仙桃市"
    assert rid.region_name("110103") == "北京市崇文区"
    assert rid.region_name("119999") is None and rid.region_name(None) is None  # type: ignore[arg-type]
    assert rid.is_region_code("830000") and rid.is_region_code("110103")
    assert not rid.is_region_code("119999") and not rid.is_region_code(110105)  # type: ignore[arg-type]


def test_region_codes_list() -> None:
    codes = rid.region_codes()
    assert isinstance(codes, tuple) and list(codes) == sorted(set(codes))
    assert len(codes) > 7000
    assert all(len(c) == 6 and c.isascii() and c.isdigit() for c in codes)
    assert {"110105", "110103", "810000", "820000", "830000", "659012"} <= set(codes)
    assert all(rid.is_region_code(c) for c in codes)


def test_data_file_header_and_shape() -> None:
    raw = DATA.read_bytes()
    assert len(raw) < 1_000_000
    lines = raw.decode("utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    for key in ("# source:", "# licence:", "# date:"):
        assert any(ln.startswith(key) for ln in header), f"header lacks {key}"
    body = [ln for ln in lines if not ln.startswith("#")]
    assert body[0] == "code\tname\tfirst_year\tlast_year"
    seen = set()
    for ln in body[1:]:
        code, name, first, last = ln.split("\t")
        assert len(code) == 6 and code.isdigit() and name and code not in seen
        assert 1980 <= int(first) <= 2023 and (last == "" or int(first) <= int(last) <= 2023)
        seen.add(code)
    assert len(seen) > 7000


def test_data_loads_lazily() -> None:
    import subprocess
    import sys

    code = ("import cnpii.identifiers.resident_id as r\n"
            "print(r._table is None)\n"
            "r.is_valid('11010519491231002X')\n"
            "print(r._table is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


# --- properties ------------------------------------------------------------------------------

seeds = st.integers(min_value=0, max_value=2**32 - 1)
documents = st.sampled_from([d for d in rid.DOCUMENTS if d != "legacy_15"])


@settings(max_examples=150, deadline=None)
@given(seeds, documents)
def test_every_single_character_change_is_rejected(seed: int, document: str) -> None:
    value = rid.generate(random.Random(seed), document=document)
    for i in range(18):
        alphabet = "0123456789X" if i == 17 else "0123456789"
        for c in alphabet:
            if c != value[i]:
                changed = value[:i] + c + value[i + 1:]
                assert not rid.is_valid(changed), f"a change at position {i + 1} was accepted"


@settings(max_examples=150, deadline=None)
@given(seeds, documents)
def test_every_adjacent_transposition_is_rejected(seed: int, document: str) -> None:
    value = rid.generate(random.Random(seed), document=document)
    for i in range(17):
        if value[i] != value[i + 1]:
            swapped = value[:i] + value[i + 1] + value[i] + value[i + 2:]
            assert not rid.is_valid(swapped), f"a swap at positions {i + 1}-{i + 2} was accepted"


def test_mod11_2_detects_all_single_errors_and_transpositions_exhaustively() -> None:
    """Why the two properties above hold: over every body digit pair, not just samples.

    Changing digit a to b at a position with weight w moves the sum by (b - a) * w, and
    swapping neighbours with weights 2w and w moves it by (a - b) * w; 11 is prime and no
    weight is 0 mod 11, so neither move is 0 mod 11.
    """
    weights = [pow(2, 17 - i, 11) for i in range(18)]  # the check character has weight 1
    assert weights[:17] == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] and weights[17] == 1
    for i in range(18):
        for a in range(11):
            for b in range(11):
                if a != b:
                    assert (b - a) * weights[i] % 11 != 0
                    if i < 17:
                        assert ((b - a) * weights[i] + (a - b) * weights[i + 1]) % 11 != 0


junk = st.one_of(
    st.text(max_size=40), st.binary(max_size=40), st.integers(), st.floats(), st.none(),
    st.lists(st.integers(), max_size=3), st.text(alphabet="0123456789xX -", max_size=25),
    st.from_regex(r"[0-9]{17}[0-9Xx]", fullmatch=True), st.from_regex(r"[0-9]{15}", fullmatch=True),
)


@settings(max_examples=800, deadline=None)
@given(junk)
def test_junk_never_raises_from_is_valid(value: object) -> None:
    assert rid.is_valid(value) in (True, False)
    try:
        rid.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
