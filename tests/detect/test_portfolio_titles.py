"""A minister's portfolio before the title is part of the role, and names the ministry: never
a body called "Economy" or a party called "Labour"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        (
            "Dutch Economy Minister Karin Jansen said growth had slowed.",
            "Karin Jansen",
            "Economy Minister",
            "Dutch Economy Ministry",
        ),
        (
            "French Labour Minister Claire Dupont said talks would resume.",
            "Claire Dupont",
            "Labour Minister",
            "French Labour Ministry",
        ),
        (
            "US Energy Secretary Tom Reed said prices would fall.",
            "Tom Reed",
            "Energy Secretary",
            "US Energy Department",
        ),
        (
            "Health Minister Ana Silva said hospitals were ready.",
            "Ana Silva",
            "Health Minister",
            "Health Ministry",
        ),
    ],
)
def test_a_portfolio_is_part_of_the_title_and_names_the_ministry(  # type: ignore[no-untyped-def]
    run, sentence, name, role, affiliation
):
    source = run(sentence, with_table=False).source(name)
    assert source.role == role
    assert source.affiliation == affiliation


def test_a_body_before_a_title_that_is_no_portfolio_stays_the_body(run):  # type: ignore[no-untyped-def]
    source = run("Kremlin spokesman Dmitry Orlov said the talks were over.", with_table=False)
    assert source.source("Dmitry Orlov").affiliation == "Kremlin"


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        (
            "White House Press Secretary Lea Marsh said it.",
            "Lea Marsh",
            "Press Secretary",
            "White House",
        ),
        ("Political Analyst Matt Dane said it.", "Matt Dane", "Political Analyst", None),
        ("Chief Economist Ann Poe said it.", "Ann Poe", "Chief Economist", None),
    ],
)
def test_a_rank_word_before_a_title_is_part_of_it(  # type: ignore[no-untyped-def]
    run, sentence, name, role, affiliation
):
    source = run(sentence, with_table=False).source(name)
    assert (source.role, source.affiliation) == (role, affiliation)
