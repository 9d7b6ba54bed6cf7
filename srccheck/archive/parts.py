"""Names of the files a partition is written to (no Parquet library needed to know them)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

PART_PREFIX = "part-"
TEMPORARY_PREFIX = ".tmp-"


def part_name(keys: Iterable[str]) -> str:
    """A partition's file name, from the inputs in it: the same articles, the same name."""
    digest = hashlib.sha256("\x1f".join(keys).encode("utf-8", "surrogatepass"))
    return f"{PART_PREFIX}{digest.hexdigest()[:24]}.parquet"
