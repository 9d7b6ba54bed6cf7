"""The plain data that flows between srccheck's modules.

Text goes in; the table gives `Entry` records; detection produces `Source` and
`Attribution` records pointing at `Span`s of the text; scoring adds `Rating`s; the
rules add `Finding`s; and every reporter renders the resulting `Report`.
Only the standard library is imported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Kind(StrEnum):
    """What sort of thing a source is."""

    PERSON = "person"
    OUTLET = "outlet"
    CHANNEL = "channel"
    THINK_TANK = "think-tank"
    OFFICIAL = "official"
    UNKNOWN = "unknown"


#: The kinds a table entry may have (every kind but ``unknown``).
ENTRY_KINDS: tuple[Kind, ...] = tuple(k for k in Kind if k is not Kind.UNKNOWN)


class Level(IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Level:
        """Return the level called ``name`` (case-insensitive); raise ``ValueError`` if none."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown level {name!r} (use info, warning or error)") from None


class Span:
    """A half-open range of characters ``[start, end)`` in an article's text.

    ``line`` and ``column`` are 1-based and count code points; ``text`` is
    ``article_text[start:end]``. Build spans with `srccheck.spans.TextIndex.span`.

    Read-only, and compared and hashed by its five values like a frozen dataclass. ``end``
    is not stored but is ``start + len(text)``: a 10 MiB article's report holds a quarter of
    a million spans, and an offset that large is a 32-byte object of its own.
    """

    __slots__ = ("column", "line", "start", "text")

    start: int
    line: int
    column: int
    text: str

    def __init__(self, start: int, end: int, line: int, column: int, text: str) -> None:
        if end - start != len(text):
            raise ValueError(f"span text of {len(text)} characters for [{start}, {end})")
        _set_slot(self, "start", start)
        _set_slot(self, "line", line)
        _set_slot(self, "column", column)
        _set_slot(self, "text", text)

    @property
    def end(self) -> int:
        """The offset just after the span's last character."""
        return self.start + len(self.text)

    def _values(self) -> tuple[int, int, int, int, str]:
        return (self.start, self.end, self.line, self.column, self.text)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a Span")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a Span")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (
            f"Span(start={self.start!r}, end={self.end!r}, line={self.line!r}, "
            f"column={self.column!r}, text={self.text!r})"
        )

    def __reduce__(self) -> tuple[type[Span], tuple[int, int, int, int, str]]:
        return (Span, self._values())


#: Sets a read-only span's slot once, when it is made.
_set_slot = object.__setattr__


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a table record was defined: the file (or ``<default>``) and 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One named source of the reliability table (a row of ``sources.toml``)."""

    id: str
    name: str
    kind: Kind
    score: int
    basis: str
    reviewed: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    country: str | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    affiliation: str | None = None
    role: str | None = None
    sources: tuple[str, ...] = ()
    """Provenance: the datasets (or "hand-written") the entry's facts come from."""
    origin: Origin = Origin("<unknown>", 0)


@dataclass(frozen=True, slots=True)
class ClassDefault:
    """A rating for an unnamed or vague attribution ("sources said", "Russian media")."""

    id: str
    name: str
    phrases: tuple[str, ...]
    score: int | None
    basis: str
    kind: Kind = Kind.UNKNOWN
    origin: Origin = Origin("<unknown>", 0)
    role: str = "vague"
    """What the class stands for: ``anonymous`` (an unnamed source or official) or ``vague``."""


@dataclass(frozen=True, slots=True)
class RoleDefault:
    """The rating of a named person the table cannot list, from the role the text gives them
    ("a resident", "a doctor", "a lawyer for the family")."""

    id: str
    name: str
    phrases: tuple[str, ...]
    score: int | None
    basis: str
    origin: Origin = Origin("<unknown>", 0)


@dataclass(frozen=True, slots=True)
class KindDefault:
    """The rating of a named source of some kind that the table does not know."""

    kind: Kind
    score: int | None
    basis: str
    origin: Origin = Origin("<unknown>", 0)


@dataclass(frozen=True, slots=True)
class Match:
    """How a name, URL or handle resolved to a table entry.

    ``method`` is one of ``alias`` (exact name or alias after normalisation),
    ``domain``, ``handle`` or ``fuzzy``; ``similarity`` is 0-100 (100 for exact
    tiers); ``matched`` is the alias, domain or handle that matched.
    """

    entry: Entry
    method: str
    similarity: float
    query: str
    matched: str


@dataclass(slots=True)
class Source:
    """A distinct source an article relies on, with every place it is mentioned."""

    id: str
    name: str
    kind: Kind
    named: bool
    mentions: list[Span] = field(default_factory=list)
    affiliation: str | None = None
    """The affiliation as the text gives it ("Carnegie Russia Eurasia Center"); initials of a
    table entry ("CEPA") are written out as that entry's name."""
    affiliation_entry: Entry | None = None
    role: str | None = None
    """The role or title the text gives ("senior fellow", "spokesperson")."""
    former: bool = False
    """True when the text gives the affiliation as a former one."""
    entry: Entry | None = None
    match: Match | None = None
    class_default: ClassDefault | None = None


@dataclass(slots=True)
class Attribution:
    """One place where the text presents a source as the origin of a claim or quote."""

    source: str
    """The `Source.id` this attribution belongs to."""
    source_span: Span | None
    cue: Span | None
    content: Span | None
    direct: bool
    via: str | None = None
    """The `Source.id` of the carrier it was relayed through ("TASS, citing a source")."""
    hedged: bool = False
    """True when the text distances itself ("claimed", "could not be verified")."""


@dataclass(slots=True)
class Detection:
    """What the detection engine found in one article."""

    text: str
    sources: list[Source] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    unattributed_quotes: list[Span] = field(default_factory=list)
    _positions: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    """Where each id was in `sources` when last looked at: rules ask for a source per finding,
    and a scan per question made an article with thousands of sources quadratic."""

    def source(self, source_id: str) -> Source:
        """Return the source with ``source_id``; raise ``KeyError`` if there is none."""
        position = self._positions.get(source_id)
        if position is None or not self._holds(position, source_id):
            self._positions = {}
            for index, candidate in enumerate(self.sources):
                self._positions.setdefault(candidate.id, index)
            position = self._positions.get(source_id)
            if position is None:
                raise KeyError(source_id)
        return self.sources[position]

    def _holds(self, position: int, source_id: str) -> bool:
        """True while `sources` still has the source ``source_id`` at ``position``."""
        return position < len(self.sources) and self.sources[position].id == source_id


@dataclass(frozen=True, slots=True)
class Rating:
    """A source's reliability and where that figure came from.

    ``origin`` is one of ``entry``, ``affiliation`` (derived from the person's
    affiliation), ``role-class`` (from the role the text gives a person the table cannot
    list), ``class-default``, ``kind-default``, ``unrated`` or ``chain``.
    """

    score: int | None
    label: str
    letter: str
    basis: str
    origin: str
    origin_detail: str | None = None


@dataclass(slots=True)
class Finding:
    """One problem with the article's sourcing, reported by a rule."""

    rule: str
    name: str
    level: Level
    message: str
    span: Span
    fingerprint: str
    source: str | None = None
    suppressed: bool = False
    suppression: str | None = None
    """Why it is suppressed ("inline: reason", "baseline"), when it is."""


@dataclass(frozen=True, slots=True)
class ScoreComponent:
    """One part of the sourcing score: what it measured, the credit earned and its weight."""

    key: str
    """A stable name (``coverage``, ``own-voice`` ...), the key in the JSON report."""
    name: str
    credit: float
    """0 (nothing earned) to 1 (full marks)."""
    weight: float
    detail: str
    """What was counted, in words an editor reads ("14 of 31 sentences attributed")."""


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The article's sourcing score (0-100), its label and the components it is made of."""

    value: int
    label: str
    letter: str = "F"
    """The Admiralty letter of the score's band (F: unrated)."""
    components: tuple[ScoreComponent, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceStanding:
    """How the article treats one low-rated source's claims (read by SRC202)."""

    source: str
    """The `Source.id`."""
    adopted: Span | None
    """Where the text vouches for the claim itself ("X confirmed ..."), if it does."""
    balanced: bool
    """True when a verification note, a denial or another independent source stands beside it."""


@dataclass(slots=True)
class ArticleReport:
    """Everything srccheck has to say about one article."""

    path: str
    detection: Detection
    ratings: dict[str, Rating]
    """Rating per `Source.id`."""
    score: ArticleScore
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    attribution_scores: list[int | None] = field(default_factory=list)
    """The effective score of each attribution (the weaker link of a relayed one)."""
    explanation: list[str] = field(default_factory=list)
    """How the sourcing score was reached, one line per step (shown by ``--explain``)."""


@dataclass(frozen=True, slots=True)
class InputFailure:
    """A file that could not be checked, kept in the report as data."""

    path: str
    message: str


@dataclass(slots=True)
class Report:
    """The object every reporter renders: all articles of one run and the files that failed."""

    tool_version: str
    articles: list[ArticleReport] = field(default_factory=list)
    errors: list[InputFailure] = field(default_factory=list)
