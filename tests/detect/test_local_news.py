"""Local news names its people by post and rank and by what they are to the story: a police
spokesman who is a sergeant, a neighbour "who lives across the street", a councilwoman."""

from __future__ import annotations

import pytest

from srccheck.engine import check_text


def _speaker(result):  # type: ignore[no-untyped-def]
    attribution = result.detection.attributions[-1]
    return next(s for s in result.detection.sources if s.id == attribution.source)


def test_a_post_before_a_rank_is_the_role(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Both men were hurt, police spokesman Sgt. Tom Reed said.", False))
    assert speaker.name == "Tom Reed" and speaker.role == "police spokesman"


def test_a_rank_alone_stays_the_role(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Senior Cpl. Jane Roe said both men were hurt.", False))
    assert speaker.role == "Senior Cpl."


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ann Poe, 34, who lives across the street, said she heard shots.", "resident"),
        ('"We heard shots," said Ann Poe, who has lived there for years.', "resident"),
        ("Ann Poe, who saw the crash, said the car was fast.", "witness"),
    ],
)
def test_a_relative_clause_says_what_a_person_is(run, text: str, role: str):  # type: ignore[no-untyped-def]
    assert _speaker(run(text, with_table=False)).role == role


def test_a_relative_clause_of_another_kind_gives_no_role(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Ann Poe, who leads the club, said the car was fast.", False))
    assert speaker.role is None


def test_a_neighbour_is_rated_as_an_eyewitness() -> None:
    report = check_text("Ann Poe, who lives across the street, said she heard shots.")
    (source,) = report.detection.sources
    detail = report.ratings[source.id].origin_detail
    assert detail is not None and detail.startswith("eyewitness")


@pytest.mark.parametrize("title", ["Sheriff", "Councilwoman", "Alderman"])
def test_local_offices_are_titles_the_official_class_rates(title: str) -> None:
    report = check_text(f"{title} Ann Poe said the road was closed.")
    (source,) = report.detection.sources
    assert source.role == title
    detail = report.ratings[source.id].origin_detail
    assert detail is not None and detail.startswith("official")


@pytest.mark.parametrize(
    "text",
    [
        "The Marsh County Police Department said the road was closed. Police said it would reopen.",
        "Police said the road would reopen. The Marsh County Police Department said it was shut.",
    ],
)
def test_police_without_an_article_is_the_force_the_article_names(run, text: str):  # type: ignore[no-untyped-def]
    result = run(text, with_table=False)
    assert result.names == {"Marsh County Police Department"}


def test_police_with_no_force_named_stay_their_own_row(run):  # type: ignore[no-untyped-def]
    assert run("Police said the road was closed.", with_table=False).names == {"Police"}
