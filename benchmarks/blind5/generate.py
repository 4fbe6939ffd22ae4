"""Generate the blind5 corpus (deterministic): python generate.py -> corpus.jsonl."""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cnpii.identifiers as ids  # noqa: E402

import templates as T  # noqa: E402

SEED = 20261202
N_TOTAL = 700
NEG_SHARE = 0.30
CHECK_MODULES = ["resident_id", "mobile_phone", "bank_card", "landline_phone", "passport",
                 "hk_macau_permit", "uscc", "license_plate", "taiwan_permit", "bank_account"]
LABELS = {"PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS"}
RUN = re.compile(r"[0-9A-Za-z]+")


def _outside_runs(text, spans):
    mask = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            mask[i] = True
    for m in RUN.finditer(text):
        if any(mask[m.start():m.end()]) or not any(c.isdigit() for c in m.group()):
            continue
        yield m.start(), m.group()


def lookalike_ok(text, spans):
    """No digit/alphanumeric run outside a span passes any validator (also with the char before)."""
    mods = [ids.module_for(m) for m in CHECK_MODULES if m in ids.MODULES]
    for start, run in _outside_runs(text, spans):
        cands = [run]
        if start > 0:
            cands.append(text[start - 1] + run)
        for c in cands:
            for mod in mods:
                if mod.is_valid(c):
                    return False
    return True


def self_check(records, values):
    ids_seen = set()
    for rec, vals in zip(records, values):
        assert rec["id"] not in ids_seen
        ids_seen.add(rec["id"])
        assert set(rec) == {"id", "source", "genre", "text", "spans"}
        text, spans = rec["text"], rec["spans"]
        prev = 0
        for s, (a, e, v) in zip(spans, vals):
            assert s["label"] in LABELS
            assert (s["start"], s["end"]) == (a, e) and text[a:e] == v and v.strip() == v and v
            assert s["start"] >= prev, rec["id"]
            prev = s["end"]
        if rec["genre"].endswith("_neg") or rec.get("_neg"):
            assert not spans
        assert lookalike_ok(text, spans), rec["id"]


def build():
    rng = random.Random(SEED)
    genres = list(T.GENRES)
    records, values, kinds = [], [], []
    n_neg = round(N_TOTAL * NEG_SHARE)
    plan = [True] * n_neg + [False] * (N_TOTAL - n_neg)
    rng.shuffle(plan)
    for i, neg in enumerate(plan):
        pos_genres = [g for g in genres if T.GENRES[g][0] is not None]
        g = rng.choice(genres if neg else pos_genres)
        fn = T.GENRES[g][1] if neg else T.GENRES[g][0]
        for _ in range(100):
            b = T.Builder()
            fn(rng, b)
            text = b.text()
            if lookalike_ok(text, b.spans) and (neg or b.spans):
                break
        else:
            raise RuntimeError("could not draw record %d" % i)
        records.append({"id": "b5-%04d" % (i + 1), "source": "blind5", "genre": g, "text": text,
                        "spans": b.spans})
        values.append(b.values)
        kinds.append(neg)
    for rec, neg in zip(records, kinds):
        if neg:
            assert not rec["spans"], rec["id"]
    self_check(records, values)
    return records


def main():
    records = build()
    out = HERE / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    lab = Counter(s["label"] for r in records for s in r["spans"])
    gen = Counter(r["genre"] for r in records)
    free = sum(1 for r in records if not r["spans"])
    print(len(records), "records,", free, "PII-free")
    print(dict(lab))
    print(dict(gen))


if __name__ == "__main__":
    main()
