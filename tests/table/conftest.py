"""Small tables written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ENTRY = """
[[source]]
id = "{id}"
name = "{name}"
kind = "{kind}"
score = {score}
basis = "Test entry."
reviewed = 2026-11-25
"""


def entry(id: str, name: str, kind: str = "outlet", score: int = 50, **extra: str) -> str:
    """One [[source]] block; ``extra`` values are written verbatim as TOML."""
    text = ENTRY.format(id=id, name=name, kind=kind, score=score)
    return text + "".join(f"{key} = {value}\n" for key, value in extra.items())


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a table file: ``write("name.toml", body)`` returns its path."""

    def _write(name: str, body: str, header: str = "schema_version = 1\n") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + body, encoding="utf-8")
        return path

    return _write
