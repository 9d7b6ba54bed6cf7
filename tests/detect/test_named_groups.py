"""A capitalised word before a plural of people qualifies the group: "Young voters" after
"Sen. Jane Young" are voters, not the senator, and "Market Day organisers" are no person."""

from __future__ import annotations


def test_a_surname_that_qualifies_a_plural_is_not_the_person(run):  # type: ignore[no-untyped-def]
    result = run(
        "Sen. Jane Young spoke on Monday. Young voters said they were angry.", with_table=False
    )
    (attribution,) = result.detection.attributions
    speaker = next(s for s in result.detection.sources if s.id == attribution.source)
    assert speaker.name == "Young voters" and not speaker.named


def test_an_event_name_before_organisers_is_no_person(run):  # type: ignore[no-untyped-def]
    (source,) = run(
        "Harbour Day organisers said the fair would go ahead.", with_table=False
    ).detection.sources
    assert source.name == "Harbour Day organisers" and not source.named


def test_the_surname_alone_is_still_the_person(run):  # type: ignore[no-untyped-def]
    result = run(
        "Sen. Jane Young spoke on Monday. Young said the bill would pass.", with_table=False
    )
    assert result.names == {"Jane Young"}
