"""``srccheck check`` end to end through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from srccheck.cli import cli

ANONYMOUS = "Sources said the dam had been mined. Officials said the town was evacuated.\n"
DEPRECATED = "War on Fakes wrote that the video was staged.\n"
CLEAN = "Reuters reported that the talks had resumed in Geneva.\n"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # configuration discovery stops here
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in (
        "SRCCHECK_SOURCES",
        "SRCCHECK_FAIL_ON",
        "SRCCHECK_FORMAT",
        "SRCCHECK_CONFIG",
        "SRCCHECK_FAIL_UNDER",
        "GITHUB_STEP_SUMMARY",
    ):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def write(name: str, text: str) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(text, encoding="utf-8")
    return name


def run(runner: CliRunner, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)


def test_default_command_is_check_and_line_format_when_piped(runner):
    write("a.txt", ANONYMOUS)
    result = run(runner, "a.txt")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("a.txt:1:1: warning SRC101")
    assert result.stderr == ""


def test_fail_on_warning_exits_1(runner):
    write("a.txt", ANONYMOUS)
    assert run(runner, "a.txt", "--fail-on", "warning").exit_code == 1
    assert run(runner, "a.txt", "--fail-on", "warning", "--exit-zero").exit_code == 0
    assert run(runner, "a.txt", "--fail-on", "never").exit_code == 0


def test_deprecated_source_is_an_error(runner):
    write("d.txt", DEPRECATED)
    result = run(runner, "d.txt", "-f", "json")
    assert result.exit_code == 1
    rules = {f["rule"] for f in json.loads(result.stdout)["articles"][0]["findings"]}
    assert "SRC201" in rules


def test_fail_under(runner):
    write("a.txt", ANONYMOUS)
    assert run(runner, "a.txt", "--fail-under", "20", "--fail-on", "never").exit_code == 0
    assert run(runner, "a.txt", "--fail-under", "90", "--fail-on", "never").exit_code == 1


def test_stdin(runner):
    result = run(runner, "-", "--stdin-filename", "draft.txt", "-f", "json", input=ANONYMOUS)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["path"] == "draft.txt"


def test_many_files_with_one_bad_among_them(runner):
    write("drafts/a.txt", ANONYMOUS)
    write("drafts/b.md", CLEAN)
    Path("drafts/bin.txt").write_bytes(b"\x00\x01\x02binary")
    result = run(runner, "drafts", "missing.txt", "-f", "json")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert sorted(a["path"] for a in document["articles"]) == ["drafts/a.txt", "drafts/b.md"]
    assert sorted(e["path"] for e in document["errors"]) == ["drafts/bin.txt", "missing.txt"]
    assert result.stderr.count("srccheck: error:") == 2 and "Traceback" not in result.stderr


def test_directory_given_as_a_file_and_empty_file(runner, tmp_path):
    write("empty.txt", "")
    result = run(runner, "empty.txt", "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"][0]["sources"] == []


def test_markdown_inline_suppression_stays_in_the_report(runner):
    write("a.md", "<!-- srccheck: ignore SRC101 -- checked with the desk -->\n" + ANONYMOUS)
    result = run(runner, "a.md", "-f", "json", "--fail-on", "warning")
    findings = json.loads(result.stdout)["articles"][0]["findings"]
    anonymous = [f for f in findings if f["rule"] == "SRC101"]
    assert anonymous and all(f["suppressed"] for f in anonymous)
    assert anonymous[0]["suppression"] == "inline: checked with the desk"
    assert result.exit_code == 0
    assert "SRC101" not in run(runner, "a.md").stdout


def test_baseline_round_trip_survives_reflowed_text(runner):
    write("a.txt", ANONYMOUS)
    assert run(runner, "a.txt", "--write-baseline", "base.json").exit_code == 0
    write("a.txt", "A new first line.\n\n" + ANONYMOUS.replace(". ", ".\n"))
    result = run(runner, "a.txt", "--baseline", "base.json", "--fail-on", "warning", "-f", "json")
    assert result.exit_code == 0
    assert all(f["suppressed"] for f in json.loads(result.stdout)["articles"][0]["findings"])


def test_output_is_written_only_after_success_and_never_over_an_input(runner):
    write("a.txt", ANONYMOUS)
    Path("report.json").write_text("old", encoding="utf-8")
    bad = write("bad.toml", "schema_version = 1\n[[source]\n")
    result = run(runner, "a.txt", "--sources", bad, "-o", "report.json")
    assert result.exit_code == 2 and Path("report.json").read_text(encoding="utf-8") == "old"
    assert run(runner, "a.txt", "-o", "report.json").exit_code == 0
    assert json.loads(Path("report.json").read_text(encoding="utf-8"))["schema_version"] == 1
    refused = run(runner, "a.txt", "-o", "a.txt")
    assert refused.exit_code == 2 and Path("a.txt").read_text(encoding="utf-8") == ANONYMOUS


def test_configuration_discovery_and_precedence(runner, monkeypatch):
    write("drafts/a.txt", ANONYMOUS)
    write("pyproject.toml", '[tool.srccheck]\nfail_on = "warning"\nignore = ["SRC102"]\n')
    assert run(runner, "drafts/a.txt").exit_code == 1  # from pyproject.toml
    write("drafts/srccheck.toml", 'fail_on = "error"\n')
    assert run(runner, "drafts/a.txt").exit_code == 0  # the nearer file wins
    monkeypatch.setenv("SRCCHECK_FAIL_ON", "warning")
    assert run(runner, "drafts/a.txt").exit_code == 1  # environment over file
    assert run(runner, "drafts/a.txt", "--fail-on", "error").exit_code == 0  # command line wins
    assert run(runner, "drafts/a.txt", "--isolated").exit_code == 0
    shown = run(runner, "config", "show", "drafts/a.txt")
    assert "fail_on" in shown.stdout and "$SRCCHECK_FAIL_ON" in shown.stdout


def test_bad_configuration_is_one_line_and_exit_2(runner):
    write("a.txt", ANONYMOUS)
    write("srccheck.toml", 'fail_onn = "warning"\n')
    result = run(runner, "a.txt")
    assert result.exit_code == 2
    assert "unknown setting 'fail_onn'; did you mean 'fail_on'?" in result.stderr


def test_select_ignore_and_unknown_rules(runner):
    write("a.txt", ANONYMOUS)
    assert "SRC101" not in run(runner, "a.txt", "--ignore", "SRC101").stdout
    assert run(runner, "a.txt", "--select", "SRC9").exit_code == 2


def test_rules_command(runner):
    listing = run(runner, "rules")
    assert "SRC101" in listing.stdout and "SRC301" in listing.stdout
    assert "anonymous" in run(runner, "rules", "SRC101").stdout
    assert run(runner, "rules", "SRC999").exit_code == 2


def test_missing_file_and_usage_errors(runner):
    missing = run(runner, "nope.txt")
    assert missing.exit_code == 2 and "nope.txt: no such file" in missing.stderr
    assert run(runner, "a.txt", "--format", "yaml").exit_code == 2


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("srccheck ")
