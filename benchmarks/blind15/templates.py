"""Builder, value makers, hard-negative makers and one template function per genre (blind15).

Every PII span is recorded by :class:`Builder` while its value is appended, never by searching.
Templates are strings: ``{kind.role}`` is a slot (a personal value in a PII record, a hard
negative otherwise, chosen once per record and key), ``{noise}`` is an always-negative filler, and
``«a|b|c»`` picks one phrasing.
"""
from __future__ import annotations

import ipaddress
import re
from collections import Counter

from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone,
                               passport, resident_id, uscc)

import words as W

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
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


# ---------------------------------------------------------------------------------------------
# builder


class Builder:
    """Appends text; a PII value's span is recorded from the current length as it is written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.negs: Counter = Counter()

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def pii(self, s: str, label: str) -> None:
        start = self.length
        self.add(s)
        self.spans.append({"start": start, "end": self.length, "label": label})

    def neg(self, s: str, kind: str) -> None:
        self.negs[kind] += 1
        self.add(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# leak checks shared with generate.self_check

_RUN_CHARS = ("0-9A-Za-z０-９Ａ-Ｚａ-ｚ \\-+()（）·#.@_\u3000转分机挂学警港澳使领" + W.PROVINCE_ABBR)
_RUN = re.compile("[" + _RUN_CHARS + "]+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_SKIP_START = set(" -.·#@_\u3000转分机")


def validator_hits(text: str, spans=(), max_len: int = 40):
    """(start, end, label) of every substring no span overlaps that some validator accepts."""
    covered = [False] * (len(text) + 1)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            covered[k] = True
    hits = []
    for m in _RUN.finditer(text):
        a, z = m.span()
        for i in range(a, z):
            if text[i] in _SKIP_START or covered[i]:
                continue
            for j in range(i + 1, min(z, i + max_len) + 1):
                if covered[j - 1]:
                    break
                if text[j - 1] in " \u3000":
                    continue
                sub = text[i:j]
                for label, ok in VALIDATORS.items():
                    if ok(sub):
                        hits.append((i, j, label))
    for rx, label in ((_EMAIL, "EMAIL"), (_IPV4, "IP_ADDRESS")):
        for m in rx.finditer(text):
            if label == "IP_ADDRESS" and not _is_ip(m.group()):
                continue
            if not any(covered[k] for k in range(m.start(), m.end())):
                hits.append((m.start(), m.end(), label))
    return hits


def _is_ip(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def clean(s: str) -> bool:
    """True when no substring of ``s`` passes any identifier validator (a safe hard negative)."""
    return not validator_hits(s)


def _clean(rng, fn):
    while True:
        v = fn(rng)
        if clean(v):
            return v


def _digits(rng, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------------------------------------
# personal value makers (each returns the text as written)


def make_name(rng) -> str:
    r = rng.random()
    if r < 0.03:
        return rng.choice(W.MINORITY_NAMES)
    sur = rng.choice(W.COMPOUND_SURNAMES) if r < 0.08 else rng.choice(W.SURNAMES)
    pool = W.GIVEN_MALE if rng.random() < 0.5 else W.GIVEN_FEMALE
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
    return sur + given


def _region(rng, county=False):
    if not county and rng.random() < 0.2:
        muni, ds = rng.choice(W.MUNICIPALITIES)
        return muni, "", rng.choice(ds)
    prov, city, ds = rng.choice(W.REGIONS)
    if county:
        cs = [d for d in ds if d.endswith("县")] or list(ds)
        return prov, city, rng.choice(cs)
    return prov, city, rng.choice(ds)


def _prefix(rng, prov, city, dist, drop_prov=0.4):
    p = "" if (rng.random() < drop_prov or not city) else prov
    return p + (city or prov) + dist


def _room(rng):
    b = rng.randint(1, 32)
    u = rng.randint(1, 4)
    r = rng.randint(1, 33) * 100 + rng.randint(1, 6)
    style = rng.randrange(5)
    if style == 0:
        return f"{b}{rng.choice(W.BUILDING_WORDS)}{u}单元{r}室"
    if style == 1:
        return f"{b}-{u}-{r}"
    if style == 2:
        return f"{b}{rng.choice(('栋', '幢'))}{r}室"
    if style == 3:
        return f"{b}号楼{u}单元{r}"
    return f"{rng.choice('ABCDE')}座{r}室"


def addr_rural(rng):
    prov, city, county = _region(rng, county=True)
    s = _prefix(rng, prov, city, county, 0.3) + rng.choice(W.TOWNS) + rng.choice(W.VILLAGES)
    r = rng.random()
    if r < 0.5:
        s += rng.choice(W.GROUPS) + (f"{rng.randint(1, 99)}号" if rng.random() < 0.6 else "")
    elif r < 0.8:
        s += f"{rng.randint(1, 180)}号"
    else:
        s += rng.choice(W.GROUPS)
    return s


def addr_estate(rng):
    prov, city, dist = _region(rng)
    s = _prefix(rng, prov, city, dist)
    if rng.random() < 0.6:
        s += f"{rng.choice(W.ROADS)}{rng.randint(1, 999)}号"
    return s + rng.choice(W.ESTATES) + _room(rng)


def addr_road(rng):
    prov, city, dist = _region(rng)
    s = _prefix(rng, prov, city, dist) + f"{rng.choice(W.ROADS)}{rng.randint(1, 1200)}号"
    r = rng.random()
    if r < 0.25:
        s += f"附{rng.randint(1, 9)}号"
    elif r < 0.5:
        s += f"{rng.randint(2, 9)}楼"
    elif r < 0.65:
        s += f"{rng.randint(1, 6)}0{rng.randint(1, 9)}室"
    return s


def addr_lane(rng):
    if rng.random() < 0.55:
        ds = dict(W.MUNICIPALITIES)["上海市"]
        s = ("上海市" if rng.random() < 0.7 else "") + rng.choice(ds)
        return s + f"{rng.choice(W.LANE_ROADS)}{rng.randint(10, 999)}弄{rng.randint(1, 60)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
    prov, city, dist = _region(rng)
    return _prefix(rng, prov, city, dist, 0.6) + f"{rng.choice(W.ALLEYS)}{rng.randint(1, 88)}号"


def addr_avenue(rng):
    prov, city, dist = _region(rng)
    s = _prefix(rng, prov, city, dist) + f"{rng.choice(W.AVENUES)}{rng.randint(1, 9999)}号"
    if rng.random() < 0.6:
        s += rng.choice(W.ESTATES) + _room(rng)
    return s


def addr_devzone(rng):
    prov, city, _ = _region(rng)
    s = (prov if rng.random() < 0.3 and city else "") + (city or prov) + rng.choice(W.DEV_ZONES)
    s += f"{rng.choice(W.ROADS + W.AVENUES)}{rng.randint(1, 3000)}号"
    if rng.random() < 0.6:
        s += rng.choice(("人才公寓", "员工宿舍", "蓝领公寓")) + f"{rng.randint(1, 12)}栋{rng.randint(101, 1520)}室"
    return s


def addr_town(rng):
    prov, city, county = _region(rng, county=True)
    s = _prefix(rng, prov, city, county, 0.5)
    if rng.random() < 0.5:
        return s + rng.choice(W.TOWNS) + rng.choice(("正街", "新街", "老街", "兴业街", "商贸街")) + f"{rng.randint(1, 300)}号"
    return s + rng.choice(W.STREET_OFFICES) + rng.choice(("幸福", "和平", "新村", "东门", "望江")) + "社区" + _room(rng)


URBAN_SHAPES = (addr_estate, addr_estate, addr_road, addr_lane, addr_avenue, addr_devzone)
ALL_SHAPES = URBAN_SHAPES + (addr_rural, addr_rural, addr_town)
RURAL_SHAPES = (addr_rural, addr_rural, addr_rural, addr_town)


def make_addr(rng):
    return rng.choice(ALL_SHAPES)(rng)


def make_raddr(rng):
    return rng.choice(RURAL_SHAPES)(rng)


def make_uaddr(rng):
    return rng.choice(URBAN_SHAPES)(rng)


def _checked(v: str, label: str, fallback: str) -> str:
    return v if VALIDATORS[label](v) else fallback


def make_id(rng):
    v = resident_id.generate(rng)
    r = rng.random()
    if r < 0.55:
        out = v
    elif r < 0.7:
        out = v[:-1] + "x" if v.endswith("X") else v
    elif r < 0.82:
        out = resident_id.format(v)
    elif r < 0.9:
        out = v.translate(FULLWIDTH)
    else:
        out = f"{v[:6]}-{v[6:14]}-{v[14:]}"
    return _checked(out, "CN_ID_CARD", v)


def make_mob(rng):
    v = mobile_phone.generate(rng)
    a, b, c = v[:3], v[3:7], v[7:]
    out = rng.choice((v, v, v, f"{a} {b} {c}", f"{a}-{b}-{c}", f"+86 {v}", f"+86-{a}-{b}-{c}",
                      f"0086 {v}", f"(+86){v}", f"+86 {a} {b} {c}", v.translate(FULLWIDTH), f"{a}{b} {c}"))
    return _checked(out, "CN_MOBILE", v)


def make_tel(rng):
    v = landline_phone.generate(rng)
    f = landline_phone.format(v)
    main, _, ext = f.partition("转")
    area, _, num = main.partition("-")
    r = rng.randrange(8)
    if r == 0:
        out = f"({area}){num}"
    elif r == 1:
        out = f"（{area}）{num[:4]} {num[4:]}"
    elif r == 2:
        out = f"{area} {num}"
    elif r == 3 and not ext:
        out = f"+86 {area[1:]} {num[:4]} {num[4:]}"
    elif r == 4:
        out = (area + num).translate(FULLWIDTH)
    else:
        out = main
    if ext and rng.random() < 0.6:
        out += rng.choice(("转", " 转", "-", " 分机")) + ext
    return _checked(out, "CN_LANDLINE", landline_phone.format(v))


def make_card(rng):
    v = bank_card.generate(rng)
    groups = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    out = rng.choice((v, v, groups, groups, "-".join(v[i:i + 4] for i in range(0, len(v), 4)),
                      v.translate(FULLWIDTH), groups.translate(FULLWIDTH)))
    return _checked(out, "BANK_CARD", v)


_SYLL = ("zhang", "li", "wang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
         "hu", "guo", "lin", "he", "gao", "luo", "xiao", "hong", "mei", "jun", "wei", "fang", "ting", "hao", "yu",
         "lei", "ping", "xin", "yan", "qing", "bo", "jie", "na", "min", "lan", "tao")
_MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "yeah.net",
                 "sohu.com", "aliyun.com", "hotmail.com")


def make_email(rng):
    local = rng.choice(_SYLL) + rng.choice(("", ".", "_")) + rng.choice(_SYLL)
    if rng.random() < 0.6:
        local += str(rng.randint(1, 9999))
    if rng.random() < 0.15:
        local = local.capitalize()
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


def make_ip(rng):
    while True:
        a = rng.choice((36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                        120, 121, 122, 123, 124, 125, 180, 182, 183, 202, 211, 218, 219, 220, 221, 222, 223))
        ip = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def make_pp(rng):
    v = passport.generate(rng)
    return _checked(v.lower() if rng.random() < 0.1 else v, "CN_PASSPORT", v)


def make_permit(rng):
    v = hk_macau_permit.generate(rng)
    if len(v) == 11 and rng.random() < 0.3:
        return _checked(f"{v[:9]} {v[9:]}", "CN_HK_MACAU_PERMIT", v)
    return v


def make_uscc(rng):
    return uscc.generate(rng)


def make_plate(rng):
    v = license_plate.generate(rng)
    if v[0] == "使":
        return v
    r = rng.random()
    if r < 0.35:
        out = license_plate.format(v)
    elif r < 0.5:
        out = f"{v[:2]}-{v[2:]}"
    elif r < 0.6:
        out = f"{v[:2]} {v[2:]}"
    else:
        out = v
    return _checked(out, "LICENSE_PLATE", v)


# ---------------------------------------------------------------------------------------------
# hard-negative makers for the same slots: each returns (text, kind)


def neg_name(rng):
    s = rng.choice(W.SURNAMES)
    r = rng.randrange(8)
    if r == 0:
        return s + "某", "mou_name"
    if r == 1:
        return s + "某某", "mou_name"
    if r in (2, 3):
        return s + rng.choice(W.TITLES), "surname_title"
    if r == 4:
        return s + rng.choice(("*", "**", "＊＊", "××", "X")), "masked_name"
    if r == 5:
        return s + "*" + rng.choice(W.GIVEN_FEMALE + W.GIVEN_MALE), "masked_name"
    if r == 6:
        return rng.choice(W.PLACEHOLDER_NAME), "placeholder_name"
    return rng.choice(("小" + s, "老" + s, s + "姐", s + "哥")), "surname_title"


def neg_addr(rng):
    r = rng.randrange(6)
    prov, city, dist = _region(rng)
    base = _prefix(rng, prov, city, dist)
    if r == 0:
        return base + rng.choice(("******", "****", "***号", "（已脱敏）")), "masked_address"
    if r == 1:
        return base, "region_only"
    if r == 2:
        return base + rng.choice(W.ROADS) + rng.choice(("", "附近", "一带", "沿线")), "road_no_number"
    if r == 3:
        return rng.choice(W.PLACEHOLDER_ADDR), "placeholder_address"
    if r == 4:
        return base + rng.choice(W.ESTATES) + "**栋***室", "masked_address"
    return (city or prov) + rng.choice(W.TOWNS) + rng.choice(("辖区", "范围内", "")), "region_only"


def _mask(v: str, keep_a: int, keep_b: int, ch: str = "*") -> str:
    return v[:keep_a] + ch * (len(v) - keep_a - keep_b) + v[len(v) - keep_b:]


def neg_id(rng):
    r = rng.randrange(4)
    v = resident_id.generate(rng)
    if r == 0:
        return _mask(v, 6, 4), "masked_number"
    if r == 1:
        return _mask(v, 1, 1), "masked_number"
    if r == 2:
        def bad(rng):
            good = resident_id.generate(rng)
            return good[:-1] + rng.choice([c for c in "0123456789X" if c != good[-1]])
        return _clean(rng, bad), "bad_checksum"
    return _clean(rng, lambda rr: resident_id.generate(rr)[:17]), "wrong_length"


def neg_mob(rng):
    v = mobile_phone.generate(rng)
    r = rng.randrange(5)
    if r == 0:
        return _mask(v, 3, 4), "masked_number"
    if r == 1:
        return v[:3] + " **** " + v[7:], "masked_number"
    if r == 2:
        return _clean(rng, lambda rr: rr.choice(("154", "140", "141", "144", "194", "100")) + _digits(rr, 8)), "unallocated_mobile"
    if r == 3:
        return _clean(rng, lambda rr: mobile_phone.generate(rr)[:10]), "wrong_length"
    return "尾号" + v[7:], "masked_number"


def neg_tel(rng):
    r = rng.randrange(5)
    if r == 0:
        f = landline_phone.format(landline_phone.generate(rng)).partition("转")[0]
        a, _, n = f.partition("-")
        return f"{a}-{'*' * (len(n) - 2)}{n[-2:]}", "masked_number"
    if r == 1:
        return rng.choice(("95588", "95599", "95566", "95533", "95555", "95559", "10086", "10010", "12345", "96120")), "hotline"
    if r == 2:
        return _clean(rng, lambda rr: rr.choice(("400-", "800-")) + _digits(rr, 3, "123456789") + "-" + _digits(rr, 4)), "hotline"
    if r == 3:
        return _clean(rng, lambda rr: "0" + _digits(rr, 3, "123") + "-" + _digits(rr, 5, "23456789")), "wrong_length"
    return "（未留固话）", "placeholder_number"


def _bad_luhn(rng):
    v = bank_card.generate(rng)
    return v[:-1] + str((int(v[-1]) + rng.randint(1, 9)) % 10)


def neg_card(rng):
    v = bank_card.generate(rng)
    r = rng.randrange(5)
    if r == 0:
        return v[:4] + " **** **** " + v[-4:], "masked_number"
    if r == 1:
        return _mask(v, 6, 4), "masked_number"
    if r == 2:
        return "尾号" + v[-4:], "masked_number"
    if r == 3:
        b = _clean(rng, _bad_luhn)
        return (" ".join(b[i:i + 4] for i in range(0, len(b), 4)) if rng.random() < 0.5 else b), "bad_checksum"
    return _clean(rng, lambda rr: _bad_luhn(rr)[:-1]), "wrong_length"


def neg_email(rng):
    e = make_email(rng)
    local, _, dom = e.partition("@")
    r = rng.randrange(3)
    if r == 0:
        return local[0] + "***@" + dom, "masked_email"
    if r == 1:
        return "***@" + dom, "masked_email"
    return rng.choice(("（未留邮箱）", "无", "不提供")), "placeholder_email"


def neg_ip(rng):
    ip = make_ip(rng).split(".")
    r = rng.randrange(3)
    if r == 0:
        return f"{ip[0]}.{ip[1]}.*.*", "masked_ip"
    if r == 1:
        return f"{ip[0]}.***.***.{ip[3]}", "masked_ip"
    return rng.choice(("（未记录）", "内网访问", "未采集")), "placeholder_ip"


def neg_pp(rng):
    v = passport.generate(rng)
    r = rng.randrange(3)
    if r == 0:
        return _mask(v, 1, 2), "masked_number"
    if r == 1:
        return _clean(rng, lambda rr: rr.choice("EG") + rr.choice("IO") + _digits(rr, 7)), "bad_shape"
    return _clean(rng, lambda rr: "E" + _digits(rr, 6)), "wrong_length"


def neg_permit(rng):
    v = hk_macau_permit.generate(rng)
    r = rng.randrange(3)
    if r == 0:
        return _mask(v, 1, 2), "masked_number"
    if r == 1:
        return _clean(rng, lambda rr: "C" + rr.choice("IO") + _digits(rr, 7)), "bad_shape"
    return _clean(rng, lambda rr: rr.choice("CHM") + _digits(rr, 6)), "wrong_length"


def neg_uscc(rng):
    v = uscc.generate(rng)
    if rng.random() < 0.4:
        return _mask(v, 8, 2), "masked_number"
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

    def bad(rr):
        g = uscc.generate(rr)
        return g[:-1] + rr.choice([c for c in alphabet if c != g[-1]])
    return _clean(rng, bad), "bad_checksum"


def neg_plate(rng):
    v = license_plate.generate(rng)
    r = rng.randrange(4)
    if v[0] == "使" or r == 0:
        p = rng.choice(W.PROVINCE_ABBR) + rng.choice("ABCDEFGH")
        return p + "·***" + _digits(rng, 2), "masked_number"
    if r == 1:
        return v[:2] + "****" + v[-1], "masked_number"
    if r == 2:
        return rng.choice(("临时号牌", "待上牌", "新车未上牌", "无牌")), "placeholder_plate"
    return _clean(rng, lambda rr: rr.choice(W.PROVINCE_ABBR) + rr.choice("ABCDEF") + _digits(rr, 4)), "wrong_length"


SLOTS = {
    "name": ("PERSON", make_name, neg_name),
    "addr": ("ADDRESS", make_addr, neg_addr),
    "raddr": ("ADDRESS", make_raddr, neg_addr),
    "uaddr": ("ADDRESS", make_uaddr, neg_addr),
    "id": ("CN_ID_CARD", make_id, neg_id),
    "mob": ("CN_MOBILE", make_mob, neg_mob),
    "tel": ("CN_LANDLINE", make_tel, neg_tel),
    "card": ("BANK_CARD", make_card, neg_card),
    "email": ("EMAIL", make_email, neg_email),
    "ip": ("IP_ADDRESS", make_ip, neg_ip),
    "pp": ("CN_PASSPORT", make_pp, neg_pp),
    "permit": ("CN_HK_MACAU_PERMIT", make_permit, neg_permit),
    "uscc": ("CN_USCC", make_uscc, neg_uscc),
    "plate": ("LICENSE_PLATE", make_plate, neg_plate),
}


# ---------------------------------------------------------------------------------------------
# always-negative fillers: each returns (text, kind); kind None = plain text, not counted


def _date(rng):
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}")), "date"


def _datetime(rng):
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "date"


def _time(rng):
    return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", "date"


def _amount(rng):
    v = rng.choice((rng.randint(1, 99) * 100, rng.randint(100, 99999), rng.randint(1, 500) * 1000))
    cents = rng.choice(("", ".00", f".{rng.randint(10, 99)}"))
    return rng.choice((f"{v:,}{cents}元", f"¥{v:,}{cents}", f"人民币{v}{cents}元", f"{v}{cents}元", f"RMB {v:,}{cents}")), "amount"


_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _amount_cn(rng):
    n = rng.randint(1, 9)
    unit = rng.choice(("万元整", "仟元整", "佰元整", "拾万元整"))
    return "人民币" + _CN_DIGITS[n] + unit, "amount"


def _ref(prefix_choices, lo, hi):
    def f(rng):
        return _clean(rng, lambda rr: rr.choice(prefix_choices) + _digits(rr, rr.randint(lo, hi), "123456789")), "reference_number"
    return f


def _trace(rng):
    return _clean(rng, lambda rr: _digits(rr, rr.randint(16, 24), "123456789")), "trace_number"


def _merchant(rng):
    return _clean(rng, lambda rr: _digits(rr, 15, "18")), "merchant_number"


def _terminal(rng):
    return _clean(rng, lambda rr: rr.choice(("", "T", "POS")) + _digits(rr, 8, "123456789")), "terminal_number"


def _six(kind):
    def f(rng):
        return _digits(rng, 6), kind
    return f


def _postcode(rng):
    return _digits(rng, 6, "12345678") , "postcode"


def _version(rng):
    return rng.choice(("v", "V", "版本", "App ")) + f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", "version"


def _errcode(rng):
    return rng.choice(("E", "ERR-", "错误码", "code=")) + str(rng.randint(100, 99999)), "error_code"


def _caseno(rng):
    prov = rng.choice("京沪浙苏豫川鲁粤湘鄂皖闽冀赣")
    return f"（{rng.randint(2018, 2025)}）{prov}{rng.randint(1, 9)}{rng.randint(100, 999):03d}{rng.choice(('民初', '民特', '执', '民调'))}{rng.randint(100, 29999)}号", "case_number"


def _contract(rng):
    return _clean(rng, lambda rr: rr.choice(("HT", "ZL", "GF", "XY", "JY", "DJ")) + rr.choice(("", "-")) +
                  str(rr.randint(2019, 2025)) + rr.choice(("", "-")) + _digits(rr, rr.randint(4, 7))), "contract_number"


def _hotline(rng):
    return rng.choice(("95588", "95599", "95566", "95533", "95555", "95528", "95561", "12315", "12345", "10086",
                       "10010", "10000", "120", "12320", "110", "122")), "hotline"


def _hotline400(rng):
    return _clean(rng, lambda rr: rr.choice(("400-", "400 ", "800-", "400")) + _digits(rr, 3, "1235678") + rr.choice(("-", " ", "")) + _digits(rr, 4)), "hotline"


def _vcode(rng):
    return _digits(rng, 6), "verification_code"


def _staffno(rng):
    return rng.choice(("工号", "柜员号", "编号")) + _clean(rng, lambda rr: rr.choice(("", "A", "B", "GY", "0")) + _digits(rr, rr.randint(4, 6))), "staff_number"


def _iccid(rng):
    return _clean(rng, lambda rr: "8986" + _digits(rr, 16)), "trace_number"


def _place(rng):
    return rng.choice(W.PLACES), "place"


def _country(rng):
    return rng.choice(W.COUNTRIES), "country"


def _brand(rng):
    return rng.choice(W.BRANDS), "brand"


def _car(rng):
    return rng.choice(W.CARS), "brand"


def _bank(rng):
    return rng.choice(W.BANKS), "bank_name"


def _branch(rng):
    _, city, dist = _region(rng)
    return rng.choice(W.BANKS) + (city or "") + dist.rstrip("区县市") + rng.choice(W.BRANCH_SUFFIX), "branch_name"


def _city(rng):
    prov, city, _ = _region(rng)
    return city or prov, "place"


def _district(rng):
    prov, city, dist = _region(rng)
    return (city or prov) + dist, "place"


def _org(names, kind):
    def f(rng):
        prov, city, _ = _region(rng)
        return (city or prov).rstrip("市") + rng.choice(names), kind
    return f


def _orgaddr(rng):
    return rng.choice((addr_road, addr_avenue, addr_devzone))(rng), "org_address"


def _filler(rng):
    return rng.choice(W.FILLERS), "surname_word"


def _sword(rng):
    return rng.choice(W.SURNAME_WORDS), "surname_word"


def _sphrase(rng):
    return rng.choice(W.SURNAME_PHRASES), "surname_word"


def _room_no(rng):
    return f"{rng.randint(2, 21)}{rng.randint(1, 40):02d}", "room_number"


def _int(lo, hi, kind="count"):
    def f(rng):
        return str(rng.randint(lo, hi)), kind
    return f


def _pick(seq, kind=None):
    def f(rng):
        return rng.choice(seq), kind
    return f


NOISE = {
    "date": _date, "datetime": _datetime, "time": _time, "amount": _amount, "amount_cn": _amount_cn,
    "trace": _trace, "merchant": _merchant, "terminal": _terminal, "batch": _six("batch_number"),
    "auth": _six("authorization_code"), "vcode": _vcode, "postcode": _postcode, "version": _version,
    "err": _errcode, "caseno": _caseno, "contract": _contract, "hotline": _hotline, "hotline400": _hotline400,
    "staffno": _staffno, "iccid": _iccid, "place": _place, "country": _country, "brand": _brand, "car": _car,
    "bank": _bank, "branch": _branch, "city": _city, "district": _district, "orgaddr": _orgaddr,
    "filler": _filler, "sword": _sword, "sphrase": _sphrase, "crop": _pick(W.CROPS, "surname_word"), "town": _pick(W.TOWNS, "place"), "vil": _pick(W.VILLAGES, "place"), "roomno": _room_no,
    "hospital": _org(W.HOSPITALS, "org_name"), "hotel": _pick(W.HOTELS, "brand"), "agency": _pick(W.AGENCIES, "brand"),
    "rental": _pick(W.RENTALS, "brand"), "carrier": _pick(W.CARRIERS, "brand"), "charity": _org(W.CHARITIES, "org_name"),
    "company": _org(W.COMPANIES, "org_name"), "venue": _pick(W.VENUES, "org_name"),
    "court": _org(("人民法院", "中级人民法院", "区人民法院"), "org_name"),
    "order": _ref(("DD", "NO.", "SO", "ORD", "JD"), 10, 16), "receipt": _ref(("SJ", "No.", "CS", "HZ"), 7, 10),
    "mrn": _ref(("ZY", "MZ", "住院号", "门诊号"), 6, 9), "cert": _ref(("浙(2021)杭州市不动产权第", "不动产权第", "房权证字第"), 7, 7),
    "deposit": _ref(("CD", "DQ", "存单"), 8, 12), "invoice": _ref(("FP", "票号"), 8, 8),
    "ticket": _ref(("WZ", "决定书"), 10, 14), "ref": _ref(("", "REF"), 12, 12),
    "n": _int(1, 9), "nn": _int(10, 99), "nnn": _int(100, 999), "age": _int(22, 78), "year": _int(1955, 2002, "date"),
    "pct": _int(5, 95, "count"), "km": _int(12000, 98000, "count"),
    "dept": _pick(W.DEPARTMENTS, "org_name"), "roomtype": _pick(W.ROOM_TYPES), "edu": _pick(W.EDUCATION),
    "univ": _pick(W.UNIVERSITIES, "org_name"), "position": _pick(W.POSITIONS), "rel": _pick(W.RELATIONS),
    "sex": _pick(("男", "女")), "carrier_plan": _pick(("5G畅享套餐", "亲情副卡", "融合宽带套餐", "无限流量卡", "19元保号套餐")),
}


# ---------------------------------------------------------------------------------------------
# record context and layouts

_CHOICE = re.compile(r"«([^«»]*)»")
_SLOT = re.compile(r"\{([^{}]+)\}")


class Ctx:
    """One record: its random source, whether it carries PII, and the value chosen per slot key."""

    P_PERSONAL = 0.72

    def __init__(self, rng, pii: bool) -> None:
        self.rng = rng
        self.pii = pii
        self.cache: dict = {}
        self.csv = False

    def fill(self, b: Builder, key: str) -> None:
        kind, _, role = key.partition(".")
        if kind in SLOTS:
            if key not in self.cache:
                label, make, neg = SLOTS[kind]
                if self.pii and self.rng.random() < self.P_PERSONAL:
                    self.cache[key] = (make(self.rng), label)
                else:
                    text, nk = neg(self.rng)
                    self.cache[key] = (text, "~" + nk)
            text, tag = self.cache[key]
            if tag.startswith("~"):
                b.neg(text, tag[1:])
            else:
                b.pii(text, tag)
            return
        if kind not in NOISE:
            raise KeyError(key)
        if role:
            if key not in self.cache:
                self.cache[key] = NOISE[kind](self.rng)
            text, nk = self.cache[key]
        else:
            text, nk = NOISE[kind](self.rng)
        if self.csv and nk == "amount":
            text = text.replace(",", "")
        if nk:
            b.neg(text, nk)
        else:
            b.add(text)

    def expand(self, s: str) -> str:
        while True:
            m = _CHOICE.search(s)
            if not m:
                return s
            s = s[:m.start()] + self.rng.choice(m.group(1).split("|")) + s[m.end():]

    def say(self, b: Builder, s: str) -> None:
        parts = _SLOT.split(self.expand(s))
        for i, p in enumerate(parts):
            if i % 2:
                self.fill(b, p)
            elif p:
                b.add(p)

    def one(self, b: Builder, *options: str) -> None:
        self.say(b, self.rng.choice(options))

    def maybe(self, b: Builder, p: float, *options: str) -> None:
        if self.rng.random() < p:
            self.one(b, *options)


STYLES = ("colon", "colon", "bracket", "numbered", "semi", "prose", "table", "csv", "kvspace")
_CN_NUM = "一二三四五六七八九十"


def _select(ctx: Ctx, fields):
    out = [f[:2] for f in fields if len(f) < 3 or ctx.rng.random() < f[2]]
    if len(out) > 3 and ctx.rng.random() < 0.3:
        mid = out[1:]
        ctx.rng.shuffle(mid)
        out = out[:1] + mid
    return out


def form(b: Builder, ctx: Ctx, fields, style: str | None = None) -> None:
    """Render (label, template[, probability]) fields in one of several layouts."""
    rng = ctx.rng
    fs = _select(ctx, fields)
    style = style or rng.choice(STYLES)
    if style == "colon":
        sep = rng.choice(("：", "：", ": ", ":"))
        for lab, t in fs:
            b.add(lab + sep)
            ctx.say(b, t)
            b.add("\n")
    elif style == "bracket":
        for lab, t in fs:
            b.add(f"【{lab}】")
            ctx.say(b, t)
            b.add("\n")
    elif style == "numbered":
        kind = rng.randrange(3)
        for i, (lab, t) in enumerate(fs, 1):
            head = (f"{i}. ", f"{i}、", f"（{_CN_NUM[(i - 1) % 10]}）")[kind]
            b.add(head + lab + "：")
            ctx.say(b, t)
            b.add("\n")
    elif style == "semi":
        for i, (lab, t) in enumerate(fs):
            b.add(("" if i == 0 else "；") + lab + "：")
            ctx.say(b, t)
        b.add("。\n")
    elif style == "prose":
        for i, (lab, t) in enumerate(fs):
            b.add(("" if i == 0 else "，") + lab + rng.choice(("为", "为", "是")))
            ctx.say(b, t)
        b.add("。\n")
    elif style in ("table", "csv"):
        sep = " | " if style == "table" else ","
        ctx.csv = style == "csv"
        b.add(sep.join(lab for lab, _ in fs) + "\n")
        for i, (_, t) in enumerate(fs):
            if i:
                b.add(sep)
            ctx.say(b, t)
        b.add("\n")
        ctx.csv = False
    else:  # kvspace
        for lab, t in fs:
            b.add(lab + " " * rng.randint(2, 4))
            ctx.say(b, t)
            b.add("\n")


def rows(b: Builder, ctx: Ctx, headers, make_row, n: int, style: str | None = None) -> None:
    """A list of n records, make_row(i) -> templates (one per header)."""
    rng = ctx.rng
    style = style or rng.choice(("table", "csv", "numbered", "semi", "table"))
    if style in ("table", "csv"):
        sep = " | " if style == "table" else ","
        ctx.csv = style == "csv"
        b.add(sep.join(headers) + "\n")
        for i in range(n):
            for k, t in enumerate(make_row(i)):
                if k:
                    b.add(sep)
                ctx.say(b, t)
            b.add("\n")
        ctx.csv = False
    elif style == "numbered":
        for i in range(n):
            b.add(f"{i + 1}. ")
            for k, t in enumerate(make_row(i)):
                if k:
                    b.add("，")
                b.add(headers[k] + "：")
                ctx.say(b, t)
            b.add("\n")
    else:
        for i in range(n):
            for k, t in enumerate(make_row(i)):
                b.add(("" if k == 0 else "；") + headers[k] + "：")
                ctx.say(b, t)
            b.add("。\n")


def chat(b: Builder, ctx: Ctx, lines) -> None:
    """(speaker template, message template) lines in a chat export layout."""
    rng = ctx.rng
    kind = rng.randrange(3)
    h, mnt = rng.randint(8, 20), rng.randint(0, 40)
    for spk, msg in lines:
        mnt += rng.randint(0, 4)
        stamp = f"{h + mnt // 60:02d}:{mnt % 60:02d}"
        if kind == 0:
            b.add(f"[{stamp}] ")
            ctx.say(b, spk)
            b.add("：")
        elif kind == 1:
            ctx.say(b, spk)
            b.add(f" {stamp}\n")
        else:
            ctx.say(b, spk)
            b.add(": ")
        ctx.say(b, msg)
        b.add("\n")


def footer(b: Builder, ctx: Ctx) -> None:
    ctx.maybe(b, 0.7, "{filler}", "{filler}{filler}")
    ctx.maybe(b, 0.6, "\n咨询电话：{hotline}", "\n服务热线{hotline400}", "\n客服电话 {hotline}（{time}后转语音）",
              "\n本单打印时间：{datetime}，系统{version}", "\n如有疑问请拨打{hotline}。")


# ---------------------------------------------------------------------------------------------
# genres


def g_divorce_settlement(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "离婚协议书\n", "离婚财产分割协议\n", "自愿离婚协议（财产分割部分）\n")
        for side, k in (("男方", "m"), ("女方", "f")):
            ctx.one(b,
                    side + "：{name.%s}，{year}年生，身份证号码：{id.%s}，户籍地址：{addr.%s_h}，现住{addr.%s_l}，联系电话{mob.%s}。\n" % (k, k, k, k, k),
                    side + "{name.%s}（公民身份号码{id.%s}），«住所地|经常居住地»：{addr.%s_l}，«手机|电话»：{mob.%s}。\n" % (k, k, k, k),
                    side + "姓名{name.%s}，证件号{id.%s}，通讯地址{addr.%s_l}。\n" % (k, k, k),
                    side + "：{name.%s}，«护照|往来港澳通行证»号码{%s.%s}，经常居住地{addr.%s_l}，固定电话{tel.%s}。\n"
                    % (k, rng.choice(("pp", "permit")), k, k, k))
        ctx.one(b, "双方于{date}在{city}民政局登记结婚，现因感情确已破裂，经协商一致，就财产分割达成如下协议：\n",
                "男女双方自愿离婚，对共同财产的处理协商如下：\n")
        ctx.one(b, "一、房产：位于{addr.house}的房屋（{cert}号）归{name.f}所有，剩余按揭贷款由其在{bank}继续偿还。\n",
                "一、房屋坐落于{addr.house}，双方同意出售后所得款项平均分配。\n",
                "一、婚后购买的«住房|房产»（坐落：{addr.house}）归男方，男方补偿女方{amount}。\n")
        ctx.one(b, "二、存款：双方在{branch}的定期存单（存单号{deposit}）到期后平均分割，女方份额转入其名下账户{card.f}。\n",
                "二、男方名下{bank}账户{card.m}内余额{amount}，其中一半于{date}前转至女方账户{card.f}。\n",
                "二、共同存款{amount}已由双方各自取得，互不追偿。\n")
        ctx.maybe(b, 0.7, "三、车辆：{car}一辆（车牌号{plate.car}）归{name.m}所有，过户费用由其承担。\n",
                  "三、«小汽车|轿车»一辆，号牌{plate.car}，归女方使用。\n")
        ctx.maybe(b, 0.7, "四、子女：婚生«儿子|女儿»{name.child}由«女方|男方»抚养，另一方每月{n}日前支付抚养费{amount}至{card.f}。\n",
                  "四、孩子{name.child}随母亲生活，父亲每月支付抚养费{amount}。\n")
        ctx.one(b, "五、本协议一式三份，自婚姻登记机关办理离婚登记之日起生效。\n",
                "五、如一方隐匿财产，另一方可向{court}起诉。\n")
        ctx.say(b, "男方（签字）：{name.m}    女方（签字）：{name.f}\n{date.sign}\n")
    elif kind == 1:
        ctx.one(b, "{branch}\n离婚后账户变更申请书\n", "个人账户变更申请（离婚财产分割）\n", "【账户变更申请】\n")
        form(b, ctx, [("申请人", "{name.a}"), ("证件类型", "«居民身份证|身份证»"), ("证件号码", "{id.a}"),
                      ("联系电话", "{mob.a}"), ("固定电话", "{tel.a}", 0.4), ("原账户", "{card.a}"),
                      ("变更事项", "«解除联名|取消代扣|变更预留手机号|存单分割»"), ("通讯地址", "{addr.a}", 0.8),
                      ("电子邮箱", "{email.a}", 0.4), ("法律文书", "{court}民事调解书{caseno}", 0.7), ("申请日期", "{date}")])
        ctx.one(b, "本人{name.a}因与{name.b}解除婚姻关系，根据{court}出具的调解书（{caseno}），申请将原共同账户项下存款按约定分割。",
                "申请人{name.a}称，其与前配偶{name.b}已于{date}办理离婚手续，现申请将账户{card.a}的预留手机号由{mob.b}变更为{mob.a}。",
                "因婚姻关系变化，{name.a}申请取消前配偶{name.b}对其账户的代理权限。")
        ctx.maybe(b, 0.6, "原共同名下抵押物坐落于{addr.coll}，抵押权人为{bank}，离婚后由{name.a}单独承继还款义务。",
                  "双方共有房产（{addr.coll}）已办理抵押，申请变更借款人为{name.a}。",
                  "申请人现经常居住地为{addr.a_l}，与户籍地址{addr.a}不一致。")
        b.add("\n")
        ctx.one(b, "经办柜员：{name.staff}（{staffno}）  复核：{name.check}\n", "经办：{name.staff}，授权：{staffno}\n",
                "受理网点：{branch}，地址{orgaddr}\n")
    else:
        ctx.one(b, "存单分割咨询记录\n", "客服对话导出（离婚存单）\n")
        chat(b, ctx, [("客户", "你好，我和前夫{name.b}离婚了，法院判决我们在{bank}的存单一人一半，怎么分？"),
                      ("客服{staffno}", "您好，请提供您的姓名和身份证号，我帮您查询。"),
                      ("客户", "我叫{name.a}，身份证{id.a}。"),
                      ("客服{staffno}", "«好的|收到»，需要您携带离婚证、判决书（{caseno}）原件到开户网点办理，{filler}"),
                      ("客户", "分到的钱能直接转到我{bank}的卡{card.a}吗？"),
                      ("客服{staffno}", "可以的，到账后会短信通知{mob.a}，请留意。"),
                      ("客户", "我现在住{addr.a}，离哪个网点近？"),
                      ("客服{staffno}", "建议前往{branch}，地址{orgaddr}，{filler}")])
    footer(b, ctx)
    return ["divorce_agreement", "account_change", "deposit_chat"][kind]


def g_medical_bill(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "{hospital}门诊缴费清单\n", "{hospital} 收费明细\n", "{hospital}住院费用清单（{date}）\n")
        form(b, ctx, [("患者姓名", "{name.p}"), ("性别", "{sex}"), ("年龄", "{age}岁"), ("就诊号", "{mrn}"), ("证件号码", "{id.p}", 0.4),
                      ("科室", "{dept}"), ("联系电话", "{mob.p}", 0.7), ("家庭住址", "{addr.p}", 0.85), ("家属电话", "{tel.p}", 0.3)])
        rows(b, ctx, ["项目", "数量", "单价", "金额"],
             lambda i: [rng.choice(("血常规", "CT平扫", "彩超", "静脉输液", "床位费", "护理费", "挂号费", "中药饮片", "心电图")),
                        "{n}", "{amount}", "{amount}"], rng.randint(2, 5))
        ctx.one(b, "合计：{amount}，医保统筹支付{amount}，个人支付{amount}。\n", "本次应付{amount}，已付{amount}。\n")
        ctx.maybe(b, 0.25, "线上缴费：登录IP {ip.p}，{version}。\n", "电子票据已发送至{email.p}。\n")
        ctx.one(b, "支付方式：银行卡（{card.p}），交易参考号{ref}，终端{terminal}。\n",
                "支付方式：«微信|支付宝|现金»，收费员{name.staff}。\n",
                "持卡人{name.p}，卡号{card.p}，授权码{auth}。\n")
    elif kind == 1:
        ctx.one(b, "基本医疗保险结算单\n", "{city}医疗保障局 住院结算单\n", "医保结算明细\n")
        form(b, ctx, [("参保人", "{name.p}"), ("身份证号", "{id.p}"), ("参保地", "{district}"),
                      ("医疗类别", "«普通住院|门诊慢特病|生育住院|急诊留观»"), ("入院日期", "{date}"), ("出院日期", "{date}"),
                      ("总费用", "{amount}"), ("统筹支付", "{amount}"), ("个人自付", "{amount}"),
                      ("结算流水号", "{trace}"), ("经办人", "{name.staff}", 0.7), ("联系电话", "{mob.p}", 0.5),
                      ("居住地址", "{addr.p}", 0.5)])
        ctx.one(b, "参保人{name.p}本次住院起付标准{amount}，报销比例{pct}%。",
                "本单由{hospital}出具，{filler}", "如对结算有异议，请于{n}个工作日内到参保地经办机构申请复核。")
        b.add("\n")
    else:
        ctx.one(b, "住院押金退款申请\n", "押金退款到卡确认单\n", "出院结算押金退还说明\n")
        ctx.one(b, "患者{name.p}（住院号{mrn}）于{date}出院，预交押金{amount}，结算后应退{amount}。",
                "{name.p}住院期间共交押金{amount}，扣除自付费用后余额{amount}。")
        ctx.one(b, "经患者家属{name.fam}（{rel}，电话{mob.fam}）申请，款项退至其{bank}账户{card.fam}，户名{name.fam}。\n",
                "退款原路退回至尾号银行卡，持卡人{name.fam}，卡号{card.fam}。\n",
                "因原卡已注销，申请改退至{name.fam}名下卡号{card.fam}（开户行：{branch}）。\n")
        form(b, ctx, [("申请人", "{name.fam}"), ("与患者关系", "{rel}"), ("申请人身份证", "{id.fam}"),
                      ("联系地址", "{addr.fam}", 0.8), ("家庭电话", "{tel.fam}", 0.4), ("退款金额", "{amount}"),
                      ("办理窗口", "出院结算处{n}号窗口")])
        ctx.one(b, "财务科审核：{name.staff}  日期：{date}\n", "审核人：{staffno}\n", "医院地址：{orgaddr}\n")
    footer(b, ctx)
    return ["payment_list", "insurance_settlement", "deposit_refund"][kind]


def g_hotel_checkin(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "{hotel}（{city}店）住宿登记单\n", "旅客入住登记表\n", "{hotel} 前台入住登记\n")
        doc = rng.randrange(3)
        dtype, dslot = (("居民身份证", "{id.g}"), ("护照", "{pp.g}"), ("往来港澳通行证", "{permit.g}"))[doc]
        form(b, ctx, [("姓名", "{name.g}"), ("证件类型", dtype), ("证件号码", dslot), ("手机", "{mob.g}"),
                      ("房号", "{roomno}"), ("房型", "{roomtype}", 0.6), ("入住", "{date.in}"), ("离店", "{date.out}"),
                      ("同住人", "{name.g2}", 0.5), ("车牌", "{plate.g}", 0.5), ("住址", "{addr.g}", 0.8),
                      ("邮箱", "{email.g}", 0.4), ("单位电话", "{tel.g}", 0.25), ("房价", "{amount}/晚")])
        ctx.maybe(b, 0.35, "开票信息：抬头{company}，税号{uscc.co}。\n", "协议单位：{company}（{uscc.co}）。\n")
        ctx.one(b, "客人{name.g}已刷证核验，人证比对通过。", "前台{name.staff}办理入住，押金{amount}。",
                "{filler}", "住客承诺遵守《旅馆业治安管理办法》。")
        b.add("\n")
    elif kind == 1:
        ctx.one(b, "住客信息导出 {date}\n", "在住客人清单（公安上传）\n", "guest_export_{nn}.csv\n")
        n = rng.randint(2, 5)
        with_addr = rng.random() < 0.4
        rows(b, ctx, ["房号", "姓名", "证件号", "手机", "入住时间"] + (["地址"] if with_addr else []),
             lambda i: ["{roomno}", "{name.r%d}" % i,
                        rng.choice(("{id.r%d}", "{id.r%d}", "{pp.r%d}", "{permit.r%d}")) % i, "{mob.r%d}" % i,
                        "{datetime}"] + (["{addr.r%d}" % i] if with_addr else []),
             n, rng.choice(("csv", "table", "csv")))
        ctx.one(b, "共{n}条记录，导出人{staffno}。\n", "导出时间{datetime}，{filler}\n")
    else:
        ctx.one(b, "押金预授权记录\n", "POS预授权凭条（商户存根）\n", "{hotel} 押金预授权明细\n")
        form(b, ctx, [("商户名称", "{hotel}"), ("商户号", "{merchant}"), ("终端号", "{terminal}"),
                      ("持卡人", "{name.g}"), ("卡号", "{card.g}"), ("交易类型", "«预授权|预授权完成|预授权撤销»"),
                      ("授权码", "{auth}"), ("批次号", "{batch}"), ("参考号", "{ref}"), ("金额", "{amount}"),
                      ("时间", "{datetime}")])
        ctx.maybe(b, 0.6, "网上预订信息：预订人{name.g}，邮箱{email.g}，下单IP {ip.g}，订单号{order}。\n",
                  "客人通过App下单（{version}），登录IP：{ip.g}，联系手机{mob.g}。\n")
        ctx.maybe(b, 0.3, "发票抬头{company}，纳税人识别号{uscc.co}，发票寄至{addr.g}。\n")
        ctx.one(b, "退房时预授权完成{amount}，余额{n}个工作日内解冻。", "客人{name.g}离店，前台{name.staff}撤销预授权。",
                "持卡人签名：{name.g}")
        b.add("\n")
    footer(b, ctx)
    return ["checkin_form", "guest_export", "preauth"][kind]


def g_estate_agent(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "{agency}带看记录\n", "带看确认单 {date}\n", "经纪人带看日志\n")
        n = rng.randint(2, 4)
        for i in range(n):
            ctx.one(b,
                    "%d. {time} 带看客户{name.c}（{mob.c}）看房源{addr.h%d}，客户«较满意|一般|嫌贵|想再比较»。\n" % (i + 1, i),
                    "%d、客户{name.c}看了{addr.h%d}，业主{name.o%d}报价{amount}，可谈。\n" % (i + 1, i, i),
                    "%d. 房源：{addr.h%d}；业主电话{mob.o%d}；钥匙在店。\n" % (i + 1, i, i))
        ctx.one(b, "经纪人：{name.agent}  店长：{name.mgr}\n", "客户签字：{name.c}\n", "门店地址：{orgaddr}\n")
        ctx.maybe(b, 0.5, "备注：客户«周末|白天|晚上»方便看房，高峰期时段避开。\n", "备注：{sphrase}，客户说{sword}再议。\n")
        if rng.random() < 0.5:
            chat(b, ctx, [("{name.agent}", "{name.c}您好，明天带您看{addr.h0}那套，业主{name.o0}同意了"),
                          ("{name.c}", "好的，我现在住{addr.c}，过去大概半小时"),
                          ("{name.agent}", "那我在小区门口等您，有事打{mob.agent}"),
                          ("{name.c}", "行，{sphrase}，我可能晚点到")])
    elif kind == 1:
        ctx.one(b, "购房意向书\n", "二手房买卖意向协议\n", "{agency} 购房意向金协议\n")
        for side, k in (("买方", "buy"), ("卖方", "sell")):
            form(b, ctx, [(side, "{name.%s}" % k), ("身份证号", "{id.%s}" % k), ("联系电话", "{mob.%s}" % k),
                          ("通讯地址", "{addr.%s}" % k, 0.8),
                          ("电子邮箱", "{email.%s}" % k, 0.3)], rng.choice(("semi", "colon", "prose", "bracket")))
        ctx.one(b, "房屋坐落：{addr.house}，建筑面积{nn}.{n}平方米，成交总价{amount}。\n",
                "卖方自愿将其名下位于{addr.house}的房屋出售给买方，总价{amount_cn}。\n",
                "标的房屋：{addr.house}（{cert}号），«满五唯一|满二|未满二»。\n")
        ctx.one(b, "买方于签约当日支付意向金{amount}至卖方账户{card.sell}（{bank}）。\n",
                "意向金由{agency}监管，监管账户为{branch}对公账户。\n",
                "意向金{amount}已由买方从{card.buy}转出。\n")
        ctx.one(b, "经纪人：{name.agent}，{staffno}。\n", "居间方：{agency}，地址{orgaddr}。\n",
                "居间方：{agency}（统一社会信用代码{uscc.ag}），经纪人{name.agent}。\n")
    else:
        ctx.one(b, "定金收据\n", "收  据\n", "购房定金收条\n")
        ctx.one(b, "今收到{name.buy}（身份证号：{id.buy}）交来购买{addr.house}房屋的定金{amount_cn}（{amount}）。\n",
                "兹收到买受人{name.buy}支付的房屋定金{amount}，房屋位于{addr.house}。\n",
                "收到{name.buy}定金{amount_cn}，用于购买业主{name.sell}名下房产（{addr.house}）。\n")
        ctx.maybe(b, 0.3, "本收据经线上签署，签署IP：{ip.buy}。\n", "买方固定电话：{tel.buy}。\n")
        ctx.one(b, "收款人：{name.sell}  收款账户：{card.sell}\n", "收款方式：转账至{bank}卡号{card.sell}。\n",
                "收款人签字：{name.sell}，电话{mob.sell}。\n")
        ctx.say(b, "收据编号：{receipt}  日期：{date}\n")
        ctx.maybe(b, 0.5, "见证人：{name.agent}（{agency}）\n")
    footer(b, ctx)
    return ["viewing_log", "intent_letter", "deposit_receipt"][kind]


def g_car_rental(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "{rental}汽车租赁合同\n", "车辆租赁合同（短租）\n", "租车服务协议 合同编号{contract}\n")
        form(b, ctx, [("承租人", "{name.r}"), ("身份证号", "{id.r}"), ("驾驶证档案编号", "{nnn}{nnn}{nnn}{nnn}", 0.4),
                      ("手机号码", "{mob.r}"), ("紧急联系人", "{name.e}"), ("紧急联系电话", "{mob.e}"),
                      ("现住址", "{addr.r}", 0.8), ("单位电话", "{tel.r}", 0.3),
                      ("电子邮箱", "{email.r}", 0.3), ("租赁车辆", "{car}"), ("车牌号码", "{plate.car}"),
                      ("取车门店", "{city}{rental}门店"), ("租期", "{date.a}至{date.b}"), ("日租金", "{amount}")])
        ctx.one(b, "押金以信用卡预授权方式冻结，卡号{card.r}，金额{amount}。\n",
                "承租人同意车辆押金{amount}、违章押金{amount}通过{card.r}扣取。\n",
                "押金已通过线上免押，无需刷卡。\n")
        ctx.maybe(b, 0.5, "境外承租人另需提供护照{pp.r}。\n", "港澳居民请出示通行证{permit.r}。\n")
        ctx.maybe(b, 0.4, "企业客户：{company}，统一社会信用代码{uscc.co}。\n", "线上签署IP：{ip.r}，签署时间{datetime}。\n")
        ctx.one(b, "出租方：{rental}，门店地址{orgaddr}。\n", "签约经办：{name.staff}\n")
    elif kind == 1:
        ctx.one(b, "取还车单\n", "车辆交接单（取车/还车）\n", "{rental} 验车单\n")
        ctx.say(b, "车牌：{plate.car}    车型：{car}\n")
        rows(b, ctx, ["项目", "取车", "还车"],
             lambda i: [("里程", "油量", "外观", "时间")[i], ("{km}km", "{pct}%", "«完好|左前门划痕|无新增»", "{datetime}")[i],
                        ("{km}km", "{pct}%", "«完好|后杠轻微刮擦|无新增»", "{datetime}")[i]], 4, "table")
        ctx.one(b, "取车人{name.r}（{mob.r}）确认车况。\n", "客户{name.r}签字确认，门店{name.staff}核验。\n",
                "还车人：{name.r}，实际还车点{orgaddr}。\n")
    else:
        ctx.one(b, "违章代缴通知\n", "租期内交通违法处理单\n", "违章代缴扣款明细\n")
        n = rng.randint(1, 3)
        for i in range(n):
            ctx.one(b, "%d) {date} 在{district}«人民路|解放路|环城高速|江湖大道|金融街»«路段|路口»«超速|闯红灯|违停»，车牌{plate.car}，罚款{nnn}元，决定书编号{ticket}。\n" % (i + 1),
                    "%d. 违法时间{datetime}，地点{district}，车辆{plate.car}，记{n}分。\n" % (i + 1))
        ctx.one(b, "承租人{name.r}授权本公司代缴，费用从其绑定卡{card.r}扣除，另收服务费{amount}。\n",
                "请承租人{name.r}于{n}日内处理，逾期将从押金扣除。联系电话{mob.r}。\n",
                "代缴完成后凭证发送至{email.r}。\n")
    footer(b, ctx)
    return ["rental_contract", "handover_sheet", "violation_fee"][kind]


def g_telecom_kyc(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "{carrier}入网实名登记\n", "电话用户真实身份信息登记表\n", "{carrier} 营业厅 新装登记单\n")
        form(b, ctx, [("客户姓名", "{name.c}"), ("证件类型", "«居民身份证|护照|港澳居民来往内地通行证»"),
                      ("证件号码", rng.choice(("{id.c}", "{id.c}", "{pp.c}", "{permit.c}"))), ("证件地址", "{addr.c_id}"),
                      ("联系地址", "{addr.c}", 0.6), ("新装号码", "{mob.new}"), ("联系电话", "{tel.c}", 0.4),
                      ("ICCID", "{iccid}"), ("套餐", "{carrier_plan}"), ("受理工号", "{staffno}"), ("受理时间", "{datetime}")])
        ctx.one(b, "客户{name.c}已现场人像比对，«一证五号|一证多号»核查通过。", "{filler}", "同一证件在本网已登记{n}个号码。")
        b.add("\n")
    elif kind == 1:
        ctx.one(b, "携号转网申请记录\n", "携转授权码查询短信\n", "携号转网在线办理日志\n")
        ctx.one(b, "用户编辑短信“SQXH#{name.c}#{id.c}”发送至{hotline}，",
                "用户{name.c}通过App（{version}）发起携转查询，")
        ctx.one(b, "收到授权码{vcode}，有效期至{date}。\n", "系统返回：号码{mob.c}具备携转条件。\n")
        form(b, ctx, [("转出号码", "{mob.c}"), ("转出运营商", "{carrier}"), ("转入运营商", "{carrier}"),
                      ("登录IP", "{ip.c}"), ("申请时间", "{datetime}"), ("结果", "«成功|失败，{err}|待用户确认»")])
    else:
        ctx.one(b, "副卡办理登记\n", "{carrier} 亲情副卡申请表\n", "副卡业务受理单\n")
        form(b, ctx, [("主卡号码", "{mob.main}"), ("机主姓名", "{name.main}"), ("机主证件", "{id.main}"),
                      ("副卡号码", "{mob.sub}"), ("副卡使用人", "{name.sub}"), ("与机主关系", "{rel}"),
                      ("使用人证件", "{id.sub}", 0.7), ("邮寄地址", "{addr.mail}"), ("电子账单邮箱", "{email.main}", 0.6), ("家庭固话", "{tel.main}", 0.4)])
        ctx.one(b, "副卡SIM卡将由快递寄送至{addr.mail}，签收人{name.sub}。\n", "机主{name.main}同意副卡共享套餐流量。\n",
                "副卡月功能费{amount}，从主卡话费扣除。\n")
    footer(b, ctx)
    return ["real_name_form", "number_porting", "sub_card"][kind]


def g_charity_donation(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "{charity}捐款名单公示（第{n}期）\n", "爱心捐款芳名录\n", "“{place}助学”募捐名单\n")
        n = rng.randint(3, 7)
        rows(b, ctx, ["序号", "捐款人", "金额", "日期"],
             lambda i: [str(i + 1), rng.choice(("{name.d%d}" % i, "{name.d%d}" % i, "{name.d%d}" % i, "爱心人士",
                                                "匿名", "{company}", "{name.d%d}（{city}）" % i, "{company}（{uscc.d%d}）" % i)), "{amount}", "{date}"], n)
        ctx.maybe(b, 0.5, "捐赠单位{company}（统一社会信用代码{uscc.co}）捐赠物资折合{amount}。\n")
        ctx.one(b, "以上款项已全部存入{charity}专户，接受社会监督，监督电话{hotline}。\n", "感谢各位爱心人士！{filler}\n")
    elif kind == 1:
        ctx.one(b, "慈善募捐回执\n", "捐赠收据（回执联）\n", "{charity} 捐款回执\n")
        ctx.one(b, "兹收到{name.d}（{mob.d}）捐赠人民币{amount}，用于{place}山区儿童营养餐项目。\n",
                "{name.d}先生/女士：您于{date}通过{bank}账户{card.d}捐赠的{amount}已收悉。\n",
                "感谢{name.d}捐款{amount}，票据号{receipt}。\n")
        form(b, ctx, [("捐赠人", "{name.d}"), ("证件号码", "{id.d}", 0.6), ("捐赠方式", "«银行转账|现金|微信»"),
                      ("付款账户", "{card.d}", 0.6), ("票据寄送地址", "{addr.d}", 0.8), ("电子票据邮箱", "{email.d}", 0.6),
                      ("联系电话", "{tel.d}", 0.3), ("网上捐赠IP", "{ip.d}", 0.25),
                      ("经手人", "{name.staff}")])
        ctx.maybe(b, 0.5, "单位捐赠请提供统一社会信用代码：{uscc.co}。\n", "代捐单位：{company}，信用代码{uscc.co}。\n")
    else:
        ctx.one(b, "助学结对登记表\n", "“一对一”助学结对协议\n", "结对帮扶信息表\n")
        form(b, ctx, [("资助人", "{name.s}"), ("联系电话", "{mob.s}"), ("电子邮箱", "{email.s}", 0.5),
                      ("受助学生", "{name.kid}"), ("就读学校", "{city}第{n}中学"), ("家庭住址", "{raddr.kid}"),
                      ("监护人", "{name.g}"), ("监护人电话", "{mob.g}"), ("助学金发放卡", "{card.g}"),
                      ("资助标准", "每学期{amount}")])
        ctx.one(b, "资助人{name.s}承诺资助至学生初中毕业。", "受助学生家住{raddr.kid}，父母在外务工，由祖父{name.g}照顾。",
                "{filler}")
        b.add("\n")
    footer(b, ctx)
    return ["donor_list", "donation_receipt", "student_pairing"][kind]


def g_village_election(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    town = rng.choice(W.TOWNS)
    vil = rng.choice(W.VILLAGES)
    if kind == 0:
        b.add(f"{town}{vil}第{rng.randint(8, 13)}届村民委员会换届选举候选人公示\n")
        n = rng.randint(3, 6)
        rows(b, ctx, ["姓名", "性别", "年龄", "文化程度", "拟任职务", "住址"],
             lambda i: ["{name.c%d}" % i, "{sex}", "{age}", "{edu}", rng.choice(("主任", "副主任", "委员", "妇女委员")),
                        "{raddr.c%d}" % i], n)
        ctx.one(b, "公示期{n}天，如有异议请向镇选举指导小组反映，电话{hotline}。\n",
                "选举日定于{date}，投票地点为村委会大院。{filler}\n")
    elif kind == 1:
        b.add(rng.choice(("候选人简介\n", "村委会主任候选人基本情况\n", f"{vil}候选人介绍\n")))
        for i in range(rng.randint(1, 3)):
            ctx.one(b,
                    "{name.c%d}，{sex}，{year}年生，{edu}文化，现住{raddr.c%d}，联系电话{mob.c%d}。曾任村民小组长，带领群众发展{crop}种植。\n" % (i, i, i),
                    "{name.c%d}，{sex}，{age}岁，户籍所在地{raddr.c%d}。长期从事个体经营，热心公益。\n" % (i, i),
                    "{name.c%d}，{sex}，{year}年生，住{raddr.c%d}，家庭电话{tel.c%d}，现任村民小组长。\n" % (i, i, i),
                    "{name.c%d}同志，{year}年出生，{edu}，家住{raddr.c%d}，现任村会计。\n" % (i, i))
        ctx.maybe(b, 0.6, "选民如需了解情况，可联系镇干部{name.staff}。\n", "联系人：{name.staff}（手机{mob.staff}）\n",
                  "联系人：{name.staff}，家庭电话{tel.staff}。\n")
    else:
        b.add(rng.choice(("村务公开栏\n", f"{vil}{rng.randint(2020, 2025)}年惠农补贴发放公示\n", "村务财务公开\n")))
        n = rng.randint(3, 6)
        rows(b, ctx, ["户主", "组别", "补贴金额", "一卡通账号"],
             lambda i: ["{name.h%d}" % i, rng.choice(W.GROUPS), "{amount}", "{card.h%d}" % i], n)
        ctx.one(b, "补贴资金已通过{branch}发放至各户惠农一卡通。\n", "报账员：{name.staff}，监督小组组长：{name.sup}。\n",
                "如有疑问请到村委会查询，{filler}\n")
    footer(b, ctx)
    return ["candidate_notice", "candidate_profile", "village_affairs"][kind]


def g_wedding_gift(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "礼金簿\n", "婚礼礼金登记\n", "{name.groom}、{name.bride}新婚之喜 礼簿\n")
        n = rng.randint(3, 8)
        rows(b, ctx, ["姓名", "关系", "礼金", "备注"],
             lambda i: ["{name.g%d}" % i, "{rel}", "{amount}", rng.choice(("", "已回礼", "代{name.x%d}随礼" % i,
                                                                             "电话{mob.g%d}" % i, "{sphrase}"))], n)
        ctx.one(b, "合计：{amount}。记账人{name.acct}。\n", "礼金由{name.acct}清点后存入{bank}。\n")
    elif kind == 1:
        ctx.one(b, "份子钱记录（微信群导出）\n", "收礼聊天记录\n", "份子钱对账\n")
        chat(b, ctx, [("{name.a}", "恭喜恭喜！[微信转账] {amount}，备注：新婚快乐"),
                      ("{name.groom}", "谢谢{name.a}，心意收到！"),
                      ("{name.b}", "我没有微信零钱，转你卡上了，是不是{card.groom}？"),
                      ("{name.groom}", "«对的|是的»，到账了。{sphrase}，婚礼那天早点来"),
                      ("{name.b}", "好，酒店地址发我一下"),
                      ("{name.groom}", "{venue}，在{orgaddr}，有事打我电话{mob.groom}")])
    else:
        ctx.one(b, "婚宴预订单\n", "{venue}婚宴预订确认书\n", "喜宴预订合同 {contract}\n")
        form(b, ctx, [("新郎", "{name.groom}"), ("新郎电话", "{mob.groom}"), ("新娘", "{name.bride}"),
                      ("新娘电话", "{mob.bride}", 0.7), ("预订人证件号", "{id.groom}", 0.6), ("宴会日期", "{date}"),
                      ("桌数", "{nn}桌"), ("餐标", "{amount}/桌"), ("定金", "{amount}"), ("付款卡号", "{card.groom}", 0.6),
                      ("婚车车牌", "{plate.car}", 0.5), ("接亲地址", "{addr.pick}", 0.8), ("新娘家地址", "{raddr.bride}", 0.4),
                      ("邮箱", "{email.groom}", 0.3), ("家庭电话", "{tel.groom}", 0.3), ("发票税号", "{uscc.co}", 0.25),
                      ("预订IP", "{ip.groom}", 0.2)])
        ctx.one(b, "宴会厅：{venue}，地址{orgaddr}。\n", "婚车队由{car}组成，头车{plate.car}。\n",
                "客户经理：{name.staff}，{staffno}。\n")
    footer(b, ctx)
    return ["gift_book", "gift_chat", "banquet_booking"][kind]


def g_background_check(b: Builder, ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(3)
    if kind == 0:
        ctx.one(b, "员工背景调查报告\n", "候选人背景核查报告（机密）\n", "背调报告 编号{order}\n")
        form(b, ctx, [("候选人", "{name.c}"), ("身份证号", "{id.c}"), ("手机", "{mob.c}"), ("邮箱", "{email.c}", 0.7),
                      ("户籍地址", "{addr.c_h}", 0.6), ("现住址", "{addr.c}", 0.7), ("护照号", "{pp.c}", 0.3),
                      ("应聘岗位", "{position}")], rng.choice(("colon", "bracket", "table", "kvspace")))
        ctx.one(b, "学历核验：{univ}{edu}，学信网可查。", "学历核验：{edu}，证书编号{receipt}。")
        ctx.one(b, "前雇主{company}证实其任职{position}，离职原因为个人发展。",
                "工作经历核实：证明人{name.ref}（{position}，电话{mob.ref}）表示候选人表现良好。",
                "证明人{name.ref}座机{tel.ref}，确认任职期间无违纪。")
        ctx.maybe(b, 0.4, "候选人于{datetime}在线签署授权书，签署IP {ip.c}。", "授权书签署地址：{addr.c}，IP {ip.c}。")
        ctx.maybe(b, 0.5, "征信情况：近五年无逾期记录，名下{bank}信用卡{card.c}正常使用。",
                  "诉讼核查：未发现涉诉记录（查询{caseno}为同名人员，已排除）。")
        b.add("\n")
    elif kind == 1:
        ctx.one(b, "工作证明\n", "在职证明\n")
        ctx.one(b, "兹证明{name.c}（身份证号{id.c}）自{date}起在我公司担任{position}至今。",
                "兹有我单位员工{name.c}，«男|女»，身份证号码{id.c}，于{date}入职，现任{position}。")
        ctx.one(b, "特此证明。\n", "本证明仅用于办理签证，护照号{pp.c}。\n", "本证明仅用于办理港澳通行证签注（{permit.c}）。\n")
        form(b, ctx, [("单位名称", "{company}"), ("统一社会信用代码", "{uscc.co}"), ("单位地址", "{orgaddr}"),
                      ("联系人", "{name.hr}"), ("联系电话", "{hotline400}")], rng.choice(("colon", "semi", "kvspace")))
        ctx.say(b, "{date.sign}（盖章）\n")
    else:
        ctx.one(b, "收入证明\n", "个人收入证明（贷款用）\n")
        ctx.one(b, "兹证明{name.c}为我单位正式员工，身份证号{id.c}，近一年税前月均收入{amount}。\n",
                "{name.c}同志在我单位工作{n}年，年收入约{amount}，工资通过{bank}代发至其账户{card.c}。\n")
        form(b, ctx, [("工资卡号", "{card.c}", 0.7), ("开户行", "{branch}"), ("员工住址", "{addr.c}", 0.6),
                      ("单位", "{company}"), ("统一社会信用代码", "{uscc.co}", 0.6), ("人事负责人", "{name.hr}"),
                      ("人事电话", "{tel.hr}", 0.6), ("人事邮箱", "{email.hr}", 0.4)])
        ctx.maybe(b, 0.4, "申请人拟以坐落于{addr.coll}的自有住房作抵押。\n", "员工户籍地：{raddr.c_h}。\n")
        ctx.one(b, "本证明仅供{bank}审核贷款使用，{filler}\n", "如有不实，本单位承担相应责任。\n")
    footer(b, ctx)
    return ["bg_report", "employment_cert", "income_cert"][kind]


GENRES = {
    "divorce_settlement": g_divorce_settlement,
    "medical_bill": g_medical_bill,
    "hotel_checkin": g_hotel_checkin,
    "estate_agent": g_estate_agent,
    "car_rental": g_car_rental,
    "telecom_kyc": g_telecom_kyc,
    "charity_donation": g_charity_donation,
    "village_election": g_village_election,
    "wedding_gift": g_wedding_gift,
    "background_check": g_background_check,
}


# ---------------------------------------------------------------------------------------------
# running-prose notes: a fourth document kind per genre (bank staff write about the customer)

NARRATIVES = {
    "divorce_settlement": (
        "«客户经理走访记录|业务咨询记录|个贷变更调查»\n",
        "{date}，客户{name.a}来我行{branch}咨询离婚后存单分割事宜。",
        "客户称其与前配偶{name.b}已于{date}«协议离婚|经法院调解离婚»，协议约定位于{addr.house}的房产归客户所有，该房产目前抵押在我行，借款合同{contract}。",
        "客户现居住在{addr.a}，«预留手机需由|联系方式由»{mob.b}变更为{mob.a}。",
        "经核实，原共同借款人{name.b}身份证号{id.b}，«已到场签字|尚未到场»，{filler}",
        "经办人{name.staff}建议客户先行办理存单{deposit}的挂失止付，再按调解书分割。",
    ),
    "medical_bill": (
        "«客服工单|来电记录|投诉处理单»\n",
        "客户{name.p}来电反映，其«母亲|父亲|配偶»{name.fam}在{hospital}住院期间预交押金{amount}，",
        "出院后医院称已原路退回至银行卡{card.p}，但客户于{date}查询仍未到账。",
        "坐席{name.staff}核实该卡交易流水{trace}，款项因卡片状态异常被退回，已建议客户到医院出院结算处改退至{card.fam}。",
        "客户留下联系地址{addr.p}及手机{mob.p}，要求{n}个工作日内回复。{filler}",
    ),
    "hotel_checkin": (
        "«持卡人来电记录|预授权争议处理|风险核查记录»\n",
        "持卡人{name.g}致电称在{hotel}入住时被冻结预授权{amount}，离店后{n}天仍未解冻。",
        "入住登记显示客人证件号{id.g}，预订手机{mob.g}，预订邮箱{email.g}，同住人{name.g2}。",
        "经向商户（商户号{merchant}）核实，预授权完成交易因终端{terminal}批次{batch}未结算而挂起。",
        "客户家庭住址{addr.g}，要求书面回复；处理人{name.staff}，{filler}",
    ),
    "estate_agent": (
        "«个人住房贷款贷前调查|购房贷款调查报告|二手房交易资金监管备注»\n",
        "借款人{name.buy}拟购买{name.sell}名下位于{addr.house}的二手住房，经{agency}居间，已支付定金{amount}。",
        "借款人现住{addr.buy}，«工作单位|任职于»{company}，手机{mob.buy}，身份证号{id.buy}。",
        "抵押物坐落{addr.house}，评估价{amount}，«房龄{nn}年|满五唯一»。",
        "卖方收款账户{card.sell}，经纪人{name.agent}陪同面签。{filler}",
    ),
    "car_rental": (
        "«信用卡争议登记|客户投诉记录|扣款异议处理»\n",
        "客户{name.r}投诉{rental}在其还车后从信用卡{card.r}扣除违章代缴费{amount}。",
        "客户称租赁车辆{plate.car}的违章发生在租期外，并提供了取还车单（合同{contract}）。",
        "客户驾驶证登记地址{addr.r}，联系电话{mob.r}，紧急联系人{name.e}。",
        "已向商户调单，决定书编号{ticket}，处理人{name.staff}。{filler}",
    ),
    "telecom_kyc": (
        "«反诈核查记录|账户异常处理记录|客户来电备注»\n",
        "客户{name.c}反映其手机号{mob.c}«被他人冒名携号转网|被补办SIM卡»，之后名下账户{card.c}收到陌生验证码。",
        "客户户籍地址{addr.c_id}，现住{addr.c}，身份证号{id.c}，称从未到{carrier}营业厅办理过业务。",
        "经查，补卡登记登录IP为{ip.c}，已建议客户向运营商及公安报案。",
        "我行已对该账户临时止付，经办{name.staff}。{filler}",
    ),
    "charity_donation": (
        "«公益项目回访记录|助学资金发放说明|慈善信托备注»\n",
        "{name.d}«长期|连续三年»资助家住{raddr.kid}的学生{name.kid}，每学期通过{card.d}转账{amount}至{charity}专户。",
        "受助学生监护人{name.g}（手机{mob.g}）反馈款项已收到。",
        "捐赠人要求纸质票据寄往{addr.d}，电子票据发送{email.d}。",
        "项目负责人{name.staff}表示将在{date}前完成年度公示。{filler}",
    ),
    "village_election": (
        "«村务情况说明|换届选举工作简报|驻村工作日志»\n",
        "{date}，{town}{vil}召开村民代表大会，选举{name.c0}为村民委员会主任，{name.c1}为副主任。",
        "新当选主任{name.c0}住{raddr.c0}，联系电话{mob.c0}，此前在村里经营{crop}合作社。",
        "村集体账户开户行为{branch}，印鉴变更由{name.c1}持身份证{id.c1}办理。",
        "驻村干部{name.staff}列席会议。{filler}",
    ),
    "wedding_gift": (
        "«消费贷款用途核查|婚庆贷调查记录|客户经理备注»\n",
        "客户{name.groom}申请婚庆消费贷{amount}，用于{date}在{venue}举办婚宴。",
        "婚宴预订单显示新娘{name.bride}，接亲地址为{raddr.bride}，婚车头车{plate.car}。",
        "客户身份证号{id.groom}，工资卡{card.groom}，现住{addr.groom}，手机{mob.groom}。",
        "核查人{name.staff}认为用途真实。{filler}",
    ),
    "background_check": (
        "«背景调查过程记录|调查员笔记|核查说明»\n",
        "受{company}委托，我司对候选人{name.c}开展背景调查。",
        "候选人自述户籍地{raddr.c_h}，现居{addr.c}，手机{mob.c}，邮箱{email.c}。",
        "前雇主人事{name.hr}（座机{tel.hr}）确认其在职期间担任{position}，离职手续齐全。",
        "候选人持有护照{pp.c}，近三年出境{n}次，均为{country}商务出差。{filler}",
    ),
}


def narrative(b: Builder, ctx: Ctx, genre: str) -> str:
    parts = NARRATIVES[genre]
    ctx.say(b, parts[0])
    body = list(parts[1:])
    if len(body) > 3 and ctx.rng.random() < 0.4:
        body.pop(ctx.rng.randrange(1, len(body)))
    for p in body:
        ctx.say(b, p)
    b.add("\n")
    footer(b, ctx)
    return "narrative"


def _with_narrative(genre, fn):
    def g(b: Builder, ctx: Ctx) -> str:
        if ctx.rng.random() < 0.22:
            return narrative(b, ctx, genre)
        return fn(b, ctx)
    return g


GENRES = {k: _with_narrative(k, v) for k, v in GENRES.items()}
