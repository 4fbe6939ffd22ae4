"""Build and check the blind15 corpus (synthetic Chinese bank-side documents, 10 new genres).

    python generate.py --seed 15 --n 800 --out corpus.jsonl   # rebuild (byte-identical)
    python generate.py --check corpus.jsonl                   # self_check a file
    python generate.py --stats                                # counts, hard negatives included

One ``random.Random(seed)`` drives the plan and every record. Only the standard library and
``cnpii.identifiers`` are used.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from random import Random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates as T  # noqa: E402

SOURCE = "blind15"
PII_FREE_SHARE = 48 / 80
LABELS = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "IP_ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE")
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,5}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def plan(rng: Random, n: int):
    """(genre, has_pii) for n records: equal shares per genre, 48/80 of each PII-free, shuffled."""
    genres = list(T.GENRES)
    per = n // len(genres)
    free = round(per * PII_FREE_SHARE)
    items = []
    for g in genres:
        items += [(g, False)] * free + [(g, True)] * (per - free)
    rng.shuffle(items)
    return items


def make_record(rng: Random, genre: str, pii: bool):
    """One record; redrawn (same rng) until a PII record has a span and nothing unlabelled validates."""
    tries = 0
    while True:
        tries += 1
        b = T.Builder()
        ctx = T.Ctx(rng, pii)
        doc = T.GENRES[genre](b, ctx)
        text = b.text
        if pii and not b.spans:
            continue
        if T.validator_hits(text, b.spans):
            continue
        return text, b.spans, b.negs, doc, tries


def generate(seed: int, n: int):
    rng = Random(seed)
    records, negs, docs, retries = [], Counter(), Counter(), 0
    for i, (genre, pii) in enumerate(plan(rng, n), 1):
        text, spans, ng, doc, tries = make_record(rng, genre, pii)
        negs.update(ng)
        docs[(genre, doc)] += 1
        retries += tries - 1
        records.append({"id": f"b15-{i:04d}", "source": SOURCE, "genre": genre, "text": text, "spans": spans})
    return records, negs, docs, retries


def span_ok(label: str, value: str) -> bool:
    if label in T.VALIDATORS:
        return T.VALIDATORS[label](value)
    if label == "PERSON":
        return bool(_PERSON.fullmatch(value))
    if label == "ADDRESS":
        return bool(re.search("[省市区县镇乡]", value) and re.search("[0-9０-９组号室弄巷]", value))
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(value))
    if label == "IP_ADDRESS":
        return T._is_ip(value)
    return False


def self_check(records, n_expected: int | None = None) -> list[str]:
    """Problems found (empty list = the corpus is consistent)."""
    errors = []
    ids = Counter(r["id"] for r in records)
    errors += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    per = defaultdict(lambda: [0, 0])
    for r in records:
        rid, text, spans = r["id"], r["text"], r["spans"]
        if set(r) != {"id", "source", "genre", "text", "spans"} or r["source"] != SOURCE:
            errors.append(f"{rid}: bad keys or source")
        if r["genre"] not in T.GENRES:
            errors.append(f"{rid}: unknown genre {r['genre']}")
        per[r["genre"]][bool(spans)] += 1
        last_end = -1
        for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
            s, e, lab = sp["start"], sp["end"], sp["label"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{rid}: span out of range {sp}")
                continue
            if lab not in LABELS:
                errors.append(f"{rid}: unknown label {lab}")
            if s < last_end:
                errors.append(f"{rid}: overlapping spans at {s}")
            last_end = max(last_end, e)
            if not span_ok(lab, text[s:e]):
                errors.append(f"{rid}: span {s}-{e} fails its {lab} check")
            if text[s:e] != text[s:e].strip():
                errors.append(f"{rid}: span {s}-{e} has outer whitespace")
        for s, e, lab in T.validator_hits(text, spans):
            errors.append(f"{rid}: unlabelled substring {s}-{e} passes {lab}")
    for g, (free, withpii) in per.items():
        if n_expected == 800 and (free, withpii) != (48, 32):
            errors.append(f"{g}: {free} PII-free / {withpii} with PII, expected 48 / 32")
    if n_expected is not None and len(records) != n_expected:
        errors.append(f"{len(records)} records, expected {n_expected}")
    return errors


def stats(records, negs=None, docs=None) -> str:
    out = ["| genre | records | PII-free | with PII | spans |", "|---|---|---|---|---|"]
    g = defaultdict(lambda: [0, 0, 0, 0])
    labels = Counter()
    for r in records:
        row = g[r["genre"]]
        row[0] += 1
        row[1 if not r["spans"] else 2] += 1
        row[3] += len(r["spans"])
        labels.update(s["label"] for s in r["spans"])
    tot = [0, 0, 0, 0]
    for name in T.GENRES:
        row = g[name]
        tot = [a + b for a, b in zip(tot, row)]
        out.append(f"| {name} | {row[0]} | {row[1]} | {row[2]} | {row[3]} |")
    out.append(f"| **total** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} |")
    out += ["", "| label | spans |", "|---|---|"]
    out += [f"| {lab} | {labels[lab]} |" for lab in LABELS]
    chars = sum(len(r["text"]) for r in records)
    out += ["", f"characters: {chars}, mean {chars / max(1, len(records)):.0f} per record"]
    if negs:
        out += ["", "| hard negative kind | count |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in sorted(negs.items(), key=lambda kv: -kv[1])]
        out.append(f"| **total** | {sum(negs.values())} |")
    if docs:
        out += ["", "| genre | document kind | records |", "|---|---|---|"]
        out += [f"| {g_} | {d} | {v} |" for (g_, d), v in sorted(docs.items())]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=None, help="write the corpus here (JSON lines)")
    ap.add_argument("--check", metavar="FILE", help="self_check an existing corpus file")
    ap.add_argument("--stats", action="store_true", help="print counts (regenerates to count hard negatives)")
    a = ap.parse_args(argv)
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f if line.strip()]
        errs = self_check(recs, len(recs) if len(recs) != 800 else 800)
        for e in errs[:50]:
            print(e)
        print(f"{a.check}: {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans, "
              f"{'OK' if not errs else str(len(errs)) + ' problems'}")
        return 1 if errs else 0
    recs, negs, docs, retries = generate(a.seed, a.n)
    errs = self_check(recs, a.n)
    if errs:
        for e in errs[:50]:
            print(e, file=sys.stderr)
        return 1
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(recs)} records to {a.out} (redraws: {retries})")
    if a.stats:
        print(stats(recs, negs, docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
