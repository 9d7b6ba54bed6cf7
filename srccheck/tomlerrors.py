"""Words for TOML mistakes: the likely cause of a syntax error, and where nesting runs too deep.

The standard library's parser says *where* it stopped ("Invalid value (at line 3, column 11)")
but rarely *why* in the words of the person who wrote the file. `likely_cause` looks at the
parser's reason and the offending line and names the usual slip: an unclosed string, a
missing ``=``, a value without quotes, ``True`` for ``true``.
"""

from __future__ import annotations

import re

_BARE_WORD = re.compile(r"[A-Za-z_][\w.\-]*")
_PYTHON_LITERALS = {"True": "true", "False": "false", "None": "nothing (leave the key out)"}


def likely_cause(reason: str, line_text: str, column: int) -> str | None:
    """The usual slip behind the parser's ``reason`` at ``column`` (1-based) of ``line_text``.

    None when no cause is likely enough to name.
    """
    if reason.startswith("Illegal character '\\n'") and _open_quote(line_text):
        return "unclosed string: a quotation mark is not closed on this line"
    if reason.startswith(("Unterminated string", 'Expected "\'"', "Expected '\"'")):
        return "unclosed string: a quotation mark is never closed"
    if reason.startswith("Expected '=' after a key"):
        return "missing '=' between a key and its value (a key with spaces needs quotes)"
    if reason.startswith("Invalid value"):
        return _invalid_value(line_text, column)
    if reason.startswith("Unclosed array"):
        return "unclosed array: a '[' with no ']', or a missing comma between items"
    if reason.startswith("Expected ']' at the end of a table declaration"):
        return "a [table] header with no closing ']'"
    if reason.startswith("Cannot overwrite a value"):
        return "the same key is set twice"
    if reason.startswith("Cannot declare"):
        return "the same [table] is declared twice"
    if reason.startswith("Invalid initial character for a key part") and "{" in line_text:
        return "an inline table { ... } must end on the same line, with no trailing comma"
    if reason.startswith("Unescaped '\\'"):
        return "a backslash in a \"...\" string must be doubled; or use '...' quotes"
    return None


def _open_quote(line: str) -> bool:
    """Whether ``line`` leaves a basic or literal string open at its end."""
    quote: str | None = None
    escaped = False
    for char in line:
        if quote == '"' and escaped:
            escaped = False
        elif quote == '"' and char == "\\":
            escaped = True
        elif quote is None and char == "#":
            return False
        elif quote is None and char in "\"'":
            quote = char
        elif char == quote:
            quote = None
    return quote is not None


def _invalid_value(line: str, column: int) -> str:
    rest = line[max(column - 1, 0) :].strip()
    if not rest or rest.startswith("#"):
        return "missing value after '='"
    word = _BARE_WORD.match(rest)
    if word is not None and word.group(0) in _PYTHON_LITERALS:
        return f"TOML writes {_PYTHON_LITERALS[word.group(0)]}, not {word.group(0)}"
    if word is not None:
        return f'a text value needs quotes: "{word.group(0)}"'
    return "not a TOML value (text needs quotes; lists are [...], tables { ... })"


#: Arrays and inline tables nested deeper than this are refused before the parser, which
#: recurses once per level and would otherwise run out of stack.
MAX_NESTING = 100


def too_deep(text: str) -> int | None:
    """The line on which brackets and braces first nest deeper than `MAX_NESTING`, or None.

    Strings and comments are skipped roughly (enough to never refuse a real file: a
    sources or configuration file nests two or three levels).
    """
    depth = 0
    line = 1
    quote: str | None = None
    escaped = False
    comment = False
    for char in text:
        if char == "\n":
            line += 1
            comment = False
            if quote in ("'", '"'):
                quote = None  # a one-line string cannot run on; the parser reports it
            continue
        if comment:
            continue
        if quote is not None:
            if quote == '"' and not escaped and char == "\\":
                escaped = True
                continue
            if char == quote and not escaped:
                quote = None
            escaped = False
            continue
        if char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line
        elif char in "]}":
            depth = max(depth - 1, 0)
    return None
