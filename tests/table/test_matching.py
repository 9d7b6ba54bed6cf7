"""Matching tiers and their traps."""

from __future__ import annotations

import pytest

from srccheck.table import default_table, load_table, matching

from .conftest import entry


@pytest.fixture
def table(write, tmp_path):  # type: ignore[no-untyped-def]
    body = (
        entry("rybar", "Rybar", kind="channel", aliases='["Рыбарь"]', handles='["t.me/rybar"]')
        + entry(
            "isw",
            "Institute for the Study of War",
            kind="think-tank",
            aliases='["ISW"]',
            domains='["understandingwar.org"]',
            handles='["x.com/TheStudyofWar"]',
        )
        + entry("stanovaya", "Tatiana Stanovaya", kind="person", affiliation='"carnegie"')
        + entry("carnegie", "Carnegie Russia Eurasia Center", kind="think-tank")
        + entry("putin", "Vladimir Putin", kind="official")
        + entry("solovyov", "Vladimir Solovyov", kind="person")
        + entry("rt", "RT", aliases='["Russia Today"]')
        + entry("ria", "RIA Novosti", aliases='["RIA"]')
        + entry("bbc", "BBC News", domains='["bbc.co.uk"]')
    )
    path = write("t.toml", body)
    return load_table([path], use_default=False)


@pytest.mark.parametrize(
    ("query", "entry_id", "method"),
    [
        ("Rybar", "rybar", "alias"),
        ("RYBAR", "rybar", "alias"),
        ("Рыбарь", "rybar", "alias"),
        ("the Rybar channel", "rybar", "alias"),
        ("Rybar Telegram channel", "rybar", "alias"),
        ("ISW", "isw", "alias"),
        ("ISW's", "isw", "alias"),
        ("t.me/rybar", "rybar", "handle"),
        ("https://t.me/rybar/12345", "rybar", "handle"),
        ("https://t.me/s/rybar", "rybar", "handle"),
        ("@TheStudyofWar", "isw", "handle"),
        ("https://twitter.com/TheStudyofWar/status/1", "isw", "handle"),
        ("https://www.understandingwar.org/backgrounder/x", "isw", "domain"),
        ("understandingwar.org", "isw", "domain"),
        ("http://news.bbc.co.uk/2/hi/europe", "bbc", "domain"),
        ("Tatyana Stanovaya", "stanovaya", "fuzzy"),
        ("Institute for Study of War", "isw", "fuzzy"),
    ],
)
def test_tiers(table, query, entry_id, method):
    match = table.resolve(query)
    assert match is not None and match.entry.id == entry_id and match.method == method
    assert 0 < match.similarity <= 100


@pytest.mark.parametrize(
    "query",
    [
        "Rostov Gazette Weekly",
        "Putin",  # a subset of "Vladimir Putin" is not a fuzzy match
        "Center",  # nor a subset of an organisation's name
        "Vladimir Smirnov",  # first name alone does not make the same person
        "RTI",  # short names match exactly or not at all
        "rt",  # nor as an ordinary lower-case word
        "https://example.org/news",
        "",
    ],
)
def test_no_match(table, query):
    assert table.resolve(query) is None


def test_acronyms_do_not_fuzz_into_each_other(table):
    assert table.resolve("RT").entry.id == "rt"
    assert table.resolve("RIA").entry.id == "ria"


def test_lookup_lists_candidates_with_method_and_similarity(table):
    [best, *_] = table.lookup("Tatyana Stanovaya")
    assert best.entry.id == "stanovaya" and best.method == "fuzzy" and best.similarity >= 88


def test_classify_phrase_prefers_the_longest_phrase():
    table = default_table()
    assert table.classify_phrase("Russian state media reported").id == "russian-media"
    assert table.classify_phrase("A source familiar with the matter").id == "anonymous-source"
    assert table.classify_phrase("the weather") is None


def test_the_issue_examples_on_the_default_table():
    table = default_table()
    assert table.resolve("Рыбарь").entry.id == "rybar"
    assert table.resolve("t.me/rybar").entry.id == "rybar"
    assert table.resolve("ISW").entry.id == "institute-for-the-study-of-war"
    isw_link = table.resolve("https://www.understandingwar.org/backgrounder/x")
    assert isw_link.entry.id == "institute-for-the-study-of-war"
    assert table.resolve("Tatyana Stanovaya").entry.id == "tatiana-stanovaya"
    assert table.resolve("Rostov Gazette Weekly") is None


@pytest.fixture
def outlets(write):  # type: ignore[no-untyped-def]
    body = (
        entry("argus", "The Kingsley Argus")
        + entry("times", "The Times")
        + entry("hill", "The Hill")
        + entry("courier", "Ashford Evening Courier")
    )
    path = write("outlets.toml", body)
    return load_table([path], use_default=False)


@pytest.mark.parametrize(
    "query",
    ["The Kingsely Argus", "the Kingsley Argsu", "Kingsely Argus", "Kingsley Argus"],
)
def test_a_leading_the_counts_on_neither_side(outlets, query):
    match = outlets.resolve(query)
    assert match is not None and match.entry.id == "argus" and match.similarity >= 90


@pytest.mark.parametrize(
    "query",
    [
        "Times",  # a one-word name does not lose its "The" for a query without one
        "Timez",
        "The Timez",
        "Hills",
        "The Hills",
        "The Kingston Argus",  # another town's paper
        "Kingston Argus",
        "The Ashford Courier",  # still a whole-string comparison
    ],
)
def test_stripping_the_does_not_match_other_names(outlets, query):
    assert outlets.resolve(query) is None


def test_common_words_are_not_blocks():
    # At 100k names "the" and "for" blocks held tens of thousands of names each.
    assert matching._blocks("institute for the study of war") == {"ins", "stu", "war"}
    assert matching._blocks("theodore fortune") == {"the", "for"}


def test_candidates_sharing_most_blocks_are_scored_first(write, monkeypatch):
    # Big tables fill every block: the right name must not be cut off because its blocks are
    # as crowded as the others. Here both its blocks hold more names than are scored.
    towns = ["Ashford", "Brentwick", "Fenton", "Stanton", "Milton", "Lyonford", "Oakdale"]
    nouns = ["Herald", "Courier", "Gazette", "Tribune", "Observer", "Chronicle", "Ledger"]
    body = "".join(entry(f"k{i}", f"Kingsley {noun}") for i, noun in enumerate(nouns))
    body += "".join(entry(f"a{i}", f"{town} Argus") for i, town in enumerate(towns))
    body += entry("target", "Kingsley Argus")
    table = load_table([write("t.toml", body)], use_default=False)
    monkeypatch.setattr(matching, "MAX_CANDIDATES", 5)
    assert table.resolve("Kingsely Argus").entry.id == "target"
    assert table.resolve("Kingsley Argsu").entry.id == "target"
    assert table.resolve("Kingston Argus") is None
