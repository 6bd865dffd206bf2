"""Whether the archive already holds an item: one rule for the writer and for the page readers.

The writer asks it to decide between storing an item and recording another sighting of it; the
page readers ask it first, so that an item the archive holds is not analysed for an index it
already has (a quarter of a fresh import's items, nearly all of a re-scraped site's).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import NamedTuple

from press_archive.importer.identity import ItemKeys
from press_archive.model import DateSource


class Known(NamedTuple):
    """A stored item an item read from a page is another sighting of."""

    key: int  # its date_key
    id: str
    stamped: bool  # it carries a date from a stamp: a stamped copy has nothing to add


def find_known(conn: sqlite3.Connection, date: dt.date | None, keys: ItemKeys) -> Known | None:
    """The stored item this one is another sighting of, if any.

    A stamped item is known by its id, or by its text when the stored copy has no stamp (the
    stamped copy then dates it), or as a version of an item the site changed (whose id is its
    first version's). An undated one has no id of its own worth trusting, so it is known
    when its text is a known item's text, or the lead of a known article.
    """
    if date is not None:
        row = conn.execute(
            "SELECT date_key, id, date_source FROM items WHERE id = ? UNION ALL "
            "SELECT date_key, id, date_source FROM items WHERE text_key = ? AND date_source IN (?, ?) "
            "UNION ALL SELECT i.date_key, i.id, i.date_source FROM item_versions v "
            "JOIN items i ON i.date_key = v.item_key WHERE v.version_id = ? LIMIT 1",
            (keys.id, keys.text_key, DateSource.NONE.value, DateSource.PROSE.value, keys.id),
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT date_key, id, date_source FROM items WHERE text_key = ? UNION ALL "
            "SELECT date_key, id, date_source FROM items WHERE lead_key = ? AND kind = 'article' LIMIT 1",
            (keys.text_key, keys.text_key),
        ).fetchone()
    if row is None:
        return None
    return Known(row[0], row[1], row[2] in (DateSource.LINE.value, DateSource.TITLE.value))
