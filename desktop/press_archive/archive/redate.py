"""Giving a stored undated item the date a stamped copy of it shows, whichever copy came first.

An item is often seen undated on one page (a side column without stamps) and stamped on another.
Its id was fixed when it was first stored and stays as it is, so users' tags, notes and collections
keep pointing at it; what moves is its place in date order: the `date_key` that orders the archive
and keys the full-text row, the sightings and the mentions.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from press_archive.archive.indexing import ITEMS_FTS, add_fts_row, analyse_item, remove_fts_row
from press_archive.archive.schema import date_key_range
from press_archive.model import DateSource


def next_key(conn: sqlite3.Connection, date: dt.date | None) -> int:
    """A free `date_key` after every other item of that day."""
    low, high = date_key_range(date)
    row = conn.execute(
        "SELECT max(date_key) FROM items WHERE date_key >= ? AND date_key < ?", (low, high)
    ).fetchone()
    return low if row[0] is None else row[0] + 1


def give_date(conn: sqlite3.Connection, key: int, date: dt.date, source: DateSource) -> int:
    """Date the item stored under `key`; returns its new `date_key`. Call inside a transaction.

    The full-text index holds no copy of the text (it is contentless), so its row is deleted with
    the item's own analysis, which gives back exactly the values it was written with.
    """
    title, body = conn.execute("SELECT title, body FROM items WHERE date_key = ?", (key,)).fetchone()
    fts_row = analyse_item(title, body).fts_row
    new_key = next_key(conn, date)
    remove_fts_row(conn, ITEMS_FTS, key, fts_row)
    conn.execute(
        "UPDATE items SET date = ?, date_source = ? WHERE date_key = ?", (date.isoformat(), source.value, key)
    )
    move_key(conn, key, new_key)
    add_fts_row(conn, ITEMS_FTS, new_key, fts_row)
    return new_key


def move_key(conn: sqlite3.Connection, key: int, new_key: int) -> None:
    """Give the item stored under `key` the key `new_key`, with every row that refers to it; its
    full-text row is the caller's to move, as only the caller knows what it holds."""
    conn.execute("PRAGMA defer_foreign_keys = ON")  # the rows follow their item within the statement group
    conn.execute("UPDATE items SET date_key = ? WHERE date_key = ?", (new_key, key))
    for table in ("sightings", "item_entities", "item_versions"):
        conn.execute(f"UPDATE {table} SET item_key = ? WHERE item_key = ?", (new_key, key))
