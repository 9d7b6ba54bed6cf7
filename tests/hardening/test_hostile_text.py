"""Text crafted to break tools: the engine finishes, and every span stays true to the text."""

from __future__ import annotations

import io
import json

import pytest

from srccheck.engine import check_text
from srccheck.model import ArticleReport, Report
from srccheck.report import FORMATS, RenderOptions, render
from srccheck.report.text import plain
from srccheck.table import default_table


def spans_of(article: ArticleReport) -> list:  # type: ignore[type-arg]
    """Every span the report holds."""
    detection = article.detection
    spans = list(detection.unattributed_quotes)
    for source in detection.sources:
        spans.extend(source.mentions)
    for attribution in detection.attributions:
        spans.extend(
            s for s in (attribution.source_span, attribution.cue, attribution.content) if s
        )
    spans.extend(f.span for f in article.findings)
    return spans


def checked(text: str) -> ArticleReport:
    """Check ``text`` and assert that every span is the text at its offsets and position."""
    article = check_text(text, table=default_table())
    for span in spans_of(article):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        before = text[: span.start].replace("\r\n", "\n").replace("\r", "\n")
        assert span.line == before.count("\n") + 1
        assert span.column == len(before) - (before.rfind("\n") + 1) + 1
    for fmt in FORMATS:
        render(Report("0-test", [article]), fmt, io.StringIO(), RenderOptions(width=100))
    return article


HOSTILE = {
    "100,000 straight quotation marks": '"' * 100_000,
    "100,000 curly and guillemet marks": "“”«»„‟‹›'’" * 10_000,
    "nested quotation marks of every style": (
        "“He said ‘they told me «it was „over“» before’ and left,” the aide said. " * 200
    ),
    "unbalanced quotation marks": ("“Open and never closed. « Also open. „ And this. " * 500),
    "100,000 capitalised words": " ".join(["Ivan", "Petrov", "Reuters", "Kremlin"] * 25_000),
    "a paragraph of nothing but said": "said " * 50_000,
    "cues with no one to say them": "according to, citing, told, said: " * 5_000,
    "a 20,000-letter name": "I" + "v" * 20_000 + " Petrov said the bridge fell.",
    "a name of 2,000 words": " ".join(["Ivan"] * 2_000) + " said the bridge fell.",
    "an endless sentence of appositives": "Mr. Ivan Petrov, a former official, " * 3_000 + "said.",
    "only punctuation": ".,;:!?—()[]{}" * 10_000,
    "only line breaks": "\n" * 50_000 + "\r" * 50_000 + "\r\n" * 50_000,
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_text_finishes_with_true_spans(case):
    checked(HOSTILE[case])


def test_quotes_of_every_style_are_attributed_when_balanced():
    styles = ["“{}”", "«{}»", "„{}“", '"{}"', "‹{}›", "‚{}‘"]
    for style in styles[:5]:
        article = checked(style.format("The bridge is gone,") + " Ivan Petrov said.")
        names = [s.name for s in article.detection.sources]
        assert names == ["Ivan Petrov"], (style, names)


MIXED_SCRIPTS = (
    "Рыбарь написал, что мост разрушен. "
    "قالت وكالة الأنباء إن الجسر انهار. "
    "新华社报道说桥梁倒塌。 "
    "\u200fRTL mark,\u202e overridden\u202c text. "
    "Jose\u0301 Marti\u0301 said the town was quiet. "
    "🔥🔥 👩‍👩‍👧 Reuters reported that the talks resumed."
)


def test_mixed_scripts_marks_and_emoji_keep_offsets_and_columns():
    article = checked(MIXED_SCRIPTS)
    names = {s.name for s in article.detection.sources}
    assert "Reuters" in names
    reuters = next(s for s in article.detection.sources if s.name == "Reuters")
    start = MIXED_SCRIPTS.index("Reuters")
    assert (reuters.mentions[0].start, reuters.mentions[0].column) == (start, start + 1)


def test_emoji_outside_the_bmp_count_as_one_column_and_sarif_says_so():
    text = "🔥🔥 The talks resumed in 𝐆𝐞𝐧𝐞𝐯𝐚, officials said."
    article = checked(text)
    [finding] = [f for f in article.findings if f.rule == "SRC101"]
    assert finding.span.column == text.index("officials") + 1  # code points, not UTF-16 units
    stream = io.StringIO()
    render(Report("0-test", [article]), "sarif", stream, RenderOptions())
    run = json.loads(stream.getvalue())["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_windows_and_old_mac_line_endings_give_the_same_report(newline):
    lines = [
        "Reuters reported that the talks resumed.",
        "",
        "Officials said the bridge had been hit.",
        "“We hold the line,” said Ivan Petrov, a regional governor.",
    ]
    article = checked(newline.join(lines) + newline)
    found = sorted(
        (s.name, m.line, m.column) for s in article.detection.sources for m in s.mentions
    )
    reference = checked("\n".join(lines) + "\n")
    assert found == sorted(
        (s.name, m.line, m.column) for s in reference.detection.sources for m in s.mentions
    )
    assert {line for _, line, _ in found} == {1, 3, 4}


def test_bidirectional_overrides_and_escapes_are_shown_not_obeyed():
    shown = plain("a\u202eb\u2066c\x1b[2Jd\x9be\u2028f")
    assert shown == "a\\u202eb\\u2066c\\x1b[2Jd\\x9be f"
