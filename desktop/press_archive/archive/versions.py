"""Versions of an article the site changed: one item holding every text it showed, the newest shown.

The site's editors correct their releases: a name spelled anew, a paragraph added, a date put
right. A capture of the article's page that shows a text unlike the one stored is then not a new
item but a new version of the stored one:

- **Which pages:** an article (a page's main story) from a page with an address. An earlier capture
  of the same address showed an article in the same language that this one revises: the same
  title over a text that shares some of its words, or a text of which most of the shorter one's
  word triples are in the longer. A home page whose main story is another article each day shares
  neither, and its articles stay items of their own.
- **Which version is shown:** the one whose last capture is the latest; the others are kept, and
  found by a search with `version:all`. A page without a capture time (saved by hand) counts as
  older than any captured one, and of two such, the one stored later as the newer.
- **Which id:** that of the earliest version (by first capture). Captures arriving in any order,
  by a fetch or from web archives, so end as the same item with the same versions; when an older
  capture arrives last, the id the item had becomes an alias of it (`item_aliases`), as a rebuild's
  are, and the user's data follows it.

An item that never changed has no rows here: what an import pays for versions is one look-up of the
page's address, and for an article seen again, one indexed update.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from press_archive.archive.indexing import (
    ITEMS_FTS,
    VERSIONS_FTS,
    add_fts_row,
    analyse_item,
    remove_fts_row,
    write_index,
)
from press_archive.archive.known import Known
from press_archive.archive.prepare import PreparedItem
from press_archive.archive.redate import move_key, next_key
from press_archive.importer.identity import item_keys, normalise_text
from press_archive.model import DateSource, Kind, Language, ParsedItem

#: Share of the shorter text's word triples the longer must hold for one to revise the other.
REVISION_SHARE = 0.5
#: ... and with the same title, a rewrite of most of the text is still a correction.
SAME_TITLE_SHARE = 0.2
#: Items an address's earlier captures showed as their article that are compared, the latest first.
_CANDIDATES = 20
_STAMPED = (DateSource.LINE.value, DateSource.TITLE.value)
_VERSION_COLUMNS = (
    "id, version_id, current, title, title_derived, body, date, date_source, attachments, text_key, "
    "first_seen, last_seen"
)


@dataclass(frozen=True)
class _Version:
    """A row of `item_versions`."""

    row_id: int
    version_id: str
    current: bool
    title: str
    title_derived: bool
    body: str
    date: str | None
    date_source: str
    attachments: str
    text_key: str
    first_seen: str | None
    last_seen: str | None

    @property
    def newness(self) -> tuple[str, int]:
        """Orders versions by their last capture: none ("") before any time, then the row stored later."""
        return self.last_seen or "", self.row_id

    @property
    def age(self) -> tuple[str, int]:
        return self.first_seen or "", self.row_id

    def holds(self, prepared: PreparedItem) -> bool:
        """Whether this version is the item's text as read: the same id, or the same text and date
        (the item's id was given by a copy it was first stored as)."""
        date = prepared.parsed.date.isoformat() if prepared.parsed.date else None
        return self.version_id == prepared.keys.id or (self.text_key, self.date) == (
            prepared.keys.text_key,
            date,
        )


class Capture(NamedTuple):
    """A capture of a changed item noted: where the item is now, and whether it brought a new text."""

    key: int
    id: str
    new_version: bool


def _word_triples(text: str) -> set[str]:
    words = normalise_text(text).split()
    if len(words) < 3:
        return {" ".join(words)}
    return {" ".join(words[index : index + 3]) for index in range(len(words) - 2)}


def is_revision(old_title: str, old_text: str, new_title: str, new_text: str) -> bool:
    """Whether the new text is the old one corrected or extended, not another article."""
    old, new = _word_triples(old_text), _word_triples(new_text)
    shared = len(old & new) / max(1, min(len(old), len(new)))
    if normalise_text(old_title) == normalise_text(new_title):
        return shared >= SAME_TITLE_SHARE
    return shared >= REVISION_SHARE


def find_revised(conn: sqlite3.Connection, item: ParsedItem, url: str | None, source_id: int) -> Known | None:
    """The stored article an earlier capture of this page's address showed and this one revises."""
    if item.kind is not Kind.ARTICLE or url is None:
        return None
    rows = conn.execute(
        "SELECT DISTINCT g.item_key FROM sources s JOIN sightings g ON g.source_id = s.id "
        "WHERE s.url = ? AND s.id <> ? AND g.kind = ? ORDER BY s.captured_at DESC LIMIT ?",
        (url, source_id, Kind.ARTICLE.value, _CANDIDATES),
    ).fetchall()
    text = item.text
    for (key,) in rows:
        item_id, title, body, language, date_source = conn.execute(
            "SELECT id, title, body, language, date_source FROM items WHERE date_key = ?", (key,)
        ).fetchone()
        if Language(language) is not item.language:
            continue
        earlier = conn.execute(
            "SELECT title, body FROM item_versions WHERE item_key = ? AND current = 0", (key,)
        ).fetchall()
        if any(
            is_revision(old_title, old_body, item.title, text)
            for old_title, old_body in [(title, body), *earlier]
        ):
            return Known(key, item_id, date_source in _STAMPED)
    return None


def _versions(conn: sqlite3.Connection, key: int) -> list[_Version]:
    return [
        _Version(row[0], row[1], bool(row[2]), row[3], bool(row[4]), *row[5:])
        for row in conn.execute(f"SELECT {_VERSION_COLUMNS} FROM item_versions WHERE item_key = ?", (key,))
    ]


def _keep_first_version(conn: sqlite3.Connection, key: int) -> None:
    """Make the item's own text its first version, seen when its sightings were captured."""
    conn.execute(
        "INSERT INTO item_versions (item_key, version_id, current, title, title_derived, body, date, "
        "date_source, attachments, text_key, first_seen, last_seen) "
        "SELECT i.date_key, i.id, 1, i.title, i.title_derived, i.body, i.date, i.date_source, i.attachments, "
        "i.text_key, (SELECT min(captured_at) FROM sightings WHERE item_key = i.date_key), "
        "(SELECT max(captured_at) FROM sightings WHERE item_key = i.date_key) "
        "FROM items i WHERE i.date_key = ?",
        (key,),
    )


def _add_version(conn: sqlite3.Connection, key: int, prepared: PreparedItem, captured: str | None) -> None:
    item, keys = prepared.parsed, prepared.keys
    cursor = conn.execute(
        "INSERT INTO item_versions (item_key, version_id, current, title, title_derived, body, date, "
        "date_source, attachments, text_key, first_seen, last_seen) VALUES (?,?,0,?,?,?,?,?,?,?,?,?)",
        (
            key,
            keys.id,
            item.title,
            int(item.title_derived),
            item.text,
            item.date.isoformat() if item.date else None,
            item.date_source.value,
            json.dumps(list(item.attachments)),
            keys.text_key,
            captured,
            captured,
        ),
    )
    entry = prepared.index or analyse_item(item.title, item.text)
    add_fts_row(conn, VERSIONS_FTS, int(cursor.lastrowid or 0), entry.fts_row)


def record_capture(
    db: sqlite_utils.Database, key: int, prepared: PreparedItem, captured: str | None, revises: bool
) -> Capture | None:
    """Note a capture of an article stored under `key`: `revises` when its text is another version
    of it (`find_revised`), else when it was found as the item. Returns the item's key and id, which
    change when the version shown brings another date or an older capture arrives; None when the
    item has no versions and this capture gives it none. Call inside the page's transaction."""
    conn = db.conn
    versions = _versions(conn, key)
    if not versions and not revises:
        return None
    if not versions:
        _keep_first_version(conn, key)
        versions = _versions(conn, key)
    same = next((version for version in versions if version.holds(prepared)), None)
    if same is None and not revises:
        return None  # found as a cut copy of the item: no text of its own to keep
    if same is None:
        _add_version(conn, key, prepared, captured)
    elif captured is not None:
        conn.execute(
            "UPDATE item_versions SET first_seen = min(coalesce(first_seen, ?1), ?1), "
            "last_seen = max(coalesce(last_seen, ?1), ?1) WHERE id = ?2",
            (captured, same.row_id),
        )
    return Capture(*_settle(db, key), new_version=same is None)


def _settle(db: sqlite_utils.Database, key: int) -> tuple[int, str]:
    """Show the newest version, and give the item the id of the earliest."""
    versions = _versions(db.conn, key)
    newest = max(versions, key=lambda version: version.newness)
    shown = next(version for version in versions if version.current)
    if newest is not shown:
        key = _show(db, key, shown, newest)
    (item_id,) = db.conn.execute("SELECT id FROM items WHERE date_key = ?", (key,)).fetchone()
    earliest = min(versions, key=lambda version: version.age)
    return key, _rename(db.conn, item_id, earliest.version_id)


def _show(db: sqlite_utils.Database, key: int, shown: _Version, newest: _Version) -> int:
    """Make `newest` the item's text: its row, its full-text row and keys; `shown` goes to the
    earlier versions' index. Returns the item's key, which moves with its date."""
    conn = db.conn
    title, body, date = conn.execute(
        "SELECT title, body, date FROM items WHERE date_key = ?", (key,)
    ).fetchone()
    indexed = analyse_item(title, body).fts_row
    remove_fts_row(conn, ITEMS_FTS, key, indexed)
    conn.execute("DELETE FROM item_entities WHERE item_key = ?", (key,))
    if (shown.title, shown.body) != (title, body):  # the row took a whole copy's text since
        indexed = analyse_item(shown.title, shown.body).fts_row
    add_fts_row(conn, VERSIONS_FTS, shown.row_id, indexed)
    entry = analyse_item(newest.title, newest.body)
    remove_fts_row(conn, VERSIONS_FTS, newest.row_id, entry.fts_row)
    stamped = newest.date if newest.date_source in _STAMPED else None
    keys = item_keys(dt.date.fromisoformat(stamped) if stamped else None, newest.body.split("\n\n"))
    conn.execute(
        "UPDATE items SET title = ?, title_derived = ?, body = ?, date = ?, date_source = ?, "
        "attachments = ?, text_key = ?, lead_key = ?, opening_key = ? WHERE date_key = ?",
        (
            newest.title,
            int(newest.title_derived),
            newest.body,
            newest.date,
            newest.date_source,
            newest.attachments,
            keys.text_key,
            keys.lead_key,
            keys.opening_key,
            key,
        ),
    )
    if newest.date != date:
        new_key = next_key(conn, dt.date.fromisoformat(newest.date) if newest.date else None)
        move_key(conn, key, new_key)
        key = new_key
    write_index(db, key, entry)
    conn.execute("UPDATE item_versions SET current = (id = ?) WHERE item_key = ?", (newest.row_id, key))
    return key


def _rename(conn: sqlite3.Connection, old: str, new: str) -> str:
    """Give the item `old` the id `new`, `old` staying an alias of it; keeps `old` when `new` is
    another item's (a copy of the earliest text stored apart, by another route)."""
    if old == new or conn.execute("SELECT 1 FROM items WHERE id = ?", (new,)).fetchone() is not None:
        return old
    conn.execute("UPDATE items SET id = ? WHERE id = ?", (new, old))
    conn.execute("UPDATE items SET lead_of = ? WHERE lead_of = ?", (new, old))
    conn.execute("DELETE FROM item_aliases WHERE old_id = ?", (new,))
    conn.execute("UPDATE item_aliases SET id = ? WHERE id = ?", (new, old))
    conn.execute("INSERT OR REPLACE INTO item_aliases (old_id, id) VALUES (?, ?)", (old, new))
    return new
