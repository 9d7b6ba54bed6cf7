"""Shared set-up for the hardening tests: an isolated working directory and a CLI runner."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from srccheck.cli import cli

#: No hardening case may take longer than this: a hang or a quadratic blow-up fails the test
#: instead of stalling CI. (Speed itself is measured in bench/speed.py, not here.)
HANG_LIMIT_SECONDS = 60


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Fail a test that runs for more than `HANG_LIMIT_SECONDS`."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {HANG_LIMIT_SECONDS} s: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(HANG_LIMIT_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CliRunner in an empty directory with no configuration from the machine."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # configuration discovery stops here
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in list(__import__("os").environ):
        if name.startswith("SRCCHECK_") or name == "GITHUB_STEP_SUMMARY":
            monkeypatch.delenv(name)
    return CliRunner()


def invoke(runner: CliRunner, *args: str, **kwargs: object) -> Result:
    """Run ``srccheck ARGS``; an exception escaping the CLI fails the test."""
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)  # type: ignore[arg-type]


def one_error_line(result: Result) -> str:
    """The single line a failed run printed on stderr (asserting there is exactly one)."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]
