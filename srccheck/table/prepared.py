"""The default table's hand-written layer, validated and indexed once when the wheel is built.

Validating the layer's 400-odd entries and indexing their 1,100 names and aliases took a
cold ``srccheck ARTICLE`` some 15 ms of its 150, every run, for the same text. The wheel's
build hook (``hatch_build.py``) therefore stores the result beside the table: a one-line JSON
header, then the `ParsedTable` and its `MatchIndex` pickled together. The header names the
table text it was made from (length and CRC-32), srccheck's version and Python's; a file that
does not match all of them exactly (an edited table, another interpreter) or cannot be read
is ignored and the table is read as before (`srccheck.table.compiled`, else the TOML).

The file is written by srccheck's own build and read from its own package directory, like its
code; nothing a user gives srccheck is ever unpickled.
"""

from __future__ import annotations

import json
import pickle
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srccheck.version import __version__

if TYPE_CHECKING:
    from srccheck.table.matching import MatchIndex
    from srccheck.table.schema import ParsedTable

PREPARED_FILE = "sources.prepared.pickle"
_FORMAT = 1


def prepare_table(text: str) -> bytes:
    """The prepared file for the default table ``text``; raises ValueError at its first
    problem (a wheel must not ship a table that does not load)."""
    from srccheck.table import DEFAULT_ORIGIN, merge_layers
    from srccheck.table.matching import MatchIndex
    from srccheck.table.schema import parse_table

    parsed = parse_table(text, DEFAULT_ORIGIN)
    if parsed.problems:
        first = parsed.problems[0]
        raise ValueError(f"{first.path}:{first.line}: {first.message}")
    index = merge_layers([parsed]).index
    assert isinstance(index, MatchIndex)  # no generated layer under it
    header = json.dumps(_header(text), sort_keys=True).encode()
    return header + b"\n" + pickle.dumps((parsed, index), protocol=pickle.HIGHEST_PROTOCOL)


def load_prepared(path: Path, text: str) -> tuple[ParsedTable, MatchIndex] | None:
    """The layer and index stored at ``path`` for exactly ``text``, or None."""
    from srccheck.table.matching import MatchIndex
    from srccheck.table.schema import ParsedTable

    try:
        data = path.read_bytes()
    except OSError:
        return None
    newline = data.find(b"\n")
    try:
        header = json.loads(data[:newline])
    except ValueError:
        return None
    if header != _header(text):
        return None
    try:
        found = pickle.loads(data[newline + 1 :])
    except Exception:  # a damaged file: the table is read as if it were missing
        return None
    if not (
        isinstance(found, tuple)
        and len(found) == 2
        and isinstance(found[0], ParsedTable)
        and isinstance(found[1], MatchIndex)
    ):
        return None
    return found[0], found[1]


def _header(text: str) -> dict[str, Any]:
    return {
        "format": _FORMAT,
        "length": len(text),
        "crc32": zlib.crc32(text.encode("utf-8")),
        "srccheck": __version__,
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
    }
