"""The one-line format: ``path:line:col: level RULE message``, for editors and grep."""

from __future__ import annotations

from typing import TextIO

from srccheck.model import Report
from srccheck.report import RenderOptions, shown_findings
from srccheck.report.text import plain


def render_line(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """One line per unsuppressed finding at or above the display level."""
    for article in report.articles:
        for finding in shown_findings(article, options):
            span = finding.span
            stream.write(
                f"{plain(article.path)}:{span.line}:{span.column}: {finding.level} "
                f"{finding.rule} {plain(finding.message)}\n"
            )
