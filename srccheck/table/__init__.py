"""The reliability table: load its layers, validate them, and look sources up.

Layers, later ones overriding earlier ones entry by entry (by ``id``):

1. the embedded default (the project's top-level ``sources.toml``, shipped in the package);
2. the table files `load_table` is given, in order.

Which files those are for a run (the user's table, a ``sources.toml`` above the working
directory, ``SRCCHECK_SOURCES``, the configuration's ``sources``, ``--sources``) is decided in
one place, `srccheck.setup`; this module reads no variable and walks no directory.
A layer that says ``extends_default = false`` (or ``--no-default-sources``) drops layer 1.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from srccheck.errors import TableError, os_error_message
from srccheck.model import ClassDefault, Entry, Kind, KindDefault, Match, Origin, RoleDefault
from srccheck.table.bulk import (
    GENERATED_INDEX,
    GENERATED_ORIGIN,
    GENERATED_TABLE,
    BulkLayer,
    LayeredIndex,
    StaleIndexError,
)
from srccheck.table.compiled import COMPILED_FILE, load_compiled
from srccheck.table.matching import MatchIndex
from srccheck.table.normalize import fold
from srccheck.table.prepared import PREPARED_FILE, load_prepared
from srccheck.table.schema import LARGE_TABLE_BYTES, ParsedTable, Problem, parse_table

__all__ = [
    "DEFAULT_ORIGIN",
    "GENERATED_ORIGIN",
    "Layer",
    "SourceTable",
    "default_table",
    "is_default_origin",
    "load_table",
    "read_layer",
]

#: How entries of the embedded default table say where they came from.
DEFAULT_ORIGIN = "<default>"
TABLE_FILE = "sources.toml"


@dataclass(frozen=True, slots=True)
class Layer:
    """One table file that went into a `SourceTable`."""

    path: str
    entries: int
    extends_default: bool


def is_default_origin(path: str) -> bool:
    """Whether an entry of this origin belongs to the built-in table (either of its layers)."""
    return path in (DEFAULT_ORIGIN, GENERATED_ORIGIN)


@dataclass(slots=True)
class SourceTable:
    """The layered table: entries, class defaults and kind defaults, ready for look-ups.

    ``entries`` holds the hand-written and user layers; ``base``, when there is one, is the
    generated layer of the built-in table, read lazily (see `srccheck.table.bulk`). `get`,
    `all_entries` and the look-ups see both, the later layers winning by id.
    """

    entries: dict[str, Entry]
    class_defaults: dict[str, ClassDefault]
    kind_defaults: dict[Kind, KindDefault]
    layers: list[Layer] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    role_defaults: dict[str, RoleDefault] = field(default_factory=dict)
    base: BulkLayer | None = None
    _top: MatchIndex | None = None
    """The index of ``entries`` when it came prepared (the built-in table's, see
    `srccheck.table.prepared`); else it is built on first use."""
    _index: MatchIndex | LayeredIndex | None = None
    _phrases: list[tuple[str, ClassDefault]] | None = None
    _role_phrases: list[tuple[str, RoleDefault]] | None = None

    @property
    def index(self) -> MatchIndex | LayeredIndex:
        """The look-up index, built on first use."""
        if self._index is None:
            top = self._top or MatchIndex(list(self.entries.values()))
            if self.base is None:
                self._index = top
            else:
                self._index = LayeredIndex(top, self.base.index(), set(self.entries))
        return self._index

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, if any."""
        found = self.entries.get(entry_id)
        if found is None and self.base is not None:
            found = self.base.get(entry_id)
        return found

    def all_entries(self) -> list[Entry]:
        """Every entry of every layer (the generated layer's are read from disk: slower)."""
        if self.base is None:
            return list(self.entries.values())
        generated = [e for e in self.base.entries() if e.id not in self.entries]
        return generated + list(self.entries.values())

    def datasets(self) -> dict[str, str]:
        """What each provenance name stands for (repository, commit, snapshot, licence)."""
        found = {"hand-written": "written by srccheck's editors in sources.toml (MIT)"}
        if self.base is not None:
            found.update(self.base.datasets())
        return found

    def classify_role(self, role: str) -> RoleDefault | None:
        """The role class whose phrase is (as whole words) in ``role``; longest wins."""
        if self._role_phrases is None:
            pairs = [
                (fold(text), default)
                for default in self.role_defaults.values()
                for text in default.phrases
            ]
            self._role_phrases = sorted((p for p in pairs if p[0]), key=lambda p: -len(p[0]))
        text = f" {fold(role)} "
        for words, default in self._role_phrases:
            if f" {words} " in text:
                return default
        return None

    def resolve(self, query: str, *, kind: Kind | None = None) -> Match | None:
        """The best entry for a name, link or handle (alias, domain, handle, then fuzzy)."""
        return self.index.resolve(query, kind)

    def resolve_masthead(self, query: str) -> Match | None:
        """An outlet the table knows only by its domain, for a name the text gives as an
        outlet's ("The Lancet": thelancet.com). Not a tier of `resolve`: a person's name can
        be a domain too, and only the text can tell which it is."""
        return self.index.by_masthead(query)

    def lookup(self, query: str, *, limit: int = 5) -> list[Match]:
        """Ranked candidates for ``query``: every exact tier that matches, then fuzzy ones."""
        found: list[Match] = []
        for match in (
            self.index.by_alias(query),
            self.index.by_handle(query),
            self.index.by_domain(query),
        ):
            if match is not None and all(m.entry.id != match.entry.id for m in found):
                found.append(match)
        for match in self.index.by_fuzzy(query, limit=limit):
            if all(m.entry.id != match.entry.id for m in found):
                found.append(match)
        return found[:limit]

    def classify_phrase(self, phrase: str) -> ClassDefault | None:
        """The class default whose phrase is (as whole words) in ``phrase``; longest wins."""
        if self._phrases is None:
            pairs = [
                (fold(text), default)
                for default in self.class_defaults.values()
                for text in default.phrases
            ]
            self._phrases = sorted((p for p in pairs if p[0]), key=lambda p: -len(p[0]))
        text = f" {fold(phrase)} "
        for words, default in self._phrases:
            if f" {words} " in text:
                return default
        return None

    def kind_default(self, kind: Kind) -> KindDefault:
        """The rating of a named source of ``kind`` that the table does not know."""
        return self.kind_defaults.get(kind) or KindDefault(
            kind, None, "No kind default in the table: unrated.", Origin(DEFAULT_ORIGIN, 0)
        )


# -- loading --------------------------------------------------------------------------------


def default_table_path() -> Path:
    """Where the embedded default table is: in the package, or in a source checkout."""
    # A plain path, not importlib.resources: the package is always installed as files, and
    # importing resources (zipfile and friends) would cost every run several milliseconds.
    packaged = Path(__file__).resolve().parent.parent / TABLE_FILE
    if packaged.is_file():
        return packaged
    return packaged.parent.parent / TABLE_FILE


def read_layer(path: Path, shown: str | None = None) -> ParsedTable:
    """Read and validate one table file; every problem is collected, none raised."""
    name = shown or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _failed(name, os_error_message(exc, "table file"))
    data = data.removeprefix(codecs.BOM_UTF8)
    if len(data) >= LARGE_TABLE_BYTES:
        return parse_table(data, name)  # decoded piece by piece: see parse_table
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _failed(name, f"not valid UTF-8 (byte offset {exc.start})")
    return parse_table(text, name)


def _failed(path: str, message: str) -> ParsedTable:
    parsed = ParsedTable(path=path)
    parsed.problems.append(Problem(path, 1, 1, message))
    return parsed


@cache
def default_table() -> SourceTable:
    """The embedded default table alone (cached)."""
    layer, index = _default_layer_indexed()
    return merge_layers([layer], base=generated_layer(), index=index)


@cache
def generated_layer() -> BulkLayer | None:
    """The generated layer of the built-in table, or None where it is not installed."""
    table = default_table_path().with_name(GENERATED_TABLE)
    index = table.with_name(GENERATED_INDEX)
    if not table.is_file() and not index.is_file():
        return None
    try:
        return BulkLayer.open(table, index)
    except (OSError, ValueError, KeyError, StaleIndexError) as exc:
        message = f"cannot read the built-in generated table ({exc}); run tools/build_table.py"
        raise TableError(GENERATED_ORIGIN, 1, 1, message) from None


def _default_layer() -> ParsedTable:
    return _default_layer_indexed()[0]


def _default_layer_indexed() -> tuple[ParsedTable, MatchIndex | None]:
    """The hand-written layer of the built-in table, with its index when the wheel carries
    both already made (see srccheck.table.prepared)."""
    path = default_table_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TableError(DEFAULT_ORIGIN, 1, 1, f"cannot read the built-in table ({exc})") from None
    ready = load_prepared(path.with_name(PREPARED_FILE), text)
    if ready is not None:
        return ready
    # An installed wheel carries the table already parsed (see srccheck.table.compiled).
    prepared = load_compiled(path.with_name(COMPILED_FILE), text)
    parsed = parse_table(text, DEFAULT_ORIGIN, prepared)
    _raise_first(parsed.problems)
    return parsed, None


def load_table(paths: Sequence[Path] = (), *, use_default: bool = True) -> SourceTable:
    """Load exactly ``paths``, in order, over the built-in table; raise `TableError` at the
    first problem of any layer.

    ``use_default=False``, or a layer saying ``extends_default = false``, drops the built-in
    table. Nothing is searched for here: which files a run layers (the user's table, one
    found walking up, ``SRCCHECK_SOURCES``, ``--sources``) is decided in `srccheck.setup`,
    and ``srccheck.load_table()`` asks it for them.
    """
    user_layers = [read_layer(path) for path in paths]
    for parsed in user_layers:
        _raise_first(parsed.problems)
    keep_default = use_default and all(parsed.extends_default for parsed in user_layers)
    default, index = _default_layer_indexed() if keep_default else (None, None)
    layers = ([default] if default is not None else []) + user_layers
    table = merge_layers(
        layers,
        base=generated_layer() if keep_default else None,
        index=None if user_layers else index,
    )
    _raise_first(check_affiliations(table))
    return table


def merge_layers(
    layers: Sequence[ParsedTable], base: BulkLayer | None = None, index: MatchIndex | None = None
) -> SourceTable:
    """Merge parsed layers in order, later ones overriding earlier ones by id (or kind);
    ``base`` is the generated layer under them all; ``index`` is the index of a single
    layer's entries, when it came prepared with it."""
    entries: dict[str, Entry] = {}
    classes: dict[str, ClassDefault] = {}
    kinds: dict[Kind, KindDefault] = {}
    roles: dict[str, RoleDefault] = {}
    for parsed in layers:
        entries.update((entry.id, entry) for entry in parsed.entries)
        classes.update((default.id, default) for default in parsed.class_defaults)
        kinds.update((default.kind, default) for default in parsed.kind_defaults)
        roles.update((default.id, default) for default in parsed.role_defaults)
    described = [Layer(p.path, len(p.entries), p.extends_default) for p in layers]
    if base is not None:
        described.insert(0, Layer(base.path, len(base), True))
    table = SourceTable(
        entries=entries,
        class_defaults=classes,
        kind_defaults=kinds,
        layers=described,
        role_defaults=roles,
        base=base,
        _top=index if len(layers) == 1 else None,
    )
    table.warnings = _alias_warnings(table)
    return table


def check_affiliations(table: SourceTable) -> list[Problem]:
    """Every ``affiliation`` must name another entry of the layered table, with no cycle."""
    problems = []
    # The generated layer's own affiliations are checked when it is built.
    for entry in table.entries.values():
        if entry.affiliation is None:
            continue
        if table.get(entry.affiliation) is None:
            message = f"affiliation {entry.affiliation!r} of {entry.id!r} names no entry"
        elif entry.affiliation == entry.id:
            message = f"{entry.id!r} is its own affiliation"
        else:
            continue
        problems.append(Problem(entry.origin.path, entry.origin.line, 1, message))
    for cycle in _affiliation_cycles(table):
        first = table.get(cycle[0])
        assert first is not None  # every id of a cycle was found
        message = f"circular affiliation: {' -> '.join([*cycle, cycle[0]])}"
        problems.append(Problem(first.origin.path, first.origin.line, 1, message))
    return problems


def _affiliation_cycles(table: SourceTable) -> list[list[str]]:
    """Each cycle of two or more entries in the affiliation graph, once, in linear time."""
    finished: set[str] = set()
    cycles = []
    for start in table.entries:
        path: dict[str, int] = {}
        current: str | None = start
        while current is not None and current not in finished:
            entry = table.get(current)
            if entry is None:
                break
            if current in path:
                cycle = list(path)[path[current] :]
                if len(cycle) > 1:
                    # Start at the smallest id, so a cycle reads the same however it is found.
                    first = cycle.index(min(cycle))
                    cycles.append(cycle[first:] + cycle[:first])
                break
            path[current] = len(path)
            current = entry.affiliation
        finished.update(path)
    return cycles


def _alias_warnings(table: SourceTable) -> list[str]:
    warnings = []
    for _key, names in sorted(table.index.alias_claims().items()):
        if all(is_default_origin(n.entry.origin.path) for n in names):
            continue  # the built-in table's own overlaps are its tests' business
        owners = sorted({f"{n.entry.id} ({n.entry.origin})" for n in names})
        warnings.append(f"the name {names[0].shown!r} is claimed by {' and '.join(owners)}")
    return warnings


def _raise_first(problems: Sequence[Problem]) -> None:
    if problems:
        first = problems[0]
        raise TableError(first.path, first.line, first.column, first.message)
