"""Public suffixes ("co.uk", "gov.ua") read from the list tldextract bundles, without tldextract.

tldextract answers the one question srccheck asks (which part of a host is registrable), but
importing it loads requests, urllib3 and an SSL stack, and it builds two tries of every suffix:
some 20 MiB and 0.2 s the first time an article's link needs it, held to the end of a batch.
The suffixes here come from the same bundled snapshot, read as tldextract reads it with the
settings srccheck gives it (the list's ICANN section, no private domains, no download), kept
as two sets of strings and walked label by label exactly as tldextract walks its trie.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

#: tldextract's file of the Public Suffix List, and the line where its private section starts.
SNAPSHOT = ".tld_set_snapshot"
PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
#: A rule line as tldextract reads it (comments and blank lines start with no word character).
_RULE = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.MULTILINE)


class PublicSuffixes:
    """The rules of a public suffix list: plain ("co.uk"), wildcard ("*.ck") and exception
    ("!www.ck") rules, with every shorter path of a rule ("uk" of "co.uk") known as a node, as
    in a trie (a path can be a node without being a suffix itself)."""

    __slots__ = ("_nodes", "_suffixes")

    def __init__(self, rules: Iterable[str]) -> None:
        self._suffixes = frozenset(rules)
        nodes: set[str] = set()
        for rule in self._suffixes:
            labels = rule.split(".")
            nodes.update(".".join(labels[start:]) for start in range(len(labels)))
        self._nodes = frozenset(nodes)

    def suffix_start(self, labels: Sequence[str]) -> int | None:
        """The index of the first label of the longest public suffix of ``labels`` (lower-case
        ASCII), or None when no rule matches; tldextract's trie walk, over the path strings."""
        found: int | None = None
        path = ""
        index = len(labels)
        for label in reversed(labels):
            child = f"{label}.{path}" if path else label
            if child in self._nodes:
                index -= 1
                path = child
                if child in self._suffixes:
                    found = index
                continue
            if (f"*.{path}" if path else "*") in self._nodes:
                exception = f"!{label}.{path}" if path else f"!{label}"
                return index if exception in self._nodes else index - 1
            break
        return found


def bundled_suffixes() -> PublicSuffixes | None:
    """The ICANN rules of tldextract's bundled snapshot, or None where it cannot be read.

    The package is located, not imported (importing it is what this module avoids)."""
    try:
        spec = importlib.util.find_spec("tldextract")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        text = (Path(spec.submodule_search_locations[0]) / SNAPSHOT).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    public, _, _ = text.partition(PRIVATE_SECTION)
    rules = [match.group("suffix") for match in _RULE.finditer(public)]
    return PublicSuffixes(rules) if rules else None
