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


# -- what the text says about a person elsewhere (srccheck.detect.people) ---------------------


def test_an_appositive_after_another_mention_gives_the_body(run):
    result = run(
        "Tomas Reiter, head of the Halden city council, opened the bridge on Monday. "
        "The repairs took two years, according to Reiter."
    )
    assert result.source("Tomas Reiter").affiliation == "Halden city council"
    assert result.source("Tomas Reiter").role == "head"


def test_the_regions_body_is_the_region_in_play(run):
    result = run(
        "In the Vardo region, two barns burned, according to Ivo Lassen, "
        "head of the region's military administration."
    )
    assert result.source("Ivo Lassen").affiliation == "Vardo regional military administration"


def test_the_regions_body_with_no_region_named_is_no_body(run):
    result = run("Two barns burned, said Ivo Lassen, head of the region's military administration.")
    assert result.source("Ivo Lassen").affiliation is None


def test_the_post_held_now_beats_an_earlier_one(run):
    result = run(
        '"It matters," former Acme Trust Director Paul Wendt told reporters. '
        '"We hope so," added Wendt, now a senior fellow at the Halden Institute in Oslo.'
    )
    source = result.source("Paul Wendt")
    assert source.affiliation == "Halden Institute"
    assert source.role == "senior fellow"


def test_now_before_a_clause_is_no_post(run):
    result = run('"We hope so," said Paul Wendt, now in his third year of the inquiry.')
    assert result.source("Paul Wendt").affiliation is None


def test_the_next_sentence_says_where_she_works(run):
    result = run(
        '"The trial was a surprise," says Ellen Markby, MD, PhD. She\'s the director of the '
        "Center for Sleep Research at the Halden Children's Research Institute in Oslo."
    )
    source = result.source("Ellen Markby")
    assert source.role == "director"
    assert source.affiliation == (
        "Center for Sleep Research at the Halden Children's Research Institute"
    )


def test_a_heading_verb_in_the_next_sentence_gives_the_body(run):
    result = run('"We will rebuild," said Olena Vask. She heads the Halden water board.')
    assert result.source("Olena Vask").affiliation == "Halden water board"


def test_the_next_sentence_about_someone_else_gives_nothing(run):
    result = run(
        '"We will rebuild," said Olena Vask. Then Tom Hale spoke. He heads the Halden water board.'
    )
    assert result.source("Olena Vask").affiliation is None


def test_an_age_or_an_occupation_in_an_earlier_appositive_is_no_body(run):
    result = run(
        'Olena Vask, 42, lost her roof in the storm. "It was loud," Vask said. '
        'Ivan Mel, a teacher, watched it. "We hid," Mel said.'
    )
    assert result.source("Olena Vask").role is None
    assert result.source("Olena Vask").affiliation is None
    assert result.source("Ivan Mel").affiliation is None


def test_a_description_before_the_name_with_a_possessor_takes_the_principals_body(run):
    result = run(
        "Hungarian Prime Minister Peter Kovacs spoke first. Later, the prime minister's "
        'envoy to Halden, retired Gen. Mark Soto, arrived. "The talks will resume," Soto said.'
    )
    source = result.source("Mark Soto")
    assert source.affiliation == "Hungarian government"
    assert source.role == "envoy to Halden"


def test_a_rank_is_not_the_role_when_the_text_gives_the_post(run):
    result = run(
        "The comments came from the mayor's adviser, retired Col. Ann Fry, on Monday. "
        '"It will work," Col. Fry said.'
    )
    assert result.source("Ann Fry").role == "adviser"


def test_a_phrase_before_a_comma_that_is_no_description_gives_nothing(run):
    result = run('In a letter to the ambassador, Ann Fry wrote that "the road is closed".')
    assert result.source("Ann Fry").role is None
    assert result.source("Ann Fry").affiliation is None


def test_a_named_principal_lends_the_body_of_her_office(run):
    result = run(
        "Leeds Mayor Jane Roe opened the market. Her aide, Tom Vale, said it was busy. "
        'On Monday, Roe\'s spokesman, Ben Ivo, arrived. "It was busy," Ivo said.'
    )
    assert result.source("Ben Ivo").affiliation == "Leeds city administration"


def test_an_office_by_initials_finds_the_holder_named_in_full(run):
    result = run(
        '"Peace is possible," United Nations chief Ana Moura said in Oslo. '
        "Last week the UN chief said the ceasefire must hold."
    )
    ana = result.source("Ana Moura").id
    assert [a.source for a in result.detection.attributions] == [ana, ana]


def test_a_company_officer_works_for_the_company_the_article_is_about(run):
    result = run(
        "Kestrel Pharma won approval for its inhaler on Monday. Shares rose 9%. "
        "The company expects sales to climb, Chief Commercial Officer Dana Holt said."
    )
    assert result.source("Dana Holt").affiliation == "Kestrel Pharma"
    assert result.source("Dana Holt").role == "Chief Commercial Officer"


def test_a_staff_role_works_for_the_body_in_play_not_the_channel_that_aired_it(run):
    result = run(
        "The Halden Ambulance Service confirmed the crash. He appeared on Channel 4's show. "
        'Senior operations manager Rob Tell said: "He was well liked."'
    )
    assert result.source("Rob Tell").affiliation == "Halden Ambulance Service"


def test_an_officer_with_no_company_in_the_text_has_no_body(run):
    result = run('"Sales will climb," Chief Executive Dana Holt said.')
    assert result.source("Dana Holt").role == "Chief Executive"
    assert result.source("Dana Holt").affiliation is None


def test_an_expert_speaks_for_no_company_in_play(run):
    result = run('Kestrel Pharma won approval. "Drones are cheap," drone expert Tom Hale said.')
    assert result.source("Tom Hale").affiliation is None
