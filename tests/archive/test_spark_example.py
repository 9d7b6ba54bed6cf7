"""The README's Spark example runs and gives the rows of a single-process run.

Skipped where pyspark (or Java) is missing: CI does not install the 300 MB of pyspark.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
from srccheck.archive.rows import article_row, attribution_rows
from srccheck.batch import BatchItem, BatchSetup, check_batch
from tests.archive.corpus import write_records
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def test_spark_map_partitions_gives_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), str(REPO / "examples")]))
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    monkeypatch.syspath_prepend(str(REPO / "examples"))
    source = tmp_path / "archive.jsonl"
    write_records(source, 60)
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession
    from spark_batch import main

    spark = (
        SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    )
    try:
        main(str(source), str(tmp_path / "out"))
    finally:
        spark.stop()
    records = [json.loads(line) for line in source.read_text().splitlines()]
    setup = BatchSetup.from_run()
    items = [
        BatchItem(
            r["id"],
            text=r["text"],
            metadata={k: str(v) for k, v in r.items() if k not in ("id", "text")},
        )
        for r in records
    ]
    articles, attributions = [], []
    for result in check_batch(items, setup):
        articles.append(article_row(result))
        attributions.extend(attribution_rows(result))
    written = {
        t: pq.read_table(tmp_path / "out" / t).to_pylist() for t in ("articles", "attributions")
    }
    assert canonical(written["articles"]) == canonical(articles)
    assert canonical(written["attributions"]) == canonical(attributions)
    assert os.environ["PYSPARK_PYTHON"] == sys.executable
