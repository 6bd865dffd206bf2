"""Saved searches: a name and a query, shown in the sidebar; the query is stored as typed."""

from __future__ import annotations

import sqlite_utils

from press_archive.archive.userdata.errors import UserDataError
from press_archive.archive.userdata.names import clean_name
from press_archive.archive.userdata.schema import timestamp
from press_archive.model import SavedSearch


def list_saved_searches(db: sqlite_utils.Database) -> list[SavedSearch]:
    return [
        SavedSearch(name=name, query=query)
        for name, query in db.execute(
            "SELECT name, query FROM user.saved_searches ORDER BY name COLLATE NOCASE"
        )
    ]


def find_saved_search(db: sqlite_utils.Database, name: str) -> SavedSearch | None:
    row = db.execute("SELECT name, query FROM user.saved_searches WHERE name = ?", (name.strip(),)).fetchone()
    return SavedSearch(name=row[0], query=row[1]) if row else None


def get_saved_search(db: sqlite_utils.Database, name: str) -> SavedSearch:
    found = find_saved_search(db, name)
    if found is None:
        raise UserDataError(f"saved search {name!r}", "no such saved search")
    return found


def save_search(db: sqlite_utils.Database, name: str, query: str) -> str | None:
    """Save a query under a name, replacing the query of that name; returns the replaced query, if any."""
    cleaned = clean_name("saved search", name)
    old = find_saved_search(db, cleaned)
    if old is None:
        db.execute(
            "INSERT INTO user.saved_searches (name, query, created_at) VALUES (?, ?, ?)",
            (cleaned, query, timestamp()),
        )
        return None
    if old.query != query:
        db.execute("UPDATE user.saved_searches SET query = ? WHERE name = ?", (query, cleaned))
    return old.query


def rename_saved_search(db: sqlite_utils.Database, old: str, new: str) -> str:
    """Rename a saved search; returns the name it had, for undo."""
    stored = get_saved_search(db, old).name
    cleaned = clean_name("saved search", new)
    clash = find_saved_search(db, cleaned)
    if clash is not None and clash.name.casefold() != stored.casefold():
        raise UserDataError(f"saved search {cleaned!r}", "a saved search of this name exists already")
    db.execute("UPDATE user.saved_searches SET name = ? WHERE name = ?", (cleaned, stored))
    return stored


def delete_saved_search(db: sqlite_utils.Database, name: str) -> SavedSearch:
    """Delete a saved search; returns it, for undo."""
    deleted = get_saved_search(db, name)
    db.execute("DELETE FROM user.saved_searches WHERE name = ?", (deleted.name,))
    return deleted
