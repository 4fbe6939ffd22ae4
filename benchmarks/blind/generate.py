"""Blind bank-text corpus for cnpii detection (issue #10, point 1).

Written without reading cnpii's detection code or its corpus. Uses only the standard library,
``cnpii.identifiers`` (to make valid identifiers) and the word lists in ``words.py`` beside it.

    python benchmarks/blind/generate.py [--seed 20261201] [--out benchmarks/blind]

writes ``dev.jsonl`` and ``test.jsonl``: the two splits share the label scheme of
``../shared/eval`` but use DIFFERENT templates (the dev templates are the ``DEV`` table, the test
templates the ``TEST`` table). Offsets are computed while the text is built (each inserted value
records its own start and end), never by searching the finished text. ``self_check`` verifies
every span against what the template inserted and that no PII-free record holds an identifier.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from typing import Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import words as W  # noqa: E402
from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate,  # noqa: E402
                               mobile_phone, passport, resident_id, uscc)

# validators of the labels in the scheme, for the self-check and for rejecting look-alikes
VALIDATORS = (resident_id, mobile_phone, landline_phone, bank_card, passport, hk_macau_permit,
              uscc, license_plate)

CN_DIGITS = "零一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
EMOJI = ["😂", "👍", "🙏", "😭", "💰", "🤝", "😅", "🌹", "👌", "😓", "[微笑]", "[抱拳]", "[捂脸]"]


class Doc:
    """Text under construction: every value records its offsets as it is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.inserted: list[tuple[int, int, str, str]] = []  # start, end, label, value

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def pii(self, s: str, label: str) -> None:
        start = self.n
        self.add(s)
        self.spans.append({"start": start, "end": self.n, "label": label})
        self.inserted.append((start, self.n, label, s))

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- PII values

def weighted(r: random.Random, pairs: list[tuple[str, int]]) -> str:
    return r.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def person(r: random.Random) -> str:
    x = r.random()
    if x < 0.66:
        sur = weighted(r, W.SURNAMES)
    elif x < 0.72:
        sur = r.choice(W.RARE_SURNAMES)
    elif x < 0.78:
        sur = r.choice(W.COMPOUND_SURNAMES)
    elif x < 0.84:
        return r.choice(W.WORD_NAMES)
    elif x < 0.88:
        return weighted(r, W.SURNAMES) + r.choice(W.WORD_GIVEN)
    elif x < 0.95:
        return r.choice(W.DOT_NAMES)
    else:
        return r.choice(W.PLAIN_MINORITY)
    n = 1 if r.random() < 0.3 else 2
    return sur + "".join(r.choice(W.GIVEN_CHARS) for _ in range(n))


def person_ocr(r: random.Random) -> str:
    name = person(r)
    if r.random() < 0.5 and "·" not in name:
        return (" " if r.random() < 0.7 else "  ").join(name)
    if "·" in name and r.random() < 0.4:
        return name.replace("·", r.choice(["•", "．", "・"]))
    return name


def read_out(r: random.Random, digits: str) -> str:
    out = []
    for i, c in enumerate(digits):
        if c.isdigit():
            d = CN_DIGITS[int(c)]
            if c == "1" and r.random() < 0.7:
                d = "幺"
            elif c == "0" and r.random() < 0.2:
                d = "洞"
            out.append(d)
        else:
            out.append(c)
    return "".join(out)


def adult_id(r: random.Random) -> str:
    """A valid 18-digit resident ID of someone born 1945-2005 (bank customers are adults)."""
    while True:
        v = resident_id.generate(r)
        if len(v) == 18 and 1945 <= int(v[6:10]) <= 2005:
            return v


def id_card(r: random.Random) -> str:
    v = adult_id(r)
    x = r.random()
    if x < 0.12:
        return resident_id.format(v)
    if x < 0.17:
        return f"{v[:6]}-{v[6:14]}-{v[14:]}"
    if v.endswith("X") and r.random() < 0.3:
        return v[:-1] + "x"
    return v


def mobile(r: random.Random) -> str:
    v = mobile_phone.generate(r)
    x = r.random()
    if x < 0.55:
        return v
    if x < 0.70:
        return mobile_phone.format(v)
    if x < 0.80:
        return f"{v[:3]}-{v[3:7]}-{v[7:]}"
    if x < 0.90:
        return "+86" + r.choice(["", " ", "-"]) + v
    if x < 0.95:
        return "0086" + r.choice(["", "-"]) + v
    return "+86 " + mobile_phone.format(v)


def mobile_read(r: random.Random) -> str:
    v = mobile_phone.generate(r)
    if r.random() < 0.5:
        return read_out(r, f"{v[:3]} {v[3:7]} {v[7:]}")
    if r.random() < 0.5:
        return read_out(r, v)
    return f"{v[:3]}，{v[3:7]}，{v[7:]}"


def landline(r: random.Random) -> str:
    v = landline_phone.generate(r)
    f = landline_phone.format(v)
    if "转" in f:
        return f if r.random() < 0.6 else f.replace("转", "-")
    area, num = f.split("-")
    x = r.random()
    if x < 0.5:
        return f
    if x < 0.7:
        return f"({area}){num}"
    if x < 0.8:
        return f"（{area}）{num}"
    if x < 0.9:
        return area + num
    return f"{area} {num}"


def card(r: random.Random) -> str:
    v = bank_card.generate(r)
    x = r.random()
    if x < 0.55:
        return v
    if x < 0.85:
        return bank_card.format(v)
    return "-".join(v[i:i + 4] for i in range(0, len(v), 4))


def card_read(r: random.Random) -> str:
    v = bank_card.generate(r)
    g = bank_card.format(v)
    return read_out(r, g) if r.random() < 0.5 else g.replace(" ", "，")


def email(r: random.Random) -> str:
    a = r.choice(W.PINYIN)
    b = r.choice(W.PINYIN)
    x = r.random()
    if x < 0.3:
        local = a + b + str(r.randint(1, 2005))
    elif x < 0.5:
        local = f"{a}.{b}"
    elif x < 0.65:
        local = f"{a}_{b}{r.randint(10, 99)}"
    elif x < 0.85:
        local = str(r.randint(10000, 3999999999))  # QQ number mailbox
    else:
        local = a + b[0] + r.choice(W.PINYIN)
    return f"{local}@{r.choice(W.MAIL_DOMAINS)}"


def plate(r: random.Random) -> str:
    while True:
        v = license_plate.generate(r)
        if not v.startswith("使"):
            break
    x = r.random()
    if x < 0.4:
        return license_plate.format(v)
    if x < 0.5:
        return f"{v[:2]}-{v[2:]}"
    return v


def ip(r: random.Random) -> str:
    if r.random() < 0.12:
        return "240e:" + ":".join(f"{r.randrange(0x10000):x}" for _ in range(3)) + "::" + f"{r.randrange(1, 0xffff):x}"
    while True:
        a = r.choice([36, 39, 58, 61, 101, 106, 110, 112, 113, 114, 116, 117, 119, 120, 121, 122,
                      123, 124, 125, 139, 171, 175, 180, 182, 183, 202, 211, 218, 219, 220, 221, 222, 223])
        return f"{a}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def _place(r: random.Random):
    prov, city, dists = r.choice(W.PLACES)
    return prov, city, r.choice(dists)


def _tail(r: random.Random) -> str:
    x = r.random()
    no = r.randint(1, 999)
    if x < 0.3:
        return f"{no}号"
    if x < 0.55:
        return f"{no}号{r.choice(W.ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 6)}单元{r.randint(1, 33)}{r.randint(1, 4):02d}室"
    if x < 0.75:
        return f"{no}号院{r.randint(1, 20)}号楼{r.randint(1, 5)}单元{r.randint(1, 28)}{r.randint(1, 6):02d}"
    if x < 0.9:
        return f"{no}号{r.choice(['国际大厦', '财富中心', '时代广场', '科技园A座', '商务楼'])}{r.randint(2, 40)}层{r.randint(1, 40):02d}{r.randint(1, 9)}室"
    return f"{no}弄{r.randint(1, 80)}号{r.randint(101, 2604)}室"


def addr_full(r: random.Random) -> str:
    prov, city, dist = _place(r)
    return (prov or "") + city + dist + r.choice(W.STREETS) + _tail(r)


def addr_noprov(r: random.Random) -> str:
    _, city, dist = _place(r)
    return city + dist + r.choice(W.STREETS) + _tail(r)


def addr_short(r: random.Random) -> str:
    _, city, dist = _place(r)
    x = r.random()
    if x < 0.4:
        return dist + r.choice(W.STREETS) + _tail(r)
    if x < 0.7:
        return city.rstrip("市") + dist + r.choice(W.STREETS) + f"{r.randint(1, 600)}号"
    return r.choice(W.STREETS) + f"{r.randint(1, 600)}号{r.choice(W.ESTATES)}{r.randint(1, 20)}-{r.randint(1, 6)}-{r.randint(101, 1802)}"


def addr_rural(r: random.Random) -> str:
    prov, city, dist = _place(r)
    head = (prov or "") + city if r.random() < 0.6 else city
    return head + dist + r.choice(W.TOWNS) + r.choice(W.VILLAGES) + f"{r.randint(1, 12)}组{r.randint(1, 99)}号"


def addr_any(r: random.Random) -> str:
    return r.choices([addr_full, addr_noprov, addr_short, addr_rural], weights=[4, 3, 2, 1])[0](r)


def addr_ocr(r: random.Random) -> str:
    a = addr_any(r)
    x = r.random()
    if x < 0.15 and len(a) > 10:  # misplaced line break inside the value
        k = r.randint(5, len(a) - 4)
        return a[:k] + "\n" + a[k:]
    if x < 0.3:
        k = r.randint(3, len(a) - 2)
        return a[:k] + " " + a[k:]
    return a


PII: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "P": ("PERSON", person), "PS": ("PERSON", person_ocr),
    "ID": ("CN_ID_CARD", id_card),
    "IDR": ("CN_ID_CARD", lambda r: read_out(r, adult_id(r))),
    "IDW": ("CN_ID_CARD", lambda r: adult_id(r).translate(FULLWIDTH)),
    "MOB": ("CN_MOBILE", mobile), "MOBR": ("CN_MOBILE", mobile_read),
    "MOBW": ("CN_MOBILE", lambda r: mobile_phone.generate(r).translate(FULLWIDTH)),
    "TEL": ("CN_LANDLINE", landline),
    "CARD": ("BANK_CARD", card), "CARDR": ("BANK_CARD", card_read),
    "MAIL": ("EMAIL", email),
    "A": ("ADDRESS", addr_any), "AF": ("ADDRESS", addr_full), "AN": ("ADDRESS", addr_noprov),
    "AS": ("ADDRESS", addr_short), "AR": ("ADDRESS", addr_rural), "AO": ("ADDRESS", addr_ocr),
    "PASS": ("CN_PASSPORT", passport.generate), "HKM": ("CN_HK_MACAU_PERMIT", hk_macau_permit.generate),
    "USCC": ("CN_USCC", uscc.generate), "PLATE": ("LICENSE_PLATE", plate), "IP": ("IP_ADDRESS", ip),
}


# ---------------------------------------------------------------- look-alikes (not PII)

def _is_identifier(s: str) -> bool:
    return any(m.is_valid(s) for m in VALIDATORS)


def safe_digits(r: random.Random, n: int, first: str = "123456789") -> str:
    while True:
        s = r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))
        if not _is_identifier(s):
            return s


def date(r: random.Random) -> str:
    y, m, d = r.randint(2019, 2038), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}",
                     f"{y}{m:02d}{d:02d}", f"{y}/{m}/{d}"])


def amount(r: random.Random) -> str:
    v = round(10 ** r.uniform(1.5, 6.3), r.choice([0, 0, 2]))
    return r.choice([f"¥{v:,.2f}", f"{v:.2f}元", f"人民币{int(v)}元", f"{v / 10000:.1f}万元",
                     f"RMB {v:,.2f}", f"{int(v)}元整"])


def masked_mobile(r: random.Random) -> str:
    v = mobile_phone.generate(r)
    return r.choice([f"{v[:3]}****{v[-4:]}", f"{v[:3]}*****{v[-3:]}", f"*******{v[-4:]}"])


def masked_card(r: random.Random) -> str:
    v = bank_card.generate(r)
    return r.choice([f"{v[:4]} **** **** {v[-4:]}", f"{v[:6]}{'*' * (len(v) - 10)}{v[-4:]}", f"****{v[-4:]}"])


def masked_id(r: random.Random) -> str:
    v = resident_id.generate(r)
    return r.choice([f"{v[:6]}********{v[-4:]}", f"{v[:3]}***********{v[-4:]}", f"{v[0]}****************{v[-1]}"])


def masked_name(r: random.Random) -> str:
    s = weighted(r, W.SURNAMES)
    return r.choice([s + "*", s + "**", s + "某", s + "某某", s + "先生", s + "女士", s + "*" + r.choice(W.GIVEN_CHARS)])


def branch(r: random.Random) -> str:
    prov, city, dist = _place(r)
    bank = r.choice(W.BANKS)
    c = city.rstrip("市")
    return r.choice([f"{bank}{c}分行{dist.rstrip('区')}支行", f"{bank}{c}{dist}支行", f"{c}分行{dist}支行",
                     f"{bank}{(prov or c).rstrip('省')}分行营业部", f"{c}{dist.rstrip('区县市')}支行"])


LOOK: dict[str, Callable[[random.Random], str]] = {
    "merch": lambda r: safe_digits(r, 15, "18"),
    "term": lambda r: safe_digits(r, 8) if r.random() < 0.6 else "T" + safe_digits(r, 7),
    "batch": lambda r: r.choice([safe_digits(r, 6, "0123456789"), "B" + date(r).replace("-", "")[:8] + safe_digits(r, 3, "0123456789")]),
    "tail": lambda r: "".join(r.choice("0123456789") for _ in range(4)),
    "err": lambda r: r.choice(["E", "ERR", "ERR-", "CB", "0x"]) + safe_digits(r, 4),
    "date": date, "amt": amount,
    "order": lambda r: r.choice([safe_digits(r, 20, "2"), "DD" + safe_digits(r, 16), safe_digits(r, 22, "4")]),
    "hot": lambda r: r.choice(W.HOTLINES),
    "mmob": masked_mobile, "mcard": masked_card, "mid": masked_id, "mname": masked_name,
    "branch": branch, "dist": lambda r: _place(r)[2], "city": lambda r: _place(r)[1],
    "word": lambda r: r.choice(W.SURNAME_WORDS), "country": lambda r: r.choice(W.COUNTRIES),
    "bank": lambda r: r.choice(W.BANKS),
    "post": lambda r: f"{r.randint(10, 85)}{r.randint(0, 9999):04d}",
    "time": lambda r: f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d}",
    "n": lambda r: str(r.randint(2, 48)),
    "age": lambda r: str(r.randint(23, 68)),
    "citydist": lambda r: "".join(_place(r)[1:]),
    "rate": lambda r: f"{r.uniform(2.8, 6.5):.2f}%",
    "emo": lambda r: r.choice(EMOJI),
    "ver": lambda r: f"V{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}",
    "case": lambda r: f"（{r.randint(2021, 2026)}）{r.choice(['京', '沪', '粤', '浙', '川', '冀'])}{r.randint(1, 9)}{r.randint(101, 199)}执{r.randint(1, 9999)}号",
    "cred": lambda r: safe_digits(r, 17, "2"),
}

TOKEN = re.compile(r"\{([A-Za-z]+)(?::(\d+))?\}|<<(.*?)>>", re.S)


def render(template: str, r: random.Random, doc: Doc, memo: dict) -> None:
    pos = 0
    for m in TOKEN.finditer(template):
        doc.add(template[pos:m.start()])
        pos = m.end()
        if m.group(3) is not None:  # alternation <<a|b|c>>
            render(r.choice(m.group(3).split("|")), r, doc, memo)
            continue
        kind, idx = m.group(1), m.group(2)
        key = (kind, idx)
        if kind in PII:
            label, gen = PII[kind]
            if idx is None or key not in memo:
                value = gen(r)
                if idx is not None:
                    memo[key] = value
            else:
                value = memo[key]
            doc.pii(value, label)
        elif kind in LOOK:
            if idx is None or key not in memo:
                value = LOOK[kind](r)
                while _is_identifier(value):  # a look-alike must not be a valid identifier
                    value = LOOK[kind](r)
                if idx is not None:
                    memo[key] = value
            else:
                value = memo[key]
            doc.add(value)
        else:
            raise KeyError(f"unknown slot {kind!r} in template")
    doc.add(template[pos:])


from templates import DEV, TEST  # noqa: E402


def build(split: str, n: int, seed: int, neg_share: float = 0.35) -> list[dict]:
    table = DEV if split == "dev" else TEST
    r = random.Random(f"{seed}-{split}")
    genres = sorted(table)
    n_neg = round(n * neg_share)
    kinds = ["neg"] * n_neg + ["pii"] * (n - n_neg)
    r.shuffle(kinds)
    out = []
    for i, kind in enumerate(kinds):
        genre = genres[i % len(genres)]
        doc = Doc()
        render(r.choice(table[genre][kind]), r, doc, {})
        out.append({"id": f"blind-{split}-{i + 1:04d}", "source": "negative" if kind == "neg" else "synthetic",
                    "genre": genre, "text": doc.text(), "spans": doc.spans, "_inserted": doc.inserted})
    return out


def _tokens(text: str):
    """Candidate identifier strings (alphanumeric runs, with a plate's province prefix)."""
    for m in re.finditer(r"[0-9A-Za-z]+", text):
        yield m.start(), m.end(), m.group()
        if m.start() > 0:
            yield m.start() - 1, m.end(), text[m.start() - 1:m.end()]
    for m in re.finditer(r"[0-9A-Za-z]+(?:[ \-][0-9A-Za-z]+)+", text):  # grouped values
        yield m.start(), m.end(), m.group()


def self_check(records: list[dict]) -> None:
    for rec in records:
        text = rec["text"]
        prev_end = 0
        for span, (s, e, label, value) in zip(rec["spans"], rec["_inserted"]):
            assert (span["start"], span["end"], span["label"]) == (s, e, label), rec["id"]
            assert text[s:e] == value, (rec["id"], text[s:e], value)
            assert s >= prev_end and e > s, rec["id"]
            assert value == value.strip(), (rec["id"], value)
            prev_end = e
        if rec["source"] == "negative":
            assert not rec["spans"], rec["id"]
        covered = [(sp["start"], sp["end"]) for sp in rec["spans"]]
        for s, e, tok in _tokens(text):
            if any(s < ce and cs < e for cs, ce in covered):
                continue
            assert not _is_identifier(tok), (rec["id"], "unlabelled identifier", tok)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("-n", type=int, default=600)
    args = ap.parse_args(argv)
    flat = {split: {t for g in table.values() for ts in g.values() for t in ts}
            for split, table in (("dev", DEV), ("test", TEST))}
    assert not flat["dev"] & flat["test"], "dev and test must not share a template"
    assert all(not re.search(r"\{[A-Z]", t) for table in (DEV, TEST) for g in table.values() for t in g["neg"])
    for split in ("dev", "test"):
        recs = build(split, args.n, args.seed)
        self_check(recs)
        with open(os.path.join(args.out, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                rec = {k: v for k, v in rec.items() if k != "_inserted"}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        counts: dict[str, int] = {}
        for rec in recs:
            for sp in rec["spans"]:
                counts[sp["label"]] = counts.get(sp["label"], 0) + 1
        neg = sum(rec["source"] == "negative" for rec in recs)
        print(split, len(recs), "records,", neg, "PII-free;", dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
