"""Surnames that are also words or months, speakers before a colon and pull-quote headings.

Every sentence here is invented. A surname such as "May", "March" or "Little" is read as the
person once the text has named them in full, and only where the context makes it a name.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck.detect import detect
from srccheck.detect.entities import EntityIndex
from srccheck.detect.tokens import split_sentences, tokenize
from srccheck.model import Kind

from .conftest import Result


def _quoted_by(result: Result, name: str) -> list[str]:
    """The quotations attributed to the source called ``name``."""
    return [a.content.text for a in result.attributions_of(name) if a.direct and a.content]


# -- a surname that is a month or a modal ---------------------------------------------------


def test_month_surname_is_the_person_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Prime Minister Helen May met union leaders on Tuesday. "We will not abandon these '
        'workers," May said.\n\nMay said the plan would go ahead.\n\n'
        "Later, Mrs May told reporters she was confident."
    )
    result = run(text)
    assert result.names == {"Helen May"}
    source = result.source("Helen May")
    assert source.kind is Kind.PERSON
    assert source.role == "Prime Minister"
    assert [m.text for m in source.mentions] == ["May", "May", "Mrs May"]
    assert _quoted_by(result, "Helen May") == ['"We will not abandon these workers,"']
    assert result.detection.unattributed_quotes == []


def test_month_surname_after_an_inverted_cue(run) -> None:  # type: ignore[no-untyped-def]
    text = '"We will never stop," said Helen May. May added that the vote would go ahead.'
    result = run(text)
    assert result.names == {"Helen May"}
    assert len(result.attributions_of("Helen May")) == 2


def test_weekday_and_month_surnames(run) -> None:  # type: ignore[no-untyped-def]
    result = run("Governor Tom March met farmers. March said the drought was severe.")
    assert result.names == {"Tom March"}
    assert result.source_spans() == ["March"]


def test_month_without_a_person_stays_a_month(run) -> None:  # type: ignore[no-untyped-def]
    assert run("May said the plan would go ahead.").names == set()
    assert run("In May, officials said the plan would go ahead.").names == {"officials"}


def test_month_stays_a_month_beside_the_person(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Helen May visited the plant. In May, officials said output had risen. "
        "The report, published on May 5, said jobs were safe. May was the busiest month, "
        "the union said. Officials said last May that talks had failed."
    )
    result = run(text, with_table=False)
    assert "Helen May" not in result.names
    assert all("May" not in span for span in result.source_spans())


def test_honorific_and_month_surname_alone_is_a_person(run) -> None:  # type: ignore[no-untyped-def]
    result = run("Mrs May told reporters she was confident.")
    assert result.source("May").kind is Kind.PERSON
    assert result.source_spans() == ["Mrs May"]


def test_possessive_month_surname_before_an_office(run) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Helen May arrived late. May's spokesman said she would attend."
    assert run(text).source_spans() == ["May's spokesman"]
    assert run("The May figures arrived late. May's figures said little.").names == {"figures"}


# -- a surname that is a common word ---------------------------------------------------------


def test_word_surnames_after_the_full_name(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade envoy Mark Little visited the port. Little said the deal was close. "
        "Mr Little added that talks would resume."
    )
    result = run(text)
    assert result.names == {"Mark Little"}
    assert result.source_spans() == ["Little", "Mr Little"]


def test_word_surname_opening_a_sentence_with_the_word_in_lower_case(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Economist Laura Best questioned the figures, calling them the best guess so far. "
        "Best said the budget would not balance."
    )
    result = run(text)
    assert result.names == {"Laura Best"}


def test_title_or_common_noun_as_a_surname_after_a_given_name(run) -> None:  # type: ignore[no-untyped-def]
    for surname in ("King", "Day", "Judge"):
        text = (
            f"Health minister Alex {surname} visited the ward. {surname} said the plan works. "
            f'"It works," Mr {surname} added.'
        )
        result = run(text)
        assert result.names == {f"Alex {surname}"}, text
        assert result.detection.unattributed_quotes == []


def _people(text: str) -> list[str]:
    tokens = tokenize(text)
    return [e.name for e in EntityIndex(text, tokens, split_sentences(tokens, text)).entities]


def test_title_after_a_word_that_is_no_given_name_is_no_surname() -> None:
    assert _people("Alex King visited the ward on Monday.") == ["Alex King"]
    assert _people("Harbour King visited the ward on Monday.") == []
    assert _people("Crews at Georgia Power worked through the night.") == []


def test_quantity_word_without_a_person_is_no_source(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Little said it matters.").names == set()
    assert run("Much said in the debate was wrong.").names == set()


def test_quantity_word_is_not_the_person(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade envoy Mark Little visited the port. Little is known about the deal, "
        "officials said. Little said it would close."
    )
    result = run(text)
    assert result.source_spans() == ["officials", "Little"]
    assert [a.content.text for a in result.attributions_of("Mark Little") if a.content] == [
        "it would close"
    ]


# -- a given name as a later reference -------------------------------------------------------


def test_given_name_after_the_full_name_with_a_role(run) -> None:  # type: ignore[no-untyped-def]
    for full, short in (("Jun Park", "Jun"), ("Colin Park", "Colin")):
        text = (
            f"{full}, a chemist at the university, was cautious. {short} wrote that the "
            "results needed replication."
        )
        result = run(text)
        assert result.names == {full}, text
        assert result.source_spans() == [short]


def test_given_name_shared_by_two_people_is_nobody_in_particular(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Colin Park, a chemist, and Colin Reed, a physicist, were cautious. Colin wrote that "
        "the results needed replication."
    )
    assert "Colin Park" not in run(text).names
    assert "Colin Reed" not in run(text).names


def test_given_name_of_an_unconfirmed_name_is_not_a_person(run) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour Lights Daily ran the story first. Harbour said the pier would close."
    assert "Harbour Lights Daily" not in run(text, with_table=False).names


# -- a speaker before a colon ----------------------------------------------------------------


def test_name_before_a_colon_quotation(run) -> None:  # type: ignore[no-untyped-def]
    for text in ('Jane Roe: "We will not leave."', 'Said Jane Roe: "We will not leave."'):
        result = run(text)
        assert _quoted_by(result, "Jane Roe") == ['"We will not leave."'], text
        assert result.detection.unattributed_quotes == []


def test_surname_before_a_colon_quotation(run) -> None:  # type: ignore[no-untyped-def]
    text = 'Mark Little visited the port on Monday. Said Little: "The deal is close."'
    assert _quoted_by(run(text), "Mark Little") == ['"The deal is close."']


def test_colon_after_a_common_phrase_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    assert run('Next steps: "phase two" of the plan starts soon.').names == set()


def test_long_appositive_between_speaker_and_cue(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Roe, a former U.S. deputy secretary of state for Europe and Eurasia, said on "
        "Monday that talks had stalled."
    )
    result = run(text)
    assert "Jane Roe" in result.names
    assert len(result.attributions_of("Jane Roe")) == 1


def test_inverted_cue_with_an_occupation_before_the_name(run) -> None:  # type: ignore[no-untyped-def]
    result = run('"Nobody listens to us any more," said welder Ann Poe.')
    assert _quoted_by(result, "Ann Poe") == ['"Nobody listens to us any more,"']


# -- pull-quote headings ---------------------------------------------------------------------


def test_heading_repeated_by_its_speaker(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will not leave"\n\nUnion leader Jane Roe told the crowd that the strike would '
        'continue. "We will not leave," she said.'
    )
    result = run(text)
    assert result.detection.unattributed_quotes == []
    assert _quoted_by(result, "Jane Roe") == ['"We will not leave"', '"We will not leave,"']


def test_heading_before_the_paragraph_naming_its_speaker(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The strike goes on until we win"\n\nUnion leader Jane Roe told the crowd on Sunday '
        "that the walkout would continue."
    )
    result = run(text)
    assert result.detection.unattributed_quotes == []
    assert _quoted_by(result, "Jane Roe") == ['"The strike goes on until we win"']


def test_quoted_paragraph_after_another_speaker_is_no_heading(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Factory manager John Doe said the plant would stay shut.\n\n"
        '"The strike goes on until we win."\n\n'
        "Union leader Jane Roe told the crowd that the walkout would continue."
    )
    result = run(text)
    assert _quoted_by(result, "Jane Roe") == []
    assert [q.text for q in result.detection.unattributed_quotes] == [
        '"The strike goes on until we win."'
    ]


def test_quoted_sentence_paragraph_needs_a_repeat(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Union leader Jane Roe spoke to the crowd on Sunday.\n\n"
        '"The strike goes on until we win."\n\n'
        "Factory manager John Doe said the plant would stay shut."
    )
    result = run(text)
    assert _quoted_by(result, "John Doe") == []
    assert len(result.detection.unattributed_quotes) == 1


# -- any text --------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "May",
        "Mrs",
        "Little",
        "March",
        "Helen",
        "said",
        "in",
        "5",
        "’s",
        "office",
        ":",
        '"',
        "“",
        "”",
        "\n\n",
        ".",
        ",",
        "we",
        "leave",
        "Said",
        "welder",
        "is",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_any_text_keeps_true_spans(words: list[str]) -> None:
    text = " ".join(words)
    detection = detect(text)
    for attribution in detection.attributions:
        for span in (attribution.source_span, attribution.cue, attribution.content):
            if span is not None:
                assert text[span.start : span.end] == span.text
    for quote in detection.unattributed_quotes:
        assert text[quote.start : quote.end] == quote.text
