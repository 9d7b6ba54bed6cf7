"""What a researcher asks of an archive run's Parquet output, by outlet, folder and month.

For each group: how many articles and attributions; the share of attributions resting on
an anonymous source (the classes rule SRC101 reports) and on a vague one (SRC102's); the
share of claims relayed through a carrier rated under 40 (SRC204's); the mean sourcing
score. And the most-cited sources of each group with their ratings. Articles without an
outlet or a date fall in the group ``unknown``; articles that failed count only in
``failed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from srccheck.archive.parts import PART_PREFIX
from srccheck.archive.store import ARTICLES, ATTRIBUTIONS, MANIFEST
from srccheck.errors import SrccheckError

#: What ``--by`` can group on: article columns (``folder`` cut to ``folder_depth`` parts).
GROUPINGS = ("outlet", "folder", "month")
UNKNOWN = "unknown"
TOP_FOLDER = "."

_ARTICLE_COLUMNS = ["input", "outlet", "folder", "month", "score", "error"]
_ATTRIBUTION_COLUMNS = [
    "input",
    "source",
    "category",
    "class",
    "entry",
    "kind",
    "rating",
    "letter",
    "low_rated_carrier",
]


@dataclass(frozen=True, slots=True)
class Stats:
    """The answers: one row per group, and the most-cited sources per group."""

    by: tuple[str, ...]
    groups: list[dict[str, Any]]
    sources: list[dict[str, Any]]


def load_frames(out: Path) -> tuple[Any, Any]:
    """The articles and attributions of ``out`` as pandas data frames (needed columns)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not (out / MANIFEST).is_file():
        raise SrccheckError(f"{out}: no srccheck batch output here ({MANIFEST} is missing)")
    frames = []
    for table, columns in ((ARTICLES, _ARTICLE_COLUMNS), (ATTRIBUTIONS, _ATTRIBUTION_COLUMNS)):
        parts = sorted((out / table).glob(f"{PART_PREFIX}*.parquet"))
        try:
            tables = [pq.read_table(part, columns=columns) for part in parts]
        except (OSError, pa.ArrowException) as exc:
            raise SrccheckError(f"{out / table}: unreadable Parquet ({exc})") from None
        empty = pa.schema([(c, pa.string()) for c in columns]).empty_table()
        frames.append(pa.concat_tables(tables).to_pandas() if tables else empty.to_pandas())
    return frames[0], frames[1]


def compute(out: Path, by: Sequence[str] = (), *, folder_depth: int = 1, top: int = 10) -> Stats:
    """Shares per group and the ``top`` most-cited sources per group, from ``out``."""
    articles, attributions = load_frames(out)
    keys = list(dict.fromkeys(by))
    articles = _with_group_columns(articles, keys, folder_depth)
    attributions = attributions.merge(
        articles[["input", *keys]], on="input", how="inner", validate="many_to_one"
    )
    return Stats(
        tuple(keys),
        _group_rows(articles, attributions, keys),
        _top_sources(attributions, keys, top),
    )


def _with_group_columns(articles: Any, keys: list[str], folder_depth: int) -> Any:
    articles = articles.copy()
    for key in keys:
        column = articles[key].astype("object")
        if key == "folder":
            column = column.map(lambda folder: _cut_folder(folder, folder_depth))
        articles[key] = column.where(column.notna() & (column != ""), UNKNOWN)
    return articles


def _cut_folder(folder: Any, depth: int) -> str:
    if not isinstance(folder, str):
        return UNKNOWN
    parts = [part for part in folder.split("/") if part]
    return "/".join(parts[:depth]) if parts else TOP_FOLDER


def _group_rows(articles: Any, attributions: Any, keys: list[str]) -> list[dict[str, Any]]:
    """One row per group with counts, shares and the mean score."""
    checked = articles[articles["error"].isna()]
    per_group: dict[tuple[Any, ...], dict[str, Any]] = {}

    def row(group: tuple[Any, ...]) -> dict[str, Any]:
        return per_group.setdefault(group, {**dict(zip(keys, group, strict=True)), **_zero()})

    for group, frame in _groups(articles, keys):
        row(group)["failed"] = int(frame["error"].notna().sum())
    for group, frame in _groups(checked, keys):
        scores = frame["score"].dropna()
        row(group).update(
            articles=len(frame),
            mean_score=round(float(scores.mean()), 1) if len(scores) else None,
        )
    for group, frame in _groups(attributions, keys):
        counts = frame["category"].value_counts()
        row(group).update(
            attributions=len(frame),
            anonymous=int(counts.get("anonymous", 0)),
            vague=int(counts.get("vague", 0)),
            low_rated_carrier=int(frame["low_rated_carrier"].fillna(False).astype(bool).sum()),
        )
    rows = [per_group[group] for group in sorted(per_group, key=_sort_key)]
    for values in rows:
        total = values["attributions"]
        for name in ("anonymous", "vague", "low_rated_carrier"):
            values[f"{name}_share"] = round(values[name] / total, 4) if total else None
        anonymous_or_vague = values["anonymous"] + values["vague"]
        values["anonymous_or_vague_share"] = round(anonymous_or_vague / total, 4) if total else None
    return rows


def _zero() -> dict[str, Any]:
    return {
        "articles": 0,
        "failed": 0,
        "mean_score": None,
        "attributions": 0,
        "anonymous": 0,
        "vague": 0,
        "low_rated_carrier": 0,
    }


def _groups(frame: Any, keys: list[str]) -> list[tuple[tuple[Any, ...], Any]]:
    """``(group key, rows)`` pairs; one group ``()`` when there are no keys."""
    if not keys:
        return [((), frame)]
    return [
        (group if isinstance(group, tuple) else (group,), rows)
        for group, rows in frame.groupby(keys, sort=True, dropna=False)
    ]


def _text(value: Any) -> str | None:
    """A string cell as ``str``, a missing one (None or NaN) as None."""
    return value if isinstance(value, str) else None


def _sort_key(group: tuple[Any, ...]) -> tuple[tuple[bool, str], ...]:
    return tuple((value == UNKNOWN, str(value)) for value in group)


def _top_sources(attributions: Any, keys: list[str], top: int) -> list[dict[str, Any]]:
    """The ``top`` sources with most attributions in each group, with their ratings."""
    if attributions.empty:
        return []
    frame = attributions.copy()
    # A table entry is one source however the text names it; an unnamed source is its class.
    frame["identity"] = frame["entry"].where(
        frame["entry"].notna(), frame["class"].where(frame["class"].notna(), frame["source"])
    )
    rows = []
    for group, rows_of_group in _groups(frame, keys):
        for identity, cited in rows_of_group.groupby("identity", sort=False):
            first = cited.iloc[0]
            rating = cited["rating"].dropna()
            rows.append(
                {
                    **dict(zip(keys, group, strict=True)),
                    "source": str(cited["source"].mode().iloc[0]),
                    "entry": _text(first["entry"]),
                    "kind": str(first["kind"]),
                    "category": str(first["category"]),
                    "rating": int(rating.median()) if len(rating) else None,
                    "letter": str(cited["letter"].mode().iloc[0]),
                    "attributions": len(cited),
                    "articles": int(cited["input"].nunique()),
                    "_identity": str(identity),
                }
            )
    rows.sort(
        key=lambda r: (*_sort_key(tuple(r[k] for k in keys)), -r["attributions"], r["source"])
    )
    kept: list[dict[str, Any]] = []
    seen: dict[tuple[Any, ...], int] = {}
    for values in rows:
        group = tuple(values[k] for k in keys)
        seen[group] = seen.get(group, 0) + 1
        if seen[group] <= top:
            values.pop("_identity")
            kept.append(values)
    return kept
