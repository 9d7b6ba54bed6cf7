"""Suppressed findings: inline markers in Markdown/HTML drafts, and baseline files.

A marker ``<!-- srccheck: ignore SRC101 -- reason -->`` silences that rule in the paragraph
after it; ``ignore-file`` silences it in the whole article. Plain text has no comment syntax,
so it uses a baseline: a file of finding fingerprints written by ``--write-baseline``.
Suppressed findings stay in the report, marked, with the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from srccheck.errors import ConfigError, os_error_message
from srccheck.model import Finding, Report

_MARKER = re.compile(
    r"<!--\s*srccheck:\s*(ignore|ignore-file)\s+([A-Za-z0-9_,\- ]+?)\s*(?:--\s*(.*?))?\s*-->",
    re.DOTALL,
)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Marker:
    """One inline marker: the rules it names, the range it covers, and the reason."""

    rules: tuple[str, ...]
    start: int
    end: int
    reason: str


def inline_markers(text: str) -> list[Marker]:
    """The ``srccheck: ignore`` markers of an article (only in Markdown and HTML)."""
    markers = []
    for match in _MARKER.finditer(text):
        rules = tuple(r.strip().upper() for r in re.split(r"[,\s]+", match.group(2)) if r.strip())
        reason = (match.group(3) or "").strip() or "no reason given"
        if match.group(1) == "ignore-file":
            start, end = 0, len(text)
        else:
            start = match.end()
            following = text[start:].lstrip("\n\r\t ")
            start = len(text) - len(following)
            paragraph_end = _PARAGRAPH_END.search(text, start)
            end = paragraph_end.start() if paragraph_end else len(text)
        markers.append(Marker(rules, start, end, reason))
    return markers


def apply_markers(findings: Iterable[Finding], markers: list[Marker]) -> None:
    """Mark findings covered by an inline marker for their rule as suppressed."""
    for finding in findings:
        for marker in markers:
            names = {finding.rule, finding.name.upper(), "ALL"}
            if names & set(marker.rules) and marker.start <= finding.span.start < marker.end:
                finding.suppressed = True
                finding.suppression = f"inline: {marker.reason}"
                break


def read_baseline(path: Path) -> set[str]:
    """The fingerprints of a baseline file (raises `ConfigError` if it is not one)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: {os_error_message(exc, 'baseline file')}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a srccheck baseline ({exc})") from None
    fingerprints = data.get("fingerprints") if isinstance(data, dict) else None
    if not isinstance(fingerprints, list) or not all(isinstance(f, str) for f in fingerprints):
        raise ConfigError(f"{path}: not a srccheck baseline (no list of fingerprints)")
    return set(fingerprints)


def apply_baseline(report: Report, fingerprints: set[str]) -> None:
    """Mark findings whose fingerprint is in the baseline as suppressed."""
    for article in report.articles:
        for finding in article.findings:
            if not finding.suppressed and finding.fingerprint in fingerprints:
                finding.suppressed = True
                finding.suppression = "baseline"


def baseline_text(report: Report) -> str:
    """A baseline file holding the fingerprints of every finding of ``report``."""
    fingerprints = sorted({f.fingerprint for a in report.articles for f in a.findings})
    return (
        json.dumps({"srccheck_baseline": BASELINE_VERSION, "fingerprints": fingerprints}, indent=2)
        + "\n"
    )
