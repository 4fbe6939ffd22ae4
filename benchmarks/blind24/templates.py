"""Builder, window test, value makers, hard-negative makers, layouts and the ten genres of blind24.

The framework (Builder, window test `bad_windows`, value makers that call cnpii.identifiers, template
language, form/table/chat/transcript/jline/sms/email layouts) is taken over from blind23; the name and
address makers, the name and address hard negatives, the organisations and brands, the reference makers,
the prose layout helpers and every genre template are new.
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
    """A full name: surname + 1-2 given characters, a given name that is an everyday word (王海燕), or a
    whole name that is an everyday word (高峰, 方圆, 江山)."""
    r = rng.random()
    if r < 0.10:
        return rng.choice(W.WORD_NAMES)
    if r < 0.22:
        return rng.choice(W.SURNAMES) + rng.choice(W.GIVEN_WORDS)
    if r < 0.28:
        sur = rng.choice(W.COMPOUND_SURNAMES)
        return sur + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(rng.choice((1, 2))))
    sur = rng.choice(W.SURNAMES)
    return sur + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(1 if r < 0.48 else 2))


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


def _rural(rng, pre=True) -> str:
    prov, city, county = rng.choice(W.COUNTIES)
    head = (prov if pre and rng.random() < 0.4 else "") + (city if pre and rng.random() < 0.7 else "") + county
    grp = rng.choice(["", rng.choice("一二三四五六七八九") + "组", str(rng.randrange(1, 15)) + "组", str(rng.randrange(1, 9)) + "社",
                      rng.choice("一二三四") + "队"])
    return f"{head}{rng.choice(W.TOWNS)}{rng.choice(W.VILLAGES)}{grp}{rng.randrange(1, 260)}号"


def fmt_address(rng) -> str:
    """A natural person's address in one of many shapes (blind24)."""
    r = rng.random()
    prov, city, dist = _region(rng)
    road = rng.choice(W.ROADS)
    est = rng.choice(W.ESTATES)
    no = rng.randrange(1, 999)
    bld, unit = rng.randrange(1, 40), rng.randrange(1, 7)
    room = rng.randrange(1, 34) * 100 + rng.randrange(1, 9)
    pre = (prov if rng.random() < 0.45 else "") + city + dist
    if r < 0.16:
        return f"{pre}{road}{no}号{est}{bld}栋{unit}单元{room}室"
    if r < 0.26:
        return f"{pre}{road}{no}号{bld}号楼{unit}单元{room}"
    if r < 0.40:
        return _rural(rng)
    if r < 0.47:
        return f"{rng.choice(W.TOWNS)}{rng.choice(W.VILLAGES)}{rng.choice(['', rng.choice('一二三四五') + '组'])}{rng.randrange(1, 120)}号"
    if r < 0.55:
        return f"{city}{dist}{est}{bld}-{unit}-{room}"
    if r < 0.62:
        return f"{dist}{road}{no}号{rng.choice(['', est])}{rng.randrange(1, 30)}幢{room}室"
    if r < 0.69:
        return f"{road}{no}号{rng.choice(['附' + str(rng.randrange(1, 9)) + '号', '院内' + str(bld) + '号', '之' + str(rng.randrange(1, 5))])}"
    if r < 0.76:
        return f"{pre}{rng.choice(['新华', '建设', '朝阳', '光明', '东关', '西城'])}街道{est}{bld}栋{room}"
    if r < 0.83:
        return f"{est}{bld}栋{unit}单元{room}室"
    if r < 0.90:
        return f"{city}{dist}{road}{rng.randrange(1, 400)}弄{bld}号{room}室"
    if r < 0.95:
        return f"{prov}{city}{dist}{road}{no}号"
    return f"{city}{dist}{road}与{rng.choice(W.ROADS)}交叉口{est}{bld}号楼{room}"


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




# ---------------------------------------------------------------- hard-negative makers (names and addresses reworded for blind24)

def draw(rng, fn, tries=400):
    for _ in range(tries):
        s = fn(rng)
        if safe(s):
            return s
    raise RuntimeError("no safe draw for " + fn.__name__)


def digits(rng, k, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


NAME_PLACEHOLDERS = ["（签字）", "本人签字", "详见附件", "代填", "（未填）", "无", "不详", "/", "＿＿＿＿", "（手签）",
                     "〔当事人〕", "该客户", "借款人本人", "同上", "（字迹潦草）", "待确认", "某客户", "（略）"]


def neg_name(rng):
    """What a name slot writes in a PII-free record (or a negative slot in a PII record)."""
    r = rng.random()
    s = rng.choice(W.SURNAMES)
    g = rng.choice(W.GIVEN_CHARS)
    if r < 0.34:
        return "name_title", s + rng.choice(W.TITLES)
    if r < 0.46:
        return "name_masked", rng.choice([s + "＊", s + "＊＊", s + "〇〇", s + "*" + g, s + "X", s + "×", s + "□□", s + "*",
                                          s + "**", "＊" + g, "*" + g + rng.choice(W.GIVEN_CHARS), s + "（已脱敏）"])
    if r < 0.60:
        return "name_mou", s + rng.choice(["某", "某某", "某甲", "某乙", "某丙", "某（借款人）", "某等", "某某（继承人）",
                                            "某（户主）", "某某（投保人）", "某（店主）"])
    if r < 0.84:
        return "name_title", rng.choice(["小", "老", "阿"]) + s
    if r < 0.92:
        return "nickname", rng.choice(W.NICKS)
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
    if r < 0.26:
        return "address_masked", (prov + city + dist if rng.random() < 0.4 else city + dist) + rng.choice(
            ["＊＊＊＊", "（门牌号已隐去）", "××路××号", "某小区", "***号", "（略）"])
    if r < 0.40:
        return "placeholder", rng.choice(["同户籍地", "见户口簿", "XX省XX市XX区XX路XX号", "同上", "与借款人一致",
                                          "暂住亲戚家", "（未提供）", "详见卷宗", "外出务工，住址不详"])
    if r < 0.58:
        return "road_no_number", dist + rng.choice(W.ROADS) + rng.choice(["附近", "沿线", "北段", "一带", "路口", "以东"])
    if r < 0.72:
        return "district_only", rng.choice([city + dist, dist, city, (prov + city) if prov else city, prov or city])
    if r < 0.86:
        prov, city, county = rng.choice(W.COUNTIES)
        return "district_only", rng.choice([county + rng.choice(W.TOWNS), city + county, prov + county])
    return "address_masked", rng.choice(W.ESTATES) + rng.choice(["＊栋＊单元", "X号楼", "（房号略）", "**室", "某栋"])


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
    """A person's home written as estate + building/unit/room (an inherited or mortgaged home: ADDRESS)."""
    prov, city, dist = _region(rng)
    pre = rng.choice(["", "", city + dist, dist, prov + city + dist])
    return (f"{pre}{rng.choice(W.ESTATES)}{rng.randrange(1, 30)}{rng.choice(['栋', '号楼', '幢'])}"
            f"{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}{rng.randrange(1, 8):02d}{rng.choice(['', '室', '号'])}")


def neg_property(rng):
    r = rng.random()
    est = rng.choice(W.ESTATES)
    if r < 0.5:
        return "address_masked", est + rng.choice(["**栋**单元****", "X栋X单元XXXX", "（房号已隐去）", "某栋某室"])
    if r < 0.8:
        return "placeholder", est + rng.choice(["小区", "（以不动产权证为准）", "一套住房"])
    return "placeholder", rng.choice(["（见不动产权证）", "（房屋信息略）", "（同遗嘱所列）"])


PERSONAL = {
    "ID": ("CN_ID_CARD", fmt_id, neg_id), "MOB": ("CN_MOBILE", fmt_mobile, neg_mobile),
    "TEL": ("CN_LANDLINE", fmt_landline, neg_landline), "CARD": ("BANK_CARD", fmt_card, neg_card),
    "MAIL": ("EMAIL", fmt_email, neg_email), "ADDR": ("ADDRESS", fmt_address, neg_address),
    "PASS": ("CN_PASSPORT", fmt_passport, neg_passport), "PERMIT": ("CN_HK_MACAU_PERMIT", fmt_permit, neg_permit),
    "USCC": ("CN_USCC", fmt_uscc, neg_uscc), "PLATE": ("LICENSE_PLATE", fmt_plate, neg_plate),
    "IP": ("IP_ADDRESS", fmt_ip, neg_ip), "WMAIL": ("EMAIL", fmt_email, neg_email),
    "PROP": ("ADDRESS", fmt_property, neg_property),
}


# ---------------------------------------------------------------- organisations and brands (never PII; blind24)

GENRE_ORGS = {
    "installment_negotiation": ["信用卡中心", "信用卡中心催收管理部", "消费者权益保护部", "个人信贷部", "调解中心",
                                "金融纠纷人民调解委员会", "高信律师事务所", "马上消费金融股份有限公司", "金诚法律服务有限公司"],
    "insurance_surrender": W.INSURERS + ["银保业务部", "财富管理部", "保险代理部", "消费者权益保护部", "华泰保险经纪有限公司"],
    "poverty_microcredit": ["乡村振兴局", "扶贫开发办公室", "乡镇人民政府", "村民委员会", "普惠金融部", "农业农村局",
                            "金穗农业专业合作社", "高山茶叶专业合作社", "石门农机服务队", "龙潭养殖专业合作社"],
    "manager_daily_report": ["个人金融部", "零售业务部", "财富管理中心", "普惠金融部", "公司业务部", "网点运营部",
                             "方圆建材有限公司", "高峰物流有限公司", "黎明电子科技有限公司"],
    "debt_transfer_notice": W.AMCS + ["资产保全部", "特殊资产经营部", "法律合规部", "债权管理部", "人民法院"],
    "will_execution": ["公证处", "和信公证处", "江山律师事务所", "人民法院", "运营管理部", "遗产管理人办公室", "司法局",
                       "金城律师事务所", "安宁殡葬服务中心"],
    "sme_credit_visit": ["普惠金融部", "小微企业金融服务中心", "授信审批部", "市场监督管理局", "税务局", "担保中心",
                         "高新区管委会", "万家福超市", "石林五金机电有限公司", "龙腾汽配城", "金凤凰服装厂"],
    "branch_security_log": ["安全保卫部", "保卫处", "押运公司", "派出所", "物业管理处", "消防救援站", "保安服务有限公司",
                            "华安消防设备有限公司", "金盾押运有限公司", "龙盾安防科技有限公司"],
    "annual_meeting_speech": ["董事会", "监事会", "党委", "工会委员会", "职工代表大会", "股东大会", "普惠金融部", "乡村振兴金融部",
                              "科技金融部", "消费者权益保护委员会"],
    "customer_story": ["公众号编辑部", "品牌宣传部", "普惠金融部", "网点", "融媒体中心", "乡村振兴金融部", "工会",
                       "黄记早餐铺", "马家牛肉面馆", "白云茶业有限公司", "江南渔业合作社"],
}
BRANDS = {
    "installment_negotiation": ["手机银行", "信用卡App", "个性化分期", "账单分期", "现金分期", "云闪付"],
    "insurance_surrender": ["保单管家", "手机银行", "犹豫期退保", "保单贷款", "银保通"],
    "poverty_microcredit": ["脱贫人口小额信贷", "惠农e贷", "整村授信", "金穗惠农卡", "乡村振兴卡"],
    "manager_daily_report": ["手机银行", "企业微信", "CRM系统", "大额存单", "养老理财", "黄金积存"],
    "debt_transfer_notice": ["资产交易平台", "债权转让专栏", "官方网站", "《金融时报》", "《法治日报》"],
    "will_execution": ["遗产查询平台", "继承业务绿色通道", "手机银行", "存款查询系统"],
    "sme_credit_visit": ["经营快贷", "税易贷", "科创贷", "银税互动", "发票贷", "抵押快贷"],
    "branch_security_log": ["视频监控系统", "门禁系统", "一键报警", "智能巡检", "110联网报警"],
    "annual_meeting_speech": ["乡村振兴卡", "普惠快贷", "数字人民币", "养老金融服务站", "金融夜校"],
    "customer_story": ["经营快贷", "惠农e贷", "创业担保贷款", "公众号", "视频号", "乡村振兴卡"],
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


def inst_no(rng):  # installment agreement number
    return rng.choice([f"FQXY{_yr(rng)}{_d(rng, 6)}", f"个分字第{_d(rng, 6)}号", f"IP-{_d(rng, 4)}-{_d(rng, 5)}", f"协商编号{_d(rng, 7)}"])


def policy_no(rng):
    return rng.choice([f"P{_d(rng, 13)}", f"{_d(rng, 4)}{_L(rng, 2)}{_d(rng, 8)}", f"保单号 {_d(rng, 10)}", f"ZX{_yr(rng)}-{_d(rng, 6)}"])


def micro_no(rng):
    return rng.choice([f"扶贷字〔{_yr(rng)}〕第{_d(rng, 4)}号", f"XD{_yr(rng)}{_d(rng, 5)}", f"小额信贷{_d(rng, 4)}-{_d(rng, 3)}"])


def debt_no(rng):
    return rng.choice([f"债转公告〔{_yr(rng)}〕{rng.randrange(1, 60)}号", f"资产包{_L(rng, 2)}-{_yr(rng)}-{rng.randrange(1, 30):02d}",
                       f"ZQZR{_d(rng, 8)}"])


def loan_no(rng):
    return rng.choice([f"借字{_yr(rng)}第{_d(rng, 5)}号", f"LN{_d(rng, 11)}", f"{_yr(rng)}个经借{_d(rng, 4)}号", f"HT-{_d(rng, 4)}-{_d(rng, 6)}"])


def notary_no(rng):
    return rng.choice([f"（{_yr(rng)}）{rng.choice(['邢', '洛', '株', '宜', '温', '锡', '烟'])}{rng.choice(['证民字', '证经字', '证字'])}第{_d(rng, 4)}号",
                       f"公证书编号{_d(rng, 8)}"])


def court_no(rng):
    return f"（{_yr(rng)}）{rng.choice(PROV_ABBR)}{_d(rng, 4)}民{rng.choice(['初', '终', '特'])}{_d(rng, 4)}号"


def visit_no(rng):
    return rng.choice([f"ZF{_yr(rng)}{_d(rng, 5)}", f"走访第{rng.randrange(1, 400)}号", f"VIS-{_d(rng, 6)}"])


def sec_no(rng):
    return rng.choice([f"安登{_yr(rng)}-{_d(rng, 4)}", f"SEC{_d(rng, 7)}", f"调阅单{_d(rng, 5)}"])


def cam_no(rng):
    return rng.choice([f"通道{rng.randrange(1, 64):02d}", f"CH-{rng.randrange(1, 99):02d}", f"NVR{rng.randrange(1, 6)}-{rng.randrange(1, 33)}",
                       f"{rng.randrange(1, 32)}号摄像机"])


def key_no(rng):
    return rng.choice([f"钥匙{_L(rng, 1)}-{_d(rng, 3)}", f"K{_d(rng, 4)}", f"密码器{rng.randrange(1, 9)}号"])


def staff_no(rng):
    return rng.choice([f"{_d(rng, 6)}", f"工号{_d(rng, 5)}", f"{_L(rng, 1)}{_d(rng, 5)}", f"NO.{_d(rng, 4)}"])


def case_no(rng):
    return rng.choice([f"A{_d(rng, 12)}", f"{rng.choice(PROV_ABBR)}公（治）受字〔{_yr(rng)}〕{_d(rng, 4)}号", f"接警{_d(rng, 10)}"])


def report_no(rng):
    return rng.choice([f"第{rng.randrange(1, 53)}周", f"日报{_yr(rng)}-{_d(rng, 3)}", f"RPT-{_d(rng, 6)}"])


def meeting_no(rng):
    return rng.choice([f"第{rng.choice(CN_NUM_W)}届第{rng.choice(CN_NUM_W)}次", f"{_yr(rng)}年度", f"第{rng.randrange(2, 30)}次"])


CN_NUM_W = "一二三四五六七八九十"


def vcode(rng):
    return _d(rng, rng.choice([4, 6, 6]))


def postcode(rng):
    return digits(rng, 6, "1234567")


def version(rng):
    return rng.choice([f"v{rng.randrange(2, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 40)}", f"build{rng.randrange(100, 999)}",
                       f"{rng.randrange(2023, 2026)}.{rng.randrange(1, 13)}"])


def err_code(rng):
    return rng.choice([f"E{rng.randrange(1000, 99999)}", rng.choice(["DVR_OFFLINE", "DOOR_FORCED", "VIDEO_LOSS", "KEY_TIMEOUT",
                                                                     "ALARM_TEST", "POWER_FAIL"]), f"故障码{rng.randrange(100, 9999)}"])


def hotline(rng):
    return rng.choice([rng.choice(W.HOTLINES), rng.choice(W.HOTLINES), "400-" + _d(rng, 3) + "-" + _d(rng, 4),
                       "400 " + _d(rng, 3) + " " + _d(rng, 4), "800-" + _d(rng, 3) + "-" + _d(rng, 4)])


def title(rng):
    return rng.choice(W.SURNAMES) + rng.choice(W.TITLES)


def org_address(rng):
    prov, city, dist = _region(rng)
    return rng.choice([f"{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 900)}号{rng.choice(['', '金融大厦', '营业大厅', '办公楼三层', '综合楼'])}",
                       f"{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 600)}号{rng.choice(['便民服务中心', '党群服务中心', '产业园'])}{rng.randrange(1, 25)}层",
                       f"{prov}{city}{dist}{rng.choice(W.ROADS)}{rng.randrange(1, 800)}号（{rng.choice(['办公区', '行政楼', '营业部'])}）"])


def branch(rng):
    return rng.choice(W.BANKS) + rng.choice(["", rng.choice(W.REGIONS)[1][:-1]]) + rng.choice(W.BRANCH_PLACES) + rng.choice(
        ["支行", "分行营业部", "社区支行", "普惠支行", "营业所"])


def police(rng):
    prov, city, dist = _region(rng)
    return rng.choice([dist + rng.choice(W.ROADS)[:2] + "派出所", city + "公安局" + dist[:-1] + "分局", dist + "公安分局治安大队"])


def org_acct(rng):
    return _d(rng, rng.choice([12, 14, 16, 20, 22]))


def rate(rng):
    return rng.choice([f"{rng.randrange(28, 49) / 10:.2f}%", f"LPR{rng.choice(['+', '-'])}{rng.randrange(5, 60)}BP", f"年化{rng.randrange(25, 180) / 10}%"])


def months(rng):
    return rng.choice([f"{rng.choice([12, 24, 36, 48, 60])}期", f"{rng.randrange(1, 6)}年", f"{rng.randrange(6, 60)}个月"])


def ua(rng):
    return rng.choice(["Android 13; PHB110", "iPhone15,2 iOS 17.5", "HarmonyOS 4.2", "Windows 11; Edge/125", "iPad13,1 iPadOS 16.7"])


def score(rng):
    return rng.choice([f"{rng.randrange(60, 100)}分", f"0.{rng.randrange(10, 99)}", f"{rng.choice('ABCD')}级"])


def age(rng):
    return rng.choice([f"{rng.randrange(22, 92)}岁", f"{rng.randrange(4, 9)}0后", f"年近{rng.choice(['六', '七', '八'])}旬"])


def overdue(rng):
    return rng.choice([f"{rng.randrange(1, 400)}天", f"M{rng.randrange(1, 7)}", f"{rng.randrange(1, 14)}期"])


def trace_id(rng):
    return rng.choice([f"trace={_hex(rng, 24)}", f"req:{_hex(rng, 12)}"])


def area(rng):
    return rng.choice([f"{rng.randrange(45, 220)}.{rng.randrange(10, 99)}㎡", f"{rng.randrange(60, 180)}.{rng.randrange(10, 99)}平方米",
                       f"{rng.randrange(2, 60)}亩"])


def heads(rng):
    return rng.choice([f"{rng.randrange(3, 200)}头", f"{rng.randrange(2, 50)}箱", f"{rng.randrange(1, 30)}个大棚", f"{rng.randrange(100, 5000)}只"])


def pct(rng):
    return rng.choice([f"{rng.randrange(1, 99)}%", f"{rng.randrange(1, 40)}.{rng.randrange(10)}%", f"{rng.randrange(1, 9)}成"])


REFS = {
    "AMT": ("amount", amount), "BIGAMT": ("amount", big_amount), "DATE": ("date", date), "DT": ("date", dtime),
    "TIME": ("date", ctime), "INSTNO": ("reference", inst_no), "POLICY": ("reference", policy_no),
    "MICRONO": ("reference", micro_no), "DEBTNO": ("reference", debt_no), "LOANNO": ("reference", loan_no),
    "NOTARY": ("reference", notary_no), "COURT": ("reference", court_no), "VISITNO": ("reference", visit_no),
    "SECNO": ("reference", sec_no), "CAM": ("reference", cam_no), "KEYNO": ("reference", key_no),
    "STAFFNO": ("reference", staff_no), "CASE": ("reference", case_no), "REPORTNO": ("reference", report_no),
    "MEETING": ("reference", meeting_no), "CODE": ("code", vcode), "POST": ("postcode", postcode),
    "VER": ("version", version), "ERR": ("code", err_code), "HOT": ("hotline", hotline), "TITLE": ("title", title),
    "ORGADDR": ("org_address", org_address), "BRANCH": ("org", branch), "POLICE": ("org", police),
    "OACCT": ("reference", org_acct), "RATE": ("amount", rate), "TERMS": ("amount", months), "UA": ("terminal", ua),
    "SCORE": ("amount", score), "AGE": ("amount", age), "OVERDUE": ("amount", overdue), "TRACE": ("reference", trace_id),
    "AREA": ("amount", area), "HEADS": ("amount", heads), "PCT": ("amount", pct),
}

SIMPLE = {
    "COUNTRY": ("country", lambda r: r.choice(W.COUNTRIES)), "PET": ("pet_name", lambda r: r.choice(W.PET_NAMES)),
    "BANK": ("org", lambda r: r.choice(W.BANKS)), "NUM": ("amount", lambda r: str(r.randrange(2, 80))),
    "SMALL": ("amount", lambda r: str(r.randrange(1, 9))), "NICK": ("nickname", lambda r: r.choice(W.NICKS)),
    "JOB": ("title", lambda r: r.choice(W.JOBS)), "SBRAND": ("brand", lambda r: r.choice(W.SURNAME_BRANDS)),
    "SPLACE": ("place", lambda r: r.choice(W.SURNAME_PLACES)), "IREASON": ("reference", lambda r: r.choice(W.INST_REASONS)),
    "IPLAN": ("reference", lambda r: r.choice(W.INST_PLANS)), "INSURER": ("org", lambda r: r.choice(W.INSURERS)),
    "PTYPE": ("reference", lambda r: r.choice(W.POLICY_TYPES)), "SREASON": ("reference", lambda r: r.choice(W.SURRENDER_REASONS)),
    "INDUSTRY": ("reference", lambda r: r.choice(W.INDUSTRIES)), "RELIEF": ("reference", lambda r: r.choice(W.RELIEF_TYPES)),
    "NEED": ("reference", lambda r: r.choice(W.NEEDS)), "PRODUCT": ("brand", lambda r: r.choice(W.PRODUCTS)),
    "AMC": ("org", lambda r: r.choice(W.AMCS)), "DEBTTYPE": ("reference", lambda r: r.choice(W.DEBT_TYPES)),
    "ITEM": ("reference", lambda r: r.choice(W.ESTATE_ITEMS)), "WILLTYPE": ("reference", lambda r: r.choice(W.WILL_TYPES)),
    "TRADE": ("reference", lambda r: r.choice(W.SME_TRADES)), "FINDING": ("reference", lambda r: r.choice(W.VISIT_FINDINGS)),
    "SECEVENT": ("reference", lambda r: r.choice(W.SEC_EVENTS)), "SPOT": ("reference", lambda r: r.choice(W.CAM_SPOTS)),
    "STOPIC": ("reference", lambda r: r.choice(W.SPEECH_TOPICS)), "THEME": ("reference", lambda r: r.choice(W.STORY_THEMES)),
    "REL": ("reference", lambda r: r.choice(W.RELATIONS)), "SEX": ("reference", lambda r: r.choice(["男", "女"])),
    "SWORD": ("surname_word", lambda r: r.choice(W.SURNAME_WORDS)),
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


# ---------------------------------------------------------------- extra layouts (taken over from blind23)

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


# ---------------------------------------------------------------- prose helpers (blind24)

def name_list(b: Builder, prefix: str, n: int, role: float = 0.0, sep: str = "、") -> None:
    """Names separated by 、 (or another separator), some followed by a role in brackets."""
    rng = b.rng
    for i in range(n):
        if i:
            b.t(sep)
        slot(b, "NAME", f"{prefix}{i}")
        if rng.random() < role:
            say(b, rng.choice(["（<JOB>）", "(<JOB>)", "（{组长|副组长|成员|联络员|记录人}）"]))


def filler(b: Builder, opts) -> None:
    """One sentence of everyday wording (surname-first words, brands, places, titles)."""
    say(b, b.rng.choice(opts))


COMMON_FILL = [
    "{近期|本季度}{黄金|金价}波动{较大|明显}，{顾客|客户}{查询|咨询}{余额|金额}和{费用|收费}的{次数|频次}{连续|陆续}上升。",
    "{高度|格外}重视{消费者权益保护|客户体验}，{严格|认真}落实{首问负责|限时办结}制度，{马上|立即}{办|处理}。",
    "{顾问|理财顾问}团队{向前|往前}{一步|多走一步}，把{服务|金融服务}{送到|延伸到}{田间地头|街头巷尾}。",
    "{方向|路线}{明确|清楚}以后，{任务|工作}{包括|涵盖}{季度|年度}{目标|指标}的{分解|落实}和{成本|费用}{管控|压降}。",
    "<SPLACE>、<SPLACE>两地{网点|机构}的{经验|做法}{值得|可以}{借鉴|推广}。",
    "{柜面|大堂}{师傅|保洁阿姨}{提醒|说}{凌晨|白天}{温度|气温}{低|高}，{司机|客户}{注意|留意}{路线|路况}。",
    "{活动|现场}由<SBRAND>{赞助|提供}{矿泉水|纪念品}，{颜色|包装}{统一|醒目}。",
    "{许多|不少}{老年|中老年}{顾客|客户}{关注|关心}{利率|收益}和{安心|放心}程度，{尤其|特别}是{孙辈|子女}{教育|成长}{费用|开支}。",
]


def g_installment_negotiation(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{信用卡个性化分期还款协商申请书|个性化分期申请|关于申请个性化分期还款的函}\n\n")
        letter_head(b, "<BANK>{信用卡中心|}")
        say(b, "本人<NAME:a>，{身份证号码|证件号码}<DOC:a>，{持有|使用}{贵行|你行}信用卡<CARD:a>。{因|由于}<IREASON>，{本人|我}{目前|现阶段}{无力|没有能力}{按期|足额}还款，"
               "截至<DATE>{欠款|账单}{本金|总额}<AMT>，{已|}逾期<OVERDUE>。{本人|我}{有|具有}{还款|偿还}意愿，{现|特}申请<IPLAN>，{恳请|希望}{贵行|中心}{予以|给予}{考虑|支持}。\n"
               "{联系电话|手机}：<MOB:a>  {现住址|通讯地址}：<ADDR:a>\n")
        sign_off(b, "<NAME:a>")
        pick(b, "{附|附件}：{病历|诊断证明}、{解除劳动合同证明|收入证明}{复印件|}<SMALL>页。", "{协商编号|编号}：<INSTNO>", "")
    elif k == 1:
        say(b, "{个性化分期协商录音转写|协商通话记录|分期协商录音摘要} <INSTNO>\n")
        transcript(b, [(0, "{您好|你好}，{这里是|我是}<BANK>信用卡中心，{请问|}{是|}<HON:a>{本人|}吗？"),
                       (1, "{是|对}，{我是|我叫}<NAME:a>。{上个月|之前}{我|}{申请|打电话}{说|要}{分期|协商}{的事|那个事}。"),
                       (0, "{为核实身份|核实一下}，{请|麻烦}{报|说}{一下|}{身份证|证件}{号码|}{和|、}卡号。"),
                       (1, "<DOC:a>，卡号<CARD:a>。"),
                       (0, "{您|你}{现在|目前}{月收入|每月收入}{大概|大约}{多少|有多少}？{家里|家庭}{还有|有}{其他|别的}{负债|欠款}吗？"),
                       (1, "{一个月|每月}<AMT>{左右|上下}，{我爱人|老婆|老公}<NAME:c>{在|于}<SPLACE>{打工|做工}，{没有|没}{别的|其他}{贷款|欠款}。{我|}{现在住|住在}<ADDR:a>。"),
                       (0, "{可以|能}{给您|为您}{申请|办}<IPLAN>，{每期|每月}{还|约}<AMT>，{首期|第一期}{在|于}<DATE>{前|之前}{还|扣}。{您|你}{看|觉得}{可以吗|行不行}？"),
                       (1, "{行|可以}，{马上|尽快}{给我|帮我}{办|弄}吧，{麻烦|谢谢}{您|你}了。")],
                   roles=("{坐席|协商专员|<NAME:s>}", "{持卡人|客户}"))
    elif k == 2:
        form(b, [("持卡人", "<NAME:a>", "holder"), ("证件号码", "<DOC:a>", "doc"), ("信用卡卡号", "<CARD:a>", "card"),
                 ("欠款总额", "<AMT>", "debt"), ("逾期情况", "<OVERDUE>", "overdue"), ("分期方案", "<IPLAN>", "plan"),
                 ("每期应还", "<AMT>", "per_period"), ("首期还款日", "<DATE>", "first_due"), ("联系电话", "<MOB:a>", "mobile"),
                 ("通讯地址", "<ADDR:a>", "address"), ("协议编号", "<INSTNO>", "no"), ("经办人", "<NAME:s>", "clerk")],
             title="{个性化分期还款协议确认书|分期协商确认单|个性化分期协议}")
        pick(b, "{持卡人|乙方}{如|若}{连续|累计}<SMALL>期{未按约|未按时}还款，{甲方|本行}{有权|可}{终止|解除}{本协议|分期安排}{并|且}{要求|恢复}{一次性|全额}{偿还|清偿}。",
             "{分期|协议}{期间|存续期}{卡片|额度}{冻结|停用}，{不|不能}{再|继续}{消费|透支}。", "")
    elif k == 3:
        say(b, "{协商还款中心工作周报|个性化分期协商周报|协商业务进展}（<REPORTNO>）\n\n")
        say(b, "{本周|本期}{中心|我们}{共|累计}{受理|接到}{协商|分期}{申请|诉求}<NUM>{件|笔}，{达成|签订}{协议|方案}<NUM>{件|笔}，{金额|涉及金额}<BIGAMT>。")
        filler(b, COMMON_FILL)
        say(b, "{典型案例|值得关注的是}：{持卡人|客户}<NAME:a>{因|由于}<IREASON>{逾期|断供}<OVERDUE>，{协商专员|坐席}<NAME:s>{先后|连续}<SMALL>次{联系|致电}，经与<NAME:a>本人{核实|确认}{收入|情况}后，{为其|帮他}{申请|办理}{了|}<IPLAN>。"
               "<NAME:a>{表示|称}“{一定|肯定}{按时|按期}还”。{另|此外}，<NAME:b>{和|与}<NAME:c>{两位|两名}{持卡人|客户}{投诉|反映}{第三方|外包}{催收|机构}{用语|方式}{不当|粗暴}，{已|}{转|移交}<ORG>{核查|处理}。\n")
        pick(b, "{报送|抄送}：<TITLE>、<TITLE>", "{制表|撰写}：<NAME:s>  <DATE>", "")
    elif k == 4:
        say(b, "{委托调解函|关于委托开展信用卡纠纷调解的函|调解委托书}\n\n")
        letter_head(b, "<ORG>")
        say(b, "{我行|本行}{持卡人|客户}<NAME:a>（{证件号码|身份证}<DOC:a>）{信用卡|卡号}<CARD:a>{欠款|透支}<AMT>{已|}逾期<OVERDUE>，{双方|我们}{就|对}{还款|分期}方案{多次|反复}协商{未果|未达成一致}。"
               "{现|特}{委托|请}{贵方|贵委员会}{组织|主持}调解。{被调解人|当事人}{住址|联系地址}：<ADDR:a>，{住宅电话|座机}<TEL:a>，{手机|移动电话}<MOB:a>。\n"
               "{我行|本行}{联系人|对接人}：<NAME:s>，{电话|联系电话}<HOT>。\n<BRANCH>  <DATE>\n")
    else:
        if rng.random() < 0.6:
            sms(b, "{尊敬的|}<HON:a>，您{尾号|末四位}<SMALL><SMALL><SMALL><SMALL>的信用卡{分期|协商}{申请|方案}{已|}{审批通过|生效}，{每期|每月}{应还|还款}<AMT>，{首期|第一期}{还款日|扣款日}<DATE>。")
        chat(b, [("{<NAME:a>|<HON:a>|<NICK>}", "{你好|在吗}，{我|}{这个月|本月}{工资|钱}{还没发|晚几天}，{能不能|可以}{晚|推迟}{几天|两天}{还|扣}？"),
                 ("{<NAME:s>|<HON:s>|协商专员}", "{您好|你好}，{分期|协议}{期间|内}{可以|能}{申请|办}{一次|1次}{延期|宽限}，{最多|不超过}<SMALL>天。{麻烦|请}{发|提供}{一下|}{身份证|证件}{号码|}。"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "<DOC:a>，{手机|电话}<MOB:a>。{谢谢|麻烦}{你|您}{了|啦}。"),
                 ("{<NAME:s>|<HON:s>|协商专员}", "{已|}{帮您|为您}{登记|提交}，{结果|审批结果}{会|将}{短信|电话}{通知|告知}。{请|切记}{不要|勿}{相信|理会}{代理|所谓}“{停息挂账|征信修复}”{中介|机构}。")])


def g_insurance_surrender(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("投保人", "<NAME:a>", "applicant"), ("被保险人", "{<NAME:b>|同投保人}", "insured"), ("证件号码", "<DOC:a>", "doc"),
                 ("保险公司", "<INSURER>", "insurer"), ("险种名称", "<PTYPE>", "product"), ("保单号", "<POLICY>", "policy"),
                 ("已交保费", "<AMT>", "paid"), ("现金价值|退保金额", "<AMT>", "cash_value"), ("退保原因", "<SREASON>", "reason"),
                 ("收款账户", "<CARD:a>", "account"), ("联系电话", "<MOB:a>", "mobile"), ("受理网点", "<BRANCH>", "branch")],
             title="{保险合同解除（退保）申请书|银保渠道退保申请|退保申请表}")
        pick(b, "{犹豫期|犹豫期后}{退保|解除合同}{将|会}{产生|造成}{损失|本金损失}，{投保人|本人}{已|}{知悉|明白}并{确认|自愿}{办理|申请}。", "")
    elif k == 1:
        say(b, "{银保产品销售回访记录|银保双录回访|保单回访录音摘要} <POLICY>\n")
        transcript(b, [(0, "{您好|你好}，{我是|这里是}<INSURER>{回访专员|客服}，{请问|}{是|}<HON:a>吗？{您|您在}<DATE>{通过|在}<BANK>{购买|投保}了<PTYPE>，{想|需要}{跟您|和您}{确认|核实}几个问题。"),
                       (1, "{是我|对}，<NAME:a>。{当时|那天}{是|由}{理财经理|客户经理}<NAME:s>{给我|帮我}{讲的|办的}。"),
                       (0, "{销售人员|理财经理}{是否|有没有}{告知|说明}{您|}{这是|该产品是}{保险产品|保险}{而不是|不是}{存款|储蓄}？{提前|中途}{退保|解约}{会|可能}{有|产生}损失？"),
                       (1, "{说了|讲过}。{就是|不过}{我|}{现在|最近}{想|打算}{退|退掉}，{因为|主要是}<SREASON>。"),
                       (0, "{好的|明白}，{退保|解约}{需要|要}{本人|投保人}{携带|带}{身份证|证件}{和|及}{保单|合同}{到|去}{网点|柜台}。{请问|}{您的|}{收件地址|通讯地址}{还是|仍是}<ADDR:a>吗？"),
                       (1, "{对|是的}，{没变|没换}。{手机|电话}{也是|还是}<MOB:a>。")],
                   roles=("{回访员|坐席|<NAME:v>}", "{投保人|客户}"))
    elif k == 2:
        form(b, [("借款人（投保人）", "<NAME:a>", "borrower"), ("证件号码", "<DOC:a>", "doc"), ("保单号", "<POLICY>", "policy"),
                 ("保险公司", "<INSURER>", "insurer"), ("保单现金价值", "<AMT>", "cash_value"), ("申请借款金额", "<AMT>", "amount"),
                 ("借款期限", "{6个月|12个月|<TERMS>}", "term"), ("借款利率", "<RATE>", "rate"), ("放款账户", "<CARD:a>", "card"),
                 ("居住地址", "<ADDR:a>", "address"), ("联系电话", "{<MOB:a>|<TEL:a>}", "phone")],
             title="{保单质押贷款申请表|保单贷款申请|保单借款申请书}")
        pick(b, "{借款|贷款}{期间|存续期内}{保单|合同}{效力|保障}{不受影响|继续有效}；{逾期|到期}{未还|不还}的，{本息|欠款}{超过|达到}现金价值{时|后}{合同|保单}{效力|将}{中止|终止}。", "")
    elif k == 3:
        say(b, "{关于客户退保投诉的处理说明|退保纠纷处理情况报告|投诉处理说明}\n\n")
        say(b, "<DATE>，{客户|来访人}<NAME:a>{到|来到}<BRANCH>{反映|投诉}，{其|她|他}<AGE>的{母亲|父亲}<NAME:b>{于|在}<DATE>{在|经}{网点|我行}{购买|投保}<INSURER><PTYPE>，{年交|每年交}<AMT>，"
               "{现|如今}{因|由于}<SREASON>{申请|要求}{退保|全额退保}，{但|可是}现金价值{仅|只有}<AMT>。{经与|我们与}<NAME:b>本人{核实|面谈}，{老人|其}{称|表示}{当时|购买时}{以为|认为}{是|买的是}{定期存款|理财}。"
               "{调阅|查看}{双录|录音录像}{资料|记录}{后|发现}，{销售人员|理财经理}<NAME:s>{对|就}{退保损失|犹豫期}{的|}{提示|说明}{不够|不充分}。{目前|现}{已|}{协调|联系}<INSURER>{按|以}{已交保费|全额}{退还|处理}，{客户|<HON:a>}{表示|称}{满意|接受}。\n")
        pick(b, "{责任人|相关人员}{已|}{按|依}{规定|办法}{扣减|扣罚}{绩效|积分}。{经办|报告人}：<TITLE>", "")
    elif k == 4:
        say(b, "{退保损失告知书|退保风险提示书|解除保险合同告知书}\n\n<NAME:a>{女士/先生|：|（<HON:a>）：}\n")
        say(b, "{您|你}{持有的|名下的}<INSURER><PTYPE>（{保单号|合同号}<POLICY>）{已过|已超过}犹豫期。{如|若}{现在|此时}{解除合同|退保}，{仅|只}{能|可}{退还|领取}{现金价值|保单现金价值}<AMT>，"
               "{与|较}{已交保费|所交保费}<AMT>{相比|相差}{损失|差额}<AMT>。{建议|可}{考虑|选择}{保单贷款|减保|部分领取}{等|}{方式|办法}{解决|缓解}{资金|周转}{需求|问题}。\n"
               "{送达地址|邮寄地址}：<ADDR:a>  {电话|联系电话}：<MOB:a>\n<BRANCH>  <DATE>\n")
    else:
        say(b, "{银保业务月度分析|代理保险业务季度通报|银保渠道经营分析}（<DATE>）\n\n")
        say(b, "{本月|本季度}{代理|银保}{保费|新单保费}<BIGAMT>，{其中|内}<PTYPE>{占比|占}<PCT>；{退保|解约}<NUM>件，{退保率|退保比例}<PCT>。{退保|解约}{原因|主要原因}{集中在|以}<SREASON>{为主|居多}。")
        filler(b, COMMON_FILL)
        say(b, "{表现突出的|优秀}{理财经理|客户经理}{有|为}")
        name_list(b, "w", rng.randrange(2, 5), role=0.3)
        say(b, "。{另|此外}，{客户|老客户}<NAME:a>{通过|经}{手机银行|<BRAND>}{提交|发起}{了|}{保单贷款|退保}{申请|诉求}，{已|}{由|交}<NAME:s>{跟进|负责}。\n")
        pick(b, "{下月|下一步}{重点|工作}：{加强|做好}{双录|回访}{质检|管理}，{严禁|杜绝}{存单变保单|误导销售}。", "")


def g_poverty_microcredit(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("户主姓名", "<NAME:a>", "head"), ("身份证号码", "<ID:a>", "id_no"), ("家庭住址", "<ADDR:a>", "address"),
                 ("家庭人口", "<SMALL>人", "members"), ("户类型", "<RELIEF>", "type"), ("发展产业", "<INDUSTRY>（<HEADS>）", "industry"),
                 ("贷款金额", "{5万元|3万元|<AMT>}", "amount"), ("贷款期限", "{3年|1年|<TERMS>}", "term"), ("担保方式", "{免担保免抵押|信用|联户担保}", "guarantee"),
                 ("联系电话", "<MOB:a>", "mobile"), ("驻村干部", "<NAME:m>", "cadre"), ("借款合同号", "<MICRONO>", "contract")],
             title="{脱贫人口小额信贷档案|扶贫小额信贷借款人信息表|小额信贷户档案}")
        pick(b, "{贷款|资金}{须|只能}{用于|投入}{发展生产|种养殖}，{不得|严禁}{用于|挪作}{建房|婚丧|消费}。{贴息|财政贴息}{按|由}<ORG>{按季|按年}{拨付|兑现}。", "")
    elif k == 1:
        say(b, "{入户调查记录|小额信贷入户调查|贷前入户走访记录}\n\n")
        say(b, "<DATE>{上午|下午}，驻村第一书记<NAME:m>{和|、}信贷员<NAME:s>{来到|走进}<ADDR:a>{户主|农户}<NAME:a>{家中|家}。<NAME:a>{今年|}<AGE>，{家里|家中}{养了|有}<HEADS>{，|、}{主要|主业}{搞|做}<INDUSTRY>，"
               "{妻子|老伴}<NAME:c>{在|于}{村里|镇上}{帮工|打零工}，{儿子|女儿}{在|去}<SPLACE>{上学|务工}。<NAME:a>{说|告诉我们}：“{去年|前年}{贷的|借的}{钱|款}{早就|已经}{还了|还清}，{今年|这回}{想|打算}{扩大|再多养}{一些|点}。”"
               "{经|通过}{村两委|邻居}{了解|评议}，{该户|这户}{人品|口碑}{好|不错}，{无|没有}不良{嗜好|记录}。{联系电话|手机}<MOB:a>。\n")
        pick(b, "{调查|走访}{结论|意见}：{建议|同意}{授信|发放}<AMT>。{调查人|记录}：<NAME:s>", "")
    elif k == 2:
        say(b, "<ORG>{整村授信评议表|农户信用评议结果|信用户评定表}（{评议日期|日期}<DATE>）\n")
        table(b, [("户主", "<NAME:r>", "head"), ("身份证号", "<ID:r>", "id_no"), ("组别", "{一组|二组|三组|四组|五组}", "group"),
                  ("产业", "<INDUSTRY>", "industry"), ("信用等级", "{AAA|AA|A|优秀|较好}", "grade"), ("评议额度", "<AMT>", "limit")],
              rng.randrange(3, 7), style=rng.choice(["md", "csv", "tsv", "pipe", "list"]), numbered=rng.random() < 0.5)
        say(b, "{评议小组|参加评议人员}：")
        name_list(b, "p", rng.randrange(2, 5), role=0.5)
        say(b, "\n")
    elif k == 3:
        say(b, "{财政贴息资金发放花名册|小额信贷贴息明细|贴息兑付清单}（<DATE>）\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("贴息账户（惠农卡）", "<CARD:r>", "card"), ("贷款余额", "<AMT>", "balance"),
                  ("贴息金额", "<AMT>", "subsidy"), ("所在村", "{<SPLACE>|}{张庄村|石门村|龙潭村|高楼村}", "village")],
              rng.randrange(3, 7), style=rng.choice(["csv", "md", "tsv", "pipe"]))
        pick(b, "{贴息|资金}{已|}{由|经}<ORG>{审核|复核}，{直接|统一}{划入|打到}{农户|借款人}{本人|}{账户|惠农卡}。{经办|复核}：<TITLE>", "")
    elif k == 4:
        chat(b, [("{<NAME:m>|<HON:m>|驻村工作队}", "{各位|大家}{注意|看一下}，<DATE>{信用社|银行}{来|到}村委会{办|集中办理}{小额信贷|续贷}，{需要|要}{带|准备}{户口本|身份证}。"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "{我家|俺家}{那笔|的}<AMT>{下个月|快}到期了，{能|可以}续吗？{我|}{电话|手机}<MOB:a>。"),
                 ("{<NAME:s>|<HON:s>|信贷员}", "{可以|能}，{符合条件|还款正常}的{都|}{可以|能}{续贷|再贷}。<HON:a>{你|您}{家|}{还|仍}{住|在}<ADDR:a>吧？{我|我们}{明天|后天}{上门|过去}{看看|看一下}。"),
                 ("{<NAME:a>|<HON:a>|<NICK>}", "{对|是}，{就|还}{在|是}{那|老地方}。{黄桃|猕猴桃|茶叶}{今年|今年收成}{不错|还行}，{谢谢|麻烦}{你们|了}！")])
    else:
        say(b, "{乡村振兴金融服务工作简报|普惠金融助力乡村振兴简报|金融帮扶工作简讯}（<REPORTNO>）\n\n")
        say(b, "{今年以来|本季度}，<BRANCH>{累计|共}{发放|投放}<BRAND><BIGAMT>，{支持|惠及}<NUM>户{农户|脱贫户}{发展|从事}<INDUSTRY>{等|和}<INDUSTRY>{产业|项目}。")
        filler(b, COMMON_FILL)
        say(b, "{在|于}<SPLACE>{片区|一带}，{信贷员|客户经理}<NAME:s>{和|与}{村支书|村会计}<NAME:t>{挨家挨户|逐户}{走访|摸排}，{帮助|协助}{养殖户|种植户}<NAME:a>{解决|获得}{了|}{扩大|扩建}{圈舍|大棚}的{资金|贷款}。"
               "{田地|庄稼}{长势|收成}{喜人|不错}，{村民|群众}{说|都说}“{金融|贷款}{活水|政策}{流进|流到}{了|}{心坎里|家门口}”。\n")
        pick(b, "{供稿|撰稿}：<ORG>  <DATE>", "")


def g_manager_daily_report(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{客户经理工作日报|个人客户经理日报|日报}（<DATE>，{报告人|填报人}：<NAME:s>）\n")
        items = [
            "{上午|早上}{走访|拜访}<NAME:a>{（<HON:a>）|}，{客户|其}<NEED>，{联系电话|手机}<MOB:a>，{约定|约好}<DATE>{到网点|来支行}{面谈|办理}。",
            "{下午|午后}{陪同|带}<NAME:b>{到|去}<BRANCH>{办理|开通}<PRODUCT>，{金额|资金}<BIGAMT>，{客户|<HON:b>}{对|觉得}{服务|流程}{满意|还不错}。",
            "{电话|微信}{回访|联系}<NAME:c>，{其|他|她}{表示|说}{下周|月底}{有|还有}{一笔|}{资金|钱}{到期|回笼}，{考虑|准备}{买|配置}<PRODUCT>。",
            "{整理|更新}{存量|名下}客户{资料|信息}<NUM>户，{其中|发现}{住址|联系方式}{变更|变动}<SMALL>户，{如|例如}<NAME:d>{已|}{搬到|搬至}<ADDR:d>。",
            "{参加|组织}{支行|网点}{晨会|夕会}，{学习|传达}{关于|有关}{反洗钱|消保}的{要求|文件}，{任务|指标}{完成|进度}<PCT>。",
            "{协助|帮}{大堂|柜面}{处理|接待}{一位|}{老年|年长}客户{查询|咨询}{余额|黄金价格}，{耐心|细心}{讲解|说明}<BRAND>{操作|用法}。",
        ]
        sel = rng.sample(items, rng.randrange(3, 5))
        for i, it in enumerate(sel):
            say(b, f"{i + 1}{rng.choice(['. ', '、', '）'])}" + it + "\n")
        pick(b, "{明日|明天}{计划|安排}：{继续|重点}{跟进|对接}<NAME:a>{的|}{需求|业务}。", "{存在问题|困难}：{客户|顾客}{对|关注}{利率|收益}{下行|下降}{有|比较}{顾虑|担心}。", "")
    elif k == 1:
        say(b, "{客户经理周报|理财经理周工作小结|个人金融周报}（<REPORTNO>）\n\n")
        say(b, "{本周|这周}{共|累计}{走访|联系}客户<NUM>户，{新增|新开}{有效|}客户<SMALL>户，{管户|管理}{资产|AUM}{增加|新增}<BIGAMT>。")
        filler(b, COMMON_FILL)
        say(b, "{重点|主要}{客户|进展}{如下|有}：{周二|周三}{和|与}{支行|网点}{行长|副行长}<NAME:m>{一起|一同}{拜访|走访}{了|}{企业主|老客户}<NAME:a>，<NAME:a>{说|表示}{公司|企业}{准备|打算}{代发|把}{工资|员工工资}{转到|放到}{我行|我们行}；"
               "{退休教师|老客户}<NAME:b>{的|}{定期|存款}{到期|即将到期}，{已|}{推荐|介绍}<PRODUCT>；<NAME:c>{和|、}<NAME:e>{两户|两位}{对|想了解}{个人养老金|储蓄国债}{感兴趣|有兴趣}，{约|约在}{下周|周五}{面谈|详谈}。\n")
        pick(b, "{下周|下一步}{重点|计划}：{跟进|落实}{上述|以上}{商机|客户}，{配合|协助}<ORG>{开展|完成}{季度|月度}{营销|活动}。", "")
    elif k == 2:
        form(b, [("拜访日期", "<DATE>", "date"), ("客户姓名", "<NAME:a>", "customer"), ("客户类型", "{个人|个体工商户|代发客户|私行客户}", "type"),
                 ("联系电话", "<MOB:a>", "mobile"), ("拜访地点", "{客户家中（<ADDR:a>）|网点|客户店铺|电话}", "place"), ("客户需求", "<NEED>", "need"),
                 ("推荐产品", "<PRODUCT>", "product"), ("陪同人员", "{<NAME:t>|无|<TITLE>}", "companion"), ("下次跟进", "<DATE>", "next"),
                 ("客户经理", "<NAME:s>（<STAFFNO>）", "manager")],
             title="{CRM客户拜访记录|客户拜访登记|营销拜访记录}", style=rng.choice(["kv", "md", "json", "yaml", "pipe", "dots", "ascii"]))
        pick(b, "{备注|说明}：{客户|<HON:a>}{提到|说}{家里|儿子}{在|准备去}<COUNTRY>{读书|留学}，{可能|或许}{需要|要}{换汇|购汇}。", "")
    elif k == 3:
        chat(b, [("{<NAME:m>|<HON:m>|支行长}", "{今天|今日}{进展|情况}{怎么样|如何}？{大额存单|额度}{还剩|剩}<NUM>{万|份}。"),
                 ("{<NAME:s>|<HON:s>|<NICK>}", "{刚|刚刚}{跟|和}<NAME:a>{聊完|谈好}，{他|她}{下午|明天}{过来|来}{存|转}<BIGAMT>{买|办}{大额存单|存单}。"),
                 ("{<NAME:m>|<HON:m>|支行长}", "{好|不错}。<NAME:b>{那边|那个客户}{呢|怎么说}？"),
                 ("{<NAME:s>|<HON:s>|<NICK>}", "{还在|仍在}{考虑|犹豫}，{说|他说}{要|得}{跟|和}{老伴|家里人}{商量|合计}{一下|}。{我|}{周末|明天}{再|}{上门|去他家}{一趟|看看}，{他家|地址}{在|是}<ADDR:b>。"),
                 ("{<NAME:t>|<HON:t>|<NICK>}", "{我|}{这边|今天}{也|}{约到|约了}<NAME:c>，{是|属于}{代发|工资}客户，{电话|手机}<MOB:c>，{我|}{先|}{发你|转给你}{跟进|对接}。")])
    elif k == 4:
        say(b, "{商机跟进台账|重点客户商机表|营销商机登记}（<NAME:s>，<DATE>）\n")
        table(b, [("客户", "<NAME:r>", "customer"), ("手机", "<MOB:r>", "mobile"), ("需求", "<NEED>", "need"),
                  ("产品", "<PRODUCT>", "product"), ("预计金额", "<AMT>", "amount"), ("进展", "{已签约|待面谈|犹豫中|已流失|已预约}", "status")],
              rng.randrange(3, 6), style=rng.choice(["md", "csv", "tsv", "pipe", "list"]))
        pick(b, "{台账|本表}{每周|按周}{更新|报送}，{请|}{勿|不要}{外传|转发}{至|到}{个人|私人}{微信|邮箱}。", "")
    else:
        say(b, "{晨会纪要|网点晨会记录|夕会纪要}（<DATE>）\n{主持|主持人}：<NAME:m>  {参会|出席}：")
        name_list(b, "q", rng.randrange(3, 6), role=0.35)
        say(b, "\n\n")
        say(b, "{一|1}、{昨日|昨天}{业绩|情况}：{新增|开立}{借记卡|账户}<NUM>{张|户}，{销售|营销}<PRODUCT><BIGAMT>。<NAME:s>{成功|顺利}{营销|挽留}{客户|老客户}<NAME:a>{到期|的}{资金|存款}，{值得|应当}{表扬|肯定}。\n"
               "{二|2}、{今日|今天}{重点|安排}：{高峰|业务高峰}{时段|期间}{加开|增开}{窗口|柜台}，{大堂|大堂经理}<NAME:t>{负责|做好}{分流|引导}；{注意|留意}{黄金|金价}{行情|价格}{变化|波动}{对|给}客户{做好|及时}{提示|解释}。\n")
        filler(b, COMMON_FILL)


def g_debt_transfer_notice(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "<BANK>{与|和}<AMC>{债权转让暨债务催收联合公告|债权转让通知暨催收公告|关于转让不良贷款债权的公告}（<DEBTNO>）\n\n")
        say(b, "{根据|依据}<BANK>{与|和}<AMC>{签订|订立}的{债权转让协议|资产转让协议}，<BANK>{已|}{将|把}{其|}{对|对于}{下列|以下}{借款人|债务人}{及|和}{担保人|保证人}{享有|拥有}的{债权|主债权}{及|和}{从权利|担保权利}{依法|}{转让|转移}{给|予}<AMC>。"
               "{请|敬请}{各|诸}{借款人|债务人}{及|和}{担保人|保证人}{自|从}{公告|本公告}之日起{向|对}<AMC>{履行|承担}{还款|偿还}{义务|责任}。\n")
        table(b, [("借款人", "<NAME:r>", "borrower"), ("证件号码", "<DOC:r>", "doc"), ("保证人", "{<NAME:rg>|无}", "guarantor"),
                  ("借款合同", "<LOANNO>", "contract"), ("本金余额", "<AMT>", "principal"), ("利息", "<AMT>", "interest")],
              rng.randrange(2, 5), style=rng.choice(["md", "pipe", "list", "csv"]), numbered=rng.random() < 0.5)
        pick(b, "{利息|欠息}{计算|计}{至|到}<DATE>，{此后|之后}{利息|罚息}{按|依照}{合同|借款合同}{约定|规定}{计算|计收}。", "")
    elif k == 1:
        say(b, "{债权转让通知书|债权转让告知函|债权转让通知}\n\n<NAME:a>{（借款人）|：|先生/女士：}\n")
        say(b, "{您|你}{于|在}<DATE>{与|和}{我行|本行}{签订|订立}的{《个人借款合同》|借款合同}（<LOANNO>）{项下|所涉}<DEBTTYPE>{本金|债权}<AMT>{及|和}{相应|}{利息|罚息}，{已|}{转让|依法转让}{给|予}<AMC>。"
               "{请|敬请}{您|你}{自|于}{收到|接到}{本通知|此通知}之日起{向|对}{受让方|新债权人}{履行|偿还}{债务|欠款}。{受让方|新债权人}{联系电话|电话}：<HOT>。\n"
               "{送达地址|收件地址}：<ADDR:a>  {手机|电话}：<MOB:a>\n<BRANCH>  <DATE>\n")
        pick(b, "{本通知|此函}{以|通过}{EMS|邮政特快专递}{寄送|送达}，{邮件号|运单号}<TRACE>。", "")
    elif k == 2:
        say(b, "{资产包明细|转让资产清单|债权清单}（<DEBTNO>）\n")
        table(b, [("序号|编号", "<STAFFNO>", "no"), ("债务人", "<NAME:r>", "debtor"), ("身份证号", "<ID:r>", "id_no"),
                  ("贷款类型", "<DEBTTYPE>", "type"), ("本金", "<AMT>", "principal"), ("逾期天数", "<OVERDUE>", "overdue"),
                  ("诉讼状态", "{已起诉|已判决（<COURT>）|未诉|执行中}", "lawsuit")],
              rng.randrange(3, 6), style=rng.choice(["csv", "tsv", "md", "pipe"]))
        pick(b, "{资产包|本批}{合计|共计}<NUM>户，{本金|债权本金}<BIGAMT>，{转让|成交}{价格|对价}{为|按}{本金|债权}的<PCT>。", "")
    elif k == 3:
        say(b, "{受让方催收通话记录|新债权人电话联系记录|债权受让后首次联系记录}\n")
        transcript(b, [(0, "{您好|喂}，{我是|这里是}<AMC>{的|}{工作人员|客服}，{请问|}{是|}<HON:a>吗？{您|您在}<BANK>{的|}{贷款|借款}{已经|已}{转让|转到}{我们|我司}{这边|名下}。"),
                       (1, "{是吗|什么}？{我|}{没|没有}{收到|接到}{通知|信}{啊|呀}。{我|}{叫|是}<NAME:a>，{你|你们}{怎么|从哪}{知道|拿到}{我电话|我号码}的？"),
                       (0, "{通知|公告}{已|}{在|于}<BRAND>{公告|刊登}，{书面|纸质}{通知|函件}{也|已}{寄到|寄往}<ADDR:a>。{您|你}{可以|能}{核对|查一下}{借款合同|合同编号}<LOANNO>。"),
                       (1, "{我|}{去年|前年}{生意|厂子}{不好|亏了}，{现在|目前}{确实|真的}{还不上|没钱}。{能不能|可否}{少还点|分期}？"),
                       (0, "{可以|能}{协商|商量}，{请|您}{提供|说}{一下|}{身份证号|证件号码}{方便|以便}{核实|登记}。"),
                       (1, "<DOC:a>，{手机|电话}{就|就是}<MOB:a>。")],
                   roles=("{受让方|<NAME:s>|工作人员}", "{债务人|借款人}"))
    elif k == 4:
        say(b, "{异议书|关于债权转让的异议函|债务人异议申请}\n\n")
        letter_head(b, "<AMC>")
        say(b, "{本人|异议人}<NAME:a>，{身份证号码|证件号}<DOC:a>，{住|住址}<ADDR:a>。{本人|我}{于|在}<DATE>{收到|接到}{贵司|你司}{债权转让通知|催收函}，{称|说}{本人|我}{欠|拖欠}<BANK>{借款|贷款}<AMT>。"
               "{该笔|这笔}{借款|贷款}{实际|其实}{系|是}{朋友|亲戚}<NAME:b>{借用|冒用}{本人|我的}{名义|身份}{办理|所借}，{款项|资金}{全部|都}{由|被}<NAME:b>{使用|拿走}，{本人|我}{从未|没有}{使用|收到}。{特|现}{提出|申请}{异议|复核}，{请|恳请}{核实|调查}。\n"
               "{联系电话|手机}：<MOB:a>  {固话|家里电话}：<TEL:a>\n")
        sign_off(b, "<NAME:a>")
    else:
        say(b, "{关于批量转让个人不良贷款的工作说明|不良资产批量转让情况报告|个人不良贷款转让说明}\n\n")
        say(b, "{按照|根据}{监管|上级行}{关于|有关}{个人不良贷款|不良资产}{批量转让|转让试点}的{要求|规定}，{我行|本行}{于|在}<DATE>{通过|经}<BRAND>{公开|挂牌}{转让|出售}<DEBTTYPE>{资产包|债权}<NUM>户，{本金|债权本金}<BIGAMT>，{由|被}<AMC>{竞得|受让}。")
        filler(b, COMMON_FILL)
        say(b, "{转让|项目}{过程中|期间}，{资产保全部|项目组}<NAME:s>、<NAME:t>{负责|承担}{尽调|尽职调查}{和|与}{档案|资料}{移交|交接}，{法律顾问|律师}<NAME:u>{出具|提供}{了|}{法律意见书|意见}。"
               "{其中|另有}{借款人|债务人}<NAME:a>{已|}{去世|身故}，{继承人|其子}<NAME:b>{表示|称}{愿意|会}{在|以}{遗产|继承}{范围内|限度内}{偿还|清偿}。\n")


def g_will_execution(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{遗嘱执行人提取存款申请书|关于办理被继承人存款继承过户的申请|遗产存款支取申请}\n\n")
        letter_head(b, "<BRANCH>")
        say(b, "{被继承人|立遗嘱人}<NAME:d>（{身份证号|证件号码}<ID:d>）{于|在}<DATE>{因病|病故|去世}，{生前|去世前}{立有|留有}<WILLTYPE>（<NOTARY>），{指定|确定}{本人|申请人}<NAME:a>{为|作为}遗嘱执行人。"
               "{被继承人|其}{在|于}{贵行|你行}{开立|留有}{账户|卡号}<CARD:d>，{余额|存款}<AMT>，{另有|以及}<ITEM>{若干|一笔}。{现|特}{申请|请求}{按|依照}遗嘱{将|把}{上述|以上}{款项|资金}{支付|转入}{继承人|受遗赠人}<NAME:b>{账户|的卡}<CARD:b>。\n"
               "{申请人|执行人}{证件号码|身份证}：<DOC:a>  {联系电话|手机}：<MOB:a>\n")
        sign_off(b, "<NAME:a>")
        pick(b, "{随附|附件}：{死亡证明|火化证明}、{公证书|遗嘱}{原件|}、{亲属关系证明|户口簿}{复印件|}。", "")
    elif k == 1:
        b.ocr = False
        say(b, "{遗嘱（复印件识别）|遗嘱摘录|遗嘱内容（OCR）}\n\n")
        say(b, "{立遗嘱人|遗嘱人}<NAME:d>，{性别|}<SEX>，{身份证号码|公民身份号码}<ID:d>，{住|住址}<ADDR:d>。{本人|我}{现在|此时}{神志清醒|头脑清楚}，{自愿|特}{立|订立}{本|此}遗嘱{如下|：}\n"
               "{一|1}、{本人|我}{名下|所有}{位于|坐落于}<PROP:h>的{房产|住房}{由|归}{儿子|长子}<NAME:a>{继承|所有}；\n"
               "{二|2}、{本人|我}{在|于}<BANK>的<ITEM>{由|归}{女儿|次女}<NAME:b>{继承|所有}，{其中|另}<AMT>{赠与|留给}{孙女|外孙}<NAME:c>{作为|用作}{学费|教育金}；\n"
               "{三|3}、{指定|委托}<NAME:e>{为|作}遗嘱执行人。\n")
        say(b, "{立遗嘱人|遗嘱人}：<NAME:d>  {见证人|代书人}：<NAME:w>、<NAME:x>  <DATE>\n")
    elif k == 2:
        say(b, "{继承人信息登记表|法定继承人情况表|继承人及受遗赠人名单}（{被继承人|死者}：<NAME:d>）\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("与被继承人关系", "<REL>", "relation"), ("证件号码", "<DOC:r>", "doc"),
                  ("联系电话", "<MOB:r>", "mobile"), ("继承份额", "<PCT>", "share"), ("是否到场", "{是|否（已出具委托书）|否}", "present")],
              rng.randrange(2, 5), style=rng.choice(["md", "csv", "pipe", "list", "tsv"]))
        pick(b, "{未到场|放弃继承}的{继承人|人员}{须|应}{出具|提交}{经|由}<ORG>{公证|认证}的{放弃继承声明|委托书}。", "")
    elif k == 3:
        say(b, "{继承业务柜面面谈记录|继承支取面谈|遗嘱执行面谈笔录}  <NOTARY>\n")
        transcript(b, [(0, "{您好|你好}，{请问|}{您|你}{是|和}{被继承人|老人家}<NAME:d>{是|}什么关系？"),
                       (1, "{我|}{是|我是}{他|她}{儿子|女儿|侄子}，{我叫|叫}<NAME:a>，{也是|同时是}{遗嘱|公证书}{里|上}{写的|指定的}执行人。"),
                       (0, "{请|麻烦}{出示|提供}{您的|}{身份证|证件}{和|、}{公证书|遗嘱}{原件|}。{您的|}{证件号码|身份证号}{是|}？"),
                       (1, "<DOC:a>。{我|}{父亲|母亲}{生前|原来}{住在|住}<ADDR:d>，{存折|卡}{都在|在}{我|我这}{这里|手里}。"),
                       (0, "{好的|明白}，{遗嘱|公证书}{里|中}{提到|写了}{还有|另外}{一位|个}{继承人|受遗赠人}<NAME:b>，{需要|要}{本人|他}{到场|一起来}{或者|或}{出具|提供}{委托书|公证委托书}。"),
                       (1, "{他|她}{在|人在}<COUNTRY>，{委托书|公证}{下周|月底}{寄回来|能到}。{我|}{手机|电话}<MOB:a>，{到了|好了}{我|}{再|}{联系|过来}{你们|您}。")],
                   roles=("{柜员|<NAME:s>|运营主管}", "{执行人|申请人}"))
    elif k == 4:
        say(b, "{遗嘱执行情况报告|遗产分配执行说明|遗嘱执行人工作报告}\n\n")
        say(b, "{受|依}{被继承人|立遗嘱人}<NAME:d>{生前|所立}<WILLTYPE>{指定|委托}，{遗嘱执行人|执行人}<NAME:a>{于|在}<DATE>{至|到}<DATE>{期间|间}{完成|办理}{了|}{遗产|财产}{清点|清查}{和|及}{分配|交付}。"
               "{经|通过}{查询|核查}，{被继承人|老人}{名下|在}<BANK>{有|存有}<ITEM><AMT>、{在|于}<SBRAND>{有|持有}{基金|理财}{份额|资产}<AMT>，{另有|以及}{房产|住房}<PROP:h>{一套|一处}。"
               "{按|依照}遗嘱，{房产|住房}{由|归}<NAME:b>{继承|所有}，{存款|款项}{由|在}<NAME:b>{和|与}<NAME:c>{之间|间}{平均|均等}{分配|分割}。{执行|分配}{过程中|期间}{各|全体}继承人{无|没有}{异议|争议}。\n")
        pick(b, "{执行人|报告人}：<NAME:a>  {见证|律师}：<NAME:u>（<ORG>）", "")
    else:
        form(b, [("业务类型", "{遗嘱继承支取|遗赠过户|法定继承过户}", "type"), ("被继承人", "<NAME:d>", "deceased"), ("被继承人证件", "<ID:d>", "deceased_id"),
                 ("死亡日期", "<DATE>", "death_date"), ("遗嘱类型", "<WILLTYPE>", "will"), ("公证书号", "<NOTARY>", "notary"),
                 ("执行人", "<NAME:a>", "executor"), ("执行人证件", "<DOC:a>", "executor_doc"), ("涉及金额", "<AMT>", "amount"),
                 ("收款人", "<NAME:b>", "payee"), ("收款账户", "<CARD:b>", "payee_card"), ("审批意见", "{材料齐全，同意办理|缺少继承人放弃声明，暂缓|转法律合规部审查}", "opinion"),
                 ("审批人", "<NAME:m>", "approver")],
             title="{继承业务审批流转单|遗产支取审批表|继承过户审批单}", style=rng.choice(["kv", "md", "pipe", "dots", "semi", "num", "json"]))


def g_sme_credit_visit(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{小微企业主走访纪要|小微客户实地走访记录|普惠客户走访纪要}（<VISITNO>）\n\n")
        say(b, "<DATE>，{客户经理|普惠客户经理}<NAME:s>{与|和}{风险经理|审查人员}<NAME:t>{走访|实地走访}{了|}{从事|经营}<TRADE>的<ORG>，{企业|公司}{统一社会信用代码|信用代码}<USCC:co>，{实际控制人|老板}<NAME:a>{接待|陪同}{了|}{我们|走访人员}。"
               "<NAME:a>{介绍|说}，{企业|店里}{成立|开业}{于|在}<DATE>，{年销售|年营业额}{约|大概}<BIGAMT>，<FINDING>。{其|他|她}{配偶|爱人}<NAME:c>{负责|管}{财务|账目}{和|与}{进货|采购}。"
               "{现场|经}{查看|核实}，<FINDING>。{实际控制人|<HON:a>}{家庭住址|家住}<ADDR:a>，{手机|联系电话}<MOB:a>。\n")
        pick(b, "{走访|调查}{意见|结论}：{建议|同意}{给予|授信}<BRAND><AMT>，{期限|}<TERMS>。", "")
    elif k == 1:
        form(b, [("企业名称", "<ORG>", "company"), ("统一社会信用代码", "<USCC:co>", "uscc"), ("经营地址", "<ORGADDR>", "biz_addr"),
                 ("行业", "<TRADE>", "trade"), ("实际控制人", "<NAME:a>", "controller"), ("证件号码", "<DOC:a>", "doc"),
                 ("手机", "<MOB:a>", "mobile"), ("家庭住址", "<ADDR:a>", "home"), ("配偶", "{<NAME:c>|未婚}", "spouse"),
                 ("申请金额", "<AMT>", "amount"), ("担保方式", "{信用|房产抵押|担保中心担保|保证}", "guarantee"),
                 ("调查人", "<NAME:s>、<NAME:t>", "investigators")],
             title="{小微企业授信调查表|普惠授信调查报告（摘要）|经营贷调查表}")
        pick(b, "{纳税|开票}{等级|数据}{为|显示}{A级|B级|正常}，{近|最近}{12个月|一年}{开票|流水}<BIGAMT>。", "")
    elif k == 2:
        say(b, "{走访台账|小微企业走访登记表|千企万户走访台账}（<DATE>）\n")
        table(b, [("企业/商户", "<ORG>", "company"), ("负责人", "<NAME:r>", "owner"), ("电话", "<MOB:r>", "phone"),
                  ("行业", "<TRADE>", "trade"), ("融资需求", "{<AMT>|暂无|<BRAND>}", "need"), ("走访人", "<NAME:s>", "visitor")],
              rng.randrange(3, 6), style=rng.choice(["md", "csv", "tsv", "pipe", "list"]))
        pick(b, "{本轮|本月}{走访|对接}<NUM>户，{有|存在}{融资|资金}需求<SMALL>户，{已|}{推送|转}<ORG>{跟进|审批}。", "")
    elif k == 3:
        say(b, "{贷后电话回访记录|经营贷回访录音摘要|小微客户回访}\n")
        transcript(b, [(0, "{您好|喂}，{是|}<HON:a>吗？{我是|这边是}<BANK>{的|}{客户经理|普惠}<NAME:s>，{想|来}{了解|问问}{一下|}{您|你}{店里|厂里}{最近|近期}{经营|生意}{情况|怎么样}。"),
                       (1, "{是我|对}，<NAME:a>。{最近|这个月}{还行|一般}，{订单|单子}{比|较}{上个月|去年}{多了|少了}{一些|点}。"),
                       (0, "{贷款|那笔钱}{主要|都}{用在|用于}{哪里|什么地方}{了|}？{有没有|是否}{用于|拿去}{买房|炒股}？"),
                       (1, "{没有|没}，{都是|全部}{进货|买原料}{用了|付了}{，发票都有|}。{我家|我们家}{新|刚}{搬到|搬去}<ADDR:a>{了|}，{你们|您}{有空|方便}{可以|来}{看看|坐坐}。"),
                       (0, "{好的|行}，{我|我们}{下周|月底}{过去|上门}。{您的|}{手机|电话}{还是|仍是}<MOB:a>吧？"),
                       (1, "{对|是}，{没换|没变}。")],
                   roles=("{客户经理|<NAME:s>}", "{客户|企业主}"))
    elif k == 4:
        say(b, "{贷后检查报告|经营贷贷后检查记录|小微贷款贷后管理报告}\n\n")
        say(b, "{借款人|客户}<NAME:a>{于|在}<DATE>{获得|取得}<BRAND><AMT>（<LOANNO>），{期限|}<TERMS>，{利率|执行利率}<RATE>。{检查|本次}{发现|显示}：<FINDING>；<FINDING>。"
               "{借款人|客户}{经营|生意}{正常|稳定}，{还款|付息}{按时|正常}，{无|未发现}{挪用|违规使用}{情况|迹象}。{保证人|担保人}<NAME:g>{同时|也}{表示|同意}{继续|愿意}{提供|承担}{担保|保证}。")
        filler(b, COMMON_FILL)
        say(b, "\n")
        pick(b, "{检查人|客户经理}：<NAME:s>  {复核|审核}：<TITLE>  <DATE>", "")
    else:
        say(b, "{小微企业主座谈会纪要|“金融+小微”座谈会记录|普惠金融政企银座谈会纪要}\n\n")
        say(b, "<DATE>{下午|上午}，<BRANCH>{联合|会同}<ORG>{举办|召开}{小微企业主|个体工商户}座谈会，")
        name_list(b, "c", rng.randrange(3, 6), role=0.6)
        say(b, "{等|共}<NUM>{位|名}{企业主|经营者}{参加|出席}。")
        say(b, "<NAME:a>{首先|率先}{发言|介绍}，{说|称}{自己|他}{做|从事}<TRADE>{多年|十几年}，{最|比较}{关注|关心}{贷款|融资}{成本|利率}{和|与}{审批|放款}{速度|时效}；"
               "<NAME:b>{提出|建议}{希望|能否}{推出|开发}{无还本续贷|随借随还}{产品|服务}。{支行|网点}{行长|负责人}<NAME:m>{逐一|一一}{回应|答复}，{表示|承诺}{马上|尽快}{研究|落实}。\n")
        filler(b, COMMON_FILL)


def g_branch_security_log(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        form(b, [("登记编号", "<SECNO>", "no"), ("调阅申请人", "<NAME:p>", "applicant"), ("申请单位", "<POLICE>", "unit"),
                 ("证件", "{警官证|工作证}<STAFFNO>", "cert"), ("调阅事由", "{协查<CASE>|客户纠纷|涉嫌诈骗取款|遗失物品查找}", "reason"),
                 ("调阅时段", "<DT>至<TIME>", "period"), ("监控位置", "<SPOT>（<CAM>）", "camera"), ("涉及客户", "<NAME:a>", "customer"),
                 ("客户证件", "<DOC:a>", "customer_doc"), ("陪同人员", "<NAME:g>（{保卫|安保}）", "escort"), ("审批人", "<NAME:m>", "approver")],
             title="{监控录像调阅登记表|视频资料调阅审批单|监控调阅登记}")
        pick(b, "{调阅|拷贝}{资料|录像}{仅限|只用于}{办案|本案}，{不得|严禁}{外传|私自复制}；{拷贝|导出}{介质|U盘}{编号|}<KEYNO>。", "")
    elif k == 1:
        say(b, "{营业厅安保值班日志|安保值班记录|保卫值班日志}（<DATE>，{值班|当班}：<NAME:g>、<NAME:h>）\n")
        evs = ["<TIME> {开门|启用}{检查|巡查}，{门禁|报警}{系统|主机}{正常|无异常}，{金库|尾箱}{钥匙|密码}{交接|核对}<KEYNO>。",
               "<TIME> {自助区|ATM}{有|发现}{一名|}{男子|女子}{徘徊|逗留}{较久|超过半小时}，{上前|主动}{询问|了解}{后|得知}{是|系}{等人|等家人}。",
               "<TIME> {押运|运钞}{车|人员}{到达|抵达}，{加钞|交接}{正常|顺利}，{押运员|押运人员}<NAME:e>、<NAME:f>{签字|确认}。",
               "<TIME> {客户|老人}<NAME:a>{在|于}{大厅|等候区}{身体不适|头晕}，{已|}{扶|安排}{到|至}{休息区|VIP室}，{联系|通知}{其|家属}{女儿|儿子}<NAME:c>（<MOB:c>）{接回|来接}。",
               "<TIME> {报警|主机}{误报|报警}（<ERR>），{经|已}{排查|检查}{系|为}{线路|传感器}{故障|老化}，{已|}{报|通知}<ORG>{维修|处理}。",
               "<TIME> {外来|施工}人员<NAME:x>{进入|进场}{更换|维修}{灯具|空调}，{证件|身份证}<DOC:x>{已|}{登记|核验}，{车辆|车}<PLATE:x>{停|停放}{后院|地下车库}。",
               "<TIME> {闭门|营业结束}{清场|检查}，{门窗|卷帘门}{关闭|锁闭}，{布防|设防}{完成|正常}。"]
        for ev in rng.sample(evs, rng.randrange(3, 6)):
            say(b, ev + "\n")
    elif k == 2:
        say(b, "{可疑人员情况报告|关于营业厅可疑人员的情况报告|异常情况报告}\n\n")
        say(b, "<DATE><TIME>{左右|前后}，{大堂经理|保安员}<NAME:g>{发现|注意到}{一名|}{男子|女子}{在|于}<SPOT>{反复|多次}{张望|拍照}{，并|，}{询问|打听}{柜员|现金}{交接|下班}时间。{经|通过}{调阅|查看}{监控|录像}<CAM>，"
               "{该人|此人}{驾驶|开着}{一辆|}{白色|黑色|银色}{轿车|SUV}（{号牌|车牌}<PLATE:a>）{离开|驶离}。{保卫|安保}{主管|负责人}<NAME:m>{随即|立即}{报告|通报}<POLICE>，{民警|警官}<NAME:p>{到场|赶到}{了解|核查}{后|，}{确认|查明}{该人|其}{为|是}<NAME:a>，"
               "{住|现住}<ADDR:a>，{系|是}{附近|隔壁}{商户|店铺}{员工|老板}，{拍照|张望}{是|为了}{给|帮}{朋友|家人}{看|选}{理财|存款}{广告|宣传}。{警情|事件}{已|}{解除|排除}。\n")
    elif k == 3:
        say(b, "{金库钥匙及密码交接登记簿|钥匙交接登记|重要空白凭证及钥匙交接表}\n")
        table(b, [("日期", "<DATE>", "date"), ("钥匙/密码", "<KEYNO>", "key"), ("交出人", "<NAME:r>", "giver"),
                  ("接收人", "<NAME:rb>", "taker"), ("监交人", "{<NAME:m>|<TITLE>}", "supervisor"), ("交接原因", "{轮岗|休假|日常交接|人员调离}", "reason")],
              rng.randrange(3, 6), style=rng.choice(["md", "csv", "pipe", "tsv", "list"]))
        pick(b, "{钥匙|密码}{实行|执行}{双人|分人}{管理|保管}，{严禁|禁止}{一人|单人}{同时|兼管}{保管|掌握}{两把|全部}{钥匙|密码}。", "")
    elif k == 4:
        say(b, "{访客登记表|外来人员进出登记|营业部后区访客登记}（<DATE>）\n")
        table(b, [("姓名", "<NAME:r>", "name"), ("证件号码", "<DOC:r>", "doc"), ("手机", "<MOB:r>", "mobile"),
                  ("车牌", "{<PLATE:r>|步行|无}", "plate"), ("来访事由", "{设备维修|送货|审计检查|系统升级|消防检查}", "reason"),
                  ("进入时间", "<TIME>", "in"), ("陪同人", "<NAME:g>", "escort")],
              rng.randrange(2, 5), style=rng.choice(["md", "csv", "pipe", "list", "tsv"]))
        pick(b, "{访客|来访人员}{须|必须}{全程|一直}{由|有}{本行|保卫}{人员|员工}{陪同|跟随}，{离开|出门}{时|前}{交回|归还}{临时|访客}{门禁卡|胸牌}。", "")
    else:
        say(b, "{安保工作例会纪要|安全保卫季度例会纪要|网点安全例会记录}（<DATE>）\n{参会人员|出席}：")
        name_list(b, "q", rng.randrange(3, 6), role=0.5)
        say(b, "\n\n{会议|本次会议}{通报|总结}{了|}{本季度|上季度}<SECEVENT>{和|及}<SECEVENT>{等|}{情况|事项}。{保卫|安保}{主管|部经理}<NAME:m>{强调|指出}，{要|必须}{严格|认真}{执行|落实}{钥匙|密码}{分管|双人}{制度|规定}，{高度|}{关注|警惕}{凌晨|夜间}{自助区|ATM}{滞留|徘徊}{人员|现象}。"
               "<NAME:g>{汇报|介绍}{了|}{监控|录像}{保存|存储}{情况|天数}，{提出|建议}{更换|升级}<SPOT>{摄像机|探头}。")
        filler(b, COMMON_FILL)
        say(b, "\n")


def g_annual_meeting_speech(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{职工代表发言稿|在职工代表大会上的发言|优秀员工代表发言}\n\n{尊敬的各位领导、亲爱的同事们|各位代表、各位同事}：\n")
        say(b, "{大家好|大家上午好}！{我是|我叫}<NAME:a>，{来自|在}<BRANCH>，{是|担任}{一名|}<JOB>。{很荣幸|非常荣幸}{能|可以}{代表|作为}{一线|基层}员工{发言|分享}。"
               "{去年|这一年}，{我们|网点}{在|于}<STOPIC>{方面|上}{做了|开展了}{一些|不少}{尝试|工作}。{记得|还记得}{有一次|去年冬天}，{独居老人|退休职工}<NAME:c>{腿脚不便|卧床不起}，{我|我和}{同事|<NAME:b>}{一起|}{上门|到他家}{为他|给她}{办理|激活}{社保卡|养老金}。"
               "{老人|<HON:c>}{拉着|握着}{我们的|我的}手{说|表示}“{你们|银行}{比|像}{亲人|家人}{还亲|一样}”。{这句话|那一刻}{让我|使我}{明白|懂得}，{金融|银行}{工作|服务}{不只是|不仅是}{数字|指标}，{更是|还有}{温度|人情}。\n")
        pick(b, "{最后|今后}，{我|我们}{将|会}{继续|更加}{向前|努力}，{不辜负|无愧于}{组织|大家}的{信任|期望}。{谢谢大家|谢谢}！", "")
    elif k == 1:
        say(b, "{董事长在年度股东大会上的讲话|在<MEETING>股东大会上的致辞|年度经营工作报告（摘要）}\n\n{各位股东、各位来宾|各位股东代表}：\n")
        say(b, "{过去一年|<DATE>以来}，{面对|在}{复杂|严峻}的{经营|外部}{环境|形势}{下|中}，{全行|我行}{坚持|围绕}<STOPIC>{和|、}<STOPIC>{方向|主线}，{资产|总资产}{规模|总额}{突破|达到}<BIGAMT>{亿|}，"
               "{不良率|不良贷款率}{控制|下降}{在|至}<PCT>。{这些|上述}{成绩|成果}{离不开|得益于}{董事会|监事会}的{指导|支持}，{也|更}{离不开|凝聚着}{全体|广大}{员工|干部员工}的{付出|辛苦}。")
        filler(b, COMMON_FILL)
        say(b, "{在此|借此机会}，{我|我谨}{代表|以}{董事会|个人名义}{感谢|向}{即将|已经}{退休|离任}的{监事长|副行长}<NAME:m>{同志|}，{感谢|欢迎}{新任|新加入的}{独立董事|董事}<NAME:n>{和|、}<NAME:o>。\n")
        pick(b, "{讲话人|致辞人}：<NAME:d>（{董事长|党委书记、董事长}）", "")
    elif k == 2:
        say(b, "{关于表彰<DATE>年度先进集体和先进个人的决定|年度先进个人表彰名单|评优评先结果公示}\n\n")
        say(b, "{经|通过}{基层推荐|民主推荐}、{评审委员会|党委会}{审议|研究}，{决定|现}{对|授予}{以下|下列}{同志|员工}{予以表彰|“优秀员工”称号}：\n")
        for j in range(rng.randrange(2, 4)):
            say(b, "{优秀客户经理|服务明星|合规标兵|普惠先锋|乡村振兴先进个人}：")
            name_list(b, f"aw{j}x", rng.randrange(2, 5), role=0.4)
            say(b, "\n")
        pick(b, "{公示期|公示时间}<SMALL>个工作日，{如有|若有}{异议|意见}{请|}{向|到}<ORG>{反映|实名反映}，{电话|联系电话}<HOT>。", "")
    elif k == 3:
        say(b, "{年会主持词|迎新年会串词|职工文艺汇演主持稿}\n\n")
        say(b, "{男|甲}：{尊敬的各位领导|亲爱的家人们}，{女|乙}：{亲爱的同事们|朋友们}，{合|合：}{大家晚上好|大家好}！\n"
               "{男|甲}：{时光|岁月}{如|似}{江河|江水}{奔流|向前}，{又是|转眼又}{一年|一季}{黄金|丰收}{时节|季节}。\n"
               "{女|乙}：{接下来|下面}{有请|请出}{来自|在}<BRANCH>的<NAME:a>{和|与}<NAME:b>{为我们|给大家}{带来|表演}{歌曲|诗朗诵}《{江山|方圆|向前冲|金色田野}》，{掌声|热烈掌声}{欢迎|有请}！\n"
               "{男|甲}：{感谢|谢谢}{精彩|动人}{表演|演出}。{下面|接下来}{请|邀请}<JOB><NAME:m>{上台|为我们}{致辞|讲话}{并|和}{抽取|揭晓}{一等奖|幸运大奖}。\n")
        pick(b, "{女|乙}：{恭喜|祝贺}{获奖|中奖}的<NAME:c>！{请|}{到|去}{台下|后台}{领取|登记}<SBRAND>{礼盒|礼品}。", "")
        filler(b, COMMON_FILL)
    elif k == 4:
        say(b, "{<MEETING>职工代表大会会议纪要|工会会员代表大会纪要|年度工作会议纪要}\n\n{时间|会议时间}：<DT>  {地点|}：{总部|<BRANCH>}{大会议室|多功能厅}\n{出席|参会代表}：")
        name_list(b, "q", rng.randrange(3, 7), role=0.3)
        say(b, "{等|共}<NUM>人\n{主持|主持人}：<NAME:m>\n\n")
        say(b, "{会议|大会}{听取|审议}{了|}{工会|行长}{工作报告|经营报告}{和|及}{职工|员工}{提案|建议}{办理|落实}{情况|报告}。<NAME:a>{代表|作为}{提案|代表}{提出|反映}{网点|一线}{午餐|食堂}{费用|补贴}{偏低|不足}{的|}{问题|情况}，<NAME:b>{建议|提出}{增加|完善}{员工|职工}{心理|健康}{关爱|疏导}{措施|活动}。"
               "{行领导|<TITLE>}{对|就}{上述|以上}{提案|建议}{作了|进行了}{回应|答复}。\n")
        filler(b, COMMON_FILL)
    else:
        say(b, "{先进事迹材料|“最美金融人”推荐材料|优秀员工事迹}\n\n")
        say(b, "<NAME:a>，{女|男}，<AGE>，{现任|现为}<BRANCH><JOB>。{从业|工作}<NUM>年{来|以来}，{她|他}{扎根|坚守}{基层|一线}，{累计|先后}{为|帮}<NUM>{余位|多名}{老年|行动不便}客户{提供|开展}{上门|入户}服务。"
               "{去年|今年}<DATE>，{她|他}{接到|得知}{住在|家住}<ADDR:c>的{老人|<AGE>老人}<NAME:c>{无法|不能}{到网点|出门}{认证|领取}{养老金|补贴}，{当天|马上}{就|便}{和|与}{同事|柜员}<NAME:b>{带上|携带}{设备|移动终端}{赶去|上门}{办理|服务}。"
               "{老人的|其}{女儿|儿子}<NAME:e>{后来|事后}{送来|寄来}{锦旗|感谢信}，{上面|信里}{写着|说}“{服务|情谊}{暖人心|比金子还贵}”。\n")
        pick(b, "{推荐单位|推荐}：<ORG>  <DATE>", "")


def g_customer_story(b: Builder):
    rng = b.rng
    k = rng.randrange(6)
    if k == 0:
        say(b, "{【金融暖心故事】|【身边的普惠金融】|【客户故事】}{一碗面里的创业梦|从早餐摊到连锁店|大山里的茶香|江边渔家的新生活}\n\n")
        say(b, "{清晨|每天清晨}<TIME>，{在|位于}<SPLACE>{老城区|菜市场}{拐角|门口}的<ORG>{就|早早}{亮起了|飘出了}{灯|香味}。{店主|老板}<NAME:a>{和|与}{妻子|丈夫}<NAME:c>{已经|早已}{忙碌|忙活}{了|起来}{两个多小时|一个多小时}。"
               "“{前几年|刚开始}{店面|生意}{小|不大}，{想|打算}{扩大|多开一家}{但|却}{没钱|缺资金}。”<NAME:a>{说|回忆道}，{是|多亏}<BANK>{客户经理|普惠客户经理}<NAME:s>{上门|到店}{了解|摸清}{情况|需求}后，{帮他|为她}{申请|办理}{了|}<BRAND><AMT>，{三天|一周}{就|便}{到账|放款}。"
               "{如今|现在}，{店里|门店}{雇了|有}<SMALL>{名|个}{员工|帮工}，{还|并}{开通了|接入}{外卖|团购}{订餐|预订}，{订餐电话|联系电话}<MOB:a>{每天|一早}{响个不停|就被打爆}。\n")
        pick(b, "{（|}{文|文字}：<NAME:w>  {图|摄影}：<NAME:x>{）|}", "{责任编辑|编辑}：<TITLE>", "")
    elif k == 1:
        say(b, "{视频号短片脚本|宣传短视频分镜脚本|微纪录片脚本}《<THEME>》\n\n")
        say(b, "{镜头|场景}1：{远景|航拍}，{晨雾|阳光}{中的|下的}{茶园|田野|渔港}。{旁白|画外音}：“{在|于}<SPLACE>，{有|住着}{这样|一位}{普通|平凡}的<THEME>{主人公|人}。”\n"
               "{镜头|场景}2：{近景|中景}，<NAME:a>{正在|在}{采茶|补网|喂牛}。<NAME:a>（{同期声|采访}）：“{以前|过去}{不敢|没想过}{贷款|借钱}，{怕|担心}{还不上|手续麻烦}。”\n"
               "{镜头|场景}3：{客户经理|信贷员}<NAME:s>{骑着|开着}{电动车|摩托}{来到|到}{她家|他家}，{字幕|屏幕字}：{“<BRAND>，最快当天放款”|“免抵押、免担保”}。\n"
               "{镜头|场景}4：{丰收|收获}{画面|场景}，<NAME:a>{和|与}{家人|女儿}<NAME:c>{一起|一同}{笑|点钞|称重}。{旁白|画外音}：“{金融|信贷}{活水|支持}，{让|使}{日子|生活}{越过越红火|有了盼头}。”\n")
    elif k == 2:
        say(b, "{客户口述实录|人物访谈整理|客户采访记录}（<DATE>）\n")
        transcript(b, [(0, "{您|你}{能|可以}{先|}{介绍|说}一下{自己|您自己}吗？"),
                       (1, "{我叫|我是}<NAME:a>，{今年|}<AGE>，{老家|家}{在|是}<ADDR:a>。{以前|早年}{在|去}<SPLACE>{打工|做工}，{后来|前年}{回村|回来}{搞|做}<INDUSTRY>。"),
                       (0, "{创业|起步}{时候|阶段}{遇到|碰到}{过|了}什么{困难|麻烦}？"),
                       (1, "{缺钱|资金}{呗|啊}。{那时候|当时}{多亏|幸亏}{村支书|驻村干部}<NAME:m>{介绍|推荐}{了|}<BANK>{的|}<NAME:s>，{他|她}{帮我|给我}{办了|申请了}{贷款|<BRAND>}，{利息|利率}{也|还}{不高|挺低}。"),
                       (0, "{现在|今年}{收入|效益}{怎么样|如何}？"),
                       (1, "{一年|今年}{能|可以}{挣|收入}<AMT>{左右|吧}，{还|又}{带着|带动}{邻居|村里}<NAME:b>{他们|几户}{一起|跟着}{干|做}。{欢迎|有需要的}{打|联系}{我电话|我}<MOB:a>{买|订}{我们的|俺家}{产品|货}！")],
                   roles=("{记者|采访人|<NAME:w>}", "{受访者|客户|<NAME:a>}"))
    elif k == 3:
        say(b, "{推文留言区精选|公众号留言（精选）|读者留言}\n")
        for _ in range(rng.randrange(3, 6)):
            who = rng.choice(["<NICK>", "<NICK>", "<NAME:r>", "<HON:r>"])
            say(b, who + rng.choice(["：", "  ", " 回复："]))
            say(b, rng.choice(["{为|给}<NAME:a>{点赞|加油}！{去年|上次}{在|去}{他家|她店里}{吃过|买过}，{味道|东西}{真不错|很好}。",
                               "{我|我们}{就在|住}<ADDR:r>，{离|距}{店|他家}{不远|很近}，{周末|明天}{去|带孩子去}{看看|尝尝}。",
                               "{客户经理|<NAME:s>}{人|服务}{真好|很耐心}，{上次|之前}{帮|给}{我|我妈}{办|弄}{社保卡|手机银行}{跑了|来了}{两趟|好几次}。",
                               "{请问|想问}{小商户|个体户}{怎么|如何}{申请|办}<BRAND>？{电话|手机}<MOB:r>，{麻烦|请}{联系|回电}我。",
                               "{文章|故事}{写得|拍得}{真好|很感人}，{黄金|阳光}{般|一样}的{日子|生活}{就是|正是}{这样|这么}{奋斗|干}{出来|来}的。"]))
            say(b, rng.choice(["\n", " 👍\n", "（<SMALL>赞）\n"]))
            b.forget("r")
    elif k == 4:
        form(b, [("故事主人公", "<NAME:a>", "subject"), ("性别/年龄", "<SEX>/<AGE>", "sex_age"), ("联系电话", "<MOB:a>", "mobile"),
                 ("居住地址", "<ADDR:a>", "address"), ("经营项目", "{<THEME>|<INDUSTRY>|<TRADE>}", "business"), ("合作产品", "<BRAND>", "product"),
                 ("推荐客户经理", "<NAME:s>", "manager"), ("肖像及信息使用授权", "{已签署|已签署（仅限本行宣传）|口头同意，待补签}", "consent"),
                 ("采编人员", "<NAME:w>", "editor")],
             title="{客户故事素材采集表|宣传素材登记表|人物采访信息登记}", style=rng.choice(["kv", "md", "num", "bracket", "space", "dots"]))
        pick(b, "{对外|公开}{发布|刊发}{时|稿件中}{不|不得}{出现|披露}{客户|主人公}{电话|联系方式}{和|与}{详细|具体}住址。", "")
    else:
        say(b, "{新闻稿|通讯稿|简讯}：<BRANCH>{助力|支持}<THEME>{走出|闯出}{致富路|新天地}\n\n")
        say(b, "{本报讯|近日}，{记者|笔者}{从|在}<BRANCH>{了解到|获悉}，{该行|这家支行}{今年|近年来}{累计|共}{向|为}<THEME>{等|这类}{群体|客户}{发放|投放}<BRAND><BIGAMT>。")
        filler(b, COMMON_FILL)
        say(b, "{客户|受益人}<NAME:a>{告诉|对}{记者|笔者}{说|表示}，{有了|拿到}{这笔|}{贷款|资金}{后|以后}，{他|她}{把|将}{店铺|养殖场}{从|由}{十几平方米|一个棚}{扩大|扩展}{到|成}{现在|如今}的{规模|样子}。"
               "{该行|支行}{行长|负责人}<NAME:m>{说|称}，{下一步|今后}{将|会}{继续|进一步}{下沉|深入}{服务|网点}，{让|使}{更多|更多的}<THEME>{享受|得到}{便捷|实惠}的{金融|信贷}服务。\n")


GENRES = {
    "installment_negotiation": g_installment_negotiation, "insurance_surrender": g_insurance_surrender,
    "poverty_microcredit": g_poverty_microcredit, "manager_daily_report": g_manager_daily_report,
    "debt_transfer_notice": g_debt_transfer_notice, "will_execution": g_will_execution,
    "sme_credit_visit": g_sme_credit_visit, "branch_security_log": g_branch_security_log,
    "annual_meeting_speech": g_annual_meeting_speech, "customer_story": g_customer_story,
}


# ---------------------------------------------------------------- shared headers and trailers (blind24 wording)

HEADERS = [
    "{发件人|From}：<ORG>\n{收件人|To}：<NAME:h>\n{主题|Subject}：{材料转发|请审阅|补充说明}（<DATE>）\n\n",
    "===== {扫描识别|影像转写|OCR} {第|}<SMALL>{页|/<SMALL>页} =====\n",
    "{【内部】|【保密】|【仅供内部参考】}{文号|编号}<SECNO>\n",
    "# {导出|export} {操作员|by} <STAFFNO> {于|at} <DT>\n",
    "{签报|呈报}{单号|编号}<VISITNO>（{发起部门|来源}：<ORG>）\n",
    "",
    "",
    "",
]
TRAILERS = [
    "{录入|登记}时间：<DT>；{客户端|终端}IP：<IP>；{系统版本|版本}：<VER>",
    "{紧急|备用}联系人：<NAME:x>（<REL>），{座机|家庭电话}<TEL:x>，{手机|手机号}<MOB:x>",
    "{联系地址|现住址}：<ADDR>（{邮编|邮政编码}<POST>），{电话|座机}<TEL>",
    "{风险|温馨}提示：{凡|任何}{自称|冒充}{银行|公检法}{工作人员|人员}{要求|让您}{转账|汇款}{到|至}“{安全账户|监管账户}”的{都|一律}是诈骗，{马上|请}{拨打|致电}<HOT>{核实|求证}。",
    "{本文件|本材料}{仅限|只供}{内部|本次}{使用|业务}，{未经|没有}{批准|授权}{不得|严禁}{外传|转发}。{单位地址|地址}：<ORG>，<ORGADDR>",
    "{邮寄|回寄}地址：<ADDR>，{收件人|联系人}<NAME:x>，{手机|电话}<MOB:x>",
    "{经办|制单}：<NAME:s>  {复核|审核}：<TITLE>  {日期|}<DATE>",
    "{客户|本人}{出境|出行}证件：{护照|普通护照}<PASS>，{港澳通行证|往来港澳通行证}<PERMIT>",
    "{所在单位|工作单位}：<ORG>（{统一社会信用代码|USCC}：<USCC>），{总机|办公电话}<HOT>",
    "audit{:| |>} op=<NAME:x> ip=<IP> act={VIEW|EXPORT|PRINT|EDIT} rc=<ERR>",
    "{车辆|来访车辆}{号牌|车牌}：<PLATE>，{登记|入场}时间<DT>",
    "{电子版|扫描件}{已|将}{发送|发至}{邮箱|电子邮箱}<MAIL>，{请|}{注意|及时}{查收|核对}。",
    "{服务|营业}时间：{周一至周日|工作日}<TIME>—<TIME>，{节假日|周末}{照常|正常}{营业|服务}；{客服热线|服务热线}<HOT>。",
    "{附言|备注}：{请|烦请}{于|在}<DATE>前{回复|反馈}，{联系人|经办人}<NAME:x>，{邮箱|email}<MAIL:x>",
]


NOTES = [
    "{备注|补充说明}：{经与|已与}<NAME:n>本人{电话|当面}{核实|确认}，<NAME:n>{表示|称}{情况|信息}{属实|无误}，{并|同时}{留下|提供}{手机|联系方式}<MOB:n>。",
    "{昨天下午|今天上午|<DATE>}，<JOB><NAME:s2>{陪同|带着}<NAME:n>{到|去}{网点|柜台}{补充|补交}{材料|资料}，{前后|办理}{用时|花了}<NUM>分钟。",
    "{此事|该事项}{由|经}<NAME:s2>{和|与}<NAME:t2>{共同|一起}{经办|跟进}，<NAME:m2>{审核|签批}{后|}{归档|存档}。",
    "<NAME:n>的{家属|爱人|女儿}<NAME:n2>{也|还}{在场|到场}，{对|就}{办理|处理}{结果|方案}{没有|无}{异议|意见}。",
    "{附|另附}{客户|当事人}{最新|现}{住址|居住地址}：<ADDR:n>，{邮寄|寄送}{材料|文书}{请|}{以此|按此}为准。",
    "{据|听}{邻居|同事}<NAME:n3>{说|介绍}，<TITLE>{一家|全家}{前年|去年}{从|由}<SPLACE>{搬来|迁来}，{在|于}<SPLACE>{还有|另有}{一处|一套}{房子|住房}。",
    "{今年|本月}{黄金|石油}{价格|行情}{上涨|波动}，{顾客|客户}{查询|关心}{余额|金额}的{次数|人数}{明显|不断}{增多|增加}，{马上|很快}{就到|进入}{季度末|年末}{高峰|旺季}。",
    "{会后|事后}<NAME:s2>{说|表示}：“{这件事|这个客户}{提醒|告诉}{我们|大家}，{服务|工作}{要|得}{周到|细致}，{程序|流程}{要|必须}{严格|规范}。”",
    "{联系人|对接人}：<NAME:s2>，{手机|联系手机}<MOB:s2>；{如|若}{不在|无人接听}{可|请}{找|联系}<TITLE>。",
]


def render(b: Builder) -> None:
    rng = b.rng
    if rng.random() < 0.3:
        say(b, rng.choice(HEADERS))
    GENRES[b.genre](b)
    if rng.random() < 0.6:
        b.t(rng.choice(["\n", "\n\n", ""]))
        say(b, rng.choice(NOTES))
    n = rng.choice([0, 1, 1, 1, 2, 2])
    for t in rng.sample(TRAILERS, n):
        b.t(rng.choice(["\n", "\n", "\n\n", "  ", "\n——\n"]))
        say(b, t)
