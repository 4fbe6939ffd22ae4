"""Context words: cue words that raise a candidate's score and counter-cues that lower it.

Chinese is written without spaces, so context is matched as substrings of a character window
before (and for some entities after) the candidate, never by lemmas or word boundaries.
ASCII field names (``certNo``, ``mobile``, ``acct_no``) count as cues too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from cnpii.entities import Entity

__all__ = ["CUES", "COUNTER_CUES", "cue_before", "counter_before", "WINDOW", "column_cells"]

#: characters looked at before a candidate
WINDOW = 16

_E = Entity
_RAW_CUES: dict[Entity, str] = {
    _E.CN_RESIDENT_ID: r"身份证|证件|证号|身份号码|公民身份|居民身份|证照|idno|id_?card|cert_?no|certno|"
                       r"id_?num|sfz|zjhm|identity|身份",
    _E.CN_BANK_CARD: r"卡号|银行卡|借记卡|信用卡|储蓄卡|结算卡|工资卡|社保卡|主卡|副卡|附属卡|卡片|绑卡|"
                     r"尾号|card|pan|卡",
    _E.CN_BANK_ACCOUNT: r"账号|帐号|账户|帐户|对公|基本户|一般户|收款账|付款账|结算账|名下|acct|account|"
                        r"acc_?no|zh",
    _E.CN_MOBILE_PHONE: r"手机|电话|联系|致电|来电|回电|号码|短信|微信|tel|phone|mobile|mob|sjh|cell|"
                        r"contact|拨打|打给|热线|新号",
    _E.CN_LANDLINE_PHONE: r"电话|座机|固话|办公|单位|住宅|家庭|传真|分机|tel|phone|fax|联系|总机",
    _E.CN_USCC: r"信用代码|社会信用|统一代码|uscc|税号|纳税人识别号|营业执照|credit_?code|crdt",
    _E.CN_PASSPORT: r"护照|passport|pass_?no|证件|旅行证",
    _E.CN_HK_MACAU_PERMIT: r"通行证|港澳|回乡证|往来|证件|permit",
    _E.CN_TAIWAN_PERMIT: r"台胞证|台湾|通行证|往来大陆|证件|permit|mtp",
    _E.CN_LICENSE_PLATE: r"车牌|号牌|牌照|车辆|车号|plate|车",
    _E.IP_ADDRESS: r"ip|地址|登录|服务器|host|addr|client|remote|白名单",
    _E.EMAIL_ADDRESS: r"邮箱|邮件|e-?mail|mail",
}
#: per-entity cue regexes, matched case-insensitively in the window before a candidate
CUES: dict[Entity, re.Pattern[str]] = {e: re.compile(p) for e, p in _RAW_CUES.items()}

#: numbers right after these words are business references, amounts or service numbers
COUNTER_CUES = re.compile(
    r"订单|流水|交易号|交易编号|交易单|发票|金额|余额|单号|编号|批次|序列号|序号|工单|凭证|合同号|"
    r"保单号|流程|批号|客服|热线|服务电话|咨询电话|服务热线|投诉电话|报案电话|合计|共计|人民币|¥|￥|"
    r"order|serial|txn|trans_?id|trace|seq|batch|invoice|amount|amt|balance|ticket|ref|runid|"
    r"request_?id|req_?id|uuid|hash|checksum|版本|version|产品代码|基金代码|股票代码|代码[:：]|"
    r"商户号|商户编号|商户代码|终端号|终端编号|批次号|参考号|授权码|检索参考|有效期|日期|截止|到期|"
    r"merchant|mer_?id|mch_?id|terminal|term_?id|错误码|错误代码|返回码|err_?code|error",
)
#: fields whose value is an identifier with no checkable format of its own: a foreign passport's
#: number (583920174, KR7730192) is read as a passport only right after its field name (护照号：,
#: 持护照KR7730192). entity -> (field names, the value's shape, the shapes of the entity's own
#: series: a value in one of them that fails the entity's validator is a wrong number, not a
#: foreign one: EO1779887 and GO2897015 have the letter O no PRC passport has, G4120763 a digit too
#: few; the value is read in any case, e84519362 as E84519362)
FIELD_VALUES: dict[Entity, tuple[str, str, str]] = {
    _E.CN_PASSPORT: (r"护照号码|护照号|护照|passport\s?no\.?|passport\s?number|passport",
                     r"(?=[A-Za-z]{0,3}[0-9])[A-Za-z0-9]{6,12}",
                     r"E[A-Z]?[0-9]{6,8}|[GK][IO]?[0-9]{6,9}|MA[0-9]{5,8}|[PSD]E[0-9]{5,8}|1[45][0-9]{6,8}"),
}

#: counter-cues that follow a number (an amount written before its currency, a count before its
#: unit), matched case-insensitively after optional white space
COUNTER_AFTER_WORDS: tuple[str, ...] = ("元", "万元", "亿元", "块", "美元", "港元", "人民币", "RMB", "CNY", "USD",
                                        "笔", "份", "股", "次", "个", "件", "天", "%", "％")
#: words that open with a counter but count nothing (an ID number, a tab, 个人经营贷款: a column
#: of loan kinds after a column of ID numbers, not 18 quintillion people)
NOT_COUNTER_WORDS: tuple[str, ...] = ("个人", "个体", "个税", "股东", "股份", "股权", "份额", "次日", "次月", "天津", "件数")
COUNTER_AFTER = re.compile(r"^\s*(?!" + "|".join(map(re.escape, NOT_COUNTER_WORDS)) + ")(?:"
                           + "|".join(map(re.escape, COUNTER_AFTER_WORDS)) + ")", re.I)


def cue_before(entity: Entity, text: str, start: int, lo: int = 0) -> int:
    """Distance from the end of the nearest cue for ``entity`` to ``start`` (-1 if none)."""
    rx = CUES.get(entity)
    if rx is None:
        return -1
    window = text[max(lo, start - WINDOW):start].lower()
    best = -1
    for m in rx.finditer(window):
        best = len(window) - m.end()
    return best


def counter_before(text: str, start: int, lo: int = 0) -> int:
    """Distance from the end of the nearest counter-cue to ``start`` (-1 if none)."""
    window = text[max(lo, start - WINDOW):start].lower()
    best = -1
    for m in COUNTER_CUES.finditer(window):
        best = len(window) - m.end()
    return best


def counter_after(text: str, end: int, hi: int) -> bool:
    """Whether an amount unit or counter follows the candidate."""
    return COUNTER_AFTER.match(text[end:min(hi, end + 5)]) is not None


def cue_in(entity: Entity, window: str) -> int:
    """Distance from the last cue for ``entity`` to the end of a lower-cased ``window`` (-1 if none)."""
    return analyse(window)[0].get(entity, -1)


def counter_in(window: str) -> int:
    """Distance from the last counter-cue to the end of a lower-cased ``window`` (-1 if none)."""
    return analyse(window)[1]


def _expand(pattern: str) -> list[str]:
    """The literal words of a cue alternation (``x_?y`` gives ``xy`` and ``x_y``)."""
    words: list[str] = []
    for alt in pattern.split("|"):
        alt = alt.replace("[:：]", ":")
        todo = [alt]
        while todo:
            w = todo.pop()
            i = w.find("?")
            if i > 0:
                todo += [w[:i - 1] + w[i + 1:], w[:i] + w[i + 1:]]
            else:
                words.append(w.replace("\\", ""))
    return words


def _trie_regex(words: list[str]) -> re.Pattern[str]:
    """One regex over many literal words (see :func:`trie_pattern`)."""
    return re.compile(trie_pattern(words))


def trie_pattern(words: list[str]) -> str:
    """A regex over many literal words, factored as a trie so each position costs one
    character test (a flat alternation would try every word at every position)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        alts, end = [], "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + "?" if end and alts else body

    return "(?:" + build(trie) + ")"


#: word -> the entities it cues, and whether it is a counter-cue
_TAGS: dict[str, tuple[frozenset[Entity], bool]] = {}
for _e, _p in _RAW_CUES.items():
    for _w in _expand(_p):
        ents, cnt = _TAGS.get(_w, (frozenset(), False))
        _TAGS[_w] = (ents | {_e}, cnt)
for _w in _expand(COUNTER_CUES.pattern):
    ents, cnt = _TAGS.get(_w, (frozenset(), False))
    _TAGS[_w] = (ents, True)
#: words that hold a cue or counter-cue across their own boundary (…11月20日|期间: no 日期 there):
#: read whole, they cue nothing
NEUTRAL_WORDS: tuple[str, ...] = ("日期间",)
for _w in NEUTRAL_WORDS:
    _TAGS.setdefault(_w, (frozenset(), False))
_ALL = _trie_regex(sorted(_TAGS, key=len, reverse=True))


@lru_cache(maxsize=8192)
def analyse(window: str) -> tuple[dict[Entity, int], int]:
    """Cue distances per entity and the counter-cue distance for a lower-cased window, in one
    pass (memoised: field labels repeat across records)."""
    cues: dict[Entity, int] = {}
    counter = -1
    n = len(window)
    for m in _ALL.finditer(window):
        tag = _TAGS.get(m.group())
        if tag is None:
            continue
        d = n - m.end()
        for e in tag[0]:
            cues[e] = d
        if tag[1]:
            counter = d
    return cues, counter


#: what separates a table's cells: a comma, a tab, a bar, or two spaces or more (fixed width)
#: (written as one character class, then what follows it as the class it was decides, so a search
#: skips other characters in C: the matches of [ \u3000]*[,\t|｜][ \u3000]*| {2,}|\u3000+)
_CELL_SEP = re.compile(r"[ \u3000,\t|｜](?:(?<=[,\t|｜])[ \u3000]*|(?<=[ \u3000])[ \u3000]*[,\t|｜][ \u3000]*"
                       r"|(?<= ) +|(?<=\u3000)\u3000*)")


#: what every match of _CELL_SEP holds one of: a text with none of them has no line of two cells
_CELL_SEP_PARTS = (",", "\t", "|", "｜", "  ", "\u3000")


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of one line, offsets within the line (an empty cell where a
    separator opens or closes the line, so the columns of every line count alike)."""
    out, at = [], 0
    for m in _CELL_SEP.finditer(line):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, len(line)))
    return out


def column_cells(norm: str, lo: int, hi: int, is_header: Callable[[str], object],
                 gate: re.Pattern[str] | tuple[re.Pattern[str], ...] | None = None
                 ) -> Iterator[tuple[int, int, str]]:
    r"""(start, end, header) of every cell in ``norm[lo:hi]`` under a header cell ``is_header``
    accepts.

    A header is a line of two cells or more, none longer than 12 characters, that does not split
    into as many cells as the line above it (a row of a table is no header: ``| 借款人 | 陆曦轩 |``
    under ``| 项目 | 内容 |``); its table is the lines below it that split into as many cells (commas, tabs, bars or runs of two spaces or
    more), down to the first line shaped otherwise. ``gate``, when given, is a pattern (or a tuple
    of patterns, any of which) every header cell ``is_header`` accepts contains: a text it does not
    match is not read line by line.

    >>> text = "姓名,电话\n夏天,待补\n\n夏天到了"
    >>> [(text[s:e], head) for s, e, head in column_cells(text, 0, len(text), lambda h: h == "姓名")]
    [('夏天', '姓名')]
    """
    seg = norm[lo:hi]
    if not any(map(seg.__contains__, _CELL_SEP_PARTS)):
        return  # no line splits into two cells: no table
    gates = () if gate is None else gate if isinstance(gate, tuple) else (gate,)
    if gates and all(g.search(norm, lo, hi) is None for g in gates):
        return
    columns: list[int] = []
    heads: tuple[str, ...] = ()
    width = 0
    own = ""
    for pos, cells, line_heads in _lines(norm, lo, hi):
        if len(cells) != width and columns and own:
            alone = _split_by(norm[pos:pos + cells[-1][1]], own)  # (54,078元 in a table of bars: a comma in a cell)
            if len(alone) == width:
                cells = alone
        if len(cells) == width:  # a row of the table above (one with no such header yields none)
            for k in columns:
                a, b = cells[k]
                if b - a >= 2 and norm[pos + a] in "\"'" and norm[pos + b - 1] == norm[pos + a]:
                    a, b = a + 1, b - 1  # a CSV cell in quotes: the value is inside them
                if b > a:
                    yield pos + a, pos + b, heads[k]
        else:
            heads = line_heads
            columns = [k for k, h in enumerate(heads) if is_header(h)] \
                if len(heads) >= 2 and all(len(h) <= 12 for h in heads) else []
            width = len(cells)
            own = _own_separator(norm[pos:pos + cells[-1][1]]) if columns else ""  # (the last cell ends the line)


#: the separators a table may keep to alone (its header splits by bars only, or tabs, or commas)
_OWN_SEPARATORS = ("|", "｜", "\t", ",")


def _own_separator(line: str) -> str:
    """The one separator a header ``line`` splits by, when it uses one kind only (bars, tabs or
    commas), else ''."""
    kinds = [s for s in _OWN_SEPARATORS if s in line]
    return kinds[0] if len(kinds) == 1 else ""


def _split_by(line: str, sep: str) -> list[tuple[int, int]]:
    """The cells of ``line`` split by ``sep`` alone, each without the white space around it
    (offsets within the line, as :func:`_lines` gives them)."""
    out, at = [], 0
    for part in line.split(sep):
        a, b = at, at + len(part)
        while a < b and line[a] in " \u3000":
            a += 1
        while b > a and line[b - 1] in " \u3000":
            b -= 1
        out.append((a, b))
        at += len(part) + len(sep)
    return out


@lru_cache(maxsize=4)
def _lines(norm: str, lo: int, hi: int) -> tuple[tuple[int, list[tuple[int, int]], tuple[str, ...]], ...]:
    """(start, cells as :func:`_cells` reads them, cell texts) of each line of ``norm[lo:hi]``,
    memoised for the passes (card, name and address columns) that read the same text's table.
    One search for separators over the whole text: none of them spans a line break."""
    out = []
    seps = _CELL_SEP.finditer(norm, lo, hi)
    m = next(seps, None)
    pos = lo
    while pos < hi:
        end = norm.find("\n", pos, hi)
        end = hi if end < 0 else end
        if m is None or m.start() >= end:
            out.append((pos, [(0, end - pos)], (norm[pos:end],)))
        else:
            cells, at = [], pos
            while m is not None and m.start() < end:
                cells.append((at - pos, m.start() - pos))
                at = m.end()
                m = next(seps, None)
            cells.append((at - pos, end - pos))
            out.append((pos, cells, tuple([norm[pos + a:pos + b] for a, b in cells])))
        pos = end + 1
    return tuple(out)
