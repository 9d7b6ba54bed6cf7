"""Layering: default < user config < walk-up < SRCCHECK_SOURCES < --sources, by id.

The files are found by `srccheck.setup`; the table module layers the ones it is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from srccheck.errors import TableError
from srccheck.setup import resolve_setup
from srccheck.table import default_table, load_table

from .conftest import entry


def load(tmp_path: Path, paths=(), **kwargs):  # type: ignore[no-untyped-def]
    return load_table(paths, **kwargs)


def test_default_table_is_loaded_by_default(tmp_path):
    table = load(tmp_path)
    assert "reuters" in table.entries and table.layers[0].path == "<default:generated>"
    assert table.layers[1].path == "<default>"
    assert table.entries["reuters"].origin.path == "<default>"


def test_layers_override_by_id_in_order(tmp_path, write, monkeypatch):
    user = write("config/srccheck/sources.toml", entry("tass", "TASS", score=1) + entry("u", "U"))
    project = tmp_path / "project" / "drafts"
    project.mkdir(parents=True)
    write("project/sources.toml", entry("tass", "TASS", score=2) + entry("w", "W"))
    env_table = write("env.toml", entry("tass", "TASS", score=3))
    cli_table = write("cli.toml", entry("tass", "TASS", score=4))
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "SRCCHECK_SOURCES": str(env_table)}
    setup = resolve_setup(overrides={"sources": [cli_table]}, cwd=project, env=env)
    table = setup.load_table()
    assert table.entries["tass"].score == 4
    assert table.entries["tass"].origin.path == str(cli_table)
    assert {"u", "w", "reuters"} <= set(table.entries)
    assert [Path(layer.path).name for layer in table.layers] == [
        "<default:generated>",
        "<default>",
        "sources.toml",
        "sources.toml",
        "env.toml",
        "cli.toml",
    ]
    assert user.exists()


def test_a_table_may_refuse_the_default(write, tmp_path):
    own = write("own.toml", entry("x", "X"), header="schema_version = 1\nextends_default = false\n")
    assert set(load(tmp_path, [own]).entries) == {"x"}


def test_no_default_sources(write, tmp_path):
    own = write("own.toml", entry("x", "X"))
    assert set(load(tmp_path, [own], use_default=False).entries) == {"x"}


def test_affiliation_may_point_into_a_lower_layer(write, tmp_path):
    own = write("own.toml", entry("jane", "Jane Doe", kind="person", affiliation='"reuters"'))
    assert load(tmp_path, [own]).entries["jane"].affiliation == "reuters"


def test_affiliation_naming_no_entry_is_an_error(write, tmp_path):
    own = write("own.toml", entry("jane", "Jane Doe", kind="person", affiliation='"nobody"'))
    with pytest.raises(TableError) as error:
        load(tmp_path, [own])
    assert error.value.line == 3 and "names no entry" in str(error.value)


def test_broken_layer_is_an_error_with_position(write, tmp_path):
    bad = write("bad.toml", entry("x", "X", score="150"))
    with pytest.raises(TableError) as error:
        load(tmp_path, [bad])
    assert str(error.value).startswith(f"{bad}:7:1: 'score' 150")


def test_missing_table_file(tmp_path):
    with pytest.raises(TableError, match="no such table file"):
        load(tmp_path, [tmp_path / "nope.toml"])


def test_two_entries_claiming_one_alias_is_a_warning(write, tmp_path):
    own = write(
        "own.toml",
        entry("a", "Alpha", aliases='["Shared Name"]')
        + entry("b", "Beta", aliases='["shared name"]'),
    )
    table = load(tmp_path, [own], use_default=False)
    [warning] = table.warnings
    assert "'Shared Name'" in warning and "a (" in warning and "b (" in warning


def test_default_table_is_cached():
    assert default_table() is default_table()
