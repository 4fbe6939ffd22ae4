"""Keyed operators with real identifiers and keyrings: synthetic, tokenize; Presidio adapters."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import InvalidParamError, OperatorConfig, RecognizerResult

from cnpii.entities import Entity
from cnpii.errors import MissingKey
from cnpii.identifiers import BY_ENTITY
from cnpii.masking import mask, mask_frame
from cnpii.operators import OPERATORS, Context, build
from cnpii.operators.presidio_ops import operators
from cnpii.policy import Policy
from cnpii.tokenization import Keyring, Tokenizer

KEY = b"0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize("entity", sorted(BY_ENTITY, key=str))
def test_synthetic_identifiers_have_valid_check_digits_and_are_deterministic(entity: Entity) -> None:
    module = BY_ENTITY[entity]
    rng = random.Random(str(entity))
    op = build("synthetic")
    ctx = Context(entity=entity, keyring=KEY)
    for _ in range(20):
        value = module.generate(rng)
        fake = op.apply(value, ctx)
        assert fake != value
        assert module.is_valid(fake), f"synthetic {entity} does not validate"
        assert fake == op.apply(value, ctx), "deterministic under one key"
    other = Context(entity=entity, keyring=b"another 32 byte key for the test")
    values = [module.generate(rng) for _ in range(10)]
    assert [op.apply(v, ctx) for v in values] != [op.apply(v, other) for v in values]


def test_synthetic_keeps_grouping_and_same_value_in_another_layout_maps_alike() -> None:
    op = build("synthetic")
    ctx = Context(entity=Entity.CN_MOBILE_PHONE, keyring=KEY)
    spaced = op.apply("138 1234 5678", ctx)
    assert spaced[3] == " " and spaced[8] == " "
    assert spaced.replace(" ", "") == op.apply("13812345678", ctx)


def test_synthetic_names_emails_addresses_and_other_shapes() -> None:
    op = build("synthetic")
    name = op.apply("欧阳娜娜", Context(entity=Entity.PERSON, keyring=KEY))
    assert 2 <= len(name) <= 3 and name != "欧阳娜娜"
    email = op.apply("zhang@bank.cn", Context(entity=Entity.EMAIL_ADDRESS, keyring=KEY))
    assert "@example." in email
    addr = op.apply("北京市海淀区马连洼街道289号", Context(entity=Entity.CN_ADDRESS, keyring=KEY))
    assert addr.endswith("号") and addr != "北京市海淀区马连洼街道289号"
    cvv = op.apply("123", Context(entity=Entity.CARD_CVV, keyring=KEY))
    assert len(cvv) == 3 and cvv.isdigit() and cvv != "123"


def test_keyring_object_works_for_keyed_operators() -> None:
    kr = Keyring.generate()
    out = build("hmac").apply("13812345678", Context(keyring=kr))
    assert len(out) == 16
    assert out == build("hmac").apply("13812345678", Context(keyring=kr))
    assert out != build("hmac").apply("13812345678", Context(keyring=Keyring.generate()))


def test_tokenize_is_reversible_through_the_tokenizer() -> None:
    kr = Keyring.generate()
    policy = Policy.load({"rules": [{"class": "C2", "operator": "tokenize"}]}, keyring=kr)
    df = pd.DataFrame({"sjh": ["13812345678", None, "13912345678"],
                       "sfzh": ["11010519491231002X", "11010519491231002X", None]})
    out = mask_frame(df, policy)
    assert out["sjh"].isna().tolist() == [False, True, False]
    assert out.at[0, "sfzh"] == out.at[1, "sfzh"], "deterministic tokens keep joins"
    assert "13812345678" not in out["sjh"].tolist()

    class Sink:
        def emit(self, event: object) -> None:
            pass

    tok = Tokenizer(kr, grants={"auditor": {"CN_MOBILE_PHONE": ["investigation"]}}, audit=Sink())
    back = tok.detokenize(out.at[0, "sjh"], "CN_MOBILE_PHONE", actor="t", role="auditor",
                          purpose="investigation")
    assert back == "13812345678", "the token turns back into the original"
    text = mask("手机13812345678", policy)
    assert text == "手机" + out.at[0, "sjh"], "text and table tokens agree"


def test_tokenize_needs_a_keyring_object() -> None:
    with pytest.raises(MissingKey, match="needs a key"):
        Policy.load({"rules": [{"class": "C2", "operator": "tokenize"}]})
    with pytest.raises(MissingKey, match="cnpii.Keyring"):
        Policy.load({"rules": [{"class": "C2", "operator": "tokenize"}]}, keyring=KEY)


def test_every_operator_works_in_presidio() -> None:
    engine = AnonymizerEngine()
    classes = operators()
    assert {c().operator_name() for c in classes} == {f"cnpii_{n}" for n in OPERATORS}
    for cls in classes:
        engine.add_anonymizer(cls)
    text = "客户欧阳娜娜手机13812345678"
    results = [RecognizerResult("PERSON", 2, 6, 0.9), RecognizerResult("CN_MOBILE_PHONE", 8, 19, 0.9)]
    kr = Keyring.generate()
    cases = {
        "cnpii_keep": ({"first": "surname"}, {"first": 3, "last": 4}, "客户欧阳**手机138****5678"),
        "cnpii_mask_range": ({}, {"start": 3, "end": 7}, "客户****手机138****5678"),
        "cnpii_redact": ({}, {}, "客户手机"),
        "cnpii_replace": ({"label": "zh"}, {}, "客户[姓名]手机<CN_MOBILE_PHONE>"),
        "cnpii_suppress": ({}, {}, "客户手机"),
        "cnpii_generalize": ({}, {}, "客户****手机***********"),
    }
    for name, (p_person, p_phone, expected) in cases.items():
        res = engine.anonymize(text, results, {"PERSON": OperatorConfig(name, p_person),
                                               "CN_MOBILE_PHONE": OperatorConfig(name, p_phone)})
        assert res.text == expected, name
    for name in ("cnpii_hmac", "cnpii_synthetic", "cnpii_tokenize"):
        res = engine.anonymize(text, results, {"DEFAULT": OperatorConfig(name, {"keyring": kr})})
        assert "13812345678" not in res.text and "欧阳娜娜" not in res.text, name
        with pytest.raises(InvalidParamError):
            engine.anonymize(text, results, {"DEFAULT": OperatorConfig(name, {})})
    with pytest.raises(InvalidParamError):
        engine.anonymize(text, results, {"DEFAULT": OperatorConfig("cnpii_keep", {"lst": 1})})
