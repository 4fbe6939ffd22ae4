from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest

from cnpii.cli import main
from cnpii.identifiers import resident_id, uscc

VALID_USCC = "91350100M000100Y43"
VALID_ID = "11010519491231002X"


def test_check_valid_value_prints_masked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--type", "uscc", VALID_USCC]) == 0
    out = capsys.readouterr().out
    assert VALID_USCC not in out
    assert uscc.mask(VALID_USCC) in out and "valid" in out


def test_check_invalid_value_exits_1_without_the_value(capsys: pytest.CaptureFixture[str]) -> None:
    bad = VALID_ID[:-1] + "3"
    assert main(["check", "--type", "resident_id", bad]) == 1
    captured = capsys.readouterr()
    assert bad not in captured.out + captured.err
    assert "InvalidChecksum" in captured.out


def test_check_autodetects_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", VALID_ID]) == 0
    out = capsys.readouterr().out
    assert "resident_id" in out and VALID_ID not in out
    assert resident_id.mask(VALID_ID) in out


def test_check_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{VALID_ID}\n\n{VALID_USCC}\nnot-an-id\n"))
    assert main(["check"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert [("invalid" in line) for line in lines] == [False, False, True]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["check", "--type", "no_such_type", "1"]) == 2
    assert main(["no-such-command"]) == 2


def test_version_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "cnpii" in capsys.readouterr().out


def test_demo_runs_and_shows_no_raw_identifier(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "resident_id" in out and "valid=True" in out
    assert "restored the original = True" in out
    assert "without a grant: PermissionDenied" in out
    assert "invalid_id_number" in out and "id_expired" in out
    # the paragraph's order number is not PII and stays; everything else is masked, so the
    # output has no other long unbroken run of identifier characters
    from cnpii.cli._demo import PARAGRAPH

    order_number = "20231201000012345678"
    assert order_number in PARAGRAPH and order_number in out
    assert "138-****-5678" in out and "110105 19491231 002X" not in out
    rest = out.replace("CN_", "").replace(order_number, "")
    assert not re.search(r"[0-9A-Z]{12,}", rest), "demo printed an unmasked value"


def test_python_dash_m_and_console_script_share_main() -> None:
    proc = subprocess.run([sys.executable, "-m", "cnpii", "check", "--type", "uscc", VALID_USCC],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert uscc.mask(VALID_USCC) in proc.stdout and VALID_USCC not in proc.stdout
