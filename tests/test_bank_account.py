"""cnpii.identifiers.bank_account: plausibility only (no check digit exists), masking, junk input.

All numbers are synthetic.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from cnpii.identifiers import bank_account, bank_card


@pytest.mark.parametrize("n", [10, 12, 15, 17, 19, 20, 21, 25, 30])
def test_plausible_lengths_accepted(n: int) -> None:
    value = "3" + "1234567890" * 3
    assert bank_account.validate(value[:n]) == value[:n]


@pytest.mark.parametrize("n", [1, 5, 9, 31, 40])
def test_implausible_lengths_rejected(n: int) -> None:
    with pytest.raises(InvalidLength):
        bank_account.validate(("1234567890" * 4)[:n])


def test_shapes() -> None:
    assert bank_account.validate("3100 6612-3456 7890 1234 5") == "310066123456789012345"
    assert bank_account.validate("３１００６６１２３４５６") == "310066123456"
    with pytest.raises(InvalidFormat):
        bank_account.validate("31006612345X")  # letters are not part of mainland account numbers
    with pytest.raises(InvalidFormat):
        bank_account.validate("3100\u0661\u0662345678")  # Arabic-Indic digits
    with pytest.raises(InvalidComponent):
        bank_account.validate("0000 0000 0000")  # placeholder
    with pytest.raises(InvalidComponent):
        bank_account.validate("9" * 19)


def test_no_check_digit_is_assumed() -> None:
    """Changing any digit of a plausible account keeps it plausible: there is nothing to check."""
    value = bank_account.generate(random.Random(1), length=20)
    for i in range(len(value)):
        for d in "0123456789":
            changed = value[:i] + d + value[i + 1:]
            assert bank_account.is_valid(changed) == (changed.count(changed[0]) != len(changed))


def test_card_shaped_values_are_neither_rejected_nor_favoured() -> None:
    """A Type II/III account is often a card number, and any account can be Luhn-valid by chance:
    the check accepts Luhn-valid and Luhn-invalid 19-digit values alike (context decides)."""
    r = random.Random(2)
    for _ in range(200):
        card = bank_card.generate(r, length=19)
        broken = card[:-1] + str((int(card[-1]) + 1) % 10)
        assert bank_account.is_valid(card) and bank_account.is_valid(broken)


def test_mask_keeps_last_four() -> None:
    assert bank_account.mask("110060576018150045678") == "*" * 17 + "5678"
    assert bank_account.mask("3100 6612 3456") == "********3456"
    assert bank_account.mask("1234") == "****"  # too short to show anything


def test_format() -> None:
    assert bank_account.format("310066123456") == "3100 6612 3456"
    assert bank_account.format("12345678901234567890") == "1234 5678 9012 3456 7890"


def test_bank_lengths_are_informational() -> None:
    assert bank_account.fits_bank("1234567890123456789", "ICBC")
    assert not bank_account.fits_bank("12345678901234567890", "ICBC")
    assert bank_account.fits_bank("12345678901234567890", "CCB")
    assert not bank_account.fits_bank("12345678901234567890", "NO-SUCH-BANK")
    assert not bank_account.fits_bank("0" * 19, "ICBC")  # implausible values never fit
    # validate() does not enforce them: a 13-digit number is plausible though no bank is listed
    assert bank_account.is_valid("1234567890123")
    for lengths in bank_account.BANK_LENGTHS.values():
        assert all(bank_account.MIN_LENGTH <= n <= bank_account.MAX_LENGTH for n in lengths)


def test_generate_arguments() -> None:
    r = random.Random(3)
    assert {len(bank_account.generate(r, length=n)) for n in (10, 20, 30)} == {10, 20, 30}
    with pytest.raises(InvalidLength):
        bank_account.generate(r, length=9)
    with pytest.raises(InvalidLength):
        bank_account.generate(r, length=31)


@settings(max_examples=300, deadline=None)
@given(junk=st.one_of(st.text(max_size=40), st.binary(max_size=20), st.integers(), st.floats(),
                      st.none(), st.text(alphabet="0123456789０１２３ -x", max_size=40)))
def test_junk_never_raises(junk: object) -> None:
    result = bank_account.is_valid(junk)
    assert isinstance(result, bool)
    if result:
        digits = bank_account.compact(junk)  # type: ignore[arg-type]
        assert digits.isascii() and digits.isdigit() and 10 <= len(digits) <= 30
    try:
        bank_account.validate(junk)  # type: ignore[arg-type]
    except ValidationError:
        pass


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**32), n=st.integers(10, 30))
def test_format_mask_round_trip(seed: int, n: int) -> None:
    value = bank_account.generate(random.Random(seed), length=n)
    assert bank_account.validate(bank_account.format(value)) == value
    masked = bank_account.mask(value)
    assert masked[-4:] == value[-4:] and set(masked[:-4]) == {"*"}
