"""The user's own data lives in a file of its own, beside the archive, attached as schema `user`.

An analyst's tags and notes are worth more than the archive, which can always be rebuilt from the
pages: keeping them in `<archive stem>-user.db`, keyed by the items' stable text ids (never by the
archive's `date_key`), lets the archive be deleted, re-imported or migrated without touching them.
The file has its own application id and schema version, so it migrates on its own terms, and its
commits are synced to disk in full (`synchronous = FULL`): a crash never loses a saved edit.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from press_archive.archive.errors import ArchiveError
from press_archive.archive.migration_copy import copy_before_migration
from press_archive.archive.read_only import may, read_only_uri
from press_archive.atomic import PRIVATE_MODE

SCHEMA = "user"
USER_APPLICATION_ID = 0x50524155  # "PRAU"
USER_SCHEMA_VERSION = 2

#: Every table holding user data; a change to any of them bumps `state.revision`, which is how the
#: automatic backups know there is something new to save.
DATA_TABLES = ("tags", "item_tags", "stars", "notes", "collections", "collection_items", "saved_searches")


def user_db_path(archive_path: Path) -> Path:
    """`archive.db` -> `archive-user.db`, in the same directory."""
    return archive_path.with_name(f"{archive_path.stem}-user{archive_path.suffix or '.db'}")


def timestamp() -> str:
    """The time user data is stamped with: UTC, to the second, ISO 8601."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _create_v1(conn: sqlite3.Connection) -> None:
    statements = [
        "CREATE TABLE user.tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
        "color TEXT)",
        "CREATE TABLE user.item_tags (item_id TEXT NOT NULL, "
        "tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (item_id, tag_id)) "
        "WITHOUT ROWID",
        "CREATE INDEX user.item_tags_tag ON item_tags(tag_id, item_id)",
        "CREATE TABLE user.stars (item_id TEXT PRIMARY KEY, starred_at TEXT NOT NULL) WITHOUT ROWID",
        "CREATE TABLE user.notes (item_id TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL) "
        "WITHOUT ROWID",
        # Filled by the notes module with the same folding and stemming as the archive's own index.
        "CREATE VIRTUAL TABLE user.notes_fts USING fts5(item_id UNINDEXED, text, text_stem, "
        "tokenize='unicode61 remove_diacritics 2')",
        "CREATE TABLE user.collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
        "created_at TEXT NOT NULL)",
        "CREATE TABLE user.collection_items (collection_id INTEGER NOT NULL REFERENCES collections(id) "
        "ON DELETE CASCADE, item_id TEXT NOT NULL, position INTEGER NOT NULL, "
        "PRIMARY KEY (collection_id, item_id)) WITHOUT ROWID",
        "CREATE INDEX user.collection_items_item ON collection_items(item_id)",
        "CREATE TABLE user.saved_searches (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
        "query TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE user.state (revision INTEGER NOT NULL, backed_up_revision INTEGER NOT NULL)",
        "INSERT INTO user.state VALUES (0, 0)",
    ]
    for table in DATA_TABLES:
        statements += _counting_triggers(table)
    for statement in statements:
        conn.execute(statement)


def _counting_triggers(table: str) -> list[str]:
    """The triggers that count every change to `table` in `state.revision`."""
    return [
        f"CREATE TRIGGER user.{table}_{event.lower()}_counted AFTER {event} ON {table} "
        "BEGIN UPDATE state SET revision = revision + 1; END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


def _note_rowids_v2(conn: sqlite3.Connection) -> None:
    """Each note gets a number, which is also its row in the notes' full-text index.

    The index was found by item id, a column FTS5 cannot look up: replacing or deleting a note read
    the whole index, so restoring 50,000 notes took the square of that. Now it is one row by number.
    The index keeps its folded and stemmed text, copied row by row; the tables' names and columns
    are as before, so a version that reads schema 1 reads this one too.
    """
    statements = [
        "CREATE TABLE user.notes_v2 (id INTEGER PRIMARY KEY, item_id TEXT NOT NULL UNIQUE, "
        "text TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "INSERT INTO user.notes_v2 (item_id, text, updated_at) "
        "SELECT item_id, text, updated_at FROM user.notes ORDER BY item_id",
        "DROP TABLE user.notes",
        "ALTER TABLE user.notes_v2 RENAME TO notes",
        *_counting_triggers("notes"),
        "CREATE VIRTUAL TABLE user.notes_fts_v2 USING fts5(item_id UNINDEXED, text, text_stem, "
        "tokenize='unicode61 remove_diacritics 2')",
        "INSERT INTO user.notes_fts_v2 (rowid, item_id, text, text_stem) "
        "SELECT n.id, f.item_id, f.text, f.text_stem FROM user.notes_fts f JOIN user.notes n USING (item_id)",
        "DROP TABLE user.notes_fts",
        "ALTER TABLE user.notes_fts_v2 RENAME TO notes_fts",
    ]
    for statement in statements:
        conn.execute(statement)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _create_v1, 2: _note_rowids_v2}


def readable_user_db(path: Path) -> bool:
    """Whether there is a user data file at `path` that this process may read."""
    return path.exists() and path.stat().st_size > 0 and may(path, os.R_OK)


def attach_user_db(conn: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
    """Make the user's data visible on this connection as `user.*`.

    Read-only, the file is read without writing anything beside it; with no file (or another
    user's, which only they may read), an empty user data in memory stands in, so every search
    (`tag:`, `is:starred`) runs and finds none.
    """
    if not read_only:
        conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (path.resolve().as_uri(),))
        conn.execute(f"PRAGMA {SCHEMA}.synchronous = FULL")
    elif readable_user_db(path):
        conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (read_only_uri(path),))
    else:
        conn.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
        for step in range(1, USER_SCHEMA_VERSION + 1):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA {SCHEMA}.application_id = {USER_APPLICATION_ID}")
        conn.execute(f"PRAGMA {SCHEMA}.user_version = {USER_SCHEMA_VERSION}")


def _make_private(path: Path) -> None:
    """Create the file readable by the user alone, or make an older, world-readable one so: it holds
    private notes. SQLite gives its `-wal` and `-shm` files the permissions of this one."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))
    except FileExistsError:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & ~PRIVATE_MODE:
            path.chmod(mode & PRIVATE_MODE)


def open_user_db(conn: sqlite3.Connection, path: Path, read_only: bool = False) -> Path | None:
    """Attach the user data file to the pool's first connection, creating or migrating it.

    Returns the copy made before a migration, if one was made. A database that is not ours, or is
    from a newer version, is refused and left untouched (the caller has already refused a file that
    is not SQLite at all). A `read_only` file is read as it is, even at an older schema: each
    migration keeps the names and columns that reading uses (see `_note_rowids_v2`).
    """
    if not read_only:
        _make_private(path)
    attach_user_db(conn, path, read_only)
    try:
        app_id = conn.execute(f"PRAGMA {SCHEMA}.application_id").fetchone()[0]
        version = conn.execute(f"PRAGMA {SCHEMA}.user_version").fetchone()[0]
        rows = conn.execute(f"SELECT name FROM {SCHEMA}.sqlite_master WHERE type = 'table'")
        tables = [row[0] for row in rows]
    except sqlite3.DatabaseError as error:
        conn.execute(f"DETACH DATABASE {SCHEMA}")
        raise ArchiveError(str(path), f"the user data file is damaged or not a database: {error}") from error
    if app_id != USER_APPLICATION_ID and tables:
        conn.execute(f"DETACH DATABASE {SCHEMA}")
        listed = ", ".join(sorted(tables)[:5])
        raise ArchiveError(str(path), f"an SQLite database of another program (tables: {listed}); not opened")
    if version > USER_SCHEMA_VERSION:
        conn.execute(f"DETACH DATABASE {SCHEMA}")
        raise ArchiveError(
            str(path),
            f"user data made by a newer Press Archive (schema {version}; this version reads up to "
            f"{USER_SCHEMA_VERSION})",
        )
    if read_only:
        return None
    conn.execute(f"PRAGMA {SCHEMA}.journal_mode = WAL")
    if version == USER_SCHEMA_VERSION:
        return None
    backup = copy_before_migration(conn, path, version, SCHEMA, private=True) if version > 0 else None
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version + 1, USER_SCHEMA_VERSION + 1):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA {SCHEMA}.application_id = {USER_APPLICATION_ID}")
        conn.execute(f"PRAGMA {SCHEMA}.user_version = {USER_SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return backup
