"""The window notices pages another program imports into the archive it has open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import shown_ids, write_pages

from press_archive.archive import Archive
from press_archive.ui.archive_watch import ArchiveWatcher
from press_archive.ui.jobs import JobRunner
from press_archive.ui.main_window import MainWindow


@pytest.fixture
def watcher(qtbot: QtBot, seeded_copy: Archive) -> Iterator[ArchiveWatcher]:
    runner = JobRunner(seeded_copy)
    watching = ArchiveWatcher(runner, interval_ms=50)
    watching.start()
    qtbot.waitUntil(lambda: watching.revision is not None)
    yield watching
    watching.stop()
    runner.shutdown()


def test_an_import_by_another_program_is_noticed(
    qtbot: QtBot, watcher: ArchiveWatcher, seeded_copy: Archive, tmp_path: Path
) -> None:
    before = watcher.revision
    with Archive(seeded_copy.path) as other_program, qtbot.waitSignal(watcher.changed, timeout=5000):
        assert other_program.import_paths([write_pages(tmp_path / "new", 1, 3)]).ok
    assert watcher.revision != before


def test_nothing_is_signalled_while_the_archive_stays_the_same(qtbot: QtBot, watcher: ArchiveWatcher) -> None:
    with qtbot.assertNotEmitted(watcher.changed, wait=400):
        pass


def test_the_window_shows_items_another_program_imported(
    qtbot: QtBot, window: MainWindow, seeded_copy: Archive, tmp_path: Path
) -> None:
    window.watcher.stop()  # the test triggers the look itself, so no timer races it
    qtbot.waitUntil(lambda: window.watcher.revision is not None)
    before = len(shown_ids(window))
    with Archive(seeded_copy.path) as other_program:
        assert other_program.import_paths([write_pages(tmp_path / "new", 1, 3)]).ok
    with qtbot.waitSignal(window.counts_shown, timeout=5000):
        window.watcher.check()
    assert len(shown_ids(window)) == before + 3


def test_refresh_runs_the_search_again(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.counts_shown, timeout=5000):
        window.commands.refresh.trigger()
