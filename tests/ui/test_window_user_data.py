"""Stars, tags, notes, saved searches and item links, edited in the window and stored in the archive."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS

from press_archive.ui.chip import Chip
from press_archive.ui.main_window import MainWindow


def _open_row(qtbot: QtBot, window: MainWindow, row: int) -> str:
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as shown:
        window.results.list.setCurrentIndex(window.model.index(row))
    item_id: str = shown.args[0]
    return item_id


def test_ctrl_d_stars_the_selection_and_again_unstars_it(qtbot: QtBot, window: MainWindow) -> None:
    first = _open_row(qtbot, window, 0)
    window.results.list.selectionModel().select(
        window.model.index(1), window.results.list.selectionModel().SelectionFlag.Select
    )
    second = window.model.hit(1).item_id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window.results.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: set(window.archive.user.starred()) == {first, second}, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.detail.annotation_bar.star_button.isChecked(), timeout=WAIT_MS)
    assert window.model.annotation(second) is not None
    qtbot.keyClick(window.results.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.archive.user.starred() == [], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.detail.annotation_bar.star_button.isChecked(), timeout=WAIT_MS)


def test_the_star_button_stars_the_item_being_read(qtbot: QtBot, window: MainWindow) -> None:
    item_id = _open_row(qtbot, window, 2)
    window.detail.annotation_bar.star_button.click()
    qtbot.waitUntil(lambda: window.archive.user.starred() == [item_id], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: (found := window.model.annotation(item_id)) is not None and found.starred,
                    timeout=WAIT_MS)


def test_a_tag_typed_in_the_pane_is_stored_shown_and_removable(qtbot: QtBot, window: MainWindow) -> None:
    item_id = _open_row(qtbot, window, 0)
    bar = window.detail.annotation_bar
    qtbot.keyClicks(bar.tag_field, "  Iran   talks ")
    qtbot.keyClick(bar.tag_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.tags == ["Iran talks"], timeout=WAIT_MS)
    assert window.archive.user.tagged("Iran talks") == [item_id]
    qtbot.waitUntil(lambda: bar.tag_names == ["Iran talks"], timeout=WAIT_MS)
    (chip,) = [chip for chip in bar.findChildren(Chip) if not chip.isHidden()]
    chip.click()
    qtbot.waitUntil(lambda: bar.tags == [], timeout=WAIT_MS)
    assert window.archive.user.tagged("Iran talks") == []


def test_a_note_is_saved_when_typing_pauses_and_kept_per_item(qtbot: QtBot, window: MainWindow) -> None:
    first = _open_row(qtbot, window, 0)
    qtbot.keyClicks(window.detail.note, "Check the Russian edition.")
    qtbot.waitUntil(lambda: window.archive.user.note(first) == "Check the Russian edition.", timeout=WAIT_MS)
    qtbot.keyClicks(window.detail.note, " Soon.")
    second = _open_row(qtbot, window, 1)  # opening another item saves the edit at once
    qtbot.waitUntil(lambda: window.archive.user.note(first) == "Check the Russian edition. Soon.",
                    timeout=WAIT_MS)
    assert window.detail.note.toPlainText() == window.archive.user.note(second) == ""
    _open_row(qtbot, window, 0)
    assert window.detail.note.toPlainText() == "Check the Russian edition. Soon."


def test_a_related_item_link_opens_that_item(qtbot: QtBot, window: MainWindow) -> None:
    item_id = _open_row(qtbot, window, 0)
    related = window.archive.related(item_id)
    assert related, "the seeds give every item something similar"
    target = related[0].hit
    assert f'href="item:{target.item_id}"' in window.detail.browser.toHtml()
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as shown:
        window.detail.browser.anchorClicked.emit(QUrl(f"item:{target.item_id}"))
    assert shown.args == [target.item_id]
    assert window.detail.browser.toPlainText().split("\n")[1] == target.title
    assert not window.results.list.selectionModel().hasSelection()


def test_a_saved_search_is_listed_and_runs_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.archive.user.save_search("Secretariat news", "Secretariat kind:article")
    with qtbot.waitSignal(window.saved.changed, timeout=WAIT_MS):
        window.saved.refresh()
    (action,) = window.commands.saved_searches.actions()
    assert action.text() == "Secretariat news"
    assert "Secretariat kind:article" in window.search_bar.suggestions
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        action.trigger()
    assert window.search_bar.query == "Secretariat kind:article"
    (delete,) = window.commands.delete_saved_search.actions()
    with qtbot.waitSignal(window.saved.changed, timeout=WAIT_MS):
        delete.trigger()
    assert window.archive.user.saved_searches() == []
    assert not window.commands.saved_searches.isEnabled()
