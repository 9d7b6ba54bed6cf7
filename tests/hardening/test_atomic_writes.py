"""Nothing the user owns is lost or half-written: every write is whole or not at all."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from srccheck import writing
from srccheck.cli import check as check_command
from srccheck.errors import SrccheckError
from srccheck.writing import write_atomically

from .conftest import invoke, one_error_line

ARTICLE = "Officials said the bridge had been hit.\n"


def leftovers(directory) -> list[str]:  # type: ignore[no-untyped-def]
    """Temporary files a write left behind."""
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_a_report_that_fails_half_way_leaves_the_old_output_intact(runner, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "report.json").write_text("the old report\n", encoding="utf-8")

    def half_then_fail(report, fmt, stream, options):  # type: ignore[no-untyped-def]
        stream.write('{"articles": [')
        raise KeyboardInterrupt

    monkeypatch.setattr(check_command, "render_report", half_then_fail)
    result = runner.invoke(check_command.check, ["a.txt", "--output", "report.json"])
    assert result.exit_code != 0
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "the old report\n"
    assert leftovers(tmp_path) == []


def test_a_failed_write_is_one_line_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "baseline.json"
    target.write_text("old\n", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writing.os, "fsync", disk_full)
    with pytest.raises(SrccheckError, match="cannot write \\(No space left on device\\)"):
        write_atomically(target, "new\n" * 1000)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert leftovers(tmp_path) == []


def test_an_interrupted_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "report.sarif"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(source: str, destination: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(writing.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert leftovers(tmp_path) == []


def test_a_replaced_file_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path):
    kept = tmp_path / "kept.json"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(0o640)
    write_atomically(kept, "new\n")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() == "new\n"
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "fresh.json", "{}\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "fresh.json").stat().st_mode) == 0o644


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_an_input_is_never_overwritten(runner, tmp_path, option):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "a.txt", option, "a.txt")
    assert result.exit_code == 2
    assert "refusing to overwrite an input article" in one_error_line(result)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_an_unwritable_destination_is_one_line(runner, tmp_path, option):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "a.txt", option, "no/such/dir/out.json")
    assert result.exit_code == 2
    assert "no/such/dir/out.json: cannot write" in one_error_line(result)


def test_sources_init_never_overwrites(runner, tmp_path):
    (tmp_path / "sources.toml").write_text("# mine\n", encoding="utf-8")
    result = invoke(runner, "sources", "init", "sources.toml")
    assert result.exit_code == 2
    assert (tmp_path / "sources.toml").read_text(encoding="utf-8") == "# mine\n"
