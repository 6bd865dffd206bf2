"""An archive made before name variants (schema v1) is indexed anew on opening, and searches as new."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils

from press_archive.archive import Archive
from press_archive.archive.analysis import fold, stemmed
from press_archive.archive.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, date_key_range
from press_archive.model import SearchRequest

ITEMS = [
    (dt.date(2025, 12, 5), "Deputy Secretary General Taalatbek Masadikov arrived in Geneva."),
    (dt.date(2026, 2, 13), "CSTO Secretary General Talatbek Masadykov addressed the meeting."),
    (dt.date(2026, 2, 13), "Генеральный секретарь ОДКБ Таалатбек Масадыков провел встречу."),
]


def _make_v1_archive(path: Path) -> None:
    """A file exactly as version 1 wrote it: the v1 tables, FTS rows without the names column."""
    conn = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[1](sqlite_utils.Database(conn))
    for counter, (date, body) in enumerate(ITEMS):
        key = date_key_range(date)[0] + counter
        language = "ru" if "ОДКБ" in body else "en"
        conn.execute(
            "INSERT INTO items (date_key, id, date, date_source, title, title_derived, body, language, "
            "kind, text_key, lead_key, added_at) "
            "VALUES (?, ?, ?, 'line', ?, 1, ?, ?, 'teaser', ?, ?, '2026-01-01')",
            (
                key,
                f"{counter:016x}",
                date.isoformat(),
                body[:30],
                body,
                language,
                f"t{counter}",
                f"l{counter}",
            ),
        )
        conn.execute(
            "INSERT INTO items_fts (rowid, title, body, title_stem, body_stem) VALUES (?, ?, ?, ?, ?)",
            (key, fold(body[:30]), fold(body), stemmed(body[:30]), stemmed(body)),
        )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_a_v1_archive_is_migrated_and_finds_name_variants(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    _make_v1_archive(path)
    with Archive(path) as archive:
        assert archive.migration_backup is not None and archive.migration_backup.exists()
        result = archive.search(SearchRequest(query="Masadikov", with_facets=True))
        assert result.total == 3
        assert [hit.via_variant for hit in result.hits] == [False, True, True]
        assert ("Masadikov", 3) in [(facet.label, facet.count) for facet in result.facets["name"]]
        organisation = [facet for facet in result.facets["name"] if facet.label in {"ОДКБ", "CSTO"}]
        assert len(organisation) == 1, "every name of the CSTO is one entry"
        assert archive.search('name:"Masadykov"').total == 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "item_entities_entity_label" in indexes and "item_entities_entity" not in indexes
    with sqlite3.connect(archive.migration_backup) as backup:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
