"""A company or a party the table does not know speaks as a body: kind `official`, never a
person named after it (issue 9, item 7)."""

from __future__ import annotations

import pytest

from srccheck.model import Kind


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kestrel Dynamics Inc. said its factory was hit.", "Kestrel Dynamics Inc."),
        ("Harlow Pharma said the trial was paused.", "Harlow Pharma"),
        ("Sunrise Airlines said flights were cancelled.", "Sunrise Airlines"),
        ("The Green Valley Party said it would vote against the bill.", "Green Valley Party"),
    ],
)
def test_a_company_or_party_named_by_its_head_word_is_a_body(run, sentence, name):
    assert run(sentence, with_table=False).source(name).kind is Kind.OFFICIAL


def test_its_officer_is_a_person_affiliated_with_it(run):
    result = run(
        "Tom Baker, chief executive of Northbank Holdings, said profits fell.", with_table=False
    )
    baker = result.source("Tom Baker")
    assert baker.kind is Kind.PERSON
    assert baker.affiliation == "Northbank Holdings"


def test_a_two_word_name_with_no_body_word_stays_a_person(run):
    result = run("Harlow Banks said the trial was paused.", with_table=False)
    assert result.source("Harlow Banks").kind is Kind.PERSON
