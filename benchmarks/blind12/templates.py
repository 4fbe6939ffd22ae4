"""Builder, slot helpers, look-alike checks and one template per genre (blind12).

Every template takes ``(g, pii)`` where ``g`` is a :class:`Gen` (one shared random.Random and a
:class:`Builder`). When ``pii`` is False every slot writes a hard negative (masked value, 张某,
organisation address ...) instead of a personal value, so PII-free and PII records share wording.
"""
from __future__ import annotations

import ipaddress
import re

from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate,
                               mobile_phone, passport, resident_id, uscc)

import words as W

VALIDATORS = {
    "CN_ID_CARD": resident_id, "CN_MOBILE": mobile_phone, "CN_LANDLINE": landline_phone,
    "BANK_CARD": bank_card, "CN_PASSPORT": passport, "CN_HK_MACAU_PERMIT": hk_macau_permit,
    "CN_USCC": uscc, "LICENSE_PLATE": license_plate,
}
LABELS = set(VALIDATORS) | {"PERSON", "ADDRESS", "EMAIL", "IP_ADDRESS"}
ALL_MODULES = list(VALIDATORS.values())
_NOT_NAMES = set(W.SURNAME_WORDS) | set(W.NAME_LIKE) | set(W.BRANDS)

# ------------------------------------------------------------------ look-alike candidates
_DIG = "0-9０-９"
_TOKEN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")
_SEP = set(" -()（）\u3000·+/")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def candidates(text: str):
    """Strings a detector might try: digit runs, +digit runs, alnum runs, grouped token windows,
    and 5-11 character windows starting at a province character."""
    out = set(re.findall(f"[{_DIG}]+", text))
    out |= set(re.findall(f"\\+[{_DIG}]+", text))
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for s, e in toks:
        out.add(text[s:e])
        out.add(text[s:e].upper())
    for i in range(len(toks)):
        for j in range(i + 1, min(i + 8, len(toks))):
            gap = text[toks[j - 1][1]:toks[j][0]]
            if not gap or len(gap) > 3 or any(c not in _SEP for c in gap):
                break
            out.add(text[toks[i][0]:toks[j][1]])
    for i, c in enumerate(text):
        if c in W.PROVINCE_CHARS:
            for L in range(5, 12):
                if i + L <= len(text):
                    out.add(text[i:i + L])
    return out


def passing(text: str):
    """(candidate, module name) pairs that some validator accepts."""
    bad = []
    for c in candidates(text):
        for m in ALL_MODULES:
            if m.is_valid(c):
                bad.append((c, m.__name__.rsplit(".", 1)[-1]))
    return bad


def _digit_substrings_ok(v: str) -> bool:
    for run in re.findall(f"[{_DIG}]+", v):
        for L in range(9, min(len(run), 19) + 1):
            for i in range(len(run) - L + 1):
                sub = run[i:i + L]
                if any(m.is_valid(sub) for m in ALL_MODULES):
                    return False
    return True


def is_safe(v: str) -> bool:
    return (not passing(v) and _digit_substrings_ok(v) and not EMAIL_RE.search(v)
            and not IPV4_RE.search(v))


# ------------------------------------------------------------------ builder
class Builder:
    """Text is appended piece by piece; a PII value's offsets are recorded as it is written."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str, str]] = []
        self.negs: list[str] = []

    def t(self, s: str):
        self.parts.append(s)
        self.n += len(s)
        return self

    def pii(self, value: str, label: str):
        self.spans.append((self.n, self.n + len(value), label, value))
        return self.t(value)

    def neg(self, value: str, kind: str):
        self.negs.append(kind)
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.b = Builder()

    # -- random helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.ch(first) + "".join(self.ch("0123456789") for _ in range(n - 1))

    def safe(self, fn, substrings=True):
        """Redraw a hard-negative number until no validator accepts any part of it (with
        substrings=True also no 9-19 digit stretch inside it)."""
        for _ in range(500):
            v = fn()
            if is_safe(v) if substrings else (not passing(v) and not EMAIL_RE.search(v)):
                return v
        raise RuntimeError("safe(): could not draw a number no validator accepts")

    def t(self, s):
        self.b.t(s)

    def neg(self, v, kind):
        self.b.neg(v, kind)

    def join(self, items, seps=("，", "；", "。")):
        """Write callables in order with a separator from seps."""
        sep = self.ch(seps)
        for k, f in enumerate(items):
            if k:
                self.t(sep)
            f()

    # -- value makers (personal)
    def full_name(self) -> str:
        """A full name; never one of the hard-negative words (安宁, 文明, 常青 ...)."""
        while True:
            if self.p(0.06):
                v = self.ch(W.COMPOUND_SURNAMES) + "".join(self.ch(W.GIVEN_CHARS) for _ in range(self.ch([1, 2])))
            else:
                v = self.ch(W.SURNAMES) + "".join(self.ch(W.GIVEN_CHARS) for _ in range(self.ch([1, 2, 2, 2])))
            if v not in _NOT_NAMES:
                return v

    def home_address(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.12:
            pv, city, county, town, vil = self.ch(W.COUNTIES)
            return f"{pv}{city}{county}{town}{vil}{r.randint(1, 12)}组{r.randint(1, 88)}号"
        pv, city, dists, roads, comms = self.ch(W.PLACES)
        head = ""
        if pv and self.p(0.8):
            head = pv
        if self.p(0.9) or not head:
            head += city
        d = self.ch(dists)
        if self.p(0.1) and head:  # start at the district (first written admin unit)
            head = ""
        road = self.ch(roads)
        n = r.randint(1, 999)
        form = r.randint(0, 5)
        if form == 0:
            tail = f"{road}{n}号{self.ch(comms)}{r.randint(1, 30)}幢{r.randint(1, 4)}单元{r.randint(1, 33)}0{r.randint(1, 6)}室"
        elif form == 1:
            tail = f"{road}{n}弄{r.randint(1, 60)}号{r.randint(1, 20)}0{r.randint(1, 4)}室"
        elif form == 2:
            tail = f"{self.ch(comms)}{r.randint(1, 40)}栋{r.randint(1, 3)}单元{r.randint(2, 28)}0{r.randint(1, 4)}"
        elif form == 3:
            tail = f"{road}{n}号院{r.randint(1, 18)}号楼{r.randint(1, 6)}门{r.randint(1, 20)}0{r.randint(1, 4)}号"
        elif form == 4:
            tail = f"{road}{n}号{r.randint(1, 25)}-{r.randint(1, 3)}-{r.randint(1, 26)}0{r.randint(1, 4)}"
        else:
            tail = f"{self.ch(comms)}{r.randint(1, 30)}号楼{r.randint(1, 30)}0{r.randint(1, 4)}室"
        return head + d + tail

    def hospital(self, city=None) -> str:
        city = city or self.ch(W.PLACES)[1]
        return city + self.ch(W.HOSPITALS)

    def student_mail_address(self) -> str:
        """A student's mailing address: campus postal address down to the dorm room."""
        r = self.r
        pv, city, dists, roads, _ = self.ch(W.PLACES)
        return (pv + city + self.ch(dists) + self.ch(roads) + f"{r.randint(1, 999)}号" + self.ch(W.SCHOOLS)
                + self.ch(["", "东校区", "南校区", "本部"]) + self.ch(["", "学生公寓"]) + f"{r.randint(1, 30)}号楼{r.randint(1, 7)}{r.randint(1, 30):02d}室")

    def org_address(self) -> str:
        r = self.r
        pv, city, dists, roads, comms = self.ch(W.PLACES)
        s = (city if self.p(0.7) else "") + self.ch(dists) + self.ch(roads) + f"{r.randint(1, 999)}号"
        if self.p(0.4):
            s += self.ch(["", "金融大厦", "国贸中心", "商务楼"]) + f"{r.randint(1, 5)}楼"
        return s

    def branch(self) -> str:
        pv, city, dists, roads, comms = self.ch(W.PLACES)
        nm = self.ch(["工行", "农行", "建行", "中行", "交行", "招行", "兴业", "邮储"]) if self.p(0.3) else ""
        return nm + city.rstrip("市") + self.ch([self.ch(dists).rstrip("区") + "支行", self.ch(roads) + "支行", "分行营业部", self.ch(roads) + "分理处"])

    def company(self) -> str:
        pv, city, dists, roads, comms = self.ch(W.PLACES)
        return city.rstrip("市") + self.ch(W.ORG_MID) + self.ch(W.ORG_SUFFIX)

    def id_no(self) -> str:
        for _ in range(50):
            v = resident_id.generate(self.r)
            if len(v) != 18 or v[6:10] <= "2006":
                break
        if v.endswith("X") and self.p(0.3):
            v = v[:-1] + "x"
        k = self.r.random()
        if k < 0.12 and len(v) == 18:
            v = resident_id.format(v)
        elif k < 0.18:
            v = to_fullwidth(v)
        return v

    def mobile(self) -> str:
        v = mobile_phone.generate(self.r)
        k = self.r.random()
        if k < 0.15:
            v = mobile_phone.format(v)
        elif k < 0.25:
            v = f"{v[:3]}-{v[3:7]}-{v[7:]}"
        elif k < 0.33:
            v = "+86 " + v
        elif k < 0.37:
            v = "+86-" + v
        elif k < 0.40:
            v = "0086" + v
        elif k < 0.43:
            v = to_fullwidth(v)
        return v

    def landline(self) -> str:
        f = landline_phone.format(landline_phone.generate(self.r))
        area, rest = f.split("-", 1)
        k = self.r.random()
        if k < 0.2:
            v = f"({area}){rest}"
        elif k < 0.3:
            v = f"（{area}）{rest}"
        elif k < 0.4 and "转" not in rest:
            v = f"{area} {rest}"
        else:
            v = f
        return v if landline_phone.is_valid(v) else f

    def card(self) -> str:
        v = bank_card.generate(self.r)
        k = self.r.random()
        if k < 0.3:
            v = bank_card.format(v)
        elif k < 0.35:
            v = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def plate(self) -> str:
        v = license_plate.generate(self.r)
        if self.p(0.3) and not v.startswith("使"):
            f = license_plate.format(v)
            if license_plate.is_valid(f):
                v = f
        return v

    def email(self) -> str:
        lp = self.ch(W.PINYIN) + self.ch(["", ".", "_"]) + self.ch(W.PINYIN) + (str(self.r.randint(1, 999)) if self.p(0.6) else "")
        return lp + "@" + self.ch(W.EMAIL_DOMAINS)

    def ip(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.4:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.6:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"{self.ch([36, 58, 112, 117, 121, 183, 223])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    # -- hard-negative makers
    def masked_name(self) -> str:
        s = self.ch(W.SURNAMES)
        return self.ch([s + "*", s + "**", s + "*" + self.ch(W.GIVEN_CHARS), "*" + self.ch(W.GIVEN_CHARS), s + "某", s + "某某"])

    def masked_mobile(self) -> str:
        v = mobile_phone.generate(self.r)
        return self.ch([v[:3] + "****" + v[7:], v[:3] + "******" + v[9:], "*******" + v[7:]])

    def masked_card(self) -> str:
        v = bank_card.generate(self.r)
        return self.ch([v[:6] + "*" * (len(v) - 10) + v[-4:], "**** **** **** " + v[-4:], v[:4] + "****" + v[-4:], v[:6] + "******" + v[-4:]])

    def masked_id(self) -> str:
        v = resident_id.generate(self.r)
        return self.ch([v[:6] + "********" + v[-4:], v[0] + "*" * 16 + v[-1], v[:3] + "***********" + v[-4:]])

    def bad_card(self) -> str:
        """A card number with a wrong Luhn digit (test data that is not a real card)."""
        def f():
            v = bank_card.generate(self.r)
            return v[:-1] + str((int(v[-1]) + self.r.randint(1, 9)) % 10)
        return self.safe(f, substrings=False)

    def bad_id(self) -> str:
        """A resident ID with a wrong check character."""
        def f():
            v = resident_id.generate(self.r)
            return v[:-1] + self.ch([c for c in "0123456789X" if c != v[-1]])
        return self.safe(f, substrings=False)

    def tail4(self) -> str:
        return self.safe(lambda: self.digits(4, "0123456789"))

    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)
        k = r.randint(0, 7)
        if k == 0:
            return f"{y}年{m}月{d}日"
        if k == 1:
            return f"{y}-{m:02d}-{d:02d}"
        if k == 2:
            return f"{y}/{m}/{d}"
        if k == 3:
            return f"{y}.{m:02d}.{d:02d}"
        if k == 4:
            return f"{y}{m:02d}{d:02d}"
        if k == 5:
            return "".join(W.CN_DIGITS[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日"
        if k == 6:
            return f"{m}月{d}日"
        return f"{y}年{m:02d}月{d:02d}日"

    def time(self) -> str:
        r = self.r
        return self.ch([f"{r.randint(8, 17)}:{self.ch(['00', '15', '30', '45'])}", self.ch([f"上午{r.randint(8, 11)}", f"下午{r.randint(1, 5)}"]) + f"点{self.ch(['', '半', '整'])}", f"{r.randint(8, 16):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"])

    def ts(self) -> str:
        r = self.r
        return f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}"

    def amount(self) -> str:
        r = self.r
        v = r.randint(1, 99999) * self.ch([1, 10, 100]) + self.ch([0, 0, 0.5, 0.36, 0.08])
        k = r.randint(0, 4)
        if k == 0:
            return f"{v:,.2f}元"
        if k == 1:
            return f"人民币{daxie(int(v))}元整"
        if k == 2:
            return f"¥{v:.2f}"
        if k == 3:
            return f"{v / 10000:.2f}万元"
        return f"{int(v)}元"

    def code(self, prefix="", n=8, letters=False) -> str:
        al = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if letters else "0123456789"
        return self.safe(lambda: prefix + "".join(self.ch(al) for _ in range(n)))

    def hexid(self, n=16) -> str:
        return self.safe(lambda: "".join(self.ch("0123456789abcdef") for _ in range(n)))

    def hotline(self) -> str:
        return self.ch(["95588", "95599", "95566", "95533", "95555", "95559", "95528", "95561", "12329", "96198", "400-820-" + str(self.r.randint(1000, 9999)), "4008-95555"])

    def version(self) -> str:
        r = self.r
        return self.ch([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"V{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-RC{r.randint(1, 4)}", f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}", f"release-{r.randint(2023, 2025)}{r.randint(1, 12):02d}"])

    def postcode(self) -> str:
        return self.safe(lambda: self.ch("123456789") + self.digits(5, "0123456789"))

    def vcode(self) -> str:
        return self.safe(lambda: self.digits(6, "0123456789"))

    # -- slots: a personal value when pii (and chance allows), else a hard negative
    def s_name(self, pii, p=0.9, neg_kinds=("masked", "title", "mou")):
        if pii and self.p(p):
            self.b.pii(self.full_name(), "PERSON")
            return
        k = self.ch(neg_kinds)
        if k == "masked":
            self.neg(self.masked_name(), "masked_name")
        elif k == "title":
            self.neg(self.ch(W.SURNAMES) + self.ch(W.TITLES), "surname_title")
        else:
            self.neg(self.ch(W.SURNAMES) + self.ch(["某", "某某"]), "mou")

    def s_id(self, pii, p=0.85):
        if pii and self.p(p):
            self.b.pii(self.id_no(), "CN_ID_CARD")
        else:
            self.neg(self.masked_id(), "masked_id")

    def s_mobile(self, pii, p=0.85):
        if pii and self.p(p):
            self.b.pii(self.mobile(), "CN_MOBILE")
        elif self.p(0.75):
            self.neg(self.masked_mobile(), "masked_mobile")
        else:
            self.neg("尾号" + self.tail4(), "tail4")

    def s_landline(self, pii, p=0.8):
        if pii and self.p(p):
            self.b.pii(self.landline(), "CN_LANDLINE")
        else:
            self.neg(self.hotline(), "hotline")

    def s_card(self, pii, p=0.85):
        if pii and self.p(p):
            self.b.pii(self.card(), "BANK_CARD")
        elif self.p(0.7):
            self.neg(self.masked_card(), "masked_card")
        else:
            self.neg("尾号" + self.tail4(), "tail4")

    def s_addr(self, pii, p=0.85):
        if pii and self.p(p):
            self.b.pii(self.home_address(), "ADDRESS")
            return
        k = self.r.randint(0, 2)
        if k == 0:
            pv, city, dists, roads, _ = self.ch(W.PLACES)
            self.neg((pv or city) + self.ch(dists) + "*" * self.r.randint(4, 10), "masked_address")
        elif k == 1:
            pv, city, dists, roads, _ = self.ch(W.PLACES)
            self.neg(city + self.ch(dists) + self.ch(roads) + self.ch(["附近", "一带", "沿线", ""]), "road_no_number")
        else:
            self.neg(self.ch(["同身份证地址", "见户口簿", "（已脱敏）", "详见附件", "同户籍地"]), "address_placeholder")

    def s_email(self, pii, p=0.8):
        if pii and self.p(p):
            self.b.pii(self.email(), "EMAIL")
        else:
            self.neg(self.ch(["（未留邮箱）", "无", "——", "未登记"]), "email_placeholder")

    def s_ip(self, pii, p=0.9):
        if pii and self.p(p):
            self.b.pii(self.ip(), "IP_ADDRESS")
        else:
            self.neg(self.ch(["app-core-", "pay-gw-", "db-", "sit-app-", "uat-web-"]) + f"{self.r.randint(1, 12):02d}", "hostname")

    def s_plate(self, pii, p=0.85):
        if pii and self.p(p):
            self.b.pii(self.plate(), "LICENSE_PLATE")
        else:
            pl = license_plate.generate(self.r)
            self.neg(pl[:2] + "***" + pl[-2:] if len(pl) > 5 else "无", "masked_plate")

    def s_passport(self, pii, p=0.85):
        if pii and self.p(p):
            self.b.pii(passport.generate(self.r), "CN_PASSPORT")
        else:
            self.neg(self.ch(["E", "EA", "G"]) + "****" + self.tail4(), "masked_passport")

    def s_permit(self, pii, p=0.85):
        if pii and self.p(p):
            self.b.pii(hk_macau_permit.generate(self.r), "CN_HK_MACAU_PERMIT")
        else:
            self.neg(self.ch(["C", "H", "M"]) + "******" + self.digits(2, "0123456789"), "masked_permit")

    def s_uscc(self, pii, p=0.8):
        if pii and self.p(p):
            self.b.pii(uscc.generate(self.r), "CN_USCC")
        else:
            v = uscc.generate(self.r)
            self.neg(v[:8] + "********" + v[-2:], "masked_uscc")


def to_fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def cn_num(n: int) -> str:
    d = W.CN_DIGITS
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def daxie(n: int) -> str:
    units = ["", "拾", "佰", "仟"]
    if n == 0:
        return "零"
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            q = (x // 10 ** i) % 10
            if q:
                if zero:
                    s += "零"
                s += W.DAXIE[q] + units[i]
                zero = False
            elif s:
                zero = True
        return s
    hi, lo = divmod(n, 10000)
    if hi:
        return four(hi) + "万" + (("零" if lo < 1000 and lo else "") + four(lo))
    return four(lo)


# ------------------------------------------------------------------ layout helper
def fields(g: Gen, items, shuffle_tail=True):
    """Write (label, writer) pairs in one of several form layouts; later items may be reordered."""
    items = list(items)
    if shuffle_tail and len(items) > 3 and g.p(0.5):
        head, tail = items[:2], items[2:]
        g.r.shuffle(tail)
        items = head + tail
    items = [it for k, it in enumerate(items) if k < 2 or g.p(0.85)]
    lay = g.r.randint(0, 5)
    colon = g.ch(["：", ":", "：", ": "])
    for k, (lab, fn) in enumerate(items):
        if lay == 0:
            g.t(f"{lab}{colon}"); fn(); g.t("\n")
        elif lay == 1:
            if k: g.t(" | ")
            g.t(f"{lab}{colon}"); fn()
        elif lay == 2:
            if k: g.t("；")
            g.t(f"{lab}{colon}"); fn()
        elif lay == 3:
            g.t(f"【{lab}】"); fn(); g.t("\n" if g.p(0.5) else " ")
        elif lay == 4:
            if k: g.t("，")
            g.t(f"{lab}"); g.t(g.ch(["为", "：", "是"])); fn()
        else:
            g.t(f"{k + 1}. {lab}{colon}"); fn(); g.t("\n")
    if lay in (1, 2, 4):
        g.t(g.ch(["。", "\n"]))


def header(g: Gen, titles):
    t = g.ch(titles)
    g.t(g.ch([t + "\n", f"【{t}】\n", f"{t}\n{'=' * g.r.randint(6, 14)}\n", f"《{t}》 ", t + "："]))


# ------------------------------------------------------------------ 1 housing_fund
def housing_fund(g: Gen, pii: bool):
    kind = g.r.randint(0, 3)
    center = g.ch(["杭州", "宁波", "南京", "苏州", "广州", "深圳", "成都", "武汉", "郑州", "厦门"]) + g.ch(["住房公积金管理中心", "住房公积金管理中心直属分中心", "市住房公积金管理中心业务网点"])
    acct = lambda: g.neg(g.code(g.ch(["", "", "GJJ"]), g.ch([10, 12, 14])), "fund_account")
    if kind in (0, 1):
        header(g, ["住房公积金个人住房贷款申请表", "公积金贷款申请受理单", "个人住房公积金贷款借款申请", "住房公积金组合贷款申请"])
        if g.p(0.5):
            g.t("受理编号："); g.neg(g.code(g.ch(["GD", "ZF", "DK"]), 12), "doc_number"); g.t(g.ch(["  ", "\n"]))
        items = [
            ("借款申请人", lambda: g.s_name(pii)),
            ("身份证号码", lambda: g.s_id(pii)),
            ("手机号码", lambda: g.s_mobile(pii)),
            ("工作单位", lambda: g.neg(g.company(), "company")),
            ("个人公积金账号", acct),
            ("缴存基数", lambda: g.neg(g.ch([f"{g.r.randint(2500, 36000)}元", f"{g.r.randint(2500, 36000)}.00", f"{g.r.randint(3, 35)},{g.r.randint(0, 999):03d}.00元"]), "amount")),
            ("月缴存额", lambda: g.neg(f"{g.r.randint(300, 6000)}.00元", "amount")),
            ("缴存比例", lambda: g.neg(g.ch(["12%", "10%", "8%", "5%+5%"]), "percent")),
            ("连续缴存", lambda: g.t(f"{g.r.randint(6, 180)}个月")),
            ("配偶姓名", lambda: g.s_name(pii, 0.7)),
            ("配偶身份证号", lambda: g.s_id(pii, 0.6)),
            ("购房地址", lambda: g.s_addr(pii)),
            ("购房合同编号", lambda: g.neg(g.code(g.ch(["YS", "WQ", ""]), 10, True), "doc_number")),
            ("申请贷款金额", lambda: g.neg(g.amount(), "amount")),
            ("贷款期限", lambda: g.t(f"{g.ch([10, 15, 20, 25, 30])}年")),
            ("还款银行卡", lambda: g.s_card(pii)),
            ("电子邮箱", lambda: g.s_email(pii, 0.7)),
        ]
        fields(g, items)
        if g.p(0.6):
            g.t(g.ch(["\n受理网点：", "\n经办网点：", "\n受理机构为"])); g.neg(g.branch(), "branch_name")
            o, c = g.ch([("（", "）"), ("，地址：", "。"), (" 地址 ", ""), ("（网点地址：", "）")])
            g.t(o); g.neg(g.org_address(), "org_address"); g.t(c)
        if g.p(0.5):
            g.t(g.ch(["\n咨询电话：", "\n如有疑问请致电", " 服务热线"])); g.neg("12329", "hotline")
            g.t(g.ch(["。", "（工作日8:30-17:00）", ""]))
        if g.p(0.4):
            g.t(g.ch(["\n经办人：", "\n复核："])); g.s_name(pii, 0.5, ("title", "mou"))
            g.t(g.ch([" 日期：", "  "])); g.neg(g.date(), "date")
    elif kind == 2:
        header(g, ["住房公积金缴存证明", "单位住房公积金缴存情况证明", "公积金缴存证明（个人）"])
        g.t(g.ch(["兹证明", "现证明", "经核实，"])); g.s_name(pii)
        o, c = g.ch([("（身份证号：", "）"), ("，证件号码", "，"), ("（公民身份号码", "）")]); g.t(o); g.s_id(pii); g.t(c)
        g.t(g.ch(["系我单位", "为本单位"])); g.t(g.ch(["在职职工", "正式员工", "合同制员工"]))
        g.t("，自"); g.neg(g.date(), "date"); g.t("起在"); g.neg(center, "org_name")
        g.t("连续缴存住房公积金，个人账号"); acct(); g.t(g.ch(["，月缴存额", "，当前月缴存额为"])); g.neg(g.amount(), "amount")
        g.t(g.ch(["，账户余额", "，截至本月余额"])); g.neg(g.amount(), "amount"); g.t("。")
        if g.p(0.6):
            g.t(g.ch(["该职工", "其"]))
            g.t(g.ch(["无欠缴、补缴记录。", "缴存状态正常，无冻结。", "目前缴存正常，万一信息有误以中心系统为准。"]))
        g.t(g.ch(["\n单位名称：", "\n缴存单位（盖章）：", "\n出具单位："])); g.neg(g.company(), "company")
        if g.p(0.8):
            g.t("\n统一社会信用代码："); g.s_uscc(pii)
        g.t(g.ch(["\n单位地址：", "\n地址："])); g.neg(g.org_address(), "org_address")
        g.t(g.ch(["\n联系人：", "\n人事专员："])); g.s_name(pii, 0.6, ("title",)); g.t(" 电话："); g.s_landline(pii, 0.6)
        g.t("\n"); g.neg(g.date(), "date")
    else:
        header(g, ["住房公积金提取申请", "公积金提取业务申请书", "租房提取住房公积金申请", "偿还购房贷款本息提取申请"])
        reason = g.ch(["购买自住住房", "偿还住房贷款本息", "租赁自住住房", "离职提取", "退休提取", "大病医疗"])
        g.t(g.ch(["本人", "申请人"])); g.s_name(pii); o, c = g.ch([("，", "，"), ("（", "），")]); g.t(o)
        g.t(g.ch(["证件号", "身份证"])); g.s_id(pii); g.t(c)
        g.t("因" + reason + "，申请提取住房公积金"); g.neg(g.amount(), "amount"); g.t("。")
        if reason in ("购买自住住房", "偿还住房贷款本息", "租赁自住住房") or g.p(0.4):
            g.t(g.ch(["房屋坐落：", "所购房屋位于", "房屋地址为"]) if reason != "租赁自住住房" else g.ch(["租赁房屋坐落：", "承租房屋地址："])); g.s_addr(pii); g.t("，")
            g.t("不动产权证号"); g.neg(g.ch(["浙(2023)杭州市不动产权第", "苏(2022)南京市不动产权第", "粤(2024)广州市不动产权第"]) + g.code("", 7) + "号", "doc_number"); g.t("。")
        g.t(g.ch(["提取款项转入", "请将款项划入", "收款账户："])); g.s_card(pii); o, c = g.ch([("（", "）。"), ("，开户行", "。")]); g.t(o); g.neg(g.branch(), "branch_name"); g.t(c)
        if g.p(0.5):
            g.t(g.ch(["联系电话", "手机"])); g.s_mobile(pii); g.t("。")
        if g.p(0.5):
            g.t(g.ch(["配偶", "共同申请人（配偶）"])); g.s_name(pii, 0.7); g.t(g.ch(["同意本次提取。", "已签字确认。"]))
        if g.p(0.5):
            g.t(g.ch(["\n温馨提示：", "\n注："])); g.t(g.ch(["提取业务办理时间为周一至周五白天", "资金一般在3个工作日内到账", "请携带身份证原件至"])); g.neg(center, "org_name"); g.t(g.ch(["办理。", "。", "，咨询12329。"]))


# ------------------------------------------------------------------ 2 precious_metal
def precious_metal(g: Gen, pii: bool):
    kind = g.r.randint(0, 3)
    metal, unit = g.ch(W.METALS)
    price = lambda: g.neg(f"{g.r.randint(380, 620)}.{g.r.randint(0, 99):02d}元/{unit}", "price")
    qty = lambda: g.neg(f"{g.ch([1, 5, 10, 20, 50, 100, 200, 500])}{unit}", "quantity")
    if kind == 0:
        header(g, ["贵金属交易确认单", "积存金交易确认书", "实物贵金属购买确认单", "黄金积存业务凭证"])
        items = [
            ("客户姓名", lambda: g.s_name(pii)),
            ("证件号码", lambda: g.s_id(pii, 0.6)),
            ("签约账户", lambda: g.s_card(pii)),
            ("委托编号", lambda: g.neg(g.code(g.ch(["WT", "JC", "GM"]), 14), "order_number")),
            ("交易品种", lambda: g.neg(metal, "product")),
            ("交易方向", lambda: g.t(g.ch(["买入", "卖出", "定投买入", "赎回"]))),
            ("成交数量", qty),
            ("成交价格", price),
            ("成交金额", lambda: g.neg(g.amount(), "amount")),
            ("手续费", lambda: g.neg(f"{g.r.randint(0, 300)}.{g.r.randint(0, 99):02d}元", "amount")),
            ("成交时间", lambda: g.neg(g.ts(), "timestamp")),
            ("交易渠道", lambda: g.t(g.ch(["手机银行", "网上银行", "柜面", "智能柜台"]))),
            ("联系电话", lambda: g.s_mobile(pii, 0.6)),
        ]
        fields(g, items)
        if g.p(0.6):
            g.t(g.ch(["\n办理网点：", "\n营业机构："])); g.neg(g.branch(), "branch_name")
        g.t(g.ch(["\n本确认单仅作为交易凭证，以系统记录为准。", "\n客户签字：", "\n请妥善保管。"]))
    elif kind == 1:
        header(g, ["贵金属业务客户风险提示书", "积存金业务风险揭示", "贵金属投资风险告知"])
        txt = ["贵金属价格受国际政治经济形势、美元汇率等多种因素影响，波动较大", "投资者可能面临价格下跌造成的本金损失", "积存金不属于存款，不受存款保险保障", "行情剧烈波动时可能出现无法及时成交的情况", "请勿听信高峰收益、稳赚不赔等宣传", "万一发生争议，双方应友好协商"]
        g.r.shuffle(txt)
        for k, s in enumerate(txt[:g.r.randint(3, 6)]):
            g.t(g.ch([f"{k + 1}、", f"（{cn_num(k + 1)}）", "· "]) + s + g.ch(["。", "；"]) + g.ch(["\n", ""]))
        g.t(g.ch(["本人", "客户"])); g.s_name(pii); g.t(g.ch(["已阅读并理解上述风险，自愿办理", "确认已知晓风险，同意开通"])); g.neg(metal, "product"); g.t("业务。")
        g.t(g.ch(["\n风险测评结果：", " 风险等级："])); g.t(g.ch(["C3平衡型", "C4成长型", "C2稳健型", "C5进取型"]))
        if g.p(0.7):
            g.t(g.ch(["\n客户证件：", "\n身份证号："])); g.s_id(pii)
        if g.p(0.5):
            g.t(g.ch(["\n理财经理：", "\n经办："])); g.s_name(pii, 0.6, ("title", "masked")); g.t("（工号"); g.neg(g.code("", 6), "staff_number"); g.t("）")
        g.t("\n签署日期："); g.neg(g.date(), "date")
    elif kind == 2:
        header(g, ["今日贵金属行情播报", "金价早报", "积存金行情提醒", "贵金属午间播报"])
        g.t(g.ch(["截至", "今日"])); g.neg(g.time(), "time"); g.t("，上海黄金交易所"); g.neg(g.ch(["Au99.99", "Au(T+D)", "Ag(T+D)", "mAu(T+D)"]), "product")
        g.t(g.ch(["报", "最新价"])); price(); g.t(g.ch(["，较昨日", "，日内"])); g.t(g.ch(["上涨", "下跌", "向上突破", "回落"])); g.neg(f"{g.r.randint(0, 9)}.{g.r.randint(10, 99)}%", "percent"); g.t("。")
        g.t(g.ch(["伦敦金", "COMEX黄金", "国际现货黄金"])); g.t("报"); g.neg(f"{g.r.randint(1800, 2700)}.{g.r.randint(0, 9)}美元/盎司", "price"); g.t("。")
        g.t(g.ch(["我行积存金买入价", "本行账户金报价"])); price(); g.t("，回购价"); price(); g.t("。")
        if g.p(0.6):
            g.t(g.ch(["美国", "欧元区", "日本"])); g.t(g.ch(["非农数据公布在即，", "通胀数据超预期，", "央行议息会议临近，"])); g.t(g.ch(["金价或将高位震荡。", "短期波动可能加剧。"]))
        g.t(g.ch(["\n"]))
        if pii or g.p(0.5):
            g.t(g.ch(["尊敬的", "致"])); g.s_name(pii, 0.7, ("title", "masked")); g.t(g.ch(["客户：您的定投计划", "：您设置的价格提醒"])); g.t(g.ch(["已触发", "将于明日执行"]))
            g.t(g.ch(["，扣款账户", "，签约卡"])); g.s_card(pii, 0.5); g.t("。")
            if g.p(0.5):
                g.t("如需调整请回复或致电"); g.neg(g.hotline(), "hotline"); g.t("。")
        g.t(g.ch(["投资有风险，入市需谨慎。", "以上行情仅供参考。", "行情数据来源：上海黄金交易所。"]))
    else:
        header(g, ["实物金条提货单", "贵金属提货预约确认", "金条回购登记表"])
        items = [
            ("提货人", lambda: g.s_name(pii)),
            ("身份证", lambda: g.s_id(pii)),
            ("手机", lambda: g.s_mobile(pii)),
            ("产品", lambda: g.neg(g.ch(["如意金条", "生肖金条", "熊猫金币", "福字金条"]) + f"{g.ch([10, 20, 50, 100])}g", "product")),
            ("订单号", lambda: g.neg(g.code(g.ch(["PM", "TH", ""]), 16), "order_number")),
            ("提货码", lambda: g.neg(g.vcode(), "verification_code")),
            ("提货网点", lambda: g.neg(g.branch(), "branch_name")),
            ("网点地址", lambda: g.neg(g.org_address(), "org_address")),
            ("提货日期", lambda: g.neg(g.date(), "date")),
        ]
        if g.p(0.4):
            items.append(("配送地址", lambda: g.s_addr(pii)))
        fields(g, items)
        g.t(g.ch(["请凭本人身份证原件及提货码办理。", "代提需提供委托书。", "逾期未提货将收取保管费。"]))


# ------------------------------------------------------------------ 3 quickpay_log
def quickpay_log(g: Gen, pii: bool):
    svc = g.ch(["bindcard-svc", "quickpay-gw", "withhold-core", "pay-gateway", "agreement-svc", "sms-verify"])
    lines = g.r.randint(3, 7)
    style = g.r.randint(0, 2)
    if g.p(0.4):
        g.t(g.ch(["# 快捷支付绑卡日志摘录\n", "-- 代扣协议签约流水 --\n", "[支付网关] 日志片段\n", "以下为生产日志（已截取）：\n"]))
    for i in range(lines):
        lvl = g.ch(["INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        trace = g.hexid(g.ch([16, 24, 32]))
        if style == 0 or (style == 2 and i % 2 == 0):
            g.neg(g.ts(), "timestamp"); g.t(f" {lvl} [{svc}] ")
            g.t("traceId="); g.neg(trace, "trace_id")
            parts = [
                lambda: (g.t("merId="), g.neg(g.code("8983", 11), "merchant_id")),
                lambda: (g.t("termId="), g.neg(g.code("", 8, True), "terminal_id")),
                lambda: (g.t("cardNo="), g.s_card(pii, 0.5)),
                lambda: (g.t("mobile="), g.s_mobile(pii, 0.5)),
                lambda: (g.t("acctName="), g.s_name(pii, 0.5)),
                lambda: (g.t("idNo="), g.s_id(pii, 0.4)),
                lambda: (g.t("amt="), g.neg(str(g.r.randint(1, 999999)), "amount")),
                lambda: (g.t("respCode="), g.neg(g.ch(["0000", "0000", "ERR_4021", "E1003", "9999", "ERR_5002", "P0012"]), "error_code")),
                lambda: (g.t("respMsg="), g.t(g.ch(["成功", "交易成功", "短信验证码错误", "卡状态异常", "余额不足", "银行预留手机号不一致", "重复签约"]))),
                lambda: (g.t("smsCode="), g.neg(g.vcode(), "verification_code")),
                lambda: (g.t("clientIp="), g.s_ip(pii, 0.6)),
                lambda: (g.t("batchNo="), g.neg(g.code("B", 12), "batch_number")),
                lambda: (g.t("orderId="), g.neg(g.code(g.ch(["QP", "WH", ""]), 18), "order_number")),
                lambda: (g.t("cost="), g.t(f"{g.r.randint(3, 3000)}ms")),
            ]
            g.r.shuffle(parts)
            for f in parts[:g.r.randint(4, 8)]:
                g.t(g.ch([" ", " ", "|", ", "])); f()
        else:
            g.t("{")
            parts = [
                lambda: (g.t('"ts":"'), g.neg(g.ts(), "timestamp"), g.t('"')),
                lambda: (g.t('"trace_id":"'), g.neg(trace, "trace_id"), g.t('"')),
                lambda: (g.t('"mer_id":"'), g.neg(g.code("8981", 11), "merchant_id"), g.t('"')),
                lambda: (g.t('"card_no":"'), g.s_card(pii, 0.6), g.t('"')),
                lambda: (g.t('"phone":"'), g.s_mobile(pii, 0.6), g.t('"')),
                lambda: (g.t('"name":"'), g.s_name(pii, 0.6), g.t('"')),
                lambda: (g.t('"cert_no":"'), g.s_id(pii, 0.5), g.t('"')),
                lambda: (g.t('"ret_code":"'), g.neg(g.ch(["0000", "ERR_4021", "ERR_4102", "1001", "0000"]), "error_code"), g.t('"')),
                lambda: (g.t('"ret_msg":"'), g.t(g.ch(["成功", "签约成功", "协议已存在", "持卡人信息不符", "请稍后重试", "验证码已过期"])), g.t('"')),
                lambda: (g.t('"protocol_no":"'), g.neg(g.code("AG", 16, True), "agreement_number"), g.t('"')),
                lambda: (g.t('"amount":'), g.neg(f"{g.r.randint(1, 99999)}.{g.r.randint(0, 99):02d}", "amount")),
                lambda: (g.t('"ip":"'), g.s_ip(pii, 0.6), g.t('"')),
                lambda: (g.t('"bank":"'), g.neg(g.ch(W.BANKS), "bank_name"), g.t('"')),
                lambda: (g.t('"mer_credit_code":"'), g.s_uscc(pii, 0.6), g.t('"')),
                lambda: (g.t('"ver":"'), g.neg(g.version(), "version"), g.t('"')),
            ]
            g.r.shuffle(parts)
            for k, f in enumerate(parts[:g.r.randint(4, 8)]):
                if k: g.t(g.ch([",", ", "]))
                f()
            g.t("}")
        g.t("\n")
    if g.p(0.4):
        g.t(g.ch(["备注：", "说明："])); g.t(g.ch(["ERR_4021表示预留手机号不一致，返回码0000为成功", "卡号已按规范脱敏展示", "签约失败请引导客户重新获取验证码"])); g.t("。")


# ------------------------------------------------------------------ 4 appointment_sms
def appointment_sms(g: Gen, pii: bool):
    kind = g.r.randint(0, 3)
    bank = g.ch(["工商银行", "农业银行", "建设银行", "招商银行", "邮储银行", "杭州银行", "宁波银行", "兴业银行"])
    br = g.branch()
    if kind in (0, 1):
        g.t(g.ch([f"【{bank}】", f"[{bank}]", ""]))
        g.t("尊敬的")
        n0 = len(g.b.spans)
        g.s_name(pii, 0.75, ("title", "masked"))
        if len(g.b.spans) > n0 or g.b.text()[-1] in "*某":
            g.t(g.ch(["先生", "女士", "客户", ""]))
        g.t(g.ch(["：", "，", "您好，"]))
        what = g.ch(["大额取现", "网点取号", "开户", "大额现金支取（人民币" + daxie(g.r.randint(5, 50)) + "万元整）", "外币兑换", "社保卡激活"])
        g.t(g.ch(["您已成功预约", "您预约的", "您的"])); g.neg(g.date(), "date"); g.t(" "); g.neg(g.time(), "time")
        g.t(g.ch(["在", "于"])); g.neg(br, "branch_name")
        if g.p(0.6):
            o, c = g.ch([("（", "）"), ("（地址：", "）"), ("，网点地址", "，")])
            g.t(o); g.neg(g.org_address(), "org_address"); g.t(c)
        g.t("办理" + what + "业务，预约号"); g.neg(g.code(g.ch(["A", "B", "V", "Y"]), 4, True), "appointment_number"); g.t("。")
        opts = [
            lambda: (g.t("请携带本人身份证"), g.t(g.ch(["及尾号", "及卡号尾号"])), g.neg(g.tail4(), "tail4"), g.t("的银行卡")),
            lambda: (g.t("如需取消请回复QX"), g.t("或致电"), g.neg(g.hotline(), "hotline")),
            lambda: g.t(g.ch(["请提前15分钟到达", "逾期预约自动失效", "取号后请留意叫号"])),
            lambda: (g.t("验证码"), g.neg(g.vcode(), "verification_code"), g.t("，5分钟内有效")),
            lambda: (g.t("客户经理"), g.s_name(pii, 0.4, ("title",)), g.t("将为您服务，联系电话"), g.s_landline(pii, 0.5)),
            lambda: (g.t(g.ch(["方便的话", "万一临时有事"])), g.t("请提前告知")),
        ]
        g.r.shuffle(opts)
        g.join(opts[:g.r.randint(1, 4)], ("，", "；", "。"))
        g.t(g.ch(["。", "！", "。回T退订"]))
        if kind == 1:
            g.t(g.ch(["\n\n——后台记录——\n", "\n【系统登记】", "\n预约登记："]))
            fields(g, [
                ("预约人", lambda: g.s_name(pii)),
                ("手机", lambda: g.s_mobile(pii)),
                ("证件号", lambda: g.ch([g.s_id, g.s_id, g.s_passport, g.s_permit])(pii, 0.6)),
                ("预约渠道", lambda: g.t(g.ch(["手机银行", "微信公众号", "95客服", "网点现场"]))),
                ("预约流水", lambda: g.neg(g.code("YY", 14), "serial_number")),
                ("状态", lambda: g.t(g.ch(["已确认", "待到店", "已取消", "已完成"]))),
            ])
    elif kind == 2:
        header(g, ["上门服务预约登记表", "特殊群体上门服务申请", "老年客户上门办理登记"])
        items = [
            ("申请人", lambda: g.s_name(pii)),
            ("与客户关系", lambda: g.t(g.ch(["本人", "子女", "配偶", "监护人"]))),
            ("客户姓名", lambda: g.s_name(pii)),
            ("证件号码", lambda: g.s_id(pii)),
            ("联系电话", lambda: g.s_mobile(pii)),
            ("固定电话", lambda: g.s_landline(pii)),
            ("上门地址", lambda: g.s_addr(pii)),
            ("办理事项", lambda: g.t(g.ch(["密码重置", "账户挂失", "社保卡激活", "存款支取", "身份核实"]))),
            ("原因", lambda: g.t(g.ch(["行动不便", "长期卧床", "高龄（92岁）", "术后休养"]))),
            ("预约时间", lambda: (g.neg(g.date(), "date"), g.t(" "), g.neg(g.time(), "time"))),
            ("服务网点", lambda: g.neg(br, "branch_name")),
            ("上门人员", lambda: (g.s_name(pii, 0.5, ("title",)), g.t("、"), g.s_name(pii, 0.5, ("title", "mou")))),
        ]
        fields(g, items)
        g.t(g.ch(["上门服务全程录音录像。", "双人上门，现场核实身份。", "本服务免费，不收取任何费用。"]))
    else:
        g.t(g.ch(["网点叫号记录 ", "取号单 ", "排队取号信息："]))
        g.neg(br, "branch_name"); g.t(g.ch(["\n", " | "]))
        for i in range(g.r.randint(2, 5)):
            g.neg(g.ch("ABVC") + f"{g.r.randint(1, 299):03d}", "queue_number"); g.t(" ")
            g.s_name(pii, 0.5, ("masked", "title")); g.t(" ")
            g.s_mobile(pii, 0.4); g.t(" ")
            g.t(g.ch(["个人业务", "对公业务", "VIP", "大额取现"])); g.t(" "); g.neg(g.time(), "time"); g.t(g.ch([" 前面还有" + str(g.r.randint(0, 30)) + "人", " 已叫号", " 过号"])); g.t("\n")
        g.t(g.ch(["服务热线", "客服电话"])); g.neg(g.hotline(), "hotline")


# ------------------------------------------------------------------ 5 prize_list
def prize_list(g: Gen, pii: bool):
    act = g.ch(["春节刷卡赢好礼", "绑卡抽大奖", "开门红存款抽奖", "周五五折季", "积存金定投抽金豆", "新客首绑有礼", "云闪付满减抽奖", "信用卡境外消费返现"])
    header(g, [f"“{act}”活动中奖名单公示", f"{act}中奖客户名单", f"关于{act}活动获奖名单的公告"])
    g.t(g.ch(["感谢各位客户的参与！", "", "经公证抽奖，"])); g.t("本次活动于"); g.neg(g.date(), "date"); g.t(g.ch(["完成抽奖", "开奖"])); g.t("，")
    consent = pii and g.p(0.6)
    g.t(g.ch(["现将中奖名单公示如下", "中奖名单如下"]))
    if consent:
        g.t(g.ch(["（以下客户已书面同意公示全名）", "（经中奖客户同意，公示姓名全称）"]))
    else:
        g.t(g.ch(["（姓名、手机号已脱敏）", "（为保护客户隐私，信息已做屏蔽处理）", ""]))
    g.t("：\n")
    sep = g.ch(["  ", " | ", "\t", "，"])
    for lvl in g.r.sample(["一等奖", "二等奖", "三等奖", "幸运奖", "参与奖"], g.r.randint(1, 3)):
        g.t(f"{lvl}（{g.ch(W.PRIZES)}）：\n")
        for i in range(g.r.randint(1, 4)):
            if consent and g.p(0.8):
                g.b.pii(g.full_name(), "PERSON")
            else:
                g.neg(g.masked_name(), "masked_name")
            g.t(sep)
            if pii and g.p(0.2):
                g.b.pii(g.mobile(), "CN_MOBILE")
            else:
                g.neg(g.masked_mobile(), "masked_mobile")
            if g.p(0.5):
                g.t(sep); g.t("卡号尾号"); g.neg(g.tail4(), "tail4")
            g.t("\n")
    rules = [
        lambda: (g.t("活动时间："), g.neg(g.date(), "date"), g.t("至"), g.neg(g.date(), "date")),
        lambda: (g.t("单笔消费满"), g.neg(g.amount(), "amount"), g.t("即可获得一次抽奖机会")),
        lambda: g.t("奖品将于活动结束后30个工作日内发放至中奖账户"),
        lambda: (g.t("如有疑问请致电"), g.neg(g.hotline(), "hotline")),
        lambda: (g.t("实物奖品由"), g.neg(g.ch(W.BRANDS), "brand"), g.t("官方旗舰店发货")),
        lambda: (g.t("公示期为"), g.t(g.ch(["7天", "10个工作日", "一周"]))),
        lambda: (g.t("活动编号"), g.neg(g.code("HD", 10), "doc_number")),
        lambda: (g.t("本活动最终解释权在法律允许范围内归"), g.neg(g.ch(W.BANKS), "bank_name"), g.t(g.ch(["", g.branch()]))),
        lambda: g.t(g.ch(["马上参与下一期活动", "祝大家新年高兴、万事如意", "方便的客户可到网点领取"])),
    ]
    g.r.shuffle(rules)
    g.t(g.ch(["\n活动规则：\n", "\n说明：", "\n附则\n"]))
    for k, f in enumerate(rules[:g.r.randint(2, 5)]):
        g.t(g.ch([f"{k + 1}.", f"{cn_num(k + 1)}、", "·"])); f(); g.t("。\n" if g.p(0.6) else "；")
    if pii and g.p(0.6):
        g.t(g.ch(["实物奖寄送：", "奖品邮寄地址核对："])); g.s_name(pii, 0.8); g.t("，"); g.s_addr(pii); g.t("，"); g.s_mobile(pii, 0.7); g.t("。")
    g.t(g.ch(["\n", ""])); g.neg(g.branch(), "branch_name"); g.t(" "); g.neg(g.date(), "date")


# ------------------------------------------------------------------ 6 interview_record
def interview_record(g: Gen, pii: bool):
    header(g, ["信贷业务面签笔录", "反欺诈面谈记录", "个人贷款面谈笔录", "消费贷面签记录（双录）"])
    fields(g, [
        ("面谈时间", lambda: (g.neg(g.date(), "date"), g.t(" "), g.neg(g.time(), "time"))),
        ("面谈地点", lambda: (g.neg(g.branch(), "branch_name"), g.t(g.ch(["贵宾室", "面签室", "二楼会议室"])))),
        ("面谈人", lambda: (g.s_name(pii, 0.6, ("title", "mou")), g.t("、"), g.s_name(pii, 0.5, ("title", "mou")))),
        ("业务编号", lambda: g.neg(g.code(g.ch(["XD", "FQZ", "LN"]), 12), "case_number")),
    ], shuffle_tail=False)
    Q, A = g.ch([("问：", "答："), ("问:", "答:"), ("Q：", "A："), ("面谈人：", "申请人：")])
    qa = [
        (["请说一下您的姓名和身份证号码。", "请报一下本人姓名、证件号。"], lambda: (g.t(g.ch(["我叫", "本人"])), g.s_name(pii), g.t(g.ch(["，身份证号", "，证件号码是", "，号码"])), g.s_id(pii), g.t("。"))),
        (["您在哪里工作？做什么？", "现在的工作单位和岗位是？"], lambda: (g.t(g.ch(["在", "我在"])), g.neg(g.company(), "company"), g.t(g.ch(["上班，", "工作，"])), g.t("做" + g.ch(W.JOBS)), (g.t("，单位在"), g.neg(g.org_address(), "org_address"), g.t("。")) if g.p(0.4) else g.t(g.ch(["，干了五六年了。", "。"])), (g.t("单位电话"), g.s_landline(pii, 0.7), g.t("。")) if g.p(0.3) else None)),
        (["月收入大概多少？", "您的收入情况？"], lambda: (g.t(g.ch(["税后大概", "每月到手", "一个月"])), g.neg(g.ch(["一万二左右", "8500元", "两万出头", "6000多", "1.5万"]), "amount"), g.t(g.ch(["，年底还有奖金。", "，有工资流水。", "。"])))),
        (["现在住在哪里？", "家庭住址是？", "您的居住地址？"], lambda: (g.t(g.ch(["住在", "现住", "我家在"])), g.s_addr(pii), g.t(g.ch(["，自己的房子。", "，租的房子。", "，和父母一起住。", "。"])))),
        (["婚姻状况？配偶做什么工作？", "您爱人叫什么，在哪上班？"], lambda: (g.t(g.ch(["已婚，我爱人叫", "结婚了，老婆叫", "已婚，丈夫"])), g.s_name(pii, 0.8), g.t("，在"), g.neg(g.ch([g.hospital(), g.company(), g.ch(W.PLACES)[2][0] + "实验小学"]), "org_name"), g.t("上班，"), g.t(g.ch(["电话", "手机号"])), g.s_mobile(pii, 0.7), g.t("。"))),
        (["贷款用途是什么？", "这笔钱打算怎么用？"], lambda: (g.t(g.ch(["装修房子", "买车", "孩子出国读书", "进货周转"])), g.t(g.ch(["，大概要", "，需要"])), g.neg(g.amount(), "amount"), g.t("。"))),
        (["有没有人让您代为申请，或承诺好处？", "是否有中介收取费用？"], lambda: g.t(g.ch(["没有，都是我自己办的。", "没有，我知道这个风险。", "没有，我很高兴你们提醒。"]))),
        (["名下有车辆吗？", "有车吗？车牌号多少？"], lambda: (g.t(g.ch(["有一辆", "有，"])), g.neg(g.ch(W.BRANDS[14:15] + ["大众", "丰田", "本田"]), "brand"), g.t("，车牌"), g.s_plate(pii), g.t("。"))),
        (["紧急联系人？", "家里还有谁可以联系？"], lambda: (g.t(g.ch(["我弟弟", "我母亲", "我同事"])), g.s_name(pii, 0.7), g.t("，电话"), g.s_mobile(pii, 0.8), g.t("。"))),
        (["有没有出境计划？", "近期是否出国？"], lambda: (g.t(g.ch(["下个月去", "年底可能去"])), g.neg(g.ch(W.COUNTRIES), "country"), g.t(g.ch(["旅游，护照号", "看孩子，护照"])), g.s_passport(pii), g.t("。"))),
        (["账单发到哪个邮箱？", "电子邮箱留一下？"], lambda: (g.t(g.ch(["邮箱是", "发到"])), g.s_email(pii), g.t(g.ch(["。", "，平时都看。"])))),
        (["近期去过港澳吗？", "有往来港澳通行证吗？"], lambda: (g.t(g.ch(["去年去过香港，通行证号", "有，证件号"])), g.s_permit(pii), g.t("。"))),
        (["还款卡用哪张？", "用哪张卡还款？"], lambda: (g.t(g.ch(["用工资卡，卡号", "就这张，"])), g.s_card(pii), g.t("。"))),
    ]
    first = qa[0]
    rest = qa[1:]
    g.r.shuffle(rest)
    chosen = rest[:g.r.randint(3, 7)]
    if qa[3] not in chosen and g.p(0.7):
        chosen.insert(g.r.randint(0, len(chosen)), qa[3])
    for qs, ans in [first] + chosen:
        g.t(g.ch(["\n", "\n", " "])); g.t(Q + g.ch(qs)); g.t(g.ch(["\n", " "])); g.t(A); ans()
    g.t(g.ch(["\n以上笔录经本人阅读，与所述一致。", "\n（面谈结束，申请人签字确认）", "\n面谈结论：未发现异常，马上提交审批。", "\n备注：客户表示方便时补充收入证明。"]))
    if g.p(0.5):
        g.t(g.ch(["\n申请人签字：", "\n被面谈人："])); g.s_name(pii, 0.7)


# ------------------------------------------------------------------ 7 dormant_account
def dormant_account(g: Gen, pii: bool):
    kind = g.r.randint(0, 2)
    bank = g.ch(W.BANKS)
    if kind == 0:
        header(g, ["关于久悬账户清理的公告", "睡眠账户清理公告", "不动户管理告知书", "长期不动户转营业外收入公告"])
        g.t("根据《人民币银行结算账户管理办法》及相关规定，"); g.neg(bank, "bank_name"); g.neg(g.branch(), "branch_name")
        g.t(g.ch(["对截至", "拟对截至"])); g.neg(g.date(), "date"); g.t(g.ch(["连续一年以上未发生收付活动的账户", "五年以上未发生交易且余额低于10元的账户"]))
        g.t(g.ch(["进行清理", "办理久悬处理", "转入久悬户管理"])); g.t("。请下列客户于"); g.neg(g.date(), "date"); g.t(g.ch(["前携带有效身份证件到开户网点办理激活或销户", "前与我行联系"])); g.t("。\n")
        hdr = g.ch(["序号 账号 户名 开户网点 余额", "序号|账号|户名|余额", "账号  户名  最后交易日"])
        g.t(hdr + "\n")
        sep = "|" if "|" in hdr else g.ch(["  ", " "])
        for i in range(g.r.randint(2, 6)):
            if "序号" in hdr:
                g.t(f"{i + 1}{sep}")
            if pii and g.p(0.35):
                g.b.pii(g.card(), "BANK_CARD")
            else:
                g.neg(g.masked_card(), "masked_card")
            g.t(sep); g.s_name(pii, 0.6, ("masked",)); g.t(sep)
            if "网点" in hdr:
                g.neg(g.branch(), "branch_name"); g.t(sep)
            if "最后" in hdr:
                g.neg(g.date(), "date")
            else:
                g.neg(f"{g.r.randint(0, 999)}.{g.r.randint(0, 99):02d}", "amount")
            g.t("\n")
        g.t(g.ch(["联系地址：", "网点地址："])); g.neg(g.org_address(), "org_address"); g.t(g.ch(["，联系电话", "；电话"])); g.s_landline(pii, 0.3); g.t("。")
        g.t(g.ch(["\n特此公告。", "\n逾期未办理的，我行将按规定处理，由此产生的后果由账户所有人承担。"]))
        g.t("\n"); g.neg(g.date(), "date")
    elif kind == 1:
        header(g, ["不动户激活提醒", "账户状态变更通知", "睡眠户告知函"])
        g.t("尊敬的"); g.s_name(pii, 0.8, ("title", "masked")); g.t(g.ch(["：", "客户："]))
        g.t(g.ch(["您在我行开立的账户", "您名下尾号"])); 
        if g.b.text().endswith("尾号"):
            g.neg(g.tail4(), "tail4"); g.t("的账户")
        else:
            g.s_card(pii, 0.6)
        g.t(g.ch(["已连续", "已超过"])); g.t(g.ch(["12个月", "3年", "18个月", "五年"])); g.t("未发生主动交易，已转为"); g.t(g.ch(["不动户", "睡眠户", "只收不付状态"])); g.t("。")
        g.t("当前余额"); g.neg(g.amount(), "amount"); g.t("。")
        opts = [
            lambda: (g.t("如需继续使用，请携带身份证"), g.s_id(pii, 0.4), g.t("到网点办理")),
            lambda: (g.t("咨询电话"), g.neg(g.hotline(), "hotline")),
            lambda: (g.t("您登记的通讯地址为"), g.s_addr(pii), g.t("，如有变更请及时更新")),
            lambda: (g.t("您预留的手机号"), g.s_mobile(pii), g.t("如已停用请到柜面变更")),
            lambda: (g.t("开户网点："), g.neg(g.branch(), "branch_name"), g.t("（"), g.neg(g.org_address(), "org_address"), g.t("）")),
            lambda: g.t(g.ch(["账户余额不会因此减少", "周一至周五白天均可办理", "向上级行申请后方可恢复"])),
        ]
        g.r.shuffle(opts)
        g.join(opts[:g.r.randint(2, 5)])
        g.t("。")
        if g.p(0.5):
            g.t("\n邮编："); g.neg(g.postcode(), "postcode")
    else:
        header(g, ["单位久悬账户清理清单", "对公不动户明细", "久悬对公账户公示"])
        for i in range(g.r.randint(2, 4)):
            g.t(f"{i + 1}. "); g.neg(g.company(), "company"); o, c = g.ch([("，统一社会信用代码", "，"), (" USCC:", "，"), ("（信用代码", "）")]); g.t(o); g.s_uscc(pii, 0.6); g.t(c)
            g.t("账号"); g.neg(g.code(g.ch(["3301", "1202", "4400"]), 14), "corporate_account"); g.t("，法定代表人"); g.s_name(pii, 0.6)
            if g.p(0.3):
                g.t("，联系电话"); g.s_landline(pii, 0.7)
            g.t("，最后交易日"); g.neg(g.date(), "date"); g.t("\n")
        g.t(g.ch(["请上述单位于公告之日起30日内到开户行办理。", "如有异议请联系对公业务部。"]))
        g.t(g.ch(["客户经理：", "经办："])); g.s_name(pii, 0.5, ("title",)); g.t(" "); g.s_landline(pii, 0.5)


# ------------------------------------------------------------------ 8 bug_ticket
def bug_ticket(g: Gen, pii: bool):
    sysname = g.ch(["快捷支付", "手机银行", "信贷中台", "公积金对接", "积存金", "代扣平台", "反洗钱筛查", "客户信息管理"])
    g.t(g.ch(["【缺陷】", "[BUG] ", "缺陷单 ", "测试用例 "])); g.neg(g.ch(["BUG-", "DEF-", "TC-", "JIRA-"]) + g.code("", g.ch([5, 6, 8])), "ticket_number")
    g.t(" "); g.t(sysname + g.ch(["绑卡时手机号校验失败", "批量代扣返回ERR_4021", "姓名含生僻字时报错", "身份证X结尾校验不通过", "导出报表金额为负", "页面余额显示为空", "高峰期接口超时"]))
    g.t("\n")
    fields(g, [
        ("版本", lambda: g.neg(g.version(), "version")),
        ("环境", lambda: (g.t(g.ch(["SIT", "UAT", "PRE", "DEV"])), g.t(" "), g.s_ip(pii, 0.5))),
        ("严重程度", lambda: g.t(g.ch(["P1", "P2", "P3", "一般", "严重"]))),
        ("提单人", lambda: (g.s_name(pii, 0.6, ("title",)), g.t("（"), g.neg(g.ch(W.DEVS), "username"), g.t("）"))),
        ("指派", lambda: g.neg(g.ch(W.DEVS), "username")),
        ("创建时间", lambda: g.neg(g.ts(), "timestamp")),
    ])
    g.t(g.ch(["\n复现步骤：\n", "\n步骤：\n", "\nSteps:\n"]))
    steps = [
        lambda: (g.t("使用测试账号"), g.neg(g.code(g.ch(["test", "qa", "T"]), 6), "test_account"), g.t("登录")),
        lambda: (g.t("输入测试卡号"), g.s_card(pii, 0.5) if g.p(0.6) else g.neg(g.bad_card(), "invalid_card")),
        lambda: (g.t("输入手机号"), g.s_mobile(pii, 0.5)),
        lambda: (g.t("证件号填"), g.s_id(pii, 0.5) if g.p(0.6) else g.neg(g.bad_id(), "invalid_id")),
        lambda: (g.t("户名填"), g.s_name(pii, 0.5)),
        lambda: (g.t("获取验证码"), g.neg(g.vcode(), "verification_code"), g.t("并提交")),
        lambda: g.t(g.ch(["点击“马上绑定”", "选择华夏银行卡", "切换到余额页", "点击确认"])),
        lambda: (g.t("邮箱填"), g.s_email(pii)),
    ]
    g.r.shuffle(steps)
    for k, f in enumerate(steps[:g.r.randint(2, 5)]):
        g.t(f"{k + 1}. "); f(); g.t("\n")
    g.t(g.ch(["预期结果：绑卡成功\n实际结果：", "期望：返回0000；实际：", "Actual: "]))
    g.neg(g.ch(["ERR_4021", "ERR_5002", "E1003", "ORA-00001", "HTTP 500"]), "error_code"); g.t(g.ch([" 预留手机号不一致\n", " unique constraint violated\n", " NullPointerException\n"]))
    if g.p(0.6):
        g.t(g.ch(["SQL：\n", "排查SQL：", "-- sql\n"]))
        g.t("SELECT cust_name, cert_no, mobile FROM t_cust_info WHERE ")
        if g.p(0.5):
            g.t("cert_no = '"); g.s_id(pii, 0.6); g.t("'")
        else:
            g.t("mobile = '"); g.s_mobile(pii, 0.6); g.t("'")
        g.t(g.ch([" AND status = 1;\n", " LIMIT 10;\n", ";\n"]))
        if g.p(0.4):
            g.t("UPDATE t_bind_card SET card_no='"); g.s_card(pii, 0.5); g.t("' WHERE bind_id="); g.neg(g.code("", 9), "db_id"); g.t(";\n")
    if g.p(0.6):
        g.t("堆栈：\n")
        cls = g.ch(["BindCardService", "WithholdJob", "CertValidator", "BalanceQueryHandler"])
        g.t(f"java.lang.IllegalStateException: {g.ch(['mobile mismatch', 'cert invalid', 'timeout'])}\n")
        for _ in range(g.r.randint(2, 4)):
            g.t(f"\tat com.bank.{g.ch(['pay', 'core', 'loan', 'gjj'])}.{cls}.{g.ch(['verify', 'bind', 'query', 'run'])}({cls}.java:{g.r.randint(20, 900)})\n")
    if g.p(0.5):
        g.t(g.ch(["备注：", "说明："])); g.t(g.ch(["测试数据均为造数工具生成。", "修复后版本", "已在"]))
        g.neg(g.version(), "version"); g.t(g.ch(["验证通过。", "回归。"]))
        if g.p(0.5):
            g.t("开发负责人："); g.s_name(pii, 0.7, ("title",))


# ------------------------------------------------------------------ 9 campus_card
def campus_card(g: Gen, pii: bool):
    school = g.ch(W.SCHOOLS)
    kind = g.r.randint(0, 2)
    sid = lambda: g.neg(g.code(g.ch(["2024", "2023", "2025"]), 6), "student_number")
    cls = lambda: g.neg(g.ch(W.MAJORS) + g.ch(["2401", "2402", "2301", "2503"]) + "班", "class_name")
    dorm = lambda: g.neg(g.ch(["", "东区", "西区", "紫荆园"]) + f"{g.r.randint(1, 30)}号楼{g.r.randint(1, 7)}{g.r.randint(1, 30):02d}", "dorm_room")
    if kind == 0:
        header(g, [f"{school}新生银行卡开卡通知", "关于新生校园卡（联名借记卡）领取的通知", "2025级新生开卡指引"])
        g.t(g.ch(["各位新同学：", "亲爱的同学们："])); g.t("\n")
        g.t("学校与"); g.neg(g.ch(W.BANKS), "bank_name"); g.t(g.ch(["合作发行校园联名卡，", "已为新生批量预制校园卡，"])); g.t("请于"); g.neg(g.date(), "date"); g.t("前到")
        g.t(g.ch(["学生活动中心一楼", "图书馆东侧", "各学院办公室"])); g.t("领取。")
        g.t(g.ch(["学费代收将于开学后扣划，", "首次激活需设置密码，"])); g.t(g.ch(["请保证卡内余额充足。", "请勿将卡借给他人。", "万一遗失请马上挂失。"]))
        g.t(g.ch(["咨询：", "热线"])); g.neg(g.hotline(), "hotline"); g.t("。\n")
        g.t(g.ch(["辅导员", "联系老师："])); g.s_name(pii, 0.4, ("title",)); g.t(" "); g.s_landline(pii, 0.4)
        if pii:
            g.t(g.ch(["\n附：未领卡名单\n", "\n待领取：\n"]))
            for _ in range(g.r.randint(1, 4)):
                sid(); g.t(" "); g.s_name(pii, 0.8); g.t(" "); cls(); g.t("\n")
    elif kind == 1:
        header(g, ["学费代收名单", "新生开卡信息采集表", "校园卡批量开户清单", "学费代扣协议签约名单"])
        g.t(g.ch(["学号,姓名,班级,宿舍,家长电话\n", "学号 姓名 班级 宿舍 家长电话\n", "序号|学号|姓名|班级|宿舍|家长手机\n"]))
        csv = g.b.text().count(",") >= 4
        bar = "|" in g.b.text()
        sep = "," if csv else ("|" if bar else " ")
        for i in range(g.r.randint(3, 6)):
            if bar:
                g.t(f"{i + 1}|")
            sid(); g.t(sep); g.s_name(pii, 0.8, ("masked",)); g.t(sep); cls(); g.t(sep); dorm(); g.t(sep); g.s_mobile(pii, 0.6); g.t("\n")
        g.t(g.ch(["学费标准：", "代收金额："])); g.neg(g.amount(), "amount"); g.t(g.ch(["/学年。", "，住宿费另计。"]))
        if g.p(0.5):
            g.t("批次号"); g.neg(g.code("XF", 10), "batch_number"); g.t("。")
    else:
        header(g, ["新生开卡申请表", "校园卡开户登记", "港澳台新生开户登记表", "学生借记卡开户申请"])
        hk = g.p(0.35)
        items = [
            ("学生姓名", lambda: g.s_name(pii)),
            ("学号", sid),
            ("班级", cls),
            ("证件类型", lambda: g.t("港澳居民来往内地通行证" if hk else "居民身份证")),
            ("证件号码", (lambda: g.s_permit(pii)) if hk else (lambda: g.s_id(pii))),
            ("本人手机", lambda: g.s_mobile(pii)),
            ("电子邮箱", lambda: g.s_email(pii, 0.6)),
            ("宿舍", dorm),
            ("家庭住址", lambda: g.s_addr(pii)),
            ("家长姓名", lambda: g.s_name(pii, 0.8)),
            ("家长电话", lambda: g.s_mobile(pii)),
            ("家庭电话", lambda: g.s_landline(pii)),
            ("邮寄地址", lambda: g.b.pii(g.student_mail_address(), "ADDRESS") if pii and g.p(0.7) else dorm()),
            ("辅导员", lambda: g.s_name(pii, 0.5, ("title",))),
            ("家长车辆（报到日入校登记）", lambda: g.s_plate(pii, 0.8)),
            ("开户网点", lambda: g.neg(g.branch(), "branch_name")),
        ]
        fields(g, items)
        g.t(g.ch(["本人承诺所填信息真实。", "学校地址："]))
        if g.b.text().endswith("学校地址："):
            g.neg(g.org_address(), "org_address"); g.t("，邮编"); g.neg(g.postcode(), "postcode"); g.t("。")


# ------------------------------------------------------------------ 10 funeral_claim
def funeral_claim(g: Gen, pii: bool):
    kind = g.r.randint(0, 2)
    city = g.ch(W.PLACES)[1]
    hosp = g.hospital(city)
    fh = city + g.ch(W.FUNERAL_HOMES)
    dcert = lambda: g.neg(g.code(g.ch(["", "N", "SW"]), g.ch([10, 11, 12]), False), "death_cert_number")
    if kind == 0:
        header(g, ["已故存款人存款提取申请书", "小额存款简易提取申请", "已故客户存款支取登记表"])
        g.t("已故存款人"); g.s_name(pii); o, c = g.ch([("（身份证号", "）"), ("，生前证件号码", "，")]); g.t(o); g.s_id(pii); g.t(c)
        g.t("于"); g.neg(g.date(), "date"); g.t(g.ch(["因病在", "在"])); g.neg(hosp, "org_name"); g.t("去世，")
        g.t("《居民死亡医学证明（推断）书》编号"); dcert(); g.t("，遗体于"); g.neg(g.date(), "date"); g.t("在"); g.neg(fh, "org_name"); g.t("火化，火化证编号"); g.neg(g.code("HH", 9), "cremation_number"); g.t("。\n")
        g.t(g.ch(["其名下", "死者名下"])); g.t(g.ch(["借记卡", "储蓄账户"])); g.s_card(pii); g.t("余额"); g.neg(g.amount(), "amount")
        g.t(g.ch(["，未超过5万元，申请按简易程序提取。", "，申请由继承人提取。", "。"]))
        g.t("\n继承人情况：\n")
        for _ in range(g.r.randint(1, 4)):
            g.t(g.ch(W.RELATIONS)); g.t(g.ch(["：", " "])); g.s_name(pii, 0.85)
            g.t(g.ch(["，身份证", " 证件号"])); g.s_id(pii, 0.7)
            g.t(g.ch(["，电话", " 手机"])); g.s_mobile(pii, 0.7)
            if g.p(0.35):
                g.t(g.ch(["，住址", "，现住"])); g.s_addr(pii, 0.8)
            g.t("\n")
        if g.p(0.35):
            g.t("另有继承人现居"); g.neg(g.ch(W.COUNTRIES + ["香港", "澳门"]), "country")
            if g.p(0.5):
                g.t("，护照号"); g.s_passport(pii)
            else:
                g.t("，往来港澳通行证"); g.s_permit(pii)
            g.t("，已出具放弃继承声明。\n")
        g.t(g.ch(["申请人承诺：", "声明："])); g.t(g.ch(["如有其他继承人主张权利，由申请人负责退还。", "以上信息真实，万一有误愿承担法律责任。"]))
    elif kind == 1:
        header(g, ["继承公证书", "公证书（存款继承）", "继承权公证书摘录"])
        o, c = g.ch([("（", "）"), ("(", ")")]); g.t(o + str(g.r.randint(2021, 2025)) + c); g.neg(g.ch(["浙杭钱证民字第", "苏宁石证字第", "粤广南方证字第", "川成蜀都证字第"]) + str(g.r.randint(100, 9999)) + "号", "notary_number"); g.t("\n")
        g.t("申请人："); g.s_name(pii); g.t(g.ch(["，男，", "，女，"])); g.t(g.ch(["公民身份号码", "身份证号"])); g.s_id(pii); g.t("，住"); g.s_addr(pii); g.t("。\n")
        g.t("被继承人："); g.s_name(pii); g.t(g.ch(["，生前住", "，生前户籍地"])); g.s_addr(pii); g.t("，于"); g.neg(g.date(), "date"); g.t("死亡。\n")
        g.t(g.ch(["经查，", "兹证明，"])); g.t("被继承人死亡后遗留存款"); g.neg(g.amount(), "amount")
        g.t("（存于"); g.neg(g.ch(W.BANKS), "bank_name"); g.neg(g.branch(), "branch_name"); g.t("，账号"); g.s_card(pii, 0.7); g.t("）")
        if g.p(0.4):
            g.t("及车辆一辆（号牌"); g.s_plate(pii); g.t("）")
        g.t("。被继承人的配偶"); g.s_name(pii, 0.7); g.t(g.ch(["先于其死亡", "声明放弃继承"])); g.t("，")
        g.t("上述遗产由"); g.s_name(pii, 0.7); g.t("继承。\n")
        g.t(g.ch(["公证员：", "承办公证员："])); g.s_name(pii, 0.6, ("title",)); g.t("\n"); g.neg(g.ch(["杭州市钱塘公证处", "南京市石城公证处", "广州市南方公证处", "成都市蜀都公证处"]), "org_name")
        g.t("（地址："); g.neg(g.org_address(), "org_address"); g.t("）\n"); g.neg(g.date(), "date")
    else:
        header(g, ["已故客户存款提取审核记录", "简易提取业务审批单", "继承业务柜面核查记录"])
        items = [
            ("被继承人", lambda: g.s_name(pii)),
            ("死亡日期", lambda: g.neg(g.date(), "date")),
            ("死亡证明编号", dcert),
            ("医疗机构", lambda: g.neg(hosp, "org_name")),
            ("殡葬机构", lambda: g.neg(fh, "org_name")),
            ("账户", lambda: g.s_card(pii)),
            ("余额", lambda: g.neg(g.amount(), "amount")),
            ("申请人", lambda: g.s_name(pii)),
            ("关系", lambda: g.t(g.ch(W.RELATIONS))),
            ("申请人证件", lambda: g.s_id(pii)),
            ("申请人电话", lambda: g.s_mobile(pii)),
            ("收款账户", lambda: g.s_card(pii, 0.7)),
            ("审核意见", lambda: g.t(g.ch(["同意简易提取", "材料齐全，同意", "需补充亲属关系证明", "请马上补充户口簿"]))),
            ("经办", lambda: g.s_name(pii, 0.5, ("title",))),
        ]
        fields(g, items)
        g.t(g.ch(["（依据人民银行等五部门关于简化已故存款人小额存款提取手续的通知办理）", "业务流水号", ""]))
        if g.b.text().endswith("业务流水号"):
            g.neg(g.code("", 20), "serial_number")


# ------------------------------------------------------------------ shared hard-negative chatter
def _sw(g, *words):
    g.neg(g.ch(words) if words else g.ch(W.SURNAME_WORDS), "surname_word")


def _district(g):
    pv, city, dists, roads, _ = g.ch(W.PLACES)
    return g.ch(dists)


CHATTER = [
    lambda g: (_sw(g, "高兴", "很高兴"), g.t("为您服务")),
    lambda g: (g.t("业务"), g.neg("高峰", "name_like"), g.t("时段（"), _sw(g, "周一"), g.t("上午、月末）请错峰办理")),
    lambda g: (_sw(g, "余额"), g.t("变动将"), _sw(g, "马上"), g.t("以短信通知")),
    lambda g: (_sw(g, "万一"), g.t("卡片遗失，请立即致电"), g.neg(g.hotline(), "hotline"), g.t("挂失")),
    lambda g: (g.t("也可在"), g.neg(g.ch(W.BRANDS), "brand"), g.t("或手机银行APP内查询")),
    lambda g: (g.neg(g.ch(W.COUNTRIES), "country"), g.t("籍客户请持有效护照原件办理")),
    lambda g: (g.neg(_district(g), "district"), g.t("辖内网点均可受理")),
    lambda g: (g.t("因"), g.neg(g.ch(W.PLACES)[3][0], "road_no_number"), g.t("道路施工，请绕行")),
    lambda g: (g.neg(g.ch(W.SURNAMES) + g.ch(W.TITLES), "surname_title"), g.t("已电话回访")),
    lambda g: (g.neg(g.ch(W.NAME_LIKE), "name_like"), g.t(g.ch(["小区业主专享利率优惠", "系列理财产品热销中", "号文件精神"]))),
    lambda g: (g.t("向左"), _sw(g, "向上"), g.t("滑动查看更多")),
    lambda g: (_sw(g, "金额"), g.t("以大写"), g.neg(f"人民币{daxie(g.r.randint(100, 99999))}元整", "amount"), g.t("为准")),
    lambda g: (g.t("发票号码"), g.neg(g.safe(lambda: g.digits(8, "0123456789")), "invoice_number"), g.t("，发票代码"), g.neg(g.code("0", 11), "invoice_number")),
    lambda g: (g.t("电子发票号码"), g.neg(g.safe(lambda: g.ch(["24", "25"]) + g.digits(18, "0123456789"), substrings=False), "invoice_number")),
    lambda g: (g.t("邮政编码"), g.neg(g.postcode(), "postcode")),
    lambda g: (g.t("系统版本"), g.neg(g.version(), "version")),
    lambda g: (g.t("凭证号"), g.neg(g.code(g.ch(["PZ", "", "NO."]), 10), "doc_number")),
    lambda g: (g.t("如对"), _sw(g, "费用", "金额", "计划"), g.t("有疑问，请于"), g.neg(g.date(), "date"), g.t("前反馈")),
    lambda g: (g.t("本通知由"), g.neg(g.ch(W.BANKS), "bank_name"), g.neg(g.ch(W.PLACES)[1], "city"), g.t("分行发布")),
    lambda g: (_sw(g, "白天"), g.t("营业时间9:00-17:00，"), _sw(g, "周末"), g.t("部分网点照常营业")),
    lambda g: (g.t("客户经理"), g.neg(g.ch(W.SURNAMES) + g.ch(["某", "某某"]), "mou"), g.t("负责跟进")),
    lambda g: (g.t("请勿向他人透露验证码"), g.neg(g.vcode(), "verification_code")),
    lambda g: (g.t("请认准官方热线"), g.neg(g.hotline(), "hotline"), g.t("，谨防诈骗")),
    lambda g: (g.neg(g.ch(["华夏", "安宁", "金鑫", "永安", "鸿运"]), "name_like"), g.t(g.ch(["大厦", "广场", "商城"])), g.t("自助银行24小时开放")),
    lambda g: (g.t("示例卡号"), g.neg(g.masked_card(), "masked_card"), g.t("、示例手机"), g.neg(g.masked_mobile(), "masked_mobile"), g.t("仅供演示")),
    lambda g: (g.t("案件编号"), g.neg(g.code(g.ch(["AJ", "FZ", "JB"]), 12), "case_number")),
    lambda g: (g.t("请于"), g.neg(g.date(), "date"), g.t(" "), g.neg(g.time(), "time"), g.t("前完成")),
    lambda g: (g.t("详询"), g.neg(g.ch(W.BANKS), "bank_name"), g.neg(g.ch(W.PLACES)[2][0].rstrip("区") + "支行", "branch_name"), g.t("（"), g.neg(g.org_address(), "org_address"), g.t("）")),
]


def extras(g: Gen):
    n = g.ch([0, 1, 1, 2, 2, 3])
    if not n:
        return
    ends = g.b.text()[-1:]
    if ends in ("\n", "。", "！", "）", ""):
        g.t(g.ch(["\n温馨提示：", "\n备注：", "\n提示：", "\n※ ", "\nPS："]).lstrip("\n" if ends == "\n" else ""))
    else:
        g.t(g.ch(["\n温馨提示：", "\n备注：", "。", "\n※ ", "\nPS："]))
    picks = g.r.sample(range(len(CHATTER)), n)
    for k, i in enumerate(picks):
        if k:
            g.t(g.ch(["；", "，", "。"]))
        CHATTER[i](g)
    g.t(g.ch(["。", "", "！"]))


def _with_extras(f):
    def run(g: Gen, pii: bool):
        if g.p(0.15):
            g.t(g.ch(["转发：", "[内部资料] ", "（副本）", "FW: "]))
        f(g, pii)
        extras(g)
    run.__name__ = f.__name__
    run.__doc__ = f.__doc__
    return run


_BASE = {
    "housing_fund": housing_fund, "precious_metal": precious_metal, "quickpay_log": quickpay_log,
    "appointment_sms": appointment_sms, "prize_list": prize_list, "interview_record": interview_record,
    "dormant_account": dormant_account, "bug_ticket": bug_ticket, "campus_card": campus_card,
    "funeral_claim": funeral_claim,
}
GENRES = {k: _with_extras(f) for k, f in _BASE.items()}
