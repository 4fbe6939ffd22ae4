"""``cnpii scan`` throughput on a mixed repository-like tree, against detect-secrets and gitleaks.

    python benchmarks/bench_scan.py            # 200 MB tree
    python benchmarks/bench_scan.py --mb 20    # a quick run

Builds a tree of code, logs, CSV, JSON Lines, a minified JSON file, Excel workbooks and a zip
archive (PII-free: order numbers, timestamps, amounts, hex ids, version strings), plants known
PII values at known places (file, line or cell) and then runs, in this process's run:

* ``cnpii scan --no-git --jobs 2 --format json`` (and ``--jobs 1``, for the parallel ratio),
* ``detect-secrets scan --all-files`` (PyPI) on the same tree (with ``--ds-mb``, on a smaller
  tree of the same mix, which cnpii scans too, for a same-tree ratio),
* ``gitleaks dir`` / ``gitleaks detect --no-git`` when a gitleaks binary is on PATH (it has no
  PyPI build; the Debian package is ``gitleaks`` where the archive has it).

It prints MB/s of each, the ratio of cnpii to each, how many planted values cnpii found at
their places, and how many findings fell outside the planted places (the PII-free part).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from cnpii.identifiers import bank_card, mobile_phone, resident_id

MB = 1024 * 1024


def _pii(rng: random.Random) -> list[tuple[str, str, str]]:
    """(entity, context words, value) to plant."""
    out = []
    for _ in range(40):
        out.append(("CN_RESIDENT_ID", "身份证号", resident_id.generate(rng)))
        out.append(("CN_MOBILE_PHONE", "手机", "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))))
        out.append(("CN_BANK_CARD", "卡号", bank_card.generate(rng) if hasattr(bank_card, "generate") else "6222021234567890128"))
    return [(e, c, v) for e, c, v in out if _valid(e, v)]


def _valid(entity: str, value: str) -> bool:
    mod = {"CN_RESIDENT_ID": resident_id, "CN_MOBILE_PHONE": mobile_phone, "CN_BANK_CARD": bank_card}[entity]
    return mod.is_valid(value)


def _code(rng: random.Random, i: int) -> str:
    lines = [f'"""Module {i}: order processing helpers."""', "from __future__ import annotations", ""]
    for j in range(rng.randint(40, 120)):
        lines += [f"def handle_{i}_{j}(order_id: str, amount: float = {rng.randint(1, 9999)}.00) -> dict:",
                  f'    """Return the settlement record for an order (v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)})."""',
                  f"    timeout = {rng.randint(100, 60000)}  # ms",
                  f'    key = "{rng.getrandbits(128):032x}"',
                  f"    return {{'order': order_id, 'amount': amount, 'retries': {rng.randint(0, 5)}}}", ""]
    return "\n".join(lines) + "\n"


def _log_line(rng: random.Random, n: int) -> str:
    return (f"2026-11-{rng.randint(1, 30):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d} INFO [pay-{rng.randint(1, 16)}] "
            f"txn={rng.getrandbits(64):016x} order=ORD{rng.randint(10**9, 10**10 - 1)} "
            f"amount={rng.randint(1, 99999)}.{rng.randint(0, 99):02d} status=OK latency={rng.randint(1, 900)}ms seq={n}\n")


def build(root: Path, mb: int, seed: int = 7) -> tuple[list[dict], int]:
    """Write the tree; return the planted values' places and the size in bytes."""
    rng = random.Random(seed)
    pii = _pii(rng)
    planted: list[dict] = []
    target = mb * MB

    def plant(path: str, line: int, entity: str, value: str, location: str | None = None):
        planted.append({"path": path, "line": line, "entity": entity, "value": value, "location": location})

    def next_pii():
        return pii[len(planted) % len(pii)]

    (root / "src").mkdir(parents=True)
    (root / "logs").mkdir()
    (root / "data").mkdir()
    size = 0
    # code: 30%
    i = 0
    while size < 0.3 * target:
        text = _code(rng, i)
        rel = f"src/mod_{i:04d}.py"
        if i % 25 == 0:
            e, c, v = next_pii()
            lines = text.split("\n")
            lines.insert(3, f'# {c}: {v}')
            plant(rel, 4, e, v)
            text = "\n".join(lines)
        (root / rel).write_text(text, encoding="utf-8")
        size += len(text.encode())
        i += 1
    # logs: 35%, in files of up to 24 MB (the big ones are cut into ranges)
    k = 0
    while size < 0.65 * target:
        rel = f"logs/app-{k}.log"
        n = 0
        written = 0
        limit = min(24 * MB, int(0.65 * target - size) + 1)
        with open(root / rel, "w", encoding="utf-8") as fh:
            while written < limit:
                if n % 50000 == 1234:
                    e, c, v = next_pii()
                    line = f"2026-11-30 12:00:00.000 WARN [kyc] 客户{c}{v} 待核验\n"
                    plant(rel, n + 1, e, v)
                else:
                    line = _log_line(rng, n)
                fh.write(line)
                written += len(line.encode())
                n += 1
        size += written
        k += 1
    big = mb >= 50
    # CSV and JSON Lines: 25%, files of up to 8 MB
    k = 0
    # the tail (minified JSON, Excel, zip) adds about 2% of a 200 MB tree
    while size < 0.98 * target:
        per_file = max(128 * 1024, min(8 * MB, int(0.98 * target - size) // 2))
        for ext in ("csv", "jsonl"):
            rel = f"data/orders-{k}.{ext}"
            written = 0
            with open(root / rel, "w", encoding="utf-8") as fh:
                if ext == "csv":
                    fh.write("order_id,merchant,amount,created,branch\n")
                for n in range(2, 10**7):
                    if written >= per_file:
                        break
                    if n == 777:
                        e, c, v = next_pii()
                        row = (f'ORD1,"{c} {v}",1.00,2026-11-30,北京分行\n' if ext == "csv"
                               else json.dumps({"order": "ORD1", "note": f"{c} {v}"}, ensure_ascii=False) + "\n")
                        plant(rel, n if ext == "csv" else n - 1, e, v)
                    elif ext == "csv":
                        row = (f"ORD{rng.randint(10**9, 10**10 - 1)},M{rng.randint(10**5, 10**6 - 1)},"
                               f"{rng.randint(1, 99999)}.{rng.randint(0, 99):02d},2026-11-{rng.randint(1, 30):02d},上海分行\n")
                    else:
                        row = json.dumps({"order": f"ORD{rng.randint(10**9, 10**10 - 1)}", "amount": rng.randint(1, 99999),
                                          "ts": f"2026-11-{rng.randint(1, 30):02d}T10:00:00Z", "ok": True}) + "\n"
                    fh.write(row)
                    written += len(row.encode())
            size += written
        k += 1
    # one minified JSON line
    rows = [{"id": f"{rng.getrandbits(48):012x}", "amount": rng.randint(1, 9999), "v": "1.2.3"}
            for _ in range(20000 if big else 2000)]
    e, c, v = next_pii()
    rows[len(rows) // 4]["note"] = f"{c}{v}"
    text = json.dumps({"rows": rows}, separators=(",", ":"), ensure_ascii=False)
    (root / "data" / "export.min.json").write_text(text, encoding="utf-8")
    plant("data/export.min.json", 1, e, v)
    size += len(text.encode())
    # Excel
    from openpyxl import Workbook

    for k in range(2):
        wb = Workbook(write_only=True)
        for s in range(2):
            ws = wb.create_sheet(f"Sheet{s + 1}")
            ws.append(["order", "amount", "branch"])
            for r in range(2, 6000 if big else 600):
                if r == 100 + s:
                    e, c, v = next_pii()
                    ws.append([f"{c} {v}", 1, "北京分行"])
                    plant(f"data/book-{k}.xlsx", r, e, v, f"Sheet{s + 1}!A{r}")
                else:
                    ws.append([f"ORD{rng.randint(10**9, 10**10 - 1)}", rng.randint(1, 9999), "上海分行"])
        wb.save(root / "data" / f"book-{k}.xlsx")
        size += (root / "data" / f"book-{k}.xlsx").stat().st_size
    # a zip of logs
    with zipfile.ZipFile(root / "data" / "archive.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for m in range(3):
            lines = [_log_line(rng, n) for n in range(20000 if big else 2000)]
            e, c, v = next_pii()
            lines[999] = f"2026-11-30 WARN 客户{c}{v}\n"
            zf.writestr(f"old/app-{m}.log", "".join(lines))
            plant("data/archive.zip", 1000, e, v, f"old/app-{m}.log")
    size += (root / "data" / "archive.zip").stat().st_size
    return planted, size


def _timed(cmd: list[str], cwd: Path) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds, CPU seconds (user + system of the command and its children), result."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # the largest resident set of any child process so far (KiB on Linux)
    print(f"  {' '.join(cmd[-4:])[:60]:60} peak RSS of children so far {after.ru_maxrss / 1024:.0f} MiB")
    return wall, cpu, proc


def _check(planted: list[dict], findings: list[dict]) -> tuple[int, int]:
    """(planted values found at their place, findings outside any planted place)."""
    places = {}
    for p in planted:
        key = (p["path"], p["line"]) if p["location"] is None or p["path"].endswith(".zip") else (p["path"], p["location"])
        if p["path"].endswith(".zip"):
            key = (p["path"], p["location"], p["line"])
        places[key] = p
    found = set()
    outside = 0
    for f in findings:
        if f.get("member"):
            key = (f["path"], f["member"], f["line"])
        elif f.get("location"):
            key = (f["path"], f["location"])
        else:
            key = (f["path"], f["line"])
        p = places.get(key)
        if p is None:
            outside += 1
        elif p["entity"] == f["entity"]:
            found.add(key)
    return len(found), outside


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=200, help="tree size in MiB (default 200)")
    ap.add_argument("--ds-mb", type=int, default=None,
                    help="run detect-secrets on a tree of this many MB of the same mix, which cnpii "
                         "also scans (default: detect-secrets scans the whole tree)")
    ap.add_argument("--keep", metavar="DIR", default=None, help="build the tree in DIR and keep it")
    args = ap.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cnpii-bench-scan-"))
    try:
        t = time.perf_counter()
        if not (root / "planted.json").exists():
            tree = root / "tree"
            planted, size = build(tree, args.mb)
            (root / "planted.json").write_text(json.dumps({"planted": planted, "size": size}), encoding="utf-8")
        else:
            tree = root / "tree"
            meta = json.loads((root / "planted.json").read_text("utf-8"))
            planted, size = meta["planted"], meta["size"]
        print(f"tree: {size / MB:.1f} MiB on disk, {sum(1 for _ in tree.rglob('*') if _.is_file())} files, "
              f"{len(planted)} planted values (built in {time.perf_counter() - t:.0f} s)")
        rows = []
        cnpii = [sys.executable, "-m", "cnpii", "scan", "--no-git", "--format", "json", "."]
        for jobs in (2, 1):
            dt, cpu, proc = _timed([*cnpii, "--jobs", str(jobs)], tree)
            doc = json.loads(proc.stdout)
            found, outside = _check(planted, doc["findings"])
            rows.append((f"cnpii scan --jobs {jobs}", dt, cpu, size, f"{found}/{len(planted)}", outside, proc.returncode))
        ds = shutil.which("detect-secrets")
        if ds:
            target, ds_size = tree, size
            if args.ds_mb and args.ds_mb * MB < size:
                # detect-secrets takes minutes per MB here: a smaller tree of the same mix,
                # scanned by cnpii too, for a same-tree ratio
                target = root / "ds-tree"
                if not target.exists():
                    ds_planted, ds_size = build(target, args.ds_mb, seed=8)
                    (root / "ds.json").write_text(json.dumps({"planted": ds_planted, "size": ds_size}), encoding="utf-8")
                meta = json.loads((root / "ds.json").read_text("utf-8"))
                ds_planted, ds_size = meta["planted"], meta["size"]
                dt, cpu, proc = _timed([*cnpii, "--jobs", "2"], target)
                found, outside = _check(ds_planted, json.loads(proc.stdout)["findings"])
                rows.append(("cnpii scan --jobs 2 (small tree)", dt, cpu, ds_size, f"{found}/{len(ds_planted)}",
                             outside, proc.returncode))
            dt, cpu, proc = _timed([ds, "scan", "--all-files", "."], target)
            rows.append(("detect-secrets scan --all-files" + (" (small tree)" if target != tree else ""),
                         dt, cpu, ds_size, None, None, proc.returncode))
        else:
            print("detect-secrets: not installed (pip install detect-secrets)")
        gl = shutil.which("gitleaks")
        if gl:
            dt, cpu, proc = _timed([gl, "detect", "--no-git", "--no-banner", "--source", ".", "--exit-code", "0"], tree)
            rows.append(("gitleaks detect --no-git", dt, cpu, size, None, None, proc.returncode))
        else:
            print("gitleaks: not available (no PyPI build -- 'gitleaks-py' is another project --, "
                  "no Debian 12 package, no gitleaks binary on PATH)")
        by = {r[0]: r for r in rows}
        small = by.get("cnpii scan --jobs 2 (small tree)", rows[0])
        for name, dt, cpu, sz, *_ in rows:
            if name.startswith(("detect-secrets", "gitleaks")):
                ref = small if "small" in name else rows[0]
                print(f"cnpii / {name}: {(ref[3] / ref[1]) / (sz / dt):.1f}x wall, "
                      f"{(ref[3] / ref[2]) / (sz / cpu):.1f}x CPU (same tree)")
        base_wall = rows[0][3] / rows[0][1]
        base_cpu = rows[0][3] / rows[0][2]
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"\n{'tool':32} {'MiB':>6} {'wall s':>7} {'MiB/s':>7} {'cpu s':>7} {'MiB/cpu-s':>9} "
              f"{'vs row 1 wall':>13} {'cpu':>6}  planted found  outside")
        for name, dt, cpu, sz, found, outside, rc in rows:
            pf = found if found is not None else "-"
            out = str(outside) if outside is not None else "-"
            print(f"{name:32} {sz / MB:6.1f} {dt:7.2f} {sz / MB / dt:7.2f} {cpu:7.2f} {sz / MB / cpu:9.2f} "
                  f"{(sz / dt) / base_wall:13.2f} {(sz / cpu) / base_cpu:6.2f}  {pf:>13}  {out:>7}")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
