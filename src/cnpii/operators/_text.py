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

__all__ = ["COMPOUND_SURNAMES", "surname_length", "address_prefix", "ADDRESS_LEVELS"]

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

# A unit name: 1-7 characters that are not digits, punctuation, or street words; a unit
# suffix then closes it. Street words keep "天河路小区" from passing for a district.
_NAME = r"[^\W\d_路街道巷号村镇乡弄栋楼室幢单元省市区县旗盟州]{1,7}?"
_PROVINCE = re.compile(rf"{_NAME}(?:省|自治区|特别行政区)")
_MUNICIPALITY = re.compile(r"(?:北京|上海|天津|重庆)市?")
_CITY = re.compile(rf"{_NAME}(?:自治州|地区|市|盟|州)")
_DISTRICT = re.compile(rf"{_NAME}(?:新区|区|县|市|旗)")


def address_prefix(address: str, level: str = "district") -> str:
    """The administrative prefix of an address up to ``level`` (province, city or district).

    Returns what could be recognised; an address with no recognisable unit gives ``""``.

    >>> address_prefix("上海市浦东新区世纪大道100号", "province")
    '上海市'
    >>> address_prefix("内蒙古自治区呼和浩特市新城区", "district")
    '内蒙古自治区呼和浩特市新城区'
    >>> address_prefix("天河路123号", "district")
    ''
    """
    if level not in ADDRESS_LEVELS:
        raise ValueError("level must be province, city or district")
    pos = 0
    depth = ADDRESS_LEVELS.index(level)
    m = _MUNICIPALITY.match(address)
    if m:  # 北京市 is both the province and the city
        pos = m.end()
        if depth <= 1:
            return address[:pos]
    else:
        m = _PROVINCE.match(address)
        if m:
            pos = m.end()
        if depth == 0:
            return address[:pos]
        m = _CITY.match(address, pos)
        if m:
            pos = m.end()
        if depth == 1:
            return address[:pos]
    m = _DISTRICT.match(address, pos)
    if m:
        pos = m.end()
    return address[:pos]
