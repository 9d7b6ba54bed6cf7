"""Decode an article's bytes into text, with one clear error for anything that is not text."""

from __future__ import annotations

import codecs

from srccheck.errors import InputError

# Share of control characters above which a file is treated as binary, not text.
_BINARY_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
# UTF-16 without a byte-order mark is recognised by its NUL bytes: in Latin-script text every
# other byte is NUL, on the odd offsets for little-endian and the even ones for big-endian.
_UTF16_SAMPLE = 4096
_UTF16_NUL_SHARE = 0.3


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
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if text and controls / len(text) > _BINARY_CONTROL_SHARE:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes fall as UTF-16 text puts them."""
    sample = data[:_UTF16_SAMPLE]
    if len(data) % 2 or len(sample) < 2:
        return None
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= half * _UTF16_NUL_SHARE and even_nuls <= half * 0.05:
        return "utf-16-le"
    if even_nuls >= half * _UTF16_NUL_SHARE and odd_nuls <= half * 0.05:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid UTF-16 at byte {exc.start}") from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file (it decodes to NUL characters)")
    return text
