"""Builder, value makers, hard-negative makers and one template per genre (blind13).

Every span is recorded by :class:`Builder` at the moment its value is written; nothing is
found afterwards by searching the text. Each slot of a template asks the :class:`Ctx` for a value;
in a PII record the context usually returns a personal value, in a PII-free record it always
returns a hard negative (masked value, placeholder, 某-form, organisation value, look-alike
number), so the wording around the slot is the same in both kinds of record.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import cnpii.identifiers.bank_card as bank_card
import cnpii.identifiers.hk_macau_permit as hk_macau_permit
import cnpii.identifiers.landline_phone as landline_phone
import cnpii.identifiers.license_plate as license_plate
import cnpii.identifiers.mobile_phone as mobile_phone
import cnpii.identifiers.passport as passport
import cnpii.identifiers.resident_id as resident_id
import cnpii.identifiers.uscc as uscc

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
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")

FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_ALNUM = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
             "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
             "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
_SEP = set(" -+()（）·•#_")
_PLATE_CHARS = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领挂学警港澳转")
_WINDOW_CHARS = _ALNUM | _SEP | _PLATE_CHARS


def validator_hits(text: str, spans=(), max_len: int = 32):
    """Bounded substrings of ``text`` (not overlapping ``spans``) that some identifier
    validator accepts, as ``(start, end, label)``.

    A candidate starts and ends on a non-separator character and is not glued to a letter or
    digit on either side (a detector does not cut a value out of a longer run).
    """
    hits = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] not in _WINDOW_CHARS:
            i += 1
            continue
        j = i
        while j < n and text[j] in _WINDOW_CHARS:
            j += 1
        for s in range(i, j):
            if text[s] in _SEP or (s > 0 and text[s - 1] in _ALNUM and text[s] in _ALNUM):
                continue
            for e in range(s + 1, min(j, s + max_len) + 1):
                if text[e - 1] in _SEP or (e < n and text[e] in _ALNUM and text[e - 1] in _ALNUM):
                    continue
                if any(a < e and s < b for a, b in spans):
                    continue
                cand = text[s:e]
                if not any(ch in _ALNUM for ch in cand):
                    continue
                for label, ok in VALIDATORS.items():
                    if ok(cand):
                        hits.append((s, e, label))
        i = j
    return hits


def clean(s: str) -> bool:
    """True when no bounded piece of ``s`` passes an identifier validator and ``s`` holds no
    e-mail or dotted-quad IP address."""
    return not validator_hits(s) and not EMAIL_RE.search(s) and not IPV4_RE.search(s)


class Val:
    """A value to write: ``label`` is the span label, or None for a hard negative."""

    __slots__ = ("text", "label", "kind")

    def __init__(self, text: str, label: str | None, kind: str):
        self.text, self.label, self.kind = text, label, kind


class Builder:
    """Appends text; records a span for each labelled value as it is written."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.negs: Counter = Counter()

    def add(self, s: str) -> "Builder":
        self.parts.append(s)
        self.n += len(s)
        return self

    def put(self, v) -> "Builder":
        if isinstance(v, Val):
            start = self.n
            self.add(v.text)
            if v.label:
                self.spans.append({"start": start, "end": self.n, "label": v.label})
            else:
                self.negs[v.kind] += 1
        else:
            self.add(str(v))
        return self

    def f(self, fmt: str, **kw) -> "Builder":
        """Write ``fmt`` with ``{key}`` slots filled from ``kw`` (Val or plain text)."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", fmt):
            self.add(fmt[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.add(fmt[pos:])
        return self

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
class Ctx:
    """Random choices of one record; ``pii`` says whether personal values may be written."""

    def __init__(self, rng, pii: bool, p: float = 0.78):
        self.r = rng
        self.pii = pii
        self.p = p
        self.region = rng.choice(W.PLACES)
        # which negatives suit the slot being written: "form" (placeholders allowed), "prose"
        # (某-forms, titles, masked values) or "formal" (某-forms and masked values only)
        self.style = "prose"

    # -- basics --------------------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def want(self, p: float | None = None) -> bool:
        return self.pii and self.r.random() < (self.p if p is None else p)

    def neg(self, text: str, kind: str) -> Val:
        return Val(text, None, kind)

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.pick(first) + "".join(self.pick("0123456789") for _ in range(n - 1))

    def clean_digits(self, n: int, first: str = "123456789", prefix: str = "") -> str:
        while True:
            s = prefix + self.digits(n - len(prefix), first)
            if clean(s):
                return s

    def fw(self, s: str) -> str:
        return s.translate(FW_DIGITS)

    # -- names ----------------------------------------------------------------------------
    def han_name(self) -> str:
        sur = self.pick(W.COMPOUND_SURNAMES) if self.chance(0.06) else self.pick(W.SURNAMES)
        given = self.pick(W.GIVEN) + (self.pick(W.GIVEN) if self.chance(0.7) else "")
        return sur + given

    def ethnic_name_text(self) -> str:
        k = self.r.random()
        dot = self.pick(["·", "·", "・", "•"])
        if k < 0.45:
            a, b = self.r.sample(W.UYGHUR_PARTS, 2)
            return a + dot + b
        if k < 0.6:
            a, b = self.r.sample(W.KAZAKH_PARTS, 2)
            return a + dot + b
        if k < 0.75:
            a, b = self.r.sample(W.TIBETAN_PARTS, 2)
            return a + b
        if k < 0.88:
            return self.pick(W.MONGOL_NAMES)
        return self.pick(W.YI_NAMES)

    def foreign_name_text(self) -> str:
        k = self.r.random()
        if k < 0.7:
            dot = self.pick(["·", "·", "・"])
            return self.pick(W.FOREIGN_GIVEN) + dot + self.pick(W.FOREIGN_FAMILY)
        return self.pick(W.EAST_ASIAN_NAMES)

    def latin_name_text(self) -> str:
        g, f = self.pick(W.LATIN_GIVEN), self.pick(W.LATIN_FAMILY)
        return self.pick([f"{f} {g}", f"{g} {f}", f"{f}/{g}"])

    def pinyin_name_text(self) -> str:
        sy = ["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"]
        gv = ["WEI", "FANG", "JING", "HAO", "YU XUAN", "JIA HUI", "ZI HAN", "MING", "LEI", "XIN YI"]
        return f"{self.pick(sy)} {self.pick(gv)}"

    def neg_name(self, sur: str | None = None, style: str | None = None) -> Val:
        sur = sur or self.pick(W.SURNAMES)
        style = style or self.style
        k = self.r.random()
        if style == "formal":
            k = 0.0 if k < 0.5 else 0.5
        elif style == "prose":
            k = k * 0.7
        if k < 0.25:
            return self.neg(sur + self.pick(["某", "某某", "某某"]), "mou_name")
        if k < 0.45:
            return self.neg(sur + self.pick(W.STAFF_TITLES), "surname_title")
        if k < 0.7:
            g = self.pick(W.GIVEN)
            return self.neg(self.pick([sur + "*", sur + "**", sur + "*" + g, "*" + g, sur + "x" + g]),
                            "masked_name")
        if k < 0.85:
            return self.neg(self.pick(["________", "（本人签字）", "XXX", "（未填写）", "/"]), "placeholder")
        return self.neg(self.pick(["客户本人", "申请人本人", "该客户", "户主", "持卡人"]), "role_word")

    def name(self, kind: str = "han", p: float | None = None) -> Val:
        if self.want(p):
            if kind == "ethnic":
                t = self.ethnic_name_text() if self.chance(0.7) else self.han_name()
            elif kind == "foreign":
                t = self.foreign_name_text()
            elif kind == "latin":
                t = self.latin_name_text()
            elif kind == "pinyin":
                t = self.pinyin_name_text()
            else:
                t = self.han_name()
            return Val(t, "PERSON", "PERSON")
        if kind == "latin":
            return self.neg(self.pick(["SMITH J***", "********", "N/A", "(SEE PASSPORT)"]), "masked_name")
        if kind == "ethnic" and self.chance(0.4):
            return self.neg(self.pick(W.UYGHUR_PARTS)[0] + "*·" + "**", "masked_name")
        if kind == "foreign" and self.chance(0.4):
            return self.neg(self.pick(W.FOREIGN_GIVEN)[:1] + "**·" + self.pick(["史*", "**", "布*"]),
                            "masked_name")
        return self.neg_name()

    # -- addresses ------------------------------------------------------------------------
    def _head(self, region, keep_prov=None):
        prov, city, dists, counties = region
        keep_prov = self.chance(0.6) if keep_prov is None else keep_prov
        head = (prov if keep_prov or not city else "") + city
        return head, dists, counties

    def _num(self, lo=1, hi=999):
        return str(self.r.randint(lo, hi))

    def home_address_text(self, region=None, shape=None) -> str:
        region = region or self.region
        head, dists, counties = self._head(region)
        shape = shape or self.pick(["estate", "estate", "road", "rural", "rural", "lane", "avenue",
                                    "zone", "town", "street"])
        if not counties and shape in ("rural", "town"):
            shape = "estate"
        if shape == "estate":
            bld = self.pick(["{b}栋{u}单元{f}室", "{b}幢{f}室", "{b}号楼{u}单元{f}", "{b}座{f}室",
                             "{b}栋{f}号"]).format(b=self._num(1, 36), u=self._num(1, 6),
                                                    f=str(self.r.randint(1, 33)) + "0" + str(self.r.randint(1, 8)))
            return (head + self.pick(dists) + self.pick(W.ROADS) + self._num() + "号"
                    + self.pick(W.ESTATES) + bld)
        if shape == "road":
            tail = self.pick(["", "", "附{k}号", "{k}楼", "{k}号门面"]).format(k=self._num(1, 9))
            return head + self.pick(dists) + self.pick(W.ROADS) + self._num() + "号" + tail
        if shape == "rural":
            unit = self.pick(["{k}组", "{k}组", "{k}社", "第{k}村民小组"]).format(k=self._num(1, 12))
            return (head + self.pick(counties) + self.pick(W.TOWNS) + self.pick(W.VILLAGES) + unit
                    + self.pick(["", "{n}号"]).format(n=self._num(1, 120)))
        if shape == "lane":
            road = self.pick(W.LANE_ROADS)
            if road.endswith("巷") or road.endswith("子"):
                return head + self.pick(dists) + road + self._num(1, 80) + "号" + self.pick(["", "附1号", "2楼"])
            return (head + self.pick(dists) + road + self._num(1, 900) + "弄" + self._num(1, 60) + "号"
                    + self.pick(["", str(self.r.randint(1, 6)) + "0" + str(self.r.randint(1, 4)) + "室"]))
        if shape == "avenue":
            return (head + self.pick(dists) + self.pick(W.AVENUES) + self._num(1, 3999) + "号"
                    + self.pick(W.ESTATES) + self._num(1, 20) + "栋" + self._num(1, 30) + "0" + self._num(1, 6))
        if shape == "zone":
            return (head + self.pick(W.ZONES) + self.pick(W.ROADS) + self._num() + "号"
                    + self.pick(["员工宿舍{b}号楼{f}室", "{e}{b}栋{f}"]).format(
                        b=self._num(1, 12), f=self._num(101, 1808), e=self.pick(W.ESTATES)))
        if shape == "town":
            return (head + self.pick(counties) + self.pick(W.TOWNS) + self.pick(["新街", "老街", "正街", "兴隆街"])
                    + self._num(1, 300) + "号")
        return (head + self.pick(dists) + self.pick(W.STREETS) + self.pick(W.COMMUNITIES)
                + self.pick(W.ROADS) + self._num() + "号" + self.pick(["", "{k}单元{f}室"]).format(
                    k=self._num(1, 5), f=self._num(101, 2604)))

    def border_address_text(self) -> str:
        region = self.pick(W.BORDER_PLACES)
        prov, city, dists, counties = region
        k = self.r.random()
        if k < 0.5 and counties:
            return (prov + city + self.pick(counties) + self.pick(["托克扎克镇", "巴仁乡", "城关镇", "阿克苏乡",
                                                                  "塔什米里克乡", "浩特镇"])
                    + self.pick(W.BORDER_VILLAGES) + self._num(1, 9) + "组" + self._num(1, 150) + "号")
        if k < 0.8:
            return (prov + city + self.pick(dists) + self.pick(["解放北路", "团结路", "友好路", "人民东路", "江孜路"])
                    + self._num(1, 600) + "号" + self.pick(W.ESTATES) + self._num(1, 15) + "栋" + self._num(1, 4)
                    + "单元" + self._num(101, 702) + "室")
        return (city + self.pick(dists) + self.pick(["吾斯塘博依路", "库木代尔瓦扎路", "色满路", "北京中路"])
                + self._num(1, 300) + "号" + self._num(1, 40) + "巷" + self._num(1, 30) + "号")

    def overseas_cn_text(self) -> str:
        return self.pick(W.OVERSEAS_CN).format(n=self._num(1, 2999), u=self._num(101, 3208),
                                                a=self._num(1, 8), b=self._num(1, 30), c=self._num(1, 20))

    def neg_address(self, region=None, style: str | None = None) -> Val:
        region = region or self.region
        prov, city, dists, counties = region
        k = self.r.random()
        if (style or self.style) != "form":
            k *= 0.65
        d = self.pick(dists)
        if k < 0.3:
            t = self.pick([prov + city + d + "*" * self.r.randint(6, 12),
                           (city or prov) + d + self.pick(W.ROADS) + "**号" + "*" * self.r.randint(3, 6),
                           prov + "*" * self.r.randint(8, 14)])
            return self.neg(t, "masked_address")
        if k < 0.5:
            return self.neg(self.pick([prov + city + d, (city or prov) + d, prov + city]), "coarse_address")
        if k < 0.65:
            return self.neg((city or prov) + d + self.pick(W.ROADS) + self.pick(["一带", "附近", "（门牌号未填）", ""]),
                            "road_no_number")
        return self.neg(self.pick(["同身份证地址", "同户籍地址", "详见附件", "——", "________", "无",
                                   "XX省XX市XX区XX路XX号", "同上", "（客户拒绝提供）", "待补充"]),
                        "address_placeholder")

    def address(self, kind: str = "home", p: float | None = None, region=None) -> Val:
        if self.want(0.9 if p is None else p):
            if kind == "border":
                return Val(self.border_address_text(), "ADDRESS", "ADDRESS")
            if kind == "overseas":
                return Val(self.overseas_cn_text(), "ADDRESS", "ADDRESS")
            if kind == "rural":
                return Val(self.home_address_text(region, "rural" if (region or self.region)[3] else "estate"),
                           "ADDRESS", "ADDRESS")
            return Val(self.home_address_text(region), "ADDRESS", "ADDRESS")
        if kind == "border":
            return self.neg_address(self.pick(W.BORDER_PLACES))
        if kind == "overseas":
            if self.style == "form":
                return self.neg(self.pick(["境外地址详见护照复印件", "（已脱敏）", self.pick(W.COUNTRIES) + "****",
                                           "N/A"]), "address_placeholder")
            return self.neg(self.pick(W.COUNTRIES) + "*" * self.r.randint(6, 12), "masked_address")
        return self.neg_address(region)

    def org_address(self, region=None) -> Val:
        """An organisation's address written like a home address (never labelled)."""
        prov, city, dists, counties = region or self.region
        t = ((prov if self.chance(0.4) or not city else "") + city + self.pick(dists)
             + self.pick(W.ROADS + W.AVENUES) + self._num(1, 2999) + "号"
             + self.pick(["", "", "金融大厦", "营业部一楼", "{k}楼", "商务中心{k}层", "综合楼"]).format(k=self._num(1, 30)))
        return self.neg(t, "org_address")

    # -- organisations -------------------------------------------------------------------
    def bank(self):
        return self.pick(W.BANKS)

    def branch(self, region=None) -> str:
        prov, city, dists, counties = region or self.region
        short = (city or prov).replace("市", "")
        if any(w in short for w in ("自治州", "地区", "盟")):
            short = short[:2]
        place = short + self.pick(dists + counties).rstrip("区县市旗")
        return place + self.pick(["支行", "支行营业部", "分理处", "支行"])

    def company(self, region=None) -> Val:
        prov, city, dists, counties = region or self.region
        t = (city or prov).replace("市", "") + self.pick(W.COMPANY_HEADS) + self.pick(W.COMPANY_TAILS)
        return self.neg(t, "company_name")

    # -- identifiers ---------------------------------------------------------------------
    def _variant(self, raw: str, variants, ok) -> str:
        v = self.pick(variants)
        return v if ok(v) else raw

    def mobile_text(self) -> str:
        while True:
            m = mobile_phone.generate(self.r)
            if m[:3] not in ("140", "141", "144", "145", "146", "147", "148", "149", "172", "174"):
                break
        a, b, c = m[:3], m[3:7], m[7:]
        vs = [m, m, m, f"{a} {b} {c}", f"{a}-{b}-{c}", f"+86 {m}", f"+86-{m}", f"0086 {m}", f"+86 {a} {b} {c}",
              f"(+86){m}", self.fw(m), f"86-{m}"]
        return self._variant(m, vs, mobile_phone.is_valid)

    def neg_mobile(self) -> Val:
        k = self.r.random()
        m = mobile_phone.generate(self.r)
        if k < 0.45:
            return self.neg(self.pick([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], "尾号" + m[7:],
                                       m[:3] + " **** " + m[7:]]), "masked_mobile")
        if k < 0.65:
            while True:
                t = self.pick(["154", "160", "1611", "194", "120", "110", "100"])
                t = t + self.digits(11 - len(t), "0123456789")
                if clean(t):
                    return self.neg(t, "bad_segment_mobile")
        if self.style != "form" or k < 0.85:
            return self.neg(self.pick([m[:3] + "****" + m[7:], m[:3] + "****" + m[7:], "尾号" + m[7:]]), "masked_mobile")
        return self.neg(self.pick(W.HOTLINES_400), "hotline")

    def mobile(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(self.mobile_text(), "CN_MOBILE", "CN_MOBILE")
        return self.neg_mobile()

    def landline_text(self) -> str:
        raw = landline_phone.generate(self.r)
        f = landline_phone.format(raw)
        area, rest = f.split("-", 1)
        local, ext = (rest.split("转", 1) + [""])[:2]
        vs = [f, f, f"({area}){local}", f"（{area}）{local}", f"{area} {local}", f"{area}{local}",
              f"+86-{area[1:]}-{local}", f"{area}-{local}"]
        if ext:
            vs += [f"{area}-{local}-{ext}", f"{area}-{local} 转 {ext}"]
        return self._variant(f, vs, landline_phone.is_valid)

    def neg_landline(self) -> Val:
        raw = landline_phone.format(landline_phone.generate(self.r)).split("转")[0]
        area, local = raw.split("-")
        k = self.r.random()
        if k < 0.65 or self.style != "form":
            return self.neg(area + "-" + "*" * (len(local) - 2) + local[-2:], "masked_landline")
        if k < 0.85:
            return self.neg(self.pick(W.HOTLINES_400), "hotline")
        return self.neg(self.bank()[1], "hotline")

    def landline(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(self.landline_text(), "CN_LANDLINE", "CN_LANDLINE")
        return self.neg_landline()

    def phone(self, p: float | None = None) -> Val:
        return self.landline(p) if self.chance(0.35) else self.mobile(p)

    def id_text(self) -> str:
        v = resident_id.generate(self.r)
        while not ("1950" <= v[6:10] <= "2005"):  # adults
            v = resident_id.generate(self.r)
        vs = [v, v, v, v.lower(), f"{v[:6]} {v[6:14]} {v[14:]}", self.fw(v), f"{v[:6]}-{v[6:14]}-{v[14:]}"]
        return self._variant(v, vs, resident_id.is_valid)

    def hkmo_residence_id(self) -> str:
        """A residence-permit number for Hong Kong/Macau/Taiwan residents (810000/820000/830000)."""
        area = self.pick(["810000", "820000", "830000"])
        y = self.r.randint(1955, 2003)
        body = f"{area}{y}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{self.r.randint(0, 999):03d}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * x for c, x in zip(body, w))
        return body + "10X98765432"[s % 11]

    def neg_id(self) -> Val:
        v = resident_id.generate(self.r)
        k = self.r.random()
        if k < 0.55:
            return self.neg(self.pick([v[:6] + "*" * 8 + v[14:], v[:1] + "*" * 16 + v[-1:], v[:3] + "*" * 11 + v[-4:],
                                       v[:6] + "********" + "****"]), "masked_id")
        if k < 0.85:
            for c in "0123456789X":
                w = v[:17] + c
                if w != v and clean(w):
                    return self.neg(w, "bad_check_id")
        return self.neg(self.pick(["见身份证复印件", "（已核验，略）", "——"]), "placeholder")

    def idcard(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(self.id_text(), "CN_ID_CARD", "CN_ID_CARD")
        return self.neg_id()

    def card_text(self) -> str:
        c = bank_card.generate(self.r)
        g = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        vs = [c, c, g, g, g.replace(" ", "-"), self.fw(c), self.fw(g)]
        return self._variant(c, vs, bank_card.is_valid)

    def neg_card(self) -> Val:
        c = bank_card.generate(self.r)
        k = self.r.random()
        if k < 0.5:
            return self.neg(self.pick([c[:6] + "*" * (len(c) - 10) + c[-4:], "尾号" + c[-4:],
                                       c[:4] + " **** **** " + c[-4:], "**** **** **** " + c[-4:],
                                       c[:6] + "******" + c[-4:]]), "masked_card")
        if k < 0.85:
            for d in "0123456789":
                w = c[:-1] + d
                if w != c and clean(w):
                    if self.chance(0.4):
                        w = " ".join(w[i:i + 4] for i in range(0, len(w), 4))
                        if not clean(w):
                            continue
                    return self.neg(w, "bad_luhn_card")
        if self.style != "form":
            return self.neg("尾号" + c[-4:], "masked_card")
        return self.neg(self.pick(["（见附件账户信息）", "________", "以系统登记为准"]), "placeholder")

    def card(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(self.card_text(), "BANK_CARD", "BANK_CARD")
        return self.neg_card()

    def email_text(self) -> str:
        sy = ["zhang", "wang", "li", "liu", "chen", "yang", "xiao", "hua", "ming", "jing", "yu", "lin", "hao",
              "mei", "tian", "xin", "jun", "lei"]
        loc = self.pick(sy) + self.pick(["", ".", "_", ""]) + self.pick(sy) + self.pick(["", str(self.r.randint(1, 99)),
                                                                                         str(self.r.randint(1975, 2004))])
        if self.chance(0.2):
            loc = str(self.r.randint(10000000, 2999999999))
        dom = self.pick(["163.com", "126.com", "qq.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com",
                         "hotmail.com", "yahoo.com.hk", "139.com", "sohu.com"])
        return loc + "@" + dom

    def email(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(self.email_text(), "EMAIL", "EMAIL")
        e = self.email_text()
        loc, dom = e.split("@")
        return self.neg(self.pick([loc[:2] + "***@" + dom, "***@" + dom, "（未留邮箱）", loc[:1] + "****@" + dom]),
                        "masked_email")

    def ip_text(self) -> str:
        while True:
            a = ipaddress.IPv4Address(self.r.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global:
                break
        if self.chance(0.1):
            return str(ipaddress.IPv6Address(self.r.getrandbits(128) | (0x2408 << 112)))
        return str(a)

    def ip(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(self.ip_text(), "IP_ADDRESS", "IP_ADDRESS")
        a = self.ip_text().split(".")
        if len(a) != 4:
            return self.neg("2408:****:****::1", "masked_ip")
        return self.neg(self.pick([f"{a[0]}.{a[1]}.*.*", f"{a[0]}.***.***.{a[3]}", "（内网）"]), "masked_ip")

    def passport_text(self) -> str:
        while True:
            v = passport.generate(self.r)
            if v[0] == "E" or self.chance(0.25):
                return v

    def passport(self, p: float | None = None, hk=False) -> Val:
        if self.want(p):
            if hk:
                v = self.pick(["K", "MA"])
                v = v + self.digits(9 - len(v), "0123456789")
                if passport.is_valid(v):
                    return Val(v, "CN_PASSPORT", "CN_PASSPORT")
            return Val(self.passport_text(), "CN_PASSPORT", "CN_PASSPORT")
        v = self.passport_text()
        k = self.r.random()
        if k < 0.6:
            return self.neg(v[:1] + "*" * 6 + v[-2:], "masked_passport")
        while True:
            w = self.pick(["E", "G", "EO", "EI"]) + self.digits(self.pick([6, 7]), "0123456789")
            if clean(w):
                return self.neg(w, "bad_shape_passport")

    def foreign_passport(self) -> Val:
        """A foreign (non-PRC) passport number: outside the label scheme, never labelled."""
        while True:
            w = self.pick(["", "", "P", "X", "C0", "L"]) + self.digits(self.pick([8, 9]), "0123456789")
            if clean(w):
                return self.neg(w if self.chance(0.6) or not self.pii else w[:2] + "*****" + w[-2:],
                                "foreign_passport")

    def permit(self, p: float | None = None, kind=None) -> Val:
        if self.want(p):
            while True:
                v = hk_macau_permit.generate(self.r)
                if kind is None or (kind == "in" and v[0] in "HM") or (kind == "out" and v[0] == "C"):
                    break
            if len(v) == 11 and self.chance(0.3):
                v = v[:9] + " " + v[9:]
            return Val(v, "CN_HK_MACAU_PERMIT", "CN_HK_MACAU_PERMIT")
        v = hk_macau_permit.generate(self.r)
        if self.chance(0.65):
            return self.neg(v[:1] + "*" * (len(v) - 3) + v[-2:], "masked_permit")
        while True:
            w = self.pick(["C", "H", "M", "CI"]) + self.digits(self.pick([6, 7, 10]), "0123456789")
            if clean(w):
                return self.neg(w, "bad_shape_permit")

    def uscc_val(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(uscc.generate(self.r), "CN_USCC", "CN_USCC")
        v = uscc.generate(self.r)
        if self.chance(0.5):
            return self.neg(v[:8] + "*" * 8 + v[-2:], "masked_uscc")
        for c in "0123456789ABCDEFGHJKLMNPQRTUWXY":
            w = v[:17] + c
            if w != v and clean(w):
                return self.neg(w, "bad_check_uscc")
        return self.neg(v[:8] + "********" + v[-2:], "masked_uscc")

    def plate_text(self) -> str:
        prov = self.pick("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            if self.chance(0.25):
                body = self.pick(letters) + self.pick("DF") + self.pick(letters + "0123456789") + self.digits(4, "0123456789")
            else:
                body = self.pick(letters) + "".join(self.pick("0123456789" * 3 + letters) for _ in range(5))
            v = prov + self.pick(["", "", "·", " "]) + body
            if license_plate.is_valid(v):
                return v

    def plate(self, p: float | None = None) -> Val:
        if self.want(p):
            return Val(self.plate_text(), "LICENSE_PLATE", "LICENSE_PLATE")
        v = license_plate.compact(self.plate_text())
        return self.neg(self.pick([v[:2] + "***" + v[-2:], v[:2] + "·" + "*" * (len(v) - 2), "（未登记车辆）"]),
                        "masked_plate")

    # -- look-alike numbers and other hard negatives ------------------------------------
    def date(self) -> Val:
        y, m, d = self.r.randint(2019, 2025), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.neg(self.pick([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
                                   f"{y}年{m:02d}月{d:02d}日"]), "date")

    def birth(self) -> Val:
        y, m = self.r.randint(1958, 2003), self.r.randint(1, 12)
        return self.neg(self.pick([f"{y}年{m}月", f"{y}.{m:02d}", f"{y}-{m:02d}", f"{y}年"]), "date")

    def amount(self, scale: str = "mid") -> Val:
        lo, hi = {"small": (20, 3000), "rent": (800, 18000), "mid": (3000, 300000), "big": (100000, 8000000)}[scale]
        v = self.r.randint(lo, hi)
        v = v - v % (100 if v > 5000 else 10)
        k = self.r.random()
        if k < 0.4:
            return self.neg(f"¥{v:,}.00", "amount")
        if k < 0.7:
            return self.neg(f"{v}元", "amount")
        if k < 0.85 and v >= 10000:
            return self.neg(f"人民币{v / 10000:.2f}万元", "amount")
        return self.neg(f"人民币{v:,}.00元", "amount")

    def dates2(self):
        """Two ordered dates (start, end) in the same written style."""
        y, m, d = self.r.randint(2019, 2024), self.r.randint(1, 12), self.r.randint(1, 28)
        y2, m2 = (y + 1, m) if self.chance(0.5) else (y, min(12, m + self.r.randint(0, 2)))
        d2 = self.r.randint(d, 28) if (y2, m2) == (y, m) else self.r.randint(1, 28)
        st = self.pick(["{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}"])
        return (self.neg(st.format(y=y, m=m, d=d), "date"), self.neg(st.format(y=y2, m=m2, d=d2), "date"))

    def num(self, kind: str) -> Val:
        """Order, serial, case and other business numbers that pass no identifier validator."""
        r = self.r
        y = r.randint(2019, 2025)
        if kind == "trace":
            t = self.clean_digits(self.pick([20, 22, 24, 26]), prefix=str(y))
        elif kind == "order":
            t = self.pick(["DD", "NO.", "", "ORD"]) + self.clean_digits(self.pick([12, 14, 16]), prefix=str(y)[2:])
        elif kind == "merchant":
            t = self.clean_digits(15, prefix="8" + self.digits(2, "0123456789"))
        elif kind == "terminal":
            t = self.clean_digits(8)
        elif kind == "batch":
            t = self.pick(["B", "PC", ""]) + self.clean_digits(6, prefix=str(y)[2:])
        elif kind == "case":
            t = f"（{y}）{self.pick(['粤0305', '浙0106', '川0107', '苏01', '鄂0102', '京0105'])}执{self.pick(['', '恢', '异'])}{r.randint(100, 9999)}号"
        elif kind == "contract":
            t = self.pick(["JK", "ZL", "ZF", "HT", "DY"]) + f"-{y}-" + self.clean_digits(self.pick([5, 6, 8]), "0123456789")
        elif kind == "vcode":
            t = self.clean_digits(6, "0123456789")
        elif kind == "postcode":
            t = self.clean_digits(6, "12345678")
        elif kind == "version":
            t = f"V{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}"
        elif kind == "error":
            t = self.pick(["E", "ERR-", "RC", "EC"]) + self.clean_digits(self.pick([4, 5]), "0123456789")
        elif kind == "huhao":
            t = self.clean_digits(self.pick([10, 11, 12, 13]), "0123456789")
        elif kind == "staff":
            t = self.pick(["A", "B", "HR", "G", ""]) + self.clean_digits(self.pick([5, 6, 7]), "0123456789")
        elif kind == "cert":
            t = self.clean_digits(self.pick([16, 17, 18]), prefix="1" + self.digits(4, "0123456789"))
        elif kind == "property_cert":
            t = f"{self.pick(['粤', '浙', '川', '苏', '鄂', '鲁'])}（{y - r.randint(1, 6)}）{self.pick(['深圳市', '杭州市', '成都市', '南京市'])}不动产权第{self.clean_digits(7, '0123456789')}号"
        elif kind == "account_no":
            t = self.clean_digits(self.pick([20, 21, 22, 23]))
        elif kind == "room":
            t = f"{r.randint(1, 30)}0{r.randint(1, 9)}"
        else:
            raise ValueError(kind)
        return self.neg(t, kind)

    def everyday(self) -> Val:
        return self.neg(self.pick(W.EVERYDAY_SENTENCES), "everyday_words")


# --------------------------------------------------------------------------------------------
LAYOUTS = ["colon", "colon", "table", "csv", "semi", "bracket", "prose", "numbered", "kv"]


def fields(b: Builder, ctx: Ctx, items, layout: str | None = None) -> str:
    """Write labelled fields in one of several layouts; ``None`` items are skipped."""
    items = [it for it in items if it is not None]
    layout = layout or ctx.pick(LAYOUTS)
    if layout == "colon":
        colon = ctx.pick(["：", "：", ": ", ":"])
        for lab, v in items:
            b.f("{l}{c}{v}\n", l=lab, c=colon, v=v)
    elif layout == "table":
        b.add(" | ".join(l for l, _ in items) + "\n")
        for k, (_, v) in enumerate(items):
            b.put(v)
            b.add(" | " if k < len(items) - 1 else "\n")
    elif layout == "csv":
        b.add(",".join(l for l, _ in items) + "\n")
        for k, (_, v) in enumerate(items):
            cell(b, v, ",")
            b.add("," if k < len(items) - 1 else "\n")
    elif layout == "semi":
        for k, (lab, v) in enumerate(items):
            b.f("{l}：{v}", l=lab, v=v)
            b.add("；" if k < len(items) - 1 else "。\n")
    elif layout == "bracket":
        for lab, v in items:
            b.f("【{l}】{v}\n", l=lab, v=v)
    elif layout == "prose":
        for k, (lab, v) in enumerate(items):
            b.f("{l}{w}{v}", l=lab, w=ctx.pick(["为", "是", "为", "："]), v=v)
            b.add("，" if k < len(items) - 1 else "。\n")
    elif layout == "numbered":
        for k, (lab, v) in enumerate(items, 1):
            b.f("{k}. {l}：{v}\n", k=str(k), l=lab, v=v)
    else:
        for lab, v in items:
            b.f("{l}={v}  ", l=lab, v=v)
        b.add("\n")
    return layout


def cell(b: Builder, v, sep: str) -> None:
    """Write a table cell; a CSV cell holding a comma is quoted."""
    t = v.text if isinstance(v, Val) else str(v)
    if sep == "," and "," in t:
        b.add('"').put(v).add('"')
    else:
        b.put(v)


def shuffle_some(ctx: Ctx, items):
    items = list(items)
    for _ in range(ctx.r.randint(0, 2)):
        i = ctx.r.randrange(len(items) - 1) if len(items) > 1 else 0
        if len(items) > 1:
            items[i], items[i + 1] = items[i + 1], items[i]
    return items


def opt(ctx: Ctx, p: float, item):
    return item if ctx.chance(p) else None


def gender(ctx: Ctx) -> str:
    return ctx.pick(["男", "女"])


# ============================================================================================
# genre templates: each writes one record into ``b``
# ============================================================================================

def t_recruitment_resume(ctx: Ctx, b: Builder) -> None:
    bank, hot = ctx.bank()
    kind = ctx.pick(["form", "letter", "family", "export"])
    pos = ctx.pick(W.POSITIONS)
    uni = ctx.pick(W.UNIVERSITIES)
    if kind == "form":
        b.f(ctx.pick(["{bank}{y}年校园招聘应聘登记表\n", "{bank}{y}年社会招聘 个人简历\n", "应聘人员信息登记表（{bank}）\n"]),
            bank=bank, y=str(ctx.r.randint(2022, 2025)))
        b.f("报名序号：{no}    应聘岗位：{pos}\n", no=ctx.num("order"), pos=pos)
        ctx.style = "form"
        items = [("姓名", ctx.name()), ("性别", gender(ctx)), ("出生年月", ctx.birth()),
                 opt(ctx, 0.6, ("民族", ctx.pick(["汉族", "回族", "满族", "壮族", "土家族"]))),
                 ("政治面貌", ctx.pick(["中共党员", "共青团员", "群众"])),
                 ("身份证号码", ctx.idcard()), ("手机号码", ctx.mobile()),
                 opt(ctx, 0.7, ("电子邮箱", ctx.email())), opt(ctx, 0.3, ("家庭电话", ctx.landline())),
                 ("户籍地址", ctx.address()), opt(ctx, 0.7, ("现居住地址", ctx.address())),
                 opt(ctx, 0.4, ("邮政编码", ctx.num("postcode")))]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.add("\n教育经历\n")
        y0 = ctx.r.randint(2010, 2020)
        b.f("{a}.09-{b}.06  {u}  {m}  {d}\n", a=str(y0), b=str(y0 + 4), u=uni, m=ctx.pick(W.MAJORS), d=ctx.pick(W.DEGREES))
        if ctx.chance(0.5):
            b.f("{a}.09-{b}.06  {u}  {m}  硕士研究生\n", a=str(y0 + 4), b=str(y0 + 7), u=ctx.pick(W.UNIVERSITIES),
                m=ctx.pick(W.MAJORS))
        b.add("\n实习及工作经历\n")
        b.f("{y}.07-{y}.09  {bk}{br} 实习生，协助{w}。\n", y=str(y0 + 3), bk=ctx.pick(W.BANKS)[0], br=ctx.branch(),
            w=ctx.pick(["大堂引导和客户分流", "整理信贷档案", "开展反诈宣传", "对公开户资料初审", "理财产品双录"]))
        if ctx.chance(0.6):
            b.f("证明人：{n}（{t}），联系电话：{p}\n", n=ctx.name(), t=ctx.pick(["实习导师", "部门负责人", "带教师傅"]),
                p=ctx.phone())
        b.add("\n自我评价：")
        b.add(ctx.pick(["性格开朗，沟通能力强，熟练使用Excel和Python，通过CFA一级考试。",
                        "做事认真细致，抗压能力强，曾获校级一等奖学金，熟悉商业银行基本业务。",
                        "在校期间担任学生会干部，组织过多次金融知识进社区活动，愿意到基层网点锻炼。"]))
        b.add("\n")
        b.put(ctx.everyday())
        b.f("\n如对招聘流程有疑问，请拨打{h}或登录招聘官网查询。", h=ctx.neg(hot, "hotline"))
    elif kind == "letter":
        name = ctx.name()
        b.f(ctx.pick(["尊敬的{bank}人力资源部：\n", "{bank}招聘负责人您好：\n"]), bank=bank)
        b.f("我叫{n}，是{u}{m}专业{g}学生，", n=name, u=uni, m=ctx.pick(W.MAJORS), g=ctx.pick(["大三", "大四", "研二", "2025届"]))
        b.f(ctx.pick(["希望申请贵行{br}的暑期实习岗位（{pos}）。", "特申请贵行{br}{pos}实习，实习期{k}个月。"]),
            br=ctx.branch(), pos=pos, k=str(ctx.r.randint(2, 6)))
        b.f("我的户籍在{a}，", a=ctx.address(kind="rural"))
        b.f(ctx.pick(["目前和父母住在{a}，离贵行营业网点很近，方便上下班。", "现暂住{a}，可随时到岗。",
                      "在校期间住在学校宿舍，假期住在{a}。"]), a=ctx.address())
        b.add("\n")
        b.put(ctx.everyday())
        b.f("\n联系方式：手机{m}，邮箱{e}。", m=ctx.mobile(), e=ctx.email())
        if ctx.chance(0.5):
            b.f("紧急联系人为我的{r}{n}，电话{p}。", r=ctx.pick(W.RELATIONS), n=ctx.name(), p=ctx.phone())
        b.f("\n此致\n敬礼！\n申请人：{n}\n{d}", n=name, d=ctx.date())
    elif kind == "family":
        ctx.style = "form"
        b.add(ctx.pick(["家庭成员及主要社会关系\n", "四、家庭主要成员情况\n"]))
        rows = [("称谓", "姓名", "工作单位及职务", "联系电话")]
        lay = ctx.pick(["table", "csv"])
        sep = " | " if lay == "table" else ","
        b.add(sep.join(rows[0]) + "\n")
        for rel in ctx.r.sample(W.RELATIONS, ctx.r.randint(2, 4)):
            b.add(rel + sep)
            b.put(ctx.name())
            b.add(sep + ctx.pick(W.JOBS) + sep)
            b.put(ctx.phone())
            b.add("\n")
        b.f("\n家庭住址：{a}\n", a=ctx.address())
        b.f("户口所在地：{a}\n", a=ctx.address(kind="rural"))
        b.f(ctx.pick(["本人承诺以上信息真实有效，如有不实，愿意承担取消录用资格的后果。\n",
                      "注：直系亲属在{bank}系统内工作的须如实填写。\n"]), bank=bank)
        b.f("填表日期：{d}", d=ctx.date())
    else:
        ctx.style = "form"
        b.add("候选人编号,姓名,性别,毕业院校,学历,手机,邮箱,意向城市,笔试成绩\n")
        for _ in range(ctx.r.randint(2, 4)):
            b.f("{no},{n},{g},{u},{d},{m},{e},{c},{s}\n", no=ctx.num("staff"), n=ctx.name(), g=gender(ctx),
                u=ctx.pick(W.UNIVERSITIES), d=ctx.pick(W.DEGREES), m=ctx.mobile(), e=ctx.email(),
                c=ctx.pick(["深圳", "杭州", "成都", "武汉", "不限"]), s=str(ctx.r.randint(55, 96)))
        b.f("导出时间：{d}  系统版本：{v}  招聘咨询：{h}", d=ctx.date(), v=ctx.num("version"), h=ctx.neg(hot, "hotline"))


def _bio(ctx: Ctx, b: Builder, region) -> None:
    name = ctx.name()
    hon = ctx.pick(["先生", "女士"])
    b.f("{n}{h}，{y}年出生，{nat}，{edu}，{t}。", n=name, h=hon, y=str(ctx.r.randint(1958, 1982)),
        nat=ctx.pick(["中国国籍，无境外永久居留权", "中国国籍", "中国籍"]),
        edu=ctx.pick(["研究生学历，经济学博士", "大学本科学历", "工商管理硕士", "研究生学历，管理学硕士"]),
        t=ctx.pick(["高级经济师", "正高级会计师", "高级工程师", "注册会计师"]))
    city = (region[1] or region[0]).replace("市", "")
    b.f("现任本行{t}。", t=ctx.pick(W.SENIOR_TITLES))
    b.f("曾任{o}{p}，", o=ctx.pick(W.PREV_ORGS).format(c=city), p=ctx.pick(["副处长", "处长", "副行长", "总经理", "主任科员"]))
    b.f("{o}{p}等职务。", o=ctx.pick(W.PREV_ORGS).format(c=city), p=ctx.pick(["党委委员、副行长", "副主任", "董事"]))
    if ctx.chance(0.5):
        again = name
        if ctx.chance(0.4) and name.text[:1] in W.SURNAMES:
            again = ctx.neg(name.text[:1] + hon, "surname_title")
        b.f("{n}与本行其他董事、监事及高级管理人员不存在关联关系，未持有本行股份。", n=again)
    b.add("\n")


def t_director_bio(ctx: Ctx, b: Builder) -> None:
    ctx.style = "formal"
    kind = ctx.pick(["annual", "annual", "approval", "table", "change"])
    region = ctx.region
    city = (region[1] or region[0]).replace("市", "")
    lb = city + ctx.pick(W.LOCAL_BANKS)
    if kind == "annual":
        b.f(ctx.pick(["第{k}节 董事、监事、高级管理人员和员工情况\n（{i}）现任董事、监事、高级管理人员主要工作经历\n",
                      "{bank}股份有限公司{y}年年度报告（摘要）\n董事、监事及高级管理人员简历\n"]),
            k=str(ctx.r.randint(5, 9)), i=ctx.pick(["一", "二", "三"]), bank=lb, y=str(ctx.r.randint(2019, 2024)))
        for _ in range(ctx.r.randint(2, 3)):
            _bio(ctx, b, region)
        b.put(ctx.everyday())
        b.f("\n注：上述人员任职资格均已获监管部门核准。投资者关系热线：{h}", h=ctx.neg(ctx.bank()[1], "hotline"))
    elif kind == "approval":
        n = ctx.name()
        b.f("国家金融监督管理总局{c}监管分局关于{n}任职资格的批复\n", c=city, n=n)
        b.f("{c}监管复〔{y}〕{k}号\n{bank}：\n", c=city[:1], y=str(ctx.r.randint(2020, 2025)), k=str(ctx.r.randint(10, 999)),
            bank=lb)
        b.f("你行《关于{n}任职资格的请示》（{no}）收悉。", n=n, no=ctx.num("contract"))
        b.f("经审核，核准{n}{t}的任职资格。", n=n, t=ctx.pick(["担任你行董事长", "担任你行副行长", "你行独立董事",
                                                           "担任你行" + ctx.branch(region) + "行长"]))
        b.add("你行应要求其严格遵守监管规定，自本批复生效之日起3个月内到任，并按要求及时报告到任情况。\n")
        if ctx.chance(0.6):
            b.add("附：拟任人员基本信息\n")
            ctx.style = "form"
            fields(b, ctx, [("姓名", n), ("身份证件号码", ctx.idcard()), ("联系电话", ctx.phone()),
                            opt(ctx, 0.8, ("通讯地址", ctx.address()))], ctx.pick(["colon", "semi", "table"]))
        b.f("{d}", d=ctx.date())
    elif kind == "table":
        b.add(ctx.pick(["董事、监事及高级管理人员持股变动及报酬情况\n", "表：现任董监高基本情况\n"]))
        lay = ctx.pick(["table", "csv"])
        sep = " | " if lay == "table" else ","
        b.add(sep.join(["姓名", "职务", "性别", "出生年份", "任期起始日期", "税前报酬（万元）"]) + "\n")
        for _ in range(ctx.r.randint(3, 6)):
            b.put(ctx.name())
            b.add(sep + ctx.pick(W.SENIOR_TITLES) + sep + gender(ctx) + sep + str(ctx.r.randint(1960, 1985)) + sep)
            b.put(ctx.date())
            b.add(sep + f"{ctx.r.randint(30, 260)}.{ctx.r.randint(10, 99)}\n")
        b.add("注：报告期内，董事、监事及高级管理人员未持有本行股票期权或被授予限制性股票。")
    else:
        b.add(ctx.pick(["报告期内董事、监事、高级管理人员变动情况\n", "关于董事辞职的公告\n"]))
        b.f("本行董事会于{d}收到{t}{n}的书面辞职报告，", d=ctx.date(), t=ctx.pick(W.SENIOR_TITLES), n=ctx.name())
        b.f(ctx.pick(["{n}因工作调整原因辞去本行{t}职务。", "{n}因年龄原因申请辞去本行{t}及董事会相关专门委员会职务。"]),
            n=ctx.name(), t=ctx.pick(W.SENIOR_TITLES))
        b.f("经本行{y}年第{k}次临时股东大会审议，选举{n}为本行{t}。", y=str(ctx.r.randint(2020, 2024)),
            k=ctx.pick(["一", "二", "三"]), n=ctx.name(), t=ctx.pick(W.SENIOR_TITLES))
        b.f("其任职资格已于{d}获监管核准。", d=ctx.date())
        b.f("本行对{n}在任职期间为本行发展所做的贡献表示衷心感谢！\n特此公告。\n{bank}董事会", n=ctx.name(), bank=lb)


def t_personnel_notice(ctx: Ctx, b: Builder) -> None:
    ctx.style = "formal"
    kind = ctx.pick(["appoint", "honour", "handover", "leave"])
    br = ctx.branch()
    bank = ctx.bank()[0]
    if kind == "appoint":
        b.f("关于{a}等同志职务任免的通知\n", a=ctx.name())
        b.f("{no}\n各部门、各支行：\n经{o}研究决定：\n", no=ctx.pick(["人任〔2024〕17号", "行发〔2023〕88号", "党委发〔2025〕6号"]),
            o=ctx.pick(["分行党委", "总行党委会", "行务会"]))
        for k in range(ctx.r.randint(2, 4)):
            post = ctx.branch() + ctx.pick(["行长", "副行长", "营业部主任", "运营主管", "客户经理"])
            if ctx.chance(0.3):
                b.f("{k}、免去{n}同志{p}职务；\n", k="一二三四"[k], n=ctx.name(), p=post)
            else:
                b.f("{k}、{v}{n}同志为{p}{x}；\n", k="一二三四"[k], v=ctx.pick(["聘任", "任命"]), n=ctx.name(), p=post,
                    x=ctx.pick(["", "（试用期一年）", "，保留原职级"]))
        b.f("以上同志任职时间自{d}起计算。\n", d=ctx.date())
        b.put(ctx.everyday())
        b.f("\n{bank}人力资源部\n{d}", bank=bank, d=ctx.date())
    elif kind == "honour":
        b.f(ctx.pick(["关于表彰{y}年度{h}的通报\n", "{y}年第{q}季度“{h}”评选结果公示\n"]), y=str(ctx.r.randint(2020, 2025)),
            h=ctx.pick(W.HONOURS), q=ctx.pick(["一", "二", "三", "四"]))
        b.add("为弘扬先进、树立典型，经基层推荐、综合评审，决定对以下同志予以表彰：\n")
        lay = ctx.pick(["list", "table", "semi"])
        for _ in range(ctx.r.randint(3, 6)):
            n, unit = ctx.name(), ctx.branch()
            if lay == "list":
                b.f("{u}  {n}\n", u=unit, n=n)
            elif lay == "table":
                b.f("{u} | {n} | {p}\n", u=unit, n=n, p=ctx.pick(W.POSITIONS))
            else:
                b.f("{n}（{u}）；", n=n, u=unit)
        b.f(ctx.pick(["\n其中，{n}同志在工作中成功堵截一起电信诈骗，为客户挽回损失{a}。",
                      "\n{n}同志全年营销代发工资客户{k}户，业绩位列全辖第一。"]), n=ctx.name(), a=ctx.amount(),
            k=str(ctx.r.randint(50, 900)))
        d, e = ctx.dates2()
        b.f("\n公示期为{d}至{e}，如有异议，请向纪检部门反映，电话{p}。", d=d, e=e, p=ctx.landline())
    elif kind == "handover":
        n1, n2 = ctx.name(), ctx.name()
        b.f("{br}客户经理工作调整公告\n尊敬的客户：\n", br=br)
        b.f("因工作需要，原客户经理{a}（工号{no}）已调至{o}工作。", a=n1, no=ctx.num("staff"), o=ctx.branch())
        b.f("自{d}起，其原管户客户由{b}接手维护，", d=ctx.date(), b=n2)
        b.f(ctx.pick(["联系电话：{m}。", "您可拨打{m}与其联系。", "新客户经理手机{m}（微信同号）。"]), m=ctx.mobile())
        b.f("网点地址：{a}。", a=ctx.org_address())
        b.f("如遇无法联系的情况，请拨打客服热线{h}。\n", h=ctx.neg(ctx.bank()[1], "hotline"))
        b.put(ctx.everyday())
        b.f("\n特此公告。\n{bank}{br}\n{d}", bank=bank, br=br, d=ctx.date())
    else:
        ctx.style = "form"
        n = ctx.name()
        b.add(ctx.pick(["员工离职交接确认单\n", "离职人员工作交接清单\n"]))
        ctx.style = "form"
        items = [("离职人员", n), ("员工编号", ctx.num("staff")), ("所在部门", ctx.pick(W.DEPARTMENTS)),
                 ("离职日期", ctx.date()), ("交接人", ctx.name()), ("监交人", ctx.name()),
                 opt(ctx, 0.6, ("离职后联系电话", ctx.mobile())),
                 opt(ctx, 0.8, ("离职后通讯地址", ctx.address())), opt(ctx, 0.4, ("户籍地址", ctx.address(kind="rural"))),
                 opt(ctx, 0.5, ("工资卡号", ctx.card()))]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.add("交接事项：重要空白凭证、印章、钥匙、尾箱及U盾已全部移交；在办业务清单另附。\n")
        b.f("系统权限已于{d}注销（工单号{no}）。", d=ctx.date(), no=ctx.num("order"))


def t_ethnic_customer(ctx: Ctx, b: Builder) -> None:
    region = ctx.pick(W.BORDER_PLACES)
    prov, city, dists, counties = region
    place = city[:2] if ("自治州" in city or "盟" in city) else city.replace("地区", "").replace("市", "")
    kind = ctx.pick(["open", "visit", "chat", "station"])
    if kind == "open":
        b.f(ctx.pick(["{p}支行个人客户开户登记\n", "边疆网点个人账户开立审核记录（{p}）\n"]), p=place)
        ctx.style = "form"
        items = [("客户姓名", ctx.name("ethnic")), ("民族", ctx.pick(["维吾尔族", "哈萨克族", "藏族", "蒙古族", "彝族", "汉族", "傣族"])),
                 ("性别", gender(ctx)), ("证件号码", ctx.idcard()), ("联系电话", ctx.mobile()),
                 ("户籍地址", ctx.address("border")), opt(ctx, 0.6, ("经常居住地", ctx.address("border"))),
                 opt(ctx, 0.5, ("工作单位", ctx.pick(["个体经营（干果店）", "牧民合作社", "务农", "村卫生室"]))),
                 ("开户卡号", ctx.card()), ("账户用途", ctx.pick(["惠农补贴发放", "代发工资", "个人结算", "养老金领取"]))]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.f("翻译人员：{t}（双语柜员）；经办：{s}；复核：{c}\n", t=ctx.name("ethnic"), s=ctx.name(), c=ctx.name())
        b.add(ctx.pick(["客户不识汉字，已由翻译人员逐条讲解协议内容并录音录像。", "客户能听懂普通话，已当面核实开户意愿。"]))
        b.put(ctx.everyday())
    elif kind == "visit":
        n = ctx.name("ethnic")
        b.f("回访记录（{d}）\n", d=ctx.date())
        b.f("客户经理{s}与{t}入户回访客户{n}，", s=ctx.name(), t=ctx.name("ethnic"), n=n)
        b.f(ctx.pick(["地点在其位于{a}的家中。", "客户现住{a}。", "客户家住{a}，距网点约{k}公里。"]), a=ctx.address("border"),
            k=str(ctx.r.randint(3, 90)))
        b.f("客户反映{w}", w=ctx.pick(["惠民补贴到账及时，但手机银行不会用。", "想给在外地上学的孩子汇生活费。",
                                       "去年申请的牧业贷款已还清，希望续贷。", "银行卡丢了，需要挂失补办。"]))
        b.f("已登记其新手机号{m}，", m=ctx.mobile())
        b.f("并协助其{x}。", x=ctx.pick(["开通短信提醒", "下载并激活手机银行", "办理挂失", "预约下周到网点面签"]))
        if ctx.chance(0.5):
            b.f("客户之{r}{n2}（{id}）陪同在场。", r=ctx.pick(["子", "女", "妻", "夫"]), n2=ctx.name("ethnic"), id=ctx.idcard())
        b.add("\n")
        b.put(ctx.everyday())
    elif kind == "chat":
        n = ctx.name("ethnic")
        b.add("【电话回访录音转写】\n")
        b.f("坐席：您好，这里是{p}支行，请问是{n}吗？\n", p=place, n=n)
        b.add(ctx.pick(["客户：是的是的，我是。\n", "客户：对，你说。\n"]))
        b.f("坐席：您上周在我行办理了{x}，想跟您确认一下预留手机是不是{m}？\n",
            x=ctx.pick(["借记卡开户", "养老金代发签约", "小额贷款"]), m=ctx.mobile())
        b.add(ctx.pick(["客户：号码换了，新的是", "客户：不对，现在用的是"]))
        b.put(ctx.mobile())
        b.add("。\n坐席：好的，已经帮您记下。地址还是")
        b.put(ctx.address("border"))
        b.add("吗？\n")
        b.f("客户：{a}\n", a=ctx.pick(["对，没变。", "搬了，现在在城里租房子住。", "是的，我儿子" + "也住那里。"]))
        b.f("坐席：感谢您的配合，如有疑问请拨打{h}，祝您生活愉快。", h=ctx.neg(ctx.bank()[1], "hotline"))
    else:
        b.f("助农取款服务点巡检表（{p}）\n", p=place)
        ctx.style = "form"
        items = [("服务点名称", ctx.pick(W.BORDER_VILLAGES) + ctx.pick(["便民超市", "小卖部", "农资店"])),
                 ("站长姓名", ctx.name("ethnic")), ("站长电话", ctx.mobile()), ("服务点地址", ctx.address("border")),
                 ("机具编号", ctx.num("terminal")), ("商户编号", ctx.num("merchant")), ("巡检日期", ctx.date()),
                 ("巡检人", ctx.name())]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.add(ctx.pick(["机具运行正常，反假宣传资料已更新。", "本月取款笔数较少，建议加强宣传。", "备付金不足，已通知站长补充。"]))


def t_foreign_customer(ctx: Ctx, b: Builder) -> None:
    kind = ctx.pick(["open", "open", "kyc", "hkmo", "hkmo", "remit"])
    if kind == "open":
        b.add(ctx.pick(["境外个人开立银行结算账户申请表\n", "外籍人士开户资料审核单\n", "Account Opening Form (Non-resident Individual)\n"]))
        ctx.style = "form"
        items = [("中文姓名", ctx.name("foreign")), ("英文姓名/Name", ctx.name("latin")),
                 ("国籍", ctx.pick(W.COUNTRIES)), ("性别", gender(ctx)), ("出生日期", ctx.birth()),
                 ("护照号码", ctx.foreign_passport()), ("居留许可号码", ctx.num("cert")),
                 ("境外地址", ctx.address("overseas")), ("境内居住地址", ctx.address()),
                 ("境内联系电话", ctx.mobile()), opt(ctx, 0.6, ("电子邮箱", ctx.email())),
                 opt(ctx, 0.5, ("工作单位", ctx.company())), opt(ctx, 0.3, ("单位统一社会信用代码", ctx.uscc_val())),
                 ("开户目的", ctx.pick(["工资收入", "学费缴纳", "日常消费", "投资款汇入"]))]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        if ctx.chance(0.4):
            b.f("Overseas address (as in passport): {a}\n", a=ctx.neg(ctx.pick(W.OVERSEAS_LATIN).format(
                n=ctx._num(1, 999), u=ctx._num(1, 40)), "latin_overseas_address") if ctx.pii else ctx.neg("on file", "address_placeholder"))
        b.add(ctx.pick(["已核验护照原件及有效签证，客户声明非中国税收居民。", "客户提供了雇主出具的在职证明，已登记FATCA/CRS声明。"]))
        b.put(ctx.everyday())
    elif kind == "kyc":
        n = ctx.name("foreign")
        b.f("尽职调查访谈记录\n访谈日期：{d}\n", d=ctx.date())
        b.f("客户{n}，{c}籍，持{c}护照，", n=n, c=ctx.pick(W.COUNTRIES))
        b.f("在{co}担任{t}，", co=ctx.company(), t=ctx.pick(["技术总监", "外籍教师", "市场经理", "首席代表"]))
        b.f(ctx.pick(["目前住在{a}。", "在华居住地址为{a}，已提供租房合同。", "住{a}，每月租金约{m}。"]), a=ctx.address(),
            m=ctx.amount("rent"))
        b.f("其原籍地址为{a}。", a=ctx.address("overseas"))
        b.f("客户称其配偶{s}将于下月来华，届时一并办理附属卡。", s=ctx.name("foreign"))
        b.f("客户预留手机{m}，", m=ctx.mobile())
        b.f("常用登录IP为{ip}。", ip=ctx.ip())
        b.f("\n访谈人：{a}  复核人：{r}", a=ctx.name(), r=ctx.neg_name())
    elif kind == "hkmo":
        b.add(ctx.pick(["港澳台居民个人开户登记\n", "港澳居民内地银行账户开立申请\n"]))
        ctx.style = "form"
        items = [("姓名", ctx.name("han")), ("证件类型", ctx.pick(["港澳居民来往内地通行证", "回乡证"])),
                 ("证件号码", ctx.permit(kind="in")),
                 opt(ctx, 0.5, ("港澳台居民居住证号码", Val(ctx.hkmo_residence_id(), "CN_ID_CARD", "CN_ID_CARD")
                                if ctx.want() else ctx.neg_id())),
                 opt(ctx, 0.5, ("特区护照号码", ctx.passport(hk=True))),
                 ("香港/澳门住址", ctx.address("overseas")), ("内地联系地址", ctx.address()),
                 ("内地手机", ctx.mobile()), opt(ctx, 0.5, ("香港电话", ctx.neg("+852 " + ctx.clean_digits(8, "2356789"), "hk_phone"))),
                 ("开户网点", ctx.branch())]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.put(ctx.everyday())
        b.f("\n客户服务热线：{h}（境外请拨+86-{h2}）", h=ctx.neg(ctx.bank()[1], "hotline"), h2=ctx.neg("755-" + "95555", "hotline"))
    else:
        b.add("境外汇款申请书（个人）\n")
        ctx.style = "form"
        items = [("汇款人名称", ctx.name("foreign")), ("汇款人账号", ctx.card()), ("汇款人地址", ctx.address()),
                 ("收款人名称", ctx.name("latin")), ("收款人地址", ctx.neg(ctx.pick(W.OVERSEAS_LATIN).format(
                     n=ctx._num(1, 999), u=ctx._num(1, 40)), "latin_overseas_address") if ctx.pii else ctx.neg("见附件", "address_placeholder")),
                 ("收款银行SWIFT", ctx.neg(ctx.pick(["BOFAUS3N", "HSBCHKHH", "CITIUS33", "DEUTDEFF", "NATAAU33"]), "swift")),
                 ("金额", ctx.amount()), ("汇款附言", ctx.pick(["FAMILY SUPPORT", "TUITION FEE", "SALARY"])),
                 ("申报号码", ctx.num("trace"))]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.f("经办柜员：{s}  授权：{a}", s=ctx.num("staff"), a=ctx.neg_name())


def _owner(ctx: Ctx):
    """(owner Val, property address Val): a natural person in PII records, else a company."""
    if ctx.want(0.85):
        return ctx.name(p=1.0), ctx.address(p=0.85)
    if ctx.chance(0.5) or not ctx.pii:
        return ctx.company(), ctx.org_address()
    return ctx.neg_name(), ctx.neg_address()


def t_auction_notice(ctx: Ctx, b: Builder) -> None:
    kind = ctx.pick(["judicial", "judicial", "bank", "list"])
    region = ctx.region
    city = (region[1] or region[0]).replace("市", "")
    if kind == "judicial":
        owner, addr = _owner(ctx)
        if ctx.chance(0.5):
            b.f("{c}人民法院网络司法拍卖公告\n", c=(region[1] or region[0]) + ctx.pick(region[2]))
        else:
            b.f("{c}中级人民法院网络司法拍卖公告\n", c=city)
        b.f("案号：{no}\n", no=ctx.num("case"))
        d, e = ctx.dates2()
        b.f("本院将于{d} 10时至{e} 10时止（延时的除外）在{s}上进行公开拍卖活动，", d=d, e=e, s=ctx.pick(W.AUCTION_SITES))
        b.f("拍卖标的为被执行人{o}名下位于{a}的房产", o=owner, a=addr)
        b.f("（{pc}），建筑面积{m}平方米，", pc=ctx.num("property_cert"), m=f"{ctx.r.randint(45, 260)}.{ctx.r.randint(10, 99)}")
        b.f("起拍价{p}，保证金{g}，增价幅度{s}。", p=ctx.amount("big"), g=ctx.amount("mid"), s=ctx.amount("small"))
        b.f("该房产已抵押给{bank}{br}，", bank=ctx.bank()[0], br=ctx.branch())
        b.add(ctx.pick(["抵押权人享有优先受偿权。", "拍卖成交后由本院通知办理解押手续。"]))
        b.f("\n看样时间：{d}，看样地点：{a}（请提前预约）。", d=ctx.date(),
            a=ctx.pick(["标的物现场", "本院执行局", "标的物所在小区物业处"]))
        b.f("\n咨询电话：{p}（{n}）；监督电话：{h}。", p=ctx.landline(), n=ctx.pick(["法官助理", "书记员"]) + ctx.neg_name().text,
            h=ctx.neg("12368", "hotline"))
    elif kind == "bank":
        bank = ctx.bank()[0]
        b.f("{bank}{c}分行抵债资产处置公告\n", bank=bank, c=city)
        b.add("经我行研究决定，拟对以下抵债资产进行公开处置，欢迎有意向者来人来函洽谈：\n")
        for k in range(ctx.r.randint(1, 3)):
            owner, addr = _owner(ctx)
            b.f("{k}、位于{a}的{t}一套，", k="一二三"[k], a=addr, t=ctx.pick(["住宅", "商铺", "车位", "办公用房"]))
            b.f("原产权人{o}，", o=owner)
            b.f("面积{m}平方米，参考价{p}；\n", m=str(ctx.r.randint(20, 300)), p=ctx.amount("big"))
        if ctx.chance(0.45):
            owner, _ = _owner(ctx)
            b.f("另有抵债车辆一辆：{m}小型轿车，号牌{pl}，原登记所有人{o}，现停放于{a}停车场；\n",
                m=ctx.pick(["大众", "丰田", "别克", "比亚迪", "本田", "吉利"]), pl=ctx.plate(), o=owner, a=ctx.org_address())
        b.f("另：我行原{br}营业用房（{a}）一并对外招租。\n", br=ctx.branch(), a=ctx.org_address())
        d, e = ctx.dates2()
        b.f("公告期：{d}至{e}。联系人：{n}，联系电话：{p}。\n", d=d, e=e, n=ctx.name(), p=ctx.phone())
        b.put(ctx.everyday())
        b.add("\n对处置标的有异议的，请于公告期内以书面形式提出。")
    else:
        ctx.style = "form"
        b.add(ctx.pick(["附件：拟处置抵债资产清单\n", "不良资产包资产明细（节选）\n"]))
        lay = ctx.pick(["table", "csv"])
        sep = " | " if lay == "table" else ","
        b.add(sep.join(["序号", "资产类型", "坐落", "原权利人", "借款合同号", "评估价值"]) + "\n")
        for k in range(ctx.r.randint(2, 5)):
            owner, addr = _owner(ctx)
            b.add(str(k + 1) + sep + ctx.pick(["住宅", "商铺", "厂房", "土地使用权"]) + sep)
            b.put(addr)
            b.add(sep)
            b.put(owner)
            b.add(sep)
            b.put(ctx.num("contract"))
            b.add(sep)
            cell(b, ctx.amount("big"), sep)
            b.add("\n")
        b.f("数据截止日：{d}", d=ctx.date())


def t_rental_contract(ctx: Ctx, b: Builder) -> None:
    kind = ctx.pick(["contract", "contract", "loan", "handover", "chat"])
    bank = ctx.bank()[0]
    if kind == "chat":
        ll, tn = ctx.name(), ctx.name()
        clock = [ctx.r.randint(8 * 60, 20 * 60)]

        def t() -> str:
            clock[0] += ctx.r.randint(0, 25)
            return f"[{clock[0] // 60 % 24:02d}:{clock[0] % 60:02d}]"
        b.add(ctx.pick(["微信聊天记录（租房）\n", "聊天记录截图转文字\n"]))
        b.f("{t} 房东 {n}：房子在{a}，", t=t(), n=ll, a=ctx.address())
        b.add(ctx.pick(["押一付三，水电燃气按表走。\n", "月租不含物业费，合同下周签。\n"]))
        b.f("{t} 租客 {n}：好的，租金打到哪张卡？\n", t=t(), n=tn)
        b.f("{t} 房东：{bk}，卡号{c}，户名{n}。\n", t=t(), bk=ctx.pick(W.BANKS)[0], c=ctx.card(), n=ll)
        b.f("{t} 租客：收到。我身份证号{i}，合同上要写的，", t=t(), i=ctx.idcard())
        b.f("电话{m}。\n", m=ctx.mobile())
        b.f("{t} 房东：租房贷的话{bank}要房东配合，我{w}\n", t=t(), bank=bank,
            w=ctx.pick(["周末有空", "白天上班，晚上方便", "马上把房产证照片发你"]))
        b.f("{t} 租客：[转账] {m}\n", t=t(), m=ctx.amount("rent"))
        return
    if kind == "contract":
        b.add(ctx.pick(["房屋租赁合同\n", "住房租赁合同（个人）\n", "房屋租赁合同（备案版）\n"]))
        b.f("合同编号：{no}\n", no=ctx.num("contract"))
        b.add("出租人（甲方）：")
        if ctx.chance(0.35):
            b.put(ctx.company())
            b.f("  统一社会信用代码：{u}\n", u=ctx.uscc_val())
        else:
            b.f("{n}  身份证号：{i}\n", n=ctx.name(), i=ctx.idcard())
        b.f("联系电话：{p}\n", p=ctx.phone())
        b.f("承租人（乙方）：{n}  证件号码：{i}\n联系电话：{p}\n", n=ctx.name(), i=ctx.idcard(), p=ctx.mobile())
        if ctx.chance(0.6):
            b.f("乙方通讯地址：{a}（送达地址，变更应书面通知甲方）\n", a=ctx.address())
        b.f("第一条 甲方将其合法拥有的位于{a}的房屋出租给乙方使用，", a=ctx.address())
        b.f("建筑面积{m}平方米，房屋用途为{u}。\n", m=str(ctx.r.randint(30, 160)), u=ctx.pick(["居住", "居住", "办公"]))
        d, e = ctx.dates2()
        b.f("第二条 租赁期限自{d}起至{e}止。\n", d=d, e=e)
        b.f("第三条 月租金{p}，押金{g}，租金按{t}支付。", p=ctx.amount("rent"), g=ctx.amount("rent"), t=ctx.pick(["月", "季", "半年"]))
        b.f("乙方应将租金汇入甲方指定账户：户名{n}，开户行{bk}{br}，账号{c}。\n", n=ctx.name(), bk=bank, br=ctx.branch(),
            c=ctx.card())
        b.put(ctx.everyday())
        b.f("\n甲方（签字）：{a}    乙方（签字）：{b}\n签订日期：{d}", a=ctx.neg_name(), b=ctx.neg_name(), d=ctx.date())
    elif kind == "loan":
        b.add(ctx.pick(["个人租房消费贷款申请表\n", "“安居租”租金分期申请\n"]))
        ctx.style = "form"
        items = [("申请人", ctx.name()), ("身份证号码", ctx.idcard()), ("手机号码", ctx.mobile()),
                 ("租赁房屋坐落", ctx.address()), ("现居住地址", ctx.address()), ("出租方", ctx.company()), opt(ctx, 0.4, ("出租方统一社会信用代码", ctx.uscc_val())),
                 ("月租金", ctx.amount("rent")), ("申请金额", ctx.amount("mid")), ("期限", ctx.pick(["12个月", "6个月", "24个月"])),
                 ("放款账户", ctx.card()), opt(ctx, 0.5, ("工作单位", ctx.company())), opt(ctx, 0.5, ("单位电话", ctx.landline()))]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.f("本人授权{bank}查询本人征信报告，并确认所租房屋真实存在。\n申请日期：{d}", bank=bank, d=ctx.date())
    else:
        b.add("房屋交接确认书\n")
        b.f("房屋地址：{a}\n", a=ctx.address())
        b.f("交接日期：{d}\n", d=ctx.date())
        b.f("电表读数：{e}度；水表读数：{w}吨；燃气表读数：{g}立方米\n", e=str(ctx.r.randint(100, 9999)),
            w=str(ctx.r.randint(10, 999)), g=str(ctx.r.randint(10, 999)))
        b.f("电费户号：{h}；燃气户号：{g}\n", h=ctx.num("huhao"), g=ctx.num("huhao"))
        b.add("钥匙：入户门2把、信箱1把、门禁卡2张。家具家电清单见附表。\n")
        b.f("出租人：{a}（{p}）\n承租人：{b}（{q}）\n", a=ctx.name(), p=ctx.mobile(), b=ctx.name(), q=ctx.mobile())
        if ctx.chance(0.7):
            b.f("车位：地下{k}号，登记车辆{pl}\n", k=str(ctx.r.randint(1, 400)), pl=ctx.plate())
        b.f("中介：{c}，经纪人{n}", c=ctx.company(), n=ctx.neg_name())


def t_utility_payment(ctx: Ctx, b: Builder) -> None:
    kind = ctx.pick(["sign", "sms", "batch", "log", "property", "chat"])
    bank, hot = ctx.bank()
    org = ctx.pick(W.UTILITY_ORGS)
    city = (ctx.region[1] or ctx.region[0]).replace("市", "")
    if kind == "chat":
        b.f("【在线客服会话】会话编号{no}\n", no=ctx.num("order"))
        b.add(ctx.pick(["客户：你好，我想开通电费自动扣款\n", "客户：燃气费代扣怎么一直没扣成功？\n"]))
        b.add("智能客服：您好，请提供户号、户名和用电（用气）地址，以便为您查询。\n")
        b.f("客户：户号{h}，户名{n}，", h=ctx.num("huhao"), n=ctx.name())
        b.f("地址{a}\n", a=ctx.address())
        b.f("人工客服{s}：已查到，您签约的扣款卡是{c}，", s=ctx.neg_name(style="prose"), c=ctx.neg_card())
        b.f(ctx.pick(["上次扣款返回{e}（户名不符），", "系统提示{e}（卡片状态异常），"]), e=ctx.num("error"))
        b.f("建议您更换为本人名下卡片，比如{c}。\n", c=ctx.card())
        b.f("客户：那换成这张吧，预留手机{m}。\n", m=ctx.mobile())
        b.f("人工客服：好的，已发送验证码，请勿向他人泄露。{w}", w=ctx.everyday())
        return
    if kind == "sign":
        b.f("{c}{o}委托代扣协议签约单\n", c=city, o=org)
        ctx.style = "form"
        items = [("户名", ctx.name()), ("户号", ctx.num("huhao")),
                 (ctx.pick(["用电地址", "用水地址", "用气地址", "装表地址"]), ctx.address()),
                 ("扣款卡号", ctx.card()), ("持卡人证件号", ctx.idcard()), ("手机号码", ctx.mobile()), opt(ctx, 0.3, ("固定电话", ctx.landline())),
                 opt(ctx, 0.25, ("停车费代扣车牌", ctx.plate())),
                 ("签约渠道", ctx.pick(["柜面", "手机银行", "网上银行", "自助终端"])), ("签约日期", ctx.date())]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.add(ctx.pick(["扣款失败时，本行将以短信方式通知，不另行催缴。", "账户余额不足时按欠费处理，滞纳金由户主承担。"]))
        b.put(ctx.everyday())
    elif kind == "sms":
        n = ctx.name()
        b.f("【{bank}】尊敬的{n}，", bank=bank, n=n if ctx.chance(0.6) else ctx.neg_name())
        b.f("您的{t}户号{h}", t=ctx.pick(["电费", "水费", "燃气费", "物业费"]), h=ctx.num("huhao"))
        b.f("（{a}）", a=ctx.address())
        b.f(ctx.pick(["本期应缴{m}，将于{d}从您尾号{c}的账户扣款，请保持余额充足。",
                      "上月欠费{m}，代扣失败（{e}），请于{d}前补缴。"]), m=ctx.amount("small"), d=ctx.date(),
            c=ctx.neg(ctx.digits(4, "0123456789"), "card_tail"), e=ctx.num("error"))
        if ctx.chance(0.4):
            b.f("如需变更扣款账户，验证码{v}，5分钟内有效，切勿告知他人。", v=ctx.num("vcode"))
        b.f("退订回T。客服{h}\n", h=ctx.neg(hot, "hotline"))
        if ctx.chance(0.6):
            b.f("回复：已缴，谢谢。我家地址是{a}，户名写的是{n}，不用再提醒了。", a=ctx.address(), n=ctx.name())
    elif kind == "batch":
        ctx.style = "form"
        b.f("代扣批量文件 {f}\n", f=ctx.neg(f"DK_{city[:2]}_{ctx.r.randint(20190101, 20251231)}.csv", "file_name"))
        b.add("序号,户号,户名,用户地址,扣款账号,应扣金额,结果\n")
        rows = ctx.r.randint(2, 5)
        for k in range(rows):
            b.f("{k},{h},{n},{a},{c},{m},{r}\n", k=str(k + 1), h=ctx.num("huhao"), n=ctx.name(), a=ctx.address(),
                c=ctx.card(), m=ctx.neg(f"{ctx.r.randint(20, 900)}.{ctx.r.randint(0, 99):02d}", "amount"),
                r=ctx.pick(["成功", "成功", "余额不足", "账户冻结", "户名不符"]))
        b.f("批次号：{b}  总笔数：{k}", b=ctx.num("batch"), k=str(rows))
    elif kind == "log":
        ctx.style = "form"
        for _ in range(ctx.r.randint(3, 5)):
            b.f("{d} {lv} [withhold] batch={b} huhao={h} ", d=ctx.date(), lv=ctx.pick(["INFO", "WARN", "ERROR"]),
                b=ctx.num("batch"), h=ctx.num("huhao"))
            b.f(ctx.pick(["acct={c} rc={e} msg=余额不足\n", "name={n} addr={a} rc={e}\n", "mobile={m} rc={e} msg=短信已发送\n",
                          "client_ip={ip} ver={v} rc={e}\n"]), c=ctx.card(), e=ctx.num("error"), n=ctx.name(),
                a=ctx.address(), m=ctx.mobile(), ip=ctx.ip(), v=ctx.num("version"))
    else:
        b.f("{e}{pm}关于物业费银行代扣的通知\n", e=ctx.pick(W.ESTATES), pm=ctx.pick(W.PROPERTY_MGMT))
        b.f("各位业主：为方便大家缴费，本小区已与{bank}合作开通物业费自动代扣。", bank=bank)
        b.add("办理时请携带本人身份证和银行卡到物业服务中心填写授权书。\n")
        b.f("物业服务中心地址：{a}，", a=ctx.org_address())
        b.f("值班电话{h}。\n", h=ctx.neg_landline())
        b.add("已登记业主（部分）：\n")
        for _ in range(ctx.r.randint(2, 4)):
            b.f("{r}  {n}  {p}  {pl}\n", pl=ctx.plate() if ctx.chance(0.5) else "", r=ctx.pick([f"{ctx.r.randint(1, 20)}栋{ctx.r.randint(1, 3)}单元{ctx.r.randint(1, 30)}0{ctx.r.randint(1, 4)}"]),
                n=ctx.name(), p=ctx.mobile())
        b.put(ctx.everyday())


def t_deposit_certificate(ctx: Ctx, b: Builder) -> None:
    kind = ctx.pick(["apply", "cert", "credit", "study", "list"])
    bank = ctx.bank()[0]
    if kind == "apply":
        b.add(ctx.pick(["个人存款证明申请书\n", "存款证明开立申请表（个人）\n"]))
        ctx.style = "form"
        items = [("申请人", ctx.name()), ("证件类型", "居民身份证"), ("证件号码", ctx.idcard()),
                 ("联系电话", ctx.phone()), ("联系地址", ctx.address()), ("存款账号/卡号", ctx.card()),
                 ("证明金额", ctx.amount("big")), ("冻结截止日", ctx.date()), ("开立份数", str(ctx.r.randint(1, 3))),
                 ("用途", ctx.pick(["出国签证", "留学", "探亲", "商务考察", "移民申请"])),
                 opt(ctx, 0.4, ("代理人", ctx.name())), opt(ctx, 0.4, ("代理人证件号", ctx.idcard())),
                 opt(ctx, 0.3, ("往来港澳通行证号码", ctx.permit(kind="out"))),
                 opt(ctx, 0.3, ("证明寄送地址", ctx.address())),
                 opt(ctx, 0.3, ("线上申请登录IP", ctx.ip()))]
        fields(b, ctx, shuffle_some(ctx, items))
        ctx.style = "prose"
        b.add("本人知悉：存款证明仅证明开立时点存款余额，证明期内相应存款不得支取。\n")
        b.f("申请人签字：{n}    日期：{d}", n=ctx.neg_name(), d=ctx.date())
    elif kind == "cert":
        b.f("{bank}存款证明书\n编号：{no}\n", bank=bank, no=ctx.num("cert"))
        b.f("兹证明{n}（证件类型：{t}，证件号码：{i}）", n=ctx.name(), t=ctx.pick(["居民身份证", "护照"]),
            i=ctx.idcard() if ctx.chance(0.7) else ctx.passport())
        b.f("截至{d}在我行存有{k}存款，余额合计{m}。", d=ctx.date(), k=ctx.pick(["定期", "活期", "定期及活期"]), m=ctx.amount("big"))
        b.f("上述存款已冻结至{d}，冻结期间不可支取、转让或质押。\n", d=ctx.date())
        b.add("本证明不作为担保或质押凭证，涂改无效。\n")
        b.f("开立机构：{bank}{br}（业务章）\n核验电话：{h}", bank=bank, br=ctx.branch(), h=ctx.neg(ctx.bank()[1], "hotline"))
    elif kind == "credit":
        n = ctx.name("pinyin")
        b.add("资信证明 / CREDIT REFERENCE\n")
        b.f("This is to certify that {n}, holder of passport No. {p}, ", n=n, p=ctx.passport())
        b.f("has maintained an account ({c}) with our bank since {y}. ", c=ctx.card(), y=str(ctx.r.randint(2008, 2020)))
        b.f("兹证明{cn}（护照号码：{p}）在我行开立账户，资信状况良好，无不良记录。\n", cn=ctx.name(), p=ctx.passport())
        b.f("Address on file: {a}\n", a=ctx.address())
        b.f("Issued by {bank} {br} on {d}. Verification: {h}", bank=bank, br=ctx.branch(), d=ctx.date(),
            h=ctx.neg(ctx.bank()[1], "hotline"))
    elif kind == "study":
        ctx.style = "formal"
        stu, par = ctx.name(), ctx.name()
        b.add(ctx.pick(["留学保证金开户及存款证明申请说明\n", "出国留学金融服务预约单\n"]))
        b.f("学生{s}拟赴{c}{u}攻读{m}，", s=stu, c=ctx.pick(W.COUNTRIES), u=ctx.pick(["大学", "学院", "理工学院"]),
            m=ctx.pick(W.MAJORS))
        b.f("需出具不少于{a}的存款证明。", a=ctx.amount("big"))
        b.f("资金由其{r}{p}提供，", r=ctx.pick(["父亲", "母亲"]), p=par)
        b.f("{p}的证件号码为{i}，", p=ctx.neg("家长", "role_word") if ctx.chance(0.5) else par, i=ctx.idcard())
        b.f("家庭住址{a}。", a=ctx.address())
        b.f("学生本人护照号码{pp}，邮箱{e}，", pp=ctx.passport(), e=ctx.email())
        b.f("国内手机{m}。\n", m=ctx.mobile())
        b.put(ctx.everyday())
        b.f("\n预约网点：{br}，预约时间：{d}，预约号：{no}", br=ctx.branch(), d=ctx.date(), no=ctx.num("order"))
    else:
        ctx.style = "form"
        b.add("存款证明开立登记簿（当日）\n")
        lay = ctx.pick(["table", "csv"])
        sep = " | " if lay == "table" else ","
        b.add(sep.join(["流水号", "客户姓名", "证件号码", "证明金额", "份数", "经办"]) + "\n")
        for _ in range(ctx.r.randint(2, 5)):
            b.put(ctx.num("trace"))
            b.add(sep)
            b.put(ctx.name())
            b.add(sep)
            b.put(ctx.idcard())
            b.add(sep)
            cell(b, ctx.amount("big"), sep)
            b.add(sep + str(ctx.r.randint(1, 3)) + sep)
            b.put(ctx.num("staff"))
            b.add("\n")
        b.f("登记人：{n}  复核：{m}", n=ctx.neg_name(), m=ctx.neg_name())


def t_social_post(ctx: Ctx, b: Builder) -> None:
    bank = ctx.bank()[0]
    plat = ctx.pick(W.PLATFORMS)
    kind = ctx.pick(["praise", "complain", "ask", "ad", "thread"])
    user = ctx.neg("@" + ctx.pick(W.NICKNAMES), "username")
    emo = lambda: ctx.pick(W.EMOJI)  # noqa: E731
    b.f("[{p}] ", p=plat)
    b.put(user)
    if ctx.chance(0.5):
        b.f("（{ipl}）", ipl=ctx.neg("IP属地：" + ctx.pick(["广东", "四川", "浙江", "北京", "新疆", "上海", "河南", "海外"]), "ip_region"))
    b.add("：")
    if kind == "praise":
        b.f("今天去{bank}{br}办{x}，", bank=bank, br=ctx.branch(), x=ctx.pick(["存款证明", "留学汇款", "换卡", "大额取现"]))
        b.f("客户经理{n}{e}全程特别耐心，", n=ctx.name(), e=emo())
        b.add(ctx.pick(["一点没嫌我问题多", "半小时就搞定了", "还提醒我别信网上的刷流水中介"]))
        b.f("{s}{e}\n", s=ctx.pick(W.SLANG), e=emo())
        b.f("#{bank}# #{t}#\n", bank=bank, t=ctx.pick(["留学党", "存款证明", "银行办事", "打工人日常"]))
        b.f("评论 @{u}：{c}\n", u=ctx.pick(W.NICKNAMES), c=ctx.pick(["求网点地址！", "同城蹲一个", "马上去办，方便多了"]))
        b.f("作者回复：就在{a}那个网点{e}", a=ctx.neg_address(), e=emo())
    elif kind == "complain":
        b.f("{s}！！{bank}的客户经理{n}天天打我电话推销理财", s=ctx.pick(W.SLANG), bank=bank, n=ctx.name())
        b.f("，号码{m}，已经拉黑{e}", m=ctx.phone(), e=emo())
        b.f("\n更离谱的是我的卡{c}莫名被冻结，", c=ctx.card())
        if ctx.chance(0.4):
            b.f("说是登录IP{ip}异地登录触发风控，", ip=ctx.ip())
        b.f("柜台说要本人带身份证去{br}解冻，", br=ctx.branch())
        b.f("可我现在住{a}，跑一趟要两小时{e}\n", a=ctx.address(), e=emo())
        if ctx.chance(0.4):
            b.f("昨天还收到个验证码{v}，不是我操作的{e}", v=ctx.num("vcode"), e=emo())
        b.f("投诉编号{no}，有没有姐妹知道怎么处理？", no=ctx.num("order"))
        b.f("\n官方回复：您好，已收到您的反馈，请拨打{h}或私信我们提供信息，我们会尽快核实。", h=ctx.neg(ctx.bank()[1], "hotline"))
    elif kind == "ask":
        b.f("求助{e} 办存款证明需要什么材料啊？我在{br}问了说要", e=emo(), br=ctx.branch())
        b.add(ctx.pick(["冻结到签证结束", "提前预约", "本人到场"]))
        b.f("，可我{r}在外地{e}\n", r=ctx.pick(["爸妈", "老公", "我妈"]), e=emo())
        b.f("回复 {u}：可以代办，带{who}身份证原件和户口本，", u=ctx.neg("@" + ctx.pick(W.NICKNAMES), "username"),
            who=ctx.pick(["双方", "本人"]))
        b.add(ctx.pick(["我上周刚办的", "记得问清楚手续费", "高峰期别去，周末人巨多"]))
        b.add("\n")
        b.f("楼主：谢谢！我{r}叫{n}，证件号{i}，这样能线上预约吗？{e}", r=ctx.pick(["妈", "爸", "老公"]), n=ctx.name(),
            i=ctx.idcard(), e=emo())
        b.f("\n回复 楼主：快删了吧，别在网上发证件号{e}", e=emo())
    elif kind == "ad":
        b.f("{e}{e}低息贷款、信用卡提额、代办{x}，", e=emo(), x=ctx.pick(["存款证明", "资信证明", "流水"]))
        b.f("有需要私聊{n}经理，", n=ctx.name() if ctx.chance(0.5) else ctx.neg_name())
        b.f("电话/微信同号{m}", m=ctx.mobile())
        b.f("，QQ邮箱{em}", em=ctx.email())
        b.f("，地址：{a}{e}\n", a=ctx.address(), e=emo())
        b.add("网友评论：这种都是骗子，银行不会这样放款，大家避雷！")
        b.put(ctx.everyday())
    else:
        b.f("【{t}】{bank}新出的{x}真的香吗？\n", t=ctx.pick(["讨论", "吐槽", "经验分享"]), bank=bank,
            x=ctx.pick(["大额存单", "养老理财", "数字人民币钱包", "信用卡"]))
        for k in range(ctx.r.randint(2, 4)):
            b.f("{k}楼 @{u}：", k=str(k + 1), u=ctx.pick(W.NICKNAMES))
            b.f(ctx.pick(["利率比{br}高一点点{e}\n", "我在{br}买的，客户经理{n}挺专业\n", "用{brand}就行，别折腾{e}\n",
                          "我家楼下就是{a}，排队排到怀疑人生{e}\n", "车牌{pl}的车天天堵网点门口，服了{e}\n",
                          "登录时提示{err}，版本{v}，有人遇到吗\n"]),
                br=ctx.branch(), e=emo(), n=ctx.name(), brand=ctx.pick(W.BRANDS), a=ctx.org_address(),
                pl=ctx.plate(), err=ctx.num("error"), v=ctx.num("version"))
        b.put(ctx.everyday())


GENRES = {
    "recruitment_resume": t_recruitment_resume,
    "director_bio": t_director_bio,
    "personnel_notice": t_personnel_notice,
    "ethnic_customer": t_ethnic_customer,
    "foreign_customer": t_foreign_customer,
    "auction_notice": t_auction_notice,
    "rental_contract": t_rental_contract,
    "utility_payment": t_utility_payment,
    "deposit_certificate": t_deposit_certificate,
    "social_post": t_social_post,
}
