"""The Markdown report: for a pull-request comment or a GitHub step summary."""

from __future__ import annotations

from typing import TextIO

from srccheck.model import ArticleReport, Report
from srccheck.report import RenderOptions, shown_findings
from srccheck.report.claims import claims
from srccheck.report.text import markdown


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell (no markup, no pipes, one line)."""
    return markdown(text, 120)


def render_markdown(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """Verdict, score, sources and findings of every article as GitHub-flavoured Markdown."""
    stream.write(markdown_text(report, options))


def markdown_text(report: Report, options: RenderOptions, max_findings: int = 200) -> str:
    """The Markdown report as a string."""
    out: list[str] = ["# srccheck report", ""]
    for article in report.articles:
        score = article.score
        value = str(score.value)
        active = [f for f in article.findings if not f.suppressed]
        out += [
            f"## {cell(article.path)}",
            "",
            f"**Sourcing score:** {value} ({cell(score.label)}) · "
            f"**sources:** {article.counts.get('sources', 0)} · "
            f"**findings:** {len(active)}",
            "",
        ]
        if article.detection.sources:
            out += [
                "| source | kind | affiliation | rating | rated from |",
                "| --- | --- | --- | --- | --- |",
            ]
            for source in article.detection.sources:
                rating = article.ratings[source.id]
                shown = "—" if rating.score is None else str(rating.score)
                affiliation = ", ".join(p for p in (source.role, source.affiliation) if p)
                out.append(
                    f"| {cell(source.name)} | {source.kind.value} | {cell(affiliation)} | "
                    f"{rating.letter} {shown} {cell(rating.label)} | {cell(rating.origin)} |"
                )
            out.append("")
        out += _claims_section(article, max_findings)
        listed = shown_findings(article, options)
        if listed:
            out += ["| where | level | rule | message |", "| --- | --- | --- | --- |"]
            for finding in listed[:max_findings]:
                level = (
                    f"~~{finding.level}~~ (suppressed)"
                    if finding.suppressed
                    else str(finding.level)
                )
                out.append(
                    f"| {finding.span.line}:{finding.span.column} | {level} | {finding.rule} | "
                    f"{cell(finding.message)} |"
                )
            if len(listed) > max_findings:
                out.append(f"\n_{len(listed) - max_findings} more findings not shown._")
            out.append("")
        if options.explain:
            out += ["**How the score was reached**", ""]
            out += [f"- {cell(line)}" for line in article.explanation] + [""]
    for error in report.errors:
        out.append(f"- **error** {cell(error.path)}: {cell(error.message)}")
    return "\n".join(out).rstrip() + "\n"


def _claims_section(article: ArticleReport, limit: int) -> list[str]:
    """Who said what, in text order: where, source, cue and the start of the claim."""
    rows = list(claims(article))
    if not rows:
        return []
    out = [
        "<details><summary>Claims: who said what</summary>",
        "",
        "| where | source | cue | claim |",
        "| --- | --- | --- | --- |",
    ]
    for claim in rows[:limit]:
        out.append(
            f"| {claim.where} | {cell(claim.source)} ({claim.letter}) | {cell(claim.cue)} | "
            f"{cell(claim.excerpt)} |"
        )
    if len(rows) > limit:
        out.append(f"\n_{len(rows) - limit} more claims not shown._")
    return [*out, "", "</details>", ""]
