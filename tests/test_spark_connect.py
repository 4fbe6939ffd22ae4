"""cnpii.spark over Spark Connect: a local Spark Connect server (from pyspark's own jars) is
started for this module; the client session runs the same functions and gets the same
results as the pandas path. The server, like a cluster's executors, has the keyring's
environment variable; the client sends only its reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pandas as pd
import pytest

from spark_support import (
    KEY_ENV,
    SPARK_FILTERS,
    connect_server,
    customers,
    env_keyring,
    rows,
    stop_classic_jvm,
)

pytest.importorskip("pyspark")

import cnpii  # noqa: E402
import cnpii.spark as cs  # noqa: E402

pytestmark = [pytest.mark.spark, *[pytest.mark.filterwarnings(f) for f in SPARK_FILTERS]]

KEY = "row_no"  # a plain row key: a customer number is C2 and masked by default


@pytest.fixture(scope="module")
def server_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("connect") / "server.log"


@pytest.fixture(scope="module")
def remote(server_log: Path) -> Iterator[Any]:
    import os

    from pyspark.sql import SparkSession

    log = server_log
    saved = dict(os.environ)
    stop_classic_jvm()  # pyspark refuses a remote session beside a running classic one
    for url in connect_server(log):
        session = SparkSession.builder.remote(url).getOrCreate()
        try:
            yield session
        finally:
            session.stop()
            # a remote session switches pyspark into Connect mode through the environment
            # (SPARK_CONNECT_MODE_ENABLED): give the classic session of other tests its own
            for k in set(os.environ) - set(saved):
                del os.environ[k]
            os.environ.update(saved)


def _is_connect(sdf: Any) -> bool:
    return type(sdf).__module__.startswith("pyspark.sql.connect")


def test_connect_mask_with_tokens_equals_mask_frame(remote: Any) -> None:
    from pyspark.sql import functions as F

    data = customers(800, seed=11).drop(index=[5, 6])
    kr = env_keyring()
    policy = cnpii.Policy.load({"rules": [
        {"entity": "CN_MOBILE_PHONE", "operator": "tokenize"},
        {"entity": "CN_RESIDENT_ID", "operator": "tokenize"},
        {"entity": "CN_BANK_CARD", "operator": "keep", "params": {"first": 6, "last": 4}},
    ]}, keyring=kr)
    sdf = remote.createDataFrame(data).repartition(4, F.when(F.col(KEY) < 700, 0).otherwise(1))
    assert _is_connect(sdf)
    source = sdf.toPandas()
    out = cs.mask(sdf, policy)
    assert _is_connect(out)
    got = out.toPandas()
    expected = cnpii.mask_frame(source, policy)
    assert list(got.columns) == list(expected.columns) and len(got) == len(expected)
    g, e = rows(got, KEY), rows(expected, KEY)
    assert sum(a != b for a, b in zip(g, e)) == 0, "rows differ from mask_frame"
    assert (got["手机号"].dropna().str.len() == 11).all()


def test_connect_scan_and_validate(remote: Any) -> None:
    pdf = pd.DataFrame({"cid": [1, 2, 3], "name": ["张三", "Z3", None],
                        "mobile": ["13812345678", "12345", "13912345678"],
                        "备注": ["客户手机13812345678", "无", None]})
    sdf = remote.createDataFrame(pdf)
    found = cs.scan(sdf, ["备注"], key="cid").toPandas()
    assert list(zip(found["row_key"], found["entity"], found["start"], found["end"],
                    found["preview"])) == [(1, "CN_MOBILE_PHONE", 4, 15, "138****5678")]
    issues = cs.validate(sdf.drop("备注"), purpose="marketing_contact", key="cid").toPandas()
    assert ("mobile", "invalid") in set(zip(issues["field"], issues["code"]))
    assert set(issues["row_key"].dropna().astype(int)) <= {2, 3}


def test_connect_server_resolves_the_key_not_the_client(remote: Any, monkeypatch: Any) -> None:
    """The tokens come from the server's keyring: the client's own copy of the variable can
    be removed once the policy is built, and the job still runs."""
    kr = env_keyring()
    policy = cnpii.Policy.load({"rules": [{"entity": "CN_MOBILE_PHONE", "operator": "tokenize"}]},
                               keyring=kr)
    sdf = remote.createDataFrame(pd.DataFrame({"手机号": ["13812345678", None]}))
    out = cs.mask(sdf, policy)
    monkeypatch.delenv(KEY_ENV)
    got = out.toPandas()["手机号"].tolist()
    assert got[0] == cnpii.mask_frame(pd.DataFrame({"手机号": ["13812345678"]}), policy)["手机号"][0]
    assert got[1] is None or pd.isna(got[1])


def test_connect_server_log_holds_no_key(remote: Any, server_log: Path) -> None:
    """The server's log (driver and executors of local[2]: where a cluster admin looks) after
    tokenizing jobs holds neither the key nor the keyring document."""
    from spark_support import key_spellings, keyring_document

    kr = env_keyring()
    sdf = remote.createDataFrame(pd.DataFrame({"卡号": ["6222021234567890128", None]}))
    assert cs.tokenize(sdf, {"卡号": "CN_BANK_CARD"}, kr, opaque=True).count() == 2
    text = server_log.read_bytes()
    assert b"SparkConnectServer" in text  # the log is the server's, and it was written
    for spelling in key_spellings():
        assert spelling not in text
    assert keyring_document().encode() not in text
