"""Generate (or check) the blind10 evaluation corpus.

    python generate.py --seed 10 --n 800 --out corpus.jsonl
    python generate.py --check corpus.jsonl

One ``random.Random(seed)`` drives everything, including the ``cnpii.identifiers`` ``generate``
calls, so the same seed gives the same file.  Only ``cnpii.identifiers`` is imported.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import templates as T  # noqa: E402

LABELS = {"PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS"}
ID_KIND = {"CN_ID_CARD": "resident_id", "CN_MOBILE": "mobile_phone", "CN_LANDLINE": "landline_phone",
           "BANK_CARD": "bank_card", "CN_PASSPORT": "passport", "CN_HK_MACAU_PERMIT": "hk_macau_permit",
           "CN_USCC": "uscc", "LICENSE_PLATE": "license_plate"}
ALNUM = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def self_check(rec, values=None):
    """Return a list of problems with one record (empty when the record is fine)."""
    errs = []
    text, spans = rec["text"], rec["spans"]
    if rec.get("source") != "blind10":
        errs.append("source")
    last = 0
    for i, s in enumerate(spans):
        a, e, lab = s["start"], s["end"], s["label"]
        if lab not in LABELS:
            errs.append(f"label {lab}")
        if not (0 <= a < e <= len(text)) or a < last:
            errs.append(f"span order/overlap {s}")
            continue
        last = e
        v = text[a:e]
        if values is not None and v != values[i]:
            errs.append(f"span text {v!r} != inserted {values[i]!r}")
        if v != v.strip():
            errs.append(f"whitespace around {v!r}")
        if lab in ID_KIND:
            if not T.VALIDATORS[ID_KIND[lab]](v):
                errs.append(f"invalid {lab} {v!r}")
        if lab in ID_KIND or lab in ("EMAIL", "IP_ADDRESS"):
            if (a > 0 and ALNUM.match(text[a - 1])) or (e < len(text) and ALNUM.match(text[e])):
                errs.append(f"glued {lab} {v!r}")
        if lab == "EMAIL" and not T.EMAIL_RE.fullmatch(v):
            errs.append(f"bad email {v!r}")
        if lab == "IP_ADDRESS" and not (T.IPV4_RE.fullmatch(v) and all(int(x) <= 255 for x in v.split("."))):
            errs.append(f"bad ip {v!r}")
        if lab == "PERSON" and not HAN.match(v):
            errs.append(f"bad person {v!r}")
        if lab == "ADDRESS" and not re.search(r"\d", v):
            errs.append(f"address without number {v!r}")
    if rec.get("pii") is False and spans:
        errs.append("PII-free record has spans")
    blank = list(text)
    for s in spans:
        for j in range(s["start"], s["end"]):
            blank[j] = "□"
    hits = T.lookalikes("".join(blank))
    if hits:
        errs.append(f"look-alike outside spans {hits[:3]}")
    return errs


def make_record(rng, genre, pii, idx):
    while True:
        b = T.B(rng, pii)
        T.GENRES[genre](b)
        if rng.random() < 0.75:
            T.hard_tail(b)
        if pii and not b.spans:
            continue
        values = [s.pop("value") for s in b.spans]
        rec = {"id": f"blind10-{idx:04d}", "source": "blind10", "genre": genre, "text": b.text(), "spans": b.spans}
        errs = self_check(dict(rec, pii=pii), values)
        if not errs:
            return rec, False
        yield_errs = errs  # redraw
        make_record.redraws[genre] += 1
        make_record.last[genre] = yield_errs


make_record.redraws = collections.Counter()
make_record.last = {}


def generate(seed, n):
    rng = random.Random(seed)
    genres = list(T.GENRES)
    per = n // len(genres)
    plan = []
    for g in genres:
        free = round(T.PII_FREE[g] * per / 80)
        plan += [(g, False)] * free + [(g, True)] * (per - free)
    rng.shuffle(plan)
    seen, out = set(), []
    for i, (g, pii) in enumerate(plan, 1):
        while True:
            rec, _ = make_record(rng, g, pii, i)
            if rec["text"] not in seen:
                break
        seen.add(rec["text"])
        out.append(rec)
    return out


def check_file(path):
    bad, seen, n = 0, set(), 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            n += 1
            if set(rec) != {"id", "source", "genre", "text", "spans"}:
                print(rec.get("id"), "keys", sorted(rec))
                bad += 1
            errs = self_check(rec)
            if rec["text"] in seen:
                errs.append("duplicate text")
            seen.add(rec["text"])
            if errs:
                bad += 1
                print(rec["id"], errs)
    print(f"{path}: {n} records, {bad} with problems")
    return bad == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl"))
    ap.add_argument("--check", metavar="FILE")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check_file(a.check) else 1)
    recs = generate(a.seed, a.n)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = collections.Counter(s["label"] for r in recs for s in r["spans"])
    print(f"wrote {len(recs)} records, {sum(labels.values())} spans to {a.out}")
    print("redraws:", dict(make_record.redraws))
    for g, e in make_record.last.items():
        print("  last redraw reason", g, e[:2])
    print(dict(labels))


if __name__ == "__main__":
    main()
