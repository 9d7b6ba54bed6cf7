"""Which findings a format shows is settled before rendering; the CLI writes the step summary."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from srccheck.cli import cli
from srccheck.engine import check_text
from srccheck.model import Level, Report
from srccheck.report import FORMATS, REGISTRY, RenderOptions, render, shown_findings

from .conftest import isolate

ARTICLE = "Sources said the dam had been mined. Officials said the town was evacuated.\n"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    isolate(tmp_path, monkeypatch)
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    return CliRunner()


def test_every_format_has_a_renderer_in_the_registry():
    report = Report("0-test", [check_text(ARTICLE, path="a.txt")])
    for fmt in FORMATS:
        stream = io.StringIO()
        render(report, fmt, stream, RenderOptions(width=100, color=False))
        assert stream.getvalue(), fmt
    assert set(FORMATS) == set(REGISTRY)
    with pytest.raises(ValueError, match="unknown format"):
        render(report, "yaml", io.StringIO())


def test_shown_findings_follow_level_and_suppression():
    article = check_text(ARTICLE, path="a.txt")
    article.findings[0].suppressed = True
    everything = RenderOptions()
    assert shown_findings(article, everything) == article.findings
    hidden = shown_findings(article, RenderOptions(show_suppressed=False))
    assert article.findings[0] not in hidden and len(hidden) == len(article.findings) - 1
    assert shown_findings(article, RenderOptions(min_level=Level.ERROR)) == [
        f for f in article.findings if f.level is Level.ERROR
    ]


def test_the_github_format_appends_the_step_summary(runner, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = runner.invoke(cli, ["a.txt", "--format", "github"], catch_exceptions=False)
    assert result.exit_code == 0
    assert all(line.startswith("::") for line in result.stdout.splitlines())
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n# srccheck report") and "SRC101" in written
    runner.invoke(cli, ["a.txt", "--format", "line"], catch_exceptions=False)
    assert summary.read_text(encoding="utf-8") == written  # only the github format writes it


def test_an_unwritable_step_summary_is_one_line(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no" / "such" / "summary.md"))
    result = runner.invoke(cli, ["a.txt", "--format", "github"], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"srccheck: error: {tmp_path / 'no' / 'such' / 'summary.md'}: cannot write (its directory does not exist)"
    ]


def test_colour_follows_the_option_and_no_color(runner, monkeypatch):
    coloured = runner.invoke(cli, ["a.txt", "-f", "terminal", "--color", "always"])
    assert "\x1b[" in coloured.stdout
    assert "\x1b[" not in runner.invoke(cli, ["a.txt", "-f", "terminal"]).stdout  # not a TTY
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in runner.invoke(cli, ["a.txt", "-f", "terminal", "--color", "auto"]).stdout
