"""``srccheck sources …``: inspect, look up, validate and start reliability tables."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from srccheck.cli.options import load_table, setup_options
from srccheck.errors import EXIT_USAGE, SrccheckError
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
@click.option("--country", help="Only entries of this country (ISO 3166 alpha-2, e.g. UA).")
@click.option("--tag", help="Only entries with this tag.")
@click.option("--dataset", help="Only entries whose provenance names this dataset (see stats).")
@click.option("--min-score", type=click.IntRange(0, 100), help="Only scores at or above this.")
@click.option("--max-score", type=click.IntRange(0, 100), help="Only scores at or below this.")
@click.option(
    "--limit",
    type=click.IntRange(0),
    help="Show at most this many (0: all). Default: 50 in the table format, all in JSON.",
)
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many first.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "ids", "json"]),
    default="table",
    show_default=True,
    help="table for people, ids for one id per line, json for scripts.",
)
@setup_options
def list_sources(
    kind: str | None,
    country: str | None,
    tag: str | None,
    dataset: str | None,
    min_score: int | None,
    max_score: int | None,
    limit: int | None,
    offset: int,
    fmt: str,
    setup: RunSetup,
) -> None:
    """List the entries of the effective (layered) table, filtered and a page at a time."""
    table = load_table(setup)
    wanted = EntryFilter(kind, country, tag, dataset, min_score, max_score)
    entries = sorted(
        (e for e in table.all_entries() if wanted.accepts(e)),
        key=lambda e: (e.kind.value, e.name.casefold(), e.id),
    )
    if limit is None:
        limit = 0 if fmt == "json" else DEFAULT_PAGE
    page = entries[offset : offset + limit] if limit else entries[offset:]
    if fmt == "json":
        click.echo(json.dumps([entry_dict(e) for e in page], ensure_ascii=False, indent=2))
        return
    if fmt == "ids":
        for entry in page:
            click.echo(plain(entry.id))
        return
    shown = (
        f"{offset + 1}-{offset + len(page)} of {len(entries)}" if page else f"0 of {len(entries)}"
    )
    click.echo(f"sources {shown}")
    # Plain aligned lines, the id first and never wrapped, so it can be copied as it stands.
    width = max((len(entry.id) for entry in page), default=2)
    click.echo(f"{'id':<{width}}  score  kind        country  name")
    for entry in page:
        letter = band(entry.score)[1]
        line = (
            f"{entry.id:<{width}}  {entry.score:>3} {letter}  "
            f"{entry.kind.value:<10}  {entry.country or '-':<7}  {entry.name}"
        )
        click.echo(plain(line))  # table strings are data
    if offset + len(page) < len(entries):
        click.echo(
            f"{len(entries) - offset - len(page)} more: --offset {offset + len(page)} "
            "for the next page, --limit 0 for all",
            err=True,
        )


#: Entries per page of ``sources list`` in the table format.
DEFAULT_PAGE = 50


@dataclass(frozen=True)
class EntryFilter:
    """Which entries ``sources list`` shows."""

    kind: str | None = None
    country: str | None = None
    tag: str | None = None
    dataset: str | None = None
    min_score: int | None = None
    max_score: int | None = None

    def accepts(self, entry: Entry) -> bool:
        """Whether ``entry`` passes every filter given."""
        return (
            (self.kind is None or entry.kind.value == self.kind)
            and (self.country is None or (entry.country or "").upper() == self.country.upper())
            and (self.tag is None or self.tag in entry.tags)
            and (self.dataset is None or self.dataset in entry.sources)
            and (self.min_score is None or entry.score >= self.min_score)
            and (self.max_score is None or entry.score <= self.max_score)
        )


@sources.command("show")
@click.argument("name_or_id")
@setup_options
def show_source(name_or_id: str, setup: RunSetup) -> None:
    """Show everything about one entry: its facts, their provenance, and where it is defined."""
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
    datasets = table.datasets()
    lines = [
        ("id", entry.id),
        ("name", entry.name),
        ("kind", entry.kind.value),
        ("score", f"{entry.score} ({letter}, {label})"),
        ("basis", entry.basis),
        ("reviewed", entry.reviewed),
        ("sources", ", ".join(entry.sources) or "(none given)"),
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
    for name in entry.sources:
        described = datasets.get(name)
        if described:
            click.echo(f"{'':<{width}}  {plain(name)}: {plain(described)}")


@sources.command("stats")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@setup_options
def stats_sources(fmt: str, setup: RunSetup) -> None:
    """Count the effective table's entries by kind, origin dataset and review date."""
    table = load_table(setup)
    counts = table_stats(table.all_entries())
    if fmt == "json":
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    click.echo(f"entries: {counts['entries']}")
    click.echo(f"matchable by name or alias: {counts['name_matchable']}")
    click.echo(f"domain-only outlets: {counts['domain_only']}")
    click.echo(
        "missing: " + ", ".join(f"{key} {value}" for key, value in counts["missing"].items())
    )
    for title, key in (
        ("by kind", "by_kind"),
        ("by origin dataset", "by_dataset"),
        ("by layer", "by_layer"),
        ("by review date (year-month)", "by_reviewed"),
    ):
        click.echo(f"{title}:")
        group: dict[str, int] = counts[key]
        width = max((len(name) for name in group), default=0)
        for name, count in group.items():
            click.echo(plain(f"  {name:<{width}}  {count}"))


def table_stats(entries: list[Entry]) -> dict[str, Any]:
    """Counts over ``entries`` for ``sources stats``."""
    by_kind: Counter[str] = Counter(e.kind.value for e in entries)
    by_dataset: Counter[str] = Counter(name for e in entries for name in e.sources)
    by_layer: Counter[str] = Counter(e.origin.path for e in entries)
    by_reviewed: Counter[str] = Counter(e.reviewed[:7] for e in entries)
    domain_only = sum(1 for e in entries if "domain-only" in e.tags)
    return {
        "entries": len(entries),
        "name_matchable": len(entries) - domain_only,
        "domain_only": domain_only,
        "missing": {
            "basis": sum(1 for e in entries if not e.basis.strip()),
            "reviewed": sum(1 for e in entries if not e.reviewed),
            "provenance": sum(1 for e in entries if not e.sources),
        },
        "by_kind": dict(by_kind.most_common()),
        "by_dataset": dict(by_dataset.most_common()),
        "by_layer": dict(by_layer.most_common()),
        "by_reviewed": dict(sorted(by_reviewed.items(), reverse=True)),
    }


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
    from srccheck.table import (
        DEFAULT_ORIGIN,
        check_affiliations,
        default_table_path,
        generated_layer,
        merge_layers,
    )

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
        with_default = not no_default_sources
        table = merge_layers(base + parsed, base=generated_layer() if with_default else None)
        problems = check_affiliations(table)
        for warning in table.warnings:
            click.echo(f"warning: {message(warning)}", err=True)
    for problem in problems:
        click.echo(message(str(problem)), err=True)
    if problems:
        raise click.exceptions.Exit(EXIT_USAGE)
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
        "sources": list(entry.sources),
        "origin": {"path": entry.origin.path, "line": entry.origin.line},
    }


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False, emoji=False, markup=False)
