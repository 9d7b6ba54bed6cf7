"""`Span` stores no end offset (it is ``start + len(text)``) yet behaves as the frozen
dataclass it replaced: same constructor, read-only fields, equality, hash, repr, pickling."""

from __future__ import annotations

import copy
import pickle
from array import array

import pytest
from hypothesis import given
from hypothesis import strategies as st

from srccheck.model import Span
from srccheck.spans import TextIndex, offset_typecode


def test_end_is_start_plus_the_length_of_the_text() -> None:
    span = TextIndex("The mayor said so.\nHe left.").span(19, 21)
    assert (span.start, span.end, span.line, span.column, span.text) == (19, 21, 2, 1, "He")


def test_a_text_that_does_not_fit_the_offsets_is_refused() -> None:
    with pytest.raises(ValueError, match="3 characters"):
        Span(0, 5, 1, 1, "abc")


@pytest.mark.parametrize("field", ["start", "end", "line", "column", "text", "other"])
def test_fields_are_read_only(field: str) -> None:
    span = Span(2, 5, 1, 3, "abc")
    with pytest.raises(AttributeError):
        setattr(span, field, 7)
    with pytest.raises(AttributeError):
        delattr(span, field)
    assert span == Span(2, 5, 1, 3, "abc")


def test_equality_and_hash_use_every_value() -> None:
    span = Span(2, 5, 1, 3, "abc")
    assert span == Span(2, 5, 1, 3, "abc")
    assert hash(span) == hash(Span(2, 5, 1, 3, "abc"))
    assert span != Span(2, 5, 1, 4, "abc")
    assert span != Span(2, 5, 2, 3, "abc")
    assert span != Span(2, 5, 1, 3, "abd")
    assert span != (2, 5, 1, 3, "abc")
    assert len({span, Span(2, 5, 1, 3, "abc"), Span(3, 6, 1, 4, "abc")}) == 2


def test_repr_reads_like_the_dataclass() -> None:
    assert repr(Span(0, 2, 1, 1, "He")) == "Span(start=0, end=2, line=1, column=1, text='He')"


@given(st.text(max_size=40), st.data())
def test_pickle_and_copy_round_trip_any_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = TextIndex(text).span(start, end)
    assert span.end == end and span.text == text[start:end]
    for again in (pickle.loads(pickle.dumps(span)), copy.copy(span), copy.deepcopy(span)):
        assert again == span
        assert (again.start, again.end, again.line, again.column) == (
            span.start,
            span.end,
            span.line,
            span.column,
        )


def test_line_starts_take_four_bytes_each_below_four_gibibytes() -> None:
    assert offset_typecode(0) == offset_typecode(10 << 20) == "I"
    assert offset_typecode(1 << 32) == "q"
    assert array(offset_typecode(10 << 20)).itemsize * 8 >= 32


def test_lines_and_columns_of_a_text_of_many_short_lines() -> None:
    index = TextIndex("a\n" * 70_000 + "Reuters said so.")
    span = index.span(140_000, 140_007)
    assert (span.line, span.column, span.text) == (70_001, 1, "Reuters")
