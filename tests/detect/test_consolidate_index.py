"""Folding a row into a row that holds all its mentions, found through the index of mentions
by place: the same row the old search over every row found, and none where none qualifies."""

from __future__ import annotations

from srccheck.detect.consolidate import consolidate
from srccheck.model import Attribution, Kind, Source, Span


def _span(start: int) -> Span:
    return Span(start, start + 5, 1, start + 1, "Roe X")


def _row(id_: str, name: str, *starts: int) -> Source:
    return Source(id_, name, Kind.PERSON, True, [_span(s) for s in starts])


def _said_by(source: str, start: int) -> Attribution:
    return Attribution(source, _span(start), None, None, False)


def test_a_row_folds_into_the_first_listed_row_holding_all_its_mentions() -> None:
    part = _row("s1", "Roe", 10)
    first_owner = _row("s2", "Jane Roe", 10, 40)
    second_owner = _row("s3", "Jane Q. Roe", 10, 80, 120)
    attributions = [_said_by("s1", 10)]
    kept = consolidate([part, first_owner, second_owner], attributions)
    assert [s.id for s in kept] == ["s2", "s3"]
    assert attributions[0].source == "s2"


def test_rows_that_only_overlap_stay_apart() -> None:
    left = _row("s1", "Jane Roe", 10, 40)
    right = _row("s2", "John Doe", 10, 90)
    alone = _row("s3", "Ann Lee", 200)
    kept = consolidate([left, right, alone], [])
    assert [s.id for s in kept] == ["s1", "s2", "s3"]


def test_thousands_of_distinct_rows_stay_apart() -> None:
    rows = [_row(f"s{n}", f"Person {n}", n * 10) for n in range(1, 3001)]
    assert len(consolidate(rows, [])) == 3000
