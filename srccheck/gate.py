"""Why an article fails the gate, in one line that names the article, what failed and the bar.

``engine.exit_status`` decides whether the run fails; these lines say why, for the CLI to
print on stderr whatever the report format is.
"""

from __future__ import annotations

from srccheck.model import ArticleReport, Level, Report


def gate_failures(
    report: Report, fail_on: str = "error", fail_under: int | None = None
) -> list[str]:
    """One line per article that fails ``--fail-on`` or ``--fail-under``, in report order."""
    threshold = None if fail_on == "never" else Level.parse(fail_on)
    lines = []
    for article in report.articles:
        reasons = _reasons(article, threshold, fail_under)
        if reasons:
            lines.append(f"{article.path}: {'; '.join(reasons)}")
    return lines


def _reasons(article: ArticleReport, threshold: Level | None, fail_under: int | None) -> list[str]:
    reasons = []
    value = article.score.value
    if fail_under is not None and value < fail_under:
        reasons.append(f"sourcing score {value} is under --fail-under {fail_under}")
    if threshold is not None:
        failing = [f for f in article.findings if f.level >= threshold and not f.suppressed]
        if failing:
            rules = sorted({f.rule for f in failing})
            noun = "finding" if len(failing) == 1 else "findings"
            reasons.append(
                f"{len(failing)} {noun} at or above --fail-on {threshold} ({', '.join(rules)})"
            )
    return reasons
