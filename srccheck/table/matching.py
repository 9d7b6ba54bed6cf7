"""Resolve a name, link or handle to a table entry, tier by tier.

1. alias: the exact name key (case, accents, quotes, Cyrillic/Latin do not matter);
2. domain: the registrable domain of a link or bare domain (with a path prefix preferred);
3. handle: t.me/…, x.com/…, @…;
4. fuzzy: rapidfuzz on name keys, for spelling and transliteration variants. People need a
   close surname as well; organisations are compared with whole-string scorers only, never
   with subset scorers that would make "Center" equal "Carnegie Russia Eurasia Center";
   names of four characters or fewer match exactly or not at all ("RT" is not "RIA").

Exact tiers are dictionary look-ups, so their cost does not grow with the table; fuzzy
candidates are blocked by the first three letters of their words before any scoring.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from srccheck.model import Entry, Kind, Match
from srccheck.table.domains import handle_key, handle_keys, registered_domain, split_link
from srccheck.table.normalize import name_key, query_keys

#: Below this many characters a name key is only ever matched exactly.
SHORT_NAME = 4
#: rapidfuzz WRatio a person's name must reach, and ratio their surnames must reach.
PERSON_CUTOFF = 88.0
SURNAME_CUTOFF = 85.0
#: token_sort_ratio an organisation's name must reach.
ORGANISATION_CUTOFF = 90.0
#: Most candidates scored per fuzzy query (rarest blocks first).
MAX_CANDIDATES = 400


@dataclass(frozen=True, slots=True)
class _Name:
    key: str
    entry: Entry
    shown: str


class MatchIndex:
    """Look-up structures over a table's entries, built once per table."""

    def __init__(self, entries: list[Entry]) -> None:
        self._names: dict[str, list[_Name]] = defaultdict(list)
        self._domains: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        self._handles: dict[str, Entry] = {}
        self._blocks: dict[str, list[_Name]] = defaultdict(list)
        for entry in entries:
            self._add(entry)

    def _add(self, entry: Entry) -> None:
        for shown in (entry.name, *entry.aliases):
            key = name_key(shown)
            if not key:
                continue
            name = _Name(key, entry, shown)
            self._names[key].append(name)
            if len(key) > SHORT_NAME:
                for block in {word[:3] for word in key.split() if len(word) >= 3}:
                    self._blocks[block].append(name)
        for domain in entry.domains:
            host, path = split_link(domain) or (domain.lower(), "")
            self._domains[host].append((path.lower(), entry))
        for handle in entry.handles:
            self._handles.setdefault(handle_key(handle), entry)

    def alias_claims(self) -> dict[str, list[_Name]]:
        """Names keys claimed by more than one entry (for the table's warnings)."""
        return {
            key: names
            for key, names in self._names.items()
            if len({name.entry.id for name in names}) > 1
        }

    # -- tiers ------------------------------------------------------------------------------

    def resolve(self, query: str, kind: Kind | None = None) -> Match | None:
        """The best match for ``query`` through the tiers, or None."""
        found = self.by_alias(query, kind) or self.by_handle(query) or self.by_domain(query)
        if found is not None:
            return found
        fuzzy = self.by_fuzzy(query, kind, limit=1)
        return fuzzy[0] if fuzzy else None

    def by_alias(self, query: str, kind: Kind | None = None) -> Match | None:
        for key in query_keys(query):
            names = self._names.get(key)
            if names:
                name = _prefer_kind(_prefer_spelling(names, query), kind)
                if len(key) <= SHORT_NAME and not _same_case(query, name.shown):
                    continue
                return Match(name.entry, "alias", 100.0, query, name.shown)
        return None

    def by_handle(self, query: str) -> Match | None:
        for key in handle_keys(query):
            entry = self._handles.get(key)
            if entry is not None:
                return Match(entry, "handle", 100.0, query, key)
        return None

    def by_domain(self, query: str) -> Match | None:
        link = split_link(query)
        if link is None:
            return None
        host, path = link
        candidates, matched_host = self._domain_candidates(host)
        if not candidates:
            return None
        path = path.lower()
        best = max(
            candidates,
            key=lambda item: (
                len(item[0]) if item[0] and path.startswith(item[0]) else (-1 if item[0] else 0)
            ),
        )
        if best[0] and not path.startswith(best[0]):
            return None  # only a sub-section of this domain is in the table
        domain = matched_host + (f"/{best[0]}" if best[0] else "")
        return Match(best[1], "domain", 100.0, query, domain)

    def _domain_candidates(self, host: str) -> tuple[list[tuple[str, Entry]], str]:
        """Entries for a host or its parent domains, down to the registrable domain."""
        if host in self._domains:
            return self._domains[host], host
        if "." not in host:
            return [], host
        registrable = registered_domain(host)
        labels = host.split(".")
        for start in range(1, len(labels)):
            parent = ".".join(labels[start:])
            if parent in self._domains:
                return self._domains[parent], parent
            if parent == registrable:
                break
        return [], host

    def by_fuzzy(self, query: str, kind: Kind | None = None, limit: int = 5) -> list[Match]:
        """Close spellings of ``query``, best first (never for short names)."""
        key = query_keys(query)[-1]
        if len(key) <= SHORT_NAME:
            return []
        found: dict[str, Match] = {}
        for name in self._candidates(key):
            if kind is not None and name.entry.kind is not kind and kind is not Kind.UNKNOWN:
                continue
            similarity = _similarity(key, name)
            if similarity is None:
                continue
            previous = found.get(name.entry.id)
            if previous is None or similarity > previous.similarity:
                found[name.entry.id] = Match(name.entry, "fuzzy", similarity, query, name.shown)
        return sorted(found.values(), key=lambda m: -m.similarity)[:limit]

    def _candidates(self, key: str) -> list[_Name]:
        blocks = sorted(
            (self._blocks.get(word[:3], []) for word in key.split() if len(word) >= 3), key=len
        )
        seen: set[int] = set()
        candidates: list[_Name] = []
        for block in blocks:
            for name in block:
                if id(name) not in seen:
                    seen.add(id(name))
                    candidates.append(name)
                if len(candidates) >= MAX_CANDIDATES:
                    return candidates
        return candidates


def _similarity(key: str, name: _Name) -> float | None:
    """How alike a query key and a name are, or None when they must not match."""
    if len(name.key) <= SHORT_NAME:
        return None
    if name.entry.kind is Kind.PERSON:
        score = fuzz.WRatio(key, name.key)
        if score < PERSON_CUTOFF:
            return None
        query_words, name_words = key.split(), name.key.split()
        if fuzz.ratio(query_words[-1], name_words[-1]) < SURNAME_CUTOFF:
            return None  # "Vladimir Putin" is not "Vladimir Solovyov"
        if len(query_words) != len(name_words) and len(query_words) > 1:
            score = min(score, fuzz.token_sort_ratio(key, name.key))
            if score < PERSON_CUTOFF:
                return None
        return float(score)
    score = fuzz.token_sort_ratio(key, name.key)
    return float(score) if score >= ORGANISATION_CUTOFF else None


def _prefer_spelling(names: list[_Name], query: str) -> list[_Name]:
    """Names spelled as the query was (same script and case-folded text) first."""
    wanted = query.strip().casefold()
    return sorted(names, key=lambda name: name.shown.casefold() != wanted)


def _prefer_kind(names: list[_Name], kind: Kind | None) -> _Name:
    if kind is not None:
        for name in names:
            if name.entry.kind is kind:
                return name
    return names[0]


def _same_case(query: str, shown: str) -> bool:
    """Short names (acronyms) do not match ordinary lower-case words: "AP", "Tass", not "ap"."""
    letters = "".join(ch for ch in query if ch.isalnum())
    return not letters.islower() or letters == "".join(ch for ch in shown if ch.isalnum())
