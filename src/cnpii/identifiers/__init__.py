"""Validators for Chinese identifiers: pure functions, no heavy imports.

Every module has the same functions: ``compact``, ``validate``, ``is_valid``, ``format``,
``mask`` and ``generate``. :data:`BY_ENTITY` maps a :class:`cnpii.Entity` to its module.

>>> from cnpii.identifiers import resident_id, bank_card
>>> resident_id.is_valid("11010519491231002X")
True
>>> bank_card.is_valid("6222 0212 3456 7890 128")
True
>>> bank_card.is_valid("6222 0212 3456 7890 127")   # one digit changed: Luhn fails
False
"""

from __future__ import annotations

from types import MappingProxyType, ModuleType
from typing import Mapping

from cnpii.entities import Entity
from cnpii.identifiers import (
    bank_account,
    bank_card,
    hk_macau_permit,
    landline_phone,
    license_plate,
    mobile_phone,
    passport,
    resident_id,
    taiwan_permit,
    uscc,
)

__all__ = [
    "bank_account", "bank_card", "hk_macau_permit", "landline_phone", "license_plate",
    "mobile_phone", "passport", "resident_id", "taiwan_permit", "uscc",
    "MODULES", "BY_ENTITY", "module_for",
]

#: identifier modules by their name (the names ``id_type`` fields and policies use)
MODULES: Mapping[str, ModuleType] = MappingProxyType({
    m.__name__.rsplit(".", 1)[1]: m
    for m in (resident_id, mobile_phone, landline_phone, bank_card, bank_account, uscc,
              passport, hk_macau_permit, taiwan_permit, license_plate)
})

#: the module that validates each entity (entities without a validator are absent)
BY_ENTITY: Mapping[Entity, ModuleType] = MappingProxyType({
    Entity.CN_RESIDENT_ID: resident_id,
    Entity.CN_MOBILE_PHONE: mobile_phone,
    Entity.CN_LANDLINE_PHONE: landline_phone,
    Entity.CN_BANK_CARD: bank_card,
    Entity.CN_BANK_ACCOUNT: bank_account,
    Entity.CN_USCC: uscc,
    Entity.CN_PASSPORT: passport,
    Entity.CN_HK_MACAU_PERMIT: hk_macau_permit,
    Entity.CN_TAIWAN_PERMIT: taiwan_permit,
    Entity.CN_LICENSE_PLATE: license_plate,
})


def module_for(name: str | Entity) -> ModuleType:
    """The identifier module for a module name (``"resident_id"``) or an entity.

    >>> module_for("CN_USCC").__name__
    'cnpii.identifiers.uscc'
    """
    if name in MODULES:
        return MODULES[str(name)]
    return BY_ENTITY[Entity(name)]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["module_for"])  # cnpii._args: typed, quiet errors (issue 11)
