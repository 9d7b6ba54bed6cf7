"""The role classes know the specialists news quotes under their own titles."""

from __future__ import annotations

import pytest

from srccheck.model import Kind, Source
from srccheck.score import rate_source
from srccheck.table import default_table


@pytest.mark.parametrize("role", ["neurologist", "virologist", "cardiologist", "psychiatrist"])
def test_a_medical_specialist_is_rated_as_medical(role: str) -> None:
    person = Source(id="s1", name="Rina Osei", kind=Kind.PERSON, named=True, role=role)
    rating = rate_source(person, default_table())
    assert rating.origin == "role-class"
    assert rating.origin_detail is not None and rating.origin_detail.startswith("medical")


def test_a_role_no_class_knows_stays_unrated() -> None:
    person = Source(id="s1", name="Rina Osei", kind=Kind.PERSON, named=True, role="juggler")
    assert rate_source(person, default_table()).origin == "unrated"


@pytest.mark.parametrize("role", ["chemist", "climate scientist", "statistician"])
def test_a_scientist_is_rated_as_an_analyst(role: str) -> None:
    person = Source(id="s1", name="Rina Osei", kind=Kind.PERSON, named=True, role=role)
    rating = rate_source(person, default_table())
    assert rating.origin_detail is not None and rating.origin_detail.startswith("analyst")
