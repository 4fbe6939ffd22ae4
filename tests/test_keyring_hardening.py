"""#11 "Keys and audit": a keyring refuses duplicate versions, key ids tokens cannot carry and
keys of the wrong type or size, with a typed error that never quotes key material."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii import Keyring, Tokenizer
from cnpii.audit import MemorySink
from cnpii.errors import ArgumentError, CnpiiError, KeyringError

GOOD = bytes(range(32))
ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def _doc(entries: list[dict[str, Any]], **extra: Any) -> str:
    return json.dumps({"format": "cnpii-keyring/1", "keys": entries, **extra})


def _entry(version: Any, key: bytes = GOOD, **extra: Any) -> dict[str, Any]:
    return {"version": version, "key": base64.b64encode(key).decode(), **extra}


def test_duplicate_versions_are_refused() -> None:
    with pytest.raises(KeyringError, match="repeats a key version"):
        Keyring.from_json(_doc([_entry(1), _entry(1, bytes(range(1, 33)))]))
    raw = ('{"keys": [{"version": 1, "key": "%s", "key": "%s"}]}'
           % (base64.b64encode(GOOD).decode(), base64.b64encode(bytes(32)).decode()))
    with pytest.raises(KeyringError, match="repeats a key"):
        Keyring.from_json(raw)  # the same entry twice under one name: which key is it?


@pytest.mark.parametrize("version", ["1", 1.0, True, 0, -3, None])
def test_versions_are_positive_integers(version: Any) -> None:
    with pytest.raises(KeyringError):
        Keyring.from_json(_doc([_entry(version)]))
    with pytest.raises(KeyringError):
        Keyring({version: GOOD})


@pytest.mark.parametrize("material", [b"", bytes(16), bytes(31), bytes(33), bytes(64)])
def test_keys_of_the_wrong_size_are_refused(material: bytes) -> None:
    with pytest.raises(KeyringError, match="32 bytes"):
        Keyring({1: material})
    with pytest.raises(KeyringError, match="32 bytes"):
        Keyring.from_json(_doc([_entry(1, material)]))


@pytest.mark.parametrize("material", ["0" * 32, 12345, None, [0] * 32, memoryview(GOOD)])
def test_keys_of_the_wrong_type_are_refused(material: Any) -> None:
    with pytest.raises(KeyringError) as exc:
        Keyring({1: material})
    assert isinstance(exc.value, CnpiiError) and "0000" not in str(exc.value)


def test_a_keyring_needs_a_mapping_and_an_integer_active_version() -> None:
    with pytest.raises((KeyringError, ArgumentError)):  # the argument checker or the keyring
        Keyring([GOOD])  # type: ignore[arg-type]
    with pytest.raises((KeyringError, ArgumentError)):
        Keyring.from_json(_doc([_entry(1)], active="1"))


_OK_ID = st.text(alphabet=ID_CHARS, min_size=1, max_size=32)
_BAD_ID = st.one_of(
    st.just(""), st.text(alphabet=ID_CHARS, min_size=33, max_size=60),
    st.builds(lambda a, c, b: a + c + b, st.text(alphabet=ID_CHARS, max_size=10),
              st.characters(blacklist_characters=ID_CHARS), st.text(alphabet=ID_CHARS, max_size=10))
    .filter(lambda s: len(s) <= 32))


@settings(max_examples=60, deadline=None)
@given(_BAD_ID)
def test_key_ids_tokens_cannot_carry_are_refused(kid: str) -> None:
    with pytest.raises(KeyringError, match="key id"):
        Keyring({1: GOOD}, ids={1: kid})
    with pytest.raises(KeyringError):
        Keyring.from_json(_doc([_entry(1, id=kid)]))


@settings(max_examples=30, deadline=None)
@given(_OK_ID)
def test_every_accepted_key_id_round_trips_through_an_opaque_token(kid: str) -> None:
    kr = Keyring({1: GOOD}, ids={1: kid})
    tok = Tokenizer(kr, grants={"ops": {"CN_BANK_CARD": ["test"]}}, audit=MemorySink())
    token = tok.tokenize("6222021234567890128", "CN_BANK_CARD", opaque=True)
    assert re.search(re.escape(":" + kid + "."), token)
    assert tok.detokenize(token, "CN_BANK_CARD", actor="t", role="ops",
                          purpose="test") == "6222021234567890128"
    again = Keyring.from_json(kr.to_json())
    assert again.key_id(1) == kid
