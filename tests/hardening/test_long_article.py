"""A very long article is detected in bounded windows (issue 14 §5): the windows cover the
text exactly, end at natural boundaries, and the merged result finds what the same sentences
checked as separate short articles find. Speed and memory are measured in bench/speed.py."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck.detect import detect
from srccheck.detect.windows import WINDOW_CHARS, detect_long, windows
from srccheck.engine import check_text
from srccheck.model import Detection

# Each sentence stands alone: nothing in it refers back to another one.
SENTENCES = (
    "Ivan Petrov, a spokesman for the regional council, said the bridge would reopen on Monday.",
    "Reuters reported that two cargo ships had left the port before dawn.",
    "Officials said the repairs would take several weeks.",
    "\u201cWe are ready for the winter,\u201d said Maria Lopez, the mayor of the town.",
    "According to the World Health Organization, 40 people were treated for burns.",
    "Dr. Anna Berg told the BBC that the water was safe to drink.",
    "The Associated Press quoted a local farmer as saying the harvest was lost.",
    "The weather stayed dry for most of the week.",
)


def _sources(detection: Detection) -> set[tuple[str, str, bool]]:
    return {(s.name, s.kind.value, s.named) for s in detection.sources}


def _attributed(detection: Detection) -> Counter[str]:
    names = {s.id: s.name for s in detection.sources}
    return Counter(names[a.source] for a in detection.attributions)


def test_windows_cover_the_text_and_respect_the_size():
    text = " ".join(SENTENCES * 20)
    spans = list(windows(text, 500))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == following for (_, end), (following, _) in itertools.pairwise(spans))
    assert all(0 < end - start <= 500 for start, end in spans)


def test_a_window_ends_at_a_paragraph_before_a_line_before_a_sentence():
    # A cut is looked for in the last quarter of a window: here characters 75 to 100.
    lead = "Words went on and on without a stop for a while, " * 2
    for tail, ending in (
        ("One said. Two\n\nThree. Four\nFive six", "\n\n"),
        ("One said. Two. Three\nFour five six", "\n"),
        ("One said. Two. Three four five six", "Two. "),
        ("One said yes and two more words went", " "),
    ):
        text = lead[:75] + tail + " and the rest" * 9
        start, end = next(windows(text, 100))
        assert start == 0 and text[:end].endswith(ending), (tail, text[:end])


def test_a_window_never_ends_after_a_title_or_an_initial():
    text = "Officials met. The talks went on. Talks were led by Mr. Smith and J. Doe " * 2
    for start, end in windows(text, 90):
        assert not text[start:end].endswith(("Mr. ", "J. "))


def test_text_without_any_space_is_cut_at_the_size():
    assert list(windows("x" * 250, 100)) == [(0, 100), (100, 200), (200, 250)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\"'Mr"), max_size=400), st.integers(8, 80))
def test_windows_partition_any_text(text: str, size: int):
    spans = list(windows(text, size))
    assert "".join(text[start:end] for start, end in spans) == text
    assert all(end - start <= size for start, end in spans)
    assert all(end > start for start, end in spans) or text == ""


def test_one_long_line_finds_what_the_sentences_find_one_by_one():
    """The windows merge into the sources and attributions of the separate short articles."""
    text = " ".join(SENTENCES * 12)  # one line, cut into windows of 700 characters
    long = detect_long(text, None, size=700)
    alone = [detect(sentence, None) for sentence in SENTENCES]
    assert _sources(long) == set().union(*map(_sources, alone))
    once = sum(map(_attributed, alone), Counter[str]())
    assert _attributed(long) == Counter({name: count * 12 for name, count in once.items()})
    assert len({s.id for s in long.sources}) == len(long.sources)
    for attribution in long.attributions:
        for span in (attribution.source_span, attribution.cue, attribution.content):
            assert span is None or text[span.start : span.end] == span.text
    starts = [s.start for a in long.attributions if (s := a.cue) is not None]
    assert starts == sorted(starts)


def test_a_long_article_is_checked_in_windows_and_reported_whole():
    """Past the window size the engine detects in windows; the report covers the whole text."""
    paragraph = " ".join(SENTENCES)
    repeats = WINDOW_CHARS // len(paragraph) + 2
    report = check_text("\n\n".join([paragraph] * repeats), path="long.txt")
    petrov = next(s for s in report.detection.sources if s.name == "Ivan Petrov")
    assert len(petrov.mentions) == repeats
    assert petrov.mentions[-1].line == 2 * repeats - 1
    assert report.counts["attributions"] == len(report.detection.attributions)


def test_a_phrase_across_a_folding_chunk_is_found():
    """The hedge check folds a long text in chunks; a phrase across two is still seen."""
    from srccheck import voice

    phrase = "could not be independently verified"
    for cut in (1, len(phrase) // 2, len(phrase) - 1):
        text = "x" * (voice._FOLD_CHUNK - cut) + phrase.upper() + " and more"
        assert voice.has_any(text, (phrase,))
    assert not voice.has_any("x" * (2 * voice._FOLD_CHUNK), (phrase,))
    assert not voice.has_any("", (phrase,))


def test_a_source_is_found_by_id_after_the_list_changes():
    """Detection.source keeps an index, but never answers from a stale one."""
    text = " ".join(SENTENCES)
    detection = detect(text, None)
    first, second = detection.sources[0], detection.sources[1]
    assert detection.source(second.id) is second
    detection.sources.remove(first)
    assert detection.source(second.id) is second
    with pytest.raises(KeyError):
        detection.source(first.id)
    second.id = "renamed"
    assert detection.source("renamed") is second


def test_a_long_record_streamed_in_pieces_is_the_json_of_the_article():
    """jsonl pieces joined are json.dumps of the article's data, line separators escaped."""
    import json

    from srccheck.report.jsonreport import article_dict, jsonl_chunks
    from srccheck.report.text import json_line

    paragraph = " ".join(SENTENCES) + " \u201cNo,\u2028never,\u201d said Maria Lopez."
    report = check_text("\n\n".join([paragraph] * 40), path="long.txt")
    joined = "".join(jsonl_chunks(report, "9"))
    assert joined.endswith("\n") and joined.count("\n") == 1
    assert "\u2028" not in joined and "\\u2028" in joined
    record = {"schema_version": 1, "tool": {"name": "srccheck", "version": "9"}}
    record.update(article_dict(report))
    assert joined == json_line(json.dumps(record, ensure_ascii=False)) + "\n"
