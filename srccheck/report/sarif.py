"""SARIF 2.1.0, for code-scanning dashboards: one run, all articles, stable fingerprints."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, TextIO

from srccheck.model import Level, Report
from srccheck.report import RenderOptions
from srccheck.rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}


def render_sarif(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """Write the SARIF log."""
    stream.write(json.dumps(sarif_dict(report, options), ensure_ascii=False, indent=2) + "\n")


def sarif_dict(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The SARIF log as plain data."""
    index = {rule.id: number for number, rule in enumerate(RULES)}
    results = []
    for article in report.articles:
        uri = _uri(article.path, options.base_path)
        for finding in article.findings:
            span = finding.span
            end_line, end_column = _end(span.text, span.line, span.column)
            result: dict[str, Any] = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": _LEVEL[finding.level],
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": {
                                "startLine": span.line,
                                "startColumn": span.column,
                                "endLine": end_line,
                                "endColumn": end_column,
                                "snippet": {"text": span.text},
                            },
                        }
                    }
                ],
                "partialFingerprints": {"srccheck/v1": finding.fingerprint},
            }
            if finding.suppressed:
                kind = "external" if finding.suppression == "baseline" else "inSource"
                result["suppressions"] = [
                    {"kind": kind, "justification": finding.suppression or ""}
                ]
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "srccheck",
                        "version": report.tool_version,
                        "semanticVersion": report.tool_version,
                        "informationUri": "https://github.com/srccheck/srccheck",
                        "rules": [
                            {
                                "id": rule.id,
                                "name": rule.name,
                                "shortDescription": {"text": rule.summary},
                                "fullDescription": {"text": rule.explanation},
                                "help": {"text": rule.explanation},
                                "defaultConfiguration": {"level": _LEVEL[rule.level]},
                            }
                            for rule in RULES
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": f"{e.path}: {e.message}"}}
                            for e in report.errors
                        ],
                    }
                ],
            }
        ],
    }


def _uri(path: str, base: Path | None) -> str:
    candidate = Path(path)
    if base is not None:
        with contextlib.suppress(ValueError):
            candidate = candidate.resolve().relative_to(base.resolve())
    return candidate.as_posix()


def _end(text: str, line: int, column: int) -> tuple[int, int]:
    """1-based line and column just after a span's text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) == 1:
        return line, column + len(text)
    return line + len(lines) - 1, len(lines[-1]) + 1
