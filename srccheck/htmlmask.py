"""Which parts of an HTML article are visible prose, read with the standard library's parser.

Its own module so that only an HTML article pays for importing `html.parser`; the masking
itself (`srccheck.inputs.mask_html`) keeps every offset of the document.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_NEWLINE = re.compile(r"\n")

_SKIPPED_ELEMENTS = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "noscript",
        "template",
        "svg",
        "form",
        "button",
        "select",
        "iframe",
    }
)
_BLOCK_ELEMENTS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "tr",
        "td",
        "th",
        "table",
        "figcaption",
        "hr",
        "main",
    }
)


class _HtmlMasker(HTMLParser):
    """Marks which character ranges of an HTML document are visible prose."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.keep: list[tuple[int, int]] = []
        self.breaks: list[int] = []
        self.hrefs: list[tuple[int, str]] = []
        self.skip_depth = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_ELEMENTS:
            self.skip_depth += 1
        if tag in _BLOCK_ELEMENTS:
            self.breaks.append(self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_ELEMENTS and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK_ELEMENTS:
            self.breaks.append(self._offset())

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            start = self._offset()
            self.keep.append((start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self.handle_data("&" + name + ";")

    def handle_charref(self, name: str) -> None:
        self.handle_data("&#" + name + ";")


# What closes a markup construct, by how it opens (the first that applies).
_HTML_CLOSERS = (("<!--", "-->"), ("<![", "]]>"), ("<", ">"))


def _closed_constructs_only(text: str) -> str:
    """``text`` with the ``<`` of every construct that is never closed made a space.

    The standard library's parser rescans the rest of the document from each unclosed
    ``<`` (``'<a b="' * 20000`` takes minutes); a construct with no closer after it is
    text to a browser anyway. One pass: the next position of each closer is remembered until
    the scan passes it, so the document is read a bounded number of times. Same length, so
    every offset the parser reports is an offset in ``text``.
    """
    pieces: list[str] = []
    copied = 0
    next_closer: dict[str, int] = {}
    position = 0
    while (start := text.find("<", position)) >= 0:
        position = start + 1
        opening, closer = next(pair for pair in _HTML_CLOSERS if text.startswith(pair[0], start))
        found = next_closer.get(closer)
        if found is None or 0 <= found < start + len(opening):
            found = text.find(closer, start + len(opening))
            next_closer[closer] = found
        if found < 0:
            pieces += [text[copied:start], " "]
            copied = start + 1
    pieces.append(text[copied:])
    return "".join(pieces)


def visible_parts(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The character ranges of ``text`` that are visible prose, and the offsets of the tags
    that end a block; a broken document gives whatever was read before the break."""
    masker = _HtmlMasker(text)
    try:
        masker.feed(_closed_constructs_only(text))
        masker.close()
    except (AssertionError, IndexError, ValueError):
        pass
    return masker.keep, masker.breaks
