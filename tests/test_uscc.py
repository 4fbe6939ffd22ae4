"""cnpii.identifiers.uscc: GB 32100-2015 mod-31 check, embedded GB 11714 code, error detection."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import uscc as stdnum_uscc

from cnpii.errors import InvalidChecksum, ValidationError
from cnpii.identifiers import uscc

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
EXAMPLE = "91350100M000100Y43"  # standards.md 4.4 (Hutool CreditCodeUtil), published example
ALPHABET = uscc.ALPHABET


# --- published vectors ---------------------------------------------------------------------

def test_published_example() -> None:
    assert uscc.validate(EXAMPLE) == EXAMPLE
    assert uscc.calc_check_char(EXAMPLE[:17]) == "3"
    assert uscc.organization_code(EXAMPLE) == "M000100Y4"
    assert uscc.calc_org_check_char("M000100Y") == "4"
    assert uscc.mask(EXAMPLE) == "91350100********43"


def test_gb11714_example() -> None:
    assert uscc.calc_org_check_char("D2143569") == "X"


def test_weights_are_powers_of_three_mod_31() -> None:
    assert uscc._WEIGHTS == (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    assert ALPHABET == "0123456789ABCDEFGHJKLMNPQRTUWXY" and len(ALPHABET) == 31


def test_forms() -> None:
    assert uscc.validate(" 9135 0100-M000 100Y43 ") == EXAMPLE
    assert uscc.validate("９１３５０１００ｍ０００１００ｙ４３") == EXAMPLE
    with pytest.raises(InvalidChecksum):
        uscc.validate("91350100M000100Y44")


# --- every single-character change is rejected ------------------------------------------

def _single_changes(v: str):  # every other character (alphabet and I, O, S, V, Z) at every position
    for i in range(len(v)):
        for c in ALPHABET + "IOSVZ":
            if c != v[i]:
                yield v[:i] + c + v[i + 1:]


def test_every_single_change_of_the_example_is_rejected() -> None:
    changed = list(_single_changes(EXAMPLE))
    assert len(changed) == 18 * 35
    assert not any(uscc.is_valid(x) for x in changed)


@settings(max_examples=100, deadline=None)
@given(SEEDS)
def test_every_single_change_of_generated_codes_is_rejected(seed: int) -> None:
    v = uscc.generate(random.Random(seed))
    assert uscc.is_valid(v)
    assert not any(uscc.is_valid(x) for x in _single_changes(v)), "a single change went undetected"


# --- adjacent transpositions ---------------------------------------------------------------

def _transpositions(v: str):
    for i in range(len(v) - 1):
        if v[i] != v[i + 1]:
            yield i, v[:i] + v[i + 1] + v[i] + v[i + 2:]


def test_why_mod_31_catches_every_adjacent_transposition() -> None:
    """Swapping distinct a, b at body positions i, i+1 shifts the sum by (a-b)(w_i - w_{i+1}),
    and swapping body position 16 with the check character goes undetected only if w_16 = 1
    (mod 31). With w_i = 3^i and 31 prime, neither factor is ever 0: no transposition escapes."""
    w = uscc._WEIGHTS
    assert all((w[i] - w[i + 1]) % 31 != 0 for i in range(16))
    assert w[16] % 31 != 1
    # ... and exhaustively, for the last pair, over all a != b in the alphabet:
    undetected = []
    for a in ALPHABET:
        for b in ALPHABET:
            if a == b:
                continue
            body = "9" + "1" * 15 + a  # any body: the argument does not depend on it
            if uscc.calc_check_char(body) != b:
                continue
            swapped = body[:16] + b
            if uscc.calc_check_char(swapped) == a:
                undetected.append((a, b))
    assert undetected == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17), st.integers(min_value=0, max_value=15))
def test_mod_31_alone_detects_body_transpositions(body: str, i: int) -> None:
    full = body + uscc.calc_check_char(body)
    if full[i] == full[i + 1]:
        return
    swapped = full[:i] + full[i + 1] + full[i] + full[i + 2:]
    assert uscc.calc_check_char(swapped[:17]) != swapped[17]


def test_every_adjacent_transposition_of_the_example_is_rejected() -> None:
    swaps = list(_transpositions(EXAMPLE))
    assert len(swaps) >= 12
    assert not any(uscc.is_valid(x) for _, x in swaps)


@settings(max_examples=200, deadline=None)
@given(SEEDS)
def test_every_adjacent_transposition_of_generated_codes_is_rejected(seed: int) -> None:
    v = uscc.generate(random.Random(seed))
    assert not any(uscc.is_valid(x) for _, x in _transpositions(v)), "a transposition went undetected"


# --- differential against python-stdnum (an independent implementation) ---------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17))
def test_check_character_agrees_with_stdnum(body: str) -> None:
    assert uscc.calc_check_char(body) == stdnum_uscc.calc_check_digit(body)


@settings(max_examples=200, deadline=None)
@given(SEEDS)
def test_validity_agrees_with_stdnum(seed: int) -> None:
    """Same verdict as python-stdnum where both rules apply. Two documented differences: stdnum
    wants positions 1-2 numeric (GB 32100 also allows letters, e.g. ``N``/``Y`` authorities) and
    does not check the embedded GB 11714 code, so those cases are left out of the comparison."""
    r = random.Random(seed)
    v = uscc.generate(r)
    v = r.choice("123459") + r.choice("123") + v[2:17]
    v += uscc.calc_check_char(v)
    i = r.randrange(18)
    mutated = v[:i] + r.choice(ALPHABET) + v[i + 1:]
    for candidate in (v, mutated):
        if candidate[:8].isdigit() and uscc.calc_org_check_char(candidate[8:16]) == candidate[16]:
            assert uscc.is_valid(candidate) is stdnum_uscc.is_valid(candidate)


# --- properties and junk -------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(SEEDS)
def test_generated_round_trip_and_mask(seed: int) -> None:
    v = uscc.generate(random.Random(seed))
    masked = uscc.mask(v)
    ok = (uscc.validate(uscc.format(v)) == v and uscc.compact(v.lower()) == v
          and masked[:8] == v[:8] and masked[-2:] == v[-2:] and masked[8:16] == "*" * 8)
    assert ok, "round trip or mask failed"


JUNK = [None, EXAMPLE.encode(), 913501001, 9.1e17, float("nan"), [], object(), "😀" * 18,
        "9" * 1_000_000, "91350100M000100Y4３😀", "91350100Μ000100Y43", "\ud800", "٩١٣٥٠١٠٠M000100Y43",
        "91350100I000100Y43", ""]


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_is_invalid_and_raises_typed_errors(junk: object) -> None:
    assert uscc.is_valid(junk) is False
    with pytest.raises(ValidationError):
        uscc.validate(junk)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=24), st.text(alphabet=ALPHABET + "IOSVZ", min_size=18, max_size=18),
                 st.binary(max_size=18), st.floats(), st.integers(), st.none()))
def test_arbitrary_input_never_raises(value: object) -> None:
    assert uscc.is_valid(value) in (True, False)
    try:
        uscc.validate(value)  # type: ignore[arg-type]
    except ValidationError:
        pass
