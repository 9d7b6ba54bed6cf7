"""Rate every source, then score how the article sources its claims.

A source's rating comes from, in order: its own table entry; for a person without one, the
affiliation's entry (score − 5, a former affiliation halfway to 50); for a named person with
neither, the role class their role matches ("a resident", "a doctor"); for a vague
attribution, its class default; otherwise the table's default for its kind, usually unrated. An
attribution relayed through a carrier ("TASS, citing a source") takes the weaker of the two
ratings; an unrated origin relayed by a rated carrier gets the carrier's score less 20.

The article's sourcing score is not the mean reputation of whoever it quotes: it is the
weighted mean of the components in `srccheck.sourcing` (attribution coverage, the article's
own voice, independent sources, named sources, reliance on one source, how low-rated sources'
claims are treated, relays, quotations with a speaker). docs/scoring.md explains each.
"""

from __future__ import annotations

from dataclasses import dataclass

from srccheck.detect.sources import TableLookup
from srccheck.model import (
    ArticleScore,
    Attribution,
    Detection,
    Entry,
    Kind,
    Match,
    Rating,
    Source,
    SourceStanding,
    Span,
)
from srccheck.table.bands import band

#: Points a person without an entry loses against their affiliation's score.
AFFILIATION_PENALTY = 5
#: Where a former affiliation is pulled towards: the middle of the scale.
FORMER_ANCHOR = 50
#: Points an unrated origin loses against the outlet that relays it.
UNKNOWN_ORIGIN_PENALTY = 20
#: Words of a claim beyond which more words do not add weight, and words per weight unit.
WEIGHT_WORDS_CAP = 60
WEIGHT_WORDS_UNIT = 30


@dataclass(frozen=True, slots=True)
class ScoredArticle:
    """Ratings per source, effective score per attribution, the article's score and counts."""

    ratings: dict[str, Rating]
    attribution_scores: list[int | None]
    score: ArticleScore
    counts: dict[str, int]
    explanation: list[str]
    shares: dict[str, float]
    """Each source's share of the attribution weight (what SRC301 reads)."""
    standings: list[SourceStanding]
    """How each low-rated source's claims are treated (what SRC202 reads)."""
    speakerless_quotes: list[Span]
    """Quotations with no speaker once continuations, slogans and scare quotes are set aside."""


def rate_source(source: Source, table: TableLookup | None) -> Rating:
    """The rating of one source and where it came from."""
    if source.entry is not None:
        entry = source.entry
        return _rating(entry.score, entry.basis, "entry", f"{entry.id} ({entry.origin})")
    if source.kind in _AFFILIATED_KINDS and source.affiliation_entry is not None:
        return _derived_rating(source)
    country_rating = _country_rating(source, table)
    if country_rating is not None:
        return country_rating
    role_rating = _role_class_rating(source, table)
    if role_rating is not None:
        return role_rating
    if source.class_default is not None:
        default = source.class_default
        detail = f"{default.id} ({default.origin})"
        return _rating(default.score, default.basis, "class-default", detail)
    unnamed = _unnamed_role_rating(source, table)
    if unnamed is not None:
        return unnamed
    if not source.named:
        # The kind defaults are written for named sources ("a named person the table does not
        # know"); an unnamed description no class covers says so instead.
        basis = f"Named only as {source.name!r}, which no class in the table covers: unrated."
        return _rating(None, basis, "unrated", None)
    kind_default = _kind_default(source.kind, table)
    if kind_default is not None:
        score, basis, detail = kind_default
        return _rating(score, basis, "kind-default" if score is not None else "unrated", detail)
    return _rating(None, "Not in the table.", "unrated", None)


def _derived_rating(source: Source) -> Rating:
    affiliation = source.affiliation_entry
    assert affiliation is not None
    score = affiliation.score - AFFILIATION_PENALTY
    part = "a person" if source.kind is Kind.PERSON else "a body within it"
    how = f"{affiliation.name} scores {affiliation.score}, less {AFFILIATION_PENALTY} for {part}"
    if source.former:
        score = round((score + FORMER_ANCHOR) / 2)
        how += f", then halfway to {FORMER_ANCHOR} for a former affiliation"
    score = max(0, min(score, affiliation.score))
    basis = f"Derived from the affiliation the text gives: {how}."
    return _rating(score, basis, "affiliation", f"{affiliation.id} ({affiliation.origin})")


#: Kinds rated through the affiliation the text gives: people, and bodies within a known one
#: ("the Southern Operational Command" of Ukraine's armed forces).
_AFFILIATED_KINDS = (Kind.PERSON, Kind.OFFICIAL)


def _role_class_rating(source: Source, table: TableLookup | None) -> Rating | None:
    """A named person the table cannot list, rated by the role the text gives them, or by the
    title in front of their name ("Kelmore Mayor Anna Brandt")."""
    classify = getattr(table, "classify_role", None)
    if not source.named or classify is None:
        return None
    # The role the text gives, else the title before the name, else the affiliation's words
    # ("Southern California professor"): the first that names a class.
    candidates = [source.role]
    if source.kind in _AFFILIATED_KINDS:
        candidates += [_title_of(source.name), source.affiliation]
    role, default = next(
        ((text, found) for text in candidates if text and (found := classify(text))), (None, None)
    )
    if default is None or default.score is None:
        return None
    basis = f"Rated by the role the text gives ({role!r}): {default.name}. {default.basis}"
    return _rating(default.score, basis, "role-class", f"{default.id} ({default.origin})")


#: Points a person known only by their role ("the president", "her mother") loses against a
#: named person of that role: nobody can identify them or ask them again.
UNNAMED_ROLE_PENALTY = 5


def _unnamed_role_rating(source: Source, table: TableLookup | None) -> Rating | None:
    """A person the text names only by a role and no vague-attribution class covers."""
    classify = getattr(table, "classify_role", None)
    if source.named or source.kind is not Kind.PERSON or classify is None:
        return None
    role = source.role or source.name
    default = classify(role) if role else None
    if default is None or default.score is None:
        return None
    score = max(0, default.score - UNNAMED_ROLE_PENALTY)
    basis = (
        f"Named only by a role ({role!r}): {default.name}, less {UNNAMED_ROLE_PENALTY} because "
        f"the person cannot be identified. {default.basis}"
    )
    return _rating(score, basis, "role-class", f"{default.id} ({default.origin})")


def _country_rating(source: Source, table: TableLookup | None) -> Rating | None:
    """A body the table does not know, named after its country ("Ukrainian Southern Operational
    Command", "New Zealand Department of Conservation"), or a person whose affiliation is
    ("a deputy of the Russian-appointed administration"): rated through that country's
    government, like any affiliation."""
    if source.kind is Kind.OFFICIAL and source.named:
        text = source.name
    elif source.kind is Kind.PERSON and source.affiliation and source.affiliation_entry is None:
        text = source.affiliation
    else:
        return None
    government = _government_named_in(text, table)
    if government is None:
        return None
    score = max(0, government.score - AFFILIATION_PENALTY)
    part = "a person" if source.kind is Kind.PERSON else "a body within it"
    basis = (
        f"Derived from the country the text names: {government.name} scores "
        f"{government.score}, less {AFFILIATION_PENALTY} for {part}."
    )
    return _rating(score, basis, "affiliation", f"{government.id} ({government.origin})")


#: How many leading words may name a country ("New Zealand", "Bosnia and Herzegovina").
_COUNTRY_WORDS = 4


def _government_named_in(text: str, table: TableLookup | None) -> Entry | None:
    """The government entry of the country the name starts with (as a country, its demonym or
    capital), if the table has one."""
    # Exact names only: a fuzzy look-up for each leading run of words would be slow and loose.
    by_alias = getattr(getattr(table, "index", None), "by_alias", None)
    if by_alias is None:
        return None
    from srccheck.table.normalize import fold

    words = fold(text).split()
    for count in range(min(_COUNTRY_WORDS, len(words) - 1), 0, -1):
        lead = " ".join(words[:count])
        for query in (f"{lead} government", lead):
            match: Match | None = by_alias(query)
            entry = match.entry if match is not None else None
            if (
                entry is not None
                and entry.kind is Kind.OFFICIAL
                and "government" in entry.tags
                and entry.id.endswith("-government")
            ):
                return entry
    return None


def _title_of(name: str) -> str | None:
    """The words in front of a person's name that say what they are, if the name has any
    ("Deputy Foreign Minister Pavel Orlov" -> "Deputy Foreign Minister")."""
    from srccheck.table.normalize import name_key, strip_titles

    key = name_key(name)
    rest = strip_titles(key)
    return key[: len(key) - len(rest)].strip() if rest else None


def _kind_default(kind: Kind, table: TableLookup | None) -> tuple[int | None, str, str] | None:
    getter = getattr(table, "kind_default", None)
    if getter is None:
        return None
    default = getter(kind)
    return default.score, default.basis, f"{default.kind.value} ({default.origin})"


def _rating(score: int | None, basis: str, origin: str, detail: str | None) -> Rating:
    label, letter = band(score)
    return Rating(score, label, letter, basis, origin, detail)


def score_article(detection: Detection, table: TableLookup | None) -> ScoredArticle:
    """Rate every source of ``detection`` and compute the article's sourcing score."""
    from srccheck.sourcing import Evidence, components, weighted_value

    ratings = {source.id: rate_source(source, table) for source in detection.sources}
    effective = [_effective_score(a, ratings) for a in detection.attributions]
    weights = [attribution_weight(a) for a in detection.attributions]
    evidence = Evidence.gather(detection, ratings, weights)
    parts = components(evidence)
    value = weighted_value(parts)
    label = band(value)[0]
    explanation = [
        f"{part.name}: {part.credit:.0%} of weight {part.weight:g} ({part.detail})"
        for part in parts
    ]
    explanation.append(f"weighted mean of {len(parts)} components = {value} ({label})")
    return ScoredArticle(
        ratings=ratings,
        attribution_scores=effective,
        score=ArticleScore(value, label, band(value)[1], tuple(parts)),
        counts=_counts(detection, ratings),
        explanation=explanation,
        shares=evidence.shares,
        standings=evidence.standings,
        speakerless_quotes=evidence.speakerless_quotes,
    )


def _effective_score(attribution: Attribution, ratings: dict[str, Rating]) -> int | None:
    own = ratings[attribution.source].score
    if attribution.via is None:
        return own
    carrier = ratings[attribution.via].score
    if own is None:
        # An unnamed or unknown origin vouched for only by its carrier ("one woman told
        # Reuters"): the carrier's standing, less what an unidentifiable source costs.
        return None if carrier is None else max(0, carrier - UNKNOWN_ORIGIN_PENALTY)
    return own if carrier is None else min(own, carrier)


def attribution_weight(attribution: Attribution) -> float:
    """How much text rests on an attribution: ``1 + min(words of the claim, 60) / 30``."""
    # Split no further than the cap: a long claim's words past it do not count.
    words = (
        len(attribution.content.text.split(maxsplit=WEIGHT_WORDS_CAP)) if attribution.content else 0
    )
    return 1 + min(words, WEIGHT_WORDS_CAP) / WEIGHT_WORDS_UNIT


def _counts(detection: Detection, ratings: dict[str, Rating]) -> dict[str, int]:
    quoted = {a.source for a in detection.attributions if a.direct}
    scores = [r.score for r in ratings.values() if r.score is not None]
    counts = {
        "sources": len(detection.sources),
        "named": sum(1 for s in detection.sources if s.named),
        "vague": sum(1 for s in detection.sources if not s.named),
        "quoted": len(quoted),
        "unrated": sum(1 for r in ratings.values() if r.score is None),
        "attributions": len(detection.attributions),
        "unattributed_quotes": len(detection.unattributed_quotes),
    }
    if scores:
        counts["lowest_score"] = min(scores)
    return counts
