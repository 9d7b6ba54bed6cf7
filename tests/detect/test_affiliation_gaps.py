"""Affiliations the text gives in less usual ways: a country's own name for its cabinet, a
body the table spells out while the text uses its initials, degrees between a name and its
body, an office title with an "of" of its own."""

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


def test_degrees_after_a_name_are_what_she_is_not_whom_she_speaks_for(run):
    result = run('"It failed," said Lena Holt, MD, PhD.')
    assert result.source("Lena Holt").affiliation is None
    assert result.source("Lena Holt").role == "MD, PhD"


def test_a_body_after_degrees_is_the_affiliation(run):
    result = run(
        '"It works," said Omar Reyes, MD, PhD, a surgeon at the Westbrook Medical Institute.'
    )
    assert result.source("Omar Reyes").affiliation == "Westbrook Medical Institute"
    assert result.source("Omar Reyes").role == "surgeon"


def test_of_and_a_possessor_after_dotted_degree_gives_the_owning_body(run):
    result = run(
        '"The results surprised us," said Laura Brandt, Ph.D., of Halden University\'s '
        "Institute for Marine Studies."
    )
    assert result.source("Laura Brandt").affiliation == "Halden University"


def test_an_office_title_with_of_and_a_verb_like_noun_keeps_the_appositive(run):
    result = run(
        '"Nobody wants that," said Ruth Adler, a retired assistant secretary of state '
        "for trade, and one of several urging restraint."
    )
    source = result.source("Ruth Adler")
    assert source.affiliation == "US State Department"
    assert source.role == "retired assistant secretary of state"


def test_asked_after_a_closing_quotation_attributes_it(run):
    result = run('"Can anyone fix this by Friday?" asked Ruth Adler, a former CEPA analyst.')
    assert result.source("Ruth Adler").affiliation == "Center for European Policy Analysis (CEPA)"


def test_asked_to_do_something_is_no_attribution(run):
    result = run("The minister asked the envoy to leave the talks.")
    assert result.detection.attributions == []
