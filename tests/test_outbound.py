"""The outbound gate (check-desensitized) and the incident report: findings named by column
and entity, never a value; masked files pass; customers counted by keyed fingerprint."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cnpii
from cnpii import Keyring
from cnpii.cli import main
from cnpii.identifiers import bank_card, mobile_phone, resident_id
from cnpii.outbound import check_desensitized, incident_report

IDS = ["11010519491231002X", "440524188001010014", "110105194912310021"]


def _generated(n: int, seed: int) -> pd.DataFrame:
    import random

    rnd = random.Random(seed)
    ids = [resident_id.generate(rnd) for _ in range(n)] if hasattr(resident_id, "generate") \
        else [IDS[i % 3] for i in range(n)]
    return pd.DataFrame({"sfzh": ids,
                         "sjh": [mobile_phone.generate(rnd) if hasattr(mobile_phone, "generate")
                                 else "13812345678" for _ in range(n)],
                         "备注": [f"客户卡号{bank_card.generate(rnd)}" if hasattr(bank_card, "generate")
                                else "卡号6222021234567890128" for _ in range(n)],
                         "amount": [float(i) for i in range(n)]})


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 20), st.integers(0, 10_000), st.data())
def test_raw_cells_are_found_and_masked_files_pass(n: int, seed: int, data: st.DataObject) -> None:
    df = _generated(n, seed)
    masked = cnpii.mask_frame(df)
    assert check_desensitized(masked) == []
    leak_rows = data.draw(st.sets(st.integers(0, n - 1), min_size=1))
    col = data.draw(st.sampled_from(["sfzh", "sjh", "备注"]))
    mixed = masked.copy()
    for r in leak_rows:
        mixed.iloc[r, mixed.columns.get_loc(col)] = df.iloc[r][col]
    found = check_desensitized(mixed)
    expect = {"sfzh": "CN_RESIDENT_ID", "sjh": "CN_MOBILE_PHONE", "备注": "CN_BANK_CARD"}[col]
    # a cell leaks when masking hides something in it (what detection finds, it finds here too)
    n_leaks = sum(1 for r in leak_rows if df.iloc[r][col] != masked.iloc[r][col])
    assert n_leaks == len(leak_rows) or col == "备注"
    want = [(col, expect, n_leaks)] if n_leaks else []
    assert [(f.column, f.entity, f.rows) for f in found] == want
    text = " ".join(map(str, found))
    assert all(str(v) not in text for v in df[col])


def test_role_profile_and_suppressed_columns(tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "rules:\n  - {entity: CN_MOBILE_PHONE, operator: keep, params: {first: 3, last: 4}}\n"
        "profiles:\n  vendor:\n    role: vendor\n    rules:\n"
        "      - {entity: CN_MOBILE_PHONE, operator: suppress}\n", encoding="utf-8")
    df = pd.DataFrame({"sjh": ["138****5678"]})
    assert check_desensitized(df, str(policy)) == []
    [f] = check_desensitized(df, str(policy), role="vendor")  # that role may get no phone at all
    assert (f.column, f.entity) == ("sjh", "CN_MOBILE_PHONE")


def test_cli_gate_exit_codes_and_no_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "out.csv"
    raw.write_text("sjh,备注\n13812345678,无\n138****5678,身份证11010519491231002X\n",
                   encoding="utf-8")
    assert main(["check-desensitized", str(raw)]) == 1
    out = capsys.readouterr().out
    assert "'sjh': CN_MOBILE_PHONE in 1 row" in out and "'备注': CN_RESIDENT_ID in 1 row" in out
    assert "13812345678" not in out and "11010519491231002X" not in out
    text = tmp_path / "notes.txt"
    text.write_text("电话138****5678\n客户电话13912345678\n", encoding="utf-8")
    assert main(["check-desensitized", str(text)]) == 1
    assert "13912345678" not in capsys.readouterr().out
    clean = tmp_path / "clean.csv"
    assert main(["mask", str(raw), str(clean)]) == 0
    capsys.readouterr()
    assert main(["check-desensitized", str(clean)]) == 0
    assert main(["check-desensitized", str(tmp_path / "missing.csv")]) == 2


def test_incident_counts_distinct_customers_by_keyed_fingerprint(tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    b = tmp_path / "b.jsonl"
    pd.DataFrame({"sfzh": [IDS[0], IDS[1], IDS[0].lower()], "sjh": ["13812345678"] * 3,
                  "客户姓名": ["张三", "李四", "张三"]}).to_csv(a, index=False)
    pd.DataFrame({"备注": [f"客户{IDS[1]}来电", "卡号6222021234567890128", "无"]}).to_json(
        b, orient="records", lines=True, force_ascii=False)
    kr = Keyring({1: bytes(range(32))})
    r = incident_report([a, b], keyring=kr)
    # IDS[0] twice (once lower case), IDS[1] in both files, the card row names a third customer
    assert r.customers == 3 and r.rows == 6
    assert r.entities["CN_RESIDENT_ID"] == {"values": 4, "distinct": 2}
    assert "CN_BANK_CARD" in r.categories["C2"] or any("CN_BANK_CARD" in v
                                                       for v in r.categories.values())
    again = incident_report([b, a], keyring=kr)
    assert again.customer_fingerprints == r.customer_fingerprints, "keyed: stable"
    unkeyed = incident_report([a, b])
    assert unkeyed.customers == 3 and "customer_fingerprints" not in unkeyed.to_dict()
    for page in (r.to_json(), r.to_html()):
        for secret in (*IDS[:2], "13812345678", "张三", "6222021234567890128"):
            assert secret not in page


def test_cli_incident_html_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    leaked = tmp_path / "leak.csv"
    leaked.write_text(f"sfzh,sjh\n{IDS[0]},13812345678\n", encoding="utf-8")
    monkeypatch.setenv("CNPII_KEYRING", Keyring({1: bytes(range(32))}).to_json())
    assert main(["incident", str(leaked)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["customers"] == 1 and len(doc["customer_fingerprints"]) == 1
    out = tmp_path / "report.html"
    assert main(["incident", str(leaked), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and IDS[0] not in page and "13812345678" not in page
