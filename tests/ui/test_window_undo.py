"""Undo and redo of the user's edits in the window: each restores exactly the state the archive had."""

from __future__ import annotations

from edit_helpers import open_row, select_rows, shown_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS

from press_archive.model import Annotation
from press_archive.ui.main_window import MainWindow
from press_archive.ui.tag_picker import TagPicker


def _search_again(qtbot: QtBot, window: MainWindow) -> None:
    """Rows read again, with user data written straight to the archive by the test."""
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.session.run()


def _shown(window: MainWindow, item_id: str) -> Annotation:
    annotation = window.model.annotation(item_id)
    assert annotation is not None
    return annotation


def _press(qtbot: QtBot, window: MainWindow, widget: QWidget, key: str) -> None:
    """A key sequence as the user types it, with the window active so its shortcuts fire."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def test_undo_and_redo_are_in_the_edit_menu_with_their_keys(window: MainWindow) -> None:
    edit_menu = window.edit_menu.actions()
    assert edit_menu[:2] == [window.commands.undo, window.commands.redo]
    assert window.commands.undo.shortcuts() == [QKeySequence("Ctrl+Z")]
    assert window.commands.redo.shortcuts() == [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    assert not window.commands.undo.isEnabled()
    assert not window.commands.redo.isEnabled()


def test_tagging_three_selected_items_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    user.tag([window.model.hit(5).item_id], "Syria")
    with qtbot.waitSignal(window.writes.stored, timeout=WAIT_MS):
        window.writes.reload(tags=True)
    picked = select_rows(window, [0, 1, 2])
    window.commands.tag_selection.trigger()
    picker = shown_dialog(qtbot, window, TagPicker)
    assert picker.field.completer().model().index(0, 0).data() == "Syria"  # the tags there are
    assert not picker.ok_button.isEnabled()
    qtbot.keyClicks(picker.field, "  Iran ")
    picker.ok_button.click()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert user.tagged("Iran") == sorted(picked)
    assert all(_shown(window, item_id).tags == ("Iran",) for item_id in picked)
    assert window.commands.undo.text() == "Undo Tag 3 items 'Iran'"
    _press(qtbot, window, window.results.list, "Ctrl+Z")
    qtbot.waitUntil(lambda: all(_shown(window, item_id).tags == () for item_id in picked), timeout=WAIT_MS)
    assert [tag.name for tag in user.tags()] == ["Syria"]  # "Iran" was new: undo takes it away too
    assert window.commands.redo.text() == "Redo Tag 3 items 'Iran'"
    _press(qtbot, window, window.results.list, "Ctrl+Y")
    qtbot.waitUntil(lambda: all(_shown(window, item_id).tags == ("Iran",) for item_id in picked),
                    timeout=WAIT_MS)
    assert user.tagged("Iran") == sorted(picked)
    assert window.undo_stack.count() == 1


def test_undoing_a_tag_keeps_it_where_it_was_before(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    picked = select_rows(window, [0, 1, 2])
    user.tag([picked[1]], "Iran")
    window.annotations.tag(picked, "Iran")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert window.undo_stack.undoText() == "Tag 2 items 'Iran'"
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: _shown(window, picked[0]).tags == (), timeout=WAIT_MS)
    assert user.tagged("Iran") == [picked[1]]


def test_a_tag_is_removed_from_the_selection_and_put_back_by_undo(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    ids = [window.model.hit(row).item_id for row in range(3)]
    user.tag(ids[:2], "Iran")
    user.tag(ids[2:], "Syria")
    _search_again(qtbot, window)
    select_rows(window, [0, 1, 2])
    window.commands.remove_tag.trigger()
    picker = shown_dialog(qtbot, window, TagPicker)
    completions = picker.field.completer().model()
    assert [completions.index(row, 0).data() for row in range(completions.rowCount())] == ["Iran", "Syria"]
    qtbot.keyClicks(picker.field, "Kazakhstan")
    assert not picker.ok_button.isEnabled()  # only a tag the items carry can be taken off
    picker.field.setText("iran")
    picker.ok_button.click()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert user.tagged("Iran") == []
    assert user.tagged("Syria") == [ids[2]]
    assert window.undo_stack.undoText() == "Remove tag 'Iran' from 2 items"
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: _shown(window, ids[0]).tags == ("Iran",), timeout=WAIT_MS)
    assert user.tagged("Iran") == sorted(ids[:2])
    window.commands.redo.trigger()
    qtbot.waitUntil(lambda: _shown(window, ids[0]).tags == (), timeout=WAIT_MS)
    assert user.tagged("Iran") == []


def test_undoing_a_star_unstars_only_what_it_starred(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    ids = [window.model.hit(row).item_id for row in range(3)]
    user.star([ids[2]])
    _search_again(qtbot, window)
    select_rows(window, [0, 1, 2])
    _press(qtbot, window, window.results.list, "Ctrl+D")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert set(user.starred()) == set(ids)
    assert window.undo_stack.undoText() == "Star 2 items"
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: not _shown(window, ids[0]).starred, timeout=WAIT_MS)
    assert user.starred() == [ids[2]]
    window.commands.redo.trigger()
    qtbot.waitUntil(lambda: _shown(window, ids[0]).starred, timeout=WAIT_MS)
    assert set(user.starred()) == set(ids)


def test_the_star_command_says_unstar_when_all_picked_are_starred(qtbot: QtBot, window: MainWindow) -> None:
    ids = select_rows(window, [0, 1])
    window.edits.name_star_command()
    assert window.commands.toggle_star.text() == "&Star"
    window.annotations.star(ids, True)
    qtbot.waitUntil(lambda: _shown(window, ids[1]).starred, timeout=WAIT_MS)
    window.edits.name_star_command()
    assert window.commands.toggle_star.text() == "Un&star"


def test_note_saves_of_one_item_merge_into_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    user, note = window.archive.user, window.detail.note
    first = open_row(qtbot, window, 0)
    qtbot.keyClicks(note, "Check the date.")
    note.flush()
    qtbot.keyClicks(note, " And the names.")
    note.flush()
    qtbot.waitUntil(lambda: user.note(first) == "Check the date. And the names.", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert window.undo_stack.undoText() == "Edit Note"
    second = open_row(qtbot, window, 1)
    qtbot.keyClicks(note, "Other item.")
    note.flush()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=WAIT_MS)
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: note.toPlainText() == "", timeout=WAIT_MS)  # the note being read follows
    assert user.note(second) == ""
    assert user.note(first) == "Check the date. And the names."
    open_row(qtbot, window, 0)
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: note.toPlainText() == "", timeout=WAIT_MS)
    assert user.note(first) == ""
    window.commands.redo.trigger()
    qtbot.waitUntil(lambda: note.toPlainText() == "Check the date. And the names.", timeout=WAIT_MS)
    assert user.note(first) == "Check the date. And the names."


def test_typing_a_note_back_to_what_it_was_leaves_nothing_to_undo(qtbot: QtBot, window: MainWindow) -> None:
    note = window.detail.note
    item_id = open_row(qtbot, window, 0)
    qtbot.keyClicks(note, "x")
    note.flush()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    qtbot.keyClick(note, Qt.Key.Key_Backspace)
    note.flush()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0, timeout=WAIT_MS)
    assert window.archive.user.note(item_id) == ""
