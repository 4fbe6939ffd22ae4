"""Generate (or check) the blind9 evaluation corpus.

    python generate.py [--seed 9] [--n 800] [--out corpus.jsonl]
    python generate.py --check corpus.jsonl

One ``random.Random(seed)`` drives everything, including the ``cnpii.identifiers`` ``generate``
calls. Span offsets are recorded while the text is built. Every record passes ``self_check``
before it is kept (a failing record is drawn again).

Only ``cnpii.identifiers`` is imported from cnpii (to make valid identifiers and to make sure
look-alike numbers are not valid); the detector is never imported.
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

from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate,  # noqa: E402
                               mobile_phone, passport, resident_id, uscc)

import templates as T  # noqa: E402
import words as W  # noqa: E402

SOURCE = "blind9"
GENRE_ORDER = ["safe_deposit", "vehicle_loan", "merchant_onboard", "pension_payroll", "elderly_care",
               "atm_incident", "student_loan", "overseas_remit", "subsidy_roster", "app_review"]
LABELS = {"PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS"}
ID_VALIDATORS = {
    "CN_ID_CARD": resident_id.is_valid, "CN_MOBILE": mobile_phone.is_valid,
    "CN_LANDLINE": landline_phone.is_valid, "BANK_CARD": bank_card.is_valid,
    "CN_PASSPORT": passport.is_valid, "CN_HK_MACAU_PERMIT": hk_macau_permit.is_valid,
    "CN_USCC": uscc.is_valid, "LICENSE_PLATE": license_plate.is_valid,
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![0-9.])\d{1,3}(?:\.\d{1,3}){3}(?![0-9])")


def _is_email(s):
    return bool(re.fullmatch(EMAIL_RE, s))


def _is_ipv4(s):
    try:
        ipaddress.IPv4Address(s)
        return True
    except ValueError:
        return False


VALIDATORS = dict(ID_VALIDATORS, EMAIL=_is_email, IP_ADDRESS=_is_ipv4)

# ---------------------------------------------------------------------------------------------
# Look-alike scanning (used on blanked text and on every drawn hard-negative number)

DIG = "0-9０-９"
ALNUM = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
RUN_DIG = re.compile(f"[{DIG}]+")
RUN_ALNUM = re.compile(f"[{ALNUM}]+")
GROUPED = re.compile(f"[{ALNUM}]+(?:[ \\-－][{ALNUM}]+)+")
BRACKET = re.compile(f"[（(][{DIG}]{{3,4}}[)）] ?[{DIG}][{DIG} \\-]{{5,12}}")
PROVINCES = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使")


def candidates(text):
    for rx in (RUN_DIG, RUN_ALNUM, BRACKET):
        for m in rx.finditer(text):
            yield m.group()
    for m in GROUPED.finditer(text):
        parts = re.split(r"([ \-－])", m.group())
        toks = parts[0::2]
        seps = parts[1::2]
        for i in range(len(toks)):
            s = toks[i]
            for j in range(i + 1, len(toks)):
                s = s + seps[j - 1] + toks[j]
                yield s
    for i, ch in enumerate(text):
        if ch in PROVINCES:
            for ln in range(5, 11):
                if i + ln <= len(text):
                    yield text[i:i + ln]


def lookalikes(text):
    """Identifier-like strings in ``text`` that some validator accepts, plus e-mails and IPv4."""
    hits = []
    for c in candidates(text):
        for lab, f in ID_VALIDATORS.items():
            if f(c):
                hits.append((lab, c))
    for m in EMAIL_RE.finditer(text):
        hits.append(("EMAIL", m.group()))
    for m in IPV4_RE.finditer(text):
        hits.append(("IP_ADDRESS", m.group()))
    return hits


def safe(rng, maker):
    """Draw a hard-negative string until no validator accepts any part of it."""
    for _ in range(200):
        s = maker(rng)
        if not lookalikes(s):
            return s
    raise RuntimeError("could not draw a safe value")


# ---------------------------------------------------------------------------------------------
# Builder

class Builder:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.values = []

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def span(self, value, label):
        start = self.n
        self.add(value)
        self.spans.append({"start": start, "end": self.n, "label": label})
        self.values.append(value)

    @property
    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# Values

def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def full_width(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or "A" <= c <= "Z" else c for c in s)


def person_name(rng, old=False):
    sur = rng.choices(W.SURNAMES, weights=[6 if len(s[0]) == 1 else 1 for s in W.SURNAMES])[0]
    pool = W.GIVEN_OLD if old and rng.random() < 0.7 else W.GIVEN
    k = 1 if rng.random() < 0.3 else 2
    given = [rng.choice(pool) for _ in range(k)]
    if k == 2 and given[0][0] == given[1][0] and rng.random() < 0.5:
        given = given[:1]
    return sur, given


def zh_name(rng, old=False):
    sur, given = person_name(rng, old)
    return sur[0] + "".join(g[0] for g in given)


def py_name(rng):
    sur, given = person_name(rng)
    g = "".join(x[1] for x in given)
    style = rng.random()
    if style < 0.5:
        return f"{sur[1]} {g}", sur[0] + "".join(x[0] for x in given)
    if style < 0.8:
        return f"{g} {sur[1]}", sur[0] + "".join(x[0] for x in given)
    return f"{sur[1].title()} {g.title()}", sur[0] + "".join(x[0] for x in given)


def surname(rng):
    return rng.choice(W.SURNAMES[:95])[0]


def mobile_value(rng):
    m = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.68:
        v = m
    elif r < 0.78:
        v = f"{m[:3]} {m[3:7]} {m[7:]}"
    elif r < 0.84:
        v = f"{m[:3]}-{m[3:7]}-{m[7:]}"
    elif r < 0.92:
        v = "+86 " + m
    elif r < 0.95:
        v = "+86-" + m
    elif r < 0.97:
        v = "0086" + m
    else:
        v = full_width(m)
    return v


def adult_id(rng):
    """A resident ID of someone born 1938-2006 (the people in these texts are adults)."""
    for _ in range(50):
        v = resident_id.generate(rng)
        if 1938 <= int(v[6:10]) <= 2006:
            return v
    return v


def id_value(rng):
    v = adult_id(rng)
    r = rng.random()
    if r < 0.05:
        v = resident_id.format(v)
    elif r < 0.08 and v.endswith("X"):
        v = v[:-1] + "x"
    elif r < 0.1:
        v = full_width(v)
    return v


CARD_BINS = ["622848", "621700", "622202", "623062", "621799", "622588", "621661", "622260",
             "621483", "622700", None, None, None]


def card_value(rng):
    b = rng.choice(CARD_BINS)
    v = bank_card.generate(rng, bin=b, length=rng.choice([16, 19, 19])) if b else bank_card.generate(rng)
    r = rng.random()
    if r < 0.35:
        v = bank_card.format(v)
    elif r < 0.4:
        v = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def landline_value(rng):
    v = landline_phone.format(landline_phone.generate(rng))
    r = rng.random()
    base, _, ext = v.partition("转")
    area, _, local = base.partition("-")
    if r < 0.2:
        c = f"({area}){local}" + (f"转{ext}" if ext else "")
    elif r < 0.3:
        c = area + local
    elif r < 0.38 and len(local) == 8:
        c = f"{area} {local[:4]} {local[4:]}"
    else:
        c = v
    return c if landline_phone.is_valid(c) else v


def plate_value(rng):
    for _ in range(20):
        p = license_plate.generate(rng)
        if not p.startswith("使") or rng.random() < 0.1:
            break
    if rng.random() < 0.3 and not p.startswith("使"):
        f = license_plate.format(p)
        if license_plate.is_valid(f):
            p = f
    return p


def email_value(rng):
    py, _ = py_name(rng)
    local = py.lower().replace(" ", rng.choice(["", ".", "_"]))
    dom = rng.choice(W.EMAIL_DOMAINS)
    if dom == "qq.com" and rng.random() < 0.6:
        local = str(rng.randint(10000, 3999999999))
    elif rng.random() < 0.5:
        local += str(rng.randint(1, 2024))
    return f"{local}@{dom}"


def ip_value(rng):
    r = rng.random()
    if r < 0.5:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.8:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def house_no(rng):
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1, 30)]))


def urban_address(rng, region, full=True):
    if isinstance(region, tuple) and len(region) == 5:  # municipality
        city, dists, streets, roads, comps = region
        head = [city, rng.choice(dists)]
    else:
        prov, city, dists, streets, roads, comps, _v = region
        head = ([prov] if full and rng.random() < 0.7 else []) + [city, rng.choice(dists)]
    parts = head[:]
    if rng.random() < 0.6:
        parts.append(rng.choice(streets))
    parts.append(rng.choice(roads) + house_no(rng) + "号")
    r = rng.random()
    if r < 0.45:
        parts.append(rng.choice(comps) + f"{rng.randint(1, 28)}{rng.choice(['幢', '栋', '号楼'])}"
                     f"{rng.randint(1, 4)}单元{rng.randint(1, 26)}0{rng.randint(1, 4)}室")
    elif r < 0.7:
        parts.append(f"{rng.randint(1, 18)}-{rng.randint(1, 6)}-{rng.randint(1, 30)}0{rng.randint(1, 4)}")
    elif r < 0.8:
        parts[-1] = rng.choice(roads) + f"{rng.randint(1, 300)}弄{rng.randint(1, 80)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
    return "".join(parts)


RURAL_TOWNS = ["城关镇", "新集镇", "王店乡", "李集镇", "双河镇", "高桥镇", "石桥乡", "马庄乡",
               "白塔镇", "金山乡", "龙泉镇", "杨湖乡", "张店镇", "何寨乡"]


def rural_address(rng, region):
    if len(region) == 5:
        region = rng.choice(W.REGIONS)
    prov, city, dists, streets, roads, comps, villages = region
    parts = [prov] if rng.random() < 0.7 else []
    parts += [city, rng.choice(dists)]
    towns = [s for s in streets if s.endswith("镇")] + RURAL_TOWNS
    parts.append(rng.choice(towns))
    parts.append(rng.choice(villages))
    r = rng.random()
    if r < 0.5:
        parts.append(f"{rng.choice('一二三四五六七八九')}组{rng.randint(1, 120)}号")
    elif r < 0.8:
        parts.append(f"{rng.randint(1, 12)}组{rng.randint(1, 120)}号")
    else:
        parts.append(f"{rng.randint(1, 200)}号")
    return "".join(parts)


def org_address(rng, region):
    """An organisation's address (branch, shop, company, nursing home): NOT labelled."""
    if len(region) == 5:
        city, dists, streets, roads, comps = region
    else:
        _p, city, dists, streets, roads, comps, _v = region
    s = city + rng.choice(dists) + (rng.choice(streets) if rng.random() < 0.3 else "")
    s += rng.choice(roads) + str(rng.randint(1, 500)) + "号"
    r = rng.random()
    if r < 0.3:
        s += rng.choice(["金融大厦", "商务中心", "综合楼", "国际广场", "商贸城"]) + f"{rng.randint(1, 3)}楼"
    elif r < 0.45:
        s += f"{rng.randint(1, 30)}号商铺"
    return s


def masked_address(rng, region):
    a = urban_address(rng, region)
    k = rng.randint(6, 10)
    return a[:k] + "*" * rng.randint(4, 8) if rng.random() < 0.7 else rng.choice(
        ["（地址已脱敏）", "详见客户档案", "同身份证地址", "（略）"])


def mask(s, first, last, ch="*"):
    return s[:first] + ch * (len(s) - first - last) + s[len(s) - last:]


DATE_FORMATS = [
    lambda y, m, dd: f"{y}年{m}月{dd}日", lambda y, m, dd: f"{y}-{m:02d}-{dd:02d}",
    lambda y, m, dd: f"{y}/{m}/{dd}", lambda y, m, dd: f"{y}.{m:02d}.{dd:02d}",
    lambda y, m, dd: f"{y}{m:02d}{dd:02d}", lambda y, m, dd: f"{m}月{dd}日",
    lambda y, m, dd: f"{y}年{m:02d}月{dd:02d}日", lambda y, m, dd: f"{dd:02d}/{m:02d}/{y}",
]


def date_value(rng):
    y, m, dd = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(DATE_FORMATS)(y, m, dd)


AMOUNT_SCALES = {"s": (20, 999), "p": (500, 6000), "m": (1000, 99999), "l": (100000, 2000000)}


def amount_value(rng, scale=None):
    r = rng.random()
    lo, hi = AMOUNT_SCALES.get(scale) or rng.choice(list(AMOUNT_SCALES.values()))
    x = rng.randint(lo, hi)
    c = rng.randint(0, 99)
    if r < 0.3:
        return f"{x:,}.{c:02d}元"
    if r < 0.5:
        return f"￥{x:,}.{c:02d}"
    if r < 0.65:
        return f"{x}.{c:02d}元"
    if r < 0.78:
        return f"{x / 10000:.2f}万元"
    if r < 0.88:
        return f"人民币{x}元"
    return f"RMB {x:,}.00"


def serial_value(rng):
    r = rng.random()
    if r < 0.3:
        return d(rng, rng.randint(12, 22))
    if r < 0.5:
        return "SN" + d(rng, rng.randint(8, 14))
    if r < 0.7:
        return f"{rng.randint(2019, 2024)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + d(rng, rng.randint(6, 12))
    if r < 0.85:
        return rng.choice(["NO.", "No.", "FP", "JH", "TX"]) + d(rng, rng.randint(6, 12))
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.randint(10, 16)))


def case_value(rng, region):
    y = rng.randint(2018, 2024)
    r = rng.random()
    if r < 0.3:
        return f"（{y}）{rng.choice('浙苏豫川湘皖粤闽黑沪京渝')}{d(rng, 4)}{rng.choice(['民初', '民特', '执', '民终'])}{rng.randint(1, 9999)}号"
    if r < 0.55:
        return f"{rng.choice(['湖人社发', '财农', '银发', '运营发', '风险发'])}〔{y}〕{rng.randint(1, 120)}号"
    if r < 0.8:
        return f"CW{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{d(rng, 4)}"
    return f"GD-{y}-{d(rng, 6)}"


def vin_value(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "L" + rng.choice(["SV", "FV", "GB", "HG", "VG", "BV", "GW", "S5", "GX", "ZW"]) + "".join(
        rng.choice(al) for _ in range(14))


def dev_value(rng):
    r = rng.random()
    if r < 0.3:
        return f"ATM-{d(rng, 6)}-{d(rng, 3)}"
    if r < 0.55:
        return rng.choice(["CRS", "ATM", "STM", "VTM"]) + d(rng, rng.randint(6, 10))
    if r < 0.8:
        return f"{rng.choice(['GRG', 'NCR', 'WINCOR', 'HT'])}-{rng.randint(2000, 9999)}{rng.choice('ABCDEFGH')}"
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(8))


def term_value(rng):
    return d(rng, 8) if rng.random() < 0.6 else rng.choice(["T", "P", "Q", "N"]) + "".join(
        rng.choice("0123456789ABCDEFGHJKLMN") for _ in range(7))


def branch_value(rng, region):
    bank = rng.choice(W.BANKS)
    place = rng.choice(W.PLACES) if rng.random() < 0.5 else (
        region[0].rstrip("市") if len(region) == 5 else region[1].rstrip("市"))
    mid = rng.choice(["", rng.choice(W.ROAD_NAMES).rstrip("路街道大"), rng.choice(W.NAME_LIKE[:20])])
    return bank + place + mid + rng.choice(["支行", "分理处", "营业部", "支行营业室", "社区支行"])


def dealer_value(rng, region):
    city = region[0] if len(region) == 5 else region[1]
    brand = rng.choice(W.DEALERS_BRAND)
    if rng.random() < 0.5:
        return f"{city.rstrip('市')}{rng.choice(W.NAME_LIKE[:25])}{brand}汽车销售服务有限公司"
    return f"{rng.choice(W.PLACES)}{brand}4S店"


# ---------------------------------------------------------------------------------------------
# Slot filling

class Ctx:
    def __init__(self, rng, pii, p_pii):
        self.rng = rng
        self.pii = pii
        self.p = p_pii if pii else 0.0
        self.region = rng.choice(W.REGIONS + W.MUNICIPALITIES[:1] if rng.random() < 0.9 else W.MUNICIPALITIES)
        self.kinds = collections.Counter()
        self.school = None
        self.last_py = None

    def want(self):
        return self.pii and self.rng.random() < self.p


def person_standin(rng, old=False):
    r = rng.random()
    s = surname(rng)
    if r < 0.4:
        return s + rng.choice(W.TITLES[:8] if not old else ["大爷", "大妈", "奶奶", "爷爷", "老人", "阿姨", "先生", "女士"]), "surname_title"
    if r < 0.6:
        return s + rng.choice(["某", "某某", "某某"]), "mou"
    return masked_name(rng), "masked_name"


def masked_name(rng):
    n = zh_name(rng)
    r = rng.random()
    if r < 0.6:
        return n[0] + "*" * (len(n) - 1)
    if r < 0.8:
        return "*" + n[1:]
    return n[0] + "*" + n[-1] if len(n) == 3 else n[0] + "**"


def fill(slot, arg, b, ctx):
    rng = ctx.rng
    reg = ctx.region
    kinds = ctx.kinds
    # ---- PII slots
    if slot in ("PER", "OLD"):
        if ctx.want():
            sur, given = person_name(rng, old=slot == "OLD")
            b.span(sur[0] + "".join(g[0] for g in given), "PERSON")
            ctx.last_py = f"{sur[1]} {''.join(g[1] for g in given)}"
        else:
            v, k = person_standin(rng, slot == "OLD")
            k = {"surname_title": "TITLE", "mou": "MOU", "masked_name": "MNAME"}[k]
            kinds[k] += 1
            b.add(v)
            ctx.last_py = None
        return
    if slot == "PY":
        if arg == "same" and ctx.last_py and ctx.pii:
            b.span(ctx.last_py, "PERSON")
        elif arg != "same" and ctx.want():
            b.span(py_name(rng)[0], "PERSON")
        else:
            sur = rng.choice(W.SURNAMES[:95])[1]
            kinds["MNAME"] += 1
            b.add(rng.choice([f"{sur} ***", f"{sur[0]}*** {rng.choice(W.GIVEN)[1]}", f"MR. {sur}", f"MS. {sur}"]))
        return
    pii_makers = {
        "ID": ("CN_ID_CARD", id_value), "MOB": ("CN_MOBILE", mobile_value),
        "TEL": ("CN_LANDLINE", landline_value), "CARD": ("BANK_CARD", card_value),
        "PP": ("CN_PASSPORT", lambda r: passport.generate(r)),
        "HKM": ("CN_HK_MACAU_PERMIT", lambda r: hk_macau_permit.generate(r)),
        "USCC": ("CN_USCC", lambda r: uscc.generate(r)), "PLATE": ("LICENSE_PLATE", plate_value),
        "EMAIL": ("EMAIL", email_value), "IP": ("IP_ADDRESS", ip_value),
        "ADDR": ("ADDRESS", lambda r: urban_address(r, reg)),
        "RADDR": ("ADDRESS", lambda r: rural_address(r, reg)),
    }
    if slot in pii_makers:
        label, mk = pii_makers[slot]
        if ctx.want():
            b.span(mk(rng), label)
            return
        kinds["MASKED"] += 1
        if slot == "ID":
            v = adult_id(rng)
            a, z = rng.choice([(6, 4), (1, 1), (3, 4), (4, 4), (6, 2), (0, 4)])
            b.add(mask(v, a, z))
        elif slot == "MOB":
            b.add(mask_mobile(rng))
        elif slot == "TEL":
            v = landline_phone.format(landline_phone.generate(rng)).partition("转")[0]
            area, _, local = v.partition("-")
            b.add(area + "-" + mask(local, 0, 4))
        elif slot == "CARD":
            if rng.random() < 0.35:
                kinds["TAIL"] += 1
                b.add("尾号" + d(rng, 4))
            else:
                b.add(mask_card(rng))
        elif slot == "PP":
            b.add(mask(passport.generate(rng), 1, 3))
        elif slot == "HKM":
            b.add(mask(hk_macau_permit.generate(rng), 1, 2))
        elif slot == "USCC":
            b.add(mask(uscc.generate(rng), rng.choice([6, 8]), 2))
        elif slot == "PLATE":
            p = license_plate.generate(rng)
            b.add(p[:2] + rng.choice(["·", ""]) + "*" * (len(p) - 4) + p[-2:] if rng.random() < 0.7 else p[:2] + "****")
        elif slot == "EMAIL":
            e = email_value(rng)
            b.add(e[0] + "***" + e[e.index("@"):])
        elif slot == "IP":
            b.add(f"10.{rng.randint(0, 255)}.*.*")
        elif slot in ("ADDR", "RADDR"):
            b.add(masked_address(rng, reg))
        return
    # ---- hard negatives
    kinds[slot] += 1
    b.add(negative(slot, arg, ctx))


def mask_mobile(rng):
    m = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.7:
        return m[:3] + "****" + m[7:]
    if r < 0.85:
        return m[:3] + " **** " + m[7:]
    return "*******" + m[7:]


def mask_card(rng):
    c = bank_card.generate(rng)
    r = rng.random()
    if r < 0.4:
        return c[:4] + " **** **** " + c[-4:]
    if r < 0.7:
        return mask(c, 6, 4)
    return "**** **** **** " + c[-4:]


def negative(slot, arg, ctx):
    rng = ctx.rng
    reg = ctx.region
    if slot == "TITLE":
        return surname(rng) + rng.choice(W.TITLES)
    if slot == "MOU":
        return surname(rng) + rng.choice(["某", "某某"])
    if slot == "MNAME":
        return masked_name(rng)
    if slot == "NICK":
        return rng.choice(W.NICKNAMES)
    if slot == "MMOB":
        return mask_mobile(rng)
    if slot == "MCARD":
        return mask_card(rng)
    if slot == "TAIL":
        return d(rng, 4)
    if slot == "BRAND":
        return rng.choice(W.BRANDS)
    if slot == "SHOP":
        return rng.choice(W.SHOP_SIGNS)
    if slot == "NLW":
        return rng.choice(W.NAME_LIKE)
    if slot == "PLACE":
        return rng.choice(W.PLACES)
    if slot == "COUNTY":
        return reg[1][0] if len(reg) == 5 else reg[2][0]
    if slot == "VILLAGE":
        return rng.choice(reg[6]) if len(reg) == 7 else rng.choice(W.REGIONS[0][6])
    if slot == "GROUP":
        return rng.choice([f"{rng.choice('一二三四五六七八')}组", f"第{rng.randint(1, 12)}村民小组", f"{rng.randint(1, 9)}组"])
    if slot == "BANK":
        return rng.choice(W.BANKS)
    if slot == "BRANCH":
        return branch_value(rng, reg)
    if slot in ("ORGADDR", "NURSEADDR"):
        return org_address(rng, reg)
    if slot == "ROAD":
        return rng.choice(W.ROAD_NAMES)
    if slot == "DATE":
        return date_value(rng)
    if slot == "TIME":
        return f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}" + (f":{rng.randint(0, 59):02d}" if rng.random() < 0.4 else "")
    if slot == "AMT":
        return amount_value(rng, arg)
    if slot == "PCT":
        return rng.choice([f"{rng.randint(2, 6)}.{rng.randint(0, 99):02d}%", "LPR+50BP", "LPR-20BP", f"{rng.randint(1, 30)}.{rng.randint(0, 9)}%"])
    if slot == "CASE":
        return safe(rng, lambda r: case_value(r, reg))
    if slot == "CONTRACT":
        return safe(rng, lambda r: rng.choice(["QCDK", "JK", "HT", "ZXDK"]) + f"-{r.randint(2019, 2024)}-" + d(r, r.randint(5, 8)))
    if slot == "SERIAL":
        return safe(rng, serial_value)
    if slot == "TERM":
        return safe(rng, term_value)
    if slot == "MERCH":
        return safe(rng, lambda r: rng.choice(["", "", "8"]) + d(r, 15))
    if slot == "BATCH":
        return safe(rng, lambda r: rng.choice(["PC", "B", "DF", ""]) + f"{r.randint(2019, 2024)}{r.randint(1, 12):02d}" + d(r, 4))
    if slot == "DEV":
        return safe(rng, dev_value)
    if slot == "VIN":
        return safe(rng, vin_value)
    if slot == "BOX":
        return safe(rng, lambda r: rng.choice([f"{rng.choice('ABCDEF')}-{d(r, 4)}号", f"{rng.choice('ABCDEF')}区{r.randint(1, 999)}号", f"第{d(r, 6)}号", f"{r.randint(1, 3)}号库{d(r, 3)}"]))
    if slot == "SWIFT":
        return rng.choice(W.SWIFT_CODES)
    if slot == "POST":
        return safe(rng, lambda r: rng.choice(["313", "312", "224", "221", "466", "473", "637", "621", "421", "236", "514", "362", "161"]) + d(r, 3))
    if slot == "HOT":
        return rng.choice(W.HOTLINES)
    if slot == "SCHOOL":
        ctx.school = rng.choice(W.SCHOOLS)
        return ctx.school
    if slot == "SCHOOLADDR":
        s = ctx.school if ctx.school in W.SCHOOL_ADDR else rng.choice(sorted(W.SCHOOL_ADDR))
        return (s + "，" if ctx.school != s else "") + W.SCHOOL_ADDR[s]
    if slot == "MAJOR":
        return rng.choice(W.MAJORS)
    if slot == "NURSING":
        return rng.choice(W.PLACES) + rng.choice(W.NURSING_HOMES)
    if slot == "DEALER":
        return dealer_value(rng, reg)
    if slot == "CAR":
        return rng.choice(W.DEALERS_BRAND) + rng.choice(W.CAR_MODELS)
    if slot == "COUNTRY":
        ctx.country = rng.choice(W.COUNTRIES)
        return ctx.country[0]
    if slot == "FCITY":
        return (getattr(ctx, "country", None) or rng.choice(W.COUNTRIES))[1]
    if slot == "FORGADDR":
        return rng.choice(W.FOREIGN_ORG_ADDR)
    if slot == "N":
        return str(rng.randint(1, 9))
    if slot == "REL":
        return rng.choice(W.RELATIONS)
    if slot == "APPF":
        return rng.choice(W.APP_FEATURES)
    if slot == "SLANG":
        return rng.choice(W.SLANG)
    if slot == "EMO":
        return rng.choice(W.EMOJI)
    if slot == "ANICK":
        return rng.choice(W.APP_NICKS)
    if slot == "VER":
        return rng.choice(["V", "v", ""]) + f"{rng.randint(5, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"
    raise KeyError(slot)


SLOT_RE = re.compile(r"\{([A-Z]+)(?::([^}]*))?\}")


def render(tpl, b, ctx):
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            b.add(tpl[pos:m.start()])
        fill(m.group(1), m.group(2), b, ctx)
        pos = m.end()
    if pos < len(tpl):
        b.add(tpl[pos:])


# ---------------------------------------------------------------------------------------------
# Tables

def cell(b, ctx, slot):
    render("{" + slot + "}", b, ctx)


def table_pension(b, ctx):
    rng = ctx.rng
    sep = rng.choice([" | ", "|", "\t", "  "])
    cols = rng.choice([["序号", "姓名", "社保卡号", "发放金额"], ["序号", "姓名", "身份证号", "银行卡号", "金额(元)", "备注"],
                       ["序号", "领取人", "卡号", "本月应发", "状态"]])
    b.add(sep.join(cols) + "\n")
    total = 0
    for i in range(rng.randint(2, 5)):
        b.add(str(i + 1) + sep)
        cell(b, ctx, "OLD")
        if "身份证号" in cols:
            b.add(sep)
            cell(b, ctx, "ID")
        b.add(sep)
        cell(b, ctx, "CARD")
        amt = rng.randint(900, 4800) + rng.randint(0, 99) / 100
        total += amt
        b.add(sep + f"{amt:.2f}")
        if "备注" in cols or "状态" in cols:
            b.add(sep + rng.choice(["", "成功", "正常", "补发", "已认证", "暂停"]))
        b.add("\n")
        ctx.kinds["TABLE"] += 1
    b.add(sep.join(["合计", "", f"{total:,.2f}"]) + "\n")


def table_subsidy(b, ctx):
    rng = ctx.rng
    sep = rng.choice(["|", " | ", "\t"])
    ids = rng.random() < 0.5
    cols = ["序号", "组别", "户主姓名"] + (["身份证号"] if ids else []) + ["一卡通账号", "面积(亩)", "补贴金额(元)"]
    b.add(sep.join(cols) + "\n")
    total = 0.0
    for i in range(rng.randint(2, 5)):
        b.add(str(i + 1) + sep)
        cell(b, ctx, "GROUP")
        b.add(sep)
        cell(b, ctx, "OLD")
        if ids:
            b.add(sep)
            cell(b, ctx, "ID")
        b.add(sep)
        cell(b, ctx, "CARD")
        area = rng.randint(1, 40) + rng.randint(0, 9) / 10
        amt = round(area * rng.choice([96.5, 105.3, 118.0, 87.9]), 2)
        total += amt
        b.add(sep + f"{area:.1f}" + sep + f"{amt:.2f}\n")
        ctx.kinds["TABLE"] += 1
    b.add(sep.join(["合计", "", "", f"{total:.2f}"]) + "\n")


TABLES = {"pension": table_pension, "subsidy": table_subsidy}


# ---------------------------------------------------------------------------------------------
# Records

def build(rng, genre, pii):
    g = T.GENRES[genre]
    ctx = Ctx(rng, pii, 0.8)
    b = Builder()
    if genre == "app_review":
        render(rng.choice(g["head"]), b, ctx)
        b.add(rng.choice(["\n", " ", "\n"]))
        frags = rng.sample(g["neg"], rng.randint(1, 3))
        if pii or rng.random() < 0.25:
            frags.insert(rng.randint(0, len(frags)), rng.choice(g["body"]))
        for i, f in enumerate(frags):
            if i:
                b.add(rng.choice(["。", "，", "！", "\n", " ", "～"]))
            render(f, b, ctx)
        rep = rng.choice(g["reply"])
        if rep:
            b.add("\n")
            render(rep, b, ctx)
        return b, ctx
    joiner = rng.choice(["\n", "\n", "", " "])
    render(rng.choice(g["head"]), b, ctx)
    b.add("\n")
    body = rng.sample(g["body"], rng.randint(2, 4))
    neg = rng.sample(g["neg"], rng.randint(2, 4))
    frags = body + neg
    rng.shuffle(frags)
    use_table = g.get("table") and rng.random() < 0.6
    tpos = rng.randint(0, len(frags)) if use_table else -1
    for i, f in enumerate(frags):
        if i == tpos:
            TABLES[g["table"]](b, ctx)
        elif i:
            b.add(joiner)
        render(f, b, ctx)
    if tpos == len(frags):
        b.add("\n")
        TABLES[g["table"]](b, ctx)
    tail = rng.choice(g["tail"])
    if tail:
        b.add("\n")
        render(tail, b, ctx)
    return b, ctx


ALNUM_CH = re.compile(f"[{ALNUM}]")


def self_check(text, spans, values=None):
    """Return a list of problems (empty when the record is fine)."""
    errs = []
    prev = 0
    for i, sp in enumerate(spans):
        s, e, lab = sp["start"], sp["end"], sp["label"]
        if not (0 <= s < e <= len(text)):
            errs.append(f"bad offsets {sp}")
            continue
        if s < prev:
            errs.append(f"unordered/overlapping {sp}")
        prev = e
        if lab not in LABELS:
            errs.append(f"label {lab}")
        v = text[s:e]
        if values is not None and v != values[i]:
            errs.append(f"span text {v!r} != inserted {values[i]!r}")
        if v != v.strip():
            errs.append(f"whitespace around {v!r}")
        if lab in VALIDATORS and not VALIDATORS[lab](v):
            errs.append(f"{lab} {v!r} fails its validator")
        if lab in VALIDATORS:
            if s > 0 and ALNUM_CH.match(text[s - 1]):
                errs.append(f"{lab} {v!r} glued on the left")
            if e < len(text) and ALNUM_CH.match(text[e]):
                errs.append(f"{lab} {v!r} glued on the right")
            if lab == "EMAIL" and ((s > 0 and text[s - 1] in "._%+-@") or (e < len(text) and text[e] in "@-_")):
                errs.append("email glued")
    blank = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            blank[k] = "□"
    blank = "".join(blank)
    for lab, c in lookalikes(blank):
        errs.append(f"look-alike {lab} {c!r} outside spans")
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        if len(v) >= 2 and v in blank:
            errs.append(f"labelled value {v!r} also occurs unlabelled")
    return errs


def generate(seed=9, n=800):
    rng = random.Random(seed)
    per = n // len(GENRE_ORDER)
    records = []
    seen = set()
    kinds_by_record = collections.Counter()
    kinds_free = collections.Counter()
    for gi, genre in enumerate(GENRE_ORDER):
        n_pii = round(per * (5 / 80 if genre == "app_review" else 35 / 80))
        flags = [True] * n_pii + [False] * (per - n_pii)
        rng.shuffle(flags)
        for pii in flags:
            for attempt in range(500):
                b, ctx = build(rng, genre, pii)
                text = b.text.strip("\n ")
                if text != b.text:  # only strip when no span is affected
                    lead = len(b.text) - len(b.text.lstrip("\n "))
                    for sp in b.spans:
                        sp["start"] -= lead
                        sp["end"] -= lead
                    if any(sp["end"] > len(text) for sp in b.spans):
                        continue
                if pii != bool(b.spans) or text in seen:
                    continue
                if self_check(text, b.spans, b.values):
                    continue
                break
            else:
                raise RuntimeError(f"no valid record for {genre}")
            seen.add(text)
            for k in ctx.kinds:
                kinds_by_record[k] += 1
                if not pii:
                    kinds_free[k] += 1
            records.append({"id": f"b9-{len(records) + 1:05d}", "source": SOURCE, "genre": genre,
                            "text": text, "spans": b.spans})
    return records, (kinds_by_record, kinds_free)


def check_file(path):
    bad = 0
    texts = set()
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            n += 1
            errs = self_check(r["text"], r["spans"])
            if set(r) != {"id", "source", "genre", "text", "spans"}:
                errs.append("keys")
            if r["text"] in texts:
                errs.append("duplicate text")
            texts.add(r["text"])
            if errs:
                bad += 1
                print(r["id"], errs)
    print(f"{n} records checked, {bad} with problems")
    return bad == 0


HN_WORDS = {"surname_word": W.SURNAME_WORDS, "name_like_word": W.NAME_LIKE, "brand": W.BRANDS,
            "shop_sign": W.SHOP_SIGNS}


KIND_NAMES = {
    "MASKED": "masked identifier (138****5678, 3305**********1234, 6228 **** **** 1234, masked address / e-mail / plate)",
    "TITLE": "surname + title (王经理, 李阿姨, 张师傅)", "MOU": "张某 / 李某某", "MNAME": "masked name (张*, *伟, 王*芳)",
    "TAIL": "尾号 + 4 digits", "MMOB": "masked mobile in hand-written wording (139****2231)", "NICK": "nickname (小李, 老陈)", "DATE": "date (many formats)", "TIME": "time of day",
    "AMT": "amount", "PCT": "rate / percentage", "CASE": "case / document number", "CONTRACT": "contract number",
    "SERIAL": "serial / invoice / reference number", "TERM": "POS terminal number", "MERCH": "merchant number (15 digits)",
    "BATCH": "batch number", "DEV": "device id (ATM, GPS, POS model)", "VIN": "VIN-like serial", "BOX": "safe-deposit box number",
    "SWIFT": "SWIFT code", "POST": "postcode", "HOT": "hotline (95588, 400-...)", "BRANCH": "branch name with a place inside",
    "BANK": "bank name", "ORGADDR": "organisation address (branch, shop, company, centre)", "NURSEADDR": "nursing-home address",
    "SCHOOLADDR": "school address", "FORGADDR": "foreign bank address", "ROAD": "road name without house number",
    "PLACE": "county town / place name", "COUNTY": "county / district name", "VILLAGE": "village name", "GROUP": "村民小组",
    "BRAND": "brand (李宁, 王老吉, 周大福 ...)", "SHOP": "shop sign (老王烧烤, 金鑫五金店 ...)", "NLW": "name-like word slot",
    "SCHOOL": "school name", "MAJOR": "major", "NURSING": "nursing-home name", "DEALER": "car dealer / 4S店", "CAR": "car model",
    "COUNTRY": "country", "FCITY": "foreign city", "REL": "relation word (儿子, 女儿)", "APPF": "app feature", "SLANG": "slang",
    "EMO": "emoji", "ANICK": "app-store nickname", "VER": "app version", "TABLE": "table row", "N": "small number",
}


def stats(records, kinds_by_record):
    out = []
    g = collections.OrderedDict((x, [0, 0]) for x in GENRE_ORDER)
    labels = collections.Counter()
    for r in records:
        g[r["genre"]][1 if r["spans"] else 0] += 1
        for sp in r["spans"]:
            labels[sp["label"]] += 1
    out.append("| genre | PII-free | with PII | total |\n|---|---|---|---|")
    for k, (a, b_) in g.items():
        out.append(f"| {k} | {a} | {b_} | {a + b_} |")
    out.append(f"| **all** | {sum(v[0] for v in g.values())} | {sum(v[1] for v in g.values())} | {len(records)} |")
    out.append("\n| label | spans |\n|---|---|")
    for k, v in labels.most_common():
        out.append(f"| {k} | {v} |")
    out.append(f"| **all** | {sum(labels.values())} |")
    free = [r for r in records if not r["spans"]]
    out.append("\n| hard-negative kind | records (all) | PII-free records |\n|---|---|---|")
    for k, lst in HN_WORDS.items():
        a = sum(1 for r in records if any(w in r["text"] for w in lst))
        f = sum(1 for r in free if any(w in r["text"] for w in lst))
        out.append(f"| {k} (any word of the list, in slots or hand-written wording) | {a} | {f} |")
    allk, freek = kinds_by_record
    for k, v in sorted(allk.items(), key=lambda x: -x[1]):
        if k == "N":
            continue
        out.append(f"| {KIND_NAMES.get(k, k)} | {v} | {freek.get(k, 0)} |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl"))
    ap.add_argument("--check", metavar="FILE")
    ap.add_argument("--stats", action="store_true", help="print the README tables")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check_file(a.check) else 1)
    records, kinds = generate(a.seed, a.n)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records, {sum(len(r['spans']) for r in records)} spans to {a.out}")
    if a.stats:
        print(stats(records, kinds))


if __name__ == "__main__":
    main()
