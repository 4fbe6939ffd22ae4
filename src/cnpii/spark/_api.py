"""cnpii on Spark DataFrames: plan on the driver, mask/scan/validate batch by batch on the
executors through Arrow, with the same functions as the pandas path."""

from __future__ import annotations

import datetime
from typing import Any, Mapping, Sequence

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark.sql.functions import pandas_udf

from cnpii.errors import SparkError
from cnpii.spark._jobs import (
    DetokenizeColumnJob,
    MaskColumnJob,
    ScanJob,
    TokenizeColumnJob,
    ValidateJob,
    chain_spec,
)
from cnpii.spark._keys import key_reference

__all__ = ["plan_columns", "mask", "tokenize", "detokenize", "scan", "classify", "validate",
           "ROW_KEY"]

#: name of the row key :func:`scan` and :func:`validate` add when ``key=`` is not given
ROW_KEY = "_cnpii_row_id"

_ATOMIC = (T.StringType, T.CharType, T.VarcharType, T.BooleanType, T.ByteType, T.ShortType,
           T.IntegerType, T.LongType, T.FloatType, T.DoubleType, T.DecimalType, T.DateType,
           T.TimestampType, T.TimestampNTZType)


def _check_frame(sdf: Any) -> None:
    if not isinstance(sdf, DataFrame):
        raise TypeError("cnpii.spark needs a pyspark.sql.DataFrame (classic or Spark Connect)")
    names = [f.name for f in sdf.schema.fields]
    if len(set(names)) != len(names):
        raise SparkError("the DataFrame has repeated column names; rename them first")


def _selected(columns: Any, name: str) -> bool:
    if columns is None:
        return True
    if isinstance(columns, Mapping):
        return name in columns and columns[name] not in (None, "skip")
    return name in {str(c) for c in columns}


def _udf(job: Any, return_type: T.DataType = T.StringType()) -> Any:
    """A Series -> Series pandas UDF calling ``job`` on each Arrow batch."""
    import pandas as pd

    def cnpii_batch(values):  # type: ignore[no-untyped-def]
        return job(values)

    # real classes, not the strings `from __future__ import annotations` would leave
    cnpii_batch.__annotations__ = {"values": pd.Series, "return": pd.Series}
    cnpii_batch.__name__ = f"cnpii_{type(job).__name__}"
    return pandas_udf(cnpii_batch, returnType=return_type)  # type: ignore[call-overload]


def _resolve(policy: Any, role: str | None, purpose: str | None, keyring: Any) -> Any:
    from cnpii.masking._common import resolve_policy

    return resolve_policy(policy, role, purpose, keyring)


def plan_columns(sdf: DataFrame, policy: Any = None, *, columns: Any = None,
                 role: str | None = None, purpose: str | None = None, keyring: Any = None,
                 sample_size: int = 200, plan_rows: int = 2000) -> dict[str, Any]:
    """How :func:`mask` will treat each column: :func:`cnpii.masking.plan_columns` on the
    first ``plan_rows`` rows, collected to the driver once (values are only validated there,
    never logged). Columns of nested or binary types cannot be masked: unless ``columns=``
    leaves them out, :class:`~cnpii.errors.SparkError` is raised (nothing is left as it is
    silently).
    """
    from cnpii.masking import ColumnPlan
    from cnpii.masking import plan_columns as pandas_plan

    _check_frame(sdf)
    resolved = _resolve(policy, role, purpose, keyring)
    fields = sdf.schema.fields
    atomic = [f.name for f in fields if isinstance(f.dataType, _ATOMIC)]
    for f in fields:
        if f.name not in atomic and _selected(columns, f.name):
            raise SparkError(f"column {f.name!r} has type {f.dataType.simpleString()}, which "
                             "cnpii cannot mask; flatten it, or leave it out with columns=")
    sample = sdf.select(*[sdf[n] for n in atomic]).limit(plan_rows).toPandas() if atomic else None
    plans: dict[str, Any] = {}
    found = pandas_plan(sample, resolved, columns, sample_size) if sample is not None else {}
    for f in fields:
        plan = found.get(f.name) or ColumnPlan(f.name, "skip", None, "not in columns=")
        if plan.kind == "numeric" and isinstance(f.dataType, (T.ByteType, T.ShortType, T.IntegerType,
                                                              T.LongType, T.FloatType, T.DoubleType,
                                                              T.DecimalType)):
            # numbers in which the driver's sample held no identifier: a Spark column has one
            # type, so they stay numbers in the JVM (pandas would check each later value too)
            plan = ColumnPlan(f.name, "skip", None, f"{f.dataType.simpleString()} values, no "
                                                   "identifier in the sample")
        if plan.kind == "text" and isinstance(f.dataType, (T.DateType, T.BooleanType)):
            # pandas sees dates as objects, "text"; written YYYY-MM-DD they are never scanned
            # (mask_frame returns them as they are), so here they stay in the JVM untouched
            plan = ColumnPlan(f.name, "skip", None, f"{f.dataType.simpleString()} values, "
                                                   "no identifier")
        plans[f.name] = plan
    return plans


def mask(sdf: DataFrame, policy: Any = None, *, columns: Any = None, role: str | None = None,
         purpose: str | None = None, keyring: Any = None, sample_size: int = 200,
         plan_rows: int = 2000, plans: Mapping[str, Any] | None = None) -> DataFrame:
    """A masked DataFrame, equal row for row to :func:`cnpii.mask_frame` on the same data and
    policy (tokens included). Lazy: nothing runs until an action.

    The column plan is made once on the driver (see :func:`plan_columns`, or pass ``plans=``)
    so every partition is masked the same way. Each masked column is a pandas UDF: Spark
    sends it Arrow batches and cnpii's :class:`~cnpii.masking.FrameMasker` masks each batch
    whole. Columns left as they are never leave the JVM. Row count, column order and nulls are
    kept; a masked column becomes ``string``; a ``suppress`` rule nulls the column (keeping
    its type) or drops it (``drop_column``).

    A keyed policy (hmac, tokenize) needs a keyring loaded from an environment variable, a
    file or a KMS: only its reference travels to the executors, which resolve it there.
    """
    from cnpii.operators import Suppress

    _check_frame(sdf)
    resolved = _resolve(policy, role, purpose, keyring)
    keyed = any(r.op is not None and r.op.keyed for _, rules in resolved.chain for r in rules)
    ref = key_reference(resolved.keyring) if keyed else None  # no key, if nothing needs one
    if plans is None:
        plans = plan_columns(sdf, resolved, columns=columns, sample_size=sample_size,
                             plan_rows=plan_rows)
    spec = chain_spec(resolved)
    out: list[Column] = []
    for f in sdf.schema.fields:
        plan = plans.get(f.name)
        if plan is None:
            raise SparkError(f"no plan for column {f.name!r}")
        if plan.kind == "skip":
            out.append(sdf[f.name])
            continue
        if not isinstance(f.dataType, _ATOMIC):
            raise SparkError(f"column {f.name!r} has type {f.dataType.simpleString()}, which "
                             "cnpii cannot mask; flatten it, or leave it out with columns=")
        if plan.kind != "text":
            op = resolved.decide(plan.entity, f.name).operator
            if isinstance(op, Suppress):
                if not op.drop_column:
                    out.append(F.lit(None).cast(f.dataType).alias(f.name))
                continue
        job = MaskColumnJob(f.name, plan, spec, ref)
        out.append(_udf(job)(sdf[f.name]).alias(f.name))
    return sdf.select(*out)


def tokenize(sdf: DataFrame, columns: Mapping[str, str], keyring: Any, *,
             domain: str | None = None, opaque: bool = False,
             on_invalid: str = "raise") -> DataFrame:
    """Tokens in the named columns (``{column: entity}``), equal to
    :meth:`cnpii.Tokenizer.tokenize_many` on the same values and key. Other columns are left
    as they are. ``keyring`` must have a reference (env, file or KMS): only that travels."""
    from cnpii.tokenization import Tokenizer

    _check_frame(sdf)
    ref = key_reference(keyring)
    if ref is None:
        raise SparkError("tokenize() needs a keyring")
    if on_invalid not in ("raise", "opaque", "null"):
        raise ValueError("on_invalid must be 'raise', 'opaque' or 'null'")
    names = {f.name for f in sdf.schema.fields}
    for col, entity in columns.items():
        if col not in names:
            raise SparkError(f"no column {col!r} in the DataFrame")
        Tokenizer(keyring)._domain(str(entity), domain)  # entity name checked here, early
    out = []
    for f in sdf.schema.fields:
        if f.name in columns:
            job = TokenizeColumnJob(str(columns[f.name]), domain, opaque, on_invalid, ref)
            out.append(_udf(job)(sdf[f.name]).alias(f.name))
        else:
            out.append(sdf[f.name])
    return sdf.select(*out)


def detokenize(sdf: DataFrame, columns: Mapping[str, str], tokenizer: Any, *, actor: str,
               role: str, purpose: str, reason: str | None = None, domain: str | None = None,
               key_version: int | None = None) -> DataFrame:
    """Original values of the tokens in the named columns (``{column: entity}``), only where
    ``tokenizer``'s grants allow ``role`` to see each entity for ``purpose``.

    Checked on the driver before anything runs: a refusal raises
    :class:`~cnpii.errors.PermissionDenied` and is audited. When allowed, the number of
    tokens released is counted (one Spark job) and one audit event per column is written to
    the tokenizer's sinks before the DataFrame is returned; the returned DataFrame releases
    exactly those values each time it is computed.
    """
    from cnpii.errors import AuditError, PermissionDenied
    from cnpii.tokenization.tokenizer import _entity_name

    _check_frame(sdf)
    ref = key_reference(tokenizer.keyring)
    names = {f.name for f in sdf.schema.fields}
    plan = {}
    for col, entity in columns.items():
        if col not in names:
            raise SparkError(f"no column {col!r} in the DataFrame")
        name = _entity_name(entity)
        plan[col] = (name, tokenizer._domain(name, domain))
    for col, (name, dom) in plan.items():  # all or nothing: every grant before any count
        if not tokenizer._allowed(role, name, purpose) or not tokenizer._sinks:
            tokenizer._authorise(name, dom, actor, role, purpose, reason, 0)
    counts = sdf.select(*[F.count(sdf[c]).alias(f"c{i}") for i, c in enumerate(plan)]).first()
    for i, (col, (name, dom)) in enumerate(plan.items()):
        tokenizer._authorise(name, dom, actor, role, purpose, reason, int(counts[i]))
        try:
            tokenizer._emit(action="detokenize", entity=name, domain=dom, outcome="ok",
                            count=int(counts[i]), actor=actor, role=role, purpose=purpose,
                            reason=reason)
        except AuditError:
            raise PermissionDenied("the audit event could not be written, so the values are "
                                   "not released") from None
    out = []
    for f in sdf.schema.fields:
        if f.name in plan:
            name, dom = plan[f.name]
            job = DetokenizeColumnJob(name, dom, key_version, ref)
            out.append(_udf(job)(sdf[f.name]).alias(f.name))
        else:
            out.append(sdf[f.name])
    return sdf.select(*out)


def _with_key(sdf: DataFrame, key: str | None) -> tuple[DataFrame, str, T.DataType, bool]:
    names = [f.name for f in sdf.schema.fields]
    if key is None:
        if ROW_KEY in names:
            raise SparkError(f"the DataFrame already has a column {ROW_KEY!r}; pass key=")
        return (sdf.withColumn(ROW_KEY, F.monotonically_increasing_id()), ROW_KEY,
                T.LongType(), True)
    if key not in names:
        raise SparkError(f"no key column {key!r} in the DataFrame")
    return sdf, key, sdf.schema[key].dataType, False


def scan(sdf: DataFrame, columns: Sequence[str] | None = None, *, key: str | None = None,
         entities: Any = None, threshold: float | None = None) -> DataFrame:
    """Findings as rows: ``row_key, column, entity, start, end, score, preview``, one per
    piece of personal information :func:`cnpii.scan_many` finds in each cell of ``columns``
    (default: every string column). ``preview`` is the finding masked for display, never the
    value. ``row_key`` is the ``key`` column's value, or a generated id
    (``monotonically_increasing_id``) when no key is given. Lazy.
    """
    _check_frame(sdf)
    fields = {f.name: f.dataType for f in sdf.schema.fields}
    if columns is None:
        cols = [n for n, t in fields.items() if isinstance(t, (T.StringType, T.CharType,
                                                               T.VarcharType)) and n != key]
    else:
        cols = [str(c) for c in columns]
        for c in cols:
            if c not in fields:
                raise SparkError(f"no column {c!r} in the DataFrame")
            if not isinstance(fields[c], _ATOMIC):
                raise SparkError(f"column {c!r} has type {fields[c].simpleString()}, which "
                                 "cnpii cannot scan")
    if entities is not None:
        from cnpii.detection._core import resolve_entities  # fail early on a bad name

        resolve_entities(entities)
        entities = [str(e) for e in entities]
    keyed, key_name, key_type, generated = _with_key(sdf, key)
    schema = T.StructType([
        T.StructField("row_key", key_type, True), T.StructField("column", T.StringType(), False),
        T.StructField("entity", T.StringType(), False), T.StructField("start", T.IntegerType(), False),
        T.StructField("end", T.IntegerType(), False), T.StructField("score", T.DoubleType(), False),
        T.StructField("preview", T.StringType(), False)])
    job = ScanJob(key_name, cols, entities, threshold, generated)
    src = keyed.select(*dict.fromkeys([key_name, *cols]))
    return src.mapInPandas(job, schema)


def validate(sdf: DataFrame, schema: Any = "customer", *, purpose: str | None = None,
             columns: Mapping[str, str] | None = None, key: str | None = None,
             today: datetime.date | None = None) -> DataFrame:
    """The customer-record rules (:func:`cnpii.validation.evaluate`, as
    :func:`cnpii.quality_report` applies them for ``schema`` and ``purpose``) on every row:
    one row per failure, ``row_key, column, field, code``, never a value. Columns a bound
    purpose does not declare come first as rows with a null ``row_key`` and code
    ``undeclared_column``. An empty result means every row passes. Lazy, except that the
    undeclared columns are found on the driver from the schema.
    """
    import pandas as pd

    from cnpii.validation import evaluate
    from cnpii.validation._report import resolve_schema
    from cnpii.validation._purposes import get_purpose

    _check_frame(sdf)
    name, purpose, columns, bound = resolve_schema(schema, purpose, columns)  # as quality_report()
    p = get_purpose(purpose)
    today = today or datetime.date.today()
    keyed, key_name, key_type, generated = _with_key(sdf, key)
    data_cols = [f.name for f in sdf.schema.fields if f.name != key_name]
    empty = pd.DataFrame({c: pd.Series([], dtype=object) for c in data_cols})
    undeclared = evaluate(empty, p, columns=columns, bound=bound, today=today).undeclared
    out_schema = T.StructType([
        T.StructField("row_key", key_type, True), T.StructField("column", T.StringType(), True),
        T.StructField("field", T.StringType(), True), T.StructField("code", T.StringType(), False)])
    src = keyed.select(*[keyed[c] for c in dict.fromkeys([key_name, *data_cols])])
    job = ValidateJob(key_name, p, columns, bound, today, drop_key=generated or key_name not in data_cols)
    rows = src.mapInPandas(job, out_schema)
    if undeclared:
        spark = sdf.sparkSession
        head = spark.createDataFrame([(None, c, None, "undeclared_column") for c in undeclared],
                                     out_schema)
        rows = head.unionByName(rows)
    return rows


def classify(sdf: DataFrame, sample: int = 1000, *, seed: int = 0, **kwargs: Any) -> Any:
    """:func:`cnpii.classify` on a random sample of ``sample`` rows (chosen by ``seed``),
    collected to the driver: the table's sensitivity classification without moving the
    table."""
    from cnpii.classification import classify as fn

    _check_frame(sdf)
    if sample < 1:
        raise ValueError("sample must be at least 1")
    pdf = sdf.orderBy(F.rand(seed)).limit(sample).toPandas()
    return fn(pdf, sample=sample, seed=seed, **kwargs)
