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
