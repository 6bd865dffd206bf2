"""Re-splitting every page the archive keeps with the current rules, and taking the user's data along.

A better splitter is worth nothing to an archive built with an older one unless the archive can cut
its own pages again: it keeps each page's bytes (`pages`), so a rebuild needs no original file. The
whole rebuild is one transaction: a kill or an error leaves the archive exactly as it was.

Items keep their ids wherever the new cut finds the same text (an id is of the stamped date and the
text). An item whose text changed (split in two, merged, re-dated) gets the id of the new item that
holds its opening words, and its old id stays an alias (`item_aliases`), so `show OLD` finds it; the
user's tags, stars, notes and collections move with it, united with any the new item had. Items
seen only on pages imported before bytes were kept are left as they were, and counted.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from press_archive.archive.connection import begin_immediate
from press_archive.archive.indexing import ITEMS_FTS, VERSIONS_FTS, add_fts_row, analyse_item, index_item
from press_archive.archive.ingest import store_page
from press_archive.archive.prepare import prepare_document
from press_archive.archive.reading import parse_capture_time
from press_archive.archive.rules import record_rules_version
from press_archive.importer.discover import Document
from press_archive.importer.errors import PageError
from press_archive.importer.identity import OPENING_WORDS, normalise_text

#: Called with (pages done, pages in all) after each page.
RebuildProgress = Callable[[int, int], None]


@dataclass
class RebuildReport:
    """What a rebuild changed, item by item, in words a user can check."""

    pages: int = 0
    pages_without_bytes: int = 0  # imported before pages were kept: their items stay as they were
    items_before: int = 0
    items_after: int = 0
    kept: int = 0  # same id, same text
    retitled: int = 0
    redated: int = 0
    split: int = 0  # an old item now cut into several
    merged: int = 0  # several old items now one
    new: int = 0  # items no old item led to
    gone: list[tuple[str, str]] = field(default_factory=list)  # (old id, old title) with no successor
    aliases: dict[str, str] = field(default_factory=dict)  # old id -> the id that took its place
    failures: list[PageError] = field(default_factory=list)


@dataclass(frozen=True)
class _Old:
    id: str
    title: str
    date: str | None
    lead: str  # the normalised opening words of its text
    size: int  # the length of its whole text, normalised


def _old(row: tuple[str, str, str | None, str]) -> _Old:
    """An item as the follow-up compares it: its opening words, what survives a re-split that moves
    its end, and the length of its text."""
    text = normalise_text(row[3])
    return _Old(row[0], row[1], row[2], " ".join(text.split()[:OPENING_WORDS]), len(text))


def _opening(lead: str) -> str:
    return " ".join(lead.split()[:4])


def _snapshot(conn: sqlite3.Connection) -> dict[str, _Old]:
    return {row[0]: _old(row) for row in conn.execute("SELECT id, title, date, body FROM items")}


def _clear_rebuildable(conn: sqlite3.Connection) -> set[int]:
    """Delete every item the kept pages will give again; returns the keys of the items left, those
    seen on a page whose bytes were never kept."""
    conn.execute(
        "CREATE TEMP TABLE kept_items AS SELECT DISTINCT g.item_key AS item_key FROM sightings g "
        "WHERE g.source_id NOT IN (SELECT source_id FROM pages)"
    )
    conn.execute("DELETE FROM sightings WHERE source_id IN (SELECT source_id FROM pages)")
    for table in ("item_entities", "item_versions"):
        conn.execute(f"DELETE FROM {table} WHERE item_key NOT IN (SELECT item_key FROM temp.kept_items)")
    conn.execute("DELETE FROM items WHERE date_key NOT IN (SELECT item_key FROM temp.kept_items)")
    kept = {row[0] for row in conn.execute("SELECT item_key FROM temp.kept_items")}
    conn.execute("DROP TABLE temp.kept_items")
    for table in (ITEMS_FTS, VERSIONS_FTS):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    return kept


def _reindex(db: sqlite_utils.Database, keys: set[int]) -> None:
    for key in keys:
        title, body = db.execute("SELECT title, body FROM items WHERE date_key = ?", (key,)).fetchone()
        db.execute("DELETE FROM item_entities WHERE item_key = ?", (key,))
        index_item(db, key, title, body)
        for row_id, old_title, old_body in db.execute(
            "SELECT id, title, body FROM item_versions WHERE item_key = ? AND current = 0", (key,)
        ).fetchall():
            add_fts_row(db.conn, VERSIONS_FTS, row_id, analyse_item(old_title, old_body).fts_row)


def _resplit(db: sqlite_utils.Database, report: RebuildReport, progress: RebuildProgress | None) -> None:
    rows = db.execute(
        "SELECT s.id, s.source, s.key, s.sha256, s.url, s.captured_at, p.suffix, p.compressed "
        "FROM sources s JOIN pages p ON p.source_id = s.id ORDER BY s.id"
    ).fetchall()
    total = len(rows)
    for done, (_id, source, key, digest, url, captured, suffix, compressed) in enumerate(rows, start=1):
        data = zlib.decompress(compressed)
        document = Document(source, key, data, suffix, url=url, captured_at=parse_capture_time(captured))
        prepared = prepare_document(document, digest, lambda _date, _keys: False)
        if isinstance(prepared, PageError):
            report.failures.append(prepared)
            db.execute("DELETE FROM sources WHERE id = ?", (_id,))
        else:
            store_page(db, prepared)
        report.pages = done
        if progress is not None:
            progress(done, total)


def _follow(conn: sqlite3.Connection, old: dict[str, _Old], report: RebuildReport) -> None:
    """Match each old item to its successor, count what changed, and record aliases."""
    new = {row[0]: _old(row) for row in conn.execute("SELECT id, title, date, body FROM items")}
    by_lead: dict[str, list[str]] = {}
    by_opening: dict[str, list[str]] = {}
    for item in new.values():
        by_lead.setdefault(item.lead, []).append(item.id)
        by_opening.setdefault(_opening(item.lead), []).append(item.id)
    successors: dict[str, int] = {}
    for item in old.values():
        if item.id in new:
            twin = new[item.id]
            report.kept += 1
            report.retitled += twin.title != item.title
            continue
        candidates = by_lead.get(item.lead) or [
            other
            for other in by_opening.get(_opening(item.lead), [])
            if new[other].lead.startswith(item.lead) or item.lead.startswith(new[other].lead)
        ]
        if not candidates:
            report.gone.append((item.id, item.title))
            continue
        successor = new[candidates[0]]
        report.aliases[item.id] = successor.id
        successors[successor.id] = successors.get(successor.id, 0) + 1
        if successor.size < item.size:
            report.split += 1
        elif successor.size == item.size and successor.date != item.date:
            report.redated += 1
    report.merged = sum(count - 1 for count in successors.values() if count > 1)
    report.new = len(set(new) - set(old) - set(report.aliases.values()))
    conn.executemany("INSERT OR REPLACE INTO item_aliases (old_id, id) VALUES (?, ?)", report.aliases.items())
    # An alias that pointed at an id retired now points at its successor.
    retired = [(new_id, old_id) for old_id, new_id in report.aliases.items()]
    conn.executemany("UPDATE item_aliases SET id = ? WHERE id = ?", retired)


def rebuild_archive(db: sqlite_utils.Database, progress: RebuildProgress | None = None) -> RebuildReport:
    """Re-split every kept page in one transaction; the user data is the caller's to move."""
    conn = db.conn
    report = RebuildReport()
    begin_immediate(conn)
    try:
        old = _snapshot(conn)
        report.items_before = len(old)
        (report.pages_without_bytes,) = conn.execute(
            "SELECT count(*) FROM sources WHERE id NOT IN (SELECT source_id FROM pages)"
        ).fetchone()
        conn.execute("PRAGMA defer_foreign_keys = ON")
        kept = _clear_rebuildable(conn)
        _reindex(db, kept)
        _resplit(db, report, progress)
        _follow(conn, old, report)
        record_rules_version(conn)
        (report.items_after,) = conn.execute("SELECT count(*) FROM items").fetchone()
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return report
