"""The Parquet store: rows go in as JSON Lines and come back unchanged, typed by the schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("pyarrow")

import pyarrow.parquet as pq

from srccheck.archive.inputs import ItemRef
from srccheck.archive.rows import ARTICLE_NAMES, ATTRIBUTION_NAMES, encode_rows
from srccheck.archive.run import partitions
from srccheck.archive.store import (
    ARTICLE_SCHEMA,
    ARTICLES,
    ATTRIBUTION_SCHEMA,
    ATTRIBUTIONS,
    prepare,
    read_rows,
    write_encoded_part,
    write_part,
)


def article(key: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ARTICLE_NAMES)
    row.update(id=key, input=key, rules=[])
    row.update(values)
    return row


def attribution(key: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ATTRIBUTION_NAMES)
    row.update(article_id=key, input=key, direct=False, hedged=False, low_rated_carrier=False)
    row.update(values)
    return row


@pytest.fixture
def out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    prepare(out)
    return out


def test_files_carry_the_exact_schema_and_its_version(out: Path) -> None:
    write_part(out, "part-a.parquet", [article("a1", words=12)], [attribution("a1", index=0)])
    for table, schema in ((ARTICLES, ARTICLE_SCHEMA), (ATTRIBUTIONS, ATTRIBUTION_SCHEMA)):
        written = pq.read_schema(out / table / "part-a.parquet")
        assert written.metadata == schema.metadata
        assert [(f.name, f.type, f.nullable) for f in written] == [
            (f.name, f.type, f.nullable) for f in schema
        ]


def test_rows_as_tuples_or_dicts_write_the_same(out: Path) -> None:
    row = article("a1", outlet="Valley Post", score=40, rules=["SRC101", "SRC204"])
    write_part(out, "part-a.parquet", [row], [])
    write_part(out, "part-b.parquet", [tuple(row.values())], [])
    first, second = read_rows(out, ARTICLES)
    assert first == second == row


def test_a_partition_without_attributions_still_has_its_file(out: Path) -> None:
    write_part(out, "part-a.parquet", [article("a1", error="a1: no such file")], [])
    assert pq.read_table(out / ATTRIBUTIONS / "part-a.parquet").num_rows == 0
    assert read_rows(out, ARTICLES)[0]["error"] == "a1: no such file"


def test_a_column_the_schema_does_not_know_is_refused(out: Path) -> None:
    row = article("a1")
    row["mood"] = "sunny"
    with pytest.raises(Exception, match="unexpected field"):
        write_encoded_part(out, "part-a.parquet", encode_rows([row]), b"")
    assert not list((out / ARTICLES).iterdir())


def test_the_writer_does_not_import_pandas(out: Path) -> None:
    # pa.array would import it on first use: 50 MiB more in the process that writes. A
    # fresh interpreter, since this one may have imported pandas for another test.
    script = (
        "import sys; from pathlib import Path; from tests.archive.test_store import *; "
        f"write_part(Path({str(out)!r}), 'part-a.parquet', [article('a1')], [attribution('a1')]); "
        "assert 'pyarrow' in sys.modules and 'pandas' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert len(read_rows(out, ATTRIBUTIONS)) == 1


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(source=texts, words=st.integers(-(2**31), 2**31 - 1), rules=st.lists(texts, max_size=3))
def test_any_text_and_number_come_back_unchanged(
    out: Path, source: str, words: int, rules: list[str]
) -> None:
    row = attribution("a1", source_text=source, content_words=words, via=source or None)
    write_part(out, "part-a.parquet", [article("a1", rules=rules, label=source)], [row])
    assert read_rows(out, ATTRIBUTIONS) == [row]
    assert read_rows(out, ARTICLES)[0]["rules"] == rules
    assert json.loads(encode_rows([row])) == row


def test_partitions_cut_in_order_and_keep_every_ref() -> None:
    refs = [ItemRef(f"a{n}", f"a{n}.txt") for n in range(7)]
    parts = list(partitions(refs, 3))
    assert [len(part) for part in parts] == [3, 3, 1]
    assert [ref for part in parts for ref in part] == refs
    assert list(partitions([], 3)) == []
