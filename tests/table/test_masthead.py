"""An outlet the table knows only by its domain is found by its masthead ("The Harbour
Ledger" is harbourledger.com), but only when detection asks, never as a tier of `resolve`."""

from __future__ import annotations

import pytest

from srccheck.engine import check_text
from srccheck.table import load_table

from .conftest import entry


@pytest.fixture
def table(write):  # type: ignore[no-untyped-def]
    body = (
        entry("d-harbourledger-com", "harbourledger.com", domains='["harbourledger.com"]')
        + entry("d-thequay-org", "thequay.org", domains='["thequay.org"]')
        + entry("d-tide-news", "tidewatchers.news", domains='["tidewatchers.news"]')
        + entry("janeroe", "janeroe.com", kind="person", domains='["janeroe.com"]')
    )
    return load_table([write("t.toml", body)], use_default=False)


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("The Harbour Ledger", "d-harbourledger-com"),
        ("Harbour Ledger", "d-harbourledger-com"),
        ("The Quay", "d-thequay-org"),
        ("Tide Watchers", "d-tide-news"),
    ],
)
def test_a_masthead_finds_its_domain(table, query: str, entry_id: str) -> None:  # type: ignore[no-untyped-def]
    match = table.resolve_masthead(query)
    assert match is not None and match.entry.id == entry_id and match.method == "domain"


@pytest.mark.parametrize("query", ["Harbour", "the harbour ledger", "Jane Roe", "Quay"])
def test_what_is_no_masthead(table, query: str) -> None:  # type: ignore[no-untyped-def]
    assert table.resolve_masthead(query) is None


def test_resolve_never_guesses_a_domain(table) -> None:  # type: ignore[no-untyped-def]
    assert table.resolve("The Harbour Ledger") is None


def test_an_article_names_the_outlet_by_its_masthead(write) -> None:  # type: ignore[no-untyped-def]
    body = entry("d-harbourledger-com", "harbourledger.com", domains='["harbourledger.com"]')
    table = load_table([write("t.toml", body)], use_default=False)
    report = check_text("According to The Harbour Ledger, the quay will close.", table=table)
    (source,) = report.detection.sources
    assert source.name == "The Harbour Ledger" and source.entry is not None
    assert report.ratings[source.id].origin == "entry"


def test_a_persons_name_is_not_a_domain(write) -> None:  # type: ignore[no-untyped-def]
    body = entry("d-janeroe-com", "janeroe.com", domains='["janeroe.com"]')
    table = load_table([write("t.toml", body)], use_default=False)
    report = check_text("Jane Roe said the quay will close.", table=table)
    (source,) = report.detection.sources
    assert source.entry is None


def test_one_word_after_a_capital_the_inside_a_sentence_is_a_masthead(write) -> None:  # type: ignore[no-untyped-def]
    body = entry("d-thequay-org", "thequay.org", domains='["thequay.org"]')
    table = load_table([write("t.toml", body)], use_default=False)
    text = "The berth will close, according to results published Monday in The Quay."
    report = check_text(text, table=table)
    (source,) = report.detection.sources
    assert source.entry is not None and source.entry.id == "d-thequay-org"


def test_one_plain_word_opening_a_sentence_is_no_masthead(write) -> None:  # type: ignore[no-untyped-def]
    body = entry("d-quayside-com", "quayside.com", domains='["quayside.com"]')
    table = load_table([write("t.toml", body)], use_default=False)
    report = check_text("Quayside said the berth would close.", table=table)
    assert all(source.entry is None for source in report.detection.sources)
