"""Windows merged into one detection keep every attribution with the source it names."""

from __future__ import annotations

from srccheck.detect.windows import detect_long

# Each sentence names a speaker no other sentence names, so every window brings new sources
# whose ids inside the window (s1, s2, ...) differ from their ids in the whole text.
SPEAKERS = ["Ann Poe", "Bo Lind", "Cy Marsh", "Di Haller", "Ed Roane", "Flo Brandt"]
TEXT = " ".join(
    f"{name} said the bridge at mile {n} was closed." for n, name in enumerate(SPEAKERS)
)


def test_each_window_s_new_sources_keep_their_attributions() -> None:
    detection = detect_long(TEXT, None, size=50)  # one sentence per window
    by_id = {source.id: source for source in detection.sources}
    assert [source.name for source in detection.sources] == SPEAKERS
    assert len(by_id) == len(SPEAKERS)
    for attribution in detection.attributions:
        source = by_id[attribution.source]
        assert attribution.source_span is not None
        assert attribution.source_span.text == source.name
        assert attribution.source_span in source.mentions


def test_a_source_named_again_in_a_later_window_is_one_source() -> None:
    text = TEXT + " " + TEXT
    detection = detect_long(text, None, size=50)
    assert [source.name for source in detection.sources] == SPEAKERS
    assert all(len(source.mentions) == 2 for source in detection.sources)
