"""Differential test: cnpii.identifiers.bank_card against python-stdnum's ``stdnum.luhn``.

stdnum.luhn is an independent Luhn implementation (LGPL; used here as a test oracle only). It
checks the Luhn digit of any digit string; cnpii's bank card check does more. On 100,000 random
and generated numbers the two must agree, and every disagreement must fall into one of these
documented categories:

* ``length``: the digits are Luhn-valid but not 15 to 19 of them (stdnum.luhn has no length);
* ``leading-zero``: Luhn-valid, 15-19 digits, first digit 0 (major industry identifier 0 is not
  a bank card; cnpii rejects it);
* ``separators``: the raw input has spaces, dashes or full-width digits; cnpii compacts them
  first, stdnum.luhn rejects them. On the compact form the two agree;
* ``unlisted-18``: Luhn-valid, 18 digits, under no BIN listed for 18 digits (an 18-digit number
  is a card only under a known BIN: a mistyped resident ID passes Luhn one time in ten).

Numbers are synthetic; failure messages name only categories and counts.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from cnpii.identifiers import bank_card

luhn = pytest.importorskip("stdnum.luhn")

N = 100_000
CATEGORIES = ("length", "leading-zero", "separators", "unlisted-18")


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def _inputs(r: random.Random) -> list[str]:
    digits = "0123456789"
    out: list[str] = []
    # 40,000 random digit strings of every length from 1 to 25 (about 10% Luhn-valid)
    for _ in range(40_000):
        out.append("".join(r.choice(digits) for _ in range(r.randint(1, 25))))
    # 30,000 cards generated under real BINs
    cards = [bank_card.generate(r) for _ in range(30_000)]
    out += cards
    # 20,000 damaged cards: one digit changed, two adjacent digits swapped, or a digit dropped
    for card in r.sample(cards, 20_000):
        i = r.randrange(len(card) - 1)
        kind = r.randrange(3)
        if kind == 0:
            out.append(card[:i] + r.choice(digits) + card[i + 1:])
        elif kind == 1:
            out.append(card[:i] + card[i + 1] + card[i] + card[i + 2:])
        else:
            out.append(card[:i] + card[i + 1:])
    # 6,000 Luhn-valid numbers with a leading 0
    for _ in range(6_000):
        body = "0" + "".join(r.choice(digits) for _ in range(r.randint(13, 19)))
        out.append(body + bank_card.calc_check_digit(body))
    # 4,000 cards written with separators or full-width digits
    for card in r.sample(cards, 4_000):
        spaced = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        out.append(r.choice([spaced, spaced.replace(" ", "-"), _fullwidth(card), _fullwidth(spaced)]))
    assert len(out) == N
    return out


def _category(raw: str, ours: bool) -> str | None:
    """Why cnpii and stdnum.luhn may disagree on ``raw``, or None for an unexplained disagreement."""
    v = bank_card.compact(raw)
    if v != raw:
        # stdnum.luhn sees the separators; on the compact form the rest of the rules apply
        if luhn.is_valid(v) == ours or (luhn.is_valid(v) and _category(v, ours) is not None):
            return "separators"
        return None
    if not luhn.is_valid(v) or ours:
        return None  # only "stdnum says valid, cnpii says invalid" is explainable
    if not 15 <= len(v) <= 19:
        return "length"
    if v[0] == "0":
        return "leading-zero"
    if len(v) in bank_card.BIN_REQUIRED_LENGTHS and bank_card._table().lookup(v) is None:
        return "unlisted-18"
    return None


def test_agrees_with_stdnum_luhn_except_documented_categories() -> None:
    inputs = _inputs(random.Random("differential-cards"))
    disagreements: Counter[str] = Counter()
    agreements = 0
    unexplained = 0
    for raw in inputs:
        ours = bank_card.is_valid(raw)
        theirs = luhn.is_valid(raw)
        if ours == theirs:
            agreements += 1
            continue
        category = _category(raw, ours)
        if category is None:
            unexplained += 1
        else:
            disagreements[category] += 1
    assert unexplained == 0, f"{unexplained} disagreements fall into no documented category"
    assert set(disagreements) == set(CATEGORIES), f"categories seen: {sorted(disagreements)}"
    assert agreements + sum(disagreements.values()) == N
    assert agreements > 0.8 * N


def test_agree_exactly_on_in_range_ascii_digits() -> None:
    """Where no category applies (15-19 ASCII digits, first digit not 0, an 18-digit number
    under a listed BIN) the answers are equal."""
    r = random.Random("in-range")
    for _ in range(5_000):
        n = r.randint(15, 19)
        body = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(n - 2))
        for last in (bank_card.calc_check_digit(body), r.choice("0123456789")):
            v = body + last
            if _category(v, bank_card.is_valid(v)) == "unlisted-18":
                continue
            assert bank_card.is_valid(v) == luhn.is_valid(v), "in-range disagreement"
