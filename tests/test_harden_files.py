"""Hardening, files (issue #11): sheets, delimiters, late JSON keys, unclosed quotes, symlinks
and stdout, permissions, and every way reading or writing can fail (exit 2, one line, no
traceback, no value). Each test is a class of inputs (hypothesis where it fits)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnpii.cli import main
from cnpii.dataframe import detect_delimiter, mask_file, read_chunks
from cnpii.errors import (
    CnpiiError,
    InvalidOption,
    MalformedRow,
    UnknownColumn,
    UnreadableInput,
    WriteFailed,
)
from cnpii.identifiers import bank_card, mobile_phone, resident_id

SETTINGS = settings(max_examples=15, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])
seeds = st.integers(0, 2**32 - 1)
SURNAMES, GIVEN = "王李张刘陈杨", "伟芳娜敏静强"


def people(rng: random.Random, n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "客户姓名": [rng.choice(SURNAMES) + rng.choice(GIVEN) for _ in range(n)],
        "手机号": [mobile_phone.generate(rng) for _ in range(n)],
        "卡号": [bank_card.generate(rng, bin="622202", length=19) for _ in range(n)],
        "branch": [rng.choice(["0001", "0002", "0003"]) for _ in range(n)],
    })


def secrets(df: pd.DataFrame) -> list[str]:
    return [str(v) for c in ("手机号", "卡号") for v in df[c]]


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["mask", *argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- Excel: every sheet, under its own name, dates as dates ----------------------------------
sheet_names = st.lists(st.text(alphabet=st.sampled_from("客户交易明细ABCxyz01 "), min_size=1,
                               max_size=10).map(str.strip).filter(bool),
                       min_size=1, max_size=4, unique=True)


@SETTINGS
@given(seed=seeds, names=sheet_names, rows=st.lists(st.integers(0, 12), min_size=4, max_size=4),
       chunk=st.integers(1, 8))
def test_every_excel_sheet_is_kept_under_its_name_with_dates_as_dates(
        tmp_path_factory: pytest.TempPathFactory, seed: int, names: list, rows: list,
        chunk: int) -> None:
    from openpyxl import Workbook, load_workbook

    tmp = tmp_path_factory.mktemp("xl")
    rng = random.Random(seed)
    wb = Workbook()
    wb.remove(wb.active)
    expected: dict[str, list] = {}
    raw: list[str] = []
    for name, n in zip(names, rows):
        ws = wb.create_sheet(title=name)
        if n == 0 and rng.random() < 0.5:  # an empty sheet is kept too
            expected[name] = []
            continue
        ws.append(["客户姓名", "手机号", "开户日期", "笔数"])  # an amount would be masked (C2)
        dates = []
        for _ in range(n):
            phone = mobile_phone.generate(rng)
            raw.append(phone)
            d = dt.datetime(2000 + rng.randrange(24), rng.randrange(1, 13), rng.randrange(1, 28))
            dates.append(d)
            ws.append([rng.choice(SURNAMES) + rng.choice(GIVEN), phone, d,
                       rng.randrange(1, 100)])
        expected[name] = dates
    src, dst = tmp / "in.xlsx", tmp / "out.xlsx"
    wb.save(src)
    summary = mask_file(src, dst, chunk_rows=chunk)
    out = load_workbook(dst)
    assert out.sheetnames == names, "every sheet, in order, under its own name"
    assert summary.rows == sum(len(v) for v in expected.values())
    for name in names:
        ws = out[name]
        body = list(ws.iter_rows(min_row=2))
        assert len(body) == len(expected[name]), "row count kept per sheet"
        for cells, date in zip(body, expected[name]):
            assert cells[2].value == date and cells[2].is_date, "dates stay Excel dates"
            assert cells[2].number_format == "yyyy-mm-dd"
            assert cells[1].value not in raw
            assert isinstance(cells[3].value, (int, float)), "numbers stay numbers"


def test_an_excel_file_with_several_sheets_is_not_flattened_into_csv(tmp_path: Path,
                                                                    capsys) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["手机号"])
    wb.create_sheet("二").append(["卡号"])
    wb.save(tmp_path / "in.xlsx")
    code, _, err = run_cli([str(tmp_path / "in.xlsx"), str(tmp_path / "out.csv")], capsys)
    assert code == 2 and "several sheets" in err and not (tmp_path / "out.csv").exists()


# -- CSV delimiters ---------------------------------------------------------------------------
@SETTINGS
@given(seed=seeds, n=st.integers(1, 40), delim=st.sampled_from([",", ";", "|", "\t"]),
       given_=st.booleans(), chunk=st.integers(1, 50))
def test_csv_delimiters_are_sniffed_or_given(tmp_path_factory, seed: int, n: int, delim: str,
                                             given_: bool, chunk: int) -> None:
    tmp = tmp_path_factory.mktemp("d")
    rng = random.Random(seed)
    df = people(rng, n)
    df["备注"] = [rng.choice(["无", "a,b", "x;y", "p|q"]) for _ in range(n)]
    src, dst = tmp / "in.csv", tmp / "out.csv"
    df.to_csv(src, sep=delim, index=False)
    assert detect_delimiter(src.read_text(encoding="utf-8")) == delim
    summary = mask_file(src, dst, delimiter=delim if given_ else None, chunk_rows=chunk)
    assert not summary.warnings
    out = pd.read_csv(dst, sep=delim, dtype=str, keep_default_na=False)
    assert list(out.columns) == list(df.columns) and len(out) == n
    assert out["branch"].tolist() == df["branch"].tolist()
    assert out["备注"].tolist() == df["备注"].tolist()
    text = dst.read_text(encoding="utf-8")
    assert not any(s in text for s in secrets(df))


@SETTINGS
@given(seed=seeds, n=st.integers(2, 30), delim=st.sampled_from([";", "|", "\t", "^", "，", "~"]))
def test_a_file_read_as_one_column_of_delimited_text_is_a_warning(tmp_path_factory, capsys,
                                                                  seed: int, n: int,
                                                                  delim: str) -> None:
    tmp = tmp_path_factory.mktemp("w")
    rng = random.Random(seed)
    df = people(rng, n)
    src, dst = tmp / "in.csv", tmp / "out.csv"
    df.to_csv(src, sep=delim, index=False)
    code, out, err = run_cli([str(src), str(dst), "--delimiter", ","], capsys)
    assert code == 1, "a warning changes the exit code"
    assert "warning" in err and "one column" in err and "--delimiter" in err
    for s in secrets(df) + df["客户姓名"].tolist():
        assert s not in err and s not in out
    assert len(pd.read_csv(dst, sep=",", dtype=str)) == n


# -- JSON Lines keys that first appear late ---------------------------------------------------
@SETTINGS
@given(seed=seeds, n=st.integers(1, 40), chunk=st.integers(1, 15),
       fmt=st.sampled_from([".csv", ".tsv", ".parquet", ".xlsx"]))
def test_json_lines_keys_first_seen_in_a_later_chunk_make_a_readable_table(
        tmp_path_factory, seed: int, n: int, chunk: int, fmt: str) -> None:
    tmp = tmp_path_factory.mktemp("j")
    rng = random.Random(seed)
    keys = ["id", "手机号", "city", "备注", "extra"]
    records, order = [], []
    for i in range(n):
        rec = {"id": str(i)}
        for k in keys[1:]:
            if rng.random() < (0.2 + i / n * 0.6):
                rec[k] = mobile_phone.generate(rng) if k == "手机号" else f"{k}{i}"
        rng.shuffle(items := list(rec.items()))
        rec = dict(items)
        records.append(rec)
        for k in rec:
            if k not in order:
                order.append(k)
    src, dst = tmp / "in.jsonl", tmp / f"out{fmt}"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    mask_file(src, dst, chunk_rows=chunk)
    if fmt == ".parquet":
        out = pd.read_parquet(dst)
    elif fmt == ".xlsx":
        out = pd.read_excel(dst, dtype=str)
    else:
        out = pd.read_csv(dst, sep="," if fmt == ".csv" else "\t", dtype=str,
                          keep_default_na=False)
    assert list(out.columns) == order, "one header: every key, in order of first appearance"
    assert len(out) == n
    for rec, (_, row) in zip(records, out.iterrows()):
        for k in order:
            if k in ("id", "city", "备注", "extra"):
                got = row[k]
                want = rec.get(k)
                assert (got if isinstance(got, str) and got != "" else None) == want, \
                    "values stay under their own key"
        if "手机号" in rec:
            assert row["手机号"] != rec["手机号"] and str(row["手机号"]).startswith(rec["手机号"][:3])


# -- an unclosed quote does not swallow the lines after it ------------------------------------
@SETTINGS
@given(seed=seeds, n=st.integers(2, 30), where=st.integers(0, 29), chunk=st.integers(1, 40),
       crlf=st.booleans(), last_has_quote=st.booleans())
def test_an_unclosed_quote_does_not_swallow_the_lines_after_it(
        tmp_path_factory, seed: int, n: int, where: int, chunk: int, crlf: bool,
        last_has_quote: bool) -> None:
    tmp = tmp_path_factory.mktemp("q")
    rng = random.Random(seed)
    where %= n
    df = people(rng, n)
    nl = "\r\n" if crlf else "\n"
    lines = [",".join(df.columns)] + [",".join(r) for r in df.itertuples(index=False)]
    bad_phone = mobile_phone.generate(rng)
    lines.insert(where + 1, f'张三,"{bad_phone},x,0001')  # a quote opened, never closed
    if last_has_quote:  # a later quote must not pair with the open one
        lines.append('李四,13912345678,"62220212345678901",0002')
    src, dst = tmp / "in.csv", tmp / "out.csv"
    src.write_text(nl.join(lines) + nl, encoding="utf-8")
    seen: list[int] = []
    summary = mask_file(src, dst, on_bad_row="mask", chunk_rows=chunk,
                        on_bad=lambda line, what: seen.append(line))
    good_rows = n + (1 if last_has_quote else 0)
    assert seen == [where + 2], "only the line with the open quote is malformed"
    assert summary.rows == good_rows + 1
    out = pd.read_csv(dst, dtype=str, keep_default_na=False)
    assert len(out) == good_rows + 1, "every line after the open quote is still a row"
    kept = out.drop(index=where).reset_index(drop=True)
    assert kept["branch"].tolist()[:n] == df["branch"].tolist()
    text = dst.read_text(encoding="utf-8")
    assert bad_phone not in text and not any(s in text for s in secrets(df))
    with pytest.raises(MalformedRow) as info:  # fail mode names the same line, no value
        mask_file(src, tmp / "fail.csv", chunk_rows=chunk)
    assert info.value.line == where + 2 and bad_phone not in str(info.value)
    assert not (tmp / "fail.csv").exists()


# -- output through a symlink, to stdout, and its permissions ---------------------------------
def test_output_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    df = people(random.Random(1), 5)
    src = tmp_path / "in.csv"
    df.to_csv(src, index=False)
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    for existing in (True, False):  # a link to a file, and a dangling link
        target = real_dir / f"t{existing}.csv"
        if existing:
            target.write_text("old\n")
        link = tmp_path / f"link{existing}.csv"
        link.symlink_to(target)
        mask_file(src, link)
        assert link.is_symlink() and os.readlink(link) == str(target)
        text = target.read_text(encoding="utf-8")
        assert text.startswith("客户姓名") and not any(s in text for s in secrets(df))
        assert not list(tmp_path.glob(".cnpii-*")) and not list(real_dir.glob(".cnpii-*"))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "tsv"])
def test_output_to_stdout(tmp_path: Path, fmt: str, capsysbinary) -> None:
    df = people(random.Random(2), 7)
    src = tmp_path / "in.csv"
    df.to_csv(src, index=False)
    mask_file(src, tmp_path / f"ref.{fmt}")
    sink = io.BytesIO()
    mask_file(src, "-", output_format=fmt, stdout=sink)
    assert sink.getvalue() == (tmp_path / f"ref.{fmt}").read_bytes()
    code = main(["mask", str(src), "-", "--output-format", fmt])
    out, err = capsysbinary.readouterr()
    assert code == 0 and out == sink.getvalue(), "only the data on stdout"
    assert b"values masked" in err, "the summary goes to stderr"


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002, 0o027])
def test_output_permissions_follow_the_umask_or_file_mode(tmp_path: Path, umask: int,
                                                          capsys) -> None:
    df = people(random.Random(3), 3)
    src = tmp_path / "in.csv"
    df.to_csv(src, index=False)
    old = os.umask(umask)
    try:
        for ext in ("csv", "parquet", "xlsx", "jsonl"):
            mask_file(src, tmp_path / f"o.{ext}")
            assert (tmp_path / f"o.{ext}").stat().st_mode & 0o777 == 0o666 & ~umask
        code, _, _ = run_cli([str(src), str(tmp_path / "m.csv"), "--file-mode", "600"], capsys)
        assert code == 0 and (tmp_path / "m.csv").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
    with pytest.raises(InvalidOption):
        mask_file(src, tmp_path / "x.csv", file_mode="rw-")


# -- every way reading or writing fails: exit 2, one line, no traceback, no value -------------
def _bad_inputs(tmp: Path, rng: random.Random) -> dict[str, tuple[list[str], list[str]]]:
    """name -> (argv, values that must not appear in the message)."""
    df = people(rng, 6)
    vals = secrets(df) + df["客户姓名"].tolist()
    good = tmp / "good.csv"
    df.to_csv(good, index=False)
    cases: dict[str, tuple[list[str], list[str]]] = {}

    def case(name: str, argv: list[str]) -> None:
        cases[name] = (argv, vals)

    (tmp / "corrupt.parquet").write_bytes(b"PAR1" + "".join(vals).encode() + b"PAR1")
    case("corrupt parquet", [str(tmp / "corrupt.parquet"), str(tmp / "o.csv")])
    (tmp / "csv.xlsx").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    case("csv named xlsx", [str(tmp / "csv.xlsx"), str(tmp / "o.csv")])
    (tmp / "csv.parquet").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    case("csv named parquet", [str(tmp / "csv.parquet"), str(tmp / "o.csv")])
    df.to_parquet(tmp / "pq.csv", index=False)
    case("parquet named csv", [str(tmp / "pq.csv"), str(tmp / "o.jsonl"), "--encoding", "utf-8"])
    case("parquet named csv, encoding detected", [str(tmp / "pq.csv"), str(tmp / "o.csv")])
    import gzip

    (tmp / "gz.csv").write_bytes(gzip.compress(good.read_bytes()))
    case("gzip named csv", [str(tmp / "gz.csv"), str(tmp / "o.csv")])
    (tmp / "nul.csv").write_bytes(good.read_bytes().replace(b"\n", b"\x00\n", 1))
    case("NUL bytes in csv", [str(tmp / "nul.csv"), str(tmp / "o.csv")])
    df.to_parquet(tmp / "pq.jsonl", index=False)
    case("parquet named jsonl", [str(tmp / "pq.jsonl"), str(tmp / "o.csv"), "--encoding", "utf-8"])
    trunc = tmp / "trunc.xlsx"
    df.to_excel(trunc, index=False)
    trunc.write_bytes(trunc.read_bytes()[:600])
    case("truncated xlsx", [str(trunc), str(tmp / "o.xlsx")])
    case("unknown encoding", [str(good), str(tmp / "o.csv"), "--encoding", "no-such-codec"])
    case("binary codec", [str(good), str(tmp / "o.csv"), "--encoding", "base64"])
    case("wrong encoding", [str(good), str(tmp / "o.csv"), "--encoding", "ascii"])
    case("unknown output encoding", [str(good), str(tmp / "o.csv"), "--output-encoding", "nope"])
    for bad in ("0", "-5", "abc", "1.5", ""):
        case(f"chunk rows {bad!r}", [str(good), str(tmp / "o.csv"), "--chunk-rows", bad])
    case("missing input", [str(tmp / "nope.csv"), str(tmp / "o.csv")])
    case("output dir missing", [str(good), str(tmp / "no" / "dir" / "o.csv")])
    case("output not encodable", [str(good), str(tmp / "o.csv"), "--output-encoding", "ascii"])
    (tmp / "o.dir.csv").mkdir()
    case("output is a directory", [str(good), str(tmp / "o.dir.csv")])
    case("bad delimiter", [str(good), str(tmp / "o.csv"), "--delimiter", ";;"])
    case("bad file mode", [str(good), str(tmp / "o.csv"), "--file-mode", "rwx"])
    (tmp / "xl.csv").write_bytes((tmp / "trunc.xlsx").read_bytes())  # a workbook named .csv
    case("xlsx named csv", [str(tmp / "xl.csv"), str(tmp / "o.jsonl")])
    case("misspelt column", [str(good), str(tmp / "o.csv")])  # argv patched below
    ctrl = tmp / "ctrl.csv"  # a control character openpyxl refuses in a cell
    ctrl.write_text("备注\n" + vals[0] + "\x01" + vals[1] + "\n", encoding="utf-8")
    case("excel illegal character", [str(ctrl), str(tmp / "o.xlsx")])
    return cases


def test_every_read_and_write_failure_exits_2_with_one_line_and_no_value(tmp_path: Path,
                                                                        capsys) -> None:
    cases = _bad_inputs(tmp_path, random.Random(7))
    del cases["misspelt column"]  # the CLI has no columns=; the library case is below
    assert len(cases) >= 20
    for name, (argv, vals) in cases.items():
        for f in tmp_path.glob("o.*"):
            if f.is_file():
                f.unlink()
        code = main(["mask", *argv])  # an uncaught exception would fail the test here
        out, err = capsys.readouterr()
        assert code == 2, f"{name}: exit {code}"
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("cnpii: error: "), f"{name}: {err!r}"
        assert "Traceback" not in err
        for v in vals:
            assert v not in err and v not in out, f"{name}: a value in the message"
            for part in (v[:6], v[-6:]) if len(v) > 8 else ():
                assert part not in err, f"{name}: part of a value in the message"
        assert not [f for f in tmp_path.glob("o.*") if f.is_file()], f"{name}: output left"
        assert not list(tmp_path.glob(".cnpii-*")), f"{name}: temporary files left behind"


def test_library_errors_are_typed(tmp_path: Path) -> None:
    df = people(random.Random(8), 4)
    good = tmp_path / "good.csv"
    df.to_csv(good, index=False)
    (tmp_path / "bad.parquet").write_bytes(b"garbage")
    with pytest.raises(UnreadableInput):
        mask_file(tmp_path / "bad.parquet", tmp_path / "o.csv")
    with pytest.raises(UnreadableInput):
        mask_file(good, tmp_path / "o.csv", encoding="ascii")
    with pytest.raises(InvalidOption):
        mask_file(good, tmp_path / "o.csv", chunk_rows=0)
    with pytest.raises(InvalidOption):
        list(read_chunks(good, chunk_rows=-1))
    with pytest.raises(UnknownColumn) as miss:  # checked at the end of the run: no output
        mask_file(good, tmp_path / "o.csv", columns=["手机号", "手机号码"])
    assert "手机" not in str(miss.value) and not (tmp_path / "o.csv").exists()
    with pytest.raises(WriteFailed) as info:
        mask_file(good, tmp_path / "o.csv", output_encoding="ascii")
    assert isinstance(info.value, OSError) and isinstance(info.value, CnpiiError)
    assert info.value.__cause__ is None and info.value.__suppress_context__


# -- masking keeps rows, column order, sheets and nulls in every format -----------------------
@SETTINGS
@given(seed=seeds, n=st.integers(0, 25), chunk=st.integers(1, 30),
       src_fmt=st.sampled_from(["csv", "tsv", "jsonl", "parquet", "xlsx"]),
       dst_fmt=st.sampled_from(["csv", "tsv", "jsonl", "parquet", "xlsx"]))
def test_rows_column_order_and_nulls_are_kept_across_formats(tmp_path_factory, seed: int,
                                                             n: int, chunk: int, src_fmt: str,
                                                             dst_fmt: str) -> None:
    tmp = tmp_path_factory.mktemp("r")
    rng = random.Random(seed)
    df = people(rng, n)
    df["身份证号码"] = [resident_id.generate(rng) for _ in range(n)]
    for c in df.columns:
        for i in range(n):
            if rng.random() < 0.2:
                df.loc[i, c] = None
    src, dst = tmp / f"in.{src_fmt}", tmp / f"out.{dst_fmt}"
    if n == 0 and src_fmt in ("jsonl",):
        return
    write = {"csv": lambda: df.to_csv(src, index=False),
             "tsv": lambda: df.to_csv(src, sep="\t", index=False),
             "jsonl": lambda: df.to_json(src, orient="records", lines=True, force_ascii=False),
             "parquet": lambda: df.to_parquet(src, index=False),
             "xlsx": lambda: df.to_excel(src, index=False)}
    write[src_fmt]()
    summary = mask_file(src, dst, chunk_rows=chunk)
    read = {"csv": lambda: pd.read_csv(dst, dtype=str),
            "tsv": lambda: pd.read_csv(dst, sep="\t", dtype=str),
            "jsonl": lambda: pd.read_json(dst, lines=True, dtype=str) if n else pd.DataFrame(),
            "parquet": lambda: pd.read_parquet(dst),
            "xlsx": lambda: pd.read_excel(dst, dtype=str)}
    out = read[dst_fmt]()
    assert summary.rows == n and len(out) == n
    if n:
        assert list(out.columns) == list(df.columns)
        assert out.isna().to_numpy().tolist() == df.isna().to_numpy().tolist()
        assert out["branch"].fillna("").tolist() == df["branch"].fillna("").tolist()
        text = "\n".join(str(v) for v in out.to_numpy().ravel())
        assert not any(s in text for s in secrets(df) if s.isdigit())


@SETTINGS
@given(seed=seeds, n=st.integers(1, 300), chunk=st.integers(1, 200),
       dst_fmt=st.sampled_from(["parquet", "csv"]))
def test_parquet_dictionary_columns_are_masked_in_every_chunk(tmp_path_factory, seed: int,
                                                              n: int, chunk: int,
                                                              dst_fmt: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp = tmp_path_factory.mktemp("pd")
    rng = random.Random(seed)
    phones = [mobile_phone.generate(rng) for _ in range(n)]
    notes = [rng.choice(["无", f"回电{p}", f"备注{i}", None]) for i, p in enumerate(phones)]
    src, dst = tmp / "in.parquet", tmp / f"out.{dst_fmt}"
    pq.write_table(pa.table({"备注": pa.array(notes, type=pa.string()).dictionary_encode(),
                             "sjh": pa.array(phones).dictionary_encode()}), src)
    summary = mask_file(src, dst, chunk_rows=chunk)
    out = pd.read_parquet(dst) if dst_fmt == "parquet" else pd.read_csv(dst, dtype=str)
    assert len(out) == n == summary.rows
    assert out["备注"].isna().tolist() == [v is None for v in notes]
    text = "\n".join(str(v) for v in out.to_numpy().ravel())
    assert not any(p in text for p in phones)


@SETTINGS
@given(seed=seeds, numeric_rows=st.integers(1, 20), text_rows=st.integers(1, 20),
       chunk=st.integers(1, 10), kind=st.sampled_from(["int", "float", "null"]))
def test_parquet_output_takes_a_column_that_changes_type_in_a_later_chunk(
        tmp_path_factory, seed: int, numeric_rows: int, text_rows: int, chunk: int,
        kind: str) -> None:
    """A JSON Lines field numeric (or missing) in the first chunks and masked text later: one
    Parquet file with a string column, every row, nothing raw."""
    import pyarrow.parquet as pq

    tmp = tmp_path_factory.mktemp("pt")
    rng = random.Random(seed)
    phones = [mobile_phone.generate(rng) for _ in range(text_rows)]
    first = {"int": lambda i: i, "float": lambda i: i + 0.5, "null": lambda i: None}[kind]
    lines = [json.dumps({"id": i, "note": first(i)}) for i in range(numeric_rows)]
    lines += [json.dumps({"id": 0, "note": "回电" + p}, ensure_ascii=False) for p in phones]
    src, dst = tmp / "in.jsonl", tmp / "out.parquet"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = mask_file(src, dst, chunk_rows=chunk)
    table = pq.read_table(dst)
    assert table.num_rows == numeric_rows + text_rows == summary.rows
    notes = table.column("note").to_pylist()
    assert not any(p in str(v) for v in notes for p in phones)
    expected = [None if first(i) is None else str(first(i)) for i in range(numeric_rows)]
    if kind != "null" and str(table.schema.field("note").type) == "string":
        assert notes[:numeric_rows] == expected, "the numbers are kept as their text"
    assert not list(tmp.glob(".cnpii-*")), "staged parts are removed"


@SETTINGS
@given(seed=seeds, n=st.integers(1, 40), where=st.integers(0, 39), chunk=st.integers(1, 20),
       masked_cell=st.booleans(),
       dst_fmt=st.sampled_from(["jsonl", "csv", "tsv", "parquet", "xlsx"]))
def test_a_lone_surrogate_in_a_json_lines_file_does_not_fail_the_run(
        tmp_path_factory, seed: int, n: int, where: int, chunk: int, masked_cell: bool,
        dst_fmt: str) -> None:
    """JSON allows "\\ud800" escapes; Python decodes them to lone surrogates, which Arrow,
    UTF-8 and workbooks refuse: the file is still masked, every row written."""
    tmp = tmp_path_factory.mktemp("su")
    rng = random.Random(seed)
    where %= n
    phones = [mobile_phone.generate(rng) for _ in range(n)]
    recs = [{"备注": f"回电{p}", "n": i} for i, p in enumerate(phones)]
    recs[where]["备注"] = ("\ud800回电" + phones[where]) if masked_cell else "\udc80无"
    src, dst = tmp / "in.jsonl", tmp / f"out.{dst_fmt}"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="ascii")
    summary = mask_file(src, dst, chunk_rows=chunk)
    assert summary.rows == n
    if dst_fmt == "jsonl":
        back = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
        assert len(back) == n
        if not masked_cell:
            assert back[where]["备注"] == "\udc80无", "an unmasked cell is kept exactly"
        text = "\n".join(r["备注"] for r in back)
    elif dst_fmt == "parquet":
        text = "\n".join(pd.read_parquet(dst)["备注"].astype(str))
    elif dst_fmt == "xlsx":
        text = "\n".join(pd.read_excel(dst, dtype=str)["备注"])
    else:
        text = dst.read_text(encoding="utf-8")
    assert not any(p in text for p in phones)


@pytest.mark.parametrize("src_name", ["empty.csv", "empty.jsonl", "header.csv"])
@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "parquet", "xlsx"])
def test_an_empty_input_gives_a_valid_empty_output(tmp_path: Path, src_name: str,
                                                   fmt: str) -> None:
    src = tmp_path / src_name
    src.write_text("客户姓名,手机号\n" if src_name == "header.csv" else "", encoding="utf-8")
    dst = tmp_path / f"out.{fmt}"
    summary = mask_file(src, dst)
    assert summary.rows == 0 and dst.exists()
    if fmt == "parquet":
        assert len(pd.read_parquet(dst)) == 0
    elif fmt == "xlsx":
        assert len(pd.read_excel(dst)) == 0
