"""The HTML report: one standalone page an editor reads in a browser, on a desk or a phone.

For each article: the verdict, the article text with every source's mentions and claims
highlighted in that source's colour, the findings beside the text (below it on a narrow
screen), the sources table, the claims in text order and how the score was reached. Only
inline CSS, no script, no external resource. Everything taken from the article is escaped.
"""

from __future__ import annotations

import html
import itertools
from typing import TextIO

from srccheck.model import ArticleReport, Finding, Report
from srccheck.report import RenderOptions, shown_findings
from srccheck.report.claims import claims
from srccheck.report.text import plain

#: Source colours cycle through this many CSS classes (``c0`` ...).
PALETTE_SIZE = 8

_STYLE = """
:root { --ink: #1d232b; --muted: #5b6673; --line: #d9dee4; --paper: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink); background: #f4f6f8; }
header.page { padding: 12px 20px; background: #1d232b; color: #fff; }
header.page h1 { margin: 0; font-size: 1.1rem; font-weight: 600; }
main { max-width: 1240px; margin: 0 auto; padding: 12px; }
section.article { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 16px 20px; margin: 0 0 20px; }
h2 { font-size: 1.15rem; margin: 0 0 6px; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 20px 0 8px; }
.verdict { margin: 0 0 12px; color: var(--muted); }
.verdict .score { font-size: 1.6rem; font-weight: 700; color: var(--ink); margin-right: 6px; }
.layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 20px; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif;
  font-size: 1.02rem; line-height: 1.7; }
aside { border-left: 3px solid var(--line); padding-left: 14px; font-size: .92rem; }
aside ol { padding-left: 0; list-style: none; margin: 0; }
aside li { margin: 0 0 10px; }
.level { display: inline-block; min-width: 4.2em; font-weight: 600; }
.error { color: #b3261e; } .warning { color: #9a6700; } .info { color: #0b6bcb; }
.suppressed { opacity: .55; text-decoration: line-through; }
.rule { font-family: ui-monospace, monospace; font-size: .85em; }
sup.fn a { font: 600 .7rem ui-monospace, monospace; color: #b3261e; text-decoration: none; }
.mention { font-weight: 600; border-bottom: 2px solid currentColor; }
.claim { border-radius: 3px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
td.nowrap, th.nowrap { white-space: nowrap; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px;
  margin-right: 6px; vertical-align: baseline; }
.c0 { --c: #1f77b4; --bg: #e3eef8; } .c1 { --c: #c2410c; --bg: #fdebdc; }
.c2 { --c: #15803d; --bg: #e0f2e6; } .c3 { --c: #7e22ce; --bg: #f1e6fb; }
.c4 { --c: #a16207; --bg: #fbf1d6; } .c5 { --c: #be185d; --bg: #fbe4ef; }
.c6 { --c: #0f766e; --bg: #daf1ee; } .c7 { --c: #4338ca; --bg: #e6e6fb; }
.mention[class*=" c"] { color: var(--c); } .claim[class*=" c"] { background: var(--bg); }
.swatch[class*=" c"] { background: var(--c); }
details { margin-top: 12px; } summary { cursor: pointer; font-weight: 600; }
.errors { color: #b3261e; }
.band-B { color: #15803d; } .band-C { color: #a16207; } .band-D { color: #c2410c; }
.band-E { color: #b3261e; } .band-F { color: #5b6673; }
@media (max-width: 760px) {
  main { padding: 6px; } section.article { padding: 12px; border-radius: 0; }
  .layout { grid-template-columns: minmax(0, 1fr); }
  aside { border-left: 0; border-top: 3px solid var(--line); padding: 10px 0 0; }
  .body { font-size: 1rem; }
  .hide-narrow { display: none; }
}
"""


def render_html(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """Write the report as one standalone, responsive HTML page."""
    stream.write(html_page(report, options))


def html_page(report: Report, options: RenderOptions) -> str:
    """The whole page as a string."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>srccheck report</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f'<header class="page"><h1>srccheck report · {len(report.articles)} article(s)</h1>'
        "</header>",
        "<main>",
    ]
    for number, article in enumerate(report.articles, 1):
        parts.append(_article(article, f"a{number}", options))
    if report.errors:
        parts.append('<section class="article errors"><h2>Files not checked</h2><ul>')
        parts += [f"<li>{_e(e.path)}: {_e(e.message)}</li>" for e in report.errors]
        parts.append("</ul></section>")
    parts += ["</main>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _e(text: str) -> str:
    """Escaped, on one line, control characters shown as escapes."""
    return html.escape(plain(text), quote=True)


def _article(article: ArticleReport, key: str, options: RenderOptions) -> str:
    colours = {s.id: f"c{i % PALETTE_SIZE}" for i, s in enumerate(article.detection.sources)}
    findings = shown_findings(article, options)
    active = [f for f in article.findings if not f.suppressed]
    score = article.score
    return "\n".join(
        [
            f'<section class="article" id="{key}">',
            f"<h2>{_e(article.path)}</h2>",
            f'<p class="verdict"><span class="score band-{score.letter}">{score.value}</span>'
            f"{_e(score.label)} · sources {article.counts.get('sources', 0)} · "
            f"findings {len(active)}</p>",
            '<div class="layout">',
            f'<div class="body">{_body(article, colours, findings, key)}</div>',
            _findings_aside(findings, key),
            "</div>",
            _sources_table(article, colours),
            _claims_table(article, colours),
            _explanation(article, options.explain),
            "</section>",
        ]
    )


def _body(
    article: ArticleReport, colours: dict[str, str], findings: list[Finding], key: str
) -> str:
    """The article text, cut at every highlight boundary; each piece gets its own span, so
    overlapping highlights never nest (a mention inside a claim shows as the mention)."""
    text = article.detection.text
    marks: list[tuple[int, int, int, str, str]] = []  # start, end, priority, class, title
    names = {s.id: s.name for s in article.detection.sources}
    for attribution in article.detection.attributions:
        if attribution.content is not None:
            span = attribution.content
            title = f"claim by {names[attribution.source]}"
            marks.append((span.start, span.end, 1, f"claim {colours[attribution.source]}", title))
    for source in article.detection.sources:
        rating = article.ratings[source.id]
        shown = "unrated" if rating.score is None else f"{rating.score} {rating.label}"
        title = f"{source.name}: {rating.letter} {shown}"
        for span in source.mentions:
            marks.append((span.start, span.end, 2, f"mention {colours[source.id]}", title))
    notes: dict[int, list[int]] = {}
    for number, finding in enumerate(findings, 1):
        notes.setdefault(finding.span.start, []).append(number)
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks), *notes})
    opening: dict[int, list[int]] = {}
    for index, mark in enumerate(marks):
        opening.setdefault(mark[0], []).append(index)
    active: set[int] = set()  # marks covering the current piece, found in one sweep
    out = []
    for start, end in itertools.pairwise(cuts):
        numbers = notes.get(start)
        if numbers:
            links = ",".join(f'<a href="#{key}-f{n}">{n}</a>' for n in numbers)
            out.append(f'<sup class="fn">{links}</sup>')
        active.update(opening.get(start, ()))
        active = {i for i in active if marks[i][1] >= end}
        piece = _escape_body(text[start:end])
        if active:
            _, _, _, css, title = max((marks[i] for i in active), key=lambda m: (m[2], m[0]))
            out.append(f'<span class="{css}" title="{_e(title)}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out).strip()


def _escape_body(text: str) -> str:
    """Escape article text but keep its line breaks (the body is ``pre-wrap``)."""
    return "\n".join(html.escape(plain(line), quote=True) for line in text.split("\n"))


def _findings_aside(findings: list[Finding], key: str) -> str:
    if not findings:
        return "<aside><h3>Findings</h3><p>No findings.</p></aside>"
    items = []
    for number, finding in enumerate(findings, 1):
        css = f"{finding.level} suppressed" if finding.suppressed else str(finding.level)
        why = f" (suppressed: {_e(finding.suppression or '')})" if finding.suppressed else ""
        items.append(
            f'<li id="{key}-f{number}" class="{"suppressed" if finding.suppressed else ""}">'
            f'<sup class="fn"><a href="#{key}">{number}</a></sup> '
            f'<span class="level {css}">{finding.level}</span> '
            f'<span class="rule">{finding.rule}</span> '
            f"{finding.span.line}:{finding.span.column}<br>{_e(finding.message)}{why}</li>"
        )
    return "<aside><h3>Findings</h3><ol>" + "".join(items) + "</ol></aside>"


def _sources_table(article: ArticleReport, colours: dict[str, str]) -> str:
    if not article.detection.sources:
        return ""
    rows = []
    for source in article.detection.sources:
        rating = article.ratings[source.id]
        shown = "—" if rating.score is None else str(rating.score)
        about = ", ".join(p for p in (source.role, source.affiliation) if p)
        if source.former and about:
            about = "former " + about
        rows.append(
            "<tr>"
            f'<td><span class="swatch {colours[source.id]}"></span>{_e(source.name)}'
            f"{'' if source.named else ' <small>(unnamed)</small>'}</td>"
            f'<td class="hide-narrow">{source.kind.value}</td>'
            f'<td class="hide-narrow">{_e(about)}</td>'
            f'<td class="nowrap">{rating.letter} {shown} {_e(rating.label)}</td>'
            f'<td class="hide-narrow">{_e(rating.origin)}</td>'
            f"<td>{max(len(source.mentions), 1)}</td>"
            "</tr>"
        )
    head = (
        '<tr><th>source</th><th class="hide-narrow">kind</th>'
        '<th class="hide-narrow">role, affiliation</th><th class="nowrap">rating</th>'
        '<th class="hide-narrow">rated from</th><th>men.</th></tr>'
    )
    return (
        '<h3>Sources</h3><div class="table-wrap"><table>'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _claims_table(article: ArticleReport, colours: dict[str, str]) -> str:
    rows = [
        "<tr>"
        f'<td class="nowrap">{claim.where}</td>'
        f'<td><span class="swatch {colours[claim.source_id]}"></span>{_e(claim.source)} '
        f"({claim.letter})</td>"
        f'<td class="nowrap hide-narrow">{_e(claim.cue)}</td>'
        f"<td>{_e(claim.excerpt)}</td>"
        "</tr>"
        for claim in claims(article)
    ]
    if not rows:
        return "<h3>Claims</h3><p>No claim in the article is attributed to a source.</p>"
    head = (
        '<tr><th class="nowrap">where</th><th>source</th><th class="hide-narrow">cue</th>'
        "<th>claim</th></tr>"
    )
    return (
        '<h3>Claims: who said what</h3><div class="table-wrap"><table>'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _explanation(article: ArticleReport, open_it: bool) -> str:
    rows = "".join(
        f"<tr><td>{_e(part.name)}</td><td class='nowrap'>{part.credit:.0%}</td>"
        f"<td class='nowrap'>{part.weight:g}</td><td>{_e(part.detail)}</td></tr>"
        for part in article.score.components
    )
    return (
        f"<details{' open' if open_it else ''}><summary>How the score was reached</summary>"
        '<div class="table-wrap"><table><thead><tr><th>component</th><th>credit</th>'
        f"<th>weight</th><th>what was counted</th></tr></thead><tbody>{rows}</tbody></table>"
        f"</div><p>{_e(article.explanation[-1]) if article.explanation else ''}</p></details>"
    )
