#!/usr/bin/env python3
"""Regenerate docs/screenshot.svg: srccheck's own terminal report of the example article."""

from __future__ import annotations

import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rich.console import Console  # noqa: E402

from srccheck.engine import check_text  # noqa: E402
from srccheck.model import Report  # noqa: E402
from srccheck.report import RenderOptions  # noqa: E402
from srccheck.report.terminal import print_report  # noqa: E402


def main() -> None:
    """Check the example article and export the terminal report as SVG."""
    path = "examples/ministry-and-channels.txt"
    text = (REPO / path).read_text(encoding="utf-8")
    report = Report("0.1.0", [check_text(text, path=path)])
    console = Console(
        file=io.StringIO(),
        record=True,
        width=100,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
        emoji=False,
        markup=False,
    )
    print_report(report, console, RenderOptions(width=100))
    (REPO / "docs" / "screenshot.svg").write_text(
        console.export_svg(title="srccheck examples/ministry-and-channels.txt", clear=False),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
