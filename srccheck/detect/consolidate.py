"""One row per real-world source: fold rows that the attribution pass left apart.

Attributions are resolved one at a time, in text order, so two kinds of second row survive it:
a row whose every mention is already a mention of another source (one phrase read twice), and a
bare definite description ("the embassy", "the ministry", "the milblogger") that could not look
back to its body because the text names the body only later, or because the earlier row was
built from a different cue. This pass runs once, after every attribution is in.
"""

from __future__ import annotations

import functools

from srccheck.detect import lexicon as lx
from srccheck.detect.sources import descriptor_key
from srccheck.model import Attribution, Kind, Source

#: Kinds whose name may carry its head word anywhere ("Ministry of Foreign Affairs").
_BODY_KINDS = frozenset({Kind.OFFICIAL, Kind.THINK_TANK, Kind.OUTLET})
#: How far ahead (in characters) a bare plural with no group before it looks for the group it
#: announces: about a headline, a standfirst and a lede ("Officials say …" over "Regional
#: officials said …"); further on, the group named later is a different one.
_FORWARD_REACH = 1000


def consolidate(sources: list[Source], attributions: list[Attribution]) -> list[Source]:
    """Fold duplicate rows into the source they stand for; re-point their attributions.

    Returns the sources that remain, in their original order.
    """
    absorbed: dict[str, Source] = {}
    holders = _MentionHolders(sources)
    for source in sources:
        target = (
            _shared_mentions_owner(source, holders, absorbed)
            or _description_referent(source, sources, absorbed)
            or _group_in_play(source, sources, absorbed)
            or _same_body_named_before(source, sources, absorbed)
            or _country_body(source, sources, absorbed)
            or _short_outlet_name(source, sources, absorbed)
            or _spelled_out(source, sources, absorbed)
            or _voice_of_body(source, sources, absorbed)
            or _staff_of_body(source, sources, absorbed)
        )
        if target is not None:
            _fold(source, target)
            holders.add(target)
            absorbed[source.id] = target
    if not absorbed:
        return sources
    for attribution in attributions:
        attribution.source = _final(attribution.source, absorbed)
        if attribution.via is not None:
            via = _final(attribution.via, absorbed)
            attribution.via = None if via == attribution.source else via
    return [s for s in sources if s.id not in absorbed]


def _final(source_id: str, absorbed: dict[str, Source]) -> str:
    seen: set[str] = set()
    while source_id in absorbed and source_id not in seen:
        seen.add(source_id)
        source_id = absorbed[source_id].id
    return source_id


def _fold(source: Source, target: Source) -> None:
    spans = {(m.start, m.end) for m in target.mentions}
    for mention in source.mentions:
        if (mention.start, mention.end) not in spans:
            target.mentions.append(mention)
    target.mentions.sort(key=lambda m: m.start)


def _live(sources: list[Source], source: Source, absorbed: dict[str, Source]) -> list[Source]:
    return [s for s in sources if s.id != source.id and s.id not in absorbed]


class _MentionHolders:
    """Which rows hold a mention at a given place, so that finding the rows that may hold all
    of one row's mentions looks at those rows only, not at every row (thousands of distinct
    speakers made that search quadratic)."""

    def __init__(self, sources: list[Source]) -> None:
        self.position = {id(source): index for index, source in enumerate(sources)}
        self.by_span: dict[tuple[int, int], list[Source]] = {}
        for source in sources:
            self.add(source)

    def add(self, source: Source) -> None:
        """Record every mention ``source`` holds now (again after a fold gave it more)."""
        for mention in source.mentions:
            holders = self.by_span.setdefault((mention.start, mention.end), [])
            if not any(holder is source for holder in holders):
                holders.append(source)

    def of(self, start: int, end: int) -> list[Source]:
        """The rows holding a mention at ``start:end``, in the order of the source list."""
        return sorted(self.by_span.get((start, end), ()), key=lambda s: self.position[id(s)])


def _shared_mentions_owner(
    source: Source, holders: _MentionHolders, absorbed: dict[str, Source]
) -> Source | None:
    """Another row that already holds every mention of this one and says more about it."""
    if source.entry is not None or not source.mentions:
        return None
    spans = {(m.start, m.end) for m in source.mentions}
    first = source.mentions[0]
    for other in holders.of(first.start, first.end):  # an owner holds this mention too
        if other is source or other.id in absorbed or len(other.mentions) <= len(spans):
            continue  # cannot hold more than this row's mentions (the cheap test first)
        owned = {(m.start, m.end) for m in other.mentions}
        if spans <= owned and len(owned) > len(spans):
            return other
    return None


def _description_head(source: Source) -> str | None:
    """The head noun of a row made only of definite descriptions ("the embassy" -> "embassy"),
    or of a data series that says only that it is new ("new figures show" -> "figure")."""
    if source.entry is not None or not source.mentions:
        return None
    head_word = source.name.split()[-1]
    if not head_word.islower() and head_word.casefold() not in lx.ARTICLELESS_BODY_NOUNS:
        return None
    series = head_word.casefold() in lx.DATA_SERIES_HEADS
    for mention in source.mentions:
        words = mention.text.casefold().split()
        if words == [head_word.casefold()] and words[0] in lx.ARTICLELESS_BODY_NOUNS:
            continue  # "Police said": the police force the article names, as "the police"
        if len(words) != 2 or words[1] != head_word.casefold():
            return None
        if words[0] not in lx.BACK_REFERRING_DETERMINERS and not (
            series and words[0] in lx.FRESH_DATA_MODIFIERS
        ):
            return None
    head = descriptor_key(head_word)
    return None if head in lx.SELF_STANDING_HEADS else head


def _description_heads(head: str) -> frozenset[str]:
    """The heads a description's referent may carry: its own, or any of a research team's
    ("the authors" of a study are the researchers named before or after)."""
    staff = frozenset(descriptor_key(word) for word in lx.RESEARCH_STAFF_NOUNS)
    return staff if head in staff else frozenset({head})


def _heads(source: Source) -> set[str]:
    """Nouns a definite description may use for this source: its name's and mentions' heads."""
    texts = [source.name, *(m.text for m in source.mentions)]
    heads = {descriptor_key(t.split()[-1]) for t in texts if t.split()}
    if source.kind in _BODY_KINDS:
        words = source.name.split()
        heads |= {descriptor_key(w) for w in words if w.casefold() in lx.ORGANISATION_WORDS}
    return heads


def _description_referent(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The body a bare definite description stands for: the nearest earlier row with that head,
    else the only later one ("the ministry said" in a standfirst, the ministry named below)."""
    head = _description_head(source)
    if head is None:
        return None
    start = source.mentions[0].start
    wanted = _description_heads(head)
    others = [s for s in _live(sources, source, absorbed) if s.mentions and wanted & _heads(s)]
    earlier = [s for s in others if s.mentions[0].start < start]
    if earlier:
        return max(earlier, key=lambda s: max(m.start for m in s.mentions if m.start < start))
    return others[0] if len(others) == 1 else None


def _descriptor_parts(name: str) -> tuple[str, frozenset[str]] | None:
    """The head noun of a plural descriptor and the qualifiers around it: "Polish military
    officials" -> ("official", {"polish", "military"}); "polls in the U.S." -> ("poll", {"u.s."}).
    None for a descriptor that is no plain plural noun phrase ("A and B", "people familiar
    with it")."""
    words = [w.strip(",") for w in name.casefold().split()]
    if not words or any(w in lx.GROUP_CONJUNCTIONS for w in words):
        return None
    cut = next((i for i, w in enumerate(words) if i > 0 and w in lx.PLACE_PREPOSITIONS), len(words))
    head = words[cut - 1]
    if len(head) <= 3 or not head.endswith("s") or head.endswith("ss"):
        return None  # a group is a plural ("officials"); "the source" stands alone
    qualifiers = [w for w in words[: cut - 1] if w not in lx.DESCRIPTOR_QUANTIFIERS]
    qualifiers += [w for w in words[cut:] if w not in lx.PLACE_PREPOSITIONS and w != "the"]
    return descriptor_key(head), frozenset(qualifiers)


def _group_in_play(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The group a shorter plural descriptor refers to: "Polish officials" after "Polish
    military officials", a headline's "officials say" before "regional officials said".

    Only a descriptor whose every qualifier the group's descriptor has too refers back (two
    different qualifiers, "regional" and "local officials", are two groups), and never to a
    group set apart by a word such as "former". The nearest earlier group wins; a bare plural
    with none before it takes the first one named after it.
    """
    if source.named or source.entry is not None or not source.mentions:
        return None
    parts = _descriptor_parts(source.name)
    if parts is None or source.name.split()[-1].casefold() in lx.REPORT_NOUNS:
        return None  # "reports of shelling" is a claim with no speaker, not a group in play
    head, qualifiers = parts
    groups: list[Source] = []
    for other in _live(sources, source, absorbed):
        if other.named or other.entry is not None or not other.mentions:
            continue
        other_parts = _descriptor_parts(other.name)
        if other_parts is None or other_parts[0] != head:
            continue
        extra = other_parts[1] - qualifiers
        if qualifiers < other_parts[1] and not extra & lx.CONTRASTING_QUALIFIERS:
            groups.append(other)
    start = source.mentions[0].start
    earlier = [g for g in groups if g.mentions[0].start < start]
    if earlier:
        return max(earlier, key=lambda g: max(m.start for m in g.mentions if m.start < start))
    if qualifiers or not groups:
        return None
    first = min(groups, key=lambda g: g.mentions[0].start)
    return first if first.mentions[0].start - start <= _FORWARD_REACH else None


def _government_of(source: Source) -> str | None:
    """The country code of a row that is a whole country's government ("Russia says")."""
    if source.kind is not Kind.OFFICIAL:
        return None
    if source.entry is not None:
        is_government = source.entry.name.casefold().startswith("government of ")
        return source.entry.country if is_government else None
    words = source.name.casefold().split()
    if len(words) == 2 and words[1] == "government":
        country = lx.places().by_demonym.get(words[0].replace(".", ""))
        return country.code if country is not None else None
    return None


def _country_code(source: Source) -> str | None:
    """The country a body belongs to: the table's, else the one its name names."""
    if source.entry is not None:
        return source.entry.country
    places = lx.places()
    for word in source.name.casefold().replace(".", "").split():
        bare = word.removesuffix("'s").removesuffix("’s")
        country = places.by_demonym.get(bare) or places.by_name.get(bare)
        if country is not None:
            return country.code
    return None


def _country_body(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The one body of a country that the article quotes, for a row of that country's whole
    government ("Moscow has pledged support", then "the Foreign Ministry said"): a country
    is written as a speaker only when no more specific body is given."""
    code = _government_of(source)
    if code is None:
        return None
    bodies = [
        other
        for other in _live(sources, source, absorbed)
        if other.kind is Kind.OFFICIAL
        and _government_of(other) is None
        and _country_code(other) == code
    ]
    return bodies[0] if len(bodies) == 1 else None


def _short_outlet_name(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The outlet named in full before: "The Times" after "The New York Times" is that paper,
    even though the table also knows a paper called "The Times"."""
    if source.kind is not Kind.OUTLET or not source.mentions:
        return None
    key = _body_key(source.name)
    start = source.mentions[0].start
    for other in _live(sources, source, absorbed):
        if other.kind is not Kind.OUTLET or not other.mentions or other.mentions[0].start > start:
            continue
        other_key = _body_key(other.name)
        if key and len(other_key) > len(key) and other_key[-len(key) :] == key:
            return other
    return None


def _spelled_out(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The body an acronym row abbreviates: "DfT" beside "Department for Transport", "OBS"
    beside "Office of Budget Studies" (initials of every word, in any case)."""
    letters = source.name.replace(".", "")
    if not (
        2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2
    ):
        return None
    if " " in source.name or source.entry is not None:
        return None
    for other in _live(sources, source, absorbed):
        if other.kind not in _BODY_KINDS:
            continue
        words = [w for w in other.name.split() if w.casefold() not in ("the",)]
        initials = "".join(w[0] for w in words)
        capitals = "".join(w[0] for w in words if w[:1].isupper())
        if letters.casefold() in (initials.casefold(), capitals.casefold()):
            return other
    return None


def _voice_of_body(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The body an unnamed spokesperson speaks for, when the body has a row of its own ("A
    Twitter spokeswoman said" beside "Twitter said"): an unnamed holder of a body's office
    is that body's voice, not a second source. So are its researchers ("researchers at the
    Nordic Council's media lab" beside "the Nordic Council researchers concluded")."""
    if source.named or source.kind not in (Kind.PERSON, Kind.UNKNOWN) or not source.affiliation:
        return None
    if source.class_default is not None or not source.mentions:
        return None
    outlet = _outlets_own_reporters(source, sources, absorbed)
    if outlet is not None:
        return outlet
    heads = {
        words[-1].casefold()
        for words in (source.name.split(), (source.role or "").split())
        if words
    }
    staff = bool(heads & lx.RESEARCH_STAFF_NOUNS)
    if not heads & lx.SPOKESPERSON_WORDS and not staff:
        return None
    wanted = _body_key(source.affiliation)
    for other in _live(sources, source, absorbed):
        if not other.named or other.kind is Kind.PERSON:
            continue
        key = _body_key(other.name)
        if key == wanted or (staff and key and wanted[: len(key)] == key):
            return other  # "researchers at the Nordic Council's lab" beside "the Nordic Council"
    return None


def _staff_of_body(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The body whose staff a definite plural names, when that body of the same country has a
    row ("the Danish Foreign Ministry said …; the Danish diplomats stressed"): the diplomats
    in play are the ministry speaking. An indefinite "Danish diplomats" stays a group."""
    if source.named or source.entry is not None or not source.mentions:
        return None
    head = descriptor_key(source.name.split()[-1])
    body_words = lx.BODY_OF_STAFF.get(head)
    if body_words is None:
        return None
    if any(m.text.casefold().split()[0] not in lx.BACK_REFERRING_PLURALS for m in source.mentions):
        return None
    code = _country_code(source)
    if code is None:
        return None
    bodies = [
        other
        for other in _live(sources, source, absorbed)
        if other.named
        and other.kind is Kind.OFFICIAL
        and _country_code(other) == code
        and any(_contains(_body_key(other.name), words) for words in body_words)
    ]
    return bodies[0] if len(bodies) == 1 else None


def _contains(key: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """True when ``words`` occur in ``key`` one after another."""
    size = len(words)
    return any(key[i : i + size] == words for i in range(len(key) - size + 1))


def _outlets_own_reporters(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """The outlet whose reporters speak ("Daily Planet journalists in Oslo say") when the
    outlet has a row of its own: its journalists seeing something is the outlet reporting."""
    words = source.name.casefold().split()
    for other in _live(sources, source, absorbed):
        if other.kind is not Kind.OUTLET or not other.named:
            continue
        name = [w for w in other.name.casefold().split() if w != "the"]
        size = len(name)
        if words[:size] == name and len(words) > size and words[size] in lx.REPORTER_NOUNS:
            return other
    return None


@functools.lru_cache(maxsize=4096)  # asked of every pair of rows
def _body_key(name: str) -> tuple[str, ...]:
    """A body's name with places folded to their country and articles dropped: "the Chilean
    Embassy in Norway" and "Chilean Embassy in Oslo" share one key."""
    places = lx.places()
    key: list[str] = []
    name = name.split(" (", 1)[0]  # "Central Intelligence Agency (CIA)": the acronym shown beside
    for word in name.casefold().split():
        bare = word.replace(".", "").removesuffix("'s").removesuffix("’s")
        if bare in ("the", "a", "an"):
            continue
        country = places.by_demonym.get(bare) or places.by_name.get(bare)
        key.append(country.code if country is not None else bare)
    return tuple(key)


def _same_body_named_before(
    source: Source, sources: list[Source], absorbed: dict[str, Source]
) -> Source | None:
    """An earlier row for the same body in other words: its places written as their country
    or capital, or an outlet's short name after its full one ("the Times" after "The New
    York Times")."""
    if source.entry is not None or not source.named or not source.mentions:
        return None
    if source.kind not in _BODY_KINDS and source.kind is not Kind.UNKNOWN:
        return None  # a person or a channel: neither test below can hold
    key = _body_key(source.name)
    start = source.mentions[0].start
    for other in _live(sources, source, absorbed):
        if not other.mentions or other.mentions[0].start > start:
            continue
        other_key = _body_key(other.name)
        if source.kind in _BODY_KINDS and other.kind is source.kind and len(key) > 1:
            if other_key == key:
                return other
        elif other.kind is Kind.OUTLET and source.kind in (Kind.OUTLET, Kind.UNKNOWN) and key:
            if len(other_key) > len(key) and other_key[-len(key) :] == key:
                return other
    return None
    key = _body_key(source.name)
    if not key:
        return None
    start = source.mentions[0].start
    for other in _live(sources, source, absorbed):
        if other.kind is not source.kind or not other.mentions or other.mentions[0].start > start:
            continue
        other_key = _body_key(other.name)
        if len(key) > 1 and other_key == key:
            return other
        if (
            source.kind is Kind.OUTLET
            and len(other_key) > len(key)
            and other_key[-len(key) :] == key
        ):
            return other
    return None
