"""cnpii.spark on classic local Spark (local[2]): the same results as the pandas path, row for
row, tokens included; findings and validation failures as rows; keys only by reference."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from spark_support import (
    KEY_BYTES,
    KEY_ENV,
    SPARK_FILTERS,
    classic_jvm,
    customers,
    env_keyring,
    key_spellings,
    keyring_document,
    norm,
    rows,
)

pytest.importorskip("pyspark")

import cnpii  # noqa: E402
import cnpii.spark as cs  # noqa: E402
from cnpii.errors import CnpiiError, KeyringError, PermissionDenied, SparkError  # noqa: E402

pytestmark = [pytest.mark.spark, *[pytest.mark.filterwarnings(f) for f in SPARK_FILTERS]]

KEY = "row_no"  # a plain row key: a customer number is C2 and masked by default
TOKEN_POLICY = {
    "rules": [
        {"entity": "CN_MOBILE_PHONE", "operator": "tokenize"},
        {"entity": "CN_RESIDENT_ID", "operator": "tokenize", "params": {"domain": "kyc"}},
        {"entity": "CN_BANK_CARD", "operator": "tokenize"},
        {"entity": "EMAIL_ADDRESS", "operator": "hmac", "params": {"length": 12}},
        {"entity": "PERSON", "operator": "keep", "params": {"first": 1}},
    ],
}


@pytest.fixture(scope="session")
def jvm(tmp_path_factory: pytest.TempPathFactory) -> Any:
    holder = classic_jvm(tmp_path_factory.mktemp("spark-events"))
    yield holder
    holder.stop()


@pytest.fixture
def spark(jvm: Any) -> Any:
    return jvm.get()  # started once; again only if the Connect tests stopped it


@pytest.fixture
def event_log(jvm: Any) -> Path:
    return Path(jvm.event_log)


@pytest.fixture(scope="module")
def data() -> pd.DataFrame:
    return customers()


def _layout(spark: Any, pdf: pd.DataFrame, layout: str) -> Any:
    from pyspark.sql import functions as F

    sdf = spark.createDataFrame(pdf)
    if layout == "even":
        return sdf.repartition(3)
    if layout == "skewed":  # nearly everything in one partition, a few rows in the others
        return sdf.repartition(4, F.when(F.col(KEY) <= len(pdf) - 20, 0).otherwise(F.col(KEY) % 3))
    if layout == "empty":  # seven of eight partitions empty
        return sdf.repartition(8, F.lit(1))
    raise AssertionError(layout)


def _compare(spark_out: Any, expected: pd.DataFrame) -> None:
    got = spark_out.toPandas()
    assert list(got.columns) == list(expected.columns)
    assert len(got) == len(expected)
    g, e = rows(got, KEY), rows(expected, KEY)
    bad = [i for i, (a, b) in enumerate(zip(g, e)) if a != b]
    # report positions and columns only: the cells hold (masked) personal data
    cols = sorted({c for i in bad[:50] for c, x, y in zip(got.columns, g[i], e[i]) if x != y})
    assert not bad, f"{len(bad)} rows differ from mask_frame, in columns {cols}"


@pytest.mark.parametrize("layout", ["even", "skewed", "empty"])
def test_mask_equals_mask_frame_default_policy(spark: Any, data: pd.DataFrame, layout: str) -> None:
    sdf = _layout(spark, data, layout)
    source = sdf.toPandas()  # the same data as Spark hands to the batches (Arrow types)
    expected = cnpii.mask_frame(source)
    out = cs.mask(sdf)
    _compare(out, expected)
    # something was masked in each personal column, untouched columns kept their types
    types = dict(out.dtypes)
    # a balance is C2 (masked by its class rule, so text); a flag and the row key stay as they are
    assert types["balance"] == "string" and types["vip"] == "boolean" and types[KEY] == "bigint"
    assert types["开户日期"] == "date" and types["lxdh"] == "string"
    got = out.toPandas().set_index(KEY)
    src = source.set_index(KEY)
    for col in ["客户姓名", "身份证号码", "手机号", "银行卡号", "email", "lxdh"]:
        both = src[col].notna()
        assert (got.loc[both.index[both], col].astype(str)
                != src.loc[both.index[both], col].astype(str)).all(), col
        assert got[col].isna().sum() == src[col].isna().sum(), col  # nulls kept


def test_mask_with_tokens_equals_pandas(spark: Any, data: pd.DataFrame) -> None:
    kr = env_keyring()
    policy = cnpii.Policy.load(TOKEN_POLICY, keyring=kr)
    # format-preserving tokens refuse invalid identifiers, on both paths (fail closed)
    bad = spark.createDataFrame(data.head(50))
    with pytest.raises(cnpii.errors.TokenizationError):
        cnpii.mask_frame(bad.toPandas(), policy)
    with pytest.raises(Exception, match="not valid resident ID numbers"):
        cs.mask(bad, policy).collect()
    data = data.drop(index=[5, 6])
    sdf = _layout(spark, data, "skewed")
    source = sdf.toPandas()
    expected = cnpii.mask_frame(source, policy)
    out = cs.mask(sdf, policy)
    _compare(out, expected)
    # the tokens are real: format-preserving, and the pandas tokenizer turns them back
    from cnpii.audit import MemorySink
    from cnpii.identifiers import resident_id

    got = out.toPandas().set_index(KEY).sort_index()
    src = source.set_index(KEY).sort_index()
    ok = src["身份证号码"].map(lambda v: isinstance(v, str) and resident_id.is_valid(v))
    tokens = got.loc[ok, "身份证号码"]
    assert tokens.map(resident_id.is_valid).all()
    tok = cnpii.Tokenizer(kr, grants=[("ops", "*", "audit")], audit=MemorySink())
    back = tok.detokenize_many(tokens.tolist(), "CN_RESIDENT_ID", domain="kyc", actor="t",
                               role="ops", purpose="audit")
    assert back == src.loc[ok, "身份证号码"].tolist()


def test_mask_with_key_file_reference(spark: Any, data: pd.DataFrame, tmp_path: Path) -> None:
    from cnpii import Keyring

    path = tmp_path / "keyring.json"
    Keyring({1: KEY_BYTES}).to_file(path)
    kr = Keyring.from_file(path)
    sdf = spark.createDataFrame(data.drop(index=[5, 6]).head(300)).repartition(2)
    out = cs.mask(sdf, TOKEN_POLICY, keyring=kr)
    _compare(out, cnpii.mask_frame(sdf.toPandas(), TOKEN_POLICY, keyring=kr))


def test_mask_is_keyed_by_the_executor_key(spark: Any, data: pd.DataFrame) -> None:
    """The executors use the key their reference resolves to, not anything from the driver:
    a policy tokenized under another key gives other tokens."""
    from cnpii import Keyring

    other = Keyring({1: bytes(32)})
    sdf = spark.createDataFrame(data.drop(index=[5, 6]).head(200))
    ours = cs.mask(sdf, TOKEN_POLICY, keyring=env_keyring()).toPandas()
    theirs = cnpii.mask_frame(sdf.toPandas(), TOKEN_POLICY, keyring=other)
    both = ours["手机号"].notna() & ours["手机号"].str.fullmatch(r"\d{11}").fillna(False)
    assert both.sum() > 100
    assert (ours.loc[both, "手机号"] != theirs.loc[both, "手机号"]).all()


def test_keyring_without_reference_is_refused(spark: Any, data: pd.DataFrame) -> None:
    from cnpii import Keyring

    sdf = spark.createDataFrame(data.head(10))
    with pytest.raises(SparkError, match="reference"):
        cs.mask(sdf, TOKEN_POLICY, keyring=Keyring({1: KEY_BYTES}))
    with pytest.raises(SparkError, match="raw key bytes"):
        cs.mask(sdf, {"rules": [{"entity": "CN_MOBILE_PHONE", "operator": "hmac"}]},
                keyring=KEY_BYTES)
    # a policy whose rules need no key sends none, whatever keyring it was loaded with
    plain = cs.mask(sdf, None, keyring=Keyring.generate())
    assert plain.collect()[0]["手机号"] == cnpii.mask_frame(data.head(10))["手机号"][0]
    kr = env_keyring()
    kr2 = Keyring.from_json(kr.to_json())
    kr2.rotate()  # a rotated keyring no longer matches what its reference loads
    with pytest.raises(SparkError):
        cs.tokenize(sdf, {"手机号": "CN_MOBILE_PHONE"}, kr2)


def test_key_never_in_plan_closure_or_event_log(spark: Any, data: pd.DataFrame,
                                                event_log: Path, tmp_path: Path) -> None:
    from pyspark import cloudpickle

    from cnpii.spark._api import _udf
    from cnpii.spark._jobs import MaskColumnJob, chain_spec

    kr = env_keyring()
    policy = cnpii.Policy.load(TOKEN_POLICY, keyring=kr)
    sdf = spark.createDataFrame(data.drop(index=[5, 6]).head(200))
    out = cs.mask(sdf, policy)
    out.collect()
    tokens = cs.tokenize(sdf, {"银行卡号": "CN_BANK_CARD"}, kr, opaque=True)
    tokens.collect()
    plan = out._jdf.queryExecution().toString() + tokens._jdf.queryExecution().toString()
    assert "cnpii_MaskColumnJob" in plan  # the plan shows the UDF, by name only
    conf = "\n".join(f"{k}={v}" for k, v in spark.sparkContext.getConf().getAll())
    logs = b"".join(p.read_bytes() for p in event_log.rglob("*") if p.is_file())
    assert b"cnpii_MaskColumnJob" in logs  # the event log (what the UI shows) was written
    # what Spark pickles for the executors: the UDF's function with its job
    plans = cs.plan_columns(sdf, policy)
    job = MaskColumnJob("手机号", plans["手机号"], chain_spec(policy.resolve()), kr.reference)
    closure = cloudpickle.dumps(_udf(job).func)
    for spelling in key_spellings():
        assert spelling not in closure
        assert spelling.decode("latin-1") not in plan
        assert spelling.decode("latin-1") not in conf
        assert spelling not in logs
    assert keyring_document().encode() not in logs
    # the closure holds only the reference: a process without the variable cannot mask ...
    script = ("import sys, pickle, pandas as pd\n"
              "fn = pickle.loads(sys.stdin.buffer.read())\n"
              "try:\n    fn(pd.Series(['13812345678']))\n"
              "except Exception as e:\n    print(type(e).__name__)\n")
    env = {k: v for k, v in __import__("os").environ.items() if k != KEY_ENV}
    proc = subprocess.run([sys.executable, "-c", script], input=closure, capture_output=True,
                          env=env, timeout=120)
    assert proc.stdout.decode().strip() == "KeyringError", proc.stderr.decode()[-2000:]
    # ... and one with the variable makes the same token as the pandas path
    env[KEY_ENV] = keyring_document()
    script2 = ("import sys, pickle, pandas as pd\n"
               "fn = pickle.loads(sys.stdin.buffer.read())\n"
               "print(fn(pd.Series(['13812345678'])).iloc[0])\n")
    proc = subprocess.run([sys.executable, "-c", script2], input=closure, capture_output=True,
                          env=env, timeout=120)
    want = cnpii.mask_frame(pd.DataFrame({"手机号": ["13812345678"]}), policy,
                            columns={"手机号": "CN_MOBILE_PHONE"})["手机号"].iloc[0]
    assert proc.stdout.decode().strip() == want, proc.stderr.decode()[-2000:]


def test_tokenize_and_detokenize_columns(spark: Any, data: pd.DataFrame) -> None:
    from cnpii.audit import MemorySink

    kr = env_keyring()
    sdf = spark.createDataFrame(data).repartition(3)
    source = sdf.toPandas().sort_values(KEY).reset_index(drop=True)
    cols = {"手机号": "CN_MOBILE_PHONE", "客户姓名": "PERSON", "lxdh": "CN_MOBILE_PHONE"}
    tok_df = cs.tokenize(sdf, cols, kr, on_invalid="opaque")
    got = tok_df.toPandas().sort_values(KEY).reset_index(drop=True)
    tok = cnpii.Tokenizer(kr)
    from cnpii.masking._frame import _as_strings

    for col, entity in cols.items():
        s = source[col]
        strings = s.astype(object).where(s.isna(), None)
        strings[s.notna()] = _as_strings(s[s.notna()])
        want = tok.tokenize_many(strings, entity, on_invalid="opaque")
        assert [norm(v) for v in got[col]] == [norm(v) for v in want], col
    # detokenizing needs a grant; a refusal is audited and nothing runs
    sink = MemorySink()
    guarded = cnpii.Tokenizer(kr, grants=[("fraud", "CN_MOBILE_PHONE", "investigation")],
                              audit=sink)
    with pytest.raises(PermissionDenied):
        cs.detokenize(tok_df, {"手机号": "CN_MOBILE_PHONE", "客户姓名": "PERSON"}, guarded,
                      actor="bob", role="fraud", purpose="investigation")
    assert [e.outcome for e in sink.events] == ["denied"]
    back = cs.detokenize(tok_df, {"手机号": "CN_MOBILE_PHONE"}, guarded, actor="alice",
                         role="fraud", purpose="investigation", reason="case 1")
    ok = [e for e in sink.events if e.outcome == "ok"]
    assert len(ok) == 1 and ok[0].count == int(source["手机号"].notna().sum())
    restored = back.toPandas().sort_values(KEY).reset_index(drop=True)
    assert [norm(v) for v in restored["手机号"]] == [norm(v) for v in source["手机号"]]
    assert [norm(v) for v in restored["客户姓名"]] == [norm(v) for v in got["客户姓名"]]


def test_suppress_nulls_or_drops_keeping_types(spark: Any, data: pd.DataFrame) -> None:
    policy = {"rules": [{"column": "lxdh", "operator": "suppress"},
                        {"column": "email", "operator": "suppress",
                         "params": {"drop_column": True}}]}
    sdf = spark.createDataFrame(data.head(100))
    out = cs.mask(sdf, policy)
    assert "email" not in out.columns and out.columns == [c for c in sdf.columns if c != "email"]
    assert dict(out.dtypes)["lxdh"] == "bigint"
    got = out.toPandas()
    assert got["lxdh"].isna().all() and len(got) == 100
    expected = cnpii.mask_frame(sdf.toPandas(), policy)
    assert list(expected.columns) == out.columns
    _compare(out.drop("lxdh"), expected.drop(columns=["lxdh"]))


def test_nested_columns_fail_closed(spark: Any) -> None:
    from pyspark.sql import functions as F

    sdf = spark.createDataFrame(pd.DataFrame({"手机号": ["13812345678"], "n": [1]}))
    nested = sdf.withColumn("tags", F.array(F.lit("13812345678")))
    with pytest.raises(SparkError, match="tags"):
        cs.mask(nested)
    out = cs.mask(nested, columns=["手机号"]).collect()[0]
    assert out["手机号"] == "138****5678" and out["tags"] == ["13812345678"]


def test_scan_findings_as_rows(spark: Any, data: pd.DataFrame) -> None:
    sdf = spark.createDataFrame(data).repartition(3)
    found = cs.scan(sdf, ["备注", "地址", "客户姓名"], key=KEY)
    assert found.columns == ["row_key", "column", "entity", "start", "end", "score", "preview"]
    got = found.toPandas()
    expected = []
    for _, r in data.iterrows():
        for col in ["备注", "地址", "客户姓名"]:
            v = r[col]
            if v is None:
                continue
            for f in cnpii.scan(v):
                expected.append((int(r[KEY]), col, str(f.entity), f.start, f.end, f.masked(v)))
    have = sorted(zip(got["row_key"].astype(int), got["column"], got["entity"], got["start"],
                      got["end"], got["preview"]))
    assert have == sorted(expected)
    assert Counter(got["entity"])["CN_MOBILE_PHONE"] > 50
    # never the value: no preview equals the text it was cut from
    texts = data.set_index(KEY)
    for k, col, s, e, p in zip(got["row_key"], got["column"], got["start"], got["end"],
                               got["preview"]):
        assert p != texts.at[int(k), col][s:e]


def test_scan_generated_key_and_default_columns(spark: Any) -> None:
    pdf = pd.DataFrame({"备注": ["手机13812345678", None, "无"], "n": [1, 2, 3]})
    got = cs.scan(spark.createDataFrame(pdf).repartition(2)).toPandas()
    assert list(got["column"]) == ["备注"] and list(got["entity"]) == ["CN_MOBILE_PHONE"]
    assert got["row_key"].notna().all() and got["preview"].iloc[0] == "138****5678"
    with pytest.raises(SparkError):
        cs.scan(spark.createDataFrame(pdf), ["missing"])


def test_validate_failures_as_rows(spark: Any) -> None:
    from cnpii.validation import evaluate

    pdf = pd.DataFrame({
        "cid": range(6),
        "name": ["张三", "Z3", "李四", None, "王五", "赵六"],
        "mobile": ["13812345678", "12345", None, "13912345678", "13812345678", "1381234567"],
        "email": ["a@example.com", "bad@", None, "c@example.com", "d@example.com", "e@x.cn"],
    })
    sdf = spark.createDataFrame(pdf).repartition(3)
    got = cs.validate(sdf, purpose="marketing_contact", key="cid").toPandas()
    result = evaluate(pdf.drop(columns=["cid"]), "marketing_contact", bound=True)
    want = sorted((int(pdf["cid"][i]), result.source.get(f, f), f, c)
                  for (f, c), m in result.failures.items() for i in m.nonzero()[0])
    body = got[got["code"] != "undeclared_column"]
    have = sorted(zip(body["row_key"].astype(int), body["column"], body["field"], body["code"]))
    assert have == want and len(want) >= 3
    assert set(got["code"]) >= {"invalid"}
    assert "12345" not in got.to_string()
    extra = cs.validate(sdf.withColumn("secret_col", sdf["name"]), purpose="marketing_contact",
                        key="cid").toPandas()
    assert ("secret_col", "undeclared_column") in set(zip(extra["column"], extra["code"]))


def test_classify_on_a_sample(spark: Any, data: pd.DataFrame) -> None:
    sdf = spark.createDataFrame(data)
    got = cs.classify(sdf, sample=500, seed=3)
    assert type(got).__name__ == "Classification"
    frame = got.to_frame()
    assert frame.loc["身份证号码", "entity"] == "CN_RESIDENT_ID"
    assert frame.loc["balance", "category"] == "C2" and frame.loc["vip", "category"] == "C1"


def test_errors_are_cnpii_errors(spark: Any) -> None:
    sdf = spark.createDataFrame(pd.DataFrame({"a": ["13812345678"]}))
    with pytest.raises(TypeError):
        cs.mask(pd.DataFrame({"a": [1]}))  # type: ignore[arg-type]
    with pytest.raises(CnpiiError):
        cs.tokenize(sdf, {"nope": "CN_MOBILE_PHONE"}, env_keyring())
    assert issubclass(KeyringError, CnpiiError) and issubclass(SparkError, CnpiiError)


def test_without_pyspark_cnpii_imports_and_spark_names_the_extra() -> None:
    script = (
        "import sys\n"
        "sys.modules['pyspark'] = None  # as if pyspark were not installed\n"
        "import cnpii, pandas as pd\n"
        "assert cnpii.mask_frame(pd.DataFrame({'sjh': ['13812345678']}))['sjh'][0] == '138****5678'\n"
        "import cnpii.masking, cnpii.tokenization, cnpii.detection\n"
        "try:\n"
        "    import cnpii.spark\n"
        "except ImportError as e:\n"
        "    from cnpii.errors import CnpiiError, MissingExtra\n"
        "    assert isinstance(e, MissingExtra) and isinstance(e, CnpiiError), type(e)\n"
        "    assert e.extra == 'spark' and 'cnpii[spark]' in str(e), str(e)\n"
        "    print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert proc.stdout.strip() == "ok", proc.stderr[-3000:]
    # and importing cnpii itself never loads pyspark
    proc = subprocess.run([sys.executable, "-c", "import sys, cnpii, cnpii.masking; "
                           "cnpii.Tokenizer; print('pyspark' in sys.modules)"],
                          capture_output=True, text=True, timeout=300)
    assert proc.stdout.strip() == "False", proc.stderr[-3000:]
