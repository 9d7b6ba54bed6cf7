"""The library's entry points: check a text or a set of files, and decide the exit status.

``check_text`` wires the pipeline for one article — detect, rate, find problems, apply
inline suppressions — and returns an `ArticleReport`; ``check_paths`` does it for many
files under one `RunSetup`, keeping unreadable ones as errors in the `Report`;
``exit_status`` applies the gate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import closing, nullcontext
from dataclasses import replace

from srccheck.detect import detect
from srccheck.detect.windows import WINDOW_CHARS, collector_paused, detect_long
from srccheck.errors import EXIT_FAILED, EXIT_PASSED
from srccheck.inputs import Article, make_article
from srccheck.model import ArticleReport, Detection, InputFailure, Level, Report, Span
from srccheck.rules.checks import find_problems
from srccheck.score import score_article
from srccheck.setup import CheckOptions, RunSetup
from srccheck.spans import TextIndex
from srccheck.suppress import apply_markers, inline_markers
from srccheck.table import SourceTable, default_table
from srccheck.version import __version__
from srccheck.walk import find_articles

__all__ = ["CheckOptions", "RunSetup", "check_article", "check_paths", "check_text", "exit_status"]


def check_text(
    text: str,
    *,
    path: str = "<text>",
    table: SourceTable | None = None,
    options: CheckOptions | None = None,
) -> ArticleReport:
    """Check the sourcing of one article's text (plain, Markdown or HTML by ``path``)."""
    return check_article(make_article(text, path), table or default_table(), options)


def check_article(
    article: Article, table: SourceTable, options: CheckOptions | None = None
) -> ArticleReport:
    """Check one already-read `Article`."""
    options = options or CheckOptions()
    # A long article is checked without the cyclic garbage collector (see collector_paused).
    long = len(article.mask) > WINDOW_CHARS
    with collector_paused() if long else nullcontext():
        detection = _detect(article, table, options.window_jobs)
        scored = score_article(detection, table)
        findings = find_problems(detection, scored, options.selection)
        if article.format in ("markdown", "html"):
            apply_markers(findings, inline_markers(article.text))
    return ArticleReport(
        path=article.path,
        detection=detection,
        ratings=scored.ratings,
        score=scored.score,
        findings=findings,
        counts=scored.counts,
        attribution_scores=scored.attribution_scores,
        explanation=scored.explanation,
    )


def _detect(article: Article, table: SourceTable, jobs: int | None) -> Detection:
    """The article's detection, in bounded windows (detected by ``jobs`` processes) when it
    is too long to read at once."""
    if len(article.mask) > WINDOW_CHARS:
        return detect_long(article.mask, table, article.text, jobs=jobs)
    return _rebase(detect(article.mask, table), article.text)


def _rebase(detection: Detection, text: str) -> Detection:
    """Point every span at the original text (the engine read a same-length mask)."""
    if detection.text == text:
        return detection
    index = TextIndex(text)

    def again(span: Span | None) -> Span | None:
        return None if span is None else index.span(span.start, span.end)

    for source in detection.sources:
        source.mentions = [index.span(s.start, s.end) for s in source.mentions]
    for attribution in detection.attributions:
        attribution.source_span = again(attribution.source_span)
        attribution.cue = again(attribution.cue)
        attribution.content = again(attribution.content)
    detection.unattributed_quotes = [
        index.span(q.start, q.end) for q in detection.unattributed_quotes
    ]
    detection.text = text
    return detection


def check_paths(
    paths: Sequence[str],
    *,
    setup: RunSetup | None = None,
    table: SourceTable | None = None,
    jobs: int | None = None,
    on_error: Callable[[InputFailure], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_article: Callable[[ArticleReport], None] | None = None,
) -> Report:
    """Check every article at ``paths`` (files, directories, ``-``) under ``setup``
    (default: `RunSetup()`, the defaults and the built-in table); unreadable ones become
    errors in the report.

    ``table`` is the setup's table when the caller already loaded it. With ``jobs > 1``
    the articles are checked in worker processes, which receive the setup and the table
    themselves (pickled), so the report is the same whatever ``jobs`` is; one article
    checked alone is detected by ``jobs`` processes when it is long enough to be read in
    windows (``jobs`` None: several articles in one process, a long one by every core).
    ``progress`` is told how many of how many articles are done; ``on_error`` of each file
    or directory that could not be read, as it happens; ``on_note`` of anything else worth
    saying (the Word and PDF files a directory walk passed by); ``on_article`` of each
    article's report as soon as it is ready, before it is added to the report (a streaming
    writer's hook).
    """
    setup = setup or RunSetup()
    table = table or setup.load_table()
    options = setup.options
    if jobs is not None:
        options = replace(options, window_jobs=jobs)
    found = find_articles(paths, options.include)
    names = list(found.names)
    report = Report(tool_version=__version__)
    for failure in found.failures:
        report.errors.append(failure)
        if on_error is not None:
            on_error(failure)
    if found.skipped_documents and on_note is not None:
        on_note(_skipped_note(found.skipped_documents))
    from srccheck.batch import BatchSetup, check_batch

    in_workers = len(names) > 1 and "-" not in names
    file_jobs = jobs if in_workers and jobs is not None else 1
    results = check_batch(names, BatchSetup(table, options), jobs=file_jobs)
    with closing(results):  # workers stop now, not when the generator is collected
        for done, result in enumerate(results, 1):
            if progress is not None:
                progress(done, len(names))
            if result.report is None:
                failure = InputFailure(result.id, result.error or "")
                report.errors.append(failure)
                if on_error is not None:
                    on_error(failure)
            else:
                if on_article is not None:
                    on_article(result.report)
                report.articles.append(result.report)
    return report


def _skipped_note(documents: Sequence[str]) -> str:
    """One line on the documents a walk passed by: how many, and what to do about them."""
    shown = ", ".join(documents[:3]) + (", ..." if len(documents) > 3 else "")
    return (
        f"skipped {len(documents)} Word, PDF or other office file(s) that are not text "
        f"({shown}); convert them to text (pandoc, pdftotext) to check them"
    )


def exit_status(report: Report, fail_on: str = "error", fail_under: int | None = None) -> int:
    """0 when the report passes the gate, 1 when it fails it (input errors are the CLI's)."""
    threshold = None if fail_on == "never" else Level.parse(fail_on)
    for article in report.articles:
        if threshold is not None and any(
            f.level >= threshold and not f.suppressed for f in article.findings
        ):
            return EXIT_FAILED
        value = article.score.value
        if fail_under is not None and value is not None and value < fail_under:
            return EXIT_FAILED
    return EXIT_PASSED
