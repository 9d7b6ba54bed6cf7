"""2xx rules: how reliable the sources are, and how the article treats the weak ones."""

from __future__ import annotations

from collections.abc import Iterator

from srccheck.model import Level, Span
from srccheck.rules.base import Hit, Subject, Threshold, first_mention, rule
from srccheck.sourcing import LOW_SCORE

#: Below this score a source is deprecated (the table's lowest band).
DEPRECATED_SCORE = 20
#: Table tags that make a source deprecated whatever its score.
DEPRECATED_TAGS = frozenset({"eu-sanctioned", "deprecated", "influence-operation"})


@rule(
    "SRC201",
    "deprecated-source",
    level=Level.ERROR,
    summary="The article relies on a deprecated or sanctioned source.",
    explanation=(
        "The source is deprecated (score below {deprecated_score}), on an EU sanctions list "
        "for war propaganda, or deprecated on Wikipedia's perennial-sources list. Its claims "
        "should not carry a story; if they must be reported, say who they come from and what "
        "is known against them."
    ),
    thresholds={"deprecated_score": Threshold(DEPRECATED_SCORE, "scores below are deprecated")},
)
def deprecated_sources(subject: Subject) -> Iterator[Hit]:
    """Each named source scoring under the deprecated band or tagged as sanctioned."""
    for source in subject.detection.sources:
        score = subject.scored.ratings[source.id].score
        tags = set(source.entry.tags) & DEPRECATED_TAGS if source.entry else set()
        low = score is not None and score < DEPRECATED_SCORE
        span = first_mention(subject, source.id)
        if source.named and (low or tags) and span is not None:
            why = ", ".join(sorted(tags)) or f"score {score}"
            yield Hit(span, f"{source.name} is a deprecated source ({why})", source.id)


@rule(
    "SRC202",
    "unhedged-low-rated",
    level=Level.WARNING,
    summary="A low-rated source's claim is adopted as fact or stands with no note or other side.",
    explanation=(
        "A source scoring under {low_score} may be quoted: 'said' is the neutral verb, and a "
        "belligerent's spokesperson belongs in a balanced report. What misleads is presenting "
        "its claim as fact ('X confirmed that ...', 'X revealed ...') or letting it stand "
        "alone. Report it as that party's claim and give a verification note ('could not be "
        "independently verified'), the other party's view or a denial. Reported once per "
        "source, at its first mention; never for a denial."
    ),
    thresholds={"low_score": Threshold(LOW_SCORE, "sources scoring below are low-rated")},
)
def low_rated_claims(subject: Subject) -> Iterator[Hit]:
    """Each low-rated named source whose claims are adopted or stand unbalanced."""
    detection = subject.detection
    for standing in subject.scored.standings:
        source = detection.source(standing.source)
        score = subject.scored.ratings[source.id].score
        if not source.named or (standing.balanced and standing.adopted is None):
            continue
        span: Span | None
        if standing.adopted is not None:
            why = f"its claim is adopted as fact ('{standing.adopted.text}')"
            span = standing.adopted
        else:
            why = "its claims stand with no verification note, denial or other side"
            span = first_mention(subject, source.id)
        if span is not None:
            yield Hit(span, f"{source.name} (score {score}): {why}", source.id)


@rule(
    "SRC203",
    "unrated-source",
    level=Level.INFO,
    summary="Sources are not in the reliability table (one note per article, listing them).",
    explanation=(
        "srccheck cannot rate a source it does not know. Check the sources listed, and add "
        "them to your newsroom's sources.toml so the next article is rated."
    ),
)
def unrated_sources(subject: Subject) -> Iterator[Hit]:
    """One note at the first unrated named source, naming all of them."""
    unrated = [
        source
        for source in subject.detection.sources
        if source.named and subject.scored.ratings[source.id].score is None
    ]
    spans = [(first_mention(subject, s.id), s) for s in unrated]
    placed = sorted(((span, s) for span, s in spans if span is not None), key=lambda p: p[0].start)
    if not placed:
        return
    names = ", ".join(f"{s.name} ({s.kind.value})" for _, s in placed)
    count = len(placed)
    noun = "source is" if count == 1 else "sources are"
    yield Hit(placed[0][0], f"{count} {noun} not in the table: {names}", key=names)


@rule(
    "SRC204",
    "low-rated-carrier",
    level=Level.WARNING,
    summary="A claim reaches the article through a low-rated carrier.",
    explanation=(
        "A claim relayed by a carrier scoring below {low_score} ('TASS, citing a source') is "
        "no stronger than its carrier. Find the original or a better carrier."
    ),
    thresholds={"low_score": Threshold(LOW_SCORE, "carriers scoring below are low-rated")},
)
def low_rated_carriers(subject: Subject) -> Iterator[Hit]:
    """Each relayed attribution whose carrier scores under the low-rated threshold."""
    detection = subject.detection
    for attribution in detection.attributions:
        span = attribution.source_span or attribution.cue or attribution.content
        if attribution.via is None or span is None:
            continue
        carrier = detection.source(attribution.via)
        score = subject.scored.ratings[carrier.id].score
        if score is not None and score < LOW_SCORE:
            origin = detection.source(attribution.source).name
            message = (
                f"claim by {origin} reaches the article through {carrier.name} (score {score})"
            )
            yield Hit(span, message, carrier.id)
