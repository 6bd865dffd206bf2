"""Backups of the user data: the JSON document, merging it back, and the rolling automatic copies."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.cli import run_cli
from helpers.command import COMMAND, STUCK_SECONDS
from press_archive.archive import Archive
from press_archive.archive.userdata import BackupError, autobackup
from press_archive.archive.userdata.autobackup import auto_backups
from press_archive.archive.userdata.backup import BACKUP_VERSION, NOTE_MERGE_SEPARATOR
from press_archive.model import Annotation, Collection, RestoreReport, SavedSearch, Tag

SEED_000 = "000_05943768274f5f1f.txt"
SEED_003 = "003_67fe90acdcfdd66c.txt"


def _ids(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        found = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY date_key DESC")]
    conn.close()
    return found


@pytest.fixture
def ids(seeded_archive: Archive) -> list[str]:
    return _ids(seeded_archive.path)


def _fill(archive: Archive, ids: list[str]) -> None:
    user = archive.user
    user.tag(ids[:3], "Iran talks")
    user.set_tag_color("Iran talks", "#aa0000")
    user.star([ids[1]])
    user.set_note(ids[0], "first note")
    user.set_note(ids[9], "note on an article from August")
    user.create_collection("Summit", [ids[9], ids[0]])
    user.save_search("Masadykov", "Masadykov")


def test_the_document_is_versioned_and_names_the_items(seeded_archive: Archive, ids: list[str]) -> None:
    _fill(seeded_archive, ids)
    document = seeded_archive.user.backup_document()
    assert document["format"] == "press-archive/user-data"
    assert document["version"] == BACKUP_VERSION
    assert document["tags"] == [{"name": "Iran talks", "color": "#aa0000", "items": sorted(ids[:3])}]
    assert document["collections"] == [{"name": "Summit", "items": [ids[9], ids[0]]}]
    assert document["saved_searches"] == [{"name": "Masadykov", "query": "Masadykov"}]
    assert [note["item"] for note in document["notes"]] == sorted([ids[0], ids[9]])
    assert set(document["items"]) == set(ids[:3]) | {ids[9]}
    assert document["items"][ids[9]]["title"] == seeded_archive.item(ids[9]).title


def test_backup_then_restore_into_an_empty_user_file_gives_everything_back(
    seeded_archive: Archive, ids: list[str], tmp_path: Path, seeds_dir: Path
) -> None:
    _fill(seeded_archive, ids)
    seeded_archive.user.backup(tmp_path / "user.json")
    with Archive(tmp_path / "other" / "archive.db") as other:
        other.import_paths([seeds_dir])
        report = other.user.restore(tmp_path / "user.json")
        assert report == RestoreReport(
            item_tags_added=3, stars_added=1, notes_added=2, collections_added=1, collection_items_added=2,
            saved_searches_added=1,
        )
        assert other.user.annotations(ids) == seeded_archive.user.annotations(ids)
        assert other.user.tags() == [Tag("Iran talks", "#aa0000", 3)]
        assert other.user.collections() == [Collection("Summit", (ids[9], ids[0]))]
        assert other.user.saved_searches() == [SavedSearch("Masadykov", "Masadykov")]


def test_restoring_the_same_backup_twice_changes_nothing_more(
    seeded_archive: Archive, ids: list[str], tmp_path: Path
) -> None:
    _fill(seeded_archive, ids)
    seeded_archive.user.backup(tmp_path / "user.json")
    before = seeded_archive.user.annotations(ids)
    assert seeded_archive.user.restore(tmp_path / "user.json") == RestoreReport()
    assert seeded_archive.user.annotations(ids) == before


def test_restore_merges_and_never_drops_what_is_there(
    seeded_archive: Archive, ids: list[str], tmp_path: Path
) -> None:
    _fill(seeded_archive, ids)
    seeded_archive.user.backup(tmp_path / "user.json")
    user = seeded_archive.user
    user.set_note(ids[0], "rewritten since the backup")
    user.set_tag_color("Iran talks", "#00aa00")
    user.save_search("Masadykov", "Masadykov lang:ru")
    user.set_collection_items("Summit", [ids[5]])
    report = user.restore(tmp_path / "user.json")
    assert report.notes_merged == 1
    assert user.note(ids[0]) == "rewritten since the backup" + NOTE_MERGE_SEPARATOR + "first note"
    assert user.get_tag("Iran talks").color == "#00aa00"  # the colour chosen since is kept
    assert report.saved_searches_renamed == ("Masadykov (restored)",)
    assert user.saved_searches() == [
        SavedSearch("Masadykov", "Masadykov lang:ru"), SavedSearch("Masadykov (restored)", "Masadykov")
    ]
    assert user.collection("Summit").item_ids == (ids[5], ids[9], ids[0])


def test_restore_onto_an_archive_missing_items_reports_them_and_keeps_their_notes(
    seeded_archive: Archive, ids: list[str], tmp_path: Path, seeds_dir: Path
) -> None:
    _fill(seeded_archive, ids)
    seeded_archive.user.backup(tmp_path / "user.json")
    with Archive(tmp_path / "tiny" / "archive.db") as tiny:
        tiny.import_paths([seeds_dir / SEED_000])  # the 2025-11 and 2025-12 items only
        assert not set(_ids(tiny.path)) & (set(ids[:3]) | {ids[9]})
        report = tiny.user.restore(tmp_path / "user.json")
        assert report.missing_items == {
            item_id: seeded_archive.item(item_id).title for item_id in sorted(set(ids[:3]) | {ids[9]})
        }
        assert report.notes_added == 2
        assert tiny.user.note(ids[0]) == "first note"  # an exact id of a missing item still reaches its note
        expected = Annotation(ids[0], tags=("Iran talks",), note="first note")
        assert tiny.user.annotations([ids[0]])[ids[0]] == expected
        assert set(tiny.user.orphans()) == set(ids[:3]) | {ids[9]}
        tiny.import_paths([seeds_dir / SEED_003])  # the missing items come back, with their data
        assert tiny.user.orphans() == []
        assert tiny.user.collection("Summit").item_ids == (ids[9], ids[0])


@pytest.mark.parametrize(
    "content, reason, where",
    [
        ("{not json", "not valid JSON", "line 1, column 2"),
        ('{"format": "something else", "version": 1}', "not a Press Archive user data backup", ""),
        ('{"format": "press-archive/user-data", "version": 99}', "newer Press Archive", ""),
        ('{"format": "press-archive/user-data"}', "no valid format version", "version"),
        ('{"format": "press-archive/user-data", "version": 1, "notes": [{"item": "ab", "text": 5}]}',
         "expected text", "notes[0].text"),
        ('{"format": "press-archive/user-data", "version": 1, "tags": [{"name": "x", "items": "ab"}]}',
         "expected a list of item ids", "tags[0].items"),
        ('{"format": "press-archive/user-data", "version": 1, "collections": [{"name": "a\\"b"}]}',
         "double quote", "collections[0].name"),
        ('{"format": "press-archive/user-data", "version": 1, "tags": [{"name": "x", "color": "red"}]}',
         "#rrggbb", "tags[0].color"),
    ],
)
def test_a_bad_backup_is_refused_naming_the_file_and_the_place(
    seeded_archive: Archive, ids: list[str], tmp_path: Path, content: str, reason: str, where: str
) -> None:
    _fill(seeded_archive, ids)
    before = seeded_archive.user.backup_document()
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        seeded_archive.user.restore(bad)
    assert caught.value.path == str(bad)
    assert reason in caught.value.reason
    assert caught.value.where == where
    after = seeded_archive.user.backup_document()
    assert {**after, "exported_at": None} == {**before, "exported_at": None}  # nothing half-restored


def test_a_backup_nested_too_deeply_is_refused_with_the_user_data_untouched(
    seeded_archive: Archive, ids: list[str], tmp_path: Path
) -> None:
    _fill(seeded_archive, ids)
    before = seeded_archive.user.backup_document()
    bad = tmp_path / "deep.json"
    bad.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(BackupError, match="nested too deeply") as caught:
        seeded_archive.user.restore(bad)
    assert caught.value.path == str(bad)
    after = seeded_archive.user.backup_document()
    assert {**after, "exported_at": None} == {**before, "exported_at": None}


def test_a_backup_starting_with_a_byte_order_mark_is_restored(
    seeded_archive: Archive, ids: list[str], tmp_path: Path
) -> None:
    _fill(seeded_archive, ids)
    saved = tmp_path / "saved.json"
    seeded_archive.user.backup(saved)
    with_mark = tmp_path / "edited-on-windows.json"
    with_mark.write_bytes(b"\xef\xbb\xbf" + saved.read_bytes())
    for tag in seeded_archive.user.tags():
        seeded_archive.user.delete_tag(tag.name)
    report = seeded_archive.user.restore(with_mark)
    assert report.item_tags_added > 0


def test_backup_replaces_a_file_whole_and_leaves_no_partial_file(
    seeded_archive: Archive, ids: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "user.json"
    target.write_text("an older backup", encoding="utf-8")
    _fill(seeded_archive, ids)
    seeded_archive.user.backup(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert {note["text"] for note in document["notes"]} == {"first note", "note on an article from August"}
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_backup_to_an_unwritable_place_is_a_clear_error(seeded_archive: Archive, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(BackupError, match="cannot write the backup"):
        seeded_archive.user.backup(blocker / "user.json")


def test_automatic_backups_only_when_something_changed(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    now = dt.datetime(2026, 3, 1, 9, 0, 0)
    assert user.auto_backup(now=now) is None  # nothing to save yet
    user.tag([ids[0]], "first")
    written = user.auto_backup(now=now)
    assert written is not None and written.parent == seeded_archive.path.parent / "backups"
    assert written.name == "archive-user-20260301-090000.json"
    assert user.auto_backup(now=now + dt.timedelta(minutes=5)) is None


def test_automatic_backups_roll_keeping_the_newest(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    start = dt.datetime(2026, 3, 1, 9, 0, 0)
    for hour in range(5):
        user.tag([ids[hour]], f"tag {hour}")
        user.auto_backup(keep=3, now=start + dt.timedelta(hours=hour))
    backups = auto_backups(seeded_archive.path.parent / "backups", "archive")
    assert [stamp.hour for stamp, _ in backups] == [11, 12, 13]
    newest = json.loads(backups[-1][1].read_text(encoding="utf-8"))
    assert [tag["name"] for tag in newest["tags"]] == [f"tag {hour}" for hour in range(5)]


def test_each_backup_is_a_new_file_so_the_state_before_the_latest_change_is_kept(
    seeded_archive: Archive, ids: list[str]
) -> None:
    user = seeded_archive.user
    start = dt.datetime(2026, 3, 1, 9, 0, 0)
    user.tag([ids[0]], "early")
    first = user.auto_backup(now=start)
    user.tag([ids[1]], "mistake")
    second = user.auto_backup(now=start + dt.timedelta(minutes=1))
    assert first is not None and second is not None and first != second
    assert user.automatic_backups() == [second, first]
    assert [tag["name"] for tag in json.loads(first.read_text(encoding="utf-8"))["tags"]] == ["early"]


def test_a_preview_counts_what_restoring_would_add_and_changes_nothing(
    seeded_archive: Archive, ids: list[str]
) -> None:
    user = seeded_archive.user
    _fill(seeded_archive, ids)
    taken = user.auto_backup(now=dt.datetime(2024, 5, 1, 12, 0))
    assert taken is not None
    user.delete_tag("Iran talks")
    user.set_note(ids[0], "")
    user.set_note(ids[9], "rewritten")
    user.tag([ids[5]], "Later")
    document = user.backup_document()
    preview = user.preview_restore(taken)
    assert user.backup_document() == document  # the trial restore was rolled back
    assert (preview.backup.tags, preview.backup.tagged, preview.backup.notes) == (1, 3, 2)
    assert (preview.now.tags, preview.now.tagged, preview.now.notes) == (1, 1, 1)
    assert (preview.merged.tags, preview.merged.tagged, preview.merged.notes) == (2, 4, 2)
    assert preview.report == user.restore(taken)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(gaps=st.lists(st.integers(min_value=1, max_value=3 * 24 * 60), min_size=1, max_size=40))
def test_the_rotation_keeps_the_newest_two_and_a_point_at_each_age(gaps: list[int]) -> None:
    """Backups taken `gaps` minutes apart, kept as the rotation keeps them: the two newest are always
    there, and for each age the newest backup at least that old."""
    start = dt.datetime(2026, 3, 1)
    taken: list[dt.datetime] = []
    for gap in gaps:
        taken.append((taken[-1] if taken else start) + dt.timedelta(minutes=gap))
    now = taken[-1]
    backups = [(stamp, Path(f"b-{number}")) for number, stamp in enumerate(taken)]

    dropped = autobackup._rotated_out(backups, 2, now)

    kept = [backup for backup in backups if backup not in dropped]
    assert kept[-2:] == backups[-2:]
    for age in autobackup.KEPT_AGES:
        old_enough = [backup for backup in backups if now - backup[0] >= age]
        if old_enough:
            assert old_enough[-1] in kept
    assert len(kept) <= 2 + len(autobackup.KEPT_AGES)


def test_restore_lists_the_automatic_backups_and_restores_one_by_number(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.import_paths([seeds_dir])
    first, second = _ids(db)[:2]
    run_cli(db, "tag", first, "--add", "kept")
    run_cli(db, "note", second, "--set", "a note deleted by mistake")
    run_cli(db, "note", second, "--set", "")  # the mistake

    status, listed, _err = run_cli(db, "restore", "--list")
    assert status == 0
    lines = listed.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("  1  ") and "1 tags on 1 items, 0 stars, 0 notes" in lines[0]
    assert lines[1].startswith("  2  ") and "1 notes" in lines[1]

    status, restored, _err = run_cli(db, "restore", "--auto", "2")
    assert status == 0 and "1 notes" in restored
    with Archive(db) as archive:
        assert archive.user.note(second) == "a note deleted by mistake"
    status, _out, err = run_cli(db, "restore", "--auto", "9")
    assert status == 1 and "no automatic backup 9" in err
def test_closing_the_archive_backs_up_changed_user_data(tmp_path: Path, seeds_dir: Path) -> None:
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.import_paths([seeds_dir])
    assert not (tmp_path / "backups").exists()  # no user data, no backup
    with Archive(path) as archive:
        archive.user.star(_ids(path)[:1])
    backups = auto_backups(tmp_path / "backups", "archive")
    assert len(backups) == 1
    assert json.loads(backups[0][1].read_text(encoding="utf-8"))["stars"][0]["item"] == _ids(path)[0]


def test_each_command_line_edit_is_backed_up_in_order_even_when_the_next_follows_at_once(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """The backup is written by a process of its own, which holds the state its edit left before
    the command ends: the next edit cannot slip into it, and the backups land in order."""
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.import_paths([seeds_dir])
    first = _ids(db)[0]
    for name in ("a", "b", "c"):
        assert run_cli(db, "tag", first, "--add", name)[0] == 0
    with Archive(db) as archive:
        backups = archive.user.automatic_backups()
    held = [[tag["name"] for tag in json.loads(path.read_text(encoding="utf-8"))["tags"]] for path in backups]
    assert held == [["a", "b", "c"], ["a", "b"], ["a"]]


def test_an_edit_never_waits_for_a_backup_being_written_and_the_backups_still_land_in_order(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """While the backups folder is held, as a large backup holds it for as long as it is written,
    each edit still ends: its backup takes its snapshot and its place, and is written after."""
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.import_paths([seeds_dir])
    first = _ids(db)[0]
    with autobackup.backups_lock(tmp_path / "backups", "archive"):
        for name in ("a", "b", "c"):
            edit = subprocess.Popen(  # its backup process keeps no pipe of ours open
                [*COMMAND, "--db", str(db), "tag", first, "--add", name],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            assert edit.wait(timeout=STUCK_SECONDS) == 0  # a wait for the folder would never end
        assert auto_backups(tmp_path / "backups", "archive") == []  # none written while it is held
    with Archive(db) as archive:
        backups = archive.user.automatic_backups()  # waits for the three
    held = [[tag["name"] for tag in json.loads(path.read_text(encoding="utf-8"))["tags"]] for path in backups]
    assert held == [["a", "b", "c"], ["a", "b"], ["a"]]
    assert sorted(path.name for path in (tmp_path / "backups").iterdir() if path.suffix == ".ticket") == []


def test_a_ticket_left_by_a_backup_that_died_neither_holds_up_the_next_nor_stays(
    seeded_archive: Archive, ids: list[str]
) -> None:
    folder = seeded_archive.user.backup_dir
    folder.mkdir()
    (folder / ".archive-user-0.ticket").touch()  # a backup process killed before it wrote
    seeded_archive.user.tag(ids[:1], "kept")
    assert seeded_archive.user.auto_backup() is not None
    assert list(folder.glob("*.ticket")) == []


def test_a_command_that_changes_nothing_writes_no_backup(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.import_paths([seeds_dir])
    first = _ids(db)[0]
    run_cli(db, "tag", first, "--add", "kept")
    with Archive(db) as archive:
        written = archive.user.automatic_backups()
    run_cli(db, "tag", first, "--add", "kept")  # already there
    run_cli(db, "search", "Minsk")
    with Archive(db) as archive:
        assert archive.user.automatic_backups() == written
    assert len(written) == 1
