"""``srccheck check PATH…`` (also plain ``srccheck PATH…``): check articles, print the report."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from srccheck.cli.options import config_options, load_table, table_options
from srccheck.cli.settings import setup_from_options
from srccheck.engine import check_paths, exit_status
from srccheck.errors import EXIT_PASSED, EXIT_USAGE, SrccheckError, os_error_message
from srccheck.gate import gate_failures
from srccheck.inputs import DEFAULT_INCLUDE, STDIN
from srccheck.model import ArticleReport, Detection, InputFailure, Level, Report
from srccheck.report import FORMATS, RenderOptions
from srccheck.report import render as render_report
from srccheck.report.explain import MACHINE_FORMATS, explanation_text
from srccheck.report.text import message as escaped
from srccheck.suppress import apply_baseline, baseline_text, read_baseline
from srccheck.version import __version__

if TYPE_CHECKING:
    from srccheck.writing import StagedWrite


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["auto", *FORMATS]),
    help="Report format [default: terminal on a terminal, else line; also SRCCHECK_FORMAT].",
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
    help="Exit 1 when an article's sourcing score is below this (also SRCCHECK_FAIL_UNDER).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["info", "warning", "error", "never"]),
    help="Lowest finding level that fails the run [error; also SRCCHECK_FAIL_ON].",
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
@config_options
@click.option(
    "--include",
    multiple=True,
    help=f"Globs checked inside directories [{', '.join(DEFAULT_INCLUDE)}].",
)
@click.option(
    "--max-size",
    metavar="SIZE",
    help="Largest article, in bytes or as 512K, 20M, 1G [10M].",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Check files in this many processes (a very long article's parts: one per core"
    " unless given).",
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
    _suggest_command(paths)
    _refuse_stdin_twice(paths)
    setup = setup_from_options(ctx, paths, given)
    table = load_table(setup)
    baseline = setup.value("baseline")
    # A run that writes the baseline may be the one that creates the configured file.
    known: set[str] = set()
    if baseline and not (given["write_baseline"] and not os.path.lexists(baseline)):
        known = read_baseline(Path(baseline))
    fmt = _pick_format(setup.value("format"), given["output"])
    staged = _stage_streamed_output(fmt, given["output"])
    streamed = _jsonl_stream(fmt, staged, known)
    try:
        with _progress_bar(setup.in_ci) as progress:
            report = check_paths(
                list(paths),
                setup=setup,
                table=table,
                jobs=_jobs(ctx, given["jobs"]),
                on_error=_complain,
                progress=progress,
                on_note=_note,
                on_article=streamed,
            )
    except BaseException:
        if staged is not None:
            staged.discard()  # an interrupted or failed run leaves the old file as it was
        raise
    if known:
        apply_baseline(report, known)
    render_options = RenderOptions(
        width=given["width"],
        color=_color(given["color"], setup.no_color),
        min_level=Level.parse(given["min_level"]),
        explain=given["explain"],
        base_path=setup.working_directory,
    )
    _emit(report, fmt, render_options, given["output"], given["write_baseline"], streamed, staged)
    if given["explain"] and fmt in MACHINE_FORMATS:
        click.echo(explanation_text(report), err=True, nl=False)
    if fmt == "github" and setup.step_summary is not None:
        _append_step_summary(setup.step_summary, report, render_options)
    if report.errors:
        ctx.exit(EXIT_USAGE)
    status = exit_status(report, setup.value("fail_on"), setup.value("fail_under"))
    if status and not given["exit_zero"]:
        for line in gate_failures(report, setup.value("fail_on"), setup.value("fail_under")):
            click.echo(f"srccheck: gate failed: {escaped(line)}", err=True)
    ctx.exit(EXIT_PASSED if given["exit_zero"] else status)


def _color(choice: str, no_color: bool) -> bool | None:
    """--color always/never, else no colour under NO_COLOR, else colour on a terminal."""
    if choice == "always":
        return True
    if choice == "never" or no_color:
        return False
    return None


def _refuse_stdin_twice(paths: tuple[str, ...]) -> None:
    """Standard input can be read once: a second ``-`` would check an empty article."""
    if paths.count(STDIN) > 1:
        raise SrccheckError("'-' (standard input) is named more than once; name it once")


def _suggest_command(paths: tuple[str, ...]) -> None:
    """``srccheck chek FILE``: a first path that does not exist and is one slip away from a
    sub-command's name was meant as the sub-command, not as an article."""
    first = paths[0]
    if first == STDIN or os.path.lexists(first):
        return
    from srccheck.cli import command_names

    for name in command_names():
        if name != first and _one_edit_apart(first, name):
            raise SrccheckError(f"{first}: no such file or sub-command; did you mean `{name}`?")


def _one_edit_apart(typed: str, name: str) -> bool:
    """Whether one insertion, deletion, substitution or swap of neighbours turns one word
    into the other."""
    if abs(len(typed) - len(name)) > 1:
        return False
    if len(typed) == len(name):
        differ = [i for i, (a, b) in enumerate(zip(typed, name, strict=True)) if a != b]
        return len(differ) == 1 or (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and typed[differ[0]] == name[differ[1]]
            and typed[differ[1]] == name[differ[0]]
        )
    shorter, longer = sorted((typed, name), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


@contextmanager
def _progress_bar(in_ci: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A transient bar on stderr for batches, only on an interactive terminal outside CI."""
    if in_ci or not sys.stderr.isatty():
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


def _append_step_summary(path: Path, report: Report, options: RenderOptions) -> None:
    """Append the Markdown report to GitHub's step summary file (cut to GitHub's limit)."""
    from srccheck.report.github import summary_text

    buffer = io.StringIO()
    render_report(report, "markdown", buffer, options)
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(summary_text(buffer.getvalue()))
    except OSError as exc:
        raise SrccheckError(f"{path}: {os_error_message(exc, action='write')}") from None


def _note(message: str) -> None:
    click.echo(f"srccheck: note: {escaped(message)}", err=True)


def _complain(failure: InputFailure) -> None:
    click.echo(f"srccheck: error: {escaped(failure.message)}", err=True)


def _jobs(ctx: click.Context, jobs: int) -> int | None:
    """``--jobs`` when it was given; None leaves the engine its defaults (files one at a
    time, a very long article's windows on every core)."""
    given = ctx.get_parameter_source("jobs") is click.core.ParameterSource.COMMANDLINE
    return jobs if given else None


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
    report: Report,
    fmt: str,
    options: RenderOptions,
    output: Path | None,
    write_baseline: Path | None,
    streamed: Callable[[ArticleReport], None] | None = None,
    staged: StagedWrite | None = None,
) -> None:
    """Print the report, or write it and the baseline: both or neither, and neither after
    an input error (exit 2), so a file is never replaced by an incomplete report.

    A streamed ``jsonl`` run has already written its articles, to stdout or to ``staged``
    (the ``--output`` file, not yet in place); only the unreadable files' records are left.
    """
    if streamed is not None:
        from srccheck.report.jsonreport import jsonl_record  # jsonl only: not every run's cost

        records = "".join(jsonl_record(error, report.tool_version) for error in report.errors)
        if staged is None:
            sys.stdout.write(records)
        elif not report.errors:
            staged.write(records)
    elif output is None:
        render_report(report, fmt, sys.stdout, options)
    destinations = [p for p in (output, write_baseline) if p is not None]
    if not destinations:
        return
    if report.errors:
        if staged is not None:
            staged.discard()
        named = escaped(", ".join(str(p) for p in destinations))
        click.echo(
            f"srccheck: error: {named}: not written, as an input could not be read", err=True
        )
        return
    files: list[tuple[Path, str]] = []
    if output is not None and staged is None:
        buffer = io.StringIO()
        render_report(report, fmt, buffer, options)
        files.append((output, buffer.getvalue()))
    if write_baseline is not None:
        files.append((write_baseline, baseline_text(report)))
    _write(files, [a.path for a in report.articles], [] if staged is None else [staged])


def _stage_streamed_output(fmt: str, output: Path | None) -> StagedWrite | None:
    """For ``jsonl`` with ``--output``: open the file's staging area before the run, so each
    record goes to disk as its article is checked instead of being held until the end."""
    if fmt != "jsonl" or output is None:
        return None
    from srccheck.writing import StagedWrite

    return StagedWrite(output)


def _jsonl_stream(
    fmt: str, staged: StagedWrite | None, known: set[str]
) -> Callable[[ArticleReport], None] | None:
    """For ``jsonl``: write each article's record as soon as it is checked (with the
    baseline applied), to stdout or to the staged ``--output`` file, then keep of it only
    what the exit status, the gate messages and ``--write-baseline`` need, so a batch's
    memory does not grow with its reports."""
    if fmt != "jsonl":
        return None
    if staged is None:
        stdout = sys.stdout

        def emit(chunks: Iterable[str]) -> None:
            stdout.writelines(chunks)
            stdout.flush()
    else:

        def emit(chunks: Iterable[str]) -> None:
            for chunk in chunks:
                staged.write(chunk)
            staged.push()

    from srccheck.report.jsonreport import jsonl_chunks

    def write(article: ArticleReport) -> None:
        apply_baseline(Report(tool_version=__version__, articles=[article]), known)
        emit(jsonl_chunks(article, __version__))  # a huge article's record is never whole
        article.detection = Detection(text="")
        article.ratings = {}
        article.attribution_scores = []

    return write


def _write(files: list[tuple[Path, str]], inputs: list[str], prestaged: list[StagedWrite]) -> None:
    """Write every file or none; refuse one that is, or links to, an article read.

    ``prestaged`` outputs already hold their text (a streamed report); ``files`` are staged
    here. Nothing is renamed into place until every output is staged and checked.
    """
    from srccheck.writing import StagedWrite, commit_together

    paths = [output.path for output in prestaged] + [path for path, _ in files]
    if len(paths) == 2 and _same(paths[0], paths[1]):
        for output in prestaged:
            output.discard()
        raise SrccheckError(f"{paths[1]}: the report and the baseline cannot share a file")
    staged: list[StagedWrite] = list(prestaged)
    try:
        for path, text in files:
            output = StagedWrite(path)
            staged.append(output)
            output.write(text)
        for output in staged:
            overwritten = output.overwrites(p for p in inputs if p != STDIN)
            if overwritten is not None:
                path = output.path
                same = "" if overwritten == str(path) else f" ({overwritten}, the same file)"
                raise SrccheckError(f"{path}: refusing to overwrite an input article{same}")
    except BaseException:
        for output in staged:
            output.discard()
        raise
    commit_together(staged)


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name one file (after links), or the same new file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
