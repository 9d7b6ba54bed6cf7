"""Direct quotations in every style, and quotations nobody is said to have said."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        '"The front is holding," the commander said.',
        "“The front is holding,” the commander said.",
        "„The front is holding“, the commander said.",
        "«The front is holding», the commander said.",
        "''The front is holding,'' the commander said.",
    ],
)
def test_quotation_marks_of_every_style_are_attributed(run, text):
    result = run(text)
    [attribution] = result.detection.attributions
    assert attribution.direct
    assert attribution.source_span.text == "the commander"
    assert attribution.content.text.strip("\"“”„«»'").startswith("The front is holding")


def test_said_colon_introduces_a_quotation(run):
    result = run('The governor said: "Evacuation will start at dawn."')
    [attribution] = result.detection.attributions
    assert attribution.direct and attribution.cue.text == "said"
    assert attribution.content.text == '"Evacuation will start at dawn."'


def test_inverted_speaker_after_the_quotation(run):
    result = run(
        '"We have enough shells for a month," said Oleksiy Marchenko, a battalion commander.'
    )
    source = result.source("Oleksiy Marchenko")
    assert source.role == "battalion commander"
    assert result.attributions_of("Oleksiy Marchenko")[0].direct


def test_quotation_spanning_paragraphs_is_one_quotation(run):
    text = (
        '"The first paragraph of the statement sets out the facts.\n\n'
        '"The second paragraph draws the conclusion," the prosecutor said.'
    )
    result = run(text)
    [attribution] = result.detection.attributions
    assert attribution.content.text.startswith('"The first paragraph')
    assert attribution.content.text.endswith('conclusion,"')


def test_quotation_opening_a_paragraph_is_given_to_the_speaker_named_next(run):
    text = (
        '"Our positions near the river were overrun in the night." '
        "Maria Kovalenko, a volunteer medic, said the unit withdrew before dawn."
    )
    result = run(text)
    quoted = [a for a in result.attributions_of("Maria Kovalenko") if a.direct]
    assert quoted and quoted[0].content.text.startswith('"Our positions')


def test_quotation_with_no_speaker_is_reported_not_dropped(run):
    text = (
        "The bridge was closed on Monday.\n\n"
        '"Nobody knows when the convoys will be allowed through again, or by whom."'
    )
    result = run(text)
    assert [q.text[:12] for q in result.detection.unattributed_quotes] == ['"Nobody know']
    assert result.detection.attributions == []


def test_scare_quotes_are_not_statements(run):
    result = run('Troops were ordered to leave the "fire pocket" before dawn.')
    assert result.detection.unattributed_quotes == []
    assert result.detection.attributions == []


def test_unbalanced_quotation_marks_do_not_swallow_the_article(run):
    text = (
        'The mayor called it "a disgrace. Residents fled overnight.\n\n'
        "Officials said 40 homes were damaged."
    )
    result = run(text)
    assert "Officials" in result.names
