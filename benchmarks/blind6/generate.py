"""Generate the blind6 corpus (deterministic): python benchmarks/blind6/generate.py

Writes corpus.jsonl beside this file.  Offsets are recorded while the text is built.
Only the standard library and cnpii.identifiers (to make valid identifiers and reject look-alikes).
"""
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
import words as W  # noqa: E402

SEED = 20261202
PER_GENRE = 62
FREE_SHARE = 0.2
TRAP_RECORDS = 142
VALIDATORS = list(ids.BY_ENTITY.values())
SLOT = re.compile(r"\{(\w+)\}")
SCHEME = {"PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "CN_PASSPORT",
          "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS"}
RUN = re.compile(r"[0-9A-Za-z]+")


def passes_any(run: str) -> bool:
    return any(mod.is_valid(run) for mod in VALIDATORS)


def person(rng: random.Random, surname: str | None = None) -> str:
    if surname is not None:
        k = rng.random()
        given = rng.choice(W.GIVEN_1) if k < 0.25 else rng.choice(W.WORD_GIVEN) if k < 0.55 else rng.choice(W.GIVEN_2)
        return surname + given
    k = rng.random()
    if k < 0.30:
        return rng.choice(W.WORD_NAMES)
    if k < 0.42:
        return rng.choice(W.COMMON_SURNAMES) + rng.choice(W.WORD_GIVEN)
    if k < 0.52:
        return rng.choice(W.COMMON_SURNAMES) + rng.choice(W.GIVEN_1)
    if k < 0.60:
        return rng.choice(W.COMPOUND_SURNAMES) + rng.choice(W.GIVEN_1 + W.GIVEN_2)
    if k < 0.68:
        return rng.choice(W.RARE_SURNAMES) + rng.choice(W.GIVEN_1 + W.GIVEN_2)
    if k < 0.75:
        return rng.choice(W.MINORITY_NAMES)
    if k < 0.80:
        return rng.choice(W.FOREIGN_NAMES)
    return rng.choice(W.COMMON_SURNAMES) + rng.choice(W.GIVEN_2)


def safe_number(rng: random.Random, make) -> str:
    while True:
        s = make()
        if not any(passes_any(r) for r in RUN.findall(s)):
            return s


def filler(slot: str, rng: random.Random) -> str:
    if slot == "T":
        if rng.random() < 0.25:
            return rng.choice(W.PREFIX_TITLES) + rng.choice(W.COMMON_SURNAMES)
        return rng.choice(W.COMMON_SURNAMES) + rng.choice(W.TITLES)
    if slot == "M":
        return rng.choice(W.MASKED)
    if slot == "W":
        return rng.choice(W.TRAP_WORDS)
    if slot == "PL":
        return rng.choice(W.PLACES)
    if slot == "CO":
        return rng.choice(W.COMPANIES)
    if slot == "PR":
        return rng.choice(W.PRODUCTS)
    if slot == "BR":
        return rng.choice(W.BRANCHES)
    if slot == "KIN":
        return rng.choice(W.KIN)
    if slot == "NICK":
        return rng.choice(W.NICKS)
    if slot == "SUR":
        return rng.choice(W.COMMON_SURNAMES)
    if slot == "AMT":
        return safe_number(rng, lambda: rng.choice([str(rng.randint(1, 99) * 100), f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}",
                                                      f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}", str(rng.randint(1, 500))]))
    if slot == "DATE":
        return rng.choice([f"{rng.randint(2019, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "昨天", "上周三"])
    if slot == "TIME":
        return f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}"
    if slot == "NUM":
        return safe_number(rng, lambda: rng.choice(["", "GD", "NO", "PZ"]) + "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 18))))
    raise KeyError(slot)


def pii(slot: str, rng: random.Random) -> tuple[str, str]:
    if slot == "MOB":
        m = ids.mobile_phone.generate(rng)
        fmt = rng.random()
        if fmt < 0.15:
            m = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        elif fmt < 0.25:
            m = f"{m[:3]} {m[3:7]} {m[7:]}"
        return m, "CN_MOBILE"
    if slot == "ID":
        return ids.resident_id.generate(rng), "CN_ID_CARD"
    if slot == "CARD":
        c = ids.bank_card.generate(rng)
        if rng.random() < 0.2 and len(c) in (16, 19):
            c = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        return c, "BANK_CARD"
    if slot == "LAND":
        while True:
            v = ids.landline_phone.generate(rng)
            if "#" not in v:
                return v, "CN_LANDLINE"
    raise KeyError(slot)


def build(template: str, rng: random.Random) -> tuple[str, list[dict]]:
    people: dict[str, str] = {}
    fam = rng.choice(W.COMMON_SURNAMES * 3 + W.COMPOUND_SURNAMES + W.RARE_SURNAMES)
    text, spans, pos = [], [], 0
    last = 0
    for m in SLOT.finditer(template):
        lit = template[last:m.start()]
        text.append(lit)
        pos += len(lit)
        last = m.end()
        slot = m.group(1)
        label = None
        if slot[0] in "PS" and slot[1:].isdigit():
            if slot not in people:
                while True:
                    v = person(rng, fam if slot[0] == "S" else None)
                    if v not in people.values():
                        break
                people[slot] = v
            value, label = people[slot], "PERSON"
        elif slot in ("MOB", "ID", "CARD", "LAND"):
            value, label = pii(slot, rng)
        else:
            value = filler(slot, rng)
        if label:
            spans.append({"start": pos, "end": pos + len(value), "label": label, "_v": value})
        text.append(value)
        pos += len(value)
    text.append(template[last:])
    return "".join(text), spans


def self_check(rec: dict, values: list[str]) -> None:
    text, spans = rec["text"], rec["spans"]
    prev = 0
    for sp, v in zip(spans, values):
        assert text[sp["start"]:sp["end"]] == v, rec["id"]
        assert sp["start"] >= prev and sp["end"] > sp["start"], rec["id"]
        prev = sp["end"]
        assert sp["label"] in SCHEME, rec["id"]
    if rec["genre"] == "trap_prose" or rec.get("_free"):
        assert not spans, rec["id"]
    blanked = list(text)
    for sp in spans:
        blanked[sp["start"]:sp["end"]] = " " * (sp["end"] - sp["start"])
    for run in RUN.findall("".join(blanked)):
        assert not passes_any(run), (rec["id"], run)


def main() -> None:
    rng = random.Random(SEED)
    plan: list[tuple[str, str, bool]] = []
    for genre in [g for g in T.GENRES if not g.endswith("_free")]:
        for _ in range(PER_GENRE):
            free = rng.random() < FREE_SHARE
            pool = T.GENRES[genre + "_free"] if free else T.GENRES[genre]
            plan.append((genre, rng.choice(pool), free))
    for _ in range(TRAP_RECORDS):
        plan.append(("trap_prose", rng.choice(T.GENRES["trap_free"]), True))
    out = []
    for n, (genre, tpl, free) in enumerate(plan, 1):
        while True:
            text, spans = build(tpl, rng)
            values = [s.pop("_v") for s in spans]
            rec = {"id": f"b6-{n:04d}", "source": "blind6", "genre": genre, "text": text, "spans": spans}
            try:
                self_check({**rec, "_free": free}, values)
                break
            except AssertionError:
                continue  # a look-alike number happened to validate: redraw
        out.append(rec)
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labels: dict[str, int] = {}
    genres: dict[str, list[int]] = {}
    for rec in out:
        g = genres.setdefault(rec["genre"], [0, 0])
        g[0] += 1
        g[1] += not rec["spans"]
        for s in rec["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    print(len(out), "records,", sum(not r["spans"] for r in out), "PII-free")
    print("labels", labels)
    print("genres (records, PII-free)", genres)


if __name__ == "__main__":
    main()
