"""The ``cnpii`` command line: thin wrappers over the library.

``cnpii`` and ``python -m cnpii`` share :func:`main`. Every subcommand exits 0 when clean,
1 when it found something (an invalid value, PII, failing rows), 2 on usage or input errors.
Output never contains a raw value: identifiers are shown masked.

>>> main(["check", "--type", "uscc", "91350100M000100Y43"])
91350100********43  valid  uscc
0
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from cnpii.errors import CnpiiError

__all__ = ["main", "run", "EXIT_CLEAN", "EXIT_FOUND", "EXIT_ERROR"]

EXIT_CLEAN = 0
EXIT_FOUND = 1
EXIT_ERROR = 2

# Each subcommand lives in cnpii.cli._<name> with add_parser(sub) and run(args) -> int.
_SUBCOMMANDS = ("check", "scan", "validate", "mask", "audit", "demo", "classify", "outbound")


def _build_parser() -> argparse.ArgumentParser:
    from cnpii import __version__

    parser = argparse.ArgumentParser(
        prog="cnpii",
        description="Protect Chinese bank customer information: validate, scan, mask, tokenize.",
    )
    parser.add_argument("--version", action="version", version=f"cnpii {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in _SUBCOMMANDS:
        module = importlib.import_module(f"cnpii.cli._{name}")
        module.add_parser(sub)
    _add_audit_option(parser, top=True)
    return parser


_AUDIT_HELP = ("append an audit event for this run (and everything it audits) to FILE: a JSON "
               "Lines log, a .sqlite/.db file or a postgresql:// URL; chain key from "
               "CNPII_AUDIT_KEY")


def _add_audit_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """``--audit FILE`` on the top-level parser and on every (sub)command, once, here."""
    parser.add_argument("--audit", metavar="FILE", help=_AUDIT_HELP,
                        default=None if top else argparse.SUPPRESS)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                _add_audit_option(child)


def _run_audited(args: argparse.Namespace) -> int:
    """Run the command with audit on when ``--audit`` is given; one ``cli`` event at the end
    names the command and its exit code (never its arguments, which may hold values)."""
    target = getattr(args, "audit", None)
    if not target:
        return int(args.handler(args))
    from cnpii.audit import _runtime

    sink = _runtime.open_sink(target, key=_runtime.key_from_env())
    command = " ".join(str(getattr(args, k)) for k in ("command", "audit_command")
                       if getattr(args, k, None))
    with _runtime.using(sink):
        code = EXIT_ERROR
        try:
            code = int(args.handler(args))
            return code
        finally:
            _runtime.emit("cli", outcome="ok" if code in (EXIT_CLEAN, EXIT_FOUND) else "failed",
                          role=getattr(args, "role", None), purpose=getattr(args, "purpose", None),
                          details={"command": command, "exit_code": code})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code) if isinstance(exc.code, int) else EXIT_ERROR
    try:
        return _run_audited(args)
    except CnpiiError as exc:  # messages never contain values
        print(f"cnpii: error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except (OSError, UnicodeError) as exc:
        print(f"cnpii: error: {type(exc).__name__}: cannot read or write input", file=sys.stderr)
        return EXIT_ERROR


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
