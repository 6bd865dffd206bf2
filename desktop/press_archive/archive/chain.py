"""The import: one chain of named stages, in the order a page goes through them.

    discover  importer.discover, importer.webarchive  paths become documents: files, folders, zips,
                                                       WARC and WACZ records
    decode    importer.decode, importer.html           a document's bytes become the page's plain text
    split     importer.split (lines, boilerplate)      the text becomes the page's items
    identify  importer.identity, archive.indexing      each item gets its keys and its index entry
    merge     archive.known, archive.copies,           each item is matched to what the archive holds:
              archive.redate                           the same item, a copy cut short, an undated one
    store     archive.ingest                           new items, sightings and the page's bytes

Decode, split and identify need nothing from the archive, so a large import runs them in worker
processes (`prepare`) while this process merges and stores. Everything that fills an archive feeds
this one chain: `Archive.import_paths` (files and folders), `Archive.import_documents` (the fetcher's
pages as they arrive) and `rebuild` (the pages the archive keeps), which calls its stages itself to
run them in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

import sqlite_utils

from press_archive.archive.connection import ConnectionPool, begin_immediate
from press_archive.archive.ingest import PageWriter
from press_archive.archive.prepare import PreparedPage, Unchanged, default_workers, prepare_all
from press_archive.archive.rules import needs_rebuild, record_rules_version, rules_version
from press_archive.importer.discover import Document
from press_archive.importer.errors import PageError
from press_archive.importer.split import RULES_VERSION
from press_archive.model import FileFailure, ImportReport

#: Called after each document with (documents done, the document's name); returning True cancels.
ProgressCallback = Callable[[int, str], bool | None]
#: An import that adds at least this share of the archive's items merges its full-text index.
MERGE_AFTER_GROWTH = 0.1


def import_documents(
    pool: ConnectionPool,
    documents: Iterable[Document | PageError],
    progress: ProgressCallback | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import documents in order; a bad one is reported and skipped, the others go on.

    `workers` is how many processes read pages (None: one per spare core); small imports are read
    in this process whatever it says.
    """
    report = ImportReport()
    with pool.archive_writer() as db:
        # An empty archive is cut with these rules from its first page on; say so once.
        unrecorded = rules_version(db.conn) != RULES_VERSION and not needs_rebuild(db.conn)
        writer = PageWriter(db)
        try:
            outcomes = prepare_all(
                documents, writer.is_unchanged, writer.is_known, pool.path, workers or default_workers()
            )
            for done, outcome in enumerate(outcomes, start=1):
                _record(writer, outcome, report)
                if progress is not None and progress(done, outcome.source):
                    break
        finally:
            writer.commit()  # every page written so far is whole: keep them, whatever stopped the import
        if unrecorded and report.files_read:
            with db.conn:
                record_rules_version(db.conn)
        if report.items_new:
            _merge_index_after_growth(db, report.items_new)
    return report


def _merge_index_after_growth(db: sqlite_utils.Database, items_new: int) -> None:
    """Merge the full-text index into one segment after an import that grew the archive a lot.

    Each commit leaves a segment, and FTS5's own merging keeps a few dozen of them; a query seeks
    into every one for every term. That is what sampled facets do a hundred times per search:
    after a million-item import, one merged segment made those seeks four times cheaper. The merge
    rewrites the whole index (29 s at a million items), so small imports leave it to FTS5.
    """
    (items,) = db.conn.execute("SELECT count(*) FROM items").fetchone()
    if items_new < MERGE_AFTER_GROWTH * items:
        return
    begin_immediate(db.conn)
    try:
        db.conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    except sqlite3.Error:  # a full disk, say: the index stays as it was, whole, only slower to seek
        db.conn.execute("ROLLBACK")
        return
    db.conn.execute("COMMIT")


def _record(writer: PageWriter, outcome: PreparedPage | Unchanged | PageError, report: ImportReport) -> None:
    if isinstance(outcome, PageError):
        report.failures.append(FileFailure(outcome.source, outcome.reason))
        return
    if isinstance(outcome, Unchanged):
        report.files_skipped += 1
        return
    try:
        new, seen, changed = writer.store(outcome)
    except sqlite3.Error as error:
        report.failures.append(FileFailure(outcome.source, f"could not be stored: {error}"))
        return
    report.files_read += 1
    report.items_new += new
    report.items_seen_again += seen
    report.items_changed += changed
