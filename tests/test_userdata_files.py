"""The user data file beside the archive: created on first use, migrated on its own, never a foreign file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from press_archive.archive import Archive, ArchiveError
from press_archive.archive.analysis import fold, stemmed
from press_archive.archive.userdata import schema as user_schema
from press_archive.archive.userdata.schema import USER_APPLICATION_ID, USER_SCHEMA_VERSION, user_db_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as conn:
        value = conn.execute(f"PRAGMA {name}").fetchone()[0]
    conn.close()
    return value


@pytest.mark.parametrize(
    "archive_name, user_name",
    [("archive.db", "archive-user.db"), ("csto.sqlite", "csto-user.sqlite"), ("plain", "plain-user.db")],
)
def test_the_user_file_is_named_after_the_archive(archive_name: str, user_name: str) -> None:
    assert user_db_path(Path("data") / archive_name) == Path("data") / user_name


def test_opening_an_archive_creates_the_user_file_marked_as_ours(tmp_path: Path) -> None:
    Archive(tmp_path / "archive.db").close()
    user_file = tmp_path / "archive-user.db"
    assert _pragma(user_file, "application_id") == USER_APPLICATION_ID
    assert _pragma(user_file, "user_version") == USER_SCHEMA_VERSION
    assert _pragma(user_file, "journal_mode") == "wal"
    with sqlite3.connect(user_file) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"tags", "item_tags", "stars", "notes", "notes_fts", "collections", "collection_items",
            "saved_searches"} <= tables


def test_a_refused_archive_gets_no_user_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(ArchiveError):
        Archive(path)
    assert not user_db_path(path).exists()


def test_a_foreign_database_in_the_user_files_place_is_refused_and_untouched(tmp_path: Path) -> None:
    user_file = tmp_path / "archive-user.db"
    with sqlite3.connect(user_file) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    digest = _digest(user_file)
    with pytest.raises(ArchiveError) as caught:
        Archive(tmp_path / "archive.db")
    assert caught.value.path == str(user_file)
    assert "another program" in caught.value.reason and "contacts" in caught.value.reason
    assert _digest(user_file) == digest


def test_a_text_file_in_the_user_files_place_is_refused(tmp_path: Path) -> None:
    (tmp_path / "archive-user.db").write_text("my notes\n", encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"archive-user\.db: .*not an SQLite database"):
        Archive(tmp_path / "archive.db")


def test_user_data_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    Archive(tmp_path / "archive.db").close()
    with sqlite3.connect(tmp_path / "archive-user.db") as conn:
        conn.execute(f"PRAGMA user_version = {USER_SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ArchiveError, match="user data made by a newer Press Archive"):
        Archive(tmp_path / "archive.db")


def test_an_older_user_file_is_copied_then_migrated_keeping_its_data(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.import_paths([seeds_dir])
        item_id = archive.search("Masadykov").hits[0].item_id
        archive.user.set_note(item_id, "kept across the upgrade")

    def add_pinned(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE user.notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")

    monkeypatch.setitem(user_schema.MIGRATIONS, USER_SCHEMA_VERSION + 1, add_pinned)
    monkeypatch.setattr(user_schema, "USER_SCHEMA_VERSION", USER_SCHEMA_VERSION + 1)
    with Archive(path) as archive:
        assert archive.user.note(item_id) == "kept across the upgrade"
        copy = archive.user.migration_backup
    assert _pragma(user_db_path(path), "user_version") == USER_SCHEMA_VERSION + 1
    assert copy is not None
    assert copy.name == f"archive-user.schema-v{USER_SCHEMA_VERSION}-backup.db"
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT text FROM notes").fetchall() == [("kept across the upgrade",)]
    conn.close()


class MigrationInterrupted(Exception):
    """A migration stopped half way (a kill, a full disk)."""


def test_an_interrupted_migration_leaves_one_copy_which_the_retry_reuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.db"
    Archive(path).close()
    attempts: list[int] = []

    def add_pinned(conn: sqlite3.Connection) -> None:
        attempts.append(1)
        if len(attempts) < 3:
            raise MigrationInterrupted()
        conn.execute("ALTER TABLE user.notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")

    monkeypatch.setitem(user_schema.MIGRATIONS, USER_SCHEMA_VERSION + 1, add_pinned)
    monkeypatch.setattr(user_schema, "USER_SCHEMA_VERSION", USER_SCHEMA_VERSION + 1)
    for _ in range(2):
        with pytest.raises(MigrationInterrupted):
            Archive(path)
    copies = sorted(tmp_path.glob("archive-user.schema-*"))
    assert [copy.name for copy in copies] == [f"archive-user.schema-v{USER_SCHEMA_VERSION}-backup.db"]
    written = copies[0].stat().st_mtime_ns

    with Archive(path) as archive:
        assert archive.user.migration_backup == copies[0]
    assert sorted(tmp_path.glob("archive-user.schema-*")) == copies
    assert copies[0].stat().st_mtime_ns == written
    assert copies[0].stat().st_mode & 0o777 == 0o600


def test_notes_of_a_schema_1_file_keep_their_text_and_their_index_after_the_upgrade(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.db"
    with monkeypatch.context() as schema_1:
        schema_1.setattr(user_schema, "USER_SCHEMA_VERSION", 1)
        with Archive(path) as archive:
            archive.import_paths([seeds_dir])
            first, second = (hit.item_id for hit in archive.search("").hits[:2])
    with sqlite3.connect(user_db_path(path)) as conn:  # as schema 1 stored notes: the index by item id
        for item_id, text in ((first, "Ask about the exercises in Sahand."), (second, "Учения прошли.")):
            conn.execute("INSERT INTO notes VALUES (?, ?, '2026-01-01T00:00:00+00:00')", (item_id, text))
            conn.execute("INSERT INTO notes_fts (item_id, text, text_stem) VALUES (?, ?, ?)",
                         (item_id, fold(text), stemmed(text)))
    conn.close()
    with Archive(path) as archive:
        assert _pragma(user_db_path(path), "user_version") == USER_SCHEMA_VERSION
        assert archive.user.note(first) == "Ask about the exercises in Sahand."
        assert [hit.item_id for hit in archive.search("note:exercise").hits] == [first]
        assert [hit.item_id for hit in archive.search("note:учений").hits] == [second]
        archive.user.set_note(first, "Nothing about that any more.")
        assert archive.search("note:sahand").hits == ()
        assert [hit.item_id for hit in archive.search("note:nothing").hits] == [first]
        assert archive.user.set_note(second, "") == "Учения прошли."
        assert archive.search("note:учений").hits == ()
