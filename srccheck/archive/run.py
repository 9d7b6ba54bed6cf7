"""Map the check over a Dask bag, partition by partition, writing Parquet as it goes.

`check_partition` is the whole job of one partition: read its articles, check them with
`srccheck.batch.check_batch`, and return their rows. It is a plain function of a list, so
a Dask bag, Spark's ``mapPartitions`` or a loop can run it. `run_on_dask` is the driver:
it builds the bag, puts the setup in the graph once (each worker fetches it once and keeps
it), and writes each partition's rows as they arrive, so progress, resumption and the
output directory live on the machine that started the run. Workers need no shared file
system and no Parquet library: a worker is Dask plus srccheck. It runs on a local cluster
of worker processes, or on any Dask cluster given its scheduler's address.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from srccheck.archive.inputs import ItemRef, read_refs
from srccheck.archive.parts import part_name
from srccheck.archive.rows import ARTICLE_NAMES, article_row, attribution_rows
from srccheck.batch import BatchSetup, check_batch

#: Articles per partition at most: bounds the work an interruption loses, and the memory
#: a worker holds for rows it has not sent yet (about 2.5 MB of rows per 100 articles).
MAX_PARTITION = 100
MIN_PARTITION = 10
#: Partitions per worker at least, so that the last ones do not leave workers idle.
PARTITIONS_PER_WORKER = 8
#: Partitions queued or running per worker: enough that no worker waits for the driver,
#: few enough that finished rows do not pile up on a worker.
IN_FLIGHT_PER_WORKER = 2
_ERROR = ARTICLE_NAMES.index("error")


@dataclass(frozen=True, slots=True)
class PartitionRows:
    """One partition's rows as tuples in column order (compact to send), and its name."""

    name: str
    articles: list[tuple[Any, ...]]
    attributions: list[tuple[Any, ...]]

    @property
    def failed(self) -> int:
        """Articles of the partition that could not be checked."""
        return sum(1 for row in self.articles if row[_ERROR] is not None)


def check_partition(refs: Sequence[ItemRef], setup: BatchSetup) -> list[PartitionRows]:
    """Check one partition's articles and return their rows.

    Every article gives a row, an article that fails one with its ``error``, so a bad
    article never loses the partition. Returns a one-item list (a Dask bag partition).
    """
    articles: list[tuple[Any, ...]] = []
    attributions: list[tuple[Any, ...]] = []
    for result in check_batch(read_refs(refs), setup, keep_going=True):
        articles.append(tuple(article_row(result).values()))
        attributions.extend(tuple(row.values()) for row in attribution_rows(result))
    return [PartitionRows(part_name(ref.key for ref in refs), articles, attributions)]


def write_partition(out: Path, rows: PartitionRows) -> None:
    """Write one partition's rows under ``out`` (see `srccheck.archive.store`)."""
    from srccheck.archive.store import write_part

    write_part(out, rows.name, rows.articles, rows.attributions)


def partition_size(count: int, workers: int) -> int:
    """Articles per partition for ``count`` articles over ``workers`` workers."""
    wanted = math.ceil(count / max(1, workers * PARTITIONS_PER_WORKER))
    return max(MIN_PARTITION, min(MAX_PARTITION, wanted))


@dataclass(slots=True)
class RunSummary:
    """The outcome of a run: articles written and failed, partitions that did not finish."""

    articles: int = 0
    failed: int = 0
    attributions: int = 0
    lost_partitions: int = 0
    first_problem: str | None = None


def run_on_dask(
    refs: Sequence[ItemRef],
    setup: BatchSetup,
    out: Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    size: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """Check ``refs`` on Dask and write Parquet under ``out`` (prepared by the caller).

    ``scheduler`` is a Dask scheduler address (``tcp://host:8786``); without it a local
    cluster of ``workers`` single-threaded processes runs the job. ``progress`` is told
    how many articles each partition written had. A partition whose task fails (its
    worker lost again and again) is counted in ``lost_partitions``; its articles are not
    written, so running again picks them up.
    """
    import dask.bag as db
    from distributed import as_completed

    summary = RunSummary()
    if not refs:
        return summary
    with _client(scheduler, workers) as client:
        nworkers = len(client.scheduler_info().get("workers", {})) or workers
        bag = db.from_sequence(refs, partition_size=size or partition_size(len(refs), nworkers))
        # The setup goes to each worker once and stays there while the run holds it.
        shared_setup = client.scatter(setup, broadcast=True, hash=False)
        partitions = iter(bag.map_partitions(check_partition, shared_setup).to_delayed())
        # A bounded number of partitions in flight: finished rows wait on a worker only
        # until the driver has written them, however far the workers run ahead.
        window = IN_FLIGHT_PER_WORKER * nworkers
        running = as_completed(
            [client.compute(part) for part in islice(partitions, window)], loop=client.loop
        )
        for future in running:
            following = next(partitions, None)
            if following is not None:
                running.add(client.compute(following))
            _collect(future, out, summary, progress)
    return summary


def _collect(
    future: Any, out: Path, summary: RunSummary, progress: Callable[[int], None] | None
) -> None:
    """Write a finished partition's rows, or count it lost when its task failed."""
    try:
        done: list[PartitionRows] = future.result()
    except Exception as exc:
        summary.lost_partitions += 1
        summary.first_problem = summary.first_problem or f"{type(exc).__name__}: {exc}"
        return
    future.release()  # the rows are here now: the worker can forget them
    for part in done:
        write_partition(out, part)
        summary.articles += len(part.articles)
        summary.failed += part.failed
        summary.attributions += len(part.attributions)
        if progress is not None:
            progress(len(part.articles))


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A Dask client on the given scheduler, or on a new local cluster of processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler, set_as_default=False) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",  # this machine only
            dashboard_address="127.0.0.1:0",  # any free port: never clash with another cluster
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client
