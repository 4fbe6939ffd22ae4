"""Builder, window test, value makers, hard-negative makers, layouts and the ten genres of blind23.

The framework (Builder, window test, value makers that call cnpii.identifiers, template language,
form/table/chat/transcript layouts) is taken over from blind22; the hard-negative wording, the reference
makers, the organisations and brands, three extra form styles, three extra chat styles, the e-mail layout
and every genre template are new.
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
        self.domain = rng.choice(["example.com.cn", "bank-example.cn", "mail.example-bank.cn"])  # staff e-mail domain

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
            for kind in ("NAME", "HON", "ID", "MOB", "TEL", "CARD", "MAIL", "ADDR", "PROP", "PASS", "PERMIT", "USCC",
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
    no = rng.randrange(1, 960)
    bld, unit, room = rng.randrange(1, 36), rng.randrange(1, 6), rng.randrange(1, 32) * 100 + rng.randrange(1, 7)
    pre = (prov if rng.random() < 0.35 else "") + city + dist
    if r < 0.18:
        return f"{pre}{road}{no}号{est}{bld}栋{unit}单元{room}"
    if r < 0.3:
        return f"{pre}{est}{bld}幢{unit}单元{room}室"
    if r < 0.4:
        return f"{city}{dist}{road}{no}号院{bld}号楼{room}"
    if r < 0.52:
        prov, city, county = rng.choice(W.COUNTIES)
        return (f"{rng.choice([prov, ''])}{city}{county}{rng.choice(W.TOWNS)}{rng.choice(W.VILLAGES)}"
                f"{rng.choice(['', rng.choice('一二三四五六七') + '组', str(rng.randrange(1, 12)) + '社'])}{rng.randrange(1, 210)}号")
    if r < 0.62:
        return f"{dist}{est}{bld}-{unit}-{room}"
    if r < 0.7:
        return f"{dist}{road}{rng.randrange(1, 260)}号{rng.randrange(2, 30)}楼{rng.choice('ABCDEF')}座"
    if r < 0.8:
        return f"{road}{no}号{rng.choice(['', '之' + str(rng.randrange(1, 6)), '（' + est + '）' + str(bld) + '栋' + str(room)])}"
    if r < 0.9:
        return f"{city}{dist}{est}{rng.choice(['东区', '西区', '三期', '南苑'])}{bld}号楼{unit}单元{room}"
    return f"{pre}{road}{no}弄{bld}号{room}室"


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




# ---------------------------------------------------------------- hard-negative makers (blind23 wording)

def draw(rng, fn, tries=400):
    for _ in range(tries):
        s = fn(rng)
        if safe(s):
            return s
    raise RuntimeError("no safe draw for " + fn.__name__)


def digits(rng, k, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


NAME_PLACEHOLDERS = ["（本人签名）", "本人亲签", "见附页", "经办人代填", "（空）", "未填写", "N/A", "＿＿＿", "（请填写）",
                     "〔姓名〕", "客户本人", "申报人本人", "同申请人", "（手写不清）", "待补签", "匿名"]


def neg_name(rng):
    r = rng.random()
    s = rng.choice(W.SURNAMES)
    g = rng.choice(W.GIVEN_CHARS)
    if r < 0.3:
        return "name_title", s + rng.choice(W.TITLES)
    if r < 0.47:
        return "name_masked", rng.choice([s + "＊", s + "＊＊", s + "〇〇", s + "*" + g, s + "X", s + "XX", s + "•", s + "（隐）",
                                          s + "**", "＊" + g, "*" + g + rng.choice(W.GIVEN_CHARS)])
    if r < 0.61:
        return "name_mou", s + rng.choice(["某", "某某", "某甲", "某乙", "某（客户）", "某等人", "某某（员工亲属）", "某（持有人）",
                                            "某（业主）", "某某（用户）"])
    if r < 0.84:
        return "name_title", rng.choice(["小", "老", "阿"]) + s
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
    if r < 0.34:
        k = rng.choice([(6, 4), (3, 3), (1, 1), (6, 2), (4, 3), (14, 0)])
        mask = rng.choice(["*", "＊", "•", "□"]) * (18 - k[0] - k[1])
        return "id_masked", v[:k[0]] + mask + (v[-k[1]:] if k[1] else "")
    if r < 0.64:
        for _ in range(80):
            s = _wrong(rng, resident_id.generate(rng), resident_id.is_valid, "0123456789X")
            if rng.random() < 0.15:
                s = s[:6] + " " + s[6:14] + " " + s[14:]
            if safe(s):
                return "id_wrong_check", s
        return "id_masked", v[:3] + "＊" * 12 + v[-3:]
    if r < 0.8:
        return "tail", rng.choice(["末4位为", "后四码", "结尾为", "末段"]) + v[-4:]
    return "placeholder", rng.choice(["已联网核查", "核查结果：一致", "（复印件附后）", "免填", "证件过期待换领", "与OCR结果一致",
                                      "见影像"])


def neg_mobile(rng):
    v = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.4:
        return "mobile_masked", rng.choice([v[:3] + "****" + v[7:], v[:3] + "-****-" + v[7:], v[:3] + "＊＊＊＊" + v[7:],
                                            v[:4] + "***" + v[7:], v[:3] + "******" + v[9:], "(+86)" + v[:3] + "****" + v[7:],
                                            v[:3] + "•••• " + v[7:]])
    if r < 0.55:
        return "tail", rng.choice(["后四位是", "尾号", "结尾是", "后4位"]) + v[7:]
    if r < 0.72:
        return "hotline", rng.choice(W.HOTLINES)
    if r < 0.86:
        return "hotline", rng.choice(["400", "800"]) + rng.choice(["-", "", " "]) + digits(rng, 3, "0123456789") + rng.choice(["-", "", " "]) + digits(rng, 4, "0123456789")
    return "placeholder", rng.choice(["未接通", "关机", "号码不存在", "已销号", "（未提供）", "拒绝提供", "—/—"])


def neg_landline(rng):
    f = landline_phone.format(landline_phone.generate(rng)).partition("转")[0]
    area, _, num = f.partition("-")
    r = rng.random()
    if r < 0.36:
        return "landline_masked", area + "-" + num[:3] + "＊" * (len(num) - 5) + num[-2:]
    if r < 0.6:
        return "hotline", rng.choice(["400-", "800-"]) + digits(rng, 3, "0123456789") + "-" + digits(rng, 4, "0123456789")
    if r < 0.84:
        return "hotline", rng.choice(W.HOTLINES)
    return "landline_masked", area + "-" + "*" * len(num)


def neg_card(rng):
    v = bank_card.generate(rng)
    r = rng.random()
    if r < 0.32:
        return "card_masked", rng.choice([v[:6] + "＊" * (len(v) - 10) + v[-4:], v[:4] + "-****-****-" + v[-4:],
                                          "**** **** **** " + v[-4:], v[:6] + "••••••" + v[-4:], v[:3] + "*" * (len(v) - 7) + v[-4:]])
    if r < 0.56:
        return "tail", rng.choice(["尾号", "末四位", "后4位", "尾数为"]) + v[-4:]
    if r < 0.8:
        for _ in range(80):
            s = _wrong(rng, bank_card.generate(rng), bank_card.is_valid, "0123456789")
            s = s if rng.random() < 0.65 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            if safe(s):
                return "card_wrong_check", s
        return "tail", "末四位" + v[-4:]
    if r < 0.9:
        return "card_bin", rng.choice(["BIN ", "卡号前6位", "卡头"]) + v[:6]
    return "placeholder", rng.choice(["卡已注销", "（存折）", "待开卡", "原卡作废", "同开户卡", "—"])


def neg_email(rng):
    e = fmt_email(rng)
    local, _, dom = e.partition("@")
    r = rng.random()
    if r < 0.5:
        return "email_masked", local[:2] + "**" + "@" + dom
    if r < 0.78:
        return "email_masked", local[:1] + "***＠" + dom
    return "placeholder", rng.choice(["无邮箱", "（不使用邮箱）", "未登记", "同上"])


def neg_address(rng):
    prov, city, dist = _region(rng)
    r = rng.random()
    if r < 0.28:
        return "address_masked", (prov + city + dist if rng.random() < 0.4 else city + dist) + rng.choice(["****", "（详址已隐去）", "＊＊路＊＊号", "某小区"])
    if r < 0.44:
        return "placeholder", rng.choice(["同户籍地址", "见身份证背面", "〇〇市〇〇区〇〇路〇号", "同上", "与申请人相同",
                                          "暂无固定住所", "（未登记）", "详见附件"])
    if r < 0.64:
        return "road_no_number", dist + rng.choice(W.ROADS) + rng.choice(["一带", "周边", "东段", "路口", ""])
    if r < 0.8:
        return "district_only", rng.choice([city + dist, dist, city, (prov + city) if prov else city, prov or city])
    return "address_masked", rng.choice(W.ESTATES) + rng.choice(["＊栋＊单元", "X号楼", "（门牌已隐去）", "**室"])


def neg_passport(rng):
    v = passport.generate(rng)
    r = rng.random()
    if r < 0.56:
        return "passport_masked", v[:1] + "*" * (len(v) - 4) + v[-3:]
    if r < 0.8:
        return "passport_bad_shape", rng.choice(["EI", "EO", "OE", "GO"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["未持有", "已过期", "—"])


def neg_permit(rng):
    v = hk_macau_permit.generate(rng)
    r = rng.random()
    if r < 0.56:
        return "permit_masked", v[:2] + "*" * (len(v) - 4) + v[-2:]
    if r < 0.8:
        return "permit_bad_shape", rng.choice(["CI", "CO", "HO"]) + digits(rng, 7, "0123456789")
    return "placeholder", rng.choice(["无通行证", "签注已过期", "—"])


def neg_uscc(rng):
    v = uscc.generate(rng)
    r = rng.random()
    if r < 0.42:
        return "uscc_masked", v[:4] + "*" * 10 + v[-4:]
    if r < 0.84:
        return "uscc_wrong_check", _wrong(rng, v, uscc.is_valid, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    return "placeholder", rng.choice(["见营业执照", "（个体户）", "—"])


def neg_plate(rng):
    v = license_plate.compact(license_plate.generate(rng))
    r = rng.random()
    if r < 0.55:
        return "plate_masked", (v[:2] + rng.choice(["＊＊＊", "·***", "••", "**"]) + v[-2:]) if len(v) > 5 else v[:1] + "＊＊＊＊＊"
    if r < 0.85:
        return "tail", rng.choice(["后三位", "牌照尾号"]) + v[-3:]
    return "placeholder", rng.choice(["无车辆", "—", "未登记车辆"])


def neg_ip(rng):
    r = rng.random()
    if r < 0.4:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.{rng.randrange(256)}.*.*"
    if r < 0.6:
        return "ip_masked", f"{rng.choice(IP_FIRST)}.***.***.{rng.randrange(1, 255)}"
    if r < 0.85:
        return "version", f"v{rng.randrange(1, 9)}.{rng.randrange(0, 40)}.{rng.randrange(0, 12)}"
    return "ip_masked", "2408:****::*"


def fmt_property(rng) -> str:
    """A purchased home written as project + building/unit/room (the buyer's home: ADDRESS)."""
    prov, city, dist = _region(rng)
    pre = rng.choice(["", "", city + dist, dist])
    return f"{pre}{rng.choice(W.PROJECTS)}{rng.randrange(1, 30)}栋{rng.randrange(1, 5)}单元{rng.randrange(2, 33)}{rng.randrange(1, 6):02d}{rng.choice(['', '室'])}"


def neg_property(rng):
    r = rng.random()
    pj = rng.choice(W.PROJECTS)
    if r < 0.5:
        return "address_masked", pj + rng.choice(["**栋**单元****", "X栋X单元XXXX", "（房号已隐去）", "某栋某室"])
    if r < 0.8:
        return "placeholder", pj + rng.choice(["项目", "（以网签合同为准）", "在售房源"])
    return "placeholder", rng.choice(["（见网签合同）", "（房号待定）", "（同合同约定）"])


PERSONAL = {
    "ID": ("CN_ID_CARD", fmt_id, neg_id), "MOB": ("CN_MOBILE", fmt_mobile, neg_mobile),
    "TEL": ("CN_LANDLINE", fmt_landline, neg_landline), "CARD": ("BANK_CARD", fmt_card, neg_card),
    "MAIL": ("EMAIL", fmt_email, neg_email), "ADDR": ("ADDRESS", fmt_address, neg_address),
    "PASS": ("CN_PASSPORT", fmt_passport, neg_passport), "PERMIT": ("CN_HK_MACAU_PERMIT", fmt_permit, neg_permit),
    "USCC": ("CN_USCC", fmt_uscc, neg_uscc), "PLATE": ("LICENSE_PLATE", fmt_plate, neg_plate),
    "IP": ("IP_ADDRESS", fmt_ip, neg_ip), "WMAIL": ("EMAIL", fmt_email, neg_email),
    "PROP": ("ADDRESS", fmt_property, neg_property),
}


# ---------------------------------------------------------------- organisations and brands (never PII)

GENRE_ORGS = {
    "counterfeit_note": ["中国人民银行货币金银处", "人民银行中心支行反假货币工作办公室", "货币真伪鉴定中心", "派出所",
                         "公安分局经侦大队", "现金运营中心", "金华点钞设备有限公司", "高信达金融机具有限公司"],
    "cash_reservation": ["现金运营中心", "押运分公司", "金库", "派出所", "反诈中心", "保安押运有限公司", "营业部现金区"],
    "phone_change": ["中国移动营业厅", "联通营业厅", "电信营业厅", "运营商实名核验平台", "电子银行部", "个人金融部",
                     "雷霆通信科技有限公司", "华讯移动转售有限公司"],
    "credit_report_query": ["征信中心", "征信管理部", "内控合规部", "个人信贷部", "信用卡中心", "人民银行征信分中心",
                            "诚信担保有限公司", "安信小额贷款有限公司"],
    "account_closure": ["运营管理部", "个人金融部", "零售信贷部", "公证处", "律师事务所", "法律合规部", "和信公证处"],
    "staff_relative_declare": ["人力资源部", "纪检监察室", "审计部", "内控合规部", "党委办公室", "员工行为管理办公室",
                               "金鼎小额贷款有限公司", "万隆房地产经纪有限公司", "宏达担保有限公司"],
    "video_kyc": ["远程银行中心", "视频柜员中心", "质检组", "运营风控部", "智能运营中心", "唐朝科技有限公司"],
    "home_purchase_escrow": W.DEVELOPERS + W.AGENCIES + ["住房公积金管理中心", "不动产登记中心", "房地产交易中心"],
    "community_outreach": W.COMMUNITIES + ["街道办事处", "居民委员会", "消费者权益保护部", "社区警务室", "老年协会"],
    "chatbot_log": ["远程银行中心", "智能客服平台", "数据安全部", "客户体验部", "康达科技有限公司"],
}
BRANDS = {
    "counterfeit_note": ["反假货币宣传月", "点验钞机", "人民币防伪特征"],
    "cash_reservation": ["手机银行预约取现", "网点预约", "线上预约"],
    "phone_change": ["手机银行", "动账通知", "快捷支付", "云闪付"],
    "credit_report_query": ["征信自助查询机", "云闪付征信查询", "手机银行征信查询"],
    "account_closure": ["手机银行", "一键销户", "微信银行"],
    "staff_relative_declare": ["员工行为管理系统", "OA系统", "廉洁从业平台"],
    "video_kyc": ["远程视频柜台", "刷脸认证", "视频面签系统", "OCR引擎"],
    "home_purchase_escrow": ["网签系统", "存量房资金监管平台", "公积金App"],
    "community_outreach": ["金融知识万里行", "3·15消费者权益日", "反诈App", "国家反诈中心App"],
    "chatbot_log": ["智能客服", "在线客服", "微信公众号", "手机银行App", "语音导航"],
}

CN_UPPER = "零壹贰叁肆伍陆柒捌玖"


def amount(rng):
    x = rng.choice([rng.randrange(20, 800), rng.randrange(600, 30000), rng.randrange(20000, 2600000)])
    c = rng.random()
    if c < 0.22:
        return f"{x}元"
    if c < 0.42:
        return f"{x:,}.{rng.randrange(0, 100):02d}元"
    if c < 0.54:
        return f"¥{x:,}.00"
    if c < 0.64:
        return f"RMB{x:,}"
    if c < 0.74:
        return f"{x / 10000:.1f}万元" if x >= 10000 else f"{CN_UPPER[x // 100 % 10]}佰{CN_UPPER[x // 10 % 10]}拾{CN_UPPER[x % 10]}元整"
    if c < 0.86:
        return f"{x}.{rng.randrange(0, 100):02d}"
    return f"人民币{x}元"


def big_amount(rng):
    x = rng.choice([50000, 80000, 100000, 150000, 200000, 300000, 500000, rng.randrange(5, 90) * 10000])
    return rng.choice([f"{x}元", f"{x:,}.00元", f"{x // 10000}万元", f"人民币{x // 10000}万元整", f"¥{x:,}"])


def date(rng):
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m}/{d}",
                       f"{m}月{d}日", f"{y}{m:02d}{d:02d}", f"{y}.{m:02d}.{d:02d}"])


def dtime(rng):
    y, m, d = rng.choice([2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, se = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    return rng.choice([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{se:02d}", f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{se:02d}.{rng.randrange(1000):03d}Z",
                       f"{y}年{m}月{d}日 {h:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {h}:{mi:02d}:{se:02d}",
                       f"{m:02d}-{d:02d} {h:02d}:{mi:02d}"])


def ctime(rng):
    return f"{rng.randrange(0, 24):02d}:{rng.randrange(60):02d}"


def _L(rng, k):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))


def _yr(rng):
    return rng.choice([2023, 2024, 2025])


def _d(rng, k):
    return digits(rng, k, "0123456789")


def _hex(rng, k):
    return "".join(rng.choice("0123456789abcdef") for _ in range(k))


PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def guanzi(rng):  # banknote serial (冠字号码)
    return rng.choice([f"{_L(rng, 2)}{_d(rng, 8)}", f"{_L(rng, 1)}{_d(rng, 1)}{_L(rng, 1)}{_d(rng, 7)}",
                       f"{_L(rng, 2)}{_d(rng, 4)} {_d(rng, 4)}"])


def seize_no(rng):
    return rng.choice([f"假币收缴凭证第{_d(rng, 7)}号", f"SJ{_yr(rng)}{_d(rng, 6)}", f"收缴凭证No.{_d(rng, 8)}",
                       f"{rng.choice(PROV_ABBR)}收字{_yr(rng)}-{_d(rng, 5)}"])


def appraise_no(rng):
    return rng.choice([f"鉴字〔{_yr(rng)}〕{rng.randrange(1, 999)}号", f"JD-{_yr(rng)}-{_d(rng, 4)}", f"JDSL{_d(rng, 9)}"])


def police_no(rng):
    return rng.choice([f"移交编号YJ{_d(rng, 8)}", f"{rng.choice(PROV_ABBR)}公（经）受案字〔{_yr(rng)}〕{_d(rng, 4)}号",
                       f"接报回执{_d(rng, 6)}"])


def badge(rng):
    return rng.choice([f"警号{_d(rng, 6)}", f"警号 {_d(rng, 3)}{_d(rng, 3)}"])


def machine_no(rng):
    return rng.choice([f"{_L(rng, 2)}-{_d(rng, 4)}", f"JBYD-{_L(rng, 1)}{_d(rng, 3)}", f"清分机#{rng.randrange(1, 12)}"])


def resv_no(rng):
    return rng.choice([f"YY{_yr(rng)}{_d(rng, 7)}", f"{_L(rng, 1)}{_d(rng, 4)}-{_d(rng, 4)}", f"RSV-{_d(rng, 6)}", f"大额预约{_yr(rng)}第{rng.randrange(1, 3000)}号"])


def cashbox(rng):
    return rng.choice([f"款箱{_L(rng, 1)}{_d(rng, 4)}", f"BOX-{_d(rng, 5)}", f"尾箱{rng.randrange(1, 30):02d}号"])


def seal_no(rng):
    return rng.choice([f"封签{_d(rng, 7)}", f"FQ{_d(rng, 6)}", f"铅封号{_L(rng, 1)}{_d(rng, 5)}"])


def camera(rng):
    return rng.choice([f"CH{rng.randrange(1, 64):02d}-{_d(rng, 6)}", f"REC{_yr(rng)}{_d(rng, 6)}", f"CAM-{_d(rng, 3)}"])


def accept_no(rng):
    return rng.choice([f"SL{_d(rng, 10)}", f"BG{_yr(rng)}{_d(rng, 6)}", f"CHG-{_d(rng, 7)}", f"{_yr(rng)}-BG-{_d(rng, 5)}"])


def carrier_ref(rng):
    return rng.choice([f"reqId={_hex(rng, 20)}", f"三要素核验流水{_d(rng, 8)}", f"OPR{_d(rng, 10)}"])


def auth_no(rng):
    return rng.choice([f"SQ{_yr(rng)}{_d(rng, 6)}", f"ZX-AUTH-{_d(rng, 6)}", f"征授字第{_d(rng, 6)}号"])


def report_no(rng):
    return rng.choice([f"{_yr(rng)}{_d(rng, 2)}{_d(rng, 2)}{_d(rng, 6)}{_L(rng, 2)}", f"{_d(rng, 8)}-{_d(rng, 5)}",
                       f"RPT{_d(rng, 12)}"])


def query_user(rng):
    return rng.choice([f"{_L(rng, 2)}{_d(rng, 4)}", f"user_{_d(rng, 5)}", f"{_L(rng, 1)}{_d(rng, 6)}op"])


def org_code(rng):
    return rng.choice([f"机构代码{_L(rng, 1)}{_d(rng, 8)}", f"金融机构编码{_d(rng, 6)}", f"ORG{_d(rng, 5)}"])


def loan_no(rng):
    return rng.choice([f"个贷字第{_yr(rng)}{_d(rng, 5)}号", f"LN{_d(rng, 12)}", f"借款合同{_yr(rng)}-{_d(rng, 6)}",
                       f"PL-{_d(rng, 4)}-{_d(rng, 5)}"])


def close_no(rng):
    return rng.choice([f"XH{_yr(rng)}{_d(rng, 6)}", f"{_d(rng, 4)}-{_d(rng, 6)}", f"CLS-{_d(rng, 7)}"])


def settle_no(rng):
    return rng.choice([f"第{_d(rng, 6)}号", f"JQ-{_yr(rng)}-{_d(rng, 5)}"])


def staff_no(rng):
    return rng.choice([f"{_d(rng, 7)}", f"HR{_d(rng, 6)}", f"{_L(rng, 1)}{_d(rng, 5)}", f"NO.{_d(rng, 5)}"])


def declare_no(rng):
    return rng.choice([f"SB{_yr(rng)}{_d(rng, 5)}", f"ZJ-{_d(rng, 7)}", f"审计字〔{_yr(rng)}〕{rng.randrange(1, 200)}号",
                       f"AUD-{_d(rng, 6)}"])


def share_pct(rng):
    return rng.choice([f"{rng.randrange(1, 99)}%", f"{rng.randrange(1, 60)}.{rng.randrange(10)}%", f"认缴{rng.randrange(1, 500)}万元"])


def video_sess(rng):
    return rng.choice([f"VS{_d(rng, 14)}", f"room-{_hex(rng, 12)}", f"会话{_d(rng, 10)}", f"vkyc_{_hex(rng, 8)}"])


def score(rng):
    return rng.choice([f"0.{rng.randrange(10, 99)}", f"{rng.randrange(60, 100)}分", f"0.9{rng.randrange(0, 10)}{rng.randrange(0, 10)}"])


def issuer(rng):
    prov, city, dist = _region(rng)
    return city + rng.choice(["公安局", "公安局" + dist[:-1] + "分局", dist[:-1] + "公安分局"])


def validity(rng):
    y, m, d = rng.randrange(2012, 2024), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}.{m:02d}.{d:02d}-{y + rng.choice([10, 20])}.{m:02d}.{d:02d}", f"{y}.{m:02d}.{d:02d}-长期"])


def birth(rng):
    y, m, d = rng.randrange(1950, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}年{m}月{d}日", f"{y} 年 {m} 月 {d} 日", f"{y}.{m:02d}.{d:02d}"])


def wangqian(rng):
    return rng.choice([f"{_yr(rng)}{_L(rng, 1)}{_d(rng, 7)}", f"YS{_d(rng, 10)}", f"{_yr(rng)}-WQ-{_d(rng, 6)}",
                       f"CL{_d(rng, 8)}"])


def escrow_no(rng):
    return rng.choice([f"JG{_yr(rng)}{_d(rng, 5)}", f"ZJJG-{_d(rng, 6)}", f"资金监管第{_d(rng, 7)}号"])


def deed_no(rng):
    return rng.choice([f"{rng.choice(PROV_ABBR)}（{_yr(rng)}）{rng.choice(['蓉', '渝', '杭', '宁', '汉', '湘', '济'])}不动产权第{_d(rng, 7)}号",
                       f"房产证号{_d(rng, 8)}"])


def gjj_no(rng):
    return rng.choice([f"{_d(rng, 9)}", f"GJJ{_d(rng, 10)}", f"{_d(rng, 4)}-{_d(rng, 8)}"])


def room(rng):
    return f"{rng.randrange(1, 30)}栋{rng.randrange(1, 5)}单元{rng.randrange(2, 33)}{rng.randrange(1, 6):02d}"


def area(rng):
    return rng.choice([f"{rng.randrange(45, 220)}.{rng.randrange(10, 99)}㎡", f"{rng.randrange(60, 180)}.{rng.randrange(10, 99)}平方米"])


def event_no(rng):
    return rng.choice([f"活动编号HD{_yr(rng)}{_d(rng, 4)}", f"XC-{_d(rng, 5)}", f"宣传第{rng.randrange(1, 80)}期"])


def ticket_no(rng):
    return rng.choice([f"奖券{_d(rng, 5)}", f"抽奖号{_d(rng, 4)}", f"NO.{_d(rng, 6)}"])


def age(rng):
    return rng.choice([f"{rng.randrange(55, 92)}岁", f"{rng.randrange(55, 92)}", f"{rng.randrange(5, 9)}0后"])


def chat_sess(rng):
    return rng.choice([f"sess_{_hex(rng, 16)}", f"CS{_d(rng, 13)}", f"conv-{_hex(rng, 8)}-{_hex(rng, 4)}"])


def msg_id(rng):
    return rng.choice([f"m{_d(rng, 9)}", f"msg_{_hex(rng, 10)}", f"{_d(rng, 6)}-{rng.randrange(1, 99)}"])


def trace_id(rng):
    return rng.choice([f"trace={_hex(rng, 32)}", f"tid:{_hex(rng, 16)}", f"X-Request-Id: {_hex(rng, 8)}-{_hex(rng, 4)}"])


def conf(rng):
    return f"0.{rng.randrange(40, 100):02d}"


def dlp_rule(rng):
    return rng.choice(["DLP_MOBILE_PLAIN", "DLP_IDNO_PLAIN", "DLP_CARD_PLAIN", "DLP_ADDR_PLAIN", "DLP_NAME_PLAIN",
                       f"R{rng.randrange(100, 999)}_敏感字段明文", "PII-LEAK-0" + str(rng.randrange(1, 9))])


def merchant_no(rng):
    return rng.choice([f"商户号{_d(rng, 15)}", f"MCH{_d(rng, 10)}", f"商户{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 8)}"])


def terminal_no(rng):
    return rng.choice([f"终端号{_d(rng, 8)}", f"TRM{_d(rng, 6)}", f"ATM-{_L(rng, 2)}{_d(rng, 4)}"])


def order_no(rng):
    return rng.choice([f"{_d(rng, 18)}", f"T{_yr(rng)}{_d(rng, 12)}", f"PO-{_d(rng, 10)}"])


def huhao(rng):
    return rng.choice([f"{_d(rng, 10)}", f"{_d(rng, 8)}", f"{_L(rng, 1)}{_d(rng, 9)}"])


def batch_no(rng):
    return rng.choice([f"PC{_yr(rng)}{_d(rng, 4)}", f"BATCH-{_d(rng, 6)}", f"第{rng.randrange(1, 40)}批"])


def case_no(rng):
    return rng.choice([f"A{_d(rng, 15)}", f"{rng.choice(PROV_ABBR)}公（刑）立字〔{_yr(rng)}〕{_d(rng, 4)}号", f"警情{_d(rng, 12)}"])


def vcode(rng):
    return _d(rng, rng.choice([4, 6, 6, 6]))


def postcode(rng):
    return digits(rng, 6, "1234567")


def version(rng):
    return rng.choice([f"v{rng.randrange(2, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 40)}", f"rel-{rng.randrange(100, 999)}",
                       f"{rng.randrange(2023, 2026)}.{rng.randrange(1, 13)}"])


def err_code(rng):
    return rng.choice([f"ERR{rng.randrange(1000, 99999)}", rng.choice(["NAME_ID_MISMATCH", "CARRIER_TIMEOUT", "OCR_BLUR",
                                                                       "LIVENESS_REJECT", "SESSION_DROPPED", "QUOTA_EXCEEDED",
                                                                       "AUTH_EXPIRED", "NET_JITTER"]),
                       f"错误码{rng.randrange(100, 9999)}", f"E-{_L(rng, 2)}{rng.randrange(10, 99)}"])


def hotline(rng):
    return rng.choice([rng.choice(W.HOTLINES), rng.choice(W.HOTLINES), "400-" + _d(rng, 3) + "-" + _d(rng, 4),
                       "400 " + _d(rng, 3) + " " + _d(rng, 4), "800-" + _d(rng, 3) + "-" + _d(rng, 4)])


def title(rng):
    return rng.choice(W.SURNAMES) + rng.choice(W.TITLES)


def org_address(rng):
    prov, city, dist = _region(rng)
    return rng.choice([f"{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 900)}号{rng.choice(['', '金融中心', '营业大厅', '综合楼一层', '写字楼B座'])}",
                       f"{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 600)}号{rng.choice(['政务服务中心', '党群服务中心', '科技园'])}{rng.randrange(1, 25)}层",
                       f"{prov}{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 800)}号（{rng.choice(['办公区', '行政楼', '营业部'])}）"])


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(["", rng.choice(W.REGIONS)[1][:-1]]) + rng.choice(W.BRANCH_PLACES) + rng.choice(["支行", "分行营业部", "社区支行", "小微支行"])


def police(rng):
    prov, city, dist = _region(rng)
    return rng.choice([dist + rng.choice(W.ROADS)[:2] + "派出所", city + "公安局" + dist[:-1] + "分局", dist + "公安分局经侦大队"])


def org_acct(rng):
    return _d(rng, rng.choice([12, 14, 16, 20, 22]))


def rate(rng):
    return rng.choice([f"{rng.randrange(28, 49) / 10:.2f}%", f"LPR{rng.choice(['+', '-'])}{rng.randrange(5, 60)}BP", f"{rng.randrange(25, 35) / 10}%"])


def months(rng):
    return rng.choice([f"{rng.choice([120, 180, 240, 300, 360])}期", f"{rng.randrange(5, 31)}年", f"{rng.randrange(6, 60)}个月"])


def ua(rng):
    return rng.choice(["Android 14; V2309A", "iPhone16,1 iOS 18.1", "HarmonyOS NEXT 5.0", "Android 12; 22081212C",
                       "Windows 10; Chrome/126", "iPad14,3 iPadOS 17.6"])


def geo(rng):
    prov, city, dist = _region(rng)
    return rng.choice([city, f"{prov or city}/{city}", rng.choice(W.COUNTRIES), f"{city}{dist}"])


REFS = {
    "AMT": ("amount", amount), "BIGAMT": ("amount", big_amount), "DATE": ("date", date), "DT": ("date", dtime),
    "TIME": ("date", ctime), "GUANZI": ("reference", guanzi), "SEIZE": ("reference", seize_no),
    "APPRAISE": ("reference", appraise_no), "POLICENO": ("reference", police_no), "BADGE": ("reference", badge),
    "MACHINE": ("terminal", machine_no), "RESV": ("reference", resv_no), "CASHBOX": ("reference", cashbox),
    "SEAL": ("reference", seal_no), "CAM": ("reference", camera), "ACCEPT": ("reference", accept_no),
    "CARRIERREF": ("reference", carrier_ref), "AUTHNO": ("reference", auth_no), "REPORT": ("reference", report_no),
    "QUSER": ("reference", query_user), "ORGCODE": ("reference", org_code), "LOANNO": ("reference", loan_no),
    "CLOSENO": ("reference", close_no), "SETTLE": ("reference", settle_no), "STAFFNO": ("reference", staff_no),
    "DECL": ("reference", declare_no), "SHARE": ("amount", share_pct), "VSESS": ("reference", video_sess),
    "SCORE": ("amount", score), "ISSUER": ("org", issuer), "VALID": ("date", validity), "BIRTH": ("date", birth),
    "WANGQIAN": ("reference", wangqian), "ESCROW": ("reference", escrow_no), "DEED": ("reference", deed_no),
    "GJJ": ("reference", gjj_no), "ROOM": ("reference", room), "AREA": ("amount", area), "EVENT": ("reference", event_no),
    "TICKET": ("reference", ticket_no), "AGE": ("amount", age), "CSESS": ("reference", chat_sess),
    "MSGID": ("reference", msg_id), "TRACE": ("reference", trace_id), "CONF": ("amount", conf), "DLP": ("code", dlp_rule),
    "CODE": ("code", vcode), "POST": ("postcode", postcode), "VER": ("version", version), "ERR": ("code", err_code),
    "HOT": ("hotline", hotline), "TITLE": ("title", title), "ORGADDR": ("org_address", org_address),
    "BRANCH": ("org", branch), "POLICE": ("org", police), "OACCT": ("reference", org_acct), "RATE": ("amount", rate),
    "TERMS": ("amount", months), "UA": ("terminal", ua), "GEO": ("reference", geo),
    "MERCH": ("merchant", merchant_no), "TERM": ("terminal", terminal_no), "ORDER": ("reference", order_no),
    "HUHAO": ("reference", huhao), "BATCH": ("reference", batch_no), "CASE": ("reference", case_no),
}

SIMPLE = {
    "COUNTRY": ("country", lambda r: r.choice(W.COUNTRIES)), "PET": ("pet_name", lambda r: r.choice(W.PET_NAMES)),
    "BANK": ("org", lambda r: r.choice(W.BANKS)), "NUM": ("amount", lambda r: str(r.randrange(2, 80))),
    "SMALL": ("amount", lambda r: str(r.randrange(1, 9))), "NICK": ("nickname", lambda r: r.choice(W.NICKS)),
    "DENOM": ("reference", lambda r: r.choice(W.DENOMS)), "FEATURE": ("reference", lambda r: r.choice(W.FAKE_FEATURES)),
    "USE": ("reference", lambda r: r.choice(W.CASH_USES)), "MIX": ("reference", lambda r: r.choice(W.DENOM_MIX)),
    "CARRIER": ("org", lambda r: r.choice(W.CARRIERS)), "CHREASON": ("reference", lambda r: r.choice(W.CHANGE_REASONS)),
    "QREASON": ("reference", lambda r: r.choice(W.QUERY_REASONS)), "CLREASON": ("reference", lambda r: r.choice(W.CLOSE_REASONS)),
    "SPOST": ("reference", lambda r: r.choice(W.STAFF_POSTS)), "REL": ("reference", lambda r: r.choice(W.REL_KINDS)),
    "RJOB": ("reference", lambda r: r.choice(W.RELATIVE_JOBS)), "ACT": ("reference", lambda r: r.choice(W.LIVENESS_ACTS)),
    "ETHNIC": ("reference", lambda r: r.choice(W.ETHNIC)), "PROJECT": ("org", lambda r: r.choice(W.PROJECTS)),
    "DEVELOPER": ("org", lambda r: r.choice(W.DEVELOPERS)), "AGENCY": ("brand", lambda r: r.choice(W.AGENCIES)),
    "COMMUNITY": ("org", lambda r: r.choice(W.COMMUNITIES)), "TOPIC": ("reference", lambda r: r.choice(W.TOPICS)),
    "PRIZE": ("reference", lambda r: r.choice(W.PRIZES)), "INTENT": ("code", lambda r: r.choice(W.INTENTS)),
    "BOT": ("nickname", lambda r: r.choice(W.BOT_NAMES)), "SEX": ("reference", lambda r: r.choice(["男", "女"])),
}


# ---------------------------------------------------------------- template language

CHOICE_RE = re.compile(r"\{([^{}]*)\}")
SLOT_RE = re.compile(r"<([A-Z]+)(?::(\w+))?>")
HON_TITLES = W.HON_TITLES


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
        while getattr(b, "speaker", False) and kind == "placeholder":
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
                                 "kvlog", "md", "dots", "fweq", "yaml", "ocr"])
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
    elif style == "dots":
        w = max(len(l) for l, _, _ in labs) + 2
        for lab, e, _ in labs:
            b.t(lab + "." * (2 * (w - len(lab))) + " "); say(b, e); b.t("\n")
    elif style == "fweq":
        for lab, e, _ in labs:
            b.t(lab + rng.choice(["＝", "＝ ", " = "])); say(b, e); b.t(rng.choice(["\n", "；\n"]))
    elif style == "yaml":
        b.t(rng.choice(["record:\n", "data:\n", "- item:\n"]))
        for lab, e, en in labs:
            b.t("  " + en + ': "'); say(b, e); b.t('"\n')
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


def _prime_speakers(b: Builder, exprs) -> None:
    """Create the people named in speaker expressions first, so a speaker is never a placeholder."""
    b.speaker = True
    for e in exprs:
        for m in SLOT_RE.finditer(e):
            if m.group(1) in ("NAME", "HON") and m.group(2):
                person(b, m.group(2))
    b.speaker = False


def chat(b: Builder, turns, start=None):
    """turns: list of (speaker_expr, text_expr); nine line styles."""
    rng = b.rng
    h, m = (start or (rng.randrange(7, 22), rng.randrange(60)))
    _prime_speakers(b, [sp for sp, _ in turns])
    style = rng.choice(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"])
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
        elif style == "j":
            say(b, sp); b.t(f"  {day.replace('-', '/')} {t}:{rng.randrange(60):02d}\n"); say(b, tx); b.t("\n")
        elif style == "k":
            b.t("**"); say(b, sp); b.t(f"** `{t}`："); say(b, tx); b.t("\n\n")
        elif style == "l":
            b.t(f"ts={day}T{t} from="); say(b, sp); b.t(" msg=\""); say(b, tx); b.t("\"\n")
        else:
            b.t(f"{t} "); say(b, sp); b.t("："); say(b, tx); b.t("\n")


def transcript(b: Builder, turns, roles=("坐席", "客户")):
    """Call recording transcript: turns (role index or speaker expression, text)."""
    rng = b.rng
    style = rng.choice(["ts", "ts", "plain", "ab", "srt"])
    _prime_speakers(b, list(roles) + [w for w, _ in turns if not isinstance(w, int)])
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


# ---------------------------------------------------------------- extra layouts (blind23)

def sms(b: Builder, body: str, sign="<BANK>"):
    """SMS template: sign + body + a tail."""
    rng = b.rng
    say(b, rng.choice(["【" + sign + "】", "【" + sign + "】", "<" + sign + ">", sign + "提醒您："]))
    say(b, body)
    say(b, rng.choice(["{回复TD退订|退订回N|拒收请回BK}", "", "{非本人操作|如有疑问}请{拨打|致电}<HOT>。", "{客服|热线}<HOT>"]) + "\n")


def letter_head(b: Builder, to: str):
    say(b, to + "{：|:|：\n}")


def email(b: Builder, frm: str, to: str, subj: str):
    say(b, "{发件人|From}：" + frm + "\n{收件人|To}：" + to + "\n{日期|Date}：<DT>\n{主题|Subject}：" + subj + "\n\n")


def sign_off(b: Builder, who: str = "<NAME:a>"):
    say(b, "\n{申请人|签名|本人签字}：" + who + "{　　|  | }{日期|}<DATE>\n")


# ---------------------------------------------------------------- genres

def g_counterfeit_note(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("凭证编号|收缴凭证号", "<SEIZE>", "voucher_no"), ("持有人姓名|持有人", "<NAME:a>", "holder"),
                 ("证件类型及号码|持有人证件号码", "<DOC:a>", "holder_doc"), ("联系电话|持有人电话", "<MOB:a>", "holder_mobile"),
                 ("币种及券别|券别", "<DENOM>", "denomination"), ("冠字号码", "<GUANZI>", "serial"), ("张数|收缴张数", "<SMALL>张", "count"),
                 ("收缴金额|金额合计", "<AMT>", "amount"), ("假币特征|鉴别要点", "<FEATURE>", "features"),
                 ("收缴人|收缴柜员", "<NAME:s>", "teller"), ("复核人", "<TITLE>", "checker"), ("收缴时间|收缴日期", "<DT>", "time")],
             title="{假币收缴凭证|假币收缴凭证（客户联）|货币收缴凭证}")
        pick(b, "持有人对{被收缴货币|收缴的货币}真伪{有异议|存在异议}的，可{自|于}收缴之日起<SMALL>个工作日内，{持本凭证|凭本凭证}向<ORG>{提出|申请}鉴定。",
             "{本凭证|此联}{由持有人|交客户}{保存|留存}，{遗失不补|丢失不予补办}。{收缴|经办}网点：<BRANCH>",
             "{已|}{当面|于客户面前}加盖“假币”{戳记|章}，{点钞机|机具}<MACHINE>{报警|复点}{记录|截图}{留存|备查}。")
    elif k == 1:
        say(b, "{假币真伪鉴定申请书|货币真伪鉴定申请|假币鉴定申请表}\n\n")
        letter_head(b, "<ORG>")
        say(b, "申请人<NAME:a>，{公民身份号码|身份证号码|证件号}<DOC:a>，{住址|现住址|家庭住址}<ADDR:a>，{联系电话|手机}<MOB:a>{，住宅电话<TEL:a>|}。\n"
               "{本人|申请人}于<DATE>{在|到}<BRANCH>{办理存款|存入现金|办理业务}时，{柜员|工作人员}将{本人|我}{交存的|所持}<DENOM><SMALL>张"
               "（冠字号码<GUANZI>{、<GUANZI>|}）{认定为|判为}假币{并予以收缴|当场收缴}，收缴凭证号<SEIZE>。{该款|这笔钱}{系|是}{从|于}{<ORG>{附近|}{ATM|自助设备|柜台}{取出|支取}|{商户|门店}收银（<MERCH>，<TERM>）{收取|收到}}，"
               "{本人|我}{认为|怀疑}{鉴别有误|存在误判}，{特|现}申请{真伪|}鉴定。\n")
        sign_off(b)
        pick(b, "{附件|随附材料}：{收缴凭证原件|凭证客户联}、{身份证复印件|证件复印件}、{取款回单|交易流水}。", "")
    elif k == 2:
        say(b, "<BRANCH>{假币收缴登记簿|收缴假币登记簿|反假货币收缴台账}（<DATE>—<DATE>）\n")
        table(b, [("日期|收缴日期", "<DATE>", "date"), ("凭证号", "<SEIZE>", "voucher"), ("券别", "<DENOM>", "denom"),
                  ("冠字号", "<GUANZI>", "serial"), ("持有人", "<NAME:r>", "holder"), ("证件号码|持有人证件", "<DOC:r>", "doc"),
                  ("收缴柜员|经办", "<NAME:s>", "teller"), ("备注", "{已交人民银行|待上缴|客户申请鉴定|已移交公安}", "memo")],
              rng.randrange(2, 6), style=rng.choice(["md", "csv", "tsv", "pipe", "list"]))
        pick(b, "{本期|本月}{共|累计}收缴<NUM>张，{其中|内含}{2019年版|新版}<SMALL>张；{单次|一次性}{超过|满}5张的{已|均已}{报告|移交}<POLICE>。",
             "{登记|记账}：<TITLE>  {监督|核对}：<TITLE>  {上缴|入库}批次<SEIZE>", "")
    elif k == 3:
        say(b, "{货币真伪鉴定结果告知书|鉴定结果通知书|假币鉴定结论告知}  <APPRAISE>\n\n")
        say(b, "<NAME:a>{：|（<HON:a>）：}\n{您|你}于<DATE>{提交|递交}的{鉴定申请|真伪鉴定申请}{已|}{受理|收悉}。{经|依据}{鉴定|专业鉴定}，"
               "{冠字号码|号码为}<GUANZI>的<DENOM>{为假币|系假币，予以没收|为真币，予以退还}，{原因|依据}：<FEATURE>。"
               "{如对鉴定结果不服|对结论有异议的}，可{在|于}<NUM>日内{申请|提出}复议。\n"
               "{送达地址|邮寄地址|文书送达地址}：<ADDR:a>  {联系电话|电话}：<MOB:a>\n"
               "{鉴定人|鉴定人员}：<NAME:t>、<NAME:u>    <ORG>  <DATE>\n")
        pick(b, "{退还|返还}的{真币|款项}{请|须}{本人|持有人}{持|携带}{身份证件|证件}{到|至}<BRANCH>{领取|办理}。{咨询|查询}：<HOT>", "")
    elif k == 4:
        say(b, "{假币移交公安机关清单|涉嫌持有假币线索移交单|公安移交清单}（<POLICENO>）\n")
        form(b, [("移交单位", "<BRANCH>", "from_org"), ("接收单位", "<POLICE>", "to_org"),
                 ("移交事由", "{一次性发现假币5张（枚）以上|疑似变造币|持有人行为可疑|持有人拒绝收缴}", "reason"),
                 ("涉及人员|持有人", "<NAME:a>", "holder"), ("证件号码", "<DOC:a>", "doc"), ("联系方式|电话", "<MOB:a>", "mobile"),
                 ("户籍地址|住址", "<ADDR:a>", "address"), ("假币券别及张数", "<DENOM> <NUM>张", "items"),
                 ("监控录像", "<CAM>", "video"), ("案件编号", "<CASE>", "case_no"), ("移交人", "<NAME:s>", "handover"), ("接收民警", "<NAME:p>（<BADGE>）", "officer"),
                 ("移交时间", "<DT>", "time")])
        pick(b, "{持有人|当事人}{称|自称}{该批|这些}{钞票|现金}{来源于|系}{<USE>|收货款|摆摊收入}，{驾驶|所驾}车辆<PLATE:a>{停于网点门口|已由民警登记}。",
             "{移交|交接}时{双方|两方}{当面|现场}{清点|核对}无误，{原件|凭证}{一式两份|各执一份}。", "")
    else:
        if rng.random() < 0.5:
            sms(b, "{尊敬的|}<HON:a>，您{于|在}<DATE>{提出的|}{收缴|假币}异议{已登记|已受理}，{登记号|编号}<APPRAISE>，{我们|工作人员}{将|会}在<SMALL>个工作日内{回复|联系您}。")
        form(b, [("异议人|客户姓名", "<NAME:a>", "customer"), ("证件号码", "<DOC:a>", "doc"), ("手机号码", "<MOB:a>", "mobile"),
                 ("原收缴凭证号", "<SEIZE>", "voucher"), ("异议内容", "{认为系真币|款项来源于ATM|柜员未当面操作|未出示鉴定依据}", "content"),
                 ("ATM编号|取款设备", "{<TERM>|<MACHINE>|无}", "atm"), ("受理人", "<NAME:s>", "receiver"), ("处理结果", "{已调阅录像，维持收缴|已退还并致歉|转人民银行鉴定}", "result")],
             title="{客户异议回执|收缴异议受理回执|异议处理回执单}")
        pick(b, "{客户|异议人}{签收|确认}：<NAME:a>  {日期|}<DATE>", "{异议|投诉}{可|亦可}拨打<HOT>{反映|转达}。", "")


def g_cash_reservation(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("预约编号", "<RESV>", "resv_no"), ("客户姓名|户名", "<NAME:a>", "name"), ("证件号码", "<DOC:a>", "doc"),
                 ("取款卡号|账号", "<CARD:a>", "card"), ("预约金额|取现金额", "<BIGAMT>", "amount"), ("券别要求", "<MIX>", "mix"),
                 ("预约取款日期", "<DATE> <TIME>{前|后}", "date"), ("取款网点", "<BRANCH>", "branch"), ("资金用途", "<USE>", "purpose"),
                 ("联系手机", "<MOB:a>", "mobile"), ("是否代理", "{否|是，代理人<NAME:c>（<DOC:c>）}", "agent"),
                 ("登记人", "<NAME:s>", "clerk")],
             title="{大额现金取款预约登记表|大额取现预约单|个人大额取现预约登记}")
        pick(b, "{单笔|当日}取现{5万元|五万元}{及以上|以上}{须|需}提前<SMALL>个工作日预约；{预约|登记}{后|成功后}{不|未}{按时|如期}{办理|到网点}的，{预约|该预约}{自动|将}{作废|失效}。",
             "{现金|款项}{由|将由}<ORG>{于|在}{前一日|当日上午}{调拨|配送}到位，{请|}{注意|留意}{携带|随身}{物品|现金}安全。", "")
    elif k == 1:
        sms(b, "{尊敬的|}<HON:a>{客户|}，您{预约|已预约}{于|在}<DATE>{到|至}<BRANCH>{支取|提取}现金<BIGAMT>{已|}{登记成功|确认}，预约号<RESV>。"
               "{请|届时请}{携带|带上}{本人|}{有效|}身份证件{及|和}{尾号|卡号后四位}{<SMALL><SMALL><SMALL><SMALL>|}的{银行卡|借记卡}{办理|前来}。")
        if rng.random() < 0.6:
            chat(b, [("{<NAME:a>|<HON:a>|<NICK>}", "{收到|好的}。{能不能|可以}{改到|换成}<DATE>{下午|上午}？{我|}{手机|电话}<MOB:a>。"),
                     ("{<NAME:s>|<HON:s>|网点客服}", "{可以|没问题}，{已为您|已}{改约|调整}，{新|}预约号<RESV>。{为了|出于}{资金|您的}安全，{建议|请}{家人|亲属}{陪同|一起来}。")])
        pick(b, "{此短信|本信息}{不作为|非}取款凭证。", "")
    elif k == 2:
        say(b, "{到网点身份核验记录|大额取现身份核验|取现客户核验日志}\n")
        form(b, [("核验时间", "<DT>", "time"), ("预约号", "<RESV>", "resv"), ("客户", "<NAME:a>", "customer"), ("证件号码", "<DOC:a>", "doc"),
                 ("联网核查", "{一致|一致，照片相符|不一致}", "nciic"), ("人像比对得分", "<SCORE>", "face_score"),
                 ("预留手机", "<MOB:a>", "mobile"), ("柜员", "<NAME:s>（<STAFFNO>）", "teller"), ("授权主管", "<NAME:m>", "supervisor"),
                 ("监控", "<CAM>", "cctv"), ("核验结论", "{通过|通过，已询问用途|未通过，暂停办理}", "result")],
             style=rng.choice(["kvlog", "kv", "ascii", "json", "pipe", "yaml", "md"]))
        pick(b, "{客户|本人}{自述|称}{用途|资金用途}为<USE>，{与|同}预约{登记|信息}{一致|相符}。", "")
    elif k == 3:
        say(b, "{大额取现预约取消/改约记录|预约变更记录|取现预约改约流水}\n")
        table(b, [("原预约号", "<RESV>", "old_resv"), ("客户|户名", "<NAME:r>", "customer"), ("联系电话", "<MOB:r>", "phone"),
                  ("原日期", "<DATE>", "old_date"), ("新日期", "{<DATE>|取消}", "new_date"),
                  ("原因", "{临时有事|资金已转账解决|家属劝阻|不需要了|改为转账|网点现金不足}", "reason"),
                  ("渠道", "{电话|<BRAND>|柜面|短信回复}", "channel")],
              rng.randrange(2, 6), style=rng.choice(["csv", "tsv", "md", "pipe", "list"]))
        pick(b, "{本周|本月}{取消|改约}<NUM>笔，{已|}{通知|告知}<ORG>{调减|调整}{备付|配钞}计划。", "{统计|制表}：<TITLE>", "")
    elif k == 4:
        say(b, "{现金调拨交接单|款箱交接登记单|现金出入库交接单}  <CASHBOX>\n")
        form(b, [("调出单位", "<ORG>", "from"), ("调入单位", "<BRANCH>", "to"), ("调拨金额", "<BIGAMT>", "amount"),
                 ("款箱号", "<CASHBOX>", "box"), ("封签号", "<SEAL>", "seal"), ("押运员", "<NAME:e>、<NAME:f>", "escort"),
                 ("押运车辆", "{<ORG>{押运车|运钞车}<SMALL>号|车牌后三位<SMALL><SMALL><SMALL>}", "vehicle"),
                 ("交出人", "<NAME:s>", "giver"), ("接收人", "<NAME:m>", "taker"), ("交接时间", "<DT>", "time"),
                 ("关联预约", "<RESV>", "resv"), ("调拨批次", "<BATCH>", "batch")])
        pick(b, "{双人|两人}{交接|清点}，{封签|铅封}{完好|无破损}，{金额|箱数}{相符|一致}。", "{交接|押运}{全程|过程}{录像|监控}<CAM>{留存|保存}<NUM>天。", "")
    else:
        say(b, "{反诈劝阻记录|大额取现风险提示及劝阻记录|疑似涉诈取现劝阻登记}\n")
        pick(b, "<DATE>{上午|下午}，{客户|老人}<NAME:a>（<AGE>）{来到|到}<BRANCH>{要求|申请}{支取|提取}现金<BIGAMT>，{称|说}{用于|是}<USE>。",
             "{客户|来人}<NAME:a>{，<AGE>，|}{持卡|持存折}{要求|坚持}{取现|全部取出}<BIGAMT>，{用途|理由}{说不清|含糊}。")
        say(b, "{柜员|大堂经理}<NAME:s>{发现|注意到}{其|客户}{一直|不停}{与|和}{陌生人|对方}{通话|视频}，{对方|电话那头}{自称|冒充}{<ORG>|公检法|客服}，"
               "{称|说}{客户|其}{涉嫌|卷入}{一起|}<COUNTRY>{洗钱案|跨境洗钱案}，{要求|让}{客户|其}{不要告诉|别跟}{任何人|家人}。{网点|我们}{随即|立即}{联系|打电话给}{其|客户}{儿子|女儿|家属}<NAME:c>（{手机|电话}<MOB:c>），"
               "{并|同时}{报告|通知}<POLICE>，{民警|警官}<NAME:p>{到场|赶到}{劝阻|做工作}。{客户|老人}{最终|后来}{放弃|取消}取现。\n"
               "{客户|当事人}{证件号码|身份证}：<ID:a>  {家庭住址|住址}：<ADDR:a>  {家庭电话|座机}：<TEL:a>\n")
        pick(b, "{记录|登记}人：<NAME:s>  {复核|审核}：<TITLE>", "{已|}{上报|推送}<ORG>（<CAM>）。", "")


def g_phone_change(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("客户姓名|户名", "<NAME:a>", "name"), ("证件号码", "<DOC:a>", "doc"), ("账号/卡号|卡号", "<CARD:a>", "card"),
                 ("原预留手机号", "<MOB:o>", "old_mobile"), ("新预留手机号", "<MOB:a>", "new_mobile"), ("变更原因", "<CHREASON>", "reason"),
                 ("同步变更服务", "{短信通知、<BRAND>|<BRAND>、快捷支付（<MERCH>）|全部签约服务|快捷支付（<MERCH>）}", "services"), ("新号码归属运营商", "<CARRIER>", "carrier"),
                 ("受理编号", "<ACCEPT>", "accept_no"), ("申请日期", "<DATE>", "date"), ("经办", "<NAME:s>", "clerk")],
             title="{个人客户预留手机号码变更申请书|预留手机号变更申请|手机号码变更业务申请表}")
        pick(b, "{本人|申请人}{确认|承诺}{新手机号码|新号码}{为本人实名登记|由本人实名使用}，{因|如因}{号码|该号码}{非本人|借用他人}{使用|而}造成的损失{由本人承担|自行承担}。",
             "{新号码|变更后号码}{须|需}{通过|经}<CARRIER>{实名|三要素}核验；{原号码|旧号码}{不再|将不再}{接收|收到}{动账|交易}{提醒|通知}。", "")
    elif k == 1:
        say(b, "{二次身份核验记录|变更手机号二次核身录音摘要|电话二次核验记录} <ACCEPT>\n")
        transcript(b, [(0, "{您好|你好}，{这里是|我是}<BANK>{远程银行|客服中心}，{您|您刚刚}{申请|提交了}{变更|修改}预留手机号，{需要|要}{再|}{核实|确认}{一下|}身份。{请问|您}{是|}<HON:a>{吗|本人吗}？"),
                       (1, "{是我|对}，我{叫|是}<NAME:a>。"),
                       (0, "{请|麻烦}{报|说}一下{您的|}{身份证号码|证件号码}。"),
                       (1, "<DOC:a>。"),
                       (0, "{最近一笔|上一笔}{交易|消费}{金额|大概多少}{是|}？{您|}{常住|家庭}地址{是|在}哪里？"),
                       (1, "{好像是|大约}<AMT>，{我|}住<ADDR:a>。{原来的|旧}号码<MOB:o>{不用了|停机了}，{新号|新的}<MOB:a>。"),
                       (0, "{核验|验证}{通过|成功}。{提醒您|请注意}，{任何|我们不会}{人|}{索要|询问}验证码<CODE>{都是诈骗|，请勿提供}。")],
                   roles=("{坐席|客服|<NAME:s>}", "{客户|来电人}"))
    elif k == 2:
        say(b, "{运营商实名核验回执|三要素核验返回报文|carrier_verify response}\n")
        for _ in range(rng.randrange(1, 4)):
            jline(b, [("reqId", "<CARRIERREF>"), ("ts", "<DT>"), ("mobile", "<MOB:r>"), ("name", "<NAME:r>"), ("idNo", "<ID:r>"),
                      ("carrier", "<CARRIER>"), ("result", "{一致|一致|姓名不一致|证件号不一致|号码已销户}"),
                      ("netAge", "{<SMALL>年|<NUM>个月|6-12个月}"), ("status", "{正常|停机|正常|欠费}")])
            b.forget("r")
        pick(b, "{核验|调用}{耗时|用时}<NUM>ms，{计费|扣费}1次；{结果|返回}{仅用于|只用于}本次变更{审核|判断}。", "rc=<ERR>", "")
    elif k == 3:
        if rng.random() < 0.5:
            sms(b, "{尊敬的|}<HON:a>，您{账户|卡号}{尾号|末四位}<SMALL><SMALL><SMALL><SMALL>的{预留手机号|动账通知号码}已于<DT>{由|从}<MOB:o>{变更为|改为}<MOB:a>。{如非本人|若非您本人}{操作|办理}，{请|}{立即|马上}致电<HOT>。")
        sms(b, "{您的|}{短信通知|动账提醒}{服务|签约}{已|}{变更|改签}{至|到}{本号码|新号码}，{月费|服务费}{<NUM>元|免费}，{如需|若要}{退订|取消}{请|}{回复|发送}QX。")
        pick(b, "{同时|并}{已向|向}{原号码|旧号码}{发送|推送}{变更|改签}{提醒|通知}。", "{通知|下发}{模板|编号}<MSGID>", "")
    elif k == 4:
        form(b, [("申请人", "<NAME:a>", "applicant"), ("证件号码", "<DOC:a>", "doc"), ("开户地", "<BRANCH>", "open_branch"),
                 ("受理地", "<BRANCH>", "accept_branch"), ("户籍地址", "<ADDR:a>", "hukou_addr"), ("现居住地址", "<ADDR:b>", "live_addr"),
                 ("原手机号", "<MOB:o>", "old"), ("新手机号", "<MOB:a>", "new"), ("异地原因", "{工作调动|随子女生活|外出务工|在外求学}", "reason"),
                 ("受理人意见", "{已核实本人，同意|材料齐全，建议同意|存疑，建议回开户地办理}", "opinion"),
                 ("审批人", "<NAME:m>", "approver"), ("审批时间", "<DT>", "time")],
             title="{异地变更预留手机号审批单|跨地区手机号变更审批|异地业务审批表}")
        pick(b, "{依据|根据}{章程|管理办法}{关于|有关}异地{业务|变更}的{规定|要求}，{单位|网点}{负责人|主管}{须|应}{当面|视频}{核实|确认}。", "")
    else:
        say(b, "{变更失败工单|手机号变更异常工单|预留手机号修改失败处理单}\n")
        form(b, [("工单号", "<ACCEPT>", "ticket"), ("客户", "<NAME:a>", "customer"), ("新手机", "<MOB:a>", "new_mobile"),
                 ("失败原因", "{运营商返回：实名信息与户名不一致|<ERR>|新号码已绑定其他客户|验证码超时|号码为物联网卡|快捷支付<MERCH>同步失败}", "reason"),
                 ("渠道", "{<BRAND>|柜面|远程视频}", "channel"), ("登录IP", "<IP:a>", "ip"), ("终端", "<UA>", "ua"),
                 ("回访人", "<NAME:s>", "agent"), ("回访结果", "{客户已到网点重新办理|号码为家人名下，已告知|无法联系}", "callback")],
             style=rng.choice(["kv", "kvlog", "ascii", "json", "md", "dots", "fweq"]))
        pick(b, "{客户|来电人}{反映|称}{新号码|该号}{登记在|实名为}{配偶|家人}{<NAME:c>|<HON:c>}名下，{已|}{建议|指导}{先|}{到|去}<CARRIER>{过户|变更实名}。", "")


def g_credit_report_query(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{个人信用报告查询授权书|个人征信查询授权书|征信信息查询及报送授权书}\n\n")
        letter_head(b, "<BANK>")
        say(b, "本人<NAME:a>（{证件类型：身份证，|}{证件号码|身份证号}<DOC:a>）{不可撤销地|特此}授权{贵行|你行}{在|于}{办理|审核}<QREASON>{业务|事项}{时|过程中}，"
               "{通过|向}<ORG>{查询|获取}本人{信用报告|信用信息}，{并|同时}{报送|提供}本人{信贷|借贷}{信息|记录}。{授权期限|有效期}{自签署之日起|自本授权书签署日起}至{业务结清|相关业务终结}{之日|为止}。"
               "\n{本人|我}{已|}{阅读|知悉}{并|且}{理解|明白}{本|此}授权书{全部|所有}{条款|内容}，{尤其|特别是}{加粗|黑体}部分。\n"
               "{联系电话|手机}：<MOB:a>  {电子邮箱|邮箱}：<MAIL:a>\n")
        sign_off(b, "<NAME:a>")
        pick(b, "{授权书编号|编号}：<AUTHNO>  {见证|面签}人：<NAME:s>", "")
    elif k == 1:
        say(b, "{征信查询登记台账|个人征信查询登记簿|征信查询使用登记表}（<BRANCH>）\n")
        table(b, [("查询日期", "<DATE>", "date"), ("被查询人", "<NAME:r>", "subject"), ("证件号码", "<DOC:r>", "doc"),
                  ("查询原因", "{<QREASON>|特约商户实名审查（<MERCH>）}", "reason"), ("查询用户", "<QUSER>", "user"), ("授权书编号", "<AUTHNO>", "auth"),
                  ("审批人", "{<NAME:s>|<TITLE>}", "approver")],
              rng.randrange(2, 6), style=rng.choice(["md", "csv", "tsv", "pipe", "list", "csv"]))
        pick(b, "{查询|使用}{须|必须}{先|}{取得|获得}{书面|本人}授权，{严禁|禁止}{超范围|无授权}查询。{台账|登记簿}{保存|保管}期限<NUM>年。", "")
    elif k == 2:
        say(b, "{个人信用报告（本人版）摘录|个人信用报告摘要|信用报告节选}\n{报告编号|编号}：<REPORT>  {报告时间|查询时间}：<DT>\n")
        form(b, [("姓名|被查询者姓名", "<NAME:a>", "name"), ("证件号码|被查询者证件号码", "<DOC:a>", "doc"),
                 ("婚姻状况", "{已婚|未婚|离异|未知}", "marriage"), ("手机号码（最近）", "<MOB:a>", "mobile"),
                 ("居住地址（最近）", "<ADDR:a>", "address"), ("工作单位", "{<DEVELOPER>|<ORG>|自由职业}", "employer"),
                 ("配偶姓名", "<NAME:c>", "spouse"), ("贷款笔数", "<SMALL>", "loans"), ("信用卡账户数", "<SMALL>", "cards"),
                 ("当前逾期", "{无|<SMALL>笔，金额<AMT>}", "overdue")], style=rng.choice(["space", "kv", "dots", "ocr", "md"]))
        say(b, "{查询记录|机构查询记录明细}：\n")
        table(b, [("查询日期", "<DATE>", "date"), ("查询机构", "{<BANK>|<ORG>}", "org"), ("查询原因", "<QREASON>", "reason")],
              rng.randrange(2, 4), style=rng.choice(["list", "pipe", "md"]))
    elif k == 3:
        say(b, "{关于异常征信查询的排查说明|征信异常查询核查情况报告|异常查询排查说明}\n\n")
        if rng.random() < 0.5:
            email(b, "<NAME:i> <<WMAIL:i>>", "<ORG>", "{异常查询排查说明|征信查询排查结果}")
        say(b, "<ORG>：\n{根据|按照}{监测|系统预警}，<DATE>{至|到}<DATE>{期间|间}{查询用户|用户}<QUSER>{对|查询了}{客户|个人}<NAME:a>（{证件号|证件}<DOC:a>）"
               "{的信用报告|征信}{进行了|共}<SMALL>次查询，{查询原因|原因}{登记为|填报为}<QREASON>，{但|而}{未|没有}{找到|对应}{相应|有效}{授权书|业务}。"
               "{经|通过}{排查|调查}，{该用户|此账号}{使用人|归属}{为|是}{员工|客户经理}<NAME:s>（<STAFFNO>），{其|本人}{称|解释}{系|是}{替|帮}{同事|<TITLE>}{代查|查询}。"
               "{客户|当事人}{联系电话|电话}<MOB:a>，{已|}{电话|当面}{致歉|说明}。\n{处理意见|建议}：{暂停|冻结}{该用户|查询}权限，{按|依照}{章程|规定}{追责|处理}。\n")
        pick(b, "{报告人|调查人}：<NAME:i>  <DATE>", "{附|附件}：{查询日志|日志截图}<TRACE>", "")
    elif k == 4:
        say(b, "{查询原因核对表|征信查询原因与业务一致性核对|查询合规性抽查表}\n")
        table(b, [("流水号", "<QUSER>", "serial"), ("客户姓名", "<NAME:r>", "customer"), ("查询原因", "<QREASON>", "reason"),
                  ("业务凭证", "{<LOANNO>|<AUTHNO>|无}", "voucher"), ("核对结果", "{一致|一致|不一致|缺授权书|授权已过期}", "result"),
                  ("核对人", "<NAME:s>", "checker")],
              rng.randrange(3, 7), style=rng.choice(["md", "csv", "pipe", "tsv"]))
        pick(b, "{抽查|核对}{范围|区间}：<DATE>—<DATE>，{共|合计}<NUM>笔，{不一致|问题}<SMALL>笔{已|}{下发|发出}整改通知。", "")
    else:
        if rng.random() < 0.5:
            sms(b, "<HON:a>{您好|}，您{已|}{预约|成功预约}<DATE>{到|在}<BRANCH>{查询|打印}{个人|}信用报告，{预约号|号码}<RESV>，{请|}{携带|带}{本人|}身份证{原件|}。")
        chat(b, [("{<NAME:a>|<HON:a>|<NICK>}", "{想|我想}{查|打}一下{自己的|}征信，{需要|要}{带|准备}什么？"),
                 ("{<NAME:s>|<HON:s>|<BOT>}", "{带|携带}{本人|}身份证{原件|}{即可|就行}，{也可以|还可以}{用|通过}<BRAND>{自助|在线}查询，{每年|一年}{前|}<SMALL>次{免费|不收费}。"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "{好的|明白}。{我的|}{身份证|证件}<DOC:a>，{手机|电话}<MOB:a>，{帮我|麻烦}{预约|约}<DATE>。"),
                 ("{<NAME:s>|<HON:s>|<BOT>}", "{已|}{预约成功|帮您约好}，{请|}{注意|留意}短信。{温馨|友情}提示：{任何|所谓}{“征信修复”|“征信洗白”}{都是|均为}{骗局|诈骗}。")])


def g_account_closure(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("户名|存款人姓名", "<NAME:a>", "name"), ("证件号码", "<DOC:a>", "doc"), ("销户账号|卡号", "<CARD:a>", "card"),
                 ("账户类别", "{I类户|II类户|III类户|活期存折}", "type"), ("销户原因", "<CLREASON>", "reason"),
                 ("余额处理", "{现金支取|转入本人他行账户<CARD:b>|转入本行账户<CARD:b>}", "balance"), ("结息金额|利息", "<AMT>", "interest"),
                 ("联系电话", "<MOB:a>", "mobile"), ("销户流水", "<CLOSENO>", "serial"), ("经办柜员", "<NAME:s>", "teller"),
                 ("申请日期", "<DATE>", "date")],
             title="{个人银行账户销户申请书|个人结算账户销户申请|借记卡销户申请表}")
        pick(b, "{销户|注销}{前|之前}{请|须}{解除|取消}{全部|所有}{代扣|签约}{项目|协议}（{水费户号<HUHAO>|电费户号<HUHAO>|燃气户号<HUHAO>|社保|公积金|第三方支付}），{否则|以免}{影响|扣款失败}{使用|缴费}。",
             "{卡片|介质}{已|当面}{剪角|回收}{作废|销毁}，{客户|本人}{签字|确认}{无误|。}", "")
    elif k == 1:
        say(b, "{贷款结清证明|个人贷款结清证明书|结清证明}  <SETTLE>\n\n")
        say(b, "{兹证明|特此证明}，{借款人|客户}<NAME:a>（{身份证号|证件号码}<ID:a>）{于|在}<DATE>{与|和}{我行|本行}{签订|订立}的{个人住房贷款|个人消费贷款|个人经营贷款}"
               "{合同|借款合同}（{合同编号|编号}<LOANNO>）{项下|下}{借款本金|贷款本金}<BIGAMT>{及利息|本息}{已于|已在}<DATE>{全部|全额}{结清|还清}。"
               "{抵押物|抵押房产}{坐落|位于}<ADDR:a>，{抵押登记|他项权证}<DEED>{可|请}{凭本证明|持本证明}{到|至}<ORG>{办理|申请}{注销|解除}。\n"
               "{共同借款人|配偶}：<NAME:c>{（<ID:c>）|}\n<BRANCH>（{盖章|公章}）  <DATE>\n")
        pick(b, "{本证明|此证明}{仅|只}{证明|用于}{上述|该笔}贷款结清，{不作|不能作为}{其他|任何}{用途|担保}。", "")
    elif k == 2:
        if rng.random() < 0.5:
            sms(b, "{尊敬的|}<HON:a>，您{尾号|账号末4位}<SMALL><SMALL><SMALL><SMALL>{账户|的账户}{已于|于}<DT>{销户|注销}，{余额|剩余资金}<AMT>{已|}{转入|划至}<CARD:b>（{户名|收款人}<NAME:b>）。")
        form(b, [("转出账户", "<CARD:a>", "from_acct"), ("转出户名", "<NAME:a>", "from_name"), ("转入账户", "<CARD:b>", "to_acct"),
                 ("转入户名", "<NAME:b>", "to_name"), ("转入行", "<BANK>", "to_bank"), ("金额", "<AMT>", "amount"),
                 ("流水", "<CLOSENO>", "serial"), ("时间", "<DT>", "time")],
             title="{余额转移确认|销户余额划转确认单|余额结转回执}", style=rng.choice(["kv", "json", "kvlog", "pipe", "yaml", "fweq"]))
        pick(b, "{请|烦请}{核对|确认}{转入|收款}{账户|信息}，{有误|如有疑问}{请|}于<SMALL>日内{联系|致电}<HOT>。", "")
    elif k == 3:
        say(b, "<BRANCH>{关于久悬未取账户销户的公告|久悬户清理公告|长期不动户销户公示}\n\n"
               "{根据|依据}{人民银行|监管}{关于|有关}{久悬|长期不动}账户{管理|清理}{的|}{规定|要求}，{我行|本行}{对|将对}{连续|超过}<NUM>{个月|年}{未发生|无}{收付|交易}{活动|}{且|、}{余额|账户余额}{不足|低于}<AMT>的{个人|}账户{进行|开展}{清理|销户}。"
               "{以下|下列}{客户|存款人}{请|须}{于|在}<DATE>{前|之前}{携带|持}{本人|}{有效|}证件{到|至}{开户|任一}网点{办理|确认}：\n")
        for _ in range(rng.randrange(3, 7)):
            say(b, "{户名|存款人|}")
            b.neg(rng.choice(W.SURNAMES) + rng.choice(["*", "**", "*" + rng.choice(W.GIVEN_CHARS), "＊" + rng.choice(W.GIVEN_CHARS), "××"]), "name_masked")
            say(b, "{  账号|，账号|  账户}{尾号|末四位}<SMALL><SMALL><SMALL><SMALL>{  余额|，余额}<AMT>\n")
        say(b, "{逾期|到期}{未|不}{办理|来办}的，{余额|资金}{转入|纳入}{久悬|专户}{管理|核算}。{咨询|详询}<HOT>，{联系人|联系}<NAME:s>。\n")
        if rng.random() < 0.4:
            say(b, "\n{内部附表（不对外公示）|附：内部核对清单}\n")
            table(b, [("户名", "<NAME:r>", "name"), ("账号", "<CARD:r>", "acct"), ("最后交易日", "<DATE>", "last"), ("余额", "<AMT>", "bal")],
                  rng.randrange(2, 4), style=rng.choice(["csv", "tsv", "pipe"]))
    elif k == 4:
        say(b, "{代理销户委托书|授权委托书（代办销户）|委托代理销户声明}\n\n")
        say(b, "{委托人|本人}<NAME:a>，{性别|}<SEX>，{证件号码|身份证号}<DOC:a>，{住址|现住址}<ADDR:a>，{联系电话|电话}<TEL:a>。\n"
               "{受托人|代理人}<NAME:b>，{证件号码|身份证号}<DOC:b>，{与委托人关系|关系}：<REL>，{手机|联系电话}<MOB:b>。\n"
               "{因|由于}{委托人|本人}{长期卧床|身在国外|行动不便|在外地务工}，{无法|不能}{亲自|本人}{到|去}{网点|银行}，{特|现}委托{受托人|代理人}{代为|代}{办理|处理}{账户|卡号}<CARD:a>的销户{及|和}{余额|资金}{支取|领取}{事宜|手续}。\n")
        sign_off(b, "<NAME:a>")
        pick(b, "{委托书|本委托书}{经|已经}<ORG>{公证|见证}（<DEED>）。", "{网点|柜员}{已|}{视频|电话}{联系|核实}委托人{本人|}{意愿|意思}。", "")
    else:
        say(b, "{销户回访记录|销户客户电话回访|账户注销回访纪要} <CLOSENO>\n")
        transcript(b, [(0, "{您好|你好}，{请问|}{是|}<HON:a>吗？{我是|这里是}<BANK>{客服|网点}，{您|您于}<DATE>{注销|销户}了{尾号|末四位}<SMALL><SMALL><SMALL><SMALL>的账户，{想|需要}{跟您|和您}{确认|回访}一下。"),
                       (1, "{对|是的}，{是我|我}<NAME:a>{本人|}{办的|去销的}。"),
                       (0, "{余额|剩余的钱}<AMT>{已|}{转到|转入}{您的|}<CARD:b>，{收到了吗|到账了吗}？"),
                       (1, "{收到了|到了}。{以后|今后}{联系|有事}{打|就打}{我家里|座机}<TEL:a>{吧|就行}。"),
                       (0, "{好的|明白}，{谢谢|感谢}{您的|}{配合|支持}。{对|关于}{我们的|}服务{满意吗|有什么意见}？"),
                       (1, "{挺好|满意}，{就是|只是}{排队|等待}{时间|}{有点长|长了点}。")],
                   roles=("{回访员|客服|<NAME:s>}", "{客户|受访人}"))


def g_staff_relative_declare(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("员工姓名|申报人", "<NAME:a>", "employee"), ("员工号", "<STAFFNO>", "staff_no"), ("所在机构|部门", "<BRANCH>", "org"),
                 ("岗位", "<SPOST>", "post"), ("身份证号", "<ID:a>", "id_no"), ("手机", "<MOB:a>", "mobile")],
             title="{员工亲属关系申报表|员工近亲属信息申报|亲属关系登记表（<DATE>年度）}")
        say(b, "{近亲属情况|亲属信息}：\n")
        table(b, [("关系|称谓", "<REL>", "relation"), ("姓名", "<NAME:r>", "name"), ("身份证号|证件号码", "<DOC:r>", "doc"),
                  ("工作单位/职业|职业", "<RJOB>", "job"), ("是否在本行开户", "{是|否|是（代发工资）}", "has_acct"),
                  ("联系电话", "<MOB:r>", "phone")],
              rng.randrange(2, 5), style=rng.choice(["md", "pipe", "list", "csv", "tsv"]))
        pick(b, "{本人|申报人}{郑重|}承诺{以上|上述}{申报|填报}{内容|信息}{真实|属实}、{完整|齐全}，{如有|若有}{变化|变动}{将|会}{于|在}<NUM>日内{补报|更新}。",
             "{申报|报送}{编号|号}：<DECL>  {受理|收表}：<ORG>", "")
    elif k == 1:
        if rng.random() < 0.4:
            email(b, "<ORG>", "<NAME:i> <<WMAIL:i>>", "{排查结果报送|账户排查}")
        say(b, "{员工账户异常交易排查表|员工及亲属账户资金往来排查|员工行为排查—账户交易核查}  <DECL>\n"
               "{排查对象|员工}：<NAME:a>（<STAFFNO>，<SPOST>）  {员工账户|本人账户}：<CARD:a>\n")
        table(b, [("交易日期", "<DATE>", "date"), ("交易对手", "<NAME:r>", "counterparty"), ("对手账号", "<CARD:r>", "cp_acct"),
                  ("金额", "<AMT>", "amount"), ("摘要", "{转账|还款|借款|红包|生活费|房租|货款}", "memo")],
              rng.randrange(2, 6), style=rng.choice(["md", "csv", "pipe", "tsv"]))
        say(b, "{排查结论|结论}：{对手方|其中}<NAME:x>{系|为}{该员工|员工}之<REL>，{往来|资金}{属|为}{家庭|正常}{开支|往来}；"
               "{另有|其余}{大额|频繁}{往来|交易}{对象|对手}{<NAME:y>|<HON:y>}{自称|系}<RJOB>，{需|须}{进一步|补充}{说明|核实}。\n")
        pick(b, "{排查人|核查人}：<NAME:i>、<TITLE>  {日期|}<DATE>", "")
    elif k == 2:
        say(b, "{离岗审计访谈记录|离任审计谈话笔录|员工离岗审计访谈}\n{时间|访谈时间}：<DT>  {地点|}：{<ORG>会议室|支行三楼|审计部小会议室}\n"
               "{访谈人|审计人员}：<NAME:i>、<NAME:j>  {被访谈人|谈话对象}：<NAME:a>（<SPOST>）\n\n")
        transcript(b, [(0, "{你|您}在{任职|该岗位}期间，{是否|有没有}{为|给}{亲属|家人}{办理|经手}{过|}{贷款|业务}？"),
                       (1, "{有一笔|办过一笔}，{是|给}{我|}<REL><NAME:c>{办的|}{经营贷|消费贷}，{金额|额度}<BIGAMT>，{已经|都}{按规定|按要求}{回避|报备}了。"),
                       (0, "<NAME:c>的{身份证号|证件号}和{现住址|住址}{是|报一下}？"),
                       (1, "<ID:c>，{住|在}<ADDR:c>。"),
                       (0, "{你|您}{本人|自己}{有没有|是否}{在|于}{外部企业|小贷公司|担保公司|<DEVELOPER>}{持股|投资|兼职}？"),
                       (1, "{没有|无}。{我|}{爱人|配偶}{是|现为}<RJOB>，{跟|和}{我们行|本行}{没有|无}业务往来。")],
                   roles=("{访谈人|审计}", "{被访谈人|<NAME:a>}"))
        pick(b, "{以上|上述}{笔录|记录}{经|已经}{本人|被访谈人}{阅读|核对}{无误|属实}。{签字|签名}：<NAME:a>", "")
    elif k == 3:
        say(b, "{亲属从业回避登记表|员工亲属在金融机构从业情况登记|亲属从业回避台账}\n")
        table(b, [("员工", "<NAME:r>", "employee"), ("员工号", "<STAFFNO>", "staff_no"), ("亲属姓名", "<NAME:rb>", "relative"),
                  ("关系", "<REL>", "relation"), ("亲属所在机构", "{<BANK>|<ORG>|<BRANCH>}", "relative_org"),
                  ("亲属岗位", "<SPOST>", "relative_post"), ("回避措施", "{不得同岗|调整审批权限|不在同一支行|不参与相关授信审批}", "measure")],
              rng.randrange(2, 6), style=rng.choice(["md", "csv", "tsv", "pipe", "list"]))
        pick(b, "{回避|登记}{情况|信息}{每|按}{季度|半年}{更新|复核}{一次|}，{由|交}<ORG>{备案|存档}。", "")
    elif k == 4:
        form(b, [("申报人", "<NAME:a>", "employee"), ("员工号", "<STAFFNO>", "staff_no"), ("投资企业名称", "<ORG>", "company"),
                 ("统一社会信用代码", "<USCC:co>", "uscc"), ("持股比例/出资", "<SHARE>", "share"), ("担任职务", "{无|监事|股东|执行董事}", "role"),
                 ("兼职单位", "{无|<COMMUNITY>|<ORG>}", "parttime"), ("兼职报酬", "{无|<AMT>/月}", "pay"),
                 ("配偶姓名", "<NAME:c>", "spouse"), ("配偶证件号", "<DOC:c>", "spouse_doc"), ("申报日期", "<DATE>", "date")],
             title="{员工兼职及对外投资申报表|兼职与投资情况申报|对外投资、兼职情况报告}")
        pick(b, "{员工|本人}{不得|禁止}{在|于}{与本行有业务往来的|存在利益冲突的}{企业|单位}{兼职|投资}；{已有|现有}{投资|兼职}{须|应}{如实|主动}申报。", "")
    else:
        say(b, "{廉洁从业承诺书|员工廉洁自律承诺书|廉洁承诺书}\n\n")
        say(b, "本人<NAME:a>，{身份证号|身份证号码}<ID:a>，{现任|现为}<BRANCH><SPOST>，{郑重|特此}承诺：\n"
               "{一、|1. }{不|绝不}{利用|借助}{职务|工作}{便利|之便}{为|帮}{本人|自己}{及|或}{亲属|特定关系人}{谋取|获取}{不正当|非法}{利益|好处}；\n"
               "{二、|2. }{不|从不}{参与|介入}{民间借贷|非法集资|代客理财}，{不|}{向|对}客户{借款|拆借资金}；\n"
               "{三、|3. }{如实|主动}{申报|报告}{亲属|家庭}{从业|经商}{情况|信息}，{接受|服从}{组织|单位}{监督|管理}。\n"
               "{家庭住址|住址}：<ADDR:a>  {手机|联系电话}：<MOB:a>\n")
        sign_off(b, "<NAME:a>")
        pick(b, "{见证人|监督人}：<NAME:w>（<ORG>）", "{承诺书|本承诺书}{一式两份|一式三份}，{由|交}<ORG>{存档|留存}。", "")


def g_video_kyc(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{远程视频开户转写|视频开户通话转写|远程视频柜员对话记录} <VSESS>\n")
        transcript(b, [(0, "{您好|你好}，{欢迎使用|这里是}<BRAND>，{我是|本次服务由}{视频柜员|坐席}{<NAME:s>|<HON:s>}{为您服务|}。{本次|此次}{通话|视频}{将|会}{全程录音录像|录音录像}，{请问|}{您|您本人}{同意吗|是否同意}？"),
                       (1, "{同意|可以}。"),
                       (0, "{请|麻烦}{说一下|报一下}{您的|}{姓名|全名}{和|及}{身份证号码|证件号码}。"),
                       (1, "我{叫|是}<NAME:a>，{身份证|号码}<ID:a>。"),
                       (0, "{请|麻烦您}{将|把}{身份证|证件}{正面|人像面}{对准|靠近}镜头，{保持|停留}<SMALL>秒。{您的|}{常住|现居住}地址{是|在}？"),
                       (1, "<ADDR:a>。{手机|电话}<MOB:a>。"),
                       (0, "{开户|开这个账户}{用途|是做什么用}？{是否|有没有}{有人|他人}{让您|要求您}{开户|办卡}{或|、}{出租出借|转借}账户？"),
                       (1, "{自己|本人}{发工资|存钱}用，{没有人|没有}{让我|叫我}{开|办}。{不好意思，后面是我家狗<PET>在叫。|}"),
                       (0, "{好的|明白}，{出租|出借}{、出售|}账户{属于|是}违法{行为|的}，{请|}{妥善|注意}{保管|保护}{卡片|账户}。")],
                   roles=("{视频柜员|坐席|<NAME:s>}", "{客户|申请人}"))
    elif k == 1:
        say(b, "{# liveness.log|[活体检测日志]|liveness_detect} @<DATE>\n")
        sess = draw(rng, video_sess)
        for _ in range(rng.randrange(3, 6)):
            say(b, "<DT> {INFO|INFO|WARN} sess=")
            b.neg(sess, "reference")
            say(b, " {uid|cust}=<NAME:r> act=<ACT> score=<SCORE> {result|ret}={PASS|PASS|RETRY|FAIL} ip=<IP:r> ua=\"<UA>\"\n")
            b.forget("r")
        pick(b, "<DT> INFO {face_compare|compare} {id_no|cert}=<ID:a> {sim|similarity}=<SCORE> {result|ret}={MATCH|MATCH|MISMATCH}\n",
             "summary: {tries|attempts}=<SMALL> final={PASS|FAIL} rc=<ERR>\n", "")
    elif k == 2:
        say(b, "{身份证OCR识别结果|证件OCR返回|OCR识别—居民身份证} <VSESS>\n")
        if rng.random() < 0.5:
            jline(b, [("side", "front"), ("name", "<NAME:a>"), ("sex", "<SEX>"), ("nation", "<ETHNIC>"), ("birth", "<BIRTH>"),
                      ("address", "<ADDR:a>"), ("idNumber", "<ID:a>"), ("confidence", "<CONF>")])
            jline(b, [("side", "back"), ("authority", "<ISSUER>"), ("validDate", "<VALID>"), ("confidence", "<CONF>")])
        else:
            b.ocr = rng.random() < 0.5
            say(b, "{姓名|姓 名|姓  名} <NAME:a>\n{性别|性 别} <SEX>  {民族|民 族} <ETHNIC>\n{出生|出 生} <BIRTH>\n{住址|住 址} <ADDR:a>\n"
                   "{公民身份号码|公民身份号 码}\n<ID:a>\n")
            b.ocr = False
            say(b, "{签发机关|签发机 关} <ISSUER>\n{有效期限|有效期 限} <VALID>\n")
        pick(b, "{识别|OCR}{置信度|得分}<CONF>，{低于|未达}{阈值|门限}的{字段|项}{需|须}{人工|坐席}{复核|确认}。", "rc=<ERR>", "")
    elif k == 3:
        say(b, "{视频面签纪要|远程视频面签记录|视频面签情况说明}\n")
        form(b, [("面签对象", "<NAME:a>", "applicant"), ("证件号码", "<DOC:a>", "doc"), ("申请业务", "{信用卡|个人消费贷款|经营贷|线上消费贷}<AMT>", "product"),
                 ("面签人员", "<NAME:s>", "officer"), ("面签时间", "<DT>", "time"), ("客户陈述住址", "<ADDR:a>", "address"),
                 ("工作单位", "{<ORG>|<DEVELOPER>|个体经营}", "employer"), ("月收入", "<AMT>", "income"), ("配偶", "{<NAME:c>|未婚}", "spouse"),
                 ("视频环境", "{室内，单人|办公室，背景有他人|车内，已要求更换环境}", "env"), ("面签结论", "{本人意愿真实|存疑，转线下核实|拒绝}", "result")],
             style=rng.choice(["prose", "kv", "num", "md", "semi", "dots"]))
        pick(b, "{客户|申请人}{手机|联系电话}<MOB:a>，{登录|接入}IP <IP:a>。", "{录像|视频}{编号|文件}<VSESS>{归档|存档}<NUM>年。", "")
    elif k == 4:
        form(b, [("工单号", "<ACCEPT>", "ticket"), ("会话ID", "<VSESS>", "session"), ("客户", "<NAME:a>", "customer"), ("手机", "<MOB:a>", "mobile"),
                 ("中断时间", "<DT>", "time"), ("中断原因", "{<ERR>|网络抖动|背景中有他人提示|客户拒绝展示证件|客户主动挂断|疑似翻拍屏幕|家中宠物<PET>闯入画面|客户身处<COUNTRY>，不支持境外开户}", "reason"),
                 ("客户IP", "<IP:a>", "ip"), ("终端", "<UA>", "ua"), ("处理", "{已回拨，重新排队|<SMALL>次未接通，关闭|转线下网点}", "action"),
                 ("处理人", "<NAME:s>", "handler")],
             title="{视频开户异常中断工单|视频会话中断处理单|异常中断工单}", style=rng.choice(["kv", "kvlog", "json", "ascii", "yaml", "md"]))
        pick(b, "{同一|单个}{客户|证件}{当日|24小时内}{中断|失败}{超过|满}<SMALL>次{的|，}{转入|进入}{人工|线下}{审核|核实}。", "")
    else:
        say(b, "{视频开户质检复核意见|远程坐席质检复核单|质检复核意见表}  <ACCEPT>\n")
        table(b, [("会话", "<VSESS>", "session"), ("坐席", "<NAME:s>（<STAFFNO>）", "agent"), ("客户", "<NAME:r>", "customer"),
                  ("问题点", "{未核实开户意愿|未提示出租出借风险|证件未完整展示|未确认本人操作|无}", "issue"),
                  ("评分", "<SCORE>", "score"), ("复核意见", "{维持|改判合格|扣<SMALL>分}", "opinion")],
              rng.randrange(2, 5), style=rng.choice(["md", "csv", "pipe", "tsv", "list"]))
        pick(b, "{复核人|质检复核}：<NAME:q>  {日期|}<DATE>", "{质检|抽检}比例<NUM>%，{问题|差错}{已|}{反馈|通报}<ORG>。", "")


def g_home_purchase_escrow(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{存量房交易资金监管协议|购房资金监管协议|商品房预售资金监管三方协议}  <ESCROW>\n\n")
        say(b, "{甲方（买受人）|甲方（买方）}：<NAME:a>  {身份证号|证件号码}：<DOC:a>  {手机|电话}：<MOB:a>\n")
        if rng.random() < 0.5:
            say(b, "{乙方（出卖人）|乙方（卖方）}：<NAME:b>  {身份证号|证件号码}：<DOC:b>  {手机|电话}：<MOB:b>\n")
        else:
            say(b, "{乙方（出卖人）|乙方（开发企业）}：<DEVELOPER>  {统一社会信用代码|信用代码}：<USCC:co>  {地址|住所}：<ORGADDR>\n")
        say(b, "{丙方（监管银行）|丙方}：<BRANCH>\n\n"
               "{一、|第一条 }{房屋坐落|房屋地址}：<ADDR:h>，<AREA>，{成交价|合同价款}<BIGAMT>。\n"
               "{二、|第二条 }{监管金额|监管资金}<BIGAMT>{存入|划入}{监管账户|资金监管专户}<OACCT>。\n"
               "{三、|第三条 }{不动产|房屋}{转移登记|过户}{完成后|办结后}，{丙方|监管银行}{将|于}<SMALL>个工作日内{划转|拨付}至{乙方|卖方}{收款账户|账户}<CARD:b>；{交易|买卖}{终止|解除}的，{退回|返还}{甲方|买方}账户<CARD:a>。\n")
        pick(b, "{甲方|乙方|各方}{签字|签章}：<NAME:a>  <DATE>", "{本协议|协议}{一式三份|一式四份}，{自|于}{三方|各方}签章之日起生效。", "")
    elif k == 1:
        say(b, "{网签备案信息|商品房买卖合同网签备案信息|存量房网签信息查询结果}\n")
        form(b, [("合同编号", "<WANGQIAN>", "contract_no"), ("项目名称", "<PROJECT>", "project"), ("房号", "<ROOM>", "room"),
                 ("建筑面积", "<AREA>", "area"), ("买受人", "<NAME:a>", "buyer"), ("证件号码", "<DOC:a>", "buyer_doc"),
                 ("联系电话", "<MOB:a>", "buyer_phone"), ("共有人", "{<NAME:c>（<REL>）|无}", "co_owner"), ("合同总价", "<BIGAMT>", "price"),
                 ("付款方式", "{商业贷款|公积金贷款|组合贷款|一次性付款}", "pay"), ("代理机构", "{<AGENCY>|无}", "agency"),
                 ("备案时间", "<DT>", "time")], style=rng.choice(["kv", "json", "md", "pipe", "space", "ascii", "yaml"]))
        pick(b, "{网签|备案}{信息|数据}{以|按}<ORG>{系统|网签系统}{为准|记录为准}。", "")
    elif k == 2:
        say(b, "{首付款证明|首付款支付证明|购房首付款到账证明}\n\n")
        say(b, "{兹证明|经核实}，<NAME:a>（{证件号码|身份证号}<DOC:a>）{已于|于}<DATE>{通过|从}{本行|我行}{账户|卡号}<CARD:a>{向|往}<DEVELOPER>{监管账户|资金监管账户}<OACCT>"
               "{支付|转入}{购房|}首付款<BIGAMT>，{用于|系}{购买|购置}<PROP:h>{房屋|住宅}（{网签合同号|合同编号}<WANGQIAN>）。\n"
               "{特此证明|此证}。\n<BRANCH>  {经办：|经办人：}<NAME:s>  <DATE>\n")
        pick(b, "{本证明|该证明}{仅供|只供}{办理|申请}{按揭贷款|商业贷款|公积金贷款}使用。", "")
    elif k == 3:
        form(b, [("借款人", "<NAME:a>", "borrower"), ("证件号码", "<DOC:a>", "doc"), ("公积金账号", "<GJJ>", "fund_acct"),
                 ("月缴存额", "<AMT>", "monthly"), ("工作单位", "<ORG>", "employer"), ("商业贷款金额", "<BIGAMT>", "commercial"),
                 ("公积金贷款金额", "<BIGAMT>", "fund_loan"), ("贷款期限", "<TERMS>", "term"), ("利率", "<RATE>", "rate"),
                 ("还款账户", "<CARD:a>", "repay_card"), ("配偶", "<NAME:c>", "spouse"), ("配偶证件号", "<DOC:c>", "spouse_doc"),
                 ("配偶手机", "<MOB:c>", "spouse_mobile"), ("现住址", "<ADDR:a>", "address"), ("购房地址", "<ADDR:h>", "property")],
             title="{住房公积金组合贷款申请表|公积金组合贷款借款申请|组合贷款申请书}")
        pick(b, "{借款人|申请人}{授权|同意}<ORG>{查询|核验}{公积金|缴存}{信息|记录}{及|和}{个人|}征信。", "{受理|经办}：<NAME:s>  <DATE>", "")
    elif k == 4:
        if rng.random() < 0.5:
            sms(b, "{尊敬的|}<HON:a>{业主|}，您{购买|所购}的<PROP:h>{将于|定于}<DATE>{集中|统一}交付，{请|}{携带|带上}{购房合同|合同原件}、{身份证|证件}{及|和}{维修基金|契税}{票据|凭证}{到|至}{售楼处|交付中心}办理。", sign="<DEVELOPER>")
        say(b, "{交房通知书|入伙通知书|商品房交付通知}\n\n<NAME:a>{先生/女士|业主|}：\n"
               "{您|贵方}{与|同}{我司|本公司}{签订|订立}的{商品房买卖合同|买卖合同}（<WANGQIAN>）{所购|约定}{房屋|物业}<PROP:h>{已|}{具备|符合}交付条件。"
               "{请|敬请}于<DATE>{前|之前}{前来|到场}{办理|完成}{交付|收房}手续。{逾期|超期}{未|不}{办理|接收}的，{视为|即视为}{已|}交付。\n"
               "{通知|本通知}{寄送|邮寄}{地址|至}：<ADDR:a>  {联系电话|电话}：<MOB:a>\n<DEVELOPER>  <DATE>\n")
    else:
        form(b, [("申请人|买受人", "<NAME:a>", "applicant"), ("证件号码", "<DOC:a>", "doc"), ("房屋坐落", "<ADDR:h>", "property"),
                 ("网签合同号", "<WANGQIAN>", "contract"), ("已付款项", "<BIGAMT>", "paid"), ("退房原因", "{贷款未获批|开发商延期交房|家庭变故|房屋质量问题|双方协商解除}", "reason"),
                 ("退款账户", "<CARD:a>", "refund_card"), ("开户行", "<BANK>", "bank"), ("联系地址", "<ADDR:a>", "address"),
                 ("联系电话", "<MOB:a>", "mobile"), ("申请日期", "<DATE>", "date")],
             title="{退房退款申请书|解除商品房买卖合同及退款申请|退房申请}")
        pick(b, "{退款|资金}{须|需}{经|由}{监管|资金监管}{银行|账户}{原路|按原渠道}{退回|返还}，{不得|不能}{退至|转入}{第三人|他人}账户。", "")


def g_community_outreach(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "<BRANCH>“<BRAND>”{金融知识进社区|金融知识宣讲}{活动签到表|签到}  {地点|活动地点}：<COMMUNITY>{活动室|广场|党群服务中心}  <DATE>\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("联系电话", "<MOB:r>", "phone"), ("住址|所在楼栋", "<ADDR:r>", "address"),
                  ("年龄", "<AGE>", "age"), ("签名", "{已签|（签字）|代签}", "sign")],
              rng.randrange(3, 8), style=rng.choice(["md", "csv", "list", "tsv", "pipe"]), numbered=rng.random() < 0.6)
        pick(b, "{签到|参加}{人数|居民}<NUM>人，{发放|派发}{宣传折页|资料}<NUM>份，{纪念品|小礼品}<PRIZE>{若干|<NUM>份}。", "{签到表|本表}{仅用于|只用于}{活动|本次活动}{统计|回访}，{不作|不用于}{营销|其他用途}。", "")
    elif k == 1:
        say(b, "<COMMUNITY>{“<TOPIC>”讲座报名（微信群接龙）|老年人防诈讲座报名|<TOPIC>讲座报名表}\n")
        if rng.random() < 0.5:
            for i in range(rng.randrange(3, 7)):
                say(b, str(i + 1) + "{. |、|，}<NAME:r>{  | }<AGE>{  | }{电话|手机|}<MOB:r>{  | }{<ADDR:r>|}\n")
                b.forget("r")
        else:
            chat(b, [("{<NAME:g>|<HON:g>|社区网格员}", "{各位|大家}{叔叔阿姨|居民朋友}，<DATE>{下午|上午}<BANK>{来|到}{社区|活动室}{讲|开展}<TOPIC>，{报名|要来的}请{接龙|回复}。"),
                     ("{<NAME:r>|<HON:r>|<NICK>}", "{报名|我报名}，<NAME:r>，{电话|}<MOB:r>，{住|}<ADDR:r>。"),
                     ("{<NAME:t>|<HON:t>|<NICK>}", "{我和老伴|我们两口子}{都来|一起来}，{我|}{电话|手机}<MOB:t>。{能带我家<PET>吗？|}"),
                     ("{<NAME:g>|<HON:g>|社区网格员}", "{收到|好的}，{有|凡是}{到场|参加}的{送|发}<PRIZE>，{记得|别忘了}{带|拿}{老花镜|身份证}。")])
        pick(b, "{讲座|活动}{主讲|讲师}：<BANK>{客户经理|理财经理}<NAME:s>", "{报名|名额}{截止|截至}<DATE>，{满|够}<NUM>人{即止|为止}。", "")
    elif k == 2:
        if rng.random() < 0.4:
            email(b, "<NAME:s> <<WMAIL:s>>", "<COMMUNITY>{办公室|}", "{联络函|活动对接}")
        say(b, "{关于开展金融知识宣传活动的联络函|社区金融宣传活动联络函|共建活动联络函}\n\n")
        letter_head(b, "<COMMUNITY>{居民委员会|}")
        say(b, "{为|为了}{提升|增强}{辖区|社区}居民{防范|识别}{电信诈骗|非法集资}{能力|意识}，{我行|本行}{拟|计划}{于|在}<DATE>{在|到}{贵社区|社区活动室}{开展|举办}“<TOPIC>”{主题|专题}{宣讲|宣传}活动，"
               "{内容|形式}{包含|包括}{案例讲解|现场答疑}、{反诈App安装|<BRAND>注册}{指导|协助}{等|}。{恳请|烦请}{贵方|社区}{协助|帮忙}{通知|组织}居民{参加|到场}。\n"
               "{我行|本行}{联系人|对接人}：<NAME:s>，{手机|联系电话}<MOB:s>{，邮箱<MAIL:s>|}。\n<BRANCH>  <DATE>\n")
        pick(b, "{社区|居委会}{地址|办公地址}：<ORGADDR>", "{回执|盖章回执}{请|烦请}{于|在}<DATE>{前|之前}{反馈|寄回}。", "")
    elif k == 3:
        say(b, "{活动抽奖登记表|幸运抽奖中奖登记|现场抽奖领奖登记}（<EVENT>）\n")
        table(b, [("奖项", "{一等奖|二等奖|三等奖|参与奖|幸运奖}", "prize_level"), ("奖品", "<PRIZE>", "prize"),
                  ("中奖人", "<NAME:r>", "winner"), ("手机号", "<MOB:r>", "mobile"), ("奖券号", "<TICKET>", "ticket"),
                  ("领取签字", "{已领|待领|代领}", "signed")],
              rng.randrange(3, 7), style=rng.choice(["md", "csv", "pipe", "list", "tsv"]))
        pick(b, "{公示|对外公布}{时|版本中}{姓名|中奖人}{仅显示姓氏|显示为李*}，{手机号|号码}{隐藏|显示为139****0000}{中间四位|}。",
             "{监督|现场监督}：<TITLE>、<TITLE>  {奖品|礼品}{由|从}{宣传|活动}{经费|费用}{列支|中支出}。", "")
    elif k == 4:
        say(b, "{问卷反馈整理|防诈宣传问卷统计|居民金融需求调查反馈}（{回收|有效问卷}<NUM>份）\n")
        table(b, [("编号", "<TICKET>", "no"), ("年龄段", "{60岁以上|45-60岁|30-45岁|30岁以下}", "age_group"),
                  ("是否接到过诈骗电话", "{是|否|不确定}", "fraud_call"), ("意见建议", "{希望多来讲|字太小看不清|想学手机转账|希望有上门服务|讲得很清楚|无}", "advice"),
                  ("联系方式（选填）", "{<MOB:r>|未填|<MOB:r>}", "contact"), ("填写人（选填）", "{<NAME:r>|匿名|}", "respondent")],
              rng.randrange(3, 8), style=rng.choice(["csv", "tsv", "md", "csv", "pipe"]))
        pick(b, "{整理|统计}：<NAME:s>  {说明|备注}：{选填|自愿填写}{联系方式|电话}{仅用于|只用于}{回访|抽奖通知}。", "")
    else:
        say(b, "{【宣传活动总结】|宣传活动总结稿|活动简报}<BANK>{走进|携手}<COMMUNITY>{开展|举办}“<TOPIC>”{主题活动|宣传}\n\n")
        say(b, "<DATE>，<BRANCH>{联合|会同}<COMMUNITY>{在|于}{社区广场|活动中心}{开展|举办}{了|}<TOPIC>{主题|专题}{宣传|宣讲}活动。{支行|网点}{行长|负责人}<NAME:m>{为|给}{居民|老人们}{讲解|介绍}{常见|典型}{骗局|诈骗手法}{和|及}{<COUNTRY>|境外}{电诈|诈骗}{窝点|团伙}{案例|手法}，"
               "{理财经理|客户经理}<NAME:s>{结合|用}{真实|身边}案例{说明|提醒}“{天上不会掉馅饼|凡是要求转账到安全账户的都是诈骗}”。"
               "{现场|活动中}{带着小狗<PET>来的|}{退休教师|居民}<NAME:r>{分享|讲述}了{自己|邻居}{险些|差点}{被骗|上当}的{经历|故事}，<HON:q>{也|还}{表示|说}{回去|回家}{要|会}{告诉|提醒}{孙女|家人}。"
               "{本次|此次}活动{共|累计}{发放|派发}{宣传折页|资料}<NUM>份，{协助|帮助}<NUM>位居民{安装|注册}<BRAND>，{接受|解答}{咨询|问题}<NUM>人次。\n")
        pick(b, "{撰稿|供稿}：<NAME:s>  {审核|审稿}：<TITLE>", "{图片|照片}<SMALL>张{另附|见附件}。", "")


def g_chatbot_log(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{# chatbot session export|智能客服会话日志（JSON lines）|bot_dialog.jsonl} <DATE>\n")
        sess = draw(rng, chat_sess)
        turns = [("user", "{你好|在吗|人工|订单<ORDER>扣了两次钱}"), ("bot", "{您好，我是<BOT>，请问有什么可以帮您？|您好，请描述您的问题}"),
                 ("user", "{我想|帮我}{查|改}{一下|}{预留手机|卡}，{我叫|本人}<NAME:a>，{卡号|卡}<CARD:a>"),
                 ("bot", "{为保护您的信息安全，请勿在对话中发送完整卡号|已收到，请稍候}"),
                 ("user", "{身份证|证件}<ID:a>，{手机|新号}<MOB:a>"),
                 ("bot", "{该业务需本人持证件到网点或在<BRAND>办理|已为您转接人工客服，请稍候}")]
        for role, tx in turns[:rng.randrange(4, 7)]:
            b.t('{"session":"'); b.neg(sess, "reference"); b.t('","ts":"'); say(b, "<DT>"); b.t(f'","role":"{role}","text":"')
            say(b, tx); b.t('"}\n')
    elif k == 1:
        form(b, [("会话ID", "<CSESS>", "session"), ("用户", "{<NAME:a>|<NICK>}", "user"), ("手机", "<MOB:a>", "mobile"),
                 ("转人工原因", "{机器人无法识别|用户主动要求|<INTENT>命中敏感意图|连续<SMALL>次未解决}", "reason"),
                 ("排队时长", "<NUM>秒", "queue"), ("接入坐席", "<NAME:s>（<STAFFNO>）", "agent"),
                 ("会话摘要", "{客户|用户}{咨询|反映}{<INTENT>|挂失|转账限额}，{已|}{处理|解答}", "summary"), ("转接时间", "<DT>", "time")],
             title="{转人工记录|机器人转人工明细|人工接管记录}", style=rng.choice(["kv", "json", "kvlog", "ascii", "md", "yaml", "pipe"]))
        pick(b, "{转人工|接管}{率|比例}<NUM>%，{较上周|环比}{下降|上升}<SMALL>个百分点。", "")
    elif k == 2:
        say(b, "{意图识别日志|nlu_intent.log|NLU 识别记录}\n")
        for _ in range(rng.randrange(2, 6)):
            say(b, "<DT> [<MSGID>] intent=<INTENT> conf=<CONF> slots=")
            say(b, rng.choice(["name=<NAME:r>;mobile=<MOB:r>", "card=<CARD:r>", "idno=<ID:r>;name=<NAME:r>", "addr=<ADDR:r>",
                               "amount=<AMT>", "none", "date=<DATE>", "order=<ORDER>", "country=<COUNTRY>", "merchant=<MERCH>"]))
            say(b, " ch={APP|WeChat|H5|IVR} ip=<IP:r>\n")
            b.forget("r")
        pick(b, "# model=<VER> threshold=0.{6|7|8}", "")
    elif k == 3:
        say(b, "{满意度评价|会话满意度评价明细|服务评价导出}（<DATE>）\n")
        table(b, [("会话", "<CSESS>", "session"), ("评分", "{<SMALL>星|非常满意|满意|不满意}", "rating"),
                  ("评价内容", "{回答很快|没解决问题|机器人听不懂|客服<NAME:s>很耐心|转人工太慢|谢谢|希望能直接改手机号|在<COUNTRY>刷卡失败没人管|订单<ORDER>退款还没到}", "comment"),
                  ("用户手机", "<MOB:r>", "mobile"), ("渠道", "{手机银行|微信|网页|语音}", "channel")],
              rng.randrange(3, 7), style=rng.choice(["csv", "tsv", "md", "pipe"]))
        pick(b, "{差评|不满意}{会话|工单}{已|}{推送|转}<ORG>{复盘|跟进}。", "")
    elif k == 4:
        say(b, "{语音转写文本|IVR语音识别结果|ASR转写} <CSESS>\n")
        lines = [("用户", "{喂|你好}，{我|}{信用卡|银行卡}{丢了|被吞了}{，人在<COUNTRY>|}，{我叫|我是}<NAME:a>"),
                 ("<BOT>", "{请说出|请输入}{您的|}{身份证号码|证件号码}"),
                 ("用户", "<ID:a>"),
                 ("<BOT>", "{请说出|请提供}{预留手机号|手机号码}"),
                 ("用户", "<MOB:a>，{对|是的}"),
                 ("<BOT>", "{已为您|已}{办理|做了}临时挂失，{请|}{尽快|于<SMALL>日内}{到网点|到柜台}{补办|办理正式挂失}"),
                 ("用户", "{我家|家}{在|住}<ADDR:a>，{能不能|可不可以}{寄到家|邮寄}"),
                 ("用户", "{另外|还有}{我|}{查询密码|密码}{忘了|记不清了}，{密保答案是|提示问题是}{我家猫的名字|宠物名字}<PET>")]
        bot = rng.choice(W.BOT_NAMES)
        lines = [(bot if w == "<BOT>" else w, t) for w, t in lines]
        for who, tx in lines[:rng.randrange(4, 9)]:
            say(b, rng.choice(["[ASR][<CONF>] ", "<TIME> ", "[<CONF>] ", ""]))
            say(b, who); b.t(rng.choice(["：", ": ", "："])); say(b, tx); b.t("\n")
        pick(b, "{识别|转写}{平均|}置信度<CONF>，{数字|号码}{段|部分}{已|}{按|经}{规则|校验}{纠错|校正}。", "")
    else:
        say(b, "{脱敏告警日志|DLP alert log|敏感信息外发告警}\n")
        for _ in range(rng.randrange(2, 6)):
            say(b, "<DT> {ALERT|WARN|ALERT} rule=<DLP> sess=<CSESS> field={msg|text|remark} ")
            say(b, rng.choice(["hit=<MOB:r> masked=", "hit=<ID:r> masked=", "hit=<CARD:r> masked=", "hit=<NAME:r> masked=",
                               "hit=<MAIL:r> masked="]))
            for _ in range(60):
                nk, mv = neg_mobile(rng) if rng.random() < 0.5 else neg_card(rng)
                if nk.endswith("masked") and safe(mv):
                    break
            else:
                nk, mv = "mobile_masked", "***"
            b.neg(mv, nk)
            say(b, " action={MASK|BLOCK|MASK|LOG_ONLY}\n")
            b.forget("r")
        pick(b, "{告警|命中}<NUM>条，{误报|误命中}<SMALL>条（{订单号|流水号}{被|误}识别{为|成}{手机号|卡号}）。", "")


GENRES = {
    "counterfeit_note": g_counterfeit_note, "cash_reservation": g_cash_reservation, "phone_change": g_phone_change,
    "credit_report_query": g_credit_report_query, "account_closure": g_account_closure,
    "staff_relative_declare": g_staff_relative_declare, "video_kyc": g_video_kyc,
    "home_purchase_escrow": g_home_purchase_escrow, "community_outreach": g_community_outreach,
    "chatbot_log": g_chatbot_log,
}


# ---------------------------------------------------------------- shared headers and trailers (blind23 wording)

HEADERS = [
    "{发件人|From}：<ORG>\n{收件人|To}：<NAME:h>\n{主题|Subject}：{请查收|转交|补充材料}—<DATE>\n\n",
    "----- {扫描件识别|图像转文字|OCR结果} p<SMALL>/<SMALL> -----\n",
    "{【内部资料】|【仅限内部使用】|【敏感】}{案卷号|档案号}<DECL>\n",
    "# {export|导出} {by|操作员} <QUSER> at <DT>\n",
    "{流转单|呈批单}<ACCEPT>（{来源|发起}：<ORG>）\n",
    "",
    "",
]
TRAILERS = [
    "{录入|操作}时间：<DT>｜{终端|客户端}IP：<IP>｜{版本|版本号}：<VER>",
    "{备用|另一}联系人：<NAME:x>（{<REL>|邻居|朋友}），{家里电话|固话}<TEL:x>，{手机|移动电话}<MOB:x>",
    "{通讯地址|居住地址}：<ADDR>（{邮编|邮政编码}<POST>），{宅电|家庭电话}<TEL>",
    "{温馨|友情}提示：{关于|对于}{任何|所谓}{“安全账户”|“保证金”}{的|}{说法|要求}{一律|都}{是|属}诈骗；{平时|周末}{如遇|遇到}{可疑|陌生}{来电|短信}{请|}{拨打|致电}<HOT>{核实|求证}。",
    "{本材料|本文件}{只限|仅供}{本次|当前}{业务|事项}{使用|办理}，{未经许可|擅自}{不得|禁止}{复制|外传}。{单位|机构}地址：<ORG>，<ORGADDR>",
    "{回寄|退件}地址：<ADDR>，{收件人|联系人}<NAME:x>，{电话|手机}<MOB:x>",
    "{经办|录入}：<NAME:s>　{复核|审批}：<TITLE>　{日期：|}<DATE>　{编号|序号}：<DECL>",
    "{客户|本人}{出行|出境}证件：{护照|普通护照}<PASS>；{往来港澳通行证|港澳通行证}<PERMIT>",
    "{工作单位|任职单位}：<ORG>（{统一社会信用代码：|USCC: }<USCC>），{单位|总机}<HOT>",
    "oplog{:| |>} user=<NAME:x> ip=<IP> op={QUERY|DOWNLOAD|PRINT|MODIFY} code=<ERR>",
    "{安全提示|防骗提醒}：{工作人员|客服}{不会|绝不会}{向您|}{索取|索要}{短信|动态}验证码<CODE>，{简单|一句话}：{不听|不信}、{不转|不汇}，{遇事|有疑问}{先|}{问|打}<HOT>。",
    "{到访|来访}车辆{号牌|车牌}：<PLATE>，{登记|进场}时间<DT>",
    "{电子|}{回执|结果}{已|将}{发至|推送到}{邮箱|电子邮箱}<MAIL>，{请|}{注意|及时}查收。",
    "{营业|服务}时间：{周一至周五|工作日}<TIME>—<TIME>，{周末|节假日}{部分|个别}网点{营业|正常营业}；{热线|服务电话}<HOT>。",
]


def render(b: Builder) -> None:
    rng = b.rng
    if rng.random() < 0.3:
        say(b, rng.choice(HEADERS))
    GENRES[b.genre](b)
    n = rng.choice([0, 1, 1, 1, 2, 2])
    for t in rng.sample(TRAILERS, n):
        b.t(rng.choice(["\n", "\n", "\n\n", "  ", "\n——\n", "\n--\n"]))
        say(b, t)
