"""An office or post the text names without naming its holder is its body speaking ("Russia's
foreign minister said": the foreign ministry; "Acme Corp's chief executive": the company); a
former holder, or a post of a body nobody names, is an unnamed person. Staff named by
a common word at the start of a sentence ("Election officials said") are a group, never a
person called "Election". Initials spelled like a function word ("WHO") are a body."""

from __future__ import annotations

from srccheck.model import Kind
from tests.detect.conftest import FakeTable, _entry


def _speaker(result):  # type: ignore[no-untyped-def]
    (attribution,) = result.detection.attributions
    return next(s for s in result.detection.sources if s.id == attribution.source)


def test_a_countrys_minister_is_the_ministry_speaking(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Norway's foreign minister said the talks would resume.", False))
    assert speaker.name == "Norwegian Foreign Ministry" and speaker.kind is Kind.OFFICIAL


def test_a_former_office_holder_unnamed_is_a_person(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("The former Norwegian foreign minister said it was a mistake.", False))
    assert speaker.kind is Kind.PERSON and not speaker.named and speaker.former
    assert speaker.role == "foreign minister"
    assert speaker.affiliation == "Norwegian Foreign Ministry"


def test_a_demonym_office_speaks_for_its_body(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("The German chancellor said the budget would pass.", False))
    assert speaker.name == "German Chancellery" and speaker.kind is Kind.OFFICIAL


def test_the_table_rates_the_office_through_its_body(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("The Russian defence minister said the drill was routine."))
    assert speaker.entry is not None and speaker.entry.id == "russia-mod"


def test_an_office_with_no_country_or_body_is_left_alone(run):  # type: ignore[no-untyped-def]
    result = run("The minister said the budget would pass.", with_table=False)
    assert all(s.affiliation is None for s in result.detection.sources)


def test_the_holder_in_play_still_speaks(run):  # type: ignore[no-untyped-def]
    result = run(
        "Foreign Minister Ida Strand of Norway flew to Riga on Monday. "
        "Norway's foreign minister said the talks would resume.",
        with_table=False,
    )
    assert _speaker(result).name == "Ida Strand"


def test_a_companys_unnamed_officer_is_the_company(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Velmora Corp's chief executive said sales fell.", False))
    assert speaker.name == "Velmora Corp" and speaker.kind is Kind.OFFICIAL


def test_a_post_of_a_body_nobody_names_is_a_person(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("The company's director said sales fell.", False))
    assert speaker.kind is Kind.PERSON and not speaker.named and speaker.role == "director"


def test_initials_owner_gives_the_post_its_body(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("CEPA's director said the report was sound."))
    assert speaker.entry is not None and speaker.entry.id == "cepa"


def test_a_body_noun_owner_is_the_body_in_play(run):  # type: ignore[no-untyped-def]
    result = run(
        "The Harbour Authority said the berth was closed. "
        "The authority's director said repairs would take a week.",
        with_table=False,
    )
    assert {s.name for s in result.detection.sources} == {"Harbour Authority"}
    assert len(result.detection.attributions) == 2


def test_a_persons_aide_keeps_its_own_reading(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Senator Jane Roe's aide said the vote was close.", False))
    assert speaker.name != "Jane Roe"


def test_common_word_staff_at_sentence_start_are_a_group(run):  # type: ignore[no-untyped-def]
    for word in ("Election", "Border", "Transit", "Prison"):
        result = run(f"{word} officials said the queues were long.", with_table=False)
        assert word not in result.names
        assert all(s.kind is not Kind.PERSON for s in result.detection.sources)


def test_a_name_the_text_repeats_keeps_its_staff(run):  # type: ignore[no-untyped-def]
    result = run(
        "Talks with Ostara stalled in May. Ostara officials said the plant was safe.",
        with_table=False,
    )
    speaker = _speaker(result)
    assert not speaker.named and speaker.affiliation == "Ostara"


def test_a_given_name_before_aides_is_not_a_common_word(run):  # type: ignore[no-untyped-def]
    result = run("Jordan aides said the plan was ready.", with_table=False)
    assert all(s.affiliation != "Jordan aides" for s in result.detection.sources)
    assert _speaker(result).name != "aides"


def test_who_in_capitals_is_the_health_body(table: FakeTable, run):  # type: ignore[no-untyped-def]
    table.add(
        _entry("who", "World Health Organization", Kind.OFFICIAL, 80, aliases=("WHO",)),
    )
    assert _speaker(run("The WHO said cases were rising.")).name == "World Health Organization"
    assert _speaker(run("WHO said cases were rising.")).name == "World Health Organization"
    director = _speaker(run("The WHO's director said cases were rising."))
    assert director.entry is not None and director.entry.id == "who"


def test_who_in_lower_case_stays_a_pronoun(run):  # type: ignore[no-untyped-def]
    result = run("A farmer who saw the flood said the river rose overnight.", with_table=False)
    assert not any("who" in s.name.casefold() for s in result.detection.sources)


def test_a_title_in_capitals_names_no_body(run):  # type: ignore[no-untyped-def]
    for title in ("Press Secretary", "Deputy Press Secretary"):
        speaker = _speaker(run(f"{title} Jane Roe said the visit went well.", False))
        assert speaker.name == "Jane Roe" and speaker.role == title
        assert speaker.affiliation is None


def test_a_body_before_a_capitalised_title_is_kept(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("Harbour Board Chairman Jane Roe said the berth was closed.", False))
    assert speaker.affiliation == "Harbour Board"


def test_a_university_of_a_place_is_one_body(run):  # type: ignore[no-untyped-def]
    speaker = _speaker(run("A University of Halden professor, Jane Roe, said it was new.", False))
    assert speaker.name == "Jane Roe" and speaker.affiliation == "University of Halden"


def test_a_relative_clause_is_no_part_of_a_located_speaker(run):  # type: ignore[no-untyped-def]
    result = run(
        "A farmer in Marsh County, who asked not to be named, said the wells were dry.",
        with_table=False,
    )
    speaker = _speaker(result)
    assert speaker.name == "farmer in Marsh County"
    assert "asked" not in speaker.name


def _norway(table: FakeTable) -> None:
    table.add(
        _entry(
            "no-mfa",
            "Ministry of Foreign Affairs of Norway",
            Kind.OFFICIAL,
            77,
            country="NO",
            aliases=("Norwegian Foreign Ministry",),
        )
    )
    table.add(
        _entry(
            "no-forces",
            "Armed Forces of Norway",
            Kind.OFFICIAL,
            77,
            country="NO",
            aliases=("Norwegian armed forces",),
        )
    )
    table.add(_entry("no-air", "Norwegian Air Force", Kind.OFFICIAL, 70, country="NO"))


def test_a_countrys_body_in_lower_case_is_found(table: FakeTable, run):  # type: ignore[no-untyped-def]
    _norway(table)
    speaker = _speaker(run("Norway's air force said two jets were scrambled."))
    assert speaker.entry is not None and speaker.entry.id == "no-air"


def test_a_countrys_navy_speaks_within_its_armed_forces(table: FakeTable, run):  # type: ignore[no-untyped-def]
    _norway(table)
    speaker = _speaker(run("Norway's navy said the cable was cut."))
    assert speaker.name == "Norway's navy" and speaker.kind is Kind.OFFICIAL
    assert speaker.affiliation_entry is not None and speaker.affiliation_entry.id == "no-forces"


def test_an_embassy_speaks_within_its_foreign_ministry(table: FakeTable, run):  # type: ignore[no-untyped-def]
    _norway(table)
    speaker = _speaker(run("Norway's embassy said the report was false."))
    assert speaker.affiliation_entry is not None and speaker.affiliation_entry.id == "no-mfa"


def test_an_embassy_of_no_country_has_no_ministry(table: FakeTable, run):  # type: ignore[no-untyped-def]
    _norway(table)
    speaker = _speaker(run("The embassy said the report was false."))
    assert speaker.affiliation_entry is None


def test_whoever_is_close_to_a_body_speaks_not_the_body(run):  # type: ignore[no-untyped-def]
    result = run("Military bloggers close to the Russian defence ministry reported heavy fighting.")
    assert "Russian Ministry of Defence" not in result.names
    assert _speaker(result).class_default is not None


def test_the_ministry_named_in_the_sentence_is_the_one_meant(table: FakeTable, run):  # type: ignore[no-untyped-def]
    _norway(table)
    result = run(
        "The Russian defence ministry said its forces struck a depot. Norway's foreign ministry "
        "summoned the envoy after debris fell near Kirkenes, the ministry's spokesperson said."
    )
    last = result.detection.attributions[-1]
    speaker = next(s for s in result.detection.sources if s.id == last.source)
    assert speaker.entry is not None and speaker.entry.id == "no-mfa"


def test_people_known_only_by_their_access_are_anonymous(run):  # type: ignore[no-untyped-def]
    result = run("Analysts familiar with the talks said the deal was close.")
    speaker = _speaker(result)
    assert speaker.class_default is not None and speaker.class_default.id == "anonymous-source"


def test_whoever_is_briefed_on_a_plan_speaks_not_the_plan(run):  # type: ignore[no-untyped-def]
    result = run("Two officials briefed on the plan said it would fail.", with_table=False)
    assert "plan" not in result.names
