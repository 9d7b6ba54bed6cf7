"""Build the generated layer of the default reliability table from the datasets in ``data/``.

    python tools/build_table.py            # writes sources.generated.toml and data/BUILD-REPORT.txt
    python tools/build_table.py --check    # exit 1 if the written files are not up to date

The builder reads only ``data/`` (see ``data/README.md``; ``tools/import_inputs.py`` refreshes it
from the upstream repositories), joins the datasets (domain first, then name and aliases),
applies the rubric of ``docs/rubric.md`` and writes one TOML table. The hand-written table
(``sources.toml``) is a layer on top that the builder never overwrites: a generated entry whose
id, name, alias or domain is already the hand-written table's is left out, and the clash is
listed in the build report with both scores, so an editor can fold the facts in by hand.

Running it twice gives the same bytes: inputs are read in sorted order, entries are written
sorted by id, and nothing depends on the clock.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from srccheck.table.normalize import name_key  # noqa: E402

#: Outputs, relative to the repository.
GENERATED = "sources.generated.toml"
INDEX = "sources.generated.idx"
REPORT = "data/BUILD-REPORT.txt"
#: When the recalled office-holders were last known to hold office (see data/officeholders).
RECALL_AS_OF = "mid-2025"
RECALL_NOTE = (
    f"Office-holder from the editors' recall as of {RECALL_AS_OF}, not checked against a "
    "public record; verify before relying on the role."
)

#: Checked records of office-holders, as a basis cites them (see data/README.md).
RECORD_NAMES = {
    "leaders-current": "World Leaders Current (Wikidata/Wikipedia)",
    "foreign-ministers": "Wikidata (EveryPolitician's foreign ministers)",
    "cabinets": "Wikidata (EveryPolitician's cabinet of {repository})",
    "world-leaders": "Wikidata (EveryPolitician's world leaders)",
    "factbook": "the CIA World Factbook",
    "ifg-ministers": "the IfG Ministers Database",
    "officeholders-history": "Wikidata (EveryPolitician's holders of office of {repository})",
    "world-leaders-history": "Wikidata (EveryPolitician's world leaders)",
}
#: The Factbook's title when its text gives none, by office.
FACTBOOK_TITLES = {
    "head-of-state": "Head of state",
    "head-of-government": "Head of government",
    "head-of-state-representative": "Representative of the head of state",
}
#: Words of a title that a recalled name may carry ("King Salman", "Emperor Naruhito").
NAME_TITLES = frozenset(
    ("king", "queen", "emperor", "grand", "duke", "prince", "sultan", "emir", "amir", "pope")
)
#: How alike two spellings of one word must be to be one romanisation apart (difflib ratio:
#: "Lukashenko"/"Lukashenka" 0.9, "Zelensky"/"Zelenskyy" 0.94).
SPELLING_CUTOFF = 0.8
#: Positions of a cabinet the table lists, as (pattern of the whole title, office, body).
CABINET_OFFICES = (
    (
        r"(federal )?minister (of|for) (national )?defen[cs]e|minister of the armed forces"
        r"|secretary (of|of state for) (national )?defen[cs]e"
        r"|minister of defence and armed forces logistics",
        "defence-minister",
        "mod",
    ),
    (
        r"minister (of|for) (europe and )?foreign (and european )?affairs"
        r"( and (worship|trade|international development cooperation))?"
        r"|minister of external (affairs|relations)|minister of international relations.*"
        r"|secretary of state|secretary of state for foreign.*|secretary of foreign affairs",
        "foreign-minister",
        "mfa",
    ),
    (r"government spokes(person|man|woman)", "spokesperson", "government"),
    (
        r"chief of (the )?(defence|general|joint|national defence|armed forces|staff of the).*"
        r"|commander of the .*(defence forces|armed forces)",
        "armed-forces-chief",
        "armed-forces",
    ),
)
#: Offices in the lists of past holders, by the short title a national list gives them (the
#: whole title, or the title "of" the country), as (pattern, office, body; "" = by the title).
HISTORY_OFFICES = (
    (r"monarch|king|queen|emperor|grand duke|supreme leader", "head-of-state", "government"),
    (r"president", "head-of-state", ""),
    # A bare "Chancellor" is Switzerland's chief of staff, not a head of government.
    (
        r"prime minister|federal chancellor|taoiseach|premier of the state council",
        "head-of-government",
        "pm-office",
    ),
    (
        r"(federal )?minister (of|for) (national )?defen[cs]e( and (military veterans|veterans "
        r"affairs|national security|armed forces logistics|border security))?"
        r"|minister (of|for) (the )?(revolutionary )?armed forces"
        r"|secretary (of|for|of state for) (national )?defen[cs]e",
        "defence-minister",
        "mod",
    ),
    (
        r"(federal )?minister (of|for) (europe and )?(european and )?(foreign|international) "
        r"(and european )?affairs((,| and) [\w ,]+)?|minister (of|for) external (affairs|relations)"
        r"|minister of international relations and cooperation|secretary of state for foreign.*"
        r"|secretary (of|for) foreign affairs|foreign secretary",
        "foreign-minister",
        "mfa",
    ),
)
#: A bare "Secretary of State" is the foreign minister only here (elsewhere a junior minister).
SECRETARY_OF_STATE_COUNTRIES = frozenset(("US",))
#: Words after a comma that make the rest of a label a peerage ("John Reid, Baron Reid of
#: Cardowan"): news names the person without it.
PEERAGE_WORDS = ("Baron ", "Baroness ", "Lord ", "Lady ", "Viscount ", "Earl ", "Marquess ")
#: Suffixes a label gives after a comma ("Thomas A. Shannon, Jr."), kept and also left out.
NAME_SUFFIXES = frozenset(("Jr.", "Sr.", "Jr", "Sr"))
#: The body each office of the IfG's list speaks for.
IFG_BODIES = {
    "head-of-government": "pm-office",
    "foreign-minister": "mfa",
    "defence-minister": "mod",
}
#: Which office a former office-holder's entry is named for first, when they held several.
OFFICE_RANK = ("head-of-state", "head-of-government", "foreign-minister", "defence-minister")
#: Country names the records spell otherwise than data/countries.
RECORD_COUNTRY_NAMES = {"Republic of Ireland": "IE", "Federated States of Micronesia": "FM"}
#: The body an international office speaks for: (record's country code, office) -> organisation.
INTERNATIONAL_BODIES = {
    ("EU", "head-of-government"): "european-commission",
    ("EU", "head-of-state"): "european-council",
    ("AU_AF", "head-of-government"): "african-union",
    ("AU_AF", "head-of-state"): "african-union",
}

# -- the rubric's numbers (docs/rubric.md, "How the generated table is scored") ------------------

#: WP:RSP status -> (low, high) band; Lin's pc1 places the score inside it.
RSP_BANDS = {"gr": (70, 90), "nc": (50, 69), "m": (50, 69), "gu": (20, 39), "d": (10, 19)}
RSP_WORDS = {
    "gr": "generally reliable",
    "nc": "no consensus",
    "m": "status varies by topic",
    "gu": "generally unreliable",
    "d": "deprecated",
}
#: A domain rated only by Lin et al.: 15 + 65 x pc1, at most 80.
LIN_BASE, LIN_SPAN, LIN_CAP = 15, 65, 80
#: Sanctioned by the US Treasury (OFAC SDN): at most 15; a listed person 15.
SANCTION_CAP = 15
#: EUvsDisinfo case counts: (at least this many cases, cap).
EUVSDISINFO_CAPS = ((10, 25), (3, 35))
#: Government bodies: 20 + 0.65 x mean(Freedom House total, RSF score), then belligerent caps.
GOV_BASE, GOV_SPAN = 20, 0.65
#: A legislature speaks for parties, not for the state: this much below the government.
LEGISLATURE_OFFSET = 10
#: A person speaks for their office: the office's score less this (as in srccheck.score).
PERSON_OFFSET = 5
FORMER_ANCHOR = 50
#: International organisations with no public rating: UN system and EU institutions, others.
IO_SCORES = {"un": 80, "eu": 80, "other": 70}
#: Pollsters: 30 + 18 x FiveThirtyEight numeric grade (0.5-3.0), at most 85.
POLL_BASE, POLL_SPAN, POLL_CAP = 30, 18, 85

BODY_TEMPLATES = {
    "government": ("Government of {of_name}", ["{demonym} government", "{name} government"]),
    "presidency": (
        "Office of the President of {of_name}",
        ["{demonym} presidency", "Presidency of {of_name}", "{demonym} presidential office"],
    ),
    "pm-office": (
        "Office of the Prime Minister of {of_name}",
        ["{demonym} prime minister's office", "{name} prime minister's office"],
    ),
    "mfa": (
        "Ministry of Foreign Affairs of {of_name}",
        [
            "{demonym} Foreign Ministry",
            "{demonym} Ministry of Foreign Affairs",
            "{name} Foreign Ministry",
            "Foreign Ministry of {of_name}",
            "{demonym} MFA",
        ],
    ),
    "mod": (
        "Ministry of Defence of {of_name}",
        [
            "{demonym} Defence Ministry",
            "{demonym} Defense Ministry",
            "{demonym} Ministry of Defence",
            "{demonym} Ministry of Defense",
            "Ministry of Defense of {of_name}",
            "{name} Defence Ministry",
            "{demonym} MoD",
        ],
    ),
    "armed-forces": (
        "Armed Forces of {of_name}",
        ["{demonym} Armed Forces", "{demonym} military", "{demonym} army", "{name} military"],
    ),
    "interior": (
        "Ministry of Interior of {of_name}",
        [
            "{demonym} Interior Ministry",
            "{demonym} Ministry of Interior",
            "{demonym} Ministry of Internal Affairs",
            "{name} Interior Ministry",
        ],
    ),
    "health": (
        "Ministry of Health of {of_name}",
        ["{demonym} Health Ministry", "{demonym} Ministry of Health", "{name} Health Ministry"],
    ),
    "parliament": (
        "Parliament of {of_name}",
        ["{demonym} parliament", "{name} parliament", "{demonym} legislature"],
    ),
    "central-bank": (
        "Central Bank of {of_name}",
        ["{demonym} central bank", "{name} central bank"],
    ),
}
#: Bodies another dataset lists better: the US Federal Reserve and Congress (dotgov, congress).
SKIPPED_BODIES = frozenset((("US", "central-bank"), ("US", "parliament")))
#: Bodies scored below the government: a legislature speaks for its parties.
BODY_OFFSETS = {"parliament": 10}
#: Country names written with "the" after "of" ("Government of the United States").
NAMES_WITH_THE = frozenset(
    (
        "United States",
        "United Kingdom",
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Gambia",
        "Central African Republic",
        "Democratic Republic of the Congo",
        "Republic of the Congo",
        "Dominican Republic",
        "United Arab Emirates",
        "Marshall Islands",
        "Solomon Islands",
        "Comoros",
        "Maldives",
        "Seychelles",
    )
)
#: Country names that are as often a person's name: never aliases of a government.
AMBIGUOUS_PLACE_NAMES = frozenset(("Jordan", "Chad", "Georgia", "Luxembourg", "Singapore"))
BODY_WORDS = {
    "government": "the government",
    "presidency": "the head of state's office",
    "pm-office": "the head of government's office",
    "mfa": "the foreign ministry",
    "mod": "the defence ministry",
    "armed-forces": "the armed forces",
    "interior": "the interior ministry",
    "health": "the health ministry",
    "parliament": "the legislature",
    "central-bank": "the central bank",
}


@dataclass
class Generated:
    """One entry of the generated table, with the facts that set its score."""

    id: str
    name: str
    kind: str
    score: int
    facts: list[str]
    reviewed: str
    sources: list[str]
    aliases: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    country: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: str | None = None
    affiliation: str | None = None
    role: str | None = None

    @property
    def basis(self) -> str:
        """The basis sentence: the facts used, joined."""
        return "; ".join(self.facts) + "."

    def names(self) -> list[str]:
        """The name and aliases."""
        return [self.name, *self.aliases]


@dataclass
class Dataset:
    """What a dataset's NOTICE says: its snapshot date and a short citation."""

    name: str
    date: str
    repo: str
    commit: str


@dataclass
class Build:
    """Everything the builder makes: entries by id, and lines for the report."""

    entries: dict[str, Generated] = field(default_factory=dict)
    report: list[str] = field(default_factory=list)
    #: Wikidata ids two records give to different people: cited nowhere.
    dropped_ids: set[str] = field(default_factory=set)

    def add(self, entry: Generated) -> Generated:
        """Add ``entry``; an id already taken gets a numbered suffix."""
        base, number = entry.id, 2
        while entry.id in self.entries:
            entry.id = f"{base}-{number}"
            number += 1
        self.entries[entry.id] = entry
        return entry


# -- reading inputs ---------------------------------------------------------------------------


def read_csv(data: Path, relative: str) -> list[dict[str, str]]:
    """Rows of one CSV input."""
    with (data / relative).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_notice(data: Path, name: str) -> Dataset:
    """The snapshot date, repository and commit of one imported dataset."""
    fields = {}
    for line in (data / name / "NOTICE").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(": ")
        fields[key] = value
    repo = fields.get("Source repository", "").removeprefix("https://github.com/")
    return Dataset(name, fields.get("Snapshot date", ""), repo, fields.get("Commit", "")[:8])


# -- small helpers ----------------------------------------------------------------------------


#: Letters with no accent to strip, spelled in an id as English news spells them.
SLUG_LETTERS = str.maketrans(
    {"ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i"}
)


def slug(text: str) -> str:
    """An entry id from a name: ASCII letters, digits and '-' ("Paweł" -> "pawel", not "pawe")."""
    from srccheck.table.normalize import fold

    folded = unicodedata.normalize("NFKD", fold(text).lower().translate(SLUG_LETTERS))
    ascii_text = folded.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-") or "x"


def placed(low: int, high: int, pc1: float | None) -> int:
    """A score inside a band: Lin's pc1 places it, the middle without one."""
    if pc1 is None:
        return round((low + high) / 2)
    return round(low + (high - low) * pc1)


def registrable(domain: str) -> str:
    """A domain without ``www.`` and trailing dots, lower-case."""
    return domain.strip().lower().removeprefix("www.").rstrip(".")


_UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def transliterations(alias: str) -> list[str]:
    """Latin spellings news uses for a Cyrillic name (translitua; a build-time dependency)."""
    if not _CYRILLIC.search(alias):
        return []
    import translitua

    # Which language a Cyrillic name is in cannot always be told ("Зеленський" has no letter
    # only Ukrainian uses), so both languages' romanisations are made; duplicates drop out.
    ukrainian_tables = ("UkrainianKMU", "UkrainianFrench", "UkrainianGerman", "UkrainianBGN")
    russian_tables = ("RussianInternationalPassport1997", "RussianGOST2006", "RussianICAO")
    tables = (
        ukrainian_tables
        if _UKRAINIAN_LETTERS & set(alias)
        else (*russian_tables, *ukrainian_tables)
    )
    found = []
    for table in tables:
        spelled = translitua.translit(alias, getattr(translitua, table)).replace("'", "")
        if spelled.isascii() and spelled not in found:
            found.append(spelled)
    return found


def person_name(sdn_name: str) -> str:
    """``PRIGOZHIN, Yevgeniy Viktorovich`` -> ``Yevgeniy Prigozhin``."""
    last, _, rest = sdn_name.partition(",")
    first = rest.split()[0] if rest.split() else ""
    return f"{first} {last.strip().title()}".strip()


def full_person_name(sdn_name: str) -> str:
    """``PRIGOZHIN, Yevgeniy Viktorovich`` -> ``Yevgeniy Viktorovich Prigozhin``."""
    last, _, rest = sdn_name.partition(",")
    return f"{rest.strip()} {last.strip().title()}".strip()


# -- countries and government bodies ----------------------------------------------------------


@dataclass
class Country:
    """A UN member state and the index figures its bodies are rated from."""

    iso2: str
    name: str
    demonym: str
    other_names: list[str]
    capitals: list[str] = field(default_factory=list)
    fh_total: int | None = None
    fh_status: str | None = None
    rsf_score: float | None = None
    rsf_rank: int | None = None
    cap: int | None = None
    cap_why: str | None = None

    def index_facts(self) -> list[str]:
        """The index figures, as cited facts."""
        facts = []
        if self.fh_total is not None:
            facts.append(f"Freedom House 2024: {self.fh_total}/100 ({self.fh_status})")
        if self.rsf_score is not None:
            facts.append(f"RSF 2025: {self.rsf_score:.2f}, rank {self.rsf_rank}/180")
        return facts

    def government_score_raw(self) -> int:
        """20 + 0.65 x the mean of the available indexes."""
        values = [v for v in (self.fh_total, self.rsf_score) if v is not None]
        return round(GOV_BASE + GOV_SPAN * sum(values) / len(values))

    def government_score(self) -> int:
        """The index score, then the belligerent cap."""
        score = self.government_score_raw()
        return min(score, self.cap) if self.cap is not None else score


def read_countries(data: Path) -> list[Country]:
    """UN members with their Freedom House and RSF figures and belligerent caps."""
    countries = [
        Country(
            r["iso2"],
            r["name"],
            r["demonym"],
            [n for n in r["other_names"].split("|") if n],
            [n for n in r["capital"].split("|") if n],
        )
        for r in read_csv(data, "countries/un-members.csv")
    ]
    by_name = {n: c for c in countries for n in (c.name, *c.other_names)}
    iso3 = {r["iso3"]: r["iso2"] for r in read_csv(data, "countries/un-members.csv")}
    by_iso2 = {c.iso2: c for c in countries}
    for row in read_csv(data, "freedomhouse/fiw2024.csv"):
        if row["country"] in by_name:
            by_name[row["country"]].fh_total = int(row["total"])
            by_name[row["country"]].fh_status = row["status"]
    for row in read_csv(data, "rsf/rsf2025.csv"):
        if row["iso3"] in iso3:
            country = by_iso2[iso3[row["iso3"]]]
            country.rsf_score, country.rsf_rank = float(row["score"]), int(row["rank"])
    for row in read_csv(data, "editorial/belligerents.csv"):
        by_iso2[row["iso2"]].cap, by_iso2[row["iso2"]].cap_why = int(row["cap"]), row["why"]
    return countries


def add_government_bodies(build: Build, countries: list[Country], data: Path) -> None:
    """Six bodies for every UN member state, rated from the country's indexes."""
    extra: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in read_csv(data, "editorial/body-aliases.csv"):
        extra[(row["iso2"], row["body"])].extend(a for a in row["aliases"].split("|") if a)
    fh, rsf = read_notice(data, "freedomhouse"), read_notice(data, "rsf")
    offices = head_offices(data, countries)
    for country in countries:
        score = country.government_score()
        facts = country.index_facts()
        uncapped = [*facts, f"20 + 0.65 x index mean = {country.government_score_raw()}"]
        if country.cap is not None and country.cap < country.government_score_raw():
            uncapped.append(f"capped at {country.cap}: {country.cap_why}")
        for body, (name, aliases) in BODY_TEMPLATES.items():
            if body in ("presidency", "pm-office") and body not in offices[country.iso2]:
                continue
            if (country.iso2, body) in SKIPPED_BODIES:
                continue  # the .gov registry has it under its own name
            of_name = f"the {country.name}" if country.name in NAMES_WITH_THE else country.name
            words = {"name": country.name, "demonym": country.demonym, "of_name": of_name}
            names = [a.format(**words) for a in aliases]
            if body == "government":
                # News names a government by its country or capital: "Russia said", "Kyiv said".
                names += [
                    n
                    for n in (country.name, *country.other_names, *country.capitals)
                    if n not in AMBIGUOUS_PLACE_NAMES
                ]
            names += [
                a.format(name=other, demonym=country.demonym, of_name=other)
                for a in aliases
                for other in country.other_names
                if "{name}" in a and other.isascii()
            ]
            offset = BODY_OFFSETS.get(body, 0)
            speaks = f"less {offset}: a legislature speaks for its parties"
            offset_facts = [speaks] if offset else []
            build.add(
                Generated(
                    id=f"gov-{country.iso2.lower()}-{body}",
                    name=name.format(**words),
                    kind="official",
                    score=score - offset,
                    facts=[
                        f"{BODY_WORDS[body].capitalize()} of a UN member state",
                        *uncapped,
                        *offset_facts,
                    ],
                    reviewed=max(fh.date, rsf.date),
                    sources=[
                        "freedomhouse",
                        "rsf",
                        "countries",
                        *(["editorial"] if country.cap is not None else []),
                    ],
                    aliases=_unique(names + extra[(country.iso2, body)]),
                    country=country.iso2,
                    tags=["government", *(["belligerent"] if country.cap is not None else [])],
                )
            )


def head_offices(data: Path, countries: list[Country]) -> dict[str, set[str]]:
    """Which head-of-state/government offices each country has (by the people data), both
    when nothing says."""
    names = {n: c.iso2 for c in countries for n in (c.name, *c.other_names)}
    found: dict[str, set[str]] = defaultdict(set)
    for row in read_csv(data, "world-leaders/wikidata.csv"):
        if row["country"] in names:
            found[names[row["country"]]].add(office_body(row["positionLabel"]))
    for row in read_csv(data, "officeholders-recall/officeholders.csv"):
        found[row["country"]].add(row["body"])
    for row in read_csv(data, "leaders-current/leaders.csv"):
        found[row["iso"]].add(office_body(row["title"]))
    for row in read_csv(data, "factbook/heads.csv"):
        if row["status"] == "holder":
            found[row["iso2"]].add(office_body(row["title"]))
    return {
        c.iso2: (found[c.iso2] & {"presidency", "pm-office"}) or {"presidency", "pm-office"}
        for c in countries
    }


def office_body(position: str) -> str:
    """The body a head-of-state or head-of-government position speaks for."""
    lowered = position.lower()
    if lowered.startswith("president"):
        return "presidency"
    if any(word in lowered for word in ("minister", "chancellor", "premier", "taoiseach")):
        return "pm-office"
    return "government"


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


# -- international organisations --------------------------------------------------------------


def add_organisations(build: Build, data: Path) -> dict[str, str]:
    """International organisations with their abbreviations; returns abbreviation -> id."""
    notice = read_notice(data, "supraverden")
    caps = {r["abbreviation"]: r for r in read_csv(data, "editorial/organisation-scores.csv")}
    ids: dict[str, str] = {}
    for row in sorted(read_csv(data, "supraverden/organisations.csv"), key=lambda r: r["name"]):
        abbreviation = row["abbreviation"]
        group = _io_group(row)
        score = IO_SCORES[group]
        facts = [f"International organisation listed by SupraVerden ({row['wikidata']})"]
        facts.append(
            {
                "un": "UN system body: srccheck's default of 80 for bodies with published mandates",
                "eu": "EU institution or body: srccheck's default of 80",
                "other": "no public reliability rating: srccheck's default of 70",
            }[group]
        )
        if abbreviation in caps:
            score = int(caps[abbreviation]["score"])
            facts.append(f"set to {score}: {caps[abbreviation]['why']}")
        names = [row["other_name"], row["other_name_2"], abbreviation, row["name_ru"]]
        names += [row["name_uk"], row["name_fr"], row["name_de"], row["abbreviation_fr"]]
        aliases = [n for n in names if n and n != row["name"]]
        for cyrillic in (row["name_ru"], row["name_uk"]):
            aliases += transliterations(cyrillic) if cyrillic else []
        website = (
            registrable(row["website"].split("://")[-1].split("/")[0]) if row["website"] else ""
        )
        entry = build.add(
            Generated(
                id=slug(abbreviation if abbreviation and len(abbreviation) > 2 else row["name"]),
                name=row["name"],
                kind="official",
                score=score,
                facts=facts,
                reviewed=notice.date,
                sources=["supraverden"],
                aliases=_unique(aliases),
                domains=[website] if website else [],
                tags=["international-organisation"],
            )
        )
        for key in (abbreviation, row["name"]):
            if key:
                ids.setdefault(key, entry.id)
    return ids


def _io_group(row: dict[str, str]) -> str:
    kind = row["type"].lower()
    if (
        kind.startswith("un ")
        or row["name"] in ("United Nations",)
        or "united nations" in row["name"].lower()
    ):
        return "un"
    if (
        kind.startswith("eu ")
        or "european union" in row["name"].lower()
        or kind.startswith("euratom")
    ):
        return "eu"
    return "other"


# -- people -----------------------------------------------------------------------------------


@dataclass
class Holder:
    """One office-holder as one dataset names them."""

    country: str  # ISO alpha-2, or EU / NATO / UN / AU_AF
    office: str  # head-of-state, head-of-government, foreign-minister, ...
    role: str
    name: str
    aliases: list[str]
    dataset: str
    body: str = ""
    wikidata: str = ""
    since: str = ""
    holds_both: bool = False
    #: Where a row's own snapshot differs from its dataset's: the date and the repository.
    snapshot: str = ""
    repository: str = ""
    #: The record was taken after the editors' recall, so it can confirm or replace it.
    current: bool = False
    #: Why the row's start date is not cited, when an older record contradicts it.
    date_doubt: str = ""

    def names(self) -> list[str]:
        """The name and aliases."""
        return [self.name, *self.aliases]


@dataclass
class Recalled:
    """A row of the editors' recall and what the checked records say about it."""

    holder: Holder
    confirmed_by: list[Holder] = field(default_factory=list)
    superseded_by: Holder | None = None
    disputed_by: list[Holder] = field(default_factory=list)


def read_recall(data: Path) -> list[Holder]:
    """The office-holders the editors typed from recall."""
    return [
        Holder(
            country=row["country"],
            office=row["office"],
            role=row["role"],
            name=row["name"],
            aliases=[a for a in row["aliases"].split("|") if a],
            dataset="officeholders-recall",
            body=row["body"],
        )
        for row in read_csv(data, "officeholders-recall/officeholders.csv")
    ]


def with_country(title: str, country: Country | None, name: str) -> str:
    """An office's title that says whose office it is ("Prime Minister of the Netherlands")."""
    words = [name, *(country.other_names if country else []), country.demonym if country else ""]
    if any(word and word in title for word in words):
        return title
    return f"{title} of the {name}" if name in NAMES_WITH_THE else f"{title} of {name}"


def read_current_leaders(data: Path, countries: list[Country]) -> list[Holder]:
    """Heads of state and government from World Leaders Current (one row per person and office)."""
    by_iso2 = {c.iso2: c for c in countries}
    holders = []
    for row in read_csv(data, "leaders-current/leaders.csv"):
        local = row["name_local"]
        holders.append(
            Holder(
                country=row["iso"],
                office=row["office"],
                role=with_country(row["title"], by_iso2.get(row["iso"]), row["country"]),
                name=row["name"],
                aliases=_unique([*local_spellings(local)] if local != row["name"] else []),
                dataset="leaders-current",
                body=office_body(row["title"]),
                wikidata=row["wikidata"],
                since=row["since"],
                holds_both=row["holds_both"] == "yes",
            )
        )
    return holders


def read_foreign_ministers(data: Path, countries: list[Country]) -> list[Holder]:
    """Foreign ministers of UN member states as Wikidata had them (EveryPolitician's copy)."""
    iso2 = {n: c.iso2 for c in countries for n in (c.name, *c.other_names)}
    iso2.update(RECORD_COUNTRY_NAMES)
    by_iso2 = {c.iso2: c for c in countries}
    return [
        Holder(
            country=iso2[row["country_label"]],
            office="foreign-minister",
            role=with_country(
                row["position_label"][:1].upper() + row["position_label"][1:],
                by_iso2[iso2[row["country_label"]]],
                by_iso2[iso2[row["country_label"]]].name,
            ),
            name=row["name"],
            aliases=[],
            dataset="foreign-ministers",
            body="mfa",
            wikidata=row["person"],
            since=row["start"],
        )
        for row in read_csv(data, "foreign-ministers/ministers.csv")
        if row["country_label"] in iso2 and row["name"] and row["name"] != row["person"]
    ]


def read_cabinets(data: Path, countries: list[Country]) -> list[Holder]:
    """Defence and foreign ministers, spokespeople and military chiefs from EveryPolitician's
    cabinet lists, each row with its own repository and snapshot date."""
    by_iso2 = {c.iso2: c for c in countries}
    offices = [(re.compile(p, re.IGNORECASE), o, b) for p, o, b in CABINET_OFFICES]
    holders = []
    for row in read_csv(data, "cabinets/cabinets.csv"):
        found = next((o for o in offices if o[0].fullmatch(row["position"])), None)
        if found is None or row["iso2"] not in by_iso2:
            continue
        country = by_iso2[row["iso2"]]
        holders.append(
            Holder(
                country=row["iso2"],
                office=found[1],
                role=with_country(row["position"], country, country.name),
                name=row["person"],
                aliases=[],
                dataset="cabinets",
                body=found[2],
                wikidata=row["wikidata"],
                since=row["start"],
                snapshot=row["snapshot"],
                repository=row["repository"],
            )
        )
    return holders


def read_ifg_current(data: Path, countries: list[Country]) -> list[Holder]:
    """The UK's prime minister and foreign and defence secretaries in office when the IfG
    Ministers Database was taken (appointments with no end date)."""
    gb = next((c for c in countries if c.iso2 == "GB"), None)
    if gb is None:
        return []
    return [
        Holder(
            country="GB",
            office=row["office"],
            role=with_country(row["post"], gb, gb.name),
            name=row["names"].split("|")[0],
            aliases=row["names"].split("|")[1:],
            dataset="ifg-ministers",
            body=IFG_BODIES[row["office"]],
            since=row["start"],
        )
        for row in read_csv(data, "ifg-ministers/appointments.csv")
        if not row["end"]
    ]


def read_factbook(data: Path, countries: list[Country]) -> tuple[list[Holder], list[str]]:
    """Heads of state and government of every UN member state as the CIA World Factbook names
    them, and the governors-general and others who represent a head of state; returns them and
    the report's lines for the offices the Factbook leaves vacant or the importer could not read
    (those are listed, never guessed)."""
    by_iso2 = {c.iso2: c for c in countries}
    rows = [r for r in read_csv(data, "factbook/heads.csv") if r["iso2"] in by_iso2]
    heads = {(r["iso2"], r["office"]): name_key(r["name"]) for r in rows if r["status"] == "holder"}
    holders, report = [], []
    for row in rows:
        if not row["name"]:
            report.append(f"factbook: {row['iso2']} {row['office']} not used: {row['status']}")
            continue
        other = "head-of-government" if row["office"] == "head-of-state" else "head-of-state"
        both = row["status"] == "holder" and heads.get((row["iso2"], other)) == name_key(
            row["name"]
        )
        office = row["office"]
        if row["status"] == "representative":
            office = "head-of-state-representative"
        title = row["title"] or FACTBOOK_TITLES[office]
        country = by_iso2[row["iso2"]]
        aliases = [a for a in row["aliases"].split("|") if a]
        holders.append(
            Holder(
                country=row["iso2"],
                office=office,
                role=with_country(title, country, country.name),
                name=row["name"],
                aliases=_unique([*aliases, *short_forms(row["name"], row["surname"])]),
                dataset="factbook",
                body="government" if office.endswith("representative") else office_body(title),
                since=row["since"],
                holds_both=both,
            )
        )
    return holders, report


def short_forms(name: str, surname: str) -> list[str]:
    """The shorter forms news gives a long name: without the names after the surname ("Claudia
    Sheinbaum" of "Claudia Sheinbaum Pardo") and with the first given name only ("Gustavo
    Petro" of "Gustavo Francisco Petro Urrego"). Never a bare surname, and nothing for a name
    that starts with its surname ("Xi Jinping")."""
    words, family = name.split(), surname.split()
    at = next((i for i in range(1, len(words)) if words[i : i + len(family)] == family), None)
    if at is None or not family:
        return []
    forms = [" ".join(words[: at + len(family)]), " ".join([words[0], *family])]
    return [f for f in _unique(forms) if f != name and len(f.split()) >= 2]


def local_spellings(local: str) -> list[str]:
    """A name as its country writes it, and without a patronymic when it is Cyrillic and has
    three parts ("Михаил Владимирович Мишустин" is "Михаил Мишустин" in the news)."""
    parts = local.split()
    if _CYRILLIC.search(local) and len(parts) == 3:
        return [local, f"{parts[0]} {parts[2]}"]
    return [local] if local else []


def _name_tokens(name: str) -> list[str]:
    return name_key(name).replace(".", " ").split()


def same_person(first: Iterable[str], second: Iterable[str]) -> bool:
    """Whether two sets of names (one country, one office) name the same person: a shared key,
    one name's words inside the other's ("Charles III", "King Charles III"), the same letters
    apart from spaces ("Amir-Abdollahian", "Amirabdollahian"), or the same surname and first
    initial ("S. Jaishankar", "Subrahmanyam Jaishankar")."""
    for a in first:
        for b in second:
            ta, tb = _name_tokens(a), _name_tokens(b)
            if not ta or not tb:
                continue
            fewer, more = sorted((set(ta), set(tb)), key=len)  # by distinct words: symmetric
            if fewer <= more or "".join(ta) == "".join(tb):
                return True
            if len(ta) > 1 and len(tb) > 1 and ta[-1] == tb[-1] and ta[0][0] == tb[0][0]:
                return True
    return False


def similar_person(first: Iterable[str], second: Iterable[str]) -> bool:
    """``same_person``, or as far apart as two romanisations of one name ("Alyaksandr
    Lukashenka", "Alexander Lukashenko"; "Mohammed bin Salman", "Muhammad bin Salman bin Abd
    al-Aziz Al Saud"): the shorter name's last word close to a word of the longer one, and both
    starting with the same letter. A title in front ("King Salman") does not count. Only for
    names of one country and office, as the Factbook's are compared."""
    for a in first:
        for b in second:
            ta = [t for t in _name_tokens(a) if t not in NAME_TITLES]
            tb = [t for t in _name_tokens(b) if t not in NAME_TITLES]
            if not ta or not tb:
                continue
            if same_person([" ".join(ta)], [" ".join(tb)]):
                return True
            shorter, longer = sorted((ta, tb), key=len)
            if len(shorter) < 2 or shorter[0][0] != longer[0][0]:
                continue
            if any(_alike(shorter[-1], word) for word in longer[1:]):
                return True
    return False


def _alike(first: str, second: str) -> bool:
    """Two spellings of one word: close letter by letter, or the same consonants ("Nahyan",
    "Nuhayyan"; "Maktoum", "Maktum")."""
    if difflib.SequenceMatcher(None, first, second).ratio() >= SPELLING_CUTOFF:
        return True
    skeleton = _consonants(first)
    return len(skeleton) >= 3 and skeleton == _consonants(second)


def _consonants(word: str) -> str:
    """A word's consonants, doubled ones once ("nuhayyan" -> "nhn"; "y" counts as a vowel)."""
    letters = [c for c in word if c not in "aeiouy"]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def matches(record: Holder, names: Iterable[str]) -> bool:
    """Whether a record names the person ``names`` name: the Factbook romanises in its own way
    ("Zelenskyy", "Lukashenka"), so its names are compared more loosely."""
    if record.dataset == "factbook":
        return similar_person(names, record.names())
    return same_person(names, record.names())


def offices_held(record: Holder) -> set[str]:
    """The offices a record's row speaks to: a president of a presidential system holds both."""
    if record.holds_both:
        return {"head-of-state", "head-of-government"}
    return {record.office}


def check_recall(recalled: list[Holder], records: list[Holder], recall_date: str) -> list[Recalled]:
    """Join each recalled row with the records of its country and office: confirmed (the same
    person), superseded (a record taken after the recall names someone who took office after
    it), or disputed (such a record names someone else who was already in office: the recall is
    kept and the record cited beside it). An older record that names someone else says nothing
    about the recall, which is newer."""
    joined = []
    for holder in recalled:
        item = Recalled(holder)
        for record in records:
            if record.country != holder.country or holder.office not in offices_held(record):
                continue
            if matches(record, holder.names()):
                item.confirmed_by.append(record)
            elif record.current and record.since > recall_date:
                item.superseded_by = record
            elif record.current and record.wikidata not in {r.wikidata for r in item.disputed_by}:
                item.disputed_by.append(record)
        joined.append(item)
    return joined


def doubt_factbook_dates(
    factbook: list[Holder], others: list[Holder], dates: dict[str, str]
) -> list[str]:
    """Leave out a Factbook start date that an older record contradicts: one taken after that
    date and before the Factbook's snapshot names someone else as the sole holder of the office
    (Romania's prime minister "since 23 June 2005", where the Wikidata record of 2022 names his
    predecessor). The person stays checked; only the date is not cited. Co-holders and
    representatives are left alone, as several people hold those at once."""
    holders_per_office: dict[tuple[str, str], int] = defaultdict(int)
    for record in factbook:
        holders_per_office[(record.country, record.office)] += 1
    taken = dates["factbook"]
    report = []
    for record in factbook:
        if not record.since or holders_per_office[(record.country, record.office)] > 1:
            continue
        if record.office not in ("head-of-state", "head-of-government"):
            continue
        for other in others:
            at = snapshot_of(other, dates)
            if (
                other.country == record.country
                and other.office == record.office
                and not (other.holds_both or record.holds_both)
                and same_title(other.role, record.role)
                and record.since < at < taken
                and other.since[:4] > record.since[:4]  # took office after the date given
                and not similar_person(other.names(), record.names())
            ):
                cited = record_citation(other, dates, with_id=False)
                record.date_doubt = (
                    f"its start date, {record.since}, is not cited: {cited} names "
                    f"{other.name} as {other.role}"
                )
                report.append(
                    f"factbook: {record.country} {record.office} {record.name}: start date "
                    f"{record.since} left out, {other.dataset} of {at} names {other.name}"
                )
                record.since = ""
                break
    return report


def same_title(first: str, second: str) -> bool:
    """Whether two roles are one office, whatever the qualifiers in front ("Interim Prime
    Minister of Libya", "Prime Minister of Libya"); "Supreme Leader" is not "President"."""
    a, b = (role.casefold().partition(" of ")[0].split() for role in (first, second))
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[-len(shorter) :] == shorter


def tenure(record: Holder, cited: str) -> str:
    """ "in office since 2019-05-20 by <record>", or "in office by <record>" and why the
    record's date is not cited."""
    if record.since:
        return f"in office since {record.since} by {cited}"
    return (
        f"in office by {cited} ({record.date_doubt})"
        if record.date_doubt
        else f"in office by {cited}"
    )


def snapshot_of(record: Holder, dates: dict[str, str]) -> str:
    """The date a record's row was taken."""
    return record.snapshot or dates[record.dataset]


def record_citation(record: Holder, dates: dict[str, str], *, with_id: bool = True) -> str:
    """How a record is cited in a basis: dataset (and repository), snapshot date, Wikidata id."""
    where = RECORD_NAMES[record.dataset].format(repository=record.repository)
    qid = f", {record.wikidata}" if record.wikidata and with_id else ""
    return f"{where} of {snapshot_of(record, dates)}{qid}"


def wikidata_aside(record: Holder) -> str:
    """ " (Q123)" after a name, or nothing for a record without Wikidata ids (the IfG's)."""
    return f" ({record.wikidata})" if record.wikidata else ""


def recall_facts(item: Recalled, dates: dict[str, str]) -> list[str]:
    """The basis of a recalled row, with what the checked records say."""
    holder = item.holder
    checked = [r for r in item.confirmed_by if r.current]
    if item.superseded_by is not None:
        new = item.superseded_by
        return [
            f"{holder.role} by the editors' recall as of {RECALL_AS_OF}; "
            f"{record_citation(new, dates, with_id=False)} names {new.name}{wikidata_aside(new)} "
            f"in office since {new.since}"
        ]
    if checked:
        cited = record_citation(checked[0], dates)
        facts = [f"{holder.role}: {tenure(checked[0], cited)}"]
        also = {r.dataset: r for r in checked[1:] if r.dataset != checked[0].dataset}
        facts += [f"also by {record_citation(r, dates)}" for r in also.values()]
    else:
        facts = [f"{holder.role}: rests on recall as of {RECALL_AS_OF}, not a checked record"]
    older = [r for r in item.confirmed_by if not r.current]
    if older:
        cited = " and ".join(record_citation(r, dates) for r in older)
        facts.append(f"already {older[0].role} from {older[0].since} by {cited}")
    if any(r.holds_both for r in checked):
        facts.append("heads both state and government (one office holds both)")
    for record in item.disputed_by:
        cited = record_citation(record, dates, with_id=False)
        facts.append(f"{cited} names {record.name} ({record.wikidata}) as {record.role}")
    return facts


def affiliation_of(
    holder: Holder, by_iso2: dict[str, Country], organisations: dict[str, str]
) -> tuple[str, str | None]:
    """The body a holder speaks for, and their country (None for international bodies)."""
    if holder.country in by_iso2:
        return f"gov-{holder.country.lower()}-{holder.body}", holder.country
    key = INTERNATIONAL_BODIES.get((holder.country, holder.office)) or holder.body
    return organisations.get(key) or key, None


def spellings(names: Iterable[str]) -> list[str]:
    """Names with the Latin spellings of the Cyrillic ones."""
    found = list(names)
    for name in list(found):
        found += transliterations(name)
    return _unique(found)


def add_recalled(
    build: Build,
    joined: list[Recalled],
    places: tuple[dict[str, Country], dict[str, str]],
    dates: dict[str, str],
) -> tuple[dict[str, Generated], list[tuple[Holder, Generated]]]:
    """One entry per recalled person, checked, superseded or still resting on recall; a person
    recalled in two offices of one country (Iceland's foreign minister also answers for
    defence) is one entry with both offices. Returns the entries a current record confirmed,
    by that record's Wikidata id and by the entry's name keys, and each such record with its
    entry."""
    added: dict[tuple[str, str], Generated] = {}
    by_wikidata: dict[str, Generated] = {}
    confirmed: list[tuple[Holder, Generated]] = []
    for item in joined:
        holder = item.holder
        earlier = added.get((holder.country, name_key(holder.name)))
        if earlier is not None:
            also_recalled(earlier, item, dates)
            continue
        affiliation, country = affiliation_of(holder, *places)
        records = [*item.confirmed_by, *([item.superseded_by] if item.superseded_by else [])]
        checked_by = [r for r in records if r.current]
        checked, superseded = bool(checked_by), item.superseded_by is not None
        extra = [a for r in item.confirmed_by for a in r.names()]
        entry = added[(holder.country, name_key(holder.name))] = build.add(
            Generated(
                id=slug(holder.name),
                name=holder.name,
                kind="person",
                score=-1,  # set from the affiliation once every body is known
                facts=recall_facts(item, dates),
                reviewed=max((snapshot_of(r, dates) for r in checked_by), default=dates["recall"]),
                sources=[*(r.dataset for r in records), "officeholders-recall"],
                aliases=_unique(
                    n for n in spellings([*holder.aliases, *extra]) if n != holder.name
                ),
                country=country,
                tags=[
                    "officeholder",
                    holder.office,
                    "checked" if checked else "recall",
                    *(["former"] if superseded else []),
                    *(["head-of-government"] if any(r.holds_both for r in records) else []),
                ],
                notes=None if checked else RECALL_NOTE,
                affiliation=affiliation,
                role=f"former {holder.role}" if superseded else holder.role,
            )
        )
        by_wikidata.update((r.wikidata, entry) for r in checked_by if r.wikidata and not superseded)
        if checked_by and not superseded:
            by_wikidata.update((name_key(n), entry) for n in entry.names())
            confirmed.extend((r, entry) for r in checked_by)
    return by_wikidata, confirmed


def also_recalled(entry: Generated, item: Recalled, dates: dict[str, str]) -> None:
    """Add a second recalled office to a person's entry: its tag, the facts behind it and any
    record that confirmed it."""
    entry.tags.append(item.holder.office)
    if item.confirmed_by or item.superseded_by or item.disputed_by:
        entry.facts += recall_facts(item, dates)
    else:  # the first office's fact already says the entry rests on recall
        entry.facts.append(f"also {item.holder.role}, by the same recall")
    entry.sources[-1:-1] = [r.dataset for r in item.confirmed_by]
    entry.aliases = _unique(
        n for n in [*entry.aliases, *spellings(item.holder.aliases)] if n != entry.name
    )


def add_recorded(
    build: Build,
    records: list[Holder],
    covered: dict[tuple[str, str], bool],
    places: tuple[dict[str, Country], dict[str, str]],
    dates: dict[str, str],
) -> list[tuple[Holder, Generated]]:
    """Holders a record names that no recalled row is: current where the record is newer than
    the recall (former where a still newer record names someone who took office after it);
    from an older record, former where the recall names someone newer for the office and
    otherwise resting on that stale record. Returns each record with the entry it went to."""
    seen: dict[str, Generated] = {}
    placed: list[tuple[Holder, Generated]] = []
    successors = newer_holders(records, dates)
    # Current records first, so that a stale one for the same person adds to theirs; the
    # Factbook's last among them, so that its spelling joins a record's with a Wikidata id.
    for record in sorted(
        records, key=lambda r: (not r.current, r.dataset == "factbook", r.wikidata, r.office)
    ):
        keys = [k for k in (record.wikidata, name_key(record.name)) if k]
        earlier = next((seen[k] for k in keys if k in seen), None) or same_as_placed(record, placed)
        if earlier is not None:  # one person, both offices, or in an earlier office
            also_held(earlier, record, dates)
            earlier.aliases = _unique(
                n
                for n in [*earlier.aliases, *record.names()]
                if name_key(n) != name_key(earlier.name)
            )
            placed.append((record, earlier))
            continue
        successor = successors.get(id(record))
        former = successor is not None or (
            not record.current and covered.get((record.country, record.office), False)
        )
        affiliation, country = affiliation_of(record, *places)
        entry = build.add(
            Generated(
                id=slug(record.name),
                name=record.name,
                kind="person",
                score=-1,
                facts=[recorded_fact(record, former, dates, successor)],
                reviewed=snapshot_of(record, dates),
                sources=[record.dataset],
                aliases=_unique(n for n in spellings(record.aliases) if n != record.name),
                country=country,
                tags=["officeholder", record.office, "checked" if record.current else "stale"]
                + (["former"] if former else [])
                + (["head-of-government"] if record.holds_both else []),
                affiliation=affiliation,
                role=f"former {record.role}" if former else record.role,
            )
        )
        seen.update(dict.fromkeys(keys, entry))
        placed.append((record, entry))
    return placed


def same_as_placed(record: Holder, placed: list[tuple[Holder, Generated]]) -> Generated | None:
    """The entry of a person the Factbook names under another spelling than a record already
    added for the same country ("Sonexay Siphandon", "Sonexay Siphandone")."""
    if record.dataset != "factbook":
        return None
    return next(
        (
            entry
            for other, entry in placed
            if other.country == record.country and similar_person(other.names(), record.names())
        ),
        None,
    )


def newer_holders(records: list[Holder], dates: dict[str, str]) -> dict[int, Holder]:
    """For a Factbook holder, the holder a newer record names for the same office when that one
    took office after the Factbook's snapshot (keyed by id of the Factbook's row)."""
    found = {}
    for record in records:
        if record.dataset != "factbook" or not record.office.startswith("head-of-"):
            continue
        taken = snapshot_of(record, dates)
        for newer in records:
            if (
                newer.dataset != "factbook"
                and newer.country == record.country
                and record.office in offices_held(newer)
                and newer.since > taken
                and snapshot_of(newer, dates) > taken
                and not similar_person(newer.names(), record.names())
            ):
                found[id(record)] = newer
    return found


def recorded_fact(
    record: Holder, former: bool, dates: dict[str, str], successor: Holder | None = None
) -> str:
    """The basis of an office-holder a record names: current, former, or resting on it."""
    cited = record_citation(record, dates)
    if successor is not None:
        newer = record_citation(successor, dates, with_id=False)
        return (
            f"{record.role} from {record.since} by {cited}; {newer} names {successor.name} "
            f"({successor.wikidata}) in office since {successor.since}"
        )
    if record.current:
        return f"{record.role}: {tenure(record, cited)}"
    if former:
        return (
            f"{record.role} from {record.since} by {cited}; no longer by the editors' recall "
            f"as of {RECALL_AS_OF}"
        )
    return (
        f"{record.role}: in office from {record.since} by {cited}; not checked since, so the "
        "role rests on that stale record"
    )


def also_held(entry: Generated, record: Holder, dates: dict[str, str]) -> None:
    """Add a second office of a person to their entry, or a second record of the same one."""
    if record.office in entry.tags:
        if record.dataset not in entry.sources:
            entry.facts.append(f"also {record_citation(record, dates)}")
            entry.sources.append(record.dataset)
        return
    if record.dataset in entry.sources:
        entry.tags.append(record.office)
        return
    entry.facts.append(
        f"earlier {record.role} from {record.since} by {record_citation(record, dates)}"
    )
    entry.sources.append(record.dataset)


def add_officeholders(
    build: Build, countries: list[Country], organisations: dict[str, str], data: Path
) -> set[str]:
    """Office-holders: the editors' recall joined with the checked records (World Leaders
    Current, EveryPolitician's foreign ministers), then the 2022 Wikidata leaders; returns the
    name keys of everyone added from the first two."""
    by_iso2 = {c.iso2: c for c in countries}
    io_ids = {
        "european-commission": organisations.get("European Commission"),
        "european-council": organisations.get("European Council"),
        "nato": organisations.get("NATO"),
        "united-nations": organisations.get("UN"),
        "african-union": organisations.get("AU"),
    }
    places = (by_iso2, {k: v for k, v in io_ids.items() if v})
    dates = {name: read_notice(data, name).date for name in RECORD_NAMES}
    dates["recall"] = read_notice(data, "officeholders-recall").date
    recalled = read_recall(data)
    records = read_current_leaders(data, countries) + read_foreign_ministers(data, countries)
    records += read_cabinets(data, countries) + read_ifg_current(data, countries)
    factbook, unread = read_factbook(data, countries)
    build.report += unread
    for record in records + factbook:
        record.current = snapshot_of(record, dates) > dates["recall"]
    # The 2022 leaders only corroborate here; add_world_leaders_2022 adds the others below.
    leaders_2022 = read_world_leaders_2022(data, countries)
    build.report += doubt_factbook_dates(factbook, records + leaders_2022, dates)
    records += factbook
    build.report += drop_clashing_ids(records + leaders_2022, build.dropped_ids)
    joined = check_recall(recalled, records + leaders_2022, dates["recall"])
    recalled_ids, confirmed = add_recalled(build, joined, places, dates)
    matched = {id(r) for item in joined for r in item.confirmed_by}
    superseding = {id(item.superseded_by) for item in joined if item.superseded_by}
    recalled_keys = {name_key(n) for h in recalled for n in h.names()}
    # A record's spelling of a recalled person ("Carl XVI Gustaf of Sweden") is that person too,
    # never a second, former one.
    recalled_keys |= {name_key(n) for item in joined for r in item.confirmed_by for n in r.names()}
    unmatched = [
        r
        for r in records
        if id(r) not in matched and (id(r) in superseding or name_key(r.name) not in recalled_keys)
    ]
    # One person heading several states ("Monarch of Australia", of Canada, co-prince of
    # Andorra) is one entry: the Factbook's rows, without an id, are known by the name.
    also: set[tuple[str, str]] = set()
    for record in sorted(records, key=lambda r: r.dataset == "factbook"):
        if id(record) in matched or not record.current:
            continue
        if record.wikidata:
            entry = recalled_ids.get(record.wikidata)
        elif record.dataset == "factbook":
            entry = recalled_ids.get(name_key(record.name))
            entry = entry if entry is not None and entry.country != record.country else None
        else:
            continue
        if entry is not None and (entry.id, record.country) not in also:
            entry.facts.append(f"also {record.role}")
            also.add((entry.id, record.country))
    covered = {(h.country, h.office): True for h in recalled}
    placed = add_recorded(build, unmatched, covered, places, dates)
    names = recalled_keys | {name_key(n) for _, entry in placed for n in entry.names()}
    current_countries = {h.country for h in recalled} | {r.country for r in records if r.current}
    checked = confirmed + [(r, e) for r, e in placed if r.current]
    add_world_leaders_2022(build, countries, names, current_countries, data, checked)
    return names


def drop_clashing_ids(records: list[Holder], dropped: set[str] | None = None) -> list[str]:
    """Forget a Wikidata id that two records give to different people (one of them is wrong, and
    which cannot be told here), adding it to ``dropped``; returns the report's lines."""
    by_id: dict[str, list[Holder]] = defaultdict(list)
    for record in records:
        if record.wikidata:
            by_id[record.wikidata].append(record)
    lines = []
    for qid, holders in sorted(by_id.items()):
        first = holders[0]
        others = [h for h in holders if not same_person(first.names(), h.names())]
        if not others:
            continue
        for holder in holders:
            holder.wikidata = ""
        if dropped is not None:
            dropped.add(qid)
        named = sorted({f"{h.name} ({h.dataset})" for h in holders})
        lines.append(f"dropped Wikidata id {qid}: the records give it to {', '.join(named)}")
    return lines


def read_world_leaders_2022(data: Path, countries: list[Country]) -> list[Holder]:
    """The heads of state and government Wikidata had in office in 2022 (no end year)."""
    names = {n: c for c in countries for n in (c.name, *c.other_names)}
    holders = []
    for row in read_csv(data, "world-leaders/wikidata.csv"):
        found = names.get(row["country"])
        if found is None or row["end_year"]:
            continue
        body = office_body(row["positionLabel"])
        holders.append(
            Holder(
                country=found.iso2,
                office="head-of-government" if body == "pm-office" else "head-of-state",
                role=row["positionLabel"],
                name=row["officeholderLabel"],
                aliases=[],
                dataset="world-leaders",
                body=body,
                wikidata=row["officeholder"],
                since=row["start_year"],
            )
        )
    return holders


def add_world_leaders_2022(
    build: Build,
    countries: list[Country],
    known: set[str],
    current_countries: set[str],
    data: Path,
    checked: list[tuple[Holder, Generated]] = [],  # noqa: B006 (never changed)
) -> None:
    """The 2022 Wikidata leaders no newer record names: former where a newer record covers
    their country, otherwise resting on that stale record. A leader a newer record names under
    another spelling ("Mohammed bin Zayed Al Nahyan", the Factbook's "Muhammad bin Zayid Al
    Nuhayyan") is that record's entry, which gains the spelling."""
    notice = read_notice(data, "world-leaders")
    names = {c.name: c for c in countries} | {n: c for c in countries for n in c.other_names}
    seen: dict[str, Generated] = {}
    for row in sorted(
        read_csv(data, "world-leaders/wikidata.csv"),
        key=lambda r: (r["officeholder"], r["end_year"] != "", r["country"]),
    ):
        found = names.get(row["country"])
        if found is None or name_key(row["officeholderLabel"]) in known:
            continue
        label = row["officeholderLabel"]
        same = next(
            (
                e
                for h, e in checked
                if h.country == found.iso2
                and not row["end_year"]
                and (similar_person([label], h.names()) or same_start(row, h))
            ),
            None,
        )
        if same is not None:
            same.aliases = _unique([*same.aliases, label])
            same.facts.append(
                f"also {row['positionLabel']} by Wikidata (2022) ({row['officeholder']})"
            )
            same.sources.append("world-leaders")
            seen[row["officeholder"]] = same
            continue
        if row["officeholder"] in seen:  # one person, several offices (a monarch of realms)
            ended = f" ({row['start_year']}-{row['end_year']})" if row["end_year"] else ""
            seen[row["officeholder"]].facts.append(
                f"{'earlier' if ended else 'also'} {row['positionLabel']}{ended}"
            )
            continue
        position = row["positionLabel"]
        body = office_body(position)
        ended = bool(row["end_year"]) or found.iso2 in current_countries
        if ended:
            when = (
                f"held office {row['start_year']}-{row['end_year']}"
                if row["end_year"]
                else (
                    f"in office from {row['start_year']} by Wikidata (2022); no longer by a "
                    f"newer record or the editors' recall as of {RECALL_AS_OF}"
                )
            )
            role = f"former {position}"
        else:
            when = (
                f"in office from {row['start_year']} by Wikidata (2022); not checked since, "
                "so the role rests on that stale record"
            )
            role = position
        seen[row["officeholder"]] = build.add(
            Generated(
                id=slug(row["officeholderLabel"]),
                name=row["officeholderLabel"],
                kind="person",
                score=-1,
                facts=[f"{position}: {when} ({row['officeholder']})"],
                reviewed=notice.date,
                sources=["world-leaders"],
                aliases=_unique(transliterations(row["officeholderLabel"])),
                country=found.iso2,
                tags=["officeholder", "former" if ended else "head"],
                affiliation=f"gov-{found.iso2.lower()}-{body}",
                role=role,
            )
        )


def same_start(row: dict[str, str], holder: Holder) -> bool:
    """A 2022 leader who took office the year a current holder of the same country did and
    shares a name with them ("Kokhir Rasulzoda", "Qohir Rasulzoda"; "Khurelsukh Ukhnaa",
    "Ukhnaagiin Khurelsukh"; "Teodoro Obiang", "Obiang Nguema Mbasogo")."""
    if not row["start_year"] or not holder.since.startswith(row["start_year"]):
        return False
    words = {w for w in _name_tokens(row["officeholderLabel"]) if len(w) >= 4}
    return any(w in words for n in holder.names() for w in _name_tokens(n))


# -- former office-holders from the lists of past holders ---------------------------------------


@dataclass
class Term:
    """One ended term of office, as a list of past holders gives it."""

    country: str
    office: str
    role: str
    name: str
    aliases: list[str]
    body: str
    start: str
    end: str
    dataset: str
    snapshot: str
    wikidata: str = ""
    repository: str = ""

    def names(self) -> list[str]:
        """The name and aliases."""
        return [self.name, *self.aliases]


def history_office(title: str, country: Country) -> tuple[str, str] | None:
    """The office and body of a short title in a national list of holders ("Prime Minister",
    "President of Montenegro"), or None for an office the table does not list."""
    base, _, place = title.partition(" of ")
    for candidate, rest in ((title, ""), (base, place)):
        if rest and rest not in (country.name, *country.other_names):
            continue
        if candidate.casefold() == "secretary of state":
            return (
                ("foreign-minister", "mfa")
                if country.iso2 in SECRETARY_OF_STATE_COUNTRIES
                else None
            )
        for pattern, office, body in HISTORY_OFFICES:
            if re.fullmatch(pattern, candidate, re.IGNORECASE):
                return office, body or office_body(candidate)
    return None


def news_forms(label: str) -> tuple[str, list[str]]:
    """The name news uses for a Wikidata label, and the other forms as aliases: without a
    peerage ("John Reid, Baron Reid of Cardowan"), without a suffix after a comma ("Teodoro
    Locsin, Jr."), without a name in brackets ("Jioji (George) Konrote"), a Cyrillic "Surname,
    Given names" put in order, and a Cyrillic name spelled in Latin letters first."""
    name, _, rest = label.partition(", ")
    if rest.startswith(PEERAGE_WORDS):
        forms = [name, label]
    elif rest in NAME_SUFFIXES:
        forms = [label, f"{name} {rest}", name]
    elif rest and _CYRILLIC.search(label) and " " not in name:
        forms = [f"{rest} {name}"]
    else:
        forms = [label]
    bare = re.sub(r" \([^)]*\)", "", forms[0])
    forms += [bare] if bare != forms[0] else []
    forms = [*transliterations(forms[0])[:1], *spellings(forms)]  # news in English: Latin
    return forms[0], [f for f in forms[1:] if f != forms[0]]


def read_past_terms(data: Path, countries: list[Country]) -> tuple[list[Term], dict[str, str]]:
    """Ended terms of heads of state and government and of foreign and defence ministers from
    the three lists of past holders, and the names and ids of everyone those lists show still
    in office, with the latest date a list says so (no one's former office-holder on the word
    of an older list)."""
    by_iso2 = {c.iso2: c for c in countries}
    by_name = {n: c for c in countries for n in (c.name, *c.other_names)}
    terms: list[Term] = []
    serving: dict[str, str] = {}

    def still_serving(keys: Iterable[str], date: str) -> None:
        for key in keys:
            if key:
                serving[key] = max(serving.get(key, ""), date)

    for row in read_csv(data, "officeholders-history/holders.csv"):
        country = by_iso2.get(row["iso2"])
        found = history_office(row["position"], country) if country else None
        if country is None or found is None:
            continue
        name, aliases = news_forms(row["person"])
        if not row["end"]:
            still_serving((row["wikidata"], name_key(name)), row["snapshot"])
            continue
        terms.append(
            Term(
                country.iso2,
                found[0],
                with_country(row["position"], country, country.name),
                name,
                aliases,
                found[1],
                row["start"],
                row["end"],
                "officeholders-history",
                row["snapshot"],
                row["wikidata"],
                row["repository"],
            )
        )
    notice = read_notice(data, "world-leaders-history")
    for row in read_csv(data, "world-leaders-history/ended.csv"):
        country = by_name.get(row["country"])
        if country is None:
            continue
        body = office_body(row["positionLabel"])
        name, aliases = news_forms(row["officeholderLabel"])
        terms.append(
            Term(
                country.iso2,
                "head-of-government" if body == "pm-office" else "head-of-state",
                row["positionLabel"],
                name,
                aliases,
                body,
                row["start_year"],
                row["end_year"],
                "world-leaders-history",
                row["seen"],
                row["officeholder"],
                notice.repo,
            )
        )
    ifg = read_notice(data, "ifg-ministers")
    gb = by_iso2.get("GB")
    for row in read_csv(data, "ifg-ministers/appointments.csv") if gb else []:
        names = row["names"].split("|")
        if not row["end"]:
            still_serving((name_key(n) for n in names), ifg.date)
            continue
        terms.append(
            Term(
                "GB",
                row["office"],
                with_country(row["post"], gb, gb.name),
                names[0],
                names[1:],
                IFG_BODIES[row["office"]],
                row["start"],
                row["end"],
                "ifg-ministers",
                ifg.date,
            )
        )
    return terms, serving


def person_groups(terms: list[Term]) -> list[list[Term]]:
    """The terms of each person: one Wikidata id, or one name in one country (the IfG's rows
    have no id)."""
    groups: list[list[Term]] = []
    index: dict[str, list[Term]] = {}
    for term in sorted(terms, key=lambda t: (t.country, t.start, t.end, t.name, t.dataset)):
        keys = [term.wikidata] if term.wikidata else []
        keys += [f"{term.country}:{name_key(n)}" for n in term.names()]
        group = next((index[k] for k in keys if k in index), None)
        if group is None:
            group = []
            groups.append(group)
        group.append(term)
        index.update(dict.fromkeys(keys, group))
    return groups


def term_fact(term: Term) -> str:
    """One ended term as a basis cites it."""
    where = RECORD_NAMES[term.dataset].format(repository=term.repository)
    qid = f", {term.wikidata}" if term.wikidata else ""
    return f"{term.role} from {term.start} to {term.end} by {where} of {term.snapshot}{qid}"


def add_former_holders(build: Build, countries: list[Country], data: Path) -> None:
    """Former heads of state and government and foreign and defence ministers from the lists of
    past holders: one entry per person whose term ended, unless the table already has them (a
    current holder stays current: a name or id the lists show still in office, or a name of
    an office-holder the table lists for that country, is never made former here, unless a
    newer list shows the term ended)."""
    terms, serving = read_past_terms(data, countries)
    for term in terms:
        if term.wikidata in build.dropped_ids:
            term.wikidata = ""  # another record gives the id to someone else
    known = {name_key(n) for e in build.entries.values() for n in e.names()}
    current: dict[str, list[list[str]]] = defaultdict(list)
    holders: dict[tuple[str, str], Generated] = {}
    for entry in build.entries.values():
        if "officeholder" in entry.tags and entry.country:
            holders.update(((entry.country, name_key(n)), entry) for n in entry.names())
            if "former" not in entry.tags:
                current[entry.country].append(entry.names())
    for group in person_groups(terms):
        names = _unique(n for t in group for n in t.names())
        ids = {t.wikidata for t in group if t.wikidata}
        holder = next(
            (holders[k] for n in names if (k := (group[0].country, name_key(n))) in holders), None
        )
        if holder is not None:  # an office-holder the table has: the terms are facts of theirs
            holder.facts += [f"also {term_fact(t)}" for t in group]
            holder.sources += [t.dataset for t in group]
            continue
        ended = max(t.snapshot for t in group)
        if any(serving.get(k, "") >= ended for k in [*ids, *map(name_key, names)]):
            continue  # a list as new as the ended term shows them still in office
        if any(name_key(n) in known for n in names):
            continue
        country = group[0].country
        if any(same_person(names, other) for other in current[country]):
            continue
        first = min(group, key=lambda t: (OFFICE_RANK.index(t.office), -int(t.end[:4])))
        if len(first.name.split()) < 2 and first.office != "head-of-state":
            continue  # a lone name ("Shashank") would be anyone so called; a monarch's is not
        affiliation = f"gov-{country.lower()}-{first.body}"
        if affiliation not in build.entries:  # an office since abolished (Turkey's premier)
            affiliation = f"gov-{country.lower()}-government"
        build.add(
            Generated(
                id=slug(first.name),
                name=first.name,
                kind="person",
                score=-1,
                facts=[term_fact(t) for t in group],
                reviewed=max(t.snapshot for t in group),
                sources=_unique(t.dataset for t in group),
                aliases=_unique(n for n in names if name_key(n) != name_key(first.name)),
                country=country,
                tags=["officeholder", *_unique(t.office for t in group), "former"],
                affiliation=affiliation,
                role=f"former {first.role}",
            )
        )


def add_congress(build: Build, data: Path) -> None:
    """Members of the US Congress, affiliated with their chamber."""
    notice = read_notice(data, "congress")
    chambers = {"senate": "United States Senate", "house": "United States House of Representatives"}
    aliases = {
        "senate": ["US Senate", "U.S. Senate"],
        "house": ["US House", "House of Representatives", "U.S. House"],
    }
    for chamber, name in chambers.items():
        build.add(
            Generated(
                id=f"us-{chamber}",
                name=name,
                kind="official",
                score=-1,
                facts=["Chamber of the US Congress: a legislature speaks for its parties"],
                reviewed=notice.date,
                sources=["congress"],
                aliases=aliases[chamber],
                country="US",
                tags=["legislature"],
                affiliation="gov-us-government",
            )
        )
    for row in read_csv(data, "congress/legislators.csv"):
        title = "Senator" if row["chamber"] == "senate" else "Representative"
        names = [f"{row['first']} {row['last']}"]
        if row["nickname"]:
            names.append(f"{row['nickname']} {row['last']}")
        build.add(
            Generated(
                id=slug(row["official_full"]),
                name=row["official_full"],
                kind="person",
                score=-1,
                facts=[
                    f"US {title} ({row['party']}, {row['state']}), congress-legislators "
                    f"{row['bioguide']}"
                ],
                reviewed=notice.date,
                sources=["congress"],
                aliases=_unique(n for n in names if n != row["official_full"]),
                country="US",
                tags=["legislator", row["party"].lower()],
                affiliation=f"us-{row['chamber']}",
                role=f"{title} from {row['state']}",
            )
        )


def add_federal_agencies(build: Build, data: Path) -> None:
    """US federal agencies and their offices, with their .gov domains."""
    notice = read_notice(data, "dotgov")
    domains: dict[str, list[str]] = defaultdict(list)
    parent: dict[str, str] = {}
    for row in read_csv(data, "dotgov/federal.csv"):
        name = row["suborganisation"] or row["organisation"]
        if row["suborganisation"] == row["organisation"]:
            name = row["organisation"]
        domains[name].append(row["domain"])
        if name != row["organisation"]:
            parent[name] = row["organisation"]
        domains.setdefault(row["organisation"], [])
    extra: dict[str, list[str]] = defaultdict(list)
    for row in read_csv(data, "editorial/agency-aliases.csv"):
        extra[row["name"]].extend(a for a in row["aliases"].split("|") if a)
    for name in sorted(domains):
        facts = [f"US federal {'office' if name in parent else 'agency'} (CISA .gov registry)"]
        if name in parent:
            facts[0] += f", part of {parent[name]}"
        build.add(
            Generated(
                id=f"us-{slug(name)}",
                name=name,
                kind="official",
                score=-1,
                facts=facts,
                reviewed=notice.date,
                sources=["dotgov"],
                aliases=_unique(
                    (
                        [f"US {name}"]
                        if not name.startswith(("U.S.", "US ", "United States"))
                        else []
                    )
                    + extra[name]
                ),
                domains=sorted(domains[name]),
                country="US",
                tags=["government", "federal-agency"],
                affiliation="gov-us-government",
            )
        )


def add_sanctioned(build: Build, data: Path) -> None:
    """People and media on the US Treasury's Russia-related sanctions programmes."""
    notice = read_notice(data, "ofac-sdn")
    people = {
        name_key(n): e for e in build.entries.values() if e.kind == "person" for n in e.names()
    }
    media = re.compile(
        r"\b(MEDIA|NEWS|TV|TELEVISION|RADIO|BROADCAST\w*|PRESS|AGENCY|JOURNAL|PUBLISH\w*|INFORM\w*)\b"
    )
    for row in read_csv(data, "ofac-sdn/sdn-russia.csv"):
        programmes = row["programmes"].replace(" ", ", ")
        if row["type"] == "individual":
            name = person_name(row["name"])
            aliases = [full_person_name(row["name"]), *(a for a in row["aka"].split("|") if a)]
            kind = "person"
        elif media.search(row["name"]):
            name = row["name"].title() if row["name"].isupper() else row["name"]
            aliases = [a for a in row["aka"].split("|") if a]
            kind = "outlet"
        else:
            continue
        if len(name_key(name)) < 5:
            continue
        known = people.get(name_key(name)) or people.get(name_key(aliases[0] if aliases else ""))
        if kind == "person" and known is not None:
            known.facts.append(f"OFAC SDN ({programmes})")
            known.sources.append("ofac-sdn")
            known.tags.append("sanctioned")
            continue
        build.add(
            Generated(
                id=f"sdn-{slug(name)}",
                name=name,
                kind=kind,
                score=SANCTION_CAP,
                facts=[f"OFAC SDN ({programmes})", f"sanctioned: at most {SANCTION_CAP}"],
                reviewed=notice.date,
                sources=["ofac-sdn"],
                aliases=_unique(a.title() if a.isupper() else a for a in aliases),
                tags=["sanctioned", "ofac-sdn"],
            )
        )


def add_pollsters(build: Build, data: Path) -> None:
    """Pollsters graded by FiveThirtyEight."""
    notice = read_notice(data, "pollsters")
    for row in read_csv(data, "pollsters/pollsters.csv"):
        if not row["grade"] or row["grade"] == "NA":
            continue
        grade = float(row["grade"])
        score = min(POLL_CAP, round(POLL_BASE + POLL_SPAN * grade))
        facts = [f"FiveThirtyEight pollster rating 2024: grade {grade:.1f}/3.0, rank {row['rank']}"]
        if row["inactive"] == "TRUE":
            facts.append("inactive")
        build.add(
            Generated(
                id=f"poll-{slug(row['pollster'])}",
                name=row["pollster"],
                kind="think-tank",
                score=score,
                facts=facts,
                reviewed=notice.date,
                sources=["pollsters"],
                tags=["pollster"],
                country="US",
            )
        )


# -- Telegram channels ------------------------------------------------------------------------

#: Cluster labels of the 2025 study -> score (docs/rubric.md, Telegram channels).
CLUSTER_SCORES = {
    "Military Bloggers": 25,
    "Tsargrad Network": 15,
    "Anti-Systemic Nationalists": 20,
    "White Imperial Nationalists": 20,
    "Radical Conservative-Orthodox Patriots": 20,
}
#: A channel on Ukraine's CCD list of hostile channels (a belligerent's list): at most this.
CCD_CAP = 20
_SYMBOLS = re.compile("[\u2190-\u2bff\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")


def add_telegram(build: Build, data: Path) -> None:
    """Russian Telegram channels from two lists, joined by handle."""
    channels: dict[str, Generated] = {}
    for name, dataset in (("telegram-clusters", "clusters"), ("telegram-ccd", "ccd")):
        notice = read_notice(data, name)
        for row in read_csv(data, f"{name}/channels.csv"):
            label = " ".join(_SYMBOLS.sub(" ", row["name"]).split()).strip(" -|")
            if len(name_key(label)) < 3:
                label = row["handle"].split("/")[-1]
            entry = channels.get(row["handle"])
            if entry is None:
                entry = channels[row["handle"]] = Generated(
                    id=f"tg-{slug(row['handle'].split('/')[-1])}",
                    name=label,
                    kind="channel",
                    score=100,
                    facts=[],
                    reviewed=notice.date,
                    sources=[],
                    aliases=_unique(transliterations(label)),
                    tags=["telegram"],
                )
                entry.handles = [row["handle"]]
            subscribers = f"{int(row['subscribers']):,} subscribers" if row["subscribers"] else ""
            if dataset == "clusters":
                cluster = row["cluster"]
                entry.score = min(entry.score, CLUSTER_SCORES.get(cluster, 20))
                entry.facts.append(
                    f"classed '{cluster}' in a 2025 study of 78 Russian nationalist channels"
                    + (f" ({subscribers})" if subscribers else "")
                )
                entry.tags.append(slug(cluster))
            else:
                entry.score = min(entry.score, CCD_CAP)
                entry.facts.append(
                    "on the list of hostile channels published by Ukraine's Centre for "
                    "Countering Disinformation, a party to the war (2024"
                    + (f", {subscribers})" if subscribers else ")")
                )
                entry.tags.append("ccd-listed")
            entry.sources.append(name)
            entry.reviewed = max(entry.reviewed, notice.date)
    for entry in channels.values():
        entry.facts.append(f"no public rating: at most {entry.score} (docs/rubric.md)")
        build.add(entry)


# -- outlets: WP:RSP, Lin et al., sanctions, EUvsDisinfo ---------------------------------------


def add_outlets(build: Build, data: Path) -> None:
    """Named outlets from WP:RSP, domain-only outlets from Lin et al., capped by sanctions and
    EUvsDisinfo case counts."""
    lin = {
        registrable(r["domain"]): float(r["pc1"]) for r in read_csv(data, "lin2023/domain_pc1.csv")
    }
    sanctioned = {registrable(r["domain"]) for r in read_csv(data, "sdn-websites/websites.csv")}
    cases = {
        r["outlet"]: (int(r["cases"]), r["first"], r["last"])
        for r in read_csv(data, "euvsdisinfo/outlet_cases.csv")
    }
    dates = {
        n: read_notice(data, n).date for n in ("lin2023", "wp-rsp", "sdn-websites", "euvsdisinfo")
    }
    used: set[str] = set()
    for row in read_csv(data, "wp-rsp/sources.csv"):
        domains = [registrable(d) for d in row["domains"].split() if d]
        pc1 = next((lin[d] for d in domains if d in lin), None)
        low, high = RSP_BANDS.get(row["status"], RSP_BANDS["nc"])
        score = placed(low, high, pc1)
        facts = [f"WP:RSP: {RSP_WORDS.get(row['status'], 'listed')}, last discussed {row['last']}"]
        sources = ["wp-rsp"]
        if pc1 is not None:
            facts.append(f"Lin et al. 2023: {pc1:.2f}")
            sources.append("lin2023")
        entry = Generated(
            id=slug(row["name"]),
            name=row["name"],
            kind="outlet",
            score=score,
            facts=facts,
            reviewed=dates["wp-rsp"],
            sources=sources,
            domains=domains,
            tags=["wp-rsp", RSP_WORDS.get(row["status"], "listed").replace(" ", "-")],
        )
        _cap(entry, sanctioned, cases, dates)
        build.add(entry)
        used.update(domains)
    for label, (count, first, last) in sorted(cases.items()):
        domain = registrable(label) if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", label.lower()) else ""
        if domain in used or count < EUVSDISINFO_CAPS[-1][0]:
            continue
        cap = next(c for n, c in EUVSDISINFO_CAPS if count >= n)
        score = cap - 5
        facts = [f"EUvsDisinfo: {count} cases {first}-{last}", f"no other rating: {score}"]
        sources = ["euvsdisinfo"]
        if domain and domain in lin:
            score = min(cap, round(LIN_BASE + LIN_SPAN * lin[domain]))
            facts[1:] = [f"Lin et al. 2023: {lin[domain]:.2f}", f"capped at {cap} by case count"]
            sources.append("lin2023")
        entry = Generated(
            id=slug(label),
            name=label,
            kind="outlet",
            score=score,
            facts=facts,
            reviewed=dates["euvsdisinfo"],
            sources=sources,
            domains=[domain] if domain else [],
            tags=["euvsdisinfo"],
        )
        if domain in sanctioned:
            entry.score = min(entry.score, SANCTION_CAP)
            entry.facts.append("website on OFAC SDN list")
            entry.sources.append("sdn-websites")
        build.add(entry)
        if domain:
            used.add(domain)
    names = _domain_names(data)
    for domain in sorted(set(lin) | sanctioned):
        if domain in used:
            continue
        entry = _domain_only(domain, lin.get(domain), domain in sanctioned, dates)
        if domain in names:
            _name_domain(entry, names[domain], read_notice(data, "editorial").date)
        _cap(entry, set(), cases, dates)
        build.add(entry)


def _domain_names(data: Path) -> dict[str, dict[str, str]]:
    """The names news uses for organisations a rating knows only by their website
    (``editorial/domain-names.csv``), by domain."""
    if not (data / "editorial" / "domain-names.csv").exists():
        return {}
    return {row["domain"]: row for row in read_csv(data, "editorial/domain-names.csv")}


def _name_domain(entry: Generated, row: dict[str, str], named_on: str) -> None:
    """Give a domain-only entry the name, kind and other names of the organisation whose
    website it is ("hrw.org" is Human Rights Watch): its score stays the domain's."""
    entry.name = row["name"]
    entry.kind = row["kind"]
    entry.aliases = [a for a in row["aliases"].split("|") if a]
    entry.facts.append(f"the website of {row['name']}")
    entry.sources.append("editorial")
    entry.tags = [t for t in entry.tags if t != "domain-only"]
    entry.reviewed = max(entry.reviewed, named_on)


def _domain_only(
    domain: str, pc1: float | None, sanctioned: bool, dates: dict[str, str]
) -> Generated:
    facts: list[str] = []
    sources: list[str] = []
    score = SANCTION_CAP
    if pc1 is not None:
        score = min(LIN_CAP, round(LIN_BASE + LIN_SPAN * pc1))
        facts.append(f"Lin et al. 2023: {pc1:.2f}")
        sources.append("lin2023")
    if sanctioned:
        score = min(score, SANCTION_CAP) if pc1 is not None else 10
        facts.append("website on OFAC SDN list")
        sources.append("sdn-websites")
    return Generated(
        id="d-" + slug(domain),
        name=domain,
        kind="outlet",
        score=score,
        facts=facts,
        reviewed=max(dates[s] for s in sources),
        sources=sources,
        domains=[domain],
        tags=["domain-only", *(["sanctioned"] if sanctioned else [])],
    )


def _cap(
    entry: Generated,
    sanctioned: set[str],
    cases: dict[str, tuple[int, str, str]],
    dates: dict[str, str],
) -> None:
    """Apply the sanctions and EUvsDisinfo caps to an outlet."""
    if any(d in sanctioned for d in entry.domains):
        entry.score = min(entry.score, SANCTION_CAP)
        entry.facts.append("website on OFAC SDN list")
        entry.sources.append("sdn-websites")
        entry.tags.append("sanctioned")
    count = max(
        (cases[label][0] for label in (entry.name, *entry.domains) if label in cases), default=0
    )
    for least, cap in EUVSDISINFO_CAPS:
        if count >= least:
            label = next(x for x in (entry.name, *entry.domains) if x in cases)
            _, first, last = cases[label]
            entry.facts.append(f"EUvsDisinfo: {count} cases {first}-{last}")
            entry.score = min(entry.score, cap)
            entry.sources.append("euvsdisinfo")
            entry.reviewed = max(entry.reviewed, dates["euvsdisinfo"])
            break


# -- scores of bodies and people --------------------------------------------------------------


def settle_scores(build: Build, countries: list[Country], data: Path) -> None:
    """Scores that depend on another entry: US bodies, legislatures, and people."""
    us = next(c for c in countries if c.iso2 == "US")
    stale_date = read_notice(data, "world-leaders").date
    for entry in build.entries.values():
        if entry.score != -1 or entry.kind == "person":
            continue
        if entry.id.startswith("us-senate") or entry.id.startswith("us-house"):
            entry.score = us.government_score() - LEGISLATURE_OFFSET
            entry.facts += [*us.index_facts(), f"US government score less {LEGISLATURE_OFFSET}"]
        else:
            entry.score = us.government_score()
            entry.facts += [*us.index_facts(), "scored as the US government"]
    for entry in build.entries.values():
        if entry.kind != "person" or entry.score != -1:
            continue
        body = build.entries.get(entry.affiliation or "")
        if body is None:
            entry.score = 50
            entry.facts.append("affiliation not in the table: 50")
            continue
        score = body.score - PERSON_OFFSET
        how = f"speaks for {body.name} ({body.score}) less {PERSON_OFFSET}"
        if "former" in entry.tags:
            score = round((score + FORMER_ANCHOR) / 2)
            how += f", then halfway to {FORMER_ANCHOR} as a former office-holder"
        entry.score = max(0, min(score, body.score))
        entry.facts.append(how)
        if "sanctioned" in entry.tags and entry.score > SANCTION_CAP:
            entry.score = SANCTION_CAP
            entry.facts.append(f"sanctioned: at most {SANCTION_CAP}")
        entry.reviewed = entry.reviewed or stale_date


# -- merging with the hand-written layer ------------------------------------------------------


def hand_written_keys(path: Path) -> tuple[dict[str, str], dict[str, dict[str, object]]]:
    """Name keys and domains of the hand-written table -> the id that claims them."""
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    claims: dict[str, str] = {}
    entries = {}
    for item in table.get("source", []):
        entries[item["id"]] = item
        claims.setdefault(f"id:{item['id']}", item["id"])
        for name in (item["name"], *item.get("aliases", [])):
            claims.setdefault(f"name:{name_key(name)}", item["id"])
        for domain in item.get("domains", []):
            claims.setdefault(f"domain:{registrable(domain)}", item["id"])
        for handle in item.get("handles", []):
            claims.setdefault(f"handle:{handle.lower()}", item["id"])
    return claims, entries


def merge_with_hand_written(build: Build, hand_written: Path) -> None:
    """Leave out generated entries the hand-written table already has, and say which."""
    claims, entries = hand_written_keys(hand_written)
    redirect: dict[str, str] = {}
    for entry in sorted(build.entries.values(), key=lambda e: e.id):
        keys = [f"id:{entry.id}"] + [f"name:{name_key(n)}" for n in entry.names()]
        keys += [f"domain:{d}" for d in entry.domains]
        keys += [f"handle:{h.lower()}" for h in entry.handles]
        owner = next((claims[k] for k in keys if k in claims), None)
        if owner is None:
            continue
        hand = entries[owner]
        clash = next(k for k in keys if k in claims)
        build.report.append(
            f"kept hand-written {owner} ({hand['score']}) over generated {entry.id} "
            f"({entry.score}; {entry.basis}) -- both claim {clash}"
        )
        redirect[entry.id] = owner
        del build.entries[entry.id]
    for entry in build.entries.values():
        if entry.affiliation in redirect:
            entry.affiliation = redirect[entry.affiliation]


def drop_shared_aliases(build: Build) -> None:
    """An alias two generated entries share names neither: drop it from both, and report it.
    Where a primary name is shared, the entry listed later is left out."""
    owners: dict[str, list[str]] = defaultdict(list)
    for entry in sorted(build.entries.values(), key=lambda e: e.id):
        for name in _unique(entry.names()):
            owners[name_key(name)].append(entry.id)
    for key, ids in sorted(owners.items()):
        if len(set(ids)) < 2:
            continue
        ids = [i for i in dict.fromkeys(ids) if i in build.entries]
        primary = [i for i in ids if name_key(build.entries[i].name) == key]
        keep = primary[0] if primary else None
        for entry_id in ids:
            entry = build.entries.get(entry_id)
            if entry is None or entry_id == keep:
                continue
            if name_key(entry.name) == key:
                build.report.append(f"left out {entry_id}: its name {entry.name!r} is {keep}'s")
                del build.entries[entry_id]
            else:
                entry.aliases = [a for a in entry.aliases if name_key(a) != key]
                build.report.append(f"dropped alias {key!r} of {entry_id}: shared with {ids}")


def drop_dangling(build: Build, hand_written_ids: set[str]) -> None:
    """A person whose affiliation is in neither layer loses it (and says so)."""
    for entry in build.entries.values():
        if (
            entry.affiliation
            and entry.affiliation not in build.entries
            and entry.affiliation not in hand_written_ids
        ):
            build.report.append(f"{entry.id}: affiliation {entry.affiliation!r} not in the table")
            entry.affiliation = None


# -- writing ----------------------------------------------------------------------------------

HEADER = """\
# srccheck's generated reliability table: DO NOT EDIT BY HAND.
# Built by tools/build_table.py from the datasets in data/ (see data/README.md for each one's
# repository, commit and licence); the rubric is docs/rubric.md. The hand-written table,
# sources.toml, is a layer on top of this one: to change an entry, write it there.
schema_version = 1
"""


def toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def toml_list(values: Iterable[str]) -> str:
    """A one-line TOML array of strings."""
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def render(entries: Iterable[Generated]) -> str:
    """The generated table as TOML text."""
    parts = [HEADER]
    for entry in entries:
        lines = [
            "",
            "[[source]]",
            f"id = {toml_string(entry.id)}",
            f"name = {toml_string(entry.name)}",
            f"kind = {toml_string(entry.kind)}",
            f"score = {entry.score}",
            f"basis = {toml_string(entry.basis)}",
            f"reviewed = {entry.reviewed}",
            f"sources = {toml_list(entry.sources)}",
        ]
        optional: list[tuple[str, str | list[str] | None]] = [
            ("aliases", entry.aliases),
            ("domains", entry.domains),
            ("handles", entry.handles),
            ("country", entry.country),
            ("tags", entry.tags),
            ("affiliation", entry.affiliation),
            ("role", entry.role),
            ("notes", entry.notes),
        ]
        for key, value in optional:
            if isinstance(value, list) and value:
                lines.append(f"{key} = {toml_list(value)}")
            elif isinstance(value, str):
                lines.append(f"{key} = {toml_string(value)}")
        parts.append("\n".join(lines) + "\n")
    return "".join(parts)


def build(root: Path) -> tuple[str, str]:
    """The generated table and the build report, from ``root``'s data/ and sources.toml."""
    data = root / "data"
    result = Build()
    countries = read_countries(data)
    add_government_bodies(result, countries, data)
    organisations = add_organisations(result, data)
    add_officeholders(result, countries, organisations, data)
    add_congress(result, data)
    add_federal_agencies(result, data)
    add_pollsters(result, data)
    add_telegram(result, data)
    add_outlets(result, data)
    add_sanctioned(result, data)
    add_former_holders(result, countries, data)
    settle_scores(result, countries, data)
    for entry in result.entries.values():
        entry.sources = list(dict.fromkeys(entry.sources))
        entry.tags = list(dict.fromkeys(entry.tags))
    hand_written = root / "sources.toml"
    merge_with_hand_written(result, hand_written)
    drop_shared_aliases(result)
    _, hand_entries = hand_written_keys(hand_written)
    drop_dangling(result, set(hand_entries))
    entries = sorted(result.entries.values(), key=lambda e: e.id)
    report = [
        "# Build report of tools/build_table.py (generated; do not edit)",
        f"# {len(entries)} generated entries; {len(result.report)} notes",
        *sorted(result.report),
    ]
    return render(entries), "\n".join(report) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, verify) the generated table and its report."""
    parser = argparse.ArgumentParser(description="Build srccheck's generated reliability table.")
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the outputs are stale")
    args = parser.parse_args(argv)
    table, report = build(args.root)
    index = compile_index(table, args.root)
    outputs: dict[Path, str | bytes] = {
        args.root / GENERATED: table,
        args.root / INDEX: index,
        args.root / REPORT: report,
    }
    if args.check:
        stale = [
            str(p)
            for p, text in outputs.items()
            if not p.is_file() or p.read_bytes() != _bytes(text)
        ]
        for path in stale:
            print(f"{path}: out of date; run tools/build_table.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_bytes(_bytes(text))
    print(f"wrote {GENERATED} ({table.count('[[source]]')} entries) and {REPORT}")
    return 0


def _bytes(text: str | bytes) -> bytes:
    return text.encode("utf-8") if isinstance(text, str) else text


def compile_index(table: str, root: Path) -> bytes:
    """Validate the generated table as srccheck reads it, with the hand-written layer on top,
    and compile its look-up index (see srccheck/table/bulk.py)."""
    from srccheck.table import check_affiliations, merge_layers, read_layer
    from srccheck.table.bulk import build_index
    from srccheck.table.schema import parse_table

    data = table.encode("utf-8")
    parsed = parse_table(data, "<default:generated>")
    hand = read_layer(root / "sources.toml")
    problems = parsed.problems + hand.problems
    problems += check_affiliations(merge_layers([parsed, hand]))
    if problems:
        raise SystemExit("\n".join(str(p) for p in problems[:20]))
    return build_index(parsed.entries, data, describe_datasets(root / "data"))


def describe_datasets(data: Path) -> dict[str, str]:
    """One line per dataset for ``srccheck sources show``: repository, commit, date, licence."""
    described = {}
    for notice in sorted(data.glob("*/NOTICE")):
        fields = dict(
            line.split(": ", 1)
            for line in notice.read_text(encoding="utf-8").splitlines()
            if ": " in line
        )
        licence = fields.get("Licence and use", "").split(". ")[0]
        described[notice.parent.name] = (
            f"{fields.get('Source repository', '')} @ {fields.get('Commit', '')[:8]} "
            f"({fields.get('Snapshot date', '')}); {licence}"
        )
    return described


if __name__ == "__main__":
    raise SystemExit(main())
