"""Making a current archive file into one of an older schema version, to test its upgrade on opening.

Each step undoes what one migration of `press_archive.archive.schema` added, newest first; the rows
the older versions had are left as they are.
"""

from __future__ import annotations

import sqlite3

from press_archive.archive.schema import SCHEMA_VERSION

_UNDO = {
    9: (
        "DROP INDEX item_versions_version",
        "DROP TABLE item_versions",
        "DROP TABLE versions_fts",
        "DROP INDEX sources_url",
    ),
    8: (
        "DROP INDEX items_opening_key",
        "ALTER TABLE items DROP COLUMN opening_key",
    ),
    7: (),  # rewrote rows of the entity table only: a test writes the rows it wants in their older form
}


def make_older(conn: sqlite3.Connection, version: int) -> None:
    """Undo the migrations after `version` (back to 6 at most) and mark the file as of `version`."""
    for step in range(SCHEMA_VERSION, version, -1):
        for statement in _UNDO[step]:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
