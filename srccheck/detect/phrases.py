"""Read the noun phrase that names a source, to the left or right of a cue.

No parser is used: a phrase is a run of tokens that can belong to a name or a
description ("Nico Lange", "Ukraine's General Staff", "the Rybar channel",
"senior US officials", "a spokesperson for the ministry"), optionally followed
by an appositive that gives the role and affiliation ("Tatiana Stanovaya,
senior fellow at the Carnegie Russia Eurasia Center").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from srccheck.detect import lexicon as lx
from srccheck.detect.entities import is_title, split_name
from srccheck.detect.tokens import Token, TokenKind

_NAME_PUNCT = frozenset({"-", "/", "&", "."})
_PRONOUNS = lx.PERSONAL_PRONOUNS | {"who", "which"}
_MAX_NAME_TOKENS = 9
_MAX_MODIFIERS = 4
_MAX_APPOSITIVE = 30
#: Modifiers a generic description may have before its noun ("the struggling ferry operator").
_GENERIC_MODIFIERS = 3
#: The longest parenthesis after a name ("(R-Ohio)"), in tokens.
_PARENTHESIS_TOKENS = 12
#: The longest object of "close to …"/"familiar with …" ("her thinking on the matter").
_LINKED_OBJECT_TOKENS = 6
#: The longest name given in quotation marks ("the 'VDV for Honesty' resource"), in tokens.
_QUOTED_NAME_TOKENS = 8


@dataclass(slots=True, unsafe_hash=True)
class Phrase:
    """A source phrase: tokens ``[first, last)``; ``name`` is the naming core within it.

    Treat it as read-only (change one with `dataclasses.replace`): it is not frozen only
    because a frozen dataclass's constructor costs five times as much, and a long article
    makes tens of thousands of phrases.
    """

    first: int
    last: int
    head: int
    name_first: int
    name_last: int
    pronoun: bool = False
    quoted_name: tuple[int, int] | None = None
    """Character range of a name given in quotation marks ("'VDV for Honesty' resource")."""
    appositive: tuple[int, int] | None = None
    """Token range ``[first, last)`` of the appositive, when there is one."""
    role_tokens: tuple[int, int] | None = None
    affiliation_tokens: tuple[int, int] | None = None
    former: bool = False
    possessor: tuple[int, int] | None = None
    """Token range of a possessive premodifier ("ISW's" in "ISW's George Barros")."""
    group: bool = False
    """A coordination that names one unnamed group ("Kyiv and its European allies")."""


def is_pronoun(token: Token) -> bool:
    """True for he, she, they, we, I, it, you, who, which."""
    return token.kind is TokenKind.WORD and token.lower in _PRONOUNS


def is_demonym(token: Token) -> bool:
    """True for a nationality or scope adjective ("Russian", "US", "Western")."""
    word = token.bare
    if word in lx.DEMONYMS:
        return True
    return (
        token.is_capitalised
        and not token.is_possessive
        and word.endswith(lx.DEMONYM_ENDINGS)
        and (word in lx.KNOWN_ADJECTIVES)
    )


def _is_name_word(token: Token) -> bool:
    """A capitalised word, handle or acronym that can be part of a proper name."""
    if token.kind is TokenKind.HANDLE:
        return True
    if token.kind is TokenKind.NUMBER:
        return False
    return token.names_person or (
        token.is_capitalised
        and not is_party_tag(token)
        and token.bare not in lx.CALENDAR_WORDS
        and token.lower not in lx.DETERMINERS
        and token.lower not in lx.MODIFIER_STOPS
        and lx.PRONOUN_CONTRACTION.fullmatch(token.lower) is None  # "You'll", "We’re"
    )


def is_party_tag(token: Token) -> bool:
    """ "R-Texas", "D-N.Y.", "I-Vt": a US legislator's party and state after the name, an
    aside about the person, never a name of its own."""
    text = token.text
    return len(text) > 2 and text[1] == "-" and text[0] in "DRI" and text[2].isupper()


def _is_source_noun(token: Token) -> bool:
    return token.kind is TokenKind.WORD and token.bare in lx.SOURCE_NOUNS


def phrase_left(tokens: list[Token], last: int, floor: int) -> Phrase | None:
    """Read the source phrase that ends with ``tokens[last]`` (inclusive), not before ``floor``."""
    if last < floor:
        return None
    token = tokens[last]
    if is_pronoun(token):
        return Phrase(last, last + 1, last, last, last + 1, pronoun=True)
    if token.kind is TokenKind.HANDLE:
        return Phrase(last, last + 1, last, last, last + 1)
    if token.text == ")":
        return _parenthetical_left(tokens, last, floor)
    if token.kind is TokenKind.NUMBER and last - 1 >= floor and _is_name_word(tokens[last - 1]):
        return _numbered_name_left(tokens, last, floor)
    if token.kind is TokenKind.NUMBER or (
        token.lower in lx.NUMBER_WORDS and last - 1 >= floor and tokens[last - 1].lower == "in"
    ):
        return _proportion_left(tokens, last, floor)
    if _is_calendar_surname(tokens, last, floor):
        return _name_phrase_left(tokens, last, floor)
    if _is_name_word(token) and not _is_sentence_starter(tokens, last, floor):
        if last == floor and token.bare in lx.QUANTITY_WORDS and not token.names_person:
            return None  # "Little said it matters": no one, unless a Little was named
        return _name_phrase_left(tokens, last, floor)
    if _is_source_noun(token) and token.bare not in lx.NOT_SOURCE_HEADS:
        return _description_left(tokens, last, floor)
    return None


def _proportion_left(tokens: list[Token], last: int, floor: int) -> Phrase | None:
    """ "About 4 in 10", "one in five": a share of people, as its subject."""
    linker = last - 1
    if linker - 1 < floor or tokens[linker].lower != "in":
        return None
    first = linker - 1
    if tokens[first].kind is not TokenKind.NUMBER and tokens[first].lower not in lx.NUMBER_WORDS:
        return None
    number = first
    if first - 1 >= floor and tokens[first - 1].lower in lx.APPROXIMATORS:
        first -= 1
    return Phrase(first, last + 1, last, number, last + 1)


def linked_group_left(tokens: list[Token], last: int, floor: int) -> Phrase | None:
    """ "Those close to her", "people familiar with his plans": a group known by what it is
    close to or knows, ending at ``tokens[last]``."""
    for preposition in range(last, max(floor, last - _LINKED_OBJECT_TOKENS) - 1, -1):
        if tokens[preposition].lower not in ("to", "with") or preposition - 2 < floor:
            continue
        linking = preposition - 1
        if tokens[linking].lower not in lx.LINKING_ADJECTIVES:
            return None
        owner_index = linking - 1
        owner: Phrase | None
        if tokens[owner_index].lower in lx.GROUP_PRONOUNS:
            owner = Phrase(owner_index, owner_index + 1, owner_index, owner_index, owner_index + 1)
        else:
            owner = phrase_left(tokens, owner_index, floor)
        if owner is None or owner.pronoun:
            return None
        if tokens[owner.head].bare not in lx.ROLE_NOUNS and owner.first != owner.head:
            return None
        if tokens[owner.head].bare not in lx.ROLE_NOUNS | lx.GROUP_PRONOUNS:
            return None
        personal = any(
            tokens[i].lower in lx.OBJECT_PRONOUNS for i in range(preposition + 1, last + 1)
        )
        return _role_with_body(owner, last, None if personal else (preposition + 1, last + 1))
    return None


def _numbered_name_left(tokens: list[Token], number: int, floor: int) -> Phrase | None:
    """ "TV 9", "Channel 4": a name whose last word is a number."""
    name = phrase_left(tokens, number - 1, floor)
    if name is None or name.pronoun or tokens[number - 1].end == tokens[number].start:
        return None
    end = number + 1

    def stretched(part: tuple[int, int] | None) -> tuple[int, int] | None:
        return (part[0], end) if part is not None and part[1] == number else part

    return replace(
        name,
        last=end,
        head=number if name.head == number - 1 else name.head,
        name_last=end if name.name_last == number else name.name_last,
        affiliation_tokens=stretched(name.affiliation_tokens),
    )


def generic_description_left(tokens: list[Token], last: int, floor: int) -> Phrase | None:
    """ "the admiral", "a bartender": any noun after a determiner, for unambiguous cues."""
    token = tokens[last]
    if (
        token.kind is not TokenKind.WORD
        or token.is_capitalised
        or token.lower in lx.MODIFIER_STOPS
        or token.lower in lx.DETERMINERS
        or token.bare in lx.NOT_SOURCE_HEADS
        or token.lower.endswith(("ly", "ing", "ed"))
        or len(token.lower) < 3
    ):
        return None
    for back in range(1, _GENERIC_MODIFIERS + 2):
        index = last - back
        if index < floor or _opens_clause(tokens, index, floor):
            # "But local fishermen say": a plural noun with its modifiers opens the clause.
            first = index + 1
            if _is_plural(token) and not tokens[first].is_possessive:
                return Phrase(first, last + 1, last, first, last + 1)
            return None
        word = tokens[index]
        if word.lower in ("the", "a", "an", "his", "her", "their", "its", "one", "another", "our"):
            return _attach_role_owner(tokens, Phrase(index, last + 1, last, index, last + 1), floor)
        if word.lower in lx.ROLE_PREPOSITIONS and index - 1 >= floor:
            # "an official in Latvian customs": a role noun and what it belongs to.
            owner = phrase_left(tokens, index - 1, floor)
            if owner is None or owner.pronoun or tokens[owner.head].bare not in lx.ROLE_NOUNS:
                return None
            return _role_with_body(owner, last, (index + 1, last + 1))
        if word.kind is not TokenKind.WORD or word.lower in lx.MODIFIER_STOPS:
            return None
    return None


def _opens_clause(tokens: list[Token], index: int, floor: int) -> bool:
    """True when ``tokens[index]`` ends what comes before a clause: its start, "but", a comma."""
    if index < floor:
        return True
    token = tokens[index]
    return token.text in (",", ";", ":", "—") or (
        index == floor and token.bare in lx.SENTENCE_STARTERS
    )


def _is_plural(token: Token) -> bool:
    word = token.lower
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _is_calendar_surname(tokens: list[Token], index: int, floor: int) -> bool:
    """ "Theresa May", "Sofia March": a month name right after a first name is a surname."""
    token = tokens[index]
    return (
        token.is_capitalised
        and token.bare in lx.CALENDAR_WORDS
        and index - 1 >= floor
        and _is_name_word(tokens[index - 1])
        and not tokens[index - 1].is_possessive
    )


def _is_name_at(tokens: list[Token], index: int, floor: int) -> bool:
    """A word of a name here: a name word, or a month after a first name ("Theresa May's")."""
    return _is_name_word(tokens[index]) or _is_calendar_surname(tokens, index, floor)


def _parenthetical_left(tokens: list[Token], close: int, floor: int) -> Phrase | None:
    """ "Sen. Ann Keller (R-Ohio)": a name followed by a short parenthesis."""
    index = close - 1
    while index >= floor and close - index <= _PARENTHESIS_TOKENS and tokens[index].text != "(":
        index -= 1
    if index < floor or tokens[index].text != "(" or index - 1 < floor:
        return None
    name = phrase_left(tokens, index - 1, floor)
    if name is None or name.pronoun:
        return None
    return replace(name, last=close + 1)


def _is_title_word(token: Token) -> bool:
    """A lower-case title or profession before a name ("psychologist Nina Halsted")."""
    word = token.bare
    return token.kind is TokenKind.WORD and (
        word in lx.PERSON_TITLES
        or word in lx.TITLE_MODIFIERS
        or (word in lx.ROLE_NOUNS and not token.is_capitalised)
        or (not token.is_capitalised and word.endswith(lx.PROFESSION_ENDINGS) and len(word) > 5)
    )


def _is_sentence_starter(tokens: list[Token], index: int, floor: int) -> bool:
    """A capitalised word that is capitalised only because it opens the sentence."""
    if index != floor or tokens[index].names_person:
        return False
    word = tokens[index].bare
    return word in lx.SENTENCE_STARTERS or word in lx.MODIFIER_STOPS


def _name_phrase_left(tokens: list[Token], last: int, floor: int) -> Phrase | None:
    """A capitalised name ending at ``last``, with any title and possessor before it."""
    first = last
    index = last - 1
    while index >= floor and last - index < _MAX_NAME_TOKENS:
        token = tokens[index]
        if (_is_name_word(token) or _is_calendar_surname(tokens, index, floor)) and (
            not token.is_possessive
        ):
            first = index
        elif token.lower in lx.NAME_CONNECTORS and index - 1 >= floor:
            left = index - 1
            if tokens[left].lower in lx.NAME_CONNECTORS and left - 1 >= floor:
                left -= 1  # "Institute for the Study of War"
            if not _is_name_word(tokens[left]) or tokens[left].is_possessive:
                break
        elif token.text in _NAME_PUNCT and token.end == tokens[index + 1].start:
            if index - 1 < floor or tokens[index - 1].end != token.start:
                break
        else:
            break
        index -= 1
    first = _trim_left_connectors(tokens, first, last)
    while first < last and _is_sentence_starter(tokens, first, floor):
        first += 1
    if first > last:
        return None
    split = _split_person_of_organisation(tokens, first, last)
    if split is not None:
        return split
    name_first = first
    first, possessor, role, affiliation = _premodifiers_left(tokens, first, floor)
    parts = split_name(tokens, name_first, last + 1)
    if parts is not None and parts.titled:
        # "Hungarian Foreign Minister Jane Roe": the title is the role, never the name.
        name_first = parts.name[0]
        if role is not None and parts.role is not None and role[0] < parts.role[0] <= role[1]:
            role = (role[0], max(role[1], parts.role[1]))  # "police spokesman Sgt. Tom Reed"
        else:
            role = parts.role or role
        affiliation = parts.organisation or affiliation
    elif (
        parts is not None
        and parts.name[0] > name_first
        and parts.name[1] - parts.name[0] > 1
        and tokens[parts.name[0]].bare in lx.given_names()
        and not any(tokens[i].bare in _ORGANISATION_WORDS for i in range(name_first, last + 1))
    ):
        # "Outspoken Tory Jane Roe": a given name starts the personal name.
        name_first = parts.name[0]
    if first > floor and tokens[first - 1].lower in lx.DETERMINERS:
        first -= 1
    phrase = Phrase(
        first,
        last + 1,
        last,
        name_first,
        last + 1,
        possessor=possessor,
        role_tokens=role,
        affiliation_tokens=affiliation,
        former=any(tokens[i].lower in ("former", "ex") for i in range(first, name_first)),
    )
    phrase = _person_of_organisation(tokens, phrase, floor)
    phrase = _organisation_in_place(tokens, phrase, floor)
    return (
        _attach_role_owner(tokens, phrase, floor) if phrase.affiliation_tokens is None else phrase
    )


def _organisation_in_place(tokens: list[Token], place: Phrase, floor: int) -> Phrase:
    """ "the Chilean Embassy in Oslo": an organisation's name and where it is, as one."""
    preposition = place.first - 1
    if preposition - 1 < floor or tokens[preposition].lower not in ("in", "at"):
        return place
    owner = tokens[preposition - 1]
    if not (owner.is_capitalised and owner.bare in _ORGANISATION_WORDS):
        return place
    organisation = phrase_left(tokens, preposition - 1, floor)
    if organisation is None or organisation.pronoun:
        return place
    return replace(organisation, last=place.last, name_last=place.last)


def _split_person_of_organisation(tokens: list[Token], first: int, last: int) -> Phrase | None:
    """Split "Anna Kowalska of the Center for X" read as one name into person and organisation."""
    for index in range(first + 2, last):
        if tokens[index].lower not in ("of", "at", "from"):
            continue
        person = range(first, index)
        if len(person) > 4 or any(tokens[i].bare in _ORGANISATION_WORDS for i in person):
            return None
        if is_title(tokens[index - 1]):
            return None  # "Deputy Secretary of State … Jane Roe": a title, not a person
        org_first = index + 1
        if tokens[org_first].lower == "the":
            org_first += 1
        organisation = range(org_first, last + 1)
        if not any(
            tokens[i].bare in _ORGANISATION_WORDS or tokens[i].text.isupper() for i in organisation
        ):
            return None
        parts = split_name(tokens, first, index)
        if parts is not None and parts.titled:
            # "Professor Ann Lee of the University of Halden": the title is her role
            return Phrase(
                first,
                last + 1,
                index - 1,
                parts.name[0],
                index,
                role_tokens=parts.role,
                affiliation_tokens=(index + 1, last + 1),
            )
        return Phrase(
            first, last + 1, index - 1, first, index, affiliation_tokens=(index + 1, last + 1)
        )
    return None


def _person_of_organisation(tokens: list[Token], organisation: Phrase, floor: int) -> Phrase:
    """ "Mark Smith of the Atlantic Council": a person's name, "of"/"at"/"from", an organisation."""
    preposition = organisation.first - 1
    if preposition - 1 < floor or tokens[preposition].lower not in ("of", "at", "from"):
        return organisation
    person = phrase_left(tokens, preposition - 1, floor)
    if person is None or person.pronoun or person.name_last - person.name_first < 2:
        return organisation
    if any(
        tokens[i].bare in _ORGANISATION_WORDS for i in range(person.name_first, person.name_last)
    ):
        return organisation
    return Phrase(
        person.first,
        organisation.last,
        person.head,
        person.name_first,
        person.name_last,
        role_tokens=person.role_tokens,
        affiliation_tokens=(organisation.first, organisation.last),
        former=person.former,
        possessor=person.possessor,
    )


_ORGANISATION_WORDS = lx.ORGANISATION_WORDS


def _trim_left_connectors(tokens: list[Token], first: int, last: int) -> int:
    while first < last and (
        tokens[first].lower in lx.NAME_CONNECTORS or tokens[first].text in _NAME_PUNCT
    ):
        first += 1
    return first


def _premodifiers_left(
    tokens: list[Token], first: int, floor: int
) -> tuple[int, tuple[int, int] | None, tuple[int, int] | None, tuple[int, int] | None]:
    """Extend a name leftwards over titles and an organisation before them.

    Returns the new first token, the possessor ("ISW's"), the role ("senior analyst")
    and the organisation ("Carnegie" in "Carnegie analyst Jane Doe").
    """
    possessor: tuple[int, int] | None = None
    organisation: tuple[int, int] | None = None
    role_end = first
    index = first - 1
    while index >= floor and first - index <= _MAX_MODIFIERS + 2:
        token = tokens[index]
        if token.kind is not TokenKind.WORD:
            break
        if _is_title_word(token):
            first = index
        elif (
            token.lower in lx.TITLE_OF_TAILS
            and index - 2 >= floor
            and tokens[index - 1].lower == "of"
            and _is_title_word(tokens[index - 2])
        ):
            first = index = index - 2  # "chief of staff Tom Reed": one title
        elif token.is_possessive and _is_name_at(tokens, index, floor):
            start = index
            while start - 1 >= floor and _is_name_word(tokens[start - 1]):
                start -= 1
            possessor = (start, index + 1)
            first = start
            break
        elif (
            _is_name_word(token)
            and not _is_sentence_starter(tokens, index, floor)
            and (
                (index + 1 < role_end and _is_title_word(tokens[index + 1]))
                or (organisation is not None and organisation[0] == index + 1)
            )
        ):
            # "Carnegie analyst Jane Doe", "former Pentagon official John Brown",
            # "Wagner Group financier Jane Doe" (the organisation's name runs on leftwards)
            organisation = (index, organisation[1] if organisation else index + 1)
            first = index
        else:
            break
        index -= 1
    role_start = first if possessor is None else possessor[1]
    if organisation is not None:
        role_start = organisation[1]
    role = (role_start, role_end) if role_start < role_end else None
    if possessor is not None:
        organisation = possessor
    return first, possessor, role, organisation


def description_left(tokens: list[Token], last: int, floor: int) -> Phrase | None:
    """A description headed by ``tokens[last]`` whatever its noun ("Western claims")."""
    return _description_left(tokens, last, floor)


def _description_left(tokens: list[Token], last: int, floor: int) -> Phrase | None:
    """A description with a source noun as head ("the Rybar channel", "senior officials")."""
    first = last
    modifiers = 0
    index = last - 1
    quoted: tuple[int, int] | None = None
    possessor: tuple[int, int] | None = None
    while index >= floor and modifiers < _MAX_MODIFIERS + 3:
        token = tokens[index]
        if token.kind is TokenKind.QUOTE and quoted is None:
            opening = _matching_open_left(tokens, index, floor)
            if opening is None:
                break
            quoted = (tokens[opening].end, tokens[index].start)
            first = opening
            index = opening - 1
            continue
        if token.lower in lx.DETERMINERS:
            first = index
            break
        if token.lower == "think" and tokens[index + 1].bare == "tank":
            first = index
            index -= 1
            continue
        if token.kind is TokenKind.WORD and token.is_possessive:
            first = index
            modifiers += 1
            if _is_name_at(tokens, index, floor):
                start = index
                while start - 1 >= floor and _is_name_word(tokens[start - 1]):
                    start -= 1
                possessor = (start, index + 1)
            elif _is_body_noun(token):
                possessor = (index, index + 1)  # "the ministry's spokesman"
        elif _is_name_word(token) or (
            token.kind in (TokenKind.WORD, TokenKind.NUMBER)
            and token.lower not in lx.MODIFIER_STOPS
            and (token.bare not in lx.CUE_WORDS or _noun_modifier(tokens, index, floor))
            and token.lower not in lx.CAUSATIVE_VERBS
            and not token.lower.endswith("ly")
        ):
            first = index
            modifiers += 1
        elif token.text in _NAME_PUNCT and token.end == tokens[index + 1].start:
            first = index
        elif (
            token.lower in ("of", "for")
            and index - 1 >= floor
            and _is_name_word(tokens[index - 1])
            and _is_name_word(tokens[index + 1])
        ):
            first = index  # "Office for Rail data"
        elif _joins_coordination(tokens, index, floor):
            # "Ukrainian and Moldovan sources", "Radio stations and newspapers": one descriptor.
            first = index
        else:
            break
        index -= 1
    if tokens[first].lower not in lx.DETERMINERS:
        first = _trim_left_connectors(tokens, first, last)
    while first < last and _is_sentence_starter(tokens, first, floor):
        first += 1
    name_first, name_last = _capitalised_core(tokens, first, last + 1)
    if possessor is not None and _is_body_noun(tokens[possessor[0]]):
        name_first, name_last = possessor  # the body's kind is all the phrase names
    phrase = Phrase(
        first, last + 1, last, name_first, name_last, quoted_name=quoted, possessor=possessor
    )
    return _attach_role_owner(tokens, phrase, floor)


def _is_body_noun(token: Token) -> bool:
    """ "ministry", "company": a lower-case noun for a kind of body, not a person."""
    kind = lx.KIND_BY_HEAD.get(token.bare)
    return not token.is_capitalised and kind is not None and kind.value != "person"


def _noun_modifier(tokens: list[Token], index: int, floor: int) -> bool:
    """ "the TASR state news agency": a cue word's noun form inside a name, after a name."""
    return (
        tokens[index].lower in lx.NOUN_LIKE_BASES
        and index - 1 >= floor
        and _is_name_word(tokens[index - 1])
    )


def _joins_coordination(tokens: list[Token], index: int, floor: int) -> bool:
    """ "and"/"or" between two demonyms or two source nouns of one descriptor."""
    if tokens[index].lower not in ("and", "or") or index - 1 < floor:
        return False
    left, right = tokens[index - 1], tokens[index + 1]
    return (is_demonym(left) and is_demonym(right)) or (
        _is_source_noun(left) and not left.is_possessive and right.kind is TokenKind.WORD
    )


def split_pair(tokens: list[Token], phrase: Phrase) -> list[Phrase]:
    """ "Moldovan officials and Russian sources": two descriptors, each with its own
    qualifier, as two phrases ("Radio stations and newspapers", which share one, stay one)."""
    for index in range(phrase.first + 1, phrase.last - 1):
        left, right = tokens[index - 1], tokens[index + 1]
        if (
            tokens[index].lower == "and"
            and _is_plural(left)
            and _is_source_noun(left)
            and (right.is_capitalised)
        ):
            first = phrase_left(tokens, index - 1, phrase.first)
            second = phrase_left(tokens, phrase.last - 1, index + 1)
            if first is not None and second is not None and first.first == phrase.first:
                return [first, second]
    return [phrase]


def _matching_open_left(tokens: list[Token], close: int, floor: int) -> int | None:
    """The opening mark of a short quoted name that closes at ``close``."""
    index = close - 1
    while index >= floor and close - index <= _QUOTED_NAME_TOKENS:
        if tokens[index].kind is TokenKind.QUOTE:
            return index if index < close - 1 else None
        index -= 1
    return None


def _capitalised_core(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The proper-name part of a description ("Rybar" in "the Rybar channel")."""
    core = [
        i
        for i in range(first, last - 1)
        if _is_name_at(tokens, i, first) and not is_demonym(tokens[i])
    ]
    if not core:
        return first, last
    return core[0], core[-1] + 1


def _attach_role_owner(tokens: list[Token], phrase: Phrase, floor: int) -> Phrase:
    """Turn "the ministry" into "a spokesperson for the ministry" when a role noun precedes."""
    preposition = phrase.first - 1
    if preposition - 1 < floor:
        return phrase
    briefed = tokens[preposition].lower == "on" and tokens[preposition - 1].lower == "briefed"
    if tokens[preposition].lower not in lx.ROLE_PREPOSITIONS and not briefed:
        return phrase  # "officials briefed on the plan": the officials, not the plan
    owner_end = preposition - 1
    linked = tokens[owner_end].lower in lx.LINKING_ADJECTIVES and owner_end - 1 >= floor
    if linked:
        owner_end -= 1  # "a source familiar with the matter", "people close to the Kremlin"
    owner = phrase_left(tokens, owner_end, floor)
    if owner is None or owner.pronoun:
        return phrase
    head = tokens[owner.head].bare
    if head not in lx.ROLE_NOUNS and not (
        # "bloggers close to the ministry": whoever is close to a body speaks, not the body
        linked and (head in lx.SOURCE_NOUNS or head in lx.CHANNEL_WORDS)
    ):
        return phrase
    return Phrase(
        owner.first,
        phrase.last,
        owner.head,
        phrase.name_first,
        phrase.name_last,
        quoted_name=phrase.quoted_name,
        role_tokens=(owner.first, owner.last),
        affiliation_tokens=(phrase.first, phrase.last),
    )


def group_of(first: Phrase, second: Phrase) -> Phrase:
    """One unnamed group from a coordination ("Ukraine and its Western backers")."""
    return Phrase(
        first.first,
        second.last,
        second.head,
        first.first,
        second.last,
        group=True,
    )


def phrase_right(tokens: list[Token], first: int, ceiling: int) -> Phrase | None:
    """Read the source phrase that starts at ``tokens[first]``, before ``ceiling``."""
    if first >= ceiling:
        return None
    first = _skip_age(tokens, first, ceiling)
    token = tokens[first]
    if token.lower == "that":
        return None
    if is_pronoun(token):
        return Phrase(first, first + 1, first, first, first + 1, pronoun=True)
    index = first
    while index < ceiling and index - first < _MAX_NAME_TOKENS + _MAX_MODIFIERS:
        word = tokens[index]
        if word.lower == "that" and index > first:
            break  # "told Reuters that …": the clause starts here
        joins = (
            word.lower in lx.DETERMINERS
            or _is_title_word(word)
            or _is_name_word(word)
            or word.kind is TokenKind.HANDLE
            or (
                word.lower in lx.NAME_CONNECTORS
                and index > first
                and index + 1 < ceiling
                and _is_name_word(tokens[index + 1])
            )
            or (
                word.text in _NAME_PUNCT
                and index > first
                and index + 1 < ceiling
                and word.start == tokens[index - 1].end
                and word.end == tokens[index + 1].start
            )
            or _is_source_noun(word)
            or (
                word.kind is TokenKind.WORD
                and word.lower not in lx.MODIFIER_STOPS
                and index + 1 < ceiling
                and (
                    _continues_description(tokens, index + 1, ceiling)
                    or _occupation_before_name(tokens, index, ceiling)
                )
            )
        )
        if not joins:
            break
        index += 1
    last = index
    while last > first and (
        tokens[last - 1].lower in lx.NAME_CONNECTORS or tokens[last - 1].lower in lx.DETERMINERS
    ):
        last -= 1
    if last == first:
        return None
    head = last - 1
    if not (_is_name_word(tokens[head]) or _is_source_noun(tokens[head])):
        return None
    return phrase_left(tokens, head, first) if last > first else None


def _skip_age(tokens: list[Token], first: int, ceiling: int) -> int:
    """ "said 79-year-old Jane Roe": an age before a name is no part of the phrase."""
    if (
        first + 3 < ceiling
        and tokens[first].kind is TokenKind.NUMBER
        and tokens[first + 1].text == "-"
        and tokens[first + 2].lower.startswith("year")
    ):
        return first + 3
    return first


def _occupation_before_name(tokens: list[Token], index: int, ceiling: int) -> bool:
    """ "said welder Ann Poe", "said retired nurse Ann Poe": lower-case words that describe
    the person named right after them (two capitalised words at least)."""
    for name in range(index + 1, min(index + 3, ceiling - 1)):
        token = tokens[name]
        if _is_name_word(token):
            return _is_name_word(tokens[name + 1])
        if not token.text.islower() or token.lower in lx.MODIFIER_STOPS:
            return False
    return False


def _continues_description(tokens: list[Token], index: int, ceiling: int) -> bool:
    """True when a source noun follows within two words (so a modifier may join)."""
    for offset in range(2):
        if index + offset < ceiling and _is_source_noun(tokens[index + offset]):
            return True
    return False


def appositive_after(tokens: list[Token], phrase: Phrase, ceiling: int) -> Phrase:
    """Extend ``phrase`` with a following ", role at Organisation," appositive, if there is one,
    or with "from/of/at the Organisation" ("…, said inspector Jane Roe from the city police")."""
    phrase = _organisation_after(tokens, phrase, ceiling)
    comma = phrase.last
    if comma >= ceiling or tokens[comma].text != "," or phrase.pronoun:
        return phrase
    comma = _skip_postnominals(tokens, comma, ceiling)
    if comma != phrase.last and tokens[comma].text != ",":
        # "Jane Roe, MD.": the letters say what she is (a physician), not whom she speaks for.
        degrees = (phrase.last + 1, comma)
        return replace(phrase, last=comma, role_tokens=phrase.role_tokens or degrees)
    return description_at(tokens, phrase, comma + 1, ceiling)


def description_at(tokens: list[Token], phrase: Phrase, first: int, ceiling: int) -> Phrase:
    """Extend ``phrase`` with the description that starts at ``tokens[first]`` and runs to the
    next comma or full stop ("a fellow at the Halden Institute"), when it reads as one."""
    if first < ceiling and is_party_tag(tokens[first]):
        return phrase  # "Jane Roe, R-Texas,": party and state, no description
    end = first
    while (
        end < ceiling
        and tokens[end].text not in (",", ".", ";", ":", "!", "?")
        and (tokens[end].kind not in (TokenKind.QUOTE, TokenKind.BREAK))
    ):
        if end - first >= _MAX_APPOSITIVE or (
            lx.CUE_WORDS.get(tokens[end].lower) is lx.CueClass.STRONG
            and tokens[end - 1].lower != "of"  # "secretary of state": a noun after "of"
        ):
            return phrase
        end += 1
    if end == first:
        return phrase
    opener = first
    if first + 1 < end and tokens[first].lower == "now":
        opener = first + 1  # "Jane Roe, now a fellow at …": the post held today
    if not _opens_appositive(tokens[opener]):
        return phrase
    if tokens[opener].is_possessive and _is_bare_name(tokens, opener + 1, end):
        return phrase  # "Marlowe, the Herald's Ann Poe, …": a list of people, not a description
    return _with_appositive(tokens, phrase, first, end)


def _skip_postnominals(tokens: list[Token], comma: int, ceiling: int) -> int:
    """The comma after any ", MD, PhD" run of degrees that follows ``comma`` (else ``comma``):
    "Jane Roe, Ph.D., of the institute" gives her body after the letters."""
    index = comma
    while index < ceiling and tokens[index].text == ",":
        end = index + 1
        letters = ""
        while end < ceiling and tokens[end].kind is not TokenKind.BREAK and end - index <= 4:
            letters += tokens[end].text.replace(".", "").lower()
            if letters in lx.POSTNOMINALS:
                break
            end += 1
        if letters not in lx.POSTNOMINALS or end + 1 >= ceiling:
            return index
        index = end + 1
    return index


def _organisation_after(tokens: list[Token], phrase: Phrase, ceiling: int) -> Phrase:
    """A person's name followed by "from/of/at" and an organisation's name."""
    preposition = phrase.last
    if (
        phrase.pronoun
        or phrase.affiliation_tokens is not None
        or preposition + 1 >= ceiling
        or tokens[preposition].lower not in ("of", "from", "at")
    ):
        return phrase
    organisation = _organisation_right(tokens, preposition + 1, ceiling)
    if organisation is None or not any(
        tokens[i].bare in _ORGANISATION_WORDS or tokens[i].text.isupper()
        for i in range(*organisation)
    ):
        return phrase
    first, last = organisation
    while last > first and tokens[last - 1].kind is TokenKind.PUNCT:
        last -= 1  # a sentence's full stop is no part of the name
    return replace(phrase, last=last, affiliation_tokens=(first, last))


def appositive_before_cue(tokens: list[Token], comma: int, floor: int) -> Phrase | None:
    """Read "Name, role at Organisation," ending with the comma at ``comma`` before a cue.

    Also "Name, 35, the daughter of …," (two appositives) and "Name, in her dissent,"
    (an aside, which is not part of the source's words).
    """
    index = comma - 1
    end = comma
    hops = 0
    while index >= floor and comma - index <= _MAX_APPOSITIVE:
        token = tokens[index]
        if token.text == ",":
            opener = tokens[index + 1] if index + 1 < end else None
            if opener is None:
                return None
            aside = opener.lower in lx.ASIDE_OPENERS or (
                # "Estonia and its Nordic neighbours, led by Norway, have accused"
                opener.lower.endswith("ed") and index + 2 < end and tokens[index + 2].lower == "by"
            )
            if not aside and not _opens_appositive(opener):
                return None
            name = phrase_left(tokens, index - 1, floor)
            if name is None and not aside and _is_bare_name(tokens, index + 1, comma):
                role = _role_opening_sentence(tokens, index, floor)
                if role is not None:
                    # "Its head of policy, Simon Ward, said": the post, then who holds it
                    return Phrase(
                        role[0],
                        comma,
                        comma - 1,
                        index + 1,
                        comma,
                        appositive=(index + 1, comma),
                        role_tokens=role,
                    )
            if name is None and opener.lower == "who":
                # "A freight broker, who asked not to be named, said": "who" makes any noun
                # before it someone who can speak, known source noun or not.
                name = generic_description_left(tokens, index - 1, floor)
            if name is not None and not name.pronoun:
                return name if aside else _with_appositive(tokens, name, index + 1, comma)
            hops += 1
            if hops > 2:
                return None
        elif (
            token.kind in (TokenKind.QUOTE, TokenKind.BREAK)
            or token.text in (".", ";", ":")
            or (
                _is_strong_cue(token)
                and tokens[index - 1].lower != "of"  # "secretary of state": a noun
                and not token.lower.endswith("ing")
                and not token.is_capitalised  # "the United States" is no verb
                and not _opens_relative_clause(tokens, index, floor)
            )
        ):
            return None
        index -= 1
    return None


def _opens_relative_clause(tokens: list[Token], index: int, floor: int) -> bool:
    """True when the verb at ``index`` sits in ", who wrote the measure," : a clause about
    the person, whose verb says nothing the article attributes."""
    while index > floor and tokens[index - 1].text != ",":
        index -= 1
        if tokens[index].kind is TokenKind.QUOTE or tokens[index].text in (".", ";", ":"):
            return False
    return tokens[index].lower in ("who", "which", "whose")


def _is_strong_cue(token: Token) -> bool:
    """A verb of saying: an appositive never contains one."""
    return lx.CUE_WORDS.get(token.lower) is lx.CueClass.STRONG


def _opens_appositive(token: Token) -> bool:
    """An appositive starts with an article, a title, a role, a capitalised word or "who"."""
    return (
        token.kind is TokenKind.NUMBER
        or token.lower in ("of", "at", "from", "with")
        or token.lower in ("a", "an", "the", "who", "which", "whose")
        or token.lower in lx.OWNING_DETERMINERS  # "Jane Roe, his press secretary, added"
        or token.bare in lx.PERSON_TITLES
        or token.bare in lx.TITLE_MODIFIERS
        or token.bare in lx.ROLE_NOUNS
        or token.is_capitalised
        or token.is_possessive
    )


def _role_opening_sentence(tokens: list[Token], comma: int, floor: int) -> tuple[int, int] | None:
    """The post that opens a sentence before "``, Name,``" ("Its head of policy", "The
    agency's chief economist"): a determiner, then a few words with a role noun among them."""
    if floor >= comma or comma - floor > _MAX_MODIFIERS + 3:
        return None
    if tokens[floor].lower not in lx.DETERMINERS:
        return None
    words = tokens[floor + 1 : comma]
    if not words or any(t.kind is not TokenKind.WORD for t in words):
        return None
    if not any(t.bare in lx.ROLE_NOUNS or t.bare in lx.PERSON_TITLES for t in words):
        return None
    first = floor + 1 if tokens[floor].lower in lx.OBJECT_PRONOUNS else floor
    return first, comma


def _with_appositive(tokens: list[Token], phrase: Phrase, first: int, last: int) -> Phrase:
    """Return ``phrase`` extended over the appositive ``tokens[first:last]``."""
    head = tokens[phrase.head].bare
    medium = head in lx.CHANNEL_WORDS or head in lx.OUTLET_WORDS
    if (medium and _is_title_run(tokens, first, last)) or (
        _is_bare_name(tokens, first, last)
        and (
            head in lx.ROLE_NOUNS
            or not any(
                _is_name_word(tokens[i]) and not is_demonym(tokens[i])
                for i in range(phrase.name_first, phrase.name_last)
            )
        )
    ):
        # "another Z-channel, Two Majors,": a medium's kind, then its name;
        # "a spokesperson for the ministry, Olga Petrova,": the appositive is the name.
        return Phrase(
            phrase.first,
            last,
            last - 1,
            first,
            last,
            appositive=(first, last),
            role_tokens=phrase.role_tokens or (phrase.first, phrase.last),
            affiliation_tokens=phrase.affiliation_tokens,
            former=phrase.former,
        )
    role, affiliation = _role_and_affiliation(tokens, first, last)
    former = phrase.former or any(tokens[i].lower in ("former", "ex") for i in range(first, last))
    return Phrase(
        phrase.first,
        last,
        phrase.head,
        phrase.name_first,
        phrase.name_last,
        quoted_name=phrase.quoted_name,
        appositive=(first, last),
        role_tokens=role or phrase.role_tokens,
        affiliation_tokens=affiliation or phrase.affiliation_tokens,
        former=former,
        possessor=phrase.possessor,
    )


def _is_title_run(tokens: list[Token], first: int, last: int) -> bool:
    """One to four capitalised words, numbers spelled out included ("Two Majors"): a
    channel's or an outlet's name."""
    words = tokens[first:last]
    return 1 <= len(words) <= 4 and all(
        t.kind is TokenKind.WORD and t.is_capitalised and not t.is_possessive for t in words
    )


def _is_bare_name(tokens: list[Token], first: int, last: int) -> bool:
    """Two to four capitalised words and nothing else."""
    return 2 <= last - first <= 4 and all(
        _is_name_word(tokens[i]) and not tokens[i].is_possessive for i in range(first, last)
    )


def _role_and_affiliation(
    tokens: list[Token], first: int, last: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Split "a senior scholar at the Center for X in Washington" into role and organisation."""
    if tokens[first].lower in ("who", "which", "whose"):
        return None, None
    if tokens[first].lower == "now" and first + 1 < last:
        first += 1  # "now a fellow at the institute": the post held today
    # "a singer who got her start on X": the clause says what she did, not her post; "a
    # professor and author of a blog": the first post is the one to read
    last = next(
        (
            i
            for i in range(first + 1, last)
            if tokens[i].lower in ("who", "which")
            or (
                tokens[i].lower == "and"
                and i + 1 < last
                and tokens[i + 1].bare in lx.ROLE_NOUNS | lx.PERSON_TITLES
            )
        ),
        last,
    )
    if tokens[first].lower in ("of", "at", "from"):
        # "Jane Roe, of the Halden institute": the body; "of Halden University's institute":
        # the possessor is the body the reader knows.
        owner = next((i for i in range(first + 1, last) if tokens[i].is_possessive), last - 1)
        return None, _organisation_right(tokens, first + 1, owner + 1)
    start = first + 1 if tokens[first].lower in ("a", "an", "the") else first
    for index in range(start, last):
        token = tokens[index]
        if token.lower == "of" and _inside_office_title(tokens, index, start, last):
            continue  # "an assistant secretary of state for Asia": the office has its "of"
        if (
            token.lower == "of"
            and index + 1 < last
            and tokens[index - 1].is_capitalised
            and tokens[index - 1].bare in _ORGANISATION_WORDS
            and _is_name_word(tokens[index + 1])
        ):
            continue  # "a University of Oregon professor": the "of" is inside the body's name
        if token.lower in ("at", "of", "for", "with", "from") and index > start:
            organisation = _organisation_right(tokens, index + 1, last)
            if organisation is None and token.lower == "of":
                later = _body_after_topic(tokens, index + 1, last)
                if later is not None:
                    return (start, index), later  # "a professor of economics at X"
            return (start, index), organisation
        if token.is_possessive and _is_name_word(token):
            return (index + 1, last) if index + 1 < last else None, (start, index + 1)
    # "Carnegie analyst": capitalised words before a role noun name the organisation.
    names = [
        i for i in range(start, last) if _is_name_word(tokens[i]) and not is_demonym(tokens[i])
    ]
    if names and names[-1] + 1 < last:
        return (names[-1] + 1, last), (names[0], names[-1] + 1)
    return (start, last), None


def _body_after_topic(tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The body after a post's topic: "of economics at Lakeside University" names it."""
    for index in range(first, min(last, first + 4)):
        if tokens[index].lower in ("at", "with", "for"):
            return _organisation_right(tokens, index + 1, last)
        if tokens[index].kind is not TokenKind.WORD:
            return None
    return None


def _inside_office_title(tokens: list[Token], of: int, first: int, last: int) -> bool:
    """True when the "of" at ``of`` belongs to an office's title ("secretary of state")."""
    for title in lx.offices().titles_with_of:
        words = title.split()
        begin = of - words.index("of")
        if begin >= first and begin + len(words) <= last:
            found = [tokens[i].lower.replace(".", "") for i in range(begin, begin + len(words))]
            if found == words:
                return True
    return False


def _organisation_right(tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The organisation named from ``first``: "the Kharkiv operational group" (not "in …"),
    or a definite body noun that points back to one in play ("the authority")."""
    definite = first < last and tokens[first].lower == "the"
    if definite:
        first += 1
    end = first
    while end < last and tokens[end].lower not in lx.ORGANISATION_STOPS:
        if tokens[end].kind not in (TokenKind.WORD, TokenKind.NUMBER) and tokens[end].text not in (
            _NAME_PUNCT
        ):
            break
        end += 1
    while end > first and tokens[end - 1].lower in lx.NAME_CONNECTORS:
        end -= 1
    if end == first:
        return None
    if not any(
        _is_name_word(tokens[i]) or _is_region_possessive(tokens[i]) for i in range(first, end)
    ):
        body_kind = lx.KIND_BY_HEAD.get(tokens[end - 1].bare)
        if definite and end - first <= 2 and body_kind is not None and body_kind.value != "person":
            return first, end  # "a spokesman for the authority": the authority in play
        return None
    if end + 1 < last and tokens[end].lower == "at":
        # "the Center for X at the Halden Institute": a unit and the institution it is in
        outer = _organisation_right(tokens, end + 1, last)
        if outer is not None and any(tokens[i].bare in _ORGANISATION_WORDS for i in range(*outer)):
            return first, outer[1]
    return first, end


def _is_region_possessive(token: Token) -> bool:
    """ "region's" in "the region's administration": a body named by the region in play."""
    return token.is_possessive and token.bare in lx.REGION_NOUNS


def _role_with_body(owner: Phrase, last: int, body: tuple[int, int] | None) -> Phrase:
    """A role noun phrase extended to token ``last``, its body (if any) as the affiliation."""
    return Phrase(
        owner.first,
        last + 1,
        owner.head,
        owner.name_first,
        owner.name_last,
        role_tokens=(owner.first, owner.last),
        affiliation_tokens=body,
    )


def description_before_name(tokens: list[Token], name: int, floor: int) -> Phrase | None:
    """The description closed by a comma right before the name at ``tokens[name]``: "the
    governor's envoy to Halden, retired Gen. Jane Roe" gives role, possessor and body.

    It must open with an article or a possessor ("the", "Halden's"), so that "Speaking to
    reporters, Jane Roe said" describes no one.
    """
    comma = name - 1
    while comma > floor and tokens[comma].lower in lx.TITLE_MODIFIERS:
        comma -= 1  # "retired", "former"
    if comma <= floor or tokens[comma].text != ",":
        return None
    head = _role_noun_before(tokens, comma, floor)
    if head is None:
        return None
    role_first = head
    while (
        role_first - 1 >= floor
        and head - role_first < _MAX_MODIFIERS
        and tokens[role_first - 1].kind is TokenKind.WORD
        and not tokens[role_first - 1].is_possessive
        and tokens[role_first - 1].lower not in lx.DETERMINERS
        and tokens[role_first - 1].lower not in lx.MODIFIER_STOPS
        and not is_pronoun(tokens[role_first - 1])
    ):
        role_first -= 1  # "top security", "special"
    first = role_first
    possessor: tuple[int, int] | None = None
    if first - 1 >= floor and tokens[first - 1].is_possessive:
        owner = first - 1
        while (
            owner - 1 >= floor
            and first - owner < _MAX_MODIFIERS
            and tokens[owner - 1].is_capitalised == tokens[owner].is_capitalised
            and not tokens[owner - 1].is_possessive
            and tokens[owner - 1].kind is TokenKind.WORD
            and tokens[owner - 1].lower not in lx.DETERMINERS
            and tokens[owner - 1].lower not in lx.MODIFIER_STOPS
        ):
            owner -= 1  # "Jane Roe's", "the prime minister's"
        possessor, first = (owner, role_first), owner
    if first - 1 >= floor and tokens[first - 1].lower in ("the", "a", "an"):
        first -= 1
    elif possessor is None:
        return None
    role_last, body = comma, None
    if head + 1 < comma and tokens[head + 1].lower in ("of", "at", "for", "with"):
        role_last, body = head + 1, (head + 2, comma)
    return Phrase(
        first,
        comma,
        head,
        head,
        head,
        role_tokens=(role_first, role_last),
        affiliation_tokens=body,
        possessor=possessor,
    )


def _role_noun_before(tokens: list[Token], comma: int, floor: int) -> int | None:
    """The singular role noun that a description before ``comma`` ends with, perhaps followed
    by what the role is of or for ("envoy to Halden", "head of the region's council")."""
    for index in range(comma - 1, max(floor, comma - _MAX_APPOSITIVE // 3) - 1, -1):
        token = tokens[index]
        if token.kind is not TokenKind.WORD or token.text in (",", ";"):
            return None
        if token.is_capitalised or token.is_possessive:
            continue
        if token.bare in lx.PERSON_TITLES or (
            token.bare in lx.ROLE_NOUNS and not token.bare.endswith("s")
        ):
            following = tokens[index + 1]
            if index + 1 == comma or following.lower in lx.ROLE_PREPOSITIONS:
                return index
            return None
    return None
