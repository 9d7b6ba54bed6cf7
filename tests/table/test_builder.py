"""The table builder (tools/build_table.py) on a small fixture of every input format."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from srccheck.model import Kind
from srccheck.table import merge_layers
from srccheck.table.bulk import BulkLayer
from srccheck.table.schema import parse_table

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "build_table.py"

# One small file per input, in the format tools/import_inputs.py writes.
INPUTS = {
    "countries/un-members.csv": (
        "iso2,iso3,name,demonym,other_names,capital\n"
        "CZ,CZE,Czechia,Czech,Czech Republic,Prague\n"
        "GB,GBR,United Kingdom,British,UK,London\n"
        "NO,NOR,Norway,Norwegian,,Oslo\n"
        "RU,RUS,Russia,Russian,Russian Federation,Moscow\n"
        "US,USA,United States,American,US|USA,Washington\n"
    ),
    "freedomhouse/fiw2024.csv": "country,status,total\nCzechia,F,92\nUnited Kingdom,F,91\nNorway,F,98\nRussia,NF,13\nUnited States,F,83\n",
    "rsf/rsf2025.csv": (
        "iso3,country,score,rank\nCZE,Czechia,83.96,10\nGBR,United Kingdom,78.89,20\nNOR,Norway,92.31,1\nRUS,Russia,24.57,171\nUSA,United States,65.49,57\n"
    ),
    "editorial/belligerents.csv": "iso2,cap,why\nRU,30,party to a war\n",
    "editorial/body-aliases.csv": "iso2,body,aliases\nRU,presidency,Kremlin Office\n",
    "editorial/organisation-scores.csv": "abbreviation,score,why\nCSTO,30,led by one state\n",
    "editorial/agency-aliases.csv": "name,aliases\nNational Weather Office,NWO\n",
    "supraverden/organisations.csv": (
        "wikidata,type,name,abbreviation,other_name,other_name_2,name_ru,name_uk,name_fr,"
        "name_de,abbreviation_fr,website\n"
        "Q1,UN specialized agency,World Weather Organization,WWO,,,Всемирная метеорологическая "
        "организация,,,,,https://wwo.example.org/\n"
        "Q2,,Collective Security Treaty Organization,CSTO,,,,,,,,\n"
    ),
    "officeholders-recall/officeholders.csv": (
        "country,office,role,name,aliases,body\n"
        "RU,head-of-state,President of Russia,Ivan Ivanov,Иван Иванов,presidency\n"
        "NO,foreign-minister,Foreign Minister,Kari Nordmann,,mfa\n"
        "NO,head-of-government,Prime Minister of Norway,Per Hansen,,pm-office\n"
        "US,head-of-state,President of the United States,John Doe,,presidency\n"
        "US,foreign-minister,Secretary of State,Mary Major,,mfa\n"
        # One person in two offices: a country whose foreign ministry answers for defence.
        'US,defence-minister,"Secretary of State, who answers for defence",Mary Major,,mfa\n'
        "NO,head-of-state,King of Norway,King Olav IX,Olav IX,government\n"
    ),
    # A record taken after the recall (see NOTICE_DATES): one head confirmed, one replaced.
    "leaders-current/leaders.csv": (
        "iso,country,office,title,name,name_local,wikidata,since,holds_both\n"
        "NO,Norway,head-of-government,Prime Minister,Per Hansen,,Q31,2021-10-14,\n"
        "US,United States,head-of-government,President,Richard Roe,,Q32,2026-01-20,yes\n"
        "US,United States,head-of-state,President,Richard Roe,,Q32,2026-01-20,yes\n"
        "RU,Russia,head-of-government,Prime Minister,Pyotr Sidorov,"
        "Пётр Петрович Сидоров,Q60,2020-01-16,\n"  # an id another record gives Ivanov
    ),
    # A record older than the recall: it can only add to it.
    "foreign-ministers/ministers.csv": (
        "person,name,country,country_label,position,position_label,start\n"
        "Q41,Kari Nordmann,Q20,Norway,Q4,Minister of Foreign Affairs,2021-10-14\n"
        "Q42,Old Secretary,Q30,United States,Q5,United States Secretary of State,2021-01-26\n"
        "Q43,Rustam Old,Q159,Russia,Q6,Minister of Foreign Affairs,2004-03-09\n"
        "Q44,,Q159,Russia,Q6,Minister of Foreign Affairs,2004-03-09\n"
    ),
    # Cabinets, each row with its own repository and snapshot, older than the recall too.
    "cabinets/cabinets.csv": (
        "iso2,repository,commit,snapshot,position,person,wikidata,start\n"
        "NO,example/norway-cabinet,abc,2022-05-26,Minister of Defence,Odd Vern,Q51,2021-10-14\n"
        "RU,example/russia-cabinet,abc,2022-08-02,Minister of Foreign Affairs,Rustam Old,Q43,"
        "2004-03-09\n"
        "RU,example/russia-cabinet,abc,2022-08-02,Chief of the General Staff of the Armed Forces,"
        "Gennady Stab,Q53,2012-11-09\n"
        "US,example/us-cabinet,abc,2022-08-02,Minister of Foreign Trade,Tom Trade,Q52,2021-01-20\n"
    ),
    "world-leaders/wikidata.csv": (
        "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,"
        "end_year\nQ20,Norway,Q1,Prime Minister of Norway,Q9,Ola Nordmann,2013,2021\n"
        "Q159,Russia,Q2,President of Russia,Q60,Ivan Ivanov,2012,\n"
        "Q20,Norway,Q3,Monarch of Norway,Q8,Olav IX of Norway,1991,\n"
    ),
    # The Factbook (newer than the recall, older than World Leaders Current), as imported: a
    # head only it names, a recalled head it confirms, another spelling of a newer record's
    # head, and a text the importer could not read.
    "factbook/heads.csv": (
        "iso2,fips,office,status,title,name,surname,aliases,since\n"
        "CZ,ez,head-of-government,holder,Prime Minister,Jiří Pavel Nováček Horák,Nováček,,"
        "2025-12-09\n"
        "CZ,ez,head-of-state,unparsed: no name in capitals,,,,,\n"
        "NO,no,head-of-state,holder,King,Olav IX,Olav,,1991-01-17\n"
        # Who represents the monarch (a realm's governor-general is imported the same way).
        "NO,no,head-of-state,representative,Governor General,Ann Lind,Lind,,2020-01-01\n"
        "RU,rs,head-of-government,holder,Premier,Pyotr Petrovich Sidorov,Sidorov,,2020-01-16\n"
    ),
    # Past holders since 2000 (a national list's short titles): a former head, a former
    # minister of the US (where a bare "Secretary of State" is the foreign minister), a current
    # head's earlier ended term, an office the table does not list.
    "officeholders-history/holders.csv": (
        "iso2,repository,commit,snapshot,position,person,wikidata,start,end\n"
        "NO,example/norway-cabinet,abc,2022-05-26,Prime Minister,Jónas Ríkardsen,Q71,"
        "2013-10-16,2021-10-14\n"
        "NO,example/norway-cabinet,abc,2022-05-26,Prime Minister,Per Hansen,Q31,2021-10-14,\n"
        "NO,example/norway-cabinet,abc,2022-05-26,Minister of Defence,Per Hansen,Q31,"
        "2009-01-01,2012-01-01\n"
        "NO,example/norway-cabinet,abc,2022-05-26,President of the Storting,Stig Talsmann,Q73,"
        "2009-01-01,2013-01-01\n"
        "NO,example/norway-cabinet,abc,2022-05-26,Secretary of State,Ola Junior,Q74,"
        "2009-01-01,2013-01-01\n"
        "US,example/us-cabinet,abc,2022-08-02,Secretary of State,Old Diplomat,Q72,"
        "2013-02-01,2017-01-20\n"
        # In office by this list of 2022; the IfG's of 2026 says the term ended since.
        "GB,example/uk-cabinet,abc,2022-07-23,Secretary of State for Defence,Ben Older,Q90,"
        "2019-07-24,\n"
    ),
    # Every version of the 2021-22 leaders: a term that ended, and a current head's older one.
    "world-leaders-history/ended.csv": (
        "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,"
        "end_year,commit,seen\n"
        "Q213,Czechia,Q5,Prime Minister of Czechia,Q75,Karel Dřívější,2017,2021,abc,2022-01-01\n"
        "Q159,Russia,Q2,President of Russia,Q60,Ivan Ivanov,2000,2008,abc,2022-01-01\n"
    ),
    # The IfG's UK ministers (newer than the recall): a former prime minister with a later
    # peerage, and a defence secretary in office.
    "ifg-ministers/appointments.csv": (
        "office,post,person_id,names,start,end\n"
        "head-of-government,Prime Minister,a,Tom Example|Lord Example of Town,2010-05-11,"
        "2016-07-13\n"
        "defence-minister,Secretary of State for Defence,b,Jo Sample,2024-07-05,\n"
        "defence-minister,Secretary of State for Defence,c,Ben Older,2019-07-24,2023-08-31\n"
    ),
    "congress/legislators.csv": (
        "bioguide,official_full,first,nickname,last,chamber,state,party\n"
        "X000001,Jane Q. Public,Jane,,Public,senate,WA,Democrat\n"
    ),
    "dotgov/federal.csv": (
        "domain,organisation,suborganisation\n"
        "weather.example.gov,Department of Climate,National Weather Office\n"
    ),
    "pollsters/pollsters.csv": "pollster,grade,rank,inactive\nExample Polling,2.5,10,FALSE\n",
    "lin2023/domain_pc1.csv": (
        "domain,pc1\ngoodpaper.example,0.9\nrumours.example,0.2\nhandwritten.example,0.8\n"
    ),
    "sdn-websites/websites.csv": "domain\nfrontnews.example\n",
    "euvsdisinfo/outlet_cases.csv": (
        "outlet,cases,first,last\nrumours.example,12,2016,2020\nOne-Off Outlet,1,2019,2019\n"
    ),
    "wp-rsp/sources.csv": (
        "name,qualifier,status,last,domains\n"
        "The Good Paper,,gr,2024,goodpaper.example\n"
        "Rumour Mill,,gu,2022,rumours.example\n"
    ),
    "telegram-ccd/channels.csv": (
        "name,handle,subscribers\nКанал Пример ☑️,t.me/primer_channel,120000\n"
    ),
    "telegram-clusters/channels.csv": (
        "handle,name,subscribers,cluster\nt.me/primer_channel,Канал Пример,125000,Military Bloggers\n"
        "t.me/other_z,Другой Z,5000,Tsargrad Network\n"
    ),
    "ofac-sdn/sdn-russia.csv": (
        "name,type,programmes,aka\n"
        '"PROPAGANDIST, Petr Petrovich",individual,RUSSIA-EO14024,\n'
        "NEWS FRONT AGENCY,entity,RUSSIA-EO14024,\n"
    ),
}

#: Snapshot dates of the fixture's datasets (the others get one in early 2026).
NOTICE_DATES = {
    "officeholders-recall": "2025-08-08",
    "leaders-current": "2026-08-22",
    "foreign-ministers": "2022-12-11",
    "world-leaders": "2022-10-10",
    "factbook": "2026-01-22",
    "ifg-ministers": "2026-06-19",
    "world-leaders-history": "2022-10-10",
}

HAND_WRITTEN = """\
schema_version = 1

[[source]]
id = "handwritten-outlet"
name = "Handwritten Outlet"
kind = "outlet"
score = 77
basis = "Written by hand."
reviewed = 2026-11-25
sources = ["hand-written"]
domains = ["handwritten.example"]
"""


@pytest.fixture(scope="module")
def builder() -> Any:
    # The builder's one extra dependency (tests install it; an older environment skips).
    pytest.importorskip("translitua")
    spec = importlib.util.spec_from_file_location("build_table", TOOLS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_table"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for relative, text in INPUTS.items():
        path = tmp_path / "data" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        name = path.parent.name
        date = NOTICE_DATES.get(name, f"2026-01-0{len(name) % 9 + 1}")
        (path.parent / "NOTICE").write_text(
            f"Dataset: {name}\nSource repository: https://github.com/example/{name}\n"
            f"Commit: 0123456789abcdef\nSnapshot date: {date}\n"
            "Licence and use: CC0. Test data.\n",
            encoding="utf-8",
        )
    (tmp_path / "sources.toml").write_text(HAND_WRITTEN, encoding="utf-8")
    return tmp_path


def entries(table: str) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in tomllib.loads(table)["source"]}


def test_every_generated_entry_has_basis_reviewed_and_provenance(builder: Any, root: Path) -> None:
    table, _ = builder.build(root)
    parsed = parse_table(table, "<generated>")
    assert not parsed.problems
    for entry in parsed.entries:
        assert entry.basis.strip() and entry.reviewed and entry.sources, entry.id


def test_outlets_are_scored_from_status_then_capped(builder: Any, root: Path) -> None:
    found = entries(builder.build(root)[0])
    good = found["the-good-paper"]
    assert 70 <= good["score"] <= 90 and "WP:RSP: generally reliable" in good["basis"]
    assert "Lin et al. 2023: 0.90" in good["basis"] and good["sources"] == ["wp-rsp", "lin2023"]
    rumours = found["rumour-mill"]
    assert rumours["score"] <= 25 and "EUvsDisinfo: 12 cases 2016-2020" in rumours["basis"]
    sanctioned = found["d-frontnews-example"]
    assert sanctioned["score"] <= 15 and "OFAC SDN" in sanctioned["basis"]
    assert "one-off-outlet" not in found  # a single case is not enough for an entry


def test_government_bodies_come_from_indexes_then_belligerent_caps(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    norway, russia = found["gov-no-mfa"], found["gov-ru-mfa"]
    assert norway["score"] > 75 and "Freedom House 2024: 98/100" in norway["basis"]
    assert russia["score"] <= 30 and "RSF 2025: 24.57" in russia["basis"]
    assert "Russian Foreign Ministry" in russia["aliases"]
    assert "Moscow" in found["gov-ru-government"]["aliases"]
    assert "Kremlin Office" in found["gov-ru-presidency"]["aliases"]


def test_people_carry_affiliation_and_say_when_they_rest_on_recall(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    ivanov = found["ivan-ivanov"]
    assert ivanov["kind"] == "person" and ivanov["affiliation"] == "gov-ru-presidency"
    assert "recall" in ivanov["basis"] and "recall" in ivanov["notes"]
    assert ivanov["score"] < found["gov-ru-presidency"]["score"]
    assert "Ivan Ivanov" in ivanov["name"] and "Иван Иванов" in ivanov["aliases"]
    former = found["ola-nordmann"]
    assert former["role"].startswith("former") and "held office 2013-2021" in former["basis"]
    assert found["jane-q-public"]["affiliation"] == "us-senate"
    assert found["sdn-petr-propagandist"]["score"] == 15


def test_a_recalled_head_a_newer_record_names_is_checked(builder: Any, root: Path) -> None:
    hansen = entries(builder.build(root)[0])["per-hansen"]
    assert "in office since 2021-10-14 by World Leaders Current" in hansen["basis"]
    assert "Q31" in hansen["basis"] and "recall" not in hansen["basis"]
    assert "notes" not in hansen and hansen["reviewed"].isoformat() == "2026-08-22"
    # (and the list of past holders that gives his earlier term as a minister)
    assert hansen["sources"] == ["leaders-current", "officeholders-recall", "officeholders-history"]
    assert "checked" in hansen["tags"] and hansen["affiliation"] == "gov-no-pm-office"


def test_a_head_replaced_after_the_recall_becomes_former_and_the_new_one_is_added(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    doe, roe = found["john-doe"], found["richard-roe"]
    assert doe["role"] == "former President of the United States" and "former" in doe["tags"]
    assert "names Richard Roe (Q32) in office since 2026-01-20" in doe["basis"]
    assert doe["score"] < roe["score"]
    assert roe["role"] == "President of the United States"
    assert roe["affiliation"] == "gov-us-presidency" and roe["sources"] == ["leaders-current"]
    # A presidential system: the record says one person holds both offices.
    assert {"head-of-state", "head-of-government", "checked"} <= set(roe["tags"])


def test_a_new_head_gets_the_spelling_news_uses_for_a_cyrillic_name(
    builder: Any, root: Path
) -> None:
    sidorov = entries(builder.build(root)[0])["pyotr-sidorov"]
    assert "Пётр Сидоров" in sidorov["aliases"]  # without the patronymic
    assert sidorov["affiliation"] == "gov-ru-pm-office"


def test_an_older_record_corroborates_or_leaves_a_former_holder_but_never_checks(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    nordmann = found["kari-nordmann"]
    assert "rests on recall" in nordmann["basis"] and "recall" in nordmann["notes"]
    assert "already Minister of Foreign Affairs of Norway from 2021-10-14" in nordmann["basis"]
    assert "of 2022-12-11, Q41" in nordmann["basis"] and "recall" in nordmann["tags"]
    old = found["old-secretary"]  # the recall names a newer one
    assert old["role"] == "former United States Secretary of State"
    assert old["reviewed"].isoformat() == "2022-12-11" and "former" in old["tags"]
    # Russia has no recalled foreign minister: the 2022 one says how stale it is.
    assert "not checked since" in found["rustam-old"]["basis"]
    assert "x" not in found  # a record row without a name is left out


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("King Harald V", "Harald V", True),  # a title in front
        ("A. Okonkwo", "Adaeze Okonkwo", True),  # an initial
        ("Lee Min-ho", "Lee Min Ho", True),  # a hyphen
        ("Pyotr Sidorov", "Пётр Сидоров", True),  # Cyrillic
        ("King Faisal", "Ahmed bin Faisal", False),  # a shared surname is not enough
        ("Anna Berg", "Olav Berg", False),
        ("Anna Berg", "", False),
    ],
)
def test_same_person_across_spellings(builder: Any, first: str, second: str, same: bool) -> None:
    assert builder.same_person([first], [second]) is same


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30))
@example("Ana Ana", "Ana Lee")  # as many words, fewer distinct ones: once true one way only
def test_same_person_is_symmetric_and_total(builder: Any, first: str, second: str) -> None:
    assert builder.same_person([first], [second]) == builder.same_person([second], [first])


def test_a_2022_leader_corroborates_and_a_clashing_wikidata_id_is_dropped(
    builder: Any, root: Path
) -> None:
    table, report = builder.build(root)
    found = entries(table)
    ivanov = found["ivan-ivanov"]
    assert "already President of Russia from 2012 by Wikidata" in ivanov["basis"]
    assert "rests on recall" in ivanov["basis"] and "world-leaders" in ivanov["sources"]
    assert "Q60" not in ivanov["basis"] and "Q60" not in found["pyotr-sidorov"]["basis"]
    assert "dropped Wikidata id Q60: the records give it to Ivan Ivanov" in report


def test_a_2022_spelling_of_a_recalled_head_is_that_head_not_a_former_one(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    king = found["king-olav-ix"]
    assert "Olav IX of Norway" in king["aliases"] and "former" not in king["tags"]
    assert "already Monarch of Norway from 1991" in king["basis"]
    assert "olav-ix-of-norway" not in found


def test_a_person_recalled_in_two_offices_is_one_entry_with_both(builder: Any, root: Path) -> None:
    found = entries(builder.build(root)[0])
    major = found["mary-major"]
    assert {"foreign-minister", "defence-minister"} <= set(major["tags"])
    assert "also Secretary of State, who answers for defence, by the same recall" in major["basis"]
    assert major["affiliation"] == "gov-us-mfa" and "mary-major-2" not in found


def test_cabinet_rows_keep_their_own_repository_and_date(builder: Any, root: Path) -> None:
    found = entries(builder.build(root)[0])
    vern = found["odd-vern"]
    assert vern["role"] == "Minister of Defence of Norway" and vern["affiliation"] == "gov-no-mod"
    assert "cabinet of example/norway-cabinet) of 2022-05-26, Q51" in vern["basis"]
    assert vern["reviewed"].isoformat() == "2022-05-26" and "stale" in vern["tags"]
    old = found["rustam-old"]  # the same minister in two records: one entry citing both
    assert old["sources"] == ["foreign-ministers", "cabinets"]
    assert "also Wikidata (EveryPolitician's cabinet of example/russia-cabinet)" in old["basis"]
    assert found["gennady-stab"]["affiliation"] == "gov-ru-armed-forces"
    assert "tom-trade" not in found  # an office the table does not list


def test_telegram_channels_join_by_handle_and_name_the_belligerent_list(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    channel = found["tg-primer-channel"]
    assert channel["handles"] == ["t.me/primer_channel"] and channel["name"] == "Канал Пример"
    assert channel["score"] == 20 and "a party to the war" in channel["basis"]
    assert channel["sources"] == ["telegram-clusters", "telegram-ccd"]
    assert found["tg-other-z"]["score"] == 15


def test_organisations_keep_abbreviations_and_editorial_scores(builder: Any, root: Path) -> None:
    found = entries(builder.build(root)[0])
    assert "WWO" in found["wwo"]["aliases"] and found["wwo"]["domains"] == ["wwo.example.org"]
    assert found["csto"]["score"] == 30


def test_hand_written_entry_wins_and_the_clash_is_reported(builder: Any, root: Path) -> None:
    table, report = builder.build(root)
    assert "d-handwritten-example" not in entries(table)
    assert (
        "kept hand-written handwritten-outlet (77) over generated d-handwritten-example" in report
    )


def test_two_builds_give_the_same_bytes(builder: Any, root: Path) -> None:
    first = builder.build(root)
    assert builder.build(root) == first
    table = first[0]
    assert builder.compile_index(table, root) == builder.compile_index(table, root)


def test_the_compiled_index_finds_names_domains_and_abbreviations(builder: Any, root: Path) -> None:
    table = builder.build(root)[0]
    data = table.encode("utf-8")
    layer = BulkLayer(builder.compile_index(table, root), data)
    merged = merge_layers([parse_table(HAND_WRITTEN, "<default>")], base=layer)
    assert merged.resolve("WWO").entry.id == "wwo"  # type: ignore[union-attr]
    assert merged.resolve("https://goodpaper.example/x").entry.id == "the-good-paper"  # type: ignore[union-attr]
    assert merged.resolve("Ivan Ivanov").entry.kind is Kind.PERSON  # type: ignore[union-attr]
    assert merged.resolve("handwritten.example").entry.id == "handwritten-outlet"  # type: ignore[union-attr]
    assert merged.resolve("The Goood Paper").entry.id == "the-good-paper"  # type: ignore[union-attr]


def test_the_shipped_generated_table_is_what_the_builder_makes(builder: Any) -> None:
    """Editing sources.toml or data/ needs a rebuild: `python tools/build_table.py`."""
    repo = TOOLS.parents[1]
    table, report = builder.build(repo)
    assert (repo / builder.GENERATED).read_text(encoding="utf-8") == table, "rebuild the table"
    assert (repo / builder.REPORT).read_text(encoding="utf-8") == report, "rebuild the table"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jan Kowalczyk-Łęcki", "jan-kowalczyk-lecki"),  # a letter NFKD leaves whole
        ("Søren Ærø", "soren-aero"),
        ("Þóra Guðrún", "thora-gudrun"),
        ("Ярослава Ткач", "yaroslava-tkach"),  # Cyrillic, as fold transliterates it
        ("的", "x"),  # nothing to spell
    ],
)
def test_an_id_spells_letters_without_accents_as_news_does(
    builder: Any, name: str, expected: str
) -> None:
    assert builder.slug(name) == expected


def test_a_head_only_the_factbook_names_is_added_as_checked_with_the_short_forms_news_uses(
    builder: Any, root: Path
) -> None:
    head = entries(builder.build(root)[0])["jiri-pavel-novacek-horak"]
    assert head["role"] == "Prime Minister of Czechia" and head["affiliation"] == "gov-cz-pm-office"
    assert "in office since 2025-12-09 by the CIA World Factbook of 2026-01-22" in head["basis"]
    assert head["sources"] == ["factbook"] and "checked" in head["tags"] and "notes" not in head
    # Given names and surname without the name after it, and the first given name with it;
    # never the bare surname.
    assert head["aliases"] == ["Jiří Pavel Nováček", "Jiří Nováček"]


def test_the_factbook_checks_a_recalled_head_and_joins_a_newer_records_spelling(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    king = found["king-olav-ix"]
    assert "King of Norway: in office since 1991-01-17 by the CIA World Factbook" in king["basis"]
    assert "checked" in king["tags"] and "notes" not in king and "factbook" in king["sources"]
    sidorov = found["pyotr-sidorov"]  # one entry, with the Factbook's spelling as an alias
    assert "Pyotr Petrovich Sidorov" in sidorov["aliases"] and "factbook" in sidorov["sources"]
    assert "pyotr-petrovich-sidorov" not in found


def test_a_factbook_text_the_importer_could_not_read_is_listed_not_guessed(
    builder: Any, root: Path
) -> None:
    table, report = builder.build(root)
    assert "factbook: CZ head-of-state not used: unparsed: no name in capitals" in report
    assert not [e for e in entries(table).values() if e.get("role") == "President of Czechia"]


def test_a_head_only_the_factbook_names_is_found_by_name_without_diacritics(
    builder: Any, root: Path
) -> None:
    table = builder.build(root)[0]
    layer = BulkLayer(builder.compile_index(table, root), table.encode("utf-8"))
    match = merge_layers([parse_table(HAND_WRITTEN, "<default>")], base=layer).resolve(
        "Jiri Novacek"
    )
    assert match is not None and match.entry.id == "jiri-pavel-novacek-horak"
    assert match.entry.affiliation == "gov-cz-pm-office"


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Aleksandr Petrenko", "Alyaksandr Petrenka", True),  # two romanisations
        ("Mohammed bin Rashid Al Farsi", "Muhammad bin Rashid Al Farisi", True),
        ("King Tariq", "Tariq bin Khalid Al Amin", True),  # a title in front
        ("Omar bin Tariq", "Tariq bin Khalid Al Amin", False),  # father and son
        ("Anna Berg", "Olga Berg", False),
        ("Ivan Orlov", "Ivan Sokolov", False),
    ],
)
def test_similar_person_allows_romanisations_not_relatives(
    builder: Any, first: str, second: str, same: bool
) -> None:
    assert builder.similar_person([first], [second]) is same


def test_a_representative_of_the_head_of_state_speaks_for_the_government(
    builder: Any, root: Path
) -> None:
    lind = entries(builder.build(root)[0])["ann-lind"]
    assert (
        lind["role"] == "Governor General of Norway" and lind["affiliation"] == "gov-no-government"
    )
    assert "head-of-state-representative" in lind["tags"] and "head-of-state" not in lind["tags"]


@pytest.mark.parametrize(
    ("label", "start", "same"),
    [
        ("Kokhir Rasulov", "2013", True),  # another romanisation, the same year
        ("Rasulov Kokhir", "2013", True),  # the family name first
        ("Kokhir Rasulov", "2016", False),  # another year: another term, or another person
        ("Amir Zoda", "2013", False),  # no shared name
    ],
)
def test_a_2022_leader_is_a_current_holder_when_year_and_a_name_agree(
    builder: Any, label: str, start: str, same: bool
) -> None:
    holder = builder.Holder(
        "TJ", "head-of-government", "Prime Minister", "Qohir Rasulov", [], "factbook"
    )
    holder.since = "2013-11-23"
    row = {"officeholderLabel": label, "start_year": start}
    assert builder.same_start(row, holder) is same


def _head(builder: Any, role: str, name: str, dataset: str, since: str) -> Any:
    holder = builder.Holder("XN", "head-of-government", role, name, [], dataset)
    holder.since = since
    return holder


DATES = {"factbook": "2026-01-22", "world-leaders": "2022-10-10"}


def test_a_factbook_start_date_an_older_record_contradicts_is_not_cited(builder: Any) -> None:
    head = _head(builder, "Prime Minister of Xland", "Ida Berg", "factbook", "2005-06-23")
    earlier = _head(builder, "Prime Minister of Xland", "Tor Lund", "world-leaders", "2021")
    report = builder.doubt_factbook_dates([head], [earlier], DATES)
    assert head.since == "" and "names Tor Lund as Prime Minister of Xland" in head.date_doubt
    assert report == [
        "factbook: XN head-of-government Ida Berg: start date 2005-06-23 left out, "
        "world-leaders of 2022-10-10 names Tor Lund"
    ]
    fact = builder.tenure(head, "the CIA World Factbook of 2026-01-22")
    assert fact.startswith("in office by the CIA World Factbook of 2026-01-22 (its start date")


@pytest.mark.parametrize(
    ("role", "name", "since"),
    [
        ("Prime Minister of Xland", "Tor Lund", "2004"),  # in office before the date given
        ("Prime Minister of Xland", "Ida Bergh", "2021"),  # the same person, spelled otherwise
        ("Premier of Xland", "Tor Lund", "2021"),  # another office, as the datasets model it
    ],
)
def test_a_factbook_start_date_stands_unless_a_record_contradicts_it(
    builder: Any, role: str, name: str, since: str
) -> None:
    head = _head(builder, "Prime Minister of Xland", "Ida Berg", "factbook", "2005-06-23")
    builder.doubt_factbook_dates(
        [head], [_head(builder, role, name, "world-leaders", since)], DATES
    )
    assert head.since == "2005-06-23" and head.date_doubt == ""
    assert builder.tenure(head, "X") == "in office since 2005-06-23 by X"


def test_a_former_head_from_a_list_of_past_holders_is_found_without_diacritics(
    builder: Any, root: Path
) -> None:
    table = builder.build(root)[0]
    former = entries(table)["jonas-rikardsen"]
    assert former["role"] == "former Prime Minister of Norway"
    assert former["affiliation"] == "gov-no-pm-office" and "former" in former["tags"]
    assert (
        "Prime Minister of Norway from 2013-10-16 to 2021-10-14 by Wikidata (EveryPolitician's "
        "holders of office of example/norway-cabinet) of 2022-05-26, Q71"
    ) in former["basis"]
    assert "halfway to 50 as a former office-holder" in former["basis"]
    layer = BulkLayer(builder.compile_index(table, root), table.encode("utf-8"))
    match = merge_layers([parse_table(HAND_WRITTEN, "<default>")], base=layer).resolve(
        "Jonas Rikardsen"
    )
    assert match is not None and match.entry.id == "jonas-rikardsen"
    assert match.entry.role == "former Prime Minister of Norway"


def test_former_ministers_and_heads_of_every_list_are_added(builder: Any, root: Path) -> None:
    found = entries(builder.build(root)[0])
    diplomat = found["old-diplomat"]  # a bare "Secretary of State" is the US foreign minister
    assert diplomat["role"] == "former Secretary of State of the United States"
    assert diplomat["affiliation"] == "gov-us-mfa" and "foreign-minister" in diplomat["tags"]
    premier = found["karel-drivejsi"]
    assert premier["role"] == "former Prime Minister of Czechia"
    assert premier["sources"] == ["world-leaders-history"]
    # The IfG names the person without the later peerage, which stays an alias.
    example = found["tom-example"]
    assert example["role"] == "former Prime Minister of the United Kingdom"
    assert example["aliases"] == ["Lord Example of Town"]
    assert "by the IfG Ministers Database of 2026-06-19" in example["basis"]
    # Offices the table does not list, and a junior "Secretary of State" elsewhere, are not.
    assert "stig-talsmann" not in found and "ola-junior" not in found


def test_a_current_holder_stays_current_whatever_an_ended_term_says(
    builder: Any, root: Path
) -> None:
    found = entries(builder.build(root)[0])
    hansen = found["per-hansen"]  # Prime Minister now, defence minister once
    assert "former" not in hansen["tags"] and hansen["role"] == "Prime Minister of Norway"
    # The ended term is a fact of the current holder's entry, not a second entry.
    assert (
        "also Minister of Defence of Norway from 2009-01-01 to 2012-01-01 by Wikidata"
        in (hansen["basis"])
    )
    ivanov = found["ivan-ivanov"]  # President again after an ended term
    assert "former" not in ivanov["tags"] and not ivanov["role"].startswith("former")
    assert not [
        e
        for e in found.values()
        if e["name"] in ("Per Hansen", "Ivan Ivanov") and "former" in e.get("tags", [])
    ]


def test_the_ifg_checks_a_uk_minister_in_office(builder: Any, root: Path) -> None:
    sample = entries(builder.build(root)[0])["jo-sample"]
    assert sample["role"] == "Secretary of State for Defence of the United Kingdom"
    assert (
        "in office since 2024-07-05 by the IfG Ministers Database of 2026-06-19"
        in (sample["basis"])
    )
    assert "checked" in sample["tags"] and "former" not in sample["tags"]


@pytest.mark.parametrize(
    ("label", "name", "aliases"),
    [
        ("Tom Brook, Baron Brook of Dale", "Tom Brook", ["Tom Brook, Baron Brook of Dale"]),
        ("Amos B. Teller, Jr.", "Amos B. Teller, Jr.", ["Amos B. Teller"]),
        ("Sione (Simon) Vaka", "Sione (Simon) Vaka", ["Sione Vaka"]),
        # Put in order and spelled as English news does (the Cyrillic stays findable: one key).
        ("Иванов, Пётр Ильич", "Petr Ilich Ivanov", []),
        ("Ana Lopes", "Ana Lopes", []),
    ],
)
def test_news_forms_of_a_label(builder: Any, label: str, name: str, aliases: list[str]) -> None:
    found_name, found_aliases = builder.news_forms(label)
    assert found_name == name
    assert [a for a in found_aliases if builder.name_key(a) != builder.name_key(name)] == aliases


def test_a_one_word_name_is_not_a_former_minister_but_a_monarch_is(
    builder: Any, root: Path
) -> None:
    holders = root / "data" / "officeholders-history" / "holders.csv"
    holders.write_text(
        holders.read_text(encoding="utf-8")
        + "NO,example/norway-cabinet,abc,2022-05-26,Minister of Foreign Affairs,Sigurd,Q81,"
        "2001-01-01,2002-01-01\n"
        "NO,example/norway-cabinet,abc,2022-05-26,monarch,Haakon,Q82,1957-01-21,1991-01-17\n",
        encoding="utf-8",
    )
    found = entries(builder.build(root)[0])
    assert "sigurd" not in found
    assert found["haakon"]["role"] == "former monarch of Norway"


def test_a_newer_list_that_ends_a_term_makes_a_former_holder_an_older_one_showed_serving(
    builder: Any, root: Path
) -> None:
    older = entries(builder.build(root)[0])["ben-older"]
    assert older["role"] == "former Secretary of State for Defence of the United Kingdom"
    assert "from 2019-07-24 to 2023-08-31 by the IfG Ministers Database" in older["basis"]


def test_a_domain_only_entry_takes_the_name_its_organisation_goes_by(
    builder: Any, root: Path
) -> None:
    names = root / "data" / "editorial" / "domain-names.csv"
    names.parent.mkdir(parents=True, exist_ok=True)
    names.write_text(
        "domain,name,kind,aliases\nfrontnews.example,Front Newswire,outlet,FNW|Front News\n",
        encoding="utf-8",
    )
    (names.parent / "NOTICE").write_text(
        "Dataset: editorial\nSource repository: srccheck\nCommit: -\nSnapshot date: 2026-12-01\n"
        "Licence and use: MIT.\n",
        encoding="utf-8",
    )
    named = entries(builder.build(root)[0])["d-frontnews-example"]
    assert named["name"] == "Front Newswire" and named["aliases"] == ["FNW", "Front News"]
    assert "the website of Front Newswire" in named["basis"] and "editorial" in named["sources"]
    assert named["score"] <= 15 and "domain-only" not in named.get("tags", [])
