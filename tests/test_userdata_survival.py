"""User data outlives the archive: a re-import, a rebuild from the pages, a schema migration, a kill."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.archive_state import write_v1_archive
from press_archive.archive import Archive, schema
from press_archive.archive.userdata.schema import user_db_path


def _item_ids(archive_path: Path) -> list[str]:
    with sqlite3.connect(archive_path) as conn:
        found = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY date_key DESC")]
    conn.close()
    return found


def _annotate(archive: Archive, ids: list[str]) -> None:
    """Some of every kind of user data, on items from all three seed pages (every id but ids[7])."""
    user = archive.user
    user.tag(ids[:4], "Iran talks")
    user.tag(ids[3:7], "Moscow")
    user.set_tag_color("Moscow", "#3a7bd5")
    user.star([ids[0], ids[8]])
    user.set_note(ids[2], "Ask the press office for the **full** text.")
    user.set_note(ids[10], "Follow-up: Geneva meeting")
    user.create_collection("Summit", [ids[9], ids[1], ids[5]])
    user.save_search("Masadykov", "Masadykov")


def _user_data_of(archive: Archive, ids: list[str]) -> tuple[object, ...]:
    user = archive.user
    return user.annotations(ids), user.tags(), user.collections(), user.saved_searches()


Annotated = tuple[Path, list[str], tuple[object, ...]]


@pytest.fixture
def annotated(tmp_path: Path, seeds_dir: Path) -> Annotated:
    """An archive of the seeds with user data on it (closed), its item ids, and that user data."""
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([seeds_dir]).ok
        ids = _item_ids(path)
        _annotate(archive, ids)
        expected = _user_data_of(archive, ids)
    return path, ids, expected


def test_user_data_is_in_its_own_file_beside_the_archive(annotated: Annotated) -> None:
    path, _ids, _expected = annotated
    assert user_db_path(path) == path.with_name("archive-user.db")
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not tables & {"tags", "item_tags", "stars", "notes", "collections", "saved_searches"}


def test_survives_a_reimport_of_the_same_pages(annotated: Annotated, seeds_dir: Path, tmp_path: Path) -> None:
    path, ids, expected = annotated
    pages = tmp_path / "pages"
    shutil.copytree(seeds_dir, pages)
    for page in pages.iterdir():  # changed bytes, same text: every page is read and stored again
        page.write_bytes(page.read_bytes() + b"\n")
    with Archive(path) as archive:
        report = archive.import_paths([pages])
        assert report.files_read == 3 and report.items_new == 0
        assert _user_data_of(archive, ids) == expected


def test_survives_a_full_rebuild_from_the_pages(annotated: Annotated, seeds_dir: Path) -> None:
    path, ids, expected = annotated
    for leftover in path.parent.glob(path.name + "*"):  # the archive and its -wal/-shm files
        leftover.unlink()
    with Archive(path) as archive:
        assert archive.is_empty()
        assert set(archive.user.orphans()) == set(ids) - {ids[7]}  # kept while their items are away
        assert archive.import_paths([seeds_dir]).ok
        assert _item_ids(path) == ids
        assert _user_data_of(archive, ids) == expected
        assert archive.user.orphans() == []


def test_survives_a_schema_migration_of_the_archive(annotated: Annotated, tmp_path: Path) -> None:
    path, ids, expected = annotated
    old = tmp_path / "old" / "archive.db"
    old.parent.mkdir()
    write_v1_archive(old, filled_from=path)
    shutil.copy(user_db_path(path), user_db_path(old))
    with Archive(old) as archive:
        assert archive.migration_backup is not None and archive.migration_backup.exists()
        assert archive.item(ids[0]).id == ids[0]
        assert _user_data_of(archive, ids) == expected
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION > 1
    conn.close()


def test_a_backup_restores_all_user_data_into_a_copy_of_the_archive(
    annotated: Annotated, tmp_path: Path
) -> None:
    path, ids, expected = annotated
    with Archive(path) as archive:
        archive.user.backup(tmp_path / "before.json")
    fresh = tmp_path / "elsewhere" / "archive.db"
    fresh.parent.mkdir()
    shutil.copy(path, fresh)
    with Archive(fresh) as archive:
        assert archive.user.tags() == []
        report = archive.user.restore(tmp_path / "before.json")
        assert report.missing_items == {}
        assert _user_data_of(archive, ids) == expected


KILLED_WRITER = """
import sys
from press_archive.archive import Archive

archive = Archive(sys.argv[1])
ids = sys.argv[2].split(",")
batch = 0
while True:
    archive.user.tag(ids, f"batch-{batch}")
    archive.user.set_note(ids[batch % len(ids)], f"note written in batch {batch}")
    print(batch, flush=True)
    batch += 1
"""


def _page_of(count: int) -> str:
    """A plain-text page of `count` dated items, as the site's news lists are saved."""
    start = dt.date(2015, 1, 1)
    return "".join(
        f"{(start + dt.timedelta(days=n)).strftime('%d.%m.%Y')}\n\n"
        f"On this day delegation number {n} met in Minsk to discuss item {n * 7} of the agenda.\n\n\n"
        for n in range(count)
    )


def test_a_kill_in_the_middle_of_bulk_tagging_loses_nothing_saved(tmp_path: Path) -> None:
    page = tmp_path / "many.txt"
    page.write_text(_page_of(400), encoding="utf-8")
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([page]).items_new == 400
    ids = _item_ids(path)
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path), ",".join(ids)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert writer.stdout is not None
    committed = []
    for line in writer.stdout:
        committed.append(int(line))
        if len(committed) == 25:
            os.kill(writer.pid, signal.SIGKILL)
            break
    committed += [int(line) for line in writer.stdout]  # lines printed before the kill landed
    assert writer.wait() == -signal.SIGKILL
    with sqlite3.connect(user_db_path(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Archive(path) as archive:
        counts = {tag.name: tag.count for tag in archive.user.tags()}
        for batch in committed:
            assert counts[f"batch-{batch}"] == len(ids)
            assert archive.user.note(ids[batch % len(ids)]) == f"note written in batch {batch}"
        assert set(counts.values()) == {len(ids)}  # a batch cut short left no partial tag behind
