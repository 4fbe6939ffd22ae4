"""Generate the blind8 corpus (precision-focused: about 70% of the records hold no PII).

    python generate.py [--seed 8] [--n 900] [--out corpus.jsonl]

Deterministic for a seed: one ``random.Random(seed)`` drives everything (the identifier
generators of ``cnpii.identifiers`` receive it too), word lists are lists, and the output is
written with a fixed key order, so two runs give byte-identical files.

Only ``cnpii.identifiers`` is imported from cnpii (validators and synthetic generators); the
detector is never imported or run here.

Every record passes :func:`self_check` before it is kept; a record that fails (in practice: an
accidental valid identifier, e-mail or IPv4 outside the labelled spans) is redrawn.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import words as W  # noqa: E402
from templates import GENRES, JOIN, NEG, POS  # noqa: E402

from cnpii.identifiers import (  # noqa: E402
    bank_card,
    hk_macau_permit,
    landline_phone,
    license_plate,
    mobile_phone,
    passport,
    resident_id,
    uscc,
)

SOURCE = "blind8"
LABELS = ("PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS")

# Validators of the identifiers that have a label in the scheme.  bank_account and
# taiwan_permit are deliberately left out of the look-alike scan: they are shape-only
# (any 10-30 digit run, any 8-digit run) and have no label, so they would forbid every
# order number and every YYYYMMDD date (see README, "self_check").
VALIDATORS = {
    "CN_ID_CARD": resident_id.is_valid,
    "CN_MOBILE": mobile_phone.is_valid,
    "CN_LANDLINE": landline_phone.is_valid,
    "BANK_CARD": bank_card.is_valid,
    "CN_PASSPORT": passport.is_valid,
    "CN_HK_MACAU_PERMIT": hk_macau_permit.is_valid,
    "CN_USCC": uscc.is_valid,
    "LICENSE_PLATE": license_plate.is_valid,
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")
EMAIL_SPAN_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+$")
IPV4_SPAN_RE = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")

ALNUM = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
RUN_RES = [
    re.compile(r"[0-9０-９]+"),
    re.compile(r"[0-9A-Z０-９Ａ-Ｚ]+"),
    re.compile(r"[%s]+" % ALNUM),
]
GROUPED_RE = re.compile(r"[%s]+(?:[ \-－][%s]+)+" % (ALNUM, ALNUM))
PLATE_HEADS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使"
SLOT_RE = re.compile(r"⟦([A-Za-z_0-9]+)(?::([a-z0-9_]+))?(?:#(\w+))?⟧")


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------

def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def digits(rng, n, first="123456789"):
    return pick(rng, first) + "".join(pick(rng, "0123456789") for _ in range(n - 1))


def hexs(rng, n):
    return "".join(pick(rng, "0123456789abcdef") for _ in range(n))


def looks_like_identifier(value: str) -> bool:
    return any(v(value) for v in VALIDATORS.values())


def safe(rng, make, tries=200):
    """A value from ``make(rng)`` that no identifier validator accepts (hard negatives)."""
    for _ in range(tries):
        v = make(rng)
        if not lookalikes(v):
            return v
    raise RuntimeError("could not draw a safe value")


# --------------------------------------------------------------------------------------------
# PII values (only ever inserted as labelled spans)
# --------------------------------------------------------------------------------------------

def person(rng):
    r = rng.random()
    if r < 0.06:
        return pick(rng, W.UYGHUR_GIVEN) + "·" + pick(rng, W.UYGHUR_FATHER)
    sur = pick(rng, W.COMPOUND_SURNAMES) if r < 0.13 else pick(rng, W.SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    return sur + "".join(pick(rng, W.GIVEN_CHARS) for _ in range(n))


def mobile(rng, style=None):
    m = mobile_phone.generate(rng)
    style = style or pick(rng, ["plain"] * 6 + ["space", "dash", "plus"])
    if style == "space":
        return mobile_phone.format(m)
    if style == "dash":
        return m[:3] + "-" + m[3:7] + "-" + m[7:]
    if style == "plus":
        return "+86 " + m
    return m


def id_card(rng, style=None):
    while True:  # an adult customer: born 1940-2005
        v = resident_id.generate(rng)
        if len(v) == 18 and int(v[6:10]) <= 2005:
            break
    style = style or pick(rng, ["plain"] * 8 + ["group"])
    return resident_id.format(v) if style == "group" else v


def card(rng, style=None):
    v = bank_card.generate(rng)
    style = style or pick(rng, ["plain"] * 3 + ["group"])
    return bank_card.format(v) if style == "group" else v


def landline(rng, style=None):
    v = landline_phone.generate(rng)
    if style == "plain":
        v = v.split("#")[0]
        return v
    return landline_phone.format(v)


def email(rng, style=None):
    r = rng.random()
    if r < 0.3:
        local = digits(rng, rng.randint(6, 10))
        dom = "qq.com"
    else:
        local = pick(rng, W.EMAIL_LOCAL_WORDS) + pick(rng, ["", ".", "_"]) + pick(rng, W.EMAIL_LOCAL_WORDS)
        if rng.random() < 0.6:
            local += str(rng.randint(1, 2005))
        dom = pick(rng, W.EMAIL_DOMAINS)
    return local + "@" + dom


def address(rng, style=None):
    prov, city, dists = pick(rng, W.PLACES)
    dist = pick(rng, dists)
    road = pick(rng, W.ROADS)
    num = rng.randint(1, 999)
    shape = rng.randrange(3)
    head = (prov if rng.random() < 0.7 else "") + city + dist
    if style == "short":
        head = city + dist
    if shape == 0:
        return f"{head}{road}{num}号{pick(rng, W.COMMUNITIES)}{rng.randint(1, 28)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}室"
    if shape == 1:
        return f"{head}{road}{num}弄{rng.randint(1, 60)}号{rng.randint(1, 20)}0{rng.randint(1, 6)}室"
    return f"{head}{pick(rng, W.COMMUNITIES)}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 26)}层{rng.randint(1, 4)}号"


def pass_no(rng, style=None):
    return passport.generate(rng)


def permit(rng, style=None):
    return hk_macau_permit.generate(rng)


def uscc_code(rng, style=None):
    return uscc.generate(rng)


def plate(rng, style=None):
    v = license_plate.generate(rng)
    return license_plate.format(v) if rng.random() < 0.3 else v


def ip_addr(rng, style=None):
    r = rng.random()
    if r < 0.35:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.55:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{pick(rng, [36, 58, 61, 101, 112, 114, 117, 120, 183, 218, 223])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


PII = {
    "PERSON": lambda rng, style=None: person(rng),
    "CN_MOBILE": mobile,
    "CN_ID_CARD": id_card,
    "BANK_CARD": card,
    "CN_LANDLINE": landline,
    "EMAIL": email,
    "ADDRESS": address,
    "CN_PASSPORT": pass_no,
    "CN_HK_MACAU_PERMIT": permit,
    "CN_USCC": uscc_code,
    "LICENSE_PLATE": plate,
    "IP_ADDRESS": ip_addr,
}


# --------------------------------------------------------------------------------------------
# Hard-negative values
# --------------------------------------------------------------------------------------------

def date(rng):
    y, m, d = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.randrange(9)
    if f == 0:
        return f"{y}年{m}月{d}日"
    if f == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 2:
        return f"{y}/{m}/{d}"
    if f == 3:
        return f"{y}{m:02d}{d:02d}"
    if f == 4:
        return f"{y}.{m:02d}.{d:02d}"
    if f == 5:
        return f"{m}月{d}日"
    if f == 6:
        cn = "〇一二三四五六七八九"
        return "".join(cn[int(c)] for c in str(y)) + "年" + ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][m - 1] + "月"
    if f == 7:
        return f"{y}年{m:02d}月{d:02d}日"
    return f"{m:02d}/{d:02d}/{y}"


def iso_ts(rng):
    y, m, d = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}+08:00"


def log_ts(rng):
    y, m, d = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(0, 999):03d}"


def hours(rng):
    a = rng.randint(7, 10)
    b = rng.randint(16, 21)
    sep = pick(rng, ["-", "—", "至", "～", " - "])
    return f"{a:02d}:{pick(rng, ['00', '30'])}{sep}{b:02d}:{pick(rng, ['00', '30'])}"


def int_tiny(rng):
    return str(rng.randint(2, 9))


def clock(rng):
    return f"{rng.randint(7, 21):02d}:{pick(rng, ['00', '15', '30', '45'])}"


def amount(rng):
    f = rng.randrange(6)
    if f == 0:
        return f"{rng.randint(1, 99999):,}.{rng.randint(0, 99):02d}元"
    if f == 1:
        return f"¥{rng.randint(100, 999999):,}.{rng.randint(0, 99):02d}"
    if f == 2:
        return f"{rng.randint(1, 999)}万元"
    if f == 3:
        return f"人民币{pick(rng, W.CN_NUMERALS)}万{pick(rng, W.CN_NUMERALS)}仟元整"
    if f == 4:
        return f"{rng.randint(1, 50)}.{rng.randint(1, 9)}万元"
    return f"{rng.randint(10, 500000):,}元"


def num(rng):
    """A table figure: 1,234,567.89 or (12,345.00)."""
    v = f"{rng.randint(1, 99999999):,}.{rng.randint(0, 99):02d}"
    return f"({v})" if rng.random() < 0.12 else v


def pct(rng):
    f = rng.randrange(5)
    if f == 0:
        return f"{rng.randint(1, 99)}%"
    if f == 1:
        return f"{rng.randint(0, 9)}.{rng.randint(0, 9)}%"
    return f"{rng.randint(0, 30)}.{rng.randint(0, 99):02d}%"


def pp(rng):
    return f"{rng.randint(0, 5)}.{rng.randint(1, 9)}个百分点"


def big_amount(rng):
    f = rng.randrange(4)
    if f == 0:
        return f"{rng.randint(1, 999)}.{rng.randint(0, 9)}亿元"
    if f == 1:
        return f"{rng.randint(1, 9999):,}亿元"
    if f == 2:
        return f"{rng.randint(1, 30)}.{rng.randint(0, 99):02d}万亿元"
    return f"{rng.randint(100, 99999):,}万元"


def bp(rng):
    return f"{pick(rng, [5, 10, 15, 20, 25, 30, 50])}个基点"


def rate(rng):
    return f"{rng.randint(1, 4)}.{rng.randint(0, 99):02d}%"


def hotline400(rng):
    return safe(rng, lambda r: f"{pick(r, ['400', '800'])}-{digits(r, 3)}-{digits(r, 4, '0123456789')}")


def masked_mobile(rng):
    m = mobile_phone.generate(rng)
    return pick(rng, [m[:3] + "****" + m[7:], m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], "1**********"[:3] + "******" + m[9:]])


def masked_card(rng):
    c = bank_card.generate(rng)
    f = rng.randrange(4)
    if f == 0:
        return c[:4] + " **** **** " + c[-4:]
    if f == 1:
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if f == 2:
        return "**** **** **** " + c[-4:]
    return c[:4] + "********" + c[-4:]


def masked_id(rng):
    v = resident_id.generate(rng)
    return pick(rng, [v[0] + "*" * 16 + v[-1], v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:]])


def tail4(rng):
    return digits(rng, 4, "0123456789")


def masked_name(rng):
    s = pick(rng, W.SURNAMES)
    return pick(rng, [s + "*", s + "**", s + "*" + pick(rng, W.GIVEN_CHARS), "*" + pick(rng, W.GIVEN_CHARS)])


def serial(rng):
    return safe(rng, lambda r: digits(r, r.randint(16, 24)))


def order_no(rng):
    pre = pick(rng, ["DD", "PAY", "TRX", "RF", "SN", "ORD", "WX", "ZF"])
    return safe(rng, lambda r: pre + f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + digits(r, r.randint(8, 12), "0123456789"))


def contract_no(rng):
    f = rng.randrange(4)
    y = rng.randint(2019, 2025)
    if f == 0:
        return f"HT-{y}-{pick(rng, ['BJ', 'SH', 'GZ', 'CD', 'WH'])}-{rng.randint(1, 99999):05d}"
    if f == 1:
        return f"JK{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 9999):04d}"
    if f == 2:
        return f"（{y}）{pick(rng, ['个贷', '授信', '保函', '理财'])}字第{rng.randint(1, 99999):05d}号"
    return f"XY{y}{digits(rng, 6, '0123456789')}"


def doc_no(rng):
    return f"{pick(rng, W.DOC_PREFIXES)}〔{rng.randint(2015, 2025)}〕{rng.randint(1, 300)}号"


def case_no(rng):
    court = pick(rng, ["京0105", "沪0115", "粤0305", "浙0106", "川0107", "苏0102", "鄂0106"])
    kind = pick(rng, ["民初", "民终", "执", "刑初", "金民初"])
    return f"（{rng.randint(2019, 2025)}）{court}{kind}{rng.randint(100, 99999)}号"


def version(rng):
    f = rng.randrange(4)
    a, b, c = rng.randint(0, 12), rng.randint(0, 30), rng.randint(0, 40)
    if f == 0:
        return f"v{a}.{b}.{c}"
    if f == 1:
        return f"{a}.{b}.{c}-SNAPSHOT"
    if f == 2:
        return f"{a}.{b}.{c}-RELEASE"
    return f"{a}.{b}"


def md5(rng):
    return safe(rng, lambda r: hexs(r, 32))


def sha1(rng):
    return safe(rng, lambda r: hexs(r, 40))


def git_short(rng):
    return safe(rng, lambda r: hexs(r, 7))


def uuid(rng):
    return safe(rng, lambda r: f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{pick(r, '89ab')}{hexs(r, 3)}-{hexs(r, 12)}")


def trace_id(rng):
    return safe(rng, lambda r: hexs(r, 16))


def staff_no(rng):
    return safe(rng, lambda r: pick(r, ["", "A", "B", "HR", "NB"]) + digits(r, r.randint(5, 7), "0123456789"))


def postcode(rng):
    return pick(rng, ["100032", "100140", "200120", "200031", "510620", "518048", "310013",
                      "210005", "610041", "430071", "410005", "250002", "710061", "361001"])


def room(rng):
    return pick(rng, [f"{rng.randint(2, 32)}0{rng.randint(1, 9)}室", f"{pick(rng, 'ABCD')}座{rng.randint(2, 30)}层",
                      f"{rng.randint(2, 9)}楼{rng.randint(1, 9)}0{rng.randint(1, 9)}会议室", f"{rng.randint(1, 3)}号楼{rng.randint(1, 12)}层"])


def host(rng):
    return f"{pick(rng, W.SERVICES)}-{pick(rng, ['prod', 'uat', 'sit', 'dr'])}-{rng.randint(1, 12):02d}"


def port(rng):
    return str(pick(rng, [80, 443, 8080, 8443, 9092, 6379, 5432, 3306, 1521, 2181, 9200, 27017, 15672]))


def product_code(rng):
    return safe(rng, lambda r: pick(r, ["FA", "WM", "JX", "LC", "CD", "ZX"]) + f"{r.randint(2023, 2025)}"
                + pick(r, "ABCDQRX") + f"{r.randint(1, 999):03d}")


def fund_code(rng):
    return safe(rng, lambda r: pick(r, ["00", "11", "16", "51", "60", "30", "68"]) + digits(r, 4, "0123456789"))


def branch_name(rng):
    prov, city, dists = pick(rng, W.PLACES)
    f = rng.randrange(4)
    if f == 0:
        return city + pick(rng, dists) + pick(rng, W.BRANCH_SUFFIX)
    if f == 1:
        return city.rstrip("市") + pick(rng, W.ROADS).rstrip("路街大道巷") + pick(rng, W.BRANCH_SUFFIX)
    if f == 2:
        return pick(rng, W.SURNAME_PLACES) + pick(rng, W.BRANCH_SUFFIX)
    return pick(rng, W.LANDMARKS).replace("南广场", "") + pick(rng, W.BRANCH_SUFFIX)


def branch_address(rng):
    """A branch's own street address (an organisation's address, not labelled: see README)."""
    prov, city, dists = pick(rng, W.PLACES)
    return f"{city}{pick(rng, dists)}{pick(rng, W.ROADS)}{rng.randint(1, 400)}号{pick(rng, ['', '一层', '1-2层', '裙楼', 'A座首层'])}"


def city(rng):
    return pick(rng, W.PLACES)[1]


def district(rng):
    prov, c, dists = pick(rng, W.PLACES)
    return pick(rng, dists)


def city_district(rng):
    prov, c, dists = pick(rng, W.PLACES)
    return c + pick(rng, dists)


def province(rng):
    return pick(rng, [p for p, _, _ in W.PLACES if p] + ["北京市", "上海市"])


def surname_title(rng):
    return pick(rng, W.SURNAMES) + pick(rng, W.TITLES)


def surname_mou(rng):
    return pick(rng, W.SURNAMES) + pick(rng, ["某", "某某", "某某"])


def int_small(rng):
    return str(rng.randint(2, 60))


def int_mid(rng):
    return str(rng.randint(100, 9999))


def int_big(rng):
    return f"{rng.randint(10000, 9999999):,}"


def year(rng):
    return str(rng.randint(2019, 2025))


def quarter(rng):
    return pick(rng, ["一季度", "二季度", "三季度", "四季度", "上半年", "前三季度", "Q1", "Q2", "Q3", "Q4"])


def month(rng):
    return f"{rng.randint(1, 12)}月"


def stock_code(rng):
    return safe(rng, lambda r: pick(r, ["600", "601", "000", "002", "300", "688", "603"]) + digits(r, 3, "0123456789"))


def sms_code(rng):
    return digits(rng, 6, "0123456789")


def ticket_no(rng):
    return safe(rng, lambda r: pick(r, ["A", "B", "C", "V"]) + f"{r.randint(1, 299):03d}")


def duration(rng):
    return pick(rng, [f"{rng.randint(1, 900)}ms", f"{rng.randint(1, 59)}s", f"{rng.randint(1, 30)}min"])


def fee_pct(rng):
    return pick(rng, [f"0.{rng.randint(1, 9)}%", f"0.{rng.randint(10, 99)}%", f"1.{rng.randint(0, 5)}%", "1%", "0.5%"])


def small_amount(rng):
    return pick(rng, [f"{rng.randint(1, 50)}元", f"{pick(rng, [10, 20, 25, 50, 80, 100, 200, 300, 500])}元",
                      f"{rng.randint(1, 20):,}000元", f"{rng.randint(1, 9)}万元", f"{rng.randint(1, 99)}.{rng.randint(0, 99):02d}元"])


def days(rng):
    return str(pick(rng, [7, 14, 30, 63, 91, 128, 182, 270, 365, 730, 1095]))


def exit_no(rng):
    return pick(rng, ["A", "B", "C", "D", "1", "2", "3", "4", "5", "6", "8"])


def meters(rng):
    return str(pick(rng, [50, 80, 100, 150, 200, 300, 350, 500, 800]))


def grams(rng):
    return pick(rng, ["1", "0.5", "2", "5", "10"])


def audit_no(rng):
    return f"{pick(rng, ['信会师报字', '天健审', '致同审字', '毕马威华振审字', '安永华明'])}〔{rng.randint(2019, 2025)}〕第{rng.randint(100, 99999)}号"


def surname(rng):
    return pick(rng, W.SURNAMES)


def badge(rng):
    return f"{rng.randint(2, 24)}号窗口"


def word(list_name):
    seq = getattr(W, list_name)
    return lambda rng: pick(rng, seq)


NEGSLOTS = {
    "date": date, "iso_ts": iso_ts, "log_ts": log_ts, "clock": clock, "hours": hours, "int_tiny": int_tiny, "amount": amount, "num": num,
    "pct": pct, "pp": pp, "big_amount": big_amount, "bp": bp, "rate": rate, "hotline400": hotline400, "masked_mobile": masked_mobile,
    "masked_card": masked_card, "masked_id": masked_id, "tail4": tail4, "masked_name": masked_name,
    "serial": serial, "order_no": order_no, "contract_no": contract_no, "doc_no": doc_no,
    "case_no": case_no, "version": version, "md5": md5, "sha1": sha1, "git_short": git_short,
    "uuid": uuid, "trace_id": trace_id, "staff_no": staff_no, "postcode": postcode, "room": room,
    "host": host, "port": port, "product_code": product_code, "fund_code": fund_code,
    "branch": branch_name, "branch_address": branch_address, "city": city, "district": district,
    "city_district": city_district, "province": province, "surname_title": surname_title,
    "surname_mou": surname_mou, "int_small": int_small, "int_mid": int_mid, "int_big": int_big,
    "year": year, "quarter": quarter, "month": month, "stock_code": stock_code, "sms_code": sms_code,
    "ticket_no": ticket_no, "audit_no": audit_no, "fee_pct": fee_pct, "small_amount": small_amount,
    "days": days, "exit_no": exit_no, "meters": meters, "grams": grams, "surname": surname, "road": word("ROADS"), "duration": duration, "window": badge,
    "hotline": word("HOTLINES"), "brand": word("BRANDS"), "bank": word("BANKS"),
    "inst": word("INSTITUTIONS"), "law": word("LAWS"), "econ": word("ECON_TERMS"),
    "industry": word("INDUSTRIES"), "slogan": word("SLOGANS"), "honour": word("HONOURS"),
    "idiom": word("IDIOMS"), "proverb": word("PROVERBS"), "fraud": word("FRAUD_TYPES"),
    "card_product": word("CARD_PRODUCTS"), "product": word("PRODUCT_NAMES"),
    "subject": word("ACCOUNT_SUBJECTS"), "landmark": word("LANDMARKS"), "nick": word("NICKNAMES"),
    "emoji": word("EMOJI"), "slang": word("SLANG"), "surword": word("SURNAME_WORDS"),
    "namelike": word("NAME_LIKE"), "splace": word("SURNAME_PLACES"), "country": word("COUNTRIES"),
    "weekday": word("WEEKDAYS"), "fee_item": word("FEE_ITEMS"), "contract_title": word("CONTRACT_TITLES"),
    "placeholder": word("PLACEHOLDERS"), "service": word("SERVICES"), "java_class": word("JAVA_CLASSES"),
    "exception": word("EXCEPTIONS"), "metric": word("METRICS"), "bus": word("BUS_ROUTES"),
    "metro": word("METRO_LINES"), "company": word("COMPANY_CUSTOMER_NAMES"),
}


# --------------------------------------------------------------------------------------------
# Rendering: spans are recorded while the text is built
# --------------------------------------------------------------------------------------------

def render(rng, template: str, text: list, spans: list, memo: dict):
    """Append ``template`` to ``text`` (a list of pieces), filling slots; PII slots add spans."""
    pos = sum(len(p) for p in text)
    last = 0
    for m in SLOT_RE.finditer(template):
        lit = template[last:m.start()]
        text.append(lit)
        pos += len(lit)
        name, style, key = m.group(1), m.group(2), m.group(3)
        if name in PII:
            mk = (name, key) if key else None
            if mk and mk in memo:
                value = memo[mk]
            else:
                value = PII[name](rng, style)
                if mk:
                    memo[mk] = value
            # the inserted value travels with the span until self_check has compared it
            spans.append({"start": pos, "end": pos + len(value), "label": name, "value": value})
        elif name in NEGSLOTS:
            mk = ("neg", name, key) if key else None
            if mk and mk in memo:
                value = memo[mk]
            else:
                value = NEGSLOTS[name](rng)
                if mk:
                    memo[mk] = value
        else:
            raise KeyError(f"unknown slot {name!r} in template {template[:40]!r}")
        text.append(value)
        pos += len(value)
        last = m.end()
    tail = template[last:]
    text.append(tail)


def build(rng, genre: str, positive: bool) -> dict:
    joiner = JOIN[genre]
    negs = NEG[genre]
    k = rng.randint(2, 3) if joiner == "" else rng.randint(2, 4)
    parts = rng.sample(negs, k)
    if positive:
        n_pos = 1 if rng.random() < 0.75 else 2
        pos_parts = rng.sample(POS[genre], n_pos)
        parts = parts[: max(1, len(parts) - 1)]
        for p in pos_parts:
            parts.insert(rng.randint(0, len(parts)), p)
    text, spans, memo = [], [], {}
    for i, t in enumerate(parts):
        if i:
            render(rng, joiner, text, spans, memo)
        render(rng, t, text, spans, memo)
    return {"text": "".join(text), "spans": spans}


# --------------------------------------------------------------------------------------------
# self_check
# --------------------------------------------------------------------------------------------

def lookalikes(text: str) -> list:
    """Candidate strings in ``text`` that some identifier validator, the e-mail or IPv4 pattern accepts."""
    found = []
    cands = []
    for rx in RUN_RES:
        cands += [m.group() for m in rx.finditer(text)]
    for m in GROUPED_RE.finditer(text):
        groups = re.split(r"([ \-－])", m.group())
        toks = groups[0::2]
        seps = groups[1::2]
        for i in range(len(toks)):
            acc = toks[i]
            for j in range(i + 1, len(toks)):
                acc += seps[j - 1] + toks[j]
                cands.append(acc)
    # licence plates: a province character (or 使) followed by up to 11 characters
    for i, ch in enumerate(text):
        if ch in PLATE_HEADS:
            for ln in range(6, 12):
                if i + ln <= len(text):
                    cands.append(text[i:i + ln])
    for c in cands:
        c = c.strip()
        if c and looks_like_identifier(c):
            found.append(c)
    found += EMAIL_RE.findall(text)
    found += [m.group() for m in IPV4_RE.finditer(text)]
    return found


def self_check(rec: dict, positive: bool) -> list:
    """Problems with a record (an empty list means the record is fine)."""
    problems = []
    text, spans = rec["text"], rec["spans"]
    prev_end = 0
    for s in spans:
        a, b, lab = s["start"], s["end"], s["label"]
        val = text[a:b]
        if lab not in LABELS:
            problems.append(f"label {lab}")
        if not (0 <= a < b <= len(text)):
            problems.append("offsets")
            continue
        if a < prev_end:
            problems.append("overlap or order")
        prev_end = b
        if val != val.strip() or not val:
            problems.append("whitespace")
        if s.get("value") != val:
            problems.append("span text differs from the inserted value")
        if lab in VALIDATORS and not VALIDATORS[lab](val):
            problems.append(f"invalid {lab} {val}")
        if lab == "EMAIL" and not EMAIL_SPAN_RE.match(val):
            problems.append("email shape")
        if lab == "IP_ADDRESS" and not IPV4_SPAN_RE.match(val):
            problems.append("ip shape")
        if lab == "PERSON" and not re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", val):
            problems.append("person shape")
        if lab == "ADDRESS" and not re.search(r"(号|室|层)", val):
            problems.append("address shape")
        # the characters either side of an identifier span must not extend it
        if lab in VALIDATORS or lab in ("EMAIL", "IP_ADDRESS"):
            if a > 0 and re.match(r"[0-9A-Za-z.@_]", text[a - 1]):
                problems.append(f"glued left {lab}")
            if b < len(text) and re.match(r"[0-9A-Za-z@_]", text[b]) or (b + 1 < len(text) and text[b] == "." and text[b + 1].isdigit()):
                problems.append(f"glued right {lab}")
    if not positive and spans:
        problems.append("PII-free record has spans")
    if positive and not spans:
        problems.append("PII record has no spans")
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "§"
    hits = lookalikes("".join(masked))
    if hits:
        problems.append("look-alike outside spans: " + ", ".join(sorted(set(hits))[:5]))
    if "⟦" in text or "⟧" in text:
        problems.append("unfilled slot")
    return problems


# --------------------------------------------------------------------------------------------

def plan(rng, n: int, pos_share: float = 0.3):
    per = [n // len(GENRES) + (1 if i < n % len(GENRES) else 0) for i in range(len(GENRES))]
    items = []
    for g, cnt in zip(GENRES, per):
        n_pos = round(cnt * pos_share)
        items += [(g, True)] * n_pos + [(g, False)] * (cnt - n_pos)
    rng.shuffle(items)
    return items


def generate(seed: int = 8, n: int = 900, stats: dict | None = None):
    rng = random.Random(seed)
    records = []
    redraws = 0
    seen = set()
    for idx, (genre, positive) in enumerate(plan(rng, n), 1):
        for attempt in range(500):
            rec = build(rng, genre, positive)
            if rec["text"] in seen:
                redraws += 1
                continue
            problems = self_check(rec, positive)
            if not problems:
                break
            redraws += 1
        else:
            raise RuntimeError(f"record {idx} ({genre}) failed: {problems}")
        seen.add(rec["text"])
        spans = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]
        records.append({"id": f"b8-{idx:05d}", "source": SOURCE, "genre": genre,
                        "text": rec["text"], "spans": spans})
    if stats is not None:
        stats["redraws"] = redraws
    return records


def check_file(path: str) -> int:
    """Re-run self_check on a written corpus file (the span values are read back from the text)."""
    bad = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            rec = {"text": r["text"], "spans": [dict(s, value=r["text"][s["start"]:s["end"]]) for s in r["spans"]]}
            problems = self_check(rec, bool(r["spans"]))
            if r["source"] != SOURCE or r["genre"] not in GENRES or set(r) != {"id", "source", "genre", "text", "spans"}:
                problems.append("record fields")
            if problems:
                bad += 1
                print(r["id"], problems)
    return bad


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--n", type=int, default=900)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl"))
    ap.add_argument("--check", metavar="FILE", help="only re-run self_check on an existing corpus file")
    args = ap.parse_args(argv)
    if args.check:
        bad = check_file(args.check)
        print(f"{args.check}: {bad} record(s) with problems")
        sys.exit(1 if bad else 0)
    stats = {}
    recs = generate(args.seed, args.n, stats)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(1 for r in recs if not r["spans"])
    labels = {}
    for r in recs:
        for s in r["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    print(f"wrote {len(recs)} records to {args.out}: {neg} PII-free ({neg / len(recs):.1%}), "
          f"{len(recs) - neg} with PII, {sum(labels.values())} spans, {stats['redraws']} redraws (self_check)")
    for k in LABELS:
        if k in labels:
            print(f"  {k:20s} {labels[k]}")


if __name__ == "__main__":
    main()
