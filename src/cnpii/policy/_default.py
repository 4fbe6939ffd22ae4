"""The default policy: the bank display convention, and profiles for roles and purposes.

Display numbers follow the common Chinese bank convention (standards.md §1.5, §5): card
first 6 + last 4, mobile first 3 + last 4, resident ID first 1 + last 1, the name keeps the
surname, the address keeps up to the district, the e-mail keeps its first character and the
domain. C3 authentication data (CVV, PIN/password, track data, expiry) is suppressed: removed,
never shown masked. JR/T 0171 Annex A's own numbers were not confirmed (standards.md §9).
"""

from __future__ import annotations

from typing import Any

__all__ = ["default_data", "column_rules", "CLASS_OPERATORS"]


def _keep(entity: str, first: Any, last: int = 0, **extra: Any) -> dict[str, Any]:
    params: dict[str, Any] = {"first": first}
    if last:
        params["last"] = last
    params.update(extra)
    return {"entity": entity, "operator": "keep", "params": params}


#: the display convention (the base rules)
DISPLAY = [
    _keep("CN_BANK_CARD", 6, 4),
    _keep("CN_BANK_ACCOUNT", 6, 4),
    _keep("CN_MOBILE_PHONE", 3, 4, prefixes=["+86", "0086", "86"]),
    _keep("CN_LANDLINE_PHONE", 4, 2),
    _keep("CN_RESIDENT_ID", 1, 1),
    _keep("PERSON", "surname"),
    _keep("CN_ADDRESS", "district"),
    _keep("EMAIL_ADDRESS", 1, keep_after="@"),
    _keep("CN_PASSPORT", 1, 2),
    _keep("CN_HK_MACAU_PERMIT", 1, 2),
    _keep("CN_TAIWAN_PERMIT", 1, 2),
    _keep("CN_USCC", 8, 2),
    _keep("CN_LICENSE_PLATE", 2, 1),
    _keep("IP_ADDRESS", 3),
    # C3: authentication data is removed, never shown masked
    {"class": "C3", "operator": "suppress"},
    # anything else that is personal information: masked whole
    {"class": "C2", "operator": "mask_range"},
    {"class": "C1", "operator": "mask_range"},
]

_LABEL = {"operator": "replace", "params": {"label": "zh"}}


def default_data(with_keys: bool) -> tuple[dict[str, Any], list[str]]:
    """The default policy as data, and the names of profiles left out for want of a key."""
    profiles: dict[str, Any] = {
        "teller": {
            "role": "teller",
            "note": "counter staff verify documents: more of the resident ID is shown",
            "rules": [_keep("CN_RESIDENT_ID", 6, 4)],
        },
        "customer_service": {
            "role": "customer_service",
            "note": "phone staff confirm the tail only (尾号)",
            "rules": [
                {"entity": "CN_BANK_CARD", "operator": "keep", "params": {"last": 4, "first": 0}},
                {"entity": "CN_BANK_ACCOUNT", "operator": "keep", "params": {"last": 4, "first": 0}},
                {"entity": "CN_MOBILE_PHONE", "operator": "keep", "params": {"last": 4, "first": 0}},
                {"entity": "CN_ADDRESS", "operator": "generalize",
                 "params": {"kind": "address", "level": "city"}},
            ],
        },
        "external_share": {
            "purpose": "external_share",
            "note": "data leaving the bank: labels only, addresses to the province",
            "rules": [
                {"entity": "CN_ADDRESS", "operator": "generalize",
                 "params": {"kind": "address", "level": "province"}},
                {"class": "C2", **_LABEL},
                {"class": "C1", **_LABEL},
            ],
        },
        "partner": {
            "role": "partner",
            "extends": "external_share",
            "note": "partners get what is shared externally, whatever the stated purpose",
        },
    }
    keyed = {
        "analytics": {
            "purpose": "analytics",
            "note": "keyed hashes keep joins and counts; addresses to the city",
            "rules": [
                {"entity": "PERSON", "operator": "hmac", "params": {"length": 16}},
                {"entity": "CN_ADDRESS", "operator": "generalize",
                 "params": {"kind": "address", "level": "city"}},
                {"class": "C2", "operator": "hmac", "params": {"length": 16}},
                {"class": "C1", "operator": "hmac", "params": {"length": 16}},
            ],
        },
        "analyst": {
            "role": "analyst",
            "extends": "analytics",
            "note": "analysts work on analytics data whatever the stated purpose",
        },
        "test_data": {
            "purpose": "test_data",
            "note": "synthetic values of the same format with valid check digits",
            "rules": [{"class": "C2", "operator": "synthetic"},
                      {"class": "C1", "operator": "synthetic"}],
        },
    }
    if with_keys:
        profiles.update(keyed)
        left_out: list[str] = []
    else:
        left_out = list(keyed)
    data = {"version": 1, "name": "cnpii default (bank display convention)",
            "rules": DISPLAY, "profiles": profiles}
    return data, left_out


#: the starting operator for a column of a sensitive class (Policy.from_classification); other
#: C2/C3 classes get their category's rule (C2 masked whole, C3 suppressed)
CLASS_OPERATORS: dict[str, dict[str, Any]] = {
    "amount": {"operator": "generalize", "params": {"kind": "amount"}},
    "income": {"operator": "generalize", "params": {"kind": "amount"}},
    "credit_limit": {"operator": "generalize", "params": {"kind": "amount"}},
    "birth_date": {"operator": "generalize", "params": {"kind": "birth_date"}},
}


def column_rules(result: Any) -> list[dict[str, Any]]:
    """Column rules for the graded columns of a classification (C1 columns get none)."""
    rules: list[dict[str, Any]] = []
    for c in result.columns.values():
        if c.kind == "identifier" and c.entity is not None:
            rules.append({"column": c.column, "entity": str(c.entity)})
        elif c.kind == "class" and str(c.category) != "C1":
            op = CLASS_OPERATORS.get(c.label) or (
                {"operator": "suppress"} if str(c.category) == "C3" else {"operator": "mask_range"})
            rules.append({"column": c.column, **op})
    return rules
