"""Turn the command line, the environment and configuration files into one `Settings`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from srccheck.config import Settings, apply_environment, find_config, load_settings, validate
from srccheck.inputs import STDIN

# Command-line option -> setting, for the options that have a setting behind them.
_OPTION_SETTINGS = {
    "fmt": "format",
    "fail_under": "fail_under",
    "fail_on": "fail_on",
    "select": "select",
    "ignore": "ignore",
    "sources_paths": "sources",
    "no_default_sources": "no_default_sources",
    "include": "include",
    "max_size": "max_size",
    "baseline": "baseline",
}


def resolve_settings(ctx: click.Context, paths: tuple[str, ...], given: dict[str, Any]) -> Settings:
    """Settings for a run: command line over ``SRCCHECK_*`` over the configuration file."""
    if given.get("isolated"):
        settings = Settings()
    else:
        path = given.get("config_path") or find_config(_start_directory(paths))
        settings = load_settings(path)
        apply_environment(settings)
    for option, key in _OPTION_SETTINGS.items():
        source = ctx.get_parameter_source(option)
        value = given.get(option)
        if source is ParameterSource.COMMANDLINE or (
            source is ParameterSource.ENVIRONMENT and not given.get("isolated")
        ):
            if isinstance(value, tuple):
                value = [str(v) for v in value]
                if key == "sources":
                    value = settings.get("sources") + value
            if isinstance(value, Path):
                value = str(value)
            origin = "command line" if source is ParameterSource.COMMANDLINE else "environment"
            settings.set(key, value, origin)
    validate(settings)
    return settings


def _start_directory(paths: tuple[str, ...]) -> Path:
    """Configuration is looked for from the first article's directory (cwd for stdin)."""
    for raw in paths:
        if raw != STDIN:
            path = Path(raw)
            return path if path.is_dir() else path.parent if str(path.parent) else Path.cwd()
    return Path.cwd()
