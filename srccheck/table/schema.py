"""Read one table file and check it against the schema, with the line of every problem.

tomllib gives no positions for keys, so the raw text is scanned for ``[[source]]``-style
headers and ``key =`` lines; that is exact for the tables people write by hand.
"""

from __future__ import annotations

import datetime
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from srccheck.model import ClassDefault, Entry, Kind, KindDefault, Origin

SCHEMA_VERSION = 1
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")

_TOP_KEYS = ("schema_version", "extends_default", "source", "class_default", "kind_default")
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
    extends_default: bool = True
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class _Block:
    """Where one ``[[name]]`` block and its keys are in the raw text."""

    line: int
    keys: dict[str, int] = field(default_factory=dict)


def parse_table(text: str, path: str) -> ParsedTable:
    """Parse and validate the table ``text`` read from ``path`` (problems are collected)."""
    result = ParsedTable(path=path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = _TOML_POSITION.search(message)
        line, column = (int(position.group(1)), int(position.group(2))) if position else (1, 1)
        reason = _TOML_POSITION.sub("", message).strip()
        result.problems.append(Problem(path, line, column, f"TOML syntax error: {reason}"))
        return result
    blocks, top_lines = _locate(text)
    checker = _Checker(result, blocks, top_lines)
    checker.check(data)
    return result


def _locate(text: str) -> tuple[dict[str, list[_Block]], dict[str, int]]:
    """Find each ``[[name]]`` block's line and the lines of its keys, and top-level keys."""
    blocks: dict[str, list[_Block]] = {}
    top: dict[str, int] = {}
    current: _Block | None = None
    in_other_table = False
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = _Block(number)
            blocks.setdefault(header.group(1), []).append(current)
            in_other_table = False
            continue
        table = _TABLE_HEADER.match(line)
        if table:
            current, in_other_table = None, True
            top.setdefault(table.group(1).split(".")[0], number)
            continue
        key = _KEY.match(line)
        if key:
            if current is not None:
                current.keys.setdefault(key.group(1), number)
            elif not in_other_table:
                top.setdefault(key.group(1), number)
    return blocks, top


class _Checker:
    """Validates parsed TOML data block by block, recording problems with positions."""

    def __init__(
        self, result: ParsedTable, blocks: dict[str, list[_Block]], top_lines: dict[str, int]
    ) -> None:
        self.result = result
        self.blocks = blocks
        self.top_lines = top_lines

    def problem(self, line: int, message: str, column: int = 1) -> None:
        self.result.problems.append(Problem(self.result.path, line, column, message))

    def check(self, data: dict[str, Any]) -> None:
        for key in data:
            if key not in _TOP_KEYS:
                self.problem(self.top_lines.get(key, 1), _unknown(key, _TOP_KEYS, "top-level key"))
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            self.problem(
                self.top_lines.get("schema_version", 1),
                f"unsupported schema_version {version!r} (this srccheck reads {SCHEMA_VERSION})",
            )
        extends = data.get("extends_default", True)
        if not isinstance(extends, bool):
            self.problem(
                self.top_lines.get("extends_default", 1), "extends_default must be true or false"
            )
        else:
            self.result.extends_default = extends
        for name, reader in (
            ("source", self._entry),
            ("class_default", self._class_default),
            ("kind_default", self._kind_default),
        ):
            items = data.get(name, [])
            if not isinstance(items, list):
                self.problem(
                    self.top_lines.get(name, 1), f"'{name}' must be an array of tables: [[{name}]]"
                )
                continue
            located = self.blocks.get(name, [])
            for position, item in enumerate(items):
                block = located[position] if position < len(located) else _Block(1)
                if not isinstance(item, dict):
                    self.problem(block.line, f"each [[{name}]] must be a table")
                    continue
                reader(item, block)
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
        }
        if fields.failed or entry_id is None or kind is None or score is None:
            return
        self.result.entries.append(
            Entry(
                id=entry_id,
                name=str(values["name"]),
                kind=Kind(kind),
                score=score,
                basis=str(values["basis"]),
                reviewed=str(values["reviewed"]),
                aliases=tuple(optional["aliases"] or ()),
                domains=tuple(optional["domains"] or ()),
                handles=tuple(optional["handles"] or ()),
                country=optional["country"],  # type: ignore[arg-type]
                tags=tuple(optional["tags"] or ()),
                notes=optional["notes"],  # type: ignore[arg-type]
                affiliation=optional["affiliation"],  # type: ignore[arg-type]
                role=optional["role"],  # type: ignore[arg-type]
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

    def _duplicates(self) -> None:
        for records, label in (
            (self.result.entries, "source"),
            (self.result.class_defaults, "class_default"),
        ):
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
)
_CLASS_FIELDS = ("id", "name", "phrases", "score", "basis", "kind")
_KIND_FIELDS = ("kind", "score", "basis")


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
        if not isinstance(value, str) or (required and not value.strip()):
            self._fail(key, f"'{key}' must be a non-empty string, not {_describe(value)}")
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
