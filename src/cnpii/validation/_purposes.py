"""The canonical customer record and the purposes it is collected for.

A :class:`Purpose` says which fields must be present, which fields may be collected at all
(minimum necessary: anything else is rejected by a schema bound to the purpose) and the age
bounds of the product.

>>> PURPOSES["account_opening"].required
('name', 'id_type', 'id_number', 'id_expiry', 'mobile', 'address', 'occupation')
>>> get_purpose("account_opening").min_age, get_purpose("account_opening").max_age
(16, 120)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from cnpii.entities import Entity
from cnpii.errors import UnknownSchema

__all__ = ["FIELDS", "FIELD_ENTITIES", "ID_TYPES", "Purpose", "PURPOSES", "DEFAULT_PURPOSE", "get_purpose",
           "GENDERS", "INCOME_BANDS", "RISK_LEVELS", "LONG_TERM"]

#: the canonical customer record, in order
FIELDS: tuple[str, ...] = (
    "name", "id_type", "id_number", "id_expiry", "birth_date", "gender", "nationality",
    "mobile", "landline", "email", "address", "bank_card",
    "occupation", "annual_income_band", "risk_level",
)

#: the entity each identifying field holds: ``cnpii validate`` maps a column onto a field when its
#: name suggests that entity (the inference ``cnpii mask`` uses, ``cnpii.masking.entity_from_name``)
FIELD_ENTITIES: Mapping[str, Entity] = MappingProxyType({
    "name": Entity.PERSON, "id_number": Entity.CN_RESIDENT_ID, "mobile": Entity.CN_MOBILE_PHONE,
    "landline": Entity.CN_LANDLINE_PHONE, "email": Entity.EMAIL_ADDRESS,
    "address": Entity.CN_ADDRESS, "bank_card": Entity.CN_BANK_CARD,
})

#: values of ``id_type``: the identifier modules that validate each document
ID_TYPES: tuple[str, ...] = ("resident_id", "passport", "hk_macau_permit", "taiwan_permit")

#: accepted gender values -> ``"M"``/``"F"`` (GB/T 2261.1 codes 1 and 2, Chinese, English)
GENDERS: Mapping[str, str] = MappingProxyType({
    "M": "M", "F": "F", "MALE": "M", "FEMALE": "F", "男": "M", "女": "F", "1": "M", "2": "F",
})

#: annual income bands (code -> Chinese label); the Chinese label is accepted too
INCOME_BANDS: Mapping[str, str] = MappingProxyType({
    "under_50k": "5万元以下", "50k_100k": "5万-10万元", "100k_300k": "10万-30万元",
    "300k_1m": "30万-100万元", "over_1m": "100万元以上",
})

#: investor risk levels C1 (conservative) to C5 (aggressive), with their Chinese names
RISK_LEVELS: Mapping[str, str] = MappingProxyType({
    "C1": "保守型", "C2": "谨慎型", "C3": "稳健型", "C4": "积极型", "C5": "激进型",
})

#: ``id_expiry`` values meaning the document does not expire (IDs issued after age 46)
LONG_TERM: frozenset[str] = frozenset({"长期", "长期有效", "永久", "LONG-TERM", "LONGTERM",
                                       "PERMANENT", "9999-12-31", "99991231"})


@dataclass(frozen=True)
class Purpose:
    """Why the data is collected: required fields, allowed fields and age bounds.

    >>> p = Purpose("marketing", required=("name", "mobile"), declared=("name", "mobile"),
    ...             min_age=18, max_age=None)
    >>> "email" in p.declared
    False
    """

    name: str
    #: fields that must be present and non-blank
    required: tuple[str, ...]
    #: fields this purpose may collect; a schema bound to it rejects every other column
    declared: tuple[str, ...] = FIELDS
    #: inclusive age bounds in whole years (``None``: no bound)
    min_age: int | None = 16
    max_age: int | None = 120
    description: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, object]:
        """Plain data (lists, ints), for schemas that serialise to YAML or JSON."""
        return {"name": self.name, "required": list(self.required), "declared": list(self.declared),
                "min_age": self.min_age, "max_age": self.max_age}

    def __post_init__(self) -> None:
        unknown = [f for f in (*self.required, *self.declared) if f not in FIELDS]
        if unknown:
            raise UnknownSchema("a purpose names a field that is not in the customer record")
        if any(f not in self.declared for f in self.required):
            raise UnknownSchema("a purpose requires a field it does not declare")


#: built-in purposes; pass a :class:`Purpose` of your own anywhere a purpose name is accepted
PURPOSES: Mapping[str, Purpose] = MappingProxyType({
    "account_opening": Purpose(
        "account_opening",
        required=("name", "id_type", "id_number", "id_expiry", "mobile", "address", "occupation"),
        description="Debit account opening (个人银行结算账户开立): ages 16 to 120."),
    "wealth_management": Purpose(
        "wealth_management",
        required=("name", "id_type", "id_number", "id_expiry", "mobile", "address", "occupation",
                  "annual_income_band", "risk_level"),
        min_age=18,
        description="Wealth-management products: adults, with income and risk assessment."),
    "marketing_contact": Purpose(
        "marketing_contact",
        required=("name", "mobile"),
        declared=("name", "mobile", "email"),
        min_age=None, max_age=None,
        description="Marketing contact list: a name and a way to reach the customer, no more."),
})

DEFAULT_PURPOSE = "account_opening"


def get_purpose(purpose: str | Purpose | Mapping[str, object] | None) -> Purpose:
    """A purpose by name (``None``: account opening), the given :class:`Purpose` itself, or one
    rebuilt from :meth:`Purpose.to_dict`.

    >>> get_purpose("lottery")
    Traceback (most recent call last):
    ...
    cnpii.errors.UnknownSchema: unknown schema or purpose
    """
    if isinstance(purpose, Purpose):
        return purpose
    if isinstance(purpose, Mapping):  # a serialised Purpose (see Purpose.to_dict)
        try:
            spec = dict(purpose)
            for key in ("required", "declared"):
                if key in spec:
                    spec[key] = tuple(spec[key])
            return Purpose(**spec)
        except TypeError:
            raise UnknownSchema() from None
    name = DEFAULT_PURPOSE if purpose is None else purpose
    try:
        return PURPOSES[name]
    except (KeyError, TypeError):
        raise UnknownSchema() from None
