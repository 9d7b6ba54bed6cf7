"""Precision: actors in the events, subjects of the story, datelines and bylines are not sources."""

from __future__ import annotations

import pytest

from srccheck.model import Kind


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops advanced near the village on Tuesday.",
        "Putin met the governor in the Kremlin.",
        "The weather was cold and the roads were icy.",
        "KYIV, March 3 (Staff) - Air raid sirens sounded across the capital.",
        "By Anna Petrenko and Oleg Marchuk",
        "The United States sent more air-defence systems.",
        "Russia continued to shell Kharkiv overnight.",
        "Ukrainian forces demolished the bridges over the river.",
        "Loading comments...",
        "The report was published in 2023 and runs to 40 pages.",
        "Putin called Macron on Tuesday.",
        "Students' protests spread to three cities.",
    ],
)
def test_no_source_in_a_sentence_without_attribution(run, text):
    result = run(text)
    assert result.detection.sources == [], result.source_spans()


def _rows_with(result, word: str) -> list[str]:
    return sorted(s.name for s in result.detection.sources if word in s.name.casefold())


def test_a_shorter_plural_refers_back_to_the_group_in_play(run):
    result = run(
        "Danish naval officials said the ferry had been towed to port. "
        "Danish officials did not say when it would sail again."
    )
    assert _rows_with(result, "officials") == ["Danish naval officials"]
    assert len(result.source("Danish naval officials").mentions) == 2


def test_a_headline_bare_plural_announces_the_first_group_below_it(run):
    result = run(
        "Floods cut off four villages, officials say\n\n"
        "Four villages were cut off by floods overnight, provincial officials have said. "
        "In the capital, municipal officials reported two closed bridges."
    )
    assert _rows_with(result, "officials") == ["municipal officials", "provincial officials"]
    assert len(result.source("provincial officials").mentions) == 2


def test_two_different_qualifiers_stay_two_groups(run):
    result = run(
        "Provincial officials said the dam held. Municipal officials said the pumps had failed."
    )
    assert _rows_with(result, "officials") == ["Municipal officials", "Provincial officials"]


def test_a_plural_never_joins_a_group_set_apart_as_former(run):
    result = run(
        "Former Danish officials said the deal was a mistake. "
        "Danish officials said on Friday that it would stand."
    )
    assert _rows_with(result, "officials") == ["Danish officials", "Former Danish officials"]


def test_a_bare_plural_far_below_nothing_stays_its_own_group(run):
    filler = "The river rose by a metre during the night and the roads were closed. " * 20
    result = run(
        "Officials said the bridge would reopen in May.\n\n"
        + filler
        + "\n\nCzech officials said on Monday that a second bridge was shut."
    )
    assert _rows_with(result, "officials") == ["Czech officials", "Officials"]


def test_reports_of_an_event_stay_apart_from_qualified_reports(run):
    result = run(
        "Belgian reports suggest the port is closed. "
        "The strike went on despite reports of talks between the unions and the owners."
    )
    assert len(_rows_with(result, "reports")) == 2


def test_new_figures_are_the_voice_of_whoever_publishes_them(run):
    result = run(
        "Waiting times at border crossings hit a record, new figures show.\n\n"
        "The Customs Board said lorries waited six hours. Customs Board figures show that "
        "queues grew in every month of the year."
    )
    assert not any(s.name == "new figures" for s in result.detection.sources)
    mentions = [m.text for s in result.detection.sources for m in s.mentions]
    assert mentions.count("new figures") == 1


def test_new_figures_with_no_publisher_stay_a_vague_source(run):
    result = run("Waiting times at border crossings hit a record, new figures show.")
    assert [s.name for s in result.detection.sources] == ["new figures"]
    assert not result.source("new figures").named


def test_separate_figures_are_not_folded_into_the_publisher(run):
    result = run(
        "Customs Board figures show that queues grew. "
        "Separate statistics showed that fewer lorries crossed in winter."
    )
    assert "Separate statistics" in result.names


def test_the_authors_are_the_researchers_of_the_study(run):
    result = run(
        "A new paper looks at why people nap. As the authors explain, most naps are short. "
        "The researchers said more work was needed."
    )
    assert _rows_with(result, "author") == []
    assert len(_rows_with(result, "researchers")) == 1


def test_researchers_at_a_body_that_speaks_are_that_body(run):
    result = run(
        "Those accounts were revealed by researchers at the Nordic Council's Open Media Lab, "
        "which found 40 fake accounts. "
        '"It is a pattern," the Nordic Council researchers concluded.'
    )
    assert _rows_with(result, "researchers") == []
    (council,) = [s for s in result.detection.sources if "Nordic Council" in s.name]
    assert len(council.mentions) == 2


def test_researchers_at_a_body_that_does_not_speak_keep_it_as_affiliation(run):
    result = run("The leak was revealed by researchers at Leiden University.")
    (group,) = result.detection.sources
    assert not group.named
    assert group.affiliation == "Leiden University"


def test_the_diplomats_after_their_foreign_ministry_are_the_ministry(run):
    result = run(
        "The Danish Foreign Ministry said the talks had failed. "
        '"It is a mistake," the Danish diplomats stressed.'
    )
    assert _rows_with(result, "diplomats") == []
    assert len(result.detection.sources) == 1


def test_indefinite_diplomats_stay_a_group_of_their_own(run):
    result = run(
        "The Danish Foreign Ministry said the talks had failed. "
        "Danish diplomats said privately that they were relieved."
    )
    assert _rows_with(result, "diplomats") == ["Danish diplomats"]


def test_diplomats_never_join_an_embassy(run):
    result = run(
        "The Danish Embassy in Oslo said the talks had failed. "
        '"It is a mistake," the Danish diplomats stressed.'
    )
    assert _rows_with(result, "diplomats") == ["Danish diplomats"]


@pytest.mark.parametrize(
    "text",
    [
        "Danish occupation authorities continued efforts to close the schools.",
        "Local authorities continued to face protests over the plan.",
    ],
)
def test_continued_with_an_object_is_no_verb_of_saying(run, text):
    assert run(text).detection.sources == []


def test_continued_after_a_quotation_still_attributes_it(run):
    result = run('Jane Roe, the mayor, spoke on Monday. "The bridge will reopen," she continued.')
    assert "Jane Roe" in result.names
    assert result.attributions_of("Jane Roe")


def test_a_headline_country_by_its_initials_is_its_government(run):
    result = run("Flood crisis: US urges Serbia to open its dams")
    (government,) = result.detection.sources
    assert government.kind is Kind.OFFICIAL
    assert government.named


def test_the_pronoun_us_is_never_a_country(run):
    assert run("They told us the bridge was shut.").detection.sources == []


@pytest.mark.parametrize(
    "text",
    [
        "A Polish soldier fighting near the river told reporters that the unit had retreated.",
        "A Polish soldier fighting near Gdansk said the unit had run out of shells.",
        "A neighbour in Oslo said the building shook.",
    ],
)
def test_one_person_known_only_by_place_is_an_anonymous_source(run, text):
    (source,) = [s for s in run(text).detection.sources if s.name != "reporters"]
    assert not source.named
    assert source.kind is not Kind.PERSON
    assert source.class_default is not None and source.class_default.id == "anonymous-source"
    assert "soldier" in source.name or "neighbour" in source.name  # the person, not the place


def test_a_place_after_near_is_never_the_speaker(run):
    result = run("A position near the river would indicate that the unit retreated.")
    assert result.detection.sources == []


@pytest.mark.parametrize(
    "text",
    [
        "Bye, Tom. You'll probably see the lake from there.",
        "Bye, Tom. We\u2019ll probably see the lake from there.",
        "Do you agree? Please share this story and tell us because your voice matters!",
    ],
)
def test_a_pronoun_with_its_verb_or_a_plea_to_the_reader_is_no_source(run, text):
    assert run(text).names == set()


def test_a_name_with_an_apostrophe_is_still_a_name(run):
    assert run("O'Neill said the plan was fine.").names == {"O'Neill"}
