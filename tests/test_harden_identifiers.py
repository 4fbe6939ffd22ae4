"""Issue 11, identifiers: the mobile segment table against the published phonenumbers metadata,
bank-card issuers never answered from a row for another length, 18-digit numbers with no card BIN
not taken for cards, and a bare ``86`` before a landline.

Every property is checked on the pure-Python reference (``_is_valid_py``) and on the public
``is_valid`` (the compiled check when it is built), so the two stay the same rule. Numbers are
synthetic; failure messages name no number.
"""

from __future__ import annotations

import random
import subprocess
import sys

import phonenumbers
import phonenumbers.carrier
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidComponent
from cnpii.identifiers import bank_card, landline_phone, mobile_phone, resident_id
from cnpii.identifiers._util import luhn_check_digit, luhn_checksum

SEGMENTS = mobile_phone._segments()
ROWS = bank_card._table().rows


def _phonenumbers_mobile(number: str) -> bool:
    parsed = phonenumbers.parse("+86" + number, None)
    return (phonenumbers.is_valid_number(parsed)
            and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE)


# --- mobile segments ---------------------------------------------------------------------------

numbers = st.builds(lambda head, tail: str(head) + tail,
                    st.integers(130, 199), st.text("0123456789", min_size=8, max_size=8))


@settings(max_examples=3000, deadline=None)
@given(number=numbers)
def test_mobile_agrees_with_phonenumbers_except_data_and_satellite_blocks(number: str) -> None:
    """Whatever phonenumbers (libphonenumber's CN metadata) calls a mobile number, cnpii accepts;
    what cnpii accepts beyond it is only MIIT data-card and satellite blocks (the data file header
    names them), never a public mobile block."""
    ours = mobile_phone._is_valid_py(number)
    assert mobile_phone.is_valid(number) == ours
    theirs = _phonenumbers_mobile(number)
    if theirs:
        assert ours, "phonenumbers calls a number mobile that cnpii rejects"
    elif ours:
        assert mobile_phone.segment(number).kind in ("data", "satellite")


@settings(max_examples=2000, deadline=None)
@given(prefix=st.sampled_from(sorted(SEGMENTS)), data=st.data())
def test_carrier_agrees_with_phonenumbers_where_it_names_one(prefix: str, data: st.DataObject) -> None:
    tail = data.draw(st.text("0123456789", min_size=11 - len(prefix), max_size=11 - len(prefix)))
    number = prefix + tail
    name = phonenumbers.carrier.name_for_number(phonenumbers.parse("+86" + number, None), "en")
    if name:
        assert mobile_phone.carrier(number) == name


def test_the_three_decisions_of_issue_11() -> None:
    assert mobile_phone.carrier("16101234567") == "China Broadnet"
    assert mobile_phone.carrier("16101234567", lang="zh") == "中国广电"
    for n in range(10):  # the whole 1349 block
        assert mobile_phone.segment(f"1349{n}123456") == mobile_phone.Segment("1349", "telecom", "satellite")
    for iot in ("14612345678", "14812345678", "16111234567", "16181234567"):
        assert not mobile_phone.is_valid(iot) and not mobile_phone._is_valid_py(iot)
        with pytest.raises(InvalidComponent):
            mobile_phone.validate(iot)


def test_the_decisions_are_sourced_in_the_data_file_header() -> None:
    from importlib import resources

    text = resources.files("cnpii.identifiers").joinpath("data/mobile_segments.tsv").read_text("utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for block in ("1610", "146, 148", "1349"):
        line = next(line for line in header.splitlines() if line.lstrip("# ").startswith(block))
        assert "Source" in line or "Sources" in header[header.index(line):][:400]
    assert "libphonenumber" in header and "pull request" in header


# --- bank card issuers -------------------------------------------------------------------------

@settings(max_examples=1500, deadline=None)
@given(row=st.sampled_from(ROWS), length=st.integers(15, 19), seed=st.integers(0, 2**32))
def test_issuer_never_answers_with_a_row_for_another_length(row: bank_card.Issuer, length: int,
                                                           seed: int) -> None:
    r = random.Random(seed)
    if len(row.bin) >= length:
        return
    body = row.bin + "".join(r.choice("0123456789") for _ in range(length - 1 - len(row.bin)))
    card = body + luhn_check_digit(body)
    if not bank_card.is_valid(card):  # 18 digits under no 18-digit BIN: not a card at all
        assert length in bank_card.BIN_REQUIRED_LENGTHS and bank_card._table().lookup(card) is None
        return
    found = bank_card.issuer(card)
    if found is not None:
        assert found.length in (None, length), "issuer answered with a row for another length"
        assert card.startswith(found.bin)
    # the row itself answers exactly when it is listed for this length (or for none), unless a
    # longer BIN of the same length covers the card
    if row.length in (None, length):
        assert found is not None and len(found.bin) >= len(row.bin)


@settings(max_examples=1000, deadline=None)
@given(seed=st.integers(0, 2**32), length=st.integers(15, 19))
def test_generated_cards_are_valid_for_every_length(seed: int, length: int) -> None:
    card = bank_card.generate(random.Random(seed), length=length)
    assert len(card) == length and bank_card.is_valid(card) and bank_card._is_valid_py(card)
    info = bank_card.issuer(card)
    assert info is not None and info.length in (None, length)


def test_generate_refuses_an_18_digit_card_under_no_18_digit_bin() -> None:
    assert not any(row.bin.startswith("1") and row.length in (None, 18) for row in ROWS)
    with pytest.raises(InvalidComponent):
        bank_card.generate(random.Random(1), bin="1", length=18)
    # a short bin is completed to a listed 18-digit BIN
    card = bank_card.generate(random.Random(1), bin="6", length=18)
    assert bank_card.is_valid(card) and bank_card.issuer(card).length in (None, 18)


# --- 18 digits with no card BIN ----------------------------------------------------------------

ids = st.builds(lambda seed: resident_id.generate(random.Random(seed)), st.integers(0, 2**32))


def _mistypes(v: str) -> list[str]:
    """Every one-character change and adjacent swap of an 18-digit ID that stays all digits."""
    out = []
    for i in range(18):
        out += [v[:i] + d + v[i + 1:] for d in "0123456789" if d != v[i]]
        if i < 17 and v[i] != v[i + 1]:
            out.append(v[:i] + v[i + 1] + v[i] + v[i + 2:])
    return [m for m in out if m.isdigit()]


@settings(max_examples=300, deadline=None)
@given(v=ids)
def test_a_mistyped_resident_id_is_not_a_bank_card_unless_under_an_18_digit_bin(v: str) -> None:
    luhn_valid = 0
    for m in _mistypes(v):
        if luhn_checksum(m) != 0:
            continue
        luhn_valid += 1
        listed = bank_card._table().lookup(m) is not None
        assert bank_card.is_valid(m) == listed
        assert bank_card._is_valid_py(m) == listed
        if not listed:
            with pytest.raises(InvalidComponent):
                bank_card.validate(m)


def test_cnpii_check_does_not_call_a_mistyped_id_a_bank_card() -> None:
    r = random.Random(11)
    mistyped = []
    while len(mistyped) < 20:
        for m in _mistypes(resident_id.generate(r)):
            if luhn_checksum(m) == 0 and bank_card._table().lookup(m) is None and not resident_id.is_valid(m):
                mistyped.append(m)
                break
    out = subprocess.run([sys.executable, "-m", "cnpii", "check", *mistyped],
                         capture_output=True, text=True)
    lines = out.stdout.splitlines()
    assert len(lines) == len(mistyped)
    assert not any("bank_card" in line for line in lines)
    assert not any(m in out.stdout + out.stderr for m in mistyped)
    typed = subprocess.run([sys.executable, "-m", "cnpii", "check", "-t", "bank_card", mistyped[0]],
                           capture_output=True, text=True)
    assert typed.returncode == 1 and "InvalidComponent" in typed.stdout


# --- landlines with a bare 86 ------------------------------------------------------------------

landlines = st.builds(lambda seed: landline_phone.generate(random.Random(seed)), st.integers(0, 2**32))


@settings(max_examples=1500, deadline=None)
@given(v=landlines, sep=st.sampled_from(["", " ", "-", " (", "("]),
       keep_zero=st.booleans(), group=st.booleans())
def test_a_bare_86_prefix_is_taken_like_plus_86(v: str, sep: str, keep_zero: bool, group: bool) -> None:
    compact = landline_phone.validate(v)
    p = landline_phone.parse(v)
    area = p.area_code if keep_zero else p.area_code[1:]
    close = ")" if "(" in sep else ""
    rest = f"{area}{close} {p.number}" if group else f"{area}{close}{p.number}"
    if p.extension:
        rest += "转" + p.extension
    for cc in ("86", "+86", "0086"):
        written = cc + sep + rest
        assert landline_phone._is_valid_py(written) == landline_phone.is_valid(written)
        assert landline_phone.validate(written) == compact


def test_a_bare_86_does_not_turn_a_mobile_into_a_landline() -> None:
    r = random.Random(5)
    for _ in range(500):
        m = mobile_phone.generate(r)
        assert not landline_phone.is_valid("86" + m) and not landline_phone._is_valid_py("86" + m)


# --- every card length is detected in text -----------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(seed=st.integers(0, 2**32), length=st.integers(bank_card.MIN_LENGTH, bank_card.MAX_LENGTH),
       cue=st.sampled_from(["卡号", "card no: ", "pan=", ""]))
def test_cards_of_every_valid_length_are_found_in_text(seed: int, length: int, cue: str) -> None:
    """A 15-digit card (American Express, JCB) was not a detection candidate at all: every length
    bank_card accepts is scanned for (with a card cue, or without one under a known BIN)."""
    from cnpii.detection import scan
    from cnpii.detection._identifiers import find_identifiers, normalize
    from cnpii.detection._core import ALL_ENTITIES
    from cnpii.entities import Entity

    card = bank_card.generate(random.Random(seed), length=length)
    text = f"客户{cue}{card}，谢谢"
    start = text.index(card)
    found = [f for f in scan(text) if f.entity.value == "CN_BANK_CARD"]
    assert [(f.start, f.end) for f in found] == [(start, start + len(card))]
    norm = normalize(text)
    cands = find_identifiers(text, norm, 0, len(text), ALL_ENTITIES)
    assert (start, start + len(card), Entity.CN_BANK_CARD) in [(c.start, c.end, c.entity) for c in cands]
