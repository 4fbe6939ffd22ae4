"""Keyring (ids, versions, rotation, loading, pickling as a reference) and SIV (RFC 5297)."""

from __future__ import annotations

import base64
import json
import logging
import pickle
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from cnpii.errors import KeyringError
from cnpii.tokenization import Keyring, KeyReference, Tokenizer
from cnpii.tokenization._siv import SIV

H = bytes.fromhex


def test_rfc5297_a1_deterministic() -> None:
    key = H("fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")
    ad = H("101112131415161718191a1b1c1d1e1f2021222324252627")
    pt = H("112233445566778899aabbccddee")
    expected = H("85632d07c6e8f37f950acd320a2ecc93" "40c02b9690c4dc04daef7f6afe5c")
    assert SIV(key).encrypt(pt, ad) == expected
    assert SIV(key).decrypt(expected, ad) == pt
    assert AESSIV(key).encrypt(pt, [ad]) == expected, "cryptography's AESSIV agrees"


def test_rfc5297_a2_nonce_based() -> None:
    key = H("7f7e7d7c7b7a79787776757473727170404142434445464748494a4b4c4d4e4f")
    ad1 = H("00112233445566778899aabbccddeeffdeaddadadeaddadaffeeddccbbaa99887766554433221100")
    ad2 = H("102030405060708090a0")
    nonce = H("09f911029d74e35bd84156c5635688c0")
    pt = H("7468697320697320736f6d6520706c61696e74657874"
           "20746f20656e6372797074207573696e67205349562d414553")
    expected = H("7bdb6e3b432667eb06f4d14bff2fbd0fcb900f2fddbe404326601965c889bf17"
                 "dba77ceb094fa663b7a3f748ba8af829ea64ad544a272e9c485b62a3fd5c0d")
    assert SIV(key).encrypt(pt, ad1, ad2, nonce) == expected
    assert SIV(key).decrypt(expected, ad1, ad2, nonce) == pt
    assert SIV(key).decrypt(expected, ad1, nonce, ad2) is None, "associated data order matters"


def test_siv_matches_cryptography_and_rejects_tampering() -> None:
    key = bytes(range(64))
    siv = SIV(key)
    for n in (0, 1, 15, 16, 17, 100):
        pt = bytes(range(n))
        ct = siv.encrypt(pt, b"a", b"b")
        assert ct == AESSIV(key).encrypt(pt, [b"a", b"b"])
        tampered = bytearray(ct)
        tampered[-1] ^= 1
        assert siv.decrypt(bytes(tampered), b"a", b"b") is None
    sm4 = SIV(bytes(range(32)), "SM4")
    assert sm4.decrypt(sm4.encrypt(b"x" * 40, b"ad"), b"ad") == b"x" * 40
    assert sm4.decrypt(sm4.encrypt(b"x" * 40, b"ad"), b"other") is None


def test_generate_rotate_activate_retire() -> None:
    kr = Keyring.generate()
    assert kr.versions == [1] and kr.active_version == 1 and kr.key_id() == "k1"
    assert kr.rotate() == 2 and kr.active_version == 2 and kr.key_id(2) == "k2"
    assert kr.version_of("k1") == 1
    kr.activate(1)
    assert kr.active_version == 1
    with pytest.raises(KeyringError):
        kr.retire(1)
    kr.activate(2)
    kr.retire(1)
    assert kr.versions == [2]
    with pytest.raises(KeyringError):
        kr.version_of("k1")
    assert Keyring.generate() != Keyring.generate(), "fresh random keys"


def test_rotation_and_rewrap() -> None:
    from cnpii.audit import MemorySink

    kr = Keyring({1: bytes(range(32))})
    sink = MemorySink()
    t = Tokenizer(kr, grants={"ops": {"*": ["test"]}}, audit=sink)
    ids = ["11010519491231002X", "51343620000320711X"]
    old = t.tokenize_many(ids, "CN_RESIDENT_ID")
    old_opaque = t.tokenize_many(ids, "CN_RESIDENT_ID", opaque=True)
    kr.rotate()
    new = t.tokenize_many(ids, "CN_RESIDENT_ID")
    assert new != old, "the new key makes new tokens"
    assert t.rewrap(old, "CN_RESIDENT_ID", from_version=1) == new
    with pytest.raises(Exception):
        t.rewrap(old, "CN_RESIDENT_ID")  # format-preserving tokens need from_version
    rewrapped = t.rewrap(old_opaque, "CN_RESIDENT_ID")
    assert all(x.startswith("⟦CN_RESIDENT_ID:k2.") for x in rewrapped)
    assert t.detokenize_many(rewrapped, "CN_RESIDENT_ID", actor="a", role="ops",
                             purpose="test") == ids
    assert t.detokenize_many(old, "CN_RESIDENT_ID", actor="a", role="ops", purpose="test",
                             key_version=1) == ids, "old tokens still open with their version"
    assert t.detokenize_many(old_opaque, "CN_RESIDENT_ID", actor="a", role="ops",
                             purpose="test") == ids, "opaque tokens name their key"
    assert any(e.action == "rewrap" and e.key_version == 2 for e in sink.events)


def test_json_file_env_and_unwrap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kr = Keyring.generate()
    kr.rotate()
    path = tmp_path / "keys.json"
    kr.to_file(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    loaded = Keyring.from_file(path)
    assert loaded == kr and loaded.active_version == 2
    monkeypatch.setenv("CNPII_TEST_KEYS", kr.to_json())
    assert Keyring.from_env("CNPII_TEST_KEYS") == kr
    monkeypatch.setenv("CNPII_TEST_ONE", base64.b64encode(bytes(32)).decode())
    assert Keyring.from_env("CNPII_TEST_ONE") == Keyring({1: bytes(32)})
    wrapped = kr.to_json(wrap=_wrap)
    assert '"key"' not in wrapped and '"wrapped"' in wrapped
    with pytest.raises(KeyringError):
        Keyring.from_json(wrapped)
    assert Keyring.from_json(wrapped, unwrap=_unwrap) == kr
    with pytest.raises(KeyringError):
        Keyring.from_env("CNPII_TEST_UNSET_VARIABLE")
    with pytest.raises(KeyringError):
        Keyring.from_json('{"keys": [{"version": 1, "key": "***"}]}')


def _wrap(key: bytes) -> bytes:  # a stand-in for a KMS: XOR with a fixed pad
    return bytes(b ^ 0x5A for b in key)


def _unwrap(blob: bytes) -> bytes:
    return bytes(b ^ 0x5A for b in blob)


_KMS_DOC = Keyring({1: bytes(range(32)), 2: bytes(range(1, 33))}).to_json()


def kms_fetch(key_id: str) -> str:
    if key_id != "kms://bank/tokenization":
        raise RuntimeError("unknown key " + key_id)
    return _KMS_DOC


def test_pickles_to_a_reference_never_to_key_bytes(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    material = bytes(range(100, 132))
    kr = Keyring({1: material})
    with pytest.raises(TypeError):
        pickle.dumps(kr)  # built from bytes: nothing to point a worker at
    monkeypatch.setenv("CNPII_TEST_PICKLE", kr.to_json())
    env_kr = Keyring.from_env("CNPII_TEST_PICKLE")
    blob = pickle.dumps(env_kr)
    assert material not in blob and base64.b64encode(material) not in blob
    assert b"CNPII_TEST_PICKLE" in blob
    assert pickle.loads(blob) == env_kr
    path = tmp_path / "k.json"
    kr.to_file(path, wrap=_wrap, unwrap=_unwrap)
    file_kr = Keyring.from_file(path, unwrap=_unwrap)
    blob = pickle.dumps(file_kr)
    assert material not in blob and pickle.loads(blob) == kr
    kms = Keyring.from_kms("kms://bank/tokenization", kms_fetch)
    blob = pickle.dumps(kms)
    assert b"kms_fetch" in blob and pickle.loads(blob) == kms
    assert isinstance(kms.reference, KeyReference) and kms.reference.kind == "kms"
    file_kr.rotate()
    with pytest.raises(TypeError):
        pickle.dumps(file_kr)  # rotated: no longer what the file holds


def test_no_key_bytes_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    material = bytes(range(200, 232))
    kr = Keyring({1: material})
    hexed, b64 = material.hex(), base64.b64encode(material).decode()
    t = Tokenizer(kr)
    texts = [repr(kr), str(kr), repr(t), repr(kr._siv(1)), repr(kr._ff1(1, 10))]
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("test").info("keyring %r tokenizer %r", kr, t)
    texts.append(caplog.text)
    for bad in ('{"keys": [{"version": 1, "wrapped": "AAAA"}]}',):
        try:
            Keyring.from_json(bad, unwrap=lambda b: (_ for _ in ()).throw(ValueError(hexed)))
        except KeyringError as exc:
            texts.append(str(exc) + repr(exc))
            assert exc.__cause__ is None and exc.__suppress_context__
    try:
        Keyring.from_kms("x", lambda _k: (_ for _ in ()).throw(RuntimeError(b64)))
    except KeyringError as exc:
        texts.append(str(exc))
    for text in texts:
        assert hexed not in text and b64 not in text and repr(material) not in text


def test_derive_key() -> None:
    kr = Keyring({1: bytes(32)})
    assert kr.derive_key(b"cnpii/operators") == Keyring({1: bytes(32)}).derive_key(b"cnpii/operators")
    with pytest.raises(KeyringError):
        kr.derive_key(b"cnpii/ff1/AES")
    doc = json.loads(kr.to_json())
    assert doc["format"] == "cnpii-keyring/1" and doc["active"] == 1


def test_tokenizer_pickles_with_its_key_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    material = bytes(range(50, 82))
    monkeypatch.setenv("CNPII_TEST_TOK", Keyring({1: material}).to_json())
    t = Tokenizer(Keyring.from_env("CNPII_TEST_TOK"), grants={"ops": {"*": ["x"]}})
    ids = ["11010519491231002X"]
    before = t.tokenize_many(ids, "CN_RESIDENT_ID")
    blob = pickle.dumps(t)
    assert material not in blob
    worker = pickle.loads(blob)
    assert worker.tokenize_many(ids, "CN_RESIDENT_ID") == before
    with pytest.raises(TypeError):
        pickle.dumps(Tokenizer(Keyring({1: material})))  # raw-bytes keyring: refused
