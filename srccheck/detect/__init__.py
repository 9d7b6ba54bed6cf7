"""The detection engine: find every source an article leans on, with exact spans.

The pipeline is: tokens and sentences (`tokens`), quotations (`quotes`),
attributions with their source phrases (`attributions`, reading phrases with
`phrases`), then grouping, coreference and table resolution (`sources`).
It is pure Python over regular expressions and word lists: no model, no parser.
"""

from __future__ import annotations

from srccheck.detect.attributions import AttributionFinder, RawAttribution
from srccheck.detect.consolidate import consolidate
from srccheck.detect.entities import EntityIndex
from srccheck.detect.people import describe_people
from srccheck.detect.quotes import find_quotes
from srccheck.detect.sources import SourceBuilder, TableLookup
from srccheck.detect.tokens import TokenKind, split_sentences, tokenize
from srccheck.model import Detection
from srccheck.spans import TextIndex

__all__ = ["RawAttribution", "TableLookup", "detect"]


def detect(text: str, table: TableLookup | None = None) -> Detection:
    """Find the sources, attributions and unattributed quotes in ``text``.

    Sources are resolved against ``table`` when one is given; without a table
    every source is reported with the kind guessed from the text.
    """
    tokens = tokenize(text)
    sentences = split_sentences(tokens, text)
    quotes = find_quotes(tokens, text)
    entities = EntityIndex(text, tokens, sentences)
    describe_people(entities, sentences)
    builder = SourceBuilder(text, tokens, table, entities, sentences)
    finder = AttributionFinder(
        text,
        tokens,
        sentences,
        quotes,
        builder.is_organisation,
        builder.looks_like_person,
        builder.is_medium,
    )
    raw, unattributed = finder.find()
    for attribution in raw:
        builder.add(attribution)
    links = (TokenKind.URL, TokenKind.HANDLE)  # looked up once, not once per token
    for token in tokens:
        if token.kind in links:
            builder.add_link(token)
    builder.attributions.sort(key=_position)
    sources = consolidate(builder.sources, builder.attributions)
    index = TextIndex(text)
    used = {a.source for a in builder.attributions} | {a.via for a in builder.attributions}
    return Detection(
        text=text,
        sources=[s for s in sources if s.id in used],
        attributions=builder.attributions,
        unattributed_quotes=[index.span(q.start, q.end) for q in unattributed],
    )


def _position(attribution: object) -> int:
    for name in ("source_span", "cue", "content"):
        span = getattr(attribution, name)
        if span is not None:
            return int(span.start)
    return 0
