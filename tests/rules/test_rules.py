"""Each rule on sentences written for these tests, negative cases included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from srccheck.cli import cli
from srccheck.model import ArticleReport
from srccheck.rules import RULES, rules_table
from srccheck.sourcing import LOW_SCORE, SINGLE_SOURCE_SHARE

Check = Callable[[str], ArticleReport]
README = Path(__file__).parents[2] / "README.md"


def rules_fired(report: ArticleReport, rule: str) -> list[str]:
    return [f.message for f in report.findings if f.rule == rule]


# -- the registry -------------------------------------------------------------------------


def test_readme_rule_table_is_the_registry() -> None:
    assert rules_table() in README.read_text(encoding="utf-8")


def test_every_explanation_reads_its_thresholds() -> None:
    for rule in RULES:
        assert "{" not in rule.explanation, rule.id
        for threshold in rule.thresholds.values():
            assert str(threshold) in rule.explanation, rule.id


def test_rules_command_states_thresholds() -> None:
    result = CliRunner().invoke(cli, ["rules", "SRC202"])
    assert result.exit_code == 0
    assert f"low_score = {LOW_SCORE}" in result.output
    assert f"under {LOW_SCORE}" in result.output


def test_rule_ids_are_unique_and_ordered() -> None:
    ids = [rule.id for rule in RULES]
    assert ids == sorted(set(ids))


# -- SRC101 / SRC102: the class's role decides ---------------------------------------------


def test_anonymous_role_gives_src101(check: Check) -> None:
    report = check("A source said the convoy left before dawn on Tuesday.")
    assert rules_fired(report, "SRC101") and not rules_fired(report, "SRC102")


def test_vague_role_gives_src102(check: Check) -> None:
    report = check("Military bloggers claimed the convoy left before dawn on Tuesday.")
    assert rules_fired(report, "SRC102") and not rules_fired(report, "SRC101")


# -- SRC103 ---------------------------------------------------------------------------------


def test_src103_fires_for_a_quotation_nobody_said(check: Check) -> None:
    report = check('The crowd grew quiet. "Nobody has told us when the water comes back."')
    assert rules_fired(report, "SRC103")


def test_src103_not_for_a_scare_quoted_term(check: Check) -> None:
    report = check('The new "zone of special control" covers three villages near the border.')
    assert not rules_fired(report, "SRC103")


def test_src103_not_for_a_sign_or_chant(check: Check) -> None:
    report = check('Protesters carried a sign reading "Bring our sons home now." outside the hall.')
    assert not rules_fired(report, "SRC103")
    report = check('Outside, the crowd chanted "Not one step back!" for an hour.')
    assert not rules_fired(report, "SRC103")


def test_src103_not_for_a_pull_quote_followed_by_its_speaker(check: Check) -> None:
    text = '"We will rebuild every school."\n\n— Anna Petrenko, head of the district council, said on Monday.\n'
    assert not rules_fired(check(text), "SRC103")


def test_src103_not_for_a_quotation_continuing_the_previous_paragraph(check: Check) -> None:
    text = (
        "Anna Petrenko, head of the district council, said the schools would reopen. "
        '"We have the money," she said.\n\n'
        '"The first one opens in March. The rest follow by June."\n'
    )
    assert not rules_fired(check(text), "SRC103")


def test_src103_still_fires_after_a_paragraph_with_no_quotation(check: Check) -> None:
    text = (
        "The council met on Monday to discuss the schools.\n\n"
        '"The first one opens in March. The rest follow by June."\n'
    )
    assert rules_fired(check(text), "SRC103")


# -- SRC202 ---------------------------------------------------------------------------------


def test_src202_not_for_neutral_said_beside_the_other_side(check: Check) -> None:
    report = check(
        "The Northern Defence Ministry said its troops had taken the village of Brell. "
        "Southern Command said the village was still held by its forces."
    )
    assert not rules_fired(report, "SRC202")


def test_src202_not_when_the_other_side_denies(check: Check) -> None:
    report = check(
        "The Northern Defence Ministry said its troops had taken the village of Brell. "
        "Southern Command denied that, saying the village was still held."
    )
    assert not rules_fired(report, "SRC202")


def test_src202_not_with_a_verification_note(check: Check) -> None:
    report = check(
        "The Northern Defence Ministry said its troops had taken the village of Brell. "
        "The claim could not be independently verified."
    )
    assert not rules_fired(report, "SRC202")


def test_src202_never_for_a_denial(check: Check) -> None:
    report = check("The Northern Defence Ministry denied that its troops had shelled the market.")
    assert not rules_fired(report, "SRC202")


def test_src202_once_per_source_when_it_stands_alone(check: Check) -> None:
    report = check(
        "The Northern Defence Ministry said its troops had taken the village of Brell. "
        "The ministry said 40 soldiers were captured. It said the road was open."
    )
    fired = rules_fired(report, "SRC202")
    assert len(fired) == 1 and "no verification note" in fired[0]


def test_src202_when_the_claim_is_adopted_as_fact(check: Check) -> None:
    report = check(
        "Grey Wolf confirmed that the bridge at Osk was destroyed on Monday. "
        "Southern Command said the bridge was damaged."
    )
    fired = rules_fired(report, "SRC202")
    assert len(fired) == 1 and "adopted as fact" in fired[0]


# -- SRC203 ---------------------------------------------------------------------------------


def test_src203_is_one_note_listing_every_unrated_source(check: Check) -> None:
    report = check(
        "Anna Petrenko, a teacher, said the school was hit. Oleh Marchuk, a driver, said the "
        "road was closed. The Harbour Institute said fighting continued."
    )
    notes = rules_fired(report, "SRC203")
    assert len(notes) == 1
    assert "Anna Petrenko" in notes[0] and "Oleh Marchuk" in notes[0]
    assert "Harbour Institute" not in notes[0]


def test_src203_silent_when_every_source_is_rated(check: Check) -> None:
    report = check("The Harbour Institute said fighting continued near the river.")
    assert not rules_fired(report, "SRC203")


# -- SRC301 ---------------------------------------------------------------------------------


def test_src301_measures_the_share_of_the_weight(check: Check) -> None:
    report = check(
        "The Harbour Institute said fighting continued near the river. The institute said "
        "two bridges were down. It said the ferry was running. Southern Command said little."
    )
    fired = rules_fired(report, "SRC301")
    assert len(fired) == 1
    assert "of the score's weight rests on Harbour Institute" in fired[0]
    assert f"more than {SINGLE_SOURCE_SHARE:.0%}" in fired[0]


def test_src301_silent_for_balanced_sources(check: Check) -> None:
    report = check(
        "The Harbour Institute said fighting continued. Southern Command said two bridges "
        "were down. The Daily Ledger reported that the ferry was running."
    )
    assert not rules_fired(report, "SRC301")


# -- SRC302 ---------------------------------------------------------------------------------


def test_src302_and_a_score_when_nothing_is_attributed(check: Check) -> None:
    report = check("The bridge was destroyed on Monday. Repairs will take a month or more.")
    assert rules_fired(report, "SRC302")
    assert isinstance(report.score.value, int)


def test_src302_silent_when_something_is_attributed(check: Check) -> None:
    report = check("The Harbour Institute said the bridge was destroyed on Monday.")
    assert not rules_fired(report, "SRC302")


def test_src103_not_for_a_partial_quotation_woven_into_a_sentence(check: Check) -> None:
    report = check('The audit called for "better records of every delivery" before the winter.')
    assert not rules_fired(report, "SRC103")


def test_src103_not_for_a_second_quotation_after_its_speaker(check: Check) -> None:
    text = (
        '"The road is open," said Anna Petrenko, a ferry operator. "The bridge will take a '
        'year to rebuild."\n'
    )
    assert not rules_fired(check(text), "SRC103")


def test_src103_not_after_a_paragraph_that_introduces_the_quotation(check: Check) -> None:
    text = (
        "Petrenko, who runs the ferry, had this to say about the winter:\n\n"
        '"We will keep the boats running as long as the river stays open."\n'
    )
    assert not rules_fired(check(text), "SRC103")


def test_src103_not_when_the_speaker_is_in_the_same_sentence() -> None:
    from srccheck.model import Attribution, Detection, Kind, Source
    from srccheck.sourcing import speakerless_quotes
    from srccheck.spans import TextIndex

    text = 'Anna Petrenko, who runs the ferry, put it plainly: "The river decides." Then she left.'
    index = TextIndex(text)
    quote = index.span(text.index('"'), text.index('."') + 2)
    name = index.span(0, len("Anna Petrenko"))
    detection = Detection(
        text=text,
        sources=[Source("s1", "Anna Petrenko", Kind.PERSON, True, [name])],
        attributions=[Attribution("s1", name, None, None, False)],
        unattributed_quotes=[quote],
    )
    assert speakerless_quotes(detection) == []
    alone = Detection(text=text, unattributed_quotes=[quote])
    assert speakerless_quotes(alone) == [quote]


def test_src103_not_for_a_quotation_with_a_speaker_tag_after_it(check: Check) -> None:
    text = '"The ferry will run all winter," Marchuk claims. "Nobody believes him."\n'
    assert not rules_fired(check(text), "SRC103")


def test_src103_fires_when_the_words_after_a_quotation_name_no_speaker(check: Check) -> None:
    text = 'The hall fell silent. "The ferry will run all winter." The crowd left the hall.\n'
    assert rules_fired(check(text), "SRC103")
