"""srccheck on Spark: the rows of ``srccheck batch``, made with ``mapPartitions``.

    spark-submit examples/spark_batch.py 'archive/*.jsonl' OUT

Reads JSON Lines records (``id``, ``text`` and any metadata fields such as ``outlet`` and
``date``), checks each partition with `srccheck.batch.check_batch` on every executor, and
writes ``OUT/articles`` and ``OUT/attributions`` as Parquet with the columns of
`srccheck.archive.rows` (the same rows ``srccheck batch`` writes). The loaded table travels
to each executor once, as a broadcast variable. Needs ``pip install srccheck pyspark`` on
the driver and the executors.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any

from pyspark.sql import SparkSession
from pyspark.sql import types as T

from srccheck.archive.rows import (
    ARTICLE_COLUMNS,
    ATTRIBUTION_COLUMNS,
    article_row,
    attribution_rows,
)
from srccheck.batch import BatchItem, BatchSetup, check_batch
from srccheck.setup import resolve_setup

SPARK_TYPES = {
    "string": T.StringType(),
    "int32": T.IntegerType(),
    "bool": T.BooleanType(),
    "list<string>": T.ArrayType(T.StringType()),
}


def spark_schema(columns: Iterable[tuple[str, str, str]]) -> T.StructType:
    """The Spark schema of a srccheck row table."""
    return T.StructType(
        [T.StructField(name, SPARK_TYPES[kind], kind != "bool") for name, kind, _ in columns]
    )


def checked_rows(records: Iterable[Any], setup: BatchSetup) -> Iterator[tuple[str, tuple]]:
    """The ``mapPartitions`` function: records in, ``(table, row)`` pairs out."""
    items = (
        BatchItem(
            str(record["id"]),
            text=record["text"],
            metadata={
                key: str(value)
                for key, value in record.asDict().items()
                if key not in ("id", "text") and value is not None
            },
        )
        for record in records
    )
    for result in check_batch(items, setup, keep_going=True):
        yield "articles", tuple(article_row(result).values())
        for row in attribution_rows(result):
            yield "attributions", tuple(row.values())


def main(source: str, out: str) -> None:
    """Check every record under ``source`` and write the two tables under ``out``."""
    spark = SparkSession.builder.appName("srccheck").getOrCreate()
    # The run's setup resolved once on the driver, its table loaded; one copy per executor.
    setup = spark.sparkContext.broadcast(BatchSetup.from_run(resolve_setup()))
    rows = spark.read.json(source).rdd.mapPartitions(lambda part: checked_rows(part, setup.value))
    rows = rows.cache()
    for table, columns in (("articles", ARTICLE_COLUMNS), ("attributions", ATTRIBUTION_COLUMNS)):
        picked = rows.filter(lambda pair, name=table: pair[0] == name).map(lambda pair: pair[1])
        frame = spark.createDataFrame(picked, spark_schema(columns))
        frame.write.mode("overwrite").parquet(f"{out}/{table}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
