"""Which version of the splitter's rules an archive's items were cut with.

A newer version of the app may cut pages better; an archive cut with older rules is offered a
rebuild. An archive that never said (made before the rules were versioned) counts as older.
"""

from __future__ import annotations

import sqlite3

from press_archive.importer.split import RULES_VERSION

_SETTING = "split_rules"


def rules_version(conn: sqlite3.Connection) -> int | None:
    """The rules the archive's items were cut with; None for an archive that never said."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (_SETTING,)).fetchone()
    return int(row[0]) if row else None


def record_rules_version(conn: sqlite3.Connection) -> None:
    """Say that every item of the archive is cut with the current rules."""
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (_SETTING, str(RULES_VERSION)))


def needs_rebuild(conn: sqlite3.Connection) -> bool:
    """Whether the archive holds items cut with older rules than these."""
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM items)").fetchone()[0]:
        return False
    version = rules_version(conn)
    return version is None or version < RULES_VERSION
