"""cnpii on Apache Spark: the pandas code path, batch by batch through Arrow.

Needs the ``spark`` extra (``pip install "cnpii[spark]"``); works on classic Spark and on
Spark Connect (any ``pyspark.sql.DataFrame``).

* :func:`mask` -- :func:`cnpii.mask_frame` on a Spark DataFrame: the same result row for row,
  tokens included; the column plan is made once on the driver (:func:`plan_columns`).
* :func:`tokenize` / :func:`detokenize` -- :class:`cnpii.Tokenizer` per column; detokenizing
  needs a grant and is audited on the driver.
* :func:`scan` -- findings as rows (row key, column, entity, start, end, score, masked
  preview), never the value.
* :func:`validate` -- the customer-record rules on every row, failures as rows.
* :func:`classify` -- :func:`cnpii.classify` on a random sample of rows.

Key material never travels with a job: a keyring loaded with ``Keyring.from_env``,
``from_file`` or ``from_kms`` pickles to its reference, which each executor resolves once per
Python worker (see ``docs/spark.md`` for the threat model)::

    from cnpii import Keyring, Policy
    import cnpii.spark as cs

    kr = Keyring.from_env("CNPII_KEYRING")      # set on the driver and on every executor
    masked = cs.mask(spark.table("ods.customer"), Policy.load("policy.yaml", keyring=kr),
                     role="analyst")
    masked.write.parquet("s3://bucket/customer_masked/")
"""

from __future__ import annotations

from cnpii.errors import MissingExtra

try:
    import pyspark  # noqa: F401
    from pyspark.sql import DataFrame as _DataFrame  # noqa: F401
    from pyspark.sql.functions import pandas_udf as _pandas_udf  # noqa: F401
except ImportError:
    raise MissingExtra('cnpii.spark needs pyspark, which is not installed: '
                       'pip install "cnpii[spark]"', extra="spark") from None

from cnpii.spark._api import (
    ROW_KEY,
    classify,
    detokenize,
    mask,
    plan_columns,
    scan,
    tokenize,
    validate,
)
from cnpii.spark._keys import clear_executor_keys, executor_keyring, key_reference

__all__ = ["mask", "plan_columns", "tokenize", "detokenize", "scan", "validate", "classify",
           "key_reference", "executor_keyring", "clear_executor_keys", "ROW_KEY"]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals())  # cnpii._args: typed, quiet errors (issue 11)
