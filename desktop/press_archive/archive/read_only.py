"""An archive that cannot be written is opened read-only, and nothing is ever written beside it.

SQLite offers two ways to read a file without writing it, and each is wrong in one case:

- `mode=ro` reads a database in WAL mode through its `-shm` index. When there is no `-shm`, SQLite
  creates one, and a `-wal`, beside the file (if the folder can be written: a read-only archive in
  a writable folder would get two new files), or fails (if it cannot: a read-only folder).
- `immutable=1` reads the main file alone: no lock, no `-shm`, no `-wal`, nothing created. But it
  ignores a `-wal` that holds changes not yet folded into the file (a program writing the archive
  now, or one killed while it did), and would read an older or inconsistent state.

So each connection chooses when it opens: with no `-wal` beside the file (or an empty one: the
archive was closed), everything is in the file and `immutable=1` reads it exactly; with changes in a
`-wal`, `mode=ro` reads them through the `-shm` that the writer keeps. A `-wal` without its `-shm`
(an unclean end) cannot be read without creating one, so it is refused, saying why.
"""

from __future__ import annotations

import os
from pathlib import Path

from press_archive.archive.errors import ArchiveError

FILE_READ_ONLY = "the file cannot be written"
FOLDER_READ_ONLY = "its folder cannot be written"
#: What a read-only archive still does, said with every refusal.
STILL_POSSIBLE = "it can be searched, read, exported and backed up, not changed"


class ReadOnlyArchive(ArchiveError):
    """A change asked of an archive (or its user data) that cannot be written; `why` says what
    cannot be written, `what` names the file ("archive" or "user data")."""

    def __init__(self, path: str, why: str, what: str = "archive") -> None:
        super().__init__(path, f"read-only: {why}; {STILL_POSSIBLE}")
        self.why = why
        self.what = what

    def __str__(self) -> str:
        return f"the {self.what} at {self.path} is read-only: {self.why}; {STILL_POSSIBLE}"


def may(path: Path, mode: int) -> bool:
    """Whether this process may read (`os.R_OK`) or write (`os.W_OK`) `path`, asked with its
    effective ids, as the system will decide (a read-only file system counts too)."""
    return os.access(path, mode, effective_ids=os.access in os.supports_effective_ids)


def why_read_only(path: Path) -> str | None:
    """Why the database at `path` cannot be written, or None when it can. Writing it takes its
    folder too (SQLite keeps its `-wal` and `-shm` beside it), so a read-only folder is enough."""
    if path.exists() and not may(path, os.W_OK):
        return FILE_READ_ONLY
    if path.parent.is_dir() and not may(path.parent, os.W_OK):
        return FOLDER_READ_ONLY
    return None


def read_only_uri(path: Path) -> str:
    """The URI that reads `path` without writing anything beside it (see the module docstring)."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    location = path.resolve().as_uri()
    if not (wal.exists() and wal.stat().st_size > 0):
        return f"{location}?immutable=1"
    if not shm.exists():
        raise ArchiveError(
            str(path),
            f"read-only, and its last changes are in {wal.name} without the {shm.name} needed to read "
            "them (a program writing it ended without closing it): open it once with write access",
        )
    return f"{location}?mode=ro"
