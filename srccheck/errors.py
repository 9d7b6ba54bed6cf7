"""Errors srccheck reports to the user as one line and an exit code, never a traceback."""

from __future__ import annotations

import click


class SrccheckError(click.ClickException):
    """A problem with the user's input, table or configuration: exit status 2."""

    exit_code = 2


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
