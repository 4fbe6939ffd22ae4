"""``cnpii validate``: check a CSV of customer records against the customer schema.

Exit 0 when every row passes, 1 when rows fail (or the purpose does not declare a column),
2 on usage or input errors. Failures are listed with their line numbers; values are masked.

>>> import os, tempfile
>>> d = tempfile.mkdtemp()
>>> path = os.path.join(d, "c.csv")
>>> with open(path, "w", encoding="gbk") as f:
...     _ = f.write("xm,sjhm\\n张三,13812345678\\n李四,1381234\\n")
>>> main(["validate", path, "--purpose", "marketing_contact", "--map", "xm=name", "--map", "sjhm=mobile"])
line 3  sjhm  invalid  *******  'sjhm' is not valid
2 rows, 1 failing, 1 issue (encoding gb18030)
1
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import sys
from typing import Any

from cnpii.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND

__all__ = ["add_parser", "run", "main", "read_table", "load_column_map", "infer_column_map"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "validate",
        help="validate a CSV of customer records (failures shown masked)",
        description="Validate a CSV of customer records against the canonical customer schema. "
        "Exit 0 when clean, 1 when rows fail, 2 on usage or input errors. Values are masked.",
    )
    p.add_argument("file", metavar="FILE", help="CSV file (UTF-8 with or without BOM, GBK/GB18030)")
    p.add_argument("--schema", default="customer", help="schema name (default: customer)")
    p.add_argument("--purpose", help="purpose the data is collected for (binds the schema: "
                   "required fields, age bounds, minimum necessary); default: account opening, unbound")
    p.add_argument("--columns", metavar="MAP.yaml",
                   help="YAML mapping of the file's column names to canonical fields, e.g. 'zjhm: id_number'")
    p.add_argument("--map", action="append", default=[], metavar="COL=FIELD",
                   help="one column mapping (repeatable), e.g. --map zjhm=id_number")
    p.add_argument("--report", metavar="OUT", help="write the quality report (.html, or .json)")
    p.add_argument("--encoding", help="input encoding (default: detect)")
    p.add_argument("--max-failures", type=int, default=100, metavar="N",
                   help="list at most N failures (default 100; the summary counts all)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="message language")
    p.add_argument("--today", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="the date expiry and age are measured against (default: today)")
    p.set_defaults(handler=run)


def main(argv: list[str]) -> int:
    """Run ``cnpii validate`` alone (``argv`` starts with ``"validate"``), as ``cnpii.cli.main`` does."""
    from cnpii.cli import EXIT_ERROR as _ERR
    from cnpii.errors import CnpiiError

    parser = argparse.ArgumentParser(prog="cnpii")
    add_parser(parser.add_subparsers(dest="command"))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else _ERR
    try:
        return run(args)
    except CnpiiError as exc:
        print(f"cnpii: error: {exc.message}", file=sys.stderr)
        return _ERR
    except (OSError, UnicodeError) as exc:
        print(f"cnpii: error: {type(exc).__name__}: cannot read or write input", file=sys.stderr)
        return _ERR


def _detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # only a character cut at the end of the sample
            return "utf-8"
    # Chinese bank exports are GBK/GB18030 when not UTF-8; short samples fool generic detectors
    # (a few Chinese names in GBK look like Korean to them), so try GB18030 first
    try:
        text = data.decode("gb18030")
        wide = [c for c in text if ord(c) > 0x7F]
        if wide and sum("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                        or "\uff00" <= c <= "\uffef" for c in wide) >= 0.9 * len(wide):
            return "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    enc = (best.encoding if best is not None else "gb18030").lower().replace("-", "_")
    # GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing
    return "gb18030" if enc in {"gbk", "gb2312", "gb18030", "cp936", "hz", "euc_cn"} else enc


def read_table(path: str, encoding: str | None = None) -> tuple[Any, str]:
    """Read a CSV as text columns (no number guessing: IDs keep their digits). Returns
    ``(DataFrame, encoding)``; raises :class:`~cnpii.errors.MalformedRow` for a broken row."""
    import pandas as pd

    from cnpii.errors import MalformedRow, UnsupportedFormat

    if not os.path.splitext(path)[1].lower() in (".csv", ".txt", ".tsv"):
        raise UnsupportedFormat("cnpii validate reads CSV files (.csv, .tsv, .txt)")
    with open(path, "rb") as f:
        data = f.read()
    enc = encoding or _detect_encoding(data[:1 << 20])
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise UnsupportedFormat("the file cannot be decoded; pass --encoding") from None
    sep = "\t" if path.lower().endswith(".tsv") else ","
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                         na_filter=False, skipinitialspace=False, engine="c")
    except pd.errors.EmptyDataError:
        raise MalformedRow("the file has no header row", line=1) from None
    except pd.errors.ParserError as exc:
        import re

        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else None
        raise MalformedRow(f"row at line {line} has the wrong number of fields" if line
                           else "a row cannot be parsed", line=line) from None
    df.columns = [str(c).strip().lstrip("\ufeff") for c in df.columns]
    df.attrs["cnpii_lines"] = _record_lines(text, sep, len(df))
    return df, enc


def _record_lines(text: str, sep: str, n: int) -> Any:
    """The 1-based file line where each data row starts (a quoted field may span lines)."""
    import numpy as np

    if '"' not in text:  # no quoting: row i is on line i + 2, blank lines aside
        import re

        lines = [i + 1 for i, line in enumerate(re.split(r"\r\n|\r|\n", text)) if line.strip()]
        return np.asarray(lines[1:n + 1], dtype=np.int64)
    import csv

    reader = csv.reader(io.StringIO(text), delimiter=sep)
    starts, line = [], 1
    for record in reader:
        if record and not (len(record) == 1 and not record[0].strip()):  # pandas skips blank lines
            starts.append(line)
        line = reader.line_num + 1
    return np.asarray(starts[1:n + 1], dtype=np.int64)


def load_column_map(path: str | None, pairs: list[str]) -> dict[str, str]:
    """The column mapping from a YAML file (``col: field`` or ``columns: {col: field}``) and
    ``COL=FIELD`` pairs; every target must be a canonical field."""
    import yaml

    from cnpii.errors import UnknownSchema
    from cnpii.validation import FIELDS

    mapping: dict[str, str] = {}
    if path:
        with open(path, encoding="utf-8") as f:
            loaded = yaml.safe_load(f) or {}
        if isinstance(loaded, dict) and isinstance(loaded.get("columns"), dict):
            loaded = loaded["columns"]
        if not isinstance(loaded, dict):
            raise UnknownSchema("the column map must be a YAML mapping of column: field")
        mapping.update({str(k): str(v) for k, v in loaded.items()})
    for pair in pairs:
        col, sep, target = pair.partition("=")
        if not sep:
            raise UnknownSchema("--map takes COL=FIELD")
        mapping[col.strip()] = target.strip()
    bad = [v for v in mapping.values() if v not in FIELDS]
    if bad:
        raise UnknownSchema("the column map names a field that is not in the customer record")
    return mapping


def infer_column_map(columns: Any, given: dict[str, str]) -> dict[str, str]:
    """Canonical fields for the columns ``given`` does not map, from their names: the same
    inference ``cnpii mask`` uses (:func:`cnpii.masking.entity_from_name`: Chinese names such as
    ``手机号码``, pinyin initials such as ``sjhm``, English), then the field of that entity
    (:data:`cnpii.validation.FIELD_ENTITIES`). A field already present, mapped or inferred for an
    earlier column is not inferred again.

    >>> infer_column_map(["客户姓名", "SJHM", "证件号码", "mobile", "备注"], {})
    {'客户姓名': 'name', '证件号码': 'id_number'}
    """
    from cnpii.masking._columns import entity_from_name
    from cnpii.validation import FIELD_ENTITIES, FIELDS

    field_of = {entity: field for field, entity in FIELD_ENTITIES.items()}
    names = [str(c) for c in columns]
    taken = set(given.values()) | {n for n in names if n in FIELDS and n not in given}
    out: dict[str, str] = {}
    for name in names:
        if name in given or name in FIELDS:
            continue
        field = field_of.get(entity_from_name(name))
        if field is not None and field not in taken:
            out[name] = field
            taken.add(field)
    return out


def _line(df: Any, row: int) -> int:
    lines = df.attrs.get("cnpii_lines")
    return int(lines[row]) if lines is not None and row < len(lines) else row + 2


def run(args: argparse.Namespace) -> int:
    from cnpii.validation import get_purpose
    from cnpii.validation._record import check_schema
    from cnpii.validation._report import build_report, to_html
    from cnpii.validation._rules import evaluate

    check_schema(args.schema)
    purpose = get_purpose(args.purpose)
    mapping = load_column_map(args.columns, args.map)
    df, enc = read_table(args.file, args.encoding)
    inferred = infer_column_map(df.columns, mapping)
    mapping = {**inferred, **mapping}
    result = evaluate(df, purpose, columns=mapping, bound=args.purpose is not None, today=args.today)
    report = build_report(df, result, schema=args.schema, max_cases=max(args.max_failures, 0))
    out = sys.stdout
    for col, field in inferred.items():
        print(f"column {col}  inferred  {field}  (from its name, as cnpii mask infers it; --map overrides)",
              file=out)
    for col in report.undeclared_columns:
        msg = ("业务目的未声明该列（最小必要原则）" if args.lang == "zh"
               else "column not declared by the purpose (minimum necessary)")
        print(f"column {col}  undeclared_field  {msg}", file=out)
    for case in report.failures:
        msg = case.message_zh if args.lang == "zh" else case.message_en
        column = result.source.get(case.field, case.field)
        value = case.masked_value or "-"
        print(f"line {_line(df, case.row)}  {column}  {case.code}  {value}  {msg}", file=out)
    if report.n_failures_omitted:
        print(f"... {report.n_failures_omitted} more issues not listed (--max-failures)", file=out)
    n_issues = sum(report.issue_counts.values())
    print(f"{report.n_rows} rows, {report.n_failed_rows} failing, {n_issues} issue"
          f"{'' if n_issues == 1 else 's'} (encoding {enc})", file=out)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            if args.report.lower().endswith(".json"):
                f.write(report.to_json())
            else:
                f.write("<!doctype html><meta charset='utf-8'><title>cnpii quality report</title>\n")
                f.write(to_html(report, max_cases=max(args.max_failures, 0)))
    return EXIT_CLEAN if report.passed else EXIT_FOUND
