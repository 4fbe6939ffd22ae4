"""The entity vocabulary shared by every part of cnpii.

Entity names are written into policies, baselines and audit logs, so they never change.
:data:`ENTITY_INFO` is the one table of sensitivity facts: each entity's JR/T 0171-2020
category (C1 < C2 < C3) and its JR/T 0197-2020 level (1-5).

>>> Entity.CN_RESIDENT_ID
<Entity.CN_RESIDENT_ID: 'CN_RESIDENT_ID'>
>>> str(Entity.CN_MOBILE_PHONE)
'CN_MOBILE_PHONE'
>>> info(Entity.CARD_CVV).category
<Category.C3: 'C3'>
>>> info("CN_BANK_CARD").level
3
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import EnumType, StrEnum
from types import MappingProxyType
from typing import Mapping

__all__ = ["Entity", "Category", "EntityInfo", "ENTITY_INFO", "info", "level_for_category"]


class _QuietEnumType(EnumType):
    """Enum's functional API (``Entity("name", "members")``) and its errors quote the arguments:
    cnpii's enums take one value and say nothing about it when it is not theirs."""

    def __call__(cls, value, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        if args or kwargs:
            from cnpii.errors import ArgumentError

            raise ArgumentError(f"{cls.__name__}() takes one value: a member or its name")
        return super().__call__(value)


class Entity(StrEnum, metaclass=_QuietEnumType):
    """A kind of personal information. Values equal names and never change."""

    # the hash of the value, computed in C: the same number Enum.__hash__ gives (hash of the
    # name, which equals the value), without a Python call on every set or dict look-up
    __hash__ = str.__hash__

    @classmethod
    def _missing_(cls, value: object) -> Entity:
        # Enum's own error quotes the value: text passed where an entity belongs would leak
        from cnpii.errors import ArgumentError

        raise ArgumentError("not a cnpii entity name (see cnpii.Entity for the names)")

    PERSON = "PERSON"
    CN_RESIDENT_ID = "CN_RESIDENT_ID"
    CN_MOBILE_PHONE = "CN_MOBILE_PHONE"
    CN_LANDLINE_PHONE = "CN_LANDLINE_PHONE"
    CN_BANK_CARD = "CN_BANK_CARD"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    CN_ADDRESS = "CN_ADDRESS"
    CN_PASSPORT = "CN_PASSPORT"
    CN_HK_MACAU_PERMIT = "CN_HK_MACAU_PERMIT"
    CN_TAIWAN_PERMIT = "CN_TAIWAN_PERMIT"
    CN_BANK_ACCOUNT = "CN_BANK_ACCOUNT"
    CN_USCC = "CN_USCC"
    CN_LICENSE_PLATE = "CN_LICENSE_PLATE"
    IP_ADDRESS = "IP_ADDRESS"
    CARD_CVV = "CARD_CVV"
    CARD_EXPIRY = "CARD_EXPIRY"
    PASSWORD = "PASSWORD"
    CARD_TRACK_DATA = "CARD_TRACK_DATA"


class Category(StrEnum, metaclass=_QuietEnumType):
    """JR/T 0171-2020 personal financial information categories, C3 the most sensitive."""

    C1 = "C1"
    C2 = "C2"
    C3 = "C3"

    @classmethod
    def _missing_(cls, value: object) -> Category:
        from cnpii.errors import ArgumentError

        raise ArgumentError("not a JR/T 0171 category (C1, C2 or C3)")

    @property
    def rank(self) -> int:
        return int(self.value[1])


#: JR/T 0197-2020 level for each JR/T 0171 category. The C3->4, C2->3, C1->2 linkage is the
#: one repeated across Chinese practice; the standard's own table was not available to confirm it.
_LEVEL = {Category.C1: 2, Category.C2: 3, Category.C3: 4}


def level_for_category(category: Category | str) -> int:
    """The JR/T 0197 level (1-5) of a JR/T 0171 category.

    >>> level_for_category("C3")
    4
    """
    return _LEVEL[Category(category)]


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """Sensitivity facts about one entity."""

    entity: Entity
    category: Category
    level: int
    name_zh: str
    name_en: str
    #: which JR/T 0171 information type it belongs to (账户/鉴别/身份/...)
    info_type: str


def _row(entity: Entity, cat: str, zh: str, en: str, kind: str) -> EntityInfo:
    category = Category(cat)
    return EntityInfo(entity, category, level_for_category(category), zh, en, kind)


_E = Entity
#: The single table later modules (classification, policies, audit) read.
ENTITY_INFO: Mapping[Entity, EntityInfo] = MappingProxyType(
    {
        row.entity: row
        for row in (
            _row(_E.PERSON, "C2", "姓名", "person name", "个人身份信息"),
            _row(_E.CN_RESIDENT_ID, "C2", "居民身份证号码", "resident ID number", "个人身份信息"),
            _row(_E.CN_MOBILE_PHONE, "C2", "手机号码", "mobile number", "个人身份信息"),
            _row(_E.CN_LANDLINE_PHONE, "C2", "固定电话", "landline number", "个人身份信息"),
            _row(_E.CN_BANK_CARD, "C2", "银行卡号", "bank card number", "账户信息"),
            _row(_E.EMAIL_ADDRESS, "C2", "电子邮箱", "e-mail address", "个人身份信息"),
            _row(_E.CN_ADDRESS, "C2", "住址", "address", "个人身份信息"),
            _row(_E.CN_PASSPORT, "C2", "护照号码", "passport number", "个人身份信息"),
            _row(_E.CN_HK_MACAU_PERMIT, "C2", "港澳通行证号码", "HK/Macau permit number", "个人身份信息"),
            _row(_E.CN_TAIWAN_PERMIT, "C2", "台湾通行证号码", "Taiwan permit number", "个人身份信息"),
            _row(_E.CN_BANK_ACCOUNT, "C2", "银行账号", "bank account number", "账户信息"),
            # A USCC names an organisation; for sole traders it points at a person, so it is
            # graded with the institution-internal C1 information, not with personal identifiers.
            _row(_E.CN_USCC, "C1", "统一社会信用代码", "unified social credit code", "其他"),
            _row(_E.CN_LICENSE_PLATE, "C2", "车牌号码", "licence plate", "财产信息"),
            _row(_E.IP_ADDRESS, "C1", "IP地址", "IP address", "其他"),
            _row(_E.CARD_CVV, "C3", "卡验证码", "card verification value", "鉴别信息"),
            _row(_E.CARD_EXPIRY, "C3", "卡有效期", "card expiry date", "鉴别信息"),
            _row(_E.PASSWORD, "C3", "密码", "password or PIN", "鉴别信息"),
            _row(_E.CARD_TRACK_DATA, "C3", "磁道信息", "card track data", "鉴别信息"),
        )
    }
)


def info(entity: Entity | str) -> EntityInfo:
    """Sensitivity facts for an entity (by member or by its stable name).

    >>> info("PERSON").name_zh
    '姓名'
    """
    return ENTITY_INFO[Entity(entity)]
