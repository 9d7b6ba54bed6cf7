"""Archive scale: articles per second of ``srccheck batch`` on 1, 2 and N local Dask workers.

The articles are the PolNeAR dev texts (``../shared/bench/polnear/dev.jsonl``, evaluation
data read here at bench time and never copied), repeated until there are ``--articles`` of
them (100,000 by default). Each worker reads its records from that file by byte offset,
exactly as ``srccheck batch`` reads a JSON Lines archive, checks them and writes Parquet to
a temporary directory that is removed afterwards. Printed per run: wall time of the job (a
started cluster, so start-up is shown apart), articles/s, words/s, articles/s per worker,
scaling against one worker, the driver's share of a core, the CPU time all processes spent
per article (the cost of the job whatever else the machine runs), and each worker's memory: resident
(RSS) before the job and at its peak, and the peaks of its proportional (PSS: shared pages
divided among the processes that map them, so the workers' PSS add up to what they cost
the machine) and unique (USS: what ending the worker frees) set sizes, sampled every 0.2 s.
The load average before and after each run says how busy the machine was.

    python bench/scale.py                        # 100,000 articles on 1, 2 and N workers
    python bench/scale.py --articles 5000 --workers 1 2 --repeat 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# srccheck is imported inside the functions: a Dask worker process is spawned, so it runs
# this file's top level again, and what is imported here would be counted in its memory.
if TYPE_CHECKING:
    from srccheck.archive.inputs import ItemRef
    from srccheck.batch import BatchSetup

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
    from srccheck.archive.inputs import ItemRef

    return [
        ItemRef(f"copy{n // len(offsets)}:{n % len(offsets)}", str(path), offsets[n % len(offsets)])
        for n in range(count)
    ]


def current_rss() -> int:
    """This process's resident memory now, in bytes."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class MemorySampler:
    """Peak RSS, PSS and USS of some processes, sampled on a thread until stopped."""

    def __init__(self, pids: list[int], every: float = 0.2) -> None:
        import psutil  # a dependency of distributed

        self.processes = [psutil.Process(pid) for pid in pids]
        self.peaks = {pid: {"rss": 0, "pss": 0, "uss": 0} for pid in pids}
        self.every = every
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self.done.is_set():
            for process in self.processes:
                try:
                    info = process.memory_full_info()
                except Exception:  # a worker that is gone has no memory left to count
                    continue
                peak = self.peaks[process.pid]
                for name in peak:
                    peak[name] = max(peak[name], getattr(info, name))
            self.done.wait(self.every)

    @contextmanager
    def running(self) -> Iterator[MemorySampler]:
        """Sample while the block runs."""
        self.thread.start()
        try:
            yield self
        finally:
            self.done.set()
            self.thread.join()

    def cpu_seconds(self) -> float:
        """CPU time the processes have used so far, user and system."""
        return sum(sum(process.cpu_times()[:2]) for process in self.processes)

    def largest(self, name: str) -> float:
        """The largest peak of ``name`` over the processes, in MiB."""
        return max(peak[name] for peak in self.peaks.values()) / MIB


def one_run(refs: list[ItemRef], setup: BatchSetup, workers: int) -> dict[str, Any]:
    """Start a local cluster of ``workers`` processes, run the job on it, measure."""
    from distributed import Client

    from srccheck.archive.run import local_cluster, partition_size, run_on_dask
    from srccheck.archive.store import prepare

    out = Path(tempfile.mkdtemp(prefix="srccheck-scale-"))
    load_before = os.getloadavg()[0]
    try:
        started = time.perf_counter()
        with local_cluster(workers) as cluster, Client(cluster) as client:
            startup = time.perf_counter() - started
            idle = client.run(current_rss)
            pids = list(client.run(os.getpid).values())
            prepare(out)
            driver_cpu = time.process_time()
            began = time.perf_counter()
            sampler = MemorySampler(pids)
            workers_cpu = sampler.cpu_seconds()
            with sampler.running() as memory:
                summary = run_on_dask(
                    refs,
                    setup,
                    out,
                    scheduler=cluster.scheduler_address,
                    size=partition_size(len(refs), workers),
                )
            seconds = time.perf_counter() - began
            driver_cpu = time.process_time() - driver_cpu
            workers_cpu = memory.cpu_seconds() - workers_cpu
        assert summary.articles == len(refs) and not summary.failed, summary
        return {
            "workers": workers,
            "startup": startup,
            "seconds": seconds,
            "driver": driver_cpu / seconds,
            "cpu_ms": (driver_cpu + workers_cpu) * 1000 / len(refs),
            "idle_mib": max(idle.values()) / MIB,
            "rss_mib": memory.largest("rss"),
            "pss_mib": memory.largest("pss"),
            "uss_mib": memory.largest("uss"),
            "parquet_mib": sum(f.stat().st_size for f in out.rglob("*.parquet")) / MIB,
            "load": (load_before, os.getloadavg()[0]),
        }
    finally:
        shutil.rmtree(out, ignore_errors=True)


def plain_rows(refs: list[ItemRef], setup: BatchSetup, counts: list[int], words: float) -> None:
    """The same articles through `check_batch` in N plain processes, nothing written: how
    far this machine's cores scale for the check itself, the ceiling for Dask's figures."""
    from srccheck.archive.inputs import read_refs
    from srccheck.batch import check_batch

    base = None
    for jobs in counts:
        load = os.getloadavg()[0]
        began = time.perf_counter()
        for _ in check_batch(read_refs(refs), setup, jobs=jobs, keep_going=True):
            pass
        seconds = time.perf_counter() - began
        rate = len(refs) / seconds
        base = base or rate / jobs
        print(
            f"{f'{jobs} plain':>7} {'':>8} {seconds:>8.1f} {rate:>11,.0f} "
            f"{words / seconds:>10,.0f} {rate / jobs:>11,.0f} {rate / (base * jobs):>8.0%} "
            f"{'':>60} {load:>4.1f}-{os.getloadavg()[0]:<4.1f}",
            flush=True,
        )


def main() -> None:
    """Run the job for each worker count and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the job")
    parser.add_argument(
        "--workers", type=int, nargs="+", help="worker counts [1, 2 and the number of cores]"
    )
    parser.add_argument("--repeat", type=int, default=1, help="run each worker count N times")
    parser.add_argument(
        "--plain",
        action="store_true",
        help="also check the same articles without Dask (check_batch with jobs=N, no output)",
    )
    parser.add_argument("--data", type=Path, default=DEV, help=f"JSON Lines texts [{DEV}]")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"bench/scale.py: {args.data} is missing (the shared evaluation data)")
    from srccheck.batch import BatchSetup
    from srccheck.table import load_table

    counts = args.workers or sorted({1, 2, os.cpu_count() or 1})
    offsets, words = record_offsets(args.data)
    refs = repeated_refs(args.data, offsets, args.articles)
    total_words = words * args.articles / len(offsets)
    setup = BatchSetup(load_table())
    print(
        f"{args.articles:,} articles ({len(offsets)} PolNeAR dev texts repeated), "
        f"{total_words:,.0f} words; {os.cpu_count()} cores\n"
    )
    print(
        f"{'workers':>7} {'start s':>8} {'job s':>8} {'articles/s':>11} {'words/s':>10} "
        f"{'per worker':>11} {'scaling':>8} {'driver':>7} {'CPU ms':>7} {'idle RSS':>9} "
        f"{'peak RSS':>9} {'PSS':>5} {'USS':>5} {'parquet MiB':>12} {'load':>10}"
    )
    for _ in range(args.repeat):
        base = None  # each round against its own one-worker run, measured minutes apart
        for workers in counts:
            run = one_run(refs, setup, workers)
            rate = args.articles / run["seconds"]
            base = base or rate / workers
            print(
                f"{workers:>7} {run['startup']:>8.1f} {run['seconds']:>8.1f} {rate:>11,.0f} "
                f"{total_words / run['seconds']:>10,.0f} {rate / workers:>11,.0f} "
                f"{rate / (base * workers):>8.0%} {run['driver']:>7.0%} {run['cpu_ms']:>7.2f} "
                f"{run['idle_mib']:>9.0f} {run['rss_mib']:>9.0f} {run['pss_mib']:>5.0f} "
                f"{run['uss_mib']:>5.0f} {run['parquet_mib']:>12.1f} "
                f"{run['load'][0]:>4.1f}-{run['load'][1]:<4.1f}",
                flush=True,
            )
        if args.plain:
            plain_rows(refs, setup, counts, total_words)
    print(
        "\nscaling: articles/s against the first one-worker run times the worker count (100% is"
        "\nlinear); driver: the driver's CPU time over the job's wall time (one core = 100%);"
        "\nCPU ms: CPU time of the driver and the workers per article;"
        "\nmemory in MiB, the largest worker's: RSS before the job and peaks of RSS, PSS and"
        "\nUSS during it; load: the 1-minute load average before and after the run;"
        "\nN plain (--plain): check_batch in N processes without Dask, nothing written."
    )


if __name__ == "__main__":
    main()
