"""The article's sentences, and the word lists the sourcing score reads them with.

The score asks of every sentence whether it carries an attribution and, when it does not
(the article's own voice), whether it argues rather than reports: a writer addressing the
reader, speaking for "us", or asserting with a certainty the text does not source. Those
are the Credibility Coalition's "calibration of confidence" indicator and the newsroom rule
that news copy does not editorialise (see docs/scoring.md). The lists are data, kept here
in one place; they name kinds of language, never topics, people or outlets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set (kept local: importing the
    detector's lexicon would load the whole detector for `srccheck rules`)."""
    return frozenset(text.split())


# The writer speaking as "I" or "we", or turning to "you": news copy keeps these inside
# quotations. "us" and "I" are matched in lower and upper case respectively so that "US"
# (the country) and a lone capital initial ("I. Petrov") do not count.
_FIRST_AND_SECOND_PERSON = re.compile(
    r"\b(?:I(?!\.)|[MmWw]e|[Mm]y|us|[Oo]ur(?:s|selves)?|[Yy]ou(?:rs?|rself)?)\b"
)
#: Words that assert certainty the text does not source (calibration of confidence).
CERTAINTY_MARKERS = (
    "clearly",
    "obviously",
    "undeniably",
    "undoubtedly",
    "unquestionably",
    "of course",
    "truly",
    "indeed",
    "surely",
    "absolutely",
    "totally",
    "evidently",
    "in fact",
    "simply",
    "literally",
    "no doubt",
    "without a doubt",
    "needless to say",
)
# Matched against the lower-cased sentence (cheaper than a case-insensitive alternation).
_CERTAINTY = re.compile(
    r"\b(?:" + "|".join(m.replace(" ", r"\s+") for m in CERTAINTY_MARKERS) + r")\b"
)
# An exclamation or a rhetorical question closing a sentence in the article's own voice.
_EXCLAIM_OR_ASK = re.compile(r"[!?][\"'”’)]*\s*$")

#: Phrases that give the reason a source is not named (AP: say why anonymity was granted).
ANONYMITY_REASONS = (
    "condition of anonymity",
    "on condition they not be named",
    "on condition that they not be named",
    "not authorized to",
    "not authorised to",
    "not allowed to speak",
    "not permitted to speak",
    "requested anonymity",
    "asked not to be named",
    "asked not to be identified",
    "declined to be named because",
    "for fear of",
    "because of the sensitivity",
    "to discuss private",
    "to discuss internal",
    "to discuss confidential",
)

#: Neutral reporting cues (AP and Reuters: "said" is the neutral verb of attribution). A
#: sentence attributed with one of these reports who said what without judging it; loaded
#: verbs ("slammed", "admitted", "ripped") tell the reader what to think of the claim.
NEUTRAL_CUES = words(
    """
    say says said saying tell tells told telling according state states stated stating add
    adds added adding report reports reported reporting note notes noted noting explain
    explains explained explaining write writes wrote writing announce announces announced
    announcing ask asks asked asking reply replies replied replying respond responds responded
    responding answer answers answered testify testifies testified
    """
)

#: Cue verbs with which the text itself vouches for the claim: a low-rated source's claim
#: introduced this way is adopted in the article's own voice.
ADOPTING_CUES = words(
    """
    confirm confirms confirmed confirming reveal reveals revealed revealing show shows showed
    shown showing prove proves proved proven proving expose exposes exposed exposing establish
    establishes established demonstrate demonstrates demonstrated
    """
)

#: Cue verbs of denial: a party denying something is the other side, never an adopted claim.
DENYING_CUES = words(
    """
    deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed
    dismissing dispute disputes disputed disputing refute refutes refuted refuting rebut rebuts
    rebutted
    """
)

#: Notes that the newsroom could not check a claim (BBC guidance on claims by parties to a
#: conflict). The detector marks the attributions they sit next to as hedged; the score also
#: reads them anywhere in the article.
VERIFICATION_NOTES = (
    "could not be verified",
    "cannot be verified",
    "could not independently verify",
    "could not be independently verified",
    "could not immediately verify",
    "could not be independently confirmed",
    "has not been verified",
    "have not been verified",
    "not independently verified",
    "unverified",
    "unconfirmed",
    "without evidence",
    "without providing evidence",
    "without offering evidence",
)

#: Words just before a quotation that make it a slogan, sign or chant, not someone's claim.
SLOGAN_WORDS = words(
    """
    sign signs reading read reads banner banners placard placards poster posters slogan slogans
    chant chants chanted chanting hashtag t-shirt t-shirts shirt caption captioned headline
    headlined titled entitled dubbed nicknamed motto
    """
)

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
        if len(chunk.split()) >= MIN_SENTENCE_WORDS:
            stripped = len(chunk) - len(chunk.lstrip())
            yield start + stripped, start + len(chunk.rstrip())


def _body_start(text: str) -> int:
    """Skip a headline: a first line without a closing full stop, followed by a blank line."""
    first_break = text.find("\n")
    if first_break < 0:
        return 0
    headline = text[:first_break].strip()
    rest = text[first_break + 1 :]
    if headline and not headline.endswith(".") and rest.lstrip(" \t").startswith(("\n", "\r")):
        return first_break + 1
    return 0


def argues(sentence: str) -> bool:
    """True when a sentence in the article's own voice argues rather than reports."""
    return bool(
        _EXCLAIM_OR_ASK.search(sentence)
        or _FIRST_AND_SECOND_PERSON.search(sentence)
        or _CERTAINTY.search(sentence.lower())
    )


def has_any(text: str, phrases: tuple[str, ...]) -> bool:
    """True when ``text`` contains one of ``phrases`` (case-insensitive)."""
    folded = text.casefold()
    return any(phrase in folded for phrase in phrases)
