"""``cnpii check``: validate identifiers given as arguments or one per line on stdin."""

from __future__ import annotations

import argparse
import sys

from cnpii.errors import ValidationError

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from cnpii.identifiers import MODULES

    p = sub.add_parser(
        "check",
        help="validate identifiers (shown masked)",
        description="Validate identifiers. Values are printed masked, never in full. "
        "Exit 0 when all are valid, 1 when any is invalid, 2 on usage errors.",
    )
    p.add_argument("values", nargs="*", metavar="VALUE", help="values to check; '-' or none reads stdin")
    p.add_argument("--type", "-t", choices=sorted(MODULES), help="identifier type (default: try all)")
    p.set_defaults(handler=run)


def _values(args: argparse.Namespace) -> list[str]:
    if not args.values or args.values == ["-"]:
        return [line.strip() for line in sys.stdin if line.strip()]
    return list(args.values)


def _masked(module: object, value: str) -> str:
    try:
        return module.mask(value)  # type: ignore[attr-defined]
    except Exception:
        return "*" * len(value)


def run(args: argparse.Namespace) -> int:
    from cnpii.identifiers import MODULES

    candidates = [MODULES[args.type]] if args.type else list(MODULES.values())
    status = 0
    for value in _values(args):
        kinds = [m for m in candidates if m.is_valid(value)]
        if kinds:
            names = ",".join(m.__name__.rsplit(".", 1)[1] for m in kinds)
            print(f"{_masked(kinds[0], value)}  valid  {names}")
            continue
        status = 1
        if args.type:
            try:
                candidates[0].validate(value)
                reason = "invalid"
            except ValidationError as exc:
                reason = f"{type(exc).__name__}: {exc.message}"
            print(f"{'*' * len(value)}  invalid  {args.type}  ({reason})")
        else:
            print(f"{'*' * len(value)}  invalid  (no identifier type matches)")
    return status
