"""``srccheck batch PATH… --output OUT``: check an archive on Dask, write Parquet."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from srccheck.cli.options import config_options, load_table, table_options
from srccheck.cli.settings import setup_from_options
from srccheck.errors import EXIT_USAGE, SrccheckError
from srccheck.setup import RunSetup

INSTALL_HINT = "srccheck batch needs the dask extra: pip install 'srccheck[dask]'"


def require_extra(*modules: str, hint: str = INSTALL_HINT) -> None:
    """Exit 2 with one line saying how to install when an optional module is missing."""
    from importlib.util import find_spec

    if any(find_spec(module) is None for module in modules):
        raise SrccheckError(hint)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Directory for the Parquet output (articles/, attributions/); reused to resume.",
)
@click.option("--scheduler", metavar="ADDRESS", help="A Dask scheduler, e.g. tcp://host:8786.")
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(1, 512),
    default=lambda: os.cpu_count() or 1,
    show_default="one per core",
    help="Worker processes of the local cluster (ignored with --scheduler).",
)
@click.option(
    "--partition-size",
    type=click.IntRange(1, 100_000),
    help="Articles per partition [fitted to the run, at most 100].",
)
@click.option(
    "--metadata",
    "metadata_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="CSV with an id or path column and outlet, date columns.",
)
@click.option("--select", multiple=True, help="Run only these rules (ID, name or prefix).")
@click.option("--ignore", multiple=True, help="Do not run these rules.")
@click.option("--include", multiple=True, help="Globs read inside directories.")
@click.option("--max-size", metavar="SIZE", help="Largest article file [10M].")
@config_options
@table_options
@click.pass_context
def batch(ctx: click.Context, /, paths: tuple[str, ...], **given: Any) -> None:
    """Check every article under PATHS on Dask and write Parquet under --output.

    PATHS are article files, directories, and JSON Lines files with one article per
    line ({"id", "text", "outlet", "date"}). A run that stops can be started again with
    the same command: articles already written are skipped.

    \b
    Exit status: 0 all written, 2 bad input or some articles could not be checked.
    """
    require_extra("dask", "distributed", "pyarrow")
    from srccheck.archive.inputs import ARCHIVE_INCLUDE, list_refs
    from srccheck.archive.metadata import read_metadata_csv
    from srccheck.archive.run import run_on_dask
    from srccheck.archive.store import prepare

    run, setup = _setup(ctx, paths, given)
    metadata = read_metadata_csv(given["metadata_path"]) if given["metadata_path"] else None
    include = tuple(given["include"]) or ARCHIVE_INCLUDE
    _check_paths_exist(paths)
    out: Path = given["out"]
    done = prepare(out)
    refs = [ref for ref in list_refs(paths, include, metadata) if ref.key not in done]
    if done:
        click.echo(f"srccheck: resuming: {len(done)} articles already in {out}", err=True)
    elif not refs:
        click.echo(f"srccheck: no articles found in {', '.join(paths)}", err=True)
    started = time.perf_counter()
    with _progress(len(refs), run.in_ci) as advance:
        summary = run_on_dask(
            refs,
            setup,
            out,
            scheduler=given["scheduler"],
            workers=given["workers"],
            size=given["partition_size"],
            progress=advance,
        )
    _report(summary, time.perf_counter() - started, out)
    if summary.failed or summary.lost_partitions:
        ctx.exit(EXIT_USAGE)


def _setup(
    ctx: click.Context, paths: tuple[str, ...], given: dict[str, Any]
) -> tuple[RunSetup, Any]:
    """The run's setup resolved as ``srccheck check`` resolves it, and that setup with its
    table loaded once, for the workers."""
    from srccheck.batch import BatchSetup

    setup = setup_from_options(ctx, paths, given)
    return setup, BatchSetup.from_run(setup, load_table(setup))


def _check_paths_exist(paths: tuple[str, ...]) -> None:
    for raw in paths:
        if raw == "-":
            raise SrccheckError("srccheck batch reads files, not stdin; give paths")
        if not Path(raw).exists():
            raise SrccheckError(f"{raw}: no such file or directory")


@contextmanager
def _progress(total: int, in_ci: bool) -> Iterator[Callable[[int], None] | None]:
    """A bar with articles per second and time left, on an interactive stderr outside CI."""
    if not sys.stderr.isatty() or in_ci or not total:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=total, rate="–")
        started = time.perf_counter()

        def advance(articles: int) -> None:
            done = bar.tasks[0].completed + articles
            rate = done / max(time.perf_counter() - started, 1e-9)
            bar.update(task, advance=articles, rate=f"{rate:,.0f}")

        yield advance


def _report(summary: Any, seconds: float, out: Path) -> None:
    rate = summary.articles / seconds if seconds > 0 else 0.0
    click.echo(
        f"srccheck: {summary.articles} articles, {summary.attributions} attributions "
        f"written to {out} in {seconds:.1f} s ({rate:,.0f} articles/s)",
        err=True,
    )
    if summary.failed:
        click.echo(
            f"srccheck: error: {summary.failed} articles could not be checked "
            "(their rows have an 'error')",
            err=True,
        )
    if summary.lost_partitions:
        click.echo(
            f"srccheck: error: {summary.lost_partitions} partitions did not finish "
            f"({summary.first_problem}); run the same command again to resume",
            err=True,
        )
