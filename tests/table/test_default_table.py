"""The shipped table meets the counts and rules the project promises."""

from __future__ import annotations

import collections
import re
import tomllib

from srccheck.table import default_table_path

TABLE = tomllib.loads(default_table_path().read_text(encoding="utf-8"))


def test_counts_per_kind():
    kinds = collections.Counter(entry["kind"] for entry in TABLE["source"])
    assert len(TABLE["source"]) >= 300
    assert kinds["channel"] >= 30 and kinds["think-tank"] >= 30
    assert kinds["person"] >= 50 and kinds["official"] >= 30


def test_every_entry_has_grounds_and_a_review_date():
    for entry in TABLE["source"]:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", entry["id"])
        assert 0 <= entry["score"] <= 100
        assert len(entry["basis"]) > 20 and entry["reviewed"]


def test_affiliations_name_entries():
    ids = {entry["id"] for entry in TABLE["source"]}
    assert all(e["affiliation"] in ids for e in TABLE["source"] if "affiliation" in e)


def test_class_defaults_the_engine_relies_on():
    classes = {c["id"] for c in TABLE["class_default"]}
    assert {
        "anonymous-source",
        "unnamed-official",
        "russian-media",
        "ukrainian-media",
        "western-media",
        "z-channel",
        "social-media",
        "locals",
        "analysts",
        "reports",
    } <= classes
    assert {k["kind"] for k in TABLE["kind_default"]} == {
        "person",
        "outlet",
        "channel",
        "think-tank",
        "official",
        "unknown",
    }
