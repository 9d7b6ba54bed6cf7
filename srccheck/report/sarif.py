"""SARIF 2.1.0, for code-scanning dashboards: one run, all articles, stable fingerprints."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote_from_bytes

from srccheck.model import Level, Report
from srccheck.report import RenderOptions
from srccheck.rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SOURCE_ROOT = "%SRCROOT%"
# Characters a path segment may hold unencoded besides letters, digits and "-._~" (RFC 3986
# pchar: sub-delims, ":" and "@"); "%", spaces and anything else are percent-encoded.
_SEGMENT_SAFE = "!$&'()*+,;=:@"
_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}


def render_sarif(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """Write the SARIF log."""
    stream.write(json.dumps(sarif_dict(report, options), ensure_ascii=False, indent=2) + "\n")


def sarif_dict(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The SARIF log as plain data."""
    index = {rule.id: number for number, rule in enumerate(RULES)}
    results = []
    for article in report.articles:
        location = artifact_location(article.path, options.base_path)
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
                            "artifactLocation": location,
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
                **(
                    {"originalUriBaseIds": base_ids(options.base_path)} if options.base_path else {}
                ),
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


def artifact_location(path: str, base: Path | None) -> dict[str, str]:
    """Where an article is, as a SARIF ``artifactLocation`` whose ``uri`` is RFC 3986.

    A path inside ``base`` (the working directory) becomes a percent-encoded relative
    reference resolved against ``%SRCROOT%``, which ``originalUriBaseIds`` maps to ``base``;
    any other path an absolute ``file://`` URI with no base.
    """
    if base is None and not os.path.isabs(path):
        return {"uri": _relative_reference(Path(path))}
    inside = None if base is None else _inside(Path(path), base)
    if inside is not None:
        return {"uri": _relative_reference(inside), "uriBaseId": SOURCE_ROOT}
    return {"uri": Path(os.path.abspath(path)).as_uri()}


def base_ids(base: Path | None) -> dict[str, Any]:
    """``originalUriBaseIds``: ``%SRCROOT%`` as the working directory's ``file://`` URI."""
    if base is None:
        return {}
    root = Path(os.path.abspath(base)).as_uri().rstrip("/") + "/"
    return {SOURCE_ROOT: {"uri": root, "description": {"text": "The working directory."}}}


def _inside(path: Path, base: Path) -> Path | None:
    """``path`` relative to ``base`` when it is inside it, as written or after links."""
    written = Path(os.path.normpath(os.path.join(base, path)))
    with contextlib.suppress(ValueError):
        return written.relative_to(os.path.abspath(base))
    with contextlib.suppress(ValueError, OSError):
        return path.resolve().relative_to(base.resolve())
    return None


def _relative_reference(path: Path) -> str:
    """A relative path as an RFC 3986 relative reference: every segment percent-encoded
    (non-ASCII as UTF-8), and ``./`` before a first segment with a colon, which would
    otherwise read as a scheme."""
    segments = [quote_from_bytes(os.fsencode(part), safe=_SEGMENT_SAFE) for part in path.parts]
    reference = "/".join(segments) or "."
    return "./" + reference if ":" in reference.split("/")[0] else reference


def _end(text: str, line: int, column: int) -> tuple[int, int]:
    """1-based line and column just after a span's text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) == 1:
        return line, column + len(text)
    return line + len(lines) - 1, len(lines[-1]) + 1
