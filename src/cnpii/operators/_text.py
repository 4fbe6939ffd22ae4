"""Surname and address-prefix helpers used by the keep and generalize operators.

Pure string rules, no tables beyond the compound-surname list: a name keeps its surname
(``欧阳娜娜`` keeps ``欧阳``), an address keeps its administrative prefix up to the district.

>>> surname_length("欧阳娜娜"), surname_length("张三")
(2, 1)
>>> address_prefix("北京市海淀区马连洼街道289号", "district")
'北京市海淀区'
>>> address_prefix("广东省深圳市南山区科技园", "city")
'广东省深圳市'
"""

from __future__ import annotations

import re

__all__ = ["COMPOUND_SURNAMES", "surname_length", "address_prefix", "ADDRESS_LEVELS",
           "ADDRESS_PREFIX_RE2"]

#: common two-character (复姓) surnames; a name starting with one keeps both characters
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 "
    "南宫 西门 百里 呼延 万俟 闻人 赫连 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 仲孙 钟离 "
    "鲜于 闾丘 司空 亓官 司寇 子车 颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 拓跋 夹谷 段干 百里 "
    "东郭 南门 呼延 羊舌 微生 梁丘 左丘 东门 第五 公西".split()
)


def surname_length(name: str) -> int:
    """How many leading characters of a Chinese name are the surname (1 or 2).

    A name written with a middle dot (``买买提·艾力``) keeps its first part.

    >>> surname_length("司马相如")
    2
    >>> surname_length("买买提·艾力")
    3
    """
    name = name.strip()
    if "·" in name:
        return name.index("·")
    if name[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if name else 0


ADDRESS_LEVELS = ("province", "city", "district")

# A unit name: 1-7 CJK characters that are not street words or unit suffixes; a unit suffix
# then closes it. Street words keep "天河路小区" from passing for a district. The class is
# spelled out as code-point ranges so that Python's re and Arrow's RE2 read it alike.
_EXCLUDED = sorted(map(ord, "路街道巷号弄栋室幢省市区县旗盟州"))  # 楼 乡 镇 村 元 occur in division names
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF))


def _name_class(escape: str) -> str:
    parts = []
    for lo, hi in _HAN:
        start = lo
        for cp in [c for c in _EXCLUDED if lo <= c <= hi] + [hi + 1]:
            if start <= cp - 1:
                parts.append(f"{escape.format(start)}-{escape.format(cp - 1)}")
            start = cp + 1
    return "[" + "".join(parts) + "]{1,9}?"  # 9: 围场满族蒙古族自治县


def _prefix_patterns(name: str) -> dict[str, str]:
    muni = "(?:北京|上海|天津|重庆)市?"
    # 州 ends unit names (杭州, 贵州, 通州) as often as it is a suffix itself (自治州, 杭州 written
    # without 市), and the name class cannot hold it: so a suffix may start with it
    prov = f"{name}州?(?:省|自治区|特别行政区)"
    city = f"{name}(?:州?(?:市|地区|盟)|自治州|州)"
    dist = f"{name}州?(?:新区|区|县|市|旗)"
    return {
        "province": f"^(?:{muni}|{prov})?",
        "city": f"^(?:{muni}|(?:{prov})?(?:{city})?)",
        "district": f"^(?:{muni}|(?:{prov})?(?:{city})?)(?:{dist})?",
    }


#: the address-prefix patterns in RE2 syntax (for Arrow's ``extract_regex``), by level
ADDRESS_PREFIX_RE2 = _prefix_patterns(_name_class("\\x{{{:x}}}"))
_PREFIX = {level: re.compile(p) for level, p in _prefix_patterns(_name_class("\\U{:08x}")).items()}


def address_prefix(address: str, level: str = "district") -> str:
    """The administrative prefix of an address up to ``level`` (province, city or district).

    Returns what could be recognised; an address with no recognisable unit gives ``""``.

    >>> address_prefix("上海市浦东新区世纪大道100号", "province")
    '上海市'
    >>> address_prefix("内蒙古自治区呼和浩特市新城区", "district")
    '内蒙古自治区呼和浩特市新城区'
    >>> address_prefix("浙江省杭州市西湖区文三路12号", "district")
    '浙江省杭州市西湖区'
    >>> address_prefix("贵州省贵阳市云岩区", "city")
    '贵州省贵阳市'
    >>> address_prefix("天河路123号", "district")
    ''
    """
    if level not in ADDRESS_LEVELS:
        raise ValueError("level must be province, city or district")
    m = _PREFIX[level].match(address)
    return m.group(0) if m else ""
