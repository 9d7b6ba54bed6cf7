"""The "claims" view shared by the reports: who said what, in the order the text says it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from srccheck.model import ArticleReport
from srccheck.report.text import shorten

#: Characters of a claim shown in a report; the JSON report keeps the whole span.
EXCERPT_CHARS = 90


@dataclass(frozen=True, slots=True)
class Claim:
    """One attribution as a report line: where, whose, with which cue, saying what."""

    where: str
    """``line:column`` of the attribution."""
    source: str
    """The source's name, with its carrier when relayed ("anonymous source via TASS")."""
    source_id: str
    letter: str
    cue: str
    excerpt: str
    direct: bool


def claims(article: ArticleReport) -> Iterator[Claim]:
    """Every attribution of ``article`` as a `Claim`, in text order."""
    detection = article.detection
    for attribution in detection.attributions:
        anchor = attribution.source_span or attribution.cue or attribution.content
        if anchor is None:
            continue
        source = detection.source(attribution.source)
        name = source.name
        if attribution.via is not None:
            name += f" via {detection.source(attribution.via).name}"
        content = attribution.content.text if attribution.content else ""
        yield Claim(
            where=f"{anchor.line}:{anchor.column}",
            source=name,
            source_id=source.id,
            letter=article.ratings[source.id].letter,
            cue=shorten(attribution.cue.text, 24) if attribution.cue else "—",
            excerpt=shorten(content, EXCERPT_CHARS) if content else "—",
            direct=attribution.direct,
        )
