"""Property tests over arbitrary Unicode: the whole pipeline, not only the detector."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from srccheck.engine import check_text
from srccheck.model import Report
from srccheck.report import RenderOptions, render
from srccheck.table import default_table

_PIECES = st.sampled_from(
    [
        "Officials said",
        "Reuters reported",
        "according to TASS,",
        "“We hold,”",
        "« non »",
        "said Ivan Petrov.",
        "Рыбарь написал",
        "🔥",
        "\r\n",
        "\r",
        "\n\n",
        "\u202e",
        "e\u0301",
        "t.me/rybar",
        "https://www.bbc.co.uk/x",
        "[bold]",
        "\x1b[31m",
        "<!-- srccheck: ignore SRC101 -->",
        "`code`",
        "# Heading",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
)
_NAMES = st.sampled_from(["a.txt", "a.md", "a.html"])


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column of ``offset`` computed independently of srccheck (\\r\\n, \\r, \\n)."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, len(before) - before.rfind("\n")


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _NAMES)
def test_spans_positions_and_json_round_trip(text: str, name: str) -> None:
    article = check_text(text, path=name, table=default_table())
    stream = io.StringIO()
    render(Report("0-test", [article]), "json", stream, RenderOptions())
    document = json.loads(stream.getvalue())
    assert json.loads(json.dumps(document)) == document
    [reported] = document["articles"]
    spans = [m for source in reported["sources"] for m in source["mentions"]]
    spans += [f["span"] for f in reported["findings"]]
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]
        assert (span["line"], span["column"]) == _position(text, span["start"])
