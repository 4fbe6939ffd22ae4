"""``cnpii mask INPUT OUTPUT``: mask a CSV, TSV, JSON Lines, Parquet or Excel file.

Exit codes: 0 masked; 1 masked, but malformed rows were found (masked as text with
``--on-bad-row mask``, their line numbers on stderr); 2 usage or input error, including a
malformed row with ``--on-bad-row fail`` (no output file is left behind).
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
    p.add_argument("output", help="output file (format from its extension)")
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
    p.add_argument("--chunk-rows", type=int, default=50_000, help="rows per chunk (50000)")
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


def run(args: argparse.Namespace) -> int:
    from cnpii.dataframe import mask_file
    from cnpii.policy import Policy

    keyring = _keyring(args)
    policy = Policy.load(args.policy, keyring=keyring) if args.policy else None

    def report(line: int, what: str) -> None:
        print(f"cnpii: {args.input}:{line}: malformed row, {what}", file=sys.stderr)

    summary = mask_file(
        args.input, args.output, policy, role=args.role, purpose=args.purpose, keyring=keyring,
        input_format=args.input_format, output_format=args.output_format,
        encoding=args.encoding, output_encoding=args.output_encoding,
        on_bad_row=args.on_bad_row, chunk_rows=args.chunk_rows, progress=args.progress,
        on_bad=report, mode=args.mode)
    print(summary)
    if args.summary_json:
        with open(args.summary_json, "w", encoding="utf-8") as fh:
            json.dump(summary.to_dict(), fh, ensure_ascii=False, indent=2)
    # the house convention: 1 when something was found that needs a look (malformed rows)
    return 1 if summary.malformed_lines else 0
