"""Rough edges a new user hits: typos, Word and PDF files, config show, TOML mistakes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from srccheck.cli import cli

from .conftest import isolate

ARTICLE = "Sources said the dam had been mined. Officials said the town was evacuated.\n"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    isolate(tmp_path, monkeypatch)
    Path("article.txt").write_text(ARTICLE, encoding="utf-8")
    return CliRunner()


def run(runner: CliRunner, *args: str, **kwargs: object) -> Result:
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)  # type: ignore[arg-type]


def error_line(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stderr
    return lines[0]


def word_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Officials said so.</w:document>")
    return path


@pytest.mark.parametrize(
    ("typed", "meant"), [("chek", "check"), ("rule", "rules"), ("sorces", "sources")]
)
def test_a_sub_command_typo_gets_a_suggestion(runner, typed, meant):
    line = error_line(run(runner, typed, "article.txt"))
    assert line == f"srccheck: error: {typed}: no such file or sub-command; did you mean `{meant}`?"


def test_no_suggestion_for_an_existing_file_or_a_name_far_from_any_command(runner):
    Path("chek").write_text(ARTICLE, encoding="utf-8")
    assert run(runner, "chek").exit_code == 0  # a file of that name is an article
    assert error_line(run(runner, "nothing.txt")) == "srccheck: error: nothing.txt: no such file"


def test_a_word_file_says_what_it_is_and_how_to_convert_it(runner):
    word_document(Path("draft.docx"))
    line = error_line(run(runner, "draft.docx"))
    assert line == (
        "srccheck: error: draft.docx: a Word document, not text; convert it first, "
        "e.g. `pandoc draft.docx -t plain -o draft.txt`"
    )


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Word 97-2003"),
        ("letter.rtf", b"{\\rtf1\\ansi Officials said so.}", "an RTF document"),
        ("renamed.txt", b"%PDF-1.4\nbinary", "a PDF document"),  # the bytes decide
    ],
)
def test_other_documents_are_named(runner, name, data, said):
    Path(name).write_bytes(data)
    line = error_line(run(runner, name))
    assert said in line and "convert it first" in line
    assert ("pdftotext" in line) == ("PDF" in said)


def test_a_directory_run_says_how_many_documents_it_skipped(runner):
    Path("drafts").mkdir()
    Path("drafts/a.txt").write_text(ARTICLE, encoding="utf-8")
    word_document(Path("drafts/b.docx"))
    Path("drafts/c.pdf").write_bytes(b"%PDF-1.7\n")
    result = run(runner, "drafts", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert [a["path"] for a in document["articles"]] == ["drafts/a.txt"]
    assert document["errors"] == []
    assert result.stderr.splitlines() == [
        "srccheck: note: skipped 2 Word, PDF or other office file(s) that are not text "
        "(drafts/b.docx, drafts/c.pdf); convert them to text (pandoc, pdftotext) to check them"
    ]


def test_config_show_fits_80_columns_and_shows_the_real_defaults(runner):
    result = run(runner, "config", "show")
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert 'include = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.text"]' in (
        result.stdout
    )
    assert 'max_size = "10 MiB"' in result.stdout and 'fail_on = "error"' in result.stdout
    assert "include = []" not in result.stdout


def test_config_show_is_toml_a_user_can_copy(runner):
    long_names = [f"tables/newsroom-desk-number-{n}-sources.toml" for n in range(4)]
    Path("srccheck.toml").write_text(
        f"sources = {json.dumps(long_names)}\nfail_under = 60\n", encoding="utf-8"
    )
    result = run(runner, "config", "show", "article.txt")
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 or "/" in line for line in lines)
    assert "fail_under = 60" in lines
    assert f"# fail when an article's sourcing score is below this [from {Path.cwd()}" in (
        result.stdout.replace("\n#   ", " ")
    )
    import tomllib

    settings = tomllib.loads(result.stdout)
    assert settings["fail_under"] == 60 and len(settings["sources"]) == 4


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ('fail_on = "warning\n', "unclosed string"),
        ('fail_on "warning"\n', "missing '='"),
        ("fail_on =\n", "missing value after '='"),
        ("fail_on = warning\n", 'a text value needs quotes: "warning"'),
        ("no_default_sources = True\n", "TOML writes true, not True"),
        ('ignore = ["SRC101"\nfail_on = "error"\n', "unclosed array"),
        ('fail_on = "error"\nfail_on = "info"\n', "the same key is set twice"),
        ('levels = { SRC101 = "error", }\n', "inline table"),
        ('baseline = "C:\\drafts\\base.json"\n', "backslash"),
    ],
)
def test_a_toml_mistake_names_its_likely_cause_and_position(runner, text, cause):
    Path("srccheck.toml").write_text(text, encoding="utf-8")
    line = error_line(run(runner, "article.txt"))
    assert line.startswith("srccheck: error: ") and "srccheck.toml:" in line
    assert "TOML syntax error" in line and cause in line


def test_a_table_with_a_toml_mistake_names_its_cause(runner):
    Path("t.toml").write_text('schema_version = 1\n[[source]]\nid = "x\n', encoding="utf-8")
    line = error_line(run(runner, "article.txt", "--sources", "t.toml"))
    assert "t.toml:3:" in line and "unclosed string" in line


def test_stdin_named_twice_is_refused(runner):
    line = error_line(run(runner, "-", "-", input=ARTICLE))
    assert "'-' (standard input) is named more than once" in line


def test_a_one_byte_limit_reads_well(runner):
    line = error_line(run(runner, "article.txt", "--max-size", "1"))
    assert "larger than the 1 byte limit" in line
