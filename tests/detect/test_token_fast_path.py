"""The tokenizer's fast path for plain words reads every text as the general alternatives do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck.detect import tokens

_GENERAL = re.compile(tokens._ALTERNATIVES, re.VERBOSE)

# Words next to every character the fast path must leave to the general alternatives.
_PIECES = st.sampled_from(
    [
        *("said", "Reuters", "ab", "com", "www", "https", "Mr", "U", "S", "D", "N", "Y", "Škoda"),
        *" .,;:!?)]([\"“”»«'’-_/@\n\t\r7é",
    ]
)
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=60).map("".join))


def _general_tokens(text: str) -> list[tuple[int, int, str]]:
    """What `tokenize` gives without the fast path: (start, end, group) of every match."""
    return [(m.start(), m.end(), m.lastgroup or "") for m in _GENERAL.finditer(text)]


def _fast_tokens(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), "word" if m.lastgroup == "plain" else m.lastgroup or "")
        for m in tokens._TOKEN.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_plain_words_are_read_as_the_word_alternative_reads_them(text: str) -> None:
    assert _fast_tokens(text) == _general_tokens(text)


def test_words_the_fast_path_leaves_alone() -> None:
    text = "Mr. Roe's ab.com D-N.Y., U.S. https://x.org pro-war G7 café said"
    groups = [group for _, _, group in _fast_tokens(text)]
    assert groups == [
        "word",
        "punct",
        "word",
        "url",
        "party",
        "punct",
        "acronym",
        "url",
        "word",
        "word",
        "word",
        "word",
    ]
    assert [t.text for t in tokens.tokenize(text)][:2] == ["Mr.", "Roe's"]
