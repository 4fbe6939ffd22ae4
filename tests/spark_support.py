"""Shared by the Spark tests: one local JVM per session, a Spark Connect server per module,
test keyrings reachable by reference, and the comparison with the pandas path.

Spark tests are part of the normal run: without pyspark they are skipped by
``pytest.importorskip`` only (pyspark is in the ``test`` extra, so CI has it); without Java
they fail with a message saying so, never skip.
"""

from __future__ import annotations

import base64
import math
import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Iterator

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import masking_data  # noqa: E402

sys.path.pop(0)

#: the environment variable the test keyring lives in (set before any JVM starts, so the
#: Python workers the JVM forks inherit it, as executors do from a cluster's secret store)
KEY_ENV = "CNPII_TEST_SPARK_KEYRING"
#: a fixed test key (never a real one): its bytes must not appear in any plan or closure
KEY_BYTES = bytes(range(7, 39))

warnings.filterwarnings("ignore", message=".*PySpark does not yet fully support pandas.*")
SPARK_FILTERS = [
    "ignore:.*PySpark does not yet fully support pandas.*:FutureWarning",
    "ignore::DeprecationWarning:pyspark.*",
    "ignore:.*toPandas attempted Arrow optimization.*:UserWarning",
]


def keyring_document() -> str:
    from cnpii import Keyring

    return Keyring({1: KEY_BYTES}).to_json()


def env_keyring() -> Any:
    from cnpii import Keyring

    os.environ.setdefault(KEY_ENV, keyring_document())
    return Keyring.from_env(KEY_ENV)


def key_spellings() -> list[bytes]:
    """The key as it could leak: bytes, base64 (standard, URL-safe, UTF-16), hex, and the
    working keys derived from it (FF1, SIV, operators)."""
    from cnpii import Keyring

    b64 = base64.b64encode(KEY_BYTES)
    kr = Keyring({1: KEY_BYTES})
    derived = [kr._derive(1, b"cnpii/ff1/AES", 32), kr._derive(1, b"cnpii/siv/AES", 64),
               kr.derive_key(b"cnpii/operators", 32)]
    return [KEY_BYTES, b64, b64.decode().encode("utf-16-le"), KEY_BYTES.hex().encode(),
            base64.urlsafe_b64encode(KEY_BYTES).rstrip(b"=")] + derived


def require_java() -> str:
    java = shutil.which("java") or (os.environ.get("JAVA_HOME") and
                                    str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
    if not java or not Path(java).exists():
        pytest.fail("the Spark tests need Java 17 (a JRE on PATH or JAVA_HOME); install "
                    "openjdk-17-jre-headless -- .ci/run does", pytrace=False)
    return java


def _worker_env() -> None:
    os.environ[KEY_ENV] = keyring_document()
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable


def classic_session(event_log_dir: Path) -> Any:
    pytest.importorskip("pyspark")
    require_java()
    _worker_env()
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("cnpii-tests")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4")
             .config("spark.sql.execution.arrow.maxRecordsPerBatch", "300")
             .config("spark.eventLog.enabled", "true")
             .config("spark.eventLog.dir", event_log_dir.as_uri())
             .config("spark.eventLog.compress", "false")
             .config("spark.driver.memory", "1g")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


class ClassicJvm:
    """The one local[2] JVM of a test session. A Spark Connect client cannot start while a
    classic session runs in the same process, so the Connect tests stop it (:meth:`stop`)
    and the next classic test starts it again (:meth:`get`)."""

    def __init__(self, event_log_dir: Path) -> None:
        self.event_log = event_log_dir
        self._session: Any = None

    def get(self) -> Any:
        if self._session is None:
            self._session = classic_session(self.event_log)
        return self._session

    def stop(self) -> None:
        if self._session is not None:
            self._session.stop()
            self._session = None


_JVM: ClassicJvm | None = None


def classic_jvm(tmp_dir: Path) -> ClassicJvm:
    """The process's :class:`ClassicJvm` (one per test session)."""
    global _JVM
    if _JVM is None:
        _JVM = ClassicJvm(tmp_dir)
    return _JVM


def stop_classic_jvm() -> None:
    if _JVM is not None:
        _JVM.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def connect_server(log_path: Path) -> Iterator[str]:
    """Start a local Spark Connect server from pyspark's own distribution (its jars ship the
    connect server); yield its ``sc://`` address; stop it."""
    pytest.importorskip("pyspark")
    java = require_java()
    import pyspark

    home = Path(pyspark.__file__).parent
    if not list((home / "jars").glob("spark-connect_*.jar")):
        pytest.fail("this pyspark distribution ships no Spark Connect server jar", pytrace=False)
    port = _free_port()
    env = dict(os.environ)
    env.update({"SPARK_HOME": str(home), KEY_ENV: keyring_document(),
                "PYSPARK_PYTHON": sys.executable, "JAVA_HOME": str(Path(java).resolve().parents[1])})
    cmd = [str(home / "bin" / "spark-submit"),
           "--class", "org.apache.spark.sql.connect.service.SparkConnectServer",
           "--master", "local[2]", "--name", "cnpii-connect-tests",
           "--conf", f"spark.connect.grpc.binding.port={port}",
           "--conf", "spark.connect.grpc.binding.address=127.0.0.1",
           "--conf", "spark.ui.enabled=false",
           "--conf", "spark.sql.shuffle.partitions=4",
           "--conf", "spark.sql.execution.arrow.maxRecordsPerBatch=300",
           "--conf", "spark.driver.memory=1g"]
    log = open(log_path, "wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail("the Spark Connect server exited: "
                            + log_path.read_text(errors="replace")[-2000:], pytrace=False)
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the Spark Connect server did not start within 120 s", pytrace=False)
        yield f"sc://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def customers(n: int = 1500, seed: int = 7) -> pd.DataFrame:
    """The benchmark's synthetic customer table, with nulls in every text column, a mobile
    number column held as integers (nullable), a date and a boolean column, and a few
    values that do not validate."""
    import numpy as np

    df = masking_data.customers(n, seed=seed)
    # a plain row key: a customer number is C2, so the default policy masks it
    df = df.rename(columns={"customer_no": "row_no"})
    rng = np.random.default_rng(seed)
    for col in ["客户姓名", "身份证号码", "手机号", "银行卡号", "email", "地址", "备注"]:
        holes = rng.random(n) < 0.08
        df[col] = df[col].astype(object).where(~holes, None)
    df.loc[5, "身份证号码"] = "110105194912310021"   # wrong check digit
    df.loc[6, "手机号"] = "1234"
    mobile_int = pd.array(masking_data.mobiles(rng, n).astype(np.int64), dtype="Int64")
    mobile_int[rng.random(n) < 0.1] = pd.NA
    df["lxdh"] = mobile_int
    df["vip"] = rng.random(n) < 0.3
    df["开户日期"] = pd.to_datetime(df["开户日期"]).dt.date
    return df


def norm(v: Any) -> Any:
    """One spelling of a cell for comparisons: None for every kind of null."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def rows(df: pd.DataFrame, key: str) -> list[tuple[Any, ...]]:
    df = df.sort_values(key, kind="stable").reset_index(drop=True)
    return [tuple(norm(v) for v in r) for r in df.itertuples(index=False, name=None)]
