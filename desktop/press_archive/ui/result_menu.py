"""The result list's right-click menu: the window's commands for the selection, and its collections."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from press_archive.model import Collection
from press_archive.ui.actions import WindowActions


def _menu_text(name: str) -> str:
    """A user's name as a menu entry: an ampersand is shown, not taken for a shortcut key."""
    return name.replace("&", "&&")


class ResultMenu(QMenu):
    """Holds the window's own actions (so their shortcuts show); the collections are listed anew each time."""

    #: The name of the collection to add the picked items to.
    add_to_collection = Signal(str)
    #: The user wants a new collection of the picked items.
    new_collection = Signal()
    #: The name of the collection to take the picked items out of.
    remove_from_collection = Signal(str)

    def __init__(self, commands: WindowActions, parent: QWidget) -> None:
        super().__init__(parent)
        self.addActions([commands.toggle_star, commands.tag_selection, commands.remove_tag])
        self.addSeparator()
        self.add_menu = self.addMenu(self.tr("&Add to Collection"))
        self.remove_menu = self.addMenu(self.tr("Remove from Co&llection"))
        self._turned_off: str | None = None  # why collections cannot be changed, if they cannot
        self.addSeparator()
        self.addAction(commands.open_on_site)
        self.addAction(commands.export_selection)

    def show_collections(self, picked: list[str] | None, collections: list[Collection]) -> None:
        """List every collection to add to, and those holding a picked item to remove from.

        `picked` is None when items are picked whose ids are not in memory (a select-all over rows
        never shown): the menu does not wait for them to be read, so every collection holding any
        item is offered to remove from, and taking out items it does not hold changes nothing.
        """
        self.add_menu.clear()
        for collection in collections:
            action = self.add_menu.addAction(_menu_text(collection.name))
            action.triggered.connect(
                lambda _checked=False, name=collection.name: self.add_to_collection.emit(name)
            )
        if collections:
            self.add_menu.addSeparator()
        self.add_menu.addAction(self.tr("&New Collection…")).triggered.connect(self.new_collection)
        self.add_menu.setEnabled(picked is None or bool(picked))
        self.remove_menu.clear()
        if picked is None:
            holding = [collection for collection in collections if collection.item_ids]
        else:
            chosen = set(picked)
            holding = [collection for collection in collections if chosen.intersection(collection.item_ids)]
        for collection in holding:
            action = self.remove_menu.addAction(_menu_text(collection.name))
            action.triggered.connect(
                lambda _checked=False, name=collection.name: self.remove_from_collection.emit(name)
            )
        self.remove_menu.setEnabled(bool(holding) and self._turned_off is None)
        self.add_menu.setEnabled(self._turned_off is None)

    def turn_off_collections(self, tip: str) -> None:
        """Offer no change to collections (a read-only archive), saying why on both submenus."""
        self._turned_off = tip
        for menu in (self.add_menu, self.remove_menu):
            menu.setEnabled(False)
            menu.menuAction().setStatusTip(tip)
            menu.menuAction().setToolTip(tip)
