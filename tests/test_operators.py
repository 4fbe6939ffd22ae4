"""Operators: published masking conventions, the never-unchanged guard, keyed operators."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii.entities import Entity
from cnpii.errors import MissingKey, PolicyError
from cnpii.operators import OPERATORS, Context, build, derive_key

KEY = b"0123456789abcdef0123456789abcdef"


# --- keep / mask_range: Hutool DesensitizedUtil test vectors (standards.md §5.1) -----------
@pytest.mark.parametrize(("params", "value", "expected"), [
    ({"first": 3, "last": 4}, "18049531999", "180****1999"),          # MOBILE_PHONE
    ({"first": 1, "last": 2}, "51343620000320711X", "5***************1X"),  # ID_CARD
    ({"first": 4, "last": 2}, "09157518479", "0915*****79"),          # FIXED_PHONE
    ({"first": 1}, "123456789", "1********"),                        # FIRST_MASK
    ({"first": 1, "keep_after": "@"}, "duandazhi-jack@gmail.com.cn",
     "d*************@gmail.com.cn"),                                 # EMAIL
])
def test_keep_matches_hutool_vectors(params: dict, value: str, expected: str) -> None:
    params = {**params, "group": False}
    assert build("keep", params).apply(value) == expected


def test_keep_keeps_grouping_and_does_not_count_separators() -> None:
    op = build("keep", {"first": 6, "last": 4})
    assert op.apply("6222 0212 3456 7890 128") == "6222 02** **** ***0 128"
    assert op.apply("6222-0212-3456-7890-128") == "6222-02**-****-***0-128"
    assert build("keep", {"first": 3, "last": 4}).apply("138 1234 5678") == "138 **** 5678"


def test_keep_surname_handles_compound_surnames() -> None:
    op = build("keep", {"first": "surname"})
    assert op.apply("张三") == "张*"
    assert op.apply("段正淳") == "段**"
    assert op.apply("欧阳娜娜") == "欧阳**"
    assert op.apply("司马相如") == "司马**"
    assert op.apply("诸葛亮") == "诸葛*"
    # a name that is only a surname is masked whole
    assert op.apply("欧阳") == "**"
    assert op.apply("张") == "*"


def test_keep_district_masks_below_the_district() -> None:
    op = build("keep", {"first": "district"})
    assert op.apply("北京市海淀区马连洼街道289号") == "北京市海淀区*********"
    assert op.apply("广东省深圳市南山区科技园南区8栋") == "广东省深圳市南山区*******"
    # nothing recognisable: all masked; only a district: all masked
    assert op.apply("天河路123号小区") == "*********"
    assert op.apply("北京市海淀区") == "******"


def test_keep_email_short_local_part_masked() -> None:
    op = build("keep", {"first": 1, "keep_after": "@"})
    assert op.apply("a@example.com") == "*@example.com"


def test_mask_range() -> None:
    assert build("mask_range", {"start": 6, "end": 14}).apply("11010519491231002X") == \
        "110105********002X"
    assert build("mask_range", {"start": -4}).apply("138-1234-5678") == "138-1234-****"
    assert build("mask_range", {}).apply("abc") == "***"
    assert build("mask_range", {"char": "#"}).apply("abc") == "###"


def test_redact_replace_suppress() -> None:
    ctx = Context(entity=Entity.CN_RESIDENT_ID)
    assert build("redact").apply("secret") == ""
    assert build("replace").apply("x1", ctx) == "<CN_RESIDENT_ID>"
    assert build("replace", {"label": "zh"}).apply("x1", ctx) == "[居民身份证号码]"
    assert build("replace", {"value": "***"}).apply("x1") == "***"
    assert build("suppress").apply("123") is None
    assert build("suppress", {"drop_column": True}).drop_column


def test_generalize() -> None:
    addr = "广东省深圳市南山区科技园南区8栋"
    assert build("generalize", {"kind": "address", "level": "province"}).apply(addr) == "广东省"
    assert build("generalize", {"kind": "address", "level": "city"}).apply(addr) == "广东省深圳市"
    assert build("generalize", {"kind": "address"}).apply(addr) == "广东省深圳市南山区"
    assert build("generalize", {}).apply(addr, Context(entity=Entity.CN_ADDRESS)) == "广东省深圳市南山区"
    by = build("generalize", {"kind": "birth_date"})
    assert by.apply("1990-03-07") == "1990"
    assert by.apply("1990年3月7日") == "1990"
    assert by.apply("19900307") == "1990"
    band = build("generalize", {"kind": "birth_date", "to": "age_band", "as_of": "2025-03-06"})
    assert band.apply("1990-03-07") == "30-40"   # 34 the day before the 35th birthday
    assert build("generalize", {"kind": "birth_date", "to": "age_band", "band": 5,
                                "as_of": "2025-03-07"}).apply("1990-03-07") == "35-40"
    amt = build("generalize", {"kind": "amount", "bounds": [0, 1000, 10000]})
    assert [amt.apply(v) for v in ("-5", "999.99", "1,000", "¥23,000元")] == \
        ["<0", "0-1000", "1000-10000", ">=10000"]
    # unreadable values are hidden, never passed through
    assert by.apply("n/a") == "***"
    assert amt.apply("lots") == "****"


def test_no_operator_returns_a_value_unchanged() -> None:
    # values for which the rule itself would change nothing
    assert build("keep", {"first": 3, "last": 4}).apply("1381234") == "*******"
    assert build("replace", {"value": "X"}).apply("X") == "*"
    assert build("generalize", {"kind": "address", "level": "province"}).apply("广东省") == "***"
    assert build("generalize", {"kind": "birth_date"}).apply("1990") == "****"
    assert build("mask_range", {"start": 5}).apply("abc") == "***"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=30), st.sampled_from(
    ["keep", "mask_range", "replace", "generalize", "hmac"]), st.integers(0, 5), st.integers(0, 5))
def test_property_never_unchanged(value: str, name: str, first: int, last: int) -> None:
    params = {"first": first, "last": last} if name == "keep" else \
        {"start": first} if name == "mask_range" else {}
    out = build(name, params).apply(value, Context(entity=Entity.PERSON, keyring=KEY))
    assert out != value


def test_parameters_are_checked_when_built() -> None:
    with pytest.raises(PolicyError, match="no parameter 'lst'"):
        build("keep", {"lst": 4})
    with pytest.raises(PolicyError, match="'first'"):
        build("keep", {"first": "middle"})
    with pytest.raises(PolicyError, match="one character"):
        build("keep", {"char": "**"})
    with pytest.raises(PolicyError, match="'algorithm'"):
        build("hmac", {"algorithm": "md5"})
    with pytest.raises(PolicyError, match="ascending"):
        build("generalize", {"kind": "amount", "bounds": [10, 5]})
    with pytest.raises(PolicyError, match="unknown operator"):
        build("encrypt")


def test_hmac_sha256_is_rfc_hmac_under_the_derived_key() -> None:
    op = build("hmac", {"length": 64})
    out = op.apply("hello", Context(keyring=KEY))
    sub = derive_key(KEY, "hmac:sha256:default")
    assert out == hmac.new(sub, b"hello", hashlib.sha256).hexdigest()
    # the sub-key is HMAC-SHA256(root, label): RFC 2104 construction
    assert sub == hmac.new(KEY, b"cnpii/hmac:sha256:default", hashlib.sha256).digest()


def test_hmac_sm3_matches_the_gmt_vector_construction() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives import hmac as chmac

    # SM3("abc") published vector (GM/T 0004), to be sure SM3 is what runs
    h = hashes.Hash(hashes.SM3())
    h.update(b"abc")
    assert h.finalize().hex() == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    op = build("hmac", {"algorithm": "sm3", "length": 64})
    sub = derive_key(KEY, "hmac:sm3:default")
    mac = chmac.HMAC(sub, hashes.SM3())
    mac.update(b"abc")
    assert op.apply("abc", Context(keyring=KEY)) == mac.finalize().hex()


def test_hmac_is_keyed_deterministic_and_domain_separated() -> None:
    op = build("hmac")
    a = op.apply("13812345678", Context(keyring=KEY))
    assert a == op.apply("13812345678", Context(keyring=KEY)), "same key, same value -> same hash"
    assert a != op.apply("13812345678", Context(keyring=b"another key of 32 bytes........")), \
        "another key gives another hash"
    assert a != build("hmac", {"domain": "crm"}).apply("13812345678", Context(keyring=KEY))
    assert len(a) == 16
    assert build("hmac", {"prefix": "h_"}).apply("x", Context(keyring=KEY)).startswith("h_")
    with pytest.raises(MissingKey):
        op.apply("13812345678", Context())
    with pytest.raises(MissingKey):
        op.apply("13812345678", Context(keyring=b"short"))


def test_every_operator_is_registered_and_keyed_ones_say_so() -> None:
    assert set(OPERATORS) == {"keep", "mask_range", "redact", "replace", "hmac", "generalize",
                              "synthetic", "suppress", "tokenize"}
    assert {n for n, c in OPERATORS.items() if c.keyed} == {"hmac", "synthetic", "tokenize"}


def test_context_repr_hides_the_key() -> None:
    assert "0123" not in repr(Context(keyring=KEY))


def test_keep_prefixes_keep_the_country_code_and_count_the_segment() -> None:
    from cnpii.operators._basic import Keep

    op = Keep({"first": 3, "last": 4, "prefixes": ["+86", "0086", "86"]})
    assert op.apply("+86 139-1234-5678") == "+86 139-****-5678"
    assert op.apply("008613912345678") == "0086139****5678"
    assert op.apply("13912345678") == "139****5678"


def test_default_policy_masks_prefixed_mobiles_alike_in_text_and_tables() -> None:
    import pandas as pd

    import cnpii

    values = ["+86 139-1234-5678", "8613912345678", "0086 139 1234 5678", "13912345678"]
    column = cnpii.mask_frame(pd.DataFrame({"mobile": values}))["mobile"].tolist()
    assert column == ["+86 139-****-5678", "86139****5678", "0086 139 **** 5678", "139****5678"]
    assert cnpii.mask("手机+86 139-1234-5678") == "手机+86 139-****-5678"


def _county_names() -> list[str]:
    from cnpii.identifiers import resident_id

    names = (resident_id.region_name(c) for c in resident_id.region_codes()
             if c[4:] != "00" and c[:2] not in ("81", "82", "83"))
    return [n for n in names if n]


def test_address_prefix_keeps_real_divisions_and_never_a_street() -> None:
    """Against every county-level name of the shipped GB/T 2260 table (province+city+county)."""
    from cnpii.operators._text import address_prefix

    names = _county_names()
    exact = 0
    for name in names:
        for street in ("幸福路12号", "建设大街3号院2号楼1单元101室", "人民路小区5栋"):
            kept = address_prefix(name + street, "district")
            assert name.startswith(kept), "the kept prefix reaches into the street part"
        exact += address_prefix(name + "幸福路12号", "district") == name
    # the misses are development zones and names holding 市 or 路 (路南区): masked more, not less
    assert exact / len(names) >= 0.96, f"only {exact} of {len(names)} divisions kept exactly"
    for city in ("浙江省杭州市西湖区", "广东省广州市天河区", "福建省福州市鼓楼区", "贵州省贵阳市云岩区",
                 "北京市通州区", "四川省甘孜藏族自治州康定市"):
        assert address_prefix(city + "幸福路12号", "district") == city


def test_address_keep_is_the_same_in_tables_and_text() -> None:
    import pandas as pd

    import cnpii
    from cnpii.operators._basic import Keep

    names = _county_names()[::25]
    addresses = [n + "幸福路12号" for n in names]
    column = cnpii.mask_frame(pd.DataFrame({"地址": addresses}))["地址"].tolist()
    assert column == [Keep({"first": "district"}).apply(a) for a in addresses]
