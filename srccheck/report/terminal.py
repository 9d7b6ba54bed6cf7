"""The report people read: rich tables, a provenance tree and findings in context.

Everything taken from the article goes through `rich.text.Text` (never markup), with control
characters made visible, so "[bold]", ":fire:" or an escape sequence print as written.
"""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from srccheck.model import ArticleReport, Finding, Level, Report, Span
from srccheck.report import RenderOptions, shown_findings
from srccheck.report.claims import claims
from srccheck.report.text import plain, shorten

_LETTER_STYLE = {
    "A": "bold green",
    "B": "green",
    "C": "yellow",
    "D": "dark_orange",
    "E": "bold red",
    "F": "dim",
}
_LEVEL_STYLE = {Level.ERROR: "bold red", Level.WARNING: "yellow", Level.INFO: "cyan"}
_CONTEXT = 70
_CONTEXT_BEFORE = 24


def render_terminal(report: Report, stream: TextIO, options: RenderOptions) -> None:
    """Print the report for a person, in colour on a terminal, plain otherwise."""
    console = _console(stream, options)
    print_report(report, console, options)


def _console(stream: TextIO, options: RenderOptions) -> Console:
    return Console(
        file=stream,
        width=options.width,
        # None leaves it to the console: colour on a terminal unless NO_COLOR is set.
        no_color=True if options.color is False else None,
        force_terminal=True if options.color else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )


def print_report(report: Report, console: Console, options: RenderOptions) -> None:
    """Print the whole report (every article, then a summary and errors) on ``console``."""
    for article in report.articles:
        console.print(_header(article))
        if article.detection.sources:
            console.print(_sources_table(article))
        claims_table = _claims_table(article)
        if claims_table is not None:
            console.print(claims_table)
        tree = _provenance(article)
        if tree is not None:
            console.print(tree)
        if options.explain:
            console.print(_explanation(article))
        _print_findings(article, console, options)
        console.print()
    if len(report.articles) > 1:
        console.print(_summary(report))
    for error in report.errors:
        console.print(
            Text.assemble(("error ", "bold red"), plain(error.path), ": ", plain(error.message))
        )


def _header(article: ArticleReport) -> Panel:
    score = article.score
    counts = article.counts
    active = [f for f in article.findings if not f.suppressed]
    levels = {level: sum(1 for f in active if f.level is level) for level in Level}
    title = Text.assemble(("srccheck ", "bold"), plain(article.path))
    value = "—" if score.value is None else str(score.value)
    style = _LETTER_STYLE.get(score.letter, "")
    line = Text.assemble(
        ("sourcing score ", "bold"),
        (f"{value} ({score.label})", style),
        f"   sources {counts.get('sources', 0)} (named {counts.get('named', 0)}, "
        f"vague {counts.get('vague', 0)}, quoted {counts.get('quoted', 0)}, "
        f"unrated {counts.get('unrated', 0)})",
    )
    verdict = Text.assemble(
        ("findings ", "bold"),
        (
            f"{levels[Level.ERROR]} error(s)",
            _LEVEL_STYLE[Level.ERROR] if levels[Level.ERROR] else "",
        ),
        f", {levels[Level.WARNING]} warning(s), {levels[Level.INFO]} note(s)",
        f"; {len(article.findings) - len(active)} suppressed"
        if len(active) < len(article.findings)
        else "",
    )
    return Panel(Group(line, verdict), title=title, title_align="left", expand=True)


def _sources_table(article: ArticleReport) -> Table:
    """One row per source: the name (kind, role, affiliation and whether it is quoted under it,
    wrapped at spaces) and the rating on one line, so neither a name nor a rating is cut
    mid-word at 80 columns."""
    table = Table(
        title="Sources", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, expand=False
    )
    table.add_column("source", min_width=16, ratio=1)
    table.add_column("rating", no_wrap=True)
    table.add_column("from", no_wrap=True, style="dim")
    table.add_column("men.", justify="right", no_wrap=True)
    detection = article.detection
    for source in detection.sources:
        rating = article.ratings[source.id]
        quoted = any(a.direct for a in detection.attributions if a.source == source.id)
        affiliation = ", ".join(p for p in (source.role, source.affiliation) if p)
        if source.former and affiliation:
            affiliation = "former " + affiliation
        about = " · ".join(
            p for p in (source.kind.value, affiliation, "quoted" if quoted else "") if p
        )
        score = "—" if rating.score is None else str(rating.score)
        table.add_row(
            Text.assemble(
                plain(source.name),
                ("" if source.named else " (unnamed)"),
                "\n",
                (plain(about), "dim"),
            ),
            Text(f"{rating.letter} {score} {rating.label}", style=_LETTER_STYLE[rating.letter]),
            Text(_ORIGIN_NAMES.get(rating.origin, rating.origin)),
            Text(str(max(len(source.mentions), 1))),
        )
    return table


def _claims_table(article: ArticleReport) -> Table | None:
    """Who said what: every attribution in text order with its source, cue and claim."""
    detection = article.detection
    if not detection.attributions:
        return None
    table = Table(
        title="Claims", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, expand=False
    )
    table.add_column("where", no_wrap=True, justify="right")
    table.add_column("source", ratio=1, min_width=12)
    table.add_column("cue", no_wrap=True, style="dim")
    table.add_column("claim", ratio=2, min_width=16)
    for claim in claims(article):
        table.add_row(
            Text(claim.where),
            Text.assemble(plain(claim.source), (f"  {claim.letter}", _LETTER_STYLE[claim.letter])),
            Text(plain(claim.cue)),
            Text(plain(claim.excerpt)),
        )
    return table


_ORIGIN_NAMES = {
    "entry": "table",
    "affiliation": "affiliation",
    "class-default": "class",
    "kind-default": "kind",
    "unrated": "not in table",
}


def _provenance(article: ArticleReport) -> Tree | None:
    detection = article.detection
    relayed = [a for a in detection.attributions if a.via is not None]
    if not relayed:
        return None
    tree = Tree(Text("Provenance chains", style="bold"))
    carriers: dict[str, Tree] = {}
    for attribution in relayed:
        assert attribution.via is not None
        carrier = detection.source(attribution.via)
        rating = article.ratings[carrier.id]
        node = carriers.get(carrier.id)
        if node is None:
            node = tree.add(
                Text.assemble(
                    plain(carrier.name), (f"  {rating.letter}", _LETTER_STYLE[rating.letter])
                )
            )
            carriers[carrier.id] = node
        origin = detection.source(attribution.source)
        origin_rating = article.ratings[origin.id]
        claim = shorten(attribution.content.text, 60) if attribution.content else ""
        node.add(
            Text.assemble(
                "relays ",
                plain(origin.name),
                (f"  {origin_rating.letter}", _LETTER_STYLE[origin_rating.letter]),
                (f"  “{claim}”" if claim else "", "dim"),
            )
        )
    return tree


def _explanation(article: ArticleReport) -> Panel:
    lines = Text("\n".join(plain(line) for line in article.explanation))
    return Panel(lines, title="How the score was reached", title_align="left")


def _print_findings(article: ArticleReport, console: Console, options: RenderOptions) -> None:
    shown = shown_findings(article, options)
    if not shown:
        console.print(Text("No findings.", style="green"))
        return
    console.print(Text("Findings", style="bold"))
    for finding in shown:
        console.print(_finding_line(article, finding))
        console.print(
            _context(article.detection.text, finding.span), no_wrap=True, overflow="ellipsis"
        )


def _finding_line(article: ArticleReport, finding: Finding) -> Text:
    where = f"{finding.span.line}:{finding.span.column}"
    text = Text.assemble(
        (f"{where:>7} ", "bold"),
        (f"{finding.level!s:<7} ", _LEVEL_STYLE[finding.level]),
        (f"{finding.rule} ", "bold"),
        plain(finding.message),
    )
    if finding.suppressed:
        text.append(f"  (suppressed: {plain(finding.suppression or '')})", style="dim")
        text.stylize("dim")
    return text


def _context(text: str, span: Span) -> Text:
    """The stretch of the article around a span, on one line, the span highlighted."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    start = max(line_start, span.start - _CONTEXT_BEFORE)
    end = min(line_end, max(span.end, span.start + 20) + _CONTEXT, span.start + 3 * _CONTEXT)
    before = plain(text[start : span.start])
    inside = plain(text[span.start : min(span.end, end)])
    after = plain(text[min(span.end, end) : end])
    return Text.assemble(
        "        ",
        ("…" if start > line_start else ""),
        before,
        (inside, "reverse bold"),
        after,
        ("…" if end < line_end else ""),
    )


def _summary(report: Report) -> Table:
    table = Table(title="Summary", title_justify="left")
    for column in ("article", "score", "sources", "errors", "warnings", "notes"):
        table.add_column(column, overflow="fold")
    for article in report.articles:
        active = [f for f in article.findings if not f.suppressed]
        count = {level: sum(1 for f in active if f.level is level) for level in Level}
        value = "—" if article.score.value is None else str(article.score.value)
        table.add_row(
            Text(plain(article.path)),
            Text(f"{value} {article.score.label}"),
            Text(str(article.counts.get("sources", 0))),
            Text(str(count[Level.ERROR])),
            Text(str(count[Level.WARNING])),
            Text(str(count[Level.INFO])),
        )
    for error in report.errors:
        table.add_row(
            Text(plain(error.path)),
            Text("unreadable", style="red"),
            Text(""),
            Text(""),
            Text(""),
            Text(""),
        )
    return table
