"""The components of the article's sourcing score: how the article sources its claims.

Each component is a sourcing signal an editor can check by reading the article, drawn from
newsroom standards (AP and Reuters on attribution and anonymous sources, the BBC on claims by
parties to a conflict) and the Credibility Coalition's article indicators (Zhang et al. 2018).
Each earns a credit from 0 to 1; the score is their weighted mean times 100. A component
that does not apply (no low-rated source, no relayed claim, no quotation) is left out rather
than given full marks. The thresholds below are editorial anchors, stated once and explained
in docs/scoring.md; the rules (SRC202, SRC301) read the same values.
"""

from __future__ import annotations

import functools
import math
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from srccheck import voice
from srccheck.detect import lexicon as lx
from srccheck.model import (
    Attribution,
    Detection,
    Kind,
    Rating,
    ScoreComponent,
    Source,
    SourceStanding,
    Span,
)
from srccheck.spans import last_visible, offset_typecode

#: A source rated under this is low-rated: its claims need a verification note or another side.
LOW_SCORE = 40
#: Share of the article's sentences that, attributed, earns full credit for coverage.
COVERAGE_FULL = 0.5
#: Share of sentences arguing in the article's own voice at which that component earns nothing.
ARGUED_ZERO = 0.3
#: Independent sources (distinct affiliations) that earn full credit; fewer earn a log share.
INDEPENDENT_FULL = 5
#: Share of the attribution weight on one source beyond which the article relies on it.
SINGLE_SOURCE_SHARE = 0.6
#: Credit for a person named with no role or affiliation: the reader has a name to check but
#: not why this person would know.
BARE_NAME_CREDIT = 0.5
#: Attributions an article needs before reliance on one source is judged.
SINGLE_SOURCE_MINIMUM = 3
#: A quotation of this many words or fewer, with no sentence inside, is a scare-quoted term.
SCARE_QUOTE_WORDS = 4
#: Longest speaker tag after a quotation ('" Oleh Marchuk, a driver, said.').
SPEAKER_TAG_WORDS = 6
_SAYING = (lx.CueClass.STRONG, lx.CueClass.WEAK)
#: Words before a quotation searched for "a sign reading", "chanting".
SLOGAN_WINDOW_WORDS = 3

#: Weight of each component in the mean (coverage and own voice weigh most: they cover the
#: whole text, where the others look at the attributions only).
WEIGHTS: dict[str, float] = {
    "coverage": 3,
    "own-voice": 3,
    "independence": 2,
    "named": 1,
    "reliance": 1,
    "low-rated": 2,
    "relays": 1,
    "quotes": 1,
}

_VISIBLE = re.compile(r"\S")
#: Quote marks and spaces a line may hold around a pull quote.
_PULL_QUOTE_SLACK = 64


@dataclass(frozen=True, slots=True)
class SentenceOffsets:
    """The (start, end) offsets of an article's sentences, in two flat arrays: a long
    article has a hundred thousand sentences, and a tuple of two numbers each took eight
    times the room."""

    starts: array[int]
    ends: array[int]

    @classmethod
    def of(cls, text: str) -> SentenceOffsets:
        """The sentences `voice.sentences` finds in ``text``."""
        starts, ends = array(offset_typecode(len(text))), array(offset_typecode(len(text)))
        for start, end in voice.sentences(text):
            starts.append(start)
            ends.append(end)
        return cls(starts, ends)

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)


@dataclass(slots=True)
class Evidence:
    """What the components are computed from, gathered once per article."""

    detection: Detection
    ratings: dict[str, Rating]
    weights: list[float]
    sentences: SentenceOffsets
    attributed: list[bool]
    """Per sentence: does it carry an attribution of any kind (cue, speaker or quotation)?"""
    reported: list[bool]
    """Per sentence: does it attribute a claim in the neutral form ("said", "according to")?"""
    sources: dict[str, Source]
    """Every source by `Source.id`."""
    shares: dict[str, float]
    independent: set[str]
    standings: list[SourceStanding]
    speakerless_quotes: list[Span]

    @classmethod
    def gather(
        cls, detection: Detection, ratings: dict[str, Rating], weights: list[float]
    ) -> Evidence:
        """Split the text into sentences and read off everything the components need."""
        sentences = SentenceOffsets.of(detection.text)
        return cls(
            detection=detection,
            ratings=ratings,
            weights=weights,
            sentences=sentences,
            attributed=_attributed_sentences(detection, sentences),
            reported=_reported_sentences(detection, ratings, sentences),
            sources={source.id: source for source in detection.sources},
            shares=weight_shares(detection, weights),
            independent=independent_sources(detection),
            standings=low_rated_standings(detection, ratings),
            speakerless_quotes=speakerless_quotes(detection),
        )


def weighted_value(parts: list[ScoreComponent]) -> int:
    """The score: 100 times the weighted mean of the components' credits."""
    total = sum(part.weight for part in parts)
    return round(100 * sum(part.credit * part.weight for part in parts) / total) if total else 0


def components(evidence: Evidence) -> list[ScoreComponent]:
    """Every component that applies to the article, in a fixed order."""
    found = [
        coverage(evidence),
        own_voice(evidence),
        independence(evidence),
        named(evidence),
        reliance(evidence),
        low_rated(evidence),
        relays(evidence),
        quotes(evidence),
    ]
    return [part for part in found if part is not None]


def _component(key: str, name: str, credit: float, detail: str) -> ScoreComponent:
    return ScoreComponent(key, name, max(0.0, min(1.0, credit)), WEIGHTS[key], detail)


def coverage(evidence: Evidence) -> ScoreComponent:
    """How much of the article is attributed: the share of its sentences saying who said
    what in the neutral form ("said", "told", "according to"; "claimed" for a low-rated
    source, which is the caution the BBC asks for)."""
    total = len(evidence.sentences)
    done = sum(evidence.reported)
    share = done / total if total else 0.0
    detail = (
        f"{done} of {total} sentences attribute a claim in neutral terms; "
        f"full credit at {COVERAGE_FULL:.0%}"
    )
    return _component("coverage", "attribution coverage", share / COVERAGE_FULL, detail)


def own_voice(evidence: Evidence) -> ScoreComponent:
    """Sentences in the article's own voice that argue (we, you, 'clearly', '!') cost credit."""
    text = evidence.detection.text
    quoted = sorted((q.start, q.end) for q in evidence.detection.unattributed_quotes)
    argued = sum(
        1
        for (start, end), attributed in zip(evidence.sentences, evidence.attributed, strict=True)
        if not attributed and voice.argues(_unquoted(text, start, end, quoted))
    )
    total = len(evidence.sentences)
    share = argued / total if total else 0.0
    detail = (
        f"{argued} of {total} sentences argue in the article's own voice; "
        f"no credit at {ARGUED_ZERO:.0%}"
    )
    return _component("own-voice", "the article's own voice", 1 - share / ARGUED_ZERO, detail)


def independence(evidence: Evidence) -> ScoreComponent:
    """How many independent named sources (distinct affiliations) stand behind the article."""
    count = len(evidence.independent)
    credit = math.log1p(count) / math.log1p(INDEPENDENT_FULL)
    detail = f"{count} independent named source(s); full credit at {INDEPENDENT_FULL}"
    return _component("independence", "independent sources", credit, detail)


def named(evidence: Evidence) -> ScoreComponent | None:
    """The share of attribution weight on named, identified sources: a person counts fully
    when the text (or the table) says who they are, half when only a name is given (AP and
    Reuters: identify sources as fully as possible); an anonymous source counts when the
    text says why it is not named."""
    detection = evidence.detection
    if not detection.attributions:
        return None
    total = sum(evidence.weights)
    credited = 0.0
    with_reason = bare_names = 0
    for attribution, weight in zip(detection.attributions, evidence.weights, strict=True):
        source = evidence.sources[attribution.source]
        if source.named and _identified(source):
            credited += weight
        elif source.named:
            credited += weight * BARE_NAME_CREDIT
            bare_names += 1
        elif _is_anonymous(source) and _gives_reason(evidence, attribution):
            credited += weight
            with_reason += 1
    detail = f"{credited / total:.0%} of the attribution weight on named, identified sources"
    if bare_names:
        detail += f"; {bare_names} attribution(s) to a name with no role or affiliation"
    if with_reason:
        detail += f"; {with_reason} anonymous attribution(s) with a stated reason"
    return _component("named", "named sources", credited / total, detail)


def _identified(source: Source) -> bool:
    """An organisation names itself; a person is identified by a role, an affiliation or a
    table entry."""
    if source.kind is not Kind.PERSON:
        return True
    return bool(source.role or source.affiliation or source.entry)


def reliance(evidence: Evidence) -> ScoreComponent | None:
    """Single-source reliance: credit falls as one source's weight share passes the threshold."""
    if len(evidence.detection.attributions) < SINGLE_SOURCE_MINIMUM:
        return None
    source_id, share = top_share(evidence.shares)
    name = evidence.sources[source_id].name
    credit = 1 - max(0.0, share - SINGLE_SOURCE_SHARE) / (1 - SINGLE_SOURCE_SHARE)
    detail = f"{share:.0%} of the weight on {name}; reliance above {SINGLE_SOURCE_SHARE:.0%}"
    return _component("reliance", "single-source reliance", credit, detail)


def low_rated(evidence: Evidence) -> ScoreComponent | None:
    """Low-rated sources' claims reported as theirs, beside a note or another side, not adopted."""
    standings = evidence.standings
    if not standings:
        return None
    sound = sum(1 for s in standings if s.balanced and s.adopted is None)
    adopted = sum(1 for s in standings if s.adopted is not None)
    detail = f"{sound} of {len(standings)} low-rated source(s) reported as their claim"
    if adopted:
        detail += f"; {adopted} adopted as fact"
    return _component("low-rated", "low-rated sources' claims", sound / len(standings), detail)


def relays(evidence: Evidence) -> ScoreComponent | None:
    """Claims relayed through a carrier: credit for each carrier that is not low-rated."""
    relayed = [a for a in evidence.detection.attributions if a.via is not None]
    if not relayed:
        return None
    sound = sum(1 for a in relayed if not _low(evidence.ratings[str(a.via)].score))
    detail = f"{sound} of {len(relayed)} relayed claim(s) through a carrier rated {LOW_SCORE}+"
    return _component("relays", "relays through carriers", sound / len(relayed), detail)


def quotes(evidence: Evidence) -> ScoreComponent | None:
    """The share of quotations whose speaker the text gives."""
    spoken = sum(1 for a in evidence.detection.attributions if a.direct)
    missing = len(evidence.speakerless_quotes)
    if spoken + missing == 0:
        return None
    detail = f"{spoken} of {spoken + missing} quotation(s) with a speaker"
    return _component("quotes", "quotations with a speaker", spoken / (spoken + missing), detail)


# -- what the components and the rules share ----------------------------------------------


def weight_shares(detection: Detection, weights: list[float]) -> dict[str, float]:
    """Each source's share of the article's attribution weight (summing to 1)."""
    total = sum(weights)
    shares: dict[str, float] = {}
    for attribution, weight in zip(detection.attributions, weights, strict=True):
        shares[attribution.source] = shares.get(attribution.source, 0.0) + weight / total
    return shares


def top_share(shares: dict[str, float]) -> tuple[str, float]:
    """The source carrying the largest share of the weight (the first of equals)."""
    return max(shares.items(), key=lambda item: item[1])


def independence_key(source: Source) -> str | None:
    """What makes two named sources one voice: their affiliation, else the source itself."""
    if not source.named:
        return None
    if source.affiliation_entry is not None:
        return source.affiliation_entry.id
    if source.entry is not None:
        return source.entry.affiliation or source.entry.id
    if source.affiliation:
        return source.affiliation.casefold()
    return source.id


def independent_sources(detection: Detection) -> set[str]:
    """The distinct affiliations of the named sources the article attributes claims to."""
    by_id = {source.id: source for source in detection.sources}
    keys = {independence_key(by_id[a.source]) for a in detection.attributions}
    return {key for key in keys if key is not None}


def low_rated_standings(detection: Detection, ratings: dict[str, Rating]) -> list[SourceStanding]:
    """For each low-rated source making claims: adopted as fact, and is another side given?"""
    text = detection.text
    note = voice.has_any(text, lx.HEDGE_PHRASES)
    by_source: dict[str, list[Attribution]] = {}
    for attribution in detection.attributions:
        by_source.setdefault(attribution.source, []).append(attribution)
    other_sides = _OtherSides.of(detection, ratings, by_source)
    standings = []
    for source_id, attributions in by_source.items():
        if not _low(ratings[source_id].score):
            continue
        claims = [a for a in attributions if not _cue_in(a, lx.DENYING_CUES)]
        if not claims:
            continue  # a party's denial is the other side of a story, never an adopted claim
        adopted = next(
            (a.cue for a in claims if a.cue and not a.hedged and _cue_in(a, lx.ADOPTING_CUES)),
            None,
        )
        balanced = note or any(a.hedged for a in claims) or other_sides.answer(detection, source_id)
        standings.append(SourceStanding(source_id, adopted, balanced))
    return standings


@dataclass(frozen=True, slots=True)
class _OtherSides:
    """What answers a low-rated source, counted once for the article (asking every other
    source again for each low-rated one was quadratic in the number of sources)."""

    deniers: frozenset[str]
    """The sources with a denial among their attributions."""
    trusted_keys: Counter[str]
    """How many sources that are not low-rated stand for each independence key."""

    @classmethod
    def of(
        cls,
        detection: Detection,
        ratings: dict[str, Rating],
        by_source: dict[str, list[Attribution]],
    ) -> _OtherSides:
        deniers = frozenset(
            source_id
            for source_id, attributions in by_source.items()
            if any(_cue_in(a, lx.DENYING_CUES) for a in attributions)
        )
        trusted_keys: Counter[str] = Counter()
        for source_id in by_source:
            key = independence_key(detection.source(source_id))
            if key is not None and not _low(ratings[source_id].score):
                trusted_keys[key] += 1
        return cls(deniers, trusted_keys)

    def answer(self, detection: Detection, source_id: str) -> bool:
        """A denial by another source, or, for a named party, another independent source
        that is not low-rated. A vague or anonymous source names no party whose claim another
        voice could answer, so only a denial (or a verification note) balances it."""
        if len(self.deniers) > (source_id in self.deniers):
            return True
        own_key = independence_key(detection.source(source_id))
        if own_key is None:
            return False
        # The source asked about is low-rated, so it is none of the trusted ones counted.
        return self.trusted_keys.total() > self.trusted_keys[own_key]


def speakerless_quotes(detection: Detection) -> list[Span]:
    """Quotations with no speaker, leaving out what an editor would not flag: a quotation
    continuing a speaker already given, one whose speaker is in the same sentence, a partial
    quotation woven into a sentence, a pull-quote followed by its speaker, a slogan or sign,
    and a scare-quoted term."""
    text = detection.text
    anchors = sorted(
        span.start
        for a in detection.attributions
        for span in (a.source_span, a.cue)
        if span is not None
    )
    tagged = {q.start for q in detection.unattributed_quotes if _speaker_tag_after(text, q)}
    quoted = sorted(
        {a.content.start for a in detection.attributions if a.direct and a.content} | tagged
    )
    return [
        quote
        for quote in detection.unattributed_quotes
        if not (
            _scare_quote(quote)
            or _partial_quote(text, quote)
            or _slogan(text, quote)
            or _speaker_nearby(text, quote, anchors)
            or quote.start in tagged
            or _continues_quotation(text, quote, quoted)
            or _pull_quote(text, quote, anchors)
        )
    ]


def _scare_quote(quote: Span) -> bool:
    inner = quote.text.strip("\"'“”‘’«»„ ")
    return len(inner.split()) <= SCARE_QUOTE_WORDS and not inner.rstrip().endswith((".", "!", "?"))


def _partial_quote(text: str, quote: Span) -> bool:
    """Quoted words woven into a sentence mid-way, starting in lower case ('the report called
    for "gender-related staffing"'): they belong to the sentence's subject."""
    inner = quote.text.lstrip("\"'“”‘’«»„ ")
    before = last_visible(text, quote.start)
    mid_sentence = bool(before) and before not in '.!?:\n"”»'
    return mid_sentence and inner[:1].islower()


def _slogan(text: str, quote: Span) -> bool:
    before = text[max(0, quote.start - 60) : quote.start].casefold().split()
    return any(w.strip(",:;—-") in lx.SLOGAN_WORDS for w in before[-SLOGAN_WINDOW_WORDS:])


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    # Found by bisection in offsets read once per text: a scan per quotation would make a
    # long single-line article quadratic.
    breaks = _offsets_of(text, "\n")
    index = bisect_left(breaks, offset)
    start = breaks[index - 1] + 1 if index else 0
    return start, breaks[index] if index < len(breaks) else len(text)


@functools.lru_cache(maxsize=2)  # the newlines and the stops of the article being read
def _offsets_of(text: str, needle: str) -> list[int]:
    """Every offset of ``needle`` in ``text``, in order (read once per text)."""
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def _speaker_nearby(text: str, quote: Span, anchors: list[int]) -> bool:
    """A speaker or cue in the quotation's own sentence: before it, or right after it."""
    line_start, line_end = _line_bounds(text, quote.start)
    stops = _offsets_of(text, ". ")
    index = bisect_left(stops, quote.start - 1)
    before = max(stops[index - 1] + 1 if index else 0, line_start)
    index = bisect_left(stops, quote.end)
    after = stops[index] if index < len(stops) and stops[index] < line_end else line_end
    for anchor in anchors[bisect_left(anchors, before) :]:
        if anchor > after:
            break
        if not quote.start <= anchor < quote.end:
            return True
    return False


def _speaker_tag_after(text: str, quote: Span) -> bool:
    """A short speaker tag right after the quotation ('..." Bradley said.', '..." she
    claims'): a name or pronoun and a verb of saying, which the detector may not have tied to
    a source it can name."""
    _, line_end = _line_bounds(text, quote.end)
    stop = text.find(".", quote.end, line_end)
    tail = text[quote.end : line_end if stop < 0 else stop].split()
    if not tail or len(tail) > SPEAKER_TAG_WORDS:
        return False
    cleaned = [word.strip(",;:—–-") for word in tail]
    says = any(lx.CUE_WORDS.get(w.lower()) in _SAYING for w in cleaned)
    who = any(w[:1].isupper() or w.lower() in lx.PERSONAL_PRONOUNS for w in cleaned if w)
    return says and who


def _previous_paragraph(text: str, offset: int) -> tuple[int, int] | None:
    line_start, _ = _line_bounds(text, offset)
    cursor = line_start - 1
    while cursor > 0:
        start, end = _line_bounds(text, cursor - 1)
        if _VISIBLE.search(text, start, end):
            return start, end
        cursor = start - 1
    return None


def _continues_quotation(text: str, quote: Span, quoted: list[int]) -> bool:
    """A quotation that carries on a speaker already given: later in a paragraph whose earlier
    quotation has its speaker, or opening a paragraph after one that quotes a speaker or ends
    by introducing it ("... had this to say:"). ``quoted`` holds the sorted starts of the
    quotations that have a speaker."""
    line_start, _ = _line_bounds(text, quote.start)
    if _VISIBLE.search(text, line_start, quote.start):
        return _any_between(quoted, line_start, quote.start)
    previous = _previous_paragraph(text, quote.start)
    if previous is None:
        return False
    start, end = previous
    return last_visible(text, end, start) in (":", ";", ",") or _any_between(quoted, start, end)


def _any_between(sorted_offsets: list[int], start: int, end: int) -> bool:
    """True when some offset lies in ``[start, end)``."""
    index = bisect_left(sorted_offsets, start)
    return index < len(sorted_offsets) and sorted_offsets[index] < end


def _pull_quote(text: str, quote: Span, anchors: list[int]) -> bool:
    """A quotation standing alone on its line, with the speaker on the next line."""
    line_start, line_end = _line_bounds(text, quote.start)
    if line_end - line_start > len(quote.text) + _PULL_QUOTE_SLACK:
        return False  # more on the line than the quotation (checked without copying the line)
    if text[line_start:line_end].strip(" \t\"'“”«».") != quote.text.strip(" \t\"'“”«»."):
        return False
    cursor = line_end + 1
    while cursor < len(text):
        start, end = _line_bounds(text, cursor)
        line = text[start:end].strip()
        if line:
            first_sentence_end = text.find(". ", start, end)
            limit = end if first_sentence_end < 0 else first_sentence_end
            return line.startswith(("—", "–", "-")) or any(start <= a <= limit for a in anchors)
        cursor = end + 1
    return False


def _attributed_sentences(detection: Detection, sentences: SentenceOffsets) -> list[bool]:
    """Mark each sentence holding an attribution's speaker or cue, or attributed quoted words."""
    marks = [False] * len(sentences)
    starts, ends = sentences.starts, sentences.ends

    def mark(start: int, end: int) -> None:
        index = max(bisect_right(starts, start) - 1, 0)
        while index < len(starts) and starts[index] < max(end, start + 1):
            if ends[index] > start:
                marks[index] = True
            index += 1

    def mark_at(position: int) -> None:
        # `mark(position, position + 1)` for the one sentence (they never overlap) that can
        # hold a single position: a long article asks it for every speaker and cue.
        index = bisect_right(starts, position) - 1
        if index >= 0 and ends[index] > position:
            marks[index] = True

    for attribution in detection.attributions:
        if attribution.source_span is not None:
            mark_at(attribution.source_span.start)
        if attribution.cue is not None:
            mark_at(attribution.cue.start)
        if attribution.direct and attribution.content is not None:
            mark(attribution.content.start, attribution.content.end)
    return marks


def _reported_sentences(
    detection: Detection, ratings: dict[str, Rating], sentences: SentenceOffsets
) -> list[bool]:
    """Mark each sentence holding a neutral attribution cue, or "claimed" for a weak source."""
    marks = [False] * len(sentences)
    starts, ends = sentences.starts, sentences.ends
    by_id = {source.id: source for source in detection.sources}
    for attribution in detection.attributions:
        cue = attribution.cue
        if cue is None or not sentences:
            continue
        source = by_id[attribution.source]
        if source.class_default is not None and source.class_default.role != "anonymous":
            continue  # a vague collective names no one who can be checked (SRC102)
        neutral = _cue_in(attribution, lx.NEUTRAL_CUES)
        cautious = attribution.hedged and _low(ratings[attribution.source].score)
        if neutral or cautious:
            index = max(bisect_right(starts, cue.start) - 1, 0)
            if starts[index] <= cue.start < ends[index]:
                marks[index] = True
    return marks


def _unquoted(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str:
    """The sentence with quoted words blanked out (they are someone's, not the article's).
    ``quoted`` is sorted by start; only the quotations overlapping the sentence are read."""
    first = max(bisect_left(quoted, (start, -1)) - 1, 0)
    chunk = text[start:end]
    for q_start, q_end in quoted[first:]:
        if q_start >= end:
            break
        lo, hi = max(q_start, start) - start, min(q_end, end) - start
        if lo < hi:
            chunk = chunk[:lo] + " " * (hi - lo) + chunk[hi:]
    return chunk


def _is_anonymous(source: Source) -> bool:
    return source.class_default is not None and source.class_default.role == "anonymous"


def _gives_reason(evidence: Evidence, attribution: Attribution) -> bool:
    """An anonymity reason in the attribution's sentence or the next one."""
    anchor = attribution.source_span or attribution.cue or attribution.content
    if anchor is None:
        return False
    sentences = evidence.sentences
    if not sentences:
        return False
    index = max(bisect_right(sentences.starts, anchor.start) - 1, 0)
    following = min(index + 1, len(sentences) - 1)
    chunk = evidence.detection.text[sentences.starts[index] : sentences.ends[following]]
    return voice.has_any(chunk, lx.ANONYMITY_REASONS)


def _cue_in(attribution: Attribution, words: frozenset[str]) -> bool:
    if attribution.cue is None:
        return False
    return _has_word_of(attribution.cue.text, words)


@functools.lru_cache(maxsize=4096)
def _has_word_of(text: str, words: frozenset[str]) -> bool:
    """Whether a word of ``text`` is one of ``words`` (case-insensitive); a long article's
    cues are a few dozen texts asked about hundreds of thousands of times."""
    return any(word.casefold() in words for word in text.split())


def _low(score: int | None) -> bool:
    return score is not None and score < LOW_SCORE
