from __future__ import annotations

import pickle

import pytest

import cnpii
from cnpii import errors
from cnpii.entities import ENTITY_INFO, Category, Entity, info, level_for_category

STABLE_NAMES = [
    "PERSON", "CN_RESIDENT_ID", "CN_MOBILE_PHONE", "CN_LANDLINE_PHONE", "CN_BANK_CARD",
    "EMAIL_ADDRESS", "CN_ADDRESS", "CN_PASSPORT", "CN_HK_MACAU_PERMIT", "CN_TAIWAN_PERMIT",
    "CN_BANK_ACCOUNT", "CN_USCC", "CN_LICENSE_PLATE", "IP_ADDRESS", "CARD_CVV", "CARD_EXPIRY",
    "PASSWORD", "CARD_TRACK_DATA",
]


def test_entity_names_are_the_stable_list() -> None:
    assert [e.name for e in Entity] == STABLE_NAMES
    assert all(e.value == e.name and str(e) == e.name for e in Entity)


def test_every_entity_has_one_sensitivity_row() -> None:
    assert set(ENTITY_INFO) == set(Entity)
    for entity, row in ENTITY_INFO.items():
        assert row.entity is entity
        assert row.level == level_for_category(row.category)
        assert 1 <= row.level <= 5


def test_authentication_data_is_c3_and_identifiers_c2() -> None:
    for name in ("CARD_CVV", "CARD_EXPIRY", "PASSWORD", "CARD_TRACK_DATA"):
        assert info(name).category is Category.C3 and info(name).level == 4
    for name in ("CN_RESIDENT_ID", "CN_BANK_CARD", "CN_MOBILE_PHONE", "CN_ADDRESS"):
        assert info(name).category is Category.C2 and info(name).level == 3
    assert Category.C3.rank > Category.C2.rank > Category.C1.rank


def test_unknown_entity_is_rejected() -> None:
    with pytest.raises(ValueError):
        info("CN_SOCIAL_SECURITY")


def test_error_tree() -> None:
    for cls in (errors.InvalidFormat, errors.InvalidLength, errors.InvalidChecksum,
                errors.InvalidComponent):
        assert issubclass(cls, errors.ValidationError)
    assert issubclass(errors.ValidationError, ValueError)
    assert issubclass(errors.ValidationError, errors.CnpiiError)
    for name in dir(errors):
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception) and obj.__module__ == errors.__name__:
            assert issubclass(obj, errors.CnpiiError), f"{name} is outside the CnpiiError tree"


def test_errors_pickle_and_keep_their_message() -> None:
    exc = errors.InvalidChecksum()
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is errors.InvalidChecksum and back.message == exc.message
    assert repr(exc) == "InvalidChecksum('the check digit does not match')"


def test_public_api_lists_its_names() -> None:
    for name in ("Entity", "Category", "CnpiiError", "ValidationError"):
        assert name in cnpii.__all__ and hasattr(cnpii, name)
    with pytest.raises(AttributeError):
        cnpii.no_such_name  # noqa: B018
