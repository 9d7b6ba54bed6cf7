"""How an article's outlet and date are known, for grouping an archive's results.

In order, the first that gives a value wins:

1. the article's own metadata: the fields of its JSON Lines record, or its row in a
   ``--metadata`` CSV file (matched by ``id`` or ``path``);
2. Markdown front matter (``date: 2024-03-05``, ``outlet: Daily Example``), YAML (``---``)
   or TOML (``+++``);
3. for the date only, a date in the file's path: ``2024/03/05/slug.md``,
   ``2024-03-05-slug.md`` or ``2024/03/slug.md``.

The field names each value may have are in `OUTLET_FIELDS` and `DATE_FIELDS`. The folder is
not metadata: it is where the file sits under the directory the run was given.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from pathlib import Path

from srccheck.errors import InputError

#: Field names that give an article's outlet (first present wins).
OUTLET_FIELDS = ("outlet", "publisher", "site_name")
#: Field names that give an article's publication date (first present wins).
DATE_FIELDS = ("date", "published", "publication_date", "pubdate")
#: Field names that name the article a CSV metadata row is about.
KEY_FIELDS = ("id", "path")

_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.M)
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?![\d])")
_PATH_DATE = re.compile(r"(?<![\d])((?:19|20)\d{2})[/_-](\d{2})(?:[/_-](\d{2}))?(?![\d])")


def normalise_date(value: str) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` from the start of an ISO-like date; None if it is none."""
    found = _ISO_DATE.match(value.strip().strip("\"'"))
    return None if found is None else _date_text(*found.groups())


def _date_text(year: str, month: str, day: str | None) -> str | None:
    if not 1 <= int(month) <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return None
    text = f"{year}-{int(month):02d}"
    return text if day is None else f"{text}-{int(day):02d}"


def path_date(path: str) -> str | None:
    """The last plausible date written into a file path (folders or the file name)."""
    for found in reversed(list(_PATH_DATE.finditer(path))):
        date = _date_text(*found.groups())
        if date is not None:
            return date
    return None


def front_matter(text: str) -> dict[str, str]:
    """The flat ``key: value`` fields of Markdown front matter (quotes stripped)."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return {}
    fields: dict[str, str] = {}
    for key, value in _FRONT_FIELD.findall(found.group(2)):
        fields.setdefault(key.lower(), value.strip("\"'"))
    return fields


def first_field(fields: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    """The first non-empty value among ``names`` in ``fields``."""
    for name in names:
        value = fields.get(name)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def describe(
    metadata: Mapping[str, str], text: str | None, path: str | None
) -> tuple[str | None, str | None]:
    """The article's ``(outlet, date)`` by the rules in this module's docstring."""
    matter = front_matter(text) if text and text[:4].lstrip("\ufeff")[:3] in ("---", "+++") else {}
    outlet = first_field(metadata, OUTLET_FIELDS) or first_field(matter, OUTLET_FIELDS)
    given = first_field(metadata, DATE_FIELDS) or first_field(matter, DATE_FIELDS)
    date = normalise_date(given) if given else None
    if date is None and path:
        date = path_date(path)
    return outlet, date


def read_metadata_csv(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a metadata CSV keyed by their ``id`` or ``path``; `InputError` if unusable."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = [c.strip().lower() for c in reader.fieldnames or []]
            if not any(key in columns for key in KEY_FIELDS):
                raise InputError(f"{path}: a metadata CSV needs an 'id' or 'path' column")
            rows: dict[str, dict[str, str]] = {}
            for row in reader:
                fields = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                for key in KEY_FIELDS:
                    if fields.get(key):
                        rows[fields[key]] = fields
            return rows
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a UTF-8 CSV file ({exc})") from None
