"""Flat rows with stable columns: one per article, one per attribution.

The columns below are a public contract (``SCHEMA_VERSION``): names and meanings stay, new
columns may be added at the end with a new version. Each is ``(name, type, meaning)`` with
types ``string``, ``int32``, ``bool`` and ``list<string>``; any value but a ``bool`` may be
null. Rows are plain dicts in column order, so that they compare and serialise the same
whether they were made in one process or read back from Parquet written on a cluster.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from srccheck.archive.metadata import describe
from srccheck.batch import ArticleResult
from srccheck.model import ArticleReport, Attribution, Level, Span
from srccheck.sourcing import LOW_SCORE

#: Version of the row layout below, written into every Parquet file's metadata.
SCHEMA_VERSION = 1

ARTICLE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "string", "the article's id: its path, or its record's id"),
    ("input", "string", "where it was read: the path, or FILE:LINE of a JSON Lines record"),
    ("outlet", "string", "outlet, from metadata or front matter"),
    ("folder", "string", "the directory it sits in, under the directory given to the run"),
    ("date", "string", "publication date, YYYY-MM-DD or YYYY-MM"),
    ("month", "string", "YYYY-MM of the date"),
    ("words", "int32", "words in the text"),
    ("score", "int32", "the article's sourcing score 0-100 (null when it has none)"),
    ("label", "string", "the score's label"),
    ("sources", "int32", "distinct sources"),
    ("named", "int32", "named sources"),
    ("vague", "int32", "vague or anonymous sources"),
    ("quoted", "int32", "sources quoted directly"),
    ("unrated", "int32", "sources without a rating"),
    ("attributions", "int32", "attributions"),
    ("unattributed_quotes", "int32", "quotations with no speaker"),
    ("lowest_score", "int32", "lowest rating among the sources"),
    ("errors", "int32", "findings at level error (not suppressed)"),
    ("warnings", "int32", "findings at level warning (not suppressed)"),
    ("infos", "int32", "findings at level info (not suppressed)"),
    ("rules", "list<string>", "IDs of the rules with findings, sorted, each once"),
    ("error", "string", "why the article could not be checked; null when it was"),
)

ATTRIBUTION_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("article_id", "string", "the article's id"),
    ("input", "string", "the article's input (joins with the articles' input)"),
    ("index", "int32", "0-based position among the article's attributions"),
    ("source", "string", "the source's name as reported"),
    ("source_id", "string", "the source's id within the article (s1, s2, ...)"),
    ("kind", "string", "person, outlet, channel, think-tank, official or unknown"),
    ("category", "string", "named, anonymous or vague"),
    ("class", "string", "the class default of an unnamed source"),
    ("entry", "string", "the table entry the source matched"),
    ("rating", "int32", "the source's own rating"),
    ("letter", "string", "the source's Admiralty letter"),
    ("rating_label", "string", "the source's rating label"),
    ("rating_origin", "string", "where the rating came from (entry, affiliation, ...)"),
    ("score", "int32", "the attribution's effective score (weaker link when relayed)"),
    ("direct", "bool", "a direct quotation"),
    ("hedged", "bool", "the text distances itself from the claim"),
    ("via", "string", "the carrier a relayed claim came through"),
    ("via_entry", "string", "the carrier's table entry"),
    ("via_rating", "int32", "the carrier's rating"),
    ("low_rated_carrier", "bool", f"relayed through a carrier rated under {LOW_SCORE}"),
    ("source_start", "int32", "source phrase: start offset (code points)"),
    ("source_end", "int32", "source phrase: end offset"),
    ("cue_start", "int32", "cue: start offset"),
    ("cue_end", "int32", "cue: end offset"),
    ("content_start", "int32", "claim or quotation: start offset"),
    ("content_end", "int32", "claim or quotation: end offset"),
    ("line", "int32", "1-based line of the attribution"),
    ("column", "int32", "1-based column of the attribution"),
    ("source_text", "string", "the source phrase as written"),
    ("content_words", "int32", "words in the claim or quotation"),
)

ARTICLE_NAMES = tuple(name for name, _, _ in ARTICLE_COLUMNS)
ATTRIBUTION_NAMES = tuple(name for name, _, _ in ATTRIBUTION_COLUMNS)
_COUNT_COLUMNS = (
    "sources",
    "named",
    "vague",
    "quoted",
    "unrated",
    "attributions",
    "unattributed_quotes",
)


def article_row(result: ArticleResult, input_key: str | None = None) -> dict[str, Any]:
    """The article's row; a failed article has its identity, metadata and ``error`` only."""
    report = result.report
    text = report.detection.text if report else None
    metadata: Mapping[str, str] = result.metadata
    outlet, date = describe(metadata, text, result.path)
    row: dict[str, Any] = dict.fromkeys(ARTICLE_NAMES)
    row.update(
        id=result.id,
        input=input_key or metadata.get("input") or result.path or result.id,
        outlet=outlet,
        folder=metadata.get("folder"),
        date=date,
        month=date[:7] if date else None,
        rules=[],
        error=result.error,
    )
    if report is not None:
        row.update(_report_columns(report, text or ""))
    return row


def _report_columns(report: ArticleReport, text: str) -> dict[str, Any]:
    shown = [f for f in report.findings if not f.suppressed]
    columns: dict[str, Any] = {
        "words": len(text.split()),
        "score": report.score.value,
        "label": report.score.label,
        "lowest_score": report.counts.get("lowest_score"),
        "errors": sum(1 for f in shown if f.level is Level.ERROR),
        "warnings": sum(1 for f in shown if f.level is Level.WARNING),
        "infos": sum(1 for f in shown if f.level is Level.INFO),
        "rules": sorted({f.rule for f in shown}),
    }
    columns.update({name: report.counts.get(name, 0) for name in _COUNT_COLUMNS})
    return columns


def attribution_rows(result: ArticleResult, input_key: str | None = None) -> list[dict[str, Any]]:
    """One row per attribution of a checked article (none for a failed one)."""
    report = result.report
    if report is None:
        return []
    key = input_key or result.metadata.get("input") or result.path or result.id
    scores = report.attribution_scores or [None] * len(report.detection.attributions)
    return [
        _attribution_row(result.id, key, index, attribution, score, report)
        for index, (attribution, score) in enumerate(
            zip(report.detection.attributions, scores, strict=True)
        )
    ]


def _attribution_row(
    article_id: str,
    key: str,
    index: int,
    attribution: Attribution,
    score: int | None,
    report: ArticleReport,
) -> dict[str, Any]:
    source = report.detection.source(attribution.source)
    rating = report.ratings[source.id]
    carrier = report.detection.source(attribution.via) if attribution.via else None
    carrier_rating = report.ratings[carrier.id].score if carrier else None
    where = attribution.source_span or attribution.cue or attribution.content
    class_default = source.class_default
    class_id = class_default.id if class_default else None
    return {
        "article_id": article_id,
        "input": key,
        "index": index,
        "source": source.name,
        "source_id": source.id,
        "kind": source.kind.value,
        "category": category(source.named, class_default.role if class_default else None),
        "class": class_id,
        "entry": source.entry.id if source.entry else None,
        "rating": rating.score,
        "letter": rating.letter,
        "rating_label": rating.label,
        "rating_origin": rating.origin,
        "score": score,
        "direct": attribution.direct,
        "hedged": attribution.hedged,
        "via": carrier.name if carrier else None,
        "via_entry": carrier.entry.id if carrier and carrier.entry else None,
        "via_rating": carrier_rating,
        "low_rated_carrier": carrier_rating is not None and carrier_rating < LOW_SCORE,
        **_offsets("source", attribution.source_span),
        **_offsets("cue", attribution.cue),
        **_offsets("content", attribution.content),
        "line": where.line if where else None,
        "column": where.column if where else None,
        "source_text": attribution.source_span.text if attribution.source_span else None,
        "content_words": len(attribution.content.text.split()) if attribution.content else 0,
    }


def category(named: bool, class_role: str | None) -> str:
    """``named``, ``anonymous`` (a class the table marks so, as rule SRC101 reads it) or
    ``vague`` (any other unnamed source, as SRC102)."""
    if named:
        return "named"
    return "anonymous" if class_role == "anonymous" else "vague"


def _offsets(prefix: str, span: Span | None) -> dict[str, int | None]:
    return {
        f"{prefix}_start": span.start if span else None,
        f"{prefix}_end": span.end if span else None,
    }


def encode_rows(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """Rows as JSON Lines, the compact form a worker sends them in.

    Encoding is a worker's job (it needs only the standard library), so the machine that
    writes the Parquet output only hands the bytes to Arrow's JSON reader (C++).
    """
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode("utf-8")
