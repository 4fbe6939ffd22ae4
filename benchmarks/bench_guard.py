"""Cost of the argument checker (cnpii._args.guard) on public calls, against the same function
unwrapped (``fn.__wrapped__``) in the same process.

Run:  python benchmarks/bench_guard.py [--n 20000]

Prints, per call: the unwrapped and guarded time per call (fastest of 7 interleaved runs) and
their ratio.
The identifier checks on hot paths (is_valid, validate, mask, compact) are not wrapped at all.
"""

from __future__ import annotations

import argparse
import random
import time
from typing import Any, Callable


def _pair(bare: Callable[[], Any], guarded: Callable[[], Any], n: int, repeat: int = 7) -> tuple[float, float]:
    """Seconds per call of each, fastest of ``repeat`` runs, the two runs interleaved so that a
    change of machine load hits both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, fn in enumerate((bare, guarded)):
            t0 = time.perf_counter()
            for _ in range(n):
                fn()
            best[i] = min(best[i], time.perf_counter() - t0)
    return best[0] / n, best[1] / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    args = ap.parse_args()

    import cnpii
    from cnpii.identifiers import bank_card, mobile_phone, resident_id

    text = "客户王淑兰，手机13812345678，卡号6222021234567890128"
    policy = cnpii.Policy.default() if hasattr(cnpii.Policy, "default") else None
    cnpii.mask(text)
    r = random.Random(1)
    cases: list[tuple[str, Callable[[], Any], Callable[[], Any], int]] = [
        ("cnpii.scan(short text)", lambda: cnpii.scan(text), lambda: cnpii.scan.__wrapped__(text), args.n // 10),
        ("cnpii.mask(short text)", lambda: cnpii.mask(text), lambda: cnpii.mask.__wrapped__(text), args.n // 10),
        ("bank_card.generate(rng)", lambda: bank_card.generate(r), lambda: bank_card.generate.__wrapped__(r), args.n),
        ("resident_id.generate(rng)", lambda: resident_id.generate(r),
         lambda: resident_id.generate.__wrapped__(r), args.n),
        ("mobile_phone.is_valid (not wrapped)", lambda: mobile_phone.is_valid("13812345678"),
         lambda: mobile_phone.is_valid("13812345678"), args.n * 5),
    ]
    del policy
    print(f"{'call':40s} {'unwrapped µs':>13s} {'guarded µs':>11s} {'ratio':>7s}")
    for name, guarded, bare, n in cases:
        t_bare, t_guard = _pair(bare, guarded, n)
        print(f"{name:40s} {t_bare * 1e6:13.2f} {t_guard * 1e6:11.2f} {t_guard / t_bare:7.2f}")


if __name__ == "__main__":
    main()
