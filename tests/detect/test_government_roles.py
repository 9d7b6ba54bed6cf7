"""A government's own spokespeople and heads: the body their title names, never the last
organisation the article happened to mention; and companies named by their trade."""

from __future__ import annotations

import pytest

from srccheck.model import Kind
from tests.detect.conftest import _entry


def test_a_demonym_before_a_government_spokesman_names_his_government(run):
    result = run("Slovak government spokesman Peter Novak said the plan was final.")
    source = result.source("Peter Novak")
    assert source.role == "government spokesman"
    assert source.affiliation == "Slovak government"


def test_a_government_spokeswoman_does_not_work_for_the_last_company_named(run):
    result = run(
        "Nordhavn Shipping said its ferries would stop on Monday.\n\n"
        "The government spokeswoman, Ann Lee, said the strike was illegal.",
        with_table=False,
    )
    assert result.source("Ann Lee").affiliation != "Nordhavn Shipping"


def test_a_government_spokeswoman_speaks_for_the_country_the_article_is_about(run):
    result = run(
        "Romania will hold talks with Moldova on Monday, the Romanian Foreign Ministry said.\n\n"
        "The government spokeswoman, Ana Pop, said the talks would continue."
    )
    assert result.source("Ana Pop").affiliation == "Romanian government"


def test_a_plain_spokesman_still_works_for_the_body_in_play(run):
    result = run(
        "Halden Police said two men were held.\n\nSpokesman Tom Berg said both were charged.",
        with_table=False,
    )
    assert result.source("Tom Berg").affiliation == "Halden Police"


def test_a_head_of_government_the_table_knows_keeps_the_body_of_its_entry(run, table):
    table.add(
        _entry("gov-xx-pm-office", "Office of the Prime Minister of Nordland", Kind.OFFICIAL, 70)
    )
    table.add(_entry("jana-holm", "Jana Holm", Kind.PERSON, 65, affiliation="gov-xx-pm-office"))
    result = run('"The budget holds," said Prime Minister Jana Holm.')
    assert result.source("Jana Holm").affiliation == "Office of the Prime Minister of Nordland"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Borealis Capital said the deal had closed.", "Borealis Capital"),
        ("Helix Therapeutics said the trial had failed.", "Helix Therapeutics"),
        ("Fjord Logistics said the port would reopen.", "Fjord Logistics"),
    ],
)
def test_a_company_named_by_its_trade_is_no_person(run, sentence, name):
    assert run(sentence, with_table=False).source(name).kind.value != "person"


def test_a_presidential_spokesman_speaks_for_the_presidency_of_his_country(run):
    result = run("Ukrainian presidential spokesman Petro Holub said the talks were over.")
    assert result.source("Petro Holub").affiliation == "Office of the President of Ukraine"
