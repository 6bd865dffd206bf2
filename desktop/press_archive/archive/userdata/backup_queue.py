"""The order automatic backups are written in: the order of their snapshots, with no edit waiting for
a backup being written.

A backup's state is fixed when it reads its snapshot of the user data; writing it takes as long as
the data is large (most of a second at 100 MB of notes). An edit from the command line waits until
its backup holds its snapshot, so the backup holds exactly the state the edit left, but never
until an earlier backup is written. Each backup takes a ticket with its snapshot, under a lock held
only for that moment: a file named after the revision of the user data it holds, locked by its
writer until the backup is written. Before it writes, a backup waits for the tickets of earlier
revisions, so backups land in the order of the changes; a listing waits for every ticket. A writer
that dies lets go of its ticket with its process, and the next backup clears the file.
"""

from __future__ import annotations

import fcntl
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from press_archive.archive.userdata.backup import PRIVATE_FOLDER_MODE

_TICKET = re.compile(r"-user-(\d+)\.ticket")


@contextmanager
def _locked(path: Path, exclusive: bool = True) -> Iterator[None]:
    with path.open("a", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield


def _queue_lock(directory: Path, stem: str) -> Path:
    return directory / f".{stem}-user.queue"


def _ticket(directory: Path, stem: str, revision: int) -> Path:
    return directory / f".{stem}-user-{revision}.ticket"


def _tickets(directory: Path, stem: str) -> list[tuple[int, Path]]:
    """The tickets of backups under way (or of writers that died), by revision."""
    found = []
    for path in directory.glob(f".{stem}-user-*.ticket"):
        match = _TICKET.fullmatch(path.name[len(stem) + 1 :])
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def _claim(path: Path) -> IO[str] | None:
    """Hold the ticket at `path`; None when a backup of the same revision holds it already."""
    handle = path.open("a", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


@contextmanager
def backup_ticket(directory: Path, stem: str, snapshot: Callable[[], int | None]) -> Iterator[int | None]:
    """Read the snapshot (`snapshot()` returns the revision to back up, or None when there is nothing
    new) and hold a ticket for it while the block writes the backup. Yields that revision, or None
    when there is nothing to write (nothing changed, or a backup of this state is under way)."""
    directory.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    queue = _queue_lock(directory, stem)
    with _locked(queue):
        revision = snapshot()
        path = _ticket(directory, stem, revision) if revision is not None else None
        handle = _claim(path) if path is not None else None
    if path is None or handle is None:
        yield None
        return
    try:
        yield revision
    finally:
        # Under the queue's lock: a backup taking its snapshot then sees this ticket held, or gone
        # with the revision recorded as backed up, never a state between the two.
        with _locked(queue):
            path.unlink(missing_ok=True)
        handle.close()


def wait_for_earlier(directory: Path, stem: str, revision: int | None = None) -> None:
    """Wait until the backups of revisions before `revision` (None: all) are written, or their
    writers gone; clear the tickets the ones gone left."""
    for held, path in _tickets(directory, stem):
        if revision is not None and held >= revision:
            break
        try:
            handle = path.open("r", encoding="utf-8")
        except FileNotFoundError:
            continue  # written meanwhile
        with handle:
            fcntl.flock(handle, fcntl.LOCK_SH)
        _clear_if_abandoned(_queue_lock(directory, stem), path)


def _clear_if_abandoned(queue: Path, path: Path) -> None:
    """Remove a ticket no one holds (its writer removes its own before letting go: one that died
    did not); a ticket a new backup of its revision holds stays."""
    with _locked(queue):
        try:
            handle = path.open("r", encoding="utf-8")
        except FileNotFoundError:
            return
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            path.unlink()
