"""Collections from the window: created, filled, emptied, renamed and deleted, each with undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from press_archive.archive.userdata import UserData
from press_archive.model import Collection
from press_archive.ui.collections_panel import CollectionsPanel
from press_archive.ui.undo_commands import (
    AddToCollectionCommand,
    CreateCollectionCommand,
    DeleteCollectionCommand,
    RemoveFromCollectionCommand,
    RenameCollectionCommand,
)
from press_archive.ui.user_writes import Change, Stored, UserDataWrites


class Removal(NamedTuple):
    """The collection as it was, and the ids taken out of it."""

    before: Collection
    removed: list[str]


def remove_items(user: UserData, name: str, item_ids: tuple[str, ...]) -> Removal:
    """Runs on a pool thread: the order is read first, so undo can put every item back in its place."""
    before = user.collection(name)
    return Removal(before, user.remove_from_collection(name, item_ids))


class CollectionFlow(QObject):
    """Keeps the sidebar's collections in step with `Archive.user`, and writes the user's changes."""

    #: The collections, after a change or the first read.
    changed = Signal(list)

    def __init__(self, writes: UserDataWrites, panel: CollectionsPanel, window: QWidget) -> None:
        super().__init__(window)
        self._writes = writes
        self._panel = panel
        self._window = window
        panel.rename_requested.connect(self.ask_rename)
        panel.delete_requested.connect(self.delete)
        writes.stored.connect(self._show)

    @property
    def collections(self) -> list[Collection]:
        return self._panel.collections

    def add(self, name: str, item_ids: list[str]) -> None:
        ids, writes = tuple(item_ids), self._writes
        writes.write(
            Change(lambda user: user.add_to_collection(name, ids), touches_collections=True),
            lambda added: AddToCollectionCommand(writes, name, added) if added else None,
        )

    def remove(self, name: str, item_ids: list[str]) -> None:
        ids, writes = tuple(item_ids), self._writes

        def command(done: Removal) -> RemoveFromCollectionCommand | None:
            return RemoveFromCollectionCommand(writes, done.before, done.removed) if done.removed else None

        writes.write(Change(lambda user: remove_items(user, name, ids), touches_collections=True), command)

    def create(self, name: str, item_ids: list[str]) -> None:
        ids, writes = tuple(item_ids), self._writes
        writes.write(
            Change(lambda user: user.create_collection(name, ids), touches_collections=True),
            lambda created: CreateCollectionCommand(writes, created),
        )

    def rename(self, old: str, new: str) -> None:
        writes = self._writes
        writes.write(
            Change(lambda user: user.rename_collection(old, new), touches_collections=True),
            lambda was: RenameCollectionCommand(writes, was, new) if was != new else None,
        )

    def delete(self, name: str) -> None:
        writes = self._writes
        writes.write(
            Change(lambda user: user.delete_collection(name), touches_collections=True),
            lambda deleted: DeleteCollectionCommand(writes, deleted),
        )

    def ask_new(self, item_ids: list[str]) -> None:
        """Ask for a name, then make a collection of the items under it."""
        prompt = self.tr("Name of the new collection of %Ln items:", "", len(item_ids))
        self._ask_name(self.tr("New Collection"), prompt, "", lambda name: self.create(name, item_ids))

    def ask_rename(self, name: str) -> None:
        prompt = self.tr("New name for the collection {collection}:").format(collection=name)
        self._ask_name(self.tr("Rename Collection"), prompt, name, lambda new: self.rename(name, new))

    def _ask_name(self, title: str, prompt: str, text: str, then: Callable[[str], None]) -> None:
        """A name dialog that does not block (the archive says what is wrong with a name, if anything)."""
        dialog = QInputDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(title)
        dialog.setLabelText(prompt)
        dialog.setTextValue(text)

        def chosen(value: str) -> None:
            name = " ".join(value.split())
            if name:
                then(name)

        dialog.textValueSelected.connect(chosen)
        dialog.open()

    def _show(self, stored: Stored) -> None:
        if stored.collections is not None:
            self._panel.show_collections(stored.collections)
            self.changed.emit(stored.collections)
