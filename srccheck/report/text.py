"""Article text is data: make it safe to print anywhere."""

from __future__ import annotations

import re

# C0 and C1 control characters (ESC starts terminal escape sequences) except tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str) -> str:
    """``text`` with control characters shown as ``\\x1b``-style escapes, on one line."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
    return " ".join(text.split()) if "\n" in text or "\t" in text else text


def shorten(text: str, limit: int = 80) -> str:
    """`plain` text cut to ``limit`` characters with an ellipsis."""
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
