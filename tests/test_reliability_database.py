"""A file given with `--db` that is not a sound archive of ours: every command says so in one line and
leaves the file as it was. An archive of an older schema is upgraded, after a copy of it is saved.

(`test_archive_open.py` covers the same files through the API.)
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers.archive_state import damage, read_state, write_v1_archive
from press_archive.archive import Archive, schema
from press_archive.cli import main

PAGE_SIZE = 4096

COMMANDS = {
    "import": ["import", "{seeds}"],
    "search": ["search", "Masadykov"],
    "show": ["show", "0123abcd"],
    "stats": ["stats"],
    "export": ["export", "--format", "csv", "-o", "{out}"],
}


def _text_file(path: Path, _seeded: Path) -> None:
    path.write_text("my reading list, not a database\n", encoding="utf-8")


def _foreign_database(path: Path, _seeded: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
        conn.commit()


def _damaged_archive(path: Path, seeded: Path) -> None:
    """Our archive with every page but the first (the header and the list of tables) overwritten."""
    data = bytearray(seeded.read_bytes())
    data[PAGE_SIZE:] = b"\xa5" * (len(data) - PAGE_SIZE)
    path.write_bytes(bytes(data))


def _truncated_archive(path: Path, seeded: Path) -> None:
    path.write_bytes(seeded.read_bytes()[: PAGE_SIZE + 100])


def _newer_archive(path: Path, seeded: Path) -> None:
    shutil.copy(seeded, path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")


BAD_FILES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "text file": (_text_file, "not a Press Archive database (the file is not an SQLite database)"),
    "foreign SQLite database": (
        _foreign_database,
        "an SQLite database of another program (tables: invoices)",
    ),
    "damaged archive": (_damaged_archive, "the archive file is damaged"),
    "truncated archive": (_truncated_archive, "database disk image is malformed"),
    "archive of a newer version": (_newer_archive, "made by a newer Press Archive"),
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of the seeds, closed: all of it in the one file, to damage copies of."""
    path = tmp_path_factory.mktemp("seeded") / "archive.db"
    with Archive(path) as archive:
        assert archive.import_seeds().ok
    assert not path.with_name("archive.db-wal").exists()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", COMMANDS, ids=COMMANDS.keys())
@pytest.mark.parametrize("bad_file", BAD_FILES, ids=BAD_FILES.keys())
def test_every_command_refuses_a_bad_file_in_one_line_and_leaves_it_untouched(
    seeded: Path, tmp_path: Path, seeds_dir: Path, bad_file: str, command: str
) -> None:
    make, reason = BAD_FILES[bad_file]
    path = tmp_path / "archive.db"
    make(path, seeded)
    digest = _digest(path)
    out = tmp_path / "export.csv"
    arguments = [part.format(seeds=seeds_dir, out=out) for part in COMMANDS[command]]

    result = CliRunner().invoke(main, ["--db", str(path), *arguments], catch_exceptions=False)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: ") and reason in result.stderr
    assert result.stderr.count("\n") == 1
    assert _digest(path) == digest
    assert not out.exists()


@pytest.mark.parametrize("reason", ["database is locked", "database or disk is full", "disk I/O error"])
def test_an_archive_that_fails_midway_is_one_line(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    def failing(_archive: Archive) -> None:
        raise sqlite3.OperationalError(reason)

    path = tmp_path / "archive.db"
    shutil.copy(seeded, path)
    monkeypatch.setattr(Archive, "stats", failing)

    result = CliRunner().invoke(main, ["--db", str(path), "stats"], catch_exceptions=False)

    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {reason}\n")


def test_an_error_of_ours_is_not_passed_off_as_a_damaged_file(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(_archive: Archive) -> None:
        raise sqlite3.IntegrityError("UNIQUE constraint failed: items.id")

    path = tmp_path / "archive.db"
    shutil.copy(seeded, path)
    monkeypatch.setattr(Archive, "stats", failing)

    with pytest.raises(sqlite3.IntegrityError):
        CliRunner().invoke(main, ["--db", str(path), "stats"], catch_exceptions=False)


@pytest.mark.parametrize("bad_file", ["text file", "foreign SQLite database", "archive of a newer version"])
def test_a_refused_file_gets_nothing_written_beside_it(seeded: Path, tmp_path: Path, bad_file: str) -> None:
    make, _reason = BAD_FILES[bad_file]
    path = tmp_path / "archive.db"
    make(path, seeded)

    CliRunner().invoke(main, ["--db", str(path), "stats"], catch_exceptions=False)

    assert [entry.name for entry in tmp_path.iterdir()] == ["archive.db"]


def test_an_archive_of_the_first_schema_is_upgraded_after_a_copy_is_saved(
    seeded: Path, tmp_path: Path
) -> None:
    path = tmp_path / "archive.db"
    write_v1_archive(path, filled_from=seeded)
    old_items = read_state(path).items

    result = CliRunner().invoke(main, ["--db", str(path), "search", "Masadykov"], catch_exceptions=False)

    assert result.exit_code == 0, result.stderr
    assert "Masadykov" in result.stdout
    assert read_state(path) == read_state(seeded)
    [backup] = tmp_path.glob("archive.schema-v1-backup*.db")
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert read_state(backup).items == old_items
    assert damage(path) == []
