"""Chinese postal addresses, from province down to room, without any model.

An address is a chain of components read left to right: administrative divisions ending in
省/自治区/市/州/盟/区/县/旗/镇/乡/街道 (GB/T 2260 names), roads and streets (路/街/大道/巷/弄),
villages and groups (村/组/屯), named estates and buildings (小区/花园/大厦/公寓 ...), and
numbers with their units (号/栋/幢/座/楼/单元/层/室). A chain starts after a cue word (地址,
住址, 位于, 寄往 ...), after a delimiter, or at a province name, and counts as an address when
it reaches below the district level (a road, a village or a number). Place names inside
organisation names (北京市分行, 上海路支行) are not addresses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cnpii.detection._context import column_cells, trie_pattern
from cnpii.detection._names import LEX_HI, LEX_LO, LEX_MID, LEX_TIME, _lexicon
from cnpii.detection._identifiers import MASK_CHARS, Candidate
from cnpii.entities import Entity

__all__ = ["after_address_field", "find_addresses", "organisation_address", "organisation_attached"]

_A = Entity.CN_ADDRESS
_H = r"[\u4e00-\u9fff]"
_MASK = re.escape(MASK_CHARS)  # the mask characters, for a character class

# 杭州市, 红旗村, 红旗北路, 泉州东街: not 杭州|市, 红旗|村, 红旗|北路, 泉州|东街 (a road named after a place),
# nor the 市 of 市场 (…荷花池批发市场3栋: a market, no city); a numbered lane of Beijing is a road
# (西四北三条, 东四十条)
_ADMIN_SUFFIX = (r"(?:特别行政区|自治区|自治州|自治县|地区|街道|省|市(?![路街巷弄场]|大街|大道|横街|[东西南北中](?:大街|大道|路|街))|"
                 r"州(?!市|[东西南北中](?:大街|大道|路|街))|盟|区|县|"
                 r"旗(?![村路街巷弄道镇乡]|大街|大道|[东西南北中](?:大街|大道|路|街))|镇|乡)")
_ROAD_SUFFIX = (r"(?:大街|大道|胡同|公路|路|街|巷子|巷|弄|道|里|(?<=[一二三四五六七八九十头])(?<!第[一二三四五六七八九十])(?<!第[一二三四五六七八九十]{2})条)"
                r"(?:[东西南北中一二三四五六七八九十]段|[东西南北中](?=[0-9０-９]|一带|沿线))?")  # (江南大道中61号)
_PLACE_SUFFIX = (r"(?:村民委员会|居民委员会|自然村|小区|花园|家园|公寓|大厦|广场|社区|新村|新城|苑|园|庭|府|湾|城|中心|大楼|商厦|"
                 r"写字楼|村委会|村|院子|(?<!小)组(?!长)|屯|庄|寨)")  # (选举指导小组, 韩组长: no village's group)
_NUM = r"[0-9一二三四五六七八九十百零〇甲乙丙丁A-Za-z\-]{1,6}"
_UNIT = r"(?:村民小组|号楼|号院|号门面|号商铺|号摊位|号商位|号铺位|号档口|号车位|号房(?![屋产子东主])|号|栋|幢|座|楼|单元|室|层|门|期|区|弄|巷|排|组|社)"

_ESTATE_UNIT = "(?:号楼|栋|幢|座|层)"
# building-unit-room written with dashes (12-3-1801): not a date (2022-12-30) or a phone number
_BUR = r"[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,5}(?![0-9-])"
_ROOM_SUFFIX = "室|房"
#: the units a house, building or room number ends with (12号, 3栋, 402室)
_UNIT_CHARS = "号栋幢座室层楼"
_BUR_ROOM = re.compile(_BUR + "(?:" + _ROOM_SUFFIX + ")?")

#: a date written with dashes (2025-01-20, 1998-7-3), which is no building-unit-room number
_DATE_SHAPE = r"(?:19|20)[0-9]{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
#: a number left as a placeholder in a masked address (东湖花园X幢X单元, XX路XX号): its letters are
#: all X (or xx), where a building's letter (A座, B栋, x座) is one of its own
_X_NUMBER = re.compile(r"(?<![A-Za-z])(?:X{1,4}|x{2,4})(?:-(?:X{1,4}|x{2,4}))*(?=号|栋|幢|座|楼|单元|室|层|-)")

_PART = r"(?P<part>[东西南北中A-Z]区(?=[ \u3000]?[0-9A-Z]))"       # an estate's part: 西区19座, B区A座
_COMPONENT_REST = (
    rf"|(?P<road>{_H}{{1,8}}?{_ROAD_SUFFIX}(?:{_NUM}{_UNIT}|[0-9]{{1,5}}(?=[ \u3000]))?)"   # 路/街 (+ number)
    rf"|(?P<num>[附第]?{_NUM}{_UNIT}"                           # 560号, 3单元, B座, 附1号, 第8村民小组
    rf"|(?<=村){_H}{{1,3}}?[0-9]{{1,4}}号"                       # a hamlet of a village and its number: …村下屋27号
    rf"|(?<=号)之[0-9一二三四五六七八九十]{{1,3}}(?![0-9])"         # a house's sub-number: …中华大街494号之4
    rf"|(?<=号院)内[0-9]{{1,4}}号"                                  # a house inside a compound: …170号院内26号
    rf"|(?<=[{_UNIT_CHARS}元])[0-9]{{1,5}}户(?![主口籍名型头号])"     # a flat after its block or unit: …3单元201户 (not 浙江省18户, a count; not the 户 of 户主)
    rf"|[0-9]{{1,5}}[ \u3000]号(?![码牌])(?!楼)"                    # a house number typed with a space: …中北路 88 号
    rf"|(?:地下|负)[一二三四五六七八九十0-9]{{1,2}}[层楼]|B[0-9]{{1,2}}层)"  # a basement floor: …27栋负一楼A52号车位
    rf"|(?P<place>[\u4e00-\u9fffA-Za-z]{{1,10}}?{_PLACE_SUFFIX}+)"                 # 招商花园城, 新河村
    # 保利香槟国际29栋, 星河B座, 融创玖樟台东门
    rf"|(?P<estate>{_H}{{2,8}}(?=[ \u3000]?(?:[0-9A-Z]{{1,4}}{_ESTATE_UNIT}|[一二三四五六七八九十]{{1,2}}(?:号楼|栋|幢|座)"
    rf"|{_BUR}|[A-Z东西南北中]区|[东西南北]门)))"
    rf"|(?P<gate>(?:[东西南北]|(?<=号))门(?![口市面店诊前])(?:快递柜|门卫室|岗亭)?|门卫室|快递柜)"  # 东门, 2号门
    rf"|(?P<room>(?!{_DATE_SHAPE})[0-9]{{1,4}}(?:-[0-9]{{1,5}}){{1,2}}(?![0-9-])(?:{_ROOM_SUFFIX})?"  # building-unit-room 15-2-200室 (not a date)
    rf"|[0-9]{{2,5}}(?:{_ROOM_SUFFIX})?(?![0-9{_MASK}]|[-/.．][0-9])"          # trailing room 1506 (not 411*** masked, 2025/5/14 a date)
    rf"|(?<=层)[0-9]{{1,2}}(?:号|{_ROOM_SUFFIX})?(?![0-9{_MASK}]))"            # the door on a floor: …24层8
)
_COMPONENT = re.compile(_PART + rf"|(?P<admin>{_H}{{1,8}}?{_ADMIN_SUFFIX})" + _COMPONENT_REST)  # 省/市/区/县/镇...
#: the components but a division (where a word ending in 旗 or 盟 names no banner or league: 红旗小区)
_NOT_ADMIN = re.compile(_PART + _COMPONENT_REST)
_ADMIN_ONLY = re.compile(rf"(?P<admin>{_H}{{1,8}}?{_ADMIN_SUFFIX})")
#: an estate's part and the building after it (西区B座, A区12栋), where a district name might end
_PART_AFTER = re.compile(r"[东西南北中A-Z]区[ \u3000]?[0-9A-Z]")
_ESTATE = re.compile(rf"(?P<estate>{_H}{{2,8}}(?=[ \u3000]?[东西南北中A-Z]区))")
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|"
              "湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门")
# where a chain may start: after a cue word, after a non-CJK delimiter, or at a province name
_START_WORDS = ("地址|住址|住所|住处|住宅|地点|位于|坐落|常驻|居住|住在|现住|寄往|寄至|寄到|送到|送至|搬到|前往|"
                "来自|户籍|籍贯|在|至|于|住|址|到")
_START_AHEAD1, _START_AHEAD2 = "省市区县旗镇乡路街巷弄里村", "大道|胡同"
_START = re.compile(
    r"(?:[^\u4e00-\u9fff]|" + _START_WORDS + ")"
    r"(?=[\u4e00-\u9fff]{1,12}?(?:[" + _START_AHEAD1 + "]|" + _START_AHEAD2 + "))"
)
# an estate and its building, unit or room, with no road or division before it (家住阳光花园18栋,
# 抵押房产锦绣江南13-5-2306)
_LEAD_WORDS_ESTATE = "抵押房产|房产|房屋|住房|家住|住在|现住|住"
_ESTATE_AHEAD = r"[\u4e00-\u9fff]{2,8}(?:[东西南北中A-Z]区)?(?:[0-9A-Z]{1,4}(?:号楼|栋|幢|座)|" + _BUR + ")"  # (B区13座)
_START_ESTATE = re.compile(r"(?:[^\u4e00-\u9fff]|" + _START_WORDS + ")(?=" + _ESTATE_AHEAD + ")")
_ESTATE_AT = re.compile(r"(?=(?:" + _LEAD_WORDS_ESTATE + r")?" + _ESTATE_AHEAD + ")")
# (one branch after one character class, so a search skips other characters at C speed: the
# look-behinds make the second a _BUR not preceded by a digit)
_ESTATE_GATE = re.compile(r"[0-9A-Z](?:号楼|栋|幢|座|(?<![0-9][0-9])(?<=[0-9])" + _BUR.replace("{1,3}", "{0,2}", 1) + ")")
_START_AT = re.compile(r"(?=[\u4e00-\u9fff]{1,12}?(?:[" + _START_AHEAD1 + "]|" + _START_AHEAD2 + "))")
_START_PROVINCE = re.compile(trie_pattern(_PROVINCES.split("|")))
_ANCHOR_CHARS = "省市区县旗镇乡路街巷弄里村道"
_ANCHOR = re.compile("[" + _ANCHOR_CHARS + "]")
_ORG_WORDS = ("支行|分行|银行|营业部|营业厅|分理处|储蓄所|网点|分公司|公司|集团|医院|大学|学院|中心|村委会|居委会|"
              "学校|小学|中学|幼儿园|托儿所|政府|派出所|公安局|分局|法院|检察院|税务局|管理局|委员会|办事处|营业所|门店|分店|公证处|"
              "事务所|典当行")
_ORG_AFTER = re.compile("(?:" + _ORG_WORDS + ")(?![东西南北中]?(?:路|街|大街|大道|巷))")  # (大学路, 大学东街 are roads)
_ADMIN_CHAR_SET = "省市区县州旗镇乡"
_ADMIN_CHARS = re.compile("[" + _ADMIN_CHAR_SET + "]")
# (the …地 words first: an alternation takes its first match, and 居住 must not leave the 地 of 居住地)
_LEAD_WORDS = ("住所地|居住地|户籍地|所在地|坐落地|地址|住址|住所|住处|住宅|地点|上门至|上门|常驻|位于|坐落于?|"
               "居住在?|住在|现住|寄往|寄至|寄到|送到|送至|搬到|前往|来自|已到|到达|认购|购买|现居|籍贯|"
               + _LEAD_WORDS_ESTATE + "|址|在|至|于|住|到|是|为|系")
_LEAD = re.compile("(?:" + _LEAD_WORDS + r")[\s:：]*")
#: a lead word right before a chain (籍贯, 居住地为, 均住, 上门至): someone's place follows
_LEAD_END = re.compile("(?:" + _LEAD_WORDS + r")[\s:：]*$")


#: a table's header cell over a column of addresses (地址, 住址, ADDR, Address)
_ADDRESS_HEADER_WORDS = "地址|住址|住所|居住地|户籍地"
_ADDRESS_HEADER = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:" + _ADDRESS_HEADER_WORDS + "))|addr(?:ess)?", re.I)
#: what every such header holds, as two searches (words a search skips through in C, then the
#: ASCII key in any case)
_ADDRESS_HEADER_GATE = (re.compile(_ADDRESS_HEADER_WORDS), re.compile("addr", re.I))
#: a cell that can be an address: CJK text with a number or a component suffix in it
_ADDRESS_CELL = re.compile(r"(?=.*[\u4e00-\u9fff].*)(?=.*(?:[0-9]|[" + _ANCHOR_CHARS + "])).{4,60}")


def find_addresses(text: str, norm: str, lo: int, hi: int) -> list[Candidate]:
    r"""CN_ADDRESS candidates in ``text[lo:hi]``: the cells of a table's address column (a
    header cell 地址, 住址, ADDR ...; the cell is the address, whatever its shape), and chains of
    components elsewhere (:func:`_chains`).

    >>> t = "NAME      ADDR\n陈芳      绿城桂花园21幢4单元2108室"
    >>> [t[c.start:c.end] for c in find_addresses(t, t, 0, len(t))]
    ['绿城桂花园21幢4单元2108室']
    """
    chains = _chains(text, norm, lo, hi)
    if norm.find("\n", lo, hi) < 0:
        return chains
    chains = _wrapped(norm, lo, hi, chains)
    cells = [(s, e, head) for s, e, head in column_cells(norm, lo, hi, _ADDRESS_HEADER.fullmatch,
                                                              _ADDRESS_HEADER_GATE)
             if _ADDRESS_CELL.fullmatch(norm, s, e)]
    if not cells:
        return chains
    out = [_cell(norm, s, e, head) for s, e, head in cells]
    out += [c for c in chains if not any(s < c.end and c.start < e for s, e, _head in cells)]
    out.sort()
    return out


#: a cell whose value is masked or a placeholder (北京市朝阳区*********, XX省XX市XX区)
_MASKED_CELL = re.compile(rf"[{_MASK}]|XX|xx")


def _cell(norm: str, s: int, e: int, head: str) -> Candidate:
    """The candidate of an address column's cell ``norm[s:e]`` under the header ``head``."""
    why = "pattern=table-column context=column-header"
    if _ORG_CUE.search(head):  # 网点地址: a branch's own address, as in running text
        return Candidate(s, e, _A, 0.35, why + " context=organisation-address")
    if _MASKED_CELL.search(norm, s, e):
        return Candidate(s, e, _A, 0.3, why + " context=masked")
    if not re.search("[0-9村组座]", norm[s:e]):  # divisions only (陕西省西安市碑林区): no one's door
        return Candidate(s, e, _A, 0.4, why + " context=no-house-number")
    return Candidate(s, e, _A, 0.9, why)


def _wrapped(norm: str, lo: int, hi: int, chains: list[Candidate]) -> list[Candidate]:
    """``chains``, where a line break inside a run of text cut an address (a narrow form field
    or an OCR'd line: 天津市津南 / 区解放路925号…, 长江路459 / 号龙湖…) read across it: the chain
    of the text with that break taken out, where it crosses the break, replaces what it overlaps."""
    # a break at most six characters after a chain ends or before one starts (武汉 / 市汉阳区…),
    # or with a division, road or village suffix as near (解放 / 路925号…): elsewhere no address was cut
    cut = {c.end + d for c in chains for d in range(7)} | {c.start - d for c in chains for d in range(1, 8)}
    across = {k for c in chains for k in range(c.start, c.end) if norm[k] == "\n"}  # already read across
    j = norm.find("\n", lo + 1, hi - 1)
    while j >= 0:
        k, j = j, norm.find("\n", j + 1, hi - 1)
        if k in across or not (_run_char(norm[k - 1]) and _run_char(norm[k + 1])) or norm[k - 1] in "室房":
            # (…302室 / 12:18 劳资员: a room ends an address)
            continue
        if _NUMBERED.match(norm, k + 1, hi) or _TIME_LINE.match(norm, k + 1, hi):
            continue  # (…1306 / 4. 查询, …203 / 3，段某: the next line is a numbered item or row; …6号 / 20:59 站长: a chat's time)
        if k not in cut and _ANCHOR.search(norm, max(lo, k - 6), min(hi, k + 7)) is None:
            continue
        chains = _across(norm, lo, hi, k, chains)
    return chains


def _across(norm: str, lo: int, hi: int, j: int, chains: list[Candidate]) -> list[Candidate]:
    """``chains`` with the chain read across the line break at ``j`` in, if there is one."""
    a, b = max(lo, j - 40), min(hi, j + 41)
    joined = norm[a:j] + norm[j + 1:b]
    for c in _chains(joined, joined, 0, len(joined), j - a):  # (a chain starting after the break cannot cross it)
        if c.start < j - a < c.end:
            if c.end < len(joined) and _run_char(joined[c.end]):
                break  # it ends inside the next line's words (…2808 / 申请人庄梅): no wrap
            s, e = a + c.start, a + c.end + 1
            inside = [o for o in chains if s <= o.start and o.end <= e]
            if any(o.start < e and s < o.end for o in chains if o not in inside):
                break  # it would cut into another finding: leave the text as it is
            if not any(o.start <= s and e <= o.end for o in chains):
                chains = sorted([o for o in chains if o not in inside] +
                                [Candidate(s, e, _A, c.score, c.explanation + " context=line-wrap")])
            break
    return chains


_NUMBERED = re.compile(r"[0-9]{1,3}[.、)），,;；\t|｜]")
#: a date: a year, or a month and a day (2025年, 2025-08, 8月8日)
_DATE_AT = re.compile(r"[0-9]{4}[年/.-]|[0-9]{1,2}月|[0-9]{1,2}日")
_TIME_LINE = re.compile(r"[0-9]{1,2}[:：][0-9]{2}")


def _run_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()


def _chains(text: str, norm: str, lo: int, hi: int, stop: int | None = None) -> list[Candidate]:
    """CN_ADDRESS chains in ``text[lo:hi]``.

    A chain may start at the start of the text or of a line, after a delimiter or cue word, or
    at a province name. It is not an address when an organisation word is attached to it
    (北京市分行, 上海路支行); a branch or organisation named after a line break or delimiter
    (``住址：…27号\n开户网点：…``) belongs to the next field, not to the address. With ``stop``,
    only the chains read from starts before it (a chain starts at or after the start it is read
    from).
    """
    out: list[Candidate] = []
    estates = _ESTATE_GATE.search(norm, lo, hi) is not None
    if not estates and _ANCHOR.search(norm, lo, hi) is None:
        return out
    starts = {m.end() for m in _START.finditer(norm, lo, hi)}
    if estates:
        starts.update(m.end() for m in _START_ESTATE.finditer(norm, lo, hi))
        if _ESTATE_AT.match(norm, lo, hi):
            starts.add(lo)
    if _START_AT.match(norm, lo, hi) and _starts_with_division(norm, lo, hi):
        starts.add(lo)
    starts.update(m.start() for m in _START_PROVINCE.finditer(norm, lo, hi))
    if _ADMIN_CHARS.search(norm, lo, hi):  # (走进福州市…, 搬进杭州市…: a verb, then a city and its suffix)
        verbs = _verbs()
        starts.update(m.start() for m in _city_rx().finditer(norm, lo, hi)
                      if m.start() - 2 >= lo and norm[m.start() - 2:m.start()] in verbs)
    spaced = " " in norm or "\u3000" in norm
    if spaced:
        short_names = _short_division_names()
        for m in _CJK_SPACE_CJK.finditer(norm, lo, hi):  # where a city written without 市 may end
            end = m.start() + 1
            starts.update(end - k for k in (2, 3, 4, 5) if end - k >= lo and norm[end - k:end] in short_names)
    pos = lo
    memo: dict[int, tuple[int, int, bool, int, str]] = {}
    for s in sorted(starts):
        if stop is not None and s >= stop:
            break
        if s < pos:
            continue
        if s > lo and norm[s - 1].isdigit() and norm[s:s + 1] in _UNIT_CHARS:
            continue  # …416|号书香家园: a house number's unit, the middle of an address, starts none
        s0 = s
        if s0 < hi and norm[s0] == "地" and s0 > lo and norm[s0 - 1] in "住籍在落所":
            s = s0 = s0 + 1  # the 地 of 居住地, 户籍地, 所在地 after the cue word the start came from
        for lead in _LEAD.finditer(norm, s0, min(hi, s0 + 10)):
            if _ADMIN_CHARS.search(norm, s0, lead.start()):
                break
            s = lead.end()
        s = _division_start(norm, s, hi)
        e = s
        n_comp = 0
        fine = False
        admin = 0
        last = ""
        prev_group = ""
        short_end = _short_name_end(norm, s, hi) if spaced else -1
        if short_end > 0:  # 福州 鼓楼区 …: a city without 市, then a space
            e = short_end
            n_comp = admin = 1
            last = prev_group = "admin"
        while e < hi and n_comp < 2:  # a room ends the chain only among its first two parts
            c = _component(norm, e, hi, opening=True)
            if c is None and n_comp and spaced:
                c = _after_space(norm, e, hi, opening=True)
            if c is None or c.end() == e or (n_comp and _after_door(norm, e, c)):
                break
            if c.lastgroup == "room":
                if prev_group in ("estate", "place", "road") and _BUR_ROOM.fullmatch(c.group()):
                    # 金域蓝湾12-3-1801室, 新华里25-4-803: a building-unit-room after an estate or a road
                    n_comp += 1
                    last = c.group()
                    e = c.end()
                break
            last = c.group()
            prev_group = c.lastgroup
            if c.lastgroup == "admin":
                admin += 1
            elif c.lastgroup in ("road", "num", "place", "estate", "part"):
                fine = True
            n_comp += 1
            e = c.end()
        if n_comp == 2:
            end, n, deep_fine, deep_admin, deep_last = _rest_of_chain(norm, e, hi, memo)
            if n:
                n_comp += n
                fine = fine or deep_fine
                admin += deep_admin
                last = deep_last
                e = end
        if e < hi and norm[e] == "\n" and (not fine and admin and n_comp >= 1 or last and _open_ended(last)):
            # divisions (or a road) on one line, the rest on the next (OCR and narrow form fields)
            nxt = e + 1
            while nxt < hi and norm[nxt] in " \t\u3000":
                nxt += 1
            end, n, deep_fine, deep_admin, deep_last = _rest_of_chain(norm, nxt, hi, memo)
            if n >= 2 and deep_fine:
                n_comp += n
                fine = True
                admin += deep_admin
                last = deep_last
                e = end
        lone = n_comp == 1 and prev_group == "road" and _HOUSE_NUMBER.search(last) is not None \
            and s > lo and _is_cue(norm, s, lo)  # 地址：解放路12号, 家住人民东街18号: a cue and a house number
        if (n_comp >= 2 and fine or lone) and not organisation_attached(norm, e, hi) \
                and not _ORG_AFTER.search(last) and _named(norm, s, e):
            s = _province_before(norm, s, lo)  # 湖南长沙长沙县…: the province, written without 省
            cue = lone or (s > lo and _is_cue(norm, s, lo))  # (a lone road was read after its cue)
            score = 0.7 + (0.15 if cue else 0.0) + (0.05 if admin else 0.0)
            why = f"pattern=address-chain components={n_comp}" + (" context=cue" if cue else "")
            if _bare_road(last):
                score, why = 0.4, why + " context=no-house-number"  # …进贤县和平路一带停电: a road, no one's home
            if not cue and not admin and _VILLAGE_GROUP.fullmatch(norm, s, e):
                score, why = 0.4, why + " context=village-group"  # 溪口村第2村民小组户主…: a row's place, no division
            if not cue and norm[e - 1] in "村屯寨庄" and not _LEAD_END.search(norm, max(lo, s - 8), s):
                score, why = 0.4, why + " context=village-no-cue"  # 2023年5月13日，龙泉镇三里屯村召开…: where, no one's home
            if "某" in norm[s:e] or _X_NUMBER.search(norm, s, e):
                score, why = 0.3, why + " context=placeholder"  # 湛江市霞山区某小区, 东湖花园X幢X单元: no one's address
            if _MASKED_AFTER.match(norm, e, hi):
                score, why = 0.3, why + " context=masked"  # 徐州市鼓楼区睢城******: the rest is masked
            if _VAGUE_AFTER.match(norm, e, hi) and _no_door(last):
                score, why = 0.35, why + " context=vague-location"  # 住址：蜀山区长江西路一带: where, not an address
            if e < hi and _common_word(norm[e - 1:e + 1]) and not any(ch.isdigit() for ch in norm[s:e]):
                score, why = 0.35, why + " context=cut-word"  # 恳请社区帮忙组|织: it ends inside a word, no number in it
            if organisation_address(norm, s, e, lo, hi):
                score, why = 0.35, why + " context=organisation-address"
            out.append(Candidate(s, e, _A, min(score, 0.95), why))
            pos = e
        else:
            pos = s + 1
    return out


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """Every division name GB/T 2260 ever listed (石家庄市, 长安区): the names of the table
    :mod:`cnpii.identifiers.resident_id` already reads (one parser for the file)."""
    from cnpii.identifiers import resident_id

    return frozenset(row.split("\t", 1)[0] for row in resident_id._load().values())


def _after_space(norm: str, e: int, hi: int, opening: bool = False) -> re.Match[str] | None:
    """The component after one or two spaces at ``e`` (addresses typed with spaces between their
    parts: 鼓楼区 和平大街231 锦绣花园 8号楼2502), or None."""
    k = e
    while k < hi and k - e < 2 and norm[k] in " \u3000":
        k += 1
    if k == e or k >= hi:
        return None
    c = _component(norm, k, hi, opening=opening)
    if c is not None and c.lastgroup == "admin" and _division_start(norm, k, hi) != k:
        return None  # words glued to a division (…1508室 不是河西区): the address ended before them
    if c is not None and _DATE_AT.match(norm, k, hi):
        return None  # a date after the spaces (…服务中心  2025年08月08日): the address ended before it
    return c


_CJK_SPACE_CJK = re.compile("[\u4e00-\u9fff](?=[ \u3000]{1,2}[\u4e00-\u9fff])")


def _short_name_end(norm: str, s: int, hi: int) -> int:
    """Where the text after a city or county written without its suffix and one or two spaces
    begins, when ``norm[s:]`` opens with one (福州 , 呼和浩特 ) and a CJK character follows; else -1."""
    names = _short_division_names()
    for k in range(min(_short_name_longest(), hi - s), 1, -1):  # the longest name first
        if norm[s:s + k] in names:
            j = s + k
            while j < hi and j - (s + k) < 2 and norm[j] in " \u3000":
                j += 1
            if j > s + k and j < hi and "\u4e00" <= norm[j] <= "\u9fff":
                return j
    return -1


@lru_cache(maxsize=1)
def _short_name_longest() -> int:
    return max(map(len, _short_division_names()))


def _open_ended(component: str) -> bool:
    """Whether a chain ending with this component still lacks its number: a division, a road
    with no house number (曙光路 / 881号院3号楼 on the next line), or an estate with no building
    (阳光城 / 17栋3单元9层7室)."""
    c = _COMPONENT.fullmatch(component)
    return c is not None and (c.lastgroup in ("admin", "place") or (
        c.lastgroup == "road" and not c.group()[-1:].isdigit() and not re.search("[0-9]", c.group())))


def _bare_road(component: str) -> bool:
    """Whether a chain's last component is a road with no house number (和平路, 复兴门内大街,
    江南大道中)."""
    if component[-1:] in "东西南北中" and _ROAD_END.search(component, 0, len(component) - 1):
        component = component[:-1]  # (a section of the road: 一环路西沿线)
    c = _COMPONENT.fullmatch(component)
    return c is not None and c.lastgroup == "road" and _ROAD_END.search(component) is not None


_ROAD_END = re.compile(_ROAD_SUFFIX + "$")
#: a village and its group alone (溪口村2组, 前进村第9村民小组)
_VILLAGE_GROUP = re.compile(r"[\u4e00-\u9fff]{1,8}村(?:村民委员会)?第?[0-9一二三四五六七八九十]{1,3}(?:村民小组|组)")
#: an address whose rest is masked (…鼓楼区睢城******, …莘庄＊＊＊), maybe after a digit or a
#: character left clear (…中天花园37******, …南苑小******: a masked name after an address keeps
#: fewer marks, 王*, 王**)
_MASKED_AFTER = re.compile(rf"[0-9A-Za-z]{{0,4}}[{_MASK}]{{2}}|[\u4e00-\u9fff][{_MASK}]{{3}}")


def _after_door(norm: str, e: int, c: re.Match[str]) -> bool:
    """Whether the component ``c`` at ``e``, inside a chain, is a division right after a house
    number or a building's unit (…深南大道549号|东西湖区科技局收, …大厦8楼|南开区): a division
    comes before the door it holds, so it starts something new (an office's name), no part of
    the address."""
    return c.lastgroup == "admin" and e > 0 and (norm[e - 1].isdigit() or norm[e - 1] in _UNIT_CHARS) \
        and c.group() in _division_names()  # (not …12号锦苑小区, an estate ending like a district)


def _division_start(norm: str, s: int, hi: int) -> int:
    """Where a chain opening with a division really starts: a component that is no division
    name but ends with one (籍贯贵州省, 现居四川省, 认购海沧区) starts at that name."""
    c = _COMPONENT.match(norm, s, hi)
    if c is None or c.lastgroup != "admin":
        return s
    word = c.group()
    names = _division_names()
    if word in names:
        return s
    short = _short_division_names()
    for k in range(1, len(word) - 1):
        for n in (3, 4):  # a province's name running past the component (信息贵州|省: 贵州省; 黑龙江省)
            if k + n > len(word) and norm[s + k:s + k + n] in names and norm[s + k:s + k + n].endswith("省"):
                return s + k
        if word[k:] in names:
            head = word[:k]
            for i in range(max(0, k - 4), k - 1):
                if head[i:] in short:
                    return s + i  # 南宁青秀区, (居住地)金华浦江县: a city written without 市 before it
            return s + k
    return s


def _province_before(norm: str, s: int, lo: int) -> int:
    """Where a chain starting at ``s`` with a division really starts: at the province's name
    written without 省 right before it (湖南长沙长沙县, 黑龙江哈尔滨宾县), else ``s``."""
    for k in (3, 2):
        if s - k >= lo and norm[s - k:s] in _PROVINCE_NAMES and _COMPONENT.match(norm, s) is not None:
            return s - k
    return s


#: the provinces' names without 省 (江苏, 黑龙江)
_PROVINCE_NAMES = frozenset(_PROVINCES.split("|"))


@lru_cache(maxsize=1)
def _short_division_names() -> frozenset[str]:
    """Division names without their suffix (南宁, 乌鲁木齐), as addresses often write cities."""
    suffix = re.compile(_ADMIN_SUFFIX + "$")
    return frozenset(n for n in (suffix.sub("", name) for name in _division_names()) if len(n) >= 2)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """The names, without their suffix, of the provinces and prefecture-level cities GB/T 2260
    ever listed (杭州, 南宁, 曲靖; codes ending in 00, not county-level 安宁 or 江山): the places a
    text names most, which a name finder must not read as a surname and a given name."""
    from cnpii.identifiers import resident_id

    suffix = re.compile(_ADMIN_SUFFIX + "$")
    names = (suffix.sub("", row.split("\t", 1)[0]) for code, row in resident_id._load().items()
             if code.endswith("00"))
    return frozenset(n for n in names if len(n) >= 2 and n not in ("市辖", "县", "省直辖县级行政"))


@lru_cache(maxsize=1)
def _city_rx() -> re.Pattern[str]:
    """A province or prefecture-level city (:func:`city_names`) and its suffix (福州市, 福建省)."""
    return re.compile("(?:" + trie_pattern(sorted(city_names())) + ")(?=" + _ADMIN_SUFFIX + ")")


def _verbs() -> frozenset[str]:
    """The lexicon's verbs of two characters (走进, 搬进, 来到): after one, a city may open an address."""
    from cnpii.detection._names import _lexicon  # (it imports this module)

    return _lexicon()[8]


def _starts_with_division(norm: str, lo: int, hi: int) -> bool:
    """Whether a chain at the very start of the text opens with a real division name: there no
    cue or delimiter says an address begins, so prose (首先要组织科技人员下乡) must not."""
    c = _COMPONENT.match(norm, lo, hi)
    return c is not None and c.lastgroup == "admin" and c.group() in _division_names()


def _component(norm: str, e: int, hi: int, opening: bool = False) -> re.Match[str] | None:
    """The address component at ``e``; among a chain's first two (``opening``), not an everyday
    word that merely ends like one (洪山区片区, 白云区审判庭: jieba's lexicon, as the name finder
    reads it). Deeper in a chain such words are building names (…号时代广场26层)."""
    c = _COMPONENT.match(norm, e, hi)
    if c is not None and c.lastgroup == "admin" and c.group()[-1] in "旗盟" and c.group() not in _division_names():
        c = _NOT_ADMIN.match(norm, e, hi)  # …1号红旗小区15栋: no banner (科尔沁右翼前旗 is one)
    if c is not None and c.lastgroup == "admin":
        names = _division_names()
        for k in range(min(hi - e, 10), len(c.group()), -1):  # 金州区, not 金州 (州) then 区
            if norm[e:e + k] in names:
                c = _ADMIN_ONLY.fullmatch(norm, e, e + k) or c
                break
    if c is not None and e > 0 and norm[e] in _JOINERS and norm[e:e + 2] not in _lexicon()[0] \
            and ("\u4e00" <= norm[e - 1] <= "\u9fff" or norm[e - 1].isdigit()) \
            and not _NUMBER_AHEAD.match(norm, e, hi):
        return None  # 梧桐路与金沙江路交叉口, 通道和专区: two places joined, and no number after them
    if c is not None and c.lastgroup == "road" and c.group()[-1] in _WORD_SUFFIXES \
            and c.group()[-2:] not in ("大道", "街道") and _common_word(c.group()[-2:]):
        return _short_place(norm, e, hi)  # 无障碍通道, 三公里: an everyday word ending in a road suffix
        # (not 人民道, 和平里); but a place may hold it (三里屯村)
    if c is not None and c.lastgroup == "road" and c.end() < hi and _ROAD_END.search(c.group()) is not None \
            and _common_word(norm[c.end() - 1:c.end() + 1]):
        return None  # 部分路段, 十字路口, 街头: the suffix begins an everyday word, no road's name ends there
    if opening and c is not None and c.lastgroup == "place" and len(c.group()) > 9 \
            and not c.group().endswith(("村民委员会", "居民委员会")):
        return None  # 查勘人员廖桂海会同村委会…: a clause that happens to end like a place, no place's name
    if c is not None and c.lastgroup in ("admin", "place") and (opening or c.lastgroup == "admin") \
            and _common_word(c.group()) and c.group() not in _division_names() \
            and not (c.lastgroup == "place" and c.group()[-1] == "村" and _after_town(norm, e)) \
            and not (c.lastgroup == "place" and _lexicon()[0].get(c.group()) == LEX_LO
                     and _NUMBERED_BUILDING.match(norm, c.end(), hi)) \
            and not (c.lastgroup == "admin" and e > 0 and norm[e - 1] == "市" and _ZONE.fullmatch(c.group())):
        return None  # (市南区, 周口市: divisions, whatever jieba says; …号小区门口: no division)
    if c is not None and c.lastgroup == "admin" and _PART_AFTER.match(norm, c.end() - 2, hi) \
            and c.group() not in _division_names():
        est = _ESTATE.match(norm, e, hi)
        if est is not None:
            return est  # 书香华庭西区B座: an estate and its part, not a district
    if c is not None and c.lastgroup == "estate" and c.group()[-1] == "第" and _common_word(c.group()[:-1]):
        return None  # 第29考场第26座: a word and an ordinal, no estate (书香门第25栋 is one)
    if c is not None and c.lastgroup == "place" and c.group()[-1] == "村" and c.end() < hi \
            and _common_word(norm[c.end() - 1:c.end() + 1]) and _COMPONENT.match(norm, c.end(), hi) is None:
        return None  # …后沟村召开村民大会: the 村 begins a word (村民, 村级), no village's name ends there
        # (…柑子村小院子50号: 村小 is a word too, but a hamlet's name follows)
    if not opening and c is not None and c.lastgroup == "place" and norm[e - 1] in _CLAUSE_AFTER \
            and _verb_led(c.group()):
        return None  # …柳树沟村获评信用村, 村委会开展整村: a clause about the place, no further part of it
    if not opening and c is not None and c.lastgroup == "admin" and _common_word(norm[e:e + 2]) \
            and _division_start(norm, e, hi) != e \
            and not (e > 0 and norm[e - 1] == "市" and _ZONE.fullmatch(c.group())):  # (…市高新区)
        return None  # an everyday word glued to a division name (…室变更为河南省): a new address
    return c


_COMMON = (LEX_HI, LEX_MID, LEX_LO, LEX_TIME)
#: a numbered building right after a place (…园16栋, …苑3号楼): a rare word the lexicon knows
#: there is an estate's name (御景园16栋2404), where an everyday one is not (公园, 校园: frequent)
_NUMBERED_BUILDING = re.compile(rf"[0-9]{{1,4}}{_ESTATE_UNIT}")
_PLACE_ONLY = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{1,4}}?{_PLACE_SUFFIX}+)")


def _short_place(norm: str, e: int, hi: int) -> re.Match[str] | None:
    """A place of at most six characters at ``e`` (三里屯村), where the road read there was a word."""
    c = _PLACE_ONLY.match(norm, e, hi)
    return c if c is not None and len(c.group()) <= 6 else None


def _after_town(norm: str, e: int) -> bool:
    """Whether a town or township ends right before ``e`` (…城关镇|团结村, …东风街道|新民村), where a
    village's name is a village's, even one the lexicon knows as a word (团结村, 光明村)."""
    return e > 0 and (norm[e - 1] in "镇乡" or norm[e - 2:e] == "街道")
#: development zones a city is divided into like districts (苏州市工业园区, 成都市高新区), though
#: the lexicon knows them as everyday words
_ZONE = re.compile(r"(?:工业园区|高新区|高新技术产业开发区|经济技术开发区|经济开发区|开发区|经开区|保税区|新区|园区)")
#: conjunctions that join two places (路与路, 通道和专区); a component they open starts no part of
#: the address before it
_JOINERS = "与和及或"
#: a number later in the same run of text (…路与…路交叉口的翠苑一区12幢302室 goes on to a home)
_NUMBER_AHEAD = re.compile("[\u4e00-\u9fff]{1,20}[0-9]")
#: one-character road suffixes that also end everyday words (通道, 公里, 小巷)
_WORD_SUFFIXES = "道里巷弄"
#: the characters of numbers and units alone (二楼2号楼2层): a chain of only these names no place
_NUMBER_CHARS = frozenset("一二三四五六七八九十百零〇甲乙丙丁号楼院栋幢座单元室层门期区户弄排组社")


_PLACE_SUFFIXES = re.compile(_PLACE_SUFFIX + "+")
#: the ends of the divisions and villages a clause may follow (…村获评信用村), where after a house
#: number or a road a verb-led name is an estate's (…562号望月佳苑)
_CLAUSE_AFTER = "村会组屯庄寨镇乡县区市"


def _verb_led(place: str) -> bool:
    """Whether a place component opens with a verb the lexicon knows (获评, 开展) and more than a
    place suffix follows it (获评信用村, not 解放村 or 解放新村: villages are named after verbs)."""
    verbs = _lexicon()[6]
    for k in (2, 3):
        if place[:k] in verbs and len(place) > k and not _PLACE_SUFFIXES.fullmatch(place, k):
            return True
    return False


def _common_word(word: str) -> bool:
    return _lexicon()[0].get(word) in _COMMON


def _named(norm: str, s: int, e: int) -> bool:
    """Whether the chain ``norm[s:e]`` names a place: some CJK character that is no number or unit."""
    return any("\u4e00" <= ch <= "\u9fff" and ch not in _NUMBER_CHARS for ch in norm[s:e])


def _cjk_run_end(norm: str, e: int, hi: int) -> int:
    """The end of the run of CJK characters at ``e`` (at most ``hi``)."""
    while e < hi and "\u4e00" <= norm[e] <= "\u9fff":
        e += 1
    return e


def _rest_of_chain(norm: str, e: int, hi: int, memo: dict) -> tuple[int, int, bool, int, str]:
    """The components from ``e`` on, once a chain has two: (end, count, fine, admin count,
    last component). From there a room never ends the chain and always counts as fine, so
    the answer depends on ``e`` only; ``memo`` keeps it, so many starts sharing one long chain
    (北京市北京市...) cost linear time instead of a re-walk each."""
    path: list[tuple[int, re.Match[str]]] = []
    while e not in memo:
        c = _component(norm, e, hi) if e < hi else None
        if c is None and e < hi and norm[e] in " \u3000":
            c = _after_space(norm, e, hi)
        if c is None or c.end() == e or _after_door(norm, e, c):
            memo[e] = (e, 0, False, 0, "")
            break
        path.append((e, c))
        e = c.end()
    for start, c in reversed(path):
        end, n, fine, admin, last = memo[c.end()]
        memo[start] = (end, n + 1, fine or c.lastgroup != "admin", admin + (c.lastgroup == "admin"),
                       last if n else c.group())
    return memo[e if not path else path[0][0]]


#: an organisation's own address, not a customer's: a branch, shop, office or event venue (网点地址：,
#: 门店地址, 活动地点); such a chain is reported below the default threshold. (Not a company
#: customer's registered or business address, 注册地址, 经营场所, 经营地址: the public sample labels
#: a firm's 经营场所 and 经营地址 as addresses, and a KYC record's firm is the customer. 营业地址 is
#: where a bank's branch does business: its own.)
_ORG_CUE_WORDS = ("(?<!工作)(?<=[\u4e00-\u9fff])单位地址|网点地址|门店地址|营业地址|营业网点|办公地址|公司地址|本行地址|分行地址|支行地址|行址|院址|本院地址|"
                  "村委会地址|居委会地址|本处地址|本所地址|本中心地址|"
                  "活动地点|会议地点|培训地点|举办地点|办公地点|项目地址|工地|项目部|考场地址|考点|考场|警务室地址|站点地址|"
                  "办理地点|办理地址|受理地点|受理地址|领取地点|报到地点|鉴定地点|服务地点")
# the address followed by the organisation at it in brackets: …路82号（兴远银行武汉分行）
# (but not a landmark near a home: …90号（社区服务中心旁）, …3组（村委会对面）, （近市中心）)
_ORG_BRACKET = re.compile(r"[（(](?!近|靠近|临近)(?![^）)\n]{0,20}(?:旁|对面|附近|隔壁|后面|背后|楼上|楼下|东侧|西侧|南侧|北侧))"
                          r"[^）)\n]{0,16}?(?:" + _ORG_WORDS + ")")
# an organisation named right before the address, in the same cell or clause (…有限公司，住所地…,
# …社区支行\t…, …营业部（…）, 本院地址：…)
_ORG_BEFORE = re.compile("(?:" + _ORG_WORDS + "|本院|本行|我行|本公司|厂|合作社|工作室|商行|经营部|门市部|"
                         "体育馆|体育场|公园|广场|少年宫|文化宫|图书馆|礼堂|避难场所|业务部|总部|"
                         "养老院|护养院|敬老院|福利院|老年公寓|服务站|本站|法庭|审判庭)"
                         r"[（(\t\n ,，:：]{0,2}(?:住所地|单位地址|地址|住所|地址是|地址在|在|办公地址|"
                         r"迁至|迁往|迁址至|新址位于|新址|位于|坐落于|设在|名下位于|名下|营业用房|办公用房)?"
                         # (分理处迁至…: the organisation moves, not a customer; 公司名下位于…: its property)
                         r"(?:为|是)?[\s:：（(]{0,2}$")  # (…宴会中心，在…: where the venue is)
# a bank named right before a registered or business address (…华夏银行苏州姑苏支行，注册地址：…):
# the bank's own premises, where after a firm's name (…有限公司\n经营地址：…) it is a customer's
_BANK_BEFORE = re.compile(r"(?:支行|分行|银行|营业部|营业厅|分理处|储蓄所|网点|营业所|信用社|联社)[）)]?"
                          r"[（(\t\n ,，:：]{0,2}(?:注册地址|注册地|经营场所|经营地址)[\s:：]{0,2}$")
#: the public service halls where people go to an office (…号政务服务中心3楼, …市民中心B区): in an
#: address, or right after it, it is the office's
_PUBLIC_OFFICE_WORDS = "行政服务大厅|政务服务中心|行政服务中心|便民服务中心|市民中心|政务大厅|服务大厅|办事大厅"
_PUBLIC_OFFICE = re.compile(_PUBLIC_OFFICE_WORDS)
# the address followed by a hall of a bank or venue at it: …497号二楼贵宾厅, …号营业厅
_PREMISES = re.compile(r"(?:[一二三四五六七八九十0-9]{1,3}(?:楼|层)|[0-9]{1,2}-[0-9]{1,2}层)?"
                       "(?:贵宾厅|裙楼|营业厅|营业大厅|展厅|会议室|多功能厅|报告厅|宴会厅|办公室|综合楼|办公楼|值班室|"
                       + _PUBLIC_OFFICE_WORDS + ")")  # (not 门面, 商铺: a shop)
#: where to go, a place's name and its address in brackets (咨询请前往乐活游泳健身馆（…）, 请到…营业部（…）):
#: the place's address; not a home (派员前往其住所（…）, 到其家中（…）)
_GO_TO_BEFORE = re.compile(r"(?:前往|请到|到达|去往)(?![^，。；;\n（(]*?(?:住所|住处|家中|住宅|寓所|老家|居所|住址|家里|家)[（(]$)"
                           r"[^，。；;\n（(]{2,16}[（(]$")
#: mail addressed, after its address, to an office (来信请寄…路714号北京市科技局收): the office's address
_ORG_ADDRESSEE = re.compile(r"[^\s，,。；;（(\n]{0,20}?(?:局|厅|委|办|处|科|站|部|院|所|中心|公司|银行|学校|大学)收(?![款益入到取费])")
_ORG_CUE = re.compile("(?:" + _ORG_CUE_WORDS + r")(?:[\s:：|】\]]{0,3}|位于|设在|已?迁至|已?迁往|在|为|是)$")
# the owner of the place named after it in the same clause (…的住宅一套，原产权人恒通物流有限公司)
_OWNER_AFTER = re.compile(r"[^。；;\n]{0,16}?(?:产权人|所有权人|所有人|权利人|登记人|业主)[：:\s]{0,2}"
                          r"([\u4e00-\u9fff（）()]{2,30})")


def _org_owner_after(norm: str, e: int, hi: int) -> bool:
    """Whether the clause after an address at ``e`` names its owner, and the owner is an
    organisation (原产权人哈尔滨恒通物流有限公司), not a person."""
    m = _OWNER_AFTER.match(norm, e, min(hi, e + 50))
    return m is not None and _ORG_AFTER.search(m.group(1)) is not None


def _no_door(component: str) -> bool:
    """Whether a chain's last component names no door: a road with no house number, a village,
    an estate or a division (…长江西路, …前进村, …锦绣花园), where 一带 or 附近 after it makes
    the chain a rough location, not an address."""
    if _bare_road(component):
        return True
    c = _COMPONENT.fullmatch(component)
    return c is not None and c.lastgroup in ("admin", "place")


# a road followed by words of a rough location (…长江西路一带, 沿线, 交叉口附近): a place, not an address
_VAGUE_AFTER = re.compile(r"(?:一带|沿线|附近|周边|周围|交叉口|路口|路段|一线)")
#: a person's field earlier on the address's line (收货人：张三 电话：… 地址：…): the address is that person's
_PERSON_FIELD_BEFORE = re.compile(r"(?:收货人|收件人|联系人|客户|申请人|借款人|姓名|户名)[:：]")
# "地址" alone as the field (not 住址, 通讯地址, 家庭地址): whose address it is, the text must say
_BARE_CUE = re.compile(r"(?<![\u4e00-\u9fff])地址[\s:：]{0,3}$")
# what follows an organisation's address in its contact block: …号25楼，邮编100000 / 电话：95588
_CONTACT_AFTER = re.compile(r"[ \u3000]{0,2}[，,；;]?[ \u3000]{0,2}(?:邮编|邮政编码|咨询电话|服务电话|客服电话|服务热线|热线|电话)")
#: a field that asks for where a person lives or receives mail (现住址, 家庭住址, 寄送地址): a
#: hotline after its value is a wrong phone field, and makes the address no organisation's
_HOME_CUE = re.compile(r"(?:住址|住所|现住|家住|住在|居住地|家庭地址|户籍地址|通讯地址|通信地址|寄送地址|邮寄地址|收件地址)"
                       r"[\s:：=】\]]{0,3}$")
# an address followed by a service hotline (95566, 400-…, 12345): an organisation's contact block
_HOTLINE_AFTER = re.compile(r"[ \u3000]{0,2}[，,；;]?[ \u3000]{0,2}(?:联系|咨询|服务|客服)?(?:电话|热线)[：:]?[ \u3000]?"
                            r"(?:9[56][0-9]{3}|[48]00|12[0-9]{3})")
# an address that ends at an office floor or a commercial building, with no room: …号25楼, …国际中心A座,
# …金融大厦, …商务楼一层 (a home ends at its room or house number; 3号楼 is a block of flats)
_OFFICE_END = re.compile(r"(?:[0-9一二三四五六七八九十]{1,3}[楼层]|[A-Z]座|大厦|商务楼|写字楼|金融中心)$")
_OFFICE_AFTER = re.compile(r"(?:[^\s，,。；;（(]{0,6}?(?:大厦|商务楼|写字楼|国际中心|金融中心))")
#: the field words of an address (常住地址：, address=): what follows them with a separator is an address
_FIELD_WORDS = "地址|住址|住所|addr|address"
_CUE_WORDS = _FIELD_WORDS + "|地点|位于|坐落|常驻|居住|家住|住在|现住|寄往|寄至|寄到|送到|送至|搬到"
#: a road's house number (解放路12号, 中山北路88-2号)
_HOUSE_NUMBER = re.compile(r"[0-9一二三四五六七八九十](?:-[0-9]{1,4})?号$")
#: (a form may align its values with white space: 户籍地址　　　　 银杏大道257号)
_CUE = re.compile("(?:" + _CUE_WORDS + r")(?:为|是)?(?:[\s:：=\"'>】\]]{0,3}|[\s:：=\"'>】\]]{0,2}\s{1,8})$", re.I)


def organisation_attached(norm: str, e: int, hi: int) -> bool:
    """Whether an organisation word is attached to the place ending at ``e`` (…号营业部, 上海路支行,
    …路1号国际中心): the place is part of its name, no address (a place joined by 与, 和 … is not)."""
    return norm[e:e + 1] not in _JOINERS and _ORG_AFTER.search(norm, e, _cjk_run_end(norm, e, min(hi, e + 5))) is not None


def organisation_address(norm: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether the words around the address ``norm[s:e]`` make it an organisation's: an
    organisation's address field or name before it (网点地址：, …有限公司，), the organisation at
    it after it (（兴远银行武汉分行）, 营业部, 国际中心), a hotline or an office after it, a public
    office in it, directions to it. The rules' chains and the accurate mode's street addresses
    are judged by it alike.

    >>> t = "网点地址：苏州市姑苏区金融街204号"
    >>> organisation_address(t, 5, len(t), 0, len(t)), organisation_address("住址：" + t[5:], 3, len(t) - 2, 0, len(t) - 2)
    (True, False)
    """
    return bool(
        _ORG_CUE.search(norm, max(lo, s - 10), s) or _ORG_BRACKET.match(norm, e, hi)
        or _PREMISES.match(norm, e, hi)
        or _ORG_BEFORE.search(norm, max(lo, s - 12), s) or _BANK_BEFORE.search(norm, max(lo, s - 16), s)
        or (_HOTLINE_AFTER.match(norm, e, hi) and not _HOME_CUE.search(norm, max(lo, s - 12), s))
        or _org_owner_after(norm, e, hi)
        or _PUBLIC_OFFICE.search(norm, s, e) or _ORG_ADDRESSEE.match(norm, e, hi)
        or _GO_TO_BEFORE.search(norm, max(lo, s - 24), s)
        or (_BARE_CUE.search(norm, max(lo, s - 6), s)
            and (_CONTACT_AFTER.match(norm, e, hi) or _OFFICE_END.search(norm, s, e)
                 or _OFFICE_AFTER.match(norm, e, hi))
            and not _PERSON_FIELD_BEFORE.search(norm, max(lo, norm.rfind("\n", lo, s) + 1, s - 60), s)))


def _is_cue(norm: str, s: int, lo: int) -> bool:
    return _CUE.search(norm, max(lo, s - 18), s) is not None


_FIELD = re.compile("(?:" + _FIELD_WORDS + r")[\"']?\s?[:：=]\s{0,2}[\"']?$", re.I)


def after_address_field(norm: str, s: int, lo: int) -> bool:
    """Whether ``norm[s:]`` is the value of an address field: one of its field words and a colon
    or = right before ``s`` (常住地址：康乐里, "address": "…").

    >>> after_address_field("常住地址：康乐里", 5, 0), after_address_field("联系人：康乐", 4, 0)
    (True, False)
    """
    return _FIELD.search(norm, max(lo, s - 12), s) is not None
