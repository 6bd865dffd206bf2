"""One window per archive: a second launch hands the files it was given to the window open on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from press_archive.archive import Archive
from press_archive.model import SearchRequest
from press_archive.ui.single_instance import InstanceServer, hand_over, server_name

PAGE = "12.05.2025\n\nThe Joint Staff opened a field hospital near Khorog.\n\n\nGo back\n"


def test_no_window_to_hand_over_to_means_this_launch_opens_one(tmp_path: Path, qapp: object) -> None:
    assert not hand_over(tmp_path / "nobody-has-this.db", [tmp_path / "page.txt"])


def test_files_of_a_second_launch_are_imported_by_the_open_window(
    qtbot: QtBot, seeded_copy: Archive, settings: QSettings, tmp_path: Path
) -> None:
    window = open_window(qtbot, seeded_copy, settings)
    server = InstanceServer(seeded_copy.path, window)
    server.files_received.connect(window.open_files)
    assert server.listening
    page = tmp_path / "opened from the file manager.txt"
    page.write_text(PAGE, encoding="utf-8")
    with qtbot.waitSignal(window.imports.finished, timeout=WAIT_MS):
        assert hand_over(seeded_copy.path, [page])
    assert seeded_copy.search(SearchRequest("Khorog")).total == 1
    window.close()


def test_each_archive_has_a_socket_of_its_own(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    assert server_name(first) != server_name(second)
    assert server_name(first) == server_name(tmp_path / "." / "a.db")  # however the file is named


def test_a_socket_left_by_a_crashed_window_is_taken_over(tmp_path: Path, qapp: object) -> None:
    archive = tmp_path / "archive.db"
    first = InstanceServer(archive)
    assert first.listening
    second = InstanceServer(archive)  # the first never answers again, as after a crash
    assert second.listening


def test_files_opened_during_a_first_starts_import_are_imported_after_it(
    qtbot: QtBot, archive: Archive, settings: QSettings, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(qtbot, archive, settings)  # an empty archive: the sample pages are imported
    window.open_files([page])
    qtbot.waitUntil(lambda: archive.search(SearchRequest("Khorog")).total == 1, timeout=WAIT_MS)
    assert archive.stats().items > 1  # the sample pages too
    window.close()
