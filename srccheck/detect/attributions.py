"""Find attributions: a cue ("said", "according to", "wrote on Telegram") with its source phrase
and content, direct quotations with their speakers, and relays ("TASS, citing a source").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from srccheck.detect import lexicon as lx
from srccheck.detect.lexicon import CueClass
from srccheck.detect.phrases import (
    Phrase,
    appositive_after,
    appositive_before_cue,
    description_left,
    generic_description_left,
    group_of,
    is_demonym,
    is_pronoun,
    linked_group_left,
    phrase_left,
    phrase_right,
    split_pair,
)
from srccheck.detect.quotes import Quote
from srccheck.detect.tokens import Sentence, Token, TokenKind

_CLAUSE_PUNCT = frozenset({",", ".", ":", ";", "!", "?", "—", "–"})
_STOPS = frozenset({".", "!", "?", "…"})
#: Quotations of this many words or fewer inside a sentence are scare quotes or titles.
_SCARE_QUOTE_WORDS = 3
_FLOATING_SENTENCES = 2
#: How far left of a cue a document's participle may stand ("a poll released Friday found").
_PARTICIPLE_REACH = 6
#: How far into a sentence its subject may start ("In May, Kowalczyk hit back, saying …").
_SUBJECT_OPENING_TOKENS = 10
#: A quotation of this many capitalised words or fewer is a title or a name.
_TITLE_QUOTE_WORDS = 8
#: The longest "according to …" phrase, in tokens.
_ACCORDING_TO_TOKENS = 16
#: A run of words longer than this is no source phrase.
_RUN_PHRASE_TOKENS = 14
#: How far before a passive cue its noun may start ("— a move described by …"), in tokens.
_AGENT_NOUN_TOKENS = 4
#: Marks that set an aside off from the claim before it.
_ASIDE_MARKS = frozenset({"—", "–", "-", ","})
#: How many words of description may precede an outlet's name ("state-run broadcaster RTV").
_OUTLET_DESCRIPTION_TOKENS = 3
#: The longest speaker before a colon and her quotation ("Union leader Jane Roe:"), in tokens.
_COLON_SPEAKER_TOKENS = 6
#: A pull-quote heading is a paragraph of one quotation of at most this many words.
_PULL_QUOTE_WORDS = 40
#: The share of a heading's words its speaker's paragraph must quote to repeat it.
_PULL_QUOTE_OVERLAP = 0.6


def _by_first_word(
    cues: dict[tuple[str, ...], CueClass],
) -> dict[str, list[tuple[tuple[str, ...], CueClass]]]:
    """The phrase cues grouped by their first word, in the lexicon's order: a token is
    compared only with the phrases it could open (each token of an article is asked)."""
    grouped: dict[str, list[tuple[tuple[str, ...], CueClass]]] = {}
    for words, cue_class in cues.items():
        grouped.setdefault(words[0], []).append((words, cue_class))
    return grouped


_PHRASE_CUES_BY_FIRST_WORD = _by_first_word(lx.PHRASE_CUES)

#: The words at which the scan's checks can start something (away from a sentence's first
#: token, where a headline colon may): "according to", "in a … poll", "released by", and
#: every cue. A check that starts at another word must add it here.
_MAY_OPEN_ATTRIBUTION = frozenset(
    {"according", "in", *lx.EVIDENCE_PARTICIPLES, *_PHRASE_CUES_BY_FIRST_WORD, *lx.CUE_WORDS}
)

#: Any of the phrases that say a claim is unverified, found in one pass over a sentence.
_HEDGE_PHRASE = re.compile("|".join(re.escape(phrase) for phrase in lx.HEDGE_PHRASES))


@dataclass(slots=True)
class RawAttribution:
    """An attribution found in the text, before sources are grouped and resolved."""

    phrase: Phrase | None
    cue: tuple[int, int] | None
    """Character range of the cue."""
    content: tuple[int, int] | None
    """Character range of what is attributed."""
    direct: bool
    sentence: int
    via: Phrase | None = None
    hedged: bool = False
    vague_class: str | None = None
    """Class default id for a source that the text does not name at all (passives)."""
    antecedent: Phrase | None = None
    """For a relative pronoun source ("…, who said"), the phrase it refers to."""
    floating: bool = False
    """A quotation given to the speaker of a nearby sentence."""
    relay: bool = False
    """A "citing Y" clause: Y is the origin, relayed by the sentence's other source."""
    relay_end: int = 0
    """Where the "citing Y" clause ends (the claim proper starts after it)."""


#: Returns True when a phrase names an organisation, outlet or channel (used for media cues).
KindCheck = Callable[[Phrase], bool]


class AttributionFinder:
    """Scans one tokenised article for attributions."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        sentences: list[Sentence],
        quotes: list[Quote],
        is_organisation: KindCheck,
        looks_like_person: KindCheck = lambda phrase: False,
        is_medium: KindCheck | None = None,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.quotes = quotes
        self.is_organisation = is_organisation
        # A relay's carrier is an outlet or channel; "told a news briefing" or "told the
        # House of Commons" names an audience, not a carrier.
        self.is_medium = is_medium or is_organisation
        self.looks_like_person = looks_like_person
        self.quote_at: dict[int, int] = {}
        for number, quote in enumerate(quotes):
            last = (
                quote.close_index if quote.close_index is not None else _last_token(tokens, quote)
            )
            for index in range(quote.open_index, last + 1):
                self.quote_at[index] = number
        self.quote_used = [False] * len(quotes)
        # The tokens that open the quotation they belong to, in order.
        self._quote_openers = sorted(
            index for index, number in self.quote_at.items() if quotes[number].open_index == index
        )
        self._hedges: dict[int, bool] = {}
        self.sentence_of = [0] * len(tokens)
        for number, sentence in enumerate(sentences):  # a slice at a time, not token by token
            self.sentence_of[sentence.first : sentence.last] = [number] * (
                sentence.last - sentence.first
            )

    # -- the scan -------------------------------------------------------------------------

    def find(self) -> tuple[list[RawAttribution], list[Quote]]:
        """Return every attribution and the quotations nobody is said to have said."""
        found: list[RawAttribution] = []
        for number, sentence in enumerate(self.sentences):
            found.extend(_merge_relays(self._scan_sentence(number, sentence)))
        found.sort(key=lambda a: (a.cue or a.content or (0, 0))[0])
        unattributed = self._assign_quotes(found)
        return found, unattributed

    def _scan_sentence(self, number: int, sentence: Sentence) -> list[RawAttribution]:
        found: list[RawAttribution] = []
        index = sentence.first
        relay_from: Phrase | None = None
        covered_until = -1
        # Looked up once per sentence: the skip below sees every token of the article.
        tokens, quote_at, may_open = self.tokens, self.quote_at, _MAY_OPEN_ATTRIBUTION
        first, last = sentence.first, sentence.last
        while index < last:
            if index in quote_at or (tokens[index].lower not in may_open and index != first):
                index += 1  # nothing below can start here: the checks' own first tests fail
                continue
            according = (
                self._according_to(number, sentence, index)
                or self._in_poll(number, sentence, index)
                or self._name_colon_quote(number, sentence, index)
                or self._headline_colon(number, sentence, index)
            )
            if according is not None:
                found.append(according)
                relay_from = according.phrase
                index += 2
                continue
            evidence = self._evidence_by(number, sentence, index) or self._noun_evidence(
                number, sentence, index
            )
            if evidence:
                found.extend(evidence)
                index += 2
                continue
            cue = self._cue_at(index, sentence)
            if cue is None:
                index += 1
                continue
            cue_last, cue_class = cue
            covered = (
                self.tokens[index].start < covered_until
                and self.tokens[index].lower not in lx.RELAY_PARTICIPLES
            )
            attribution = self._attribution(number, sentence, index, cue_last, cue_class)
            if (
                covered
                and not self._new_clause_subject(attribution)
                and not self._set_off_agent(attribution, index, sentence.first)
                and not self._closing_attribution(attribution, index)
            ):
                # A cue inside what someone was just reported as saying is part of that claim
                # ("Roe said she had warned Blair …"), not a source of the article's own.
                index = cue_last
                continue
            if attribution is not None:
                if attribution.content is not None and not attribution.direct:
                    if attribution.cue is not None and attribution.content[0] >= attribution.cue[0]:
                        covered_until = attribution.content[1]
                if relay_from is not None and attribution.via is None and attribution.phrase:
                    if attribution.phrase.first > relay_from.last:
                        attribution.via = relay_from
                found.append(attribution)
                found.extend(self._co_speakers(attribution, sentence, index))
            index = cue_last
        return found

    def _closing_attribution(self, attribution: RawAttribution | None, cue: int) -> bool:
        """True for "…, the Foreign Ministry said." after a claim that has a cue of its own
        ("Norway has condemned the raid"): the closing speaker says all of it."""
        if attribution is None or attribution.phrase is None or attribution.phrase.pronoun:
            return False
        phrase = attribution.phrase
        return (
            phrase.last <= cue
            and phrase.first > 0
            and self.tokens[phrase.first - 1].text == ","
            and (
                self.tokens[cue].lower in lx.INVERTIBLE
                or (cue + 1 < len(self.tokens) and self.tokens[cue + 1].text in (".", "!", "?"))
            )
            and attribution.content is not None
            and attribution.content[1] <= self.tokens[phrase.first].start
        )

    def _set_off_agent(self, attribution: RawAttribution | None, cue: int, floor: int) -> bool:
        """True for "…, a move described by X as …" after a dash or comma: the article's own
        aside naming X, not part of the claim it follows."""
        if attribution is None or attribution.phrase is None or attribution.phrase.pronoun:
            return False
        agent = attribution.phrase.first
        if agent <= cue or self.tokens[agent - 1].lower != "by":
            return False  # no passive with its agent after the cue
        for index in range(cue - 1, max(floor, cue - _AGENT_NOUN_TOKENS) - 1, -1):
            token = self.tokens[index]
            if token.text in _ASIDE_MARKS:
                return True
            if token.kind not in (TokenKind.WORD, TokenKind.NUMBER):
                return False
        return False

    def _co_speakers(
        self, attribution: RawAttribution, sentence: Sentence, cue: int
    ) -> list[RawAttribution]:
        """ "Ukrainian officials and Russian sources said": the other speaker of the pair."""
        phrase = attribution.phrase
        if phrase is None or phrase.pronoun or phrase.group:
            return []
        tokens = self.tokens
        if phrase.last <= cue:
            joiner = phrase.first - 1
            if joiner - 1 < sentence.first or tokens[joiner].lower != "and":
                return []
            other = phrase_left(tokens, joiner - 1, sentence.first)
        else:
            joiner = phrase.last
            if joiner + 1 >= sentence.last or tokens[joiner].lower != "and":
                return []
            other = phrase_right(tokens, joiner + 1, sentence.last)
        if (
            other is None
            or other.pronoun
            or (phrase.last <= cue and not self._opens_clause_at(other.first, sentence.first))
        ):
            return []
        if phrase.last <= cue and (
            tokens[phrase.first].lower in lx.GROUP_POSSESSIVES
            or _name_and_group(tokens, other, phrase)
            or _name_and_group(tokens, phrase, other)
        ):
            # "Ottawa and its allies have denied", "European governments and Chile accuse":
            # one group, named as written
            attribution.phrase = group_of(other, phrase)
            return []
        if not _describes_speaker(tokens, other, sentence.first):
            return []
        if phrase.last <= cue and _second_role(tokens, other, phrase):
            attribution.phrase = other  # "Jane Roe and former head of the agency said": one
            return []
        return [replace(attribution, phrase=other)]

    def _new_clause_subject(self, attribution: RawAttribution | None) -> bool:
        """True for a named subject opening a new clause inside an earlier claim's span
        ("Ukraine says A, and Jane Roe has accused B"; "…, but analyst John Doe said")."""
        if attribution is None or attribution.phrase is None or attribution.phrase.pronoun:
            return False
        first = attribution.phrase.first
        if first < 2 or self.tokens[first - 1].lower not in lx.CLAUSE_JOINERS:
            return False
        # "…, and drone footage and reports confirmed it": a comma before the joiner
        # opens a clause whatever its subject
        return (
            self.tokens[attribution.phrase.head].is_capitalised
            or self.tokens[first - 2].text == ","
        )

    def _cue_at(self, index: int, sentence: Sentence) -> tuple[int, CueClass] | None:
        """The cue starting at ``index``: (index after its last token, its class)."""
        token = self.tokens[index]
        if token.kind is not TokenKind.WORD:
            return None
        if token.is_capitalised and index != sentence.first and token.lower not in lx.TITLE_CUES:
            return None  # "the United States" is no verb
        best: tuple[int, CueClass] | None = None
        for words, cue_class in _PHRASE_CUES_BY_FIRST_WORD.get(token.lower, ()):
            end = index + len(words)
            if (
                (best is None or end > best[0])
                and end <= sentence.last
                and all(self.tokens[index + k].lower == word for k, word in enumerate(words))
            ):
                best = (end, cue_class)
        if best is not None:
            return best
        single = lx.CUE_WORDS.get(token.lower)
        return None if single is None else (index + 1, single)

    # -- one cue ---------------------------------------------------------------------------

    def _attribution(
        self, number: int, sentence: Sentence, first: int, last: int, cue_class: CueClass
    ) -> RawAttribution | None:
        tokens = self.tokens
        subject_end, passive, skipped = self._skip_auxiliaries(first - 1, sentence.first)
        cue_start = tokens[first].start
        if (passive or self._reduced_passive(first, last, cue_class, sentence)) and _participle(
            tokens[first]
        ):
            # "was reported by X", and with no auxiliary "a move described by X as …"
            return self._passive(number, sentence, subject_end, first, last)
        if tokens[first].lower.endswith("ing") and not skipped:
            return self._participle_clause(number, sentence, first, last)
        if (
            self._purpose_infinitive(first, sentence.first)
            and self._caused_speaker(first, sentence.first) is None
        ):
            return None  # "a term to describe …", "as the council prepares to vote …"
        phrase = self._subject_left(subject_end, sentence.first)
        if phrase is None and self._purpose_infinitive(first, sentence.first):
            phrase = self._caused_speaker(first, sentence.first)
        if phrase is not None and not phrase.pronoun:
            phrase = self._named_before_others(phrase, sentence.first)
        if phrase is not None and not phrase.pronoun and self._is_collective(phrase):
            phrase = replace(phrase, group=True)  # "The West has condemned …"
        if phrase is not None and not phrase.pronoun:
            phrase = self._subject_of_relative_clause(phrase, sentence.first)
            located = self._subject_before_place(phrase, sentence.first)
            if located is None or self._in_subordinate_clause(located):
                return None  # "When people say …", "If the minister says …"
            phrase = located
        set_off = cue_class is CueClass.STANCE and (
            last >= sentence.last or tokens[last].text in (",", ".", ";")
        )
        if phrase is None and subject_end >= sentence.first:
            phrase = linked_group_left(tokens, subject_end, sentence.first)  # "Those close to him"
        if (
            phrase is None
            and (cue_class is CueClass.STRONG or set_off)  # ", biologists think,"
            and subject_end >= sentence.first
            and not _noun_like(tokens[first])
        ):
            phrase = self._someone_of_a_place(
                subject_end, sentence.first
            ) or generic_description_left(tokens, subject_end, sentence.first)
            if phrase is not None:
                # "Doctors who treated the patients said": the doctors, not the patients
                phrase = self._subject_of_relative_clause(phrase, sentence.first)
            if phrase is not None and not phrase.pronoun:
                located = self._subject_before_place(phrase, sentence.first)
                if located is None:
                    return None  # "a position near the river would indicate": no one speaks
                phrase = located  # "a soldier fighting near the river told …", not the river
        if phrase is None or (
            phrase.last - phrase.first == 1 and tokens[phrase.head].is_capitalised
        ):
            phrase = self._post_modified_document(subject_end, sentence.first) or phrase
        if phrase is not None and not phrase.pronoun and tokens[phrase.last - 1].is_possessive:
            return None  # "Halsted's remarks are …": a possessive is no subject
        if (
            phrase is None
            and subject_end >= sentence.first
            and tokens[subject_end].lower in ("and", "but")
        ):
            phrase = self._sentence_subject(sentence, subject_end)
        inverted = False
        if (
            phrase is None
            and tokens[first].lower in lx.INVERTIBLE
            and not tokens[first].is_capitalised
            and self._inversion_allowed(subject_end, sentence.first)
        ):
            right = phrase_right(tokens, last, sentence.last)
            if right is not None:
                phrase = appositive_after(tokens, right, sentence.last)
                inverted = True
        if phrase is None:
            return None
        if self._relative_clause_before_cue(phrase, last, sentence):
            return None  # "Kerr, who wrote the measure, said …": the "said" carries the claim
        if not self._cue_fits(phrase, first, last, cue_class, skipped, sentence):
            return None
        after = phrase.last if inverted else last
        claim_from = after if inverted else self._past_recipient(first, after, sentence)
        content, direct = self._content(sentence, first, claim_from, phrase, inverted)
        if content is None:
            return None
        attribution = RawAttribution(
            phrase=phrase,
            cue=(cue_start, tokens[last - 1].end),
            content=content,
            direct=direct,
            sentence=number,
            hedged=self._hedged(first, number),
        )
        if phrase.pronoun and tokens[phrase.head].lower in ("who", "which"):
            attribution.antecedent = self._antecedent_of_relative(phrase.first, sentence.first)
        elif phrase.pronoun and tokens[phrase.head].lower == "they":
            attribution.antecedent = self._plural_subject(sentence, phrase.first)
        self._relay(attribution, sentence, after)
        return attribution

    def _past_recipient(self, cue: int, after: int, sentence: Sentence) -> int:
        """Where the claim starts after "told the newspaper that …": at its "that", so the one
        spoken to is not read as part of what was said. Other cues: right after the cue."""
        tokens = self.tokens
        if tokens[cue].lower not in lx.RECIPIENT_CUES:
            return after
        ceiling = min(sentence.last, after + lx.RECIPIENT_MAX_TOKENS + 1)
        for index in range(after, ceiling):
            token = tokens[index]
            if token.lower == "that":
                return index if index > after else after
            if index in self.quote_at or token.text in (";", ":") or token.kind is TokenKind.BREAK:
                return after
        return after

    def _caused_speaker(self, cue: int, floor: int) -> Phrase | None:
        """ "prompting European governments to promise", "led officials to deny": the one made to
        speak is the speaker."""
        tokens = self.tokens
        if cue - 2 < floor or tokens[cue - 1].lower != "to":
            return None
        speaker = phrase_left(tokens, cue - 2, floor) or generic_description_left(
            tokens, cue - 2, floor
        )
        if speaker is None or speaker.pronoun or speaker.first - 1 < floor:
            return None
        return speaker if tokens[speaker.first - 1].lower in lx.CAUSATIVE_VERBS else None

    def _is_collective(self, phrase: Phrase) -> bool:
        """ "the West", "the international community": a collective that speaks as one."""
        words = [
            self.tokens[i].lower
            for i in range(phrase.first, phrase.last)
            if self.tokens[i].lower not in lx.DETERMINERS
        ]
        return " ".join(words) in lx.COLLECTIVE_SPEAKERS

    def _named_before_others(self, phrase: Phrase, floor: int) -> Phrase | None:
        """ "She and others say": the one the text names speaks; "others" is no source."""
        tokens = self.tokens
        if tokens[phrase.head].lower not in lx.UNNAMED_COMPANIONS or phrase.last - phrase.first > 1:
            return phrase
        joiner = phrase.first - 1
        if joiner - 1 < floor or tokens[joiner].lower not in ("and", "or"):
            return phrase
        return phrase_left(tokens, joiner - 1, floor)

    def _reduced_passive(
        self, first: int, last: int, cue_class: CueClass, sentence: Sentence
    ) -> bool:
        """ "a move described by Kyiv as …", "as reported by the Times": a verb of saying
        with its agent and no auxiliary, after a noun, "as" or a dash (never "Smith
        concluded by admonishing …", and never a questioner: "asked by workers")."""
        tokens = self.tokens
        if (
            cue_class not in (CueClass.STRONG, CueClass.WEAK)
            or last + 1 >= sentence.last
            or tokens[last].lower != "by"
            or tokens[first].lower in lx.QUESTION_CUES
            or tokens[last + 1].lower.endswith("ing")
            or first - 1 < sentence.first
        ):
            return False
        before = tokens[first - 1]
        return before.text in _ASIDE_MARKS or (
            before.kind is TokenKind.WORD and not before.is_capitalised and not is_pronoun(before)
        )

    def _purpose_infinitive(self, cue: int, floor: int) -> bool:
        """ "to describe" after a noun or a verb that does not govern it: no one says it here.

        "continued to say" and "declined to comment" keep their subject; "a term to
        describe" and "prepares to announce" have none.
        """
        if cue - 2 < floor or self.tokens[cue - 1].lower != "to":
            return False
        before = self.tokens[cue - 2]
        return before.lower not in lx.AUXILIARIES and before.lower not in lx.SAYING_GOVERNORS

    def _subject_of_relative_clause(self, phrase: Phrase, floor: int) -> Phrase:
        """ "The agency that runs the audit said": the office, not the object."""
        tokens = self.tokens
        verb = phrase.first - 1
        relative = verb - 1
        if relative - 1 < floor or tokens[relative].lower not in ("that", "which", "who"):
            return phrase
        if tokens[verb].kind is not TokenKind.WORD or tokens[verb].is_capitalised:
            return phrase
        antecedent = phrase_left(tokens, relative - 1, floor)
        if antecedent is None and tokens[relative].lower == "who":
            antecedent = generic_description_left(tokens, relative - 1, floor)
        return antecedent if antecedent is not None and not antecedent.pronoun else phrase

    def _subject_before_place(self, phrase: Phrase, floor: int) -> Phrase | None:
        """ "A soldier fighting near Kupiansk said": the soldier speaks, not the place;
        "a position near Kupiansk would indicate": nobody speaks (None)."""
        tokens = self.tokens
        preposition = phrase.first - 1
        if preposition - 1 < floor or tokens[preposition].lower not in lx.LOCATING_PREPOSITIONS:
            return phrase
        end = preposition - 1
        if tokens[end].lower.endswith(("ing", "ed")) and end - 1 >= floor:
            end -= 1  # "fighting near", "based in"
        if tokens[phrase.head].bare in lx.DOCUMENT_HEADS:
            return phrase  # "respondents in the poll said": they speak through the poll
        subject = phrase_left(tokens, end, floor) or generic_description_left(tokens, end, floor)
        if subject is None or subject.pronoun:
            return phrase
        head = tokens[subject.head]
        if head.is_capitalised and not (subject.head == floor and head.bare in lx.SOURCE_NOUNS):
            return phrase  # "Surveys in Moldova find": a common noun capitalised as it opens
        if head.bare not in lx.SOURCE_NOUNS and head.bare not in lx.KIND_BY_HEAD:
            return None  # "a confirmed post in the town would indicate": no one who speaks
        # The place's appositive (", who asked not to be named,") describes the subject.
        return replace(subject, last=phrase.last, appositive=phrase.appositive)

    def _in_subordinate_clause(self, phrase: Phrase) -> bool:
        """True for a subject right after "when", "if" or "unless": a condition, not a claim."""
        return phrase.first > 0 and self.tokens[phrase.first - 1].lower in lx.CONDITION_WORDS

    def _skip_auxiliaries(self, index: int, floor: int) -> tuple[int, bool, bool]:
        """Step left over "has also", "reportedly", "started to"; say if the cue is passive."""
        passive = False
        skipped = False
        while index >= floor:
            token = self.tokens[index]
            word = token.lower
            if token.names_person:
                break  # "May said": the surname, not the modal
            if (
                word in lx.AUXILIARIES
                or (word.endswith("ly") and len(word) > 4)
                or word in ("n't", "’t", "'t")
            ):
                if word in lx.PASSIVE_AUX:
                    passive = True
                skipped = True
                index -= 1
                continue
            if word in ("'", "’") and index > floor:  # "doesn't" split by the tokenizer
                index -= 1
                continue
            break
        return index, passive, skipped

    def _subject_left(self, index: int, floor: int) -> Phrase | None:
        if index < floor:
            return None
        token = self.tokens[index]
        if token.text == ",":
            return appositive_before_cue(self.tokens, index, floor)
        if index in self.quote_at:
            # A quoted name before the cue ("the 'X' resource") is handled by the phrase reader;
            # a quotation before the cue means the speaker comes after it.
            return (
                None
                if token.kind is TokenKind.QUOTE and self._is_quotation_end(index)
                else (phrase_left(self.tokens, index, floor))
            )
        return phrase_left(self.tokens, index, floor)

    def _post_modified_document(self, index: int, floor: int) -> Phrase | None:
        """ "A new poll released Friday found …": a document, a participle, then the cue."""
        for back in range(0, _PARTICIPLE_REACH):
            participle = index - back
            if participle - 1 < floor:
                return None
            word = self.tokens[participle]
            if word.lower in lx.DOCUMENT_PARTICIPLES or (
                # "satellite data on the shoreline shows"
                word.lower in lx.DOCUMENT_PREPOSITIONS
                and self.tokens[participle - 1].bare in lx.DOCUMENT_HEADS
            ):
                document = phrase_left(self.tokens, participle - 1, floor)
                if document is None or self.tokens[document.head].bare not in lx.DOCUMENT_HEADS:
                    return None
                return _stretch(document, index + 1)
            if word.kind is not TokenKind.WORD and word.kind is not TokenKind.NUMBER:
                return None
        return None

    def _is_quotation_end(self, index: int) -> bool:
        quote = self.quotes[self.quote_at[index]]
        return quote.close_index == index and self._quote_words(quote) > _SCARE_QUOTE_WORDS

    def _inversion_allowed(self, index: int, floor: int) -> bool:
        """ "… ," said X / "…" said X / At sentence start, "Said X" is rare but allowed."""
        if index < floor:
            return True
        token = self.tokens[index]
        return token.text in (",", ":") or token.kind is TokenKind.QUOTE or index in self.quote_at

    def _cue_fits(
        self,
        phrase: Phrase,
        first: int,
        last: int,
        cue_class: CueClass,
        skipped: bool,
        sentence: Sentence,
    ) -> bool:
        """Apply the context a cue class needs (see `CueClass`)."""
        tokens = self.tokens
        cue = tokens[first]
        head = tokens[phrase.head]
        if last == first + 1 and cue.lower in lx.NOUN_LIKE_BASES and not skipped:
            if not (phrase.pronoun and head.lower in ("they", "we", "i", "you", "who")) and not (
                (head.bare.endswith("s") and not head.is_possessive)
                or head.bare in lx.DOCUMENT_HEADS
            ):
                return False
        following = tokens[last] if last < sentence.last else None
        if last == first + 1 and _noun_like(cue) and cue.lower.endswith("s"):
            # "reports", "claims", "states" are plural nouns too: need a clause after them.
            if following is None or not (
                following.text in (",", ":")
                or (following.text in (".", ";") and head.bare in lx.DOCUMENT_HEADS)
                or (following.is_capitalised and head.bare in lx.DOCUMENT_HEADS)
                or following.kind is TokenKind.QUOTE
                or following.lower in ("that", "the", "a", "an")
                or is_pronoun(following)
            ):
                return False
        if tokens[first].lower in ("asked", "asks", "asking"):
            window = tokens[last : min(last + 5, sentence.last)]
            return (
                any(
                    t.lower in lx.QUESTION_WORDS
                    or t.kind is TokenKind.QUOTE
                    or t.text in ("?", ":")
                    for t in window
                )
                or following is None
                or following.text in (",", ".")
                # '"…?" asked Jane Roe': the question is the quotation just closed
                or (first > sentence.first and tokens[first - 1].kind is TokenKind.QUOTE)
            )
        if cue_class is CueClass.STRONG:
            return True
        if cue_class is CueClass.WEAK:
            if (
                cue.lower in lx.CUES_NEVER_WITH_OBJECT
                and following is not None
                and (following.kind is TokenKind.WORD and following.lower != "that")
            ):
                return False  # "authorities continued efforts to …": no one speaks
            if not phrase.pronoun and (
                head.bare in lx.CLASS_BY_HEAD or head.bare in lx.DOCUMENT_HEADS
            ):
                return True  # "Moldovan sources indicated heavy shelling"
            return self._near_quotation(phrase, first, last) or (
                following is None or following.text in _CLAUSE_PUNCT or following.lower == "that"
            )
        if cue_class is CueClass.STANCE:
            if not phrase.pronoun and self._object_of_verb(phrase.first, sentence.first):
                return False  # "tags to ensure readers know the owner": no one's view
            if self._parenthetical(phrase, last, sentence):
                return True  # "Warm seas are to blame, biologists think, with …"
            # "believe that …", "think the offensive will stall": a clause must follow.
            return following is not None and (
                following.lower in ("that", "the", "this", "there", "a", "an")
                or is_pronoun(following)
                or (following.is_capitalised and following.lower != "i")
            )
        if cue_class is CueClass.FINDING:
            return head.bare in lx.DOCUMENT_HEADS or (
                not phrase.pronoun and head.is_capitalised and self.is_organisation(phrase)
            )
        if cue_class is CueClass.CALLED:
            window = tokens[last : min(last + 5, sentence.last)]
            return any(t.lower in ("a", "an", "it") or t.kind is TokenKind.QUOTE for t in window)
        # CueClass.MEDIA
        return (
            head.bare in lx.MEDIA_HEADS
            or phrase.quoted_name is not None
            or (not phrase.pronoun and self.is_organisation(phrase))
        )

    def _parenthetical(self, phrase: Phrase, last: int, sentence: Sentence) -> bool:
        """True for a subject and cue set off by commas after the claim (", experts say,")."""
        tokens = self.tokens
        if phrase.pronoun or phrase.first - 1 <= sentence.first:
            return False
        closes = last >= sentence.last or tokens[last].text in (",", ".", ";")
        return closes and tokens[phrase.first - 1].text == ","

    def _object_of_verb(self, first: int, floor: int) -> bool:
        """True when an infinitive stands right before the phrase at ``first`` ("to ensure
        users know", "to let voters know"): the phrase is its object, not a clause's subject."""
        for verb in (first, first - 1):  # the verb may have been read as a modifier
            if verb - 1 < floor or self.tokens[verb - 1].lower != "to":
                continue
            token = self.tokens[verb]
            if (
                token.kind is TokenKind.WORD
                and not token.is_capitalised
                and token.lower not in lx.DETERMINERS
            ):
                return True
        return False

    def _near_quotation(self, phrase: Phrase, first: int, last: int) -> bool:
        start = min(phrase.first, first)
        end = max(phrase.last, last)
        for index in (start - 1, start - 2, end, end + 1):
            if index in self.quote_at and self.tokens[index].kind is TokenKind.QUOTE:
                return True
        return False

    # -- special shapes -----------------------------------------------------------------

    def _according_to(self, number: int, sentence: Sentence, index: int) -> RawAttribution | None:
        tokens = self.tokens
        if tokens[index].lower != "according" or index + 1 >= sentence.last:
            return None
        if tokens[index + 1].lower != "to":
            return None
        end = index + 2
        while (
            end < sentence.last
            and end - index < _ACCORDING_TO_TOKENS
            and tokens[end].text not in _CLAUSE_PUNCT
        ):
            if tokens[end].kind is TokenKind.QUOTE:
                break
            end += 1
        phrase = phrase_right(tokens, index + 2, end)
        if phrase is None:
            phrase = _run_phrase(tokens, index + 2, end)
            if phrase is None:
                return None
        if tokens[phrase.head].bare in lx.NORM_HEADS:
            return None  # "according to international law", "according to plan"
        # "according to a memo seen by X" keeps everything up to the punctuation.
        phrase = _stretch(phrase, end)
        if phrase.first > index + 2:
            phrase = replace(phrase, first=index + 2)
        content = self._clause_around(sentence, index, phrase.last)
        return RawAttribution(
            phrase=phrase,
            cue=(tokens[index].start, tokens[index + 1].end),
            content=content,
            direct=False,
            sentence=number,
            hedged=self._hedged(index, number),
        )

    def _in_poll(self, number: int, sentence: Sentence, index: int) -> RawAttribution | None:
        """ "… in a Lakeside Courier-Channel 9 poll out Sunday": the poll is the source."""
        tokens = self.tokens
        if tokens[index].lower != "in" or index + 1 >= sentence.last:
            return None
        end = index + 1
        while end < sentence.last and end - index < 14 and tokens[end].text not in _CLAUSE_PUNCT:
            end += 1
        heads = [i for i in range(index + 1, end) if tokens[i].bare in lx.POLL_HEADS]
        if not heads or (
            not any(
                tokens[i].lower in lx.DETERMINERS or tokens[i].is_capitalised
                for i in range(index + 1, heads[0])
            )
            and heads[0] != index + 1
        ):
            return None
        if not any(
            tokens[i].is_capitalised or tokens[i].lower in ("latest", "new", "recent", "this")
            for i in range(index + 1, end)
        ):
            return None
        if (
            heads[0] == index + 2
            and tokens[index + 1].lower == "the"
            and _is_plural(tokens[heads[0]])
        ):
            return None  # "he rose in the polls": a standing, not a source
        if heads[-1] + 1 < end and tokens[heads[-1] + 1].lower in lx.CUE_WORDS:
            return None  # "respondents in the poll said …": the cue after it has the claim
        poll_end = end  # "in a poll conducted by X and Y last month": all of it
        name_first = index + 1
        while name_first < heads[-1] and tokens[name_first].lower in lx.DETERMINERS:
            name_first += 1
        # "a Daily Planet-ABC poll released Sunday": the poll, named up to its head
        phrase = Phrase(index + 1, poll_end, heads[-1], name_first, heads[-1] + 1)
        return RawAttribution(
            phrase=phrase,
            cue=(tokens[index].start, tokens[index].end),
            content=self._clause_around(sentence, index, poll_end),
            direct=False,
            sentence=number,
        )

    def _opens_clause_at(self, index: int, floor: int) -> bool:
        """True when a subject may start at ``index``: the sentence's start, or after a
        comma, dash or clause joiner (never the object of a verb before it)."""
        if index == floor:
            return True
        before = self.tokens[index - 1]
        return before.text in _ASIDE_MARKS or before.lower in lx.CLAUSE_JOINERS

    def _evidence_by(self, number: int, sentence: Sentence, index: int) -> list[RawAttribution]:
        """ "footage released by Serbian fighters", "accusations made by the authorities": the
        agent of a piece of evidence or a claim is its source."""
        tokens = self.tokens
        if (
            tokens[index].lower not in lx.EVIDENCE_PARTICIPLES
            or index - 1 < sentence.first
            or index + 2 >= sentence.last
            or tokens[index + 1].lower != "by"
            or tokens[index - 1].bare not in lx.EVIDENCE_NOUNS
        ):
            return []
        agents = self._agents(index + 2, sentence.last)
        if not agents:
            return []
        noun = phrase_left(tokens, index - 1, sentence.first)
        start = noun.first if noun is not None and not noun.pronoun else index - 1
        content = self._span_of(start, self._clause_end(agents[-1].last, sentence.last))
        return [
            RawAttribution(
                phrase=agent,
                cue=(tokens[index].start, tokens[index + 1].end),
                content=content,
                direct=False,
                sentence=number,
                hedged=self._hedged(index, number),
            )
            for agent in agents
        ]

    def _noun_evidence(self, number: int, sentence: Sentence, index: int) -> list[RawAttribution]:
        """ "despite reports of dwindling supplies", "dismissed Western claims that …": a claim
        named only by a noun, with no one said to make it, is a vague source of its own."""
        tokens = self.tokens
        if (
            tokens[index].bare not in lx.REPORT_NOUNS
            or index + 2 >= sentence.last
            or tokens[index + 1].lower not in ("of", "that")
            or (tokens[index + 1].lower == "of" and _owner_follows(tokens[index + 2 : index + 4]))
        ):
            return []
        phrase = description_left(tokens, index, sentence.first)
        if phrase is None or phrase.head != index or phrase.possessor:
            return []
        if tokens[phrase.first].lower in lx.BACK_REFERRING_DETERMINERS | lx.OWNING_DETERMINERS:
            return []  # "the reports", "his claims": someone's, or said before
        if tokens[index].bare not in lx.SELF_STANDING_REPORTS and not any(
            is_demonym(tokens[i]) for i in range(phrase.first, index)
        ):
            return []  # "accusations of bribery" are no source; "Western claims that …" are
        if any(
            (tokens[i].is_capitalised and not is_demonym(tokens[i]))
            or (tokens[i].bare in lx.SOURCE_NOUNS and i != index)
            for i in range(phrase.first, index)
        ):
            return []  # "Russia reports that …" is a verb with its subject
        end = self._clause_end(index + 2, sentence.last)
        return [
            RawAttribution(
                phrase=replace(phrase, group=True),  # unnamed, even when it opens a sentence
                cue=(tokens[index + 1].start, tokens[index + 1].end),
                content=self._span_of(index + 2, end),
                direct=False,
                sentence=number,
                hedged=True,
            )
        ]

    def _agents(self, first: int, ceiling: int) -> list[Phrase]:
        """The phrase after "by": one source, a group ("Riga and its Nordic partners") or a
        pair of sources ("Moldovan officials and Russian sources")."""
        tokens = self.tokens
        agent = phrase_right(tokens, first, ceiling)
        if agent is None or agent.pronoun:
            return []
        pair = split_pair(tokens, agent)
        if len(pair) > 1:
            return pair
        if agent.first > first + 1 and tokens[agent.first - 1].lower == "and":
            other = phrase_left(tokens, agent.first - 2, first)
            if other is not None and other.first == first and not other.pronoun:
                return [other, agent]
        joiner = agent.last
        if joiner + 1 < ceiling and tokens[joiner].lower == "and":
            if tokens[joiner + 1].lower in lx.GROUP_POSSESSIVES:
                other = phrase_right(tokens, joiner + 1, ceiling)
                if other is not None and not other.pronoun:
                    return [group_of(agent, other)]
        return [self._agent_at_place(agent, ceiling)]

    def _agent_at_place(self, agent: Phrase, ceiling: int) -> Phrase:
        """ "revealed by researchers at the Baltic Media Lab": the researchers of that body,
        read with it as when they open the sentence ("Researchers at … said")."""
        tokens = self.tokens
        preposition = agent.last
        if (
            preposition + 1 >= ceiling
            or tokens[preposition].lower not in lx.LOCATING_PREPOSITIONS
            or tokens[agent.head].bare not in lx.ROLE_NOUNS
            or agent.head != agent.last - 1
        ):
            return agent
        place = phrase_right(tokens, preposition + 1, ceiling)
        if place is None or place.pronoun:
            return agent
        if tokens[place.last - 1].is_possessive:  # "at the Nordic Council's Media Lab"
            place = phrase_right(tokens, place.last, ceiling) or place
        return Phrase(
            agent.first,
            place.last,
            agent.head,
            place.name_first,
            place.name_last,
            role_tokens=(agent.first, agent.last),
            affiliation_tokens=(place.first, place.last),
        )

    def _name_colon_quote(
        self, number: int, sentence: Sentence, index: int
    ) -> RawAttribution | None:
        """'Jane Roe: "We will not leave."' and 'Said Jane Roe: "…"': a sentence that opens
        with a speaker's name (after a verb of saying, perhaps) and a colon before her
        quotation."""
        tokens = self.tokens
        if index != sentence.first:
            return None
        start = index + 1 if tokens[index].lower in lx.INVERTIBLE else index
        colon = start
        while colon < sentence.last and colon - start < _COLON_SPEAKER_TOKENS:
            if tokens[colon].text == ":" or tokens[colon].kind is not TokenKind.WORD:
                break
            colon += 1
        opening = colon + 1
        if (
            colon == start
            or colon >= sentence.last
            or tokens[colon].text != ":"
            or opening not in self.quote_at
            or self.quotes[self.quote_at[opening]].open_index != opening
        ):
            return None
        phrase = phrase_left(tokens, colon - 1, start)
        if phrase is None or phrase.pronoun or phrase.first != start:
            return None
        if not (self.looks_like_person(phrase) or self.is_organisation(phrase)):
            return None
        quote_number = self.quote_at[opening]
        quote = self.quotes[quote_number]
        self.quote_used[quote_number] = True
        cue = tokens[index] if start > index else tokens[colon]
        return RawAttribution(
            phrase=phrase,
            cue=(cue.start, cue.end),
            content=(quote.start, quote.end),
            direct=True,
            sentence=number,
        )

    def _headline_colon(self, number: int, sentence: Sentence, index: int) -> RawAttribution | None:
        """ "John McCain: Populist Anger Appeals to …": a person's name, a colon, a claim."""
        tokens = self.tokens
        if index != sentence.first or sentence.paragraph != 0:
            return None
        end = index
        while end < sentence.last and end - index < 4 and tokens[end].is_capitalised:
            end += 1
        if end - index < 2 or end >= sentence.last - 1 or tokens[end].text != ":":
            return None
        phrase = phrase_left(tokens, end - 1, index)
        if phrase is None or phrase.first != index or not self.looks_like_person(phrase):
            return None
        if sum(1 for t in tokens[end + 1 : sentence.last] if t.kind is TokenKind.WORD) < 3:
            return None
        return RawAttribution(
            phrase=phrase,
            cue=(tokens[end].start, tokens[end].end),
            content=self._span_of(end + 1, self._clause_end(end + 1, sentence.last)),
            direct=False,
            sentence=number,
        )

    def _passive(
        self, number: int, sentence: Sentence, subject_end: int, first: int, last: int
    ) -> RawAttribution | None:
        """ "It was reported that …" (a vague report) or "… was reported by X" (source X)."""
        tokens = self.tokens
        if last + 1 < sentence.last and tokens[last].lower == "by":
            agents = self._agents(last + 1, sentence.last)
            phrase = agents[0] if len(agents) == 1 else None
            if phrase is not None:
                content = self._clause_around(sentence, first, phrase.last)
                if phrase.last + 1 < sentence.last and tokens[phrase.last].lower == "as":
                    # "a move described by X as delaying tactics": X's words follow "as"
                    end = self._clause_end(phrase.last + 1, sentence.last)
                    content = self._span_of(phrase.last + 1, end) or content
                return RawAttribution(
                    phrase=phrase,
                    cue=(tokens[first].start, tokens[last].end),
                    content=content,
                    direct=False,
                    sentence=number,
                    hedged=self._hedged(first, number),
                )
        subject = tokens[subject_end] if subject_end >= sentence.first else None
        if subject is None or subject.lower != "it":
            return None
        if last >= sentence.last or tokens[last].lower != "that":
            return None
        content = self._span_of(last + 1, self._clause_end(last + 1, sentence.last))
        return RawAttribution(
            phrase=None,
            cue=(tokens[subject_end + 1].start, tokens[last - 1].end),
            content=content,
            direct=False,
            sentence=number,
            hedged=True,
            vague_class="reports",
        )

    def _participle_clause(
        self, number: int, sentence: Sentence, first: int, last: int
    ) -> RawAttribution | None:
        """ ", citing X" names the origin of the claim just reported; ", saying …" gives the
        sentence's subject as the speaker of what follows."""
        tokens = self.tokens
        if tokens[first].lower in lx.RELAY_PARTICIPLES:
            if first == sentence.first or _opens_with_conjunction(tokens, sentence, first):
                return self._leading_citation(number, sentence, first, last)
            if tokens[first - 1].text != ",":
                return None
            phrase = phrase_right(tokens, last, sentence.last)
            if phrase is None:
                return None
            citing_end = self._citing_end(last, sentence.last)
            phrase = _stretch(phrase, citing_end)
            claim = citing_end
            while claim < sentence.last and tokens[claim].text in (",", "that"):
                claim += 1
            carrier = (
                phrase_left(tokens, first - 2, sentence.first)
                if first - 2 >= sentence.first
                else None
            )
            return RawAttribution(
                phrase=phrase,
                cue=(tokens[first].start, tokens[first].end),
                content=None,
                direct=False,
                sentence=number,
                via=carrier if carrier is not None and not carrier.pronoun else None,
                relay=True,
                relay_end=tokens[min(claim, sentence.last - 1)].start,
            )
        if first == sentence.first or tokens[first - 1].text not in (",", "by"):
            return None
        if self._aside_before_cue(sentence, first + 1):
            return None  # ", speaking on condition of anonymity, said …": the "said" carries it
        if (
            tokens[first - 1].text == "by"
            and lx.CUE_WORDS.get(tokens[first].lower) is not CueClass.STRONG
            and tokens[first].lower not in lx.QUESTIONING_GERUNDS
        ):
            return None  # "responded by adding labels": an action, "by saying that …" a claim
        subject = self._sentence_subject(sentence, first)
        if subject is None:
            return None
        content, direct = self._content(sentence, first, last, subject, False)
        if content is None:
            return None
        return RawAttribution(
            phrase=subject,
            cue=(tokens[first].start, tokens[last - 1].end),
            content=content,
            direct=direct,
            sentence=number,
            hedged=self._hedged(first, number),
        )

    def _someone_of_a_place(self, last: int, floor: int) -> Phrase | None:
        """ "A resident of the town said": the person before "of/from/in the <noun>"."""
        tokens = self.tokens
        link = last - 2
        if (
            link - 1 < floor
            or tokens[last].is_capitalised
            or tokens[last].kind is not TokenKind.WORD
        ):
            return None
        if tokens[last - 1].lower not in lx.DETERMINERS or tokens[link].lower not in (
            "of",
            "from",
            "in",
        ):
            return None
        person = phrase_left(tokens, link - 1, floor)
        if person is None or person.pronoun or tokens[person.head].bare not in lx.SOURCE_NOUNS:
            return None
        return _stretch(person, last + 1)

    def _relative_clause_before_cue(self, phrase: Phrase, after: int, sentence: Sentence) -> bool:
        """True for ", who wrote the measure," between a speaker and the verb of saying that
        gives the claim: the relative clause describes the speaker."""
        tokens = self.tokens
        if not phrase.pronoun or tokens[phrase.head].lower not in ("who", "which"):
            return False
        if phrase.first == sentence.first or tokens[phrase.first - 1].text != ",":
            return False
        return self._saying_after_comma(after, sentence)

    def _aside_before_cue(self, sentence: Sentence, after: int) -> bool:
        """True when a gerund's words open with a circumstance ("on condition of anonymity",
        "to questions from lawmakers") and a comma then leads to a verb of saying."""
        tokens = self.tokens
        if after >= sentence.last or tokens[after].lower not in lx.GERUND_ASIDE_OPENERS:
            return False
        return self._saying_after_comma(after + 1, sentence)

    def _saying_after_comma(self, start: int, sentence: Sentence) -> bool:
        """True when the next comma from ``start`` (before any quotation, ";" or ":") leads,
        past auxiliaries (", has also said", ", later told"), to a verb of saying."""
        tokens = self.tokens
        for index in range(start, sentence.last - 1):
            if index in self.quote_at or tokens[index].text in (";", ":"):
                return False
            if tokens[index].text == ",":
                verb = index + 1
                while verb < sentence.last and tokens[verb].lower in lx.AUXILIARIES:
                    verb += 1
                return verb < sentence.last and _is_saying(tokens[verb])
        return False

    def _leading_citation(
        self, number: int, sentence: Sentence, first: int, last: int
    ) -> RawAttribution | None:
        """ "Citing an unnamed official, the agency reported that …": the official is the
        origin; the sentence's own speaker, found by the scan, becomes the carrier."""
        tokens = self.tokens
        end = self._citing_end(last, sentence.last)
        if end >= sentence.last or tokens[end].text != ",":
            return None
        phrase = phrase_right(tokens, last, end)
        if phrase is None or phrase.pronoun:
            return None
        return RawAttribution(
            phrase=_stretch(phrase, end),
            cue=(tokens[first].start, tokens[first].end),
            content=None,
            direct=False,
            sentence=number,
            relay=True,
            relay_end=tokens[end].start,
        )

    def _sentence_subject(self, sentence: Sentence, before: int) -> Phrase | None:
        """The noun phrase that opens the main clause ("In May, Kowalczyk hit back, saying …")."""
        starts = [sentence.first]
        for index in range(sentence.first, min(before, sentence.first + _SUBJECT_OPENING_TOKENS)):
            if self.tokens[index].text == ",":
                starts.append(index + 1)
                break
        for start in starts:
            phrase = phrase_right(self.tokens, start, before)
            if phrase is not None and phrase.first == start:
                following = phrase.last
                if following < before and (
                    self.tokens[following].kind is TokenKind.WORD
                    or self.tokens[following].text == ","
                ):
                    return phrase
        return None

    def _relay(self, attribution: RawAttribution, sentence: Sentence, after: int) -> None:
        """ "X told Reuters" or "X reported, citing Y": record the carrier."""
        tokens = self.tokens
        if attribution.phrase is None or after >= sentence.last:
            return
        cue_word = (
            self.text[attribution.cue[0] : attribution.cue[1]].lower() if attribution.cue else ""
        )
        if cue_word in ("told", "tells", "telling") and (
            tokens[after].is_capitalised
            or tokens[after].lower in lx.DETERMINERS
            or _is_source_noun_ahead(tokens, after, sentence.last)
        ):
            outlet = phrase_right(tokens, after, sentence.last)
            if outlet is not None and not outlet.pronoun and self.is_medium(outlet):
                attribution.via = outlet

    def _plural_subject(self, sentence: Sentence, pronoun: int) -> Phrase | None:
        """ "Radio stations and newspapers were accused of bias, but they deny it": "they" after
        a clause joiner is the plural description that opens its sentence."""
        tokens = self.tokens
        if pronoun - 1 <= sentence.first or tokens[pronoun - 1].lower not in lx.CLAUSE_JOINERS:
            return None
        subject = self._sentence_subject(sentence, pronoun - 1)
        if subject is None or subject.pronoun or subject.first != sentence.first:
            return None
        joiner = subject.last
        if joiner + 1 < pronoun and tokens[joiner].lower == "and":
            wider = phrase_left(tokens, joiner + 1, sentence.first)  # "stations and newspapers"
            if wider is not None and wider.first == sentence.first:
                subject = wider
        head = tokens[subject.head]
        if head.is_capitalised or not _is_plural(head):
            return None
        return subject

    def _antecedent_of_relative(self, relative: int, floor: int) -> Phrase | None:
        """ "Mr. Smith, who said …": the phrase before the comma."""
        index = relative - 1
        if index >= floor and self.tokens[index].text == ",":
            index -= 1
        return phrase_left(self.tokens, index, floor) if index >= floor else None

    # -- content ---------------------------------------------------------------------------

    def _content(
        self, sentence: Sentence, first: int, after: int, phrase: Phrase, inverted: bool
    ) -> tuple[tuple[int, int] | None, bool]:
        """What is attributed: an adjacent quotation, else the reported clause."""
        tokens = self.tokens
        start = min(phrase.first, first)
        index = after
        while index < sentence.last and tokens[index].text in (",", ":", "that"):
            index += 1
        if index < sentence.last and index in self.quote_at and index > after:
            quote_number = self.quote_at[index]
            quote = self.quotes[quote_number]
            if quote.open_index == index:  # "X wrote: “…”" or "X said, “…”"
                self.quote_used[quote_number] = True
                return (quote.start, quote.end), True
        for index in (start - 1, start - 2):
            if index in self.quote_at and (index >= sentence.first or self._quote_runs_on(index)):
                quote_number = self.quote_at[index]
                quote = self.quotes[quote_number]
                if (quote.close_index == index or quote.close_index is None) and self._quote_words(
                    quote
                ) > 0:
                    self.quote_used[quote_number] = True
                    return (quote.start, quote.end), True
        index = after
        while index < sentence.last and tokens[index].text in (",", ":", "that"):
            index += 1
        end = self._clause_end(index, sentence.last)
        if (inverted or end <= index or self._only_circumstance(index, end)) and (
            start > sentence.first
        ):
            # "…, Henson said." / "…, said Henson.": what comes before is the claim.
            before = self._clause_end(sentence.first, start)
            span = self._span_of(sentence.first, before)
            return span, self._mark_quotes_within(sentence.first, before)
        if end <= index:
            return None, False
        span = self._span_of(index, end)
        direct = self._mark_quotes_within(index, end)
        return span, direct

    def _only_circumstance(self, first: int, end: int) -> bool:
        """True when all that follows a closing cue says where or when ("…, the ministry said
        in an email on Friday."): the claim is before it."""
        tokens = self.tokens
        return (
            first < end
            and tokens[first].lower in lx.CIRCUMSTANCE_OPENERS
            and first > 0
            and tokens[first - 1].kind is TokenKind.WORD
            and not any(
                tokens[i].lower == "that" or tokens[i].kind is TokenKind.QUOTE
                for i in range(first, end)
            )
            and not any(tokens[i].text == "," for i in range(first, end))
        )

    def _quote_runs_on(self, close: int) -> bool:
        """A quotation ending in "?”" or "!”" does not end the sentence that attributes it."""
        return (
            self.tokens[close].kind is TokenKind.QUOTE
            and close > 0
            and self.tokens[close - 1].text in ("?", "!", ",", "—", "-")
        )

    def _mark_quotes_within(self, first: int, last: int) -> bool:
        direct = False
        # Only the tokens that open a quotation, found by bisection: not every token of a claim.
        openers = self._quote_openers
        for position in range(bisect_left(openers, first), bisect_left(openers, last)):
            self.quote_used[self.quote_at[openers[position]]] = True
            direct = True
        return direct

    def _citing_end(self, index: int, ceiling: int) -> int:
        """ "citing a source in the security services, reported …": up to the next comma."""
        end = index
        while end < ceiling and self.tokens[end].text not in _CLAUSE_PUNCT:
            end += 1
        return end

    def _clause_end(self, index: int, ceiling: int) -> int:
        end = ceiling
        while end > index and self.tokens[end - 1].text in _CLAUSE_PUNCT:
            end -= 1
        return end

    def _clause_around(self, sentence: Sentence, cue: int, after: int) -> tuple[int, int] | None:
        """The rest of the sentence around an "according to X" phrase."""
        if cue > sentence.first + 1:
            return self._span_of(sentence.first, self._clause_end(sentence.first, cue))
        index = after
        while index < sentence.last and self.tokens[index].text == ",":
            index += 1
        end = self._clause_end(index, sentence.last)
        return self._span_of(index, end) if end > index else None

    def _span_of(self, first: int, last: int) -> tuple[int, int] | None:
        if last <= first:
            return None
        return self.tokens[first].start, self.tokens[last - 1].end

    def _hedged(self, cue: int, sentence_number: int) -> bool:
        """True for "claimed", or when this or the next sentence says it is unverified."""
        if self.tokens[cue].lower in lx.HEDGE_CUES:
            return True
        count = len(self.sentences)
        return (sentence_number < count and self._sentence_hedges(sentence_number)) or (
            sentence_number + 1 < count and self._sentence_hedges(sentence_number + 1)
        )

    def _sentence_hedges(self, number: int) -> bool:
        cached = self._hedges.get(number)
        if cached is None:
            sentence = self.sentences[number]
            start = self.tokens[sentence.first].start
            end = self.tokens[sentence.last - 1].end
            chunk = self.text[start:end].lower()
            cached = _HEDGE_PHRASE.search(chunk) is not None
            self._hedges[number] = cached
        return cached

    # -- quotations ------------------------------------------------------------------------

    def _quote_words(self, quote: Quote) -> int:
        tokens, word = self.tokens, TokenKind.WORD  # looked up once, not once per token
        last = _close(quote, tokens)
        return sum(1 for token in tokens[quote.open_index : last + 1] if token.kind is word)

    def _assign_quotes(self, found: list[RawAttribution]) -> list[Quote]:
        """Give each unused quotation to a nearby speaker, or report it as unattributed."""
        unattributed: list[Quote] = []
        by_sentence: dict[int, list[RawAttribution]] = {}
        for attribution in found:
            by_sentence.setdefault(attribution.sentence, []).append(attribution)
        headings: list[Quote] = []
        for number, quote in enumerate(self.quotes):
            if self.quote_used[number] or self._is_incidental(quote):
                continue
            sentence = self.sentence_of[quote.open_index]
            speaker = self._nearby_speaker(by_sentence, sentence)
            if speaker is None:
                (headings if self._is_pull_quote(quote) else unattributed).append(quote)
                continue
            found.append(_floating(speaker, quote, sentence))
        for quote in headings:
            # After the other quotations: the paragraph a heading belongs to may only now
            # have its speaker.
            sentence = self.sentence_of[quote.open_index]
            speaker = self._heading_speaker(found, quote)
            if speaker is None:
                unattributed.append(quote)
            else:
                found.append(_floating(speaker, quote, sentence))
        unattributed.sort(key=lambda q: q.start)
        found.sort(key=lambda a: (a.cue or a.content or (0, 0))[0])
        return unattributed

    def _is_pull_quote(self, quote: Quote) -> bool:
        """True for a short paragraph that is nothing but a closed quotation (a pull-quote
        heading, or a quotation set apart between paragraphs)."""
        if quote.close_index is None or self._quote_words(quote) > _PULL_QUOTE_WORDS:
            return False
        first = quote.open_index
        last = quote.close_index
        before = self.tokens[first - 1] if first > 0 else None
        after = last + 1
        while after < len(self.tokens) and self.tokens[after].text in _CLAUSE_PUNCT:
            after += 1
        return (before is None or before.kind is TokenKind.BREAK) and (
            after >= len(self.tokens) or self.tokens[after].kind is TokenKind.BREAK
        )

    def _heading_speaker(self, found: list[RawAttribution], quote: Quote) -> RawAttribution | None:
        """The speaker of a pull-quote paragraph: the next paragraph's speaker, when she says
        it again there, or when she is named there and the paragraph before the heading
        names nobody (else the quotation more likely goes on from that paragraph's speaker)."""
        paragraph = self.sentences[self.sentence_of[quote.open_index]].paragraph
        following = [
            a
            for a in found
            if a.phrase is not None and self.sentences[a.sentence].paragraph == paragraph + 1
        ]
        if not following:
            return None
        heading = self._quote_word_set(quote)
        for attribution in following:
            repeated = self._quote_in(attribution.content)
            if repeated is not None and _overlap(heading, self._quote_word_set(repeated)) >= (
                _PULL_QUOTE_OVERLAP
            ):
                return attribution
        previous_speaks = any(self.sentences[a.sentence].paragraph == paragraph - 1 for a in found)
        first = following[0]
        if (
            previous_speaks
            or self._ends_sentence(quote)
            or first.phrase is None
            or first.phrase.pronoun
        ):
            return None
        return first

    def _ends_sentence(self, quote: Quote) -> bool:
        """True when a quotation ends with a full stop: a sentence quoted, where a heading
        ("We will not leave") has none."""
        close = _close(quote, self.tokens)
        return close > 0 and self.tokens[close - 1].text in _STOPS

    def _quote_in(self, content: tuple[int, int] | None) -> Quote | None:
        """The quotation a content span is or holds, if any."""
        if content is None:
            return None
        for quote in self.quotes:
            if content[0] <= quote.start and quote.end <= content[1]:
                return quote
        return None

    def _quote_word_set(self, quote: Quote) -> frozenset[str]:
        """The lower-case words of a quotation longer than two letters."""
        return frozenset(
            self.tokens[i].lower
            for i in range(quote.open_index, _close(quote, self.tokens) + 1)
            if self.tokens[i].kind is TokenKind.WORD and len(self.tokens[i].lower) > 2
        )

    def _is_incidental(self, quote: Quote) -> bool:
        """Scare quotes, titles and quoted names are not statements anyone made."""
        words = self._quote_words(quote)
        if words == 0:
            return True
        opens_sentence = (
            self.sentences[self.sentence_of[quote.open_index]].first == quote.open_index
        )
        if words <= _SCARE_QUOTE_WORDS and not opens_sentence:
            return True
        inner = [
            self.tokens[i]
            for i in range(quote.open_index + 1, _close(quote, self.tokens))
            if self.tokens[i].kind is TokenKind.WORD
        ]
        return (
            bool(inner)
            and len(inner) <= _TITLE_QUOTE_WORDS
            and all(t.is_capitalised or t.lower in ("for", "and", "of", "the") for t in inner)
        )

    def _nearby_speaker(
        self, by_sentence: dict[int, list[RawAttribution]], sentence: int
    ) -> RawAttribution | None:
        """The speaker of a quotation with no cue of its own.

        Looks in the same paragraph: this sentence, then up to two sentences before it,
        then up to two after it ("“…” The channel wrote that …"). Never across paragraphs,
        where a new speaker is as likely as the last one.
        """
        paragraph = self.sentences[sentence].paragraph
        for distance in (0, 1, 2, -1, -2):
            number = sentence - distance
            if not 0 <= number < len(self.sentences):
                continue
            if self.sentences[number].paragraph != paragraph:
                continue
            for attribution in reversed(by_sentence.get(number, [])):
                if attribution.phrase is not None or attribution.vague_class is not None:
                    return attribution
        return None


def _floating(speaker: RawAttribution, quote: Quote, sentence: int) -> RawAttribution:
    """A quotation with no cue of its own, given to ``speaker``."""
    return RawAttribution(
        phrase=speaker.phrase,
        cue=None,
        content=(quote.start, quote.end),
        direct=True,
        sentence=sentence,
        via=speaker.via,
        vague_class=speaker.vague_class,
        antecedent=speaker.antecedent,
        floating=True,
    )


def _overlap(part: frozenset[str], whole: frozenset[str]) -> float:
    """The share of ``part``'s words that ``whole`` has too."""
    return len(part & whole) / len(part) if part else 0.0


def _merge_relays(found: list[RawAttribution]) -> list[RawAttribution]:
    """ "TASS reported, citing a source, …": one claim, from the source, relayed by TASS."""
    relays = [a for a in found if a.relay]
    if not relays:
        return found
    merged: list[RawAttribution] = []
    carriers = [a for a in found if not a.relay and a.phrase is not None]
    for attribution in found:
        if not attribution.relay:
            continue
        carrier = carriers[0] if carriers else None
        if carrier is not None:
            attribution.via = carrier.phrase
            attribution.content = carrier.content
            if carrier.content is not None and attribution.cue is not None:
                cited_end = attribution.cue[1]
                if carrier.content[0] <= cited_end < carrier.content[1]:
                    # the claim proper follows the "citing …" clause; when nothing does
                    # ("…, the agency reported, citing X."), the carrier read the wrong side
                    claim = (attribution.relay_end, carrier.content[1])
                    attribution.content = claim if claim[0] < claim[1] else None
            attribution.direct = carrier.direct
            attribution.hedged = carrier.hedged
        merged.append(attribution)
    used = {id(carriers[0])} if carriers else set()
    return [a for a in found if not a.relay and id(a) not in used] + merged


def _run_phrase(tokens: list[Token], first: int, last: int) -> Phrase | None:
    """Any run of words as a phrase, headed by its last noun-like word."""
    words = [i for i in range(first, last) if tokens[i].kind in (TokenKind.WORD, TokenKind.NUMBER)]
    if not words or last - first > _RUN_PHRASE_TOKENS:
        return None
    head = words[-1]
    return Phrase(first, last, head, head, head + 1)


def _stretch(phrase: Phrase, end: int) -> Phrase:
    """The phrase's covering span extended to ``end`` (for "according to …" post-modifiers)."""
    return replace(phrase, last=end) if end > phrase.last else phrase


def _is_saying(token: Token) -> bool:
    """A verb of saying proper ("said", "told", "added"), not a stance or a noun."""
    return lx.CUE_WORDS.get(token.lower) is CueClass.STRONG and not token.is_capitalised


def _noun_like(token: Token) -> bool:
    """True for cue words that are also nouns ("report", "reports", "claims")."""
    word = token.lower
    return word in lx.NOUN_LIKE_BASES or (
        word.endswith("s") and (word[:-1] in lx.NOUN_LIKE_BASES or word[:-2] in lx.NOUN_LIKE_BASES)
    )


def _participle(token: Token) -> bool:
    word = token.lower
    return word.endswith(("ed", "en")) or word in (
        "told",
        "said",
        "written",
        "shown",
        "found",
        "thought",
    )


def _last_token(tokens: list[Token], quote: Quote) -> int:
    index = quote.open_index
    while index + 1 < len(tokens) and tokens[index + 1].end <= quote.end:
        index += 1
    return index


def _close(quote: Quote, tokens: list[Token]) -> int:
    return quote.close_index if quote.close_index is not None else _last_token(tokens, quote)


def _opens_with_conjunction(tokens: list[Token], sentence: Sentence, index: int) -> bool:
    """True when only "But"/"And" stands before ``index`` in its sentence."""
    return index == sentence.first + 1 and tokens[sentence.first].lower in ("but", "and")


def _is_source_noun_ahead(tokens: list[Token], index: int, ceiling: int) -> bool:
    """ "told state-run broadcaster RTV": a description of an outlet before its name."""
    return any(
        tokens[i].bare in lx.OUTLET_WORDS
        for i in range(index, min(index + _OUTLET_DESCRIPTION_TOKENS, ceiling))
    )


def _describes_speaker(tokens: list[Token], phrase: Phrase, floor: int) -> bool:
    """True when a conjunct can speak: a noun that names who speaks, or a name (not a word
    capitalised only because it opens the sentence: "Current and former officials")."""
    head = tokens[phrase.head]
    if head.bare in lx.SOURCE_NOUNS:
        return True
    return head.is_capitalised and (phrase.head != floor or phrase.last - phrase.first > 1)


def _is_plural(token: Token) -> bool:
    word = token.lower
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _name_and_group(tokens: list[Token], name: Phrase, group: Phrase) -> bool:
    """True for a name beside an unnamed plural description ("Western countries")."""
    head = tokens[group.head]
    return (
        tokens[name.head].is_capitalised
        and not head.is_capitalised
        and _is_plural(head)
        and tokens[group.first].lower not in lx.PERSONAL_POSSESSIVES
        and not any(
            tokens[i].is_capitalised and not is_demonym(tokens[i])
            for i in range(group.first, group.last)
        )
    )


def _owner_follows(tokens: list[Token]) -> bool:
    """True when "of" names whose reports these are ("reports of the Red Cross")."""
    words = [t for t in tokens if t.lower not in ("the", "a", "an")]
    return bool(words) and words[0].is_capitalised and not is_demonym(words[0])


def _second_role(tokens: list[Token], name: Phrase, role: Phrase) -> bool:
    """True for a bare singular role after a person's name ("Jane Roe and former head of the
    agency"): a second title of the same person, with no determiner of its own."""
    head = tokens[role.head]
    return (
        tokens[name.head].is_capitalised
        and tokens[role.first].lower not in lx.DETERMINERS
        and not _is_plural(head)
        and (head.bare in lx.ROLE_NOUNS or head.bare in lx.PERSON_TITLES)
    )
