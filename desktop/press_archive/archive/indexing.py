"""Writing one item into the search index: its full-text row and its people and organisations.

The import and the schema migration that builds the index for an older archive both come here,
so an item is indexed the same way whichever way it arrived.
"""

from __future__ import annotations

import sqlite_utils

from press_archive.archive.analysis import fold, stemmed
from press_archive.archive.entities import extract_entities
from press_archive.archive.names import name_keys


def index_item(db: sqlite_utils.Database, key: int, title: str, body: str) -> None:
    """Index one stored item (`key` is its `date_key`); call inside the transaction that stores it."""
    names = dict.fromkeys(name_keys(title) + name_keys(body))
    db.execute(
        "INSERT INTO items_fts (rowid, title, body, title_stem, body_stem, names) VALUES (?,?,?,?,?,?)",
        (key, fold(title), fold(body), stemmed(title), stemmed(body), " ".join(names)),
    )

    def is_known(entity: str) -> bool:
        return (
            db.execute("SELECT 1 FROM item_entities WHERE entity = ? LIMIT 1", (entity,)).fetchone()
            is not None
        )

    found = {entity.key: entity for entity in extract_entities(title, is_known)}
    for entity in extract_entities(body, is_known):
        found.setdefault(entity.key, entity)
    db.conn.executemany(
        "INSERT OR IGNORE INTO item_entities (item_key, entity, label) VALUES (?, ?, ?)",
        [(key, entity.key, entity.label) for entity in found.values()],
    )
