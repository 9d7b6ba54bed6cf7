"""Affiliations the text gives in less usual ways: a country's own name for its cabinet, a
body the table spells out while the text uses its initials."""

from __future__ import annotations


def test_a_deputy_prime_minister_sits_in_the_cabinet_her_country_names(run):
    result = run("Ukrainian Deputy Prime Minister Olena Marchuk said the corridor had failed.")
    assert result.source("Olena Marchuk").affiliation == "Cabinet of Ministers of Ukraine"


def test_a_prime_minister_of_a_country_with_no_cabinet_name_is_its_government(run):
    result = run("Hungarian Prime Minister Peter Kovacs said nothing was agreed.")
    assert result.source("Peter Kovacs").affiliation == "Hungarian government"


def test_a_prime_minister_with_no_country_keeps_a_bare_government(run):
    result = run("Prime Minister Tom Hale said the road would reopen.", with_table=False)
    assert result.source("Tom Hale").affiliation == "government"


def test_initials_the_table_spells_out_stay_beside_the_long_name(run):
    result = run("Mark Olsen, a former CEPA analyst, said the talks were stalled.")
    assert result.source("Mark Olsen").affiliation == "Center for European Policy Analysis (CEPA)"


def test_a_long_name_the_text_gives_in_full_gets_no_initials(run):
    result = run(
        "Mark Olsen of the Center for European Policy Analysis said the talks were stalled."
    )
    assert result.source("Mark Olsen").affiliation == "Center for European Policy Analysis"
