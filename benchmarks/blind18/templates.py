"""Builder, value makers, hard-negative makers and one template per genre (blind18).

A :class:`Builder` appends text piece by piece; a personal value is recorded as a span at the
moment it is written (its start is the current length), never found afterwards by searching.
Every slot writes either a personal value (PII records, with probability ``p``) or a hard
negative of the same kind, so PII-free and PII records share their wording.
"""
from __future__ import annotations

import ipaddress
import re
from collections import Counter

from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate,
                               mobile_phone, passport, resident_id, uscc)

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
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")


def email_ok(s: str) -> bool:
    return EMAIL_RE.fullmatch(s) is not None


def ip_ok(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


# ----------------------------------------------------------------------------------------------
# window scan: which substrings of a text pass an identifier validator
_FW_DIG = "０１２３４５６７８９"
_ALNUM = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + _FW_DIG
             + "ＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｘ")
_SEP = set(" -·+()（）\u3000")
_START = _ALNUM | set("+(（")
_END = _ALNUM | set(")）")
PLATE_HEADS = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使")
_MAXW = 26


def validator_hits(text: str):
    """Every (start, end, label) whose substring passes one of the identifier validators."""
    hits = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _ALNUM or text[i] in _SEP:
            j = i
            while j < n and (text[j] in _ALNUM or text[j] in _SEP):
                j += 1
            for a in range(i, j):
                if text[a] not in _START:
                    continue
                for e in range(a + 1, min(j, a + _MAXW) + 1):
                    if text[e - 1] not in _END:
                        continue
                    sub = text[a:e]
                    if sum(c in _ALNUM for c in sub) < 5:
                        continue
                    for label, ok in VALIDATORS.items():
                        if label != "LICENSE_PLATE" and ok(sub):
                            hits.append((a, e, label))
            i = j
        else:
            i += 1
    for a, c in enumerate(text):
        if c in PLATE_HEADS:
            for e in range(a + 5, min(n, a + 12) + 1):
                if license_plate.is_valid(text[a:e]):
                    hits.append((a, e, "LICENSE_PLATE"))
    for m in EMAIL_RE.finditer(text):
        hits.append((m.start(), m.end(), "EMAIL"))
    for m in IPV4_RE.finditer(text):
        if all(int(g) <= 255 for g in m.groups()):
            hits.append((m.start(), m.end(), "IP_ADDRESS"))
    for m in IPV6_RE.finditer(text):
        if ip_ok(m.group()):
            hits.append((m.start(), m.end(), "IP_ADDRESS"))
    return hits


def clean(s: str) -> bool:
    return not validator_hits(s)


# ----------------------------------------------------------------------------------------------
class Builder:
    """Appends text; records a span when a personal value is written."""

    def __init__(self, rng, pii: bool, p: float = 0.7):
        self.rng = rng
        self.pii = pii
        self.p = p
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.neg: Counter = Counter()
        self.vars: dict = {}
        self.form = False  # True while a form field or table cell is written

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def val(self, s: str, label: str) -> None:
        start = self.n
        self.add(s)
        self.spans.append({"start": start, "end": self.n, "label": label})

    def hn(self, s: str, kind: str) -> None:
        self.add(s)
        self.neg[kind] += 1

    def want(self) -> bool:
        return self.pii and self.rng.random() < self.p

    def text(self) -> str:
        return "".join(self.parts)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def safe(rng, maker, tries=200):
    """Draw from maker until the value passes no identifier validator in any window."""
    for _ in range(tries):
        s = maker(rng)
        if clean(s):
            return s
    raise RuntimeError("could not draw a clean hard negative")


def digits(rng, k, first="123456789"):
    return pick(rng, first) + "".join(str(rng.randrange(10)) for _ in range(k - 1))


def fullwidth(s: str) -> str:
    return s.translate(str.maketrans("0123456789X", _FW_DIG + "Ｘ"))


# ----------------------------------------------------------------------------------------------
# personal value makers
def make_name(rng) -> str:
    if rng.random() < 0.03:
        sur = pick(rng, W.COMPOUND_SURNAMES)
    else:
        sur = pick(rng, W.SURNAMES)
    k = 1 if rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, W.GIVEN_CHARS) for _ in range(k))


def _checked(rng, options, fallback, ok):
    s = pick(rng, options)
    return s if ok(s) else fallback


def make_id(rng) -> str:
    s = resident_id.generate(rng)
    opts = [s, s, s, s.lower(), s[:6] + " " + s[6:14] + " " + s[14:], fullwidth(s),
            s[:6] + "-" + s[6:14] + "-" + s[14:]]
    return _checked(rng, opts, s, resident_id.is_valid)


def make_mobile(rng) -> str:
    s = mobile_phone.generate(rng)
    g = s[:3] + " " + s[3:7] + " " + s[7:]
    opts = [s, s, s, g, s[:3] + "-" + s[3:7] + "-" + s[7:], "+86 " + s, "+86-" + s, "+86 " + g,
            "0086 " + s, "0086-" + s, "(+86)" + s, fullwidth(s)]
    return _checked(rng, opts, s, mobile_phone.is_valid)


def make_landline(rng) -> str:
    c = landline_phone.generate(rng)
    ext = ""
    if "#" in c:
        c, ext = c.split("#")
    k = 3 if c[:2] in ("01", "02") else 4
    area, local = c[:k], c[k:]
    mid = len(local) // 2
    opts = [area + "-" + local, area + "-" + local, "(" + area + ")" + local, "（" + area + "）" + local,
            area + " " + local[:mid] + " " + local[mid:], "+86 " + area[1:] + " " + local,
            area + local]
    s = pick(rng, opts)
    if ext:
        s += pick(rng, ["转", "-", " 转 ", "分机"]) + ext
    return s if landline_phone.is_valid(s) else landline_phone.format(c + ("#" + ext if ext else ""))


def make_card(rng) -> str:
    if rng.random() < 0.75:
        s = bank_card.generate(rng, bin=pick(rng, ["622848", "621700", "622202", "621799", "623059",
                                                   "622908", "621226", "622262", "620522", "621483",
                                                   "623668", "622588"]), length=pick(rng, [16, 19, 19]))
    else:
        s = bank_card.generate(rng)
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    opts = [s, s, s, g, g, "-".join(s[i:i + 4] for i in range(0, len(s), 4)), fullwidth(s)]
    return _checked(rng, opts, s, bank_card.is_valid)


def make_passport(rng) -> str:
    for _ in range(50):
        r = rng.random()
        if r < 0.6:
            s = "E" + pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7, "0123456789")
        elif r < 0.85:
            s = "E" + digits(rng, 8)
        else:
            s = passport.generate(rng)
        if rng.random() < 0.08:
            s = s.lower()
        if passport.is_valid(s):
            return s
    return passport.generate(rng)


def make_permit(rng) -> str:
    for _ in range(50):
        r = rng.random()
        if r < 0.55:
            s = "C" + digits(rng, 8)
        elif r < 0.7:
            s = "C" + pick(rng, "ABCDEFGHJKLMN") + digits(rng, 7, "0123456789")
        else:
            s = hk_macau_permit.generate(rng)
        if hk_macau_permit.is_valid(s):
            return s
    return hk_macau_permit.generate(rng)


def make_uscc(rng) -> str:
    return uscc.generate(rng)


_PLATE_RE = re.compile(r"^[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}$")


def make_plate(rng) -> str:
    for _ in range(100):
        s = license_plate.generate(rng)
        if _PLATE_RE.match(s):
            break
    opts = [s, s, s[:2] + "·" + s[2:], s[:2] + " " + s[2:], s[:2] + "-" + s[2:]]
    return _checked(rng, opts, s, license_plate.is_valid)


def make_email(rng) -> str:
    r = rng.random()
    if r < 0.4:
        local = pick(rng, W.PINYIN) + pick(rng, W.PINYIN_GIVEN) + pick(rng, ["", str(rng.randrange(10, 99)),
                                                                           str(rng.randrange(1970, 2005))])
    elif r < 0.7:
        local = digits(rng, rng.randrange(8, 11))
    else:
        local = pick(rng, W.PINYIN_GIVEN) + pick(rng, [".", "_"]) + pick(rng, W.PINYIN)
    return local + "@" + pick(rng, W.EMAIL_DOMAINS)


def make_ip(rng) -> str:
    if rng.random() < 0.12:
        return "240e:" + ":".join("%x" % rng.randrange(1, 0xffff) for _ in range(3)) + "::" + "%x" % rng.randrange(1, 0xffff)
    a = pick(rng, [36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 117, 119, 120, 121, 122,
                   123, 124, 125, 171, 175, 180, 182, 183, 202, 211, 218, 219, 220, 221, 222, 223])
    return "%d.%d.%d.%d" % (a, rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))


# addresses -----------------------------------------------------------------------------------
def _region(rng):
    if rng.random() < 0.15:
        m, ds = pick(rng, W.MUNICIPALITIES)
        return "", m, pick(rng, ds), True
    prov, city, ds, cs = pick(rng, W.REGIONS)
    pool = ds + cs
    if not pool:
        return prov, city, "", False
    return prov, city, pick(rng, pool), False


def _town(rng):
    return pick(rng, W.TOWN_HEAD) + pick(rng, ["镇", "镇", "乡", "街道"])


def _road(rng):
    return pick(rng, W.ROAD_HEAD) + pick(rng, W.ROAD_TAIL)


def _estate(rng):
    return pick(rng, W.ESTATE_HEAD) + pick(rng, W.ESTATE_TAIL)


def _room(rng):
    f = rng.randrange(1, 33)
    return pick(rng, [
        "%d栋%d单元%d%02d室" % (rng.randrange(1, 30), rng.randrange(1, 6), f, rng.randrange(1, 9)),
        "%d幢%d%02d室" % (rng.randrange(1, 40), f, rng.randrange(1, 7)),
        "%d号楼%d门%d%02d" % (rng.randrange(1, 25), rng.randrange(1, 5), f, rng.randrange(1, 5)),
        "%s座%d%02d" % (pick(rng, "ABCDE"), f, rng.randrange(1, 20)),
        "%d栋%d%02d" % (rng.randrange(1, 20), f, rng.randrange(1, 5)),
        "%d-%d-%d%02d" % (rng.randrange(1, 20), rng.randrange(1, 5), f, rng.randrange(1, 5)),
    ])


def address_parts(rng, shape=None):
    """An address as a list of pieces (so it can be masked after its region)."""
    prov, city, dist, muni = _region(rng)
    shape = shape or pick(rng, ["rural", "rural", "estate", "estate", "lane", "alley", "avenue",
                                "townstreet", "short"])
    head = []
    if not muni and prov and rng.random() < 0.6:
        head.append(prov)
    if rng.random() < 0.85 or not dist:
        head.append(city)
    if dist:
        head.append(dist)
    if shape == "rural":
        grp = pick(rng, [pick(rng, W.CN_NUM) + "组", "%d组" % rng.randrange(1, 15),
                         "第%s村民小组" % pick(rng, W.CN_NUM), pick(rng, ["上", "下", "大", "小"]) + "院子"])
        tail = [_town(rng), pick(rng, W.VILLAGE_HEAD) + "村", grp]
        if rng.random() < 0.5:
            tail.append("%d号" % rng.randrange(1, 120))
    elif shape == "estate":
        tail = ([_town(rng)] if rng.random() < 0.3 else []) + [
            _road(rng) + "%d号" % rng.randrange(1, 999), _estate(rng) + _room(rng)]
    elif shape == "lane":
        tail = [_road(rng) + "%d弄%d号" % (rng.randrange(1, 1800), rng.randrange(1, 80)),
                "%d室" % (rng.randrange(1, 7) * 100 + rng.randrange(1, 6))]
    elif shape == "alley":
        tail = [pick(rng, W.ROAD_HEAD) + pick(rng, ["巷", "里", "胡同", "横街"]) + "%d号" % rng.randrange(1, 90)]
        if rng.random() < 0.5:
            tail.append("附%d号" % rng.randrange(1, 9) if rng.random() < 0.4 else "%d楼" % rng.randrange(1, 7))
    elif shape == "avenue":
        if rng.random() < 0.5:
            head = head[:-1] + [pick(rng, W.ZONES)] if len(head) > 1 else head + [pick(rng, W.ZONES)]
        tail = [pick(rng, W.AVENUE_HEAD) + "大道%d号" % rng.randrange(1, 2000), _estate(rng) + _room(rng)]
    elif shape == "townstreet":
        tail = [_town(rng), _road(rng) + "%d号" % rng.randrange(1, 400)]
    else:  # short: no province / city
        head = [dist] if dist else [city]
        tail = [_road(rng) + "%d号" % rng.randrange(1, 600), _estate(rng) + _room(rng)]
    return head, tail


def make_address(rng, shape=None) -> str:
    head, tail = address_parts(rng, shape)
    return "".join(head + tail)


# ----------------------------------------------------------------------------------------------
# hard-negative makers (none passes a validator)
def neg_name(rng, form=True) -> str:
    sur = pick(rng, W.SURNAMES)
    r = rng.random() * (1.0 if form else 0.8)
    if r < 0.3:
        return sur + pick(rng, ["某", "某某", "某甲", "某乙"])
    if r < 0.55:
        return sur + pick(rng, W.TITLES)
    if r < 0.8:
        return sur + pick(rng, ["*", "**", "*" + pick(rng, W.GIVEN_CHARS), "××", "＊"])
    return pick(rng, ["（签字）", "本人", "申请人本人", "——", "待补录", "见附件", "（空）", "同上"])


def neg_address(rng, form=True) -> str:
    r = rng.random()
    if not form and 0.35 <= r < 0.6:
        r = rng.choice([0.1, 0.7, 0.9])
    head, tail = address_parts(rng)
    if r < 0.35:
        return "".join(head) + pick(rng, ["****", "******", "***号", "××村××组", "(已脱敏)"])
    if r < 0.6:
        return pick(rng, ["同户籍地址", "同身份证地址", "详见附件", "未填写", "同上", "与现住址一致",
                          "见不动产权证", "（略）", "XX省XX市XX区XX路XX号", "××县××镇××村"])
    if r < 0.85:
        prov, city, dist, muni = _region(rng)
        return pick(rng, [dist or city, city + (dist or ""), (dist or city) + _road(rng) + "一带",
                          (dist or city) + _road(rng), _road(rng) + "沿线", (dist or city) + "城区"])
    return "".join(head) + pick(rng, ["（具体门牌号未提供）", "某小区", "辖区内"])


def neg_id(rng) -> str:
    def m(r):
        s = resident_id.generate(r)
        x = r.random()
        if x < 0.5:
            return s[:6] + "*" * 8 + s[14:]
        if x < 0.65:
            return s[:3] + "*" * 11 + s[14:]
        if x < 0.75:
            return s[0] + "*" * 16 + s[-1]
        c = "0123456789X".replace(s[-1], "")
        return s[:17] + pick(r, c)
    r = rng.random()
    if r < 0.1:
        return pick(rng, ["证件号码见复印件", "（待核实）", "未提供", "已留存影像"])
    return safe(rng, m)


def neg_mobile(rng) -> str:
    def m(r):
        s = mobile_phone.generate(r)
        x = r.random()
        if x < 0.55:
            return s[:3] + "****" + s[7:]
        if x < 0.7:
            return s[:3] + " **** " + s[7:]
        if x < 0.85:
            return pick(r, ["154", "140", "104", "120", "110"]) + digits(r, 8, "0123456789")
        return s[:3] + "*" * 6 + s[-2:]
    if rng.random() < 0.08:
        return pick(rng, ["未留", "无", "同上", "（拒绝提供）"])
    return safe(rng, m)


def neg_hotline(rng) -> str:
    return safe(rng, lambda r: pick(r, ["95588", "95599", "95533", "95566", "95559", "95580", "96588",
                                        "12345", "12315", "12366", "12368", "12333", "10086", "10010",
                                        "400-" + digits(r, 3) + "-" + digits(r, 4, "0123456789"),
                                        "400" + digits(r, 7, "0123456789"),
                                        "800-" + digits(r, 3) + "-" + digits(r, 4, "0123456789")]))


def neg_landline(rng) -> str:
    def m(r):
        c = landline_phone.generate(r).split("#")[0]
        k = 3 if c[:2] in ("01", "02") else 4
        return c[:k] + "-" + "*" * (len(c) - k - 2) + c[-2:]
    return neg_hotline(rng) if rng.random() < 0.45 else safe(rng, m)


def neg_card(rng) -> str:
    def m(r):
        s = bank_card.generate(r, bin=pick(r, ["622848", "621700", "622202", "621799", "623059"]),
                               length=pick(r, [16, 19]))
        x = r.random()
        if x < 0.35:
            return s[:4] + " **** **** " + s[-4:]
        if x < 0.55:
            return s[:6] + "*" * (len(s) - 10) + s[-4:]
        if x < 0.7:
            return "尾号" + s[-4:]
        if x < 0.8:
            return "**** " + s[-4:]
        c = "0123456789".replace(s[-1], "")
        return s[:-1] + pick(r, c)
    return safe(rng, m)


def neg_email(rng) -> str:
    e = make_email(rng)
    local, dom = e.split("@")
    return pick(rng, [local[:2] + "***@" + dom, local[0] + "****@" + dom, "未提供", "（无）",
                      local[:3] + "…@" + dom])


def neg_ip(rng) -> str:
    ip = make_ip(rng)
    if ":" in ip:
        return ip.split(":")[0] + ":****:****"
    a = ip.split(".")
    return pick(rng, [a[0] + "." + a[1] + ".*.*", a[0] + ".***.***." + a[3], "（未记录）",
                      "V%d.%d.%d" % (rng.randrange(1, 9), rng.randrange(0, 20), rng.randrange(0, 30))])


def neg_passport(rng) -> str:
    def m(r):
        s = make_passport(r).upper()
        x = r.random()
        if x < 0.6:
            return s[0] + "*" * 5 + s[-3:]
        if x < 0.8:
            return "E" + pick(r, "IO") + digits(r, 7, "0123456789")
        return s[:2] + "****" + s[-3:]
    return safe(rng, m) if rng.random() < 0.9 else pick(rng, ["办理中", "无", "未持有"])


def neg_permit(rng) -> str:
    def m(r):
        s = make_permit(r)
        x = r.random()
        if x < 0.6:
            return s[0] + "*" * (len(s) - 3) + s[-2:]
        return "C" + pick(r, "IO") + digits(r, 7, "0123456789")
    return safe(rng, m) if rng.random() < 0.9 else pick(rng, ["未办理", "无", "已过期未换领"])


def neg_uscc(rng) -> str:
    def m(r):
        s = uscc.generate(r)
        x = r.random()
        if x < 0.5:
            return s[:8] + "*" * 8 + s[-2:]
        c = [ch for ch in "0123456789ABCDEFGHJKLMNPQRTUWXY" if ch != s[-1]]
        return s[:-1] + pick(r, c)
    return safe(rng, m)


def neg_plate(rng) -> str:
    def m(r):
        s = make_plate(r).replace("·", "").replace(" ", "").replace("-", "")
        x = r.random()
        if x < 0.6:
            return s[:2] + "·***" + s[-2:]
        if x < 0.8:
            return s[:2] + "*" * (len(s) - 3) + s[-1]
        return s[:2] + s[2:6] + "O"
    return safe(rng, m) if rng.random() < 0.85 else pick(rng, ["无车辆", "未登记", "电动自行车（无号牌）"])


# other hard negatives --------------------------------------------------------------------------
def neg_date(rng) -> str:
    y, mo, d = rng.randrange(2019, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    return pick(rng, ["%d年%d月%d日" % (y, mo, d), "%d-%02d-%02d" % (y, mo, d), "%d/%d/%d" % (y, mo, d),
                      "%d.%02d.%02d" % (y, mo, d), "%d年%d月" % (y, mo), "%d-%02d-%02d %02d:%02d" % (
                          y, mo, d, rng.randrange(24), rng.randrange(60))])


def neg_amount(rng) -> str:
    v = rng.randrange(1, 400) * pick(rng, [10, 50, 100, 1000])
    return pick(rng, ["%s元" % format(v, ","), "%s.00元" % format(v, ","), "¥%s" % format(v, ","),
                      "%.2f万元" % (v / 10000), "人民币%s元" % v, "%d元整" % v, "%s.%02d" % (
                          format(v, ","), rng.randrange(100))])


def _ref(rng):
    return pick(rng, [
        lambda r: "HT" + str(r.randrange(2019, 2026)) + digits(r, 6, "0123456789"),
        lambda r: pick(r, ["XZ", "BZ", "ZF", "DB", "JY", "LW", "QT", "ZX"]) + "-" + str(
            r.randrange(2019, 2026)) + "-" + "%05d" % r.randrange(100000),
        lambda r: str(r.randrange(2019, 2026)) + "%02d%02d" % (r.randrange(1, 13), r.randrange(1, 29))
        + digits(r, r.randrange(6, 13), "0123456789"),
        lambda r: "PCH" + str(r.randrange(2019, 2026)) + "Q%d-%03d" % (r.randrange(1, 5), r.randrange(1000)),
        lambda r: "NO." + digits(r, r.randrange(6, 10)),
        lambda r: pick(r, ["征补", "安置", "欠薪", "监察", "征信", "信托"]) + "〔" + str(r.randrange(2019, 2026))
        + "〕第" + "%04d" % r.randrange(1, 10000) + "号",
        lambda r: "（" + str(r.randrange(2019, 2026)) + "）" + pick(r, ["湘", "鄂", "川", "粤", "浙", "豫"])
        + "%04d" % r.randrange(10000) + pick(r, ["民初", "执", "行初", "民终"]) + str(r.randrange(1, 9999)) + "号",
    ])


def neg_ref(rng) -> str:
    return safe(rng, _ref(rng))


def neg_code(rng) -> str:
    return safe(rng, lambda r: pick(r, [digits(r, 6, "0123456789"), digits(r, 4, "0123456789"),
                                        "E" + digits(r, 4), "ERR_" + digits(r, 5), "%d%02d00" % (
                                            r.randrange(10, 85), r.randrange(100))]))


def neg_postcode(rng) -> str:
    return "%d%04d" % (rng.randrange(10, 86), rng.randrange(100) * 100)


def neg_merchant(rng) -> str:
    return safe(rng, lambda r: pick(r, ["898" + digits(r, 12, "0123456789"), "10" + digits(r, 13, "0123456789"),
                                        digits(r, 8), "T" + digits(r, 7)]))


def neg_boat(rng) -> str:
    return safe(rng, lambda r: pick(r, W.BOAT_PREFIX) + "%05d" % r.randrange(100000))


def neg_surname_word(rng) -> str:
    return pick(rng, W.SURNAME_WORDS)


def org_name(rng, kind="coop") -> str:
    prov, city, dist, muni = _region(rng)
    place = (dist or city).rstrip("区县市") if rng.random() < 0.5 else (dist or city)
    if kind == "coop":
        return place + pick(rng, W.VILLAGE_HEAD) + pick(rng, W.COOP_KIND)
    if kind == "fish":
        return place + pick(rng, W.CO_HEAD) + pick(rng, W.FISH_COOP)
    if kind == "builder":
        return place + pick(rng, W.CO_HEAD) + pick(rng, W.BUILDER_CO)
    if kind == "decor":
        return place + pick(rng, W.DECOR_CO) + pick(rng, ["装饰工程有限公司", "家居科技有限公司", "装饰设计有限公司"])
    if kind == "trust":
        return pick(rng, W.TRUST_HEAD) + pick(rng, W.TRUST_CO)
    if kind == "bank":
        b = pick(rng, W.BANKS)
        if b in ("农村商业银行", "农村信用合作联社", "村镇银行"):
            b = place + b
        return b + (place if rng.random() < 0.6 else "") + pick(rng, W.BRANCH_TAIL)
    return place + pick(rng, W.CO_HEAD) + pick(rng, ["商贸有限公司", "物流有限公司", "劳务派遣有限公司"])


def org_address(rng) -> str:
    a = make_address(rng, pick(rng, ["estate", "townstreet", "avenue", "rural", "alley"]))
    return a + pick(rng, ["", "", "一楼", "二楼办公室", "村委会旁", "营业厅", "综合楼"])


# ----------------------------------------------------------------------------------------------
# slots: each writes a personal value or a hard negative of its kind
def _slot(label, maker, negmaker, kind):
    def write(b):
        if b.want():
            b.val(maker(b.rng), label)
        elif kind == "address":
            b.hn(negmaker(b.rng, b.form), kind)
        else:
            b.hn(negmaker(b.rng), kind)
    return write


def slot_person(b, var=None):
    if b.want():
        s = make_name(b.rng)
        b.val(s, "PERSON")
        if var:
            b.vars[var] = ("pii", s)
    else:
        s = neg_name(b.rng, b.form)
        b.hn(s, "name")
        if var:
            b.vars[var] = ("neg", s)


def slot_again(b, var):
    kind, s = b.vars.get(var, ("neg", None))
    if s is None:
        slot_person(b, var)
    elif kind == "pii":
        b.val(s, "PERSON")
    else:
        b.hn(s, "name")


def slot_title(b, var):
    """Surname + title of a person written before: never a span."""
    kind, s = b.vars.get(var, ("neg", "王"))
    sur = s[:2] if s[:2] in W.COMPOUND_SURNAMES else s[:1]
    if sur not in W.SURNAMES and sur not in W.COMPOUND_SURNAMES:
        sur = pick(b.rng, W.SURNAMES)
    b.hn(sur + pick(b.rng, ["先生", "女士", "师傅", "阿姨", "大哥", "老师", "姐"]), "title")


SLOTS = {
    "ID": _slot("CN_ID_CARD", make_id, neg_id, "id"),
    "MOB": _slot("CN_MOBILE", make_mobile, neg_mobile, "mobile"),
    "TEL": _slot("CN_LANDLINE", make_landline, neg_landline, "landline"),
    "CARD": _slot("BANK_CARD", make_card, neg_card, "card"),
    "ADDR": _slot("ADDRESS", make_address, neg_address, "address"),
    "RADDR": _slot("ADDRESS", lambda r: make_address(r, "rural"), neg_address, "address"),
    "EADDR": _slot("ADDRESS", lambda r: make_address(r, pick(r, ["estate", "lane", "short"])), neg_address,
                   "address"),
    "EMAIL": _slot("EMAIL", make_email, neg_email, "email"),
    "IP": _slot("IP_ADDRESS", make_ip, neg_ip, "ip"),
    "PASS": _slot("CN_PASSPORT", make_passport, neg_passport, "passport"),
    "HKM": _slot("CN_HK_MACAU_PERMIT", make_permit, neg_permit, "permit"),
    "USCC": _slot("CN_USCC", make_uscc, neg_uscc, "uscc"),
    "PLATE": _slot("LICENSE_PLATE", make_plate, neg_plate, "plate"),
    # negatives only
    "DATE": lambda b: b.hn(neg_date(b.rng), "date"),
    "AMT": lambda b: b.hn(neg_amount(b.rng), "amount"),
    "REF": lambda b: b.hn(neg_ref(b.rng), "reference"),
    "CODE": lambda b: b.hn(neg_code(b.rng), "code"),
    "POST": lambda b: b.hn(neg_postcode(b.rng), "postcode"),
    "HOT": lambda b: b.hn(neg_hotline(b.rng), "hotline"),
    "MER": lambda b: b.hn(neg_merchant(b.rng), "merchant"),
    "BOAT": lambda b: b.hn(neg_boat(b.rng), "boat_no"),
    "SW": lambda b: b.hn(neg_surname_word(b.rng), "surname_word"),
    "MOU": lambda b: b.hn(pick(b.rng, W.SURNAMES) + pick(b.rng, ["某", "某某"]), "name"),
    "TITLE": lambda b: b.hn(pick(b.rng, W.SURNAMES) + pick(b.rng, W.TITLES), "title"),
    "OADDR": lambda b: b.hn(org_address(b.rng), "org_address"),
    "NADDR": lambda b: b.hn(neg_address(b.rng, False), "address"),
    "BANK": lambda b: b.hn(org_name(b.rng, "bank"), "org"),
    "COOP": lambda b: b.hn(org_name(b.rng, "coop"), "org"),
    "FISHCO": lambda b: b.hn(org_name(b.rng, "fish"), "org"),
    "BUILDER": lambda b: b.hn(org_name(b.rng, "builder"), "org"),
    "DECOR": lambda b: b.hn(org_name(b.rng, "decor"), "org"),
    "TRUST": lambda b: b.hn(org_name(b.rng, "trust"), "org"),
    "CO": lambda b: b.hn(org_name(b.rng, "co"), "org"),
    "PLATFORM": lambda b: b.hn(pick(b.rng, W.RIDER_PLATFORM), "brand"),
    "BRAND": lambda b: b.hn(pick(b.rng, W.BRANDS), "brand"),
    "DOC": lambda b: say(b, pick(b.rng, ["居民身份证，号码<ID>", "居民身份证 <ID>", "身份证<ID>",
                                         "往来港澳通行证，号码<HKM>", "港澳通行证<HKM>", "护照，号码<PASS>",
                                         "普通护照<PASS>"])),
    "HOME": lambda b: say(b, pick(b.rng, [
        "{户籍地|户籍所在地|户籍地址}为<RADDR>，{经常居住地|现居住地|实际居住地}为<ADDR>{，邮寄地址同上|，通讯地址<EADDR>|}",
        "{现住|现居住于|家住}<ADDR>{（户籍<RADDR>）|，户口在<RADDR>|}",
        "{通讯地址|联系地址|邮寄地址}：<ADDR>{，邮编<POST>|}",
        "{经常居住地|居住地址}<EADDR>，{户籍|户籍地}<RADDR>"])),
    "COUNTRY": lambda b: b.hn(pick(b.rng, W.COUNTRIES), "country"),
    "EXAM": lambda b: b.hn(pick(b.rng, W.EXAM_NAMES), "org"),
    "N": lambda b: b.add(str(b.rng.randrange(2, 60))),
    "N2": lambda b: b.add(str(b.rng.randrange(100, 999))),
    "PCT": lambda b: b.add("%d%%" % b.rng.randrange(1, 60)),
    "TIME": lambda b: b.add("%02d:%02d" % (b.rng.randrange(6, 23), b.rng.randrange(60))),
    "MASKNAME": lambda b: b.hn(pick(b.rng, W.SURNAMES) + pick(b.rng, ["*", "**", "＊＊"]), "name"),
    "VER": lambda b: b.hn("V%d.%d.%d" % (b.rng.randrange(1, 9), b.rng.randrange(20), b.rng.randrange(30)),
                          "version"),
}

_CHOICE = re.compile(r"\{([^{}]*)\}")
_TOKEN = re.compile(r"<([A-Za-z0-9_]*)(?:([:@^])([A-Za-z0-9_]+))?>")


def say(b, tpl: str, **ctx) -> None:
    """Write a template: ``{a|b}`` picks one option (innermost first); ``<ID>`` runs a slot;
    ``<P:x>`` writes a person and remembers it as x; ``<@x>`` repeats it; ``<T^x>`` surname + title."""
    while True:
        m = _CHOICE.search(tpl)
        if not m:
            break
        opts = m.group(1).split("|")
        tpl = tpl[:m.start()] + pick(b.rng, opts) + tpl[m.end():]
    pos = 0
    for m in _TOKEN.finditer(tpl):
        if m.start() > pos:
            b.add(tpl[pos:m.start()])
        name, op, var = m.group(1), m.group(2), m.group(3)
        if name == "P":
            slot_person(b, var if op == ":" else None)
        elif name == "" and op == "@":
            slot_again(b, var)
        elif name == "T" and op == "^":
            slot_title(b, var)
        elif name in ctx:
            v = ctx[name]
            if callable(v):
                v(b)
            else:
                b.add(v)
        else:
            SLOTS[name](b)
        pos = m.end()
    b.add(tpl[pos:])


def run(b, writer):
    """A field value: a slot name, a template string (containing < or {), or a callable."""
    b.form = True
    try:
        _run(b, writer)
    finally:
        b.form = False


def _run(b, writer):
    if callable(writer):
        writer(b)
    elif "<" in writer or "{" in writer:
        say(b, writer)
    elif writer == "P":
        slot_person(b)
    else:
        SLOTS[writer](b)


# layouts ------------------------------------------------------------------------------------
def fields(b, items, style=None, shuffle=0.3, optional=0.15):
    """Write (label, writer) pairs in one of several layouts; some fields dropped or reordered.
    A label starting with '!' is never dropped."""
    rng = b.rng
    items = [(l.lstrip("!"), w) for l, w in items if l.startswith("!") or rng.random() >= optional]
    if rng.random() < shuffle and len(items) > 2:
        i = rng.randrange(len(items) - 1)
        items[i], items[i + 1] = items[i + 1], items[i]
    style = style or pick(rng, ["colon", "colon", "bracket", "semi", "numbered", "prose", "ascii"])
    colon = "：" if style != "ascii" else pick(rng, [": ", ":"])
    numfmt = pick(rng, ["%d. ", "%d、", "cn"])
    for k, (label, w) in enumerate(items):
        last = k == len(items) - 1
        if style in ("colon", "ascii"):
            b.add(label + colon); run(b, w); b.add("\n")
        elif style == "bracket":
            b.add("【" + label + "】"); run(b, w); b.add("\n")
        elif style == "semi":
            b.add(label + "："); run(b, w); b.add("。\n" if last else "；")
        elif style == "numbered":
            n = k + 1
            b.add(numfmt % n if numfmt != "cn" else "（%s）" % W.CN_NUM[min(n, 12) - 1])
            b.add(label + "："); run(b, w); b.add("\n")
        else:  # prose
            b.add(label + pick(rng, ["为", "是", "："])); run(b, w); b.add("。\n" if last else "，")


def table(b, cols, nrows, style=None):
    rng = b.rng
    style = style or pick(rng, ["pipe", "pipe", "csv", "tab", "md"])
    sep = {"pipe": " | ", "csv": ",", "tab": "\t", "md": " | "}[style]
    heads = [h for h, _ in cols]
    if style == "md":
        b.add("| " + sep.join(heads) + " |\n|" + "|".join("---" for _ in heads) + "|\n")
    else:
        b.add(sep.join(heads) + "\n")
    for r in range(nrows):
        if style == "md":
            b.add("| ")
        for k, (_, w) in enumerate(cols):
            if k:
                b.add(sep)
            if w == "#":
                b.add(str(r + 1))
            else:
                run(b, w)
        b.add(" |\n" if style == "md" else "\n")


def chat(b, lines):
    """lines: list of (speaker, template)."""
    rng = b.rng
    style = pick(rng, ["time", "plain", "bracket"])
    h, mi = rng.randrange(8, 21), rng.randrange(60)
    for who, tpl in lines:
        mi += rng.randrange(1, 4)
        if style == "time":
            b.add("%02d:%02d %s：" % (h + mi // 60, mi % 60, who))
        elif style == "bracket":
            b.add("【%s %02d:%02d】" % (who, h + mi // 60, mi % 60))
        else:
            b.add(who + "：")
        say(b, tpl)
        b.add("\n")


def filler(b):
    """Running prose with surname-first words, hotlines, dates and other look-alikes."""
    say(b, pick(b.rng, [
        "{温馨提示|特别提示|提示}：{如有疑问|万一有疑问|有任何问题}，请拨打客服热线<HOT>，{白天|工作日白天|周末}均可{咨询|受理}。",
        "{本通知|本表|本清单}自<DATE>起{生效|施行|公示}，{马上|尽快}{核对|确认}，逾期视为无异议。",
        "为保障资金安全，{请勿|切勿}向他人透露验证码<CODE>以外的任何信息，{金融|银行}工作人员不会索要密码。",
        "{高峰期|月末高峰期|春节前后}办理人数较多，建议{错峰|提前预约}，{方便|便于}您节省时间。",
        "经办人：<TITLE>；复核人：<MOU>；办理渠道：<BANK>。",
        "{常年|长期}合作单位<CO>，{办公地址|注册地址|住所}：<OADDR>。",
        "邮政编码<POST>，{批次号|业务编号|文书编号}<REF>。",
        "{系统版本|客户端版本}<VER>，{错误码|返回码}<CODE>，{请稍后重试|已自动重试}。",
        "{于是|随后}{双方|各方}{商量|协商}后确认按<PCT>比例执行，{何时|具体何时}到账以银行通知为准。",
        "附：{简单|简要}说明一份，{文件|材料}共<N>页，{宋体|仿宋}打印。",
    ]))
    b.add("\n" if b.rng.random() < 0.7 else "")


# ==============================================================================================
# genres
def g_farmer_coop(b):
    rng = b.rng
    kind = pick(rng, ["roster", "dividend", "guarantee", "meeting"])
    if kind == "roster":
        say(b, "<COOP>{社员名册|成员名册|入社社员登记表}\n{登记日期|填报日期}：<DATE>  {住所|办公地址}：<OADDR>\n")
        table(b, pick(rng, [
            [("序号", "#"), ("姓名", "P"), ("身份证号码", "ID"), ("联系电话", "MOB"), ("家庭住址", "RADDR"),
             ("出资额", "AMT")],
            [("社员", "P"), ("证件号", "ID"), ("入股土地(亩)", "N"), ("手机", "MOB"), ("分红账户", "CARD")],
            [("序号", "#"), ("户主", "P"), ("住址", "RADDR"), ("股金", "AMT"), ("备注", "{新入社|续期|退社|—}")],
        ]), rng.randrange(2, 6))
        if rng.random() < 0.6:
            say(b, "{理事长|法定代表人}：<P>，{联系电话|电话}{<MOB>|<TEL>}，<HOME>。合作社{统一社会信用代码|信用代码}：<USCC>。\n")
        if rng.random() < 0.4:
            say(b, "{本季统一采购|统一供应}<BRAND>{化肥|农资}，{田间|林业}{管理|技术}培训安排在{周末|农闲}，{万一|如遇}{雷雨|高温}顺延。\n")
    elif kind == "dividend":
        say(b, "{关于|}<COOP><DATE>{年度盈余分配|入股分红}{清单|明细}\n")
        say(b, "经{社员代表大会|理事会}{审议|表决}通过，按{交易量|入股份额}返还<PCT>，{分红|返利}款{统一|}通过<BANK>代发。\n")
        for _ in range(rng.randrange(2, 5)):
            fields(b, [("!社员", "P"), ("身份证", "ID"), ("住址", "RADDR"), ("入股金额", "AMT"), ("分红金额", "AMT"),
                       ("收款卡号", "CARD"), ("开户行", "BANK")], style=pick(rng, ["semi", "ascii", "semi"]))
        filler(b)
    elif kind == "guarantee":
        say(b, "{合作社贷款担保函|社员联保贷款担保承诺书|担保人情况表}\n")
        say(b, "借款人<P:a>（{身份证号|公民身份号码}<ID>）系<COOP>社员，{家住|现住|户籍所在地为}<RADDR>，"
               "因{扩大种植规模|购置农机|修建冷库|采购化肥种子}向<BANK>申请贷款<AMT>，期限<N>个月。\n")
        say(b, "{担保人|保证人}<P:g>，{联系电话|手机}<MOB>，{住址|居住地}<ADDR>，自愿为<@a>提供连带责任保证。\n")
        if rng.random() < 0.7:
            say(b, "抵押物：{住房|农房|商铺}一处，房屋坐落<ADDR>，{建筑面积|面积}<N2>平方米。\n")
        say(b, "{合同编号|借款合同号}：<REF>；{贷款经办|客户经理}：<TITLE>。\n")
    else:
        say(b, "<COOP>{社员大会|理事会}{会议纪要|签到表}\n时间：<DATE> 地点：<OADDR>\n")
        say(b, "{出席|到会}社员<N>人，{主持人|会议主持}<P>。{会上|会议}讨论了{周末|农忙前}{统一收购|病虫害防治|林业补贴申报}事宜，"
               "{于是|最后}决定{马上|尽快}{组织|安排}{采购|培训}。\n")
        for i in range(rng.randrange(2, 5)):
            say(b, "%d、<P>{（|，}{电话|手机}<MOB>{）|}{签到|已签}\n" % (i + 1))
        filler(b)


def g_fishing_boat(b):
    rng = b.rng
    kind = pick(rng, ["register", "loan", "fuel", "crew"])
    if kind == "register":
        say(b, "{渔船登记信息|渔业船舶登记表|渔船所有权登记}\n")
        fields(b, [("!船名号", "BOAT"), ("船籍港", "{舟山|宁德|荣成|湛江|北海|大连}港"), ("船舶所有人", "P"),
                   ("所有人身份证", "ID"), ("联系方式", "{<MOB>|<TEL>|<MOB>，<TEL>}"), ("通讯地址", "ADDR"), ("户籍地址", "RADDR"), ("主机功率", "<N2>千瓦"),
                   ("所属合作社", "FISHCO"), ("登记日期", "DATE")])
    elif kind == "loan":
        say(b, "{渔民贷款申请|渔船抵押贷款调查报告|渔民小额信用贷款审批表}\n")
        say(b, "{申请人|借款人}<P:a>，{男|女}，{身份证号码|证件号}<ID>，{户籍地址|户籍地}<RADDR>，{经常居住地|现居住地}<ADDR>，"
               "{从事|常年从事}{近海捕捞|远洋捕捞|海水养殖}{多年|<N>年}，名下渔船<BOAT>。\n")
        say(b, "{本次|拟}申请贷款<AMT>，用于{更换主机|购置网具|渔船维修|伏季休渔期间周转}，以渔船<BOAT>{抵押|作抵押}，"
               "{还款账户|放款账户}<CARD>。{联系电话|手机}<MOB>{，备用电话<TEL>|}。\n")
        say(b, "调查人：<TITLE>  {调查日期|日期}：<DATE>\n")
        filler(b)
    elif kind == "fuel":
        say(b, "{<DATE>|本年度}{渔业油价补贴|燃油补贴}{发放明细|发放公示}（<FISHCO>）\n")
        table(b, pick(rng, [
            [("船名号", "BOAT"), ("船主", "P"), ("身份证号", "ID"), ("补贴金额", "AMT"), ("打卡账号", "CARD")],
            [("序号", "#"), ("船东", "P"), ("船号", "BOAT"), ("金额", "AMT"), ("联系电话", "MOB")],
        ]), rng.randrange(2, 6))
        say(b, "公示期<N>天，{如有异议|对名单有异议的}请{致电|拨打}<HOT>{或到<OADDR>反映|}。\n")
    else:
        say(b, "<BOAT>{船员名单|出海船员登记|船员花名册}（{出港|报备}日期<DATE>）\n")
        for i in range(rng.randrange(2, 6)):
            say(b, "%d. <P>，{职务|岗位}：{船长|轮机长|大副|船员|厨工}，{身份证|证件}<ID>，{手机|联系电话}<MOB>{，家庭住址<ADDR>|}\n" % (i + 1))
        if rng.random() < 0.5:
            say(b, "外籍/港澳船员：<P>，{往来港澳通行证|港澳通行证}<HKM>；{护照号|护照}<PASS>。\n")
        say(b, "{紧急联系人|岸上联系人}<P>，{电话|手机}<MOB>。\n")


def g_demolition_comp(b):
    rng = b.rng
    kind = pick(rng, ["agreement", "resettle", "payout"])
    if kind == "agreement":
        say(b, "{国有土地上房屋征收补偿协议|集体土地征收补偿安置协议|房屋拆迁补偿协议书}\n编号：<REF>\n")
        say(b, "征收{部门|实施单位}（甲方）：{<CO>|区房屋征收事务所}，地址：<OADDR>\n")
        say(b, "被征收人（乙方）：<P:a>，身份证号<ID>，{联系电话|电话}<MOB>{，固话<TEL>|}，{送达地址|通讯地址}<ADDR>\n")
        if rng.random() < 0.5:
            say(b, "{共有人|房屋共有权人}：<P>，{证件|身份证}<ID>，<HOME>。\n")
        say(b, "{乙方房屋坐落于|被征收房屋坐落|被征收房屋位于}<ADDR>，{建筑面积|合法面积}<N2>平方米，{证载用途住宅|用途为住宅}。"
               "{经评估|根据评估报告}，房屋价值补偿<AMT>，搬迁费<AMT>，临时安置费按月<AMT>计发。\n")
        say(b, "补偿款{支付至|转入}乙方{指定账户|名下账户}<CARD>（<BANK>）。{乙方签字|被征收人签字}：<@a>  日期：<DATE>\n")
    elif kind == "resettle":
        say(b, "{安置房分配结果公示|安置房选房结果|回迁安置房分配名单}\n"
               "{根据|依据}《{征收安置方案|房屋征收补偿方案}》，现将<DATE>选房结果{公示如下|予以公示}：\n")
        table(b, pick(rng, [
            [("序号", "#"), ("被安置人", "P"), ("原房屋坐落", "ADDR"), ("安置房号", "{<N>栋<N2>室|<N>-<N>-<N2>}"),
             ("面积", "<N2>㎡")],
            [("户主", "P"), ("身份证号", "ID"), ("安置人口", "N"), ("分配房源", "EADDR")],
            [("选房顺序号", "#"), ("姓名", "P"), ("联系电话", "MOB"), ("安置地址", "EADDR")],
        ]), rng.randrange(2, 6))
        say(b, "公示期间{如有异议|对结果有异议}，请{向|到}{征收指挥部|街道办}{反映|提出}，{地址|办公地点}<OADDR>，电话<HOT>。\n")
    else:
        say(b, "{补偿款发放明细|征收补偿款支付清单|拆迁补偿资金拨付表}（{批次|拨付批次}<REF>）\n")
        for _ in range(rng.randrange(2, 5)):
            fields(b, [("!被征收人", "P"), ("证件号码", "ID"), ("房屋坐落", "ADDR"), ("补偿总额", "AMT"),
                       ("收款账号", "CARD"), ("联系电话", "MOB")], style=pick(rng, ["semi", "bracket", "colon"]))
        say(b, "{经办|审核}：<TITLE>，{复核|审批}：<MOU>。\n")
        filler(b)


def g_wage_arrears(b):
    rng = b.rng
    kind = pick(rng, ["account", "complaint", "roster", "chat"])
    if kind == "account":
        say(b, "{农民工工资专用账户开户申请|工资专户备案表|农民工工资专用账户信息}\n")
        fields(b, [("!施工总承包单位", "BUILDER"), ("统一社会信用代码", "USCC"), ("项目名称", "{<CO>厂房|安置小区<N>期|市政道路改造}工程"),
                   ("项目地址", "OADDR"), ("开户银行", "BANK"), ("劳资专管员", "P"), ("专管员手机", "MOB"),
                   ("办公电话", "TEL"), ("备案日期", "DATE")])
        filler(b)
    elif kind == "complaint":
        say(b, "{欠薪投诉登记表|拖欠工资投诉受理单|劳动保障监察投诉登记}\n{受理编号|登记号}：<REF>\n")
        say(b, "投诉人<P:a>，{身份证|身份证号}<ID>，{手机|电话}<MOB>，{现住|暂住|居住于}<ADDR>，{户籍|老家}<RADDR>。"
               "{反映|投诉}<BUILDER>{拖欠|欠付}其<DATE>至今工资<AMT>，{涉及|同班组}工友<N>人。\n")
        if rng.random() < 0.6:
            say(b, "{包工头|班组长}<P>，电话<MOB>，{已失联|拒不支付|称马上结清}。{施工单位|用人单位}信用代码<USCC>。\n")
        if rng.random() < 0.5:
            say(b, "{投诉人称|据反映}{工地|项目部}{位于|在}<OADDR>，{于是|随后}{多次|连续}到{项目部|公司}讨要未果，{马上|临近}{春节|农忙}{急需|需要}用钱。\n")
        say(b, "{处理结果|处理意见}：{已督促|责令}{施工单位|总包单位}{于|在}<DATE>前{足额支付|通过专户代发}。{承办人|受理人}：<TITLE>。\n")
    elif kind == "roster":
        say(b, "<BUILDER>{工资代发花名册|农民工工资发放表}（<DATE>）\n")
        table(b, pick(rng, [
            [("序号", "#"), ("姓名", "P"), ("身份证号", "ID"), ("工种", "{木工|钢筋工|泥瓦工|电焊工|杂工}"),
             ("出勤天数", "N"), ("应发工资", "AMT"), ("银行卡号", "CARD")],
            [("序号", "#"), ("姓名", "P"), ("身份证", "ID"), ("户籍地址", "RADDR"), ("手机", "MOB")],
            [("姓名", "P"), ("工资卡号", "CARD"), ("实发", "AMT"), ("手机号", "MOB")],
        ]), rng.randrange(2, 7))
        say(b, "{代发银行|开户行}：<BANK>；代发批次：<REF>；{制表|劳资员}：<TITLE>\n")
    else:
        chat(b, [("工友", "{老板|王总|包工头}，{上个月|去年}的工钱{什么时候|何时}发？{已经|都}拖了<N>个月了"),
                 ("劳资员", "{马上|这周末前}发，{麻烦|请}把{身份证号和卡号|卡号}发我一下"),
                 ("工友", "<P>，身份证<ID>，卡号<CARD>"),
                 ("劳资员", "收到，{已登记|登记好了}，{电话|手机}还是<MOB>吧？"),
                 ("工友", "{对|是的}，{家里地址|寄材料地址}是<ADDR>"),
                 ("劳资员", "{好的|行}，{安全|方便}起见别在群里发卡号，{下次|以后}私聊")])


def g_credit_objection(b):
    rng = b.rng
    kind = pick(rng, ["apply", "reply", "report", "online"])
    if kind == "apply":
        say(b, "{个人征信异议申请表|征信异议申请书|信用报告异议申请}\n")
        fields(b, [("!异议申请人", "P"), ("证件", "DOC"),
                   ("联系电话", "MOB"), ("固定电话", "TEL"), ("通讯地址", "ADDR"), ("电子邮箱", "EMAIL"),
                   ("异议事项", "{<BANK>贷款逾期记录|信用卡<DATE>逾期<N>期|非本人办理的贷款|担保信息有误}"),
                   ("受理编号", "REF")])
        say(b, "{本人|申请人}<HOME>。\n")
        say(b, "本人{声明|承诺}所填信息真实{，提交渠道为手机银行，提交IP{：| |: }<IP>|}。{申请人签名|签名}：<P>  <DATE>\n")
    elif kind == "reply":
        say(b, "{异议核查回复函|关于征信异议的核查结果|异议处理回复}\n")
        say(b, "{<P:a>|尊敬的客户}：\n{您|你}于<DATE>{提交|通过<BANK>提交}的征信异议申请（编号<REF>）已{核查完毕|受理并核实}。"
               "经{查|核查}，{您|你}名下{尾号|卡号}<CARD>的信用卡{在|于}<DATE>{确有|存在}逾期<N>天，{系|属}{还款日周末顺延|系统批量扣款失败|非本人原因}，"
               "{我行|本行}{已报送更正|维持原报送}。\n")
        say(b, "{经核实|经查}，{您|你}{登记的|预留的}{单位电话|固定电话}为<TEL>，{系统登录IP|申请时IP}为<IP>。\n")
        say(b, "{回复|本函}将{邮寄|寄送}至{您|你}{登记的|申请时填写的}地址<ADDR>，{收件电话|联系电话}<MOB>。{如有疑问|如仍有异议}，可拨打<HOT>或{向|到}<BANK>{咨询|申请复核}。\n")
    elif kind == "report":
        say(b, "{个人信用报告解读|征信报告解读记录|信用报告查询说明}\n")
        say(b, "{报告编号|查询编号}：<REF>  {查询时间|报告时间}：<DATE>\n"
               "{被查询者姓名|姓名}：<P>  {证件号码|身份证}：<ID>\n"
               "{一、|1.}{个人基本信息|身份信息}：{手机号码|手机}<MOB>，{居住地址|居住信息}<ADDR>，{工作单位|单位}<CO>，{单位地址|单位地址为}<OADDR>。\n"
               "{二、|2.}{信贷记录|信贷交易}：{贷记卡|信用卡}<N>张，{其中|}账户<CARD>{近<N>个月|}{无逾期|有<N>次逾期}；{住房贷款|房贷}<N>笔，{抵押房产坐落|房屋坐落}<ADDR>。\n"
               "{三、|3.}{查询记录|近两年查询}：<N>次，{多为|其中}{贷后管理|信用卡审批}。\n")
        filler(b)
    else:
        chat(b, [("客户", "{你好|您好}，我{征信上|报告里}有一笔{不是我办的|莫名其妙的}贷款，{怎么|如何}申请异议？"),
                 ("客服", "{您好|你好}，请提供{姓名和证件号|姓名、身份证号}，我{先|帮您}{核实|查询}一下"),
                 ("客户", "<P>，<ID>，手机<MOB>"),
                 ("客服", "{已为您登记|已提交异议}，{受理号|编号}<REF>，{结果|回复}会在<N>个工作日内{短信|邮件}通知"),
                 ("客户", "{发邮箱吧|邮箱是}<EMAIL>，{登录IP|我这边的IP}{：| }<IP>{，之前从没在外地登录过|}"),
                 ("客服", "{好的|收到}，{请勿|切勿}泄露验证码<CODE>，{祝您周末愉快|感谢来电}")])


def g_grid_ledger(b):
    rng = b.rng
    kind = pick(rng, ["visit", "elderly", "rental"])
    if kind == "visit":
        say(b, "{网格员走访台账|入户走访记录|网格日常巡查记录}（{第<N>网格|<N>号网格}）\n{走访日期|日期}：<DATE>  网格员：<TITLE>\n")
        for i in range(rng.randrange(2, 5)):
            say(b, "{%d、|%d. |（%d）}{走访|入户}<ADDR>，{户主|住户}<P:h%d>{（电话<MOB>）|，电话<MOB>|}，"
                   "{反映|提出}{楼道照明不足|夏季用电安全|周末噪音扰民|燃气安全隐患|医保缴费不方便}，"
                   "{已告知|已转}{社区|物业}{处理|跟进}。\n" % ((i + 1,) * 3 + (i,)))
        filler(b)
    elif kind == "elderly":
        say(b, "{独居老人登记表|空巢独居老人信息卡|高龄独居老人关爱台账}\n")
        fields(b, [("!姓名", "P"), ("身份证号", "ID"), ("居住地址", "EADDR"), ("户籍地址", "RADDR"),
                   ("本人电话", "{<MOB>|<TEL>}"), ("子女联系人", "P"), ("子女电话", "MOB"),
                   ("健康状况", "{良好|高血压|行动不便|需定期探访}"), ("登记日期", "DATE")])
        say(b, "{子女|联系人}{住址|现住}<ADDR>，{工作日白天|周末}{可联系|方便接电话}。\n")
        say(b, "{备注|说明}：{白天|每周}{由|安排}<TITLE>{上门|电话}探访{一次|两次}，{紧急情况|万一有情况}拨打<HOT>。\n")
    else:
        say(b, "{出租屋流动人口信息登记|出租房屋及承租人登记表|流动人口居住登记}\n")
        say(b, "{房屋地址|出租房屋坐落|出租屋地址}：<EADDR>\n{房东|出租人}：<P>，{电话|手机}<MOB>，{身份证|证件号}<ID>\n")
        table(b, pick(rng, [
            [("承租人", "P"), ("身份证号", "ID"), ("户籍地", "RADDR"), ("手机", "MOB"), ("入住日期", "DATE")],
            [("序号", "#"), ("姓名", "P"), ("证件", "DOC"), ("原居住地", "ADDR"), ("联系电话", "{<MOB>|<TEL>}")],
            [("姓名", "P"), ("证件", "DOC"), ("工作单位", "CO"), ("车牌", "PLATE")],
        ]), rng.randrange(1, 5))
        say(b, "{登记人|网格员}：<TITLE>；{派出所|警务室}{地址|办公地址}：<OADDR>\n")


def g_family_trust(b):
    rng = b.rng
    kind = pick(rng, ["beneficiary", "instruction", "kyc"])
    if kind == "beneficiary":
        say(b, "<TRUST>{家族信托受益人名册|受益人信息表}（{信托编号|合同编号}<REF>）\n")
        table(b, pick(rng, [
            [("序号", "#"), ("受益人", "P"), ("与委托人关系", "{配偶|长子|次女|孙子|女儿|父亲}"), ("证件", "DOC"),
             ("分配比例", "PCT"), ("收款账户", "CARD")],
            [("受益人姓名", "P"), ("联系电话", "MOB"), ("邮箱", "EMAIL"), ("通讯地址", "EADDR")],
        ]), rng.randrange(2, 5))
        say(b, "{委托人|信托委托人}：<P>；{保护人|信托保护人}：<P>，{电话|联系电话}{<TEL>|<MOB>}；{托管银行|保管银行}：<BANK>。\n")
        if rng.random() < 0.5:
            say(b, "{信托财产|置入财产}{包括|含}{住宅|别墅|商铺}一套，{坐落|房屋坐落}<EADDR>，{评估价值|价值}<AMT>。\n")
    elif kind == "instruction":
        say(b, "{信托财产分配指令|信托利益分配指令书|临时分配申请}\n致<TRUST>：\n")
        say(b, "{根据|依据}《家族信托合同》（编号<REF>）第<N>条约定，{委托人|本人}<P:a>{指示|特此指令}受托人于<DATE>向受益人<P:b>"
               "{分配|支付}信托利益<AMT>，{用途|用于}{子女海外留学|医疗费用|婚嫁|购房首付}。\n")
        say(b, "{收款账户|受益人账户}：<CARD>，{开户行|开户银行}：<BANK>。{受益人|其}{在|于}<COUNTRY>{就读|居住}，"
               "{护照号码|护照}<PASS>，{境外地址|{联系|}邮箱}{<EMAIL>|<NADDR>}。\n")
        say(b, "委托人签字：<@a>  {联系电话|电话}<MOB>  日期：<DATE>\n")
    else:
        say(b, "{委托人尽职调查报告|家族信托委托人尽调表|客户尽职调查（KYC）记录}\n")
        fields(b, [("!委托人姓名", "P"), ("证件号码", "ID"), ("港澳通行证", "HKM"), ("护照", "PASS"),
                   ("常住地址", "EADDR"), ("户籍地址", "ADDR"), ("手机", "MOB"), ("住宅电话", "TEL"), ("邮箱", "EMAIL"),
                   ("境外居住地", "<COUNTRY>"), ("登录IP", "IP"),
                   ("资金来源", "{企业经营所得|股权转让|房产出售|继承}"), ("名下企业", "CO"), ("企业信用代码", "USCC"),
                   ("名下车辆", "PLATE")], optional=0.2)
        say(b, "{调查结论|尽调意见}：{资金来源清晰|未发现异常}，{调查人|客户经理}<TITLE>，{复核|合规复核}<MOU>。\n")
        filler(b)


def g_rider_onboard(b):
    rng = b.rng
    kind = pick(rng, ["onboard", "schedule", "claim", "chat"])
    if kind == "onboard":
        say(b, "<PLATFORM>{骑手入职登记表|配送员入职信息|众包骑手注册信息}\n")
        fields(b, [("!姓名", "P"), ("身份证号", "ID"), ("手机号", "MOB"), ("紧急联系人", "P"), ("紧急联系电话", "MOB"),
                   ("现居住地址", "ADDR"), ("电动车/摩托车号牌", "PLATE"), ("工资卡", "CARD"), ("所属站点", "{<CO>|城东站|高新站}"),
                   ("注册设备IP", "IP"), ("App版本", "VER")])
        filler(b)
    elif kind == "schedule":
        say(b, "{配送站点排班表|站点排班|骑手排班}（<DATE>）\n站点地址：<OADDR>  站长：<TITLE>\n")
        table(b, pick(rng, [
            [("工号", "{Q<N2><N>|R<N2>}"), ("骑手", "P"), ("班次", "{早班|午高峰|晚高峰|夜班}"), ("手机", "MOB")],
            [("骑手", "P"), ("时段", "<TIME>-<TIME>"), ("车辆", "PLATE"), ("备注", "{高峰期支援|周末加班|请假|—}")],
        ]), rng.randrange(2, 7))
        say(b, "{午高峰|高峰期}{单量大|爆单}，{请|各位}{注意安全|马上到岗}，{雨天|雷雨天}{路况|车辆}{差|湿滑}{慢行|}。\n")
    elif kind == "claim":
        say(b, "{骑手意外险理赔申请|配送员意外伤害理赔报案|雇主责任险理赔材料}\n{报案号|理赔编号}：<REF>\n")
        say(b, "{出险人|被保险人}<P:a>，身份证号<ID>，{于|在}<DATE>{配送途中|送餐时}{在|于}<NADDR>{与|被}{电动车|小轿车<PLATE>}{发生碰撞|剐蹭}，"
               "{左腿骨折|手臂擦伤|住院<N>天}。{伤者|出险人}{现住|居住于}<ADDR>，{联系电话|手机}<MOB>。\n")
        say(b, "{家属|紧急联系人}<P>，{电话|手机}<MOB>，{户籍|老家}<RADDR>。\n")
        say(b, "{理赔款|赔款}{请|申请}{打入|支付至}{本人|出险人}{银行卡|账户}<CARD>。{站长|经办人}<TITLE>{确认|核实}{情况属实|属于工作时间}。\n")
    else:
        chat(b, [("站长", "{新来的|新骑手}把{资料|入职信息}发一下"),
                 ("骑手", "<P>，{身份证|证件}<ID>"),
                 ("骑手", "手机<MOB>，{车牌|电动车牌}<PLATE>"),
                 ("站长", "{住哪|住哪儿}？{排班|派单}要按{距离|片区}"),
                 ("骑手", "{住|在}<ADDR>"),
                 ("站长", "{好|行}，{明天|周末}{午高峰|早班}，{安全|方便}第一，{别|不要}逆行"),
                 ("骑手", "{App登不上|账号登录异常}，{提示|显示}{异地登录|IP}{：| }<IP>，{错误码|代码}<CODE>")])


def g_exam_registration(b):
    rng = b.rng
    kind = pick(rng, ["signup", "ticket", "refund"])
    if kind == "signup":
        say(b, "{<DATE>|本年度}<EXAM>{报名信息确认单|网上报名表|报名缴费记录}\n")
        fields(b, [("!报考人", "P"), ("证件", "DOC"), ("手机号码", "MOB"), ("固定电话", "TEL"), ("电子邮箱", "EMAIL"),
                   ("通讯地址", "ADDR"), ("报考科目", "{经济法基础|初级会计实务|专业实务|个人理财|风险管理}"),
                   ("缴费金额", "AMT"), ("支付流水号", "REF"), ("报名IP", "IP")])
        filler(b)
    elif kind == "ticket":
        say(b, "{准考证信息核对|准考证打印信息|考生信息核对单}\n")
        say(b, "{考生|姓名}<P:a>，{准考证号|准考证}<REF>，{证件号|身份证号}<ID>，{考点|考场地址}<OADDR>，"
               "{考试时间|科目时间}<DATE>，第<N>考场第<N>座。\n")
        say(b, "{请核对|如信息有误}，{如|}{姓名|证件号}{有误|不一致}{请|须}{于|在}<DATE>前{联系|致电}<HOT>{更正|}。"
               "{考生|<@a>}{确认签名|签字确认}：<@a>\n")
    else:
        say(b, "{考试退费申请|报名费退费申请表|重复缴费退款申请}\n")
        fields(b, [("!申请人", "P"), ("身份证号", "ID"), ("联系电话", "MOB"), ("考试名称", "EXAM"),
                   ("退费原因", "{重复缴费|疫情原因缺考|报名信息有误|考试取消}"), ("原支付订单号", "REF"),
                   ("退款金额", "AMT"), ("退款账户", "CARD"), ("开户行", "BANK"), ("邮寄地址", "ADDR")])
        say(b, "{申请提交IP|提交终端IP}{：| }<IP>，{申请人|本人}<HOME>。\n")
        say(b, "{受理|审核}：<TITLE>，{预计|约}<N>个工作日{原路退回|退至上述账户}。\n")


def g_decoration_loan(b):
    rng = b.rng
    kind = pick(rng, ["apply", "contract", "disburse"])
    if kind == "apply":
        say(b, "{家装分期申请表|装修贷款申请|家居装修分期业务申请书}\n")
        fields(b, [("!申请人", "P"), ("身份证号", "ID"), ("手机", "MOB"), ("单位电话", "TEL"), ("电子邮箱", "EMAIL"),
                   ("装修房屋坐落", "EADDR"), ("现居住地址", "ADDR"), ("申请金额", "AMT"), ("分期期数", "{12|24|36|60}期"),
                   ("装修公司", "DECOR"), ("还款卡号", "CARD"), ("名下车辆", "PLATE"), ("申请IP", "IP")])
        say(b, "{共同借款人|配偶}<P>，{身份证|证件号}<ID>，{电话|手机}<MOB>，<HOME>。\n")
        say(b, "{主材|选购主材}：<BRAND>、<BRAND>，{施工|工期}{避开|不含}{周末|高峰期}，{安全|成本}由乙方{负责|承担}。\n")
        filler(b)
    elif kind == "contract":
        say(b, "{家庭居室装饰装修工程施工合同|装修工程承包合同}\n合同编号：<REF>\n")
        say(b, "{发包人|甲方}：<P:a>，{联系电话|电话}<MOB>，{身份证号|证件号码}<ID>\n"
               "{承包人|乙方}：<DECOR>，统一社会信用代码<USCC>，{地址|住所}<OADDR>，{服务热线|客服电话}<HOT>\n")
        say(b, "{一、|第一条}{工程地点|施工地址}：<EADDR>；{工程内容|承包方式}：{全包|半包|清包}，{工程总价|合同价款}<AMT>。\n"
               "{二、|第二条}{工期|施工期限}：自<DATE>起<N>天。{甲方|发包人}{通过|申请}<BANK>{家装分期|装修贷}{支付|付款}，"
               "{贷款|分期款}{直接|由银行}{受托支付至|划入}乙方账户。\n")
        say(b, "{甲方签字|发包人（签字）}：<@a>   {乙方代表|项目经理}：<P>\n")
    else:
        say(b, "{放款通知书|受托支付放款明细|装修贷款放款至商户账户确认单}\n")
        say(b, "{借款人|客户}<P:a>（{身份证|证件号}<ID>）{申请的|}装修贷款<AMT>{已于|于}<DATE>{发放|受托支付}，"
               "{收款商户|收款方}<DECOR>，{商户号|收款商户编号}<MER>，{终端号|}<MER>。\n")
        say(b, "{抵押房产|装修房屋}{坐落|地址}：<EADDR>；{还款账户|扣款卡号}<CARD>，{每月|首期}还款日<DATE>。"
               "{短信通知|通知}已发送至<MOB>，{如有疑问|万一有疑问}请联系{客户经理|}<TITLE>或拨打<HOT>。\n")


GENRES = {
    "farmer_coop": g_farmer_coop,
    "fishing_boat": g_fishing_boat,
    "demolition_comp": g_demolition_comp,
    "wage_arrears": g_wage_arrears,
    "credit_objection": g_credit_objection,
    "grid_ledger": g_grid_ledger,
    "family_trust": g_family_trust,
    "rider_onboard": g_rider_onboard,
    "exam_registration": g_exam_registration,
    "decoration_loan": g_decoration_loan,
}
