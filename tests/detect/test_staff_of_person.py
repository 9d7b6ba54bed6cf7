"""Someone who works for a person is not that person: "the senator's spokesman said" never
puts the words in the senator's mouth (issue 9: the right speaker)."""

from __future__ import annotations


def test_a_persons_spokesman_is_unnamed_staff_not_the_person(run):  # type: ignore[no-untyped-def]
    result = run(
        "Senator Jane Roe met voters in Leeds. Roe's spokesman said the visit went well.",
        with_table=False,
    )
    (attribution,) = result.detection.attributions
    speaker = next(s for s in result.detection.sources if s.id == attribution.source)
    assert speaker.name == "Roe's spokesman"
    assert not speaker.named and speaker.role == "spokesman"


def test_an_unknown_possessor_is_whom_the_staff_speaks_for(run):  # type: ignore[no-untyped-def]
    (source,) = run(
        "Marlow's lawyer said the charges would be contested.", with_table=False
    ).detection.sources
    assert not source.named and source.affiliation == "Marlow"


def test_a_bodys_spokesman_still_speaks_for_the_body(run):  # type: ignore[no-untyped-def]
    result = run("The Harbour Board's spokesman said the berth was closed.", with_table=False)
    assert "Harbour Board" in result.names


def test_the_named_appositive_after_the_role_is_the_speaker(run):  # type: ignore[no-untyped-def]
    result = run(
        "The envoy to Moldova, retired Gen Jane Roe, said the talks were fair.",
        with_table=False,
    )
    assert "Jane Roe" in result.names
    assert result.source("Jane Roe").named


def test_who_did_something_to_others_leaves_them_the_object(run):  # type: ignore[no-untyped-def]
    result = run(
        "Doctors who treated the patients said the drug worked. Researchers at Lakemoor "
        "University who led the trial said the effect was modest.",
        with_table=False,
    )
    spans = result.source_spans()
    assert spans == ["Doctors", "Researchers at Lakemoor University"]
