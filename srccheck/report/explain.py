"""``--explain`` for the formats that machines read: the explanation as plain text for stderr."""

from __future__ import annotations

from srccheck.model import Report
from srccheck.report.text import message, plain

#: Formats whose stdout a program reads, so ``--explain`` goes to stderr instead.
MACHINE_FORMATS = frozenset({"line", "json", "jsonl", "sarif", "github"})


def explanation_text(report: Report) -> str:
    """How each article's score was reached: a header line per article, then its steps."""
    out = []
    for article in report.articles:
        score = article.score
        out.append(f"{message(article.path)}: sourcing score {score.value} ({score.label})")
        out += [f"  {plain(line)}" for line in article.explanation]
    return "\n".join(out) + ("\n" if out else "")
