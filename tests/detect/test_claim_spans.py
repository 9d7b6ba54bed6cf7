"""What a claim is, once its speaker is found: the one spoken to and an aside on how they
spoke are not part of it, and the finite verb of saying carries it."""

from __future__ import annotations

import pytest

from srccheck.detect import detect
from srccheck.table import default_table


def _only(result, name):  # type: ignore[no-untyped-def]
    found = result.attributions_of(name)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Oleh Marchenko told the newspaper that the talks were over.", "the talks were over"),
        (
            "Oleh Marchenko told lawmakers on Tuesday that the talks were over.",
            "the talks were over",
        ),
        ("Oleh Marchenko warned investors that the talks were over.", "the talks were over"),
    ],
)
def test_the_one_spoken_to_is_not_part_of_the_claim(run, sentence, claim):
    found = _only(run(sentence, with_table=False), "Oleh Marchenko")
    assert found.content is not None and found.content.text == claim


def test_told_with_no_that_keeps_what_follows(run):
    found = _only(
        run("Oleh Marchenko told me the talks were over.", with_table=False), "Oleh Marchenko"
    )
    assert found.content is not None and found.content.text.endswith("the talks were over")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe, speaking on condition of anonymity, said the blast shook the house.",
        "Jane Roe, talking to reporters after the vote, said the blast shook the house.",
        "Jane Roe, responding to questions from lawmakers, said the blast shook the house.",
        "Jane Roe, testifying before the committee, has also said the blast shook the house.",
    ],
)
def test_an_aside_on_how_someone_spoke_leaves_the_claim_to_said(run, sentence):
    found = _only(run(sentence, with_table=False), "Jane Roe")
    assert found.cue is not None and found.cue.text == "said"
    assert found.content is not None and found.content.text == "the blast shook the house"


def test_a_gerund_that_gives_the_claim_still_carries_it(run):
    found = _only(
        run("Jane Roe spoke for an hour, saying that the plan was unaffordable.", with_table=False),
        "Jane Roe",
    )
    assert found.cue is not None and found.cue.text == "saying"
    assert found.content is not None and found.content.text == "the plan was unaffordable"


def test_a_group_known_by_whom_it_is_close_to_is_anonymous_with_no_role() -> None:
    detection = detect("Those close to him say he has no plans to resign.", default_table())
    (source,) = detection.sources
    assert source.named is False
    assert source.role is None
    assert source.class_default is not None and source.class_default.id == "anonymous-source"


def test_a_group_known_by_what_it_organises_is_one_unnamed_source() -> None:
    detection = detect("Organizers of the march said turnout was low.", default_table())
    (source,) = detection.sources
    assert source.name == "Organizers of the march" and not source.named


def test_someone_of_a_place_is_the_speaker_not_the_place() -> None:
    detection = detect("A resident of the town said the water was brown.", default_table())
    (source,) = detection.sources
    assert source.name == "resident of the town" and not source.named


@pytest.mark.parametrize(
    "sentence",
    [
        "A freight broker, who asked not to be named, said rates had doubled.",
        "A ferry captain, who spoke on condition of anonymity, said rates had doubled.",
    ],
)
def test_who_makes_any_noun_before_it_someone_who_speaks(run, sentence):  # type: ignore[no-untyped-def]
    result = run(sentence, with_table=False)
    (attribution,) = result.detection.attributions
    assert attribution.content is not None and attribution.content.text == "rates had doubled"
    assert result.detection.sources[0].named is False


def test_the_one_told_is_never_read_as_the_speaker(run):  # type: ignore[no-untyped-def]
    result = run(
        "A spokeswoman for the authority, Ellen Visser, told Reuters that the ships waited.",
        with_table=False,
    )
    assert "Reuters" not in {s.name for s in result.detection.sources if s.kind.value != "outlet"}
    (attribution,) = result.attributions_of("Ellen Visser")
    assert attribution.content is not None and attribution.content.text == "the ships waited"


def test_a_dateline_is_no_part_of_the_first_claim(run):  # type: ignore[no-untyped-def]
    result = run(
        "Strike goes on\n\nGDANSK (Reuters) - Dock workers extended their strike, a union "
        "leader said.",
        with_table=False,
    )
    (attribution,) = result.detection.attributions
    assert attribution.content is not None
    assert attribution.content.text == "Dock workers extended their strike"


@pytest.mark.parametrize(
    "dateline",
    ["GDANSK, March 3 (Reuters) -", "GDANSK, Poland, March 3 (Reuters) —", "GDANSK, Poland —"],
)
def test_a_dated_dateline_is_no_part_of_the_first_claim(run, dateline: str):  # type: ignore[no-untyped-def]
    text = f"{dateline} Dock workers extended their strike, a union leader said."
    (attribution,) = run(text, with_table=False).detection.attributions
    assert attribution.content is not None
    assert attribution.content.text == "Dock workers extended their strike"


def test_a_dash_inside_a_sentence_opening_with_initials_is_no_dateline(run):  # type: ignore[no-untyped-def]
    text = "NATO said on Monday - a day after the strike - that it would send ships."
    (attribution,) = run(text, with_table=False).detection.attributions
    assert attribution.content is not None and "ships" in attribution.content.text
