"""The archive run on a real local Dask cluster (2 worker processes), and resumption."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from srccheck.archive.inputs import list_refs, read_refs
from srccheck.archive.rows import article_row, attribution_rows
from srccheck.archive.run import check_partition, run_on_dask, write_partition
from srccheck.archive.store import (
    ARTICLES,
    ATTRIBUTIONS,
    part_name,
    prepare,
    read_rows,
)
from srccheck.batch import BatchSetup, check_batch
from srccheck.table import default_table
from tests.archive.corpus import write_corpus, write_records

SETUP = BatchSetup(default_table())
ARTICLE_COUNT = 300


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON text: equal lists mean equal rows, byte for byte."""
    return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    write_corpus(root, ARTICLE_COUNT)
    write_records(root / "wire.jsonl", 40)
    with (root / "wire.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    (root / "north" / "scan.txt").write_bytes(b"%PDF\x00\x00 binary")
    return root


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One local cluster of two single-threaded worker processes for the module."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",  # this machine only
        dashboard_address="127.0.0.1:0",  # any free port: never clash with another cluster
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def single_process_rows(root: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    articles: list[dict[str, Any]] = []
    attributions: list[dict[str, Any]] = []
    for result in check_batch(read_refs(list_refs([str(root)])), SETUP, keep_going=True):
        articles.append(article_row(result))
        attributions.extend(attribution_rows(result))
    return articles, attributions


def test_rows_on_two_workers_equal_the_single_process_run(
    archive: Path, scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    refs = list(list_refs([str(archive)]))
    assert prepare(out) == set()
    summary = run_on_dask(refs, SETUP, out, scheduler=scheduler, size=25)
    articles, attributions = single_process_rows(archive)
    assert summary.articles == len(refs) == ARTICLE_COUNT + 42
    assert summary.failed == 2 and summary.lost_partitions == 0
    assert summary.attributions == len(attributions) > ARTICLE_COUNT
    assert canonical(read_rows(out, ARTICLES)) == canonical(articles)
    assert canonical(read_rows(out, ATTRIBUTIONS)) == canonical(attributions)
    assert len(list((out / ARTICLES).glob("part-*.parquet"))) == (len(refs) + 24) // 25


def test_an_interrupted_run_resumes_where_it_stopped(
    archive: Path, scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    refs = list(list_refs([str(archive)]))
    prepare(out)
    # The run stopped after two partitions, in the middle of writing a third one: its
    # attributions file is there, its articles file only as a temporary file.
    for start in (0, 40, 80):
        rows = check_partition(refs[start : start + 40], SETUP)
        write_partition(out, rows)
    third = out / ARTICLES / part_name(ref.key for ref in refs[80:120])
    third.rename(third.with_name(".tmp-999-" + third.name))
    done = prepare(out)
    assert len(done) == 80
    assert not list((out / ARTICLES).glob(".tmp-*"))
    assert len(list((out / ATTRIBUTIONS).glob("part-*"))) == 2
    left = [ref for ref in refs if ref.key not in done]
    summary = run_on_dask(left, SETUP, out, scheduler=scheduler)
    assert summary.articles == len(refs) - 80
    articles, attributions = single_process_rows(archive)
    assert canonical(read_rows(out, ARTICLES)) == canonical(articles)
    assert canonical(read_rows(out, ATTRIBUTIONS)) == canonical(attributions)
    again = prepare(out)
    assert again == {ref.key for ref in refs}


def test_a_failing_article_is_one_error_row_and_its_partition_is_kept(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from srccheck import batch

    real = batch.check_article
    refs = list(list_refs([str(archive)]))[:10]

    def flaky(article: Any, *args: Any, **kwargs: Any) -> Any:
        if article.path == refs[3].path:
            raise ValueError("a detector bug")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(batch, "check_article", flaky)
    out = tmp_path / "out"
    prepare(out)
    rows = check_partition(refs, SETUP)
    write_partition(out, rows)
    assert (rows.article_count, rows.failed) == (10, 1)
    rows = read_rows(out, ARTICLES)
    errors = [row for row in rows if row["error"]]
    assert [row["input"] for row in errors] == [refs[3].key]
    assert "internal error: ValueError: a detector bug" in errors[0]["error"]


def test_output_of_another_schema_or_program_is_refused(tmp_path: Path) -> None:
    from srccheck.errors import SrccheckError

    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(SrccheckError, match="not srccheck batch output"):
        prepare(other)
    old = tmp_path / "old"
    prepare(old)
    (old / "srccheck-batch.json").write_text('{"schema_version": 0}', "utf-8")
    with pytest.raises(SrccheckError, match="schema version 0"):
        prepare(old)


def test_the_command_runs_on_a_cluster_given_its_scheduler(
    archive: Path, scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from srccheck.cli import cli

    monkeypatch.chdir(tmp_path)
    args = ["batch", str(archive / "south"), "-o", "out", "--scheduler", scheduler, "--isolated"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    rows = read_rows(tmp_path / "out", ARTICLES)
    assert rows and all(row["folder"].split("/")[0] in ("2024",) for row in rows)
    assert len(rows) == len(list((archive / "south").rglob("*.*")))
