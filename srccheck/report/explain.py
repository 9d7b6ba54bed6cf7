"""``--explain`` for the formats that machines read: the explanation as plain text for stderr."""

from __future__ import annotations

from srccheck.model import Report

#: Formats whose stdout a program reads, so ``--explain`` goes to stderr instead.
MACHINE_FORMATS = frozenset({"line", "json", "jsonl", "sarif", "github"})


def explanation_text(report: Report) -> str:
    """How each article's score was reached: a header line per article, then its steps."""
    out = []
    for article in report.articles:
        out.append(f"{article.path}: sourcing score {article.score.value} ({article.score.label})")
        out += [f"  {line}" for line in article.explanation]
    return "\n".join(out) + ("\n" if out else "")
