"""Bad input files: a clear one-line error or a correct report, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from srccheck import inputs
from srccheck.engine import check_paths
from srccheck.errors import InputError
from srccheck.inputs import parse_size, read_input
from srccheck.reading import decode_article
from srccheck.table import default_table

from .conftest import invoke, one_error_line

ARTICLE = "Officials said the bridge had been hit. Reuters reported the same, citing a source.\n"


def sources_of(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The source names in a JSON report printed by a run."""
    report = json.loads(result.stdout)
    return [s["name"] for article in report["articles"] for s in article["sources"]]


# -- empty, blank and oversized ---------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "   \n\t\n  \r\n"])
def test_empty_and_blank_files_give_an_empty_report(runner, tmp_path, content):
    (tmp_path / "blank.txt").write_text(content, encoding="utf-8")
    result = invoke(runner, "blank.txt", "-f", "json")
    assert result.exit_code == 0
    assert sources_of(result) == [] and result.stderr == ""


def test_a_50_mb_file_is_refused_without_being_read(runner, tmp_path):
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the size is checked before any read
    result = invoke(runner, "huge.txt")
    assert result.exit_code == 2
    assert one_error_line(result) == (
        "srccheck: error: huge.txt: larger than the 10 MiB limit (raise it with --max-size)"
    )


@pytest.mark.parametrize(
    "how",
    [("--max-size", "1K"), ("--max-size", "1024"), ("env", "1k"), ("config", '"1KiB"')],
)
def test_the_size_limit_is_configurable_everywhere(runner, tmp_path, monkeypatch, how):
    (tmp_path / "a.txt").write_text(ARTICLE * 20, encoding="utf-8")  # about 1.7 KB
    args = ["a.txt"]
    if how[0] == "env":
        monkeypatch.setenv("SRCCHECK_MAX_SIZE", how[1])
    elif how[0] == "config":
        (tmp_path / "srccheck.toml").write_text(f"max_size = {how[1]}\n", encoding="utf-8")
    else:
        args += list(how)
    result = invoke(runner, *args)
    assert result.exit_code == 2 and "larger than the 1 KiB limit" in one_error_line(result)


def test_stdin_over_the_limit_is_refused(runner):
    result = invoke(runner, "-", "--max-size", "100", input=ARTICLE * 3)
    assert result.exit_code == 2 and "<stdin>: larger than the 100 bytes limit" in result.stderr


@pytest.mark.parametrize(
    ("text", "size"),
    [("123", 123), ("512K", 512 * 1024), ("20M", 20 * 1024**2), ("1.5 GiB", 3 * 1024**3 // 2)],
)
def test_sizes_read_like_people_write_them(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "-1", "0", "10 MX"])
def test_bad_sizes_are_refused(text):
    with pytest.raises(ValueError):
        parse_size(text)


def test_a_single_5_mb_line_gives_a_correct_report(runner, tmp_path):
    sentence = "Officials said the bridge at Kherson was hit, according to TASS. "
    chunk = sentence + " " * (100_000 - len(sentence))
    (tmp_path / "line.txt").write_text(chunk * 50, encoding="utf-8")  # 5,000,000 characters
    result = invoke(runner, "line.txt", "-f", "json")
    assert result.exit_code == 0  # anonymous officials are warnings, below the default gate
    [article] = json.loads(result.stdout)["articles"]
    mentions = [
        (m["line"], m["column"])
        for s in article["sources"]
        for m in s["mentions"]
        if s["class"] == "unnamed-official"
    ]
    assert len(mentions) == 50
    assert mentions[-1] == (1, 49 * 100_000 + 1)
    terminal = invoke(runner, "line.txt", "-f", "terminal", "--width", "100")
    assert len(terminal.stdout) < 200_000  # excerpts, never the 5 MB line


# -- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"])
def test_utf16_with_or_without_a_bom_and_utf8_with_a_bom(runner, tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode(encoding))
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    assert (
        sources_of(invoke(runner, "a.txt", "-f", "json"))
        == sources_of(invoke(runner, "b.txt", "-f", "json"))
        != []
    )


def test_cyrillic_utf16_without_a_bom():
    text = "Рыбарь написал, что мост разрушен. Officials said so.\n"
    assert decode_article(text.encode("utf-16-le"), "a.txt") == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"caf\xe9 au lait, officials said\n", "not valid UTF-8 (byte 0xe9 at offset 3)"),
        (b"Officials said\x00 it.\n", "looks like a binary file (NUL byte at offset 14)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks like a binary file"),
        (bytes(range(1, 32)) * 20, "looks like a binary file, not text"),
        (b"\xff\xfeO\x00\x00\xd8", "invalid UTF-16"),
    ],
)
def test_undecodable_files_are_one_line(runner, tmp_path, data, message):
    (tmp_path / "bad.txt").write_bytes(data)
    result = invoke(runner, "bad.txt")
    assert result.exit_code == 2
    line = one_error_line(result)
    assert line.startswith("srccheck: error: bad.txt: ") and message in line


# -- paths that are not plain files -----------------------------------------------------------


def test_a_directory_given_as_a_file_is_walked_and_a_missing_path_is_one_line(runner, tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert invoke(runner, "drafts", "-f", "json").exit_code == 0
    result = invoke(runner, "nowhere.txt")
    assert result.exit_code == 2
    assert one_error_line(result) == "srccheck: error: nowhere.txt: no such file"


def test_reading_a_directory_as_an_article_is_one_error():
    with pytest.raises(InputError, match="is a directory"):
        read_input(".")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_read_once_something_writes_to_it(runner, tmp_path):
    os.mkfifo(tmp_path / "pipe")

    def writer() -> None:
        time.sleep(0.2)
        with open(tmp_path / "pipe", "w", encoding="utf-8") as handle:
            handle.write(ARTICLE)

    thread = threading.Thread(target=writer)
    thread.start()
    result = invoke(runner, "pipe", "-f", "json")
    thread.join()
    assert result.exit_code == 0 and "Reuters" in sources_of(result)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_nobody_writes_to_does_not_hang(runner, tmp_path, monkeypatch):
    os.mkfifo(tmp_path / "pipe")
    monkeypatch.setattr(inputs, "FIFO_WAIT_SECONDS", 0.2)
    result = invoke(runner, "pipe")
    assert result.exit_code == 2
    assert "a named pipe that nothing wrote to within 0.2 s" in one_error_line(result)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_inside_a_directory_is_skipped(runner, tmp_path):
    (tmp_path / "drafts").mkdir()
    os.mkfifo(tmp_path / "drafts" / "pipe.txt")
    (tmp_path / "drafts" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "drafts", "-f", "json")
    assert [a["path"] for a in json.loads(result.stdout)["articles"]] == ["drafts/a.txt"]


def test_a_file_without_read_permission_is_one_line(runner, tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # running as root: permissions do not stop us, so simulate
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refuse)
    result = invoke(runner, "secret.txt")
    path.chmod(0o644)
    assert result.exit_code == 2
    assert one_error_line(result) == "srccheck: error: secret.txt: permission denied"


def test_a_file_that_disappears_mid_run_is_an_error_and_the_rest_is_checked(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE, encoding="utf-8")

    def delete_the_next(done: int, total: int) -> None:
        if done == 1:
            second.unlink()

    report = check_paths([str(tmp_path)], table=default_table(), progress=delete_the_next)
    assert [a.path for a in report.articles] == [str(first)]
    [failure] = report.errors
    assert failure.path == str(second) and "no such file" in failure.message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symlink_loop_inside_a_directory_is_walked_once(runner, tmp_path):
    (tmp_path / "drafts" / "a").mkdir(parents=True)
    (tmp_path / "drafts" / "a" / "up").symlink_to("..")
    (tmp_path / "drafts" / "a" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "drafts", "-f", "json")
    assert [a["path"] for a in json.loads(result.stdout)["articles"]] == ["drafts/a/x.txt"]
