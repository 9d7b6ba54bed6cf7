"""The ``srccheck sources`` commands, through click's CliRunner."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from srccheck.cli import cli

BAD_TABLES = {
    "syntax": ('schema_version = 1\n[[source]\nid = "x"\n', ":2:"),
    "unknown key": (
        'schema_version = 1\n[[source]]\nid = "x"\nname = "X"\nkind = "outlet"\nscore = 5\n'
        'basis = "b"\nreviewed = 2026-11-25\nalias = ["y"]\n',
        ":9:1: unknown key in [[source]] 'alias'; did you mean 'aliases'?",
    ),
    "score 150": (
        'schema_version = 1\n[[source]]\nid = "x"\nname = "X"\nkind = "outlet"\nscore = 150\n'
        'basis = "b"\nreviewed = 2026-11-25\n',
        ":6:1: 'score' 150 is out of range 0..100",
    ),
}


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SRCCHECK_SOURCES", raising=False)
    return CliRunner()


def test_list_json_has_every_entry_with_basis_and_review_date(runner):
    result = runner.invoke(cli, ["sources", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert len(entries) >= 5000
    layers = {"<default>", "<default:generated>"}
    assert all(e["basis"] and e["reviewed"] and e["origin"]["path"] in layers for e in entries)
    assert all(e["sources"] for e in entries)


def test_list_filters_by_kind_and_tag(runner):
    result = runner.invoke(
        cli, ["sources", "list", "--kind", "channel", "--tag", "milblogger", "--format", "json"]
    )
    entries = json.loads(result.stdout)
    assert entries and all(e["kind"] == "channel" and "milblogger" in e["tags"] for e in entries)


def test_list_table_output(runner):
    result = runner.invoke(
        cli, ["sources", "list", "--kind", "think-tank", "--dataset", "hand-written"]
    )
    assert result.exit_code == 0 and "sources" in result.stdout and "RAND" in result.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рыбарь", "rybar  Rybar"),
        ("t.me/rybar", "via handle"),
        ("ISW", "institute-for-the-study-of-war"),
        ("https://www.understandingwar.org/backgrounder/x", "via domain"),
        ("Tatyana Stanovaya", "tatiana-stanovaya"),
        ("Rostov Gazette Weekly", "no match for 'Rostov Gazette Weekly'"),
    ],
)
def test_lookup(runner, text, expected):
    result = runner.invoke(cli, ["sources", "lookup", text])
    assert result.exit_code == 0 and expected in result.stdout.splitlines()[0]


def test_show_gives_origin(runner):
    result = runner.invoke(cli, ["sources", "show", "Рыбарь"])
    assert result.exit_code == 0
    assert "defined in   <default>:" in result.stdout and "score        35" in result.stdout


def test_show_unknown_is_one_line_and_exit_2(runner):
    result = runner.invoke(cli, ["sources", "show", "Rostov Gazette Weekly"])
    assert result.exit_code == 2 and "no source matches" in result.output


def test_validate_the_effective_table(runner):
    result = runner.invoke(cli, ["sources", "validate"])
    assert result.exit_code == 0 and result.stdout.startswith("ok:")


@pytest.mark.parametrize("case", sorted(BAD_TABLES))
def test_broken_tables_exit_2_with_file_and_line(runner, tmp_path, case):
    text, expected = BAD_TABLES[case]
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["sources", "validate", str(path)])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(str(path)) and expected in line
    listed = runner.invoke(cli, ["sources", "list", "--sources", str(path)])
    assert listed.exit_code == 2 and "Traceback" not in listed.output


def test_init_writes_a_starter_that_validates_and_never_overwrites(runner, tmp_path):
    result = runner.invoke(cli, ["sources", "init"])
    assert result.exit_code == 0
    starter = tmp_path / "sources.toml"
    assert "extends_default = true" in starter.read_text(encoding="utf-8")
    assert runner.invoke(cli, ["sources", "validate", str(starter)]).exit_code == 0
    # The example entry is commented out: a starter left as written rates no made-up outlet.
    assert runner.invoke(cli, ["sources", "show", "example-regional-daily"]).exit_code == 2
    text = starter.read_text("utf-8")
    example = re.search(r'(?ms)^# \[\[source\]\]\n# id = "example-regional-daily".*?\n\n', text)
    assert example is not None
    active = re.sub(r"(?m)^# ", "", example[0])
    starter.write_text(text.replace(example[0], active), encoding="utf-8")
    listed = runner.invoke(cli, ["sources", "show", "example-regional-daily"])
    assert "sources.toml:" in listed.stdout  # found by walking up from the working directory
    starter.write_text("# mine\n", encoding="utf-8")
    again = runner.invoke(cli, ["sources", "init"])
    assert again.exit_code == 2 and starter.read_text(encoding="utf-8") == "# mine\n"


def test_no_default_sources(runner, tmp_path):
    own = tmp_path / "own.toml"
    own.write_text(
        'schema_version = 1\n[[source]]\nid = "x"\nname = "X"\nkind = "outlet"\nscore = 50\n'
        'basis = "b"\nreviewed = 2026-11-25\n',
        encoding="utf-8",
    )
    result = runner.invoke(
        cli, ["sources", "list", "--format", "json", "--no-default-sources", "--sources", str(own)]
    )
    assert [e["id"] for e in json.loads(result.stdout)] == ["x"]
