"""Broken tables and configurations: one line naming the file and the line, exit status 2."""

from __future__ import annotations

import pytest

from srccheck.table import check_affiliations, load_table, merge_layers
from srccheck.table import schema as table_schema
from srccheck.table.schema import parse_table

from .conftest import invoke, one_error_line

HEADER = "schema_version = 1\n"


def block(id: str, name: str, kind: str = "think-tank", **extra: str) -> str:
    """One [[source]] block; ``extra`` values are TOML written verbatim."""
    lines = [
        "",
        "[[source]]",
        f'id = "{id}"',
        f'name = "{name}"',
        f'kind = "{kind}"',
        "score = 60",
        'basis = "Written for a test."',
        "reviewed = 2026-11-25",
        *(f"{key} = {value}" for key, value in extra.items()),
    ]
    return "\n".join(lines) + "\n"


def many_blocks(count: int) -> str:
    """A valid table of ``count`` outlets."""
    return HEADER + "".join(
        block(f"outlet-{n}", f"Herald Number {n}", "outlet") for n in range(count)
    )


BROKEN = {
    "TOML syntax": (HEADER + "[[source]\n", ":2:", "TOML syntax error"),
    "wrong type": (
        HEADER + block("a", "A").replace("score = 60", 'score = "60"'),
        ":7:1:",
        "'score' must be a whole number",
    ),
    "out of range": (
        HEADER + block("a", "A").replace("score = 60", "score = -1"),
        ":7:1:",
        "out of range",
    ),
    "unknown key": (HEADER + block("a", "A", tagz='["x"]'), ":10:1:", "did you mean 'tags'?"),
    "missing key": (
        HEADER + block("a", "A").replace('basis = "Written for a test."\n', ""),
        ":3:1:",
        "missing the required key 'basis'",
    ),
    "bad date": (
        HEADER + block("a", "A").replace("2026-11-25", '"last week"'),
        ":9:1:",
        "must be a date",
    ),
    "missing affiliation": (
        HEADER + block("a", "Ann Lee", "person", affiliation='"nobody"'),
        ":3:1:",
        "names no entry",
    ),
    "own affiliation": (
        HEADER + block("a", "A", affiliation='"a"'),
        ":3:1:",
        "its own affiliation",
    ),
    "circular affiliations": (
        HEADER
        + block("alpha", "Alpha Group", affiliation='"beta"')
        + block("beta", "Beta Group", affiliation='"gamma"')
        + block("gamma", "Gamma Group", affiliation='"alpha"'),
        ":3:1:",
        "circular affiliation: alpha -> beta -> gamma -> alpha",
    ),
    "not UTF-8": ("schema_version = 1\n# caf\xe9\n", ":1:1:", "not valid UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_table_is_one_line_with_file_and_line(runner, tmp_path, case):
    text, position, message = BROKEN[case]
    path = tmp_path / "broken.toml"
    path.write_bytes(text.encode("latin-1" if case == "not UTF-8" else "utf-8"))
    (tmp_path / "a.txt").write_text("Reuters said the talks resumed.\n", encoding="utf-8")
    for args in (("sources", "validate", str(path)), ("--sources", str(path), "a.txt")):
        result = invoke(runner, *args)
        assert result.exit_code == 2, result.output
        line = one_error_line(result)
        assert f"{path}{position}" in line and message in line, line


def test_an_affiliation_chain_without_a_cycle_is_fine(runner, tmp_path):
    path = tmp_path / "chain.toml"
    path.write_text(
        HEADER
        + block("ann-lee", "Ann Lee", "person", affiliation='"herald"')
        + block("herald", "The Herald", "outlet", affiliation='"herald-group"')
        + block("herald-group", "Herald Group"),
        encoding="utf-8",
    )
    assert invoke(runner, "sources", "validate", str(path)).exit_code == 0


def test_every_cycle_is_reported_once():
    path_text = (
        HEADER
        + block("b", "B", affiliation='"a"')
        + block("a", "A", affiliation='"b"')
        + block("c", "C", affiliation='"a"')  # leads into the cycle, is not part of it
    )
    problems = check_affiliations(merge_layers([parse_table(path_text, "t.toml")]))
    assert [p.message for p in problems] == ["circular affiliation: a -> b -> a"]


def test_a_100k_entry_table_loads_and_a_late_error_names_its_line(runner, tmp_path):
    text = many_blocks(100_000)
    good = tmp_path / "big.toml"
    good.write_text(text, encoding="utf-8")
    table = load_table([good])
    assert len(table.entries) >= 100_000
    assert table.resolve("herald number 99999").entry.id == "outlet-99999"
    bad = tmp_path / "big-bad.toml"
    bad.write_text(text + block("late", "Late", score_x="1"), encoding="utf-8")
    line_of_late = text.count("\n") + 2  # its [[source]] header
    result = invoke(runner, "sources", "validate", str(bad))
    assert result.exit_code == 2
    assert one_error_line(result).startswith(f"{bad}:{line_of_late + 7}:1: unknown key")


def test_a_large_table_read_in_pieces_equals_the_whole(monkeypatch):
    text = (
        many_blocks(3000)
        + '\n[[class_default]]\nid = "x"\nname = "X"\nphrases = ["x"]\nbasis = "b"\n'
    )
    monkeypatch.setattr(table_schema, "_PIECE_THRESHOLD", 1000)
    in_pieces = parse_table(text, "t.toml")
    monkeypatch.setattr(table_schema, "_PIECE_THRESHOLD", 10**12)
    whole = parse_table(text, "t.toml")
    assert in_pieces.entries == whole.entries and len(whole.entries) == 3000
    assert in_pieces.class_defaults == whole.class_defaults
    assert in_pieces.problems == whole.problems == []


def test_a_syntax_error_deep_in_a_large_table_keeps_its_true_line(monkeypatch):
    lines = many_blocks(3000).split("\n")
    lines[15_000] = "name = = 3"
    monkeypatch.setattr(table_schema, "_PIECE_THRESHOLD", 1000)
    [problem] = parse_table("\n".join(lines), "t.toml").problems
    assert (problem.line, problem.column) == (15_001, 8)


CONFIGS = {
    "TOML syntax": ('fail_on = "error\n', "srccheck.toml:1:", "TOML syntax error"),
    "unknown setting": (
        '\n\nfail_onn = "warning"\n',
        "srccheck.toml:3:",
        "did you mean 'fail_on'?",
    ),
    "wrong type": ('select = "SRC101"\n', "srccheck.toml:1:", "must be a list"),
    "out of range": ("\nfail_under = 150\n", "srccheck.toml:2:", "between 0 and 100"),
    "bad choice": ('fail_on = "sometimes"\n', "srccheck.toml:1:", "fail_on must be one of"),
    "bad size": ('max_size = "lots"\n', "srccheck.toml:1:", "not a size"),
    "unknown rule": (
        'fail_on = "error"\n[levels]\nSRC999 = "error"\n',
        "srccheck.toml:2:",
        "names no rule",
    ),
    "pyproject": ("[tool.srccheck]\nfail_on = 3\n", "pyproject.toml:2:", "must be a string"),
}


@pytest.mark.parametrize("case", sorted(CONFIGS))
def test_a_broken_configuration_is_one_line_with_file_and_line(runner, tmp_path, case):
    text, position, message = CONFIGS[case]
    name = "pyproject.toml" if case == "pyproject" else "srccheck.toml"
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Reuters said the talks resumed.\n", encoding="utf-8")
    result = invoke(runner, "a.txt")
    assert result.exit_code == 2, result.output
    line = one_error_line(result)
    assert position in line and message in line, line


def test_a_large_table_given_as_bytes_equals_the_text(monkeypatch):
    text = many_blocks(3000)
    monkeypatch.setattr(table_schema, "_PIECE_THRESHOLD", 1000)
    from_bytes = parse_table(text.encode("utf-8"), "t.toml")
    assert from_bytes.entries == parse_table(text, "t.toml").entries
    assert len(from_bytes.entries) == 3000 and from_bytes.problems == []


def test_a_bad_byte_deep_in_a_large_table_names_its_line(runner, tmp_path):
    text = many_blocks(8000)  # over the size read in pieces
    assert len(text) > table_schema.LARGE_TABLE_BYTES
    lines = text.encode("utf-8").split(b"\n")
    lines[40_000] = b'name = "caf\xe9"'
    path = tmp_path / "big.toml"
    path.write_bytes(b"\n".join(lines))
    result = invoke(runner, "sources", "validate", str(path))
    assert result.exit_code == 2
    line = one_error_line(result)
    assert line.startswith(f"{path}:40001:1: not valid UTF-8"), line


def test_a_table_that_starts_with_a_block_has_no_top_level_keys():
    text = (block("a", "A") + block("b", "B")).lstrip("\n")
    parsed = parse_table(text, "t.toml")
    assert parsed.problems == [] and [e.id for e in parsed.entries] == ["a", "b"]
