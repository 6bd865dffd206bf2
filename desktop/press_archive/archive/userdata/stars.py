"""Stars: one flag per item, for what the analyst wants to find again first."""

from __future__ import annotations

import sqlite_utils

from press_archive.archive.userdata.schema import timestamp


def set_starred(db: sqlite_utils.Database, item_ids: list[str], starred: bool) -> list[str]:
    """Star or unstar the items; returns the ids whose star changed, so undo touches only those."""
    changed = []
    now = timestamp()
    for item_id in item_ids:
        if starred:
            cursor = db.execute(
                "INSERT OR IGNORE INTO user.stars (item_id, starred_at) VALUES (?, ?)", (item_id, now)
            )
        else:
            cursor = db.execute("DELETE FROM user.stars WHERE item_id = ?", (item_id,))
        if cursor.rowcount:
            changed.append(item_id)
    return changed


def starred_items(db: sqlite_utils.Database) -> list[str]:
    """Starred item ids, the most recently starred first."""
    return [row[0] for row in db.execute("SELECT item_id FROM user.stars ORDER BY starred_at DESC, item_id")]
