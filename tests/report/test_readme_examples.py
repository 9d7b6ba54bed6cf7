"""The README's side-by-side of a sound and a weak report is what srccheck prints today."""

from __future__ import annotations

from pathlib import Path

from srccheck.engine import check_text
from srccheck.model import ArticleReport

ROOT = Path(__file__).parents[2]
EXAMPLES = ("examples/sound-report.txt", "examples/weak-report.txt")


def side_by_side(reports: list[ArticleReport]) -> str:
    """The README's comparison table: score, then each component's credit and count."""
    keys: dict[str, str] = {}
    for report in reports:
        keys.update((c.key, c.name) for c in report.score.components)
    rows = [
        "| | " + " | ".join(f"`{r.path}`" for r in reports) + " |",
        "| --- | --- | --- |",
        "| **sourcing score** | "
        + " | ".join(f"**{r.score.value}** ({r.score.label})" for r in reports)
        + " |",
    ]
    for key, name in keys.items():
        cells = []
        for report in reports:
            part = next((c for c in report.score.components if c.key == key), None)
            cells.append("—" if part is None else f"{part.credit:.0%}: {part.detail.split(';')[0]}")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows.append(
        "| findings | "
        + " | ".join(", ".join(f.rule for f in r.findings) or "none" for r in reports)
        + " |"
    )
    return "\n".join(rows) + "\n"


def test_readme_shows_the_examples_as_they_score() -> None:
    reports = [check_text((ROOT / p).read_text(encoding="utf-8"), path=p) for p in EXAMPLES]
    table = side_by_side(reports)
    assert table in (ROOT / "README.md").read_text(encoding="utf-8"), "paste into README:\n" + table


def test_the_sound_example_outscores_the_weak_one() -> None:
    sound, weak = (check_text((ROOT / p).read_text(encoding="utf-8"), path=p) for p in EXAMPLES)
    assert sound.score.value >= 80 > 40 >= weak.score.value
