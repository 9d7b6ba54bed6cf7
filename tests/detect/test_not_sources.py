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


def _rows_with(result, word: str) -> list[str]:
    return sorted(s.name for s in result.detection.sources if word in s.name.casefold())


def test_a_shorter_plural_refers_back_to_the_group_in_play(run):
    result = run(
        "Danish naval officials said the ferry had been towed to port. "
        "Danish officials did not say when it would sail again."
    )
    assert _rows_with(result, "officials") == ["Danish naval officials"]
    assert len(result.source("Danish naval officials").mentions) == 2


def test_a_headline_bare_plural_announces_the_first_group_below_it(run):
    result = run(
        "Floods cut off four villages, officials say\n\n"
        "Four villages were cut off by floods overnight, provincial officials have said. "
        "In the capital, municipal officials reported two closed bridges."
    )
    assert _rows_with(result, "officials") == ["municipal officials", "provincial officials"]
    assert len(result.source("provincial officials").mentions) == 2


def test_two_different_qualifiers_stay_two_groups(run):
    result = run(
        "Provincial officials said the dam held. Municipal officials said the pumps had failed."
    )
    assert _rows_with(result, "officials") == ["Municipal officials", "Provincial officials"]


def test_a_plural_never_joins_a_group_set_apart_as_former(run):
    result = run(
        "Former Danish officials said the deal was a mistake. "
        "Danish officials said on Friday that it would stand."
    )
    assert _rows_with(result, "officials") == ["Danish officials", "Former Danish officials"]


def test_a_bare_plural_far_below_nothing_stays_its_own_group(run):
    filler = "The river rose by a metre during the night and the roads were closed. " * 20
    result = run(
        "Officials said the bridge would reopen in May.\n\n"
        + filler
        + "\n\nCzech officials said on Monday that a second bridge was shut."
    )
    assert _rows_with(result, "officials") == ["Czech officials", "Officials"]


def test_reports_of_an_event_stay_apart_from_qualified_reports(run):
    result = run(
        "Belgian reports suggest the port is closed. "
        "The strike went on despite reports of talks between the unions and the owners."
    )
    assert len(_rows_with(result, "reports")) == 2
