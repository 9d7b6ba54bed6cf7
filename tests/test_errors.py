"""The library's errors and exit statuses: defined once, and free of the command line."""

from __future__ import annotations

import errno

import pytest

from srccheck.errors import (
    EXIT_USAGE,
    ConfigError,
    InputError,
    SrccheckError,
    TableError,
    os_error_message,
)


@pytest.mark.parametrize(
    ("error", "what", "action", "words"),
    [
        (
            FileNotFoundError(errno.ENOENT, "No such file or directory"),
            "file",
            "read",
            "no such file",
        ),
        (FileNotFoundError(errno.ENOENT, "x"), "table file", "read", "no such table file"),
        (
            IsADirectoryError(errno.EISDIR, "x"),
            "article file",
            "read",
            "is a directory, not an article file",
        ),
        (PermissionError(errno.EACCES, "Permission denied"), "file", "read", "permission denied"),
        (
            OSError(errno.ELOOP, "Too many levels"),
            "file",
            "read",
            "too many levels of symbolic links",
        ),
        (
            OSError(errno.EIO, "Input/output error"),
            "file",
            "read",
            "cannot read (Input/output error)",
        ),
        (
            FileNotFoundError(errno.ENOENT, "x"),
            "file",
            "write",
            "cannot write (its directory does not exist)",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "file",
            "write",
            "cannot write (No space left on device)",
        ),
    ],
)
def test_one_ladder_turns_os_errors_into_words(error, what, action, words):
    assert os_error_message(error, what, action) == words


def test_library_errors_are_plain_exceptions_with_exit_status_2():
    for error in (
        SrccheckError("x"),
        InputError("x"),
        ConfigError("x"),
        TableError("t", 1, 2, "x"),
    ):
        assert isinstance(error, Exception) and error.exit_code == EXIT_USAGE
        assert not any(c.__module__.startswith("click") for c in type(error).__mro__)
    assert TableError("t.toml", 3, 4, "bad").format_message() == "t.toml:3:4: bad"
