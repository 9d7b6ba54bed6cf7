"""The shipped default table keeps the counts, keys and cross-references the project promises.

Only ``tomllib`` is used here, so these tests judge the data file itself, not the loader.
"""

from __future__ import annotations

import collections
import datetime
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

TABLE_PATH = Path(__file__).resolve().parents[2] / "sources.toml"
TABLE: dict[str, Any] = tomllib.loads(TABLE_PATH.read_text(encoding="utf-8"))
SOURCES: list[dict[str, Any]] = TABLE["source"]
BY_ID = {entry["id"]: entry for entry in SOURCES}

KINDS = {"person", "outlet", "channel", "think-tank", "official"}
SOURCE_KEYS = {"id", "name", "kind", "score", "basis", "reviewed"}
OPTIONAL_KEYS = {
    "aliases",
    "domains",
    "handles",
    "country",
    "tags",
    "notes",
    "affiliation",
    "role",
    "sources",
}
GENERATED_PATH = TABLE_PATH.with_name("sources.generated.toml")
GENERATED_IDS = {e["id"] for e in tomllib.loads(GENERATED_PATH.read_text("utf-8"))["source"]}
CLASS_KEYS = {"id", "name", "phrases", "score", "kind", "basis", "role"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
HANDLE = re.compile(
    r"(t\.me|x\.com|youtube\.com|facebook\.com|instagram\.com|tiktok\.com)/@?[\w.]+"
)
DOMAIN = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, as a reader would compare two names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def test_schema_version_is_one() -> None:
    assert TABLE["schema_version"] == 1


def test_counts_per_kind() -> None:
    kinds = collections.Counter(entry["kind"] for entry in SOURCES)
    assert len(SOURCES) >= 300
    assert kinds["channel"] >= 30
    assert kinds["think-tank"] >= 30
    assert kinds["person"] >= 50
    assert kinds["official"] >= 30


def test_every_entry_has_exactly_known_keys() -> None:
    for entry in SOURCES:
        assert entry.keys() >= SOURCE_KEYS, entry["id"]
        assert entry.keys() <= SOURCE_KEYS | OPTIONAL_KEYS, entry["id"]
        assert entry["kind"] in KINDS, entry["id"]


def test_ids_are_unique_slugs() -> None:
    ids = [entry["id"] for entry in SOURCES]
    assert len(ids) == len(set(ids))
    assert all(SLUG.fullmatch(entry_id) for entry_id in ids)


def test_scores_bases_and_review_dates() -> None:
    for entry in SOURCES:
        assert isinstance(entry["score"], int) and 0 <= entry["score"] <= 100, entry["id"]
        assert isinstance(entry["reviewed"], datetime.date), entry["id"]
        assert len(entry["basis"]) > 30 and entry["basis"].rstrip().endswith("."), entry["id"]


def test_optional_values_are_well_formed() -> None:
    for entry in SOURCES:
        for key in ("aliases", "domains", "handles", "tags"):
            values = entry.get(key, [])
            assert isinstance(values, list) and all(isinstance(v, str) and v for v in values)
        assert all(DOMAIN.fullmatch(d) for d in entry.get("domains", [])), entry["id"]
        assert all(HANDLE.fullmatch(h) for h in entry.get("handles", [])), entry["id"]
        assert re.fullmatch(r"[A-Z]{2}", entry.get("country", "XX")), entry["id"]


def test_affiliations_name_existing_entries_and_belong_to_people() -> None:
    for entry in SOURCES:
        if "affiliation" in entry:
            assert entry["kind"] == "person", entry["id"]
            assert entry["affiliation"] in BY_ID.keys() | GENERATED_IDS, entry["id"]
            assert entry["affiliation"] != entry["id"]
        if "role" in entry:
            assert entry["kind"] == "person", entry["id"]


def test_no_alias_or_name_is_claimed_by_two_entries() -> None:
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for entry in SOURCES:
        for name in [entry["name"], *entry.get("aliases", [])]:
            owners[fold(name)].add(entry["id"])
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_no_domain_or_handle_is_claimed_by_two_entries() -> None:
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for entry in SOURCES:
        for link in [*entry.get("domains", []), *entry.get("handles", [])]:
            owners[link.casefold()].add(entry["id"])
    assert not {link: ids for link, ids in owners.items() if len(ids) > 1}


def test_class_defaults_the_engine_relies_on() -> None:
    classes = {c["id"]: c for c in TABLE["class_default"]}
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
        "unattributed-quote",
    } <= classes.keys()
    assert "score" not in classes["unattributed-quote"]
    assert classes["russian-media"]["score"] < classes["ukrainian-media"]["score"]
    assert classes["ukrainian-media"]["score"] < classes["western-media"]["score"]


def test_class_defaults_are_well_formed() -> None:
    seen: dict[str, str] = {}
    for cls in TABLE["class_default"]:
        assert {"id", "name", "phrases", "basis"} <= cls.keys() <= CLASS_KEYS, cls["id"]
        assert SLUG.fullmatch(cls["id"])
        assert 0 <= cls.get("score", 0) <= 100
        for phrase in cls["phrases"]:
            assert phrase == phrase.lower().strip() and phrase, (cls["id"], phrase)
            assert seen.setdefault(phrase, cls["id"]) == cls["id"], phrase


def test_one_kind_default_per_kind() -> None:
    kinds = [k["kind"] for k in TABLE["kind_default"]]
    assert sorted(kinds) == sorted(KINDS | {"unknown"})
    for default in TABLE["kind_default"]:
        assert default.keys() <= {"kind", "score", "basis"} and default["basis"]


def test_entries_the_issue_names() -> None:
    assert "Рыбарь" in BY_ID["rybar"]["aliases"] and "t.me/rybar" in BY_ID["rybar"]["handles"]
    isw = BY_ID["institute-for-the-study-of-war"]
    assert "ISW" in isw["aliases"] and "understandingwar.org" in isw["domains"]
    assert "x.com/TheStudyofWar" in isw["handles"]
    stanovaya = BY_ID["tatiana-stanovaya"]
    assert {"Tatyana Stanovaya", "Татьяна Становая"} <= set(stanovaya["aliases"])
    assert stanovaya["affiliation"] == "carnegie-russia-eurasia-center"
    assert BY_ID["nico-lange"]["affiliation"] == "center-for-european-policy-analysis"
