"""FF1 (cnpii.hazmat.fpe): NIST SP 800-38G samples, the batch path against the plain
reference implementation, SM4 on the same code path, the minimum domain, key hygiene."""

from __future__ import annotations

import pickle
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.errors import CnpiiError, TokenizationError
from cnpii.hazmat._reference import PlainFF1
from cnpii.hazmat.fpe import FF1, min_length

K128 = "2B7E151628AED2A6ABF7158809CF4F3C"
K192 = K128 + "EF4359D8D580AA4F"
K256 = K192 + "7F036D6F04FC6A94"
T10 = "39383736353433323130"
T36 = "3737373770717273373737"
P10, P36 = "0123456789", "0123456789abcdefghi"

# NIST SP 800-38G FF1 samples 1-9 (FF1samples.pdf; also capitalone/fpe ff1/ff1_test.go)
NIST = [
    (1, K128, 10, "", P10, "2433477484"),
    (2, K128, 10, T10, P10, "6124200773"),
    (3, K128, 36, T36, P36, "a9tv40mll9kdu509eum"),
    (4, K192, 10, "", P10, "2830668132"),
    (5, K192, 10, T10, P10, "2496655549"),
    (6, K192, 36, T36, P36, "xbj3kv35jrawxv32ysr"),
    (7, K256, 10, "", P10, "6657667009"),
    (8, K256, 10, T10, P10, "1001623463"),
    (9, K256, 36, T36, P36, "xs8a0azh2avyalyzuwd"),
]


@pytest.mark.parametrize("sample,key,radix,tweak,pt,ct", NIST, ids=[f"sample{s[0]}" for s in NIST])
def test_nist_samples(sample: int, key: str, radix: int, tweak: str, pt: str, ct: str) -> None:
    ff1 = FF1(bytes.fromhex(key), radix)
    tw = bytes.fromhex(tweak)
    assert ff1.encrypt(pt, tw) == ct
    assert ff1.decrypt(ct, tw) == pt
    assert ff1.encrypt_many([pt, pt], tw) == [ct, ct]
    assert ff1.decrypt_many([ct], tw) == [pt]


@pytest.mark.parametrize("sample,key,radix,tweak,pt,ct", NIST, ids=[f"sample{s[0]}" for s in NIST])
def test_reference_implementation_passes_nist_too(sample: int, key: str, radix: int, tweak: str,
                                                  pt: str, ct: str) -> None:
    ref = PlainFF1(bytes.fromhex(key), radix)
    assert ref.encrypt(pt, bytes.fromhex(tweak)) == ct
    assert ref.decrypt(ct, bytes.fromhex(tweak)) == pt


def test_numpy_path_is_used_and_matches_integer_path() -> None:
    ff1 = FF1(bytes.fromhex(K128), 10)
    x = np.arange(0, 10**10, 10**10 // 5000, dtype=np.uint64)
    fast = ff1.encrypt_ints(x, 10)
    assert isinstance(fast, np.ndarray)
    slow = [ff1.encrypt_int(int(v), 10) for v in x[:300]]
    assert [int(v) for v in fast[:300]] == slow
    assert np.array_equal(np.asarray(ff1.decrypt_ints(fast, 10)), x)
    # the integer form of NIST sample 1
    assert ff1.encrypt_int(123456789, 10) == 2433477484


CASES = [  # (radix, length, tweak): one block, multi-block tails (long tweak), d > 16, fallbacks
    (10, 6, b""), (10, 11, b"t"), (10, 16, b"a longer tweak of 29 bytes..."), (10, 19, b"x" * 40),
    (10, 40, b""), (10, 60, b"d>16"), (36, 4, b"tw"), (36, 19, b"tw"), (2, 20, b""), (62, 6, b"q"), (1000, 2, b"r"),
    (8018, 2, b"resident"), (20992, 2, b"cjk"),
]


@pytest.mark.parametrize("radix,length,tweak", CASES)
def test_batch_matches_plain_reference(radix: int, length: int, tweak: bytes) -> None:
    rng = random.Random(radix * 1000 + length)
    key = bytes(rng.randrange(256) for _ in range(32))
    ff1, ref = FF1(key, radix), PlainFF1(key, radix)
    nums = [[rng.randrange(radix) for _ in range(length)] for _ in range(40)]
    values = [sum(d * radix ** (length - 1 - k) for k, d in enumerate(n)) for n in nums]
    got = [int(v) for v in ff1.encrypt_ints(values, length, tweak)]
    want = []
    for n in nums:
        out = ref.encrypt_numerals(n, tweak)
        want.append(sum(d * radix ** (length - 1 - k) for k, d in enumerate(out)))
    assert got == want
    assert [int(v) for v in ff1.decrypt_ints(got, length, tweak)] == values


def test_sm4_runs_the_same_code_path() -> None:
    key = bytes(range(16))
    ff1, ref = FF1(key, 10, cipher="SM4"), PlainFF1(key, 10, cipher="SM4")
    values = [f"{i * 7919:012d}" for i in range(200)]
    tokens = ff1.encrypt_many(values, b"sm4")
    assert tokens == [ref.encrypt(v, b"sm4") for v in values]
    assert ff1.decrypt_many(tokens, b"sm4") == values
    assert tokens != FF1(key, 10).encrypt_many(values, b"sm4"), "SM4 and AES must differ"
    with pytest.raises(ValueError):
        FF1(bytes(32), 10, cipher="SM4")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789", min_size=6, max_size=30), st.binary(max_size=20))
def test_round_trip_digits(text: str, tweak: bytes) -> None:
    ff1 = FF1(bytes(range(32)), 10)
    ct = ff1.encrypt(text, tweak)
    assert len(ct) == len(text) and ct.isdigit()
    assert ff1.decrypt(ct, tweak) == text
    assert ff1.encrypt_many([text], tweak) == [ct]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="0123456789abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=25),
                min_size=1, max_size=20))
def test_round_trip_batches_of_mixed_lengths(texts: list[str]) -> None:
    ff1 = FF1(bytes(range(16)), 36)
    tokens = ff1.encrypt_many(texts)
    assert [len(t) for t in tokens] == [len(t) for t in texts]
    assert ff1.decrypt_many(tokens) == texts
    assert tokens == [ff1.encrypt(t) for t in texts]


def test_minimum_domain_is_enforced() -> None:
    assert min_length(10) == 6 and min_length(36) == 4 and min_length(2) == 20
    ff1 = FF1(bytes(16), 10)
    with pytest.raises(TokenizationError, match="1,000,000"):
        ff1.encrypt("12345")
    with pytest.raises(TokenizationError):
        ff1.encrypt_many(["123456", "12345"])
    assert len(ff1.encrypt("123456")) == 6


def test_bad_input_is_rejected() -> None:
    ff1 = FF1(bytes(16), 10)
    with pytest.raises(TokenizationError):
        ff1.encrypt("12345a")
    with pytest.raises(TokenizationError):
        ff1.encrypt_many(["1234567", "12345a7"])
    with pytest.raises(ValueError):
        FF1(bytes(15), 10)
    with pytest.raises(ValueError):
        FF1(bytes(16), 1)
    with pytest.raises(ValueError):
        FF1(bytes(16), 3, alphabet="abb")
    with pytest.raises(TypeError):
        FF1(bytes(16), 100).encrypt("0123")  # radix 100 has no default alphabet
    with pytest.raises(TokenizationError):
        ff1.encrypt_ints([10**6], 6)


def test_key_never_shown_or_pickled() -> None:
    key = bytes.fromhex(K128)
    ff1 = FF1(key, 10)
    assert "2b7e" not in repr(ff1).lower() and "<hidden>" in repr(ff1)
    assert not any(isinstance(v, bytes) and v == key for v in vars(type(ff1)).values())
    with pytest.raises(TypeError):
        pickle.dumps(ff1)
    try:
        ff1.encrypt("12")
    except CnpiiError as exc:
        assert key.hex() not in str(exc).lower()
