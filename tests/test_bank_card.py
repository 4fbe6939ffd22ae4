"""cnpii.identifiers.bank_card: published Luhn vectors, BIN look-ups, properties and junk input.

Card numbers here are published test numbers or synthetic ones; failure messages carry no numbers.
"""

from __future__ import annotations

import doctest
import random
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import bank_card
from cnpii.identifiers._util import luhn_checksum

# Published test PANs: Visa, Mastercard, American Express (15 digits), Discover, JCB and the
# UnionPay test cards (16 and 19 digits) from the card networks' and payment processors' docs.
PUBLISHED_VALID = [
    "4111111111111111",
    "5555555555554444",
    "378282246310005",
    "6011111111111117",
    "3530111333300000",
    "6200000000000005",
    "6200000000000047",
    "6205500000000000004",
]


def test_luhn_wikipedia_example() -> None:
    """79927398713 is the worked example of the Luhn algorithm (Wikipedia, ISO/IEC 7812-1 Annex B)."""
    assert bank_card.calc_check_digit("7992739871") == "3"
    assert luhn_checksum("79927398713") == 0
    for wrong in "0124567899":
        if wrong != "3":
            assert luhn_checksum("7992739871" + wrong) != 0
    # Luhn-valid but 11 digits: not a bank card number
    with pytest.raises(InvalidLength):
        bank_card.validate("79927398713")


@pytest.mark.parametrize("pan", PUBLISHED_VALID)
def test_published_test_pans_are_valid(pan: str) -> None:
    assert bank_card.validate(pan) == pan
    assert bank_card.calc_check_digit(pan[:-1]) == pan[-1]
    wrong = pan[:-1] + str((int(pan[-1]) + 1) % 10)
    with pytest.raises(InvalidChecksum):
        bank_card.validate(wrong)


def test_shape_errors_are_typed() -> None:
    with pytest.raises(InvalidFormat):
        bank_card.validate("6200 0000 0000 000X")
    with pytest.raises(InvalidLength):
        bank_card.validate("62000000000005")  # 14 digits
    with pytest.raises(InvalidLength):
        bank_card.validate("6" * 20)
    # Luhn-valid 16 digits starting with 0 (major industry identifier 0 is not a bank card)
    body = "000000000000004"
    assert luhn_checksum(body + bank_card.calc_check_digit(body)) == 0
    with pytest.raises(InvalidComponent):
        bank_card.validate(body + bank_card.calc_check_digit(body))


def test_compact_accepts_separators_and_fullwidth() -> None:
    assert bank_card.validate("6205-5000-0000-0000-004") == "6205500000000000004"
    assert bank_card.validate("６２００　００００　００００　０００５") == "6200000000000005"
    assert bank_card.validate(" 6200 0000\t0000 0005\n") == "6200000000000005"
    assert not bank_card.is_valid("6200\u06f00000000000005")  # Extended Arabic-Indic zero


def test_format_and_mask() -> None:
    assert bank_card.format("6205500000000000004") == "6205 5000 0000 0000 004"
    assert bank_card.format("378282246310005") == "3782 8224 6310 005"
    assert bank_card.mask("6200000000000005") == "620000******0005"
    assert bank_card.mask("6205 5000 0000 0000 004") == "620550*********0004"
    assert bank_card.mask("６２０００００００００００００５") == "620000******0005"


# --- BIN table ---------------------------------------------------------------------------------

# standards.md section 4.7: ICBC 622202/622203/622208/623062, ABC 622848/622845, CCB 622700/621700
# (sourced); BOC 621661, CMB 622588/621483, BoCom 622260, PSBC 621799 (commonly cited, UNCONFIRMED
# there; bankcardinfo lists them the same way)
KNOWN_BINS = [
    ("622202", "ICBC", "中国工商银行"), ("622203", "ICBC", "中国工商银行"),
    ("622208", "ICBC", "中国工商银行"), ("623062", "ICBC", "中国工商银行"),
    ("622848", "ABC", "中国农业银行"), ("622845", "ABC", "中国农业银行"),
    ("622700", "CCB", "中国建设银行"), ("621700", "CCB", "中国建设银行"),
    ("621661", "BOC", "中国银行"), ("622588", "CMB", "招商银行"), ("621483", "CMB", "招商银行"),
    ("622260", "COMM", "交通银行"), ("621799", "PSBC", "中国邮政储蓄银行"),
]


@pytest.mark.parametrize(("bin_", "code", "zh"), KNOWN_BINS)
def test_known_bins(bin_: str, code: str, zh: str) -> None:
    card = bank_card.generate(random.Random(bin_), bin=bin_)
    info = bank_card.issuer(card)
    assert info is not None, "known BIN not found"
    assert (info.bin, info.bank_code, info.bank_zh) == (bin_, code, zh)
    assert info.card_type == "debit"
    assert info.length == len(card)  # generated at the listed length


LARGE_AND_JOINT_STOCK = {
    "ICBC", "ABC", "BOC", "CCB", "COMM", "PSBC",  # large state-owned
    "CMB", "CITIC", "CEB", "HXBANK", "CMBC", "GDB", "SPABANK", "SPDB", "CIB", "CZBANK",
    "BOHAIB", "EGBANK",  # joint-stock (EGBANK = Hengfeng Bank, formerly Evergrowing Bank)
}


def _rows() -> list[list[str]]:
    text = resources.files("cnpii.identifiers").joinpath("data/bins.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    assert lines[0] == "bin\tlength\tbank_code\tbank_zh\tbank_en\tcard_type\tsource"
    return [ln.split("\t") for ln in lines[1:]]


def test_bin_table_header_names_source_licence_and_date() -> None:
    text = resources.files("cnpii.identifiers").joinpath("data/bins.tsv").read_text("utf-8")
    header = "\n".join(ln for ln in text.splitlines() if ln.startswith("#"))
    for needle in ("bankcardinfo 2.0.6", "licence ISC", "cardbin 1.0.0", "licence MIT",
                   "scripts/build_bins.py", "Built by"):
        assert needle in header, f"header lacks {needle}"


def test_bin_table_is_well_formed_and_covers_the_big_banks() -> None:
    rows = _rows()
    assert len(rows) > 1500
    seen = set()
    codes = set()
    for b, length, code, zh, _en, card_type, source in rows:
        assert b.isascii() and b.isdigit() and 3 <= len(b) <= 10
        assert length == "" or 15 <= int(length) <= 19
        assert card_type in ("", *bank_card.CARD_TYPES)
        assert source in ("bankcardinfo", "cardbin")
        assert zh, "a row without a bank name"
        assert (b, length) not in seen, "duplicate row"
        seen.add((b, length))
        codes.add(code)
    assert LARGE_AND_JOINT_STOCK <= codes, f"missing banks: {sorted(LARGE_AND_JOINT_STOCK - codes)}"
    unionpay = [r for r in rows if r[0].startswith("62")]
    assert len(unionpay) > 1000
    city_rural = {r[3] for r in rows if "农村" in r[3] or "商业银行" in r[3]}
    assert len(city_rural) > 50


def test_longest_prefix_wins() -> None:
    # bankcardinfo lists 622309 (ICBC, 18 digits) and 6223091100 (China Zheshang Bank, 19 digits)
    r = random.Random(5)
    zheshang = bank_card.issuer(bank_card.generate(r, bin="6223091100"))
    assert zheshang is not None and zheshang.bank_code == "CZBANK" and zheshang.bin == "6223091100"
    icbc = bank_card.issuer(bank_card.generate(r, bin="622309", length=18))
    assert icbc is not None and icbc.bank_code == "ICBC" and icbc.bin == "622309"


def test_listed_length_only_never_a_row_for_another_length() -> None:
    r = random.Random(9)
    # 625330 is an ICBC credit BIN listed for 16 digits only (issue 11: no answer for 19 digits)
    listed = bank_card.issuer(bank_card.generate(r, bin="625330"))
    assert listed is not None and listed.length == 16 and listed.card_type == "credit"
    assert bank_card.issuer(bank_card.generate(r, bin="625330", length=19)) is None
    assert bank_card.issuer("4111111111111111") is None
    with pytest.raises(ValidationError):
        bank_card.issuer("4111111111111112")


def test_every_table_row_is_found_by_issuer() -> None:
    r = random.Random(11)
    for b, length, code, zh, *_ in _rows():
        n = int(length) if length else max(16, len(b) + 2)
        info = bank_card.issuer(bank_card.generate(r, bin=b, length=n))
        assert info is not None, "a table row is unreachable"
        assert info.bin.startswith(b) or b.startswith(info.bin)
        if info.bin == b:
            assert info.bank_zh == zh and (info.bank_code or "") == code


def test_issuer_repr_holds_no_more_than_the_bin() -> None:
    card = bank_card.generate(random.Random(2), bin="622848")
    assert card[6:] not in repr(bank_card.issuer(card))


def test_table_loads_lazily() -> None:
    code = (
        "import cnpii.identifiers.bank_card as c\n"
        "before = c._table.cache_info().currsize\n"
        "c.is_valid('6200000000000005')\n"
        "middle = c._table.cache_info().currsize\n"
        "c.issuer('6200000000000005')\n"
        "print(before, middle, c._table.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "1"]


def test_lookups_cost_one_probe_per_prefix_length() -> None:
    """A look-up costs at most one dict probe per distinct BIN length (8), however many rows the
    table has: an operation count, not a wall-clock bound (speed is in benchmarks/)."""
    probes = 0

    class Counting(dict):
        def get(self, key, default=None):
            nonlocal probes
            probes += 1
            return super().get(key, default)

    table = bank_card._table()
    counted = bank_card._Table(list(table.rows))
    counted.by_len = tuple((size, Counting(prefixes)) for size, prefixes in counted.by_len)
    r = random.Random(3)
    cards = [bank_card.generate(r) for _ in range(2000)]
    found = 0
    for c in cards:
        before = probes
        found += counted.lookup(c) is not None
        assert probes - before <= len(counted.by_len)
    assert found == len(cards)  # generated under table BINs, so all are found
    assert len(counted.by_len) <= 8 and len(table.rows) > 2000


def test_generate_arguments() -> None:
    r = random.Random(4)
    assert all(len(bank_card.generate(r, length=n)) == n for n in range(15, 20) for _ in range(20))
    assert bank_card.generate(r, bin="9558").startswith("9558")
    with pytest.raises(InvalidFormat):
        bank_card.generate(r, bin="62x")
    with pytest.raises(InvalidFormat):
        bank_card.generate(r, bin="0123")
    with pytest.raises(InvalidLength):
        bank_card.generate(r, length=14)
    with pytest.raises(InvalidLength):
        bank_card.generate(r, bin="6" * 16, length=16)


# --- properties -------------------------------------------------------------------------------

cards = st.builds(
    lambda seed, n: bank_card.generate(random.Random(seed), length=n),
    st.integers(0, 2**32), st.integers(15, 19),
)


@settings(max_examples=200, deadline=None)
@given(card=cards, data=st.data())
def test_every_single_digit_change_is_rejected(card: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(card) - 1))
    d = data.draw(st.sampled_from([c for c in "0123456789" if c != card[i]]))
    changed = card[:i] + d + card[i + 1:]
    assert not bank_card.is_valid(changed), "a single-digit change was accepted"


@settings(max_examples=200, deadline=None)
@given(card=cards)
def test_adjacent_transpositions_rejected_except_09_90(card: str) -> None:
    for i in range(len(card) - 1):
        a, b = card[i], card[i + 1]
        if a == b:
            continue
        swapped = card[:i] + b + a + card[i + 2:]
        undetectable = {a, b} == {"0", "9"}
        assert (luhn_checksum(swapped) == 0) == undetectable, "Luhn transposition property broken"
        # the 09/90 swap passes Luhn; it is still rejected when it moves a 0 to the front, or
        # (18 digits) when it moves the number out from under every 18-digit BIN
        listed = len(swapped) not in bank_card.BIN_REQUIRED_LENGTHS or bank_card._table().lookup(swapped)
        assert bank_card.is_valid(swapped) == (undetectable and swapped[0] != "0" and bool(listed))


@settings(max_examples=300, deadline=None)
@given(junk=st.one_of(st.text(max_size=40), st.binary(max_size=20), st.integers(), st.floats(),
                      st.none(), st.lists(st.integers(), max_size=3),
                      st.text(alphabet="0123456789０１２３４５６７８９ -\u3000", max_size=30)))
def test_junk_never_raises(junk: object) -> None:
    result = bank_card.is_valid(junk)
    assert isinstance(result, bool)
    if result:  # only digit strings of the right length can pass
        assert isinstance(junk, str) and 15 <= len(bank_card.compact(junk)) <= 19
    try:
        bank_card.validate(junk)  # type: ignore[arg-type]
    except ValidationError:
        pass


@settings(max_examples=200, deadline=None)
@given(card=cards)
def test_format_mask_round_trip(card: str) -> None:
    assert bank_card.validate(bank_card.format(card)) == card
    masked = bank_card.mask(card)
    assert len(masked) == len(card)
    assert masked[:6] == card[:6] and masked[-4:] == card[-4:]
    assert set(masked[6:-4]) == {"*"}


def test_examples_in_the_docs_page_run() -> None:
    page = Path(__file__).resolve().parents[1] / "docs" / "identifiers-bank-card.md"
    result = doctest.testfile(str(page), module_relative=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 8 and result.failed == 0
