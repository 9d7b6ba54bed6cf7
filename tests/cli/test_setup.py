"""One resolved setup: every process and every sub-command sees the same settings and tables."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from srccheck.cli import cli
from srccheck.engine import check_paths
from srccheck.setup import RunSetup, resolve_setup

from .conftest import isolate

# A made-up outlet, so that only a table layer can rate it.
NEWSROOM_TABLE = """\
schema_version = 1

[[source]]
id = "harbour-courier"
name = "Harbour Courier"
kind = "outlet"
score = 12
basis = "Test entry: a deprecated outlet."
reviewed = 2026-11-25
"""
ARTICLE = "The Harbour Courier reported that the ferry had been seized by the navy.\n"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CliRunner in ``tmp_path/newsroom`` (the parent is the project root) with no
    configuration from the machine."""
    isolate(tmp_path, monkeypatch)
    (tmp_path / "newsroom").mkdir()
    monkeypatch.chdir(tmp_path / "newsroom")
    return CliRunner()


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(cli, list(args), catch_exceptions=False)


def write(path: Path | str, text: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["line", "json"])
def test_jobs_do_not_change_the_report_with_a_table_found_in_a_parent(runner, tmp_path, fmt):
    write(tmp_path / "sources.toml", NEWSROOM_TABLE)
    for number in range(5):
        write(f"drafts/{number}.txt", ARTICLE)
    one = run(runner, "drafts", "--jobs", "1", "--format", fmt)
    two = run(runner, "drafts", "--jobs", "2", "--format", fmt)
    assert "SRC201" in one.stdout and one.exit_code == 1
    assert two.stdout == one.stdout
    assert two.exit_code == one.exit_code


def test_jobs_keep_the_users_own_table(runner, tmp_path):
    write(tmp_path / "config/srccheck/sources.toml", NEWSROOM_TABLE)
    for number in range(3):
        write(f"drafts/{number}.txt", ARTICLE)
    one = run(runner, "drafts", "-j", "1")
    two = run(runner, "drafts", "-j", "2")
    assert "SRC201" in one.stdout and two.stdout == one.stdout


def test_sources_commands_honour_the_configurations_tables(runner, tmp_path):
    write(tmp_path / "tables/newsroom.toml", NEWSROOM_TABLE)
    write(tmp_path / "srccheck.toml", 'sources = ["tables/newsroom.toml"]\n')
    write("a.txt", ARTICLE)
    assert "SRC201" in run(runner, "a.txt").stdout  # check uses the configured table
    lookup = run(runner, "sources", "lookup", "Harbour Courier")
    assert lookup.stdout.startswith("harbour-courier  Harbour Courier")
    show = run(runner, "sources", "show", "harbour-courier")
    assert show.exit_code == 0 and "tables/newsroom.toml:3" in show.stdout
    listing = json.loads(run(runner, "sources", "list", "--format", "json").stdout)
    assert "harbour-courier" in {entry["id"] for entry in listing}
    isolated = run(runner, "sources", "lookup", "Harbour Courier", "--isolated")
    assert "harbour-courier" not in isolated.stdout


def test_sources_commands_take_a_configuration_file(runner, tmp_path):
    write(tmp_path / "elsewhere/newsroom.toml", NEWSROOM_TABLE)
    config = write(tmp_path / "elsewhere/srccheck.toml", 'sources = ["newsroom.toml"]\n')
    lookup = run(runner, "sources", "lookup", "Harbour Courier", "--config", str(config))
    assert lookup.stdout.startswith("harbour-courier")


def test_a_setup_is_immutable_and_pickles_to_an_equal_value(runner, tmp_path):
    write(tmp_path / "sources.toml", NEWSROOM_TABLE)
    write(tmp_path / "srccheck.toml", 'ignore = ["SRC203"]\nlevels = { SRC102 = "error" }\n')
    setup = resolve_setup(["a.txt"], overrides={"fail_on": "warning"})
    assert pickle.loads(pickle.dumps(setup)) == setup
    assert setup.table_files == ((tmp_path / "sources.toml").resolve(),)
    assert setup.setting("fail_on").origin == "--fail-on"
    assert setup.setting("ignore").origin == f"{tmp_path / 'srccheck.toml'}:1"
    assert setup.value("ignore") == ("SRC203",)
    with pytest.raises(AttributeError):
        setup.config_path = None  # type: ignore[misc]


def test_environment_is_read_only_when_resolving(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("SRCCHECK_FAIL_ON", "warning")
    setup = resolve_setup()
    monkeypatch.setenv("SRCCHECK_FAIL_ON", "info")
    assert setup.value("fail_on") == "warning"
    assert resolve_setup(env={}).value("fail_on") == "error"
    assert resolve_setup(isolated=True).value("fail_on") == "error"


def test_library_check_paths_with_a_resolved_setup(runner, tmp_path):
    write(tmp_path / "sources.toml", NEWSROOM_TABLE)
    write("drafts/a.txt", ARTICLE)
    write("drafts/b.txt", ARTICLE)
    setup = resolve_setup(["drafts"])
    found = check_paths(["drafts"], setup=setup, jobs=2)
    rules = {f.rule for article in found.articles for f in article.findings}
    assert "SRC201" in rules and len(found.articles) == 2
    plain = check_paths(["drafts"], setup=RunSetup())  # built-in table only
    assert "SRC201" not in {f.rule for a in plain.articles for f in a.findings}


def test_isolated_ignores_found_tables_and_variables(runner, tmp_path, monkeypatch):
    write(tmp_path / "sources.toml", NEWSROOM_TABLE)
    monkeypatch.setenv("SRCCHECK_SOURCES", str(tmp_path / "sources.toml"))
    write("a.txt", ARTICLE)
    assert "SRC201" in run(runner, "a.txt").stdout
    assert "SRC201" not in run(runner, "a.txt", "--isolated").stdout
    explicit = run(runner, "a.txt", "--isolated", "--sources", str(tmp_path / "sources.toml"))
    assert "SRC201" in explicit.stdout


def test_library_load_table_gives_the_built_in_table_plus_the_users_layers(
    runner, tmp_path, monkeypatch
):
    import srccheck
    from srccheck.table import load_table as load_files

    user = write(tmp_path / "config/srccheck/sources.toml", NEWSROOM_TABLE)
    above = write(tmp_path / "sources.toml", NEWSROOM_TABLE.replace("score = 12", "score = 30"))
    named = write(tmp_path / "env.toml", NEWSROOM_TABLE.replace("score = 12", "score = 45"))
    monkeypatch.setenv("SRCCHECK_SOURCES", str(named))
    table = srccheck.load_table()
    layers = [layer.path for layer in table.layers]
    assert layers == [
        "<default:generated>",
        "<default>",
        str(user),
        str(above.resolve()),
        str(named),
    ]
    assert table.entries["harbour-courier"].score == 45 and "reuters" in table.entries
    # Given paths go over the found layers, like --sources; use_default drops the built-in table.
    extra = write(tmp_path / "extra.toml", NEWSROOM_TABLE.replace("score = 12", "score = 60"))
    assert srccheck.load_table([extra]).entries["harbour-courier"].score == 60
    assert "reuters" not in srccheck.load_table(use_default=False).entries
    # The table module itself loads exactly the files it is given, whatever the environment.
    only = load_files([extra])
    assert [layer.path for layer in only.layers] == ["<default:generated>", "<default>", str(extra)]


def test_library_load_table_honours_the_configuration(runner, tmp_path):
    import srccheck

    write(tmp_path / "tables/newsroom.toml", NEWSROOM_TABLE)
    write(
        tmp_path / "srccheck.toml",
        'sources = ["tables/newsroom.toml"]\nno_default_sources = true\n',
    )
    assert set(srccheck.load_table().entries) == {"harbour-courier"}


def test_the_built_in_table_found_walking_up_is_no_user_layer(runner, monkeypatch):
    from srccheck.table import default_table_path

    # In a source checkout the walk up from the project finds the built-in table itself.
    monkeypatch.chdir(default_table_path().parent)
    assert resolve_setup(env={}).table_files == ()


def test_each_table_file_is_layered_once(runner, tmp_path, monkeypatch):
    above = write(tmp_path / "sources.toml", NEWSROOM_TABLE)
    monkeypatch.setenv("SRCCHECK_SOURCES", str(above))
    setup = resolve_setup(overrides={"sources": ["../sources.toml"]})
    assert setup.table_files == (above.resolve(),)


def test_reports_name_files_relative_to_where_the_run_started(runner, tmp_path):
    write("drafts/a.txt", ARTICLE)
    sarif = json.loads(run(runner, "drafts", "--format", "sarif").stdout)
    [result] = sarif["runs"]
    base = result["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == (tmp_path / "newsroom").resolve().as_uri() + "/"
