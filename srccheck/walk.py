"""Which files a run reads: paths as given, and directories walked for article files.

A directory that cannot be listed is an error in the report (its articles would otherwise
vanish from the run without a word); Word, PDF and other office files found on the way are
counted, so the user learns that srccheck passed them by and how to convert them.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from srccheck.documents import DOCUMENT_SUFFIXES
from srccheck.errors import os_error_message
from srccheck.model import InputFailure

STDIN = "-"


@dataclass(frozen=True, slots=True)
class FoundArticles:
    """The articles a run will read, and what the search met on the way."""

    names: tuple[str, ...]
    """Files as given on the command line, then each directory's files in path order."""
    failures: tuple[InputFailure, ...] = ()
    """Directories that could not be listed (their files are not checked)."""
    skipped_documents: tuple[str, ...] = ()
    """Office documents and PDFs found in directories: not text, so not checked."""


def find_articles(paths: Sequence[str], include: Sequence[str]) -> FoundArticles:
    """Expand ``paths``: files as given, directories walked recursively for ``include`` globs,
    hidden files and directories skipped, symbolic links to directories not followed."""
    names: list[str] = []
    failures: list[InputFailure] = []
    documents: list[str] = []
    for raw in paths:
        if raw != STDIN and _is_directory(raw):
            found, unreadable, skipped = _walk(raw, include)
            names += found
            failures += unreadable
            documents += skipped
        else:
            names.append(raw)
    return FoundArticles(tuple(names), tuple(failures), tuple(documents))


def _is_directory(raw: str) -> bool:
    """Whether ``raw`` is a directory; a path that cannot even be examined is left to the
    reader, which reports why."""
    try:
        return Path(raw).is_dir()
    except OSError:
        return False


def _walk(top: str, include: Sequence[str]) -> tuple[list[str], list[InputFailure], list[str]]:
    unreadable: list[InputFailure] = []

    def complain(error: OSError) -> None:
        where = error.filename or top
        reason = os_error_message(error, "directory")
        unreadable.append(
            InputFailure(str(where), f"{where}: cannot list this directory ({reason})")
        )

    found: list[Path] = []
    skipped: list[Path] = []
    for directory, subdirectories, files in os.walk(top, onerror=complain):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(directory, name)
            if any(fnmatch.fnmatch(name, glob) for glob in include):
                if _is_regular(path):
                    found.append(path)
            elif path.suffix.lower() in DOCUMENT_SUFFIXES:
                skipped.append(path)
    # Sorted by path components, so that "a/x.txt" comes before "a.txt" as `Path` sorts.
    found.sort(key=lambda p: p.parts)
    skipped.sort(key=lambda p: p.parts)
    unreadable.sort(key=lambda f: Path(f.path).parts)
    return [str(p) for p in found], unreadable, [str(p) for p in skipped]


def _is_regular(path: Path) -> bool:
    """A regular file (following a symbolic link): pipes and devices in a directory are
    passed by, as they may never end."""
    try:
        return path.is_file()
    except OSError:
        return True  # cannot tell: let the reader report why it cannot read it
