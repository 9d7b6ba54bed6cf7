"""The articles of an archive run, as light references a worker reads itself.

A run's inputs are article files, directories of them (walked like ``srccheck DIR``), and
JSON Lines files with one article per line: ``{"id": ..., "text": ..., "outlet": ...,
"date": ...}`` (see `srccheck.archive.metadata` for the field names). The driver lists
`ItemRef`s — a path, and for a record its byte offset — so no article text passes through
it; each worker reads its own articles. Every reference has a unique ``key`` (the path, or
``FILE:LINE`` for a record), which is what a resumed run checks against.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from srccheck.batch import BatchItem
from srccheck.errors import InputError
from srccheck.inputs import DEFAULT_INCLUDE, expand_paths

#: Files read as one article per line rather than as one article.
RECORD_SUFFIXES = (".jsonl", ".ndjson")
#: What a directory walk picks up in an archive run: articles and record files.
ARCHIVE_INCLUDE = (*DEFAULT_INCLUDE, *(f"*{suffix}" for suffix in RECORD_SUFFIXES))


@dataclass(frozen=True, slots=True)
class ItemRef:
    """Where one article is: a file, or the line at ``offset`` of a JSON Lines file."""

    key: str
    path: str
    offset: int = -1
    """Byte offset of the record's line; -1 when the whole file is the article."""
    folder: str = ""
    metadata: tuple[tuple[str, str], ...] = ()


def list_refs(
    paths: Sequence[str],
    include: Sequence[str] = ARCHIVE_INCLUDE,
    metadata: Mapping[str, Mapping[str, str]] | None = None,
) -> Iterator[ItemRef]:
    """References to every article under ``paths``, with the ``metadata`` row of each
    attached: files match by path as listed or relative to the directory given, records
    by ``FILE:LINE`` (a record's own fields are its metadata too)."""
    for raw in paths:
        root = Path(raw)
        for name in expand_paths([raw], include):
            folder = _folder(Path(name), root)
            if name.endswith(RECORD_SUFFIXES):
                yield from _record_refs(name, folder, metadata)
                continue
            relative = str(Path(name).relative_to(root)) if root.is_dir() else name
            fields = _lookup(metadata, name, relative)
            yield ItemRef(name, name, -1, folder, tuple(sorted(fields.items())))


def _folder(path: Path, root: Path) -> str:
    """The directory a file sits in, relative to the directory the run was given."""
    if root.is_dir():
        parent = path.parent.relative_to(root)
        return "" if str(parent) == "." else parent.as_posix()
    return path.parent.as_posix() if str(path.parent) != "." else ""


def _lookup(metadata: Mapping[str, Mapping[str, str]] | None, *keys: str) -> Mapping[str, str]:
    if not metadata:
        return {}
    for key in keys:
        if key in metadata:
            return metadata[key]
    return {}


def _record_refs(
    name: str, folder: str, metadata: Mapping[str, Mapping[str, str]] | None
) -> Iterator[ItemRef]:
    """One reference per non-blank line of a JSON Lines file (no parsing on the driver)."""
    try:
        with open(name, "rb") as handle:
            offset = 0
            for number, line in enumerate(handle, 1):
                if line.strip():
                    key = f"{name}:{number}"
                    fields = tuple(sorted(_lookup(metadata, key).items()))
                    yield ItemRef(key, name, offset, folder, fields)
                offset += len(line)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def read_refs(refs: Iterable[ItemRef]) -> Iterator[BatchItem]:
    """The `BatchItem` for each reference; a record that cannot be read is an item with
    its ``error``, checked and counted like an article that failed."""
    handles: dict[str, IO[bytes]] = {}
    try:
        for ref in refs:
            yield _read_ref(ref, handles)
    finally:
        for handle in handles.values():
            handle.close()


def _read_ref(ref: ItemRef, handles: dict[str, IO[bytes]]) -> BatchItem:
    base = {"input": ref.key, "folder": ref.folder, **dict(ref.metadata)}
    if ref.offset < 0:
        return BatchItem(id=ref.key, path=ref.path, metadata=base)
    try:
        handle = handles.get(ref.path)
        if handle is None:
            handle = handles[ref.path] = open(ref.path, "rb")  # noqa: SIM115 -- closed by read_refs
        handle.seek(ref.offset)
        record = json.loads(handle.readline())
    except OSError as exc:
        return BatchItem(ref.key, metadata=base, error=f"{ref.key}: cannot read ({exc})")
    except ValueError as exc:
        return BatchItem(ref.key, metadata=base, error=f"{ref.key}: not a JSON record ({exc})")
    return _record_item(ref, record, base)


def _record_item(ref: ItemRef, record: object, base: dict[str, str]) -> BatchItem:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return BatchItem(ref.key, metadata=base, error=f"{ref.key}: a record needs a 'text' string")
    article_id = str(record["id"]) if record.get("id") not in (None, "") else ref.key
    fields = {
        key: str(value)
        for key, value in record.items()
        if key not in ("id", "text") and isinstance(value, str | int | float)
    }
    return BatchItem(id=article_id, text=record["text"], metadata={**fields, **base})
