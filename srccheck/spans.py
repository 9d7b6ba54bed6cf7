"""Character offsets to 1-based lines and columns, computed once per text."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right

from srccheck.model import Span

# A line ends at \n, \r\n or a lone \r (old Mac files); columns restart after each.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class TextIndex:
    """Turns offsets into `Span`s with line and column for one text."""

    __slots__ = ("_line_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # A flat array, not a list of numbers: a 10 MiB file of short lines has five million
        # of them, which took 36 bytes each as a list and take 4 here (8 past 4 GiB of text).
        self._line_starts = array(offset_typecode(len(text)), [0])
        self._line_starts.extend(m.end() for m in _LINE_BREAK.finditer(text))

    def locate(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of ``offset``, counting code points."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def span(self, start: int, end: int) -> Span:
        """Return the `Span` of ``text[start:end]``; offsets are clamped into the text."""
        length = len(self.text)
        start = min(max(start, 0), length)
        end = min(max(end, start), length)
        line, column = self.locate(start)
        # By position: keyword arguments cost a third more, and a long article has many spans.
        return Span(start, end, line, column, self.text[start:end])


def offset_typecode(length: int) -> str:
    """The `array` type code that holds any offset into a text of ``length`` characters in the
    fewest bytes: "I" (four bytes wherever CPython runs) unless the text is too long for it."""
    return "I" if length < _SMALL_OFFSETS_BELOW else "q"


#: Every offset below this fits an unsigned "I" item, whatever its size on this platform.
_SMALL_OFFSETS_BELOW = 1 << (8 * array("I").itemsize)


def last_visible(text: str, end: int, start: int = 0) -> str:
    """The last character of ``text[start:end]`` that is not a space or tab ("" if none),
    found without copying the text before it."""
    position = end
    while position > start and text[position - 1] in " \t":
        position -= 1
    return text[position - 1] if position > start else ""
