"""``cnpii audit verify TARGET`` and ``cnpii audit query TARGET``: audit stores on the command line.

``TARGET`` is a JSON Lines log, a SQLite file (``.sqlite``, ``.sqlite3``, ``.db``) or a
``postgresql://`` URL. The chain key comes from an environment variable (``--key-env``, default
``CNPII_AUDIT_KEY``) or a file (``--key-file``), base64 or hex encoded; it is never printed.
``verify`` exits 0 when the chain verifies, 1 when it is broken or truncated, 2 on usage errors.
``query`` prints matching events as JSON Lines (events hold no values).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from cnpii.errors import AuditError

__all__ = ["add_parser", "run", "run_query", "DEFAULT_KEY_ENV"]

DEFAULT_KEY_ENV = "CNPII_AUDIT_KEY"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="work with audit logs", description="Audit log tools.")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION")
    asub.required = True
    v = asub.add_parser(
        "verify", help="verify the HMAC chain of an audit log or store",
        description="Detect edited, inserted, reordered or deleted records and a truncated tail "
        "(by the signed checkpoint FILE.head or the store's anchored head row, and --head). "
        "Exit 0 when the log verifies, 1 when it does not.")
    v.add_argument("file", metavar="TARGET",
                   help="JSON Lines log, SQLite file or postgresql:// URL")
    v.add_argument("--head", help="the last head (record MAC) recorded elsewhere")
    v.add_argument("--no-checkpoint", action="store_true",
                   help="JSON Lines only: do not require the signed checkpoint FILE.head (a log "
                   "written before checkpoints existed)")
    _key_options(v)
    v.set_defaults(handler=run)
    q = asub.add_parser(
        "query", help="list audit events by actor, action and time",
        description="Print the events that match every filter given, oldest first, as JSON "
        "Lines. Add --verify to check the chain first (exit 1 when it does not verify).")
    q.add_argument("file", metavar="TARGET", help="JSON Lines log, SQLite file or postgresql:// URL")
    q.add_argument("--actor")
    q.add_argument("--action")
    q.add_argument("--entity")
    q.add_argument("--outcome")
    q.add_argument("--since", metavar="WHEN", help="ISO 8601 date or time (UTC unless given)")
    q.add_argument("--verify", action="store_true", help="verify the chain before listing")
    _key_options(q)
    q.set_defaults(handler=run_query)


def _key_options(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--key-env", default=DEFAULT_KEY_ENV, metavar="VAR",
                       help=f"environment variable holding the chain key (default {DEFAULT_KEY_ENV})")
    group.add_argument("--key-file", metavar="PATH", help="file holding the chain key")


def _decode_key(text: str) -> bytes:
    from cnpii.audit import decode_key

    return decode_key(text)


def _key(args: argparse.Namespace) -> bytes:
    if args.key_file:
        try:
            return _decode_key(Path(args.key_file).read_text(encoding="ascii"))
        except (OSError, UnicodeError):
            raise AuditError("the audit key file cannot be read") from None
    text = os.environ.get(args.key_env)
    if not text:
        raise AuditError("the audit chain key is not set (--key-env or --key-file)")
    return _decode_key(text)


def _shown(target: str) -> str:
    from cnpii.audit.stores import is_postgres_target

    return "the PostgreSQL store" if is_postgres_target(target) else target


def run(args: argparse.Namespace) -> int:
    from cnpii.audit import verify

    result = verify(args.file, key=_key(args), head=args.head,
                    checkpoint=not args.no_checkpoint)
    if result.ok:
        extra = f" ({result.note})" if result.note else ""
        print(f"ok: {result.records} records verify; head {result.head}{extra}")
        return 0
    from cnpii.audit.stores import is_postgres_target, is_sqlite_target

    unit = "record" if is_postgres_target(args.file) or is_sqlite_target(args.file) else "line"
    where = f"{unit} {result.line}" if result.line is not None else "end of log"
    print(f"FAILED at {where}: {result.problem} ({result.records} records verified before it)")
    return 1


def run_query(args: argparse.Namespace) -> int:
    from cnpii.audit import query, verify

    if args.verify:
        result = verify(args.file, key=_key(args))
        if not result.ok:
            print(f"FAILED: {result.problem}; events not listed")
            return 1
    for event in query(args.file, actor=args.actor, action=args.action, since=args.since,
                       entity=args.entity, outcome=args.outcome):
        print(json.dumps(event, sort_keys=True, ensure_ascii=False))
    return 0
