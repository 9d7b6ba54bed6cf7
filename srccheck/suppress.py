"""Suppressed findings: inline markers in Markdown/HTML drafts, and baseline files.

A marker ``<!-- srccheck: ignore SRC101 -- reason -->`` silences that rule in the paragraph
after it; ``ignore-file`` silences it in the whole article. Plain text has no comment syntax,
so it uses a baseline: a file of finding fingerprints written by ``--write-baseline``.
Suppressed findings stay in the report, marked, with the reason.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from srccheck.errors import ConfigError, os_error_message
from srccheck.model import Finding, Report

# What a comment must say to be a marker, matched against one comment's body at a time: the
# rules (IDs, names or prefixes) come before the first "--", the reason after it.
_MARKER_BODY = re.compile(r"\s*srccheck:\s*(?P<kind>ignore-file|ignore)\s(?P<rest>.*)", re.DOTALL)
_RULE_LIST = re.compile(r"[A-Za-z0-9_,\-\s]*[A-Za-z0-9][A-Za-z0-9_,\-\s]*")
_RULE_SEPARATOR = re.compile(r"[,\s]+")
_LEADING_SPACE = re.compile(r"[\n\r\t ]*")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Marker:
    """One inline marker: the rules it names, the range it covers, and the reason."""

    rules: tuple[str, ...]
    start: int
    end: int
    reason: str
    whole_file: bool = False


def inline_markers(text: str) -> list[Marker]:
    """The ``srccheck: ignore`` markers of an article (only in Markdown and HTML), in order.

    One pass: each comment is found once, and the end of the paragraph a marker covers is
    looked up again only once the markers have passed it.
    """
    markers = []
    paragraph_end = -1  # where the paragraph of the latest marker ends; -1: not looked up
    for body, after in _comments(text):
        match = _MARKER_BODY.fullmatch(body)
        listed, _, reason = match["rest"].partition("--") if match else ("", "", "")
        if match is None or not _RULE_LIST.fullmatch(listed):
            continue
        rules = tuple(r.upper() for r in _RULE_SEPARATOR.split(listed) if r)
        reason = reason.strip() or "no reason given"
        if match["kind"] == "ignore-file":
            markers.append(Marker(rules, 0, len(text), reason, whole_file=True))
            continue
        leading = _LEADING_SPACE.match(text, after)
        start = leading.end() if leading else after
        if paragraph_end < start:
            found = _PARAGRAPH_END.search(text, start)
            paragraph_end = found.start() if found else len(text)
        markers.append(Marker(rules, start, paragraph_end, reason))
    return markers


def _comments(text: str) -> Iterator[tuple[str, int]]:
    """The body of every ``<!-- … -->`` comment (after its last ``<!--``, where a marker
    follows a stray opening) and the offset just after it; stops at the first unclosed one,
    as no later comment can be closed either."""
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        body = text[start + 4 : end]
        yield body[body.rfind("<!--") + 4 :] if "<!--" in body else body, end + 3
        position = end + 3


def apply_markers(findings: Iterable[Finding], markers: list[Marker]) -> None:
    """Mark findings covered by an inline marker for their rule as suppressed; the first
    marker in the text that covers a finding and names its rule gives the reason.

    Paragraph markers come in text order with ranges whose starts and ends both grow, so
    the markers covering an offset are one run of them, found by bisection, and each rule's
    markers are looked up the same way: no finding is compared with every marker.
    """
    if not markers:
        return
    starts = [m.start for m in markers if not m.whole_file]
    ends = [m.end for m in markers if not m.whole_file]
    order = {id(m): index for index, m in enumerate(markers)}
    by_rule: dict[str, list[int]] = {}  # rule -> indexes into the paragraph markers
    whole: dict[str, Marker] = {}  # rule -> the first ignore-file marker naming it
    paragraph_markers = [m for m in markers if not m.whole_file]
    for index, marker in enumerate(paragraph_markers):
        for rule in set(marker.rules):
            by_rule.setdefault(rule, []).append(index)
    for marker in markers:
        if marker.whole_file:
            for rule in marker.rules:
                whole.setdefault(rule, marker)
    for finding in findings:
        offset = finding.span.start
        first, last = bisect_right(ends, offset), bisect_right(starts, offset)
        covering: list[Marker] = []
        for name in (finding.rule, finding.name.upper(), "ALL"):
            if name in whole:
                covering.append(whole[name])
            indexes = by_rule.get(name, [])
            found = bisect_left(indexes, first)
            if found < len(indexes) and indexes[found] < last:
                covering.append(paragraph_markers[indexes[found]])
        if covering:
            marker = min(covering, key=lambda m: order[id(m)])
            finding.suppressed = True
            finding.suppression = f"inline: {marker.reason}"


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
