"""Errors srccheck reports to the user as one line and an exit code, never a traceback.

The library raises these; the command line (``srccheck.cli``) turns them into a line on
stderr and the exit status. Nothing here depends on click, so the library can be used, and
its errors caught, without the command line.
"""

from __future__ import annotations

import errno

#: Exit statuses, defined once for the library and the command line.
EXIT_PASSED = 0
"""Checked, and the gate passed."""
EXIT_FAILED = 1
"""The gate (``--fail-on``, ``--fail-under``) failed."""
EXIT_USAGE = 2
"""Usage error, unreadable input, broken table or configuration."""
EXIT_INTERNAL = 3
"""A bug in srccheck itself."""
EXIT_SIGNAL_BASE = 128
"""A run stopped by signal N exits 128 + N, as a shell reports it (SIGINT 130, SIGTERM 143)."""


class SrccheckError(Exception):
    """A problem with the user's input, table or configuration: exit status 2."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def format_message(self) -> str:
        """The one line shown to the user (without the ``srccheck: error:`` prefix)."""
        return self.message


class InputError(SrccheckError):
    """An article could not be read (missing, unreadable, binary, wrong encoding)."""


class TableError(SrccheckError):
    """A reliability table is broken; the message names the file, line and column."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.problem = message
        super().__init__(f"{path}:{line}:{column}: {message}")


class ConfigError(SrccheckError):
    """A configuration file or setting is invalid."""


def os_error_message(exc: OSError, what: str = "file", action: str = "read") -> str:
    """Why a file could not be read or written, in a few words (``permission denied``).

    ``what`` names the kind of file for the cases that need it ("is a directory, not a
    configuration file"), ``action`` what was attempted ("cannot write (…)"). This is the
    one place an `OSError` becomes words for the user.
    """
    if action != "read":
        missing = isinstance(exc, FileNotFoundError)
        reason = "its directory does not exist" if missing else exc.strerror or exc
        return f"cannot {action} ({reason})"
    if isinstance(exc, FileNotFoundError):
        return f"no such {what}"
    if isinstance(exc, IsADirectoryError):
        return f"is a directory, not a{'n' if what[:1] in 'aeiou' else ''} {what}"
    if isinstance(exc, NotADirectoryError):
        return "a part of the path is not a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return f"cannot {action} ({exc.strerror or exc})"
