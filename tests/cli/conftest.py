"""Set-up shared by the CLI tests: a run that sees nothing of the machine it runs on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def isolate(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``root`` a project root with no user configuration and no srccheck variables.

    The ``.git`` folder stops configuration discovery there, ``XDG_CONFIG_HOME`` points at an
    empty folder, and every ``SRCCHECK_*`` variable and the step summary path are cleared, so
    a developer's or CI's own settings never reach the run under test.
    """
    (root / ".git").mkdir(exist_ok=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    for name in list(os.environ):
        if name.startswith("SRCCHECK_") or name == "GITHUB_STEP_SUMMARY":
            monkeypatch.delenv(name)
