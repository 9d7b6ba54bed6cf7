"""srccheck batch on the command line: a local cluster, resumption, and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from srccheck.cli import cli
from tests.archive.corpus import write_corpus


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # configuration discovery stops here
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("SRCCHECK_SOURCES", "SRCCHECK_CONFIG", "SRCCHECK_SELECT", "SRCCHECK_IGNORE"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def test_a_run_then_the_same_command_again_skips_what_is_written(runner: CliRunner) -> None:
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    paths = write_corpus(Path("archive"), 30)
    third = paths[3].relative_to("archive").as_posix()
    Path("meta.csv").write_text(f"path,outlet\n{third},North Courier\n")
    args = ["batch", "archive", "-o", "out", "--workers", "2", "--metadata", "meta.csv"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "30 articles" in result.output and "articles/s" in result.output
    assert (Path("out") / "srccheck-batch.json").is_file()
    again = runner.invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert "resuming: 30 articles already in out" in again.output
    assert "0 articles" in again.output
    from srccheck.archive.store import read_rows

    rows = read_rows(Path("out"), "articles")
    assert len(rows) == 30 and len({row["input"] for row in rows}) == 30
    assert [row["input"] for row in rows if row["outlet"] == "North Courier"] == [str(paths[3])]


def test_unreadable_articles_are_rows_and_exit_2(runner: CliRunner) -> None:
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    Path("a").mkdir()
    Path("a/good.txt").write_text("Officials said the bridge was closed.\n")
    Path("a/bad.txt").write_bytes(b"\x00\x00\x00")
    result = runner.invoke(cli, ["batch", "a", "-o", "out", "-w", "1"])
    assert result.exit_code == 2
    assert "1 articles could not be checked" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["batch", "missing-dir", "-o", "out"], "missing-dir: no such file or directory"),
        (["batch", "-", "-o", "out"], "reads files, not stdin"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    pytest.importorskip("distributed")
    result = runner.invoke(cli, args)
    assert result.exit_code == 2 and message in result.output
    assert not Path("out").exists()


def test_without_the_extra_it_says_how_to_install(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "dask" else real(name, *a)
    )
    Path("a.txt").write_text("Officials said so.\n")
    result = runner.invoke(cli, ["batch", "a.txt", "-o", "out"])
    assert result.exit_code == 2
    assert result.output.strip().endswith("pip install 'srccheck[dask]'")
    assert len(result.output.strip().splitlines()) == 1


def test_the_command_line_never_imports_the_extras_at_start() -> None:
    code = (
        "import sys; from srccheck.cli import cli; cli.get_command(None, 'batch');"
        " cli.get_command(None, 'stats');"
        " heavy = {'dask', 'distributed', 'pyarrow', 'pandas', 'matplotlib'};"
        " print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_a_run_stopped_with_ctrl_c_resumes_and_ends_with_every_row_once(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    import json
    import signal
    import time

    from srccheck.archive.inputs import list_refs, read_refs
    from srccheck.archive.rows import article_row
    from srccheck.archive.store import read_rows
    from srccheck.batch import check_batch

    write_corpus(tmp_path / "archive", 120)
    args = [sys.executable, "-m", "srccheck", "batch", "archive", "-o", "out"]
    args += ["--workers", "1", "--partition-size", "5", "--isolated"]
    run = subprocess.Popen(args, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    parts = tmp_path / "out" / "articles"
    deadline = time.monotonic() + 120
    while len(list(parts.glob("part-*"))) < 2 and run.poll() is None:
        assert time.monotonic() < deadline, "no partition written in 120 s"
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130, stderr
    kept = len(read_rows(tmp_path / "out", "articles"))
    assert 10 <= kept < 120 and not list(parts.glob(".tmp-*"))
    again = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"resuming: {kept} articles already in out" in again.stderr
    assert f"{120 - kept} articles" in again.stderr
    written = read_rows(tmp_path / "out", "articles")
    refs = list(list_refs([str(tmp_path / "archive")]))
    expected = [article_row(r) for r in check_batch(read_refs(refs), keep_going=True)]
    for row in expected:  # the subprocess listed the archive by its relative path
        row["id"] = row["input"] = str(Path(row["input"]).relative_to(tmp_path))
    assert sorted(json.dumps(r, sort_keys=True) for r in written) == sorted(
        json.dumps(r, sort_keys=True) for r in expected
    )
