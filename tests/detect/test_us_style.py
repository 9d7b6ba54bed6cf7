"""US news style: a legislator's party and state after the name ("R-Texas", "D-N.Y."), a
relative clause about the speaker, and a body's unnamed staff ("two Senate aides")."""

from __future__ import annotations

import pytest

from srccheck.model import Kind


@pytest.mark.parametrize(
    "text",
    [
        '"The bill is a stunt," Senate Majority Leader Dana Kerr, D-N.Y., said on the floor.',
        "Sen. Dana Kerr, R-Texas, said the bill was a stunt.",
        "Sen. Dana Kerr, I-Vt., said the bill was a stunt.",
        "Sen. Dana Kerr, R-Texas, who wrote the measure, said the bill was a stunt.",
    ],
)
def test_a_party_and_state_tag_is_an_aside_about_the_speaker(run, text):  # type: ignore[no-untyped-def]
    result = run(text, with_table=False)
    assert [s.name for s in result.detection.sources] == ["Dana Kerr"]
    (attribution,) = result.attributions_of("Dana Kerr")
    assert attribution.content is not None
    assert "stunt" in attribution.content.text and "wrote" not in attribution.content.text


def test_a_tag_alone_is_no_name(run):  # type: ignore[no-untyped-def]
    result = run("R-Texas said the bill was a stunt.", with_table=False)
    assert "R-Texas" not in result.names


@pytest.mark.parametrize(
    ("text", "descriptor", "body"),
    [
        ("Two Senate aides said a deal was unlikely.", "Two Senate aides", "Senate"),
        (
            "A Harbour Board official said the berth was closed.",
            "Harbour Board official",
            "Harbour Board",
        ),
    ],
)
def test_a_bodys_unnamed_staff_are_not_the_body(run, text, descriptor, body):  # type: ignore[no-untyped-def]
    (source,) = run(text, with_table=False).detection.sources
    assert source.named is False
    assert source.name == descriptor
    assert source.affiliation == body
    assert source.kind is not Kind.OFFICIAL


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Senate Majority Leader Dana Kerr, D-N.Y., said the bill was a stunt.",
            "Dana Kerr",
            "Majority Leader",
            "Senate",
        ),
        (
            "House Minority Whip Ann Poe said the vote was close.",
            "Ann Poe",
            "Minority Whip",
            "House",
        ),
        (
            "Opposition Leader Tom Hale said the budget was reckless.",
            "Tom Hale",
            "Opposition Leader",
            None,
        ),
    ],
)
def test_a_leaders_title_keeps_its_majority_or_minority(  # type: ignore[no-untyped-def]
    run, text, name, role, affiliation
):
    source = run(text, with_table=False).source(name)
    assert (source.role, source.affiliation) == (role, affiliation)


def test_neither_a_tag_nor_a_relative_clause_is_a_role(run):  # type: ignore[no-untyped-def]
    result = run("Dana Kerr, R-Texas, who wrote the measure, said it would pass.", with_table=False)
    assert result.source("Dana Kerr").role is None


@pytest.mark.parametrize(
    "text",
    ["Rep. Dana Kerr, R-Ohio, said it would pass.", "Congresswoman Dana Kerr said it would pass."],
)
def test_a_representative_sits_in_the_house(run, text):  # type: ignore[no-untyped-def]
    assert (
        run(text, with_table=False).source("Dana Kerr").affiliation == "US House of Representatives"
    )


def test_a_representative_of_a_union_is_no_member_of_congress(run):  # type: ignore[no-untyped-def]
    result = run("Dana Kerr, a representative of the union, said it would pass.", with_table=False)
    assert result.source("Dana Kerr").affiliation is None
