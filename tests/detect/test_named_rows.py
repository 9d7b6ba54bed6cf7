"""Named sources, round two: datelines, headline offices, acronyms, parties and affiliations."""

from __future__ import annotations

from srccheck.detect.tokens import split_sentences, tokenize


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
