"""What a rule is: its identity, level, thresholds, explanation and check, in one object.

A rule module defines a check function and registers it with `rule(...)`, which builds the
`Rule` and adds it to `REGISTRY`. A threshold is written once, in ``thresholds``, and the
explanation reads it through ``{name}`` placeholders, so text and code cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from srccheck.model import Detection, Level, Span

if TYPE_CHECKING:  # the scorer imports the detector; listing rules should not
    from srccheck.score import ScoredArticle


@dataclass(frozen=True, slots=True)
class Subject:
    """What a check reads: the detection and everything the scorer computed from it."""

    detection: Detection
    scored: ScoredArticle


@dataclass(frozen=True, slots=True)
class Hit:
    """One place a rule fires: where, what to say, and the source concerned (if any)."""

    span: Span
    message: str
    source: str | None = None
    key: str | None = None
    """What identifies the finding for its fingerprint, when not the source's name."""


Check = Callable[[Subject], Iterator[Hit]]


@dataclass(frozen=True, slots=True)
class Threshold:
    """A number a rule compares against, with what it means."""

    value: float
    meaning: str
    percent: bool = False
    """Shown as a percentage (the value is a share from 0 to 1)."""

    def __str__(self) -> str:
        return f"{self.value:.0%}" if self.percent else f"{self.value:g}"


@dataclass(frozen=True, slots=True)
class Rule:
    """A check on an article's sourcing, with a stable ID that is a public contract."""

    id: str
    name: str
    level: Level
    summary: str
    """One line: what the rule reports."""
    template: str
    """The explanation, with ``{threshold}`` placeholders filled from ``thresholds``."""
    check: Check
    thresholds: Mapping[str, Threshold] = field(default_factory=dict)

    @property
    def explanation(self) -> str:
        """One paragraph: why it matters to an editor and how to address it."""
        return self.template.format(**{k: str(v) for k, v in self.thresholds.items()})


REGISTRY: dict[str, Rule] = {}


def rule(
    rule_id: str,
    name: str,
    *,
    level: Level,
    summary: str,
    explanation: str,
    thresholds: Mapping[str, Threshold] | None = None,
) -> Callable[[Check], Check]:
    """Register the decorated check function as rule ``rule_id``."""

    def register(check: Check) -> Check:
        if rule_id in REGISTRY:
            raise ValueError(f"rule {rule_id} registered twice")
        REGISTRY[rule_id] = Rule(
            rule_id,
            name,
            level,
            summary,
            explanation,
            check,
            MappingProxyType(dict(thresholds or {})),
        )
        return check

    return register


def first_mention(subject: Subject, source_id: str) -> Span | None:
    """Where a source first appears: its first mention, else its first attribution."""
    source = subject.detection.source(source_id)
    if source.mentions:
        return min(source.mentions, key=lambda s: s.start)
    for attribution in subject.detection.attributions:
        if attribution.source == source_id:
            return attribution.source_span or attribution.cue or attribution.content
    return None
