"""Spark throughput: cnpii.spark.mask against the Presidio Spark sample's approach, on local
Spark with one and two cores.

Run:  python benchmarks/bench_spark.py [--rows 10000000] [--presidio-rows 20000]
                                       [--masters local[1] local[2]]

The table is benchmarks/masking_data.py's synthetic 10-column customer table, written once
to Parquet (in chunks, so 10 M rows never sit in the driver at once) and read back by Spark.
For each master a fresh SparkSession (a new JVM) is started and both approaches run in it:

* cnpii: ``cnpii.spark.mask(df)`` with the default policy -- the column plan made once on the
  driver, then cnpii's FrameMasker on whole Arrow batches in pandas UDFs;
* Presidio's Spark sample (docs/samples/spark of the Presidio repository): an
  ``AnalyzerEngine`` (cnpii's recognizers, ``cnpii.presidio.analyzer_engine``) and an
  ``AnonymizerEngine`` (the analyzer broadcast to the executors; the anonymizer, whose cnpii
  operator classes do not pickle, built once per Python worker), and a pandas UDF per text column that runs
  ``analyze`` + ``anonymize`` on every cell (``Series.apply``); the anonymizer applies the
  same default policy through cnpii's Presidio operators (``cnpii_<op>`` with the policy's
  parameters). It is far slower, so it runs on the first ``--presidio-rows`` rows.

Each run writes to Spark's ``noop`` sink, so every row is computed and nothing is stored.
Rates are rows per second of wall time, after one warm-up run on a small slice (JVM start,
Python workers, dictionaries). Printed: absolute figures and the cnpii / Presidio ratio per
master, and the local[2] / local[1] scaling of each approach.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import masking_data  # noqa: E402

warnings.filterwarnings("ignore", category=FutureWarning)
warnings.filterwarnings("ignore", category=DeprecationWarning)


def write_table(path: Path, rows: int, chunk: int = 1_000_000) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.mkdir(parents=True, exist_ok=True)
    done = 0
    part = 0
    while done < rows:
        n = min(chunk, rows - done)
        df = masking_data.customers(n, seed=2020 + part)
        df["customer_no"] += done
        if part == 0:
            masking_data.check(df)
        pq.write_table(pa.Table.from_pandas(df, preserve_index=False),
                       path / f"part-{part:05d}.parquet", row_group_size=25_000)
        done += n
        part += 1


def session(master: str) -> Any:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(master).appName("cnpii-bench")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.memory", "4g")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.files.maxPartitionBytes", str(4 * 1024 * 1024))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def presidio_masker(spark: Any, df: Any) -> Any:
    """The Presidio Spark sample's approach, with cnpii's recognizers and the default policy's
    operators: broadcast engines, one pandas UDF per text column, cell by cell."""
    import pandas as pd
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig
    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.types import StringType

    from cnpii.entities import Entity
    from cnpii.masking._common import resolve_policy
    from cnpii.presidio import analyzer_engine, operators

    analyzer = analyzer_engine()
    resolved = resolve_policy(None, None, None, None)
    configs = {}
    for e in Entity:
        op = resolved.operator_for(e)
        configs[e.value] = OperatorConfig(f"cnpii_{op.name}", dict(op.params))
    b_analyzer = spark.sparkContext.broadcast(analyzer)
    # cnpii's Presidio operator classes are made at run time and do not pickle: the anonymizer
    # is built once per Python worker instead of broadcast (it holds no state worth sending)
    built: dict[str, Any] = {}

    def anonymizer() -> Any:
        if "engine" not in built:
            engine = AnonymizerEngine()
            for cls in operators():
                engine.add_anonymizer(cls)
            built["engine"] = engine
        return built["engine"]

    def anonymize_text(text: Any) -> Any:
        if text is None:
            return None
        results = b_analyzer.value.analyze(text=text, language="zh")
        return anonymizer().anonymize(text=text, analyzer_results=results,
                                      operators=configs).text

    def anonymize_series(s):  # type: ignore[no-untyped-def]
        return s.apply(anonymize_text)

    anonymize_series.__annotations__ = {"s": pd.Series, "return": pd.Series}

    udf = pandas_udf(anonymize_series, returnType=StringType())
    text_cols = [f.name for f in df.schema.fields if isinstance(f.dataType, StringType)]
    return df.select(*[udf(df[c]).alias(c) if c in text_cols else df[c] for c in df.columns])


def identity_udfs(df: Any) -> Any:
    """Every string column through a pandas UDF that returns its input."""
    import pandas as pd
    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.types import StringType

    def same(s):  # type: ignore[no-untyped-def]
        return s

    same.__annotations__ = {"s": pd.Series, "return": pd.Series}
    udf = pandas_udf(same, returnType=StringType())
    text_cols = [f.name for f in df.schema.fields if isinstance(f.dataType, StringType)]
    return df.select(*[udf(df[c]).alias(c) if c in text_cols else df[c] for c in df.columns])


def run(frame: Any) -> float:
    t = time.perf_counter()
    frame.write.format("noop").mode("overwrite").save()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--presidio-rows", type=int, default=20_000)
    ap.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    ap.add_argument("--keep", help="keep the Parquet table in this directory")
    ap.add_argument("--floor", action="store_true",
                    help="also time an identity pandas UDF over the same string columns: "
                         "Spark's own cost of moving them through Python")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    import cnpii.spark as cs

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cnpii-bench-spark-"))
    table = tmp / f"customers-{args.rows}"
    t = time.perf_counter()
    if not table.exists():
        write_table(table, args.rows)
    print(f"table: {args.rows:,} rows x 10 columns in Parquet ({time.perf_counter() - t:.1f} s "
          f"to generate), cpu count {os.cpu_count()}, load {os.getloadavg()[0]:.1f}")
    results: dict[str, dict[str, float]] = {}
    try:
        for master in args.masters:
            spark = session(master)
            df = spark.read.parquet(str(table))
            small = df.limit(2000)
            run(cs.mask(small))  # warm-up: JVM, Python workers, dictionaries, plan path
            run(presidio_masker(spark, small.limit(200)))
            secs = run(cs.mask(df))
            if args.floor:
                f_secs = run(identity_udfs(df))
                print(f"{master}: identity pandas UDF {args.rows:>11,} rows {f_secs:8.1f} s "
                      f"{args.rows / f_secs:>10,.0f} rows/s  (Spark's floor for this table)")
            p_df = df.limit(args.presidio_rows).repartition(spark.sparkContext.defaultParallelism)
            p_df = p_df.cache()
            p_df.count()
            p_secs = run(presidio_masker(spark, p_df))
            c_small = run(cs.mask(p_df))  # cnpii on the same slice, for a like-for-like ratio
            p_df.unpersist()
            results[master] = {"cnpii": args.rows / secs, "presidio": args.presidio_rows / p_secs,
                               "cnpii_slice": args.presidio_rows / c_small}
            r = results[master]
            print(f"{master}: cnpii.spark.mask   {args.rows:>12,} rows {secs:8.1f} s "
                  f"{r['cnpii']:>10,.0f} rows/s")
            print(f"{master}: presidio sample    {args.presidio_rows:>12,} rows {p_secs:8.1f} s "
                  f"{r['presidio']:>10,.0f} rows/s")
            print(f"{master}: cnpii on that slice {args.presidio_rows:>11,} rows {c_small:8.1f} s "
                  f"{r['cnpii_slice']:>10,.0f} rows/s")
            print(f"{master}: ratio cnpii / presidio: {r['cnpii'] / r['presidio']:.1f}x "
                  f"(full table vs slice), {r['cnpii_slice'] / r['presidio']:.1f}x (same slice)")
            spark.stop()
        if "local[1]" in results and "local[2]" in results:
            one, two = results["local[1]"], results["local[2]"]
            print(f"scaling local[2] / local[1]: cnpii {two['cnpii'] / one['cnpii']:.2f}x, "
                  f"presidio {two['presidio'] / one['presidio']:.2f}x")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
