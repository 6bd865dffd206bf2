"""Opening archive files: ours are opened or migrated, anything else is refused and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from press_archive.archive import Archive, ArchiveError
from press_archive.archive.schema import APPLICATION_ID, SCHEMA_VERSION
from press_archive.cli import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_with_schema_and_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "archive.db"
    Archive(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_contents(tmp_path: Path, seeds_dir: Path) -> None:
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.import_paths([seeds_dir])
        before = archive.stats()
    with Archive(path) as archive:
        assert archive.stats() == before


def test_text_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my notes, not a database\n")
    digest = _digest(path)
    with pytest.raises(ArchiveError, match="not an SQLite database"):
        Archive(path)
    assert _digest(path) == digest


def test_foreign_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.close()
    digest = _digest(path)
    with pytest.raises(ArchiveError, match=r"another program.*invoices"):
        Archive(path)
    assert _digest(path) == digest


def test_damaged_database_is_refused(tmp_path: Path, seeds_dir: Path) -> None:
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.import_paths([seeds_dir])
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 200 + data[300:1024])
    with pytest.raises(ArchiveError):
        Archive(path)


def test_archive_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    Archive(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ArchiveError, match="newer Press Archive"):
        Archive(path)


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_path_that_is_not_a_regular_file_is_refused_and_nothing_is_written_beside_it(
    tmp_path: Path, kind: str
) -> None:
    if kind == "fifo":
        path = tmp_path / "archive.db"
        os.mkfifo(path)
    elif kind == "device":
        path = Path(os.devnull)
    else:
        path = tmp_path / "archive.db"
        path.mkdir()
    beside_before = sorted(path.parent.iterdir())

    with pytest.raises(ArchiveError, match="not a regular file"):
        Archive(path)

    assert sorted(path.parent.iterdir()) == beside_before
    with pytest.raises(SystemExit):
        main(["--db", str(path), "stats"])
    assert sorted(path.parent.iterdir()) == beside_before
