"""The generated layer of the default table, read lazily from a pre-built index file.

The generated table (``sources.generated.toml``, some 19,000 entries built by
``tools/build_table.py``) is far too large to parse at every start: tomllib alone would take
over a second. The builder therefore also writes ``sources.generated.idx``: a one-line JSON
header, then three sections read only when needed:

* ``exact``: the look-up keys (name keys, domains, handles, ids) -> row numbers;
* ``rows``: where each row's ``[[source]]`` block starts in the TOML, and its line;
* ``fuzzy``: the name keys and their blocks for spelling variants.

A row is parsed from its TOML block (a few hundred bytes) only when a look-up returns it.

The header records the length and CRC-32 of the TOML it was made from; a table edited by hand
without rebuilding the index is refused with a clear error rather than silently ignored.
"""

from __future__ import annotations

import json
import mmap
import sys
import tomllib
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from srccheck.model import Entry, Kind, Match, Origin
from srccheck.table.domains import handle_key, split_link
from srccheck.table.matching import SHORT_NAME, MatchIndex, _blocks, _Name, _name
from srccheck.table.normalize import name_key, strip_generic_prefix

FORMAT = 2
GENERATED_TABLE = "sources.generated.toml"
GENERATED_INDEX = "sources.generated.idx"
#: How entries of the generated layer say where they came from.
GENERATED_ORIGIN = "<default:generated>"


# -- writing (tools/build_table.py) -----------------------------------------------------------


def build_index(
    entries: Sequence[Entry], toml_bytes: bytes, datasets: Mapping[str, str] | None = None
) -> bytes:
    """The index file for ``entries``, parsed from the TOML ``toml_bytes`` (same order);
    ``datasets`` describes each provenance name in one line."""
    from srccheck.table.schema import block_starts

    starts = block_starts(toml_bytes, "source")
    if len(starts) != len(entries):
        raise ValueError("every [[source]] block must be an entry")
    keys: dict[str, list[str]] = {}
    fuzzy: list[bytes] = []
    for number, entry in enumerate(entries):
        keys.setdefault(f"i:{entry.id}", []).append(str(number))
        searchable = "domain-only" not in entry.tags
        for shown in (entry.name, *entry.aliases) if searchable else ():
            key = name_key(shown)
            if not key:
                continue
            rows = keys.setdefault(f"n:{key}", [])
            if str(number) not in rows:
                rows.append(str(number))
            if len(key) > SHORT_NAME:
                found = sorted(_blocks(key))
                for block in found:
                    keys.setdefault(f"b:{block}", []).append(str(len(fuzzy)))
                if found:
                    fuzzy.append(f"{key}\t{number}\t{entry.kind.value}\n".encode())
        for domain in entry.domains:
            host, path = split_link(domain) or (domain.lower(), "")
            keys.setdefault(f"d:{host}", []).append(f"{path.lower()}{_UNIT}{number}")
        for handle in entry.handles:
            keys.setdefault(f"h:{handle_key(handle)}", []).append(str(number))
    lines = sorted(
        (f"{key}\t{_LIST.join(values)}\n".encode() for key, values in keys.items()),
    )
    sections = {
        "keys": b"".join(lines),
        "starts": _u32([*starts, len(toml_bytes)]),
        "lines": _u32([entry.origin.line for entry in entries]),
        "fuzzy": b"".join(fuzzy),
    }
    spans: dict[str, list[int]] = {}
    start = 0
    for name, blob in sections.items():
        spans[name] = [start, start + len(blob)]
        start += len(blob)
    header = {
        "format": FORMAT,
        "length": len(toml_bytes),
        "crc32": zlib.crc32(toml_bytes),
        "entries": len(entries),
        "sections": spans,
        "datasets": dict(datasets or {}),
        "fuzzy_names": len(fuzzy),
    }
    return json.dumps(header, sort_keys=True).encode() + b"\n" + b"".join(sections.values())


_LIST = ","
_UNIT = "\x1f"


def _u32(numbers: Sequence[int]) -> bytes:
    packed = array("I", numbers)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def _read_u32(data: bytes) -> array[int]:
    packed = array("I")
    packed.frombytes(data)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed


# -- reading ----------------------------------------------------------------------------------


class StaleIndexError(Exception):
    """The index does not belong to the generated table beside it."""


class BulkLayer:
    """The generated layer: entries by id, parsed on demand, and a look-up index over them.

    Nothing is parsed up front: keys are found by binary search in the index's sorted lines,
    and a row is parsed from its TOML block when a look-up returns it.
    """

    def __init__(self, index_bytes: bytes, toml_bytes: bytes, path: str = GENERATED_ORIGIN) -> None:
        newline = index_bytes.find(b"\n")
        self.header: dict[str, Any] = json.loads(index_bytes[:newline])
        self._index = index_bytes
        self._base = newline + 1
        self._toml = toml_bytes
        self.path = path
        self._arrays: dict[str, array[int]] = {}
        self._cache: dict[int, Entry] = {}
        self._fuzzy_lines: list[str] | None = None
        self._files: tuple[Path, Path] | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker process re-opens the files (a few hundred bytes to send) rather than
        # receiving megabytes; a layer made from bytes travels as those bytes.
        if self._files is not None:
            return (BulkLayer.open, (*self._files, self.path))
        return (BulkLayer, (bytes(self._index), bytes(self._toml), self.path))

    @classmethod
    def open(cls, table: Path, index: Path, path: str = GENERATED_ORIGIN) -> BulkLayer:
        """The layer for the generated ``table``, from its ``index``; raises StaleIndexError.

        The TOML is checked by its length here, and each row by its id as it is read (a CRC
        of the whole file would cost every run a few milliseconds)."""
        text = _mapped(table)
        layer = cls(_mapped(index), text, path)
        layer._files = (table, index)
        if layer.header.get("format") != FORMAT or layer.header.get("length") != len(text):
            raise StaleIndexError(f"{index.name} was built for another {table.name}")
        return layer

    def _span(self, name: str) -> tuple[int, int]:
        start, end = self.header["sections"][name]
        return self._base + start, self._base + end

    def _array(self, name: str) -> array[int]:
        found = self._arrays.get(name)
        if found is None:
            start, end = self._span(name)
            found = self._arrays[name] = _read_u32(self._index[start:end])
        return found

    def lookup(self, prefix: str, key: str) -> list[str]:
        """The values stored for ``prefix:key`` (binary search over the sorted key lines)."""
        if "\n" in key or "\t" in key:
            return []
        start, end = self._span("keys")
        wanted = f"{prefix}:{key}".encode()
        data = self._index
        low, high = start, end
        while low < high:
            middle = (low + high) // 2
            line_start = data.rfind(b"\n", start, middle) + 1 or start
            line_start = max(line_start, start)
            line_end = data.find(b"\n", line_start, end)
            tab = data.find(b"\t", line_start, line_end)
            found = data[line_start:tab]
            if found < wanted:
                low = line_end + 1
            elif found > wanted:
                high = line_start
            else:
                return data[tab + 1 : line_end].decode().split(_LIST)
        return []

    def __len__(self) -> int:
        return int(self.header["entries"])

    def row(self, number: int, entry_id: str | None = None) -> Entry:
        """The entry at row ``number``, parsed from its block of the TOML on first use."""
        entry = self._cache.get(number)
        if entry is None:
            starts = self._array("starts")
            block = bytes(self._toml[starts[number] : starts[number + 1]]).decode("utf-8")
            try:
                item = tomllib.loads(block)["source"][0]
            except (tomllib.TOMLDecodeError, KeyError, IndexError):
                raise StaleIndexError(
                    "the generated table changed after its index was built"
                ) from None
            entry = _entry(item, self.path, self._array("lines")[number])
            self._cache[number] = entry
        if entry_id is not None and entry.id != entry_id:
            raise StaleIndexError("the generated table changed after its index was built")
        return entry

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, if any."""
        found = self.lookup("i", entry_id)
        return self.row(int(found[0]), entry_id) if found else None

    def ids(self) -> Iterator[str]:
        """Every id, in table order."""
        for entry in self.entries():
            yield entry.id

    def entries(self) -> list[Entry]:
        """Every entry, in table order: the whole TOML parsed once (for listing and counting,
        much faster than row by row)."""
        if len(self._cache) < len(self):
            items = tomllib.loads(bytes(self._toml).decode("utf-8")).get("source", [])
            lines = self._array("lines")
            if len(items) != len(self):
                raise StaleIndexError("the generated table changed after its index was built")
            for number, item in enumerate(items):
                if number not in self._cache:
                    self._cache[number] = _entry(item, self.path, lines[number])
        return [self._cache[number] for number in range(len(self))]

    def datasets(self) -> dict[str, str]:
        """Each dataset the layer was built from, described in one line."""
        return {name: str(text) for name, text in self.header.get("datasets", {}).items()}

    def fuzzy_name(self, position: int) -> tuple[str, int, Kind]:
        """The name key, row and kind of fuzzy candidate ``position``."""
        if self._fuzzy_lines is None:
            # Split once on the first fuzzy look-up: one C call, cheaper than slicing the
            # mapped file for each of the hundreds of candidates a query compares.
            start, end = self._span("fuzzy")
            self._fuzzy_lines = self._index[start:end].decode("utf-8").split("\n")
        key, row, kind = self._fuzzy_lines[position].split("\t")
        return key, int(row), _KINDS[kind]

    def index(self) -> MatchIndex:
        """A look-up index over the layer that parses rows only as they are found."""
        return _BulkIndex(self)


_KINDS = {kind.value: kind for kind in Kind}


def _mapped(path: Path) -> bytes:
    """The file's bytes, memory-mapped where possible (only the pages read are loaded)."""
    with path.open("rb") as handle:
        try:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)  # type: ignore[return-value]
        except (ValueError, OSError):
            return handle.read()


def _entry(row: dict[str, Any], path: str, line: int) -> Entry:
    reviewed = row["reviewed"]
    return Entry(
        id=row["id"],
        name=row["name"],
        kind=Kind(row["kind"]),
        score=row["score"],
        basis=row["basis"],
        reviewed=reviewed.isoformat() if hasattr(reviewed, "isoformat") else str(reviewed),
        aliases=tuple(row.get("aliases") or ()),
        domains=tuple(row.get("domains") or ()),
        handles=tuple(row.get("handles") or ()),
        country=row.get("country"),
        tags=tuple(row.get("tags") or ()),
        notes=row.get("notes"),
        affiliation=row.get("affiliation"),
        role=row.get("role"),
        sources=tuple(row.get("sources") or ()),
        origin=Origin(path, line),
    )


def _named(key: str, entry: Entry) -> _Name:
    """The `_Name` of ``entry`` whose key is ``key`` (the index keeps only keys and rows)."""
    shown = next((n for n in (entry.name, *entry.aliases) if name_key(n) == key), entry.name)
    return _name(key, entry, shown)


class _Names(Mapping[str, "_Name | list[_Name]"]):
    """Name key -> the names with that key, made into `_Name` records as they are read."""

    def __init__(self, layer: BulkLayer) -> None:
        self.layer = layer

    def get(self, key: str, default: Any = None) -> Any:
        rows = self.layer.lookup("n", key)
        if not rows:
            return default
        found = [_named(key, self.layer.row(int(n))) for n in rows]
        return found[0] if len(found) == 1 else found

    def __getitem__(self, key: str) -> _Name | list[_Name]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(())  # never walked: the generated layer's overlaps are the builder's

    def __len__(self) -> int:
        return 0


class _Domains(Mapping[str, list[tuple[str, Entry]]]):
    def __init__(self, layer: BulkLayer) -> None:
        self.layer = layer

    def __getitem__(self, host: str) -> list[tuple[str, Entry]]:
        found = self.layer.lookup("d", host)
        if not found:
            raise KeyError(host)
        pairs = [value.split(_UNIT) for value in found]
        return [(path, self.layer.row(int(row))) for path, row in pairs]

    def __contains__(self, host: object) -> bool:
        return isinstance(host, str) and bool(self.layer.lookup("d", host))

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


class _Handles(Mapping[str, Entry]):
    def __init__(self, layer: BulkLayer) -> None:
        self.layer = layer

    def get(self, key: str, default: Any = None) -> Any:
        found = self.layer.lookup("h", key)
        return self.layer.row(int(found[0])) if found else default

    def __getitem__(self, key: str) -> Entry:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


class _Blocks(Mapping[str, list[int]]):
    def __init__(self, layer: BulkLayer) -> None:
        self.layer = layer

    def get(self, key: str, default: Any = None) -> Any:
        found = self.layer.lookup("b", key)
        return [int(n) for n in found] if found else default

    def __getitem__(self, key: str) -> list[int]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


class _LazyName:
    """A fuzzy candidate whose entry is parsed only if it scores well enough to be returned:
    a query compares hundreds of candidates and keeps a few."""

    __slots__ = ("_name", "bare", "key", "kind", "layer", "row")

    def __init__(self, key: str, row: int, kind: Kind, layer: BulkLayer) -> None:
        self.key = key
        self.row = row
        self.kind = kind
        self.layer = layer
        bare = strip_generic_prefix(key)
        self.bare = "" if bare == key or len(bare) <= SHORT_NAME else bare
        self._name: _Name | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """See `_Name.forms`."""
        return (self.key, self.bare) if " " in self.bare else (self.key,)

    @property
    def forms_after_the(self) -> tuple[str, ...]:
        """See `_Name.forms_after_the`."""
        return (self.key, self.bare) if self.bare else (self.key,)

    def _resolved(self) -> _Name:
        if self._name is None:
            self._name = _named(self.key, self.layer.row(self.row))
        return self._name

    @property
    def entry(self) -> Entry:
        """The entry, parsed on first use."""
        return self._resolved().entry

    @property
    def shown(self) -> str:
        """The name or alias as the table writes it."""
        return self._resolved().shown


class _Fuzzy(Sequence[_Name]):
    def __init__(self, layer: BulkLayer) -> None:
        self.layer = layer

    def __getitem__(self, number: int) -> _Name:  # type: ignore[override]
        key, row, kind = self.layer.fuzzy_name(number)
        return _LazyName(key, row, kind, self.layer)  # type: ignore[return-value]

    def __len__(self) -> int:
        return int(self.layer.header["fuzzy_names"])


class _BulkIndex(MatchIndex):
    """`MatchIndex` over a `BulkLayer`: the same tiers, over look-up tables read from disk."""

    def __init__(self, layer: BulkLayer) -> None:  # no super().__init__: nothing to add
        self._layer = layer
        self._names = _Names(layer)  # type: ignore[assignment]
        self._domains = _Domains(layer)  # type: ignore[assignment]
        self._handles = _Handles(layer)  # type: ignore[assignment]
        self._blocks = _Blocks(layer)  # type: ignore[assignment]
        self._fuzzy = _Fuzzy(layer)  # type: ignore[assignment]

        self._fuzzy_cache: dict[tuple[str, Kind | None, int], list[Match]] = {}

    def by_fuzzy(self, query: str, kind: Kind | None = None, limit: int = 5) -> list[Match]:
        """As `MatchIndex.by_fuzzy`, remembered: the layer never changes, and a batch of
        articles asks about the same names again and again."""
        remembered = self._fuzzy_cache.get((query, kind, limit))
        if remembered is None:
            remembered = super().by_fuzzy(query, kind, limit)
            if len(self._fuzzy_cache) >= _FUZZY_CACHE_SIZE:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[(query, kind, limit)] = remembered
        return list(remembered)

    def alias_claims(self) -> dict[str, list[_Name]]:
        """The generated layer's own overlaps are the builder's business (see its report)."""
        return {}


#: Fuzzy results remembered per process (a few hundred bytes each).
_FUZZY_CACHE_SIZE = 4096

#: Resolved names remembered per process (a `Match` shared with the table, or None, each).
_RESOLVED_CACHE_SIZE = 4096


class LayeredIndex:
    """Look-ups over the hand-written and user layers first, then the generated layer.

    An entry of the generated layer whose id a later layer replaced is never returned.
    """

    def __init__(self, top: MatchIndex, base: MatchIndex, hidden: set[str]) -> None:
        self.top = top
        self.base = base
        self.hidden = hidden
        self._resolved: dict[tuple[str, Kind | None], Match | None] = {}

    def _visible(self, match: Match | None) -> Match | None:
        return None if match is None or match.entry.id in self.hidden else match

    def resolve(self, query: str, kind: Kind | None = None) -> Match | None:
        """The best match for ``query`` through the tiers, or None; remembered, as the layers
        never change and a long article's windows (or a batch's articles) ask about the same
        names again, each a fuzzy search over both layers when no name matches exactly."""
        key = (query, kind)
        if key in self._resolved:
            return self._resolved[key]
        found = self.by_alias(query, kind) or self.by_handle(query) or self.by_domain(query)
        if found is None:
            fuzzy = self.by_fuzzy(query, kind, limit=1)
            found = fuzzy[0] if fuzzy else None
        if len(self._resolved) >= _RESOLVED_CACHE_SIZE:
            self._resolved.clear()
        self._resolved[key] = found
        return found

    def by_alias(self, query: str, kind: Kind | None = None) -> Match | None:
        """An exact name or alias, the later layers first."""
        return self.top.by_alias(query, kind) or self._visible(self.base.by_alias(query, kind))

    def by_handle(self, query: str) -> Match | None:
        """A platform handle, the later layers first."""
        if "@" not in query and "." not in query:
            return None  # neither "@name" nor a link: no handle to parse, twice
        return self.top.by_handle(query) or self._visible(self.base.by_handle(query))

    def by_domain(self, query: str) -> Match | None:
        """A link's domain, the later layers first."""
        if "." not in query:
            return None
        return self.top.by_domain(query) or self._visible(self.base.by_domain(query))

    def by_masthead(self, query: str) -> Match | None:
        """An outlet known only by its domain, named by its masthead, the later layers first."""
        return self.top.by_masthead(query) or self._visible(self.base.by_masthead(query))

    def by_fuzzy(self, query: str, kind: Kind | None = None, limit: int = 5) -> list[Match]:
        """Close spellings from every layer, best first."""
        found = self.top.by_fuzzy(query, kind, limit)
        ids = {m.entry.id for m in found}
        for match in self.base.by_fuzzy(query, kind, limit):
            if match.entry.id not in self.hidden and match.entry.id not in ids:
                found.append(match)
        return sorted(found, key=lambda m: -m.similarity)[:limit]

    def alias_claims(self) -> dict[str, list[_Name]]:
        """Names claimed by more than one entry of the later layers, or by one of them and a
        visible generated entry."""
        claims = self.top.alias_claims()
        for key, names in self.top._names.items():
            mine = names if isinstance(names, list) else [names]
            if all(n.entry.origin.path.startswith("<default") for n in mine):
                continue  # the built-in layers' overlaps are settled when the table is built
            other = self.base._names.get(key)
            if other is None:
                continue
            theirs = [
                n
                for n in (other if isinstance(other, list) else [other])
                if n.entry.id not in self.hidden
            ]
            if theirs and {n.entry.id for n in mine} != {n.entry.id for n in theirs}:
                claims[key] = [*mine, *theirs]
        return claims
