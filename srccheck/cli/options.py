"""Options shared by several commands: which reliability tables to load."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from srccheck.table import SourceTable, load_table

F = TypeVar("F", bound=Callable[..., Any])


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


def table_from_options(
    sources_paths: tuple[Path, ...], no_default_sources: bool, search_from: Path | None = None
) -> SourceTable:
    """Load the layered table the options ask for (raises `TableError` on a broken table)."""
    table = load_table(
        sources_paths,
        use_default=not no_default_sources,
        search_from=search_from if search_from is not None else Path.cwd(),
    )
    for warning in table.warnings:
        click.echo(f"srccheck: warning: {warning}", err=True)
    return table
