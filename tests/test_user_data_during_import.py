"""The user's data and the archive are two files, locked apart: an import holding the archive's
write lock does not hold up a tag or a note, and a user edit in progress does not hold up an import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from press_archive.archive import Archive, connection
from press_archive.archive.userdata.schema import user_db_path
from press_archive.model import SearchRequest


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer that would wait for the other file's lock gives up at once instead of after 30 s."""
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another connection holds the write lock of `path`, as a long import or edit would."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_tags_and_notes_are_written_while_an_import_holds_the_archive(seeded_archive: Archive) -> None:
    item_id = seeded_archive.search(SearchRequest("Masadykov")).hits[0].item_id

    with write_lock_held(seeded_archive.path):
        seeded_archive.user.tag([item_id], "read during an import")
        seeded_archive.user.set_note(item_id, "noted during an import")

    annotation = seeded_archive.user.annotations([item_id])[item_id]
    assert annotation.tags == ("read during an import",)
    assert annotation.note == "noted during an import"


def test_an_import_runs_while_a_user_edit_holds_the_user_data(archive: Archive, seeds_dir: Path) -> None:
    with write_lock_held(user_db_path(archive.path)):
        report = archive.import_paths([seeds_dir])

    assert report.ok, report.failures
    assert archive.stats().items == 11
