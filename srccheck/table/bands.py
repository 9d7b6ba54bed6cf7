"""Score bands: a 0-100 score as a label and an Admiralty source-reliability letter."""

from __future__ import annotations

# (lowest score of the band, label, Admiralty letter), highest band first.
BANDS: tuple[tuple[int, str, str], ...] = (
    (85, "high", "B"),
    (70, "generally reliable", "B"),
    (60, "mixed", "C"),
    (40, "caution", "D"),
    (20, "unreliable", "E"),
    (0, "deprecated", "E"),
)
UNRATED = ("unrated", "F")


def band(score: int | None) -> tuple[str, str]:
    """Return the (label, Admiralty letter) of a score; ``None`` is unrated (F)."""
    if score is None:
        return UNRATED
    for lowest, label, letter in BANDS:
        if score >= lowest:
            return label, letter
    return BANDS[-1][1], BANDS[-1][2]
