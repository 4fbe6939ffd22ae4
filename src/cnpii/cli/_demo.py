"""``cnpii demo``: a short tour on synthetic data (generated, not real people)."""

from __future__ import annotations

import argparse
import random

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="a short tour of cnpii on synthetic data")
    p.add_argument("--seed", type=int, default=2020, help="seed for the synthetic values")
    p.set_defaults(handler=run)


def _identifiers(rng: random.Random) -> None:
    from cnpii.identifiers import MODULES

    print("1. Identifier validators (synthetic values, shown masked)")
    for name, module in MODULES.items():
        value = module.generate(rng)
        broken = value[:-1] + ("0" if value[-1] != "0" else "1")
        print(f"   {name:<16} {module.mask(value):<24} valid={module.is_valid(value)}"
              f"   one character changed: valid={module.is_valid(broken)}")
    from cnpii.identifiers import resident_id

    info = resident_id.parse(resident_id.generate(rng))
    print(f"   resident_id.parse -> document={info.document} region={info.region_name}"
          f" sex={info.sex} birth year={info.birth_date.year}")
    print()


def run(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    _identifiers(rng)
    return 0
