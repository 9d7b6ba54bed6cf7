"""``srccheck rules`` and ``srccheck config show``: what srccheck checks and how it is set up."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import click

from srccheck.cli.options import config_options
from srccheck.cli.settings import setup_from_options
from srccheck.config import SETTINGS
from srccheck.errors import SrccheckError
from srccheck.inputs import format_size
from srccheck.rules import RULES, RULES_BY_ID, RULES_BY_NAME
from srccheck.setup import RunSetup


@click.command("rules")
@click.argument("rule", required=False)
def rules(rule: str | None) -> None:
    """List the rules, or explain RULE (an ID such as SRC101, or a name)."""
    if rule is not None:
        found = RULES_BY_ID.get(rule.upper()) or RULES_BY_NAME.get(rule)
        if found is None:
            raise SrccheckError(f"no rule {rule!r}; `srccheck rules` lists them")
        click.echo(f"{found.id} {found.name} (default level: {found.level})\n")
        click.echo(found.summary + "\n")
        click.echo(click.wrap_text(found.explanation, 88))
        if found.thresholds:
            click.echo("\nthresholds:")
            for key, threshold in found.thresholds.items():
                click.echo(f"  {key} = {threshold}  ({threshold.meaning})")
        return
    for item in RULES:
        click.echo(f"{item.id}  {item.name:<20} {item.level!s:<8} {item.summary}")


@click.group("config")
def config() -> None:
    """Show srccheck's effective configuration."""


@config.command("show")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@config_options
@click.pass_context
def show_config(
    ctx: click.Context, path: Path | None, config_path: Path | None, isolated: bool
) -> None:
    """Print each setting, its value, and where it came from (for an article at PATH).

    The output is TOML: copy any line into a configuration file.
    """
    setup = setup_from_options(
        ctx, (str(path),) if path else (), {"config_path": config_path, "isolated": isolated}
    )
    for line in config_lines(setup):
        click.echo(line)


#: `config show` fits a terminal of this width (paths longer than it excepted).
SHOW_WIDTH = 80


def config_lines(setup: RunSetup) -> list[str]:
    """The effective settings as commented TOML, each line at most `SHOW_WIDTH` columns."""
    lines = _comment(f"configuration file: {setup.config_path or 'none'}")
    tables = ["built-in" if setup.use_default_table else "no built-in"]
    tables += [str(path) for path in setup.table_files]
    lines += _comment(f"tables, later ones overriding earlier ones: {', '.join(tables)}")
    for setting in setup.settings:
        description = SETTINGS[setting.name][1]
        lines.append("")
        lines += _comment(f"{description} [from {setting.origin}]")
        lines += _assignment(setting.name, setting.value)
    return lines


def _comment(text: str) -> list[str]:
    # Paths are never broken: a long one may overflow, but stays copyable.
    return textwrap.wrap(
        text,
        SHOW_WIDTH,
        initial_indent="# ",
        subsequent_indent="#   ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _assignment(name: str, value: Any) -> list[str]:
    """``name = value`` in TOML, a long list spread over lines; an unset value commented."""
    if value is None:
        return [f"# {name} is not set"]
    if name == "max_size" and "," not in format_size(value):
        value = format_size(value)
    if name == "levels":
        pairs = ", ".join(f"{key} = {_toml(level)}" for key, level in value)
        return [f"{name} = {{ {pairs} }}" if pairs else f"{name} = {{}}"]
    one_line = f"{name} = {_toml(value)}"
    if len(one_line) <= SHOW_WIDTH or not isinstance(value, tuple):
        return [one_line]
    return [f"{name} = [", *(f"    {_toml(item)}," for item in value), "]"]


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)
