"""Generate (and check) the blind11 evaluation corpus.

    python generate.py --seed 11 --n 800 --out corpus.jsonl     # rebuild byte-identically
    python generate.py --check corpus.jsonl                      # run self_check on a file
    python generate.py --seed 11 --n 800 --stats                 # tables for README.md
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates as T  # noqa: E402

SOURCE = "blind11"
PII_SHARE = 0.4
HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
GLUE = re.compile(r"[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
HAS_NUMBER = re.compile(r"[0-9\uff10-\uff19一二三四五六七八九十百零〇]")
BLANK = "▮"


def self_check(rec: dict, built: list | None = None, seen: set | None = None) -> list[str]:
    """Problems of one record (empty list = fine). ``built``: (start, end, label, value) from the builder."""
    p = []
    text, spans = rec["text"], rec["spans"]
    # 1. span text equals the value written at build time
    if built is not None:
        if len(built) != len(spans):
            p.append("1: span count differs from build")
        for (s, e, lab, v), sp in zip(built, spans):
            if text[s:e] != v or (sp["start"], sp["end"], sp["label"]) != (s, e, lab):
                p.append(f"1: span {s}-{e} differs from built value")
    # 2. order, overlap, range, whitespace, labels
    prev = 0
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        if not (0 <= s < e <= len(text)):
            p.append(f"2: span {s}-{e} out of range")
            continue
        if s < prev:
            p.append(f"2: span {s}-{e} overlaps or is out of order")
        prev = e
        if text[s:e] != text[s:e].strip():
            p.append(f"2: span {s}-{e} has surrounding whitespace")
        if lab not in T.LABELS:
            p.append(f"2: unknown label {lab}")
    # 3. validators / shape
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        v = text[s:e]
        if lab in T.VALIDATORS:
            val = T.spoken_to_digits(v) if any(c in T.SPOKEN for c in v) else v
            if not T.VALIDATORS[lab].is_valid(val):
                p.append(f"3: {lab} span {s}-{e} fails its validator")
        elif lab == "PERSON" and not HAN.fullmatch(v):
            p.append(f"3: PERSON span {s}-{e} is not 2-4 Han characters")
        elif lab == "ADDRESS" and not HAS_NUMBER.search(v):
            p.append(f"3: ADDRESS span {s}-{e} has no number")
        elif lab == "EMAIL" and not T.RE_EMAIL.fullmatch(v):
            p.append(f"3: EMAIL span {s}-{e} malformed")
        elif lab == "IP_ADDRESS" and not (T.RE_IPV4.fullmatch(v) and all(int(x) <= 255 for x in v.split("."))):
            p.append(f"3: IP span {s}-{e} malformed")
    # 4. identifier spans not glued to letters/digits
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        if lab in ("PERSON", "ADDRESS"):
            continue
        if (s > 0 and GLUE.match(text[s - 1])) or (e < len(text) and GLUE.match(text[e])):
            p.append(f"4: {lab} span {s}-{e} glued to a letter or digit")
    # 5. PII-free records have no spans
    if rec.get("pii") is False and spans:
        p.append("5: PII-free record has spans")
    # 6. no look-alike outside spans
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = BLANK
    for s, e, lab in T.lookalikes("".join(chars)):
        p.append(f"6: {lab} look-alike outside spans at {s}-{e}")
    # 7. duplicate texts
    if seen is not None and text in seen:
        p.append("7: duplicate text")
    return p


def plan(rng: random.Random, n: int) -> list[tuple[str, bool]]:
    genres = list(T.GENRES)
    per = n // len(genres)
    items = []
    for g in genres:
        k = round(per * PII_SHARE)
        items += [(g, True)] * k + [(g, False)] * (per - k)
    rng.shuffle(items)
    return items


def generate(seed: int, n: int):
    rng = random.Random(seed)
    seen: set = set()
    out, stats = [], {"negs": {True: Counter(), False: Counter()}, "redraws": Counter()}
    for i, (genre, pii) in enumerate(plan(rng, n), 1):
        for attempt in range(300):
            b = T.Builder(rng, pii)
            T.GENRES[genre](b)
            text = b.text()
            spans = [{"start": s, "end": e, "label": lab} for s, e, lab, _ in b.spans]
            rec = {"id": f"blind11-{i:04d}", "source": SOURCE, "genre": genre, "text": text, "spans": spans}
            probs = self_check(dict(rec, pii=pii), b.spans, seen)
            if pii and not spans:
                probs.append("PII record without spans")
            if not probs:
                break
            stats["redraws"][probs[0].split(":")[0]] += 1
        else:
            raise RuntimeError(f"record {i} ({genre}) could not be drawn cleanly: {probs[:3]}")
        seen.add(text)
        stats["negs"][pii].update(b.negs)
        out.append(rec)
    return out, stats


def check_file(path: str) -> int:
    seen: set = set()
    per: dict = {}
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            per.setdefault(rec["genre"], Counter())
            for prob in self_check(rec, None, seen):
                n += 1
                print(rec["id"], prob)
            seen.add(rec["text"])
            per[rec["genre"]][bool(rec["spans"])] += 1
    for g, c in sorted(per.items()):
        print(f"{g}: {c[False]} span-free, {c[True]} with spans")
    return n


def print_stats(recs, stats):
    lab = Counter(sp["label"] for r in recs for sp in r["spans"])
    print("| genre | records | PII-free | with PII | spans |\n|---|---|---|---|---|")
    for g in T.GENRES:
        rs = [r for r in recs if r["genre"] == g]
        print(f"| {g} | {len(rs)} | {sum(not r['spans'] for r in rs)} | {sum(bool(r['spans']) for r in rs)} | {sum(len(r['spans']) for r in rs)} |")
    print(f"| total | {len(recs)} | {sum(not r['spans'] for r in recs)} | {sum(bool(r['spans']) for r in recs)} | {sum(lab.values())} |")
    print("\n| label | spans |\n|---|---|")
    for k, v in lab.most_common():
        print(f"| {k} | {v} |")
    print("\n| hard negative | PII-free records | PII records |\n|---|---|---|")
    allk = stats["negs"][False] + stats["negs"][True]
    for k, _ in allk.most_common():
        print(f"| {k} | {stats['negs'][False][k]} | {stats['negs'][True][k]} |")
    print("\nredraws by first failing rule:", dict(stats["redraws"]))
    chars = sum(len(r["text"]) for r in recs)
    print("characters:", chars, "mean per record:", chars // len(recs))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out")
    ap.add_argument("--check")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        n = check_file(a.check)
        print(f"{a.check}: {n} problems")
        return 1 if n else 0
    recs, stats = generate(a.seed, a.n)
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans to {a.out}")
    if a.stats:
        print_stats(recs, stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
