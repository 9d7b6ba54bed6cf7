"""Bad settings and unreadable places: one line, exit 2, never a traceback or exit 3;
and what can be read is still checked."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.hardening.conftest import invoke, one_error_line

ARTICLE = "Sources said the dam had been mined. Officials said the town was evacuated.\n"
DEEP = "[" * 5000 + "]" * 5000


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("levels = { SRC101 = 1 }\n", "srccheck.toml:1: levels.SRC101 must be a string"),
        ("select = [1]\n", "srccheck.toml:1: setting 'select' must be a list of strings"),
        ("sources = [1]\n", "srccheck.toml:1: setting 'sources' must be a list of strings"),
        ("include = [1]\n", "srccheck.toml:1: setting 'include' must be a list of strings"),
        ("\ntool = 5\n", "srccheck.toml:1: 'tool' must be a table"),
        ('fail_on = "error"\nignore = "SRC101"\n', "srccheck.toml:2: setting 'ignore' must be"),
        ("fail_under = true\n", "setting 'fail_under' must be a whole number, not true"),
        ('max_size = "99999999999999999999G"\n', "srccheck.toml:1: max_size:"),
        (f"select = {DEEP}\n", "srccheck.toml:1: arrays or tables nested too deeply"),
        ('ignore = [""]\n', "srccheck.toml:1: ignore has an empty rule name"),
        ('select = [" "]\n', "srccheck.toml:1: select has an empty rule name"),
    ],
)
def test_a_bad_configuration_value_is_one_line_naming_file_and_line(runner, config, expected):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    Path("srccheck.toml").write_text(config, encoding="utf-8")
    result = invoke(runner, "a.txt")
    assert result.exit_code == 2
    line = one_error_line(result)
    assert line.startswith("srccheck: error: ") and expected in line


def test_a_deeply_nested_table_file_is_one_line(runner):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    Path("t.toml").write_text(f"schema_version = 1\nnotes = {DEEP}\n", encoding="utf-8")
    result = invoke(runner, "a.txt", "--sources", "t.toml")
    assert result.exit_code == 2
    assert one_error_line(result) == (
        "srccheck: error: t.toml:2:1: arrays or tables nested too deeply"
    )


@pytest.mark.parametrize("size", ["99999999999999999999G", "9" * 400, "2T", "1e9"])
def test_an_absurd_max_size_is_one_line(runner, size):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "a.txt", "--max-size", size)
    assert result.exit_code == 2
    assert one_error_line(result).startswith("srccheck: error: --max-size: ")


@pytest.mark.parametrize("option", ["--ignore", "--select"])
@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_rule_name_is_an_error_not_every_rule(runner, option, value):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "a.txt", option, value)
    assert result.exit_code == 2
    assert f"{option.lstrip('-')} has an empty rule name" in one_error_line(result)


def test_an_empty_rule_name_from_the_environment_is_ignored_like_an_unset_one(runner, monkeypatch):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("SRCCHECK_IGNORE", " , ")
    result = invoke(runner, "a.txt")
    assert result.exit_code == 0 and "SRC101" in result.stdout


def test_a_configured_baseline_is_found_next_to_the_configuration(runner, tmp_path):
    project = tmp_path / "project"
    (project / "drafts").mkdir(parents=True)
    (project / "drafts" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "srccheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    os.chdir(project)
    assert invoke(runner, "drafts/a.txt", "--write-baseline", "accepted.json").exit_code == 0
    os.chdir(project / "drafts")  # the baseline path must not depend on where srccheck runs
    result = invoke(runner, "a.txt", "--format", "json", "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["articles"][0]["findings"]
    assert findings and all(f["suppressed"] for f in findings)


def _refuse_listing(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """Make ``locked`` behave as a directory without read and search permission, as root
    (for whom permissions do not apply) cannot otherwise see."""
    real_scandir = os.scandir
    real_stat = os.stat

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)).resolve() == locked.resolve():  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        name = os.fsdecode(path)  # type: ignore[arg-type]
        if Path(name).parent.absolute() == locked.absolute():
            raise PermissionError(13, "Permission denied", name)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)


def _drafts_with_a_locked_folder(tmp_path: Path) -> Path:
    (tmp_path / "drafts" / "locked").mkdir(parents=True)
    (tmp_path / "drafts" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "drafts" / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "drafts" / "locked"


def _assert_locked_folder_reported(result, locked_name: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert [a["path"] for a in document["articles"]] == ["drafts/a.txt"]
    assert [e["path"] for e in document["errors"]] == [locked_name]
    assert one_error_line(result) == f"srccheck: error: {document['errors'][0]['message']}"
    assert reason in document["errors"][0]["message"]


def test_an_unreadable_sub_directory_is_reported_and_the_rest_checked(
    runner, tmp_path, monkeypatch
):
    locked = _drafts_with_a_locked_folder(tmp_path)
    _refuse_listing(monkeypatch, locked)
    result = invoke(runner, "drafts", "--format", "json")
    _assert_locked_folder_reported(result, "drafts/locked", "cannot list this directory")


def test_a_file_inside_an_unreadable_directory_is_one_line_and_the_rest_checked(
    runner, tmp_path, monkeypatch
):
    locked = _drafts_with_a_locked_folder(tmp_path)
    _refuse_listing(monkeypatch, locked)
    result = invoke(runner, "drafts/a.txt", "drafts/locked/b.txt", "--format", "json")
    _assert_locked_folder_reported(result, "drafts/locked/b.txt", "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not stop root; simulated above")
def test_a_real_chmod_000_folder(runner, tmp_path):
    locked = _drafts_with_a_locked_folder(tmp_path)
    locked.chmod(0)
    try:
        walked = invoke(runner, "drafts", "--format", "json")
        named = invoke(runner, "drafts/a.txt", "drafts/locked/b.txt", "--format", "json")
    finally:
        locked.chmod(0o755)
    _assert_locked_folder_reported(walked, "drafts/locked", "permission denied")
    _assert_locked_folder_reported(named, "drafts/locked/b.txt", "permission denied")


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            'schema_version = "1"\n',
            "t.toml:1:1: schema_version must be the number 1, without quotes",
        ),
        (
            "schema_version = 7\n",
            "unsupported schema_version 7: this srccheck reads tables of schema_version 1",
        ),
        (
            'schema_version = 1\n[[source]]\nid = "x"\nname = ""\nkind = "outlet"\nscore = 5\n'
            'basis = "b"\nreviewed = 2026-11-25\n',
            "t.toml:4:1: 'name' must not be empty",
        ),
        (
            'schema_version = 1\n[[source]]\nid = "x"\nname = 5\nkind = "outlet"\nscore = 5\n'
            'basis = "b"\nreviewed = 2026-11-25\n',
            "t.toml:4:1: 'name' must be a string, not a number",
        ),
    ],
)
def test_table_messages_say_what_is_wrong(runner, table, expected):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    Path("t.toml").write_text(table, encoding="utf-8")
    result = invoke(runner, "a.txt", "--sources", "t.toml")
    assert result.exit_code == 2
    assert expected in one_error_line(result)
