"""The office-holders the table promises: heads of state and government, foreign and defence
ministers and chief spokespeople of the G20, the EU and NATO members, Russia, Ukraine, Belarus,
Iran, Israel and China. Every office has a holder in the builder's inputs, or data/README.md says
why not; every government has a chief spokesperson, or data/README.md says why none is listed."""

from __future__ import annotations

import csv
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"

#: The governments the table promises, by group (ISO alpha-2 codes).
GROUPS = {
    "G20": "AR AU BR CA CN DE FR GB ID IN IT JP KR MX RU SA TR US ZA",
    "EU": "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK",
    "NATO": "AL BE BG CA CZ DE DK EE ES FI FR GB GR HR HU IS IT LT LU LV ME MK NL NO PL PT RO "
    "SE SI SK TR US",
    "others": "BY CN IL IR RU UA",
}
REQUIRED = sorted({code for codes in GROUPS.values() for code in codes.split()})
BODIES = ["EU", "NATO", "UN"]
OFFICES = ("head-of-state", "head-of-government", "foreign-minister", "defence-minister")
#: Offices with no current holder in the inputs, each explained in data/README.md: Albania's
#: and Cyprus's ministers rest on the 2022 cabinets only.
EXPLAINED = {
    ("AL", "foreign-minister"),
    ("AL", "defence-minister"),
    ("CY", "defence-minister"),
}


#: The short titles of heads of state and government in the national lists of past holders.
HEAD_TITLES = (
    r"(President|Prime Minister)( of [A-Z]\w+)?|Federal Chancellor|Taoiseach|King|monarch"
    r"|Premier of the State Council"
)


def rows(relative: str) -> list[dict[str, str]]:
    with (DATA / relative).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def held_offices() -> set[tuple[str, str]]:
    """(country, office) pairs a recalled row or a newer record of heads names."""
    held = {(r["country"], r["office"]) for r in rows("officeholders-recall/officeholders.csv")}
    for row in rows("leaders-current/leaders.csv"):
        held.add((row["iso"], row["office"]))
        if row["holds_both"] == "yes":  # a president who heads the government too
            held |= {(row["iso"], "head-of-state"), (row["iso"], "head-of-government")}
    for row in rows("factbook/heads.csv"):
        if row["status"] == "holder":
            held.add((row["iso2"], row["office"]))
    return held


def readme_gap_bullets() -> str:
    """The bullets of data/README.md that say why a government has no spokesperson listed."""
    text = (DATA / "README.md").read_text(encoding="utf-8")
    section = text.split("### Chief spokespeople, country by country", 1)[1]
    section = section.split("Other offices still without an entry", 1)[0]
    return section[section.index("\n- **") :]  # the bullets, not the list of those covered


def country_names() -> dict[str, list[str]]:
    names = {}
    for row in rows("countries/un-members.csv"):
        others = [n for n in row["other_names"].split("|") if n and n.isascii() and len(n) > 3]
        names[row["iso2"]] = [row["name"], *others]
    return names


def named_in(text: str, names: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)


def test_every_required_office_has_a_holder_or_a_stated_reason() -> None:
    held = held_offices()
    missing = {(c, o) for c in REQUIRED for o in OFFICES if (c, o) not in held}
    assert missing == EXPLAINED


def test_every_government_has_a_spokesperson_or_the_readme_says_why_not() -> None:
    recalled = rows("officeholders-recall/officeholders.csv")
    with_spokesperson = {r["country"] for r in recalled if r["office"] == "spokesperson"}
    assert set(BODIES) <= with_spokesperson
    bullets, names = readme_gap_bullets(), country_names()
    for country in REQUIRED:
        explained = named_in(bullets, names[country])
        # Listed, or explained, never both: the README must not lag behind the data.
        assert (country in with_spokesperson) != explained, country


def test_a_government_with_no_defence_ministry_names_who_answers_for_defence() -> None:
    defence = {
        r["country"]: r
        for r in rows("officeholders-recall/officeholders.csv")
        if r["office"] == "defence-minister"
    }
    assert defence["IS"]["body"] == "mfa" and "no defence ministry" in defence["IS"]["role"]
    assert defence["MT"]["body"] == "interior" and "Armed Forces" in defence["MT"]["role"]


def test_every_required_government_has_former_heads_from_a_list_of_past_holders() -> None:
    """News quotes former heads: each required government has past heads of state or
    government with ended terms in the inputs (since 2000, or 2021-22 where no national list
    exists, which data/README.md names)."""
    ended = {
        r["iso2"]
        for r in rows("officeholders-history/holders.csv")
        if r["end"] and re.fullmatch(HEAD_TITLES, r["position"])
    }
    names = {n: c for c, ns in country_names().items() for n in ns}
    recent = {
        names[r["country"]]
        for r in rows("world-leaders-history/ended.csv")
        if r["country"] in names
    }
    since_2000_missing = [c for c in REQUIRED if c not in ended]
    assert since_2000_missing == ["DE"]  # no German national list exists; see data/README.md
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert "DE" in recent and re.search(r"Germany has\s+no cabinet\s+scraper", readme)
