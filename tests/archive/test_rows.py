"""Flat rows: stable columns, categories, carriers, and how outlet, folder and date are known."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from srccheck.archive.inputs import ItemRef, list_refs, read_refs
from srccheck.archive.metadata import (
    describe,
    front_matter,
    normalise_date,
    path_date,
    read_metadata_csv,
)
from srccheck.archive.rows import ARTICLE_NAMES, ATTRIBUTION_NAMES, article_row, attribution_rows
from srccheck.batch import BatchItem, BatchSetup, check_batch
from srccheck.errors import InputError
from srccheck.table import default_table

SETUP = BatchSetup(default_table())


def rows_of(text: str, **metadata: str) -> tuple[dict, list[dict]]:
    (result,) = check_batch([BatchItem("a1", text=text, metadata=metadata)], SETUP)
    return article_row(result), attribution_rows(result)


def test_columns_come_in_the_documented_order() -> None:
    article, attributions = rows_of("Officials said the bridge was closed.")
    assert tuple(article) == ARTICLE_NAMES
    assert tuple(attributions[0]) == ATTRIBUTION_NAMES


def test_anonymous_vague_and_named_sources_are_told_apart() -> None:
    text = (
        "Sources said the dam was mined. Russian media reported that the town fell. "
        "Reuters reported that the port reopened."
    )
    article, attributions = rows_of(text)
    assert [a["category"] for a in attributions] == ["anonymous", "vague", "named"]
    assert [a["entry"] for a in attributions] == [None, None, "reuters"]
    assert article["attributions"] == 3 and article["score"] is not None
    assert article["rules"] == sorted(set(article["rules"]))


def test_a_claim_relayed_by_a_low_rated_carrier_is_marked() -> None:
    _, attributions = rows_of("TASS, citing a source, reported that the convoy left.")
    relayed = [a for a in attributions if a["via"] is not None]
    assert relayed and relayed[0]["via_entry"] == "tass"
    assert relayed[0]["low_rated_carrier"] is True and relayed[0]["via_rating"] < 40
    _, attributions = rows_of("Reuters, citing a source, reported that the convoy left.")
    assert not any(a["low_rated_carrier"] for a in attributions)


def test_spans_point_into_the_text() -> None:
    text = "The weather was calm.\nOfficials said the bridge was closed."
    _, (row,) = rows_of(text)
    assert text[row["source_start"] : row["source_end"]] == row["source_text"] == "Officials"
    assert (row["line"], row["column"]) == (2, 1)
    assert text[row["content_start"] : row["content_end"]].startswith("the bridge")


def test_a_failed_article_keeps_its_identity_and_error_only() -> None:
    (result,) = check_batch([BatchItem("bad", error="bad: broken")], SETUP)
    row = article_row(result, "file.jsonl:3")
    assert (row["id"], row["input"], row["error"]) == ("bad", "file.jsonl:3", "bad: broken")
    assert row["score"] is None and row["rules"] == [] and attribution_rows(result) == []


def test_an_article_with_no_attribution_has_zero_counts() -> None:
    article, attributions = rows_of("The weather was calm all week.")
    assert attributions == [] and article["attributions"] == 0 and article["sources"] == 0
    assert article["lowest_score"] is None and article["error"] is None


# -- outlet, folder and date ----------------------------------------------------------------


def test_metadata_beats_front_matter_which_beats_the_path() -> None:
    text = "---\ndate: 2024-05-06\noutlet: 'Valley Post'\n---\nBody."
    assert describe({}, text, "2023/01/x.md") == ("Valley Post", "2024-05-06")
    assert describe({"publisher": "Wire", "date": "2022-02"}, text, None) == ("Wire", "2022-02")
    assert describe({}, "Body.", "news/2023/01/x.md") == (None, "2023-01")
    assert describe({}, "Body.", "news/2023-11-30-slug.md") == (None, "2023-11-30")
    assert describe({}, "Body.", "news/item-12345.md") == (None, None)


def test_toml_front_matter_and_iso_datetimes() -> None:
    assert front_matter('+++\ndate = "2024-01-31T10:00:00Z"\n+++\ntext') == {
        "date": "2024-01-31T10:00:00Z"
    }
    assert normalise_date("2024-01-31T10:00:00Z") == "2024-01-31"
    assert normalise_date("2024/3/5") == "2024-03-05"
    assert normalise_date("2024-13-01") is None
    assert normalise_date("last Tuesday") is None
    assert path_date("archive/1999/12/31/x.txt") == "1999-12-31"
    assert front_matter("no front matter\n---\n") == {}


@given(st.text(max_size=200))
def test_metadata_parsers_never_fail_on_any_text(text: str) -> None:
    front_matter(text)
    front_matter("---\n" + text + "\n---\n")
    date = normalise_date(text)
    assert date is None or len(date) in (7, 10)
    found = path_date(text)
    assert found is None or found[:2] in ("19", "20")


def test_a_metadata_csv_is_keyed_by_id_or_path(tmp_path: Path) -> None:
    sheet = tmp_path / "meta.csv"
    sheet.write_text("path,Outlet,date\nnorth/a.txt,North Courier,2024-02-03\n", "utf-8")
    assert read_metadata_csv(sheet) == {
        "north/a.txt": {"path": "north/a.txt", "outlet": "North Courier", "date": "2024-02-03"}
    }
    bad = tmp_path / "bad.csv"
    bad.write_text("outlet,date\nX,2024-01-01\n", "utf-8")
    with pytest.raises(InputError, match="an 'id' or 'path' column"):
        read_metadata_csv(bad)


def test_refs_carry_folder_metadata_and_record_offsets(tmp_path: Path) -> None:
    (tmp_path / "north" / "2024").mkdir(parents=True)
    (tmp_path / "north" / "2024" / "a.txt").write_text("Officials said so.\n", "utf-8")
    (tmp_path / "top.txt").write_text("Sources said so.\n", "utf-8")
    records = tmp_path / "wire.jsonl"
    records.write_text(
        '{"id": "w1", "text": "Reuters reported so.", "publisher": "Wire"}\n\n'
        "not json\n"
        '{"id": "w4", "body": "no text"}\n',
        "utf-8",
    )
    metadata = {"north/2024/a.txt": {"outlet": "North Courier"}}
    refs = list(list_refs([str(tmp_path)], metadata=metadata))
    assert [(r.key.removeprefix(str(tmp_path)), r.folder) for r in refs] == [
        ("/north/2024/a.txt", "north/2024"),
        ("/top.txt", ""),
        ("/wire.jsonl:1", ""),
        ("/wire.jsonl:3", ""),
        ("/wire.jsonl:4", ""),
    ]
    assert refs[0].metadata == (("outlet", "North Courier"),)
    items = list(read_refs(refs))
    assert items[2].id == "w1" and items[2].metadata["publisher"] == "Wire"
    assert "not a JSON record" in (items[3].error or "")
    assert "needs a 'text' string" in (items[4].error or "")
    assert items[0].path == refs[0].path and items[0].text is None


def test_a_record_without_id_is_known_by_its_line(tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text('{"text": "Officials said so."}\n', "utf-8")
    (item,) = read_refs([ItemRef(f"{records}:1", str(records), 0)])
    assert item.id == f"{records}:1"
