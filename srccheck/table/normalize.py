"""Name keys: the form in which names, aliases and queries meet.

Case, accents, quotation marks, dashes and punctuation do not matter, and Cyrillic
(Russian and Ukrainian) is transliterated to Latin, so "Рыбарь", "Rybar" and "RYBAR"
share one key.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_TRANSLIT = str.maketrans(_CYRILLIC)
_DROP = re.compile(r"['’‘`´ʼ\"“”„«»‹›]")
# Abbreviations written with dots, letter by letter: "U.S.", "U.N.", "E.U."
_DOTTED = re.compile(r"\b(?:\w\.){2,}")
_SEPARATORS = re.compile(r"[^\w]+|_")
# Words around a name that say what it is, not which one it is ("the Rybar channel").
_GENERIC_PREFIXES = ("the ",)
_GENERIC_SUFFIXES = (
    " telegram channel",
    " channel",
    " resource",
    " telegram",
    " news agency",
    " agency",
    " newspaper",
    " website",
    " think tank",
    " group",
)


def fold(text: str) -> str:
    """Case-fold, strip accents and quotation marks, transliterate Cyrillic, unify spacing."""
    # Most names are ASCII: nothing to normalize, transliterate or strip of accents.
    return _fold_ascii(text) if text.isascii() else _fold_any(text)


def _fold_ascii(text: str) -> str:
    """`fold` of an ASCII text (the same result as `_fold_any`, a third of the time)."""
    text = _DROP.sub("", text.lower())
    text = _DOTTED.sub(_undotted, text)
    return " ".join(_SEPARATORS.sub(" ", text).split())


def _fold_any(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DROP.sub("", text)
    text = _DOTTED.sub(_undotted, text)
    text = text.translate(_TRANSLIT)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = text.translate(_TRANSLIT)  # "ѐ" is "е" only once its accent is gone
    return " ".join(_SEPARATORS.sub(" ", text).split())


def _undotted(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "")  # "u.s." is "us"


def name_key(text: str) -> str:
    """The key of a name or alias: `fold` without a possessive ending."""
    stripped = text.strip()
    for ending in ("'s", "’s"):
        if stripped.endswith(ending):
            stripped = stripped[: -len(ending)]
    return fold(stripped)


def strip_generic_prefix(key: str) -> str:
    """A key without the generic word it starts with ("the rybar channel" -> "rybar channel")."""
    for prefix in _GENERIC_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix) :]
    return key


def query_keys(text: str) -> list[str]:
    """Keys to try for a query, most specific first ("the Rybar channel" -> "rybar")."""
    key = name_key(text)
    keys = [key]
    stripped = strip_generic_prefix(key)
    changed = True
    while changed:
        changed = False
        for suffix in _GENERIC_SUFFIXES:
            if stripped.endswith(suffix) and len(stripped) > len(suffix):
                stripped = stripped[: -len(suffix)]
                changed = True
    if stripped and stripped not in keys:
        keys.append(stripped)
    untitled = strip_titles(stripped)
    if untitled and untitled not in keys:
        keys.append(untitled)
    return keys


# Words news puts before a name to say what the person is ("French President Jean Dufour",
# "Sen. Ann Keller", "Russian Foreign Minister Pavel Orlov"); as folded words.
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "deputy",
        "secretary",
        "general",
        "gen",
        "sen",
        "senator",
        "rep",
        "representative",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "sir",
        "dame",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "premier",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "ambassador",
        "commander",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "major",
        "maj",
        "captain",
        "capt",
        "sergeant",
        "professor",
        "prof",
        "former",
        "acting",
        "chief",
        "head",
        "state",
        "foreign-minister",
        "pope",
        "ayatollah",
        "supreme",
        "leader",
        "speaker",
        "chairman",
        "chairwoman",
        "director",
        "minister-president",
        "taoiseach",
        "emir",
        "sheikh",
        "admiral",
        "adm",
        "marshal",
        "congressman",
        "congresswoman",
        "lawmaker",
        "mp",
        "envoy",
        "high",
        "representative",
        "commissioner",
    ]
)
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ch", "i", "ic", "us", "uk", "eu")


def strip_titles(key: str) -> str:
    """A name key without the titles and nationality in front of it, or "" when there were none
    ("french president jean dufour" -> "jean dufour", "kelmore mayor anna brandt"
    -> "anna brandt"); at least two words stay."""
    words = key.split()
    # Words before the last title of the leading run are places or bodies ("kelmore mayor"):
    # start after them when at least two words follow.
    last_title = max((i for i, w in enumerate(words[:-2]) if w in TITLE_WORDS), default=-1)
    if last_title >= 0:
        rest = words[last_title + 1 :]
        while len(rest) > 2 and (rest[0] in TITLE_WORDS or rest[0] in ("of", "for", "to")):
            rest = rest[1:]
        if len(rest) >= 2 and rest[0] not in ("of", "for", "to", "the"):
            return " ".join(rest)
    start = 0
    saw_title = False
    while start < len(words) - 2 or (start < len(words) - 1 and saw_title and start == 0):
        word = words[start]
        if word in TITLE_WORDS:
            saw_title = True
        elif word in ("of", "for", "to") and saw_title:
            pass
        elif not word.endswith(_DEMONYM_ENDINGS) or word in ("the",):
            break
        start += 1
    if (
        not saw_title
        or start == 0
        or len(words) - start < 2
        or words[start] in ("of", "for", "to", "the")
    ):
        return ""
    return " ".join(words[start:])
