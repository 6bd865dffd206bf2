"""What an archive file holds, read with plain SQL, and the checks a file must pass after any mishap.

Rows are compared without the times they were written (`added_at`, `imported_at`) and without
row ids, which differ between two imports of the same pages; sources are named by their `key`.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from press_archive.archive import schema

ItemRow = tuple[object, ...]
SourceRow = tuple[object, ...]
Sighting = tuple[int, str, str]  # position on the page, item id, kind


@dataclass(frozen=True)
class ArchiveState:
    items: dict[str, ItemRow]  # item id -> its row but `added_at`
    sources: dict[str, SourceRow]  # source key -> (source, size, sha256, url, items)
    sightings: dict[str, tuple[Sighting, ...]]  # source key -> its sightings by position


def read_state(path: Path) -> ArchiveState:
    with closing(sqlite3.connect(path)) as conn:
        items = {
            row[1]: row
            for row in conn.execute(
                "SELECT date_key, id, date, date_source, title, title_derived, body, language, kind, "
                "attachments, text_key, lead_key, lead_of FROM items"
            )
        }
        sources = {
            row[0]: row[1:]
            for row in conn.execute("SELECT key, source, size, sha256, url, items FROM sources")
        }
        sightings: dict[str, list[Sighting]] = {key: [] for key in sources}
        for key, position, item_id, kind in conn.execute(
            "SELECT s.key, g.position, i.id, g.kind FROM sightings g "
            "JOIN sources s ON s.id = g.source_id JOIN items i ON i.date_key = g.item_key "
            "ORDER BY s.key, g.position"
        ):
            sightings[key].append((position, item_id, kind))
    return ArchiveState(items, sources, {key: tuple(found) for key, found in sightings.items()})


def sources_table(path: Path) -> list[tuple[object, ...]]:
    """The sources table exactly as stored, times and ids included: to prove a run changed nothing."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM sources ORDER BY id").fetchall()


def damage(path: Path) -> list[str]:
    """Everything wrong with an archive file; empty for a sound one.

    SQLite's own checks, the full-text index's, and the archive's rules: a page is stored with all of
    its items' sightings or not at all, and no item is stored without a page it was seen on.
    """
    with closing(sqlite3.connect(path)) as conn:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
        try:
            conn.execute("INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"full-text index: {error}")
        problems += [
            f"source {key} records {expected} items but has {found} sightings"
            for key, expected, found in conn.execute(
                "SELECT s.key, s.items, (SELECT count(*) FROM sightings g WHERE g.source_id = s.id) "
                "FROM sources s"
            )
            if expected != found
        ]
        problems += [
            f"item {item_id} is seen on no page"
            for (item_id,) in conn.execute(
                "SELECT id FROM items WHERE date_key NOT IN (SELECT item_key FROM sightings)"
            )
        ]
    return problems


def write_v1_archive(path: Path, filled_from: Path) -> None:
    """An archive as version 1 of the schema made it, holding the items of a current archive."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        schema.MIGRATIONS[1](sqlite_utils.Database(conn))
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("ATTACH DATABASE ? AS current", (str(filled_from),))
        for table in ("items", "sources", "sightings"):
            columns = ", ".join(row[1] for row in conn.execute(f"PRAGMA main.table_info({table})"))
            conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM current.{table}")
        conn.execute("DETACH DATABASE current")
