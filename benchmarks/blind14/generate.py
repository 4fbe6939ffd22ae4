"""Build, check and describe the blind14 corpus.

    python generate.py --seed 14 --n 800 --out corpus.jsonl   # rebuild (byte-identical)
    python generate.py --check corpus.jsonl                   # self_check an existing file
    python generate.py --stats                                # tables for the README

Only the standard library and cnpii.identifiers are used.  One random.Random(seed) drives
everything: the plan, every template choice and every value.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from templates import GENRES, VALIDATORS, Builder, build, unlabelled_hits  # noqa: E402

SOURCE = "blind14"
LABELS = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL",
          "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE")
FREE_SHARE = 0.6  # 48 of every 80


def plan(rng, n):
    per = n // len(GENRES)
    free = round(per * FREE_SHARE)
    items = []
    for g in GENRES:
        flags = [False] * free + [True] * (per - free)
        rng.shuffle(flags)
        items += [(g, f) for f in flags]
    rng.shuffle(items)
    return items


def record_problems(rec):
    """Everything self_check demands of one record, as a list of messages."""
    out = []
    text, spans = rec["text"], rec["spans"]
    if rec.get("source") != SOURCE:
        out.append("source")
    if rec.get("genre") not in GENRES:
        out.append("genre")
    last = 0
    for sp in spans:
        a, b, lab = sp["start"], sp["end"], sp["label"]
        if lab not in LABELS:
            out.append(f"label {lab}")
            continue
        if not (0 <= a < b <= len(text)):
            out.append(f"range {a}-{b}")
            continue
        if a < last:
            out.append(f"overlap at {a}")
        last = b
        val = text[a:b]
        if val != val.strip():
            out.append(f"whitespace in {lab} span")
        if not VALIDATORS[lab](val):
            out.append(f"{lab} span fails its validator")
    for a, b, lab in unlabelled_hits(text, spans):
        out.append(f"unlabelled {lab} at {a}-{b}")
    return out


def generate(seed, n):
    rng = random.Random(seed)
    records, negs, retries = [], Counter(), 0
    for i, (genre, pii) in enumerate(plan(rng, n)):
        while True:
            b = Builder(rng, pii)
            build(genre, b)
            text = b.text().rstrip("\n")
            rec = {"id": f"blind14-{i + 1:04d}", "source": SOURCE, "genre": genre, "text": text,
                   "spans": b.spans}
            ok = all(sp["end"] <= len(text) for sp in b.spans)
            if ok and pii and not b.spans:
                ok = False
            if ok and not pii and b.spans:
                ok = False
            if ok and record_problems(rec):
                ok = False
            if ok:
                break
            retries += 1
        records.append(rec)
        negs.update(b.negs)
    return records, negs, retries


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def self_check(records, expect_n=None):
    problems = []
    ids = Counter(r["id"] for r in records)
    problems += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    for r in records:
        if set(r) != {"id", "source", "genre", "text", "spans"}:
            problems.append(f"{r['id']}: keys")
        for p in record_problems(r):
            problems.append(f"{r['id']}: {p}")
    if expect_n:
        per = expect_n // len(GENRES)
        free = round(per * FREE_SHARE)
        for g in GENRES:
            rs = [r for r in records if r["genre"] == g]
            nf = sum(1 for r in rs if not r["spans"])
            if len(rs) != per or nf != free:
                problems.append(f"{g}: {len(rs)} records, {nf} PII-free (want {per}, {free})")
    return problems


def stats(records, negs, retries):
    lines = ["| genre | records | PII-free | with PII | spans |", "|---|---:|---:|---:|---:|"]
    tot = [0, 0, 0, 0]
    for g in GENRES:
        rs = [r for r in records if r["genre"] == g]
        row = [len(rs), sum(1 for r in rs if not r["spans"]), sum(1 for r in rs if r["spans"]),
               sum(len(r["spans"]) for r in rs)]
        tot = [a + b for a, b in zip(tot, row)]
        lines.append(f"| {g} | " + " | ".join(map(str, row)) + " |")
    lines.append("| **total** | " + " | ".join(f"**{x}**" for x in tot) + " |")
    lines += ["", "| label | spans |", "|---|---:|"]
    lc = Counter(sp["label"] for r in records for sp in r["spans"])
    for lab in LABELS:
        lines.append(f"| {lab} | {lc[lab]} |")
    lines += ["", "| hard negative | written |", "|---|---:|"]
    for k, v in sorted(negs.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |")
    lines.append(f"| **total** | **{sum(negs.values())}** |")
    chars = sum(len(r["text"]) for r in records)
    lines += ["", f"characters: {chars}; mean record length: {chars / max(1, len(records)):.0f}; "
              f"records redrawn during generation: {retries}"]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=None, help="write the corpus here (JSON lines)")
    ap.add_argument("--check", metavar="FILE", help="self_check an existing corpus file")
    ap.add_argument("--stats", action="store_true", help="print genre, label and hard-negative tables")
    a = ap.parse_args(argv)
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f if line.strip()]
        probs = self_check(recs, expect_n=len(recs) if len(recs) % len(GENRES) == 0 else None)
        for p in probs[:50]:
            print(p)
        print(f"{a.check}: {len(recs)} records, {len(probs)} problems")
        return 1 if probs else 0
    records, negs, retries = generate(a.seed, a.n)
    probs = self_check(records, expect_n=a.n)
    if probs:
        for p in probs[:50]:
            print(p)
        return 1
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(dump(records))
        print(f"wrote {len(records)} records to {a.out}; self_check passed")
    if a.stats:
        print(stats(records, negs, retries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
