"""One import at a time into an archive, and who is running it: a locked file beside the archive.

SQLite lets one writer in at a time, and a second import would wait its turn page by page, up to the
busy timeout each, then fail with "database is locked". Taking a lock for the whole import instead
lets the second one say at once that another import is running, and which process runs it. The lock
is `flock` on `<stem>-import.lock`, which holds the holder's process id: the system drops the lock
when that process ends, however it ends, so a killed import never leaves the archive locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from press_archive.archive.errors import ArchiveError
from press_archive.atomic import PRIVATE_MODE

#: Called with the process id of the import that holds the archive (None when it cannot be read);
#: returning True waits for it to finish, False stops.
BusyCallback = Callable[[int | None], bool]


class ImportRunning(ArchiveError):
    """Another import holds the archive, and the caller chose not to wait for it."""

    def __init__(self, path: Path, holder: int | None) -> None:
        super().__init__(str(path), f"{describe_holder(holder)} is importing into this archive")
        self.holder = holder


def describe_holder(holder: int | None) -> str:
    return "another import" if holder is None else f"another import (process {holder})"


def import_lock_path(archive_path: Path) -> Path:
    """`archive.db` -> `archive-import.lock`, in the same folder."""
    return archive_path.with_name(f"{archive_path.stem}-import.lock")


def _read_holder(fd: int) -> int | None:
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


@dataclass(frozen=True)
class RunningImport:
    """An import running into an archive now; `pid` is None in the moment before it writes its id."""

    pid: int | None


def running_import(archive_path: Path) -> RunningImport | None:
    """The import running into this archive now, or None when there is none."""
    try:
        fd = os.open(import_lock_path(archive_path), os.O_RDONLY)
    except OSError:
        return None  # never imported into, or a folder we cannot read: no import of ours runs
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return RunningImport(_read_holder(fd))
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


@contextmanager
def holding_import_lock(archive_path: Path, on_busy: BusyCallback | None = None) -> Iterator[None]:
    """Hold the archive's import lock for the length of the block.

    When another import holds it, `on_busy` is told which process, and decides: wait for it (True,
    also the choice when no callback is given) or raise `ImportRunning` (False).
    """
    path = import_lock_path(archive_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_MODE)
    except OSError as error:
        raise ArchiveError(str(path), f"cannot create the import lock: {error.strerror}") from error
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            if on_busy is not None and not on_busy(holder):
                raise ImportRunning(archive_path, holder) from None
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # closing drops the lock; the file stays, holding a stale id no one locks
