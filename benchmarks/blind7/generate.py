"""Generate the blind7 corpus (deterministic for a seed).

    python generate.py [--seed 7] [--n 800] [--out corpus.jsonl] [--stats]

Spans are recorded while the text is built (never by searching the text afterwards), and every
record goes through :func:`self_check`; a record with an accidental valid identifier outside its
spans is redrawn. Only ``cnpii.identifiers`` is imported from cnpii (generators and validators).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cnpii.identifiers import (bank_account, bank_card, hk_macau_permit, landline_phone,  # noqa: E402
                               license_plate, mobile_phone, passport, resident_id, taiwan_permit,
                               uscc)

import templates as T  # noqa: E402
import words as W  # noqa: E402

SOURCE = "blind7"
LABELS = {"PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS"}
PII_SLOTS = {"P": "PERSON", "ID": "CN_ID_CARD", "MOB": "CN_MOBILE", "TEL": "CN_LANDLINE",
             "CARD": "BANK_CARD", "EMAIL": "EMAIL", "ADDR": "ADDRESS", "PASS": "CN_PASSPORT",
             "HKMO": "CN_HK_MACAU_PERMIT", "USCC": "CN_USCC", "PLATE": "LICENSE_PLATE",
             "IP": "IP_ADDRESS"}
VALIDATOR = {"CN_ID_CARD": resident_id, "CN_MOBILE": mobile_phone, "CN_LANDLINE": landline_phone,
             "BANK_CARD": bank_card, "CN_PASSPORT": passport, "CN_HK_MACAU_PERMIT": hk_macau_permit,
             "CN_USCC": uscc, "LICENSE_PLATE": license_plate}
# validators tried on every digit/alnum run outside spans; a hit forces a redraw
LOOKALIKE = (resident_id, mobile_phone, landline_phone, bank_card, uscc, passport, hk_macau_permit)
# shape-only validators that accept any 8-digit (taiwan_permit) or any 10-30-digit
# (bank_account) string: tried and counted, but not a reason to redraw (see README)
SHAPE_ONLY = (taiwan_permit, bank_account)

SLOT_RE = re.compile(r"\{([A-Z]+?)(\d*)(?::([^{}]*))?\}")
ALT_RE = re.compile(r"<<([^<>]*)>>")
FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使"


# ---------------------------------------------------------------------------------------------
# fillers
def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def person_name(rng):
    sur = _pick(rng, W.COMPOUND_SURNAMES) if rng.random() < 0.04 else _pick(rng, W.SURNAMES)
    pool = W.GIVEN_M if rng.random() < 0.5 else W.GIVEN_F
    n = 1 if (rng.random() < 0.3 and len(sur) == 1) else 2
    given = "".join(_pick(rng, pool) for _ in range(n))
    if n == 2 and given[0] == given[1] and rng.random() < 0.7:
        given = given[0] + _pick(rng, pool)
    return sur, sur + given


def _city(rng, full=True):
    if rng.random() < 0.2:
        city, dists = _pick(rng, W.MUNICIPALITIES)
        return ("", city, _pick(rng, dists))
    prov, city, dists = _pick(rng, W.CITIES)
    return (prov, city, _pick(rng, dists))


def _room(rng):
    floor = rng.randint(1, 32)
    return f"{floor}{rng.randint(1, 4):02d}"


def address(rng, kind):
    prov, city, dist = _city(rng)
    road = _pick(rng, W.ROADS)
    no = rng.randint(1, 999)
    head_choice = rng.random()
    if head_choice < 0.45:
        head = prov + city + dist
    elif head_choice < 0.85:
        head = city + dist
    else:
        head = dist
    if kind == "r":
        prov, city, county = _pick(rng, W.COUNTIES)
        town = _pick(rng, W.TOWN_PARTS) + _pick(rng, ("镇", "乡"))
        village = _pick(rng, W.VILLAGE_PARTS) + "村"
        grp = _pick(rng, W.GROUP_NUMS) + _pick(rng, ("组", "组", "社", "村民小组"))
        head = (prov + city + county) if rng.random() < 0.5 else (city + county if rng.random() < 0.5 else county)
        tail = f"{rng.randint(1, 80)}号" if rng.random() < 0.7 else ""
        return head + town + village + grp + tail
    if kind == "c":
        if rng.random() < 0.4:
            park = _pick(rng, ("", _pick(rng, W.TOWN_PARTS))) + _pick(rng, W.INDUSTRIAL)
            return f"{head}{park}{road}{no}号" + _pick(rng, ("", f"{rng.randint(1, 12)}号厂房", f"{rng.randint(1, 9)}栋"))
        bld = _pick(rng, W.OFFICE_BUILDINGS)
        return f"{head}{road}{no}号{bld}" + _pick(rng, (f"{rng.randint(2, 40)}层", f"{_room(rng)}室",
                                                           f"{_pick(rng, 'ABCD')}座{rng.randint(2, 30)}楼",
                                                           f"{rng.randint(1, 5)}幢{_room(rng)}室"))
    if kind == "s":
        return f"{dist}{road}{no}号" + _pick(rng, ("", "门面", f"{rng.randint(1, 20)}号商铺", "一楼"))
    # home (h) and property (p)
    estate = _pick(rng, W.ESTATES)
    bld = _pick(rng, (f"{rng.randint(1, 30)}幢", f"{rng.randint(1, 30)}栋", f"{rng.randint(1, 30)}号楼"))
    unit = _pick(rng, (f"{rng.randint(1, 6)}单元", ""))
    room = _room(rng) + _pick(rng, ("室", "室", "", "号"))
    if kind == "p":
        return f"{head}{road}{no}号{estate}{bld}{unit}{room}"
    shape = rng.random()
    if shape < 0.5:
        return f"{head}{road}{no}号{estate}{bld}{unit}{room}"
    if shape < 0.8:
        return f"{head}{estate}{bld}{unit}{room}"
    return f"{head}{road}{no}弄{rng.randint(1, 60)}号{_room(rng)}室"


SYL = ("zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao "
       "wei min jie fang ling hao yu xin yan qing ming hua jun lei tao bo chao kai ying xue").split()
DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "yeah.net",
           "139.com", "hotmail.com", "aliyun.com")


def email(rng):
    local = _pick(rng, SYL) + _pick(rng, ("", ".", "_")) + _pick(rng, SYL)
    if rng.random() < 0.5:
        local += str(rng.randint(1, 9999))
    if rng.random() < 0.15:
        local = str(rng.randint(10000, 999999999))  # qq-number style
        return f"{local}@qq.com"
    return f"{local}@{_pick(rng, DOMAINS)}"


def ip(rng):
    first = _pick(rng, (36, 39, 58, 101, 106, 112, 113, 117, 120, 121, 180, 183, 202, 218, 222, 223))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def fmt_mobile(rng, v, var):
    r = rng.random() if not var else {"g": 0.8, "h": 0.87, "86": 0.93, "fw": 0.99}.get(var, 0.0)
    if r < 0.74:
        return v
    if r < 0.82:
        return mobile_phone.format(v)
    if r < 0.88:
        return f"{v[:3]}-{v[3:7]}-{v[7:]}"
    if r < 0.95:
        return _pick(rng, ("+86 ", "+86", "+86-", "0086 ", "(+86)")) + v
    return v.translate(FW)


def fmt_id(rng, v, var):
    r = rng.random() if not var else {"g": 0.92, "fw": 0.99}.get(var, 0.0)
    if r < 0.86:
        return v
    if r < 0.94:
        return resident_id.format(v)
    if r < 0.97 and v.endswith("X"):
        return v[:-1] + "x"
    if r < 0.97:
        return v
    return v.translate(FW)


def fmt_card(rng, v, var):
    r = rng.random() if not var else {"g": 0.8}.get(var, 0.0)
    if r < 0.68:
        return v
    if r < 0.95:
        return bank_card.format(v)
    return "-".join(v[i:i + 4] for i in range(0, len(v), 4))


def fmt_tel(rng, v):
    f = landline_phone.format(v)
    if "#" in v or "转" in f:
        return f
    area, local = f.split("-")
    r = rng.random()
    if r < 0.6:
        return f
    if r < 0.75:
        return f"({area}){local}"
    if r < 0.88:
        return v
    if len(local) == 8:
        return f"{area} {local[:4]} {local[4:]}"
    return f"{area} {local}"


def masked_mobile(rng):
    return f"1{rng.choice('3456789')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}"


def masked_card(rng):
    tail = f"{rng.randint(0, 9999):04d}"
    return _pick(rng, (f"6222 **** **** {tail}", f"621700******{tail}", f"**** **** **** {tail}", f"6228****{tail}"))


def masked_id(rng):
    return _pick(rng, (f"{rng.randint(11, 65)}{rng.randint(1, 99):02d}**********{rng.randint(0, 999):03d}X",
                       f"{rng.randint(110000, 659000)}********{rng.randint(0, 9999):04d}",
                       f"{rng.randint(1, 6)}****************{rng.randint(0, 9)}"))


def masked_addr(rng):
    _, city, dist = _city(rng)
    return _pick(rng, (f"{city}{dist}{_pick(rng, W.ROADS)}***号", f"{city}{dist}******", f"{dist}****小区*幢***室"))


def masked_name(rng):
    sur, full = person_name(rng)
    return _pick(rng, (sur + "*" * (len(full) - len(sur)), "*" + full[len(sur):], sur + "**", sur + "某某"))


def date(rng, style=None):
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(5) if style is None else style
    return (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
            f"{y}年{m:02d}月{d:02d}日")[style]


def time_(rng):
    return f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def amount(rng):
    r = rng.random()
    v = rng.randint(1, 999) if r < 0.35 else (rng.randint(1000, 99999) if r < 0.9 else rng.randint(100000, 3000000))
    cents = rng.randint(0, 99)
    if v >= 1000 and rng.random() < 0.5:
        return f"{v:,}.{cents:02d}"
    return f"{v}.{cents:02d}"


def case_no(rng):
    y = rng.randint(2020, 2025)
    return _pick(rng, (f"ZXYY-{y}-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 9999):04d}",
                       f"（{y}）征异字第{rng.randint(1, 999):03d}号", f"YY{y}{rng.randint(0, 99999):05d}K",
                       f"CS-{y}{rng.randint(1, 12):02d}-{rng.randint(100, 99999)}", f"DZ{rng.randint(100000, 999999)}",
                       f"KYC{y}-{rng.randint(1, 9999):04d}", f"YP-{rng.randint(10000, 99999)}"))


def contract(rng):
    y = rng.randint(2016, 2025)
    return _pick(rng, (f"HT-{y}-{rng.randint(1, 99999):05d}", f"个贷字{y}第{rng.randint(1, 9999):04d}号",
                       f"JK{y}{rng.randint(0, 999999):06d}", f"{_pick(rng, ('XF', 'DY', 'JY'))}{y}{rng.randint(1, 12):02d}-{rng.randint(1, 999):03d}"))


def serial(rng):
    n = rng.randint(16, 22)
    head = f"{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - len(head)))


def staff(rng):
    return _pick(rng, (f"{rng.randint(0, 999999):06d}", f"HX{rng.randint(1000, 9999)}", f"A{rng.randint(10000, 99999)}",
                       f"{rng.choice('KBW')}{rng.randint(100, 9999)}"))


def teller(rng):
    return _pick(rng, (f"T{rng.randint(100, 9999):04d}", f"{rng.randint(1000, 9999)}{rng.randint(100, 999)}",
                       f"GY{rng.randint(10, 999):03d}"))


PROV_ABBR = {"浙江省": "浙", "江苏省": "苏", "广东省": "粤", "四川省": "川", "湖北省": "鄂", "湖南省": "湘",
             "河南省": "豫", "山东省": "鲁", "福建省": "闽", "安徽省": "皖", "陕西省": "陕", "江西省": "赣",
             "辽宁省": "辽", "河北省": "冀", "广西壮族自治区": "桂", "云南省": "云", "上海市": "沪",
             "北京市": "京", "天津市": "津", "重庆市": "渝"}


def cert(rng):
    prov, city, dist = _city(rng)
    prov = PROV_ABBR[prov or city]
    return _pick(rng, (f"{prov}（{rng.randint(2016, 2024)}）{city}不动产权第{rng.randint(1, 9999999):07d}号",
                       f"{prov}（{rng.randint(2016, 2024)}）{dist}不动产证明第{rng.randint(1, 999999):06d}号",
                       f"房权证{dist[:2]}字第{rng.randint(10000, 999999)}号"))


def city_short(rng):
    _, city, _ = _city(rng)
    return city[:-1] if city.endswith("市") else city


def branch(rng):
    prov, city, dist = _city(rng)
    c = city[:-1]
    d = dist[:-1] if len(dist) > 2 and dist[-1] in "区县市镇" else dist
    return _pick(rng, (f"{c}{_pick(rng, W.ROADS)}支行", f"{d}支行", f"{c}分行营业部", f"{c}{d}{_pick(rng, W.BRANCH_SUFFIX)}",
                       f"{_pick(rng, W.ROADS)}{_pick(rng, ('支行', '分理处', '营业部'))}", f"{c}分行"))


def company(rng):
    place = _pick(rng, ("", city_short(rng), city_short(rng)))
    return place + _pick(rng, W.COMPANY_CORE) + _pick(rng, W.COMPANY_BIZ) + _pick(rng, W.COMPANY_FORM)


def coop(rng):
    if rng.random() < 0.5:
        return _pick(rng, W.VILLAGE_PARTS) + "村" + _pick(rng, W.COOP_BIZ)
    return _pick(rng, W.COUNTIES)[2] + _pick(rng, W.VILLAGE_PARTS) + _pick(rng, W.COOP_BIZ)


class Record:
    """A record under construction: text parts plus spans, offsets counted while appending."""

    def __init__(self, rng, ocr=False):
        self.rng = rng
        self.parts = []
        self.pos = 0
        self.spans = []
        self.cache = {}
        self.names = {}
        self.used_names = set()
        self.ocr = ocr

    def lit(self, s):
        if self.ocr and s:
            s = ocr_noise(self.rng, s)
        self.parts.append(s)
        self.pos += len(s)

    def pii(self, value, label):
        assert value and value == value.strip()
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "label": label})
        self.parts.append(value)
        self.pos += len(value)

    @property
    def text(self):
        return "".join(self.parts)

    def person(self, num):
        key = num or "0"
        if key not in self.names:
            while True:
                sur, full = person_name(self.rng)
                if full not in self.used_names:
                    break
            self.used_names.add(full)
            self.names[key] = (sur, full)
        return self.names[key]

    # -- slot values ------------------------------------------------------------------------
    def pii_value(self, name, num, var):
        rng = self.rng
        key = name + num
        if name == "P":
            return self.person(num)[1]
        if key in self.cache:
            return self.cache[key]
        if name == "ID":
            raw = resident_id.generate(rng)
            while int(raw[6:10]) > 2005:  # customers, guarantors and staff are adults
                raw = resident_id.generate(rng)
            v = fmt_id(rng, raw, var)
        elif name == "MOB":
            v = fmt_mobile(rng, mobile_phone.generate(rng), var)
        elif name == "TEL":
            v = fmt_tel(rng, landline_phone.generate(rng))
        elif name == "CARD":
            v = fmt_card(rng, bank_card.generate(rng), var)
        elif name == "EMAIL":
            v = email(rng)
        elif name == "ADDR":
            v = address(rng, var or "h")
        elif name == "PASS":
            v = passport.generate(rng)
        elif name == "HKMO":
            v = hk_macau_permit.generate(rng)
        elif name == "USCC":
            v = uscc.generate(rng)
        elif name == "PLATE":
            p = license_plate.generate(rng)
            v = license_plate.format(p) if rng.random() < 0.3 else p
        elif name == "IP":
            v = ip(rng)
        else:
            raise KeyError(name)
        self.cache[key] = v
        return v

    def filler(self, name, num, var):
        key = name + num
        fixed = bool(num) or name == "BANKN"  # one bank per record
        if fixed and key in self.cache:
            return self.cache[key]
        v = self._filler(name, num, var)
        if fixed:
            self.cache[key] = v
        return v

    def _filler(self, name, num, var):
        rng = self.rng
        if name == "S":
            return self.person(num)[0]
        simple = {
            "SUR": lambda: _pick(rng, W.SURNAMES), "TITLE": lambda: _pick(rng, W.TITLES),
            "MNAME": lambda: masked_name(rng), "MMOB": lambda: masked_mobile(rng),
            "MCARD": lambda: masked_card(rng), "MID": lambda: masked_id(rng), "MADDR": lambda: masked_addr(rng),
            "TAIL": lambda: f"{rng.randint(0, 9999):04d}", "HOT": lambda: _pick(rng, W.HOTLINES),
            "DATE": lambda: date(rng),
            "DATE8": lambda: f"{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            "TIME": lambda: time_(rng), "DT": lambda: f"{date(rng, rng.choice((0, 1)))} {time_(rng)}",
            "MONTH": lambda: _pick(rng, (f"{rng.randint(2020, 2025)}年{rng.randint(1, 12)}月", f"{rng.randint(1, 12)}月")),
            "AMT": lambda: amount(rng), "AMTI": lambda: str(rng.choice((500, 1000, 2000, 3000, 5000, 8000, 10000, 20000))),
            "WAN": lambda: _pick(rng, (str(rng.randint(5, 500)), f"{rng.randint(1, 300)}.{rng.randint(1, 9)}")),
            "RATE": lambda: f"{rng.randint(0, 4)}.{rng.randint(1, 99):02d}%",
            "CASE": lambda: case_no(rng), "CONTRACT": lambda: contract(rng), "SERIAL": lambda: serial(rng),
            "VOUCHER": lambda: f"{rng.randint(10000000, 99999999)}", "STAFF": lambda: staff(rng),
            "TELLER": lambda: teller(rng), "TERM": lambda: _pick(rng, (f"ATM-{rng.randint(1000, 9999)}-{rng.randint(1, 999):03d}",
                                                                        f"CRS{rng.randint(100, 9999)}")),
            "BATCH": lambda: f"WW{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-B{rng.randint(1, 40):02d}",
            "CERT": lambda: cert(rng),
            "CITY": lambda: _pick(rng, (city_short(rng), _city(rng)[1])), "DIST": lambda: _city(rng)[2],
            "PROV": lambda: _pick(rng, W.CITIES)[0], "TOWN": lambda: _pick(rng, W.TOWN_PARTS) + "镇",
            "VILLAGE": lambda: _pick(rng, W.VILLAGE_PARTS) + "村", "COUNTY": lambda: _pick(rng, W.COUNTIES)[2],
            "ROAD": lambda: _pick(rng, W.ROADS), "ESTATE": lambda: _pick(rng, W.ESTATES),
            "BANKN": lambda: _pick(rng, W.BANK_NAMES), "BRANCH": lambda: branch(rng),
            "COMPANY": lambda: company(rng), "COOP": lambda: coop(rng),
            "INSURER": lambda: _pick(rng, W.INSURERS), "FUNDCO": lambda: _pick(rng, W.FUND_CO),
            "PRODUCT": lambda: _pick(rng, W.PRODUCTS), "CARDPROD": lambda: _pick(rng, W.CARD_PRODUCTS),
            "MERCHANT": lambda: _pick(rng, W.MERCHANTS), "DEPT": lambda: _pick(rng, W.DEPARTMENTS),
            "JOB": lambda: _pick(rng, W.JOBS), "BUREAU": lambda: _pick(rng, W.CREDIT_BUREAU),
            "TXN": lambda: _pick(rng, W.TXN_CODES), "CHANNEL": lambda: _pick(rng, W.CHANNELS),
            "TRAP": lambda: _pick(rng, W.TRAP_WORDS), "NAMELIKE": lambda: _pick(rng, W.NAME_LIKE),
        }
        if name == "N":
            lo, hi = (int(x) for x in var.split("-"))
            return str(rng.randint(lo, hi))
        return simple[name]()

    # -- rendering --------------------------------------------------------------------------
    def render(self, template):
        t = ALT_RE.sub(lambda m: _pick(self.rng, m.group(1).split("|")), template)
        last = 0
        for m in SLOT_RE.finditer(t):
            self.lit(t[last:m.start()])
            name, num, var = m.group(1), m.group(2), m.group(3)
            if name in PII_SLOTS:
                self.pii(self.pii_value(name, num, var), PII_SLOTS[name])
            else:
                self.lit_raw(self.filler(name, num, var))
            last = m.end()
        self.lit(t[last:])

    def lit_raw(self, s):
        self.parts.append(s)
        self.pos += len(s)


def ocr_noise(rng, s):
    """OCR-like damage on template text only: stray spaces between characters, half-width colons."""
    out = []
    for ch in s:
        if ch == "：" and rng.random() < 0.5:
            out.append(_pick(rng, (":", " : ", ": ")))
            continue
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.25:
            out.append(" ")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# self check
TOKEN_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")
GROUP_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+(?:[ \-][0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+)+")
DIGITS_RE = re.compile(r"[0-9０-９]+")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def candidates(outside):
    """Every digit/alnum run outside spans, digit sub-runs, and space/hyphen grouped runs."""
    seen = set()
    for m in TOKEN_RE.finditer(outside):
        seen.add(m.group())
        for d in DIGITS_RE.finditer(m.group()):
            seen.add(d.group())
    for m in GROUP_RE.finditer(outside):
        g = m.group()
        toks = re.split(r"([ \-])", g)
        words_, seps = toks[0::2], toks[1::2]
        for i in range(len(words_)):
            s = words_[i]
            for j in range(i + 1, min(len(words_), i + 7)):
                s = s + seps[j - 1] + words_[j]
                seen.add(s)
    return seen


def plate_candidates(outside):
    for i, ch in enumerate(outside):
        if ch in PROVINCE_CHARS:
            for L in range(6, 10):
                sub = outside[i:i + L]
                if "\x00" not in sub and len(sub) == L:
                    yield sub


def lookalikes(text, spans):
    """(hard, shape_only): accidental identifiers outside the spans."""
    chars = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            chars[k] = "\x00"
    outside = "".join(chars)
    hard, soft = [], []
    for c in candidates(outside):
        for mod in LOOKALIKE:
            if mod.is_valid(c):
                hard.append((mod.__name__.rsplit(".", 1)[-1], c))
        for mod in SHAPE_ONLY:
            if mod.is_valid(c):
                soft.append((mod.__name__.rsplit(".", 1)[-1], c))
    for c in plate_candidates(outside):
        if license_plate.is_valid(c):
            hard.append(("license_plate", c))
    for m in EMAIL_RE.finditer(outside):
        hard.append(("email", m.group()))
    for m in IP_RE.finditer(outside):
        hard.append(("ip", m.group()))
    return hard, soft


class LookAlike(Exception):
    """An accidental valid identifier (or e-mail / IP) outside the spans: the record is redrawn."""


def self_check(rec, values=None):
    """Raise AssertionError on a malformed record; return the shape-only look-alikes found."""
    text, spans = rec["text"], rec["spans"]
    assert rec["source"] == SOURCE and rec["genre"] in T.GENRES
    prev = 0
    for i, sp in enumerate(spans):
        s, e, label = sp["start"], sp["end"], sp["label"]
        assert label in LABELS, label
        assert 0 <= prev <= s < e <= len(text), (rec["id"], sp)
        prev = e
        val = text[s:e]
        assert val == val.strip() and val, (rec["id"], val)
        if values is not None:
            assert val == values[i], (rec["id"], val, values[i])
        if label in VALIDATOR:
            assert VALIDATOR[label].is_valid(val), (rec["id"], label, val)
        elif label == "PERSON":
            assert 2 <= len(val) <= 4 and (val[0] in W.SURNAMES or val[:2] in W.COMPOUND_SURNAMES), val
        elif label == "EMAIL":
            assert EMAIL_RE.fullmatch(val), val
        elif label == "IP_ADDRESS":
            assert IP_RE.fullmatch(val) and all(0 <= int(x) <= 255 for x in val.split(".")), val
        elif label == "ADDRESS":
            assert any(k in val for k in ("号", "室", "组", "社", "楼", "层", "座", "幢", "栋")), val
    if rec["pii_free"]:
        assert not spans, rec["id"]
    else:
        assert spans, rec["id"]
    hard, soft = lookalikes(text, spans)
    if hard:
        raise LookAlike(rec["id"], hard)
    return soft


# ---------------------------------------------------------------------------------------------
def build(rng, genre, pos, rid):
    ocr = rng.random() < 0.05
    r = Record(rng, ocr=ocr)
    neg, posl = T.NEG[genre], T.POS[genre]
    if pos:
        sections = [_pick(rng, posl)]
        for extra in rng.sample(neg, 1 if rng.random() < 0.7 else 2) if rng.random() < 0.4 else ():
            sections.insert(rng.randrange(len(sections) + 1), extra)
        if rng.random() < 0.15:
            other = _pick(rng, posl)
            if other not in sections:
                sections.append(other)
    else:
        u = rng.random()
        k = 1 if u < 0.5 else (2 if u < 0.8 else (3 if u < 0.95 else 4))
        sections = rng.sample(neg, k)
    sep = _pick(rng, ("\n", "\n\n", "\n——\n"))
    for i, sec in enumerate(sections):
        if i:
            r.lit_raw(sep)
        r.render(sec)
    values = [r.text[s["start"]:s["end"]] for s in r.spans]  # inserted values, for the check
    rec = {"id": rid, "source": SOURCE, "genre": genre, "text": r.text, "spans": r.spans, "pii_free": not pos}
    return rec, values


def check_templates():
    """NEG templates hold no PII slot, every POS template at least one; every slot is known."""
    for g in T.GENRES:
        for kind, lst in (("NEG", T.NEG[g]), ("POS", T.POS[g])):
            assert lst, (kind, g)
            for t in lst:
                names = [m.group(1) for m in SLOT_RE.finditer(ALT_RE.sub(lambda m: "".join(m.group(1).split("|")), t))]
                pii = [x for x in names if x in PII_SLOTS]
                assert (not pii) if kind == "NEG" else pii, (kind, g, t[:40])


def generate(seed=7, n=800):
    check_templates()
    plan = [(T.GENRES[i % len(T.GENRES)], (i // len(T.GENRES)) % 2 == 0) for i in range(n)]
    random.Random(f"blind7-plan-{seed}").shuffle(plan)
    out, redraws, soft_total = [], 0, collections.Counter()
    for i, (genre, pos) in enumerate(plan):
        rid = f"b7-{i + 1:05d}"
        rng = random.Random(f"blind7-{seed}-{i}")
        for attempt in range(100):
            rec, values = build(rng, genre, pos, rid)
            try:
                soft = self_check(rec, values)
            except LookAlike:
                redraws += 1
                continue
            break
        else:
            raise RuntimeError(f"could not draw a clean record for {rid}")
        for kind, _ in soft:
            soft_total[kind] += 1
        del rec["pii_free"]
        out.append(rec)
    return out, redraws, soft_total


def stats(records):
    by_genre = collections.defaultdict(lambda: [0, 0])
    labels = collections.Counter()
    for r in records:
        by_genre[r["genre"]][0 if not r["spans"] else 1] += 1
        labels.update(s["label"] for s in r["spans"])
    return by_genre, labels


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print genre and label counts")
    a = ap.parse_args(argv)
    records, redraws, soft = generate(a.seed, a.n)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    free = sum(1 for r in records if not r["spans"])
    print(f"wrote {len(records)} records to {a.out}; PII-free {free} ({free / len(records):.1%}); "
          f"redraws {redraws}; shape-only look-alikes outside spans {dict(soft)}")
    if a.stats:
        by_genre, labels = stats(records)
        print("| genre | PII-free | with PII |\n|---|---|---|")
        for g in T.GENRES:
            print(f"| {g} | {by_genre[g][0]} | {by_genre[g][1]} |")
        print("| label | spans |\n|---|---|")
        for lab, c in labels.most_common():
            print(f"| {lab} | {c} |")
        print("total spans", sum(labels.values()))


if __name__ == "__main__":
    main()
