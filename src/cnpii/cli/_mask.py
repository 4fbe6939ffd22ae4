"""``cnpii mask INPUT OUTPUT``: mask a CSV, TSV, JSON Lines, Parquet or Excel file.

Exit codes: 0 masked; 1 masked, but malformed rows were found (masked as text with
``--on-bad-row mask``, their line numbers on stderr) or a warning was given (a CSV that
reads as one column of delimited text); 2 usage or input error, including a malformed row
with ``--on-bad-row fail``, corrupt or mislabelled input, a bad option value and a failed
write (one line on stderr, no traceback, no value; no output file is left behind).

OUTPUT ``-`` writes to standard output (format: ``--output-format``, else the input's) once
the run has succeeded; the summary then goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "mask", help="mask personal information in a data file",
        description="Mask a CSV, TSV, JSON Lines, Parquet or Excel file chunk by chunk. "
                    "Prints a summary (counts per column and entity, never values).")
    p.add_argument("input", help="input file (.csv .tsv .jsonl .parquet .xlsx)")
    p.add_argument("output", help="output file (format from its extension), or - for stdout")
    p.add_argument("--policy", help="policy YAML file (default: the bank display convention)")
    p.add_argument("--role", help="role whose profile applies (teller, analyst, ...)")
    p.add_argument("--purpose", help="purpose whose profile applies (display, analytics, ...)")
    p.add_argument("--format", dest="input_format",
                   choices=["csv", "tsv", "jsonl", "parquet", "excel"], help="input format")
    p.add_argument("--output-format", choices=["csv", "tsv", "jsonl", "parquet", "excel"])
    p.add_argument("--encoding", help="input encoding (default: detected)")
    p.add_argument("--output-encoding", default="utf-8", help="text output encoding (utf-8)")
    p.add_argument("--on-bad-row", choices=["fail", "mask"], default="fail",
                   help="a row that cannot be parsed: stop (fail, default) or mask its raw "
                        "line as text (mask); either way its line number is reported")
    p.add_argument("--chunk-rows", default="50000", help="rows per chunk (50000)")
    p.add_argument("--delimiter", help="CSV delimiter (default: sniffed among , ; | and tab); "
                                       "'tab' or '\\t' for a tab")
    p.add_argument("--output-delimiter", help="delimiter of CSV output (default: the input's)")
    p.add_argument("--file-mode", help="permission bits of the output file, octal (default: "
                                       "0666 less the umask)")
    keys = p.add_mutually_exclusive_group()
    keys.add_argument("--keyring", metavar="PATH", help="keyring file for keyed operators")
    keys.add_argument("--keyring-env", metavar="VAR",
                      help="environment variable holding the keyring document")
    p.add_argument("--summary-json", metavar="PATH", help="also write the summary as JSON")
    p.add_argument("--mode", choices=("fast", "accurate"), default="fast",
                   help="detection in free text: rules (fast, default) or rules fused with the "
                        "NER model (accurate; needs pip install \"cnpii[ner]\")")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: only on a terminal)")
    p.set_defaults(handler=run)


def _keyring(args: argparse.Namespace) -> object:
    if not (args.keyring or args.keyring_env):
        return None
    from cnpii.tokenization import Keyring

    if args.keyring:
        return Keyring.from_file(args.keyring)
    return Keyring.from_env(args.keyring_env)


def _delimiter(value: str | None) -> str | None:
    if value is None:
        return None
    return "\t" if value in ("tab", "\\t", "TAB") else value


def _chunk_rows(value: object) -> int:
    from cnpii.errors import InvalidOption

    text = str(value).replace("_", "").replace(",", "").strip()
    if not text.isdigit() or int(text) < 1:
        raise InvalidOption("--chunk-rows must be a whole number of at least 1")
    return int(text)


def run(args: argparse.Namespace) -> int:
    from cnpii.dataframe import mask_file
    from cnpii.policy import Policy

    chunk_rows = _chunk_rows(args.chunk_rows)
    keyring = _keyring(args)
    policy = Policy.load(args.policy, keyring=keyring) if args.policy else None
    to_stdout = args.output == "-"

    def report(line: int, what: str) -> None:
        print(f"cnpii: {args.input}:{line}: malformed row, {what}", file=sys.stderr)

    summary = mask_file(
        args.input, args.output, policy, role=args.role, purpose=args.purpose, keyring=keyring,
        input_format=args.input_format, output_format=args.output_format,
        encoding=args.encoding, output_encoding=args.output_encoding,
        on_bad_row=args.on_bad_row, chunk_rows=chunk_rows, progress=args.progress,
        on_bad=report, delimiter=_delimiter(getattr(args, "delimiter", None)),
        output_delimiter=_delimiter(getattr(args, "output_delimiter", None)),
        file_mode=getattr(args, "file_mode", None), mode=args.mode)
    print(summary, file=sys.stderr if to_stdout else sys.stdout)
    for warning in summary.warnings:
        print(f"cnpii: warning: {args.input}: {warning}", file=sys.stderr)
    if args.summary_json:
        with open(args.summary_json, "w", encoding="utf-8") as fh:
            json.dump(summary.to_dict(), fh, ensure_ascii=False, indent=2)
    # the house convention: 1 when something was found that needs a look (malformed rows,
    # a warning)
    return 1 if summary.malformed_lines or summary.warnings else 0
