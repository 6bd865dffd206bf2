"""The archive's tables, and the forward migrations that bring an older file up to date.

`PRAGMA application_id` marks a file as ours, so a foreign database given with `--db` is refused
rather than written into; `PRAGMA user_version` holds the schema version.

Items are keyed by a date-ordered integer (`date_key`): the day number in the high bits and a
counter in the low ones, so the full-text index's rowid order is date order, and "newest first"
walks the index backwards and stops after one page instead of sorting every match.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils

from press_archive.archive.concepts import CONCEPT, bundled_concepts, name_stems
from press_archive.archive.entities import ORGANISATION
from press_archive.archive.indexing import index_item
from press_archive.importer.identity import normalise_text, opening_key

APPLICATION_ID = 0x50524152  # "PRAR"
SCHEMA_VERSION = 9
DAY_SHIFT = 20  # up to a million items per day

FTS_COLUMNS_V1 = ("title", "body", "title_stem", "body_stem")
#: Since v2, `names` holds the spelling-variant keys of the item's capitalised words (`names.py`).
FTS_COLUMNS = (*FTS_COLUMNS_V1, "names")
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def date_key_range(date: dt.date | None) -> tuple[int, int]:
    """The half-open range of item keys for a day; undated items sort before every dated one."""
    day = date.toordinal() if date else 0
    return day << DAY_SHIFT, (day + 1) << DAY_SHIFT


def _create_v1(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE items (
            date_key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            date TEXT,
            date_source TEXT NOT NULL,
            title TEXT NOT NULL,
            title_derived INTEGER NOT NULL DEFAULT 0,
            body TEXT NOT NULL,
            language TEXT NOT NULL,
            kind TEXT NOT NULL,
            attachments TEXT NOT NULL DEFAULT '[]',
            text_key TEXT NOT NULL,
            lead_key TEXT NOT NULL,
            lead_of TEXT,
            added_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX items_text_key ON items(text_key)")
    db.execute("CREATE INDEX items_lead_key ON items(lead_key)")
    db.execute("CREATE INDEX items_lead_of ON items(lead_of) WHERE lead_of IS NOT NULL")
    db.execute(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            url TEXT,
            items INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sightings (
            item_key INTEGER NOT NULL REFERENCES items(date_key) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            url TEXT,
            PRIMARY KEY (source_id, position)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX sightings_item ON sightings(item_key)")
    columns = ", ".join(FTS_COLUMNS_V1)
    db.execute(
        f"CREATE VIRTUAL TABLE items_fts USING fts5({columns}, content='', "
        "tokenize='unicode61 remove_diacritics 2')"
    )


def _search_v2(db: sqlite_utils.Database) -> None:
    """Name variants and entities: the index gets a `names` column, and people/organisations a table.

    A contentless FTS5 table cannot gain a column, so it is rebuilt from the stored items, each
    indexed exactly as a new import indexes it.
    """
    db.execute("DROP TABLE items_fts")
    db.execute(
        f"CREATE VIRTUAL TABLE items_fts USING fts5({', '.join(FTS_COLUMNS)}, content='', "
        f"tokenize='{FTS_TOKENIZER}')"
    )
    # Keyed by item first: the name facet reads the entities of every hit, a range scan per hit.
    db.execute(
        """
        CREATE TABLE item_entities (
            item_key INTEGER NOT NULL REFERENCES items(date_key) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (item_key, entity)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX item_entities_entity ON item_entities(entity)")
    # Covers the facet counts, which would otherwise read each hit's whole row, body and all.
    db.execute("CREATE INDEX items_facets ON items(date_key, date, language, kind)")
    last = -1
    while batch := db.execute(
        "SELECT date_key, title, body FROM items WHERE date_key > ? ORDER BY date_key LIMIT 1000", (last,)
    ).fetchall():
        for key, title, body in batch:
            index_item(db, key, title, body)
        last = batch[-1][0]


def _name_facet_v3(db: sqlite_utils.Database) -> None:
    """The name facet of the whole archive groups every mention by entity and label: an index on
    both answers it without reading the table (0.65 s to 0.05 s at 100,000 items), and serves the
    import's "is this person known" lookup as the entity-only index did."""
    db.execute("DROP INDEX IF EXISTS item_entities_entity")
    db.execute("CREATE INDEX IF NOT EXISTS item_entities_entity_label ON item_entities(entity, label)")


def _raw_pages_v4(db: sqlite_utils.Database) -> None:
    """Each imported page's own bytes, compressed, so the archive can re-split itself with newer
    rules without the original files; the version of the rules its items were split with; and the
    ids a re-split retired.

    Pages imported before this version have no bytes kept: a rebuild leaves their items as they are
    and says so.
    """
    db.execute(
        """
        CREATE TABLE pages (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            suffix TEXT NOT NULL,
            compressed BLOB NOT NULL
        )
        """
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    # An id a rebuild retired, and the item that took its place: `show OLD` still finds it.
    db.execute("CREATE TABLE item_aliases (old_id TEXT PRIMARY KEY, id TEXT NOT NULL) WITHOUT ROWID")


def _capture_times_v5(db: sqlite_utils.Database) -> None:
    """When a page was fetched (UTC, ISO 8601), for pages from the web or a web archive: on its source,
    and on each sighting beside the URL, so that an item's sightings tell where and when it was seen.
    Pages imported before have none, as a file saved by hand has none."""
    db.execute("ALTER TABLE sources ADD COLUMN captured_at TEXT")
    db.execute("ALTER TABLE sightings ADD COLUMN captured_at TEXT")


def _frontier_v6(db: sqlite_utils.Database) -> None:
    """The fetcher's memory: every URL of the site it has met, and its runs.

    A run that is killed goes on where it stopped (the queue is its rows still `queued`); a later
    run sends each page's validators back (`etag`, `last_modified`) so unchanged pages cost a 304.
    `seq` orders the queue: a URL queued again goes to its end.
    """
    db.execute(
        """
        CREATE TABLE fetch_runs (
            id INTEGER PRIMARY KEY,
            seeds TEXT NOT NULL,
            full INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE frontier (
            url TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            run INTEGER NOT NULL REFERENCES fetch_runs(id),
            first_run INTEGER NOT NULL REFERENCES fetch_runs(id),
            seq INTEGER NOT NULL,
            etag TEXT,
            last_modified TEXT,
            status INTEGER,
            error TEXT,
            fetched_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX frontier_queue ON frontier(run, state, seq)")


def _concept_entities_v7(db: sqlite_utils.Database) -> None:
    """Every name of a concept is one entity (`CSTO` and `ОДКБ`), and a word starting with two
    capitals (`CFM`) is no one's surname. Only the entity table changes: the text index is not
    read again, so a large archive migrates in seconds."""
    for concept in bundled_concepts().by_id.values():
        old = [ORGANISATION + " ".join(name_stems(name)) for name in concept.names]
        marks = ", ".join("?" for _ in old)
        db.execute(
            f"UPDATE OR IGNORE item_entities SET entity = ? WHERE entity IN ({marks})",
            [CONCEPT + concept.id, *old],
        )
        db.execute(f"DELETE FROM item_entities WHERE entity IN ({marks})", old)
    first_two = "substr(label, 1, 2)"
    db.execute(
        f"DELETE FROM item_entities WHERE entity LIKE 'p:%' "
        f"AND {first_two} = upper({first_two}) AND {first_two} <> lower({first_two})"
    )


def _opening_keys_v8(db: sqlite_utils.Database) -> None:
    """The key of each item's first words, so that a copy the site cut short ("…", a last sentence
    dropped) is found as the item it is. Computed from the stored text, a thousand items at a time."""
    db.execute("ALTER TABLE items ADD COLUMN opening_key TEXT")
    last = -1
    while batch := db.execute(
        "SELECT date_key, body FROM items WHERE date_key > ? ORDER BY date_key LIMIT 1000", (last,)
    ).fetchall():
        db.conn.executemany(
            "UPDATE items SET opening_key = ? WHERE date_key = ?",
            [(opening_key(normalise_text(body)), key) for key, body in batch],
        )
        last = batch[-1][0]
    db.execute("CREATE INDEX items_opening_key ON items(opening_key)")


def _versions_v9(db: sqlite_utils.Database) -> None:
    """The texts of an article the site changed, each with the first and last capture that showed it
    (`versions.py`). Only a changed item has rows here, all its versions, the one the item shows
    marked `current`; the others are indexed in `versions_fts` for `version:all`, whose rowid is the
    version's row. Pages are looked up by address to find the item an article page showed before."""
    db.execute(
        """
        CREATE TABLE item_versions (
            id INTEGER PRIMARY KEY,
            item_key INTEGER NOT NULL REFERENCES items(date_key) ON DELETE CASCADE,
            version_id TEXT NOT NULL,
            current INTEGER NOT NULL,
            title TEXT NOT NULL,
            title_derived INTEGER NOT NULL,
            body TEXT NOT NULL,
            date TEXT,
            date_source TEXT NOT NULL,
            attachments TEXT NOT NULL,
            text_key TEXT NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            UNIQUE (item_key, version_id)
        )
        """
    )
    db.execute(
        f"CREATE VIRTUAL TABLE versions_fts USING fts5({', '.join(FTS_COLUMNS)}, content='', "
        f"tokenize='{FTS_TOKENIZER}')"
    )
    db.execute("CREATE INDEX item_versions_version ON item_versions(version_id)")
    db.execute("CREATE INDEX sources_url ON sources(url) WHERE url IS NOT NULL")


MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {
    1: _create_v1,
    2: _search_v2,
    3: _name_facet_v3,
    4: _raw_pages_v4,
    5: _capture_times_v5,
    6: _frontier_v6,
    7: _concept_entities_v7,
    8: _opening_keys_v8,
    9: _versions_v9,
}
