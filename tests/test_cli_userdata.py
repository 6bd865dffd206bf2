"""The user data verbs as a user scripts them: tag, star, note, tags, collection, saved, backup, restore."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from helpers.cli import run_cli as run
from press_archive.archive import Archive


@pytest.fixture
def ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        found = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY date_key DESC")]
    conn.close()
    return found


def test_tag_adds_and_removes_with_id_prefixes(db: Path, ids: list[str]) -> None:
    code, out, _err = run(db, "tag", ids[0][:6], ids[1], "--add", "Iran talks", "--add", "urgent")
    assert code == 0
    assert out.splitlines() == [
        "tag 'Iran talks': added to 2 items (0 had it already)",
        "tag 'urgent': added to 2 items (0 had it already)",
    ]
    code, out, _err = run(db, "tag", ids[1], "--remove", "urgent")
    assert (code, out) == (0, "tag 'urgent': removed from 1 item\n")
    with Archive(db) as archive:
        assert archive.user.tagged("urgent") == [ids[0]]


def test_tag_reads_ids_from_stdin(db: Path, ids: list[str]) -> None:
    code, out, _err = run(db, "tag", "-", "--add", "batch", stdin="\n".join(ids[:5]) + "\n")
    assert code == 0 and "added to 5 items" in out


def test_unknown_ids_are_named_and_nothing_is_tagged(db: Path, ids: list[str]) -> None:
    code, out, err = run(db, "tag", ids[0], "deadbeefdead", "--add", "never")
    assert code == 1 and out == ""
    assert err.strip() == "Error: deadbeefdead: no item with this id"
    with Archive(db) as archive:
        assert archive.user.tags() == []


def test_tag_without_add_or_remove_is_a_usage_error(db: Path, ids: list[str]) -> None:
    code, _out, err = run(db, "tag", ids[0])
    assert code == 2 and "--add NAME or --remove NAME" in err


def test_star_and_unstar(db: Path, ids: list[str]) -> None:
    assert run(db, "star", ids[0], ids[1])[:2] == (0, "starred 2 items\n")
    assert run(db, "star", ids[1], "--remove")[:2] == (0, "unstarred 1 item\n")
    with Archive(db) as archive:
        assert archive.user.starred() == [ids[0]]


def test_note_set_print_and_delete(db: Path, ids: list[str]) -> None:
    code, out, err = run(db, "note", ids[0][:8])
    assert (code, out, err) == (0, "", f"{ids[0][:8]}: no note\n")
    assert run(db, "note", ids[0], "--set", "# Heading\n\nText")[0] == 0
    assert run(db, "note", ids[0])[:2] == (0, "# Heading\n\nText\n")
    assert run(db, "note", ids[0], "--set", "-", stdin="from a pipe\n")[0] == 0
    assert run(db, "note", ids[0])[:2] == (0, "from a pipe\n")
    assert run(db, "note", ids[0], "--set", "")[:2] == (0, f"{ids[0]}: note deleted\n")
    with Archive(db) as archive:
        assert archive.user.note(ids[0]) == ""


def test_tags_list_rename_merge_colour_delete(db: Path, ids: list[str]) -> None:
    run(db, "tag", *ids[:3], "--add", "iran")
    run(db, "tag", ids[5], "--add", "tehran")
    assert run(db, "tags", "rename", "iran", "Iran talks")[0] == 0
    assert run(db, "tags", "merge", "tehran", "--into", "Iran talks")[0] == 0
    assert run(db, "tags", "color", "Iran talks", "#3A7BD5")[0] == 0
    code, out, _err = run(db, "tags", "list", "--format", "json")
    assert json.loads(out) == [{"name": "Iran talks", "color": "#3a7bd5", "count": 4}]
    assert run(db, "tags")[1] == "     4  Iran talks  #3a7bd5\n"
    code, _out, err = run(db, "tags", "color", "Iran talks", "blue")
    assert code == 1 and "#rrggbb" in err
    assert run(db, "tags", "delete", "Iran talks", stdin="n\n")[0] == 1  # asked, and declined
    assert run(db, "tags", "delete", "Iran talks", "--yes")[1] == "tag 'Iran talks' deleted from 4 items\n"
    assert run(db, "tags")[1] == ""


def test_renaming_onto_an_existing_tag_points_to_merge(db: Path, ids: list[str]) -> None:
    run(db, "tag", ids[0], "--add", "a", "--add", "b")
    code, _out, err = run(db, "tags", "rename", "a", "B")
    assert code == 1 and "tag 'B': a tag of this name exists already; merge the two tags instead" in err


def test_collection_lifecycle(db: Path, ids: list[str]) -> None:
    created = run(db, "collection", "create", "Summit", ids[3], ids[1])[1]
    assert created == "collection 'Summit' created with 2 items\n"
    assert run(db, "collection", "add", "summit", ids[0], "--at", "1")[0] == 0
    assert run(db, "collection", "remove", "Summit", ids[3])[0] == 0
    code, out, _err = run(db, "collection", "show", "Summit", "--format", "json")
    shown = json.loads(out)
    assert [item["id"] for item in shown["items"]] == [ids[0], ids[1]]
    lines = run(db, "collection", "show", "Summit")[1].splitlines()
    assert lines[0].startswith(f"   1. {ids[0]} 2026-02-13 ")
    assert run(db, "collection", "rename", "Summit", "Summit 2026")[0] == 0
    assert run(db, "collection", "list")[1] == "     2  Summit 2026\n"
    assert run(db, "collection", "delete", "Summit 2026", "--yes")[0] == 0
    code, _out, err = run(db, "collection", "show", "Summit 2026")
    assert code == 1 and "collection 'Summit 2026': no such collection" in err


def test_saved_searches_are_checked_listed_run_and_deleted(db: Path) -> None:
    assert run(db, "saved", "add", "Masadykov", "Masadykov")[0] == 0
    code, _out, err = run(db, "saved", "add", "Masadykov", "Masadykov lang:en")
    assert code == 1 and "--replace" in err
    assert run(db, "saved", "add", "Masadykov", "Masadykov lang:en", "--replace")[0] == 0
    code, _out, err = run(db, "saved", "add", "Broken", '"unclosed')
    assert code == 1 and "query '\"unclosed'" in err
    assert run(db, "saved", "list")[1] == "Masadykov: Masadykov lang:en\n"
    code, out, _err = run(db, "saved", "run", "masadykov", "--format", "json", "--limit", "100")
    hits = json.loads(out)
    assert hits and all(hit["language"] == "en" for hit in hits)
    assert run(db, "saved", "delete", "Masadykov")[0] == 0
    assert run(db, "saved", "list", "--format", "json")[1] == "[]\n"


def test_backup_and_restore_through_files_and_pipes(
    db: Path, ids: list[str], tmp_path: Path, seeds_dir: Path
) -> None:
    run(db, "tag", ids[0], "--add", "kept")
    run(db, "note", ids[0], "--set", "kept note")
    backup = tmp_path / "user.json"
    assert run(db, "backup", str(backup))[0] == 0
    code, _out, err = run(db, "backup", str(backup))
    assert code == 1 and f"{backup}: exists already; give --force to replace it" in err
    assert run(db, "backup", str(backup), "--force")[0] == 0
    piped = run(db, "backup", "-")[1]
    assert json.loads(piped)["tags"] == json.loads(backup.read_text(encoding="utf-8"))["tags"]
    other = tmp_path / "other.db"
    run(other, "import", str(seeds_dir / "000_05943768274f5f1f.txt"))  # without the tagged item
    code, out, _err = run(other, "restore", "-", stdin=piped)
    assert code == 0
    assert "1 item not in this archive" in out
    assert f"  {ids[0]}  " in out
    with Archive(other) as archive:
        assert archive.user.note(ids[0]) == "kept note"


def test_restoring_a_file_that_is_not_a_backup_names_it(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    code, _out, err = run(db, "restore", str(bad))
    assert code == 1 and f"{bad}: not a Press Archive user data backup" in err
