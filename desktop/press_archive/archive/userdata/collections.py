"""Collections: named, ordered sets of items; an item may be in many.

Every change rewrites the collection's order in one statement set, inside the caller's
transaction, so positions are always 0..n-1 with no gaps; `set_collection_items` is also what the
window's undo uses to put back the order a change replaced.
"""

from __future__ import annotations

import sqlite_utils

from press_archive.archive.userdata.errors import UserDataError
from press_archive.archive.userdata.names import clean_name
from press_archive.archive.userdata.schema import timestamp
from press_archive.model import Collection


def find_collection(db: sqlite_utils.Database, name: str) -> tuple[int, str] | None:
    """The collection's id and its name as stored (case may differ from the name given)."""
    row = db.execute("SELECT id, name FROM user.collections WHERE name = ?", (name.strip(),)).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _existing(db: sqlite_utils.Database, name: str) -> tuple[int, str]:
    found = find_collection(db, name)
    if found is None:
        raise UserDataError(f"collection {name!r}", "no such collection")
    return found


def _item_ids(db: sqlite_utils.Database, collection_id: int) -> list[str]:
    rows = db.execute(
        "SELECT item_id FROM user.collection_items WHERE collection_id = ? ORDER BY position",
        (collection_id,),
    )
    return [row[0] for row in rows]


def _write_order(
    db: sqlite_utils.Database, collection_id: int, before: list[str], item_ids: list[str]
) -> None:
    """Store the new order; an unchanged one is not rewritten, so it does not count as an edit."""
    if item_ids == before:
        return
    db.execute("DELETE FROM user.collection_items WHERE collection_id = ?", (collection_id,))
    db.conn.executemany(
        "INSERT INTO user.collection_items (collection_id, item_id, position) VALUES (?, ?, ?)",
        [(collection_id, item_id, position) for position, item_id in enumerate(item_ids)],
    )


def list_collections(db: sqlite_utils.Database) -> list[Collection]:
    """Every collection with its items in order, by name."""
    rows = db.execute("SELECT id, name FROM user.collections ORDER BY name COLLATE NOCASE").fetchall()
    return [
        Collection(name=name, item_ids=tuple(_item_ids(db, collection_id))) for collection_id, name in rows
    ]


def get_collection(db: sqlite_utils.Database, name: str) -> Collection:
    collection_id, stored = _existing(db, name)
    return Collection(name=stored, item_ids=tuple(_item_ids(db, collection_id)))


def create_collection(db: sqlite_utils.Database, name: str, item_ids: list[str] | None = None) -> Collection:
    cleaned = clean_name("collection", name)
    if find_collection(db, cleaned) is not None:
        raise UserDataError(f"collection {cleaned!r}", "a collection of this name exists already")
    cursor = db.execute(
        "INSERT INTO user.collections (name, created_at) VALUES (?, ?)", (cleaned, timestamp())
    )
    _write_order(db, int(cursor.lastrowid or 0), [], list(dict.fromkeys(item_ids or [])))
    return get_collection(db, cleaned)


def rename_collection(db: sqlite_utils.Database, old: str, new: str) -> str:
    """Rename a collection; returns the name it had, for undo."""
    collection_id, stored = _existing(db, old)
    cleaned = clean_name("collection", new)
    clash = find_collection(db, cleaned)
    if clash is not None and clash[0] != collection_id:
        raise UserDataError(f"collection {cleaned!r}", "a collection of this name exists already")
    db.execute("UPDATE user.collections SET name = ? WHERE id = ?", (cleaned, collection_id))
    return stored


def delete_collection(db: sqlite_utils.Database, name: str) -> Collection:
    """Delete a collection (its items stay in the archive); returns it as it was, for undo."""
    deleted = get_collection(db, name)
    collection_id, _ = _existing(db, name)
    db.execute("DELETE FROM user.collection_items WHERE collection_id = ?", (collection_id,))
    db.execute("DELETE FROM user.collections WHERE id = ?", (collection_id,))
    return deleted


def add_to_collection(
    db: sqlite_utils.Database, name: str, item_ids: list[str], position: int | None = None
) -> list[str]:
    """Insert the items at `position` (default: the end); items already in it stay where they are.

    Returns the ids that were added.
    """
    collection_id, _ = _existing(db, name)
    current = _item_ids(db, collection_id)
    present = set(current)
    added = [item_id for item_id in dict.fromkeys(item_ids) if item_id not in present]
    at = len(current) if position is None else max(0, min(position, len(current)))
    _write_order(db, collection_id, current, current[:at] + added + current[at:])
    return added


def remove_from_collection(db: sqlite_utils.Database, name: str, item_ids: list[str]) -> list[str]:
    """Take the items out of the collection; returns the ids that were in it."""
    collection_id, _ = _existing(db, name)
    current = _item_ids(db, collection_id)
    leaving = set(item_ids)
    _write_order(db, collection_id, current, [item_id for item_id in current if item_id not in leaving])
    return [item_id for item_id in current if item_id in leaving]


def set_collection_items(db: sqlite_utils.Database, name: str, item_ids: list[str]) -> tuple[str, ...]:
    """Make the collection hold exactly these items in this order; returns the order it had."""
    collection_id, _ = _existing(db, name)
    before = _item_ids(db, collection_id)
    _write_order(db, collection_id, before, list(dict.fromkeys(item_ids)))
    return tuple(before)
