"""The article's sentences, and whether one in the article's own voice argues or reports.

The score asks of every sentence whether it carries an attribution and, when it does not
(the article's own voice), whether it argues rather than reports: a writer addressing the
reader, speaking for "us", or asserting with a certainty the text does not source. Those
are the Credibility Coalition's "calibration of confidence" indicator and the newsroom rule
that news copy does not editorialise (see docs/scoring.md). The word lists live with every
other lexicon in `srccheck.detect.lexicon`; they name kinds of language, never topics,
people or outlets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from srccheck.detect.lexicon import CERTAINTY_MARKERS

# The writer speaking as "I" or "we", or turning to "you": news copy keeps these inside
# quotations. "us" and "I" are matched in lower and upper case respectively so that "US"
# (the country) and a lone capital initial ("I. Petrov") do not count.
_FIRST_AND_SECOND_PERSON = re.compile(
    r"\b(?:I(?!\.)|[MmWw]e|[Mm]y|us|[Oo]ur(?:s|selves)?|[Yy]ou(?:rs?|rself)?)\b"
)
# Matched against the lower-cased sentence (cheaper than a case-insensitive alternation).
_CERTAINTY = re.compile(
    r"\b(?:" + "|".join(m.replace(" ", r"\s+") for m in CERTAINTY_MARKERS) + r")\b"
)
# An exclamation or a rhetorical question closing a sentence in the article's own voice.
_EXCLAIM_OR_ASK = re.compile(r"[!?][\"'”’)]*\s*$")


# A sentence: a run of text up to a full stop, question or exclamation mark (with any closing
# quotation marks), or the end of a line. Abbreviations such as "Mr." split a sentence in
# two, which only ever makes the counts a little finer on both sides of a comparison.
_SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+[\"'”’»)]*|\n|$)")
#: Sentences shorter than this many words (datelines, bylines, captions) are not counted.
MIN_SENTENCE_WORDS = 4


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) offsets of the article's sentences, without a leading headline."""
    body = _body_start(text)
    for match in _SENTENCE.finditer(text, body):
        start, end = match.start(), match.end()
        chunk = text[start:end]
        # Split no further than the count needs: every sentence of the article is asked.
        if len(chunk.split(maxsplit=MIN_SENTENCE_WORDS - 1)) >= MIN_SENTENCE_WORDS:
            stripped = len(chunk) - len(chunk.lstrip())
            yield start + stripped, start + len(chunk.rstrip())


#: The spaces and tabs at a position (possibly none).
_SPACES = re.compile(r"[ \t]*+")


def _body_start(text: str) -> int:
    """Skip a headline: a first line without a closing full stop, followed by a blank line."""
    first_break = text.find("\n")
    if first_break < 0:
        return 0
    headline = text[:first_break].strip()
    # Past the line break's spaces and tabs without copying the rest of a long text.
    spaces = _SPACES.match(text, first_break + 1)
    after = spaces.end() if spaces else first_break + 1
    if headline and not headline.endswith(".") and text.startswith(("\n", "\r"), after):
        return first_break + 1
    return 0


def argues(sentence: str) -> bool:
    """True when a sentence in the article's own voice argues rather than reports."""
    return bool(
        _EXCLAIM_OR_ASK.search(sentence)
        or _FIRST_AND_SECOND_PERSON.search(sentence)
        or _CERTAINTY.search(sentence.lower())
    )


#: Text is case-folded this many characters at a time, so a long article is never copied whole.
_FOLD_CHUNK = 1 << 16


def has_any(text: str, phrases: tuple[str, ...]) -> bool:
    """True when ``text`` contains one of ``phrases`` (case-insensitive)."""
    # Chunks overlap by the longest phrase: folding never makes text shorter, so a phrase
    # found across a chunk's end lies within that many characters of it.
    overlap = max(map(len, phrases), default=0)
    for start in range(0, max(len(text), 1), _FOLD_CHUNK):
        folded = text[start : start + _FOLD_CHUNK + overlap].casefold()
        if any(phrase in folded for phrase in phrases):
            return True
    return False
