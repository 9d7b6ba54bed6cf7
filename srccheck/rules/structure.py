"""3xx rules: how the article as a whole rests on its sources."""

from __future__ import annotations

from collections.abc import Iterator

from srccheck.model import Level
from srccheck.rules.base import Hit, Subject, Threshold, first_mention, rule
from srccheck.sourcing import SINGLE_SOURCE_MINIMUM, SINGLE_SOURCE_SHARE, top_share
from srccheck.spans import TextIndex


@rule(
    "SRC301",
    "single-source",
    level=Level.WARNING,
    summary="The article rests mostly on a single source.",
    explanation=(
        "More than {share} of the score's weight (the attributions, weighted by how much text "
        "rests on each) comes from one source, in an article with at least {minimum} "
        "attributions. Add independent sources, or make the dependence clear to readers."
    ),
    thresholds={
        "share": Threshold(SINGLE_SOURCE_SHARE, "largest share of the weight", percent=True),
        "minimum": Threshold(SINGLE_SOURCE_MINIMUM, "attributions before reliance is judged"),
    },
)
def single_source(subject: Subject) -> Iterator[Hit]:
    """The source carrying more than the threshold share of the attribution weight."""
    if len(subject.detection.attributions) < SINGLE_SOURCE_MINIMUM:
        return
    source_id, share = top_share(subject.scored.shares)
    span = first_mention(subject, source_id)
    if share > SINGLE_SOURCE_SHARE and span is not None:
        name = subject.detection.source(source_id).name
        message = (
            f"{share:.0%} of the score's weight rests on {name} "
            f"(more than {SINGLE_SOURCE_SHARE:.0%})"
        )
        yield Hit(span, message, source_id)


@rule(
    "SRC302",
    "no-attribution",
    level=Level.WARNING,
    summary="The article attributes nothing to anyone.",
    explanation=(
        "No sentence says where its information comes from: no speaker, no document, no "
        "outlet. The article still gets a score (from how much it argues in its own voice), "
        "but an editor cannot check a single claim. Say who said or showed each fact."
    ),
)
def no_attribution(subject: Subject) -> Iterator[Hit]:
    """One finding at the start of an article with no attribution at all."""
    text = subject.detection.text
    if subject.detection.attributions or not text.strip():
        return
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line_end = len(text) if end < 0 else end
    span = TextIndex(text).span(start, min(line_end, start + 80))
    yield Hit(span, "no claim in the article is attributed to a source", key="no-attribution")
