"""Spans and attributions written straight to JSON read exactly as `json.dumps` writes them."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck.model import Attribution, Span
from srccheck.report import jsonreport
from srccheck.report.text import json_line

_SPANS = st.builds(
    lambda start, line, column, text: Span(start, start + len(text), line, column, text),
    st.integers(0, 10**9),
    st.integers(1, 10**6),
    st.integers(1, 10**6),
    st.text(max_size=40),
)
_OPTIONAL_SPANS = st.one_of(st.none(), _SPANS)


def _dumped(value: object) -> str:
    return json_line(json.dumps(value, ensure_ascii=False))


@settings(max_examples=300, deadline=None)
@given(_OPTIONAL_SPANS)
def test_a_span_reads_as_its_plain_data(span: Span | None) -> None:
    assert json_line(jsonreport._span_json(span)) == _dumped(jsonreport.span_dict(span))


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=8),
    _OPTIONAL_SPANS,
    _OPTIONAL_SPANS,
    _OPTIONAL_SPANS,
    st.booleans(),
    st.one_of(st.none(), st.text(max_size=8)),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 100)),
)
def test_an_attribution_reads_as_its_plain_data(
    source: str,
    source_span: Span | None,
    cue: Span | None,
    content: Span | None,
    direct: bool,
    via: str | None,
    hedged: bool,
    score: int | None,
) -> None:
    attribution = Attribution(source, source_span, cue, content, direct, via, hedged)
    written = jsonreport._attribution_json(attribution, score)
    assert json_line(written) == _dumped(jsonreport._attribution(attribution, score))


def test_line_separators_in_a_span_stay_escaped() -> None:
    span = Span(0, 5, 1, 1, "a\u2028b\u2029\x85")
    encoded = json_line(jsonreport._span_json(span))
    assert "\u2028" not in encoded and "\\u2028" in encoded and "\\u0085" in encoded
    assert json.loads(encoded)["text"] == span.text
