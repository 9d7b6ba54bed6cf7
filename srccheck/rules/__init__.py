"""The rules that turn an analysed article into findings, and how users select them.

Rule IDs are a public contract: a rule keeps its ID for ever and IDs are never reused.
1xx: vague and anonymous sourcing; 2xx: reliability; 3xx: how the article rests on sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from srccheck.model import Level, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "SRC101",
        "anonymous-source",
        Level.WARNING,
        "A claim rests on an anonymous source or an unnamed official.",
        "Readers cannot judge a source they cannot identify. Name the source, say why it cannot "
        "be named and how the newsroom checked what it said, or corroborate the claim with a "
        "named source.",
    ),
    Rule(
        "SRC102",
        "vague-attribution",
        Level.WARNING,
        "A claim is attributed to a vague collective such as 'Russian media' or 'Z-channels'.",
        "A collective names no one who can be checked and often hides a single low-rated origin. "
        "Name the outlet or channel that made the claim, or link to it.",
    ),
    Rule(
        "SRC103",
        "unattributed-quote",
        Level.WARNING,
        "A direct quotation has no speaker.",
        "Quoted words that the text gives to nobody cannot be rated or checked. Say who said "
        "them, where and when.",
    ),
    Rule(
        "SRC201",
        "deprecated-source",
        Level.ERROR,
        "The article relies on a deprecated or sanctioned source.",
        "The source is deprecated (score below 20), on an EU sanctions list for war propaganda, "
        "or deprecated on Wikipedia's perennial-sources list. Its claims should not carry a "
        "story; if they must be reported, say who they come from and what is known against them.",
    ),
    Rule(
        "SRC202",
        "unhedged-low-rated",
        Level.WARNING,
        "A low-rated source (score below 40) is cited without a caveat.",
        "Claims from unreliable sources read as fact unless the text distances itself: use "
        "'claimed', say that the claim could not be verified, or corroborate it.",
    ),
    Rule(
        "SRC203",
        "unrated-source",
        Level.INFO,
        "A source is not in the reliability table.",
        "srccheck cannot rate a source it does not know. Check it, and add it to your "
        "newsroom's sources.toml so the next article is rated.",
    ),
    Rule(
        "SRC204",
        "low-rated-carrier",
        Level.WARNING,
        "A claim reaches the article through a low-rated carrier.",
        "A claim relayed by an outlet scoring below 40 ('TASS, citing a source') is no stronger "
        "than its carrier. Find the original or a better carrier.",
    ),
    Rule(
        "SRC301",
        "single-source",
        Level.WARNING,
        "The article rests mostly on a single source.",
        "More than 60% of the article's attributed weight comes from one source. Add independent "
        "sources, or make the dependence clear to readers.",
    ),
)

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
