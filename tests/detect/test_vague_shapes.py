"""Vague sources in the shapes real articles give them, and fragments that are no source.

Every sentence here is made up; each positive case has a negative neighbour.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engineers at Harling met on Monday. Harling said the repair was done.", "Harling"),
        ("The jets were grounded, Boeing said. Boeing added it was sorry.", "Boeing"),
        ("Dan Fried spoke later. Fried said the sanctions would bite.", "Dan Fried"),
    ],
)
def test_a_name_with_an_adjective_ending_is_still_a_name(run, text, name):
    source = run(text).source(name)
    assert source.named


def test_an_adjective_opening_a_sentence_is_no_name(run):
    [source] = run("Informed sources said the talks had failed.").detection.sources
    assert not source.named


def test_a_common_noun_opening_the_sentence_speaks_from_its_place(run):
    [source] = run("Surveys in Moldova find that most families want a ceasefire.").detection.sources
    assert not source.named
    assert source.name.startswith("Surveys")


def test_a_thing_in_a_place_is_no_speaker(run):
    result = run("A confirmed position in Dolynka would indicate that the line is thin.")
    assert result.detection.sources == []


def test_respondents_in_a_poll_speak_through_the_poll(run):
    result = run("By 60% to 30%, respondents in the Harbor Institute poll said prices were too high.")
    assert [a.source_span.text for a in result.detection.attributions] == [
        "the Harbor Institute poll"
    ]
    assert all("said" not in s.name for s in result.detection.sources)


def test_a_poll_named_after_a_claim_ends_at_its_head(run):
    result = run("Most voters back the plan, in a Lakeside Courier poll released Sunday.")
    [source] = result.detection.sources
    assert source.name == "Lakeside Courier poll"


def test_the_object_of_an_infinitive_holds_no_view(run):
    result = run("The platform added labels to ensure users know who runs the accounts.")
    assert result.detection.sources == []


def test_a_stance_with_its_own_subject_still_counts(run):
    [source] = run("Many economists believe that the sanctions will bite.").detection.sources
    assert source.name == "economists" or source.name.endswith("economists")


def test_an_action_by_adding_is_no_claim(run):
    result = run("Video platforms have responded by adding warnings to the accounts.")
    assert result.detection.sources == []


@pytest.mark.parametrize(
    "text",
    [
        "Lena Marsh spoke first. Lena Marsh and others say lax rules have allowed it.",
        "Lena Marsh spoke first. Lena Marsh and colleagues say lax rules have allowed it.",
    ],
)
def test_unnamed_company_of_a_named_speaker_is_no_source(run, text):
    assert run(text).names == {"Lena Marsh"}
