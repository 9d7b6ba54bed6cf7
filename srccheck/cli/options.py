"""Options shared by several commands: configuration and the reliability tables to load."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from srccheck.cli.settings import setup_from_options
from srccheck.report.text import message
from srccheck.setup import RunSetup
from srccheck.table import SourceTable

F = TypeVar("F", bound=Callable[..., Any])


def config_options(function: F) -> F:
    """Add ``--config PATH`` and ``--isolated`` to a command."""
    function = click.option(
        "--isolated",
        is_flag=True,
        help="Ignore configuration files, SRCCHECK_* variables and tables found by searching.",
    )(function)
    function = click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Configuration file (default: found by walking up; also SRCCHECK_CONFIG).",
    )(function)
    return function


def table_options(function: F) -> F:
    """Add ``--sources PATH`` (repeatable) and ``--no-default-sources`` to a command."""
    function = click.option(
        "--no-default-sources",
        is_flag=True,
        help="Do not load srccheck's built-in table, only the tables you name.",
    )(function)
    function = click.option(
        "--sources",
        "sources_paths",
        multiple=True,
        type=click.Path(path_type=Path, dir_okay=False),
        metavar="PATH",
        help="A sources.toml layered over the others (repeatable; also SRCCHECK_SOURCES).",
    )(function)
    return function


def setup_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command the table and configuration options, and call it with ``setup=``, the
    `RunSetup` they resolve to, instead of them (as ``srccheck check`` resolves it)."""
    names = ("sources_paths", "no_default_sources", "config_path", "isolated")

    @functools.wraps(function)
    def with_setup(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(name) for name in names}
        setup = setup_from_options(click.get_current_context(), (), given)
        return function(*args, setup=setup, **kwargs)

    return table_options(config_options(with_setup))


def load_table(setup: RunSetup) -> SourceTable:
    """Load the setup's layered table (raises `TableError`); its warnings go to stderr."""
    table = setup.load_table()
    for warning in table.warnings:
        click.echo(f"srccheck: warning: {message(warning)}", err=True)
    return table
