"""Builder, window test, value makers, hard-negative makers, layouts and the ten genres of blind22.

The framework (Builder, window test, value makers, template language, form/table/chat/transcript
layouts) is taken over from blind21; the hard-negative wording, the reference makers, the
organisations, the extra layouts (SMS, letter/e-mail, log lines) and every genre template are new.
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
    no = rng.randrange(1, 899)
    bld, unit, room = rng.randrange(1, 40), rng.randrange(1, 7), rng.randrange(1, 34) * 100 + rng.randrange(1, 9)
    pre = (prov if rng.random() < 0.3 else "") + city + dist
    if r < 0.2:
        return f"{pre}{road}{no}号{est}{bld}号楼{unit}单元{room}室"
    if r < 0.32:
        return f"{pre}{est}{bld}栋{unit}单元{room}"
    if r < 0.42:
        return f"{city}{dist}{road}{no}号{bld}幢{room}"
    if r < 0.55:
        prov, city, county = rng.choice(W.COUNTIES)
        return (f"{rng.choice([prov, ''])}{city}{county}{rng.choice(W.TOWNS)}{rng.choice(W.VILLAGES)}"
                f"{rng.choice(['', str(rng.randrange(1, 15)) + '组', rng.choice('一二三四五六') + '组'])}{rng.randrange(1, 180)}号")
    if r < 0.65:
        return f"{est}{bld}栋{room}"
    if r < 0.73:
        return f"{dist}{road}{rng.randrange(1, 300)}弄{bld}号{room}室"
    if r < 0.83:
        return f"{road}{no}号{rng.choice(['', '附' + str(rng.randrange(1, 9)) + '号', str(unit) + '单元' + str(room)])}"
    if r < 0.92:
        return f"{city}{dist}{est}{rng.choice(['一期', '二期', '南区', '北苑'])}{bld}-{unit}-{room}"
    return f"{prov}{city}{dist}{road}与{rng.choice(W.ROADS)}交叉口{est}{bld}号楼{room}"


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


# ---------------------------------------------------------------- hard-negative makers (blind22 wording)

def draw(rng, fn, tries=400):
    for _ in range(tries):
        s = fn(rng)
        if safe(s):
            return s
    raise RuntimeError("no safe draw for " + fn.__name__)


def digits(rng, k, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


NAME_PLACEHOLDERS = ["（签字）", "申请人本人", "同左", "见原件", "略", "（未签名）", "受托人", "详见身份证", "○○○", "保密",
                     "家属", "XXX", "（待定）", "持卡人", "（按手印）"]


def neg_name(rng):
    r = rng.random()
    s = rng.choice(W.SURNAMES)
    if r < 0.3:
        return "name_title", s + rng.choice(W.TITLES)
    if r < 0.46:
        return "name_masked", s + rng.choice(["*", "**", "×", "××", "□", "□□", "*" + rng.choice(W.GIVEN_CHARS), "＊", "·*"])
    if r < 0.6:
        return "name_mou", s + rng.choice(["某", "某某", "某（申请人）", "某等三人", "某某（被执行人）", "某（已故）", "某丙"])
    if r < 0.67:
        return "name_masked", rng.choice(["*", "×", "□"]) + rng.choice(W.GIVEN_CHARS) + rng.choice(W.GIVEN_CHARS + ["", ""])
    if r < 0.87:
        return "name_title", rng.choice(["小", "老", "老", "小"]) + s
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
        k = rng.choice([(6, 4), (4, 4), (2, 2), (6, 3), (3, 4), (10, 0)])
        mask = rng.choice(["*", "●", "×", "*"]) * (18 - k[0] - k[1])
        return "id_masked", v[:k[0]] + mask + (v[-k[1]:] if k[1] else "")
    if r < 0.66:
        for _ in range(80):
            s = _wrong(rng, resident_id.generate(rng), resident_id.is_valid, "0123456789X")
            if rng.random() < 0.2:
                s = s[:6] + "-" + s[6:14] + "-" + s[14:]
            if safe(s):
                return "id_wrong_check", s
        return "id_masked", v[:4] + "*" * 10 + v[-4:]
    if r < 0.82:
        return "tail", rng.choice(["身份证号后4位为", "证件尾号", "证号末四位", "身份号码尾数"]) + v[-4:]
    return "placeholder", rng.choice(["公安联网核查通过", "见复印件", "同申请书", "（与户口簿一致）", "无证件", "证件照片模糊",
                                      "人像比对一致"])


def neg_mobile(rng):
    v = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.4:
        return "mobile_masked", rng.choice([v[:3] + "****" + v[7:], v[:3] + " **** " + v[7:], v[:3] + "●●●●" + v[7:],
                                            "+86 " + v[:3] + "****" + v[7:], v[:3] + "xxxx" + v[7:], v[:3] + "*****" + v[8:]])
    if r < 0.56:
        return "tail", rng.choice(["手机尾号", "尾号为", "号码后四位", "末四位"]) + v[7:]
    if r < 0.72:
        return "hotline", rng.choice(W.HOTLINES)
    if r < 0.86:
        return "hotline", rng.choice(["400", "800"]) + rng.choice(["-", "", " "]) + digits(rng, 3, "0123456789") + rng.choice(["-", "", " "]) + digits(rng, 4, "0123456789")
    return "placeholder", rng.choice(["空号", "停机", "无人接听", "未预留", "号码已变更", "—", "同前"])


def neg_landline(rng):
    f = landline_phone.format(landline_phone.generate(rng)).partition("转")[0]
    area, _, num = f.partition("-")
    r = rng.random()
    if r < 0.36:
        return "landline_masked", area + "-" + num[:2] + "*" * (len(num) - 4) + num[-2:]
    if r < 0.6:
        return "hotline", rng.choice(["400-", "800-"]) + digits(rng, 3, "0123456789") + "-" + digits(rng, 4, "0123456789")
    if r < 0.84:
        return "hotline", rng.choice(W.HOTLINES)
    return "landline_masked", "(" + area + ")" + "×" * len(num)


def neg_card(rng):
    v = bank_card.generate(rng)
    r = rng.random()
    if r < 0.32:
        return "card_masked", rng.choice([v[:6] + "*" * (len(v) - 10) + v[-4:], v[:4] + " **** **** " + v[-4:],
                                          "************" + v[-4:], v[:6] + "●●●●●●" + v[-4:], v[:4] + " xxxx xxxx " + v[-4:]])
    if r < 0.56:
        return "tail", rng.choice(["尾号", "卡号后四位", "账户尾号", "尾数"]) + v[-4:]
    if r < 0.8:
        for _ in range(80):
            s = _wrong(rng, bank_card.generate(rng), bank_card.is_valid, "0123456789")
            s = s if rng.random() < 0.6 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            if safe(s):
                return "card_wrong_check", s
        return "tail", "账户尾号" + v[-4:]
    if r < 0.9:
        return "card_bin", rng.choice(["卡BIN号", "发卡行标识", "前六位"]) + v[:6]
    return "placeholder", rng.choice(["卡片已剪角", "—", "同上", "暂未领卡", "原卡已销户", "待补办"])


def neg_email(rng):
    e = fmt_email(rng)
    local, _, dom = e.partition("@")
    r = rng.random()
    if r < 0.5:
        return "email_masked", local[:1] + "***" + local[-1:] + "@" + dom
    if r < 0.78:
        return "email_masked", local[:2] + "****@" + dom.split(".")[0] + ".**"
    return "placeholder", rng.choice(["不需要", "—", "未留邮箱", "同上", "纸质回执"])


def neg_address(rng):
    prov, city, dist = _region(rng)
    r = rng.random()
    if r < 0.28:
        return "address_masked", (prov + city + dist if rng.random() < 0.4 else city + dist) + rng.choice(["***号", "（地址已脱敏）", "**小区**栋", "××路××号"])
    if r < 0.44:
        return "placeholder", rng.choice(["同身份证地址", "见户口簿", "××省××市××区××路××号", "同户籍", "与借款人一致",
                                          "本人知悉", "地址不详", "待核实"])
    if r < 0.64:
        return "road_no_number", dist + rng.choice(W.ROADS) + rng.choice(["沿线", "附近", "北段", "一侧", ""])
    if r < 0.8:
        return "district_only", rng.choice([city + dist, dist, city, (prov + city) if prov else city])
    return "address_masked", rng.choice(W.ESTATES) + rng.choice(["*栋*单元", "××号楼", "（门牌略）", "****室"])


def neg_passport(rng):
    v = passport.generate(rng)
    r = rng.random()
    if r < 0.56:
        return "passport_masked", v[:2] + "*" * (len(v) - 5) + v[-3:]
    if r < 0.8:
        return "passport_bad_shape", rng.choice(["EO", "EI", "GI", "OE"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["护照在办", "—", "旧护照已注销", "见签证页"])


def neg_permit(rng):
    v = hk_macau_permit.generate(rng)
    r = rng.random()
    if r < 0.56:
        return "permit_masked", v[:1] + "*" * (len(v) - 3) + v[-2:]
    if r < 0.8:
        return "permit_bad_shape", rng.choice(["CO", "CI", "WO"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["未办", "—", "已失效", "签注过期"])


def neg_uscc(rng):
    v = uscc.generate(rng)
    r = rng.random()
    if r < 0.42:
        return "uscc_masked", v[:6] + "*" * 8 + v[-4:]
    if r < 0.84:
        return "uscc_wrong_check", _wrong(rng, v, uscc.is_valid, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    return "placeholder", rng.choice(["见营业执照副本", "—", "三证合一办理中", "无"])


def neg_plate(rng):
    v = license_plate.compact(license_plate.generate(rng))
    r = rng.random()
    if r < 0.55:
        return "plate_masked", (v[:2] + rng.choice(["***", "·**", "×××", "**"]) + v[-2:]) if len(v) > 5 else v[:1] + "*****"
    if r < 0.85:
        return "tail", rng.choice(["车牌尾号", "号牌后三位"]) + v[-3:]
    return "placeholder", rng.choice(["新车未上牌", "—", "临牌", "待上户"])


def neg_ip(rng):
    r = rng.random()
    if r < 0.4:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.{rng.randrange(256)}.x.x"
    if r < 0.6:
        return "ip_masked", f"*.*.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if r < 0.85:
        return "version", f"{rng.randrange(1, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}"
    return "ip_masked", "240e:***:***::*"


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
    "student_loan": ["县学生资助管理中心", "高校学生资助中心", "国家开发银行生源地助学贷款中心", "教育局资助办", "学生处",
                     "高新区教育服务中心"],
    "court_assist": ["人民法院执行局", "中级人民法院执行指挥中心", "区人民法院立案庭", "仲裁委员会", "公安局经侦支队",
                     "区人民检察院"],
    "deceased_estate": ["公证处", "江城公证处", "崇德公证处", "街道办事处", "居民委员会", "殡仪馆", "司法所", "和睦律师事务所"],
    "safe_deposit_box": ["保管箱业务部", "金库管理中心", "安保部", "万通锁业有限公司", "保安服务公司押运中心"],
    "payroll_agency": W.COMPANIES,
    "pension_certify": ["社会保险事业管理局", "人力资源和社会保障局", "社区居委会", "老年大学", "乡镇社保所", "夕阳红养老院",
                        "康乐护理院"],
    "car_loan": ["华通汽车销售服务有限公司", "龙腾丰田4S店", "雷克萨斯东城店", "孔雀汽车租赁有限公司", "车管所",
                 "安心车联网科技有限公司", "金诚拍卖有限公司", "宝诚汽车服务有限公司", "方圆二手车市场"],
    "study_abroad_remit": ["国际业务部", "启航留学服务中心", "新东方前途出国", "华侨留学咨询有限公司", "使馆签证处",
                           "外汇管理局"],
    "device_risk_log": ["反欺诈中心", "电子银行部", "风险监控中心", "安全运营中心SOC", "网络金融部"],
    "card_loss_report": ["信用卡中心", "银行卡部", "客户服务中心", "争议处理中心", "卡片制作中心", "顺丰速运", "中国邮政EMS"],
}
BRANDS = {
    "student_loan": ["学信网", "生源地信用助学贷款系统", "国家开发银行助学贷款App", "全国学生资助管理信息系统"],
    "court_assist": ["总对总网络查控系统", "点对点查控", "执行指挥平台", "12368诉讼服务"],
    "deceased_estate": ["遗产继承绿色通道", "小额提取便民服务", "中国公证网"],
    "safe_deposit_box": ["智能保管箱", "指纹开箱系统", "双人双锁"],
    "payroll_agency": ["企业网银", "薪福通", "代发工资平台", "银企直连"],
    "pension_certify": ["掌上12333", "电子社保卡", "国家社会保险公共服务平台", "长者专窗"],
    "car_loan": ["比亚迪", "吉利", "哈弗", "特斯拉", "车e贷", "安心GPS"],
    "study_abroad_remit": ["SWIFT gpi", "留学汇款宝", "跨境汇款", "外汇e站"],
    "device_risk_log": ["手机银行", "云闪付", "刷脸登录", "设备指纹SDK"],
    "card_loss_report": ["手机银行", "信用卡App", "微信银行", "云闪付"],
}

CN_UPPER = "零壹贰叁肆伍陆柒捌玖"


def amount(rng):
    x = rng.choice([rng.randrange(30, 900), rng.randrange(500, 12000), rng.randrange(9000, 960000)])
    c = rng.random()
    if c < 0.24:
        return f"{x}元"
    if c < 0.44:
        return f"{x:,}.{rng.randrange(0, 100):02d}"
    if c < 0.56:
        return f"￥{x:,}.{rng.randrange(0, 100):02d}"
    if c < 0.66:
        return f"CNY {x:,}.00"
    if c < 0.74:
        return f"人民币{x / 10000:.2f}万元" if x >= 10000 else f"人民币{CN_UPPER[x // 100 % 10]}佰{CN_UPPER[x // 10 % 10]}拾元整"
    if c < 0.86:
        return f"{x}.00"
    return f"{x}元（含利息）"


def fx_amount(rng):
    x = rng.randrange(800, 520000)
    return rng.choice([f"GBP {x:,}.00", f"USD{x:,}.{rng.randrange(100):02d}", f"澳元{x:,}", f"CAD {x:,}", f"{x:,}新加坡元",
                       f"NZD{x:,}.00", f"JPY {x * 100:,}", f"EUR{x:,}", f"{x:,}美元"])


def date(rng):
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}",
                       f"{m}月{d}日", f"{y}{m:02d}{d:02d}", f"{d:02d}/{m:02d}/{y}"])


def dtime(rng):
    y, m, d = rng.choice([2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, se = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    return rng.choice([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{se:02d}", f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{se:02d}+08:00",
                       f"{y}年{m}月{d}日{h}时{mi}分", f"{y}/{m:02d}/{d:02d} {h:02d}:{mi:02d}",
                       f"{y}{m:02d}{d:02d}{h:02d}{mi:02d}{se:02d}"])


def ctime(rng):
    return f"{rng.randrange(0, 24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def _L(rng, k):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))


def _yr(rng):
    return rng.choice([2023, 2024, 2025])


def _d(rng, k):
    return digits(rng, k, "0123456789")


def _hex(rng, k):
    return "".join(rng.choice("0123456789abcdef") for _ in range(k))


PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def loan_contract(rng):
    return rng.choice([f"SYD{_yr(rng)}{_d(rng, 8)}", f"助贷合字（{_yr(rng)}）第{rng.randrange(100, 9999)}号",
                       f"GJKH-{_d(rng, 6)}-{rng.randrange(1, 9)}", f"{_yr(rng)}-ZXDK-{_d(rng, 5)}"])


def student_no(rng):
    return rng.choice([f"{_yr(rng)}{_d(rng, 6)}", f"S{_d(rng, 9)}", f"{rng.randrange(2019, 2025)}{_L(rng, 1)}{_d(rng, 5)}"])


def uni_code(rng):
    return rng.choice(["1" + _d(rng, 4), f"院校代码{'1' + _d(rng, 4)}"])


def xuexin_code(rng):
    return rng.choice(["".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)),
                       f"XX{_d(rng, 4)}-{_L(rng, 4)}-{_d(rng, 4)}"])


def case_no(rng):
    return rng.choice([f"（{_yr(rng)}）{rng.choice(PROV_ABBR)}{_d(rng, 4)}{rng.choice(W.CASE_TYPES)}{rng.randrange(1, 20000)}号",
                       f"({_yr(rng)}){rng.choice(PROV_ABBR)}{_d(rng, 2)}{rng.choice(W.CASE_TYPES)}{rng.randrange(1, 9999)}号"])


def notice_no(rng):
    return rng.choice([f"协执字〔{_yr(rng)}〕第{rng.randrange(1, 999)}号", f"冻结通知书第{_d(rng, 6)}号", f"ZXCK{_d(rng, 10)}",
                       f"查控批次{_d(rng, 8)}"])


def notary_no(rng):
    return rng.choice([f"（{_yr(rng)}）{rng.choice(PROV_ABBR)}{rng.choice(['杭', '筑', '榕', '邕', '并', '津', '连'])}证民字第{rng.randrange(100, 99999)}号",
                       f"公证书编号GZ{_yr(rng)}{_d(rng, 6)}"])


def death_cert(rng):
    return rng.choice([f"{_L(rng, 1)}{_d(rng, 9)}", f"死亡医学证明编号{_d(rng, 10)}", f"火化证第{_d(rng, 6)}号",
                       f"注销户口证明{_yr(rng)}-{_d(rng, 4)}"])


def box_no(rng):
    return rng.choice([f"{rng.choice('ABCDE')}-{rng.randrange(1, 30):02d}-{rng.randrange(1, 400):03d}",
                       f"{rng.randrange(1, 9)}号库{rng.randrange(100, 999)}箱", f"BX{_d(rng, 5)}"])


def key_no(rng):
    return rng.choice([f"K{_d(rng, 5)}", f"钥匙{rng.randrange(1, 3)}号（{_d(rng, 4)}）", f"副钥{_L(rng, 1)}{_d(rng, 3)}"])


def payroll_batch(rng):
    return rng.choice([f"DF{_yr(rng)}{rng.randrange(1, 13):02d}{_d(rng, 5)}", f"PAY-{_d(rng, 8)}", f"{_yr(rng)}年{rng.randrange(1, 13)}月工资第{rng.randrange(1, 4)}批",
                       f"代发批次{_d(rng, 6)}"])


def emp_no(rng):
    return rng.choice([f"GH{_d(rng, 5)}", f"{_L(rng, 2)}{_d(rng, 4)}", f"00{_d(rng, 4)}", f"EMP-{_d(rng, 4)}"])


def si_card(rng):
    return rng.choice([f"社保卡号{_L(rng, 1)}{_d(rng, 8)}", f"{_L(rng, 1)}{_d(rng, 6)}{_L(rng, 2)}", f"个人编号{_d(rng, 10)}"])


def cert_no(rng):
    return rng.choice([f"RZ{_yr(rng)}{_d(rng, 7)}", f"认证流水{_d(rng, 12)}", f"FZ-{_d(rng, 6)}"])


def vin(rng):
    return "L" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))


def engine_no(rng):
    return rng.choice([f"{_L(rng, 2)}{_d(rng, 6)}", f"{_d(rng, 3)}{_L(rng, 1)}{_d(rng, 5)}", f"EN-{_d(rng, 7)}"])


def imei(rng):
    return rng.choice([f"IMEI {_d(rng, 8)}-{_d(rng, 6)}", f"86{_d(rng, 5)}-{_d(rng, 5)}", f"GPS-{_L(rng, 2)}{_d(rng, 6)}"])


def mortgage_no(rng):
    return rng.choice([f"抵押登记编号{_d(rng, 4)}-{_d(rng, 6)}", f"DYDJ{_yr(rng)}{_d(rng, 6)}", f"机动车登记证书{_L(rng, 1)}{_d(rng, 8)}"])


def swift(rng):
    return rng.choice(W.FOREIGN_BANKS)[1]


def iban(rng):
    return rng.choice([f"GB{_d(rng, 2)} {_L(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
                       f"BSB {_d(rng, 3)}-{_d(rng, 3)} ACC {_d(rng, 8)}", f"Account No. {_d(rng, 3)}-{_d(rng, 6)}-{_d(rng, 3)}",
                       f"DE{_d(rng, 2)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}"])


def student_ref(rng):
    return rng.choice([f"Student ID {_d(rng, 8)}", f"CAS No. E4G{_d(rng, 7)}{_L(rng, 4)}", f"SEVIS N{_d(rng, 10)}",
                       f"Offer Ref {_L(rng, 3)}/{_yr(rng)}/{_d(rng, 4)}", f"Invoice #{_d(rng, 7)}"])


def remit_no(rng):
    return rng.choice([f"HK{_yr(rng)}{_d(rng, 9)}", f"UETR {_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}",
                       f"MT103-{_d(rng, 8)}", f"汇出编号{_d(rng, 10)}"])


def dev_fp(rng):
    return rng.choice([_hex(rng, 32), f"dfp_{_hex(rng, 16)}", f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"])


def session_id(rng):
    return rng.choice([f"sid={_hex(rng, 24)}", f"SESS{_d(rng, 10)}", f"traceId:{_hex(rng, 16)}"])


def sms_tpl(rng):
    return rng.choice([f"SMS_{_d(rng, 9)}", f"TPL-{rng.randrange(100, 999)}", f"模板{_L(rng, 2)}{_d(rng, 3)}"])


def loss_no(rng):
    return rng.choice([f"GS{_yr(rng)}{_d(rng, 8)}", f"挂失申请书{_d(rng, 7)}号", f"LOSS-{_d(rng, 6)}", f"临挂{_d(rng, 9)}"])


def dispute_no(rng):
    return rng.choice([f"ZY{_d(rng, 10)}", f"CB-{_yr(rng)}-{_d(rng, 5)}", f"争议编号{_d(rng, 8)}", f"RC{_d(rng, 4)}"])


def express_no(rng):
    return rng.choice([f"SF{_d(rng, 13)}", f"EMS {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 5)}", f"YT{_d(rng, 12)}"])


def rec_no(rng):
    return rng.choice([f"VOICE-{_d(rng, 9)}", f"REC{_yr(rng)}{_d(rng, 7)}", f"录音{_d(rng, 8)}.mp3"])


def workorder(rng):
    return rng.choice([f"WO{_d(rng, 11)}", f"GD-{_yr(rng)}-{_d(rng, 6)}", f"工单号{_d(rng, 9)}", f"TK{_d(rng, 7)}"])


def cust_no(rng):
    return rng.choice([f"CIF{_d(rng, 9)}", f"客户号{_d(rng, 10)}", f"KH{_d(rng, 8)}"])


def batch_no(rng):
    return rng.choice([f"BAT{_yr(rng)}{_d(rng, 5)}", f"第{rng.randrange(1, 60)}批次", f"JOB-{_d(rng, 7)}"])


def teller_no(rng):
    return rng.choice([f"柜员号{_d(rng, 6)}", f"G{_d(rng, 5)}", f"{_L(rng, 1)}{_d(rng, 4)}"])


def merchant_no(rng):
    return rng.choice([f"MID{_d(rng, 13)}", f"{_d(rng, 3)}{_d(rng, 4)}{_d(rng, 8)}", f"商户号{_d(rng, 12)}"])


def terminal_no(rng):
    return rng.choice([_d(rng, 8), f"TID{_d(rng, 6)}", f"ATM{_d(rng, 5)}"])


def order_no(rng):
    return rng.choice([f"DD{_d(rng, 16)}", f"{_d(rng, 21)}", f"SO-{_d(rng, 9)}"])


def vcode(rng):
    return _d(rng, rng.choice([4, 6, 6, 6]))


def postcode(rng):
    return digits(rng, 6, "1234567")


def version(rng):
    return rng.choice([f"{rng.randrange(5, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 50)}", f"build {rng.randrange(1000, 9999)}",
                       f"V{rng.randrange(1, 9)}R{rng.randrange(10, 30)}"])


def err_code(rng):
    return rng.choice([f"E{rng.randrange(10000, 99999)}", rng.choice(["FACE_NOT_MATCH", "DEVICE_CHANGED", "OTP_EXPIRED", "GEO_ANOMALY",
                                                                       "PIN_LOCKED", "LIVENESS_FAIL", "RISK_REJECT"]),
                       f"返回码{rng.randrange(1000, 9999)}", f"RSP-{rng.randrange(100, 999)}{_L(rng, 1)}"])


def hotline(rng):
    return rng.choice([rng.choice(W.HOTLINES), rng.choice(W.HOTLINES), "400-" + _d(rng, 3) + "-" + _d(rng, 4),
                       "400" + _d(rng, 7), "800-" + _d(rng, 3) + "-" + _d(rng, 4)])


def title(rng):
    return rng.choice(W.SURNAMES) + rng.choice(W.TITLES)


def org_address(rng):
    prov, city, dist = _region(rng)
    return rng.choice([f"{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 800)}号{rng.choice(['', '办公楼', '综合楼3层', '金融广场A座', '服务大厅', '营业厅'])}",
                       f"{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 500)}号{rng.choice(['大厦', '政务中心', '产业园'])}{rng.randrange(2, 28)}楼",
                       f"{prov}{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 900)}号（{rng.choice(['机关大院', '总部', '分支机构'])}）"])


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(["", rng.choice(W.REGIONS)[1]]) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分理处", "营业部", "支行营业室"])


def court(rng):
    prov, city, dist = _region(rng)
    return rng.choice([city + "中级人民法院", city + dist + "人民法院", dist + "人民法院", city + rng.choice(["铁路运输法院", "海事法院", "互联网法院"])])


def org_acct(rng):
    return _d(rng, rng.choice([12, 14, 16, 20, 22]))


def rate(rng):
    return rng.choice([f"{rng.randrange(30, 60) / 10:.2f}%", f"LPR{rng.choice(['+', '-'])}{rng.randrange(10, 80)}BP",
                       f"月费率{rng.randrange(20, 60) / 100:.2f}%", f"年化{rng.randrange(25, 80) / 10}%"])


def months(rng):
    return rng.choice([f"{rng.choice([12, 24, 36, 48, 60])}期", f"{rng.randrange(1, 20)}年", f"{rng.randrange(3, 36)}个月"])


def km(rng):
    return rng.choice([f"{rng.randrange(5, 300000):,}公里", f"里程{rng.randrange(100, 90000)}km"])


def gpa(rng):
    return rng.choice([f"GPA {rng.randrange(25, 40) / 10}", f"雅思{rng.choice(['6.0', '6.5', '7.0', '7.5'])}", f"托福{rng.randrange(80, 115)}"])


def ua(rng):
    return rng.choice([f"{rng.choice(W.PHONES)}/{rng.choice(W.OS_VER)}", f"MBank/{version(rng)} ({rng.choice(W.OS_VER)})"])


def geo(rng):
    prov, city, dist = _region(rng)
    return rng.choice([f"{city}", f"{prov or city}-{city}", f"{rng.choice(W.COUNTRIES)}", f"lat={rng.randrange(18, 50)}.{_d(rng, 3)}"])


REFS = {
    "AMT": ("amount", amount), "FX": ("amount", fx_amount), "DATE": ("date", date), "DT": ("date", dtime),
    "TIME": ("date", ctime), "LOAN": ("reference", loan_contract), "STUNO": ("reference", student_no),
    "UNICODE": ("reference", uni_code), "XUEXIN": ("code", xuexin_code), "CASE": ("reference", case_no),
    "NOTICE": ("reference", notice_no), "NOTARY": ("reference", notary_no), "DEATH": ("reference", death_cert),
    "BOX": ("reference", box_no), "KEY": ("reference", key_no), "PAYBATCH": ("reference", payroll_batch),
    "EMPNO": ("reference", emp_no), "SICARD": ("reference", si_card), "CERT": ("reference", cert_no),
    "VIN": ("reference", vin), "ENGINE": ("reference", engine_no), "IMEI": ("terminal", imei),
    "MORT": ("reference", mortgage_no), "IBAN": ("reference", iban), "STUREF": ("reference", student_ref),
    "REMIT": ("reference", remit_no), "DFP": ("terminal", dev_fp), "SID": ("reference", session_id),
    "SMSTPL": ("reference", sms_tpl), "LOSS": ("reference", loss_no), "DISPUTE": ("reference", dispute_no),
    "EXPRESS": ("reference", express_no), "REC": ("reference", rec_no), "WO": ("reference", workorder),
    "CUST": ("reference", cust_no), "BATCH": ("reference", batch_no), "TELLER": ("reference", teller_no),
    "MERCH": ("merchant", merchant_no), "TERM": ("terminal", terminal_no), "ORDER": ("reference", order_no),
    "CODE": ("code", vcode), "POST": ("postcode", postcode), "VER": ("version", version), "ERR": ("code", err_code),
    "HOT": ("hotline", hotline), "TITLE": ("title", title), "ORGADDR": ("org_address", org_address),
    "BRANCH": ("org", branch), "COURT": ("org", court), "OACCT": ("reference", org_acct),
    "RATE": ("amount", rate), "TERMS": ("amount", months), "KM": ("amount", km), "GPA": ("amount", gpa),
    "UA": ("terminal", ua), "GEO": ("reference", geo), "SWIFT": ("reference", swift),
}


def _uni(rng):
    return rng.choice(W.UNIVERSITIES)


SIMPLE = {
    "COUNTRY": ("country", lambda r: r.choice(W.COUNTRIES)), "PET": ("pet_name", lambda r: r.choice(W.PET_NAMES)),
    "BANK": ("org", lambda r: r.choice(W.BANKS)), "NUM": ("amount", lambda r: str(r.randrange(2, 60))),
    "SMALL": ("amount", lambda r: str(r.randrange(1, 9))), "NICK": ("nickname", lambda r: r.choice(W.NICKS)),
    "UNIV": ("org", lambda r: r.choice(W.UNIV_CN)), "MAJOR": ("reference", lambda r: r.choice(W.MAJORS)),
    "DEGREE": ("reference", lambda r: r.choice(W.DEGREES)), "REL": ("reference", lambda r: r.choice(W.RELATIONS)),
    "CAR": ("reference", lambda r: r.choice(W.CAR_MODELS)), "COLOUR": ("reference", lambda r: r.choice(W.CAR_COLOURS)),
    "BOXSIZE": ("reference", lambda r: r.choice(W.BOX_SIZES)), "ITEM": ("reference", lambda r: r.choice(W.BOX_ITEMS)),
    "COMPANY": ("org", lambda r: r.choice(W.COMPANIES)), "JOB": ("reference", lambda r: r.choice(W.JOBS)),
    "PHONE": ("terminal", lambda r: r.choice(W.PHONES)), "OS": ("terminal", lambda r: r.choice(W.OS_VER)),
    "RULE": ("code", lambda r: r.choice(W.RISK_RULES)), "PRODUCT": ("reference", lambda r: r.choice(W.CARD_PRODUCTS)),
    "REASON": ("reference", lambda r: r.choice(W.LOSS_REASONS)), "PTYPE": ("reference", lambda r: r.choice(W.PENSION_TYPES)),
    "CERTWAY": ("reference", lambda r: r.choice(W.CERT_WAYS)),
    "FUNI": ("org", lambda r: r.choice(W.UNIVERSITIES)[0]), "FUNIADDR": ("org_address", lambda r: r.choice(W.UNIVERSITIES)[2]),
    "FBANK": ("org", lambda r: r.choice(W.FOREIGN_BANKS)[0]),
    "LATIN": ("latin_name", lambda r: r.choice([f"{r.choice(W.LATIN_GIVEN)} {r.choice(W.LATIN_FAMILY)}",
                                                  f"{r.choice(W.PINYIN_SUR)} {r.choice(W.PINYIN_GIVEN)}",
                                                  f"{r.choice(W.PINYIN_SUR)}/{r.choice(W.PINYIN_GIVEN)}",
                                                  f"Mr. {r.choice(W.LATIN_FAMILY).title()}"])),
}
# ---------------------------------------------------------------- template language

CHOICE_RE = re.compile(r"\{([^{}]*)\}")
SLOT_RE = re.compile(r"<([A-Z]+)(?::(\w+))?>")
HON_TITLES = ["女士", "先生", "老人家", "同学", "大姐", "师傅", "经理", "律师", "大爷"]


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
        b.neg(draw(rng, fn), nk)
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
    """turns: list of (speaker_expr, text_expr); nine line styles."""
    rng = b.rng
    h, m = (start or (rng.randrange(7, 22), rng.randrange(60)))
    style = rng.choice(["a", "b", "c", "d", "e", "f", "g", "h", "i"])
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
        elif style == "h":
            say(b, sp); b.t(f" ({t}:{rng.randrange(60):02d}): "); say(b, tx); b.t("\n")
        elif style == "i":
            b.t(f"<{t}> "); say(b, sp); b.t(" | "); say(b, tx); b.t("\n")
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

_say = say
_form = form


def sms(b: Builder, body: str, sign="<BANK>"):
    """SMS template: 【sign】body + unsubscribe tail."""
    rng = b.rng
    say(b, rng.choice(["【" + sign + "】", "[" + sign + "]", "【" + sign + "】"]))
    say(b, body)
    say(b, rng.choice(["{退订回T|回TD退订|拒收请回复R}", "", "如非本人操作请致电<HOT>。", "{详询|咨询}<HOT>"]) + "\n")


def letter_head(b: Builder, to: str):
    say(b, to + "{：|:|：\n}")


# ---------------------------------------------------------------- genres

def g_student_loan(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("学生姓名|借款学生", "<NAME:a>", "student_name"), ("身份证号码|公民身份号码", "<ID:a>", "student_id"),
                 ("就读高校", "<UNIV>", "university"), ("院校代码", "<UNICODE>", "univ_code"), ("专业", "<MAJOR>", "major"),
                 ("学历层次", "<DEGREE>", "degree"), ("学号", "<STUNO>", "student_no"), ("本学年申请金额|申贷金额", "<AMT>", "amount"),
                 ("学生手机", "<MOB:a>", "mobile"), ("家庭住址|家庭通讯地址", "<ADDR:a>", "home_address"),
                 ("家庭电话", "<TEL:a>", "home_tel"), ("共同借款人", "<NAME:c>（<REL>）", "co_borrower"),
                 ("共同借款人身份证", "<ID:c>", "co_id"), ("共同借款人手机", "<MOB:c>", "co_mobile"),
                 ("受理证明校验码", "<XUEXIN>", "verify_code")],
             title="{生源地信用助学贷款申请表|<SMALL>学年生源地信用助学贷款申请|国家助学贷款（生源地）借款申请书}")
        pick(b, "申请人{承诺|保证}所填信息{真实有效|真实、准确}，{同意|授权}{县资助中心|经办机构}{查询|报送}征信。受理人：<TITLE>  <DATE>",
             "{温馨提示|提示}：{每年|每学年}{9月|秋季}开学前为{办理|受理}高峰，{周末|节假日}{照常|正常}受理，{方便|便于}学生返乡办理。",
             "{县学生资助管理中心|资助中心}{地址|办公地点}：<ORGADDR>；{咨询|服务}电话<HOT>。")
    elif k == 1:
        say(b, "<UNIV>{学生资助中心|资助管理中心}{<SMALL>学年|本学年}生源地助学贷款{回执录入名单|到账核对名单}（{内部核对，勿外传|未脱敏导出}）\n"
               "{导出|制表}时间：<DT>  {批次|批号}：<BATCH>\n")
        table(b, [("姓名|学生姓名", "<NAME:r>", "name"), ("学号", "<STUNO>", "student_no"), ("学院|院系", "{医学院|土木学院|信息学院|经管学院|文学院}", "school"),
                  ("贷款金额", "<AMT>", "amount"), ("合同编号", "<LOAN>", "contract"), ("联系电话|手机", "<MOB:r>", "mobile"),
                  ("身份证号|证件号码", "<ID:r>", "id_no")],
              rng.randrange(3, 7), style=rng.choice(["csv", "tsv", "md", "pipe", "list", "csv"]))
        pick(b, "{对外公示|公示}时{姓名|学生姓名}{显示|处理}为王*、{电话|手机号}{显示|处理}为138****5678，{身份证号|证件号}{不得|禁止}公示。",
             "{请|烦请}各学院{于|在}<DATE>前{核对|确认}，{有误|如有差错}{联系|告知}<TITLE>。",
             "{本名单|名单}{合计|共计}<NUM>人，{贷款|到账}总额<AMT>。")
    elif k == 2:
        say(b, "{共同借款人信息|共同借款人（父母）情况说明|家庭经济情况及共同借款人信息}\n")
        pick(b, "共同借款人<NAME:c>，系{借款学生|学生}<NAME:a>的<REL>，{身份证号|公民身份号码}<ID:c>，{现居住于|现住}<ADDR:c>，"
                "{务农|在外务工|个体经营|无固定职业}，{家庭|年}收入约<AMT>，{联系电话|手机}<MOB:c>{，家中座机<TEL:c>|}。\n",
             "【共同借款人】<NAME:c>\n【与学生关系】<REL>\n【证件号码】<DOC:c>\n【手机】<MOB:c>\n【居住地址】<ADDR:c>\n【工作单位】{<COMPANY>|务农|无}\n")
        pick(b, "{经|根据}{村委会|居委会}{证明|核实}，{该户|家庭}{为|属于}{脱贫户|低保户|一般困难家庭}，{家庭|共有}人口<SMALL>人。{核实人|调查人}：<NAME:s>",
             "{学生|借款学生}{本人|}手机<MOB:a>，{学信网|学籍}{验证码|在线验证码}<XUEXIN>。",
             "{共同借款人|父母}{须|应}{与学生一同|陪同学生}{到场|前往}{签字|面签}，{万一|如}{无法|不能}到场，{须|需}{提供|出具}{公证|委托}{材料|书}。")
    elif k == 3:
        say(b, "{毕业生还款确认书|毕业确认及还款计划书|国家助学贷款毕业确认}\n\n")
        say(b, "本人<NAME:a>，{身份证号|证件号码}<DOC:a>，{已于|于}<DATE>{毕业|毕业离校}于<UNIV><MAJOR>专业，"
               "{借款|贷款}合同{编号|号}<LOAN>，{贷款本金|本金}{合计|共}<AMT>。{本人|我}{确认|知悉}{自|从}{毕业|}{次年|当年}<DATE>起{进入|开始}还本期，"
               "{每年|按年}{12月20日|12月}前{还款|偿还}，{还款|扣款}{账户|银行卡}<CARD:a>。\n")
        form(b, [("毕业后联系手机|现手机", "<MOB:a>", "mobile"), ("电子邮箱|邮箱", "<MAIL:a>", "email"),
                 ("工作单位", "{<COMPANY>|待业|继续深造|<UNIV>（读研）}", "employer"), ("现居住地址|现通讯地址", "<ADDR:a>", "address"),
                 ("紧急联系人", "<NAME:e>（<REL>）", "emergency"), ("紧急联系人电话", "<MOB:e>", "emergency_mobile")],
             style=rng.choice(["kv", "bracket", "space", "md"]))
        pick(b, "借款人签字：<NAME:a>    {日期|签署日期}：<DATE>", "借款人（签名）：____  {辅导员|学院经办人}：<TITLE>",
             "{毕业|还款}信息{变更|更新}{须|请}{在|于}<NUM>日内{登录|通过}<BRAND>{更新|报送}，{否则|以免}{影响|计入}{个人|}征信。")
    elif k == 4:
        form(b, [("申请人", "<NAME:a>", "applicant"), ("合同编号", "<LOAN>", "contract"), ("原到期日", "<DATE>", "due_date"),
                 ("申请展期至", "<DATE>", "extend_to"), ("展期理由", "{考取研究生继续深造|毕业后待业|大病住院|应征入伍}", "reason"),
                 ("证明材料", "{录取通知书|诊断证明|入伍通知书|失业登记证明}", "proof"), ("联系手机", "<MOB:a>", "mobile"),
                 ("身份证号", "<ID:a>", "id_no"), ("提交IP", "<IP:a>", "ip")],
             title="{助学贷款展期申请|生源地助学贷款还款展期申请表|延期还本申请}")
        pick(b, "{县资助中心|资助中心}{意见|审核意见}：{同意展期|材料齐全，同意}，展期后{利率|执行利率}<RATE>。{审核人|经办}：<NAME:s>",
             "{审核|初审}{意见|结论}：{材料不全，请补充|缺少证明材料，退回}。{联系人|经办}<TITLE>，电话<HOT>。",
             "{在读|读研}期间{利息|贴息}{由财政|由国家}{全额|}贴息，{毕业|离校}后{马上|及时}{办理|补办}确认。")
    else:
        style = rng.choice(["kv", "json"])
        say(b, "{学籍在线核验回执|学信网学籍核验结果|受理证明校验日志} <DT>\n")
        for _ in range(rng.randrange(1, 4)):
            if style == "kv":
                say(b, "verify.op=<NAME:s> stu=<NAME:r> idNo=<ID:r> school=<UNIV> stuNo=<STUNO> status={在籍|在籍|休学|毕业} "
                       "code=<XUEXIN> reqIp=<IP:r> rsp=<ERR>\n")
            else:
                jline(b, [("operator", "<NAME:s>"), ("studentName", "<NAME:r>"), ("certNo", "<ID:r>"), ("school", "<UNIV>"),
                          ("xueji", "{在籍（注册学籍）|在籍|暂缓注册}"), ("verifyCode", "<XUEXIN>"), ("clientIp", "<IP:r>")])
            b.forget("r")
        pick(b, "{核验|校验}{通过|一致}后{方可|才能}{签订|打印}合同；{核验|校验}{失败|不一致}{请|须}{马上|立即}{联系|致电}<HOT>。",
             "# {共|total} <NUM> {条|rows}, {失败|fail} <SMALL>", "{备注|注}：{验证码|在线验证码}有效期<NUM>天。")


def g_court_assist(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    debtor = rng.random() < 0.78
    who = "被执行人<NAME:a>（{公民身份号码|身份证号}<ID:a>）" if debtor else "被执行人<COMPANY>（统一社会信用代码<USCC:u>）"
    if k == 0:
        say(b, "<COURT>\n{协助冻结存款通知书|协助冻结、扣划存款通知书|协助执行通知书}\n<CASE>\n\n")
        letter_head(b, "<BRANCH>")
        say(b, "{根据|依照}{本院|我院}<CASE>{执行裁定书|民事裁定书}，{请|现请}{你行|贵行}协助{冻结|冻结并扣划}" + who +
            "{在你行开立的|名下}{账户|存款账户}<CARD:a>{内的|中}存款<AMT>。{冻结期限|冻结期间}{为一年|一年}，{自|从}<DATE>{起至|至}<DATE>{止|}。\n")
        say(b, "{承办法官|执行法官}：<NAME:j>  {书记员|法官助理}：<NAME:k>  {联系电话|诉讼服务热线}：<HOT>\n"
               "{本院|法院}地址：<ORGADDR>\n<DATE>（{院印|盖章}）\n")
        pick(b, "{附|附件}：{执行裁定书|裁定书}副本<SMALL>份、{执行公务证|工作证}复印件<SMALL>份。",
             "{送达人|执行员}<NAME:j>{出示|持}{执行公务证|工作证}（{编号|证号}<EMPNO>），{柜员|经办}<TITLE>{核验|查验}{无误|一致}。", "")
    elif k == 1:
        form(b, [("{通知书文号|来文编号}", "<NOTICE>", "notice_no"), ("案号", "<CASE>", "case_no"),
                 ("被执行人", "<NAME:a>" if debtor else "<COMPANY>", "debtor"),
                 ("证件号码", "<DOC:a>" if debtor else "<USCC:u>", "debtor_id"), ("账号|账户", "<CARD:a>", "account"),
                 ("应冻结金额", "<AMT>", "to_freeze"), ("实际冻结金额", "<AMT>", "frozen"), ("冻结起止日", "<DATE>至<DATE>", "period"),
                 ("经办柜员", "<NAME:s>", "teller"), ("送达法官", "<NAME:j>", "judge"), ("执行公务证号", "<EMPNO>", "badge")],
             title="{协助执行回执|协助冻结存款回执|协助扣划回执}")
        pick(b, "{我行|本行}{已于|于}<DT>{完成|办理}{冻结|扣划}，{轮候|在先}冻结<SMALL>笔，{余额|账户余额}<AMT>。",
             "{特此|现}回执。<BRANCH>（{业务章|公章}）", "{说明|备注}：{账户|该账户}{为|系}{社保卡金融账户|工资代发账户}，{部分|}{款项|资金}{依法|}{不宜|不得}扣划。")
    elif k == 2:
        say(b, "{执行裁定书（摘录）|民事裁定书（节选）|执行裁定书摘录}  <CASE>\n\n")
        say(b, "申请执行人：<NAME:b>，{男|女}，<DATE>出生，汉族，{住|住所地}<ADDR:b>，公民身份号码<ID:b>。\n")
        if debtor:
            say(b, "被执行人：<NAME:a>，{男|女}，<DATE>出生，{住|户籍地}<ADDR:a>，公民身份号码<ID:a>{，联系电话<MOB:a>|}。\n")
        else:
            say(b, "被执行人：<COMPANY>，{住所地|住所}<ORGADDR>，统一社会信用代码<USCC:u>，法定代表人<NAME:a>。\n")
        say(b, "{本院|我院}{在执行|在审理}{申请执行人|原告}<HON:b>与被执行人{借款合同纠纷|民间借贷纠纷|买卖合同纠纷}一案中，"
               "{裁定如下|依照《中华人民共和国民事诉讼法》第二百五十三条之规定，裁定如下}：\n"
               "{冻结、划拨|扣划}被执行人{银行存款|名下存款}<AMT>{或查封、扣押其相应价值的财产|}。\n"
               "{审判长|审判员}<NAME:j>  {书记员|法官助理}<NAME:k>  <DATE>\n")
    elif k == 3:
        say(b, "<COURT>{协助查询存款通知书|查询存款通知} <NOTICE>\n{请协助查询下列人员在你行的存款情况|下列被查询人}：\n")
        table(b, [("被查询人|姓名", "<NAME:r>", "name"), ("证件号码|身份证号", "<ID:r>", "id_no"),
                  ("查询范围", "{活期、定期|全部账户|理财及存款|<DATE>至今流水}", "scope"),
                  ("反馈结果|查询结果", "{无开户信息|活期余额<AMT>|账户尾号<SMALL>0<SMALL>1，余额<AMT>|已销户}", "result")],
              rng.randrange(2, 5), numbered=rng.random() < 0.6)
        pick(b, "{查询人|承办人}：<NAME:j>、<NAME:k>  {查询时间|日期}：<DATE>  {经办|反馈}柜员：<TELLER>",
             "{反馈|结果}{通过|经}<BRAND>{回传|推送}，{批次|查控批次}<NOTICE>。", "{本通知|本次查询}{仅供|只用于}执行{使用|}，{不得|严禁}{向被查询人|对外}泄露。")
    elif k == 4:
        pick(b, "{解除冻结通知书|协助解除冻结存款通知书} <CASE>\n<BRANCH>：{因|鉴于}{双方已达成和解|申请执行人撤回申请|案件已执行完毕}，"
                "{请|现请}{解除|你行解除}{对|}" + who + "{账户|存款账户}<CARD:a>{的冻结|冻结}。\n{执行法官|承办人}<NAME:j>  <DATE>\n",
             "解冻{通知|回执}：{案号|文号}<CASE>，{被冻结人|账户户名}" + ("<NAME:a>" if debtor else "<COMPANY>") + "，{账号|账户}<CARD:a>，"
             "{解除冻结金额|解冻金额}<AMT>，{办理|解冻}时间<DT>，{经办|柜员}<NAME:s>。\n")
        sms(b, "尊敬的客户，您{账户|尾号}<SMALL><SMALL>2<SMALL>{的账户|}{已于|于}<DATE>{被有权机关解除冻结|解冻}，{当前|可用}余额<AMT>。{万一|如}有疑问请携带{身份证件|本人证件}到{开户|}网点咨询。")
    else:
        say(b, "{诉讼保全登记台账|司法冻结登记簿|诉讼保全及司法冻结台账}（<BRANCH>，{截至|统计至}<DATE>）\n")
        table(b, [("登记日期", "<DATE>", "reg_date"), ("案号", "<CASE>", "case_no"), ("{法院|来文机关}", "<COURT>", "court"),
                  ("{被保全人|被冻结人}", "<NAME:r>", "party"), ("证件号", "<DOC:r>", "doc_no"), ("账号", "<CARD:r>", "account"),
                  ("金额", "<AMT>", "amount"), ("{状态|冻结状态}", "{冻结中|已续冻|已解冻|已扣划|轮候}", "status"), ("经办", "<TITLE>", "handler")],
              rng.randrange(2, 6), style=rng.choice(["md", "csv", "tsv", "pipe", "md"]))
        pick(b, "{续冻|到期}{提醒|提示}：{冻结期|期限}{届满前|到期前}<NUM>日{须|应}{提示|通知}法院；{逾期|过期}{未续冻|不续}的{自动|}解除。",
             "{台账|本表}{由|}<TITLE>{维护|登记}，{每月|每周}{核对|复核}{一次|}。", "{合计|共}<NUM>笔，{冻结|涉及}金额<AMT>。")


def g_deceased_estate(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("已故存款人|存款人（已故）", "<NAME:d>", "deceased"), ("已故存款人身份证号", "<ID:d>", "deceased_id"),
                 ("死亡日期", "<DATE>", "death_date"), ("死亡证明编号|死亡证明", "<DEATH>", "death_cert"),
                 ("存款账户|账户", "<CARD:d>", "account"), ("账户余额|存款余额", "<AMT>", "balance"),
                 ("申请人", "<NAME:a>", "applicant"), ("与已故存款人关系|关系", "<REL>", "relation"),
                 ("申请人证件号码", "<DOC:a>", "applicant_doc"), ("申请人手机", "<MOB:a>", "mobile"),
                 ("收款账户", "<CARD:a>", "payee_card"), ("申请日期", "<DATE>", "date")],
             title="{已故存款人小额存款提取申请书|已故存款人存款小额提取申请|已故存款人账户信息查询及提取申请}")
        pick(b, "申请人{承诺|声明}：{提取|领取}{款项|存款}{后|之后}{如有|若有}{其他|}继承人{主张权利|提出异议}，{由申请人|本人}{负责|承担}{返还|全部责任}。",
             "{依据|根据}{小额提取|《关于简化已故存款人小额存款提取手续的通知》}，{余额|存款}{不超过|在}<AMT>{以内|}{可|的}{简化|}办理。",
             "{经办|受理}：<NAME:s>  {授权|复核}：<TITLE>  {网点|机构}：<BRANCH>")
    elif k == 1:
        say(b, "{继承权公证书（摘录）|公证书摘录}  <NOTARY>\n\n")
        say(b, "申请人：<NAME:a>，{男|女}，<DATE>出生，公民身份号码<ID:a>，{住|现住}<ADDR:a>。\n"
               "被继承人：<NAME:d>，{男|女}，<DATE>出生，{生前住|生前住址}<ADDR:d>，{于|已于}<DATE>{在|于}{市第一人民医院|家中|县中医院}{死亡|病故}。\n"
               "{经查|经本处查证}，被继承人{死亡后|生前}{遗有|留有}{存款|银行存款}{人民币|}<AMT>，{存于|开户于}<BANK>。"
               "被继承人{的配偶|的父母}{均已先于其死亡|已放弃继承}，{其他|}继承人<NAME:b>{自愿|书面}{放弃继承权|声明放弃}。\n"
               "{兹证明|本公证员证明}{上述存款|该遗产}由<NAME:a>{一人继承|继承}。\n")
        say(b, "<ORG>  {公证员|承办公证员}<NAME:n>  <DATE>\n")
    elif k == 2:
        say(b, "{亲属关系证明|家庭成员关系证明|亲属关系说明}\n{兹证明|经核实}，{已故居民|死者}<NAME:d>（{身份证号|证件号码}<ID:d>）{与下列人员关系如下|的直系亲属如下}：\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("关系|与死者关系", "<REL>", "relation"), ("{证件号码|身份证号}", "<DOC:r>", "doc_no"),
                  ("{现住址|居住地址}", "<ADDR:r>", "address"), ("{联系电话|电话}", "{<MOB:r>|<TEL:r>}", "phone")],
              rng.randrange(2, 5), style=rng.choice(["md", "list", "pipe", "csv"]))
        pick(b, "{特此证明|此证}。<ORG>（{盖章|公章}）  {经办人|证明人}：<NAME:s>  <DATE>",
             "{以上|上述}{情况|信息}{属实|真实}，{如有|若有}{虚假|不实}{愿|本单位}承担{法律|相应}责任。{社区|居委会}{电话|联系电话}<HOT>")
    elif k == 3:
        say(b, "{死亡证明核验日志|死亡信息联网核验} <DT>\n")
        for _ in range(rng.randrange(1, 4)):
            pick(b, "[VERIFY] cert=<DEATH> name=<NAME:r> idNo=<ID:r> src={公安人口库|卫健死亡登记|民政殡葬系统} result={一致|一致|不一致|未查得} op=<NAME:s> term=<TERM>\n",
                 "<TIME> 核验 {死亡证明|火化证明} <DEATH>：{姓名|被核验人}<NAME:r>，{证件|身份证}<ID:r>，{结果|核验结果}{一致|未查得记录}，{经办|操作员}<TELLER>\n")
            b.forget("r")
        pick(b, "{核验|联网核查}{一致|通过}后{方可|才}{办理|进入}{小额提取|继承}{流程|手续}；{未查得|不一致}{的|时}{须|请}{补充|提供}{公证书|法院判决书}。",
             "rc=<ERR> {耗时|elapsed}<NUM>ms", "")
    elif k == 4:
        form(b, [("遗产管理人|遗产管理人姓名", "<NAME:a>", "administrator"), ("证件号码", "<DOC:a>", "doc_no"),
                 ("指定依据", "{法院判决<CASE>|遗嘱指定|继承人共同推选|<NOTARY>}", "basis"), ("被继承人", "<NAME:d>", "deceased"),
                 ("被继承人账户", "<CARD:d>", "account"), ("联系电话", "<MOB:a>", "mobile"), ("住宅电话", "<TEL:a>", "home_tel"),
                 ("通讯地址", "<ADDR:a>", "address"), ("电子邮箱", "<MAIL:a>", "email"), ("登记日期", "<DATE>", "date")],
             title="{遗产管理人登记表|遗产管理人信息登记|遗产管理人备案}")
        pick(b, "{遗产管理人|管理人}{仅可|只能}{查询|办理}{账户|存款}{余额|信息}，{支取|提取}{须|应}{凭|持}{公证书|生效法律文书}。",
             "{登记|受理}：<NAME:s>  {复核|审核}：<TITLE>", "{万一|如}{继承人之间|各继承人}{存在|有}{争议|纠纷}，{暂停|停止}{办理|支付}{并|，}{告知|建议}{诉讼|通过诉讼}解决。")
    else:
        say(b, "{柜面复核意见|业务复核意见单|已故存款人业务复核记录}  {流水号|业务编号}<BATCH>\n")
        say(b, "{经办柜员|受理柜员}<NAME:s>{受理|办理}<NAME:a>{提交的|}{已故存款人|其<REL>}<NAME:d>{存款|账户}{提取|过户}申请，"
               "{账户|存款账户}<CARD:d>{余额|合计}<AMT>。{提交材料|材料}：{死亡证明|注销户口证明}（<DEATH>）、{亲属关系证明|户口簿}、"
               "{申请人身份证|申请人证件}<DOC:a>{复印件|}。\n")
        say(b, "{复核人|复核}<NAME:r>{意见|复核意见}：{材料齐备，同意支付|亲属关系证明不全，请补充|余额超过小额标准，须提供公证书}。"
               "{款项|资金}{转入|划至}{申请人|收款人}{账户|}<CARD:a>。<DATE>\n")
        pick(b, "{严格|务必}{执行|落实}{双人|双人复核}{制度|要求}，{影像|资料}{留存|归档}<NUM>年。", "")


def g_safe_deposit_box(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("承租人|租用人", "<NAME:a>", "lessee"), ("证件号码", "<DOC:a>", "doc_no"), ("手机", "<MOB:a>", "mobile"),
                 ("联系地址|住址", "<ADDR:a>", "address"), ("住宅电话", "<TEL:a>", "home_tel"), ("箱号", "<BOX>", "box_no"),
                 ("规格", "<BOXSIZE>", "size"), ("租期", "<TERMS>", "term"), ("年租金|租金", "<AMT>", "rent"),
                 ("押金|保证金", "<AMT>", "deposit"), ("钥匙编号", "<KEY>", "key_no"), ("扣租账户", "<CARD:a>", "rent_account"),
                 ("开箱方式", "{钥匙+密码|钥匙+指纹|双人双锁}", "open_mode")],
             title="{保管箱租用合同（首页）|保管箱租用申请书|保险箱租赁合同}")
        pick(b, "{承租人|租用人}{不得|严禁}{存放|在箱内存放}{易燃易爆|违禁|危险}{物品|品}及{现金以外的|}{易腐物品|活体动物}；"
             "{我行|本行}{不|无权}{过问|查看}{箱内物品|存放物品}。",
             "{租金|费用}{每年|按年}{自动|}{从|于}扣租账户{扣收|扣划}，{余额|账户余额}{不足|不够}{视为|即为}欠租。",
             "{经办|签约}：<NAME:s>  {保管箱|库区}{管理员|主管}：<TITLE>  <DATE>")
    elif k == 1:
        say(b, "{保管箱开箱登记簿|开箱登记记录|保管箱出入库登记}（<BRANCH>，<DATE>）\n")
        table(b, [("进库时间", "<TIME>", "in"), ("出库时间", "<TIME>", "out"), ("箱号", "<BOX>", "box"),
                  ("开箱人", "<NAME:r>", "opener"), ("证件号|证件号码", "<DOC:r>", "doc"), ("{身份|类别}", "{承租人|授权人|继承人}", "role"),
                  ("陪同员", "<TITLE>", "escort"), ("{备注|事项}", "{存入|取出|查看|<ITEM>}", "note")],
              rng.randrange(2, 6), style=rng.choice(["md", "pipe", "tsv", "list", "csv"]))
        pick(b, "{开箱|进库}{须|应}{核对|核验}{指纹|钥匙}及{证件|身份}，{陪同员|管理员}{不得|禁止}{窥视|接触}{箱内物品|物品}。",
             "{当日|本日}{共|合计}开箱<NUM>{次|人次}，{监控|录像}{保存|留存}<NUM>天。")
    elif k == 2:
        form(b, [("承租人", "<NAME:a>", "lessee"), ("箱号", "<BOX>", "box_no"), ("原授权开箱人", "<NAME:b>", "old_agent"),
                 ("变更类型", "{新增|取消|更换}", "change"), ("新授权开箱人", "<NAME:c>", "new_agent"),
                 ("新授权人证件", "<DOC:c>", "new_doc"), ("新授权人手机", "<MOB:c>", "new_mobile"),
                 ("与承租人关系", "<REL>", "relation"), ("授权期限", "{长期|<DATE>至<DATE>|一年}", "period")],
             title="{授权开箱人变更申请|保管箱授权人变更登记|授权开箱人增减表}")
        pick(b, "{承租人|本人}{与|和}新授权人{须|应}{同时|一同}{到场|亲临}{签字|并留存指纹}。{承租人|}签字：<NAME:a>",
             "{原授权|取消}{自|于}<DATE>{起失效|失效}，{已留存|原}指纹{同步|一并}{删除|注销}。{经办|受理}<NAME:s>")
    elif k == 3:
        say(b, "{保管箱钥匙遗失申请书|钥匙挂失及换锁申请|保管箱钥匙遗失声明}\n\n")
        letter_head(b, "<BRANCH>")
        say(b, "本人<NAME:a>（{证件号码|身份证号}<DOC:a>）{于|在}<DATE>{租用|承租}{贵行|你行}<BOX>号保管箱，"
               "{因|由于}{搬家|外出|<REASON>}{不慎|}{遗失|丢失}{钥匙|保管箱钥匙}{一把|}（{编号|钥匙号}<KEY>）。"
               "{现|特}申请{挂失|办理}并{更换锁芯|强制换锁}，{费用|换锁费}<AMT>{由本人承担|自理}。\n"
               "{联系电话|手机}<MOB:a>{，家中电话<TEL:a>|}。\n申请人：<NAME:a>  <DATE>\n")
        pick(b, "{换锁|开锁}{须|由}<ORG>{技师|人员}{在|于}{承租人|本人}{在场时|见证下}{进行|实施}，{全程|过程}录像。",
             "{挂失|受理}{登记|编号}<WO>，{经办|受理}<TITLE>。")
    elif k == 4:
        style = rng.random()
        if style < 0.4:
            sms(b, "<HON:a>，您{租用的|在我行租用的}{保管箱|保险箱}<BOX>{已欠租|租金已逾期}<NUM>{个月|天}，{欠费|欠缴}<AMT>，请于<DATE>前{补缴|缴清}，"
                   "{逾期|否则}{将|我行将}{按合同|依约}{强制开箱|办理强制开箱}。")
        else:
            say(b, "{保管箱欠租催告函|催告函|欠租催缴通知}\n\n")
            letter_head(b, "<NAME:a>{先生|女士|}")
            say(b, "{您|阁下}于<DATE>{在我行|在本行}租用的<BOX>号保管箱{租期已于|已于}<DATE>{届满|到期}，{至今|截至<DATE>}{尚欠|欠缴}租金<AMT>。"
                   "{我行|本行}{曾|已}{多次|<SMALL>次}{致电|拨打}<MOB:a>{未果|无人接听}。{请|敬请}{您|}{于|在}{收函后|}<NUM>日内{到|至}<BRANCH>{办理|补缴}。"
                   "{逾期|如逾期}{未|不}{办理|补缴}，{我行|本行}{将|有权}{依照|按照}合同{约定|第<SMALL>条}{在公证人员见证下|会同公证机构}{强制开箱|开箱清点}。\n")
            say(b, "{函件|催告函}{寄往|寄送至}：<ADDR:a>\n<BRANCH>  <DATE>\n")
    else:
        say(b, "{强制开箱见证记录|保管箱强制开启记录|强制开箱及物品清点记录}\n")
        form(b, [("箱号", "<BOX>", "box"), ("承租人", "<NAME:a>", "lessee"), ("开箱原因", "{欠租逾期|承租人死亡|司法机关要求|钥匙遗失}", "reason"),
                 ("{见证|公证}机构", "<ORG>", "notary"), ("公证员", "<NAME:n>", "notary_name"), ("{银行|我行}见证人", "<NAME:s>", "witness"),
                 ("开箱时间", "<DT>", "time"), ("{公证书|文号}", "<NOTARY>", "notary_no")], style=rng.choice(["kv", "bracket", "num", "space"]))
        say(b, "{箱内物品清单|清点物品}：{1|一}、<ITEM>；{2|二}、<ITEM>；{3|三}、{现金|现钞}<AMT>。{物品|以上物品}{已|}{封存|装袋封存}{于|入}{金库|库房}，{封条|封签}号<KEY>。\n")
        pick(b, "{全程|开箱过程}{录像|同步录像}，{录像|视频}{编号|文件}<REC>。", "{承租人|继承人}{领取|认领}{时|须}{凭|持}{本人|}{证件|身份证件}及{公证书|继承证明}。")


def g_payroll_agency(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{代发工资批量清单|代发明细文件|工资代发批量导入文件}  {单位|付款单位}：<COMPANY>  {批次|批次号}：<PAYBATCH>\n"
               "{付款账户|单位账号}：<OACCT>  {代发日期|入账日期}：<DATE>\n")
        table(b, [("姓名|户名|name", "<NAME:r>", "name"), ("卡号|收款账号|account", "<CARD:r>", "account"),
                  ("金额|实发金额|amount", "<AMT>", "amount"), ("身份证号|证件号|id_no", "<ID:r>", "id_no"),
                  ("手机|mobile", "<MOB:r>", "mobile"), ("备注|摘要|memo", "{<SMALL>月工资|绩效奖金|高温补贴|年终奖|工资}", "memo")],
              rng.randrange(3, 8), style=rng.choice(["csv", "tsv", "csv", "tsv", "md", "pipe"]), numbered=rng.random() < 0.5)
        pick(b, "{合计|总计}<NUM>笔，{总金额|合计金额}<AMT>。{制表|经办}：<TITLE>  {审核|复核}：<TITLE>",
             "# {文件|file} payroll_<PAYBATCH>.csv  rows=<NUM>", "{请|}{确保|核对}户名与卡号{一致|相符}，{不一致|不符}{将|会}{退票|退回}。")
    elif k == 1:
        form(b, [("单位名称", "<COMPANY>", "company"), ("统一社会信用代码", "<USCC:u>", "uscc"), ("单位账号|付款账号", "<OACCT>", "account"),
                 ("单位地址", "<ORGADDR>", "company_address"), ("代发日|每月代发日", "{每月<NUM>日|每月<SMALL>日|月末}", "pay_day"),
                 ("代发人数", "<NUM>人", "headcount"), ("手续费", "{免收|每笔<AMT>|<RATE>}", "fee"),
                 ("单位经办人", "<NAME:a>", "agent"), ("经办人证件", "<DOC:a>", "agent_doc"), ("经办人手机", "<MOB:a>", "agent_mobile"),
                 ("经办人邮箱", "<MAIL:a>", "agent_email"), ("{协议|合同}编号", "<BATCH>", "agreement")],
             title="{代发工资协议附件一：单位信息表|代发业务协议附件|代发工资业务信息确认表}")
        pick(b, "{甲方|单位}{应|须}{于|在}代发日前<SMALL>个工作日{将|把}{资金|代发资金}{足额|全额}{存入|转入}付款账户，{并|同时}{通过|经}<BRAND>{提交|上传}{代发|}明细。",
             "{乙方|我行}客户经理：<NAME:s>  {服务|联系}电话：<HOT>", "{单位|甲方}（{公章|盖章}）  {法定代表人|负责人}：<TITLE>")
    elif k == 2:
        form(b, [("员工姓名", "<NAME:a>", "employee"), ("工号", "<EMPNO>", "emp_no"), ("证件号码", "<DOC:a>", "doc_no"),
                 ("工资卡号|代发账户", "<CARD:a>", "card"), ("所在单位", "<COMPANY>", "company"), ("离职日期", "<DATE>", "leave_date"),
                 ("处理方式", "{解除代发关系，账户转为普通借记卡|销户|保留账户，取消代发费用减免}", "action"),
                 ("通知手机", "<MOB:a>", "mobile")],
             title="{离职员工账户处理单|代发解约（离职）通知|离职人员代发关系解除申请}")
        pick(b, "{单位|人事部门}{确认|证明}：{该员工|上述员工}{已|}{办结|办理}离职{手续|}。{单位经办|人事专员}<NAME:h>，电话<MOB:h>。",
             "{账户|该卡}{转为|变为}普通借记卡后，{年费|小额账户管理费}{按|依}{常规|标准}收取；{方便|如需}销户{请|须}{本人|本人持证}到{网点|柜面}办理。")
    elif k == 3:
        say(b, "{工资退票明细|代发失败明细|代发退票通知}  {批次|原批次}<PAYBATCH>  {退回|处理}日期<DATE>\n")
        table(b, [("姓名|户名", "<NAME:r>", "name"), ("账号|卡号", "<CARD:r>", "account"), ("金额", "<AMT>", "amount"),
                  ("{退票原因|失败原因}", "{户名不符|账户已销户|卡号错误|账户冻结|非本行卡|账户状态异常}", "reason"),
                  ("{返回码|代码}", "<ERR>", "code")],
              rng.randrange(2, 6), style=rng.choice(["csv", "tsv", "md", "list", "pipe"]))
        pick(b, "{退票|失败}{资金|款项}{已|}{退回|原路退回}单位账户<OACCT>，{请|烦请}{核实|更正}{后|}{重新|}{提交|发起}。",
             "{如|若}{员工|收款人}{更换|变更}{工资卡|卡号}，{请|须}{提供|更新}{新卡|}{信息|资料}{并|}{重新|}{签约|登记}。")
    elif k == 4:
        say(b, "{薪资卡开卡预约|代发工资卡批量开卡预约|上门开卡预约沟通}（<COMPANY>）\n")
        chat(b, [("{<NAME:h>|<HON:h>|<NICK>}", "{您好|你好}，我们{新入职|新招}<NUM>{名|位}员工，{想|需要}{办|开}工资卡，{能|可以}上门吗？"),
                 ("{<NAME:s>|<HON:s>}", "可以的，{周末|周三下午}{方便|可以}安排{移动|}{展业|开卡}设备过去，{请|麻烦}{先|}{把|将}{名单|员工名单}发我。"),
                 ("{<NAME:h>|<HON:h>|<NICK>}", "好的：<NAME:ra> <MOB:ra>，<NAME:rb> <MOB:rb>，{其余|剩下}{的|}{明天|稍后}{发|补}。"),
                 ("{<NAME:s>|<HON:s>}", "{收到|好的}，{员工|本人}{须|需}{本人|}带{身份证|证件}{到场|现场}{设置密码|刷脸}，{万一|如}{外地|}{户籍|身份证}也{可以|可}办。"),
                 ("{<NAME:h>|<HON:h>|<NICK>}", "{那就|那}<DATE>{上午|下午}<TIME>，{地点|地址}{在|是}<ORGADDR>。")])
        pick(b, "{预约|上门}{编号|单号}<WO>，{携带|准备}{移动|}{发卡机|展业Pad}<SMALL>台。", "")
    else:
        say(b, "{单位经办人授权书|代发业务授权委托书|授权委托书}\n\n")
        letter_head(b, "<BANK>")
        say(b, "{兹|现}{授权|委托}{我单位|本单位}{员工|职工}<NAME:a>（{身份证号|证件号码}<DOC:a>，{手机|联系电话}<MOB:a>）"
               "{为|作为}{我单位|本单位}代发{工资|业务}经办人，{负责|办理}{代发|}{明细|清单}{提交|报送}、{退票|失败}{处理|查询}及{相关|}{资料|文件}{领取|签收}。"
               "{授权期限|有效期}{自|从}<DATE>{至|到}<DATE>。\n")
        say(b, "{授权单位|单位名称}：<COMPANY>（{盖章|公章}）  {统一社会信用代码|信用代码}：<USCC:u>\n{法定代表人|负责人}：<NAME:l>  <DATE>\n")
        pick(b, "{被授权人|经办人}{签字|签名}：<NAME:a>", "{附|随附}{经办人|被授权人}{身份证|证件}复印件<SMALL>份。", "")


def g_pension_certify(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("姓名|参保人", "<NAME:a>", "name"), ("社会保障号码|身份证号", "<ID:a>", "si_no"), ("社保卡号", "<SICARD>", "si_card"),
                 ("养老金类别|待遇类型", "<PTYPE>", "pension_type"), ("认证方式", "<CERTWAY>", "cert_way"),
                 ("认证结果", "{通过|通过|未通过（活体检测失败）|待复核}", "result"), ("认证时间", "<DT>", "time"),
                 ("发放账户|养老金账户", "<CARD:a>", "account"), ("联系电话|手机", "<MOB:a>", "mobile"), ("认证流水号", "<CERT>", "cert_no")],
             title="{养老金领取资格认证记录|待遇领取资格认证登记|<SMALL>年度领取资格确认记录}")
        pick(b, "{未按时|逾期未}认证{的|者}{将|会}{暂停|停发}{养老金|待遇}，{认证|重新认证}{通过|后}{补发|恢复发放}。",
             "{认证|确认}{不收取|免收}任何费用，{谨防|警惕}{以认证为名|冒充社保人员}的{诈骗|电话}。{咨询|热线}<HOT>",
             "{经办|认证员}：<NAME:s>  {网点|地点}：<BRANCH>")
    elif k == 1:
        say(b, "{上门认证工作日志|助老上门服务记录|养老金上门认证日志}  <DATE>\n")
        for i in range(rng.randrange(1, 4)):
            say(b, "{" + str(i + 1) + "、|" + str(i + 1) + ". |}<TIME> <NAME:s>{、|和}<NAME:t>{前往|到}<ADDR:r>，{为|给}<NAME:r>（<NUM>{岁|周岁}，{卧床|行动不便|失能}）"
                   "{办理|完成}{资格认证|养老金认证}，{家属|其<REL>}<NAME:rc>{在场|陪同}，{联系电话|电话}{<MOB:rc>|<TEL:r>}。{结果|认证结果}：{通过|视频留存|待补拍}。\n")
            b.forget("r", "rc")
        pick(b, "{带队|负责人}：<TITLE>  {车辆|用车}：<PLATE:v>", "{今日|当日}{共|合计}{上门|走访}<NUM>户，{平安|安全}{返回|返程}。",
             "{注意|提醒}：{第<SMALL>户|该户}{家中|院内}{养有|有}{一只|}{狗|犬}（{名叫|叫}<PET>），{上门|入户}前{请|须}{先|}{联系|告知}{家属|老人}。", "")
    elif k == 2:
        form(b, [("客户姓名", "<NAME:a>", "customer"), ("年龄", "<NUM>岁", "age"), ("陪同人", "<NAME:c>", "companion"),
                 ("陪同人关系", "<REL>", "relation"), ("陪同人证件", "<DOC:c>", "companion_doc"), ("陪同人电话", "<MOB:c>", "companion_mobile"),
                 ("客户住宅电话", "<TEL:a>", "home_tel"), ("办理业务", "{养老金取现<AMT>|密码重置|社保卡挂失|定期转存|大额转账<AMT>}", "business"),
                 ("大堂经理", "<TITLE>", "lobby"), ("网点", "<BRANCH>", "branch")],
             title="{老年客户陪同办理记录|老年人业务办理陪同登记|特殊群体客户服务登记}")
        pick(b, "{大额|转账}{业务|交易}{已|}{询问|核实}{资金用途|用途}：{给孙子交学费|看病|购买保健品|亲友借款}，{已|}{进行|做了}{反诈|风险}提示。",
             "{客户|老人}{听力|视力}{不佳|较差}，{由|经}{陪同人|家属}{协助|代为}{阅读|填写}，{客户|本人}{按|捺}{手印|指印}{确认|}。", "")
    elif k == 3:
        say(b, "{反诈回访记录|老年客户反诈回访录音转写|大额支取回访} <REC>\n")
        transcript(b, [(0, "{您好|喂，您好}，{请问是|是}<NAME:a>{老人家|}吗？{我是|这里是}<BANK>{客服|回访专员}<NAME:s>。"),
                       (1, "{是我|我是}，{啥事|什么事}？"),
                       (0, "您{昨天|<DATE>}{在|于}网点{取了|支取}<AMT>，{想|来}{确认一下|了解}{用途|资金用途}。"),
                       (1, "{给|交}{一个|}{养老项目|保健品公司|投资公司}{的|}{钱|定金}，{说|讲}{年底|马上}{能|可以}{返|分红}<RATE>。"),
                       (0, "{这|这种}{很可能|极可能}是诈骗，{请|您}{先|}{不要|别}{转账|付款}，{方便|可以}{留|给}{一下|}{您|}{子女|家人}的电话吗？"),
                       (1, "我{儿子|女儿}<NAME:c>，{电话|手机}<MOB:c>，{家里|座机}<TEL:a>。"),
                       (0, "{好的|谢谢}，{我们|我}{会|将}{联系|通知}{您家人|他}。{有|遇到}{疑问|问题}{请|可}拨打<HOT>。")],
                   roles=("{坐席|回访员|客服}", "{客户|老人}"))
        pick(b, "{回访|处理}结论：{已|}{联系|告知}家属，{客户|老人}{同意|答应}{暂停|不再}{付款|转账}。{登记|工单}<WO>",
             "{结论|结果}：{客户|本人}{拒绝|不愿}{配合|沟通}，{已|}{上报|报送}<ORG>。")
    elif k == 4:
        say(b, "{养老金代领人登记表|代领养老金委托登记|待遇代领人备案}（{社区|乡镇}：<ORG>）\n")
        table(b, [("{领取人|参保人}", "<NAME:r>", "pensioner"), ("{参保人证件|社会保障号码}", "<ID:r>", "si_no"),
                  ("代领人", "<NAME:ra>", "agent"), ("关系", "<REL>", "relation"), ("代领人证件", "<DOC:ra>", "agent_doc"),
                  ("代领人手机", "<MOB:ra>", "agent_mobile"), ("委托期限", "{一年|<DATE>至<DATE>|长期}", "period")],
              rng.randrange(2, 5), style=rng.choice(["md", "csv", "list", "tsv", "pipe"]))
        pick(b, "{代领人|受托人}{须|应}{每季度|每半年}{协助|配合}{领取人|参保人}{完成|进行}{认证|资格确认}，{参保人|领取人}{死亡|去世}{须|应}{及时|马上}{告知|报告}，"
             "{不得|严禁}{冒领|继续领取}。", "{登记|录入}：<NAME:s>  {复核|审核}：<TITLE>  <DATE>")
    else:
        if rng.random() < 0.5:
            sms(b, "{尊敬的|}<HON:a>，您的{第三代|}社保卡{金融账户|银行账户}{已|}{激活|启用}成功，{账户|卡号}尾号<SMALL><SMALL>7<SMALL>，"
                   "{养老金|待遇}{将|会}{按月|每月}{发放至|打入}此卡。{请|务必}{妥善保管|保管好}{卡片|}{和|及}密码。")
        form(b, [("姓名", "<NAME:a>", "name"), ("证件号码|社会保障号码", "<ID:a>", "id_no"), ("社保卡银行账号|金融账户", "<CARD:a>", "bank_account"),
                 ("手机号码", "<MOB:a>", "mobile"), ("激活渠道|激活网点", "{<BRANCH>|<BRAND>}", "channel"),
                 ("激活时间", "<DT>", "time"), ("{代办人|代为激活人}", "{<NAME:c>|无}", "proxy")],
             style=rng.choice(["kv", "ascii", "json", "kvlog", "semi"]), title="{社保卡金融功能激活登记|社保卡激活记录}")


def carloan_no(rng):
    return rng.choice([f"QCDK{_yr(rng)}{_d(rng, 7)}", f"车贷合同第{_d(rng, 6)}号", f"AUTO-{_d(rng, 4)}-{_d(rng, 4)}"])


REFS["CARLOAN"] = ("reference", carloan_no)


def g_car_loan(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("借款人", "<NAME:a>", "borrower"), ("证件号码", "<DOC:a>", "doc_no"), ("手机", "<MOB:a>", "mobile"),
                 ("工作单位", "<COMPANY>", "employer"), ("月收入", "<AMT>", "income"), ("购买车型", "<CAR>", "model"),
                 ("车辆价格|开票价", "<AMT>", "price"), ("首付比例", "{20%|30%|40%|15%}", "down_payment"), ("贷款金额", "<AMT>", "loan"),
                 ("期限", "<TERMS>", "term"), ("利率", "<RATE>", "rate"), ("经销商", "<ORG>", "dealer"),
                 ("居住地址", "<ADDR:a>", "address"), ("配偶", "{<NAME:m>|未婚|离异}", "spouse"), ("审批人", "<NAME:s>", "approver")],
             title="{汽车消费贷款审批表|个人汽车贷款审批单|车贷审批意见表}")
        pick(b, "{审批意见|结论}：{同意|有条件同意}，{须|应}{办理|完成}车辆抵押登记{并|及}{安装|加装}GPS。{合同号|编号}<CARLOAN>",
             "{征信|信用}{报告|记录}{显示|}{近两年|24个月}{无|有<SMALL>次}逾期，{负债率|DTI}{约|}<RATE>。",
             "{经销商|合作商}{担保|保证金}{比例|}<RATE>，{放款|资金}{直接|}{支付|受托支付}{至|给}经销商{账户|}<OACCT>。")
    elif k == 1:
        form(b, [("抵押人|机动车所有人", "<NAME:a>", "owner"), ("身份证明号码|证件号码", "<DOC:a>", "doc_no"),
                 ("号牌号码", "<PLATE:a>", "plate"), ("车辆识别代号", "<VIN>", "vin"), ("发动机号", "<ENGINE>", "engine"),
                 ("车辆品牌", "<CAR>", "brand"), ("颜色", "<COLOUR>", "colour"), ("抵押权人", "<BANK>", "mortgagee"),
                 ("登记编号", "<MORT>", "reg_no"), ("登记日期", "<DATE>", "date"), ("登记机关", "{<ORG>|市公安局交通管理支队车辆管理所}", "office")],
             title="{机动车抵押登记回执|车辆抵押登记受理凭证|机动车抵押登记信息}")
        pick(b, "{抵押|登记}{信息|记录}{已|}{上传|同步}{至|到}<BRAND>{系统|平台}；{结清|还清}{后|}{凭|持}{解押材料|解除抵押通知书}{办理|}解押。",
             "{车辆登记证书|绿本}{由|交}{我行|本行}{保管|代为保管}，{保管|入库}{编号|号}<KEY>。")
    elif k == 2:
        say(b, "{经销商合作贷款通知|合作经销商放款通知书|车贷审批结果告知函}\n\n")
        letter_head(b, "<ORG>")
        say(b, "{贵店|贵司}{推荐|报送}的{客户|借款人}<NAME:a>（{手机|联系电话}<MOB:a>）{购买|购置}<CAR>{一辆|}的{贷款|汽车贷款}申请{已|}{审批通过|获批}，"
               "{贷款金额|核准金额}<AMT>，{期限|贷款期限}<TERMS>。{请|烦请}{于|在}<DATE>前{完成|办妥}{上牌|车辆上户}{及|和}抵押{登记|手续}，"
               "{并|同时}{提交|寄送}{发票|机动车销售统一发票}、{合格证|车辆合格证}{复印件|}。{放款|款项}{将|会}{支付|划入}{贵店|贵司}{账户|}<OACCT>。\n")
        say(b, "<BANK>{个人贷款部|消费信贷中心}  {联系人|客户经理}：{<NAME:s>|<TITLE>}  {电话|热线}<HOT>  <DATE>\n")
        pick(b, "{合作|经销商}{信息|资料}：{统一社会信用代码|代码}<USCC:u>，{地址|经营地址}<ORGADDR>。", "")
    elif k == 3:
        form(b, [("车主|借款人", "<NAME:a>", "owner"), ("手机", "<MOB:a>", "mobile"), ("车牌号|号牌", "<PLATE:a>", "plate"),
                 ("车架号", "<VIN>", "vin"), ("GPS设备号|终端号", "<IMEI>", "gps_id"), ("设备类型", "{有线|无线|有线+无线}", "type"),
                 ("安装位置", "{主驾仪表台下方|副驾座椅下|后备箱左侧饰板内|OBD接口附近}", "position"),
                 ("安装人员", "<NAME:i>", "installer"), ("安装地点", "<ORG>（<ORGADDR>）", "place"), ("里程", "<KM>", "mileage"),
                 ("安装时间", "<DT>", "time")],
             title="{GPS安装确认单|车载定位设备安装确认|GPS安装验收单}")
        pick(b, "{车主|借款人}{知悉并同意|确认}{设备|GPS}{仅用于|只用于}{贷后|风险}{管理|监控}，{不得|严禁}{私自|擅自}{拆除|拔除}。车主签字：<NAME:a>",
             "{设备|定位}{上线|在线}{测试|检测}{正常|通过}，{首次|}{定位|信号}{时间|}<TIME>，{平台|供应商}<ORG>。")
    elif k == 4:
        if rng.random() < 0.5:
            chat(b, [("{<NAME:a>|<HON:a>|<NICK>}", "{你好|您好}，我{想|打算}{提前还清|提前结清}车贷，{合同|贷款}{是|号}<CARLOAN>。"),
                     ("{<NAME:s>|<HON:s>}", "{好的|可以}，{提前结清|结清}{需要|要}{收取|支付}{剩余本金|本金}的<RATE>{作为|}违约金，{剩余本金|本金余额}<AMT>。"),
                     ("{<NAME:a>|<HON:a>|<NICK>}", "{行|好}，{钱|款}{已|}{存到|转入}{还款卡|扣款卡}<CARD:a>{了|}，{什么时候|多久}{能|可以}解押？"),
                     ("{<NAME:s>|<HON:s>}", "{结清|扣款}{后|成功后}<NUM>个工作日{出|开具}{结清证明|解押材料}，{寄到|邮寄到}{您|}<ADDR:a>{可以吗|，方便吗}？"),
                     ("{<NAME:a>|<HON:a>|<NICK>}", "{可以|没问题}，{收件|电话}<MOB:a>。")])
        else:
            form(b, [("借款人", "<NAME:a>", "borrower"), ("合同编号", "<CARLOAN>", "contract"), ("车牌", "<PLATE:a>", "plate"),
                     ("剩余本金", "<AMT>", "principal"), ("违约金", "{免收|<AMT>}", "penalty"), ("扣款账户", "<CARD:a>", "account"),
                     ("结清日期", "<DATE>", "date"), ("解押材料邮寄地址", "<ADDR:a>", "mail_address"), ("联系电话", "<MOB:a>", "mobile")],
                 title="{提前结清申请|汽车贷款提前还款申请书}")
    else:
        say(b, "{逾期车辆处置告知函|贷款逾期催告及车辆处置通知|逾期车辆收回处置函}\n\n")
        letter_head(b, "<NAME:a>{先生|女士|}")
        say(b, "{您|阁下}{于|在}<DATE>{在我行|在本行}{办理|申请}的汽车{贷款|消费贷款}（{合同号|编号}<CARLOAN>）{已|}{逾期|连续逾期}<NUM>{期|天}，"
               "{拖欠|欠款}{本息|金额}{合计|共计}<AMT>。{我行|本行}{多次|曾}{通过|经}<MOB:a>{联系|催告}{未果|无果}。"
               "{请|敬请}{于|在}<DATE>前{还清|归还}{欠款|全部欠款}；{逾期|否则}{我行|本行}{将|有权}{依法|依约}{处置|拍卖}{抵押车辆|车辆}<PLATE:a>（<CAR>，{车架号|VIN}<VIN>），"
               "{处置|拍卖}{所得|价款}{不足|不够}{部分|的}{继续|仍}{追偿|追索}。\n")
        say(b, "{送达|寄送}地址：<ADDR:a>\n<BANK>{个贷|消费信贷}{资产保全|贷后管理}{部|中心}  <DATE>\n")
        pick(b, "{拍卖|处置}{机构|公司}：<ORG>，{车辆|现}{停放|存放}于<ORGADDR>。", "")


def g_study_abroad_remit(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    uname, _, uaddr = rng.choice(W.UNIVERSITIES)

    def say(b, t):  # one university per record: its name and its address agree
        _say(b, t.replace("<FUNIADDR>", uaddr).replace("<FUNI>", uname))

    def form(b, fields, **kw):
        _form(b, [(f[0], f[1].replace("<FUNIADDR>", uaddr).replace("<FUNI>", uname)) + tuple(f[2:]) for f in fields], **kw)
    if k == 0:
        form(b, [("汇款人 Remitter|汇款人姓名", "<NAME:a>", "remitter"), ("汇款人证件 ID No.|汇款人身份证", "<ID:a>", "remitter_id"),
                 ("汇款人手机", "<MOB:a>", "remitter_mobile"), ("留学生姓名 Student", "<NAME:t>", "student"),
                 ("留学生护照 Passport No.", "<PASS:t>", "student_passport"), ("收款人 Beneficiary", "<FUNI>", "beneficiary"),
                 ("收款人地址 Beneficiary Address", "<FUNIADDR>", "beneficiary_address"), ("收款行 Bank", "<FBANK>", "bank"),
                 ("SWIFT BIC", "<SWIFT>", "swift"), ("收款账号 Account", "<IBAN>", "account"), ("汇款金额 Amount", "<FX>", "amount"),
                 ("附言 Remarks", "TUITION FEE <STUREF>", "remarks"), ("费用承担", "{SHA|OUR|BEN}", "charges")],
             title="{境外汇款申请书（留学学费）|留学学费汇款申请|APPLICATION FOR OVERSEAS REMITTANCE}")
        pick(b, "{汇款人|申请人}{承诺|确认}{本笔|该笔}{汇款|资金}{用于|用途为}{境外留学学费|自费留学学杂费}，{占用|不占用}{个人|}年度{便利化|购汇}额度。",
             "{电汇|汇款}{编号|参考号}<REMIT>，{预计|一般}<SMALL>个工作日{到账|入账}；{中转行|中间行}{费用|手续费}{约|}<FX>。",
             "{经办|柜员}：<TELLER>  {审核|复核}：<TITLE>")
    elif k == 1:
        say(b, "{境外收款人信息|Beneficiary Details|收款人信息（住宿费/寄宿家庭）}\n")
        form(b, [("Beneficiary Name|收款人名称", "{<LATIN>|<FUNI>|<LATIN> (Homestay Host)}", "beneficiary_name"),
                 ("Beneficiary Address|收款人地址", "<FUNIADDR>", "beneficiary_address"), ("Bank Name|开户行", "<FBANK>", "bank"),
                 ("SWIFT Code", "<SWIFT>", "swift"), ("Account No./IBAN", "<IBAN>", "iban"), ("Country|国家", "<COUNTRY>", "country"),
                 ("Purpose|用途", "{Accommodation Fee|Tuition Fee|Living Expenses|住宿费}", "purpose"),
                 ("Student Name|学生姓名", "<NAME:t>", "student"), ("Student Ref|学号", "<STUREF>", "student_ref"),
                 ("Contact Email|联系邮箱", "<MAIL:t>", "email")], style=rng.choice(["ascii", "ascii", "kv", "md", "json"]))
        pick(b, "{注意|Note}：{收款人名称|Beneficiary Name}{须|must}{与|match}{账户名|account name}{一致|}，{否则|otherwise}{可能被退回|may be returned}。",
             "{填表人|Prepared by}：<NAME:a>  {手机|Mobile}：<MOB:a>  <DATE>", "")
    elif k == 2:
        form(b, [("存款人|Depositor", "<NAME:a>", "depositor"), ("英文名|Name in Pinyin", "<LATIN>", "name_en"),
                 ("证件号码", "<DOC:a>", "doc_no"), ("存款金额|Amount", "<AMT>", "amount"), ("折合|Equivalent", "<FX>", "fx"),
                 ("冻结期限|Frozen until", "<DATE>", "frozen_until"), ("用途", "{留学签证|出国留学|探亲签证}", "purpose"),
                 ("证明编号|Certificate No.", "<BATCH>", "cert_no"), ("联系电话", "<MOB:a>", "mobile")],
             title="{存款证明开立申请|CERTIFICATE OF DEPOSIT 申请|个人存款证明申请书}")
        pick(b, "{存款证明|证明}{开立|出具}{后|期间}{对应|该笔}存款{不得|不能}{支取|挂失}，{到期|冻结期满}{后|}{自动|}解冻。{手续费|工本费}<AMT>/份。",
             "{中英文|双语}{版本|证明}{各|}<SMALL>份，{英文名|拼音}{须|应}{与|和}护照{一致|相同}。")
    elif k == 3:
        say(b, "{签证资金冻结证明|资金冻结确认函|CONFIRMATION OF FROZEN FUNDS}\n\n")
        pick(b, "{兹证明|特此证明}<NAME:a>（{护照号|Passport No.}<PASS:a>）{在我行|于本行}{存款|存有}<AMT>，{该款项|上述资金}{已|}{冻结|止付}至<DATE>，{用于|作为}{赴|前往}<COUNTRY>{留学|学习}{签证|}{资金证明|担保}。\n",
             "This is to certify that <LATIN> (Passport No. <PASS:a>) holds a deposit of <FX> with our bank, frozen until <DATE> for the student visa application to <COUNTRY>.\n")
        say(b, "<BRANCH>（{业务专用章|印章}）  {经办|Authorized by}：<TITLE>  <DATE>\n")
        pick(b, "{使馆|签证官}{核实|查询}{电话|热线}：<HOT>，{官网|Website}：www.{bank|service}.example.cn",
             "{验证|查验}{码|编号}<CODE>{可|用于}{在|于}{官网|网站}{查验|核验}{真伪|}。", "")
    elif k == 4:
        form(b, [("借款人", "<NAME:a>", "borrower"), ("借款人证件", "<DOC:a>", "doc"), ("留学人员", "<NAME:t>", "student"),
                 ("与借款人关系", "<REL>", "relation"), ("就读院校", "<FUNI>", "school"), ("国家", "<COUNTRY>", "country"),
                 ("学制|学习期限", "<TERMS>", "duration"), ("录取成绩", "<GPA>", "score"), ("贷款金额", "<AMT>", "loan"),
                 ("抵押物", "{房产：<ADDR:a>|定期存单质押|房产（<ADDR:a>）}", "collateral"), ("借款人手机", "<MOB:a>", "mobile"),
                 ("借款人邮箱", "<MAIL:a>", "email")],
             title="{出国留学贷款申请表|留学贷款审批表|个人留学贷款申请书}")
        pick(b, "{贷款|款项}{可|}{用于|专用于}{学费|学杂费}{及|和}{生活费|住宿费}，{放款|资金}{直接|}{汇至|划往}{学校|院校}账户。审批：<NAME:s>",
             "{贷款期限|期限}{最长|不超过}{10年|6年}，{宽限期|还本宽限}<SMALL>年，{利率|执行利率}<RATE>。", "")
    else:
        if rng.random() < 0.5:
            sms(b, "{尊敬的|}<HON:a>，您{于|}<DATE>{汇往|汇至}<COUNTRY>的{汇款|学费汇款}<FX>{已被|被}{退回|境外行退回}，"
                   "{原因|退回原因}：{收款人账户已关闭|账户名不符|SWIFT代码有误|BENEFICIARY ACCOUNT CLOSED}，{退回|到账}金额<FX>。")
        else:
            say(b, "{发件人|From}: {国际结算中心|International Settlement}（{系统邮件，请勿回复|no-reply}）\n"
                   "{收件人|To}: <NAME:a> <<MAIL:a>>\n{主题|Subject}: {汇款退回通知|Returned Remittance} <REMIT>\n\n")
            say(b, "{尊敬的|Dear }<NAME:a>{：|,}\n{您|Your}{于|remittance of}<DATE>{办理的|}{汇款|} <FX> {至|to }<FUNI>{已被退回|has been returned}（{原因|reason}：{账户名不符|NAME MISMATCH|INVALID IBAN}）。"
                   "{退回|Returned}金额{已|}{入账|credited to}{您的|}账户<CARD:a>，{扣除|less}{境外|中转}{费用|charges}<FX>。\n")
        pick(b, "{如需|若要}{重新|再次}汇款，{请|须}{核对|确认}{收款人|Beneficiary}{信息|details}{后|}{重新|}{提交|申请}。<BRANCH>",
             "{咨询|Enquiries}：<HOT>", "")


def g_device_risk_log(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{# mbank-login-anomaly.log|[手机银行登录异常日志]|login_risk.log} <DATE>\n")
        for _ in range(rng.randrange(2, 6)):
            say(b, "<DT> {WARN|INFO|WARN|ALERT} cust=<CUST> name=<NAME:r> mobile=<MOB:r> ip=<IP:r> geo=<GEO> "
                   "device=<PHONE> dfp=<DFP> rule=<RULE> action={BLOCK|CHALLENGE|PASS|STEP_UP} rc=<ERR>\n")
            b.forget("r")
        pick(b, "summary: total=<NUM> block=<SMALL> challenge=<SMALL>", "{高峰|峰值}{时段|}<TIME>{前后|左右}{异常|告警}<NUM>{条|次}。", "")
    elif k == 1:
        say(b, "{设备绑定/解绑记录|device_bind events|设备管理流水}\n")
        for _ in range(rng.randrange(2, 5)):
            jline(b, [("ts", "<DT>"), ("custName", "<NAME:r>"), ("bindMobile", "<MOB:r>"), ("deviceId", "<DFP>"),
                      ("model", "<PHONE>"), ("op", "{BIND|UNBIND|BIND|REPLACE}"), ("clientIp", "<IP:r>"), ("channel", "{APP|WAP|柜面|远程视频}"),
                      ("result", "{SUCCESS|FAIL|SUCCESS}")])
            b.forget("r")
        pick(b, "{同一|单个}{客户|账户}{最多|仅可}{绑定|绑}<SMALL>台设备；{更换|新}设备{须|要}{短信|人脸}{验证|核验}。", "")
    elif k == 2:
        form(b, [("工单号", "<WO>", "ticket"), ("客户姓名", "<NAME:a>", "customer"), ("证件号码", "<DOC:a>", "doc"),
                 ("手机", "<MOB:a>", "mobile"), ("拦截交易", "{转账|网购支付|跨行转账}<AMT>", "txn"),
                 ("收款人", "<NAME:b>", "payee"), ("收款账号", "<CARD:b>", "payee_account"), ("命中规则", "<RULE>", "rule"),
                 ("登录IP", "<IP:a>", "login_ip"), ("设备", "<PHONE>（<OS>）", "device"), ("处理人", "<NAME:s>", "handler"),
                 ("回访结果", "{客户本人操作，解除拦截|疑似电诈，已劝阻|联系不上，维持拦截|冒用，已冻结}", "callback")],
             title="{风控拦截工单|可疑交易拦截处置单|实时风控拦截记录}")
        pick(b, "{客户|本人}{称|表示}{收款人|对方}{自称|冒充}{<ORG>|客服|公检法}，{要求|让}{开启|打开}{屏幕共享|远程控制}。",
             "{处置|处理}时效<NUM>分钟，{已|}{报送|推送}{反诈中心|<ORG>}。{验证码|短信码}<CODE>{已|}失效。", "")
    elif k == 3:
        form(b, [("客户", "<NAME:a>", "customer"), ("证件号", "<ID:a>", "id_no"), ("失败次数", "<SMALL>", "fails"),
                 ("相似度", "0.{5|6|7}<SMALL><SMALL>", "similarity"), ("活体检测", "{未通过|通过|疑似翻拍}", "liveness"),
                 ("设备", "<PHONE>", "device"), ("IP", "<IP:a>", "ip"), ("复核人", "<NAME:s>", "reviewer"),
                 ("复核结论", "{本人，光线不足导致|非本人，疑似冒用|证件照过旧，建议柜面更新}", "result"), ("复核时间", "<DT>", "time")],
             title="{人脸识别失败复核单|刷脸认证失败人工复核|人脸比对异常复核}", style=rng.choice(["kv", "md", "ascii", "pipe", "ocr", "space"]))
        pick(b, "{复核|审核}{依据|参考}：{公安|联网}{照片|留存照}{比对|对比}、{通话|视频}{核实|确认}。", "rc=<ERR>", "")
    elif k == 4:
        say(b, "{短信验证码发送日志|otp_send.log|SMS OTP 下发记录}\n")
        table(b, [("time|时间", "<DT>", "time"), ("mobile|手机号", "<MOB:r>", "mobile"), ("template|模板", "<SMSTPL>", "template"),
                  ("code|验证码", "<CODE>", "code"), ("channel|通道", "{CMPP|移动|联通|电信|国际}", "channel"),
                  ("status|状态", "{DELIVRD|DELIVRD|UNDELIV|EXPIRED|BLACKLIST}", "status")],
              rng.randrange(3, 7), style=rng.choice(["pipe", "tsv", "csv", "md"]))
        pick(b, "{同一|单一}{手机号|号码}<NUM>分钟内{最多|限}{下发|发送}<SMALL>条；{超限|超过}{触发|命中}<RULE>。", "", "# host=<TERM> <VER>")
    else:
        say(b, "{账户临时锁定与解锁|登录锁定解除申请|手机银行锁定处理记录}\n")
        chat(b, [("{<NAME:a>|<HON:a>|<NICK>}", "{我的|}手机银行{被锁了|登录不了}，{提示|显示}<ERR>，{怎么办|咋办}？"),
                 ("{<NAME:s>|<HON:s>|在线客服}", "{您好|你好}，{系统|风控}{检测到|发现}{您|账户}{在|于}<TIME>{在|从}<GEO>{新设备|陌生设备}<PHONE>{登录|尝试登录}，{已|}{临时|}锁定。"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "{不是我|那不是我}！{我|我一直}在<GEO>。{我|}手机号<MOB:a>。"),
                 ("{<NAME:s>|<HON:s>|在线客服}", "{请|麻烦}{马上|立即}{修改|重置}{登录密码|密码}，{不要|切勿}{向任何人|把}{提供|透露}验证码<CODE>。{您|}{本人|}{常用|}IP{是|为}<IP:a>吗？"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "{对|是的}，{谢谢|好的}。")])
        pick(b, "{解锁|处理}{工单|编号}<WO>，{结论|处理结果}：{本人确认，已解锁|疑似盗号，维持锁定并冻结非柜面}。", "")


def g_card_loss_report(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("持卡人|申请人", "<NAME:a>", "holder"), ("证件号码", "<DOC:a>", "doc_no"), ("卡号|原卡号", "<CARD:a>", "card"),
                 ("卡种", "<PRODUCT>", "product"), ("挂失原因", "<REASON>", "reason"), ("挂失类型", "{口头挂失|书面挂失|正式挂失}", "type"),
                 ("是否补卡", "{补卡|补卡并换号|不补卡}", "reissue"), ("手机", "<MOB:a>", "mobile"), ("家庭电话", "<TEL:a>", "home_tel"),
                 ("工本费", "{免收|<AMT>}", "fee"), ("挂失编号", "<LOSS>", "loss_no"), ("申请时间", "<DT>", "time")],
             title="{借记卡挂失补办申请书|银行卡挂失及补卡申请|信用卡挂失补卡申请表}")
        pick(b, "{正式挂失|挂失}<SMALL>日后{凭|持}{本人|}{证件|身份证}{领取|办理}新卡；{挂失前|挂失生效前}{发生的|}损失{由|}{持卡人|本人}{承担|自行承担}。",
             "{受理|经办}：<NAME:s>  {授权|复核}：<TITLE>  <BRANCH>", "{代办|代理人}：{<NAME:c>（<DOC:c>）|无}")
    elif k == 1:
        say(b, "{电话挂失录音转写|95热线挂失通话记录|信用卡电话挂失转写} <REC>\n")
        transcript(b, [(0, "{您好|你好}，{很高兴为您服务|工号<EMPNO>为您服务}，请问有什么{可以帮您|能帮您}？"),
                       (1, "我{卡|信用卡|银行卡}{丢了|被偷了}，{要|想}挂失。我{叫|是}<NAME:a>。"),
                       (0, "{请|麻烦}{提供|报一下}{您的|}{身份证号|证件号码}{和|以及}{卡号|预留手机}。"),
                       (1, "{身份证|证件号}<DOC:a>，{卡号|卡}<CARD:a>，{手机|电话}<MOB:a>。"),
                       (0, "{已为您|已}{办理|做了}{临时挂失|口头挂失}，{有效期|有效}<SMALL>天，{请|务必}{在|于}{期限内|此前}{到|去}{网点|柜台}{办理|转}正式挂失。{需要|要}{补卡|补办}吗？"),
                       (1, "{要|补}，{寄|邮寄}到{我家|家里}<ADDR:a>。"),
                       (0, "{好的|收到}，{另外|提醒您}{任何人|工作人员}{索要|询问}验证码<CODE>{都|均}{不要|别}{提供|告诉}。")],
                   roles=("{客服|坐席|<NAME:s>}", "{客户|来电人}"))
    elif k == 2:
        form(b, [("户名", "<NAME:a>", "name"), ("卡号|账号", "<CARD:a>", "card"), ("临时挂失时间", "<DT>", "temp_time"),
                 ("临时挂失渠道", "{电话银行<HOT>|手机银行|<BRAND>|网点柜面}", "channel"), ("正式挂失时间", "<DT>", "formal_time"),
                 ("证件号码", "<DOC:a>", "doc"), ("联系电话", "<MOB:a>", "mobile"), ("挂失编号", "<LOSS>", "loss_no"),
                 ("经办柜员", "<TELLER>", "teller")],
             title="{临时挂失转正式挂失登记|口头挂失转书面挂失申请|挂失转正登记}")
        pick(b, "{临时挂失|口头挂失}{有效期|期限}{为|}<SMALL>{日|天}，{到期|逾期}{未|没有}{转正式挂失|办理书面挂失}{的|，}{自动|将}{解除|失效}。",
             "{正式挂失|书面挂失}{须|需要}{本人|持卡人本人}{持|带}{有效|}证件{到|至}{开户|任意}网点办理，{不能|不可}代办。", "")
    elif k == 3:
        say(b, "{吞卡领取登记|ATM吞卡登记簿|自助设备吞没卡领取记录}（<BRANCH>）\n")
        table(b, [("吞卡日期", "<DATE>", "date"), ("设备号", "<TERM>", "device"), ("卡号", "<CARD:r>", "card"), ("卡主|户名", "<NAME:r>", "holder"),
                  ("吞卡原因", "{超时未取|密码错误超限|<ERR>|卡片磁条故障|他行卡}", "reason"), ("领卡人", "<NAME:r>", "receiver"),
                  ("领卡证件", "<DOC:r>", "doc"), ("领取日期", "<DATE>", "recv_date")],
              rng.randrange(2, 5), style=rng.choice(["md", "list", "csv", "tsv", "pipe"]))
        pick(b, "{他行卡|非本行卡}{超过|逾}<SMALL>个工作日{未领取|无人领取}{的|，}{退回|移交}发卡行。{清机|管理}{员|人员}：<TITLE>、<TITLE>",
             "{吞卡|吞没卡}{须|应}{双人|两人}{取出|清点}{登记|入册}，{领取|领卡}{时|须}{核对|验证}{证件|本人证件}{及|和}密码。", "")
    elif k == 4:
        if rng.random() < 0.5:
            sms(b, "{尊敬的|}<HON:a>，您{申请的|}{补办|补发}{卡片|新卡}{将|会}{于|在}<DATE>{寄出|邮寄}，{快递单号|运单号}<EXPRESS>，{收件地址|寄往}<ADDR:a>，"
                   "{如需|若需}{修改|变更}{地址|收件地址}{请|}{回复|致电}<HOT>。")
        chat(b, [("{<NAME:s>|<HON:s>|信用卡中心}", "{您好|你好}，{跟您|与您}{确认|核对}{一下|}{补卡|新卡}{邮寄|寄送}地址：<ADDR:a>，{对吗|是否正确}？"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "{不对|地址换了}，{改成|寄到}<ADDR:b>，{收件人|收件}<NAME:c>，{电话|手机}<MOB:c>。"),
                 ("{<NAME:s>|<HON:s>|信用卡中心}", "{好的|已修改}，{新卡|卡片}{预计|大约}<SMALL>个工作日{送达|寄到}，{签收|收卡}{时|需}{本人|}{出示|核验}证件。"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "{好|行}，{白天|周末}{家里|}{有人|都在}{，快递员按门铃就行，别被我家<PET>吓到|}。")])
    else:
        say(b, "{盗刷争议申请书|银行卡交易争议申请|伪卡盗刷声明及争议申请}\n\n")
        letter_head(b, "<ORG>")
        say(b, "本人<NAME:a>（{证件号码|身份证号}<DOC:a>），{持有|名下}{贵行|}{卡号|卡片}<CARD:a>。{本人|我}{于|在}<DT>{收到|接到}{交易提醒|短信}，"
               "{卡片|该卡}{在|于}<COUNTRY>{发生|产生}{一笔|<SMALL>笔}{消费|交易}<FX>（{商户号|商户}<MERCH>），{而|但}{卡片|卡}{一直|始终}在{本人|我}{身边|手中}，"
               "{系|属}{伪卡|盗刷}{交易|}。{本人|我}{已|}{于|在}{当日|<DATE>}{挂失|冻结}{卡片|}{并|且}{报警|向公安机关报案}（{受案回执|回执}号<WO>）。"
               "{现|特}申请{争议|调单}{处理|并退回款项}。\n联系{手机|电话}：<MOB:a>  {邮箱|电子邮箱}：<MAIL:a>\n申请人：<NAME:a>  <DATE>\n")
        pick(b, "{争议|调单}{编号|案号}<DISPUTE>，{处理|调查}{时限|期限}<NUM>{个工作日|天}，{结果|处理结果}{将|会}{短信|电话}{告知|通知}。", "")


GENRES = {
    "student_loan": g_student_loan, "court_assist": g_court_assist, "deceased_estate": g_deceased_estate,
    "safe_deposit_box": g_safe_deposit_box, "payroll_agency": g_payroll_agency, "pension_certify": g_pension_certify,
    "car_loan": g_car_loan, "study_abroad_remit": g_study_abroad_remit, "device_risk_log": g_device_risk_log,
    "card_loss_report": g_card_loss_report,
}


# ---------------------------------------------------------------- shared headers and trailers (blind22 wording)

HEADERS = [
    "{发件人|From}：<ORG>\n{收件人|To}：<NAME:h>\n{抄送|Cc}：<TITLE>\n{主题|Subject}：{资料转发|材料补充|请审核}\n\n",
    "=== {影像识别结果|OCR 识别文本|扫描件转文字} 第<SMALL>页 / 共<SMALL>页 ===\n",
    "{【业务档案】|【归档材料】|【非公开】} {档案编号|卷号}<BATCH>  {保管期限|保存}<NUM>年\n",
    "-- {导出自|export from} {影像平台|内管系统|CRM} @ <DT> --\n",
    "{转办单|流转单} <WO>（{来自|来源}：<ORG>）\n",
    "",
    "",
]
TRAILERS = [
    "{操作|录入}时间：<DT>；{终端|设备}IP：<IP>；{系统|程序}版本：<VER>",
    "{第二联系人|紧急联系人}：<NAME:x>（{<REL>|朋友|同事}），{座机|住宅电话}<TEL:x>，{手机|移动电话}<MOB:x>",
    "{现居住|家庭}地址：<ADDR>（{邮编|邮政编码}<POST>），{家庭电话|固定电话}<TEL>",
    "{友情提示|温馨提醒}：{月末|周末}{为|是}{业务|办理}高峰，{方便|建议}{您|客户}{提前|线上}预约；{万一|若}{遇到|发现}{可疑|异常}{情况|来电}，{请|}{马上|立即}{拨打|致电}<HOT>{核实|}。",
    "{本件|本材料}{仅限|只限}{本次|该笔}业务{使用|留存}，{复印|转发}{无效|须经许可}。{机构|单位}地址：<ORG>，<ORGADDR>",
    "{材料|原件}{退还|寄回}地址：<ADDR>，{收件人|联系人}<NAME:x>，{手机|电话}<MOB:x>",
    "{制单|录入}：<NAME:s>  {审核|核准}：<TITLE>  {日期|时间}：<DATE>  {流水|序号}：<BATCH>",
    "{本人|客户}{出境|出行}证件：{护照|普通护照}<PASS>  {港澳通行证|往来港澳通行证}<PERMIT>",
    "{任职|所在}{单位|公司}：<COMPANY>（{统一社会信用代码|信用代码}<USCC>），{单位|公司}电话<HOT>",
    "audit{:|>} op=<NAME:x> ip=<IP> act={VIEW|EXPORT|PRINT|EDIT} ret=<ERR>",
    "{安全|防诈}提醒：{银行|工作人员}{绝不会|不会}{通过电话|以任何理由}{索要|询问}{验证码|动态码}<CODE>，{安全|资金安全}{第一|为重}，{白天|任何时候}{接到|收到}{此类|可疑}{电话|短信}{请|}{马上|立即}挂断。",
    "{访客|来访}车辆：<PLATE>  {入场|登记}时间<DT>",
    "{电子|}{回单|结果}{将|会}{发送至|推送到}{邮箱|}<MAIL>，{请|}{注意|留意}{查收|查看}。",
    "{黄金|最佳}{办理|服务}{时间|时段}：{工作日|周一至周五}<TIME>{前|以后}；{客服|服务}{热线|电话}<HOT>。",
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
