"""A party speaking as a body is an organisation rated by the table's party class; a post the
text describes through its body ("the think tank's director") or names before its holder
("Its head of policy, Simon Ward, said") is read as the person's role."""

from __future__ import annotations

import pytest

from srccheck.engine import check_text
from srccheck.model import Kind


def _speaker(result):  # type: ignore[no-untyped-def]
    attribution = result.detection.attributions[-1]
    return next(s for s in result.detection.sources if s.id == attribution.source)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Liberal Democrats said they would force a vote.", "Liberal Democrats"),
        ("Labour said the plan was unfair.", "Labour Party"),
        ("Republicans said the bill would fail.", "Republican Party"),
    ],
)
def test_a_party_speaking_is_an_organisation(run, text: str, party: str):  # type: ignore[no-untyped-def]
    speaker = _speaker(run(text, with_table=False))
    assert speaker.name == party and speaker.kind is Kind.OFFICIAL


def test_one_member_is_not_the_party(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("A Democrat said the bill would fail.", with_table=False))
    assert speaker.name != "Democratic Party"


def test_a_chambers_members_are_not_the_party(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("House Republicans said the bill would fail.", with_table=False))
    assert speaker.name != "Republican Party"


def test_the_default_table_rates_a_party_by_its_class() -> None:
    report = check_text("Labour said the plan was unfair.")
    (source,) = report.detection.sources
    rating = report.ratings[source.id]
    assert rating.origin == "role-class"
    assert rating.origin_detail is not None and rating.origin_detail.startswith("party")


def test_the_body_a_post_belongs_to_is_the_one_in_play(run):  # type: ignore[no-untyped-def]
    result = run(
        "The Centre for Tidal Studies said the levy would hurt. Anna Marsh, the think tank's "
        "director, said it was regressive.",
        with_table=False,
    )
    speaker = _speaker(result)
    assert speaker.name == "Anna Marsh" and speaker.role == "director"
    assert speaker.affiliation == "Centre for Tidal Studies"


def test_a_post_named_before_its_holder(run):  # type: ignore[no-untyped-def]
    result = run(
        "The drivers' club called the plan unfair. Its head of policy, Simon Ward, said "
        "drivers were squeezed.",
        with_table=False,
    )
    speaker = _speaker(result)
    assert speaker.name == "Simon Ward" and speaker.role == "head of policy"


def test_a_clause_between_commas_is_no_post(run):  # type: ignore[no-untyped-def]
    result = run("The plan, Jane Roe said, was flawed.", with_table=False)
    speaker = _speaker(result)
    assert speaker.name == "Jane Roe" and speaker.role is None


@pytest.mark.parametrize("body", ["Harbour Board", "Treasury"])
def test_a_bodys_spokesperson_is_the_body_speaking(run, body: str):  # type: ignore[no-untyped-def]
    speaker = _speaker(run(f"A {body} spokesperson said the berth was closed.", False))
    assert speaker.name == body and speaker.kind is Kind.OFFICIAL


def test_the_treasury_is_a_body(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("The Treasury confirmed plans to raise fuel duty.", False))
    assert speaker.kind is Kind.OFFICIAL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Another Z-channel, Three Captains, claimed the line had broken.", "Three Captains"),
        ("A local newspaper, The Harbour Ledger, reported the closure.", "The Harbour Ledger"),
    ],
)
def test_a_medium_named_in_apposition_is_that_medium(run, text: str, name: str):  # type: ignore[no-untyped-def]
    speaker = _speaker(run(text, with_table=False))
    assert speaker.name == name and speaker.named


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Fisheries Standards Agency said the recall was precautionary.", Kind.OFFICIAL),
        ("The Ostara News Agency reported the recall.", Kind.OUTLET),
    ],
)
def test_a_capitalised_agency_is_a_public_body_unless_news(run, text: str, kind: Kind):  # type: ignore[no-untyped-def]
    assert _speaker(run(text, with_table=False)).kind is kind


def test_a_national_body_by_portfolio_is_rated_through_the_home_government() -> None:
    text = (
        "LONDON — Ministers met in London on Monday. The Treasury said the levy would raise "
        "money for Britain's roads."
    )
    report = check_text(text)
    (source,) = report.detection.sources
    assert source.name == "Treasury" and source.affiliation_entry is not None
    assert source.affiliation_entry.country == "GB"
    assert report.ratings[source.id].origin == "affiliation"


def test_a_town_body_is_not_the_national_government() -> None:
    report = check_text("LONDON — The Marsh Town Council said the levy would raise money.")
    (source,) = report.detection.sources
    assert source.affiliation_entry is None


def test_a_capitalised_without_joins_a_name(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Pilots Without Frontiers said two planes were grounded.", False))
    assert speaker.name == "Pilots Without Frontiers"
