"""The checks behind the rules: pure functions from an analysed article to findings."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator

from srccheck.model import Attribution, Detection, Finding, Rating, Rule, Source, Span
from srccheck.rules import RULES_BY_ID, RuleSelection
from srccheck.score import ScoredArticle

_ANONYMOUS = frozenset({"anonymous-source", "unnamed-official"})
_DEPRECATED_TAGS = frozenset({"eu-sanctioned", "deprecated", "influence-operation"})
LOW_SCORE = 40
DEPRECATED_SCORE = 20
SINGLE_SOURCE_SHARE = 0.6
SINGLE_SOURCE_MINIMUM = 3


def find_problems(
    detection: Detection, scored: ScoredArticle, selection: RuleSelection
) -> list[Finding]:
    """Run every enabled rule; findings come back in text order with stable fingerprints."""
    raw: list[tuple[Rule, Span, str, str | None]] = []
    seen: set[tuple[str, int, int]] = set()
    for rule_id, span, message, source_id in _all(detection, scored):
        rule = RULES_BY_ID[rule_id]
        if selection.enabled(rule) and (rule_id, span.start, span.end) not in seen:
            seen.add((rule_id, span.start, span.end))  # one finding per rule and place
            raw.append((rule, span, message, source_id))
    raw.sort(key=lambda item: (item[1].start, item[0].id))
    occurrences: Counter[tuple[str, str, str]] = Counter()
    findings = []
    for rule, span, message, source_id in raw:
        source_name = detection.source(source_id).name if source_id else ""
        key = (rule.id, _collapse(source_name), _collapse(span.text))
        occurrences[key] += 1
        findings.append(
            Finding(
                rule=rule.id,
                name=rule.name,
                level=selection.level(rule),
                message=message,
                span=span,
                fingerprint=fingerprint(*key, occurrences[key]),
                source=source_id,
            )
        )
    return findings


def fingerprint(rule: str, source: str, text: str, occurrence: int) -> str:
    """A finding's identity that survives re-flowed text: no offsets, no line numbers."""
    digest = hashlib.sha256(f"{rule}\x1f{source}\x1f{text}\x1f{occurrence}".encode())
    return digest.hexdigest()[:20]


def _collapse(text: str) -> str:
    return " ".join(text.casefold().split())


Raw = tuple[str, Span, str, str | None]


def _all(detection: Detection, scored: ScoredArticle) -> Iterator[Raw]:
    yield from _vague_and_anonymous(detection)
    yield from _unattributed_quotes(detection)
    yield from _source_reliability(detection, scored.ratings)
    yield from _unhedged_and_carriers(detection, scored.ratings)
    yield from _single_source(detection)


def _where(attribution: Attribution) -> Span | None:
    return attribution.source_span or attribution.cue or attribution.content


def _vague_and_anonymous(detection: Detection) -> Iterator[Raw]:
    for attribution in detection.attributions:
        source = detection.source(attribution.source)
        span = _where(attribution)
        if source.class_default is None or span is None:
            continue
        said = f"'{span.text}'" if attribution.source_span else "a passive construction"
        if source.class_default.id in _ANONYMOUS:
            # The class is what makes it anonymous; the name is the text's own descriptor.
            label = source.class_default.name
            yield ("SRC101", span, f"claim attributed to {said}, an {label}", source.id)
        else:
            # Name the class only when it adds something: "'He' ... (Z-channels)", but not
            # "'Russian media' (Russian media)".
            same = (
                attribution.source_span is not None
                and span.text.casefold() == source.class_default.name.casefold()
            )
            kind = "a vague attribution" + ("" if same else f" ({source.class_default.name})")
            yield ("SRC102", span, f"claim attributed to {said}, {kind}", source.id)


def _unattributed_quotes(detection: Detection) -> Iterator[Raw]:
    for quote in detection.unattributed_quotes:
        words = quote.text.split()
        shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        yield ("SRC103", quote, f"quotation with no speaker: {shown}", None)


def _source_reliability(detection: Detection, ratings: dict[str, Rating]) -> Iterator[Raw]:
    for source in detection.sources:
        span = _first_mention(source, detection)
        if span is None:
            continue
        rating = ratings[source.id]
        tags = set(source.entry.tags) if source.entry else set()
        if source.named and (
            (rating.score is not None and rating.score < DEPRECATED_SCORE)
            or tags & _DEPRECATED_TAGS
        ):
            why = ", ".join(sorted(tags & _DEPRECATED_TAGS)) or f"score {rating.score}"
            yield ("SRC201", span, f"{source.name} is a deprecated source ({why})", source.id)
        if rating.score is None and source.named:
            yield (
                "SRC203",
                span,
                f"{source.name} ({source.kind.value}) is not in the table",
                source.id,
            )


def _unhedged_and_carriers(detection: Detection, ratings: dict[str, Rating]) -> Iterator[Raw]:
    for attribution in detection.attributions:
        span = _where(attribution)
        if span is None:
            continue
        source = detection.source(attribution.source)
        score = ratings[source.id].score
        if score is not None and score < LOW_SCORE and not attribution.hedged and source.named:
            yield (
                "SRC202",
                span,
                f"{source.name} (score {score}) is cited without a caveat such as 'claimed'",
                source.id,
            )
        if attribution.via is not None:
            carrier = detection.source(attribution.via)
            carrier_score = ratings[carrier.id].score
            if carrier_score is not None and carrier_score < LOW_SCORE:
                yield (
                    "SRC204",
                    span,
                    f"claim by {source.name} reaches the article through {carrier.name} "
                    f"(score {carrier_score})",
                    carrier.id,
                )


def _single_source(detection: Detection) -> Iterator[Raw]:
    counts = Counter(a.source for a in detection.attributions)
    total = sum(counts.values())
    if total < SINGLE_SOURCE_MINIMUM or len(counts) < 1:
        return
    source_id, count = counts.most_common(1)[0]
    if count / total > SINGLE_SOURCE_SHARE:
        source = detection.source(source_id)
        span = _first_mention(source, detection)
        if span is not None:
            yield (
                "SRC301",
                span,
                f"{count} of {total} attributions ({count / total:.0%}) rest on {source.name}",
                source_id,
            )


def _first_mention(source: Source, detection: Detection) -> Span | None:
    if source.mentions:
        return min(source.mentions, key=lambda s: s.start)
    for attribution in detection.attributions:
        if attribution.source == source.id:
            return _where(attribution)
    return None
