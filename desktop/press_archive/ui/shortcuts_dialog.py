"""Help ▸ Keyboard Shortcuts: every key binding of the window, read from its actions as they are now.

Nothing here lists keys by hand: the table is built from the menus' actions and their shortcuts,
so it cannot drift from what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Shortcut = tuple[str, str]  # (command, keys)


def keys_text(action: QAction) -> str:
    """The action's shortcuts as the desktop writes them: "Ctrl+F, Ctrl+L"; "" when it has none.

    A standard key the platform does not define (Quit, on some desktops) is an empty sequence.
    """
    keys = (key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
    return ", ".join(key for key in keys if key)


def _menu_shortcuts(menu: QMenu, seen: set[QAction]) -> list[Shortcut]:
    rows = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_shortcuts(submenu, seen)
        elif keys_text(action) and action not in seen:
            seen.add(action)
            rows.append((action.iconText(), keys_text(action)))  # iconText: the text without & and …
    return rows


def shortcut_groups(window: QMainWindow) -> list[tuple[str | None, list[Shortcut]]]:
    """(menu title, its shortcuts) in menu bar order, then (None, …) for bound actions in no menu."""
    seen: set[QAction] = set()
    groups: list[tuple[str | None, list[Shortcut]]] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            rows = _menu_shortcuts(menu, seen)
            if rows:
                groups.append((entry.iconText(), rows))
    others = [(action.iconText(), keys_text(action)) for action in window.actions()
              if keys_text(action) and action not in seen]
    if others:
        groups.append((None, others))
    return groups


class ShortcutsDialog(QDialog):
    """The shortcuts grouped by menu, in a tree that can be read with the keyboard."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # made afresh each time: keys may change
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for title, rows in shortcut_groups(window):
            group = QTreeWidgetItem(self.tree, [title or self.tr("Other")])
            font = QFont(self.tree.font())
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for command, keys in rows:
                QTreeWidgetItem(group, [command, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)
