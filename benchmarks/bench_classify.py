"""Classification by sampling: one large CSV, and an inventory over a directory of many files.

Run:  python benchmarks/bench_classify.py [--rows 1000000] [--files 200] [--repeat 3] [--gigabyte]

Large file: a synthetic 20-column customer CSV (identifiers with valid check digits, names,
amounts, dates, codes, free text; UTF-8) of ``--rows`` rows. ``cnpii.inventory`` classifies it:
it reads the first ``4 * sample`` rows, counts the rows of the whole file, and grades each
column on ``sample`` values. Printed: wall time, the time spent reading (the head and the row
count) and the share spent outside reading (classification proper), with two baselines run in
the same process on the same file: pandas reading the same head rows
(``pd.read_csv(nrows=..., dtype=str)``) and counting the file's lines in 16 MB blocks.

Inventory: ``--files`` files (CSV, TSV, JSON Lines and Parquet in turn, 2,000 rows and 8
columns each) in one directory tree, classified by one ``cnpii.inventory`` call; the baseline
is pandas reading the same head of every file.
"""

from __future__ import annotations

import argparse
import random

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

import cnpii
from cnpii.identifiers import bank_card, landline_phone, mobile_phone, resident_id, uscc

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"


def _pool(gen, n: int, rng: random.Random) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.array([gen(rng) for _ in range(n)], dtype=object)


def customer_frame(rows: int, seed: int = 0) -> pd.DataFrame:
    """20 columns of a customer extract: distinct values drawn from pools of 20,000."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    k = min(rows, 20_000)

    def pick(pool: np.ndarray) -> np.ndarray:
        return pool[nrng.integers(0, len(pool), rows)]

    names = np.array([rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) for _ in range(k)],
                     dtype=object)
    notes = np.array([rng.choice(["客户来电咨询理财产品", f"客户另留手机{mobile_phone.generate(rng)}",
                                  "无", f"联系人{rng.choice(SURNAMES)}女士，地址北京市朝阳区建国路{rng.randrange(1, 200)}号"])
                      for _ in range(k)], dtype=object)
    amount = nrng.uniform(0, 2e6, rows).round(2)
    return pd.DataFrame({
        "客户姓名": pick(names), "zjhm": pick(_pool(resident_id.generate, k, rng)),
        "sjhm": pick(_pool(mobile_phone.generate, k, rng)),
        "gddh": pick(_pool(landline_phone.generate, k, rng)),
        "card_no": pick(_pool(bank_card.generate, k, rng)),
        "dkzh": np.char.add("6228", nrng.integers(10**14, 10**15, rows).astype(str)),
        "c07": amount, "余额": (amount * 0.37).round(2), "sxed": nrng.integers(1, 500, rows) * 1000,
        "email": np.char.add(np.char.add("u", nrng.integers(0, 10**7, rows).astype(str)), "@example.cn"),
        "开户日期": pd.to_datetime(nrng.integers(1.3e9, 1.7e9, rows), unit="s").strftime("%Y-%m-%d"),
        "txn_time": pd.to_datetime(nrng.integers(1.6e9, 1.7e9, rows), unit="s").strftime("%Y-%m-%d %H:%M:%S"),
        "wdh": np.char.add("0", nrng.integers(100, 999, rows).astype(str)),
        "khdj": nrng.choice(np.array(["A", "B", "C", "VIP"]), rows),
        "cvv": np.char.zfill(nrng.integers(0, 1000, rows).astype(str), 3),
        "f16": pick(_pool(uscc.generate, k, rng)), "xb": nrng.choice(np.array(["男", "女"]), rows),
        "备注": pick(notes), "col_19": nrng.integers(0, 100, rows), "字段20": nrng.random(rows).round(4),
    })


def _best(f, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    """The fastest of ``repeat`` runs, and that run's result."""
    best: tuple[float, object] = (float("inf"), None)
    for _ in range(repeat):
        t = time.perf_counter()
        out = f()
        took = time.perf_counter() - t
        if took < best[0]:
            best = (took, out)
    return best


def _count_lines(path: Path) -> int:
    n = 0
    with open(path, "rb") as fh:
        while block := fh.read(16 * 1024 * 1024):
            n += block.count(b"\n")
    return n


def bench_large(rows: int, repeat: int, workdir: Path, sample: int, gigabyte: bool) -> None:
    path = workdir / "customers.csv"
    t = time.perf_counter()
    customer_frame(rows).to_csv(path, index=False)
    size = path.stat().st_size
    print(f"large file: {rows:,} rows x 20 columns, {size / 1e6:.0f} MB (written in "
          f"{time.perf_counter() - t:.1f} s)")
    head = 4 * sample
    cnpii.inventory([("warm-up", customer_frame(100))], progress=False)  # imports, tables
    wall, inv = _best(lambda: cnpii.inventory(path, sample=sample, progress=False), repeat)
    entry = inv.entries[0]  # type: ignore[attr-defined]
    assert entry.rows == rows, (entry.rows, rows)
    read_head, _ = _best(lambda: pd.read_csv(path, nrows=head, dtype=str), repeat)
    count, _ = _best(lambda: _count_lines(path), repeat)
    cls = entry.classify_seconds
    print(f"  cnpii.inventory: {wall:.2f} s wall; reading (first {head:,} rows, {head:,} at random "
          f"offsets, row count) "
          f"{entry.read_seconds:.2f} s, classification {cls:.2f} s "
          f"({100 * cls / wall:.0f}% of the wall time outside reading)")
    print(f"  baselines: pandas read_csv of the same {head:,} rows {read_head:.3f} s; "
          f"line count of the file {count:.2f} s ({size / count / 1e9:.2f} GB/s)")
    print(f"  ratios: classification / pandas head read = {cls / read_head:.1f}x; "
          f"wall / (pandas head read + line count) = {wall / (read_head + count):.2f}x")
    fixed = max(0.0, wall - count)
    print(f"  estimate for a 1 GB file of this shape: {fixed + count * 1e9 / size:.1f} s (the "
          f"row count grows with the size, the sampled head and classification do not)")
    grades = {c: str(v.category) for c, v in entry.result.columns.items()}  # type: ignore[union-attr]
    print(f"  grades: {grades}")
    if gigabyte:  # the same rows repeated to at least 1 GB (header once), classified for real
        big = workdir / "customers_1gb.csv"
        data = path.read_bytes()
        body = data[data.index(b"\n") + 1:]
        copies = -(-10**9 // len(body))
        with open(big, "wb") as fh:
            fh.write(data)
            for _ in range(copies - 1):
                fh.write(body)
        big_size = big.stat().st_size
        gwall, ginv = _best(lambda: cnpii.inventory(big, sample=sample, progress=False), repeat)
        gentry = ginv.entries[0]  # type: ignore[attr-defined]
        gcount, _ = _best(lambda: _count_lines(big), repeat)
        print(f"  1 GB file ({big_size / 1e9:.2f} GB, {gentry.rows:,} rows): {gwall:.2f} s wall, "
              f"reading {gentry.read_seconds:.2f} s, classification {gentry.classify_seconds:.2f} s; "
              f"baseline line count {gcount:.2f} s; ratio wall / line count {gwall / gcount:.2f}x")
        big.unlink()


def bench_inventory(files: int, repeat: int, workdir: Path, sample: int) -> None:
    root = workdir / "tree"
    rng = np.random.default_rng(1)
    base = customer_frame(2_000, seed=3)
    paths: list[tuple[Path, str]] = []
    for i in range(files):
        sub = root / f"d{i % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        cols = list(rng.choice(base.columns, 8, replace=False))
        frame = base[cols]
        kind, enc = i % 4, "gbk" if i % 8 == 0 else "utf-8"
        if kind == 0:
            p = sub / f"f{i:03d}.csv"
            frame.to_csv(p, index=False, encoding=enc)
        elif kind == 1:
            p = sub / f"f{i:03d}.tsv"
            frame.to_csv(p, index=False, sep="\t")
        elif kind == 2:
            p = sub / f"f{i:03d}.jsonl"
            frame.to_json(p, orient="records", lines=True, force_ascii=False)
        else:
            p = sub / f"f{i:03d}.parquet"
            frame.to_parquet(p)
        paths.append((p, enc))
    head = 4 * sample
    wall, inv = _best(lambda: cnpii.inventory(root, sample=sample, progress=False), repeat)
    entries = inv.entries  # type: ignore[attr-defined]
    assert len(entries) == files and not inv.errors  # type: ignore[attr-defined]
    reading = sum(e.read_seconds for e in entries)
    cls = sum(e.classify_seconds for e in entries)

    def pandas_heads() -> None:
        for p, enc in paths:
            if p.suffix == ".parquet":
                pd.read_parquet(p)
            elif p.suffix == ".jsonl":
                pd.read_json(p, lines=True, nrows=head, dtype=False)
            else:
                pd.read_csv(p, nrows=head, dtype=str, sep="\t" if p.suffix == ".tsv" else ",",
                            encoding=enc if p.suffix == ".csv" else "utf-8")
    base_t, _ = _best(pandas_heads, repeat)
    print(f"inventory: {files} files (CSV/TSV/JSONL/Parquet, 2,000 rows x 8 columns)")
    print(f"  cnpii.inventory: {wall:.2f} s wall ({1000 * wall / files:.1f} ms per file); reading "
          f"{reading:.2f} s, classification {cls:.2f} s ({100 * cls / wall:.0f}% outside reading)")
    print(f"  baseline: pandas reading the same files {base_t:.2f} s; ratio wall / baseline "
          f"{wall / base_t:.1f}x")
    print(f"  files by category: {inv.files_by_category()}")  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--gigabyte", action="store_true",
                    help="also classify a file of at least 1 GB (the large file's rows repeated)")
    args = ap.parse_args(argv)
    print(f"python {sys.version.split()[0]}, pandas {pd.__version__}, sample {args.sample}, "
          f"best of {args.repeat}")
    with tempfile.TemporaryDirectory() as d:
        bench_large(args.rows, args.repeat, Path(d), args.sample, args.gigabyte)
        bench_inventory(args.files, args.repeat, Path(d), args.sample)


if __name__ == "__main__":
    main()

