"""Policies: loading, validation errors with file and line, precedence, profiles, keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnpii.entities import ENTITY_INFO, Category, Entity
from cnpii.errors import MissingKey, PolicyError
from cnpii.policy import Policy, Rule

KEY = b"0123456789abcdef0123456789abcdef"

POLICY_YAML = """\
name: precedence test
rules:
  - class: C2
    operator: replace
    params: {value: BASE-CLASS}
  - entity: CN_MOBILE_PHONE
    operator: replace
    params: {value: BASE-ENTITY}
  - column: sjh
    operator: replace
    params: {value: BASE-COLUMN}
profiles:
  analytics:
    purpose: analytics
    rules:
      - class: C2
        operator: replace
        params: {value: CHILD-CLASS}
  analyst:
    role: analyst
    extends: analytics
    rules:
      - entity: PERSON
        operator: replace
        params: {value: GRANDCHILD-ENTITY}
  analyst_share:
    role: analyst
    purpose: external_share
    rules: []
"""


@pytest.fixture()
def policy(tmp_path: Path) -> Policy:
    path = tmp_path / "p.yaml"
    path.write_text(POLICY_YAML, encoding="utf-8")
    return Policy.load(path)


def _out(resolved, entity=None, column=None) -> str:
    return resolved.apply("13812345678", entity, column)


def test_precedence_within_a_profile_column_over_entity_over_class(policy: Policy) -> None:
    base = policy.resolve()
    assert _out(base, "CN_MOBILE_PHONE", "sjh") == "BASE-COLUMN"
    assert _out(base, "CN_MOBILE_PHONE", "other") == "BASE-ENTITY"
    assert _out(base, "CN_RESIDENT_ID") == "BASE-CLASS"


def test_precedence_specific_profile_over_the_one_it_extends(policy: Policy) -> None:
    child = policy.resolve(purpose="analytics")
    # the child's class rule beats the base's entity and column rules
    assert _out(child, "CN_MOBILE_PHONE", "sjh") == "CHILD-CLASS"
    assert _out(child, "CN_MOBILE_PHONE") == "CHILD-CLASS"
    grandchild = policy.resolve(role="analyst", purpose="analytics")
    assert grandchild.profile == "analyst"
    assert _out(grandchild, "PERSON") == "GRANDCHILD-ENTITY"
    assert _out(grandchild, "CN_RESIDENT_ID") == "CHILD-CLASS"  # inherited from analytics
    # a profile with no rules falls through to the base
    assert _out(policy.resolve(role="analyst", purpose="external_share"), "CN_MOBILE_PHONE") == \
        "BASE-ENTITY"


def test_profile_choice_prefers_role_and_purpose_then_role_then_purpose(policy: Policy) -> None:
    assert policy.profile_for(role="analyst", purpose="external_share").name == "analyst_share"
    assert policy.profile_for(role="analyst", purpose="display").name == "analyst"
    assert policy.profile_for(purpose="analytics").name == "analytics"
    assert policy.profile_for() is None
    with pytest.raises(PolicyError, match="no profile"):
        policy.resolve(role="teler")  # a typo never falls back to weaker rules


def test_unmatched_entity_is_masked_whole(policy: Policy) -> None:
    p = Policy.load({"rules": [{"entity": "PERSON", "operator": "keep", "params": {"first": 1}}]})
    assert p.resolve().apply("13812345678", "CN_MOBILE_PHONE") == "***********"


@pytest.mark.parametrize(("doc", "line", "fragment"), [
    ("rules:\n  - entity: NOPE\n    operator: keep\n", 2, "unknown entity 'NOPE'"),
    ("rules:\n  - entity: PERSON\n    operator: kep\n", 3, "unknown operator 'kep'"),
    ("rules:\n  - entity: PERSON\n    operator: keep\n    params:\n      first: 1\n      lst: 2\n",
     6, "no parameter 'lst'"),
    ("rules:\n  - class: C4\n    operator: redact\n", 2, "class must be C1, C2 or C3"),
    ("rules:\n  - operator: redact\n", 2, "needs one of 'column', 'entity' or 'class'"),
    ("rules:\n  - entity: PERSON\n", 2, "needs an 'operator'"),
    ("rules:\n  - entity: PERSON\n    class: C2\n    operator: redact\n", 2, "cannot also"),
    ("rules: []\nprofiles:\n  a: {purpose: x, extends: b}\n  b: {purpose: y, extends: a}\n",
     3, "extends itself"),
    ("rules: []\nprofiles:\n  a:\n    purpose: x\n    extends: zz\n", 3, "unknown profile 'zz'"),
    ("rules: []\nprofiles:\n  a: {purpose: x}\n  b: {purpose: x}\n", 4, "same role and purpose"),
    ("rulez: []\n", 1, "unknown key 'rulez'"),
    ("rules: [\n", 2, "not valid YAML"),
    ("rules:\n  - entity: PERSON\n    operator: keep\n    operator: redact\n", 4, "duplicate key"),
])
def test_errors_name_file_line_and_problem(tmp_path: Path, doc: str, line: int, fragment: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(doc, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        Policy.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert fragment in message


def test_dict_errors_name_the_rule() -> None:
    with pytest.raises(PolicyError, match=r"policy \(dict\): rules\[1\]\.operator: unknown"):
        Policy.load({"rules": [{"class": "C3", "operator": "redact"},
                               {"entity": "PERSON", "operator": "x"}]})


def test_keyed_operator_without_keyring_fails_at_load(tmp_path: Path) -> None:
    doc = "rules:\n  - class: C3\n    operator: redact\nprofiles:\n  a:\n    purpose: analytics\n" \
          "    rules:\n      - class: C2\n        operator: hmac\n"
    path = tmp_path / "k.yaml"
    path.write_text(doc, encoding="utf-8")
    with pytest.raises(MissingKey, match=rf"{path}:8: operator 'hmac' needs a key"):
        Policy.load(path)
    p = Policy.load(path, keyring=KEY)
    assert p.needs_key
    out = p.resolve(purpose="analytics").apply("13812345678", "CN_MOBILE_PHONE")
    assert out is not None and len(out) == 16 and "5678" not in out


def test_default_policy_is_the_bank_display_convention() -> None:
    r = Policy.default().resolve()
    assert r.apply("6222021234567890128", "CN_BANK_CARD") == "622202*********0128"
    assert r.apply("13812345678", "CN_MOBILE_PHONE") == "138****5678"
    assert r.apply("11010519491231002X", "CN_RESIDENT_ID") == "1****************X"
    assert r.apply("张三", "PERSON") == "张*"
    assert r.apply("欧阳娜娜", "PERSON") == "欧阳**"
    assert r.apply("北京市海淀区马连洼街道289号", "CN_ADDRESS") == "北京市海淀区*********"
    assert r.apply("zhangsan@example.com", "EMAIL_ADDRESS") == "z*******@example.com"


def test_default_policy_removes_every_c3_entity_never_masks_it() -> None:
    r = Policy.default().resolve()
    c3 = [e for e, i in ENTITY_INFO.items() if i.category == Category.C3]
    assert {Entity.CARD_CVV, Entity.PASSWORD, Entity.CARD_TRACK_DATA, Entity.CARD_EXPIRY} <= set(c3)
    for entity in c3:
        assert r.apply("123", entity) is None, f"{entity} must be removed"
    # and in every key-free profile too
    for role in ("teller", "customer_service", "partner"):
        for entity in c3:
            assert Policy.default().resolve(role=role).apply("123", entity) is None


def test_default_policy_covers_every_entity_without_passing_values_through() -> None:
    r = Policy.default().resolve()
    for entity in Entity:
        out = r.apply("A1B2C3D4E5", entity)
        assert out != "A1B2C3D4E5", f"{entity} passed through"


def test_default_profiles() -> None:
    p = Policy.default()
    assert p.resolve(role="customer_service").apply("6222021234567890128", "CN_BANK_CARD") == \
        "***************0128"
    assert p.resolve(role="teller").apply("11010519491231002X", "CN_RESIDENT_ID") == \
        "110105********002X"
    share = p.resolve(role="partner")
    assert share.apply("13812345678", "CN_MOBILE_PHONE") == "[手机号码]"
    assert share.apply("广东省深圳市南山区科技园", "CN_ADDRESS") == "广东省"
    with pytest.raises(MissingKey, match="needs keyring"):
        p.resolve(purpose="analytics")
    keyed = Policy.default(keyring=KEY)
    h1 = keyed.resolve(role="analyst").apply("13812345678", "CN_MOBILE_PHONE")
    h2 = keyed.resolve(purpose="analytics").apply("13812345678", "CN_MOBILE_PHONE")
    assert h1 == h2 and len(h1) == 16


def test_python_built_policy_and_round_trip() -> None:
    p = Policy([Rule(entity="PERSON", operator="replace", params={"value": "某"}),
                Rule(column="备注", operator="redact")])
    assert p.resolve().apply("张三", "PERSON") == "某"
    assert p.resolve().apply("张三", "PERSON", "备注") == ""
    again = Policy.load(p.to_dict())
    assert again.to_dict() == p.to_dict()
    d = Policy.default().to_dict()
    assert Policy.load(d).to_dict() == d


def test_column_rule_can_declare_the_entity() -> None:
    p = Policy.load({"rules": [{"column": "KHXM", "entity": "PERSON"},
                               {"entity": "PERSON", "operator": "keep",
                                "params": {"first": "surname"}}]})
    r = p.resolve()
    assert r.column_entity("khxm") == Entity.PERSON
    assert r.apply("张三丰", column="khxm") == "张**"


def test_load_from_yaml_strings_and_missing_files(tmp_path: Path) -> None:
    one_line = Policy.load("rules: [{class: C2, operator: redact}]")
    assert one_line.resolve().apply("张三", "PERSON") == ""
    multi = Policy.load("rules:\n  - class: C2\n    operator: redact\n")
    assert multi.to_dict() == one_line.to_dict()
    with pytest.raises(PolicyError, match="cannot read the policy file"):
        Policy.load(tmp_path / "missing.yaml")
    with pytest.raises(PolicyError, match="policy \\(string\\):2: .*unknown operator"):
        Policy.load("rules:\n  - {class: C2, operator: nope}\n")
