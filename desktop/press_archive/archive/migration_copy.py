"""The copy of a database file made before it is migrated, so an upgrade gone wrong loses nothing.

One copy per schema version, under a fixed name and written whole or not at all: a migration that
is interrupted (killed, a full disk) leaves the file at its old version and the complete copy
beside it, and trying again reuses that copy instead of leaving another full one behind.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from press_archive.archive.errors import ArchiveError
from press_archive.atomic import WriteError, atomic_file

CANNOT_COPY = "cannot copy the database before upgrading it"


def migration_copy_path(path: Path, version: int) -> Path:
    """`archive.db` at schema 3 -> `archive.schema-v3-backup.db`, beside it."""
    return path.with_name(f"{path.stem}.schema-v{version}-backup{path.suffix}")


def copy_before_migration(
    conn: sqlite3.Connection, path: Path, version: int, schema: str = "main", private: bool = False
) -> Path:
    """Copy the database `schema` of `conn` (the file `path`, at `version`) unless a copy is there.

    A `private` copy (the user's notes) is readable by the user alone.
    """
    target = migration_copy_path(path, version)
    if target.is_file():
        return target
    try:
        with atomic_file(target, force=False, private=private) as temporary:
            copy = sqlite3.connect(temporary)
            try:
                conn.backup(copy, name=schema)
            finally:
                copy.close()
    except WriteError as error:
        raise ArchiveError(str(target), f"{CANNOT_COPY}: {error.reason}") from error
    except sqlite3.Error as error:
        raise ArchiveError(str(target), f"{CANNOT_COPY}: {error}") from error
    return target
