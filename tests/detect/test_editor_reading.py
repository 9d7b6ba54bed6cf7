"""Readings an editor expects: a newspaper by its masthead word, "the paper" that is the outlet
already named (or the one publishing the article), a company's short name, and the ranks of
soldiers who speak."""

from __future__ import annotations

import pytest

from srccheck.model import Kind
from tests.detect.conftest import FakeTable, _entry


@pytest.mark.parametrize("name", ["Halden Courier", "Fjord Sentinel", "Vestby Ledger"])
def test_a_masthead_word_makes_a_newspaper(run, name):
    result = run(f"The {name} reported that the mayor would resign.", with_table=False)
    assert result.source(name).kind.value == "outlet"


def test_told_the_paper_is_the_outlet_the_article_named(run):
    result = run(
        "The Halden Courier reported that the mayor would resign.\n\n"
        '"I have no regrets," Mayor Tom Hale told the paper.',
        with_table=False,
    )
    assert "paper" not in result.names
    courier = result.source("Halden Courier")
    assert any(m.text == "the paper" for m in courier.mentions)


def test_told_the_paper_with_no_outlet_named_is_the_publisher_and_no_relay(run):
    result = run('"I have no regrets," Mayor Tom Hale told the paper.', with_table=False)
    assert result.names == {"Tom Hale"}
    assert all(a.via is None for a in result.detection.attributions)


def test_a_companys_short_name_is_the_company(run):
    result = run(
        "Helix Therapeutics said its trial had failed. Helix said it would appeal.",
        with_table=False,
    )
    assert result.names == {"Helix Therapeutics"}


def test_only_a_company_is_known_by_the_name_before_its_trade_words(run):
    result = run(
        "Halden Police said two men were held. Halden said the road would reopen.",
        with_table=False,
    )
    assert "Halden Police" in result.names and len(result.names) == 2


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Cpl. Ivan Petrenko said the shelling continued.", "Cpl."),
        ("Pvt. Jan Berg said he was wounded.", "Pvt."),
        ("Corporal Anna Koval said the road was mined.", "Corporal"),
    ],
)
def test_a_soldiers_rank_is_his_role_not_a_sentence_end(run, sentence, role):
    result = run(sentence, with_table=False)
    (source,) = result.detection.sources
    assert source.role == role and source.kind.value == "person"


def test_a_table_name_without_accents_is_shown_as_the_article_spells_it(run, table):
    table.add(_entry("ales-dvorak", "Ales Dvorak", Kind.PERSON, 60), "Aleš Dvořák")
    result = run('"We hold," said Aleš Dvořák.')
    assert result.source("Aleš Dvořák").entry.id == "ales-dvorak"


def test_another_spelling_of_a_table_name_keeps_the_tables(run, table):
    table.add(_entry("ales-dvorak", "Ales Dvorak", Kind.PERSON, 60), "Aleš Dvořáková")
    result = run('"We hold," said Aleš Dvořáková.')
    assert result.source("Ales Dvorak").entry.id == "ales-dvorak"


def test_an_acronym_the_article_defined_is_spelled_out_as_an_affiliation(run):
    result = run(
        "The Nordic Farmers Party (NFP) won the vote.\n\n"
        '"We will govern," NFP spokeswoman Lena Dahl said.',
        with_table=False,
    )
    assert result.source("Lena Dahl").affiliation == "Nordic Farmers Party (NFP)"


def test_an_undefined_acronym_stays_as_written(run):
    result = run('"We will govern," NFP spokeswoman Lena Dahl said.', with_table=False)
    assert result.source("Lena Dahl").affiliation == "NFP"


def test_a_cabinet_minister_sits_in_the_government_of_the_country_in_play(run):
    result = run(
        "Britain will cut the tax, officials in London said.\n\n"
        "Cabinet Minister Tom Reed said the plan was agreed.",
        with_table=False,
    )
    assert result.source("Tom Reed").affiliation == "UK government"


def test_an_adverb_opening_the_sentence_is_no_part_of_a_body(run):
    result = run("Reportedly Senate leader Ann Holm said the bill was dead.", with_table=False)
    assert result.source("Ann Holm").affiliation == "Senate"


def test_a_title_in_capitals_is_no_body(run):
    result = run("Acme CEO Andrew Pole said prices would rise.", with_table=False)
    assert result.source("Andrew Pole").role == "CEO"
    assert result.source("Andrew Pole").affiliation != "CEO"


def test_chief_of_staff_is_one_title_before_a_name(run):
    result = run("White House chief of staff Tom Reed said the plan was fine.", with_table=False)
    source = result.source("Tom Reed")
    assert (source.role, source.affiliation) == ("chief of staff", "White House")


def test_a_spokesman_works_for_the_body_whose_initials_the_article_defined(run):
    result = run(
        "The Nordic Grid Authority (NGA) cut power on Monday. Halden Police closed two roads."
        "\n\nThe NGA request was denied, spokesman Brian Wells said.",
        with_table=False,
    )
    assert result.source("Brian Wells").affiliation == "Nordic Grid Authority (NGA)"


@pytest.mark.parametrize(
    "before",
    [
        "READ MORE: The plan.",  # capitals that only shout
        "KYIV (Reuters) - Two drones fell overnight.",  # the outlet reports, it employs no one
    ],
)
def test_capitals_that_name_no_employer_are_passed_over(run, before):
    result = run(f"{before}\n\nA spokesman, Tom Berg, said nothing was hit.")
    assert result.source("Tom Berg").affiliation is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The district leans left, according to historic voting patterns.",
            "historic voting patterns",
        ),
        ("According to recent polling data, the race is close.", "recent polling data"),
    ],
)
def test_an_unnamed_thing_that_is_no_one_is_no_person(run, text, name):
    assert run(text, with_table=False).source(name).kind is not Kind.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A local resident said the road was closed.", "local resident"),
        ("His mother said he was innocent.", "His mother"),
    ],
)
def test_an_unnamed_person_stays_a_person(run, text, name):
    assert run(text, with_table=False).source(name).kind is Kind.PERSON


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Secretary of State Tom Reed said the deal was fair.", "Tom Reed", "Secretary of State"),
        (
            "Deputy Secretary of State for Political Affairs Ann Holm said no.",
            "Ann Holm",
            "Deputy Secretary of State",
        ),
        (
            "Professor Ann Lee of the University of Halden said no.",
            "Ann Lee",
            "Professor",
        ),
    ],
)
def test_a_title_with_of_is_the_role_and_never_runs_into_the_sentence(run, text, name, role):
    source = run(text, with_table=False).source(name)
    assert source.role == role
    assert source.affiliation is None or "said" not in source.affiliation


def test_a_us_secretary_of_state_works_at_the_state_department(run):
    result = run("Secretary of State Tom Reed said the deal was fair.", with_table=False)
    assert result.source("Tom Reed").affiliation == "US State Department"


def test_a_secretary_of_state_for_defence_works_at_a_defence_ministry(run):
    result = run("Secretary of State for Defence Tom Reed said yes.", with_table=False)
    assert result.source("Tom Reed").affiliation == "Defence Ministry"


def test_a_person_of_an_organisation_keeps_the_organisation(run):
    result = run(
        "Anna Kowalska of the Center for Eastern Studies said the plan failed.", with_table=False
    )
    assert result.source("Anna Kowalska").affiliation == "Center for Eastern Studies"


def _add_leader(table: FakeTable) -> None:
    table.add(
        _entry("gov-xn-pm-office", "Office of the Prime Minister of Nordland", Kind.OFFICIAL, 70)
    )
    table.add(_entry("jana-holm", "Jana Holm", Kind.PERSON, 65, affiliation="gov-xn-pm-office"))


def test_a_leaders_spokesman_speaks_for_the_leaders_office(run, table):
    _add_leader(table)
    result = run(
        "Prime Minister Jana Holm met the union.\n\nOn Monday, Holm spokesman David Kerr said "
        "talks failed."
    )
    assert result.source("David Kerr").affiliation == "Office of the Prime Minister of Nordland"


def test_a_body_named_like_a_person_is_still_the_body(run, table):
    _add_leader(table)
    result = run("Holm Group spokesman David Kerr said talks failed.")
    assert result.source("David Kerr").affiliation == "Holm Group"


def test_a_person_whose_body_names_herself_is_read_once_not_forever(run):
    # Her description names her own surname as a body: following it again would never end.
    result = run(
        "Anna Berg, a former Berg aide, said the plan failed. Berg spokesman Tom Reed said no.",
        with_table=False,
    )
    assert "Tom Reed" in result.names
