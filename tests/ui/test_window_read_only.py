"""The window over an archive it cannot write: it searches and reads, and says why nothing changes.

The window runs as a user the system refuses writes to (see `helpers.read_only`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from helpers.read_only import as_a_user_who_cannot_write, copy_archive, listing, make_read_only, open_folder
from press_archive.archive import Archive
from press_archive.ui.main_window import MainWindow

REFUSED = "is read-only (its folder cannot be written)"


def _read_first_hit(qtbot: QtBot, window: MainWindow, query: str) -> str:
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_query(query)
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as shown:
        window.results.list.setCurrentIndex(window.model.index(0))
    item_id: str = shown.args[0]
    return item_id


def test_the_window_reads_a_read_only_archive_and_says_why_an_edit_is_not_saved(
    qtbot: QtBot, seeded_template: Path, settings: QSettings
) -> None:
    with open_folder() as folder:
        path = copy_archive(seeded_template, folder)
        make_read_only(folder)
        before = listing(folder)
        with as_a_user_who_cannot_write():
            archive = Archive(path)
            try:
                window = open_window(qtbot, archive, settings)
                assert window.read_only_bar.isVisible()
                bar = window.read_only_bar.label.text()
                assert "This archive is read-only: its folder cannot be written" in bar
                commands = window.commands
                for action in (commands.toggle_star, commands.tag_selection, commands.import_files,
                               commands.update_from_site, commands.restore_backup, commands.save_search):
                    assert not action.isEnabled()
                    assert "read-only (its folder cannot be written)" in action.statusTip()

                item_id = _read_first_hit(qtbot, window, "Masadykov")
                assert window.detail.detail is not None and window.detail.detail.item.id == item_id
                assert "Masadykov" in window.detail.browser.toPlainText()
                assert window.detail.note.isReadOnly()
                assert not window.detail.annotation_bar.star_button.isEnabled()

                menu = window.edits.menu
                menu.show_collections([item_id], [])
                assert not menu.add_menu.isEnabled() and not menu.remove_menu.isEnabled()
                assert "read-only" in menu.add_menu.menuAction().statusTip()
                assert window.collections.empty.text() == "No collections in this archive."

                window.collection_flow.create("Summit", [item_id])  # as a change that still got through
                qtbot.waitUntil(lambda: REFUSED in window.status.currentMessage(), timeout=WAIT_MS)
                assert window.status.currentMessage() == (
                    f"Not saved: the archive at {path} is read-only (its folder cannot be written)."
                )
                window.status.clearMessage()
                window.open_files([folder / "pages.txt"])  # as from the file manager
                assert REFUSED in window.status.currentMessage()
                assert not window.imports.running
                window.close()
            finally:
                archive.close()
        assert listing(folder) == before
