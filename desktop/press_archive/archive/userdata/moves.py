"""Moving the user's data from retired ids to the items that took their place.

An id is retired by a rebuild that cut an item anew, or by an older capture of a changed article
arriving after a newer one (`versions.py`); either leaves the old id an alias of the new in the
archive. The user's data lives in another file and follows after the archive's change is committed,
so a process stopped in between leaves data on an alias, which the next import or rebuild moves.

Nothing is dropped: two items' tags and collections are united, a star stays a star, and two notes
are kept one after the other, the moved one last, so an analyst can see what came from where.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

from press_archive.archive.userdata.notes import get_note, set_note


def move_user_data(db: sqlite_utils.Database, moves: Mapping[str, str]) -> int:
    """Re-key every piece of user data of each old id to its new id; returns the ids that had any.

    Call inside a user-data transaction.
    """
    moved = 0
    for old, new in moves.items():
        before = db.execute("SELECT total_changes()").fetchone()[0]
        for table in ("item_tags", "stars"):
            db.execute(f"UPDATE OR IGNORE user.{table} SET item_id = ? WHERE item_id = ?", (new, old))
            db.execute(f"DELETE FROM user.{table} WHERE item_id = ?", (old,))
        db.execute("UPDATE OR IGNORE user.collection_items SET item_id = ? WHERE item_id = ?", (new, old))
        db.execute("DELETE FROM user.collection_items WHERE item_id = ?", (old,))
        old_note = get_note(db, old)
        if old_note:
            kept = get_note(db, new)
            set_note(db, new, f"{kept}\n\n{old_note}" if kept else old_note)
            set_note(db, old, "")
        moved += db.execute("SELECT total_changes()").fetchone()[0] > before
    return moved


#: Whether the user's data holds anything of `a.old_id`: one indexed look-up a table (each is keyed
#: or indexed by item id), so the question costs as little with a million notes as with none.
_HAS_USER_DATA = " OR ".join(
    f"EXISTS (SELECT 1 FROM user.{table} WHERE item_id = a.old_id)"
    for table in ("item_tags", "stars", "notes", "collection_items")
)


def retired_with_user_data(db: sqlite_utils.Database) -> dict[str, str]:
    """Each retired id the user's data still points at, and the id of the item that replaced it.
    Asked after every import (a fetch imports page by page), so it reads the aliases, never the
    user's data whole."""
    rows = db.execute(f"SELECT a.old_id, a.id FROM item_aliases a WHERE {_HAS_USER_DATA}")
    return dict(rows.fetchall())
