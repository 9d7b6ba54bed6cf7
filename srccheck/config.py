"""Settings: from the command line, over ``SRCCHECK_*`` variables, over a configuration file.

The file is ``--config PATH``; else the nearest ``srccheck.toml``, ``.srccheck.toml`` or
``pyproject.toml`` with a ``[tool.srccheck]`` table, walking up from the article's directory
(stopping at a ``.git`` directory or the home directory); else the user configuration
(``$XDG_CONFIG_HOME/srccheck/config.toml``). Every value remembers where it came from.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srccheck.errors import ConfigError
from srccheck.model import Level
from srccheck.rules import unknown_rules

CONFIG_FILES = ("srccheck.toml", ".srccheck.toml", "pyproject.toml")
FAIL_ON = ("info", "warning", "error", "never")
FORMATS = ("terminal", "line", "json", "jsonl", "markdown", "sarif", "github", "html")

#: Every setting: (type check, description, default).
SETTINGS: dict[str, tuple[type | tuple[type, ...], str, Any]] = {
    "fail_on": (str, "lowest finding level that fails the run", "error"),
    "fail_under": (int, "fail when an article's sourcing score is below this", None),
    "select": (list, "rules to run (IDs, names or prefixes)", []),
    "ignore": (list, "rules not to run", []),
    "levels": (dict, "rule ID or name -> info | warning | error", {}),
    "sources": (list, "extra sources.toml tables, relative to the config file", []),
    "no_default_sources": (bool, "do not load the built-in table", False),
    "format": (str, "report format", None),
    "include": (list, "file globs checked inside directories", []),
    "max_size": (int, "largest article in bytes", 10 * 1024 * 1024),
    "baseline": (str, "baseline file of accepted findings", None),
}
ENV_PREFIX = "SRCCHECK_"


@dataclass(slots=True)
class Settings:
    """Effective settings and, for each, where it came from."""

    values: dict[str, Any] = field(default_factory=lambda: {k: v[2] for k, v in SETTINGS.items()})
    origins: dict[str, str] = field(default_factory=lambda: dict.fromkeys(SETTINGS, "default"))
    config_path: Path | None = None

    def get(self, key: str) -> Any:
        """The effective value of a setting."""
        return self.values[key]

    def set(self, key: str, value: Any, origin: str) -> None:
        """Record a value and its origin."""
        self.values[key] = value
        self.origins[key] = origin

    @property
    def levels(self) -> dict[str, Level]:
        """The per-rule level overrides, parsed."""
        return {rule.upper(): Level.parse(level) for rule, level in self.values["levels"].items()}


def find_config(start: Path, env: Mapping[str, str] | None = None) -> Path | None:
    """The nearest configuration file for an article in ``start``, or the user's, or None."""
    env = os.environ if env is None else env
    home = Path.home().resolve()
    current = start.resolve()
    while True:
        for name in CONFIG_FILES:
            candidate = current / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        if (current / ".git").exists() or current == home or current.parent == current:
            break
        current = current.parent
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    user = Path(base) / "srccheck" / "config.toml"
    return user if user.is_file() else None


def _has_tool_table(path: Path) -> bool:
    try:
        return "srccheck" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_settings(path: Path | None) -> Settings:
    """Settings from a configuration file (or the defaults when ``path`` is None)."""
    settings = Settings(config_path=path)
    if path is None:
        return settings
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("srccheck", {})
    elif "tool" in data and "srccheck" in data.get("tool", {}):
        data = data["tool"]["srccheck"]
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in SETTINGS:
            close = difflib.get_close_matches(name, SETTINGS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ConfigError(f"{path}: unknown setting '{key}'{hint}")
        if name == "sources":
            value = [str((path.parent / p).resolve()) for p in _check(path, name, value)]
        settings.set(name, _check(path, name, value), str(path))
    validate(settings)
    return settings


def apply_environment(settings: Settings, env: Mapping[str, str] | None = None) -> None:
    """Override settings with ``SRCCHECK_FAIL_ON`` and friends."""
    env = os.environ if env is None else env
    for name, (kind, _, _) in SETTINGS.items():
        if name == "sources":
            continue  # SRCCHECK_SOURCES is a table layer, read by the table loader itself
        raw = env.get(ENV_PREFIX + name.upper())
        if raw is None or raw == "":
            continue
        origin = f"${ENV_PREFIX}{name.upper()}"
        value: Any = raw
        if kind is int:
            try:
                value = int(raw)
            except ValueError:
                raise ConfigError(f"{origin}: expected a whole number, got {raw!r}") from None
        elif kind is bool:
            value = raw.strip().lower() in ("1", "true", "yes", "on")
        elif kind is list:
            value = [part.strip() for part in raw.split(",") if part.strip()]
        elif kind is dict:
            continue  # levels are set in files only
        settings.set(name, value, origin)
    validate(settings)


def _check(path: Path, name: str, value: Any) -> Any:
    kind = SETTINGS[name][0]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        names: dict[object, str] = {
            str: "a string",
            int: "a whole number",
            list: "a list",
            dict: "a table",
            bool: "true or false",
        }
        expected = names.get(kind, str(kind))
        raise ConfigError(f"{path}: setting '{name}' must be {expected}")
    return value


def validate(settings: Settings) -> None:
    """Check the values that have a closed set of choices."""
    where = settings.origins
    if settings.get("fail_on") not in FAIL_ON:
        raise ConfigError(f"{where['fail_on']}: fail_on must be one of {', '.join(FAIL_ON)}")
    fmt = settings.get("format")
    if fmt is not None and fmt not in FORMATS and fmt != "auto":
        raise ConfigError(f"{where['format']}: unknown format {fmt!r} ({', '.join(FORMATS)})")
    score = settings.get("fail_under")
    if score is not None and not 0 <= score <= 100:
        raise ConfigError(f"{where['fail_under']}: fail_under must be between 0 and 100")
    for key in ("select", "ignore"):
        unknown = unknown_rules(settings.get(key))
        if unknown:
            raise ConfigError(f"{where[key]}: {key} names no rule: {', '.join(unknown)}")
    try:
        levels = settings.levels
    except ValueError as exc:
        raise ConfigError(f"{where['levels']}: {exc}") from None
    unknown = unknown_rules(levels)
    if unknown:
        raise ConfigError(f"{where['levels']}: levels names no rule: {', '.join(unknown)}")
