"""Masking DataFrames: inference, vectorised columns, invariants, summary, accessor."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

import cnpii.masking  # noqa: F401  (registers df.cnpii)
from cnpii.entities import Entity
from cnpii.identifiers import bank_card, mobile_phone, resident_id, uscc
from cnpii.masking import SUMMARY_ATTR, entity_from_name, mask_frame, mask_frame_with_summary
from cnpii.policy import Policy

KEY = b"0123456789abcdef0123456789abcdef"


def customers(n: int, seed: int = 1) -> pd.DataFrame:
    rng = random.Random(seed)
    surnames, given = ["王", "李", "欧阳", "司马", "张"], "伟芳娜敏静丽强磊军洋"
    return pd.DataFrame({
        "客户姓名": [rng.choice(surnames) + rng.choice(given) + rng.choice(given) for _ in range(n)],
        "sfzh": [resident_id.generate(rng) for _ in range(n)],
        "mobile": [int(mobile_phone.generate(rng)) for _ in range(n)],
        "card_no": [bank_card.generate(rng) for _ in range(n)],
        "email": [f"user{i}@example.com" for i in range(n)],
        "住址": [rng.choice(["北京市海淀区", "广东省深圳市南山区"]) + f"幸福路{i}号" for i in range(n)],
        "cvv": [f"{rng.randrange(1000):03d}" for _ in range(n)],
        "balance": [round(rng.uniform(0, 1e6), 2) for _ in range(n)],
        "备注": [rng.choice(["无", f"客户另一手机{mobile_phone.generate(rng)}", "VIP"]) for _ in range(n)],
    })


@pytest.fixture()
def df() -> pd.DataFrame:
    frame = customers(40)
    frame.index = pd.RangeIndex(100, 140) * 3  # a non-default index must survive
    frame.loc[frame.index[5], "sfzh"] = None
    frame.loc[frame.index[7], "客户姓名"] = None
    return frame


@pytest.mark.parametrize(("name", "entity"), [
    ("身份证号码", Entity.CN_RESIDENT_ID), ("sfzh", Entity.CN_RESIDENT_ID), ("ZJHM", Entity.CN_RESIDENT_ID),
    ("id_card_no", Entity.CN_RESIDENT_ID), ("sjh", Entity.CN_MOBILE_PHONE),
    ("手机号", Entity.CN_MOBILE_PHONE), ("cust_mobile_no", Entity.CN_MOBILE_PHONE),
    ("khxm", Entity.PERSON), ("客户姓名", Entity.PERSON), ("customerName", Entity.PERSON),
    ("银行卡号", Entity.CN_BANK_CARD), ("card_number", Entity.CN_BANK_CARD), ("yhkh", Entity.CN_BANK_CARD),
    ("邮箱", Entity.EMAIL_ADDRESS), ("家庭住址", Entity.CN_ADDRESS), ("home_address", Entity.CN_ADDRESS),
    ("CVV2", Entity.CARD_CVV), ("交易密码", Entity.PASSWORD), ("卡有效期", Entity.CARD_EXPIRY),
])
def test_entity_from_column_name(name: str, entity: Entity) -> None:
    assert entity_from_name(name) == entity


def test_entity_from_values_when_the_name_says_nothing() -> None:
    rng = random.Random(3)
    frame = pd.DataFrame({"col_a": [resident_id.generate(rng) for _ in range(30)],
                          "col_b": [uscc.generate(rng) for _ in range(30)],
                          "col_c": list(range(30))})
    report = frame.cnpii.scan()
    got = dict(zip(report["column"], report["entity"]))
    assert got == {"col_a": "CN_RESIDENT_ID", "col_b": "CN_USCC"}


def test_mask_frame_masks_and_keeps_shape_index_order_and_nulls(df: pd.DataFrame) -> None:
    before = df.copy(deep=True)
    out, summary = mask_frame_with_summary(df)
    pd.testing.assert_frame_equal(df, before)  # input not mutated
    assert list(out.columns) == list(df.columns)
    assert out.index.equals(df.index) and len(out) == len(df)
    assert out["sfzh"].isna().tolist() == df["sfzh"].isna().tolist()
    assert out["客户姓名"].isna().tolist() == df["客户姓名"].isna().tolist()
    i = df.index[0]
    assert out.at[i, "sfzh"] == df.at[i, "sfzh"][0] + "*" * 16 + df.at[i, "sfzh"][-1]
    mob = str(df.at[i, "mobile"])
    assert out.at[i, "mobile"] == mob[:3] + "****" + mob[-4:]
    card = df.at[i, "card_no"]
    assert out.at[i, "card_no"] == card[:6] + "*" * (len(card) - 10) + card[-4:]
    assert out["cvv"].isna().all(), "C3 data is removed, not masked"
    # a balance is C2 (JR/T 0171 4.2: information showing financial status): cnpii.classify
    # grades it so, and mask_frame masks it by the policy's C2 class rule (issue #15)
    assert not (out["balance"].astype(str) == df["balance"].astype(str)).any()
    assert str(out["balance"].dtype) == "string" and out["balance"].str.count("[0-9]").eq(0).all()
    assert out.at[i, "住址"].startswith(("北京市海淀区*", "广东省深圳市南山区*"))
    # dtypes: str columns stay str, the int64 mobile column becomes string and the summary says so
    assert out["sfzh"].dtype == df["sfzh"].dtype
    assert str(out["mobile"].dtype) == "string"
    assert "int64 column became string" in summary.columns["mobile"].note
    assert summary.rows == len(df)


def test_summary_counts_per_column_and_entity(df: pd.DataFrame) -> None:
    out = mask_frame(df)
    summary = out.attrs[SUMMARY_ATTR]
    counts = summary.counts()
    assert counts[("sfzh", "CN_RESIDENT_ID")] == 39
    assert counts[("客户姓名", "PERSON")] == 39
    assert counts[("mobile", "CN_MOBILE_PHONE")] == 40
    assert counts[("cvv", "CARD_CVV")] == 40
    n_remarks = int(df["备注"].str.contains("手机").sum())
    assert counts.get(("备注", "CN_MOBILE_PHONE"), 0) == n_remarks
    assert ("balance", "CN_MOBILE_PHONE") not in counts
    table = summary.to_frame()
    assert set(table.columns) >= {"column", "entity", "masked", "dtype_in", "dtype_out", "note"}
    assert "values masked" in str(summary)
    assert SUMMARY_ATTR not in df.attrs, "the input's attrs are not touched"


def test_no_original_value_of_a_masked_entity_survives_in_the_table(df: pd.DataFrame) -> None:
    for role in (None, "teller", "customer_service", "partner"):
        out = mask_frame(df, role=role)
        blob = "\n".join(map(str, out.to_numpy().ravel()))
        for col in ("sfzh", "card_no", "email", "客户姓名", "住址"):
            for v in df[col].dropna():
                assert str(v) not in blob, f"an original {col} value survived (role {role})"
        for v in df["mobile"]:
            assert str(v) not in blob, "an original mobile number survived"
        remarks = [r for r in df["备注"] if "手机" in r]
        for r in remarks:
            assert r[-11:] not in blob, "a mobile number in free text survived"


def test_columns_argument_list_and_mapping(df: pd.DataFrame) -> None:
    only = mask_frame(df, columns=["sfzh"])
    assert only["card_no"].equals(df["card_no"]) and not only["sfzh"].equals(df["sfzh"])
    mapped = mask_frame(df[["balance"]].astype(str), columns={"balance": "text"})
    assert mapped.attrs[SUMMARY_ATTR].columns["balance"].kind == "text"
    as_phone = mask_frame(pd.DataFrame({"x": ["13812345678"]}), columns={"x": "CN_MOBILE_PHONE"})
    assert as_phone["x"].tolist() == ["138****5678"]


def test_column_rules_and_drop_column(df: pd.DataFrame) -> None:
    policy = Policy.load({"rules": [
        {"column": "balance", "operator": "generalize", "params": {"kind": "amount"}},
        {"column": "email", "operator": "suppress", "params": {"drop_column": True}},
        {"entity": "PERSON", "operator": "replace", "params": {"value": "某"}},
    ]})
    out, summary = mask_frame_with_summary(df, policy)
    assert "email" not in out.columns
    assert list(out.columns) == [c for c in df.columns if c != "email"]
    assert set(out["balance"]) <= {"0-10000", "10000-50000", "50000-100000", "100000-500000",
                                   "500000-1000000", ">=1000000"}
    assert str(out["balance"].dtype) == "string"
    assert set(out["客户姓名"].dropna()) == {"某"}
    assert summary.columns["email"].note == "column dropped"


def test_keyed_hmac_keeps_joins_across_frames() -> None:
    rng = random.Random(5)
    ids = [resident_id.generate(rng) for _ in range(20)]
    left = pd.DataFrame({"sfzh": ids, "a": range(20)})
    right = pd.DataFrame({"sfzh": list(reversed(ids)), "b": range(20)})
    policy = Policy.default(keyring=KEY)
    ml = mask_frame(left, policy, purpose="analytics")
    mr = mask_frame(right, policy, purpose="analytics")
    joined = ml.merge(mr, on="sfzh")
    assert len(joined) == 20 and (joined["a"] == 19 - joined["b"]).all()
    assert not set(ml["sfzh"]) & set(ids)


def test_synthetic_columns_are_valid_and_deterministic() -> None:
    rng = random.Random(9)
    frame = pd.DataFrame({"sfzh": [resident_id.generate(rng) for _ in range(30)],
                          "card": [bank_card.generate(rng) for _ in range(30)]})
    policy = Policy.default(keyring=KEY)
    a = mask_frame(frame, policy, purpose="test_data")
    b = mask_frame(frame, policy, purpose="test_data")
    assert a.equals(b)
    assert a["sfzh"].map(resident_id.is_valid).all()
    assert a["card"].map(bank_card.is_valid).all()
    assert not (a["sfzh"] == frame["sfzh"]).any()


def test_object_dtype_and_all_null_columns() -> None:
    frame = pd.DataFrame({"手机号": pd.Series(["13812345678", None], dtype=object),
                          "sfzh": pd.Series([None, None], dtype="str")})
    assert frame["手机号"].dtype == object
    out = mask_frame(frame)
    assert out["手机号"].dtype == object and out["手机号"].tolist()[0] == "138****5678"
    assert out["手机号"].isna().tolist() == [False, True]
    assert out["sfzh"].isna().all()


def test_accessor_mask_and_scan(df: pd.DataFrame) -> None:
    out = df.cnpii.mask(role="customer_service")
    assert out["card_no"].str.startswith("*").all()
    report = df.cnpii.scan()
    kinds = dict(zip(report["column"] + "/" + report["entity"], report["cells"]))
    assert kinds["sfzh/CN_RESIDENT_ID"] == 39
    assert "balance" not in set(report["column"])
    assert not any(str(v) in report.to_string() for v in df["sfzh"].dropna()), \
        "scan() never shows values"


def test_large_identifier_column_is_vectorised_and_exact() -> None:
    rng = np.random.default_rng(0)
    n = 50_000
    mobiles = pd.Series(["1" + "".join(map(str, row)) for row in rng.integers(3, 10, (n, 1)).tolist()])
    mobiles = mobiles + pd.Series(rng.integers(10**8, 10**9, n).astype(str))
    out = mask_frame(pd.DataFrame({"sjh": mobiles}), columns={"sjh": "CN_MOBILE_PHONE"})
    expected = mobiles.str.slice(0, 3) + "****" + mobiles.str.slice(7)
    assert (out["sjh"] == expected).all()


@pytest.mark.parametrize("params", [
    {"first": 3, "last": 4}, {"first": 1, "keep_after": "@"}, {"first": 0, "last": 4},
    {"first": 2, "last": 2, "group": False}, {"first": 6, "last": 4, "char": "#"},
])
def test_vectorised_keep_equals_the_operator_value_by_value(params: dict) -> None:
    from cnpii.masking._frame import _keep_vectorised
    from cnpii.operators import Context, build

    values = ["13812345678", "138 1234 5678", "138-1234-5678", "1***5", "12", "", "a@b.com",
              "no-at", "x@y@z.com", "张三丰", "6222 0212 3456 7890 128", "**"]
    op = build("keep", params)
    out = _keep_vectorised(pd.Series(values, dtype="str"), op, Context())
    assert out.tolist() == [op.apply(v) for v in values]


def test_repeated_index_labels_and_column_names() -> None:
    from cnpii.errors import CnpiiError

    frame = pd.DataFrame({"sjh": ["13812345678", None, "13912345678"],
                          "备注": ["手机13712345678", "无", None]}, index=[1, 1, 2])
    out = mask_frame(frame)
    assert out["sjh"].tolist()[0] == "138****5678" and pd.isna(out["sjh"].tolist()[1])
    assert out["备注"].tolist()[:2] == ["手机137****5678", "无"] and pd.isna(out["备注"].tolist()[2])
    assert out.index.tolist() == [1, 1, 2]
    twice = pd.DataFrame([["13812345678", "13912345678"]], columns=["sjh", "sjh"])
    with pytest.raises(CnpiiError, match="repeated column names"):
        mask_frame(twice)


def test_columns_backed_by_chunked_arrow_arrays(tmp_path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ids = [resident_id.generate(random.Random(i)) for i in range(6)]
    table = pa.table({"sfzh": pa.chunked_array([ids[:3], ids[3:]])})
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=2)
    frame = pd.read_parquet(tmp_path / "t.parquet")
    out = mask_frame(frame)
    assert out["sfzh"].tolist() == [v[0] + "*" * 16 + v[-1] for v in ids]
    chunked = pd.DataFrame({"sjh": pd.Series(pd.arrays.ArrowStringArray(
        pa.chunked_array([["13812345678"], ["13912345678"]])))})
    assert mask_frame(chunked)["sjh"].tolist() == ["138****5678", "139****5678"]


ADDRESSES = ["北京市海淀区马连洼街道289号", "广东省深圳市南山区科技园南区8栋", "天河路123号小区",
             "内蒙古自治区呼和浩特市新城区新华大街1号", "上海市浦东新区世纪大道100号", "abc", "",
             "浙江省义乌市稠城街道", "北京市海淀区", "广东省", "新疆维吾尔自治区乌鲁木齐市天山区",
             "北京路1号", "𠮷𠮷省𠮷市𠮷区x", "ABC市xx区12号", "  广东省深圳市"]


@pytest.mark.parametrize(("name", "params"), [
    ("keep", {"first": "district"}), ("keep", {"first": "district", "char": "#"}),
    ("generalize", {"kind": "address"}), ("generalize", {"kind": "address", "level": "city"}),
    ("generalize", {"kind": "address", "level": "province"}), ("generalize", {}),
])
def test_vectorised_address_equals_the_operator_value_by_value(name: str, params: dict) -> None:
    from cnpii.masking._frame import _address_vectorised
    from cnpii.operators import Context, build

    op = build(name, params)
    ctx = Context(entity=Entity.CN_ADDRESS)
    out = _address_vectorised(pd.Series(ADDRESSES, dtype="str"), op, ctx)
    assert out is not None
    assert out.tolist() == [op.apply(v, ctx) for v in ADDRESSES]


def test_address_column_with_repeats_and_distinct_values_masks_alike() -> None:
    from cnpii.operators import Context, build

    op = build("keep", {"first": "district"})
    ctx = Context(entity=Entity.CN_ADDRESS)
    repeated = pd.DataFrame({"地址": ADDRESSES * 3})          # few distinct values
    distinct = pd.DataFrame({"地址": [a + str(i) for i, a in enumerate(ADDRESSES)]})
    for frame in (repeated, distinct):
        out = mask_frame(frame, columns={"地址": "CN_ADDRESS"})
        assert out["地址"].tolist() == [op.apply(v, ctx) for v in frame["地址"]]


def test_summary_counts_only_cells_that_held_something() -> None:
    import cnpii

    df = pd.DataFrame({"mobile": ["13912345678", "", None, "13812345678"]})
    out = cnpii.mask_frame(df)
    assert out["mobile"].tolist()[:2] == ["139****5678", ""]
    assert out.attrs["cnpii_summary"].counts() == {("mobile", "CN_MOBILE_PHONE"): 2}
