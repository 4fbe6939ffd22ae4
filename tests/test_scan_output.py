"""``cnpii scan`` output: golden files of the text, JSON and SARIF formats, SARIF validated
against the published SARIF 2.1.0 schema (vendored in tests/data/sarif/), no raw value in any
output, a scan linear in the size of a line, and a scanner that loads nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cnpii.cli import main

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "scan_golden"
KEY = "fixtures-key-0123456789abcdef"
# GB 11643's specimen ID, a mobile, a Luhn-valid card of a known issuer, a password, an expiry
RAW = ["11010519491231002X", "13812345678", "6222021234567890128", "s3cret99", "09/28"]


@pytest.fixture()
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CNPII_BASELINE_KEY", KEY)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text(
        f'ID = "{RAW[0]}"  # 身份证\nMOBILE = "{RAW[1]}"\n', encoding="utf-8")
    (tmp_path / "pay.log").write_text(
        f"2026-12-01 INFO 卡号 {RAW[2]} 密码：{RAW[3]} 有效期 {RAW[4]}\n", encoding="utf-8")
    (tmp_path / "clean.md").write_text("# 无个人信息\n订单号 20261201000123\n", encoding="utf-8")
    return tmp_path


def _run(capsys, *argv):
    code = main(["scan", "-j", "1", "--no-git", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _no_raw(*texts: str) -> None:
    for t in texts:
        for v in RAW:
            assert v not in t, "a raw value in an output"


def _normal(doc: dict) -> dict:
    """Without the version and the detector's scores (not this format's to fix)."""
    for f in doc.get("findings", []):
        f.pop("score")
    for run in doc.get("runs", []):
        run["tool"]["driver"]["version"] = run["tool"]["driver"]["semanticVersion"] = "X"
    return doc


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_golden_outputs(tree, capsys, fmt):
    code, out, err = _run(capsys, ".", "--format", fmt)
    _no_raw(out, err)
    assert code == 1
    golden = GOLDEN / f"small.{fmt}"
    if fmt == "text":
        assert out == golden.read_text("utf-8")
    else:
        assert _normal(json.loads(out)) == json.loads(golden.read_text("utf-8"))


def test_sarif_is_valid_against_the_published_schema(tree, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    (tree / "bin.dat").write_bytes(b"\x00\x01\x02")  # a skipped file: a tool notification
    code, out, err = _run(capsys, ".", "--format", "sarif")
    _no_raw(out, err)
    doc = json.loads(out)
    jsonschema.Draft4Validator(schema).validate(doc)
    run = doc["runs"][0]
    # what GitHub code scanning reads: rules with descriptions and severities, results with
    # rule ids, levels, messages, relative URIs with a start line, and fingerprints
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert 0 < float(rule["properties"]["security-severity"]) <= 10
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        assert not loc["artifactLocation"]["uri"].startswith("/") and loc["region"]["startLine"] >= 1
        assert r["level"] == "error" and r["partialFingerprints"] and r["message"]["text"]
    assert code == 2 and run["invocations"][0]["executionSuccessful"] is False
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error" and "NUL byte" in note["message"]["text"]
    # a JSON validator really checks: a result without a message is rejected
    del doc["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(doc)


def test_no_raw_value_in_baseline_stderr_or_any_format(tree, capsys):
    outputs = []
    for argv in (["--write-baseline", "b.json"], ["--update-baseline", "b.json"],
                 ["--format", "json", "-v"], ["--format", "sarif"], ["--entities", "all"],
                 ["--baseline", "b.json", "--format", "json"]):
        outputs.extend(_run(capsys, ".", "--exclude", "b.json", *argv)[1:])
    outputs.append((tree / "b.json").read_text("utf-8"))
    _no_raw(*outputs)
    assert sum("CN_BANK_CARD" in o for o in outputs) >= 3  # the outputs did report the values


def test_one_long_line_is_scanned_in_linear_time(tmp_path, monkeypatch):
    """A minified JSON line with many findings: the work per finding is the value's, not the
    line's (counted), and four times the findings take about four times as long (repeated)."""
    import cnpii.detection
    from cnpii.scanner import _baseline, scan_paths

    seen = {"calls": 0, "chars": 0}
    real_mask, real_fp = cnpii.detection.mask_value, _baseline.value_fingerprint

    def mask(entity, value):
        seen["calls"] += 1
        seen["chars"] += len(value)
        return real_mask(entity, value)

    def fp(key, entity, value):
        seen["chars"] += len(value)
        return real_fp(key, entity, value)

    monkeypatch.setattr(cnpii.detection, "mask_value", mask)
    monkeypatch.setattr(_baseline, "value_fingerprint", fp)

    def build(n: int) -> Path:
        rows = ",".join(f'{{"i":{i},"mobile":"138{i % 10**8:08d}","note":"x"}}' for i in range(n))
        p = tmp_path / f"min{n}.json"
        p.write_text(f'{{"rows":[{rows}]}}', encoding="utf-8")
        return p

    small, big = build(5000), build(20000)
    report = scan_paths([str(big)], git=False, jobs=1, key=b"k" * 16)
    assert len(report.findings) == 20000 and seen["calls"] == 20000
    assert seen["chars"] <= 2 * 11 * 20000  # each value masked and fingerprinted once, nothing more

    def best(p: Path) -> float:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            scan_paths([str(p)], git=False, jobs=1, key=b"k" * 16)
            times.append(time.perf_counter() - t)
        return min(times)

    ratio = best(big) / best(small)
    assert ratio < 8, f"4x the findings took {ratio:.1f}x as long (quadratic would be ~16x)"


def test_scan_of_text_files_loads_nothing_heavy(tree):
    code = (
        "import sys, json\n"
        "from cnpii.cli import main\n"
        "rc = main(['scan', '-j', '1', '--no-git', '.'])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'numpy', 'spacy', "
        "'presidio_analyzer', 'presidio_anonymizer', 'pyarrow', 'openpyxl', 'pandera', "
        "'cryptography', 'phonenumbers', 'charset_normalizer', 'yaml'})\n"
        "print(json.dumps([rc, heavy]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True)
    rc, heavy = json.loads(proc.stdout.strip().splitlines()[-1])
    assert rc == 1 and heavy == []
