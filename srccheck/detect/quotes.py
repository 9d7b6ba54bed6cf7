"""Find direct quotations: pairs of quotation marks, in every common style.

Handles curly (“…”), straight ("…"), doubled apostrophes (''…''), low-high („…“)
and guillemets («…», »…«), quotations that run over several paragraphs (each
paragraph re-opened with a mark, closed only at the end) and marks left unclosed.
Single quotation marks are not pairs here: they double as apostrophes.
"""

from __future__ import annotations

from dataclasses import dataclass

from srccheck.detect.tokens import Token, TokenKind

_OPENERS = frozenset({"“", "„", "‟", "«", "‹", "``"})
_CLOSERS = frozenset({"”", "»", "›"})
_AMBIGUOUS = frozenset({'"', "''"})
# Closing partner of each opener, when the style fixes it („…“ and «…»).
_PARTNER = {"„": "“", "«": "»", "‹": "›"}
_OPEN_CONTEXT = frozenset("([{—–-/:")
_STOPS = frozenset({".", "!", "?", "…"})


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation from its opening mark (token ``open_index``) to its closing mark.

    ``close_index`` is None when the quotation was never closed; it then ends at
    the end of its paragraph or before the next opening mark.
    """

    open_index: int
    close_index: int | None
    start: int
    end: int


def find_quotes(tokens: list[Token], text: str) -> list[Quote]:
    """Pair the quotation marks among ``tokens`` into `Quote`s, in text order."""
    quotes: list[Quote] = []
    open_index: int | None = None
    expected_close: str | None = None
    last_content = -1  # index of the last token seen inside the open quotation
    last_stop = -1  # index of the last sentence-ending mark inside it
    # Looked up once, not once per token: this loop sees every token of the article.
    paragraph_break, quote, stops = TokenKind.BREAK, TokenKind.QUOTE, _STOPS
    for index, token in enumerate(tokens):
        kind = token.kind
        if kind is not quote:
            if kind is paragraph_break:
                if open_index is not None and not _reopens(tokens, index):
                    quotes.append(_unclosed(tokens, open_index, last_content))
                    open_index = None
            elif open_index is not None:
                last_content = index
                if token.text in stops:
                    last_stop = index
            continue
        role = _role(token, tokens, index, text, open_index is not None, expected_close)
        if role == "open":
            if open_index is not None:
                if _after_break(tokens, index):
                    continue  # a new paragraph of the same quotation re-opens it
                # An opener inside an open quotation: the first one was never closed,
                # and most likely ended with its last full sentence.
                end = last_stop if last_stop > open_index else last_content
                quotes.append(_unclosed(tokens, open_index, end))
            open_index, last_content, last_stop = index, index, -1
            expected_close = _PARTNER.get(token.text)
        elif role == "close" and open_index is not None:
            quotes.append(Quote(open_index, index, tokens[open_index].start, token.end))
            open_index, expected_close = None, None
    if open_index is not None:
        quotes.append(_unclosed(tokens, open_index, last_content))
    return quotes


def _role(
    token: Token,
    tokens: list[Token],
    index: int,
    text: str,
    is_open: bool,
    expected_close: str | None,
) -> str:
    """Say whether a quotation mark opens or closes a quotation."""
    mark = token.text
    if expected_close is not None and is_open and mark == expected_close:
        return "close"
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    opens = before.isspace() or before in _OPEN_CONTEXT
    closes = after.isspace() or not after.isalnum()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if is_open else "open"


def _reopens(tokens: list[Token], break_index: int) -> bool:
    """True when the paragraph after a break starts with an opening mark."""
    following = break_index + 1
    return following < len(tokens) and tokens[following].kind is TokenKind.QUOTE


def _after_break(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].kind is TokenKind.BREAK


def _unclosed(tokens: list[Token], open_index: int, last_content: int) -> Quote:
    """A quotation whose closing mark is missing ends at its last content token."""
    last = max(last_content, open_index)
    return Quote(open_index, None, tokens[open_index].start, tokens[last].end)
