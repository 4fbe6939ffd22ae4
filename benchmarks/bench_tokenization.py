"""Tokenization throughput: the vectorised batch path against plain one-value-at-a-time FF1.

For resident IDs, bank cards and mobiles this tokenizes N values (default 1,000,000) with
``Tokenizer.tokenize_many`` and, in the same process, M values (default 20,000) with a plain
scalar pipeline: the identifier module's ``validate`` per value, the same ranking, and
:class:`cnpii.hazmat._reference.PlainFF1` (the SP 800-38G pseudocode, one AES call per block)
with cycle-walking. The plain pipeline must produce exactly the batch path's tokens for the
M values (checked), so the comparison is like for like. It also times raw FF1 on 18-digit
strings (batch ``FF1.encrypt_many`` against ``PlainFF1.encrypt``).

Run: ``python benchmarks/bench_tokenization.py [--n 1000000] [--plain 20000]``.
Required by the tokenization issue: batch >= 30x plain and >= 200,000 tokens/s for IDs.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import random
import time

import numpy as np

from cnpii.hazmat._reference import PlainFF1
from cnpii.hazmat.fpe import FF1
from cnpii.identifiers import bank_card, mobile_phone, resident_id
from cnpii.identifiers._util import luhn_checksum
from cnpii.tokenization import Keyring, Tokenizer
from cnpii.tokenization import _vector as vec
from cnpii.tokenization._domain import RankedDomain
from cnpii.tokenization._recipes import ResidentIdRecipe

KEY = Keyring({1: bytes(range(32))})


# -- synthetic data, generated vectorised and spot-checked by the identifier modules ------------
def make_ids(n: int, rng: np.random.Generator) -> list[str]:
    codes = np.array([int(c) for c in resident_id.region_codes()], dtype=np.uint64)
    start = np.datetime64("1940-01-01")
    days = rng.integers(0, 27000, n)
    digits = np.empty((n, 17), dtype=np.uint8)
    digits[:, :6] = vec.int_to_digits(codes[rng.integers(0, len(codes), n)], 6)
    digits[:, 6:14] = vec.date_unrank(days + int((start - ResidentIdRecipe.DATE_MIN).astype(int)),
                                      ResidentIdRecipe.DATE_MIN)
    digits[:, 14:17] = vec.int_to_digits(rng.integers(0, 1000, n).astype(np.uint64), 3)
    chars = np.empty((n, 18), dtype=np.uint8)
    chars[:, :17] = digits + 48
    chars[:, 17] = vec.mod11_2_check(digits)
    return vec.matrix_to_strings(chars)


def make_cards(n: int, rng: np.random.Generator) -> list[str]:
    r = random.Random(7)
    heads = [bank_card.generate(r) for _ in range(300)]
    heads = [h for h in heads if len(h) in (16, 19)]
    out: list[str] = []
    for length in (16, 19):
        bins = np.array([int(h[:6]) for h in heads if len(h) == length], dtype=np.uint64)
        m = n // 2 if length == 16 else n - n // 2
        d = np.empty((m, length), dtype=np.uint8)
        d[:, :6] = vec.int_to_digits(bins[rng.integers(0, len(bins), m)], 6)
        d[:, 6:] = rng.integers(0, 10, (m, length - 6))
        d[:, -1] = 0
        d[:, -1] = (10 - vec.luhn_checksums(d)) % 10
        out += vec.matrix_to_strings(d + 48)
    r.shuffle(out)
    return out


def make_mobiles(n: int, rng: np.random.Generator) -> list[str]:
    r = random.Random(8)
    prefixes = sorted({mobile_phone.segment(mobile_phone.generate(r)).prefix for _ in range(500)})
    three = np.array([int(p) for p in prefixes if len(p) == 3], dtype=np.uint64)
    d = np.empty((n, 11), dtype=np.uint8)
    d[:, :3] = vec.int_to_digits(three[rng.integers(0, len(three), n)], 3)
    d[:, 3:] = rng.integers(0, 10, (n, 8))
    return vec.matrix_to_strings(d + 48)


# -- the plain pipeline: one value at a time, PlainFF1 ------------------------------------------
def _plain_ff1(radix: int) -> PlainFF1:
    return PlainFF1(KEY._derive(1, b"cnpii/ff1/AES", 32), radix)


def _tweak(entity: str, variant: str) -> bytes:
    return b"|".join([b"cnpii/fpe/1", entity.encode(), entity.encode()]) + b"|" + variant.encode()


def _walk(ff1: PlainFF1, x: int, dom: RankedDomain, tweak: bytes) -> int:
    while True:
        nums = []
        for _ in range(dom.length):
            x, d = divmod(x, dom.radix)
            nums.append(d)
        y = 0
        for d in ff1.encrypt_numerals(nums[::-1], tweak):
            y = y * dom.radix + d
        if y < dom.size:
            return y
        x = y


def plain_ids(values: list[str]) -> list[str]:
    codes = resident_id.region_codes()
    days = int((ResidentIdRecipe.DATE_MAX - ResidentIdRecipe.DATE_MIN).astype(int)) + 1
    dom = RankedDomain(len(codes) * days * 1000)
    ff1 = _plain_ff1(dom.radix)
    tweak = _tweak("CN_RESIDENT_ID", "resident_id/keep=None")
    d0 = datetime.date(1850, 1, 1)
    out = []
    for v in values:
        v = resident_id.validate(v)
        born = datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
        rank = (bisect.bisect_left(codes, v[:6]) * days + (born - d0).days) * 1000 + int(v[14:17])
        y = _walk(ff1, rank, dom, tweak)
        seq, rest = y % 1000, y // 1000
        day, region = rest % days, rest // days
        body = codes[region] + (d0 + datetime.timedelta(days=day)).strftime("%Y%m%d") + f"{seq:03d}"
        out.append(body + resident_id.calc_check_char(body))
    return out


def plain_cards(values: list[str]) -> list[str]:
    ff1 = _plain_ff1(10)
    out = []
    for v in values:
        v = bank_card.validate(v)
        length = len(v)
        tweak = _tweak("CN_BANK_CARD", f"bank_card/{length}")
        if length >= 17:
            mid = ff1.encrypt(v[6:length - 5], tweak)
            for d in "0123456789":
                cand = v[:6] + mid + d + v[-4:]
                if luhn_checksum(cand) == 0:
                    break
            out.append(cand)
        else:
            body = v[:6] + ff1.encrypt(v[6:length - 1], tweak)
            out.append(body + bank_card.calc_check_digit(body))
    return out


def plain_mobiles(values: list[str]) -> list[str]:
    ff1 = _plain_ff1(10)
    out = []
    for v in values:
        v = mobile_phone.validate(v)
        p = len(mobile_phone.segment(v).prefix)
        out.append(v[:p] + ff1.encrypt(v[p:], _tweak("CN_MOBILE_PHONE", f"mobile/{p}")))
    return out


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    """Result, wall seconds and CPU seconds of this process (one core: nothing here threads)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="values for the batch path")
    ap.add_argument("--plain", type=int, default=20_000, help="values for the plain path")
    args = ap.parse_args()
    rng = np.random.default_rng(2026)
    tok = Tokenizer(KEY)
    kinds = [("resident ID (18)", "CN_RESIDENT_ID", make_ids, resident_id, plain_ids),
             ("bank card (16/19)", "CN_BANK_CARD", make_cards, bank_card, plain_cards),
             ("mobile (11)", "CN_MOBILE_PHONE", make_mobiles, mobile_phone, plain_mobiles)]
    print(f"batch path on {args.n:,} values, plain one-value-at-a-time FF1 on {args.plain:,}")
    print("tok/s = tokens per wall-clock second; cpu = tokens per CPU second of this process")
    print(f"{'kind':<20}{'batch tok/s':>12}{'(cpu)':>10}{'plain tok/s':>12}{'(cpu)':>8}"
          f"{'ratio':>8}{'(cpu)':>8}  checks")
    for label, entity, make, module, plain in kinds:
        values = make(args.n, rng)
        sample = random.Random(1).sample(range(args.n), 2000)
        assert all(module.is_valid(values[i]) for i in sample), "synthetic data must be valid"
        tokens, t_batch, c_batch = _timed(tok.tokenize_many, values, entity)
        small = values[:args.plain]
        plain_tokens, t_plain, c_plain = _timed(plain, small)
        same = plain_tokens == tokens[:args.plain]
        valid = all(module.is_valid(tokens[i]) for i in sample)
        _row(label, args.n / t_batch, args.n / c_batch, args.plain / t_plain,
             args.plain / c_plain, f"plain==batch:{same} tokens valid:{valid}")
    # raw FF1 over 18-digit strings, same key and tweak
    digits = vec.matrix_to_strings(rng.integers(48, 58, (args.n, 18)).astype(np.uint8))
    fast = FF1(KEY._derive(1, b"cnpii/ff1/AES", 32), 10)
    ref = _plain_ff1(10)
    out, t_batch, c_batch = _timed(fast.encrypt_many, digits, b"bench")
    ref_out, t_plain, c_plain = _timed(lambda vs: [ref.encrypt(v, b"bench") for v in vs],
                                       digits[:args.plain])
    _row("raw FF1 (18 digits)", args.n / t_batch, args.n / c_batch, args.plain / t_plain,
         args.plain / c_plain, f"plain==batch:{ref_out == out[:args.plain]}")


def _row(label: str, batch: float, batch_cpu: float, plain: float, plain_cpu: float,
         checks: str) -> None:
    print(f"{label:<20}{batch:>12,.0f}{batch_cpu:>10,.0f}{plain:>12,.0f}{plain_cpu:>8,.0f}"
          f"{batch / plain:>7.1f}x{batch_cpu / plain_cpu:>7.1f}x  {checks}")


if __name__ == "__main__":
    main()
