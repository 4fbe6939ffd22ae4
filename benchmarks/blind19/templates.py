"""Builder, window test, value makers and hard-negative makers for blind19."""
from __future__ import annotations

import ipaddress
import re
from collections import Counter

from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone,
                               passport, resident_id, uscc)

import words as W

LABELS = ["PERSON", "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS",
          "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC", "LICENSE_PLATE", "IP_ADDRESS"]
VALIDATORS = {
    "CN_ID_CARD": resident_id.is_valid, "CN_MOBILE": mobile_phone.is_valid,
    "CN_LANDLINE": landline_phone.is_valid, "BANK_CARD": bank_card.is_valid,
    "CN_PASSPORT": passport.is_valid, "CN_HK_MACAU_PERMIT": hk_macau_permit.is_valid,
    "CN_USCC": uscc.is_valid, "LICENSE_PLATE": license_plate.is_valid,
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
CJK_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

# ---------------------------------------------------------------- window test

FW_DIGITS = {chr(0xFF10 + i): str(i) for i in range(10)}
FW_ALPHA = {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
FW_ALPHA.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
HALF = {**FW_DIGITS, **FW_ALPHA}
SEPS = set(" \t-·.:+()#/_－（）＋\u3000")
PROVINCES = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使")


def _alnum(c: str) -> bool:
    return c.isascii() and c.isalnum() or c in HALF


def bad_windows(text: str, limit: int = 1) -> list[tuple[str, str]]:
    """Windows of ``text`` that pass an identifier validator, the e-mail pattern or an IP parse."""
    bad: list[tuple[str, str]] = []
    n = len(text)
    # runs over alnum + separators
    i = 0
    while i < n:
        if not (_alnum(text[i]) or text[i] in SEPS):
            i += 1
            continue
        j = i
        while j < n and (_alnum(text[j]) or text[j] in SEPS):
            j += 1
        run = text[i:j]
        _check_run(run, bad)
        if len(bad) >= limit:
            return bad
        i = j
    # plates: windows after a province character
    for k, c in enumerate(text):
        if c in PROVINCES:
            for e in range(k + 5, min(n, k + 12) + 1):
                tail = text[k + 1:e]
                if not all(_alnum(ch) or ch in SEPS or ch in "挂学警港澳使领" for ch in tail):
                    break
                w = text[k:e]
                if license_plate.is_valid(w):
                    bad.append(("LICENSE_PLATE", w))
                    return bad
    m = EMAIL_RE.search(text)
    if m:
        bad.append(("EMAIL", m.group()))
        return bad
    for m in re.finditer(r"[0-9A-Fa-f:.]{3,}", text):
        run = m.group()
        if "." not in run and "::" not in run and run.count(":") < 2:
            continue
        L = len(run)
        for a in range(L):
            for b in range(a + 3, L + 1):
                w = run[a:b]
                if (w.count(".") == 3 or ":" in w):
                    try:
                        ipaddress.ip_address(w)
                    except ValueError:
                        continue
                    bad.append(("IP_ADDRESS", w))
                    return bad
    return bad


def _check_run(run: str, bad: list) -> None:
    L = len(run)
    for a in range(L):
        ca = run[a]
        if not (_alnum(ca) or ca in "+(（＋"):
            continue
        comp = []
        for b in range(a, min(L, a + 36)):
            cb = run[b]
            if _alnum(cb):
                comp.append(HALF.get(cb, cb))
            if not (_alnum(cb) or cb in ")）"):
                continue
            k = len(comp)
            if k < 7 or k > 26:
                continue
            w = run[a:b + 1]
            cs = "".join(comp)
            for lab in _candidates(cs):
                if VALIDATORS[lab](w):
                    bad.append((lab, w))
                    return


def _candidates(cs: str) -> list[str]:
    k = len(cs)
    out = []
    digits = cs.isdigit()
    if digits:
        if 15 <= k <= 19:
            out.append("BANK_CARD")
        if k in (15, 18):
            out.append("CN_ID_CARD")
        if 11 <= k <= 15:
            out.append("CN_MOBILE")
        if 9 <= k <= 24:
            out.append("CN_LANDLINE")
        if k == 9:
            out.append("CN_PASSPORT")
        return out
    up = cs.upper()
    if k == 18:
        out += ["CN_ID_CARD", "CN_USCC"]
    if 8 <= k <= 12:
        out += ["CN_PASSPORT", "CN_HK_MACAU_PERMIT"]
    if "X" in up or "EXT" in up:
        out.append("CN_LANDLINE")
    return out


def safe(text: str) -> bool:
    return not bad_windows(text)


# ---------------------------------------------------------------- helpers

def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


class Person:
    def __init__(self, name: str, real: bool, kind: str):
        self.name, self.real, self.kind = name, real, kind


class Builder:
    def __init__(self, rng, pii: bool, genre: str, p_real: float = 0.7):
        self.rng, self.pii, self.genre, self.p_real = rng, pii, genre, p_real
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: Counter = Counter()
        self.vars: dict = {}

    # text
    def t(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def v(self, s: str, label: str) -> None:
        self.spans.append({"start": self.n, "end": self.n + len(s), "label": label})
        self.t(s)

    def neg(self, s: str, kind: str) -> None:
        self.negs[kind] += 1
        self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def real(self) -> bool:
        return self.pii and self.rng.random() < self.p_real

    def c(self, *opts):
        return self.rng.choice(opts)


# ---------------------------------------------------------------- personal value makers

def make_name(rng) -> str:
    r = rng.random()
    if r < 0.08:
        sur = rng.choice(W.COMPOUND_SURNAMES)
        given = "".join(rng.choice(W.GIVEN_CHARS) for _ in range(rng.choice((1, 2))))
    else:
        sur = rng.choice(W.SURNAMES)
        given = "".join(rng.choice(W.GIVEN_CHARS) for _ in range(1 if r < 0.35 else 2))
    return sur + given


def _pick_valid(cands, ok, fallback):
    for s in cands:
        if ok(s):
            return s
    return fallback


def fmt_id(rng) -> str:
    doc = "legacy_15" if rng.random() < 0.03 else "resident_id"
    v = resident_id.generate(rng, document=doc)
    r = rng.random()
    if r < 0.5:
        s = v
    elif r < 0.7:
        s = resident_id.format(v)
    elif r < 0.8:
        s = resident_id.format(v).replace(" ", "-")
    elif r < 0.9:
        s = fullwidth(v)
    else:
        s = v
    if v.endswith("X") and rng.random() < 0.5:
        s = s[:-1] + ("x" if s[-1] == "X" else "ｘ")
    return _pick_valid([s], resident_id.is_valid, v)


def fmt_mobile(rng) -> str:
    v = mobile_phone.generate(rng)
    a, b, c = v[:3], v[3:7], v[7:]
    opts = [v, v, f"{a} {b} {c}", f"{a}-{b}-{c}", f"+86 {v}", f"+86-{a}-{b}-{c}", f"+86{v}",
            f"0086 {v}", f"0086-{a}{b}{c}", f"(+86){a} {b} {c}", f"（+86）{v}", f"+86 {a} {b} {c}",
            fullwidth(v), fullwidth(v), f"{a} {b}{c}"]
    return _pick_valid([rng.choice(opts)], mobile_phone.is_valid, v)


def fmt_landline(rng) -> str:
    v = landline_phone.generate(rng)
    f = landline_phone.format(v)  # 0755-88886666[转801]
    base, _, ext = f.partition("转")
    area, _, num = base.partition("-")
    if not ext and rng.random() < 0.2:
        ext = str(rng.choice([1, 2, 8, 801, 602, 8012, 35, 1101]))
    nums = num if len(num) == 7 or rng.random() < 0.5 else f"{num[:4]} {num[4:]}"
    r = rng.random()
    if r < 0.35:
        head = f"{area}-{nums}"
    elif r < 0.5:
        head = f"({area}){nums}"
    elif r < 0.6:
        head = f"（{area}）{nums}"
    elif r < 0.72:
        head = f"{area} {nums}"
    elif r < 0.8:
        head = f"+86 {area[1:]} {nums}"
    elif r < 0.86:
        head = f"0086-{area[1:]}-{num}"
    elif r < 0.93:
        head = f"{area}{num}"
    else:
        head = fullwidth(f"{area}-{num}")
    if ext:
        tail = rng.choice([f"转{ext}", f"转{ext}", f" 转 {ext}", f"分机{ext}", f"-{ext}", f" 分机{ext}"])
        if "-" in tail and (head.count("-") != 1 or " " in head):
            tail = f"转{ext}"
        s = head + tail
    else:
        s = head
    return _pick_valid([s], landline_phone.is_valid, f)


def fmt_card(rng) -> str:
    v = bank_card.generate(rng)
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    opts = [v, v, g, g, g.replace(" ", "-"), fullwidth(v), fullwidth(g)]
    return _pick_valid([rng.choice(opts)], bank_card.is_valid, v)


def fmt_passport(rng) -> str:
    v = passport.generate(rng)
    if rng.random() < 0.12:
        v2 = v.lower()
        if passport.is_valid(v2):
            return v2
    return v


def fmt_permit(rng) -> str:
    v = hk_macau_permit.generate(rng)
    if len(v) == 11 and rng.random() < 0.4:
        v2 = v[:9] + " " + v[9:]
        if hk_macau_permit.is_valid(v2):
            return v2
    return v


def fmt_uscc(rng) -> str:
    return uscc.generate(rng)


def fmt_plate(rng) -> str:
    v = license_plate.generate(rng)
    r = rng.random()
    if r < 0.35:
        s = v
    elif r < 0.65:
        s = license_plate.format(v)
    elif r < 0.82:
        s = v[:2] + " " + v[2:]
    else:
        s = v[:2] + "-" + v[2:]
    return _pick_valid([s], license_plate.is_valid, v)


IP_FIRST = [36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
            121, 122, 123, 124, 125, 171, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223]


def fmt_ip(rng) -> str:
    if rng.random() < 0.22:
        groups = ["240e", format(rng.randrange(0x100, 0xfff), "x"), format(rng.randrange(0x1000, 0xffff), "x"),
                  format(rng.randrange(0, 0xffff), "x")]
        if rng.random() < 0.5:
            return ":".join(groups) + "::" + format(rng.randrange(1, 0xfff), "x")
        groups += [format(rng.randrange(0, 0xffff), "x") for _ in range(4)]
        return ":".join(groups)
    return ".".join(str(x) for x in (rng.choice(IP_FIRST), rng.randrange(0, 256), rng.randrange(0, 256),
                                        rng.randrange(1, 255)))


def fmt_email(rng) -> str:
    r = rng.random()
    p = W.PINYIN
    if r < 0.3:
        local = rng.choice(p) + rng.choice(p)
    elif r < 0.55:
        local = rng.choice(p) + rng.choice(p) + str(rng.randrange(1, 9999))
    elif r < 0.7:
        local = rng.choice(p) + rng.choice(".-_") + rng.choice(p)
    elif r < 0.85:
        local = "".join(rng.choice(p)[0] for _ in range(3)) + str(rng.randrange(1960, 2012))
    else:
        local = str(rng.randrange(10000000, 3999999999))
    return local + "@" + rng.choice(W.EMAIL_DOMAINS)


def _region(rng):
    prov, city, ds = rng.choice(W.REGIONS)
    return prov, city, rng.choice(ds)


def fmt_address(rng) -> str:
    r = rng.random()
    prov, city, dist = _region(rng)
    road = rng.choice(W.ROADS)
    est = rng.choice(W.ESTATES)
    no = rng.randrange(1, 999)
    bld, unit, room = rng.randrange(1, 36), rng.randrange(1, 6), rng.randrange(1, 33) * 100 + rng.randrange(1, 6)
    full = rng.random() < 0.45
    pre = (prov if full else "") + city + dist
    if r < 0.3:
        return f"{pre}{road}{no}号{est}{bld}栋{unit}单元{room}室"
    if r < 0.45:
        return f"{pre}{est}{bld}号楼{room}{rng.choice(['室', ''])}"
    if r < 0.55:
        return f"{city}{dist}{road}{no}弄{bld}号{room}室"
    if r < 0.67:
        prov, city, county = rng.choice(W.COUNTIES)
        return f"{prov}{city}{county}{rng.choice(W.TOWNS)}{rng.choice(W.VILLAGES)}{rng.randrange(1, 12)}组{rng.randrange(1, 80)}号"
    if r < 0.8:
        return f"{est}{bld}栋{unit}单元{room}"
    if r < 0.9:
        return f"{road}{no}号"
    return f"{dist}{road}{no}号院{bld}号楼{unit}单元{room}"


def fmt_parking_spot(rng) -> str:
    prov, city, dist = _region(rng)
    est = rng.choice(W.ESTATES)
    lv = rng.choice(["地下一层", "地下二层", "B1层", "B2层", "负一楼"])
    return f"{rng.choice(['', city])}{dist}{est}{rng.randrange(1, 30)}栋{lv}{rng.choice('ABCD')}{rng.randrange(1, 400)}号车位"


# ---------------------------------------------------------------- hard-negative makers

def draw(rng, fn, tries=400):
    for _ in range(tries):
        s = fn(rng)
        if safe(s):
            return s
    raise RuntimeError("no safe draw for " + fn.__name__)


def digits(rng, k, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def neg_name(rng, genre=""):
    r = rng.random()
    s = rng.choice(W.SURNAMES)
    if r < 0.3:
        return "name_title", s + rng.choice(W.TITLES)
    if r < 0.5:
        return "name_masked", s + rng.choice(["*", "**", "＊", "*" + rng.choice(W.GIVEN_CHARS), "*"])
    if r < 0.65:
        return "name_mou", s + rng.choice(["某", "某某", "某", "某甲", "某乙"])
    if r < 0.75:
        return "name_masked", "*" + rng.choice(W.GIVEN_CHARS) + rng.choice(["", rng.choice(W.GIVEN_CHARS)])
    if r < 0.92:
        return "name_title", ("小" if rng.random() < 0.5 else "老") + s
    return "placeholder", rng.choice(["本人", "同上", "——", "见附件", "（空）", "略", "户主本人", "待补充"])


def _wrong(rng, valid, ok, alphabet):
    for _ in range(50):
        c = rng.choice(alphabet)
        s = valid[:-1] + c
        if not ok(s):
            return s
    return valid[:-1]


def neg_id(rng):
    v = resident_id.generate(rng)
    r = rng.random()
    if r < 0.4:
        k = rng.choice([(6, 4), (1, 1), (3, 4), (4, 4), (6, 2)])
        return "id_masked", v[:k[0]] + "*" * (18 - k[0] - k[1]) + v[-k[1]:]
    if r < 0.7:
        for _ in range(80):  # wrong check digit, drawn until no window of it passes a validator
            s = _wrong(rng, resident_id.generate(rng), resident_id.is_valid, "0123456789X")
            s = (s[:6] + " " + s[6:14] + " " + s[14:]) if rng.random() < 0.3 else s
            if safe(s):
                return "id_wrong_check", s
        return "id_masked", v[:6] + "********" + v[-4:]
    if r < 0.85:
        return "tail", "尾号" + v[-4:]
    return "placeholder", rng.choice(["见身份证复印件", "同上", "——", "（未提供）", "详见附件", "已核验"])


def neg_mobile(rng):
    v = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.45:
        return "mobile_masked", v[:3] + rng.choice(["****", "****", "xxxx", "＊＊＊＊"]) + v[7:]
    if r < 0.6:
        return "tail", "尾号" + v[7:]
    if r < 0.75:
        return "hotline", rng.choice(W.HOTLINES)
    if r < 0.88:
        return "hotline", rng.choice(["400", "800"]) + "-" + digits(rng, 3) + "-" + digits(rng, 4, "0123456789")
    return "placeholder", rng.choice(["同上", "——", "未留", "见附件"])


def neg_landline(rng):
    f = landline_phone.format(landline_phone.generate(rng)).partition("转")[0]
    area, _, num = f.partition("-")
    r = rng.random()
    if r < 0.4:
        return "landline_masked", area + "-" + "*" * (len(num) - 2) + num[-2:]
    if r < 0.65:
        return "hotline", rng.choice(["400", "800"]) + "-" + digits(rng, 3) + "-" + digits(rng, 4, "0123456789")
    if r < 0.85:
        return "hotline", rng.choice(W.HOTLINES)
    return "landline_masked", area + "-" + num[:4] + "****"


def neg_card(rng):
    v = bank_card.generate(rng)
    r = rng.random()
    if r < 0.35:
        return "card_masked", rng.choice([v[:4] + " **** **** " + v[-4:], v[:6] + "*" * (len(v) - 10) + v[-4:],
                                          "**** **** **** " + v[-4:]])
    if r < 0.6:
        return "tail", "尾号" + v[-4:]
    if r < 0.8:
        for _ in range(80):  # wrong Luhn digit, drawn until no window of it passes a validator
            s = _wrong(rng, bank_card.generate(rng), bank_card.is_valid, "0123456789")
            s = s if rng.random() < 0.6 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            if safe(s):
                return "card_wrong_check", s
        return "tail", "尾号" + v[-4:]
    if r < 0.9:
        return "card_bin", "卡BIN " + v[:6]
    return "placeholder", rng.choice(["原路退回", "同上", "见附件", "——"])


def neg_email(rng):
    e = fmt_email(rng)
    local, _, dom = e.partition("@")
    r = rng.random()
    if r < 0.6:
        return "email_masked", local[:2] + "***@" + dom
    if r < 0.8:
        return "email_masked", local[0] + "****@" + dom.split(".")[0] + ".***"
    return "placeholder", rng.choice(["未填写", "无", "——", "同上"])


def neg_address(rng):
    prov, city, dist = _region(rng)
    r = rng.random()
    if r < 0.3:
        return "address_masked", (prov + city + dist if rng.random() < 0.6 else city + dist) + rng.choice(["****", "******", "***路***号", "（已脱敏）"])
    if r < 0.45:
        return "placeholder", rng.choice(["XX省XX市XX区XX路XX号", "同户籍地址", "同上", "详见附件", "见身份证", "——",
                                          "与身份证一致", "XX小区X栋X单元XXX室"])
    if r < 0.65:
        return "road_no_number", dist + rng.choice(W.ROADS) + rng.choice(["一带", "沿线", "附近", ""])
    if r < 0.8:
        return "district_only", rng.choice([city + dist, dist, city])
    return "address_masked", rng.choice(W.ESTATES) + rng.choice(["*栋*单元***", "**栋****室", "（门牌号已隐藏）"])


def neg_passport(rng):
    v = passport.generate(rng)
    r = rng.random()
    if r < 0.6:
        return "passport_masked", v[0] + "*" * (len(v) - 3) + v[-2:]
    if r < 0.8:
        return "passport_bad_shape", rng.choice(["EO", "EI", "GO"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["复印件见附件", "办理中", "——", "未办理"])


def neg_permit(rng):
    v = hk_macau_permit.generate(rng)
    r = rng.random()
    if r < 0.6:
        return "permit_masked", v[0] + "*" * (len(v) - 3) + v[-2:]
    if r < 0.8:
        return "permit_bad_shape", rng.choice(["CI", "CO"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["签注办理中", "——", "见附件"])


def neg_uscc(rng):
    v = uscc.generate(rng)
    r = rng.random()
    if r < 0.5:
        return "uscc_masked", v[:8] + "*" * 8 + v[-2:]
    if r < 0.85:
        return "uscc_wrong_check", _wrong(rng, v, uscc.is_valid, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    return "placeholder", rng.choice(["见营业执照", "——", "详见附件"])


def neg_plate(rng):
    v = license_plate.compact(license_plate.generate(rng))
    r = rng.random()
    if r < 0.55:
        return "plate_masked", v[:2] + rng.choice(["***", "·***", "****"]) + v[-1] if len(v) > 3 else v[:2] + "***"
    if r < 0.75:
        return "plate_masked", v[:3] + "**" + v[-1]
    if r < 0.9:
        return "tail", "车尾号" + v[-3:]
    return "placeholder", rng.choice(["未登记", "——", "临牌", "同上"])


def neg_ip(rng):
    r = rng.random()
    if r < 0.45:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.{rng.randrange(256)}.*.*"
    if r < 0.65:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.***.***.{rng.randrange(1, 255)}"
    if r < 0.85:
        return "version", f"v{rng.randrange(1, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 99)}"
    return "ip_masked", "240e:***:****::*"


PERSONAL = {
    "ID": ("CN_ID_CARD", fmt_id, neg_id), "MOB": ("CN_MOBILE", fmt_mobile, neg_mobile),
    "TEL": ("CN_LANDLINE", fmt_landline, neg_landline), "CARD": ("BANK_CARD", fmt_card, neg_card),
    "MAIL": ("EMAIL", fmt_email, neg_email), "ADDR": ("ADDRESS", fmt_address, neg_address),
    "PASS": ("CN_PASSPORT", fmt_passport, neg_passport), "PERMIT": ("CN_HK_MACAU_PERMIT", fmt_permit, neg_permit),
    "USCC": ("CN_USCC", fmt_uscc, neg_uscc), "PLATE": ("LICENSE_PLATE", fmt_plate, neg_plate),
    "IP": ("IP_ADDRESS", fmt_ip, neg_ip), "SPOT": ("ADDRESS", fmt_parking_spot, neg_address),
}


# ---------------------------------------------------------------- always-negative makers

GENRE_ORGS = {
    "bike_deposit": ["蓝鲸共享单车", "周行出行科技有限公司", "易骑电单车", "马驹出行", "青禾单车", "黄蜂电单车运营中心",
                     "金轮出行（杭州）有限公司", "万里骑行服务站"],
    "pet_insurance": ["毛孩子宠物医院", "宋大夫动物诊所", "汪星人宠物医院", "安宠动物医疗中心", "贝壳宠物保险代理",
                      "康乐宠物医院西湖分院", "祥瑞财产保险宠物险事业部", "爱宠之家动物医院"],
    "prepaid_gym": ["黄小鹿健身工作室", "钱塘瑜伽馆", "金刚健身（万达店）", "韩式美容会所", "梁氏美业", "力美健身俱乐部",
                    "乐活游泳健身馆", "温蒂美甲美睫"],
    "ev_charging": ["万马充电", "星火电桩科技", "江南物业服务有限公司", "温馨家园物业服务中心", "蔚来能源服务站",
                    "国网电动汽车服务公司", "方圆汽车销售服务有限公司", "安途新能源4S店"],
    "scholarship": ["西湖职业技术学院", "南山中学", "江城大学", "滨海理工学院", "长乐县第一中学", "明德实验学校",
                    "华东财经大学", "武侯区教育基金会"],
    "tour_deposit": ["海阔天空国际旅行社", "周游四海旅行社", "高飞国旅", "金桥假期旅行社", "康途国际旅行社（上海）",
                     "万象出境游服务中心", "蓝海旅行社"],
    "mediation": ["浦东新区花木街道人民调解委员会", "武侯区玉林街道人民调解委员会", "西湖区北山街道调委会",
                  "天河区消费纠纷人民调解委员会", "鼓楼区物业纠纷调解工作室", "江北区金融纠纷调解中心"],
    "volunteer_roster": ["阳光志愿者协会", "温暖社区志愿服务站", "杨柳社区居委会", "雷锋车队", "蓝天救援队",
                         "青年志愿者协会", "和平里街道新时代文明实践站"],
    "parking_lease": ["安泊停车管理有限公司", "车位宝", "吉祥停车场", "金地物业管理处", "龙湖置业营销中心",
                      "泊安智慧停车", "万科物业服务中心"],
    "canteen_topup": ["夕阳红长者食堂", "幸福里社区食堂", "常乐助餐点", "康宁老年餐厅", "邻里中央食堂",
                      "和美助餐服务中心", "白云街道长者饭堂"],
}
BRANDS = {
    "bike_deposit": ["蓝鲸单车", "周行", "易骑", "马驹出行", "青禾", "黄蜂电单车"],
    "pet_insurance": ["毛孩子", "汪星人", "安宠保", "贝壳宠保", "宋大夫"],
    "prepaid_gym": ["黄小鹿", "金刚健身", "钱塘瑜伽", "力美", "温蒂美甲"],
    "ev_charging": ["万马充电", "星火电桩", "安途", "方圆汽车"],
    "scholarship": ["明德助学", "春晖计划", "雏鹰奖学金"],
    "tour_deposit": ["周游四海", "高飞国旅", "金桥假期", "海阔天空"],
    "mediation": ["和事佬", "老娘舅调解室", "金牌调解"],
    "volunteer_roster": ["雷锋车队", "蓝天救援", "小蜜蜂志愿队"],
    "parking_lease": ["车位宝", "泊安", "安泊停车"],
    "canteen_topup": ["夕阳红", "常乐", "和美助餐"],
}


def amount(rng):
    x = rng.choice([rng.randrange(20, 500), rng.randrange(100, 5000), rng.randrange(1000, 90000)])
    c = rng.random()
    if c < 0.3:
        return f"{x}元"
    if c < 0.55:
        return f"{x:,}.00元"
    if c < 0.7:
        return f"¥{x:,}.{rng.randrange(0, 100):02d}"
    if c < 0.82:
        return f"人民币{x:,.2f}元"
    if c < 0.9:
        return f"RMB {x:,}.00"
    return f"{x / 10000:.2f}万元" if x > 10000 else f"{x}元整"


def date(rng):
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
                       f"{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"])


def dtime(rng):
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}-{m:02d}-{d:02d} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}",
                       f"{y}-{m:02d}-{d:02d} {rng.randrange(0, 24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
                       f"{y}年{m}月{d}日 {rng.randrange(7, 23)}:{rng.randrange(60):02d}",
                       f"{y}/{m:02d}/{d:02d} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"])


def ctime(rng):
    return f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"


def _L(rng, k):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))


def order_no(rng):
    return rng.choice([_L(rng, 2) + digits(rng, rng.randrange(12, 17)), digits(rng, rng.randrange(12, 21)),
                       "BK" + str(rng.choice([2023, 2024, 2025])) + digits(rng, 10, "0123456789")])


def contract_no(rng):
    return rng.choice([f"{_L(rng, rng.randrange(2, 5))}-{rng.choice([2023, 2024, 2025])}-{digits(rng, 5, '0123456789')}",
                       f"{_L(rng, 2)}{rng.choice([2023, 2024, 2025])}{digits(rng, 6, '0123456789')}",
                       f"第{rng.choice([2023, 2024, 2025])}{digits(rng, 4, '0123456789')}号"])


def case_no(rng):
    return rng.choice([f"（{rng.choice([2023, 2024, 2025])}）{rng.choice(['浦', '武', '西', '天', '鼓', '江'])}调字第{rng.randrange(1, 999)}号",
                       f"TJ{rng.choice([2023, 2024, 2025])}{digits(rng, 5, '0123456789')}",
                       f"({rng.choice([2024, 2025])})民调{rng.randrange(10, 999):03d}号"])


def batch_no(rng):
    return rng.choice([f"PC{rng.choice([2024, 2025])}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 3, '0123456789')}",
                       f"B-{digits(rng, 6)}", f"第{rng.randrange(1, 30)}批"])


def merchant_no(rng):
    return rng.choice(["8" + digits(rng, 14, "0123456789"), "M" + digits(rng, 11), digits(rng, 12)])


def terminal_no(rng):
    return rng.choice([digits(rng, 8), "T" + digits(rng, 7, "0123456789"), "POS-" + digits(rng, 6)])


def policy_no(rng):
    return rng.choice(["P" + _L(rng, 3) + str(rng.choice([2024, 2025])) + digits(rng, 10, "0123456789"),
                       digits(rng, 20), "ACW" + digits(rng, 14)])


def vcode(rng):
    return digits(rng, rng.choice([4, 6, 6]), "0123456789")


def postcode(rng):
    return digits(rng, 6, "1234567") if rng.random() < 0.5 else rng.choice(["310012", "200120", "610041", "430070", "518057", "100020"])


def version(rng):
    return rng.choice([f"v{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 50)}",
                       f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 50)}",
                       f"V{rng.randrange(1, 9)}.{rng.randrange(0, 9)}"])


def err_code(rng):
    return rng.choice([f"E{rng.randrange(1000, 9999)}", f"ERR_{rng.choice(['REFUND', 'PAY', 'TIMEOUT', 'SIGN', 'CARD'])}_{rng.randrange(100, 999)}",
                       f"错误码{rng.randrange(40000, 50000)}", f"RC={rng.randrange(10, 99)}"])


def hotline(rng):
    return rng.choice([rng.choice(W.HOTLINES), rng.choice(["400", "800"]) + "-" + digits(rng, 3) + "-" + digits(rng, 4, "0123456789"),
                       rng.choice(["400", "800"]) + digits(rng, 7)])


def title(rng):
    return rng.choice(W.SURNAMES) + rng.choice(W.TITLES)


def org_address(rng):
    prov, city, dist = _region(rng)
    return rng.choice([f"{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 600)}号{rng.choice(['', '一楼', '2楼', '201室', '商铺', 'B座3层', '综合楼'])}",
                       f"{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 300)}号{rng.choice(W.ESTATES)}商业街{rng.randrange(1, 40)}号铺",
                       f"{prov}{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 900)}号"])


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(["", rng.choice(W.REGIONS)[1]]) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分行营业部", "支行营业室"])


def student_no(rng):
    return str(rng.choice([2020, 2021, 2022, 2023, 2024])) + digits(rng, rng.choice([6, 7, 8]), "0123456789")


def ticket_no(rng):
    return rng.choice(["GD" + digits(rng, 10), "WO-" + digits(rng, 8), "#" + digits(rng, 7), "TK" + str(rng.choice([2024, 2025])) + digits(rng, 6, "0123456789")])


def device_no(rng):
    return rng.choice([digits(rng, 9), digits(rng, 10), "CP" + digits(rng, 10), "ZD-" + digits(rng, 6), "NO." + digits(rng, 8)])


def vin(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["LSV", "LFV", "LGW", "LRW", "LNB", "LC0"]) + "".join(rng.choice(al) for _ in range(14))


def tour_no(rng):
    return rng.choice([f"{_L(rng, 3)}-{_L(rng, 3)}-{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}",
                       f"TD{rng.choice([2024, 2025])}{digits(rng, 4, '0123456789')}", f"{_L(rng, 2)}{digits(rng, 6)}团"])


def flight(rng):
    return rng.choice(["MU", "CA", "CZ", "HO", "FM", "3U", "ZH", "TG", "SQ"]) + str(rng.randrange(100, 9999))


def member_card(rng):
    return rng.choice(["VIP" + digits(rng, 6), digits(rng, 8), "HY" + digits(rng, 7), "No." + digits(rng, 5)])


def acct_no(rng):
    return digits(rng, rng.choice([12, 13, 14, 20, 21]))


def spot_no(rng):
    return rng.choice([f"B{rng.randrange(1, 4)}-{rng.randrange(1, 400):03d}", f"{rng.choice('ABCDE')}区{rng.randrange(1, 300):03d}号",
                       f"负{rng.choice('一二')}层{rng.randrange(1, 500)}号"])


def cert_no(rng):
    return f"{rng.choice(['沪', '浙', '粤', '苏', '川', '鄂'])}({rng.choice([2019, 2020, 2021, 2022, 2023])}){rng.choice(['浦东新区', '杭州市', '深圳市', '南京市', '成都市', '武汉市'])}不动产权第{digits(rng, 7, '0123456789')}号"


def chip_no(rng):
    return rng.choice(["900" + digits(rng, 12, "0123456789"), "CN" + digits(rng, 10), digits(rng, 10)])


def meter_no(rng):
    return rng.choice([digits(rng, 10), "HH" + digits(rng, 9)])


REFS = {
    "AMT": ("amount", amount), "DATE": ("date", date), "DT": ("date", dtime), "TIME": ("date", ctime),
    "ORDER": ("reference", order_no), "CONTRACT": ("reference", contract_no), "CASE": ("reference", case_no),
    "BATCH": ("reference", batch_no), "MERCH": ("merchant", merchant_no), "TERM": ("terminal", terminal_no),
    "POLICY": ("reference", policy_no), "CODE": ("code", vcode), "POST": ("postcode", postcode),
    "VER": ("version", version), "ERR": ("code", err_code), "HOT": ("hotline", hotline), "TITLE": ("title", title),
    "ORGADDR": ("org_address", org_address), "BRANCH": ("org", branch), "SNO": ("reference", student_no),
    "TICKET": ("reference", ticket_no), "DEVICE": ("reference", device_no), "VIN": ("reference", vin),
    "TOUR": ("reference", tour_no), "FLIGHT": ("reference", flight), "CARDNO": ("reference", member_card),
    "ACCT": ("reference", acct_no), "SPOTNO": ("reference", spot_no), "CERT": ("reference", cert_no),
    "CHIP": ("reference", chip_no), "METER": ("reference", meter_no),
}
SIMPLE = {
    "COUNTRY": ("country", lambda r: r.choice(W.COUNTRIES)), "CITYF": ("country", lambda r: r.choice(W.FOREIGN_CITIES)),
    "PET": ("pet_name", lambda r: r.choice(W.PET_NAMES)), "BREED": ("pet_name", lambda r: r.choice(W.PET_BREEDS)),
    "BANK": ("org", lambda r: r.choice(W.BANKS)), "NUM": ("amount", lambda r: str(r.randrange(2, 60))),
    "AGE": ("amount", lambda r: str(r.randrange(60, 96))),
}

# ---------------------------------------------------------------- template language

CHOICE_RE = re.compile(r"\{([^{}]*)\}")
SLOT_RE = re.compile(r"<([A-Z]+)(?::(\w+))?>")


def resolve(rng, s: str) -> str:
    while "{" in s:
        s = CHOICE_RE.sub(lambda m: rng.choice(m.group(1).split("|")), s)
    return s


def say(b: Builder, s: str) -> None:
    s = resolve(b.rng, s)
    pos = 0
    for m in SLOT_RE.finditer(s):
        b.t(s[pos:m.start()])
        slot(b, m.group(1), m.group(2))
        pos = m.end()
    b.t(s[pos:])


def person(b: Builder, var=None) -> Person:
    if var and ("NAME", var) in b.vars:
        return b.vars[("NAME", var)]
    if b.real():
        p = Person(make_name(b.rng), True, "name")
    else:
        kind, s = neg_name(b.rng)
        p = Person(s, False, kind)
    if var:
        b.vars[("NAME", var)] = p
    return p


def slot(b: Builder, kind: str, var=None) -> None:
    rng = b.rng
    if kind == "NAME":
        p = person(b, var)
        if p.real:
            b.v(p.name, "PERSON")
        else:
            b.neg(p.name, p.kind)
        return
    if kind == "HON":  # surname + title of a known person: never PERSON
        p = person(b, var)
        sur = p.name[:2] if p.name[:2] in W.COMPOUND_SURNAMES else p.name[0]
        if sur in "*＊本同—见（略户待小老":
            sur = rng.choice(W.SURNAMES)
        b.neg(sur + rng.choice(["先生", "女士", "同学", "老师", "师傅", "阿姨", "叔叔"]), "name_title")
        return
    if kind == "DOC":
        kind = rng.choice(["ID"] * 6 + ["PERMIT", "PASS"])
    if kind in PERSONAL:
        label, mk, ng = PERSONAL[kind]
        key = (kind, var)
        if var and key in b.vars:
            real, s, nk = b.vars[key]
        else:
            real = b.real()
            if real:
                s, nk = mk(rng), None
            else:
                nk, s = ng(rng)
                if not safe(s):
                    for _ in range(200):
                        nk, s = ng(rng)
                        if safe(s):
                            break
                    else:
                        raise RuntimeError("unsafe negative " + kind)
            if var:
                b.vars[key] = (real, s, nk)
        if real:
            b.v(s, label)
        else:
            b.neg(s, nk)
        return
    if kind in REFS:
        nk, fn = REFS[kind]
        b.neg(draw(rng, fn), nk)
        return
    if kind in SIMPLE:
        nk, fn = SIMPLE[kind]
        b.neg(fn(rng), nk)
        return
    if kind == "ORG":
        b.neg(rng.choice(GENRE_ORGS[b.genre]), "org")
        return
    if kind == "BRAND":
        b.neg(rng.choice(BRANDS[b.genre]), "brand")
        return
    raise KeyError(kind)


# ---------------------------------------------------------------- layouts

def _labels(rng, lab: str) -> str:
    return rng.choice(resolve(rng, lab).split("|"))


def prep_fields(rng, fields, drop=0.15, swap=0.3):
    fs = [f for f in fields if rng.random() >= drop or len(fields) <= 3]
    if len(fs) < 2:
        fs = list(fields[:2])
    if len(fs) > 2 and rng.random() < swap:
        i = rng.randrange(len(fs) - 1)
        fs[i], fs[i + 1] = fs[i + 1], fs[i]
    return fs


def ocr_label(rng, lab: str) -> str:
    out = []
    for ch in lab:
        out.append(ch)
        if rng.random() < 0.25:
            out.append(rng.choice([" ", "  ", " "]))
    return "".join(out).strip()


CN_NUM = "一二三四五六七八九十"


def form(b: Builder, fields, style=None, title=None):
    rng = b.rng
    fs = prep_fields(rng, fields)
    style = style or rng.choice(["kv", "kv", "bracket", "semi", "num", "prose", "ascii", "pipe", "json", "ocr", "space", "kvlog"])
    if title:
        if style == "ascii":
            b.t("== " + resolve(rng, title) + " ==\n")
        elif style == "ocr":
            b.t(ocr_label(rng, resolve(rng, title)) + rng.choice(["\n", "\n\n", " \n"]))
        else:
            say(b, rng.choice(["{title}\n", "【{title}】\n", "{title}\n", "《{title}》\n"]).replace("{title}", title))
    labs = [(_labels(rng, f[0]), f[1], (f[2] if len(f) > 2 else _labels(rng, f[0]))) for f in fs]
    if style == "kv":
        sep = rng.choice(["：", "：", ":", "： ", ": "])
        for lab, e, _ in labs:
            b.t(lab + sep); say(b, e); b.t("\n")
    elif style == "bracket":
        br = rng.choice([("【", "】"), ("[", "]"), ("〔", "〕")])
        for lab, e, _ in labs:
            b.t(br[0] + lab + br[1]); say(b, e); b.t("\n")
    elif style == "semi":
        for k, (lab, e, _) in enumerate(labs):
            b.t(lab + rng.choice(["：", ":"])); say(b, e); b.t("；" if k < len(labs) - 1 else "。\n")
    elif style == "num":
        nf = rng.choice(["{i}. ", "{i}、", "（{i}）", "{c}、", "{i}）"])
        for k, (lab, e, _) in enumerate(labs):
            b.t(nf.replace("{i}", str(k + 1)).replace("{c}", CN_NUM[k % 10]) + lab + "："); say(b, e); b.t("\n")
    elif style == "prose":
        for k, (lab, e, _) in enumerate(labs):
            b.t(lab + rng.choice(["为", "为", "是", "："])); say(b, e); b.t("，" if k < len(labs) - 1 else "。\n")
    elif style == "ascii":
        for lab, e, en in labs:
            b.t(en + rng.choice([": ", ": ", " = ", ":"])); say(b, e); b.t("\n")
    elif style == "pipe":
        b.t(" | ".join(l for l, _, _ in labs) + "\n")
        for k, (lab, e, _) in enumerate(labs):
            say(b, e); b.t(" | " if k < len(labs) - 1 else "\n")
    elif style == "json":
        b.t("{")
        for k, (lab, e, en) in enumerate(labs):
            b.t(f'"{en}": "'); say(b, e); b.t('"' + (", " if k < len(labs) - 1 else ""))
        b.t("}\n")
    elif style == "kvlog":
        b.t(rng.choice(["[INFO] ", "[audit] ", "level=info ", ""]))
        for k, (lab, e, en) in enumerate(labs):
            b.t(f"{en}="); say(b, e); b.t(" " if k < len(labs) - 1 else "\n")
    elif style == "ocr":
        for lab, e, _ in labs:
            b.t(ocr_label(rng, lab))
            b.t(rng.choice(["：", ":", " ", "：\n", "\n", "  ", "： "]))
            say(b, e)
            b.t(rng.choice(["\n", "\n", "  ", " \n", "\n\n"]))
    elif style == "space":
        w = max(len(l) for l, _, _ in labs) + 1
        for lab, e, _ in labs:
            b.t(lab + "\u3000" * (w - len(lab)) + " "); say(b, e); b.t("\n")


def table(b: Builder, cols, nrows, style=None, numbered=False):
    rng = b.rng
    cols = [(_labels(rng, c[0]), c[1], (c[2] if len(c) > 2 else _labels(rng, c[0]))) for c in cols]
    if numbered:
        cols = [("序号", "#", "no")] + cols
    style = style or rng.choice(["md", "csv", "tsv", "pipe", "pipe", "list"])
    base = rng.randrange(1000)

    def cell(e, i):
        if e == "#":
            b.t(str(i + 1))
        else:
            say(b, re.sub(r"<([A-Z]+):r>", lambda m: f"<{m.group(1)}:r{base}x{i}>", e))

    use_en = style in ("csv", "tsv") and rng.random() < 0.3
    hdr = [c[2] if use_en else c[0] for c in cols]
    if style == "md":
        b.t("| " + " | ".join(hdr) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for i in range(nrows):
            b.t("| ")
            for k, c in enumerate(cols):
                cell(c[1], i); b.t(" | " if k < len(cols) - 1 else " |\n")
    elif style in ("csv", "tsv", "pipe"):
        sep = {"csv": ",", "tsv": "\t", "pipe": " | "}[style]
        b.t(sep.join(hdr) + "\n")
        for i in range(nrows):
            for k, c in enumerate(cols):
                cell(c[1], i); b.t(sep if k < len(cols) - 1 else "\n")
    else:  # list
        sep = rng.choice(["，", "，", "  ", "；", " / "])
        show = rng.random() < 0.5
        body = [c for c in cols if c[1] != "#"]
        for i in range(nrows):
            b.t(f"{i + 1}{rng.choice(['、', '. ', '）'])}")
            for k, c in enumerate(body):
                if k:
                    b.t(sep)
                    if show:
                        b.t(c[0] + "：")
                cell(c[1], i)
            b.t("\n")


def chat(b: Builder, turns, start=None):
    """turns: list of (speaker_expr, text_expr)."""
    rng = b.rng
    h, m = (start or (rng.randrange(7, 21), rng.randrange(60)))
    style = rng.choice(["a", "b", "c", "d", "e"])
    cache: dict = {}
    for sp, tx in turns:
        sp = cache.setdefault(sp, resolve(rng, sp))
        m += rng.randrange(0, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        t = f"{h % 24:02d}:{m:02d}"
        if style == "a":
            say(b, sp); b.t(f" {t}\n"); say(b, tx); b.t("\n")
        elif style == "b":
            b.t(f"[{t}] "); say(b, sp); b.t("："); say(b, tx); b.t("\n")
        elif style == "c":
            say(b, sp); b.t(f"({t})："); say(b, tx); b.t("\n")
        elif style == "d":
            b.t(f"{t} "); say(b, sp); b.t(": "); say(b, tx); b.t("\n")
        else:
            say(b, sp); b.t(f"  {t}："); say(b, tx); b.t("\n")


def pick(b: Builder, *opts):
    say(b, b.rng.choice(opts))


# ---------------------------------------------------------------- genres

def g_bike_deposit(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        pick(b, "{客户您好，|}以下为押金退还申请{信息|明细}，请核对。\n", "", "<BRAND>{用户服务中心|客服部}\n")
        form(b, [("申请人|用户姓名|注册人", "<NAME:a>", "applicant"), ("注册手机|手机号码|联系电话", "<MOB>", "mobile"),
                 ("身份证号|证件号码", "<ID>", "id_no"), ("退款银行卡|收款卡号", "<CARD>", "refund_card"),
                 ("开户行", "<BRANCH>", "bank"), ("押金金额", "<AMT>", "deposit"), ("订单编号", "<ORDER>", "order_no"),
                 ("申请时间", "<DT>", "apply_time"),
                 ("退款原因", "{长期不骑|搬家离开本市|账户注销|重复缴纳押金|改用{月卡|骑行卡}}", "reason")],
             title="{共享单车|电单车|助力车}押金退还申请{表|单|}")
        pick(b, "温馨提示：{高峰期|周末}退款量较大，款项将{原路退回|退至指定银行卡}，预计3-7个工作日到账，如有疑问请拨打<HOT>。",
             "备注：押金退还{程序|流程}已启动，万一超过7个工作日未到账，请联系客服<HOT>。",
             "（本申请仅用于押金退还，不作他用）")
    elif k == 1:
        say(b, "工单号：<TICKET>  创建时间：<DT>  渠道：{App|小程序|热线<HOT>|公众号}\n")
        say(b, "{用户|客户}<NAME:a>{来电|在线}反映：{押金迟迟未退|押金被重复扣除|显示退款成功但未到账|骑行结束后仍被扣押金}，"
               "{注册手机|联系电话}<MOB>，{绑定银行卡|退款账户}<CARD>。{于是|随后}客服{马上|当天}提交财务复核。\n")
        say(b, "{登录IP|设备IP}：<IP>  App版本：<VER>  错误码：<ERR>\n")
        say(b, "处理人：<NAME:s>  处理结果：{已原路退回<AMT>|待财务核实|已补退差额<AMT>}  {回访|复核}：<HON:a>表示{认可|暂无异议|还需再等等}。")
    elif k == 2:
        say(b, "<BRAND>押金退款对账明细（批次号<BATCH>，对账日<DATE>）\n")
        table(b, [("用户|用户姓名", "<NAME:r>", "user"), ("手机|手机号", "<MOB:r>", "mobile"),
                  ("退款卡号|收款账户", "<CARD:r>", "card"), ("金额|退款金额", "<AMT>", "amount"),
                  ("状态", "{成功|成功|退票|处理中}", "status")], rng.randrange(2, 5), numbered=rng.random() < 0.5)
        say(b, "合计<NUM>笔，{差异0笔|差异1笔已人工处理}。{对账人|复核人}：<NAME:s>；商户号<MERCH>。")
    elif k == 3:
        pick(b, "【<BRAND>】尊敬的{用户|会员}<NAME:a>，您申请的押金<AMT>已于<DATE>退回至{您的银行卡|卡号}<CARD>，预计1-3个工作日到账。如有疑问请致电<HOT>。退订回T",
             "【<BRAND>】您好，您的押金退款申请已受理，验证码<CODE>，请勿泄露给他人。{注册手机|账户}<MOB>，退款单号<ORDER>。",
             "【<BRAND>】<NAME:a>您好：您名下车辆编号<DEVICE>的押金<AMT>已{解冻|退还}。{白天|周末}骑行高峰请注意安全。客服<HOT>")
    elif k == 4:
        chat(b, [("<NAME:a>", "你好，我的{单车|电单车}押金退了{一周|十天}还没到账"),
                 ("客服{小周|小马|小安}", "您好，麻烦提供一下注册手机号和退款卡号，我马上帮您查"),
                 ("<NAME:a>", "手机<MOB>，卡号<CARD>"),
                 ("客服{小周|小马|小安}", "查到了，退款<AMT>已在<DATE>发起，{周末|节假日}银行不处理，请再等等"),
                 ("<NAME:a>", "{好的|行吧}，万一还不到我再找你们")])
    else:
        say(b, "{尊敬的|亲爱的}<NAME:a>{先生|女士|}：\n\n您好！关于您在<BRAND>的押金退还申请（订单号<ORDER>），经核实，"
               "{该笔押金已于<DATE>退回至您尾号账户|款项将退回至您的{银行卡|账户}<CARD>}。如需{开具证明|对账单}，请回复本邮件或发送至"
               "{您的注册邮箱|邮箱}<MAIL>接收。\n\n{此致|祝好}\n<ORG> 客户服务部\n<DATE>")


def g_pet_insurance(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("投保人|投保人姓名", "<NAME:a>", "holder"), ("证件号码|身份证号", "<DOC>", "id_no"),
                 ("手机号|联系电话", "<MOB>", "mobile"), ("电子邮箱", "<MAIL>", "email"),
                 ("通讯地址|联系地址", "<ADDR>", "address"), ("宠物名|爱宠昵称", "<PET>", "pet"), ("品种", "<BREED>", "breed"),
                 ("芯片号", "<CHIP>", "chip"), ("保单号", "<POLICY>", "policy_no"), ("保费|年缴保费", "<AMT>", "premium"),
                 ("生效日期", "<DATE>", "start_date")], title="{宠物医疗保险投保单|犬猫医疗险投保确认单|爱宠保·投保信息}")
        pick(b, "投保须知：等待期30天，常规疫苗、绝育、美容不在保障范围内。", "声明：本人已阅读条款，{方便|同意}以电子方式接收保单。",
             "客服热线<HOT>，{白天|工作日}9:00-18:00。")
    elif k == 1:
        say(b, "{理赔申请书|宠物医疗险理赔申请}\n{致|}<ORG>：\n{本人|申请人}<NAME:a>，身份证号<ID>，"
               "{所养|名下}宠物“<PET>”（<BREED>，{2|3|4|6}岁）于<DATE>{因呕吐|因骨折|因皮肤病|误食异物}在<ORG>就诊，"
               "共产生医疗费用<AMT>。现申请理赔，赔款请转入{本人|我的}{银行卡|账户}<CARD>（<BRANCH>）。联系电话<MOB>。\n"
               "保单号：<POLICY>\n申请人签字：<NAME:a>   <DATE>")
    elif k == 2:
        say(b, "<ORG>  门诊结算单\n{地址|院址}：<ORGADDR>  {服务电话|电话}：<HOT>\n")
        say(b, "宠主：<NAME:a>{   |  |\t}电话：<MOB>\n宠物：<PET> / <BREED> / {公|母}\n")
        table(b, [("项目", "{血常规|X光检查|输液|驱虫|B超|皮肤镜检}", "item"), ("数量", "<NUM>", "qty"), ("金额", "<AMT>", "amount")],
              rng.randrange(2, 4), style=rng.choice(["pipe", "md", "tsv"]))
        say(b, "合计：<AMT>  支付方式：{微信|银行卡<CARD>|支付宝}  主治医生：<NAME:s>\n{温馨提示|备注}：请保存本单据用于保险理赔。")
    elif k == 3:
        pet = rng.choice(W.PET_NAMES)
        me = resolve(rng, "{%s妈|%s爸|<NAME:a>}" % (pet, pet))
        if pet in me:
            b.negs["pet_name"] += 1
        chat(b, [(me, "{问下大家|请教一下}，{宠物险|爱宠保}理赔一般多久到账？"),
                 ("{<NAME:b>|<TITLE>}", "我上次<DATE>交的材料，大概一周，打到<CARD:b>了"),
                 (me, "我保单<POLICY>，{两周|十天}了还显示审核中"),
                 ("{<NAME:b>|<TITLE>}", "打客服<HOT>催一下，或者直接加理赔员<NAME:c>，他电话<MOB>"),
                 (me, "好的谢谢，{周末|马上}去问问")])
    elif k == 4:
        say(b, "{理赔案件清单|理赔进度导出}（<ORG>，导出时间<DT>）\n")
        table(b, [("被保险人|投保人", "<NAME:r>", "insured"), ("宠物", "<PET>", "pet"), ("手机", "<MOB:r>", "mobile"),
                  ("理赔金额", "<AMT>", "claim"), ("收款卡", "<CARD:r>", "payee_card"),
                  ("状态", "{已赔付|审核中|补充材料|拒赔}", "status")], rng.randrange(2, 5), style=rng.choice(["csv", "tsv", "md", "list"]))
    else:
        say(b, "【<BRAND>】{尊敬的|亲爱的}<NAME:a>，您为爱宠“<PET>”投保的医疗险（保单号<POLICY>）理赔款<AMT>已支付至"
               "<CARD>，请注意查收。{登录IP|本次操作IP}：<IP>，如非本人操作请致电<HOT>。")


def g_prepaid_gym(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("经营者名称|商户名称", "<ORG>", "merchant"), ("统一社会信用代码", "<USCC>", "uscc"),
                 ("法定代表人|负责人", "<NAME:a>", "legal_rep"), ("负责人手机|联系电话", "<MOB>", "mobile"),
                 ("门店地址|经营场所", "<ORGADDR>", "shop_addr"), ("存管银行", "<BRANCH>", "bank"),
                 ("存管账号", "<ACCT>", "escrow_acct"), ("预收资金余额", "<AMT>", "balance"),
                 ("报备日期", "<DATE>", "report_date")],
             title="{单用途预付卡资金存管报备表|预付式消费资金监管账户备案|预收款存管情况报告}")
        pick(b, "说明：按{区商务局|监管部门}要求，预收资金的{40%|30%|50%}存入监管账户，{于是|因此}本月新增存管<AMT>。",
             "{经办人|填报人}：<NAME:s>  审核：<TITLE>", "")
    elif k == 1:
        say(b, "<ORG>  会员退卡登记{表|（<DATE>）}\n")
        table(b, [("会员|会员姓名", "<NAME:r>", "member"), ("会员卡号", "<CARDNO>", "card_no"), ("手机", "<MOB:r>", "mobile"),
                  ("剩余课时|剩余次数", "<NUM>节", "left"), ("退款金额", "<AMT>", "refund"),
                  ("退款账户", "<CARD:r>", "refund_card")], rng.randrange(2, 5), numbered=rng.random() < 0.4)
        say(b, "{店长|经办人}：<NAME:s>  {退款统一于周末前处理完毕|高峰期退款请耐心等待}。")
    elif k == 2:
        say(b, "{投诉书|投诉信|消费投诉}\n投诉人：<NAME:a>，现住<ADDR>，联系电话<MOB>。\n被投诉方：<ORG>（<ORGADDR>）\n"
               "{事实与理由|投诉内容}：本人于<DATE>在<BRAND>办理{年卡|私教课程|美容套餐}，支付<AMT>，{刷卡|转账}自{本人|我的}银行卡<CARD>。"
               "{现门店突然停业|商家以装修为由长期闭店|教练离职后无法正常上课}，{于是|多次}要求退费无果。"
               "请求{监管部门|平台}协调退还剩余费用。\n投诉人：<NAME:a>  <DATE>")
    elif k == 3:
        pick(b, "【预付卡监管】{您好|尊敬的消费者}<NAME:a>，您在<BRAND>的预付卡余额<AMT>已纳入资金存管，可在平台查询。验证码<CODE>，{5|10}分钟内有效。",
             "【<BRAND>】<NAME:a>您好，您的会员卡<CARDNO>已办理退卡，退款<AMT>将退回<CARD>，{周末|节假日}顺延。咨询<HOT>",
             "【<BRAND>】温馨提示：门店{周末|白天}客流高峰，请提前预约。会员<NAME:a>，卡内剩余<NUM>次。")
    elif k == 4:
        say(b, "{监管平台日志|存管系统日志}\n")
        for _ in range(rng.randrange(2, 4)):
            say(b, "<DT> {INFO|WARN} {event=refund|event=deposit|event=freeze} merchant=<MERCH> member=<NAME:r1> "
                   "{phone|mobile}=<MOB> amount=<AMT> {ip|client_ip}=<IP> code=<ERR>\n")
    else:
        say(b, "<NAME:a>{，你好|您好}：\n  {收到你的退卡申请|关于您反映的退费问题}，{门店|我们}已核对消费记录：办卡<DATE>，"
               "实付<AMT>，已消费<NUM>次。{按合同约定|经协商}，可退<AMT>，款项将打入<CARD>。如对结果有异议，可拨打{门店电话|客服}<HOT>"
               "或{回复邮件至|联系}<MAIL>。\n<ORG>\n<DATE>")


def g_ev_charging(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("申请人|报装人", "<NAME:a>", "applicant"), ("身份证号", "<ID>", "id_no"), ("联系电话|手机", "<MOB>", "mobile"),
                 ("{安装地址|报装地址}", "<ADDR>", "install_addr"), ("车位位置|车位", "<SPOT>", "spot"),
                 ("车牌号|车牌号码", "<PLATE>", "plate"), ("车架号", "<VIN>", "vin"), ("电表户号", "<METER>", "meter"),
                 ("申请容量", "{7kW|11kW|3.5kW}", "capacity"), ("申请日期", "<DATE>", "date")],
             title="{居民自用充电桩报装申请表|新能源汽车充电设施报装单|私人充电桩安装申请}")
        pick(b, "注：请附物业同意书及车位产权证明（见附件）。", "{供电所|受理窗口}意见：同意接入，{于是|请}安排现场勘查。", "")
    elif k == 1:
        form(b, [("借款人", "<NAME:a>", "borrower"), ("证件号码", "<DOC>", "id_no"), ("手机", "<MOB>", "mobile"),
                 ("车牌号", "<PLATE>", "plate"), ("车辆品牌", "{比亚迪|五菱|小鹏|理想|埃安}", "model"),
                 ("分期金额", "<AMT>", "loan_amt"), ("期数", "{12|24|36|60}期", "terms"), ("还款卡号|扣款账户", "<CARD>", "repay_card"),
                 ("合同编号", "<CONTRACT>", "contract_no"), ("经销商", "<ORG>", "dealer")],
             title="{新能源汽车分期付款申请|绿色车贷审批单|新能源车消费贷款放款通知}")
        pick(b, "放款方式：受托支付至经销商账户<ACCT>。", "担保方式：车辆抵押，{黄金|常规}客户免收手续费。", "")
    elif k == 2:
        say(b, "{物业同意书|关于同意安装充电桩的证明}\n\n<ORG>：\n　　{兹有|现有}业主<NAME:a>（身份证号<ID>）系<ADDR>的业主，"
               "拟在其{自有|租赁}车位<SPOT>安装{私人|自用}充电桩一台，用于{车牌|}<PLATE>车辆充电。经核实，"
               "{该车位配电条件满足要求|施工方案安全可行}，本物业同意安装，施工期间请{遵守小区管理规定|做好安全防护}。\n\n"
               "物业服务中心（盖章）\n经办人：<NAME:s>  电话：<HOT>\n<DATE>")
    elif k == 3:
        pick(b, "【派单通知】师傅<NAME:s>您好，请于<DATE>{上午|下午|白天}上门安装充电桩。客户：<NAME:a>，电话：<MOB>，"
                "地址：<ADDR>，车位：<SPOT>，桩编号：<DEVICE>。{安装完成后请马上拍照上传|注意施工安全，万一有问题联系调度<HOT>}。",
             "派单号<TICKET> | 客户 <NAME:a> | <MOB> | <ADDR> | 桩型{7kW交流|11kW交流} | 师傅 <NAME:s> | 预约 <DT>")
    elif k == 4:
        chat(b, [("{安装师傅|师傅}<NAME:s>", "您好，我是{星火|万马}充电的安装师傅，明天下午到您小区"),
                 ("<NAME:a>", "好的，地址是<ADDR>，车位在<SPOT>"),
                 ("{安装师傅|师傅}<NAME:s>", "收到，您车牌多少？物业要登记"),
                 ("<NAME:a>", "<PLATE>，电话打<MOB>就行"),
                 ("{安装师傅|师傅}<NAME:s>", "好嘞，{高峰|白天}时段电梯紧张，我{马上|提前}跟物业<TITLE>说一下")])
    else:
        say(b, "{充电订单|charging session} ")
        form(b, [("user", "<NAME:a>", "user"), ("plate", "<PLATE>", "plate"), ("phone", "<MOB>", "phone"),
                 ("pile", "<DEVICE>", "pile_id"), ("kwh", "<NUM>.{2|5|8}", "kwh"), ("fee", "<AMT>", "fee"),
                 ("ip", "<IP>", "client_ip"), ("start", "<DT>", "start_time")], style=rng.choice(["json", "kvlog", "ascii"]))


def g_scholarship(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "<ORG>{20<NUM>|}{学年|年度}{国家助学金|励志奖学金|校长奖学金|春晖助学金}{拟发放名单公示|获奖名单公示}\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("学号", "<SNO>", "student_no"),
                  ("{学院|班级}", "{经济学院|信息工程学院|机电系|高二（3）班|护理学院}", "dept"),
                  ("等级", "{一等|二等|三等}", "level"), ("金额", "<AMT>", "amount")], rng.randrange(3, 6), numbered=True)
        say(b, "公示期：<DATE>至<DATE>。如有异议，请向学生资助中心反映，电话<HOT>，{地址|办公地点}：<ORGADDR>。")
    elif k == 1:
        form(b, [("申请人|学生姓名", "<NAME:a>", "student"), ("身份证号", "<ID>", "id_no"), ("学号", "<SNO>", "student_no"),
                 ("家庭住址|户籍地址", "<ADDR>", "home_addr"), ("父亲/母亲姓名|家长姓名", "<NAME:p>", "parent"),
                 ("家长电话", "<MOB>", "parent_mobile"), ("家庭电话|固定电话", "<TEL>", "home_tel"),
                 ("本人银行卡", "<CARD>", "card"), ("家庭人均月收入", "<AMT>", "income"),
                 ("困难类型", "{低保家庭|单亲家庭|残疾人家庭|因病致困|建档立卡}", "type")],
             title="{家庭经济困难学生认定及助学金申请表|国家助学金申请表|助学金申请登记}")
        pick(b, "本人承诺以上信息真实。申请人签字：<NAME:a>", "（复印件见附件，原件由辅导员核验）", "")
    elif k == 2:
        say(b, "辅导员审核意见：\n经{走访|电话核实|班级评议}，<NAME:a>同学（学号<SNO>）{家庭人口<NUM>人|父亲常年患病|母亲务工收入不稳定}，"
               "{平时学习刻苦|在校表现良好}，{情况属实|符合认定条件}，同意推荐{一等|二等}助学金。\n"
               "{联系家长|家长}<NAME:p>（<MOB>）确认了家庭情况。\n辅导员：<NAME:s>   <DATE>")
    elif k == 3:
        say(b, "{致家长的一封信|助学金发放告知书}\n尊敬的<NAME:p>{家长|先生|女士}：\n　　您好！您的孩子<NAME:a>已获评<ORG>"
               "{国家助学金|励志奖学金}，金额<AMT>，将于<DATE>前发放至学生本人银行卡<CARD>。请{提醒孩子|您}注意查收，"
               "谨防诈骗：学校不会{索要验证码|要求转账}。如有疑问请拨打{资助热线|}<HOT>。\n<ORG>学生资助管理中心\n<DATE>")
    elif k == 4:
        say(b, "{From|发件人}: <NAME:a> <<MAIL>>\n{Subject|主题}: {助学金申请材料补交|关于奖学金到账的咨询}\n\n"
               "{老师您好|<HON:s>好}，我是{经济学院|信息工程学院}学生<NAME:a>，学号<SNO>。{附件是|现补交}家庭经济情况证明（见附件），"
               "{另外我的银行卡号更换为<CARD>|收款卡仍为<CARD>}，手机<MOB>。{谢谢老师|麻烦您了}！\n<NAME:a>\n<DATE>")
    else:
        say(b, "{发放批次|批次号}<BATCH>  {代发明细|发放清单}\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("身份证号", "<ID:r>", "id_no"), ("银行卡号", "<CARD:r>", "card"),
                  ("金额", "<AMT>", "amount")], rng.randrange(2, 5), style=rng.choice(["csv", "tsv", "md", "pipe"]))
        say(b, "{经办|制表}：<NAME:s>  复核：<TITLE>")


def g_tour_deposit(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("游客姓名|旅客", "<NAME:a>", "traveler"), ("护照号码", "<PASS>", "passport"), ("手机", "<MOB>", "mobile"),
                 ("目的地", "{<COUNTRY>|<CITYF>}", "destination"), ("团号", "<TOUR>", "tour_no"), ("出发日期", "<DATE>", "depart"),
                 ("保证金", "<AMT>", "deposit"), ("退还账户", "<CARD>", "refund_card"), ("紧急联系人", "<NAME:e>", "emergency"),
                 ("紧急联系电话", "<MOB:e>", "emergency_phone")],
             title="{出境旅游保证金收据|出境游押金确认单|赴<COUNTRY>旅游保证金协议}")
        pick(b, "游客按期回国并销签后，保证金{全额|无息}退还至原账户。", "{万一|如}游客滞留不归，保证金不予退还。", "")
    elif k == 1:
        say(b, "{签证担保函|担保函}\n<COUNTRY>{驻华大使馆|驻上海总领事馆|签证中心}：\n　　兹有我社{组织的|}旅游团（团号<TOUR>）团员"
               "<NAME:a>（护照号<PASS>，身份证号<ID>），拟于<DATE>赴{<CITYF>|<COUNTRY>}旅游，{行程<NUM>天|乘<FLIGHT>航班}。"
               "我社保证其按期回国，并已收取保证金<AMT>。\n　　{联系人|领队}：<NAME:s>，电话<HOT>。\n<ORG>（盖章）\n<DATE>")
    elif k == 2:
        say(b, "<ORG> 团员名单  团号：<TOUR>  {目的地|线路}：{<CITYF>|<COUNTRY>{五日|七日}游}\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("{证件|护照/通行证}", "{<PASS:r>|<PERMIT:r>}", "doc_no"),
                  ("手机", "<MOB:r>", "mobile"), ("房间", "{单人|双人|加床}", "room")], rng.randrange(3, 6), numbered=True)
        say(b, "领队：<NAME:s>  集合：<DATE> {07:30|06:00|白天}于{机场T2|浦东机场|白云机场}。")
    elif k == 3:
        chat(b, [("导游{小林|阿周|小高}", "各位团友早上好！明天去<CITYF>，请把证件照片发我核对"),
                 ("<NAME:a>", "我的{港澳通行证|护照}是<PERMIT:a>，{没问题吧|签注办好了}"),
                 ("导游{小林|阿周|小高}", "收到。<NAME:b>，您的护照<PASS:b>还没发，{麻烦|请}马上发一下"),
                 ("<NAME:b>", "发了，手机{换了|是}<MOB:b>，保证金退回<CARD:b>"),
                 ("导游{小林|阿周|小高}", "好的，{周末|明天}白天自由活动，注意安全")])
    elif k == 4:
        pick(b, "【<BRAND>】<NAME:a>您好，您参加的{<COUNTRY>|<CITYF>}团（<TOUR>）出境保证金<AMT>已退回至<CARD>。感谢选择，客服<HOT>。",
             "【<BRAND>】尊敬的<NAME:a>，出团通知：<DATE>乘<FLIGHT>前往<CITYF>，请携带护照<PASS>原件。领队<NAME:s> <MOB>。")
    else:
        say(b, "出 境 游 保 证 金 收 据\n")
        form(b, [("交款人", "<NAME:a>", "payer"), ("证件号", "<DOC>", "doc"), ("金额", "<AMT>", "amount"),
                 ("线路", "{<COUNTRY>|<CITYF>}", "route"), ("收款人", "<NAME:s>", "receiver"), ("日期", "<DATE>", "date")],
             style="ocr")


def g_mediation(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{人民调解协议书|调解协议书}\n编号：<CASE>\n")
        for side, v in (("甲方", "a"), ("乙方", "b")):
            say(b, side + "：<NAME:" + v + ">，{男|女}，身份证号<ID:" + v + ">，{住址|住}<ADDR:" + v + ">，电话<MOB:" + v + ">\n")
        say(b, "纠纷{简要情况|事由}：{双方因借款|因装修款|因租金拖欠|因邻里漏水}发生纠纷，经<ORG>调解，自愿达成如下协议：\n"
               "一、乙方于<DATE>前向甲方支付<AMT>，转入甲方{银行卡|账户}<CARD:a>；\n二、{甲方不再追究其他责任|双方今后互不追究}。\n"
               "调解员：<NAME:m>  {调委会地址|地址}：<ORGADDR>  <DATE>")
    elif k == 1:
        say(b, "调解笔录\n时间：<DT>  地点：<ORG>\n调解员：<NAME:m>  记录人：<NAME:s>\n")
        say(b, "问：请{说一下|报一下}你的{姓名|基本情况}。\n答：我叫<NAME:a>，身份证号<ID>，住<ADDR>，手机<MOB>。\n"
               "问：{对方欠款多少|你的诉求是什么}？\n答：{他欠我|要求对方退还}<AMT>，{说好周末还|一直拖着不还}，万一再拖我就去法院。\n"
               "问：{以上记录是否属实|是否同意调解}？\n答：属实，{同意|我同意}。（签名：<NAME:a>）")
    elif k == 2:
        say(b, "{还款和解协议|分期还款和解书}\n{债权人|甲方}<NAME:a>与{债务人|乙方}<NAME:b>就<AMT>欠款一事，在调解员<NAME:m>主持下达成和解："
               "乙方{自<DATE>起每月|分<NUM>期}向甲方{账户|银行卡}<CARD:a>{还款|转账}<AMT>，{最后一期于<DATE>前付清|逾期一期甲方可要求一次性清偿}。"
               "乙方联系电话<MOB:b>，送达地址<ADDR:b>。\n甲方：<NAME:a>  乙方：<NAME:b>  <DATE>")
    elif k == 3:
        say(b, "调解员工作日志（<DATE>）\n")
        lines = ["上午电话联系当事人<NAME:r1>（<MOB:r1>），{说明调解程序|约定周末面谈}。",
                 "{走访|上门}<ADDR:r2>，与<NAME:r2>{面谈|沟通}，对方同意分期还款。",
                 "接待来访群众<TITLE>，咨询{物业费|彩礼返还|工资拖欠}问题，已{解答|转交}。",
                 "{协助|陪同}<NAME:r3>到<BRANCH>查询转账记录，核对<CARD:r3>{流水|入账}。",
                 "整理案卷<CASE>，{归档|报送司法所}。", "{下午|白天}参加<ORG>例会，{常规|简单}汇报本周案件。"]
        rng.shuffle(lines)
        for i, l in enumerate(lines[:rng.randrange(3, 6)]):
            say(b, f"{i + 1}. " + l + "\n")
    elif k == 4:
        say(b, "{案件登记表|调解案件台账}导出 <DT>\n")
        table(b, [("案号", "<CASE>", "case_no"), ("申请人", "<NAME:r>", "applicant"), ("联系电话", "<MOB:r>", "phone"),
                  ("{住址|送达地址}", "<ADDR:r>", "address"), ("标的额", "<AMT>", "amount"),
                  ("结果", "{调解成功|调解不成|已撤回}", "result")], rng.randrange(2, 4), style=rng.choice(["csv", "tsv", "md", "pipe"]))
    else:
        say(b, "{送达回证|调解通知}\n<NAME:a>{：|，你好：}\n　　{你与<NAME:b>的纠纷|你申请的调解事项}已于<DATE>受理（案号<CASE>），"
               "请于<DATE>{上午|下午}到<ORG>（<ORGADDR>）参加调解，{携带身份证原件|并带好证据材料}。{如有疑问|联系电话}：{<HOT>|<TEL>}。\n"
               "送达地址：<ADDR:a>\n签收人：<NAME:a>")


def g_volunteer_roster(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("志愿者姓名|姓名", "<NAME:a>", "name"), ("身份证号", "<ID>", "id_no"), ("手机号码", "<MOB>", "mobile"),
                 ("邮箱", "<MAIL>", "email"), ("现住址|居住地址", "<ADDR>", "address"), ("志愿者编号", "<ORDER>", "volunteer_no"),
                 ("服务意向", "{助老|环保|文明交通|社区安全巡逻|周末义诊}", "intent"), ("所属组织", "<ORG>", "org"),
                 ("登记日期", "<DATE>", "date")], title="{志愿者服务登记表|志愿者注册信息|新志愿者报名表}")
        pick(b, "（本人自愿参加志愿服务，{服从安排|遵守安全规定}）", "审核人：<NAME:s>", "")
    elif k == 1:
        say(b, "<ORG>{“|}{温馨社区|平安家园|文明河畔}{”|}{志愿服务|周末活动}签到表  日期：<DATE>  地点：{社区广场|林荫路口|<ORGADDR>}\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("手机", "<MOB:r>", "mobile"), ("签到", "<TIME>", "in"),
                  ("签退", "<TIME>", "out"), ("时长", "{2|3|3.5|4}小时", "hours")], rng.randrange(3, 6),
              style=rng.choice(["md", "pipe", "list", "tsv"]), numbered=True)
    elif k == 2:
        say(b, "{志愿者意外险投保名单|团体意外险被保险人清单}（投保单位：<ORG>；保单号<POLICY>）\n")
        table(b, [("被保险人", "<NAME:r>", "insured"), ("证件号码", "<ID:r>", "id_no"), ("手机", "<MOB:r>", "mobile"),
                  ("保额", "<AMT>", "sum_insured")], rng.randrange(2, 5), style=rng.choice(["csv", "tsv", "md"]))
        say(b, "{联系人|经办人}：<NAME:s>，{保费合计|合计}<AMT>。")
    elif k == 3:
        say(b, "{关于表彰优秀志愿者的公示|年度星级志愿者表彰公示}\n　　经{社区推荐|评审委员会评议}，拟表彰<NAME:a>、<NAME:b>、<NAME:c>等<NUM>名同志为"
               "“{五星|优秀|金牌}志愿者”。其中<NAME:a>{全年服务<NUM>小时|坚持白天巡逻|连续三年参与防汛}，{事迹突出|表现优秀}。"
               "公示期<DATE>至<DATE>，{意见请反馈至|联系电话}<HOT>。\n<ORG>\n<DATE>")
    elif k == 4:
        pick(b, "【<BRAND>】<NAME:a>您好，您报名的<DATE>{助老|环保|交通劝导}活动已通过审核，请于{早上8点|白天}到{社区服务站|林荫广场}签到。"
                "{领队|联系人}<NAME:s>，电话<MOB>。",
             "【志愿汇】{亲爱的志愿者|<NAME:a>}，您本月服务时长已记录<NUM>小时，志愿者编号<ORDER>，验证码<CODE>。")
    else:
        chat(b, [("{队长|<NAME:s>}", "明天{周末|上午}敬老院活动，还差两个人，谁能来？"),
                 ("<NAME:a>", "我可以，保险帮我登一下，身份证<ID:a>"),
                 ("<NAME:b>", "我也来，{开车|我骑车}过去，车牌<PLATE:b>，{能停吗|帮我报一下}"),
                 ("{队长|<NAME:s>}", "好的，车位有，{马上|晚上}统一报给<TITLE>")])


def g_parking_lease(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{车位租赁合同|地下车位租赁协议}\n合同编号：<CONTRACT>\n")
        form(b, [("出租方（甲方）|甲方", "<NAME:a>", "lessor"), ("甲方身份证号", "<ID:a>", "lessor_id"), ("甲方电话", "<MOB:a>", "lessor_phone"),
                 ("承租方（乙方）|乙方", "<NAME:b>", "lessee"), ("乙方身份证号", "<ID:b>", "lessee_id"),
                 ("车位坐落", "<SPOT>", "spot_location"), ("车位编号", "<SPOTNO>", "spot_no"), ("乙方车牌", "<PLATE>", "plate"),
                 ("月租金", "<AMT>", "rent"), ("租期", "{一年|两年|12个月}，自<DATE>起", "term"), ("收款账户", "<CARD:a>", "payee")])
        pick(b, "第五条 乙方不得转租，{万一|如}车辆在车位内受损，甲方不承担保管责任。", "（双方签字后生效，一式两份）", "")
    elif k == 1:
        form(b, [("借款人", "<NAME:a>", "borrower"), ("证件号码", "<DOC>", "id_no"), ("手机", "<MOB>", "mobile"),
                 ("车位坐落", "<SPOT>", "spot"), ("不动产权证号", "<CERT>", "cert_no"), ("开发商", "<ORG>", "developer"),
                 ("开发商统一社会信用代码", "<USCC>", "developer_uscc"), ("贷款金额", "<AMT>", "loan"),
                 ("期限", "{36|60|24}个月", "term"), ("还款卡号", "<CARD>", "repay_card")],
             title="{车位分期贷款申请表|车位按揭审批表|车位消费贷放款单}")
    elif k == 2:
        say(b, "{车位产权核查记录|车位权属调查}\n{核查人|调查员}：<NAME:s>  日期：<DATE>\n"
               "{经查|经不动产登记中心查询}，<SPOT>{登记在|权利人为}<NAME:a>名下，证号<CERT>，{无查封|已抵押给<BRANCH>}。"
               "权利人{户籍|通讯}地址<ADDR>，联系电话{<MOB>|<TEL>}。{于是|经核实}，该车位可用于{出租|抵押}。")
    elif k == 3:
        say(b, "<ORG>{温馨提示|停车场通知}\n{各位车主|尊敬的业主}：\n　　因{地库防水施工|消防检测|白天高峰拥堵}，"
               "{B2层|负一层}<SPOTNO>至<SPOTNO>车位将于<DATE>{封闭|暂停使用}。以下车辆请于{周末|本周五}前挪至临时车位：")
        n = rng.randrange(2, 5)
        for i in range(n):
            say(b, "<PLATE:p" + str(i) + ">" + ("、" if i < n - 1 else "。"))
        say(b, "\n如有疑问请联系{物业前台|管理处}<HOT>。\n<DATE>")
    elif k == 4:
        say(b, "{车位租赁台账|月租车登记}\n")
        table(b, [("车主", "<NAME:r>", "owner"), ("车牌", "<PLATE:r>", "plate"), ("电话", "<MOB:r>", "phone"),
                  ("车位", "<SPOTNO>", "spot_no"), ("租金", "<AMT>", "rent"), ("到期", "<DATE>", "expire")],
              rng.randrange(2, 5))
    else:
        chat(b, [("<NAME:a>", "{你好|您好}，看到你挂的车位出租，<SPOTNO>还在吗？"),
                 ("<NAME:b>", "在的，{月租|一个月}<AMT>，押一付三"),
                 ("<NAME:a>", "可以，我车牌<PLATE:a>，合同写我名字<NAME:a>"),
                 ("<NAME:b>", "好，钱转我卡<CARD:b>，车位在<SPOT:b>，{周末|明天白天}带你去看")])


def g_canteen_topup(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "<ORG> 餐卡充值记录\n")
        for _ in range(rng.randrange(2, 4)):
            say(b, "<DT>  {持卡人|用餐人}<NAME:r1>  卡号<CARDNO>  充值<AMT>  {方式|渠道}：{现金|微信|银行卡<CARD>|子女代充}  "
                   "操作员：<TITLE>\n")
        say(b, "{今日合计|本班次合计}<AMT>，终端号<TERM>。")
    elif k == 1:
        say(b, "{<NUM>月|本季度}{老年助餐补贴名册|助餐补贴发放名单}（<ORG>）\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("身份证号", "<ID:r>", "id_no"), ("年龄", "<AGE>", "age"),
                  ("补贴标准", "{每餐3元|每餐5元|每月<AMT>}", "subsidy"), ("居住地址", "<ADDR:r>", "address")],
              rng.randrange(2, 5), numbered=rng.random() < 0.5)
        say(b, "{制表|经办}：<NAME:s>  {审核|复核}：<TITLE>  <DATE>")
    elif k == 2:
        form(b, [("用餐人|老人姓名", "<NAME:a>", "name"), ("送餐地址", "<ADDR>", "delivery_addr"), ("联系电话", "{<MOB>|<TEL>}", "phone"),
                 ("紧急联系人", "<NAME:c>", "contact"), ("联系人电话", "<MOB:c>", "contact_phone"),
                 ("饮食禁忌", "{低盐|无糖|软食|清真|无}", "diet"), ("送餐时段", "{11:00-11:30|白天|午餐}", "slot"),
                 ("送餐员", "<NAME:s>", "courier")], title="{送餐上门登记表|助餐送餐服务登记|长者送餐单}")
    elif k == 3:
        chat(b, [("<NAME:c>", "{妈|爸}，我给你饭卡充了<AMT>，你看到没"),
                 ("<NAME:a>", "看到了，食堂<TITLE>说到账了"),
                 ("<NAME:c>", "卡号是<CARDNO>吧？我用<CARD:c>付的"),
                 ("<NAME:a>", "是的，{周末|明天}你{回来|过来}吗"),
                 ("<NAME:c>", "{周末|马上}回，送餐地址还是<ADDR:a>对吧")])
    elif k == 4:
        pick(b, "【<BRAND>】{您好|尊敬的家属}，<NAME:a>的餐卡已充值<AMT>，当前余额<AMT>。{充值人|付款人}手机<MOB>。温馨提示：{白天|午间}11点开餐。",
             "【<BRAND>】<NAME:a>老人助餐补贴<AMT>已到账，卡号<CARDNO>。如有疑问请拨打<HOT>（<ORGADDR>）。")
    else:
        say(b, "{代充值申请|子女代充授权书}\n本人<NAME:c>（身份证号<ID:c>，电话<MOB:c>，邮箱<MAIL>），系<NAME:a>的{儿子|女儿|孙女}，"
               "{因工作繁忙|因在外地}，申请绑定本人银行卡<CARD:c>为{母亲|父亲}餐卡自动充值，每月<AMT>。{老人住址|送餐地址}：<ADDR:a>。\n"
               "申请人：<NAME:c>  <DATE>\n{食堂|经办}确认：<NAME:s>")


GENRES = {
    "bike_deposit": g_bike_deposit, "pet_insurance": g_pet_insurance, "prepaid_gym": g_prepaid_gym,
    "ev_charging": g_ev_charging, "scholarship": g_scholarship, "tour_deposit": g_tour_deposit,
    "mediation": g_mediation, "volunteer_roster": g_volunteer_roster, "parking_lease": g_parking_lease,
    "canteen_topup": g_canteen_topup,
}


# ---------------------------------------------------------------- shared trailers and headers

HEADERS = [
    "{发件人|From}：<ORG>\n{收件人|To}：<NAME:h>{ <<MAIL:h>>|}\n{主题|Subject}：{资料确认|办理结果通知|信息核对}\n\n",
    "——{系统导出|后台导出|OCR识别结果} <DT>——\n",
    "{转发|Fwd}：{以下为|下面是}{客户|当事人|家属}{提交|补充}的信息，{方便|请}核对。\n",
    "[{扫描件|拍照件}识别 置信度0.{8|9}<NUM>]\n",
    "",
]
TRAILERS = [
    "提交时间：<DT>  {提交IP|登录IP|来源IP}：<IP>  {客户端|App}版本：<VER>",
    "{联系人|紧急联系人}<NAME:x>，{家庭电话|住宅电话|固定电话}<TEL:x>，{邮箱|电子邮箱}<MAIL:x>。",
    "{备用电话|家庭电话|座机}：<TEL>  {通讯地址|邮寄地址|现住址}：<ADDR>  邮编：<POST>",
    "温馨提示：{白天|周末}{高峰|时段}办理人数较多，{方便起见|为节省时间}请提前预约；{万一|如}信息有误，请{马上|及时}联系<HOT>更正。",
    "本{表|单|记录}信息仅用于{资格审核|资金结算|业务办理}，请妥善保管，严禁外传。{如有疑问|咨询}请前往<ORG>（<ORGADDR>）。",
    "附：{身份证复印件|户口本首页|银行卡复印件|证明材料}（见附件）；{收件|通讯}地址<ADDR>，{签收人|收件人}<NAME:x>。",
    "经办：<NAME:s>  复核：<TITLE>  日期：<DATE>  {批次|流水号}：<BATCH>",
    "{港澳居民来往内地通行证|往来港澳通行证|出入境证件}<PERMIT>（{如有|非大陆居民填写}）；{护照|Passport: }<PASS>。",
    "{家庭电话|住宅电话}：<TEL>  {工作单位|任职单位}：<ORG>（统一社会信用代码<USCC>）",
    "{操作日志|log}: user=<NAME:x> ip=<IP> result={OK|SUCCESS|PENDING} code=<ERR>",
    "{安全|常规}{程序|提醒}：{工作人员不会索要验证码|请勿向他人透露验证码}<CODE>，{于是|因此}请勿转发本信息。",
]


def render(b: Builder) -> None:
    rng = b.rng
    if rng.random() < 0.35:
        say(b, rng.choice(HEADERS))
    GENRES[b.genre](b)
    n = rng.choice([0, 1, 1, 2, 2, 2])
    for t in rng.sample(TRAILERS, n):
        b.t(rng.choice(["\n", "\n", "\n\n", "  "]))
        say(b, t)
