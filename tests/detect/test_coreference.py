"""Later mentions — surnames, pronouns, descriptions — point back to the right source."""

from __future__ import annotations


def test_surname_refers_to_the_full_name(run):
    result = run(
        "Tatiana Stanovaya, senior fellow at the Carnegie Russia Eurasia Center, wrote that the "
        "Kremlin was calm. Stanovaya added that the elite was nervous."
    )
    source = result.source("Tatiana Stanovaya")
    assert [m.text for m in source.mentions][-1] == "Stanovaya"
    assert len(result.attributions_of("Tatiana Stanovaya")) == 2


def test_pronoun_refers_to_the_latest_person(run):
    result = run(
        "Olena Bondar, a nurse in Sumy, said the hospital was full. "
        "She added that medicines were running out."
    )
    spans = [a.source_span.text for a in result.attributions_of("Olena Bondar")]
    assert spans == ["Olena Bondar, a nurse in Sumy", "She"]


def test_they_refers_to_a_group_not_to_a_person(run):
    result = run(
        "Military bloggers wrote that the road was open. Mykola Ivanenko, a driver, said he had "
        "used it. They later claimed the road had been cut."
    )
    assert [a.source_span.text for a in result.attributions_of("Military bloggers")][-1] == "They"


def test_ministry_description_refers_back(run):
    result = run(
        "Russia's Defence Ministry claimed that 40 drones were downed. The ministry added that "
        "no damage was caused."
    )
    [source] = result.detection.sources
    assert source.entry.id == "russia-mod"
    assert len(result.attributions_of(source.name)) == 2


def test_relative_pronoun_refers_to_its_antecedent(run):
    result = run("The deal was backed by Ivan Petrenko, who said it would hold.")
    assert result.attributions_of("Ivan Petrenko")[0].source_span.text == "who"


def test_first_person_is_the_author_not_a_source(run):
    assert run("I said at the time that the plan would fail.").detection.sources == []
