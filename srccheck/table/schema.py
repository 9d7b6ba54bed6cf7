"""Read one table file and check it against the schema, with the line of every problem.

tomllib gives no positions for keys, so the raw text is scanned for ``[[source]]``-style
headers and ``key =`` lines; that is exact for the tables people write by hand.
"""

from __future__ import annotations

import datetime
import re
import sys
import tomllib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from srccheck.model import ClassDefault, Entry, Kind, KindDefault, Origin, RoleDefault
from srccheck.tomlerrors import likely_cause, too_deep

SCHEMA_VERSION = 1
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# A ``[[name]]`` block header (group 1 is the second bracket) or a ``[table]`` header.
_ANY_HEADER = re.compile(r"^[ \t]*\[(\[)?[ \t]*([A-Za-z0-9_.-]+)[ \t]*\]", re.MULTILINE)
_ANY_HEADER_BYTES = re.compile(_ANY_HEADER.pattern.encode("ascii"), re.MULTILINE)
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")

_TOP_KEYS = (
    "schema_version",
    "extends_default",
    "source",
    "class_default",
    "kind_default",
    "role_default",
)
_KINDS = tuple(k.value for k in Kind)
_ENTRY_KINDS = tuple(k.value for k in Kind if k is not Kind.UNKNOWN)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a table file, with its position (1-based)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


@dataclass(slots=True)
class ParsedTable:
    """The records of one table file, and every problem found in it."""

    path: str
    entries: list[Entry] = field(default_factory=list)
    class_defaults: list[ClassDefault] = field(default_factory=list)
    kind_defaults: list[KindDefault] = field(default_factory=list)
    role_defaults: list[RoleDefault] = field(default_factory=list)
    extends_default: bool = True
    problems: list[Problem] = field(default_factory=list)


class _Block:
    """Where one ``[[name]]`` block is in the raw text; its keys' lines are found on demand.

    Only a block with a problem needs its keys' lines, so they are not scanned up front:
    a table of 100,000 entries would otherwise keep 100,000 dictionaries alive.
    """

    __slots__ = ("_keys", "end", "line", "start", "text")

    def __init__(self, line: int, text: str | bytes = "", start: int = 0, end: int = 0) -> None:
        self.line = line
        self.text = text
        self.start = start
        self.end = end
        self._keys: dict[str, int] | None = None

    @property
    def keys(self) -> dict[str, int]:
        """The line of each key set in this block."""
        if self._keys is None:
            self._keys = {}
            chunk = self.text[self.start : self.end]
            lines = chunk.decode("utf-8", "replace") if isinstance(chunk, bytes) else chunk
            for offset, line in enumerate(lines.split("\n")[1:], 1):
                key = _KEY.match(line)
                if key:
                    self._keys.setdefault(key.group(1), self.line + offset)
        return self._keys


def parse_table(text: str | bytes, path: str, parsed: dict[str, Any] | None = None) -> ParsedTable:
    """Parse and validate the table ``text`` read from ``path`` (problems are collected).

    ``text`` may be the file's UTF-8 bytes: a large table is then decoded piece by piece
    and never held as one string (which takes up to four times the bytes). ``parsed`` is
    the TOML already parsed (see `srccheck.table.compiled`); the text is then read only
    for the lines of the blocks.
    """
    blocks, top_lines = _locate(text)
    if parsed is not None:
        return _check(iter((parsed,)), path, blocks, top_lines)
    pieces = _pieces(text, blocks, top_lines)
    if pieces is not None:
        try:
            return _check(map(tomllib.loads, pieces), path, blocks, top_lines)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError):
            pass  # the whole text decides, and gives the error its true line
    if isinstance(text, bytes):
        data = text
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            result = ParsedTable(path=path)
            line = data.count(b"\n", 0, exc.start) + 1
            message = f"not valid UTF-8 (byte offset {exc.start})"
            result.problems.append(Problem(path, line, 1, message))
            return result
    try:
        return _check(map(tomllib.loads, (text,)), path, blocks, top_lines)
    except tomllib.TOMLDecodeError as exc:
        result = ParsedTable(path=path)
        result.problems.append(toml_syntax_error(path, exc, text))
        return result
    except RecursionError:
        result = ParsedTable(path=path)
        line = too_deep(text) or 1
        result.problems.append(Problem(path, line, 1, "arrays or tables nested too deeply"))
        return result


def toml_syntax_error(path: str, exc: tomllib.TOMLDecodeError, text: str = "") -> Problem:
    """The position and reason of a TOML syntax error (tomllib gives them only in its text),
    with its likely cause when the offending line of ``text`` shows one."""
    message = str(exc)
    position = _TOML_POSITION.search(message)
    line, column = (int(position.group(1)), int(position.group(2))) if position else (1, 1)
    reason = _TOML_POSITION.sub("", message).strip()
    lines = text.splitlines()
    cause = likely_cause(reason, lines[line - 1] if line <= len(lines) else "", column)
    return Problem(path, line, column, f"TOML syntax error: {cause or reason}")


def _check(
    documents: Iterator[dict[str, Any]],
    path: str,
    blocks: dict[str, _BlockList],
    top_lines: dict[str, int],
) -> ParsedTable:
    """Check each parsed document (a whole file, or a piece of a large one) in turn."""
    result = ParsedTable(path=path)
    checker = _Checker(result, blocks, top_lines)
    for number, data in enumerate(documents):
        checker.check(data, top_level=number == 0)
    checker.finish()
    return result


#: Tables larger than this are parsed a few hundred blocks at a time, so that the parsed
#: TOML of a 100,000-entry table never exists all at once (it is several times the text).
_PIECE_THRESHOLD = 512 * 1024
LARGE_TABLE_BYTES = _PIECE_THRESHOLD
"""From this size on, a table file is best given to `parse_table` as bytes."""
_BLOCKS_PER_PIECE = 500


def _pieces(
    text: str | bytes, blocks: dict[str, _BlockList], top_lines: dict[str, int]
) -> Iterator[str] | None:
    """The text cut before every 500th ``[[…]]`` header, or None to parse it whole.

    Each piece is valid TOML on its own when the file is arrays of tables after top-level
    keys; a file with any ``[table]`` header is parsed whole.
    """
    if len(text) < _PIECE_THRESHOLD or any(name not in _TOP_KEYS for name in top_lines):
        return None
    starts = sorted(start for located in blocks.values() for start in located.starts)
    if any(
        name in top_lines for name in ("source", "class_default", "kind_default", "role_default")
    ):
        return None  # written as a key or a [table] somewhere: leave it to the whole parse
    cuts = [0, *starts[_BLOCKS_PER_PIECE::_BLOCKS_PER_PIECE], len(text)]
    return (_as_str(text[a:b]) for a, b in pairwise(cuts) if a < b)


def _as_str(text: str | bytes) -> str:
    return text.decode("utf-8") if isinstance(text, bytes) else text


class _BlockList:
    """The ``[[name]]`` blocks of one kind in a file: lines and offsets in compact arrays.

    A `_Block` is made only when a block is read; for a 100,000-entry table, holding one
    object per block (and one match object per header) cost some 20 MiB at the peak.
    """

    __slots__ = ("ends", "lines", "starts", "text")

    def __init__(self, text: str | bytes) -> None:
        self.text = text
        self.lines = array("L")
        self.starts = array("Q")
        self.ends = array("Q")

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, position: int) -> _Block:
        return _Block(self.lines[position], self.text, self.starts[position], self.ends[position])


def _locate(text: str | bytes) -> tuple[dict[str, _BlockList], dict[str, int]]:
    """Find each ``[[name]]`` block's line, and the lines of the top-level keys and tables."""
    blocks: dict[str, _BlockList] = {}
    top: dict[str, int] = {}
    headers: Iterator[re.Match[Any]] = (
        _ANY_HEADER_BYTES.finditer(text) if isinstance(text, bytes) else _ANY_HEADER.finditer(text)
    )
    newline: Any = b"\n" if isinstance(text, bytes) else "\n"
    line, previous = 1, 0
    first_header: int | None = None
    open_block: _BlockList | None = None  # the list whose last block ends at the next header
    for header in headers:
        start = header.start()
        if first_header is None:
            first_header = start
        line += text.count(newline, previous, start)
        previous = start
        if open_block is not None:
            open_block.ends.append(start)
            open_block = None
        name = _as_str(header.group(2))
        if header.group(1):
            open_block = blocks.setdefault(name, _BlockList(text))
            open_block.lines.append(line)
            open_block.starts.append(start)
        else:
            top.setdefault(name.split(".")[0], line)
    # What precedes the first header (all of the text, if none) is top level.
    _top_level_keys(_as_str(text[: len(text) if first_header is None else first_header]), top)
    if open_block is not None:
        open_block.ends.append(len(text))
    return blocks, top


def block_starts(text: str | bytes, name: str) -> list[int]:
    """Where each ``[[name]]`` block of ``text`` starts (offsets in ``text``)."""
    blocks, _ = _locate(text)
    return list(blocks[name].starts) if name in blocks else []


def _top_level_keys(prefix: str, top: dict[str, int]) -> None:
    for number, raw in enumerate(prefix.split("\n"), 1):
        key = _KEY.match(raw)
        if key:
            top.setdefault(key.group(1), number)


class _Checker:
    """Validates parsed TOML data block by block, recording problems with positions."""

    def __init__(
        self, result: ParsedTable, blocks: dict[str, _BlockList], top_lines: dict[str, int]
    ) -> None:
        self.result = result
        self.blocks = blocks
        self.top_lines = top_lines
        self.read: dict[str, int] = {}
        self.unknown: set[str] = set()

    def problem(self, line: int, message: str, column: int = 1) -> None:
        self.result.problems.append(Problem(self.result.path, line, column, message))

    def check(self, data: dict[str, Any], *, top_level: bool = True) -> None:
        """Check one parsed document (or one piece of a large one) and read its records."""
        for key in data:
            if key not in _TOP_KEYS and key not in self.unknown:
                self.unknown.add(key)  # once, though a large file is read in pieces
                line = self.top_lines.get(key) or next(
                    iter(self.blocks[key].lines if key in self.blocks else ()), 1
                )
                self.problem(line, _unknown(key, _TOP_KEYS, "top-level key"))
        if top_level:
            self._check_top(data)
        for name, reader in (
            ("source", self._entry),
            ("class_default", self._class_default),
            ("kind_default", self._kind_default),
            ("role_default", self._role_default),
        ):
            items = data.get(name, [])
            if not isinstance(items, list):
                self.problem(
                    self.top_lines.get(name, 1), f"'{name}' must be an array of tables: [[{name}]]"
                )
                continue
            located = self.blocks.get(name) or _BlockList("")
            for item in items:
                position = self.read.get(name, 0)
                self.read[name] = position + 1
                block = located[position] if position < len(located) else _Block(1)
                if not isinstance(item, dict):
                    self.problem(block.line, f"each [[{name}]] must be a table")
                    continue
                reader(item, block)

    def _check_top(self, data: dict[str, Any]) -> None:
        version = data.get("schema_version", SCHEMA_VERSION)
        if isinstance(version, str) and version.strip() == str(SCHEMA_VERSION):
            self.problem(
                self.top_lines.get("schema_version", 1),
                f"schema_version must be the number {SCHEMA_VERSION}, without quotes",
            )
        elif version != SCHEMA_VERSION:
            self.problem(
                self.top_lines.get("schema_version", 1),
                f"unsupported schema_version {version!r}: this srccheck reads tables of "
                f"schema_version {SCHEMA_VERSION}",
            )
        extends = data.get("extends_default", True)
        if not isinstance(extends, bool):
            self.problem(
                self.top_lines.get("extends_default", 1), "extends_default must be true or false"
            )
        else:
            self.result.extends_default = extends

    def finish(self) -> None:
        """Checks across the whole file, once every record is read."""
        self._duplicates()

    # -- one block per record kind ---------------------------------------------------------

    def _entry(self, item: dict[str, Any], block: _Block) -> None:
        fields = _FieldReader(self, item, block, "source", _ENTRY_FIELDS)
        if not fields.known_keys():
            return
        entry_id = fields.slug("id")
        kind = fields.choice("kind", _ENTRY_KINDS)
        score = fields.score("score", required=True)
        values = {
            "name": fields.text("name", required=True),
            "basis": fields.text("basis", required=True),
            "reviewed": fields.date("reviewed"),
        }
        optional = {
            "aliases": fields.strings("aliases"),
            "domains": fields.strings("domains"),
            "handles": fields.strings("handles"),
            "tags": fields.strings("tags"),
            "country": fields.text("country"),
            "notes": fields.text("notes"),
            "affiliation": fields.text("affiliation"),
            "role": fields.text("role"),
            "sources": fields.strings("sources"),
        }
        if fields.failed or entry_id is None or kind is None or score is None:
            return
        self.result.entries.append(
            Entry(
                id=entry_id,
                name=str(values["name"]),
                kind=Kind(kind),
                score=score,
                # Interned: big tables repeat review dates and bases entry after entry.
                basis=sys.intern(str(values["basis"])),
                reviewed=sys.intern(str(values["reviewed"])),
                aliases=tuple(optional["aliases"] or ()),
                domains=tuple(optional["domains"] or ()),
                handles=tuple(optional["handles"] or ()),
                country=optional["country"],  # type: ignore[arg-type]
                tags=tuple(optional["tags"] or ()),
                notes=optional["notes"],  # type: ignore[arg-type]
                affiliation=optional["affiliation"],  # type: ignore[arg-type]
                role=optional["role"],  # type: ignore[arg-type]
                sources=tuple(sys.intern(s) for s in optional["sources"] or ()),
                origin=Origin(self.result.path, block.line),
            )
        )

    def _class_default(self, item: dict[str, Any], block: _Block) -> None:
        fields = _FieldReader(self, item, block, "class_default", _CLASS_FIELDS)
        if not fields.known_keys():
            return
        class_id = fields.slug("id")
        name = fields.text("name", required=True)
        phrases = fields.strings("phrases", required=True)
        score = fields.score("score")
        basis = fields.text("basis", required=True)
        kind = fields.choice("kind", _KINDS, required=False)
        role = fields.choice("role", _CLASS_ROLES, required=False)
        if fields.failed or class_id is None:
            return
        self.result.class_defaults.append(
            ClassDefault(
                id=class_id,
                name=str(name),
                phrases=tuple(p.casefold() for p in phrases or ()),
                score=score,
                basis=str(basis),
                kind=Kind(kind) if kind else Kind.UNKNOWN,
                origin=Origin(self.result.path, block.line),
                role=role or "vague",
            )
        )

    def _kind_default(self, item: dict[str, Any], block: _Block) -> None:
        fields = _FieldReader(self, item, block, "kind_default", _KIND_FIELDS)
        if not fields.known_keys():
            return
        kind = fields.choice("kind", _KINDS)
        score = fields.score("score")
        basis = fields.text("basis", required=True)
        if fields.failed or kind is None:
            return
        self.result.kind_defaults.append(
            KindDefault(Kind(kind), score, str(basis), Origin(self.result.path, block.line))
        )

    def _role_default(self, item: dict[str, Any], block: _Block) -> None:
        fields = _FieldReader(self, item, block, "role_default", _ROLE_FIELDS)
        if not fields.known_keys():
            return
        role_id = fields.slug("id")
        name = fields.text("name", required=True)
        phrases = fields.strings("phrases", required=True)
        score = fields.score("score")
        basis = fields.text("basis", required=True)
        if fields.failed or role_id is None:
            return
        self.result.role_defaults.append(
            RoleDefault(
                id=role_id,
                name=str(name),
                phrases=tuple(p.casefold() for p in phrases or ()),
                score=score,
                basis=str(basis),
                origin=Origin(self.result.path, block.line),
            )
        )

    def _duplicates(self) -> None:
        records_by_label: tuple[tuple[list[Any], str], ...] = (
            (self.result.entries, "source"),
            (self.result.class_defaults, "class_default"),
            (self.result.role_defaults, "role_default"),
        )
        for records, label in records_by_label:
            seen: dict[str, int] = {}
            for record in records:
                if record.id in seen:
                    self.problem(
                        record.origin.line,
                        f"duplicate {label} id {record.id!r} "
                        f"(first defined on line {seen[record.id]})",
                    )
                else:
                    seen[record.id] = record.origin.line
        kinds: dict[Kind, int] = {}
        for default in self.result.kind_defaults:
            if default.kind in kinds:
                self.problem(
                    default.origin.line,
                    f"duplicate kind_default for {default.kind.value!r} "
                    f"(first defined on line {kinds[default.kind]})",
                )
            kinds.setdefault(default.kind, default.origin.line)


_ENTRY_FIELDS = (
    "id",
    "name",
    "kind",
    "score",
    "basis",
    "reviewed",
    "aliases",
    "domains",
    "handles",
    "country",
    "tags",
    "notes",
    "affiliation",
    "role",
    "sources",
)
_CLASS_FIELDS = ("id", "name", "phrases", "score", "basis", "kind", "role")
# What a class stands for: the rules treat "anonymous" classes as unnamed sources (SRC101).
_CLASS_ROLES = ("anonymous", "vague")
_KIND_FIELDS = ("kind", "score", "basis")
_ROLE_FIELDS = ("id", "name", "phrases", "score", "basis")


class _FieldReader:
    """Reads typed fields of one block, reporting each problem at the key's line."""

    def __init__(
        self,
        checker: _Checker,
        item: dict[str, Any],
        block: _Block,
        name: str,
        allowed: tuple[str, ...],
    ) -> None:
        self.checker = checker
        self.item = item
        self.block = block
        self.name = name
        self.allowed = allowed
        self.failed = False

    def _fail(self, key: str, message: str) -> None:
        self.failed = True
        self.checker.problem(self.block.keys.get(key, self.block.line), message)

    def known_keys(self) -> bool:
        for key in self.item:
            if key not in self.allowed:
                self._fail(key, _unknown(key, self.allowed, f"key in [[{self.name}]]"))
        return not self.failed

    def _present(self, key: str, required: bool) -> bool:
        if key in self.item:
            return True
        if required:
            self._fail(key, f"[[{self.name}]] is missing the required key '{key}'")
        return False

    def text(self, key: str, required: bool = False) -> str | None:
        if not self._present(key, required):
            return None
        value = self.item[key]
        if isinstance(value, str) and required and not value.strip():
            self._fail(key, f"'{key}' must not be empty")
            return None
        if not isinstance(value, str):
            self._fail(key, f"'{key}' must be a string, not {_describe(value)}")
            return None
        return value

    def slug(self, key: str) -> str | None:
        value = self.text(key, required=True)
        if value is not None and not _SLUG.match(value):
            self._fail(key, f"'{key}' {value!r} must be a slug: lower-case letters, digits and '-'")
            return None
        return value

    def choice(self, key: str, options: tuple[str, ...], required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in options:
            self._fail(key, _unknown(value, options, f"'{key}'").replace("unknown", "invalid", 1))
            return None
        return value

    def score(self, key: str, required: bool = False) -> int | None:
        if not self._present(key, required):
            return None
        value = self.item[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self._fail(key, f"'{key}' must be a whole number from 0 to 100, not {_describe(value)}")
            return None
        if not 0 <= value <= 100:
            self._fail(key, f"'{key}' {value} is out of range 0..100")
            return None
        return value

    def date(self, key: str) -> str | None:
        if not self._present(key, True):
            return None
        value = self.item[key]
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        self._fail(key, f"'{key}' must be a date such as 2026-11-25, not {_describe(value)}")
        return None

    def strings(self, key: str, required: bool = False) -> list[str] | None:
        if not self._present(key, required):
            return None
        value = self.item[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._fail(key, f"'{key}' must be a list of strings, not {_describe(value)}")
            return None
        return value


def _unknown(key: str, allowed: tuple[str, ...], what: str) -> str:
    import difflib  # only for a typo's suggestion

    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else f" (allowed: {', '.join(allowed)})"
    return f"unknown {what} '{key}'{hint}"


def _describe(value: object) -> str:
    names = {
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)
