"""The Parquet output of an archive run, written so that a run can stop and resume.

Layout under ``OUT/``::

    srccheck-batch.json          schema version, tool version, the columns
    articles/part-<hash>.parquet      one row per article (`rows.ARTICLE_COLUMNS`)
    attributions/part-<hash>.parquet  one row per attribution (`rows.ATTRIBUTION_COLUMNS`)

Each partition is written as its attributions file, then its articles file, each to a
temporary name renamed into place. So an articles file only exists once its partition is
complete: a restarted run reads the ``input`` column of the articles files, skips those
articles, and removes what an interrupted run left half-way (temporary files, and an
attributions file whose articles file never came).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from srccheck import __version__
from srccheck.archive.rows import ARTICLE_COLUMNS, ATTRIBUTION_COLUMNS, SCHEMA_VERSION
from srccheck.errors import SrccheckError

ARTICLES = "articles"
ATTRIBUTIONS = "attributions"
MANIFEST = "srccheck-batch.json"
PART_PREFIX = "part-"
TEMPORARY_PREFIX = ".tmp-"

_TYPES = {
    "string": pa.string(),
    "int32": pa.int32(),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
}


def _schema(columns: Sequence[tuple[str, str, str]], table: str) -> pa.Schema:
    fields = [pa.field(name, _TYPES[kind], nullable=kind != "bool") for name, kind, _ in columns]
    metadata = {
        "srccheck.schema_version": str(SCHEMA_VERSION),
        "srccheck.table": table,
        "srccheck.version": __version__,
    }
    return pa.schema(fields, metadata=metadata)


ARTICLE_SCHEMA = _schema(ARTICLE_COLUMNS, ARTICLES)
ATTRIBUTION_SCHEMA = _schema(ATTRIBUTION_COLUMNS, ATTRIBUTIONS)


def part_name(keys: Iterable[str]) -> str:
    """A partition's file name, from the inputs in it: the same articles, the same name."""
    digest = hashlib.sha256("\x1f".join(keys).encode("utf-8", "surrogatepass"))
    return f"{PART_PREFIX}{digest.hexdigest()[:24]}.parquet"


def write_part(
    out: Path, name: str, articles: list[dict[str, Any]], attributions: list[dict[str, Any]]
) -> None:
    """Write one partition's rows: attributions first, articles last (see module doc)."""
    _write_table(out / ATTRIBUTIONS / name, attributions, ATTRIBUTION_SCHEMA)
    _write_table(out / ARTICLES / name, articles, ARTICLE_SCHEMA)


def _write_table(path: Path, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    table = pa.Table.from_pylist(rows, schema=schema)
    temporary = path.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}-{path.name}")
    try:
        pq.write_table(table, temporary, compression="zstd")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def prepare(out: Path) -> set[str]:
    """Make ``OUT`` ready for a run and return the inputs already written there.

    A new directory gets its manifest; an existing one must hold srccheck output of this
    schema version (else `SrccheckError`). Leftovers of an interrupted run are removed.
    """
    manifest = out / MANIFEST
    if out.exists() and not out.is_dir():
        raise SrccheckError(f"{out}: exists and is not a directory")
    if manifest.exists():
        _check_manifest(manifest)
    elif out.exists() and any(out.iterdir()):
        raise SrccheckError(f"{out}: not empty and not srccheck batch output; choose a new one")
    for table in (ARTICLES, ATTRIBUTIONS):
        (out / table).mkdir(parents=True, exist_ok=True)
    if not manifest.exists():
        from srccheck.writing import write_atomically

        write_atomically(manifest, json.dumps(_manifest(), indent=2) + "\n")
    _remove_leftovers(out)
    return written_inputs(out)


def _manifest() -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "srccheck", "version": __version__},
        "tables": {
            ARTICLES: [{"name": n, "type": t, "meaning": m} for n, t, m in ARTICLE_COLUMNS],
            ATTRIBUTIONS: [{"name": n, "type": t, "meaning": m} for n, t, m in ATTRIBUTION_COLUMNS],
        },
    }


def _check_manifest(manifest: Path) -> None:
    try:
        version = json.loads(manifest.read_text(encoding="utf-8"))["schema_version"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SrccheckError(f"{manifest}: unreadable ({exc})") from None
    if version != SCHEMA_VERSION:
        raise SrccheckError(
            f"{manifest.parent}: written with schema version {version}, this srccheck writes "
            f"{SCHEMA_VERSION}; use a new output directory"
        )


def _remove_leftovers(out: Path) -> None:
    for table in (ARTICLES, ATTRIBUTIONS):
        for leftover in (out / table).glob(f"{TEMPORARY_PREFIX}*"):
            leftover.unlink(missing_ok=True)
    complete = {p.name for p in (out / ARTICLES).glob(f"{PART_PREFIX}*.parquet")}
    for orphan in (out / ATTRIBUTIONS).glob(f"{PART_PREFIX}*.parquet"):
        if orphan.name not in complete:
            orphan.unlink(missing_ok=True)


def written_inputs(out: Path) -> set[str]:
    """The ``input`` of every article already written under ``out``."""
    done: set[str] = set()
    for part in sorted((out / ARTICLES).glob(f"{PART_PREFIX}*.parquet")):
        try:
            column = pq.read_table(part, columns=["input"]).column("input")
        except (OSError, pa.ArrowException) as exc:
            raise SrccheckError(f"{part}: unreadable Parquet ({exc})") from None
        done.update(str(value) for value in column.to_pylist())
    return done


def read_rows(out: Path, table: str) -> list[dict[str, Any]]:
    """Every row of one table (``articles`` or ``attributions``) as dicts, in file order."""
    rows: list[dict[str, Any]] = []
    for part in sorted((out / table).glob(f"{PART_PREFIX}*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return rows
