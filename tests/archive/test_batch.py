"""check_batch: the library's entry point for batches."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from srccheck.batch import ArticleResult, BatchItem, BatchSetup, as_item, check_batch
from srccheck.engine import check_text
from srccheck.report.jsonreport import article_dict
from srccheck.table import default_table
from tests.archive.corpus import article_text

SETUP = BatchSetup(default_table())


def test_tuples_paths_and_items_each_give_one_result_in_order(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Officials said the bridge was closed.\n", encoding="utf-8")
    items = [
        ("a", "Sources said the dam was mined."),
        ("b", "The weather was fine.", {"outlet": "Valley Post"}),
        str(path),
        BatchItem("d", text="Reuters reported that the port reopened."),
    ]
    results = list(check_batch(items, SETUP))
    assert [r.id for r in results] == ["a", "b", str(path), "d"]
    assert results[1].metadata == {"outlet": "Valley Post"}
    assert results[2].path == str(path)
    assert all(r.error is None and r.report is not None for r in results)
    assert results[0].report is not None and results[0].report.counts["attributions"] == 1


def test_a_result_is_the_same_report_as_check_text() -> None:
    text = '"We will rebuild," said Marta Kowalczyk, a spokesperson for the council.'
    (result,) = check_batch([("x", text)], SETUP)
    assert result.report is not None
    assert result.article_dict() == article_dict(check_text(text, path="x"))


def test_an_unreadable_article_is_an_error_result_not_an_exception(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    results = list(check_batch([str(tmp_path / "missing.txt"), str(binary), ("ok", "Fine.")]))
    assert [r.report is None for r in results] == [True, True, False]
    assert "no such file" in (results[0].error or "")
    assert results[1].article_dict() == {"path": str(binary), "error": results[1].error}


def test_a_known_bad_item_is_its_error() -> None:
    (result,) = check_batch([BatchItem("r", error="r: not a JSON record")], SETUP)
    assert result == ArticleResult("r", None, "r: not a JSON record", {}, None)


def test_internal_errors_propagate_unless_keep_going(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("detector bug")

    monkeypatch.setattr("srccheck.batch.check_article", broken)
    with pytest.raises(RuntimeError):
        list(check_batch([("a", "Officials said so.")], SETUP))
    (result,) = check_batch([("a", "Officials said so.")], SETUP, keep_going=True)
    assert result.error == "a: internal error: RuntimeError: detector bug"


def test_worker_processes_give_the_same_results_in_the_same_order() -> None:
    import random

    rng = random.Random(5)
    items = [(f"n{i}", article_text(rng)) for i in range(80)]
    alone = [r.article_dict() for r in check_batch(items, SETUP)]
    pooled = [r.article_dict() for r in check_batch(iter(items), SETUP, jobs=2)]
    assert pooled == alone


def test_the_setup_pickles_even_after_look_ups_built_its_index() -> None:
    check_text("Reuters reported that the port reopened.", table=SETUP.table)
    assert SETUP.table._index is not None
    copy = pickle.loads(pickle.dumps(SETUP))
    assert copy.table._index is None and copy.table.entries == SETUP.table.entries
    assert (copy.table.base is None) == (SETUP.table.base is None)
    (result,) = check_batch([("a", "TASS reported that the port reopened.")], copy)
    assert result.report is not None and result.report.counts["lowest_score"] == 25


def test_stdin_items_take_the_name_given() -> None:
    from srccheck.engine import CheckOptions

    assert as_item("-", CheckOptions(stdin_name="draft.md")).id == "draft.md"
    assert as_item("-").id == "<stdin>"
