"""Articles in: paths, directories and stdin; plain text, Markdown and HTML.

Markdown and HTML are analysed through a *mask*: a copy of the text of the same length in
which everything that is not prose (front matter, code, tags, scripts, navigation) is
replaced by spaces, newlines kept. Offsets found in the mask are offsets in the file the
user has, so every line and column points into their own draft.
"""

from __future__ import annotations

import os
import re
import select
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from srccheck.documents import document_kind, not_text_message
from srccheck.errors import InputError, os_error_message
from srccheck.reading import decode_article

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.text")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Article:
    """An article to check: where it came from, its text and the prose-only mask."""

    path: str
    text: str
    mask: str
    format: str


def expand_paths(paths: Sequence[str], include: Sequence[str] = DEFAULT_INCLUDE) -> Iterator[str]:
    """Files to check: files as given, directories walked recursively for ``include`` globs
    (see `srccheck.walk.find_articles`, which also reports what the walk could not read)."""
    from srccheck.walk import find_articles

    yield from find_articles(paths, include).names


def read_input(
    name: str, max_bytes: int = DEFAULT_MAX_BYTES, stdin_name: str | None = None
) -> Article:
    """Read one article (``-`` is stdin); raise `InputError` with a one-line reason."""
    if name == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        shown = stdin_name or "<stdin>"
    else:
        data = _read_file(Path(name), max_bytes)
        shown = name
    if len(data) > max_bytes:
        raise _too_large(shown, max_bytes)
    document = document_kind(data)
    if document is not None:
        raise InputError(not_text_message(shown, document))
    text = decode_article(data, shown)
    return make_article(text, shown)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: {os_error_message(exc)}") from None
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory, not an article file")
    if stat.S_ISREG(mode) and info.st_size > max_bytes:
        raise _too_large(str(path), max_bytes)
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise InputError(f"{path}: not a regular file, pipe or character device")
    try:
        if stat.S_ISFIFO(mode):
            return _read_fifo(path, max_bytes)
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (it disappeared while srccheck ran)") from None
    except OSError as exc:
        raise InputError(f"{path}: {os_error_message(exc)}") from None


FIFO_WAIT_SECONDS = 10.0
"""How long a named pipe may go without a writer before srccheck gives up on it."""


def _read_fifo(path: Path, max_bytes: int) -> bytes:
    """Read a named pipe like a file once something writes to it; never block forever.

    A plain ``open`` of a pipe nobody writes to waits for ever, so the pipe is opened
    without blocking and polled for at most `FIFO_WAIT_SECONDS` until a writer appears.
    Process substitution (``srccheck <(curl …)``) hands over a pipe that already has one.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        poller = select.poll()
        poller.register(descriptor, select.POLLIN | select.POLLHUP)
        if not poller.poll(int(FIFO_WAIT_SECONDS * 1000)):
            raise InputError(
                f"{path}: a named pipe that nothing wrote to within {FIFO_WAIT_SECONDS:g} s"
            )
        os.set_blocking(descriptor, True)
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(descriptor, min(1 << 16, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _too_large(name: str, max_bytes: int) -> InputError:
    return InputError(
        f"{name}: larger than the {format_size(max_bytes)} limit (raise it with --max-size)"
    )


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?)?b?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(value: str | int) -> int:
    """Bytes for a size such as ``10485760``, ``512K``, ``10MB`` or ``1.5 GiB`` (binary units).

    Raises ``ValueError`` for anything else, or for a size below one byte.
    """
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.fullmatch(value)
        if match is None:
            raise ValueError(f"not a size: {value!r} (use bytes, or a number with K, M or G)")
        size = int(float(match.group(1)) * _UNITS[(match.group(2) or "").lower()])
    if size < 1:
        raise ValueError(f"a size must be at least one byte, not {value!r}")
    return size


def format_size(size: int) -> str:
    """A byte count for people: ``10 MiB``, ``512 KiB``, ``1,000 bytes``."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor:,} {unit}"
    return "1 byte" if size == 1 else f"{size:,} bytes"


def make_article(text: str, path: str) -> Article:
    """Build the article for ``text``, choosing the format from the name or the content."""
    kind = detect_format(path, text)
    if kind == "markdown":
        return Article(path, text, mask_markdown(text), kind)
    if kind == "html":
        return Article(path, text, mask_html(text), kind)
    return Article(path, text, text, kind)


def detect_format(path: str, text: str) -> str:
    """``text``, ``markdown`` or ``html``, from the extension or, failing that, the content."""
    lower = path.lower()
    if lower.endswith((".md", ".markdown", ".mdx")):
        return "markdown"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    head = text[:512].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


# -- Markdown -------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_NOT_NEWLINE = re.compile(r"[^\n]+")
_WHITESPACE = re.compile(r"\s")


def _blank(text: str) -> str:
    """The same number of characters, spaces except newlines (offsets survive)."""
    return _NOT_NEWLINE.sub(lambda m: " " * len(m.group()), text)


def mask_markdown(text: str) -> str:
    """Blank out front matter, fenced and indented code, inline code and comments."""
    masked = _FRONT_MATTER.sub(lambda m: _blank(m.group(0)), text)
    masked = _blank_between(masked, "<!--", "-->")
    lines = masked.split("\n")
    fenced = False
    for number, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            lines[number] = _blank(line)
        elif fenced or (line.startswith(("    ", "\t")) and line.strip()):
            lines[number] = _blank(line)
    masked = "\n".join(lines)
    masked = _INLINE_CODE.sub(lambda m: _blank(m.group(0)), masked)
    return _mask_link_targets(masked)


def _blank_between(text: str, opening: str, closing: str) -> str:
    """Blank every ``opening … closing`` stretch (an HTML comment), in one pass.

    A regular expression such as ``<!--.*?-->`` scans to the end of the text from every
    unclosed opening, which is quadratic; here, once no closing is left, no later opening can
    be closed either, and the scan stops.
    """
    pieces: list[str] = []
    position = 0
    while (start := text.find(opening, position)) >= 0:
        end = text.find(closing, start + len(opening))
        if end < 0:
            break
        end += len(closing)
        pieces += [text[position:start], _blank(text[start:end])]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _mask_link_targets(text: str) -> str:
    """Keep link targets visible as bare links (they name sources) but hide the brackets:
    ``](https://x.com "title")`` keeps ``https://x.com``, the rest becomes spaces.

    A target runs from ``](`` to the next ``)``; once no ``)`` is left the scan stops, so the
    pass is linear however many ``](`` the text holds.
    """
    pieces: list[str] = []
    position = 0
    while (start := text.find("](", position)) >= 0:
        end = text.find(")", start + 2)
        if end < 0:
            break
        target = text[start + 2 : end]
        space = _WHITESPACE.search(target)
        link = target if space is None else target[: space.start()]
        pieces += [text[position:start], "  ", link, _blank(target[len(link) :]), " "]
        position = end + 1
    pieces.append(text[position:])
    return "".join(pieces)


# -- HTML -----------------------------------------------------------------------------------


def mask_html(text: str) -> str:
    """Keep the visible text of an HTML article in place; blank tags, scripts and navigation."""
    # Imported here: the standard library's HTML parser costs every start of a plain-text
    # or Markdown check a couple of milliseconds.
    from srccheck.htmlmask import visible_parts

    keep, breaks = visible_parts(text)
    chars = list(_blank(text))
    for start, end in keep:
        chars[start:end] = text[start:end]
    for offset in breaks:
        # A block element ends a paragraph: mark it so sentences do not run across blocks.
        if 0 <= offset < len(chars) and chars[offset] == " " and text[offset] == "<":
            chars[offset] = "\n"
            if offset + 1 < len(chars) and chars[offset + 1] == " ":
                chars[offset + 1] = "\n"
    return "".join(chars)
