"""Named sources, round two: datelines, headline offices, acronyms, parties and affiliations."""

from __future__ import annotations

import pytest

from srccheck.detect import detect
from srccheck.detect import lexicon as lx
from srccheck.detect.entities import EntityIndex, office_body
from srccheck.detect.tokens import split_sentences, tokenize
from srccheck.model import Kind, Match
from tests.detect.conftest import FakeTable, _entry


def _index_of(text: str) -> EntityIndex:
    tokens = tokenize(text)
    return EntityIndex(text, tokens, split_sentences(tokens, text))


def _persons(result):  # type: ignore[no-untyped-def]
    return [s for s in result.detection.sources if s.kind.value == "person"]


# -- datelines whose dash was lost ---------------------------------------------------------------


def test_a_dateline_without_its_dash_ends_before_the_first_sentence():
    text = "OSLO  Mayor Kari Lund said the tunnel would open."
    tokens = tokenize(text)
    first, second = split_sentences(tokens, text)[:2]
    assert tokens[first.first].text == "OSLO" and tokens[second.first].text == "Mayor"


def test_a_dateline_city_is_no_affiliation_and_no_part_of_the_name(run):
    result = run("OSLO  Chancellor Kari Lund says the tunnel will open in May.")
    [person] = _persons(result)
    assert person.name == "Kari Lund"
    assert person.affiliation != "OSLO"
    assert all("OSLO" not in m.text for m in person.mentions)


def test_a_wide_gap_inside_an_ordinary_sentence_splits_nothing():
    text = "The minister  said the tunnel would open."
    assert len(split_sentences(tokenize(text), text)) == 1


# -- an office named in a headline or teaser, its holder named far below -------------------------


def test_a_teaser_office_finds_its_holder_past_a_long_caption(run):
    caption = " ".join(["Boats wait at the harbour in the early morning light."] * 60)
    result = run(
        "Port strike ends after talks\n\nUN chief urges calm at sea\n\n"
        f"{caption}\n\nU.N. Secretary-General Ana Velez said the talks would go on. "
        '"We need calm," the U.N. chief said.'
    )
    [person] = _persons(result)
    assert person.name == "Ana Velez"
    assert {m.text for m in person.mentions} >= {"UN chief", "the U.N. chief"}


def test_an_office_in_running_text_does_not_reach_that_far(run):
    caption = " ".join(["Boats wait at the harbour in the early morning light."] * 60)
    result = run(
        f"The UN chief urged calm at sea, the statement said. {caption} "
        "U.N. Secretary-General Ana Velez said the talks would go on."
    )
    velez = result.source("Ana Velez")
    assert all("chief" not in m.text for m in velez.mentions)


# -- an office in other words ---------------------------------------------------------------------


def test_a_top_diplomat_is_the_foreign_minister_in_play(run):
    result = run(
        "Vote must come first, says Norway's top diplomat\n\n"
        "Norwegian Foreign Minister Ola Berg said on Monday that the vote must be held."
    )
    [person] = _persons(result)
    assert {m.text for m in person.mentions} >= {"Norway's top diplomat"}


def test_a_top_diplomat_is_not_a_defence_minister(run):
    result = run(
        "Norway's top diplomat said the vote must be held. "
        "Norwegian Defence Minister Ola Berg said the law was clear."
    )
    berg = result.source("Ola Berg")
    assert all("diplomat" not in m.text for m in berg.mentions)


# -- a country's body with its demonym, as the table names it otherwise -------------------------


def _national_table(table: FakeTable) -> FakeTable:
    entries = [
        *table.entries.values(),
        _entry(
            "no-pst",
            "Security Service of Norway",
            Kind.OFFICIAL,
            50,
            aliases=("PST",),
            country="NO",
        ),
        _entry(
            "se-sdp", "Defence Police of Sweden", Kind.OFFICIAL, 50, aliases=("SDP",), country="SE"
        ),
    ]
    return FakeTable(entries, list(table.class_defaults.values()))


def test_a_demonym_form_and_the_acronym_find_one_table_body(table):
    detection = detect(
        "The Norwegian PST claims that the cables were cut. "
        "The Norwegian Security Service said the ship had left.",
        _national_table(table),  # type: ignore[arg-type]
    )
    [body] = detection.sources
    assert body.name == "Security Service of Norway"
    assert len(body.mentions) == 2


def test_a_demonym_form_never_takes_another_countrys_body(table):
    detection = detect(
        "The Norwegian SDP claims that the cables were cut.",
        _national_table(table),  # type: ignore[arg-type]
    )
    assert [s.name for s in detection.sources] == ["Norwegian SDP"]


# -- affiliations as the text gives them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "Outspoken Tory Alan Pryce said the leader must go.",
            "Alan Pryce",
            "Conservative Party",
        ),
        ("Sen. Jane Roe, a Democrat, said the bill would fail.", "Jane Roe", "Democratic Party"),
        ("Labour MP Jane Roe said the bill would fail.", "Jane Roe", "Labour Party"),
        (
            "Jane Roe, a University of Leeds professor who studies ports, said the test mattered.",
            "Jane Roe",
            "University of Leeds",
        ),
        (
            "Jane Roe, a former CIA analyst and director for Norway, said the test mattered.",
            "Jane Roe",
            "CIA",
        ),
        (
            "Nordic Shipping Group financier Ola Berg led the bid. Berg said on Monday the "
            "price was fair.",
            "Ola Berg",
            "Nordic Shipping Group",
        ),
        (
            "In the Tver region, a drone hit a yard, local governor Ivan Sokolov said.",
            "Ivan Sokolov",
            "Tver regional administration",
        ),
    ],
)
def test_affiliations_the_text_gives(run, text, name, affiliation):
    assert run(text).source(name).affiliation == affiliation


def test_a_party_member_keeps_their_office_as_the_role(run):
    source = run("Sen. Jane Roe, a Democrat, said the bill would fail.").source("Jane Roe")
    assert source.role == "Sen."


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, a teacher from Leeds, said the school would close.",
        "Drone expert Jane Roe said the drones were cheap.",
        "Jane Roe, a former director for Norway, said the test mattered.",
    ],
)
def test_no_affiliation_where_the_text_names_no_body(run, text):
    assert run(text).source("Jane Roe").affiliation is None


def test_a_governor_with_no_region_in_the_sentence_has_no_made_up_body(run):
    source = run("A drone crashed into a yard, governor Jane Roe said.").source("Jane Roe")
    assert source.affiliation is None


# -- a person's own account is the person --------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Pryce's Twitter account published a letter he had written.",
        "Pryces Twitter account published a letter he had written.",  # apostrophe lost
    ],
)
def test_a_persons_account_is_the_person(run, second):
    result = run(f"Outspoken Tory Alan Pryce spoke on Monday. {second}")
    assert [s.name for s in result.detection.sources] == ["Alan Pryce"]


def test_a_channel_named_after_no_one_in_the_text_stays_a_channel(run):
    result = run("Alan Pryce spoke on Monday. The Rybar channel reported that the bridge fell.")
    assert result.source("Rybar").kind.value == "channel"


# -- given names that are also months -------------------------------------------------------------


def test_a_given_name_that_is_a_month_starts_a_name():
    index = _index_of("Finance chief May Ellis said costs rose. Ellis added that May was slow.")
    entity = index.person("Ellis")
    assert entity is not None and entity.name == "May Ellis"


def test_a_month_before_a_capitalised_word_is_no_person():
    index = _index_of("In March Madness the fans said the games were long.")
    assert index.entities == []


# -- a country's government beside the body that speaks for it -----------------------------------


class _LooseTable(FakeTable):
    """A table that, like the real one, matches a bare body name loosely to one country's."""

    def resolve(self, query: str, *, kind: Kind | None = None) -> Match | None:
        found = super().resolve(query, kind=kind)
        if found is None and query.casefold().removeprefix("the ").strip() == "foreign ministry":
            entry = self.entries["se-mfa"]
            return Match(entry=entry, method="fuzzy", similarity=91.0, query=query, matched="x")
        return found


def _countries_table(table: FakeTable) -> _LooseTable:
    entries = [
        *table.entries.values(),
        _entry(
            "no-gov",
            "Government of Norway",
            Kind.OFFICIAL,
            80,
            aliases=("Norwegian government",),
            country="NO",
        ),
        _entry(
            "no-mfa",
            "Ministry of Foreign Affairs of Norway",
            Kind.OFFICIAL,
            80,
            aliases=("Norwegian Foreign Ministry",),
            country="NO",
        ),
        _entry(
            "no-mod",
            "Ministry of Defence of Norway",
            Kind.OFFICIAL,
            80,
            aliases=("Norwegian Defence Ministry",),
            country="NO",
        ),
        _entry(
            "se-mfa",
            "Ministry of Foreign Affairs of Sweden",
            Kind.OFFICIAL,
            80,
            aliases=("Swedish Foreign Ministry",),
            country="SE",
        ),
    ]
    return _LooseTable(entries, list(table.class_defaults.values()))


def test_a_bare_foreign_ministry_is_the_one_of_the_country_in_its_sentence(table):
    detection = detect(
        "The Foreign Ministry said on Monday that Norway would protest against the raid.",
        _countries_table(table),  # type: ignore[arg-type]
    )
    names = [s.name for s in detection.sources]
    assert "Ministry of Foreign Affairs of Sweden" not in names
    assert "Ministry of Foreign Affairs of Norway" in names


def test_a_bare_foreign_ministry_with_no_country_in_play_takes_no_countrys_entry(table):
    detection = detect(
        "The arrests were a mistake, the Foreign Ministry said in an email on Thursday.",
        _countries_table(table),  # type: ignore[arg-type]
    )
    assert all(s.entry is None for s in detection.sources)


def test_a_country_speaking_folds_into_its_one_body_that_speaks(table):
    detection = detect(
        "Oslo has pledged its support for the talks. The Norwegian Foreign Ministry said "
        "on Monday that the raid was a crime.",
        _countries_table(table),  # type: ignore[arg-type]
    )
    [body] = detection.sources
    assert body.name == "Ministry of Foreign Affairs of Norway"
    assert {m.text for m in body.mentions} == {"Oslo", "The Norwegian Foreign Ministry"}


def test_a_country_speaking_beside_two_of_its_bodies_stays_its_government(table):
    detection = detect(
        "Oslo has pledged its support for the talks. The Norwegian Foreign Ministry said "
        "on Monday that the raid was a crime. The Norwegian Defence Ministry said the ships "
        "had left.",
        _countries_table(table),  # type: ignore[arg-type]
    )
    assert "Government of Norway" in [s.name for s in detection.sources]


# -- two named sources in one phrase --------------------------------------------------------------


def test_according_to_a_person_and_an_outlet_gives_both(run):
    result = run(
        "Two barns burned overnight, according to the acting governor Ivan Sokolov "
        "and Russia's official news agency, TASS."
    )
    assert {s.name for s in result.detection.sources} == {"Ivan Sokolov", "TASS"}


def test_two_people_in_one_subject_are_two_rows(run):
    result = run("Kari Lund and Ola Berg said the plan would fail.")
    assert {s.name for s in result.detection.sources} == {"Kari Lund", "Ola Berg"}


def test_a_body_whose_name_holds_and_stays_one_row(run):
    result = run("The Ministry of Trade and Industry said exports rose.")
    assert len(result.detection.sources) == 1


def test_an_unnamed_pair_stays_one_row(run):
    result = run("Seven people were hurt, according to the governor and the state news agency.")
    assert len(result.detection.sources) == 1


# -- short names and acronyms of a body named in full ---------------------------------------------


def test_a_short_outlet_name_the_table_also_knows_is_the_paper_named_in_full(table):
    entries = [
        *table.entries.values(),
        _entry("times", "The Times", Kind.OUTLET, 80, aliases=("Times",)),
    ]
    detection = detect(
        "The mill will close, according to The Northern Daily Times. "
        "The Times reported that the owners had not replied.",
        FakeTable(entries, list(table.class_defaults.values())),  # type: ignore[arg-type]
    )
    assert [s.name for s in detection.sources] == ["Northern Daily Times"]


def test_a_short_outlet_name_with_no_longer_name_before_stays_itself(table):
    entries = [
        *table.entries.values(),
        _entry("times", "The Times", Kind.OUTLET, 80, aliases=("Times",)),
    ]
    detection = detect(
        "The Times reported that the owners had not replied.",
        FakeTable(entries, list(table.class_defaults.values())),  # type: ignore[arg-type]
    )
    assert [s.name for s in detection.sources] == ["The Times"]


@pytest.mark.parametrize("acronym", ["DfE", "DFE"])
def test_an_acronym_in_any_case_is_the_body_it_spells(run, acronym):
    result = run(
        "Class sizes grew, according to Department for Education data. "
        f"{acronym} figures show that 40 schools closed."
    )
    assert [s.name for s in result.detection.sources] == ["Department for Education"]


def test_an_acronym_that_spells_no_body_in_play_stays_a_row(run):
    result = run(
        "Class sizes grew, according to Department for Education data. "
        "NEU figures show that 40 schools closed."
    )
    assert len(result.detection.sources) == 2


# -- not sources ---------------------------------------------------------------------------------


def test_a_month_with_its_apostrophe_lost_owns_no_forecast(run):
    result = run("Output was trimmed to 2.1% from Octobers estimate of 2.6%, the bank said.")
    assert not any("October" in s.name for s in result.detection.sources)


def test_a_place_before_which_is_no_speaker(run):
    result = run(
        "The units are digging in near Lysove, which suggests that they will hold the line."
    )
    assert "Lysove" not in result.names


def test_a_channel_before_which_still_speaks(run):
    result = run("Rybar, which reported the attack, said more would come.")
    assert "Rybar" in result.names


def test_the_wires_own_outlet_told_a_quotation_is_no_relay(run):
    result = run(
        "(Reuters) - Shares fell on Tuesday, the airline said.\n\nThe carrier plans to add 12 "
        'routes and is "ready to move fast on them" once the permits arrive, '
        "Chief Executive Jane Roe told Reuters ahead of the vote."
    )
    assert "Reuters" not in result.names
    assert all(a.via is None for a in result.detection.attributions)


# -- a reporter speaks through her outlet --------------------------------------------------------


def test_a_reporter_of_a_known_outlet_is_the_source_and_the_outlet_the_carrier(table):
    entries = [*table.entries.values(), _entry("planet", "Daily Planet", Kind.OUTLET, 70)]
    detection = detect(
        "The Daily Planet's Europe editor Lois Kent said the talks had stalled.",
        FakeTable(entries, list(table.class_defaults.values())),  # type: ignore[arg-type]
    )
    by_id = {s.id: s for s in detection.sources}
    [attribution] = detection.attributions
    assert by_id[attribution.source].name == "Lois Kent"
    assert attribution.via is not None and by_id[attribution.via].name == "Daily Planet"


def test_an_analyst_of_a_known_outlet_has_no_carrier(table):
    entries = [*table.entries.values(), _entry("planet", "Daily Planet", Kind.OUTLET, 70)]
    detection = detect(
        "Daily Planet analyst Lois Kent said the talks had stalled.",
        FakeTable(entries, list(table.class_defaults.values())),  # type: ignore[arg-type]
    )
    assert [s.name for s in detection.sources] == ["Lois Kent"]


# -- a relative named in apposition ---------------------------------------------------------------


def test_a_relative_named_by_first_name_is_the_person_named_in_full_later(run):
    result = run(
        'Tomas was hurt on Friday. "He had gone out alone," his father, Colin, said in a note.'
        "\n\nColin Marsh urged drivers to slow down near the school."
    )
    [person] = _persons(result)
    assert person.name == "Colin Marsh"
    assert person.role == "father" and person.affiliation is None
    assert person.named


def test_a_relative_described_by_a_common_noun_stays_unnamed(run):
    result = run("Her neighbour, a nurse, said the pills were deadly.")
    [source] = result.detection.sources
    assert not source.named


# -- the country and the office inside an appositive role ------------------------------------------


def test_a_demonym_inside_the_appositive_gives_the_office_its_country(run):
    result = run("Kari Lund, the Norwegian foreign minister, said the talks were useful.")
    assert result.source("Kari Lund").affiliation == "Norwegian Foreign Ministry"


@pytest.mark.parametrize(
    ("role", "body"),
    [
        ("assistant secretary of state for Europe", "US State Department"),
        ("foreign minister", "Norwegian Foreign Ministry"),
        ("deputy foreign minister", "Norwegian Foreign Ministry"),
    ],
)
def test_an_office_with_a_qualifier_still_finds_its_body(role, body):
    country = lx.places().by_name["norway"] if "Norwegian" in body else lx.places().by_code["US"]
    assert office_body(role, None, country) == body


def test_a_role_that_holds_no_office_has_no_body():
    assert office_body("state of the art researcher", None, lx.places().by_code["US"]) is None


# -- an unnamed spokesperson beside the body she speaks for ----------------------------------------


def test_a_spokeswoman_of_a_body_with_its_own_row_is_that_bodys_voice(run):
    result = run(
        "Twitter said it would label the accounts. A Twitter spokeswoman said the rule was new."
    )
    [body] = result.detection.sources
    assert body.name == "Twitter" and body.kind.value == "official"
    assert len(body.mentions) == 2


def test_a_spokeswoman_of_a_body_with_no_row_stays_her_own_row(run):
    result = run("A Twitter spokeswoman said the rule was new.")
    [source] = result.detection.sources
    assert not source.named and source.affiliation == "Twitter"


def test_a_country_after_with_is_not_speaking(run):
    result = run("Chile's envoy for talks with the United States said the deal would hold.")
    assert not any("United States" in s.name for s in result.detection.sources)


def test_an_outlets_own_journalists_are_that_outlet_reporting(table):
    entries = [
        *table.entries.values(),
        _entry("planet", "Daily Planet", Kind.OUTLET, 70, domains=("dailyplanet.com",)),
    ]
    detection = detect(
        "Follow our coverage at https://dailyplanet.com/hub.\n\n"
        "OSLO  Daily Planet journalists in Oslo say two bridges were closed.",
        FakeTable(entries, list(table.class_defaults.values())),  # type: ignore[arg-type]
    )
    assert [s.name for s in detection.sources] == ["Daily Planet"]


def test_journalists_of_an_outlet_with_no_row_stay_their_own_row(run):
    result = run("Daily Planet journalists in Oslo say two bridges were closed.")
    assert len(result.detection.sources) == 1
    assert result.detection.sources[0].kind.value != "outlet"
