"""The default table shipped pre-parsed in the wheel gives exactly the table the TOML gives."""

from __future__ import annotations

import shutil

import pytest

import srccheck.table as table_module
from srccheck.table import default_table_path
from srccheck.table import schema as table_schema
from srccheck.table.bulk import GENERATED_INDEX, GENERATED_TABLE, BulkLayer
from srccheck.table.compiled import COMPILED_FILE, compile_table, load_compiled
from srccheck.table.prepared import PREPARED_FILE, load_prepared, prepare_table
from srccheck.table.schema import parse_table
from tests.conftest import REPO


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


@pytest.fixture
def prepared(installed, monkeypatch):  # type: ignore[no-untyped-def]
    """The default table with its validated, indexed twin, as a built wheel holds it, over
    the checkout's generated layer."""
    generated = BulkLayer.open(REPO / GENERATED_TABLE, REPO / GENERATED_INDEX)
    monkeypatch.setattr(table_module, "generated_layer", lambda: generated)
    text = installed.read_text(encoding="utf-8-sig")
    (installed.parent / PREPARED_FILE).write_bytes(prepare_table(text))
    return installed


def test_the_prepared_table_equals_the_parsed_one_and_looks_up_alike(prepared):
    text = prepared.read_text(encoding="utf-8-sig")
    ready = load_prepared(prepared.with_name(PREPARED_FILE), text)
    assert ready is not None
    layer, index = ready
    slow = parse_table(text, table_module.DEFAULT_ORIGIN)
    assert layer.entries == slow.entries and len(layer.entries) > 400
    assert layer.class_defaults == slow.class_defaults
    assert layer.role_defaults == slow.role_defaults
    built = table_module.merge_layers([slow]).index
    for entry in slow.entries[::7]:
        for query in (entry.name, *entry.aliases, *entry.domains, entry.name.upper()):
            assert index.resolve(query) == built.resolve(query), query
    assert index.by_fuzzy("Reuterz news agncy") == built.by_fuzzy("Reuterz news agncy")


def test_a_run_over_the_built_in_table_uses_the_prepared_index(prepared, monkeypatch):
    def no_index(self: object, entries: object) -> None:
        raise AssertionError("the index was built although a prepared one matches")

    monkeypatch.setattr(table_module.MatchIndex, "__init__", no_index)
    table = table_module.load_table()
    assert table.resolve("Reuters") is not None
    assert table_module.default_table.__wrapped__().resolve("Reuters") is not None


def test_a_user_layer_gets_an_index_of_its_own(prepared, tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text(
        'schema_version = 1\n\n[[source]]\nid = "harbour-gazette"\nname = "Harbour Gazette"\n'
        'kind = "outlet"\nscore = 70\nbasis = "a local paper"\nreviewed = 2025-01-01\n',
        encoding="utf-8",
    )
    table = table_module.load_table([user])
    assert table._top is None
    found = table.resolve("Harbour Gazette")
    assert found is not None and found.entry.id == "harbour-gazette"
    assert table.resolve("Reuters") is not None  # the built-in layer is still indexed


def test_a_stale_foreign_or_broken_prepared_table_is_ignored(prepared):
    path = prepared.with_name(PREPARED_FILE)
    text = prepared.read_text(encoding="utf-8-sig")
    assert load_prepared(path, text + "\n# edited\n") is None
    header, _, body = path.read_bytes().partition(b"\n")
    other = header.replace(b'"python": "3.', b'"python": "2.')
    path.write_bytes(other + b"\n" + body)
    assert load_prepared(path, text) is None
    path.write_bytes(header + b"\n" + body[: len(body) // 2])  # cut short
    assert load_prepared(path, text) is None
    path.write_bytes(b"not a header\n")
    assert load_prepared(path, text) is None
    path.unlink()
    assert load_prepared(path, text) is None
    assert len(table_module._default_layer().entries) > 400  # read from the compiled JSON


def test_a_table_with_a_problem_is_not_prepared():
    with pytest.raises(ValueError, match="score"):
        prepare_table(
            'schema_version = 1\n\n[[source]]\nid = "x"\nname = "X"\nkind = "outlet"\n'
            'score = 900\nbasis = "b"\nreviewed = 2025-01-01\n'
        )
