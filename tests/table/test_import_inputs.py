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
