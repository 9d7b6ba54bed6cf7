"""``srccheck stats OUT``: sourcing shares and most-cited sources from ``srccheck batch``."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import click

from srccheck.cli.batch import require_extra

GROUPINGS = ("outlet", "folder", "month")
STATS_HINT = "srccheck stats needs the dask extra: pip install 'srccheck[dask]'"
PLOT_HINT = "a chart needs the plot extra: pip install 'srccheck[plot]'"

_SHARE_COLUMNS = (
    ("articles", "articles"),
    ("failed", "failed"),
    ("attributions", "attrib."),
    ("anonymous_share", "anon."),
    ("vague_share", "vague"),
    ("anonymous_or_vague_share", "either"),
    ("low_rated_carrier_share", "low carrier"),
    ("mean_score", "score"),
)
_SOURCE_COLUMNS = (
    ("source", "source"),
    ("kind", "kind"),
    ("category", "category"),
    ("rating", "rating"),
    ("letter", "letter"),
    ("attributions", "attrib."),
    ("articles", "articles"),
)


@click.command()
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--by",
    multiple=True,
    type=click.Choice(GROUPINGS),
    help="Group by outlet, folder or month (repeat to combine, e.g. --by outlet --by month).",
)
@click.option(
    "--folder-depth",
    type=click.IntRange(1, 50),
    default=1,
    show_default=True,
    help="Folder levels that make a group with --by folder.",
)
@click.option(
    "--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="Sources listed."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table for people; csv and json for scripts.",
)
@click.option(
    "--view",
    type=click.Choice(["shares", "sources", "both"]),
    default="both",
    show_default=True,
    help="What to print (csv prints one: shares unless 'sources').",
)
@click.option(
    "--chart",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also draw the shares by month to FILE (.png or .svg; the plot extra).",
)
def stats(
    out: Path,
    by: tuple[str, ...],
    folder_depth: int,
    top: int,
    fmt: str,
    view: str,
    chart: Path | None,
) -> None:
    """Sourcing of the archive in OUT: anonymous and vague shares, low-rated carriers, the
    most-cited sources and their ratings, by outlet, folder or month.

    \b
    Outlet and date come from the run's metadata (JSON Lines fields, --metadata CSV,
    front matter, or a date in the path); articles without one are 'unknown'.
    """
    require_extra("pyarrow", "pandas", hint=STATS_HINT)
    if chart is not None:
        require_extra("matplotlib", hint=PLOT_HINT)
    from srccheck.archive.stats import compute

    result = compute(out, by, folder_depth=folder_depth, top=top)
    if fmt == "json":
        document = {"by": list(result.by), "groups": result.groups, "sources": result.sources}
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        rows = result.sources if view == "sources" else result.groups
        click.echo(_csv(rows, list(result.by)), nl=False)
    else:
        _tables(result, view)
    if chart is not None:
        _chart(out, by, folder_depth, chart)


def _csv(rows: list[dict[str, Any]], keys: list[str]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        buffer.write(",".join(keys) + "\n")
    return buffer.getvalue()


def _tables(result: Any, view: str) -> None:
    from rich.console import Console
    from rich.table import Table

    # Piped, the table keeps a readable width instead of rich's 80 columns.
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
    keys = list(result.by)
    if view in ("shares", "both"):
        title = "Sourcing by " + (" and ".join(keys) or "archive")
        table = Table(title=title, title_justify="left")
        for name in [*keys, *(title for _, title in _SHARE_COLUMNS)]:
            table.add_column(name, justify="left" if name in keys else "right", no_wrap=True)
        for row in result.groups:
            table.add_row(*[_cell(row, c) for c in [*keys, *(c for c, _ in _SHARE_COLUMNS)]])
        console.print(table)
    if view in ("sources", "both"):
        table = Table(title="Most-cited sources", title_justify="left")
        for name in [*keys, *(title for _, title in _SOURCE_COLUMNS)]:
            numeric = name in ("rating", "attrib.", "articles")
            table.add_column(name, justify="right" if numeric else "left", no_wrap=name in keys)
        for row in result.sources:
            table.add_row(*[_cell(row, c) for c in [*keys, *(c for c, _ in _SOURCE_COLUMNS)]])
        console.print(table)


def _cell(row: dict[str, Any], column: str) -> str:
    """Shares as percentages, missing values as a dash, text escaped for rich."""
    from rich.markup import escape

    value = row[column]
    if value is None:
        return "–"
    if column.endswith("_share"):
        return f"{value * 100:.1f}%"
    return escape(str(value))


def _chart(out: Path, by: tuple[str, ...], folder_depth: int, path: Path) -> None:
    from srccheck.archive.chart import draw_trends
    from srccheck.archive.stats import compute

    series = next((key for key in by if key != "month"), None)
    monthly = compute(out, [k for k in (series, "month") if k], folder_depth=folder_depth, top=1)
    draw_trends(monthly.groups, series, path)
    click.echo(f"srccheck: chart written to {path}", err=True)
    sys.stderr.flush()
