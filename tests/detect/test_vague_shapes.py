"""Vague sources in the shapes real articles give them, and fragments that are no source.

Every sentence here is made up; each positive case has a negative neighbour.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engineers at Harling met on Monday. Harling said the repair was done.", "Harling"),
        ("The jets were grounded, Boeing said. Boeing added it was sorry.", "Boeing"),
        ("Dan Fried spoke later. Fried said the sanctions would bite.", "Dan Fried"),
    ],
)
def test_a_name_with_an_adjective_ending_is_still_a_name(run, text, name):
    source = run(text).source(name)
    assert source.named


def test_an_adjective_opening_a_sentence_is_no_name(run):
    [source] = run("Informed sources said the talks had failed.").detection.sources
    assert not source.named
