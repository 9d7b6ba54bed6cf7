"""The default table shipped pre-parsed in the wheel gives exactly the table the TOML gives."""

from __future__ import annotations

import shutil

import pytest

import srccheck.table as table_module
from srccheck.table import default_table_path
from srccheck.table import schema as table_schema
from srccheck.table.compiled import COMPILED_FILE, compile_table, load_compiled
from srccheck.table.schema import parse_table


@pytest.fixture
def installed(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A copy of the default table with its compiled twin, as a built wheel holds them."""
    toml = tmp_path / "sources.toml"
    shutil.copy(default_table_path(), toml)
    text = toml.read_text(encoding="utf-8-sig")
    (tmp_path / COMPILED_FILE).write_text(compile_table(text), encoding="utf-8")
    monkeypatch.setattr(table_module, "default_table_path", lambda: toml)
    return toml


def test_the_compiled_table_equals_the_parsed_one(installed):
    text = installed.read_text(encoding="utf-8-sig")
    prepared = load_compiled(installed.with_name(COMPILED_FILE), text)
    assert prepared is not None
    fast, slow = parse_table(text, "t", prepared), parse_table(text, "t")
    assert fast.entries == slow.entries and len(fast.entries) > 400
    assert fast.class_defaults == slow.class_defaults
    assert fast.kind_defaults == slow.kind_defaults
    assert fast.problems == slow.problems == []


def test_the_default_layer_uses_it_without_parsing_toml(installed, monkeypatch):
    def no_toml(text: str) -> None:
        raise AssertionError("the TOML was parsed although a compiled table matches")

    monkeypatch.setattr(table_schema.tomllib, "loads", no_toml)
    assert len(table_module._default_layer().entries) > 400


def test_a_stale_or_broken_compiled_table_is_ignored(installed):
    compiled = installed.with_name(COMPILED_FILE)
    text = installed.read_text(encoding="utf-8-sig")
    assert load_compiled(compiled, text + "\n# edited\n") is None
    compiled.write_text("{not json", encoding="utf-8")
    assert load_compiled(compiled, text) is None
    compiled.unlink()
    assert load_compiled(compiled, text) is None
    assert len(table_module._default_layer().entries) > 400  # parsed from the TOML instead
