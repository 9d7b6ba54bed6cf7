"""Group attributions by source: resolve names against the table, guess kinds, follow
coreference (surnames, pronouns, descriptions) and record relays."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from srccheck.detect import lexicon as lx
from srccheck.detect.attributions import RawAttribution
from srccheck.detect.entities import (
    GENERIC_CABINET,
    HEADLINE_LOOKAHEAD_TOKENS,
    LOOKAHEAD_TOKENS,
    Entity,
    EntityIndex,
    demonym_country,
    fold,
    is_address,
    is_degree,
    is_title,
    office_body,
    office_title,
    pronoun_sex,
)
from srccheck.detect.people import body_text, employer_in_play, names_region_in_play
from srccheck.detect.phrases import Phrase, is_demonym, is_party_tag, phrase_left, phrase_right
from srccheck.detect.tokens import Sentence, Token, TokenKind
from srccheck.model import Attribution, ClassDefault, Entry, Kind, Match, Source, Span
from srccheck.spans import TextIndex, last_visible


class TableLookup(Protocol):
    """What detection needs from the reliability table (`srccheck.table.SourceTable` has it)."""

    @property
    def class_defaults(self) -> Mapping[str, ClassDefault]:
        """Class defaults for vague attributions, by id."""

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, if any."""

    def resolve(self, query: str, *, kind: Kind | None = None) -> Match | None:
        """The best entry for a name, link or handle, if any."""

    def classify_phrase(self, phrase: str) -> ClassDefault | None:
        """The class default a vague phrase ("Russian media") belongs to, if any."""


_COMMON_WORDS = (
    lx.SOURCE_NOUNS
    | lx.PERSON_TITLES
    | lx.DETERMINERS
    | lx.MODIFIER_STOPS
    | frozenset({"military", "senior", "western", "pro-war", "pro-kremlin", "independent", "local"})
)
_ORGANISATION_KINDS = frozenset({Kind.OUTLET, Kind.CHANNEL, Kind.THINK_TANK, Kind.OFFICIAL})
# How far back pronouns and descriptions look for what they refer to.
_LOOKBACK_SOURCES = 40
# How far a role's tail ("envoy to Ukraine") and the name after its comma may run, in tokens.
_ROLE_TAIL_TOKENS = 8
_LOOKBACK_TOKENS = 150
#: Kinds a bare description names by kind alone ("the think tank", "the newspaper"): bodies of
#: most other kinds are too many ("the ministry" must share its head word with the body).
_KINDS_NAMED_BY_KIND = frozenset({Kind.THINK_TANK, Kind.OUTLET, Kind.CHANNEL})
#: Kinds whose row shows the body they belong to.
_AFFILIATED_KINDS = frozenset({Kind.PERSON, Kind.OFFICIAL})
#: The role a party speaking as a body is given, which the table's role classes can rate.
_PARTY_ROLE = "political party"
#: The longest body word `_office_words` keeps that is read as initials ("UN", "EU", "NATO").
_MAX_INITIALS = 4
#: How far into an article a wire dateline ("LONDON (Reuters) -") is looked for, in characters.
DATELINE_REACH = 600
# "(Reuters) -", "(AP) —", "/TASS/.": a wire's dateline names the article's own outlet.
_DATELINE = re.compile(
    r"\((?P<paren>[A-Z][A-Za-z&.]{1,20}(?: [A-Z][A-Za-z&.]{1,20}){0,2})\)\s?[-–—]"
    r"|/(?P<slash>[A-Z][A-Z-]{1,20})/\."
)
#: A fuzzy table match of an affiliation must be this close (0-100) to count.
_AFFILIATION_SIMILARITY = 95
#: The article's country leads every other by this factor in mentions, or there is none.
_HOME_COUNTRY_LEAD = 2
#: Characters after which a capitalised word may be capitalised only because a sentence opens.
_SENTENCE_ENDS = ".!?\n\"“”'’:;]"
#: A mention this many tokens or fewer into its sentence is taken as the sentence's subject.
_SUBJECT_REACH = 4
#: A headline or teaser paragraph has at most this many tokens.
_HEADING_TOKENS = 30


@dataclass(slots=True)
class _Candidate:
    """What a phrase says about its source before it is merged with earlier ones."""

    name: str
    kind: Kind
    named: bool = True
    match: Match | None = None
    class_default: ClassDefault | None = None
    role: str | None = None
    affiliation: str | None = None
    affiliation_entry: Entry | None = None
    former: bool = False
    surname: str | None = None
    descriptor: str | None = None
    """For a vague source, its descriptor as written ("Kremlin-affiliated milbloggers")."""

    @classmethod
    def vague(
        cls,
        class_default: ClassDefault,
        role: str | None = None,
        affiliation: str | None = None,
        affiliation_entry: Entry | None = None,
        descriptor: str | None = None,
    ) -> _Candidate:
        """An unnamed source of a class ("sources", "Russian media"), named as written."""
        return cls(
            _descriptor_name(descriptor) if descriptor else class_default.name,
            class_default.kind,
            named=False,
            class_default=class_default,
            role=role,
            affiliation=affiliation,
            affiliation_entry=affiliation_entry,
            descriptor=descriptor,
        )

    @classmethod
    def unnamed_person(
        cls,
        descriptor: str,
        role: str | None,
        affiliation: str | None,
        affiliation_entry: Entry | None,
        former: bool,
    ) -> _Candidate:
        """Someone the text names only by a post or description ("the company's director")."""
        return cls(
            descriptor,
            Kind.PERSON,
            named=False,
            role=role,
            affiliation=affiliation,
            affiliation_entry=affiliation_entry,
            former=former,
        )


class SourceBuilder:
    """Turns raw attributions into `Source` and `Attribution` records for one article."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        table: TableLookup | None,
        entities: EntityIndex | None = None,
        sentences: list[Sentence] | None = None,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.table = table
        self.entities = entities if entities is not None else EntityIndex(text, tokens, [])
        self._sentence_firsts = [s.first for s in sentences or []]
        self._lower_words: frozenset[str] | None = None
        self._mid_sentence_words: frozenset[str] | None = None
        self._home: tuple[lx.Country | None, bool] | None = None
        self._resolved: dict[str, Match | None] = {}
        self._classes: dict[str, ClassDefault | None] = {}
        self._countries: dict[tuple[int, int], tuple[lx.Country, ...]] = {}
        self.publisher = self._dateline_outlet()
        self.index = TextIndex(text)
        self.sources: list[Source] = []
        self.attributions: list[Attribution] = []
        self._by_key: dict[str, Source] = {}
        # Source ids in order of last use (latest last): pronouns and descriptions look back here.
        self._recent: dict[str, Source] = {}
        self._by_surname: dict[str, Source] = {}
        # "Helix" after "Helix Therapeutics": a company by the name before its trade words.
        self._by_company_stem: dict[str, Source] = {}
        self._mention_keys: set[tuple[str, int, int]] = set()
        self._token_starts = [t.start for t in tokens]

    # -- public ----------------------------------------------------------------------------

    def add(self, raw: RawAttribution) -> None:
        """Record one raw attribution under its (possibly new or earlier) source; "according
        to the governor Jane Roe and the agency TASS" is one attribution to each."""
        parts = self._coordinated(raw.phrase) if raw.phrase is not None else None
        if parts is not None:
            for part in parts:
                self._add_one(replace(raw, phrase=part))
            return
        self._add_one(raw)

    def _reporters_outlet(self, source: Source, phrase: Phrase, position: int) -> Source | None:
        """ "the Daily Planet's Europe editor Jane Roe said": a journalist speaks through her
        outlet, which carries the claim (a relay, listed beside her)."""
        if source.kind is not Kind.PERSON or not source.role or source.affiliation is None:
            return None
        if source.role.split()[-1].casefold() not in lx.JOURNALIST_ROLES:
            return None
        outlet = source.affiliation_entry
        if outlet is None:
            match = self._resolve(source.affiliation)
            outlet = match.entry if match is not None else None
        if outlet is None or outlet.kind is not Kind.OUTLET:
            return None
        match = Match(
            entry=outlet, method="alias", similarity=100.0, query=outlet.name, matched=outlet.name
        )
        carrier = self._merge(self._from_entry(match), position)
        part = phrase.possessor or phrase.affiliation_tokens
        if part is not None and part[0] < part[1]:
            first, last = part
            self._mention(
                carrier, self.index.span(self.tokens[first].start, self.tokens[last - 1].end)
            )
        return carrier

    def _coordinated(self, phrase: Phrase) -> tuple[Phrase, Phrase] | None:
        """The two named sources of "Jane Roe and the agency TASS", when each side on its own
        is a person the text names or a body the table knows (never "Trade and Industry")."""
        if phrase.pronoun or phrase.group or phrase.quoted_name is not None:
            return None
        tokens = self.tokens
        for index in range(phrase.first + 1, phrase.last - 1):
            if tokens[index].lower != "and":
                continue
            left = phrase_left(tokens, index - 1, phrase.first)
            right = phrase_left(tokens, phrase.last - 1, index + 1)
            if left is None or right is None or left.first > phrase.first + 1:
                return None
            if not self._stands_alone(right):
                right = self._name_after(phrase.last) or right
            if self._stands_alone(left) and self._stands_alone(right):
                return left, right
            return None
        return None

    def _name_after(self, comma: int) -> Phrase | None:
        """ "the state news agency, TASS": the name set off by a comma after a description."""
        tokens = self.tokens
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            return None
        last = comma + 1
        while last < len(tokens) and tokens[last].is_capitalised:
            last += 1
        if last == comma + 1 or (last < len(tokens) and tokens[last].kind is TokenKind.WORD):
            return None
        return phrase_left(tokens, last - 1, comma + 1)

    def _stands_alone(self, phrase: Phrase) -> bool:
        """True for a phrase that is a named source by itself: a person or a table entry."""
        if phrase.pronoun:
            return False
        candidate = self._describe(phrase)
        if not candidate.named:
            return False
        return candidate.match is not None or (
            candidate.kind is Kind.PERSON and self.entities.person(candidate.name) is not None
        )

    def _add_one(self, raw: RawAttribution) -> None:
        position = (raw.cue or raw.content or (0, 0))[0]
        if raw.floating and raw.phrase is not None:
            # a pull-quote heading's speaker is named (or "she") only after it: resolve there
            position = max(position, self.tokens[raw.phrase.first].start)
        source = self._source_for(raw, position)
        if source is None:
            return
        span = self._phrase_span(raw.phrase) if raw.phrase is not None else None
        if span is not None:
            self._mention(source, span)
        via = self._via_source(raw.via, position) if raw.via is not None else None
        if via is None and raw.via is None and raw.phrase is not None:
            via = self._reporters_outlet(source, raw.phrase, position)
        if via is not None and raw.via is not None:
            self._mention(via, self._phrase_span(raw.via))
            told = raw.via.first > 0 and self.tokens[raw.via.first - 1].lower in ("told", "to")
            if self._is_publisher(via) and raw.relay is False and (not raw.floating or told):
                # "told Reuters" in Reuters copy: the article's own outlet listens (also for a
                # quotation given to that speaker)
                via = None
        self._touch(source)
        self.attributions.append(
            Attribution(
                source=source.id,
                source_span=span,
                cue=self.index.span(*raw.cue) if raw.cue else None,
                content=self.index.span(*raw.content) if raw.content else None,
                direct=raw.direct,
                via=via.id if via is not None and via.id != source.id else None,
                hedged=raw.hedged,
            )
        )

    def _dateline_outlet(self) -> _Candidate | None:
        """The outlet a wire dateline names near the top of the article, if any."""
        found = _DATELINE.search(self.text, 0, DATELINE_REACH)
        if found is None:
            return None
        name = found.group("paren") or found.group("slash")
        match = self._resolve(name)
        if match is not None:
            return self._from_entry(match)
        return _Candidate(name, Kind.OUTLET)

    def _is_publisher(self, source: Source) -> bool:
        """True for the outlet whose dateline opens the article ("(Reuters) -", "/TASS/.")."""
        if self.publisher is None:
            return False
        publisher = self.publisher.match
        if source.entry is not None and publisher is not None:
            return source.entry.id == publisher.entry.id
        return fold(source.name) == fold(self.publisher.name)

    def add_link(self, token: Token) -> None:
        """A link or @handle that the table knows is a citation of that source."""
        if self.table is None:
            return
        match = self.table.resolve(token.text)
        if match is None:
            return
        candidate = self._from_entry(match)
        source = self._merge(candidate, token.start)
        span = self.index.span(token.start, token.end)
        self._mention(source, span)
        self.attributions.append(
            Attribution(source=source.id, source_span=span, cue=None, content=None, direct=False)
        )

    def looks_like_person(self, phrase: Phrase) -> bool:
        """True when the phrase names a person (by the table or by its shape)."""
        return not phrase.pronoun and self._describe(phrase).kind is Kind.PERSON

    def is_organisation(self, phrase: Phrase) -> bool:
        """True when the phrase names an outlet, channel, think tank or official body."""
        if phrase.pronoun:
            return False
        return self._describe(phrase).kind in _ORGANISATION_KINDS

    def is_medium(self, phrase: Phrase) -> bool:
        """True when the phrase names an outlet or channel that can carry a claim."""
        if phrase.pronoun or self.tokens[phrase.head].bare in lx.AUDIENCE_HEADS:
            return False
        return self._describe(phrase).kind in (Kind.OUTLET, Kind.CHANNEL)

    # -- sources ---------------------------------------------------------------------------

    def _mention(self, source: Source, span: Span) -> None:
        key = (source.id, span.start, span.end)
        if key not in self._mention_keys:
            self._mention_keys.add(key)
            source.mentions.append(span)

    def _touch(self, source: Source) -> None:
        self._recent.pop(source.id, None)
        self._recent[source.id] = source

    def _latest(self, wanted: Callable[[Source], bool]) -> Source | None:
        """The most recently used source that ``wanted`` accepts (looking back a bounded way)."""
        for steps, source in enumerate(reversed(self._recent.values())):
            if steps >= _LOOKBACK_SOURCES:
                break
            if wanted(source):
                return source
        return None

    def _source_for(self, raw: RawAttribution, position: int) -> Source | None:
        if raw.phrase is None:
            if raw.vague_class is None:
                return None
            return self._class_source(raw.vague_class, position)
        phrase = raw.phrase
        if phrase.pronoun:
            word = self.tokens[phrase.head].lower
            if word in ("who", "which"):
                if raw.antecedent is None or raw.antecedent.pronoun:
                    return None
                antecedent = self._describe(raw.antecedent)
                if word == "which" and antecedent.kind is Kind.UNKNOWN and antecedent.match is None:
                    return None  # "Lysove, which lies on the river": a place, not a speaker
                return self._merge(antecedent, position)
            if raw.antecedent is not None and not raw.antecedent.pronoun:
                return self._merge(self._describe(raw.antecedent), position)  # "…, but they deny"
            return self._pronoun_antecedent(word, position)
        holder = self._office_holder(phrase, position)
        if holder is not None:
            return holder
        if self._place_after_preposition(phrase):
            return None  # "talks with the United States said": the country is no subject
        candidate = self._describe(phrase)
        if (
            candidate.named
            and candidate.match is None
            and _names_a_date(candidate.name)
            # "Mrs May", "May's spokesman": a person
            and not any(self.tokens[i].names_person for i in range(phrase.first, phrase.last))
        ):
            return None  # "January's forecast" (its apostrophe lost): a date, not an owner
        if self._is_ownerless_document(phrase, candidate):
            # "The statement said": the voice of whoever issued it, if the text named them.
            return self._latest(lambda s: s.named)
        if not candidate.named and candidate.class_default is None:
            earlier = self._description_antecedent(phrase, candidate, position)
            if earlier is not None:
                return earlier
        if not candidate.named:
            group = self._earlier_group(phrase)
            if group is not None:
                return group  # "Pro-Russia sources reported … The sources also claimed"
        return self._merge(candidate, position)

    def _earlier_group(self, phrase: Phrase) -> Source | None:
        """The unnamed group a bare plural description ("the sources") points back to: the
        latest vague source whose descriptor has that head noun."""
        tokens = self.tokens
        head = tokens[phrase.head]
        if (
            phrase.last - phrase.first != 2
            or tokens[phrase.first].lower not in lx.BACK_REFERRING_PLURALS
            or not head.lower.endswith("s")
        ):
            return None
        return self._latest(
            lambda s: (
                not s.named
                and len(s.name.split()) > 1
                and s.name.split()[-1].casefold() == head.lower
            )
        )

    def _class_source(self, class_id: str, position: int) -> Source:
        class_default = self.table.class_defaults.get(class_id) if self.table else None
        if class_default is None:
            class_default = _builtin_class(class_id)
        return self._merge(_Candidate.vague(class_default), position)

    def _merge(self, candidate: _Candidate, position: int) -> Source:
        """Return the earlier source this candidate is, or a new one."""
        key = self._key(candidate)
        existing = self._by_key.get(key)
        if existing is None and candidate.kind in (Kind.PERSON, Kind.UNKNOWN):
            existing = self._same_person(candidate)
        if existing is not None:
            self._enrich(existing, candidate)
            self._remember_surname(existing)
            return existing
        source = Source(
            id=f"s{len(self.sources) + 1}",
            name=candidate.name if candidate.named else _descriptor_name(candidate.name),
            kind=candidate.kind,
            named=candidate.named,
            affiliation=candidate.affiliation,
            affiliation_entry=candidate.affiliation_entry,
            role=candidate.role,
            former=candidate.former,
            entry=candidate.match.entry if candidate.match else None,
            match=candidate.match,
            class_default=candidate.class_default,
        )
        self.sources.append(source)
        self._by_key[key] = source
        self._remember_surname(source)
        return source

    def _key(self, candidate: _Candidate) -> str:
        if candidate.match is not None:
            return "entry:" + candidate.match.entry.id
        if candidate.descriptor is not None or not candidate.named:
            return "vague:" + descriptor_key(candidate.descriptor or candidate.name)
        if candidate.class_default is not None:
            return "class:" + candidate.class_default.id
        return "name:" + fold(" ".join(candidate.name.split()))

    def _same_person(self, candidate: _Candidate) -> Source | None:
        """ "Stanovaya" or "Ms. Stanovaya" after "Tatiana Stanovaya" is the same person."""
        words = fold(candidate.name).split()
        if not words:
            return None
        if len(words) == 1:
            same = self._by_surname.get(words[0])
            if same is None and candidate.kind is Kind.UNKNOWN and candidate.match is None:
                same = self._by_company_stem.get(words[0])
            return same
        single = self._by_key.get("name:" + words[-1])
        if single is not None and single.kind in (Kind.PERSON, Kind.UNKNOWN) and single.named:
            single.name = candidate.name  # the fuller name wins
            return single
        return None

    def _remember_surname(self, source: Source) -> None:
        words = fold(source.name).split()
        if source.named and source.kind in (Kind.PERSON, Kind.UNKNOWN) and len(words) > 1:
            self._by_surname[words[-1]] = source
        elif (
            source.named
            and source.kind is not Kind.PERSON
            and len(words) > 1
            and all(word in lx.COMPANY_AND_PARTY_WORDS for word in words[1:])
            and words[0] not in lx.places().by_name
            and words[0] not in lx.places().by_demonym
        ):
            self._by_company_stem.setdefault(words[0], source)

    @staticmethod
    def _enrich(source: Source, candidate: _Candidate) -> None:
        if source.affiliation is None and candidate.affiliation is not None:
            source.affiliation = candidate.affiliation
            source.affiliation_entry = candidate.affiliation_entry
            source.former = candidate.former
        if source.role is None:
            source.role = candidate.role
        if source.kind is Kind.UNKNOWN and candidate.kind is not Kind.UNKNOWN:
            source.kind = candidate.kind

    def _pronoun_antecedent(self, word: str, position: int) -> Source | None:
        """he/she: the person in play whose sex agrees; they/it: the latest organisation or group.

        The latest speaker is the default; a person the text named after that speaker,
        as the subject of a sentence, takes over ("Jane Roe spoke on Monday. … she said").
        """
        if word in lx.FIRST_PERSON:
            return None
        if word not in ("he", "she"):
            return self._latest(lambda s: s.kind is not Kind.PERSON)
        sex = pronoun_sex(word)
        token_index = bisect_left(self._token_starts, position)
        speaker = self._latest(lambda s: s.kind is Kind.PERSON and self._agrees(s, sex))
        speaker_at = (
            bisect_left(self._token_starts, speaker.mentions[-1].start)
            if speaker is not None and speaker.mentions
            else -1
        )
        for entity in self.entities.persons_before(token_index):
            if entity.sex is not None and entity.sex != sex:
                continue
            mention = self.entities.last_mention_before(entity, token_index)
            if mention is None or mention <= speaker_at:
                break
            if speaker is None or self._opens_sentence(mention):
                return self._merge(self._entity_candidate(entity), position)
            break
        if speaker is not None:
            return speaker
        named = self._person_named_before(position, sex)
        if named is not None:
            return self._merge(named, position)
        # Nobody of that sex is in play: anything but a person the text makes the other sex.
        return self._latest(lambda s: s.kind is not Kind.PERSON or self._agrees(s, sex))

    def _agrees(self, source: Source, sex: str | None) -> bool:
        """True unless the text gives the source the other sex."""
        entity = self.entities.person(source.name)
        if entity is None and source.entry is not None:
            entity = self.entities.person(source.entry.name)
        return entity is None or entity.sex is None or sex is None or entity.sex == sex

    def _opens_sentence(self, token_index: int) -> bool:
        """True when a mention is (near) the start of its sentence: the sentence's subject."""
        if not self._sentence_firsts:
            return True
        first = self._sentence_firsts[bisect_right(self._sentence_firsts, token_index) - 1]
        return token_index - first <= _SUBJECT_REACH

    def _entity_candidate(self, entity: Entity) -> _Candidate:
        """A person of the entity index as a source candidate (table entry when it has one)."""
        match = self._resolve(entity.name)
        if match is not None and match.entry.kind in (Kind.PERSON, Kind.OFFICIAL):
            return self._from_entry(match, entity.role)
        affiliation = self._affiliation_of(
            entity.role,
            entity.organisation,
            entity.country,
            entity.mentions[0] if entity.mentions else 0,
        )
        return _Candidate(
            entity.name,
            Kind.PERSON,
            role=entity.role,
            affiliation=affiliation[0],
            affiliation_entry=affiliation[1],
            surname=entity.surname,
        )

    def _office_holder(self, phrase: Phrase, position: int) -> Source | None:
        """ "the president", "Russia's foreign minister", "UN chief": the person in play who
        holds that office (compatible country and body), else None (the phrase stays as it is).

        Looks back first (the speakers, then everyone named); a headline or standfirst may
        name the office before the person, so it then looks a short way ahead.
        """
        office = self._office_words(phrase)
        if office is None:
            return None
        wanted, country, body = office
        token_index = bisect_left(self._token_starts, position)
        for steps, source in enumerate(reversed(self._recent.values())):
            if steps >= _LOOKBACK_SOURCES:
                break
            if (
                source.kind is Kind.PERSON
                and source.named
                and self._holds(source.role, self._country_of(source), wanted, country)
                and _same_body(source.affiliation, body)
            ):
                return source
        for entity in self.entities.persons_before(token_index, confirmed=False):
            role, role_country = self._office_of_entity(entity)
            if self._holds(role, role_country, wanted, country) and _same_body(
                entity.organisation, body
            ):
                return self._merge(self._entity_candidate(entity), position)
        reach = HEADLINE_LOOKAHEAD_TOKENS if self._in_heading(token_index) else LOOKAHEAD_TOKENS
        for entity in self.entities.persons_after(token_index, confirmed=False, reach=reach):
            role, role_country = self._office_of_entity(entity)
            if self._holds(role, role_country, wanted, country) and _same_body(
                entity.organisation, body
            ):
                return self._merge(self._entity_candidate(entity), position)
        return None

    def _in_heading(self, token_index: int) -> bool:
        """True inside a short paragraph with no full stop: a headline or a teaser."""
        tokens = self.tokens
        first = last = token_index
        while first > 0 and tokens[first - 1].kind is not TokenKind.BREAK:
            first -= 1
        while last < len(tokens) and tokens[last].kind is not TokenKind.BREAK:
            last += 1
        if last - first > _HEADING_TOKENS:
            return False
        return not any(tokens[i].text == "." for i in range(first, last))

    def _is_ownerless_document(self, phrase: Phrase, candidate: _Candidate) -> bool:
        """ "the statement", "a letter": a document whose owner the phrase does not name."""
        head = self.tokens[phrase.head]
        return (
            head.bare in lx.OWNED_DOCUMENT_HEADS
            and not candidate.named
            and candidate.class_default is None
            and phrase.affiliation_tokens is None
            and phrase.possessor is None
        )

    def _office_of_entity(self, entity: Entity) -> tuple[str | None, lx.Country | None]:
        """The office and country of a person: as the text gives them, else as the table does."""
        if entity.role is not None:
            return entity.role, entity.country
        match = self._resolve(entity.name)
        if match is None or match.entry.kind is not Kind.PERSON:
            return None, entity.country
        country = lx.places().by_code.get(match.entry.country or "")
        return match.entry.role, entity.country or country

    def _office_words(
        self, phrase: Phrase
    ) -> tuple[list[str], lx.Country | None, str | None] | None:
        """For a phrase naming an office and nothing else: its words, country and body."""
        tokens = self.tokens
        if phrase.pronoun or phrase.appositive is not None:
            return None
        head = tokens[phrase.head].bare
        if head not in lx.OFFICE_HEADS or phrase.head != phrase.last - 1:
            return None
        if tokens[phrase.first].lower in lx.INDEFINITE_DETERMINERS:
            return None
        country: lx.Country | None = None
        body: str | None = None
        words: list[str] = []
        for index in range(phrase.first, phrase.head):
            token = tokens[index]
            found = demonym_country(token)
            if found is not None:
                country = found
            elif token.is_capitalised and token.bare in lx.ORGANISATION_WORDS:
                body = token.bare
            elif _is_acronym(token):
                body = token.bare.replace(".", "")  # "the U.N. chief"
            elif token.is_capitalised and index != phrase.first:
                return None  # a proper name: "the Carnegie president" is someone else
            elif token.lower not in lx.DETERMINERS and token.kind is TokenKind.WORD:
                words.append(token.bare)
        return office_title([*words, head]), country, body

    def _country_of(self, source: Source) -> lx.Country | None:
        """The country the table or the text ties a person to."""
        if source.entry is not None and source.entry.country:
            found = lx.places().by_code.get(source.entry.country)
            if found is not None:
                return found
        entity = self.entities.person(source.name)
        return entity.country if entity is not None else None

    @staticmethod
    def _holds(
        role: str | None,
        role_country: lx.Country | None,
        wanted: list[str],
        country: lx.Country | None,
    ) -> bool:
        """True when ``role`` is the office named by ``wanted`` words, in a compatible country."""
        if not role:
            return False
        if country is not None and role_country is not None and country != role_country:
            return False
        held = role.casefold().replace("-", " ").split()
        head = wanted[-1]
        if head in lx.LEADER_WORDS:
            return any(word in lx.HEAD_OF_BODY_WORDS for word in held) and all(
                word in held or word in ("top", "senior") for word in wanted[:-1]
            )
        return all(word in held for word in wanted)

    def _person_named_before(self, position: int, sex: str | None = None) -> _Candidate | None:
        """The latest run of two or more capitalised words before ``position`` that is a person
        of the pronoun's sex; an honorific opening the run gives the sex and is no name."""
        end = bisect_left(self._token_starts, position)
        run: list[Token] = []
        for index in range(end - 1, max(end - _LOOKBACK_TOKENS, 0) - 1, -1):
            token = self.tokens[index]
            if token.kind is TokenKind.BREAK:
                break
            if token.is_capitalised and not token.is_possessive and not is_demonym(token):
                run.insert(0, token)
                continue
            if len(run) >= 2:
                break
            run = []
        honorific_sex = lx.HONORIFIC_SEX.get(run[0].bare, "") if run else ""
        if honorific_sex != "":
            run = run[1:]  # "Mr. Daniel Ortiz": the name is "Daniel Ortiz"
            if sex is not None and honorific_sex is not None and honorific_sex != sex:
                return None  # "Mr. Daniel Ortiz … She said": not him
        if len(run) < 2:
            return None
        entity = self.entities.person(self.text[run[0].start : run[-1].end])
        if sex is not None and entity is not None and entity.sex not in (None, sex):
            return None
        name = self.text[run[0].start : run[-1].end]
        kind = _kind_from_words([t.bare for t in run], None)
        if kind is not Kind.PERSON:
            return None
        return _Candidate(name, Kind.PERSON, surname=run[-1].bare)

    def _description_antecedent(
        self, phrase: Phrase, candidate: _Candidate, position: int
    ) -> Source | None:
        """ "the channel", "the ministry": the latest earlier source of that kind."""
        if self.tokens[phrase.first].lower not in ("the", "this", "that"):
            return None
        kind = lx.KIND_BY_HEAD.get(self.tokens[phrase.head].bare)
        if kind is None or kind is Kind.PERSON:
            return None  # "the commander" may well be someone new
        return self._latest(lambda s: s.kind is kind)

    def _via_source(self, phrase: Phrase, position: int) -> Source | None:
        if phrase.pronoun:
            return None
        if self._is_bare_outlet_noun(phrase):
            # "told the paper": the outlet the article named, else the one publishing it,
            # which carries nothing of its own
            return self._latest(lambda s: s.named and s.kind is Kind.OUTLET)
        return self._merge(self._describe(phrase), position)

    def _names_known_body(self, initials: str) -> bool:
        """Initials the article spelled out or the table knows as a body that may employ a
        spokesperson: never an outlet, which reports ("(AFP) — … a spokesman said"), nor
        capitals that are only a shout ("READ MORE")."""
        if initials in self.entities.acronyms:
            return True
        entry = self._resolve_affiliation(initials)
        return entry is not None and entry.kind not in (Kind.OUTLET, Kind.CHANNEL, Kind.PERSON)

    def _is_bare_outlet_noun(self, phrase: Phrase) -> bool:
        """True for "the paper", "the broadcaster": an outlet by its kind, not its name."""
        words = [t for t in self.tokens[phrase.first : phrase.last] if t.lower not in ("the",)]
        return len(words) == 1 and not words[0].is_capitalised and words[0].bare in lx.OUTLET_NOUNS

    # -- describing a phrase ---------------------------------------------------------------

    def _describe(self, phrase: Phrase) -> _Candidate:
        """Name, kind, table match, class, role and affiliation of a source phrase."""
        tokens = self.tokens
        name = self._name_text(phrase)
        whole = self._text_of(
            phrase.first, phrase.last if phrase.appositive is None else phrase.appositive[0] - 1
        )
        role, country = self._role_and_country(phrase)
        affiliation = self._tokens_text(phrase.affiliation_tokens, strip_possessive=True)
        if phrase.affiliation_tokens is not None and names_region_in_play(
            self.tokens, phrase.affiliation_tokens
        ):
            # "the region's administration": the region in play names it
            affiliation = body_text(self.entities, phrase.affiliation_tokens, phrase.first)
        if affiliation and affiliation.lower().startswith("the "):
            affiliation = affiliation[4:]
        if not self._may_be_body(phrase.affiliation_tokens):
            affiliation = None
        if self._links_to_topic(phrase):
            affiliation = None  # "a source familiar with the plan": a topic, not a body
        if lx.party_of(role) is not None:
            role, affiliation = None, role  # "Jane Roe, a Democrat": her party, not her role
        role, affiliation = _organisation_in_role(role, affiliation)
        role, affiliation = _owner_in_role(role, affiliation)
        role = role or self._role_in_relative_clause(phrase)
        head = tokens[phrase.head]
        if phrase.group:
            # "Riga and its Nordic partners", "reports of …": unnamed, named as written
            group_class = self._classify(whole, head)
            if group_class is not None:
                return _Candidate.vague(group_class, descriptor=whole)
            return _Candidate(whole, Kind.UNKNOWN, named=False)
        named = self._name_in_apposition(phrase)
        if named is not None:
            return named
        holder = self._account_holder(phrase)
        if holder is not None:
            # "Jane Roe's Twitter account posted": her own voice, not a channel of its own
            return self._entity_candidate(holder)
        owner = self._owner_of_document(phrase)
        if owner is not None:
            return self._describe(owner)  # "a poll by the Levada Center": the centre is the source
        party = self._party_speaking(whole)
        if party is not None:
            return party
        office = self._unnamed_office_holder(phrase, whole) or self._post_of_body(phrase, whole)
        if office is not None:
            return office
        if self._is_role_of_organisation(phrase):
            # "a spokesperson for the ministry": an unnamed person speaking for an organisation;
            # "an aide to Chancellor Jane Roe": for the body that person's office belongs to
            affiliation_text, affiliation_entry = self._affiliation_of(None, affiliation, None)
            principal = self._principal(phrase)
            if principal is not None and principal.affiliation:
                affiliation_text = principal.affiliation
                affiliation_entry = principal.affiliation_entry
            class_default = self._classify(whole, head)
            if class_default is not None:  # "a source familiar with the matter"
                return _Candidate.vague(
                    class_default, role, affiliation_text, affiliation_entry, descriptor=whole
                )
            return _Candidate.unnamed_person(
                whole, role, affiliation_text, affiliation_entry, phrase.former
            )
        speaking_country = self._country_speaking(phrase)
        if speaking_country is not None:
            # "Russia says", "Kyiv denied": the country's government speaks.
            government = self._resolve(speaking_country.government)
            if government is not None and government.entry.kind is Kind.OFFICIAL:
                return self._from_entry(government)
            return _Candidate(speaking_country.government, Kind.OFFICIAL)
        has_proper_name = phrase.quoted_name is not None or any(
            _is_proper(tokens[i])
            and not self._capitalised_by_position(tokens[i])
            and not self._qualifies_staff_by_position(i, phrase.head)
            and (i == phrase.head or tokens[i].bare not in lx.CHANNEL_WORDS)
            and (i == phrase.head or demonym_country(tokens[i]) is None)
            for i in range(phrase.name_first, phrase.name_last)
        )
        if not has_proper_name and head.bare in lx.OFFICIAL_WORDS:
            body = self._national_body(phrase, whole)
            if body is not None:
                return body
        name = self._expand_acronym(phrase, name)
        entity = (
            self.entities.person(name)
            if has_proper_name and phrase.quoted_name is None and phrase.head < phrase.name_last
            else None
        )
        if entity is not None:
            name = entity.name
            if entity.current:
                # "Jane Roe, now a fellow at the institute": today's post beats any other
                role, affiliation = entity.role or role, entity.organisation
            else:
                if not role or is_address(role) or is_degree(role):
                    role = entity.role or role  # "envoy" says more than "Gen." or "MD"
                affiliation = affiliation or entity.organisation
            country = country or entity.country
        match = self._resolve(name) if has_proper_name else None
        if match is None and has_proper_name and name != whole and entity is None:
            match = self._resolve(whole)
        if match is None and has_proper_name and entity is None:
            match = self._resolve_national(name)
        if match is None and has_proper_name and entity is None:
            match = self._masthead(phrase, whole)
        if match is not None and entity is None and self._guessed_country(match, name, whole):
            match = self._home_body(name, phrase.first)
        staff = self._staff_of_person(phrase, head, match, entity)
        if staff is not None:
            return staff
        if self._named_group(phrase, head, match):
            # "Young voters", "Market Day organisers": a group the name qualifies, not a person
            group_class = self._classify(whole, head)
            if group_class is not None:
                return _Candidate.vague(group_class, descriptor=whole)
            return _Candidate(whole, Kind.UNKNOWN, named=False)
        near: int | None = None  # the table knows the person: no guessing at their country
        if match is None:
            near = entity.mentions[0] if entity is not None and entity.mentions else phrase.first
        affiliation_text, affiliation_entry = self._affiliation_of(
            role, affiliation, country, near, region_near=phrase.first
        )
        if affiliation_text is None and entity is not None and entity.principal is not None:
            # "the governor's envoy, Jane Roe": the body of the office she serves
            affiliation_text, affiliation_entry = self._principal_body(entity, phrase.first)
        if (
            affiliation_text is None
            and match is None
            and has_proper_name
            and role
            and phrase.affiliation_tokens is None  # "a spokesman for the authority": no body
            and (entity is None or entity.organisation is None)
        ):
            # "Chief Commercial Officer Jane Roe told Reuters": the company the article is about
            affiliation_text = employer_in_play(
                self.entities, role, phrase.first, self._names_known_body
            )
            affiliation_entry = self._resolve_affiliation(affiliation_text)
            long_form = self.entities.acronyms.get(affiliation_text or "")
            if long_form is not None and affiliation_entry is None:
                affiliation_text = f"{long_form} ({affiliation_text})"
        if match is not None and self._staff_after_name(phrase, head, entity):
            # "Senate aides", "Varnex officials": unnamed staff of whoever the name is
            return self._staff_of(match, whole, head)
        if match is not None:
            if match.entry.kind is not Kind.PERSON and entity is None:
                if self._is_staff(head):
                    # "two Senate aides", "a Pentagon official": unnamed staff of the body
                    class_default = self._classify(whole, head) or self._class_by_id(
                        "unnamed-official"
                    )
                    return _Candidate.vague(
                        class_default, None, match.entry.name, match.entry, descriptor=whole
                    )
                return self._from_entry(match, former=phrase.former)  # "Russia's" ministry
            candidate = self._from_entry(
                match, role, affiliation_text, affiliation_entry, phrase.former
            )
            if entity is not None and entity.confirmed:
                candidate.kind = Kind.PERSON  # an individual, whatever the table calls them
            elif match.method == "domain" and "." not in match.query:
                # a masthead's domain rates it; its words say what it is ("the Brennan Center")
                named_kind = _kind_from_words(match.query.casefold().split(), None)
                if named_kind is Kind.THINK_TANK:
                    candidate.kind = named_kind
            return candidate
        class_default = self._classify(whole, head)
        if class_default is not None and _known_only_by_access(whole) and " and " not in whole:
            # "diplomats familiar with the talks"; a pair ("an official and another person
            # familiar with it") keeps the class of its first
            class_default = self._class_by_id("anonymous-source")
        if class_default is not None and (not has_proper_name or _only_adjectives(tokens, phrase)):
            return _Candidate.vague(
                class_default, role, affiliation_text, affiliation_entry, descriptor=whole
            )
        words = [tokens[i].bare for i in self._naming_tokens(phrase)]
        kind = (
            _government_agency(head, words)
            or lx.KIND_BY_HEAD.get(head.bare)
            or self._descriptor_kind(phrase)
            or _kind_from_words(words, role)
        )
        if entity is not None:
            # A surname of someone named in full: the full name decides the kind.
            full = [w.casefold() for w in entity.name.split()]
            kind = Kind.PERSON if entity.confirmed else _kind_from_words(full, role)
            if not entity.confirmed:
                kind = self._descriptor_kind(phrase) or kind
        if phrase.quoted_name is not None and kind is Kind.UNKNOWN:
            kind = Kind.CHANNEL if head.bare in lx.CHANNEL_WORDS else Kind.OUTLET
        if not has_proper_name and head.bare in lx.PERSON_TITLES and not head.bare.endswith("s"):
            # "a defence ministry adviser": a person, affiliated with the body named before
            kind = Kind.PERSON
            if affiliation_text is None:
                affiliation_text = self._body_before_role(phrase)
                in_play = (
                    self._body_in_play(affiliation_text, phrase.first)
                    if _is_bare_body_noun(affiliation_text)
                    else None
                )
                if in_play is not None:
                    # "a ministry spokesperson": the ministry the text named just before
                    affiliation_text, affiliation_entry = in_play
        if (
            not has_proper_name
            and kind in (Kind.PERSON, Kind.UNKNOWN)
            and (
                self._speaks_anonymously(phrase)
                or self._known_only_by_place(phrase)
                or _known_only_by_access(whole)
            )
        ):
            # "a neighbour, speaking on condition of anonymity, said": an anonymous source
            anonymous = self._class_by_id("anonymous-source")
            return _Candidate.vague(
                anonymous, role, affiliation_text, affiliation_entry, descriptor=whole
            )
        if match is None and has_proper_name and self._body_spokesperson(phrase, head, entity):
            # "A Harbour Board spokesperson said": the board speaking, as "the Kremlin" does
            return _Candidate(name, _kind_from_words(name.casefold().split(), None))
        if has_proper_name and self._staff_after_name(phrase, head, entity):
            # "two Senate aides" of a body the table lacks: unnamed staff, not the body
            class_default = self._classify(whole, head) or self._class_by_id("unnamed-official")
            return _Candidate.vague(class_default, None, name, None, descriptor=whole)
        if not has_proper_name and kind is Kind.PERSON and not (role or _heads_a_person(head)):
            kind = Kind.UNKNOWN  # "according to historic voting patterns": no one speaks
        if not has_proper_name:
            return _Candidate(
                whole,
                kind,
                named=False,
                role=role,
                affiliation=affiliation_text,
                affiliation_entry=affiliation_entry,
                former=phrase.former,
            )
        if kind is Kind.OFFICIAL:
            # "the Treasury", "the Environment Agency": a body of the country in play
            affiliation_text, affiliation_entry = self._home_government(name, phrase.first)
        return _Candidate(
            name,
            kind,
            role=role,
            affiliation=affiliation_text if kind in _AFFILIATED_KINDS else None,
            affiliation_entry=affiliation_entry if kind in _AFFILIATED_KINDS else None,
            former=phrase.former,
            surname=entity.surname if entity is not None else tokens[phrase.name_last - 1].bare,
        )

    def _expand_acronym(self, phrase: Phrase, name: str) -> str:
        """ "the Office of Budget Studies (OBS)" and a later "OBS": the name the table knows.

        An acronym in brackets after a name is tried first (tables list acronyms as aliases);
        a bare acronym the text defined stands for its long form when the table lacks it.
        """
        tokens = self.tokens
        if tokens[phrase.last - 1].text == ")" and phrase.last - 3 >= phrase.first:
            acronym = tokens[phrase.last - 2].text
            if acronym.isupper() and tokens[phrase.last - 3].text == "(":
                if self._resolve(acronym) is not None:
                    return acronym
                return self._text_of(phrase.name_first, phrase.last - 3) or name
        long_form = self.entities.acronyms.get(name)
        if long_form is not None and self._resolve(name) is None:
            return long_form
        return name

    def _known_only_by_place(self, phrase: Phrase) -> bool:
        """True for one unnamed person known only by where they are ("a soldier fighting near
        the river", "a neighbour in Oslo"): an anonymous source, not a person's row."""
        tokens = self.tokens
        head = tokens[phrase.head]
        if tokens[phrase.first].lower not in lx.SINGLE_UNNAMED_DETERMINERS:
            return False
        if head.bare.endswith("s") or head.bare in lx.ROLE_NOUNS:
            return False  # a group, or an office whose holder the text may name
        return any(
            tokens[i].lower in lx.LOCATING_PREPOSITIONS for i in range(phrase.head + 1, phrase.last)
        )

    def _speaks_anonymously(self, phrase: Phrase) -> bool:
        """True when the phrase's sentence says the speaker is not named ("on condition of
        anonymity", "asked not to be named")."""
        if not self._sentence_firsts:
            return False
        number = bisect_right(self._sentence_firsts, phrase.first) - 1
        first = self._sentence_firsts[number]
        last = (
            self._sentence_firsts[number + 1]
            if number + 1 < len(self._sentence_firsts)
            else len(self.tokens)
        )
        words = " ".join(self.tokens[i].lower for i in range(first, last))
        return any(marker in words for marker in lx.ANONYMITY_MARKERS)

    def _unnamed_office_holder(self, phrase: Phrase, whole: str) -> _Candidate | None:
        """ "Russia's foreign minister", "the German chancellor", "the UN chief" with nobody in
        play who holds the office: the office speaks, and its body is the source (a former
        holder, unnamed, stays a person of that body).

        The holder of the day is not looked up in the table: the article may be older or
        newer than the table, and the body's rating holds whoever is in office."""
        office = self._office_words(phrase)
        if office is None:
            return None
        words, country, body = office
        if country is None and body is None:
            return None  # "the minister": a back-reference or nobody the text says
        role = " ".join(words)
        if body is not None:
            body = body.upper() if len(body) <= _MAX_INITIALS else body.capitalize()
        affiliation, entry = self._affiliation_of(role, body, country, phrase.first)
        if affiliation is None:
            return None
        former = phrase.former or any(word in lx.FORMER_WORDS for word in words)
        if not former:
            return self._body_speaking(affiliation, entry)
        return _Candidate.unnamed_person(
            whole, " ".join(w for w in words if w not in lx.FORMER_WORDS), affiliation, entry, True
        )

    def _party_speaking(self, whole: str) -> _Candidate | None:
        """ "The Liberal Democrats said", "Republicans said": a party speaking as a body (its
        name or its members' plural and nothing else; "House Republicans" are a group)."""
        text = whole[4:] if whole[:4].casefold() == "the " else whole
        party = lx.party_of(text)
        if party is None and text.casefold() in lx.party_names():
            party = text
        if party is None or lx.party_of(f"{text}s") is not None:
            return None  # "a Democrat said": one member, not the party
        match = self._resolve(party)
        if match is not None and match.entry.kind is not Kind.PERSON:
            return self._from_entry(match)
        return _Candidate(party, Kind.OFFICIAL, role=_PARTY_ROLE)

    def _body_speaking(self, name: str, entry: Entry | None) -> _Candidate:
        """A body as the source, from its name and the entry it resolved to, if any."""
        match = self._resolve(entry.name) if entry is not None else None
        if match is not None and entry is not None and match.entry.id == entry.id:
            return self._from_entry(match)
        return _Candidate(name, Kind.OFFICIAL)

    def _post_of_body(self, phrase: Phrase, whole: str) -> _Candidate | None:
        """ "the ministry's spokesman", "Acme Corp's chief executive", "NATO's secretary-general":
        the unnamed holder of a post of the body the possessive names. The body speaks when
        the text or the table names it (never a person called by its name); else an unnamed
        person in that post. A person's possessive is `_staff_of_person`'s."""
        tokens = self.tokens
        head = tokens[phrase.head]
        if phrase.possessor is None or phrase.appositive is not None or head.is_capitalised:
            return None
        if head.bare not in lx.ROLE_NOUNS and head.bare not in lx.PERSON_TITLES:
            return None
        start, end = phrase.possessor
        if end > phrase.head or any(tokens[i].is_capitalised for i in range(end, phrase.head)):
            return None  # "Roe's envoy Gen Ann Poe": the name after the post speaks
        if head.bare in lx.SPOKESPERSON_WORDS and tokens[start].is_capitalised:
            return None  # "the Harbour Board's spokesman": the board speaking, read as such
        owner = _strip_possessive(self._text_of(start, end))
        country = lx.places().by_name.get(owner.casefold())
        if country is None and not self._names_body(owner):
            return None
        role = self._text_of(end, phrase.head + 1)
        if country is not None:  # "Russia's spokesman": for its government
            affiliation, entry = self._affiliation_of(role, country.government, None, start)
        else:
            affiliation, entry = self._affiliation_of(None, owner, None, start)
        class_default = self._classify(whole, head)
        if class_default is not None:
            return _Candidate.vague(class_default, role, affiliation, entry, descriptor=whole)
        if affiliation is not None and not phrase.former:
            return self._body_speaking(affiliation, entry)  # "the head of Russia's central bank"
        return _Candidate.unnamed_person(whole, role, affiliation, entry, phrase.former)

    def _names_body(self, owner: str) -> bool:
        """True when a possessive's owner is a body: a body's kind ("the ministry"), initials,
        a name that says so ("Acme Corp", "the Interior Ministry") or a body the table knows."""
        if _is_bare_body_noun(owner) or _names_organisation(owner):
            return True
        if self.entities.person(owner) is not None:
            return False
        match = self._resolve(owner)
        return match is not None and match.entry.kind is not Kind.PERSON

    def _staff_of_person(
        self, phrase: Phrase, head: Token, match: Match | None, entity: Entity | None
    ) -> _Candidate | None:
        """ "the president's spokesman", "Roe's aide": someone who works for the person the
        possessive names, unnamed, affiliated with that person's body; never the person."""
        if phrase.possessor != (phrase.name_first, phrase.name_last) or head.is_capitalised:
            return None
        if phrase.appositive is not None or phrase.role_tokens is not None:
            return None  # "Roe's envoy, Gen Ann Poe": the appositive names who speaks
        if head.bare not in lx.ROLE_NOUNS and head.bare not in lx.PERSON_TITLES:
            return None
        name = self._name_text(phrase)
        entity = entity or self.entities.person(name)
        if match is not None:
            is_person = match.entry.kind is Kind.PERSON
        else:
            owner = self.tokens[phrase.name_first]
            is_person = entity is not None or not (
                _names_organisation(name)
                or demonym_country(owner) is not None
                or lx.places().by_name.get(name.casefold()) is not None
            )
        if not is_person:
            return None
        named = self._name_after_role(phrase)
        if named is not None:
            return self._describe(named)  # "Roe's envoy to Moldova, Gen Ann Poe, who …"
        body: Entry | None = None
        if match is not None and match.entry.affiliation and self.table is not None:
            body = self.table.get(match.entry.affiliation)
        affiliation = body.name if body is not None else None
        if affiliation is None and entity is not None:
            affiliation = entity.organisation or entity.name
        return _Candidate.unnamed_person(
            self._text_of(phrase.first, phrase.last),
            head.text,
            affiliation or name,  # "Google's spokesman": speaks for Google
            body,
            former=False,
        )

    def _name_after_role(self, phrase: Phrase) -> Phrase | None:
        """The personal name set off by a comma right after a role phrase ("envoy to Ukraine,
        retired Gen Jane Roe"), when there is one."""
        tokens = self.tokens
        index = phrase.last
        limit = min(len(tokens), index + _ROLE_TAIL_TOKENS)
        while index < limit and tokens[index].text != ",":
            if tokens[index].kind is not TokenKind.WORD:
                return None
            index += 1
        if index >= limit:
            return None
        named = phrase_right(tokens, index + 1, min(len(tokens), index + 1 + _ROLE_TAIL_TOKENS))
        if named is None or named.pronoun or not tokens[named.head].is_capitalised:
            return None
        if self.entities.person(self._name_text(named)) is None:
            return None
        return named

    def _named_group(self, phrase: Phrase, head: Token, match: Match | None) -> bool:
        """True for a lower-case plural of people after capitalised words that are not a
        body ("Young voters", "Market Day organisers", "Roe supporters"): the group speaks."""
        if head.is_capitalised or head.bare not in lx.SOURCE_NOUNS or not head.lower.endswith("s"):
            return False
        if head.bare in lx.STAFF_HEADS | lx.ORGANISATION_WORDS | lx.DOCUMENT_HEADS:
            return False  # staff, bodies and data ("DfE figures") have readings of their own
        if phrase.possessor is not None or phrase.name_last > phrase.head:
            return False
        if match is not None and match.entry.kind is not Kind.PERSON:
            return False  # "Kremlin officials", "Pentagon staff": the body's own people
        naming = range(phrase.name_first, phrase.name_last)
        return any(self.tokens[i].is_capitalised for i in naming) and not any(
            self.tokens[i].bare in lx.ORGANISATION_WORDS
            or demonym_country(self.tokens[i])
            or any(c.isupper() for c in self.tokens[i].text[1:])  # "DfE", "NATO": initials
            for i in naming
        )

    def _staff_after_name(self, phrase: Phrase, head: Token, entity: Entity | None) -> bool:
        """True for "Senate aides", "Varnex officials", "Roe aides": a lower-case staff noun
        after the name of the body or person they serve, not a person the text named in full
        (whose own reading, `_staff_of_person`, comes first)."""
        return (
            self._is_staff(head)
            and phrase.name_last <= phrase.head
            and phrase.possessor is None
            and entity is None
        )

    def _body_spokesperson(self, phrase: Phrase, head: Token, entity: Entity | None) -> bool:
        """True for "a Harbour Board spokesperson": a spokesperson word after a name that says
        it is a body (a person's "a Roe spokesman" is her staff, not her)."""
        if head.is_capitalised or head.bare not in lx.SPOKESPERSON_WORDS or entity is not None:
            return False
        if phrase.name_last > phrase.head or phrase.possessor is not None:
            return False
        name = self._text_of(phrase.name_first, phrase.name_last)
        return _names_organisation(name) and not self.entities.person(name)

    def _staff_of(self, match: Match, whole: str, head: Token) -> _Candidate:
        """The unnamed staff of a body or a person the table knows: a person's staff speak for
        the body of that person's office ("Roe aides": her office)."""
        body: Entry | None = match.entry
        if match.entry.kind is Kind.PERSON:
            office = match.entry.affiliation
            body = self.table.get(office) if self.table is not None and office else None
        class_default = self._classify(whole, head) or self._class_by_id("unnamed-official")
        name = body.name if body is not None else match.entry.name
        return _Candidate.vague(class_default, None, name, body, descriptor=whole)

    @staticmethod
    def _is_staff(head: Token) -> bool:
        """True for a lower-case head naming a body's unnamed staff ("aides", "an official")."""
        return not head.is_capitalised and head.bare in lx.STAFF_HEADS

    def _class_by_id(self, class_id: str) -> ClassDefault:
        found = self.table.class_defaults.get(class_id) if self.table is not None else None
        return found if found is not None else _builtin_class(class_id)

    def _body_before_role(self, phrase: Phrase) -> str | None:
        """ "defence ministry" in "a defence ministry adviser", when it names a body."""
        words = [
            self.tokens[i]
            for i in range(phrase.first, phrase.head)
            if self.tokens[i].lower not in lx.DETERMINERS
        ]
        if not any(t.bare in lx.ORGANISATION_WORDS for t in words):
            return None
        return self.text[words[0].start : words[-1].end]

    def _principal(self, phrase: Phrase) -> _Candidate | None:
        """The named person an unnamed role serves ("an aide to Chancellor Jane Roe")."""
        if phrase.affiliation_tokens is None:
            return None
        first, last = phrase.affiliation_tokens
        inner = phrase_left(self.tokens, last - 1, first)
        if inner is None or inner.pronoun or inner.name_last - inner.name_first < 1:
            return None
        candidate = self._describe(inner)
        return candidate if candidate.kind is Kind.PERSON and candidate.named else None

    def _principal_body(self, entity: Entity, near: int) -> tuple[str | None, Entry | None]:
        """The body of the person (or office) ``entity`` serves: "Jane Roe's envoy" takes
        Roe's body (the table's, else the one her office gives), "the president's envoy" the
        presidency of the country in play."""
        principal = entity.principal
        if principal is None:
            return None, None
        boss = self.entities.person(principal) or self._holder_before(principal, near)
        if boss is None:
            return self._affiliation_of(principal, None, self._home_country(near), near)
        match = self._resolve(boss.name)
        if (
            match is not None
            and match.entry.kind is Kind.PERSON
            and match.entry.affiliation
            and self.table is not None
        ):
            body = self.table.get(match.entry.affiliation)
            if body is not None:
                return body.name, body
        if boss.organisation is None and boss.role is None:
            return None, None
        first = boss.mentions[0] if boss.mentions else near
        return self._affiliation_of(boss.role, boss.organisation, boss.country, first)

    def _body_of_named_person(self, text: str, near: int) -> tuple[str | None, Entry | None] | None:
        """When ``text`` names a person ("Holm", "Prime Minister Anna Berg"), the body
        that person speaks for (the table's, else the one the text gives them); None when it
        names no person."""
        words = text.split()
        for start in range(min(len(words), _MAX_TITLE_WORDS + 1)):
            if start and words[start - 1].casefold().rstrip(".") not in lx.PERSON_TITLES:
                return None  # only a title may stand before the name ("Prime Minister …")
            name = " ".join(words[start:])
            boss = self.entities.person(name)
            match = self._resolve(boss.name if boss is not None else name)
            if match is not None and match.method == "fuzzy" and boss is None:
                # "Holm Group" or a bare "Holm" is no Representative Holm the article
                # never named
                return None
            if match is not None and match.entry.kind is not Kind.PERSON and boss is None:
                return None  # "Holm Group": a body, not a person
            if match is not None and match.entry.kind is Kind.PERSON and self.table is not None:
                body = self.table.get(match.entry.affiliation) if match.entry.affiliation else None
                return (body.name, body) if body is not None else (None, None)
            if boss is not None and boss.confirmed and (boss.organisation or boss.role):
                first = boss.mentions[0] if boss.mentions else near
                served = self._affiliation_of(
                    boss.role, boss.organisation, boss.country, first, through_person=False
                )
                return served if served[0] is not None else None
        return None

    def _holder_before(self, office: str, near: int) -> Entity | None:
        """The person named before token ``near`` who holds ``office`` ("the president")."""
        wanted = office_title(office.casefold().split())
        for entity in self.entities.persons_before(near, confirmed=False):
            role, country = self._office_of_entity(entity)
            if self._holds(role, country, wanted, None):
                return entity
        return None

    def _national_body(self, phrase: Phrase, whole: str) -> _Candidate | None:
        """ "Russia's defence ministry", "the Ukrainian general staff": a country's body,
        named though written in lower case (as the table knows it, when it does)."""
        tokens = self.tokens
        if tokens[phrase.head].bare in lx.CLASS_BY_HEAD:
            return None  # "Russian officials", "Ukrainian authorities": vague
        if not any(
            demonym_country(tokens[i]) is not None and tokens[i].is_capitalised
            for i in range(phrase.first, phrase.head)
        ):
            return None
        name = _descriptor_name(whole)
        match = self._resolve(name)
        if match is not None and match.entry.kind is not Kind.PERSON:
            return self._from_entry(match, former=phrase.former)
        country, rest = self._country_and_rest(phrase)
        if country is None or not rest:
            return _Candidate(name, Kind.OFFICIAL)
        match = self._resolve_national(f"{country.demonym} {rest}")
        if match is not None:
            return self._from_entry(match, former=phrase.former)  # "Ukraine's air force"
        parent = lx.offices().parents.get(rest.casefold())
        if parent is None:
            return _Candidate(name, Kind.OFFICIAL)
        # "Germany's navy": a body within the country's armed forces, rated through them
        within = self._resolve_national(parent.format(country=country.demonym))
        return _Candidate(
            name,
            Kind.OFFICIAL,
            affiliation=within.entry.name if within is not None else None,
            affiliation_entry=within.entry if within is not None else None,
        )

    def _country_and_rest(self, phrase: Phrase) -> tuple[lx.Country | None, str]:
        """The country a body's phrase opens with and the body's own words after it:
        "Russia's embassy" → Russia, "embassy"; "the German navy" → Germany, "navy"."""
        tokens = self.tokens
        for index in range(phrase.first, phrase.head):
            country = demonym_country(tokens[index])
            if country is not None and tokens[index].is_capitalised:
                words = [tokens[i].text for i in range(index + 1, phrase.head + 1)]
                return country, " ".join(words)
        return None, ""

    def _role_and_country(self, phrase: Phrase) -> tuple[str | None, lx.Country | None]:
        """The role words of a phrase without its demonym, and the country the demonym names."""
        country: lx.Country | None = None
        for index in range(phrase.first, phrase.name_first):
            found = demonym_country(self.tokens[index])
            if found is not None and self.tokens[index].is_capitalised:
                country = found
                break
        if phrase.role_tokens is None:
            return None, country
        first, last = phrase.role_tokens
        kept: list[Token] = []
        for token in self.tokens[first:last]:
            if token.lower in ("who", "which", "whose"):
                break  # ", who wrote the measure": a clause about them, not their role
            if is_party_tag(token):
                continue  # "R-Texas": party and state, not a role
            found = demonym_country(token) if token.is_capitalised else None
            if found is None:
                kept.append(token)
            elif country is None:
                country = found  # "a former deputy U.S. trade envoy"
        while kept and (
            kept[0].lower in ("a", "an", "the")
            or kept[0].lower in lx.AGE_WORDS
            or kept[0].lower in lx.NUMBER_WORDS
            or kept[0].kind is not TokenKind.WORD
        ):
            kept = kept[1:]  # "Jane Roe, 42, a teacher": an age is no role; nor is "two"
        if not kept or all(t.lower in lx.ROLELESS_GROUP_HEADS for t in kept):
            return None, country  # "People familiar with it": who they are, not what they do
        while (
            len(kept) > 1
            and kept[-1].bare in lx.ADDRESS_TITLES
            and any(t.bare in lx.ROLE_NOUNS and t.bare not in lx.ADDRESS_TITLES for t in kept)
        ):
            kept = kept[:-1]  # "police spokesman Sgt.": the post, not the rank he is addressed by
        role = _strip_possessive(self.text[kept[0].start : kept[-1].end].strip(" ,"))
        return role or None, country

    def _role_in_relative_clause(self, phrase: Phrase) -> str | None:
        """ "Ann Poe, 34, who lives across the street," is a resident; "…, who saw the crash," a
        witness: the clause right after the name says what she is when nothing else does."""
        tokens = self.tokens
        clause = self._relative_in_appositive(phrase)
        if clause is not None:
            verb = clause + 1  # "Ann Poe, 34, who lives nearby, said"
        elif (
            phrase.last + 2 < len(tokens)
            and tokens[phrase.last].text == ","
            and tokens[phrase.last + 1].lower == "who"
        ):
            verb = phrase.last + 2  # "said Ann Poe, who lives nearby."
        else:
            return None
        if verb >= len(tokens):
            return None
        if tokens[verb].lower in ("has", "have", "had") and verb + 1 < len(tokens):
            verb += 1
        return lx.RELATIVE_CLAUSE_ROLES.get(tokens[verb].lower)

    def _relative_in_appositive(self, phrase: Phrase) -> int | None:
        """Where "who" opens a clause of the phrase's appositive (after an age, perhaps)."""
        if phrase.appositive is None:
            return None
        first, last = phrase.appositive
        for index in range(first, last):
            if self.tokens[index].lower == "who" and (
                index == first or self.tokens[index - 1].text == ","
            ):
                return index
        return None

    def _links_to_topic(self, phrase: Phrase) -> bool:
        """ "familiar with", "briefed on": what follows is a topic, not an affiliation."""
        if phrase.affiliation_tokens is None:
            return False
        first = phrase.affiliation_tokens[0]
        return any(self.tokens[i].lower in lx.TOPIC_LINKS for i in range(max(first - 2, 0), first))

    def _place_after_preposition(self, phrase: Phrase) -> bool:
        """True for a bare country or capital name right after a preposition."""
        first = phrase.first
        before = self.tokens[first - 1].lower if first > 0 else ""
        if before not in lx.PLACE_PREPOSITIONS:
            return False
        words = [t.lower for t in self.tokens[phrase.first : phrase.last]]
        if words and words[0] == "the":
            words = words[1:]
        return lx.places().by_name.get(" ".join(words)) is not None

    def _country_speaking(self, phrase: Phrase) -> lx.Country | None:
        """The country a bare country or capital name stands for ("Russia", "the US", "Kyiv")."""
        words = [
            self.tokens[i]
            for i in range(phrase.first, phrase.last)
            if self.tokens[i].kind is TokenKind.WORD
        ]
        if not words or any(t.is_possessive for t in words):
            return None
        if phrase.first > 0 and self.tokens[phrase.first - 1].lower in lx.PLACE_PREPOSITIONS:
            return None  # "the embassy in London said": London is where, not who
        text = " ".join(t.lower for t in words)
        found = lx.places().by_name.get(text)
        if found is None and words[0].lower == "the":
            found = lx.places().by_name.get(text[4:])
        if found is None and len(words) == 1 and words[0].text.replace(".", "").isupper():
            # a headline's "US urges …", "UK says": the initials alone, never the pronoun "us"
            found = lx.places().by_demonym.get(words[0].lower.replace(".", ""))
        return found

    def _affiliation_of(
        self,
        role: str | None,
        organisation: str | None,
        country: lx.Country | None,
        near: int | None = None,
        *,
        region_near: int | None = None,
        through_person: bool = True,
    ) -> tuple[str | None, Entry | None]:
        """The body a person speaks for, as the text gives it: the organisation it names,
        else the body of their office ("Leeds Mayor" → Leeds city administration); with the
        table entry it resolves to, when there is one."""
        if organisation and through_person:  # once: a boss's own boss is not followed
            served = self._body_of_named_person(organisation, near or region_near or 0)
            if served is not None:
                return served  # "Holm spokesman": the body of the person he serves
        long_form = self.entities.acronyms.get(organisation or "")
        if organisation and long_form is not None and self._resolve(organisation) is None:
            # "an NFP spokeswoman" after "the Nordic Farmers Party (NFP)": the name in full
            organisation = f"{long_form} ({organisation})"
        if organisation is not None and organisation.casefold() in lx.CABINET_NAMES:
            # "Cabinet Minister Tom Reed": the government of his country, as far as it is known
            home = country or (self._home_country(near) if near is not None else None)
            organisation = home.cabinet or home.government if home else GENERIC_CABINET
        if _is_bare_body_noun(organisation):
            in_play = self._body_in_play(organisation, near)
            if in_play is not None:
                return in_play  # "a spokeswoman for the ministry"
            organisation = None  # "a spokesman for the company", no company named: no body
        body = lx.party_of(organisation) or organisation
        if body is None or not (body != organisation or _names_organisation(body)):
            body = office_body(role, organisation, country)
            home = self._home_country(near) if country is None and near is not None else None
            if body in (None, GENERIC_CABINET) and home is not None:
                # "President Jane Roe", "the government spokeswoman" with no country: the
                # country the article is about.
                body = office_body(role, organisation, home) or body
            region_near = near if near is not None else region_near
            if body is None and organisation is None and region_near is not None:
                # "In the Tula region, … local governor Jane Roe said": the region in play.
                body = office_body(role, self._region_near(region_near), country)
            if near is None and body == GENERIC_CABINET:
                body = None  # a person the table knows: their entry names the government
            body = body or organisation
        if not body or (body == organisation and lx.places().by_name.get(body.casefold())):
            return None, None  # "a director for Norway": the post's topic, not a body
        entry = self._resolve_affiliation(body)
        if entry is not None and entry.kind is not Kind.PERSON:
            if _abbreviates(body, entry.name):
                # "CIA" spelled out, with the acronym the article uses kept beside it.
                return f"{entry.name} ({body.replace('.', '')})", entry
            return body, entry
        return body, None

    def _descriptor_kind(self, phrase: Phrase) -> Kind | None:
        """The kind a lower-case descriptor right before a name gives it: "the journal Nature
        Climate Change" is an outlet, "the drugmaker Helix Therapeutics" a company."""
        before = phrase.first - 1
        if before < 0 or self.tokens[before].is_capitalised:
            return None
        kind = lx.KIND_BY_HEAD.get(self.tokens[before].bare)
        return kind if kind is not None and kind is not Kind.PERSON else None

    def _body_in_play(
        self, organisation: str | None, near: int | None = None
    ) -> tuple[str, Entry | None] | None:
        """The body a bare definite description points back to: "the ministry", "the
        authority" named earlier in the same sentence ("Moldova's foreign ministry summoned
        the envoy, the ministry's spokesperson said"), else the latest named ministry or
        authority the article made speak."""
        head = (organisation or "").split()[-1].casefold()
        named = self._named_earlier_in_sentence(head, near) if near is not None else None
        if named is not None:
            return named
        latest = self._latest(
            lambda s: s.named and s.kind is not Kind.PERSON and head in s.name.casefold().split()
        )
        kind = lx.KIND_BY_HEAD.get(head)
        if latest is None and kind in _KINDS_NAMED_BY_KIND:
            # "the think tank's director" after the Institute for Fiscal Studies spoke
            latest = self._latest(lambda s: s.named and s.kind is kind)
        return (latest.name, latest.entry) if latest is not None else None

    def _named_earlier_in_sentence(self, head: str, near: int) -> tuple[str, Entry | None] | None:
        """The last body before token ``near`` in its sentence whose phrase has ``head`` as its
        head noun and names it ("Moldova's foreign ministry", "the Harbour Authority")."""
        number = bisect_right(self._sentence_firsts, near) - 1
        first = self._sentence_firsts[number] if number >= 0 else 0
        for index in range(near - 1, first - 1, -1):
            if self.tokens[index].bare != head:
                continue
            phrase = phrase_left(self.tokens, index, first)
            if phrase is None or phrase.pronoun:
                continue
            if not any(self.tokens[i].is_capitalised for i in range(phrase.first, phrase.last)):
                continue  # "the ministry" alone names nothing
            candidate = self._describe(phrase)
            if candidate.named and candidate.kind is not Kind.PERSON:
                entry = candidate.match.entry if candidate.match is not None else None
                return candidate.name, entry
        return None

    def _from_entry(
        self,
        match: Match,
        role: str | None = None,
        affiliation: str | None = None,
        affiliation_entry: Entry | None = None,
        former: bool = False,
    ) -> _Candidate:
        entry = match.entry
        if affiliation_entry is None and entry.affiliation and self.table is not None:
            affiliation_entry = self.table.get(entry.affiliation)
            affiliation = affiliation or (affiliation_entry.name if affiliation_entry else None)
        shown = _spelled_as_written(entry.name, match.query)
        if match.method == "domain" and "." not in match.query and entry.name == match.matched:
            shown = match.query  # "The Lancet", not its domain
        return _Candidate(
            shown,
            entry.kind,
            match=match,
            role=role or entry.role,
            affiliation=affiliation,
            affiliation_entry=affiliation_entry,
            former=former,
        )

    def _resolve(self, name: str) -> Match | None:
        """The table's match for a name, asked once per article (phrases are described
        several times: to test a carrier, a person, then as the source)."""
        if self.table is None or not name.strip():
            return None
        if name not in self._resolved:
            self._resolved[name] = self.table.resolve(name)
        return self._resolved[name]

    def _home_government(self, name: str, near: int) -> tuple[str | None, Entry | None]:
        """The government of the country the article is about, for a body whose name is only
        its portfolio and kind ("Treasury", "Home Office", "Environment Agency"): a national
        body of that country, rated through its government. Nothing for a name with anything
        else in it ("Springfield Police Department" is a town's)."""
        words = _drop_article(name)
        if not words or not all(
            w in lx.ORGANISATION_WORDS or w in lx.PORTFOLIO_WORDS
            for w in words.casefold().replace("-", " ").split()
        ):
            return None, None
        home = self._home_country(near)
        government = self._resolve(home.government) if home is not None else None
        if government is None or government.entry.kind is not Kind.OFFICIAL:
            return None, None
        return government.entry.name, government.entry

    def _masthead(self, phrase: Phrase, whole: str) -> Match | None:
        """An outlet the table knows by its domain only, named by its masthead ("The Lancet",
        "Mother Jones"); never a phrase that opens with a given name ("Mike Reed" may own
        mikereed.com, but the text speaks of him)."""
        resolve = getattr(self.table, "resolve_masthead", None)
        first = self.tokens[phrase.name_first]
        if resolve is None or first.bare in lx.given_names() or first.names_person:
            return None
        text = self._text_of(phrase.name_first, phrase.name_last)
        words = [w for w in text.split() if w.casefold() != "the"]
        masthead_the = self._capital_the_before(phrase.name_first)
        if masthead_the and not text.startswith("The "):
            text = f"The {text}"
        if len(words) == 1 and not (_is_brand_word(words[0]) or masthead_the):
            return None  # "Union", "People", "Syracuse": a word or a place before a domain
        match: Match | None = resolve(text)
        return match

    def _capital_the_before(self, index: int) -> bool:
        """True for "The" capitalised inside a sentence right before ``index`` (or opening
        the name there): part of a masthead ("published in The Lancet")."""
        tokens = self.tokens
        at = index if tokens[index].text == "The" else index - 1
        if at < 0 or tokens[at].text != "The":
            return False
        before = last_visible(self.text, tokens[at].start)
        return bool(before) and before not in _SENTENCE_ENDS

    def _resolve_national(self, name: str) -> Match | None:
        """A country's body written with its demonym, as the table names it otherwise:
        "Ukrainian Defense Intelligence" is "Defence Intelligence of Ukraine", "Ukrainian GUR"
        the GUR of Ukraine (never another country's body of that name)."""
        demonym, _, rest = name.partition(" ")
        country = lx.places().by_demonym.get(demonym.casefold().replace(".", ""))
        if country is None or not rest:
            return None
        if rest.casefold() in lx.ORGANISATION_WORDS and not rest.isupper():
            return None  # "Ukrainian Ministry" is not every ministry the table calls "Ministry"
        for form in (name, rest, f"{rest} of {country.name}", f"{rest} of the {country.name}"):
            for spelling in dict.fromkeys(_spellings(form)):
                match = self._resolve(spelling)
                if (
                    match is not None
                    and match.method != "fuzzy"
                    and match.entry.country == country.code
                    and match.entry.kind is not Kind.PERSON
                ):
                    return match
        return None

    def _guessed_country(self, match: Match, name: str, whole: str) -> bool:
        """True when a loose match gave a country's body to a name that names no country
        ("the Foreign Ministry" is not the UK's only because the table spells it so)."""
        if match.method != "fuzzy" or not match.entry.country:
            return False
        places = lx.places()
        words = [_strip_possessive(w).casefold() for w in whole.replace(".", "").split()]
        # "Russias": a possessive whose apostrophe the scraper lost still names the country
        forms = [*words, *(w[:-1] for w in words if w.endswith("s"))]
        return not any(places.by_demonym.get(w) or places.by_name.get(w) for w in forms)

    def _home_body(self, name: str, near: int) -> Match | None:
        """A body named without its country ("the Foreign Ministry"), as the body of the
        country the article is about, when the article is about one; else no table entry."""
        countries = set(self._countries_in(*self._sentence_around(near)))
        country = countries.pop() if len(countries) == 1 else self._home_country(near)
        if country is None:
            return None
        national = f"{country.demonym} {_drop_article(name) or name}"
        found = self._resolve(national)
        if found is not None and found.entry.country == country.code:
            return found
        return self._resolve_national(national)

    def _sentence_around(self, near: int) -> tuple[int, int]:
        """The token range of the sentence that holds token ``near``."""
        position = bisect_right(self._sentence_firsts, near) - 1
        first = self._sentence_firsts[position] if position >= 0 else 0
        following = self._sentence_firsts[position + 1 : position + 2]
        return first, following[0] if following else len(self.tokens)

    def _resolve_affiliation(self, affiliation: str | None) -> Entry | None:
        if not affiliation:
            return None
        match = self._resolve(affiliation)
        if match is None or (
            match.method == "fuzzy" and match.similarity < _AFFILIATION_SIMILARITY
        ):
            return None  # "Foreign Ministry" is not every country's foreign ministry
        return match.entry

    def _classify(self, phrase_text: str, head: Token) -> ClassDefault | None:
        if self.table is not None:
            found = self._classified_phrase(phrase_text)
            if found is not None:
                return found
        class_id = lx.CLASS_BY_HEAD.get(head.bare)
        if class_id is None:
            return None
        if class_id == "reports" and "russian" in phrase_text.casefold():
            class_id = "russian-media"
        if self.table is not None:
            return self.table.class_defaults.get(class_id)
        return _builtin_class(class_id)

    def _classified_phrase(self, phrase_text: str) -> ClassDefault | None:
        """The table's class for a phrase, asked once per article (the table reads every
        class phrase to answer, and a long article repeats its descriptions)."""
        assert self.table is not None
        if phrase_text not in self._classes:
            self._classes[phrase_text] = self.table.classify_phrase(phrase_text)
        return self._classes[phrase_text]

    def _may_be_body(self, part: tuple[int, int] | None) -> bool:
        """False for words that cannot name the body a person speaks for: where they come
        from ("a teacher from Leeds"), or a common word capitalised by the sentence
        ("Drone expert Jane Roe") that names no organisation the table or the text knows."""
        if part is None:
            return True
        first, last = part
        tokens = self.tokens
        if first > 0 and tokens[first - 1].lower == "from":
            return _names_organisation(self._text_of(first, last))
        if last - first != 1:
            return True
        word = _strip_possessive(tokens[first].text)
        at = bisect_left(self._sentence_firsts, first)
        opens_sentence = at < len(self._sentence_firsts) and self._sentence_firsts[at] == first
        return not (
            opens_sentence
            and not _names_organisation(word)
            and lx.party_of(word) is None
            and self._resolve(word) is None
        )

    def _name_in_apposition(self, phrase: Phrase) -> _Candidate | None:
        """ "his father, Colin": the person the appositive names, with the relation as her
        role and no affiliation (a relative or a neighbour speaks for no body)."""
        tokens = self.tokens
        head = tokens[phrase.head]
        if phrase.role_tokens is None or head.is_capitalised or head.bare not in lx.SOURCE_NOUNS:
            return None
        first, last = phrase.role_tokens
        while first < last - 1 and (
            tokens[first].lower in lx.TITLE_MODIFIERS
            or is_title(tokens[first])
            or tokens[first].kind is not TokenKind.WORD
            or tokens[first].lower in lx.AGE_WORDS
        ):
            first += 1  # "the envoy, retired Gen Jane Roe", "a strategist, 37-year-old Ann Poe"
        words = [tokens[i] for i in range(first, last)]
        if not words or not all(
            t.is_capitalised and t.kind is TokenKind.WORD and not is_title(t) for t in words
        ):
            return None
        name = self._text_of(first, last)
        medium_kind = lx.KIND_BY_HEAD.get(head.bare)
        if medium_kind is not None and medium_kind is not Kind.PERSON:
            # "another channel, Two Majors": the channel the appositive names speaks
            match = self._resolve(name)
            return self._from_entry(match) if match is not None else _Candidate(name, medium_kind)
        if any(t.bare in lx.ORGANISATION_WORDS or demonym_country(t) for t in words):
            return None
        entity = self.entities.person(name)
        if entity is None and len(words) == 1:
            entity = self.entities.person_by_given_name(name)
        if entity is None and words[0].bare not in lx.given_names():
            return None
        relation = self._text_of(phrase.head, phrase.head + 1)
        if entity is not None:
            candidate = self._entity_candidate(entity)
            candidate.role = candidate.role or relation
            return candidate
        return _Candidate(name, Kind.PERSON, role=relation, surname=words[-1].bare)

    def _account_holder(self, phrase: Phrase) -> Entity | None:
        """The person whose own account a phrase names ("Roe's Twitter account", "Roes
        Telegram channel" with the apostrophe lost): the first word is their surname."""
        tokens = self.tokens
        if phrase.pronoun or tokens[phrase.head].bare not in lx.CHANNEL_WORDS:
            return None
        owner = tokens[phrase.first]
        if owner.lower in lx.DETERMINERS:
            if phrase.first + 1 >= phrase.head:
                return None
            owner = tokens[phrase.first + 1]
        if not owner.is_capitalised:
            return None
        word = owner.bare
        if not owner.is_possessive and word.endswith("s"):
            word = word[:-1]  # "Roes Twitter": a possessive whose apostrophe was lost
        entity = self.entities.person(word)
        return entity if entity is not None and entity.confirmed else None

    def _owner_of_document(self, phrase: Phrase) -> Phrase | None:
        """The organisation behind "a poll by X" or "X's data", as a phrase of its own."""
        if self.tokens[phrase.head].bare not in lx.DOCUMENT_HEADS or phrase.pronoun:
            return None
        part = phrase.affiliation_tokens or phrase.possessor or self._named_after_from(phrase)
        if part is None:
            return None
        first, last = part
        if first < last and self.tokens[first].lower == "the":
            first += 1
        if first >= last:
            return None
        return Phrase(first, last, last - 1, first, last)

    def _named_after_from(self, phrase: Phrase) -> tuple[int, int] | None:
        """ "images from NASA's fire-monitoring system", "data from the shipping tracker
        MarineTraffic": the first capitalised name after "from" or "by" in the phrase."""
        tokens = self.tokens
        link = next(
            (i for i in range(phrase.first, phrase.last - 1) if tokens[i].lower in ("from", "by")),
            None,
        )
        if link is None:
            return None
        index = link + 1
        while index < phrase.last and not tokens[index].is_capitalised:
            if tokens[index].kind is not TokenKind.WORD:
                return None
            index += 1
        first = index
        while index < phrase.last and tokens[index].is_capitalised:
            index += 1
            if tokens[index - 1].is_possessive:
                break  # "NASA's FIRMS system": NASA owns it
        return (first, index) if first < index else None

    def _is_role_of_organisation(self, phrase: Phrase) -> bool:
        """ "a spokesperson for the Kremlin" (no person's name of its own)."""
        if phrase.affiliation_tokens is None or phrase.pronoun:
            return False
        if self.tokens[phrase.head].bare not in lx.ROLE_NOUNS:
            return False
        start, end = phrase.affiliation_tokens
        return start <= phrase.name_first and phrase.name_last <= end

    def _naming_tokens(self, phrase: Phrase) -> list[int]:
        """Token indices that name the source or its role, not its organisation."""
        skip: set[int] = set()
        for part in (phrase.affiliation_tokens, phrase.possessor):
            if part is not None:
                skip.update(range(*part))
        end = phrase.last if phrase.appositive is None else phrase.appositive[0] - 1
        if phrase.appositive is not None and phrase.name_first >= phrase.appositive[0]:
            end = phrase.last  # the appositive holds the name itself
        return [i for i in range(phrase.first, end) if i not in skip]

    def _capitalised_by_position(self, token: Token) -> bool:
        """A common word capitalised only because it opens a sentence ("Military bloggers",
        "Separate statistics"): a known common word, or one the article also writes in lower
        case, or an adjective the table does not know."""
        before = last_visible(self.text, token.start)  # no copy: a long line stays linear
        if (before and before not in _SENTENCE_ENDS) or token.names_person:
            return False
        if token.lower in _COMMON_WORDS or token.lower in self._lower_case_words():
            return True
        return (
            token.lower.endswith(lx.ADJECTIVE_ENDINGS)
            and self._resolve(token.text) is None
            # "Halsted said", "Brenning said": a name the article also capitalises mid-sentence
            and token.text not in self._capitalised_mid_sentence()
        )

    def _qualifies_staff_by_position(self, index: int, head: int) -> bool:
        """ "Election officials", "Border workers" opening a sentence: a common word that says
        which staff, capitalised by its place; a name the table, the text or the given-name
        list knows ("Pentagon officials", "Roe aides") stays a name."""
        token, staff = self.tokens[index], self.tokens[head]
        if head != index + 1 or staff.is_capitalised or staff.bare not in lx.GROUP_STAFF_HEADS:
            return False
        if token.is_possessive or token.names_person or token.bare in lx.given_names():
            return False
        before = last_visible(self.text, token.start)
        if before and before not in _SENTENCE_ENDS:
            return False
        return (
            not _is_acronym(token)
            and self._resolve(token.text) is None
            and token.text not in self._capitalised_mid_sentence()
        )

    def _home_country(self, near: int) -> lx.Country | None:
        """The country the article is about: the one named most (or its people or capital),
        when it leads every other ``_HOME_COUNTRY_LEAD`` times over or the sentence around
        token ``near`` names it too; else None."""
        if self._home is None:
            counts = Counter(self._countries_in(0, len(self.tokens)))
            ranked = counts.most_common(2)
            tied = len(ranked) == 2 and ranked[0][1] == ranked[1][1]
            self._home = (
                ranked[0][0] if ranked and not tied else None,
                ranked[:1] == ranked or (ranked[0][1] >= _HOME_COUNTRY_LEAD * ranked[1][1]),
            )
        leader, plain = self._home
        if leader is None or plain:
            return leader
        position = bisect_right(self._sentence_firsts, near) - 1
        first = self._sentence_firsts[position] if position >= 0 else 0
        following = self._sentence_firsts[position + 1 : position + 2]
        last = following[0] if following else len(self.tokens)
        return leader if leader in self._countries_in(first, last) else None

    def _region_near(self, near: int) -> str | None:
        """The region the sentence around token ``near`` names ("the Tula region", "Kharkiv
        oblast"), by the capitalised word before its region noun."""
        tokens = self.tokens
        position = bisect_right(self._sentence_firsts, near) - 1
        first = self._sentence_firsts[position] if position >= 0 else 0
        for index in range(first + 1, min(near + 1, len(tokens))):
            previous = tokens[index - 1]
            if (
                tokens[index].bare in lx.REGION_NOUNS
                and previous.is_capitalised
                and demonym_country(previous) is None
            ):
                return _strip_possessive(previous.text)
        return None

    def _countries_in(self, first: int, last: int) -> tuple[lx.Country, ...]:
        """The countries tokens ``first``..``last`` name by name, demonym or capital (read
        once per range: the same sentence is asked about for each of its speakers)."""
        known = self._countries.get((first, last))
        if known is not None:
            return known
        places = lx.places()
        by_demonym, by_name = places.by_demonym.get, places.by_name.get
        found: list[lx.Country] = []
        for token in self.tokens[first:last]:
            if token.is_capitalised:  # only a word is capitalised
                key = token.bare.replace(".", "")
                country = by_demonym(key) or by_name(key)
                if country is not None:
                    found.append(country)
        known = self._countries[(first, last)] = tuple(found)
        return known

    def _capitalised_mid_sentence(self) -> frozenset[str]:
        """Every capitalised word the article writes mid-sentence (read once, on first need)."""
        if self._mid_sentence_words is None:
            self._mid_sentence_words = frozenset(
                t.text
                for t in self.tokens
                if t.kind is TokenKind.WORD
                and t.is_capitalised
                and last_visible(self.text, t.start) not in ("", *_SENTENCE_ENDS)
            )
        return self._mid_sentence_words

    def _lower_case_words(self) -> frozenset[str]:
        """Every word the article writes in lower case (read once, on first need)."""
        if self._lower_words is None:
            self._lower_words = frozenset(
                t.text for t in self.tokens if t.kind is TokenKind.WORD and t.text.islower()
            )
        return self._lower_words

    def _name_text(self, phrase: Phrase) -> str:
        if phrase.quoted_name is not None:
            start, end = phrase.quoted_name
            return self.text[start:end].strip()
        first = phrase.name_first
        if self._possessor_in_name(phrase):
            first = phrase.possessor[0] if phrase.possessor is not None else first
        text = self._text_of(first, phrase.name_last)
        return _strip_possessive(text)

    def _possessor_in_name(self, phrase: Phrase) -> bool:
        """True for "Alzheimer's Association", "King's College": a possessive that is part
        of a body's own name, not the body's owner (a country, a person, a known body)."""
        if phrase.possessor is None or phrase.possessor[1] != phrase.name_first:
            return False
        first, last = phrase.possessor
        name = range(phrase.name_first, phrase.name_last)
        if last - first != 1 or not any(
            self.tokens[i].is_capitalised and self.tokens[i].bare in lx.ORGANISATION_WORDS
            for i in name
        ):
            return False
        owner = self.tokens[first]
        word = _strip_possessive(owner.text)
        return (
            demonym_country(owner) is None
            and lx.places().by_name.get(word.casefold()) is None
            and self.entities.person(word) is None
            and self._resolve(word) is None
        )

    def _text_of(self, first: int, last: int) -> str:
        if last <= first:
            return ""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def _tokens_text(
        self, tokens: tuple[int, int] | None, *, strip_possessive: bool = False
    ) -> str | None:
        if tokens is None:
            return None
        text = self._text_of(*tokens).strip(" ,")
        if strip_possessive:
            text = _strip_possessive(text)
        return text or None

    def _phrase_span(self, phrase: Phrase) -> Span:
        return self.index.span(self.tokens[phrase.first].start, self.tokens[phrase.last - 1].end)


#: How many title words may stand before a name given as a body ("Prime Minister Anna Berg").
_MAX_TITLE_WORDS = 3


def _spelled_as_written(name: str, written: str) -> str:
    """The table's name with the accents the article writes: "Andrej Babiš" for an entry
    spelled "Andrej Babis" (a record without diacritics), never another spelling."""
    written = " ".join(written.split())
    if name.isascii() and not written.isascii() and _without_accents(written) == name:
        return written
    return name


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _is_bare_body_noun(organisation: str | None) -> bool:
    """True for "ministry", "authority", "the institute": a body's kind, not its name."""
    words = (organisation or "").split()
    if not words or len(words) > 2 or any(word[:1].isupper() for word in words):
        return False
    kind = lx.KIND_BY_HEAD.get(words[-1].casefold())
    return kind is not None and kind is not Kind.PERSON


def _builtin_class(class_id: str) -> ClassDefault:
    """A class for vague sources when no table is given (or the table lacks it): unrated."""
    return ClassDefault(class_id, class_id.replace("-", " "), (), None, "Not in the table.")


#: British and American spellings of words in the names of bodies.
_SPELLINGS = (("Defense", "Defence"), ("Center", "Centre"), ("Organization", "Organisation"))


def _spellings(name: str) -> list[str]:
    """The name and its other-side-of-the-Atlantic spelling ("Defense" ↔ "Defence")."""
    other = name
    for american, british in _SPELLINGS:
        if american in other:
            other = other.replace(american, british)
        elif british in other:
            other = other.replace(british, american)
    return [name, other]


def _abbreviates(short: str, name: str) -> bool:
    """True when ``short`` is the initials of ``name``'s capitalised words ("U.N." of "United
    Nations", "CEPA" of "Center for European Policy Analysis"; never "BERLIN" of a government)."""
    letters = short.replace(".", "").strip()
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return len(letters) > 1 and letters.isupper() and letters == initials


def _government_agency(head: Token, words: list[str]) -> Kind | None:
    """ "the Environment Agency", "the Food Standards Agency": a public body, where a lower-case
    "agency" or a news agency's name ("Xinhua News Agency") is an outlet."""
    if head.bare != "agency" or not head.is_capitalised or len(words) < 2:
        return None
    return None if set(words) & lx.NEWS_AGENCY_WORDS else Kind.OFFICIAL


def _known_only_by_access(whole: str) -> bool:
    """ "diplomats familiar with the talks", "officials briefed on the plan": people the text
    knows only by what they have access to, the mark of an anonymous source."""
    text = f" {whole.casefold()} "
    return any(f" {link} " in text for link in lx.ACCESS_LINKS)


def _is_brand_word(word: str) -> bool:
    """ "MSNBC", "InsideSources": initials or inner capitals, which no common word has."""
    letters = _strip_possessive(word)
    return len(letters) > 1 and (letters.isupper() or any(c.isupper() for c in letters[1:]))


def _drop_article(text: str) -> str | None:
    words = text.split(maxsplit=1)
    if words and words[0].lower() in ("a", "an", "the") and len(words) > 1:
        return words[1]
    return text or None


#: The endings of a possessive, the longer before the shorter.
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def _strip_possessive(text: str) -> str:
    if not text.endswith(_POSSESSIVE_ENDINGS):
        return text  # most words: one test, not four
    for ending in _POSSESSIVE_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _is_proper(token: Token) -> bool:
    """A word that makes a phrase name someone ("Rybar"), unlike "Russian" or "Z-channel"."""
    if token.kind is TokenKind.HANDLE:
        return True
    if "-" in token.bare:
        first, _, rest = token.bare.partition("-")
        if first in lx.STANCE_PREFIXES or rest.endswith(lx.COMPOUND_ADJECTIVE_ENDINGS):
            return False  # "Kremlin-affiliated", "Pro-Russia": a modifier, not a name
        if token.text.rsplit("-", 1)[-1][:1].islower():
            return False  # "Open-source", "Long-range": a compound, unlike "Coca-Cola"
    if token.bare in lx.GENERIC_MEDIA_WORDS:
        return False  # "Russian state TV" is a kind of outlet, not a name
    return token.is_capitalised and not is_demonym(token) and token.bare not in lx.CLASS_BY_HEAD


def _names_a_date(name: str) -> bool:
    """True for a name made of month or weekday words ("Januarys", "Monday's")."""
    words = [_strip_possessive(w).casefold().rstrip(".") for w in name.split()]
    return bool(words) and all(
        w in lx.CALENDAR_WORDS or (w.endswith("s") and w[:-1] in lx.CALENDAR_WORDS) for w in words
    )


def _organisation_in_role(
    role: str | None, affiliation: str | None
) -> tuple[str | None, str | None]:
    """The body a role names inside itself, when the text gives none or only a place.

    "a University of Leeds professor" reads as role "University" of "Leeds professor": the
    body is "University of Leeds" and the role "professor". "a former CIA analyst and director
    for Norway" names the CIA; Norway is the topic of a post, not a body.
    """
    if role is None or _is_postnominal(role):
        return role, affiliation  # "MD, PhD": capitals, but letters, not a body's initials
    if affiliation is not None and role[:1].isupper():
        *body_words, last = affiliation.split()
        if body_words and last.islower() and last.casefold() in _ROLE_WORDS:
            return last, f"{role} of {' '.join(body_words)}"
    if affiliation is not None and lx.places().by_name.get(affiliation.casefold()) is None:
        return role, affiliation
    body = _capitalised_body(role)
    return (role, body) if body is not None else (role, affiliation)


_ROLE_WORDS = lx.PERSON_TITLES | lx.ROLE_NOUNS


def _owner_in_role(role: str | None, affiliation: str | None) -> tuple[str | None, str | None]:
    """ "the think tank's director", "the company's founder": the post, and the body's kind as
    the affiliation (which the body in play then names), when the text gives no other."""
    if role is None or affiliation is not None:
        return role, affiliation
    for mark in ("'s ", "’s "):
        owner, found, post = role.partition(mark)
        if found and post and _is_bare_body_noun(owner):
            return post, owner
    return role, affiliation


def _is_postnominal(role: str) -> bool:
    """True when a role is only degrees and honours ("MD, PhD", "Ph.D.")."""
    return all(
        word.replace(".", "").strip(",").casefold() in lx.POSTNOMINALS for word in role.split()
    )


def _capitalised_body(text: str) -> str | None:
    """The first run of capitalised words in ``text`` that names an organisation."""
    run: list[str] = []
    split = text.split()
    for index, word in enumerate([*split, ""]):
        if word[:1].isupper():
            run.append(word)
            continue
        if run and word in ("of", "for") and split[index + 1 : index + 2] != [""]:
            following = split[index + 1] if index + 1 < len(split) else ""
            if following[:1].isupper():
                run.append(word)  # "University of Leeds professor": one name
                continue
        while run and run[-1].casefold().rstrip(".") in _ROLE_WORDS:
            run.pop()  # "Harbour Board Chairman": the board; "Press Secretary": a title
        while run and run[0].casefold() in lx.TITLE_MODIFIERS:
            run.pop(0)  # "Deputy Press Secretary": still a title
        if run and run[0].casefold().rstrip(".") in _ROLE_WORDS:
            run = []  # "Secretary of State for Defence": a title with its portfolio
        words = " ".join(run)
        if run and _names_organisation(words) and not _only_a_body_kind(run):
            return words
        run = []
    return None


def _only_a_body_kind(words: list[str]) -> bool:
    """ "Press", "Council": one word that says what kind of body, never which one (initials
    such as "NATO" name one)."""
    if len(words) != 1 or words[0].isupper():
        return False
    return words[0].casefold() in lx.ORGANISATION_WORDS


def _is_acronym(token: Token) -> bool:
    """ "UN", "U.N.", "NATO": a body's initials."""
    letters = token.text.replace(".", "")
    return token.kind is TokenKind.WORD and len(letters) > 1 and letters.isupper()


def _only_adjectives(tokens: list[Token], phrase: Phrase) -> bool:
    """True when every capitalised word of the phrase is a demonym ("Russian officials")."""
    return not any(_is_proper(tokens[i]) for i in range(phrase.first, phrase.last))


def _heads_a_person(head: Token) -> bool:
    """True for a noun that names a person or people ("resident", "officials", "a mother")."""
    word = head.bare
    if word in lx.DOCUMENT_HEADS:
        return False  # "recent polling data", "the records"
    singular = word[:-1] if word.endswith("s") else word
    return any(
        form in lx.PERSON_TITLES
        or form in lx.ROLE_NOUNS
        or form in lx.SOURCE_NOUNS
        or lx.KIND_BY_HEAD.get(form) is Kind.PERSON
        for form in (word, singular)
    )


def _kind_from_words(words: list[str], role: str | None) -> Kind:
    """Guess a kind from the words of a name and the role the text gives."""
    vocabulary = set(words)
    if len(words) == 1 and words[0] in lx.PLATFORM_NAMES:
        return Kind.OFFICIAL  # "Twitter said": the company speaks, not a channel on it
    if vocabulary & lx.CHANNEL_WORDS:
        return Kind.CHANNEL
    if vocabulary & {"institute", "center", "centre", "endowment", "foundation", "tank"}:
        return Kind.THINK_TANK
    if vocabulary & lx.OUTLET_WORDS:
        return Kind.OUTLET
    if vocabulary & (lx.OFFICIAL_WORDS | lx.COMPANY_AND_PARTY_WORDS):
        return Kind.OFFICIAL
    if vocabulary & lx.PERSON_TITLES or role:
        return Kind.PERSON
    if vocabulary & lx.THINK_TANK_WORDS:
        return Kind.THINK_TANK
    name_words = [w for w in words if w not in lx.DETERMINERS]
    if 2 <= len(name_words) <= 4:
        return Kind.PERSON
    return Kind.UNKNOWN


def _names_organisation(text: str) -> bool:
    """True when a name says it is an organisation ("European Council", "UN"), not a place."""
    return any(
        word.casefold() in lx.ORGANISATION_WORDS or (word.isupper() and len(word) > 1)
        for word in text.replace("-", " ").split()
    )


def descriptor_key(descriptor: str) -> str:
    """The key under which mentions of one vague descriptor meet.

    "A Russian milblogger", "another Russian milblogger" and "Russian milbloggers" share
    one key; "Kremlin-affiliated milbloggers" has another.
    """
    words = [_strip_possessive(w) for w in descriptor.casefold().split()]
    while len(words) > 1 and words[0] in lx.DESCRIPTOR_QUANTIFIERS:
        words = words[1:]
    if words:
        last = words[-1]
        if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
            words[-1] = last[:-1]
    return " ".join(words)


def _descriptor_name(descriptor: str) -> str:
    """A vague source's name: its descriptor without a leading article ("Russian milbloggers")."""
    words = descriptor.split(maxsplit=1)
    if len(words) == 2 and words[0].casefold() in ("a", "an", "the", "another"):
        return words[1]
    return descriptor


def _same_body(organisation: str | None, body: str | None) -> bool:
    """True when the office phrase names no body, or the person's organisation has its word
    ("UN chief" and "U.N. Secretary-General"; never "UN chief" and a president of no body)."""
    if body is None:
        return True
    if organisation is None:
        return False
    words = organisation.replace(".", "").split()
    if body.casefold() in (w.casefold() for w in words):
        return True
    # "UN chief" and "United Nations chief Jane Roe": the body written out in full
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(body) > 1 and initials.casefold() == body.casefold()
