"""Storing parsed pages: identify each item, record every sighting, link teasers to their articles.

One transaction per document: a page is stored whole or not at all, so a failure or a kill in the
middle of an import never leaves half a page behind, and re-running the import finishes the job.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable

import sqlite_utils

from press_archive.archive.connection import ConnectionPool
from press_archive.archive.indexing import index_item
from press_archive.archive.schema import date_key_range
from press_archive.importer.discover import Document
from press_archive.importer.errors import PageError
from press_archive.importer.identity import item_id, lead_key, text_key
from press_archive.importer.pipeline import parse_document
from press_archive.model import FileFailure, ImportReport, Kind, ParsedItem, ParsedPage

#: Called after each document with (documents done, the document's name); returning True cancels.
ProgressCallback = Callable[[int, str], bool | None]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _next_key(db: sqlite_utils.Database, date: dt.date | None) -> int:
    low, high = date_key_range(date)
    row = db.execute(
        "SELECT max(date_key) FROM items WHERE date_key >= ? AND date_key < ?", (low, high)
    ).fetchone()
    return low if row[0] is None else row[0] + 1


def _find_known(db: sqlite_utils.Database, item: ParsedItem) -> tuple[int, str] | None:
    """The stored item this one is another sighting of, if any.

    A dated item is known by its id. An undated one has no id of its own worth trusting, so it is
    known when its text is a known item's text, or the lead of a known article.
    """
    if item.date is not None:
        row = db.execute(
            "SELECT date_key, id FROM items WHERE id = ?", (item_id(item.date, item.body),)
        ).fetchone()
    else:
        key = text_key(item.body)
        row = db.execute(
            "SELECT date_key, id FROM items WHERE text_key = ? "
            "UNION ALL SELECT date_key, id FROM items WHERE lead_key = ? AND kind = 'article' LIMIT 1",
            (key, key),
        ).fetchone()
    return (row[0], row[1]) if row else None


def _insert_item(db: sqlite_utils.Database, item: ParsedItem) -> tuple[int, str]:
    key = _next_key(db, item.date)
    new_id = item_id(item.date, item.body)
    body = "\n\n".join(item.body)
    own_text_key = text_key(item.body)
    own_lead_key = lead_key(item.body)
    lead_of = None
    if item.kind is Kind.TEASER:
        row = db.execute(
            "SELECT id FROM items WHERE lead_key = ? AND kind = 'article' "
            "AND (date IS ? OR date IS NULL OR ? IS NULL) LIMIT 1",
            (own_text_key, _iso(item.date), _iso(item.date)),
        ).fetchone()
        lead_of = row[0] if row else None
    db.execute(
        "INSERT INTO items (date_key, id, date, date_source, title, title_derived, body, language, kind, "
        "attachments, text_key, lead_key, lead_of, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            key,
            new_id,
            _iso(item.date),
            item.date_source.value,
            item.title,
            int(item.title_derived),
            body,
            item.language.value,
            item.kind.value,
            json.dumps(list(item.attachments)),
            own_text_key,
            own_lead_key,
            lead_of,
            _now(),
        ),
    )
    index_item(db, key, item.title, body)
    if item.kind is Kind.ARTICLE:
        db.execute(
            "UPDATE items SET lead_of = ? WHERE text_key = ? AND kind = 'teaser' AND lead_of IS NULL "
            "AND (date IS ? OR date IS NULL OR ? IS NULL)",
            (new_id, own_lead_key, _iso(item.date), _iso(item.date)),
        )
    return key, new_id


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _store_page(
    db: sqlite_utils.Database, document: Document, digest: str, page: ParsedPage
) -> tuple[int, int]:
    """Write one page's items and sightings; returns (items new, items seen again)."""
    row = db.execute("SELECT id FROM sources WHERE key = ?", (document.key,)).fetchone()
    values = (document.source, len(document.data), digest, page.url, len(page.items), _now())
    if row:
        source_id = row[0]
        db.execute("DELETE FROM sightings WHERE source_id = ?", (source_id,))
        db.execute(
            "UPDATE sources SET source = ?, size = ?, sha256 = ?, url = ?, items = ?, imported_at = ? "
            "WHERE id = ?",
            (*values, source_id),
        )
    else:
        cursor = db.execute(
            "INSERT INTO sources (key, source, size, sha256, url, items, imported_at) VALUES (?,?,?,?,?,?,?)",
            (document.key, *values),
        )
        source_id = cursor.lastrowid
    new = seen = 0
    for item in page.items:
        known = _find_known(db, item)
        if known is None:
            known = _insert_item(db, item)
            new += 1
        else:
            seen += 1
        db.execute(
            "INSERT INTO sightings (item_key, source_id, position, kind, url) VALUES (?,?,?,?,?)",
            (known[0], source_id, item.position, item.kind.value, page.url),
        )
    return new, seen


def import_documents(
    pool: ConnectionPool,
    documents: Iterable[Document | PageError],
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import documents one by one; a bad one is reported and skipped, the others go on."""
    report = ImportReport()
    for done, document in enumerate(documents, start=1):
        name = document.source
        if isinstance(document, PageError):
            report.failures.append(FileFailure(document.source, document.reason))
        else:
            _import_one(pool, document, report)
        if progress is not None and progress(done, name):
            break
    return report


def _import_one(pool: ConnectionPool, document: Document, report: ImportReport) -> None:
    digest = hashlib.sha256(document.data).hexdigest()
    row = pool.db().execute("SELECT sha256 FROM sources WHERE key = ?", (document.key,)).fetchone()
    if row and row[0] == digest:
        report.files_skipped += 1
        return
    try:
        page = parse_document(document)
        with pool.transaction() as db:
            new, seen = _store_page(db, document, digest, page)
    except PageError as error:
        report.failures.append(FileFailure(document.source, error.reason))
        return
    except sqlite3.Error as error:
        report.failures.append(FileFailure(document.source, f"could not be stored: {error}"))
        return
    report.files_read += 1
    report.items_new += new
    report.items_seen_again += seen
