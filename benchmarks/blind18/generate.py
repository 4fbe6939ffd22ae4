"""Generate and check the blind18 corpus.

    python generate.py --seed 18 --n 800 --out corpus.jsonl   # rebuild (byte-identical)
    python generate.py --check corpus.jsonl                    # self_check a file
    python generate.py --stats                                 # tables for the README

Only the standard library and ``cnpii.identifiers`` are used; one ``random.Random(seed)``
drives everything.
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

SOURCE = "blind18"
LABELS = ["PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL",
          "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE"]
PII_SHARE = 0.4  # 32 of 80 records per genre carry PII
_ADDR_CHARS = set("省市区县镇乡村组路街道号弄巷栋室楼里园苑城")
_IDENT = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz０１２３４５６７８９")


def plan(rng, n):
    per = n // len(T.GENRES)
    n_pii = round(per * PII_SHARE)
    items = []
    for g in T.GENRES:
        flags = [True] * n_pii + [False] * (per - n_pii)
        rng.shuffle(flags)
        items += [(g, f) for f in flags]
    rng.shuffle(items)
    return items


def record_problems(rec) -> list[str]:
    """What is wrong with one record (empty list: nothing)."""
    text, spans = rec["text"], rec["spans"]
    probs = []
    last = 0
    for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
        a, e, lab = sp["start"], sp["end"], sp["label"]
        if not (isinstance(a, int) and isinstance(e, int) and 0 <= a < e <= len(text)):
            probs.append("offsets out of range")
            continue
        if a < last:
            probs.append("overlapping spans")
        last = e
        v = text[a:e]
        if lab not in LABELS:
            probs.append("unknown label " + lab)
        elif lab in T.VALIDATORS:
            if not T.VALIDATORS[lab](v):
                probs.append(lab + " span fails its validator")
        elif lab == "EMAIL":
            if not T.email_ok(v):
                probs.append("bad EMAIL span")
        elif lab == "IP_ADDRESS":
            if not T.ip_ok(v):
                probs.append("bad IP span")
        elif lab == "PERSON":
            if not (2 <= len(v) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in v)):
                probs.append("bad PERSON span")
        elif lab == "ADDRESS":
            if len(v) < 6 or not (set(v) & _ADDR_CHARS):
                probs.append("bad ADDRESS span")
        if v != v.strip():
            probs.append("span with outer whitespace")
        if lab not in ("PERSON", "ADDRESS"):
            if (a > 0 and text[a - 1] in _IDENT) or (e < len(text) and text[e] in _IDENT):
                probs.append(lab + " span cuts a longer token")
    # nothing outside the spans may pass an identifier validator
    masked = list(text)
    for sp in spans:
        for k in range(sp["start"], min(sp["end"], len(text))):
            masked[k] = "\u2588"
    hits = T.validator_hits("".join(masked))
    if hits:
        probs.append("unlabelled substring passes %s" % hits[0][2])
    return probs


def build(rng, genre, pii):
    for attempt in range(100):
        b = T.Builder(rng, pii)
        T.GENRES[genre](b)
        text = b.text().rstrip("\n")
        spans = [s for s in b.spans if s["end"] <= len(text)]
        if pii and not spans:
            continue
        rec = {"text": text, "spans": spans}
        if record_problems(rec):
            continue
        return text, spans, b.neg, attempt
    raise RuntimeError("no clean record for " + genre)


def generate(seed, n):
    rng = random.Random(seed)
    recs, negs, retries = [], Counter(), 0
    for k, (genre, pii) in enumerate(plan(rng, n)):
        text, spans, neg, att = build(rng, genre, pii)
        retries += att
        negs.update(neg)
        recs.append({"id": "%s-%04d" % (SOURCE, k + 1), "source": SOURCE, "genre": genre,
                     "text": text, "spans": spans})
    return recs, negs, retries


def dumps(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def self_check(recs, n=None) -> list[str]:
    errs = []
    ids = Counter(r["id"] for r in recs)
    if any(c > 1 for c in ids.values()):
        errs.append("duplicate ids")
    per = Counter()
    for r in recs:
        if set(r) != {"id", "source", "genre", "text", "spans"} or r["source"] != SOURCE:
            errs.append(r["id"] + ": bad record keys or source")
        if r["genre"] not in T.GENRES:
            errs.append(r["id"] + ": unknown genre")
        per[(r["genre"], bool(r["spans"]))] += 1
        for p in record_problems(r):
            errs.append(r["id"] + ": " + p)
    if n is not None:
        g = n // len(T.GENRES)
        for genre in T.GENRES:
            if per[(genre, True)] != round(g * PII_SHARE) or per[(genre, False)] != g - round(g * PII_SHARE):
                errs.append(genre + ": wrong PII / PII-free split")
    return errs


def stats(recs, negs) -> str:
    out = ["| genre | records | PII-free | with PII | spans |", "|---|---|---|---|---|"]
    for g in T.GENRES:
        rs = [r for r in recs if r["genre"] == g]
        out.append("| %s | %d | %d | %d | %d |" % (g, len(rs), sum(not r["spans"] for r in rs),
                                                   sum(bool(r["spans"]) for r in rs),
                                                   sum(len(r["spans"]) for r in rs)))
    lab = Counter(s["label"] for r in recs for s in r["spans"])
    out += ["", "| label | spans |", "|---|---|"]
    out += ["| %s | %d |" % (l, lab[l]) for l in LABELS]
    out.append("| total | %d |" % sum(lab.values()))
    if negs:
        out += ["", "| hard negative kind | written |", "|---|---|"]
        out += ["| %s | %d |" % (k, v) for k, v in sorted(negs.items(), key=lambda kv: (-kv[1], kv[0]))]
        out.append("| total | %d |" % sum(negs.values()))
    sw = Counter()
    for r in recs:
        for w in T.W.SURNAME_WORDS:
            sw[w] += r["text"].count(w)
    out.append("| surname-first everyday words (occurrences in the text) | %d |" % sum(sw.values()))
    chars = sum(len(r["text"]) for r in recs)
    out += ["", "records: %d, characters: %d" % (len(recs), chars)]
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=None)
    ap.add_argument("--check", metavar="FILE", default=None)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f]
        errs = self_check(recs, len(recs))
        for e in errs[:50]:
            print(e)
        print("%s: %d records, %d problems" % (a.check, len(recs), len(errs)))
        return 1 if errs else 0
    recs, negs, retries = generate(a.seed, a.n)
    errs = self_check(recs, a.n)
    if errs:
        for e in errs[:50]:
            print(e)
        return 1
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(dumps(recs))
        print("wrote %s: %d records (%d redrawn records), self_check passed" % (a.out, len(recs), retries))
    if a.stats:
        print(stats(recs, negs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
