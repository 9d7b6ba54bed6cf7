"""Index every named person in an article before attributions are resolved.

A news story introduces a person once ("Hungarian Foreign Minister Jane Roe") and then
says "Roe", "Ms Roe" or "the foreign minister". This module reads every capitalised run
of the text, splits titles and honorifics off a personal name (they become the role), keeps
what the text says about the person (office, country, organisation, sex) and answers the
questions coreference asks: whose surname is this, who holds that office, who could "she"
be. It also records acronyms the text defines ("the Office of Budget Studies (OBS)").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from srccheck.detect import lexicon as lx
from srccheck.detect.tokens import Sentence, Token, TokenKind

#: How far back (in tokens) a pronoun or a role phrase looks for the person it refers to.
PRONOUN_WINDOW_TOKENS = 400
#: How far ahead (in tokens) a role phrase looks for the person it names.
LOOKAHEAD_TOKENS = 400
#: How far ahead a role phrase in the headline looks: captions, share buttons and a byline
#: often stand between a headline's "UN chief" and the first paragraph that names her.
HEADLINE_LOOKAHEAD_TOKENS = 1500
#: The longest long form of an acronym the text defines, in tokens.
ACRONYM_LONG_FORM_TOKENS = 10
#: How far after a mention a he/she tells the person's sex.
PRONOUN_AFTER_MENTION_TOKENS = 25
#: A personal name has at most this many words ("K V Arun Mohan Pillai").
MAX_NAME_WORDS = 5
#: A lower-case role before a name has at most this many words ("foreign policy chief").
MAX_LOWER_CASE_ROLE_WORDS = 3
#: How many adverbs or auxiliaries may stand between a surname and its verb ("May has also said").
MAX_SKIPPED_ADVERBS = 3


@dataclass(slots=True, unsafe_hash=True)
class NameParts:
    """A capitalised run split into its parts, as token ranges ``[first, last)``.

    Read-only; not frozen only because a frozen dataclass's constructor costs several times
    as much, and every capitalised run of an article is split.
    """

    name: tuple[int, int]
    """The personal name ("Jane Roe")."""
    role: tuple[int, int] | None = None
    """The office or title before it ("Foreign Minister"), honorifics excluded."""
    organisation: tuple[int, int] | None = None
    """An organisation or place before the title ("European Council", "Leeds")."""
    country: lx.Country | None = None
    """The country a demonym before the title names ("Hungarian")."""
    sex: str | None = None
    """ "m" or "f" when an honorific says so (Mr, Mrs, Ms, Sir, Lady …)."""
    titled: bool = False
    """True when a title or honorific stands before the name: it is a person."""


@dataclass(slots=True)
class Entity:
    """One person the article names, with what the text says about them."""

    name: str
    surname: str
    role: str | None = None
    organisation: str | None = None
    country: lx.Country | None = None
    sex: str | None = None
    mentions: list[int] = field(default_factory=list)
    """Token indices where a mention of the entity starts."""
    confirmed: bool = False
    """True when a title, a known given name or a role word says it is a person; names
    that only look like one ("Black Sea") answer surname look-ups but not pronouns."""
    principal: str | None = None
    """The person whose office a role serves ("the governor's envoy"): their body is this
    person's, when the text names no other."""
    current: bool = False
    """True when role and body are the post the text says the person holds now ("Jane Roe,
    now a fellow at the Halden Institute"): they beat any other the text gives."""
    described: bool = False
    """True when a role follows the name, set off by a comma ("Jun Park, a chemist"): a
    person a later surname or given name may refer to, though pronouns still need more."""


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """A key under which transliteration variants of a name meet.

    Lower case without accents; "y" and "j" read as "i" and runs of "i" collapse, so
    Zelensky, Zelenskiy and Zelenskyy, Syrskyi and Syrskii, Shoigu and Shoygu share one key.
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("y", "i").replace("j", "i")
    return _REPEATED_I.sub("i", text)


_REPEATED_I = re.compile(r"i{2,}")


def _bare_title(token: Token) -> str:
    return token.bare.rstrip(".")


def is_title(token: Token) -> bool:
    """A title or honorific word ("President", "Sen.", "Mr", "Secretary-General")."""
    if token.kind is not TokenKind.WORD:
        return False
    word = _bare_title(token)
    if word in lx.PERSON_TITLES or word in lx.HONORIFIC_SEX:
        return True
    return "-" in word and all(part in lx.PERSON_TITLES for part in word.split("-"))


def _is_organisation_word(token: Token) -> bool:
    return token.bare in lx.ORGANISATION_WORDS


def _joins_title(word: Token, title: Token) -> bool:
    """True when ``word`` is part of the title after it: a portfolio before a minister's
    title ("Economy Minister") or a rank word before any title ("Press Secretary")."""
    if word.bare in lx.TITLE_PREFIXES:
        return True
    return word.bare in lx.PORTFOLIO_WORDS and _bare_title(title) in lx.PORTFOLIO_TITLES


def demonym_country(token: Token) -> lx.Country | None:
    """The country a demonym or country name stands for ("Russian", "US", "U.S.")."""
    word = token.bare.replace(".", "")
    places = lx.places()
    return places.by_demonym.get(word) or places.by_name.get(word)


def _is_capital(token: Token) -> bool:
    """ "Moscow" in "Moscow Mayor": a city before a title is a place, not the country."""
    return token.bare in lx.places().capitals


def split_name(tokens: list[Token], first: int, last: int) -> NameParts | None:
    """Split the capitalised run ``tokens[first:last]`` into title, organisation and name.

    "Hungarian Foreign Minister Jane Roe" gives the name "Jane Roe", the role "Foreign
    Minister" and the country Hungary; "Mr Roe" gives "Roe", a person. Returns None when
    the run ends in a title, or holds no personal name after one.
    """
    name_first = last
    given = lx.given_names()
    while name_first > first and last - name_first < MAX_NAME_WORDS:
        token = tokens[name_first - 1]
        if token.kind is not TokenKind.WORD:
            break
        particle = token.lower in lx.NAME_PARTICLES and name_first < last
        if name_first == last and _word_surname_after_given(tokens, name_first - 1, first):
            name_first -= 1  # "Alex King", "Ruth Day": a title or common noun as surname
            continue
        if not particle and (
            not token.is_capitalised
            or is_title(token)
            or _is_organisation_word(token)
            or demonym_country(token) is not None
            or token.is_possessive
        ):
            break
        name_first -= 1
    if name_first == last:
        return None
    if (
        name_first > first
        and last - name_first >= 3
        and tokens[name_first - 1].lower in ("of", "for")
        and not any(tokens[i].bare in given for i in range(name_first, last))
    ):
        name_first += 1  # "Mayor of Tartu Jane Roe": the word after "of" is the place
    # Within a long run, the last known given name before the surname starts the personal
    # name: "Outspoken Liberal Helen Carver" is Helen Carver.
    for index in range(last - 2, name_first, -1):
        if tokens[index].bare in given:
            name_first = index
            break
    if name_first == first:
        return NameParts((first, last))
    return _prefix_parts(tokens, first, name_first, last)


def _prefix_parts(tokens: list[Token], first: int, name_first: int, last: int) -> NameParts:
    """Read the words before a personal name: organisation or country, title, honorific."""
    sex: str | None = None
    title_first: int | None = None
    title_last = name_first
    for index in range(first, name_first):
        token = tokens[index]
        word = _bare_title(token)
        if word in lx.HONORIFIC_SEX:
            sex = lx.HONORIFIC_SEX[word] or sex
            if title_first is None:
                title_last = index  # an honorific after a title ends the role
            continue
        if is_title(token) and title_first is None:
            title_first = index
        sex = lx.TITLE_SEX.get(word, sex)
    if title_first is None and all(
        _bare_title(tokens[i]) in lx.HONORIFIC_SEX for i in range(first, name_first)
    ):
        return NameParts((name_first, last), sex=sex, titled=True)
    if title_first is None:
        # No title: "Kremlin spokesperson" is lower case and read elsewhere; a party word
        # ("Outspoken Tory Jane Roe") is the person's party; any other prefix ("Leeds Jane
        # Roe") we cannot read.
        party = next((i for i in range(first, name_first) if lx.party_of(tokens[i].text)), None)
        if party is not None:
            return NameParts((name_first, last), organisation=(party, party + 1), titled=True)
        return NameParts((name_first, last))
    while title_first > first and _joins_title(tokens[title_first - 1], tokens[title_first]):
        title_first -= 1  # "Economy Minister", "Press Secretary": part of the title
    role_end = title_last
    while role_end > title_first and _bare_title(tokens[role_end - 1]) in lx.HONORIFIC_SEX:
        role_end -= 1
    role, organisation = (title_first, role_end), None
    # "Commander of the Joint Forces Jane Roe": the words after "of" name the organisation.
    for index in range(title_first + 1, role_end):
        if tokens[index].lower in ("of", "for", "at") and not is_title(tokens[index + 1]):
            start = index + 1
            if tokens[start].lower == "the":
                start += 1
            role = (title_first, index)
            organisation = (start, role_end) if start < role_end else None
            break
    country: lx.Country | None = None
    org_first = first
    for index in range(first, title_first):
        found = None if _is_capital(tokens[index]) else demonym_country(tokens[index])
        if found is not None and country is None:
            country = found
            if index == org_first:
                org_first = index + 1
    if organisation is None and org_first < title_first:
        organisation = (org_first, title_first)
    return NameParts((name_first, last), role, organisation, country, sex, titled=True)


def acronym_definitions(tokens: list[Token], text: str) -> dict[str, str]:
    """Acronyms the text defines: "the Office of Budget Studies (OBS)" → {"OBS": "Office …"}."""
    defined: dict[str, str] = {}
    for index in range(2, len(tokens) - 2):
        token = tokens[index]
        if token.text != "(" or tokens[index + 2].text != ")":
            continue
        acronym = tokens[index + 1].text
        if not (2 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha()):
            continue
        first = index
        while first > 0 and index - first < ACRONYM_LONG_FORM_TOKENS:
            previous = tokens[first - 1]
            if previous.is_capitalised or (
                previous.lower in ("of", "for", "the", "and", "on") and first - 1 > 0
            ):
                first -= 1
                continue
            break
        while first < index and (
            not tokens[first].is_capitalised or tokens[first].lower in lx.DETERMINERS
        ):
            first += 1
        if first < index and _initials_fit(acronym, tokens[first:index]):
            defined[acronym] = text[tokens[first].start : tokens[index - 1].end]
    return defined


def _initials_fit(acronym: str, words: list[Token]) -> bool:
    """True when the acronym's first letter starts the long form and it has enough words."""
    capitals = [t for t in words if t.is_capitalised]
    return bool(capitals) and capitals[0].text[0] == acronym[0] and len(capitals) >= 2


class EntityIndex:
    """Every person an article names, by name, surname and position."""

    def __init__(self, text: str, tokens: list[Token], sentences: list[Sentence]) -> None:
        self.text = text
        self.tokens = tokens
        self.entities: list[Entity] = []
        self._by_full: dict[str, Entity] = {}
        self._by_surname: dict[str, Entity] = {}
        self._mention_starts: list[int] = []
        self._mention_entities: list[Entity] = []
        self.acronyms = acronym_definitions(tokens, text)
        self._token_starts = [token.start for token in tokens]
        sentence_starts = {s.first for s in sentences}
        # Only a capitalised word opens or joins a run: the cheap test first, as every token
        # of the article is asked.
        self._in_run = [token.is_capitalised and _starts_run(token) for token in tokens]
        for index in range(1, len(tokens) - 1):
            if not tokens[index].is_capitalised:
                continue
            if index not in sentence_starts and _given_name_as_word(tokens, index):
                self._in_run[index] = True  # "chief May Ellis", never "May God" opening one
            elif not self._in_run[index] and _word_as_surname(tokens, index, self._in_run):
                self._in_run[index] = True  # "Theresa May", "Mrs May", "Tom March"
        index = 0
        while True:
            try:  # the next token in a run, found in C: most tokens are in none
                index = self._in_run.index(True, index)
            except ValueError:
                break
            index = self._read_run(index, sentence_starts)
        self._word_references()
        self._pronoun_sexes()

    # -- building -----------------------------------------------------------------------------

    def _read_run(self, index: int, sentence_starts: set[int]) -> int:
        tokens = self.tokens
        in_run = self._in_run
        last = index
        while (
            last < len(tokens)
            and (last == index or last not in sentence_starts)
            and (
                in_run[last]
                or (
                    tokens[last].lower in lx.NAME_PARTICLES
                    and last + 1 < len(tokens)
                    and in_run[last + 1]
                )
                or self._office_of(last)
            )
        ):
            if tokens[last].lower in lx.OFFICE_LINKS:
                last += 2 if tokens[last + 1].lower == "the" else 1
                continue
            if tokens[last].is_possessive:
                last += 1
                break
            last += 1
        self._register(index, last, index in sentence_starts)
        return last

    def _office_of(self, index: int) -> bool:
        """ "Mayor of Leeds Jane Roe": "of" (or "of the") after a title joins the run."""
        tokens = self.tokens
        if tokens[index].lower not in lx.OFFICE_LINKS or index == 0 or index + 2 >= len(tokens):
            return False
        following = index + 2 if tokens[index + 1].lower == "the" else index + 1
        return self._in_run[following] and is_title(tokens[index - 1])

    def _register(self, first: int, last: int, opens_sentence: bool) -> None:
        tokens = self.tokens
        if opens_sentence and tokens[first].bare in lx.SENTENCE_STARTERS:
            first += 1
        if first >= last:
            return
        if last - first == 1:
            # A single capitalised word is only ever a later mention of someone named in full.
            known = self._by_surname.get(fold(tokens[first].bare))
            if known is not None:
                self._add_mention(known, first)
            return
        parts = split_name(tokens, first, last)
        if parts is None:
            return
        name_first, name_last = parts.name
        words = [tokens[i] for i in range(name_first, name_last)]
        if (
            words[0].bare in lx.CALENDAR_WORDS
            and not parts.titled
            and not (len(words) > 1 and _calendar_name_word(words, 0))
        ):
            return  # "March Madness", never "Jan Vos", "May Ellis", "Jun Park" or "Mrs May"
        single = len(words) == 1
        if single:
            entity = self._by_surname.get(fold(words[0].bare))
            if entity is not None:
                self._add_mention(entity, first)
                if parts.sex and not entity.sex:
                    entity.sex = parts.sex
            elif parts.titled:
                self._new_entity(parts, first, words)
            return
        if not parts.titled and not _looks_like_personal_name(words):
            return
        self._new_entity(parts, first, words)

    def _role_before(self, first: int) -> bool:
        """ "drone expert Jane Roe": a lower-case role word right before the name."""
        if first == 0:
            return False
        token = self.tokens[first - 1]
        return (
            token.kind is TokenKind.WORD
            and not token.is_capitalised
            and (token.bare in lx.PERSON_TITLES or token.bare in lx.ROLE_NOUNS)
        )

    def _role_after(self, last_word: Token) -> bool:
        """ "Jun Park, a chemist at …", "Ann Poe, the union's treasurer": a role set off by a
        comma right after the name says it is a person."""
        tokens = self.tokens
        comma = bisect_left(self._token_starts, last_word.end)
        if comma + 2 >= len(tokens) or tokens[comma].text != ",":
            return False
        if tokens[comma + 1].lower not in lx.APPOSITIVE_DETERMINERS:
            return False
        for index in range(comma + 2, min(comma + 2 + MAX_LOWER_CASE_ROLE_WORDS, len(tokens))):
            token = tokens[index]
            if token.kind is not TokenKind.WORD or token.is_capitalised:
                return False
            word = token.bare
            if (
                word in lx.PERSON_TITLES
                or word in lx.ROLE_NOUNS
                or (word.endswith(lx.PROFESSION_ENDINGS) and len(word) > 5)
            ):
                return True
        return False

    def _new_entity(self, parts: NameParts, first: int, words: list[Token]) -> None:
        name = self.text[words[0].start : words[-1].end]
        name = _strip_possessive(name)
        key = fold(name)
        entity = self._by_full.get(key)
        if entity is None:
            surname = words[-1].bare
            entity = Entity(name, surname)
            given = lx.given_names().get(words[0].bare) if len(words) > 1 else None
            entity.sex = parts.sex or lx.TITLE_SEX.get(self._role_word(parts)) or given
            self.entities.append(entity)
            self._by_full[key] = entity
            self._by_surname.setdefault(fold(surname), entity)
        entity.confirmed = entity.confirmed or (
            parts.titled or words[0].bare in lx.given_names() or self._role_before(first)
        )
        entity.described = entity.described or self._role_after(words[-1])
        if parts.role is None and parts.organisation is None:
            parts = self._lower_case_role(parts, first)
        if entity.role is None and parts.role is not None:
            entity.role = self._span_text(parts.role)
        if entity.organisation is None and parts.organisation is not None:
            entity.organisation = self._span_text(parts.organisation)
        if entity.country is None:
            entity.country = parts.country
        if entity.sex is None:
            entity.sex = parts.sex
        for word in words:
            word.names_person = True  # "Theresa May", "Tom March": a month here is a name
        self._add_mention(entity, first)

    def _lower_case_role(self, parts: NameParts, first: int) -> NameParts:
        """ "Wagner Group financier Jane Roe", "EU foreign policy chief Jane Roe": a role in
        lower case before the name, and the organisation or country written before it."""
        tokens = self.tokens
        role_last = first
        if not self._role_before(first):
            return parts
        role_first = role_last - 1
        while (
            role_first > 0
            and role_last - role_first < MAX_LOWER_CASE_ROLE_WORDS
            and _is_role_modifier(tokens[role_first - 1])
        ):
            role_first -= 1
        org_last = org_first = role_first
        while (
            org_first > 0
            and org_last - org_first < MAX_NAME_WORDS
            and tokens[org_first - 1].is_capitalised
            and not tokens[org_first - 1].is_possessive
            and tokens[org_first - 1].lower not in lx.DETERMINERS
        ):
            org_first -= 1
        organisation: tuple[int, int] | None = None
        country = parts.country
        if org_first < org_last:
            words = [tokens[i] for i in range(org_first, org_last)]
            if len(words) == 1 and demonym_country(words[0]) is not None:
                country = country or demonym_country(words[0])
            elif any(t.bare in lx.ORGANISATION_WORDS or _is_acronym(t) for t in words):
                organisation = (org_first, org_last)
        return NameParts(
            parts.name,
            (role_first, role_last),
            organisation,
            country,
            parts.sex,
            parts.titled,
        )

    def _role_word(self, parts: NameParts) -> str:
        if parts.role is None:
            return ""
        return _bare_title(self.tokens[parts.role[1] - 1])

    def _add_mention(self, entity: Entity, token_index: int) -> None:
        entity.mentions.append(token_index)
        self._mention_starts.append(token_index)
        self._mention_entities.append(entity)

    def _span_text(self, span: tuple[int, int]) -> str:
        first, last = span
        return _strip_possessive(self.text[self.tokens[first].start : self.tokens[last - 1].end])

    def _word_references(self) -> None:
        """Find the later mentions the run reader skips or cannot tell from a common word: a
        surname that is also a word or a month ("May said", "Little added", "Mrs May"), once
        the text has named that person. Each is marked on its token for the phrase reader."""
        by_word = self._short_references()
        if not by_word:
            return
        added: list[tuple[int, Entity]] = []
        known = set(self._mention_starts)
        for index, token in enumerate(self.tokens):
            if token.bare not in by_word or not token.is_capitalised:
                continue
            entity = by_word[token.bare]
            if entity.mentions[0] >= index and not self._is_honoured(index):
                continue  # never before the person is introduced
            # a given name ("Jun wrote") is taken only before a verb of saying, like a month
            start = self._reference_start(index, strict=token.bare != entity.surname)
            if start is None:
                continue
            token.names_person = True
            inside_name = index > 0 and self._in_run[index - 1] and self._in_run[index]
            if start not in known and index not in known and not inside_name:
                added.append((start, entity))
                known.add(start)
        if added:
            self._insert_mentions(added)

    def _short_references(self) -> dict[str, Entity]:
        """The words a later mention may use for a person named in full: the surname, and the
        given name when only one such person has it ("Jun wrote" after "Jun Park")."""
        confirmed = [e for e in self.entities if (e.confirmed or e.described) and e.mentions]
        by_word = {entity.surname: entity for entity in reversed(confirmed)}
        given: dict[str, list[Entity]] = {}
        for entity in confirmed:
            words = entity.name.split()
            if len(words) > 1:
                given.setdefault(words[0].casefold(), []).append(entity)
        for word, holders in given.items():
            if len(holders) == 1 and word not in by_word:
                by_word[word] = holders[0]
        return by_word

    def _is_honoured(self, index: int) -> bool:
        """True when an honorific stands right before ``tokens[index]`` ("Mrs May")."""
        return index > 0 and _bare_title(self.tokens[index - 1]) in lx.HONORIFIC_SEX

    def _reference_start(self, index: int, *, strict: bool = False) -> int | None:
        """Where a mention by surname at ``index`` starts when the context makes it a name
        (an honorific before it, a verb of saying after it, "said May."), else None.

        "in May", "May 5", "5 May" and "last March" are dates; "Little is known" and "May
        was dry" are not read as anyone, as only a verb of saying (or a past tense, for a
        surname that is neither a month nor a quantity) tells a person from the word. With
        ``strict``, only a verb of saying does.
        """
        tokens = self.tokens
        token = tokens[index]
        if self._is_honoured(index):
            return index - 1
        previous = tokens[index - 1] if index > 0 else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if previous is not None and (
            previous.lower in lx.DATE_LEADS or previous.kind is TokenKind.NUMBER
        ):
            return None
        if following is not None and following.kind is TokenKind.NUMBER:
            return None
        calendar = strict or token.bare in lx.CALENDAR_WORDS
        if token.is_possessive:
            # "May's office", "May's spokesman"; never "May's figures"
            owned = following is not None and following.bare in lx.OWNED_BY_PERSON
            return index if owned or not calendar else None
        if previous is not None and previous.lower in lx.CUE_WORDS and _closes_clause(following):
            return index  # '"…," said May.'
        verb = index + 1
        while (
            verb < len(tokens) and verb - index <= MAX_SKIPPED_ADVERBS and _is_adverb(tokens[verb])
        ):
            verb += 1
        if verb >= len(tokens) or tokens[verb].kind is not TokenKind.WORD:
            return None
        word = tokens[verb].lower
        if word in lx.CUE_WORDS or word in lx.PHRASE_CUE_FIRST_WORDS:
            return index
        if calendar or token.bare in lx.QUANTITY_WORDS:
            return None
        return index if word.endswith("ed") and tokens[verb].text.islower() else None

    def _insert_mentions(self, added: list[tuple[int, Entity]]) -> None:
        """Add mentions found after the first reading, keeping every list in text order."""
        for start, entity in added:
            entity.mentions.append(start)
            entity.mentions.sort()
        pairs = sorted(
            [*zip(self._mention_starts, self._mention_entities, strict=True), *added],
            key=lambda pair: pair[0],
        )
        self._mention_starts = [start for start, _ in pairs]
        self._mention_entities = [entity for _, entity in pairs]

    def _pronoun_sexes(self) -> None:
        """A person of unknown sex takes that of the first he/she right after a mention."""
        for entity in self.entities:
            if entity.sex is not None:
                continue
            for start in entity.mentions:
                sex = self._next_pronoun_sex(start)
                if sex is not None:
                    entity.sex = sex
                    break

    def _next_pronoun_sex(self, start: int) -> str | None:
        paragraph_break, sexes = TokenKind.BREAK, lx.PRONOUN_SEX  # once, not once per token
        for token in self.tokens[start + 1 : start + PRONOUN_AFTER_MENTION_TOKENS]:
            if token.kind is paragraph_break or token.text in (".", "?", "!"):
                return None
            if token.lower in sexes:
                return sexes[token.lower]
        return None

    # -- questions ------------------------------------------------------------------------------

    def person(self, name: str) -> Entity | None:
        """The person a full name, a surname or "Mr Surname" refers to, if the text names one."""
        words = [w for w in name.split() if w.casefold().rstrip(".") not in lx.HONORIFIC_SEX]
        if not words:
            return None
        key = fold(" ".join(words))
        found = self._by_full.get(key)
        if found is None and len(words) == 1:
            found = self._by_surname.get(key)
        if found is None and len(words) == 1:
            # "Jun wrote" after "Jun Park, a chemist", never "Reuters" after "Reuters Daily"
            by_given = self.person_by_given_name(words[0])
            if by_given is not None and (by_given.confirmed or by_given.described):
                found = by_given
        return found

    def person_by_given_name(self, given: str) -> Entity | None:
        """The one person whose first name this is ("Colin" for "Colin Marsh"), if only one."""
        key = fold(given)
        found = [e for e in self.entities if fold(e.name.split()[0]) == key and " " in e.name]
        return found[0] if len(found) == 1 else None

    def persons_before(self, token_index: int, *, confirmed: bool = True) -> list[Entity]:
        """People mentioned in the window before ``token_index``, the latest mention first
        (with ``confirmed=False`` also names that only look like a person's)."""
        end = bisect_left(self._mention_starts, token_index)
        seen: list[Entity] = []
        for position in range(end - 1, -1, -1):
            if token_index - self._mention_starts[position] > PRONOUN_WINDOW_TOKENS:
                break
            entity = self._mention_entities[position]
            if (entity.confirmed or not confirmed) and entity not in seen:
                seen.append(entity)
        return seen

    def persons_after(
        self, token_index: int, *, confirmed: bool = True, reach: int = LOOKAHEAD_TOKENS
    ) -> list[Entity]:
        """People mentioned within ``reach`` tokens after ``token_index``, nearest first."""
        start = bisect_left(self._mention_starts, token_index)
        seen: list[Entity] = []
        for position in range(start, len(self._mention_starts)):
            if self._mention_starts[position] - token_index > reach:
                break
            entity = self._mention_entities[position]
            if (entity.confirmed or not confirmed) and entity not in seen:
                seen.append(entity)
        return seen

    def last_mention_before(self, entity: Entity, token_index: int) -> int | None:
        """The token index of the entity's latest mention before ``token_index``."""
        position = bisect_left(entity.mentions, token_index)
        return entity.mentions[position - 1] if position else None


def _is_role_modifier(token: Token) -> bool:
    """A lower-case word that may open a role ("foreign policy chief", "senior operations")."""
    return (
        token.kind is TokenKind.WORD
        and token.text.islower()
        and token.lower not in lx.MODIFIER_STOPS
        and token.lower not in lx.DETERMINERS
    )


def _is_acronym(token: Token) -> bool:
    """ "EU", "U.N.", "CIA": a body's initials."""
    letters = token.text.replace(".", "")
    return token.kind is TokenKind.WORD and len(letters) > 1 and letters.isupper()


def _looks_like_personal_name(words: list[Token]) -> bool:
    """Two to five capitalised words with no organisation, place, date or common noun in them.

    A name the given-name list does not know ("Ostap Hrytsenko") still counts: it is how
    most foreign names in the news look, and a title or a pronoun later confirms it.
    """
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    for position, token in enumerate(words):
        word = token.bare
        if (
            word in lx.ORGANISATION_WORDS
            or (word in lx.CALENDAR_WORDS and not _calendar_name_word(words, position))
            or (
                (word in lx.SOURCE_NOUNS or word in lx.NOT_SOURCE_HEADS)
                and not _is_surname_after_given(words, position)
            )
            or demonym_country(token) is not None
            or (token.text.isupper() and len(token.text) > 1)
            or token.kind is not TokenKind.WORD
        ):
            return False
    return True


def _word_surname_after_given(tokens: list[Token], index: int, first: int) -> bool:
    """A title or a common noun as the last word of a name, right after a known given name
    ("Alex King", "Ruth Day"); never an organisation's word ("Georgia Power", "Austin Energy")."""
    token = tokens[index]
    return (
        index - 1 >= first
        and token.kind is TokenKind.WORD
        and token.is_capitalised
        and not token.is_possessive
        and (token.bare in lx.PERSON_TITLES or token.bare in lx.NOT_SOURCE_HEADS)
        and token.bare not in lx.ORGANISATION_WORDS
        and token.bare not in lx.HONORIFIC_SEX
        and tokens[index - 1].bare in lx.given_names()
        and tokens[index - 1].is_capitalised
    )


def _is_surname_after_given(words: list[Token], position: int) -> bool:
    """The last word of a name right after a known given name ("Ruth Day")."""
    return (
        position == len(words) - 1 and position > 0 and words[position - 1].bare in lx.given_names()
    )


def _calendar_name_word(words: list[Token], position: int) -> bool:
    """A month or weekday that is part of a personal name: a given name ("May Ellis") or a
    surname after a given name ("Theresa May")."""
    given = lx.given_names()
    if position == 0:
        # a short month without its dot before a name is a given name ("Jun Park", "Jan Vos")
        first = words[0]
        return first.bare in given or (
            first.bare in lx.MONTH_ABBREVIATIONS and "." not in first.text
        )
    return position == len(words) - 1 and words[position - 1].bare in given


def _given_name_as_word(tokens: list[Token], index: int) -> bool:
    """A capitalised given name that is also a common word or a month ("May", "June"),
    followed by a capitalised word that can end a name ("May Ellis")."""
    token, following = tokens[index], tokens[index + 1]
    return (
        token.is_capitalised
        and token.bare in lx.given_names()
        and (token.lower in lx.MODIFIER_STOPS or token.bare in lx.CALENDAR_WORDS)
        and following.is_capitalised
        and following.bare not in lx.CALENDAR_WORDS
        and following.lower not in lx.MODIFIER_STOPS
    )


def _word_as_surname(tokens: list[Token], index: int, in_run: list[bool]) -> bool:
    """A capitalised common word or month after a given name or an honorific, ending a name
    ("Theresa May", "Mrs May", "Tom March"), and not opening a date ("Rose May 5")."""
    token, previous, following = tokens[index], tokens[index - 1], tokens[index + 1]
    if not token.is_capitalised or token.kind is not TokenKind.WORD:
        return False
    if following.kind is TokenKind.NUMBER or following.lower in lx.DATE_LEADS - {"to", "of"}:
        return False
    if _bare_title(previous) in lx.HONORIFIC_SEX:
        return True
    return (
        in_run[index - 1]
        and previous.bare in lx.given_names()
        and not previous.is_possessive
        and not is_title(previous)
    )


def _is_adverb(token: Token) -> bool:
    """ "also", "later", "has", "reportedly": a word between a subject and its verb."""
    word = token.lower
    return word in lx.AUXILIARIES or (word.endswith("ly") and len(word) > 4)


def _closes_clause(token: Token | None) -> bool:
    """True at the end of a clause: nothing more, a stop, a comma or a quotation mark."""
    return (
        token is None
        or token.kind in (TokenKind.BREAK, TokenKind.QUOTE)
        or token.text in (".", ",", ";", ":", "!", "?")
    )


def _starts_run(token: Token) -> bool:
    if not token.text[:1].isupper() or token.kind is not TokenKind.WORD:
        return False
    word = token.lower
    return word not in lx.DETERMINERS and (word not in lx.MODIFIER_STOPS or is_title(token))


def _strip_possessive(text: str) -> str:
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def is_address(role: str) -> bool:
    """ "Gen.", "Dr", "Col": a rank or form of address, not the post a person holds."""
    return role.casefold().rstrip(".") in lx.ADDRESS_TITLES


def is_degree(role: str) -> bool:
    """ "MD, PhD": letters after a name, which say what a person studied, not their post."""
    words = [w.replace(".", "").lower() for w in role.replace(",", " ").split()]
    return bool(words) and all(w in lx.POSTNOMINALS for w in words)


def pronoun_sex(word: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her, None otherwise."""
    return lx.PRONOUN_SEX.get(word)


def office_title(words: list[str]) -> list[str]:
    """An office's words in its own title: ["top", "diplomat"] → ["foreign", "minister"]
    (``[aliases]`` of ``data/offices.toml``); other words unchanged."""
    aliases = lx.offices().aliases
    for size in range(len(words), 0, -1):
        title = aliases.get(" ".join(words[-size:]).casefold())
        if title is not None:
            return [*words[:-size], *title.split()]
    return words


#: The body of a portfolio office the offices table does not list, by the title's head word.
_PORTFOLIO_BODY = {"minister": "Ministry", "secretary": "Department"}


def _portfolio_body(title: str) -> str | None:
    """ "labour minister" → "{country} Labour Ministry", "energy secretary" → "{country} Energy
    Department": the portfolio names the body when the offices table has no entry for it."""
    words = title.split()
    if len(words) < 2 or words[-1] not in _PORTFOLIO_BODY or words[-2] not in lx.PORTFOLIO_WORDS:
        return None
    return f"{{country}} {words[-2].capitalize()} {_PORTFOLIO_BODY[words[-1]]}"


#: The body of a cabinet office when the text names no country ("Prime Minister Tom Hale").
GENERIC_CABINET = "government"


@lru_cache(maxsize=4096)
def _office_key(title: str) -> str | None:
    """The office of ``data/offices.toml`` a title holds: the longest the title ends with;
    else the longest it holds before a qualifier ("assistant secretary of state for Europe"
    is at the State Department). Asked once per title, as it reads every office."""
    bodies = lx.offices().bodies
    padded = f" {title} "
    key = max((k for k in bodies if title == k or title.endswith(" " + k)), key=len, default=None)
    if key is None:
        key = max(
            (k for k in bodies if f" {k} " in padded and len(k.split()) > 1),
            key=len,
            default=None,
        )
    return key


def office_body(role: str | None, place: str | None, country: lx.Country | None) -> str | None:
    """The body an office belongs to ("foreign minister" of Hungary → Hungarian Foreign
    Ministry), from ``data/offices.toml``; None when the office or a needed detail is unknown."""
    if not role:
        return None
    title = " ".join(office_title(role.casefold().replace(".", "").split()))
    bodies = lx.offices().bodies
    key = _office_key(title)
    template = bodies[key] if key is not None else _portfolio_body(title)
    if template is None:
        return None
    if key is not None and country is None and key in lx.offices().default_country:
        country = lx.places().by_demonym.get(lx.offices().default_country[key].casefold())
    if "{presidency}" in template and country is None:
        return None
    if country is None:
        # "Foreign Minister Jane Roe" with no country: the body as far as the text says.
        template = template.replace("{country} ", "")
    if "{place}" in template and not place:
        return None
    presidency, cabinet = "", GENERIC_CABINET
    if country is not None:
        presidency = country.presidency or f"{country.demonym} presidency"
        cabinet = country.cabinet or country.government
    return template.format(
        country=country.demonym if country else "",
        presidency=presidency,
        cabinet=cabinet,
        place=place or "",
    )
