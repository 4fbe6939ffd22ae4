"""Generate and check the blind17 corpus of synthetic Chinese bank text.

    python generate.py --seed 17 --n 800 --out corpus.jsonl   # rebuild (byte-identical)
    python generate.py --check corpus.jsonl                    # run self_check on a file
    python generate.py --stats                                  # counts (labels, hard negatives)

One ``random.Random(seed)`` drives everything; only the standard library and
``cnpii.identifiers`` are used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates as T  # noqa: E402

SOURCE = "blind17"
LABELS = {"PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "IP_ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE"}
PII_FREE_SHARE = 0.6  # 48 of every 80


def plan(rng: random.Random, n: int):
    """(genre, has_pii) for every record: n/10 per genre, 60 % of them PII-free, shuffled."""
    genres = list(T.GENRES)
    items = []
    for i, g in enumerate(genres):
        count = n // len(genres) + (1 if i < n % len(genres) else 0)
        free = round(count * PII_FREE_SHARE)
        items += [(g, False)] * free + [(g, True)] * (count - free)
    rng.shuffle(items)
    return items


def make_record(rng: random.Random, genre: str, pii: bool, negs: Counter):
    for _ in range(100):
        b = T.Builder(rng, pii)
        T.GENRES[genre](b)
        text = b.text.rstrip()
        if any(s["end"] > len(text) for s in b.spans):
            continue
        if pii and not b.spans:
            continue
        if T.lookalikes(text, b.spans):
            continue
        negs.update(b.negs)
        return {"genre": genre, "text": text, "spans": b.spans}
    raise RuntimeError(f"could not build a {genre} record")


def generate(seed: int, n: int):
    rng = random.Random(seed)
    negs: Counter = Counter()
    records = []
    for i, (genre, pii) in enumerate(plan(rng, n), 1):
        rec = make_record(rng, genre, pii, negs)
        records.append({"id": f"b17-{i:04d}", "source": SOURCE, "genre": rec["genre"], "text": rec["text"],
                        "spans": rec["spans"]})
    return records, negs


def self_check(records) -> list[str]:
    """Problems found (an empty list when the corpus is sound)."""
    errors = []
    ids = set()
    for rec in records:
        rid = rec.get("id")
        if set(rec) != {"id", "source", "genre", "text", "spans"}:
            errors.append(f"{rid}: wrong keys {sorted(rec)}")
            continue
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if rec["source"] != SOURCE or rec["genre"] not in T.GENRES:
            errors.append(f"{rid}: bad source or genre")
        text, spans = rec["text"], rec["spans"]
        prev_end = 0
        for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
            a, e, lab = s["start"], s["end"], s["label"]
            if lab not in LABELS:
                errors.append(f"{rid}: unknown label {lab}")
                continue
            if not (0 <= a < e <= len(text)):
                errors.append(f"{rid}: offsets out of range {a}-{e}")
                continue
            if a < prev_end:
                errors.append(f"{rid}: overlapping spans at {a}")
            prev_end = max(prev_end, e)
            piece = text[a:e]
            if piece != piece.strip():
                errors.append(f"{rid}: span {a}-{e} has surrounding spaces")
            if not T.VALIDATORS[lab](piece):
                errors.append(f"{rid}: span {a}-{e} fails the {lab} validator")
        extra = T.lookalikes(text, spans)
        if extra:
            errors.append(f"{rid}: unlabelled substrings pass a validator at {extra[:3]}")
    by_genre = Counter((r["genre"], bool(r["spans"])) for r in records)
    genres = sorted({r["genre"] for r in records})
    for g in genres:
        free, with_pii = by_genre[(g, False)], by_genre[(g, True)]
        total = free + with_pii
        if free != round(total * PII_FREE_SHARE):
            errors.append(f"{g}: {free} PII-free of {total}, expected {round(total * PII_FREE_SHARE)}")
    return errors


def stats(records, negs=None) -> str:
    lines = ["| genre | records | PII-free | with PII | spans |", "|---|---|---|---|---|"]
    tot = Counter()
    for g in T.GENRES:
        rs = [r for r in records if r["genre"] == g]
        row = (len(rs), sum(not r["spans"] for r in rs), sum(bool(r["spans"]) for r in rs),
               sum(len(r["spans"]) for r in rs))
        tot.update(dict(zip("abcd", row)))
        lines.append(f"| {g} | " + " | ".join(map(str, row)) + " |")
    lines.append(f"| **total** | {tot['a']} | {tot['b']} | {tot['c']} | {tot['d']} |")
    labels = Counter(s["label"] for r in records for s in r["spans"])
    lines += ["", "| label | spans |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines.append(f"| **total** | {sum(labels.values())} |")
    if negs is not None:
        lines += ["", "| hard negative | written |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in sorted(negs.items(), key=lambda kv: (-kv[1], kv[0]))]
        lines.append(f"| **total** | {sum(negs.values())} |")
    chars = sum(len(r["text"]) for r in records)
    lines += ["", f"characters: {chars}, mean per record: {chars / max(1, len(records)):.0f}"]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=None, help="write the corpus here (JSON lines)")
    ap.add_argument("--check", metavar="FILE", default=None, help="self_check an existing corpus file")
    ap.add_argument("--stats", action="store_true", help="print genre, label and hard-negative counts")
    args = ap.parse_args(argv)
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        errors = self_check(records)
        for e in errors[:50]:
            print(e)
        print(f"{len(records)} records, {len(errors)} problems")
        if args.stats:
            print(stats(records))
        return 1 if errors else 0
    records, negs = generate(args.seed, args.n)
    errors = self_check(records)
    if errors:
        for e in errors[:50]:
            print(e, file=sys.stderr)
        return 1
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats or not args.out:
        print(stats(records, negs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
