"""Map the check over Dask, partition by partition, writing Parquet as results arrive.

`check_partition` is the whole job of one partition: read its articles, check them with
`srccheck.batch.check_batch`, and return their rows as JSON Lines bytes (compact to send,
and cheap for Arrow to read). It is a plain function of a list, so Dask, Spark's
``mapPartitions`` or a loop can run it. `run_on_dask` is the driver: it cuts the article
references into partitions, puts the setup on each worker once, keeps a few partitions per
worker in flight as Dask futures, and writes each partition's rows as they arrive, so
progress, resumption and the output directory live on the machine that started the run.
Workers need no shared output disk and no Parquet library: a worker is Dask plus srccheck,
about 100 MiB. It runs on a local cluster of worker processes, or on any Dask cluster
given its scheduler's address.

Partitions go to Dask one future at a time rather than as one Dask bag: ``to_delayed()``
on a bag gives every partition the whole bag's graph, which Dask culls again at each
submission, a cost that grows with the archive (25 ms of the driver's time per partition at
3,000 articles, 300 ms at 30,000); a future per partition costs the same at any size.
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
from srccheck.archive.rows import article_row, attribution_rows, encode_rows
from srccheck.batch import BatchSetup, check_batch

#: Articles per partition at most: bounds the work an interruption loses, and the memory
#: a worker holds for rows it has not sent yet (about 1 MB of JSON per 100 articles).
MAX_PARTITION = 100
MIN_PARTITION = 10
#: Partitions per worker at least, so that the last ones do not leave workers idle.
PARTITIONS_PER_WORKER = 8
#: Partitions queued or running per worker: enough that no worker waits for the driver,
#: few enough that finished rows do not pile up on a worker.
IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class PartitionRows:
    """One partition's rows as JSON Lines (`rows.encode_rows`), its counts and file name."""

    name: str
    articles: bytes
    attributions: bytes
    article_count: int
    failed: int
    attribution_count: int


def check_partition(refs: Sequence[ItemRef], setup: BatchSetup) -> PartitionRows:
    """Check one partition's articles and return their rows.

    Every article gives a row, an article that fails one with its ``error``, so a bad
    article never loses the partition.
    """
    articles: list[dict[str, Any]] = []
    attributions: list[dict[str, Any]] = []
    for result in check_batch(read_refs(refs), setup, keep_going=True):
        articles.append(article_row(result))
        attributions.extend(attribution_rows(result))
    return PartitionRows(
        name=part_name(ref.key for ref in refs),
        articles=encode_rows(articles),
        attributions=encode_rows(attributions),
        article_count=len(articles),
        failed=sum(1 for row in articles if row["error"] is not None),
        attribution_count=len(attributions),
    )


def write_partition(out: Path, rows: PartitionRows) -> None:
    """Write one partition's rows under ``out`` (see `srccheck.archive.store`)."""
    from srccheck.archive.store import write_encoded_part

    write_encoded_part(out, rows.name, rows.articles, rows.attributions)


def partition_size(count: int, workers: int) -> int:
    """Articles per partition for ``count`` articles over ``workers`` workers."""
    wanted = math.ceil(count / max(1, workers * PARTITIONS_PER_WORKER))
    return max(MIN_PARTITION, min(MAX_PARTITION, wanted))


def partitions(refs: Sequence[ItemRef], size: int) -> Iterator[Sequence[ItemRef]]:
    """``refs`` cut into consecutive partitions of ``size`` (the last one may be shorter)."""
    for start in range(0, len(refs), size):
        yield refs[start : start + size]


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
    from distributed import as_completed

    summary = RunSummary()
    if not refs:
        return summary
    with _client(scheduler, workers) as client:
        nworkers = len(client.scheduler_info().get("workers", {})) or workers
        pending = partitions(refs, size or partition_size(len(refs), nworkers))
        # The setup goes to each worker once and stays there while the run holds it.
        shared_setup = client.scatter(setup, broadcast=True, hash=False)

        def submit(part: Sequence[ItemRef]) -> Any:
            return client.submit(check_partition, part, shared_setup, pure=False)

        # A bounded number of partitions in flight: finished rows wait on a worker only
        # until the driver has written them, however far the workers could run ahead.
        window = IN_FLIGHT_PER_WORKER * nworkers
        running = as_completed([submit(part) for part in islice(pending, window)], loop=client.loop)
        for future in running:
            following = next(pending, None)
            if following is not None:
                running.add(submit(following))
            _collect(future, out, summary, progress)
    return summary


def _collect(
    future: Any, out: Path, summary: RunSummary, progress: Callable[[int], None] | None
) -> None:
    """Write a finished partition's rows, or count it lost when its task failed."""
    try:
        rows: PartitionRows = future.result()
    except Exception as exc:
        summary.lost_partitions += 1
        summary.first_problem = summary.first_problem or f"{type(exc).__name__}: {exc}"
        return
    future.release()  # the rows are here now: the worker can forget them
    write_partition(out, rows)
    summary.articles += rows.article_count
    summary.failed += rows.failed
    summary.attributions += rows.attribution_count
    if progress is not None:
        progress(rows.article_count)


#: Dask settings of the local cluster's workers. Dask's statistical profiler samples a
#: worker's task thread every 10 ms and keeps an hour of call trees: over a 100,000-article
#: run that grew each worker from 100 to 246 MiB, and the sampling takes the GIL from the
#: check. A cluster's own workers are set up by whoever runs them (README).
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


@contextmanager
def local_cluster(workers: int) -> Iterator[Any]:
    """A Dask cluster on this machine: ``workers`` single-threaded worker processes."""
    import dask
    from distributed import LocalCluster

    # Set while the workers start: each takes the driver's Dask settings with it.
    with (
        dask.config.set(LOCAL_WORKER_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",  # this machine only
            dashboard_address="127.0.0.1:0",  # any free port: never clash with another cluster
            silence_logs=logging.ERROR,
        ) as cluster,
    ):
        yield cluster


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A Dask client on the given scheduler, or on a new local cluster of processes."""
    from distributed import Client

    if scheduler:
        with Client(scheduler, set_as_default=False) as client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster, set_as_default=False) as client:
        yield client
