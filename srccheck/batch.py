"""Check many articles: the library's entry point for batches.

``check_batch(items, setup)`` takes an iterable of articles — file paths, ``(id, text)`` or
``(id, text, metadata)`` tuples, or `BatchItem` records — and yields one `ArticleResult`
per article, in input order. The run's `RunSetup` is resolved once by the caller; its table
is loaded once, here, into a `BatchSetup` (table and options) which, with ``jobs > 1``, is
shipped to each worker process once. An article that cannot be read is a result with an
``error``, never an exception that ends the batch. ``srccheck`` on a directory,
``srccheck batch`` and Dask or Spark partitions all run through this function.

Example::

    from srccheck.batch import check_batch
    from srccheck.setup import resolve_setup

    setup = resolve_setup(["archive/"])        # settings and table layers, found once
    for result in check_batch([("a1", "Officials said the dam was mined.")], setup):
        print(result.id, result.report.score.value if result.report else result.error)
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeAlias

from srccheck.engine import check_article
from srccheck.errors import InputError
from srccheck.inputs import STDIN, make_article, read_input
from srccheck.model import ArticleReport
from srccheck.setup import CheckOptions, RunSetup
from srccheck.table import SourceTable

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

#: Articles one worker process checks per round trip: large enough that pickling overhead
#: is small, small enough that results stream and memory stays flat.
CHUNK_SIZE = 32
#: Chunks in flight per worker, so that a slow article never leaves a worker idle.
CHUNKS_AHEAD = 3


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One article of a batch: its id and either its text or the file to read it from.

    ``metadata`` travels with the article to its result (an outlet, a date, a desk);
    srccheck reads nothing into it but keeps it beside the report. ``error`` marks an
    article already known to be unreadable (a broken record in an archive file): its
    result is that error, so it is counted like any other article that failed.
    """

    id: str
    text: str | None = None
    path: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None


#: What ``check_batch`` accepts for one article.
BatchInput: TypeAlias = (
    str | os.PathLike[str] | tuple[str, str] | tuple[str, str, Mapping[str, str]] | BatchItem
)


@dataclass(frozen=True, slots=True)
class BatchSetup:
    """A `RunSetup` made ready to check with: its table loaded, its options built.

    It pickles without the table's private caches (the look-up index is rebuilt on first
    use in each worker), so shipping it to a worker costs about 130 KB for the default table.
    """

    table: SourceTable
    options: CheckOptions = field(default_factory=CheckOptions)

    @classmethod
    def from_run(
        cls, setup: RunSetup | None = None, table: SourceTable | None = None
    ) -> BatchSetup:
        """Load ``setup``'s table (unless ``table`` is that table, already loaded)."""
        setup = setup or RunSetup()
        return cls(table if table is not None else setup.load_table(), setup.options)

    def __reduce__(self) -> tuple[Any, ...]:
        # The caches are rebuilt on first use; the generated layer of the built-in table is
        # a memory-mapped file of the package, so a worker maps its own copy of it.
        caches: dict[str, Any] = {
            f.name: None for f in fields(self.table) if f.name.startswith("_")
        }
        portable = replace(self.table, base=None, **caches)
        return (_rebuilt_setup, (portable, self.options, self.table.base is not None))


def _rebuilt_setup(
    table: SourceTable, options: CheckOptions, with_generated_layer: bool
) -> BatchSetup:
    """A `BatchSetup` unpickled in a worker, with the built-in generated layer mapped again."""
    if with_generated_layer:
        from srccheck.table import generated_layer

        table = replace(table, base=generated_layer())
    return BatchSetup(table, options)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """The outcome for one article: its report, or why it could not be checked."""

    id: str
    report: ArticleReport | None
    error: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    path: str | None = None
    """The file the article was read from, if it came from one."""

    def article_dict(self) -> dict[str, Any]:
        """The JSON contract's article object (``error`` instead for a failed article)."""
        if self.report is None:
            return {"path": self.path or self.id, "error": self.error}
        from srccheck.report.jsonreport import article_dict

        return article_dict(self.report)


def check_batch(
    items: Iterable[BatchInput],
    setup: RunSetup | BatchSetup | None = None,
    *,
    jobs: int = 1,
    keep_going: bool = False,
) -> Generator[ArticleResult, None, None]:
    """Check every article in ``items`` and yield one `ArticleResult` each, in input order.

    ``setup`` is the run's `RunSetup` (default: ``RunSetup()``, the defaults and the
    built-in table), whose table is loaded once here, or a `BatchSetup` already loaded.
    With ``jobs > 1`` the articles are checked in that many worker processes, each
    receiving the loaded setup once; items are consumed lazily, so a generator of millions
    of articles runs in flat memory. An unreadable article is a result with ``error``;
    with ``keep_going`` so is an article that makes srccheck itself fail (otherwise that
    exception propagates).
    """
    if not isinstance(setup, BatchSetup):
        setup = BatchSetup.from_run(setup)
    batch = (as_item(item, setup.options) for item in items)
    if jobs <= 1:
        for item in batch:
            yield check_item(item, setup, keep_going=keep_going)
        return
    yield from _in_processes(batch, setup, jobs, keep_going)


def as_item(item: BatchInput, options: CheckOptions | None = None) -> BatchItem:
    """Normalise one batch input to a `BatchItem` (a path's id is the path as given)."""
    if isinstance(item, BatchItem):
        return item
    if isinstance(item, tuple):
        metadata = item[2] if len(item) == 3 else {}
        return BatchItem(id=item[0], text=item[1], metadata=metadata)
    name = os.fspath(item)
    stdin_name = options.stdin_name if options else None
    shown = (stdin_name or "<stdin>") if name == STDIN else name
    return BatchItem(id=shown, path=name)


def check_item(item: BatchItem, setup: BatchSetup, *, keep_going: bool = False) -> ArticleResult:
    """Read (if needed) and check one article; failures become an error result."""
    if item.error is not None:
        return ArticleResult(item.id, None, item.error, item.metadata, item.path)
    try:
        if item.text is not None:
            article = make_article(item.text, item.path or item.id)
        else:
            path = item.path if item.path is not None else item.id
            article = read_input(path, setup.options.max_bytes, setup.options.stdin_name)
        report = check_article(article, setup.table, setup.options)
    except InputError as exc:
        return ArticleResult(item.id, None, exc.message, item.metadata, item.path)
    except Exception as exc:
        if not keep_going:
            raise
        message = f"{item.id}: internal error: {type(exc).__name__}: {exc}"
        return ArticleResult(item.id, None, message, item.metadata, item.path)
    return ArticleResult(item.id, report, None, item.metadata, item.path)


# -- worker processes ---------------------------------------------------------------------

_WORKER_SETUP: list[BatchSetup] = []


def _worker_init(setup: BatchSetup) -> None:
    """Keep the setup this worker process was given once, for all its chunks."""
    from srccheck.workers import leave_stopping_to_parent

    leave_stopping_to_parent()
    _WORKER_SETUP[:] = [setup]


def _worker_chunk(chunk: list[BatchItem], keep_going: bool) -> list[ArticleResult]:
    setup = _WORKER_SETUP[0]
    return [check_item(item, setup, keep_going=keep_going) for item in chunk]


def _in_processes(
    items: Iterator[BatchItem], setup: BatchSetup, jobs: int, keep_going: bool
) -> Generator[ArticleResult, None, None]:
    """Chunks to a process pool, a bounded number in flight, results in input order.

    However the caller leaves (done, an error, Ctrl-C, closing this generator), the workers
    are terminated and waited for before it goes on: none is left running with the
    caller's stdout and stderr open.
    """
    from multiprocessing import Pool  # only batches pay for the import

    pool = Pool(jobs, initializer=_worker_init, initargs=(setup,))
    try:
        pending: deque[AsyncResult[list[ArticleResult]]] = deque()
        while True:
            while len(pending) < jobs * CHUNKS_AHEAD:
                chunk = list(islice(items, CHUNK_SIZE))
                if not chunk:
                    break
                pending.append(pool.apply_async(_worker_chunk, (chunk, keep_going)))
            if not pending:
                break
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
