"""The HMAC-chained JSON Lines audit log and ``cnpii audit verify``."""

from __future__ import annotations

import argparse
import base64
import json
import logging
from pathlib import Path

import pytest

from cnpii.audit import AuditEvent, JsonLinesSink, LoggingSink, verify_log
from cnpii.cli import _audit
from cnpii.errors import AuditError

KEY = b"0123456789abcdef0123456789abcdef"


def _log(tmp_path: Path, n: int = 5) -> tuple[Path, str]:
    path = tmp_path / "audit.jsonl"
    sink = JsonLinesSink(path, key=KEY)
    for i in range(n):
        sink.emit(AuditEvent(action="detokenize", entity="CN_BANK_CARD", outcome="ok",
                             count=i + 1, actor=f"user{i}", role="ops", purpose="test"))
    return path, sink.head


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("".join(lines), encoding="utf-8")


def test_intact_log_verifies(tmp_path: Path) -> None:
    path, head = _log(tmp_path)
    result = verify_log(path, key=KEY, head=head)
    assert result.ok and result.records == 5 and result.head == head


def test_edit_is_detected(tmp_path: Path) -> None:
    path, head = _log(tmp_path)
    lines = _lines(path)
    rec = json.loads(lines[2])
    rec["event"]["count"] = 999
    lines[2] = json.dumps(rec, sort_keys=True) + "\n"
    _write(path, lines)
    result = verify_log(path, key=KEY, head=head)
    assert not result.ok and result.line == 3 and "MAC" in (result.problem or "")


@pytest.mark.parametrize("mutation", ["delete", "insert", "reorder", "delete_first"])
def test_structural_tampering_is_detected(tmp_path: Path, mutation: str) -> None:
    path, head = _log(tmp_path)
    lines = _lines(path)
    if mutation == "delete":
        del lines[2]
    elif mutation == "insert":
        lines.insert(2, lines[1])  # a replayed, authentic record
    elif mutation == "reorder":
        lines[1], lines[2] = lines[2], lines[1]
    else:
        del lines[0]
    _write(path, lines)
    result = verify_log(path, key=KEY, head=head)
    assert not result.ok and result.line is not None and "chain broken" in (result.problem or "")


def test_truncated_tail_is_found_by_the_checkpoint_and_by_the_head(tmp_path: Path) -> None:
    path, head = _log(tmp_path)
    _write(path, _lines(path)[:3])
    result = verify_log(path, key=KEY)
    assert not result.ok and "truncated" in (result.problem or ""), "the signed checkpoint"
    assert verify_log(path, key=KEY, checkpoint=False).ok, "a shorter chain is self-consistent"
    result = verify_log(path, key=KEY, head=head, checkpoint=False)
    assert not result.ok and "truncated" in (result.problem or "")


def test_wrong_key_and_forged_record(tmp_path: Path) -> None:
    path, head = _log(tmp_path)
    assert not verify_log(path, key=b"x" * 32).ok
    lines = _lines(path)
    rec = json.loads(lines[-1])
    lines.append(json.dumps({"seq": rec["seq"] + 1, "prev": rec["mac"], "event": rec["event"],
                             "mac": "0" * 64}) + "\n")
    _write(path, lines)
    assert not verify_log(path, key=KEY).ok


def test_sink_resumes_an_existing_log_and_refuses_a_tampered_one(tmp_path: Path) -> None:
    path, head = _log(tmp_path, 2)
    sink = JsonLinesSink(path, key=KEY)
    assert sink.head == head
    sink.emit(AuditEvent(action="tokenize", entity="CN_RESIDENT_ID", outcome="ok", count=1))
    assert verify_log(path, key=KEY, head=sink.head).records == 3
    with pytest.raises(AuditError):
        JsonLinesSink(path, key=b"y" * 32)
    assert "<hidden>" in repr(sink) and KEY.decode() not in repr(sink)


def test_logging_sink(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="cnpii.audit"):
        LoggingSink().emit(AuditEvent(action="tokenize", entity="CN_USCC", outcome="ok", count=7))
    assert '"count": 7' in caplog.text and '"entity": "CN_USCC"' in caplog.text


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="cnpii")
    sub = parser.add_subparsers(dest="command")
    _audit.add_parser(sub)
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_cli_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    capsys: pytest.CaptureFixture[str]) -> None:
    path, head = _log(tmp_path)
    monkeypatch.setenv("CNPII_AUDIT_KEY", base64.b64encode(KEY).decode())
    assert _cli(["audit", "verify", str(path), "--head", head]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: 5 records") and base64.b64encode(KEY).decode() not in out
    key_file = tmp_path / "key.hex"
    key_file.write_text(KEY.hex())
    _write(path, _lines(path)[:4])
    assert _cli(["audit", "verify", str(path), "--key-file", str(key_file)]) == 1
    assert "truncated" in capsys.readouterr().out
    assert _cli(["audit", "verify", str(path), "--key-file", str(key_file),
                 "--no-checkpoint"]) == 0
    assert _cli(["audit", "verify", str(path), "--key-file", str(key_file), "--head", head,
                 "--no-checkpoint"]) == 1
    assert "truncated" in capsys.readouterr().out
    monkeypatch.delenv("CNPII_AUDIT_KEY")
    with pytest.raises(AuditError):
        _cli(["audit", "verify", str(path)])
