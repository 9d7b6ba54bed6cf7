"""A canned article, written for these tests, checked once with the real engine and table."""

from __future__ import annotations

from pathlib import Path

import pytest

from srccheck.engine import check_text
from srccheck.model import InputFailure, Report
from srccheck.table import merge_layers, read_layer

TABLE = Path(__file__).parent / "table.toml"

ARTICLE = """Shelling resumed near Vovchansk, officials say

Russia's Defence Ministry claimed that its troops had taken the village of Lyptsi. The ministry said 40 Ukrainian soldiers were captured.

"The line is holding," said Iryna Koval, a spokesperson for the Kharkiv regional administration. She added that two schools were hit.

TASS reported, citing a source in the security services, that a command post was destroyed. Russian media repeated the claim.

According to the Institute for the Study of War, the footage shows fighting only on the edge of the village.

"Nobody has told us anything about the evacuation."
"""


@pytest.fixture(scope="session")
def report() -> Report:
    """One article plus one unreadable file, as a real run would produce."""
    table = merge_layers([read_layer(TABLE, "table.toml")])  # a short origin for the goldens
    article = check_text(ARTICLE, path="drafts/vovchansk.txt", table=table)
    return Report(
        tool_version="0.0-test",
        articles=[article],
        errors=[InputFailure("drafts/missing.txt", "drafts/missing.txt: no such file")],
    )
