"""A very long article's windows detected in worker processes give the report a single
process gives, byte for byte, whether asked for by the library or by ``--jobs``."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner

from srccheck.cli import cli
from srccheck.detect import windows as windows_module
from srccheck.detect.windows import WINDOW_CHARS
from srccheck.engine import check_text
from srccheck.model import Report
from srccheck.report import render
from srccheck.setup import CheckOptions

# Sentences that refer back across each other (pronouns, surnames, "the ministry"), so a
# merge that mixed the windows' order up would rename, move or drop something.
PARAGRAPH = (
    "Olena Kravets, a spokeswoman for the Ministry of Health, said {n} clinics had reopened. "
    "\u201cThe generators are holding,\u201d she told Reuters. Kravets added that fuel was short. "
    "According to local officials, the ministry had asked for {n} more trucks. "
    "Tom Ashby of the Red Cross said the roads were clear, but sources said otherwise. "
    "A man who asked not to be named said the curfew would last. \u201cWe wait,\u201d he said."
)


def _long_text() -> str:
    """A text of two windows, on one line as the hostile case is."""
    parts: list[str] = []
    size = 0
    for n in itertools.count(1):
        parts.append(PARAGRAPH.format(n=n))
        size += len(parts[-1]) + 1
        if size > WINDOW_CHARS + WINDOW_CHARS // 4:
            return " ".join(parts)
    raise AssertionError("unreachable")


def _json(text: str, jobs: int) -> str:
    report = check_text(text, options=CheckOptions(window_jobs=jobs))
    out = io.StringIO()
    render(Report(tool_version="test", articles=[report]), "json", out)
    return out.getvalue()


def test_two_workers_give_the_single_process_report(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    pooled: list[int] = []
    in_workers = windows_module._in_workers

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        pooled.append(1)
        yield from in_workers(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(windows_module, "_in_workers", counting)
    serial = _json(text, 1)
    assert not pooled
    parallel = _json(text, 2)
    assert pooled, "the windows were not sent to worker processes"
    assert parallel == serial
    assert '"Olena Kravets"' in serial


def test_a_short_text_starts_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(windows_module, "_in_workers", refuse)
    check_text(PARAGRAPH.format(n=3), options=CheckOptions(window_jobs=4))


def test_jobs_on_the_command_line_reach_a_single_long_file(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text(_long_text(), encoding="utf-8")
    runner = CliRunner()
    outputs = [
        runner.invoke(cli, [str(article), "-f", "json", "--exit-zero", *extra])
        for extra in ([], ["-j", "1"])
    ]
    assert [result.exit_code for result in outputs] == [0, 0]
    assert outputs[0].output == outputs[1].output
