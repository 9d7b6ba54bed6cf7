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

Rows reach Arrow as JSON Lines (`rows.encode_rows`, done by the workers) through Arrow's
JSON reader, not through ``pa.array``: that is half the work on the writing machine, and
``pa.array`` imports pandas on first use, where the JSON reader does not.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from srccheck.archive.parts import PART_PREFIX, TEMPORARY_PREFIX, part_name
from srccheck.archive.rows import (
    ARTICLE_COLUMNS,
    ATTRIBUTION_COLUMNS,
    SCHEMA_VERSION,
    encode_rows,
)
from srccheck.errors import SrccheckError
from srccheck.version import __version__

ARTICLES = "articles"
ATTRIBUTIONS = "attributions"
MANIFEST = "srccheck-batch.json"

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


__all__ = [
    "part_name",
    "prepare",
    "read_rows",
    "write_encoded_part",
    "write_part",
    "written_inputs",
]

Row = Sequence[Any]
"""A row as a dict by column name, or a tuple of values in column order."""


def write_part(out: Path, name: str, articles: Sequence[Row], attributions: Sequence[Row]) -> None:
    """Write one partition's rows: attributions first, articles last (see module doc)."""
    write_encoded_part(
        out,
        name,
        encode_rows(_as_dict(row, ARTICLE_SCHEMA.names) for row in articles),
        encode_rows(_as_dict(row, ATTRIBUTION_SCHEMA.names) for row in attributions),
    )


def write_encoded_part(out: Path, name: str, articles: bytes, attributions: bytes) -> None:
    """Write one partition whose rows are JSON Lines (`rows.encode_rows`), as `write_part`."""
    _write_table(out / ATTRIBUTIONS / name, attributions, ATTRIBUTION_SCHEMA)
    _write_table(out / ARTICLES / name, articles, ARTICLE_SCHEMA)


def _as_dict(row: Row, names: Sequence[str]) -> Any:
    return row if isinstance(row, dict) else dict(zip(names, row, strict=True))


def _write_table(path: Path, rows: bytes, schema: pa.Schema) -> None:
    table = _arrow_table(rows, schema)
    temporary = path.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}-{path.name}")
    try:
        pq.write_table(table, temporary, compression="zstd")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _arrow_table(rows: bytes, schema: pa.Schema) -> pa.Table:
    """JSON Lines rows as an Arrow table of exactly ``schema`` (an unknown field is an error)."""
    if not rows:
        return schema.empty_table()
    table = pa_json.read_json(
        io.BytesIO(rows),
        # One block on one thread: a partition is small, and the machine's cores are busy
        # checking articles.
        read_options=pa_json.ReadOptions(use_threads=False, block_size=len(rows) + 1),
        parse_options=pa_json.ParseOptions(
            explicit_schema=schema, unexpected_field_behavior="error"
        ),
    )
    # The reader's fields are all nullable; the cast restores the schema's and its metadata.
    return table.cast(schema)


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
