"""The JSON and JSON Lines reports: the public, versioned contract (report.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Generic, TextIO, TypeVar

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

_Item = TypeVar("_Item")


def render_json(report: Report, stream: TextIO, options: object) -> None:
    """One JSON document for the whole run."""
    stream.write(json_line(json.dumps(report_dict(report), ensure_ascii=False, indent=2)) + "\n")


def render_jsonl(report: Report, stream: TextIO, options: object) -> None:
    """One JSON object per line: each article, then each unreadable file."""
    for article in report.articles:
        stream.writelines(jsonl_chunks(article, report.tool_version))
    for error in report.errors:
        stream.writelines(jsonl_chunks(error, report.tool_version))


def jsonl_record(item: ArticleReport | InputFailure, tool_version: str) -> str:
    """The JSON Lines record of one article or unreadable file, newline included; it never
    holds a raw character that a line reader splits on."""
    return "".join(jsonl_chunks(item, tool_version))


def jsonl_chunks(item: ArticleReport | InputFailure, tool_version: str) -> Iterator[str]:
    """`jsonl_record` in pieces, the same text once joined: an article's sources, attributions
    and findings are encoded one at a time, so a record of a huge article is never held
    whole, as text or as plain data."""
    head = {"schema_version": SCHEMA_VERSION, "tool": {"name": "srccheck", "version": tool_version}}
    if isinstance(item, InputFailure):
        fields: dict[str, Any] = {**head, "path": item.path, "error": item.message}
    else:
        fields = {**head, **_article_fields(item)}
    yield from _encode(fields)
    yield "\n"


def _encode(value: object) -> Iterator[str]:
    """``value`` as `json.dumps` writes it, in pieces: `_Encoded` items a batch at a time,
    `_Items` item by item, and a mapping holding some key by key; anything else whole."""
    if isinstance(value, _Encoded):
        yield "["
        for number, batch in enumerate(value.batches()):
            yield json_line((", " if number else "") + ", ".join(batch))
        yield "]"
    elif isinstance(value, _Items):
        yield "["
        for number, item in enumerate(value):
            if number:
                yield ", "
            yield from _encode(item)
        yield "]"
    elif isinstance(value, dict) and any(isinstance(v, _Items | _Encoded) for v in value.values()):
        yield "{"
        for number, (key, item) in enumerate(value.items()):
            yield (", " if number else "") + _dumps(key) + ": "
            yield from _encode(item)
        yield "}"
    else:
        yield _dumps(value)


def _dumps(value: object) -> str:
    return json_line(_ENCODER.encode(value))


#: What ``json.dumps(value, ensure_ascii=False)`` uses, made once: a long record is encoded
#: in a hundred thousand pieces, and ``dumps`` builds an encoder for each.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


class _Items:
    """A long list of a report's plain data, built item by item as it is iterated (once), so
    `jsonl_chunks` holds only the item it is encoding."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterator[Any]) -> None:
        self._items = items

    def __iter__(self) -> Iterator[Any]:
        return self._items


class _Encoded(Generic[_Item]):
    """A long list of spans or attributions, each written straight to its JSON text (what
    `json.dumps` gives for its plain data) as it is iterated, once.

    A 10 MiB article's record holds a quarter of a million spans: building a dictionary for
    each and handing it to the encoder took most of the time its report took to write.
    """

    __slots__ = ("_items", "_plain", "_text")

    #: How many items are joined into one piece: few enough to hold, many enough that the
    #: cost of a piece is not paid per item.
    BATCH = 512

    def __init__(
        self,
        items: Iterable[_Item],
        text: Callable[[_Item], str],
        plain: Callable[[_Item], Any],
    ) -> None:
        self._items = iter(items)
        self._text = text
        self._plain = plain

    def batches(self) -> Iterator[list[str]]:
        """The items' JSON texts, `BATCH` at a time."""
        texts = map(self._text, self._items)
        while batch := list(islice(texts, self.BATCH)):
            yield batch

    def plain(self) -> list[Any]:
        """The items as plain data (what `article_dict` returns)."""
        return [self._plain(item) for item in self._items]


def _span_json(span: Span | None) -> str:
    """``json.dumps(span_dict(span), ensure_ascii=False)``, written directly."""
    if span is None:
        return "null"
    return (
        f'{{"start": {span.start}, "end": {span.start + len(span.text)}, "line": {span.line}, '
        f'"column": {span.column}, "text": {_string(span.text)}}}'
    )


def _attribution_json(attribution: Attribution, score: int | None) -> str:
    """``json.dumps(_attribution(attribution, score), ensure_ascii=False)``, written directly."""
    via = "null" if attribution.via is None else _string(attribution.via)
    return (
        f'{{"source": {_string(attribution.source)}, '
        f'"source_span": {_span_json(attribution.source_span)}, '
        f'"cue": {_span_json(attribution.cue)}, "content": {_span_json(attribution.content)}, '
        f'"direct": {_BOOLEAN[attribution.direct]}, "via": {via}, '
        f'"hedged": {_BOOLEAN[attribution.hedged]}, '
        f'"score": {"null" if score is None else score}}}'
    )


#: What the JSON encoder writes for a string (without ``ensure_ascii``) and for a boolean.
_string = json.encoder.encode_basestring
_BOOLEAN = {True: "true", False: "false"}


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
    return {key: _materialised(value) for key, value in _article_fields(article).items()}


def _materialised(value: Any) -> Any:
    """``value`` with every `_Items` in it made a list."""
    if isinstance(value, _Encoded):
        return value.plain()
    if isinstance(value, _Items):
        return [_materialised(item) for item in value]
    if isinstance(value, dict):
        return {key: _materialised(item) for key, item in value.items()}
    return value


def _article_fields(article: ArticleReport) -> dict[str, Any]:
    """`article_dict` with its long lists left as `_Items` of items built when iterated."""
    detection = article.detection
    quotes = _quotes_by_source(detection.attributions)
    scores = article.attribution_scores or [None] * len(detection.attributions)
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
        "sources": _Items(_source(s, article, quotes.get(s.id, [])) for s in detection.sources),
        "attributions": _Encoded(
            zip(detection.attributions, scores, strict=True),
            lambda pair: _attribution_json(*pair),
            lambda pair: _attribution(*pair),
        ),
        "unattributed_quotes": _Encoded(detection.unattributed_quotes, _span_json, span_dict),
        "findings": _Items(_finding(f) for f in article.findings),
        "explanation": list(article.explanation),
    }


def _quotes_by_source(attributions: list[Attribution]) -> dict[str, list[Span]]:
    """The direct quotations of each source, in text order (one pass, not one per source)."""
    quotes: dict[str, list[Span]] = {}
    for attribution in attributions:
        if attribution.direct and attribution.content is not None:
            quotes.setdefault(attribution.source, []).append(attribution.content)
    return quotes


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


def _source(source: Source, article: ArticleReport, quotes: list[Span]) -> dict[str, Any]:
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
        "mentions": _Encoded(sorted(source.mentions, key=lambda s: s.start), _span_json, span_dict),
        "quotes": _Encoded(quotes, _span_json, span_dict),
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
