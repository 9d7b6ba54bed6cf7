"""The README's tables stay in sync with the code."""

from __future__ import annotations

import re
from pathlib import Path

import click

from srccheck.cli import EXIT_INTERRUPTED, cli
from srccheck.config import SETTINGS
from srccheck.errors import EXIT_FAILED, EXIT_INTERNAL, EXIT_PASSED, EXIT_USAGE
from srccheck.report import FORMATS
from srccheck.rules import RULES
from srccheck.setup import ENV_CONFIG

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(title)
    end = README.find("\n#", start + len(title))
    return README[start : end if end > 0 else None]


def test_every_environment_variable_is_documented():
    documented = set(re.findall(r"`(SRCCHECK_[A-Z_]+)`", _section("### Environment variables")))
    declared = {"SRCCHECK_DEBUG", "SRCCHECK_SOURCES", ENV_CONFIG}
    for command in _commands().values():
        for param in getattr(command, "params", []):
            if getattr(param, "envvar", None):
                declared.add(param.envvar)
    declared |= {
        f"SRCCHECK_{name.upper()}" for name in SETTINGS if name not in ("levels", "sources")
    }
    assert declared <= documented, declared - documented


def test_exit_codes_are_documented():
    table = _section("### Exit status")
    for code in (EXIT_PASSED, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED):
        assert f"| {code} |" in table


def test_every_rule_and_format_is_documented():
    rules = _section("### Rules")
    for rule in RULES:
        assert f"| {rule.id} | {rule.name} | {rule.level} |" in rules
    formats = _section("### Formats")
    for fmt in FORMATS:
        assert f"| `{fmt}` |" in formats


def _commands() -> dict[str, click.Command]:
    context = click.Context(cli)
    commands = {name: cli.get_command(context, name) for name in cli.list_commands(context)}
    assert {"check", "sources", "rules", "config"} <= set(commands)
    return {name: command for name, command in commands.items() if command is not None}


def test_every_command_has_help():
    for name, command in _commands().items():
        assert command.help or command.short_help, name
        assert f"srccheck {name}" in README or name == "check"
