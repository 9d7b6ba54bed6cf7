"""Decode an article's bytes into text, with one clear error for anything that is not text."""

from __future__ import annotations

import codecs

from srccheck.errors import InputError

# Share of control characters above which a file is treated as binary, not text.
_BINARY_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")


def decode_article(data: bytes, name: str) -> str:
    """Decode an article's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Raises `InputError` naming ``name`` for binary data or undecodable bytes.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
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
