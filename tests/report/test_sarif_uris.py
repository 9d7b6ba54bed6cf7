"""SARIF locations are RFC 3986 URI references that lead back to the file, for any name."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from click.testing import CliRunner

from srccheck.cli import cli
from srccheck.report.sarif import artifact_location

ARTICLE = "Officials said the bridge had been hit. Sources said more was coming.\n"

# RFC 3986, section 3 and 4.2, written out from its ABNF.
_UNRESERVED = r"[A-Za-z0-9\-._~]"
_ENCODED = r"%[0-9A-Fa-f]{2}"
_SUB_DELIMS = r"[!$&'()*+,;=]"
_PCHAR = f"(?:{_UNRESERVED}|{_ENCODED}|{_SUB_DELIMS}|[:@])"
_SEGMENT = f"{_PCHAR}*"
_SEGMENT_NZ = f"{_PCHAR}+"
_SEGMENT_NZ_NC = f"(?:{_UNRESERVED}|{_ENCODED}|{_SUB_DELIMS}|@)+"
_PATH_ABEMPTY = f"(?:/{_SEGMENT})*"
_PATH_ABSOLUTE = f"/(?:{_SEGMENT_NZ}(?:/{_SEGMENT})*)?"
_AUTHORITY = f"(?:{_UNRESERVED}|{_ENCODED}|{_SUB_DELIMS}|:)*"
_TAIL = f"(?:\\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
ABSOLUTE_URI = re.compile(
    f"[A-Za-z][A-Za-z0-9+.\\-]*:(?://{_AUTHORITY}{_PATH_ABEMPTY}|{_PATH_ABSOLUTE}"
    f"|{_SEGMENT_NZ}(?:/{_SEGMENT})*|){_TAIL}"
)
RELATIVE_REFERENCE = re.compile(
    f"(?://{_AUTHORITY}{_PATH_ABEMPTY}|{_PATH_ABSOLUTE}|{_SEGMENT_NZ_NC}(?:/{_SEGMENT})*|){_TAIL}"
)


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory (with a sibling folder outside it)."""
    folder = tmp_path / "work"
    folder.mkdir()
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return folder


def sarif_for(argument: str) -> dict:  # type: ignore[type-arg]
    """The SARIF log srccheck prints for one article."""
    result = CliRunner().invoke(
        cli, [argument, "--format", "sarif", "--exit-zero", "--isolated"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def resolved(log: dict) -> list[Path]:  # type: ignore[type-arg]
    """Each result's file, found by combining its uri with its base as SARIF prescribes."""
    run = log["runs"][0]
    bases = run.get("originalUriBaseIds", {})
    files = []
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        uri = location["uri"]
        if "uriBaseId" in location:
            assert RELATIVE_REFERENCE.fullmatch(uri), uri
            base = bases[location["uriBaseId"]]["uri"]
            assert ABSOLUTE_URI.fullmatch(base) and base.endswith("/"), base
            uri = urljoin(base, uri)
        assert ABSOLUTE_URI.fullmatch(uri), uri
        parts = urlsplit(uri)
        assert parts.scheme == "file" and parts.netloc == ""
        files.append(Path(os.fsdecode(unquote(parts.path).encode("utf-8", "surrogateescape"))))
    assert files, "the article has findings"
    return files


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "a.txt"),
        ("my draft ü.txt", "my%20draft%20%C3%BC.txt"),
        ("a,b:c%.txt", "./a,b:c%25.txt"),
        ("drafts/x:y #1?.md", "drafts/x:y%20%231%3F.md"),
    ],
)
def test_a_relative_path_is_an_encoded_reference_against_srcroot(work, name, expected):
    article = work / name
    article.parent.mkdir(exist_ok=True)
    article.write_text(ARTICLE, encoding="utf-8")
    log = sarif_for(name)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": expected, "uriBaseId": "%SRCROOT%"}
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == work.as_uri() + "/"
    assert all(path.samefile(article) for path in resolved(log))


@pytest.mark.parametrize("name", ["a.txt", "my draft ü.txt", "a,b:c%.txt"])
def test_an_absolute_path_outside_the_working_directory_is_a_file_uri(work, name):
    outside = work.parent / "outside"
    outside.mkdir()
    article = outside / name
    article.write_text(ARTICLE, encoding="utf-8")
    log = sarif_for(str(article))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "uriBaseId" not in location["artifactLocation"]
    assert location["artifactLocation"]["uri"].startswith("file:///")
    assert all(path.samefile(article) for path in resolved(log))


def test_an_absolute_path_inside_the_working_directory_is_relative(work):
    (work / "a b.txt").write_text(ARTICLE, encoding="utf-8")
    log = sarif_for(str(work / "a b.txt"))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "a%20b.txt", "uriBaseId": "%SRCROOT%"}


def test_a_relative_path_leaving_the_working_directory_is_a_file_uri(work):
    (work.parent / "up.txt").write_text(ARTICLE, encoding="utf-8")
    log = sarif_for("../up.txt")
    assert all(path.samefile(work.parent / "up.txt") for path in resolved(log))


def test_without_a_base_a_path_is_still_a_valid_reference():
    assert artifact_location("c:d e.txt", None) == {"uri": "./c:d%20e.txt"}
    assert artifact_location("/tmp/ü.txt", None) == {"uri": "file:///tmp/%C3%BC.txt"}
