"""The library-wide audit switch: configure / CNPII_AUDIT, one event per masking run, file
export, policy load, key event and validation run; reasons masked; --audit on every command."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cnpii
from cnpii import audit
from cnpii.audit import AuditEvent, MemorySink, mask_free_text, verify
from cnpii.cli import main
from cnpii.errors import AuditError
from cnpii.identifiers import bank_card, mobile_phone, resident_id

KEY_HEX = "ab" * 32
PHONE, ID = "13812345678", "11010519491231002X"


def _dump(events: list[AuditEvent]) -> str:
    return json.dumps([e.to_dict() for e in events], ensure_ascii=False)


def test_off_by_default_and_emit_is_a_no_op(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CNPII_AUDIT", raising=False)
    assert not audit.enabled() and audit.current_sinks() == []
    audit.emit("mask", count=1)  # nowhere to go, nothing raised


def test_masking_run_event(sink: MemorySink) -> None:
    df = pd.DataFrame({"sjh": [PHONE, None], "备注": [f"身份证{ID}", "无"]})
    with audit.audit_context(reason=f"客户{PHONE}投诉处理"):
        cnpii.mask_frame(df, role=None, purpose=None)
    [e] = [e for e in sink.events if e.action == "mask"]
    assert e.actor == "alice" and e.count == 2 and e.details is not None
    assert e.details["rows"] == 2
    assert e.details["counts"] == {"CN_MOBILE_PHONE": 1, "CN_RESIDENT_ID": 1}
    assert len(e.details["policy_hash"]) == 64 and e.details["policy_id"]
    assert e.reason == f"客户{mobile_phone.mask(PHONE)}投诉处理"
    assert PHONE not in _dump(sink.events) and ID not in _dump(sink.events)


def test_policy_hash_changes_with_the_rules(sink: MemorySink) -> None:
    df = pd.DataFrame({"sjh": [PHONE]})
    p1 = cnpii.Policy.load({"rules": [{"entity": "CN_MOBILE_PHONE", "operator": "redact"}]})
    p2 = cnpii.Policy.load({"rules": [{"entity": "CN_MOBILE_PHONE", "operator": "keep",
                                       "params": {"first": 3, "last": 4}}]})
    cnpii.mask_frame(df, p1)
    cnpii.mask_frame(df, p2)
    cnpii.mask_frame(df, p1)
    loads = [e for e in sink.events if e.action == "policy_load"]
    runs = [e.details["policy_hash"] for e in sink.events if e.action == "mask"]  # type: ignore[index]
    assert len(loads) == 2 and runs[0] == runs[2] != runs[1]


def test_file_export_event_names_files_masked(sink: MemorySink, tmp_path: Path) -> None:
    from cnpii.dataframe import mask_file

    src = tmp_path / f"客户_{PHONE}.csv"
    src.write_text(f"sjh,name\n{PHONE},张三\n", encoding="utf-8")
    dst = tmp_path / "out.csv"
    mask_file(src, dst, purpose=None)
    [e] = [e for e in sink.events if e.action == "export"]
    assert e.details is not None and e.details["rows"] == 1
    assert e.details["counts"] == {"CN_MOBILE_PHONE": 1, "PERSON": 1}
    assert PHONE not in e.details["input"] and mobile_phone.mask(PHONE) in e.details["input"]
    assert e.details["output"].endswith("out.csv")


def test_failed_audit_means_no_output(tmp_path: Path) -> None:
    from cnpii.dataframe import mask_file

    class Broken:
        def emit(self, event: AuditEvent) -> None:
            raise OSError("disk full")

    src = tmp_path / "in.csv"
    src.write_text(f"sjh\n{PHONE}\n", encoding="utf-8")
    audit.configure(Broken())
    try:
        with pytest.raises(AuditError):
            mask_file(src, tmp_path / "out.csv")
    finally:
        audit.configure(None)
    assert not (tmp_path / "out.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.csv"], "no temporary file left"


def test_key_events(sink: MemorySink) -> None:
    kr = cnpii.Keyring.generate()
    v = kr.rotate()
    kr.retire(1)
    got = [(e.action, e.key_version, e.key_id) for e in sink.events]
    assert got == [("key_create", 1, "k1"), ("key_rotate", v, "k2"), ("key_retire", 1, "k1")]
    assert all(kr.to_json() not in _dump([e]) for e in sink.events)


def test_validation_run_event(sink: MemorySink) -> None:
    from cnpii.validation import quality_report

    df = pd.DataFrame({"name": ["张三"], "id_number": ["110105194912310021"],
                       "mobile": [PHONE]})
    report = quality_report(df, purpose="account_opening")
    [e] = [e for e in sink.events if e.action == "validate"]
    assert e.details is not None and e.details["rows"] == 1
    assert e.count == report.n_failed_rows and "110105194912310021" not in _dump(sink.events)


def test_tokenizer_uses_the_library_wide_sink(sink: MemorySink) -> None:
    kr = cnpii.Keyring.generate()
    tok = cnpii.Tokenizer(kr, grants={"fraud": {"CN_MOBILE_PHONE": ["investigation"]}})
    t = tok.tokenize(PHONE, "CN_MOBILE_PHONE")
    assert tok.detokenize(t, "CN_MOBILE_PHONE", actor="bob", role="fraud",
                          purpose="investigation", reason=f"案件 {PHONE}") == PHONE
    [e] = [e for e in sink.events if e.action == "detokenize"]
    assert e.actor == "bob" and PHONE not in (e.reason or "")


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=20), st.sampled_from(["phone", "id", "card"]), st.text(max_size=20))
def test_reason_never_holds_the_identifier(before: str, kind: str, after: str) -> None:
    value = {"phone": PHONE, "id": ID, "card": "6222021234567890128"}[kind]
    masked = {"phone": mobile_phone.mask, "id": resident_id.mask, "card": bank_card.mask}[kind]
    reason = f"{before} {value} {after}"
    out = AuditEvent(action="correct", reason=reason).reason or ""
    # masked by detection (138****5678), or, where detection reads it otherwise (¥ 13812345678 is
    # an amount to it), by the reason's own rule for long digit runs, which keeps the last four:
    # either way no seven consecutive characters of the value survive (a card keeps its BIN)
    assert not any(value[i:i + 7] in out for i in range(len(value) - 6))
    assert masked(value) in out or value[-4:] in out


def test_reason_must_be_text() -> None:
    with pytest.raises(AuditError):
        mask_free_text(12345)  # type: ignore[arg-type]
    with pytest.raises(AuditError):
        AuditEvent(action="mask", details={"frame": object()})


def test_environment_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "env.jsonl"
    monkeypatch.setenv("CNPII_AUDIT", str(log))
    monkeypatch.setenv("CNPII_AUDIT_ACTOR", "etl-job")
    monkeypatch.delenv("CNPII_AUDIT_KEY", raising=False)
    with pytest.raises(AuditError, match="CNPII_AUDIT_KEY"):
        cnpii.mask_frame(pd.DataFrame({"sjh": [PHONE]}))  # asked for, so never skipped
    monkeypatch.setenv("CNPII_AUDIT_KEY", KEY_HEX)
    cnpii.mask_frame(pd.DataFrame({"sjh": [PHONE]}))
    assert verify(log, key=bytes.fromhex(KEY_HEX)).ok
    [e] = list(audit.query(log, action="mask"))
    assert e["actor"] == "etl-job"


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite"])
def test_every_cli_command_takes_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    monkeypatch.setenv("CNPII_AUDIT_KEY", KEY_HEX)
    log = str(tmp_path / f"cli.{fmt}")
    src = tmp_path / "in.csv"
    src.write_text(f"sjh\n{PHONE}\n", encoding="utf-8")
    runs = [["check", "--type", "mobile_phone", PHONE], ["scan", str(src)],
            ["mask", str(src), str(tmp_path / "out.csv")], ["demo"],
            ["validate", str(src)], ["check-desensitized", str(src)], ["incident", str(src)],
            ["classify", str(src)], ["audit", "query", log]]
    import argparse

    import cnpii.cli as cli

    parser = cli._build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name in sub.choices:
        assert any(r[0] == name for r in runs), f"a test run for every command ({name})"
    for argv in runs:
        main([argv[0], "--audit", log, *argv[1:]] if argv[0] != "audit" else
             ["audit", "query", "--audit", log, log])
    main(["--audit", log, "check", "--type", "mobile_phone", PHONE])  # before the command too
    capsys.readouterr()
    assert main(["audit", "verify", log]) == 0
    events = list(audit.query(log, action="cli"))
    assert [e["details"]["command"] for e in events] == [
        "check", "scan", "mask", "demo", "validate", "check-desensitized", "incident",
        "classify", "audit query", "check"]
    assert PHONE.encode() not in Path(log).read_bytes()
    assert any(e["action"] == "export" for e in audit.query(log))
    assert not audit.enabled(), "--audit is for that one run"


def test_cli_audit_without_key_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("CNPII_AUDIT_KEY", raising=False)
    assert main(["check", "--audit", str(tmp_path / "a.jsonl"), "--type", "mobile_phone",
                 PHONE]) == 2
    assert "CNPII_AUDIT_KEY" in capsys.readouterr().err


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["工单", "订单号", "流水", "T-7 ", "", "客户"]),
       st.from_regex(r"1[3-9][0-9]{9}|[0-9]{16,19}", fullmatch=True))
def test_reason_digits_never_survive_whatever_the_context(prefix: str, digits: str) -> None:
    out = AuditEvent(action="correct", reason=f"{prefix}{digits}").reason or ""
    assert digits not in out and digits[:-4] not in out


def test_classification_and_inventory_runs_are_audited(sink: MemorySink, tmp_path: Path) -> None:
    df = pd.DataFrame({"sjh": [PHONE, None], "sfzh": [ID, ID], "备注": ["无", "客户" + PHONE]})
    cnpii.classify(df)
    (tmp_path / "secret_customers.csv").write_text(df.to_csv(index=False), encoding="utf-8")
    cnpii.inventory([str(tmp_path)])
    actions = [e.action for e in sink.events]
    assert actions.count("classify") >= 2 and actions[-1] == "inventory"
    first = [e for e in sink.events if e.action == "classify"][0]
    assert first.details["rows"] == 2 and first.details["category"] == "C2" and first.actor == "alice"
    text = json.dumps([e.to_dict() for e in sink.events], ensure_ascii=False)
    assert PHONE not in text and ID not in text and "secret_customers" not in text
