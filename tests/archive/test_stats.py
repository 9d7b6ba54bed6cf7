"""srccheck stats on a fixture with known counts, and its table, CSV, JSON and chart."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

pytest.importorskip("pyarrow")
pytest.importorskip("pandas")

from srccheck.archive.rows import ARTICLE_NAMES, ATTRIBUTION_NAMES
from srccheck.archive.stats import compute
from srccheck.archive.store import prepare, write_part
from srccheck.cli import cli


def article(key: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ARTICLE_NAMES)
    row.update(id=key, input=key, rules=[], **values)
    return row


def attribution(key: str, source: str, category: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ATTRIBUTION_NAMES)
    row.update(article_id=key, input=key, source=source, category=category, kind="unknown")
    row.update(direct=False, hedged=False, low_rated_carrier=False, letter="F")
    row.update(values)
    return row


REUTERS = {"entry": "reuters", "kind": "outlet", "rating": 90, "letter": "B"}
OFFICIALS = {"class": "unnamed-official", "rating": 40, "letter": "D"}
MEDIA = {"class": "russian-media", "kind": "outlet", "rating": 15, "letter": "E"}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Two outlets over two months; every count below is known by construction."""
    out = tmp_path / "out"
    prepare(out)
    articles = [
        article("a1", outlet="Valley Post", folder="north/2024", month="2024-01", score=50),
        article("a2", outlet="Valley Post", folder="north/2024", month="2024-02", score=30),
        article("a3", outlet="Harbour Gazette", folder="south", month="2024-01", score=None),
        article("a4", outlet="Harbour Gazette", folder="south", error="a4: no such file"),
    ]
    attributions = [
        attribution("a1", "unnamed official", "anonymous", **OFFICIALS),
        attribution("a1", "unnamed official", "anonymous", **OFFICIALS),
        attribution("a1", "Reuters", "named", **REUTERS),
        attribution("a1", "Russian media", "vague", **MEDIA),
        attribution("a2", "the agency", "named", via="TASS", via_rating=25, low_rated_carrier=True),
        attribution("a2", "Reuters", "named", **REUTERS),
    ]
    write_part(out, "part-1.parquet", articles[:2], attributions)
    write_part(
        out, "part-2.parquet", articles[2:], [attribution("a3", "Russian media", "vague", **MEDIA)]
    )
    return out


def test_shares_by_outlet(out: Path) -> None:
    stats = compute(out, ["outlet"])
    harbour, valley = stats.groups
    assert valley == {
        "outlet": "Valley Post",
        "articles": 2,
        "failed": 0,
        "mean_score": 40.0,
        "attributions": 6,
        "anonymous": 2,
        "vague": 1,
        "low_rated_carrier": 1,
        "anonymous_share": round(2 / 6, 4),
        "vague_share": round(1 / 6, 4),
        "low_rated_carrier_share": round(1 / 6, 4),
        "anonymous_or_vague_share": 0.5,
    }
    assert (harbour["articles"], harbour["failed"], harbour["mean_score"]) == (1, 1, None)
    assert (harbour["attributions"], harbour["vague_share"]) == (1, 1.0)


def test_shares_by_month_and_folder(out: Path) -> None:
    january, february, unknown = compute(out, ["month"]).groups
    assert (unknown["month"], unknown["articles"], unknown["failed"]) == ("unknown", 0, 1)
    assert (january["month"], january["articles"], january["attributions"]) == ("2024-01", 2, 5)
    assert (february["month"], february["low_rated_carrier"]) == ("2024-02", 1)
    by_folder = compute(out, ["folder"], folder_depth=1).groups
    assert [(g["folder"], g["articles"]) for g in by_folder] == [("north", 2), ("south", 1)]
    assert compute(out, ["folder"], folder_depth=2).groups[0]["folder"] == "north/2024"
    (whole,) = compute(out).groups
    assert (whole["articles"], whole["failed"], whole["attributions"]) == (3, 1, 7)


def test_most_cited_sources_with_their_ratings(out: Path) -> None:
    sources = compute(out, top=3).sources
    assert [(s["source"], s["attributions"], s["articles"], s["rating"]) for s in sources] == [
        ("Reuters", 2, 2, 90),
        ("Russian media", 2, 2, 15),
        ("unnamed official", 2, 1, 40),
    ]
    per_outlet = compute(out, ["outlet"], top=1).sources
    assert [(s["outlet"], s["source"]) for s in per_outlet] == [
        ("Harbour Gazette", "Russian media"),
        ("Valley Post", "Reuters"),
    ]


def test_a_group_without_an_outlet_is_unknown_and_listed_last(out: Path) -> None:
    write_part(out, "part-3.parquet", [article("a5", month="2024-03", score=70)], [])
    outlets = [g["outlet"] for g in compute(out, ["outlet"]).groups]
    assert outlets == ["Harbour Gazette", "Valley Post", "unknown"]


def test_cli_json_csv_and_table(out: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["stats", str(out), "--by", "outlet", "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["by"] == ["outlet"] and len(document["groups"]) == 2
    result = runner.invoke(cli, ["stats", str(out), "--by", "month", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["month"] for r in rows] == ["2024-01", "2024-02", "unknown"]
    assert rows[1]["low_rated_carrier_share"] == "0.5"
    result = runner.invoke(cli, ["stats", str(out), "--format", "csv", "--view", "sources"])
    assert next(csv.DictReader(io.StringIO(result.output)))["source"] == "Reuters"
    result = runner.invoke(cli, ["stats", str(out), "--by", "outlet"])
    assert "Valley Post" in result.output and "33.3%" in result.output
    assert "Most-cited sources" in result.output


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_a_chart_of_shares_over_months(
    out: Path, tmp_path: Path, suffix: str, magic: bytes
) -> None:
    pytest.importorskip("matplotlib")
    chart = tmp_path / f"trend{suffix}"
    result = CliRunner().invoke(
        cli, ["stats", str(out), "--by", "outlet", "--chart", str(chart), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert chart.read_bytes().startswith(magic)
    assert not list(tmp_path.glob(".trend*"))


def test_not_an_output_directory_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", str(tmp_path)], standalone_mode=True)
    assert result.exit_code == 2
    assert "no srccheck batch output here" in result.output


def test_a_chart_file_must_be_png_or_svg(out: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    result = CliRunner().invoke(cli, ["stats", str(out), "--chart", str(tmp_path / "c.gif")])
    assert result.exit_code == 2 and "a chart is a .png or .svg file" in result.output
