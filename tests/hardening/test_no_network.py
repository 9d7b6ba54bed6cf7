"""srccheck never touches the network, and writes nothing the user did not ask for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

ARTICLE = (
    "Rybar wrote on https://t.me/rybar/12345 that the bridge fell; @wargonzo agreed.\n"
    "The claim first appeared on www.example-news.co.uk/story and on https://news.bbc.co.uk/x.\n"
    "Officials said, citing https://mil.ru, that the strike missed.\n"
)

# Run srccheck in a fresh interpreter where any attempt to resolve or connect raises, and
# report it: a test in this process could miss a connection made before the guard was set.
_GUARDED_MAIN = """
import socket, sys
def refuse(*args, **kwargs):
    sys.stderr.write("NETWORK USED\\n")
    raise OSError("network disabled by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.socket.sendto = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
socket.gethostbyname = refuse
from srccheck.cli import main
sys.argv[0] = "srccheck"
main()
"""


def run_guarded(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        [sys.executable, "-c", _GUARDED_MAIN, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def files_under(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file())


def test_the_whole_pipeline_runs_with_the_network_disabled_and_writes_nothing(tmp_path):
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    before = files_under(tmp_path)
    for fmt in ("terminal", "json", "sarif", "html"):
        result = run_guarded(tmp_path, "article.md", "--format", fmt, "--exit-zero")
        assert result.returncode == 0, result.stderr
        assert result.stderr == "", result.stderr
    lookup = run_guarded(tmp_path, "sources", "lookup", "https://www.bbc.co.uk/news/x")
    assert lookup.returncode == 0 and "bbc" in lookup.stdout.lower(), lookup.stderr
    # tldextract, rich and srccheck itself leave nothing behind: no cache under HOME, no
    # file beside the article.
    assert files_under(tmp_path / "home") == []
    assert files_under(tmp_path) == before


def test_tldextract_is_built_offline_with_no_cache():
    from srccheck.table import domains

    extractor = domains._extractor()
    assert tuple(extractor.suffix_list_urls) == ()  # the bundled snapshot only
    assert extractor.fallback_to_snapshot
    assert domains.registered_domain("news.bbc.co.uk") == "bbc.co.uk"
