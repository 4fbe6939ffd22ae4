"""Retention periods in the policy and the sweep; per-subject keys and crypto-erasure; the
grants report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii import Keyring, Policy, Tokenizer, decrypt_frame, encrypt_frame
from cnpii.audit import JsonLinesSink, MemorySink, configure
from cnpii.encryption import DecryptionError
from cnpii.erasure import SubjectKeys, grants_report
from cnpii.errors import InvalidToken, KeyringError, PolicyError
from cnpii.retention import sweep_file, sweep_frame

TODAY = dt.date(2026, 1, 1)
POLICY = {"rules": [], "retention": {"date_column": "closed_on",
                                     "periods": {"CN_BANK_CARD": "5y", "C3": "3y", "C2": "18m",
                                                 "default": "10y"}}}


def test_policy_retention_is_parsed_checked_and_hashed() -> None:
    p = Policy.load(POLICY)
    assert p.retention.periods["C2"] == (18, "m")  # type: ignore[attr-defined]
    assert p.to_dict()["retention"]["periods"]["CN_BANK_CARD"] == "5y"
    assert Policy.load(p.to_dict()).retention == p.retention  # type: ignore[attr-defined]
    for bad in ({"periods": {"CN_NOPE": "1y"}}, {"periods": {"C3": "forever"}},
                {"periods": {"C3": "0y"}}, {"keep": 1}, ["1y"]):
        with pytest.raises(PolicyError):
            Policy.load({"rules": [], "retention": bad})
    assert getattr(Policy.load({"rules": []}), "retention", None) is None


def _frame(dates: list[str | None]) -> pd.DataFrame:
    n = len(dates)
    return pd.DataFrame({"card_no": ["6222021234567890128"] * n, "sjh": ["13812345678"] * n,
                         "balance": [1.0] * n, "closed_on": dates})


@settings(max_examples=50, deadline=None)
@given(st.lists(st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2026, 1, 1)),
                min_size=1, max_size=30))
def test_a_row_is_past_retention_exactly_when_its_longest_period_has_run(days: list[dt.date]) -> None:
    p = Policy.load(POLICY)
    df = _frame([d.isoformat() for d in days])
    r = sweep_frame(df, p, today=TODAY)
    card_period = pd.DateOffset(years=5)  # the longest of the row's columns (card 5y, phone C2 18m)
    expect = sum(1 for d in days if pd.Timestamp(d) + card_period <= pd.Timestamp(TODAY))
    assert r.rows_past == expect
    assert r.cells_past["card_no"] == expect
    assert r.cells_past["sjh"] == sum(1 for d in days if pd.Timestamp(d) + pd.DateOffset(months=18)
                                      <= pd.Timestamp(TODAY))
    kept = sweep_frame(df, p, today=TODAY, delete=True).frame
    assert len(kept) == len(df) - expect and list(kept.columns) == list(df.columns)


def test_undated_rows_are_kept_and_reported() -> None:
    r = sweep_frame(_frame(["2001-01-01", None, "garbage"]), Policy.load(POLICY), today=TODAY,
                    delete=True)
    assert r.rows_past == 1 and r.undated_rows == 2 and len(r.frame) == 2 and not r.clean
    with pytest.raises(Exception):
        sweep_frame(_frame(["2001-01-01"]).drop(columns="closed_on"), Policy.load(POLICY))


def test_sweep_file_in_chunks_and_audited(tmp_path: Path) -> None:
    src = tmp_path / "accounts.csv"
    _frame(["2001-01-01", "2025-01-01"] * 50).to_csv(src, index=False)
    sink = MemorySink()
    configure(sink)
    try:
        r = sweep_file(src, Policy.load(POLICY), today=TODAY, chunk_rows=7)
        assert r.rows == 100 and r.rows_past == 50 and r.rows_deleted == 0
        out = tmp_path / "kept.csv"
        r = sweep_file(src, Policy.load(POLICY), dst=out, today=TODAY, chunk_rows=7)
        assert r.rows_deleted == 50 and len(pd.read_csv(out)) == 50
    finally:
        configure(None)
    ev = [e for e in sink.events if e.action == "retention_sweep"]
    assert len(ev) == 2 and ev[0].count == 50 and "6222021234567890128" not in str(ev[0].to_dict())


def test_crypto_erasure_makes_tokens_and_ciphertexts_unrecoverable(tmp_path: Path) -> None:
    bank = Keyring({1: bytes(range(32))})
    path = tmp_path / "subjects.json"
    keys = SubjectKeys(path, bank)
    sink = MemorySink()
    subject, other = "11010519491231002X", "440524188001010014"
    kr = keys.keyring_for(subject)
    tok = Tokenizer(kr, grants={"ops": {"*": ["test"]}}, audit=sink)
    token = tok.tokenize("13812345678", "CN_MOBILE_PHONE", opaque=True)
    enc = encrypt_frame(pd.DataFrame({"sjh": ["13812345678"]}), kr, table="t")
    other_enc = encrypt_frame(pd.DataFrame({"sjh": ["13900000000"]}), keys.keyring_for(other),
                              table="t")
    again = SubjectKeys(path, bank)  # persisted, wrapped
    assert Tokenizer(again.keyring_for(subject), grants={"ops": {"*": ["test"]}}, audit=sink
                     ).detokenize(token, "CN_MOBILE_PHONE", actor="a", role="ops",
                                  purpose="test") == "13812345678"
    raw = path.read_text()
    assert subject not in raw and kr.to_json() not in raw
    assert json.loads(kr.to_json())["keys"][0]["key"] not in raw, "keys stored wrapped only"
    configure(sink)
    try:
        assert again.destroy(subject, reason="客户注销 11010519491231002X") is True
    finally:
        configure(None)
    assert [e.action for e in sink.events][-1] == "key_destroy"
    assert subject not in str(sink.events[-1].to_dict())
    reopened = SubjectKeys(path, bank)
    with pytest.raises(KeyringError):
        reopened.keyring_for(subject, create=False)
    fresh = reopened.keyring_for(subject)  # a new key: the old data stays unreadable
    with pytest.raises(InvalidToken):
        Tokenizer(fresh, grants={"ops": {"*": ["test"]}}, audit=sink).detokenize(
            token, "CN_MOBILE_PHONE", actor="a", role="ops", purpose="test")
    with pytest.raises(DecryptionError):
        decrypt_frame(enc, fresh, table="t")
    assert decrypt_frame(other_enc, reopened.keyring_for(other, create=False),
                         table="t")["sjh"][0] == "13900000000", "other subjects unaffected"
    with pytest.raises(KeyringError):
        SubjectKeys(path, Keyring({1: bytes(range(1, 33))})).keyring_for(other, create=False)


def test_grants_report_from_a_real_audit_log(tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    sink = JsonLinesSink(log, key=b"grants-report-key-0123456789abcd")
    grants = {"fraud": {"CN_BANK_CARD": ["investigation"]}, "ops": {"*": ["kyc"]},
              "audit": {"CN_RESIDENT_ID": ["review"]}}
    tok = Tokenizer(Keyring({1: bytes(range(32))}), grants=grants, audit=sink)
    cards = tok.tokenize_many(["6222021234567890128", "6222021234567890128"], "CN_BANK_CARD")
    tok.detokenize_many(cards, "CN_BANK_CARD", actor="a", role="fraud", purpose="investigation")
    tok.detokenize_many(cards[:1], "CN_BANK_CARD", actor="b", role="ops", purpose="kyc")
    for role, purpose in (("marketing", "campaign"), ("ops", "campaign")):
        with pytest.raises(Exception):
            tok.detokenize_many(cards, "CN_BANK_CARD", actor="c", role=role, purpose=purpose)
    r = grants_report(tok, log)
    use = {(g.role, g.entity, g.purpose): g for g in r["grants"]}
    assert use[("fraud", "CN_BANK_CARD", "investigation")].ok == 2
    assert use[("ops", "*", "kyc")].ok == 1
    assert use[("audit", "CN_RESIDENT_ID", "review")].unused
    assert {(x["role"], x["purpose"], x["count"]) for x in r["refused_without_grant"]} == \
        {("marketing", "campaign", 2), ("ops", "campaign", 2)}
