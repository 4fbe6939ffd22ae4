"""Column encryption at rest: published vectors for both AEADs, round trips, the associated
data binding table and column, key versions, rotation in bounded chunks."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

import cnpii.encryption as enc
from cnpii import Keyring
from cnpii.audit import MemorySink, configure
from cnpii.encryption import (
    DecryptionError,
    decrypt_frame,
    encrypt_frame,
    is_ciphertext,
    reencrypt_file,
    reencrypt_frame,
)

ID = "11010519491231002X"


def test_sm4_gcm_matches_rfc_8998_appendix_a1() -> None:
    key = bytes.fromhex("0123456789ABCDEFFEDCBA9876543210")
    iv = bytes.fromhex("00001234567800000000ABCD")
    aad = bytes.fromhex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2")
    pt = bytes.fromhex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                       "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA")
    ct = bytes.fromhex("17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                       "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D")
    tag = bytes.fromhex("83DE3541E4C2B58177E065A9BF7B62EC")
    engine = enc._Engine.__new__(enc._Engine)
    engine._key = key
    assert engine._sm4_seal(iv, pt, aad) == ct + tag
    assert engine._sm4_open(iv, ct + tag, aad) == pt
    with pytest.raises(Exception):
        engine._sm4_open(iv, ct + bytes([tag[0] ^ 1]) + tag[1:], aad)


def test_aes_256_gcm_matches_the_gcm_specification_test_case_16() -> None:
    key = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
    iv = bytes.fromhex("cafebabefacedbaddecaf888")
    pt = bytes.fromhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                       "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
    aad = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
    ct = bytes.fromhex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                       "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
    tag = bytes.fromhex("76fc6ece0f4e1768cddf8853bb2d551b")
    assert AESGCM(key).encrypt(iv, pt, aad) == ct + tag  # the primitive _Engine uses for "A"


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"客户姓名": ["张三", None, "李四"], "sfzh": [ID, "440524188001010014", None],
                         "balance": [1.5, 2.0, 3.0], "card_no": ["6222021234567890128", None, None]})


@pytest.mark.parametrize("cipher", ["AES", "SM4"])
def test_round_trip_keeps_shape_nulls_and_other_columns(cipher: str) -> None:
    kr = Keyring({1: bytes(range(32))})
    df = _frame()
    out = encrypt_frame(df, kr, table="t", cipher=cipher)
    assert list(out.columns) == list(df.columns) and len(out) == len(df)
    assert out["balance"].tolist() == df["balance"].tolist(), "not an identifier column"
    alg = "A" if cipher == "AES" else "S"
    for c in ("客户姓名", "sfzh", "card_no"):
        for v, orig in zip(out[c], df[c]):
            assert pd.isna(v) if pd.isna(orig) else v.startswith(f"cnpii:enc1:{alg}:1:")
    assert ID not in out.to_csv()
    back = decrypt_frame(out, kr, table="t")
    for c in df.columns:
        assert [None if pd.isna(v) else v for v in back[c]] == \
            [None if pd.isna(v) else v for v in df[c]]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=40)), min_size=1, max_size=20),
       st.sampled_from(["AES", "SM4"]))
def test_any_text_round_trips(values: list[str | None], cipher: str) -> None:
    kr = Keyring({1: bytes(range(32))})
    df = pd.DataFrame({"x": pd.Series(values, dtype=object)})
    out = encrypt_frame(df, kr, ["x"], table="t", cipher=cipher)
    back = decrypt_frame(out, kr, ["x"], table="t")
    assert back["x"].tolist() == values


def test_associated_data_binds_table_column_and_version() -> None:
    kr = Keyring({1: bytes(range(32))})
    out = encrypt_frame(pd.DataFrame({"sfzh": [ID], "mobile": ["13812345678"]}), kr, table="t")
    with pytest.raises(DecryptionError):
        decrypt_frame(out, kr, table="other")
    moved = out.copy()
    moved["mobile"] = out["sfzh"]  # a ciphertext copied into another column
    with pytest.raises(DecryptionError):
        decrypt_frame(moved, kr, ["mobile"], table="t")
    v = out["sfzh"][0]
    kr.rotate()
    relabelled = v.replace("cnpii:enc1:A:1:", "cnpii:enc1:A:2:")
    with pytest.raises(DecryptionError):
        decrypt_frame(pd.DataFrame({"sfzh": [relabelled]}), kr, ["sfzh"], table="t")
    body = v.rsplit(":", 1)[1]
    flipped = v[: -len(body)] + ("A" if body[5] != "A" else "B").join([body[:5], body[6:]])
    with pytest.raises(DecryptionError) as exc:
        decrypt_frame(pd.DataFrame({"sfzh": [flipped]}), kr, ["sfzh"], table="t")
    assert ID not in str(exc.value) and flipped not in str(exc.value)
    with pytest.raises(DecryptionError):
        decrypt_frame(pd.DataFrame({"sfzh": [ID]}), kr, ["sfzh"], table="t")  # not a ciphertext
    kr.retire(1)
    with pytest.raises(DecryptionError):
        decrypt_frame(out, kr, table="t")  # the key version is gone: unrecoverable


def test_rotation_reencrypts_in_bounded_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    kr = Keyring({1: bytes(range(32))})
    n = 1_000
    df = pd.DataFrame({"sfzh": [ID] * n, "note": ["x"] * n})
    out = encrypt_frame(df, kr, ["sfzh"], table="t")
    kr.rotate()
    sizes: list[int] = []
    real = enc.decrypt_values

    def counting(values, *a, **kw):  # type: ignore[no-untyped-def]
        sizes.append(len(values))
        return real(values, *a, **kw)

    monkeypatch.setattr(enc, "decrypt_values", counting)
    assert reencrypt_frame(out, kr, table="t", chunk_rows=128) == n
    assert max(sizes) <= 128 and sum(sizes) == n
    assert all(v.startswith("cnpii:enc1:A:2:") for v in out["sfzh"])
    assert reencrypt_frame(out, kr, table="t", chunk_rows=128) == 0, "already current"
    kr.retire(1)
    assert decrypt_frame(out, kr, table="t")["sfzh"].tolist() == [ID] * n


def test_reencrypt_file_and_audit(tmp_path: Path) -> None:
    kr = Keyring({1: bytes(range(32))}, cipher="SM4")
    sink = MemorySink()
    configure(sink)
    try:
        out = encrypt_frame(_frame(), kr, table="t")
        path = tmp_path / "enc.csv"
        out.to_csv(path, index=False)
        kr.rotate()
        assert reencrypt_file(path, path, kr, table="t", chunk_rows=2) == 5
        again = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        assert all(v.startswith("cnpii:enc1:S:2:") for v in again["sfzh"].dropna())
        back = decrypt_frame(again, kr, table="t", actor="ops", purpose="dispute")
        assert back["sfzh"][0] == ID
    finally:
        configure(None)
    actions = [e.action for e in sink.events]
    assert actions[0] == "encrypt" and "reencrypt" in actions and actions[-1] == "decrypt"
    assert all(ID not in str(e.to_dict()) for e in sink.events)
    assert sink.events[-1].actor == "ops"


def test_shape_checks() -> None:
    kr = Keyring({1: bytes(range(32))})
    assert not is_ciphertext(ID) and not is_ciphertext(None)
    with pytest.raises(Exception) as exc:
        encrypt_frame("not a frame", kr)
    assert isinstance(exc.value, enc.CnpiiError)
    with pytest.raises(enc.CnpiiError):
        encrypt_frame(_frame(), kr, ["nope"])
    with pytest.raises(enc.CnpiiError):
        encrypt_frame(_frame(), kr, cipher="DES")
