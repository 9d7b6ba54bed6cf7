"""The embedded default table, parsed once when the wheel is built instead of at every run.

Parsing the default ``sources.toml`` with tomllib is the largest single cost of a cold
``srccheck`` start (about 20 ms of 140). The wheel's build hook (``hatch_build.py``) stores
the parsed data beside it as JSON, tagged with the length and CRC-32 of the text it came
from; at run time the JSON is used only if it matches the table's text exactly, so an
edited table, a source checkout or an editable install simply parse the TOML as before.

This module uses only the standard library: the build hook loads it without srccheck's
dependencies installed.
"""

from __future__ import annotations

import datetime
import json
import tomllib
import zlib
from pathlib import Path
from typing import Any

COMPILED_FILE = "sources.compiled.json"
_FORMAT = 1


def compile_table(text: str) -> str:
    """The JSON document that stands for the TOML table ``text``."""
    document = {
        "format": _FORMAT,
        "length": len(text),
        "crc32": _checksum(text),
        "data": _plain(tomllib.loads(text)),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def load_compiled(path: Path, text: str) -> dict[str, Any] | None:
    """The parsed table stored at ``path`` for exactly ``text``, or None to parse the TOML."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (
        not isinstance(document, dict)
        or document.get("format") != _FORMAT
        or document.get("length") != len(text)
        or document.get("crc32") != _checksum(text)
        or not isinstance(document.get("data"), dict)
    ):
        return None
    data: dict[str, Any] = document["data"]
    return data


def _checksum(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _plain(value: Any) -> Any:
    """TOML values as JSON values: dates become the ISO strings the schema also accepts."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value
