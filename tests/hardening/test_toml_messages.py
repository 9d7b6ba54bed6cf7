"""The words for TOML mistakes never fail themselves, whatever the text."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck.tomlerrors import MAX_NESTING, likely_cause, too_deep

TOML_CHARS = st.text(alphabet=st.sampled_from(list("[]{}\"'#=,.\\\n abcTrue15")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(TOML_CHARS)
def test_a_cause_is_a_line_or_nothing_for_any_text(text):
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        lines = text.splitlines() or [""]
        for line in lines:
            cause = likely_cause(str(exc), line, 1)
            assert cause is None or (cause and "\n" not in cause)
    except RecursionError:
        assert too_deep(text) is not None


@settings(max_examples=200, deadline=None)
@given(TOML_CHARS)
def test_too_deep_is_silent_on_shallow_text(text):
    depth = (
        max((text[: i + 1].count("[") + text[: i + 1].count("{")) for i in range(len(text)))
        if text
        else 0
    )
    if depth <= MAX_NESTING:
        assert too_deep(text) is None


def test_too_deep_names_the_line_where_nesting_passes_the_limit():
    text = 'a = 1\nb = "[[[["\n# [[[[[\nc = ' + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1)
    assert too_deep(text) == 4
    assert too_deep("a = " + "[" * MAX_NESTING + "]" * MAX_NESTING) is None
