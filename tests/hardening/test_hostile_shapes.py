"""Shapes of input that used to take minutes or gigabytes: each finishes, and quickly.

These are hang detectors, not speed measurements (those live in bench/speed.py's hostile
table): every size here took over a minute before, or hundreds of megabytes, and takes well
under a second now; the conftest's alarm fails a test that hangs.
"""

from __future__ import annotations

import tracemalloc

import pytest

from srccheck.detect.tokens import tokenize
from srccheck.engine import check_text
from srccheck.inputs import mask_html, mask_markdown
from srccheck.suppress import inline_markers

SHAPES = {
    # name: (the step that was slow, its input)
    "Markdown link targets that never close": (mask_markdown, "](" * 4_000),
    "domains glued together": (tokenize, "ab.com" * 100_000),
    "HTML attributes that never close": (mask_html, '<a b="' * 40_000),
    "HTML comments that never close": (mask_html, "<!--" * 40_000),
    "Markdown comments that never close": (mask_markdown, "<!--" * 80_000),
    "suppression markers that never close": (
        inline_markers,
        "<!-- srccheck: ignore SRC101 -- why " * 4_000,
    ),
    "CDATA sections that never close": (mask_html, "<![CDATA[" * 40_000),
}


@pytest.mark.parametrize("name", SHAPES)
def test_hostile_shapes_finish(name):
    step, text = SHAPES[name]
    assert step(text) is not None


def test_the_whole_pipeline_takes_a_hostile_shape():
    text = '<p>Officials said the road was closed.</p><a b="' * 2_000
    assert check_text(text, path="a.html").detection.text == text


def test_a_masked_document_keeps_every_offset():
    for text in ('<p>Officials <a b="said', "<!-- x <p>TASS said so.</p>", "<![CDATA[ <p>x"):
        assert len(mask_html(text)) == len(text)
    markdown = 'See [TASS](https://tass.com "t") and ](x <!-- a --> `c` ]('
    masked = mask_markdown(markdown)
    assert len(masked) == len(markdown) and "https://tass.com" in masked and "<!--" not in masked


def test_unclosed_html_constructs_leave_the_rest_readable():
    masked = mask_html('<p>Reuters said the road was closed.</p><a b="never closed')
    assert "Reuters said the road was closed." in masked


def test_a_marker_ends_at_the_first_comment_close():
    text = (
        "<!-- srccheck: ignore SRC101 -->\nOfficials said so.\n\n<!-- srccheck: ignore SRC102 -->"
    )
    assert [(m.rules, m.reason) for m in inline_markers(text)] == [
        (("SRC101",), "no reason given"),
        (("SRC102",), "no reason given"),
    ]


def test_a_very_long_word_is_tokenised_in_bounded_memory():
    word = "x" * 1_000_000
    tracemalloc.start()
    try:
        tokens = tokenize(word)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [t.text for t in tokens] == [word]
    assert peak < 10 * len(word)  # the regular-expression engine once kept ~120 bytes a letter
