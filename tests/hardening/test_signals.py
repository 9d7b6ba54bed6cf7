"""SIGTERM and SIGHUP on a run with worker processes: workers stopped, the caller's pipes
closed, status 128 + N, and no file left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLE = "Sources said the dam had been mined. Officials said the town was evacuated.\n"
REPO = Path(__file__).resolve().parent.parent.parent


def _writer_for(fifo: Path, deadline: float) -> int:
    """Open ``fifo`` for writing as soon as a reader has it open (the run's worker)."""
    while time.monotonic() < deadline:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: nobody reads it yet
            time.sleep(0.05)
    raise AssertionError("srccheck never opened the named pipe")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_stops_the_workers_and_leaves_nothing_behind(tmp_path, signum, status):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("SRCCHECK_")
    }
    environment["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    environment["PYTHONPATH"] = str(REPO)
    (tmp_path / ".git").mkdir()
    # A worker reads the pipe, which has a writer and no data: it would wait for ever.
    articles = ["a.txt", "stuck.txt", "b.txt", "c.txt"]
    options = ["--jobs", "2", "--format", "json", "--output", "report.json"]
    run = subprocess.Popen(
        [sys.executable, "-m", "srccheck", *articles, *options],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    writer = _writer_for(fifo, time.monotonic() + 30)
    try:
        run.send_signal(signum)
        run.send_signal(signum)  # a second signal does not cut the clean-up short
        # The caller reads the pipes to the end: that ends only when no worker holds them.
        stdout, stderr = run.communicate(timeout=20)
    finally:
        os.close(writer)
        if run.poll() is None:
            run.kill()
    assert run.returncode == status, stderr
    assert b"Traceback" not in stderr and stdout == b""
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [".git", "a.txt", "b.txt", "c.txt", "stuck.txt"]
