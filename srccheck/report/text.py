"""Article text is data: make it safe to print anywhere."""

from __future__ import annotations

import re

# C0 and C1 control characters (ESC starts terminal escape sequences) other than the line
# breaks and tab, plus the bidirectional embeddings, overrides and isolates, which can make
# a terminal show the report's own words in a different order ("Trojan Source").
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAK = re.compile(r"[\t\n\r\u2028\u2029]")


def plain(text: str) -> str:
    """``text`` on one line, with control characters shown as ``\\x1b``-style escapes."""
    text = _CONTROL.sub(_escape, text)
    return " ".join(text.split()) if _BREAK.search(text) else text


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shorten(text: str, limit: int = 80) -> str:
    """`plain` text cut to ``limit`` characters with an ellipsis."""
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
