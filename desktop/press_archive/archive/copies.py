"""Copies of an item the site cut short: one item, whichever copy came first.

Lists and side columns show an item cut at "…" or after its first sentences; the article page shows
it whole. A cut copy that arrives after the whole one is another sighting of it; a whole copy that
arrives after a cut one gives the stored item its whole text (and keeps its id, so users' data stays
with it). A teaser that is a cut copy of an article's lead is linked to the article, as an exact
copy is. Copies are compared only among items opening with the same words (`opening_key`), and
never across two different stamped dates.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import sqlite_utils

from press_archive.archive.indexing import analyse_item, write_index
from press_archive.importer.identity import ItemKeys, is_cut_copy
from press_archive.model import DateSource, Kind, ParsedItem

_CANDIDATES = 20  # items opening with the same words; more would mean a formulaic opening


def _stamped(date: str | None, source: str) -> str | None:
    return date if source in (DateSource.LINE.value, DateSource.TITLE.value) else None


def find_cut_copy(
    conn: sqlite3.Connection, item: ParsedItem, keys: ItemKeys, stamped: dt.date | None
) -> tuple[int, str] | None:
    """(date_key, id) of the stored item this one is a cut or a whole copy of, if any; a whole copy
    of a stored cut one replaces its text first."""
    text = "\n\n".join(item.body)
    rows = conn.execute(
        "SELECT date_key, id, body, date, date_source, kind FROM items WHERE opening_key = ? LIMIT ?",
        (keys.opening_key, _CANDIDATES),
    ).fetchall()
    new_date = stamped.isoformat() if stamped else None
    for key, item_id, body, date, source, kind in rows:
        if kind != item.kind.value:
            continue
        old_date = _stamped(date, source)
        if new_date and old_date and new_date != old_date:
            continue
        if is_cut_copy(text, body):
            return key, item_id
        if is_cut_copy(body, text):
            _take_whole_text(conn, key, item, keys)
            return key, item_id
    return None


def _take_whole_text(conn: sqlite3.Connection, key: int, item: ParsedItem, keys: ItemKeys) -> None:
    """Give a stored cut copy the whole text: its row, its full-text row and its keys."""
    title, body, derived = conn.execute(
        "SELECT title, body, title_derived FROM items WHERE date_key = ?", (key,)
    ).fetchone()
    old_row = analyse_item(title, body).fts_row
    new_title = item.title if derived else title
    text = "\n\n".join(item.body)
    conn.execute(
        "INSERT INTO items_fts (items_fts, rowid, title, body, title_stem, body_stem, names) "
        "VALUES ('delete', ?, ?, ?, ?, ?, ?)",
        (key, *old_row),
    )
    conn.execute(
        "UPDATE items SET title = ?, body = ?, text_key = ?, lead_key = ? WHERE date_key = ?",
        (new_title, text, keys.text_key, keys.lead_key, key),
    )
    conn.execute("DELETE FROM item_entities WHERE item_key = ?", (key,))
    write_index(sqlite_utils.Database(conn), key, analyse_item(new_title, text))


def article_led_by(
    conn: sqlite3.Connection, item: ParsedItem, keys: ItemKeys, date: str | None
) -> str | None:
    """The id of the article whose lead this teaser is, exactly or cut short."""
    row = conn.execute(
        "SELECT id FROM items WHERE lead_key = ? AND kind = 'article' "
        "AND (date IS ? OR date IS NULL OR ? IS NULL) LIMIT 1",
        (keys.text_key, date, date),
    ).fetchone()
    if row:
        return str(row[0])
    text = "\n\n".join(item.body)
    for article_id, body in conn.execute(
        "SELECT id, body FROM items WHERE opening_key = ? AND kind = 'article' LIMIT ?",
        (keys.opening_key, _CANDIDATES),
    ):
        if is_cut_copy(text, body.split("\n\n", 1)[0]) or is_cut_copy(text, body):
            return str(article_id)
    return None


def link_teasers(
    conn: sqlite3.Connection, article_id: str, item: ParsedItem, keys: ItemKeys, date: str | None
) -> None:
    """Link the stored teasers that lead this new article, exactly or cut short."""
    conn.execute(
        "UPDATE items SET lead_of = ? WHERE text_key = ? AND kind = 'teaser' AND lead_of IS NULL "
        "AND (date IS ? OR date IS NULL OR ? IS NULL)",
        (article_id, keys.lead_key, date, date),
    )
    lead = item.body[0] if item.body else ""
    for key, body in conn.execute(
        "SELECT date_key, body FROM items WHERE opening_key = ? AND kind = ? AND lead_of IS NULL LIMIT ?",
        (keys.opening_key, Kind.TEASER.value, _CANDIDATES),
    ).fetchall():
        if is_cut_copy(body, lead) or is_cut_copy(body, "\n\n".join(item.body)):
            conn.execute("UPDATE items SET lead_of = ? WHERE date_key = ?", (article_id, key))
