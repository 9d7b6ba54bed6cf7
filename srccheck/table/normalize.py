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
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DROP.sub("", text)
    text = text.translate(_TRANSLIT)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_SEPARATORS.sub(" ", text).split())


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
    return keys
