"""Builder, value makers, hard-negative makers and one template per genre (blind14).

The Builder appends text piece by piece and records a PII span's offsets at the moment the
value is written (never by searching the finished text).  Every slot writes either a personal
value (in records that carry PII) or a hard negative (always in PII-free records), so the wording
around a value is the same in both kinds of record.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

from cnpii.identifiers import (
    bank_card,
    hk_macau_permit,
    landline_phone,
    license_plate,
    mobile_phone,
    passport,
    resident_id,
    uscc,
)

import words as W

# ---------------------------------------------------------------------------------------------
# validators (identifier modules' is_valid, plus small checks for e-mail and IP)

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?=(?<![0-9])((?:[0-9]{1,3}\.){3}[0-9]{1,3})(?![0-9]))")


def email_ok(s: str) -> bool:
    return EMAIL_RE.fullmatch(s) is not None


def ip_ok(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def person_ok(s: str) -> bool:
    return re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}", s) is not None


def address_ok(s: str) -> bool:
    return len(s) >= 6 and re.search(r"[0-9０-９一二三四五六七八九十]", s) is not None and "*" not in s


VALIDATORS = {
    "CN_ID_CARD": resident_id.is_valid,
    "CN_MOBILE": mobile_phone.is_valid,
    "CN_LANDLINE": landline_phone.is_valid,
    "BANK_CARD": bank_card.is_valid,
    "CN_PASSPORT": passport.is_valid,
    "CN_HK_MACAU_PERMIT": hk_macau_permit.is_valid,
    "CN_USCC": uscc.is_valid,
    "LICENSE_PLATE": license_plate.is_valid,
    "EMAIL": email_ok,
    "IP_ADDRESS": ip_ok,
    "PERSON": person_ok,
    "ADDRESS": address_ok,
}
# the identifier validators applied to every unlabelled substring
SCAN = [(k, VALIDATORS[k]) for k in (
    "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "BANK_CARD", "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_USCC")]

ALNUM = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
RUN_RE = re.compile(rf"[{ALNUM}]+(?:[ \-－·.．_/]+[{ALNUM}]+)*")
ALNUM_RE = re.compile(rf"[{ALNUM}]")
PLATE_LEADS = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使")


def unlabelled_hits(text: str, spans=()) -> list[tuple[int, int, str]]:
    """Substrings outside every span that an identifier validator accepts (strict scan).

    Every substring of an alphanumeric run (runs may hold spaces, dashes, dots and slashes) that
    starts and ends on a letter or digit and holds 9 to 22 of them is tried against every
    identifier validator; plates are tried from every province character; e-mail addresses and
    IPv4 addresses by pattern.
    """
    cover = [0] * (len(text) + 1)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            cover[i] = 1
    pre = [0]
    for c in cover[:-1]:
        pre.append(pre[-1] + c)

    def free(a, b):
        return pre[b] - pre[a] == 0

    out = []
    for m in RUN_RE.finditer(text):
        pos = [m.start() + k.start() for k in ALNUM_RE.finditer(m.group())]
        if len(pos) < 9:
            continue
        for i in range(len(pos)):
            for j in range(i + 8, min(len(pos), i + 22)):
                a, b = pos[i], pos[j] + 1
                if not free(a, b):
                    continue
                sub = text[a:b]
                for label, fn in SCAN:
                    if fn(sub):
                        out.append((a, b, label))
    for i, ch in enumerate(text):
        if ch in PLATE_LEADS:
            for L in range(6, 12):
                if i + L <= len(text) and free(i, i + L) and license_plate.is_valid(text[i:i + L]):
                    out.append((i, i + L, "LICENSE_PLATE"))
    for m in EMAIL_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), "EMAIL"))
    for m in IP4_RE.finditer(text):
        a, b = m.start(1), m.end(1)
        if free(a, b) and ip_ok(m.group(1)):
            out.append((a, b, "IP_ADDRESS"))
    return out


def clean(rng, make, tries=200):
    """Draw from make(rng) until the string passes no validator anywhere inside it."""
    for _ in range(tries):
        s = make(rng)
        if not unlabelled_hits(s):
            return s
    raise RuntimeError("could not draw a clean hard negative")


# ---------------------------------------------------------------------------------------------
# small helpers

FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def digits(rng, n, lead="123456789"):
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def cd(rng, n, lead="123456789"):
    """n random digits drawn one by one so that no digit run inside passes a validator."""
    s = rng.choice(lead)
    while len(s) < n:
        cands = list("0123456789")
        rng.shuffle(cands)
        for c in cands:
            t = s + c
            if not any(fn(t[-k:]) for k in range(9, min(len(t), 22) + 1) for _, fn in SCAN):
                s = t
                break
        else:  # dead end (practically never): start again
            s = rng.choice(lead)
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def cn_num(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


# ---------------------------------------------------------------------------------------------
# value makers: each returns the value as a person would write it

def make_person(rng):
    r = rng.random()
    if r < 0.03:
        return rng.choice(W.MINORITY_NAMES)
    if r < 0.08:
        sur = rng.choice(W.COMPOUND_SURNAMES)
        return sur + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(rng.choice((1, 2))))
    sur = rng.choice(W.SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    g = rng.choice(W.GIVEN_CHARS)
    if n == 2:
        h = rng.choice(W.GIVEN_CHARS)
        while h == g and rng.random() < 0.7:
            h = rng.choice(W.GIVEN_CHARS)
        g += h
    return sur + g


def make_id(rng):
    if rng.random() < 0.04:
        return resident_id.generate(rng, document="legacy_15")
    s = resident_id.generate(rng)
    r = rng.random()
    if r < 0.14 and s.endswith("X"):
        return s[:-1] + "x"
    if r < 0.28:
        return group(s, (6, 8, 4))
    if r < 0.36:
        return s.translate(FW)
    if r < 0.40:
        return group(s, (6, 4, 4, 4))
    return s


def make_mobile(rng):
    s = mobile_phone.generate(rng)
    r = rng.random()
    if r < 0.42:
        return s
    if r < 0.56:
        return group(s, (3, 4, 4))
    if r < 0.66:
        return group(s, (3, 4, 4), "-")
    if r < 0.74:
        return "+86 " + s
    if r < 0.79:
        return "+86-" + group(s, (3, 4, 4), "-")
    if r < 0.85:
        return "0086" + s
    if r < 0.90:
        return "+86 " + group(s, (3, 4, 4))
    if r < 0.96:
        return s.translate(FW)
    return "86-" + s


def make_landline(rng):
    s = landline_phone.format(landline_phone.generate(rng))  # 0571-87654321转801
    ext = ""
    if "转" in s:
        s, ext = s.split("转")
    area, local = s.split("-")
    r = rng.random()
    if len(local) == 8 and rng.random() < 0.3:
        local = local[:4] + " " + local[4:]
    if r < 0.45:
        out = f"{area}-{local}"
    elif r < 0.62:
        out = f"({area}){local}"
    elif r < 0.72:
        out = f"（{area}）{local}"
    elif r < 0.84:
        out = f"{area} {local}"
    elif r < 0.92:
        out = f"+86 {area[1:]} {local}"
    else:
        out = f"{area}{local.replace(' ', '')}"
    if ext:
        out += rng.choice(("转", "转", "-", " 分机", "-"))+ ext if not out.startswith("+86") else "转" + ext
    return out


CARD_BINS = ("622202", "621226", "622848", "621700", "436742", "621483", "622588", "622609", "621799",
             "622262", "622908", "625965", "622155", "621661", "623058", "622568", "628288", "622580", None, None)


def make_card(rng):
    b = rng.choice(CARD_BINS)
    s = bank_card.generate(rng, bin=b) if b else bank_card.generate(rng)
    r = rng.random()
    if r < 0.45:
        return s
    if r < 0.78:
        return group(s, (4, 4, 4, 4))
    if r < 0.86:
        return group(s, (4, 4, 4, 4), "-")
    if r < 0.92:
        return s.translate(FW)
    return group(s, (6,))


def make_passport(rng):
    s = passport.generate(rng)
    r = rng.random()
    if r < 0.1:
        return s.lower()
    if r < 0.18 and len(s) == 9 and s[1].isalpha():
        return s[:2] + " " + s[2:]
    return s


def make_permit(rng):
    s = hk_macau_permit.generate(rng)
    if len(s) == 11 and rng.random() < 0.35:
        return s[:9] + " " + s[9:]
    return s


def make_uscc(rng):
    s = uscc.generate(rng)
    return s if rng.random() < 0.92 else group(s, (6, 6, 6))


def make_plate(rng):
    s = license_plate.generate(rng)
    if s.startswith("使"):
        return s
    r = rng.random()
    if r < 0.5:
        return s
    if r < 0.75:
        return s[:2] + "·" + s[2:]
    if r < 0.88:
        return s[:2] + "-" + s[2:]
    return s[:2] + " " + s[2:]


def make_email(rng):
    r = rng.random()
    p = lambda: rng.choice(W.PINYIN)
    if r < 0.25:
        local = digits(rng, rng.randint(7, 10))
        dom = "qq.com"
    else:
        if r < 0.5:
            local = p() + p() + str(rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1, 999))
        elif r < 0.65:
            local = p() + rng.choice("._") + p()
        elif r < 0.8:
            local = p()[0] + p()[0] + p() + str(rng.randint(1980, 2005))
        else:
            local = p() + p() + p()
        dom = rng.choice(W.EMAIL_DOMAINS)
    if rng.random() < 0.06:
        local = local.capitalize()
    return f"{local}@{dom}"


IP_FIRST = (36, 39, 42, 58, 59, 60, 61, 101, 106, 111, 112, 113, 114, 115, 116, 117, 119, 120, 121, 122,
            123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223)


def make_ip(rng):
    if rng.random() < 0.08:
        return "240e:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0x10, 0xffff), rng.randint(0x10, 0xffff), rng.randint(1, 0xff))
    return f"{rng.choice(IP_FIRST)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


# addresses ----------------------------------------------------------------------------------

def _admin(rng, rural=None):
    prov, city, dists = rng.choice(W.PLACES)
    if rural is not None:
        cand = [d for d in dists if d[1] == rural]
        if not cand:
            return _admin(rng, rural)
        dist = rng.choice(cand)
    else:
        dist = rng.choice(dists)
    return prov, city, dist[0], dist[1]


def _prefix(rng, prov, city, dist):
    r = rng.random()
    if not city:  # municipality
        return (prov if r < 0.75 else prov[:-1] if r < 0.85 else "") + dist
    if r < 0.55:
        return prov + city + dist
    if r < 0.85:
        return city + dist
    if r < 0.93:
        return prov[:-1] + city[:-1] + dist if prov.endswith("省") else prov + city + dist
    return dist


def _road(rng):
    return rng.choice(W.ROAD_STEMS) + rng.choice(W.ROAD_SUFFIX)


def _n(rng, lo, hi):
    return str(rng.randint(lo, hi))


def _room(rng):
    return f"{rng.randint(1, 32)}{rng.randint(0, 1)}{rng.randint(1, 8)}" if rng.random() < 0.8 else f"{rng.randint(1, 9)}0{rng.randint(1, 6)}"


def make_address(rng, shape=None):
    """A natural person's address (home, mailing, 户籍, 经常居住地, collateral)."""
    shape = shape or rng.choice("AAABBCCDDDEFG")
    if shape == "D":
        prov, city, dist, _ = _admin(rng, rural=1)
    else:
        prov, city, dist, _ = _admin(rng)
    pre = _prefix(rng, prov, city, dist)
    if shape == "A":
        tail = rng.choice((
            f"{_n(rng,1,36)}栋{_n(rng,1,6)}单元{_n(rng,1,32)}0{_n(rng,1,8)}室",
            f"{_n(rng,1,28)}幢{_n(rng,1,3)}单元{_room(rng)}室",
            f"{_n(rng,1,20)}号楼{cn_num(rng.randint(1,6))}单元{_room(rng)}",
            f"{_n(rng,1,30)}-{_n(rng,1,4)}-{_room(rng)}",
            f"{_n(rng,1,18)}栋{_n(rng,201,3306)}房",
            f"{rng.choice('ABCDEFG')}座{_n(rng,2,33)}层{_n(rng,1,12)}号",
        ))
        mid = f"{_road(rng)}{_n(rng,1,999)}号" if rng.random() < 0.6 else ""
        return pre + mid + rng.choice(W.ESTATES) + tail
    if shape == "B":
        return pre + _road(rng) + rng.choice((
            f"{_n(rng,1,888)}号{_n(rng,2,18)}楼",
            f"{_n(rng,1,500)}号{_room(rng)}室",
            f"{_n(rng,1,300)}号附{_n(rng,1,9)}号",
            f"{_n(rng,1,999)}号",
            f"{_n(rng,1,200)}号{_n(rng,1,9)}号楼{_n(rng,1,6)}层",
        ))
    if shape == "C":
        r = rng.random()
        if r < 0.4:
            return pre + _road(rng) + f"{_n(rng,1,1800)}弄{_n(rng,1,120)}号{_room(rng)}室"
        if r < 0.7:
            return pre + rng.choice(W.TOWN_STEMS) + rng.choice(("巷", "里", "胡同")) + f"{_n(rng,1,88)}号" + (
                f"{_n(rng,1,6)}门" if rng.random() < 0.4 else "")
        return pre + _road(rng) + f"{_n(rng,1,160)}号院{_n(rng,1,22)}号楼{_n(rng,1,6)}门{_room(rng)}"
    if shape == "D":
        town = rng.choice(W.TOWN_STEMS) + rng.choice(("镇", "镇", "乡"))
        vil = rng.choice(W.VILLAGE_STEMS) + "村"
        k = rng.randint(1, 14)
        tail = rng.choice((
            f"{k}组{_n(rng,1,98)}号",
            f"{cn_num(k)}组{_n(rng,1,60)}号",
            f"村民委员会{cn_num(k)}组",
            f"{k}社{_n(rng,1,40)}号",
            f"{rng.choice(W.VILLAGE_STEMS)}自然村{_n(rng,1,66)}号",
            f"{cn_num(k)}组",
        ))
        return pre + town + vil + tail
    if shape == "E":
        c = city or prov
        return c + rng.choice(W.DEV_ZONES) + _road(rng) + f"{_n(rng,1,600)}号" + rng.choice(W.ESTATES) + \
            f"{_n(rng,1,20)}栋{_room(rng)}室"
    if shape == "F":
        return pre + rng.choice(W.STREET_OFFICES) + "街道" + rng.choice(W.COMMUNITIES) + "社区" + _road(rng) + \
            f"{_n(rng,1,300)}号{_n(rng,1,15)}幢{_room(rng)}室"
    # G: county town street
    prov, city, dist, _ = _admin(rng, rural=1)
    return (city or prov) + dist + rng.choice(W.TOWN_STEMS) + "镇" + rng.choice(W.ROAD_STEMS) + \
        rng.choice(("街", "路", "大道")) + f"{_n(rng,1,260)}号"


def org_address(rng):
    """An organisation's address written like a person's: a hard negative, never labelled."""
    prov, city, dist, _ = _admin(rng, rural=0)
    pre = _prefix(rng, prov, city, dist)
    r = rng.random()
    if r < 0.35:
        return pre + _road(rng) + f"{_n(rng,1,999)}号"
    if r < 0.6:
        return pre + _road(rng) + f"{_n(rng,1,600)}号" + rng.choice(W.BUILDINGS) + f"{_n(rng,2,38)}层"
    if r < 0.8:
        return (city or prov) + rng.choice(W.DEV_ZONES) + _road(rng) + f"{_n(rng,1,300)}号" + rng.choice(W.BUILDINGS) + \
            f"{rng.choice('ABC')}座{_n(rng,3,25)}楼{_n(rng,1,20):0>2}室"
    return pre + _road(rng) + f"{_n(rng,1,300)}号{_n(rng,1,3)}楼"


def company(rng, city=None):
    c = city or rng.choice(W.CITIES_SHORT)
    return c + rng.choice(W.COMPANY_WORDS) + rng.choice(W.COMPANY_TRADES) + rng.choice(W.COMPANY_SUFFIX)


def branch(rng, bank=None):
    bank = bank or rng.choice(W.BANKS)
    prov, city, dist, _ = _admin(rng, rural=0)
    return bank + (city or prov)[:-1] + rng.choice((dist[:-1] + "支行", rng.choice(W.ROAD_STEMS) + "支行", "分行营业部", "分行"))


def law_firm(rng):
    return rng.choice(W.LAW_FIRM_WORDS) + rng.choice(("律师事务所", "律师事务所", "（杭州）律师事务所", "律师事务所上海分所"))


# ---------------------------------------------------------------------------------------------
# hard-negative makers (kind, text); every number is drawn clean (no validator accepts it)

def neg_person(rng):
    r = rng.random()
    sur = rng.choice(W.SURNAMES[:120])
    if r < 0.2:
        return "name_mou", sur + rng.choice(("某", "某某", "某", "某甲", "某乙"))
    if r < 0.45:
        return "name_title", sur + rng.choice(W.NAME_TITLES)
    if r < 0.7:
        g = rng.choice(W.GIVEN_CHARS)
        return "name_masked", rng.choice((sur + "*", sur + "**", "*" + g, sur + "*" + g, sur + "＊＊", sur + "X" * 2))
    return "name_placeholder", rng.choice(W.PLACEHOLDER_PEOPLE)


def _masked_mobile(rng):
    s = mobile_phone.generate(rng)
    return rng.choice((s[:3] + "****" + s[7:], s[:3] + " **** " + s[7:], s[:3] + "*****" + s[8:], "尾号" + s[7:], s[:7] + "****"))


def neg_mobile(rng):
    r = rng.random()
    if r < 0.75:
        return "masked_mobile", _masked_mobile(rng)
    if r < 0.88:
        return "phone_placeholder", rng.choice(("未预留", "未提供", "无", "同上", "（手机号）", "1XX-XXXX-XXXX"))
    return "short_mobile", clean(rng, lambda g: "1" + g.choice("3578") + digits(g, 8, "0123456789"))  # 10 digits


def neg_landline(rng):
    r = rng.random()
    if r < 0.35:
        return "hotline", rng.choice(W.HOTLINES)
    if r < 0.55:
        return "hotline_400", clean(rng, lambda g: g.choice(("400", "800")) + "-" + digits(g, 3, "0123456789") + "-" + digits(g, 4, "0123456789"))
    s = landline_phone.format(landline_phone.generate(rng)).split("转")[0]
    a, l = s.split("-")
    return "masked_landline", rng.choice((f"{a}-****{l[-4:]}", f"{a}-{l[:3]}*****", f"（{a}）****{l[-3:]}"))


def _luhn_bad(rng):
    s = bank_card.generate(rng, bin=rng.choice(CARD_BINS[:-2]))
    last = str((int(s[-1]) + rng.randint(1, 9)) % 10)
    return s[:-1] + last


def neg_card(rng):
    s = bank_card.generate(rng, bin=rng.choice(CARD_BINS[:-2]))
    r = rng.random()
    if r < 0.35:
        return "masked_card", rng.choice((s[:4] + " **** **** " + s[-4:], s[:6] + "*" * (len(s) - 10) + s[-4:], "****" + s[-4:]))
    if r < 0.6:
        return "card_tail", rng.choice(("尾号", "尾号为", "末四位")) + s[-4:]
    if r < 0.8:
        return "luhn_bad_card", clean(rng, _luhn_bad)
    return "card_placeholder", rng.choice(("未绑定", "（卡号）", "同上", "见附件"))


def _bad_id(rng):
    s = resident_id.generate(rng)
    c = "0123456789X".replace(s[-1], "")
    return s[:-1] + rng.choice(c)


def neg_id(rng):
    s = resident_id.generate(rng)
    r = rng.random()
    if r < 0.45:
        return "masked_id", rng.choice((s[:4] + "*" * 10 + s[-4:], s[:6] + "********" + s[-4:], s[0] + "*" * 16 + s[-1], s[:3] + "***********" + s[-4:]))
    if r < 0.75:
        return "bad_check_id", clean(rng, _bad_id)
    return "id_placeholder", rng.choice(("（身份证号）", "未提供", "见复印件", "同上"))


def neg_passport(rng):
    s = passport.generate(rng)
    r = rng.random()
    if r < 0.6:
        return "masked_passport", s[0] + "*" * 6 + s[-2:]
    if r < 0.8:
        return "bad_passport", clean(rng, lambda g: "E" + g.choice("IO") + digits(g, 7, "0123456789"))
    return "passport_placeholder", rng.choice(("未办理", "无", "（护照号）"))


def neg_permit(rng):
    s = hk_macau_permit.generate(rng)
    if rng.random() < 0.7:
        return "masked_permit", s[0] + "*" * (len(s) - 3) + s[-2:]
    return "permit_placeholder", rng.choice(("未办理", "办理中", "（通行证号）"))


def _bad_uscc(rng):
    s = uscc.generate(rng)
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY".replace(s[-1], "")
    return s[:-1] + rng.choice(alpha)


def neg_uscc(rng):
    s = uscc.generate(rng)
    r = rng.random()
    if r < 0.5:
        return "masked_uscc", s[:8] + "*" * 8 + s[-2:]
    if r < 0.85:
        return "bad_check_uscc", clean(rng, _bad_uscc)
    return "uscc_placeholder", rng.choice(("（统一社会信用代码）", "见营业执照", "三证合一前无"))


def neg_plate(rng):
    s = license_plate.generate(rng)
    r = rng.random()
    if s.startswith("使") or r < 0.55:
        p = rng.choice(sorted(PLATE_LEADS - {"使"}))
        return "masked_plate", rng.choice((p + rng.choice("ABCDE") + "·***" + digits(rng, 2, "0123456789"),
                                           p + rng.choice("ABFGK") + "****" + rng.choice("0123456789"),
                                           p + "A·D****" + rng.choice("0123456789")))
    if r < 0.75:
        return "bad_plate", s[:2] + digits(rng, 4, "0123456789") + rng.choice("IO")
    return "plate_placeholder", rng.choice(("新车未上牌", "临时号牌", "（车牌号）", "未登记"))


def neg_email(rng):
    e = make_email(rng)
    local, dom = e.split("@")
    if rng.random() < 0.7:
        return "masked_email", local[:rng.choice((1, 2))] + "****@" + dom
    return "email_placeholder", rng.choice(("未提供", "无", "（邮箱）", "同微信"))


def neg_ip(rng):
    ip = make_ip(rng)
    if ":" in ip:
        ip = "113.57.8.9"
    a = ip.split(".")
    r = rng.random()
    if r < 0.6:
        return "masked_ip", rng.choice((f"{a[0]}.{a[1]}.*.*", f"{a[0]}.*.*.*", f"{a[0]}.{a[1]}.{a[2]}.***"))
    return "version_number", rng.choice(("V", "v", "")) + f"{rng.randint(1,9)}.{rng.randint(0,30)}.{rng.randint(0,99)}"


def _addr_masked(rng):
    prov, city, dist, _ = _admin(rng)
    pre = prov + city + dist
    return rng.choice((pre + "*" * rng.randint(4, 10), pre + _road(rng) + "***号", pre + "（详址已隐藏）", pre + "****小区**栋"))


def neg_address(rng):
    r = rng.random()
    if r < 0.35:
        return "masked_address", _addr_masked(rng)
    if r < 0.6:
        prov, city, dist, _ = _admin(rng)
        return "road_no_number", _prefix(rng, prov, city, dist) + _road(rng) + rng.choice(("", "", "附近", "一带"))
    if r < 0.75:
        prov, city, dist, _ = _admin(rng)
        return "district_only", (prov + city + dist) if rng.random() < 0.6 else (city or prov) + dist
    return "address_placeholder", rng.choice(("同身份证地址", "同户籍地址", "同上", "详见附件", "未填写", "不详",
                                              "XX省XX市XX区XX路XX号", "（住址）", "与居住地一致"))


VALUE_MAKERS = {
    "person": ("PERSON", make_person), "id": ("CN_ID_CARD", make_id), "mobile": ("CN_MOBILE", make_mobile),
    "landline": ("CN_LANDLINE", make_landline), "card": ("BANK_CARD", make_card), "email": ("EMAIL", make_email),
    "ip": ("IP_ADDRESS", make_ip), "passport": ("CN_PASSPORT", make_passport), "permit": ("CN_HK_MACAU_PERMIT", make_permit),
    "uscc": ("CN_USCC", make_uscc), "plate": ("LICENSE_PLATE", make_plate), "address": ("ADDRESS", make_address),
}
NEG_MAKERS = {
    "person": neg_person, "id": neg_id, "mobile": neg_mobile, "landline": neg_landline, "card": neg_card,
    "email": neg_email, "ip": neg_ip, "passport": neg_passport, "permit": neg_permit, "uscc": neg_uscc,
    "plate": neg_plate, "address": neg_address,
}


# reference numbers and other always-negative values ------------------------------------------

def _date(rng, style=None):
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    style = style if style is not None else rng.randint(0, 4)
    return (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}",
            f"{y}-{m:02d}-{d:02d} {rng.randint(0,23):02d}:{rng.randint(0,59):02d}")[style]


def _amount(rng):
    v = rng.choice((rng.randint(1, 999), rng.randint(1000, 99999), rng.randint(100000, 5000000)))
    c = rng.randint(0, 99)
    r = rng.random()
    if r < 0.3:
        return f"{v:,}.{c:02d}元"
    if r < 0.55:
        return f"¥{v}.{c:02d}"
    if r < 0.8:
        return f"{v}元"
    return f"人民币{v}元"


REFS = {
    "trace": lambda g: cd(g, g.choice((20, 22, 24, 26))),
    "order": lambda g: g.choice(("", "", "JF", "WX", "NO")) + cd(g, g.choice((12, 14, 16, 18))),
    "merchant": lambda g: cd(g, 15),
    "terminal": lambda g: cd(g, 8),
    "batch": lambda g: cd(g, 6, "0"),
    "vcode": lambda g: cd(g, 6, "0123456789"),
    "postcode": lambda g: g.choice("12345678") + cd(g, 5, "0123456789"),
    "contract": lambda g: g.choice(("HT", "JK", "BZ", "DY", "ZX")) + "-" + str(g.randint(2019, 2025)) + "-" + cd(g, 6, "0123456789"),
    "errcode": lambda g: g.choice(("E", "ERR-", "RC=", "错误码", "code:")) + cd(g, 4, "0123456789"),
    "waybill": lambda g: g.choice(("SF", "YT", "JDX", "ZTO", "YDX")) + cd(g, 12),
    "etc_card": lambda g: cd(g, 20),
    "obu": lambda g: "".join(g.choice("0123456789ABCDEF") for _ in range(16)),
    "invoice": lambda g: cd(g, 8, "0123456789"),
    "invoice_code": lambda g: cd(g, 20),
    "corp_account": lambda g: cd(g, g.choice((15, 17, 19, 20, 21))),
    "complaint": lambda g: g.choice(("TX", "ZB", "JX", "BJ", "WT")) + str(g.randint(2023, 2025)) + cd(g, 8, "0123456789"),
    "flight": lambda g: g.choice(("MU", "CA", "CZ", "HU", "ZH", "3U", "FM")) + str(g.randint(1000, 9999)),
    "train": lambda g: g.choice("GDKZ") + str(g.randint(1, 9999)),
    "apply": lambda g: "SQ" + str(g.randint(2023, 2025)) + cd(g, 10, "0123456789"),
    "visit": lambda g: "BF-" + cd(g, 9),
    "doc_no": lambda g: str(g.randint(2023, 2025)) + "-" + cd(g, 5, "0123456789"),
}


def ref(rng, kind):
    return clean(rng, REFS[kind])


# ---------------------------------------------------------------------------------------------
# the builder

class Builder:
    def __init__(self, rng, pii: bool):
        self.rng = rng
        self.pii = pii
        self.density = rng.uniform(0.4, 0.95)
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: Counter = Counter()
        self.roles: dict = {}

    # writing
    def t(self, *texts):
        for s in texts:
            self.parts.append(s)
            self.n += len(s)
        return self

    def v(self, label, s):
        start = self.n
        self.t(s)
        self.spans.append({"start": start, "end": self.n, "label": label})
        return self

    def neg(self, kind, s):
        self.negs[kind] += 1
        return self.t(s)

    def text(self):
        return "".join(self.parts)

    # randomness
    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, prob):
        return self.rng.random() < prob

    # slots
    def item(self, kind, role=None, p=None):
        key = (kind, role)
        if role is not None and key in self.roles:
            return self.roles[key]
        personal = self.pii and self.rng.random() < (self.density if p is None else p)
        if personal:
            label, mk = VALUE_MAKERS[kind]
            it = (True, label, mk(self.rng))
        else:
            nk, s = NEG_MAKERS[kind](self.rng)
            it = (False, nk, s)
        if role is not None:
            self.roles[key] = it
        return it

    def slot(self, kind, role=None, p=None):
        personal, lab, s = self.item(kind, role, p)
        if personal:
            self.v(lab, s)
        else:
            self.neg(lab, s)
        return self

    def short(self, role, titles=("先生", "女士")):
        """A later mention of a role's person: surname + title (never a span)."""
        personal, lab, s = self.item("person", role)
        if personal and "·" not in s:
            sur = s[:2] if s[:2] in W.COMPOUND_SURNAMES else s[0]
            self.neg("name_title", sur + self.c(titles))
        elif personal:
            self.neg("name_title", s.split("·")[0])
        else:
            self.neg(lab, s)
        return self

    def ref(self, kind):
        return self.neg("ref_" + kind, ref(self.rng, kind))

    def date(self, style=None):
        return self.neg("date", _date(self.rng, style))

    def amount(self):
        return self.neg("amount", _amount(self.rng))

    def hotline(self):
        return self.neg("hotline", self.c(W.HOTLINES))

    def org_addr(self):
        return self.neg("org_address", org_address(self.rng))

    def company(self, city=None):
        return self.neg("company_name", company(self.rng, city))

    def branch(self, bank=None):
        return self.neg("branch_name", branch(self.rng, bank))

    def word(self, choices=None):
        return self.neg("surname_word", self.c(choices or W.SURNAME_WORDS))

    def brand(self):
        return self.neg("brand", self.c(W.BRANDS))


# ---------------------------------------------------------------------------------------------
# layouts: fields are (label or tuple of labels, writer(b)); some are optional

def S(kind, role=None, p=None):
    return lambda b: b.slot(kind, role, p)


def T(text):
    return lambda b: b.t(text)


def C(*choices):
    return lambda b: b.t(b.c(choices))


def R(kind):
    return lambda b: b.ref(kind)


def D(style=None):
    return lambda b: b.date(style)


def A():
    return lambda b: b.amount()


def N(kind, choices):
    return lambda b: b.neg(kind, b.c(choices))


def choose_fields(b, fields):
    """fields: (label, writer[, keep_probability]); drops optional ones, swaps some neighbours."""
    out = []
    for f in fields:
        keep = f[2] if len(f) > 2 else 1.0
        if b.p(keep):
            lab = f[0] if isinstance(f[0], str) else b.c(f[0])
            out.append((lab, f[1]))
    for i in range(1, len(out) - 1):
        if b.p(0.12):
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


LAYOUTS = ("colon", "colon", "colon_half", "bracket", "semicolon", "table", "csv", "numbered", "prose", "spaced")


def form(b, fields, layout=None, end="\n"):
    fs = choose_fields(b, fields)
    layout = layout or b.c(LAYOUTS)
    if layout == "table":
        b.t(" | ".join(l for l, _ in fs), "\n")
        for i, (_, w) in enumerate(fs):
            if i:
                b.t(" | ")
            w(b)
        b.t(end)
    elif layout == "csv":
        b.t(",".join(l for l, _ in fs), "\n")
        for i, (_, w) in enumerate(fs):
            if i:
                b.t(",")
            w(b)
        b.t(end)
    elif layout == "semicolon":
        for i, (l, w) in enumerate(fs):
            b.t(l, "：")
            w(b)
            b.t("；" if i < len(fs) - 1 else "。")
        b.t(end)
    elif layout == "prose":
        for i, (l, w) in enumerate(fs):
            b.t(l, b.c(("为", "为", "是", "：")))
            w(b)
            b.t("，" if i < len(fs) - 1 else "。")
        b.t(end)
    else:
        for i, (l, w) in enumerate(fs):
            if layout == "colon":
                b.t(l, "：")
            elif layout == "colon_half":
                b.t(l, ": ")
            elif layout == "bracket":
                b.t("【", l, "】")
            elif layout == "numbered":
                b.t(f"{i + 1}、" if b.p(0.5) else f"({i + 1}) ", l, "：")
            else:
                b.t(l, "  ")
            w(b)
            b.t("\n")
    return layout


def filler(b):
    """A sentence of running prose full of hard negatives (surname-first words, brands, dates...)."""
    k = b.rng.randint(0, 9)
    if k == 0:
        b.t("温馨提示：")
        b.word(("周末", "高峰期", "月末", "白天"))
        b.t("办理业务请提前预约，如有疑问请致电")
        b.hotline()
        b.t("。")
    elif k == 1:
        b.t("受")
        b.neg("surname_word", b.c(("高峰期", "周末", "节假日", "月末")))
        b.t("影响，系统处理可能延迟，预计")
        b.date(0)
        b.t("前完成。")
    elif k == 2:
        b.t("为保障您的资金")
        b.neg("surname_word", "安全")
        b.t("，请勿向任何人透露验证码")
        b.ref("vcode")
        b.t("以外的信息，本行工作人员不会索要密码。")
    elif k == 3:
        b.t("如")
        b.neg("surname_word", b.c(("万一", "马上", "白天")))
        b.t("无法到场，可通过手机银行")
        b.neg("version_number", f"V{b.rng.randint(5, 9)}.{b.rng.randint(0, 9)}.{b.rng.randint(0, 20)}")
        b.t("及以上版本在线办理，")
        b.neg("surname_word", "方便")
        b.t("快捷。")
    elif k == 4:
        b.t("本业务由")
        b.branch()
        b.t("受理，网点地址：")
        b.org_addr()
        b.t("，邮编")
        b.ref("postcode")
        b.t("。")
    elif k == 5:
        b.t("活动礼品以")
        b.brand()
        b.t("等")
        b.neg("surname_word", b.c(("金融", "常规", "季度")))
        b.t("合作品牌实物为准，图片仅供参考。")
    elif k == 6:
        b.t("系统返回")
        b.ref("errcode")
        b.t("，交易流水号")
        b.ref("trace")
        b.t("，请稍后重试。")
    elif k == 7:
        b.t("周边")
        b.word(("高铁", "景区", "古镇", "师范大学"))
        b.t("网点")
        b.word(("白天", "周末"))
        b.t("正常营业，")
        b.word(("黄金", "白金卡", "金卡"))
        b.t("客户可走绿色通道。")
    elif k == 8:
        b.t("相关款项")
        b.amount()
        b.t("已于")
        b.date()
        b.t("入账，批次号")
        b.ref("batch")
        b.t("。")
    else:
        b.t("合作方")
        b.company()
        b.t("（地址：")
        b.org_addr()
        b.t("）负责后续")
        b.neg("surname_word", b.c(("安装", "施工", "冷链", "包裹")))
        b.t("服务。")
    return b


MARK_RE = re.compile(r"\{([a-z_]+)(?::([a-z_0-9]+))?\}|\[([^\]]+)\]|\(\(([^)]+)\)\)")


def say(b, template):
    """Render a sentence: {kind:role} slots, {date} {amount} {hotline} {branch} {org_addr} {company}
    {bank} {short:role} {ref_x}, [word] for a surname-first word, ((a|b|c)) for a phrasing choice."""
    pos = 0
    for m in MARK_RE.finditer(template):
        b.t(template[pos:m.start()])
        pos = m.end()
        kind, role, word, alt = m.groups()
        if word:
            b.neg("surname_word", word)
        elif alt:
            b.t(b.c(alt.split("|")))
        elif kind in VALUE_MAKERS:
            b.slot(kind, role)
        elif kind == "short":
            b.short(role)
        elif kind.startswith("ref_"):
            b.ref(kind[4:])
        elif kind == "bank":
            b.neg("bank_name", b.c(W.BANKS))
        else:
            {"date": lambda: b.date(b.c((0, 0, 1))), "amount": b.amount, "hotline": b.hotline,
             "branch": b.branch, "org_addr": b.org_addr, "company": b.company, "brand": b.brand}[kind]()
    b.t(template[pos:])
    return b


def extra(b, sentences, lo=1, hi=3):
    k = b.rng.randint(lo, hi)
    for s in b.rng.sample(sentences, min(k, len(sentences))):
        say(b, s)
    b.t("\n")


EXTRA = {
    "etc_vehicle": (
        "车主{person:owner}((来电|在线|到网点))反映，{date}经过收费站时ETC未能识别，后台显示设备版本过低。",
        "该车登记在{company}名下，单位统一社会信用代码{uscc:corp}，由员工{person:driver}日常使用。",
        "如需开具通行费电子发票，请登录票根平台绑定邮箱{email:owner_e}后自助下载。",
        "车主手机{mobile:owner_m}已开通动账提醒，[高速]通行扣费将实时推送。",
        "OBU设备已寄往{address:mail}，((签收后|收到后))请在[白天]光线充足处粘贴于前挡风玻璃。",
        "本次签约渠道为手机银行，签约终端IP为{ip:login_ip}，签约流水号{ref_trace}。",
        "车主另留有家庭电话{landline:home_l}，((工作日|晚上))可联系。",
        "因车牌{plate:plate}存在多条未补缴记录，[马上]将进入黑名单，请及时补缴{amount}。",
    ),
    "wealth_connect": (
        "客户{person:cust}持往来港澳通行证{permit:cust_pm}于{date}在香港完成身份核验。",
        "客户另持有护照{passport:cust_pp}，本次未作为开户证件使用。",
        "开户申请通过手机银行提交，提交IP为{ip:cust_ip}，设备型号为((华为 Mate60|iPhone 15|小米14))。",
        "((如需|若要))变更通讯地址，请提供新地址证明，例如寄往{address:cust_a}的水电账单。",
        "对账单将发送至邮箱{email:cust_e}，请注意查收，[周末]不发送。",
        "资金汇出前需确认汇款人与香港账户户名一致，[万一]不一致将被退回并收取手续费{amount}。",
        "见证人员{person:witness}核对了客户身份证{id:cust_id}原件，并留存影像。",
        "客户家庭电话{landline:cust_l}，紧急联系人为其配偶{person:spouse}。",
    ),
    "account_review": (
        "经办人{person:agent}携带营业执照正本、公章到{branch}办理，((现场|柜面))核验通过。",
        "该单位统一社会信用代码{uscc:corp}与工商登记信息一致，注册地址{org_addr}。",
        "法定代表人{person:legal}经常居住地为{address:legal_a}，与身份证地址不符，已作备注。",
        "企业网银最近一次登录IP为{ip:corp_ip}，未见异常。",
        "单位财务联系人{person:fin}，办公电话{landline:corp_tel}，邮箱{email:fin_e}。",
        "[董事会]决议复印件需加盖公章，[章程]修正案同步报送。",
        "如账户一年内无交易，[马上]转为久悬户，请于{date}前完成年检。",
        "经办人备用手机{mobile:agent_m2}，法定代表人护照{passport:legal_pp}（外籍股东另行提供）。",
    ),
    "points_redeem": (
        "本次兑换在积分商城App完成，下单IP为{ip:order_ip}，下单设备已通过安全校验。",
        "收件人{person:recv}要求工作日派送，备用电话{landline:recv_l}。",
        "如礼品破损，请在签收后七日内拨打{hotline}申请换货，并提供开箱照片。",
        "电子券已发送至邮箱{email:holder_e}，有效期至{date}。",
        "持卡人{person:holder}名下另有信用卡{card:card2}，积分可合并使用。",
        "[周末]及[高峰期]订单量较大，发货可能延迟一到两天，敬请谅解。",
        "((改寄地址|新的收货地址))：{address:recv_a2}，联系人同上。",
        "[金卡]及[白金卡]客户兑换可享积分九折，活动详情见{brand}联名页面。",
    ),
    "expense_claim": (
        "发票抬头为{company}，购买方纳税人识别号{uscc:buyer}，发票号码{ref_invoice}。",
        "报销人{person:emp}的工资卡{card:emp_c}为本行借记卡，款项将于{date}入账。",
        "住宿发票显示入住人{person:emp}，证件号{id:emp_id}，与出差人一致。",
        "出差人护照{passport:emp_pp}已在人事部备案，境外差旅需另行审批。",
        "审批意见：同意，请财务((按标准|按实际))报销，超标部分{amount}由个人承担。",
        "[高铁]二等座超标原因：[周末]临时改签，已附说明。",
        "报销系统登录IP{ip:emp_ip}与常用地点不符，已触发二次验证。",
        "报销人办公电话{landline:emp_l}，邮箱{email:emp_e}。",
    ),
    "crm_visit": (
        "客户{person:cust}的配偶{person:spouse}在本行有房贷，抵押房屋坐落于{address:collat}。",
        "客户家庭电话{landline:cust_l}，邮箱{email:cust_e}，[周末]更方便沟通。",
        "客户名下企业{company}（统一社会信用代码{uscc:cust_corp}）拟迁移代发工资。",
        "客户子女{person:child}明年赴港读书，已办理往来港澳通行证{permit:child_pm}。",
        "客户担心[金融]诈骗，已告知不要向[任何]人透露验证码。",
        "客户((提到|透露))其父母住在{address:parent_a}，有意为老人办理养老金代发。",
        "下次拜访前先确认客户手机{mobile:cust_m}是否变更，避免[白天]打扰。",
        "客户驾驶车辆{plate:cust_plate}，有意办理ETC及车险分期。",
    ),
    "qa_forum": (
        "补充一下：我老家是{address:hometown}，那边的网点[周末]也开门，[方便]很多。",
        "有人问客户经理是谁，我就不点名了，反正是{short:mgr}，人很负责。",
        "更新：银行回电了，来电显示{landline:bank_l}，说问题已解决。",
        "楼上说的{hotline}确实有用，[马上]就有人工接听。",
        "顺便吐槽下，App一直报{ref_errcode}，[程序]员该加班了。",
        "我朋友{person:friend}也遇到过一样的事，她是在{branch}办的。",
        "那个自称“[安全]专员”的人加我微信，手机号是{mobile:scam_m}，大家小心。",
        "银行让我把材料寄到{org_addr}，收件人写“投诉处理组”就行。",
    ),
    "regulator_referral": (
        "投诉人{person:comp}另留固定电话{landline:comp_l}，((工作日|晚上七点后))可联系。",
        "投诉人通过网上平台提交，提交IP为{ip:comp_ip}，附件三份。",
        "回复材料请同时发送至投诉人邮箱{email:comp_e}。",
        "经核查，投诉人所述的客户经理{person:staff}已于{date}调离岗位。",
        "投诉人为港澳居民，证件为回乡证{permit:comp_pm}，请按境外客户流程处理。",
        "[高峰期]来电较多，坐席回拨时请核对投诉人身份证后四位。",
        "本件由{branch}消保专员{person:handler}牵头办理，{date}前报送办结报告。",
        "投诉人要求将纸质回复寄至{address:comp_a}，并注明“本人亲启”。",
    ),
    "police_freeze": (
        "经查，涉案账户开户时预留地址为{address:suspect_a}，预留邮箱{email:suspect_e}。",
        "涉案人近期使用护照{passport:suspect_pp}办理过出境手续。",
        "涉案人名下另有账户{card:suspect_c2}，一并协助查询。",
        "涉案资金经第三方支付平台转入，交易流水号{ref_trace}，金额{amount}。",
        "请你行于收到本通知后[马上]办理，并将回执送交承办人{person:officer1}。",
        "该人关联企业{company}，统一社会信用代码{uscc:suspect_corp}。",
        "网银登录日志显示，{date}登录IP为{ip:suspect_ip}。",
        "承办人手机{mobile:officer_m}，如有疑问请在[白天]工作时间联系。",
    ),
    "lawyer_letter": (
        "委托人{person:client}联系电话{mobile:client_m}，住址{address:client_a}。",
        "本所律师{person:lawyer}办公电话{landline:lawyer_l}，邮箱{email:lawyer_e}。",
        "债务人名下车辆{plate:debtor_plate}已被委托人申请诉前保全。",
        "债务人{person:debtor}系{company}法定代表人，该公司统一社会信用代码{uscc:debtor_corp}。",
        "若您已还款，请忽略本函，并将转账凭证发至本所邮箱；[万一]存在争议，可协商解决。",
        "经查，债务人经常居住地为{address:debtor_b}，本函同时寄送该地址。",
        "债务人身份证号{id:debtor_id}，户籍所在地派出所已协助核实。",
        "本函所涉[金额]以委托人提供的银行流水为准，流水号{ref_trace}。",
    ),
}

# ---------------------------------------------------------------------------------------------
# genres

def g_etc_vehicle(b):
    kind = b.c(("apply", "deduct", "cancel", "notice_sms", "mail"))
    bank = b.c(W.BANKS)
    if kind == "apply":
        b.t(b.c(("ETC（电子不停车收费）业务办理申请表", "ETC记账卡申办登记", "【ETC办理】车辆及车主信息确认单")), "\n")
        form(b, [
            (("车主姓名", "车主", "持卡人姓名"), S("person", "owner")),
            (("证件号码", "身份证号", "车主身份证"), S("id", "owner_id"), 0.85),
            (("手机号码", "联系电话", "预留手机"), S("mobile", "owner_m")),
            (("车牌号码", "号牌号码", "车牌"), S("plate", "plate")),
            ("车辆类型", N("vehicle_type", W.VEHICLE_TYPES), 0.7),
            ("品牌型号", N("car_model", W.CAR_MODELS), 0.7),
            ("车身颜色", N("color", W.VEHICLE_COLORS), 0.5),
            (("扣款卡号", "绑定银行卡", "代扣账户"), S("card", "card")),
            (("邮寄地址", "OBU邮寄地址", "设备收货地址"), S("address", "mail")),
            ("办理渠道", C("手机银行", "网点柜面", "合作4S店", "高速服务区"), 0.5),
            ("申请编号", R("apply"), 0.6),
        ])
        if b.p(0.6):
            b.t(b.c(("注：", "备注：")), "OBU设备将在", b.c(("3", "5", "7")), "个工作日内由")
            b.neg("carrier", b.c(W.CARRIERS))
            b.t("寄出，运单号")
            b.ref("waybill")
            b.t("，收到后请按说明书自行激活。\n")
    elif kind == "deduct":
        b.t(b.c(("尊敬的", "亲爱的")))
        b.slot("person", "owner")
        b.t(b.c(("：", "，您好：")), "您的车辆")
        b.slot("plate", "plate")
        b.t("于")
        b.date(4)
        b.t("通过")
        b.neg("toll_station", b.c(W.TOLL_STATIONS))
        b.t("，通行费")
        b.amount()
        b.t(b.c(("已从您尾号", "已从您")))
        if b.parts[-1].endswith("尾号"):
            b.neg("card_tail", digits(b.rng, 4, "0123456789"))
            b.t("的")
        else:
            b.t("绑定的借记卡")
            b.slot("card", "card")
        b.t("扣除，ETC卡号")
        b.ref("etc_card")
        b.t("。")
        filler(b)
        b.t("\n")
    elif kind == "cancel":
        b.t("ETC解约及OBU注销申请\n")
        b.t("申请人")
        b.slot("person", "owner")
        b.t(b.c(("因车辆已转让", "因更换车辆", "因长期不使用", "因车辆报废")), "，申请解除车牌")
        b.slot("plate", "plate")
        b.t("与本人")
        b.neg("bank_name", bank)
        b.t("账户")
        b.slot("card", "card")
        b.t("的ETC代扣关系。")
        b.t(b.c(("经办网点：", "受理机构：")))
        b.branch(bank)
        b.t("，设备序列号")
        b.ref("obu")
        b.t("。\n")
        form(b, [
            ("联系手机", S("mobile", "owner_m")),
            (("证件号", "身份证"), S("id", "owner_id"), 0.7),
            (("退卡邮寄至", "发票邮寄地址"), S("address", "mail"), 0.8),
            ("解约日期", D(1)),
        ], b.c(("colon", "semicolon", "bracket")))
    elif kind == "notice_sms":
        if b.p(0.5):
            b.t("【")
            b.neg("bank_name", bank)
            b.t("】")
        b.t(b.c(("【ETC提醒】", "ETC服务提醒：", "")))
        b.short("owner")
        b.t("，您的")
        b.slot("plate", "plate")
        b.t(b.c(("车辆ETC账户余额不足", "ETC设备检测到拆卸", "ETC卡即将到期")), "，请于")
        b.date(0)
        b.t("前处理。详询")
        b.hotline()
        b.t("，或回复TD退订。如有变更请联系客户经理")
        b.slot("person", "mgr")
        b.t("（")
        b.slot("mobile", "mgr_m")
        b.t("）。\n")
    else:
        b.t("ETC设备寄送清单（", b.c(("第", "批次")))
        b.ref("batch")
        b.t("）\n")
        lay = b.c(("table", "csv"))
        rows = b.rng.randint(2, 4)
        hdr = ["序号", "车主", "车牌", "手机", "收货地址", "运单号"]
        b.t((" | " if lay == "table" else ",").join(hdr), "\n")
        sep = " | " if lay == "table" else ","
        for i in range(rows):
            r = f"r{i}"
            b.t(str(i + 1), sep)
            b.slot("person", r)
            b.t(sep)
            b.slot("plate", r)
            b.t(sep)
            b.slot("mobile", r)
            b.t(sep)
            b.slot("address", r)
            b.t(sep)
            b.ref("waybill")
            b.t("\n")
    if b.p(0.5):
        filler(b)


def g_wealth_connect(b):
    kind = b.c(("open", "remit", "witness_chat", "faq"))
    hk = b.c(W.HK_BANKS)
    if kind == "open":
        b.t(b.c(("跨境理财通（南向通）开户见证记录", "港澳账户见证开户申请表", "跨境理财通业务登记表")), "\n")
        form(b, [
            (("客户姓名", "投资者姓名", "申请人"), S("person", "cust")),
            (("居民身份证号码", "证件号码"), S("id", "cust_id")),
            (("往来港澳通行证", "港澳通行证号码"), S("permit", "cust_pm"), 0.6),
            (("护照号码", "护照"), S("passport", "cust_pp"), 0.4),
            (("手机号码", "内地手机号"), S("mobile", "cust_m")),
            ("电子邮箱", S("email", "cust_e"), 0.7),
            (("经常居住地", "内地居住地址", "现居住地址"), S("address", "cust_a")),
            (("境内汇款账户", "内地汇款卡号"), S("card", "cust_c")),
            ("香港开户行", N("hk_bank", W.HK_BANKS)),
            ("见证行", lambda b: b.branch()),
            ("见证人员", S("person", "witness"), 0.7),
            ("申请日期", D(1), 0.6),
        ])
        b.t(b.c(("客户声明：", "风险揭示：")), "本人确认资金来源合法，南向通投资额度不超过",
            b.c(("300万", "100万", "150万")), "元人民币，并已阅读", hk, "相关条款。")
        if b.p(0.5):
            filler(b)
        b.t("\n")
    elif kind == "remit":
        b.t("汇款说明\n")
        b.t(b.c(("本人", "汇款人")))
        b.slot("person", "cust")
        b.t(b.c(("（证件号", "，身份证")))
        b.slot("id", "cust_id")
        b.t(b.c(("）", "，")), "于")
        b.date(0)
        b.t("通过闭环专户向", hk, "账户汇出")
        b.amount()
        b.t("，用途为", b.c(("认购跨境理财通产品", "理财通额度内投资", "南向通资金划转")), "。汇出账户")
        b.slot("card", "cust_c")
        b.t("，联系电话")
        b.slot("mobile", "cust_m")
        b.t("。SWIFT参考号")
        b.ref("trace")
        b.t("，")
        b.neg("country", b.c(W.COUNTRIES))
        b.t("方回执编号")
        b.ref("doc_no")
        b.t("。\n")
        if b.p(0.5):
            b.t("受益人地址（香港）：")
            b.neg("org_address", b.c(("香港中环德辅道中", "香港九龙尖沙咀广东道", "澳门新马路")) + str(b.rng.randint(1, 200)) + "号")
            b.t("。\n")
    elif kind == "witness_chat":
        b.t("见证开户视频记录摘要（会话", )
        b.ref("doc_no")
        b.t("）\n")
        b.t("[", f"{b.rng.randint(9, 17):02d}:{b.rng.randint(0, 59):02d}", "] 客户经理")
        b.slot("person", "witness")
        b.t("：请您出示身份证原件并读一下号码。\n")
        b.t("[", f"{b.rng.randint(9, 17):02d}:{b.rng.randint(0, 59):02d}", "] 客户：")
        b.slot("id", "cust_id")
        b.t("。港澳通行证是")
        b.slot("permit", "cust_pm")
        b.t("。\n[客户经理]：好的，")
        b.short("cust")
        b.t("，现在住址还是")
        b.slot("address", "cust_a")
        b.t("吗？\n[客户]：对，", b.c(("没变。", "一直住那。", "是的，去年搬过来的。")), "手机还是")
        b.slot("mobile", "cust_m")
        b.t("。\n")
        if b.p(0.6):
            b.t("[系统]：视频已存档，")
            b.word(("高峰期", "周末", "白天"))
            b.t("时段排队较多，感谢耐心等待。\n")
    else:
        b.t("问：", b.c(("跨境理财通南向通要准备什么？", "港澳账户见证开户流程复杂吗？")), "\n答：")
        b.t("一般需要内地身份证、往来港澳通行证（如")
        b.slot("permit", "example")
        b.t("这种格式的号码）和一张内地借记卡。")
        b.t("我上个月在")
        b.branch()
        b.t("办的，接待我的是")
        b.slot("person", "witness")
        b.t("，很耐心。", b.c(("需要注意", "提醒一下", "另外")), "，")
        b.word(("金融", "金融"))
        b.t("监管要求资金出境走闭环，")
        b.neg("hk_bank", hk)
        b.t("那边会再做一次KYC。")
        filler(b)
        b.t("\n")


def g_account_review(b):
    kind = b.c(("annual", "agreement", "auth", "change_letter"))
    city = b.c(W.CITIES_SHORT)
    if kind == "annual":
        b.t(b.c(("单位银行结算账户年检登记表", "对公账户年度检查信息核实表", "对公账户年检回执")), "（", str(b.rng.randint(2022, 2025)), "年度）\n")
        form(b, [
            ("存款人名称", lambda b: b.company(city)),
            (("统一社会信用代码", "信用代码"), S("uscc", "corp")),
            ("账号", R("corp_account")),
            ("注册地址", lambda b: b.org_addr()),
            (("法定代表人", "法定代表人姓名"), S("person", "legal")),
            ("法定代表人证件号码", S("id", "legal_id"), 0.8),
            ("法定代表人手机", S("mobile", "legal_m"), 0.6),
            (("授权经办人", "经办人"), S("person", "agent")),
            ("经办人身份证", S("id", "agent_id"), 0.8),
            ("经办人联系电话", S("mobile", "agent_m")),
            ("单位固定电话", S("landline", "corp_tel"), 0.6),
            ("开户网点", lambda b: b.branch()),
            ("年检结论", C("正常", "需补充材料", "账户已只收不付", "通过")),
        ])
        if b.p(0.5):
            b.t("备注：法定代表人")
            b.short("legal")
            b.t("家庭住址为")
            b.slot("address", "legal_a")
            b.t("，与工商登记不一致，已请经办人核实。\n")
    elif kind == "agreement":
        b.t("人民币单位银行结算账户管理协议\n甲方（存款人）：")
        b.company(city)
        b.t("\n乙方（开户银行）：")
        b.branch()
        b.t("\n")
        b.t("第一条 甲方在乙方开立基本存款账户，账号")
        b.ref("corp_account")
        b.t("，甲方统一社会信用代码")
        b.slot("uscc", "corp")
        b.t("。\n第二条 甲方指定")
        b.slot("person", "agent")
        paren = b.p(0.5)
        b.t("为授权经办人", "（身份证" if paren else "，其身份证号码")
        b.slot("id", "agent_id")
        b.t("），" if paren else "，", "联系电话")
        b.slot("mobile", "agent_m")
        b.t("；甲方法定代表人")
        b.slot("person", "legal")
        b.t("对经办人的授权行为负责。\n第三条 乙方地址：")
        b.org_addr()
        b.t("；甲方经营地址：")
        b.org_addr()
        b.t("。\n第四条 ")
        b.word(("高温", "雷电", "洪涝", "严寒"))
        b.t("等不可抗力导致的延误，双方互不承担责任。协议编号")
        b.ref("contract")
        b.t("。\n")
    elif kind == "auth":
        b.t("法定代表人授权委托书\n")
        b.t("本人")
        b.slot("person", "legal")
        b.t("，系")
        b.company(city)
        b.t("法定代表人，", b.c(("身份证号", "证件号码")))
        b.slot("id", "legal_id")
        b.t("，户籍地址")
        b.slot("address", "legal_a")
        b.t("。现委托")
        b.slot("person", "agent")
        b.t("（身份证")
        b.slot("id", "agent_id")
        b.t("，手机")
        b.slot("mobile", "agent_m")
        b.t("）代为办理本单位账户年检、变更及网银U盾领取事宜。\n")
        if b.p(0.5):
            b.t("经办人经常居住地：")
            b.slot("address", "agent_a")
            b.t("。\n")
        b.t("委托期限自")
        b.date(0)
        b.t("起一年。\n")
    else:
        b.t("关于变更预留信息的函\n致")
        b.branch()
        b.t("：\n")
        b.t("我司（统一社会信用代码")
        b.slot("uscc", "corp")
        b.t("）因人事调整，授权经办人由")
        b.slot("person", "agent_old")
        b.t("变更为")
        b.slot("person", "agent")
        b.t("，新经办人")
        b.t(b.c(("手机", "电话")))
        b.slot("mobile", "agent_m")
        b.t("，办公电话")
        b.slot("landline", "corp_tel")
        b.t("，邮箱")
        b.slot("email", "agent_e")
        b.t("。原预留印鉴同时作废。\n特此函告。\n")
        b.company(city)
        b.t("（盖章）\n")
        b.date(0)
        b.t("\n")
    if b.p(0.4):
        filler(b)


def g_points_redeem(b):
    kind = b.c(("order", "receipt", "service_chat", "list"))
    gift = b.c(W.GIFTS)
    if kind == "order":
        b.t(b.c(("信用卡积分兑换订单", "积分商城兑换确认", "【积分兑换】订单详情")), "\n")
        form(b, [
            ("订单号", R("order")),
            ("兑换商品", N("gift", W.GIFTS)),
            ("消耗积分", lambda b: b.neg("points", str(b.rng.randint(2, 80) * 1000))),
            (("持卡人", "兑换人"), S("person", "holder")),
            (("信用卡号", "兑换卡号"), S("card", "card")),
            (("收货人", "收件人"), S("person", "recv")),
            (("收货电话", "收件人手机"), S("mobile", "recv_m")),
            (("收货地址", "配送地址", "礼品邮寄地址"), S("address", "recv_a")),
            ("下单时间", D(4), 0.7),
            ("登录IP", S("ip", "ip"), 0.4),
        ])
        if b.p(0.5):
            b.t("提示：")
            b.neg("surname_word", b.c(("周末", "节假日", "高峰期")))
            b.t("订单顺延发货；")
            b.brand()
            b.t("商品由品牌方直发，保修凭订单号。\n")
    elif kind == "receipt":
        b.t(b.c(("物流回执", "签收回执", "礼品配送签收单")), "\n承运商：")
        carrier = b.c(W.CARRIERS)
        b.neg("carrier", carrier)
        b.t("  运单号：")
        b.ref("waybill")
        b.t("\n")
        b.t("您兑换的", gift, "已由")
        b.slot("person", "recv")
        b.t(b.c(("本人签收", "签收", "代收（关系：" + b.c(W.RELATIONS) + "）")), "，签收地址")
        b.slot("address", "recv_a")
        b.t("，签收时间")
        b.date(4)
        b.t("。派送员")
        b.slot("person", "courier")
        b.t("，电话")
        b.slot("mobile", "courier_m")
        b.t("。\n")
    elif kind == "service_chat":
        b.t("在线客服会话记录\n")
        b.t("客户：你好，我用积分换的", gift, "一直没到。\n")
        b.t("客服", b.c(("小金", "小安", "工号" + ref(b.rng, "batch"))), "：您好，请提供订单号和收件手机。\n")
        b.t("客户：订单")
        b.ref("order")
        b.t("，手机")
        b.slot("mobile", "recv_m")
        b.t("。\n客服：查询到收件人")
        b.slot("person", "recv")
        b.t("，地址")
        b.slot("address", "recv_a")
        b.t("，目前在")
        b.neg("carrier", b.c(W.CARRIERS))
        b.t(b.c(("中转站滞留", "派送中", "已退回仓库")), "。\n客户：")
        b.neg("surname_word", b.c(("马上", "万一", "方便")))
        b.t("的话帮我改寄到公司吧：")
        b.org_addr()
        b.t("。\n客服：好的，已为您登记，预计")
        b.date(0)
        b.t("送达。\n")
    else:
        b.t("积分礼品批量邮寄清单 导出时间")
        b.date(4)
        b.t("\n")
        sep = b.c((",", " | ", "\t"))
        b.t(sep.join(("序号", "持卡人", "卡号", "礼品", "联系电话", "邮寄地址")), "\n")
        for i in range(b.rng.randint(2, 4)):
            r = f"row{i}"
            b.t(str(i + 1), sep)
            b.slot("person", r)
            b.t(sep)
            b.slot("card", r)
            b.t(sep)
            b.neg("gift", b.c(W.GIFTS))
            b.t(sep)
            b.slot("mobile", r)
            b.t(sep)
            b.slot("address", r)
            b.t("\n")
    if b.p(0.4):
        filler(b)


def g_expense_claim(b):
    kind = b.c(("claim", "travel", "entertain", "csv"))
    dept = b.c(W.DEPARTMENTS)
    if kind == "claim":
        b.t(b.c(("员工费用报销单", "费用报销审批单", "日常费用报销")), "  单号")
        b.ref("doc_no")
        b.t("\n")
        form(b, [
            (("报销人", "申请人"), S("person", "emp")),
            ("部门", T(dept)),
            ("工号", R("batch"), 0.6),
            (("收款卡号", "报销入账卡号", "工资卡号"), S("card", "emp_c")),
            ("联系电话", S("mobile", "emp_m"), 0.6),
            ("报销事由", C("客户走访交通费", "办公用品采购", "培训差旅", "季度营销活动")),
            ("金额合计", A()),
            ("发票号码", R("invoice"), 0.7),
            (("部门负责人", "审批人"), S("person", "boss")),
            ("财务复核", S("person", "fin"), 0.6),
        ])
    elif kind == "travel":
        b.t("差旅审批单\n")
        b.t("出差人")
        b.slot("person", "emp")
        b.t("（", dept, "）拟于")
        b.date(0)
        b.t("乘", b.c(("航班", "高铁")))
        b.ref(b.c(("flight", "train")))
        b.t("赴", b.c(W.CITIES_SHORT), "参加", b.c(("分行业务培训", "客户回访", "系统上线支持", "监管座谈")), "，入住")
        b.neg("brand", b.c(("全季", "汉庭", "亚朵", "如家", "希尔顿")))
        b.t("酒店，预计费用")
        b.amount()
        b.t("。")
        if b.p(0.6):
            b.t("出差人证件")
            if b.p(0.5):
                b.t("（护照）")
                b.slot("passport", "emp_pp")
            else:
                b.t("身份证")
                b.slot("id", "emp_id")
            b.t("，")
        b.t("紧急联系人")
        b.slot("person", "emergency")
        b.t("，电话")
        b.slot("mobile", "emergency_m")
        b.t("。审批人：")
        b.slot("person", "boss")
        b.t("。\n")
    elif kind == "entertain":
        b.t("业务招待记录\n")
        b.t("时间：")
        b.date(4)
        b.t("；地点：")
        b.neg("restaurant", b.c(W.RESTAURANTS))
        b.t("（")
        b.org_addr()
        b.t("）；招待对象：")
        b.company()
        b.t(b.c(("财务总监", "董事长", "采购负责人")))
        b.slot("person", "guest")
        b.t("等", str(b.rng.randint(2, 6)), "人；陪同：")
        b.slot("person", "emp")
        b.t("、")
        b.short("boss", ("行长", "总", "主任"))
        b.t("；金额")
        b.amount()
        b.t("；事由：")
        b.word(("林业", "石油", "黄金", "冷链", "苗木", "高铁配套"))
        b.t("项目洽谈。\n")
        if b.p(0.5):
            b.t("附：客户名片手机")
            b.slot("mobile", "guest_m")
            b.t("，邮箱")
            b.slot("email", "guest_e")
            b.t("。\n")
    else:
        b.t("报销明细导出\n")
        sep = b.c((",", " | "))
        b.t(sep.join(("日期", "报销人", "费用类型", "金额", "收款卡号", "备注")), "\n")
        for i in range(b.rng.randint(2, 4)):
            r = f"e{i}"
            b.date(b.c((1, 2)))
            b.t(sep)
            b.slot("person", r)
            b.t(sep, b.c(W.EXPENSE_ITEMS), sep)
            b.neg("amount", f"{b.rng.randint(20, 9000)}.{b.rng.randint(0, 99):02d}")
            b.t(sep)
            b.slot("card", r)
            b.t(sep, b.c(("", "已审批", "退回补票", "超标")), "\n")
    if b.p(0.5):
        filler(b)


def g_crm_visit(b):
    kind = b.c(("note", "note", "opportunity", "family"))
    if kind == "note":
        b.t(b.c(("【拜访纪要】", "客户拜访记录", "CRM外呼/走访记录")), " 编号")
        b.ref("visit")
        b.t("\n")
        b.t(b.c(("今日上门拜访客户", "下午与客户", "按计划回访了")))
        b.slot("person", "cust")
        b.t(b.c(("，", "。")), "客户住在")
        b.slot("address", "cust_a")
        b.t("，", b.c(W.JOBS), "，", b.c(("家庭年收入约", "可投资资产约")))
        b.amount()
        b.t("。客户提到", b.c(W.RELATIONS))
        b.slot("person", "rel")
        b.t(b.c(("明年准备出国读书", "最近在看学区房", "刚退休", "在做外贸生意")), "，对", b.c(W.PRODUCTS), "有兴趣。")
        b.t("客户", b.c(("手机", "常用联系方式")))
        b.slot("mobile", "cust_m")
        b.t("，")
        b.neg("surname_word", b.c(("白天", "周末", "工作日晚上")))
        b.t("方便联系。")
        if b.p(0.5):
            b.t("其名下")
            b.neg("bank_name", b.c(W.BANKS))
            b.t("借记卡")
            b.slot("card", "cust_c")
            b.t("为代发工资卡。")
        b.t("\n后续计划：", b.c(("下周送资料", "邀请参加理财沙龙", "约客户到网点面谈", "整理资产配置方案")), "，由")
        b.short("mgr", ("经理", "主管"))
        b.t("跟进。\n")
    elif kind == "opportunity":
        b.t("商机记录\n")
        form(b, [
            ("商机名称", C("存量客户大额存单续作", "个人经营贷新增", "代发工资迁移", "按揭转按")),
            (("客户", "客户姓名"), S("person", "cust")),
            ("客户证件", S("id", "cust_id"), 0.5),
            ("联系方式", S("mobile", "cust_m")),
            (("抵押物坐落", "房屋坐落", "押品地址"), S("address", "collat"), 0.7),
            ("预计金额", A()),
            ("客户经理", S("person", "mgr")),
            ("商机阶段", C("初步接洽", "方案设计", "审批中", "已成交", "搁置")),
            ("下次跟进", D(1), 0.6),
        ], b.c(("colon", "bracket", "numbered", "semicolon")))
        b.t(b.c(("情况说明：", "备注：")))
        b.t("客户", b.c(("计划用", "拟以")), "名下位于")
        b.slot("address", "collat")
        b.t("的住房作抵押，")
        b.neg("surname_word", b.c(("万一", "马上")))
        b.t("审批通过需在")
        b.date(0)
        b.t("前放款。\n")
    else:
        b.t("家庭客户关系维护纪要\n")
        b.slot("person", "cust")
        b.t(b.c(("是我行多年的私行客户，", "为支行重点维护客户，")), "配偶")
        b.slot("person", "spouse")
        b.t("在", b.c(("医院", "学校", "税务局", "一家外企")), "工作，儿子")
        b.slot("person", "child")
        b.t("目前在", b.c(W.COUNTRIES), "留学，护照号")
        b.slot("passport", "child_pp")
        b.t("，曾咨询境外汇款。夫妻二人户籍地址为")
        b.slot("address", "cust_a")
        b.t("，现在常住")
        b.slot("address", "cust_b")
        b.t("。")
        b.short("spouse")
        b.t("邮箱")
        b.slot("email", "spouse_e")
        b.t("，偏好电子对账单。\n")
    if b.p(0.5):
        filler(b)


def g_qa_forum(b):
    q = b.c((
        "在银行办业务遇到过最离谱的事是什么？",
        "信用卡被盗刷了，银行和警察都怎么处理的？",
        "给父母办银行卡要注意什么？",
        "银行客户经理天天打电话推销理财，怎么拒绝？",
        "房贷提前还款，银行拖着不办怎么办？",
    ))
    b.t("问题：", q, "\n")
    b.t(b.c(("匿名用户", "用户", "答主")), b.c(("·", "：", " ")), str(b.rng.randint(12, 9999)), " 赞同\n")
    k = b.rng.randint(0, 2)
    if k == 0:
        b.t("说个我自己的经历吧。去年", b.c(("周末", "国庆", "春节前")), "我陪我", b.c(("妈", "爸", "外婆")), "去")
        b.branch()
        b.t("办卡，排了快两个小时，")
        b.neg("surname_word", "高峰期")
        b.t("嘛可以理解。柜员叫")
        b.slot("person", "teller")
        b.t("（胸牌上写的），人挺好，就是系统老报")
        b.ref("errcode")
        b.t("。后来大堂经理")
        b.short("lobby", ("经理", "姐"))
        b.t("过来说要填家庭住址，我就写了")
        b.slot("address", "home")
        b.t("，结果说要和身份证一致，身份证上是老家")
        b.slot("address", "hometown")
        b.t("，又重填一遍。")
        b.t("最后留了我的手机")
        b.slot("mobile", "me_m")
        b.t("当紧急联系人。\n")
        b.t("所以建议大家：")
        b.neg("surname_word", b.c(("白天", "工作日")))
        b.t("去，带齐材料，")
        b.neg("surname_word", "方便")
        b.t("自己也方便别人。\n")
    elif k == 1:
        b.t("我被盗刷过一次，金额不大")
        b.amount()
        b.t("。卡号")
        b.slot("card", "me_c")
        b.t("，半夜收到短信，立刻打")
        b.hotline()
        b.t("冻结。第二天去派出所报案，民警")
        b.slot("person", "police")
        b.t("做的笔录，说对方IP在境外，后台记录的登录地址是")
        b.slot("ip", "fraud_ip")
        b.t("。\n")
        b.t("银行那边的调查员")
        b.slot("person", "investigator")
        b.t("让我写情况说明，寄到")
        b.org_addr()
        b.t("信用卡中心。前后")
        b.neg("surname_word", "马上")
        b.t("一个月才退回来。")
        b.t("PS：有人私信问我联系方式，我邮箱")
        b.slot("email", "me_e")
        b.t("，不接受推销。\n")
    else:
        b.t("我家就是这种情况。我爸叫")
        b.slot("person", "dad")
        b.t("，今年", str(b.rng.randint(60, 85)), "岁，住")
        b.slot("address", "dad_a")
        b.t("，村里没网点，每次取钱要坐车去镇上。")
        b.t("后来给他办了社保卡")
        b.slot("card", "dad_c")
        b.t("，绑了我的手机")
        b.slot("mobile", "me_m")
        b.t("接收动账提醒。")
        b.t("提醒一句：有人打电话自称")
        b.neg("name_title", b.c(W.SURNAMES[:50]) + b.c(("经理", "警官", "专员")))
        b.t("让你转账到“")
        b.neg("surname_word", "安全")
        b.t("账户”的，百分之百是骗子，直接挂断打")
        b.hotline()
        b.t("。\n")
    if b.p(0.6):
        b.t("—— 编辑于", )
        b.date(1)
        b.t("，")
        b.neg("ip_location", "IP属地：" + b.c(("浙江", "广东", "四川", "北京", "上海", "湖北", "河南")))
        b.t("\n")
    if b.p(0.5):
        b.t("评论区：", b.c(("@", "")))
        b.neg("nickname", b.c(("小鹿乱撞", "金融民工", "周末不加班", "白天睡不醒", "高峰期打工人", "江湖夜雨")))
        b.t("：")
        b.t(b.c(("同感，", "太真实了，", "学到了，")))
        b.word(("余额", "安全", "程序", "金融"))
        b.t("这块确实要注意。\n")


def g_regulator_referral(b):
    kind = b.c(("referral", "reply", "call_note"))
    if kind == "referral":
        b.t(b.c(("金融消费者投诉转办单", "12378投诉转办通知", "银行保险消费投诉转送单")), "\n")
        form(b, [
            ("转办编号", R("complaint")),
            ("来源", C("12378热线", "监管局来信", "网上信访", "12345政务热线转来")),
            (("投诉人", "投诉人姓名"), S("person", "comp")),
            (("联系电话", "投诉人电话"), S("mobile", "comp_m")),
            ("备用电话", S("landline", "comp_l"), 0.4),
            (("证件号码", "身份证号"), S("id", "comp_id"), 0.6),
            (("涉及账户", "涉及卡号"), S("card", "comp_c"), 0.7),
            (("通讯地址", "联系地址"), S("address", "comp_a"), 0.8),
            ("被投诉机构", lambda b: b.branch()),
            ("诉求", C("退还违规收取的年费", "撤销不良征信记录", "解除账户限制", "停止催收骚扰", "赔偿理财损失")),
            ("办理时限", C("15个工作日", "7个工作日", "30日内")),
            ("转办日期", D(0), 0.7),
        ])
        b.t("投诉内容摘要：投诉人称")
        b.date(0)
        b.t("其", b.c(("信用卡被收取", "借记卡被", "理财产品")), b.c(("年费", "非柜面限额", "到期未兑付")), "，", b.c(("多次致电", "到网点反映")))
        b.hotline()
        b.t("未获解决。请于时限内与投诉人联系并反馈。\n")
    elif kind == "reply":
        b.t("投诉处理回复函\n")
        b.slot("person", "comp")
        b.t(b.c(("先生/女士：", "：")), "\n")
        b.t("您于")
        b.date(0)
        b.t("通过", b.c(("12378", "监管部门", "12345")), "反映的问题（编号")
        b.ref("complaint")
        b.t("）已收悉。经核查，您名下尾号")
        b.neg("card_tail", digits(b.rng, 4, "0123456789"))
        b.t("的账户于")
        b.date(1)
        b.t("因", b.c(("触发反洗钱监测规则", "长期未动户", "身份信息过期")), "被限制非柜面交易。")
        b.t("我行客户经理")
        b.slot("person", "handler")
        b.t("已于")
        b.date(0)
        b.t("电话联系您（")
        b.slot("mobile", "comp_m")
        b.t("），并将书面材料寄至")
        b.slot("address", "comp_a")
        b.t("。如对处理结果不满意，可向")
        b.neg("org_name", b.c(("国家金融监督管理总局", "当地金融监管分局", "金融消费纠纷调解中心")))
        b.t("申请调解。\n")
        b.branch()
        b.t("\n联系人：")
        b.slot("person", "handler")
        b.t("  电话：")
        b.slot("landline", "handler_l")
        b.t("\n")
    else:
        b.t("投诉回访电话记录\n")
        b.t("坐席：您好，这里是")
        b.neg("bank_name", b.c(W.BANKS))
        b.t("消保中心，请问是")
        b.slot("person", "comp")
        b.t("吗？\n客户：是我。\n坐席：关于您的投诉")
        b.ref("complaint")
        b.t("，想核实下您的身份证后四位和预留手机。\n客户：手机")
        b.slot("mobile", "comp_m")
        b.t("，身份证")
        b.slot("id", "comp_id")
        b.t("。\n坐席：好的")
        b.short("comp")
        b.t("，已经为您", b.c(("退还年费", "撤销分期手续费", "解除限制")), "，")
        b.neg("surname_word", b.c(("马上", "周末前")))
        b.t("到账。\n")
    if b.p(0.4):
        filler(b)


def g_police_freeze(b):
    city = b.c(W.CITIES_SHORT)
    kind = b.c(("freeze", "inquiry", "deduct", "receipt"))
    unit = city + b.c(("市", "")) + b.c(W.POLICE_UNITS) if kind != "deduct" else city + b.c(("市中级", "市", "区")) + "人民法院"
    if kind == "freeze":
        b.t("协助冻结财产通知书\n")
        b.neg("doc_no", city[0] + "公" + b.c(("经", "刑", "反诈")) + "冻字〔" + str(b.rng.randint(2023, 2025)) + "〕" + str(b.rng.randint(100, 9999)) + "号")
        b.t("\n")
        b.branch()
        b.t("：\n因侦查", b.c(W.CASE_CAUSES), "案需要，根据《中华人民共和国刑事诉讼法》相关规定，请协助冻结下列财产：\n")
        form(b, [
            (("户名", "涉案人", "账户户名"), S("person", "suspect")),
            (("证件号码", "身份证号码"), S("id", "suspect_id")),
            (("账号", "卡号"), S("card", "suspect_c")),
            ("冻结金额", A()),
            ("冻结期限", C("自" + _date(b.rng, 0) + "起六个月", "六个月", "一年")),
            ("涉案人手机", S("mobile", "suspect_m"), 0.5),
            ("涉案人户籍地", S("address", "suspect_a"), 0.6),
        ], b.c(("colon", "table", "numbered", "bracket")))
        b.t("承办人：")
        b.slot("person", "officer1")
        b.t("、")
        b.slot("person", "officer2")
        b.t("  联系电话：")
        b.slot("landline", "office_l")
        b.t("\n")
        b.neg("org_name", unit)
        b.t("（印）\n")
        b.date(0)
        b.t("\n")
    elif kind == "inquiry":
        b.t("协助查询财产通知书\n")
        b.t(unit, "因办理", b.c(W.CASE_CAUSES), "案，现派")
        b.slot("person", "officer1")
        b.t("（警号")
        b.neg("badge", digits(b.rng, 6, "0123456789"))
        b.t("）等二人前往你行，查询")
        b.slot("person", "suspect")
        b.t("（身份证号")
        b.slot("id", "suspect_id")
        b.t("）名下全部账户的开户资料、交易明细（", )
        b.date(1)
        b.t("至")
        b.date(1)
        b.t("）及绑定手机号、登录IP记录。\n")
        if b.p(0.6):
            b.t("已知线索：该人使用手机号")
            b.slot("mobile", "suspect_m")
            b.t("，曾于")
            b.slot("ip", "suspect_ip")
            b.t("登录网银，经常居住地")
            b.slot("address", "suspect_a")
            b.t("，驾驶车辆")
            b.slot("plate", "suspect_plate")
            b.t("。\n")
        b.t("办案单位地址：")
        b.org_addr()
        b.t("，")
        b.neg("doc_no", "文书编号" + ref(b.rng, "doc_no"))
        b.t("。\n")
    elif kind == "deduct":
        b.t("协助执行通知书（扣划）\n")
        b.neg("case_no", "（" + str(b.rng.randint(2022, 2025)) + "）" + b.c(("浙", "苏", "粤", "川", "鄂")) + "0" + str(b.rng.randint(100, 999)) + "执" + str(b.rng.randint(100, 9999)) + "号")
        b.t("\n")
        b.branch()
        b.t("：\n本院在执行申请人")
        b.slot("person", "creditor")
        b.t("与被执行人")
        b.slot("person", "debtor")
        b.t(b.c(W.CIVIL_CAUSES), "一案中，依法扣划被执行人在你行账户")
        b.slot("card", "debtor_c")
        b.t("内存款")
        b.amount()
        b.t("，划至本院执行款专户。被执行人身份证号")
        b.slot("id", "debtor_id")
        b.t("，住所地")
        b.slot("address", "debtor_a")
        b.t("。\n执行法官：")
        b.slot("person", "judge")
        b.t("  书记员：")
        b.slot("person", "clerk")
        b.t("  电话：")
        b.slot("landline", "court_l")
        b.t("\n法院地址：")
        b.org_addr()
        b.t("\n")
    else:
        b.t(b.c(("协助冻结回执", "协助查询回执", "协助执行回执")), "\n")
        b.neg("org_name", unit)
        b.t("：\n你单位")
        b.date(0)
        b.t("送达的文书已收悉。经查，")
        b.slot("person", "suspect")
        b.t("在我行开立", b.c(("借记卡", "个人结算账户", "信用卡")))
        b.slot("card", "suspect_c")
        b.t("，已按要求", b.c(("冻结", "续冻", "扣划")))
        b.amount()
        b.t("，冻结编号")
        b.ref("trace")
        b.t("。该账户另绑定手机")
        b.slot("mobile", "suspect_m")
        b.t("。\n")
        b.t("我行经办人：")
        b.slot("person", "teller")
        b.t("，复核人：")
        b.slot("person", "checker")
        b.t("，联系电话")
        b.slot("landline", "bank_l")
        b.t("。\n")
        b.branch()
        b.t("（业务专用章）\n")
    if b.p(0.3):
        filler(b)


def g_lawyer_letter(b):
    kind = b.c(("lawyer", "demand", "settle"))
    firm = law_firm(b.rng)
    if kind == "lawyer":
        b.t("律师函\n")
        b.neg("doc_no", firm[:2] + "律函字〔" + str(b.rng.randint(2023, 2025)) + "〕第" + str(b.rng.randint(10, 999)) + "号")
        b.t("\n致：")
        b.slot("person", "debtor")
        b.t(b.c(("（身份证号：", "（证件号")))
        b.slot("id", "debtor_id")
        b.t("）\n地址：")
        b.slot("address", "debtor_a")
        b.t("\n")
        b.neg("law_firm", firm)
        b.t("接受")
        b.slot("person", "client")
        b.t("（以下简称“委托人”）委托，指派")
        b.slot("person", "lawyer")
        b.t("律师就您拖欠借款一事致函如下：\n")
        b.t("一、您于")
        b.date(0)
        b.t("向委托人借款")
        b.amount()
        b.t("，约定")
        b.date(0)
        b.t("前归还，款项已转入您的账户")
        b.slot("card", "debtor_c")
        b.t("。\n二、经委托人多次催要，您至今未还。请于收到本函之日起七日内联系本律师（手机")
        b.slot("mobile", "lawyer_m")
        b.t("，邮箱")
        b.slot("email", "lawyer_e")
        b.t("），否则委托人将提起诉讼。\n")
        b.neg("law_firm", firm)
        b.t("  地址：")
        b.org_addr()
        b.t("\n")
        b.date(0)
        b.t("\n")
    elif kind == "demand":
        b.t(b.c(("催告函", "还款催告通知", "债权催收告知函")), "\n")
        b.slot("person", "debtor")
        b.t("：\n")
        b.t("您在")
        b.neg("bank_name", b.c(W.BANKS))
        b.t("办理的", b.c(("信用卡", "个人消费贷款", "经营性贷款")), "（合同编号")
        b.ref("contract")
        b.t("）已逾期", str(b.rng.randint(31, 400)), "天，欠款本息合计")
        b.amount()
        b.t("。保证人")
        b.slot("person", "guarantor")
        b.t("（")
        b.slot("mobile", "guarantor_m")
        b.t("）依约承担连带责任。")
        b.t("抵押房产坐落于")
        b.slot("address", "collat")
        b.t("，如仍不履行，我方将申请")
        b.neg("surname_word", b.c(("拍卖", "司法处置")))
        b.t("。\n")
        form(b, [
            ("债务人", S("person", "debtor")),
            ("债务人电话", S("mobile", "debtor_m")),
            ("户籍地址", S("address", "debtor_a"), 0.7),
            ("承办律师", S("person", "lawyer")),
            ("律师电话", S("landline", "lawyer_l"), 0.7),
            ("律所", lambda b: b.neg("law_firm", firm)),
        ], b.c(("colon", "semicolon", "bracket", "table")))
    else:
        b.t("和解协议\n")
        b.t("甲方（债权人）：")
        b.slot("person", "client")
        b.t("，身份证号")
        b.slot("id", "client_id")
        b.t("，住址")
        b.slot("address", "client_a")
        b.t("\n乙方（债务人）：")
        b.slot("person", "debtor")
        b.t("，身份证号")
        b.slot("id", "debtor_id")
        b.t("，住址")
        b.slot("address", "debtor_a")
        b.t("\n")
        b.t("鉴于乙方欠甲方借款", )
        b.amount()
        b.t("，双方在")
        b.neg("law_firm", firm)
        b.t("律师")
        b.slot("person", "lawyer")
        b.t("见证下达成如下和解：\n1. 乙方于")
        b.date(0)
        b.t("前向甲方账户")
        b.slot("card", "client_c")
        b.t("支付首期")
        b.amount()
        b.t("；\n2. 余款分", str(b.rng.randint(3, 24)), "期偿还，每期")
        b.amount()
        b.t("；\n3. 乙方以其名下车辆")
        b.slot("plate", "debtor_plate")
        b.t("作为担保，")
        b.neg("surname_word", b.c(("万一", "任何")))
        b.t("一期逾期，甲方有权就全部余款申请强制执行。\n")
        b.t("甲方签字：")
        b.slot("person", "client")
        b.t("    乙方签字：")
        b.slot("person", "debtor")
        b.t("\n")
        b.date(0)
        b.t("\n")
    if b.p(0.3):
        filler(b)


GENRES = {
    "etc_vehicle": g_etc_vehicle,
    "wealth_connect": g_wealth_connect,
    "account_review": g_account_review,
    "points_redeem": g_points_redeem,
    "expense_claim": g_expense_claim,
    "crm_visit": g_crm_visit,
    "qa_forum": g_qa_forum,
    "regulator_referral": g_regulator_referral,
    "police_freeze": g_police_freeze,
    "lawyer_letter": g_lawyer_letter,
}


def build(genre, b):
    """Write one record of a genre into b: the document, then (usually) some running prose."""
    GENRES[genre](b)
    if b.p(0.85):
        if b.text().endswith("\n"):
            pass
        else:
            b.t("\n")
        extra(b, EXTRA[genre])
    return b
