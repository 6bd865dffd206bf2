"""Collections in the window: the result list's right-click menu, the sidebar, and undo of both."""

from __future__ import annotations

from edit_helpers import select_rows, shown_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, shown_ids

from press_archive.ui.collections_panel import NAME_ROLE
from press_archive.ui.main_window import MainWindow


def _reload_collections(qtbot: QtBot, window: MainWindow) -> None:
    """The sidebar reads again what the test wrote straight to the archive."""
    with qtbot.waitSignal(window.collection_flow.changed, timeout=WAIT_MS):
        window.writes.reload(collections=True)


def _result_menu(qtbot: QtBot, window: MainWindow, row: int) -> QMenu:
    view = window.results.list
    view.customContextMenuRequested.emit(view.visualRect(window.model.index(row)).center())
    menu = window.edits.menu
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    return menu


def _texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def _entry(window: MainWindow, name: str) -> QTreeWidgetItem:
    tree = window.collections.tree
    entries = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    (entry,) = [entry for entry in entries if entry is not None and entry.data(0, NAME_ROLE) == name]
    return entry


def _collection_menu(qtbot: QtBot, window: MainWindow, name: str) -> QMenu:
    tree = window.collections.tree
    tree.customContextMenuRequested.emit(tree.visualItemRect(_entry(window, name)).center())
    menu = window.collections.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    return menu


def _trigger(menu: QMenu, text: str) -> None:
    (action,) = [action for action in menu.actions() if action.text() == text]
    action.trigger()
    menu.close()


def test_the_result_menu_offers_the_selection_commands(qtbot: QtBot, window: MainWindow) -> None:
    window.archive.user.create_collection("Summit", [window.model.hit(5).item_id])
    _reload_collections(qtbot, window)
    select_rows(window, [0, 1])
    menu = _result_menu(qtbot, window, 0)
    commands = window.commands
    assert [action for action in menu.actions() if not action.isSeparator()][:3] == [
        commands.toggle_star, commands.tag_selection, commands.remove_tag
    ]
    assert menu.actions()[-1] is commands.export_selection
    assert _texts(menu) == [
        "&Star", "&Tag Selected Items…", "Remo&ve Tag…", "&Add to Collection", "Remove from Co&llection",
        "&Open on the Site", "&Export Selection…",
    ]
    assert _texts(window.edits.menu.add_menu) == ["Summit", "&New Collection…"]
    assert not window.edits.menu.remove_menu.isEnabled()  # neither picked item is in a collection
    menu.close()


def test_adding_to_a_collection_from_the_menu_is_undone(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    first = window.model.hit(5).item_id
    user.create_collection("Summit", [first])
    _reload_collections(qtbot, window)
    picked = select_rows(window, [0, 1])
    _result_menu(qtbot, window, 1)
    _trigger(window.edits.menu.add_menu, "Summit")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert user.collection("Summit").item_ids == (first, *picked)
    assert _entry(window, "Summit").text(1) == "3"
    assert window.undo_stack.undoText() == "Add 2 items to 'Summit'"
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: _entry(window, "Summit").text(1) == "1", timeout=WAIT_MS)
    assert user.collection("Summit").item_ids == (first,)
    window.commands.redo.trigger()
    qtbot.waitUntil(lambda: _entry(window, "Summit").text(1) == "3", timeout=WAIT_MS)
    assert user.collection("Summit").item_ids == (first, *picked)


def test_a_new_collection_of_the_selection_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    assert window.collections.empty.isVisible()
    picked = select_rows(window, [2, 3, 4])
    _result_menu(qtbot, window, 2)
    _trigger(window.edits.menu.add_menu, "&New Collection…")
    dialog = shown_dialog(qtbot, window, QInputDialog)
    dialog.setTextValue("  Summit   2025 ")
    dialog.accept()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert user.collection("Summit 2025").item_ids == tuple(picked)
    entry = _entry(window, "Summit 2025")
    assert (entry.text(0), entry.text(1)) == ("Summit 2025", "3")
    window.commands.undo.trigger()
    qtbot.waitUntil(window.collections.empty.isVisible, timeout=WAIT_MS)
    assert user.collections() == []
    window.commands.redo.trigger()
    qtbot.waitUntil(lambda: not window.collections.empty.isVisible(), timeout=WAIT_MS)
    assert user.collection("Summit 2025").item_ids == tuple(picked)


def test_removing_items_and_undoing_it_puts_each_back_in_its_place(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    ids = [window.model.hit(row).item_id for row in range(4)]
    user.create_collection("Reading", ids)
    _reload_collections(qtbot, window)
    select_rows(window, [1, 2])
    _result_menu(qtbot, window, 1)
    assert _texts(window.edits.menu.remove_menu) == ["Reading"]
    _trigger(window.edits.menu.remove_menu, "Reading")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert user.collection("Reading").item_ids == (ids[0], ids[3])
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: _entry(window, "Reading").text(1) == "4", timeout=WAIT_MS)
    assert user.collection("Reading").item_ids == tuple(ids)


def test_clicking_a_collection_shows_its_items(qtbot: QtBot, window: MainWindow) -> None:
    wanted = [window.model.hit(row).item_id for row in (3, 7)]
    window.archive.user.create_collection("Summit", wanted)
    _reload_collections(qtbot, window)
    tree = window.collections.tree
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=tree.visualItemRect(_entry(window, "Summit")).center())
    assert window.search_bar.query == 'in:"Summit"'
    assert sorted(shown_ids(window)) == sorted(wanted)


def test_the_list_of_a_collection_follows_its_changes(qtbot: QtBot, window: MainWindow) -> None:
    wanted = [window.model.hit(row).item_id for row in (3, 7)]
    window.archive.user.create_collection("Summit", wanted)
    _reload_collections(qtbot, window)
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.search_bar.set_query('in:"Summit"')
    select_rows(window, [0])
    removed = window.model.hit(0).item_id
    _result_menu(qtbot, window, 0)
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        _trigger(window.edits.menu.remove_menu, "Summit")
    assert shown_ids(window) == [item_id for item_id in wanted if item_id != removed]


def test_a_collection_is_renamed_and_deleted_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    user = window.archive.user
    ids = [window.model.hit(row).item_id for row in (4, 1)]
    user.create_collection("Summit", ids)
    _reload_collections(qtbot, window)
    menu = _collection_menu(qtbot, window, "Summit")
    assert _texts(menu) == ["&Show Items", "&Rename…", "&Delete"]
    _trigger(menu, "&Rename…")
    dialog = shown_dialog(qtbot, window, QInputDialog)
    assert dialog.textValue() == "Summit"
    dialog.setTextValue("Summit 2025")
    dialog.accept()
    qtbot.waitUntil(lambda: [entry.name for entry in window.collection_flow.collections] == ["Summit 2025"],
                    timeout=WAIT_MS)
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: [entry.name for entry in window.collection_flow.collections] == ["Summit"],
                    timeout=WAIT_MS)
    _trigger(_collection_menu(qtbot, window, "Summit"), "&Delete")
    qtbot.waitUntil(window.collections.empty.isVisible, timeout=WAIT_MS)
    assert user.collections() == []
    assert window.undo_stack.undoText() == "Delete Collection 'Summit'"
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: not window.collections.empty.isVisible(), timeout=WAIT_MS)
    assert user.collection("Summit").item_ids == tuple(ids)


def test_a_refused_name_is_reported_and_nothing_stored(qtbot: QtBot, window: MainWindow) -> None:
    select_rows(window, [0])
    _result_menu(qtbot, window, 0)
    _trigger(window.edits.menu.add_menu, "&New Collection…")
    dialog = shown_dialog(qtbot, window, QInputDialog)
    dialog.setTextValue('The "big" summit')
    with qtbot.waitSignal(window.writes.failed, timeout=WAIT_MS) as failed:
        dialog.accept()
    assert "double quote" in failed.args[0]
    assert "double quote" in window.status.currentMessage()
    assert window.archive.user.collections() == []
    assert window.undo_stack.count() == 0
