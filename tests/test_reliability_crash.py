"""A command killed at any moment (SIGKILL: no clean-up runs) loses nothing and leaves nothing half-done.

An import stores each document inside its own savepoint, so after a kill every page is in the
archive with all its items or not at all, and running the same import again finishes the job; the
processes that read its pages end with it. An export is
written to a hidden temporary file renamed into place at the end, so its target is never half
written. (Bulk edits of user data killed midway: `test_userdata_survival.py`.)
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import signal
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers.archive_state import ArchiveState, damage, read_state
from helpers.command import kill_at_progress, press_archive
from helpers.pages import write_corpus
from press_archive.archive import Archive
from press_archive.exporters.obsidian import INDEX_NOTE

CORPUS_PAGES = 300
KILLS = 5
SEED = 8
#: Documents a killed import still has ahead of it: it must not finish in the moment the kill takes.
LAST_KILL_MARGIN = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The pages, and how many documents they are."""
    folder = tmp_path_factory.mktemp("crash") / "pages"
    return folder, write_corpus(folder, CORPUS_PAGES, SEED)


@pytest.fixture(scope="module")
def imported(corpus: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus imported without interruption: what every interrupted import must end as."""
    path = tmp_path_factory.mktemp("reference") / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([corpus[0]]).ok
    return path


def _assert_whole_pages_only(state: ArchiveState, expected: ArchiveState) -> None:
    """Every page stored is stored as the uninterrupted import stored it, and so is every item."""
    for key, row in state.sources.items():
        assert row == expected.sources[key]
        assert state.sightings[key] == expected.sightings[key]
    for item_id, row in state.items.items():
        # A teaser's link to its article is set when the article arrives, maybe in a later page.
        assert row[:-1] == expected.items[item_id][:-1]


def test_an_import_killed_at_random_points_is_finished_by_running_it_again(
    corpus: tuple[Path, int], imported: Path, tmp_path: Path
) -> None:
    pages, documents = corpus
    expected = read_state(imported)
    path = tmp_path / "archive.db"
    kill_points = sorted(random.Random(SEED).sample(range(1, documents - LAST_KILL_MARGIN), KILLS))
    stored_after_kills: list[int] = []
    for count in kill_points:
        run = kill_at_progress(path, ["import", str(pages)], "Importing", count)
        assert run.returncode == -signal.SIGKILL, f"the import ended by itself at {run.progress}"
        assert run.helpers > 0 and run.orphans == ()
        assert damage(path) == []
        state = read_state(path)
        _assert_whole_pages_only(state, expected)
        stored_after_kills.append(len(state.sources))
    assert stored_after_kills == sorted(stored_after_kills) and stored_after_kills[-1] < documents

    finished = press_archive(path, "import", str(pages))

    assert finished.returncode == 0, finished.stderr
    assert damage(path) == []
    assert read_state(path) == expected
    with Archive(path) as resumed, Archive(imported) as uninterrupted:
        assert resumed.stats() == uninterrupted.stats()


def _exported_count(target: Path, format_name: str) -> int:
    """How many items a finished export file holds, read as the programs it is for read it."""
    if format_name == "html":
        return len(LexborHTMLParser(target.read_text(encoding="utf-8")).css("h2"))
    if format_name == "csv":
        with target.open(encoding="utf-8", newline="") as handle:
            return len(list(csv.DictReader(handle)))
    return len([note for note in target.iterdir() if note.name != INDEX_NOTE])


@pytest.mark.parametrize(
    ("format_name", "name", "query"),
    [
        ("csv", "items.csv", ""),  # written item by item
        ("html", "report.html", ""),  # written at the end
        # A note per item, each flushed to disk: a sixth of the items is plenty, and quicker.
        ("obsidian", "notes", "Minsk"),
    ],
)
def test_an_export_killed_midway_leaves_no_target_and_the_next_export_succeeds(
    imported: Path, tmp_path: Path, format_name: str, name: str, query: str
) -> None:
    path = tmp_path / "archive.db"
    shutil.copy(imported, path)
    with Archive(path) as archive:
        items = archive.search(query).total
    assert items is not None and items > 100
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / name
    arguments = ["export", "--format", format_name, "-o", str(target), "--query", query]
    # Early in the export: the command must not finish in the moment the kill takes to arrive.
    kill_point = random.Random(format_name).randrange(1, items // 5)

    run = kill_at_progress(path, arguments, "Exporting", kill_point)

    assert run.returncode == -signal.SIGKILL
    assert not target.exists()
    # The kill gave the command no chance to remove its temporary: it is hidden, and named for its target.
    (leftover,) = folder.iterdir()
    assert leftover.name.startswith(f".{name}.") and leftover.name.endswith(".part")

    done = press_archive(path, *arguments)

    assert done.returncode == 0, done.stderr
    assert _exported_count(target, format_name) == items
    assert sorted(entry.name for entry in folder.iterdir()) == sorted([leftover.name, name])


def test_a_finished_export_leaves_only_its_file(imported: Path, tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    shutil.copy(imported, path)
    folder = tmp_path / "out"
    folder.mkdir()

    done = press_archive(path, "export", "--format", "json", "-o", str(folder / "items.json"))

    assert done.returncode == 0, done.stderr
    exported = json.loads((folder / "items.json").read_text(encoding="utf-8"))["items"]
    assert len(exported) == len(read_state(path).items)
    assert [entry.name for entry in folder.iterdir()] == ["items.json"]
