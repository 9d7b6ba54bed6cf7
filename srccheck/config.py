"""Settings: their names, types and defaults; reading them from a file and the environment.

A configuration file is ``srccheck.toml``, ``.srccheck.toml`` or a ``pyproject.toml`` with a
``[tool.srccheck]`` table; which one a run reads is decided in `srccheck.setup`, the only
module that looks around the machine. Every value remembers where it came from.
"""

from __future__ import annotations

import copy
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srccheck.errors import ConfigError, os_error_message
from srccheck.inputs import DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, format_size, parse_size
from srccheck.model import Level
from srccheck.report import FORMATS
from srccheck.table.schema import toml_syntax_error
from srccheck.tomlerrors import too_deep

FAIL_ON = ("info", "warning", "error", "never")

#: Every setting: (type check, description, default).
SETTINGS: dict[str, tuple[type | tuple[type, ...], str, Any]] = {
    "fail_on": (str, "lowest finding level that fails the run", "error"),
    "fail_under": (int, "fail when an article's sourcing score is below this", None),
    "select": (list, "rules to run (IDs, names or prefixes)", []),
    "ignore": (list, "rules not to run", []),
    "levels": (dict, "rule ID or name -> info | warning | error", {}),
    "sources": (list, "extra sources.toml tables, relative to the config file", []),
    "no_default_sources": (bool, "do not load the built-in table", False),
    "format": (str, "report format (auto: terminal on a terminal, else line)", "auto"),
    "include": (list, "file globs checked inside directories", list(DEFAULT_INCLUDE)),
    "max_size": (
        (int, str),
        "largest article: bytes, or a size such as 512K or 20M",
        DEFAULT_MAX_BYTES,
    ),
    "baseline": (str, "baseline file of accepted findings", None),
}
ENV_PREFIX = "SRCCHECK_"
#: The largest ``max_size`` accepted: far above any article, far below what a read can take.
MAX_SIZE_LIMIT = 1024**4


def defaults() -> dict[str, Any]:
    """Every setting's default value (fresh lists and tables, safe to change)."""
    return {name: copy.copy(spec[2]) for name, spec in SETTINGS.items()}


@dataclass(slots=True)
class Settings:
    """Effective settings and, for each, where it came from."""

    values: dict[str, Any] = field(default_factory=lambda: defaults())
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


def load_settings(path: Path | None) -> Settings:
    """Settings from a configuration file (or the defaults when ``path`` is None).

    Raises `ConfigError`, one line naming the file and line, for anything wrong in it.
    """
    settings = Settings(config_path=path)
    if path is None:
        return settings
    text, data = _read_toml(path)
    data = _srccheck_part(path, data)
    for key, value in data.items():
        where = f"{path}:{_key_line(text, key)}"
        name = key.replace("-", "_")
        if name not in SETTINGS:
            import difflib  # only for a typo's suggestion

            close = difflib.get_close_matches(name, SETTINGS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ConfigError(f"{where}: unknown setting '{key}'{hint}")
        value = _convert(where, name, _check(where, name, value))
        if name == "sources":
            value = [str((path.parent / p).resolve()) for p in value]
        elif name == "baseline":
            # Like `sources`: a path written in a file means a path next to that file.
            value = str((path.parent / value).resolve())
        settings.set(name, value, where)
    validate(settings)
    return settings


def _read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """The text of a configuration file and its parsed TOML; one-line errors."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte offset {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: {os_error_message(exc, 'configuration file')}") from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(toml_syntax_error(str(path), exc, text))) from None
    except RecursionError:
        line = too_deep(text) or 1
        raise ConfigError(f"{path}:{line}: arrays or tables nested too deeply") from None


def _srccheck_part(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The srccheck settings of a file: ``[tool.srccheck]``, else its top level."""
    tool = data.get("tool")
    if tool is not None and not isinstance(tool, dict):
        if path.name == "pyproject.toml":
            return {}  # not ours to judge: another tool's business
        raise ConfigError(f"{path}:1: 'tool' must be a table such as [tool.srccheck]")
    if path.name == "pyproject.toml":
        part = (tool or {}).get("srccheck", {})
    elif tool is not None and "srccheck" in tool:
        part = tool["srccheck"]
    else:
        part = data
    if not isinstance(part, dict):
        raise ConfigError(f"{path}:1: [tool.srccheck] must be a table")
    return part


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


def apply_environment(settings: Settings, env: Mapping[str, str]) -> None:
    """Override settings with ``SRCCHECK_FAIL_ON`` and friends."""
    for name, (kind, _, _) in SETTINGS.items():
        if name == "sources":
            continue  # SRCCHECK_SOURCES is a table layer, placed by the table's layering
        raw = env.get(ENV_PREFIX + name.upper())
        if raw is None or raw == "":
            continue
        origin = f"${ENV_PREFIX}{name.upper()}"
        value: Any = raw
        if name == "max_size":
            value = _convert(origin, name, raw)
        elif kind is int:
            value = _whole_number(origin, raw)
        elif kind is bool:
            value = raw.strip().lower() in ("1", "true", "yes", "on")
        elif kind is list:
            value = [part.strip() for part in raw.split(",") if part.strip()]
        elif kind is dict:
            continue  # levels are set in files only
        settings.set(name, value, origin)
    validate(settings)


COMMAND_LINE = "command line"


def set_override(settings: Settings, name: str, value: Any, origin: str = COMMAND_LINE) -> None:
    """Set ``name`` from the command line (or a library call), over file and environment.

    Lists become lists of strings and paths strings; ``sources`` adds to the configured
    tables rather than replacing them; ``max_size`` may be written as ``20M``.
    """
    if name not in SETTINGS:
        raise ConfigError(f"{origin}: unknown setting '{name}'")
    if origin == COMMAND_LINE:
        origin = "--" + name.replace("_", "-")  # the option, for messages and `config show`
    if isinstance(value, list | tuple):
        value = [str(item) for item in value]
        if name == "sources":
            value = list(settings.get("sources")) + value
    elif isinstance(value, Path):
        value = str(value)
    elif name == "max_size":
        value = _convert(origin, name, value)
    elif name == "fail_under" and isinstance(value, str):
        value = _whole_number(origin, value)
    settings.set(name, value, origin)


def _whole_number(origin: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{origin}: expected a whole number, got {raw!r}") from None


#: How each expected type is named in messages.
_TYPE_NAMES: dict[object, str] = {
    str: "a string",
    int: "a whole number",
    list: "a list",
    dict: "a table",
    bool: "true or false",
    (int, str): "a number of bytes or a size such as '20M'",
}


def _check(where: str, name: str, value: Any) -> Any:
    """``value`` if it has the type setting ``name`` takes (lists of strings, tables of
    strings); else a `ConfigError` naming what was expected."""
    kind = SETTINGS[name][0]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise ConfigError(
            f"{where}: setting '{name}' must be {_TYPE_NAMES.get(kind, str(kind))}, "
            f"not {_describe(value)}"
        )
    if isinstance(value, list):
        for item in value:
            if not isinstance(item, str):
                raise ConfigError(
                    f"{where}: setting '{name}' must be a list of strings, "
                    f"but holds {_describe(item)}"
                )
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(item, str):
                raise ConfigError(
                    f'{where}: {name}.{key} must be a string such as "warning", '
                    f"not {_describe(item)}"
                )
    return value


def _describe(value: Any) -> str:
    """What a TOML value is, for a message: ``the number 1``, ``a table``."""
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


def _convert(where: str, name: str, value: Any) -> Any:
    """Sizes written as text (``20M``) become bytes; other values pass through."""
    if name != "max_size":
        return value
    if isinstance(value, bool):
        raise ConfigError(f"{where}: setting 'max_size' must be a size such as '20M'")
    try:
        size = parse_size(value)
    except (ValueError, OverflowError) as exc:
        detail = exc if isinstance(exc, ValueError) else f"not a size: {value!r}"
        raise ConfigError(f"{where}: {_named(where, name)}{detail}") from None
    if size > MAX_SIZE_LIMIT:
        raise ConfigError(
            f"{where}: {_named(where, name)}{value!r} is more than the largest article "
            f"srccheck reads ({format_size(MAX_SIZE_LIMIT)})"
        )
    return size


def _unknown_rules(patterns: Iterable[str]) -> list[str]:
    """The patterns that name no rule; the rules are loaded only when there is one to check,
    so that commands that run no rule (``sources``, ``config show``) do not pay for them."""
    patterns = list(patterns)
    if not patterns:
        return []
    from srccheck.rules import unknown_rules

    return unknown_rules(patterns)


def _named(where: str, name: str) -> str:
    """The setting's name before a message, unless ``where`` is its option already."""
    return "" if where.startswith("--") else f"{name}: "


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
        if any(not pattern.strip() for pattern in settings.get(key)):
            # An empty pattern is a prefix of every rule ID: it would silently select, or
            # switch off, every rule.
            raise ConfigError(f"{where[key]}: {key} has an empty rule name; name a rule")
        unknown = _unknown_rules(settings.get(key))
        if unknown:
            raise ConfigError(f"{where[key]}: {key} names no rule: {', '.join(unknown)}")
    for key in ("include", "sources"):
        if any(not item.strip() for item in settings.get(key)):
            raise ConfigError(f"{where[key]}: {key} has an empty entry")
    try:
        levels = settings.levels
    except ValueError as exc:
        raise ConfigError(f"{where['levels']}: {exc}") from None
    unknown = _unknown_rules(levels)
    if unknown:
        raise ConfigError(f"{where['levels']}: levels names no rule: {', '.join(unknown)}")
