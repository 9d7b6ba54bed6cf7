"""``srccheck check FILE…``: analyse articles and print the provenance report."""

from __future__ import annotations

from pathlib import Path

import click

from srccheck.reading import read_article


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check(paths: tuple[Path, ...]) -> int:
    """Check the sourcing of the articles at PATHS."""
    for path in paths:
        text = read_article(path)
        click.echo(f"{path}: {len(text.split())} words read (analysis not yet available)")
    return 0
