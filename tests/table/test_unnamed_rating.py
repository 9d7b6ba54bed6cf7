"""An unnamed description that no class covers is unrated, and its basis says so in its own
terms, never in the words of the default written for named people."""

from __future__ import annotations

from srccheck.model import Kind, Source
from srccheck.score import rate_source
from srccheck.table import default_table


def test_an_unnamed_group_no_class_covers_says_it_is_unnamed() -> None:
    group = Source(id="s1", name="Organizers of the march", kind=Kind.PERSON, named=False)
    rating = rate_source(group, default_table())
    assert rating.score is None and rating.origin == "unrated"
    assert "Organizers of the march" in rating.basis
    assert "named person" not in rating.basis


def test_a_named_person_still_gets_the_named_default() -> None:
    named = Source(id="s1", name="Olena Vasko", kind=Kind.PERSON, named=True)
    rating = rate_source(named, default_table())
    assert rating.score is None and "named person" in rating.basis
