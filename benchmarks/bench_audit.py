"""Audit and encryption costs.

    python benchmarks/bench_audit.py [--rows 1000000] [--records 1000000] [--enc-rows 200000]
                                     [--repeat 2] [--pg URL | --no-pg]

1. Audit overhead of a masking run: ``cnpii.mask_frame`` over the synthetic customer table of
   ``masking_data.py`` with audit off (the baseline) and with each store configured library-wide
   (JSON Lines, SQLite, PostgreSQL); rounds interleave the set-ups and each keeps its best.
2. ``cnpii.audit.verify`` of a store holding ``--records`` chained records (the same records the
   sinks write; SQL stores filled in one transaction), against a baseline of reading and
   ``json.loads``-ing the same JSON Lines file; and the sinks' append rate (one event each).
3. Column encryption rows/s: ``encrypt_frame`` / ``decrypt_frame`` of a resident-ID column with
   AES-256-GCM (the baseline) and SM4-GCM.

PostgreSQL: ``--pg URL``, else a throwaway cluster is started as the tests do
(``tests/_postgres.py``, Debian's server binaries), else that store is left out and said so.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import masking_data  # noqa: E402

import cnpii  # noqa: E402
from cnpii import audit  # noqa: E402
from cnpii.audit import AuditEvent  # noqa: E402
from cnpii.audit.sinks import GENESIS, checkpoint_mac, checkpoint_path, record_mac  # noqa: E402

KEY = b"bench-chain-key-0123456789abcdef"


def best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def start_pg() -> tuple[str | None, Any]:
    try:
        import _postgres
        import pytest

        gen = _postgres.postgres_cluster()
        return next(gen), gen
    except BaseException as exc:  # pytest.skip/fail raise BaseException subclasses
        print(f"(PostgreSQL left out: {type(exc).__name__})")
        return None, None


def reset_pg(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS cnpii_audit, cnpii_audit_head")


def bench_masking(rows: int, repeat: int, work: Path, pg: str | None) -> None:
    df = masking_data.customers(rows)
    stores: dict[str, Any] = {"off": None,
                              "jsonl": str(work / "mask.jsonl"),
                              "sqlite": str(work / "mask.sqlite")}
    if pg:
        reset_pg(pg)
        stores["postgres"] = pg
    sinks = {k: (audit.open_sink(v, key=KEY) if v else None) for k, v in stores.items()}
    best_t = {k: float("inf") for k in stores}
    names = list(stores)
    cnpii.mask_frame(df)  # warm-up: detection and validator caches fill on the first run
    for r in range(repeat):
        for name in names[r % len(names):] + names[:r % len(names)]:  # rotate the order
            audit.configure(sinks[name])
            gc.collect()
            t0 = time.perf_counter()
            out = cnpii.mask_frame(df)
            best_t[name] = min(best_t[name], time.perf_counter() - t0)
            audit.configure(None)
    print(f"\n1. masking run of {rows:,} rows x {df.shape[1]} columns, best of {repeat} "
          "(order rotated each round, after a warm-up run)")
    base = best_t["off"]
    for name, t in best_t.items():
        extra = "" if name == "off" else f"  ratio to no audit {t / base:.4f}"
        print(f"   audit {name:9s} {t:8.2f} s  {rows / t:10,.0f} rows/s{extra}")
    # what audit adds to a run, measured alone: the one event of the run (summary -> event ->
    # chained record), timed over 50 events, as a share of the masking run without audit
    from cnpii.audit._runtime import emit_masking
    from cnpii.masking._common import resolve_policy

    summary = out.attrs["cnpii_summary"]
    resolved = resolve_policy(None, None, None, None)
    for name, sink in sinks.items():
        if sink is None:
            continue
        audit.configure(sink)
        t0 = time.perf_counter()
        for _ in range(50):
            emit_masking("mask", resolved, summary)
        per = (time.perf_counter() - t0) / 50
        audit.configure(None)
        print(f"   {name:9s} one run's event {1e3 * per:7.2f} ms = {100 * per / base:.4f}% of the "
              "run without audit")
    for name, target in stores.items():
        if target:
            res = audit.verify(target, key=KEY)
            print(f"   {name}: {res.records} records, verify ok={res.ok}")


def fill_jsonl(path: Path, n: int) -> None:
    prev = GENESIS
    ev = AuditEvent(action="mask", actor="etl", role="ops", purpose="kyc", count=1,
                    time="2026-01-01T00:00:00.000Z",
                    details={"rows": 1000, "counts": {"CN_MOBILE_PHONE": 10}}).to_dict()
    with open(path, "w", encoding="utf-8") as fh:
        for seq in range(1, n + 1):
            ev["count"] = seq
            mac = record_mac(KEY, seq, prev, ev)
            fh.write(json.dumps({"seq": seq, "prev": prev, "event": ev, "mac": mac},
                                sort_keys=True, ensure_ascii=False) + "\n")
            prev = mac
    checkpoint_path(path).write_text(json.dumps({"seq": n, "head": prev,
                                                 "mac": checkpoint_mac(KEY, n, prev)}))


def jsonl_rows(path: Path) -> list[tuple[int, str, str, str]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append((r["seq"], r["prev"], json.dumps(r["event"], sort_keys=True,
                                                        ensure_ascii=False), r["mac"]))
    return out


def bench_verify(n: int, repeat: int, work: Path, pg: str | None) -> None:
    path = work / "verify.jsonl"
    t0 = time.perf_counter()
    fill_jsonl(path, n)
    print(f"\n2. verify of {n:,} records (written in {time.perf_counter() - t0:.1f} s, "
          f"{path.stat().st_size / 2**20:.0f} MiB JSON Lines)")

    def parse_only() -> None:
        with open(path, "rb") as fh:
            for line in fh:
                json.loads(line)

    base = best(parse_only, repeat)
    print(f"   baseline: read + json.loads   {base:7.2f} s  {n / base:10,.0f} records/s")
    rows = jsonl_rows(path)
    last = rows[-1]
    head = (last[0], last[3], checkpoint_mac(KEY, last[0], last[3]))
    db = work / "verify.sqlite"
    SQLiteSinkSchema = audit.SQLiteSink(db, key=KEY)  # creates the tables and triggers
    SQLiteSinkSchema.close()
    conn = sqlite3.connect(db)
    conn.executemany("INSERT INTO cnpii_audit VALUES (?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO cnpii_audit_head VALUES (1, ?, ?, ?)", head)
    conn.commit()
    conn.close()
    targets = {"jsonl": str(path), "sqlite": str(db)}
    if pg:
        import psycopg

        reset_pg(pg)
        audit.PostgresSink(pg, key=KEY).close()
        with psycopg.connect(pg) as pconn:
            with pconn.cursor() as cur:
                with cur.copy("COPY cnpii_audit (seq, prev, event, mac) FROM STDIN") as cp:
                    for r in rows:
                        cp.write_row(r)
                cur.execute("INSERT INTO cnpii_audit_head VALUES (1, %s, %s, %s)", head)
        targets["postgres"] = pg
    del rows
    for name, target in targets.items():
        result: list[Any] = []
        t = best(lambda: result.append(audit.verify(target, key=KEY)), repeat)
        print(f"   verify {name:9s}  {t:7.2f} s  {n / t:10,.0f} records/s  ratio to baseline "
              f"{t / base:5.2f}  ok={result[-1].ok} records={result[-1].records:,}")
    m = 2_000
    for name, target in (("jsonl", str(work / "emit.jsonl")), ("sqlite", str(work / "emit.sqlite")),
                         *((("postgres", pg),) if pg else ())):
        if name == "postgres":
            reset_pg(pg)  # type: ignore[arg-type]
        sink = audit.open_sink(target, key=KEY)
        ev = AuditEvent(action="mask", actor="etl", count=1)
        t0 = time.perf_counter()
        for _ in range(m):
            sink.emit(ev)
        t = time.perf_counter() - t0
        print(f"   append {name:9s}  {m / t:10,.0f} events/s ({1e6 * t / m:.0f} us per event, "
              "chain + signed head, one transaction each)")


def bench_encryption(n: int, repeat: int) -> None:
    ids = masking_data.resident_ids(__import__("numpy").random.default_rng(7), n)
    import pandas as pd

    df = pd.DataFrame({"sfzh": pd.Series(ids, dtype=object)})
    kr = cnpii.Keyring({1: bytes(range(32))})
    print(f"\n3. column encryption, {n:,} resident IDs, best of {repeat}")
    res: dict[str, float] = {}
    for cipher in ("AES", "SM4"):
        enc: list[Any] = []
        te = best(lambda: enc.append(cnpii.encrypt_frame(df, kr, ["sfzh"], table="t",
                                                         cipher=cipher)), repeat)
        td = best(lambda: cnpii.decrypt_frame(enc[-1], kr, ["sfzh"], table="t"), repeat)
        res[cipher] = te
        print(f"   {cipher}-GCM  encrypt {n / te:10,.0f} rows/s   decrypt {n / td:10,.0f} rows/s")
    print(f"   ratio SM4-GCM / AES-256-GCM encrypt rows/s: {res['AES'] / res['SM4']:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--enc-rows", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--pg")
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--only", choices=("masking", "verify", "encryption"))
    args = ap.parse_args()
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop the throwaway server on kill
    pg, gen = (args.pg, None) if args.pg or args.no_pg else start_pg()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            if args.only in (None, "encryption"):
                bench_encryption(args.enc_rows, args.repeat)
            if args.only in (None, "verify"):
                bench_verify(args.records, args.repeat, work, pg)
            if args.only in (None, "masking"):
                bench_masking(args.rows, args.repeat, work, pg)
    finally:
        if gen is not None:
            try:
                next(gen)
            except StopIteration:
                pass


if __name__ == "__main__":
    main()
