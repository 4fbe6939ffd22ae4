"""Builder, window test, value makers, hard-negative makers, layouts and the ten genres of blind21.

The framework (Builder, window test, value makers, template language, form/table/chat layouts) is
taken over from blind20; the hard-negative wording, the reference makers, the organisations, the
extra layouts (transcript, vCard, SMS, key=value and JSON logs) and every genre template are new.
"""
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
    i = 0
    while i < n:
        if not (_alnum(text[i]) or text[i] in SEPS):
            i += 1
            continue
        j = i
        while j < n and (_alnum(text[j]) or text[j] in SEPS):
            j += 1
        _check_run(text[i:j], bad)
        if len(bad) >= limit:
            return bad
        i = j
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
                if w.count(".") == 3 or ":" in w:
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
    if cs.isdigit():
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


# ---------------------------------------------------------------- builder

def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


class Person:
    def __init__(self, name: str, real: bool, kind: str):
        self.name, self.real, self.kind = name, real, kind


class Builder:
    def __init__(self, rng, pii: bool, genre: str, p_real: float = 0.7):
        self.rng, self.pii, self.genre, self.p_real = rng, pii, genre, p_real
        self.ocr = False  # OCR mode: stray spaces inside values, O for 0 in non-personal values
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: Counter = Counter()
        self.vars: dict = {}
        self.domain = "example.com.cn"  # e-mail domain of the organisation on a business card

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

    def forget(self, *keys) -> None:
        for k in keys:
            for kind in ("NAME", "HON", "ID", "MOB", "TEL", "CARD", "MAIL", "ADDR", "PASS", "PERMIT", "USCC",
                         "PLATE", "IP", "DOC"):
                self.vars.pop((kind, k), None)


# ---------------------------------------------------------------- personal value makers

def make_name(rng) -> str:
    r = rng.random()
    if r < 0.07:
        sur = rng.choice(W.COMPOUND_SURNAMES)
        given = "".join(rng.choice(W.GIVEN_CHARS) for _ in range(rng.choice((1, 2))))
    else:
        sur = rng.choice(W.SURNAMES)
        given = "".join(rng.choice(W.GIVEN_CHARS) for _ in range(1 if r < 0.3 else 2))
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
    if r < 0.52:
        s = v
    elif r < 0.7:
        s = resident_id.format(v)
    elif r < 0.78:
        s = resident_id.format(v).replace(" ", "-")
    elif r < 0.88:
        s = fullwidth(v)
    else:
        s = v[:6] + " " + v[6:]
    if v.endswith("X") and rng.random() < 0.5:
        s = s[:-1] + ("x" if s[-1] == "X" else "ｘ")
    return _pick_valid([s], resident_id.is_valid, v)


def fmt_mobile(rng) -> str:
    v = mobile_phone.generate(rng)
    a, b, c = v[:3], v[3:7], v[7:]
    opts = [v, v, v, f"{a} {b} {c}", f"{a}-{b}-{c}", f"+86 {v}", f"+86-{a}-{b}-{c}", f"+86{v}",
            f"0086 {v}", f"0086{v}", f"(+86) {v}", f"（+86）{a} {b} {c}", f"+86 {a}-{b}-{c}",
            fullwidth(v), f"{a}{b} {c}", f"{a} {b}{c}"]
    return _pick_valid([rng.choice(opts)], mobile_phone.is_valid, v)


def fmt_landline(rng) -> str:
    v = landline_phone.generate(rng)
    f = landline_phone.format(v)  # 0755-88886666[转801]
    base, _, ext = f.partition("转")
    area, _, num = base.partition("-")
    if not ext and rng.random() < 0.18:
        ext = str(rng.choice([3, 6, 12, 206, 318, 8860, 5201, 77]))
    nums = num if len(num) == 7 or rng.random() < 0.55 else f"{num[:4]} {num[4:]}"
    r = rng.random()
    if r < 0.36:
        head = f"{area}-{nums}"
    elif r < 0.5:
        head = f"({area}){nums}"
    elif r < 0.58:
        head = f"（{area}）{nums}"
    elif r < 0.7:
        head = f"{area} {nums}"
    elif r < 0.78:
        head = f"+86-{area[1:]}-{num}"
    elif r < 0.84:
        head = f"0086 {area[1:]} {num}"
    elif r < 0.93:
        head = f"{area}{num}"
    else:
        head = fullwidth(f"{area}-{num}")
    if ext:
        tail = rng.choice([f"转{ext}", f"-{ext}", f" ext.{ext}", f"分机{ext}", f" 转{ext}"])
        if "-" in tail and (head.count("-") != 1 or " " in head):
            tail = f"转{ext}"
        s = head + tail
    else:
        s = head
    return _pick_valid([s], landline_phone.is_valid, f)


def fmt_card(rng) -> str:
    v = bank_card.generate(rng)
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    opts = [v, v, v, g, g, g.replace(" ", "-"), fullwidth(v), v[:6] + " " + v[6:]]
    return _pick_valid([rng.choice(opts)], bank_card.is_valid, v)


def fmt_passport(rng) -> str:
    v = passport.generate(rng)
    if rng.random() < 0.1:
        v2 = v.lower()
        if passport.is_valid(v2):
            return v2
    return v


def fmt_permit(rng) -> str:
    v = hk_macau_permit.generate(rng)
    if len(v) == 11 and rng.random() < 0.35:
        v2 = v[:9] + " " + v[9:]
        if hk_macau_permit.is_valid(v2):
            return v2
    return v


def fmt_uscc(rng) -> str:
    v = uscc.generate(rng)
    if rng.random() < 0.12:
        v2 = v[:8] + " " + v[8:]
        if uscc.is_valid(v2):
            return v2
    return v


def fmt_plate(rng) -> str:
    v = license_plate.generate(rng)
    r = rng.random()
    if r < 0.4:
        s = v
    elif r < 0.7:
        s = license_plate.format(v)
    elif r < 0.85:
        s = v[:2] + " " + v[2:]
    else:
        s = v[:1] + " " + v[1:]
    return _pick_valid([s], license_plate.is_valid, v)


IP_FIRST = [14, 27, 36, 42, 49, 58, 60, 61, 101, 103, 106, 110, 112, 113, 114, 115, 116, 117, 118, 119, 120,
            121, 122, 123, 124, 125, 139, 140, 171, 175, 180, 182, 183, 202, 211, 218, 219, 220, 221, 223]


def fmt_ip(rng) -> str:
    if rng.random() < 0.2:
        groups = [rng.choice(["240e", "2408", "2409"]), format(rng.randrange(0x100, 0xfff), "x"),
                  format(rng.randrange(0x1000, 0xffff), "x"), format(rng.randrange(0, 0xffff), "x")]
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
    elif r < 0.5:
        local = rng.choice(p) + rng.choice(p) + str(rng.randrange(1, 999))
    elif r < 0.68:
        local = rng.choice(p) + rng.choice("._") + rng.choice(p) + rng.choice(["", str(rng.randrange(60, 99))])
    elif r < 0.82:
        local = rng.choice(p)[0] + rng.choice(p) + str(rng.randrange(1970, 2008))
    else:
        local = str(rng.randrange(100000, 2999999999))
    return local + "@" + rng.choice(W.EMAIL_DOMAINS)


def work_email(rng, domain: str) -> str:
    p = W.PINYIN
    local = rng.choice([rng.choice(p) + "." + rng.choice(p), rng.choice(p) + rng.choice(p)[0],
                        rng.choice(p)[0] + rng.choice(p)[0] + rng.choice(p)])
    return local + "@" + domain


def _region(rng):
    prov, city, ds = rng.choice(W.REGIONS)
    return prov, city, rng.choice(ds)


def fmt_address(rng) -> str:
    r = rng.random()
    prov, city, dist = _region(rng)
    road = rng.choice(W.ROADS)
    est = rng.choice(W.ESTATES)
    no = rng.randrange(1, 999)
    bld, unit, room = rng.randrange(1, 36), rng.randrange(1, 6), rng.randrange(1, 33) * 100 + rng.randrange(1, 8)
    pre = (prov if rng.random() < 0.35 else "") + city + dist
    if r < 0.22:
        return f"{pre}{road}{no}号{est}{bld}栋{unit}单元{room}"
    if r < 0.34:
        return f"{pre}{est}{bld}幢{room}室"
    if r < 0.44:
        return f"{city}{dist}{road}{no}号院{bld}号楼{room}"
    if r < 0.56:
        prov, city, county = rng.choice(W.COUNTIES)
        return (f"{rng.choice([prov, ''])}{city}{county}{rng.choice(W.TOWNS)}{rng.choice(W.VILLAGES)}"
                f"{rng.choice(['', str(rng.randrange(1, 12)) + '组'])}{rng.randrange(1, 150)}号")
    if r < 0.67:
        return f"{est}{bld}-{unit}-{room}"
    if r < 0.76:
        return f"{dist}{road}{no}弄{bld}号{room}室"
    if r < 0.86:
        return f"{road}{no}号{rng.choice(['', '之' + str(rng.randrange(1, 6)), str(unit) + '楼'])}"
    if r < 0.93:
        return f"{city}{dist}{est}{rng.choice(['A区', 'B区', '三期', '西苑'])}{bld}栋{room}号"
    return f"{prov or city}{city if prov else ''}{dist}{road}{no}号{est}{bld}座{room}"


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


# ---------------------------------------------------------------- hard-negative makers (new wording)

def draw(rng, fn, tries=400):
    for _ in range(tries):
        s = fn(rng)
        if safe(s):
            return s
    raise RuntimeError("no safe draw for " + fn.__name__)


def digits(rng, k, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


NAME_PLACEHOLDERS = ["本人", "同上", "见附件", "—", "未填写", "待补充", "（空）", "已脱敏", "见影像", "匿名",
                     "不愿透露", "（手写不清）", "N/A", "申请人"]


def neg_name(rng):
    r = rng.random()
    s = rng.choice(W.SURNAMES)
    if r < 0.3:
        return "name_title", s + rng.choice(W.TITLES)
    if r < 0.46:
        return "name_masked", s + rng.choice(["**", "*", "○", "〇〇", "XX", "＊", "*" + rng.choice(W.GIVEN_CHARS), "＊＊"])
    if r < 0.6:
        return "name_mou", s + rng.choice(["某", "某某", "某甲", "某乙", "某（化名）", "某某（已离职）"])
    if r < 0.68:
        return "name_masked", rng.choice(["*", "＊", "X"]) + rng.choice(W.GIVEN_CHARS) + rng.choice(["", "*"])
    if r < 0.88:
        return "name_title", rng.choice(["小", "老", "阿", "大"]) + s
    return "placeholder", rng.choice(NAME_PLACEHOLDERS)


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
    if r < 0.36:
        k = rng.choice([(6, 4), (3, 3), (1, 1), (6, 2), (4, 4), (14, 0)])
        mask = rng.choice(["*", "＊", "X", "#"]) * (18 - k[0] - k[1])
        return "id_masked", v[:k[0]] + mask + (v[-k[1]:] if k[1] else "")
    if r < 0.66:
        for _ in range(80):
            s = _wrong(rng, resident_id.generate(rng), resident_id.is_valid, "0123456789X")
            if rng.random() < 0.2:
                s = s[:6] + " " + s[6:14] + " " + s[14:]
            if safe(s):
                return "id_wrong_check", s
        return "id_masked", v[:3] + "*" * 12 + v[-3:]
    if r < 0.82:
        return "tail", rng.choice(["证件末4位", "身份证后四位", "证号尾数", "证件号结尾"]) + v[-4:]
    return "placeholder", rng.choice(["已核验", "见身份证复印件", "同上", "—", "联网核查一致", "暂缺", "待补录", "（系统自动带出）"])


def neg_mobile(rng):
    v = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.4:
        return "mobile_masked", rng.choice([v[:3] + "****" + v[7:], v[:3] + " **** " + v[7:], v[:4] + "***" + v[7:],
                                            v[:3] + "＊＊＊＊" + v[7:], v[:3] + "-xxxx-" + v[7:], "*******" + v[7:]])
    if r < 0.56:
        return "tail", rng.choice(["尾号", "尾数", "末4位", "号码结尾"]) + v[7:]
    if r < 0.72:
        return "hotline", rng.choice(W.HOTLINES)
    if r < 0.86:
        return "hotline", "400" + rng.choice(["-", "", " "]) + digits(rng, 3, "0123456789") + rng.choice(["-", "", " "]) + digits(rng, 4, "0123456789")
    return "placeholder", rng.choice(["未留", "—", "同上", "已停用", "关机", "拒接", "暂无"])


def neg_landline(rng):
    f = landline_phone.format(landline_phone.generate(rng)).partition("转")[0]
    area, _, num = f.partition("-")
    r = rng.random()
    if r < 0.36:
        return "landline_masked", area + "-" + num[:3] + "*" * (len(num) - 5) + num[-2:]
    if r < 0.6:
        return "hotline", "400-" + digits(rng, 3, "0123456789") + "-" + digits(rng, 4, "0123456789")
    if r < 0.84:
        return "hotline", rng.choice(W.HOTLINES)
    return "landline_masked", area + "-" + "*" * len(num)


def neg_card(rng):
    v = bank_card.generate(rng)
    r = rng.random()
    if r < 0.32:
        return "card_masked", rng.choice([v[:6] + "*" * (len(v) - 10) + v[-4:], v[:4] + " **** **** " + v[-4:],
                                          "**** **** **** " + v[-4:], v[:6] + "····" + v[-4:], v[:4] + "＊＊＊＊" + v[-4:]])
    if r < 0.56:
        return "tail", rng.choice(["尾号", "卡尾", "末四位", "尾数为"]) + v[-4:]
    if r < 0.8:
        for _ in range(80):
            s = _wrong(rng, bank_card.generate(rng), bank_card.is_valid, "0123456789")
            s = s if rng.random() < 0.6 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            if safe(s):
                return "card_wrong_check", s
        return "tail", "卡尾" + v[-4:]
    if r < 0.9:
        return "card_bin", rng.choice(["卡BIN ", "前6位", "卡号开头"]) + v[:6]
    return "placeholder", rng.choice(["已注销", "—", "同上", "未绑卡", "待开立", "旧卡已作废"])


def neg_email(rng):
    e = fmt_email(rng)
    local, _, dom = e.partition("@")
    r = rng.random()
    if r < 0.5:
        return "email_masked", local[:2] + "***@" + dom
    if r < 0.78:
        return "email_masked", local[0] + "****@" + dom.split(".")[0] + ".***"
    return "placeholder", rng.choice(["未提供", "—", "无", "同上", "不需要电子回执"])


def neg_address(rng):
    prov, city, dist = _region(rng)
    r = rng.random()
    if r < 0.28:
        return "address_masked", (prov + city + dist if rng.random() < 0.4 else city + dist) + rng.choice(["****", "**路**号", "（详址已隐去）", "×××小区"])
    if r < 0.44:
        return "placeholder", rng.choice(["同户籍地址", "XX省XX市XX路XX号", "见身份证", "与上栏相同", "—", "暂住地不详",
                                          "详见附件", "待客户补充"])
    if r < 0.64:
        return "road_no_number", dist + rng.choice(W.ROADS) + rng.choice(["一带", "附近", "东侧", "路口", ""])
    if r < 0.8:
        return "district_only", rng.choice([city + dist, dist, city, (prov + city) if prov else city])
    return "address_masked", rng.choice(W.ESTATES) + rng.choice(["**栋****", "X幢X单元", "（房号略）", "***室"])


def neg_passport(rng):
    v = passport.generate(rng)
    r = rng.random()
    if r < 0.56:
        return "passport_masked", v[:1] + "*" * (len(v) - 4) + v[-3:]
    if r < 0.8:
        return "passport_bad_shape", rng.choice(["EI", "GO", "EO", "OI"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["未办理护照", "—", "已过期待换发", "见复印件"])


def neg_permit(rng):
    v = hk_macau_permit.generate(rng)
    r = rng.random()
    if r < 0.56:
        return "permit_masked", v[:2] + "*" * (len(v) - 4) + v[-2:]
    if r < 0.8:
        return "permit_bad_shape", rng.choice(["CI", "CO", "HO"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["签注未办", "—", "证件过期", "无"])


def neg_uscc(rng):
    v = uscc.generate(rng)
    r = rng.random()
    if r < 0.42:
        return "uscc_masked", v[:4] + "*" * 10 + v[-4:]
    if r < 0.84:
        return "uscc_wrong_check", _wrong(rng, v, uscc.is_valid, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    return "placeholder", rng.choice(["个体户无代码", "—", "见营业执照", "办理中"])


def neg_plate(rng):
    v = license_plate.compact(license_plate.generate(rng))
    r = rng.random()
    if r < 0.55:
        return "plate_masked", (v[:2] + rng.choice(["**", "***", "·***", "XX"]) + v[-1:]) if len(v) > 4 else v[:1] + "****"
    if r < 0.85:
        return "tail", rng.choice(["车牌末三位", "车尾号"]) + v[-3:]
    return "placeholder", rng.choice(["未驾车", "—", "非机动车", "临时车位"])


def neg_ip(rng):
    r = rng.random()
    if r < 0.4:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.{rng.randrange(256)}.*.*"
    if r < 0.6:
        return "ip_masked", f"***.***.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if r < 0.85:
        return "version", f"v{rng.randrange(1, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}"
    return "ip_masked", "2408:****:****::*"


PERSONAL = {
    "ID": ("CN_ID_CARD", fmt_id, neg_id), "MOB": ("CN_MOBILE", fmt_mobile, neg_mobile),
    "TEL": ("CN_LANDLINE", fmt_landline, neg_landline), "CARD": ("BANK_CARD", fmt_card, neg_card),
    "MAIL": ("EMAIL", fmt_email, neg_email), "ADDR": ("ADDRESS", fmt_address, neg_address),
    "PASS": ("CN_PASSPORT", fmt_passport, neg_passport), "PERMIT": ("CN_HK_MACAU_PERMIT", fmt_permit, neg_permit),
    "USCC": ("CN_USCC", fmt_uscc, neg_uscc), "PLATE": ("LICENSE_PLATE", fmt_plate, neg_plate),
    "IP": ("IP_ADDRESS", fmt_ip, neg_ip), "WMAIL": ("EMAIL", fmt_email, neg_email),
}


# ---------------------------------------------------------------- organisations and brands (never PII)

GENRE_ORGS = {
    "digital_rmb_wallet": ["朱记鲜果铺", "万福生活超市", "陈师傅牛肉面馆", "何氏大药房", "林家小馆", "宋嫂鱼羹店",
                           "马大姐早餐铺", "高新区便民服务中心", "于记烟酒商行", "白鹭洲菜市场"],
    "pipl_request": ["消费者权益保护部", "个人信息保护办公室", "数据管理部", "法律合规部", "客户服务中心",
                     "运营管理部", "信用卡中心客户关系部"],
    "collection_call": ["信用卡中心风险催收部", "个贷资产保全部", "安信商务咨询有限公司", "黄河资产管理有限公司",
                        "金盾调解服务中心", "鲁信法律咨询事务所", "远程催收中心"],
    "business_card_ocr": [c for c, _ in W.CARD_COMPANIES],
    "whistleblower_tip": ["纪委办公室", "审计部", "监察室", "合规部", "人力资源部", "巡察办", "董事会办公室"],
    "queue_kiosk_log": ["营业部", "智能服务区", "厅堂服务组", "恒通金融设备有限公司", "易达自助设备维保中心",
                        "网点运营室"],
    "housing_fund": ["钱塘纺织有限公司", "华康医院", "龙腾建设集团有限公司", "孙记餐饮管理有限公司", "石门中学",
                     "蓝湾物流有限公司", "江城电子科技有限公司", "傅氏建材经营部", "市住房公积金管理中心"],
    "gold_purchase": ["贵金属业务部", "金满堂珠宝", "黄记金铺", "周福记银楼", "上海黄金交易所会员服务部",
                      "白银时代首饰店", "钱氏古币收藏馆"],
    "beneficiary_change": ["安泰人寿保险股份有限公司", "中和人寿保险股份有限公司", "长青养老保险股份有限公司",
                           "福佑健康保险股份有限公司", "国联人寿客户服务中心", "瑞丰保险代理有限公司"],
    "customs_forex": ["鸿泰进出口贸易有限公司", "华丰针织制品厂", "博远日用品商行", "方圆五金制品有限公司",
                      "黎明灯饰有限公司", "包氏水产冷链有限公司", "金桥跨境电商有限公司", "宏达报关行",
                      "康源茶业有限公司", "易通国际货运代理有限公司"],
}
BRANDS = {
    "digital_rmb_wallet": ["数字人民币App", "e-CNY", "碰一碰支付", "数币红包", "硬钱包", "子钱包"],
    "pipl_request": ["手机银行", "网上银行", "微信银行", "智能客服小e"],
    "collection_call": ["信用卡", "快贷", "闪电贷", "分期通", "随心贷"],
    "business_card_ocr": ["名片全能王", "扫描宝", "微名片", "云名片"],
    "whistleblower_tip": ["廉洁信箱", "阳光举报平台", "清风热线"],
    "queue_kiosk_log": ["智慧厅堂", "叫号宝", "线上预约取号", "掌上预约"],
    "housing_fund": ["公积金App", "手机公积金", "公积金网厅", "浙里办", "鄂汇办"],
    "gold_purchase": ["如意金", "积存金", "金满堂", "黄金定投", "福禄金条"],
    "beneficiary_change": ["安泰e保", "长青年金", "福佑百万医疗", "国联鑫享"],
    "customs_forex": ["单一窗口", "货物贸易外汇监测系统", "数字外管", "跨境收款宝"],
}
FOREIGN_PARTIES = ["PACIFIC RIM TRADING LLC", "ATLAS HOME GOODS LTD", "GREEN VALLEY FOODS PTY LTD", "NORDHAFEN HANDELS GMBH",
                   "ALMATY STAR LLP", "SAIGON BRIGHT CO., LTD", "MAPLE NORTH DISTRIBUTION INC", "BOSPHORUS TEXTILE A.S.",
                   "SIAM CERAMIC SUPPLY CO.", "KUALA ORIENT SDN BHD"]

CN_UPPER = "零壹贰叁肆伍陆柒捌玖"


def amount(rng):
    x = rng.choice([rng.randrange(20, 800), rng.randrange(300, 9900), rng.randrange(8000, 880000)])
    c = rng.random()
    if c < 0.24:
        return f"{x}元"
    if c < 0.44:
        return f"{x:,}.{rng.randrange(0, 100):02d}"
    if c < 0.56:
        return f"¥{x:,}.{rng.randrange(0, 100):02d}"
    if c < 0.66:
        return f"RMB {x:,}.00"
    if c < 0.74:
        return f"人民币（大写）{CN_UPPER[x % 10]}佰元整" if x < 1000 else f"{x / 10000:.2f}万元"
    if c < 0.86:
        return f"{x}.00元"
    return f"{x}元整"


def fx_amount(rng):
    x = rng.randrange(500, 480000)
    return rng.choice([f"USD{x:,}.00", f"美元 {x:,}.{rng.randrange(100):02d}", f"EUR {x:,}", f"{x:,}美元",
                       f"HKD{x:,}", f"JPY {x * 100:,}", f"英镑{x:,}"])


def date(rng):
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
                       f"{m}月{d}日", f"{y}{m:02d}{d:02d}", f"{y}年{m:02d}月{d:02d}日"])


def dtime(rng):
    y, m, d = rng.choice([2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, se = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    return rng.choice([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{se:02d}", f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{se:02d}.{rng.randrange(1000):03d}Z",
                       f"{y}年{m}月{d}日 {h:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {h}:{mi:02d}:{se:02d}",
                       f"{y}{m:02d}{d:02d} {h:02d}{mi:02d}{se:02d}"])


def ctime(rng):
    return f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def _L(rng, k):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))


def _yr(rng):
    return rng.choice([2024, 2025])


def _d(rng, k):
    return digits(rng, k, "0123456789")


def wallet_no(rng):
    return rng.choice(["0021" + _d(rng, 12), "0031" + _d(rng, 12), "0081 " + _d(rng, 4) + " " + _d(rng, 4) + " " + _d(rng, 4),
                       "W" + _d(rng, 15), "钱包ID:" + _d(rng, 10)])


def hw_sn(rng):
    return rng.choice(["HW" + _d(rng, 10), "SE-" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8)),
                       "SN" + _L(rng, 2) + _d(rng, 6)])


def recon_no(rng):
    return rng.choice([f"DZ{_yr(rng)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{_d(rng, 3)}", "RECON-" + _d(rng, 6),
                       f"第{rng.randrange(1, 9)}轮对账"])


def pipl_no(rng):
    return rng.choice([f"个信受〔{_yr(rng)}〕{rng.randrange(1, 999)}号", f"PI-{_yr(rng)}{rng.randrange(1, 13):02d}-{_d(rng, 4)}",
                       "GRXX" + _d(rng, 8), f"QQ{_yr(rng)}{_d(rng, 5)}"])


def coll_case(rng):
    return rng.choice(["CS" + str(_yr(rng)) + _d(rng, 7), f"M{rng.randrange(1, 7)}-{_d(rng, 6)}", "WW" + _d(rng, 9),
                       f"催字第{rng.randrange(100, 99999)}号"])


def rec_no(rng):
    return rng.choice(["REC-" + _d(rng, 8), "LY" + _d(rng, 10), f"录音{_d(rng, 6)}.wav", "CALL#" + _d(rng, 7)])


def work_no(rng):
    return rng.choice(["E" + _d(rng, 6), "A" + _d(rng, 5), _d(rng, 5), "HR-" + _d(rng, 4), "CS" + _d(rng, 4)])


def ticket(rng):
    return rng.choice("ABCDV") + f"{rng.randrange(1, 300):03d}"


def device_id(rng):
    return rng.choice(["VTM", "STM", "ATM", "CRS", "QMS"]) + "-" + _d(rng, 4) + "-" + f"{rng.randrange(1, 20):02d}"


def gjj_acct(rng):
    return rng.choice([_d(rng, 12), "GJ" + _d(rng, 10), _d(rng, 4) + "-" + _d(rng, 8)])


def unit_acct(rng):
    return rng.choice([_d(rng, 9), "DW" + _d(rng, 8), _d(rng, 10)])


def policy_no(rng):
    return rng.choice(["P" + _d(rng, 15), _d(rng, 20), f"{_L(rng, 3)}{_yr(rng)}{_d(rng, 9)}", "BD" + _d(rng, 12)])


def claim_no(rng):
    return rng.choice(["LP" + str(_yr(rng)) + _d(rng, 8), "CL-" + _d(rng, 9), f"理赔{_d(rng, 7)}号"])


def decl_no(rng):
    return rng.choice([rng.choice(["2201", "3101", "3104", "5301", "4200", "3701"]) + str(_yr(rng)) + "0" + _d(rng, 9),
                       "BGD" + _d(rng, 12)])


def customs_code(rng):
    return rng.choice([_d(rng, 10), _d(rng, 4) + rng.choice("93") + _d(rng, 5)])


def fx_decl_no(rng):
    return rng.choice([_d(rng, 22), "SB" + _d(rng, 16)])


def contract_no(rng):
    return rng.choice([f"HT-{_yr(rng)}-{_d(rng, 4)}", f"CONTRACT NO. {_L(rng, 2)}{_d(rng, 6)}", f"PO{_d(rng, 8)}",
                       f"{_L(rng, 3)}/{_yr(rng)}/{rng.randrange(10, 999)}"])


def invoice_no(rng):
    return rng.choice(["INV" + _d(rng, 8), "CI-" + _d(rng, 6), f"{_L(rng, 2)}{_yr(rng)}{_d(rng, 4)}"])


def gold_bar_no(rng):
    return rng.choice(["AU" + _L(rng, 2) + _d(rng, 6), f"NO.{_d(rng, 7)}", "JT" + _d(rng, 8), f"{_L(rng, 1)}{_d(rng, 6)}{_L(rng, 1)}"])


def pickup_no(rng):
    return rng.choice(["TH" + str(_yr(rng)) + _d(rng, 6), "提" + _d(rng, 8), "PK-" + _d(rng, 7)])


def coin_no(rng):
    return rng.choice(["YY" + _d(rng, 10), f"预约号{_d(rng, 6)}", "JNB" + _d(rng, 7)])


def workorder(rng):
    return rng.choice(["GD" + _d(rng, 10), "WO-" + str(_yr(rng)) + "-" + _d(rng, 5), "INC" + _d(rng, 8), f"工单{_d(rng, 7)}"])


def tip_no(rng):
    return rng.choice([f"举报〔{_yr(rng)}〕第{rng.randrange(1, 99)}号", f"JB-{_yr(rng)}-{_d(rng, 4)}", f"XF{_d(rng, 8)}"])


def gold_price(rng):
    return rng.choice([f"{rng.randrange(520, 780)}.{rng.randrange(100):02d}元/克", f"{rng.randrange(520, 780)}元/g",
                       f"克价{rng.randrange(520, 780)}.{rng.randrange(10):d}"])


def weight(rng):
    return rng.choice([f"{rng.choice([5, 10, 20, 50, 100, 200])}.{rng.randrange(0, 99):02d}g", f"{rng.choice([5, 10, 50, 100])}克",
                       f"{rng.randrange(1, 900)}.{rng.randrange(0, 9)}克"])


def percent(rng):
    return rng.choice(["100%", "50%", "30%", "70%", "40%", "60%", "各50%", "均分"])


def cust_no(rng):
    return rng.choice(["C" + _d(rng, 9), "CIF" + _d(rng, 10), "KH-" + _d(rng, 8), _d(rng, 10)])


def batch_no(rng):
    return rng.choice([f"PC{_yr(rng)}{_d(rng, 6)}", "BATCH_" + _d(rng, 5), f"第{rng.randrange(1, 30)}批", "JOB" + _d(rng, 6)])


def teller_no(rng):
    return rng.choice(["T" + _d(rng, 5), _d(rng, 7), "GY-" + _d(rng, 4)])


def merchant_no(rng):
    return rng.choice(["M" + _d(rng, 14), "102" + _d(rng, 12), "SHH" + _d(rng, 9)])


def terminal_no(rng):
    return rng.choice([_d(rng, 8), "POS" + _d(rng, 6), "T" + _d(rng, 7)])


def order_no(rng):
    return rng.choice(["DD" + _d(rng, 14), _d(rng, 19), "ORD-" + _d(rng, 10), "TB" + _d(rng, 16)])


def vcode(rng):
    return _d(rng, rng.choice([4, 6, 6]))


def postcode(rng):
    return digits(rng, 6, "1234567")


def version(rng):
    return rng.choice([f"v{rng.randrange(1, 10)}.{rng.randrange(0, 20)}.{rng.randrange(0, 50)}", f"Rel-{rng.randrange(100, 999)}",
                       f"ver{rng.randrange(2, 8)}{rng.randrange(10)}"])


def err_code(rng):
    return rng.choice([f"ERR{rng.randrange(1000, 9999)}", f"{rng.choice(['CARD_RETAINED', 'TIMEOUT', 'FACE_FAIL', 'CASH_JAM', 'ID_UNREADABLE', 'OFFLINE'])}",
                       f"错误码{rng.randrange(100, 999)}", f"E-{rng.randrange(10, 99)}{_L(rng, 1)}", f"RC={rng.randrange(10, 99)}"])


def hotline(rng):
    return rng.choice([rng.choice(W.HOTLINES), rng.choice(W.HOTLINES), "400-" + _d(rng, 3) + "-" + _d(rng, 4),
                       "400 " + _d(rng, 3) + " " + _d(rng, 4), "800" + _d(rng, 7)])


def title(rng):
    return rng.choice(W.SURNAMES) + rng.choice(W.TITLES)


def org_address(rng):
    prov, city, dist = _region(rng)
    return rng.choice([f"{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 700)}号{rng.choice(['', '写字楼', 'B座18层', '金融中心9楼', '营业大厅', '产业园3号楼'])}",
                       f"{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 400)}号{rng.choice(['国际大厦', '商务中心', '科技园'])}{rng.randrange(2, 30)}楼",
                       f"{prov}{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 900)}号（{rng.choice(['总部', '分公司', '营业部'])}）"])


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(["", rng.choice(W.REGIONS)[1]]) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分理处", "营业部", "社区支行"])


def sub_branch(rng):
    return rng.choice([rng.choice(W.REGIONS)[1], ""]) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分行", "分理处"])


def org_acct(rng):
    return _d(rng, rng.choice([12, 13, 14, 20, 21]))


def rate(rng):
    return rng.choice([f"{rng.randrange(20, 40) / 10:.2f}%", f"费率{rng.randrange(1, 6) / 10}%", f"千分之{rng.randrange(2, 6)}",
                       f"年利率{rng.randrange(26, 35) / 10}%"])


def area(rng):
    return rng.choice([f"{rng.randrange(45, 160)}.{rng.randrange(10, 99)}㎡", f"{rng.randrange(50, 150)}平方米", f"建筑面积{rng.randrange(60, 140)}㎡"])


def score(rng):
    return rng.choice([f"{rng.randrange(18, 95)}分", f"{rng.randrange(30, 99)}/100", f"C{rng.randrange(1, 6)}"])


REFS = {
    "AMT": ("amount", amount), "FX": ("amount", fx_amount), "DATE": ("date", date), "DT": ("date", dtime),
    "TIME": ("date", ctime), "WALLET": ("reference", wallet_no), "HWSN": ("reference", hw_sn),
    "RECON": ("reference", recon_no), "PIPL": ("reference", pipl_no), "COLL": ("reference", coll_case),
    "REC": ("reference", rec_no), "WORKNO": ("reference", work_no), "TICKET": ("reference", ticket),
    "DEV": ("terminal", device_id), "GJJ": ("reference", gjj_acct), "UACCT": ("reference", unit_acct),
    "POLICY": ("reference", policy_no), "CLAIM": ("reference", claim_no), "DECL": ("reference", decl_no),
    "CCODE": ("reference", customs_code), "FXDECL": ("reference", fx_decl_no), "CONTRACT": ("reference", contract_no),
    "INV": ("reference", invoice_no), "BAR": ("reference", gold_bar_no), "PICKUP": ("reference", pickup_no),
    "COIN": ("reference", coin_no), "WO": ("reference", workorder), "TIP": ("reference", tip_no),
    "PRICE": ("amount", gold_price), "WEIGHT": ("amount", weight), "PCT": ("amount", percent),
    "CUST": ("reference", cust_no), "BATCH": ("reference", batch_no), "TELLER": ("reference", teller_no),
    "MERCH": ("merchant", merchant_no), "TERM": ("terminal", terminal_no), "ORDER": ("reference", order_no),
    "CODE": ("code", vcode), "POST": ("postcode", postcode), "VER": ("version", version), "ERR": ("code", err_code),
    "HOT": ("hotline", hotline), "TITLE": ("title", title), "ORGADDR": ("org_address", org_address),
    "BRANCH": ("org", branch), "SUBBR": ("org", sub_branch), "OACCT": ("reference", org_acct),
    "RATE": ("amount", rate), "SCORE": ("amount", score), "AREA": ("amount", area),
}
SIMPLE = {
    "COUNTRY": ("country", lambda r: r.choice(W.COUNTRIES)), "PORT": ("country", lambda r: r.choice(W.PORTS)),
    "PET": ("pet_name", lambda r: r.choice(W.PET_NAMES)), "BANK": ("org", lambda r: r.choice(W.BANKS)),
    "NUM": ("amount", lambda r: str(r.randrange(2, 60))), "SMALL": ("amount", lambda r: str(r.randrange(1, 9))),
    "NICK": ("nickname", lambda r: r.choice(W.NICKS)), "EMO": ("emoji", lambda r: r.choice(W.EMOJI)),
    "DEPT": ("org", lambda r: r.choice(W.DEPTS)), "MISC": ("reference", lambda r: r.choice(W.MISCONDUCTS)),
    "GOODS": ("reference", lambda r: r.choice(W.GOODS)), "HS": ("reference", lambda r: r.choice(W.HS_CODES)),
    "TERMS": ("reference", lambda r: r.choice(W.TRADE_TERMS)), "FOREIGN": ("org", lambda r: r.choice(FOREIGN_PARTIES)),
    "INSURER": ("org", lambda r: r.choice(W.INSURERS)), "REL": ("reference", lambda r: r.choice(W.RELATIONS)),
    "GOLD": ("reference", lambda r: r.choice(W.GOLD_ITEMS)), "COINNAME": ("reference", lambda r: r.choice(W.COINS)),
    "WINDOW": ("reference", lambda r: r.choice(W.WINDOW_NAMES)), "BIZ": ("reference", lambda r: r.choice(W.BIZ_TYPES)),
    "DEVTYPE": ("terminal", lambda r: r.choice(W.DEVICES)),
}

# ---------------------------------------------------------------- template language

CHOICE_RE = re.compile(r"\{([^{}]*)\}")
SLOT_RE = re.compile(r"<([A-Z]+)(?::(\w+))?>")
HON_TITLES = ["先生", "女士", "经理", "老师", "阿姨", "师傅", "总", "主任", "同志"]


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


def pick(b: Builder, *opts):
    say(b, b.rng.choice(opts))


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
    if kind == "HON":  # surname + a fixed title of a known person: never PERSON
        p = person(b, var)
        sur = p.name[:2] if p.name[:2] in W.COMPOUND_SURNAMES else p.name[0]
        if sur not in W.SURNAMES and sur not in W.COMPOUND_SURNAMES:
            sur = rng.choice(W.SURNAMES)
        key = ("HON", var)
        if key not in b.vars:
            b.vars[key] = sur + rng.choice(HON_TITLES)
        b.neg(b.vars[key], "name_title")
        return
    if kind == "DOC":
        key = ("DOC", var)
        if var and key in b.vars:
            kind = b.vars[key]
        else:
            kind = rng.choice(["ID"] * 6 + ["PERMIT", "PASS"])
            if var:
                b.vars[key] = kind
    if kind in PERSONAL:
        label, mk, ng = PERSONAL[kind]
        key = (kind, var)
        if var and key in b.vars:
            real, s, nk = b.vars[key]
        else:
            real = b.real()
            if real:
                s, nk = (work_email(rng, b.domain) if kind == "WMAIL" else mk(rng)), None
            else:
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
            elif b.ocr and label == "ADDRESS" and rng.random() < 0.35:
                s = ocr_space(rng, s, None)
            b.v(s, label)
        else:
            b.neg(s, nk)
        return
    if kind in REFS:
        nk, fn = REFS[kind]
        s = draw(rng, fn)
        if b.ocr and nk in ("date", "amount", "reference") and "0" in s and rng.random() < 0.4:
            s2 = "".join("O" if ch == "0" and rng.random() < 0.5 else ch for ch in s)
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
    """fields: (label alternatives, value expression, english key)."""
    rng = b.rng
    fs = prep_fields(rng, fields)
    style = style or rng.choice(["kv", "kv", "bracket", "semi", "num", "prose", "ascii", "pipe", "json", "ocr", "space",
                                 "kvlog", "md"])
    if title:
        if style == "ascii":
            b.t("## " + resolve(rng, title) + "\n")
        elif style == "ocr":
            b.t(ocr_label(rng, resolve(rng, title)) + rng.choice(["\n", "\n\n", " \n"]))
        else:
            say(b, rng.choice(["{title}\n", "【{title}】\n", "{title}\n", "——{title}——\n", "{title}\n\n"]).replace("{title}", title))
    labs = [(_labels(rng, f[0]), f[1], (f[2] if len(f) > 2 else _labels(rng, f[0]))) for f in fs]
    if style == "kv":
        sep = rng.choice(["：", "：", ":", "： ", ": ", "："])
        for lab, e, _ in labs:
            b.t(lab + sep); say(b, e); b.t("\n")
    elif style == "bracket":
        br = rng.choice([("【", "】"), ("[", "]"), ("〖", "〗"), ("「", "」")])
        for lab, e, _ in labs:
            b.t(br[0] + lab + br[1]); say(b, e); b.t("\n")
    elif style == "semi":
        for k, (lab, e, _) in enumerate(labs):
            b.t(lab + rng.choice(["：", ":"])); say(b, e); b.t("；" if k < len(labs) - 1 else "。\n")
    elif style == "num":
        nf = rng.choice(["{i}. ", "{i}、", "({i}) ", "{c}、", "第{i}项 "])
        for k, (lab, e, _) in enumerate(labs):
            b.t(nf.replace("{i}", str(k + 1)).replace("{c}", CN_NUM[k % 10]) + lab + "："); say(b, e); b.t("\n")
    elif style == "prose":
        for k, (lab, e, _) in enumerate(labs):
            b.t(lab + rng.choice(["为", "是", "：", "系"])); say(b, e); b.t("，" if k < len(labs) - 1 else "。\n")
    elif style == "ascii":
        for lab, e, en in labs:
            b.t(en + rng.choice([": ", ": ", " = ", " -> "])); say(b, e); b.t("\n")
    elif style == "pipe":
        b.t(" | ".join(l for l, _, _ in labs) + "\n")
        for k, (lab, e, _) in enumerate(labs):
            say(b, e); b.t(" | " if k < len(labs) - 1 else "\n")
    elif style == "md":
        b.t("| 项目 | 内容 |\n|---|---|\n")
        for lab, e, _ in labs:
            b.t("| " + lab + " | "); say(b, e); b.t(" |\n")
    elif style == "json":
        b.t("{")
        for k, (lab, e, en) in enumerate(labs):
            b.t(f'"{en}":"'); say(b, e); b.t('"' + ("," if k < len(labs) - 1 else ""))
        b.t("}\n")
    elif style == "kvlog":
        b.t(rng.choice(["[INFO] ", "[trace] ", "lvl=INFO ", ""]))
        for k, (lab, e, en) in enumerate(labs):
            b.t(f"{en}="); say(b, e); b.t(rng.choice([" ", " ", "&"]) if k < len(labs) - 1 else "\n")
    elif style == "ocr":
        for lab, e, _ in labs:
            b.t(ocr_label(rng, lab))
            b.t(rng.choice(["：", ":", " ", "：\n", "\n", "  ", "： "]))
            b.ocr = True
            say(b, e)
            b.ocr = False
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
    style = style or rng.choice(["md", "csv", "tsv", "pipe", "list", "csv"])
    base = rng.randrange(1000)

    def cell(e, i):
        if e == "#":
            b.t(str(i + 1))
        elif style == "csv" and any(x in e for x in ("<AMT>", "<FX>", "<RATE>")):
            b.t('"'); say(b, e); b.t('"')
        else:
            say(b, re.sub(r"<([A-Z]+):(r[a-z]?)>", lambda m: f"<{m.group(1)}:{m.group(2)}{base}x{i}>", e))

    use_en = style in ("csv", "tsv") and rng.random() < 0.35
    hdr = [c[2] if use_en else c[0] for c in cols]
    if style == "md":
        b.t("| " + " | ".join(hdr) + " |\n|" + "|".join(rng.choice(["---", ":---", "---:"]) for _ in cols) + "|\n")
        for i in range(nrows):
            b.t("| ")
            for k, c in enumerate(cols):
                cell(c[1], i); b.t(" | " if k < len(cols) - 1 else " |\n")
    elif style in ("csv", "tsv", "pipe"):
        sep = {"csv": ",", "tsv": "\t", "pipe": "|"}[style]
        b.t(sep.join(hdr) + "\n")
        for i in range(nrows):
            for k, c in enumerate(cols):
                cell(c[1], i); b.t(sep if k < len(cols) - 1 else "\n")
    else:  # list
        sep = rng.choice(["，", "  ", "；", " | ", "、"])
        show = rng.random() < 0.5
        body = [c for c in cols if c[1] != "#"]
        for i in range(nrows):
            b.t(rng.choice([f"{i + 1}、", f"{i + 1}. ", f"({i + 1})", "· "]))
            for k, c in enumerate(body):
                if k:
                    b.t(sep)
                    if show:
                        b.t(c[0] + "：")
                cell(c[1], i)
            b.t("\n")


def chat(b: Builder, turns, start=None):
    """turns: list of (speaker_expr, text_expr); seven line styles."""
    rng = b.rng
    h, m = (start or (rng.randrange(7, 22), rng.randrange(60)))
    style = rng.choice(["a", "b", "c", "d", "e", "f", "g"])
    day = f"{rng.choice([2024, 2025])}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    cache: dict = {}
    for sp, tx in turns:
        sp = cache.setdefault(sp, resolve(rng, sp))
        m += rng.randrange(0, 7)
        if m >= 60:
            h, m = h + 1, m - 60
        t = f"{h % 24:02d}:{m:02d}"
        if style == "a":
            say(b, sp); b.t(f" {day} {t}:{rng.randrange(60):02d}\n"); say(b, tx); b.t("\n\n")
        elif style == "b":
            b.t("["); say(b, sp); b.t(f" {t}] "); say(b, tx); b.t("\n")
        elif style == "c":
            say(b, sp); b.t("> "); say(b, tx); b.t("\n")
        elif style == "d":
            b.t(f"{t}:{rng.randrange(60):02d} 【"); say(b, sp); b.t("】"); say(b, tx); b.t("\n")
        elif style == "e":
            b.t("— "); say(b, sp); b.t(" 说："); say(b, tx); b.t("\n")
        elif style == "f":
            say(b, sp); b.t(f"（{t}）:\n  "); say(b, tx); b.t("\n")
        else:
            b.t(f"{t} "); say(b, sp); b.t("："); say(b, tx); b.t("\n")


def transcript(b: Builder, turns, roles=("坐席", "客户")):
    """Call recording transcript: turns (role index or speaker expression, text)."""
    rng = b.rng
    style = rng.choice(["ts", "ts", "plain", "ab", "srt"])
    roles = tuple(resolve(rng, r) for r in roles)
    sec = rng.randrange(0, 8)
    for k, (who, tx) in enumerate(turns):
        sp = roles[who] if isinstance(who, int) else who
        sec += rng.randrange(3, 25)
        stamp = f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
        if style == "ts":
            b.t(f"[{stamp}] "); say(b, sp); b.t("："); say(b, tx); b.t("\n")
        elif style == "plain":
            say(b, sp); b.t("："); say(b, tx); b.t("\n")
        elif style == "ab":
            b.t(("A" if (who == 0 if isinstance(who, int) else k % 2 == 0) else "B") + "（"); say(b, sp); b.t("）: "); say(b, tx); b.t("\n")
        else:
            dur = sec + rng.randrange(2, 9)
            end = f"{dur // 3600:02d}:{dur // 60 % 60:02d}:{dur % 60:02d}"
            b.t(f"{k + 1}\n{stamp},{rng.randrange(1000):03d} --> {end},{rng.randrange(1000):03d}\n"); say(b, sp); b.t("："); say(b, tx); b.t("\n\n")


def jline(b: Builder, pairs):
    """One JSON object: pairs of (key, value expression); braces written literally."""
    b.t("{")
    for k, (key, e) in enumerate(pairs):
        b.t(f'"{key}":"'); say(b, e); b.t('"' + ("," if k < len(pairs) - 1 else ""))
    b.t("}\n")


# ---------------------------------------------------------------- genres

def g_digital_rmb_wallet(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("申请人|钱包持有人", "<NAME:a>", "holder"), ("证件类型", "{居民身份证|护照|港澳居民来往内地通行证}", "doc_type"),
                 ("证件号码", "<DOC:a>", "doc_no"), ("手机号码|注册手机号", "<MOB:a>", "mobile"),
                 ("钱包等级", "{四类钱包升级为二类钱包|三类升二类|开立一类钱包}", "level"),
                 ("钱包编号|钱包ID", "<WALLET>", "wallet_id"), ("运营机构", "<BANK>", "operator"),
                 ("绑定银行卡", "<CARD:a>", "bind_card"), ("单笔支付限额", "<AMT>", "limit"),
                 ("申请渠道", "{<BRAND>|网点柜面|手机银行}", "channel"), ("设备登录IP", "<IP:a>", "login_ip"),
                 ("申请时间", "<DT>", "apply_time")],
             title="{数字人民币钱包升级申请表|数字人民币个人钱包开立登记|e-CNY 钱包实名升级申请}")
        pick(b, "本人已阅读《数字人民币钱包服务协议》，{知悉|明确}钱包余额不计付利息，{同意|授权}运营机构核验身份信息。",
             "温馨提示：钱包{升级|开立}后，余额上限和单日支付限额随之{提高|调整}；{万一|如}手机丢失，请{马上|立即}致电<HOT>挂失。",
             "{经办|受理}柜员<TELLER>  {复核|授权}<TITLE>")
    elif k == 1:
        say(b, "{硬钱包领取登记表|数字人民币硬钱包发放台账|可视卡硬钱包领取签收单}  {网点|领取网点}：<BRANCH>\n")
        table(b, [("领取人", "<NAME:r>", "receiver"), ("证件号码|身份证号", "<ID:r>", "id_no"), ("联系电话", "<MOB:r>", "phone"),
                  ("硬钱包形态", "{可视卡|手环|手表|老年卡|学生卡}", "form"), ("硬件序列号", "<HWSN>", "hw_sn"),
                  ("预充值", "<AMT>", "topup"), ("领取日期", "<DATE>", "date")],
              rng.randrange(2, 6), numbered=rng.random() < 0.5)
        pick(b, "备注：{老年客户|行动不便客户}可由{家属|子女}代领，代领人<NAME:p>须出示{身份证|本人证件}<ID:p>。",
             "发放人：<NAME:s>  {核对|复核}：<TITLE>  {共|合计}发放<NUM>{张|个}",
             "{硬钱包|可视卡}无需联网即可{碰一碰|贴一贴}支付，{不计息|余额不计息}，{遗失|丢失}不挂失。")
    elif k == 2:
        say(b, "{<ORG>|全市}数字人民币消费红包{中签名单|第<SMALL>期中签结果}（{内部核对版，请勿外传|系统导出原始数据}）\n"
               "{活动|批次}编号：<BATCH>  {抽签|开奖}时间：<DT>\n")
        table(b, [("姓名|中签人", "<NAME:r>", "winner"), ("手机号|预约手机号", "<MOB:r>", "mobile"),
                  ("红包金额", "{<AMT>|88元|188元|50元}", "amount"), ("钱包ID|收款钱包", "<WALLET>", "wallet"),
                  ("领取状态", "{已领取|未领取|已过期|已使用}", "status")],
              rng.randrange(3, 7), style=rng.choice(["csv", "tsv", "md", "list", "pipe"]))
        pick(b, "公示版{须|应}将姓名{显示为|处理为}王*明、手机号{显示为|处理为}138****5678格式。红包有效期至<DATE>，{过期|逾期}自动收回。",
             "红包仅限在{本市|指定}商户使用，{不可|不能}转账、{不可|不能}提现；{咨询|客服}电话<HOT>。",
             "{中签率|本期中签率}约<NUM>%，{周末|节假日}{消费|使用}高峰{期间|时段}请耐心等待支付结果。")
    elif k == 3:
        say(b, "钱包互转{纠纷|争议}{处理记录|登记}  {工单|编号}<WO>\n")
        say(b, "{来电|来访}{客户|人}：<NAME:a>，{回拨|联系}电话<MOB:a>\n"
               "{诉求|情况}：客户称其于<DT>通过<BRAND>向钱包<WALLET>转账<AMT>，{收款方|对方}{显示|昵称}为“<NAME:b>”，"
               "{事后|随后}发现{转错了人|对方是冒充的房东|被骗}，{要求|请求}{退回|冻结对方钱包}。\n"
               "{核实|处理}：{经查|经核实}，该笔交易{已成功|已完成}，{收款钱包|对方钱包}{实名|开立}于<BANK>，"
               "{已|将}联系运营机构{协商|协调}退回；{同时|并}告知客户{马上|尽快}报警（{报警回执|受案回执}号<WO>）。\n"
               "{客户|申请人}{身份证号|证件号码}<ID:a>，{常住|现住}地址<ADDR:a>。\n{处理人|经办人}：<NAME:s>  <DATE>")
    elif k == 4:
        form(b, [("商户名称", "<ORG>", "merchant_name"), ("商户编号", "<MERCH>", "merchant_no"),
                 ("营业执照号|统一社会信用代码", "<USCC:m>", "uscc"), ("经营者姓名|法定代表人", "<NAME:a>", "owner"),
                 ("经营者身份证", "<ID:a>", "owner_id"), ("联系手机", "<MOB:a>", "mobile"),
                 ("经营地址", "<ORGADDR>", "shop_address"), ("结算账户", "<CARD:a>", "settle_account"),
                 ("收款码类型", "{静态码|动态码|碰一碰标签}", "code_type"), ("终端号", "<TERM>", "terminal"),
                 ("手续费", "{免收|<RATE>}", "fee"), ("签约日期", "<DATE>", "sign_date")],
             title="{数字人民币商户收款码签约申请|商户受理数字人民币签约表}")
        pick(b, "商户承诺{不得|不}{出租|出借}收款码，{不得|不}{套现|虚构交易}；{违反|如有违反}运营机构有权{暂停|终止}服务。",
             "客户经理：<NAME:s>  {联系|服务}电话<HOT>  {回访|复核}：<TITLE>",
             "{附|随附}：营业执照复印件、经营者身份证复印件、门头照片<SMALL>张。")
    else:
        style = rng.choice(["kv", "json"])
        say(b, "{运营机构对账日志|e-CNY 日终对账 recon.log|数字人民币对账明细} <RECON>\n")
        for _ in range(rng.randrange(3, 6)):
            if style == "kv":
                say(b, "<DT> [RECON] batch=<BATCH> wallet=<WALLET> merchant=<MERCH> amt=<AMT> "
                       "payer=<NAME:r> mobile=<MOB:r> status={MATCH|MATCH|LONG|SHORT|PENDING}\n")
            else:
                jline(b, [("ts", "<DT>"), ("walletId", "<WALLET>"), ("payerName", "<NAME:r>"), ("payerMobile", "<MOB:r>"),
                          ("amount", "<AMT>"), ("term", "<TERM>"), ("result", "{MATCH|DIFF|MATCH|RETRY}")])
            b.forget("r")
        pick(b, "summary: total=<NUM> match=<NUM> diff=<NUM> 差错{金额|合计}<AMT>",
             "{差错|不平}{明细|记录}已{推送|转交}<ORG>{核对|处理}，{时效|要求}T+1。", "# end of file <VER>")


def g_pipl_request(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    law = rng.choice(["第四十四条", "第四十五条", "第四十六条", "第四十七条"])
    kind = rng.choice(["查阅、复制", "更正", "删除", "查询"])
    if k == 0:
        say(b, "个人信息{" + kind + "}申请书\n\n{致|To}：<BANK><SUBBR>\n\n"
               "    申请人<NAME:a>，{公民身份号码|身份证号码}<ID:a>，{联系电话|手机}<MOB:a>，{电子邮箱|邮箱}<MAIL:a>，"
               "{通讯地址|联系地址}<ADDR:a>。\n    依据《中华人民共和国个人信息保护法》" + law + "，本人{请求|申请}贵行"
               "{" + kind + "}以下个人信息：\n"
               "    1. 贵行{留存|保存}的本人{开户资料|账户信息}及身份证件影像；\n"
               "    2. 本人尾号{<SMALL><SMALL><SMALL><SMALL>|的账户}近<NUM>个月的{营销|外呼}{通话录音|记录}；\n"
               "    3. {本人手机号被用于营销推送的授权记录|第三方合作机构共享本人信息的清单}。\n"
               "    {请|烦请}于法定期限内{书面|以邮件方式}答复。\n\n申请人（签字）：<NAME:a>\n<DATE>")
    elif k == 1:
        form(b, [("受理编号", "<PIPL>", "receipt_no"), ("申请人", "<NAME:a>", "applicant"), ("证件号码", "<DOC:a>", "doc_no"),
                 ("申请类型", "{" + kind + "|撤回同意|注销账户}", "type"), ("受理渠道", "{柜面|<BRAND>|邮寄|客服热线}", "channel"),
                 ("受理日期", "<DATE>", "date"), ("答复期限", "{15个工作日|自受理之日起15日内|30日}", "deadline"),
                 ("联系方式", "<MOB:a>", "contact"), ("受理人", "<NAME:s>", "handler"), ("咨询电话", "<HOT>", "hotline")],
             title="{个人信息权利请求受理回执|受理回执（客户联）}")
        pick(b, "请妥善保管本回执，凭受理编号{查询|了解}办理进度。{任何|本行}工作人员不会{要求|向您索要}您提供{短信验证码|密码}。",
             "本回执一式两联，{第一联|客户联}交申请人，{第二联|存根联}由<ORG>留存。", "")
    elif k == 2:
        say(b, "{申请人身份核实记录|身份核验记录表}  <PIPL>\n")
        form(b, [("核实方式", "{柜面核验|视频核验|电话回访|联网核查+人脸识别}", "method"), ("申请人", "<NAME:a>", "applicant"),
                 ("申请书所留手机", "<MOB:a>", "mobile_form"), ("系统预留手机", "<MOB:b>", "mobile_core"),
                 ("证件号码", "<ID:a>", "id_no"), ("网上提交IP", "<IP:a>", "submit_ip"),
                 ("核实结果", "{一致|手机号不一致，已要求补充材料|一致，为本人申请|非本人申请，终止办理}", "result"),
                 ("核实人", "<NAME:s>", "verifier"), ("核实时间", "<DT>", "time")], style=rng.choice(["kv", "md", "space", "ocr", "bracket"]))
        pick(b, "说明：{代理人|委托代理人}<NAME:p>{提交|出示}了授权委托书，{代理人证件|其证件}<DOC:p>，{已|经}核对原件。",
             "{备注|补充}：{客户|申请人}{称|表示}原手机号已{停用|注销}，{新|现用}号码以申请书为准。", "")
    elif k == 3:
        say(b, "{答复函|关于个人信息" + kind + "申请的答复}\n\n<HON:a>：\n"
               "    您于<DATE>提交的个人信息{" + kind + "}申请（受理编号<PIPL>）{已办结|现答复如下}。\n"
               "    经核查，我行{目前|现}保存的您的个人信息包括：姓名<NAME:a>、证件号码<ID:a>、手机号码<MOB:a>、"
               "{居住地址|通讯地址}<ADDR:a>{、电子邮箱<MAIL:a>|}，以及{账户交易记录|授信审批资料}。\n"
               "    {对于您要求删除的部分|关于删除请求}，因{《中华人民共和国反洗钱法》规定的客户身份资料保存期限尚未届满|相关账户尚未销户}，"
               "我行{将停止除存储和采取必要安全保护措施之外的处理|暂无法删除，已停止用于营销}。\n"
               "    如有异议，可{致电|拨打}<HOT>或{向|联系}<ORG>反映。\n\n<BANK><SUBBR>\n<DATE>")
    elif k == 4:
        say(b, "{个人信息请求内部流转单|客户信息权利请求流转单}  {编号|No.}<PIPL>\n申请人：<NAME:a>  {类型|请求}：" + kind + "\n")
        table(b, [("环节", "{受理|核实身份|数据检索|法务审核|签发答复|归档}", "step"), ("部门", "<DEPT>", "dept"),
                  ("处理人", "<NAME:r>", "handler"), ("时间", "<DT>", "time"),
                  ("意见", "{同意|已检索|需补充授权书|请加急|退回重办|已完成}", "note")],
              rng.randrange(3, 6), style=rng.choice(["pipe", "md", "tsv", "list"]))
        pick(b, "{流转时限|时限要求}：{自受理起|}15个工作日内办结，{剩余|还剩}<NUM>天。", "抄送：<ORG>")
    else:
        say(b, "{个人信息请求逾期处理台账|逾期未答复请求清单}（{统计截至|截至}<DATE>）\n")
        table(b, [("受理编号", "<PIPL>", "receipt"), ("申请人", "<NAME:r>", "applicant"), ("联系电话", "<MOB:r>", "phone"),
                  ("请求类型", "{查阅|复制|更正|删除|撤回同意}", "type"), ("受理日", "<DATE>", "accepted"),
                  ("逾期天数", "<NUM>", "overdue_days"), ("责任部门", "<DEPT>", "dept")],
              rng.randrange(3, 7), style=rng.choice(["md", "csv", "tsv", "pipe"]))
        pick(b, "{请|要求}各责任部门{马上|于三个工作日内}{说明原因|办结并反馈}，{逾期|超时}情况{纳入|计入}{季度|年度}{考核|合规检查}。",
             "{附注|注}：{客户|申请人}已向<ORG>{投诉|反映}的，{优先|加急}处理。")


def g_collection_call(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    prod = rng.choice(["信用卡", "消费贷", "<BRAND>", "分期"])
    if k == 0:
        say(b, "{催收电话录音转写|外呼录音ASR转写结果|通话转写}  录音编号<REC>  {案件|案件号}<COLL>\n")
        transcript(b, [
            (0, "您好，请问是<NAME:a>{本人|}吗？"),
            (1, "{是我|我是|嗯，你哪位}。"),
            (0, "我是<BANK>{信用卡中心|个贷中心}的{工作人员|客服}<NAME:s>，工号<WORKNO>，本次通话{会被|将被}录音。"
                "{您尾号<SMALL><SMALL><SMALL><SMALL>的|您名下的|您的}" + prod + "已逾期<NUM>天，{当前|目前}欠款<AMT>。"),
            (1, "{这个月|最近}{手头|资金}{紧|周转不开}，{能不能|可以}{晚几天|下周再还}？"),
            (0, "{为核实身份|核对一下}，{请|麻烦}您报一下身份证{后四位|号码}。"),
            (1, "{<ID:a>|后四位是<SMALL><SMALL><SMALL><SMALL>}。"),
            (0, "好的，{那您|您}{最晚|最迟}哪天{能|可以}还{最低还款额|一部分}？"),
            (1, "<DATE>{之前|前}{吧|应该可以}，{先还|还}<AMT>。{你们|你}{别|不要}{再打|打}我{单位|家里}电话了。"),
            (0, "{好的|明白}，{已为您|给您}记录承诺还款。{提醒您|请注意}，{我们|我行}不会要求您转账到个人账户，{还款|请}{只|仅}通过官方渠道。"),
        ], roles=("坐席", "{客户|持卡人|<HON:a>}"))
    elif k == 1:
        form(b, [("案件号", "<COLL>", "case_no"), ("持卡人|借款人", "<NAME:a>", "debtor"), ("卡号|借据账号", "<CARD:a>", "card_no"),
                 ("逾期阶段", "{M1|M2|M3|M4+}", "bucket"), ("逾期金额", "<AMT>", "overdue_amt"),
                 ("承诺还款日", "<DATE>", "ptp_date"), ("承诺金额", "<AMT>", "ptp_amt"),
                 ("联系方式|接通号码", "<MOB:a>", "contact"), ("录音编号", "<REC>", "rec"),
                 ("坐席", "<NAME:s>", "agent"), ("备注", "{客户情绪平稳|客户称失业|客户要求分期|客户配合}", "note")],
             title="{承诺还款记录|PTP登记}")
        pick(b, "{系统|}将于承诺日{前一天|当天}{发送|推送}提醒短信；{未履约|爽约}{转入|升级}下一阶段。",
             "{跟进|复核}：<TITLE>  {登记|记录}时间<DT>")
    elif k == 2:
        say(b, "{联系人核实记录|紧急联系人核实表}  债务人：<NAME:a>  案件<COLL>\n")
        table(b, [("联系人", "<NAME:r>", "contact"), ("关系", "<REL>", "relation"), ("电话", "{<MOB:r>|<TEL:r>}", "phone"),
                  ("核实结果", "{接通，认识本人|空号|拒接|接通，称已多年未联系|接通，答应转告|关机}", "result"),
                  ("核实时间", "<DT>", "time")],
              rng.randrange(2, 5), style=rng.choice(["md", "pipe", "list", "tsv"]))
        pick(b, "{合规提示|注意}：{不得|严禁}向联系人{透露|告知}欠款{金额|细节}，{仅可|只能}{请其|委托}转告{回电|联系}。",
             "{核实人|坐席}<NAME:s>  {质检|复核}<TITLE>")
    elif k == 3:
        say(b, "{停催申请|暂缓催收申请书|个性化分期及停催申请}\n\n{尊敬的|致}<BANK>{信用卡中心|个贷部门}：\n"
               "    本人<NAME:a>，身份证号<ID:a>，{持有|在贵行办理}" + prod + "（{卡号|账号}<CARD:a>）。因{本人<DATE>突发疾病住院|家中老人病重需长期照料|"
               "所在公司倒闭失业|遭遇车祸无法工作}，{暂时|目前}无力{按期|足额}还款。\n"
               "    {恳请|申请}贵行{暂停|停止}{上门及电话|第三方}催收，{并|同时}{办理|同意}{个性化分期|<NUM>期还款计划}。"
               "{附|随信附上}：{诊断证明|失业证明|住院记录}<SMALL>份。\n"
               "    联系电话<MOB:a>，{邮寄|通讯}地址<ADDR:a>。\n\n申请人：<NAME:a>\n<DATE>")
    elif k == 4:
        form(b, [("投诉编号|工单号", "<WO>", "ticket"), ("投诉人", "<NAME:a>", "complainant"), ("来电号码", "<MOB:a>", "caller"),
                 ("被投诉方", "{<ORG>|委外机构}", "target"), ("被投诉人员", "{<NAME:x>|工号<WORKNO>}", "agent"),
                 ("投诉内容", "{催收人员夜间{十一点|凌晨}多次来电|向客户{同事|亲属}透露欠款|言语辱骂威胁|冒充{公检法|律师}}", "content"),
                 ("客户诉求", "{道歉并停止骚扰|更换催收机构|减免违约金}", "demand"), ("转办部门", "<DEPT>", "to_dept"),
                 ("办结时限", "<DATE>", "due"), ("受理人", "<NAME:s>", "handler")],
             title="{催收投诉转办单|客户投诉转办}")
        pick(b, "{处理要求|要求}：{马上|立即}{调取|核查}录音<REC>，{二个|两个}工作日内{回复|反馈}客户。",
             "{客户|投诉人}{称|表示}{若|如}不处理将向<HOT>{投诉|反映}。")
    else:
        form(b, [("外访日期", "<DATE>", "visit_date"), ("外访人员", "<NAME:s>、<NAME:t>", "visitors"), ("债务人", "<NAME:a>", "debtor"),
                 ("外访地址", "<ADDR:a>", "address"), ("见面对象", "{本人|<REL><NAME:c>|物业|邻居|无人}", "met"),
                 ("车辆情况", "{名下车辆<PLATE:a>停于小区|未见车辆|车辆<PLATE:a>已抵押}", "vehicle"),
                 ("现场情况", "{房屋有人居住，敲门无人应答|本人在家，表示月底还款|已搬离，邻居称去向不明|门上贴有法院查封公告}", "situation"),
                 ("下一步", "{继续电话跟进|转法务诉讼|申请支付令|安排二次外访}", "next")],
             title="{外访报告|上门催收外访记录}", style=rng.choice(["kv", "num", "md", "space", "prose"]))
        pick(b, "{外访|现场}照片<SMALL>张已上传，{定位|打卡}：<ORGADDR>{（公司签到点）|}。", "{审核|主管}：<TITLE>")


def _card_company(b: Builder):
    rng = b.rng
    zh, en = rng.choice(W.CARD_COMPANIES)
    b.domain = en.split()[0].lower().replace("&", "") + rng.choice([".com", ".com.cn", ".cn", "-group.com"])
    return zh, en


def ocr_lines(b: Builder, lines):
    """Business-card style OCR: lines of (label or '', value expression), broken spacing, stray marks."""
    rng = b.rng
    for lab, e in lines:
        if lab:
            lab = ocr_label(rng, resolve(rng, lab))
            b.t(lab + rng.choice(["：", ":", " ", "  ", "\n", "：", "| "]))
        b.ocr = True
        say(b, e)
        b.ocr = False
        b.t(rng.choice(["\n", "\n", "\n", " \n", "\n\n", "  |\n"]))


def g_business_card_ocr(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        zh, en = _card_company(b)
        jz, je = rng.choice(W.JOB_TITLES)
        say(b, "{[名片识别结果]|OCR >>> 名片正面|扫描结果（置信度<NUM>%）|}\n")
        head = [("", rng.choice(["[LOGO] ", "® ", "◆ ", ""]) + zh), ("", en)]
        person_lines = [("", "<NAME:a>" + rng.choice(["  ", "\n", " | "]) + jz), ("", je)]
        contact = [("{手机|M|Mob|移动电话}", "<MOB:a>"), ("{直线|T|Tel|电话}", "{<TEL:a>|<HOT>}"),
                   ("{邮箱|E|Email}", "<WMAIL:a>"), ("{地址|A|Add}", "<ORGADDR>"), ("{网址|W|Web}", "www." + b.domain)]
        contact = [c for c in contact if rng.random() > 0.15]
        order = [head, person_lines, contact] if rng.random() < 0.6 else [person_lines, head, contact]
        for part in order:
            ocr_lines(b, part)
        pick(b, rng.choice(W.CARD_SLOGANS), "{微信同号|WeChat同号}", "{背面|反面}：{扫码加好友|二维码}（无法识别）", "")
    elif k == 1:
        say(b, "{工牌OCR|员工工作证识别|胸牌影像识别}  {来源|影像}：<BATCH>\n")
        bank = rng.choice(W.BANKS)
        b.negs["org"] += 2
        ocr_lines(b, [("", bank), ("", "{员 工 证|工作证|STAFF ID}"), ("{姓名|Name}", "<NAME:a>"), ("{部门|Dept}", "<DEPT>"),
                      ("{工号|No.}", "<WORKNO>"), ("", "[照片]"), ("{有效期至|Valid}", "<DATE>"),
                      ("", "{拾到请交还|如拾获请联系}" + bank + "{保卫部|办公室|}，电话<HOT>")])
        pick(b, "{条码|barcode}：<ORDER>", "{识别耗时|耗时}<NUM>ms", "")
    elif k == 2:
        say(b, "{访客门禁卡识别|临时门禁卡 OCR|访客通行证扫描}\n")
        ocr_lines(b, [("", "{访客通行证|VISITOR PASS|临时出入证}"), ("{访客|姓名}", "<NAME:a>"), ("{证件|证件号}", "<DOC:a>"),
                      ("{手机|电话}", "<MOB:a>"), ("{被访人|接待人}", "<NAME:b>（<DEPT>）"),
                      ("{事由|来访事由}", "{业务洽谈|设备维修|面试|送审材料}"), ("{车牌|车辆}", "<PLATE:a>"),
                      ("{有效时间|有效期}", "<DT> 至 <TIME>"), ("{发卡|签发}", "{前台|安保部}<TITLE>")])
        pick(b, "{离开时|离场}请{交还|归还}门禁卡，{遗失|丢失}赔偿<AMT>。", "")
    elif k == 3:
        say(b, "{客户经理名片夹导出|名片夹 export|通讯录导出（名片）} <DATE>  {共|合计}<NUM>条\n")
        table(b, [("姓名|name", "<NAME:r>", "name"), ("公司", "<ORG>", "company"), ("职务", "{总经理|财务经理|采购主管|报关员|执行董事|出纳}", "title"),
                  ("手机", "<MOB:r>", "mobile"), ("电话|座机", "{<TEL:r>|<HOT>}", "tel"), ("邮箱", "<MAIL:r>", "email"),
                  ("公司地址", "<ORGADDR>", "company_address"), ("备注", "{潜在客户|已开户|代发工资|交换名片于展会|<BRAND>导入}", "memo")],
              rng.randrange(2, 6), style=rng.choice(["csv", "csv", "tsv", "md"]))
        pick(b, "{导出|提示}：{本文件含客户信息，仅限本人使用|请勿上传至外部网盘}。", "")
    elif k == 4:
        for i in range(rng.randrange(1, 4)):
            zh, en = _card_company(b)
            jz, je = rng.choice(W.JOB_TITLES)
            b.t("BEGIN:VCARD\nVERSION:" + rng.choice(["3.0", "2.1", "4.0"]) + "\n")
            b.t("N:;"); say(b, f"<NAME:v{i}>"); b.t(";;;\nFN:"); say(b, f"<NAME:v{i}>"); b.t("\n")
            b.t(f"ORG:{zh}\nTITLE:{jz}\n")
            b.t("TEL;TYPE=CELL:"); say(b, f"<MOB:v{i}>"); b.t("\n")
            if rng.random() < 0.6:
                b.t("TEL;TYPE=WORK:"); say(b, "{<TEL:v" + str(i) + ">|<HOT>}"); b.t("\n")
            b.t("EMAIL;TYPE=WORK:"); say(b, f"<WMAIL:v{i}>"); b.t("\n")
            b.t("ADR;TYPE=WORK:;;"); say(b, "<ORGADDR>"); b.t(";;;;\n")
            if rng.random() < 0.35:
                b.t("ADR;TYPE=HOME:;;"); say(b, f"<ADDR:v{i}>"); b.t(";;;;\n")
            b.t(f"NOTE:{rng.choice(['名片扫描导入', '展会交换', '客户介绍', je])}\nEND:VCARD\n")
    else:
        zh, en = _card_company(b)
        jz, je = rng.choice(W.JOB_TITLES)
        b.t('{"code":0,"msg":"success","result":')
        jline(b, [("name", "<NAME:a>"), ("company", zh), ("title", jz + " / " + je), ("mobile", "<MOB:a>"),
                  ("tel", "{<TEL:a>|<HOT>}"), ("email", "<WMAIL:a>"), ("address", "<ORGADDR>"), ("confidence", "0.<NUM>")])
        b.parts[-1] = b.parts[-1].rstrip("\n")
        b.n -= 1
        b.t(',"cost_ms":' + str(rng.randrange(80, 900)) + "}\n")
        pick(b, "{识别|解析}引擎 <VER>", "")


def g_whistleblower_tip(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{举报信|实名举报信|关于<NAME:x>违规问题的举报}\n\n{尊敬的纪委领导|尊敬的行领导|纪检监察部门}：\n"
               "    我是<BRANCH>的{员工|客户|前员工}，{现|特此}{实名|}举报<DEPT>{客户经理|理财经理|柜员}<NAME:x>（工号<WORKNO>）<MISC>。\n"
               "    <DATE>，<NAME:x>{让|要求}客户<NAME:c>在空白{单据|业务凭证}上签字，{随后|事后}将<AMT>{转入|划至}其{亲属|表弟}<NAME:y>名下"
               "{账户|银行卡}<CARD:y>。{我|本人}{手里|这里}有{转账截图|聊天记录|录音}可以{证明|作证}。\n"
               "    {希望|恳请}组织{尽快|认真}{调查|核实}，{并|同时}对举报人信息{保密|严格保密}。\n\n"
               "举报人：<NAME:a>\n联系电话：<MOB:a>{\n邮箱：<MAIL:a>|}\n<DATE>")
    elif k == 1:
        form(b, [("登记编号", "<TIP>", "tip_no"), ("举报渠道", "{廉洁信箱|<BRAND>|来信|来电|当面}", "channel"),
                 ("举报人", "{匿名|<NAME:a>}", "reporter"), ("举报人联系方式", "{未留|<MOB:a>|<MAIL:a>}", "reporter_contact"),
                 ("被举报人", "<NAME:x>", "accused"), ("所在单位", "<BRANCH>", "unit"), ("职务", "{客户经理|副行长|柜员|信贷员|大堂经理}", "post"),
                 ("举报事项", "<MISC>", "issue"), ("线索材料", "{转账记录|聊天截图|录音|无}", "evidence"),
                 ("登记人", "<NAME:s>", "registrar"), ("登记时间", "<DT>", "time")],
             title="{举报登记表|匿名举报受理登记}")
        pick(b, "{处置建议|拟办意见}：{转<DEPT>初核|列为问题线索|暂存待查|谈话函询}。", "{密级|等级}：{内部|秘密}  {经办|批办}：<TITLE>")
    elif k == 2:
        say(b, "{谈话记录|纪检谈话笔录}\n时间：<DT>\n地点：{本行纪委谈话室|<BRANCH>三楼会议室|监察室}\n"
               "谈话人：<NAME:s>、<NAME:t>  记录人：<NAME:t>\n被谈话人：<NAME:x>，{男|女}，<DEPT>{员工|客户经理}\n\n")
        pick(b, "问：你是否{认识|知道}客户<NAME:c>？\n答：{认识|知道}，{是|他是}我{维护|管户}的客户。\n"
                "问：<DATE>{那笔|这笔}<AMT>为什么{转到|进了}<NAME:y>的卡<CARD:y>？\n答：{那是|是}{借给|帮}{我表哥|朋友}{周转|应急}的，{后来|已经}还了。\n"
                "问：<NAME:y>的{身份证号|证件号}是<ID:y>，{他|她}和你{什么|是什么}关系？\n答：{是我|我}{表弟|妻子|同学}。\n",
             "问：{举报|反映}{称|说}你<MISC>，{是否|有没有}这回事？\n答：{没有|不是这样的}，{我|我们}{只是|就是}{帮客户|给客户}{填了单子|操作了手机银行}。\n"
                "问：客户<NAME:c>{说|称}你{要过|拿过}{他|她}的手机验证码<CODE>？\n答：{那天|当时}{他|她}{不会操作|眼睛看不清}，{是|让}我帮{忙|着}输的。\n")
        pick(b, "以上笔录{已|经}本人{阅看|核对}，{与所述一致|无误}。被谈话人签字：<NAME:x>", "（以下无正文）")
    elif k == 3:
        say(b, "{调查结论报告|关于<TIP>号举报件的调查报告}\n\n一、基本情况\n<NAME:x>，{男|女}，<NUM>岁，{中共党员|群众}，"
               "{身份证号|公民身份号码}<ID:x>，<DATE>入行，现任<BRANCH>{客户经理|理财经理|柜员}。\n"
               "二、调查经过\n{调查组|核查组}{调取|查阅}了<NAME:x>及其{亲属|关系人}<NAME:y>的{账户流水|交易明细}，{约谈|询问}了客户<NAME:c>等<NUM>人。\n"
               "三、认定事实\n{经查|查明}，<NAME:x>{存在|确有}<MISC>{行为|问题}，{涉及|涉案}金额<AMT>；{其余|另有}{反映|举报}问题{查无实据|不属实}。\n"
               "四、处理建议\n{建议|拟}给予<NAME:x>{警告|记过|降级|解除劳动合同}处分，{并|同时}{责令退还|追缴}{违规所得|好处费}。\n\n调查组：<NAME:s>（组长）、<HON:t>\n<DATE>")
    elif k == 4:
        say(b, "{整改通知|关于<BRANCH>违规问题的整改通知书}\n\n<BRANCH>：\n"
               "    {根据|经}<TIP>{号|}举报件{调查|核查}，你{行|单位}{员工|客户经理}<NAME:x>{存在|有}<MISC>{问题|行为}，{暴露出|反映出}"
               "{网点|你行}在{员工行为管理|双录执行|空白凭证管理}方面{严重|明显}{缺失|不足}。现{要求|通知}如下：\n"
               "    1. {马上|立即}{开展|组织}{全员|专项}{排查|自查}，<DATE>前{报送|提交}整改报告；\n"
               "    2. {对|就}涉及客户{逐户|逐一}{回访|走访}，{妥善|及时}{处置|解决}{客户诉求|资金损失}；\n"
               "    3. {网点负责人|行长}{张某|<TITLE>}{作出书面检查|诫勉谈话}。\n"
               "    整改联系人：<NAME:s>，电话<HOT>。\n\n<ORG>\n<DATE>")
    else:
        say(b, "{举报人保护说明|举报人信息保密承诺及登记}\n\n"
               "    {我行|本行}{严格|依规}保护举报人合法权益。举报人{信息|身份}{仅限|只由}<ORG>{专人|指定人员}{掌握|保管}，"
               "{严禁|不得}{泄露|透露}给被举报人或{无关人员|其他部门}；{对|凡}{打击报复|报复}举报人的，{一经查实|一律}{从严|严肃}处理。\n\n")
        form(b, [("举报人姓名", "<NAME:a>", "name"), ("身份证号", "<ID:a>", "id_no"), ("手机", "<MOB:a>", "mobile"),
                 ("{家庭|居住}地址", "<ADDR:a>", "address"), ("{网络举报|平台提交}IP", "<IP:a>", "ip"),
                 ("{希望|要求}{联系|回复}方式", "{电话|邮件<MAIL:a>|不需要回复}", "reply"),
                 ("保护措施", "{信息加密存档|单线联系|不安排与被举报人同班组}", "measures")],
             style=rng.choice(["kv", "bracket", "md", "space", "num"]))
        pick(b, "{承诺人|保管人}：<NAME:s>  <DATE>", "(本页{密封|加密}{存放|保存}，{调阅|查阅}须经<TITLE>批准)")


def g_queue_kiosk_log(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{叫号系统日志|QMS queue.log|排队机流水} <BRANCH>\n")
        for _ in range(rng.randrange(3, 7)):
            say(b, "<DT> {INFO|INFO|WARN} dev=<DEV> evt={TAKE|CALL|RECALL|SKIP|DONE} ticket=<TICKET> biz=<BIZ> "
                   "{cust=<NAME:r> mobile=<MOB:r>|cust=<NAME:r>|src=<BRAND> mobile=<MOB:r>} {win=<WINDOW>|wait=<NUM>min}\n")
            b.forget("r")
        pick(b, "{当日|今日}取号<NUM>人，{平均|人均}等待<NUM>分钟；{高峰|峰值}时段{10:00-11:30|14:00-15:00}。", "# rotate <VER>", "")
    elif k == 1:
        say(b, "{VTM交易日志|智能柜员机 STM 事件流|远程视频柜员机日志} <DEV>\n")
        for _ in range(rng.randrange(1, 3)):
            jline(b, [("ts", "<DT>"), ("dev", "<DEV>"), ("event", "{ID_READ|ID_READ|FACE_MATCH|CARD_ISSUE}"),
                      ("name", "<NAME:r>"), ("idNo", "<ID:r>"), ("face", "{PASS|PASS|FAIL}")])
            jline(b, [("ts", "<DT>"), ("event", "{CARD_ISSUE|PIN_SET|SIGN_CONTRACT|ACCOUNT_OPEN}"), ("cardNo", "<CARD:r>"),
                      ("mobile", "<MOB:r>"), ("teller", "<TELLER>"), ("ret", "{0000|<ERR>}")])
            b.forget("r")
        pick(b, "{远程|后台}坐席<NAME:s>{已|}完成{视频|远程}审核，{审核|会话}编号<WO>。", "{硬件|模块}自检：{正常|读卡器 <ERR>}", "")
    elif k == 2:
        pick(b, "【<BANK>】{尊敬的客户|<NAME:a>您好}，您已{成功|}取号<TICKET>（<BIZ>），前面还有<NUM>人，预计等待<NUM>分钟。"
                "{过号|错过叫号}请{重新取号|到大堂咨询}。{退订|拒收}回T",
             "【<BANK>】您预约的<DATE> <BIZ>{已|}{取号成功|签到成功}，号码<TICKET>，请{到|前往}<WINDOW>{等候|办理}。{预约|查询}码<CODE>。",
             "【<BRAND>】<NAME:a>，您在<BRANCH>的<BIZ>{预约|线上取号}已{生效|确认}，{请携带|需携带}{身份证|本人证件}，"
             "{登记手机|预约手机}<MOB:a>。{周末|白天}{客流|人多}请{错峰|提前}{到店|来网点}。")
        pick(b, "", "\n{发送状态|send}={成功|OK}  {通道|channel}<NUM>", "\n——\n{短信|消息}{模板|编号}<BATCH>")
    elif k == 3:
        say(b, "{大堂经理分流记录|厅堂客户分流登记|大堂引导台账}  <DATE>  {大堂经理|值班}：<NAME:s>\n")
        table(b, [("时间", "<TIME>", "time"), ("客户", "<NAME:r>", "customer"), ("联系电话", "<MOB:r>", "phone"),
                  ("业务", "<BIZ>", "business"), ("分流至", "{<WINDOW>|自助设备|<DEVTYPE>|线上办理}", "routed_to"),
                  ("号码", "<TICKET>", "ticket")],
              rng.randrange(3, 7), style=rng.choice(["md", "tsv", "pipe", "list", "csv"]))
        pick(b, "{老年|特殊}客户{优先|绿色通道}：<NUM>人；{引导|分流}至{自助|智能}设备<NUM>人。",
             "{备注|说明}：{客户|一位客户}{带着|牵着}{小狗|宠物}<PET>{进厅|入内}，已{劝导|引导}在{门外|室外}等候。")
    elif k == 4:
        form(b, [("工单号", "<WO>", "ticket_no"), ("设备编号", "<DEV>", "device"), ("设备类型", "<DEVTYPE>", "type"),
                 ("故障现象", "{吞卡|卡钞|凭条打印失败|读卡器故障|人脸识别超时|屏幕黑屏}", "fault"), ("错误码", "<ERR>", "error"),
                 ("吞卡卡号", "<CARD:a>", "retained_card"), ("持卡人", "<NAME:a>", "holder"), ("持卡人电话", "<MOB:a>", "holder_phone"),
                 ("报修人", "<NAME:s>", "reporter"), ("维保单位", "<ORG>", "vendor"), ("工程师", "<TITLE>", "engineer"),
                 ("报修时间", "<DT>", "reported")],
             title="{设备故障工单|自助设备报修单}")
        pick(b, "{吞卡|留存}卡片{已|}{登记|入库}，{持卡人|客户}凭{本人|有效}证件<DOC:a>{于|在}<DATE>前{领取|取回}。",
             "{处理结果|结果}：{更换|清理}{读卡模块|钞箱}，{设备|机器}{恢复|已恢复}正常。", "")
    else:
        say(b, "{智能柜员机操作轨迹|STM 操作流水|客户自助轨迹回放} <DEV>\n")
        steps = ["插入身份证", "人脸识别 {通过|成功}", "选择业务 <BIZ>", "插卡 <CARD:a>", "输入手机号 <MOB:a>", "短信验证码 <CODE>",
                 "确认{签约|办理}", "打印凭条", "{退卡|取卡}"]
        sec = rng.randrange(3600 * 9, 3600 * 16)
        for st in steps:
            if rng.random() < 0.15:
                continue
            sec += rng.randrange(2, 40)
            b.t(f"[{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}.{rng.randrange(1000):03d}] ")
            say(b, st); b.t("\n")
        pick(b, "{客户|操作人}：<NAME:a>  {贵宾|VIP}{车位|停车}{登记|备案}：<PLATE:a>", "{会话|session}<ORDER>  {结果|result}：{成功|<ERR>}")


def g_housing_fund(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("职工姓名", "<NAME:a>", "name"), ("证件号码", "<ID:a>", "id_no"), ("个人公积金账号", "<GJJ>", "fund_acct"),
                 ("单位名称", "<ORG>", "employer"), ("提取原因", "{购买自住住房|租赁住房|偿还购房贷款|退休|离开本市|重大疾病}", "reason"),
                 ("房屋坐落", "<ADDR:a>", "house"), ("提取金额", "<AMT>", "amount"), ("收款银行卡", "<CARD:a>", "card"),
                 ("开户银行", "<BANK>", "bank"), ("联系手机", "<MOB:a>", "mobile"), ("申请日期", "<DATE>", "date")],
             title="{住房公积金提取申请表|公积金提取申请（个人）}")
        pick(b, "本人{承诺|保证}所提交{材料|资料}真实有效，{如|若}{骗提|虚假提取}{愿意|愿}承担{法律责任|全部责任}，{并|且}<NUM>年内{不得|不能}再次提取。",
             "{温馨提示|提示}：{可通过|推荐使用}<BRAND>{在线|网上}办理，{无需|不用}跑{网点|中心}；{咨询|详询}<HOT>。",
             "{受理人|经办}<TELLER>  {复核|审核}<TITLE>")
    elif k == 1:
        form(b, [("借款人", "<NAME:a>", "borrower"), ("借款人证件号", "<ID:a>", "borrower_id"), ("配偶", "<NAME:b>", "spouse"),
                 ("配偶证件号", "<DOC:b>", "spouse_id"), ("所购房屋坐落", "<ADDR:a>", "property"), ("房屋面积", "<AREA>", "area"),
                 ("贷款金额", "<AMT>", "loan_amt"), ("贷款期限", "{240|300|360|180}个月", "term"), ("利率", "<RATE>", "rate"),
                 ("还款账户", "<CARD:a>", "repay_acct"), ("审批意见", "{同意|同意，按最高额度<AMT>发放|补充收入证明后再议}", "opinion"),
                 ("审批人", "<NAME:s>", "approver")],
             title="{住房公积金贷款审批表|个人住房公积金贷款审批}", style=rng.choice(["kv", "md", "space", "pipe", "num"]))
        pick(b, "{贷款|借款}合同号<CONTRACT>，{受托银行|承办银行}<BRANCH>。", "{抵押|担保}方式：{所购房屋抵押|阶段性保证}")
    elif k == 2:
        say(b, "{关于调整<DATE>年度住房公积金缴存基数的通知|缴存基数调整申报表}\n单位名称：<ORG>  单位账号：<UACCT>  "
               "统一社会信用代码：<USCC:u>\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("证件号码", "<ID:r>", "id_no"), ("原缴存基数", "<AMT>", "old_base"),
                  ("新缴存基数", "<AMT>", "new_base"), ("缴存比例", "{5%|8%|10%|12%}", "ratio")],
              rng.randrange(2, 6), numbered=rng.random() < 0.6, style=rng.choice(["md", "csv", "tsv", "list"]))
        pick(b, "{经办人|单位经办人}：<NAME:s>  {联系电话|电话}：<HOT>  （单位公章）",
             "{基数|缴存基数}{上限|最高}不超过上年度{社平工资|职工月平均工资}的3倍，{下限|最低}不低于{最低工资标准|当地最低工资}。")
    elif k == 3:
        form(b, [("职工姓名", "<NAME:a>", "name"), ("身份证号码", "<ID:a>", "id_no"),
                 ("转出地中心", "{武汉|长沙|成都|西安|合肥|昆明}住房公积金管理中心", "from"),
                 ("原个人账号", "<GJJ>", "old_acct"), ("转入单位", "<ORG>", "new_employer"), ("新个人账号", "<GJJ>", "new_acct"),
                 ("转移金额", "<AMT>", "amount"), ("联系手机", "<MOB:a>", "mobile"), ("现居住地址", "<ADDR:a>", "address")],
             title="{住房公积金异地转移接续申请|异地转移接续登记表}")
        pick(b, "{可通过|也可通过}全国住房公积金小程序{在线|}办理，{转移|资金}{一般|约}<NUM>个工作日到账。", "{经办|受理}：<NAME:s>  <DATE>")
    elif k == 4:
        say(b, "{单位住房公积金汇缴清册|汇缴明细清册} {所属期|缴存月份}：<DATE>\n单位：<ORG>  {单位账号|账号}：<UACCT>\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("证件号码", "<ID:r>", "id_no"), ("个人账号", "<GJJ>", "fund_acct"),
                  ("缴存基数", "<AMT>", "base"), ("单位月缴额", "<AMT>", "unit_amt"), ("个人月缴额", "<AMT>", "person_amt")],
              rng.randrange(2, 7), numbered=True, style=rng.choice(["csv", "tsv", "md", "pipe"]))
        pick(b, "合计：<AMT>  {人数|缴存人数}：<NUM>  {制表|经办}：<TITLE>", "{汇缴|托收}{批次|流水}<BATCH>")
    else:
        say(b, "{住房公积金冲还贷签约协议|公积金对冲还贷委托协议}\n\n甲方：<ORG>\n乙方（借款人）：<NAME:a>，身份证号<ID:a>，手机<MOB:a>\n"
               "{丙方|受托银行}：<BRANCH>\n\n    乙方{于|在}甲方{办理|申请}的{住房公积金贷款|商业住房贷款}（合同号<CONTRACT>），{自愿|同意}{按月|按年}"
               "{使用|以}其公积金账户<GJJ>{余额|内资金}{冲还|偿还}贷款本息。{扣款|还款}银行卡为<CARD:a>。\n"
               "    {如|若}{余额不足|账户余额不足}，差额由乙方{自行|另行}{存入|补足}。{本协议|协议}自签订之日起生效。\n\n"
               "乙方签字：<NAME:a>  {日期|签约日期}：<DATE>\n{咨询|服务热线}：<HOT>")


def g_gold_purchase(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("提货单号", "<PICKUP>", "pickup_no"), ("客户姓名", "<NAME:a>", "name"), ("证件号码", "<DOC:a>", "doc_no"),
                 ("产品名称", "<GOLD>", "product"), ("数量", "<SMALL>{根|枚|件}", "qty"), ("克重", "<WEIGHT>", "weight"),
                 ("成交金价", "<PRICE>", "price"), ("应付金额", "<AMT>", "amount"), ("支付卡号", "<CARD:a>", "pay_card"),
                 ("提货网点", "<BRANCH>", "branch"), ("提货人", "{本人|<NAME:p>}", "picker"), ("提货日期", "<DATE>", "date")],
             title="{实物黄金购买提货单|贵金属提货凭证|金条提货单}", style=rng.choice([None, "ocr", "kv", "space"]))
        pick(b, "{实物黄金|贵金属}{一经售出|提货后}，{非质量问题|除质量问题外}{不予退换|不退不换}。{黄金|金价}{波动|有风险}，投资需谨慎。",
             "{代提|代理提货}须持{授权书|委托书}及{代理人|提货人}证件<ID:p>。", "{营业员|经办}<TELLER>  {复核|授权}<TITLE>")
    elif k == 1:
        form(b, [("回购人", "<NAME:a>", "seller"), ("证件号码", "<ID:a>", "id_no"), ("手机", "<MOB:a>", "mobile"),
                 ("回购产品", "<GOLD>", "product"), ("产品编号", "<BAR>", "bar_no"), ("原购买凭证", "{有|无|遗失}", "receipt"),
                 ("鉴定结果", "{成色Au99.99，外观完好|有轻微划痕|包装破损|需进一步检测}", "appraisal"), ("回购克重", "<WEIGHT>", "weight"),
                 ("回购价", "<PRICE>", "buyback_price"), ("回购金额", "<AMT>", "amount"), ("入账卡号", "<CARD:a>", "credit_card"),
                 ("鉴定员", "<NAME:s>", "appraiser")],
             title="{黄金回购登记表|贵金属回购申请}")
        pick(b, "{回购价|回购价格}{按|以}{当日|回购当日}{上海黄金交易所|金交所}{Au99.99|Au9999}{收盘价|基准价}{减|扣除}{手续费|加工费}<AMT>{每克|/克}确定。",
             "{回购款|款项}{T+1|次日}{到账|入账}；{客户|回购人}{签字确认|确认签字}：<NAME:a>")
    elif k == 2:
        say(b, "{金条鉴定单|贵金属检测报告|黄金鉴定证书}  {编号|No.}<BAR>\n")
        form(b, [("委托人", "<NAME:a>", "client"), ("样品名称", "<GOLD>", "sample"), ("检测方法", "{X射线荧光光谱法|火试金法|密度法}", "method"),
                 ("成色", "{Au99.99|Au99.95|Au99.5|足金}", "fineness"), ("重量", "<WEIGHT>", "weight"),
                 ("外观", "{完好|轻微磨损|有压痕}", "appearance"), ("结论", "{合格|符合GB/T 4134标准|不符合回购条件}", "result"),
                 ("鉴定师", "<NAME:s>", "appraiser"), ("鉴定日期", "<DATE>", "date")],
             style=rng.choice(["ocr", "kvlog", "kv", "md", "bracket"]))
        pick(b, "{本报告|本鉴定单}仅对{送检|来样}样品负责，{涂改|复印}无效。{鉴定|检测}机构：<ORG>（<ORGADDR>）", "{防伪码|查询码}<CODE>")
    elif k == 3:
        say(b, "{纪念币预约兑换名单|<COINNAME>预约兑换登记表}  {兑换网点|网点}：<BRANCH>  {兑换日期|日期}：<DATE>\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("证件号码", "<DOC:r>", "id_no"), ("手机号码", "<MOB:r>", "mobile"),
                  ("预约数量", "{10|20|5|15}枚", "qty"), ("预约号", "<COIN>", "booking_no"), ("兑换状态", "{已兑换|未兑换|代兑}", "status")],
              rng.randrange(3, 7), numbered=rng.random() < 0.6, style=rng.choice(["md", "csv", "tsv", "list", "pipe"]))
        pick(b, "{每人|每个证件}限{约|预约}<SMALL>0枚，{需|须}{持|凭}{预约时使用的|本人}证件{原件|}兑换，{逾期|过期}{视为放弃|未兑换的不再保留}。",
             "{核对|登记}人：<NAME:s>  {共|合计}兑换<NUM>枚")
    elif k == 4:
        say(b, "{贵金属业务客户风险测评问卷|黄金投资风险承受能力评估}\n")
        form(b, [("客户姓名", "<NAME:a>", "name"), ("证件号码", "<ID:a>", "id_no"), ("联系电话", "<MOB:a>", "phone"),
                 ("测评渠道", "{柜面|手机银行|网上银行|微信银行}", "channel"), ("测评IP", "<IP:a>", "ip")], style=rng.choice(["kv", "ascii", "bracket"]))
        qs = ["您的投资经验：{A.无|B.1年以内|C.1-3年|D.3年以上}", "可承受最大亏损：{A.5%以内|B.10%|C.20%|D.30%以上}",
              "投资资金占家庭资产比例：{A.10%以下|B.10%-30%|C.30%以上}", "您了解黄金T+D{延期交易|保证金交易}吗：{A.不了解|B.一般|C.非常了解}",
              "投资期限：{A.半年|B.1年|C.3年以上}"]
        for i, q in enumerate(rng.sample(qs, rng.randrange(3, 6))):
            say(b, f"{i + 1}. {q}\n")
        pick(b, "测评得分：<SCORE>  {风险等级|评估结果}：{稳健型|平衡型|成长型|进取型}  {测评人|客户经理}：<NAME:s>",
             "{测评|评估}结果有效期一年，{到期|过期}需重新测评。{日期|测评时间}：<DT>")
    else:
        chat(b, [("{<NAME:a>|<NICK>}", "{<HON:s>|经理}，{今天|现在}金价多少？<EMO>"),
                 ("<NAME:s>", "{今天|目前}<PRICE>，{比昨天|较上周}{跌了|涨了}<NUM>块。{周末|节前}{可能|或许}还会{波动|涨}。"),
                 ("{<NAME:a>|<NICK>}", "{帮我|给我}{订|预约}两根<GOLD>，{卡号|扣款卡}<CARD:a>"),
                 ("<NAME:s>", "{好的|收到}。{实物金|金条}{要|需要}{邮寄|寄到家}吗？{地址|收货地址}发我一下。"),
                 ("{<NAME:a>|<NICK>}", "<ADDR:a>，{电话|手机}<MOB:a>{，白天有人|}"),
                 ("<NAME:s>", "{已登记|登记好了}，{单号|提货单}<PICKUP>，{保价|顺丰保价}{寄出|邮寄}{后|}{通知您|发您}。{马上|稍后}{会有|收到}验证码<CODE>，{别|不要}告诉{任何人|别人}哦。")])


def g_beneficiary_change(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("保单号", "<POLICY>", "policy_no"), ("险种", "{终身寿险|年金保险|两全保险|重大疾病保险}", "product"),
                 ("投保人", "<NAME:a>", "holder"), ("投保人证件号码", "<ID:a>", "holder_id"), ("被保险人", "<NAME:b>", "insured"),
                 ("原受益人", "<NAME:c>", "old_beneficiary"), ("新受益人", "<NAME:d>", "new_beneficiary"),
                 ("与被保险人关系", "<REL>", "relation"), ("受益比例", "<PCT>", "share"), ("新受益人证件", "<DOC:d>", "new_doc"),
                 ("新受益人电话", "<MOB:d>", "new_phone"), ("申请日期", "<DATE>", "date")],
             title="{受益人变更申请书|保险合同受益人变更申请|保全申请书（变更受益人）}")
        pick(b, "变更身故受益人须经被保险人<NAME:b>{书面同意|签字确认}；{投保人|申请人}签名：<NAME:a>  被保险人签名：<NAME:b>",
             "{本申请|变更}经<INSURER>{审核|批注}后生效，{生效前|此前}发生的保险事故{按原|仍按原}受益人{处理|给付}。",
             "{服务|代理}人员：<NAME:p>（工号<WORKNO>）")
    elif k == 1:
        say(b, "{身故受益人指定表|身故保险金受益人明细}  {保单|合同}号<POLICY>  被保险人：<NAME:b>\n")
        table(b, [("受益顺序", "{第一顺序|第一顺序|第二顺序}", "order"), ("姓名", "<NAME:r>", "name"), ("关系", "<REL>", "relation"),
                  ("证件类型", "{身份证|护照|港澳通行证}", "doc_type"), ("证件号码", "<DOC:r>", "doc_no"), ("受益份额", "<PCT>", "share")],
              rng.randrange(1, 4), style=rng.choice(["md", "pipe", "tsv", "list", "csv"]))
        pick(b, "{未指定|如未指定}受益份额的，{同一顺序|各受益人}按{相等份额|均等}享有；{未指定受益人|指定不明}的{视为|作为}被保险人遗产。",
             "{填写|指定}人：<NAME:a>  <DATE>")
    elif k == 2:
        say(b, "{监护人声明书|未成年受益人监护人声明}\n\n"
               "    本人<NAME:g>，{身份证号|公民身份号码}<ID:g>，{系|为}未成年人<NAME:m>（{出生日期|生于}<DATE>）的{法定监护人|父亲|母亲}，"
               "{住址|现住}<ADDR:g>，联系电话<MOB:g>。\n"
               "    <NAME:m>为保单<POLICY>的{身故受益人|生存金受益人}。{因|鉴于}其{尚未成年|未满十八周岁}，{保险金|理赔款}{由本人|将由本人}{代为领取|代为管理}，"
               "{并|且}{保证|承诺}{仅|只}用于<NAME:m>的{生活|教育|医疗}支出，{存入|转入}{其名下|<NAME:m>名下}账户<CARD:m>。\n"
               "    {如有|若有}虚假，本人{愿|自愿}承担{法律责任|一切后果}。\n\n声明人：<NAME:g>\n<DATE>")
    elif k == 3:
        pick(b, "{理赔资料补充通知|补充材料通知书}\n\n<HON:a>：\n    您{提交|申请}的{理赔|身故理赔}案件（{案件号|理赔号}<CLAIM>）{尚需|需}补充以下{材料|资料}：\n"
                "    1. 受益人<NAME:d>的{身份证|有效身份证件}{复印件|正反面复印件}（{证件号|号码}<DOC:d>）；\n"
                "    2. {受益人与被保险人|<NAME:d>与<NAME:b>}的关系证明（{户口簿|出生医学证明|结婚证}）；\n"
                "    3. {受益人|领款人}{本人|名下}{银行卡|借记卡}<CARD:d>的{复印件|影像}。\n"
                "    请于<DATE>前{寄送|邮寄}至<INSURER>理赔{部|中心}（<ORGADDR>），{或|也可}通过<BRAND>上传。\n"
                "    理赔{专员|服务人员}：<NAME:s>，{咨询电话|客服电话}<HOT>。\n\n<INSURER>\n<DATE>",
             "【<BRAND>】<HON:a>您好，您的理赔案件<CLAIM>{需补充|缺少}受益人<NAME:d>的{身份证复印件|关系证明}，{请于|请在}<DATE>前{上传|补交}。"
                "{如有疑问|咨询}请{致电|拨打}<HOT>。")
    elif k == 4:
        say(b, "{代理人回访记录|保全变更电话回访|受益人变更回访录音}  {回访|录音}编号<REC>\n")
        transcript(b, [
            (0, "您好，{请问|这里是}<INSURER>{客服中心|回访专员}，我是<NAME:s>，请问是<NAME:a>{女士|先生|}吗？"),
            (1, "{对|是我|嗯}。"),
            (0, "您{于|在}<DATE>{申请|办理}了保单<POLICY>的受益人变更，{新|变更后的}受益人是<NAME:d>，{比例|份额}<PCT>，{请问|这}是您本人的{真实意愿|意思}吗？"),
            (1, "{是的|对}，{是我自己|我本人}{去办的|办的}，{代理人|业务员}<NAME:p>{陪我|帮我}填的表。"),
            (0, "{为核实|核对一下}，您{留的|预留}手机是<MOB:a>吗？"),
            (1, "{是|对的}{，没换过|}。"),
            (0, "好的，{变更|批单}{已|将}{生效|寄出}，{感谢您的配合|祝您生活愉快}。"),
        ], roles=("{回访专员|坐席|客服}", "{客户|投保人}"))
    else:
        b.domain = rng.choice(["antai-life.com", "zhonghe.com.cn", "guolian.cn", "changqing-pension.com"])
        pick(b, "From: <NAME:s> <<WMAIL:s>>\nTo: <NAME:a> <<MAIL:a>>\n{Subject|主题}：{受益人变更已生效|保全批单-变更受益人}\n\n<HON:a>，您好：\n"
                "    您的保单<POLICY>{受益人变更|变更受益人}申请已{审核通过|生效}，批单{号|编号}<CLAIM>。变更后身故受益人为<NAME:d>（<REL>，{港澳通行证|护照}"
                "{<PERMIT:d>|<PASS:d>}），受益比例<PCT>。\n    {如|若}{信息有误|有疑问}，请{于|在}<NUM>日内{回复本邮件|致电<HOT>}。\n\n<NAME:s>\n<INSURER>",
             "{保全批单|批改通知}\n{批单号|编号}：<CLAIM>\n保单号：<POLICY>\n投保人：<NAME:a>\n{批改内容|变更事项}：身故受益人由“<NAME:c>”变更为“<NAME:d>”，"
                "{证件号码|证件}<DOC:d>，{通讯地址|住址}<ADDR:d>。\n{生效日|生效日期}：<DATE>\n<INSURER>（{业务专用章|保全专用章}）")


def g_customs_forex(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("申报号码", "<FXDECL>", "decl_no"), ("收款人名称", "<ORG>", "payee"), ("统一社会信用代码", "<USCC:c>", "uscc"),
                 ("付款人名称", "<FOREIGN>", "payer"), ("付款人常驻国家", "<COUNTRY>", "country"), ("收款币种及金额", "<FX>", "amount"),
                 ("交易编码", "{121010|121080|122010|222011}", "tx_code"), ("交易附言", "{货款|预收货款|佣金|退款}", "memo"),
                 ("申报经办人", "<NAME:a>", "clerk"), ("经办人电话", "<MOB:a>", "clerk_phone"), ("申报日期", "<DATE>", "date")],
             title="{涉外收入申报单|境内收入申报单|货物贸易外汇收入申报}")
        pick(b, "{本笔|该笔}{收汇|款项}{对应|关联}报关单<DECL>，合同号<CONTRACT>。", "{银行|经办行}{业务编号|流水}<BATCH>  {审核|复核}：<TITLE>")
    elif k == 1:
        say(b, "{报关单信息核对表|出口报关单与收汇核对|进出口报关单核验清单}  {企业|客户}：<ORG>（海关编码<CCODE>）\n")
        table(b, [("报关单号", "<DECL>", "decl_no"), ("商品名称", "<GOODS>", "goods"), ("HS编码", "<HS>", "hs"),
                  ("成交方式", "<TERMS>", "terms"), ("金额", "<FX>", "amount"), ("口岸", "<PORT>", "port"),
                  ("核对结果", "{一致|金额不符|品名不符|一致}", "result")],
              rng.randrange(2, 6), style=rng.choice(["md", "csv", "tsv", "pipe"]))
        pick(b, "{核对人|经办}：<NAME:s>  {复核|审核}：<NAME:t>  <DATE>", "{差异|不符}原因：{汇率折算|分批出运|佣金扣减}，{已|}{要求|请}企业{补充说明|提供证明}。")
    elif k == 2:
        form(b, [("姓名", "<NAME:a>", "name"), ("证件类型", "{居民身份证|护照|港澳居民来往内地通行证}", "doc_type"),
                 ("证件号码", "<DOC:a>", "doc_no"), ("国籍/地区", "{中国|中国香港|<COUNTRY>}", "nationality"),
                 ("业务类型", "{购汇|结汇}", "type"), ("金额", "<FX>", "amount"), ("用途", "{自费留学|旅游|探亲|境外就医|公务商务}", "purpose"),
                 ("年度便利化额度剩余", "<FX>", "quota_left"), ("人民币账户", "<CARD:a>", "cny_account"), ("联系电话", "<MOB:a>", "phone"),
                 ("经办柜员", "<TELLER>", "teller")],
             title="{个人结售汇业务申请书|个人购汇申请书|个人结汇登记}")
        pick(b, "本人承诺：{不|不会}{出借|借用}{本人|他人}便利化额度，{不|不会}{分拆|拆分}{结售汇|购汇}，{不|不会}用于境外{购房|证券投资}。",
             "{申请人|客户}签名：<NAME:a>  {日期|时间}：<DATE>")
    elif k == 3 and rng.random() < 0.6:
        pick(b, "{【跨境收款宝】|【收款通知】}{您的|店铺}{提现|结汇}申请已受理\n\n{尊敬的|亲爱的}<HON:a>：\n"
                "    您{经营|开设}的{亚马逊|速卖通|Shopee|TikTok}店铺{于|在}<DT>{发起|申请}提现<FX>，{结汇|兑换}后<AMT>将{转入|汇入}<CARD:a>（<BANK>）。\n"
                "    {根据|依据}外汇管理规定，个人{经营者|卖家}须{完成|提交}{身份认证|实名认证}：姓名<NAME:a>，证件<DOC:a>，"
                "{个体工商户营业执照|经营主体}{统一社会信用代码|代码}<USCC:a>，{联系|绑定}手机<MOB:a>，邮箱<MAIL:a>。\n"
                "    {订单|提现}{编号|流水}<ORDER>。{如有疑问|客服}：<HOT>")
    elif k == 3:
        say(b, "{跨境电商收款明细|个人卖家收款记录}  {经营者|卖家}：<NAME:a>  {收款账户|入账卡}：<CARD:a>\n")
        table(b, [("日期", "<DATE>", "date"), ("平台订单", "<ORDER>", "order"), ("买家国家", "<COUNTRY>", "buyer_country"),
                  ("金额", "<FX>", "amount"), ("平台", "{亚马逊|速卖通|Shopee|TikTok Shop|eBay}", "platform")],
              rng.randrange(2, 5), style=rng.choice(["csv", "md", "tsv"]))
        pick(b, "{个体工商户|经营主体}{统一社会信用代码|代码}<USCC:a>，{联系|绑定}手机<MOB:a>。", "{结汇|提现}{合计|总额}<FX>")
    elif k == 4:
        form(b, [("企业名称", "<ORG>", "company"), ("统一社会信用代码", "<USCC:c>", "uscc"), ("海关注册编码", "<CCODE>", "customs_code"),
                 ("法定代表人", "<NAME:a>", "legal_rep"), ("法定代表人证件", "<DOC:a>", "legal_rep_doc"),
                 ("联系人", "<NAME:b>", "contact"), ("联系人手机", "<MOB:b>", "contact_mobile"), ("联系人邮箱", "<MAIL:b>", "contact_email"),
                 ("注册地址", "<ORGADDR>", "reg_address"), ("经营范围", "{货物进出口|技术进出口|日用百货批发|五金产品销售}", "scope"),
                 ("名录登记日期", "<DATE>", "reg_date")],
             title="{贸易外汇收支企业名录登记表|外汇局名录登记申请|企业名录登记信息}")
        pick(b, "{登记|名录}{状态|分类}：{A类|正常|B类}；{办理|经办}{银行|行}：<BRANCH>。", "附：营业执照{复印件|副本}、法定代表人身份证{复印件|}。")
    else:
        say(b, "{进口付汇核验清单|进口付汇真实性审核}  {付款人|企业}：<ORG>\n")
        table(b, [("核验单证|单证及编号", "{合同 <CONTRACT>|商业发票 <INV>|报关单 <DECL>|提单 B/L<SMALL><SMALL><SMALL><SMALL>|装箱单 <INV>}", "document"),
                  ("金额", "<FX>", "amount"), ("核验结果", "{相符|相符|待补充|不符}", "result")],
              rng.randrange(3, 6), style=rng.choice(["md", "pipe", "list", "tsv"]))
        pick(b, "收款人：<FOREIGN>（<COUNTRY>）  {企业|客户}经办：<NAME:a>，{往来港澳通行证|港澳通行证}<PERMIT:a>，手机<MOB:a>\n"
                "{银行|审核}经办：<NAME:s>  复核：<HON:t>",
             "{付汇|汇出}{申请|指令}号<BATCH>，{付汇|汇款}账户<OACCT>，经办人<NAME:a>{（护照<PASS:a>）|}。{审核|复核}：<TITLE>")


GENRES = {
    "digital_rmb_wallet": g_digital_rmb_wallet, "pipl_request": g_pipl_request, "collection_call": g_collection_call,
    "business_card_ocr": g_business_card_ocr, "whistleblower_tip": g_whistleblower_tip, "queue_kiosk_log": g_queue_kiosk_log,
    "housing_fund": g_housing_fund, "gold_purchase": g_gold_purchase, "beneficiary_change": g_beneficiary_change,
    "customs_forex": g_customs_forex,
}


# ---------------------------------------------------------------- shared headers and trailers (new wording)

HEADERS = [
    "{转发邮件|Fwd}  {发件人|From}：<ORG>\n{收件人|To}：<NAME:h>{ <<MAIL:h>>|}\n{主题|Subject}：{请协助处理|资料转交|Re: 核对}\n\n",
    "##### {系统导出|数据导出|日志截取} <DT> #####\n",
    "{以下为|下面是}{客户来件|原件}{扫描|识别}{内容|文本}：\n",
    "{【内部资料】|【限内部使用】|密级：一般} {归档编号|档案号}<BATCH>\n",
    "{工单附件|附件} <WO> 第<SMALL>页\n",
    "",
    "",
]
TRAILERS = [
    "{提交|录入}时间<DT>，{来源|客户端}IP <IP>，{客户端|App}版本<VER>",
    "{备用联系人|紧急联系人}：<NAME:x>（{配偶|父亲|母亲|朋友|同事|女儿|哥哥}），{家庭电话|座机}<TEL:x>，{手机|移动电话}<MOB:x>",
    "{户籍|常住}地址：<ADDR>；{邮编|邮政编码}<POST>；{住宅电话|家里电话}<TEL>",
    "{温馨提示|友情提醒}：{周末|月初}{高峰|时段}{客流|业务量}较大，{方便|建议}您{线上预约|错峰前来}；{万一|如}{遇到|发现}{异常|问题}，请{马上|及时}拨打<HOT>。",
    "{本材料|本文件}{仅用于|只供}{业务办理|内部核查}，{未经许可|不得}{对外提供|转发}。{办公地址|联系地址}：<ORG>，<ORGADDR>",
    "{随附|附件}：{身份证复印件|授权委托书|户口簿复印件|证明材料}<SMALL>份；{回寄|寄回}地址<ADDR>，收件人<NAME:x>，电话<MOB:x>",
    "{经办|制单}：<NAME:s>  {复核|审批}：<TITLE>  {时间|日期}：<DATE>  {批次|流水号}：<BATCH>",
    "{出行证件|随身证件}：护照<PASS>；{往来港澳通行证|港澳通行证}<PERMIT>",
    "{工作单位|单位}：<ORG>  统一社会信用代码<USCC>  {单位总机|服务电话}<HOT>",
    "{操作日志|audit}: user=<NAME:x> src=<IP> op={QUERY|DOWNLOAD|PRINT|MODIFY} rc=<ERR>",
    "{防骗提醒|安全提示}：{我行|工作人员}{不会|绝不会}{索取|要求您提供}验证码<CODE>或{密码|支付密码}，{黄金|关键}{时间|时刻}{请|务必}{马上|立即}{挂断|终止}{通话|联系}。",
    "{车辆|停车}登记：<PLATE>  {登记|入场}时间<DT>",
    "{电子回执|回执}{将发送至|发送到}<MAIL>，{如未收到|若未收到}请{查看|检查}垃圾邮件{箱|}。",
]


def render(b: Builder) -> None:
    rng = b.rng
    if rng.random() < 0.3:
        say(b, rng.choice(HEADERS))
    GENRES[b.genre](b)
    n = rng.choice([0, 1, 1, 1, 2, 2])
    for t in rng.sample(TRAILERS, n):
        b.t(rng.choice(["\n", "\n", "\n\n", "  ", "\n----\n"]))
        say(b, t)
