"""Stages "merge" and "store" of the import chain (`chain`): each item of a prepared page is matched
to what the archive holds, and new items, sightings and the page's own bytes are written.

Each page is written inside its own savepoint, so a page is stored whole or not at all: a failure
or a kill in the middle of an import never leaves half a page behind, and re-running the import
finishes the job. Pages share a transaction until it is a second old, because a commit is where
SQLite and the full-text index do their expensive work (a new index segment, merges): a writer
committing every quarter second spent a third more time. A kill loses at most that second of pages,
never part of one. The import writes on a connection without the user's data, so its transactions
never hold up a tag or a note; between two of them the lock is left free for a moment, for another
writer of the archive (a second import).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time

import sqlite_utils

from press_archive.archive.connection import begin_immediate
from press_archive.archive.copies import Openers, article_led_by, find_cut_copy, link_teasers, same_opening
from press_archive.archive.indexing import analyse_item, write_index
from press_archive.archive.known import find_known
from press_archive.archive.prepare import PreparedItem, PreparedPage
from press_archive.archive.reading import capture_time_text
from press_archive.archive.redate import give_date, next_key
from press_archive.archive.versions import find_revised, record_capture
from press_archive.importer.discover import Document
from press_archive.importer.identity import ItemKeys, identity_date
from press_archive.model import Kind

#: A transaction is committed once it is this old (seconds), between two pages.
COMMIT_EVERY = 1.0
#: How long the lock is left free after each commit (seconds): a few of another writer's tries.
LOCK_RELEASE_SECONDS = 0.005


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _insert_item(db: sqlite_utils.Database, prepared: PreparedItem, openers: Openers) -> tuple[int, str]:
    item, keys, conn = prepared.parsed, prepared.keys, db.conn
    key = next_key(conn, item.date)
    date = _iso(item.date)
    lead_of = article_led_by(conn, item, keys, date, openers) if item.kind is Kind.TEASER else None
    conn.execute(
        "INSERT INTO items (date_key, id, date, date_source, title, title_derived, body, language, kind, "
        "attachments, text_key, lead_key, lead_of, added_at, opening_key) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            key,
            keys.id,
            date,
            item.date_source.value,
            item.title,
            int(item.title_derived),
            "\n\n".join(item.body),
            item.language.value,
            item.kind.value,
            json.dumps(list(item.attachments)),
            keys.text_key,
            keys.lead_key,
            lead_of,
            _now(),
            keys.opening_key,
        ),
    )
    # No analysis when the item was known as its page was read and has gone since: do it now.
    index = prepared.index or analyse_item(item.title, "\n\n".join(item.body))
    write_index(db, key, index)
    if item.kind is Kind.ARTICLE:
        link_teasers(conn, keys.id, item, keys, date)
    return key, keys.id


def store_page(db: sqlite_utils.Database, prepared: PreparedPage) -> tuple[int, int, int]:
    """Write one page's items and sightings; returns (items new, items seen again, of those the
    items seen with a text the site changed)."""
    conn, url, captured = db.conn, prepared.page.url, capture_time_text(prepared.page.captured_at)
    row = conn.execute("SELECT id, captured_at FROM sources WHERE key = ?", (prepared.key,)).fetchone()
    if row and captured is not None and row[1] is not None and row[1] != captured:
        # Another capture of the address, not a file read again: the earlier one stays a page of
        # its own, with its bytes and sightings, which tell what the site showed when.
        conn.execute("UPDATE sources SET key = key || '@' || captured_at WHERE id = ?", (row[0],))
        row = None
    values = (prepared.source, prepared.size, prepared.digest, url, captured, len(prepared.items), _now())
    if row:
        source_id = row[0]
        conn.execute("DELETE FROM sightings WHERE source_id = ?", (source_id,))
        conn.execute(
            "UPDATE sources SET source = ?, size = ?, sha256 = ?, url = ?, captured_at = ?, items = ?, "
            "imported_at = ? WHERE id = ?",
            (*values, source_id),
        )
    else:
        cursor = conn.execute(
            "INSERT INTO sources (key, source, size, sha256, url, captured_at, items, imported_at) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (prepared.key, *values),
        )
        source_id = cursor.lastrowid
    conn.execute(
        "INSERT OR REPLACE INTO pages (source_id, suffix, compressed) VALUES (?, ?, ?)",
        (source_id, prepared.suffix, prepared.compressed),
    )
    new = seen = changed = 0
    for item in prepared.items:
        known, openers, revises = _find_or_date(conn, item, url, source_id)
        if known is None:
            known = _insert_item(db, item, openers)
            new += 1
        else:
            seen += 1
            if item.parsed.kind is Kind.ARTICLE and url is not None and (
                capture := record_capture(db, known[0], item, captured, revises)
            ):
                known, changed = (capture.key, capture.id), changed + capture.new_version
        conn.execute(
            "INSERT INTO sightings (item_key, source_id, position, kind, url, captured_at) "
            "VALUES (?,?,?,?,?,?)",
            (known[0], source_id, item.parsed.position, item.parsed.kind.value, url, captured),
        )
    return new, seen, changed


def _find_or_date(
    conn: sqlite3.Connection, prepared: PreparedItem, url: str | None, source_id: int
) -> tuple[tuple[int, str] | None, Openers, bool]:
    """The stored item this one is another sighting of (exactly, as the site cut it, or as the site
    showed the article at this address before it was changed), the items opening like it (for a new
    item's links), and whether it is a changed version of the item found. A stamped copy of an item
    stored undated gives it its date, so the archive ends the same whichever page came first."""
    item, keys = prepared.parsed, prepared.keys
    stamped = identity_date(item)
    openers: Openers = []
    known = find_known(conn, stamped, keys)
    if known is None and (known := find_revised(conn, item, url, source_id)) is not None:
        return (known.key, known.id), openers, True
    if known is None:
        openers = same_opening(conn, keys)
        known = find_cut_copy(conn, item, keys, stamped, openers)
    if known is None:
        return None, openers, False
    if stamped is not None and not known.stamped:
        return (give_date(conn, known.key, stamped, item.date_source), known.id), openers, False
    return (known.key, known.id), openers, False


class PageWriter:
    """Stores pages one savepoint each, in transactions committed about every `COMMIT_EVERY` seconds."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._opened_at: float | None = None

    def is_unchanged(self, document: Document, digest: str) -> bool:
        """Whether the archive holds these bytes under the document's key: a file read again, or the
        same capture; a later capture of an address is news, if only of when the page was seen."""
        row = self._db.conn.execute("SELECT sha256, captured_at FROM sources WHERE key = ?", (document.key,))
        stored = row.fetchone()
        captured = capture_time_text(document.captured_at)
        return bool(stored and stored[0] == digest and (captured is None or stored[1] in (None, captured)))

    def is_known(self, date: dt.date | None, keys: ItemKeys) -> bool:
        return find_known(self._db.conn, date, keys) is not None

    def store(self, prepared: PreparedPage) -> tuple[int, int, int]:
        """(items new, items seen again, items changed); on an error the page is rolled back and the
        error raised."""
        conn = self._db.conn
        if self._opened_at is None:
            begin_immediate(conn)
            self._opened_at = time.monotonic()
        conn.execute("SAVEPOINT page")
        try:
            stored = store_page(self._db, prepared)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO page")
                conn.execute("RELEASE page")
            else:  # SQLite itself rolled the whole transaction back (a full disk, for one)
                self._opened_at = None
            raise
        conn.execute("RELEASE page")
        if time.monotonic() - self._opened_at >= COMMIT_EVERY:
            self.commit()
        return stored

    def commit(self) -> None:
        if self._opened_at is not None and self._db.conn.in_transaction:
            self._db.conn.execute("COMMIT")
            time.sleep(LOCK_RELEASE_SECONDS)  # time for a waiting writer to get in
        self._opened_at = None
