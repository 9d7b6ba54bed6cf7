"""Where ``--output`` and ``--write-baseline`` may write, and what a write may never destroy.

Devices are tested through a pseudo-terminal and a named pipe in a temporary folder, never
through the real ``/dev``: a broken writer must not be able to replace a device node here.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from srccheck import writing

from .conftest import invoke, one_error_line

ARTICLE = "Officials said the bridge had been hit.\n"
OTHER = "A spokesperson for the ministry said the road was closed.\n"


@pytest.fixture
def drafts(runner, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A folder of two articles, found by a directory walk."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text(OTHER, encoding="utf-8")
    return folder


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
@pytest.mark.parametrize("target", ["drafts/a.txt", "drafts/b.md", "./drafts/../drafts/a.txt"])
def test_an_article_found_in_a_walked_folder_is_never_overwritten(runner, drafts, option, target):
    result = invoke(runner, "drafts", option, target)
    assert result.exit_code == 2
    assert "refusing to overwrite an input article" in one_error_line(result)
    assert (drafts / "a.txt").read_text(encoding="utf-8") == ARTICLE
    assert (drafts / "b.md").read_text(encoding="utf-8") == OTHER


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_a_symbolic_or_hard_link_to_an_article_is_never_written_through(
    runner, drafts, tmp_path, option
):
    (tmp_path / "soft.json").symlink_to(drafts / "a.txt")
    os.link(drafts / "b.md", tmp_path / "hard.json")
    for link in ("soft.json", "hard.json"):
        result = invoke(runner, "drafts", option, link)
        assert result.exit_code == 2, link
        assert "refusing to overwrite an input article" in one_error_line(result)
    assert (drafts / "a.txt").read_text(encoding="utf-8") == ARTICLE
    assert (drafts / "b.md").read_text(encoding="utf-8") == OTHER
    assert (tmp_path / "soft.json").is_symlink()


def test_a_symbolic_link_is_followed_and_kept(runner, drafts, tmp_path):
    (tmp_path / "reports").mkdir()
    target = tmp_path / "reports" / "real.json"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    (tmp_path / "link.json").symlink_to(target)
    result = invoke(runner, "drafts", "--output", "link.json", "--exit-zero")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not [p for p in (tmp_path / "reports").iterdir() if p.name.endswith(".tmp")]


def test_a_named_pipe_is_written_to_and_stays_a_pipe(runner, drafts, tmp_path):
    pipe = tmp_path / "report.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    result = invoke(runner, "drafts", "--output", str(pipe), "--format", "json", "--exit-zero")
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert json.loads(received[0])["schema_version"] == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_named_pipe_nobody_reads_is_one_line_and_nothing_else_is_written(
    runner, drafts, tmp_path, monkeypatch
):
    monkeypatch.setattr(writing, "FIFO_WAIT_SECONDS", 0.2)
    pipe = tmp_path / "nobody.pipe"
    os.mkfifo(pipe)
    (tmp_path / "report.json").write_text("old\n", encoding="utf-8")
    result = invoke(
        runner, "drafts", "--output", "report.json", "--write-baseline", str(pipe), "--exit-zero"
    )
    assert result.exit_code == 2
    assert "nothing read from" in one_error_line(result)
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "old\n"
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_character_device_behind_a_link_is_written_in_place(runner, drafts, tmp_path):
    leader, follower = os.openpty()
    try:
        terminal = os.ttyname(follower)
        (tmp_path / "tty").symlink_to(terminal)
        result = invoke(runner, "drafts", "--output", "tty", "--format", "line", "--exit-zero")
        assert result.exit_code == 0, result.output
        assert stat.S_ISCHR(os.stat(terminal).st_mode)
        assert (tmp_path / "tty").is_symlink()
        assert b"drafts" in os.read(leader, 65536)
    finally:
        os.close(follower)
        os.close(leader)


def test_a_directory_or_socket_is_refused_in_one_line(runner, drafts, tmp_path):
    (tmp_path / "folder").mkdir()
    result = invoke(runner, "drafts", "--output", "folder", "--exit-zero")
    assert result.exit_code == 2
    assert "is a directory" in result.stderr and (tmp_path / "folder").is_dir()
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock"))
        result = invoke(runner, "drafts", "--write-baseline", "sock", "--exit-zero")
    finally:
        server.close()
    assert result.exit_code == 2
    assert "not a regular file, character device or named pipe" in one_error_line(result)
    assert stat.S_ISSOCK(os.lstat(tmp_path / "sock").st_mode)


def test_nothing_is_written_when_an_input_cannot_be_read(runner, drafts, tmp_path):
    (tmp_path / "report.json").write_text("old report\n", encoding="utf-8")
    (tmp_path / "base.json").write_text("old baseline\n", encoding="utf-8")
    result = invoke(
        runner,
        "drafts",
        "missing.txt",
        "--output",
        "report.json",
        "--write-baseline",
        "base.json",
        "--exit-zero",
    )
    assert result.exit_code == 2
    assert "not written" in result.stderr
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "old report\n"
    assert (tmp_path / "base.json").read_text(encoding="utf-8") == "old baseline\n"


def test_report_and_baseline_are_written_both_or_neither(runner, drafts, tmp_path):
    (tmp_path / "report.json").write_text("old report\n", encoding="utf-8")
    result = invoke(
        runner,
        "drafts",
        "--output",
        "report.json",
        "--write-baseline",
        "no/such/dir/base.json",
        "--exit-zero",
    )
    assert result.exit_code == 2
    assert "no/such/dir/base.json: cannot write" in one_error_line(result)
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "old report\n"
    both = invoke(
        runner, "drafts", "--output", "report.json", "--write-baseline", "base.json", "--exit-zero"
    )
    assert both.exit_code == 0, both.output
    assert json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))["fingerprints"]
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["articles"]


def test_report_and_baseline_cannot_share_a_file(runner, drafts, tmp_path):
    result = invoke(
        runner, "drafts", "--output", "same.json", "--write-baseline", "./same.json", "--exit-zero"
    )
    assert result.exit_code == 2
    assert "cannot share a file" in one_error_line(result)
    assert not (tmp_path / "same.json").exists()


def test_an_open_descriptor_path_is_appended_to_not_replaced(runner, drafts, tmp_path):
    log = tmp_path / "log.txt"
    log.write_text("earlier output\n", encoding="utf-8")
    inode = log.stat().st_ino
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        target = f"/proc/self/fd/{descriptor}"
        result = invoke(runner, "drafts", "--output", target, "--format", "line", "--exit-zero")
    finally:
        os.close(descriptor)
    assert result.exit_code == 0, result.output
    assert log.stat().st_ino == inode
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier output\n") and "drafts" in text
