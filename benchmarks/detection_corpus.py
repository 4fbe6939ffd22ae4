"""Generate a labelled evaluation corpus of Chinese bank text for cnpii detection.

    python benchmarks/detection_corpus.py [--n 3000] [--seed 7] [--out benchmarks/detection_corpus.jsonl]
    python ../shared/eval/score.py ../shared/eval/adapters/cnpii_adapter.py --data benchmarks/detection_corpus.jsonl

Every record is ``{"id", "source", "genre", "text", "spans": [{"start", "end", "label"}]}`` with
Python ``str`` offsets (end exclusive) and the scorer's labels. Identifier values come from the
``generate()`` functions of :mod:`cnpii.identifiers`, written in the ways people write them
(grouped, full-width, with ``+86``), and names and addresses come from pools written for this
file (deliberately not the detector's own dictionaries: about a third of the given-name
characters and several surnames here are absent from them). A quarter of the records hold no
PII at all but plenty of look-alike numbers: order and serial numbers, amounts, timestamps,
hotlines, already-masked values, numbers whose check digit is wrong, branch names with places.

The wording is this project's own; it does not copy the public sample.
"""

from __future__ import annotations

import argparse
import json
import random
import string
from typing import Callable

from cnpii.identifiers import (bank_card, hk_macau_permit, landline_phone, license_plate, mobile_phone,
                               passport, resident_id, uscc)

FW = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in string.digits + "-"})

SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 韩 冯 邓 曹 彭 曾 "
            "田 萧 潘 袁 董 蒋 蔡 余 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟 姜 崔 谭 陆 范 汪 廖 石 金 韦 贾 "
            "夏 付 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛 郝 顾 龚 邵 万 覃 武 钱 戴 "
            "严 欧 莫 孔 向 常 汤 康 易 乔 赖 文 施 洪 辛 柴 岑 宁 樊 温 聂 鲍 阮 房 甘 伍 祁 蓝 禤 靳 "
            "欧阳 司马 诸葛 上官 东方 令狐 皇甫 夏侯 端木 慕容").split()
GIVEN = ("子涵 浩然 思远 雨桐 嘉怡 俊熙 梓睿 一鸣 若曦 沐阳 芷若 宇辰 诗琪 博涛 冬梅 建华 国平 春燕 秀凤 "
         "立军 海波 红梅 玉芬 文静 晓峰 雪琴 振宇 鹏程 婉清 明轩 可欣 佳琪 志远 德胜 永福 丽萍 金凤 桂香 "
         "亚楠 晨曦 子墨 星河 奕辰 彦霖 乐瑶 欣妍 书豪 俊驰 翊 骁 昕 婕 琬 珂 湛 砚 彤 凛 妤 芮 瀚 赟 "
         "昀 晞 鑫 磊 静 敏 杰 娟 勇 艳 涛 军 强 霞 丹 斌 颖 璐 峰 超 蕾 宁 帆 卓 朗 熠 菡 锴 筱 翀 "
         "淑贞 美玲 桂兰 凤英 宏伟 卫东 建军 国庆 海燕 晓霞 雅琴 思彤 梦瑶 天佑 宸 锦程 嘉懿 沛然 "
         "伯涵 仲谋 季康 叔平 以琛 之恒 未央 知夏 南乔 北辰 清妍 予安 景行 止戈").split()
MINORITY = ("买买提·艾力 古丽娜尔·吐尔逊 阿不都·热合曼 热依拉·阿不力孜 扎西·次仁 巴特尔·其木格 "
            "努尔兰·哈斯木 迪丽娜·买合木提 艾合买提·托合提 帕提古丽·伊明").split()
PROVINCES = [("广东省", ["广州市", "深圳市", "佛山市", "东莞市"], ["天河区", "南山区", "顺德区", "越秀区", "宝安区"]),
             ("江苏省", ["南京市", "苏州市", "无锡市"], ["鼓楼区", "姑苏区", "梁溪区", "江宁区"]),
             ("浙江省", ["杭州市", "宁波市", "温州市"], ["西湖区", "鄞州区", "鹿城区", "拱墅区"]),
             ("四川省", ["成都市", "绵阳市"], ["武侯区", "青羊区", "涪城区", "双流区"]),
             ("湖北省", ["武汉市", "宜昌市"], ["江汉区", "洪山区", "西陵区"]),
             ("山东省", ["济南市", "青岛市", "烟台市"], ["历下区", "崂山区", "芝罘区", "市北区"]),
             ("河南省", ["郑州市", "洛阳市"], ["金水区", "二七区", "涧西区"]),
             ("新疆维吾尔自治区", ["乌鲁木齐市"], ["天山区", "沙依巴克区"]),
             ("广西壮族自治区", ["南宁市", "桂林市"], ["青秀区", "七星区"])]
MUNICIPAL = [("北京市", ["朝阳区", "海淀区", "东城区", "丰台区"]), ("上海市", ["浦东新区", "徐汇区", "静安区"]),
             ("天津市", ["南开区", "河西区"]), ("重庆市", ["渝中区", "江北区", "沙坪坝区"])]
ROADS = ("人民路 解放路 建设大道 滨河路 文化街 学府路 望江路 长青街 幸福路 梧桐大道 金沙路 锦华街 "
         "翠柳路 和平里大街 科技园路 光华大道 青年路 红星路 朝晖街 春风巷").split()
ESTATES = ("阳光家园 碧水花园 金地名苑 翠湖湾 万科城 紫荆公寓 时代广场 华府天地 星河湾 东湖社区 "
           "锦绣名邸 绿城桂花园").split()
COUNTIES = [("湖南省", "衡阳市", "祁东县", "白地市镇", "竹山村"), ("河北省", "保定市", "清苑区", "臧村镇", "东王庄村"),
            ("安徽省", "阜阳市", "临泉县", "杨桥镇", "大宋村"), ("江西省", "赣州市", "兴国县", "长冈乡", "塘石村")]
BANKS = ("工商银行 建设银行 农业银行 中国银行 交通银行 招商银行 兴业银行 浦发银行").split()
DOMAINS = ("qq.com 163.com 126.com sina.com gmail.com outlook.com foxmail.com yeah.net example.cn").split()
HOTLINES = ("95588 95533 95599 95566 95559 95555 95561 95528 400-820-8888 800-830-8003").split()


class Builder:
    """Appends text pieces and records the spans of the labelled ones."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> "Builder":
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, s: str, label: str) -> "Builder":
        self.spans.append({"start": self.n, "end": self.n + len(s), "label": label})
        return self.t(s)

    def done(self) -> tuple[str, list[dict]]:
        return "".join(self.parts), self.spans


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # ---- values
    def name(self) -> str:
        r = self.r
        if r.random() < 0.05:
            return r.choice(MINORITY)
        return r.choice(SURNAMES) + r.choice(GIVEN)

    def spaced_name(self) -> str:
        s = self.r.choice([x for x in SURNAMES if len(x) == 1])
        g = self.r.choice([x for x in GIVEN if len(x) == 1])
        return s + self.r.choice(["　", "  ", " "]) + g

    def _variant(self, digits: str, groups: tuple[int, ...]) -> str:
        r = self.r.random()
        if r < 0.15:
            return self._group(digits, groups, self.r.choice([" ", "-"]))
        if r < 0.22:
            return digits.translate(FW)
        return digits

    @staticmethod
    def _group(s: str, groups: tuple[int, ...], sep: str) -> str:
        out, i = [], 0
        for g in groups:
            out.append(s[i:i + g])
            i += g
        if i < len(s):
            out.append(s[i:])
        return sep.join(x for x in out if x)

    def rid(self) -> str:
        v = resident_id.generate(self.r)
        if self.r.random() < 0.1 and v.endswith("X"):
            v = v[:-1] + "x"
        return self._variant(v, (6, 8, 4))

    def mobile(self) -> str:
        v = mobile_phone.generate(self.r)
        x = self.r.random()
        if x < 0.1:
            return self.r.choice(["+86 ", "+86-", "0086-", "0086 ", "+86"]) + v
        if x < 0.2:
            return self._group(v, (3, 4, 4), self.r.choice([" ", "-"]))
        if x < 0.26:
            return v.translate(FW)
        return v

    def landline(self) -> str:
        v = landline_phone.generate(self.r).split("#")[0]
        area = 3 if v[:2] in ("01", "02") else 4
        sep = self.r.choice(["-", "-", " ", ""])
        s = v[:area] + sep + v[area:]
        return s.translate(FW) if self.r.random() < 0.05 else s

    def card(self) -> str:
        v = bank_card.generate(self.r)
        return self._variant(v, (4, 4, 4, 4))

    def uscc(self) -> str:
        return uscc.generate(self.r)

    def passport(self) -> str:
        while True:
            v = passport.generate(self.r)
            if v[0] in "EG":
                return v

    def permit(self) -> str:
        while True:
            v = hk_macau_permit.generate(self.r)
            if v[0] == "C":
                return v

    def plate(self) -> str:
        v = license_plate.generate(self.r)
        return v[:2] + "·" + v[2:] if v[1].isalpha() and self.r.random() < 0.1 else v

    def email(self) -> str:
        r = self.r
        local = r.choice(["", "zh", "li", "wang", "chen", "cs", "kf"]) + "".join(
            r.choice(string.ascii_lowercase + string.digits) for _ in range(r.randint(4, 9)))
        return local + "@" + r.choice(DOMAINS)

    def ip(self) -> str:
        r = self.r
        return ".".join(str(x) for x in (r.choice([10, 172, 192, 59, 114, 223]), r.randint(0, 255),
                                         r.randint(0, 255), r.randint(1, 254)))

    def address(self) -> str:
        r = self.r
        x = r.random()
        num = f"{r.randint(1, 999)}号"
        room = f"{r.randint(1, 33)}栋{r.randint(1, 4)}单元{r.randint(1, 30)}{r.randint(1, 4):02d}室"
        if x < 0.4:
            p, cities, dists = r.choice(PROVINCES)
            head = (p if r.random() < 0.7 else "") + r.choice(cities) + r.choice(dists)
        elif x < 0.7:
            m, dists = r.choice(MUNICIPAL)
            head = m + r.choice(dists)
        else:
            p, c, county, town, village = r.choice(COUNTIES)
            tail = f"{r.randint(1, 12)}组{r.randint(1, 80)}号" if r.random() < 0.5 else ""
            return (p if r.random() < 0.5 else "") + c + county + town + village + tail
        body = r.choice(ROADS) + num
        if r.random() < 0.6:
            body += r.choice(ESTATES) + room
        return head + body

    def masked_mobile(self) -> str:
        v = mobile_phone.generate(self.r)
        return v[:3] + "****" + v[-4:]

    def bad_id(self) -> str:
        v = resident_id.generate(self.r)
        return v[:17] + str((int(v[17]) + 1) % 10 if v[17].isdigit() else 0)

    def order(self) -> str:
        return self.r.choice(["", "DD", "NO", "SO"]) + "".join(self.r.choice(string.digits) for _ in range(
            self.r.randint(14, 22)))

    def amount(self) -> str:
        return f"{self.r.randint(1, 9_999_999):,}.{self.r.randint(0, 99):02d}"

    def date(self) -> str:
        return f"20{self.r.randint(10, 26)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


# ---- templates: each returns (text, spans)
def _templates(g: Gen) -> list[tuple[str, Callable[[], tuple[str, list[dict]]]]]:
    r = g.r

    def form():
        b = Builder().t("个人客户开户申请\n客户姓名：").v(g.name(), "PERSON").t("\n证件类型：居民身份证  证件号码：")
        b.v(g.rid(), "CN_ID_CARD").t("\n移动电话：").v(g.mobile(), "CN_MOBILE").t("  固定电话：")
        b.v(g.landline(), "CN_LANDLINE").t("\n通讯地址：").v(g.address(), "ADDRESS").t("\n电子邮箱：")
        return b.v(g.email(), "EMAIL").t("\n开户网点：" + r.choice(BANKS) + "营业部").done()

    def callcentre():
        n = g.name()
        b = Builder().t(f"坐席：您好，这里是{r.choice(BANKS)}信用卡中心，请问是").v(n, "PERSON").t("本人吗？\n客户：对，我是。")
        b.t("\n坐席：为核实身份，请报一下身份证后六位以外的完整号码。\n客户：").v(g.rid(), "CN_ID_CARD")
        b.t("\n坐席：好的，您预留的手机是").v(g.mobile(), "CN_MOBILE").t("吗？\n客户：是的，卡号是").v(g.card(), "BANK_CARD")
        return b.t("。").done()

    def callcentre2():
        b = Builder().t("通话小结：来电人自称").v(g.name(), "PERSON").t("，反映其尾号")
        b.t(str(r.randint(1000, 9999)) + "的借记卡被盗刷" + g.amount() + "元，已建议冻结。回拨号码")
        return b.v(g.mobile(), "CN_MOBILE").t("，工单号" + g.order() + "。").done()

    def log():
        b = Builder().t(f"{g.date()} 10:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)} INFO [auth-svc] login ok uid=")
        b.t(str(r.randint(100000, 999999)) + " phone=").v(g.mobile().replace(" ", ""), "CN_MOBILE").t(" ip=")
        return b.v(g.ip(), "IP_ADDRESS").t(f" cost={r.randint(3, 900)}ms traceId={r.getrandbits(64):016x}").done()

    def log2():
        b = Builder().t(f"[WARN] {g.date()}T08:00:{r.randint(10, 59)}Z bind-card failed, holder=").v(g.name(), "PERSON")
        b.t(", pan=").v(bank_card.generate(r), "BANK_CARD").t(f", reason=CARD_EXPIRED, seq={r.randint(10**9, 10**10)}")
        return b.done()

    def sql():
        b = Builder().t("INSERT INTO t_customer (cust_name, id_no, mobile, addr) VALUES ('").v(g.name(), "PERSON")
        b.t("', '").v(resident_id.generate(r), "CN_ID_CARD").t("', '").v(mobile_phone.generate(r), "CN_MOBILE")
        return b.t("', '").v(g.address(), "ADDRESS").t("');").done()

    def json_rec():
        b = Builder().t('{"custName":"').v(g.name(), "PERSON").t('","idNo":"').v(resident_id.generate(r), "CN_ID_CARD")
        b.t('","acctNo":"').v(bank_card.generate(r), "BANK_CARD").t('","email":"').v(g.email(), "EMAIL")
        return b.t(f'","amt":{r.randint(1, 99999)}.{r.randint(0, 99)},"ts":{r.randint(1_600_000_000_000, 1_800_000_000_000)}}}').done()

    def csv():
        b = Builder().t("序号,户名,卡号,金额,备注\n")
        for i in range(r.randint(2, 4)):
            b.t(f"{i + 1},").v(g.name(), "PERSON").t(",").v(bank_card.generate(r), "BANK_CARD")
            b.t(f",{r.randint(100, 99999)}.{r.randint(0, 99):02d},代发工资\n")
        return b.done()

    def chat():
        b = Builder().t("客户：你好，我换号了，新号码").v(g.mobile(), "CN_MOBILE").t("，以后联系这个\n客服：好的")
        b.v(g.name(), "PERSON").t("女士，已为您更新。请问账单还是寄到").v(g.address(), "ADDRESS").t("吗？\n客户：对的")
        return b.done()

    def chat2():
        b = Builder().t("【微信】我把钱转到我老婆").v(g.name(), "PERSON").t("的卡上了，卡号").v(g.card(), "BANK_CARD")
        return b.t("，你查一下到账没有").done()

    def contract():
        b = Builder().t("借款合同\n甲方（贷款人）：" + r.choice(BANKS) + "股份有限公司" + r.choice(["杭州", "成都", "沈阳"]) + "分行\n")
        b.t("乙方（借款人）：").v(g.name(), "PERSON").t("\n身份证号码：").v(g.rid(), "CN_ID_CARD")
        b.t("\n住所：").v(g.address(), "ADDRESS").t("\n联系电话：").v(g.mobile(), "CN_MOBILE")
        return b.t(f"\n借款金额：人民币{g.amount()}元，期限{r.randint(6, 60)}个月。").done()

    def company():
        b = Builder().t("对公开户资料：企业名称某某贸易有限公司，统一社会信用代码").v(g.uscc(), "CN_USCC")
        b.t("，法定代表人").v(g.name(), "PERSON").t("，财务联系人").v(g.name(), "PERSON").t("，座机")
        return b.v(g.landline(), "CN_LANDLINE").t("。").done()

    def travel():
        b = Builder().t("购汇登记：申请人").v(g.name(), "PERSON").t("，护照号码").v(g.passport(), "CN_PASSPORT")
        b.t("，往来港澳通行证").v(g.permit(), "CN_HK_MACAU_PERMIT").t(f"，本次购汇{r.randint(100, 50000)}美元。")
        return b.done()

    def car_loan():
        b = Builder().t("车贷贷后走访：抵押车辆").v(g.plate(), "LICENSE_PLATE").t("停放于借款人").v(g.name(), "PERSON")
        b.t("住处").v(g.address(), "ADDRESS").t("，车况良好，里程").t(f"{r.randint(1000, 99999)}公里。")
        return b.done()

    def sms():
        b = Builder().t(f"【{r.choice(BANKS)}】尊敬的").v(g.name(), "PERSON").t(f"客户，您尾号{r.randint(1000, 9999)}的账户于")
        b.t(f"{r.randint(1, 12)}月{r.randint(1, 28)}日支出{g.amount()}元，余额{g.amount()}元。如有疑问请致电{r.choice(HOTLINES)}。")
        return b.done()

    def greeting_list():
        b = Builder().t("本周到期客户：")
        for i in range(r.randint(2, 4)):
            if i:
                b.t("、")
            b.v(g.name(), "PERSON")
        return b.t("，请客户经理逐一回访。").done()

    def table_row():
        b = Builder().t("| 经办 | ").v(g.spaced_name(), "PERSON").t(" | 证件 | ").v(g.rid(), "CN_ID_CARD")
        return b.t(f" | 日期 | {g.date()} |").done()

    def url():
        b = Builder().t("GET /api/v2/verify?name=").v(g.name(), "PERSON").t("&mobile=").v(mobile_phone.generate(r), "CN_MOBILE")
        b.t("&cert=").v(resident_id.generate(r), "CN_ID_CARD").t(f"&ts={r.randint(1_600_000_000, 1_800_000_000)} HTTP/1.1 200")
        return b.done()

    def glued():
        b = Builder().t("客户").v(g.name(), "PERSON").t("身份证").v(resident_id.generate(r), "CN_ID_CARD").t("手机")
        return b.v(mobile_phone.generate(r), "CN_MOBILE").t("已核实").done()

    def bare():
        b = Builder().v(g.name(), "PERSON").t(" ").v(g.rid(), "CN_ID_CARD").t(" ").v(g.mobile(), "CN_MOBILE")
        return b.done()

    def auth():
        b = Builder().t("（录音转写）客户报卡号").v(g.card(), "BANK_CARD").t(f"，有效期{r.randint(1, 12):02d}/{r.randint(26, 32)}，")
        return b.t(f"CVV {r.randint(100, 999)}，坐席已提示客户勿向他人透露。").done()

    # ---- PII-free look-alikes
    def neg_recon():
        return Builder().t(f"对账报告：订单号{g.order()}，交易流水号{g.order()}，交易金额{g.amount()}元，"
                           f"手续费{r.randint(1, 99)}.{r.randint(0, 99):02d}元，清算日期{g.date()}。").done()

    def neg_notice():
        return Builder().t(f"温馨提示：{r.choice(BANKS)}{r.choice(['朝阳', '徐汇', '天河', '武侯', '西湖'])}支行自{g.date()}起"
                           f"迁址营业，客服热线{r.choice(HOTLINES)}，营业时间9:00-17:00。").done()

    def neg_log():
        return Builder().t(f"{g.date()} 23:59:{r.randint(10, 59)} job=batch_settle records={r.randint(1000, 99999)} "
                           f"batchNo={r.randint(10**15, 10**18)} elapsed={r.randint(1, 9999)}ms "
                           f"md5={r.getrandbits(128):032x} ver=3.{r.randint(0, 20)}.{r.randint(0, 99)}").done()

    def neg_masked():
        return Builder().t(f"脱敏展示：客户{r.choice(SURNAMES)}**，手机{g.masked_mobile()}，卡号6222********{r.randint(1000, 9999)}"
                           f"，证件{r.randint(110000, 650000)}********{r.randint(1000, 9999)}").done()

    def neg_invalid():
        return Builder().t(f"数据质检：第{r.randint(2, 999)}行证件号{g.bad_id()}校验位错误，第{r.randint(2, 999)}行手机号"
                           f"{r.choice(['10', '11', '12'])}{r.randint(10**8, 10**9 - 1)}号段不存在。").done()

    def neg_report():
        return Builder().t(f"截至{g.date()}，本行个人存款余额{g.amount()}万元，同比增长{r.randint(1, 30)}.{r.randint(0, 9)}%，"
                           f"不良率{r.randint(0, 2)}.{r.randint(10, 99)}%，产品代码{r.randint(100000, 999999)}。").done()

    def neg_express():
        return Builder().t(f"快递单号SF{r.randint(10**11, 10**12)}已签收，取件码{r.randint(1000, 9999)}-{r.randint(1, 9)}-"
                           f"{r.randint(1000, 9999)}，发票号码{r.randint(10**7, 10**8)}，发票代码{r.randint(10**11, 10**12)}。").done()

    def neg_rates():
        return Builder().t(f"理财产品“稳盈{r.randint(1, 99)}号”业绩比较基准{r.randint(2, 4)}.{r.randint(10, 99)}%，"
                           f"起购金额{r.choice([1, 5, 10])}万元，募集期{g.date()}至{g.date()}，登记编码Z{r.randint(10**12, 10**13)}。").done()

    return [("form", form), ("call_centre", callcentre), ("call_centre", callcentre2), ("app_log", log),
            ("app_log", log2), ("sql_dump", sql), ("json_api", json_rec), ("csv_export", csv), ("chat", chat),
            ("chat", chat2), ("contract", contract), ("corporate", company), ("travel", travel),
            ("car_loan", car_loan), ("sms", sms), ("list", greeting_list), ("table", table_row), ("url", url),
            ("glued", glued), ("bare", bare), ("auth_data", auth),
            ("neg_recon", neg_recon), ("neg_notice", neg_notice), ("neg_log", neg_log), ("neg_masked", neg_masked),
            ("neg_invalid", neg_invalid), ("neg_report", neg_report), ("neg_express", neg_express),
            ("neg_rates", neg_rates)]


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    g = Gen(rng)
    tpls = _templates(g)
    pos = [t for t in tpls if not t[0].startswith("neg_")]
    neg = [t for t in tpls if t[0].startswith("neg_")]
    out = []
    for i in range(n):
        negative = rng.random() < 0.25
        genre, fn = rng.choice(neg if negative else pos)
        text, spans = fn()
        out.append({"id": f"c-{i:05d}", "source": "negative" if negative else "synthetic", "genre": genre,
                    "text": text, "spans": spans})
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="benchmarks/detection_corpus.jsonl")
    args = ap.parse_args(argv)
    recs = generate(args.n, args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {args.out}")


if __name__ == "__main__":
    main()
