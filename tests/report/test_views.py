"""The claims view, the HTML page, the 80-column terminal, gate messages and --explain."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from srccheck.cli import cli
from srccheck.engine import check_text
from srccheck.model import Report
from srccheck.report import FORMATS, RenderOptions, render
from srccheck.report.claims import claims

ARTICLE = """\
The Harbour Institute said on Monday that the ferry was running again.

"We have two boats and one crew," said Anna Petrenko, a ferry operator. She added that <b>tickets</b> were free.
"""


def rendered(report: Report, fmt: str, **options: object) -> str:
    stream = io.StringIO()
    render(report, fmt, stream, RenderOptions(color=False, **options))  # type: ignore[arg-type]
    return stream.getvalue()


@pytest.fixture()
def small() -> Report:
    return Report("0.0-test", [check_text(ARTICLE, path="ferry.txt")])


def test_claims_follow_the_text_order(report: Report) -> None:
    article = report.articles[0]
    rows = list(claims(article))
    assert len(rows) == len(article.detection.attributions)
    places = [tuple(map(int, row.where.split(":"))) for row in rows]
    assert places == sorted(places)
    assert any(" via " in row.source for row in rows)  # a relayed claim names its carrier


def test_terminal_and_markdown_show_the_claims_view(report: Report) -> None:
    for fmt in ("terminal", "markdown"):
        text = rendered(report, fmt, width=100)
        assert "Claims" in text
        assert "a command post was destroyed" in text


def test_terminal_at_80_columns_keeps_ratings_on_one_line(report: Report) -> None:
    text = rendered(report, "terminal", width=80)
    assert max(len(line) for line in text.splitlines()) <= 80
    for rating in ("E 20 unreliable", "B 78 generally reliable", "F — unrated"):
        assert rating in text
    # Names wrap at spaces only: every word of a long name is whole on some line.
    for word in ("Institute", "Ministry", "administration"):
        assert re.search(rf"\b{word}\b", text)


def test_html_is_a_standalone_responsive_page(small: Report) -> None:
    page = rendered(small, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width:" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page


def test_html_highlights_mentions_and_claims_and_lists_findings(small: Report) -> None:
    page = rendered(small, "html")
    assert re.search(r'<span class="mention c\d" title="Anna Petrenko: F unrated">', page)
    assert re.search(r'<span class="claim c\d" title="claim by Harbour Institute', page)
    assert "<h3>Findings</h3>" in page and "SRC203" in page
    assert "<h3>Sources</h3>" in page and "Claims: who said what" in page


def test_html_escapes_article_text(small: Report) -> None:
    page = rendered(small, "html")
    assert "&lt;b&gt;tickets&lt;/b&gt;" in page and "<b>tickets" not in page


def test_explanation_in_terminal_markdown_and_html(report: Report) -> None:
    for fmt in ("terminal", "markdown", "html"):
        assert "attribution coverage" in rendered(report, fmt, width=100, explain=True)


# -- the CLI: gate messages and --explain in every format -----------------------------


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_score_gate_says_why_on_stderr(article_file: Path, fmt: str) -> None:
    result = CliRunner().invoke(
        cli, ["check", str(article_file), "--format", fmt, "--fail-under", "100", "--isolated"]
    )
    assert result.exit_code == 1
    [line] = [x for x in result.stderr.splitlines() if "gate failed" in x]
    assert str(article_file) in line and "under --fail-under 100" in line


def test_failed_findings_gate_names_the_rules(article_file: Path) -> None:
    result = CliRunner().invoke(
        cli, ["check", str(article_file), "--format", "line", "--fail-on", "info", "--isolated"]
    )
    assert result.exit_code == 1
    assert "at or above --fail-on info (SRC203" in result.stderr


def test_no_gate_message_when_it_passes_or_with_exit_zero(article_file: Path) -> None:
    runner = CliRunner()
    passed = runner.invoke(cli, ["check", str(article_file), "--format", "json", "--isolated"])
    zero = runner.invoke(
        cli, ["check", str(article_file), "--format", "json", "--fail-under", "100", "--exit-zero"]
    )
    assert passed.exit_code == 0 and zero.exit_code == 0
    assert "gate failed" not in passed.stderr + zero.stderr


@pytest.mark.parametrize("fmt", ["line", "json", "jsonl", "sarif", "github"])
def test_explain_goes_to_stderr_for_machine_formats(article_file: Path, fmt: str) -> None:
    result = CliRunner().invoke(
        cli, ["check", str(article_file), "--format", fmt, "--explain", "--isolated"]
    )
    assert "attribution coverage" in result.stderr
    if fmt in ("json", "jsonl"):  # stdout stays one valid document per line
        first = json.loads(result.stdout.splitlines()[0] if fmt == "jsonl" else result.stdout)
        assert first["schema_version"] == 1
