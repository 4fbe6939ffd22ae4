"""``cnpii audit verify FILE``: check the HMAC chain of a JSON Lines audit log.

The chain key comes from an environment variable (``--key-env``, default ``CNPII_AUDIT_KEY``)
or a file (``--key-file``), base64 or hex encoded; it is never printed. Exit 0 when the chain
verifies, 1 when it is broken or truncated, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import os
from pathlib import Path

from cnpii.errors import AuditError

__all__ = ["add_parser", "run", "DEFAULT_KEY_ENV"]

DEFAULT_KEY_ENV = "CNPII_AUDIT_KEY"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="work with audit logs", description="Audit log tools.")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION")
    asub.required = True
    v = asub.add_parser(
        "verify", help="verify the HMAC chain of a JSON Lines audit log",
        description="Detect edited, inserted, reordered or deleted records, and (with --head) "
        "a truncated tail. Exit 0 when the log verifies, 1 when it does not.")
    v.add_argument("file", metavar="FILE", help="the JSON Lines audit log")
    v.add_argument("--head", help="the last head (record MAC) recorded elsewhere")
    group = v.add_mutually_exclusive_group()
    group.add_argument("--key-env", default=DEFAULT_KEY_ENV, metavar="VAR",
                       help=f"environment variable holding the chain key (default {DEFAULT_KEY_ENV})")
    group.add_argument("--key-file", metavar="PATH", help="file holding the chain key")
    v.set_defaults(handler=run)


def _decode_key(text: str) -> bytes:
    text = text.strip()
    for decode in (bytes.fromhex, lambda t: base64.b64decode(t, validate=True)):
        try:
            key = decode(text)
        except (ValueError, binascii.Error):
            continue
        if len(key) >= 16:
            return key
    raise AuditError("the audit chain key must be hex or base64 and at least 16 bytes")


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


def run(args: argparse.Namespace) -> int:
    from cnpii.audit import verify_log

    result = verify_log(args.file, key=_key(args), head=args.head)
    if result.ok:
        print(f"ok: {result.records} records verify; head {result.head}")
        return 0
    where = f"line {result.line}" if result.line is not None else "end of log"
    print(f"FAILED at {where}: {result.problem} ({result.records} records verified before it)")
    return 1
