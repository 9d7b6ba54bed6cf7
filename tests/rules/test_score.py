"""One test per component of the sourcing score, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck import voice
from srccheck.model import ArticleReport

Check = Callable[[str], ArticleReport]


def credit(report: ArticleReport, key: str) -> float | None:
    found = [c.credit for c in report.score.components if c.key == key]
    return found[0] if found else None


def test_coverage_counts_attributed_sentences(check: Check) -> None:
    sourced = check(
        "The Harbour Institute said the bridge was down. Southern Command said the ferry ran."
    )
    unsourced = check("The bridge was down on Monday. The ferry ran all week as usual.")
    assert credit(sourced, "coverage") == 1.0
    assert credit(unsourced, "coverage") == 0.0


def test_own_voice_costs_credit_when_the_article_argues() -> None:
    assert voice.argues("We all know what really happened here.")
    assert voice.argues("This is clearly a disaster for the town.")
    assert voice.argues("Who could have believed it?")
    assert not voice.argues("The US embassy reopened on Monday.")  # "US" is not "us"
    assert not voice.argues("The bridge reopened on Monday after repairs.")


def test_own_voice_component(check: Check) -> None:
    argued = check(
        "The bridge is down. We all know who did it. You would be a fool to doubt it! "
        "Clearly the town deserves better."
    )
    reported = check("The bridge is down. Repairs began on Monday. The ferry runs twice a day.")
    assert credit(argued, "own-voice") == 0.0
    assert credit(reported, "own-voice") == 1.0


def test_quoted_words_are_not_the_articles_voice(check: Check) -> None:
    report = check('"We will never give up!" Anna Petrenko, a teacher, said on Monday.')
    assert credit(report, "own-voice") == 1.0


def test_independence_counts_distinct_affiliations(check: Check) -> None:
    one = check("The Harbour Institute said the bridge was down. It said the ferry ran.")
    two = check("The Harbour Institute said the bridge was down. Southern Command said so too.")
    assert credit(one, "independence") is not None
    assert credit(two, "independence") > credit(one, "independence")  # type: ignore[operator]


def test_named_gives_credit_for_a_stated_reason_for_anonymity(check: Check) -> None:
    bare = check("A source said the convoy left before dawn.")
    reasoned = check(
        "A source said the convoy left before dawn, speaking on condition of anonymity "
        "because they were not authorized to discuss the operation."
    )
    assert credit(bare, "named") == 0.0
    assert credit(reasoned, "named") == 1.0


def test_reliance_applies_from_three_attributions(check: Check) -> None:
    two = check("The Harbour Institute said the bridge was down. It said the ferry ran.")
    assert credit(two, "reliance") is None
    many = check(
        "The Harbour Institute said the bridge was down. It said the ferry ran. "
        "It said the road was closed. It said the school was shut."
    )
    assert credit(many, "reliance") == 0.0


def test_low_rated_claims_reported_or_adopted(check: Check) -> None:
    balanced = check(
        "The Northern Defence Ministry said its troops took Brell. "
        "Southern Command said the village was still held."
    )
    adopted = check("Grey Wolf confirmed that the bridge at Osk was destroyed on Monday.")
    none = check("The Harbour Institute said the bridge was down.")
    assert credit(balanced, "low-rated") == 1.0
    assert credit(adopted, "low-rated") == 0.0
    assert credit(none, "low-rated") is None  # not applicable, not full marks


def test_a_balanced_report_quoting_a_belligerent_scores_above_one_adopting_it(
    check: Check,
) -> None:
    balanced = check(
        "The Northern Defence Ministry said its troops took Brell. "
        "Southern Command said the village was still held. "
        "Neither claim could be independently verified."
    )
    adopted = check(
        "The Northern Defence Ministry confirmed that its troops took Brell. "
        "The village is now under its control."
    )
    assert balanced.score.value > adopted.score.value


def test_relays_through_weak_carriers(check: Check) -> None:
    weak = check("Statewire reported, citing a source, that the depot burned.")
    assert credit(weak, "relays") == 0.0


def test_quotes_with_and_without_speaker(check: Check) -> None:
    spoken = check('"The line is holding," said Anna Petrenko, a teacher.')
    unspoken = check('The crowd grew quiet. "Nobody has told us when the water comes back."')
    assert credit(spoken, "quotes") == 1.0
    assert credit(unspoken, "quotes") == 0.0


def test_every_article_gets_a_score(check: Check) -> None:
    for text in ("", "Short.", "The ferry ran all week as usual."):
        report = check(text)
        assert 0 <= report.score.value <= 100


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .!?"\nWeyou')), max_size=200))
def test_sentences_stay_inside_the_text(text: str) -> None:
    for start, end in voice.sentences(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


def test_coverage_counts_neutral_attribution_not_loaded_verbs(check: Check) -> None:
    neutral = check("Anna Petrenko, a teacher, said the plan would fail.")
    loaded = check("Anna Petrenko, a teacher, slammed the plan as a failure.")
    assert credit(neutral, "coverage") == 1.0
    assert credit(loaded, "coverage") == 0.0


def test_coverage_accepts_claimed_for_a_low_rated_source(check: Check) -> None:
    report = check("Grey Wolf claimed that the bridge at Osk was destroyed on Monday.")
    assert credit(report, "coverage") == 1.0


def test_coverage_does_not_count_a_vague_collective(check: Check) -> None:
    report = check("Military bloggers said the bridge at Osk was destroyed on Monday.")
    assert credit(report, "coverage") == 0.0


def test_a_vague_low_rated_source_needs_a_note_not_just_another_voice(check: Check) -> None:
    other_voice = check(
        "Military bloggers said the bridge at Osk was destroyed. "
        "The Harbour Institute said fighting continued near the river."
    )
    with_note = check(
        "Military bloggers said the bridge at Osk was destroyed. "
        "The claim could not be independently verified."
    )
    assert credit(other_voice, "low-rated") == 0.0
    assert credit(with_note, "low-rated") == 1.0


def test_named_gives_half_credit_to_a_bare_name(check: Check) -> None:
    identified = check("Anna Petrenko, a ferry operator, said the river was rising.")
    bare = check("Anna Petrenko said the river was rising.")
    assert credit(identified, "named") == 1.0
    assert credit(bare, "named") == 0.5
