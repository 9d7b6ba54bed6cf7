"""tools/import_inputs.py on a tiny upstream repository: the office-holder records it imports."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "import_inputs.py"


@pytest.fixture(scope="module")
def importer() -> Any:
    spec = importlib.util.spec_from_file_location("import_inputs", TOOLS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_inputs"] = module
    spec.loader.exec_module(module)
    return module


def upstream(mirrors: Path, repo: str, files: dict[str, str]) -> str:
    """A git repository laid out as the mirrors are (owner+name/repo); returns its commit."""
    work = mirrors.parent / "work" / repo.replace("/", "+")
    for relative, text in files.items():
        (work / relative).parent.mkdir(parents=True, exist_ok=True)
        (work / relative).write_text(text, encoding="utf-8")
    git_dir = mirrors / repo.replace("/", "+") / "repo"
    run = ["git", f"--git-dir={git_dir}", f"--work-tree={work}"]
    subprocess.run(["git", "init", "-q", "--bare", str(git_dir)], check=True)
    subprocess.run([*run, "add", "-A"], check=True)
    subprocess.run(
        [*run, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "data"],
        check=True,
    )
    return subprocess.run(
        [*run, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()


def holder(name: str, qid: str, since: str) -> dict[str, Any]:
    return {"name_en": name, "name_local": None, "wikidata_id": qid, "since": since}


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_current_leaders_keep_ids_dates_and_who_holds_both_offices(
    importer: Any, tmp_path: Path
) -> None:
    mirrors = tmp_path / "mirrors"
    presidential = {
        "country": {"iso_code": "XA", "name_en": "Examplia"},
        "positions": {
            "head_of_government": {
                "title_en": "President",
                "current_holder": holder("Ana Lima", "Q1", "2024-01-01"),
                "is_same_as_head_of_state": True,
            },
            "head_of_state": {
                "title_en": "President",
                "current_holder": holder("Ana Lima", "Q1", "2024-01-01"),
            },
        },
    }
    vacant = {
        "country": {"iso_code": "XB", "name_en": "Otherland"},
        "positions": {"head_of_government": {"title_en": "Prime Minister", "current_holder": None}},
    }
    commit = upstream(
        mirrors,
        "example/leaders",
        {
            "data/countries/examplia/current.json": json.dumps(presidential),
            "data/countries/otherland/current.json": json.dumps(vacant),
            "data/countries/README.md": "not a record",
        },
    )
    dataset = importer.Dataset("leaders-current", "example/leaders", commit, "2026-08-22", "", "")
    out = tmp_path / "out"
    assert importer.import_leaders_current(mirrors, out, dataset) == 2
    found = rows(out / "leaders.csv")
    assert [r["office"] for r in found] == ["head-of-government", "head-of-state"]
    assert found[0]["wikidata"] == "Q1" and found[0]["holds_both"] == "yes"
    first = (out / "leaders.csv").read_bytes()
    importer.import_leaders_current(mirrors, out, dataset)
    assert (out / "leaders.csv").read_bytes() == first  # the same commit, the same bytes


def test_cabinets_keep_each_rows_repository_and_only_the_offices_listed(
    importer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mirrors = tmp_path / "mirrors"
    commit = upstream(
        mirrors,
        "example/examplia-cabinet",
        {
            "html/current.csv": (
                "position,person,personID,start,end\n"
                "Minister of Defence,Rui Costa,Q2,2021-05-01,\n"
                "Minister of Health,Eva Sousa,Q3,2021-05-01,\n"
                "Minister of Foreign Affairs,Old Hand,Q4,2015-01-01,2020-01-01\n"
            )
        },
    )
    monkeypatch.setattr(
        importer, "CABINETS", (("XA", "example/examplia-cabinet", commit, "2022-07-01"),)
    )
    out = tmp_path / "out"
    assert importer.import_cabinets(mirrors, out, importer.DATASETS["cabinets"]) == 1
    (row,) = rows(out / "cabinets.csv")
    assert row["person"] == "Rui Costa" and row["repository"] == "example/examplia-cabinet"
    assert row["commit"] == commit and row["snapshot"] == "2022-07-01"


def factbook_country(name: str, chief: str, head: str) -> str:
    """A country file as the Factbook's JSON lays it out (only the parts the importer reads)."""
    executive = {"chief of state": {"text": chief}, "head of government": {"text": head}}
    country_name = {
        "conventional short form": {"text": name},
        "etymology": {"text": "named after a river"},
    }
    return json.dumps({"Government": {"Country name": country_name, "Executive branch": executive}})


def test_factbook_heads_are_parsed_into_people_and_unreadable_texts_are_marked(
    importer: Any, tmp_path: Path
) -> None:
    mirrors = tmp_path / "mirrors"
    commit = upstream(
        mirrors,
        "example/factbook",
        {
            # A monarch represented by a governor-general; a note after the holder.
            "europe/xa.json": factbook_country(
                "Examplia",
                "King OLAF VII (since 1 March 2001); represented by Governor General Sir "
                "Tomas ROE (since 5 May 2020)",
                "Prime Minister Jan Pieter DE GROOT Visser (since 9 December 2025); note - the "
                "prime minister's official title is Minister of State",
            ),
            # Several holders in one text; a text that names nobody the Factbook's way.
            "europe/xb.json": factbook_country(
                "Otherland",
                "Captains Regent Ana ROSSI and Luca BIANCHI (for the period 1 October 2025 - "
                "31 March 2026)",
                "the council of ministers governs collectively",
            ),
            "europe/xc.json": factbook_country("Thirdland", "President (vacant)", ""),
            "oceans/xo.json": factbook_country("Wide Ocean", "none", "none"),
            "README.md": "not a country",
        },
    )
    data = tmp_path / "data"
    (data / "countries").mkdir(parents=True)
    (data / "countries" / "un-members.csv").write_text(
        "iso2,iso3,name,demonym,other_names,capital\n"
        "XA,XAA,Examplia,Examplian,,\nXB,XBB,Otherland,Otherlander,,\n"
        "XC,XCC,Thirdland,Thirdlander,,\n",
        encoding="utf-8",
    )
    dataset = importer.Dataset("factbook", "example/factbook", commit, "2026-01-22", "", "")
    out = data / "factbook"
    assert importer.import_factbook(mirrors, out, dataset) == 8
    found = {(r["iso2"], r["office"], r["status"], r["name"]): r for r in rows(out / "heads.csv")}
    king = found[("XA", "head-of-state", "holder", "Olaf VII")]
    assert king["title"] == "King" and king["since"] == "2001-03-01"
    governor = found[("XA", "head-of-state", "representative", "Tomas Roe")]
    assert governor["title"] == "Governor General" and governor["since"] == "2020-05-05"
    premier = found[("XA", "head-of-government", "holder", "Jan Pieter De Groot Visser")]
    assert premier["surname"] == "De Groot" and premier["since"] == "2025-12-09"
    assert premier["title"] == "Prime Minister"
    rossi = found[("XB", "head-of-state", "holder", "Ana Rossi")]
    bianchi = found[("XB", "head-of-state", "co-holder", "Luca Bianchi")]
    assert rossi["title"] == bianchi["title"] == "Captains Regent"
    assert rossi["since"] == bianchi["since"] == "2025-10-01"
    assert ("XB", "head-of-government", "unparsed: no name in capitals", "") in found
    assert ("XC", "head-of-state", "vacant", "") in found
    assert ("XC", "head-of-government", "unparsed: no text", "") in found
    text = (out / "heads.csv").read_text(encoding="utf-8")
    assert "note" not in text and "council" not in text and "river" not in text  # no prose


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("President XI Jinping (since 14 March 2013)", "Xi Jinping", "President"),  # surname first
        ("King CARL XVI GUSTAF (since 1973)", "Carl XVI Gustaf", "King"),  # a regnal number
        ("President Marcelo REBELO DE SOUSA", "Marcelo Rebelo de Sousa", "President"),
        ("Amir TAMIM bin Hamad Al Thani", "Tamim bin Hamad Al Thani", "Amir"),
        ("President of the Government of Spain Pedro SANCHEZ", "Pedro Sanchez", None),
        ("President Surangel WHIPPS, Jr. (since 2021)", "Surangel Whipps Jr.", "President"),
    ],
)
def test_factbook_names_come_out_in_normal_capitalisation(
    importer: Any, text: str, name: str, title: str | None
) -> None:
    (holder,) = importer.parse_executive(text, frozenset({"Spain"}))
    assert holder.name == name
    assert title is None or holder.title == title


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=80))
def test_factbook_parsing_never_fails_and_names_have_a_capitalised_surname(
    importer: Any, text: str
) -> None:
    for holder in importer.parse_executive(text):
        assert holder.status in ("holder", "co-holder", "representative", "vacant") or (
            holder.status.startswith("unparsed")
        )
        assert not holder.name or holder.surname


def test_past_holders_keep_ended_terms_of_the_offices_listed_with_their_repository(
    importer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mirrors = tmp_path / "mirrors"
    commit = upstream(
        mirrors,
        "example/examplia-cabinet",
        {
            "html/holders21.csv": (
                "position,person,personID,start,end,gender\n"
                "Prime Minister,Ana Lopes,Q5,2011-06-21,2015-11-26,female\n"
                "Prime Minister,Rui Costa,Q2,2015-11-26,,male\n"
                "President of the Senate,Joao Pais,Q6,2010-01-01,2014-01-01,male\n"
                "Minister of Foreign Affairs,Old Hand,Q4,2015-01-01,2020-01-01,male\n"
            )
        },
    )
    monkeypatch.setattr(
        importer, "HOLDERS21", (("XA", "example/examplia-cabinet", commit, "2022-07-01"),)
    )
    out = tmp_path / "out"
    dataset = importer.DATASETS["officeholders-history"]
    assert importer.import_officeholders_history(mirrors, out, dataset) == 3
    found = {r["person"]: r for r in rows(out / "holders.csv")}
    assert set(found) == {"Ana Lopes", "Rui Costa", "Old Hand"}  # not the Senate's president
    assert found["Ana Lopes"]["end"] == "2015-11-26" and found["Rui Costa"]["end"] == ""
    assert found["Old Hand"]["commit"] == commit and found["Old Hand"]["snapshot"] == "2022-07-01"


def test_world_leaders_history_keeps_every_ended_term_from_any_version(
    importer: Any, tmp_path: Path
) -> None:
    mirrors = tmp_path / "mirrors"
    header = "country,countryLabel,position,positionLabel,officeholder,officeholderLabel,"
    first = upstream(
        mirrors,
        "example/world-leaders",
        {
            "data/wikidata.csv": header + "start_year,end_year\n"
            "Q1,Examplia,Q10,Prime Minister of Examplia,Q5,Ana Lopes,2011,\n"
        },
    )
    assert first
    work = mirrors.parent / "work" / "example+world-leaders"
    (work / "data" / "wikidata.csv").write_text(
        header.replace("countryLabel", "country") + "start_year,end_year\n"
        "Q1,Examplia,Q10,Prime Minister of Examplia,Q5,Ana Lopes,2011,2021\n"
        "Q1,Examplia,Q10,Prime Minister of Examplia,Q2,Rui Costa,2021,\n",
        encoding="utf-8",
    )
    git_dir = mirrors / "example+world-leaders" / "repo"
    run = ["git", f"--git-dir={git_dir}", f"--work-tree={work}"]
    subprocess.run(
        [*run, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "v2"],
        check=True,
    )
    head = subprocess.run(
        [*run, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    # The ended row is kept as the last version gave it; the serving one is not kept.
    (work / "data" / "wikidata.csv").write_text(
        header + "start_year,end_year\nQ1,Examplia,Q10,Prime Minister of Examplia,Q2,Rui Costa,"
        "2021,\n",
        encoding="utf-8",
    )
    subprocess.run(
        [*run, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "v3"],
        check=True,
    )
    last = subprocess.run(
        [*run, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    dataset = importer.Dataset("world-leaders-history", "example/world-leaders", last, "", "", "")
    out = tmp_path / "out"
    assert importer.import_world_leaders_history(mirrors, out, dataset) == 1
    (row,) = rows(out / "ended.csv")
    assert row["officeholderLabel"] == "Ana Lopes" and row["end_year"] == "2021"
    assert row["commit"] == head


def test_ifg_appointments_keep_the_offices_listed_with_the_plain_name_first(
    importer: Any, tmp_path: Path
) -> None:
    mirrors = tmp_path / "mirrors"
    commit = upstream(
        mirrors,
        "example/ifg",
        {
            "LICENSE": "Attribution 4.0 International\n",
            "data/post.csv": (
                "id,id_ifg_website,organisation_id,name,display_name,rank_equivalence,"
                "rank_equivalence_value\n"
                "p1,,o1,Prime Minister,Prime Minister,PM,1\n"
                "p2,,o2,Minister for Roads,Minister for Roads,MoS,4\n"
                "p3,,o3,Secretary of State for Defence,Secretary of State for Defence,SoS,3\n"
            ),
            "data/person.csv": (
                "id,id_parliament,id_ifg_website,name,display_name,normalized_name,short_name,"
                "gender,start_date,end_date\n"
                "a,,,Lord Example of Town,,,,M,2017-01-01,\n"
                "a,,,Tom Example,,,,M,,2017-01-01\n"
                "b,,,Jo Sample,,,,F,,\n"
            ),
            "data/appointment.csv": (
                "id,person_id,post_id,start_date,end_date\n"
                "x1,a,p1,2010-05-11,2016-07-13\n"
                "x2,b,p2,2012-01-01,2014-01-01\n"
                "x3,b,p3,2024-07-05,\n"
                "x4,b,p1,1985-01-01,1989-01-01\n"  # before 1990: not kept
            ),
        },
    )
    dataset = importer.Dataset("ifg-ministers", "example/ifg", commit, "2026-06-19", "", "")
    out = tmp_path / "out"
    assert importer.import_ifg_ministers(mirrors, out, dataset) == 2
    found = {r["start"]: r for r in rows(out / "appointments.csv")}
    assert found["2010-05-11"]["names"] == "Tom Example|Lord Example of Town"
    assert found["2010-05-11"]["office"] == "head-of-government"
    assert found["2024-07-05"]["office"] == "defence-minister" and found["2024-07-05"]["end"] == ""
    assert (out / "LICENSE").read_text(encoding="utf-8").startswith("Attribution")
