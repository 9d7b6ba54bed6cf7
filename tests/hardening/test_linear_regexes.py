"""No regular expression in srccheck nests one unbounded quantifier inside another.

Nested quantifiers over overlapping classes (``(a+)+``, ``(\\w+\\s?)*``) are what makes a
regular expression take exponential or quadratic time on crafted text. This test parses every
compiled pattern the package holds at module level (also inside dicts, lists and tuples) and
fails on any unbounded repeat inside another, so a new one cannot slip in unnoticed.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import srccheck

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_LONG = 64  # a bounded repeat this long counts as unbounded


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for info in pkgutil.walk_packages(srccheck.__path__, "srccheck."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value
            elif isinstance(values, list | tuple | type({}.values())):
                for item in values:
                    if isinstance(item, re.Pattern):
                        yield f"{info.name}.{name}[…]", item


def _nested_repeat(items: object, inside: bool = False) -> bool:
    for op, argument in items:  # type: ignore[attr-defined]
        if op in _REPEATS:
            _low, high, body = argument
            unbounded = high == sre.MAXREPEAT or high > _LONG
            if (unbounded and inside) or _nested_repeat(body, inside or unbounded):
                return True
            continue
        children = _children(op, argument)
        if any(_nested_repeat(child, inside) for child in children):
            return True
    return False


def _children(op: object, argument: object) -> list[object]:
    """The sub-patterns of a group, an alternation or a look-around."""
    if op is sre.SUBPATTERN:
        return [argument[-1]]  # type: ignore[index]
    if op is sre.BRANCH:
        return list(argument[1])  # type: ignore[index]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [argument[1]]  # type: ignore[index]
    return []


def test_the_package_has_patterns_to_check():
    assert len(list(_patterns())) >= 20


def test_no_pattern_nests_unbounded_quantifiers():
    nested = [
        name
        for name, pattern in _patterns()
        if _nested_repeat(sre_parse.parse(pattern.pattern, pattern.flags))
    ]
    assert nested == []


def test_the_check_catches_the_classic_cases():
    for bad in (r"(a+)+$", r"(?:\w+\s?)*x", r"^(?:[a-z]+\.?)+$"):
        assert _nested_repeat(sre_parse.parse(bad))
    for good in (r"[a-z]+\.[a-z]+", r"(?:ab){2,3}", r"\w+(?=\s)"):
        assert not _nested_repeat(sre_parse.parse(good))
