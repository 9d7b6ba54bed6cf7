"""Precision: actors in the events, subjects of the story, datelines and bylines are not sources."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops advanced near the village on Tuesday.",
        "Putin met the governor in the Kremlin.",
        "The weather was cold and the roads were icy.",
        "KYIV, March 3 (Staff) - Air raid sirens sounded across the capital.",
        "By Anna Petrenko and Oleg Marchuk",
        "The United States sent more air-defence systems.",
        "Russia continued to shell Kharkiv overnight.",
        "Ukrainian forces demolished the bridges over the river.",
        "Loading comments...",
        "The report was published in 2023 and runs to 40 pages.",
        "Putin called Macron on Tuesday.",
        "Students' protests spread to three cities.",
    ],
)
def test_no_source_in_a_sentence_without_attribution(run, text):
    result = run(text)
    assert result.detection.sources == [], result.source_spans()
