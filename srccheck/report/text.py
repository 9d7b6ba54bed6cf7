"""Text from an article, a table, a configuration or a file name is data: make it safe to
print anywhere. Every renderer and every message on stderr escapes through this module."""

from __future__ import annotations

import re

# C0 and C1 control characters (ESC starts terminal escape sequences; U+0085 is a line break
# to some readers) other than the line breaks and tab, plus every bidirectional control: the
# embeddings, overrides and isolates, and the marks U+200E, U+200F and U+061C, which can make
# a terminal or a web page show the report's own words in a different order ("Trojan Source").
_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BREAKS = r"\t\n\r\u2028\u2029"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_BREAK = re.compile(f"[{_BREAKS}]")
# For messages: line breaks are escaped too, so a file name stays one visible line.
_CONTROL_OR_BREAK = re.compile(f"[{_CONTROLS}{_BREAKS}]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def plain(text: str) -> str:
    """``text`` on one line, with control characters shown as ``\\x1b``-style escapes."""
    text = _CONTROL.sub(_escape, text)
    return " ".join(text.split()) if _BREAK.search(text) else text


def message(text: str) -> str:
    """A line for stderr: every control character and line break shown as an escape, so a
    file or table name cannot move the cursor, retitle the window or add a line."""
    return _CONTROL_OR_BREAK.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shorten(text: str, limit: int = 80) -> str:
    """`plain` text cut to ``limit`` characters with an ellipsis."""
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- Markdown (pull-request comments, GitHub step summaries) ---------------------------------

# Backslash escapes every ASCII punctuation mark Markdown or GitHub could read as syntax; `&`
# too, so "&amp;" or "&#x1F525;" print as written instead of becoming characters.
_MARKDOWN_SYNTAX = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+!|~&"})
# GitHub turns these into actions on its rendered text, after any backslash escape is gone:
# "@name" notifies a person or team, ":name:" becomes an emoji and "#123" links an issue.
# A zero-width space after the sign, written as an entity, breaks each without a visible change.
_GITHUB_REFERENCE = re.compile(r"(?<=@)(?=[\w-])|(?<=:)(?=[\w+-]+:)|(?<=\\#)(?=\d)")
_ZERO_WIDTH_SPACE = "&#8203;"


def markdown(text: str, limit: int = 120) -> str:
    """Text safe in GitHub-flavoured Markdown, table cells included: one line of at most
    ``limit`` characters, no markup, no mention, emoji, issue link or HTML entity."""
    escaped = shorten(text, limit).translate(_MARKDOWN_SYNTAX)
    return _GITHUB_REFERENCE.sub(_ZERO_WIDTH_SPACE, escaped)


# -- JSON Lines ------------------------------------------------------------------------------

# Valid raw inside a JSON string, but line readers (JavaScript's, Python's str.splitlines)
# split on them, so one JSON Lines record would come out as two broken ones.
_JSON_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def json_line(encoded: str) -> str:
    """A JSON text (from ``json.dumps`` without ``ensure_ascii``) with the Unicode line
    separators escaped, so that it stays one line for every reader."""
    # translate() looks every character up in a mapping; a scan in C first spares that
    # where there is nothing to escape, nearly always (a long report is megabytes). Three
    # substring searches, not a character class: they skip through the text many times as
    # fast as the regular-expression engine steps through it.
    if "\u2028" in encoded or "\u2029" in encoded or "\x85" in encoded:
        return encoded.translate(_JSON_LINE_BREAKS)
    return encoded
