"""Settings: from the command line, over ``SRCCHECK_*`` variables, over a configuration file.

The file is ``--config PATH``; else the nearest ``srccheck.toml``, ``.srccheck.toml`` or
``pyproject.toml`` with a ``[tool.srccheck]`` table, walking up from the article's directory
(stopping at a ``.git`` directory or the home directory); else the user configuration
(``$XDG_CONFIG_HOME/srccheck/config.toml``). Every value remembers where it came from.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srccheck.errors import ConfigError
from srccheck.inputs import parse_size
from srccheck.model import Level
from srccheck.rules import unknown_rules
from srccheck.table.schema import toml_syntax_error

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
    "max_size": ((int, str), "largest article: bytes, or a size such as 512K or 20M", 10 * 1024**2),
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
        text = path.read_text(encoding="utf-8-sig")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a configuration file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte offset {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(toml_syntax_error(str(path), exc))) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("srccheck", {})
    elif "tool" in data and "srccheck" in data.get("tool", {}):
        data = data["tool"]["srccheck"]
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: [tool.srccheck] must be a table")
    for key, value in data.items():
        where = f"{path}:{_key_line(text, key)}"
        name = key.replace("-", "_")
        if name not in SETTINGS:
            close = difflib.get_close_matches(name, SETTINGS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ConfigError(f"{where}: unknown setting '{key}'{hint}")
        value = _convert(where, name, _check(where, name, value))
        if name == "sources":
            value = [str((path.parent / p).resolve()) for p in value]
        settings.set(name, value, where)
    validate(settings)
    return settings


def _key_line(text: str, key: str) -> int:
    """The line on which ``key`` is set in the srccheck part of the file (1 if not found)."""
    start = 0
    section = re.search(r"^\s*\[tool\.srccheck\]", text, re.MULTILINE)
    if section is not None:
        start = section.end()
    name = re.escape(key)
    pattern = re.compile(
        rf"^[ \t]*(?:(?:{name}|\"{name}\"|'{name}')[ \t]*=|\[(?:tool\.srccheck\.)?{name}\])",
        re.MULTILINE,
    )
    found = pattern.search(text, start) or pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


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
        if name == "max_size":
            value = _convert(origin, name, raw)
        elif kind is int:
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


def _check(where: str, name: str, value: Any) -> Any:
    kind = SETTINGS[name][0]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        names: dict[object, str] = {
            str: "a string",
            int: "a whole number",
            list: "a list",
            dict: "a table",
            bool: "true or false",
            (int, str): "a number of bytes or a size such as '20M'",
        }
        expected = names.get(kind, str(kind))
        raise ConfigError(f"{where}: setting '{name}' must be {expected}")
    return value


def _convert(where: str, name: str, value: Any) -> Any:
    """Sizes written as text (``20M``) become bytes; other values pass through."""
    if name != "max_size":
        return value
    if isinstance(value, bool):
        raise ConfigError(f"{where}: setting 'max_size' must be a size such as '20M'")
    try:
        return parse_size(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: max_size: {exc}") from None


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
