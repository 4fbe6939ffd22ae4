"""Hardening, tables (issue #11): every class of column that used to be skipped or to fail.

Each test is a class of inputs (hypothesis where the class allows), not one example:
categorical and Arrow dictionary columns, numbers stored as floats, numeric columns where only
some values are identifiers, chunked plans, labels that print alike, misspelt ``columns=``
entries, lone surrogates, every kind of missing value, index and column labels.
"""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnpii.errors import CnpiiError, InvalidOption, UnknownColumn
from cnpii.identifiers import bank_card, mobile_phone, resident_id
from cnpii.masking import FrameMasker, mask, mask_frame, mask_frame_with_summary, plan_columns
from cnpii.masking._common import resolve_policy


def resolve(policy: object) -> object:
    return resolve_policy(policy, None, None, None)

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
seeds = st.integers(0, 2**32 - 1)
PLAIN_WORDS = ["无", "正常", "已核实", "待回访", "ok", "n/a", "备注", "转账"]


def _ids(rng: random.Random) -> str:
    while True:  # digits only, so it can be a number
        v = resident_id.generate(rng)
        if v.isdigit():
            return v


GENERATORS = {"mobile": mobile_phone.generate, "card": bank_card.generate, "id": _ids}


def _cells(out: pd.DataFrame) -> str:
    """Everything the masked frame holds, as one text (values, labels, index)."""
    parts = [str(v) for c in out.columns for v in out[c].tolist()]
    parts += [str(c) for c in out.columns] + [str(i) for i in out.index]
    return "\n".join(parts)


# -- categorical and Arrow dictionary columns -------------------------------------------------
CONTAINERS = {
    "object": lambda vals: pd.Series(vals, dtype=object),
    "str": lambda vals: pd.Series(vals, dtype="str"),
    "category": lambda vals: pd.Series(vals, dtype="category"),
    "arrow-dictionary": lambda vals: pd.Series(
        pd.arrays.ArrowExtensionArray(pa.array(vals, type=pa.string()).dictionary_encode())),
    "arrow-string": lambda vals: pd.Series(vals, dtype=pd.ArrowDtype(pa.string())),
}


@SETTINGS
@given(seed=seeds, n=st.integers(1, 40), kind=st.sampled_from(sorted(GENERATORS)),
       named=st.booleans(), prefix=st.sampled_from(["", "客户手机", "卡号:", "号码 "]))
def test_categorical_and_dictionary_columns_are_masked_like_text(seed: int, n: int, kind: str,
                                                                 named: bool, prefix: str) -> None:
    rng = random.Random(seed)
    raw = [GENERATORS[kind](rng) for _ in range(n)]
    vals = [prefix + v if rng.random() < 0.7 else rng.choice(PLAIN_WORDS) for v in raw]
    vals[0] = prefix + raw[0]  # at least one value
    vals = [None if rng.random() < 0.15 and i else v for i, v in enumerate(vals)]
    name = {"mobile": "手机号", "card": "卡号", "id": "身份证号码"}[kind] if named else "col"
    results = {}
    for container, build in CONTAINERS.items():
        df = pd.DataFrame({name: build(vals)})
        out = mask_frame(df)
        text = _cells(out)
        for v, orig in zip(vals, raw):
            # every value the text masker masks (in a named column: every value) is masked
            if v is not None and v not in PLAIN_WORDS and (named or orig not in mask(v)):
                assert orig not in text, f"{container}: an original value survived"
        assert len(out) == len(df)
        assert out[name].isna().tolist() == df[name].isna().tolist(), "nulls kept"
        results[container] = [None if pd.isna(v) else str(v) for v in out[name].tolist()]
        if container == "category":
            assert isinstance(out[name].dtype, pd.CategoricalDtype), "category stays category"
    first = results["object"]
    assert all(r == first for r in results.values()), "every container masks alike"


# -- numbers stored as floats -----------------------------------------------------------------
@SETTINGS
@given(seed=seeds, n=st.integers(1, 30), kind=st.sampled_from(sorted(GENERATORS)),
       named=st.booleans(), nulls=st.booleans(), as_object=st.booleans(),
       excel=st.booleans())
def test_identifiers_stored_as_floats_are_masked(seed: int, n: int, kind: str, named: bool,
                                                 nulls: bool, as_object: bool,
                                                 excel: bool) -> None:
    rng = random.Random(seed)
    raw = [GENERATORS[kind](rng) for _ in range(n)]
    # excel: the number Excel stores (15 significant digits), else the nearest float
    floats = [float(f"{float(v):.14E}") if excel else float(v) for v in raw]
    if nulls:
        floats = [np.nan if rng.random() < 0.2 and i else f for i, f in enumerate(floats)]
    name = {"mobile": "手机号", "card": "卡号", "id": "身份证号码"}[kind] if named else "amount_x"
    col = pd.Series(floats, dtype=object if as_object else "float64")
    if as_object:  # an Excel column: numbers mixed with text
        col = pd.concat([col, pd.Series(["n/a"], dtype=object)], ignore_index=True)
    df = pd.DataFrame({name: col})
    out, summary = mask_frame_with_summary(df)
    text = _cells(out)
    for f, v in zip(floats, raw):
        if f != f:
            continue
        as_int = str(int(f))  # what the float holds (the exact digits, or rounded ones)
        assert as_int not in text and repr(f) not in text and v not in text
        assert v[:14] not in text, "the leading digits (exact even in a rounded float) leak"
    assert summary.total() >= sum(1 for f in floats if f == f)
    assert out[name].isna().tolist() == df[name].isna().tolist()


@SETTINGS
@given(seed=seeds, n=st.integers(1, 30), kind=st.sampled_from(sorted(GENERATORS)),
       style=st.sampled_from(["repr", "excel", "upper", "fixed"]), with_text=st.booleans())
def test_identifiers_written_as_float_text_are_masked(seed: int, n: int, kind: str, style: str,
                                                      with_text: bool) -> None:
    """A CSV column of numbers Excel or pandas wrote as floats: '4.22801199001011E+17',
    '13812345678.0'; read as strings, with no name that says what they are."""
    rng = random.Random(seed)
    raw = [GENERATORS[kind](rng) for _ in range(n)]
    fmt = {"repr": repr, "excel": lambda f: f"{f:.14E}", "upper": lambda f: repr(f).upper(),
           "fixed": lambda f: f"{f:.1f}"}[style]
    texts = [fmt(float(v)) for v in raw]
    if with_text:
        texts.append("无")
    df = pd.DataFrame({"col": pd.Series(texts, dtype="str")})
    out = mask_frame(df)
    got = "\n".join(map(str, out["col"].tolist()))
    for v, t in zip(raw, texts):
        assert t not in got
        assert v[:12] not in got, "the leading digits of an identifier survived"
    assert len(out) == len(df)


@SETTINGS
@given(seed=seeds, others=st.lists(st.one_of(st.integers(-10**5, 10**5),
                                              st.floats(-1e5, 1e5, allow_nan=False)),
                                   min_size=5, max_size=60),
       k=st.integers(1, 4), dtype=st.sampled_from(["int64", "float64", "Int64", "object"]))
def test_a_numeric_column_with_a_few_phone_numbers_is_not_skipped_whole(
        seed: int, others: list, k: int, dtype: str) -> None:
    rng = random.Random(seed)
    phones = [mobile_phone.generate(rng) for _ in range(k)]
    if dtype in ("int64", "Int64"):
        others = [int(v) for v in others]
    values: list = list(others)
    for p in phones:
        values.insert(rng.randrange(len(values) + 1), int(p) if dtype != "float64" else float(p))
    if dtype == "Int64":
        values.insert(0, pd.NA)
    df = pd.DataFrame({"x": pd.Series(values, dtype=dtype), "y": range(len(values))})
    out, summary = mask_frame_with_summary(df)
    text = "\n".join(map(str, out["x"].tolist()))
    for p in phones:
        assert p not in text, "a phone number among other numbers survived"
    assert summary.columns["x"].counts["CN_MOBILE_PHONE"] == k
    assert len(out) == len(df) and list(out.columns) == ["x", "y"]
    assert out["x"].isna().tolist() == df["x"].isna().tolist()
    if summary.columns["x"].kind == "class":
        return  # the column's class masks it whole (a float column of ratios, say)
    # the other numbers are kept (as their digits, since the column now holds strings)
    for before, after in zip(df["x"].tolist(), out["x"].tolist()):
        if pd.isna(before) or str(int(before) if float(before).is_integer() else before) in phones:
            continue
        assert float(after) == float(before)
    assert out["y"].tolist() == df["y"].tolist() and out["y"].dtype == df["y"].dtype


def test_a_column_masked_whole_by_its_class_still_counts_the_entities_it_held() -> None:
    # floats between 0 and 1 are graded by their class and masked whole; the phone number
    # among them is counted as a phone number, the other cells under the column
    phone = mobile_phone.generate(random.Random(3))
    df = pd.DataFrame({"x": pd.Series([0.0, 0.5, float(phone), 0.25, 0.75], dtype="float64"),
                       "y": range(5)})
    out, summary = mask_frame_with_summary(df)
    cs = summary.columns["x"]
    assert cs.kind == "class"
    assert cs.counts["CN_MOBILE_PHONE"] == 1 and cs.counts["x"] == 4
    assert phone not in "\n".join(map(str, out["x"].tolist()))
    assert len(out) == 5 and out["y"].tolist() == list(range(5))


def test_numeric_columns_without_identifiers_are_left_exactly_as_they_were() -> None:
    rng = np.random.default_rng(5)
    df = pd.DataFrame({"amount": rng.normal(1e4, 3e3, 500).round(2),
                       "count": rng.integers(0, 10**6, 500),
                       "big": rng.integers(10**12, 10**13, 500)})  # 13 digits: no identifier
    out, summary = mask_frame_with_summary(df)
    pd.testing.assert_frame_equal(out[["count", "big"]], df[["count", "big"]])
    # an amount is no identifier but a C2 class (JR/T 0171 4.2: balances, key transaction
    # information): the classification's inference plans it "class", masked by the class rule
    assert summary.columns["amount"].kind == "class"
    assert not any(str(a) == str(b) for a, b in zip(out["amount"], df["amount"]))
    assert len(out) == len(df) and list(out.columns) == list(df.columns)


# -- chunked runs: value-based plans are made again -------------------------------------------
@SETTINGS
@given(seed=seeds, numeric_chunks=st.integers(1, 4), chunk=st.integers(1, 30),
       late=st.sampled_from(["text", "phones", "floats"]))
def test_a_plan_from_values_that_held_nothing_is_made_again_in_later_chunks(
        seed: int, numeric_chunks: int, chunk: int, late: str) -> None:
    rng = random.Random(seed)
    masker = FrameMasker(resolve(None))
    for _ in range(numeric_chunks):  # numeric for the first chunks
        df = pd.DataFrame({"field": [rng.randrange(1000) for _ in range(chunk)]})
        out, _ = masker.mask(df)
        pd.testing.assert_frame_equal(out, df)
    phones = [mobile_phone.generate(rng) for _ in range(chunk)]
    if late == "text":
        later = pd.DataFrame({"field": ["请联系" + p for p in phones]})
    elif late == "phones":
        later = pd.DataFrame({"field": phones})
    else:
        later = pd.DataFrame({"field": [float(p) for p in phones]})
    out, summary = masker.mask(later)
    text = "\n".join(map(str, out["field"].tolist()))
    assert not any(p in text for p in phones)
    assert summary.total() == chunk


def test_json_lines_field_numeric_for_50000_rows_then_text_is_masked(tmp_path) -> None:
    import json

    from cnpii.dataframe import mask_file

    rng = random.Random(9)
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    phones = [mobile_phone.generate(rng) for _ in range(50)]
    with src.open("w", encoding="utf-8") as fh:
        for i in range(50_000):
            fh.write(json.dumps({"id": i, "note": i % 997}) + "\n")
        for p in phones:
            fh.write(json.dumps({"id": 0, "note": "回电" + p}, ensure_ascii=False) + "\n")
    summary = mask_file(src, dst)
    text = dst.read_text(encoding="utf-8")
    assert not any(p in text for p in phones)
    assert summary.rows == 50_050 and text.count("\n") == 50_050
    assert summary.columns["note"].counts["CN_MOBILE_PHONE"] == 50


# -- labels that print alike ------------------------------------------------------------------
@SETTINGS
@given(seed=seeds, pair=st.sampled_from([(0, "0"), (1, "1"), (2.5, "2.5"), (True, "True")]),
       phones_in_first=st.booleans())
def test_labels_that_print_alike_get_their_own_plans(seed: int, pair: tuple,
                                                     phones_in_first: bool) -> None:
    rng = random.Random(seed)
    phones = [mobile_phone.generate(rng) for _ in range(6)]
    words = [rng.choice(PLAIN_WORDS) for _ in range(6)]
    a, b = pair
    data = {a: phones, b: words} if phones_in_first else {a: words, b: phones}
    df = pd.DataFrame(data)
    plans = plan_columns(df, resolve(None))
    assert set(plans) == {a, b} and plans[a] is not plans[b]
    out = mask_frame(df)
    pii, plain = (a, b) if phones_in_first else (b, a)
    assert out[plain].tolist() == words, "the column of plain words is not masked as phones"
    assert not set(out[pii].tolist()) & set(phones)
    names = [c.column for c in out.attrs["cnpii_summary"].columns.values()]
    assert len(set(names)) == 2, "the summary tells the two columns apart"
    # columns= naming one of them by its exact label masks that one only
    only = mask_frame(df, columns={pii: "CN_MOBILE_PHONE", plain: None})
    assert only[plain].tolist() == words and not set(only[pii].tolist()) & set(phones)


# -- misspelt columns= ------------------------------------------------------------------------
label_text = st.text(alphabet=st.sampled_from("手机号身份证甲乙丙丁_"), min_size=2, max_size=8)


@SETTINGS
@given(real=st.lists(label_text, min_size=1, max_size=5, unique=True), typo=label_text,
       as_mapping=st.booleans(), via=st.sampled_from(["frame", "accessor", "plan"]))
def test_a_misspelt_column_name_is_a_typed_error_that_lists_no_name(
        real: list, typo: str, as_mapping: bool, via: str) -> None:
    if typo in real:
        typo = typo + "x"
    df = pd.DataFrame({c: ["13812345678"] for c in real})
    columns = {real[0]: "CN_MOBILE_PHONE", typo: "CN_MOBILE_PHONE"} if as_mapping \
        else [real[0], typo]
    with pytest.raises(UnknownColumn) as info:
        if via == "frame":
            mask_frame(df, columns=columns)
        elif via == "accessor":
            df.cnpii.mask(columns=columns)
        else:
            plan_columns(df, resolve(None), columns)
    err = info.value
    assert isinstance(err, CnpiiError) and isinstance(err, KeyError)
    for name in [typo, *real]:
        assert name not in str(err) and name not in repr(err)
    assert "entry 2 of 2" in str(err)
    with pytest.raises(InvalidOption):
        mask_frame(df, columns=real[0])
    with pytest.raises(InvalidOption) as bad:
        mask_frame(df, columns={real[0]: "NOT_AN_ENTITY_" + typo})
    assert typo not in str(bad.value)


# -- lone surrogates --------------------------------------------------------------------------
def test_a_lone_surrogate_in_one_cell_of_a_million_does_not_fail_the_table() -> None:
    n = 1_000_000
    rng = random.Random(4)
    phones = [mobile_phone.generate(rng) for _ in range(50)]
    notes = np.array(["客户来电" + p for p in phones] * (n // 50), dtype=object)
    notes[123_456] = "坏\udc80字符" + phones[0]
    df = pd.DataFrame({"备注": pd.Series(notes, dtype=object),
                       "sjh": pd.Series(phones * (n // 50), dtype=object)})
    df.loc[654_321, "sjh"] = "\ud800" + phones[1]
    out, summary = mask_frame_with_summary(df)
    assert len(out) == n
    assert "surrogate" in summary.columns["备注"].note and "surrogate" in summary.columns["sjh"].note
    assert summary.columns["备注"].counts["CN_MOBILE_PHONE"] == n
    sample = out.iloc[[0, 123_456, 654_321, n - 1]]
    assert not any(p in _cells(sample) for p in phones)


@SETTINGS
@given(seed=seeds, where=st.integers(0, 29), column=st.sampled_from(["备注", "sjh", "x"]),
       surrogate=st.sampled_from(["\ud800", "\udfff", "\udc80\udc81"]),
       dtype=st.sampled_from([object, "string[python]"]))
def test_a_lone_surrogate_changes_only_its_own_cell(seed: int, where: int, column: str,
                                                    surrogate: str, dtype: object) -> None:
    rng = random.Random(seed)
    phones = [mobile_phone.generate(rng) for _ in range(30)]
    base = pd.DataFrame({"备注": ["电话" + p for p in phones], "sjh": phones,
                         "x": [rng.choice(PLAIN_WORDS) for _ in phones]}, dtype=dtype)
    bad = base.copy()
    bad.loc[where, column] = base.loc[where, column] + surrogate
    good_out = mask_frame(base)
    bad_out = mask_frame(bad)
    rows = [i for i in range(30) if i != where]
    pd.testing.assert_frame_equal(bad_out.iloc[rows], good_out.iloc[rows])
    cell = bad_out.loc[where, column]
    if column == "x":  # nothing masked in it: the cell is kept exactly, surrogate and all
        assert cell == bad.loc[where, column]
    else:
        assert phones[where] not in cell


# -- missing values ---------------------------------------------------------------------------
NULLS = [None, np.nan, pd.NA, pd.NaT, float("nan")]


@SETTINGS
@given(seed=seeds, n=st.integers(2, 30), kind=st.sampled_from(
    ["identifier", "text", "numeric", "category", "name", "str"]))
def test_nat_na_and_nan_are_missing_values_in_every_kind_of_column(seed: int, n: int,
                                                                   kind: str) -> None:
    rng = random.Random(seed)
    phones = [mobile_phone.generate(rng) for _ in range(n)]
    if kind == "identifier":
        name, vals = "sjh", list(phones)
    elif kind == "text":
        name, vals = "备注", ["请回电" + p for p in phones]
    elif kind == "numeric":
        name, vals = "x", [int(p) if rng.random() < 0.5 else rng.randrange(99) for p in phones]
    elif kind == "name":
        name, vals = "客户姓名", [rng.choice("王李张") + rng.choice("伟芳") for _ in phones]
    else:
        name, vals = "x", ["卡" + p for p in phones]
    holes = [i for i in range(n) if rng.random() < 0.4] or [0]
    for i in holes:
        vals[i] = rng.choice(NULLS)
    dtype = {"category": "category", "str": "str"}.get(kind, object)
    df = pd.DataFrame({name: pd.Series(vals, dtype=dtype)})
    out, summary = mask_frame_with_summary(df)
    assert out[name].isna().tolist() == df[name].isna().tolist()
    text = _cells(out)
    for i, p in enumerate(phones):
        if i not in holes:
            assert p not in text
    # a missing value is never counted as masked
    assert summary.columns[name].masked <= n - len(holes) + (n if kind == "text" else 0)


def test_missing_values_written_to_json_lines_are_null(tmp_path) -> None:
    import json

    from cnpii.dataframe import ChunkWriter

    df = pd.DataFrame({"a": pd.Series([pd.NaT, pd.Timestamp("2024-01-02")]),
                       "b": pd.Series([pd.NA, "x"], dtype=object),
                       "c": [np.nan, 1.0], "d": pd.Series([np.datetime64("NaT"), None],
                                                          dtype=object)})
    w = ChunkWriter(tmp_path / "o.jsonl", "jsonl")
    w.write(df)
    w.close()
    first = json.loads((tmp_path / "o.jsonl").read_text().splitlines()[0])
    assert first == {"a": None, "b": None, "c": None, "d": None}


# -- index and column labels ------------------------------------------------------------------
@SETTINGS
@given(seed=seeds, multi=st.booleans())
def test_labels_are_kept_by_default_and_masked_on_request(seed: int, multi: bool) -> None:
    rng = random.Random(seed)
    phones = [mobile_phone.generate(rng) for _ in range(4)]
    card = bank_card.generate(rng, bin="622202", length=19)
    idx = pd.Index(["客户" + p for p in phones], name="who")
    if multi:
        idx = pd.MultiIndex.from_arrays([list(idx), list(range(4))], names=["who", "n"])
    df = pd.DataFrame({"卡号" + card: ["无"] * 4, "seq": [1, 2, 3, 4]}, index=idx)
    kept = mask_frame(df)
    assert list(kept.index) == list(df.index) and list(kept.columns) == list(df.columns)
    out, summary = mask_frame_with_summary(df, mask_labels=True)
    text = _cells(out)
    assert card not in text and not any(p in text for p in phones)
    assert summary.label_counts["CN_MOBILE_PHONE"] == 4 and summary.label_counts["CN_BANK_CARD"] == 1
    assert len(out) == len(df) and out["seq"].tolist() == [1, 2, 3, 4]
    assert out.index.names == df.index.names
    assert df.cnpii.mask(mask_labels=True).index.equals(out.index)
    shown = str(summary) + json.dumps(summary.to_dict(), ensure_ascii=False)
    assert card not in shown, "the summary does not name a column by its raw label"


# -- every dtype pandas has: no untyped crash, shape kept, identifiers masked -----------------
PHONE = "13812345678"
EXOTIC = {
    "multiindex columns": lambda: pd.DataFrame([[PHONE, "x"]], columns=pd.MultiIndex.from_tuples(
        [("a", "sjh"), ("b", "c")])),
    "empty": lambda: pd.DataFrame(),
    "zero-row categorical": lambda: pd.DataFrame({"x": pd.Categorical([])}),
    "tz-aware": lambda: pd.DataFrame({"d": pd.date_range("2020", periods=2, tz="Asia/Shanghai")}),
    "timedelta": lambda: pd.DataFrame({"t": pd.to_timedelta([1, 2], unit="D")}),
    "bool": lambda: pd.DataFrame({"b": [True, False]}),
    "nullable boolean": lambda: pd.DataFrame({"b": pd.array([True, None], dtype="boolean")}),
    "complex": lambda: pd.DataFrame({"c": [1 + 2j, 3j]}),
    "period": lambda: pd.DataFrame({"p": pd.period_range("2020", periods=2, freq="M")}),
    "interval": lambda: pd.DataFrame({"i": pd.interval_range(0, 2)}),
    "sparse": lambda: pd.DataFrame({"s": pd.arrays.SparseArray([0, int(PHONE), 0])}),
    "lists and dicts": lambda: pd.DataFrame({"l": pd.Series([[1, PHONE], {"a": PHONE}],
                                                            dtype=object)}),
    "bytes": lambda: pd.DataFrame({"b": pd.Series([PHONE.encode(), b"x"], dtype=object)}),
    "uint64": lambda: pd.DataFrame({"u": np.array([2**64 - 1, int(PHONE)], dtype=np.uint64)}),
    "float32": lambda: pd.DataFrame({"f": np.array([int(PHONE), 1], dtype=np.float32)}),
    "pyarrow int": lambda: pd.DataFrame({"i": pd.array([int(PHONE), None],
                                                       dtype="int64[pyarrow]")}),
    "pyarrow double": lambda: pd.DataFrame({"i": pd.array([float(PHONE), None],
                                                          dtype="double[pyarrow]")}),
    "categorical of ints": lambda: pd.DataFrame({"c": pd.Categorical([int(PHONE), 1, None])}),
    "infinities": lambda: pd.DataFrame({"f": [np.inf, -np.inf, float(PHONE)]}),
    "int labels": lambda: pd.DataFrame({0: [PHONE], 1: ["无"]}),
}


@pytest.mark.parametrize("name", sorted(EXOTIC))
def test_every_dtype_is_handled_without_an_untyped_crash(name: str) -> None:
    df = EXOTIC[name]()
    before = df.copy()
    out, summary = mask_frame_with_summary(df)
    assert out.shape == df.shape and list(out.columns) == list(df.columns)
    assert out.index.equals(df.index)
    pd.testing.assert_frame_equal(df, before)  # the input is never modified
    shown = "\n".join(str(v) for c in out.columns for v in out[c].tolist())
    assert PHONE not in shown
    assert out.isna().to_numpy().tolist() == df.isna().to_numpy().tolist()
    assert summary.rows == len(df)
