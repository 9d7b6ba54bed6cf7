"""Archive scale: articles per second of ``srccheck batch`` on 1, 2 and N local Dask workers.

The articles are the PolNeAR dev texts (``../shared/bench/polnear/dev.jsonl``, evaluation
data read here at bench time and never copied), repeated until there are ``--articles`` of
them (100,000 by default). Each worker reads its records from that file by byte offset,
exactly as ``srccheck batch`` reads a JSON Lines archive, checks them and writes Parquet to
a temporary directory that is removed afterwards. Printed per run: wall time of the job (a
started cluster, so start-up is shown apart), articles/s, words/s, articles/s per worker,
scaling against one worker, and each worker's peak resident memory.

    python bench/scale.py                        # 100,000 articles on 1, 2 and N workers
    python bench/scale.py --articles 5000 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from srccheck.archive.inputs import ItemRef  # noqa: E402
from srccheck.archive.run import partition_size, run_on_dask  # noqa: E402
from srccheck.archive.store import prepare  # noqa: E402
from srccheck.batch import BatchSetup  # noqa: E402
from srccheck.table import load_table  # noqa: E402

DEV = REPO.parent / "shared" / "bench" / "polnear" / "dev.jsonl"
MIB = 1024 * 1024


def record_offsets(path: Path) -> tuple[list[int], int]:
    """Byte offset of every record in ``path``, and the words of all its texts."""
    offsets, words, offset = [], 0, 0
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                offsets.append(offset)
                words += len(json.loads(line)["text"].split())
            offset += len(line)
    return offsets, words


def repeated_refs(path: Path, offsets: list[int], count: int) -> list[ItemRef]:
    """``count`` references cycling through the file's records, each with its own key."""
    return [
        ItemRef(f"copy{n // len(offsets)}:{n % len(offsets)}", str(path), offsets[n % len(offsets)])
        for n in range(count)
    ]


def peak_rss() -> int:
    """This process's peak resident memory in bytes (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss() -> int:
    """This process's resident memory now, in bytes."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def one_run(refs: list[ItemRef], setup: BatchSetup, workers: int) -> dict[str, Any]:
    """Start a local cluster of ``workers`` processes, run the job on it, measure."""
    from distributed import Client, LocalCluster

    out = Path(tempfile.mkdtemp(prefix="srccheck-scale-"))
    try:
        started = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            startup = time.perf_counter() - started
            idle = client.run(current_rss)
            prepare(out)
            began = time.perf_counter()
            summary = run_on_dask(
                refs,
                setup,
                out,
                scheduler=cluster.scheduler_address,
                size=partition_size(len(refs), workers),
            )
            seconds = time.perf_counter() - began
            peaks = client.run(peak_rss)
        assert summary.articles == len(refs) and not summary.failed, summary
        return {
            "workers": workers,
            "startup": startup,
            "seconds": seconds,
            "idle_mib": max(idle.values()) / MIB,
            "peak_mib": max(peaks.values()) / MIB,
            "parquet_mib": sum(f.stat().st_size for f in out.rglob("*.parquet")) / MIB,
        }
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    """Run the job for each worker count and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the job")
    parser.add_argument(
        "--workers", type=int, nargs="+", help="worker counts [1, 2 and the number of cores]"
    )
    parser.add_argument("--data", type=Path, default=DEV, help=f"JSON Lines texts [{DEV}]")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"bench/scale.py: {args.data} is missing (the shared evaluation data)")
    counts = args.workers or sorted({1, 2, os.cpu_count() or 1})
    offsets, words = record_offsets(args.data)
    refs = repeated_refs(args.data, offsets, args.articles)
    total_words = words * args.articles / len(offsets)
    setup = BatchSetup(load_table())
    print(
        f"{args.articles:,} articles ({len(offsets)} PolNeAR dev texts repeated), "
        f"{total_words:,.0f} words; {os.cpu_count()} cores\n"
    )
    header = (
        f"{'workers':>7} {'start s':>8} {'job s':>8} {'articles/s':>11} {'words/s':>10} "
        f"{'per worker':>11} {'scaling':>8} {'idle MiB':>9} {'peak MiB':>9} {'parquet MiB':>12}"
    )
    print(header)
    base = None
    for workers in counts:
        run = one_run(refs, setup, workers)
        rate = args.articles / run["seconds"]
        base = base or rate / workers
        print(
            f"{workers:>7} {run['startup']:>8.1f} {run['seconds']:>8.1f} {rate:>11,.0f} "
            f"{total_words / run['seconds']:>10,.0f} {rate / workers:>11,.0f} "
            f"{rate / (base * workers):>8.0%} {run['idle_mib']:>9.0f} {run['peak_mib']:>9.0f} "
            f"{run['parquet_mib']:>12.1f}",
            flush=True,
        )
    print(
        "\nscaling: articles/s against one worker times the worker count (100% is linear);"
        "\nidle/peak MiB: the largest worker's resident memory before the job / at its peak."
    )


if __name__ == "__main__":
    main()
