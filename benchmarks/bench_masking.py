"""Masking throughput and memory: cnpii.mask_frame against presidio-structured, and file
streaming memory against file size.

Run:  python benchmarks/bench_masking.py [--rows 1000000] [--presidio-rows 200000]
      python benchmarks/bench_masking.py --stream [--stream-rows 100000 400000 1600000]

Table benchmark: a synthetic 10-column customer table (benchmarks/masking_data.py). cnpii
masks it with the default policy (column entities inferred from names and a sample of
values; free text scanned span by span). presidio-structured runs in the same process on at
most ``--presidio-rows`` rows, with cnpii's recognizers (``cnpii.presidio.analyzer_engine``):
its ``PandasAnalysisBuilder`` picks each column's entity from a sample of ``--presidio-sample``
rows (its default, every row, is also timed on ``--presidio-full-rows`` rows), then
``StructuredEngine.anonymize`` masks every cell of those columns with Presidio's ``mask``
operator. Rates are rows per second of wall time; memory is the peak resident set size above
the level before the step, sampled every 5 ms.

Streaming benchmark: CSV files of growing size are masked by ``cnpii.dataframe.mask_file`` in
a fresh interpreter each; the peak RSS of that process is printed against the file size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import masking_data  # noqa: E402


class PeakRSS:
    """Peak resident memory of this process above its level at start, sampled in a thread."""

    def __init__(self, interval: float = 0.005) -> None:
        self.proc = psutil.Process()
        self.interval = interval
        self.base = self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)

    @property
    def mib(self) -> float:
        return (self.peak - self.base) / 2**20


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float, float]:
    with PeakRSS() as mem:
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return result, wall, cpu, mem.mib


def _table(rows: int) -> Any:
    import pandas as pd

    cache = Path(f"/tmp/cnpii_bench_customers_{rows}.parquet")
    if cache.exists():
        return pd.read_parquet(cache)
    df = masking_data.customers(rows)
    masking_data.check(df)
    df.to_parquet(cache, index=False)
    return df


def _presidio(df: Any, sample: int | None) -> tuple[Any, dict[str, str]]:
    from presidio_anonymizer.entities import OperatorConfig
    from presidio_structured import PandasAnalysisBuilder, StructuredEngine

    from cnpii.presidio import analyzer_engine

    builder = PandasAnalysisBuilder(analyzer=analyzer_engine())
    analysis = builder.generate_analysis(df, n=sample, language="zh")
    ops = {"DEFAULT": OperatorConfig("mask", {"masking_char": "*", "chars_to_mask": 8,
                                              "from_end": True})}
    # object columns: its cell-by-cell writes (df.at[i, col] = ...) on pandas 3's default
    # Arrow-backed str columns copy the column each time, which is slower still
    out = StructuredEngine().anonymize(df.astype(object), analysis, ops)
    return out, dict(analysis.entity_mapping)


def table_bench(args: argparse.Namespace) -> None:
    import cnpii.masking as masking

    df = _table(args.rows)
    print(f"table: {len(df):,} rows x {len(df.columns)} columns (synthetic customers)")
    masking.mask_frame(df.head(1000))  # warm caches and imports outside the timing

    (out, summary), wall, cpu, mib = _timed(lambda: masking.mask_frame_with_summary(df))
    cnpii_rate = len(df) / wall
    print(f"cnpii.mask_frame        {len(df):>9,} rows  {wall:7.2f} s  {cnpii_rate:>10,.0f} rows/s"
          f"  (cpu {len(df) / cpu:,.0f} rows/s)  peak +{mib:,.0f} MiB")
    print("  " + str(summary).replace("\n", "\n  "))
    del out

    sub = df.head(args.presidio_rows)
    (p_out, mapping), p_wall, p_cpu, p_mib = _timed(lambda: _presidio(sub, args.presidio_sample))
    p_rate = len(sub) / p_wall
    print(f"presidio-structured     {len(sub):>9,} rows  {p_wall:7.2f} s  {p_rate:>10,.0f} rows/s"
          f"  (cpu {len(sub) / p_cpu:,.0f} rows/s)  peak +{p_mib:,.0f} MiB"
          f"  [entity from a {args.presidio_sample:,}-row sample]")
    print(f"  columns presidio-structured masked: {mapping}")
    del p_out

    small = df.head(args.presidio_full_rows)
    (_, mapping_full), f_wall, f_cpu, f_mib = _timed(lambda: _presidio(small, None))
    f_rate = len(small) / f_wall
    print(f"presidio-structured     {len(small):>9,} rows  {f_wall:7.2f} s  {f_rate:>10,.0f} rows/s"
          f"  peak +{f_mib:,.0f} MiB  [its default: every row analysed]")
    print(f"ratio cnpii / presidio-structured (sampled analysis): {cnpii_rate / p_rate:,.1f}x "
          f"rows/s; (default analysis): {cnpii_rate / f_rate:,.1f}x")


# VmHWM (the peak RSS of this address space) is reset by exec, unlike getrusage's ru_maxrss,
# which a child inherits from the forking parent
_CHILD = """
import sys, time
from cnpii.dataframe import mask_file
t = time.perf_counter()
s = mask_file(sys.argv[1], sys.argv[2], chunk_rows=int(sys.argv[3]), progress=False)
wall = time.perf_counter() - t
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(s.rows, wall, hwm)
"""


def stream_bench(args: argparse.Namespace) -> None:
    import pandas as pd

    print(f"streaming: CSV -> CSV with cnpii.dataframe.mask_file, chunk_rows={args.chunk_rows:,}")
    base = _table(max(args.stream_rows))
    tmp = Path(args.tmp)
    for rows in args.stream_rows:
        src, dst = tmp / f"cnpii_stream_{rows}.csv", tmp / f"cnpii_stream_{rows}_out.csv"
        part = base.head(rows)
        if not src.exists():
            part.to_csv(src, index=False)
        size = src.stat().st_size
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(dst),
                               str(args.chunk_rows)], capture_output=True, text=True, check=True)
        n, wall, maxrss_kib = proc.stdout.split()
        print(f"  {int(n):>9,} rows  {size / 2**20:8,.0f} MiB file  {float(wall):7.1f} s"
              f"  {int(n) / float(wall):>9,.0f} rows/s  peak RSS {int(maxrss_kib) / 1024:6,.0f} MiB")
        dst.unlink()
        if not args.keep:
            src.unlink()
    del pd


def _child(src: Path, dst: Path, chunk_rows: int) -> tuple[int, float, float]:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(dst), str(chunk_rows)],
                          capture_output=True, text=True, check=True)
    n, wall, maxrss_kib = proc.stdout.split()
    return int(n), float(wall), int(maxrss_kib) / 1024


def big_bench(args: argparse.Namespace) -> None:
    """The bounded-memory claim on a file of several GB: the 1,000,000-row CSV written once,
    its body repeated ``--big`` times into one file, masked by a fresh interpreter; the
    baseline is the same run on the 1,000,000-row file (peak memory must not grow with size)."""
    tmp = Path(args.tmp)
    one, big = tmp / "cnpii_big_1m.csv", tmp / f"cnpii_big_x{args.big}.csv"
    _table(1_000_000).to_csv(one, index=False)
    with open(one, "rb") as f_in, open(big, "wb") as f_out:
        f_out.write(f_in.readline())
        body_start = f_in.tell()
        for _ in range(args.big):
            f_in.seek(body_start)
            shutil.copyfileobj(f_in, f_out, 16 * 2**20)
    print(f"big file: CSV -> CSV with cnpii.dataframe.mask_file, chunk_rows={args.chunk_rows:,}")
    peaks = []
    for src in (one, big):
        dst = src.with_name(src.stem + "_out.csv")
        n, wall, peak = _child(src, dst, args.chunk_rows)
        out_rows = sum(1 for _ in open(dst, "rb")) - 1
        peaks.append(peak)
        print(f"  {n:>11,} rows  {src.stat().st_size / 2**30:6.2f} GiB  {wall:8.1f} s"
              f"  {n / wall:>9,.0f} rows/s  peak RSS {peak:6,.0f} MiB  output rows {out_rows:,}")
        dst.unlink()
    print(f"peak memory, {args.big}x the rows vs 1,000,000 rows: {peaks[1] / peaks[0]:.2f}x")
    if not args.keep:
        one.unlink()
        big.unlink()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--presidio-rows", type=int, default=200_000)
    ap.add_argument("--presidio-sample", type=int, default=1000)
    ap.add_argument("--presidio-full-rows", type=int, default=2000)
    ap.add_argument("--stream", action="store_true", help="run the streaming memory benchmark")
    ap.add_argument("--stream-rows", type=int, nargs="+", default=[100_000, 400_000, 1_600_000])
    ap.add_argument("--chunk-rows", type=int, default=50_000)
    ap.add_argument("--tmp", default=os.environ.get("TMPDIR", "/tmp"))
    ap.add_argument("--keep", action="store_true", help="keep the generated CSV files")
    ap.add_argument("--big", type=int, metavar="N",
                    help="mask one CSV of N copies of the 1,000,000-row table (33: about 5 GiB)")
    args = ap.parse_args(argv)
    if args.big:
        big_bench(args)
    elif args.stream:
        stream_bench(args)
    else:
        table_bench(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
