"""Property tests: any text at all gives a detection whose spans are true to the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck.detect import detect
from srccheck.spans import TextIndex

_WORDS = st.sampled_from(
    [
        "said",
        "Reuters",
        "“",
        "”",
        '"',
        "«",
        "»",
        "according",
        "to",
        ",",
        ".",
        "\n\n",
        "he",
        "officials",
        "Ivan",
        "Petrov",
        "claimed",
        "citing",
        "a",
        "source",
        "the",
        "channel",
        "wrote",
        "'",
        "’s",
        ":",
        "@rybar",
        "t.me/x",
        "—",
        "(",
        ")",
        "Mr.",
        "who",
        "It",
        "is",
        "reported",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=80).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_spans_lie_inside_the_text_and_match_it(text: str) -> None:
    detection = detect(text)
    index = TextIndex(text)
    spans = list(detection.unattributed_quotes)
    for source in detection.sources:
        spans.extend(source.mentions)
    for attribution in detection.attributions:
        spans.extend(
            s for s in (attribution.source_span, attribution.cue, attribution.content) if s
        )
    ids = {s.id for s in detection.sources}
    for attribution in detection.attributions:
        assert attribution.source in ids
        assert attribution.via is None or attribution.via in ids
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert (span.line, span.column) == index.locate(span.start)
