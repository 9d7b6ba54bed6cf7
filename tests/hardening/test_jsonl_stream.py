"""``--format jsonl`` writes each article's record as soon as it is checked."""

from __future__ import annotations

import json
import sys

from srccheck.cli import check as check_command

from .conftest import invoke

ARTICLE = "Officials said the bridge had been hit. Sources said more was coming.\n"


def test_jsonl_records_go_out_while_the_batch_runs(runner, tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "base.json").write_text("{}", encoding="utf-8")
    seen_before: list[int] = []
    real = check_command.check_paths

    def watching(*args, on_article=None, **kwargs):  # type: ignore[no-untyped-def]
        assert on_article is not None, "jsonl on stdout is streamed"

        def counting(article):  # type: ignore[no-untyped-def]
            sys.stdout.flush()
            seen_before.append(sys.stdout.buffer.getvalue().count(b"\n"))
            on_article(article)

        return real(*args, on_article=counting, **kwargs)

    monkeypatch.setattr(check_command, "check_paths", watching)
    result = invoke(runner, "a.txt", "b.txt", "c.txt", "missing.txt", "-f", "jsonl")
    assert seen_before == [0, 1, 2]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == ["a.txt", "b.txt", "c.txt", "missing.txt"]
    assert "error" in records[-1] and result.exit_code == 2


def test_a_streamed_run_still_gates_and_writes_its_baseline(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = invoke(
        runner, "a.txt", "-f", "jsonl", "--fail-on", "warning", "--write-baseline", "b.json"
    )
    assert first.exit_code == 1 and "gate failed" in first.stderr
    fingerprints = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["fingerprints"]
    assert fingerprints
    again = invoke(runner, "a.txt", "-f", "jsonl", "--fail-on", "warning", "--baseline", "b.json")
    assert again.exit_code == 0, again.output
    findings = json.loads(again.stdout)["findings"]
    assert findings and all(f["suppressed"] for f in findings)


def _staged_files(folder):  # type: ignore[no-untyped-def]
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".report.jsonl."))


def test_jsonl_to_an_output_file_goes_to_disk_while_the_batch_runs(runner, tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "report.jsonl").write_text("old report\n", encoding="utf-8")
    staged_sizes: list[int] = []
    real = check_command.check_paths

    def watching(*args, on_article=None, **kwargs):  # type: ignore[no-untyped-def]
        assert on_article is not None, "jsonl to --output is streamed too"

        def measuring(article):  # type: ignore[no-untyped-def]
            (staged,) = _staged_files(tmp_path)
            staged_sizes.append((tmp_path / staged).stat().st_size)
            on_article(article)

        return real(*args, on_article=measuring, **kwargs)

    monkeypatch.setattr(check_command, "check_paths", watching)
    result = invoke(runner, "a.txt", "b.txt", "c.txt", "-f", "jsonl", "-o", "report.jsonl")
    assert result.exit_code == 0, result.output
    # Each record was already in the staged file when the next article was checked.
    assert staged_sizes[0] == 0 and 0 < staged_sizes[1] < staged_sizes[2]
    lines = (tmp_path / "report.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["a.txt", "b.txt", "c.txt"]
    assert _staged_files(tmp_path) == [] and result.stdout == ""


def test_a_streamed_output_is_not_written_when_an_input_fails(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "report.jsonl").write_text("old report\n", encoding="utf-8")
    result = invoke(runner, "a.txt", "missing.txt", "-f", "jsonl", "-o", "report.jsonl")
    assert result.exit_code == 2
    assert (tmp_path / "report.jsonl").read_text(encoding="utf-8") == "old report\n"
    assert _staged_files(tmp_path) == [] and "not written" in result.stderr


def test_a_streamed_output_never_replaces_an_article_of_the_run(runner, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "drafts", "-f", "jsonl", "-o", "drafts/a.txt")
    assert result.exit_code == 2 and "refusing to overwrite" in result.stderr
    assert (drafts / "a.txt").read_text(encoding="utf-8") == ARTICLE
    assert [p.name for p in drafts.iterdir()] == ["a.txt"]
