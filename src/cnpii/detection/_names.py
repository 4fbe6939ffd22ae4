"""Chinese personal names, found offline with surname and given-name dictionaries.

A candidate is a known surname (single or compound) followed by one or two characters common
in given names, or a name of transliterated parts joined by a middle dot (阿力·吐尔洪). Its
score comes from the words around it: field names and role nouns before it (姓名, 客户,
联系人, 尊敬的 ...), delimiters on both sides (table cells, CSV fields, JSON strings, lists),
and what follows (先生, 电话, an opening bracket ...). Words that merely start with a surname
character (文明, 平安, 高级) are rejected by a stop list and by the place-name table.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from cnpii.detection import _native
from cnpii.detection._context import trie_pattern
from cnpii.detection._identifiers import Candidate
from cnpii.detection._spans import Taken as _Taken
from cnpii.entities import Entity

__all__ = ["find_names"]

_P = Entity.PERSON


def _read(name: str) -> list[str]:
    text = resources.files("cnpii.detection").joinpath("data", name).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _tables() -> tuple:
    surnames = [w for ln in _read("surnames.txt") for w in ln.split()]
    single = frozenset(w for w in surnames if len(w) == 1)
    compound = frozenset(w for w in surnames if len(w) == 2)
    common = frozenset(surnames[:120])
    given = frozenset("".join(_read("given_chars.txt")).replace(" ", ""))
    translit = frozenset("".join(_read("translit_chars.txt")).replace(" ", ""))
    places: set[str] = set()
    for ln in _read("places.txt"):
        if ln.startswith("["):
            continue
        places.update(p for p in re.split(r"[\t ]", ln) if p)
    cls = "".join(sorted(single))
    rx = re.compile(
        "(?:" + "|".join(sorted(compound)) + f"|[{cls}])(?:[ ]{{1,2}}(?=[\u4e00-\u9fff])"
        "|(?=[\u4e00-\u9fff]))"
    )
    sur = "(?:" + "|".join(sorted(compound)) + f"|[{cls}])"
    first = "".join(sorted(single | {c[0] for c in compound}))
    # every pattern starts with a character class or a trie, so the regex engine skips ahead fast
    starts = (
        re.compile(rf"[{first}](?<![\u4e00-\u9fff0-9].)"),
        re.compile(_STRONG_CJK + r"[\s:：/=\"'>]{0,3}(?=" + sur + ")"),
        re.compile(trie_pattern(_CUE_BEFORE_WORDS) + "(?=" + sur + ")"),
        re.compile(trie_pattern(_CUE_AFTER_WORDS)),
    )
    return single, compound, common, given, rx, translit, frozenset(places), starts


# cue words right before a surname, and right after a name (name-start patterns 3 and 4)
_CUE_BEFORE_WORDS = ("的 是 叫 给 由 向 和 与 及 或 同 找 问 请 让 帮 替 委托 通知 告知 致电 联系 陪同 "
                     "见证 感谢 表扬 投诉 、").split()
_CUE_AFTER_WORDS = "先生 女士 小姐 （ ( 电话 手机 身份证 证件 卡号 您好 ，您".split()

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# cue words that end right before a name (strong and weak), and ASCII field names
_STRONG_WORDS = (
    "姓名 名字 户名 称呼 客户 用户 持卡人 持证人 申请人 借款人 贷款人 联系人 收件人 寄件人 收款人 付款人 汇款人 "
    "代理人 被代理人 担保人 保证人 被保险人 投保人 出险人 受益人 经办人 来访人 承租人 出租人 开箱人 法人 "
    "法定代表人 代表人 负责人 责任人 驾驶员 驾驶人 投诉人 报案人 当事人 主卡人 持有人 购买人 车主 户主 业主 "
    "配偶 爱人 丈夫 妻子 女儿 儿子 父亲 母亲 其子 其女 家属 亲属 同事 尊敬的 亲爱的 您好 你好 致 我叫 我是 "
    "本人 签字 签名 签收 经理 柜员 坐席 专员 客服 员工 人员 销售人员 快递员 业务员 理财师 客户经理 甲方 乙方 "
    "股东 老师 医生 自称 名叫 叫做 名为 老婆 老公 媳妇 太太 爸爸 妈妈 哥哥 姐姐 弟弟 妹妹 朋友 同学 邻居 人 员 "
    "行长 副行长 主席 副主席 总统 总理 部长 书记 董事长 总经理 主任 教授 院士 记者 局长 省长 市长 县长 委员 "
    "律师 法官 警官 民警 工程师 会计 出纳 总裁 首席 选手 球员 教练 导演 演员 歌手 作家"
).split()
_ASCII_WORDS = "name nm xm owner contact payer payee holder rep cust user realname lglrep".split()
_STRONG_CJK = trie_pattern(_STRONG_WORDS)
# cue words that end right before a name (matched on a lower-cased window)
_STRONG_LEFT = re.compile(trie_pattern(_STRONG_WORDS + _ASCII_WORDS) + r"[\s:：/=\"'>]{0,3}$")
_WEAK_WORDS = ("的|是|叫|给|由|向|和|与|及|或|同|找|问|请|让|帮|替|委托|通知|告知|致电|联系|"
               "陪同|见证|转给|汇给|付给|感谢|表扬|投诉|——|--").split("|")
_WEAK_CHARS = "，、,;；|"
_WEAK_LEFT = re.compile("(?:" + "|".join(_WEAK_WORDS) + "|[" + _WEAK_CHARS + r"])[\s]{0,2}$")
# words after a name (written as regex alternatives: "\(" and '\"' are "(" and '"')
_RIGHT_STRONG_WORDS = (r"先生|女士|小姐|同志|老师|经理|您好|你好|本人|签字|签名|客户|的|（|\(|<|\"|'|，您|"
                       r"主席|总统|总理|行长|部长|书记|董事长|教授|表示|指出|认为|强调|透露|"
                       r"电话|手机|身份证|证件|卡号|账号|护照|性别|民族|男|女").split("|")
_RIGHT_STRONG = re.compile(r"(?:[ ]?(?:" + "|".join(_RIGHT_STRONG_WORDS) + r"|[0-9]))")
# what follows a place or organisation name, never a person's
_RIGHT_BAD_WORDS = ("银行|支行|分行|公司|集团|路|街|大道|省|市|县|区|镇|乡|村|大学|学院|医院|中学|"
                    "小学|酒店|宾馆|广场|大厦|中心|商场|超市|店|厂|局|所|站|港|湾|山|河|江|湖|桥|门|楼|"
                    "号|元|万|亿|岁|个|款|项|次|类|级|期|型|系|版|点|度").split("|")
_RIGHT_BAD = re.compile("(?:" + "|".join(_RIGHT_BAD_WORDS) + ")")
_STOP_EXTRA = "母亲 父亲 亲属 家属 双方 对方 买方 卖方 全家 全额 全款 全体 和解 和约 时间 时候 章程 银行 银联 银卡 银色 金卡 金库 金牌 居民 居住 居委 安徽 客户 用户 户名 余额 金额 明细 文件 高新 江北 江南"
_STOP = frozenset(_STOP_EXTRA.split() + 
    "文明 平安 安全 明天 高级 金融 明白 常规 和平 成功 华为 海关 国家 国际 国内 中国 中心 时间 时代 方便 方法 "
    "林业 石油 黄金 白金 于是 向来 周末 周期 周年 程序 程度 高度 高速 高效 高新 金额 金卡 万达 万科 钱包 "
    "严格 戴尔 宋体 黄色 红色 白色 蓝色 金色 高端 信用 信息 信心 信任 车辆 车险 车主 应用 应该 应当 管理 "
    "管家 商业 商务 商户 商品 元旦 元宵 武装 江河 海洋 海外 海南 明星 明细 明确 明显 李子 石头 关于 关系 "
    "关联 关键 康复 乐观 乐园 简单 简易 丁香 宁静 宁波 宁夏 余额 余款 龙头 龙凤 华丽 华夏 华南 华北 华东 "
    "甘肃 苏州 云南 云端 安康 安徽 安装 安排 安心 安静 安宁 方向 方式 方案 方法 方面 方圆 毛利 毛巾 邓小平 "
    "包括 包含 包装 单位 单元 单据 解决 解释 成本 成员 成立 成长 成绩 成熟 时候 时光 时期 时尚 时刻 师傅 "
    "和谐 和美 和睦 原因 原则 原来 原始 都是 全国 全部 全面 全新 全民 连续 连接 向上 向前 向东 向南 向北 "
    "向西 柏林 路由 路线 路口 牛奶 牛肉 齐全 章程 易懂 易用 欧元 欧美 欧洲 许可 许多 夏天 夏季 冬季 秋天 "
    "春天 春节 国庆 谷歌 米兰 柯达 洪水 强大 强化 强制 强度 平台 平均 平稳 平衡 平时 平常 左右 司机 司法 "
    "沈阳 杭州 温州 温度 温暖 温馨 雷达 田园 伍佰 章节 申请 申报 申明 游戏 游客 卫生 卫星 富贵 富强 富裕 "
    "江苏 江西 江南 江北 湖南 湖北 山东 山西 河南 河北 广东 广西 黑龙江 吉林 辽宁 浙江 福建 贵州 四川 "
    "陕西 青海 新疆 西藏 北京 天津 上海 重庆 香港 澳门 台湾 内蒙古 "
    "朱红 石英 金花 常见 常用 常年 常州 常德 水平 文化 文件 文字 文本 文章 明文 明珠 明亮 明媚 "
    "毕业 程度 边境 边界 封面 汤圆 宋朝 唐朝 元朝 明朝 清朝 秦朝 汉朝 唐山 泰山 黄山 华山 衡山 "
    "高兴 高考 高中 高中生 高温 高峰 高价 高档 高手 高层 高管 高空 余生 余华 季度 季节 冯唐 项目 "
    "陆续 陆地 祝福 祝愿 施工 苗条 段落 焦点 焦虑 任务 任何 任意 任命 叶子 孔雀 万一 万能 万物 蒋介石 花费 花销 费用 万元 千元 百元 万股 方可 方能 于此 时至 严重 管道 成交 成为 成都 何时 和田".split()
)


# a field separator that a space may follow, characters that delimit a name on its left, and the
# last characters of role nouns (来访人, 业务员), never of a name
_CELL_SEPS = "|,;\t"
_LEFT_DELIMS = ":：|,;\t，；、'\"“”‘’（(【[<>】="
_ROLE_END = "人员者户方"


def _left_ok(text: str, s: int, lo: int) -> tuple[float, str]:
    """Score contribution of what precedes a name starting at ``s``."""
    if _STRONG_LEFT.search(text[max(lo, s - 12):s].lower()):
        return 0.45, "cue-before"
    if s == lo:
        return 0.2, "delimited-left"
    prev = text[s - 1]
    if prev == " " and s - 2 >= lo and text[s - 2] in _CELL_SEPS:
        prev = text[s - 2]
    if prev in _LEFT_DELIMS:
        return 0.2, "delimited-left"
    if prev.isdigit():
        return 0.0, ""
    if not _is_cjk(prev):
        return 0.15, "delimited-left"
    if _WEAK_LEFT.search(text, max(lo, s - 4), s):
        return 0.15, "weak-cue-before"
    return 0.0, ""


def _right_ok(text: str, e: int, hi: int) -> tuple[float, str]:
    if e >= hi:
        return 0.15, "delimited-right"
    nxt = text[e:min(hi, e + 4)]
    if _RIGHT_BAD.match(nxt):
        return -1.0, "place-or-organisation"
    if _RIGHT_STRONG.match(nxt):
        return 0.2, "cue-after"
    if not _is_cjk(text[e]):
        return 0.15, "delimited-right"
    if text[e] in _AFTER:
        return 0.1, "verb-after"
    return 0.0, ""


_ORG_WORDS = ("有限公司|有限责任|股份|集团|公司|银行|事务所|网络|科技|信息|传媒|"
              "实业|贸易|商贸|投资|控股|咨询|电子|物流|建设|工程").split("|")
_ORG_NEAR = re.compile(r"[\u4e00-\u9fff]{0,4}(?:" + "|".join(_ORG_WORDS) + ")")
_TITLE_WORDS = "先生|女士|小姐|老师|经理|总|师傅|同志|某|氏|家|姓|大爷|阿姨|哥|姐".split("|")
_TITLE = re.compile("|".join(_TITLE_WORDS))


# characters that end a name when they follow it (verbs, particles) and so cannot be its last
_AFTER = frozenset("在于的了是说称已为与和及向对把被从给也都就还又再才只将因要会能可来去到等均即并曾正先女年月日号元个位"
                   "吗呢吧啊呀们本住持申办经表介反告确签上下今昨")


def find_names(text: str, norm: str, lo: int, hi: int, others: list[Candidate]) -> list[Candidate]:
    """PERSON candidates in ``text[lo:hi]`` (``others`` are already-found candidates).

    Uses the compiled finder (``cnpii.detection._cnames``) when it is built and ``CNPII_PURE``
    is not ``1``; it gives the candidates :func:`_find_names_py` gives.
    """
    native = _NATIVE
    if native is None:
        native = _load_native()
    if native is not False:
        out = native.find_names(norm, lo, hi, others)
        if out is not None:  # None: an input the compiled finder leaves to the reference
            return out
    return _find_names_py(text, norm, lo, hi, others)


#: the _cnames module once loaded; False when unavailable or CNPII_PURE=1
_NATIVE = None


def _native_tables() -> dict:
    """The word tables the compiled finder is initialised with (the same objects as here)."""
    single, compound, common, given, _rx, translit, places, _starts = _tables()
    return {
        "single": single, "compound": compound, "common": common, "given": given,
        "translit": translit, "places": places, "stop": _STOP, "after": _AFTER,
        "not_first": _NOT_FIRST, "cell_seps": _CELL_SEPS, "left_delims": _LEFT_DELIMS,
        "role_end": _ROLE_END, "strong_words": _STRONG_WORDS, "ascii_words": _ASCII_WORDS,
        "cue_before": _CUE_BEFORE_WORDS, "cue_after": _CUE_AFTER_WORDS,
        "weak_words": _WEAK_WORDS + list(_WEAK_CHARS),
        "right_strong": [w.replace("\\", "") for w in _RIGHT_STRONG_WORDS],
        "right_bad": _RIGHT_BAD_WORDS, "org_words": _ORG_WORDS, "title_words": _TITLE_WORDS,
        "news_left": _NEWS_LEFT, "news_right": _NEWS_RIGHT, "not_names": _NOT_NAMES,
        "candidate": Candidate, "person": _P,
    }


def _load_native():
    global _NATIVE
    _NATIVE = _native.load("_cnames", lambda m: m.init(_native_tables()))
    return _NATIVE


def _find_names_py(text: str, norm: str, lo: int, hi: int, others: list[Candidate]) -> list[Candidate]:
    """The pure-Python name finder: the reference the compiled one is tested against."""
    single, compound, common, given, rx, translit, places, starts = _tables()
    taken = _Taken([(c.start, c.end) for c in others if c.score >= 0.5])
    out: list[Candidate] = []
    seg = norm if lo == 0 and hi == len(norm) else norm[lo:hi]
    if "·" in seg or "•" in seg:
        _dot_names(norm, lo, hi, translit | given | single, taken, out)
    positions: set[int] = set()
    for i, srx in enumerate(starts):
        if i == 1 or i == 2:
            positions.update(m.end() for m in srx.finditer(norm, lo, hi))
        elif i == 0:
            positions.update(m.start() for m in srx.finditer(norm, lo, hi))
        else:  # a right-hand cue: the name is the 2-4 characters before it
            for m in srx.finditer(norm, lo, hi):
                h = m.start()
                if h - 2 < lo or not ("\u4e00" <= norm[h - 1] <= "\u9fff" and "\u4e00" <= norm[h - 2] <= "\u9fff"):
                    continue
                if h - 2 >= lo and norm[h - 2] in single:
                    positions.add(h - 2)
                if h - 3 >= lo and (norm[h - 3] in single or norm[h - 3:h - 1] in compound):
                    positions.add(h - 3)
                if h - 4 >= lo and norm[h - 4:h - 2] in compound:
                    positions.add(h - 4)
    pos = lo
    for s in sorted(positions):
        if s < pos:
            continue
        m = rx.match(norm, s, hi)
        if m is None:
            continue
        sur_len = 2 if norm[s:s + 2] in compound else 1
        p = m.end()
        spaced = p - s > sur_len
        if p >= hi or _TITLE.match(norm, p):
            continue
        g1 = norm[p]
        if g1 in _AFTER or not "\u4e00" <= g1 <= "\u9fff":
            continue
        e = p + 1
        if not spaced and e < hi and "\u4e00" <= norm[e] <= "\u9fff" and norm[e] not in _AFTER \
                and not _TITLE.match(norm, e) \
                and (norm[e] in given or e + 1 >= hi or not "\u4e00" <= norm[e + 1] <= "\u9fff"
                     or _RIGHT_STRONG.match(norm, e + 1, min(hi, e + 5))):
            e += 1
        cand = norm[s:e]
        if cand in _STOP or cand in places:
            continue
        if len(cand) == 3 and (cand[:2] in _STOP or cand[:2] in places):
            continue
        if taken.overlaps(s, e):
            continue
        left, lwhy = _left_ok(norm, s, lo)
        right, rwhy = _right_ok(norm, e, hi)
        if right < 0 and e - s == sur_len + 2:
            e -= 1  # "王明路" -> the name may be shorter, followed by something else
            cand = norm[s:e]
            right, rwhy = _right_ok(norm, e, hi)
        if right < 0 or cand in _STOP or cand in places:
            continue
        score = 0.2 + left + right
        if norm[s:s + sur_len] in common:
            score += 0.1
        if given.issuperset(norm[p:e].replace(" ", "")):
            score += 0.1
        elif left < 0.45 and not ((left >= 0.2 and right >= 0.1) or (left >= 0.15 and right >= 0.2)):
            continue
        if norm[e - 1] in _ROLE_END:
            continue  # role nouns (来访人, 业务员), never a name
        if left <= 0 and right < 0.2:
            continue
        if _ORG_NEAR.match(norm, e, min(hi, e + 8)):
            continue
        if spaced and left < 0.15:
            continue
        if score < 0.5:
            continue
        why = "pattern=surname+given dictionary=surnames"
        for w in (lwhy, rwhy):
            if w:
                why += f" context={w}"
        out.append(Candidate(s, e, _P, min(score, 0.95), why))
        taken.append(s, e)
        pos = e
    if _NEWS_TRIGGER.search(norm, lo, hi):
        _translit_names(norm, lo, hi, translit, taken, out)
    out.sort()
    return out


# transliterated foreign names without a middle dot (特朗普表示, 总统马克龙): only with a title
# before them or a speech verb after them, since such characters also spell places and brands
_NEWS_LEFT = ("总统 前总统 副总统 首相 总理 主席 国务卿 外长 外交部长 部长 议员 大使 国王 女王 王子 教皇 "
              "首席执行官 创始人 董事长 总裁 球星 主帅 教练 歌手 演员 导演").split()
_NEWS_RIGHT = "表示 说 称 指出 强调 认为 宣布 访问 会见 会晤 发表 透露 回应 签署 出席 致电 批评 呼吁".split()
_NEWS_TRIGGER = re.compile(trie_pattern(_NEWS_LEFT + _NEWS_RIGHT))
_NEWS_LEFT_RX = re.compile(trie_pattern(_NEWS_LEFT) + "$")
_NEWS_RIGHT_RX = re.compile(trie_pattern(_NEWS_RIGHT))
_NEWS_LEFT_FIND = re.compile(trie_pattern(_NEWS_LEFT))
#: countries, organisations and brands spelled with the same characters
_NOT_NAMES = frozenset(
    "阿里巴巴 亚马逊 特斯拉 英伟达 迪士尼 麦当劳 肯德基 沃尔玛 星巴克 阿迪达斯 耐克 奔驰 宝马 丰田 本田 索尼 "
    "美国 英国 法国 德国 日本 俄罗斯 印度 巴西 加拿大 澳大利亚 新加坡 马来西亚 泰国 越南 菲律宾 印度尼西亚 "
    "意大利 西班牙 荷兰 瑞士 瑞典 挪威 丹麦 芬兰 波兰 以色列 伊朗 伊拉克 沙特 土耳其 埃及 南非 墨西哥 阿根廷 "
    "乌克兰 巴基斯坦 孟加拉 朝鲜 韩国 蒙古 哈萨克斯坦 阿联酋 卡塔尔 新西兰 希腊 葡萄牙 比利时 奥地利 爱尔兰 "
    "智利 秘鲁 古巴 尼日利亚 肯尼亚 埃塞俄比亚 叙利亚 阿富汗 缅甸 老挝 柬埔寨 斯里兰卡 尼泊尔 欧盟 北约 联合国".split()
)
_TRANSLIT_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _translit_names(norm: str, lo: int, hi: int, translit: frozenset[str], taken: _Taken,
                    out: list[Candidate]) -> None:
    for m in _NEWS_RIGHT_RX.finditer(norm, lo, hi):  # 特朗普表示
        e = m.start()
        s = e
        while s > lo and e - s < 5 and norm[s - 1] in translit:
            s -= 1
        if e - s >= 3 and norm[s:e] not in _NOT_NAMES and not taken.overlaps(s, e) and (s == lo or not _is_cjk(norm[s - 1])
                                                         or _NEWS_LEFT_RX.search(norm, max(lo, s - 6), s)):
            out.append(Candidate(s, e, _P, 0.6, "pattern=transliterated-name context=speech-verb"))
            taken.append(s, e)
    for m in _NEWS_LEFT_FIND.finditer(norm, lo, hi):
        s = m.end()  # 总统马克龙
        e = s
        while e < hi and e - s < 5 and norm[e] in translit and norm[e] not in _AFTER:
            e += 1
        if e - s >= 2 and norm[s:e] not in _NOT_NAMES and not taken.overlaps(s, e) and (e >= hi or not _is_cjk(norm[e]) or norm[e] in _AFTER
                                                         or _NEWS_RIGHT_RX.match(norm, e)):
            out.append(Candidate(s, e, _P, 0.6, "pattern=transliterated-name context=title"))
            taken.append(s, e)




_NOT_FIRST = frozenset("人员户者主的是给为和与及在向由叫客签字致电")
_DOT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8}){1,3}")


def _dot_names(norm: str, lo: int, hi: int, translit: frozenset[str], taken: _Taken,
               out: list[Candidate]) -> None:
    for m in _DOT.finditer(norm, lo, hi):
        parts = re.split("[·•]", m.group())
        first = parts[0]
        k = len(first)
        while k > 0 and first[k - 1] in translit and first[k - 1] not in _NOT_FIRST and len(first) - k < 5:
            k -= 1
        first = first[k:]
        last = parts[-1]
        j = 0
        while j < len(last) and j < 7 and last[j] in translit and last[j] not in _AFTER:
            j += 1
        last = last[:j]
        if not first or not last:
            continue
        s = m.start() + k
        e = m.end() - (len(parts[-1]) - j)
        if taken.overlaps(s, e):
            continue
        left, lwhy = _left_ok(norm, s, lo)
        out.append(Candidate(s, e, _P, min(0.95, 0.6 + left),
                             "pattern=dotted-name dictionary=transliteration" + (f" context={lwhy}" if lwhy else "")))
        taken.append(s, e)
