"""Reading items and archive-wide figures back out of the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import sqlite_utils

from press_archive.archive.errors import ItemNotFound
from press_archive.model import ArchiveStats, DateSource, Item, ItemVersion, Kind, Language, Sighting

ITEM_COLUMNS = (
    "date_key, id, date, date_source, title, title_derived, body, language, kind, attachments, lead_of"
)


def parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def capture_time_text(moment: dt.datetime | None) -> str | None:
    """How a capture time is stored: ISO 8601 in UTC with a "Z", which sorts as the times do."""
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def parse_capture_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def paragraphs(body: str) -> tuple[str, ...]:
    """A stored text's paragraphs (stored with a blank line between two)."""
    return tuple(body.split("\n\n")) if body else ()


def item_from_row(row: tuple[Any, ...], sightings: tuple[Sighting, ...] = ()) -> Item:
    """An `Item` from a row selected with ITEM_COLUMNS."""
    _key, item_id, date, date_source, title, derived, body, language, kind, attachments, lead_of = row
    return Item(
        id=item_id,
        title=title,
        body=paragraphs(body),
        language=Language(language),
        kind=Kind(kind),
        date=parse_date(date),
        date_source=DateSource(date_source),
        title_derived=bool(derived),
        attachments=tuple(json.loads(attachments)),
        lead_of=lead_of,
        sightings=sightings,
    )


def resolve_id(db: sqlite_utils.Database, item_id: str) -> str:
    """The full id for an id or a unique prefix of one (as short as a user would type it)."""
    prefix = item_id.strip().lower()
    if not prefix:
        raise ItemNotFound(item_id, "an item id is empty")
    rows = db.execute(
        "SELECT id FROM items WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (prefix, prefix + "\uffff")
    ).fetchall()
    if not rows:
        alias = db.execute("SELECT id FROM item_aliases WHERE old_id = ?", (prefix,)).fetchone()
        if alias is not None:
            return str(alias[0])
        raise ItemNotFound(item_id)
    if len(rows) > 1 and rows[0][0] != prefix:
        raise ItemNotFound(item_id, "this id prefix matches several items; give more characters")
    return str(rows[0][0])


def get_item(db: sqlite_utils.Database, item_id: str) -> Item:
    """One item in full, with every page it was seen on."""
    full_id = resolve_id(db, item_id)
    row = db.execute(f"SELECT {ITEM_COLUMNS} FROM items WHERE id = ?", (full_id,)).fetchone()
    sightings = tuple(
        Sighting(
            item_id=full_id,
            source=source,
            position=position,
            kind=Kind(kind),
            url=url,
            captured_at=parse_capture_time(captured),
        )
        for source, position, kind, url, captured in db.execute(
            "SELECT s.source, g.position, g.kind, g.url, g.captured_at "
            "FROM sightings g JOIN sources s ON s.id = g.source_id "
            "WHERE g.item_key = ? ORDER BY s.source, g.position",
            (row[0],),
        )
    )
    versions = tuple(
        ItemVersion(
            version_id=version_id,
            title=title,
            body=paragraphs(body),
            date=parse_date(date),
            first_seen=parse_capture_time(first_seen),
            last_seen=parse_capture_time(last_seen),
            current=bool(current),
        )
        for version_id, title, body, date, first_seen, last_seen, current in db.execute(
            "SELECT version_id, title, body, date, first_seen, last_seen, current FROM item_versions "
            "WHERE item_key = ? ORDER BY coalesce(last_seen, ''), id",
            (row[0],),
        )
    )
    return dataclasses.replace(item_from_row(row, sightings), versions=versions)


def get_revision(db: sqlite_utils.Database) -> tuple[int, str]:
    """The newest source's id and the latest import time: a new page or a re-read one moves either."""
    newest, latest = db.execute("SELECT max(id), max(imported_at) FROM sources").fetchone()
    return newest or 0, latest or ""


def get_stats(db: sqlite_utils.Database) -> ArchiveStats:
    items = db.execute("SELECT count(*) FROM items").fetchone()[0]
    sources = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    by_language = dict(db.execute("SELECT language, count(*) FROM items GROUP BY language ORDER BY language"))
    by_year = {
        year or "undated": count
        for year, count in db.execute(
            "SELECT substr(date, 1, 4) AS year, count(*) FROM items GROUP BY year ORDER BY year"
        )
    }
    first, last = db.execute("SELECT min(date), max(date) FROM items").fetchone()
    return ArchiveStats(
        items=items,
        sources=sources,
        by_language=by_language,
        by_year=by_year,
        first_date=parse_date(first),
        last_date=parse_date(last),
    )
