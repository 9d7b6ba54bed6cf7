"""What is not a description of a person: the claim after "According to Jane Roe," and a
relative clause inside an appositive ("a singer who got her start on X")."""

from __future__ import annotations


def test_the_comma_after_according_to_opens_the_claim(run):  # type: ignore[no-untyped-def]
    result = run(
        "According to Mara Quell, the closure of the plant at the hands of the board was a "
        "crime. Quell said the board had lied.",
        with_table=False,
    )
    source = result.source("Mara Quell")
    assert source.role is None and source.affiliation is None


def test_a_closing_according_to_keeps_its_appositive(run):  # type: ignore[no-untyped-def]
    result = run(
        "Two barns burned, according to Ivo Lassen, head of the Vardo fire service.",
        with_table=False,
    )
    assert result.source("Ivo Lassen").affiliation == "Vardo fire service"


def test_a_relative_clause_is_no_part_of_the_role(run):  # type: ignore[no-untyped-def]
    result = run(
        "Lena Varga, a teenage singer who got her start on Rising Stars Live, said she "
        "would perform.",
        with_table=False,
    )
    source = result.source("Lena Varga")
    assert source.role == "teenage singer"
    assert source.affiliation is None


def test_a_body_named_with_of_stays_whole(run):  # type: ignore[no-untyped-def]
    result = run(
        "Tim Dale, a University of Lorraine economics professor and author of a blog, said "
        "rates would rise.",
        with_table=False,
    )
    source = result.source("Tim Dale")
    assert (source.role, source.affiliation) == ("economics professor", "University of Lorraine")


def test_the_body_after_a_posts_topic_is_the_affiliation(run):  # type: ignore[no-untyped-def]
    result = run(
        "Ann Poe, a professor of economics at Lakeside University, said rates would rise.",
        with_table=False,
    )
    source = result.source("Ann Poe")
    assert (source.role, source.affiliation) == ("professor", "Lakeside University")


def test_another_person_after_a_comma_is_no_description(run):  # type: ignore[no-untyped-def]
    result = run(
        "Besides Marlowe, the Herald's Ann Poe and Tom Hale attended. Ida Marlowe said "
        "the briefing was calm.",
        with_table=False,
    )
    source = result.source("Ida Marlowe")
    assert source.role is None and source.affiliation is None


def test_an_age_before_a_name_in_apposition_is_no_role(run):  # type: ignore[no-untyped-def]
    result = run(
        "A party strategist, 37-year-old Ann Poe, said the move was wise.", with_table=False
    )
    source = result.source("Ann Poe")
    assert source.role is not None and "year" not in source.role
