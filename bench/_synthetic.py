"""Seeded synthetic reliability tables in srccheck's ``sources.toml`` schema, for the speed bench.

Names are plausible and unique by name key (so the table raises no alias-overlap warnings):
people ("Olena M. Kovalenko"), outlets ("The Lyon Herald", some with domains), think tanks
("Institute for Maritime Studies"), Telegram channels with handles, and official bodies.
The generator also returns, for every entry, the spellings the bench uses as queries.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Olena Oleksandr Andriy Iryna Mykola Taras Yulia Dmytro Kateryna Serhiy Natalia Ivan Olga "
    "Pavel Anna Maria Elena Sergei Viktor Tatiana Rose James Emily Thomas Sarah Daniel Laura "
    "Michael Claire Peter Hannah David Julia Martin Sophie Lukas Eva Jonas Lena Marek Zofia "
    "Tomasz Agnieszka Jan Petra Karel Ingrid Lars Astrid Nils Freya Pierre Camille Louis Chloé "
    "José Inés Raúl Lucía André Zoë Renée Noémi Ágnes Dávid Jiří Tomáš Radek Šárka Ondřej "
    "Ahmed Leila Omar Yasmin Kenji Aiko Wei Mei Arjun Priya Kwame Amara Tunde Nia Mateo Valentina"
)
SURNAMES = _words(
    "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Marchenko Savchenko "
    "Rudenko Lysenko Petrenko Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Morozov Volkov "
    "Wagner Fischer Weber Becker Hoffmann Schäfer Koch Richter Klein Wolf Neumann Schwarz "
    "Smith Johnson Brown Taylor Wilson Davies Evans Thomas Roberts Walker Wright Thompson "
    "Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dvořák Novák "
    "Svoboda Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek "
    "Dubois Lefèvre Moreau Laurent Girard Bonnet Dupont Lambert Fontaine Rousseau García "
    "Martínez López González Pérez Sánchez Ramírez Núñez Muñoz Álvarez Jiménez Romero Rossi "
    "Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsen Hansen Jensen Nielsen "
    "Haddad Nasser Khalil Mansour Tanaka Suzuki Watanabe Nakamura Chen Wang Zhang Liu "
    "Sharma Patel Gupta Mensah Okafor Adeyemi Okonkwo Mwangi Kariuki Silva Santos Oliveira"
)
ROOTS = _words(
    "Lyon Hartle Kings Ash Brent Wex Marl Stan Elder Thorn Red Black White Green Oak Elm Stone "
    "Brook Fair Glen Hollow Iver Kel Lang Mid North South East West Mill Penn Rother Salt "
    "Silver Cold Wolver Bram Chester Dun Fal Gran Har Lud Nor Pem Quen Ros Tam Ul Var Wyn "
    "Yar Zel Aber Bal Carn Dol Ely Fen Gos Holm Ink Jar Kirk Lis Mor Nant Ock Pol Rav"
)
PLACE_ENDINGS = (
    "", "ford", "burg", "ville", "mouth", "ton", "field", "port", "bridge", "wick", "stead",
    "haven", "dale", "ham", "gate", "ridge", "more", "ley", "by", "worth",
)  # fmt: skip
OUTLET_NOUNS = _words(
    "Herald Courier Gazette Tribune Post Times Observer Chronicle Express Ledger Sentinel "
    "Dispatch Review Journal Monitor Bulletin Standard Record Telegraph Mercury Examiner News "
    "Star Register Advertiser Inquirer Beacon Clarion Pioneer Argus"
)
OUTLET_PREFIXES = ("", "", "", "Daily ", "Evening ", "Sunday ", "Weekly ", "Morning ")
TOPICS = _words(
    "Maritime Strategic Security Energy Eurasian Baltic Arctic Democratic Economic Defence "
    "Regional Atlantic Border Media Migration Nuclear Cyber Climate Agrarian Civic Legal "
    "Industrial Transition Peace Conflict Governance Trade Space Water Urban"
)
TANK_FORMS = (
    "Institute for {t} Studies",
    "Centre for {t} Policy",
    "{p} Institute for {t} Affairs",
    "{p} Centre for {t} Research",
    "{t} Policy Forum of {p}",
    "{p} {t} Observatory",
    "Foundation for {t} Analysis {p}",
)
CHANNEL_WORDS = _words(
    "Front Line Grey Zone Watch Notes Insider Radar Pulse Signal Trench Report Bulletin Echo "
    "Sentinel Dispatch Files Monitor Frontier Vector Compass Ember Storm Steppe Harbour"
)
OFFICIAL_FORMS = (
    "Ministry of {t} Affairs of {p}",
    "{p} Regional Administration",
    "{p} City Council",
    "{p} Office of the {t} Ombudsman",
    "{p} {t} Inspectorate",
    "Governor of {p}",
)


@dataclass(frozen=True, slots=True)
class SyntheticEntry:
    """One generated row: what the TOML says, and the spellings a reader might use."""

    id: str
    name: str
    kind: str
    score: int
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    handles: tuple[str, ...]


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _plain(text).lower()).strip("-")


def _key(text: str) -> str:
    # A cheap stand-in for srccheck's name_key (accents, case, punctuation), used only to keep
    # the generated names unique.
    key = " ".join(re.sub(r"[^\w]+", " ", _plain(text).casefold()).split())
    return key.removeprefix("the ")


class _Generator:
    def __init__(self, seed: int, reserved: Iterable[str]) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = {_key(name) for name in reserved}
        self.places = [r + e for r in ROOTS for e in PLACE_ENDINGS]

    def claim(self, *names: str) -> bool:
        """Take these names if neither they nor their word-sorted forms are taken yet."""
        # Word order counts as the same name: fuzzy matching sorts tokens, so "Institute for
        # Civic and Baltic Studies" next to "... Baltic and Civic ..." would be two right answers.
        plain = {_key(n) for n in names}
        keys = plain | {" ".join(sorted(k.split())) for k in plain}
        if len(plain) != len(names) or keys & self.used:
            return False
        self.used |= keys
        return True

    def person(self) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        r = self.rng
        first, surname = r.choice(FIRST), r.choice(SURNAMES)
        initial = r.choice("ABCDEFGHIJKLMNOPRSTVWZ")
        if r.random() < 0.3:
            # A second surname keeps the space of full names large enough for 100k unique rows.
            surname = f"{surname}-{r.choice(SURNAMES)}"
        return f"{first} {initial}. {surname}", (), (), ()

    def outlet(self) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        r = self.rng
        place = r.choice(self.places)
        noun = r.choice(OUTLET_NOUNS)
        prefix = r.choice(OUTLET_PREFIXES)
        core = f"{place} {prefix}{noun}"
        name = f"The {core}" if r.random() < 0.6 else core
        domains = (f"{_slug(core).replace('-', '')}.com",) if r.random() < 0.5 else ()
        return name, (), domains, ()

    def think_tank(self) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        r = self.rng
        form = r.choice(TANK_FORMS)
        name = form.format(t=r.choice(TOPICS), p=r.choice(self.places))
        if "{p}" not in form:
            # "Institute for Maritime Studies" alone has few variants: qualify it by a second topic.
            name = form.format(t=f"{r.choice(TOPICS)} and {r.choice(TOPICS)}", p="")
        words = [w for w in name.split() if w[0].isupper()]
        acronym = "".join(w[0] for w in words)
        aliases = (acronym,) if r.random() < 0.3 and len(acronym) >= 4 else ()
        domains = (f"{acronym.lower()}{r.randint(1, 99)}.org",) if r.random() < 0.5 else ()
        return name.strip(), aliases, domains, ()

    def channel(self) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        r = self.rng
        words = r.sample(CHANNEL_WORDS, 2)
        name = f"{r.choice(self.places)} {words[0]} {words[1]}"
        handle = _slug(name).replace("-", "_")
        handles = (f"t.me/{handle}", f"@{handle}")
        return name, (), (), handles

    def official(self) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        r = self.rng
        name = r.choice(OFFICIAL_FORMS).format(t=r.choice(TOPICS), p=r.choice(self.places))
        return name, (), (), ()


_KINDS = (
    ("person", 0.40),
    ("outlet", 0.25),
    ("channel", 0.15),
    ("think-tank", 0.10),
    ("official", 0.10),
)


def generate(size: int, seed: int = 5, reserved: Iterable[str] = ()) -> list[SyntheticEntry]:
    """``size`` entries, the same ones for the same seed, unique by name key and unlike every
    name in ``reserved`` (pass the default table's names and aliases)."""
    gen = _Generator(seed, reserved)
    makers = {
        "person": gen.person,
        "outlet": gen.outlet,
        "channel": gen.channel,
        "think-tank": gen.think_tank,
        "official": gen.official,
    }
    kinds = [k for k, _ in _KINDS]
    weights = [w for _, w in _KINDS]
    entries: list[SyntheticEntry] = []
    while len(entries) < size:
        kind = gen.rng.choices(kinds, weights)[0]
        name, aliases, domains, handles = makers[kind]()
        if kind == "person" and gen.rng.random() < 0.5:
            first, *_, surname = name.split()
            aliases = (f"{first} {surname}",)
        if not gen.claim(name, *aliases):
            continue
        number = len(entries)
        entries.append(
            SyntheticEntry(
                id=f"{_slug(name)[:40]}-{number}",
                name=name,
                kind=kind,
                score=gen.rng.randint(5, 95),
                aliases=aliases,
                domains=domains,
                handles=handles,
            )
        )
    return entries


def _toml_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_toml_string(v) for v in values) + "]"


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_toml(entries: list[SyntheticEntry]) -> str:
    """The entries as a ``sources.toml`` layer that extends the default table."""
    lines = [
        "# Synthetic table for bench/speed.py: generated, not real sources.",
        "schema_version = 1",
        "",
    ]
    for entry in entries:
        lines += [
            "[[source]]",
            f'id = "{entry.id}"',
            f"name = {_toml_string(entry.name)}",
            f'kind = "{entry.kind}"',
            f"score = {entry.score}",
            'basis = "Synthetic entry generated for the speed benchmark."',
            "reviewed = 2026-11-25",
        ]
        if entry.aliases:
            lines.append(f"aliases = {_toml_list(entry.aliases)}")
        if entry.domains:
            lines.append(f"domains = {_toml_list(entry.domains)}")
        if entry.handles:
            lines.append(f"handles = {_toml_list(entry.handles)}")
        lines.append("")
    return "\n".join(lines)


def exact_queries(entries: list[SyntheticEntry], count: int, seed: int = 7) -> list[str]:
    """Spellings of names in the table that must resolve exactly: as written, upper and
    lower case, without accents, possessive, aliases, handles and links."""
    rng = random.Random(seed)
    queries: list[str] = []
    for entry in rng.sample(entries, min(count, len(entries))):
        form = rng.randrange(6)
        if form == 0:
            queries.append(entry.name)
        elif form == 1:
            queries.append(entry.name.upper())
        elif form == 2:
            queries.append(_plain(entry.name).lower())
        elif form == 3:
            queries.append(f"{entry.name}'s")
        elif entry.handles:
            queries.append(entry.handles[rng.randrange(len(entry.handles))])
        elif entry.domains and form == 4:
            queries.append(f"https://www.{entry.domains[0]}/politics/2026/story")
        elif entry.aliases:
            queries.append(entry.aliases[0])
        else:
            queries.append(_plain(entry.name))
    return queries


def perturbed_queries(
    entries: list[SyntheticEntry], count: int, seed: int = 11
) -> list[tuple[str, str]]:
    """(query, intended id): a table name with one typo (swap, drop or double a letter)
    after its first three letters, so its fuzzy block stays the same."""
    rng = random.Random(seed)
    found: list[tuple[str, str]] = []
    for entry in rng.sample(entries, min(count, len(entries))):
        words = entry.name.split()
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        if len(word) < 6:
            found.append((entry.name.lower(), entry.id))  # no room for a typo: a case variant
            continue
        at = rng.randrange(3, len(word) - 1)
        edit = rng.randrange(3)
        if edit == 0:
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        elif edit == 1:
            word = word[:at] + word[at + 1 :]
        else:
            word = word[:at] + word[at] + word[at:]
        words[longest] = word
        found.append((" ".join(words), entry.id))
    return found


#: Names of the same shapes that the generator never makes (other surnames, other places).
ABSENT = (
    "Margaret E. Holloway",
    "Bartholomew Quince",
    "Ingeborg Sæterdal",
    "The Denver Post",
    "Kansas City Star",
    "The Zanzibar Clarion",
    "Institute for Lunar Studies",
    "Centre for Glacial Policy",
    "Ministry of Fisheries of Atlantis",
    "Quixotic Owl Telegraph",
    "Senate Judiciary Committee",
    "Hillary Clinton",
    "Donald Trump",
    "Republican National Committee",
    "Bernie Sanders",
    "Federal Bureau of Investigation",
    "Marco Rubio",
    "Huffington Post",
    "Ted Cruz",
    "Planned Parenthood",
)
