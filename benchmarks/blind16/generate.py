"""Generate, check and describe the blind16 corpus.

    python generate.py --seed 16 --n 800 --out corpus.jsonl   # rebuild (byte-identical)
    python generate.py --check corpus.jsonl                    # self check of a file
    python generate.py --stats [--seed 16 --n 800]             # markdown tables for the README

One ``random.Random(seed)`` drives the plan and every template; only the standard library and
``cnpii.identifiers`` are used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates as T  # noqa: E402

SOURCE = "blind16"
PII_SHARE = 0.4  # 32 of every 80 records carry PII, 48 do not


def plan(r: random.Random, n: int):
    genres = list(T.GENRES)
    per = n // len(genres)
    rows = []
    for g in genres:
        k = round(per * PII_SHARE)
        flags = [True] * k + [False] * (per - k)
        r.shuffle(flags)
        rows += [(g, f) for f in flags]
    r.shuffle(rows)
    return rows


def build_one(r: random.Random, genre: str, pii: bool):
    for _ in range(500):
        b = T.Builder(r, pii)
        T.GENRES[genre](b)
        text = b.text()
        spans = b.spans
        if pii and not spans:
            continue
        if problems(text, spans, pii):
            continue
        return text, spans, b.negs
    raise RuntimeError(f"could not build a clean {genre} record")


def problems(text: str, spans, pii: bool) -> list[str]:
    """Everything wrong with one record (empty list if it is sound)."""
    out = []
    if not pii and spans:
        out.append("PII-free record has spans")
    last = 0
    for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
        s, e, lab = sp["start"], sp["end"], sp["label"]
        if not (0 <= s < e <= len(text)):
            out.append(f"span out of range {s}-{e}")
            continue
        if s < last:
            out.append(f"overlapping span at {s}")
        last = max(last, e)
        piece = text[s:e]
        if piece != piece.strip():
            out.append(f"span with outer whitespace at {s}")
        if not T.label_ok(lab, piece):
            out.append(f"span {s}-{e} fails its {lab} check")
    for s, e, lab in T.validator_hits(text):
        if not any(sp["start"] < e and s < sp["end"] for sp in spans):
            out.append(f"unlabelled substring {s}-{e} passes the {lab} validator")
    return out


def generate(seed: int, n: int):
    r = random.Random(seed)
    records, negs = [], defaultdict(Counter)
    for i, (genre, pii) in enumerate(plan(r, n)):
        text, spans, neg = build_one(r, genre, pii)
        negs[genre].update(neg)
        records.append({"id": f"b16-{i + 1:04d}", "source": SOURCE, "genre": genre, "text": text,
                        "spans": sorted(spans, key=lambda s: s["start"])})
    return records, negs


def self_check(records) -> list[str]:
    errors = []
    per = Counter(rec["genre"] for rec in records)
    ids = Counter(rec["id"] for rec in records)
    for k, v in ids.items():
        if v > 1:
            errors.append(f"duplicate id {k}")
    for rec in records:
        if rec.get("source") != SOURCE or rec["genre"] not in T.GENRES:
            errors.append(f"{rec['id']}: bad source or genre")
        pii = bool(rec["spans"])
        for p in problems(rec["text"], rec["spans"], pii):
            errors.append(f"{rec['id']}: {p}")
    for g in T.GENRES:
        if per[g] == 0:
            errors.append(f"genre {g} missing")
            continue
        with_pii = sum(1 for rec in records if rec["genre"] == g and rec["spans"])
        if with_pii != round(per[g] * PII_SHARE):
            errors.append(f"genre {g}: {with_pii} of {per[g]} records carry PII, not {PII_SHARE:.0%}")
    return errors


def write(records, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def stats(records, negs) -> str:
    lines = ["| genre | records | PII-free | with PII | spans |", "|---|---:|---:|---:|---:|"]
    tot = Counter()
    for g in T.GENRES:
        rs = [x for x in records if x["genre"] == g]
        free = sum(1 for x in rs if not x["spans"])
        sp = sum(len(x["spans"]) for x in rs)
        lines.append(f"| {g} | {len(rs)} | {free} | {len(rs) - free} | {sp} |")
        tot.update(records=len(rs), free=free, pii=len(rs) - free, spans=sp)
    lines.append(f"| **total** | {tot['records']} | {tot['free']} | {tot['pii']} | {tot['spans']} |")
    labels = Counter(s["label"] for x in records for s in x["spans"])
    lines += ["", "| label | spans |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in labels.most_common()]
    allneg = Counter()
    for c in negs.values():
        allneg.update(c)
    lines += ["", "| hard negative | count |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in allneg.most_common()]
    lines.append(f"| **total** | {sum(allneg.values())} |")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out")
    ap.add_argument("--check", metavar="FILE")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        recs = read(a.check)
        errs = self_check(recs)
        for e in errs[:50]:
            print(e)
        print(f"{len(recs)} records, {sum(len(x['spans']) for x in recs)} spans, {len(errs)} problems")
        return 1 if errs else 0
    records, negs = generate(a.seed, a.n)
    errs = self_check(records)
    if errs:
        for e in errs[:50]:
            print(e, file=sys.stderr)
        return 1
    if a.out:
        write(records, a.out)
        print(f"wrote {len(records)} records to {a.out}")
    if a.stats:
        print(stats(records, negs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
