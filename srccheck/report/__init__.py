"""Reporters: each renders the same `Report`, computing nothing and looking nothing up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from srccheck.model import ArticleReport, Finding, Level, Report


@dataclass(frozen=True, slots=True)
class Format:
    """A report format: where its renderer lives and which findings it shows."""

    renderer: str
    """``module:function`` of the renderer, imported on first use (rich is heavy)."""
    all_levels: bool
    """Shows every level, ignoring ``--min-level`` (formats for machines)."""
    suppressed: bool
    """Shows suppressed findings, marked as such (else they are left out)."""


#: Every format, in the order the help lists them.
REGISTRY: dict[str, Format] = {
    "terminal": Format("srccheck.report.terminal:render_terminal", False, True),
    "line": Format("srccheck.report.line:render_line", False, False),
    "json": Format("srccheck.report.jsonreport:render_json", True, True),
    "jsonl": Format("srccheck.report.jsonreport:render_jsonl", True, True),
    "markdown": Format("srccheck.report.markdown:render_markdown", False, True),
    "sarif": Format("srccheck.report.sarif:render_sarif", True, True),
    "github": Format("srccheck.report.github:render_github", False, False),
    "html": Format("srccheck.report.html:render_html", False, True),
}
FORMATS = tuple(REGISTRY)


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


def render(report: Report, fmt: str, stream: TextIO, options: RenderOptions | None = None) -> None:
    """Write ``report`` to ``stream`` in format ``fmt`` (one of `FORMATS`).

    Which findings the format shows is settled here, from its `REGISTRY` entry and the
    options, before its renderer runs; renderers ask `shown_findings` and decide nothing.
    """
    entry = REGISTRY.get(fmt)
    if entry is None:
        raise ValueError(f"unknown format {fmt!r}")
    options = options or RenderOptions()
    options = replace(
        options,
        min_level=Level.INFO if entry.all_levels else options.min_level,
        show_suppressed=entry.suppressed and options.show_suppressed,
    )
    _renderer(entry)(report, stream, options)


def shown_findings(article: ArticleReport, options: RenderOptions) -> list[Finding]:
    """The findings of ``article`` a report shows under ``options``, in report order."""
    return [
        finding
        for finding in article.findings
        if finding.level >= options.min_level
        and (options.show_suppressed or not finding.suppressed)
    ]


def _renderer(entry: Format) -> Renderer:
    from importlib import import_module

    module, _, function = entry.renderer.partition(":")
    renderer: Renderer = getattr(import_module(module), function)
    return renderer


def to_json_dict(report: Report) -> dict[str, object]:
    """The report as the documented JSON structure (see report.schema.json)."""
    from srccheck.report.jsonreport import report_dict

    return report_dict(report)
