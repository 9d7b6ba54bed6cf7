"""The rules that turn an analysed article into findings, and how users select them.

Rule IDs are a public contract: a rule keeps its ID for ever and IDs are never reused.
1xx: vague and anonymous sourcing (`sourcing`); 2xx: reliability (`reliability`); 3xx: how
the article rests on sources (`structure`). Each rule is one object registered beside its
check (`srccheck.rules.base.rule`); adding one touches its module and its test.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from srccheck.model import Level
from srccheck.rules import reliability, sourcing, structure
from srccheck.rules.base import REGISTRY, Rule

# Importing the rule modules registers their rules; the tuple keeps them in ID order.
_MODULES = (sourcing, reliability, structure)
RULES: tuple[Rule, ...] = tuple(REGISTRY[rule_id] for rule_id in sorted(REGISTRY))
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


@dataclass(frozen=True, slots=True)
class RuleSelection:
    """Which rules run and at what level: ``select``/``ignore`` by ID, name or prefix."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    levels: Mapping[str, Level] = field(default_factory=dict)

    def enabled(self, rule: Rule) -> bool:
        """True when ``rule`` is selected (all by default) and not ignored."""
        selected = not self.select or any(_matches(rule, p) for p in self.select)
        return selected and not any(_matches(rule, p) for p in self.ignore)

    def level(self, rule: Rule) -> Level:
        """The level of ``rule``: its default unless re-levelled by ID or name."""
        return self.levels.get(rule.id) or self.levels.get(rule.name) or rule.level


def _matches(rule: Rule, pattern: str) -> bool:
    pattern = pattern.strip()
    return (
        pattern.upper() in ("ALL",) or rule.id.startswith(pattern.upper()) or rule.name == pattern
    )


def unknown_rules(patterns: Iterable[str]) -> list[str]:
    """The patterns that match no rule (for a clear configuration error)."""
    return [p for p in patterns if not any(_matches(rule, p) for rule in RULES)]


def rules_table() -> str:
    """The Markdown table of every rule, as the README shows it (a test keeps them equal)."""
    rows = ["| ID | name | level | reports |", "| --- | --- | --- | --- |"]
    rows += [f"| {r.id} | {r.name} | {r.level} | {r.summary} |" for r in RULES]
    return "\n".join(rows) + "\n"
