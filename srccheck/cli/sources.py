"""``srccheck sources …``: inspect, look up, validate and start reliability tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from srccheck.cli.options import load_table, setup_options
from srccheck.errors import SrccheckError
from srccheck.model import ENTRY_KINDS, Entry, Match
from srccheck.report.text import message, plain
from srccheck.setup import RunSetup
from srccheck.table import read_layer
from srccheck.table.bands import band
from srccheck.table.starter import STARTER_TABLE
from srccheck.writing import write_atomically


@click.group()
def sources() -> None:
    """Inspect and maintain the reliability table (sources.toml)."""


@sources.command("list")
@click.option("--kind", type=click.Choice([k.value for k in ENTRY_KINDS]), help="Only this kind.")
@click.option("--tag", help="Only entries with this tag.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@setup_options
def list_sources(
    kind: str | None,
    tag: str | None,
    fmt: str,
    setup: RunSetup,
) -> None:
    """List the entries of the effective (layered) table."""
    table = load_table(setup)
    entries = [
        e
        for e in sorted(table.entries.values(), key=lambda e: (e.kind.value, e.name.casefold()))
        if (kind is None or e.kind.value == kind) and (tag is None or tag in e.tags)
    ]
    if fmt == "json":
        click.echo(json.dumps([entry_dict(e) for e in entries], ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    grid = Table(title=f"{len(entries)} sources", title_justify="left", expand=False)
    for column in ("id", "name", "kind", "score", "rating", "tags"):
        grid.add_column(column, overflow="fold")
    for entry in entries:
        label, letter = band(entry.score)
        cells = (entry.id, entry.name, entry.kind.value, str(entry.score), f"{letter} {label}")
        grid.add_row(*map(plain, (*cells, ", ".join(entry.tags))))  # table strings are data
    _console().print(grid)


@sources.command("show")
@click.argument("name_or_id")
@setup_options
def show_source(name_or_id: str, setup: RunSetup) -> None:
    """Show everything about one entry, including the file and line it came from."""
    table = load_table(setup)
    entry = table.get(name_or_id)
    if entry is None:
        match = table.resolve(name_or_id)
        entry = match.entry if match else None
    if entry is None:
        suggestions = ", ".join(m.entry.id for m in table.lookup(name_or_id, limit=3))
        hint = f" (closest: {suggestions})" if suggestions else ""
        raise SrccheckError(f"no source matches {name_or_id!r}{hint}")
    label, letter = band(entry.score)
    lines = [
        ("id", entry.id),
        ("name", entry.name),
        ("kind", entry.kind.value),
        ("score", f"{entry.score} ({letter}, {label})"),
        ("basis", entry.basis),
        ("reviewed", entry.reviewed),
        ("aliases", ", ".join(entry.aliases)),
        ("domains", ", ".join(entry.domains)),
        ("handles", ", ".join(entry.handles)),
        ("country", entry.country or ""),
        ("tags", ", ".join(entry.tags)),
        ("affiliation", entry.affiliation or ""),
        ("role", entry.role or ""),
        ("notes", entry.notes or ""),
        ("defined in", str(entry.origin)),
    ]
    width = max(len(key) for key, _ in lines)
    for key, value in lines:
        if value:
            click.echo(f"{key:<{width}}  {plain(value)}")


@sources.command("lookup")
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 50), default=5, show_default=True)
@setup_options
def lookup_source(text: str, limit: int, setup: RunSetup) -> None:
    """Show how TEXT (a name, link or handle) resolves: best matches, method and similarity.

    Exits 0 whether or not anything matches, and says "no match" when nothing does.
    """
    table = load_table(setup)
    matches = table.lookup(text, limit=limit)
    if not matches:
        click.echo(f"no match for {text!r}")
        return
    for match in matches:
        click.echo(plain(_match_line(match)))


def _match_line(match: Match) -> str:
    entry = match.entry
    return (
        f"{entry.id}  {entry.name} ({entry.kind.value}, score {entry.score})  "
        f"via {match.method} {match.matched!r}, similarity {match.similarity:.0f}"
    )


@sources.command("validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@setup_options
def validate_sources(files: tuple[Path, ...], setup: RunSetup) -> None:
    """Check table files (default: every layer of the effective table); list every problem."""
    from srccheck.table import DEFAULT_ORIGIN, check_affiliations, default_table_path, merge_layers

    no_default_sources = not setup.use_default_table
    paths = list(files) if files else list(setup.table_files)
    parsed = [read_layer(path) for path in paths]
    if not no_default_sources and not files:
        parsed.insert(0, read_layer(default_table_path(), DEFAULT_ORIGIN))
    problems = [problem for layer in parsed for problem in layer.problems]
    if not problems:
        # Affiliations may point into the built-in table, so check them over the layers.
        base = (
            []
            if no_default_sources or not files
            else [read_layer(default_table_path(), DEFAULT_ORIGIN)]
        )
        table = merge_layers(base + parsed)
        problems = check_affiliations(table)
        for warning in table.warnings:
            click.echo(f"warning: {message(warning)}", err=True)
    for problem in problems:
        click.echo(message(str(problem)), err=True)
    if problems:
        raise click.exceptions.Exit(2)
    count = sum(len(layer.entries) for layer in parsed)
    click.echo(f"ok: {len(parsed)} table file(s), {count} entries, no problems")


@sources.command("init")
@click.argument("path", type=click.Path(path_type=Path), default=Path("sources.toml"))
def init_sources(path: Path) -> None:
    """Write a commented starter table for a newsroom (never overwrites a file)."""
    if path.exists():
        raise SrccheckError(f"{path}: already exists; srccheck sources init never overwrites")
    write_atomically(path, STARTER_TABLE)
    click.echo(f"wrote {message(str(path))}: a starter table that extends srccheck's default")


def entry_dict(entry: Entry) -> dict[str, Any]:
    """An entry as plain JSON data (every field, plus its rating band and origin)."""
    label, letter = band(entry.score)
    return {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind.value,
        "score": entry.score,
        "label": label,
        "letter": letter,
        "basis": entry.basis,
        "reviewed": entry.reviewed,
        "aliases": list(entry.aliases),
        "domains": list(entry.domains),
        "handles": list(entry.handles),
        "country": entry.country,
        "tags": list(entry.tags),
        "notes": entry.notes,
        "affiliation": entry.affiliation,
        "role": entry.role,
        "origin": {"path": entry.origin.path, "line": entry.origin.line},
    }


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False, emoji=False, markup=False)
