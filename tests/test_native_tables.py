"""The compiled identifier pass (cnpii.detection._cidents) uses the Python word lists, no others.

The hint words of the authentication gate, the counter-cue words after a number, the plate
and prefix characters, the scores, distances and the explanations live once, in cnpii.detection._identifiers and
_context; init() hands them to C. These tests fail if C matched other words than the Python
ones: the gate against the Python hint regex and the whole pass against the pure-Python one, on
texts built from the words, their near misses and noise; and C given other words matches those.
Failure messages name no identifier (the values are generated inside the tests).
"""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.detection import _context as ctx
from cnpii.detection import _identifiers as I
from cnpii.detection._core import ALL_ENTITIES
from cnpii.entities import Entity
from cnpii.identifiers import landline_phone, license_plate, mobile_phone

pytestmark = pytest.mark.skipif(os.environ.get("CNPII_PURE") == "1", reason="pure-Python run")

_MOBILE = mobile_phone.generate(random.Random(11))
_LANDLINE = landline_phone.generate(random.Random(3))


def _near_misses(word: str) -> list[str]:
    """Strings that look like ``word`` but may not be it: cut, other case, the re.I look-alikes
    of s, k and i (LONG S, KELVIN SIGN, dotted and dotless I), a full-width letter."""
    alike = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"}
    out = [word[:-1], word[1:], word.swapcase(), word.lower(), word.upper(),
           word[:1].lower() + word[1:].upper(), "".join(alike.get(c, c) for c in word),
           "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in word)]
    return [w for w in out if w]


def _pieces(words: tuple[str, ...]):
    misses = sorted({m for w in words for m in _near_misses(w)})
    return st.one_of(st.sampled_from(words), st.sampled_from(misses),
                     st.text(alphabet="0123456789 \t\n-=:^@.aceiksvpACEIKSVP码证位期效令元币", max_size=6))


_auth_texts = st.lists(_pieces(I._AUTH_HINT_WORDS), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(_auth_texts, st.data())
def test_auth_gate_is_the_python_hint_search(native, text, data):
    """gates() bit 16 is set exactly when the Python hint regex finds a word in norm[lo:hi]."""
    norm = I.normalize(text)
    lo = data.draw(st.integers(0, len(norm)))
    hi = data.draw(st.integers(lo, len(norm)))
    assert bool(native.gates(norm, lo, hi) & 16) == (I._AUTH_HINT.search(norm[lo:hi]) is not None)


def test_every_auth_hint_word_opens_the_gate(native):
    for w in I._AUTH_HINT_WORDS:
        assert native.gates("xx" + w + "yy", 0, len(w) + 4) & 16, "a hint word of Python is unknown to C"
        assert not native.gates("xx" + w + "yy", 0, len(w) + 1) & 16  # cut by hi: not there


_after_texts = st.tuples(st.sampled_from(["", " ", "  ", "\t", "\u3000", "\n"]),
                         st.lists(_pieces(ctx.COUNTER_AFTER_WORDS), max_size=3).map("".join))


@settings(max_examples=600, deadline=None)
@given(_after_texts)
def test_counter_words_after_a_number_as_python(native, after):
    """Both passes read a unit or currency after a number alike (context=unit-after)."""
    space, rest = after
    text = "号" + _MOBILE + space + rest
    norm = I.normalize(text)
    got = sorted(I.find_identifiers(text, norm, 0, len(text), ALL_ENTITIES))
    want = sorted(I.find_identifiers_py(text, norm, 0, len(text), ALL_ENTITIES))
    assert got == want, f"{len(got)} compiled and {len(want)} pure candidates differ"


def _unit_after(text: str) -> bool:
    """Whether the compiled pass reads the mobile number in ``text`` as followed by a unit."""
    norm = I.normalize(text)
    return any(c.entity is Entity.CN_MOBILE_PHONE and I._WHY_UNIT in c.explanation
               for c in I.find_identifiers(text, norm, 0, len(text), ALL_ENTITIES))


def test_every_counter_word_after_a_number_counts(native):
    unknown = [w for w in ctx.COUNTER_AFTER_WORDS
               if not (_unit_after(_MOBILE + " " + w) and _unit_after(_MOBILE + "\t" + w.swapcase()))]
    assert not unknown, f"counter words of Python unknown to C: {unknown}"
    assert not _unit_after(_MOBILE + " 号")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(I._PLATE_FIRST + "甲乙"), st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=1, max_size=1),
       st.text(alphabet="0123456789ABCDEFGHJK ·-", min_size=3, max_size=7),
       st.sampled_from(["", *I._PLATE_SUFFIXES, "车", "A", "9"]))
def test_plates_as_python(native, first, letter, serial, suffix):
    text = "车牌" + first + letter + serial + suffix + "。"
    norm = I.normalize(text)
    got = sorted(I.find_identifiers(text, norm, 0, len(text), ALL_ENTITIES))
    assert got == sorted(I.find_identifiers_py(text, norm, 0, len(text), ALL_ENTITIES))


def test_plate_characters_come_from_license_plate():
    assert set(I._PLATE_FIRST) == set(license_plate.PROVINCES) | {"使", "领"}
    assert all(license_plate.is_valid("沪A1234" + s) for s in I._PLATE_SUFFIXES)


def test_compiled_pass_matches_the_words_it_is_given(native):
    """Given other words, C matches those and no longer the Python ones: it holds none itself."""
    args = I._init_args({})
    tables = dict(args[-1], auth_hints=("zqzq",), counter_after=("Zq",), plate_first="京",
                  base=tuple(0.5 for _ in args[-1]["base"]), why_ipv4="ip!",
                  scores=dict(args[-1]["scores"], email=0.7, email_floor=0.1), plate_separators=" ",
                  service_prefixes=(_LANDLINE[:4],))
    try:
        native.init(*args[:-1], tables)
        assert native.gates("a zqzq b", 0, 8) & 16
        assert not native.gates("密码 PIN pwd", 0, 10) & 16
        (mobile,) = native.find(_MOBILE + " zQ", _MOBILE + " zQ", 0, 14, 2)
        assert mobile.explanation.endswith(I._WHY_UNIT) and mobile.score == pytest.approx(0.05)
        (mobile,) = native.find(_MOBILE + "元", _MOBILE + "元", 0, 12, 2)
        assert mobile.score == 0.5
        assert native.find("沪A12345", "沪A12345", 0, 7, 512) == []
        assert len(native.find("京A12345", "京A12345", 0, 7, 512)) == 1
        assert len(native.find("京A 12345", "京A 12345", 0, 8, 512)) == 1
        assert native.find("京A·12345", "京A·12345", 0, 8, 512) == []
        assert native.find(_LANDLINE, _LANDLINE, 0, len(_LANDLINE), 4) == []  # now a service number
        (ip,) = native.find("1.2.3.4", "1.2.3.4", 0, 7, 1024)
        assert ip.explanation == "ip!"
        (mail,) = native.find("a@example.com", "a@example.com", 0, 13, 2048)
        assert mail.score == 0.7
        with pytest.raises(ValueError):  # a table missing: init fails and the pass refuses to run
            native.init(*args[:-1], {k: v for k, v in tables.items() if k != "auth_hints"})
        with pytest.raises(RuntimeError):
            native.find("x", "x", 0, 1, 2)
        with pytest.raises(RuntimeError):
            native.gates("x", 0, 1)
        with pytest.raises(ValueError):  # a score C uses missing
            native.init(*args[:-1], dict(tables, scores={k: v for k, v in tables["scores"].items() if k != "ip"}))
        with pytest.raises(ValueError):  # a case-insensitive word C cannot compare as re.I does
            native.init(*args[:-1], dict(tables, counter_after=("é",)))
    finally:
        native.init(*args)
    assert native.gates("密码", 0, 2) & 16
    assert len(native.find(_LANDLINE, _LANDLINE, 0, len(_LANDLINE), 4)) == 1
