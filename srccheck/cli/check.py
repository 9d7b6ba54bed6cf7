"""``srccheck check PATH…`` (also plain ``srccheck PATH…``): check articles, print the report."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from srccheck.cli.options import table_from_options, table_options
from srccheck.cli.settings import resolve_settings
from srccheck.engine import CheckOptions, check_paths, exit_status
from srccheck.errors import SrccheckError
from srccheck.inputs import DEFAULT_INCLUDE, STDIN, parse_size
from srccheck.model import InputFailure, Level
from srccheck.report import FORMATS, RenderOptions
from srccheck.report import render as render_report
from srccheck.rules import RuleSelection
from srccheck.suppress import apply_baseline, baseline_text, read_baseline

EXIT_INPUT_ERROR = 2


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """Bytes for a size given as ``20971520``, ``512K``, ``20M`` or ``1.5G``."""
    try:
        return None if value is None else parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["auto", *FORMATS]),
    envvar="SRCCHECK_FORMAT",
    help="Report format [default: terminal on a terminal, else line].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to FILE (atomically, only after the check succeeded).",
)
@click.option(
    "--fail-under",
    type=click.IntRange(0, 100),
    envvar="SRCCHECK_FAIL_UNDER",
    help="Exit 1 when an article's sourcing score is below this.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["info", "warning", "error", "never"]),
    envvar="SRCCHECK_FAIL_ON",
    help="Lowest finding level that fails the run [error].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when the gate fails.")
@click.option("--select", multiple=True, help="Run only these rules (ID, name or prefix).")
@click.option("--ignore", multiple=True, help="Do not run these rules.")
@click.option(
    "--min-level",
    type=click.Choice(["info", "warning", "error"]),
    default="info",
    show_default=True,
    help="Lowest finding level shown.",
)
@click.option("--explain", is_flag=True, help="Show how each article's score was reached.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="SRCCHECK_CONFIG",
    help="Configuration file (default: found by walking up).",
)
@click.option(
    "--isolated", is_flag=True, help="Ignore configuration files and SRCCHECK_* variables."
)
@click.option(
    "--include",
    multiple=True,
    help=f"Globs checked inside directories [{', '.join(DEFAULT_INCLUDE)}].",
)
@click.option(
    "--max-size",
    callback=_size,
    metavar="SIZE",
    help="Largest article, in bytes or as 512K, 20M, 1G [10M].",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Check files in this many processes.",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Suppress findings whose fingerprints are in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the fingerprints of all findings to this baseline file.",
)
@click.option("--stdin-filename", help="Name to report for an article read from '-'.")
@click.option("--width", type=click.IntRange(40, 500), help="Terminal report width in columns.")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour in the terminal report (NO_COLOR is respected).",
)
@table_options
@click.pass_context
def check(ctx: click.Context, /, paths: tuple[str, ...], **given: Any) -> None:
    """Check the sourcing of the articles at PATHS (files, directories, or - for stdin).

    \b
    Exit status: 0 passed, 1 failed the gate (--fail-on, --fail-under),
    2 bad input, table or configuration, 3 internal error.
    """
    settings = resolve_settings(ctx, paths, given)
    table = table_from_options(
        tuple(Path(p) for p in settings.get("sources")),
        settings.get("no_default_sources"),
        search_from=Path.cwd(),
    )
    options = CheckOptions(
        selection=RuleSelection(
            tuple(settings.get("select")), tuple(settings.get("ignore")), settings.levels
        ),
        max_bytes=settings.get("max_size"),
        include=tuple(settings.get("include")) or DEFAULT_INCLUDE,
        stdin_name=given["stdin_filename"],
    )
    with _progress_bar() as progress:
        report = check_paths(
            list(paths),
            table=table,
            options=options,
            jobs=given["jobs"],
            on_error=_complain,
            table_paths=tuple(Path(p) for p in settings.get("sources")),
            use_default=not settings.get("no_default_sources"),
            progress=progress,
        )
    baseline = settings.get("baseline")
    if baseline:
        apply_baseline(report, read_baseline(Path(baseline)))
    fmt = _pick_format(settings.get("format"), given["output"])
    render_options = RenderOptions(
        width=given["width"],
        color={"always": True, "never": False}.get(given["color"]),
        min_level=Level.parse(given["min_level"]),
        explain=given["explain"],
        base_path=Path.cwd(),
    )
    _emit(report, fmt, render_options, given["output"], paths)
    if given["write_baseline"]:
        _write(given["write_baseline"], baseline_text(report), paths)
    if report.errors:
        ctx.exit(EXIT_INPUT_ERROR)
    status = exit_status(report, settings.get("fail_on"), settings.get("fail_under"))
    ctx.exit(0 if given["exit_zero"] else status)


@contextmanager
def _progress_bar() -> Iterator[Callable[[int, int], None] | None]:
    """A transient bar on stderr for batches, only on an interactive terminal outside CI."""
    if not sys.stderr.isatty() or os.environ.get("CI") or os.environ.get("GITHUB_ACTIONS"):
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=None)

        def advance(done: int, total: int) -> None:
            if total > 1:
                bar.update(task, completed=done, total=total)

        yield advance


def _complain(failure: InputFailure) -> None:
    click.echo(f"srccheck: error: {failure.message}", err=True)


def _pick_format(fmt: str | None, output: Path | None) -> str:
    if fmt and fmt != "auto":
        return fmt
    if output is not None:
        return (
            "json"
            if output.suffix == ".json"
            else "terminal"
            if output.suffix == ".txt"
            else "line"
        )
    return "terminal" if sys.stdout.isatty() else "line"


def _emit(
    report: Any, fmt: str, options: RenderOptions, output: Path | None, inputs: tuple[str, ...]
) -> None:
    if output is None:
        render_report(report, fmt, sys.stdout, options)
        return
    buffer = io.StringIO()
    render_report(report, fmt, buffer, options)
    _write(output, buffer.getvalue(), inputs)


def _write(path: Path, text: str, inputs: tuple[str, ...]) -> None:
    from srccheck.writing import write_atomically

    if any(p != STDIN and Path(p).exists() and _same(Path(p), path) for p in inputs):
        raise SrccheckError(f"{path}: refusing to overwrite an input article")
    write_atomically(path, text)


def _same(a: Path, b: Path) -> bool:
    try:
        return b.exists() and a.samefile(b)
    except OSError:
        return False
