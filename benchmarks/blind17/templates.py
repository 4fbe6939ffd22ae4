"""Builder, value makers, hard-negative makers and one template function per genre (blind17).

The :class:`Builder` appends text piece by piece and records each PII span's offsets at the
moment the value is written; nothing is ever found again by searching the text.

Templates are small strings: ``«a|b|c»`` picks one phrasing, ``{slot}`` or ``{slot:arg}`` calls a
slot writer. A *PII slot* (``name``, ``addr``, ``id``, ``mobile``...) writes either a personal value
(with a span) or a hard negative of the same kind (masked value, placeholder, ``张某``...), so
PII-free and PII records share every sentence. *Filler slots* (dates, amounts, branch names,
serial numbers...) always write look-alikes that no identifier validator accepts.
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
from cnpii.identifiers import passport as PASS
from cnpii.identifiers import resident_id as RID
from cnpii.identifiers import uscc as USCC

import words as W

# --------------------------------------------------------------------------------------------
# validators and the look-alike scan

EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IP_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def _email_ok(s: str) -> bool:
    return bool(EMAIL_RE.fullmatch(s))


def _ip_ok(s: str) -> bool:
    try:
        ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return True


ID_VALIDATORS = {
    "CN_ID_CARD": RID.is_valid,
    "CN_MOBILE": MOB.is_valid,
    "CN_LANDLINE": LAND.is_valid,
    "BANK_CARD": CARD.is_valid,
    "CN_PASSPORT": PASS.is_valid,
    "CN_HK_MACAU_PERMIT": HKM.is_valid,
    "CN_USCC": USCC.is_valid,
    "LICENSE_PLATE": PLATE.is_valid,
}
PERSON_RE = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}")
ADDRESS_MARKS = "省市区县镇乡村组路街道号弄巷栋幢楼室单元"


def _person_ok(s: str) -> bool:
    return bool(PERSON_RE.fullmatch(s))


def _address_ok(s: str) -> bool:
    return len(s) >= 8 and sum(c in ADDRESS_MARKS for c in s) >= 3 and "*" not in s


VALIDATORS = dict(ID_VALIDATORS, EMAIL=_email_ok, IP_ADDRESS=_ip_ok, PERSON=_person_ok,
                  ADDRESS=_address_ok)

_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_FW.update({chr(0xFF21 + i): chr(65 + i) for i in range(26)})
_FW.update({chr(0xFF41 + i): chr(97 + i) for i in range(26)})
_FW.update({"\u3000": " ", "－": "-", "（": "(", "）": ")", "＋": "+", "．": ".", "＠": "@"})
_PLATE_CJK = set(W.PROVINCE_ABBR) | set("使领挂学警港澳")
_SEPS = set(" -·()+")


def _norm(text: str) -> str:
    return "".join(_FW.get(c, c) for c in text)


def _cls(c: str) -> str | None:
    if c.isascii() and c.isdigit():
        return "d"
    if c.isascii() and c.isalpha():
        return "l"
    if c in _PLATE_CJK:
        return "c"
    return None


def _runs(norm: str):
    """Runs of digit/letter/plate-character groups joined by at most 3 separator characters."""
    runs, cur, i, n = [], [], 0, len(norm)
    while i < n:
        k = _cls(norm[i])
        if k:
            j = i + 1
            if k != "c":
                while j < n and _cls(norm[j]) == k:
                    j += 1
            cur.append((i, j))
            i = j
            continue
        if norm[i] in _SEPS and cur:
            j = i
            while j < n and norm[j] in _SEPS and j - i < 3:
                j += 1
            if j < n and _cls(norm[j]):
                i = j
                continue
        if cur:
            runs.append(cur)
            cur = []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def lookalikes(text: str, spans=()):
    """Substrings that some validator accepts and that overlap no span: ``[(start, end, label)]``.

    Candidates are every substring that starts at the start of a group and ends at the end of a
    group (a group is a run of digits, of ASCII letters, or one plate character such as 粤 or 挂;
    groups joined by spaces, dashes, dots, brackets or ``+`` stay in one run), plus every dotted
    quad and every e-mail-shaped string.
    """
    norm = _norm(text)
    taken = [(s["start"], s["end"]) for s in spans]

    def free(a, b):
        return all(b <= s or a >= e for s, e in taken)

    out = []
    for run in _runs(norm):
        for a in range(len(run)):
            for b in range(a, min(len(run), a + 14)):
                s, e = run[a][0], run[b][1]
                if e - s > 30 or not free(s, e):
                    continue
                piece = text[s:e]
                for label, ok in ID_VALIDATORS.items():
                    if ok(piece):
                        out.append((s, e, label))
    for m in IP_RE.finditer(norm):
        if _ip_ok(m.group()) and free(m.start(), m.end()):
            out.append((m.start(), m.end(), "IP_ADDRESS"))
    for m in EMAIL_RE.finditer(norm):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), "EMAIL"))
    return out


def clean(value: str) -> bool:
    return not lookalikes(value)


# --------------------------------------------------------------------------------------------
# the builder


class Builder:
    """Appends text and records spans as values are written."""

    def __init__(self, rng, pii: bool, p_personal: float = 0.75):
        self.rng = rng
        self.pii = pii
        self.p = p_personal
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: Counter = Counter()
        self.cache: dict = {}
        self.prose = False
        self.csv = False

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def span(self, s: str, label: str) -> None:
        start = self.n
        self.add(s)
        self.spans.append({"start": start, "end": self.n, "label": label})

    def neg(self, s: str, kind: str) -> None:
        self.negs[kind] += 1
        self.add(s)

    def personal(self) -> bool:
        return self.pii and self.rng.random() < self.p

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
# small helpers


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def digits(rng, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def pick_clean(rng, maker, tries: int = 200) -> str:
    for _ in range(tries):
        v = maker(rng)
        if clean(v):
            return v
    raise RuntimeError("no clean look-alike found")


CN_NUM = "零一二三四五六七八九十"


# --------------------------------------------------------------------------------------------
# personal value makers


def person_name(rng) -> str:
    r = rng.random()
    if r < 0.04:
        return rng.choice(W.MINORITY_NAMES)
    sur = rng.choice(W.COMPOUND_SURNAMES) if r < 0.09 else rng.choice(W.SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    if len(sur) == 2:
        n = rng.choice([1, 1, 2])
    return sur + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(n))


def child_name(rng) -> str:
    sur = rng.choice(W.SURNAMES)
    return sur + rng.choice(W.GIVEN_CHARS + W.CHILD_GIVEN) + ("" if rng.random() < 0.3 else rng.choice(W.CHILD_GIVEN))


def _region(rng):
    if rng.random() < 0.18:
        city, dists = rng.choice(W.MUNICIPALITIES)
        return "", city, rng.choice(dists)
    prov, city, dists = rng.choice(W.REGIONS)
    return prov, city, rng.choice(dists)


def _prefix(rng, prov, city, dist, keep_prov=0.6):
    out = prov if prov and rng.random() < keep_prov else ""
    return out + city + dist


def _room(rng):
    return f"{rng.randint(1, 33)}{rng.randint(0, 4)}{rng.randint(1, 8)}室".replace("0室", "1室")


def address(rng, kind: str = "any") -> str:
    """A natural person's address in one of many shapes."""
    prov, city, dist = _region(rng)
    if kind == "rural" or (kind == "any" and rng.random() < 0.3):
        if not prov:
            prov, city, dists = rng.choice(W.REGIONS)
            dist = rng.choice(dists)
        s = _prefix(rng, prov, city, dist, 0.7)
        if rng.random() < 0.2:
            s = dist
        s += rng.choice(W.TOWNS) + rng.choice(W.VILLAGES)
        r = rng.random()
        if r < 0.45:
            s += rng.choice(W.GROUP_NUMS) + f"{rng.randint(1, 99)}号"
        elif r < 0.7:
            s += rng.choice(W.GROUP_NUMS)
        elif r < 0.85:
            s += f"{rng.randint(1, 160)}号"
        else:
            s += rng.choice(["东头", "西街", "南队", "北组"]) + f"{rng.randint(1, 60)}号"
        return s
    shape = rng.choice(["estate", "estate", "road", "lane", "avenue", "zone", "street", "estate_bare"])
    base = _prefix(rng, prov, city, dist)
    if shape == "estate":
        return (base + rng.choice(W.ROADS) + f"{rng.randint(1, 999)}号" + rng.choice(W.ESTATES)
                + f"{rng.randint(1, 32)}{rng.choice(W.BUILD_UNITS)}"
                + (f"{rng.randint(1, 6)}单元" if rng.random() < 0.7 else "") + _room(rng))
    if shape == "estate_bare":
        return (base + rng.choice(W.ESTATES) + f"{rng.randint(1, 40)}{rng.choice(W.BUILD_UNITS)}"
                + f"{rng.randint(1, 4)}单元" + _room(rng))
    if shape == "road":
        s = base + rng.choice(W.ROADS) + f"{rng.randint(1, 888)}号"
        r = rng.random()
        if r < 0.3:
            s += f"院{rng.randint(1, 12)}号楼{rng.randint(1, 6)}0{rng.randint(1, 4)}"
        elif r < 0.5:
            s += f"附{rng.randint(1, 9)}号"
        return s
    if shape == "lane":
        road = rng.choice(W.LANE_ROADS)
        if road.endswith("巷"):
            return base + road + f"{rng.randint(1, 88)}号" + (_room(rng) if rng.random() < 0.4 else "")
        return base + road + f"{rng.randint(10, 999)}{rng.choice(W.LANES)}{rng.randint(1, 60)}号" + _room(rng)
    if shape == "avenue":
        return (base + rng.choice(W.AVENUES) + f"{rng.randint(1, 2999)}号" + rng.choice(W.ESTATES)
                + f"{rng.randint(1, 20)}{rng.choice(W.BUILD_UNITS)}" + _room(rng))
    if shape == "zone":
        return (city + rng.choice(W.ZONES) + rng.choice(W.ROADS + W.AVENUES) + f"{rng.randint(1, 300)}号"
                + rng.choice(W.ESTATES) + f"{rng.randint(1, 20)}{rng.choice(W.BUILD_UNITS)}" + _room(rng))
    # street: county / 街道 + road + number
    return base + rng.choice([t for t in W.TOWNS if t.endswith("街道")]) + rng.choice(W.ROADS) + f"{rng.randint(1, 400)}号"


def org_address(rng) -> str:
    """An organisation's address, written like a person's (a hard negative)."""
    prov, city, dist = _region(rng)
    s = _prefix(rng, prov, city, dist, 0.3) + rng.choice(W.ROADS + W.AVENUES) + f"{rng.randint(1, 999)}号"
    r = rng.random()
    if r < 0.3:
        s += rng.choice(["政务服务中心", "市民中心", "行政服务大厅", "综合楼", "金融大厦", "商务中心"]) + rng.choice(
            ["一楼", "二楼", "B区", "3楼", "东座"])
    elif r < 0.5:
        s += f"{rng.choice(W.COMPANY_HEADS)}大厦{rng.randint(2, 28)}楼"
    return s


def masked_address(rng) -> str:
    a = address(rng)
    keep = rng.randint(5, min(12, len(a) - 3))
    stars = rng.choice(["****", "******", "*" * (len(a) - keep), "××××"])
    return a[:keep] + stars


def region_only(rng) -> str:
    prov, city, dist = _region(rng)
    r = rng.random()
    if r < 0.4:
        return _prefix(rng, prov, city, dist, 0.8)
    if r < 0.7:
        return dist + rng.choice(W.TOWNS)
    return city + dist + rng.choice(W.ROADS)


ADDRESS_PLACEHOLDERS = ["同户籍地址", "详见身份证", "××省××市××区××路××号", "（未填写）", "与上栏一致", "略",
                        "同上", "见附件", "不详", "待补充", "XX县XX镇XX村"]


def _id_in_years(rng, lo: int, hi: int) -> str:
    v = RID.generate(rng)
    for _ in range(200):
        if lo <= int(v[6:10]) <= hi:
            break
        v = RID.generate(rng)
    return v


def resident_id_value(rng, who: str | None = None) -> str:
    if who == "child":
        v = _id_in_years(rng, 2018, 2022)
    elif rng.random() < 0.04:
        v = RID.generate(rng, document="legacy_15")
    else:
        v = _id_in_years(rng, 1942, 2003)
    r = rng.random()
    if r < 0.1 and v.endswith("X"):
        out = v[:-1] + "x"
    elif r < 0.25 and len(v) == 18:
        out = RID.format(v)
    elif r < 0.32:
        out = fullwidth(v)
    elif r < 0.37 and len(v) == 18:
        out = f"{v[:6]}-{v[6:14]}-{v[14:]}"
    else:
        out = v
    return out if RID.is_valid(out) else v


def mobile_value(rng) -> str:
    v = MOB.generate(rng)
    r = rng.random()
    forms = [v, v, v, MOB.format(v), f"{v[:3]}-{v[3:7]}-{v[7:]}", "+86" + v, "+86 " + v, "0086-" + v,
             "+86 " + MOB.format(v), fullwidth(v), "(+86)" + v, "86-" + v]
    out = forms[int(r * len(forms))]
    return out if MOB.is_valid(out) else v


def landline_value(rng) -> str:
    v = LAND.format(LAND.generate(rng))
    ext = ""
    if "转" in v:
        v, ext = v.split("转")
    area, local = v.split("-")
    sp = local[:len(local) - 4] + " " + local[-4:]
    forms = [f"{area}-{local}", f"{area}-{local}", f"({area}){local}", f"（{area}）{sp}", f"{area} {sp}",
             f"{area}{local}", f"+86 {area[1:]} {sp}", f"{area}-{local}"]
    out = rng.choice(forms)
    if ext and rng.random() < 0.6:
        out += rng.choice(["转", " 转", "-", " ext."]) + ext
    return out if LAND.is_valid(out) else f"{area}-{local}"


BINS = ["622202", "622848", "622700", "621700", "621661", "622588", "621483", "622260", "621799", "623062",
        "622845", "622208", "625807", "621226"]


def card_value(rng) -> str:
    v = CARD.generate(rng, bin=rng.choice(BINS)) if rng.random() < 0.7 else CARD.generate(rng)
    r = rng.random()
    if r < 0.35:
        out = CARD.format(v)
    elif r < 0.45:
        out = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif r < 0.5:
        out = fullwidth(v)
    else:
        out = v
    return out if CARD.is_valid(out) else v


PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma", "hu",
          "guo", "lin", "he", "gao", "luo", "zheng", "xiaoming", "lily", "tiger", "sunny", "jun", "fang", "hui",
          "xiao", "yu", "mei", "lei", "bo", "ting", "hao", "jie"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com", "139.com",
                "yeah.net", "hotmail.com", "sohu.com", "aliyun.com"]


def email_value(rng) -> str:
    r = rng.random()
    if r < 0.3:
        local = digits(rng, rng.randint(6, 10))
    elif r < 0.7:
        local = rng.choice(PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(PINYIN) + (
            str(rng.randint(1, 99)) if rng.random() < 0.5 else "")
    else:
        local = rng.choice(PINYIN) + str(rng.randint(1970, 2012))
    return local + "@" + rng.choice(MAIL_DOMAINS)


def ip_value(rng) -> str:
    first = rng.choice([36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 112, 113, 114, 115, 116, 117, 119, 120, 121,
                        122, 123, 124, 171, 175, 180, 182, 183, 202, 211, 218, 219, 220, 221, 222, 223])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def passport_value(rng) -> str:
    v = PASS.generate(rng)
    r = rng.random()
    out = v.lower() if r < 0.08 else fullwidth(v) if r < 0.13 else v
    return out if PASS.is_valid(out) else v


def permit_value(rng) -> str:
    v = HKM.generate(rng)
    if len(v) == 11 and rng.random() < 0.3:
        v2 = v[:9] + " " + v[9:]
        if HKM.is_valid(v2):
            return v2
    return v


def uscc_value(rng) -> str:
    return USCC.generate(rng)


def plate_value(rng) -> str:
    v = PLATE.generate(rng)
    while v.startswith("使") or v[-1] in "使领":
        v = PLATE.generate(rng)
    r = rng.random()
    if r < 0.3:
        out = PLATE.format(v)
    elif r < 0.4:
        out = v[:2] + " " + v[2:]
    elif r < 0.45:
        out = v[:2] + "-" + v[2:]
    else:
        out = v
    return out if PLATE.is_valid(out) else v


# --------------------------------------------------------------------------------------------
# hard-negative makers (every number is drawn until no validator accepts any part of it)


def _mask_mid(s: str, keep_l: int, keep_r: int, ch: str = "*") -> str:
    return s[:keep_l] + ch * (len(s) - keep_l - keep_r) + s[len(s) - keep_r:]


def neg_name(rng):
    s = rng.choice(W.SURNAMES)
    g = rng.choice(W.GIVEN_CHARS)
    return rng.choice([
        (s + "某", "mou_name"), (s + "某某", "mou_name"), (s + rng.choice(W.TITLES), "surname_title"),
        (s + "*", "masked_name"), (s + "*" + g, "masked_name"), (s + "**", "masked_name"),
        (s + "×" + g, "masked_name"), (s + rng.choice(["女士", "先生"]), "surname_title"),
    ])


def neg_id(rng):
    v = RID.generate(rng)
    r = rng.random()
    if r < 0.45:
        return rng.choice([_mask_mid(v, 6, 4), _mask_mid(v, 3, 4), _mask_mid(v, 1, 1), _mask_mid(v, 4, 2),
                           v[:6] + "********" + v[14:]]), "masked_id"
    if r < 0.8:
        for c in "0123456789X":
            w = v[:17] + c
            if c != v[17] and clean(w):
                return w, "bad_check_id"
    return "尾号" + v[-4:], "id_tail"


def neg_mobile(rng):
    v = MOB.generate(rng)
    r = rng.random()
    if r < 0.45:
        return rng.choice([_mask_mid(v, 3, 4), v[:3] + " **** " + v[7:], _mask_mid(v, 3, 2)]), "masked_mobile"
    if r < 0.65:
        return pick_clean(rng, lambda g: g.choice(["154", "140", "141", "143", "144", "160", "194"]) + digits(g, 8, "0123456789")), "bad_segment_mobile"
    if r < 0.85:
        return rng.choice(W.HOTLINES), "hotline"
    return "尾号" + v[-4:], "mobile_tail"


def neg_landline(rng):
    v = LAND.format(LAND.generate(rng)).split("转")[0]
    area, local = v.split("-")
    if rng.random() < 0.55:
        return area + "-" + _mask_mid(local, 0, 2), "masked_landline"
    return rng.choice(["400-" + digits(rng, 3) + "-" + digits(rng, 4, "0123456789"),
                       "800-" + digits(rng, 3) + "-" + digits(rng, 4, "0123456789"),
                       rng.choice(W.HOTLINES)]), "hotline"


def neg_card(rng):
    v = CARD.generate(rng, bin=rng.choice(BINS))
    r = rng.random()
    if r < 0.4:
        return rng.choice([v[:4] + " **** **** " + v[-4:], _mask_mid(v, 6, 4), v[:6] + "******" + v[-4:],
                           "**** **** **** " + v[-4:]]), "masked_card"
    if r < 0.75:
        def bad(g):
            w = CARD.generate(g, bin=g.choice(BINS))
            return w[:-1] + str((int(w[-1]) + g.randint(1, 9)) % 10)
        w = pick_clean(rng, bad)
        return (" ".join(w[i:i + 4] for i in range(0, len(w), 4)) if rng.random() < 0.4 else w), "luhn_fail_card"
    return "尾号" + v[-4:], "card_tail"


def neg_email(rng):
    v = email_value(rng)
    local, dom = v.split("@")
    return local[:1] + "***@" + dom if rng.random() < 0.7 else local[:2] + "****@" + dom, "masked_email"


def neg_ip(rng):
    v = ip_value(rng).split(".")
    if rng.random() < 0.6:
        return f"{v[0]}.{v[1]}.*.*", "masked_ip"
    return f"V{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", "version"


def neg_passport(rng):
    v = PASS.generate(rng)
    return _mask_mid(v, 1, 2) if rng.random() < 0.6 else v[:2] + "*****" + v[-2:], "masked_passport"


def neg_permit(rng):
    v = HKM.generate(rng)
    return _mask_mid(v, 1, 3), "masked_permit"


def neg_uscc(rng):
    v = USCC.generate(rng)
    if rng.random() < 0.5:
        return _mask_mid(v, 8, 2), "masked_uscc"
    for c in "0123456789ABCDEFGHJKLMNPQRTUWXY":
        w = v[:17] + c
        if c != v[17] and clean(w):
            return w, "bad_check_uscc"
    return _mask_mid(v, 8, 2), "masked_uscc"


def neg_plate(rng):
    v = PLATE.generate(rng)
    while v.startswith("使") or not v[0] in W.PROVINCE_ABBR:
        v = PLATE.generate(rng)
    r = rng.random()
    if r < 0.7:
        return v[:2] + "·" + "***" + v[-2:] if rng.random() < 0.5 else v[:3] + "***" + v[-1], "masked_plate"
    return rng.choice(["临时号牌", "未上牌", "（无）", "待登记"]), "plate_placeholder"


# fillers -------------------------------------------------------------------------------------


def date_str(rng) -> str:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
                       f"{y}年{m:02d}月{d:02d}日"])


def time_str(rng) -> str:
    return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"


AMOUNT_RANGES = {"s": (60, 3000), "m": (1000, 60000), "l": (50000, 1500000)}


def amount_str(rng, size: str | None = None) -> str:
    lo, hi = AMOUNT_RANGES.get(size or rng.choice("sml"))
    v = rng.randint(lo, hi)
    c = rng.randint(0, 99)
    return rng.choice([f"{v:,}.{c:02d}元", f"¥{v:,}.{c:02d}", f"{v}元", f"人民币{v:,}.00元", f"{v / 10000:.2f}万元"])


def _trace(g):
    return g.choice([
        lambda: digits(g, g.choice([20, 21, 22, 24, 26])),
        lambda: "T" + str(g.randint(2020, 2025)) + digits(g, 14, "0123456789"),
        lambda: "LS" + digits(g, 16),
        lambda: "SN" + str(g.randint(2020, 2025)) + f"{g.randint(1, 12):02d}" + digits(g, 10, "0123456789"),
    ])()


def _order(g):
    return g.choice([lambda: digits(g, g.choice([16, 17, 19])), lambda: "DD" + digits(g, 14),
                     lambda: "ORD-" + digits(g, 6) + "-" + digits(g, 6), lambda: "P" + digits(g, 18)])()


def _merchant(g):
    return "898" + digits(g, 12, "0123456789")


def _terminal(g):
    return digits(g, 8) if g.random() < 0.5 else "T" + digits(g, 7)


def _batch(g):
    return g.choice([lambda: digits(g, 6, "0"), lambda: "PC" + str(g.randint(2020, 2025)) + digits(g, 4, "0123456789"),
                     lambda: "第" + str(g.randint(1, 12)) + "批"])()


def _case(g):
    y = g.randint(2019, 2025)
    return g.choice([
        lambda: f"（{y}）{g.choice(W.PROVINCE_ABBR)}{digits(g, 4)}{g.choice(['刑初', '民初', '行审', '执'])}{g.randint(1, 9999)}号",
        lambda: "A" + digits(g, 21, "0123456789"),
        lambda: "J" + digits(g, 19),
        lambda: f"{g.choice(['受', '认字', '鉴', '案'])}〔{y}〕{g.randint(1, 999)}号",
    ])()


def _contract(g):
    y = g.randint(2016, 2025)
    return g.choice([
        lambda: f"HT-{y}-{g.randint(1, 12):02d}{g.randint(1, 28):02d}-{g.randint(1, 999):03d}",
        lambda: f"{g.choice(['借', '协', '合'])}〔{y}〕第{g.randint(1, 9999):04d}号",
        lambda: "GRDK" + str(y) + digits(g, 9, "0123456789"),
        lambda: f"{y}{digits(g, 4, '0123456789')}-JK-{g.randint(10, 99)}",
        lambda: "DY" + digits(g, 12),
    ])()


def _vcode(g):
    return digits(g, g.choice([4, 6]), "0123456789")


def _postcode(g):
    return g.choice(["4", "2", "5", "6", "1", "3"]) + digits(g, 5, "0123456789")


def _errcode(g):
    return g.choice([lambda: "E" + digits(g, 5), lambda: "ERR-" + digits(g, 4), lambda: "RC=" + digits(g, 3),
                     lambda: "0x" + "".join(g.choice("0123456789ABCDEF") for _ in range(4))])()


def _plot(g):
    return digits(g, 19) + ("JC" + digits(g, 5) if g.random() < 0.3 else "")


def _property_cert(g):
    return f"{g.choice(W.PROVINCE_ABBR)}（{g.randint(2012, 2024)}）{g.choice(['深圳市', '武汉市', '成都市', '周口市', '杭州市'])}不动产权第{digits(g, 7, '0123456789')}号"


def _archive(g):
    return digits(g, 12)


def _vin(g):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "L" + "".join(g.choice(al) for _ in range(7)) + g.choice("0123456789X") + "".join(
        g.choice(al) for _ in range(2)) + digits(g, 6, "0123456789")


def _opcert(g):
    return f"{g.choice(W.PROVINCE_ABBR)}交运管{g.choice(['许可', '网约'])}字{digits(g, 12)}号"


def _vetcert(g):
    return g.choice([lambda: "YD" + digits(g, 10), lambda: f"退字第{g.randint(2005, 2024)}{digits(g, 6, '0123456789')}号"])()


def _corp_account(g):
    return digits(g, g.choice([17, 18, 21, 23]))


def _student(g):
    return "YE" + str(g.randint(2019, 2024)) + digits(g, 5, "0123456789")


FILLER_MAKERS = {
    "trace": (_trace, "trace_no"), "order": (_order, "order_no"), "merchant": (_merchant, "merchant_no"),
    "terminal": (_terminal, "terminal_no"), "batch": (_batch, "batch_no"), "case": (_case, "case_no"),
    "contract": (_contract, "contract_no"), "vcode": (_vcode, "verification_code"),
    "postcode": (_postcode, "postcode"), "errcode": (_errcode, "error_code"), "plot": (_plot, "plot_code"),
    "cert": (_property_cert, "property_cert_no"), "archive": (_archive, "licence_archive_no"),
    "vin": (_vin, "vin"), "opcert": (_opcert, "operating_cert_no"), "vetcert": (_vetcert, "veteran_cert_no"),
    "corpacct": (_corp_account, "corporate_account"), "student": (_student, "pupil_no"),
}


# --------------------------------------------------------------------------------------------
# slots


def _ident_slot(maker, negmaker, label):
    def slot(b, arg):
        if b.personal():
            b.span(maker(b.rng, arg) if maker is resident_id_value else maker(b.rng), label)
        else:
            v, kind = negmaker(b.rng)
            b.neg(v, kind)
    return slot


def slot_name(b, arg, child=False):
    key = ("name", arg or b.rng.random())
    if key not in b.cache:
        if b.personal():
            b.cache[key] = (child_name(b.rng) if child else person_name(b.rng), None)
        elif child:
            s, g = b.rng.choice(W.SURNAMES), b.rng.choice(W.CHILD_GIVEN)
            b.cache[key] = b.rng.choice([(s + "某", "mou_name"), (s + "*", "masked_name"), (s + "*" + g, "masked_name"),
                                         (s + "**", "masked_name"), ("小" + s, "name_like_nick")])
        else:
            b.cache[key] = neg_name(b.rng)
    v, kind = b.cache[key]
    if kind is None:
        b.span(v, "PERSON")
    else:
        b.neg(v, kind)


def slot_staff(b, arg):
    key = ("staff", arg or "0")
    if key not in b.cache:
        if b.personal():
            b.cache[key] = (person_name(b.rng), None)
        else:
            s = b.rng.choice(W.SURNAMES)
            b.cache[key] = b.rng.choice([(s + b.rng.choice(W.TITLES), "surname_title"), (s + "某", "mou_name"),
                                         ("工号" + digits(b.rng, 5), "staff_no"), (s + "*", "masked_name")])
    v, kind = b.cache[key]
    if kind is None:
        b.span(v, "PERSON")
    else:
        b.neg(v, kind)


def slot_addr(b, arg):
    kind = arg or "any"
    if b.pii and b.rng.random() < 0.9:
        b.span(address(b.rng, kind), "ADDRESS")
        return
    r = b.rng.random()
    if b.prose:
        r *= 0.7  # placeholders such as 与上栏一致 only fit forms
    if r < 0.35:
        b.neg(masked_address(b.rng), "masked_address")
    elif r < 0.65:
        b.neg(region_only(b.rng), "region_only_address")
    else:
        b.neg(b.rng.choice(ADDRESS_PLACEHOLDERS), "placeholder_address")


def slot_doc(b, arg):
    """An identity document of a kind the field label leaves open: ID card, passport or permit."""
    r = b.rng.random()
    if r < 0.5:
        SLOTS["id"](b, None)
    elif r < 0.8:
        b.add(b.rng.choice(["护照 ", "护照：", "护照号", ""]))
        SLOTS["passport"](b, None)
    else:
        b.add(b.rng.choice(["港澳通行证 ", "往来港澳通行证：", "回乡证", "通行证号"]))
        SLOTS["permit"](b, None)


def slot_filler(kind):
    maker, label = FILLER_MAKERS[kind]

    def slot(b, arg):
        b.neg(pick_clean(b.rng, maker), label)
    return slot


def _choice_slot(items, label):
    def slot(b, arg):
        b.neg(b.rng.choice(items), label)
    return slot


def slot_branch(b, arg):
    bank = b.rng.choice(W.BANKS)
    prov, city, dist = _region(b.rng)
    place = b.rng.choice([city.rstrip("市"), dist.rstrip("区县市"), b.rng.choice(W.TOWNS)[:2]])
    b.neg(bank + place + b.rng.choice(W.BRANCH_SUFFIX), "branch_name")


def slot_company(b, arg):
    prov, city, dist = _region(b.rng)
    place = b.rng.choice([city.rstrip("市"), dist.rstrip("区县市")])
    b.neg(place + b.rng.choice(W.COMPANY_HEADS) + b.rng.choice(W.COMPANY_TAILS), "company_name")


def slot_agency(b, arg):
    prov, city, dist = _region(b.rng)
    place = b.rng.choice([city, dist])
    name = b.rng.choice(W.AGENCIES[arg])
    if name[0] in "县区市":
        name = name[1:]
    b.neg(place + name, "agency_name")


def slot_place(b, arg):
    prov, city, dist = _region(b.rng)
    b.neg(b.rng.choice([city, dist, prov or city, b.rng.choice(W.TOWNS)]), "place")


def slot_word(b, arg):
    b.neg(b.rng.choice(W.FILLER_SENTENCES), "surname_word")


def slot_nick(b, arg):
    b.neg(b.rng.choice(W.NICK_CHILD) + b.rng.choice(W.NICK_SUFFIX), "name_like_nick")


def slot_kg(b, arg):
    prov, city, dist = _region(b.rng)
    pre = b.rng.choice(["", dist, city, dist.rstrip("区县市") + "区"])
    b.neg(pre + b.rng.choice(W.KINDERGARTENS) + b.rng.choice(["幼儿园", "双语幼儿园", "实验幼儿园"]), "kindergarten_name")


SLOTS = {
    "name": slot_name,
    "child": lambda b, a: slot_name(b, a, child=True),
    "staff": slot_staff,
    "addr": slot_addr,
    "orgaddr": lambda b, a: b.neg(org_address(b.rng), "org_address"),
    "region": lambda b, a: b.neg(region_only(b.rng), "region_only_address"),
    "id": _ident_slot(resident_id_value, neg_id, "CN_ID_CARD"),
    "mobile": _ident_slot(mobile_value, neg_mobile, "CN_MOBILE"),
    "landline": _ident_slot(landline_value, neg_landline, "CN_LANDLINE"),
    "card": _ident_slot(card_value, neg_card, "BANK_CARD"),
    "email": _ident_slot(email_value, neg_email, "EMAIL"),
    "ip": _ident_slot(ip_value, neg_ip, "IP_ADDRESS"),
    "passport": _ident_slot(passport_value, neg_passport, "CN_PASSPORT"),
    "permit": _ident_slot(permit_value, neg_permit, "CN_HK_MACAU_PERMIT"),
    "uscc": _ident_slot(uscc_value, neg_uscc, "CN_USCC"),
    "plate": _ident_slot(plate_value, neg_plate, "LICENSE_PLATE"),
    "doc": lambda b, a: slot_doc(b, a),
    "date": lambda b, a: b.neg(date_str(b.rng), "date"),
    "time": lambda b, a: b.neg(time_str(b.rng), "time"),
    "amount": lambda b, a: b.neg(amount_str(b.rng, a).replace(",", "") if b.csv else amount_str(b.rng, a), "amount"),
    "bank": _choice_slot(W.BANKS, "bank_name"),
    "bankshort": _choice_slot(W.BANK_SHORT, "bank_name"),
    "branch": slot_branch,
    "company": slot_company,
    "agency": slot_agency,
    "hotline": _choice_slot(W.HOTLINES, "hotline"),
    "place": slot_place,
    "word": slot_word,
    "nick": slot_nick,
    "kg": slot_kg,
    "country": _choice_slot(W.COUNTRIES, "country"),
    "univ": _choice_slot(W.UNIVERSITIES, "name_like_org"),
    "platform": _choice_slot(W.RIDE_PLATFORMS, "brand"),
    "carbrand": _choice_slot(W.CAR_BRANDS, "brand"),
    "phonebrand": _choice_slot(W.PHONE_BRANDS, "brand"),
    "app": _choice_slot(W.APPS, "brand"),
    "version": lambda b, a: b.neg("V%d.%d.%d" % (b.rng.randint(1, 9), b.rng.randint(0, 20), b.rng.randint(0, 99)), "version"),
    "n": lambda b, a: b.add(str(b.rng.randint(*map(int, (a or "1-9").split("-"))))),
    "pick": lambda b, a: b.add(b.rng.choice(getattr(W, a))),
}
for _k in FILLER_MAKERS:
    SLOTS[_k] = slot_filler(_k)

CHOICE_RE = re.compile(r"«([^«»]*)»")
SLOT_RE = re.compile(r"\{(\w+)(?::([\w.\-@]+))?\}")


def render(b: Builder, tpl: str, key: str | None = None) -> None:
    """Write a template: choose the ``«a|b»`` phrasings, then fill the ``{slot}`` placeholders."""
    while True:
        m = CHOICE_RE.search(tpl)
        if not m:
            break
        tpl = tpl[:m.start()] + b.rng.choice(m.group(1).split("|")) + tpl[m.end():]
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        b.add(tpl[pos:m.start()])
        arg = m.group(2)
        if arg and key is not None:
            arg = arg.replace("@", key)
        SLOTS[m.group(1)](b, arg)
        pos = m.end()
    b.add(tpl[pos:])


def choose(rng, text: str) -> str:
    while True:
        m = CHOICE_RE.search(text)
        if not m:
            return text
        text = text[:m.start()] + rng.choice(m.group(1).split("|")) + text[m.end():]


# --------------------------------------------------------------------------------------------
# layouts

LAYOUTS = ["kv", "kv", "table", "rows", "semi", "bracket", "prose", "numbered", "csv"]


def pick_fields(rng, fields):
    """Keep required fields (p=1) and optional ones by chance, with a few neighbours swapped."""
    out = [(choose(rng, lab), tpl) for lab, tpl, p in fields if p >= 1 or rng.random() < p]
    for _ in range(rng.randint(0, 2)):
        if len(out) > 2:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def form(b: Builder, fields, layout: str | None = None, key: str | None = None) -> None:
    rng = b.rng
    layout = layout or rng.choice(LAYOUTS)
    colon = rng.choice(["：", "：", ": ", "："])
    if layout == "kv":
        for lab, tpl in fields:
            b.add(lab + colon)
            render(b, tpl, key)
            b.add("\n")
    elif layout == "rows":
        b.add("| 项目 | 内容 |\n|---|---|\n")
        for lab, tpl in fields:
            b.add(f"| {lab} | ")
            render(b, tpl, key)
            b.add(" |\n")
    elif layout == "table":
        b.add(" | ".join(l for l, _ in fields) + "\n")
        for i, (lab, tpl) in enumerate(fields):
            if i:
                b.add(" | ")
            render(b, tpl, key)
        b.add("\n")
    elif layout == "csv":
        b.add(",".join(l for l, _ in fields) + "\n")
        b.csv = True
        for i, (lab, tpl) in enumerate(fields):
            if i:
                b.add(",")
            render(b, tpl, key)
        b.csv = False
        b.add("\n")
    elif layout == "semi":
        for i, (lab, tpl) in enumerate(fields):
            b.add(lab + "：")
            render(b, tpl, key)
            b.add("；" if i < len(fields) - 1 else "。\n")
    elif layout == "bracket":
        for lab, tpl in fields:
            b.add(f"【{lab}】")
            render(b, tpl, key)
            b.add("\n")
    elif layout == "prose":
        for i, (lab, tpl) in enumerate(fields):
            b.add(lab + rng.choice(["为", "是", "：", "为"]))
            render(b, tpl, key)
            b.add("，" if i < len(fields) - 1 else "。\n")
    else:  # numbered
        style = rng.choice(["{}. ", "{}、", "（{}）", "{}) "])
        for i, (lab, tpl) in enumerate(fields, 1):
            num = CN_NUM[i] if style == "（{}）" and i <= 10 else str(i)
            b.add(style.format(num) + lab + colon)
            render(b, tpl, key)
            b.add("\n")


def roster(b: Builder, columns, nrows: int, layout: str | None = None) -> None:
    """A list with one person per row (CSV, ``|`` table or numbered lines)."""
    rng = b.rng
    layout = layout or rng.choice(["csv", "table", "lines"])
    cols = [(choose(rng, lab), tpl) for lab, tpl in columns]
    sep = {"csv": ",", "table": " | ", "lines": "  "}[layout]
    if layout != "lines":
        b.add(sep.join(["序号"] + [c for c, _ in cols]) + "\n")
    b.csv = layout == "csv"
    for r in range(1, nrows + 1):
        b.add(f"{r}{sep if layout != 'lines' else '. '}")
        for i, (lab, tpl) in enumerate(cols):
            if i:
                b.add(sep)
            if layout == "lines":
                b.add(lab + "：")
            render(b, tpl, key=f"r{r}")
        b.add("\n")
    b.csv = False


def say(b: Builder, tpl: str, key: str | None = None) -> None:
    """Write a sentence of running prose or a chat line."""
    b.prose = True
    render(b, tpl, key)
    b.prose = False


def para(b: Builder, *tpls) -> None:
    """Write one of the given sentences (phrasing variants), as running prose."""
    say(b, b.rng.choice(tpls))


def subseq(rng, items, k: int):
    """k of the items, in their original order."""
    keep = sorted(rng.sample(range(len(items)), k))
    return [items[i] for i in keep]


def chat_times(rng, k: int) -> list[str]:
    t = rng.randint(7 * 60, 21 * 60)
    out = []
    for _ in range(k):
        t += rng.randint(0, 9)
        out.append(f"{t // 60 % 24:02d}:{t % 60:02d}")
    return out


def maybe(b: Builder, p: float, *tpls) -> None:
    if b.rng.random() < p:
        para(b, *tpls)


# --------------------------------------------------------------------------------------------
# genres (one function each); every function writes one record into the builder


def _person_fields(r, who="a", addr_kind="any", extra=()):
    return [
        ("«姓名|户名|申请人|本人姓名»", "{name:%s}" % who, 1),
        ("«身份证号码|公民身份号码|证件号码|居民身份证号»", "{id}", 0.9),
        ("«联系电话|手机号码|手机|联系方式»", "{mobile}", 0.85),
        ("«家庭住址|现住址|户籍地址|经常居住地|通讯地址»", "{addr:%s}" % addr_kind, 0.85),
        *extra,
    ]


def land_transfer(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["contract", "contract", "homestead", "homestead", "rent_list", "notice"])
    if kind == "contract":
        render(b, "«土地承包经营权流转合同|农村土地经营权流转合同（出租）|土地流转合同书»\n合同编号：«{contract}|流转〔{n:2016-2025}〕第{n:1000-9999}号»\n")
        para(b, "根据《农村土地承包法》等规定，甲乙双方本着自愿、有偿的原则，就土地经营权流转事宜订立本合同。\n",
             "甲乙双方经平等协商，就下列承包地的经营权流转达成如下协议。\n")
        b.add("甲方（流出方）\n")
        form(b, pick_fields(r, _person_fields(r, "a", "rural", [("承包经营权证编号", "{contract}", 0.4)])))
        b.add("乙方（流入方）\n")
        if r.random() < 0.5:
            form(b, pick_fields(r, [("名称", "{company}", 1), ("统一社会信用代码", "{uscc}", 0.9),
                                    ("«住所|经营场所»", "{orgaddr}", 0.9), ("«法定代表人|负责人»", "{name:c}", 0.8),
                                    ("联系电话", "«{landline}|{mobile}»", 0.8)]))
        else:
            form(b, pick_fields(r, _person_fields(r, "b", "any", [("«证件类型及号码|其他证件»", "{doc}", 0.3)])))
        para(b, "第一条 甲方将其承包的位于{region}{pick:VILLAGES}的耕地{n:3-60}亩（地块编码{plot}）流转给乙方用于种植{pick:CROPS}，流转期限自{date}起至{date}止。\n",
             "第一条 流转标的为甲方承包的{pick:VILLAGES}{pick:GROUP_NUMS}耕地{n:2-40}亩，四至为东至沟渠、西至机耕路、南至{name:d}承包地、北至林带，用途为{pick:CROPS}种植。\n")
        para(b, "第二条 流转租金为每亩每年{amount:s}，由乙方于每年12月31日前支付至甲方«银行卡|社保卡|一折通账户»{card}（开户行：{branch}）。\n",
             "第二条 租金按每年{amount:m}计算，«通过{branch}代发|由村集体统一代收代付»，入账账户为{card}，户名{name:a}。\n")
        maybe(b, 0.6, "第三条 乙方不得改变土地的农业用途，{word}\n", "第三条 流转期满乙方应恢复地力，附着物按原状移交。{word}\n")
        maybe(b, 0.7, "第四条 双方确认的送达地址：甲方{addr:rural}，乙方«{addr}|{orgaddr}»；一方地址变更应书面通知对方。\n",
              "第四条 甲方户籍地为{addr:rural}，常住{addr}，通知以邮寄至常住地为准。\n")
        render(b, "甲方（签字）：{name:a}　　乙方（«签字|盖章»）：«{name:b}|{company}»\n鉴证单位：{agency:land}　　签订日期：{date}\n")
    elif kind == "homestead":
        render(b, "«宅基地使用权确权登记申请表|农村宅基地和房屋确权登记审批表|宅基地确权登记公示»\n")
        form(b, pick_fields(r, [
            ("«权利人|申请人|户主»", "{name:a}", 1),
            ("«身份证号|证件号码»", "{id}", 0.9),
            ("«共有人|配偶»", "{name:b}", 0.6),
            ("«宅基地坐落|房屋坐落|坐落»", "{addr:rural}", 1),
            ("«户籍地址|户籍所在地»", "{addr:rural}", 0.5),
            ("宗地代码", "{plot}", 0.8),
            ("«宗地面积|批准面积»", "{n:80-260}平方米", 0.7),
            ("«联系电话|电话»", "{mobile}", 0.7),
            ("受理机构", "{agency:land}", 0.6),
            ("受理地址", "{orgaddr}", 0.5),
        ]))
        para(b, "经村民小组和村委会核实，{name:a}户宅基地四至清楚、权属无争议，现予公示，公示期{n:7-15}个工作日。{word}\n",
             "申请人{name:a}承诺所填信息真实，如有虚假愿承担法律责任。受理日期：{date}，受理人：{staff}。\n",
             "本次确权涉及{place}{n:3-40}户，{name:a}户已提交«户口簿|身份证|建房审批表»复印件，材料齐全。\n")
    elif kind == "rent_list":
        render(b, "{company}«流转租金代发清单|土地租金发放明细|{n:2019-2025}年度流转费代发表»（批次号{batch}）\n")
        cols = [("«姓名|农户姓名|户名»", "{name:@}"), ("«身份证号|证件号»", "{id}"),
                ("«代发卡号|收款账号|一折通账号»", "{card}"), ("流转面积", "{n:1-30}亩"), ("金额", "{amount:m}")]
        if r.random() < 0.6:
            cols.insert(2, ("«住址|所在组|家庭住址»", "{addr:rural}"))
        roster(b, cols, r.randint(2, 5))
        para(b, "合计金额{amount}，委托{branch}于{date}前代发。经办人：{staff}，复核：{staff:x}。\n",
             "以上款项已核对无误，请{bankshort}按清单入账；入账失败的退回村集体账户{corpacct}。{word}\n")
    else:
        render(b, "«关于土地流转租金到账的通知|流转租金发放告知书»\n")
        para(b, "{name:a}«您好|户主»：您位于{pick:VILLAGES}的{n:2-20}亩承包地{date}流转租金{amount}已打入尾号{n:1000-9999}的账户，如有疑问请联系村委会{landline}或{hotline}。\n",
             "各农户：今年流转租金已由{branch}统一代发，{name:a}、{name:b}等{n:5-60}户已到账，未到账户请携带身份证到村委会登记，联系人{staff}，电话{mobile}。\n")
        maybe(b, 0.7, "联系地址：{orgaddr}。{word}\n", "{word}\n")


def disability_subsidy(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["roster", "sms", "verify", "verify", "apply"])
    if kind == "roster":
        render(b, "{agency:disab}{date}残疾人两项补贴发放«名册|明细表»（第{batch}）\n")
        roster(b, [("«姓名|补贴对象»", "{name:@}"), ("«身份证号|公民身份号码»", "{id}"),
                   ("残疾类别", "{pick:DISABILITY_KINDS}{pick:DISABILITY_LEVELS}"),
                   ("«补贴类型|类别»", "«生活补贴|护理补贴|两项补贴»"),
                   ("«补贴卡号|社保卡号|发放账号»", "{card}"), ("金额", "{amount:s}")]
               + ([("«居住地址|家庭住址»", "{addr}")] if r.random() < 0.5 else []), r.randint(2, 5))
        para(b, "本月发放总额{amount}，由{branch}代发，{word}\n", "审核人：{staff}　制表日期：{date}\n")
    elif kind == "sms":
        render(b, "«【{bank}】|【{bankshort}】|【社会救助】»")
        para(b, "尊敬的{name:a}，您尾号{n:1000-9999}的«补贴卡|社保卡|一卡通»于{date} {time}收到{agency:disab}发放的困难群众救助金{amount:s}，当前余额{amount:m}。如有疑问请致电{hotline}。\n",
             "{name:a}您好：您的残疾人«护理补贴|生活补贴»{amount:s}已转入账户{card}，请注意查收。{word}\n",
             "救助金到账提醒：{name:a}（{id}）本月临时救助金{amount:s}已发放至{card}，办理网点{branch}。\n")
        maybe(b, 0.5, "退订回T。\n", "本短信由系统自动发送，请勿回复。\n",
              "纸质通知已寄往{addr}，请注意查收。\n")
    elif kind == "verify":
        render(b, "«补贴卡核验记录|惠民惠农一卡通核验单|补贴发放账户核验表»\n")
        form(b, pick_fields(r, [
            ("«持卡人|补贴对象|姓名»", "{name:a}", 1), ("«身份证号|证件号码»", "{id}", 0.95),
            ("«补贴卡号|一卡通账号|发放卡号»", "{card}", 0.95), ("开户网点", "{branch}", 0.7),
            ("«预留手机|手机号»", "{mobile}", 0.8), ("«户籍地址|现居住地址|家庭住址»", "{addr}", 0.8),
            ("«代理人|监护人»", "{name:g}", 0.4), ("代理人电话", "{mobile}", 0.3),
            ("核验结果", "«一致|户名与证件一致，卡状态正常|卡片已冻结需重新激活»", 1),
            ("核验人", "{staff}", 0.7), ("核验时间", "{date} {time}", 0.6),
        ]))
        maybe(b, 0.5, "入户核查地址：{addr}，核查人{staff}。\n", "补贴对象实际居住于{addr}，与户籍地{region}不一致。\n")
        maybe(b, 0.6, "备注：{word}\n", "备注：监护人{name:g}代为办理，已留存委托书。\n",
              "备注：错误码{errcode}，系统提示“户名不符”，已转人工。\n")
    else:
        render(b, "«困难残疾人生活补贴申请表|重度残疾人护理补贴申请|最低生活保障救助申请»\n")
        form(b, pick_fields(r, _person_fields(r, "a", "any", [
            ("残疾类别及等级", "{pick:DISABILITY_KINDS}{pick:DISABILITY_LEVELS}", 0.8),
            ("«收款账号|银行卡号»", "{card}", 0.8), ("开户行", "{branch}", 0.6),
            ("«固定电话|家庭电话»", "{landline}", 0.4)])))
        para(b, "经{agency:disab}入户核查，申请人{name:a}家庭人均收入低于当地标准，同意纳入补贴范围，自{date}起按月发放。\n",
             "{name:a}系{place}户籍，长期居住在{addr}，由其«配偶|女儿|儿子»{name:h}照料，申请«护理补贴|生活补贴»。\n",
             "请申请人于{date}前到{orgaddr}（{agency:disab}窗口）提交材料，咨询电话{landline}。{word}\n")


def mortgage_prepayment(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["apply", "apply", "settle", "release", "chat"])
    if kind == "apply":
        render(b, "«个人住房贷款提前还款申请书|提前还款申请表|贷款提前结清申请»\n致：{branch}\n")
        form(b, pick_fields(r, [
            ("«借款人|申请人»", "{name:a}", 1), ("«证件号码|身份证件»", "{doc}", 0.9),
            ("«共同借款人|配偶»", "{name:b}", 0.4), ("借款合同编号", "{contract}", 0.9),
            ("«还款账号|扣款卡号|还款账户»", "{card}", 0.9), ("«抵押房屋坐落|抵押物地址|房屋坐落»", "{addr:house}", 0.8),
            ("不动产权证号", "{cert}", 0.5), ("«提前还款金额|本次还款本金»", "{amount:l}", 1),
            ("«还款方式|提前还款方式»", "«部分提前还款，缩短期限|部分提前还款，月供不变|全部结清»", 0.8),
            ("«联系电话|手机»", "{mobile}", 0.8), ("«通讯地址|邮寄地址»", "{addr}", 0.5),
            ("电子邮箱", "{email}", 0.3),
        ]))
        para(b, "本人申请于{date}提前归还上述贷款，并授权贵行从还款账户直接扣收本息及违约金（如有）。\n",
             "申请人{name:a}承诺还款账户内资金充足，如因余额不足导致扣款失败，视为放弃本次申请。{word}\n",
             "本人已知悉提前还款需提前{n:3-30}个工作日预约，预约号{order}。\n")
        maybe(b, 0.3, "（本申请经手机银行提交，登录IP：{ip}，设备{phonebrand}）\n")
        render(b, "申请人签字：{name:a}　日期：{date}\n")
    elif kind == "settle":
        render(b, "«贷款结清证明|个人贷款结清证明书|还款结清确认函»\n")
        para(b, "兹证明借款人{name:a}（证件号码：{id}）于{date}在我行办理的个人住房贷款（合同编号{contract}，贷款金额{amount:l}），已于{date}全部结清，本行与借款人之间不再存在债权债务关系。\n",
             "借款人{name:a}、{name:b}名下编号为{contract}的住房按揭贷款，抵押物坐落于{addr:house}，截至{date}本息已全部还清。\n",
             "经核查，{name:a}在我行的贷款{contract}已结清，还款账户{card}已解除自动扣款。\n")
        maybe(b, 0.6, "抵押房产坐落：{addr:house}，请持本证明及不动产权证（{cert}）到不动产登记中心办理抵押注销。\n",
              "本证明仅用于办理抵押注销手续，复印无效。{word}\n")
        render(b, "{branch}（盖章）\n经办人：{staff}　联系电话：{landline}\n{date}\n")
    elif kind == "release":
        render(b, "«不动产抵押权注销登记预约|抵押注销预约回执|注销抵押登记办理单»\n")
        form(b, pick_fields(r, [
            ("预约号", "{order}", 0.9), ("«权利人|抵押人»", "{name:a}", 1), ("证件号码", "{id}", 0.9),
            ("抵押权人", "{bank}", 0.8), ("«不动产坐落|房屋坐落»", "{addr:house}", 0.9),
            ("不动产权证号", "{cert}", 0.8), ("«预约手机|手机号»", "{mobile}", 0.8),
            ("预约时间", "{date} {time}", 1), ("办理地点", "{orgaddr}", 0.8), ("验证码", "{vcode}", 0.4),
        ]))
        para(b, "请于预约时段携带身份证原件、结清证明到{agency:mort}办理，{word}\n",
             "温馨提示：抵押人{name:a}本人无法到场的，可委托{name:c}持公证委托书办理。\n",
             "本次预约由{branch}代为提交，银行经办人{staff}，联系电话{landline}。\n")
    else:
        lines = subseq(r, [
            "[{time}] 客户：你好，我想提前还一部分房贷，合同号{contract}。",
            "[{time}] 客服{staff}：您好，请问借款人是{name:a}吗？请提供身份证号后四位。",
            "[{time}] 客户：是的，我的手机{mobile}，身份证{id}。",
            "[{time}] 客服{staff}：已查询到您尾号{n:1000-9999}的还款卡，本次提前还款需先预约，{word}",
            "[{time}] 客户：房子在{addr:house}，还完以后抵押怎么注销？",
            "[{time}] 客服{staff}：结清后3个工作日可在{branch}领取结清证明，再到{orgaddr}办理注销。",
            "[{time}] 客户：结清证明能不能寄给我？地址是{addr}。",
        ], r.randint(4, 7))
        for t, line in zip(chat_times(r, len(lines)), lines):
            say(b, line.replace("{time}", t) + "\n")


def joint_account(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["open", "open", "coborrower", "property"])
    if kind == "open":
        render(b, "«联名账户开立申请书|个人联名账户开户申请表|共同账户开立信息登记»\n")
        for who, title in (("a", "主申请人"), ("b", "联名申请人")):
            b.add(f"{title}\n")
            form(b, pick_fields(r, [
                ("姓名", "{name:%s}" % who, 1),
                ("«证件类型及号码|证件号码»", "«居民身份证 {id}|护照 {passport}|港澳居民来往内地通行证 {permit}|{id}»", 0.95),
                ("«手机号码|移动电话»", "{mobile}", 0.85), ("电子邮箱", "{email}", 0.4),
                ("«居住地址|联系地址|户籍地址»", "{addr}", 0.8), ("工作单位", "{company}", 0.5),
                ("单位电话", "{landline}", 0.3),
            ] + ([("与主申请人关系", "{pick:RELATIONS}", 1)] if who == "b" else [])))
        para(b, "双方约定账户资金的支取须经«双方共同签字|任一方凭密码»办理，账户卡号{card}，开户网点{branch}。\n",
             "本联名账户以{name:a}为主账户人，{name:b}为联名人，双方对账户内资金享有共同权利。{word}\n",
             "对账单按双方约定寄送至{addr}，由{name:a}签收。\n",
             "开户流水号{trace}，柜员{staff}，授权{staff:y}。\n")
    elif kind == "coborrower":
        render(b, "«共同借款人声明书|共同还款承诺书|共同借款人确认函»\n")
        para(b, "本人{name:b}（身份证号：{id}），系借款人{name:a}的{pick:RELATIONS}，现居住于{addr}，自愿作为共同借款人，对借款合同{contract}项下全部债务承担连带还款责任。\n",
             "声明人{name:b}，证件号码{id}，联系电话{mobile}。本人知悉并同意借款人{name:a}向{branch}申请贷款{amount:l}，本人作为共同借款人承担共同还款义务。\n",
             "本人{name:b}承诺：借款人{name:a}如未按期还款，{bank}有权从本人名下账户{card}直接扣划。\n")
        maybe(b, 0.7, "本人通讯地址：{addr}，如地址变更将于十日内书面通知贷款行。{word}\n",
              "声明人手机{mobile}，电子邮箱{email}。\n", "{word}\n")
        render(b, "声明人（签字）：{name:b}　见证客户经理：{staff}　{date}\n")
    else:
        render(b, "«夫妻共同财产说明|婚内共同财产情况说明|家庭财产声明»\n")
        para(b, "我们{name:a}与{name:b}系夫妻关系，于{date}登记结婚。婚后共同购买位于{addr:house}的房产一套（{cert}），购房款{amount:l}。\n",
             "申请人{name:a}（{id}）与配偶{name:b}（{id}）确认，下列财产为夫妻共同财产：房产坐落{addr:house}；车辆一辆，号牌{plate}。\n",
             "{name:a}、{name:b}夫妇现居{addr}，名下共有存款账户{card}，车辆{carbrand}（{plate}）。\n")
        maybe(b, 0.8, "另有{carbrand}一辆，号牌号码{plate}，登记在{name:b}名下。{word}\n",
              "双方同意以上述房产为{contract}号贷款提供抵押担保。\n", "{word}\n")
        render(b, "说明人：{name:a}、{name:b}　联系电话：{mobile}　{date}\n")


def fraud_report(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["record", "record", "stop", "refund", "chat"])
    if kind == "record":
        render(b, "«询问笔录|报案笔录|电信网络诈骗案件受案笔录»\n时间：{date} {time}　地点：{agency:fraud}\n询问人：{staff}　记录人：{staff:z}\n")
        qa = [
            ("问：你的姓名、身份证号码和联系方式？",
             "答：我叫{name:a}，«身份证号码|身份证号|证件号»{doc}，手机{mobile}。"),
            ("问：你的住址？",
             "答：«我住在|现住»{addr}«。|，户籍在{addr:rural}。»"),
            ("问：你因何事来报案？",
             "答：{date}我接到自称«{bank}客服|快递理赔专员|公安局{name:s}»的电话{mobile}，对方说我的账户涉嫌{pick:FRAUD_TYPES}，让我下载{app}开会议。"),
            ("问：你向对方转了多少钱？",
             "答：我通过尾号{n:1000-9999}的卡分{n:2-6}次转了{amount}，转入对方账户{card}，户名{name:b}，交易流水{trace}。"),
            ("问：对方还有什么信息？",
             "答：对方加了我QQ，登录IP显示{ip}，邮箱{email}，{word}"),
            ("问：你近期是否出境或把证件交给他人？",
             "答：«没有，我的护照{passport}一直放在家里|去年持护照{passport}去过{country}，证件没有借给别人|没有出过境»。"),
            ("问：以上所说是否属实？",
             "答：属实。"),
        ]
        for k, (q, a) in enumerate(qa):
            if k in (0, len(qa) - 1) or r.random() < 0.85:
                say(b, q + "\n" + a + "\n")
    elif kind == "stop":
        render(b, "«涉诈账户紧急止付申请|涉案账户止付通知书|止付申请表»\n文号：{case}\n致：{branch}\n")
        para(b, "我局在侦办{pick:FRAUD_TYPES}案件中发现，受害人{name:a}被骗资金{amount}已转入下列账户，请立即止付：\n",
             "根据《反电信网络诈骗法》，现对涉案账户采取紧急止付措施，受害人{name:a}（{id}）报称于{date}被骗{amount}：\n",
             "受害人{name:a}，住{addr}，联系电话{mobile}，称其于{date}被骗{amount}，资金流向以下账户：\n")
        roster(b, [("«户名|账户名»", "{name:@}"), ("«账号|卡号»", "{card}"), ("开户行", "{bankshort}"),
                   ("«止付金额|涉案金额»", "{amount}")], r.randint(1, 4), r.choice(["table", "lines", "csv"]))
        maybe(b, 0.5, "经查，上述账户于{date} {time}由IP {ip}登录网银，设备型号{phonebrand}。\n")
        para(b, "办案民警：{staff}，联系电话{landline}，止付期限48小时。{word}\n",
             "请将止付结果回复至{agency:fraud}，联系人{staff}，手机{mobile}。\n")
    elif kind == "refund":
        render(b, "«涉案资金返还告知书|被骗资金返还确认单|受害人资金返还审批表»\n")
        form(b, pick_fields(r, [
            ("«受害人|返还对象»", "{name:a}", 1), ("«身份证号|证件号码»", "{doc}", 0.9), ("联系电话", "{mobile}", 0.8),
            ("«返还账户|收款卡号»", "{card}", 0.9), ("开户行", "{branch}", 0.7), ("返还金额", "{amount}", 1),
            ("案件编号", "{case}", 0.8), ("«居住地址|联系地址»", "{addr}", 0.6),
        ]))
        para(b, "经审查，冻结账户内资金{amount}系受害人{name:a}被骗款项，依法予以返还。{word}\n",
             "请受害人{name:a}于{date}携身份证到{orgaddr}签字确认，逾期未领的按程序处理。\n",
             "返还款已于{date}汇出，流水号{trace}，如未收到请联系{staff}（{landline}）。\n")
    else:
        lines = subseq(r, [
            "{name:a}：刚才有个{mobile}打来说我的{app}百万保障要关闭，不然每月扣费",
            "反诈专员{staff}：这是诈骗！千万不要操作，{word}",
            "{name:a}：我已经给他转了{amount}，卡号是{card}",
            "反诈专员{staff}：请马上拨打110报警，并到{agency:fraud}做笔录，地址{orgaddr}",
            "{name:a}：对方让我登录一个网址，IP是{ip}",
            "反诈专员{staff}：我们已对该账户发起止付，请提供您的身份证号",
            "{name:a}：{id}",
            "{name:a}：我家住{addr}，离{agency:fraud}不远，马上过去",
        ], r.randint(4, 7))
        for t, line in zip(chat_times(r, len(lines)), lines):
            say(b, "[" + t + "] " + line + "\n")


def ride_hailing(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["register", "register", "vehicle", "withdraw", "log"])
    if kind == "register":
        render(b, "{platform}«网约车司机注册审核单|驾驶员准入审核表|司机资料核验»\n")
        form(b, pick_fields(r, [
            ("«司机姓名|驾驶员»", "{name:a}", 1), ("«身份证号|证件号码»", "{id}", 0.95),
            ("«港澳居民来往内地通行证|回乡证号码»", "{permit}", 0.15),
            ("«手机号|注册手机»", "{mobile}", 0.9), ("驾驶证档案编号", "{archive}", 0.7),
            ("«户籍地址|户籍地»", "{addr:rural}", 0.5), ("«现住址|居住地址»", "{addr}", 0.7),
            ("«车牌号|车辆号牌»", "{plate}", 0.9), ("车辆识别代号", "{vin}", 0.6), ("车型", "{carbrand}", 0.6),
            ("«紧急联系人|联系人»", "{name:e}", 0.5), ("紧急联系人电话", "{mobile}", 0.4),
            ("审核状态", "«通过|待补充材料|驳回（背景审查未通过）»", 1), ("审核员", "{staff}", 0.6),
            ("注册IP", "{ip}", 0.3),
        ]))
        maybe(b, 0.6, "审核意见：驾龄满三年，无犯罪记录，{word}\n", "备注：人脸比对失败，错误码{errcode}。\n",
              "备注：司机{name:a}的驾驶证已于{date}换证。\n")
    elif kind == "vehicle":
        render(b, "«网络预约出租汽车运输证登记|车辆营运证申请表|网约车车辆备案»\n")
        form(b, pick_fields(r, [
            ("车辆号牌", "{plate}", 1), ("«车辆所有人|车主»", "«{name:a}|{company}»", 1),
            ("«所有人证件号|证件号码»", "«{id}|{uscc}»", 0.8), ("«住址|登记地址»", "{addr}", 0.7),
            ("车辆识别代号", "{vin}", 0.8), ("营运证号", "{opcert}", 0.7), ("品牌型号", "{carbrand}", 0.7),
            ("联系电话", "{mobile}", 0.7), ("受理机构", "{agency:ride}", 0.6),
        ]))
        para(b, "经审核，车辆{plate}符合网约车技术条件，准予登记，有效期至{date}。\n",
             "车辆停放地点为车主住所{addr}附近，夜间不得在{region}路段揽客。\n",
             "车主{name:a}承诺车辆仅用于{platform}平台营运，{word}\n",
             "请于{date}前到{orgaddr}领取运输证，咨询{landline}。\n")
    elif kind == "withdraw":
        render(b, "«司机收入提现申请|提现到账通知|司机钱包提现记录»\n")
        para(b, "司机{name:a}（车牌{plate}）申请将本周流水收入{amount:m}提现至{bank}卡{card}，提现单号{order}，预计{date}到账。\n",
             "{name:a}师傅您好，您于{date} {time}发起的提现{amount}已到账，收款卡{card}，手续费{amount:s}。{word}\n",
             "提现失败：收款人{name:a}与银行卡{card}户名不一致（{errcode}），请在APP中重新绑定。\n")
        maybe(b, 0.6, "本次提现登录设备{phonebrand}，IP地址{ip}。\n", "如有疑问请联系平台客服{hotline}。\n")
        maybe(b, 0.5, "司机登记的常住地址为{addr}，与提现卡开户地{place}不一致，已提示核实。\n",
              "年度收入证明将邮寄至{addr}，收件人{name:a}。\n")
    else:
        for _ in range(r.randint(3, 6)):
            render(b, "{date} {time}:" + str(r.randint(10, 59)) +
                   " «INFO|WARN|INFO» «driver.withdraw|driver.login|order.settle» "
                   "«driver={name:@}|uid=" + pick_clean(r, lambda g: digits(g, 9)) + "» «mobile={mobile}|plate={plate}|ip={ip}|card={card}|addr=\"{addr}\"» "
                   "«order={order}|trace={trace}|code={errcode}»\n", key=str(r.randint(1, 3)))


def work_injury(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["apply", "apply", "pay", "appraisal"])
    if kind == "apply":
        render(b, "«工伤认定申请表|工伤认定申请书|职工工伤申报登记»\n")
        form(b, pick_fields(r, _person_fields(r, "a", "any", [
            ("受伤部位", "{pick:INJURY_PARTS}", 0.7), ("事故时间", "{date} {time}", 0.9)])))
        b.add("用人单位\n")
        form(b, pick_fields(r, [("单位名称", "{company}", 1), ("统一社会信用代码", "{uscc}", 0.9),
                                ("单位地址", "{orgaddr}", 0.8), ("«联系人|经办人»", "{name:c}", 0.7),
                                ("单位电话", "{landline}", 0.8)]))
        para(b, "事故经过：{date}，{name:a}在车间作业时{pick:INJURY_WAYS}，造成{pick:INJURY_PARTS}受伤，由同事{name:f}送往医院治疗。\n",
             "事故经过：职工{name:a}于下班途中行至{region}路口时{pick:INJURY_WAYS}，交警认定对方负主要责任，对方车辆号牌{plate}。\n",
             "事故经过：{name:a}受单位指派外出送货，在{place}{pick:INJURY_WAYS}，{word}\n")
        maybe(b, 0.6, "{name:a}家住{addr}，受伤后在家休养，由«妻子|丈夫|父亲»{name:h}代为提交材料。\n",
              "申请人经常居住地为{addr}，认定结论书请按此地址送达。\n")
        render(b, "申请人：{name:a}　申请日期：{date}　受理编号：{case}\n")
    elif kind == "pay":
        render(b, "«工伤保险待遇支付通知|工伤保险待遇核定表|一次性伤残补助金支付明细»\n")
        form(b, pick_fields(r, [
            ("«职工姓名|待遇享受人»", "{name:a}", 1), ("身份证号", "{id}", 0.9), ("伤残等级", "«七|八|九|十»级", 0.8),
            ("«支付项目|待遇项目»", "«一次性伤残补助金|停工留薪期工资|医疗费报销»", 1), ("金额", "{amount}", 1),
            ("«收款账号|社保卡金融账户»", "{card}", 0.9), ("开户行", "{branch}", 0.6), ("用人单位", "{company}", 0.6),
            ("«通讯地址|送达地址»", "{addr}", 0.6),
        ]))
        para(b, "上述待遇经{agency:inj}核定，将于{date}前支付至职工本人账户。{word}\n",
             "待遇已通过批次{batch}发放，{name:a}本人可凭身份证到{branch}查询。\n",
             "如对核定结果不服，可在六十日内申请行政复议，联系人{staff}，电话{landline}。\n")
    else:
        render(b, "«劳动能力鉴定结论通知书|伤残等级鉴定通知|鉴定现场确认通知»\n编号：{case}\n")
        para(b, "{name:a}«同志|»：经{agency:inj}鉴定，你因工伤致{pick:INJURY_PARTS}功能障碍，鉴定结论为伤残{pick:DISABILITY_LEVELS}。\n",
             "{name:a}（身份证号{id}）：请你于{date} {time}携带身份证、病历到{orgaddr}参加劳动能力现场鉴定。\n",
             "{name:a}：你的伤残等级鉴定结论书已于{date}以挂号信寄往{addr}，请注意查收。\n",
             "经专家组检查，职工{name:a}（用人单位：{company}）达到伤残等级，{word}\n")
        maybe(b, 0.7, "本通知邮寄至{addr}，收件人{name:a}，电话{mobile}。\n",
              "如需改约请致电{landline}，联系人{staff}。\n", "{word}\n")


def talent_subsidy(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["publicity", "publicity", "postdoc", "checklist"])
    if kind == "publicity":
        render(b, "«{date}人才引进安家补贴拟发放人员名单公示|高层次人才安家补贴公示|青年人才生活补贴公示»\n")
        para(b, "根据有关文件规定，经单位申报、部门审核，现将拟发放安家补贴人员名单予以公示，公示期{n:5-7}个工作日。\n",
             "现对{date}批次人才补贴审核结果进行公示，{word}\n")
        roster(b, [("姓名", "{name:@}"), ("性别", "«男|女»"), ("学历", "{pick:DEGREES}"), ("毕业院校", "{univ}"),
                   ("工作单位", "{company}"), ("补贴金额", "{amount:m}")], r.randint(3, 6), r.choice(["table", "csv", "lines"]))
        para(b, "监督电话：{landline}，来信请寄{orgaddr}{agency:talent}收（邮编{postcode}）。\n",
             "如有异议请联系{staff}，电子邮箱{email}。\n")
    elif kind == "postdoc":
        render(b, "«博士后生活补助申请表|博士后日常经费资助申请|进站博士后补助申领»\n")
        form(b, pick_fields(r, [
            ("姓名", "{name:a}", 1), ("«身份证号|证件号码»", "«{id}|{passport}»", 0.9),
            ("«护照号码|护照号»", "{passport}", 0.5), ("博士毕业院校", "{univ}", 0.7), ("留学国家", "{country}", 0.3),
            ("设站单位", "{company}", 0.7), ("单位统一社会信用代码", "{uscc}", 0.5), ("合作导师", "{name:t}", 0.5),
            ("«手机|联系电话»", "{mobile}", 0.8), ("电子邮箱", "{email}", 0.7), ("«银行卡号|收款账户»", "{card}", 0.8),
            ("«现居住地址|通讯地址»", "{addr}", 0.8), ("«户籍地址|户口所在地»", "{addr:any}", 0.4),
        ]))
        maybe(b, 0.4, "系统记录：申请人于{date} {time}在线提交，来源IP {ip}，受理号{order}。\n")
        maybe(b, 0.5, "申请人持护照{passport}于{date}自{country}回国，现持«居民身份证|护照»办理申报。\n")
        para(b, "申请人于{date}进站，研究方向为{pick:MAJORS}，申请每月生活补助{amount:m}，{word}\n",
             "申请人{name:a}承诺未同时享受其他同类补贴，信息如有不实愿退回已领款项。\n")
    else:
        render(b, "«人才安家补贴申领材料清单|补贴申报须知|申领所需材料»\n")
        for i, item in enumerate(r.sample([
            "申请表一式两份（须本人签字，如{name:a}）",
            "居民身份证复印件（号码须清晰，如{id}）",
            "学历学位证书及{country}学历认证报告",
            "劳动合同及社保缴费证明，参保编号{batch}",
            "本人{bank}一类账户银行卡复印件（如{card}）",
            "在本市无自有住房的承诺书",
            "联系方式：申请人手机{mobile}，邮箱{email}",
            "本市居住证明（租房合同地址须与申报地址一致，如{addr}）",
            "配偶{name:s}的身份证及户口簿（户籍地址{addr}）",
        ], r.randint(4, 8)), 1):
            render(b, f"{i}. " + item + "\n")
        para(b, "材料请于{date}前提交至{orgaddr}，{agency:talent}受理，咨询{landline}。{word}\n",
             "线上申报网址见公众号，系统版本{version}，如遇问题联系{staff}。\n")


def kindergarten_fee(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["debit", "debit", "enrol", "group"])
    if kind == "debit":
        render(b, "{kg}«保育费代扣协议|保教费委托代扣授权书|伙食费代扣协议»\n")
        form(b, pick_fields(r, [
            ("«幼儿姓名|学生姓名»", "{child:k}", 1), ("班级", "{pick:CLASSES}", 0.8), ("学籍号", "{student}", 0.4),
            ("«家长姓名|付款人|账户户名»", "{name:p}", 1), ("«家长身份证号|证件号码»", "«{id}|{doc}»", 0.8),
            ("«扣款账号|代扣卡号»", "{card}", 0.95), ("开户行", "{branch}", 0.6), ("«家长手机|手机»", "{mobile}", 0.85),
            ("每月扣款金额", "{amount:s}", 0.7), ("«家庭住址|通讯地址»", "{addr}", 0.6),
        ]))
        para(b, "甲方（家长）{name:p}授权乙方每月{n:1-10}日从上述账户代扣{child:k}的保育费，余额不足时顺延扣款。\n",
             "本人{name:p}同意{bank}按幼儿园提供的清单从本人账户扣收保教费，商户号{merchant}。{word}\n")
        render(b, "家长签字：{name:p}　日期：{date}\n")
    elif kind == "enrol":
        render(b, "{kg}«新生入园登记表|幼儿入园信息采集表|幼儿基本情况登记»\n")
        form(b, pick_fields(r, [
            ("幼儿姓名", "{child:k}", 1), ("«性别|幼儿性别»", "«男|女»", 0.7), ("出生日期", "{date}", 0.8),
            ("幼儿身份证号", "{id:child}", 0.7), ("«家庭住址|现住址»", "{addr}", 0.9), ("«户籍地址|户口所在地»", "{addr}", 0.4),
            ("父亲姓名", "{name:f}", 0.8), ("父亲电话", "{mobile}", 0.8), ("母亲姓名", "{name:m}", 0.8),
            ("母亲电话", "{mobile}", 0.8), ("«母亲证件号|监护人证件号码»", "{doc}", 0.4), ("«家庭电话|座机»", "{landline}", 0.3), ("«接送人|紧急联系人»", "{name:g}", 0.5),
            ("过敏史", "«无|花生过敏|青霉素过敏»", 0.6), ("«接送车辆车牌|家长车辆号牌»", "{plate}", 0.35),
        ]))
        maybe(b, 0.6, "备注：{word}\n", "备注：{child:k}由外婆{name:g}接送，已登记指纹。\n")
    else:
        render(b, "{kg}{pick:CLASSES}家长群\n")
        lines = [
            "{staff}老师：各位家长好，本学期保育费将于{date}通过{bank}代扣，请确保卡内余额充足。{word}",
            "{nick}：收到",
            "{nick}：老师，我们家{child:k}换卡了，新卡号{card}",
            "{staff}老师：好的，请{child:k}家长私信我身份证号和手机号，我报给财务",
            "{nick}：{name:p}，{id}，手机{mobile}",
            "{nick}：请问地址变了要改吗？现在住{addr}",
            "{staff}老师：需要的，下周一前在小程序里更新，验证码{vcode}别外发",
            "{nick}：收到，谢谢老师",
        ]
        lines = lines[:1] + subseq(r, lines[1:], r.randint(3, len(lines) - 1))
        for t, line in zip(chat_times(r, len(lines)), lines):
            say(b, f"{t} " + line + "\n")


def veteran_benefit(b: Builder) -> None:
    r = b.rng
    kind = r.choice(["card", "card", "roster", "visit"])
    if kind == "card":
        render(b, "«退役军人优待证申领表|优待证办理登记|退役军人优待证申请»\n")
        form(b, pick_fields(r, [
            ("姓名", "{name:a}", 1), ("公民身份号码", "{id}", 0.95), ("人员类别", "{pick:VET_KINDS}", 0.8),
            ("«入伍时间|退役时间»", "{date}", 0.7), ("原部队", "{pick:MILITARY_UNITS}", 0.5), ("退役证号", "{vetcert}", 0.6),
            ("«手机号码|联系电话»", "{mobile}", 0.85), ("«户籍地址|户籍所在地»", "{addr}", 0.6),
            ("«经常居住地|现居住地址»", "{addr}", 0.7), ("«优待证关联银行卡|金融账户»", "{card}", 0.6),
            ("受理站点", "{agency:vet}", 0.6),
        ]))
        para(b, "申请人{name:a}承诺所填信息真实有效，优待证制发后由{branch}通知领取。\n",
             "经{agency:vet}核验，{name:a}符合申领条件，优待证编号{vetcert}。{word}\n")
    elif kind == "roster":
        render(b, "{agency:vet}«{date}抚恤金发放名册|定期抚恤补助金发放表|优抚对象补助发放清单»\n")
        roster(b, [("姓名", "{name:@}"), ("公民身份号码", "{id}"), ("优抚类别", "{pick:VET_KINDS}"),
                   ("发放账号", "{card}"), ("金额", "{amount:s}")]
               + ([("«住址|家庭住址|居住地»", "{addr}")] if r.random() < 0.6 else []), r.randint(2, 5))
        para(b, "合计{amount}，批次{batch}，由{branch}代发。制表：{staff}，审核：{staff:y}。\n",
             "其中{name:r1}因户籍迁至{addr}，自下月起由迁入地发放。\n",
             "本月抚恤金已于{date}划拨，{word}\n")
    else:
        render(b, "«光荣之家走访慰问记录|退役军人家庭走访登记|节日走访慰问台账»\n")
        form(b, pick_fields(r, [
            ("走访时间", "{date}", 1), ("走访人员", "{staff}、{staff:y}", 0.9), ("被走访对象", "{name:a}", 1),
            ("人员类别", "{pick:VET_KINDS}", 0.7), ("«家庭住址|住址»", "{addr}", 0.9), ("联系电话", "«{mobile}|{landline}»", 0.8),
        ]), r.choice(["kv", "bracket", "semi", "numbered"]))
        para(b, "走访情况：{name:a}今年{n:60-95}岁，{date}退役，与老伴{name:w}居住在{addr}，身体状况良好，挂光荣牌已满三年。\n",
             "走访情况：工作人员为{name:a}送去慰问金{amount:s}和米面油，了解到其子{name:s}在外地务工，{word}\n",
             "走访情况：老人反映门前{region}路灯损坏，已联系{agency:vet}协调解决；{word}\n")
        maybe(b, 0.6, "下次走访计划：{date}，联系人{staff}（{landline}）。\n", "{word}\n")


GENRES = {
    "land_transfer": land_transfer,
    "disability_subsidy": disability_subsidy,
    "mortgage_prepayment": mortgage_prepayment,
    "joint_account": joint_account,
    "fraud_report": fraud_report,
    "ride_hailing": ride_hailing,
    "work_injury": work_injury,
    "talent_subsidy": talent_subsidy,
    "kindergarten_fee": kindergarten_fee,
    "veteran_benefit": veteran_benefit,
}
