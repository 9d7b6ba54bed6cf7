"""Finding messages read well to an editor: no echo of the phrase, the class when it helps."""

from __future__ import annotations

from srccheck.engine import check_text


def messages(text: str) -> list[str]:
    return [f.message for f in check_text(text).findings if f.rule == "SRC102"]


def test_a_vague_phrase_is_not_echoed_by_its_class():
    assert messages("Russian media reported that the bridge had fallen.") == [
        "claim attributed to 'Russian media', a vague attribution"
    ]


def test_a_pronoun_names_the_source_and_class_it_stands_for():
    found = messages('A Z-channel wrote that the town had fallen. He added: "We are leaving."')
    assert (
        found[-1] == "claim attributed to 'Z-channel' (as 'He'), a vague attribution (Z-channels)"
    )


def test_an_anonymous_source_is_named_as_the_text_words_it():
    found = [
        f.message
        for f in check_text("A source in the security services said the depot was hit.").findings
        if f.rule == "SRC101"
    ]
    assert found == ["claim attributed to 'A source in the security services', an anonymous source"]
