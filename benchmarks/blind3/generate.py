"""Generate the blind3 held-out corpus (deterministic for a seed).

    python benchmarks/blind3/generate.py [--seed 3] [--out benchmarks/blind3/corpus.jsonl]

Templates (templates.py) are strings with ``⟨a|b|c⟩`` alternations and ``{slot}`` holes.
A slot is either labelled (it becomes a span, whose offsets are recorded while the text is
built) or a look-alike (plain text, redrawn until no identifier validator accepts it).
``{kind=tag}`` remembers a value, ``{=tag}`` repeats it, ``{sur=tag}`` writes only the surname
of the remembered person (surname + title is not labelled).
Only the standard library and ``cnpii.identifiers`` (to draw valid values and to reject
look-alikes) are used.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import words as W  # noqa: E402
import templates as T  # noqa: E402
from cnpii.identifiers import (  # noqa: E402
    bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone, passport,
    resident_id, uscc,
)

VALIDATORS = (resident_id, mobile_phone, landline_phone, bank_card, uscc, passport,
              hk_macau_permit, license_plate)
FW = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def to_ascii(s: str) -> str:
    return "".join(FW.get(c, c) for c in s)


def any_valid(s: str) -> bool:
    return any(m.is_valid(s) for m in VALIDATORS)


def lookalike(r: random.Random, draw) -> str:
    for _ in range(1000):
        s = draw(r)
        if not any_valid(s) and not any(any_valid(x) for x in re.findall(r"[0-9A-Za-z]+", to_ascii(s))):
            return s
    raise RuntimeError("could not draw an invalid look-alike")


def digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------- labelled values
def person(r: random.Random, kind: str = "any") -> tuple[str, str]:
    """(full name, surname)."""
    x = r.random()
    if kind == "word" or (kind == "any" and x < 0.14):
        n = r.choice(W.WORD_NAMES)
        return n, n[0]
    if kind == "minority" or (kind == "any" and x < 0.21):
        n = r.choice(W.MINORITY_NAMES)
        return n, n.split("·")[0]
    if kind == "compound" or (kind == "any" and x < 0.29):
        s = r.choice(W.SURNAMES_COMPOUND)
    elif x < 0.36:
        s = r.choice(W.SURNAMES_RARE)
    else:
        s = W.SURNAMES_COMMON[min(int(r.expovariate(1 / 18)), len(W.SURNAMES_COMMON) - 1)]
    pool = r.choice((W.GIVEN_MALE, W.GIVEN_FEMALE))
    if r.random() < 0.06:
        pool = pool + W.GIVEN_RARE
    g = r.choice(pool) if r.random() < 0.4 else r.choice(pool) + r.choice(pool)
    return s + g, s


def adult_id(r: random.Random) -> str:
    """A valid resident ID of someone born 1945-2005 (bank customers are adults)."""
    while True:
        v = resident_id.generate(r)
        if 1945 <= int(v[6:10]) <= 2005:
            return v


def id_card(r: random.Random) -> str:
    v = adult_id(r)
    if r.random() < 0.25:
        while not v.endswith("X"):
            v = adult_id(r)
        if r.random() < 0.7:
            v = v[:-1] + "x"
    x = r.random()
    if x < 0.12:
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if x < 0.17:
        return fullwidth(v)
    if x < 0.2:
        return f"{v[:6]}-{v[6:14]}-{v[14:]}"
    return v


def id_ocr(r: random.Random) -> str:
    v = adult_id(r)
    x = r.random()
    if x < 0.3:
        return " ".join(v)  # OCR spacing between every character
    if x < 0.6:
        cut = r.randint(4, 14)
        return v[:cut] + "\n" + v[cut:]  # value broken across lines
    if x < 0.8:
        cuts = sorted(r.sample(range(2, 17), 3))
        return v[:cuts[0]] + " " + v[cuts[0]:cuts[1]] + "  " + v[cuts[1]:cuts[2]] + " " + v[cuts[2]:]
    return v


def card_ocr(r: random.Random) -> str:
    v = bank_card.generate(r)
    x = r.random()
    if x < 0.4:
        return v[:4] + " " + v[4:9] + " " + v[9:13] + " " + v[13:]  # misplaced gap
    if x < 0.7:
        cut = r.randint(6, len(v) - 4)
        return v[:cut] + "\n" + v[cut:]
    return "  ".join(v[i:i + 4] for i in range(0, len(v), 4))


def name_spaced(r: random.Random) -> tuple[str, str]:
    full, s = person(r)
    if "·" in full:
        return full, s
    return " ".join(full), s


def mobile(r: random.Random) -> str:
    v = mobile_phone.generate(r)
    x = r.random()
    if x < 0.12:
        return f"{v[:3]} {v[3:7]} {v[7:]}"
    if x < 0.2:
        return f"{v[:3]}-{v[3:7]}-{v[7:]}"
    if x < 0.26:
        return "+86 " + r.choice((v, f"{v[:3]} {v[3:7]} {v[7:]}"))
    if x < 0.3:
        return "+86-" + v
    if x < 0.33:
        return "+86" + v
    if x < 0.38:
        return "0086 " + v if r.random() < 0.5 else "0086" + v
    if x < 0.43:
        return fullwidth(v)
    if x < 0.45:
        return "(+86)" + v
    return v


def landline(r: random.Random) -> str:
    f = landline_phone.format(landline_phone.generate(r))
    ext = ""
    if "转" in f:
        f, ext = f.split("转", 1)
    area, local = f.split("-", 1)
    x = r.random()
    if x < 0.15:
        s = f"({area}){local}"
    elif x < 0.22:
        s = f"（{area}）{local}"
    elif x < 0.32:
        s = f"{area} {local[:len(local) // 2]} {local[len(local) // 2:]}"
    elif x < 0.4:
        s = area + local
    else:
        s = f"{area}-{local}"
    if ext:
        s += r.choice(("转", "-", " ext.", "转")) + ext
    return s


def card(r: random.Random) -> str:
    v = bank_card.generate(r)
    x = r.random()
    if x < 0.32:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if x < 0.37:
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    if x < 0.42:
        return fullwidth(v)
    return v


def pinyin_name(r: random.Random) -> tuple[str, str]:
    s = r.choice(list(W.PINYIN))
    return W.PINYIN[s], r.choice(W.PINYIN_GIVEN)


def email(r: random.Random, staff: bool = False) -> str:
    sur, given = pinyin_name(r)
    sur, given = sur.lower(), given.lower()
    if staff:
        local = r.choice((f"{given}.{sur}", f"{sur}{given[0]}", f"{sur}_{given}", f"{given[0]}{sur}{r.randint(1, 99)}"))
        return f"{local}@{r.choice(W.STAFF_DOMAINS)}"
    local = r.choice((f"{sur}{given}", f"{sur}{given}{r.randint(60, 2005)}", f"{given}_{sur}", f"{sur}.{given}",
                      f"{digits(r, r.randint(6, 10))}", f"{given}{sur[0]}{r.randint(1, 999)}"))
    if local.isdigit():
        return f"{local}@qq.com"
    return f"{local}@{r.choice(W.EMAIL_DOMAINS)}"


def passport_no(r: random.Random) -> str:
    for _ in range(100):
        v = passport.generate(r)
        if v[0] in "EG" or r.random() < 0.1:
            return v
    return v


def hkm_no(r: random.Random) -> str:
    return hk_macau_permit.generate(r)


def uscc_no(r: random.Random, kind: str = "9") -> str:
    for _ in range(500):
        v = uscc.generate(r)
        if v[0] == kind and v[1] in "123":
            return v
    return v


def uscc_ind(r: random.Random) -> str:
    for _ in range(2000):
        v = uscc.generate(r)
        if v.startswith("92"):
            return v
    return uscc_no(r)


def plate(r: random.Random) -> str:
    for _ in range(100):
        v = license_plate.generate(r)
        if not v.startswith("使") and v[-1] not in "港澳领学警挂试超":
            break
    if r.random() < 0.3:
        return license_plate.format(v)
    return v


def ip(r: random.Random) -> str:
    if r.random() < 0.12:
        return ":".join(format(r.randint(0, 0xFFFF), "x") for _ in range(8))
    first = r.choice((10, 172, 192, 36, 58, 61, 101, 114, 117, 120, 183, 221, 223))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _street(r):
    return f"{r.choice(W.ROAD_STEMS)}{r.choice(W.ROAD_SUFFIX)}{r.randint(1, 999)}号"


def _unit(r):
    x = r.random()
    if x < 0.5:
        return f"{r.choice(W.ESTATES)}{r.randint(1, 32)}栋{r.randint(1, 6)}单元{r.randint(1, 33)}{r.randint(1, 4):02d}室"
    if x < 0.75:
        return f"{r.choice(W.ESTATES)}{r.randint(1, 20)}幢{r.randint(101, 2804)}室"
    return f"{r.randint(1, 18)}号楼{r.randint(1, 5)}门{r.randint(101, 602)}"


def place(r: random.Random) -> tuple[str, str, str]:
    """(province, city, district) that belong together."""
    prov = r.choice(sorted(W.PROVINCES))
    city = r.choice(sorted(W.PROVINCES[prov]))
    return prov, city, r.choice(W.PROVINCES[prov][city])


def address_parts(r: random.Random) -> list[str]:
    if r.random() < 0.3:
        city, dists = r.choice(W.MUNICIPALITIES)
        parts = [city, r.choice(dists)]
    else:
        prov, city, dist = place(r)
        parts = [prov, city, dist]
        if r.random() < 0.25:
            parts = parts[1:]
    parts.append(_street(r))
    if r.random() < 0.75:
        parts.append(_unit(r))
    return parts


def address(r: random.Random) -> str:
    return "".join(address_parts(r))


def address_partial(r: random.Random) -> str:
    x = r.random()
    if x < 0.35:
        prov, city, dist = place(r)
        return dist + _street(r)
    if x < 0.6:
        return _unit(r)
    if x < 0.8:
        return _street(r) + _unit(r)
    prov, city, dist = place(r)
    return city + dist + _street(r)


def address_rural(r: random.Random) -> str:
    prov, city, county = r.choice(W.COUNTIES)
    parts = [prov, city, county] if r.random() < 0.6 else [county]
    parts += [r.choice(W.TOWNS), r.choice(W.VILLAGES)]
    tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 80)}号", f"{r.randint(1, 9)}组", f"{r.randint(1, 120)}号", ""))
    return "".join(parts) + tail


def address_shop(r: random.Random) -> str:
    prov, city, dist = place(r)
    c = city if r.random() < 0.6 else ""
    x = r.random()
    if x < 0.5:
        return f"{c}{dist}{_street(r)}{r.randint(1, 3)}楼{r.randint(1, 40)}号商铺"
    if x < 0.8:
        return f"{c}{dist}{r.choice(W.ROAD_STEMS)}{r.choice(W.MARKETS)}{r.choice('ABCDE')}区{r.randint(1, 300)}号"
    return f"{c}{dist}{_street(r)}底商"


def address_broken(r: random.Random) -> str:
    parts = address_parts(r)
    cut = r.randint(1, len(parts) - 1)
    return "".join(parts[:cut]) + "\n" + "".join(parts[cut:])


# ---------------------------------------------------------------- look-alikes (no span)
def branch(r):
    return r.choice(W.BANK_NAMES) + r.choice(W.BRANCH_PLACES) + r.choice(W.BRANCH_KINDS)


def company(r):
    prov, city, dist = place(r)
    pre = r.choice((city, city[:-1], dist[:-1], ""))
    return pre + r.choice(W.COMPANY_STEMS) + r.choice(W.COMPANY_TRADES)


def court(r):
    prov, city, dist = place(r)
    return f"{city}{dist}人民法院"


def district(r):
    prov, city, dist = place(r)
    return r.choice((dist, city, prov, city + dist))


def ts(r):
    y, mo, d, h, mi, s = r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice((
        f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}", f"{y}/{mo}/{d} {h}:{mi:02d}", f"{y}年{mo}月{d}日 {h:02d}:{mi:02d}",
        f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}", f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+08:00",
        f"{y}.{mo:02d}.{d:02d} {h:02d}:{mi:02d}", f"{y}年{mo}月{d}日{h}时{mi}分",
    ))


def date(r):
    y, mo, d = r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{mo:02d}-{d:02d}", f"{y}年{mo}月{d}日", f"{y}/{mo:02d}/{d:02d}", f"{y}.{mo}.{d}", f"{y}{mo:02d}{d:02d}"))


def amount(r):
    v = r.choice((r.randint(100, 9999), r.randint(10000, 999999), r.randint(1, 99) * 10000))
    return r.choice((f"{v:,}.{r.randint(0, 99):02d}元", f"¥{v:,}", f"{v}元", f"{v / 10000:g}万元", f"人民币{v:,.2f}元", f"RMB {v:,.2f}"))


def rate(r):
    return r.choice((f"{r.uniform(1.8, 4.8):.2f}%", f"年化{r.uniform(2, 5):.2f}%", f"{r.uniform(2, 4.5):.2f}%-{r.uniform(4.5, 6):.2f}%"))


def lrate(r):
    return r.choice((f"{r.uniform(3.0, 6.5):.2f}%", f"LPR+{r.randint(10, 120)}BP", f"年利率{r.uniform(3, 6):.2f}%", f"日利率0.0{r.randint(2, 5)}%"))


def hotline(r):
    return r.choice(("95588", "95599", "95566", "95533", "95555", "95559", "95528", "95568", "95595", "95577", "96588", "12363", "12378", "96110",
                     lookalike(r, lambda q: f"400-{q.randint(100, 999)}-{q.randint(1000, 9999)}"),
                     lookalike(r, lambda q: f"400{q.randint(1000000, 9999999)}")))


def masked_mobile(r):
    v = mobile_phone.generate(r)
    return r.choice((f"{v[:3]}****{v[7:]}", f"{v[:3]}*****{v[8:]}", f"*******{v[7:]}", f"{v[:3]} **** {v[7:]}"))


def masked_id(r):
    v = adult_id(r)
    return r.choice((f"{v[:6]}********{v[14:]}", f"{v[:3]}***************", f"{v[:1]}****************{v[-1]}", f"{v[:4]}**********{v[14:]}"))


def masked_card(r):
    v = bank_card.generate(r)
    return r.choice((f"{v[:4]} **** **** {v[-4:]}", f"{v[:6]}******{v[-4:]}", f"**** **** **** {v[-4:]}", f"尾号{v[-4:]}", f"{v[:6]}*********{v[-4:]}"))


def masked_name(r):
    full, s = person(r)
    if "·" in full:
        full, s = "张伟", "张"
    return r.choice((s + "*", s + "*" * (len(full) - len(s)), s + "某", s + "某某", s + "先生", s + "女士", s + "**", "*" + full[-1], s + "总", s + "经理", s + "阿姨", "老" + s, "小" + s))


def bad_id(r):
    v = adult_id(r)
    return lookalike(r, lambda q: v[:-1] + q.choice("0123456789X"))


def bad_card(r):
    v = bank_card.generate(r)
    return lookalike(r, lambda q: v[:-1] + q.choice("0123456789"))


def bad_mobile(r):
    return lookalike(r, lambda q: "1" + q.choice("0126") + digits(q, 9, "0123456789"))


def order(r):
    return lookalike(r, lambda q: q.choice(("", "DD", "NO", "TX", "P", "ORD", "SO")) + q.choice(("2023", "2024")) + digits(q, q.randint(10, 16), "0123456789"))


def serial(r):
    return lookalike(r, lambda q: digits(q, q.choice((20, 22, 24, 26, 32))))


def merch(r):
    return lookalike(r, lambda q: "8" + digits(q, 14, "0123456789"))


def term(r):
    return lookalike(r, lambda q: digits(q, 8, "0123456789"))


def batch(r):
    return lookalike(r, lambda q: f"{q.randint(0, 999999):06d}")


def tail(r):
    return f"{r.randint(0, 9999):04d}"


def err(r):
    return r.choice((f"E{r.randint(1000, 9999)}", f"ERR-{r.randint(100, 99999)}", f"RC={r.randint(0, 99):02d}", f"CB{r.randint(100000, 999999)}",
                     f"0x{r.randint(0, 0xFFFFFF):06X}", f"TIMEOUT_{r.randint(100, 999)}", f"AUTH{r.randint(10, 99)}-{r.randint(1, 9)}"))


def ticket(r):
    return lookalike(r, lambda q: q.choice(("GD", "TS", "WO-", "KF", "CS")) + q.choice(("2023", "2024")) + digits(q, q.randint(6, 9), "0123456789"))


def caseno(r):
    prov = r.choice("浙苏粤川鄂鲁豫闽湘皖京沪")
    return r.choice((f"({r.randint(2019, 2024)}){prov}{r.randint(100, 9999):04d}民初{r.randint(1, 29999)}号",
                     f"FZ-{r.randint(2021, 2024)}-{r.randint(10000, 99999)}", f"警情编号{lookalike(r, lambda q: digits(q, 14, '0123456789'))}"))


def contract(r):
    return lookalike(r, lambda q: q.choice(("HT", "DK", "JK", "XD", "LC")) + f"-{q.randint(2019, 2024)}-" + digits(q, q.randint(5, 8), "0123456789"))


def product(r):
    return lookalike(r, lambda q: q.choice(("LC", "JJ", "ZY", "WM", "TT")) + digits(q, q.randint(6, 8), "0123456789"))


def zipcode(r):
    return lookalike(r, lambda q: f"{q.randint(10, 85)}{q.randint(0, 9999):04d}")


def swift(r):
    return r.choice(("ICBKCNBJ", "BKCHCNBJ", "PCBCCNBJ", "ABOCCNBJ", "COMMCNSH", "CMBCCNBS", "HSBCHKHH", "BOFAUS3N", "DBSSSGSG", "CTBAAU2S"))


def foreign_acct(r):
    return lookalike(r, lambda q: q.choice(("GB", "DE", "FR")) + f"{q.randint(10, 99)}" + "".join(q.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + digits(q, 14, "0123456789"))


def small(r):
    return str(r.randint(2, 60))


def pct(r):
    return f"{r.randint(5, 95)}%"


def year(r):
    return str(r.randint(2019, 2024))


SLOTS = {
    # labelled
    "name": (lambda r: person(r), "PERSON"),
    "name_w": (lambda r: person(r, "word"), "PERSON"),
    "name_c": (lambda r: person(r, "compound"), "PERSON"),
    "name_m": (lambda r: person(r, "minority"), "PERSON"),
    "id": (id_card, "CN_ID_CARD"),
    "mobile": (mobile, "CN_MOBILE"),
    "id_ocr": (id_ocr, "CN_ID_CARD"),
    "card_ocr": (card_ocr, "BANK_CARD"),
    "name_sp": (name_spaced, "PERSON"),
    "landline": (landline, "CN_LANDLINE"),
    "card": (card, "BANK_CARD"),
    "email": (email, "EMAIL"),
    "staffmail": (lambda r: email(r, True), "EMAIL"),
    "addr": (address, "ADDRESS"),
    "addr_p": (address_partial, "ADDRESS"),
    "addr_r": (address_rural, "ADDRESS"),
    "addr_s": (address_shop, "ADDRESS"),
    "addr_nl": (address_broken, "ADDRESS"),
    "passport": (passport_no, "CN_PASSPORT"),
    "hkm": (hkm_no, "CN_HK_MACAU_PERMIT"),
    "uscc": (uscc_no, "CN_USCC"),
    "uscc_ind": (uscc_ind, "CN_USCC"),
    "plate": (plate, "LICENSE_PLATE"),
    "ip": (ip, "IP_ADDRESS"),
    # not labelled
    "pinyin": (lambda r: " ".join(pinyin_name(r)), None),
    "branch": (branch, None), "company": (company, None), "court": (court, None), "district": (district, None),
    "city": (lambda r: r.choice(W.CITIES), None), "country": (lambda r: r.choice(W.COUNTRIES), None),
    "country_en": (lambda r: r.choice(W.COUNTRIES_EN), None), "fbank": (lambda r: r.choice(W.FOREIGN_BANKS), None),
    "uni": (lambda r: r.choice(W.UNIVERSITIES), None), "swift": (swift, None), "iban": (foreign_acct, None),
    "ts": (ts, None), "date": (date, None), "amt": (amount, None), "rate": (rate, None), "hotline": (hotline, None),
    "lrate": (lrate, None), "deprate": (lambda r: f"{r.uniform(1.1, 2.6):.2f}%", None),
    "feerate": (lambda r: f"{r.choice((0.5, 0.6, 0.65, 0.7, 0.75, 0.8)):.2f}%", None),
    "m_mobile": (masked_mobile, None), "m_id": (masked_id, None), "m_card": (masked_card, None), "m_name": (masked_name, None),
    "bad_id": (bad_id, None), "bad_card": (bad_card, None), "bad_mobile": (bad_mobile, None),
    "order": (order, None), "serial": (serial, None), "merch": (merch, None), "term": (term, None), "batch": (batch, None),
    "tail": (tail, None), "err": (err, None), "ticket": (ticket, None), "caseno": (caseno, None), "contract": (contract, None),
    "product": (product, None), "zip": (zipcode, None), "n": (small, None), "pct": (pct, None), "year": (year, None),
    "mon": (lambda r: str(r.randint(1, 12)), None), "day": (lambda r: str(r.randint(1, 28)), None),
    "age": (lambda r: str(r.randint(58, 96)), None),
    "byear": (lambda r: str(r.randint(1948, 2005)), None),
    "usd": (lambda r: f"{r.randint(500, 60000):,}.{r.randint(0, 99):02d}", None),
    "fx_usd": (lambda r: f"{r.uniform(6.7, 7.35):.4f}", None), "fx_eur": (lambda r: f"{r.uniform(7.4, 8.1):.4f}", None),
    "fx_jpy": (lambda r: f"{r.uniform(0.046, 0.066):.5f}", None),
    "word": (lambda r: r.choice(W.SURNAME_WORDS), None), "occ": (lambda r: r.choice(W.OCCUPATIONS), None),
    "eth": (lambda r: r.choice(W.ETHNICITIES), None), "title": (lambda r: r.choice(W.OFFICIAL_TITLES), None),
}

ALT = re.compile(r"⟨([^⟨⟩]*)⟩")
HOLE = re.compile(r"\{([a-z_]*)(?:=([a-z0-9]+))?\}")


def render(template: str, r: random.Random) -> tuple[str, list[dict]]:
    while True:
        t2 = ALT.sub(lambda m: r.choice(m.group(1).split("|")), template)
        if t2 == template:
            break
        template = t2
    out: list[str] = []
    pos = 0
    spans: list[dict] = []
    inserted: list[str] = []
    memory: dict[str, tuple[str, str | None, str]] = {}
    for m in HOLE.finditer(template):  # draw remembered values first: {sur=t} may come before {name=t}
        kind, tag = m.group(1), m.group(2)
        if kind and kind not in ("sur", "by", "bm", "bd", "sex") and tag and tag not in memory:
            fn, label = SLOTS[kind]
            val = fn(r)
            text, sur = val if isinstance(val, tuple) else (val, "")
            memory[tag] = (text, label, sur)
    last = 0
    for m in HOLE.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        kind, tag = m.group(1), m.group(2)
        if kind == "" and tag:  # {=tag}: repeat
            text, label, _ = memory[tag]
        elif kind == "sur":  # {sur=tag}: surname only, unlabelled
            text, label = memory[tag][2], None
        elif kind in ("by", "bm", "bd", "sex"):  # birth date / sex of a remembered ID, unlabelled
            idn = re.sub(r"[^0-9Xx]", "", to_ascii(memory[tag][0]))
            text, label = {"by": idn[6:10], "bm": str(int(idn[10:12])), "bd": str(int(idn[12:14])),
                           "sex": "男" if int(idn[16]) % 2 else "女"}[kind], None
        elif tag:  # {kind=tag}: drawn above
            text, label, _ = memory[tag]
        else:
            fn, label = SLOTS[kind]
            val = fn(r)
            text = val[0] if isinstance(val, tuple) else val
        if label:
            spans.append({"start": pos, "end": pos + len(text), "label": label})
            inserted.append(text)
        out.append(text)
        pos += len(text)
    out.append(template[last:])
    full = "".join(out)
    for sp, value in zip(spans, inserted):  # offsets were recorded while building; confirm them
        assert full[sp["start"]:sp["end"]] == value
    return full, spans


RUN = re.compile(r"[0-9A-Za-z]+(?:[ \-.·][0-9A-Za-z]+)*")


def self_check(rec: dict, free: bool) -> None:
    text, spans = rec["text"], rec["spans"]
    prev = 0
    for s in spans:
        assert 0 <= prev <= s["start"] < s["end"] <= len(text), rec["id"]
        prev = s["end"]
        v = text[s["start"]:s["end"]]
        assert v == v.strip() and v, (rec["id"], v)
        if s["label"] in ("CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE"):
            assert any_valid(v), (rec["id"], v)
    if free:
        assert not spans, rec["id"]
    masked = list(to_ascii(text))
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "\u0000"
    plain = "".join(masked)
    for m in RUN.finditer(plain):
        cands = {m.group(0)} | set(re.findall(r"[0-9A-Za-z]+", m.group(0)))
        if m.start() > 0:
            cands.add(plain[m.start() - 1] + m.group(0))
        for c in cands:
            assert not any_valid(c), (rec["id"], c)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--per-genre", type=int, default=70)
    ap.add_argument("--free-per-genre", type=int, default=25)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl"))
    a = ap.parse_args(argv)
    r = random.Random(a.seed)
    records = []
    n = 0
    redraws = 0
    for genre, tp in T.GENRES.items():
        kinds = ["free"] * a.free_per_genre + ["pii"] * (a.per_genre - a.free_per_genre)
        r.shuffle(kinds)
        for k in kinds:
            n += 1
            for attempt in range(50):
                text, spans = render(r.choice(tp[k]), r)
                if k == "pii" and r.random() < 0.2:
                    extra, _ = render(r.choice(tp["free"]), r)
                    text = text + "\n" + extra
                rec = {"id": f"b3-{n:05d}", "source": "blind3", "genre": genre, "text": text, "spans": spans}
                try:
                    self_check(rec, k == "free")
                except AssertionError:
                    redraws += 1
                    continue
                if k == "pii" and not spans:
                    continue
                break
            else:
                raise RuntimeError(f"record {n} failed its self-check 50 times")
            records.append(rec)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labels = Counter(s["label"] for rec in records for s in rec["spans"])
    free = sum(1 for rec in records if not rec["spans"])
    print(f"{redraws} records redrawn because a look-alike passed a validator")
    print(f"{len(records)} records, {free} PII-free ({free / len(records):.0%}), {sum(labels.values())} spans")
    for k, v in labels.most_common():
        print(f"  {k:20s} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
