"""The only way srccheck writes a file: whole, or not at all, and never over what it read.

Reports (``--output``), baselines and starter tables are first *staged*: a regular file is
written to a temporary file in its own directory and flushed to disk; anything else is held
aside. Committing renames each temporary file over its target in one step, so a run that is
interrupted or fails leaves the old file exactly as it was and no half-written one.

What a path names decides how it is written. A regular file (or a new one) is replaced by a
rename; a symbolic link is followed and its *target* replaced, the link kept. A character
device (``/dev/null``) or a named pipe is written to directly, since renaming over it would
replace the device node with a plain file; so is ``/dev/stdout`` and the like, which name a
descriptor the caller already holds. Directories, sockets and block devices are refused.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from srccheck.errors import SrccheckError, os_error_message

#: How long a named pipe may go without a reader before the write gives up on it.
FIFO_WAIT_SECONDS = 10.0
#: Output held aside for a device or pipe stays in memory up to this size, then spills to disk.
_SPOOL_BYTES = 8 * 1024 * 1024
#: Paths that name an open descriptor of this process: written in place, never renamed over.
_DESCRIPTOR_PATH = re.compile(r"/dev/(?:stdout|stderr|fd/\d+)|/proc/(?:self|\d+)/fd/\d+")


class StagedWrite:
    """One output being written: `write` pieces, then `commit` them together or `discard`."""

    def __init__(self, path: Path) -> None:
        """Check what ``path`` names and open its staging area; `SrccheckError` if refused."""
        self.path = path
        self.replaces = _replaces_by_rename(path)
        self._target = Path(os.path.realpath(path)) if self.replaces else path
        self._temporary: Path | None = None
        self._stream: IO[str]
        if self.replaces:
            directory = self._target.parent
            try:
                handle, name = tempfile.mkstemp(
                    prefix=f".{self._target.name}.", suffix=".tmp", dir=directory
                )
            except OSError as exc:
                raise _cannot_write(path, exc) from None
            self._temporary = Path(name)
            self._stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        else:
            self._stream = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in commit/discard
                max_size=_SPOOL_BYTES, mode="w+", encoding="utf-8", newline=""
            )

    def write(self, text: str) -> None:
        """Add ``text`` to what will be written."""
        try:
            self._stream.write(text)
        except OSError as exc:
            self.discard()
            raise _cannot_write(self.path, exc) from None

    def push(self) -> None:
        """Hand what was written so far to the operating system (a streamed report), so the
        process does not hold it; the destination is still untouched until `commit`."""
        try:
            self._stream.flush()
        except OSError as exc:
            self.discard()
            raise _cannot_write(self.path, exc) from None

    def overwrites(self, paths: Iterable[str | Path]) -> str | None:
        """The first of ``paths`` that this output would replace (same file, a link to it or
        a hard link of it), or None."""
        if not self.replaces:
            return None  # a device or pipe: writing to it destroys no file
        for candidate in paths:
            try:
                if os.path.samefile(candidate, self._target):
                    return str(candidate)
            except OSError:
                continue
        return None

    def flush(self) -> None:
        """Put a staged regular file on disk (its rename is the only step left)."""
        if self._temporary is None:
            return
        try:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()
            _keep_owner_and_mode(self._temporary, self._target)
        except OSError as exc:
            self.discard()
            raise _cannot_write(self.path, exc) from None

    def commit(self) -> None:
        """Write the staged text to its destination: a rename, or a direct write."""
        try:
            if self._temporary is not None:
                os.replace(self._temporary, self._target)
                self._temporary = None
            else:
                self._stream.seek(0)
                _write_in_place(self.path, self._stream)
                self._stream.close()
        except OSError as exc:
            self.discard()
            raise _cannot_write(self.path, exc) from None

    def discard(self) -> None:
        """Drop what was staged; the destination stays as it was."""
        self._stream.close()
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
            self._temporary = None


def commit_together(outputs: Sequence[StagedWrite]) -> None:
    """Commit every staged output, or none when one of them fails before any rename.

    Regular files are flushed to disk first, then devices and pipes written, and only then
    are the files renamed into place, so a full disk or a pipe with no reader leaves every
    file as it was. Any failure discards what is still staged and raises `SrccheckError`.
    """
    try:
        for output in outputs:
            output.flush()
        for output in sorted(outputs, key=lambda o: o.replaces):
            output.commit()
    except BaseException:
        for output in outputs:
            output.discard()
        raise


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one rename; keep an existing file's mode.

    A device or named pipe is written to directly. Raises `SrccheckError` (one line, exit 2)
    when the file cannot be written; the old file, if any, is then untouched and no
    temporary file is left behind.
    """
    output = StagedWrite(path)
    output.write(text)
    commit_together([output])


def _replaces_by_rename(path: Path) -> bool:
    """True for a regular or new file, False for a device or pipe; refuse anything else."""
    try:
        info = os.stat(path)  # follows symbolic links: the target decides
    except FileNotFoundError:
        return True
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return _DESCRIPTOR_PATH.fullmatch(str(path)) is None
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return False
    if stat.S_ISDIR(mode):
        raise SrccheckError(f"{path}: is a directory; name a file to write")
    raise SrccheckError(
        f"{path}: not a regular file, character device or named pipe; refusing to write to it"
    )


def _write_in_place(path: Path, staged: IO[str]) -> None:
    """Copy ``staged`` into a device, pipe or open descriptor without replacing it."""
    descriptor = _open_in_place(path)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="", closefd=False) as stream:
            while chunk := staged.read(1 << 16):
                stream.write(chunk)
    finally:
        os.close(descriptor)


def _open_in_place(path: Path) -> int:
    """Open ``path`` for writing; a named pipe is given `FIFO_WAIT_SECONDS` to get a reader."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_NOCTTY
    if not stat.S_ISFIFO(os.stat(path).st_mode):
        return os.open(path, flags)
    deadline = time.monotonic() + FIFO_WAIT_SECONDS
    while True:
        try:
            descriptor = os.open(path, flags | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:  # ENXIO: nothing has the pipe open for reading yet
                raise
            if time.monotonic() > deadline:
                raise SrccheckError(
                    f"{path}: a named pipe that nothing read from within {FIFO_WAIT_SECONDS:g} s"
                ) from None
            time.sleep(0.05)
            continue
        os.set_blocking(descriptor, True)
        return descriptor


def _keep_owner_and_mode(temporary: Path, target: Path) -> None:
    """Give the new file the old one's mode (and, when root can, its owner), or what a plain
    ``open(target, "w")`` would give a new file."""
    try:
        info = target.stat()
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        return
    os.chmod(temporary, stat.S_IMODE(info.st_mode))
    if os.geteuid() == 0 and (info.st_uid, info.st_gid) != (0, 0):
        os.chown(temporary, info.st_uid, info.st_gid)  # CI as root must not take a file over


def _cannot_write(path: Path, exc: OSError) -> SrccheckError:
    return SrccheckError(f"{path}: {os_error_message(exc, action='write')}")
