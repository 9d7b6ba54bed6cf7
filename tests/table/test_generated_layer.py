"""The shipped default table with its generated layer: look-ups of each kind, provenance,
role classes, and later layers winning over generated entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from srccheck.model import Kind, Source
from srccheck.score import rate_source
from srccheck.table import default_table, load_table


@pytest.mark.parametrize(
    ("query", "entry_id", "method"),
    [
        ("Yuliia Svyrydenko", "yulia-svyrydenko", "alias"),  # a romanisation variant
        ("Юлія Свириденко", "yulia-svyrydenko", "alias"),  # the Cyrillic original
        ("Михайло Мішустін", "mikhail-mishustin", "alias"),  # Ukrainian Cyrillic spelling
        ("Mykhaylo Mishustin", "mikhail-mishustin", "alias"),  # its transliteration
        ("CDC", "us-centers-for-disease-control-and-prevention", "alias"),  # an acronym
        ("U.S.", "gov-us-government", "alias"),  # an abbreviation written with dots
        ("https://www.dailykos.com/stories/2024/1/1", "daily-kos", "domain"),
        ("French President Emmanuel Macron", "emmanuel-macron", "alias"),  # title stripped
        ("French Foreign Ministry", "gov-fr-mfa", "alias"),
        ("Verkhovna Rada", "gov-ua-parliament", "alias"),
    ],
)
def test_generated_entries_resolve(query: str, entry_id: str, method: str) -> None:
    match = default_table().resolve(query)
    assert match is not None and match.entry.id == entry_id and match.method == method


@pytest.mark.parametrize(
    ("query", "entry_id", "affiliation"),
    [
        ("Anatolii Glaz", "anatoly-glaz", "gov-by-mfa"),  # a romanisation made at build time
        ("Наталья Эйсмонт", "natalya-eismont", "gov-by-presidency"),  # the Cyrillic original
        ("Kang Yoo-jung", "kang-yu-jung", "gov-kr-presidency"),  # a Latin variant
        ("Pawel Wronski", "pawel-wronski", "gov-pl-mfa"),  # without the diacritics
    ],
)
def test_a_chief_spokesperson_is_found_by_a_variant_and_speaks_for_a_body(
    query: str, entry_id: str, affiliation: str
) -> None:
    match = default_table().resolve(query)
    assert match is not None and match.entry.id == entry_id
    assert match.entry.affiliation == affiliation and "spokesperson" in match.entry.tags


def test_one_person_heading_several_states_is_one_entry_naming_each() -> None:
    king = default_table().resolve("King Charles III")
    assert king is not None and king.entry.country == "GB"
    assert "also Monarch of Australia" in king.entry.basis
    assert "also Monarch of Canada" in king.entry.basis


def test_short_abbreviations_still_need_their_case() -> None:
    match = default_table().resolve("cdc")
    assert match is None or match.entry.id != "us-centers-for-disease-control-and-prevention"


def test_every_generated_entry_names_its_datasets() -> None:
    table = default_table()
    entry = table.get("gov-ru-mfa") or table.get("russian-ministry-of-foreign-affairs")
    assert entry is not None and entry.sources
    described = table.datasets()
    assert all(name in described for name in ("freedomhouse", "rsf", "wp-rsp", "hand-written"))
    assert "github.com" in described["wp-rsp"]


def person(role: str | None, name: str = "Olena Hrytsenko") -> Source:
    return Source(id="s1", name=name, kind=Kind.PERSON, named=True, role=role)


@pytest.mark.parametrize(
    ("role", "name", "role_class"),
    [
        ("a resident of the village", "Olena Hrytsenko", "eyewitness"),
        ("surgeon", "Ivan Melnyk", "medical"),
        ("a lawyer for the family", "Tom Baxter", "lawyer"),
        (None, "Harbour Master Deputy Spokesman Tom Baxter", "spokesperson"),
    ],
)
def test_a_person_the_table_cannot_list_is_rated_by_role(
    role: str | None, name: str, role_class: str
) -> None:
    rating = rate_source(person(role, name), default_table())
    assert rating.origin == "role-class" and rating.score is not None
    assert rating.origin_detail is not None and rating.origin_detail.startswith(role_class)


def test_a_person_with_nothing_to_go_on_stays_unrated() -> None:
    rating = rate_source(person(None), default_table())
    assert rating.score is None and rating.origin == "unrated"


def test_a_user_layer_overrides_a_generated_entry_and_its_names(tmp_path: Path) -> None:
    override = tmp_path / "mine.toml"
    override.write_text(
        'schema_version = 1\n\n[[source]]\nid = "gov-fr-mfa"\nname = "Quai d\'Orsay (ours)"\n'
        'kind = "official"\nscore = 12\nbasis = "Our desk."\nreviewed = 2026-11-30\n',
        encoding="utf-8",
    )
    table = load_table([override])
    assert table.get("gov-fr-mfa").score == 12  # type: ignore[union-attr]
    match = table.resolve("French Foreign Ministry")  # a name only the generated entry had
    assert match is None or match.entry.id != "gov-fr-mfa" or match.entry.score == 12


def test_the_generated_layer_pickles_as_its_file_names() -> None:
    import pickle

    base = default_table().base
    assert base is not None
    data = pickle.dumps(base)
    assert len(data) < 2000  # the paths, not megabytes of table
    copy = pickle.loads(data)
    assert copy.get("gov-fr-mfa") == base.get("gov-fr-mfa")


def test_a_person_known_only_by_role_rates_a_little_below_a_named_one() -> None:
    unnamed = Source(id="s2", name="her mother", kind=Kind.PERSON, named=False)
    named = rate_source(person("mother"), default_table())
    rating = rate_source(unnamed, default_table())
    assert rating.origin == "role-class" and rating.score is not None
    assert named.score is not None and rating.score < named.score
