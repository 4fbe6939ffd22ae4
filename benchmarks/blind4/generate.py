"""Generate the blind4 corpus (precision-focused: about 60 % of records hold no PII).

    /work/main/.venv/bin/python benchmarks/blind4/generate.py [--seed 4] [--n 700]

Deterministic for a seed. Offsets are recorded while the text is built, never by searching.
Standard library plus ``cnpii.identifiers`` (to draw valid identifiers and to reject look-alikes).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import words as W  # noqa: E402
from templates import NEG, POS  # noqa: E402
from cnpii.identifiers import (  # noqa: E402
    bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone, passport,
    resident_id, uscc,
)

VALIDATORS = [resident_id, bank_card, mobile_phone, landline_phone, passport, hk_macau_permit,
              uscc, license_plate]
PII_SLOTS = {
    "PERSON": "PERSON", "OFFICIAL": "PERSON", "ADDRESS": "ADDRESS", "MOBILE": "CN_MOBILE",
    "LANDLINE": "CN_LANDLINE", "ID": "CN_ID_CARD", "CARD": "BANK_CARD", "EMAIL": "EMAIL",
    "PASSPORT": "CN_PASSPORT", "HKMO": "CN_HK_MACAU_PERMIT", "USCC": "CN_USCC",
    "PLATE": "LICENSE_PLATE", "IP": "IP_ADDRESS",
}
LABEL_VALIDATOR = {
    "CN_ID_CARD": resident_id, "BANK_CARD": bank_card, "CN_MOBILE": mobile_phone,
    "CN_LANDLINE": landline_phone, "CN_PASSPORT": passport, "CN_HK_MACAU_PERMIT": hk_macau_permit,
    "CN_USCC": uscc, "LICENSE_PLATE": license_plate,
}
SLOT_RE = re.compile(r"\{([A-Za-z_]+?)(\d*)\}")


# ---------------------------------------------------------------- PII fillers
def person(r):
    s = r.choice(W.COMPOUND_SURNAMES) if r.random() < 0.04 else r.choice(W.SURNAMES)
    g = "".join(r.choice(W.GIVEN_CHARS) for _ in range(1 if r.random() < 0.35 else 2))
    return s + g


def address(r):
    prov, city, dists = r.choice(W.PROVINCES_CITIES)
    dist = r.choice(dists)
    road = r.choice(W.ROADS)
    num = r.randint(1, 899)
    comm = r.choice(W.COMMUNITIES)
    unit = f"{r.randint(1, 30)}栋{r.randint(1, 6)}单元{r.randint(1, 33)}{r.randint(1, 4):02d}室"
    style = r.random()
    head = prov + city if r.random() < 0.6 else (city or prov)
    if style < 0.4:
        return f"{head}{dist}{road}{num}号{comm}{unit}"
    if style < 0.7:
        return f"{dist}{road}{num}弄{r.randint(1, 80)}号{r.randint(101, 2802)}室"
    return f"{head}{dist}{comm}{r.randint(1, 20)}号楼{r.randint(1, 4)}单元{r.randint(101, 2602)}"


def mobile(r):
    m = mobile_phone.generate(r)
    k = r.random()
    if k < 0.55:
        return m
    if k < 0.7:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if k < 0.8:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if k < 0.92:
        return "+86 " + m
    return "+86-" + m


def landline(r):
    while True:
        v = landline_phone.generate(r)
        if "#" not in v or r.random() < 0.3:
            break
    f = landline_phone.format(v)
    return f if r.random() < 0.8 else f.replace("-", "")  if "转" not in f else f


def card(r):
    c = bank_card.generate(r)
    return bank_card.format(c) if r.random() < 0.35 else c


def email(r):
    user = "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(3, 8)))
    if r.random() < 0.5:
        user += str(r.randint(1, 9999))
    return f"{user}@{r.choice(['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com'])}"


def pass_no(r):
    while True:
        p = passport.generate(r)
        if p[0] in "EG":
            return p


def plate(r):
    p = license_plate.generate(r)
    if p.startswith("使"):
        return plate(r)
    return license_plate.format(p) if r.random() < 0.4 else p


def ip(r):
    while True:
        a = r.choice([36, 39, 58, 59, 60, 61, 101, 106, 110, 112, 113, 114, 115, 116, 117, 118, 119, 120,
                      121, 122, 123, 124, 125, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221, 222, 223])
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


PII_FILL = {
    "PERSON": person, "OFFICIAL": person, "ADDRESS": address, "MOBILE": mobile, "LANDLINE": landline,
    "ID": lambda r: resident_id.generate(r), "CARD": card, "EMAIL": email, "PASSPORT": pass_no,
    "HKMO": lambda r: hk_macau_permit.generate(r), "USCC": lambda r: uscc.generate(r),
    "PLATE": plate, "IP": ip,
}


# ---------------------------------------------------------------- look-alike fillers
def date(r):
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}{m:02d}{d:02d}",
                     f"{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y}年{m:02d}月{d:02d}日"])


def ts(r):
    y, mo, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
                     f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}+08:00",
                     f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}", f"{h:02d}:{mi:02d}:{s:02d}",
                     f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}"])


def amt(r):
    return r.choice([f"{r.randint(1, 999)}.{r.randint(0, 99):02d}万元", f"{r.randint(1, 99):,}{r.randint(100, 999)}元",
                     f"{r.randint(1, 300)}亿元", f"¥{r.randint(100, 99999):,}.00", f"{r.randint(5, 5000)}万元",
                     f"人民币{r.randint(1000, 9999999):,}元", f"{r.randint(1, 50)}.{r.randint(1, 9)}亿元"])


def rate(r):
    return f"{r.randint(1, 6)}.{r.randint(0, 99):02d}%"


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def bank(r):
    return r.choice(W.BANKS)


def branchname(r):
    b = r.choice([x for x in W.BANKS if not x.startswith(("本", "我"))])
    return f"{b}{r.choice(W.CITIES)}{r.choice(W.ROADS).rstrip('路街道')}{r.choice(W.BRANCH_SUFFIX)}"


def branchaddr(r):
    prov, city, dists = r.choice(W.PROVINCES_CITIES)
    return (f"{city or prov}{r.choice(dists)}{r.choice(W.ROADS)}{r.randint(1, 500)}号"
            f"{r.choice(['', '金融大厦一层', '国际中心裙楼', '商务楼1-2层', 'B座底商'])}")


def mname(r):
    s = r.choice(W.SURNAMES)
    if r.random() < 0.7:
        return s + r.choice(W.TITLES)
    return r.choice(W.MASKED_NAME_FORMS).format(s=s)


def mmobile(r):
    m = mobile_phone.generate(r)
    return r.choice([f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{m[:3]} **** {m[7:]}"])


def company(r):
    return f"{r.choice(W.CITIES)}{r.choice(W.COMPANY_CORE)}{r.choice(W.COMPANY_KIND)}"


FILL = {
    "date": date, "ts": ts, "amt": amt, "rate": rate, "pct": lambda r: f"{r.randint(1, 40)}.{r.randint(0, 9)}%",
    "bp": lambda r: str(r.randint(5, 60)), "nav": lambda r: f"{r.randint(0, 999):03d}{r.randint(0, 9)}",
    "tail": lambda r: f"{r.randint(0, 9999):04d}", "serial": lambda r: digits(r, r.randint(12, 22)),
    "orderno": lambda r: r.choice(["TX", "CZ", "JY", ""]) + digits(r, r.randint(14, 20)),
    "trace": lambda r: hexs(r, 32) if r.random() < 0.6 else f"{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}",
    "hash": lambda r: hexs(r, 64), "hash7": lambda r: hexs(r, 7),
    "ver": lambda r: r.choice(["v", "V", "", "release-"]) + f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}" + r.choice(["", "-RC1", "-hotfix2", "-SNAPSHOT", "_20240601"]),
    "host": lambda r: f"{r.choice(W.HOST_PREFIX)}-{r.randint(1, 40):02d}{r.choice(['', '.prod', '.dr', '.uat'])}",
    "ticket": lambda r: f"{r.choice(['CHG', 'RFC', 'INC', 'SR'])}-{r.randint(2023, 2026)}-{r.randint(1, 999999):06d}",
    "incno": lambda r: digits(r, 8), "contract": lambda r: r.choice([
        f"个贷字（{r.randint(2020, 2026)}）第{r.randint(1, 99999):05d}号", f"HT{digits(r, 12)}",
        f"{r.choice(W.CITIES)}借字{r.randint(2020, 2026)}-{r.randint(1, 9999):04d}"]),
    "docno": lambda r: r.choice([f"金罚决字〔{r.randint(2021, 2026)}〕{r.randint(1, 120)}号",
                                 f"银办发〔{r.randint(2021, 2026)}〕{r.randint(1, 300)}号", f"JG-{r.randint(2021, 2026)}-{r.randint(1, 999):03d}"]),
    "prodcode": lambda r: r.choice(["WL", "LC", "FX", "ZY"]) + digits(r, r.randint(6, 9)),
    "mmobile": mmobile, "mname": mname, "title": lambda r: r.choice(W.TITLES),
    "trap": lambda r: r.choice(W.TRAP_WORDS), "product": lambda r: r.choice(W.PRODUCTS),
    "loan": lambda r: r.choice(W.LOAN_PRODUCTS), "system": lambda r: r.choice(W.SYSTEMS),
    "phname": lambda r: r.choice(W.PLACEHOLDERS_NAME), "phphone": lambda r: r.choice(W.PLACEHOLDERS_PHONE),
    "phid": lambda r: r.choice(W.PLACEHOLDERS_ID), "phcard": lambda r: r.choice(["XXXX XXXX XXXX XXXX", "【卡号】", "6222 **** **** " + f"{r.randint(0, 9999):04d}", "________"]),
    "industry": lambda r: r.choice(W.INDUSTRIES), "OFFICIAL_ROLE": lambda r: r.choice(W.OFFICIAL_ROLES),
    "bank": bank, "branchname": branchname, "branchaddr": branchaddr, "company": company,
    "city": lambda r: r.choice(W.CITIES), "district": lambda r: r.choice(r.choice(W.PROVINCES_CITIES)[2]),
    "hm": lambda r: f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}",
    "days": lambda r: str(r.choice([2, 3, 5, 7, 15, 24, 30, 91, 181, 365])),
    "months": lambda r: str(r.choice([6, 12, 24, 36, 60])), "years": lambda r: str(r.randint(1, 10)),
    "dom": lambda r: str(r.randint(1, 28)), "num": lambda r: str(r.randint(1, 2000)),
    "idx": lambda r: f"{r.randint(0, 999):03d}", "gold": lambda r: str(r.randint(1900, 4200)),
    "oil": lambda r: f"{r.randint(55, 95)}.{r.randint(0, 99):02d}", "year": lambda r: str(r.randint(2022, 2026)),
    "weekday": lambda r: r.choice(["周一", "周二", "周三", "周四", "周五"]), "ext": lambda r: str(r.randint(1000, 8999)),
    "vernum": lambda r: f"{r.randint(1, 5)}.{r.randint(0, 9)}", "botname": lambda r: r.choice(["兴", "智", "e", "安"]),
    "jobname": lambda r: r.choice(["EOD_SETTLE", "GL_POST", "RECON_DAILY", "INT_ACCRUE", "CARD_BILL"]),
    "empno": lambda r: digits(r, 6), "devid": lambda r: f"ATM-{r.randint(100, 999)}-{r.randint(1, 99):02d}",
}

EXTRAS = [  # look-alike tails appended to some records (never PII)
    "（客服热线{hotline}）", "\n更新时间：{ts}", "\n文件编号：{docno}", "\n流水号：{orderno}",
    "\n附：示例手机号{mmobile}，示例户名{mname}。", "\n（联系人：{mname}，{hotline}）", "\n页码 {num}/{num2}",
    "\n{trap}提示：请勿向他人透露验证码。", "\n尾号{tail}账户为演示账户。",
]
FILL["hotline"] = lambda r: r.choice(W.HOTLINES)


# ---------------------------------------------------------------- building
def fill(template, r):
    """Return (text, spans) for a template; spans recorded as values are appended."""
    out, spans, cache, pos, last = [], [], {}, 0, 0
    for m in SLOT_RE.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        key = m.group(1) + m.group(2)
        base = m.group(1)
        if key not in cache:
            if base in PII_FILL:
                cache[key] = PII_FILL[base](r)
            else:
                cache[key] = FILL[base](r)
        val = cache[key]
        if base in PII_SLOTS:
            spans.append({"start": pos, "end": pos + len(val), "label": PII_SLOTS[base], "_v": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(template[last:])
    return "".join(out), spans


def build(r, genre, with_pii):
    parts = [r.choice(POS[genre]) if with_pii else r.choice(NEG[genre])]
    if r.random() < 0.2:  # long record: more sections of the same genre, PII-free ones
        for _ in range(r.randint(1, 2)):
            parts.insert(r.randint(0, len(parts)), r.choice(NEG[genre]))
    if r.random() < 0.35:
        parts[-1] = parts[-1] + r.choice(EXTRAS)
    text, spans = "", []
    for i, p in enumerate(parts):
        if i:
            text += "\n\n"
        t, s = fill(p, r)
        for sp in s:
            sp["start"] += len(text)
            sp["end"] += len(text)
        spans.extend(s)
        text += t
    return text, spans


RUN_RES = [re.compile(r"[0-9A-Za-z]+"), re.compile(r"\+?[0-9]+(?:[- ][0-9]+)*")]
PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]·?[0-9A-Z]{5,6}")
IP_RE = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+", re.ASCII)


def lookalike(text, spans):
    """A string outside every span that a validator accepts, or None."""
    def outside(a, b):
        return all(b <= s["start"] or a >= s["end"] for s in spans)
    for rx in RUN_RES:
        for m in rx.finditer(text):
            if not outside(m.start(), m.end()):
                continue
            v = m.group(0)
            cands = {v, v.lstrip("+")}
            for c in cands:
                for mod in VALIDATORS:
                    if mod.is_valid(c):
                        return c
    for rx in (PLATE_RE, IP_RE, EMAIL_RE):
        for m in rx.finditer(text):
            if outside(m.start(), m.end()) and (rx is not PLATE_RE or license_plate.is_valid(m.group(0))
                                                 or license_plate.is_valid(m.group(0)[:-1])):
                return m.group(0)
    return None


def self_check(records):
    ids = set()
    for rec in records:
        assert rec["id"] not in ids
        ids.add(rec["id"])
        text, spans = rec["text"], rec["spans"]
        prev = 0
        for s in spans:
            assert 0 <= prev <= s["start"] < s["end"] <= len(text), rec["id"]
            prev = s["end"]
            assert s["label"] in set(PII_SLOTS.values()), rec["id"]
            assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]], rec["id"]
            if s["label"] in LABEL_VALIDATOR:  # an identifier span is itself valid
                assert LABEL_VALIDATOR[s["label"]].is_valid(text[s["start"]:s["end"]]), rec["id"]
        if rec["_pii_free"]:
            assert not spans, rec["id"]
        else:
            assert spans, rec["id"]
        assert lookalike(text, spans) is None, (rec["id"], lookalike(text, spans))


def generate(seed=4, n=700, pii_share=0.4):
    r = random.Random(seed)
    genres = list(NEG)
    n_pos = round(n * pii_share)
    flags = [True] * n_pos + [False] * (n - n_pos)
    r.shuffle(flags)
    records = []
    for i, with_pii in enumerate(flags):
        genre = genres[i % len(genres)]
        for _ in range(200):
            text, spans = build(r, genre, with_pii)
            for s in spans:  # span text equals the inserted value
                assert text[s["start"]:s["end"]] == s["_v"]
            if lookalike(text, spans) is None:
                break
        else:
            raise RuntimeError(f"could not draw a record free of look-alikes for {genre}")
        records.append({"id": f"b4-{i + 1:04d}", "source": "blind4", "genre": genre, "text": text,
                        "spans": [{k: s[k] for k in ("start", "end", "label")} for s in spans],
                        "_pii_free": not with_pii})
    self_check(records)
    for rec in records:
        del rec["_pii_free"]
    return records


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--n", type=int, default=700)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args()
    recs = generate(a.seed, a.n)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    lab = Counter(s["label"] for rec in recs for s in rec["spans"])
    gen = Counter(rec["genre"] for rec in recs)
    free = sum(1 for rec in recs if not rec["spans"])
    print(f"{len(recs)} records, PII-free {free} ({free / len(recs):.1%})")
    print("labels:", dict(sorted(lab.items())))
    print("genres:", dict(sorted(gen.items())))


if __name__ == "__main__":
    main()
