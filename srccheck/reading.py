"""Decode an article's bytes into text, with one clear error for anything that is not text."""

from __future__ import annotations

import codecs
import re
from collections import Counter

from srccheck.errors import InputError

# Share of control characters above which a file is treated as binary, not text. ESC and BEL
# do not count: a few terminal escape sequences pasted into a draft leave it text (every
# report shows them escaped), while binary data has every other control character as well.
_BINARY_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
_ESCAPE_SEQUENCE_CONTROLS = frozenset("\x1b\x07")
# The control characters that count, found by one scan in C (a loop over every character of
# a 10 MiB article took a second).
_COUNTED_CONTROLS = "".join(
    f"\\x{code:02x}"
    for code in range(32)
    if chr(code) not in _ALLOWED_CONTROLS | _ESCAPE_SEQUENCE_CONTROLS
)
_BINARY_CONTROL = re.compile(f"[{_COUNTED_CONTROLS}]")
# UTF-16 without a byte-order mark (see `_utf16_without_bom`): the first 4 KiB decide.
_UTF16_SAMPLE = 4096
_UTF16_NUL_SHARE = 0.03  # of the characters: spaces and line breaks alone give more
_UTF16_STRAY_NUL_SHARE = 0.05  # NULs on the other side, relative to those on the high side
# The high byte names a 256-character block: in text, 3 blocks (ASCII, a script, punctuation)
# hold nearly every character; in ASCII or binary read as UTF-16 the "high bytes" are spread.
_UTF16_SCRIPTS = 3
_UTF16_SCRIPT_SHARE = 0.9
_UTF16_READABLE_SHARE = 0.95


def decode_article(data: bytes, name: str) -> str:
    """Decode an article's bytes: UTF-8 (with or without BOM), or UTF-16 with or without one.

    Raises `InputError` naming ``name`` for binary data or undecodable bytes.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, "utf-16", name)
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            offset = data.index(b"\x00")
            raise InputError(
                f"{name}: looks like a binary file (NUL byte at offset {offset}), not text"
            )
        return _decode_utf16(data, encoding, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " convert the file to UTF-8"
        ) from None
    controls = sum(1 for _ in _BINARY_CONTROL.finditer(text))
    if text and controls / len(text) > _BINARY_CONTROL_SHARE:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes read as UTF-16 text of a few scripts.

    In such text the NUL bytes are the high bytes of ASCII spaces, line breaks and
    punctuation, so they all fall on one side (odd offsets for little-endian) and are at
    least a few per cent of the characters even in Cyrillic or Greek, where letters have a
    non-zero high byte; the high bytes take a handful of values (one per script block); and
    the decoded sample is readable. Binary data, or ASCII with a stray NUL, fails one of these.
    """
    sample = data[:_UTF16_SAMPLE]
    if len(data) % 2 or len(sample) < 2:
        return None
    half = len(sample) // 2
    columns = {"utf-16-le": (sample[1::2], sample[0::2]), "utf-16-be": (sample[0::2], sample[1::2])}
    encoding = max(columns, key=lambda name: columns[name][0].count(0))
    high, low = columns[encoding]
    nuls = high.count(0)
    if nuls < half * _UTF16_NUL_SHARE or low.count(0) > nuls * _UTF16_STRAY_NUL_SHARE:
        return None
    common = Counter(high).most_common(_UTF16_SCRIPTS)
    if sum(count for _, count in common) < len(high) * _UTF16_SCRIPT_SHARE:
        return None
    text = sample.decode(encoding, errors="replace")
    readable = sum(1 for ch in text if ch.isprintable() or ch in _ALLOWED_CONTROLS)
    return encoding if readable >= len(text) * _UTF16_READABLE_SHARE else None


def _decode_utf16(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid UTF-16 at byte {exc.start}") from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file (it decodes to NUL characters)")
    return text
