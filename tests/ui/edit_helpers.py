"""Helpers for the tests of the user's edits in the window: picking rows, and the dialogs edits open."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS

from press_archive.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


def select_rows(window: MainWindow, rows: list[int]) -> list[str]:
    """Select exactly these rows of the result list; returns their item ids."""
    selection = window.results.list.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    return [window.model.hit(row).item_id for row in rows]


def open_row(qtbot: QtBot, window: MainWindow, row: int) -> str:
    """Make a row current and wait for the reading pane to show it; returns its item id."""
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as shown:
        window.results.list.setCurrentIndex(window.model.index(row))
    item_id: str = shown.args[0]
    return item_id


def shown_dialog(qtbot: QtBot, window: MainWindow, kind: type[W]) -> W:
    """The one dialog of this kind the window has open (closed ones may linger until deleted)."""
    def shown() -> list[W]:
        return [dialog for dialog in window.findChildren(kind) if dialog.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_MS)
    return shown()[0]
