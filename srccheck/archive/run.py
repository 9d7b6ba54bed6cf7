"""Map the check over a Dask bag, partition by partition, writing Parquet as it goes.

`check_partition` is the whole job of one partition: read its articles, check them with
`srccheck.batch.check_batch`, write the rows. It is a plain function of a list, so a Dask
bag, Spark's ``mapPartitions`` or a loop can run it. `run_on_dask` is the driver: it
lists what is left to do, builds the bag, puts the setup in the graph once (each worker
fetches it once and keeps it), and reports progress as partitions finish. It runs on a
local cluster of worker processes, or on any Dask cluster given its scheduler's address.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from srccheck.archive.inputs import ItemRef, read_refs
from srccheck.archive.rows import article_row, attribution_rows
from srccheck.archive.store import part_name, write_part
from srccheck.batch import BatchSetup, check_batch

#: Articles per partition: bounds: the work lost to an interruption, and per-task overhead.
MAX_PARTITION = 250
MIN_PARTITION = 10
#: Partitions per worker at least, so that the last ones do not leave workers idle.
PARTITIONS_PER_WORKER = 8


@dataclass(frozen=True, slots=True)
class PartitionSummary:
    """What one partition did: articles written, and how many of them failed."""

    articles: int
    failed: int
    attributions: int
    name: str


def check_partition(refs: Sequence[ItemRef], setup: BatchSetup, out: str) -> list[PartitionSummary]:
    """Check one partition's articles and write its rows under ``out``.

    Every article gives a row, an article that fails one with its ``error``, so a bad
    article never loses the partition. Returns a one-item list (a Dask bag partition).
    """
    articles: list[dict[str, Any]] = []
    attributions: list[dict[str, Any]] = []
    for result in check_batch(read_refs(refs), setup, keep_going=True):
        articles.append(article_row(result))
        attributions.extend(attribution_rows(result))
    name = part_name(ref.key for ref in refs)
    write_part(Path(out), name, articles, attributions)
    failed = sum(1 for row in articles if row["error"] is not None)
    return [PartitionSummary(len(articles), failed, len(attributions), name)]


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
    how many articles each finished partition wrote. A partition whose task fails (a
    worker lost, a disk full) is counted in ``lost_partitions``; its articles are not
    written, so running again picks them up.
    """
    import dask
    import dask.bag as db
    from distributed import as_completed

    summary = RunSummary()
    if not refs:
        return summary
    with _client(scheduler, workers) as client:
        nworkers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        bag = db.from_sequence(refs, partition_size=size or partition_size(len(refs), nworkers))
        # One key in the graph: each worker fetches the setup once and keeps it.
        shared_setup = dask.delayed(setup, pure=True)
        parts = bag.map_partitions(check_partition, shared_setup, str(out))
        futures = client.compute(parts.to_delayed())
        for future in as_completed(futures, loop=client.loop):
            try:
                done: list[PartitionSummary] = future.result()
            except Exception as exc:
                summary.lost_partitions += 1
                summary.first_problem = summary.first_problem or f"{type(exc).__name__}: {exc}"
                continue
            for part in done:
                summary.articles += part.articles
                summary.failed += part.failed
                summary.attributions += part.attributions
                if progress is not None:
                    progress(part.articles)
    return summary


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
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client
