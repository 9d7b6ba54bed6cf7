"""The terminal report exported by rich as a standalone HTML page."""

from __future__ import annotations

import io
from typing import TextIO

from srccheck.model import Report
from srccheck.report import RenderOptions

HTML_WIDTH = 100
"""Fixed, so that a page does not depend on the terminal it was made from."""


def render_html(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """Write the terminal report as one HTML page with inline styles."""
    from rich.console import Console

    from srccheck.report.terminal import print_report

    console = Console(
        file=io.StringIO(),
        record=True,
        width=HTML_WIDTH,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
        emoji=False,
        markup=False,
    )
    print_report(report, console, options)
    stream.write(console.export_html(inline_styles=True, clear=False))
