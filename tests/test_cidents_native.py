"""The compiled identifier pass (cnpii.detection._cidents) against the pure-Python reference.

Both must give the same candidates -- same spans, entities, scores (the same doubles) and
explanations -- on the evaluation corpus, on sub-ranges of it, and on random texts built from
valid identifiers, separators, prefixes, context words and look-alike characters. Failure
messages give counts and indices only, never the texts.
"""

from __future__ import annotations

import os
import random
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

pytestmark = pytest.mark.skipif(os.environ.get("CNPII_PURE") == "1", reason="pure-Python run")


def _diff(cases) -> list[int]:
    bad = []
    for i, (t, lo, hi, wanted) in enumerate(cases):
        n = I.normalize(t)
        if sorted(I.find_identifiers(t, n, lo, hi, wanted)) != sorted(I.find_identifiers_py(t, n, lo, hi, wanted)):
            bad.append(i)
    return bad


def test_corpus_same_candidates(native):
    texts = [r["text"] for seed in (1, 2) for r in detection_corpus.generate(2500, seed)]
    some = frozenset({Entity.CN_BANK_CARD, Entity.CN_MOBILE_PHONE, Entity.CN_LANDLINE_PHONE})
    cases = [(t, 0, len(t), w) for t in texts for w in (ALL_ENTITIES, some)]
    found = sum(len(I.find_identifiers(t, I.normalize(t), 0, len(t), ALL_ENTITIES)) for t in texts)
    assert found > 3000  # the corpus really exercises the pass
    bad = _diff(cases)
    assert not bad, f"{len(bad)} of {len(cases)} corpus cases differ (first indices {bad[:10]})"


def test_corpus_sub_ranges(native):
    rng = random.Random(5)
    texts = [r["text"] for r in detection_corpus.generate(2000, 9)]
    cases = []
    for t in texts:
        lo = rng.randint(0, len(t))
        cases.append((t, lo, rng.randint(lo, len(t)), ALL_ENTITIES))
    bad = _diff(cases)
    assert not bad, f"{len(bad)} of {len(cases)} sub-range cases differ (first indices {bad[:10]})"


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


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_texts(native, seed):
    rng = random.Random(seed)
    ents = sorted(ALL_ENTITIES)
    cases = []
    for _ in range(6000):
        t = _random_text(rng)
        lo = rng.randint(0, len(t)) if rng.random() < 0.3 else 0
        hi = rng.randint(lo, len(t)) if rng.random() < 0.3 else len(t)
        wanted = ALL_ENTITIES if rng.random() < 0.7 else frozenset(rng.sample(ents, rng.randint(1, len(ents))))
        cases.append((t, lo, hi, wanted))
    bad = _diff(cases)
    assert not bad, f"{len(bad)} of {len(cases)} random cases differ (first indices {bad[:10]})"


def test_context_analysis_matches(native):
    """The C cue-word pass gives the distances of _context.analyse for every kind."""
    by_module = {m: e for e, m in I._MODULE_OF.items()}
    from cnpii.identifiers import _checks

    kinds = [by_module[m] for m in _checks.KINDS]
    rng = random.Random(2)
    words = sorted(ctx._TAGS)
    windows = []
    for _ in range(5000):
        w = "".join(rng.choice(words + list("：: 的号123abcXYZ_")) for _ in range(rng.randint(0, 6)))
        windows.append(w[-16:].lower())
    bad = 0
    for w in windows:
        cues, counter = ctx.analyse(w)
        c_cues, c_counter = native.analyse(w)
        kinds_all = kinds + [Entity.IP_ADDRESS, Entity.EMAIL_ADDRESS]
        if c_counter != counter or list(c_cues) != [cues.get(k, -1) for k in kinds_all]:
            bad += 1
    assert bad == 0, f"{bad} of {len(windows)} windows analysed differently"


def test_adversarial_inputs_are_linear(native):
    """1 MB of digits, separators and letter runs scans in about linear time (CPU-time ratio
    against 10 KB with a wide margin, repeated: tests/_linear.py; no wall-clock bound)."""
    for unit in ("1", "1 ", "1-2 ", "AB12", "京A", "(86)", "使123"):
        assert_linear(lambda big: I.find_identifiers(big, big, 0, len(big), ALL_ENTITIES),
                      lambda n, unit=unit: unit * (n // len(unit)), 10_000, factor=100, slack=10,
                      what=f"pattern {unit!r}")


def test_pure_switch(tmp_path):
    """CNPII_PURE=1 makes the identifier pass use the Python reference."""
    import subprocess

    code = ("from cnpii.detection import _identifiers as I; I.find_identifiers('x', 'x', 0, 1, frozenset()); "
            "print(I._NATIVE)")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "CNPII_PURE": "1"},
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_findings_built_in_c_equal_python_ones(native):
    """_cidents.findings builds the same frozen Finding objects make_finding builds."""
    import dataclasses

    from cnpii.detection._finding import Finding, make_finding

    texts = [r["text"] for r in detection_corpus.generate(300, 4)]
    cands = [c for t in texts for c in I.find_identifiers(t, I.normalize(t), 0, len(t), ALL_ENTITIES)]
    assert len(cands) > 200
    built = native.findings(cands, Finding, round)
    want = [make_finding(c.start, c.end, c.entity, round(c.score, 3), c.explanation) for c in cands]
    assert built == want and [repr(f) for f in built] == [repr(f) for f in want]
    assert all(type(f) is Finding and f.score == w.score for f, w in zip(built, want))
    with pytest.raises(dataclasses.FrozenInstanceError):
        built[0].start = 0


@pytest.mark.parametrize("seed", [4, 5])
def test_hex_tails_hold_no_identifier_in_either_pass(native, seed):
    """A digit run glued after a letter-and-digit token is the token's tail, in C as in Python;
    the same run after letters alone (TEL13812345678) is still read as a value."""
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
            assert got == [] and I.find_identifiers_py(text, n, 0, len(text), ALL_ENTITIES) == [], \
                f"{len(got)} candidates in a hex token ({gen.__name__.rsplit('.', 1)[-1]})"
        text = "TEL" + str(mobile_phone.generate(rng))
        n = I.normalize(text)
        for find in (I.find_identifiers, I.find_identifiers_py):
            assert [c.entity for c in find(text, n, 0, len(text), ALL_ENTITIES)] == [Entity.CN_MOBILE_PHONE]


def test_digits_after_a_decimal_point_are_a_fraction_in_either_pass(native):
    rng = random.Random(9)
    for _ in range(300):
        value = str(rng.choice((mobile_phone, resident_id, bank_card)).generate(rng))
        for text in (f'"f1": 0.{value}', f"{rng.randint(0, 99)}.{value}"):
            n = I.normalize(text)
            assert I.find_identifiers(text, n, 0, len(text), ALL_ENTITIES) == []
            assert I.find_identifiers_py(text, n, 0, len(text), ALL_ENTITIES) == []
