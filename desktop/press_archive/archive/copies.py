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

from press_archive.archive.indexing import ITEMS_FTS, analyse_item, remove_fts_row, write_index
from press_archive.archive.known import Known
from press_archive.importer.identity import ItemKeys, cut_prefix, extends, is_cut_copy
from press_archive.model import DateSource, Kind, ParsedItem

_CANDIDATES = 20  # items opening with the same words; more would mean a formulaic opening


def _stamped(date: str | None, source: str) -> str | None:
    return date if source in (DateSource.LINE.value, DateSource.TITLE.value) else None


#: (date_key, id, body, date, date_source, kind) of stored items opening with the same words.
Openers = list[tuple[int, str, str, str | None, str, str]]


def same_opening(conn: sqlite3.Connection, keys: ItemKeys) -> Openers:
    """The stored items that open with the same words as an item, read once for all the questions
    a new item asks of them."""
    return conn.execute(
        "SELECT date_key, id, body, date, date_source, kind FROM items WHERE opening_key = ? LIMIT ?",
        (keys.opening_key, _CANDIDATES),
    ).fetchall()


def find_cut_copy(
    conn: sqlite3.Connection, item: ParsedItem, keys: ItemKeys, stamped: dt.date | None, rows: Openers
) -> Known | None:
    """The stored item, among `rows`, this one is a cut or a whole copy of, if any; a whole copy of a
    stored cut one replaces its text first."""
    if not rows:
        return None
    text = "\n\n".join(item.body)
    new_date = stamped.isoformat() if stamped else None
    prefix: str | None = None
    for key, item_id, body, date, source, kind in rows:
        old_date = _stamped(date, source)
        if kind != item.kind.value or (new_date and old_date and new_date != old_date):
            continue
        if len(body) > len(text):  # the new copy may be this one cut short
            prefix = prefix if prefix is not None else cut_prefix(text) or ""
            if prefix and extends(prefix, body):
                return Known(key, item_id, old_date is not None)
        elif len(body) < len(text) and is_cut_copy(body, text):
            _take_whole_text(conn, key, item, keys)
            return Known(key, item_id, old_date is not None)
    return None


def _take_whole_text(conn: sqlite3.Connection, key: int, item: ParsedItem, keys: ItemKeys) -> None:
    """Give a stored cut copy the whole text: its row, its full-text row and its keys."""
    title, body, derived = conn.execute(
        "SELECT title, body, title_derived FROM items WHERE date_key = ?", (key,)
    ).fetchone()
    old_row = analyse_item(title, body).fts_row
    new_title = item.title if derived else title
    text = "\n\n".join(item.body)
    remove_fts_row(conn, ITEMS_FTS, key, old_row)
    conn.execute(
        "UPDATE items SET title = ?, body = ?, text_key = ?, lead_key = ? WHERE date_key = ?",
        (new_title, text, keys.text_key, keys.lead_key, key),
    )
    conn.execute("DELETE FROM item_entities WHERE item_key = ?", (key,))
    write_index(sqlite_utils.Database(conn), key, analyse_item(new_title, text))


def article_led_by(
    conn: sqlite3.Connection, item: ParsedItem, keys: ItemKeys, date: str | None, rows: Openers
) -> str | None:
    """The id of the article whose lead this teaser is, exactly or cut short (among `rows`)."""
    row = conn.execute(
        "SELECT id FROM items WHERE lead_key = ? AND kind = 'article' "
        "AND (date IS ? OR date IS NULL OR ? IS NULL) LIMIT 1",
        (keys.text_key, date, date),
    ).fetchone()
    if row:
        return str(row[0])
    articles = [(row[1], row[2]) for row in rows if row[5] == Kind.ARTICLE.value]
    prefix = cut_prefix("\n\n".join(item.body)) if articles else None
    if prefix is None:
        return None
    return next((article_id for article_id, body in articles if extends(prefix, body)), None)


def link_teasers(
    conn: sqlite3.Connection, article_id: str, item: ParsedItem, keys: ItemKeys, date: str | None
) -> None:
    """Link the stored teasers that lead this new article, exactly or cut short."""
    conn.execute(
        "UPDATE items SET lead_of = ? WHERE text_key = ? AND kind = 'teaser' AND lead_of IS NULL "
        "AND (date IS ? OR date IS NULL OR ? IS NULL)",
        (article_id, keys.lead_key, date, date),
    )
    text = "\n\n".join(item.body)
    for key, body in conn.execute(
        "SELECT date_key, body FROM items WHERE opening_key = ? AND kind = ? AND lead_of IS NULL LIMIT ?",
        (keys.opening_key, Kind.TEASER.value, _CANDIDATES),
    ).fetchall():
        if len(body) < len(text) and is_cut_copy(body, text):
            conn.execute("UPDATE items SET lead_of = ? WHERE date_key = ?", (article_id, key))
