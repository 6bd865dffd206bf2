"""An archive that cannot be written opens read-only: it searches, reads and exports, refuses every
change saying why, and nothing is written beside it. Each check runs as a user the system refuses
writes to (see `helpers.read_only`), so the refusals are the system's, not a flag of ours."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.cli import run_cli
from helpers.read_only import as_a_user_who_cannot_write, copy_archive, listing, make_read_only, open_folder
from press_archive.archive import Archive, ArchiveError
from press_archive.archive.analysis import fold, stemmed
from press_archive.archive.read_only import FILE_READ_ONLY, FOLDER_READ_ONLY, ReadOnlyArchive
from press_archive.archive.schema import SCHEMA_VERSION
from press_archive.archive.userdata import schema as user_schema
from press_archive.model import SearchRequest
from press_archive.web.run import FetchRequest, fetch_site

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class Annotated:
    """The seed archive with user data of every kind, closed (its file holds everything)."""

    path: Path
    ids: list[str]  # newest first
    note: str


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> Annotated:
    path = tmp_path_factory.mktemp("annotated") / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([SEEDS_DIR]).ok
        ids = [hit.item_id for hit in archive.search(SearchRequest(query="", limit=100)).hits]
        archive.user.tag(ids[:3], "Iran talks")
        archive.user.star([ids[1]])
        archive.user.set_note(ids[0], "Ask about the exercises in Sahand.")
        archive.user.create_collection("Summit", [ids[4], ids[0]])
        archive.user.save_search("Masadykov", "Masadykov")
        archive.close(backups_kept=None)
    return Annotated(path, ids, "Ask about the exercises in Sahand.")


@dataclass(frozen=True)
class ReadOnlyCopy:
    path: Path
    why: str
    folder: Path
    elsewhere: Path  # a folder this user may write: exports and backups go there


@pytest.fixture(params=[FILE_READ_ONLY, FOLDER_READ_ONLY])
def read_only_copy(request: pytest.FixtureRequest, annotated: Annotated) -> Iterator[ReadOnlyCopy]:
    """A copy whose archive file cannot be written (its user data file and folder can: a change must
    still be refused), or whose folder cannot (so neither file can be written, nor any made)."""
    with open_folder() as folder, open_folder() as elsewhere:
        path = copy_archive(annotated.path, folder)
        make_read_only(path if request.param == FILE_READ_ONLY else folder)
        yield ReadOnlyCopy(path, request.param, folder, elsewhere)


def test_a_read_only_archive_searches_reads_and_exports_with_its_user_data(
    read_only_copy: ReadOnlyCopy, annotated: Annotated
) -> None:
    before = listing(read_only_copy.folder)
    ids = annotated.ids
    with as_a_user_who_cannot_write(), Archive(read_only_copy.path) as archive:
        assert archive.read_only == read_only_copy.why
        result = archive.search(SearchRequest(query="Masadykov", with_facets=True))
        assert result.hits and result.total == len(result.hits)
        assert result.facets["language"]
        assert archive.stats().items == len(ids)
        assert archive.item(ids[0][:8]).id == ids[0]
        assert {hit.item_id for hit in archive.search('tag:"Iran talks"').hits} == set(ids[:3])
        assert [hit.item_id for hit in archive.search("note:exercise").hits] == [ids[0]]
        assert [hit.item_id for hit in archive.search("is:starred").hits] == [ids[1]]
        assert archive.user.note(ids[0]) == annotated.note
        assert archive.user.collection("Summit").item_ids == (ids[4], ids[0])
        archive.user.backup(read_only_copy.elsewhere / "mine.json")
        assert archive.user.automatic_backups() == []
    assert listing(read_only_copy.folder) == before
    saved = json.loads((read_only_copy.elsewhere / "mine.json").read_text(encoding="utf-8"))
    assert saved["notes"][0]["text"] == annotated.note


def test_every_change_to_a_read_only_archive_is_refused_saying_why_and_nothing_is_written(
    read_only_copy: ReadOnlyCopy, annotated: Annotated, seeds_dir: Path
) -> None:
    before = listing(read_only_copy.folder)
    first = annotated.ids[0]
    with as_a_user_who_cannot_write(), Archive(read_only_copy.path) as archive:
        user = archive.user
        changes = [
            lambda: user.tag([first], "new"),
            lambda: user.untag([first], "Iran talks"),
            lambda: user.star([first], starred=False),
            lambda: user.set_note(first, "changed"),
            lambda: user.create_collection("Other"),
            lambda: user.add_to_collection("Summit", [annotated.ids[5]]),
            lambda: user.save_search("Other", "CSTO"),
            lambda: user.restore_text('{"format": "press-archive/user-data", "version": 1}', "a backup"),
            lambda: archive.import_paths([seeds_dir]),
            lambda: archive.rebuild(),
            lambda: fetch_site(archive, FetchRequest(start_urls=["http://127.0.0.1:9/"]), "test"),
        ]
        for change in changes:
            with pytest.raises(ReadOnlyArchive) as refused:
                change()
            assert str(refused.value) == (
                f"the archive at {read_only_copy.path} is read-only: {read_only_copy.why}; "
                "it can be searched, read, exported and backed up, not changed"
            )
        assert user.auto_backup() is None
        assert user.note(first) == annotated.note
    assert listing(read_only_copy.folder) == before


def test_the_command_line_reads_a_read_only_archive_and_refuses_each_change_in_one_line(
    read_only_copy: ReadOnlyCopy, annotated: Annotated, seeds_dir: Path
) -> None:
    db, first, out = read_only_copy.path, annotated.ids[0], read_only_copy.elsewhere
    before = listing(read_only_copy.folder)
    with as_a_user_who_cannot_write():
        for command, printed in (
            (["search", "Masadykov", "--facets", "--format", "json"], '"total"'),
            (["show", first[:8]], first),
            (["stats", "--format", "json"], f'"items": {len(annotated.ids)}'),
            (["export", "--format", "csv", "--query", 'tag:"Iran talks"', "-o", str(out / "picked.csv")], ""),
            (["backup", str(out / "mine.json")], "backed up"),
            (["note", first], annotated.note),
        ):
            code, stdout, stderr = run_cli(db, *command)
            assert code == 0, (command, stderr)
            assert printed in stdout + stderr
        refused = [
            ["tag", first, "--add", "new"],
            ["star", first],
            ["note", first, "--set", "changed"],
            ["collection", "create", "Other"],
            ["saved", "add", "Other", "CSTO"],
            ["tags", "delete", "Iran talks", "--yes"],
            ["tags", "delete", "Iran talks"],  # refused before it is asked
            ["collection", "delete", "Summit"],
            ["import", str(seeds_dir)],
            ["fetch", "http://127.0.0.1:9/", "--max-pages", "1"],
            ["rebuild"],
            ["restore", str(out / "mine.json")],
        ]
        for command in refused:
            code, stdout, stderr = run_cli(db, *command)
            assert code == 1, command
            assert stderr == (
                f"Error: the archive at {db} is read-only: {read_only_copy.why}; "
                "it can be searched, read, exported and backed up, not changed\n"
            ), command
    assert listing(read_only_copy.folder) == before
    with (out / "picked.csv").open(encoding="utf-8", newline="") as picked:
        assert {row["id"] for row in csv.DictReader(picked)} == set(annotated.ids[:3])
    assert json.loads((out / "mine.json").read_text(encoding="utf-8"))["notes"][0]["text"] == annotated.note


def test_without_user_data_a_read_only_archive_searches_and_finds_no_tags(annotated: Annotated) -> None:
    with open_folder() as folder:
        path = copy_archive(annotated.path, folder, user_data=False)
        make_read_only(folder)
        with as_a_user_who_cannot_write(), Archive(path) as archive:
            assert archive.search("Masadykov").hits
            assert archive.search('tag:"Iran talks"').hits == ()
            assert archive.user.tags() == []
            with pytest.raises(ReadOnlyArchive, match="its folder cannot be written"):
                archive.user.tag([annotated.ids[0]], "new")
        assert sorted(path.name for path in folder.iterdir()) == ["archive.db"]


def test_another_users_private_notes_beside_a_read_only_archive_are_left_unread(annotated: Annotated) -> None:
    with open_folder() as folder:
        path = copy_archive(annotated.path, folder)
        (folder / "archive-user.db").chmod(0o000)  # unreadable to this user, as another user's notes are
        make_read_only(path)
        with as_a_user_who_cannot_write(), Archive(path) as archive:
            assert archive.search("Masadykov").hits
            assert archive.search("note:exercise").hits == ()


def test_user_data_of_an_older_schema_beside_a_read_only_archive_is_read_as_it_is(
    annotated: Annotated, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its upgrade would write it; reading needs none, each upgrade keeping what reading uses."""
    first = annotated.ids[0]
    path = copy_archive(annotated.path, tmp_path, user_data=False)
    with monkeypatch.context() as schema_1:
        schema_1.setattr(user_schema, "USER_SCHEMA_VERSION", 1)
        with Archive(path) as archive:
            archive.user.tag([first], "old")
            archive.close(backups_kept=None)
    with closing(sqlite3.connect(tmp_path / "archive-user.db")) as conn, conn:  # notes as schema 1 kept them
        conn.execute("INSERT INTO notes VALUES (?, ?, '2026-01-01T00:00:00+00:00')", (first, annotated.note))
        conn.execute("INSERT INTO notes_fts (item_id, text, text_stem) VALUES (?, ?, ?)",
                     (first, fold(annotated.note), stemmed(annotated.note)))
    with open_folder() as folder:
        for file in (path, tmp_path / "archive-user.db"):
            shutil.copy(file, folder / file.name)
            (folder / file.name).chmod(0o644)
        make_read_only(folder)
        before = listing(folder)
        with as_a_user_who_cannot_write(), Archive(folder / path.name) as archive:
            assert archive.user.migration_backup is None
            assert [hit.item_id for hit in archive.search("note:exercise").hits] == [first]
            assert [hit.item_id for hit in archive.search("tag:old").hits] == [first]
            assert archive.user.note(first) == annotated.note
        assert listing(folder) == before


def test_a_read_only_archive_of_an_older_schema_must_be_migrated_and_says_so(annotated: Annotated) -> None:
    with open_folder() as folder:
        path = copy_archive(annotated.path, folder)
        with closing(sqlite3.connect(path)) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
        make_read_only(folder)
        before = listing(folder)
        with as_a_user_who_cannot_write(), pytest.raises(ArchiveError) as refused:
            Archive(path)
        assert refused.value.reason == (
            f"made by an older Press Archive (schema {SCHEMA_VERSION - 1}): it must be migrated to schema "
            f"{SCHEMA_VERSION} before it can be read, and cannot be, being read-only (its folder cannot be "
            "written); open it once with write access, or open a copy of it"
        )
        assert listing(folder) == before


def test_no_archive_is_made_in_a_folder_that_cannot_be_written() -> None:
    with open_folder() as folder:
        make_read_only(folder)
        with as_a_user_who_cannot_write(), pytest.raises(ArchiveError) as refused:
            Archive(folder / "archive.db")
        assert refused.value.reason == "no archive here, and none can be made: its folder cannot be written"
        assert list(folder.iterdir()) == []


def test_changes_its_owner_is_writing_are_read_from_the_write_ahead_log(annotated: Annotated) -> None:
    """The owner's program has the archive open and has written since the file was last complete:
    a reader that read the file alone would miss the new tag, and must not make the -shm it reads."""
    with open_folder() as folder:
        path = copy_archive(annotated.path, folder)
        owner = Archive(path)  # this process's own user: it may write
        try:
            owner.user.tag([annotated.ids[5]], "fresh")
            assert (folder / "archive-user.db-wal").stat().st_size > 0
            make_read_only(folder, *folder.iterdir())
            before = listing(folder)
            with as_a_user_who_cannot_write(), Archive(path) as reader:
                assert reader.read_only == FILE_READ_ONLY
                assert [hit.item_id for hit in reader.search("tag:fresh").hits] == [annotated.ids[5]]
            assert listing(folder) == before
        finally:
            for file in (folder, *folder.iterdir()):
                file.chmod(0o777 if file.is_dir() else 0o666)
            owner.close(backups_kept=None)


def test_beside_a_writable_archive_a_read_only_user_data_file_refuses_edits_and_imports_go_on(
    annotated: Annotated, seeds_dir: Path
) -> None:
    with open_folder() as folder:
        path = copy_archive(annotated.path, folder)
        user_file = folder / "archive-user.db"
        make_read_only(user_file)
        with as_a_user_who_cannot_write(), Archive(path) as archive:
            assert archive.read_only is None
            assert archive.import_paths([seeds_dir]).ok
            assert {hit.item_id for hit in archive.search('tag:"Iran talks"').hits} == set(annotated.ids[:3])
            with pytest.raises(ReadOnlyArchive) as refused:
                archive.user.tag([annotated.ids[0]], "new")
            assert str(refused.value).startswith(f"the user data at {user_file} is read-only: the file")
        assert user_file.stat().st_mode & 0o777 == 0o444
        assert not (folder / "backups").exists()
