"""Generate and check the blind24 corpus.

    python generate.py --seed 24 --n 800 --out corpus.jsonl   # byte-identical on rerun
    python generate.py --check corpus.jsonl                   # self_check a file
    python generate.py --stats                                # counts tables (markdown)
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
import words as W  # noqa: E402

SOURCE = "blind24"
GENRE_ORDER = list(T.GENRES)
ID_LABELS = set(T.VALIDATORS) | {"EMAIL", "IP_ADDRESS"}


def _alnum(c: str) -> bool:
    return T._alnum(c)


def check_record(rec: dict) -> list[str]:
    """Problems with one record (empty list: the record passes)."""
    errs = []
    text, spans = rec["text"], rec["spans"]
    prev_end = 0
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        if not (0 <= s < e <= len(text)):
            errs.append(f"offsets out of range {sp}")
            continue
        if s < prev_end:
            errs.append(f"spans unsorted/overlapping at {s}")
        prev_end = e
        if lab not in T.LABELS:
            errs.append(f"label {lab} not in scheme")
        val = text[s:e]
        if lab in T.VALIDATORS and not T.VALIDATORS[lab](val):
            errs.append(f"{lab} span fails validator: {val!r}")
        if lab == "EMAIL" and not T.EMAIL_RE.fullmatch(val):
            errs.append(f"EMAIL span does not parse: {val!r}")
        if lab == "IP_ADDRESS":
            try:
                ipaddress.ip_address(val)
            except ValueError:
                errs.append(f"IP span does not parse: {val!r}")
        if lab == "PERSON" and not T.CJK_RE.match(val):
            errs.append(f"PERSON span not 2-4 CJK: {val!r}")
        if lab == "ADDRESS" and not (set(val) & W.ADDR_CHARS):
            errs.append(f"ADDRESS span without address character: {val!r}")
        if lab in ID_LABELS:
            if (s > 0 and _alnum(text[s - 1]) and _alnum(val[0])) or (e < len(text) and _alnum(text[e]) and _alnum(val[-1])):
                errs.append(f"{lab} span inside a longer token: {val!r}")
    blank = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            blank[i] = "■"
    bad = T.bad_windows("".join(blank))
    if bad:
        errs.append(f"unlabelled window passes {bad[0][0]}: {bad[0][1]!r}")
    return errs


def self_check(records: list[dict]) -> list[str]:
    errs = []
    split = Counter()
    for r in records:
        for e in check_record(r):
            errs.append(f"{r['id']}: {e}")
        split[(r["genre"], bool(r["spans"]))] += 1
    genres = sorted({r["genre"] for r in records})
    for g in genres:
        free, pii = split[(g, False)], split[(g, True)]
        if len(records) == 800 and (free, pii) != (40, 40):
            errs.append(f"{g}: split {free}/{pii}, expected 40/40")
    return errs


def plan(rng: random.Random, n: int) -> list[tuple[str, bool]]:
    per = n // len(GENRE_ORDER)
    items = []
    for g in GENRE_ORDER:
        n_pii = round(per * 40 / 80)
        items += [(g, False)] * (per - n_pii) + [(g, True)] * n_pii
    rng.shuffle(items)
    return items


def build_one(rng: random.Random, genre: str, pii: bool, rid: str, stats: Counter):
    for attempt in range(60):
        b = T.Builder(rng, pii, genre)
        T.render(b)
        text = "".join(b.parts).rstrip()
        spans = [s for s in b.spans if s["end"] <= len(text)]
        if pii and not spans:
            continue
        rec = {"id": rid, "source": SOURCE, "genre": genre, "text": text, "spans": spans}
        if check_record(rec):
            stats["redrawn_failing_check"] += 1
            continue
        return rec, b.negs
    raise RuntimeError(f"could not build {rid}")


def generate(seed: int, n: int):
    rng = random.Random(seed)
    stats = Counter()
    negs = Counter()
    records = []
    for i, (g, pii) in enumerate(plan(rng, n)):
        rec, ng = build_one(rng, g, pii, f"b24-{i + 1:05d}", stats)
        records.append(rec)
        negs.update(ng)
    return records, negs, stats


def count_surname_words(records) -> int:
    return sum(r["text"].count(w) for r in records for w in W.SURNAME_WORDS)


def print_stats(records, negs, stats):
    by_g = Counter()
    for r in records:
        by_g[(r["genre"], "n")] += 1
        by_g[(r["genre"], "pii" if r["spans"] else "free")] += 1
        by_g[(r["genre"], "spans")] += len(r["spans"])
    print("| genre | records | PII-free | with PII | spans |\n|---|---|---|---|---|")
    for g in GENRE_ORDER:
        print(f"| {g} | {by_g[(g, 'n')]} | {by_g[(g, 'free')]} | {by_g[(g, 'pii')]} | {by_g[(g, 'spans')]} |")
    lab = Counter(s["label"] for r in records for s in r["spans"])
    print("\n| label | spans |\n|---|---|")
    for l in T.LABELS:
        print(f"| {l} | {lab[l]} |")
    print(f"| total | {sum(lab.values())} |")
    print("\n| hard negative kind | written |\n|---|---|")
    for k, v in negs.most_common():
        print(f"| {k} | {v} |")
    print(f"| total | {sum(negs.values())} |")
    print(f"| surname-first everyday words (occurrences in the text) | {count_surname_words(records)} |")
    chars = sum(len(r["text"]) for r in records)
    print(f"\nrecords: {len(records)}, characters: {chars}, mean {chars / max(1, len(records)):.1f} per record; "
          f"records redrawn after failing self_check: {stats['redrawn_failing_check']}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=24)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=None)
    ap.add_argument("--check", metavar="FILE", default=None)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f if line.strip()]
        errs = self_check(recs)
        for e in errs[:50]:
            print(e)
        print(f"self_check: {len(recs)} records, {len(errs)} problems")
        return 1 if errs else 0
    records, negs, stats = generate(a.seed, a.n)
    errs = self_check(records)
    if errs:
        for e in errs[:50]:
            print(e, file=sys.stderr)
        raise SystemExit(f"self_check failed: {len(errs)} problems")
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {a.out}; self_check passed", file=sys.stderr)
    if a.stats or not a.out:
        print_stats(records, negs, stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
