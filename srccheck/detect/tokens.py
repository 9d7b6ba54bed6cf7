"""Split an article into tokens, sentences and paragraphs, keeping character offsets.

Every regular expression here is a single pass with no nested quantifiers over
overlapping classes, so tokenising stays linear on hostile input; repeated groups are
possessive (``*+``), as the regular-expression engine otherwise keeps a backtracking
record per repetition (a 2 MB word took 250 MB).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from srccheck.detect.lexicon import FUNCTION_WORD_INITIALS, words


class TokenKind(Enum):
    """The coarse class of a token."""

    WORD = "word"
    NUMBER = "number"
    URL = "url"
    HANDLE = "handle"
    QUOTE = "quote"
    PUNCT = "punct"
    BREAK = "break"
    """A paragraph break (a blank line)."""


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A token and where it is: ``text == article[start:end]``.

    Treat it as read-only. It is not a frozen dataclass because a frozen one's constructor
    costs four times as much, and a long article has millions of tokens; the word's
    properties are computed once per distinct word (`tokenize` shares them) instead of on
    every look, as detection asks them of the same tokens again and again.
    """

    start: int
    end: int
    text: str
    kind: TokenKind
    lower: str
    is_capitalised: bool
    """True for a word that starts with an upper-case letter (or a digit-led name)."""
    is_possessive: bool
    """True for "Russia's", "Forces'" and the like."""
    bare: str
    """The lower-case word without a possessive ending or a final dot."""
    names_person: bool = field(default=False, compare=False)
    """True when the entity index read this word, otherwise a common word or a month ("May
    said", "Mr Little"), as a later mention of a person the text named in full."""


def _word_facts(text: str, kind: TokenKind) -> tuple[str, TokenKind, str, bool, bool, str]:
    """What a token's text says of it, whatever its place: the fields after its offsets."""
    lower = text.lower()
    is_word = kind is TokenKind.WORD
    letters = text[:-2] if lower.endswith(("'s", "’s")) else text
    if letters.lower() in FUNCTION_WORD_INITIALS and letters.isupper():
        # Initials spelled like a function word ("WHO", "WHO's") keep their capitals, so
        # that no test for the word ("who" opening a relative clause) takes them for it.
        lower = letters + text[len(letters) :]
    possessive = is_word and (lower.endswith(("'s", "’s")) or lower.endswith(("s'", "s’")))
    bare = lower
    if bare.endswith(("'s", "’s")):
        bare = bare[:-2]
    elif bare.endswith(("'", "’")):
        bare = bare[:-1]
    return text, kind, lower, is_word and text[:1].isupper(), possessive, bare.rstrip(".")


# Abbreviations whose dot belongs to the word and does not end a sentence.
ABBREVIATIONS = words(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt adm sgt st jr sr inc co corp ltd vs no rev
    hon pres gov dept univ assn fig approx est mt ft jan feb aug sept sep oct nov dec messrs
    cmdr brig cpl pvt pte
    """
)

#: Every kind of token, tried in this order where a token starts.
_ALTERNATIVES = r"""
    (?P<break>\n[ \t\r\f\v]*\n)                              # paragraph break
    | (?P<url>(?:https?://|www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]']   # link
        | (?:t\.me|telegram\.me|x\.com|twitter\.com|youtube\.com|vk\.com)/[\w@-]+
        | [a-z0-9-]{2,63}+\.(?:com|org|net|ru|ua|io|info|news|tv|me|by|su|gov|eu|uk|de|fr)
          (?:/[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'])?(?!\.*+\w))   # no "ab.comx", "ab.com.ua"
    | (?P<handle>@[A-Za-z0-9_]{2,32})                         # @handle
    | (?P<party>[DRI]-(?:(?:[A-Z]\.){2,}+|[A-Z][a-z]{1,4}\.(?=[,)])))  # D-N.Y. / I-Vt.,
    | (?P<acronym>(?:[^\W\d_]\.){2,}+)                       # U.S. / F.A.A.
    | (?P<number>\d[\d,.]*\d|\d)                             # 1,300 / 2.5 / 7
    | (?P<word>[^\W_](?:[\w-]|['’](?=\w))*+(?:(?<=[sS])['’](?![\w'’]))?)  # Russia's, Forces'
    | (?P<quote>''|``|[“”„‟«»"‹›])                           # double quotation marks
    | (?P<punct>[^\w\s])                                     # any other symbol
"""

#: Most words, read as the word group reads them, and tried first: an ASCII word followed by
#: a space, a comma or the like can be nothing else (no dot, dash, colon, digit or apostrophe
#: follows it), and most of an article's tokens are such words, which every other alternative
#: was tried on first.
_PLAIN_WORD = r"""(?P<plain>[A-Za-z]++(?=[\s,;!?)\]"“”»]|\Z))"""

# A space starts no token: the guard spares trying every alternative at each one.
_TOKEN = re.compile(f"(?=[^ ])(?:{_PLAIN_WORD}|{_ALTERNATIVES})", re.VERBOSE)
#: The number of the group of `_PLAIN_WORD`: telling a match by number is cheaper than by name.
_PLAIN_GROUP = _TOKEN.groupindex["plain"]

_SENTENCE_END = frozenset({".", "!", "?", "…"})
#: The texts of the tokens `_ends_sentence` may end a sentence after (and quotation marks):
#: most tokens are none of them, so this cheap test comes first.
_MAY_END_SENTENCE = _SENTENCE_END | {"]"}


#: The kind of token each named group of `_TOKEN` gives.
_GROUP_KINDS = {
    "break": TokenKind.BREAK,
    "url": TokenKind.URL,
    "handle": TokenKind.HANDLE,
    "party": TokenKind.WORD,
    "acronym": TokenKind.WORD,
    "number": TokenKind.NUMBER,
    "word": TokenKind.WORD,
    "quote": TokenKind.QUOTE,
    "punct": TokenKind.PUNCT,
}


def tokenize(text: str) -> list[Token]:
    """Return the tokens of ``text`` in order; whitespace (but blank lines) is dropped."""
    tokens: list[Token] = []
    append = tokens.append
    # One set of strings per distinct word, not one per occurrence: a long article repeats
    # its words, and fresh strings per token were most of the memory a big input took.
    shared: dict[str, dict[str, tuple[str, TokenKind, str, bool, bool, str]]] = {
        group: {} for group in _GROUP_KINDS
    }
    words = shared["word"]
    known_word = words.get
    new_token, plain = Token, _PLAIN_GROUP
    last_end = 0
    for match in _TOKEN.finditer(text):
        if match.lastindex == plain:  # the common case first, nothing more to decide
            piece = match[0]
            facts = known_word(piece)
            if facts is None:
                facts = words[piece] = _word_facts(piece, TokenKind.WORD)
            start, last_end = match.span()
            append(new_token(start, last_end, *facts))
            continue
        start, end = match.span()
        piece = match.group()
        group = match.lastgroup or "punct"
        if start < last_end:
            continue  # a dot an abbreviation already swallowed
        if group == "word" and text.startswith(".", end) and _keeps_dot(piece):
            end += 1
            piece = text[start:end]
        known = shared[group]
        facts = known.get(piece)
        if facts is None:
            facts = known[piece] = _word_facts(piece, _GROUP_KINDS[group])
        append(new_token(start, end, *facts))
        last_end = end
    return tokens


def _keeps_dot(word: str) -> bool:
    """True when a following dot is part of the word (an abbreviation or an initial)."""
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


#: A "sentence" longer than this is cut: no real sentence is, and every per-sentence step
#: stays bounded on hostile text (one endless run of words and commas).
MAX_SENTENCE_TOKENS = 250


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """A run of tokens ``tokens[first:last]`` that forms one sentence.

    Read-only; not frozen only because a frozen dataclass's constructor costs several times
    as much (see `Token`).
    """

    first: int
    last: int
    paragraph: int


def split_sentences(tokens: list[Token], text: str) -> list[Sentence]:
    """Split tokens into sentences and number the paragraphs they belong to."""
    sentences: list[Sentence] = []
    first = 0
    paragraph = 0
    last = len(tokens) - 1
    # Every token is asked whether a sentence ends after it: the cheap tests come first, and
    # whether the sentence may open with a dateline is decided once per sentence.
    datelined = _may_open_dateline(tokens, first)
    # Looked up once, not once per token: this loop sees every token of the article.
    paragraph_break, quote, may_end = TokenKind.BREAK, TokenKind.QUOTE, _MAY_END_SENTENCE
    longest = MAX_SENTENCE_TOKENS - 1
    for index, token in enumerate(tokens):
        kind = token.kind
        if kind is paragraph_break:
            if first < index:
                sentences.append(Sentence(first, index, paragraph))
            first = index + 1
            paragraph += 1
            datelined = _may_open_dateline(tokens, first)
            continue
        if index < last and (
            ((token.text in may_end or kind is quote) and _ends_sentence(tokens, index, text))
            or index - first >= longest
            or (
                datelined
                and index - first < MAX_DATELINE_TOKENS
                and _ends_dateline(tokens, first, index, text)
            )
        ):
            sentences.append(Sentence(first, index + 1, paragraph))
            first = index + 1
            datelined = _may_open_dateline(tokens, first)
            if "\n" in text[token.end : tokens[index + 1].start]:
                paragraph += 1
    if first < len(tokens):
        sentences.append(Sentence(first, len(tokens), paragraph))
    return sentences


def _ends_sentence(tokens: list[Token], index: int, text: str) -> bool:
    """Decide whether a sentence ends after ``tokens[index]``."""
    token, following = tokens[index], tokens[index + 1]
    gap = text[token.end : following.start]
    if _closes_footnote_after_stop(tokens, index):
        return _opens_sentence(following)  # "… in Lyman.[16] The General Staff reported …"
    if "\n" in gap and (token.text in _SENTENCE_END or token.kind is TokenKind.QUOTE):
        return True
    if token.kind is TokenKind.QUOTE and index > 0 and tokens[index - 1].text in _SENTENCE_END:
        return bool(gap) and _opens_sentence(following)
    if token.text not in _SENTENCE_END or not gap:
        return False
    return _opens_sentence(following)


#: A dateline ("BERLIN", "KHARKIV, Ukraine", "KYIV, Dec 1 (Reuters)", "KHARKIV, Ukraine, Dec.
#: 1 (Reuters)") has at most this many tokens before its dash.
MAX_DATELINE_TOKENS = 11


#: Dashes that close a dateline ("ROTTERDAM (Reuters) -", "KYIV —").
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


def _may_open_dateline(tokens: list[Token], first: int) -> bool:
    """Whether a sentence starting at ``tokens[first]`` may open with a dateline: a word of
    two or more capitals (`_ends_dateline` asks the rest)."""
    if first >= len(tokens):
        return False
    opening = tokens[first]
    return opening.kind is TokenKind.WORD and len(opening.text) > 1 and opening.text.isupper()


def _ends_dateline(tokens: list[Token], first: int, index: int, text: str) -> bool:
    """True after a dateline, so that it is no part of the first sentence's claim: a short
    paragraph opening in capitals ("BERLIN", "KHARKIV, Ukraine", "ROTTERDAM (Reuters)") then
    its dash, or, where the dash was lost, a wide gap before the first sentence's first word."""
    opening = tokens[first]
    if index - first >= MAX_DATELINE_TOKENS or not (
        len(opening.text) > 1 and opening.text.isupper()
    ):
        return False
    if opening.kind is not TokenKind.WORD:
        return False
    if tokens[index].text in DATELINE_DASHES:
        return index > first and _opens_sentence(tokens[index + 1])
    gap = text[tokens[index].end : tokens[index + 1].start]
    return "\n" not in gap and ("  " in gap or "\t" in gap) and _opens_sentence(tokens[index + 1])


def _opens_sentence(token: Token) -> bool:
    return token.kind is TokenKind.QUOTE or token.text[:1].isupper() or token.text[:1].isdigit()


def _closes_footnote_after_stop(tokens: list[Token], index: int) -> bool:
    """True for the "]" of a footnote marker such as "[16]" right after a full stop."""
    return (
        tokens[index].text == "]"
        and index >= 3
        and tokens[index - 1].kind is TokenKind.NUMBER
        and tokens[index - 2].text == "["
        and tokens[index - 3].text in _SENTENCE_END
    )
