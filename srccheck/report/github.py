"""GitHub Actions: workflow-command annotations; and the step summary's size limit.

The command line appends the Markdown report to ``$GITHUB_STEP_SUMMARY`` (see
`summary_text`); a renderer only writes to the stream it is given.
"""

from __future__ import annotations

from typing import TextIO

from srccheck.model import Level, Report
from srccheck.report import RenderOptions, shown_findings
from srccheck.report.text import plain

_COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}
#: GitHub keeps the summary only up to 1 MiB per step; stay well under it.
SUMMARY_LIMIT = 512 * 1024


def escape_data(text: str) -> str:
    """Escape a workflow-command message (``%``, CR, LF); control characters made visible."""
    return plain(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """One annotation per unsuppressed finding, most severe first."""
    findings = [
        (article.path, finding)
        for article in report.articles
        for finding in shown_findings(article, options)
    ]
    findings.sort(key=lambda item: -item[1].level)
    for path, finding in findings:
        span = finding.span
        properties = ",".join(
            f"{key}={escape_property(str(value))}"
            for key, value in (
                ("file", path),
                ("line", span.line),
                ("col", span.column),
                ("title", f"{finding.rule} {finding.name}"),
            )
        )
        stream.write(f"::{_COMMAND[finding.level]} {properties}::{escape_data(finding.message)}\n")
    for error in report.errors:
        stream.write(f"::error file={escape_property(error.path)}::{escape_data(error.message)}\n")


def summary_text(markdown: str) -> str:
    """The Markdown report as a step summary: cut to stay within GitHub's limit."""
    if len(markdown) <= SUMMARY_LIMIT:
        return markdown
    return markdown[:SUMMARY_LIMIT] + "\n\n_Report cut to stay within GitHub's summary limit._\n"
