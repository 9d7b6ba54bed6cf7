"""The only way srccheck writes a file: whole, or not at all.

Reports (``--output``), baselines and starter tables are written to a temporary file in the
target's directory, flushed to disk, then renamed over the target in one step, so a run that
is interrupted or fails leaves the old file exactly as it was and no half-written one.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from srccheck.errors import SrccheckError


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one rename; keep an existing file's mode.

    Raises `SrccheckError` (one line, exit 2) when the file cannot be written; the old
    file, if any, is then untouched and no temporary file is left behind.
    """
    directory = path.parent if str(path.parent) else Path(".")
    mode = _mode_for(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise SrccheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise SrccheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The mode the file has now, or what a plain ``open(path, "w")`` would give it."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
