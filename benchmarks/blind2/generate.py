"""Generate the blind2 labelled corpus: ``python generate.py [--seed N] [--out FILE]``.

Every template is a string with ``[[a|b|c]]`` alternatives and ``{KEY}`` slots. The builder
walks the template left to right, appends text and values, and records each PII value's
start/end as it is appended (offsets are never found by searching). Only the standard
library and ``cnpii.identifiers`` (to draw valid identifiers and reject look-alikes) are used.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import words as W  # noqa: E402
import templates as T  # noqa: E402
from cnpii.identifiers import (  # noqa: E402
    bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone, passport, resident_id, uscc,
)

SOURCE = "blind2"
# validators of the scheme's identifier labels (bank_account and taiwan_permit are not labels:
# they accept almost any digit run, so they are not used to reject look-alikes)
VALIDATORS = {
    "CN_ID_CARD": resident_id, "CN_MOBILE": mobile_phone, "BANK_CARD": bank_card,
    "CN_LANDLINE": landline_phone, "CN_USCC": uscc, "CN_PASSPORT": passport,
    "CN_HK_MACAU_PERMIT": hk_macau_permit, "LICENSE_PLATE": license_plate,
}
FW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def any_valid(s: str) -> bool:
    return any(m.is_valid(s) for m in VALIDATORS.values())


def fullwidth(s: str) -> str:
    return s.translate(FW)


class Ctx:
    """Per-record value cache so that {P1} is the same person each time it appears."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.names: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- PII values
def person(rng: random.Random) -> tuple[str, str]:
    """(full name, surname or '' when no Han surname applies)."""
    r = rng.random()
    if r < 0.40:
        s = rng.choice(W.SURNAMES)
        return s + rng.choice(W.GIVEN_CHARS) + rng.choice(W.GIVEN_CHARS), s
    if r < 0.60:
        s = rng.choice(W.SURNAMES)
        return s + rng.choice(W.GIVEN_CHARS), s
    if r < 0.72:
        n = rng.choice(W.WORD_NAMES)
        return n, n[0]
    if r < 0.82:
        s = rng.choice(W.SURNAMES)
        return s + rng.choice(W.WORD_GIVEN), s
    if r < 0.91:
        s = rng.choice(W.COMPOUND_SURNAMES)
        return s + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(rng.choice((1, 1, 2)))), s
    if r < 0.97:
        return rng.choice(W.MINORITY_NAMES), ""
    return rng.choice(W.TRANSLIT_NAMES), ""


WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def adult_id(rng, doc):
    """An 18-character number with an adult's birth date (GB 11643 MOD 11-2 check, standards.md 4.1)."""
    area = resident_id.generate(rng, document=doc)[:6]
    while True:
        body = area + f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        v = body + "10X98765432"[sum(int(c) * w for c, w in zip(body, WEIGHTS)) % 11]
        if resident_id.is_valid(v):
            return v


def id_card(rng):
    doc = "resident_id" if rng.random() < 0.93 else rng.choice(["hk_residence_permit", "macau_residence_permit", "taiwan_residence_permit"])
    v = adult_id(rng, doc)
    r = rng.random()
    if v.endswith("X") and r < 0.5:
        return v[:-1] + "x"
    if r < 0.62:
        return v
    if r < 0.76:
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if r < 0.88:
        return fullwidth(v)
    return v


def mobile(rng):
    v = mobile_phone.generate(rng)
    r = rng.random()
    forms = [(0.50, v), (0.60, f"{v[:3]} {v[3:7]} {v[7:]}"), (0.68, f"{v[:3]}-{v[3:7]}-{v[7:]}"),
             (0.78, "+86" + v), (0.83, "+86 " + v), (0.89, "0086" + v), (0.93, "+86-" + v), (1.0, fullwidth(v))]
    for p, f in forms:
        if r < p:
            return f
    return v


def card(rng):
    v = bank_card.generate(rng, length=rng.choice((16, 19, 19, 19)))
    r = rng.random()
    if r < 0.55:
        return v
    if r < 0.85:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r < 0.93:
        return fullwidth(v)
    return "-".join(v[i:i + 4] for i in range(0, len(v), 4))


def landline(rng):
    v = landline_phone.format(landline_phone.generate(rng))
    r = rng.random()
    if "转" in v or r < 0.6:
        return v
    area, local = v.split("-", 1)
    cand = f"({area}){local}" if r < 0.75 else (f"{area} {local}" if r < 0.9 else area + local)
    return cand if landline_phone.is_valid(cand) else v


def address_full(rng):
    r = rng.random()
    if r < 0.25:
        city, dists = rng.choice(W.MUNICIPALITIES)
        head = city + rng.choice(dists)
    else:
        prov, city, dists = rng.choice(W.REGIONS)
        head = (prov if rng.random() < 0.7 else "") + city + rng.choice(dists)
    return head + address_tail(rng)


def address_tail(rng):
    road = rng.choice(W.ROADS) + f"{rng.randint(1, 888)}号"
    est = rng.choice(W.ESTATES)
    b, u, room = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 33) * 100 + rng.randint(1, 8)
    r = rng.random()
    if r < 0.3:
        return road + est + f"{b}栋{u}单元{room}室"
    if r < 0.5:
        return road + est + f"{b}号楼{room}"
    if r < 0.65:
        return road + f"{b}幢{room}室"
    if r < 0.8:
        return est + f"{b}-{u}-{room}"
    return road + est + f"{b}栋{room}房"


def address_partial(rng):
    r = rng.random()
    if r < 0.4:
        _, _, dists = rng.choice(W.REGIONS)
        return rng.choice(dists) + rng.choice(W.ROADS) + f"{rng.randint(1, 500)}号"
    if r < 0.7:
        return rng.choice(W.ESTATES) + f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 30)}0{rng.randint(1, 6)}"
    return rng.choice(W.ROADS) + f"{rng.randint(1, 500)}号{rng.choice(W.ESTATES)}"


def address_rural(rng):
    prov, city, county = rng.choice(W.COUNTIES)
    head = (prov + city if rng.random() < 0.6 else "") + county
    return head + rng.choice(W.TOWNS) + rng.choice(W.VILLAGES) + rng.choice(["", f"{rng.randint(1, 12)}组", f"{rng.randint(1, 9)}组{rng.randint(1, 99)}号", f"{rng.randint(1, 200)}号"])


def address_broken(rng):
    prov, city, dists = rng.choice(W.REGIONS)
    return prov + city + rng.choice(dists) + "\n" + address_tail(rng)


def email(rng, name=None):
    u = rng.choice(W.PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(W.PINYIN)
    if rng.random() < 0.6:
        u += str(rng.randint(1, 9999))
    return u + "@" + rng.choice(W.EMAIL_DOMAINS)


def ip(rng):
    r = rng.random()
    if r < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.5:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.9:
        return f"{rng.choice([36, 58, 59, 61, 101, 106, 112, 114, 117, 120, 121, 183, 218, 222, 223])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"240e:{rng.randint(0, 0xfff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"


def plate(rng):
    v = license_plate.generate(rng)
    if rng.random() < 0.2:
        c = v[:2] + "·" + v[2:]
        if license_plate.is_valid(c):
            return c
    return v


PII = {
    "ID": (id_card, "CN_ID_CARD"), "MOB": (mobile, "CN_MOBILE"), "TEL": (landline, "CN_LANDLINE"),
    "CARD": (card, "BANK_CARD"), "EMAIL": (email, "EMAIL"), "ADDR": (address_full, "ADDRESS"),
    "ADDRP": (address_partial, "ADDRESS"), "ADDRR": (address_rural, "ADDRESS"), "ADDRNL": (address_broken, "ADDRESS"),
    "PASS": (lambda r: passport.generate(r), "CN_PASSPORT"), "HKM": (lambda r: hk_macau_permit.generate(r), "CN_HK_MACAU_PERMIT"),
    "USCC": (lambda r: uscc.generate(r), "CN_USCC"), "PLATE": (plate, "LICENSE_PLATE"), "IP": (ip, "IP_ADDRESS"),
}


# ---------------------------------------------------------------- look-alikes (not PII)
def digits(rng, n, first="123456789"):
    while True:
        s = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not any_valid(s):
            return s


def lookalike(rng, prefix, n):
    while True:
        s = prefix + digits(rng, n, "0123456789")
        if not any_valid(s):
            return s


def bad_id(rng):
    """An ID-shaped number whose check digit is wrong (a look-alike)."""
    v = adult_id(rng, "resident_id")
    while True:
        w = v[:17] + rng.choice("0123456789X")
        if not any_valid(w):
            return w


def bad_card(rng):
    """A card-shaped number under a real BIN whose Luhn check fails."""
    v = bank_card.generate(rng, length=rng.choice((16, 19)))
    while True:
        w = v[:-1] + rng.choice("0123456789")
        if not any_valid(w):
            return w


def bad_mobile(rng):
    """Eleven digits starting with 1 in an unallocated block (10x, 11x, 12x)."""
    while True:
        w = "1" + rng.choice("012") + "".join(rng.choice("0123456789") for _ in range(9))
        if not any_valid(w):
            return w


def ts(rng):
    y, mo, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, se = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{se:02d}", f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{se:02d}",
                       f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}", f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{se:02d}.{rng.randint(0, 999):03d}+08:00"])


def cdate(rng):
    return f"{rng.choice((2025, 2026))}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def amount(rng):
    v = rng.choice([rng.randint(100, 9999), rng.randint(10000, 999999), rng.randint(1000000, 50000000)]) + rng.randint(0, 99) / 100
    return rng.choice([f"{v:,.2f}", f"{v:.2f}"])


def masked_mobile(rng):
    v = mobile_phone.generate(rng)
    return rng.choice([v[:3] + "****" + v[7:], v[:3] + "*" * 4 + v[7:], "尾号" + v[7:]])


def masked_card(rng):
    v = bank_card.generate(rng)
    return rng.choice([v[:6] + "*" * (len(v) - 10) + v[-4:], "**** **** **** " + v[-4:], v[:4] + " **** **** " + v[-4:]])


def masked_id(rng):
    v = resident_id.generate(rng)
    return rng.choice([v[:6] + "********" + v[-4:], v[0] + "*" * 16 + v[-1], v[:3] + "***********" + v[-4:]])


def masked_name(rng):
    s = rng.choice(W.SURNAMES)
    return rng.choice([s + "*", s + "**", s + "某", s + "某某", s + "先生", s + "女士", "*" + rng.choice(W.GIVEN_CHARS), s + "x"])


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分行", "营业部", "分理处"])


def company(rng):
    return rng.choice(W.COMPANY_PLACES) + rng.choice(["市", ""]) + rng.choice(W.COMPANY_CORES) + rng.choice(W.COMPANY_TYPES)


def court(rng):
    _, city, dists = rng.choice(W.REGIONS)
    return rng.choice([city + rng.choice(dists) + "人民法院", city + "中级人民法院", city + "公安局" + rng.choice(dists)[:-1] + "分局"])


def case_no(rng):
    return f"（{rng.choice((2025, 2026))}）{rng.choice('京沪粤浙苏川鄂鲁豫陕湘闽')}{rng.randint(100, 9999):04d}{rng.choice(['执', '民初', '刑初', '执保', '财保'])}{rng.randint(1, 99999)}号"


def district_alone(rng):
    _, city, dists = rng.choice(W.REGIONS)
    return rng.choice([city, rng.choice(dists), city + rng.choice(dists)])


def uuid(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


NONPII = {
    "AMT": amount, "AMTW": lambda r: f"{r.randint(5, 900)}{r.choice(['', '.5'])}万元", "RATE": lambda r: f"{r.uniform(1.2, 6.5):.2f}%",
    "TS": ts, "DATE": cdate, "TIME": lambda r: f"{r.randint(9, 11)}:{r.randint(0, 59):02d}",
    "SER": lambda r: digits(r, r.choice((12, 16, 20, 22, 24))), "ORD": lambda r: lookalike(r, r.choice(["DD", "ORD", "T", "PAY", "SN"]), r.choice((12, 16, 18))),
    "MER": lambda r: digits(r, 15), "TERM": lambda r: digits(r, 8), "BATCH": lambda r: lookalike(r, "B", 10),
    "TAIL": lambda r: digits(r, 4, "0123456789"), "MMOB": masked_mobile, "MCARD": masked_card, "MID": masked_id, "MNAME": masked_name,
    "HOT": lambda r: r.choice(W.HOTLINES), "BR": branch, "CO": company, "CT": court, "CASE": case_no, "DIST": district_alone,
    "CITY": lambda r: r.choice(W.CITIES), "COUNTRY": lambda r: r.choice(W.COUNTRIES), "ERR": lambda r: r.choice(["E", "ERR_", "CB", "RC"]) + digits(r, 4),
    "CORPACCT": lambda r: digits(r, r.choice((15, 17, 20, 21))), "POL": lambda r: lookalike(r, r.choice(["P", "BD", "880", "L"]), r.choice((13, 15, 17))),
    "CLAIM": lambda r: lookalike(r, "LP", 14), "DEV": lambda r: r.choice(W.DEVELOPERS), "INS": lambda r: r.choice(W.INSURERS),
    "PROD": lambda r: r.choice(W.INS_PRODUCTS), "MERCH": lambda r: r.choice(W.MERCHANTS), "N": lambda r: str(r.randint(2, 60)),
    "BADID": bad_id, "BADCARD": bad_card, "BADMOB": bad_mobile, "UNITP": lambda r: f"{r.randint(8000, 98000):,}", "AREA": lambda r: f"{r.uniform(45, 220):.2f}", "VER": lambda r: f"{r.randint(5, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
    "UUID": uuid, "STAFF": lambda r: digits(r, 6), "OTP": lambda r: digits(r, 6, "0123456789"), "TERMW": lambda r: r.choice(W.TERMS),
    "EST": lambda r: r.choice(W.ESTATES), "BANK": lambda r: r.choice(W.BANKS),
    "HOSP": lambda r: r.choice(W.COMPANY_PLACES) + r.choice(["市第一人民医院", "市中心医院", "大学附属医院", "市中医院"]),
    "NOTARY": lambda r: r.choice(W.COMPANY_PLACES) + r.choice(["市公证处", "市东方公证处", "市国信公证处"]),
    "TSC": lambda r: f"{r.choice((2025, 2026))}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}", "MS": lambda r: str(r.randint(3, 4800)), "YEAR": lambda r: str(r.randint(2019, 2026)),
}

ALT_RE = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT_RE = re.compile(r"\{([A-Z]+[0-9]?)(?::([a-z]+))?\}")


def render(template: str, rng: random.Random) -> tuple[str, list[dict]]:
    tpl = ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    ctx = Ctx(rng)
    out: list[str] = []
    pos = 0
    spans: list[dict] = []
    last = 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        key, mod = m.group(1), m.group(2)
        value, label = slot_value(ctx, key, mod)
        out.append(value)
        if label:
            spans.append({"start": pos, "end": pos + len(value), "label": label, "_v": value})
        pos += len(value)
    out.append(tpl[last:])
    return "".join(out), spans


def slot_value(ctx: Ctx, key: str, mod: str | None) -> tuple[str, str | None]:
    rng = ctx.rng
    if key[0] in "PQ" and key[1:].isdigit():
        if key not in ctx.names:
            used = {n for n, _ in ctx.names.values()}
            while True:
                n = person(rng) if key[0] == "P" else (lambda w: (w, w[0]))(rng.choice(W.WORD_NAMES))
                if n[0] not in used:
                    break
            ctx.names[key] = n
        name, sur = ctx.names[key]
        if mod == "sur":  # surname alone, used with a title (刘女士): not a PERSON span
            return (sur or "该客户"), None
        return name, "PERSON"
    if key in ctx.cache:
        return ctx.cache[key]
    base = key.rstrip("0123456789")
    if base in PII:
        fn, label = PII[base]
        val = (fn(rng), label)
    elif base in NONPII:
        val = (NONPII[base](rng), None)
    else:
        raise KeyError(f"unknown slot {key}")
    ctx.cache[key] = val
    return val


RUN_RE = re.compile(r"[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+(?:[ \-·][0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+)*")
ALNUM_RE = re.compile(r"[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+")


def check_record(rec: dict) -> list[str]:
    """Problems with one record (empty list = fine)."""
    text, spans = rec["text"], rec["spans"]
    problems = []
    inside = [False] * len(text)
    prev_end = -1
    for s in spans:
        if s["start"] < prev_end or s["start"] >= s["end"]:
            problems.append("spans overlap or unordered")
        prev_end = s["end"]
        for i in range(s["start"], s["end"]):
            inside[i] = True
    if rec["genre"] and rec.get("_pii_free") and spans:
        problems.append("PII-free record has spans")
    for rx in (RUN_RE, ALNUM_RE):
        for m in rx.finditer(text):
            cov = [inside[i] for i in range(m.start(), m.end())]
            if any(cov):
                continue
            cands = [m.group()]
            if m.start() > 0:
                cands.append(text[m.start() - 1] + m.group())
            for c in cands:
                if any_valid(c):
                    problems.append(f"look-alike passes a validator: {c!r}")
    # an alphanumeric run must not be cut by a span boundary
    for s in spans:
        for b in (s["start"], s["end"]):
            if 0 < b < len(text) and ALNUM_RE.match(text[b - 1]) and ALNUM_RE.match(text[b]):
                problems.append("span boundary inside an alphanumeric run")
    return problems


def self_check(records: list[dict]) -> None:
    ids = set()
    for rec in records:
        assert rec["id"] not in ids
        ids.add(rec["id"])
        for s in rec["spans"]:
            assert rec["text"][s["start"]:s["end"]] == s["_v"], rec["id"]
            assert s["_v"] == s["_v"].strip(), rec["id"]
            mod = VALIDATORS.get(s["label"])
            if mod is not None:
                assert mod.is_valid(s["_v"].replace("\n", "")), (rec["id"], s["label"])
        probs = check_record(rec)
        assert not probs, (rec["id"], probs)


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for genre, pos_tpls, neg_tpls, n_pos, n_neg in T.plan():
        for pii_free, tpls, count in ((False, pos_tpls, n_pos), (True, neg_tpls, n_neg)):
            for k in range(count):
                tpl = tpls[k % len(tpls)]
                for _attempt in range(200):
                    text, spans = render(tpl, rng)
                    rec = {"id": "", "source": SOURCE, "genre": genre, "text": text, "spans": spans, "_pii_free": pii_free}
                    if pii_free and spans:
                        raise AssertionError(f"negative template of {genre} produced spans: {tpl[:40]}")
                    if not pii_free and not spans:
                        raise AssertionError(f"positive template of {genre} produced no span: {tpl[:40]}")
                    if not check_record(rec):
                        break
                else:
                    raise AssertionError(f"could not draw clean look-alikes for {genre}")
                records.append(rec)
    rng.shuffle(records)
    for n, rec in enumerate(records, 1):
        rec["id"] = f"b2-{n:05d}"
    return records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args()
    records = build(a.seed)
    self_check(records)
    records.sort(key=lambda r: r["id"])
    with open(a.out, "w", encoding="utf-8") as f:
        for r in records:
            spans = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]
            f.write(json.dumps({"id": r["id"], "source": r["source"], "genre": r["genre"], "text": r["text"], "spans": spans}, ensure_ascii=False) + "\n")
    from collections import Counter
    lab = Counter(s["label"] for r in records for s in r["spans"])
    gen = Counter(r["genre"] for r in records)
    free = sum(1 for r in records if not r["spans"])
    print(f"{len(records)} records, {free} PII-free ({free / len(records):.0%})")
    print(dict(sorted(lab.items())))
    print(dict(sorted(gen.items())))


if __name__ == "__main__":
    main()
