"""Reporters: each renders the same `Report`, computing nothing and looking nothing up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from srccheck.model import Level, Report

FORMATS = ("terminal", "line", "json", "jsonl", "markdown", "sarif", "github", "html")


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to render: width and colour for people, which findings to show, extra detail."""

    width: int | None = None
    color: bool | None = None
    """None: colour when the stream is a terminal and NO_COLOR is unset."""
    min_level: Level = Level.INFO
    show_suppressed: bool = True
    explain: bool = False
    base_path: Path | None = None


Renderer = Callable[[Report, TextIO, RenderOptions], None]


def _renderer(fmt: str) -> Renderer:
    # Imported on demand so that `import srccheck.report` stays cheap (rich is heavy).
    if fmt in ("json", "jsonl"):
        from srccheck.report import jsonreport

        return jsonreport.render_json if fmt == "json" else jsonreport.render_jsonl
    if fmt == "line":
        from srccheck.report.line import render_line

        return render_line
    if fmt == "terminal":
        from srccheck.report.terminal import render_terminal

        return render_terminal
    if fmt == "html":
        from srccheck.report.html import render_html

        return render_html
    if fmt == "markdown":
        from srccheck.report.markdown import render_markdown

        return render_markdown
    if fmt == "sarif":
        from srccheck.report.sarif import render_sarif

        return render_sarif
    if fmt == "github":
        from srccheck.report.github import render_github

        return render_github
    raise ValueError(f"unknown format {fmt!r}")


def render(report: Report, fmt: str, stream: TextIO, options: RenderOptions | None = None) -> None:
    """Write ``report`` to ``stream`` in format ``fmt`` (one of `FORMATS`)."""
    _renderer(fmt)(report, stream, options or RenderOptions())


def to_json_dict(report: Report) -> dict[str, object]:
    """The report as the documented JSON structure (see report.schema.json)."""
    from srccheck.report.jsonreport import report_dict

    return report_dict(report)
