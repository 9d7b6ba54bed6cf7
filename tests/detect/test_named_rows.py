"""Named sources, round two: datelines, headline offices, acronyms, parties and affiliations."""

from __future__ import annotations

from srccheck.detect import detect
from srccheck.detect.tokens import split_sentences, tokenize
from srccheck.model import Kind
from tests.detect.conftest import FakeTable, _entry


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
