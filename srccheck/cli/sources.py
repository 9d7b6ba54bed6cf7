"""``srccheck sources …``: inspect, look up, validate and start reliability tables."""

from __future__ import annotations

import click


@click.group()
def sources() -> None:
    """Inspect and maintain the reliability table (sources.toml)."""
