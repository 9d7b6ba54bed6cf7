"""The JSON and JSON Lines reports: the public, versioned contract (report.schema.json)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from srccheck.model import (
    ArticleReport,
    Attribution,
    Finding,
    InputFailure,
    Rating,
    Report,
    Source,
    Span,
)
from srccheck.report.text import json_line

SCHEMA_VERSION = 1


def render_json(report: Report, stream: TextIO, options: object) -> None:
    """One JSON document for the whole run."""
    stream.write(json_line(json.dumps(report_dict(report), ensure_ascii=False, indent=2)) + "\n")


def render_jsonl(report: Report, stream: TextIO, options: object) -> None:
    """One JSON object per line: each article, then each unreadable file."""
    for article in report.articles:
        stream.write(jsonl_record(article, report.tool_version))
    for error in report.errors:
        stream.write(jsonl_record(error, report.tool_version))


def jsonl_record(item: ArticleReport | InputFailure, tool_version: str) -> str:
    """The JSON Lines record of one article or unreadable file, newline included; it never
    holds a raw character that a line reader splits on."""
    head = {"schema_version": SCHEMA_VERSION, "tool": {"name": "srccheck", "version": tool_version}}
    if isinstance(item, InputFailure):
        record = {**head, "path": item.path, "error": item.message}
    else:
        record = {**head, **article_dict(item)}
    return json_line(json.dumps(record, ensure_ascii=False)) + "\n"


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as plain data, keys in a fixed order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": _tool(report),
        "articles": [article_dict(article) for article in report.articles],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
    }


def _tool(report: Report) -> dict[str, str]:
    return {"name": "srccheck", "version": report.tool_version}


def article_dict(article: ArticleReport) -> dict[str, Any]:
    """One article: score, sources, attributions, findings, counts."""
    detection = article.detection
    return {
        "path": article.path,
        "score": {
            "value": article.score.value,
            "label": article.score.label,
            "components": [
                {
                    "key": part.key,
                    "name": part.name,
                    "credit": round(part.credit, 3),
                    "weight": part.weight,
                    "detail": part.detail,
                }
                for part in article.score.components
            ],
        },
        "counts": dict(article.counts),
        "sources": [_source(s, article) for s in detection.sources],
        "attributions": [
            _attribution(a, score)
            for a, score in zip(
                detection.attributions,
                article.attribution_scores or [None] * len(detection.attributions),
                strict=True,
            )
        ],
        "unattributed_quotes": [span_dict(q) for q in detection.unattributed_quotes],
        "findings": [_finding(f) for f in article.findings],
        "explanation": list(article.explanation),
    }


def span_dict(span: Span | None) -> dict[str, Any] | None:
    """A span as ``{start, end, line, column, text}``."""
    if span is None:
        return None
    return {
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
        "text": span.text,
    }


def _source(source: Source, article: ArticleReport) -> dict[str, Any]:
    quotes = [
        span_dict(a.content)
        for a in article.detection.attributions
        if a.source == source.id and a.direct and a.content is not None
    ]
    return {
        "id": source.id,
        "name": source.name,
        "kind": source.kind.value,
        "named": source.named,
        "role": source.role,
        "affiliation": source.affiliation,
        "affiliation_entry": source.affiliation_entry.id if source.affiliation_entry else None,
        "former": source.former,
        "entry": source.entry.id if source.entry else None,
        "match": (
            {
                "method": source.match.method,
                "similarity": round(source.match.similarity, 1),
                "matched": source.match.matched,
            }
            if source.match
            else None
        ),
        "class": source.class_default.id if source.class_default else None,
        "rating": _rating(article.ratings[source.id]),
        "mentions": [span_dict(m) for m in sorted(source.mentions, key=lambda s: s.start)],
        "quotes": quotes,
    }


def _rating(rating: Rating) -> dict[str, Any]:
    return {
        "score": rating.score,
        "label": rating.label,
        "letter": rating.letter,
        "basis": rating.basis,
        "origin": rating.origin,
        "origin_detail": rating.origin_detail,
    }


def _attribution(attribution: Attribution, score: int | None) -> dict[str, Any]:
    return {
        "source": attribution.source,
        "source_span": span_dict(attribution.source_span),
        "cue": span_dict(attribution.cue),
        "content": span_dict(attribution.content),
        "direct": attribution.direct,
        "via": attribution.via,
        "hedged": attribution.hedged,
        "score": score,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "name": finding.name,
        "level": str(finding.level),
        "message": finding.message,
        "source": finding.source,
        "fingerprint": finding.fingerprint,
        "span": span_dict(finding.span),
        "suppressed": finding.suppressed,
        "suppression": finding.suppression,
    }
