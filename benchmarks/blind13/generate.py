"""Generate, check and describe the blind13 corpus.

    python generate.py --seed 13 --n 800 --out corpus.jsonl   # rebuild (byte-identical)
    python generate.py --check corpus.jsonl                   # self_check a file
    python generate.py --stats [--seed 13 --n 800]            # genre table, labels, hard negatives

One ``random.Random(seed)`` drives the plan and every record. Only the standard library and
``cnpii.identifiers`` are used.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates as T  # noqa: E402

SOURCE = "blind13"
LABELS = {"PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "IP_ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE"}
PII_SHARE = 0.4  # 32 of 80 records per genre hold PII
ADDRESS_MARKS = ("号", "村", "组", "社", "室", "弄", "巷", "栋", "幢", "楼", "街", "路", "道", "镇", "乡", "单元", "丁目", "座")


def plan(rng: random.Random, n: int):
    per = n // len(T.GENRES)
    n_pii = round(per * PII_SHARE)
    items = [(g, k < n_pii) for g in T.GENRES for k in range(per)]
    rng.shuffle(items)
    return items


def record_problems(rec: dict) -> list[str]:
    """Problems of one record (empty list when it is fine)."""
    out = []
    text, spans = rec["text"], rec["spans"]
    last = -1
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        if not (0 <= s < e <= len(text)):
            out.append(f"{rec['id']}: span {s}-{e} out of range")
            continue
        if lab not in LABELS:
            out.append(f"{rec['id']}: unknown label {lab}")
        if s < last:
            out.append(f"{rec['id']}: spans overlap or are unsorted at {s}")
        last = e
        v = text[s:e]
        if v != v.strip():
            out.append(f"{rec['id']}: span {s}-{e} has surrounding space")
        if lab in T.VALIDATORS:
            if not T.VALIDATORS[lab](v):
                out.append(f"{rec['id']}: {lab} span {s}-{e} fails its validator")
        elif lab == "EMAIL":
            if not T.EMAIL_RE.fullmatch(v):
                out.append(f"{rec['id']}: EMAIL span {s}-{e} is not an address")
        elif lab == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                out.append(f"{rec['id']}: IP span {s}-{e} is not an IP address")
        elif lab == "PERSON":
            if not (1 < len(v) <= 24) or any(ch.isdigit() for ch in v):
                out.append(f"{rec['id']}: PERSON span {s}-{e} does not look like a name")
        elif lab == "ADDRESS":
            if len(v) < 6 or not any(m in v for m in ADDRESS_MARKS):
                out.append(f"{rec['id']}: ADDRESS span {s}-{e} does not look like an address")
    bounds = [(sp["start"], sp["end"]) for sp in spans]
    for s, e, lab in T.validator_hits(text, bounds):
        out.append(f"{rec['id']}: unlabelled {lab} look-alike at {s}-{e}")
    covered = [False] * len(text)
    for s, e in bounds:
        for i in range(max(0, s), min(e, len(text))):
            covered[i] = True
    for rx, lab in ((T.EMAIL_RE, "EMAIL"), (T.IPV4_RE, "IP_ADDRESS")):
        for m in rx.finditer(text):
            if not any(covered[m.start():m.end()]):
                out.append(f"{rec['id']}: unlabelled {lab} at {m.start()}-{m.end()}")
    return out


def self_check(records: list[dict], n_expected: int | None = None) -> list[str]:
    """Every span valid for its label, no overlap, offsets in range, PII-free records without
    spans, no unlabelled validator-passing substring, the planned genre/PII split."""
    problems = []
    ids = set()
    split = Counter()
    for rec in records:
        if rec["id"] in ids:
            problems.append(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
        if rec.get("source") != SOURCE or rec.get("genre") not in T.GENRES:
            problems.append(f"{rec['id']}: bad source/genre")
        split[(rec["genre"], bool(rec["spans"]))] += 1
        problems += record_problems(rec)
    if n_expected:
        per = n_expected // len(T.GENRES)
        n_pii = round(per * PII_SHARE)
        for g in T.GENRES:
            if split[(g, True)] != n_pii or split[(g, False)] != per - n_pii:
                problems.append(f"genre {g}: {split[(g, True)]} with PII, {split[(g, False)]} PII-free")
    return problems


def make_record(rng: random.Random, idx: int, genre: str, pii: bool):
    for _ in range(200):
        ctx = T.Ctx(rng, pii)
        b = T.Builder()
        T.GENRES[genre](ctx, b)
        rec = {"id": f"b13-{idx:04d}", "source": SOURCE, "genre": genre, "text": b.text(), "spans": b.spans}
        if pii != bool(rec["spans"]):
            continue
        if record_problems(rec):
            continue
        return rec, b.negs
    raise RuntimeError(f"could not build a clean {genre} record")


def generate(seed: int, n: int):
    rng = random.Random(seed)
    records, negs = [], Counter()
    for idx, (genre, pii) in enumerate(plan(rng, n), 1):
        rec, ng = make_record(rng, idx, genre, pii)
        records.append(rec)
        negs.update(ng)
    return records, negs


def dumps(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records)


def stats(records, negs) -> str:
    lines = ["| genre | records | PII-free | with PII | spans |", "|---|---|---|---|---|"]
    tot = Counter()
    for g in T.GENRES:
        rs = [r for r in records if r["genre"] == g]
        row = (len(rs), sum(not r["spans"] for r in rs), sum(bool(r["spans"]) for r in rs), sum(len(r["spans"]) for r in rs))
        tot.update(dict(zip("abcd", row)))
        lines.append(f"| {g} | " + " | ".join(map(str, row)) + " |")
    lines.append(f"| **total** | {tot['a']} | {tot['b']} | {tot['c']} | {tot['d']} |")
    labels = Counter(sp["label"] for r in records for sp in r["spans"])
    lines += ["", "| label | spans |", "|---|---|"] + [f"| {k} | {v} |" for k, v in labels.most_common()]
    if negs is not None:
        lines += ["", f"| hard negative kind | written |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in negs.most_common()]
        lines.append(f"| **total** | {sum(negs.values())} |")
    chars = sum(len(r["text"]) for r in records)
    lines += ["", f"characters: {chars}, mean record length {chars / max(1, len(records)):.0f}"]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=None)
    ap.add_argument("--check", metavar="FILE", default=None)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        with open(a.check, encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        problems = self_check(records, len(records))
        for p in problems[:50]:
            print(p)
        print(f"{len(records)} records, {sum(len(r['spans']) for r in records)} spans, {len(problems)} problems")
        return 1 if problems else 0
    records, negs = generate(a.seed, a.n)
    problems = self_check(records, a.n)
    if problems:
        for p in problems[:50]:
            print(p)
        return 1
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(dumps(records))
        print(f"wrote {len(records)} records to {a.out}")
    if a.stats or not a.out:
        print(stats(records, negs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
