"""People with the roles and affiliations the text gives them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Tatiana Stanovaya, senior fellow at the Carnegie Russia Eurasia Center, wrote that "
            "the Kremlin was calm.",
            "Tatiana Stanovaya",
            "senior fellow",
            "Carnegie Russia Eurasia Center",
        ),
        (
            "CEPA analyst Anna Kowalska said the reserves were thin.",
            "Anna Kowalska",
            "analyst",
            "Center for European Policy Analysis (CEPA)",
        ),
        (
            "ISW's Kateryna Stepanenko wrote that the assault had stalled.",
            "Kateryna Stepanenko",
            None,
            "Institute for the Study of War (ISW)",
        ),
        (
            "Anna Kowalska of the Center for European Policy Analysis said the reserves were thin.",
            "Anna Kowalska",
            None,
            "Center for European Policy Analysis",
        ),
        (
            "A spokesperson for the Kremlin, Yulia Orlova, said the talks were over.",
            "Yulia Orlova",
            "spokesperson",
            "Kremlin",
        ),
    ],
)
def test_role_and_affiliation(run, text, name, role, affiliation):
    source = run(text).source(name)
    assert source.kind.value == "person"
    assert source.role == role
    assert source.affiliation == affiliation


def test_affiliation_resolves_to_a_table_entry(run):
    text = (
        "Nico Brandt, a senior scholar at the Center for European Policy Analysis in Washington, "
        "said the offensive would stall."
    )
    source = run(text).source("Nico Brandt")
    assert source.affiliation_entry is not None and source.affiliation_entry.id == "cepa"


def test_former_affiliation_is_marked(run):
    source = run("Former Pentagon official John Brandt warned that stocks were low.").source(
        "John Brandt"
    )
    assert source.former and source.affiliation == "Pentagon" and source.role == "official"


def test_president_without_a_country_takes_the_country_the_article_is_about(run):
    result = run(
        "President Ana Souza said Brazilian farms had a record year. Brazilian exporters agreed, "
        "and Brazil's central bank said growth would hold."
    )
    assert result.source("Ana Souza").affiliation == "Brazilian presidency"


def test_president_without_a_country_in_an_article_about_two_countries_gets_none(run):
    result = run(
        "Chilean and Peruvian ministers met in Lima. Peru and Chile signed a water deal. "
        "President Ana Souza said the deal was fair."
    )
    assert result.source("Ana Souza").affiliation is None


def test_the_sentence_of_the_president_settles_a_close_lead(run):
    result = run(
        "Kenyan officials said the visit went well. President Tom Reyes said Mexican trade with "
        "Kenya would double. Mexican business leaders and Mexico's unions welcomed it."
    )
    assert result.source("Tom Reyes").affiliation == "Mexican presidency"


def test_an_affiliation_the_table_knows_by_its_initials_is_spelled_out(run):
    result = run("Pia Lund, a CEPA fellow, said the convoy had arrived.")
    assert result.source("Pia Lund").affiliation == "Center for European Policy Analysis (CEPA)"


def test_a_capital_in_capitals_is_not_taken_for_initials():
    from srccheck.detect.sources import _abbreviates

    assert _abbreviates("U.N.", "United Nations")
    assert not _abbreviates("BERLIN", "Government of Germany")
    assert not _abbreviates("Un", "United Nations")
