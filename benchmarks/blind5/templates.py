"""Record templates for the blind5 corpus: one function per genre, PII-bearing and PII-free.

Each template writes into a :class:`Builder`, which records span offsets while the text is
built (never by searching afterwards).
"""
from __future__ import annotations

import random

from cnpii.identifiers import bank_card, mobile_phone, resident_id, landline_phone

import words as W


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.values: list[tuple[int, int, str]] = []

    def t(self, s: str) -> "Builder":
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, s: str, label: str) -> "Builder":
        self.spans.append({"start": self.n, "end": self.n + len(s), "label": label})
        self.values.append((self.n, self.n + len(s), s))
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values
def surname(r: random.Random) -> str:
    return r.choices([s for s, _ in W.SURNAMES], [w for _, w in W.SURNAMES])[0]


def name(r: random.Random) -> str:
    k = r.random()
    if k < 0.08:
        return r.choice(W.MINORITY)
    if k < 0.18:
        s, g = r.choice(W.WORDLIKE)
        return s + g
    pool = r.choice([W.GIVEN_OLD, W.GIVEN_MID, W.GIVEN_NEW])
    return surname(r) + r.choice(pool)


def _admin(r, rural=False):
    while True:
        prov = r.choice(list(W.PLACES))
        city, dists = r.choice(W.PLACES[prov])
        if not rural:
            return prov, city, r.choice(dists)
        county = [d for d in dists if d[-1] in "县旗" or (d[-1] == "市" and d != city)]
        if county:
            return prov, city, r.choice(county)


def _road(r):
    s = r.choice(W.ROAD_STEMS) + r.choice(W.ROAD_SUFFIX)
    if r.random() < 0.15 and s[-1] in "路道":
        s += r.choice(W.ROAD_SECTION)
    return s


def _houseno(r):
    n = str(r.randint(1, 999))
    if r.random() < 0.1:
        n += "-" + str(r.randint(1, 20))
    return n + "号"


def _estate(r):
    if r.random() < 0.25:
        e = r.choice(W.ESTATE_NOSUFFIX)
    else:
        e = r.choice(W.ESTATE_STEMS) + r.choice(W.ESTATE_SUFFIX)
    if r.random() < 0.25:
        e += r.choice(W.ESTATE_PARTS)
    return e


def _unit(r):
    b = r.choice(["%d栋", "%d幢", "%d号楼", "%d座", "%s座"])
    b = b % (r.choice("ABCD") if b == "%s座" else r.randint(1, 36))
    parts = [b]
    if r.random() < 0.7:
        parts.append("%d单元" % r.randint(1, 6))
    fl = r.randint(1, 33)
    k = r.random()
    if k < 0.6:
        parts.append("%d%02d室" % (fl, r.randint(1, 8)))
    elif k < 0.8:
        parts.append("%d层%d室" % (fl, r.randint(1, 8)) if r.random() < 0.5 else "%d楼%d号" % (fl, r.randint(1, 8)))
    else:
        parts.append("%d%02d房" % (fl, r.randint(1, 8)))
    return "".join(parts)


def _strip_city(c: str) -> str:
    return c[:-1] if c.endswith("市") and len(c) > 2 else c


def address(r: random.Random, form: str | None = None) -> str:
    """A personal address in one of several written forms."""
    form = form or r.choice(["full", "full", "noprov", "nocity_shi", "distroad", "estate",
                             "rural", "rural", "part", "spaced", "gate"])
    prov, city, dist = _admin(r, rural=(form == "rural"))
    muni = prov == city
    head_p = prov if not muni else ""
    if form == "rural":
        town = r.choice(W.TOWNS)
        vil = r.choice(W.VILLAGES)
        tail = r.choice(["%d组%d号" % (r.randint(1, 12), r.randint(1, 80)),
                         "%d社" % r.randint(1, 9), "%s组" % "一二三四五六七八"[r.randint(0, 7)],
                         "%d号" % r.randint(1, 150), ""])
        pre = r.choice([head_p + city + dist, city + dist, dist])
        return pre + town + vil + tail
    road = _road(r) + _houseno(r)
    est = _estate(r)
    unit = _unit(r)
    if form == "full":
        mid = r.choice(["", r.choice(W.STREETS)])
        return head_p + city + dist + mid + road + r.choice([est, ""]) + unit
    if form == "noprov":
        return city + dist + road + est + unit
    if form == "nocity_shi":
        return _strip_city(city) + dist + road + r.choice([est + unit, ""])
    if form == "distroad":
        return dist + road
    if form == "estate":
        return est + unit
    if form == "gate":  # delivered to an estate gate, no building
        return r.choice([city, _strip_city(city), ""]) + dist + road + est + r.choice(W.ESTATE_GATES) + r.choice(["", "门卫室", "快递柜"])
    if form == "part":
        return city + dist + est + r.choice(W.ESTATE_PARTS) + unit
    if form == "spaced":  # typed casually in chat: spaces, no 号 sometimes
        rd = _road(r) + str(r.randint(1, 500))
        return " ".join([_strip_city(city), dist, rd, est, unit.replace("室", "")])
    raise ValueError(form)


def mobile(r):
    return mobile_phone.generate(r)


def idno(r):
    while True:  # an adult customer: born 1945-2005
        v = resident_id.generate(r)
        if len(v) == 18 and 1945 <= int(v[6:10]) <= 2005:
            return v


def card(r):
    return bank_card.generate(r)


def branch_address(r):
    prov, city, dist = _admin(r)
    return city + dist + _road(r) + _houseno(r)


def branch(r):
    prov, city, dist = _admin(r)
    return _strip_city(city) + r.choice(W.ROAD_STEMS) + r.choice(W.BANK_BRANCHES)


def company(r):
    prov, city, dist = _admin(r)
    return _strip_city(city) + r.choice(["宏达", "鑫源", "恒通", "华兴", "瑞丰", "长青", "金穗"]) + r.choice(W.COMPANY_KINDS)


def date(r):
    return "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def amount(r):
    return "%d,%03d.%02d" % (r.randint(1, 900), r.randint(0, 999), r.randint(0, 99))


def serial(r, n=10):
    return "".join(r.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- genres
def courier(r, b):
    k = r.randrange(6)
    if k == 4:
        b.t("寄送信息\n").p(name(r), "PERSON").t(" 收\n").p(address(r, r.choice(["full", "noprov"])), "ADDRESS")
        b.t("\n" + company(r) + "转交\n")
        return
    if k == 5:
        b.t("收件人：").p(name(r), "PERSON").t("（女士）\n收件地址：").p(address(r), "ADDRESS")
        b.t("\n如地址有误请联系" + branch(r) + "，网点地址" + branch_address(r))
        return
    if k == 0:
        b.t("【卡片寄送】收件人：").p(name(r), "PERSON").t("；联系电话：").p(mobile(r), "CN_MOBILE")
        b.t("；寄送地址：").p(address(r), "ADDRESS").t("。快递单号SF" + serial(r, 12) + "。")
    elif k == 1:
        b.t("信用卡邮寄\n收件人 ").p(name(r), "PERSON").t("\n地址 ").p(address(r, "full"), "ADDRESS")
        b.t("\n备注：本人签收，勿放驿站")
    elif k == 2:
        b.t("请将新卡寄至").p(address(r), "ADDRESS").t("，由").p(name(r), "PERSON").t("签收，如不在家可交给其家人")
        b.t(r.choice(["", "（其配偶" ]))
        if b.parts[-1]:
            b.p(name(r), "PERSON").t("）")
        b.t("。")
    else:
        a = address(r, "full")
        cut = r.randint(4, len(a) - 3)
        b.t("退件登记：原寄送地址 ").p(a[:cut] + "\n" + a[cut:], "ADDRESS")
        b.t(" 地址不详退回，收件人").p(name(r), "PERSON").t("电话无人接听。")


def courier_neg(r, b):
    k = r.randrange(3)
    if k == 0:
        b.t("卡片已由" + branch(r) + "统一寄出，批次号" + serial(r, 8) + "，共" + str(r.randint(20, 400)) + "件，")
        b.t("回收地址：" + branch_address(r) + "（" + branch(r) + "）。")
    elif k == 1:
        b.t("温馨提示：受台风影响，" + _road(r) + "沿线快递延误1-2天，寄送至" + _admin(r)[1] + "的卡片将顺延派送。")
    else:
        b.t("收件人：王*  电话：1" + "3" + "*" * 5 + serial(r, 4) + "  地址：" + _admin(r)[1] + "****（已脱敏）")


def homevisit(r, b):
    k = r.randrange(6)
    n = name(r)
    if k == 4:
        b.t("据村干部反映，").p(n, "PERSON").t("早年住在").p(address(r, "rural"), "ADDRESS")
        b.t("，后随儿子").p(name(r), "PERSON").t("搬到").p(address(r, r.choice(["nocity_shi", "estate"])), "ADDRESS")
        b.t("，现已电话联系上本人。")
        return
    if k == 5:
        b.t("上门核实：").p(n, "PERSON").t("女士确实居住于").p(address(r, "part"), "ADDRESS")
        b.t("，房屋系租住，房东").p(name(r), "PERSON").t("。")
        return
    if k == 0:
        b.t("外访记录：").t(date(r)).t("，催收员前往借款人").p(n, "PERSON").t("家中，其家住")
        b.p(address(r), "ADDRESS").t("，敲门无人应答，邻居称其已外出务工。")
    elif k == 1:
        b.t("经多方打听，于").p(address(r, r.choice(["rural", "distroad", "estate"])), "ADDRESS")
        b.t("找到债务人").p(n, "PERSON").t("，其母亲").p(name(r), "PERSON").t("在场，承诺月底前还款" + amount(r) + "元。")
    elif k == 2:
        b.t("客户").p(n, "PERSON").t("目前住在其姐姐").p(name(r), "PERSON").t("处（").p(address(r), "ADDRESS")
        b.t("），原住址").p(address(r, "noprov"), "ADDRESS").t("已出售。")
    else:
        b.t(surname(r) + "经理陪同走访，到").p(address(r), "ADDRESS").t("见到了").p(n, "PERSON")
        b.t("本人，手机号更新为").p(mobile(r), "CN_MOBILE").t("。")


def homevisit_neg(r, b):
    if r.random() < 0.5:
        b.t("外访小结：本月共走访" + str(r.randint(10, 90)) + "户，" + _admin(r)[2] + "、" + _admin(r)[2]
            + "回款率较高，" + surname(r) + "组长建议下月重点覆盖" + r.choice(W.TOWNS) + "。")
        return
    b.t("本周外访计划：" + _admin(r)[2] + "片区共" + str(r.randint(3, 30)) + "户，集合地点为" + branch(r) + "（"
        + branch_address(r) + "），" + surname(r) + "主管带队。")


def change_addr(r, b):
    k = r.randrange(3)
    if k == 0:
        b.t("客户信息变更申请表\n客户姓名：").p(name(r), "PERSON").t("\n证件号码：").p(idno(r), "CN_ID_CARD")
        b.t("\n原联系地址：").p(address(r), "ADDRESS").t("\n新联系地址：").p(address(r), "ADDRESS")
        b.t("\n变更原因：搬家")
    elif k == 1:
        b.t("本人").p(name(r), "PERSON").t("申请将账单地址由").p(address(r, "noprov"), "ADDRESS")
        b.t("变更为").p(address(r, "full"), "ADDRESS").t("，特此申请。经办：" + branch(r))
    else:
        b.t("【更新】姓名=").p(name(r), "PERSON").t(" | 单位地址=" + company(r) + "，" + branch_address(r))
        b.t(" | 住宅地址=").p(address(r), "ADDRESS").t(" | 邮编=" + str(r.randint(100000, 859999)))


def change_addr_neg(r, b):
    b.t("地址变更业务须知：客户可通过手机银行或到" + branch(r) + "办理，办理时须携带本人有效身份证件。"
        "营业网点地址：" + branch_address(r) + "。")


def collateral(r, b):
    k = r.randrange(3)
    if k == 0:
        b.t("抵押物登记｜抵押人：").p(name(r), "PERSON").t("｜坐落：").p(address(r, r.choice(["full", "noprov", "part"])), "ADDRESS")
        b.t("｜建筑面积" + "%d.%02d" % (r.randint(40, 260), r.randint(0, 99)) + "㎡｜评估价" + amount(r) + "万元")
    elif k == 1:
        b.t("房产位于").p(address(r), "ADDRESS").t("，产权人").p(name(r), "PERSON").t("、").p(name(r), "PERSON")
        b.t("（夫妻共有），已办理抵押登记，抵押权人为" + branch(r) + "。")
    else:
        b.t("按揭贷款合同附件二 抵押房产清单\n序号 坐落 权利人\n1 ").p(address(r, "full"), "ADDRESS")
        b.t(" ").p(name(r), "PERSON").t("\n2 ").p(address(r, "estate"), "ADDRESS").t(" ").p(name(r), "PERSON")


def collateral_neg(r, b):
    if r.random() < 0.5:
        b.t("押品统计：" + _admin(r)[1] + "住宅类押品" + str(r.randint(100, 900)) + "笔，商业用房"
            + str(r.randint(10, 90)) + "笔，合计评估价" + amount(r) + "万元（" + date(r) + "口径）。")
        return
    b.t("抵押登记窗口迁至" + _admin(r)[1] + "不动产登记中心（" + branch_address(r) + "），办理时间9:00-17:00。")


def rural(r, b):
    k = r.randrange(3)
    if k == 0:
        b.t("农户小额信用贷款调查表 借款人：").p(name(r), "PERSON").t("，住址：").p(address(r, "rural"), "ADDRESS")
        b.t("，家庭人口" + str(r.randint(2, 7)) + "人，种植柑橘" + str(r.randint(3, 40)) + "亩。")
    elif k == 1:
        t = r.choice(W.TOWNS)
        b.t(t + "信用社贷款档案：").p(name(r), "PERSON").t("，").p(t + r.choice(W.VILLAGES) + "%d组" % r.randint(1, 12), "ADDRESS")
        b.t("，担保人").p(name(r), "PERSON").t("（同村），身份证").p(idno(r), "CN_ID_CARD")
    else:
        b.t("联保小组成员：").p(name(r), "PERSON").t("、").p(name(r), "PERSON").t("、").p(name(r), "PERSON")
        b.t("，均住").p(address(r, "rural"), "ADDRESS").t("。")


def rural_neg(r, b):
    if r.random() < 0.5:
        _, city, dist = _admin(r, rural=True)
        b.t(dist + r.choice(W.TOWNS) + r.choice(W.VILLAGES) + "获评信用村，" + str(r.randint(50, 400))
            + "户农户获得授信，贷款编号段LN" + serial(r, 9) + "起。")
        return
    t = r.choice(W.TOWNS)
    b.t(t + "信用社定于" + date(r) + "在" + r.choice(W.VILLAGES) + "村委会开展整村授信宣传，欢迎村民参加。")


def csv_export(r, b):
    sep = r.choice([",", "\t", "|"])
    b.t(sep.join(["客户号", "姓名", "手机", "住址"]) + "\n")
    for _ in range(r.randint(2, 4)):
        b.t(serial(r, 8) + sep).p(name(r), "PERSON").t(sep).p(mobile(r), "CN_MOBILE").t(sep)
        b.p(address(r), "ADDRESS").t("\n")


def csv_fixed(r, b):
    b.t("NAME      ADDR\n")
    for _ in range(r.randint(2, 3)):
        n = name(r)
        b.p(n, "PERSON").t(" " * max(2, 10 - 2 * len(n))).p(address(r, r.choice(["noprov", "estate", "rural"])), "ADDRESS").t("\n")


def csv_neg(r, b):
    if r.random() < 0.4:
        b.t("订单号,金额,状态\n")
        for _ in range(r.randint(2, 4)):
            b.t(serial(r, r.choice([12, 16, 18])) + "," + amount(r) + "," + r.choice(["已完成", "退款中", "失败"]) + "\n")
        return
    sep = r.choice([",", "\t"])
    b.t(sep.join(["网点名称", "网点地址", "营业时间"]) + "\n")
    for _ in range(r.randint(2, 4)):
        b.t(branch(r) + sep + branch_address(r) + sep + "9:00-17:00\n")


def legal(r, b):
    k = r.randrange(3)
    if k == 0:
        b.t("被告：").p(name(r), "PERSON").t("，" + r.choice(["男", "女"]) + "，" + date(r)[:4].replace("2025", str(r.randint(1950, 2000))) + "年出生，住所地").p(address(r, "full"), "ADDRESS")
        b.t("，公民身份号码").p(idno(r), "CN_ID_CARD").t("。")
    elif k == 1:
        b.t("申请人").p(name(r), "PERSON").t("，户籍地").p(address(r), "ADDRESS").t("，经常居住地")
        b.p(address(r), "ADDRESS").t("。委托代理人" + surname(r) + "律师，" + _strip_city(_admin(r)[1]) + r.choice(["明德", "正衡", "诚信", "天平"]) + "律师事务所。")
    else:
        b.t("公证书 兹证明").p(name(r), "PERSON").t("（住").p(address(r), "ADDRESS").t("）于" + date(r) + "在本公证员面前签署了前面的《授权委托书》。")


def legal_neg(r, b):
    b.t("本院地址：" + branch_address(r) + "，立案庭电话另行公布。原告" + company(r) + "，住所地" + branch_address(r) + "。")


def claim(r, b):
    k = r.randrange(2)
    if k == 0:
        _, city, _ = _admin(r)
        b.t("理赔申请：被保险人").p(name(r), "PERSON").t("于" + date(r) + "在" + _strip_city(city) + r.choice(W.HOSPITALS))
        b.t("住院治疗，现住址").p(address(r), "ADDRESS").t("，受益人").p(name(r), "PERSON").t("，联系电话").p(mobile(r), "CN_MOBILE")
    else:
        b.t("出险经过：患者").p(name(r), "PERSON").t("，家庭住址").p(address(r, "noprov"), "ADDRESS")
        b.t("，由其子").p(name(r), "PERSON").t("送往医院，发票号" + serial(r, 8) + "。")


def claim_neg(r, b):
    if r.random() < 0.5:
        b.t("理赔须知：请将材料邮寄至本公司" + _admin(r)[1] + "理赔中心（" + branch_address(r) + "），案件号CL" + serial(r, 10) + "。")
        return
    _, city, _ = _admin(r)
    b.t("定点医院名单更新：" + _strip_city(city) + r.choice(W.HOSPITALS) + "（" + branch_address(r) + "）自" + date(r) + "起纳入直付。")


def chat(r, b):
    k = r.randrange(6)
    if k == 4:
        n = name(r)
        b.t("坐席：").p(n, "PERSON").t(r.choice(["先生", "女士"]) + "您好，请问您的邮寄地址是？\n客户：").p(address(r, "spaced"), "ADDRESS")
        return
    if k == 5:
        b.t("客户：帮我改下地址 ").p(address(r, "distroad") + _estate(r) + str(r.randint(1, 30)) + "-"
                                     + str(r.randint(1, 6)) + "-" + str(r.randint(101, 2802)), "ADDRESS")
        b.t(" 谢谢")
        return
    if k == 0:
        b.t("客户：卡寄到").p(address(r, "spaced"), "ADDRESS").t(" 就行\n客服：好的，收件人是您本人吗\n客户：对 ").p(name(r), "PERSON")
    elif k == 1:
        b.t("[微信] 我搬家了哈，现在住").p(address(r, r.choice(["estate", "distroad", "part"])), "ADDRESS").t("，信件别寄老地方了")
    elif k == 2:
        b.t("用户：地址写错了 应该是").p(address(r, "nocity_shi"), "ADDRESS").t(" 不是").p(address(r, "distroad"), "ADDRESS").t("\n坐席：已为您修改")
    else:
        b.t("客户：我叫").p(name(r), "PERSON").t("，电话").p(mobile(r), "CN_MOBILE").t("，地址（").p(address(r), "ADDRESS").t("）麻烦核对下")


def chat_neg(r, b):
    k = r.randrange(3)
    if k == 0:
        b.t("客户：你们" + branch(r) + "几点关门啊\n客服：工作日17:00，地址是" + branch_address(r) + "。")
    elif k == 1:
        b.t("客户：" + _road(r) + "那边堵死了，我晚点到\n客服：好的" + surname(r) + "先生，不着急。")
    else:
        b.t("用户：我在" + _admin(r)[1] + "出差，卡能在当地网点取吗\n客服：可以的。")


def mixed(r, b):
    k = r.randrange(2)
    if k == 0:
        b.t("Name / 姓名: ").p(name(r), "PERSON").t("\nAddress / 地址: ").p(address(r), "ADDRESS")
        b.t("\nMobile: ").p(mobile(r), "CN_MOBILE").t("\nEmployer: " + company(r))
    else:
        b.t("Applicant: ").p(name(r), "PERSON").t("; Home Address（住宅地址）: ").p(address(r, "noprov"), "ADDRESS")
        b.t("; Mailing Address: same as above")


def mixed_neg(r, b):
    if r.random() < 0.5:
        b.t("Company / 公司: " + company(r) + "\nRegistered Address / 注册地址: " + branch_address(r)
            + "\nContact: " + surname(r) + "经理")
        return
    b.t("Branch / 网点: " + branch(r) + "\nAddress / 地址: " + branch_address(r) + "\nTel: 95" + str(r.randint(500, 599)))


def bad_id(r):
    v = idno(r)
    return v[:-1] + ("0" if v[-1] != "0" else "1")


def negative_places(r, b):
    k = r.randrange(7)
    if k == 6:
        b.t(r.choice(["早高峰期间", "节假日期间"]) + _road(r) + "网点排队较长，方圆三公里内另有" + str(r.randint(2, 6))
            + "台自助设备；" + r.choice(["文静", "建国门", "国庆", "平安", "光明"]) + r.choice(["路段", "假期", "专场"]) + "活动照常。")
        return
    if k == 3:
        _, city, dist = _admin(r)
        b.t("活动通知：" + date(r) + "在" + _strip_city(city) + dist[:-1] + "广场举办反诈宣传，地址" + branch_address(r) + "，欢迎市民参加。")
        return
    if k == 4:
        b.t("测试数据（校验位错误）：证件号" + bad_id(r) + "，请勿用于生产。")
        return
    if k == 5:
        _, city, dist = _admin(r)
        b.t("合作商户：" + _strip_city(city) + dist[:-1] + r.choice(["文化传媒有限公司", "餐饮管理有限公司", "物业服务有限公司"]) + "，" + r.choice(W.ESTATE_STEMS) + "物业服务中心。")
        return
    if k == 0:
        b.t("交通提示：" + date(r) + "举办马拉松，" + _road(r) + "、" + _road(r) + "全天封闭，请绕行。")
    elif k == 1:
        b.t("本行在" + "、".join(_admin(r)[1] for _ in range(3)) + "新设" + str(r.randint(2, 9)) + "家网点。")
    else:
        b.t("授信客户：" + company(r) + "，注册地" + branch_address(r) + "，法定代表人" + surname(r) + "总。")


GENRES = {
    "courier": (courier, courier_neg),
    "home_visit": (homevisit, homevisit_neg),
    "address_change": (change_addr, change_addr_neg),
    "collateral": (collateral, collateral_neg),
    "rural_credit": (rural, rural_neg),
    "csv_export": (lambda r, b: (csv_export if r.random() < 0.65 else csv_fixed)(r, b), csv_neg),
    "legal": (legal, legal_neg),
    "insurance_claim": (claim, claim_neg),
    "chat": (chat, chat_neg),
    "mixed_en_zh": (mixed, mixed_neg),
    "notice": (None, negative_places),
}
