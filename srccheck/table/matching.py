"""Resolve a name, link or handle to a table entry, tier by tier.

1. alias: the exact name key (case, accents, quotes, Cyrillic/Latin do not matter);
2. domain: the registrable domain of a link or bare domain (with a path prefix preferred);
3. handle: t.me/…, x.com/…, @…;
4. fuzzy: rapidfuzz on name keys, for spelling and transliteration variants. People need a
   close surname as well; organisations are compared with whole-string scorers only, never
   with subset scorers that would make "Center" equal "Carnegie Russia Eurasia Center";
   names of four characters or fewer match exactly or not at all ("RT" is not "RIA").

Exact tiers are dictionary look-ups, so their cost does not grow with the table; fuzzy
candidates are blocked by the first three letters of their words (not of "the", "for", "and")
and ranked by how many blocks they share with the query before any scoring. A leading "The"
counts on neither side: "The Kingsely Argus" and "Kingsely Argus" are both compared with
"Kingsley Argus", but a one-word name ("The Times") is not matched by its bare word ("Times").

rapidfuzz is imported by the first fuzzy look-up only: most runs never need it.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from itertools import chain

from srccheck.model import Entry, Kind, Match
from srccheck.table.domains import handle_key, handle_keys, registered_domain, split_link
from srccheck.table.normalize import name_key, query_keys, strip_generic_prefix

#: Below this many characters a name key is only ever matched exactly.
SHORT_NAME = 4
#: rapidfuzz WRatio a person's name must reach, and ratio their surnames must reach.
PERSON_CUTOFF = 88.0
SURNAME_CUTOFF = 85.0
#: token_sort_ratio an organisation's name must reach.
ORGANISATION_CUTOFF = 90.0
#: Most candidates scored per fuzzy query (most blocks shared with the query first).
MAX_CANDIDATES = 400
#: Words too common to block on: at 100k entries "the" alone held a fifth of the names.
STOP_WORDS = frozenset(("the", "and", "for", "des", "der", "die", "das", "del", "los", "las"))


@dataclass(frozen=True, slots=True)
class _Name:
    key: str
    entry: Entry
    shown: str
    bare: str
    """The key without a leading "the" when that leaves more than a short word, else ""."""

    def __reduce__(self) -> tuple[type[_Name], tuple[str, Entry, str, str]]:
        # Rebuilt by its constructor: the default table's index is unpickled at every start
        # (see srccheck.table.prepared), and a frozen dataclass's own __setstate__ is slower.
        return (_Name, (self.key, self.entry, self.shown, self.bare))

    @property
    def kind(self) -> Kind:
        """The kind of the entry the name belongs to."""
        return self.entry.kind

    @property
    def forms(self) -> tuple[str, ...]:
        """What a query that did not say "The" is compared with: the key, and the bare key
        of a multi-word name ("Times" is not "The Times")."""
        return (self.key, self.bare) if " " in self.bare else (self.key,)

    @property
    def forms_after_the(self) -> tuple[str, ...]:
        """What a query that said "The" too is compared with."""
        return (self.key, self.bare) if self.bare else (self.key,)


def _name(key: str, entry: Entry, shown: str) -> _Name:
    bare = strip_generic_prefix(key)
    return _Name(key, entry, shown, "" if bare == key or len(bare) <= SHORT_NAME else bare)


#: A masthead is tried as a domain with these endings ("The Lancet" → thelancet.com), when it
#: has at most this many words and this many letters (shorter ones are too often other words).
_MASTHEAD_ENDINGS = (".com", ".org", ".net", ".co.uk", ".news")
_MASTHEAD_WORDS = 4
_MASTHEAD_LETTERS = 5


class MatchIndex:
    """Look-up structures over a table's entries, built once per table."""

    def __init__(self, entries: list[Entry]) -> None:
        # One _Name per key, or a list when several names share it: almost every key is
        # unique, and a list for each cost a 100k-entry table some 13 MiB.
        self._names: dict[str, _Name | list[_Name]] = {}
        self._domains: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        self._handles: dict[str, Entry] = {}
        self._fuzzy: list[_Name] = []
        # Positions in _fuzzy as 4-byte machine integers: at 100k entries a list of int
        # objects took ten times the memory.
        # (A partial, not a lambda: the default table's index is pickled into the wheel.)
        self._blocks: dict[str, array[int]] = defaultdict(partial(array, "I"))
        for entry in entries:
            self._add(entry)

    def _add(self, entry: Entry) -> None:
        for shown in (entry.name, *entry.aliases):
            key = name_key(shown)
            if not key:
                continue
            name = _name(key, entry, shown)
            known = self._names.get(key)
            if known is None:
                self._names[key] = name
            elif isinstance(known, list):
                known.append(name)
            else:
                self._names[key] = [known, name]
            if len(key) > SHORT_NAME:
                blocks = _blocks(key)
                for block in blocks:
                    self._blocks[block].append(len(self._fuzzy))
                if blocks:
                    self._fuzzy.append(name)
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
            if isinstance(names, list) and len({name.entry.id for name in names}) > 1
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
                names = names if isinstance(names, list) else [names]
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

    def by_masthead(self, query: str) -> Match | None:
        """An outlet the table knows only by its domain, named by its masthead: "The Lancet"
        is thelancet.com, "Mother Jones" motherjones.com. Only a name of capitalised words
        is tried, against the whole domain of a few common endings, never a part of one."""
        words = query.split()
        if not 1 <= len(words) <= _MASTHEAD_WORDS or not all(w[:1].isupper() for w in words):
            return None
        compact = "".join(ch for ch in name_key(query) if ch.isalnum())
        if len(compact) < _MASTHEAD_LETTERS or not compact.isascii():
            return None
        bare = compact[3:] if compact.startswith("the") and words[0].casefold() == "the" else None
        for label in (compact, f"the{compact}" if bare is None else bare):
            for ending in _MASTHEAD_ENDINGS:
                host = label + ending
                entries = [entry for path, entry in self._domains.get(host, ()) if not path]
                if entries and entries[0].kind is Kind.OUTLET:
                    return Match(entries[0], "domain", 100.0, query, host)
        return None

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
        keys = query_keys(query)
        key = keys[-1]
        if len(key) <= SHORT_NAME:
            return []
        # Here, not at the top: importing rapidfuzz costs every start ~7 ms.
        from rapidfuzz import fuzz, process

        # Like with like: the query key never starts with "the", so names are scored without
        # theirs as well as in full (see _Name.forms). People and organisations are scored by
        # one C loop each; only people who pass have their surnames checked.
        said_the = keys[0] != strip_generic_prefix(keys[0])
        people: tuple[list[str], list[_Name]] = ([], [])
        others: tuple[list[str], list[_Name]] = ([], [])
        for name in self._candidates(key):
            if kind is not None and name.kind is not kind and kind is not Kind.UNKNOWN:
                continue
            forms, owners = people if name.kind is Kind.PERSON else others
            for form in name.forms_after_the if said_the else name.forms:
                forms.append(form)
                owners.append(name)
        scored: list[tuple[_Name, float]] = [
            (others[1][index], float(score))
            for _, score, index in process.extract(
                key,
                others[0],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=ORGANISATION_CUTOFF,
                limit=None,
            )
        ]
        for form, score, index in process.extract(
            key, people[0], scorer=fuzz.WRatio, score_cutoff=PERSON_CUTOFF, limit=None
        ):
            checked = _person(key, form, float(score))
            if checked is not None:
                scored.append((people[1][index], checked))
        found: dict[str, Match] = {}
        for name, similarity in scored:
            previous = found.get(name.entry.id)
            if previous is None or similarity > previous.similarity:
                found[name.entry.id] = Match(name.entry, "fuzzy", similarity, query, name.shown)
        return sorted(found.values(), key=lambda m: -m.similarity)[:limit]

    def _candidates(self, key: str) -> list[_Name]:
        """Names sharing most blocks with ``key``, rarest blocks first among equals."""
        blocks = sorted(
            (found for block in _blocks(key) if (found := self._blocks.get(block))), key=len
        )
        if not blocks:
            return []
        numbers: Iterable[int]
        if len(blocks) == 1:
            numbers = blocks[0][:MAX_CANDIDATES]
        elif sum(map(len, blocks)) <= MAX_CANDIDATES:
            numbers = list(dict.fromkeys(chain.from_iterable(blocks)))  # all are scored
        else:
            shared = Counter(chain.from_iterable(blocks))
            # most_common keeps first-seen order among equal counts: the rarest block's first.
            numbers = [number for number, _ in shared.most_common(MAX_CANDIDATES)]
        return [self._fuzzy[number] for number in numbers]


def _blocks(key: str) -> set[str]:
    """The fuzzy blocks of a name key: the first three letters of its uncommon words."""
    return {word[:3] for word in key.split() if len(word) >= 3 and word not in STOP_WORDS}


def _person(key: str, form: str, score: float) -> float | None:
    """A person's WRatio ``score`` once their surnames are checked, or None."""
    from rapidfuzz import fuzz

    query_words, name_words = key.split(), form.split()
    if fuzz.ratio(query_words[-1], name_words[-1]) < SURNAME_CUTOFF:
        return None  # "Vladimir Putin" is not "Vladimir Solovyov"
    if len(query_words) != len(name_words) and len(query_words) > 1:
        score = min(score, fuzz.token_sort_ratio(key, form))
        if score < PERSON_CUTOFF:
            return None
    return score


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
