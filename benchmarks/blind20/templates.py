"""Builder, window test, value makers and hard-negative makers for blind20."""
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
        self.ocr = False  # OCR mode: spaces inside values, O for 0 in non-personal values
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
    no = rng.randrange(1, 888)
    bld, unit, room = rng.randrange(1, 40), rng.randrange(1, 7), rng.randrange(1, 30) * 100 + rng.randrange(1, 9)
    pre = (prov if rng.random() < 0.4 else "") + city + dist
    if r < 0.25:
        return f"{pre}{road}{no}号{est}{bld}幢{unit}单元{room}室"
    if r < 0.38:
        return f"{pre}{est}{bld}栋{room}"
    if r < 0.48:
        return f"{city}{dist}{road}{no}号{bld}号楼{unit}-{room}"
    if r < 0.6:
        prov, city, county = rng.choice(W.COUNTIES)
        return f"{rng.choice([prov, ''])}{city}{county}{rng.choice(W.TOWNS)}{rng.choice(W.VILLAGES)}{rng.choice(['', str(rng.randrange(1, 9)) + '组'])}{rng.randrange(1, 120)}号"
    if r < 0.72:
        return f"{est}{bld}号楼{unit}单元{room}室"
    if r < 0.8:
        return f"{dist}{road}{no}弄{bld}号{room}室"
    if r < 0.9:
        return f"{road}{no}号{rng.choice(['', '附' + str(rng.randrange(1, 9)) + '号', '院内' + str(bld) + '号'])}"
    return f"{city}{est}{rng.choice(['北区', '南区', '二期', '东苑'])}{bld}-{unit}-{room}"


def ocr_space(rng, s: str, ok) -> str:
    """Insert one or two stray spaces into a value, kept only if the validator still accepts it."""
    for _ in range(6):
        t = list(s)
        for _ in range(rng.choice((1, 1, 2))):
            k = rng.randrange(1, len(t))
            t.insert(k, rng.choice([" ", " ", "  "]))
        out = "".join(t)
        if ok is None or ok(out):
            return out
    return s


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
    if r < 0.28:
        return "name_title", s + rng.choice(W.TITLES)
    if r < 0.45:
        return "name_masked", s + rng.choice(["*", "**", "○○", "×", "*" + rng.choice(W.GIVEN_CHARS), "＊＊"])
    if r < 0.6:
        return "name_mou", s + rng.choice(["某", "某某", "某丙", "某丁", "某（男）", "某（女）"])
    if r < 0.7:
        return "name_masked", rng.choice(["*", "＊", "○"]) + rng.choice(W.GIVEN_CHARS) + rng.choice(["", rng.choice(W.GIVEN_CHARS)])
    if r < 0.9:
        return "name_title", rng.choice(["小", "老", "阿"]) + s
    return "placeholder", rng.choice(["客户本人", "如上", "/", "空白", "未签名", "（签字）", "持证人", "申请人本人", "××"])


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
    if r < 0.38:
        k = rng.choice([(6, 4), (2, 2), (4, 3), (3, 4), (10, 2), (1, 1)])
        return "id_masked", v[:k[0]] + rng.choice(["*", "＊", "x"]) * (18 - k[0] - k[1]) + v[-k[1]:]
    if r < 0.68:
        for _ in range(80):  # wrong check digit, redrawn until no window of it passes a validator
            s = _wrong(rng, resident_id.generate(rng), resident_id.is_valid, "0123456789X")
            s = (s[:6] + rng.choice([" ", "-"]) + s[6:]) if rng.random() < 0.25 else s
            if safe(s):
                return "id_wrong_check", s
        return "id_masked", v[:4] + "**********" + v[-4:]
    if r < 0.84:
        return "tail", rng.choice(["证件尾号", "末四位", "后四位"]) + v[-4:]
    return "placeholder", rng.choice(["证件影像已上传", "如上", "/", "（见复印件）", "未录入", "核验通过", "略"])


def neg_mobile(rng):
    v = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.42:
        return "mobile_masked", rng.choice([v[:3] + "****" + v[7:], v[:3] + "-****-" + v[7:], v[:3] + "＊＊＊＊" + v[7:],
                                            v[:3] + "xxxx" + v[7:], v[:2] + "*******" + v[9:]])
    if r < 0.58:
        return "tail", rng.choice(["手机尾号", "尾号", "末四位"]) + v[7:]
    if r < 0.74:
        return "hotline", rng.choice(W.HOTLINES)
    if r < 0.88:
        return "hotline", rng.choice(["400", "800"]) + rng.choice(["-", "", " "]) + digits(rng, 3) + rng.choice(["-", "", " "]) + digits(rng, 4, "0123456789")
    return "placeholder", rng.choice(["无", "/", "不详", "拒绝提供", "停机", "空号"])


def neg_landline(rng):
    f = landline_phone.format(landline_phone.generate(rng)).partition("转")[0]
    area, _, num = f.partition("-")
    r = rng.random()
    if r < 0.38:
        return "landline_masked", area + "-" + num[:2] + "*" * (len(num) - 4) + num[-2:]
    if r < 0.62:
        return "hotline", rng.choice(["400", "800"]) + "-" + digits(rng, 3) + "-" + digits(rng, 4, "0123456789")
    if r < 0.84:
        return "hotline", rng.choice(W.HOTLINES)
    return "landline_masked", "(" + area + ")" + "*" * len(num)


def neg_card(rng):
    v = bank_card.generate(rng)
    r = rng.random()
    if r < 0.34:
        return "card_masked", rng.choice([v[:6] + "******" + v[-4:], v[:4] + " **** **** " + v[-4:],
                                          "*" * 12 + v[-4:], v[:4] + "-****-****-" + v[-4:]])
    if r < 0.58:
        return "tail", rng.choice(["尾号", "卡号末四位", "尾数"]) + v[-4:]
    if r < 0.8:
        for _ in range(80):  # wrong Luhn digit, redrawn until no window of it passes a validator
            s = _wrong(rng, bank_card.generate(rng), bank_card.is_valid, "0123456789")
            s = s if rng.random() < 0.65 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            if safe(s):
                return "card_wrong_check", s
        return "tail", "尾号" + v[-4:]
    if r < 0.9:
        return "card_bin", rng.choice(["卡号前六位", "BIN:"]) + v[:6]
    return "placeholder", rng.choice(["已销户", "/", "如上", "待绑定", "原卡"])


def neg_email(rng):
    e = fmt_email(rng)
    local, _, dom = e.partition("@")
    r = rng.random()
    if r < 0.55:
        return "email_masked", local[:3] + "****@" + dom
    if r < 0.8:
        return "email_masked", local[0] + "***@***." + dom.split(".")[-1]
    return "placeholder", rng.choice(["无邮箱", "/", "不使用", "如上"])


def neg_address(rng):
    prov, city, dist = _region(rng)
    r = rng.random()
    if r < 0.28:
        return "address_masked", (prov + city + dist if rng.random() < 0.5 else city + dist) + rng.choice(["******", "***号", "（隐去门牌）", "××路××号"])
    if r < 0.44:
        return "placeholder", rng.choice(["同身份证住址", "XX市XX区XX小区", "户籍所在地", "详见户口簿", "如上", "/",
                                          "与开户地址一致", "××省××市××路××号"])
    if r < 0.64:
        return "road_no_number", dist + rng.choice(W.ROADS) + rng.choice(["附近", "沿线", "一带", "旁边", ""])
    if r < 0.8:
        return "district_only", rng.choice([city + dist, dist, city, prov + city if prov else city])
    return "address_masked", rng.choice(W.ESTATES) + rng.choice(["*幢***室", "**号楼**单元", "（门牌略）"])


def neg_passport(rng):
    v = passport.generate(rng)
    r = rng.random()
    if r < 0.58:
        return "passport_masked", v[:2] + "*" * (len(v) - 4) + v[-2:]
    if r < 0.8:
        return "passport_bad_shape", rng.choice(["EO", "GI", "EI", "GO"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["护照补办中", "未持有", "/", "见船员证件袋"])


def neg_permit(rng):
    v = hk_macau_permit.generate(rng)
    r = rng.random()
    if r < 0.58:
        return "permit_masked", v[:1] + "*" * (len(v) - 3) + v[-2:]
    if r < 0.8:
        return "permit_bad_shape", rng.choice(["CO", "CI"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["签注已过期", "/", "未办理"])


def neg_uscc(rng):
    v = uscc.generate(rng)
    r = rng.random()
    if r < 0.45:
        return "uscc_masked", v[:6] + "*" * 10 + v[-2:]
    if r < 0.85:
        return "uscc_wrong_check", _wrong(rng, v, uscc.is_valid, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    return "placeholder", rng.choice(["三证合一前办理", "/", "见执照副本"])


def neg_plate(rng):
    v = license_plate.compact(license_plate.generate(rng))
    r = rng.random()
    if r < 0.55:
        return "plate_masked", v[:2] + rng.choice(["***", "·**", "××"]) + v[-2:] if len(v) > 4 else v[:2] + "***"
    if r < 0.85:
        return "tail", "车牌尾号" + v[-3:]
    return "placeholder", rng.choice(["无车", "/", "未登记"])


def neg_ip(rng):
    r = rng.random()
    if r < 0.4:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.{rng.randrange(256)}.x.x"
    if r < 0.62:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.**.**.{rng.randrange(1, 255)}"
    if r < 0.85:
        return "version", f"V{rng.randrange(2, 15)}.{rng.randrange(0, 12)}.{rng.randrange(0, 60)}"
    return "ip_masked", "240e:****::**"


PERSONAL = {
    "ID": ("CN_ID_CARD", fmt_id, neg_id), "MOB": ("CN_MOBILE", fmt_mobile, neg_mobile),
    "TEL": ("CN_LANDLINE", fmt_landline, neg_landline), "CARD": ("BANK_CARD", fmt_card, neg_card),
    "MAIL": ("EMAIL", fmt_email, neg_email), "ADDR": ("ADDRESS", fmt_address, neg_address),
    "PASS": ("CN_PASSPORT", fmt_passport, neg_passport), "PERMIT": ("CN_HK_MACAU_PERMIT", fmt_permit, neg_permit),
    "USCC": ("CN_USCC", fmt_uscc, neg_uscc), "PLATE": ("LICENSE_PLATE", fmt_plate, neg_plate),
    "IP": ("IP_ADDRESS", fmt_ip, neg_ip),
}


# ---------------------------------------------------------------- always-negative makers

GENRE_ORGS = {
    "court_summons": ["南昌市东湖区人民法院", "贵阳市观山湖区人民法院", "福州市仓山区人民法院", "大连市中山区人民法院",
                      "无锡市梁溪区人民法院", "温州市鹿城区人民法院", "洛阳市涧西区人民法院", "海口市美兰区人民法院"],
    "loan_review": ["鸿运五金经营部", "金鼎建材有限公司", "高氏农业专业合作社", "万家福超市", "林记海鲜批发行",
                    "宋氏食品加工厂", "钟楼区巧手装饰工作室", "黎明印刷厂"],
    "complaint_letter": ["中国人民银行南昌中心支行", "国家金融监督管理总局温州监管分局", "银行业消费者权益保护中心",
                         "消费者权益保护部", "12378银行保险消费者投诉热线", "金融消费纠纷调解中心"],
    "family_wechat": ["顺丰速运", "菜鸟驿站", "京东快递", "社区卫生服务中心", "老年大学"],
    "ocr_deposit_slip": ["营业部", "综合柜台", "现金柜台", "对公业务室"],
    "heating_fee": ["华源热力有限公司", "金山供热公司", "万家物业服务有限公司", "龙城集中供热中心", "安和物业",
                    "蓝天燃气热力", "温馨家园物业服务中心", "常青热电股份有限公司"],
    "guardian_account": ["育英小学", "钱江实验小学", "芳草地幼儿园", "凤鸣中学", "龙泉外国语学校", "柏林湾双语学校",
                         "向阳花幼儿园", "桐柏路小学"],
    "rental_escrow": ["蜗居长租公寓", "安居住房租赁有限公司", "乐家房产经纪", "邵氏置业", "鹿鸣房屋中介",
                      "住房租赁资金监管平台", "万象城市公寓", "和家租房"],
    "seafarer_remit": ["远洋船员管理有限公司", "海星船舶管理（大连）有限公司", "金锚外派劳务服务公司",
                       "蓝海国际海员服务中心", "宁远航运有限公司", "东方船务代理"],
    "id_expiry_update": ["个人金融部", "运营管理部", "远程银行中心", "客户信息管理岗", "网点运营室"],
}
BRANDS = {
    "court_summons": ["金诚律师事务所", "高朋律师事务所", "明理律师事务所", "康达法律服务所"],
    "loan_review": ["易贷通", "金穗快贷", "鸿运五金", "宋氏食品"],
    "complaint_letter": ["金穗快贷", "龙卡", "安心分期", "随心借"],
    "family_wechat": ["顺丰", "拼多多", "美团", "淘宝", "京东"],
    "ocr_deposit_slip": ["金穗通", "龙卡", "牡丹卡", "长城卡"],
    "heating_fee": ["华源热力", "金山供热", "万家物业", "暖冬宝"],
    "guardian_account": ["成长宝", "压岁钱理财", "童心储蓄", "小金库"],
    "rental_escrow": ["蜗居", "安居", "乐家", "万象公寓", "和家"],
    "seafarer_remit": ["金锚劳务", "蓝海海员", "宁远航运"],
    "id_expiry_update": ["掌上银行", "手机银行", "微银行"],
}

CN_UPPER = "零壹贰叁肆伍陆柒捌玖"


def amount(rng):
    x = rng.choice([rng.randrange(30, 900), rng.randrange(200, 9000), rng.randrange(5000, 600000)])
    c = rng.random()
    if c < 0.25:
        return f"{x}元"
    if c < 0.45:
        return f"{x:,}.{rng.randrange(0, 100):02d}元"
    if c < 0.58:
        return f"￥{x:,}.00"
    if c < 0.68:
        return f"人民币{x:,}元整"
    if c < 0.76:
        return f"CNY{x:,}.00"
    if c < 0.84 and x < 10:
        return CN_UPPER[x] + "元整"
    if c < 0.92:
        return f"{x / 10000:.1f}万元" if x >= 10000 else f"{x}.00"
    return f"{x}块"


def fx_amount(rng):
    x = rng.randrange(800, 12000)
    return rng.choice([f"USD {x:,}.00", f"美元{x:,}.{rng.randrange(100):02d}", f"EUR{x:,}", f"{x}美金", f"港币{x:,}元"])


def date(rng):
    y, m, d = rng.choice([2023, 2024, 2025, 2026]), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}",
                       f"{m}月{d}号", f"{y}{m:02d}{d:02d}", f"二〇二{'三四五六'[y - 2023]}年{m}月{d}日"])


def dtime(rng):
    y, m, d = rng.choice([2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, se = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    return rng.choice([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{se:02d}", f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{se:02d}+08:00",
                       f"{y}年{m}月{d}日{h}时{mi}分", f"{y}/{m}/{d} {h}:{mi:02d}", f"{y}{m:02d}{d:02d}{h:02d}{mi:02d}{se:02d}"])


def ctime(rng):
    return f"{rng.randrange(5, 24):02d}:{rng.randrange(60):02d}"


def _L(rng, k):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))


def _yr(rng):
    return rng.choice([2023, 2024, 2025])


COURT_CODES = ["赣0102", "黔0115", "闽0104", "辽0202", "苏0213", "浙0302", "豫0305", "琼0108"]


def court_case(rng):
    return rng.choice([f"（{_yr(rng)}）{rng.choice(COURT_CODES)}民初{rng.randrange(100, 19999)}号",
                       f"({_yr(rng)}){rng.choice(COURT_CODES)}执{rng.randrange(100, 9999)}号",
                       f"（{_yr(rng)}）{rng.choice(COURT_CODES)}执保{rng.randrange(10, 999)}号",
                       f"〔{_yr(rng)}〕{rng.choice(COURT_CODES)}民特{rng.randrange(10, 999)}号"])


def loan_no(rng):
    return rng.choice([f"SX{_yr(rng)}{digits(rng, 8, '0123456789')}", f"JK-{_yr(rng)}-{digits(rng, 6, '0123456789')}",
                       f"{_L(rng, 3)}{_yr(rng)}{rng.randrange(1, 13):02d}{digits(rng, 5, '0123456789')}",
                       f"个贷审字〔{_yr(rng)}〕第{rng.randrange(1, 999)}号"])


def cust_no(rng):
    return rng.choice(["C" + digits(rng, 10), digits(rng, 10), "CIF" + digits(rng, 9), "KH" + digits(rng, 8)])


def hu_no(rng):
    return rng.choice([digits(rng, 8), digits(rng, 10), f"{digits(rng, 4)}-{digits(rng, 4, '0123456789')}-{digits(rng, 2, '0123456789')}",
                       "HR" + digits(rng, 8), f"{rng.randrange(1, 40):02d}{rng.randrange(1, 9)}{rng.randrange(101, 3300):04d}"])


def batch_no(rng):
    return rng.choice([f"DK{_yr(rng)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 4, '0123456789')}",
                       f"BATCH-{digits(rng, 6)}", f"第{rng.randrange(1, 50)}批次", f"RUN#{rng.randrange(100, 9999)}"])


def voucher_no(rng):
    return rng.choice([digits(rng, 8), "NO." + digits(rng, 7, "0123456789"), digits(rng, 12), "A" + digits(rng, 9, "0123456789")])


def teller_no(rng):
    return rng.choice(["G" + digits(rng, 5, "0123456789"), digits(rng, 6), "GY" + digits(rng, 4, "0123456789")])


def order_no(rng):
    return rng.choice(["SF" + digits(rng, 12, "0123456789"), "JDX0" + digits(rng, 9, "0123456789"), "YT" + digits(rng, 13, "0123456789"),
                       digits(rng, 15)])


def merchant_no(rng):
    return rng.choice(["898" + digits(rng, 12, "0123456789"), "SH" + digits(rng, 10), digits(rng, 13)])


def terminal_no(rng):
    return rng.choice([digits(rng, 8), "TM" + digits(rng, 6, "0123456789")])


def vcode(rng):
    return digits(rng, rng.choice([4, 6, 6, 6]), "0123456789")


def postcode(rng):
    return digits(rng, 6, "1234567")


def version(rng):
    return rng.choice([f"V{rng.randrange(2, 15)}.{rng.randrange(0, 12)}.{rng.randrange(0, 60)}", f"build {rng.randrange(1000, 9999)}"])


def err_code(rng):
    return rng.choice([f"E{rng.randrange(100, 999)}", f"RSP_{rng.choice(['NSF', 'ACCT_FROZEN', 'SIGN_EXPIRED', 'NAME_MISMATCH', 'CLOSED'])}",
                       f"返回码{rng.randrange(1000, 9999)}", f"ERR-{rng.randrange(10, 99)}-{rng.randrange(100, 999)}"])


def hotline(rng):
    return rng.choice([rng.choice(W.HOTLINES), rng.choice(W.HOTLINES), "400-" + digits(rng, 3) + "-" + digits(rng, 4, "0123456789"),
                       "400" + digits(rng, 7)])


def title(rng):
    return rng.choice(W.SURNAMES) + rng.choice(W.TITLES)


def org_address(rng):
    prov, city, dist = _region(rng)
    return rng.choice([f"{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 600)}号{rng.choice(['', '审判楼', '诉讼服务中心', '3楼', '门面', 'A座12层'])}",
                       f"{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 300)}号{rng.choice(['综合楼', '办公楼', '营业厅'])}",
                       f"{prov}{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 900)}号"])


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(["", rng.choice(W.REGIONS)[1]]) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分理处", "支行营业部"])


def sub_branch(rng):
    return rng.choice([rng.choice(W.REGIONS)[1], ""]) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分行", "分理处"])


def org_acct(rng):
    return digits(rng, rng.choice([13, 14, 20, 21, 22]))


def house_no(rng):
    return rng.choice(["FY" + digits(rng, 8), f"备案号{_yr(rng)}{digits(rng, 6, '0123456789')}", f"ZL-{digits(rng, 5)}"])


def imo(rng):
    return rng.choice([f"IMO {rng.randrange(9100000, 9899999)}", f"IMO{rng.randrange(9100000, 9899999)}"])


def swift(rng):
    return rng.choice(["BKCHCNBJ", "ICBKCNBJ", "PCBCCNBJ", "CMBCCNBS", "COMMCNSH", "ABOCCNBJ"]) + rng.choice(["", "300", "XXX", "110"])


def task_id(rng):
    return rng.choice(["JOB_IDEXP_" + digits(rng, 6), "task-" + digits(rng, 8), _L(rng, 2) + digits(rng, 9)])


def student_no(rng):
    return rng.choice([digits(rng, 6), f"{rng.choice([2019, 2020, 2021, 2022])}级{rng.randrange(1, 12)}班{rng.randrange(1, 50):02d}号"])


def rate(rng):
    return rng.choice([f"{rng.randrange(28, 65) / 10:.2f}%", f"LPR+{rng.randrange(10, 150)}BP", f"年化{rng.randrange(30, 60) / 10}%",
                       f"月息{rng.randrange(3, 8)}厘"])


def area(rng):
    return rng.choice([f"{rng.randrange(40, 180)}.{rng.randrange(10, 99)}㎡", f"{rng.randrange(45, 160)}平方米", f"建筑面积{rng.randrange(50, 140)}平"])


REFS = {
    "AMT": ("amount", amount), "FX": ("amount", fx_amount), "DATE": ("date", date), "DT": ("date", dtime),
    "TIME": ("date", ctime), "CASE": ("reference", court_case), "LOAN": ("reference", loan_no),
    "CUST": ("reference", cust_no), "HU": ("reference", hu_no), "BATCH": ("reference", batch_no),
    "VOUCH": ("reference", voucher_no), "TELLER": ("reference", teller_no), "MERCH": ("merchant", merchant_no), "ORDER": ("reference", order_no),
    "TERM": ("terminal", terminal_no), "CODE": ("code", vcode), "POST": ("postcode", postcode),
    "VER": ("version", version), "ERR": ("code", err_code), "HOT": ("hotline", hotline), "TITLE": ("title", title),
    "ORGADDR": ("org_address", org_address), "BRANCH": ("org", branch), "SUBBR": ("org", sub_branch), "OACCT": ("reference", org_acct),
    "HOUSE": ("reference", house_no), "IMO": ("reference", imo), "SWIFT": ("reference", swift),
    "TASK": ("reference", task_id), "SNO": ("reference", student_no), "RATE": ("amount", rate), "AREA": ("amount", area),
}
SIMPLE = {
    "COUNTRY": ("country", lambda r: r.choice(W.COUNTRIES)), "PORT": ("country", lambda r: r.choice(W.FOREIGN_PORTS)),
    "PET": ("pet_name", lambda r: r.choice(W.PET_NAMES)), "BANK": ("org", lambda r: r.choice(W.BANKS)),
    "NUM": ("amount", lambda r: str(r.randrange(2, 48))), "AGE": ("amount", lambda r: str(r.randrange(3, 17))),
    "NICK": ("nickname", lambda r: r.choice(W.FAMILY_NICKS)), "EMO": ("emoji", lambda r: r.choice(W.EMOJI)),
    "SHIP": ("reference", lambda r: r.choice(W.SHIP_NAMES)), "RANK": ("title", lambda r: r.choice(W.RANKS)),
    "SCHOOL": ("org", lambda r: r.choice(W.SCHOOLS)), "GROUP": ("org", lambda r: r.choice(W.GROUP_NAMES)),
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
        if sur in "*＊○×客如/空未（持申小老阿":
            sur = rng.choice(W.SURNAMES)
        key = ("HON", var)
        if key not in b.vars:
            b.vars[key] = sur + rng.choice(["先生", "女士", "同志", "老师", "师傅", "大姐", "总", "律师", "船长"])
        b.neg(b.vars[key], "name_title")
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
            if b.ocr and label in VALIDATORS and rng.random() < 0.5:
                s = ocr_space(rng, s, VALIDATORS[label])
            elif b.ocr and label == "ADDRESS" and rng.random() < 0.4:
                s = ocr_space(rng, s, None)
            b.v(s, label)
        else:
            b.neg(s, nk)
        return
    if kind in REFS:
        nk, fn = REFS[kind]
        s = draw(rng, fn)
        if b.ocr and nk in ("date", "amount", "reference") and "0" in s and rng.random() < 0.45:
            s2 = "".join("O" if ch == "0" and rng.random() < 0.6 else ch for ch in s)
            if safe(s2):
                s, nk = s2, "ocr_misread"
        b.neg(s, nk)
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
        elif style == "csv" and any(x in e for x in ("<AMT>", "<FX>", "<RATE>")):
            b.t('"'); say(b, e); b.t('"')  # amounts may hold thousands commas: quoted as CSV writers do
        else:
            say(b, re.sub(r"<([A-Z]+):(r[a-z]?)>", lambda m: f"<{m.group(1)}:{m.group(2)}{base}x{i}>", e))

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
    style = rng.choice(["a", "b", "c", "d", "e", "f", "g"])
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
        elif style == "e":
            say(b, sp); b.t(f"  {t}："); say(b, tx); b.t("\n")
        elif style == "f":
            b.t("【"); say(b, sp); b.t("】"); say(b, tx); b.t("\n")
        else:
            b.t(">> "); say(b, sp); b.t(f" ({t}): "); say(b, tx); b.t("\n")


def pick(b: Builder, *opts):
    say(b, b.rng.choice(opts))


# ---------------------------------------------------------------- genres

def g_court_summons(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    court = rng.choice(GENRE_ORGS["court_summons"])
    if k == 0:
        b.t(court + "\n")
        form(b, [("案号", "<CASE>", "case_no"), ("案由", "{金融借款合同纠纷|信用卡纠纷|储蓄存款合同纠纷|保证合同纠纷}", "cause"),
                 ("被传唤人", "<NAME:a>", "summoned"), ("公民身份号码|身份证号码", "<DOC:a>", "id_no"),
                 ("工作单位或住址|住址", "<ADDR:a>", "address"), ("传唤事由", "{开庭审理|证据交换|庭前调解|询问当事人}", "reason"),
                 ("应到时间", "<DT>", "time"), ("应到处所", "第{三|五|十一|二十}法庭（<ORGADDR>）", "place"),
                 ("审判员|承办法官", "<NAME:j>", "judge"), ("书记员", "<NAME:c>", "clerk")],
             title="{传  票|传票|传 票（副本）}")
        pick(b, "注意事项：1. 被传唤人必须准时到达应到处所；2. 本传票由被传唤人携带来院报到；3. 被传唤人收到传票后，应在送达回证上签名或盖章。",
             "（本传票如有疑问，请于工作日{白天|上午}拨打诉讼服务热线<HOT>，不接受短信{查询|回复}。）",
             "<DATE>（院印）")
    elif k == 1:
        say(b, court + "\n应诉通知书\n<CASE>\n\n<NAME:a>：\n    本院{已于|于}<DATE>受理原告<BANK>股份有限公司{<SUBBR>|信用卡中心}（统一社会信用代码<USCC>）"
               "诉你{金融借款合同纠纷|信用卡纠纷}一案。原告委托诉讼代理人<NAME:l>，系<BRAND>律师，联系电话<MOB:l>。"
               "现将起诉状副本送达给你，你应在收到之日起十五日内提交答辩状。\n    经你确认，送达地址为<ADDR:a>，"
               "手机号码<MOB:a>{，电子送达邮箱<MAIL:a>|}。{万一|如}送达地址变更，应及时书面告知本院；"
               "未及时告知的，按原地址送达视为已送达。\n\n承办法官：<NAME:j>  书记员：<NAME:c>\n诉讼服务热线：<HOT>\n<DATE>")
    elif k == 2:
        say(b, "{" + court + "公告|公  告}\n<NAME:a>（{公民身份号码|身份证号}<ID:a>，{原住|户籍地}<ADDR:a>）：\n"
               "    本院受理原告<BANK>股份有限公司诉你{金融借款合同纠纷|信用卡纠纷|保证合同纠纷}一案（<CASE>），因你下落不明，"
               "依法向你公告送达起诉状副本、应诉通知书、举证通知书、{开庭传票|合议庭组成人员通知书}。自公告之日起经过三十日即视为送达。"
               "提出答辩状和举证的期限分别为公告期满后的十五日内，并定于<DT>在本院第{六|八|十二}法庭公开开庭审理，逾期将依法缺席判决。\n"
               "    特此公告。\n{联系人|承办人}：<NAME:j>  {咨询|联系}电话：<HOT>\n" + court + "\n<DATE>")
    elif k == 3:
        form(b, [("被执行人", "<NAME:a>", "debtor"), ("证件号码|身份证号", "<ID:a>", "id_no"), ("住所地|住址", "<ADDR:a>", "address"),
                 ("申请执行人", "<BANK>股份有限公司{<SUBBR>|}", "creditor"), ("执行依据", "<CASE>民事判决书", "basis"),
                 ("执行标的", "<AMT>及迟延履行期间的债务利息", "amount"), ("执行法官", "<NAME:j>", "judge"),
                 ("联系电话", "<HOT>", "phone")], title="{执行通知书|执 行 通 知 书}")
        pick(b, "责令你自本通知送达之日起{三|五}日内履行上述义务；逾期不履行的，本院将依法{查封|冻结|扣划}你的财产，并可能将你纳入失信被执行人名单。",
             "你应当如实申报当前以及收到执行通知之日前一年的财产情况。{拒绝|虚假}申报的，本院可依法予以罚款、拘留。",
             "附：财产申报表一份。执行员：<NAME:k>  <DATE>")
    elif k == 4:
        say(b, "协助执行通知书\n（<CASE>）\n\n<BRANCH>：\n    关于申请执行人<BANK>股份有限公司与被执行人<NAME:a>"
               "（{证件号|身份证号}<ID:a>）{借款合同纠纷|信用卡纠纷}一案，依法请你{行|单位}协助{冻结|扣划}被执行人<NAME:a>在你行开立的"
               "账户<CARD:a>内存款<AMT>，冻结期限一年，自<DATE>起至<DATE>止。\n执行员：<NAME:j>、<NAME:k>  联系电话：<HOT>\n\n回执：\n")
        table(b, [("账户|账号", "<CARD:r>", "account"), ("户名", "<NAME:r>", "holder"), ("要求冻结金额", "<AMT>", "asked"),
                  ("实际冻结金额", "{<AMT>|0.00|余额不足}", "done"), ("备注", "{已冻结|轮候冻结|账户已销户}", "note")],
              rng.randrange(1, 3), style=rng.choice(["pipe", "md", "list"]))
        say(b, "经办人：<NAME:s>  复核：<TITLE>  <DATE>")
    else:
        say(b, "全国法院失信被执行人名单信息（摘录）  {查询|打印}日期：<DATE>\n")
        table(b, [("被执行人姓名|姓名", "<NAME:r>", "name"), ("证件号码|身份证号码", "<ID:r>", "id_no"), ("执行法院", court, "court"),
                  ("案号", "<CASE>", "case_no"), ("失信情形", "{有履行能力而拒不履行|违反财产报告制度|违反限制消费令}", "reason"),
                  ("发布时间", "<DATE>", "published")], rng.randrange(2, 5), numbered=rng.random() < 0.5)
        say(b, "{以上信息|以上摘录}仅供{贷前审查|内部风险排查}使用，{尤其|特别}注意{同名|重名}客户须以证件号码核对。"
               "{查询人|摘录人}：客户经理<NAME:s>，{复核|审核}：<TITLE>。")


def g_loan_review(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    prod = rng.choice(["个人经营性贷款", "个人消费贷款", "经营快贷", "个人住房抵押经营贷"])
    if k == 0:
        say(b, "{贷审会审查报告|贷款审查报告（提交贷审会）}\n{授信编号|业务编号}：<LOAN>  报告日期：<DATE>\n\n一、借款人基本情况\n"
               "借款人<NAME:a>，{男|女}，{38|41|45|52|33|47}岁，身份证号<ID:a>，现住<ADDR:a>，联系电话<MOB:a>；"
               "配偶<NAME:b>，身份证号<ID:b>。借款人{实际控制|经营}<ORG>（统一社会信用代码<USCC>），{常年|多年}从事{五金批发|建材零售|水产批发|食品加工}，"
               "{黄金|销售}旺季为{夏天|年底}。\n二、授信方案\n申请" + prod + "<AMT>，期限<NUM>个月，执行利率<RATE>，担保方式{抵押|抵押+保证|保证}，"
               "抵押物坐落<ADDR:a2>，<AREA>，评估价值<AMT>。\n三、主要风险\n{经营流水波动较大|对外担保<AMT>|近两年征信有<NUM>次逾期}，"
               "{万一|如}经营不善，第二还款来源为抵押物处置。\n四、审查结论\n{同意提交贷审会审议|建议压降额度后同意|建议补充材料后再议}。\n"
               "审查人：<NAME:r>  {主审|复审}：<TITLE>")
    elif k == 1:
        form(b, [("借款人", "<NAME:a>", "borrower"), ("证件号码", "<DOC:a>", "id_no"), ("手机", "<MOB:a>", "mobile"),
                 ("住宅电话", "<TEL:a>", "home_tel"), ("家庭住址", "<ADDR:a>", "home_addr"), ("经营实体", "<ORG>", "company"),
                 ("统一社会信用代码", "<USCC>", "uscc"), ("还款账户", "<CARD:a>", "repay_card"), ("申请金额", "<AMT>", "amount"),
                 ("年销售额", "<AMT>", "sales"), ("调查方式", "{双人实地调查|现场走访+电话核实}", "method"),
                 ("调查人", "<NAME:s>、<NAME:s2>", "investigators")], title="授信调查报告（摘要）")
        pick(b, "调查结论：借款人经营{正常|稳定}，{方便|便于}监控资金流向，建议授信<AMT>。",
             "调查人承诺：以上内容经双人实地核实，{真实|准确}无误。")
    elif k == 2:
        say(b, "审批意见（<LOAN>）\n{同意|原则同意}向<NAME:a>发放" + prod + "<AMT>，期限<NUM>个月，利率<RATE>。放款前须落实：\n"
               "1. {配偶|共同借款人}<NAME:b>{签署共同还款承诺书|到场面签}；\n2. 贷款资金受托支付至<ORG>账户<OACCT>；\n"
               "3. 还款卡<CARD:a>开通{自动扣款|代扣}，{尤其|并}关注{周末|月末}资金{归集|回流}情况；\n4. 办妥抵押登记（<ADDR:a2>）。\n"
               "有权审批人：<NAME:r>  <DATE>")
    elif k == 3:
        form(b, [("检查日期", "<DATE>", "check_date"), ("借款人", "<NAME:a>", "borrower"), ("借据号", "<LOAN>", "loan_no"),
                 ("还款卡号", "<CARD:a>", "repay_card"), ("检查方式", "{现场检查|电话回访|非现场监测}", "method"),
                 ("联系电话", "{<MOB:a>|<TEL:a>}", "phone"), ("经营场所", "<ORGADDR>", "site"),
                 ("资金用途", "{购买原材料，与合同相符|支付货款，已取得发票|部分资金回流，已要求说明}", "usage"),
                 ("检查人", "<NAME:s>", "inspector")], title="{贷后首次检查表|贷后首检记录}")
        pick(b, "结论：{正常|关注}。下次检查时间：<DATE>。", "备注：借款人{马上|近期}将补充<NUM>月份流水。")
    elif k == 4:
        say(b, "【批注1 风险经理<NAME:r> <DT>】借款人<NAME:a>提供的流水中，{卡号|账户}<CARD:a>存在{快进快出|大额整进整出}，"
               "请说明对手方<NAME:p>与借款人的关系。\n【回复 客户经理<NAME:s> <DT>】<NAME:p>系借款人{表弟|合伙人|供应商老板}，"
               "已补充{购销合同|收据}，对手方手机<MOB:p>，经电话核实{属实|一致}。\n【批注2 风险经理<NAME:r>】{同意|请补充}，"
               "另请核实{家庭住址|抵押物}<ADDR:a>是否为{共有|唯一}住房；{白天|周末}{上门|走访}均可。\n")
    else:
        say(b, "审查要点表（<LOAN>）\n")
        rows = [("借款人姓名", "<NAME:a>", "{一致|与证件一致}"), ("证件号码", "<DOC:a>", "{联网核查通过|人像比对通过}"),
                ("手机号码", "<MOB:a>", "{实名|实名满6个月}"), ("还款账户", "<CARD:a>", "{本人|本行}一类户"),
                ("抵押物坐落", "<ADDR:a2>", "<AREA>，{无查封|已办他项}"), ("经营实体", "<ORG>（<USCC>）", "{存续|在营}"),
                ("征信", "近24个月逾期<NUM>次", "{可接受|需说明}"), ("审查人", "<NAME:r>", "<DATE>")]
        rows = prep_fields(rng, rows, drop=0.1, swap=0.2)
        if rng.random() < 0.5:
            b.t("| 审查项 | 内容 | 结论 |\n|---|---|---|\n")
            for r0, r1, r2 in rows:
                b.t("| " + r0 + " | "); say(b, r1); b.t(" | "); say(b, r2); b.t(" |\n")
        else:
            b.t("审查项\t内容\t结论\n")
            for r0, r1, r2 in rows:
                b.t(r0 + "\t"); say(b, r1); b.t("\t"); say(b, r2); b.t("\n")


def g_complaint_letter(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "尊敬的<BANK>领导：\n\n    您好！本人<NAME:a>，身份证号<ID:a>，家住<ADDR:a>，是贵行{十几年|二十多年|多年}的老客户。"
               "{今天|这几天}我实在是忍无可忍，才提笔写下这封信。<DATE>上午，我到贵行<BRANCH>办理{定期转存|挂失补卡|取款}业务，"
               "排队{两个多小时|一上午}不说，柜员（工号<TELLER>）态度{冷冰冰|极其恶劣}，大堂<TITLE>也只是让我{去手机上办|改天再来}。"
               "我年纪大了，不会用手机，{难道|莫非}老年人就不配在银行办业务吗？我的卡号是<CARD:a>，卡里是我{一辈子|几十年}攒下的养老钱，"
               "{万一|要是}出了问题谁负责？\n    我的要求：一、{柜员向我当面道歉|给我一个说法}；二、{尽快办完业务|改善老年人服务}。\n\n"
               "联系电话：<MOB:a>\n投诉人：<NAME:a>\n<DATE>")
    elif k == 1:
        say(b, "致12378银行保险消费者投诉热线：\n\n    我叫<NAME:a>，今年{五十六|六十三|四十九}岁，身份证号码<ID:a>，现住<ADDR:a>。"
               "我要投诉<BANK>的客户经理<NAME:s>（电话<MOB:s>）。{去年|<DATE>}他{多次|反复}打电话，说有一款{保本|稳赚}的理财，"
               "我{母亲|父亲}<NAME:m>就把<AMT>从定期里取出来买了，{结果|谁知}到期亏了<AMT>。合同上签的字{根本不是|也不像}老人写的！"
               "我们{曾经|也}找过网点的<TITLE>，对方一直推脱。\n    请你们{务必|一定}帮我们讨回公道！{谢谢|万分感谢}！\n\n"
               "{联系方式|电话}：<MOB:a>{  座机<TEL:a>|}\n<NAME:a>\n<DATE>")
    elif k == 2:
        say(b, "中国人民银行{南昌|温州|大连|贵阳}{中心支行|市分行}：\n\n    本人<NAME:a>（身份证<ID:a>，电话<MOB:a>，邮箱<MAIL:a>）"
               "就<BANK>{错误报送征信|征信逾期记录}问题反映如下：本人于<DATE>在该行办理{消费贷|信用卡分期}（合同号<LOAN>），"
               "已于<DATE>全额结清，{于是|可是}最近查询个人信用报告仍显示{逾期<NUM>期|未结清}，导致房贷{审批|申请}被拒。"
               "本人{多次|三次}联系该行客服<HOT>，均被告知{正在处理|系统原因}。\n    恳请贵行督促其更正，{还|给}我一个清白的信用记录。\n\n"
               "此致\n敬礼！\n反映人：<NAME:a>\n通讯地址：<ADDR:a>  邮编：<POST>\n<DATE>")
    elif k == 3:
        say(b, "[手写信扫描件 第{1|2}页/共2页]\n投诉信\n我是<NAME:a>，住在<ADDR:a>，电话<MOB:a>，家里{座机|电话}<TEL:a>。"
               "<DATE>我在<BRANCH>门口的{取款机|自助机}（终端号<TERM>）取钱，卡被吞了，{打|拨}<HOT>一直{占线|没人接}。第二天去领卡，"
               "{说|讲}要本人身份证，我带了（<ID:a>），又说{要|还要}户口本。我{曾经|以前}是做会计的，{向来|从来}讲道理，"
               "可这样来回折腾谁受得了？卡号<CARD:a>，{卡里有|还有}<AMT>。请领导{关注|重视}！\n<NAME:a>（{手印|签字}）  <DATE>")
    elif k == 4:
        say(b, "{主题|Subject}：投诉——信用卡{境外被盗刷|被盗刷}{十天|一周}无人处理\nFrom: <NAME:a> <<MAIL:a>>\nTo: 消费者权益保护部\n\n"
               "你们好：\n    我的信用卡<CARD:a>于<DT>在<COUNTRY>被{连续|分}<NUM>笔盗刷，共计<FX>。我人在国内，卡{一直|始终}在身上，"
               "当天{登录|用}手机银行的IP是<IP>。我当时马上打<HOT>冻结，{客服|工作人员}说会{调单|处理}，可到现在{没有|都没}任何回复，"
               "账单还催我还款！\n    请尽快{处理|回复}，{否则|不然}我将向监管部门投诉。\n\n<NAME:a>\n手机：<MOB:a>")
    else:
        say(b, "投诉人：<NAME:a>（{身份证|证件号}<ID:a>）\n被投诉单位：<BRANCH>\n\n"
               "    我父亲<NAME:m>今年{八十|七十九|八十三}岁，<DATE>独自到网点{存钱|取养老金}，被{业务员|理财经理}<NAME:s>"
               "{推销|诱导}买了一份{分红险|十年期保险}，年交<AMT>。老人{耳朵不好|根本看不清字}，以为是{存款|定期}。"
               "父亲的身份证号<ID:m>，扣款{卡号|账户}<CARD:m>。我要求{全额|全部}退保，{解除|撤销}合同。\n"
               "联系我：<MOB:a>，家里座机<TEL:a>，地址<ADDR:a>。\n<NAME:a>  <DATE>")


def g_family_wechat(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    say(b, rng.choice(["<GROUP>（<NUM>）\n", "<GROUP>(<NUM>人)\n", "", "—— 微信群聊 <GROUP> ——\n"]))
    mom = "{<NAME:m>|<NAME:m>|老妈|妈妈|岁月静好|花开富贵|向日葵}"
    dad = "{<NAME:f>|<NAME:f>|老爸|爸爸|天道酬勤|一帆风顺|老顽童}"
    kid = "{<NAME:k>|<NAME:k>|幺儿|宝贝女儿|大姐|小弟|二姐}"
    if k == 0:
        chat(b, [(mom, "{儿子|闺女}，你上次说的那个卡号再发我一下，我给你转{房租|学费|生活费}<EMO>"),
                 (kid, "<CARD:k>，{户名|名字}写<NAME:k>"),
                 (mom, "[语音转文字] 好的好的我记下了{那个|就是}开户行是哪个{来着|啊}"),
                 (kid, "<BANK>，{不用|不需要}填支行，手机银行转就行<EMO>"),
                 (dad, "{转了|到了没}？{别|不要}转错了，上次转到{你二舅|别人}那去了<EMO>"),
                 (kid, "到了，谢谢{妈|老妈}<EMO>")])
    elif k == 1:
        chat(b, [(dad, "{腊肉|香肠|土特产}{晒好了|做好了}，{给你寄过去|周末寄}，地址{发一下|是不是没变}"),
                 (kid, "{地址|收件地址}：<ADDR:k>，{收件人|收件}<NAME:k>，电话<MOB:k>"),
                 (dad, "[语音转文字] 收到，顺丰{到付|寄付}，{万一|要是}你不在家就放{快递柜|驿站}"),
                 (mom, "{别|不要}寄太多，{夏天|天热}放不住<EMO>"),
                 (kid, "{好嘞|知道啦}，寄了把单号发我<EMO>"),
                 (dad, "{单号|快递单号}<ORDER>，{顺便|还}给<PET>{带了|买了}{罐头|猫粮|狗粮}<EMO>")])
    elif k == 2:
        chat(b, [(mom, "[转发] 【<BANK>】您的{账户|卡}<CARD:x>于<DT>{支出|转出}<AMT>，{余额|可用余额}<AMT>。"),
                 (mom, "这个是我{转|取}的吗？{我|咋}不记得了<EMO>"),
                 (kid, "{妈|老妈}你{上午|昨天}是不是{交了|缴了}{暖气费|物业费}？"),
                 (mom, "[语音转文字] 哦对对对{交了|是交了}暖气费那我就放心了"),
                 (kid, "以后有人{打电话|发短信}要验证码{千万别给|不要给}，{安全|保险}第一<EMO>"),
                 (dad, "{收到|明白}<EMO>{家里|}<PET>{又|}{胖了|拆家了}[捂脸]")])
    elif k == 3:
        chat(b, [("{<NAME:g>|奶奶|外婆|夕阳红|老来乐}", "过年{给孙子|给外孙女}的压岁钱，{存|放}到{他|她}自己卡上吧<EMO>"),
                 (kid, "{卡号|孩子的卡}是<CARD:c>，户名<NAME:c>"),
                 ("{<NAME:g>|奶奶|外婆|夕阳红|老来乐}", "[红包] 恭喜发财，大吉大利"),
                 (mom, "{孩子|娃}才<AGE>岁，{开户|办卡}还要{户口本|出生证明}，{马上|明天}我{带他|带她}去"),
                 (kid, "对，监护人{身份证|证件}也要带<EMO>")])
    elif k == 4:
        chat(b, [(kid, "{妈|爸}，你身份证号{发我一下|发给我}，我在{手机上|网上}帮你预约{换卡|更新证件}"),
                 (mom, "<ID:m>"),
                 (mom, "[图片]"),
                 (kid, "{有效期|证件}{到|是}<DATE>，{快到期了|已经过期了}，{周末|白天}{一起|陪你}去{派出所|网点}"),
                 (mom, "{好的|行}，{你爸|你爸爸}的{也|也要}换吗<EMO>"),
                 (dad, "我的是<ID:f>，{长期|有效期到<DATE>}")])
    else:
        say(b, "——以下为{聊天记录|群聊的聊天记录}——\n<DATE>\n")
        chat(b, [(dad, "我换{号|手机号}了，新号<MOB:f>，{旧号|原来那个}<MOB:x>不用了"),
                 (kid, "{银行|卡}预留手机也要{改|换}，不然{收不到|没有}验证码"),
                 (dad, "[语音转文字] 那我{周末|明天}去{营业厅|银行}改{一下|吧}要带什么"),
                 (kid, "身份证和卡，{卡号|你那张卡}<CARD:f>，{柜台|柜面}就能改<EMO>"),
                 (mom, "@<NICK> {顺便|记得}把{家里座机|固话}<TEL:f>也{登记上|留上}")])


def ocr_slip(b: Builder, title: str, fields, foot=None):
    """An OCR'd bank slip: spaces inside labels and values, labels split from values, stray |, merged columns."""
    rng = b.rng
    fs = prep_fields(rng, fields, drop=0.12, swap=0.25)
    title = resolve(rng, title).replace("<BANK>", rng.choice(W.BANKS))
    b.negs["org"] += "银行" in title
    b.t(ocr_label(rng, title) + rng.choice(["\n", "\n\n", " |\n", "\n|\n"]))
    b.ocr = True
    for i, f in enumerate(fs):
        lab = ocr_label(rng, _labels(rng, f[0]))
        b.t(rng.choice(["", "", "| ", "|"]) + lab)
        b.t(rng.choice(["：", ":", " ", "\n", "\n", "  ", "|", "： ", ""]))
        say(b, f[1])
        if i < len(fs) - 1:
            b.t(rng.choice(["\n", "\n", " |\n", "  ", "\n\n", "", " ", "\t"]))
    b.t("\n")
    if foot:
        say(b, foot)
    b.ocr = False


def g_ocr_deposit_slip(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    say(b, rng.choice(["", "[OCR识别 第1页 置信度<NUM>%]\n", "扫描件：<BANK>凭证影像 <DT>\n", "--- 影像识别结果 ---\n"]))
    if k == 0:
        ocr_slip(b, "<BANK>{个人存款凭条|存款凭条}", [("日期", "<DATE>"), ("户名", "<NAME:a>"), ("账号|卡号", "<CARD:a>"),
                 ("币种", "{人民币|CNY}"), ("金额（小写）", "<AMT>"), ("存款人|交款人", "<NAME:d>"), ("证件号码|存款人证件", "<DOC:d>"),
                 ("联系电话", "<MOB:d>"), ("款项来源", "{工资|经营收入|售房款|其他}")],
                 foot="{柜员|经办}<TELLER>  {流水号|凭证号}<VOUCH>  客户签名：<NAME:a>")
    elif k == 1:
        ocr_slip(b, "{取款凭条|个人取款凭条}", [("日期", "<DATE>"), ("账号", "<CARD:a>"), ("户名", "<NAME:a>"),
                 ("取款金额", "<AMT>"), ("代理人姓名", "<NAME:p>"), ("代理人证件", "<ID:p>"), ("用途", "{生活费|医疗费|购房款}")],
                 foot="{授权|主管}<TELLER>  终端<TERM>  凭证<VOUCH>")
    elif k == 2:
        ocr_slip(b, "<BANK>{业务回单|电子回单}", [("交易日期", "<DATE>"), ("付款人", "<NAME:a>"), ("付款账号", "<CARD:a>"),
                 ("收款人", "{<NAME:b>|<ORG>}"), ("收款账号", "{<CARD:b>|<OACCT>}"), ("收款行", "<BRANCH>"), ("金额", "<AMT>"),
                 ("附言", "{房租|货款|借款|还款}"), ("回单编号", "<VOUCH>"), ("商户号", "<MERCH>")],
                 foot="{打印次数|已打印}<NUM>  验证码<CODE>")
    elif k == 3:
        ocr_slip(b, "个人{银行结算账户开户申请书|开户申请书}", [("姓名", "<NAME:a>"), ("性别", "{男|女}"), ("证件类型", "{居民身份证|护照|港澳居民来往内地通行证}"),
                 ("证件号码", "<DOC:a>"), ("证件有效期", "<DATE>至{<DATE>|长期}"), ("职业", "{个体工商户|职员|退休|学生}"),
                 ("移动电话", "<MOB:a>"), ("固定电话", "<TEL:a>"), ("电子邮箱", "<MAIL:a>"), ("住址|联系地址", "<ADDR:a>"),
                 ("邮编", "<POST>")], foot="申请人签名：<NAME:a>  <DATE>")
    elif k == 4:
        ocr_slip(b, "{代理人身份核查登记表|代办业务登记}", [("被代理人", "<NAME:a>"), ("被代理人证件", "<ID:a>"), ("代理人", "<NAME:p>"),
                 ("代理人证件", "<DOC:p>"), ("代理人电话", "<MOB:p>"), ("关系", "{父子|母女|配偶|兄弟}"), ("代办事项", "{挂失|取款|密码重置}"),
                 ("核查结果", "{联网核查一致|人像比对通过}")], foot="经办：<NAME:s>  <DATE>")
    else:
        ocr_slip(b, "大额现金{支取|存取}登记簿", [("日期", "<DATE>"), ("客户姓名", "<NAME:a>"), ("账号", "<CARD:a>"),
                 ("金额", "<AMT>"), ("用途", "{购车|装修|看病|做生意}"), ("联系电话", "<MOB:a>"), ("车牌|车辆", "<PLATE:a>"),
                 ("登记人", "<NAME:s>")], foot="{网点|营业室}负责人：<TITLE>")


def g_heating_fee(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    kind = rng.choice(["供暖费", "物业费", "采暖费"])
    if k == 0:
        form(b, [("户号|用户编号", "<HU>", "account_no"), ("户主姓名|户名", "<NAME:a>", "owner"), ("证件号码", "<ID:a>", "id_no"),
                 ("供热地址|房屋地址", "<ADDR:a>", "address"), ("面积", "<AREA>", "area"), ("代扣账户|扣款卡号", "<CARD:a>", "card"),
                 ("联系电话", "{<MOB:a>|<TEL:a>}", "phone"), ("签约日期", "<DATE>", "date"), ("收费单位", "<ORG>", "payee")],
             title=kind + "{代扣签约|委托代扣协议|批量代收签约}{申请表|}")
        pick(b, "本人{同意|授权}<BANK>按<ORG>提供的{应缴|账单}金额从上述账户扣款，{余额|资金}不足时不予扣款。",
             "{温馨提示|提示}：签约{次月|次日}生效，{尤其|特别}是供暖{高峰|开栓}期请保持{余额|账户资金}充足。")
    elif k == 1:
        say(b, "<ORG>" + kind + "缴费通知\n{尊敬的|}<NAME:a>{业主|用户|}：\n    您{位于|在}<ADDR:a>的房屋（户号<HU>，<AREA>）"
               "<DATE>—<DATE>{采暖季|年度}" + kind + "为<AMT>，请于<DATE>前缴纳。可通过<BANK>{手机银行|柜面|自助终端}、{微信|支付宝}缴费，"
               "{已签约代扣的|签约代扣用户}将从卡号<CARD:a>自动扣款{，电子账单发送至<MAIL:a>|}。\n    {如有疑问|咨询}：<HOT>（<ORGADDR>）\n<DATE>")
    elif k == 2:
        pick(b, "【<BRAND>】{尊敬的|}<NAME:a>您好，您户号<HU>的" + kind + "尚欠<AMT>，已产生滞纳金<AMT>。请于<DATE>前缴清，"
                "{以免影响供热|以免停止服务}。{查询|咨询}<HOT>。退订回TD",
             "【<BRAND>】<HON:a>，户号<HU>代扣失败（{余额不足|账户状态异常|签约已失效}），欠费<AMT>。{请|麻烦}{马上|及时}补缴，"
                "联系人手机<MOB:a>。",
             "【<BRAND>】您的" + kind + "<AMT>已从{尾号|账户}<CARD:a>扣款成功，户号<HU>，{谢谢|感谢}您的{支持|配合}！")
    elif k == 3:
        say(b, "{代扣回盘文件|DK_RETURN}_<BATCH>.{txt|csv}\n")
        table(b, [("户号|HU_NO", "<HU>", "hu_no"), ("户名|NAME", "<NAME:r>", "name"), ("扣款账号|ACCT", "<CARD:r>", "acct"),
                  ("金额|AMT", "<AMT>", "amt"), ("结果|RESULT", "{成功|失败|失败|成功}", "result"), ("原因|REASON", "{<ERR>|余额不足|户名不符|0000}", "reason")],
              rng.randrange(2, 6), style=rng.choice(["csv", "pipe", "tsv"]))
        say(b, "{合计|总笔数}<NUM>笔，成功<NUM>笔，{失败|退回}<NUM>笔；商户号<MERCH>。")
    elif k == 4:
        say(b, "物业服务费{银行代扣|委托扣款}协议\n甲方（业主）：<NAME:a>  {身份证|证件号}：<DOC:a>\n房屋坐落：<ADDR:a>\n乙方：<ORG>\n"
               "丙方：<BRANCH>\n    甲方委托丙方每{月|季度}从甲方账户<CARD:a>扣划物业费<AMT>、{公摊电费|二次供水费}<AMT>，"
               "划入乙方账户<OACCT>。{账户|余额}不足的，丙方不承担{连带|任何}责任。甲方联系电话<MOB:a>{，邮箱<MAIL:a>|}。\n"
               "甲方签字：<NAME:a>  乙方盖章  <DATE>")
    else:
        chat(b, [("{<NAME:a>|<HON:a>}", "{物业|客服}你好，我家暖气{不热|不太热}，{户号|用户号}<HU>，{上个月|去年}交了<AMT>"),
                 ("{物业管家|客服}{小周|小方|小金}", "您好，{请问|麻烦}登记一下地址和电话，{马上|明天白天}{派|安排}师傅{上门|过去}"),
                 ("{<NAME:a>|<HON:a>}", "<ADDR:a>，电话<MOB:a>，{家里|家}座机<TEL:a>"),
                 ("{物业管家|客服}{小周|小方|小金}", "{好的|收到}，{管道|管网}可能有气，{万一|如果}还不热可以申请{退费|减免}")])


def g_guardian_account(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("未成年人姓名|开户人", "<NAME:c>", "minor"), ("出生日期", "<DATE>", "birth"), ("证件号码|身份证号", "<ID:c>", "minor_id"),
                 ("监护人|法定监护人", "<NAME:g>", "guardian"), ("监护人证件", "<DOC:g>", "guardian_id"), ("监护关系", "{父子|母子|父女|母女|祖孙}", "relation"),
                 ("监护人手机", "<MOB:g>", "guardian_mobile"), ("家庭住址", "<ADDR:g>", "address"), ("账户用途", "{压岁钱储蓄|学费代缴|零花钱}", "purpose"),
                 ("非柜面限额", "{单日<AMT>|<AMT>/日}", "limit")], title="{未成年人开户申请书|未成年人个人账户开户申请表}")
        pick(b, "监护人声明：本人为上述未成年人的法定监护人，{提交|所附}户口簿、出生医学证明真实{有效|}。",
             "备注：未满<AGE>周岁的，由监护人代理开户；账户{只能|仅}开通{一类|二类}户。")
    elif k == 1:
        say(b, "{监护关系证明|证  明}\n兹证明<NAME:g>（{身份证号|公民身份号码}<ID:g>）与<NAME:c>（{身份证号|公民身份号码}<ID:c>）"
               "系{父子|母女|母子|祖孙}关系，<NAME:g>为<NAME:c>的法定监护人。{二人|其}现居住于<ADDR:g>。\n特此证明。\n"
               "{红旗街社区居民委员会|凤鸣路派出所|芳草街社区居委会|户籍所在地居委会}（盖章）  {经办人|证明人}：<NAME:s>  <DATE>")
    elif k == 2:
        say(b, "{理财经理工作记录|客户经理沟通记录}  <DT>\n客户<NAME:g>（{手机|电话}<MOB:g>）{为|给}{孩子|女儿|儿子}<NAME:c>咨询<BRAND>"
               "{压岁钱理财|儿童定投}，{孩子|娃}今年<AGE>岁，{春节|过年}收到压岁钱<AMT>。建议{起购|每月定投}<AMT>，{购买|扣款}账户为"
               "{孩子名下|监护人}卡<CARD:c>。{客户|家长}表示{要和|回去和}{孩子妈妈|孩子爸爸}<NAME:h>商量后再定。\n记录人：<NAME:s>")
    elif k == 3:
        say(b, "家长授权书\n<BRANCH>：\n    本人<NAME:g>，{身份证号|证件号码}<DOC:g>，是{学生|未成年人}<NAME:c>（<SCHOOL>{<NUM>年级|初一|高二}）的{父亲|母亲}。"
               "现授权贵行从本人{借记卡|账户}<CARD:g>{每学期|按学校通知}代扣{学费|餐费|校服费}，单笔不超过<AMT>。"
               "{授权|本授权}有效期至<DATE>。\n授权人：<NAME:g>  手机：<MOB:g>  {邮箱|Email}：<MAIL:g>\n<DATE>")
    elif k == 4:
        say(b, "<SCHOOL>{<NUM>学年|本学期}{代收费|代扣学杂费}明细（批次<BATCH>）\n")
        table(b, [("学生姓名", "<NAME:r>", "student"), ("学号|班级", "<SNO>", "sno"), ("家长姓名", "<NAME:rp>", "parent"),
                  ("扣款卡号|家长账户", "<CARD:rp>", "card"), ("金额", "<AMT>", "amount"), ("状态", "{已扣|失败|已扣|退回}", "status")],
              rng.randrange(2, 5), numbered=rng.random() < 0.5)
        say(b, "{学校|收款}账户<OACCT>，商户号<MERCH>，{经办|对账}：<NAME:s>；{如有疑问|咨询}请{白天|工作日}联系<HOT>。")
    else:
        pick(b, "【<BANK>】尊敬的<NAME:g>{家长|监护人}，您{孩子|子女}<NAME:c>名下{账户|卡}<CARD:c>于<DT>{存入|转入}<AMT>，"
                "{当前余额|余额}<AMT>。{如非本人操作|如有疑问}请致电<HOT>。",
             "【<BRAND>】{您好|家长您好}，<NAME:c>的{压岁钱|零花钱}{定投|储蓄}计划已生效，每月<DATE>扣款<AMT>，扣款卡<CARD:g>。验证码<CODE>请勿告知他人。",
             "【<SCHOOL>】{家长|尊敬的家长}<NAME:g>：<NAME:c>同学{本学期|下学期}{校服|餐费}<AMT>将于<DATE>从{您的|}{账户|卡}<CARD:g>代扣，请保持余额{充足|}。")


def g_rental_escrow(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "住房租赁资金监管协议（{编号|合同号}<HOUSE>）\n甲方（出租人）：<NAME:a>  证件号码：<DOC:a>  电话：<MOB:a>\n"
               "乙方（承租人）：<NAME:b>  证件号码：<DOC:b>  电话：<MOB:b>\n丙方（监管银行）：<BRANCH>\n"
               "{丁方（经纪机构）：<ORG>|}\n第一条 租赁房屋坐落于<ADDR:h>，<AREA>，月租金<AMT>，押金<AMT>。\n"
               "第二条 乙方{一次性|按季}支付的租金及押金存入监管账户<OACCT>，丙方按月向甲方账户<CARD:a>{划付|拨付}当月租金。\n"
               "第三条 租赁期满或{解除|提前解除}合同，押金{扣除|结清}费用后退还至乙方账户<CARD:b>。\n"
               "甲方签字：<NAME:a>  乙方签字：<NAME:b>  <DATE>")
    elif k == 1:
        form(b, [("托管编号", "<HOUSE>", "escrow_no"), ("房东|出租人", "<NAME:a>", "landlord"), ("租客|承租人", "<NAME:b>", "tenant"),
                 ("承租人手机", "<MOB:b>", "tenant_mobile"), ("房屋地址|房源地址", "<ADDR:h>", "house"), ("押金金额", "<AMT>", "deposit"),
                 ("托管期限", "<DATE>至<DATE>", "period"), ("退还账户", "<CARD:b>", "refund_card"), ("托管账户", "<OACCT>", "escrow_acct"),
                 ("经办人", "<NAME:s>", "handler")], title="{押金托管确认单|租赁押金托管凭证}")
        pick(b, "{提示|说明}：押金由<BANK>托管，房东{无法|不能}单方面{支取|动用}；{退租|到期}时凭双方确认单办理退还。",
             "本确认单一式三份，{甲乙丙|各方}各执一份。")
    elif k == 2:
        say(b, "退租结算单\n房源编号：<HOUSE>   退租日期：<DATE>\n承租人：<NAME:b>   出租人：<NAME:a>\n")
        rows = [("押金", "<AMT>"), ("{水费|电费|燃气费}", "-<AMT>"), ("{墙面|沙发|家电}{损坏|维修}", "-<AMT>"), ("{保洁|卫生清洁}费", "-<AMT>"),
                ("应退押金", "<AMT>")]
        sty = rng.choice(["md", "pipe", "plain"])
        if sty == "md":
            b.t("| 项目 | 金额 |\n|---|---|\n")
        for r0, r1 in rows:
            if sty == "md":
                b.t("| "); say(b, r0); b.t(" | "); say(b, r1); b.t(" |\n")
            elif sty == "pipe":
                say(b, r0); b.t(" | "); say(b, r1); b.t("\n")
            else:
                say(b, r0); b.t("："); say(b, r1); b.t("\n")
        say(b, "退款{账户|卡号}：<CARD:b>（{户名|收款人}<NAME:b>）\n{双方|房东租客}确认签字：<NAME:a> / <NAME:b>")
    elif k == 3:
        ll = "{<NAME:a>|<NAME:a>|房东<HON:a>|包租婆|房东}"
        tn = "{<NAME:b>|<NAME:b>|知足常乐|租客<HON:b>|向日葵}"
        chat(b, [(tn, "{房东|<HON:a>}您好，{我月底|下个月}{退租|搬走}，押金{什么时候|怎么}退<EMO>"),
                 (ll, "{押金在|押金是}银行监管的，{退租那天|交钥匙}{我们一起|一起}{查一下|看一下}房子"),
                 (tn, "好的，退到我{这张|}卡<CARD:b>，户名<NAME:b>"),
                 (ll, "[语音转文字] 可以{那个|就是}{热水器|空调}坏了的话要扣{一点|点}维修费哈"),
                 (tn, "{热水器|空调}{一直|本来}就不{太好|好使}，{之前|上次}跟你说过的<EMO>{我家|}<PET>{没|从来没}{抓坏|弄坏}东西"),
                 (ll, "行吧，{周末|白天}{过来|我过来}，{房屋|房子}地址<ADDR:h>{那个门禁|门卡}{记得|别忘}带")])
    elif k == 4:
        say(b, "监管账户流水导出（账户<OACCT>，{导出时间|生成于}<DT>）\n")
        table(b, [("交易时间|txn_time", "<DT>", "txn_time"), ("对方户名|counterparty", "<NAME:r>", "counterparty"),
                  ("对方账号|cp_account", "<CARD:r>", "cp_account"), ("摘要|memo", "{押金存入|租金划付|押金退还|租金存入}", "memo"),
                  ("金额|amount", "{+|-}<AMT>", "amount"), ("余额|balance", "<AMT>", "balance")],
              rng.randrange(2, 6), style=rng.choice(["csv", "tsv", "md"]))
        say(b, "{本页合计|共}<NUM>笔。{备案号|房源}<HOUSE>。")
    else:
        say(b, "{主题|Subject}：租赁资金监管开户资料补充\n{发件人|From}：<ORG> {经纪人|顾问}<NAME:s> <<MAIL:s>>\n\n"
               "<HON:a>您好：\n    您{名下|位于}<ADDR:h>的房源（<HOUSE>）已{签约|成交}，租客<NAME:b>（手机<MOB:b>）将于<DATE>{入住|搬入}。"
               "{请|麻烦}您{补充|提供}收租银行卡（{目前登记的是|登记卡号}<CARD:a>）及身份证{正反面|复印件}，"
               "{方便|以便}银行{开立|办理}监管子账户。{房租|租金}<AMT>/月，{押一付三|押二付一}。\n\n{祝好|谢谢}\n<NAME:s>  {门店|店面}：<ORGADDR>")


def g_seafarer_remit(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("汇款人|汇款人姓名", "<NAME:a>", "remitter"), ("护照号码", "<PASS:a>", "passport"), ("船名", "<SHIP>", "vessel"),
                 ("职务", "<RANK>", "rank"), ("汇出金额", "<FX>", "amount"), ("收款人", "<NAME:b>", "beneficiary"),
                 ("收款人账号", "<CARD:b>", "ben_account"), ("收款银行", "<BRANCH>", "ben_bank"), ("SWIFT", "<SWIFT>", "swift"),
                 ("收款人电话", "<MOB:b>", "ben_phone"), ("收款人邮箱", "<MAIL:b>", "ben_email"), ("汇款用途", "{船员工资|劳务报酬|赡家款}", "purpose")],
             title="{境外汇入汇款申请|海员工资汇款申请书|Remittance Application (Crew Wages)}")
        pick(b, "交易编码：{223010|822030}（{工资性收入|劳务报酬}）。{申报|国际收支申报}时请注明船员所在国<COUNTRY>。",
             "{提示|注意}：{境外|船上}网络不稳定，{万一|如}汇款被退回，请联系<ORG>{船员部|财务}。")
    elif k == 1:
        say(b, "{证  明|工作证明|EMPLOYMENT CERTIFICATE}\n兹证明<NAME:a>（{护照号|Passport No.}<PASS:a>，身份证号<ID:a>）系我司外派船员，"
               "自<DATE>起在{巴拿马|利比里亚|马绍尔群岛}籍船舶<SHIP>（<IMO>）任<RANK>，合同期<NUM>个月，月工资<FX>，"
               "由我司{按月|每季度}汇至其{配偶|父亲|母亲}<NAME:b>名下账户<CARD:b>。\n特此证明。\n"
               "<ORG>（盖章）\n统一社会信用代码：<USCC>\n{联系人|人事专员}：<NAME:s>  {电话|Tel}：<HOT>\n<DATE>")
    elif k == 2:
        say(b, "{出入境证件核对表|船员证件信息登记}\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("职务", "<RANK>", "rank"), ("护照号", "<PASS:r>", "passport"),
                  ("往来港澳通行证", "<PERMIT:r>", "hk_permit"), ("护照有效期", "<DATE>", "expiry"), ("登轮港口", "<PORT>", "port")],
              rng.randrange(2, 5), numbered=rng.random() < 0.5)
        say(b, "{核对人|制表}：<NAME:s>  {船名|所属船舶}：<SHIP>")
    elif k == 3:
        form(b, [("申请人", "<NAME:a>", "applicant"), ("证件类型", "{护照|居民身份证}", "doc_type"), ("证件号码", "<DOC:a>", "doc_no"),
                 ("结汇金额", "<FX>", "fx_amount"), ("资金来源", "{境外工资收入|海员劳务收入}", "source"),
                 ("入账账户", "<CARD:a>", "account"), ("联系电话", "<MOB:a>", "phone"), ("申请日期", "<DATE>", "date"),
                 ("年度便利化额度已用", "<FX>", "quota_used")], title="{个人外汇结汇申请书|个人结汇业务申请表}")
        pick(b, "申请人承诺：{以上|所填}信息真实，不存在{分拆|借用额度}结汇。", "经办：<TELLER>  {审核|复核}：<TITLE>")
    elif k == 4:
        say(b, "授权委托书\n委托人：<NAME:a>，{护照号|Passport}<PASS:a>，现在<SHIP>{船上|轮}任<RANK>，{预计|计划}<DATE>{下船|回国}。\n"
               "受托人：<NAME:b>，身份证号<ID:b>，{系委托人之|与委托人关系：}{妻子|父亲|母亲|哥哥}，电话<MOB:b>，住<ADDR:b>。\n"
               "    因委托人{长期|常年}在海上工作，{无法|不能}亲自办理，特委托受托人代为{领取|支取}<ORG>发放的{工资|年终奖金}<FX>，"
               "{并|以及}办理{结汇|存入}账户<CARD:a>事宜。\n委托人签字：<NAME:a>（{电子签名|传真件}）  <DATE>")
    else:
        pick(b, "From: <NAME:a> <<MAIL:a>>（{卫星邮件|船上邮箱}）\n{Subject|主题}：{这个月工资|钱}\n\n{老婆|爸妈|媳妇}：\n"
                "    船{马上|下周}到<PORT>，{公司|船东}说这个月工资<FX>会{打到|汇到}你卡<CARD:b>上，收到{回个邮件|说一声}。"
                "{家里|孩子}{都好吧|还好吗}？{网|信号}{很差|不好}，{别|不用}打我{电话|手机}，有事{找|打}公司<HOT>。\n<NAME:a>",
             "{<NAME:b>|老婆|妈妈|平安是福} <DATE>\n{钱|工资}收到了吗<EMO>\n<NAME:a>\n[语音转文字] 收到了{一共|总共}<FX>明天{我|就}去{银行|<BANK>}结汇{你|把}护照号再发我一下\n"
                "<NAME:b>\n<PASS:a>，{过期|有效期}是<DATE>{，别弄错了|}")


def g_id_expiry_update(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        pick(b, "【<BANK>】尊敬的{客户|<NAME:a>}：您在我行登记的{身份证件|居民身份证}将于<DATE>到期，"
                "请{及时|尽快}通过<BRAND>或携带新证件到网点更新，{逾期|过期}将{影响|限制}账户{非柜面交易|使用}。{咨询|详询}<HOT>。",
             "【<BANK>】<NAME:a>您好，您的证件已过期<NUM>天，账户<CARD:a>已{暂停|限制}非柜面业务。{请|麻烦}{马上|尽快}更新。验证码<CODE>{切勿|请勿}告知他人。",
             "【<BRAND>】{您好|尊敬的客户}，{您的|}证件{即将到期|已到期}，{点击|打开}App“我的-{证件更新|个人信息}”上传{即可|}。{客户号|编号}<CUST>。")
    elif k == 1:
        say(b, "客户回电记录  <DT>\n{来电号码|主叫}：{<MOB:a>|<TEL:a>}\n客户{自称|姓名}：<NAME:a>\n事由：{收到证件到期短信，怀疑诈骗|询问证件更新方式|证件已换新，要求解除限制}\n"
               "{处理|核实}：{经|通过}{身份核验|核对}，客户{证件号|身份证号}<ID:a>，{新证件有效期|有效期}至<DATE>，{指导|建议}客户{通过手机银行上传|到就近网点办理}。"
               "客户{表示|称}{周末|白天}{有空|方便}去<BRANCH>。\n坐席：<NAME:s>（工号<TELLER>）")
    elif k == 2:
        form(b, [("客户号", "<CUST>", "cust_no"), ("客户姓名", "<NAME:a>", "name"), ("原证件号码", "<ID:a>", "old_id"),
                 ("原证件有效期", "<DATE>", "old_expiry"), ("新证件有效期", "<DATE>至{<DATE>|长期}", "new_expiry"),
                 ("签发机关", "{{南昌|温州|烟台|太原}市公安局{东湖|鹿城|芝罘|小店}分局|{哈尔滨|珠海}市公安局|{鄱阳|溆浦|固始}县公安局}", "issuer"), ("联系手机", "<MOB:a>", "mobile"),
                 ("联系地址", "<ADDR:a>", "address"), ("电子邮箱", "<MAIL:a>", "email"), ("职业", "{教师|个体|退休|务农|自由职业}", "job"),
                 ("柜员", "<TELLER>", "teller"), ("授权", "<NAME:s>", "auth")], title="{客户身份信息更新登记表|证件到期更新登记}")
    elif k == 3:
        style = rng.choice(["json", "kv"])
        for _ in range(rng.randrange(2, 5)):
            if style == "json":
                b.t('{"task":"'); say(b, "<TASK>"); b.t('","custNo":"'); say(b, "<CUST>"); b.t('","name":"'); say(b, "<NAME:r>")
                b.t('","certNo":"'); say(b, "<ID:r>"); b.t('","certExpire":"'); say(b, "<DATE>"); b.t('","mobile":"'); say(b, "<MOB:r>")
                b.t('","channel":"'); say(b, "{SMS|APP_PUSH|OUTBOUND}"); b.t('","status":"'); say(b, "{SENT|FAILED|SENT|SKIP}"); b.t('"}\n')
            else:
                say(b, "<DT> level={INFO|WARN} job=<TASK> cust=<CUST> name=<NAME:r> cert=<ID:r> expire=<DATE> phone=<MOB:r> "
                       "result={sent|fail:<ERR>|sent}\n")
            # a new person per line
            for key in [("NAME", "r"), ("ID", "r"), ("MOB", "r")]:
                b.vars.pop(key, None)
        say(b, "{summary|汇总}: total=<NUM> sent=<NUM> failed=<NUM>")
    elif k == 4:
        say(b, "{客户经理外呼脚本|外呼话术（证件到期）}\n1. 开场：您好，请问是<NAME:a>{本人|}吗？我是<BRANCH>的客户经理<NAME:s>，工号<TELLER>。\n"
               "2. 说明：您{预留|登记}的身份证件{将于|已于}<DATE>到期，{为了|为保障}您的账户{安全|正常使用}，需要更新证件信息。\n"
               "3. 核实：{请您|麻烦您}核对一下，您的手机号是<MOB:a>，{家庭|居住}地址是<ADDR:a>，对吗？\n"
               "4. 提示：我行{不会|绝不会}索要您的{密码|验证码}，{如有人|万一有人}索要请拨<HOT>。\n"
               "5. 记录：客户{同意|拒绝|已办理}，{备注|结果}：{已预约<DATE>到店|客户在外地|号码为空号}。")
    else:
        say(b, "{证件影像审核结果|身份信息更新审核}  {批次|任务}<TASK>\n")
        table(b, [("客户姓名", "<NAME:r>", "name"), ("证件号码", "<ID:r>", "cert_no"), ("上传IP|来源IP", "<IP:r>", "ip"),
                  ("审核结果", "{通过|驳回：影像模糊|驳回：有效期不符|通过}", "result"), ("审核员", "<NAME:s>", "auditor")],
              rng.randrange(2, 5), style=rng.choice(["md", "csv", "pipe", "tsv"]))
        say(b, "{驳回|退回}客户{将|会}收到短信{通知|提醒}，模板编号<ERR>。")


GENRES = {
    "court_summons": g_court_summons, "loan_review": g_loan_review, "complaint_letter": g_complaint_letter,
    "family_wechat": g_family_wechat, "ocr_deposit_slip": g_ocr_deposit_slip, "heating_fee": g_heating_fee,
    "guardian_account": g_guardian_account, "rental_escrow": g_rental_escrow, "seafarer_remit": g_seafarer_remit,
    "id_expiry_update": g_id_expiry_update,
}


# ---------------------------------------------------------------- shared headers and trailers

HEADERS = [
    "{内部邮件|Internal mail}  {发件人|From}：<ORG>\n{收件人|To}：<NAME:h>{（<MAIL:h>）|}\n{主题|Subject}：{材料转交|请协助核实|归档}\n\n",
    "=== {档案系统导出|影像平台导出|工单附件} <DT> ===\n",
    "{以下内容由客户经理转录|客户提供的原文如下}：\n",
    "〔{密级：内部|仅限内部使用}〕 {文档编号|归档号}<BATCH>\n",
    "",
    "",
]
TRAILERS = [
    "{录入|提交}时间：<DT>  {终端IP|操作IP}：<IP>  {系统版本|版本}：<VER>",
    "{紧急联系人|第二联系人}<NAME:x>，{住宅电话|家庭座机}<TEL:x>，{手机|移动电话}<MOB:x>。",
    "{现居住地址|常住地址}：<ADDR>  {邮政编码|邮编}：<POST>  {固话|座机}：<TEL>",
    "{提醒|友情提示}：{冬季|周末}{高峰|时段}网点客流较大，{方便|建议}您{错峰|提前预约}办理；{万一|若}信息有误请{马上|及时}致电<HOT>。",
    "本{文件|材料}仅供{内部审查|案件办理|业务核对}使用，{不得|严禁}{外传|转发}。{联系地址|来访地址}：<ORG>（<ORGADDR>）",
    "{附件|附}：{身份证复印件|户口簿|授权书原件|证明原件}<NUM>页；{收件|寄送}地址<ADDR>，{联系人|收件人}<NAME:x>。",
    "{录入|经办}：<NAME:s>  {复核|审核}：<TITLE>  {日期|时间}：<DATE>  {流水|批次}：<BATCH>",
    "{往来港澳通行证|港澳通行证}<PERMIT>；{护照号|护照}<PASS>（{出境用|如有}）",
    "{单位|工作单位}：<ORG>，统一社会信用代码<USCC>，{单位电话|总机}<HOT>",
    "{audit|审计日志}: op=<NAME:x> ip=<IP> action={VIEW|EXPORT|PRINT} ret=<ERR>",
    "{安全提醒|防诈提示}：{任何人|工作人员}{索要|询问}验证码<CODE>都是诈骗，{黄金|关键}时间内请{马上|立即}挂断。",
    "{车辆信息|名下车辆}：<PLATE>  {登记|备案}日期<DATE>",
]


def render(b: Builder) -> None:
    rng = b.rng
    if rng.random() < 0.3:
        say(b, rng.choice(HEADERS))
    GENRES[b.genre](b)
    n = rng.choice([0, 1, 1, 1, 2, 2])
    for t in rng.sample(TRAILERS, n):
        b.t(rng.choice(["\n", "\n", "\n\n", "  ", "\n——\n"]))
        say(b, t)
