"""GitHub Actions: workflow-command annotations, and a Markdown step summary when asked."""

from __future__ import annotations

import os
from typing import TextIO

from srccheck.model import Level, Report
from srccheck.report import RenderOptions
from srccheck.report.markdown import markdown_text
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
    """One annotation per unsuppressed finding, most severe first; append the summary."""
    findings = [
        (article.path, finding)
        for article in report.articles
        for finding in article.findings
        if not finding.suppressed and finding.level >= options.min_level
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
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        text = markdown_text(report, options)
        if len(text) > SUMMARY_LIMIT:
            text = (
                text[:SUMMARY_LIMIT] + "\n\n_Report cut to stay within GitHub's summary limit._\n"
            )
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(text)
