"""``cnpii validate``: exit codes, encodings, column maps, masked output, reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cnpii.cli._validate import main

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the seeded-table generator
from validation_seeded import TODAY, make_table  # noqa: E402

HEADER = "name,id_type,id_number,id_expiry,mobile,address,occupation\n"
GOOD = "张三,resident_id,11010519491231002X,长期,13812345678,北京市朝阳区建国路1号,教师\n"
BAD_MOBILE = "李四,resident_id,11010519491231002X,长期,1381234567,北京市朝阳区建国路2号,医生\n"


def _write(tmp_path, text, name="c.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_clean_file_exits_0(tmp_path, capsys):
    assert main(["validate", _write(tmp_path, HEADER + GOOD)]) == 0
    assert "1 rows, 0 failing" in capsys.readouterr().out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_failing_rows_exit_1_with_line_numbers_and_masks(tmp_path, capsys, encoding):
    path = _write(tmp_path, HEADER + GOOD + BAD_MOBILE + GOOD, encoding=encoding)
    assert main(["validate", path]) == 1
    out = capsys.readouterr().out
    assert "line 3  mobile  invalid" in out
    assert "1381234567" not in out and "11010519491231002X" not in out
    assert "3 rows, 1 failing" in out


def test_line_numbers_follow_quoted_multiline_fields_and_blank_lines(tmp_path, capsys):
    multi = '张三,resident_id,11010519491231002X,长期,13812345678,"北京市朝阳区\n建国路1号",教师\n'
    text = HEADER + multi + "\n" + BAD_MOBILE
    assert main(["validate", _write(tmp_path, text)]) == 1
    assert "line 5  mobile  invalid" in capsys.readouterr().out


def test_ids_are_read_as_text_not_numbers(tmp_path, capsys):
    # an all-digit column with a leading zero and 19-digit numbers must keep every digit
    text = HEADER.strip() + ",bank_card\n" + GOOD.strip() + ",6222021234567890128\n"
    assert main(["validate", _write(tmp_path, text)]) == 0, capsys.readouterr().out


def test_column_map_yaml_and_purpose(tmp_path, capsys):
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  xm: name\n  sjhm: mobile\n  zjhm: id_number\n", encoding="utf-8")
    path = _write(tmp_path, "xm,sjhm,zjhm\n张三,13812345678,11010519491231002X\n", encoding="gbk")
    assert main(["validate", path, "--columns", str(mapping), "--purpose", "marketing_contact"]) == 1
    out = capsys.readouterr().out
    assert "column zjhm  undeclared_field" in out
    path = _write(tmp_path, "xm,sjhm\n张三,13812345678\n", name="d.csv", encoding="gbk")
    assert main(["validate", path, "--columns", str(mapping), "--purpose", "marketing_contact"]) == 0


@pytest.mark.parametrize("argv_tail,setup", [
    (["--schema", "vendor"], None),
    (["--purpose", "lottery"], None),
    (["--map", "zjhm=passport_no"], None),
    (["--today", "yesterday"], None),
])
def test_usage_errors_exit_2(tmp_path, argv_tail, setup, capsys):
    path = _write(tmp_path, HEADER + GOOD)
    assert main(["validate", path, *argv_tail]) == 2


def test_input_errors_exit_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "absent.csv")]) == 2
    assert main(["validate", _write(tmp_path, "", name="empty.csv")]) == 2
    broken = _write(tmp_path, "a,b\n1,2\n1,2,3,4\n", name="broken.csv")
    assert main(["validate", broken]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "1,2,3,4" not in err
    assert main(["validate", _write(tmp_path, "x", name="c.parquet")]) == 2


def test_report_html_and_json_on_the_seeded_table(tmp_path, capsys):
    df, errors = make_table(600, seed=4)
    path = tmp_path / "seeded.csv"
    df.to_csv(path, index=False, encoding="gb18030")
    html_out, json_out = tmp_path / "r.html", tmp_path / "r.json"
    argv = ["validate", str(path), "--today", TODAY.isoformat(), "--max-failures", "100000"]
    assert main([*argv, "--report", str(html_out)]) == 1
    out = capsys.readouterr().out
    listed = {(int(line.split()[1]) - 2, line.split()[2], line.split()[3])
              for line in out.splitlines() if line.startswith("line ")}
    assert listed == errors
    assert main([*argv, "--report", str(json_out), "--lang", "zh"]) == 1
    payload = json.loads(json_out.read_text(encoding="utf-8"))
    assert payload["n_failed_rows"] == len({r for r, _, _ in errors})
    html = html_out.read_text(encoding="utf-8")
    assert "<table>" in html
    for r, f, _ in errors:
        v = str(df.iloc[r][f])
        if f in ("id_number", "mobile", "bank_card", "landline") and len(v) >= 6:
            assert v not in html and v not in out, f"a raw {f} leaked"
