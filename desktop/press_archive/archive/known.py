"""Whether the archive already holds an item: one rule for the writer and for the page readers.

The writer asks it to decide between storing an item and recording another sighting of it; the
page readers ask it first, so that an item the archive holds is not analysed for an index it
already has (a quarter of a fresh import's items, nearly all of a re-scraped site's).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from press_archive.importer.identity import ItemKeys


def find_known(conn: sqlite3.Connection, date: dt.date | None, keys: ItemKeys) -> tuple[int, str] | None:
    """(date_key, id) of the stored item this one is another sighting of, if any.

    A dated item is known by its id. An undated one has no id of its own worth trusting, so it is
    known when its text is a known item's text, or the lead of a known article.
    """
    if date is not None:
        row = conn.execute("SELECT date_key, id FROM items WHERE id = ?", (keys.id,)).fetchone()
    else:
        row = conn.execute(
            "SELECT date_key, id FROM items WHERE text_key = ? "
            "UNION ALL SELECT date_key, id FROM items WHERE lead_key = ? AND kind = 'article' LIMIT 1",
            (keys.text_key, keys.text_key),
        ).fetchone()
    return (row[0], row[1]) if row else None
