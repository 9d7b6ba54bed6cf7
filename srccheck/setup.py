"""One resolved setup for a run: every setting with its origin, and the table files to load.

This is the only module that looks around the machine for a run: it reads the environment,
walks up from the article for a configuration file, and finds the ordered list of table
layers (the user's table, a ``sources.toml`` above the working directory,
``SRCCHECK_SOURCES``, the configuration's ``sources``, ``--sources``); the table module only
loads the files it is given. Everything after it — the engine, its worker processes, every
sub-command — receives the resulting `RunSetup` and discovers nothing itself, so a run sees
the same settings and the same table whichever process does the work.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srccheck.config import (
    SETTINGS,
    Settings,
    apply_environment,
    load_settings,
    set_override,
    validate,
)
from srccheck.errors import ConfigError
from srccheck.inputs import DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, STDIN
from srccheck.model import Level

if TYPE_CHECKING:
    from srccheck.rules import RuleSelection
    from srccheck.table import SourceTable

#: Configuration files looked for in each directory walking up from the article, in order.
CONFIG_FILES = ("srccheck.toml", ".srccheck.toml", "pyproject.toml")
ENV_CONFIG = "SRCCHECK_CONFIG"
ENV_SOURCES = "SRCCHECK_SOURCES"
ENV_STEP_SUMMARY = "GITHUB_STEP_SUMMARY"
#: The name of a table layer found by searching (the user's, or one above the working directory).
TABLE_FILE = "sources.toml"


def _frozen(value: Any) -> Any:
    """An immutable copy of a setting's value."""
    if isinstance(value, list | tuple):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return tuple((key, _frozen(item)) for key, item in value.items())
    return value


def _selection(
    select: tuple[str, ...], ignore: tuple[str, ...], levels: dict[str, Level]
) -> RuleSelection:
    """The rules to run; imported here, so that commands that run none do not load them."""
    from srccheck.rules import RuleSelection

    return RuleSelection(select, ignore, levels)


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What checking one article needs besides its text: rules, limits and inputs."""

    selection: RuleSelection = field(default_factory=lambda: _selection((), (), {}))
    max_bytes: int = DEFAULT_MAX_BYTES
    include: tuple[str, ...] = DEFAULT_INCLUDE
    stdin_name: str | None = None
    window_jobs: int | None = None
    """Processes that detect a very long article's windows; None: one per core, a few at most."""


@dataclass(frozen=True, slots=True)
class Setting:
    """One effective setting: its value and where it came from."""

    name: str
    value: Any
    """Immutable: lists are tuples, tables are tuples of (key, value) pairs."""
    origin: str
    """``default``, ``FILE:LINE``, ``$SRCCHECK_…`` or the option (``--fail-on``)."""


@dataclass(frozen=True, slots=True)
class RunSetup:
    """Everything a run needs to know about its surroundings, resolved once.

    Immutable and picklable: the command line builds one, and the engine, its worker
    processes and every sub-command receive it, so none of them reads the environment or
    walks a directory again.

    From the library, build one with `resolve_setup` (the same discovery as the command
    line: configuration file, ``SRCCHECK_*`` variables, table layers), passing settings as
    ``overrides``::

        from srccheck.engine import check_paths
        from srccheck.setup import resolve_setup

        setup = resolve_setup(["drafts/"], overrides={"fail_on": "warning"})
        report = check_paths(["drafts/"], setup=setup)

    or, for a run that depends on nothing around it, ``RunSetup()`` (defaults and the
    built-in table) or ``resolve_setup(paths, isolated=True, overrides={"sources": [...]})``.
    """

    settings: tuple[Setting, ...] = tuple(
        Setting(name, _frozen(spec[2]), "default") for name, spec in SETTINGS.items()
    )
    config_path: Path | None = None
    """The configuration file read, if any."""
    table_files: tuple[Path, ...] = ()
    """The table layers over the built-in table, in order (later ones win)."""
    stdin_name: str | None = None
    """The name to report for an article read from ``-``."""
    step_summary: Path | None = None
    """``$GITHUB_STEP_SUMMARY``: where the ``github`` format's Markdown summary is appended."""
    in_ci: bool = False
    """Running under CI (``$CI``, ``$GITHUB_ACTIONS``): no progress bar."""
    no_color: bool = False
    """``$NO_COLOR`` is set: no colour unless ``--color always``."""
    working_directory: Path | None = None
    """Where the run was started; reports that link files name them relative to it."""

    def setting(self, name: str) -> Setting:
        """The effective setting ``name`` (a key of `srccheck.config.SETTINGS`)."""
        for setting in self.settings:
            if setting.name == name:
                return setting
        raise KeyError(name)

    def value(self, name: str) -> Any:
        """The effective value of setting ``name``."""
        return self.setting(name).value

    @property
    def use_default_table(self) -> bool:
        """Whether the built-in table is the bottom layer (a layer may still drop it)."""
        return not self.value("no_default_sources")

    @property
    def levels(self) -> dict[str, Level]:
        """The per-rule level overrides, parsed."""
        return {rule.upper(): Level.parse(level) for rule, level in self.value("levels")}

    @property
    def options(self) -> CheckOptions:
        """The options each article is checked with."""
        return CheckOptions(
            selection=_selection(self.value("select"), self.value("ignore"), self.levels),
            max_bytes=self.value("max_size"),
            include=self.value("include"),
            stdin_name=self.stdin_name,
        )

    def load_table(self) -> SourceTable:
        """Load this setup's table: the built-in one (unless dropped) and `table_files`.

        Nothing is discovered here; every process that calls it gets the same table.
        """
        from srccheck.table import load_table

        return load_table(self.table_files, use_default=self.use_default_table)


def resolve_setup(
    paths: Sequence[str] = (),
    *,
    overrides: Mapping[str, Any] | None = None,
    config_path: Path | None = None,
    isolated: bool = False,
    stdin_name: str | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> RunSetup:
    """Resolve a run's setup: ``overrides`` (the command line) over ``SRCCHECK_*`` variables
    over the configuration file, and the table layers.

    The configuration file is ``config_path``, else ``$SRCCHECK_CONFIG``, else the nearest
    one walking up from the first article in ``paths`` (the working directory for none or
    stdin), else the user's. ``isolated`` reads no configuration file, no variable and no
    table but the built-in one and the ``sources`` in ``overrides``. Raises `ConfigError`,
    one line naming the file and line (or the option, or the variable) at fault; the table
    files themselves are read later, by `RunSetup.load_table`.
    """
    env = os.environ if env is None else env
    cwd = Path.cwd() if cwd is None else cwd
    if isolated:
        if config_path is not None:
            raise ConfigError("--config and --isolated contradict each other; choose one")
        settings = Settings()
    else:
        if config_path is None and env.get(ENV_CONFIG):
            config_path = Path(env[ENV_CONFIG])
        if config_path is None:
            config_path = find_config(_start_directory(paths, cwd), env)
        settings = load_settings(config_path)
        apply_environment(settings, env)
    for name, value in (overrides or {}).items():
        set_override(settings, name, value)
    validate(settings)
    return RunSetup(
        settings=tuple(
            Setting(name, _frozen(settings.values[name]), settings.origins[name])
            for name in SETTINGS
        ),
        config_path=settings.config_path,
        table_files=tuple(_table_files(settings, isolated, cwd, env)),
        stdin_name=stdin_name,
        step_summary=Path(env[ENV_STEP_SUMMARY]) if env.get(ENV_STEP_SUMMARY) else None,
        in_ci=bool(env.get("CI") or env.get("GITHUB_ACTIONS")),
        no_color=bool(env.get("NO_COLOR")),
        working_directory=cwd,
    )


def load_table(paths: Sequence[Path | str] = (), *, use_default: bool = True) -> SourceTable:
    """The built-in table plus the user's layers (``srccheck.load_table``, for the library).

    The layers are the ones ``srccheck check`` would use in the working directory: the
    user's ``sources.toml``, one found walking up, ``SRCCHECK_SOURCES`` and the
    configuration's ``sources``, then ``paths`` over them (like ``--sources``).
    ``use_default=False`` drops the built-in table, like ``--no-default-sources``. Raises
    `ConfigError` for a broken configuration file and `TableError` for a broken table.
    To load given files and nothing else, use `srccheck.table.load_table`.
    """
    overrides: dict[str, Any] = {"sources": [str(path) for path in paths]} if paths else {}
    if not use_default:
        overrides["no_default_sources"] = True
    return resolve_setup(overrides=overrides).load_table()


def _table_files(
    settings: Settings, isolated: bool, cwd: Path, env: Mapping[str, str]
) -> list[Path]:
    """The table layers over the built-in table, in order, each file once: the user's
    ``sources.toml``, the nearest one walking up from ``cwd``, ``SRCCHECK_SOURCES``, then
    the configured ``sources`` (``--sources``). ``isolated`` keeps only the last."""
    found = [] if isolated else _found_tables(cwd, env)
    found.extend(Path(p) for p in settings.values["sources"])
    unique: list[Path] = []
    for path in found:
        if not any(_same_file(path, seen) for seen in unique):
            unique.append(path)
    return unique


def _found_tables(cwd: Path, env: Mapping[str, str]) -> list[Path]:
    """The table layers found by searching, not named in a configuration or option."""
    from srccheck.table import default_table_path

    found: list[Path] = []
    user = _user_directory(env) / TABLE_FILE
    if _is_file(user):
        found.append(user)
    nearest = _nearest_table(cwd)
    # In a source checkout, walking up finds the built-in table itself: it is no user layer.
    if nearest is not None and not _same_file(nearest, default_table_path()):
        found.append(nearest)
    found.extend(Path(p) for p in env.get(ENV_SOURCES, "").split(os.pathsep) if p.strip())
    return found


def _nearest_table(start: Path) -> Path | None:
    """The nearest ``sources.toml`` in ``start`` or a parent, stopping at the home directory
    (unlike the configuration's walk, a ``.git`` directory does not stop it)."""
    home = _resolved(Path.home())
    current = _resolved(start)
    while True:
        candidate = current / TABLE_FILE
        if _is_file(candidate):
            return candidate
        if current == home or current.parent == current:
            return None
        current = current.parent


def _user_directory(env: Mapping[str, str]) -> Path:
    """``$XDG_CONFIG_HOME/srccheck``: the user's configuration and table."""
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "srccheck"


def _start_directory(paths: Sequence[str], cwd: Path) -> Path:
    """Configuration is looked for from the first article's directory (cwd for stdin)."""
    for raw in paths:
        if raw != STDIN:
            path = cwd / raw
            try:
                return path if path.is_dir() else path.parent
            except OSError:
                return path.parent
    return cwd


def find_config(start: Path, env: Mapping[str, str]) -> Path | None:
    """The nearest configuration file for an article in ``start``, or the user's, or None.

    The walk stops at a directory holding ``.git``, at the home directory and at the root.
    """
    home = _resolved(Path.home())
    current = _resolved(start)
    while True:
        for name in CONFIG_FILES:
            candidate = current / name
            if _is_file(candidate) and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        if _exists(current / ".git") or current == home or current.parent == current:
            break
        current = current.parent
    user = _user_directory(env) / "config.toml"
    return user if _is_file(user) else None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _has_tool_table(path: Path) -> bool:
    """Whether a ``pyproject.toml`` has a ``[tool.srccheck]`` table (else it is passed by)."""
    try:
        tool = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False
    return isinstance(tool, dict) and "srccheck" in tool
