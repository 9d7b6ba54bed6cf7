"""Run the registered rules over an analysed article and turn their hits into findings."""

from __future__ import annotations

from collections import Counter

from srccheck.model import Detection, Finding
from srccheck.rules import RULES, RuleSelection
from srccheck.rules.base import Hit, Rule, Subject
from srccheck.score import ScoredArticle


def find_problems(
    detection: Detection, scored: ScoredArticle, selection: RuleSelection
) -> list[Finding]:
    """Run every enabled rule; findings come back in text order with stable fingerprints."""
    subject = Subject(detection, scored)
    hits: list[tuple[Rule, Hit]] = []
    seen: set[tuple[str, int, int]] = set()
    for rule in RULES:
        if not selection.enabled(rule):
            continue
        for hit in rule.check(subject):
            place = (rule.id, hit.span.start, hit.span.end)
            if place not in seen:  # one finding per rule and place
                seen.add(place)
                hits.append((rule, hit))
    hits.sort(key=lambda item: (item[1].span.start, item[0].id))
    occurrences: Counter[tuple[str, str, str]] = Counter()
    # One string per distinct message: a long article repeats the same few thousand times.
    messages: dict[str, str] = {}
    findings = []
    for rule, hit in hits:
        who = hit.key or (detection.source(hit.source).name if hit.source else "")
        key = (rule.id, _collapse(who), _collapse(hit.span.text))
        occurrences[key] += 1
        findings.append(
            Finding(
                rule=rule.id,
                name=rule.name,
                level=selection.level(rule),
                message=messages.setdefault(hit.message, hit.message),
                span=hit.span,
                fingerprint=fingerprint(*key, occurrences[key]),
                source=hit.source,
            )
        )
    return findings


def fingerprint(rule: str, source: str, text: str, occurrence: int) -> str:
    """A finding's identity that survives re-flowed text: no offsets, no line numbers."""
    # Imported by the first finding: hashlib loads OpenSSL (some 3 MiB and milliseconds),
    # which an article without findings never needs.
    import hashlib

    digest = hashlib.sha256(f"{rule}\x1f{source}\x1f{text}\x1f{occurrence}".encode())
    return digest.hexdigest()[:20]


def _collapse(text: str) -> str:
    return " ".join(text.casefold().split())
