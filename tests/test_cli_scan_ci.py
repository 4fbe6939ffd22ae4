"""``cnpii scan`` for CI: JSON and SARIF output, baselines, excluded paths, inline allow marks,
and the pre-commit hook declaration. No output ever holds a raw value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from _scan_support import _outside_the_project  # noqa: F401 (an autouse fixture)
from cnpii.cli import main
from cnpii.identifiers import mobile_phone, resident_id

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def repo(tmp_path):
    ident = resident_id.generate(__import__("random").Random(3))
    mobile = "13812345678"
    (tmp_path / "notes.txt").write_text(f"客户张伟，身份证{ident}\n无个人信息\n手机{mobile}\n", encoding="utf-8")
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "sample.txt").write_text(f"测试手机{mobile}\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(f"示例手机{mobile}  # cnpii: allow\n", encoding="utf-8")
    return tmp_path, [ident, mobile]


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["scan", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_sarif_output(repo, capsys):
    root, raw = repo
    code, out, _ = _run(capsys, root, "--format", "sarif", "--entities", "all")
    assert code == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "cnpii"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert sorted({r["ruleId"] for r in results}) == sorted(rule_ids)
    assert {"PERSON", "CN_RESIDENT_ID", "CN_MOBILE_PHONE"} <= set(rule_ids)
    for r in results:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["endColumn"] > region["startColumn"] >= 1
        assert [len(v) for v in r["partialFingerprints"].values()] == [32]
    id_result = next(r for r in results if r["ruleId"] == "CN_RESIDENT_ID")
    assert id_result["level"] == "error"  # C2 (identifying) information; C1 would be a warning
    assert not any(v in out for v in raw), "raw value in SARIF output"


def test_json_output_and_columns(repo, capsys):
    root, raw = repo
    code, out, _ = _run(capsys, root / "notes.txt", "--format", "json", "--entities", "all")
    rows = json.loads(out)["findings"]
    assert code == 1 and [r["line"] for r in rows] == [1, 1, 3]
    text = (root / "notes.txt").read_text("utf-8").splitlines()
    mob = rows[2]
    assert text[2][mob["column"] - 1:mob["end_column"] - 1] == raw[1]  # columns point at the value
    assert mob["masked"] == mobile_phone.mask(raw[1])
    assert not any(v in out for v in raw)


def test_baseline_suppresses_known_and_reports_new(repo, capsys, monkeypatch):
    monkeypatch.setenv("CNPII_BASELINE_KEY", "test-key-0123456789abcdef")
    root, raw = repo
    base = root / "baseline.json"
    code, out, err = _run(capsys, root, "--write-baseline", base, "--exclude", "baseline.json",
                          "--entities", "all")
    assert code == 0 and out == "" and "4 findings added" in err
    data = json.loads(base.read_text("utf-8"))
    assert data["version"] == 2 and data["keyed"] and len(data["findings"]) == 4
    assert not any(v in base.read_text("utf-8") for v in raw), "raw value in the baseline"

    code, out, err = _run(capsys, root, "--baseline", base, "--exclude", "baseline.json",
                          "--entities", "all")
    assert (code, out) == (0, "") and "4 findings known" in err

    with open(root / "notes.txt", "a", encoding="utf-8") as fh:
        fh.write("新联系人李娜，电话13987654321\n")
    code, out, _ = _run(capsys, root, "--baseline", base, "--exclude", "baseline.json",
                        "--entities", "all")
    assert code == 1
    assert [line.split("  ")[1] for line in out.splitlines()] == ["PERSON", "CN_MOBILE_PHONE"]
    assert "13987654321" not in out


def test_exclude_and_allow_marker(repo, capsys):
    root, _ = repo
    code, out, _ = _run(capsys, root, "--exclude", "fixtures/*", "--exclude", "*.json")
    paths = {line.split(":")[0] for line in out.splitlines()}
    assert code == 1 and paths == {str(root / "notes.txt")}  # fixtures excluded, ok.txt allowed
    code, out, _ = _run(capsys, root / "ok.txt")
    assert (code, out) == (0, "")


def test_bad_baseline_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("无\n", encoding="utf-8")
    bad = tmp_path / "b.json"
    bad.write_text('{"version": 99}', encoding="utf-8")
    code, _, err = _run(capsys, tmp_path / "a.txt", "--baseline", bad)
    assert code == 2 and "not a cnpii baseline" in err
    code, _, err = _run(capsys, tmp_path / "a.txt", "--baseline", tmp_path / "missing.json")
    assert code == 2 and "cannot read" in err


def test_pre_commit_hook_declaration():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "cnpii-scan")
    assert hook["entry"].split()[:2] == ["cnpii", "scan"] and hook["language"] == "python"
    # every file kind (spreadsheets and archives are not "text" to pre-commit)
    assert hook.get("types") == ["file"]
