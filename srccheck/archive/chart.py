"""A small chart of sourcing shares over months (matplotlib, the ``plot`` extra)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from srccheck.errors import SrccheckError

#: The shares drawn, one panel each: (column, title).
PANELS = (
    ("anonymous_or_vague_share", "anonymous or vague attributions"),
    ("low_rated_carrier_share", "claims relayed by low-rated carriers"),
)
CHART_SUFFIXES = (".png", ".svg")


def draw_trends(groups: Sequence[dict[str, Any]], series: str | None, path: Path) -> None:
    """Draw each panel's share by month, one line per value of ``series`` (or one line).

    ``groups`` are `srccheck.archive.stats.Stats.groups` rows grouped by month (and by
    ``series``). The file is written whole or not at all; PNG or SVG by its suffix.
    """
    if path.suffix.lower() not in CHART_SUFFIXES:
        raise SrccheckError(f"{path}: a chart is a .png or .svg file")
    import matplotlib

    matplotlib.use("Agg")  # no screen: render to a file only
    import matplotlib.pyplot as plt

    months = sorted({g["month"] for g in groups if g["month"] != "unknown"})
    if not months:
        raise SrccheckError("no article has a known month: nothing to draw over time")
    names = sorted({g[series] for g in groups}) if series else ["all articles"]
    figure, axes = plt.subplots(1, len(PANELS), figsize=(10, 3.6), sharex=True)
    for axis, (column, title) in zip(axes, PANELS, strict=True):
        for name in names:
            values = {
                g["month"]: g[column]
                for g in groups
                if (series is None or g[series] == name) and g[column] is not None
            }
            xs = [m for m in months if m in values]
            axis.plot(xs, [values[m] * 100 for m in xs], marker="o", label=str(name))
        axis.set_title(title, fontsize=10)
        axis.set_ylabel("% of attributions")
        axis.set_ylim(bottom=0)
        axis.tick_params(axis="x", rotation=45, labelsize=8)
    if series:
        axes[-1].legend(fontsize=8, title=series)
    figure.tight_layout()
    _save(figure, path)
    plt.close(figure)


def _save(figure: Any, path: Path) -> None:
    import os
    import tempfile

    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent if str(path.parent) else "."
    )
    os.close(handle)
    try:
        figure.savefig(temporary, format=path.suffix[1:].lower())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
