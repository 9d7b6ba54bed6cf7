"""``srccheck rules`` and ``srccheck config show``: what srccheck checks and how it is set up."""

from __future__ import annotations

from pathlib import Path

import click

from srccheck.cli.settings import resolve_settings
from srccheck.config import SETTINGS
from srccheck.errors import SrccheckError
from srccheck.rules import RULES, RULES_BY_ID, RULES_BY_NAME


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
        return
    for item in RULES:
        click.echo(f"{item.id}  {item.name:<20} {item.level!s:<8} {item.summary}")


@click.group("config")
def config() -> None:
    """Show srccheck's effective configuration."""


@config.command("show")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="SRCCHECK_CONFIG",
    help="Configuration file to read.",
)
@click.option(
    "--isolated", is_flag=True, help="Ignore configuration files and SRCCHECK_* variables."
)
@click.pass_context
def show_config(
    ctx: click.Context, path: Path | None, config_path: Path | None, isolated: bool
) -> None:
    """Print each setting, its value, and where it came from (for an article at PATH)."""
    settings = resolve_settings(
        ctx, (str(path),) if path else (), {"config_path": config_path, "isolated": isolated}
    )
    click.echo(f"configuration file: {settings.config_path or '(none)'}")
    for key, (_, description, _) in SETTINGS.items():
        click.echo(
            f"{key:<20} {settings.get(key)!r:<28} from {settings.origins[key]}   # {description}"
        )
