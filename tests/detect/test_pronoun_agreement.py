"""He and she go to a person of their sex; with none in play, to nobody."""

from __future__ import annotations


def test_she_never_goes_to_the_only_man_in_play(run):  # type: ignore[no-untyped-def]
    result = run(
        "Mr. Daniel Ortiz, the port director, said the cranes were idle. "
        "She said the strike would continue.",
        with_table=False,
    )
    assert result.names == {"Daniel Ortiz"}
    assert len(result.attributions_of("Daniel Ortiz")) == 1


def test_he_goes_to_the_man_named_with_an_honorific(run):  # type: ignore[no-untyped-def]
    result = run(
        "The cranes stood idle as Mr. Daniel Ortiz walked the quay.\n\n"
        '"We will reopen on Monday," he said.',
        with_table=False,
    )
    assert "Daniel Ortiz" in result.names
    assert "Mr. Daniel Ortiz" not in result.names


def test_she_finds_the_woman_named_before_a_man(run):  # type: ignore[no-untyped-def]
    result = run('Anna Berg met Tom Vale in Oslo. "We have a deal," she said.', with_table=False)
    assert [s.name for s in result.detection.sources] == ["Anna Berg"]
