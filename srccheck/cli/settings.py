"""Turn a command's options into the run's one `RunSetup` (see `srccheck.setup`)."""

from __future__ import annotations

from typing import Any

import click
from click.core import ParameterSource

from srccheck.setup import RunSetup, resolve_setup

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


def setup_from_options(
    ctx: click.Context, paths: tuple[str, ...], given: dict[str, Any]
) -> RunSetup:
    """The run's setup: options given on the command line over ``SRCCHECK_*`` variables over
    the configuration file, and the table layers (all discovered once, in `resolve_setup`)."""
    overrides = {
        key: given[option]
        for option, key in _OPTION_SETTINGS.items()
        if option in given and ctx.get_parameter_source(option) is ParameterSource.COMMANDLINE
    }
    return resolve_setup(
        paths,
        overrides=overrides,
        config_path=given.get("config_path"),
        isolated=bool(given.get("isolated")),
        stdin_name=given.get("stdin_filename"),
    )
