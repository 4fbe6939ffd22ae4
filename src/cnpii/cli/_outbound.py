"""``cnpii check-desensitized PATH`` (the outbound gate) and ``cnpii incident PATH...``.

``check-desensitized`` exits 0 when nothing in the files still holds what the policy (default:
the bank display convention) says must not leave for ``--role``/``--purpose``, 1 when something
does (it names the file, column and entity and counts rows; never a value), 2 on errors.
``incident`` prints a JSON or HTML report of what leaked files expose: distinct customers by
keyed fingerprint (keyring from ``--keyring-env``, default ``CNPII_KEYRING``, when set), values
per entity and the categories exposed; nothing raw.
"""

from __future__ import annotations

import argparse
import os
import sys

__all__ = ["add_parser", "run_check", "run_incident"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check-desensitized", help="fail when a file about to leave still holds personal data",
        description="Exit 1 when any column or text in the files still holds what the policy "
        "says must not leave (names file, column and entity, never the value); 0 when clean.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="CSV, TSV, JSON Lines, Parquet, Excel or .txt/.log files")
    p.add_argument("--policy", metavar="P", help="policy YAML (default: the bank convention)")
    p.add_argument("--role", help="the receiving role (selects the policy's profile)")
    p.add_argument("--purpose", help="the purpose (selects the policy's profile)")
    p.set_defaults(handler=run_check)
    q = sub.add_parser(
        "incident", help="what leaked files expose: customers, entities, categories",
        description="Count distinct customers (keyed fingerprints), values per entity and the "
        "JR/T 0171 categories exposed in leaked files, as JSON or an HTML page. Nothing raw.")
    q.add_argument("paths", nargs="+", metavar="PATH")
    q.add_argument("--format", choices=("json", "html"), default="json")
    q.add_argument("--output", "-o", metavar="FILE", help="write the report here (default stdout)")
    q.add_argument("--keyring-env", default="CNPII_KEYRING", metavar="VAR",
                   help="keyring for customer fingerprints (default CNPII_KEYRING; when unset, "
                   "customers are counted under a one-off key and no fingerprint is shown)")
    q.set_defaults(handler=run_incident)


def run_check(args: argparse.Namespace) -> int:
    from cnpii.outbound import check_desensitized

    status = 0
    for path in args.paths:
        found = check_desensitized(path, args.policy, role=args.role, purpose=args.purpose)
        for exposure in found:
            print(f"LEAK {exposure}")
        if found:
            status = 1
        else:
            print(f"ok: {path}: nothing the policy hides")
    return status


def run_incident(args: argparse.Namespace) -> int:
    from cnpii.outbound import incident_report

    keyring = None
    if os.environ.get(args.keyring_env):
        from cnpii.tokenization import Keyring

        keyring = Keyring.from_env(args.keyring_env)
    report = incident_report(args.paths, keyring=keyring)
    text = report.to_json() if args.format == "json" else report.to_html()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    return 0
