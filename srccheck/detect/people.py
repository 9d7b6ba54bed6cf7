"""What an article says about each person it names, wherever it says it.

The phrase that credits a claim often carries no role ("according to Jane Roe"), while the
text describes the person elsewhere: in an appositive after another mention ("Roe, head of
the city council, …"), in one before the name ("the governor's envoy, retired Gen. Jane
Roe,"), in the sentence that follows ("She heads the city council.") or as the post held now
("Roe, now a fellow at the Halden Institute", which beats an earlier role). This module reads
those descriptions into the entity index once per article, so every mention of the person,
and every attribution to them, has what the text said.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from srccheck.detect import lexicon as lx
from srccheck.detect.entities import (
    Entity,
    EntityIndex,
    fold,
    is_address,
    is_degree,
    pronoun_sex,
)
from srccheck.detect.phrases import (
    Phrase,
    appositive_after,
    description_at,
    description_before_name,
)
from srccheck.detect.tokens import Sentence, Token, TokenKind

#: How far back (in tokens) "the region's administration" looks for the region it means.
REGION_LOOKBACK_TOKENS = 60
#: How far back (in tokens) a staff role looks for the organisation it works for.
EMPLOYER_LOOKBACK_TOKENS = 400
#: How far a title and name may run before the surname ("Deputy Secretary of State for
#: Political Affairs Jane Roe").
MAX_TITLED_RUN_TOKENS = 12


def describe_people(index: EntityIndex, sentences: list[Sentence]) -> None:
    """Give each person of ``index`` the role, body and principal the text states anywhere."""
    tokens = index.tokens
    if not sentences or not index.entities:
        return
    ends = _sentence_ends(sentences, len(tokens))
    for entity in index.entities:
        for mention in entity.mentions:
            first, last = ends[mention]
            _read_after(index, entity, mention, last)
            _read_before(index, entity, mention, first, last)
    _read_following_sentences(index, sentences)


def _sentence_ends(sentences: list[Sentence], size: int) -> list[tuple[int, int]]:
    """The sentence bounds ``(first, last)`` of every token, by token index."""
    bounds = [(0, size)] * size
    for sentence in sentences:
        last = min(sentence.last, size)
        if sentence.first < last:  # a slice at a time: every token of the article has one
            bounds[sentence.first : last] = [(sentence.first, sentence.last)] * (
                last - sentence.first
            )
    return bounds


def _name_end(
    tokens: list[Token], mention: int, ceiling: int, surname: str | None = None
) -> int | None:
    """The token after the capitalised run that starts at ``mention``; None for "Roe's".

    A run that opens with a title holding "of" ("Secretary of State Tom Reed") is read from
    the person's surname, so the title's "of State" is never taken for "Roe of the Institute".
    """
    end = _surname_position(tokens, mention, ceiling, surname) if surname else mention
    while end < ceiling and tokens[end].kind is TokenKind.WORD:
        token = tokens[end]
        if not (token.is_capitalised or token.lower in lx.NAME_PARTICLES):
            break
        if token.is_possessive:
            return None  # "Roe's aide": what follows is about someone else
        end += 1
    return end if end > mention else None


def _surname_position(tokens: list[Token], mention: int, ceiling: int, surname: str) -> int:
    """Where ``surname`` stands in the title-and-name run that starts at ``mention`` (the
    mention itself when it is not there)."""
    key = fold(surname)
    for position in range(mention, min(ceiling, mention + MAX_TITLED_RUN_TOKENS)):
        token = tokens[position]
        if token.kind is not TokenKind.WORD or not (
            token.is_capitalised or token.lower in lx.NAME_CONNECTORS
        ):
            break
        if fold(token.bare) == key:
            return position
    return mention


def _read_after(index: EntityIndex, entity: Entity, mention: int, ceiling: int) -> None:
    """ "Jane Roe, head of the city council," and "Roe, now a fellow at the Halden Institute"."""
    tokens = index.tokens
    if (
        mention >= 2
        and tokens[mention - 1].lower == "to"
        and tokens[mention - 2].text == "According"
    ):
        return  # "According to Jane Roe, the plan failed": the comma opens her claim
    end = _name_end(tokens, mention, ceiling, entity.surname)
    if end is None or end >= ceiling:
        return
    phrase = appositive_after(tokens, Phrase(mention, end, end - 1, mention, end), ceiling)
    if phrase.appositive is None and phrase.affiliation_tokens is None:
        return
    current = phrase.appositive is not None and tokens[phrase.appositive[0]].lower == "now"
    _learn(index, entity, phrase, mention, current=current)


def _read_before(
    index: EntityIndex, entity: Entity, mention: int, floor: int, ceiling: int
) -> None:
    """ "the governor's envoy, retired Gen. Jane Roe, …": a description closed by a comma."""
    tokens = index.tokens
    end = _name_end(tokens, mention, ceiling, entity.surname)
    if end is None or (end < ceiling and tokens[end].text not in (",", ".", ";", ")")):
        return  # "In a letter to the ambassador, Jane Roe wrote": not a description of her
    phrase = description_before_name(tokens, mention, floor)
    if phrase is not None:
        _learn(index, entity, phrase, mention, current=False)


def _read_following_sentences(index: EntityIndex, sentences: list[Sentence]) -> None:
    """ "… said Jane Roe. She heads the city council." and "She is the director of X"."""
    tokens = index.tokens
    for previous, sentence in pairwise(sentences):
        opener = tokens[sentence.first] if sentence.first < len(tokens) else None
        if opener is None or opener.kind is not TokenKind.WORD:
            continue
        sex = pronoun_sex(opener.bare)
        if sex is None or opener.bare not in ("he", "she"):
            continue
        people = index.persons_before(sentence.first, confirmed=False)
        entity = people[0] if people else None
        last_mention = index.last_mention_before(entity, sentence.first) if entity else None
        if entity is None or last_mention is None or last_mention < previous.first:
            continue  # the pronoun must follow a sentence that names the person
        if entity.sex not in (None, sex):
            continue
        phrase = _predicate_description(tokens, sentence.first, sentence.last)
        if phrase is not None:
            _learn(index, entity, phrase, last_mention, current=False)


def _predicate_description(tokens: list[Token], first: int, last: int) -> Phrase | None:
    """The description in "She's the director of X" or "He heads the X" (a role and a body)."""
    opener = tokens[first]
    start = first + 1
    if not opener.is_possessive:  # "She's" holds its verb
        if start >= last or tokens[start].lower not in ("is", "was"):
            return _heading_description(tokens, first, last)
        start += 1
    if start >= last or tokens[start].lower not in ("a", "an", "the"):
        return None
    return description_at(tokens, Phrase(first, start, first, first, start), start, last)


def _heading_description(tokens: list[Token], first: int, last: int) -> Phrase | None:
    """ "He heads the city council": the verb gives the role, its object the body."""
    verb = first + 1
    role = lx.HEADING_VERBS.get(tokens[verb].lower) if verb < last else None
    if role is None or verb + 1 >= last or tokens[verb + 1].lower != "the":
        return None
    phrase = description_at(tokens, Phrase(first, verb + 1, first, first, verb + 1), verb + 1, last)
    if phrase.appositive is None:
        return None
    # "heads the Halden water board": the whole object is the body
    return Phrase(
        phrase.first,
        phrase.last,
        phrase.head,
        phrase.name_first,
        phrase.name_last,
        appositive=phrase.appositive,
        role_tokens=(verb, verb + 1),
        affiliation_tokens=phrase.appositive,
    )


def _learn(
    index: EntityIndex, entity: Entity, phrase: Phrase, mention: int, *, current: bool
) -> None:
    """Keep what a description says of ``entity``: the first one, or the post held now."""
    tokens = index.tokens
    role = _text(index, phrase.role_tokens)
    opener = (
        tokens[phrase.role_tokens[0]]
        if phrase.role_tokens is not None and phrase.role_tokens[0] < len(tokens)
        else None
    )
    if role is None or opener is None:
        role = None
    elif opener.kind is TokenKind.NUMBER:
        role = None  # "Jane Roe, 42,": an age is no role
    elif opener.lower in lx.HEADING_VERBS:
        role = lx.HEADING_VERBS[opener.lower]
    if role is not None and is_degree(role):
        role = None  # "MD, PhD": letters after the name, not a post
    principal: str | None = None
    organisation: str | None = None
    if phrase.possessor is not None:
        owner = _text(index, phrase.possessor)
        if owner is not None and (index.person(owner) is not None or owner.islower()):
            principal = owner  # "Jane Roe's envoy", "the president's envoy": their body
        elif owner is not None:
            organisation = owner
    if phrase.affiliation_tokens is not None and _may_be_body(tokens, phrase.affiliation_tokens):
        organisation = body_text(index, phrase.affiliation_tokens, mention)
    if role is not None and organisation is None and lx.party_of(role) is not None:
        role, organisation = None, role  # "Jane Roe, a Democrat": her party
        if organisation is not None and index.person(organisation) is not None:
            principal, organisation = organisation, None
    if role is None and organisation is None and principal is None:
        return
    if current and (organisation is not None or principal is not None):
        entity.role, entity.organisation, entity.principal = role, organisation, principal
        entity.current = True
        return
    if entity.current:
        return
    if role is not None and (entity.role is None or is_address(entity.role)):
        entity.role = role  # "envoy" says more than the "Gen." before her name
    if entity.organisation is None and entity.principal is None:
        entity.organisation, entity.principal = organisation, principal


def _may_be_body(tokens: list[Token], span: tuple[int, int]) -> bool:
    """False for where a person comes from ("a teacher from Leeds") and for a topic ("a
    source familiar with the plan"): neither is a body they speak for."""
    first, last = span
    before = [t.lower for t in tokens[max(first - 2, 0) : first]]
    if any(word in lx.TOPIC_LINKS for word in before):
        return False
    if before and before[-1] == "from":
        return any(t.bare in lx.ORGANISATION_WORDS or _is_initials(t) for t in tokens[first:last])
    return True


def _is_initials(token: Token) -> bool:
    letters = token.text.replace(".", "")
    return len(letters) > 1 and letters.isupper()


def _text(index: EntityIndex, span: tuple[int, int] | None) -> str | None:
    if span is None or span[0] >= span[1]:
        return None
    tokens = index.tokens
    words = [t for t in tokens[span[0] : span[1]] if t.lower not in ("a", "an", "the")]
    if not words:
        return None
    text = index.text[words[0].start : words[-1].end].strip(" ,")
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    return text or None


def names_region_in_play(tokens: list[Token], span: tuple[int, int]) -> bool:
    """True for a body named by the region in play ("the region's military administration")."""
    first, last = span
    if first < last and tokens[first].lower == "the":
        first += 1
    return first < last and tokens[first].is_possessive and tokens[first].bare in lx.REGION_NOUNS


def body_text(index: EntityIndex, span: tuple[int, int], mention: int) -> str | None:
    """The body's words; "the region's military administration" names the region in play."""
    tokens = index.tokens
    first, last = span
    if first < last and tokens[first].lower == "the":
        first += 1
    if names_region_in_play(tokens, (first, last)):
        place = _region_in_play(tokens, mention)
        rest = _text(index, (first + 1, last))
        if place is None or rest is None:
            return None  # "the region's administration" with no region named
        return f"{place} {lx.REGION_ADJECTIVES.get(tokens[first].bare, tokens[first].bare)} {rest}"
    return _text(index, (first, last))


def _region_in_play(tokens: list[Token], mention: int) -> str | None:
    """The latest "Kherson region" or "Tula Oblast" before token ``mention``."""
    floor = max(mention - REGION_LOOKBACK_TOKENS, 1)
    for position in range(mention - 1, floor - 1, -1):
        token = tokens[position]
        before = tokens[position - 1]
        if (
            token.bare in lx.REGION_NOUNS
            and not token.is_possessive
            and before.is_capitalised
            and before.kind is TokenKind.WORD
        ):
            return before.text[:-2] if before.is_possessive else before.text
    return None


def employer_in_play(
    index: EntityIndex,
    role: str,
    near: int,
    is_known_body: Callable[[str], bool] = lambda _: False,
) -> str | None:
    """The organisation a staff role with no body works for: the latest company named before
    token ``near`` for a company's officer ("Chief Commercial Officer Jane Roe"), the latest
    organisation of any kind but a publisher for other staff ("operations manager Jane Roe").
    None for any other role ("drone expert Jane Roe" speaks for no one)."""
    words = role.casefold().replace(".", "").split()
    if not words:
        return None
    if any(word in lx.STATE_ROLE_QUALIFIERS for word in words):
        return None
    if words[-1] in lx.COMPANY_OFFICER_WORDS:
        heads = lx.COMPANY_AND_PARTY_WORDS
    elif words[-1] in lx.STAFF_ROLE_WORDS:
        heads = lx.ORGANISATION_WORDS - lx.OUTLET_WORDS - lx.CHANNEL_WORDS
    else:
        return None
    tokens = index.tokens
    for position in range(near - 1, max(near - EMPLOYER_LOOKBACK_TOKENS, 0) - 1, -1):
        token = tokens[position]
        if token.is_capitalised and token.kind is TokenKind.WORD and token.bare in heads:
            return _capitalised_run_ending(index, position)
        if (
            heads is not lx.COMPANY_AND_PARTY_WORDS
            and _is_body_initials(token)
            and is_known_body(token.text)
        ):
            return token.text  # "The FBI request was denied, spokesman Jane Roe said"
    return None


def _is_body_initials(token: Token) -> bool:
    """ "FBI", "NATO": what may be a body's initials; never a country's ("US") or a title's
    ("CEO")."""
    letters = token.text.replace(".", "")
    return (
        token.kind is TokenKind.WORD
        and 2 <= len(letters) <= 6
        and letters.isupper()
        and letters.isalpha()
        and not token.is_possessive
        and letters.casefold() not in lx.PERSON_TITLES
        and lx.places().by_demonym.get(letters.casefold()) is None
        and lx.places().by_name.get(letters.casefold()) is None
    )


def _capitalised_run_ending(index: EntityIndex, last: int) -> str | None:
    """ "West Midlands Ambulance Service" for the token of "Service"; None for a lone head."""
    tokens = index.tokens
    first = last
    while first > 0 and (
        (tokens[first - 1].is_capitalised and not tokens[first - 1].is_possessive)
        or (tokens[first - 1].lower in ("of", "for", "and") and tokens[first - 2].is_capitalised)
    ):
        if (
            tokens[first - 1].kind is not TokenKind.WORD
            or tokens[first - 1].lower in lx.DETERMINERS
        ):
            break
        first -= 1
    while first < last and tokens[first].lower in ("of", "for", "and"):
        first += 1
    if first == last:
        return None
    return _text(index, (first, last + 1))
