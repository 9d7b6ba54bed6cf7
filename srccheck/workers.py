"""What every worker process srccheck starts does first: leave stopping to the main process.

The main process decides when workers stop: it terminates them on Ctrl-C, SIGTERM and
SIGHUP and waits for them, so none is left running with a caller's pipes open. A worker
therefore ignores Ctrl-C (the terminal sends it to the whole process group) and dies at
once on SIGTERM and SIGHUP, instead of running the handlers it inherited by fork.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading


def leave_stopping_to_parent() -> None:
    """Set this worker process's signal handling (see the module's docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)


def may_start_workers() -> bool:
    """Whether this process may start worker processes of its own: not when it is itself a
    daemonic worker (a pool's or Dask's, which may not have children) and only from the main
    thread (a fork from another thread copies locks that thread's siblings may hold)."""
    return (
        not multiprocessing.current_process().daemon
        and threading.current_thread() is threading.main_thread()
    )


def usable_cores() -> int:
    """How many cores this process may run on (its CPU affinity where the OS tells)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
