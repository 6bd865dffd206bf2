"""Writing one item into the search index: its full-text row and its people and organisations.

Indexing is cut in two. `analyse_item` is pure text work (folding, stems, name keys, mentions) and
is the bulk of an import's time, so it can run in another process; `write_index` is the little
that needs the archive. The import and the schema migration that builds the index for an older
archive both come here, so an item is indexed the same way whichever way it arrived.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import sqlite_utils

from press_archive.archive.analysis import fold, stemmed
from press_archive.archive.entities import PERSON, Entity, Mentions, find_mentions
from press_archive.archive.names import name_keys


@dataclass(frozen=True)
class IndexEntry:
    """An item's index row (the columns of `items_fts`, in order) and the mentions of its title and
    body, resolved against the archive only when written."""

    fts_row: tuple[str, str, str, str, str]
    mentions: tuple[Mentions, Mentions]


def analyse_item(title: str, body: str) -> IndexEntry:
    """Everything the index needs of an item that its text alone decides."""
    mentions = (find_mentions(title), find_mentions(body))
    # A person's surname is keyed whatever its length: `Pavel Zas` is the `Павел Зась` of the
    # other edition, whose four letters give the key `zas` (names.py).
    surnames = [entity.key.removeprefix(PERSON) for found in mentions for entity in found.people]
    names = dict.fromkeys(name_keys(title) + name_keys(body) + surnames)
    fts_row = (fold(title), fold(body), stemmed(title), stemmed(body), " ".join(names))
    return IndexEntry(fts_row, mentions)


#: The contentless full-text tables: the items' own texts, and the earlier versions of changed ones.
ITEMS_FTS = "items_fts"
VERSIONS_FTS = "versions_fts"
_FTS_VALUES = "rowid, title, body, title_stem, body_stem, names"


def add_fts_row(conn: sqlite3.Connection, table: str, rowid: int, fts_row: tuple[str, ...]) -> None:
    conn.execute(f"INSERT INTO {table} ({_FTS_VALUES}) VALUES (?,?,?,?,?,?)", (rowid, *fts_row))


def remove_fts_row(conn: sqlite3.Connection, table: str, rowid: int, fts_row: tuple[str, ...]) -> None:
    """Take a row out of a contentless table, which holds no copy of the text: FTS5 must be given
    exactly the values the row was written with, which `analyse_item` gives back from the text."""
    conn.execute(
        f"INSERT INTO {table} ({table}, {_FTS_VALUES}) VALUES ('delete',?,?,?,?,?,?)", (rowid, *fts_row)
    )


def write_index(db: sqlite_utils.Database, key: int, entry: IndexEntry) -> None:
    """Index one stored item (`key` is its `date_key`); call inside the transaction that stores it."""
    add_fts_row(db.conn, ITEMS_FTS, key, entry.fts_row)

    def is_known(entity: str) -> bool:
        return (
            db.conn.execute("SELECT 1 FROM item_entities WHERE entity = ? LIMIT 1", (entity,)).fetchone()
            is not None
        )

    found: dict[str, Entity] = {}
    for mentions in entry.mentions:
        for entity in mentions.resolve(is_known):
            found.setdefault(entity.key, entity)
    db.conn.executemany(
        "INSERT OR IGNORE INTO item_entities (item_key, entity, label) VALUES (?, ?, ?)",
        [(key, entity.key, entity.label) for entity in found.values()],
    )


def index_item(db: sqlite_utils.Database, key: int, title: str, body: str) -> None:
    """Analyse and index one stored item in one step, for callers that have no analysis at hand."""
    write_index(db, key, analyse_item(title, body))
