"""A generator of small, varied news articles for the archive tests, from our own sentences.

Each article mixes named people with roles, rated outlets, relayed claims, anonymous and
vague attributions and quotations, so the rows have every column filled somewhere. The
same seed gives the same articles.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = [
    ("Marta Kowalczyk", "a spokesperson for the regional council"),
    ("Ivan Dorosh", "the mayor of Riverton"),
    ("Helen Achterberg", "a hydrologist at the Delta Water Institute"),
    ("Tomas Vrba", "a farmer from the valley"),
    ("Sofia Lindqvist", "the head of the emergency service"),
]
OUTLETS = ["Reuters", "Associated Press", "BBC News", "TASS", "RIA Novosti", "Meduza"]
CLAIMS = [
    "the dam upstream had been damaged overnight",
    "the evacuation of the lower districts would take three days",
    "the power station was back on the grid by noon",
    "two bridges over the river were closed to traffic",
    "the shelling had stopped before dawn",
    "food deliveries would resume on Monday",
]
QUOTES = [
    "We will rebuild every house that was lost",
    "Nobody warned us that the water was coming",
    "The repairs are going faster than we hoped",
    "We need more pumps and we need them now",
]
VAGUE = [
    "Officials said {claim}.",
    "Sources said {claim}.",
    "Russian media reported that {claim}.",
    "Local residents said {claim}.",
    "Z-channels claimed that {claim}.",
]
RELAYED = "{outlet}, citing a source, reported that {claim}."
OUTLET_SAYS = "According to {outlet}, {claim}."
PERSON_SAYS = '"{quote}," said {name}, {role}.'
PERSON_CLAIMS = "{surname} said {claim}."
HEDGED = "{outlet} claimed that {claim}, which could not be verified."

DESKS = ["north", "south", "wire"]
MONTHS = ["2024-01", "2024-02", "2024-03", "2024-04"]


def article_text(rng: random.Random) -> str:
    """One article of three to six paragraphs."""
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        name, role = rng.choice(PEOPLE)
        fields = {
            "claim": rng.choice(CLAIMS),
            "quote": rng.choice(QUOTES),
            "outlet": rng.choice(OUTLETS),
            "name": name,
            "surname": name.split()[-1],
            "role": role,
        }
        template = rng.choice(
            [*VAGUE, RELAYED, OUTLET_SAYS, PERSON_SAYS, PERSON_CLAIMS, HEDGED, PERSON_SAYS]
        )
        paragraphs.append(template.format(**fields))
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(root: Path, count: int, seed: int = 13) -> list[Path]:
    """``count`` articles under ``root/DESK/YYYY/MM/``, Markdown ones with front matter."""
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        desk = DESKS[number % len(DESKS)]
        year, month = MONTHS[rng.randrange(len(MONTHS))].split("-")
        folder = root / desk / year / month
        folder.mkdir(parents=True, exist_ok=True)
        text = article_text(rng)
        if number % 4 == 0:
            path = folder / f"story-{number:04d}.md"
            text = f"---\noutlet: The {desk.title()} Courier\ndate: {year}-{month}-1{number % 9}\n---\n{text}"
        else:
            path = folder / f"story-{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_records(path: Path, count: int, seed: int = 7) -> None:
    """A JSON Lines file of ``count`` articles with id, outlet and date fields."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            month = MONTHS[number % len(MONTHS)]
            record = {
                "id": f"rec-{number}",
                "text": article_text(rng),
                "outlet": rng.choice(["Harbour Gazette", "Valley Post"]),
                "date": f"{month}-0{1 + number % 9}",
            }
            handle.write(json.dumps(record) + "\n")
