"""Strings from an article, a table or a file name are data in every command and stream:
no markup, no mention, no emoji, no escape sequence, no reordering, no extra line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from srccheck.engine import check_text
from srccheck.model import Report
from srccheck.report import RenderOptions, render
from srccheck.report.text import json_line, markdown, message, plain

from .conftest import invoke, one_error_line

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m"
BIDI_MARKS = ("\u200e", "\u200f", "\u061c")

TABLE = """schema_version = 1
extends_default = false

[[source]]
id = "link-outlet"
name = "[link=https://evil.invalid]Kharkiv Courier[/link]"
kind = "outlet"
score = 70
basis = "Regional daily.\\u001b]0;owned\\u0007\\u001b[2J"
reviewed = 2026-11-25

[[source]]
id = "bar-outlet"
name = "Bar [/bar] Gazette"
kind = "outlet"
score = 60
basis = "Test entry [bold]basis[/bold]."
reviewed = 2026-11-25
"""


def rendered(text: str, path: str, fmt: str) -> str:
    """``text`` checked as the article at ``path``, rendered in ``fmt``."""
    stream = io.StringIO()
    render(Report("0-test", [check_text(text, path=path)]), fmt, stream, RenderOptions(width=200))
    return stream.getvalue()


# -- Markdown and the GitHub step summary ----------------------------------------------------


def test_markdown_breaks_mentions_emoji_issue_links_and_entities():
    shown = markdown("@octocat and @org/team :fire: &amp; &#x1F525; owner/repo#12 [x](y)")
    assert "@octocat" not in shown and "@org" not in shown
    assert ":fire:" not in shown
    assert "#12" not in shown
    for entity in ("&amp;", "&#x1F525;"):
        assert entity not in shown.replace("\\" + entity, "")
    assert "[x](y)" not in shown


@pytest.mark.parametrize("fmt", ["markdown", "github"])
def test_the_markdown_report_and_step_summary_notify_no_one(runner, tmp_path, fmt, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    article = tmp_path / "@octocat :fire: &amp;.md"
    article.write_text("Officials said the bridge had been hit.\n", encoding="utf-8")
    result = invoke(runner, article.name, "--format", fmt, "--exit-zero")
    assert result.exit_code == 0, result.output
    text = result.stdout if fmt == "markdown" else summary.read_text(encoding="utf-8")
    assert article.name not in text and "@&#8203;octocat" in text
    assert "@octocat" not in text and ":fire:" not in text
    assert "&amp;" not in text.replace("\\&amp;", "")


# -- bidirectional marks and line separators -------------------------------------------------


@pytest.mark.parametrize("fmt", ["line", "terminal", "markdown", "github", "html"])
@pytest.mark.parametrize("mark", BIDI_MARKS)
def test_bidi_marks_are_shown_as_escapes(fmt, mark):
    text = f"Officials in Kh{mark}arkiv said the bridge{mark} had been hit.\n"
    out = rendered(text, f"dr{mark}aft.txt", fmt)
    assert mark not in out
    assert f"\\u{ord(mark):04x}" in out


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_jsonl_records_stay_one_line_for_every_line_reader(separator):
    text = f'"The bridge{separator}is down," an official said.{separator}Officials said so.\n'
    out = rendered(text, f"a{separator}b.txt", "jsonl")
    assert separator not in out
    assert len(out.splitlines()) == 1
    assert json.loads(out)["path"] == f"a{separator}b.txt"
    assert json_line(json.dumps(separator, ensure_ascii=False)) == f'"\\u{ord(separator):04x}"'


# -- rich output of table strings --------------------------------------------------------------


@pytest.fixture
def hostile_table(runner, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    (tmp_path / "hostile.toml").write_text(TABLE, encoding="utf-8")
    return "hostile.toml"


def test_sources_list_prints_markup_literally_and_never_crashes(runner, hostile_table):
    result = invoke(
        runner,
        *("sources", "list", "--sources", hostile_table, "--no-default-sources"),
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "[link=https://evil.invalid]Kharkiv Courier[/link]" in result.stdout
    assert "Bar [/bar] Gazette" in result.stdout
    assert "\x1b]8;" not in result.stdout


def test_sources_show_prints_no_escape_sequence_from_a_basis(runner, hostile_table):
    result = invoke(
        runner, "sources", "show", "link-outlet", "--sources", hostile_table, "--no-default-sources"
    )
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b]0;owned\\x07\\x1b[2J" in result.stdout
    shown = invoke(
        runner, "sources", "show", "bar-outlet", "--sources", hostile_table, "--no-default-sources"
    )
    assert "[bold]basis[/bold]" in shown.stdout


# -- file names on stderr ----------------------------------------------------------------------


def test_a_file_name_on_stderr_is_escaped(runner, tmp_path):
    name = f"gone{ESCAPES}\u202e\u200f\nsecond line.txt"
    result = invoke(runner, name)
    assert result.exit_code == 2
    line = one_error_line(result)
    assert "\x1b" not in line and "\u202e" not in line and "\u200f" not in line
    assert "gone\\x1b]0;owned\\x07" in line and "\\nsecond line.txt" in line


def test_an_unreadable_file_found_in_a_folder_is_escaped_on_stderr(runner, tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "bad\x1b[2J.txt").write_bytes(b"caf\xe9, not UTF-8\n")
    result = invoke(runner, "drafts")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "bad\\x1b[2J.txt" in result.stderr


def test_message_and_plain_keep_text_readable():
    assert message("a\tb\nc\x1b") == "a\\tb\\nc\\x1b"
    assert plain("a\tb\nc\x1b") == "a b c\\x1b"
    assert message("Рыбарь «ТАСС»") == "Рыбарь «ТАСС»"


def test_gate_failures_and_explanations_on_stderr_escape_the_file_name(runner, tmp_path):
    name = "d\x1b[2Jraft\u200f.txt"
    (tmp_path / name).write_text("Sources said the bridge had been hit.\n", encoding="utf-8")
    result = invoke(runner, name, "--format", "json", "--explain", "--fail-on", "info")
    assert result.exit_code == 1, result.output
    assert "gate failed" in result.stderr
    assert "\x1b" not in result.stderr and "\u200f" not in result.stderr
    assert "d\\x1b[2Jraft\\u200f.txt" in result.stderr
