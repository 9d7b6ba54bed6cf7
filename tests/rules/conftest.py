"""Check sentences written for these tests against a small invented table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from srccheck.engine import check_text
from srccheck.model import ArticleReport
from srccheck.table import SourceTable, merge_layers, read_layer

TABLE = Path(__file__).parent / "table.toml"


@pytest.fixture(scope="session")
def table() -> SourceTable:
    """The invented table of tests/rules/table.toml."""
    return merge_layers([read_layer(TABLE, "table.toml")])


@pytest.fixture()
def check(table: SourceTable) -> Callable[[str], ArticleReport]:
    """Check a text with the test table."""

    def run(text: str) -> ArticleReport:
        return check_text(text, path="t.txt", table=table)

    return run
