"""Format-preserving and opaque tokens: validity, round trips, determinism, separation."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.audit import MemorySink
from cnpii.errors import InvalidToken, TokenizationError
from cnpii.identifiers import bank_card, mobile_phone, resident_id, uscc
from cnpii.identifiers._util import luhn_checksum
from cnpii.tokenization import Keyring, Tokenizer, detokenize_text, is_opaque_token
from cnpii.tokenization import _vector as vec
from cnpii.tokenization._names import COMPOUND_SURNAMES, common_characters

KR = Keyring({1: bytes(range(32))})
GRANTS = {"ops": {"*": ["test"]}}


def tok(**kw: object) -> Tokenizer:
    return Tokenizer(KR, grants=GRANTS, audit=MemorySink(), **kw)  # type: ignore[arg-type]


def back(t: Tokenizer, tokens: list[str], entity: str, **kw: object) -> list[str]:
    return t.detokenize_many(tokens, entity, actor="t", role="ops", purpose="test", **kw)


MODULES = {"CN_RESIDENT_ID": resident_id, "CN_BANK_CARD": bank_card,
           "CN_MOBILE_PHONE": mobile_phone, "CN_USCC": uscc}


@pytest.mark.parametrize("entity", sorted(MODULES))
def test_tokens_pass_the_same_validator_and_round_trip(entity: str) -> None:
    module = MODULES[entity]
    rng = random.Random(entity)
    values = [module.generate(rng) for _ in range(400)]
    t = tok()
    tokens = t.tokenize_many(values, entity)
    assert all(module.is_valid(x) for x in tokens), "every token passes the identifier validator"
    assert sum(a == b for a, b in zip(values, tokens)) == 0, "no value maps to itself here"
    assert back(t, tokens, entity) == values, "detokenize restores every value"
    assert [t.tokenize(v, entity) for v in values[:20]] == tokens[:20], "scalar == batch"


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32), st.sampled_from(sorted(MODULES)))
def test_round_trip_property(seed: int, entity: str) -> None:
    module = MODULES[entity]
    value = module.generate(random.Random(seed))
    t = tok()
    token = t.tokenize(value, entity)
    assert module.is_valid(token)
    assert t.detokenize(token, entity, actor="t", role="ops", purpose="test") == value


def test_resident_id_keeps_region_or_birth_date_never_both() -> None:
    rng = random.Random(3)
    values = [resident_id.generate(rng) for _ in range(300)]
    for keep, sl in (("region", slice(0, 6)), ("birth_date", slice(6, 14))):
        t = tok(resident_id_keep=keep)
        tokens = t.tokenize_many(values, "CN_RESIDENT_ID")
        assert all(a[sl] == b[sl] for a, b in zip(values, tokens)), f"{keep} is kept"
        other = slice(6, 14) if keep == "region" else slice(0, 6)
        assert sum(a[other] == b[other] for a, b in zip(values, tokens)) < 30, "the other part changes"
        assert all(resident_id.is_valid(x) for x in tokens)
        assert back(t, tokens, "CN_RESIDENT_ID") == values
    with pytest.raises(TokenizationError):
        tok(resident_id_keep="both")


def test_resident_id_outside_window_and_invalid_input() -> None:
    t = tok()
    body = "11010520260101001"
    recent = body + resident_id.calc_check_char(body)
    if resident_id.is_valid(recent):  # born in 2026: valid, but outside the token window
        with pytest.raises(TokenizationError, match="window"):
            t.tokenize(recent, "CN_RESIDENT_ID")
        kept = tok(resident_id_keep="birth_date").tokenize(recent, "CN_RESIDENT_ID")
        assert resident_id.is_valid(kept)
    with pytest.raises(TokenizationError) as info:
        t.tokenize_many(["11010519491231002X", "110105194912310021"], "CN_RESIDENT_ID")
    assert "1 of 2" in str(info.value) and "1101" not in str(info.value)
    # separators, full-width digits and a lower-case x are compacted by the identifier module
    assert t.tokenize("110105 19491231 002x", "CN_RESIDENT_ID") == t.tokenize(
        "11010519491231002X", "CN_RESIDENT_ID")


def test_bank_card_keeps_bin_and_last_four_where_the_domain_allows() -> None:
    rng = random.Random(5)
    t = tok()
    for length in (15, 16, 17, 18, 19):
        values = [bank_card.generate(rng, length=length) for _ in range(50)]
        tokens = t.tokenize_many(values, "CN_BANK_CARD")
        assert all(a[:6] == b[:6] for a, b in zip(values, tokens)), "BIN kept"
        assert all(luhn_checksum(x) == 0 and len(x) == length for x in tokens)
        assert all(bank_card.is_valid(x) for x in tokens)
        last4_kept = all(a[-4:] == b[-4:] for a, b in zip(values, tokens))
        if length in bank_card.BIN_REQUIRED_LENGTHS:  # 18 digits: the first 10 are kept instead
            assert all(a[:10] == b[:10] for a, b in zip(values, tokens)) and not last4_kept
        else:
            assert last4_kept == (length >= 17), "last four kept exactly on 17 and 19 digit cards"
        assert back(t, tokens, "CN_BANK_CARD") == values


def test_mobile_keeps_its_allocated_segment() -> None:
    rng = random.Random(6)
    values = [mobile_phone.generate(rng) for _ in range(300)]
    t = tok()
    tokens = t.tokenize_many(values, "CN_MOBILE_PHONE")
    for a, b in zip(values, tokens):
        assert mobile_phone.segment(a) == mobile_phone.segment(b), "same allocated segment"
    assert t.tokenize("+86 138-1234-5678", "CN_MOBILE_PHONE") == t.tokenize("13812345678",
                                                                             "CN_MOBILE_PHONE")
    with pytest.raises(TokenizationError):
        t.tokenize("15412345678", "CN_MOBILE_PHONE")  # unallocated segment


def test_chinese_names_map_to_chinese_names() -> None:
    rng = random.Random(7)
    common = common_characters()
    compounds = sorted(COMPOUND_SURNAMES)
    names = ["王芳", "李小龙", "欧阳修", "司马相如", "诸葛孔明", "赵钱孙李", "龘靐"]
    for _ in range(300):
        k = rng.choice([2, 3, 4])
        names.append("".join(rng.choice(common) for _ in range(k)))
        names.append(rng.choice(compounds) + "".join(rng.choice(common) for _ in range(k - 1)))
    t = tok()
    tokens = t.tokenize_many(names, "PERSON")
    assert all(len(a) == len(b) for a, b in zip(names, tokens))
    assert all(all("\u4e00" <= c <= "\u9fff" for c in x) for x in tokens)
    common_set = set(common)
    for a, b in zip(names, tokens):
        if len(a) >= 4 or (len(a) == 3 and a[:2] not in COMPOUND_SURNAMES):
            assert a[0] == b[0], "surname kept when the given name is long enough"
        if a[:2] in COMPOUND_SURNAMES and len(a) >= 4:
            assert a[:2] == b[:2], "compound surname kept"
        assert all(c in common_set for c in a) == all(c in common_set for c in b)
    assert back(t, tokens, "PERSON") == names
    with pytest.raises(TokenizationError):
        t.tokenize("买买提·艾力", "PERSON")


def test_generic_keeps_shape() -> None:
    t = tok()
    values = ["E12345678", "0755-12345678", "AB12cd34ef", "6222 0212 3456", "110101"]
    tokens = t.tokenize_many(values, "CN_BANK_ACCOUNT")
    for a, b in zip(values, tokens):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert x.isdigit() == y.isdigit() and x.isupper() == y.isupper()
            if not x.isalnum():
                assert x == y, "separators stay in place"
    assert back(t, tokens, "CN_BANK_ACCOUNT") == values
    with pytest.raises(TokenizationError):
        t.tokenize("12345", "CN_BANK_ACCOUNT")  # fewer than a million shapes


def test_deterministic_and_separated_by_domain_and_key() -> None:
    rng = random.Random(8)
    values = [resident_id.generate(rng) for _ in range(200)]
    t = tok()
    a = t.tokenize_many(values, "CN_RESIDENT_ID")
    assert a == tok().tokenize_many(values, "CN_RESIDENT_ID"), "same key+domain: same tokens"
    b = t.tokenize_many(values, "CN_RESIDENT_ID", domain="crm")
    assert sum(x == y for x, y in zip(a, b)) == 0, "another domain: unrelated tokens"
    other = Tokenizer(Keyring({1: bytes(32)}))
    c = other.tokenize_many(values, "CN_RESIDENT_ID")
    assert sum(x == y for x, y in zip(a, c)) == 0, "another key: unrelated tokens"
    d = Tokenizer(KR, domains={"CN_RESIDENT_ID": "crm"}).tokenize_many(values, "CN_RESIDENT_ID")
    assert d == b, "default domain from the domains mapping"
    assert len(set(a)) == len(set(values)), "injective"


def test_wrong_key_gives_a_wrong_but_valid_looking_value() -> None:
    value = resident_id.generate(random.Random(9))
    token = tok().tokenize(value, "CN_RESIDENT_ID")
    other = Tokenizer(Keyring({1: bytes(32)}), grants=GRANTS, audit=MemorySink())
    wrong = other.detokenize(token, "CN_RESIDENT_ID", actor="t", role="ops", purpose="test")
    assert wrong != value and resident_id.is_valid(wrong), "documented hazard of FPE tokens"


def test_opaque_tokens_and_detokenize_text() -> None:
    t = tok()
    o = t.tokenize("13812345678", "CN_MOBILE_PHONE", opaque=True)
    assert is_opaque_token(o) and o.startswith("⟦CN_MOBILE_PHONE:k1.")
    assert o == t.tokenize("13812345678", "CN_MOBILE_PHONE", opaque=True), "deterministic"
    addr = t.tokenize("北京市朝阳区建国路88号", "CN_ADDRESS", opaque=True)
    text = f"客户 {o} 住在 {addr}，再次确认 {o}。"
    restored = detokenize_text(text, t, actor="t", role="ops", purpose="test")
    assert restored == "客户 13812345678 住在 北京市朝阳区建国路88号，再次确认 13812345678。"
    assert t.detokenize_text("no tokens here", actor="t", role="ops", purpose="test") == "no tokens here"


def test_opaque_failures_are_one_opaque_error() -> None:
    t = tok()
    o = t.tokenize("6222021234567890128", "CN_BANK_CARD", opaque=True)
    payload = o[o.index(".") + 1:-1]
    flipped = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1]
    bad = [
        o.replace(payload, flipped),                       # tampered
        o.replace("CN_BANK_CARD", "CN_BANK_ACCOUNT"),      # another entity's label
        o.replace(":k1.", ":k9."),                         # unknown key id
        "⟦CN_BANK_CARD:k1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA⟧",  # foreign
    ]
    other = Tokenizer(Keyring({1: bytes(32)}), grants=GRANTS, audit=MemorySink())
    for token in bad:
        with pytest.raises(InvalidToken) as info:
            t.detokenize(token, "CN_BANK_CARD", actor="t", role="ops", purpose="test")
        assert str(info.value) == "invalid token"
    with pytest.raises(InvalidToken):  # wrong key
        other.detokenize(o, "CN_BANK_CARD", actor="t", role="ops", purpose="test")
    with pytest.raises(InvalidToken):  # right token, other domain
        t.detokenize(o, "CN_BANK_CARD", domain="other", actor="t", role="ops", purpose="test")
    with pytest.raises(InvalidToken):  # malformed format-preserving token
        t.detokenize("not-a-card", "CN_BANK_CARD", actor="t", role="ops", purpose="test")


def test_sm4_keyring_runs_the_same_recipes() -> None:
    kr = Keyring({1: bytes(range(32))}, cipher="SM4")
    t = Tokenizer(kr, grants=GRANTS, audit=MemorySink())
    values = [resident_id.generate(random.Random(i)) for i in range(50)]
    tokens = t.tokenize_many(values, "CN_RESIDENT_ID")
    assert all(resident_id.is_valid(x) for x in tokens)
    assert tokens != tok().tokenize_many(values, "CN_RESIDENT_ID"), "SM4 differs from AES"
    assert back(t, tokens, "CN_RESIDENT_ID") == values
    o = t.tokenize("13812345678", "CN_MOBILE_PHONE", opaque=True)
    assert t.detokenize(o, "CN_MOBILE_PHONE", actor="t", role="ops", purpose="test") == "13812345678"


def test_pandas_series_nulls_and_metadata() -> None:
    t = tok()
    s = pd.Series(["13812345678", None, "13912345678", float("nan")], index=[5, 6, 7, 8],
                  name="mobile")
    out = t.tokenize_many(s, "CN_MOBILE_PHONE")
    assert isinstance(out, pd.Series) and list(out.index) == [5, 6, 7, 8] and out.name == "mobile"
    assert out.attrs["cnpii"]["key_version"] == 1 and out.attrs["cnpii"]["entity"] == "CN_MOBILE_PHONE"
    assert pd.isna(out[6]) and pd.isna(out[8]), "nulls pass through"
    restored = t.detokenize_many(out, "CN_MOBILE_PHONE", actor="t", role="ops", purpose="test")
    assert restored[5] == "13812345678" and restored[7] == "13912345678"


def test_vector_helpers_agree_with_identifier_modules() -> None:
    rng = np.random.default_rng(1)
    bodies = rng.integers(0, 10, (3000, 17)).astype(np.uint8)
    checks = vec.mod11_2_check(bodies)
    for row, c in zip(bodies[:3000], checks):
        assert chr(c) == resident_id.calc_check_char("".join(map(str, row)))
    cards = rng.integers(0, 10, (3000, 19)).astype(np.uint8)
    for length in (15, 16, 19):
        sums = vec.luhn_checksums(cards[:, :length])
        for row, s in zip(cards[:1000, :length], sums):
            assert s == luhn_checksum("".join(map(str, row)))
    days = rng.integers(0, 64000, 2000)
    start = np.datetime64("1850-01-01")
    d = vec.date_unrank(days, start)
    rank, ok = vec.date_rank(d, start)
    assert ok.all() and np.array_equal(rank, days)
    bad = vec.ascii_matrix(["20230229", "20240229", "20231301", "20230100"], 8) - 48
    assert vec.date_rank(bad, start)[1].tolist() == [False, True, False, False]


_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=_ALNUM + " -.", min_size=6, max_size=30).filter(
    lambda s: sum(c.isdigit() for c in s) + 3 * sum(c.isalpha() for c in s) >= 8))
def test_generic_round_trip_property(value: str) -> None:
    t = tok()
    try:
        token = t.tokenize(value, "CN_PASSPORT")
    except TokenizationError:
        return  # a shape with fewer than a million values is refused, never mangled
    assert len(token) == len(value)
    assert [c.isdigit() for c in token] == [c.isdigit() for c in value]
    assert t.detokenize(token, "CN_PASSPORT", actor="t", role="ops", purpose="test") == value


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 4), st.integers(0, 2**32))
def test_name_round_trip_property(length: int, seed: int) -> None:
    rng = random.Random(seed)
    name = "".join(chr(rng.randrange(0x4E00, 0xA000)) if rng.random() < 0.2
                   else rng.choice(common_characters()) for _ in range(length))
    t = tok()
    token = t.tokenize(name, "PERSON")
    assert len(token) == len(name)
    assert t.detokenize(token, "PERSON", actor="t", role="ops", purpose="test") == name


@pytest.mark.parametrize("junk", [None, 123, 4.5, b"13812345678", ["x"], "", "   ", "１" * 30])
@pytest.mark.parametrize("entity", ["CN_RESIDENT_ID", "CN_MOBILE_PHONE", "CN_BANK_CARD",
                                    "CN_USCC", "PERSON", "CN_BANK_ACCOUNT"])
def test_junk_input_gives_typed_errors(junk: object, entity: str) -> None:
    t = tok()
    if junk is None:
        assert t.tokenize_many([junk], entity) == [None], "nulls pass through"
        return
    with pytest.raises(TokenizationError):
        t.tokenize(junk, entity)  # type: ignore[arg-type]
    with pytest.raises(InvalidToken):
        t.detokenize(junk, entity, actor="t", role="ops", purpose="test")  # type: ignore[arg-type]


def test_threads_share_a_tokenizer() -> None:
    from concurrent.futures import ThreadPoolExecutor

    rng = random.Random(11)
    values = [mobile_phone.generate(rng) for _ in range(2000)]
    t = tok()
    expected = t.tokenize_many(values, "CN_MOBILE_PHONE")
    chunks = [values[i::8] for i in range(8)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda c: t.tokenize_many(c, "CN_MOBILE_PHONE"), chunks))
    for i, r in enumerate(results):
        assert r == expected[i::8]


def test_on_invalid_opaque_and_null() -> None:
    rng = random.Random(12)
    values: list[object] = [resident_id.generate(rng) for _ in range(1000)]
    bad_rows = {3: "110105194912310021", 500: "not an id", 999: 42}
    for i, v in bad_rows.items():
        values[i] = v
    t = tok()
    with pytest.raises(TokenizationError):
        t.tokenize_many(values, "CN_RESIDENT_ID")
    out = t.tokenize_many(values, "CN_RESIDENT_ID", on_invalid="opaque")
    assert is_opaque_token(out[3]) and is_opaque_token(out[500]) and out[999] is None
    good = [i for i in range(1000) if i not in bad_rows]
    assert all(resident_id.is_valid(out[i]) for i in good)
    assert [out[i] for i in good] == t.tokenize_many([values[i] for i in good], "CN_RESIDENT_ID")
    restored = back(t, [out[i] for i in range(999)], "CN_RESIDENT_ID")
    assert restored == values[:999], "opaque and format-preserving tokens restore side by side"
    nulls = t.tokenize_many(values, "CN_RESIDENT_ID", on_invalid="null")
    assert [i for i, v in enumerate(nulls) if v is None] == sorted(bad_rows)
    with pytest.raises(ValueError):
        t.tokenize_many(values, "CN_RESIDENT_ID", on_invalid="ignore")
