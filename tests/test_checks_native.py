"""The compiled identifier checks (cnpii.identifiers._checks) against the pure-Python reference.

For every kind, ``_checks.is_valid(kind, s)`` must equal the module's ``_is_valid_py(s)`` on
generated values, on those values mutated (digit changes, transpositions, separators, full-width
forms, case, country prefixes, extensions, truncations...), on random strings (seeded and
hypothesis) and on junk; ``card_has_issuer`` must agree with ``bank_card.issuer``. The values
are compared in bulk: failure messages give counts and indices, never the values.
"""

from __future__ import annotations

import datetime
import os
import random
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnpii.identifiers import MODULES, _util, bank_card, resident_id

pytestmark = pytest.mark.skipif(os.environ.get("CNPII_PURE") == "1", reason="pure-Python run")

KINDS = tuple(MODULES)
DIGITS = "0123456789"
SEPS = [" ", "-", ".", "/", ":", "_", "\t", "\n", "\r", "(", ")", "（", "）", "·", "•", "・", "‧",
        "∙", "\u3000", "\u00a0", "\u200b", "\ufeff", "－", "—", "–", "‐", "‑", "−", "ー", "。",
        "＿", "／", "：", "．", "\u2003", "\x1c", "\x85", "\u2028", "\x0b", "\x0c", "#", "+"]
# characters a check might accept, look-alikes, and characters str.upper() turns into ASCII
JUNK = (list("XxABCDEFGHIJKLMNOPQRSTUVWYZabcdehkmpstz#+*")
        + list("京沪粤苏陕使领挂学警港澳转分机号码电话")
        + ["ß", "ı", "ſ", "ﬀ", "ﬁ", "ﬆ", "ŉ", "ǰ", "ẖ", "K", "٣", "²", "①", "〇", "Ｘ", "ｘ", "０", "９", "＋", "＃"])
PHONE_PREFIXES = ["+86", "0086", "86", "+86 ", "(+86)", "+86-", "＋８６", "+860", "086", "0086 ", "+ 86",
                  "+86 (0)", " +86"]
EXTENSIONS = ["转123", " 转 12", "分机8", " 分机 666", " ext. 5", "EXT12", "ext 9", "x12", "X 1", "#1234",
              "-123", "-1234567", "#", "转", "ext", " 12345678", "转1234567", "#0", "x", "-", "-12-3"]


@pytest.fixture(scope="module")
def C():
    from cnpii.identifiers import _checks
    assert _checks.__file__.endswith((".so", ".pyd")), "the compiled checks are not built"
    _checks._init()
    return _checks


def _diff(C, kind: str, values) -> list[int]:
    """Indices of the values on which the C check and the pure reference disagree."""
    k = KINDS.index(kind)
    py = MODULES[kind]._is_valid_py
    return [i for i, v in enumerate(values) if C.is_valid(k, v) != py(v)]


def _assert_same(C, kind: str, values, what: str, min_valid: int = 0) -> None:
    bad = _diff(C, kind, values)
    assert not bad, f"{kind}: {len(bad)} of {len(values)} {what} differ (first indices {bad[:10]})"
    if min_valid:
        n = sum(MODULES[kind]._is_valid_py(v) for v in values if isinstance(v, str))
        assert n >= min_valid, f"{kind}: only {n} valid {what}: the test does not exercise the check"


def _generated(kind: str, n: int, seed: int) -> list[str]:
    r = random.Random(seed)
    m = MODULES[kind]
    if kind == "resident_id":
        docs = resident_id.DOCUMENTS
        return [m.generate(r, document=docs[i % len(docs)]) for i in range(n)]
    return [m.generate(r) for _ in range(n)]


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _insert(r: random.Random, v: str, piece: str) -> str:
    i = r.randrange(len(v) + 1)
    return v[:i] + piece + v[i:]


def _mutations(kind: str, v: str, r: random.Random) -> list[str]:
    out = []
    n = len(v)
    i = r.randrange(n)
    out.append(v[:i] + r.choice(DIGITS) + v[i + 1:])
    out.append(v[:i] + r.choice(JUNK) + v[i + 1:])
    if n > 1:
        j = r.randrange(n - 1)
        out.append(v[:j] + v[j + 1] + v[j] + v[j + 2:])
    for _ in range(3):
        w = v
        for _ in range(r.randint(1, 3)):
            w = _insert(r, w, r.choice(SEPS) * r.randint(1, 2))
        out.append(w)
    out.append(_fullwidth(v))
    out.append("".join(_fullwidth(c) if r.random() < 0.5 else c for c in v))
    out.append(v.lower())
    out.append(v.swapcase())
    out.append(" " + v + " ")
    out.append("\u3000" + v + "\n")
    out.append(v[:-1])
    out.append(v[1:])
    out.append(v + r.choice(DIGITS))
    out.append(v[:r.randrange(n)])
    out.append(v[:i] + v[i] + v[i:])
    out.append(_insert(r, v, r.choice(JUNK)))
    if kind in ("mobile_phone", "landline_phone"):
        body = v[1:] if kind == "landline_phone" and r.random() < 0.7 else v
        out.append(r.choice(PHONE_PREFIXES) + body)
        out.append(r.choice(PHONE_PREFIXES) + r.choice(["", " ", "-", "(", ")"]) + v)
    if kind == "landline_phone":
        core = v.split("#")[0]
        out.append(core + r.choice(EXTENSIONS))
        out.append(core + r.choice(EXTENSIONS) + r.choice(["", " ", "\t", " \u2003"]))
        a = 3 if core[1:2] in ("1", "2") else 4
        out.append(f"({core[:a]}) {core[a:a + 4]} {core[a + 4:]}" + r.choice(["", *EXTENSIONS]))
        out.append(f"{core[:a]}-{core[a:]}-{r.randrange(10 ** r.randint(1, 7))}")
        out.append(f"{core[:a]}-{core[a:a + 3]}-{core[a + 3:]}")
        out.append(f"{core[:a]}-{core[a:a + 3]}-{core[a + 3:]}-{r.randrange(1000)}")
        out.append(v.replace("#", r.choice(["转", "分机", "EXT", "ext.", "x", " # ", "#"])))
        out.append(r.choice(["400", "800"]) + core[-7:])
    if kind == "resident_id" and v[-1] == "X":
        out.append(v[:-1] + "x")
    if kind == "license_plate":
        out.append(v[:2] + r.choice(["·", "•", "・", "-", " ", "‧", "∙"]) + v[2:])
        out.append(v[0] + v[1:].lower())
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_generated_values(C, kind: str) -> None:
    values = _generated(kind, 3000, seed=11)
    _assert_same(C, kind, values, "generated values", min_valid=2900)


@pytest.mark.parametrize("kind", KINDS)
def test_mutated_values(C, kind: str) -> None:
    r = random.Random(12)
    values = [m for v in _generated(kind, 2000, seed=13) for m in _mutations(kind, v, r)]
    _assert_same(C, kind, values, "mutated values", min_valid=len(values) // 10)


def test_every_kind_on_every_kinds_values(C) -> None:
    """Each check on the values of the other kinds (cards as accounts, landlines as mobiles...)."""
    r = random.Random(14)
    pool = []
    for kind in KINDS:
        for v in _generated(kind, 300, seed=15):
            pool.append(v)
            pool.extend(_mutations(kind, v, r))
    for kind in KINDS:
        _assert_same(C, kind, pool, "values of all kinds")


def _random_strings(r: random.Random, n: int, alphabet: list[str], max_len: int) -> list[str]:
    return ["".join(r.choice(alphabet) for _ in range(r.randint(0, max_len))) for _ in range(n)]


@pytest.mark.parametrize("kind", KINDS)
def test_seeded_random_strings(C, kind: str) -> None:
    r = random.Random(16)
    digits_heavy = list(DIGITS) * 8 + SEPS + JUNK
    values = _random_strings(r, 20000, digits_heavy, 24)
    # shape-like strings: a few leading letters / a province, then digits
    for _ in range(20000):
        head = r.choice(["", "E", "EA", "G", "14", "15", "P", "PE", "S", "SE", "D", "DE", "K", "MA",
                         "C", "CA", "H", "M", "T", "京A", "粤Z", "使", "沪", "9", "1", "0", "0755",
                         "010", "+86", "0086", "91", "11"])
        tail = "".join(r.choice(DIGITS + "ABDFXZ") for _ in range(r.randint(0, 18)))
        extra = r.choice(["", "", "", "挂", "学", "领", "港", "X", "转12", "(D)", "D", "x"])
        values.append(head + tail + extra)
    _assert_same(C, kind, values, "random strings")


ALPHABET = st.sampled_from(list(DIGITS) + SEPS + JUNK + ["０", "１", "８", "６", "ａ", "Ａ"])


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(ALPHABET, max_size=30), min_size=100, max_size=100))
def test_hypothesis_random_strings(C, kind: str, values: list[str]) -> None:
    _assert_same(C, kind, values, "hypothesis strings")


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), edits=st.lists(
    st.tuples(st.integers(0, 40), st.sampled_from(list(DIGITS) + SEPS + JUNK), st.integers(0, 2)),
    max_size=4))
def test_hypothesis_edited_values(C, kind: str, seed: int, edits) -> None:
    values = []
    for v in _generated(kind, 20, seed):
        for pos, ch, op in edits:
            pos = pos % (len(v) + 1)
            v = v[:pos] + ch + v[pos:] if op == 0 else v[:pos] + ch + v[pos + 1:] if op == 1 else v[:pos] + v[pos + 1:]
        values.append(v)
    _assert_same(C, kind, values, "edited values")


class _Str(str):
    pass


@pytest.mark.parametrize("kind", KINDS)
def test_junk_empty_and_long(C, kind: str) -> None:
    k = KINDS.index(kind)
    for junk in (None, 0, 12345678901, 1.5, b"11010519491231002X", bytearray(b"13812345678"), [], {},
                 ("13812345678",), object()):
        assert C.is_valid(k, junk) is False
        assert MODULES[kind].is_valid(junk) is MODULES[kind]._is_valid_py(junk)
    valid = _generated(kind, 50, seed=17)
    values = ["", " ", "-", "\u200b", "X", "0", "转", "使"]
    for v in valid:
        values += [v + " " * (1024 - len(v)), v + " " * (1025 - len(v)), " " * (1023 - len(v)) + v,
                   v + "\u200b" * (1024 - len(v)), v * 60, v + " " * 100_000, v + "0" * 3000,
                   "ß" * 1000 + v, v + "ﬃ" * 1000]
    values += ["1" * 1024, "1" * 1025, "0" * 100_000]
    _assert_same(C, kind, values, "empty / long values")
    sub = [_Str(v) for v in valid]
    _assert_same(C, kind, sub, "str subclass values", min_valid=45)


def test_module_is_valid_uses_the_compiled_check(C) -> None:
    for kind, module in MODULES.items():
        assert module.is_valid is not module._is_valid_py, f"{kind} does not use the compiled check"
        assert module.is_valid.__wrapped__ is module._is_valid_py
        values = _generated(kind, 200, seed=18)
        assert [module.is_valid(v) for v in values] == [module._is_valid_py(v) for v in values]


def test_kinds(C) -> None:
    assert C.KINDS == KINDS  # the order of the kind enum of _checks.c
    with pytest.raises(ValueError):
        C.is_valid(len(KINDS), "1")
    with pytest.raises(ValueError):
        C.is_valid(-1, "1")


def test_pure_mode_uses_the_reference() -> None:
    code = ("import sys\nimport cnpii.identifiers as I\n"
            "print(all(m.is_valid is m._is_valid_py for m in I.MODULES.values()),"
            " 'cnpii.identifiers._checks' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "CNPII_PURE": "1"},
                         capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_tables_load_lazily_per_group() -> None:
    code = ("from cnpii.identifiers import bank_card as b, resident_id as r, mobile_phone as m\n"
            "print(b.is_valid('6200000000000005'), b._table.cache_info().currsize, r._table is None,"
            " m._segments.cache_info().currsize)\n"
            "import random\nfrom cnpii.identifiers import _checks\n"
            "card = b.generate(random.Random(1), bin='622848')\n"
            "print(_checks.card_has_issuer(card), b._table.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "0", "True", "0", "True", "1"]


def _check_char(body: str) -> str:
    return resident_id.calc_check_char(body)


def test_birth_date_bounds(C) -> None:
    """Real dates, not before 1850, not after today (the same today as the Python check)."""
    k = KINDS.index("resident_id")
    today = datetime.date.today()
    days = [today, today + datetime.timedelta(days=1), today - datetime.timedelta(days=1),
            datetime.date(1850, 1, 1), datetime.date(1849, 12, 31), datetime.date(2000, 2, 29),
            datetime.date(1900, 3, 1), datetime.date(2400, 1, 1)]
    values = []
    for d in days:
        body = "110105" + d.strftime("%Y%m%d") + "123"
        values.append(body + _check_char(body))
    for ymd in ("19000229", "20010229", "20001301", "20000100", "20000431", "00000101", "99991231"):
        body = "110105" + ymd + "123"
        values.append(body + _check_char(body))
        values.append("110105" + ymd[2:] + "123")  # legacy 15: 19yy
    for body in ("9" + "11" + "123" + "19900101" + "123", "9" + "99" + "123" + "19900101" + "123",
                 "810000" + "19900101" + "123", "830000" + "19900101" + "123"):
        values.append(body + _check_char(body))
    values += ["810000900101123", "110105900101123", "110105000229123", "110105010229123"]
    expected = [resident_id._is_valid_py(v) for v in values]
    assert [C.is_valid(k, v) for v in values] == expected
    assert expected[:4] == [True, False, True, True] and expected[4] is False


def _squash(s: str, accepted: frozenset[str]) -> str:
    """Each run of characters no check accepts as one NUL (only their presence matters)."""
    out = []
    for c in s:
        if c.isascii() or c.isspace() or c in accepted:
            out.append(c)
        elif not out or out[-1] != "\0":
            out.append("\0")
    return "".join(out)


def test_compact_form_on_every_code_point(C) -> None:
    """The C clean() equals _util.clean() on every code point (half-width, separators, upper),
    up to characters no check accepts (C keeps them as they are: any of them fails every check)."""
    plate = MODULES["license_plate"]
    accepted = frozenset("使领转分机" + "".join(plate.PROVINCES) + "".join(plate._SUFFIXES))
    seps = {
        "resident_id": _util.SEPARATORS, "landline_phone": "", "bank_card": bank_card._SEPARATORS,
        "license_plate": _util.SEPARATORS + MODULES["license_plate"]._DOTS,
        "mobile_phone": MODULES["mobile_phone"]._SEPARATORS,
    }
    bad = []
    for kind, dc in seps.items():
        k = KINDS.index(kind)
        for start in range(0, 0x110000, 1000):
            chunk = "".join(map(chr, range(start, min(start + 1000, 0x110000))))
            if _squash(C._compact(k, chunk), accepted) != _squash(_util.clean(chunk, dc), accepted):
                bad.append((kind, start))
    assert not bad, f"{len(bad)} chunks differ (first {bad[:5]})"


def _luhn_card(r: random.Random, prefix: str, length: int) -> str:
    """A Luhn-valid number of ``length`` digits under ``prefix``, whether or not a BIN is listed
    for it (generate() refuses 18 digits with no 18-digit BIN: those are cases to compare too)."""
    from cnpii.identifiers._util import luhn_check_digit

    body = prefix + "".join(r.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return body + luhn_check_digit(body)


def test_card_has_issuer(C) -> None:
    def py(s) -> bool:
        try:
            return bank_card.issuer(s) is not None
        except Exception:
            return False

    r = random.Random(19)
    values = [bank_card.generate(r) for _ in range(3000)]
    values += [_luhn_card(r, str(r.randrange(1, 10 ** r.randint(1, 8))), r.randint(15, 19))
               for _ in range(3000)]
    values += [m for v in values[:1500] for m in _mutations("bank_card", v, r)]
    values += ["", "0", None, 6200000000000005, "4111111111111111", "6200000000000005" + " " * 1100]
    bad = [i for i, v in enumerate(values) if C.card_has_issuer(v) != py(v)]
    assert not bad, f"{len(bad)} of {len(values)} differ (first indices {bad[:10]})"
    assert sum(map(py, values)) > 3000
