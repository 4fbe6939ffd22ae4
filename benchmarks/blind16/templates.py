"""Builder, value makers, hard-negative makers and one template function per genre (blind16).

A :class:`Builder` appends text piece by piece. A personal value is written with
:meth:`Builder.val`, which records the span's offsets at the moment it is written (never by
searching the text afterwards). Every *slot* of a template writes either a personal value (only in
records that carry PII) or a hard negative of the same kind, so PII-free and PII records share all
their wording.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

from cnpii.identifiers import bank_card as CARD
from cnpii.identifiers import hk_macau_permit as HKM
from cnpii.identifiers import landline_phone as LAND
from cnpii.identifiers import license_plate as PLATE
from cnpii.identifiers import mobile_phone as MOB
from cnpii.identifiers import passport as PP
from cnpii.identifiers import resident_id as RID
from cnpii.identifiers import uscc as USCC

import words as W

# ----------------------------------------------------------------------------------------------
# validators and the candidate scan shared by the hard-negative makers and the self check

VALIDATORS = {
    "CN_ID_CARD": RID.is_valid,
    "CN_MOBILE": MOB.is_valid,
    "CN_LANDLINE": LAND.is_valid,
    "BANK_CARD": CARD.is_valid,
    "CN_PASSPORT": PP.is_valid,
    "CN_HK_MACAU_PERMIT": HKM.is_valid,
    "CN_USCC": USCC.is_valid,
    "LICENSE_PLATE": PLATE.is_valid,
}

_FW = {0xFF10 + i: 0x30 + i for i in range(10)}
_FW.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FW.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FW.update({0x3000: 0x20, 0xFF08: 0x28, 0xFF09: 0x29, 0xFF0D: 0x2D, 0xFF0B: 0x2B})
_TOKEN = re.compile(r"[0-9A-Za-z]+")
_SEP = set(" -()")
_SUBRUN = re.compile(r"[A-Za-z]{1,2}[0-9]+")
_DIGRUN = re.compile(r"[0-9]+")
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使"
_PLATE_START = re.compile("[" + _PROV + "]")


def _groups(t: str):
    """Sequences of alphanumeric tokens joined by single separators (space, dash, brackets)."""
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(t)]
    seqs, cur = [], []
    for s, e in toks:
        if cur and (s - cur[-1][1] <= 2 and all(c in _SEP for c in t[cur[-1][1]:s])):
            cur.append((s, e))
        else:
            if cur:
                seqs.append(cur)
            cur = [(s, e)]
    if cur:
        seqs.append(cur)
    return seqs


def candidates(text: str):
    """(start, end) of every substring the scan tests: each token, each run of digits (with up to
    two leading letters) inside a token, every run of consecutive separator-joined tokens (bank
    cards in groups, ``+86 138 ...``, ``(0755) 8888 6666``), and plate-shaped runs."""
    t = text.translate(_FW)
    out = set()
    for seq in _groups(t):
        for i in range(len(seq)):
            for j in range(i, len(seq)):
                s, e = seq[i][0], seq[j][1]
                if e - s > 30:
                    break
                out.add((s, e))
                if s > 0 and t[s - 1] == "(":
                    out.add((s - 1, e))
        for s, e in seq:
            for rx in (_SUBRUN, _DIGRUN):
                for m in rx.finditer(t, s, e):
                    out.add((m.start(), m.end()))
    for m in _PLATE_START.finditer(t):
        s = m.start()
        for n in range(6, 11):
            if s + n <= len(t):
                out.add((s, s + n))
    return t, sorted(out)


def validator_hits(text: str):
    """Every (start, end, label) whose substring one of the identifier validators accepts."""
    t, cands = candidates(text)
    hits = []
    for s, e in cands:
        piece = t[s:e].strip(" -")
        if not piece:
            continue
        for label, ok in VALIDATORS.items():
            if label == "LICENSE_PLATE" and piece[0] not in _PROV:
                continue
            if ok(piece):
                hits.append((s, e, label))
    return hits


def is_clean(s: str) -> bool:
    return not validator_hits(s)


def safe(r, make, tries=200):
    """Draw ``make(r)`` until no validator accepts any part of it."""
    for _ in range(tries):
        v = make(r)
        if is_clean(v):
            return v
    raise RuntimeError("could not draw a clean hard negative")


# ----------------------------------------------------------------------------------------------
# small helpers

def digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or ("A" <= c <= "Z") or ("a" <= c <= "z") else c
                   for c in s)


def cn_num(n):
    return W.CN_NUMS[n - 1] if 1 <= n <= 10 else str(n)


def date(r, y0=2021, y1=2025):
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    f = r.randrange(5)
    if f == 0:
        return f"{y}年{m}月{d}日"
    if f == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 2:
        return f"{y}/{m}/{d}"
    if f == 3:
        return f"{y}.{m:02d}.{d:02d}"
    return f"{y}年{m:02d}月{d:02d}日"


def clock(r):
    return f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}"


def money(r, lo=100, hi=500000, comma=True):
    v = r.randint(lo, hi)
    f = r.randrange(5)
    if not comma and f in (0, 3):
        f = 2
    if f == 0:
        return f"{v:,}.{r.randint(0, 99):02d}元"
    if f == 1:
        return f"¥{v}.00"
    if f == 2:
        return f"{v}元"
    if f == 3:
        return f"人民币{v:,}元"
    return f"{v / 10000:.2f}万元"


# ----------------------------------------------------------------------------------------------
# value makers: each returns (text as written, label)

def person_name(r):
    x = r.random()
    if x < 0.04:
        return r.choice(W.MINORITY_NAMES)
    sur = r.choice(W.COMPOUND_SURNAMES) if x < 0.09 else r.choice(W.SURNAMES)
    n = 1 if r.random() < 0.3 else 2
    return sur + "".join(r.choice(W.GIVEN_CHARS) for _ in range(n))


def v_name(r):
    return person_name(r), "PERSON"


def v_id(r):
    if r.random() < 0.04:
        s = RID.generate(r, document="legacy_15")
    else:
        s = RID.generate(r)
    f = r.random()
    if s.endswith("X") and r.random() < 0.5:
        s = s[:-1] + "x"
    if f < 0.12 and len(s) == 18:
        s = f"{s[:6]} {s[6:14]} {s[14:]}"
    elif f < 0.2:
        s = fullwidth(s)
    elif f < 0.25 and len(s) == 18:
        s = f"{s[:6]}-{s[6:14]}-{s[14:]}"
    return s, "CN_ID_CARD"


def v_mobile(r):
    s = MOB.generate(r)
    f = r.randrange(12)
    if f == 0:
        s = f"{s[:3]} {s[3:7]} {s[7:]}"
    elif f == 1:
        s = f"{s[:3]}-{s[3:7]}-{s[7:]}"
    elif f == 2:
        s = "+86 " + s
    elif f == 3:
        s = "+86" + s
    elif f == 4:
        s = f"0086-{s}"
    elif f == 5:
        s = f"(+86){s[:3]} {s[3:7]} {s[7:]}"
    elif f == 6:
        s = fullwidth(s)
    elif f == 7:
        s = f"+86-{s[:3]}-{s[3:7]}-{s[7:]}"
    return s, "CN_MOBILE"


def v_landline(r):
    s = LAND.format(LAND.generate(r))
    if "转" not in s:
        area, num = s.split("-")
        f = r.randrange(7)
        if f == 0:
            s = f"({area}){num}"
        elif f == 1:
            s = f"（{area}）{num[:4]}-{num[4:]}"
        elif f == 2:
            s = f"{area} {num[:len(num) - 4]} {num[-4:]}"
        elif f == 3:
            s = area + num
        elif f == 4:
            s = f"+86 {area[1:]} {num}"
    return s, "CN_LANDLINE"


def v_phone(r):
    return v_mobile(r) if r.random() < 0.7 else v_landline(r)


_BINS = ("622202", "622848", "621700", "622700", "621661", "622588", "622260", "621799", "623062", "622908",
         "625965", "622155", "628288", "621483", "622609", "620522")


def v_card(r):
    if r.random() < 0.8:
        b = r.choice(_BINS)
        s = CARD.generate(r, bin=b, length=r.choice((16, 19, 19)))
    else:
        s = CARD.generate(r)
    f = r.randrange(8)
    if f == 0 or f == 1:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif f == 2:
        s = "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif f == 3:
        s = fullwidth(s)
    elif f == 4 and len(s) == 19:
        s = f"{s[:6]} {s[6:]}"
    return s, "BANK_CARD"


def v_email(r):
    f = r.randrange(5)
    if f == 0:
        local = digits(r, r.randint(8, 10))
        return f"{local}@qq.com", "EMAIL"
    sur, giv = r.choice(W.PINYIN), r.choice(W.PINYIN_GIVEN)
    if f == 1:
        local = f"{sur}{giv}{r.randint(70, 99)}"
    elif f == 2:
        local = f"{giv}.{sur}"
    elif f == 3:
        local = f"{sur[0]}{giv}_{r.randint(1, 2024)}"
    else:
        local = f"{sur}{giv}"
    dom = r.choice(W.EMAIL_DOMAINS)
    if r.random() < 0.1:
        local = local.capitalize()
    return f"{local}@{dom}", "EMAIL"


def v_ip(r):
    f = r.randrange(10)
    if f == 0:
        return f"240e:{r.randint(0x100, 0xfff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0x10, 0xffff):x}::{r.randint(1, 0xfff):x}", "IP_ADDRESS"
    if f == 1:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", "IP_ADDRESS"
    a = r.choice((36, 39, 42, 58, 60, 101, 106, 111, 112, 113, 114, 115, 116, 117, 120, 121, 122, 123, 125, 139,
                  180, 182, 183, 218, 219, 220, 221, 222, 223))
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS"


def v_passport(r):
    s = PP.generate(r)
    if r.random() < 0.08:
        s = s.lower()
    return s, "CN_PASSPORT"


def v_permit(r):
    s = HKM.generate(r)
    if len(s) == 11 and r.random() < 0.25:
        s = f"{s[:9]} {s[9:]}"
    return s, "CN_HK_MACAU_PERMIT"


def v_uscc(r):
    return USCC.generate(r), "CN_USCC"


def v_plate(r):
    s = PLATE.generate(r)
    f = r.randrange(6)
    if f == 0 and s[0] != "使":
        s = s[:2] + "·" + s[2:]
    elif f == 1 and s[0] != "使":
        s = s[:2] + "-" + s[2:]
    elif f == 2 and s[0] != "使":
        s = s[:2] + " " + s[2:]
    return s, "LICENSE_PLATE"


def _region(r):
    if r.random() < 0.22:
        muni, dists = r.choice(W.MUNICIPALITIES)
        return ("", muni, r.choice(dists))
    prov, cities = r.choice(W.PROVINCES)
    return (prov, r.choice(cities), r.choice(W.DISTRICTS))


def _room(r):
    b, u, fl, x = r.randint(1, 32), r.randint(1, 6), r.randint(1, 33), r.randint(1, 4)
    f = r.randrange(6)
    if f == 0:
        return f"{b}栋{u}单元{fl}0{x}室"
    if f == 1:
        return f"{b}幢{fl}0{x}室"
    if f == 2:
        return f"{b}号楼{u}单元{fl}0{x}"
    if f == 3:
        return f"{cn_num(min(b, 10))}期{b}栋{fl}0{x}"
    if f == 4:
        return f"{b}-{u}-{fl}0{x}室"
    return f"{b}座{fl}0{x}房"


def address(r):
    prov, city, dist = _region(r)
    head = (prov if r.random() < 0.6 else "") + city
    shape = r.randrange(9)
    n = r.randint(1, 999)
    if shape == 0:
        return f"{head}{dist}{r.choice(W.ROADS)}{n}号{r.choice(W.ESTATES)}{_room(r)}"
    if shape == 1:
        return f"{head}{dist}{r.choice(W.ESTATES)}{_room(r)}"
    if shape == 2:
        p, cities = r.choice(W.PROVINCES)
        c = r.choice(cities) if r.random() < 0.5 else ""
        town = r.choice(W.TOWNS)
        return f"{p}{c}{r.choice(W.COUNTIES)}{town}{r.choice(W.VILLAGES)}{r.choice(W.GROUPS)}{r.randint(1, 88)}号"
    if shape == 3:
        c = r.choice(W.COUNTIES)
        return f"{c}{r.choice(W.TOWNS)}{r.choice(W.VILLAGES)}{r.choice(W.GROUPS)}"
    if shape == 4:
        return f"{head}{dist}{r.choice(W.ROADS)}{n}弄{r.randint(1, 60)}号{r.randint(1, 6)}0{r.randint(1, 4)}室"
    if shape == 5:
        return f"{head}{dist}{r.choice(W.LANES)}{r.randint(1, 80)}号"
    if shape == 6:
        return f"{head}{dist}{r.choice(W.AVENUES)}{n}号{r.choice(W.ESTATES)}{_room(r)}"
    if shape == 7:
        return f"{head}{r.choice(W.ZONES)}{r.choice(W.ROADS)}{r.randint(1, 200)}号{r.choice(W.APARTMENTS)}" \
               f"{r.choice('ABCD')}座{r.randint(2, 28)}{r.randint(1, 20):02d}室"
    p, cities = r.choice(W.PROVINCES)
    return f"{p}{r.choice(W.COUNTIES)}{r.choice(W.TOWNS)}{r.choice(W.ROADS)}{n}号" + \
        (f"{r.randint(1, 9)}单元{r.randint(1, 7)}0{r.randint(1, 3)}" if r.random() < 0.4 else "")


def v_address(r):
    return address(r), "ADDRESS"


def rural_address(r):
    p, cities = r.choice(W.PROVINCES)
    c = r.choice(cities) if r.random() < 0.4 else ""
    f = r.randrange(4)
    county, town, vil, grp = r.choice(W.COUNTIES), r.choice(W.TOWNS), r.choice(W.VILLAGES), r.choice(W.GROUPS)
    if f == 0:
        return f"{p}{c}{county}{town}{vil}{grp}{r.randint(1, 99)}号"
    if f == 1:
        return f"{county}{town}{vil}{grp}"
    if f == 2:
        return f"{town}{vil}{grp}{r.randint(1, 60)}号"
    return f"{p}{county}{town}{vil}{r.choice(('上湾', '下屋', '老屋场', '新村'))}{r.randint(1, 40)}号"


def v_raddress(r):
    return rural_address(r), "ADDRESS"


VALUES = {
    "name": v_name, "id": v_id, "mobile": v_mobile, "landline": v_landline, "phone": v_phone,
    "card": v_card, "email": v_email, "ip": v_ip, "passport": v_passport, "permit": v_permit,
    "uscc": v_uscc, "plate": v_plate, "address": v_address, "raddress": v_raddress,
}

# ----------------------------------------------------------------------------------------------
# hard-negative makers: each returns (category, text); numbers never pass a validator


def n_name(r):
    sur = r.choice(W.SURNAMES)
    f = r.randrange(7)
    if f == 0:
        return "masked_name", sur + "*" * r.randint(1, 2)
    if f == 1:
        return "masked_name", "*" + r.choice(W.GIVEN_CHARS) + ("" if r.random() < 0.5 else r.choice(W.GIVEN_CHARS))
    if f == 2:
        return "mou_name", sur + r.choice(("某", "某某", "某甲", "某乙"))
    if f == 3:
        return "title_name", sur + r.choice(W.TITLES)
    if f == 4:
        return "masked_name", sur + "○" + ("○" if r.random() < 0.5 else "")
    if f == 5:
        return "placeholder", r.choice(("本人", "（空）", "未填写", "同申请人", "见附页", "——"))
    return "title_name", r.choice(("老", "小")) + sur


def _masked_id(r):
    s = RID.generate(r)
    f = r.randrange(4)
    if f == 0:
        return s[:6] + "*" * 8 + s[14:]
    if f == 1:
        return s[0] + "*" * 16 + s[-1]
    if f == 2:
        return s[:3] + "*" * 11 + s[-4:]
    return s[:4] + "**********" + s[-4:]


def _bad_id(r):
    s = RID.generate(r)
    c = "0123456789X".replace(s[-1], "")
    return s[:-1] + r.choice(c)


def n_id(r):
    f = r.randrange(5)
    if f <= 1:
        return "masked_number", _masked_id(r)
    if f == 2:
        return "invalid_number", safe(r, _bad_id)
    if f == 3:
        return "placeholder", r.choice(("已核验，不展示", "详见身份证复印件", "（证件号码已脱敏）", "见附件一"))
    return "ref_number", safe(r, lambda q: "SQ" + digits(q, 16))


def _masked_mobile(r):
    s = MOB.generate(r)
    f = r.randrange(3)
    if f == 0:
        return s[:3] + "****" + s[-4:]
    if f == 1:
        return s[:3] + " **** " + s[-4:]
    return s[:7] + "****"


def _bad_mobile(r):
    return r.choice(("154", "140", "141", "100", "110", "120")) + digits(r, 8, "0123456789")


def n_mobile(r):
    f = r.randrange(5)
    if f <= 1:
        return "masked_number", _masked_mobile(r)
    if f == 2:
        return "invalid_number", safe(r, _bad_mobile)
    if f == 3:
        return "hotline", r.choice(W.HOTLINES)
    return "hotline", safe(r, lambda q: f"400-{digits(q, 3)}-{digits(q, 4, '0123456789')}")


def n_landline(r):
    f = r.randrange(4)
    if f == 0:
        return "hotline", r.choice(W.HOTLINES)
    if f == 1:
        return "hotline", safe(r, lambda q: f"{q.choice(('400', '800'))}-{digits(q, 3)}-{digits(q, 4, '0123456789')}")
    if f == 2:
        s = LAND.format(LAND.generate(r)).split("转")[0]
        area, num = s.split("-")
        return "masked_number", f"{area}-{num[:2]}{'*' * (len(num) - 4)}{num[-2:]}"
    return "hotline", r.choice(W.HOTLINES) + r.choice(("转0", "转1", "按3号键", "转人工"))


def n_phone(r):
    return n_mobile(r) if r.random() < 0.6 else n_landline(r)


def _bad_card(r):
    s = CARD.generate(r, bin=r.choice(_BINS), length=r.choice((16, 19)))
    d = str((int(s[-1]) + r.randint(1, 9)) % 10)
    return s[:-1] + d


def n_card(r):
    f = r.randrange(6)
    s = CARD.generate(r, bin=r.choice(_BINS), length=19)
    if f == 0:
        return "masked_number", f"{s[:4]} **** **** {s[-4:]}"
    if f == 1:
        return "masked_number", f"{s[:6]}*********{s[-4:]}"
    if f == 2:
        return "masked_number", f"尾号{s[-4:]}"
    if f == 3:
        return "invalid_number", safe(r, _bad_card)
    if f == 4:
        return "masked_number", f"**** **** **** {s[-4:]}"
    return "placeholder", r.choice(("原扣款账户", "原收款账户", "同上", "本人名下一类户"))


def n_email(r):
    f = r.randrange(4)
    sur = r.choice(W.PINYIN)
    if f == 0:
        return "masked_number", f"{sur[0]}***@{r.choice(W.EMAIL_DOMAINS)}"
    if f == 1:
        return "masked_number", f"{sur[:2]}****{r.randint(1, 99)}@{r.choice(W.EMAIL_DOMAINS)}"
    if f == 2:
        return "placeholder", r.choice(("未预留", "无", "不使用邮箱", "未填写"))
    return "masked_number", f"***@{r.choice(W.EMAIL_DOMAINS)}"


def n_ip(r):
    f = r.randrange(4)
    if f == 0:
        return "masked_number", f"{r.randint(36, 223)}.{r.randint(0, 255)}.*.*"
    if f == 1:
        return "masked_number", f"10.{r.randint(0, 255)}.x.x"
    return "placeholder", r.choice(("未采集", "柜面办理", "线下渠道", "—"))


def n_passport(r):
    s = PP.generate(r)
    f = r.randrange(4)
    if f == 0:
        return "masked_number", s[0] + "*" * 6 + s[-2:]
    if f == 1:
        return "masked_number", s[:2] + "****" + s[-3:]
    if f == 2:
        return "invalid_number", safe(r, lambda q: q.choice("EG") + digits(q, 7, "0123456789"))
    return "placeholder", r.choice(("护照复印件已留存", "未提供", "见附件"))


def n_permit(r):
    s = HKM.generate(r)
    f = r.randrange(3)
    if f == 0:
        return "masked_number", s[0] + "*" * (len(s) - 3) + s[-2:]
    if f == 1:
        return "invalid_number", safe(r, lambda q: q.choice("CHM") + digits(q, 6, "0123456789"))
    return "placeholder", r.choice(("不适用", "未办理", "无"))


def _bad_uscc(r):
    s = USCC.generate(r)
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY".replace(s[-1], "")
    return s[:-1] + r.choice(alpha)


def n_uscc(r):
    f = r.randrange(3)
    if f == 0:
        s = USCC.generate(r)
        return "masked_number", s[:8] + "********" + s[-2:]
    if f == 1:
        return "invalid_number", safe(r, _bad_uscc)
    return "placeholder", r.choice(("个人，不适用", "无", "以营业执照为准"))


def n_plate(r):
    f = r.randrange(4)
    s = PLATE.generate(r)
    if f == 0:
        return "masked_number", s[:2] + "***" + s[-2:]
    if f == 1:
        return "ref_number", safe(r, lambda q: f"{q.choice('ABCDEF')}{q.randint(1, 3)}-{q.randint(1, 480):03d}")
    if f == 2:
        return "placeholder", r.choice(("无车辆", "未登记", "临时车辆"))
    return "masked_number", s[:3] + "**" + s[-1]


def _vague_address(r):
    prov, city, dist = _region(r)
    f = r.randrange(5)
    if f == 0:
        return f"{prov}{city}{dist}"
    if f == 1:
        return f"{city}{r.choice(W.ROADS)}附近"
    if f == 2:
        return f"{r.choice(W.ROADS)}与{r.choice(W.ROADS)}交叉口一带"
    if f == 3:
        return f"{prov or city}{r.choice(W.COUNTIES)}"
    return f"{r.choice(W.TOWNS)}{r.choice(W.VILLAGES)}一带"


def _masked_address(r):
    prov, city, dist = _region(r)
    f = r.randrange(3)
    if f == 0:
        return f"{prov}{city}{dist}" + "*" * r.randint(4, 9)
    if f == 1:
        return f"{city}{dist}{r.choice(W.ROADS)}**号"
    return f"{r.choice(W.COUNTIES)}{r.choice(W.TOWNS)}***村**组"


def n_address(r):
    f = r.randrange(4)
    if f == 0:
        return "vague_address", _vague_address(r)
    if f == 1:
        return "masked_address", _masked_address(r)
    if f == 2:
        return "placeholder", r.choice(W.PLACEHOLDERS)
    return "vague_address", _vague_address(r)


NEGS = {
    "name": n_name, "id": n_id, "mobile": n_mobile, "landline": n_landline, "phone": n_phone,
    "card": n_card, "email": n_email, "ip": n_ip, "passport": n_passport, "permit": n_permit,
    "uscc": n_uscc, "plate": n_plate, "address": n_address, "raddress": n_address,
}


def org_address(r):
    """An organisation's address, written the same way as a person's (never labelled)."""
    prov, city, dist = _region(r)
    f = r.randrange(4)
    n = r.randint(1, 600)
    if f == 0:
        return f"{city}{dist}{r.choice(W.ROADS)}{n}号"
    if f == 1:
        return f"{prov}{city}{dist}{r.choice(W.AVENUES)}{n}号{r.choice(('金融大厦', '国际中心', '商务楼'))}{r.randint(1, 30)}层"
    if f == 2:
        return f"{city}{r.choice(W.ZONES)}{r.choice(W.ROADS)}{n}号"
    return f"{r.choice(W.COUNTIES)}{r.choice(W.TOWNS)}{r.choice(W.ROADS)}{n}号"


def branch(r):
    return r.choice(W.BANKS) + r.choice(W.DISTRICTS).replace("区", "") + r.choice(W.BRANCH_SUFFIX)


def ref(r, prefix, n=12):
    return safe(r, lambda q: prefix + digits(q, n, "0123456789"))


# ----------------------------------------------------------------------------------------------
# the builder

class Builder:
    """Appends text and records each personal value's span as it is written."""

    def __init__(self, r, pii: bool, p_value: float = 0.72):
        self.r = r
        self.pii = pii
        self.p_value = p_value
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: Counter = Counter()
        self.memo: dict = {}
        self.nocomma = False
        self.amt = (100, 500000)
        self.minute = r.randint(8 * 60, 17 * 60)

    def tick(self) -> str:
        """A clock time that moves forward through the document (chat lines, minutes)."""
        self.minute += self.r.randint(0, 6)
        return f"{self.minute // 60 % 24:02d}:{self.minute % 60:02d}"

    # text ------------------------------------------------------------------------------------
    def t(self, *pieces: str) -> "Builder":
        for p in pieces:
            self.parts.append(p)
            self.n += len(p)
        return self

    def val(self, text: str, label: str) -> None:
        start = self.n
        self.t(text)
        self.spans.append({"start": start, "end": self.n, "label": label})

    def neg(self, cat: str, text: str) -> None:
        self.negs[cat] += 1
        self.t(text)

    def pick(self, seq):
        return self.r.choice(seq)

    def maybe(self, p=0.5) -> bool:
        return self.r.random() < p

    # slots -----------------------------------------------------------------------------------
    def slot(self, kind: str, key: str | None = None) -> None:
        """Write a personal value (PII records, most of the time) or a hard negative of the same kind.

        With ``key`` the first choice is remembered and written again on later calls, so a
        document can name the same person twice."""
        if key is not None and key in self.memo:
            text, label = self.memo[key]
        elif self.pii and self.r.random() < (0.85 if "address" in kind else self.p_value):
            text, label = VALUES[kind](self.r)
        else:
            cat, text = NEGS[kind](self.r)
            label = None
            self.negs[cat] += 1
        if key is not None:
            self.memo[key] = (text, label)
        if label:
            self.val(text, label)
        else:
            self.t(text)

    def h(self, cat: str) -> None:
        """Write a stand-alone hard negative of the given category."""
        r = self.r
        if cat == "surname_word":
            text = r.choice(W.SURNAME_CLAUSES)
        elif cat == "brand":
            text = r.choice(W.BRANDS)
        elif cat == "hotline":
            text = r.choice(W.HOTLINES)
        elif cat == "date":
            text = date(r)
        elif cat == "amount":
            text = money(r, *self.amt, comma=not self.nocomma)
        elif cat == "verify_code":
            text = digits(r, 6, "0123456789")
        elif cat == "postcode":
            text = safe(r, lambda q: q.choice("123456789") + digits(q, 5, "0123456789"))
        elif cat == "version":
            text = f"V{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}"
        elif cat == "error_code":
            text = r.choice(("E", "ERR", "RC")) + safe(r, lambda q: digits(q, 4, "0123456789"))
        elif cat == "country":
            text = r.choice(W.COUNTRIES)
        elif cat == "org_address":
            text = org_address(r)
        elif cat == "branch":
            text = branch(r)
        elif cat == "title_name":
            text = r.choice(W.SURNAMES) + r.choice(W.TITLES)
        elif cat == "mou_name":
            text = r.choice(W.SURNAMES) + r.choice(("某", "某某"))
        else:
            raise KeyError(cat)
        self.negs[cat] += 1
        self.t(text)

    def ref(self, prefix: str, n: int = 12, cat: str = "ref_number") -> None:
        self.negs[cat] += 1
        self.t(ref(self.r, prefix, n))

    def text(self) -> str:
        return "".join(self.parts)


# ----------------------------------------------------------------------------------------------
# layouts: a list of (label, writer) rendered in one of several shapes

def _write(b, w):
    if isinstance(w, str):
        b.slot(w)
    elif isinstance(w, tuple):
        b.slot(w[0], key=w[1])
    else:
        w(b)


LAYOUTS = ("colon", "bracket", "semi", "prose", "numbered", "table", "csv", "tab")


def fields(b, items, layout=None, shuffle=0.3, drop=0.15, title=None):
    """Render ``items`` [(label or (label, ...), writer)] in a layout; some optional fields drop out."""
    r = b.r
    items = [it for it in items if it is not None]
    kept = []
    for it in items:
        if len(it) == 3 and it[2] == "opt" and r.random() < drop * 2:
            continue
        kept.append(it)
    items = kept
    if shuffle and len(items) > 3 and r.random() < shuffle:
        i, j = r.randrange(1, len(items)), r.randrange(1, len(items))
        items[i], items[j] = items[j], items[i]
    layout = layout or r.choice(LAYOUTS)

    def lab(it):
        x = it[0]
        return x if isinstance(x, str) else r.choice(x)

    labels = [lab(it) for it in items]
    if title:
        b.t(title, "\n")
    if layout in ("table", "csv"):
        sep = " | " if layout == "table" else ","
        b.t(sep.join(labels), "\n")
        b.nocomma = layout == "csv"
        for k, it in enumerate(items):
            if k:
                b.t(sep)
            _write(b, it[1])
        b.nocomma = False
        b.t("\n")
        return
    colon = r.choice(("：", ":", "： "))
    for k, (l, it) in enumerate(zip(labels, items)):
        if layout == "colon":
            b.t(l, colon)
            _write(b, it[1])
            b.t("\n")
        elif layout == "bracket":
            b.t("【", l, "】")
            _write(b, it[1])
            b.t("\n")
        elif layout == "semi":
            b.t(l, "：")
            _write(b, it[1])
            b.t("；" if k < len(items) - 1 else "。\n")
        elif layout == "prose":
            b.t(l, r.choice(("为", "是", "系")))
            _write(b, it[1])
            b.t("，" if k < len(items) - 1 else "。\n")
        elif layout == "numbered":
            b.t(f"{k + 1}{r.choice(('.', '、', ')'))}", l, "：")
            _write(b, it[1])
            b.t("\n")
        else:
            b.t(l, "\t")
            _write(b, it[1])
            b.t("\n")


def doc_id(b, p_id=0.7):
    """A document name and its number: mostly a resident ID, sometimes a passport or a permit."""
    r = b.r
    x = r.random()
    if x < p_id:
        b.t(r.choice(("居民身份证", "身份证", "")), r.choice((" ", "：", "")))
        b.slot("id")
    elif x < p_id + (1 - p_id) / 2:
        b.t(r.choice(("护照", "中国护照")), r.choice((" ", "：", "")))
        b.slot("passport")
    else:
        b.t(r.choice(("港澳居民来往内地通行证", "回乡证", "往来港澳通行证")), r.choice((" ", "：", "")))
        b.slot("permit")


def filler(b):
    """A sentence of running prose with surname-first everyday words, brands or dates."""
    r = b.r
    k = r.randrange(12)
    if k == 0:
        b.t("窗口办理时，")
        b.h("surname_word")
        b.t("工作日上午人少一些。")
    elif k == 1:
        b.t("如遇系统升级（版本")
        b.h("version")
        b.t("），页面可能短暂无法访问，")
        b.h("surname_word")
        b.t("敬请谅解。")
    elif k == 2:
        b.t("本通知所称款项以")
        b.h("date")
        b.t("到账为准；")
        b.h("surname_word")
        b.t("逾期将另行处理。")
    elif k == 3:
        b.t("咨询请拨打")
        b.h("hotline")
        b.t("，或到就近网点（")
        b.h("branch")
        b.t("）办理。")
    elif k == 4:
        b.t("如办理失败提示错误码")
        b.h("error_code")
        b.t("，请稍后再试。")
    elif k == 5:
        b.t("现场有")
        b.h("title_name")
        b.t("负责登记，")
        b.h("mou_name")
        b.t("等人已先行签到。")
    elif k == 6:
        b.t("随信寄回的回执请写明邮编")
        b.h("postcode")
        b.t("；")
        b.h("surname_word")
        b.t("回执丢失可补寄。")
    elif k == 7:
        b.t("顺便提醒：不要点击陌生链接，也不要把验证码")
        b.h("verify_code")
        b.t("之类的信息告诉任何人。")
    elif k == 8:
        b.t("附近的")
        b.h("brand")
        b.t("门店也可以代收材料，")
        b.h("surname_word")
        b.t("收到后会登记。")
    elif k == 9:
        b.t("本次涉及金额合计")
        b.h("amount")
        b.t("，以最终核定为准。")
    elif k == 10:
        b.t("办公地点已迁至")
        b.h("org_address")
        b.t("，原址不再受理。")
    else:
        b.t("材料邮寄至")
        b.h("org_address")
        b.t("，邮编")
        b.h("postcode")
        b.t("。")
    b.t("\n" if r.random() < 0.5 else "")


# ----------------------------------------------------------------------------------------------
# genre templates


def g_bankruptcy_claim(b):
    r = b.r
    b.amt = (2000, 900000)
    kind = r.randrange(4)
    court_city = r.choice(r.choice(W.PROVINCES)[1])
    case_no = f"（{r.randint(2021, 2025)}）{r.choice('浙苏粤川湘豫鲁皖')}{r.randint(1, 9)}{r.randint(100, 999):03d}破申{r.randint(1, 80)}号"
    if kind == 0:
        b.t(r.choice(("个人破产案件债权申报表", "债权申报登记表（个人破产）", "重整案件债权申报书")), "\n")
        b.t("案号：")
        b.neg("ref_number", case_no)
        b.t("\n")
        fields(b, [
            (("债权人姓名", "申报人", "债权人"), ("name", "creditor")),
            (("证件类型及号码", "身份证件", "证件号码"), doc_id),
            (("联系电话", "手机号码", "联系方式"), "phone"),
            (("送达地址", "通讯地址", "联系地址"), "address"),
            (("经常居住地", "户籍地址"), "address", "opt"),
            (("电子送达邮箱", "电子邮箱"), "email", "opt"),
            (("收款账户开户行",), lambda b: b.h("branch"), "opt"),
            (("收款账号", "银行账号"), "card"),
            (("申报本金",), lambda b: b.h("amount")),
            (("利息及违约金",), lambda b: b.h("amount"), "opt"),
            (("有无担保",), lambda b: b.t(r.choice(("无", "有，抵押", "保证担保")))),
        ], title=None)
        if b.maybe(0.6):
            b.t(r.choice(("抵押物房屋坐落：", "担保财产坐落于", "抵押房产位于")))
            b.slot("address")
            b.t(r.choice(("，不动产权证号", "，权证编号")))
            b.ref(f"{r.choice('浙苏粤川')}（{r.randint(2015, 2023)}）不动产权第", 7)
            b.t("号。\n")
        b.t("管理人：")
        b.t(r.choice(W.LAW_FIRMS))
        b.t("，联系电话")
        b.slot("landline")
        b.t("，办公地址")
        b.h("org_address")
        b.t("。\n")
        filler(b)
    elif kind == 1:
        b.t(f"{court_city}{r.choice(W.COURTS)}", r.choice(("第一次债权人会议记录", "债权人会议笔录", "债权人会议纪要")), "\n")
        b.t("时间：")
        b.h("date")
        b.t(" ", b.tick(), "\n地点：本院第", str(r.randint(1, 12)), "审判庭（")
        b.h("org_address")
        b.t("）\n主持人：审判员")
        b.slot("name")
        b.t("  书记员：")
        b.slot("name")
        b.t("\n债务人：")
        b.slot("name", "debtor")
        b.t(r.choice(("，身份证号", "（公民身份号码")))
        b.slot("id")
        b.t(r.choice(("，住", "，户籍地")))
        b.slot("address")
        b.t("。\n")
        for _ in range(r.randint(2, 4)):
            who = r.randrange(3)
            if who == 0:
                b.t("债权人")
                b.slot("name")
                b.t("：")
            elif who == 1:
                b.t("管理人（")
                b.t(r.choice(W.LAW_FIRMS))
                b.t("）：")
            else:
                b.t("审判员：")
            b.t(r.choice((
                "对债务人申报的财产状况有无异议？",
                "我申报的借款本金是", "我方核查后确认的债权金额为", "请债务人说明名下车辆的去向，",
                "本人对债权表第三项有异议，利息计算方式不对，", "下一步将对财产变价方案进行表决，",
            )))
            sub = r.randrange(4)
            if sub == 0:
                b.h("amount")
                b.t("。\n")
            elif sub == 1:
                b.t("车牌号")
                b.slot("plate")
                b.t("的车已经卖了。\n")
            elif sub == 2:
                b.t("款项请打到")
                b.slot("card")
                b.t("。\n")
            else:
                b.t("会后可以电话联系我，")
                b.slot("mobile")
                b.t("。\n")
        b.t(r.choice(("会议于", "本次会议")), b.tick(), r.choice(("结束。", "闭会，笔录经核对无误。")), "\n")
    elif kind == 2:
        b.t(r.choice(("债权表（第", "债权申报审查结果表（第")), str(r.randint(1, 3)), "批）\n")
        sep = r.choice((" | ", ",", "\t"))
        b.nocomma = sep == ","
        addr = r.random() < 0.6
        b.t(sep.join(("序号", "债权人", "证件号码", "联系电话") + (("住所地",) if addr else ()) + ("申报金额", "确认金额", "备注")), "\n")
        for i in range(r.randint(2, 5)):
            b.t(str(i + 1), sep)
            b.slot("name")
            b.t(sep)
            b.slot("id")
            b.t(sep)
            b.slot("mobile")
            b.t(sep)
            if addr:
                b.slot("address")
                b.t(sep)
            b.h("amount")
            b.t(sep)
            b.h("amount")
            b.t(sep, r.choice(("", "暂缓确认", "有财产担保", "劳动债权", "已撤回")), "\n")
        b.t("注：以上金额暂未计算", r.choice(("停止计息日后利息", "诉讼费用")), "。\n")
    else:
        b.t(r.choice(("关于", "公告：")), "债务人")
        b.slot("name", "debtor")
        b.t(r.choice(("个人重整一案的公告\n", "个人破产清算案的债权申报通知\n")))
        b.t(f"{court_city}{r.choice(W.COURTS)}于")
        b.h("date")
        b.t("裁定受理债务人")
        b.slot("name", "debtor")
        b.t(r.choice(("（身份证号码", "（证件号")))
        b.slot("id")
        b.t(r.choice(("，经常居住地", "，住所地", "，户籍所在地")))
        b.slot("address")
        b.t("）的个人破产申请，并指定")
        b.t(r.choice(W.LAW_FIRMS))
        b.t("担任管理人。债权人应于")
        b.h("date")
        b.t("前向管理人申报债权，书面说明债权数额、有无财产担保，并提交证据。")
        b.t("管理人联系人：")
        b.slot("name")
        b.t(r.choice(("律师，电话", "，联系电话")))
        b.slot("phone")
        b.t("；申报材料可寄送至")
        b.h("org_address")
        b.t("。\n")
        if b.maybe():
            b.t("债务人名下登记的机动车（号牌")
            b.slot("plate")
            b.t("）已查封，任何人不得擅自处置。\n")
        filler(b)


def g_tax_refund(b):
    r = b.r
    b.amt = (12, 9000)
    kind = r.randrange(4)
    year = r.randint(2021, 2024)
    if kind == 0:
        b.t(r.choice(("【个人所得税】", "【国家税务总局】", "税务通知：")))
        b.t("尊敬的")
        b.slot("name", "tp")
        b.t(r.choice(("，", "纳税人，")))
        b.t(f"您{year}年度个人所得税综合所得汇算已办理完成，应退税额")
        b.h("amount")
        b.t(r.choice(("，已退至您", "，税款将退至您")))
        sub = r.randrange(2)
        if sub == 0:
            b.t("尾号")
            b.negs["masked_number"] += 1
            b.t(digits(r, 4, "0123456789"))
            b.t("的银行账户")
        else:
            b.t("账户")
            b.slot("card")
        b.t(r.choice(("，请注意查收。", "，预计3个工作日到账。")))
        b.t("如有疑问请拨打")
        b.h("hotline")
        b.t("。\n")
        if b.maybe():
            filler(b)
    elif kind == 1:
        b.t(r.choice(("个人所得税专项附加扣除信息表", "专项附加扣除信息采集表")), f"（{year}年度）\n")
        fields(b, [
            (("纳税人姓名", "姓名"), ("name", "tp")),
            (("身份证件号码", "纳税人识别号"), "id"),
            (("手机号码", "联系电话"), "mobile"),
            (("电子邮箱",), "email", "opt"),
            (("联系地址", "经常居住地"), "address", "opt"),
            (("扣缴义务人名称",), lambda b: b.t(r.choice(("某科技有限公司", "本单位", r.choice(W.PROPERTY_COS) + "有限公司")))),
            (("扣缴义务人纳税人识别号", "统一社会信用代码"), "uscc"),
        ])
        part = r.randrange(4)
        if part == 0:
            b.t("一、子女教育：子女姓名")
            b.slot("name")
            b.t("，身份证件号码")
            b.slot("id")
            b.t("，当前受教育阶段", r.choice(("义务教育", "高中阶段", "学前教育")), "，本人扣除比例", r.choice(("100%", "50%")), "。\n")
        elif part == 1:
            b.t("二、住房贷款利息：房屋坐落地址")
            b.slot("address")
            b.t("，贷款合同编号")
            b.ref("DK", 14)
            b.t("，贷款银行")
            b.h("branch")
            b.t("，首次还款日期")
            b.h("date")
            b.t("。\n")
        elif part == 2:
            b.t("三、住房租金：主要工作城市", r.choice(r.choice(W.PROVINCES)[1]), "，租赁房屋坐落")
            b.slot("address")
            b.t("，出租方姓名")
            b.slot("name")
            b.t("，出租方证件号码")
            b.slot("id")
            b.t("。\n")
        else:
            b.t("四、赡养老人：被赡养人姓名")
            b.slot("name")
            b.t("，身份证件号码")
            b.slot("id")
            b.t("，与纳税人关系", r.choice(("父亲", "母亲", "祖父", "外祖母")), "，分摊方式", r.choice(("均摊", "约定分摊", "独生子女")), "。\n")
        b.t("填报日期：")
        b.h("date")
        b.t("\n")
    elif kind == 2:
        names = ("纳税人", "客服")
        b.t(r.choice(("12366在线咨询记录", "退税咨询对话", "App在线客服")), "\n")
        lines = [
            (0, lambda b: b.t(f"你好，我{year}年的退税显示退库失败，是什么原因？")),
            (1, lambda b: b.t("您好，退库失败一般是银行账户状态异常，请核对您登记的卡号。")),
            (0, lambda b: (b.t("登记的是"), b.slot("card"), b.t("，开户行"), b.h("branch"), b.t("。"))),
            (1, lambda b: (b.t("请问您是"), b.slot("name", "tp"), b.t("本人吗？麻烦提供一下身份证号。"))),
            (0, lambda b: (b.t("是的，"), b.slot("id"), b.t("。"))),
            (1, lambda b: (b.t("好的，请在个税App里把银行卡改为一类户后重新提交，"), b.h("surname_word"), b.t("三个工作日内处理。"))),
            (0, lambda b: (b.t("有问题可以打我电话"), b.slot("mobile"), b.t("。"))),
        ]
        for who, fn in lines:
            if r.random() < 0.15 and who == 0:
                continue
            t = b.tick()
            style = r.randrange(2)
            b.t(f"[{t}] {names[who]}：" if style == 0 else f"{names[who]} {t}\n")
            fn(b)
            b.t("\n")
    else:
        b.t(r.choice(("退（抵）税申请表", "更正申报及退税说明")), "\n")
        b.t("申请人")
        b.slot("name", "tp")
        b.t(r.choice(("，证件号码", "（身份证")))
        b.slot("id")
        b.t(r.choice(("，", "），")))
        b.t(f"因{year}年度", r.choice(("多缴大病医疗扣除", "漏报子女教育扣除", "任职受雇单位重复预扣")), "，申请退税")
        b.h("amount")
        b.t("。退税账户为")
        b.h("branch")
        b.t("，账号")
        b.slot("card")
        b.t("。联系电话")
        b.slot("phone")
        b.t("，邮寄地址")
        b.slot("address")
        b.t("。\n税务机关受理编号")
        b.ref("SW", 16)
        b.t("，受理日期")
        b.h("date")
        b.t("。\n")
        filler(b)


def g_securities_account(b):
    r = b.r
    b.amt = (1000, 300000)
    kind = r.randrange(4)
    firm = r.choice(W.SECURITIES)
    if kind == 0:
        b.t(firm, r.choice(("个人客户开户申请表", "自然人证券账户开立申请", "网上开户信息确认单")), "\n")
        doc = r.randrange(3)
        docname, slotk = (("居民身份证", "id"), ("护照", "passport"), ("往来港澳通行证", "permit"))[doc]
        fields(b, [
            (("客户姓名", "姓名"), ("name", "cust")),
            (("证件类型",), lambda b: b.t(docname)),
            (("证件号码",), slotk),
            (("证件地址", "户籍地址"), "address"),
            (("联系地址", "常住地址"), "address", "opt"),
            (("手机号码", "移动电话"), "mobile"),
            (("电子邮箱",), "email", "opt"),
            (("职业",), lambda b: b.t(r.choice(W.OCCUPATIONS))),
            (("存管银行",), lambda b: b.h("branch")),
            (("存管银行卡号", "三方存管账户"), "card"),
            (("开户终端IP", "申请IP"), "ip", "opt"),
        ])
        b.t("资金账号：")
        b.ref("", 12)
        b.t(r.choice(("；沪A股东账户：", "；深A股东账户：")))
        b.ref(r.choice(("A", "0")), 9)
        b.t("\n见证人员：")
        b.slot("name")
        b.t("（执业编号")
        b.ref("S", 11)
        b.t("）\n")
    elif kind == 1:
        b.t(r.choice(("投资者风险承受能力评估结果告知书", "风险测评结果确认", "适当性匹配意见书")), "\n")
        b.t("尊敬的投资者")
        b.slot("name", "cust")
        b.t(r.choice(("：您于", "，您在")))
        b.h("date")
        b.t("完成的风险测评得分为", str(r.randint(20, 98)), "分，风险承受能力等级为",
            r.choice(("C1（保守型）", "C3（稳健型）", "C4（积极型）", "C5（激进型）")), "。")
        b.t("本次测评通过", r.choice(("手机App", "网上营业厅", "营业部柜台")), "提交，终端IP")
        b.slot("ip")
        b.t("，设备标识")
        b.ref("IMEI", 15, "ref_number")
        b.t("。如对结果有异议，可联系客户经理")
        b.slot("name")
        b.t("（")
        b.slot("phone")
        b.t("）。\n")
        filler(b)
    elif kind == 2:
        b.t(r.choice(("转托管申请", "指定交易撤销及转托管申请书")), "\n")
        fields(b, [
            (("申请人",), ("name", "cust")),
            (("身份证号码",), "id"),
            (("股东代码",), lambda b: b.ref(r.choice(("A", "B", "0")), 9)),
            (("转出券商",), lambda b: b.t(firm + r.choice(W.DISTRICTS).replace("区", "") + "营业部")),
            (("转入券商",), lambda b: b.t(r.choice(W.SECURITIES) + "营业部")),
            (("转入席位号", "交易单元"), lambda b: b.ref("", 6)),
            (("证券代码",), lambda b: b.ref(r.choice(("60", "00", "30")), 4)),
            (("转托管数量",), lambda b: b.t(f"{r.randint(1, 80) * 100}股")),
            (("联系电话",), "phone"),
            (("联系地址",), "address", "opt"),
        ])
        b.t("申请人签字：")
        b.slot("name", "cust")
        b.t("    日期：")
        b.h("date")
        b.t("\n")
    else:
        b.t(firm, "客服会话", "\n")
        turns = [
            ("客户", lambda b: b.t("我想绑定三方存管，银行卡要怎么换？")),
            ("客服", lambda b: (b.t("您好，请提供资金账号和开户人姓名。"), b.h("surname_word"), b.t("也可以在App自助办理。"))),
            ("客户", lambda b: (b.t("资金账号"), b.ref("", 12), b.t("，开户人"), b.slot("name", "cust"), b.t("。"))),
            ("客服", lambda b: (b.t("新卡卡号是多少？需要本人名下"), b.h("branch"), b.t("的借记卡。"))),
            ("客户", lambda b: (b.slot("card"), b.t("，预留手机"), b.slot("mobile"), b.t("。"))),
            ("客服", lambda b: (b.t("已提交，验证码"), b.h("verify_code"), b.t("请勿告诉他人，结果以短信为准。"))),
        ]
        for who, fn in turns:
            b.t(f"{who}（{b.tick()}）：" if r.random() < 0.5 else f"{who}: ")
            fn(b)
            b.t("\n")


def g_farm_insurance(b):
    r = b.r
    b.amt = (300, 60000)
    kind = r.randrange(4)
    ins = r.choice(W.INSURERS)
    crop = r.choice(W.CROPS)
    dis = r.choice(W.DISASTERS)
    if kind == 0:
        b.t(ins, r.choice(("种植险理赔申请书", "农业保险出险报案登记", "养殖险索赔申请")), "\n")
        b.t("保单号：")
        b.ref(r.choice(("PZ", "PYN", "NB")), 14)
        b.t("\n")
        fields(b, [
            (("被保险人", "投保农户"), ("name", "farmer")),
            (("身份证号",), "id"),
            (("联系电话", "手机"), "phone"),
            (("家庭住址", "住址"), "raddress"),
            (("承保标的",), lambda b: b.t(f"{crop}{r.randint(2, 300)}亩" if crop not in ("生猪", "奶牛") else f"{crop}{r.randint(3, 400)}头")),
            (("出险时间",), lambda b: b.h("date")),
            (("出险原因",), lambda b: b.t(dis)),
            (("出险地点",), lambda b: (b.neg("vague_address", f"{r.choice(W.VILLAGES)}{r.choice(('东片', '西坡', '河滩地', '三号地块'))}"))),
            (("赔款收款账户", "一卡通账号", "惠农卡号"), "card"),
        ])
        b.t("报案人：")
        b.slot("name", "farmer")
        b.t("    报案号")
        b.ref("BA", 12)
        b.t("\n")
    elif kind == 1:
        b.t(r.choice(("查勘定损记录", "受灾核损现场记录", "损失核定意见")), "\n")
        b.h("date")
        b.t(r.choice(("，我公司查勘员", "上午，查勘人员")))
        b.slot("name")
        b.t("会同村委会")
        b.h("title_name")
        b.t(r.choice(("到", "前往")))
        b.slot("raddress")
        b.t(r.choice(("被保险人", "农户")))
        b.slot("name", "farmer")
        b.t(f"的{crop}地块查勘。经现场测量，受{dis}影响面积约{r.randint(2, 120)}亩，损失程度{r.randint(20, 90)}%，")
        b.t("核定赔款")
        b.h("amount")
        b.t("。农户本人在场确认，联系电话")
        b.slot("phone")
        b.t("。\n")
        if b.maybe():
            b.t("另：农户的农用车（")
            b.slot("plate")
            b.t("）在洪水中受损，不属于本保单责任。\n")
        filler(b)
    elif kind == 2:
        b.t(f"{r.choice(W.TOWNS)}{year_word(r)}{crop}保险理赔到账名单（公示）\n")
        sep = r.choice((" | ", ",", "  "))
        b.nocomma = sep == ","
        addr = r.random() < 0.6
        cols = ["序号", "户主"] + (["住址"] if addr else []) + ["身份证号", "受灾面积(亩)", "赔款金额", "收款账号"]
        b.t(sep.join(cols), "\n")
        for i in range(r.randint(3, 6)):
            b.t(str(i + 1), sep)
            b.slot("name")
            b.t(sep)
            if addr:
                b.slot("raddress")
                b.t(sep)
            b.slot("id")
            b.t(sep, f"{r.randint(1, 60)}.{r.randint(0, 9)}", sep)
            b.h("amount")
            b.t(sep)
            b.slot("card")
            b.t("\n")
        b.t("公示期", str(r.randint(3, 7)), "天，如有异议请联系乡农业服务中心")
        b.h("title_name")
        b.t("，电话")
        b.slot("landline")
        b.t("。\n")
    else:
        b.t(r.choice(("【理赔到账通知】", "短信：", "【" + ins + "】")))
        b.slot("name", "farmer")
        b.t(r.choice(("您好，", "户主，")))
        b.t(f"您投保的{crop}保险（{dis}）赔款")
        b.h("amount")
        b.t("已于")
        b.h("date")
        b.t("划入您")
        b.slot("card")
        b.t(r.choice(("账户，", "的惠农一卡通，")))
        b.t("请注意查收。如有疑问请致电")
        b.h("hotline")
        b.t("。\n")


def year_word(r):
    return f"{r.randint(2021, 2025)}年度"


def g_pawn_ticket(b):
    r = b.r
    b.amt = (500, 200000)
    kind = r.randrange(4)
    shop = r.choice(W.PAWNSHOPS)
    if kind == 0:
        b.t(shop, r.choice(("当票", "典当凭证（当票）", "民品典当当票")), "  No.")
        b.ref("", 8)
        b.t("\n典当行地址：")
        b.h("org_address")
        b.t("  统一社会信用代码：")
        b.slot("uscc")
        b.t("\n")
        item = r.randrange(3)
        fields(b, [
            (("当户名称", "当户"), ("name", "pawner")),
            (("证件名称及号码", "当户证件"), doc_id),
            (("住址", "当户住址"), "address"),
            (("联系电话",), "phone"),
            (("当物名称",), lambda b: b.t(r.choice(W.PAWN_ITEMS) if item == 0 else (
                "机动车一辆" if item == 1 else "住宅房产一处"))),
            ((("重量/规格",), ("车牌号码",), ("房屋坐落",))[item],
             (lambda b: b.slot("plate")) if item == 1 else (
                 (lambda b: b.slot("address")) if item == 2 else (lambda b: b.t(f"{r.randint(5, 300)}.{r.randint(0, 99):02d}克")))),
            (("估价金额",), lambda b: b.h("amount")),
            (("当金",), lambda b: b.h("amount")),
            (("月综合费率",), lambda b: b.t(f"{r.randint(5, 42) / 10:.1f}%")),
            (("典当期限",), lambda b: (b.h("date"), b.t("至"), b.h("date"))),
        ], layout=r.choice(("colon", "table", "numbered", "tab", "bracket")))
        b.t("经办人：")
        b.slot("name")
        b.t("  复核：")
        b.h("title_name")
        b.t("\n")
    elif kind == 1:
        b.t(r.choice(("续当记录", "续当凭证", "续当、赎当登记簿（摘录）")), "\n")
        for i in range(r.randint(2, 4)):
            b.t(f"{i + 1}. ")
            b.h("date")
            b.t(r.choice((" 当户", " 客户")))
            b.slot("name")
            b.t(r.choice(("办理续当，", "续当一个月，", "赎当，")))
            b.t("原当票号")
            b.ref("DP", 10)
            b.t("，缴纳综合费")
            b.h("amount")
            b.t(r.choice(("，现金支付。", "，经卡号")))
            if b.parts[-1].endswith("卡号"):
                b.slot("card")
                b.t("转账。")
            b.t("\n")
        b.t("以上记录由", shop, "前台登记。\n")
    elif kind == 2:
        b.t(r.choice(("赎当通知", "绝当提醒函", "续当提示")), "\n")
        b.slot("name", "pawner")
        b.t(r.choice(("先生/女士：", "（当户）：")))
        b.t("您于")
        b.h("date")
        b.t("在我行典当的", r.choice(W.PAWN_ITEMS), "（当票号")
        b.ref("DP", 10)
        b.t("）已到期，请于")
        b.h("date")
        b.t("前携带身份证（")
        b.slot("id")
        b.t("）办理赎当或续当，逾期五日未办理的视为绝当。我行地址")
        b.h("org_address")
        b.t("，联系电话")
        b.slot("landline")
        b.t("。\n")
        b.t(r.choice(("如您已搬离", "若您的住址已变更", "本函寄送地址为")))
        b.slot("address")
        b.t("，请及时告知。\n")
    else:
        b.t(shop, "房产抵押典当合同（摘要）\n")
        b.t("甲方（典当行）：", shop, "，统一社会信用代码")
        b.slot("uscc")
        b.t("；乙方（当户）：")
        b.slot("name", "pawner")
        b.t("，身份证号")
        b.slot("id")
        b.t("，户籍地址")
        b.slot("address")
        b.t("。\n")
        b.t("第一条 抵押房屋坐落于")
        b.slot("address")
        b.t("，建筑面积", f"{r.randint(40, 180)}.{r.randint(10, 99)}", "平方米，权证号")
        b.ref("FQ", 9)
        b.t("。\n第二条 当金")
        b.h("amount")
        b.t("，由甲方划入乙方账户")
        b.slot("card")
        b.t("。\n第三条 乙方联系电话")
        b.slot("mobile")
        b.t("，电子邮箱")
        b.slot("email")
        b.t("。\n")


def g_lottery_claim(b):
    r = b.r
    b.amt = (10000, 8000000)
    kind = r.randrange(4)
    game = r.choice(W.LOTTERY)
    issue = f"{r.randint(2021, 2025)}{r.randint(1, 150):03d}"
    if kind == 0:
        b.t(r.choice(("福利彩票大奖兑奖登记表", "体育彩票中奖兑付登记", "彩票兑奖申请单")), "\n")
        fields(b, [
            (("中奖人姓名", "兑奖人"), ("name", "winner")),
            (("有效证件", "证件名称及号码"), lambda b: doc_id(b, 0.5)),
            (("联系电话",), "mobile"),
            (("通讯地址", "家庭住址"), "address"),
            (("彩票种类",), lambda b: b.t(game)),
            (("期号",), lambda b: b.neg("ref_number", issue)),
            (("销售站点编号", "投注站号"), lambda b: b.ref("", 8)),
            (("中奖金额",), lambda b: b.h("amount")),
            (("代扣个人所得税",), lambda b: b.h("amount")),
            (("收款银行卡号", "兑奖卡号"), "card"),
        ])
        b.t("兑奖经办人：")
        b.slot("name")
        b.t("  兑奖日期：")
        b.h("date")
        b.t("\n")
    elif kind == 1:
        b.t(r.choice(("中奖公示", "大奖兑付情况公示")), f"（{game}第{issue}期）\n")
        for i in range(r.randint(2, 4)):
            b.t(f"{i + 1}. 中奖者")
            b.slot("name")
            prov = r.choice(W.PROVINCES)[0]
            b.t(r.choice((f"（{prov}彩民）", f"，{prov}购彩者", f"（{prov}）")))
            b.t("，中奖金额")
            b.h("amount")
            b.t("，依法代扣个人所得税20%。\n")
        b.t("兑奖地点：")
        b.h("org_address")
        b.t("，咨询电话")
        b.h("hotline")
        b.t("。\n")
        filler(b)
    elif kind == 2:
        b.t(r.choice(("代扣代缴个人所得税凭证", "偶然所得个税扣缴明细")), "\n")
        b.t("扣缴义务人：", r.choice(("省福利彩票发行中心", "省体育彩票管理中心")), "；统一社会信用代码")
        b.slot("uscc")
        b.t("；纳税人")
        b.slot("name", "winner")
        b.t("，证件号码")
        b.slot("id")
        b.t("；所得项目：偶然所得；收入额")
        b.h("amount")
        b.t("；税率20%；已扣税额")
        b.h("amount")
        b.t("；凭证号")
        b.ref("PZ", 14)
        b.t("。\n")
    else:
        b.t("兑奖咨询记录\n")
        turns = [
            ("彩民", lambda b: (b.t(f"我买的{game}中了二等奖，要去哪里兑？"),)),
            ("工作人员", lambda b: (b.t("一万元以上到市中心兑奖，地址是"), b.h("org_address"), b.t("。"), b.h("surname_word"), b.t("最好提前预约。"))),
            ("彩民", lambda b: (b.t("我叫"), b.slot("name", "winner"), b.t("，电话"), b.slot("mobile"), b.t("，能帮我预约吗？"))),
            ("工作人员", lambda b: (b.t("可以，请带上彩票原件、身份证和本人银行卡，卡号先报一下。"),)),
            ("彩民", lambda b: (b.slot("card"), b.t("。"))),
            ("工作人员", lambda b: (b.t("已登记，预约号"), b.ref("YY", 8), b.t("。"))),
        ]
        for who, fn in turns:
            b.t(f"{who}：" if r.random() < 0.6 else f"[{b.tick()}] {who}: ")
            fn(b)
            b.t("\n")


def g_crowdfunding(b):
    r = b.r
    b.amt = (2000, 400000)
    kind = r.randrange(4)
    plat = r.choice(W.CROWDFUND_PLATFORMS)
    dis = r.choice(W.DISEASES)
    rel = r.choice(("丈夫", "妻子", "儿子", "女儿", "父亲", "母亲"))
    hosp = r.choice(r.choice(W.PROVINCES)[1]) + r.choice(W.HOSPITALS)
    if kind == 0:
        b.t(r.choice(("【求助】", "求助帖：", "")), r.choice(("恳请好心人帮帮我的", "救救我", "跪求大家帮帮我")), rel, "\n")
        b.t("我是")
        b.slot("name")
        b.t(f"，我{rel}")
        b.slot("name", "patient")
        b.t(r.choice(("今年", "才")), str(r.randint(3, 70)), "岁，", r.choice(("上个月", "去年年底", "三个月前")),
            f"被确诊为{dis}，目前在{hosp}治疗，住院号")
        b.ref("ZY", 9)
        b.t("。家里住在")
        b.slot("raddress" if r.random() < 0.5 else "address")
        b.t(r.choice(("，靠种地为生，", "，平时打零工，")))
        b.t("前期治疗已花费")
        b.h("amount")
        b.t("，后续还需要")
        b.h("amount")
        b.t("。")
        b.neg("surname_word", r.choice(("万一后续费用跟不上，", "马上就要第二期化疗了，", "白天在医院陪护，晚上还要打工，")))
        b.t(r.choice(("真的没有办法了，", "我们已经借遍了亲戚，")))
        b.t("恳请大家帮忙转发。\n")
        if b.maybe(0.6):
            b.t("如需核实可联系我：")
            b.slot("mobile")
            b.t("。\n")
        b.t(plat, "提示：筹款信息由求助人提供，平台已审核", r.choice(("诊断证明", "病历首页", "身份证明")), "。\n")
    elif kind == 1:
        b.t(r.choice(("筹款证明", "家庭经济状况证明", "情况说明")), "\n")
        b.t("兹证明患者")
        b.slot("name", "patient")
        b.t("（身份证号")
        b.slot("id")
        b.t("）系我村村民，户籍地")
        b.slot("raddress")
        b.t(f"，因{dis}住院治疗，家庭困难，情况属实。\n")
        b.t("证明单位：", r.choice(W.VILLAGES), "村民委员会（盖章）\n经办人：")
        b.slot("name")
        b.t("  电话：")
        b.slot("phone")
        b.t("\n")
        b.h("date")
        b.t("\n")
    elif kind == 2:
        b.t(plat, r.choice(("善款提现申请", "筹款提现确认单", "资金拨付申请")), "\n")
        fields(b, [
            (("项目编号",), lambda b: b.ref("", 10)),
            (("患者姓名",), ("name", "patient")),
            (("收款人", "提现收款人"), "name"),
            (("与患者关系",), lambda b: b.t(r.choice(W.RELATIONS))),
            (("收款人身份证号",), "id"),
            (("收款人住址", "联系地址"), "address", "opt"),
            (("收款银行卡号", "提现账户"), "card"),
            (("开户行",), lambda b: b.h("branch")),
            (("提现金额",), lambda b: b.h("amount")),
            (("操作IP", "申请IP"), "ip", "opt"),
            (("联系手机",), "mobile"),
        ])
        b.t("审核意见：材料齐全，同意打款至", r.choice(("收款人账户", "医院对公账户")), "。\n")
        filler(b)
    else:
        b.t("筹款群聊天记录（节选）\n")
        turns = [
            ("志愿者", lambda b: (b.t("大家好，这是"), b.slot("name", "patient"), b.t("的筹款链接，"), b.h("surname_word"), b.t("麻烦多转发。"))),
            ("家属", lambda b: (b.t("谢谢大家，目前已筹到"), b.h("amount"), b.t("。"))),
            ("网友", lambda b: (b.t("想直接转账给你们可以吗？"),)),
            ("家属", lambda b: (b.t("可以的，卡号"), b.slot("card"), b.t("，户名"), b.slot("name"), b.t("。"))),
            ("网友", lambda b: (b.t("转了，备注了"), b.neg("mou_name", r.choice(W.SURNAMES) + "某"), b.t("。"))),
            ("家属", lambda b: (b.t("收到，医院地址在"), b.h("org_address"), b.t("，有事可以打"), b.slot("mobile"), b.t("。"))),
        ]
        for who, fn in turns:
            b.t(f"{who} {b.tick()}：" if r.random() < 0.5 else f"【{who}】")
            fn(b)
            b.t("\n")


def g_missing_person(b):
    r = b.r
    b.amt = (100, 5000)
    kind = r.randrange(4)
    age = r.randint(6, 88)
    sex = r.choice(("男", "女"))
    if kind == 0:
        b.t(r.choice(("寻人启事", "紧急寻人", "寻找走失亲人")), "\n")
        b.slot("name", "lost")
        b.t(f"，{sex}，{age}岁，身高约{r.randint(120, 185)}厘米，", r.choice((
            "有轻度老年痴呆，", "说话带口音，", "左手腕有疤痕，", "不识字，")))
        b.h("date")
        b.t(r.choice(("傍晚在", "上午在", "下午在")))
        b.neg("vague_address", _vague_address(r))
        b.t("走失，走失时穿", r.choice(W.COLORS), r.choice(("羽绒服", "夹克", "棉袄", "T恤")), "。")
        b.t("家住")
        b.slot("address")
        b.t("。")
        b.t(r.choice(("如有知情者请联系", "望好心人见到后联系", "有线索请致电")))
        b.slot("name")
        b.t("，电话")
        b.slot("mobile")
        b.t(r.choice(("，必有重谢！", "，万分感谢。", "。")), "\n")
    elif kind == 1:
        b.t(r.choice(W.COUNTIES).replace("县", ""), "公安局", r.choice(("协查通报", "走失老人协查通知")), "\n")
        fields(b, [
            (("姓名",), ("name", "lost")),
            (("性别",), lambda b: b.t(sex)),
            (("年龄",), lambda b: b.t(f"{age}岁")),
            (("身份证号码",), "id"),
            (("户籍地址", "户籍地"), "address"),
            (("经常居住地",), "address", "opt"),
            (("走失地点",), lambda b: b.neg("vague_address", _vague_address(r))),
            (("报警人",), "name"),
            (("报警人电话",), "phone"),
        ])
        b.t("请各单位发现后与", r.choice(W.TOWNS), "派出所联系，值班电话")
        b.slot("landline")
        b.t("。案件编号")
        b.ref("J", 18)
        b.t("。\n")
    elif kind == 2:
        b.t(r.choice(("救助站认领登记", "受助人员认领记录", "走失人员认领交接单")), "\n")
        b.t("受助人：")
        b.slot("name", "lost")
        b.t(f"（{sex}，约{age}岁），于")
        b.h("date")
        b.t("由", r.choice(("巡逻民警", "环卫工人", "热心群众")), "送至本站（")
        b.h("org_address")
        b.t("）。\n认领人")
        b.slot("name")
        b.t("，系受助人", r.choice(W.RELATIONS), "，身份证号")
        b.slot("id")
        b.t("，住址")
        b.slot("address")
        b.t("，联系电话")
        b.slot("phone")
        b.t("。认领人驾驶车辆")
        b.slot("plate")
        b.t("接回。\n经办：")
        b.h("title_name")
        b.t("\n")
    else:
        b.t("寻人群消息\n")
        turns = [
            ("家属", lambda b: (b.t("有人在"), b.neg("vague_address", _vague_address(r)), b.t("见过我爸吗？"), b.slot("name", "lost"), b.t(f"，{age}岁。"))),
            ("热心网友", lambda b: (b.t("好像在"), b.h("brand"), b.t("店门口看到一个老人，不太确定。"), b.h("surname_word"), b.t("我先帮忙问问。"))),
            ("家属", lambda b: (b.t("麻烦您帮忙看住，我马上过来，电话"), b.slot("mobile"), b.t("。"))),
            ("网友", lambda b: (b.t("已报警，民警"), b.h("title_name"), b.t("在现场。"))),
            ("家属", lambda b: (b.t("找到了！谢谢大家，我家就在"), b.slot("address"), b.t("，以后一定看好他。"))),
        ]
        for who, fn in turns:
            b.t(f"{who}：" if r.random() < 0.5 else f"{b.tick()} {who}：")
            fn(b)
            b.t("\n")


def g_property_arrears(b):
    r = b.r
    b.amt = (200, 30000)
    kind = r.randrange(4)
    co = r.choice(W.PROPERTY_COS)
    est = r.choice(W.ESTATES)
    if kind == 0:
        b.t(r.choice(("物业服务费催缴函", "催缴通知书", "欠费提醒函")), "\n")
        b.slot("name", "owner")
        b.t(r.choice(("业主：", "先生/女士：", "（业主）：")))
        b.t("您名下位于")
        b.slot("address")
        b.t("的房屋，截至")
        b.h("date")
        b.t("累计欠缴物业服务费")
        b.h("amount")
        b.t("（计费期间")
        b.h("date")
        b.t("至")
        b.h("date")
        b.t("）。")
        b.t(r.choice(("请于收到本函之日起十五日内缴清，", "望您尽快缴纳，", "请在月底前到物业服务中心缴费，")))
        b.t("逾期我司将依法", r.choice(("提起诉讼", "申请支付令", "按合同收取滞纳金")), "。\n")
        b.t(co, est, "项目服务中心  地址：")
        b.h("org_address")
        b.t("  电话：")
        b.h("hotline")
        b.t("\n")
        if b.maybe():
            b.t("业主联系电话（档案）：")
            b.slot("phone")
            b.t("\n")
    elif kind == 1:
        b.t(est, r.choice(("欠费明细表", "物业费欠费清单", "应收未收明细")), "\n")
        sep = r.choice((" | ", ",", "\t"))
        b.nocomma = sep == ","
        b.t(sep.join(("房号", "业主", "联系电话", "欠费月数", "欠费金额")), "\n")
        for _ in range(r.randint(3, 6)):
            bld, fl = r.randint(1, 30), r.randint(1, 30)
            b.neg("ref_number", f"{bld}-{r.randint(1, 4)}-{fl}0{r.randint(1, 4)}")
            b.t(sep)
            b.slot("name")
            b.t(sep)
            b.slot("mobile")
            b.t(sep, str(r.randint(1, 36)), sep)
            b.h("amount")
            b.t("\n")
        b.t("制表：")
        b.h("title_name")
        b.t("  制表日期：")
        b.h("date")
        b.t("\n")
    elif kind == 2:
        b.t(r.choice(("停车费欠费通知", "车位管理费催缴", "月卡到期提醒")), "\n")
        b.t("车牌")
        b.slot("plate")
        b.t("（车位")
        b.ref(r.choice(("B1-", "B2-", "地下")), 3)
        b.t("）的车主")
        b.slot("name", "owner")
        b.t(r.choice(("：您的月租车位已欠费", "，您好，车位费已逾期")), str(r.randint(1, 12)), "个月，合计")
        b.h("amount")
        b.t("。请通过", co, "App或到岗亭缴纳。")
        b.h("surname_word")
        b.t("逾期未缴的，后台将限制车辆入场。\n")
        if b.maybe():
            b.t("登记住址：")
            b.slot("address")
            b.t("；联系方式：")
            b.slot("mobile")
            b.t("\n")
        filler(b)
    else:
        b.t("物业管家与业主的对话\n")
        turns = [
            ("管家", lambda b: (b.t("您好，这里是"), b.t(co), b.t("，您家物业费还有"), b.h("amount"), b.t("没交。"))),
            ("业主", lambda b: (b.t("我是"), b.slot("address"), b.t("的"), b.slot("name", "owner"), b.t("，楼上漏水一直没修，我才没交的。"))),
            ("管家", lambda b: (b.t("我记下了，明天让维修"), b.h("title_name"), b.t("上门。"), b.h("surname_word"), b.t("修好后麻烦您补缴。"))),
            ("业主", lambda b: (b.t("可以，直接从我卡里扣吧，"), b.slot("card"), b.t("。"))),
            ("管家", lambda b: (b.t("好的，扣款后会短信通知到"), b.slot("mobile"), b.t("。"))),
        ]
        for who, fn in turns:
            b.t(f"{who}：" if r.random() < 0.5 else f"{who}（{b.tick()}）：")
            fn(b)
            b.t("\n")


def g_customs_declaration(b):
    r = b.r
    b.amt = (50, 20000)
    kind = r.choice((0, 0, 1, 2, 2, 3))
    cus = r.choice(W.CUSTOMS)
    country = r.choice(W.COUNTRIES)
    good = r.choice(W.GOODS)
    flight = r.choice(W.AIRLINE_CODES) + str(r.randint(100, 999))
    if kind == 0:
        b.t(r.choice(("中华人民共和国海关进境旅客行李物品申报单", "旅客物品申报记录", "个人物品申报信息")), "\n")
        doc = 0 if r.random() < 0.7 else 1
        fields(b, [
            (("姓名",), ("name", "trav")),
            (("国籍（地区）",), lambda b: b.t("中国")),
            (("护照号码", "证件号码") if doc == 0 else ("港澳通行证号码", "证件号码"), "passport" if doc == 0 else "permit"),
            (("航班号/车次",), lambda b: b.neg("ref_number", flight)),
            (("来自何地",), lambda b: b.h("country")),
            (("申报物品",), lambda b: b.t(f"{good}{r.randint(1, 6)}件")),
            (("完税价格",), lambda b: b.h("amount")),
            (("联系电话",), "mobile", "opt"),
            (("境内住址", "境内联系地址"), "address", "opt"),
        ])
        b.t("旅客签名：")
        b.slot("name", "trav")
        b.t("  申报日期：")
        b.h("date")
        b.t("  ", cus, "\n")
    elif kind == 1:
        b.t(r.choice(("跨境电商清关实名认证", "海淘订单清关资料", "个人物品清关补充信息")), "\n")
        b.t("订单号")
        b.ref(r.choice(("", "JD", "TM")), 16)
        b.t("，运单号")
        b.ref(r.choice(("YT", "ZT", "EMS")), 13)
        b.t("。\n")
        fields(b, [
            (("收件人", "订购人"), ("name", "buyer")),
            (("身份证号码", "实名认证证件号"), "id"),
            (("手机号",), "mobile"),
            (("收货地址",), "address"),
            (("电子邮箱",), "email", "opt"),
            (("商品",), lambda b: b.t(f"{country}{good}")),
            (("支付金额",), lambda b: b.h("amount")),
        ])
        b.t("提示：根据海关要求，订购人与支付人须为同一人。", r.choice(("", "年度交易限值26000元。")), "\n")
        filler(b)
    elif kind == 2:
        b.t(r.choice(("进境物品进口税缴款通知", "行邮税缴纳凭证", "税款缴纳通知书")), "\n")
        b.t("缴款人")
        b.slot("name", "payer")
        b.t(r.choice(("，", "（")))
        doc_id(b, 0.4)
        b.t(r.choice(("，", "），")))
        b.t("您从", country, "寄递的", good, "经", cus, "审核，应缴进境物品进口税")
        b.h("amount")
        b.t("，税单号")
        b.ref("", 18)
        b.t("。请于")
        b.h("date")
        b.t("前通过", r.choice(("单一窗口", "邮政网点", "银行柜台")), "缴纳，")
        b.t(r.choice(("扣款银行卡", "缴款账户")))
        b.slot("card")
        b.t("。联系电话")
        b.slot("phone")
        b.t(r.choice(("，税单邮寄地址", "，收件地址")))
        b.slot("address")
        b.t("。\n")
    else:
        b.t("清关客服对话\n")
        turns = [
            ("客服", lambda b: (b.t("您好，您的包裹（运单"), b.ref("SF", 12), b.t("）在"), b.t(cus), b.t("被要求补充身份信息。"))),
            ("买家", lambda b: (b.t("要什么？我叫"), b.slot("name", "buyer"), b.t("。"))),
            ("客服", lambda b: (b.t("请提供身份证号，并确认收货地址。"),)),
            ("买家", lambda b: (b.slot("id"), b.t("；地址"), b.slot("address"), b.t("。"))),
            ("客服", lambda b: (b.t("好的，另需缴税"), b.h("amount"), b.t("。"), b.h("surname_word"), b.t("稍后会有短信链接。"))),
            ("买家", lambda b: (b.t("发到"), b.slot("mobile"), b.t("就行，我用的电脑IP是"), b.slot("ip"), b.t("，链接打不开。"))),
        ]
        for who, fn in turns:
            b.t(f"{who}：" if r.random() < 0.5 else f"[{b.tick()}]{who}：")
            fn(b)
            b.t("\n")


GENRES = {
    "bankruptcy_claim": g_bankruptcy_claim,
    "tax_refund": g_tax_refund,
    "securities_account": g_securities_account,
    "farm_insurance": g_farm_insurance,
    "pawn_ticket": g_pawn_ticket,
    "lottery_claim": g_lottery_claim,
    "crowdfunding": g_crowdfunding,
    "missing_person": g_missing_person,
    "property_arrears": g_property_arrears,
    "customs_declaration": g_customs_declaration,
}

# non-identifier label checks used by the self check
_PERSON = re.compile(r"^[\u3400-\u9fff·]{2,16}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_ADDR_MARK = re.compile(r"[号室村组栋幢座房弄巷]|单元|号楼|\d{3,4}$")


def label_ok(label: str, s: str) -> bool:
    if label in VALIDATORS:
        return VALIDATORS[label](s)
    if label == "PERSON":
        return bool(_PERSON.match(s))
    if label == "EMAIL":
        return bool(_EMAIL.match(s))
    if label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if label == "ADDRESS":
        return bool(_ADDR_MARK.search(s)) and len(s) >= 6
    return False
