"""Authorisation and audit around detokenization: grants, refusals, events without values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cnpii.audit import AuditEvent, JsonLinesSink, MemorySink, verify_log
from cnpii.errors import AuditError, PermissionDenied
from cnpii.tokenization import Grant, Keyring, Tokenizer

KR = Keyring({1: bytes(range(32))})
IDS = ["11010519491231002X", "51343620000320711X"]


class FailingSink:
    def emit(self, event: AuditEvent) -> None:
        raise OSError("disk full")


def _tokens() -> list[str]:
    return Tokenizer(KR).tokenize_many(IDS, "CN_RESIDENT_ID")


@pytest.mark.parametrize("grants", [
    {"fraud": {"CN_RESIDENT_ID": ["investigation"]}},
    {"fraud": [("CN_RESIDENT_ID", "investigation")]},
    [Grant("fraud", "CN_RESIDENT_ID", "investigation")],
    [("fraud", "*", "investigation")],
    [("*", "CN_RESIDENT_ID", "*")],
])
def test_grant_shapes_allow(grants: object) -> None:
    t = Tokenizer(KR, grants=grants, audit=MemorySink())
    assert t.detokenize_many(_tokens(), "CN_RESIDENT_ID", actor="alice", role="fraud",
                             purpose="investigation") == IDS


def test_refusals_and_their_events() -> None:
    sink = MemorySink()
    t = Tokenizer(KR, grants={"fraud": {"CN_RESIDENT_ID": ["investigation"]}}, audit=sink)
    tokens = _tokens()
    for role, entity, purpose in [("marketing", "CN_RESIDENT_ID", "investigation"),
                                  ("fraud", "CN_RESIDENT_ID", "marketing"),
                                  ("fraud", "CN_BANK_CARD", "investigation")]:
        with pytest.raises(PermissionDenied):
            t.detokenize_many(tokens, entity, actor="bob", role=role, purpose=purpose)
    assert [e.outcome for e in sink.events] == ["denied"] * 3
    assert sink.events[0].role == "marketing" and sink.events[0].count == 2


def test_no_grants_means_no_detokenization() -> None:
    sink = MemorySink()
    t = Tokenizer(KR, audit=sink)
    with pytest.raises(PermissionDenied, match="no grants"):
        t.detokenize(_tokens()[0], "CN_RESIDENT_ID", actor="a", role="admin", purpose="any")
    assert sink.events[-1].outcome == "denied"


def test_no_or_failing_audit_sink_means_refusal() -> None:
    grants = {"fraud": {"*": ["investigation"]}}
    with pytest.raises(PermissionDenied, match="audit"):
        Tokenizer(KR, grants=grants).detokenize(_tokens()[0], "CN_RESIDENT_ID", actor="a",
                                                role="fraud", purpose="investigation")
    t = Tokenizer(KR, grants=grants, audit=[MemorySink(), FailingSink()])
    with pytest.raises(PermissionDenied, match="audit"):
        t.detokenize_many(_tokens(), "CN_RESIDENT_ID", actor="a", role="fraud",
                          purpose="investigation")
    with pytest.raises(AuditError):  # bulk tokenize is audited too
        t.tokenize_many(IDS, "CN_RESIDENT_ID")


def test_detokenize_text_is_all_or_nothing() -> None:
    sink = MemorySink()
    t = Tokenizer(KR, grants={"ops": {"CN_MOBILE_PHONE": ["kyc"]}}, audit=sink)
    text = (t.tokenize("13812345678", "CN_MOBILE_PHONE", opaque=True) + " "
            + t.tokenize("11010519491231002X", "CN_RESIDENT_ID", opaque=True))
    with pytest.raises(PermissionDenied):
        t.detokenize_text(text, actor="a", role="ops", purpose="kyc")
    assert all(e.outcome != "ok" for e in sink.events if e.action == "detokenize")


def test_events_carry_who_what_why_never_values(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    key = b"audit-chain-key-0123456789abcdef"
    sink = JsonLinesSink(path, key=key)
    t = Tokenizer(KR, grants={"fraud": {"*": ["investigation"]}}, audit=sink)
    tokens = t.tokenize_many(IDS, "CN_RESIDENT_ID", actor="etl", purpose="analytics")
    t.detokenize_many(tokens, "CN_RESIDENT_ID", actor="alice", role="fraud",
                      purpose="investigation", reason="case 42")
    with pytest.raises(PermissionDenied):
        t.detokenize_many(tokens, "CN_RESIDENT_ID", actor="mallory", role="intern",
                          purpose="curiosity")
    raw = path.read_text(encoding="utf-8")
    for secret in IDS + tokens:
        assert secret not in raw, "no value or token in the audit log"
    events = [json.loads(line)["event"] for line in raw.splitlines()]
    assert [(e["action"], e["outcome"]) for e in events] == [
        ("tokenize", "ok"), ("detokenize", "ok"), ("detokenize", "denied")]
    ok = events[1]
    assert (ok["actor"], ok["role"], ok["purpose"], ok["reason"], ok["count"], ok["key_version"],
            ok["entity"], ok["domain"]) == ("alice", "fraud", "investigation", "case 42", 2, 1,
                                           "CN_RESIDENT_ID", "CN_RESIDENT_ID")
    assert ok["time"].endswith("Z")
    assert verify_log(path, key=key, head=sink.head).ok
