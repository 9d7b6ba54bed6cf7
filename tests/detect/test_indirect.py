"""Indirect speech and reports: the many ways a text says who a claim comes from."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "span", "cue"),
    [
        ("Dmitry Orlov said that the convoy had turned back.", "Dmitry Orlov", "said"),
        ("The convoy had turned back, said Dmitry Orlov.", "Dmitry Orlov", "said"),
        ("The convoy turned back, according to Dmitry Orlov.", "Dmitry Orlov", "according to"),
        ("Dmitry Orlov claimed the convoy had turned back.", "Dmitry Orlov", "claimed"),
        ("Dmitry Orlov warned that more strikes would follow.", "Dmitry Orlov", "warned"),
        ("Dmitry Orlov estimated that 300 soldiers were wounded.", "Dmitry Orlov", "estimated"),
        ("Dmitry Orlov insisted the report was accurate.", "Dmitry Orlov", "insisted"),
        ("Dmitry Orlov told reporters the talks had failed.", "Dmitry Orlov", "told reporters"),
        ("Dmitry Orlov noted that the roads were mined.", "Dmitry Orlov", "noted"),
        ("Dmitry Orlov has also said the roads were mined.", "Dmitry Orlov", "said"),
        (
            "In a post on Telegram, Dmitry Orlov wrote that the roads were mined.",
            "Dmitry Orlov",
            "wrote",
        ),
        ("As Dmitry Orlov put it, the roads were a death trap.", "Dmitry Orlov", "put it"),
        (
            "Dmitry Orlov raised the alarm about shortages of drones.",
            "Dmitry Orlov",
            "raised the alarm",
        ),
    ],
)
def test_cue_and_source_of_reported_speech(run, text, span, cue):
    result = run(text)
    [attribution] = result.detection.attributions
    assert attribution.source_span.text == span
    assert attribution.cue.text == cue
    assert not attribution.direct
    assert attribution.content is not None


def test_data_of_an_organisation(run):
    result = run("The Levada Center's data show that support for the war has fallen.")
    assert result.source("Levada Center").kind.value == "think-tank"


def test_poll_by_an_organisation(run):
    result = run("A poll by the Levada Center found that most Russians want talks.")
    [attribution] = result.detection.attributions
    assert attribution.source_span.text == "A poll by the Levada Center"
    assert result.source("Levada Center")


def test_unknown_person_is_a_source_with_a_guessed_kind(run):
    result = run(
        "Viktor Halushka, a farmer from the village, said shelling had destroyed his barn."
    )
    source = result.source("Viktor Halushka")
    assert source.kind.value == "person" and source.named and source.entry is None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Kharkiv Institute for Security Studies said the strikes would continue.",
            "Kharkiv Institute for Security Studies",
            "think-tank",
        ),
        (
            "The Donetsk Evening News reported that the market had been shelled.",
            "Donetsk Evening News",
            "outlet",
        ),
        (
            "The Ministry of Energy of Moldova said supplies were stable.",
            "Ministry of Energy of Moldova",
            "official",
        ),
        (
            "The Tsar Cannon channel wrote that the unit had been withdrawn.",
            "Tsar Cannon",
            "channel",
        ),
    ],
)
def test_kind_of_an_unknown_organisation_is_guessed_from_its_name(run, text, name, kind):
    result = run(text)
    assert result.source(name).kind.value == kind
    assert result.source(name).entry is None
