"""The identifier candidate pass (cnpii.detection._identifiers), written once, in Python.

The pass had a compiled twin, a hand-written copy of its patterns and score rules; it was
removed so that each rule lives in one place. These tests hold the pass to properties on texts
built from valid identifiers, separators, prefixes, context words and look-alike characters,
and check the two compiled executors that remain (``_cexec.findings``, ``_cexec.starts``) are
used unless ``CNPII_PURE=1``. Failure messages give counts and indices only, never the texts.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from cnpii.detection import _context as ctx
from cnpii.detection import _identifiers as I
from cnpii.detection._core import ALL_ENTITIES
from cnpii.entities import Entity
from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone,
                               passport, resident_id, taiwan_permit, uscc)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import detection_corpus  # noqa: E402
from _linear import assert_linear  # noqa: E402

_GENS = (resident_id, mobile_phone, landline_phone, bank_card, uscc, passport, hk_macau_permit, taiwan_permit,
         license_plate)
_TOKENS = (list("0123456789") * 3 + list(" - +()（）Xx\n\t:：=") +
           ["使", "领", "京A", "粤B", "挂", "转", "分机", "ext", "Ext.", "x", "元", "万元", "ſ", "\u212a", "\u0130",
            "ABCDEFG", "a", "Z", "86", "0086", "+86", "(0591)", "（010）", "·", "RMB", "uſd", "  ", "１２３", "－",
            "\u3000", "@", ".", "CVV", "cvv2:", "安全码", "有效期", "有效期至", "密码", "口令", "PIN", "Pin码", "pwd=", "pass",
            "exp", "Valid thru", "VALID", "后三位", "=", "^", "%B", "user.name@example.com", "192.168.", "10.0.0.1",
            "fe80::1", "2001:db8::", "12/26", "Abc123!", ";6222", "a.b-c_d%e+f@", "@x.", "mail.example.com.cn",
            "255.255.255.255", "1.2.3.4.5", "01.2.3.4", "256.1.1.1", "v1.2.3.4", "ip:", "邮箱", "@163.com", "qq.com",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl.", "-", "..", "9f", "bd97f", "a1b2c", "key=e3f", "TEL", "0.", "3.", " 1."])
# the kinds whose candidates must pass their cnpii.identifiers check as written
_CHECKED = set(I._MODULE_OF)


def _random_text(rng: random.Random) -> str:
    words = sorted(ctx._TAGS)
    parts = []
    for _ in range(rng.randint(1, 14)):
        r = rng.random()
        if r < 0.35:
            v = str(rng.choice(_GENS).generate(rng))
            r2 = rng.random()
            i = rng.randrange(len(v))
            if r2 < 0.2:
                v = v[:i] + rng.choice(" -") + v[i:]
            elif r2 < 0.3:
                v = v[:i] + rng.choice("0123456789") + v[i + 1:]
            elif r2 < 0.4:
                v = v.lower()
            parts.append(v)
        elif r < 0.5:
            parts.append(rng.choice(words))
        elif r < 0.6:
            parts.append("".join(rng.choice("0123456789 -") for _ in range(rng.randint(1, 40))))
        else:
            parts.append(rng.choice(_TOKENS))
    return "".join(parts)


def _bad(t: str, lo: int, hi: int, wanted: frozenset[Entity]) -> bool:
    """Whether a candidate breaks a rule of the pass: it lies outside [lo, hi), is of a kind not
    asked for, overlaps another, or is of a checked kind and fails the check of its kind."""
    n = I.normalize(t)
    cands = sorted(I.find_identifiers(t, n, lo, hi, wanted))
    for c in cands:
        if not (lo <= c.start < c.end <= hi) or c.entity not in wanted or not 0 <= c.score <= 1:
            return True
        # field values (pattern=field-value) are unchecked kinds or wrong-check-free by construction
        if c.entity in _CHECKED and "field-value" not in c.explanation and "column" not in c.explanation \
                and not I.validator(c.entity)(n[c.start:c.end]):
            return True
    return any(a.end > b.start and a.entity is b.entity for a, b in zip(cands, cands[1:]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_texts_keep_the_rules_of_the_pass(seed):
    rng = random.Random(seed)
    ents = sorted(ALL_ENTITIES)
    bad, found = [], 0
    for i in range(3000):
        t = _random_text(rng)
        lo = rng.randint(0, len(t)) if rng.random() < 0.3 else 0
        hi = rng.randint(lo, len(t)) if rng.random() < 0.3 else len(t)
        wanted = ALL_ENTITIES if rng.random() < 0.7 else frozenset(rng.sample(ents, rng.randint(1, len(ents))))
        found += len(I.find_identifiers(t, I.normalize(t), lo, hi, wanted))
        if _bad(t, lo, hi, wanted):
            bad.append(i)
    assert found > 600  # the texts really exercise the pass (921, 3000 texts, seed 1)
    assert not bad, f"{len(bad)} of 3000 random cases break a rule (first indices {bad[:10]})"


def test_a_sub_range_is_read_as_the_text_alone():
    """No pattern or context window crosses the bounds: a record inside a larger string gets the
    candidates it gets alone (shifted by its offset)."""
    texts = [r["text"] for r in detection_corpus.generate(800, 9)]
    bad = []
    for i, t in enumerate(texts):
        big = "前文" + t + "\n后文"
        lo, hi = 2, 2 + len(t)
        inside = [(c.start - lo, c.end - lo, c.entity, c.score)
                  for c in I.find_identifiers(big, I.normalize(big), lo, hi, ALL_ENTITIES)]
        alone = [(c.start, c.end, c.entity, c.score) for c in I.find_identifiers(t, I.normalize(t), 0, len(t),
                                                                                 ALL_ENTITIES)]
        if sorted(inside) != sorted(alone):
            bad.append(i)
    assert not bad, f"{len(bad)} of {len(texts)} records read differently inside a larger text ({bad[:10]})"


def test_adversarial_inputs_are_linear():
    """1 MB of digits, separators and letter runs scans in about linear time (CPU-time ratio
    against 10 KB with a wide margin, repeated: tests/_linear.py; no wall-clock bound)."""
    for unit in ("1", "1 ", "1-2 ", "AB12", "京A", "(86)", "使123"):
        assert_linear(lambda big: I.find_identifiers(big, big, 0, len(big), ALL_ENTITIES),
                      lambda n, unit=unit: unit * (n // len(unit)), 10_000, factor=100, slack=10,
                      what=f"pattern {unit!r}")


def test_pure_switch():
    """CNPII_PURE=1 makes detection build its findings and name starts in Python."""
    code = ("import cnpii; cnpii.scan('王小明 13812345678'); from cnpii.detection import _core, _names; "
            "print(_core._FINDINGS, _names._STARTS)")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "CNPII_PURE": "1"},
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False True"


@pytest.mark.skipif(os.environ.get("CNPII_PURE") == "1", reason="pure-Python run")
def test_findings_built_in_c_equal_python_ones():
    """_cexec.findings builds the same frozen Finding objects make_finding builds."""
    import dataclasses

    from cnpii.detection import _core
    from cnpii.detection._finding import Finding, make_finding

    build = _core._FINDINGS if _core._FINDINGS is not None else _core._load_findings()
    assert build, "the compiled executors are not built (pip install -e . builds them)"
    texts = [r["text"] for r in detection_corpus.generate(300, 4)]
    cands = [c for t in texts for c in I.find_identifiers(t, I.normalize(t), 0, len(t), ALL_ENTITIES)]
    assert len(cands) > 200
    built = build(cands, Finding, round)
    want = [make_finding(c.start, c.end, c.entity, round(c.score, 3), c.explanation) for c in cands]
    assert built == want and [repr(f) for f in built] == [repr(f) for f in want]
    assert all(type(f) is Finding and f.score == w.score for f, w in zip(built, want))
    with pytest.raises(dataclasses.FrozenInstanceError):
        built[0].start = 0


@pytest.mark.parametrize("seed", [4, 5])
def test_hex_tails_hold_no_identifier(seed):
    """A digit run glued after a letter-and-digit token is the token's tail; the same run after
    letters alone (TEL13812345678) is still read as a value."""
    rng = random.Random(seed)
    hexdigits = "0123456789abcdef"
    for _ in range(400):
        gen = rng.choice((mobile_phone, resident_id, bank_card))
        value = str(gen.generate(rng))
        head = "".join(rng.choice(hexdigits) for _ in range(rng.randint(1, 30)))
        head = head + rng.choice("abcdef") if not head[-1].isalpha() else head
        if not any(c.isdigit() for c in head):
            head = "7" + head
        for text in (f'key = "{head}{value}"', f"{head}{value}"):
            n = I.normalize(text)
            got = I.find_identifiers(text, n, 0, len(text), ALL_ENTITIES)
            assert got == [], f"{len(got)} candidates in a hex token ({gen.__name__.rsplit('.', 1)[-1]})"
        text = "TEL" + str(mobile_phone.generate(rng))
        n = I.normalize(text)
        assert [c.entity for c in I.find_identifiers(text, n, 0, len(text), ALL_ENTITIES)] == [Entity.CN_MOBILE_PHONE]


def test_digits_after_a_decimal_point_are_a_fraction():
    rng = random.Random(9)
    for _ in range(300):
        value = str(rng.choice((mobile_phone, resident_id, bank_card)).generate(rng))
        for text in (f'"f1": 0.{value}', f"{rng.randint(0, 99)}.{value}"):
            n = I.normalize(text)
            assert I.find_identifiers(text, n, 0, len(text), ALL_ENTITIES) == []


def test_plate_characters_come_from_license_plate():
    assert set(I._PLATE_FIRST) == set(license_plate.PROVINCES) | {"使", "领"}
    assert all(license_plate.is_valid("沪A1234" + s) for s in I._PLATE_SUFFIXES)
