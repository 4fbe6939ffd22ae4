"""Masking files: formats, encodings, chunking, malformed rows, the CLI command."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from cnpii.cli import _mask as cli_mask
from cnpii.dataframe import detect_encoding, mask_file, read_chunks
from cnpii.errors import MalformedRow, UnsupportedFormat
from cnpii.identifiers import bank_card, mobile_phone, resident_id
from cnpii.masking import mask_frame


def table(n: int = 30, seed: int = 2) -> pd.DataFrame:
    rng = random.Random(seed)
    return pd.DataFrame({
        "客户姓名": [rng.choice("王李张刘陈") + rng.choice("伟芳娜敏静") for _ in range(n)],
        "身份证号码": [resident_id.generate(rng) for _ in range(n)],
        "sjh": [mobile_phone.generate(rng) for _ in range(n)],
        "卡号": [bank_card.generate(rng) for _ in range(n)],
        "branch": [rng.choice(["0001", "0002", ""]) for _ in range(n)],
        "备注": [rng.choice(["无", "客户要求改手机为" + mobile_phone.generate(rng)]) for _ in range(n)],
    })


def _secrets(df: pd.DataFrame) -> list[str]:
    return [str(v) for c in ("身份证号码", "sjh", "卡号") for v in df[c]]


def _cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    cli_mask.add_parser(sub)
    args = parser.parse_args(["mask", *argv])
    return cli_mask.run(args)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_any_chinese_encoding(tmp_path: Path, encoding: str) -> None:
    df = table()
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    df.to_csv(src, index=False, encoding=encoding)
    summary = mask_file(src, dst, chunk_rows=7)
    out = pd.read_csv(dst, dtype=str, keep_default_na=False)
    assert len(out) == len(df) == summary.rows
    assert list(out.columns) == list(df.columns), "header decoded correctly"
    text = dst.read_text(encoding="utf-8")
    assert not any(s in text for s in _secrets(df)), "an original value survived"
    assert out["branch"].tolist() == df["branch"].tolist(), "non-personal data unchanged"
    # the same as masking the whole frame at once
    whole = mask_frame(pd.read_csv(src, dtype=str, encoding=encoding, keep_default_na=False)
                       .replace("", None))
    assert out["身份证号码"].tolist() == whole["身份证号码"].tolist()
    assert out["备注"].tolist() == whole["备注"].tolist()


def test_encoding_detection() -> None:
    text = "客户姓名,地址\n张三,北京市海淀区\n"
    assert detect_encoding(text.encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbf" + text.encode("utf-8")) == "utf-8-sig"
    assert detect_encoding(text.encode("gbk")) == "gb18030"
    assert detect_encoding(("𠮷" + text).encode("gb18030")) == "gb18030"  # not encodable in GBK


@pytest.mark.parametrize("ext", [".tsv", ".jsonl", ".parquet", ".xlsx"])
def test_other_formats_round_trip(tmp_path: Path, ext: str) -> None:
    df = table(25)
    src, dst = tmp_path / f"in{ext}", tmp_path / f"out{ext}"
    if ext == ".tsv":
        df.to_csv(src, sep="\t", index=False)
    elif ext == ".jsonl":
        df.to_json(src, orient="records", lines=True, force_ascii=False)
    elif ext == ".parquet":
        df.to_parquet(src, index=False)
    else:
        df.to_excel(src, index=False)
    summary = mask_file(src, dst, chunk_rows=10)
    if ext == ".tsv":
        out = pd.read_csv(dst, sep="\t", dtype=str, keep_default_na=False)
    elif ext == ".jsonl":
        out = pd.read_json(dst, lines=True, dtype=False)
    elif ext == ".parquet":
        out = pd.read_parquet(dst)
    else:
        out = pd.read_excel(dst, dtype=str)
    assert len(out) == len(df) == summary.rows
    assert list(out.columns) == list(df.columns)
    blob = "\n".join(map(str, out.to_numpy().ravel()))
    assert not any(s in blob for s in _secrets(df)), "an original value survived"
    assert summary.counts()[("身份证号码", "CN_RESIDENT_ID")] == 25


def test_cross_format_csv_to_parquet(tmp_path: Path) -> None:
    df = table(12)
    src, dst = tmp_path / "in.csv", tmp_path / "out.parquet"
    df.to_csv(src, index=False)
    mask_file(src, dst)
    out = pd.read_parquet(dst)
    assert len(out) == 12 and out["sjh"].str.contains(r"^\d{3}\*{4}\d{4}$").all()


BAD_CSV = ("客户姓名,sjh,备注\n"
           "张三,13812345678,无\n"
           "李四,13912345678,\"未闭合的引号,手机13712345678\n")
EXTRA_FIELDS = "客户姓名,sjh,备注\n张三,13812345678,无\n李四,13912345678,无,多余,手机13712345678\n王五,13612345678,无\n"


def test_malformed_row_fails_with_its_line_number_and_no_value(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(EXTRA_FIELDS, encoding="utf-8")
    with pytest.raises(MalformedRow) as info:
        mask_file(src, dst)
    assert info.value.line == 3
    assert "line 3" in str(info.value) and "137" not in str(info.value)
    assert not dst.exists(), "no half-written output"
    assert not list(tmp_path.glob(".cnpii-*")), "the temporary file is removed"


def test_malformed_row_masked_as_text_keeps_the_row_count(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(EXTRA_FIELDS, encoding="utf-8")
    seen: list[int] = []
    summary = mask_file(src, dst, on_bad_row="mask", on_bad=lambda line, what: seen.append(line))
    assert seen == [3] and summary.malformed_lines == [3]
    out = pd.read_csv(dst, dtype=str, keep_default_na=False)
    assert len(out) == 3
    text = dst.read_text(encoding="utf-8")
    assert "13712345678" not in text and "13912345678" not in text
    assert "137****5678" in out.iloc[1, 0], "the raw line is kept, masked as text"


def test_unclosed_quote_at_the_end_is_reported(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(BAD_CSV, encoding="utf-8")
    with pytest.raises(MalformedRow) as info:
        mask_file(src, dst)
    assert info.value.line == 3
    mask_file(src, dst, on_bad_row="mask")
    assert "13712345678" not in dst.read_text(encoding="utf-8")


def test_malformed_json_line(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"sjh": "13812345678"}\n{"sjh": 13912345678, "x"\n[1, 2]\n{"sjh": "13712345678"}\n',
                   encoding="utf-8")
    with pytest.raises(MalformedRow) as info:
        mask_file(src, dst)
    assert info.value.line == 2
    summary = mask_file(src, dst, on_bad_row="mask")
    lines = dst.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and summary.malformed_lines == [2, 3]
    records = [json.loads(x) for x in lines]
    assert records[0] == {"sjh": "138****5678"}
    assert "139" in records[1]["_cnpii_malformed_line"] and "13912345678" not in lines[1]


def test_read_chunks_sizes_and_header_only_file(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    table(23).to_csv(src, index=False)
    sizes = [len(c.frame) for c in read_chunks(src, chunk_rows=10)]
    assert sizes == [10, 10, 3]
    empty = tmp_path / "empty.csv"
    empty.write_text("a,b\n", encoding="utf-8")
    dst = tmp_path / "empty_out.csv"
    assert mask_file(empty, dst).rows == 0
    assert dst.read_text(encoding="utf-8") == "a,b\n"


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.dat"
    src.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormat):
        mask_file(src, tmp_path / "out.dat")


def test_cli_mask_with_policy_role_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    df = table(15)
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    df.to_csv(src, index=False, encoding="gbk")
    policy = tmp_path / "p.yaml"
    policy.write_text("rules:\n  - entity: CN_MOBILE_PHONE\n    operator: replace\n"
                      "    params: {label: zh}\n", encoding="utf-8")
    summary_path = tmp_path / "s.json"
    assert _cli(str(src), str(dst), "--policy", str(policy), "--summary-json", str(summary_path)) == 0
    out = pd.read_csv(dst, dtype=str)
    assert set(out["sjh"]) == {"[手机号码]"}
    printed = capsys.readouterr()
    assert "15 rows" in printed.out
    assert not any(s in printed.out + printed.err for s in _secrets(df)), "CLI output leaks"
    data = json.loads(summary_path.read_text(encoding="utf-8"))
    assert data["rows"] == 15
    assert _cli(str(src), str(dst), "--role", "customer_service") == 0
    assert pd.read_csv(dst, dtype=str)["卡号"].str.startswith("*").all()


def test_gb18030_only_characters_survive_the_round_trip(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    text = "客户姓名,sjh,备注\n𠮷祥,13812345678,生僻字𠮷\n"
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    src.write_bytes(text.encode("gb18030"))
    mask_file(src, dst)
    out = dst.read_text(encoding="utf-8")
    assert "生僻字𠮷" in out and "138****5678" in out and "13812345678" not in out


def test_progress_bar_goes_to_stderr_only_when_asked(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    table(5).to_csv(src, index=False)
    mask_file(src, dst, progress=True)
    shown = capsys.readouterr()
    assert "cnpii mask" in shown.err and "cnpii mask" not in shown.out
    mask_file(src, dst)  # stderr is not a terminal under pytest: no bar by default
    assert "cnpii mask" not in capsys.readouterr().err


def test_cli_exit_codes_for_malformed_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(EXTRA_FIELDS, encoding="utf-8")
    assert _cli(str(src), str(dst), "--on-bad-row", "mask") == 1
    err = capsys.readouterr().err
    assert f"{src}:3: malformed row, masked as text" in err and "13712345678" not in err
    with pytest.raises(MalformedRow):  # cnpii.cli.main turns this into exit code 2
        _cli(str(src), str(tmp_path / "out2.csv"))
    assert not (tmp_path / "out2.csv").exists()


def test_trailing_delimiters_are_not_malformed_but_missing_fields_are(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("sjh,备注\n13812345678,无,\n13912345678,x,,\n", encoding="utf-8")
    assert mask_file(src, dst).malformed_lines == []
    assert dst.read_text(encoding="utf-8") == "sjh,备注\n138****5678,无\n139****5678,x\n"
    src.write_text("sjh,备注\n13812345678\n", encoding="utf-8")
    with pytest.raises(MalformedRow, match="line 2"):
        mask_file(src, dst)
