"""Validations per second and import time of cnpii.identifiers, against python-stdnum.

Run:  python benchmarks/bench_identifiers.py [--n 200000]

Both libraries validate the same values in the same process (half valid, half with one digit
changed); import times are measured in fresh interpreters, fastest of 15 runs (the least disturbed by other load), with the bare
interpreter start-up subtracted.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from typing import Callable, Sequence


def _values(generate: Callable[[random.Random], str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        v = generate(rng)
        if i % 2:
            pos = rng.randrange(len(v) - 1)
            v = v[:pos] + str((int(v[pos]) + 1) % 10) + v[pos + 1:]
        out.append(v)
    return out


def _rate(fn: Callable[[str], object], values: Sequence[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for v in values:
            fn(v)
        best = min(best, time.perf_counter() - t0)
    return len(values) / best


def _import_ms(module: str, runs: int = 15) -> float:
    def once(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - t0

    base = min(once("pass") for _ in range(runs))
    return max(0.0, (min(once(f"import {module}") for _ in range(runs)) - base) * 1000)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200_000)
    args = ap.parse_args(argv)

    from stdnum import luhn
    from stdnum.cn import ric

    from cnpii.identifiers import bank_card, resident_id

    def tolerant(fn: Callable[[str], object]) -> Callable[[str], object]:
        # stdnum.cn.ric.is_valid raises KeyError for some region codes missing a county entry
        # in its table; count those as "invalid" rather than aborting the comparison.
        def call(v: str) -> object:
            try:
                return fn(v)
            except KeyError:
                return False
        return call

    ids = _values(resident_id.generate, args.n, 1)
    cards = _values(bank_card.generate, args.n, 2)
    print(f"{'check':<28}{'cnpii /s':>14}{'stdnum /s':>14}{'ratio':>8}")
    for label, ours, theirs, values in (
        ("resident ID (18 digits)", resident_id.is_valid, tolerant(ric.is_valid), ids),
        ("bank card (Luhn)", bank_card.is_valid, luhn.is_valid, cards),
        # the pure-Python references (what is_valid runs without the C build or with CNPII_PURE=1)
        ("resident ID, pure Python", resident_id._is_valid_py, tolerant(ric.is_valid), ids),
        ("bank card, pure Python", bank_card._is_valid_py, luhn.is_valid, cards),
    ):
        a, b = _rate(ours, values), _rate(theirs, values)
        print(f"{label:<28}{a:>14,.0f}{b:>14,.0f}{a / b:>7.2f}x")
    # a first call loads cnpii's lazy data tables; measure it too
    a = _import_ms("cnpii.identifiers")
    a_full = _import_ms("cnpii.identifiers, cnpii.identifiers.resident_id as r; "
                        "r.is_valid('11010519491231002X')")
    b = _import_ms("stdnum.cn.ric")
    b_full = _import_ms("stdnum.cn.ric as r; r.is_valid('11010519491231002X')")
    print(f"{'import (ms)':<28}{a:>14.1f}{b:>14.1f}{a / b if b else float('nan'):>7.2f}x")
    print(f"{'import + first ID check (ms)':<28}{a_full:>14.1f}{b_full:>14.1f}"
          f"{a_full / b_full if b_full else float('nan'):>7.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
