"""Builder, slot helpers, hard-negative makers and one template per genre (blind11 corpus).

Every template writes its text piece by piece through :class:`Builder`; a PII value is written
with :meth:`Builder.put`, which records its offsets at that moment (nothing is searched later).
"""
from __future__ import annotations

import datetime
import re
from collections import Counter

from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone,
                               passport, resident_id, uscc)

import words as W

LABELS = {"PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "CN_PASSPORT",
          "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS"}
VALIDATORS = {"CN_ID_CARD": resident_id, "CN_MOBILE": mobile_phone, "CN_LANDLINE": landline_phone,
              "BANK_CARD": bank_card, "CN_PASSPORT": passport, "CN_HK_MACAU_PERMIT": hk_macau_permit,
              "CN_USCC": uscc, "LICENSE_PLATE": license_plate}
ALL_MODULES = list(VALIDATORS.items())

# ------------------------------------------------------------------ look-alike scanner
PROVINCE_CHARS = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领港澳台")
SPOKEN = {"零": "0", "〇": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9", "勾": "9", "叉": "X"}
_SP = "".join(SPOKEN)
RE_SPOKEN = re.compile(f"[{_SP}]+(?: [{_SP}]+)*")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
RE_IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_TOKEN = re.compile(r"[0-9A-Z]+")
RE_GAP = re.compile(r"[ \-()（）\[\]【】]{1,3}")


def halfwidth(s: str) -> str:
    """Full-width ASCII to half-width, one character for one (offsets kept)."""
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else ("" if False else c) for c in s)


def spoken_to_digits(s: str) -> str:
    return "".join(SPOKEN.get(c, "" if c == " " else c) for c in s)


def _hit(value: str):
    for label, mod in ALL_MODULES:
        if mod.is_valid(value):
            return label
    return None


def lookalikes(text: str) -> list[tuple[int, int, str]]:
    """Every place in ``text`` that some validator accepts (see README, self_check rule 6)."""
    t = halfwidth(text)
    out = []

    def tr(a, b, v=None):
        lab = _hit(t[a:b] if v is None else v)
        if lab:
            out.append((a, b, lab))

    for m in re.finditer(r"\d+", t):
        tr(m.start(), m.end())
    for m in re.finditer(r"\+\d+", t):
        tr(m.start(), m.end())
    toks = list(RE_TOKEN.finditer(t))
    for m in toks:
        tr(m.start(), m.end())
    for i in range(len(toks)):
        joined = toks[i].group()
        for j in range(i + 1, min(i + 7, len(toks))):
            if not RE_GAP.fullmatch(t[toks[j - 1].end():toks[j].start()]):
                break
            joined += toks[j].group()
            tr(toks[i].start(), toks[j].end())
            tr(toks[i].start(), toks[j].end(), joined)
            if toks[i].start() > 0 and t[toks[i].start() - 1] == "+":
                tr(toks[i].start() - 1, toks[j].end())
    for i, c in enumerate(t):
        if c in PROVINCE_CHARS:
            for n in range(5, 12):
                if i + n <= len(t):
                    tr(i, i + n)
    for m in RE_SPOKEN.finditer(t):
        d = spoken_to_digits(m.group())
        if len(d) >= 5:
            tr(m.start(), m.end(), d)
    for m in RE_EMAIL.finditer(t):
        out.append((m.start(), m.end(), "EMAIL"))
    for m in RE_IPV4.finditer(t):
        if all(int(g) <= 255 for g in m.groups()):
            out.append((m.start(), m.end(), "IP_ADDRESS"))
    first = {}
    for a, e, lab in out:
        first.setdefault((a, lab), (a, e, lab))
    return sorted(first.values())


def safe(rng, make, tries=500):
    """Call ``make(rng)`` until no validator accepts any part of the result."""
    for _ in range(tries):
        s = make(rng)
        if not lookalikes(s):
            return s
    raise RuntimeError("safe(): could not draw a clean value")


# ------------------------------------------------------------------ builder
class Builder:
    def __init__(self, rng, pii: bool, p: float = 0.65):
        self.rng, self.pii, self.p = rng, pii, p
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str, str]] = []
        self.negs: Counter = Counter()

    def t(self, *parts: str) -> "Builder":
        for s in parts:
            s = str(s)
            self.buf.append(s)
            self.n += len(s)
        return self

    def put(self, label: str, value: str) -> None:
        start = self.n
        self.t(value)
        self.spans.append((start, self.n, label, value))

    def neg(self, kind: str, s: str) -> None:
        self.negs[kind] += 1
        self.t(s)

    def want(self, p: float | None = None) -> bool:
        return self.pii and self.rng.random() < (self.p if p is None else p)

    def text(self) -> str:
        return "".join(self.buf)

    # small rng helpers
    def c(self, seq):
        return self.rng.choice(seq)

    def r(self, a, b):
        return self.rng.randint(a, b)

    def maybe(self, p=0.5):
        return self.rng.random() < p


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# ------------------------------------------------------------------ value makers (PII, synthetic)
def full_name(rng) -> str:
    if rng.random() < 0.05:
        return rng.choice(W.COMPOUND_SURNAMES) + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(rng.randint(1, 2)))
    return rng.choice(W.SURNAMES) + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(rng.choice([1, 2, 2, 2])))


def home_address(rng) -> str:
    k = rng.random()
    room = f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 6)}室"
    if k < 0.2:
        mun, dists, roads = rng.choice(W.MUNICIPALITIES)
        head = mun + rng.choice(dists)
        road = rng.choice(roads)
    elif k < 0.3:
        prov, city, dists, _ = rng.choice(W.CITIES)
        return (prov if rng.random() < 0.7 else "") + city + rng.choice(dists) + rng.choice(W.TOWNS) + \
            rng.choice(W.VILLAGES) + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    else:
        prov, city, dists, roads = rng.choice(W.CITIES)
        head = (prov if rng.random() < 0.6 else "") + city + rng.choice(dists)
        road = rng.choice(roads)
    num = f"{rng.randint(1, 999)}号"
    tail = rng.choice([room, rng.choice(W.COMMUNITIES) + room, rng.choice(W.COMMUNITIES) + f"{rng.randint(1, 40)}-{rng.randint(1, 3)}-{rng.randint(101, 2802)}",
                       f"{rng.randint(1, 20)}号楼{rng.randint(101, 1806)}室", ""])
    return head + road + num + tail


def org_address(rng) -> str:
    prov, city, dists, roads = rng.choice(W.CITIES)
    return (prov if rng.random() < 0.4 else "") + city + rng.choice(dists) + rng.choice(roads) + \
        f"{rng.randint(1, 500)}号" + rng.choice(["", "金融大厦", "国际中心A座", f"{rng.randint(2, 30)}楼", "商务楼一层"])


def road_only(rng) -> str:
    prov, city, dists, roads = rng.choice(W.CITIES)
    return rng.choice([f"{city}{rng.choice(roads)}沿线", f"{rng.choice(roads)}与{rng.choice(roads)}交叉口附近",
                       f"{rng.choice(dists)}{rng.choice(roads)}一带", f"{city}{rng.choice(dists)}"])


def email(rng) -> str:
    local = rng.choice(W.PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(W.PINYIN_GIVEN) + rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1970, 2005))])
    return local + "@" + rng.choice(W.MAIL_DOMAINS)


def staff_email(rng) -> str:
    return rng.choice(W.PINYIN) + rng.choice(W.PINYIN_GIVEN) + rng.choice(["", str(rng.randint(1, 9))]) + "@" + rng.choice(W.BANK_MAIL_DOMAINS)


def ipv4(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789X"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_mobile(rng, v):
    return rng.choice([v, v, v, f"{v[:3]} {v[3:7]} {v[7:]}", f"{v[:3]}-{v[3:7]}-{v[7:]}", "+86 " + v, "+86-" + v,
                       "0086 " + v, "+86 " + f"{v[:3]} {v[3:7]} {v[7:]}", fullwidth(v)])


def fmt_card(rng, v):
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return rng.choice([v, v, g, g, "-".join(v[i:i + 4] for i in range(0, len(v), 4))])


def fmt_id(rng, v):
    return rng.choice([v, v, v, v.lower() if v.endswith("X") else v, resident_id.format(v), fullwidth(v)])


def spoken(rng, v, one=None):
    one = one or rng.choice(["幺", "幺", "一"])
    m = {"0": rng.choice(["零", "零", "洞"]), "1": one, "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
         "7": rng.choice(["七", "七", "拐"]), "8": "八", "9": rng.choice(["九", "九", "勾"]), "X": rng.choice(["叉", "X"])}
    out = "".join(m.get(c, c) for c in v)
    if rng.random() < 0.5 and len(out) > 8:
        cut = [3, 7] if len(out) == 11 else [4, 8, 12, 16]
        parts, prev = [], 0
        for k in cut:
            if k < len(out):
                parts.append(out[prev:k])
                prev = k
        parts.append(out[prev:])
        out = " ".join(parts)
    return out


# ------------------------------------------------------------------ hard-negative makers
def cn_upper(n: int) -> str:
    dg = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        s, zero = "", False
        for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
            d = x // 10 ** i % 10
            if d:
                if zero and s:
                    s += "零"
                s += dg[d] + u
                zero = False
            else:
                zero = True
        return s
    if n == 0:
        return "零元整"
    yi, wan, ge = n // 10 ** 8, n // 10 ** 4 % 10 ** 4, n % 10 ** 4
    s = ""
    if yi:
        s += four(yi) + "亿"
    if wan:
        s += ("零" if s and wan < 1000 else "") + four(wan) + "万"
    elif s and ge:
        s += "零"
    if ge:
        s += ("零" if s and not s.endswith("零") and ge < 1000 else "") + four(ge)
    return s + "元整"


def amount(rng, lo=100, hi=5_000_000):
    v = rng.randint(lo, hi)
    cents = rng.choice([0, 0, rng.randint(1, 99)])
    k = rng.random()
    if k < 0.3:
        return f"{v:,}.{cents:02d}元"
    if k < 0.45:
        return f"人民币{v:,}元"
    if k < 0.6:
        return f"¥{v:,}.{cents:02d}"
    if k < 0.72:
        return f"{v / 10000:.2f}万元"
    if k < 0.86:
        return f"人民币{cn_upper(v)}"
    return f"{v}.{cents:02d}"


CN_MONTH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def cn_day(d):
    return ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七",
            "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八"][d]


def date(rng, fmt=None):
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    fmt = fmt if fmt is not None else rng.randrange(9)
    return [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}{m:02d}{d:02d}", f"{y}.{m:02d}.{d:02d}",
            "二〇" + "".join("〇一二三四五六七八九"[int(c)] for c in str(y)[2:]) + f"年{CN_MONTH[m - 1]}月{cn_day(d)}日",
            f"{m}月{d}日", f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            f"{y}年{m:02d}月{d:02d}日"][fmt]


def hotline(rng):
    return rng.choice(["95588", "95533", "95599", "95566", "95555", "95528", "95561", "95568", "95580", "12363", "12378",
                       "12315", "12366", "96198", "12333", "12345",
                       f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", f"400{rng.randint(1000000, 9999999)}",
                       f"800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])


def masked_mobile(rng):
    v = mobile_phone.generate(rng)
    return rng.choice([f"{v[:3]}****{v[7:]}", f"{v[:3]}*****{v[8:]}", f"{v[:3]} **** {v[7:]}", f"尾号{v[7:]}"])


def masked_card(rng):
    v = bank_card.generate(rng)
    return rng.choice([f"{v[:6]}{'*' * (len(v) - 10)}{v[-4:]}", f"{v[:4]} **** **** {v[-4:]}", f"尾号{v[-4:]}",
                       f"****{v[-4:]}", f"{v[:6]}******{v[-4:]}"])


def masked_id(rng):
    v = resident_id.generate(rng)
    return rng.choice([f"{v[:6]}********{v[-4:]}", f"{v[0]}****************{v[-1]}", f"{v[:3]}***********{v[-4:]}",
                       f"{v[:6]}**********{v[-2:]}"])


def masked_name(rng):
    n = full_name(rng)
    return rng.choice([n[0] + "*" * (len(n) - 1), n[0] + "*" + n[2:] if len(n) > 2 else n[0] + "*", "*" + n[1:], n[0] + "某", n[0] + "某某"])


def title_name(rng):
    return rng.choice(W.SURNAMES) + rng.choice(W.TITLES)


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(W.BRANCH_PLACES) + rng.choice(W.BRANCH_SUFFIX)


def company(rng):
    return rng.choice(W.COMPANY_PLACES) + rng.choice(W.COMPANY_CORES) + rng.choice(W.COMPANY_KINDS)


def ser(rng, n, first="123456789"):
    return safe(rng, lambda r: digits(r, n, first))


def alnum(rng, prefix, n):
    return safe(rng, lambda r: prefix + "".join(r.choice("0123456789") for _ in range(n)))


def vcode(rng):
    return safe(rng, lambda r: digits(r, r.choice([4, 6, 6]), "0123456789"))


def errcode(rng):
    return safe(rng, lambda r: r.choice([f"E{r.randint(1000, 9999)}", f"ERR-{r.randint(10000, 99999)}",
                                         f"RC={r.choice(['00', '05', '14', '41', '43', '51', '54', '55', '61', '96'])}",
                                         f"0x{r.randint(4096, 65535):04X}", f"CB{r.randint(100, 999)}"]))


def postcode(rng):
    return safe(rng, lambda r: digits(r, 6, "12345678"))


def invoice(rng):
    return rng.choice([f"发票代码{ser(rng, 12, '0123')}，发票号码{ser(rng, 8, '0123456789')}",
                       f"数电发票号码{ser(rng, 20, '2')}", f"发票号码：{ser(rng, 8, '0')}"])


def case_no(rng):
    y = rng.randint(2019, 2025)
    return rng.choice([f"（{y}）浙0106民初{rng.randint(100, 9999)}号", f"（{y}）苏01执{rng.randint(100, 999)}号",
                       f"[{y}]第{rng.randint(10, 999)}号", f"工单号WO{ser(rng, 12)}", f"案件编号AJ{y}{rng.randint(10000, 99999)}"])


# ------------------------------------------------------------------ slot helpers (PII or a negative stand-in)
def s_person(b, p=None, title_ok=True):
    """Write a person slot; return (text, kind) so a later mention can repeat it with s_again."""
    if b.want(p):
        v = full_name(b.rng)
        b.put("PERSON", v)
        return v, None
    k = b.rng.random()
    if k < 0.35 and title_ok:
        v, kind = title_name(b.rng), "surname_title"
    elif k < 0.7:
        v, kind = masked_name(b.rng), "masked_name"
    else:
        v, kind = b.c(["（略）", "***", "——", "（已脱敏）", "××", "（见附件）"]), "placeholder_name"
    b.neg(kind, v)
    return v, kind


def s_again(b, who):
    """Repeat a person written earlier by s_person (a PERSON span again, or the same stand-in)."""
    v, kind = who
    if kind is None:
        b.put("PERSON", v)
    elif kind == "placeholder_name":
        b.neg("placeholder_name", b.c(["申请人", "该申请人", "当事人"]))
    else:
        b.neg(kind, v)


def id_born(rng, lo=1940, hi=2005):
    """A generated ID whose birth year (positions 7-10) lies in [lo, hi]."""
    for _ in range(200):
        v = resident_id.generate(rng)
        if lo <= int(v[6:10]) <= hi:
            return v
    return v


def s_id(b, p=None, born=(1950, 2003)):
    if b.want(p):
        b.put("CN_ID_CARD", fmt_id(b.rng, id_born(b.rng, *born)))
    else:
        b.neg("masked_id", masked_id(b.rng))


def s_mobile(b, p=None):
    if b.want(p):
        b.put("CN_MOBILE", fmt_mobile(b.rng, mobile_phone.generate(b.rng)))
    else:
        b.neg("masked_mobile", masked_mobile(b.rng))


def s_card(b, p=None):
    if b.want(p):
        b.put("BANK_CARD", fmt_card(b.rng, bank_card.generate(b.rng)))
    else:
        b.neg("masked_card", masked_card(b.rng))


def s_landline(b, p=0.85):
    if b.want(p):
        v = landline_phone.format(landline_phone.generate(b.rng))
        b.put("CN_LANDLINE", v)
    elif b.maybe(0.5):
        v = landline_phone.format(landline_phone.generate(b.rng)).split("转")[0]
        a, n = v.split("-")
        b.neg("masked_landline", a + "-" + b.c(["****" + n[4:], n[:2] + "****" + n[6:], "*" * (len(n) - 2) + n[-2:]]))
    else:
        b.neg("hotline", hotline(b.rng))


def s_address(b, p=None):
    if b.want(p):
        b.put("ADDRESS", home_address(b.rng))
    else:
        b.neg("road_or_district", road_only(b.rng))


def s_email(b, p=None, staff=False):
    if b.want(p):
        b.put("EMAIL", staff_email(b.rng) if staff else email(b.rng))
    else:
        e = staff_email(b.rng) if staff else email(b.rng)
        b.neg("masked_email", e[:2] + "***" + e[e.index("@"):])


def s_passport(b, p=0.85):
    if b.want(p):
        b.put("CN_PASSPORT", passport.generate(b.rng))
    else:
        v = passport.generate(b.rng)
        b.neg("masked_doc", v[0] + "*" * (len(v) - 3) + v[-2:])


def s_permit(b, p=0.85):
    if b.want(p):
        b.put("CN_HK_MACAU_PERMIT", hk_macau_permit.generate(b.rng))
    else:
        v = hk_macau_permit.generate(b.rng)
        b.neg("masked_doc", v[0] + "*" * (len(v) - 3) + v[-2:])


def s_uscc(b, p=None):
    if b.want(p):
        b.put("CN_USCC", uscc.generate(b.rng))
    else:
        v = uscc.generate(b.rng)
        b.neg("masked_uscc", v[:8] + "********" + v[-2:])


def s_plate(b, p=0.85):
    if b.want(p):
        v = license_plate.generate(b.rng)
        if b.maybe(0.3) and not v.startswith("使"):
            v = license_plate.format(v)
        b.put("LICENSE_PLATE", v)
    else:
        v = license_plate.generate(b.rng)
        b.neg("masked_plate", v[:2] + "***" + v[-2:])


def s_ip(b, p=None):
    if b.want(p):
        b.put("IP_ADDRESS", ipv4(b.rng))
    else:
        b.neg("masked_ip", b.c(["10.*.*.", "192.168.*.", "172.16.*."]) + str(b.r(1, 254)))


# ------------------------------------------------------------------ generic hard-negative snippets
def n_date(b, fmt=None):
    b.neg("date", date(b.rng, fmt))


def n_amount(b, lo=100, hi=5_000_000):
    b.neg("amount", amount(b.rng, lo, hi))


def n_hot(b):
    b.neg("hotline", hotline(b.rng))


def n_branch(b):
    b.neg("branch_name", branch(b.rng))


def n_company(b):
    b.neg("company_name", company(b.rng))


def n_word(b):
    b.neg("surname_word", b.c(W.SURNAME_PHRASES))


def n_namelike(b):
    b.neg("namelike_word", b.c(W.NAMELIKE_PHRASES))


def n_orgaddr(b):
    b.neg("org_address", org_address(b.rng))


def n_serial(b, n=None, prefix=""):
    b.neg("serial_number", prefix + ser(b.rng, n or b.r(10, 24)))


def n_vcode(b):
    b.neg("verification_code", vcode(b.rng))


def n_err(b):
    b.neg("error_code", errcode(b.rng))


def n_post(b):
    b.neg("postcode", postcode(b.rng))


def n_invoice(b):
    b.neg("invoice_number", invoice(b.rng))


def n_case(b):
    b.neg("case_number", case_no(b.rng))


def n_mcard(b):
    b.neg("masked_card", masked_card(b.rng))


def n_mmobile(b):
    b.neg("masked_mobile", masked_mobile(b.rng))


def n_country(b):
    b.neg("country_name", b.c(W.COUNTRIES))


def n_brand(b):
    b.neg("brand", b.c(W.BRANDS))


def n_title(b):
    b.neg("surname_title", title_name(b.rng))


def n_mname(b):
    b.neg("masked_name", masked_name(b.rng))


def n_road(b):
    b.neg("road_or_district", road_only(b.rng))


def n_tail(b):
    b.neg("tail_number", f"尾号{b.r(0, 9999):04d}")


def n_extra(b, k=2):
    """A few free-standing hard-negative sentences appended to any genre."""
    pool = [
        lambda: (b.t("温馨提示："), n_word(b), b.t("，咨询请拨打"), n_hot(b), b.t("。")),
        lambda: (b.t("（本页由"), n_branch(b), b.t("打印，打印时间 "), n_date(b, 7), b.t("）")),
        lambda: (b.t("经办柜员："), n_title(b), b.t("，复核："), n_mname(b), b.t("。")),
        lambda: (b.t("地址："), n_orgaddr(b), b.t("，邮编"), n_post(b), b.t("。")),
        lambda: (b.t("附："), n_invoice(b), b.t("。")),
        lambda: (b.t("参考号 "), n_serial(b), b.t("，批次号"), b.neg("batch_number", "B" + ser(b.rng, 8, "2") + "-" + f"{b.r(1, 99):03d}"), b.t("。")),
        lambda: (b.t("（活动合作方："), n_namelike(b), b.t("；就近网点位于"), n_road(b), b.t("）")),
        lambda: (b.t("收单商户号"), b.neg("merchant_number", ser(b.rng, 15)), b.t("，终端号"), b.neg("terminal_number", alnum(b.rng, b.c(["", "T", "P"]), 8)), b.t("，凭证号"), b.neg("trace_number", ser(b.rng, 6, "0123456789")), b.t("。")),
        lambda: (b.t("请于"), n_date(b), b.t("前"), b.t(b.c(["登录手机银行", "携带本人证件", "通过官方渠道"])), b.t("办理，"), n_word(b), b.t("。")),
        lambda: (b.t("本业务与"), n_brand(b), b.t("、"), n_brand(b), b.t("等第三方平台无关，谨防诈骗。")),
        lambda: (b.t("短信验证码"), n_vcode(b), b.t("，5分钟内有效，切勿告知他人。")),
        lambda: (b.t("系统返回"), n_err(b), b.t("，已记录"), n_case(b), b.t("。")),
    ]
    for f in b.rng.sample(pool, k):
        b.t(b.c(["\n", " ", "\n", "\n\n"]))
        f()


def form(b, fields, style=None):
    """Write (name, writer) fields in one of several layouts; writer is a str or a callable(b)."""
    style = style if style is not None else b.r(0, 5)
    kv = b.c(["：", ":", "： ", "："])
    sep = ["\n", "；", "\n", " | ", "，", "\n"][style]
    if style == 3:
        b.t("| 项目 | 内容 |\n|---|---|\n")
    for i, (name, w) in enumerate(fields):
        if style == 3:
            b.t("| ", name, " | ")
        else:
            b.t(name, kv)
        w(b) if callable(w) else b.t(w)
        if style == 3:
            b.t(" |\n")
        elif i < len(fields) - 1:
            b.t(sep)
    if style not in (3,):
        b.t(b.c(["\n", "。\n", "\n", ""]))


# ================================================================== genre templates
def g_regulatory_penalty(b):
    reg = b.c(W.REGULATORS)
    y = b.r(2019, 2025)
    docno = f"{b.c(W.DOC_PREFIX)}〔{y}〕{b.r(1, 199)}号"
    bank = branch(b.rng)
    kind = b.r(0, 3)
    if kind == 0:  # public table
        b.t(b.c(["行政处罚信息公开表", "银行保险机构行政处罚信息公开表", "行政处罚信息公示（", "表：行政处罚信息"]))
        if b.buf[-1].endswith("（"):
            b.t(reg, "）")
        b.t("\n")
        fields = [("行政处罚决定书文号", lambda b: b.neg("document_number", docno))]
        party = [("当事人名称", lambda b: n_branch(b)),
                 ("主要负责人姓名", lambda b: s_person(b, title_ok=False))]
        if b.maybe(0.7):
            def staff(b):
                s_person(b, title_ok=False)
                b.t("（", b.c(W.STAFF_POSTS), "）")
            party.append(("个人姓名", staff))
        fields += party
        fields += [("主要违法违规事实", b.c(W.VIOLATIONS) + b.c(["", "；" + b.c(W.VIOLATIONS), "等"])),
                   ("行政处罚依据", b.c(W.LAWS)),
                   ("行政处罚决定", lambda b: (b.t("罚款"), n_amount(b, 100000, 3000000),
                                          b.t(b.c(["", "，对相关责任人给予警告", "，责令改正"])))),
                   ("作出决定机关", reg),
                   ("作出决定日期", lambda b: n_date(b, b.c([0, 1, 8])))]
        if b.maybe(0.4):
            b.rng.shuffle(fields)
        form(b, fields, b.c([0, 3, 3, 1, 2]))
    elif kind == 1:  # decision letter
        b.t(reg, "\n", b.c(["行政处罚决定书", "行政处罚决定书（个人）", "行政处罚决定书（单位）"]), "\n")
        b.neg("document_number", docno)
        b.t("\n\n当事人：")
        s_person(b, title_ok=False)
        b.t(b.c(["\n性别：男", "\n性别：女", ""]))
        if b.maybe(0.8):
            b.t("\n身份证号码：")
            s_id(b)
        b.t("\n", b.c(["住址", "住所", "户籍地址", "联系地址"]), "：")
        s_address(b)
        b.t("\n工作单位：", bank, b.c(["", "（单位地址：" + org_address(b.rng) + "）"]))
        b.t("\n职务：", b.c(W.STAFF_POSTS).replace("时任", ""))
        b.t("\n\n", b.c(["经查，", "根据现场检查发现，", "经调查核实，"]), "当事人在任职期间，对", bank,
            b.c(W.VIOLATIONS), "负有", b.c(["直接责任", "管理责任", "领导责任"]), "。")
        b.t("上述行为违反了", b.c(W.LAWS), "的规定。")
        b.t("\n", b.c(["依据", "根据"]), b.c(W.LAWS), "，本局决定：", b.c(["给予警告，并处罚款", "对当事人罚款", "禁止当事人3年内从事银行业工作，并处罚款"]))
        n_amount(b, 20000, 500000)
        b.t("。")
        b.t(b.c(["\n当事人应自收到本决定书之日起15日内缴纳罚款。", "\n如不服本决定，可在收到本决定书之日起60日内申请行政复议。", ""]))
        b.t("\n", reg, "\n")
        n_date(b, b.c([0, 5, 8]))
    elif kind == 2:  # news style notice
        b.t(b.c(["【监管动态】", "监管处罚公告：", "", "转发：关于"]), reg, b.c(["公布", "发布", "披露"]), "一则罚单。")
        b.t("罚单（", docno, "）显示，")
        b.negs["document_number"] += 1
        n_branch(b)
        b.t("因", b.c(W.VIOLATIONS), "，被罚款")
        n_amount(b, 100000, 2000000)
        b.t("；")
        if b.maybe(0.7):
            b.t("时任", b.c(["客户经理", "副行长", "信贷员", "营业部主任"]))
            s_person(b, title_ok=False)
            b.t(b.c(["被给予警告", "被禁止从事银行业工作终身", "被罚款5万元"]), "；")
        b.t(b.c(["另有", "此外，"]), b.c(["李某某", "王某", "张某某", "刘某"]), "被给予警告。")
        b.negs["masked_name"] += 1
        b.t(b.c(["今年以来，该行累计被罚", "截至", "公开信息显示，"]))
        n_date(b, b.c([0, 6]))
        b.t("，相关罚没金额合计")
        n_amount(b)
        b.t("。")
        if b.maybe(0.5):
            b.t("投诉举报可拨打")
            n_hot(b)
            b.t("。")
    else:  # internal remediation mail
        b.t("发件人：内控合规部\n主题：关于", docno, "整改事项的通知\n")
        b.negs["document_number"] += 1
        b.t(b.c(["各支行：", "各经营单位：", "相关部门："]), "\n")
        n_branch(b)
        b.t("于")
        n_date(b, 0)
        b.t("收到", reg, "行政处罚决定，罚款")
        n_amount(b, 50000, 1000000)
        b.t("。涉及责任人")
        s_person(b)
        b.t(b.c(["（工号", "（员工编号"]), ser(b.rng, 7, "0123456789"), "）")
        b.negs["staff_number"] += 1
        if b.maybe(0.5):
            b.t("、")
            s_person(b)
        b.t("。请于")
        n_date(b, b.c([1, 6, 0]))
        b.t("前提交整改报告，", b.c(["联系人", "对接人"]), "：")
        n_title(b)
        b.t("，电话")
        s_mobile(b, 0.4)
        b.t("。")
    n_extra(b, b.r(1, 3))


def g_card_loss(b):
    kind = b.r(0, 4)
    loss = b.c(["临时挂失", "正式挂失", "口头挂失", "书面挂失"])
    if kind in (0, 1):  # application form
        b.t(branch(b.rng) if b.maybe(0.5) else b.c(W.BANKS), b.c(["\n", " "]),
            b.c(["个人银行卡挂失申请书", "挂失/补卡申请单", "个人账户挂失申请", "银行卡解挂及补卡申请表"]), "\n")
        b.negs["branch_name"] += 1
        fields = [("申请日期", lambda b: n_date(b, b.c([0, 1, 2, 8]))),
                  ("申请人姓名", lambda b: s_person(b)),
                  ("证件类型", b.c(["居民身份证", "居民身份证", "居民身份证", "护照", "护照", "港澳居民来往内地通行证", "往来港澳通行证"]))]
        doc = fields[-1][1]
        if doc == "护照":
            fields.append(("证件号码", lambda b: s_passport(b)))
        elif "港澳" in doc:
            fields.append(("证件号码", lambda b: s_permit(b)))
        else:
            fields.append(("证件号码", lambda b: s_id(b)))
        fields += [("卡号", lambda b: s_card(b)),
                   ("挂失种类", loss),
                   ("挂失原因", b.c(W.REASONS_LOSS)),
                   ("手机号码", lambda b: s_mobile(b))]
        if b.maybe(0.6):
            fields.append((b.c(["固定电话", "住宅电话", "联系电话（固话）"]), lambda b: s_landline(b, 0.7)))
        if b.maybe(0.75):
            fields.append((b.c(["新卡邮寄地址", "联系地址", "通讯地址", "居住地址"]), lambda b: s_address(b)))
        fields += [("工本费", b.c(["10元", "人民币10.00元", "免收", "5元"])),
                   ("挂失编号", lambda b: n_serial(b, b.r(12, 16))),
                   ("经办柜员", lambda b: b.neg("teller_number", b.c(["柜员号", "A", "T"]) + ser(b.rng, 6, "0123456789")))]
        if b.maybe(0.4):
            fields.append(("授权柜员", lambda b: n_title(b)))
        head, rest = fields[:2], fields[2:]
        if b.maybe(0.5):
            b.rng.shuffle(rest)
        form(b, head + rest)
        b.t(b.c(["申请人声明：本人确认以上信息真实有效，", "备注：", "※ "]),
            b.c(["临时挂失有效期为5天，逾期自动解除，请及时办理正式挂失。", "正式挂失7日后可凭有效证件补领新卡。",
                 "挂失前已发生的损失由申请人自行承担。", "解挂需本人持原证件到开户网点办理。"]))
    elif kind == 2:  # phone log
        b.t(b.c(["电话挂失记录", "【95588 电话挂失工单】", "客服中心挂失登记", "CALL LOG - 挂失"]), "\n")
        b.t("来电时间：")
        n_date(b, 7)
        b.t(b.c(["\n来电号码：", "  主叫：", "\n来电显示："]))
        s_mobile(b)
        b.t(b.c(["\n客户姓名：", "  客户：", "\n来电人："]))
        s_person(b)
        b.t(b.c(["\n挂失卡号：", "  卡号：", "\n所挂卡："]))
        s_card(b)
        b.t("\n身份核验：", b.c(["证件号+交易密码通过", "证件号后六位核对一致", "预留手机短信验证码"]))
        if b.maybe(0.5):
            b.t("（验证码")
            n_vcode(b)
            b.t("）")
        b.t("\n处理结果：已办理", loss, b.c(["，有效期5天", "，提醒客户3日内到网点办理正式挂失", "，卡内余额已冻结"]))
        b.t("\n", b.c(["坐席工号", "座席", "处理人"]), "：")
        b.neg("staff_number", ser(b.rng, b.c([5, 6, 8]), "0123456789"))
        b.t(b.c(["  录音编号：", "\n录音流水："]))
        n_serial(b, 20)
        if b.maybe(0.5):
            b.t("\n备注：客户称", b.c(W.REASONS_LOSS), "，", b.c(W.SURNAME_PHRASES), "。")
            b.negs["surname_word"] += 1
    elif kind == 4:  # SMS / app notifications
        bank = b.c(W.BANKS)
        for i in range(b.r(1, 3)):
            b.t("【", bank, "】", b.c(["您尾号", "您的借记卡尾号", "尊敬的客户，您尾号"]), f"{b.r(0, 9999):04d}", "的卡片已于")
            b.negs["tail_number"] += 1
            n_date(b, b.c([6, 7, 0]))
            b.t(b.c(["办理", "成功办理"]), b.c([loss, "解除挂失", "补卡申请"]), "，", b.c(["如非本人操作请致电", "详询", "有疑问请拨打"]))
            n_hot(b)
            b.t(b.c(["。", "。回T退订", "。【验证码" + vcode(b.rng) + "】"]), "\n")
        b.t(b.c(["短信下发记录：", "推送日志："]), "手机号")
        s_mobile(b, 0.8)
        b.t("，", b.c(["通道", "渠道"]), b.c(["106", "SMS-", "APP-PUSH "]), ser(b.rng, 5, "0123456789"), "，状态", b.c(["DELIVRD", "成功", "UNDELIV"]))
        if b.maybe(0.5):
            b.t("，登录IP ")
            s_ip(b, 0.7)
        b.t("。\n")
    else:  # 解挂 / 补卡 narrative
        b.t(b.c(["客户", "持卡人"]))
        s_person(b)
        b.t(b.c(["于", "在"]))
        n_date(b, b.c([0, 6]))
        b.t("到", branch(b.rng), "申请", b.c(["解除挂失", "挂失补卡", "挂失换卡", "解挂并重置密码"]), "，原卡")
        b.negs["branch_name"] += 1
        s_card(b)
        b.t("，", b.c(["新卡卡号", "补发卡号", "新卡"]))
        s_card(b, 0.5)
        b.t("。客户出示", b.c(["身份证", "居民身份证原件"]))
        s_id(b)
        b.t(b.c(["，留存手机", "，联系方式", "，预留手机号"]))
        s_mobile(b)
        b.t("。", b.c(["收取工本费10元，", "免收工本费，", ""]), "原挂失申请书编号")
        n_serial(b, 14)
        b.t("。")
    n_extra(b, b.r(1, 3))


def bill_no(rng):
    return safe(rng, lambda r: r.choice("12") + digits(r, 12, "1345") + date(r, 3) + digits(r, 9, "0123456789"))


def g_bill_finance(b):
    kind = b.r(0, 3)
    amt = lambda b: n_amount(b, 50000, 20000000)
    pay, rec = company(b.rng), company(b.rng)
    bank1 = branch(b.rng)
    if kind == 0:
        b.t(b.c(["电子商业汇票贴现申请书", "商业汇票贴现申请", "票据贴现业务受理单"]), "\n")
        fields = [("票据号码", lambda b: b.neg("bill_number_30", bill_no(b.rng))),
                  ("票据种类", b.c(["电子银行承兑汇票", "电子商业承兑汇票", "纸质银行承兑汇票"])),
                  ("出票人", pay), ("出票人账号", lambda b: b.neg("account_number", ser(b.rng, b.c([13, 17, 20, 22])))),
                  ("收款人", rec), ("承兑人", bank1),
                  ("承兑行行号", lambda b: b.neg("bank_code", ser(b.rng, 12, "13"))),
                  ("票面金额", amt), ("出票日", lambda b: n_date(b, b.c([0, 1, 3]))), ("到期日", lambda b: n_date(b, b.c([0, 1, 3]))),
                  ("贴现率", f"{b.r(120, 320) / 100:.2f}%"), ("贴现利息", amt)]
        if b.maybe(0.5):
            fields.append(("贴现申请人统一社会信用代码", lambda b: s_uscc(b)))
        fields += [("经办人", lambda b: s_person(b)), ("经办人手机", lambda b: s_mobile(b))]
        if b.maybe(0.4):
            fields.append(("经办人身份证", lambda b: s_id(b)))
        form(b, fields, b.c([0, 0, 3, 1]))
        b.negs["company_name"] += 2
        b.negs["branch_name"] += 1
    elif kind == 1:
        b.t("【票据承兑通知】", bank1, "：\n")
        b.negs["branch_name"] += 1
        b.t("贵行承兑的", b.c(["电子银行承兑汇票", "银行承兑汇票"]), "（票号 ")
        b.neg("bill_number_30", bill_no(b.rng))
        b.t("，金额")
        amt(b)
        b.t("）已于")
        n_date(b, 0)
        b.t("到期，", b.c(["持票人", "最后持票人", "收款人"]), pay, "已发起提示付款。")
        b.negs["company_name"] += 1
        if b.maybe(0.6):
            b.t("该企业统一社会信用代码")
            s_uscc(b)
            b.t("，法定代表人")
            s_person(b)
            b.t("。")
        b.t("请于", b.c(["T+1日", "次一工作日", "3个工作日内"]), "完成应答。", b.c(["交易流水：", "报文序号：", "业务编号："]))
        n_serial(b, 22)
        b.t("。")
        if b.maybe(0.6):
            b.t(b.c(["联系人：", "如有疑问请联系"]))
            s_person(b)
            b.t(" ")
            s_mobile(b)
            b.t("。")
    elif kind == 2:
        b.t(b.c(["票据信息查询结果", "票据池入池明细", "ECDS 票据状态"]), b.c(["\n", "（截至", "\n查询时间 "]))
        n_date(b, 7)
        b.t("）\n" if b.buf[-2] == "（截至" else "\n")
        b.t("序号 | 票据（包）号 | 出票人 | 承兑人 | 金额 | 到期日 | 状态\n")
        for i in range(b.r(2, 4)):
            b.t(f"{i + 1} | ")
            b.neg("bill_number_30", bill_no(b.rng))
            b.t(" | ", company(b.rng), " | ", branch(b.rng), " | ")
            b.negs["company_name"] += 1
            b.negs["branch_name"] += 1
            amt(b)
            b.t(" | ")
            n_date(b, b.c([1, 3]))
            b.t(" | ", b.c(["已贴现", "已承兑", "待签收", "已质押", "提示付款待应答"]), "\n")
        b.t("操作员：")
        s_person(b, 0.5)
        b.t(b.c([" ", "，"]), "终端号")
        b.neg("terminal_number", alnum(b.rng, b.c(["T", "TM", ""]), 8))
    else:
        b.t("客户经理", b.c(["："]))
        s_person(b, 0.6)
        b.t(b.c(["\n", " "]), b.c(["今日办理", "本周拟办理", "已审批"]), pay, "贴现", b.r(1, 9), "张，合计")
        b.negs["company_name"] += 1
        amt(b)
        b.t("，其中最大一张票号尾数", ser(b.rng, 6, "0123456789"), "，")
        b.negs["tail_number"] += 1
        b.t("贴现率按", b.c(["一年期LPR", "同期Shibor"]), "加", b.r(5, 80), "BP执行。")
        b.t("出票人开户行", bank1, "，账号")
        b.negs["branch_name"] += 1
        b.neg("account_number", ser(b.rng, b.c([14, 17, 21])))
        b.t("。企业联系人")
        s_person(b)
        b.t(b.c(["，手机", "，电话", "，微信同号"]))
        s_mobile(b)
        if b.maybe(0.4):
            b.t("，邮箱")
            s_email(b)
        b.t("。")
    n_extra(b, b.r(1, 3))


def g_trade_lc(b):
    kind = b.r(0, 2)
    lc = "LC" + str(b.r(2019, 2025)) + b.c(["HZ", "SH", "NB", "SZ", "QD", ""]) + ser(b.rng, 6, "0123456789")
    appl, ben = company(b.rng), b.c(W.FOREIGN_COMPANIES)
    if kind == 0:  # MT700
        b.t(b.c(["{1:F01", "---- MT700 ISSUE OF A DOCUMENTARY CREDIT ----\n", "报文类型 MT700\n"]))
        if b.buf[-1] == "{1:F01":
            b.t(b.c(W.BICS), "AXXX", ser(b.rng, 10, "0123456789"), "}{2:I700", b.c(W.BICS), "XXXXN}\n")
            b.negs["serial_number"] += 1
        b.t(":27: 1/1\n:40A: IRREVOCABLE\n:20: ")
        b.neg("lc_number", lc)
        b.t("\n:31C: ")
        n_date(b, 3)
        b.t("\n:40E: UCP LATEST VERSION\n:31D: ", date(b.rng, 3)[2:], b.c(W.FOREIGN_CITIES))
        b.negs["date"] += 1
        b.t("\n:50: APPLICANT\n", b.c(["HANGZHOU", "NINGBO", "SUZHOU", "SHENZHEN", "QINGDAO"]),
            b.c([" HENGTONG", " RUIFENG", " HONGTU", " JIAHE"]), b.c([" TRADING CO., LTD.", " MACHINERY CO., LTD."]), "\n")
        b.t(b.r(1, 999), " ", b.c(["WENSAN ROAD", "SHENNAN AVENUE", "ZHONGSHAN ROAD", "JIANGDONG ROAD"]), ", ",
            b.c(["HANGZHOU", "SHENZHEN", "NANJING", "NINGBO"]), ", CHINA\n")
        b.negs["org_address"] += 1
        b.t(":59: BENEFICIARY\n", ben, "\n", b.r(1, 300), " ", b.c(W.FOREIGN_STREETS), ", ", b.c(W.FOREIGN_CITIES), ", ", b.c(W.COUNTRIES_EN), "\n")
        b.negs["org_address"] += 1
        b.negs["country_name"] += 1
        b.t(":32B: ", b.c(["USD", "EUR", "JPY", "SGD"]), f"{b.r(10000, 3000000)},{b.r(0, 99):02d}\n")
        b.negs["amount"] += 1
        b.t(":39A: ", b.c(["10/10", "05/05", "00/00"]), "\n:41D: ", b.c(["ANY BANK BY NEGOTIATION", b.c(W.FOREIGN_BANKS) + " BY PAYMENT"]), "\n")
        b.t(":42C: ", b.c(["AT SIGHT", "90 DAYS AFTER B/L DATE", "60 DAYS AFTER SIGHT"]), "\n:43P: ", b.c(["ALLOWED", "NOT ALLOWED"]),
            "\n:44E: ", b.c(W.FOREIGN_CITIES), "\n:44F: ", b.c(W.PORTS), ", CHINA\n:44C: ", date(b.rng, 3)[2:], "\n")
        b.negs["date"] += 1
        b.t(":45A: ", b.c(W.GOODS_EN), " ", b.c(["CIF", "FOB", "CFR"]), " ", b.c(W.PORTS), "\n")
        b.t(":46A: +SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS\n+FULL SET OF CLEAN ON BOARD B/L\n")
        b.t(":47A: +ALL DOCUMENTS MUST INDICATE L/C NO. ", lc, "\n")
        if b.maybe(0.8):
            b.t(b.c(["+APPLICANT CONTACT: ", "+CONTACT PERSON OF APPLICANT ", "+申请人联系人 "]))
            s_person(b, title_ok=False)
            b.t(b.c([" TEL ", " MOB ", " 手机 "]))
            s_mobile(b)
            if b.maybe(0.5):
                b.t(" EMAIL ")
                s_email(b)
            b.t("\n")
        b.t(":71D: ALL BANKING CHARGES OUTSIDE CHINA ARE FOR BENEFICIARY\n:48: 21 DAYS\n:49: ", b.c(["WITHOUT", "CONFIRM", "MAY ADD"]), "\n")
        b.t(":78: ", b.c(["REIMBURSEMENT BY MT202 UPON RECEIPT OF COMPLYING DOCUMENTS", "PLS ACKNOWLEDGE RECEIPT"]))
    elif kind == 1:  # 进口押汇申请
        b.t(b.c(["进口押汇申请书", "进口信用证押汇申请", "IMPORT BILL FINANCING APPLICATION 进口押汇申请"]), "\n致：", branch(b.rng), "\n")
        b.negs["branch_name"] += 1
        fields = [("申请人", appl), ("信用证号", lc), ("受益人 Beneficiary", ben),
                  ("来单金额", lambda b: b.neg("amount", b.c(["USD", "EUR"]) + f" {b.r(10000, 900000):,}.{b.r(0, 99):02d}")),
                  ("押汇金额", lambda b: n_amount(b, 50000, 6000000)),
                  ("押汇期限", b.c(["90天", "180天", "60天", "120天"])),
                  ("起息日", lambda b: n_date(b, b.c([0, 1]))),
                  ("货物", b.c(W.GOODS) + "，原产地" + b.c(W.COUNTRIES)),
                  ("联系人", lambda b: s_person(b)), ("联系电话", lambda b: (s_mobile(b) if b.maybe(0.7) else s_landline(b)))]
        b.negs["company_name"] += 1
        b.negs["country_name"] += 1
        if b.maybe(0.5):
            fields.append(("电子邮箱", lambda b: s_email(b)))
        if b.maybe(0.5):
            fields.append((b.c(["经办人护照号", "联系人护照号码"]), lambda b: s_passport(b, 0.8)))
        if b.maybe(0.5):
            fields.append(("申请人统一社会信用代码", lambda b: s_uscc(b)))
        form(b, fields)
        b.t(b.c(["本申请人保证到期足额归还押汇本息。", "我司承诺押汇款项仅用于对外付款。", "申请人（盖章）：" + appl]))
    else:  # mixed email
        b.t("Subject: ", b.c(["Discrepancy notice", "Amendment request", "Docs received"]), " – L/C ", lc, "\n")
        b.negs["lc_number"] += 1
        b.t(b.c(["Dear Sirs,", "Dear colleagues,", "各位好，"]), "\n")
        b.t("We refer to ", b.c(["your", "the captioned"]), " credit issued on ")
        n_date(b, b.c([1, 3]))
        b.t(" for ", b.c(["USD", "EUR"]), f" {b.r(10000, 900000):,}.00 ", "in favour of ", ben, "\n")
        b.negs["amount"] += 1
        b.t(b.c(["Discrepancies: ", "不符点："]), b.c(["LATE SHIPMENT", "B/L NOT CLEAN", "INVOICE AMOUNT EXCEEDS CREDIT AMOUNT", "提单日期晚于最迟装运期"]), ".\n")
        b.t("请申请人", appl, "于")
        b.negs["company_name"] += 1
        n_date(b, 0)
        b.t("前回复是否接受不符点。", b.c(["客户联系人", "企业财务"]))
        s_person(b)
        b.t(b.c(["，手机", " Mob: ", "，电话"]))
        s_mobile(b)
        if b.maybe(0.5):
            b.t(b.c([", e-mail ", "，邮箱 "]))
            s_email(b)
        b.t("。\nSWIFT: ", b.c(W.BICS), "  Ref: ")
        n_serial(b, 16)
        b.t("\nRegards,\nTrade Finance Dept., ", branch(b.rng))
        b.negs["branch_name"] += 1
    n_extra(b, b.r(1, 2))


def g_tax_social(b):
    kind = b.r(0, 2)
    if kind == 0:
        b.t(b.c(["个人所得税专项附加扣除信息表", "专项附加扣除信息采集表（", "个税APP专项附加扣除确认单"]))
        if b.buf[-1].endswith("（"):
            b.t(str(b.r(2020, 2025)), "年度）")
        b.t("\n纳税人姓名：")
        s_person(b)
        b.t(b.c(["  ", "\n"]), "身份证件号码：")
        s_id(b, born=(1965, 2001))
        b.t(b.c(["  ", "\n"]), "手机号码：")
        s_mobile(b)
        b.t("\n扣缴义务人：", company(b.rng), "（纳税人识别号")
        b.negs["company_name"] += 1
        s_uscc(b, 0.4)
        b.t("）\n")
        parts = []
        def child(b):
            b.t("子女教育\n子女姓名：")
            s_person(b, title_ok=False)
            b.t("  身份证件号码：")
            s_id(b, born=(2003, 2021))
            b.t("\n当前受教育阶段：", b.c(W.EDU_STAGES), "  就读学校：", b.c(W.SCHOOLS), "\n受教育日期起：")
            n_date(b, b.c([1, 4]))
            b.t("  本人扣除比例：", b.c(["100%", "50%"]), "\n")
        def elder(b):
            b.t("赡养老人\n纳税人身份：", b.c(["独生子女", "非独生子女"]), "\n被赡养人姓名：")
            s_person(b, title_ok=False)
            b.t("（", b.c(W.RELATIONS_ELDER), "）  身份证件号码：")
            s_id(b, born=(1940, 1964))
            b.t("\n分摊方式：", b.c(["平均分摊", "约定分摊", "被赡养人指定分摊"]), "  本年度月扣除金额：", b.c(["3000", "1500", "1000"]), "元\n")
            b.negs["amount"] += 1
        def rent(b):
            b.t("住房租金\n主要工作城市：", b.c(["杭州市", "南京市", "深圳市", "成都市", "武汉市"]), "\n租赁房屋坐落地址：")
            s_address(b)
            b.t("\n出租方姓名：")
            s_person(b, title_ok=False)
            if b.maybe(0.4):
                b.t("  出租方联系电话：")
                s_landline(b, 0.7) if b.maybe() else s_mobile(b)
            b.t("  出租方证件号码：")
            s_id(b, 0.5)
            b.t("\n租赁期起：")
            n_date(b, 1)
            b.t("  租赁期止：")
            n_date(b, 1)
            b.t("\n")
        def loan(b):
            b.t("住房贷款利息\n房屋坐落地址：")
            s_address(b)
            b.t("\n贷款银行：", branch(b.rng), "  贷款合同编号：")
            b.negs["branch_name"] += 1
            b.neg("contract_number", b.c(["GRDK", "ZF", "HT"]) + ser(b.rng, 14, "2"))
            b.t("\n首次还款日期：")
            n_date(b, 1)
            b.t("\n")
        for k, f in enumerate(b.rng.sample([child, elder, rent, loan], b.r(1, 3))):
            b.t(b.c(["一、", "二、", "三、", "四、"][k:k + 1] if b.maybe(0.7) else [f"（{k + 1}）", f"{k + 1}. "]))
            f(b)
        b.t("填报日期：")
        n_date(b, 0)
        b.t(b.c(["\n本人承诺填报信息真实、准确、完整。", "\n咨询：12366", ""]))
    elif kind == 1:
        b.t(b.c(["社保卡激活登记", "第三代社保卡领卡激活回执", "社会保障卡金融功能启用单"]), "\n")
        fields = [("姓名", lambda b: s_person(b)), ("社会保障号码", lambda b: s_id(b)),
                  ("社保卡卡号", lambda b: b.neg("card_serial", b.c(["", "A", "B"]) + ser(b.rng, 8, "0123456789"))),
                  ("金融账号", lambda b: s_card(b)), ("发卡银行", lambda b: n_branch(b)),
                  ("激活时间", lambda b: n_date(b, 7)), ("预留手机", lambda b: s_mobile(b))]
        if b.maybe(0.5):
            fields.append(("通讯地址", lambda b: s_address(b)))
        if b.maybe(0.5):
            b.rng.shuffle(fields)
        form(b, fields)
        b.t(b.c(["首次使用请修改初始密码（初始密码为123456）。", "社保卡服务热线12333。", "激活后请妥善保管，遗失请及时挂失。"]))
    else:
        b.t(b.c(["城乡居民医保缴费通知", "医保缴费成功提醒", "【医保代扣】"]), b.c(["\n", "："]))
        b.t("参保人")
        s_person(b)
        o = b.c(["（证件号", "，身份证"])
        b.t(o)
        s_id(b)
        b.t("）" if o.startswith("（") else "，", "您", b.r(2020, 2025), "年度", b.c(["城乡居民基本医疗保险", "职工医保个人账户", "大病补充保险"]),
            "费", b.c(["已通过", "将于"]))
        n_date(b, b.c([0, 6]))
        b.t("从尾号", f"{b.r(0, 9999):04d}", "的银行卡扣缴")
        b.negs["tail_number"] += 1
        n_amount(b, 200, 2000)
        b.t("。医保编号")
        b.neg("insurance_number", ser(b.rng, b.c([10, 12, 16])))
        b.t("，", b.c(["定点医院：" + b.c(W.HOSPITALS), "参保地：" + road_only(b.rng)]), "。")
        if b.maybe(0.5):
            b.t("家庭成员")
            s_person(b)
            b.t("已同步代缴。")
    n_extra(b, b.r(1, 3))


def g_notary_cert(b):
    kind = b.r(0, 2)
    office = b.c(W.NOTARY_OFFICES)
    y = b.r(2019, 2025)
    num = f"（{y}）{b.c(['浙杭西', '苏宁石', '粤深', '川蜀', '鄂琴', '沪东', '京长安', '闽鹭'])}证字第{b.r(100, 29999)}号"
    def party(b, role):
        b.t(role, "：")
        who = s_person(b, title_ok=False)
        b.t(b.c(["，", "，", "  "]), b.c(["男", "女"]), "，", b.c(["", f"{b.r(1940, 2000)}年{b.r(1, 12)}月{b.r(1, 28)}日出生，"]))
        doc = b.r(0, 19)
        if doc < 12:
            b.t(b.c(["公民身份号码", "身份证号码", "身份证号"]), "：")
            s_id(b)
        elif doc < 16:
            b.t("护照号码：")
            s_passport(b)
        else:
            b.t("港澳居民来往内地通行证号码：")
            s_permit(b)
        b.t(b.c(["，住址：", "，住所：", "，现住", "，户籍地址："]))
        s_address(b)
        if b.maybe(0.5):
            b.t("，联系电话：")
            s_mobile(b) if b.maybe(0.7) else s_landline(b, 0.8)
        b.t("。\n")
        return who
    if kind == 0:
        b.t("公证书\n")
        b.neg("document_number", num)
        b.t("\n")
        who = party(b, "申请人")
        b.t("公证事项：", b.c(["委托", "声明", "继承", "保全证据"]), "\n")
        b.t("兹证明")
        s_again(b, who)
        b.t("于")
        n_date(b, 5)
        b.t("来到我处，在我和", b.c(["公证员助理", "工作人员"]))
        n_mname(b)
        b.t("的面前，在前面的《", b.c(["委托书", "声明书", "授权委托书"]), "》上签名", b.c(["，并按指印", ""]), "。\n")
        b.t(b.c(["委托人的签名行为符合", "申请人的签名行为符合"]), "《中华人民共和国民法典》第一百四十三条的规定。\n")
        b.t(office, "\n公证员 ")
        s_person(b, 0.6, title_ok=False)
        b.t("\n")
        n_date(b, 5)
        o = b.c(["\n（地址：", "\n本处地址："])
        b.t(o)
        n_orgaddr(b)
        b.t(b.c(["  电话：", "，咨询电话"]))
        n_hot(b)
        b.t("）" if "（" in o else "")
    elif kind == 1:
        b.t(b.c(["授权委托书", "委托书", "个人授权委托书（银行业务专用）"]), "\n")
        party(b, "委托人")
        party(b, "受托人")
        b.t("委托人因", b.c(["长期在国外工作", "年老行动不便", "身体原因", "工作繁忙"]), "，不能亲自前往", branch(b.rng), "办理相关手续，现委托受托人", b.c(W.NOTARY_MATTERS), "。")
        b.negs["branch_name"] += 1
        if b.maybe(0.7):
            b.t("涉及账户：")
            s_card(b)
            b.t("。")
        if b.maybe(0.35):
            b.t(b.c(["涉及车辆号牌：", "另委托办理车辆抵押解除，号牌"]))
            s_plate(b, 0.8)
            b.t("。")
        b.t("受托人", b.c(["无转委托权", "有转委托权"]), "。委托期限自")
        n_date(b, 0)
        b.t("至")
        n_date(b, 0)
        b.t("止。\n委托人（签名）：        ", b.c(["", "\n"]))
        n_date(b, 5)
    else:
        b.t(b.c(["声明书", "个人声明", "婚姻状况声明书"]), "\n声明人：")
        s_person(b, title_ok=False)
        b.t("，", b.c(["公民身份号码", "身份证号"]))
        s_id(b)
        b.t("，住")
        s_address(b)
        b.t("。\n本人郑重声明：", b.c(["本人名下位于", "本人与配偶"]))
        if b.buf[-1] == "本人名下位于":
            s_address(b, 0.4)
            b.t("的房产为本人个人财产，", b.c(["与他人无涉", "同意用于在", "不存在共有人"]))
        else:
            s_person(b, title_ok=False)
            b.t("已于")
            n_date(b, 0)
            b.t("离婚，")
        b.t("本人在", branch(b.rng), "的存款", b.c(["由本人自行支配", "同意由子女代为支取", "不存在任何纠纷"]), "。如有虚假，愿承担法律责任。\n")
        b.negs["branch_name"] += 1
        b.t("公证书编号 ", num, "，", office, "（")
        b.negs["document_number"] += 1
        n_orgaddr(b)
        b.t("）\n")
        n_date(b, 5)
    n_extra(b, b.r(1, 2))


def g_livestream_script(b):
    host = b.c(W.HOST_NAMES)
    prod = b.c(W.PRODUCTS)
    lines = []
    def hostsay(b):
        b.t(b.c(["【主播" + host + "】", "主播" + host + "：", "[口播] ", "【口播】", host + "：", "主播："]))
        f = b.r(0, 7)
        if f == 0:
            b.t("家人们晚上好！欢迎来到", b.c(W.BANKS), "直播间，今天给大家带来", prod, "，七日年化", f"{b.r(150, 380) / 100:.2f}%", "，起购金额")
            n_amount(b, 1, 50000)
            b.t("！")
        elif f == 1:
            b.t("点赞到", b.r(1, 9), "万我们就抽", b.c(W.PRIZES), "，", b.c(["马上开始", "万一没抽中也别急", "方便的话点个关注"]), "！")
            b.negs["surname_word"] += 1
        elif f == 2:
            b.t("有问题打我们的客服热线")
            n_hot(b)
            b.t("，或者在", b.c(W.BRANDS), "搜索我们的小程序。")
            b.negs["brand"] += 1
        elif f == 3:
            b.t("恭喜")
            n_mname(b)
            b.t(b.c(["和手机尾号", "、手机号"]))
            n_mmobile(b)
            b.t("的朋友中奖，", b.c(W.PRIZES), "请在", b.r(3, 7), "个工作日内领取！")
        elif f == 4:
            b.t("我们的理财经理")
            s_person(b, 0.5)
            b.t("就在", b.c(W.BRANCH_PLACES), b.c(["支行", "网点"]), "，", b.c(["白天随时可以过去找她", "周一到周五都在", "预约电话是"]))
            b.negs["branch_name"] += 1
            if b.buf[-1] == "预约电话是":
                s_mobile(b, 0.7)
            b.t("。")
        elif f == 5:
            b.t("口令红包是", b.c(["“好运连连”", "“金鑫满满”", "“安宁相伴”", "“华夏有你”"]), "，输对了就有", b.c(W.PRIZES), "，截止到")
            b.negs["namelike_word"] += 1
            n_date(b, b.c([6, 7]))
            b.t("。")
        elif f == 6:
            b.t("大家千万不要在弹幕里发卡号、身份证号和验证码啊，我们工作人员不会找你要", b.c(["密码", "验证码"]), "！")
        else:
            b.t("这款", prod, "已经卖出", b.r(1, 99), "亿了，", b.c(W.SURNAME_PHRASES), "。")
            b.negs["surname_word"] += 1
    def danmu(b):
        nick = b.c(W.NICKNAMES)
        b.t(b.c(["【弹幕】", "弹幕 ", "💬", "[评论] "]), nick, b.c(["：", ":", " "]))
        b.negs["nickname"] += 1
        f = b.r(0, 7)
        if f == 0 and b.pii:
            b.t(b.c(["我报名，", "抽我抽我", "登记一下"]), b.c(["电话", "手机", ""]))
            s_mobile(b, 0.8)
        elif f == 1 and b.pii:
            b.t(b.c(["我的卡是", "帮我查下这张卡", "卡号"]))
            s_card(b, 0.8)
            b.t(b.c(["怎么还没到账", "能不能提额", ""]))
        elif f == 2 and b.pii:
            b.t(b.c(["我叫", "我是"]))
            s_person(b, 0.8)
            b.t(b.c(["，上周中奖了还没收到", "，想预约面签", "，身份证"]))
            if b.buf[-1] == "，身份证":
                s_id(b, 0.8)
        elif f == 3:
            b.t(b.c(["利率多少？", "起购多少钱", "在哪买", "有没有风险", "主播好美", "666", "已下单"]))
        elif f == 4:
            b.t("我手机号", b.c(["尾号", "是"]), )
            n_mmobile(b)
            b.t(b.c(["中奖了吗", "收不到短信"]))
        elif f == 5:
            b.t("验证码", b.c(["是", ""]))
            n_vcode(b)
            b.t(b.c(["对吗", "过期了", "？"]))
        elif f == 6:
            b.t(b.c(["去", "在"]), b.c(W.COUNTRIES), b.c(["旅游能用吗", "能刷吗"]))
            b.negs["country_name"] += 1
        else:
            b.t(b.c(["高峰期转账老失败", "华夏那边利率更高", "上次拿到金鑫大厦那个礼品了", "周一能到账吗"]))
            b.negs["namelike_word"] += 1
    b.t(b.c(["【直播脚本】", "短视频口播稿：", "直播间实录 ", "#直播回放 "]), prod, b.c(["\n", " ", "\n——\n"]))
    n = b.r(4, 8)
    for i in range(n):
        (hostsay if b.maybe(0.5) else danmu)(b)
        b.t(b.c(["\n", "\n", " / ", "\n"]))
    b.t(b.c(["（理财非存款，产品有风险，投资须谨慎）", "风险提示：过往业绩不代表未来表现。", "活动最终解释权归", ""]))
    if b.buf[-1] == "活动最终解释权归":
        n_branch(b)
        b.t("所有。")
    n_extra(b, b.r(0, 2))


def g_ivr_asr(b):
    kind = b.r(0, 2)
    if kind == 0:  # IVR log lines
        callid = ser(b.rng, 18)
        n = b.r(4, 8)
        ts = datetime.datetime(b.r(2019, 2025), b.r(1, 12), b.r(1, 28), b.r(0, 23), b.r(0, 59), b.r(0, 59))
        tsfmt = b.c(["%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y%m%d %H%M%S", "%m-%d %H:%M:%S"])
        for i in range(n):
            ts += datetime.timedelta(seconds=b.r(1, 40))
            b.neg("date", ts.strftime(tsfmt))
            b.t(f".{b.r(0, 999):03d} ", b.c(["INFO ", "DEBUG", "WARN "]), " [ivr-", str(b.r(1, 9)), "] callId=", callid, " ")
            b.negs["serial_number"] += 1
            f = b.r(0, 7) if i else 0
            if f == 0:
                b.t("ani=")
                if b.want():
                    b.put("CN_MOBILE", mobile_phone.generate(b.rng))
                else:
                    b.neg("masked_mobile", masked_mobile(b.rng).replace("尾号", "****"))
                b.t(" dnis=", b.c(["95588", "95533", "95599", "95566", "95555"]), " trunk=", str(b.r(1, 32)))
                b.negs["hotline"] += 1
            elif f == 1:
                b.t("node=", b.c(W.IVR_NODES), " dtmf=", str(b.r(0, 9)), " menu=\"", b.c(W.IVR_MENUS), "\"")
            elif f == 2:
                b.t("node=CARD_INPUT cardNo=")
                if b.want(0.5):
                    b.put("BANK_CARD", bank_card.generate(b.rng))
                else:
                    v = bank_card.generate(b.rng)
                    b.neg("masked_card", v[:6] + "*" * (len(v) - 10) + v[-4:])
                b.t(" result=", b.c(["OK", "RETRY", "FAIL"]))
            elif f == 3:
                b.t("node=OTP_SEND code=")
                n_vcode(b)
                b.t(" ret=")
                n_err(b)
            elif f == 4:
                b.t("transfer agent=", ser(b.rng, 6, "0123456789"), " queue=", b.c(["VIP", "CARD", "LOAN", "GEN"]), " agentIp=")
                b.negs["staff_number"] += 1
                s_ip(b)
            elif f == 5:
                b.t("asr.text=\"", b.c(["我要挂师", "查一下鱼额", "人公服务", "信用咖还款", "嗯 转人工"]), "\" conf=0.", str(b.r(40, 99)))
                b.negs["asr_homophone"] += 1
            elif f == 7:
                b.t("channel=", b.c(["MBANK", "WECHAT", "WEB"]), " clientIp=")
                s_ip(b, 0.7)
                b.t(" sessionId=", alnum(b.rng, b.c(["S", "SID"]), 12))
                b.negs["serial_number"] += 1
            else:
                b.t("idNo=")
                if b.want(0.4):
                    b.put("CN_ID_CARD", resident_id.generate(b.rng))
                else:
                    b.neg("masked_id", masked_id(b.rng))
                b.t(" verify=", b.c(["PASS", "FAIL"]))
            b.t("\n")
    else:  # ASR transcript
        nl = b.c(["\n", "\n", "\n", " ", "  "])
        spk_a, spk_c = b.c([("坐席", "客户"), ("A", "B"), ("客服", "来电人"), ("S1", "S2")])
        b.t(b.c(["[ASR转写] 通话ID ", "语音转写结果 录音号", "转写文本（置信度0.8" + str(b.r(0, 9)) + "）编号"]))
        n_serial(b, 16)
        b.t("\n")
        def agent(b):
            b.t(spk_a, b.c(["：", ": ", "："]))
        def cust(b):
            b.t(spk_c, b.c(["：", ": ", "："]))
        agent(b)
        b.t(b.c(["您好这里是", "你好 欢迎致电"]), b.c(W.BANKS), b.c(["客服中心", "信用卡中心"]), " 工号", ser(b.rng, 5, "0123456789"), " 很高兴为您服务\n")
        b.negs["staff_number"] += 1
        cust(b)
        b.t(b.c(FILLERS_), " ", b.c(["我那个卡丢了想挂师一下", "我想查一下鱼额", "我信用咖换款怎么没到", "就是我的卡被动结了"]), nl)
        b.negs["asr_homophone"] += 1
        agent(b)
        b.t(b.c(["好的请问您贵姓", "请您提供一下姓名和身份分证号", "请问您的全名是"]), nl)
        cust(b)
        b.t(b.c(["我叫", "我是", "嗯 "]))
        s_person(b, title_ok=False)
        sur = b.buf[-1][0]
        expl = {"张": "弓长张", "李": "木子李", "陈": "耳东陈", "吕": "双口吕", "吴": "口天吴", "胡": "古月胡", "杨": "木易杨", "徐": "双人徐", "许": "言午许"}
        b.t(b.c([" ", " 就是", "啊 "]), expl.get(sur, b.c(["", "", "对"])) if b.maybe(0.7) else "", nl)
        if b.maybe(0.8):
            agent(b)
            b.t(b.c(["身份证号码", "请报一下身份证号", "证件号码多少"]), nl)
            cust(b)
            if b.want():
                b.put("CN_ID_CARD", spoken(b.rng, resident_id.generate(b.rng)))
            else:
                b.neg("spoken_partial", "后六位是" + spoken(b.rng, ser(b.rng, 6, "0123456789")))
            b.t(b.c(["", " 嗯", " 对"]), nl)
        agent(b)
        b.t(b.c(["您的手机号码是", "预留手机是多少", "请问来电号码是本人的吗"]), nl)
        cust(b)
        b.t(b.c(["是", "对 是", "嗯 "]))
        if b.want():
            b.put("CN_MOBILE", spoken(b.rng, mobile_phone.generate(b.rng)))
        else:
            b.neg("spoken_partial", "尾号" + spoken(b.rng, f"{b.r(0, 9999):04d}"))
        b.t(nl)
        if b.maybe(0.6):
            agent(b)
            b.t(b.c(["卡号是多少", "请说一下卡号", "是哪张卡"]), nl)
            cust(b)
            if b.want():
                b.put("BANK_CARD", spoken(b.rng, bank_card.generate(b.rng)))
            else:
                b.neg("spoken_partial", "尾号是" + spoken(b.rng, f"{b.r(0, 9999):04d}") + "那张")
            b.t(nl)
        agent(b)
        b.t(b.c(["已经为您办理临时挂失 有效期五天", "您的余额是", "已经给您发送验证码"]))
        if b.buf[-1] == "您的余额是":
            b.neg("spoken_amount", b.c(["三千二百块五毛", "一万两千三百四十五元", "八百六十六块"]))
        elif b.buf[-1] == "已经给您发送验证码":
            b.t(" 验证码是")
            b.neg("verification_code", spoken(b.rng, vcode(b.rng)))
        b.t(b.c([" 还有什么可以帮您", " 请问还有别的问题吗", ""]), nl)
        cust(b)
        b.t(b.c(["没有了谢谢", "嗯 好的 马上去网点", "那万一找到了怎么解挂", "周一能补卡吗"]), nl)
        b.negs["surname_word"] += 1
        b.t(b.c(["[通话结束 时长", "[END dur="]), str(b.r(60, 900)), b.c(["秒]", "s]"]))
    n_extra(b, b.r(0, 2))


FILLERS_ = W.FILLERS


def g_staff_handover(b):
    kind = b.r(0, 2)
    dept = b.c(W.DEPTS)
    if kind in (0, 1):
        b.t(b.c(["员工离职交接清单", "岗位交接登记表", "客户经理离岗交接单", "柜员轮岗交接表"]), "\n")
        b.t("部门：", dept, b.c(["  ", "\n"]))
        b.t("交出人：")
        s_person(b, 0.7)
        b.t("（工号")
        b.neg("staff_number", ser(b.rng, b.c([6, 7, 8]), "0123456789"))
        b.t("）", b.c(["  ", "\n"]), "接收人：")
        s_person(b, 0.7)
        b.t("  监交人：")
        s_person(b, 0.5)
        b.t("\n交接日期：")
        n_date(b, b.c([0, 1, 2]))
        b.t("\n一、系统权限\n")
        for s in b.rng.sample(W.SYSTEMS, b.r(2, 4)):
            b.t("  - ", s, b.c(["：已注销", "：已移交", "：停用，待回收", "：账号"]))
            if b.buf[-1] == "：账号":
                b.neg("login_name", b.c(W.PINYIN) + b.c(W.PINYIN_GIVEN) + str(b.r(1, 99)))
                b.t(" 已锁定")
            b.t("\n")
        b.t("二、实物\n")
        for it in b.rng.sample(W.ITEMS, b.r(2, 4)):
            b.t("  - ", it, " ", str(b.r(1, 5)), b.c(["个", "把", "件", "只"]), b.c(["", "（编号" + alnum(b.rng, "K", 5) + "）", "，已封存"]), "\n")
        b.t("三、客户清单（", str(b.r(20, 300)), "户，详见附件）\n")
        b.t("客户姓名 | 证件号 | 卡号/账号 | 手机 | 备注\n")
        for i in range(b.r(2, 4)):
            s_person(b, 0.6)
            b.t(" | ")
            s_id(b, 0.4)
            b.t(" | ")
            s_card(b, 0.5)
            b.t(" | ")
            s_mobile(b, 0.5)
            b.t(" | ", b.c(["高净值", "贷款到期" + date(b.rng, 1), "代发客户", "理财到期", "VIP", "-"]), "\n")
        b.t(b.c(["交接双方签字确认。", "以上内容已核对无误。", "附件：客户明细.xlsx（已加密）"]))
    else:
        b.t("From: ")
        s_email(b, 0.6, staff=True)
        b.t("\nTo: ")
        s_email(b, 0.6, staff=True)
        b.t("\nSubject: ", b.c(["工作交接", "离职交接-客户名单", "Re: 轮岗交接事项"]), "\n\n")
        if b.maybe(0.6):
            n_title(b)
            b.t("、")
        b.t(b.c(["各位同事：", "您好：", ""]), "\n")
        b.t("本人将于")
        n_date(b, b.c([0, 6]))
        b.t("离岗，名下", b.r(20, 300), "户客户移交给")
        s_person(b)
        b.t("。重点客户：")
        for i in range(b.r(1, 3)):
            s_person(b, 0.6)
            b.t("（")
            s_mobile(b, 0.5)
            b.t("，", b.c(["存款", "理财", "贷款余额"]))
            n_amount(b, 10000, 9000000)
            b.t("）", b.c(["；", "，"]))
        b.t("U盾", b.r(1, 4), "个、柜员卡", b.r(1, 3), "张已交", b.c(["运营主管", "综合员"]), "。")
        b.t("我的办公电脑IP ")
        s_ip(b, 0.6)
        b.t(" 已申请回收，", b.c(["OA账号下周一停用", "邮箱保留30天", "工作手机已交还"]), "。\n")
        b.t(b.c(["有问题请联系我", "后续事宜请找"]))
        if b.buf[-1] == "后续事宜请找":
            n_title(b)
        else:
            b.t("，手机")
            s_mobile(b, 0.5)
        b.t("。\n", b.c(["谢谢！", "Best regards", "此致"]), "\n")
        n_branch(b)
        b.t(" ", dept)
    n_extra(b, b.r(1, 2))


def g_microbiz_loan(b):
    kind = b.r(0, 2)
    s = b.c(W.SURNAMES)
    shop = b.c(W.SHOP_PATTERNS).format(s=s) if b.maybe(0.8) else b.c(W.SHOP_NAMED).format(n=full_name(b.rng))
    scope = b.c(W.BUSINESS_SCOPE)
    if kind == 0:
        b.t(b.c(["个体工商户经营贷款申请表", "小微快贷申请书（个体工商户）", "普惠经营贷申请信息"]), "\n")
        fields = [("借款人", lambda b: s_person(b)), ("身份证号", lambda b: s_id(b)), ("手机", lambda b: s_mobile(b)),
                  ("店铺名称", lambda b: b.neg("shop_name", shop)),
                  ("营业执照统一社会信用代码", lambda b: s_uscc(b)),
                  ("经营范围", scope), ("经营场所", lambda b: n_orgaddr(b)),
                  ("家庭住址", lambda b: s_address(b)),
                  ("配偶", lambda b: s_person(b, title_ok=False)),
                  ("申请金额", lambda b: n_amount(b, 50000, 3000000)),
                  ("期限", b.c(["12个月", "24个月", "36个月"])), ("还款方式", b.c(["按月付息到期还本", "等额本息", "随借随还"])),
                  ("收款账户", lambda b: s_card(b))]
        if b.maybe(0.4):
            fields.append(("配偶身份证", lambda b: s_id(b)))
        if b.maybe(0.7):
            fields.append((b.c(["车辆", "名下车辆号牌", "经营用车"]), lambda b: (s_plate(b, 0.8), b.t("（", b.c(["小型轿车", "轻型货车", "新能源汽车"]), "）"))))
        if b.maybe(0.4):
            fields.append(("家庭固定电话", lambda b: s_landline(b, 0.8)))
        head, rest = fields[:3], fields[3:]
        b.rng.shuffle(rest)
        form(b, head + rest)
    elif kind == 1:
        b.t(b.c(["贷前调查报告", "个人经营性贷款调查报告", "小微贷款实地调查记录"]), "\n一、借款人基本情况\n")
        b.t("借款人")
        s_person(b)
        b.t("，", b.c(["男", "女"]), "，", b.r(25, 60), "岁，身份证号")
        s_id(b)
        b.t("，", b.c(["户籍", "现居住于", "家住"]))
        s_address(b)
        b.t("。配偶")
        s_person(b, title_ok=False)
        b.t(b.c(["，在", "，就职于"]), company(b.rng), b.c(["工作。", "任会计。"]))
        b.negs["company_name"] += 1
        b.t("\n二、经营情况\n借款人经营“", shop, "”", b.c(["", "（个体工商户）"]), "，统一社会信用代码")
        b.negs["shop_name"] += 1
        s_uscc(b)
        b.t("，经营场所位于")
        n_orgaddr(b)
        b.t("，面积约", b.r(20, 300), "平方米，", b.c(["店铺临近", "位于"]))
        n_road(b)
        b.t("，", b.c(["早晚高峰客流较大", "周边有学校和写字楼", "白天营业至晚上十点"]), "。")
        b.negs["namelike_word"] += 1
        b.t("近12个月", b.c(["微信", "支付宝", "收款码", "POS"]), "流水合计")
        n_amount(b, 100000, 5000000)
        b.t("，月均")
        n_amount(b, 10000, 400000)
        b.t("，收款卡")
        s_card(b)
        b.t("。\n三、资产负债\n")
        if b.maybe(0.6):
            b.t("名下车辆")
            s_plate(b)
            b.t("一辆，")
        b.t("房产坐落")
        s_address(b, 0.5)
        b.t("，", b.c(["无抵押", "已抵押于" + branch(b.rng)]), "。征信查询", b.r(0, 6), "次，无逾期。\n")
        b.t("四、调查结论：", b.c(["同意授信", "建议授信"]))
        n_amount(b, 50000, 1000000)
        b.t("，调查人：")
        n_title(b)
        b.t("、")
        n_mname(b)
        b.t("，", b.c(["调查日期", "日期"]))
        n_date(b, b.c([0, 1]))
    else:
        b.t(b.c(["【贷后走访】", "走访记录：", "客户经理日志 "]))
        n_date(b, b.c([0, 6, 1]))
        b.t(" 走访", shop, "，", b.c(["店主", "经营者", "老板"]))
        b.negs["shop_name"] += 1
        s_person(b)
        b.t(b.c(["在店", "外出进货，由其配偶接待", "不在，电话联系"]), "。")
        if b.maybe(0.6):
            b.t("联系电话")
            s_mobile(b)
            b.t("。")
        b.t("店内", b.c(["生意正常", "装修中", "客流一般"]), "，", b.c(W.SURNAME_PHRASES), "，本月流水约")
        b.negs["surname_word"] += 1
        n_amount(b, 10000, 300000)
        b.t("。下次还款日")
        n_date(b, 6)
        b.t("，应还")
        n_amount(b, 1000, 80000)
        b.t("。借据号")
        n_serial(b, 16)
        b.t("。", b.c(["客户家住", "住址核实："]))
        s_address(b)
        b.t("。")
    n_extra(b, b.r(1, 3))


GENRES = {
    "regulatory_penalty": g_regulatory_penalty,
    "card_loss": g_card_loss,
    "bill_finance": g_bill_finance,
    "trade_lc": g_trade_lc,
    "tax_social": g_tax_social,
    "notary_cert": g_notary_cert,
    "livestream_script": g_livestream_script,
    "ivr_asr": g_ivr_asr,
    "staff_handover": g_staff_handover,
    "microbiz_loan": g_microbiz_loan,
}
