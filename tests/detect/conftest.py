"""Helpers for the detection tests: run the engine and look sources up by name."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from srccheck.detect import detect
from srccheck.model import Attribution, ClassDefault, Detection, Entry, Kind, Match, Source


@dataclass
class Result:
    """A detection with convenient look-ups for assertions."""

    detection: Detection

    @property
    def names(self) -> set[str]:
        return {s.name for s in self.detection.sources}

    def source(self, name: str) -> Source:
        for source in self.detection.sources:
            if source.name == name:
                return source
        raise AssertionError(f"no source named {name!r} in {sorted(self.names)}")

    def attributions_of(self, name: str) -> list[Attribution]:
        source = self.source(name)
        return [a for a in self.detection.attributions if a.source == source.id]

    def source_spans(self) -> list[str]:
        return [a.source_span.text for a in self.detection.attributions if a.source_span]


class FakeTable:
    """A stand-in for `srccheck.table.SourceTable` with exact-name lookup only."""

    def __init__(self, entries: list[Entry], classes: list[ClassDefault]) -> None:
        self.entries = {e.id: e for e in entries}
        self.class_defaults = {c.id: c for c in classes}
        self._names: dict[str, Entry] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry, *spellings: str) -> None:
        """Make ``entry`` known by its names and by any other ``spellings`` a test gives."""
        self.entries[entry.id] = entry
        for name in (entry.name, *entry.aliases, *entry.handles, *entry.domains, *spellings):
            self._names[name.casefold()] = entry

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def resolve(self, query: str, *, kind: Kind | None = None) -> Match | None:
        key = query.casefold().strip().removeprefix("the ").removeprefix("https://")
        key = key.removeprefix("@")
        if "/" in key and not key.startswith("t.me/"):
            key = key.split("/")[0]
        entry = self._names.get(key) or self._names.get("t.me/" + key)
        if entry is None:
            return None
        return Match(entry=entry, method="alias", similarity=100.0, query=query, matched=key)

    def classify_phrase(self, phrase: str) -> ClassDefault | None:
        text = " ".join(phrase.casefold().split())
        best: ClassDefault | None = None
        best_length = 0
        for class_default in self.class_defaults.values():
            for words in class_default.phrases:
                if words in text and len(words) > best_length:
                    best, best_length = class_default, len(words)
        return best


def _entry(entry_id: str, name: str, kind: Kind, score: int, **extra: object) -> Entry:
    return Entry(
        id=entry_id, name=name, kind=kind, score=score, basis="test", reviewed="2026-11-25", **extra
    )  # type: ignore[arg-type]


@pytest.fixture
def table() -> FakeTable:
    """A few entries of each kind and the class defaults the engine relies on."""
    entries = [
        _entry("tass", "TASS", Kind.OUTLET, 15, aliases=("ТАСС",)),
        _entry("reuters", "Reuters", Kind.OUTLET, 92),
        _entry("rybar", "Rybar", Kind.CHANNEL, 20, aliases=("Рыбарь",), handles=("t.me/rybar",)),
        _entry("isw", "Institute for the Study of War", Kind.THINK_TANK, 80, aliases=("ISW",)),
        _entry("kremlin", "Kremlin", Kind.OFFICIAL, 30),
        _entry(
            "russia-mod",
            "Russian Ministry of Defence",
            Kind.OFFICIAL,
            25,
            aliases=("Russia's Defence Ministry", "Russian Defence Ministry", "Defence Ministry"),
        ),
        _entry(
            "ua-general-staff",
            "General Staff of the Armed Forces of Ukraine",
            Kind.OFFICIAL,
            45,
            aliases=("Ukraine's General Staff", "General Staff"),
        ),
        _entry("carnegie-rec", "Carnegie Russia Eurasia Center", Kind.THINK_TANK, 80),
        _entry(
            "cepa", "Center for European Policy Analysis", Kind.THINK_TANK, 75, aliases=("CEPA",)
        ),
        _entry("meduza", "Meduza", Kind.OUTLET, 75, domains=("meduza.io",)),
    ]
    classes = [
        ClassDefault(
            "anonymous-source",
            "anonymous source",
            ("sources said", "a source", "sources", "people familiar"),
            30,
            "test",
        ),
        ClassDefault(
            "unnamed-official", "unnamed official", ("officials", "an official"), 40, "test"
        ),
        ClassDefault(
            "russian-media", "Russian media", ("russian media", "russian state media"), 15, "test"
        ),
        ClassDefault(
            "z-channel",
            "Z-channels",
            ("z-channel", "milbloggers", "military bloggers", "war correspondents"),
            20,
            "test",
            Kind.CHANNEL,
        ),
        ClassDefault("analysts", "analysts", ("analysts", "experts"), None, "test"),
        ClassDefault("reports", "unattributed reports", ("reports", "it is claimed"), 35, "test"),
        ClassDefault("social-media", "social media users", ("social media users",), 15, "test"),
        ClassDefault("locals", "locals", ("locals", "residents"), 15, "test"),
    ]
    return FakeTable(entries, classes)


@pytest.fixture
def run(table: FakeTable):  # type: ignore[no-untyped-def]
    """Detect with the fake table: ``run(text)`` returns a `Result`."""

    def _run(text: str, with_table: bool = True) -> Result:
        detection = detect(text, table if with_table else None)  # type: ignore[arg-type]
        for attribution in detection.attributions:
            for span in (attribution.source_span, attribution.cue, attribution.content):
                if span is not None:
                    assert text[span.start : span.end] == span.text
        return Result(detection)

    return _run
