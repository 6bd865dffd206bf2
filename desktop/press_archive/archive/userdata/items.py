"""Which items a user means: full ids or unique prefixes, checked against the archive all at once."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from press_archive.archive.errors import ItemNotFound
from press_archive.archive.reading import resolve_id
from press_archive.archive.userdata.errors import UnknownItems

_HAS_USER_DATA = (
    "SELECT EXISTS (SELECT 1 FROM user.item_tags WHERE item_id = :id) "
    "OR EXISTS (SELECT 1 FROM user.stars WHERE item_id = :id) "
    "OR EXISTS (SELECT 1 FROM user.notes WHERE item_id = :id) "
    "OR EXISTS (SELECT 1 FROM user.collection_items WHERE item_id = :id)"
)


def has_user_data(db: sqlite_utils.Database, item_id: str) -> bool:
    return bool(db.execute(_HAS_USER_DATA, {"id": item_id}).fetchone()[0])


def resolve_items(db: sqlite_utils.Database, item_ids: Iterable[str]) -> list[str]:
    """Full ids, in the order given, each once; raises `UnknownItems` naming every id not found.

    An item that is gone from the archive (after a rebuild from fewer pages, or a restore onto
    another archive) still has its notes and tags; its exact id keeps working, so they can be read,
    changed and removed.
    """
    resolved: dict[str, None] = {}
    failures: dict[str, str] = {}
    for given in item_ids:
        try:
            resolved[resolve_id(db, given)] = None
        except ItemNotFound as error:
            exact = given.strip().lower()
            if exact and has_user_data(db, exact):
                resolved[exact] = None
            else:
                failures[given] = error.reason
    if failures:
        raise UnknownItems(failures)
    return list(resolved)


def missing_items(db: sqlite_utils.Database, item_ids: Iterable[str]) -> list[str]:
    """The ids, of those given, that no item in the archive has."""
    return [
        item_id
        for item_id in dict.fromkeys(item_ids)
        if db.execute("SELECT NOT EXISTS (SELECT 1 FROM items WHERE id = ?)", (item_id,)).fetchone()[0]
    ]
