"""A bare definite body noun in a person's description ("a spokeswoman for the ministry")
is the named body of that kind already in play (issue 9, item 2: "the ministry", "the
institute", "the utility")."""

from __future__ import annotations


def test_the_ministry_is_the_ministry_that_spoke(run):  # type: ignore[no-untyped-def]
    result = run(
        "The Harbour Ministry said the port was shut. A spokeswoman for the ministry, "
        "Ann Poe, said it would reopen.",
        with_table=False,
    )
    assert result.source("Ann Poe").affiliation == "Harbour Ministry"


def test_the_authority_after_a_name_is_the_authority_in_play(run):  # type: ignore[no-untyped-def]
    result = run(
        "The Port of Gdansk Authority said ships were waiting. Tom Hale, a spokesman for the "
        "authority, said the queue was long.",
        with_table=False,
    )
    assert result.source("Tom Hale").affiliation == "Port of Gdansk Authority"


def test_with_no_such_body_in_play_there_is_no_affiliation(run):  # type: ignore[no-untyped-def]
    result = run("Tom Hale, a spokesman for the company, said profits fell.", with_table=False)
    assert result.source("Tom Hale").affiliation is None


def test_a_body_of_another_kind_is_not_taken(run):  # type: ignore[no-untyped-def]
    result = run(
        "The Harbour Ministry said the port was shut. Tom Hale, a spokesman for the "
        "authority, said the queue was long.",
        with_table=False,
    )
    assert result.source("Tom Hale").affiliation is None
