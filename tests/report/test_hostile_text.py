"""Article text is data: markup, emoji codes and escape sequences print literally."""

from __future__ import annotations

import io
import json

import pytest

from srccheck.engine import check_text
from srccheck.model import Report
from srccheck.report import FORMATS, RenderOptions, render

HOSTILE = (
    'Sources said the [bold red]strike[/] hit :fire: a depot. "[/] \x1b[31mred\x1b[0m '
    '\x1b]8;;http://evil.invalid\x07link\x1b]8;;\x07 [link=http://x.invalid]click[/link]," '
    "an official told reporters."
)


@pytest.fixture(scope="module")
def report() -> Report:
    return Report("0-test", [check_text(HOSTILE, path="[bold]x.txt")])


@pytest.mark.parametrize("fmt", FORMATS)
def test_markup_and_escapes_are_never_interpreted(report, fmt):
    stream = io.StringIO()
    render(report, fmt, stream, RenderOptions(width=120, color=True))
    text = stream.getvalue()
    if fmt in ("json", "jsonl", "sarif"):
        document = json.loads(text.splitlines()[0] if fmt == "jsonl" else text)
        if fmt != "sarif":  # SARIF carries only the findings' snippets
            assert "\\u001b[31m" in json.dumps(document)
        return
    if fmt == "terminal":
        # rich may colour its own parts, but never the article's: the escape sequences from
        # the text are shown as visible \x1b, and markup stays literal.
        assert "\x1b]8;;http://evil" not in text
        assert "\\x1b" in text
    assert "[bold red]" in text or "[bold" in text or fmt in ("github", "markdown")
    assert "🔥" not in text
