"""Validation: every broken table is one problem with file, line and column."""

from __future__ import annotations

import pytest

from srccheck.table.schema import parse_table

from .conftest import entry


def problems(text: str) -> list[str]:
    return [str(p) for p in parse_table("schema_version = 1\n" + text, "t.toml").problems]


def test_a_valid_entry_has_no_problems():
    parsed = parse_table(
        "schema_version = 1\n" + entry("reuters", "Reuters", aliases='["RTRS"]'), "t.toml"
    )
    assert parsed.problems == []
    [reuters] = parsed.entries
    assert (
        reuters.aliases == ("RTRS",)
        and reuters.origin.line == 3
        and reuters.reviewed == "2026-11-25"
    )


def test_syntax_error_names_line_and_column():
    [problem] = problems('[[source]\nid = "x"\n')
    assert problem.startswith("t.toml:2:") and "TOML syntax error" in problem


def test_unknown_key_suggests_the_right_one():
    [problem] = problems(entry("x", "X", alias='["y"]'))
    assert problem == "t.toml:10:1: unknown key in [[source]] 'alias'; did you mean 'aliases'?"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"score": "150"}, "'score' 150 is out of range 0..100"),
        ({"score": '"high"'}, "'score' must be a whole number from 0 to 100, not a string"),
        ({"kind": '"blog"'}, "invalid 'kind' 'blog'"),
        ({"id": '"Not A Slug"'}, "must be a slug"),
        ({"aliases": '"TASS"'}, "'aliases' must be a list of strings, not a string"),
        ({"reviewed": '"last year"'}, "'reviewed' must be a date"),
    ],
)
def test_wrong_values(extra, message):
    fields = {
        "id": '"x"',
        "name": '"X"',
        "kind": '"outlet"',
        "score": "50",
        "basis": '"b"',
        "reviewed": "2026-11-25",
        **extra,
    }
    body = "[[source]]\n" + "".join(f"{k} = {v}\n" for k, v in fields.items())
    [problem] = problems(body)
    assert message in problem
    key_line = 3 + list(fields).index(next(iter(extra)))  # line 1 is schema_version
    assert problem.startswith(f"t.toml:{key_line}:1:")


def test_missing_required_key():
    [problem] = problems(
        '[[source]]\nid = "x"\nname = "X"\nkind = "outlet"\nbasis = "b"\nreviewed = 2026-11-25\n'
    )
    assert "missing the required key 'score'" in problem and problem.startswith("t.toml:2:")


def test_duplicate_ids():
    [problem] = problems(entry("x", "X") + entry("x", "Y"))
    assert "duplicate source id 'x' (first defined on line 3)" in problem


def test_every_problem_is_collected():
    assert len(problems(entry("a", "A", score="150") + entry("b", "B", kind="blog"))) == 2


def test_unsupported_schema_version():
    result = parse_table("schema_version = 9\n", "t.toml")
    assert "unsupported schema_version 9" in str(result.problems[0])


def test_class_and_kind_defaults():
    parsed = parse_table(
        'schema_version = 1\n[[class_default]]\nid = "anonymous-source"\nname = "anonymous"\n'
        'phrases = ["Sources Said"]\nscore = 30\nbasis = "b"\n'
        '[[kind_default]]\nkind = "person"\nbasis = "unrated"\n',
        "t.toml",
    )
    assert parsed.problems == []
    assert parsed.class_defaults[0].phrases == ("sources said",)
    assert parsed.kind_defaults[0].score is None
