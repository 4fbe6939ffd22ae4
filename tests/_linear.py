"""Linear-time checks that a loaded machine cannot fail (issue 11, "tests that cannot flake").

No test asserts a wall-clock bound. Where a pass has no operation to count (compiled code), its
linearity is checked by a **ratio with a wide margin, repeated**: the CPU time (``process_time``,
not wall time, so other processes on the machine do not count) of the input scaled by ``factor``
is compared with that of the small input, best of ``runs`` each. Linear code costs about
``factor`` times as much, quadratic code ``factor**2`` times; the check passes when the ratio is
at most ``slack * factor`` (50 against 100 by default) in any of ``attempts`` tries, so one
interruption cannot fail it while a quadratic pass fails every try. The small input grows until
it takes a measurable time, so the ratio is not one of two timer ticks.
"""

from __future__ import annotations

import time
from typing import Any, Callable

__all__ = ["assert_linear", "cpu_ratio"]

_MIN_SMALL_SECONDS = 0.002


def _best(run: Callable[[Any], object], arg: Any, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        run(arg)
        best = min(best, time.process_time() - t0)
    return best


def cpu_ratio(run: Callable[[Any], object], make: Callable[[int], Any], n: int, factor: int,
              runs: int = 3) -> tuple[float, int]:
    """(CPU time of ``run(make(n * factor))``) / (that of ``run(make(n))``), best of ``runs``;
    ``n`` doubles (up to 64 times its value) until the small run takes a measurable time."""
    start = n
    small = make(n)
    t_small = _best(run, small, runs)
    while t_small < _MIN_SMALL_SECONDS and n < 64 * start:
        n *= 2
        small = make(n)
        t_small = _best(run, small, runs)
    t_big = _best(run, make(n * factor), runs)
    return t_big / max(t_small, 1e-9), n


def assert_linear(run: Callable[[Any], object], make: Callable[[int], Any], n: int, *,
                  factor: int = 10, slack: float = 5.0, attempts: int = 4, runs: int = 3,
                  what: str = "input") -> None:
    """Fail only when every one of ``attempts`` tries sees a ratio above ``slack * factor``."""
    assert slack * factor < factor ** 2, "the margin must still tell linear from quadratic"
    ratios = []
    for _ in range(attempts):
        ratio, used = cpu_ratio(run, make, n, factor, runs)
        if ratio <= slack * factor:
            return
        ratios.append(round(ratio, 1))
    raise AssertionError(f"{what} looks super-linear: {factor}x the input cost {ratios} times as much "
                         f"(linear is about {factor}, the bound {slack * factor:g}; n={used})")
