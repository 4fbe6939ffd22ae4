"""Fragments and templates for the blind10 corpus, one function per genre.

A template writes into a :class:`B` (builder): ``b.t(text)`` appends plain text, ``b.sp(value,
label)`` appends a labelled value and records its span at the moment it is written.  Every PII
slot goes through ``b.use()``: in a PII-free record it is always False and the slot is filled with
a hard negative (``张某``, ``王经理``, ``138****5678``, a blank line, an organisation's address ...),
so both kinds of record share the same wording.
"""
import re
import random

from cnpii.identifiers import (
    bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone, passport,
    resident_id, uscc,
)
import words as W

VALIDATORS = {
    "resident_id": resident_id.is_valid, "mobile_phone": mobile_phone.is_valid,
    "landline_phone": landline_phone.is_valid, "bank_card": bank_card.is_valid,
    "passport": passport.is_valid, "hk_macau_permit": hk_macau_permit.is_valid,
    "uscc": uscc.is_valid, "license_plate": license_plate.is_valid,
}
PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使"
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
GROUPED_RE = re.compile(r"[0-9A-Z]+(?:[ \-()（）]{1,2}[0-9A-Z]+)+")


def candidates(text):
    """Every string of ``text`` that the look-alike check tries against the validators."""
    out = set()
    for rx in (r"\d+", r"[0-9A-Z]+", r"\+?\d+"):
        out.update(m.group() for m in re.finditer(rx, text))
    for m in GROUPED_RE.finditer(text):
        s = m.group()
        toks = [(t.start(), t.end()) for t in re.finditer(r"[0-9A-Z]+", s)]
        for i in range(len(toks)):
            for j in range(i + 1, len(toks)):
                out.add(s[toks[i][0]:toks[j][1]])
    for i, ch in enumerate(text):
        if ch in PROVINCE_CHARS:
            for n in range(5, 12):
                out.add(text[i:i + n])
    return out


def lookalikes(text):
    """(kind, string) pairs of the text that some validator accepts, plus e-mails and IPv4s."""
    hits = []
    for c in candidates(text):
        for kind, ok in VALIDATORS.items():
            if ok(c):
                hits.append((kind, c))
    hits += [("email", m.group()) for m in EMAIL_RE.finditer(text)]
    hits += [("ipv4", m.group()) for m in IPV4_RE.finditer(text)]
    return hits


def safe(rng, make):
    """Draw a hard-negative string with ``make(rng)`` until no validator accepts any part of it."""
    while True:
        s = make(rng)
        if not lookalikes(s):
            return s


class B:
    def __init__(self, rng, pii):
        self.rng, self.pii = rng, pii
        self.parts, self.spans, self.pos = [], [], 0

    def t(self, *parts):
        for p in parts:
            self.parts.append(p)
            self.pos += len(p)
        return self

    def sp(self, value, label):
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "label": label, "value": value})
        return self.t(value)

    def use(self, p=0.6):
        return self.pii and self.rng.random() < p

    def c(self, *opts):
        return self.rng.choice(opts)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- small generators
def ri(rng, a, b):
    return rng.randint(a, b)


def full_name(rng):
    if rng.random() < 0.03:
        s = rng.choice(W.COMPOUND_SURNAMES)
    else:
        s = rng.choice(W.SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return s + "".join(rng.choice(W.GIVEN_CHARS) for _ in range(n))


def neg_person(rng, mou=False):
    s = rng.choice(W.SURNAMES)
    k = rng.random()
    if mou and 0.4 <= k < 0.75:
        k = rng.choice([0.1, 0.3, 0.8, 0.9])
    if k < 0.25:
        return s + "某"
    if k < 0.4:
        return s + "某某"
    if k < 0.75:
        return s + rng.choice(W.TITLES)
    if k < 0.87:
        return s + rng.choice(["*", "**", "＊", "*某"])
    return "*" + rng.choice(W.GIVEN_CHARS) + rng.choice(["", rng.choice(W.GIVEN_CHARS)])


def person(b, p=0.6, mou=False):
    """A full name (PERSON) or, when the slot is not PII, 张某 / 王经理 / 张* (mou: no titles)."""
    if b.use(p):
        b.sp(full_name(b.rng), "PERSON")
    else:
        b.t(neg_person(b.rng, mou))


def masked_mobile(rng):
    m = mobile_phone.generate(rng)
    k = rng.random()
    if k < 0.5:
        return m[:3] + "****" + m[-4:]
    if k < 0.7:
        return m[:3] + "*****" + m[-3:]
    if k < 0.85:
        return "尾号" + m[-4:]
    return m[:3] + "-****-" + m[-4:]


def fmt_mobile(rng):
    m = mobile_phone.generate(rng)
    k = rng.random()
    if k < 0.5:
        return m
    if k < 0.65:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if k < 0.78:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if k < 0.9:
        return "+86 " + m
    return "+86-" + f"{m[:3]}-{m[3:7]}-{m[7:]}"


def mobile(b, p=0.6, neg=None):
    if b.use(p):
        b.sp(fmt_mobile(b.rng), "CN_MOBILE")
    else:
        b.t(neg or masked_mobile(b.rng))


def fmt_landline(rng):
    while True:
        x = landline_phone.format(landline_phone.generate(rng))
        if rng.random() < 0.6 and "转" in x:
            x = x.split("转")[0]
        if rng.random() < 0.2:
            x = x.replace("-", " ", 1)
        if landline_phone.is_valid(x):
            return x


def landline(b, p=0.6, neg=None):
    if b.use(p):
        b.sp(fmt_landline(b.rng), "CN_LANDLINE")
    else:
        b.t(neg or b.c(*W.PUBLIC_HOTLINES[:4], "（见封面）", "0571-8****621", "010-6****388"))


def fmt_id(rng):
    x = resident_id.generate(rng)
    while not 1950 <= int(x[6:10]) <= 2004:
        x = resident_id.generate(rng)
    if rng.random() < 0.1:
        x = f"{x[:6]} {x[6:14]} {x[14:]}"
    return x


def masked_id(rng):
    x = resident_id.generate(rng)
    k = rng.random()
    if k < 0.4:
        return x[:6] + "********" + x[-4:]
    if k < 0.6:
        return x[0] + "*" * 16 + x[-1]
    if k < 0.8:
        return x[:3] + "***********" + x[-4:]
    return "尾号" + x[-4:]


def id_card(b, p=0.6, neg=None):
    if b.use(p):
        b.sp(fmt_id(b.rng), "CN_ID_CARD")
    else:
        b.t(neg or masked_id(b.rng))


def fmt_card(rng):
    x = bank_card.generate(rng, bin=rng.choice(W.CARD_BINS)) if rng.random() < 0.7 else bank_card.generate(rng)
    if rng.random() < 0.35:
        x = " ".join(x[i:i + 4] for i in range(0, len(x), 4))
    return x


def masked_card(rng):
    x = bank_card.generate(rng, bin=rng.choice(W.CARD_BINS))
    k = rng.random()
    if k < 0.35:
        return x[:6] + "*" * (len(x) - 10) + x[-4:]
    if k < 0.6:
        return "尾号" + x[-4:]
    if k < 0.8:
        return x[:4] + " **** **** " + x[-4:]
    return "****" + x[-4:]


def card(b, p=0.6, neg=None):
    if b.use(p):
        b.sp(fmt_card(b.rng), "BANK_CARD")
    else:
        b.t(neg or masked_card(b.rng))


def fmt_plate(rng):
    while True:
        x = license_plate.generate(rng)
        if x[-1] in "领港澳使挂学警" and rng.random() < 0.85:
            continue
        if x[0] == "使":
            continue
        if rng.random() < 0.3:
            x = license_plate.format(x)
        if license_plate.is_valid(x):
            return x


def plate(b, p=0.6):
    if b.use(p):
        b.sp(fmt_plate(b.rng), "LICENSE_PLATE")
    else:
        x = license_plate.generate(b.rng)
        b.t(b.c(x[:2] + "***" + x[-1], x[:2] + "·****", "（车牌号见登记证书）", x[:1] + "牌照待上"))


def fmt_uscc(rng):
    return uscc.generate(rng)


def uscc_slot(b, p=0.6):
    if b.use(p):
        b.sp(fmt_uscc(b.rng), "CN_USCC")
    else:
        x = uscc.generate(b.rng)
        b.t(b.c(x[:8] + "**********", x[:6] + "****" + x[-4:].replace(x[-1], "*"), "见营业执照副本", "（已核验，略）"))


def fmt_email(rng):
    k = rng.random()
    if k < 0.4:
        local = rng.choice(W.PINYIN) + rng.choice(W.PINYIN) + str(ri(rng, 1, 99))
    elif k < 0.7:
        local = rng.choice(W.PINYIN) + "." + rng.choice(W.PINYIN)
    else:
        local = str(ri(rng, 10000000, 2999999999))
        while lookalikes(local):
            local = str(ri(rng, 10000000, 2999999999))
    return local + "@" + rng.choice(W.EMAIL_DOMAINS)


def email(b, p=0.5):
    if b.use(p):
        b.sp(fmt_email(b.rng), "EMAIL")
    else:
        e = fmt_email(b.rng)
        b.t(e[0] + "***" + e[e.index("@"):].replace("@", "＠"))


def fmt_ip(rng):
    return f"{ri(rng, 36, 223)}.{ri(rng, 0, 255)}.{ri(rng, 0, 255)}.{ri(rng, 1, 254)}"


def fmt_passport(rng):
    return passport.generate(rng)


def fmt_permit(rng):
    return hk_macau_permit.generate(rng)


# ---------------------------------------------------------------- places and addresses
def place(rng):
    return rng.choice(W.PLACES)


def admin_prefix(rng, pl, drop_province=0.3):
    prov, city, dists = pl
    d = rng.choice(dists)
    if prov and rng.random() > drop_province:
        return prov + city + d
    return city + d


def person_address(rng):
    pl = place(rng)
    head = admin_prefix(rng, pl)
    if rng.random() < 0.2 and not pl[1] in ("北京市", "上海市", "天津市"):
        return head + rng.choice(W.TOWNS) + rng.choice(W.VILLAGES) + f"{ri(rng, 1, 12)}组{ri(rng, 1, 88)}号"
    road = rng.choice(W.ROADS)
    tail = rng.choice([
        f"{ri(rng, 1, 9)}号楼{ri(rng, 1, 6)}单元{ri(rng, 1, 28)}0{ri(rng, 1, 6)}室",
        f"{ri(rng, 1, 30)}幢{ri(rng, 101, 2806)}室",
        f"{ri(rng, 1, 20)}栋{ri(rng, 1, 4)}单元{ri(rng, 2, 33)}0{ri(rng, 1, 4)}",
        f"{ri(rng, 1, 12)}-{ri(rng, 1, 3)}-{ri(rng, 101, 1802)}",
    ])
    return head + road + f"{ri(rng, 1, 999)}号" + rng.choice(W.ESTATES) + tail


def org_address(rng, pl=None):
    pl = pl or place(rng)
    head = admin_prefix(rng, pl, 0.6)
    return head + rng.choice(W.ROADS) + f"{ri(rng, 1, 688)}号" + rng.choice(W.TRADE_NAMES) + rng.choice(W.BUILDINGS) + rng.choice([f"{ri(rng, 1, 32)}层", f"{ri(rng, 1, 28)}楼", "一楼", f"{ri(rng, 1, 9)}F"])


def address(b, p=0.6, neg=None):
    if b.use(p):
        b.sp(person_address(b.rng), "ADDRESS")
    else:
        b.t(neg or b.c("________________", "（详见身份证）", "同户籍地", "（略）", "住址不详", "见附件一",
                       b.rng.choice(W.ROADS) + "附近", "＿＿省＿＿市＿＿区＿＿路＿＿号"))


def company(rng, pl=None):
    pl = pl or place(rng)
    city = pl[1].rstrip("市")
    return city + rng.choice(W.TRADE_NAMES) + rng.choice(W.INDUSTRIES) + rng.choice(W.COMPANY_FORMS)


def bank_branch(rng, bank=None, pl=None):
    bank = bank or rng.choice(W.BANKS)
    pl = pl or place(rng)
    d = rng.choice(pl[2]).rstrip("区县市") if rng.random() < 0.7 else rng.choice(W.ROADS).rstrip("路街道大")
    return bank + pl[1].rstrip("市") + rng.choice([d + "支行", d + "分理处", "分行营业部", d + "支行营业室"])


def court(rng):
    (city, dist), code = rng.choice(list(W.COURT_CODES.items()))
    prefix = "" if city in ("北京市", "上海市", "天津市", "重庆市") else ""
    return prefix + city + dist + "人民法院", code, city, dist


def case_no(rng, code=None):
    code = code or rng.choice(list(W.COURT_CODES.values()))
    y = ri(rng, 2019, 2025)
    o, c = rng.choice([("(", ")"), ("（", "）"), ("〔", "〕")])
    return f"{o}{y}{c}{code}{rng.choice(W.CASE_TYPES)}{ri(rng, 1, 28999)}号"


# ---------------------------------------------------------------- numbers, dates, amounts
def date(rng, fmt=None):
    y, m, d = ri(rng, 2019, 2025), ri(rng, 1, 12), ri(rng, 1, 28)
    k = fmt if fmt is not None else rng.randrange(8)
    cn = "〇一二三四五六七八九"
    if k == 0:
        return f"{y}年{m}月{d}日"
    if k == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 2:
        return f"{y}/{m}/{d}"
    if k == 3:
        return f"{y}{m:02d}{d:02d}"
    if k == 4:
        def n2(x):
            return ("十" if x == 10 else "十" + cn[x - 10] if x < 20 else cn[x // 10] + "十" + (cn[x % 10] if x % 10 else "")) if x >= 10 else cn[x]
        return "".join(cn[int(ch)] for ch in str(y)) + "年" + n2(m) + "月" + n2(d) + "日"
    if k == 5:
        return f"{y}.{m:02d}.{d:02d}"
    if k == 6:
        return f"{m}月{d}日"
    return f"{y}年{m:02d}月{d:02d}日 {ri(rng, 0, 23):02d}:{ri(rng, 0, 59):02d}"


def amount_value(rng):
    k = rng.random()
    if k < 0.4:
        return round(rng.uniform(10, 9999), 2)
    if k < 0.8:
        return round(rng.uniform(10000, 999999), 2)
    return float(ri(rng, 1, 3000) * 10000)


def fmt_amount(v, rng):
    k = rng.random()
    if k < 0.5:
        return f"{v:,.2f}"
    if k < 0.8:
        return f"{v:.2f}"
    if v >= 10000 and v == int(v):
        return f"{v / 10000:g}万"
    return f"{v:,.2f}"


def amount(rng):
    return safe(rng, lambda r: fmt_amount(amount_value(r), r))


CN_DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(v):
    """人民币大写 for an amount below one trillion yuan."""
    cents = round(v * 100)
    yuan, jf = divmod(cents, 100)
    jiao, fen = divmod(jf, 10)

    def four(n):
        s, zero = "", False
        for dch, u in zip(f"{n:04d}", ("仟", "佰", "拾", "")):
            if dch == "0":
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                zero = False
                s += CN_DIG[int(dch)] + u
        return s

    groups = [(yuan // 10 ** 8, "亿"), ((yuan // 10 ** 4) % 10 ** 4, "万"), (yuan % 10 ** 4, "")]
    out, pending_zero = "", False
    for n, u in groups:
        if n == 0:
            if out:
                pending_zero = True
            continue
        if out and (pending_zero or n < 1000):
            out += "零"
        out += four(n) + u
        pending_zero = False
    out = (out or "零") + "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += CN_DIG[jiao] + "角"
    elif yuan:
        out += "零"
    return out + (CN_DIG[fen] + "分" if fen else "整")


def digits(rng, n, first="123456789"):
    return safe(rng, lambda r: r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1)))


def serial(rng, prefix=None, n=None):
    prefix = prefix if prefix is not None else rng.choice(["HD", "ZX", "XZ", "CX", "NO.", "DJ", "FK", "SCF", "BL", "TZ", "RC", "WJ"])
    n = n or ri(rng, 8, 16)
    return safe(rng, lambda r: prefix + "".join(r.choice("0123456789") for _ in range(n)))


def wallet_id(rng):
    def mk(r):
        x = "00" + "".join(r.choice("0123456789") for _ in range(14))
        if r.random() < 0.4:
            x = " ".join(x[i:i + 4] for i in range(0, 16, 4))
        return x
    return safe(rng, mk)


def postcode(rng):
    return safe(rng, lambda r: f"{ri(r, 10, 85)}{ri(r, 0, 9999):04d}")


def invoice_no(rng):
    return safe(rng, lambda r: r.choice(["23", "24", "25"]) + "".join(r.choice("0123456789") for _ in range(18)))


def hotline(rng, bank=None):
    if bank and bank in W.HOTLINES:
        return W.HOTLINES[bank]
    return rng.choice(list(W.HOTLINES.values()) + W.PUBLIC_HOTLINES)


def neg_words(rng, k=2):
    pool = W.SURNAME_WORDS + W.NAME_LIKE
    return rng.sample(pool, k)


# ================================================================ genres
def g_judicial_assist(b):
    r = b.rng
    ct, code, city, dist = court(r)
    cno = case_no(r, code)
    bank = r.choice(W.BANKS)
    br = bank_branch(r, bank)
    k = r.randrange(4)
    creditor = company(r) if r.random() < 0.6 else None
    if k == 0:
        b.t(ct, "\n协助冻结存款通知书\n", cno, "\n", bank, "：\n本院在执行申请执行人")
        if creditor:
            b.t(creditor)
        else:
            person(b)
        b.t("与被执行人")
        person(b, 0.9)
        b.t(b.c(*W.DISPUTES), "一案中，依照《中华人民共和国民事诉讼法》相关规定，请协助冻结被执行人（证件号码：")
        id_card(b, 0.7)
        b.t("）在你行开立的账户", )
        card(b, 0.7)
        b.t("内的存款人民币", amount(r), "元，冻结期限一年，自", date(r, 0), "起至", date(r, 0), "止。",
            b.c("如余额不足，请冻结其账户内全部余额。", "万一账户已被他院冻结，请轮候冻结并书面告知。", "请尤其注意不得向被执行人透露本通知内容。"), "\n承办人：")
        person(b, 0.7)
        b.t("  书记员：")
        person(b, 0.4, mou=True)
        b.t("  联系电话：")
        landline(b, 0.5, neg="12368")
        b.t("\n院址：", org_address(r, next(p for p in W.PLACES if p[1] == city)), "  邮编：", postcode(r), "\n", date(r, 4))
    elif k == 1:
        b.t("协助查询存款通知书（回执）\n", ct, "：\n你院", cno, "协助查询通知书已收悉。经查，被查询人")
        person(b, 0.9)
        b.t("，证件号码")
        id_card(b, 0.7)
        n = ri(r, 1, 3)
        b.t("，在我行", br, "等网点开立账户", str(n), "个：\n")
        for i in range(n):
            b.t(f"{i + 1}. 账号")
            card(b, 0.75)
            b.t("，", b.c("借记卡", "活期储蓄", "定期存单", "信用卡"), "，余额", amount(r), "元，",
                b.c("状态正常", "已被冻结", "已销户", "睡眠户", "止付"), "；\n")
        b.t("截至查询日", date(r, 1), "无其他账户。\n经办人：")
        person(b, 0.6)
        b.t("  复核：")
        person(b, 0.5)
        b.t("\n", bank, "（协助执行专用章）  ", date(r, 0))
    elif k == 2:
        acct = digits(r, ri(r, 17, 22))
        b.t("协助执行扣划通知\n", cno, "\n", br, "：\n根据已生效的法律文书，请将被执行人")
        person(b, 0.9)
        b.t("（身份证号")
        id_card(b, 0.6)
        b.t("）名下已冻结的存款", amount(r), "元扣划至本院执行款专户。\n户名：", ct, "\n账号：", acct,
            "\n开户行：", bank_branch(r), "\n", b.c("扣划完毕后请马上回执。", "请于三日内完成扣划并回函。", "扣划时请备注案号，方便对账。"),
            "\n执行法官：")
        person(b, 0.7)
        b.t("（电话：")
        mobile(b, 0.5, neg=r.choice(["12368", "见送达回证"]))
        b.t("）\n", ct, "执行局\n", date(r, 0))
    else:
        b.t("【系统登记】协执编号", serial(r, "XZ"), " 来文单位：", ct, " 文书：", cno, " 类型：",
            b.c("冻结", "续冻", "解冻", "扣划", "查询"), " 对象：")
        person(b, 0.9)
        b.t(" 证件：")
        id_card(b, 0.6)
        b.t(" 账户：")
        card(b, 0.6)
        b.t(" 金额：", amount(r), " 送达人：")
        person(b, 0.5)
        b.t("、", r.choice(W.SURNAMES) + "法官", " 登记日期：", date(r, 1), " 备注：",
            b.c("法院工作人员出示工作证及执行公务证，已核验。", "来文为邮寄件，已电话回访法院确认真伪。", "同一被执行人另有" + str(ri(r, 2, 5)) + "笔轮候冻结。"))


def g_supply_chain(b):
    r = b.rng
    pl = place(r)
    core = company(r, pl)
    sup = company(r)
    k = r.randrange(4)
    if k == 0:
        b.t("应收账款转让通知书\n致：", core, "（统一社会信用代码：")
        uscc_slot(b, 0.7)
        b.t("）\n我司", sup, "已将对贵司享有的应收账款人民币", amount(r), "元（对应发票号码", invoice_no(r),
            "，开票日期", date(r, 1), "）转让给", bank_branch(r), "，请贵司于到期日", date(r, 0),
            "前将款项付至保理专户。\n注册地址：", org_address(r), "\n法定代表人：")
        person(b, 0.8)
        b.t("  联系人：")
        person(b, 0.5)
        b.t("  电话：")
        mobile(b, 0.6)
        b.t("\n", sup, "（公章）")
    elif k == 1:
        b.t("供应链融资尽调摘要\n一、借款人：", sup, "，住所：", org_address(r), "，统一社会信用代码")
        uscc_slot(b, 0.6)
        b.t("。\n二、实际控制人：")
        person(b, 0.8)
        b.t("，身份证号")
        id_card(b, 0.6)
        b.t("，持股", str(ri(r, 30, 95)), "%，", b.c("从事石油化工配套二十余年。", "早年在林业系统工作，后下海经商。", "为人低调，尤其重视现金流管理。"),
            "\n三、核心企业：", core, "，近", str(ri(r, 2, 5)), "年向借款人采购", b.c(*W.INDUSTRIES),
            "，年交易额约", amount(r), "元，账期", str(r.choice([30, 60, 90, 120, 180])), "天。\n四、拟授信额度", str(ri(r, 1, 50) * 100),
            "万元，品种为", b.c("订单融资", "应收账款保理", "电子债权凭证融资", "商票保贴"), "，经办客户经理")
        person(b, 0.5)
        b.t("。")
    elif k == 2:
        b.t("【电子债权凭证】凭证编号：", serial(r, r.choice(["DZ", "YX", "JX"]), 18), "\n开立方：", core, "\n持有方：", sup,
            "\n金额：¥", amount(r), "  承诺付款日：", date(r, 1), "\n持有方法定代表人：")
        person(b, 0.7)
        b.t("  经办人手机：")
        mobile(b, 0.6)
        b.t("\n平台客服：", hotline(r), "  温馨提示：凭证可拆分流转，", b.c("高峰期签收可能延迟。", "何时到期请以平台显示为准。", "方便起见可开通自动签收。"))
    else:
        b.t("发票核验清单（", core, "供应商：", sup, "）\n")
        for i in range(ri(r, 2, 4)):
            b.t(f"{i + 1}) 发票号码 ", invoice_no(r), "  金额 ", amount(r), "  税额 ", amount(r), "  ", b.c("已核验", "待核验", "红冲", "重复质押预警"), "\n")
        b.t("核验人：")
        person(b, 0.6)
        b.t("；供应商财务负责人：")
        person(b, 0.6)
        b.t("，联系方式：")
        mobile(b, 0.5)
        b.t("；统一社会信用代码：")
        uscc_slot(b, 0.6)
        b.t("。", b.c("余额以中登网登记为准。", "注意黄金周前后开票集中。", "云端影像已归档。"))


def g_guarantee_contract(b):
    r = b.rng
    k = r.randrange(4)
    cno = serial(r, r.choice(["BZ", "DY", "ZGBZ", "GDY"]), ri(r, 10, 14))
    if k == 0:
        b.t("第", b.c("三", "五", "七"), "条 保证方式\n本合同项下的保证方式为连带责任保证。保证期间为主合同项下债务履行期限届满之日起三年。\n",
            "第", b.c("八", "九", "十"), "条 其他\n", b.c("本合同一式三份，具有同等法律效力。", "万一发生争议，提交贷款人住所地人民法院诉讼解决。", "本合同自各方签字或盖章之日起生效。"),
            "\n（以下无正文，为签署页）\n合同编号：", cno, "\n保证人（签字）：")
        person(b, 0.9)
        b.t("\n身份证号码：")
        id_card(b, 0.8, neg="__________________")
        b.t("\n住所：")
        address(b, 0.7)
        b.t("\n联系电话：")
        mobile(b, 0.6, neg="_____________")
        b.t("\n签署日期：", b.c("____年__月__日", date(r, 0)), "\n债权人：", bank_branch(r), "（公章）")
    elif k == 1:
        b.t("最高额抵押合同（摘录）\n抵押人：")
        person(b, 0.9)
        b.t("  证件号码：")
        id_card(b, 0.7)
        b.t("\n抵押物：", b.c("住宅", "商铺", "写字楼", "车库"), "一处，坐落于")
        address(b, 0.8, neg=b.c("（见不动产权证）", "________________", r.choice(W.ROADS) + "东侧"))
        b.t("，不动产权证号", f"{r.choice('京沪浙苏粤鲁川')}({ri(r, 2015, 2024)}){r.choice(W.PLACES)[2][0]}不动产权第{digits(r, 7, '0')}号",
            "，建筑面积", f"{ri(r, 40, 320)}.{ri(r, 10, 99)}", "平方米，评估价值", amount(r), "元。\n抵押权人：", bank_branch(r),
            "，营业地址：", org_address(r), "\n担保最高债权额：", amount(r), "元，期间自", date(r, 0), "至", date(r, 0), "。")
    elif k == 2:
        comp = company(r)
        b.t("保证人（法人）：", comp, "\n住所：", org_address(r), "\n统一社会信用代码：")
        uscc_slot(b, 0.8)
        b.t("\n法定代表人：")
        person(b, 0.8)
        b.t("  联系电话：")
        landline(b, 0.5, neg=b.c("________", hotline(r)))
        b.t("\n保证人（自然人）：")
        person(b, 0.7)
        b.t("  与借款人关系：", b.c("配偶", "父子", "朋友", "股东", "实际控制人"), "\n通讯地址：")
        address(b, 0.6)
        b.t("\n", b.c("保证人确认已阅读并理解全部条款，尤其是加粗部分。", "保证人声明：本人财产状况良好，方便配合核查。", "本页为签署页，无正文。"))
    else:
        b.t("车辆抵押登记表\n抵押人：")
        person(b, 0.85)
        b.t("\n身份证：")
        id_card(b, 0.6)
        b.t("\n车辆：", b.c("比亚迪汉", "大众帕萨特", "丰田凯美瑞", "理想L7", "长城哈弗H6", "吉利星越"), "  号牌：")
        plate(b, 0.8)
        b.t("  车架号：", serial(r, "LS", 15), "\n登记地址：")
        address(b, 0.5)
        b.t("\n抵押权人：", bank_branch(r), "  经办：", r.choice(W.SURNAMES) + r.choice(["经理", "专员"]), "  日期：", date(r, 2))


def g_private_banking(b):
    r = b.rng
    k = r.randrange(3)
    if k == 0:
        b.t("私行客户尽调纪要（", serial(r, "PB", 8), "）\n客户")
        person(b, 0.9)
        b.t("，", str(ri(r, 38, 72)), "岁，", company(r), b.c("董事长", "创始人", "总经理", "大股东"), "。配偶")
        person(b, 0.7)
        b.t("，", b.c(*W.OCCUPATIONS), "。育有", b.c("一子", "一女", "一子一女", "两子"), "，")
        person(b, 0.6)
        b.t("就读于", b.c(*W.SCHOOLS), "，小名", b.c(*W.NICKNAMES), "。客户爱好", b.c(*W.HOBBIES), "与", b.c(*W.HOBBIES),
            "，每年夏季去", b.c(*W.RESORTS), "度假。\n资产：名下房产位于")
        address(b, 0.6, neg=b.c("上海市徐汇区", "杭州市西湖区", "深圳市南山区") + "，具体门牌未提供")
        b.t("，另持有", b.c(*W.ASSETS), "约", str(ri(r, 5, 300) * 100), "万元、黄金", str(ri(r, 1, 50)), "公斤。\n联系方式：")
        mobile(b, 0.6)
        b.t("；邮箱：")
        email(b, 0.5)
        b.t("\n客户经理：")
        person(b, 0.5)
    elif k == 1:
        b.t("家族信息表\n")
        for rel in r.sample(W.RELATIVES, ri(r, 2, 4)):
            b.t(rel, "：")
            person(b, 0.7)
            b.t("，", b.c(*W.OCCUPATIONS, "在读学生"), "，")
            if r.random() < 0.5:
                b.t("护照号")
                if b.use(0.6):
                    b.sp(fmt_passport(r), "CN_PASSPORT")
                else:
                    x = fmt_passport(r)
                    b.t(x[:2] + "*****" + x[-2:])
            else:
                b.t("港澳通行证")
                if b.use(0.6):
                    b.sp(fmt_permit(r), "CN_HK_MACAU_PERMIT")
                else:
                    b.t(b.c("（未办理）", "已过期", "C*******" + str(ri(r, 0, 9))))
            b.t("；\n")
        b.t("备注：", b.c("家族成员均同意信息用于家族信托设立。", "客户何时补充资料待定。", "客户提到女儿喜欢李宁和周大福，节日礼品可参考。", "全家尤其重视隐私，请勿电话打扰。"))
    else:
        b.t("【KYC更新】客户")
        person(b, 0.9)
        b.t("（", b.c("钻石", "私行", "黑金", "财富"), "客户）申请跨境汇款用于子女留学，学校：", b.c(*W.SCHOOLS), "，学费",
            amount(r), "美元。\n证件：")
        if b.use(0.7):
            b.sp(fmt_passport(r), "CN_PASSPORT")
        else:
            b.t("护照（号码见影像）")
        b.t("；常住地址：")
        address(b, 0.6)
        b.t("；紧急联系人：")
        person(b, 0.6)
        b.t("，电话")
        mobile(b, 0.5)
        b.t("。\n资金来源：", b.c("企业分红", "房产出售", "工资薪金", "投资收益"), "，", b.c("已提供完税证明。", "高净值客户，风险等级C4。", "余额充足，无异常。"))


def g_staff_notice(b):
    r = b.rng
    bank = r.choice(W.BANKS)
    pl = place(r)
    org = bank + pl[1].rstrip("市") + "分行"
    k = r.randrange(4)
    if k == 0:
        b.t("关于", )
        person(b, 0.8, mou=True)
        b.t("等同志职务任免的通知\n", org, b.c("发〔", "人〔"), str(ri(r, 2019, 2025)), "〕", str(ri(r, 1, 300)), "号\n各部室、各支行：\n经分行党委研究决定：\n")
        for _ in range(ri(r, 2, 4)):
            verb = b.c("聘任", "任命", "免去")
            b.t(verb)
            person(b, 0.75, mou=True)
            post = b.c(*W.DEPARTMENTS) + b.c("总经理", "副总经理", "负责人", "主管", "团队主管", "高级经理")
            if verb == "免去":
                b.t("同志", post, "职务；\n")
            else:
                b.t("同志为", post, b.c("（试用期一年）", "", "，免去其原职务", ""), "；\n")
        b.t("以上人员任职时间自", date(r, 0), "起计算。\n", org, "人力资源部\n", date(r, 4))
    elif k == 1:
        b.t("表彰通报\n为弘扬", b.c("文明", "和平", "向阳", "奋斗"), "精神，经评选，决定对以下同志予以表彰：\n先进个人：")
        for i in range(ri(r, 2, 5)):
            if i:
                b.t("、")
            person(b, 0.7, mou=True)
            b.t("（", bank_branch(r, bank, pl).replace(bank, ""), "）")
        b.t("\n优秀团队：", b.c(*W.DEPARTMENTS), "。\n希望受表彰的同志戒骄戒躁，", b.c("马上投入新一年工作。", "高兴之余再接再厉。", "尤其要在反诈宣传中发挥带头作用。"))
    elif k == 2:
        b.t("关于举办", b.c("反洗钱", "消费者权益保护", "个人信息保护", "柜面业务", "信贷合规"), "培训的通知\n",
            "培训时间：", date(r, 7), "\n培训地点：", org_address(r, pl), "\n参训对象：各支行", b.c(*W.JOB_TITLES), "\n请于", date(r, 6), "前报名，联系人：")
        person(b, 0.7, mou=True)
        b.t("，电话：")
        if r.random() < 0.5:
            landline(b, 0.6, neg="分机" + str(ri(r, 8000, 8999)))
        else:
            mobile(b, 0.6)
        b.t("，邮箱：")
        email(b, 0.5)
        b.t("\n授课老师：", r.choice(W.SURNAMES) + "老师", "（", b.c("合规部", "外聘律师", "人民银行专家"), "）。", b.c("请统一使用宋体四号字提交心得。", "培训期间手机静音。", "方便起见请提前十分钟签到。"))
    else:
        b.t("人事变动公示：", b.c(*W.DEPARTMENTS), "员工")
        person(b, 0.85, mou=True)
        b.t("（工号", serial(r, "", 7), "）拟调任", bank_branch(r, bank, pl), b.c(*W.JOB_TITLES), "，公示期", date(r, 6), "至", date(r, 6),
            "。如有异议，请向纪委办公室反映，电话")
        landline(b, 0.5, neg="12388")
        b.t("。")


def g_petition_letter(b):
    r = b.rng
    bank = r.choice(W.BANKS)
    br = bank_branch(r, bank)
    k = r.randrange(3)
    emo = [
        "我真的很不高兴，也很寒心！", "万一钱没了谁负责？", "何时才能给我一个说法？", "这跟江湖骗子有什么区别？",
        "我一个农民，辛辛苦苦攒的钱，经不起这样折腾。", "马上就要过年了，钱还拿不回来。", "你们的程序就是刁难老百姓！",
        "白天去了三趟，晚上还要排队，太不方便了。", "我希望领导能主持公道，还我安宁。",
    ]
    if k == 0:
        b.t("尊敬的", bank, "领导：\n我")
        if b.use(0.9):
            b.t("叫")
            b.sp(full_name(r), "PERSON")
        else:
            b.t(b.c("姓" + r.choice(W.SURNAMES), "是一名退休职工", "是" + r.choice(W.SURNAMES) + "某的家属"))
        b.t("，家住")
        address(b, 0.7, neg=b.c("本市", "城关镇", "附近小区"))
        b.t("，是贵行", br, "的老客户。", date(r, 0), "我去办理", b.c("定期转存", "挂失补卡", "理财赎回", "大额取现"), "，大堂经理")
        person(b, 0.6)
        b.t(b.c("态度恶劣", "强行推销保险", "让我签了看不懂的单子", "拒绝给我办理"), "。", *r.sample(emo, 2), "\n联系电话：")
        mobile(b, 0.8)
        b.t("\n举报人：")
        person(b, 0.5)
        b.t("\n", date(r, 0))
    elif k == 1:
        b.t("实名举报信\n举报对象：", br, b.c(*W.JOB_TITLES))
        person(b, 0.8)
        b.t("\n举报事项：", b.c("违规代客操作理财", "私下借款给客户", "收取客户好处费", "飞单销售私募产品"), "，涉及金额", amount(r), "元。\n",
            *r.sample(emo, 2), "\n举报人：")
        person(b, 0.8)
        b.t("  身份证号：")
        id_card(b, 0.6)
        b.t("  通讯地址：")
        address(b, 0.7)
        b.t("\n（如需核实可致电", hotline(r, bank), "转人工，或打", b.c("12378", "12345"), "）")
    else:
        b.t("信访登记单 编号", serial(r, "XF"), "\n来访人：")
        person(b, 0.9)
        b.t("  电话：")
        mobile(b, 0.7)
        b.t("\n反映问题：", r.choice(emo), "称其在", br, "的存款被", b.c("冒领", "划转", "冻结"), "，怀疑柜员")
        person(b, 0.5)
        b.t("与", neg_person(r), "串通。\n处理意见：转", b.c("运营管理部", "消保部", "纪委办公室"), "核查，", date(r, 6), "前答复。接待人：")
        person(b, 0.5)


def g_ecny_wallet(b):
    r = b.rng
    bank = r.choice(W.BANKS)
    level = r.choice(["一类钱包", "二类钱包", "三类钱包", "四类钱包（匿名钱包）"])
    k = r.randrange(3)
    if k == 0:
        b.t("数字人民币钱包开立成功\n钱包编号：", wallet_id(r), "\n运营机构：", bank, "\n钱包等级：", level, "\n钱包名称：", neg_person(r),
            "\n绑定手机号：")
        mobile(b, 0.8)
        b.t("\n单笔支付限额", str(r.choice([2000, 5000, 50000])), "元，日累计", str(r.choice([5000, 10000, 100000])), "元，余额上限",
            str(r.choice([10000, 50000, 500000])), "元。\n", b.c("如需升级钱包，请绑定本人银行卡。", "钱包余额不计利息。", "碰一碰支付请保持手机解锁。"))
    elif k == 1:
        b.t("【在线客服】会话", serial(r, "S", 12), "\n客户：我想把", b.c("三类钱包", "四类钱包", "匿名钱包"), "升级成", b.c("一类", "二类"), "的，怎么弄？\n客服：您好，请提供注册手机号。\n客户：")
        mobile(b, 0.85)
        b.t("\n客服：升级需要实名，请补充姓名和身份证号。\n客户：")
        person(b, 0.8)
        b.t("，")
        id_card(b, 0.7)
        b.t("\n客服：还需要绑定一张本人", bank, "银行卡。\n客户：")
        card(b, 0.7)
        b.t("\n客服：", b.c("已为您提交升级申请，马上生效。", "高峰期审核稍慢，请耐心等待。", "钱包编号" + wallet_id(r) + "已升级成功。"),
            b.c("还有其他问题吗？", "感谢您的耐心。", "如有疑问请拨打" + hotline(r, bank) + "。"))
    else:
        b.t(date(r, 1), " ", f"{ri(r, 0, 23):02d}:{ri(r, 0, 59):02d}:{ri(r, 0, 59):02d}", " [WALLET] op=", b.c("open", "upgrade", "topup", "pay", "close"),
            " wallet=", wallet_id(r).replace(" ", ""), " level=", str(ri(r, 1, 4)), " mobile=")
        mobile(b, 0.7, neg=masked_mobile(r))
        b.t(" ip=")
        if b.use(0.6):
            b.sp(fmt_ip(r), "IP_ADDRESS")
        else:
            b.t(f"{ri(r, 36, 223)}.{ri(r, 0, 255)}.*.*")
        b.t(" amt=", amount(r).replace(",", ""), " result=", b.c("SUCCESS", "FAIL_LIMIT", "PENDING"), " trace=", serial(r, "T", 14))


def ocr_noise(r, s):
    repl = {"款": "歀", "户": "戸", "额": "頟", "单": "単", "账": "帐", "号": "兮", "行": "彳亍", "名": "各"}
    out = []
    for ch in s:
        if ch in repl and r.random() < 0.25:
            out.append(repl[ch])
        else:
            out.append(ch)
        if r.random() < 0.08:
            out.append(" ")
    return "".join(out)


def g_e_receipt(b):
    r = b.rng
    bank = r.choice(W.BANKS)
    ocr = r.random() < 0.55
    L = (lambda s: ocr_noise(r, s)) if ocr else (lambda s: s)
    v = amount_value(r)
    sep = r.choice(["：", ":", " ", "："])
    b.t(L(bank + " 电子回单" if r.random() < 0.5 else "业务回单（付款）"), "\n", L("回单编号"), sep, serial(r, "", ri(r, 12, 20)), "\n",
        L("交易日期"), sep, date(r, r.choice([0, 1, 3, 7])), "\n", L("付款人户名"), sep)
    payer_person = r.random() < 0.7
    if payer_person:
        person(b, 0.8, mou=True)
    else:
        b.t(company(r))
    b.t("\n", L("付款人账号"), sep)
    if payer_person:
        card(b, 0.75)
    else:
        b.t(digits(r, ri(r, 15, 20)))
    b.t("\n", L("付款人开户行"), sep, bank_branch(r, bank), "\n", L("收款人户名"), sep)
    payee_person = r.random() < 0.5
    if payee_person:
        person(b, 0.7, mou=True)
    else:
        b.t(company(r))
    b.t("\n", L("收款人账号"), sep)
    if payee_person:
        card(b, 0.7)
    else:
        b.t(digits(r, ri(r, 15, 20)))
    b.t("\n", L("金额（小写）"), sep, "¥", f"{v:,.2f}", "\n", L("金额（大写）"), sep, daxie(v), "\n",
        L("摘要"), sep, r.choice(W.MEMOS), "\n", L("验证码"), sep, safe(r, lambda q: "".join(q.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))),
        "\n", L("打印次数"), sep, str(ri(r, 1, 3)), b.c("", "\n（本回单不作为收款方发货依据）", "\n客服热线" + hotline(r, bank)))


def g_training_case(b):
    r = b.rng
    k = r.randrange(4)
    s1, s2 = r.sample(W.SURNAMES, 2)
    if k == 0:
        b.t("【案例", b.c("一", "二", "三", "四"), "】客户", s1, "某持", b.c("他人身份证件", "过期证件", "伪造的户口簿"), "（号码", masked_id(r), "）到网点",
            b.c("开立借记卡", "办理大额取现", "修改预留手机号"), "，柜员", s2, "某未按程序核实，导致客户资金", amount(r), "元被冒领。\n",
            "问题：柜员应当如何处理？\nA. 直接办理  B. 联网核查并拒绝办理  C. 请", s2, "主任签字后办理  D. 让客户找", r.choice(W.BRANDS), "专柜开证明\n答案：B")
    elif k == 1:
        b.t("第", b.c("三", "四", "五"), "章 个人金融信息保护\n", "《个人金融信息保护技术规范》（JR/T 0171-2020）将个人金融信息按敏感程度从高到低分为C3、C2、C1三个类别。",
            "展示时手机号应屏蔽为", masked_mobile(r), "，银行卡号显示为", masked_card(r), "，姓名显示为", s1, "*。\n",
            b.c("尤其注意：", "温馨提示：", "重点："), "不得在", b.c("微信群", "云端网盘", "个人邮箱"), "传输未脱敏的客户信息。讲义字体统一为宋体小四。")
    elif k == 2:
        b.t("测验题", str(ri(r, 1, 30)), "：以下哪一项属于C2类信息？\nA. 开户时间  B. 账户余额  C. 开户机构名称“", bank_branch(r), "”  D. 客服热线", hotline(r),
            "\n答案：B。解析：余额直接反映客户财产状况。", b.c("万一答错请复习第二章。", "何时考试另行通知。", "本题来自" + date(r, 0) + "的合规月考。"))
    else:
        b.t("案例复盘：", date(r, 0), "，", s1, "某某冒充", s2, "经理，以“", b.c("钱包升级", "黄金投资", "养老理财", "高额返利"), "”为名诱导客户转账",
            amount(r), "元。涉案案号", case_no(r), "。\n启示：", b.c("遇到“安全账户”说法马上挂断。", "客户高兴地说中奖时更要警惕。", "程序再繁琐也不能省略。"))
    if b.use(0.9):
        b.t("\n主讲人：")
        b.sp(full_name(r), "PERSON")
        b.t("（", b.c(*W.DEPARTMENTS), "）")
    else:
        b.t("\n", b.c("课件编号", "资料号"), serial(r, "KJ", 8), "  主讲：", s2, "老师")


def g_emergency_notice(b):
    r = b.rng
    bank = r.choice(W.BANKS)
    pl = place(r)
    br = bank_branch(r, bank, pl)
    br2 = bank_branch(r, bank, pl)
    k = r.randrange(3)
    if k == 0:
        b.t("关于", br, "临时停业的公告\n尊敬的客户：\n受台风“", r.choice(W.TYPHOONS), "”影响，我行", br, "（营业地址：", org_address(r, pl), "）将于",
            date(r, 0), "暂停营业，恢复时间另行通知。如需办理业务，请前往", br2, "（", r.choice(W.ROADS), "与", r.choice(W.ROADS), "交叉口），或拨打客服热线",
            hotline(r, bank), "。\n附近应急避难场所：", r.choice(W.SHELTERS), "（", org_address(r, pl).rsplit(r.choice(W.TRADE_NAMES), 1)[0], "）。\n给您带来的不便，敬请谅解。\n", bank, "\n", date(r, 0))
    elif k == 1:
        b.t("【防汛应急通知】", b.c("气象台发布暴雨红色预警", "水位已超警戒线", "强降雨持续"), "，各网点请于", date(r, 7), "前完成：1.沙袋、抽水泵到位；2.现金、凭证上移至",
            str(ri(r, 2, 5)), "楼金库；3.", r.choice(W.ROADS), "沿线网点", b.c("提前关门", "白天值守", "暂停自助设备"), "。温度低于5度时注意设备防冻。\n应急电话：",
            hotline(r, bank), "、", b.c("119", "12345", "110"), "\n")
        b.t("今日值班：")
        person(b, 0.85)
        b.t("，手机")
        mobile(b, 0.7, neg=b.c("见值班表", masked_mobile(r)))
    else:
        b.t("停电通知：接供电公司（", W.PUBLIC_HOTLINES[10], "）通知，", date(r, 6), f"{ri(r, 7, 13)}:00至{ri(r, 14, 20)}:00", pl[1], r.choice(pl[2]), r.choice(W.ROADS),
            "一带计划停电，", br, "自助银行暂停服务，柜面改用应急发电，业务可能延迟。", b.c("夏季高温，请做好防暑。", "高峰期请错峰办理。", "程序切换期间请勿重复提交。"),
            "\n联系人：")
        person(b, 0.8)
        b.t("  ")
        if r.random() < 0.6:
            mobile(b, 0.7)
        else:
            landline(b, 0.6, neg="内线" + str(ri(r, 6000, 6999)))


GENRES = {
    "judicial_assist": g_judicial_assist,
    "supply_chain": g_supply_chain,
    "guarantee_contract": g_guarantee_contract,
    "private_banking": g_private_banking,
    "staff_notice": g_staff_notice,
    "petition_letter": g_petition_letter,
    "ecny_wallet": g_ecny_wallet,
    "e_receipt": g_e_receipt,
    "training_case": g_training_case,
    "emergency_notice": g_emergency_notice,
}
# PII-free records per genre (of 80): 480 of 800 overall
PII_FREE = {g: 43 for g in GENRES}
PII_FREE.update(training_case=72, emergency_notice=64)


def hard_tail(b):
    """A closing remark packed with hard negatives, added to PII and PII-free records alike."""
    r = b.rng
    pieces = [
        lambda: "（" + "、".join(r.sample(W.SURNAME_WORDS, 2)) + "）",
        lambda: "附言：" + r.choice(W.NAME_LIKE) + r.choice(["小区活动", "杯比赛", "专项行动", "项目组"]),
        lambda: "客户在" + r.choice(W.BRANDS) + r.choice(["门店", "专柜", "旗舰店"]) + "刷卡消费",
        lambda: "途经" + r.choice(W.ROADS),
        lambda: "经办：" + neg_person(r),
        lambda: "联系" + r.choice(W.SURNAMES) + r.choice(W.TITLES),
        lambda: "手机" + masked_mobile(r),
        lambda: "卡号" + masked_card(r),
        lambda: "日期" + date(r),
        lambda: "金额" + amount(r) + "元",
        lambda: "参考案号" + case_no(r),
        lambda: "发票" + invoice_no(r),
        lambda: "流水号" + serial(r),
        lambda: "钱包ID " + wallet_id(r),
        lambda: "邮编" + postcode(r),
        lambda: "热线" + hotline(r),
        lambda: (lambda p: p[1] + r.choice(p[2]))(r.choice(W.PLACES)) + r.choice(["一带", "境内", "辖区"]),
        lambda: "证件" + masked_id(r),
    ]
    n = ri(r, 2, 4)
    b.t("\n", r.choice(["备注：", "附注：", "说明：", "※ ", "【其他】"]), "；".join(f() for f in r.sample(pieces, n)), "。")
