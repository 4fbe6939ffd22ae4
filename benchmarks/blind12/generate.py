"""Generate (and check) the blind12 evaluation corpus.

    python generate.py --seed 12 --n 800 --out corpus.jsonl   # rebuild (byte-identical)
    python generate.py --check corpus.jsonl                    # run self_check on a file
    python generate.py --stats corpus.jsonl                    # counts for the README

One random.Random(seed) drives the plan, every template and every identifier generate(rng) call.
"""
from __future__ import annotations

import argparse
import collections
import ipaddress
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates as T  # noqa: E402

PII_FREE_SHARE = 0.6
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_GLUE = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
NON_ID = {"PERSON", "ADDRESS"}


def self_check(rec: dict, values=None) -> list[str]:
    """Problems with one record (empty list = fine). ``values`` are the strings inserted at build
    time, one per span, when the record has just been built."""
    text, spans, probs = rec["text"], rec["spans"], []
    prev_end = 0
    for k, sp in enumerate(spans):
        s, e, lab = sp["start"], sp["end"], sp["label"]
        v = text[s:e]
        if values is not None and v != values[k]:
            probs.append(f"span {k}: text differs from inserted value")
        if not (0 <= s < e <= len(text)) or s < prev_end:
            probs.append(f"span {k}: out of range, unordered or overlapping")
        prev_end = e
        if v != v.strip():
            probs.append(f"span {k}: surrounding whitespace")
        if lab not in T.LABELS:
            probs.append(f"span {k}: unknown label {lab}")
        if lab in T.VALIDATORS and not T.VALIDATORS[lab].is_valid(v):
            probs.append(f"span {k}: {lab} fails its validator")
        if lab == "PERSON" and not _HAN.match(v):
            probs.append(f"span {k}: PERSON is not 2-4 Han characters")
        if lab == "ADDRESS" and not re.search(r"[0-9０-９]", v):
            probs.append(f"span {k}: ADDRESS has no number")
        if lab == "EMAIL" and not T.EMAIL_RE.fullmatch(v):
            probs.append(f"span {k}: bad e-mail")
        if lab == "IP_ADDRESS":
            try:
                ipaddress.IPv4Address(v)
            except ValueError:
                probs.append(f"span {k}: bad IPv4")
        if lab not in NON_ID:
            if (s > 0 and _GLUE.match(text[s - 1])) or (e < len(text) and _GLUE.match(text[e])):
                probs.append(f"span {k}: {lab} glued to a letter or digit")
    if rec.get("_pii") is False and spans:
        probs.append("PII-free record has spans")
    # look-alikes outside spans
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "□"
    blank = "".join(chars)
    for cand, mod in T.passing(blank):
        probs.append(f"look-alike outside spans passes {mod}")
    if T.EMAIL_RE.search(blank):
        probs.append("e-mail outside spans")
    for m in T.IPV4_RE.finditer(blank):
        try:
            ipaddress.IPv4Address(m.group())
            probs.append("IPv4 outside spans")
        except ValueError:
            pass
    return probs


def build(rng: random.Random, genre: str, pii: bool):
    for attempt in range(200):
        g = T.Gen(rng)
        T.GENRES[genre](g, pii)
        text = g.b.text().strip("\n")
        lead = len(g.b.text()) - len(g.b.text().lstrip("\n"))
        spans = [{"start": s - lead, "end": e - lead, "label": lab} for s, e, lab, _ in g.b.spans]
        values = [v for *_, v in g.b.spans]
        rec = {"text": text, "spans": spans, "_pii": pii}
        if pii and not spans:
            continue
        if self_check(rec, values):
            continue
        return rec, g.b.negs, attempt
    raise RuntimeError(f"could not build a {genre} record")


def generate(seed: int, n: int):
    rng = random.Random(seed)
    genres = list(T.GENRES)
    per = n // len(genres)
    plan = []
    for gname in genres:
        n_free = round(per * PII_FREE_SHARE)
        plan += [(gname, False)] * n_free + [(gname, True)] * (per - n_free)
    rng.shuffle(plan)
    seen, recs, negstats, redraws = set(), [], [], 0
    for i, (gname, pii) in enumerate(plan):
        while True:
            rec, negs, att = build(rng, gname, pii)
            redraws += att
            if rec["text"] not in seen:
                break
            redraws += 1
        seen.add(rec["text"])
        recs.append({"id": f"blind12-{i + 1:04d}", "source": "blind12", "genre": gname,
                     "text": rec["text"], "spans": rec["spans"]})
        negstats.append((gname, pii, negs))
    return recs, negstats, redraws


def check_file(path: str) -> int:
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    n_prob, texts = 0, collections.Counter(r["text"] for r in recs)
    for r in recs:
        for p in self_check(r):
            n_prob += 1
            print(f"{r['id']}: {p}")
    dups = sum(c - 1 for c in texts.values() if c > 1)
    if dups:
        print(f"{dups} duplicate texts")
    n_prob += dups
    free = sum(1 for r in recs if not r["spans"])
    print(f"{len(recs)} records, {free} without spans, {sum(len(r['spans']) for r in recs)} spans; problems: {n_prob}")
    return n_prob


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default="corpus.jsonl")
    ap.add_argument("--check")
    ap.add_argument("--stats", action="store_true", help="print counts for the README after generating")
    a = ap.parse_args(argv)
    if a.check:
        sys.exit(1 if check_file(a.check) else 0)
    recs, negstats, redraws = generate(a.seed, a.n)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out} ({redraws} redraws)")
    if a.stats:
        print_stats(recs, negstats)


def print_stats(recs, negstats):
    by = collections.defaultdict(lambda: [0, 0, 0, 0])
    labels = collections.Counter()
    for r in recs:
        row = by[r["genre"]]
        row[0] += 1
        row[1 if not r["spans"] else 2] += 1
        row[3] += len(r["spans"])
        labels.update(s["label"] for s in r["spans"])
    print("genre records free pii spans")
    for gname, row in by.items():
        print(gname, *row)
    print("labels", dict(labels.most_common()))
    nk = collections.defaultdict(lambda: [0, 0])
    for gname, pii, negs in negstats:
        for k in negs:
            nk[k][1 if pii else 0] += 1
    print("hard negatives (free, pii):")
    for k, (a, b) in sorted(nk.items(), key=lambda x: -sum(x[1])):
        print(f"  {k} {a} {b}")
    lens = [len(r["text"]) for r in recs]
    print("chars", sum(lens), "mean", sum(lens) / len(lens))


if __name__ == "__main__":
    main()
